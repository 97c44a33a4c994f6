/* test-model.c: the comparison model classes, built by hand
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "versus-core.h"

/* Three subjects, two categories, three criteria. */
static VsComparison *
build_comparison (void)
{
  VsComparison *comparison = vs_comparison_new ("A vs. B vs. C");
  const char *ids[] = { "a", "b", "c" };
  g_autoptr(VsCategory) speed = vs_category_new ("speed", "Speed");
  g_autoptr(VsCategory) cost = vs_category_new ("cost", "Cost");
  g_autoptr(VsSource) source = vs_source_new ("paper", "A paper", "https://example.org");
  g_autoptr(VsCriterion) fast = NULL;
  g_autoptr(VsCriterion) cheap = NULL;
  g_autoptr(VsCriterion) small = NULL;

  vs_comparison_add_source (comparison, source);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_ascii_strup (ids[i], -1);
      g_autoptr(VsSubject) subject = vs_subject_new (ids[i], name);
      vs_comparison_add_subject (comparison, subject);
    }
  vs_comparison_add_category (comparison, speed);
  vs_comparison_add_category (comparison, cost);

  fast = vs_criterion_new ("fast", "Fast", 3);
  vs_criterion_set_support (fast, 0, VS_LEVEL_YES, "measured", source, FALSE);
  vs_criterion_set_support (fast, 2, VS_LEVEL_NO, NULL, NULL, TRUE);
  vs_comparison_add_criterion (comparison, speed, fast);

  cheap = vs_criterion_new ("cheap", "Cheap", 3);
  vs_criterion_set_support (cheap, 0, VS_LEVEL_PARTIAL, NULL, NULL, FALSE);
  vs_criterion_set_support (cheap, 1, VS_LEVEL_PARTIAL, NULL, NULL, FALSE);
  vs_criterion_set_support (cheap, 2, VS_LEVEL_PARTIAL, NULL, NULL, FALSE);
  vs_comparison_add_criterion (comparison, cost, cheap);

  small = vs_criterion_new ("small", "Small", 3);
  vs_comparison_add_criterion (comparison, speed, small);

  return comparison;
}

static void
test_lookups (void)
{
  g_autoptr(VsComparison) comparison = build_comparison ();
  VsSubject *b;
  VsCriterion *cheap;

  g_assert_cmpstr (vs_comparison_get_title (comparison), ==, "A vs. B vs. C");
  g_assert_cmpuint (vs_comparison_get_n_subjects (comparison), ==, 3);
  g_assert_cmpuint (vs_comparison_get_n_criteria (comparison), ==, 3);

  b = vs_comparison_find_subject (comparison, "b");
  g_assert_nonnull (b);
  g_assert_true (vs_comparison_get_subject (comparison, 1) == b);
  g_assert_cmpstr (vs_subject_get_name (b), ==, "B");
  g_assert_null (vs_comparison_find_subject (comparison, "d"));
  g_assert_null (vs_comparison_find_subject (comparison, NULL));
  g_assert_null (vs_comparison_get_subject (comparison, 3));

  cheap = vs_comparison_find_criterion (comparison, "cheap");
  g_assert_true (vs_comparison_get_criterion (comparison, 1) == cheap);
  g_assert_null (vs_comparison_find_criterion (comparison, "fast-ish"));
  g_assert_nonnull (vs_comparison_find_category (comparison, "cost"));
  g_assert_null (vs_comparison_find_category (comparison, "speed-2"));
  g_assert_cmpstr (vs_source_get_url (vs_comparison_find_source (comparison, "paper")), ==, "https://example.org");
}

static void
test_indices (void)
{
  g_autoptr(VsComparison) comparison = build_comparison ();
  VsCategory *speed = vs_comparison_find_category (comparison, "speed");
  VsCategory *cost = vs_comparison_find_category (comparison, "cost");
  GListModel *speed_criteria = vs_category_get_criteria (speed);
  g_autoptr(VsCriterion) second = NULL;

  g_assert_cmpuint (vs_subject_get_index (vs_comparison_find_subject (comparison, "a")), ==, 0);
  g_assert_cmpuint (vs_subject_get_index (vs_comparison_find_subject (comparison, "c")), ==, 2);
  g_assert_cmpuint (vs_category_get_index (speed), ==, 0);
  g_assert_cmpuint (vs_category_get_index (cost), ==, 1);
  g_assert_cmpuint (vs_criterion_get_index (vs_comparison_find_criterion (comparison, "small")), ==, 2);
  g_assert_cmpuint (vs_source_get_index (vs_comparison_find_source (comparison, "paper")), ==, 0);

  /* A category lists its own criteria, in file order. */
  g_assert_cmpuint (g_list_model_get_n_items (speed_criteria), ==, 2);
  second = g_list_model_get_item (speed_criteria, 1);
  g_assert_cmpstr (vs_criterion_get_id (second), ==, "small");
  g_assert_true (vs_criterion_get_category (second) == speed);
}

static void
test_levels (void)
{
  g_autoptr(VsComparison) comparison = build_comparison ();
  VsCriterion *fast = vs_comparison_find_criterion (comparison, "fast");
  VsCriterion *small = vs_comparison_find_criterion (comparison, "small");

  /* What was never set is "not stated", never "no". */
  g_assert_cmpint (vs_criterion_get_level (fast, 1), ==, VS_LEVEL_UNKNOWN);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (vs_criterion_get_level (small, i), ==, VS_LEVEL_UNKNOWN);
      g_assert_null (vs_criterion_get_note (small, i));
      g_assert_null (vs_criterion_get_source (small, i));
      g_assert_false (vs_criterion_get_opinion (small, i));
    }

  g_assert_cmpint (vs_criterion_get_level (fast, 0), ==, VS_LEVEL_YES);
  g_assert_cmpstr (vs_criterion_get_note (fast, 0), ==, "measured");
  g_assert_true (vs_criterion_get_source (fast, 0) == vs_comparison_find_source (comparison, "paper"));
  g_assert_cmpint (vs_criterion_get_level (fast, 2), ==, VS_LEVEL_NO);
  g_assert_true (vs_criterion_get_opinion (fast, 2));
  g_assert_false (vs_criterion_get_opinion (fast, 0));

  g_assert_cmpint (VS_LEVEL_UNKNOWN, <, VS_LEVEL_NO);
  g_assert_cmpint (VS_LEVEL_NO, <, VS_LEVEL_PARTIAL);
  g_assert_cmpint (VS_LEVEL_PARTIAL, <, VS_LEVEL_YES);
}

static void
test_is_uniform (void)
{
  g_autoptr(VsComparison) comparison = build_comparison ();
  VsCriterion *fast = vs_comparison_find_criterion (comparison, "fast");
  VsCriterion *cheap = vs_comparison_find_criterion (comparison, "cheap");
  VsCriterion *small = vs_comparison_find_criterion (comparison, "small");
  const guint b_only[] = { 1 };
  const guint a_and_c[] = { 0, 2 };
  const guint b_and_c[] = { 1, 2 };

  g_assert_false (vs_criterion_is_uniform (fast, NULL, 0));
  g_assert_true (vs_criterion_is_uniform (cheap, NULL, 0));
  g_assert_true (vs_criterion_is_uniform (small, NULL, 0));
  g_assert_true (vs_criterion_is_uniform (fast, b_only, 1));
  g_assert_false (vs_criterion_is_uniform (fast, a_and_c, 2));
  /* Not stated and no differ. */
  g_assert_false (vs_criterion_is_uniform (fast, b_and_c, 2));

  vs_criterion_set_support (fast, 1, VS_LEVEL_NO, NULL, NULL, FALSE);
  g_assert_true (vs_criterion_is_uniform (fast, b_and_c, 2));
}

/* is_uniform over every subject (NULL) keeps a count as levels are set;
 * it must agree with a pass over the levels after any sequence of sets,
 * the first subject's included. */
static void
test_is_uniform_after_sets (void)
{
  const guint all[] = { 0, 1, 2, 3 };
  g_autoptr(VsCriterion) criterion = vs_criterion_new ("row", "Row", G_N_ELEMENTS (all));
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n_uniform = 0;

  g_assert_true (vs_criterion_is_uniform (criterion, NULL, 0));
  for (guint i = 0; i < 2000; i++)
    {
      guint subject = g_rand_int_range (rand, 0, G_N_ELEMENTS (all));
      VsLevel level = g_rand_int_range (rand, 0, 2) ? VS_LEVEL_YES : g_rand_int_range (rand, 0, VS_N_LEVELS);
      gboolean expected = TRUE;

      vs_criterion_set_support (criterion, subject, level, NULL, NULL, FALSE);
      for (guint k = 1; k < G_N_ELEMENTS (all); k++)
        expected = expected && vs_criterion_get_level (criterion, k) == vs_criterion_get_level (criterion, 0);

      g_assert_cmpint (vs_criterion_is_uniform (criterion, NULL, 0), ==, expected);
      g_assert_cmpint (vs_criterion_is_uniform (criterion, all, G_N_ELEMENTS (all)), ==, expected);
      n_uniform += expected;
    }

  /* Both answers came up: the loop tested something. */
  g_assert_cmpuint (n_uniform, >, 0);
  g_assert_cmpuint (n_uniform, <, 2000);
}

static void
test_peek_criteria (void)
{
  g_autoptr(VsComparison) comparison = build_comparison ();
  VsCategory *speed = vs_comparison_find_category (comparison, "speed");
  g_autoptr(VsCategory) other = vs_category_new ("speed", "Speed");
  g_autoptr(VsCriterion) direct = vs_criterion_new ("direct", "Direct", 3);
  VsCriterion * const *criteria;
  guint n = 99;

  criteria = vs_comparison_peek_criteria (comparison, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    g_assert_true (criteria[i] == vs_comparison_get_criterion (comparison, i));
  g_assert_null (vs_comparison_get_criterion (comparison, 3));

  criteria = vs_comparison_peek_category_criteria (comparison, speed, &n);
  g_assert_nonnull (criteria);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (vs_criterion_get_id (criteria[0]), ==, "fast");
  g_assert_cmpstr (vs_criterion_get_id (criteria[1]), ==, "small");
  {
    g_autoptr(GPtrArray) from_model = NULL;

    g_assert_true (vs_comparison_read_category_criteria (comparison, speed, &n, &from_model) == criteria);
    g_assert_null (from_model);
    g_assert_cmpuint (n, ==, 2);
  }

  /* A category of another comparison, though with the same id and index. */
  g_assert_null (vs_comparison_peek_category_criteria (comparison, other, &n));
  g_assert_cmpuint (n, ==, 0);

  /* A criterion added to the category behind the comparison's back: the
   * plain array no longer tells the whole story, so none is given. */
  vs_category_add_criterion (speed, direct);
  g_assert_null (vs_comparison_peek_category_criteria (comparison, speed, &n));

  /* Reading them still gives the whole category, through its model. */
  {
    g_autoptr(GPtrArray) from_model = NULL;

    criteria = vs_comparison_read_category_criteria (comparison, speed, &n, &from_model);
    g_assert_nonnull (from_model);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpstr (vs_criterion_get_id (criteria[0]), ==, "fast");
    g_assert_cmpstr (vs_criterion_get_id (criteria[2]), ==, "direct");
  }
}

static void
test_category_back_pointer (void)
{
  g_autoptr(VsCategory) category = vs_category_new ("group", "Group");
  g_autoptr(VsCriterion) criterion = vs_criterion_new ("row", "Row", 2);

  vs_category_add_criterion (category, criterion);
  g_assert_true (vs_criterion_get_category (criterion) == category);

  /* The criterion outlives its category: no dangling pointer. */
  g_assert_finalize_object (g_steal_pointer (&category));
  g_assert_null (vs_criterion_get_category (criterion));
  g_assert_finalize_object (g_steal_pointer (&criterion));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_setters_notify (void)
{
  g_autoptr(VsComparison) comparison = vs_comparison_new ("T");
  guint count = 0;

  g_signal_connect (comparison, "notify::sha256", G_CALLBACK (on_notify), &count);
  vs_comparison_set_sha256 (comparison, "ab");
  vs_comparison_set_sha256 (comparison, "ab");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (vs_comparison_get_sha256 (comparison), ==, "ab");
  vs_comparison_set_sha256 (comparison, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (vs_comparison_get_sha256 (comparison));
}

static void
test_finalize_all (void)
{
  VsComparison *comparison = build_comparison ();
  VsSubject *subject = g_object_ref (vs_comparison_find_subject (comparison, "a"));
  VsCategory *category = g_object_ref (vs_comparison_find_category (comparison, "speed"));
  VsCriterion *criterion = g_object_ref (vs_comparison_find_criterion (comparison, "fast"));
  VsSource *source = g_object_ref (vs_comparison_find_source (comparison, "paper"));

  g_assert_finalize_object (comparison);
  /* The category holds its criteria; the criterion holds the source it
   * cites. */
  g_assert_finalize_object (category);
  g_assert_null (vs_criterion_get_category (criterion));
  g_assert_finalize_object (criterion);
  g_assert_finalize_object (subject);
  g_assert_finalize_object (source);
}

/* URLs in files are data from strangers: only web and mail links may ever
 * be opened, and nothing that runs a program or reads a local file. */
static void
test_url_is_safe (void)
{
  static const struct { const char *url; gboolean safe; } cases[] = {
    { "https://www.djangoproject.com/", TRUE },
    { "http://example.org/a?b=c#d", TRUE },
    { "HTTPS://EXAMPLE.ORG/", TRUE },
    { "mailto:someone@example.org", TRUE },
    { "file:///etc/passwd", FALSE },
    { "javascript:alert(1)", FALSE },
    { "ftp://example.org/", FALSE },
    { "ssh://host", FALSE },
    { "/usr/bin/gnome-calculator", FALSE },
    { "example.org", FALSE },
    { "", FALSE },
    { "https://exa mple.org/", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].url ? cases[i].url : "(null)");
      g_assert_cmpint (vs_url_is_safe (cases[i].url), ==, cases[i].safe);
    }
}

static void
test_id_is_valid (void)
{
  static const struct { const char *id; gboolean valid; } cases[] = {
    { "django", TRUE },
    { "sql-databases", TRUE },
    { "3d", TRUE },
    { "a", TRUE },
    { "-leading", FALSE },
    { "Upper", FALSE },
    { "under_score", FALSE },
    { "space d", FALSE },
    { "é", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vs_id_is_valid (cases[i].id), ==, cases[i].valid);
}

/* Levels are never told apart by colour alone: each has its own glyph
 * and word, and "not stated" is not "no". */
static void
test_levels_distinct (void)
{
  for (VsLevel a = 0; a < VS_N_LEVELS; a++)
    {
      VsLevel parsed;

      g_assert_nonnull (vs_level_get_glyph (a));
      g_assert_nonnull (vs_level_get_label (a));
      for (VsLevel b = a + 1; b < VS_N_LEVELS; b++)
        {
          g_assert_cmpstr (vs_level_get_glyph (a), !=, vs_level_get_glyph (b));
          g_assert_cmpstr (vs_level_get_label (a), !=, vs_level_get_label (b));
        }
      if (a != VS_LEVEL_UNKNOWN)
        {
          g_assert_true (vs_level_from_string (vs_level_to_string (a), &parsed));
          g_assert_cmpint (parsed, ==, a);
        }
    }

  g_assert_false (vs_level_from_string ("not-stated", &(VsLevel){0}));
  g_assert_false (vs_level_from_string ("maybe", &(VsLevel){0}));
  g_assert_cmpfloat (vs_level_get_value (VS_LEVEL_UNKNOWN), ==, vs_level_get_value (VS_LEVEL_NO));
  g_assert_cmpfloat (vs_level_get_value (VS_LEVEL_PARTIAL), ==, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/url-is-safe", test_url_is_safe);
  g_test_add_func ("/types/id-is-valid", test_id_is_valid);
  g_test_add_func ("/types/levels-distinct", test_levels_distinct);
  g_test_add_func ("/model/lookups", test_lookups);
  g_test_add_func ("/model/indices", test_indices);
  g_test_add_func ("/model/levels", test_levels);
  g_test_add_func ("/model/is-uniform", test_is_uniform);
  g_test_add_func ("/model/is-uniform-after-sets", test_is_uniform_after_sets);
  g_test_add_func ("/model/peek-criteria", test_peek_criteria);
  g_test_add_func ("/model/category-back-pointer", test_category_back_pointer);
  g_test_add_func ("/model/setters-notify", test_setters_notify);
  g_test_add_func ("/model/finalize-all", test_finalize_all);

  return g_test_run ();
}
