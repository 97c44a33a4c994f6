/* test-ranking.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "versus-core.h"

/* A comparison written as rows "ID:LEVELS", one level letter per subject
 * (y yes, p partial, n no, ? not stated). Subjects are "a", "b", ... named
 * "A", "B", ...; every criterion is in one category "cat" and is named
 * after its id in capitals. */
static VsComparison *
build (guint        n_subjects,
       const char **rows)
{
  VsComparison *comparison = vs_comparison_new ("Test");
  g_autoptr(VsCategory) category = vs_category_new ("cat", "Category");

  for (guint s = 0; s < n_subjects; s++)
    {
      char id[2] = { (char)('a' + s), 0 };
      char name[2] = { (char)('A' + s), 0 };
      g_autoptr(VsSubject) subject = vs_subject_new (id, name);

      vs_comparison_add_subject (comparison, subject);
    }

  vs_comparison_add_category (comparison, category);

  for (guint r = 0; rows[r] != NULL; r++)
    {
      g_auto(GStrv) parts = g_strsplit (rows[r], ":", 2);
      g_autofree char *name = g_ascii_strup (parts[0], -1);
      g_autoptr(VsCriterion) criterion = vs_criterion_new (parts[0], name, n_subjects);

      g_assert_cmpuint (strlen (parts[1]), ==, n_subjects);
      for (guint s = 0; s < n_subjects; s++)
        {
          VsLevel level;

          switch (parts[1][s])
            {
            case 'y': level = VS_LEVEL_YES; break;
            case 'p': level = VS_LEVEL_PARTIAL; break;
            case 'n': level = VS_LEVEL_NO; break;
            case '?': level = VS_LEVEL_UNKNOWN; break;
            default: g_assert_not_reached ();
            }
          vs_criterion_set_support (criterion, s, level, NULL, NULL, FALSE);
        }

      vs_comparison_add_criterion (comparison, category, criterion);
    }

  return comparison;
}

/* Ticks written as "ID[!][:WEIGHT] ...": '!' makes a must-have. */
static VsSelection *
parse_ticks (const char *ticks)
{
  VsSelection *selection = vs_selection_new ();
  g_auto(GStrv) words = g_strsplit (ticks, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      VsRequirementKind kind = VS_REQUIREMENT_NICE;
      guint weight = VS_WEIGHT_DEFAULT;
      gsize len;

      if (*words[i] == '\0')
        continue;

      parts = g_strsplit (words[i], ":", 2);
      if (parts[1] != NULL)
        weight = (guint)g_ascii_strtoull (parts[1], NULL, 10);

      len = strlen (parts[0]);
      if (parts[0][len - 1] == '!')
        {
          kind = VS_REQUIREMENT_MUST;
          parts[0][len - 1] = '\0';
        }

      vs_selection_set (selection, parts[0], kind, weight);
    }

  return selection;
}

/* "a:100 b:x": the results in rank order, x for excluded. */
static char *
describe_results (VsRanking *ranking)
{
  GString *string = g_string_new (NULL);

  for (guint p = 0; p < vs_ranking_get_n_results (ranking); p++)
    {
      const VsResult *result = vs_ranking_get_result (ranking, p);

      if (p > 0)
        g_string_append_c (string, ' ');

      if (result->excluded)
        {
          g_assert_cmpfloat (result->score, ==, 0.0);
          g_string_append_printf (string, "%s:x", vs_subject_get_id (result->subject));
        }
      else
        g_string_append_printf (string, "%s:%.0f", vs_subject_get_id (result->subject), result->score);
    }

  return g_string_free (string, FALSE);
}

static char *
describe_best (VsRanking *ranking)
{
  GPtrArray *best = vs_ranking_get_best (ranking);
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < best->len; i++)
    {
      if (i > 0)
        g_string_append_c (string, ',');
      g_string_append (string, vs_subject_get_id (g_ptr_array_index (best, i)));
    }

  return g_string_free (string, FALSE);
}

static char *
describe_flip (VsRanking *ranking)
{
  const VsFlip *flip = vs_ranking_get_flip (ranking);
  const char *kind = NULL;

  if (flip == NULL)
    return g_strdup ("");

  switch (flip->kind)
    {
    case VS_FLIP_TICK_NICE: kind = "tick-nice"; break;
    case VS_FLIP_TICK_MUST: kind = "tick-must"; break;
    case VS_FLIP_MAKE_MUST: kind = "make-must"; break;
    default: g_assert_not_reached ();
    }

  return g_strdup_printf ("%s %s %s", kind,
                          vs_criterion_get_id (flip->criterion),
                          vs_subject_get_id (flip->new_best));
}

typedef struct
{
  const char *name;
  guint       n_subjects;
  const char *rows[8];
  const char *ticks;
  const char *results;
  const char *best;
  const char *flip;
} RankCase;

static const RankCase rank_cases[] = {
  { "must-no-excludes", 2, { "x:yn", "y:yy" }, "x!", "a:100 b:x", "a", "" },
  { "must-unknown-excludes", 2, { "x:y?" }, "x!", "a:100 b:x", "a", "" },
  { "must-partial-satisfies", 2, { "x:py" }, "x!", "a:100 b:100", "a,b", "" },
  { "nice-partial-is-half", 2, { "x:py" }, "x", "b:100 a:50", "b", "" },
  { "weights-favour-a", 2, { "x:yn", "y:ny" }, "x:3 y", "a:75 b:25", "a", "make-must y b" },
  { "weights-favour-b", 2, { "x:yn", "y:ny" }, "x y:3", "b:75 a:25", "b", "make-must x a" },
  { "weight-clamped", 2, { "x:yn", "y:ny" }, "x:9 y:5", "a:50 b:50", "a,b", "" },
  { "tie", 2, { "x:yn", "y:ny" }, "x y", "a:50 b:50", "a,b", "" },
  { "tie-keeps-file-order", 3, { "x:nyy" }, "x", "b:100 c:100 a:0", "b,c", "" },
  { "nothing-ticked", 2, { "x:yn" }, "", "a:100 b:100", "", "" },
  { "only-unknown-ids", 2, { "x:yn" }, "zzz qqq!", "a:100 b:100", "", "" },
  { "all-excluded", 2, { "x:nn", "y:y?" }, "x! y", "a:x b:x", "", "" },
  { "unknown-ids-ignored", 2, { "x:yn" }, "zzz x", "a:100 b:0", "a", "" },
  { "must-and-nice", 3, { "m:ypn", "x:yyn", "y:nyy" }, "m! x y", "b:100 a:50 c:x", "b", "" },
  { "flip-make-must", 2, { "x:yn", "y:ny" }, "x:2 y", "a:67 b:33", "a", "make-must y b" },
  { "flip-make-must-tick-order", 3, { "x:ynn", "y:nyn", "z:nny", "w:yyy" }, "w x:3 z y",
    "a:67 b:33 c:33", "a", "make-must z c" },
  { "flip-tick-nice", 2, { "x:yp", "w:yn", "z:ny" }, "x", "a:100 b:50", "a", "tick-nice z b" },
  { "flip-tick-must", 2, { "x:yn", "z:ny" }, "x", "a:100 b:0", "a", "tick-must z b" },
  { "flip-nice-before-must", 2, { "x:yp", "m:np", "n:ny" }, "x", "a:100 b:50", "a", "tick-nice n b" },
  { "flip-none", 2, { "x:yn", "y:yn" }, "x", "a:100 b:0", "a", "" },
  { "flip-none-only-one-left", 2, { "x:yn", "y:ny" }, "x!", "a:100 b:x", "a", "" },
};

static void
test_rank_case (gconstpointer data)
{
  const RankCase *test = data;
  g_autoptr(VsComparison) comparison = build (test->n_subjects, (const char **)test->rows);
  g_autoptr(VsSelection) selection = parse_ticks (test->ticks);
  VsRanking *ranking = vs_ranking_new (comparison, selection);
  g_autofree char *results = describe_results (ranking);
  g_autofree char *best = describe_best (ranking);
  g_autofree char *flip = describe_flip (ranking);
  gboolean ticked_any = FALSE;

  g_assert_cmpstr (results, ==, test->results);
  g_assert_cmpstr (best, ==, test->best);
  g_assert_cmpstr (flip, ==, test->flip);

  for (guint i = 0; test->rows[i] != NULL; i++)
    {
      g_autofree char *id = g_strndup (test->rows[i], strchr (test->rows[i], ':') - test->rows[i]);

      if (vs_selection_get_kind (selection, id) != VS_REQUIREMENT_NONE)
        ticked_any = TRUE;
    }

  g_assert_cmpint (vs_ranking_has_verdict (ranking), ==, ticked_any);
  g_assert_cmpint (vs_ranking_is_tie (ranking), ==, strchr (test->best, ',') != NULL);

  /* The best flag of each result agrees with get_best. */
  for (guint p = 0; p < vs_ranking_get_n_results (ranking); p++)
    {
      const VsResult *result = vs_ranking_get_result (ranking, p);
      gboolean in_best = FALSE;

      for (guint i = 0; i < vs_ranking_get_best (ranking)->len; i++)
        if (g_ptr_array_index (vs_ranking_get_best (ranking), i) == result->subject)
          in_best = TRUE;

      g_assert_cmpint (result->best, ==, in_best);
      g_assert_true (vs_ranking_lookup (ranking, result->subject) == result);
    }

  g_assert_finalize_object (ranking);
}

static char *
ids_of (GPtrArray *criteria)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < criteria->len; i++)
    {
      if (i > 0)
        g_string_append_c (string, ',');
      g_string_append (string, vs_criterion_get_id (g_ptr_array_index (criteria, i)));
    }

  return g_string_free (string, FALSE);
}

static void
assert_arrays (const VsResult *result,
               const char     *met,
               const char     *partial,
               const char     *missed,
               const char     *unknown,
               const char     *excluded_by)
{
  g_autofree char *a = ids_of (result->met);
  g_autofree char *b = ids_of (result->partial);
  g_autofree char *c = ids_of (result->missed);
  g_autofree char *d = ids_of (result->unknown);
  g_autofree char *e = ids_of (result->excluded_by);

  g_assert_cmpstr (a, ==, met);
  g_assert_cmpstr (b, ==, partial);
  g_assert_cmpstr (c, ==, missed);
  g_assert_cmpstr (d, ==, unknown);
  g_assert_cmpstr (e, ==, excluded_by);
}

static void
test_explanation_arrays (void)
{
  const char *rows[] = { "x:y?", "y:pn", "z:n?", "w:?y", "v:yy", NULL };
  g_autoptr(VsComparison) comparison = build (2, rows);
  /* Ticked out of comparison order: the arrays follow comparison order. */
  g_autoptr(VsSelection) selection = parse_ticks ("w! z y x");
  VsRanking *ranking = vs_ranking_new (comparison, selection);
  VsSubject *a = vs_comparison_get_subject (comparison, 0);
  VsSubject *b = vs_comparison_get_subject (comparison, 1);

  g_assert_cmpuint (vs_ranking_get_n_ticked (ranking), ==, 4);
  assert_arrays (vs_ranking_lookup (ranking, a), "x", "y", "z", "w", "w");
  assert_arrays (vs_ranking_lookup (ranking, b), "w", "", "y", "x,z", "");
  g_assert_true (vs_ranking_lookup (ranking, a)->excluded);
  g_assert_false (vs_ranking_lookup (ranking, b)->excluded);

  g_assert_finalize_object (ranking);
}

static void
test_texts (void)
{
  const char *rows[] = { "x:yn", "y:pn", "z:yy", "m:py", "q:ny", NULL };
  g_autoptr(VsComparison) comparison = build (2, rows);
  g_autoptr(VsSelection) selection = vs_selection_new ();
  VsSubject *a = vs_comparison_get_subject (comparison, 0);
  VsSubject *b = vs_comparison_get_subject (comparison, 1);
  VsRanking *ranking;
  char *text;

  /* Nothing ticked: no verdict, no flip, an empty explanation. */
  ranking = vs_ranking_new (comparison, selection);
  g_assert_null (vs_ranking_dup_verdict (ranking));
  g_assert_null (vs_ranking_dup_flip_text (ranking));
  text = vs_ranking_dup_explanation (ranking, a);
  g_assert_cmpstr (text, ==, "");
  g_free (text);
  g_assert_finalize_object (ranking);

  /* One requirement: singular. */
  vs_selection_set (selection, "x", VS_REQUIREMENT_NICE, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_verdict (ranking);
  g_assert_cmpstr (text, ==, "A matches 1 of 1 requirement");
  g_free (text);
  g_assert_finalize_object (ranking);

  /* Partial counts as matching; must-have partial says it counts as met. */
  vs_selection_set (selection, "y", VS_REQUIREMENT_NICE, 1);
  vs_selection_set (selection, "m", VS_REQUIREMENT_MUST, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_verdict (ranking);
  g_assert_cmpstr (text, ==, "A matches 3 of 3 requirements");
  g_free (text);
  text = vs_ranking_dup_explanation (ranking, a);
  g_assert_cmpstr (text, ==,
                   "Met: X\n"
                   "Partly met: Y\n"
                   "Partly met, which counts as met for a must-have: M");
  g_free (text);
  text = vs_ranking_dup_explanation (ranking, b);
  g_assert_cmpstr (text, ==, "Met: M\nMissed: X and Y");
  g_free (text);
  g_assert_finalize_object (ranking);

  /* Excluded, with "not stated". */
  vs_selection_clear (selection);
  vs_selection_set (selection, "x", VS_REQUIREMENT_MUST, 1);
  vs_selection_set (selection, "z", VS_REQUIREMENT_NICE, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_explanation (ranking, b);
  g_assert_cmpstr (text, ==, "Met: Z\nMissed: X\nExcluded by: X");
  g_free (text);
  g_assert_finalize_object (ranking);

  /* A tie. */
  vs_selection_clear (selection);
  vs_selection_set (selection, "z", VS_REQUIREMENT_NICE, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_verdict (ranking);
  g_assert_cmpstr (text, ==, "Tie between A and B (100 %)");
  g_free (text);
  g_assert_finalize_object (ranking);

  /* Nobody left. */
  vs_selection_clear (selection);
  vs_selection_set (selection, "x", VS_REQUIREMENT_MUST, 1);
  vs_selection_set (selection, "q", VS_REQUIREMENT_MUST, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_verdict (ranking);
  g_assert_cmpstr (text, ==, "No option meets every must-have");
  g_free (text);
  g_assert_null (vs_ranking_dup_flip_text (ranking));
  g_assert_finalize_object (ranking);

  /* Each kind of flip has its sentence. */
  vs_selection_clear (selection);
  vs_selection_set (selection, "x", VS_REQUIREMENT_NICE, 2);
  vs_selection_set (selection, "q", VS_REQUIREMENT_NICE, 1);
  ranking = vs_ranking_new (comparison, selection);
  text = vs_ranking_dup_flip_text (ranking);
  g_assert_cmpstr (text, ==, "Making “Q” a must-have would make B the best match.");
  g_free (text);
  g_assert_finalize_object (ranking);
}

static void
test_flip_texts (void)
{
  const char *rows_nice[] = { "x:yp", "z:ny", NULL };
  const char *rows_must[] = { "x:yn", "z:ny", NULL };
  g_autoptr(VsComparison) nice = build (2, rows_nice);
  g_autoptr(VsComparison) must = build (2, rows_must);
  g_autoptr(VsSelection) selection = parse_ticks ("x");
  VsRanking *ranking;
  char *text;

  ranking = vs_ranking_new (nice, selection);
  text = vs_ranking_dup_flip_text (ranking);
  g_assert_cmpstr (text, ==, "Ticking “Z” as a nice-to-have would make B the best match.");
  g_free (text);
  g_assert_finalize_object (ranking);

  ranking = vs_ranking_new (must, selection);
  text = vs_ranking_dup_flip_text (ranking);
  g_assert_cmpstr (text, ==, "Ticking “Z” as a must-have would make B the best match.");
  g_free (text);
  g_assert_finalize_object (ranking);
}

static char *
json_ids (JsonArray *array)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (i > 0)
        g_string_append_c (string, ',');
      g_string_append (string, json_array_get_string_element (array, i));
    }

  return g_string_free (string, FALSE);
}

static void
test_json (void)
{
  const char *keys[] = { "id", "name", "score", "excluded", "met", "partial", "missed", "unknown", "excluded_by" };
  g_autoptr(VsComparison) comparison = build (3, (const char *[]) { "x:ynp", "y:pnn", "z:n?y", "w:yyy", NULL });
  g_autoptr(VsSelection) selection = parse_ticks ("z y x:2");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  VsRanking *ranking = vs_ranking_new (comparison, selection);
  g_autofree char *json = vs_ranking_to_json (ranking);
  g_autofree char *best = NULL;
  JsonObject *root;
  JsonArray *subjects;
  JsonObject *first;
  JsonObject *flip;
  g_autofree char *met = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *missed = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 3);
  best = json_ids (json_object_get_array_member (root, "best"));
  g_assert_cmpstr (best, ==, "a");

  subjects = json_object_get_array_member (root, "subjects");
  g_assert_cmpuint (json_array_get_length (subjects), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *subject = json_array_get_object_element (subjects, i);

      g_assert_cmpuint (json_object_get_size (subject), ==, G_N_ELEMENTS (keys));
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (subject, keys[k]));
    }

  /* a: x yes (2), y partial (0.5), z no: 2.5 of 4; c: 2 of 4. */
  first = json_array_get_object_element (subjects, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "a");
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "A");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (first, "score"), 62.5, 0.01);
  g_assert_false (json_object_get_boolean_member (first, "excluded"));
  met = json_ids (json_object_get_array_member (first, "met"));
  partial = json_ids (json_object_get_array_member (first, "partial"));
  missed = json_ids (json_object_get_array_member (first, "missed"));
  g_assert_cmpstr (met, ==, "x");
  g_assert_cmpstr (partial, ==, "y");
  g_assert_cmpstr (missed, ==, "z");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (subjects, 1), "id"), ==, "c");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (subjects, 2), "id"), ==, "b");

  /* Making z (first in tick order) a must-have leaves c alone. */
  flip = json_object_get_object_member (root, "flip");
  g_assert_nonnull (flip);
  g_assert_cmpstr (json_object_get_string_member (flip, "change"), ==, "make-must");
  g_assert_cmpstr (json_object_get_string_member (flip, "criterion"), ==, "z");
  g_assert_cmpstr (json_object_get_string_member (flip, "new_best"), ==, "c");

  g_assert_finalize_object (ranking);
}

static void
test_json_no_flip (void)
{
  g_autoptr(VsComparison) comparison = build (2, (const char *[]) { "x:yy", NULL });
  g_autoptr(VsSelection) selection = parse_ticks ("x");
  g_autoptr(JsonParser) parser = json_parser_new ();
  VsRanking *ranking = vs_ranking_new (comparison, selection);
  g_autofree char *json = vs_ranking_to_json (ranking);
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "flip"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "flip")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "best")), ==, 2);

  g_assert_finalize_object (ranking);
}

/* A ranking is a snapshot of the selection. */
static void
test_snapshot (void)
{
  g_autoptr(VsComparison) comparison = build (2, (const char *[]) { "x:yn", NULL });
  g_autoptr(VsSelection) selection = parse_ticks ("x");
  VsRanking *ranking = vs_ranking_new (comparison, selection);

  vs_selection_set_kind (selection, "x", VS_REQUIREMENT_NONE);
  g_assert_true (vs_ranking_has_verdict (ranking));
  g_assert_cmpuint (vs_ranking_get_best (ranking)->len, ==, 1);
  g_assert_finalize_object (ranking);
}

/* Large comparisons: correctness of the flip found deep in the file, and
 * the time it takes, printed for people (never asserted). */
static VsComparison *
build_large (guint    n_criteria,
             guint    n_subjects,
             gboolean worst)
{
  VsComparison *comparison = vs_comparison_new ("Large");
  g_autoptr(VsCategory) category = vs_category_new ("all", "All");

  for (guint s = 0; s < n_subjects; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", s);
      g_autoptr(VsSubject) subject = vs_subject_new (id, id);

      vs_comparison_add_subject (comparison, subject);
    }
  vs_comparison_add_category (comparison, category);

  for (guint c = 0; c < n_criteria; c++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", c);
      g_autoptr(VsCriterion) criterion = vs_criterion_new (id, id, n_subjects);

      /* Every subject has every criterion but the first, which only s0
       * has, and the last, which only s1 has. */
      for (guint s = 0; s < n_subjects; s++)
        {
          VsLevel level = VS_LEVEL_YES;

          /* ...or, at worst for the search, s0 lacks all but the first
           * and the source says nothing of the others. */
          if (worst)
            level = s == 0 ? (c == 0 ? VS_LEVEL_YES : VS_LEVEL_NO) : VS_LEVEL_UNKNOWN;
          else if (c == 0 && s != 0)
            level = VS_LEVEL_NO;
          else if (c == n_criteria - 1)
            level = s == 1 ? VS_LEVEL_YES : VS_LEVEL_NO;
          vs_criterion_set_support (criterion, s, level, NULL, NULL, FALSE);
        }
      vs_comparison_add_criterion (comparison, category, criterion);
    }

  return comparison;
}

static void
run_large (guint    n_criteria,
           guint    n_subjects,
           gboolean worst)
{
  g_autoptr(VsComparison) comparison = build_large (n_criteria, n_subjects, worst);
  g_autoptr(VsSelection) selection = vs_selection_new ();
  g_autofree char *last = g_strdup_printf ("c%u", n_criteria - 1);
  const guint rounds = g_test_perf () ? 100 : 10;
  gint64 start;
  double new_ms, flip_ms;
  VsRanking *ranking;
  const VsFlip *flip;

  vs_selection_set (selection, "c0", VS_REQUIREMENT_NICE, 1);
  vs_selection_set (selection, "c1", VS_REQUIREMENT_NICE, 1);
  vs_selection_set (selection, "no-such-criterion", VS_REQUIREMENT_MUST, 1);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      ranking = vs_ranking_new (comparison, selection);
      g_object_unref (ranking);
    }
  new_ms = (g_get_monotonic_time () - start) / 1000.0 / rounds;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      ranking = vs_ranking_new (comparison, selection);
      flip = vs_ranking_get_flip (ranking);
      g_object_unref (ranking);
    }
  flip_ms = (g_get_monotonic_time () - start) / 1000.0 / rounds;

  g_test_message ("%u criteria x %u subjects%s: vs_ranking_new %.3f ms, with the flip %.3f ms",
                  n_criteria, n_subjects, worst ? " (every candidate read in full)" : "",
                  new_ms, flip_ms);

  /* Worst case: s0 leads with c0 and lacks every other criterion, so
   * each candidate is read in full, yet none puts anyone else first. */
  if (worst)
    {
      ranking = vs_ranking_new (comparison, selection);
      g_assert_cmpuint (vs_ranking_get_best (ranking)->len, ==, 1);
      g_assert_null (vs_ranking_get_flip (ranking));
      g_assert_finalize_object (ranking);
      return;
    }

  /* s0 leads with c0; only ticking the last criterion as a must-have
   * (which leaves s1 alone) changes that. Nice-to-haves cannot: each
   * other untick criterion is yes for all. */
  ranking = vs_ranking_new (comparison, selection);
  g_assert_cmpuint (vs_ranking_get_best (ranking)->len, ==, 1);
  g_assert_cmpstr (vs_subject_get_id (g_ptr_array_index (vs_ranking_get_best (ranking), 0)), ==, "s0");
  flip = vs_ranking_get_flip (ranking);
  g_assert_nonnull (flip);
  g_assert_cmpint (flip->kind, ==, VS_FLIP_TICK_MUST);
  g_assert_cmpstr (vs_criterion_get_id (flip->criterion), ==, last);
  g_assert_cmpstr (vs_subject_get_id (flip->new_best), ==, "s1");
  g_assert_finalize_object (ranking);
}

static void
test_large_100000x8 (void)
{
  run_large (100000, 8, FALSE);
  run_large (100000, 8, TRUE);
}

static void
test_large_10000x64 (void)
{
  run_large (10000, 64, FALSE);
  run_large (10000, 64, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rank_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ranking/case/%s", rank_cases[i].name);

      g_test_add_data_func (path, &rank_cases[i], test_rank_case);
    }

  g_test_add_func ("/ranking/explanation-arrays", test_explanation_arrays);
  g_test_add_func ("/ranking/texts", test_texts);
  g_test_add_func ("/ranking/flip-texts", test_flip_texts);
  g_test_add_func ("/ranking/json", test_json);
  g_test_add_func ("/ranking/json-no-flip", test_json_no_flip);
  g_test_add_func ("/ranking/snapshot", test_snapshot);
  g_test_add_func ("/ranking/large/100000x8", test_large_100000x8);
  g_test_add_func ("/ranking/large/10000x64", test_large_10000x64);

  return g_test_run ();
}
