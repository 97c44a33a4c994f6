/* test-view.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "versus-core.h"

/* Two categories; subjects a, b, c. Rows are "category/id/Name/levels". */
static const char *rows[] = {
  "one/w/Web/yyy",
  "one/s/sql/pny",
  "one/d/Debug/y?y",
  "one/b/Admin/yyy",
  "one/e/Éclair/npy",
  "one/a/admin/nyy",
  "two/x/Xtra/yyn",
  "two/z/Zed/???",
  NULL
};

static VsLevel
level_of (char c)
{
  switch (c)
    {
    case 'y': return VS_LEVEL_YES;
    case 'p': return VS_LEVEL_PARTIAL;
    case 'n': return VS_LEVEL_NO;
    case '?': return VS_LEVEL_UNKNOWN;
    default: g_assert_not_reached ();
    }
}

static VsComparison *
build (void)
{
  VsComparison *comparison = vs_comparison_new ("View");
  const char *subjects[] = { "a", "b", "c" };

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      g_autoptr(VsSubject) subject = vs_subject_new (subjects[s], subjects[s]);

      vs_comparison_add_subject (comparison, subject);
    }

  for (guint r = 0; rows[r] != NULL; r++)
    {
      g_auto(GStrv) parts = g_strsplit (rows[r], "/", 4);
      VsCategory *category = vs_comparison_find_category (comparison, parts[0]);
      g_autoptr(VsCriterion) criterion = vs_criterion_new (parts[1], parts[2], 3);

      if (category == NULL)
        {
          g_autoptr(VsCategory) fresh = vs_category_new (parts[0], parts[0]);

          vs_comparison_add_category (comparison, fresh);
          category = fresh;
        }

      for (guint s = 0; s < 3; s++)
        vs_criterion_set_support (criterion, s, level_of (parts[3][s]), NULL, NULL, FALSE);

      vs_comparison_add_criterion (comparison, category, criterion);
    }

  return comparison;
}

static char *
row_ids (VsView     *view,
         const char *category_id)
{
  VsCategory *category = vs_comparison_find_category (vs_view_get_comparison (view), category_id);
  g_autoptr(GPtrArray) rows_ = vs_view_dup_rows (view, category);
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < rows_->len; i++)
    g_string_append (string, vs_criterion_get_id (g_ptr_array_index (rows_, i)));

  return g_string_free (string, FALSE);
}

static void
on_changed (VsView *view,
            guint  *count)
{
  (*count)++;
}

static void
test_defaults_and_visibility (void)
{
  g_autoptr(VsComparison) comparison = build ();
  VsView *view = vs_view_new (comparison);
  g_autofree guint *visible = NULL;
  g_autofree char *ids = NULL;
  guint n_visible = 0;
  guint changed = 0;
  gboolean descending = TRUE;

  g_signal_connect (view, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_true (vs_view_get_comparison (view) == comparison);
  g_assert_false (vs_view_get_only_differences (view));
  g_assert_cmpint (vs_view_get_sort_column (view, 0, &descending), ==, VS_SORT_NONE);
  g_assert_false (descending);

  for (guint s = 0; s < 3; s++)
    g_assert_true (vs_view_get_subject_visible (view, s));

  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, "wsdbea");

  vs_view_set_subject_visible (view, 1, FALSE);
  vs_view_set_subject_visible (view, 1, FALSE);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (vs_view_get_subject_visible (view, 1));

  visible = vs_view_dup_visible_subjects (view, &n_visible);
  g_assert_cmpuint (n_visible, ==, 2);
  g_assert_cmpuint (visible[0], ==, 0);
  g_assert_cmpuint (visible[1], ==, 2);

  g_assert_finalize_object (view);
}

static void
on_notify (VsView     *view,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_only_differences (void)
{
  g_autoptr(VsComparison) comparison = build ();
  VsView *view = vs_view_new (comparison);
  guint changed = 0;
  guint notified = 0;
  char *ids;

  g_signal_connect (view, "changed", G_CALLBACK (on_changed), &changed);
  g_signal_connect (view, "notify::only-differences", G_CALLBACK (on_notify), &notified);

  vs_view_set_only_differences (view, TRUE);
  vs_view_set_only_differences (view, TRUE);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (vs_view_get_only_differences (view));

  /* All three visible: w, b (yyy) and z (???) are uniform. */
  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, "sdea");
  g_free (ids);
  ids = row_ids (view, "two");
  g_assert_cmpstr (ids, ==, "x");
  g_free (ids);

  /* Hide b: d (y?y) and a (n,y) ... a is n/y: still differs; d is y/y. */
  vs_view_set_subject_visible (view, 1, FALSE);
  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, "sea");
  g_free (ids);

  /* Hide c too: with one subject left every row is uniform. */
  vs_view_set_subject_visible (view, 2, FALSE);
  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, "");
  g_free (ids);

  /* Off again: everything, whatever is hidden. */
  g_object_set (view, "only-differences", FALSE, NULL);
  g_assert_cmpuint (notified, ==, 2);
  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, "wsdbea");
  g_free (ids);

  g_assert_finalize_object (view);
}

typedef struct
{
  const char *name;
  int         column;
  gboolean    descending;
  const char *expected;
} SortCase;

/* Names: Web sql Debug Admin Éclair admin. In C.UTF-8 g_utf8_collate
 * compares code points, so capitals come first and É last; equal keys
 * keep file order in both directions. Levels by subject (ascending is
 * not stated < no < partial < yes):
 *   a: w y, s p, d y, b y, e n, a n
 *   b: w y, s n, d ?, b y, e p, a y
 *   c: all y */
static const SortCase sort_cases[] = {
  { "none", VS_SORT_NONE, FALSE, "wsdbea" },
  { "none-descending", VS_SORT_NONE, TRUE, "wsdbea" },
  { "name", VS_SORT_NAME, FALSE, "bdwase" },
  { "name-descending", VS_SORT_NAME, TRUE, "esawdb" },
  { "category", VS_SORT_CATEGORY, FALSE, "wsdbea" },
  { "category-descending", VS_SORT_CATEGORY, TRUE, "wsdbea" },
  { "subject-a", 0, FALSE, "easwdb" },
  { "subject-a-descending", 0, TRUE, "wdbsea" },
  { "subject-b", 1, FALSE, "dsewba" },
  { "subject-b-descending", 1, TRUE, "wbaesd" },
  { "subject-c", 2, FALSE, "wsdbea" },
  { "subject-c-descending", 2, TRUE, "wsdbea" },
};

static void
test_sort_case (gconstpointer data)
{
  const SortCase *test = data;
  g_autoptr(VsComparison) comparison = build ();
  VsView *view = vs_view_new (comparison);
  g_autofree char *ids = NULL;
  g_autofree char *other = NULL;
  gboolean descending = !test->descending;
  guint changed = 0;

  g_signal_connect (view, "changed", G_CALLBACK (on_changed), &changed);

  vs_view_set_sort (view, 0, test->column, test->descending);
  g_assert_cmpuint (changed, ==, (test->column == VS_SORT_NONE && !test->descending) ? 0 : 1);
  g_assert_cmpint (vs_view_get_sort_column (view, 0, &descending), ==, test->column);
  g_assert_cmpint (descending, ==, test->descending);

  ids = row_ids (view, "one");
  g_assert_cmpstr (ids, ==, test->expected);

  /* The sort is per category. */
  other = row_ids (view, "two");
  g_assert_cmpstr (other, ==, "xz");
  g_assert_cmpint (vs_view_get_sort_column (view, 1, NULL), ==, VS_SORT_NONE);

  g_assert_finalize_object (view);
}

/* The comparator the window's sorters share. */
static void
test_compare (void)
{
  g_autoptr(VsComparison) comparison = build ();
  VsCriterion *w = vs_comparison_find_criterion (comparison, "w");
  VsCriterion *s = vs_comparison_find_criterion (comparison, "s");
  VsCriterion *x = vs_comparison_find_criterion (comparison, "x");
  VsCriterion *z = vs_comparison_find_criterion (comparison, "z");

  g_assert_cmpint (vs_criterion_compare (w, s, VS_SORT_NONE), <, 0);
  g_assert_cmpint (vs_criterion_compare (s, w, VS_SORT_NONE), >, 0);
  g_assert_cmpint (vs_criterion_compare (w, w, VS_SORT_NAME), ==, 0);
  g_assert_cmpint (vs_criterion_compare (w, s, VS_SORT_NAME), <, 0);
  g_assert_cmpint (vs_criterion_compare (w, x, VS_SORT_CATEGORY), <, 0);
  g_assert_cmpint (vs_criterion_compare (x, w, VS_SORT_CATEGORY), >, 0);
  g_assert_cmpint (vs_criterion_compare (w, s, VS_SORT_CATEGORY), ==, 0);
  /* Subject a: w yes > s partial; z not stated < everything. */
  g_assert_cmpint (vs_criterion_compare (w, s, 0), >, 0);
  g_assert_cmpint (vs_criterion_compare (z, s, 0), <, 0);
  g_assert_cmpint (vs_criterion_compare (w, x, 0), ==, 0);
  g_assert_cmpint (vs_criterion_compare (s, w, 0), ==, -vs_criterion_compare (w, s, 0));
  g_assert_cmpint (vs_criterion_compare_levels (w, s, 0), >, 0);
  /* A subject past the comparison's three: a critical, and no order. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*subject_index*");
  g_assert_cmpint (vs_criterion_compare (w, s, 3), ==, 0);
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view/defaults-and-visibility", test_defaults_and_visibility);
  g_test_add_func ("/view/only-differences", test_only_differences);
  g_test_add_func ("/view/compare", test_compare);

  for (guint i = 0; i < G_N_ELEMENTS (sort_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/view/sort/%s", sort_cases[i].name);

      g_test_add_data_func (path, &sort_cases[i], test_sort_case);
    }

  return g_test_run ();
}
