/* test-report.c: the PDF, Markdown, CSV and decision-record reports
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Golden files: tests/data/golden/django-vs-flask.{md,csv,decision.md} are
 * the bundled comparison's reports with "prototyping" ticked as a must-have
 * and "nosql" as a nice-to-have of weight 3. After an intended change of
 * the output, regenerate them with
 *
 *   VERSUS_UPDATE_GOLDEN=1 meson test -C BUILDDIR test-report
 *
 * and review the diff before committing.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-loader.h"
#include "vs-ranking.h"
#include "vs-report.h"
#include "vs-report-private.h"
#include "vs-selection.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-view.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890

/* Helpers ------------------------------------------------------------------ */

static char *
run_tool (const char * const *argv,
          int                *exit_status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = status;
  else
    {
      g_spawn_check_wait_status (status, &error);
      g_assert_no_error (error);
    }
  return out;
}

static char *
pdf_text (const char *path,
          int         page)   /* 0: all pages */
{
  g_autofree char *first = g_strdup_printf ("%d", page);

  if (page == 0)
    {
      const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
      return run_tool (argv, NULL);
    }
  else
    {
      const char *argv[] = { "pdftotext", "-layout", "-f", first, "-l", first, path, "-", NULL };
      return run_tool (argv, NULL);
    }
}

static guint
pdf_n_pages (const char *path,
             double     *width,
             double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv, NULL);
  const char *pages = strstr (info, "Pages:");
  const char *size = strstr (info, "Page size:");

  g_assert_nonnull (pages);
  g_assert_nonnull (size);
  if (width != NULL && height != NULL)
    g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", width, height), ==, 2);

  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* pdftotext keeps the layout: collapse runs of blanks so a phrase that
 * wraps or is spaced out can still be found. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\f')
        {
          blank = TRUE;
          continue;
        }
      if (blank && out->len > 0)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static VsComparison *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  VsComparison *comparison = vs_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static VsComparison *
load_test_file (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "report", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsComparison *comparison = vs_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static VsSelection *
bundled_ticks (void)
{
  VsSelection *selection = vs_selection_new ();

  vs_selection_set (selection, "prototyping", VS_REQUIREMENT_MUST, 1);
  vs_selection_set (selection, "nosql", VS_REQUIREMENT_NICE, 3);
  return selection;
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_dir_close (d);
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  g_dir_close (d);
  return n;
}

static void
write_report (VsReport       *report,
              const char     *path,
              VsReportFormat  format)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_report_write (report, file, format, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A comparison of n criteria in one category, for pagination. */
static VsComparison *
make_large (guint n_criteria)
{
  VsComparison *comparison = vs_comparison_new ("Large comparison");
  g_autoptr(VsCategory) category = vs_category_new ("all", "All criteria");
  g_autoptr(VsSubject) a = vs_subject_new ("first", "First Subject");
  g_autoptr(VsSubject) b = vs_subject_new ("second", "Second Subject");

  vs_comparison_set_file_name (comparison, "large.json");
  vs_comparison_set_sha256 (comparison, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  vs_comparison_add_subject (comparison, a);
  vs_comparison_add_subject (comparison, b);
  vs_comparison_add_category (comparison, category);

  for (guint i = 0; i < n_criteria; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i);
      g_autofree char *name = g_strdup_printf ("Generated criterion %u", i);
      g_autoptr(VsCriterion) criterion = vs_criterion_new (id, name, 2);

      vs_criterion_set_support (criterion, 0, (VsLevel) (i % VS_N_LEVELS), NULL, NULL, FALSE);
      vs_criterion_set_support (criterion, 1, (VsLevel) ((i / 3) % VS_N_LEVELS),
                                i % 50 == 0 ? "A note that needs a footnote." : NULL, NULL, FALSE);
      vs_comparison_add_criterion (comparison, category, criterion);
    }

  return comparison;
}

/* A comparison whose strings are hostile to CSV and Markdown. */
static VsComparison *
make_tricky (void)
{
  VsComparison *comparison = vs_comparison_new ("Pipes | and *stars*");
  g_autoptr(VsCategory) category = vs_category_new ("tricky", "Cat, with \"comma\"");
  g_autoptr(VsSubject) a = vs_subject_new ("a", "A|B");
  g_autoptr(VsSubject) b = vs_subject_new ("b", "Say \"hi\"");
  g_autoptr(VsCriterion) one = vs_criterion_new ("one", "Line one\nline two", 2);
  g_autoptr(VsCriterion) two = vs_criterion_new ("two", "back\\slash | pipe", 2);

  vs_comparison_add_subject (comparison, a);
  vs_comparison_add_subject (comparison, b);
  vs_comparison_add_category (comparison, category);
  vs_criterion_set_support (one, 0, VS_LEVEL_YES, "a, \"quoted\" note", NULL, FALSE);
  vs_criterion_set_support (one, 1, VS_LEVEL_UNKNOWN, NULL, NULL, FALSE);
  vs_criterion_set_support (two, 0, VS_LEVEL_NO, NULL, NULL, FALSE);
  vs_criterion_set_support (two, 1, VS_LEVEL_PARTIAL, "multi\r\nline", NULL, FALSE);
  vs_comparison_add_criterion (comparison, category, one);
  vs_comparison_add_criterion (comparison, category, two);

  return comparison;
}

/* Formats ---------------------------------------------------------------- */

static void
test_format_from_path (void)
{
  static const struct {
    const char *path;
    VsReportFormat format;
  } cases[] = {
    { "out.pdf", VS_REPORT_FORMAT_PDF },
    { "/tmp/OUT.PDF", VS_REPORT_FORMAT_PDF },
    { "notes.md", VS_REPORT_FORMAT_MARKDOWN },
    { "Notes.MD", VS_REPORT_FORMAT_MARKDOWN },
    { "adr/0001-web.decision.md", VS_REPORT_FORMAT_DECISION },
    { "ADR.Decision.Md", VS_REPORT_FORMAT_DECISION },
    { "decision.md", VS_REPORT_FORMAT_MARKDOWN },
    { "table.csv", VS_REPORT_FORMAT_CSV },
    { "table.CSV", VS_REPORT_FORMAT_CSV },
    { "table.txt", VS_REPORT_FORMAT_UNKNOWN },
    { "pdf", VS_REPORT_FORMAT_UNKNOWN },
    { "", VS_REPORT_FORMAT_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vs_report_format_from_path (cases[i].path), ==, cases[i].format);

  g_assert_cmpstr (vs_report_format_get_suffix (VS_REPORT_FORMAT_DECISION), ==, ".decision.md");
  g_assert_cmpstr (vs_report_format_get_suffix (VS_REPORT_FORMAT_CSV), ==, ".csv");
  g_assert_null (vs_report_format_get_suffix (VS_REPORT_FORMAT_UNKNOWN));
}

static void
test_csv_field (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "line\nbreak", "\"line\nbreak\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "semi;colon|pipe", "semi;colon|pipe" },
    { "naïve 日本", "naïve 日本" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      vs_report_csv_append_field (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

static void
test_markdown_escape (void)
{
  static const struct {
    const char *in;
    gboolean in_table;
    const char *out;
  } cases[] = {
    { "plain text", TRUE, "plain text" },
    { "a | b", TRUE, "a \\| b" },
    { "back\\slash", TRUE, "back\\\\slash" },
    { "*bold* _em_ `code`", FALSE, "\\*bold\\* \\_em\\_ \\`code\\`" },
    { "[link](x) <b>", FALSE, "\\[link\\](x) \\<b\\>" },
    { "one\ntwo", TRUE, "one<br>two" },
    { "one\r\ntwo", TRUE, "one<br>two" },
    { "one\ntwo", FALSE, "one\ntwo" },
    { "# not a heading", FALSE, "\\# not a heading" },
    { "- not a list\n+ nor this", FALSE, "\\- not a list\n\\+ nor this" },
    { "1. not a list", FALSE, "1\\. not a list" },
    { "    not code", FALSE, "not code" },
    { "x-y 1.5", FALSE, "x-y 1.5" },
    { "AT&T", FALSE, "AT\\&T" },
    { "日本語 é", TRUE, "日本語 é" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = vs_report_markdown_escape (cases[i].in, cases[i].in_table);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Counts the cells of a GFM table row: '|' not escaped by a backslash. */
static guint
count_cell_separators (const char *line)
{
  guint n = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        n++;
    }
  return n;
}

static void
test_tricky_text (void)
{
  g_autoptr(VsComparison) comparison = make_tricky ();
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *csv = vs_report_to_csv (report);
  g_autofree char *md = vs_report_to_markdown (report);
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0;

  g_assert_cmpstr (csv, ==,
                   "category,criterion,A|B,\"Say \"\"hi\"\"\",notes\r\n"
                   "\"Cat, with \"\"comma\"\"\",\"Line one\nline two\",yes,not stated,\"A|B: a, \"\"quoted\"\" note\"\r\n"
                   "\"Cat, with \"\"comma\"\"\",back\\slash | pipe,no,partial,\"Say \"\"hi\"\": multi\r\nline\"\r\n");

  /* Every table line has exactly 4 unescaped pipes (3 cells), and the
   * cell text is escaped, with line breaks as <br>. */
  lines = g_strsplit (md, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] != '|')
        continue;
      g_assert_cmpuint (count_cell_separators (lines[i]), ==, 4);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 4);  /* header, delimiter, two rows */
  g_assert_nonnull (strstr (md, "| Line one<br>line two | ✓ Yes — a, \"quoted\" note | – Not stated |"));
  g_assert_nonnull (strstr (md, "| back\\\\slash \\| pipe | ✗ No | ◐ Partial — multi<br>line |"));
  g_assert_nonnull (strstr (md, "# Pipes \\| and \\*stars\\*\n"));
  g_assert_nonnull (strstr (md, "No requirements selected."));
}

/* Golden files ------------------------------------------------------------ */

static void
check_golden (const char *name,
              const char *actual)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "golden", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  if (g_getenv ("VERSUS_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
      g_test_message ("updated %s", path);
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_golden (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsSelection) selection = bundled_ticks ();
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, NULL);
  g_autofree char *md = vs_report_to_markdown (report);
  g_autofree char *csv = vs_report_to_csv (report);
  g_autofree char *decision = vs_report_to_decision_record (report);

  check_golden ("django-vs-flask.md", md);
  check_golden ("django-vs-flask.csv", csv);
  check_golden ("django-vs-flask.decision.md", decision);
}

/* The decision record never turns "not stated" into "no", and makes no
 * decision when nothing is ticked. */
static void
test_decision_record (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsSelection) selection = bundled_ticks ();
  g_autoptr(VsReport) ticked = vs_report_new (comparison, selection, NULL);
  g_autoptr(VsReport) unticked = vs_report_new (comparison, NULL, NULL);
  g_autofree char *with = vs_report_to_decision_record (ticked);
  g_autofree char *without = vs_report_to_decision_record (unticked);
  g_autoptr(VsRanking) ranking = vs_ranking_new (comparison, selection);
  VsSubject *best = g_ptr_array_index (vs_ranking_get_best (ranking), 0);
  g_autofree char *chosen = g_strdup_printf ("Chosen option: \"%s\", because ",
                                             vs_subject_get_name (best));
  const char *sections[] = {
    "## Context and Problem Statement\n", "## Decision Drivers\n",
    "## Considered Options\n", "## Decision Outcome\n",
    "## Pros and Cons of the Options\n",
  };
  const char *previous = with;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *at = strstr (with, sections[i]);

      g_assert_nonnull (at);
      g_assert_true (at > previous);
      previous = at;
    }
  g_assert_nonnull (strstr (with, chosen));
  g_assert_nonnull (strstr (with, "* Must have: Prototyping\n"));
  g_assert_nonnull (strstr (with, "* Nice to have: NoSQL (weight 3)\n"));
  /* Django's NoSQL support is not stated in the article. */
  g_assert_cmpint (vs_criterion_get_level (vs_comparison_find_criterion (comparison, "nosql"), 0),
                   ==, VS_LEVEL_UNKNOWN);
  g_assert_nonnull (strstr (with, "* Unknown, because the sources do not state: NoSQL (nice ×3)\n"));
  g_assert_null (strstr (with, "lacks: NoSQL"));

  g_assert_null (strstr (without, "Chosen option"));
  g_assert_nonnull (strstr (without, "No option chosen: no requirements were selected."));
}

/* The PDF ------------------------------------------------------------------ */

static void
test_pdf_bundled (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsSelection) selection = bundled_ticks ();
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, NULL);
  g_autoptr(VsRanking) ranking = vs_ranking_new (comparison, selection);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *verdict = vs_ranking_dup_verdict (ranking);
  g_autofree char *verdict_squeezed = squeeze (verdict);
  g_autofree char *check = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *first_page = NULL;
  GListModel *criteria = vs_comparison_get_criteria (comparison);
  const char *qpdf_argv[] = { "qpdf", "--check", path, NULL };
  const char *fonts_argv[] = { "pdffonts", path, NULL };
  g_auto(GStrv) font_lines = NULL;
  guint n_fonts = 0;
  int status = 0;

  vs_report_set_paper (report, VS_PAPER_A4);
  write_report (report, path, VS_REPORT_FORMAT_PDF);

  raw = pdf_text (path, 0);
  text = squeeze (raw);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(VsCriterion) criterion = g_list_model_get_item (criteria, i);
      g_autofree char *name = squeeze (vs_criterion_get_name (criterion));

      if (strstr (text, name) == NULL)
        g_error ("criterion “%s” is not in the PDF's text:\n%s", name, raw);
    }
  g_assert_nonnull (strstr (text, "Django"));
  g_assert_nonnull (strstr (text, "Flask"));
  g_assert_nonnull (strstr (text, verdict_squeezed));
  g_assert_nonnull (strstr (text, "Best match"));
  g_assert_nonnull (strstr (text, "(must)"));
  g_assert_nonnull (strstr (text, "(nice ×3)"));
  g_assert_nonnull (strstr (text, "Django vs. Flask: Comparing Python Frameworks"));
  g_assert_nonnull (strstr (text, "django-vs-flask.json"));
  g_assert_nonnull (strstr (text, "Versus " PACKAGE_VERSION));

  first_page = pdf_text (path, 1);
  g_assert_nonnull (strstr (first_page, "Page 1 of"));
  g_assert_nonnull (strstr (first_page, "Django vs. Flask"));
  {
    g_autofree char *sha = g_strndup (vs_comparison_get_sha256 (comparison), 12);

    g_assert_cmpuint (strlen (sha), ==, 12);
    g_assert_nonnull (strstr (first_page, sha));
  }

  check = run_tool (qpdf_argv, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors"));

  /* pdffonts: two header lines, then one line per font; "emb" is the
   * third column from the right of "type/encoding/emb/sub/uni/object". */
  fonts = run_tool (fonts_argv, NULL);
  font_lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (font_lines[i][0] == '\0')
        continue;
      fields = g_strsplit_set (g_strstrip (font_lines[i]), " ", -1);
      for (guint j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          g_ptr_array_add (words, fields[j]);
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");  /* emb */
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);

  remove_tree (dir);
}

static void
test_pdf_nothing_ticked (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *text = NULL;

  write_report (report, path, VS_REPORT_FORMAT_PDF);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "No requirements selected"));
  g_assert_null (strstr (text, "Best match"));
  g_assert_nonnull (strstr (text, "Complete Customization"));

  remove_tree (dir);
}

static void
test_pdf_reproducible (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsSelection) selection = bundled_ticks ();
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *two = g_build_filename (dir, "two.pdf", NULL);
  g_autofree char *bytes_one = NULL;
  g_autofree char *bytes_two = NULL;
  g_autofree char *text = NULL;
  gsize len_one, len_two;

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  write_report (report, one, VS_REPORT_FORMAT_PDF);
  write_report (report, two, VS_REPORT_FORMAT_PDF);
  g_unsetenv ("SOURCE_DATE_EPOCH");

  g_assert_true (g_file_get_contents (one, &bytes_one, &len_one, NULL));
  g_assert_true (g_file_get_contents (two, &bytes_two, &len_two, NULL));
  g_assert_cmpmem (bytes_one, len_one, bytes_two, len_two);

  /* The date is SOURCE_DATE_EPOCH's, in UTC, in the footer and metadata. */
  text = pdf_text (one, 1);
  g_assert_nonnull (strstr (text, "2023-11-14"));
  {
    const char *argv[] = { "pdfinfo", "-isodates", one, NULL };
    g_autofree char *info = run_tool (argv, NULL);

    g_assert_nonnull (strstr (info, "2023-11-14T22:13:20"));
    g_assert_nonnull (strstr (info, "Versus " PACKAGE_VERSION));
    g_assert_nonnull (strstr (info, "Django vs. Flask"));
  }

  remove_tree (dir);
}

static void
test_pdf_large (void)
{
  g_autoptr(VsComparison) comparison = make_large (2000);
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "large.pdf", NULL);
  double width = 0, height = 0;
  guint n_pages;
  guint n_table_pages = 0;
  guint n_laid_out;

  vs_report_set_paper (report, VS_PAPER_A4);
  write_report (report, path, VS_REPORT_FORMAT_PDF);

  n_pages = pdf_n_pages (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, A4_WIDTH, 1.0);
  g_assert_cmpfloat_with_epsilon (height, A4_HEIGHT, 1.0);
  /* About 35-40 one-line rows fit on a page of A4. */
  g_assert_cmpuint (n_pages, >=, 40);
  g_assert_cmpuint (n_pages, <=, 90);

  n_laid_out = vs_report_paginate (report, A4_WIDTH, A4_HEIGHT);
  g_assert_cmpuint (n_laid_out, ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);

      g_assert_nonnull (strstr (text, footer));
      g_assert_nonnull (strstr (text, "large.json"));
      g_assert_nonnull (strstr (text, "0123456789ab"));
      g_assert_null (strstr (text, "0123456789abc"));
      /* Level words are only in table rows (footnotes name criteria too). */
      if (strstr (text, "Partial") == NULL)
        continue;

      /* Every page with rows starts with the header row. */
      n_table_pages++;
      if (strstr (text, "Criterion") == NULL || strstr (text, "First Subject") == NULL ||
          strstr (text, "Second Subject") == NULL)
        g_error ("page %u has rows but no header:\n%s", page, text);
      g_assert_true (strstr (text, "Criterion") < strstr (text, "Partial"));
    }
  g_assert_cmpuint (n_table_pages, >=, n_pages - 2);

  remove_tree (dir);
}

typedef struct
{
  VsReport   *report;
  const char *path;
} WriteJob;

static gpointer
write_job (gpointer data)
{
  WriteJob *job = data;

  write_report (job->report, job->path, VS_REPORT_FORMAT_PDF);
  return NULL;
}

static GBytes *
read_all (const char *path)
{
  char *bytes = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  return g_bytes_new_take (bytes, len);
}

static GBytes *
write_in_thread (VsReport   *report,
                 const char *dir,
                 const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  WriteJob job = { report, path };

  g_thread_join (g_thread_new ("export", write_job, &job));
  return read_all (path);
}

/* The PDF lays text out with a font map kept per thread, and keeps the
 * layouts of repeated cells: a report written on the main thread, a new
 * one written in a worker, and one laid out on the main thread but written
 * in a worker give the same bytes. Every row has a numbered note, so more
 * distinct cells are drawn than the cache of cell layouts keeps. */
static void
test_pdf_threads (void)
{
  g_autoptr(VsComparison) comparison = make_large (700);
  g_autoptr(VsReport) main_report = vs_report_new (comparison, NULL, NULL);
  g_autoptr(VsReport) worker_report = vs_report_new (comparison, NULL, NULL);
  g_autoptr(VsReport) moved_report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "main.pdf", NULL);
  g_autoptr(GBytes) main_bytes = NULL;
  g_autoptr(GBytes) worker_bytes = NULL;
  g_autoptr(GBytes) moved_bytes = NULL;
  g_autofree char *text = NULL;
  VsCriterion * const *criteria;
  guint n;

  criteria = vs_comparison_peek_criteria (comparison, &n);
  g_assert_cmpuint (n, ==, 700);
  for (guint i = 0; i < n; i++)
    vs_criterion_set_support (criteria[i], 0, vs_criterion_get_level (criteria[i], 0),
                              "Every row has a note.", NULL, FALSE);

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  vs_report_set_paper (main_report, VS_PAPER_A4);
  vs_report_set_paper (worker_report, VS_PAPER_A4);
  vs_report_set_paper (moved_report, VS_PAPER_A4);
  write_report (main_report, path, VS_REPORT_FORMAT_PDF);
  worker_bytes = write_in_thread (worker_report, dir, "worker.pdf");
  g_assert_cmpuint (vs_report_paginate (moved_report, A4_WIDTH, A4_HEIGHT), >, 1);
  moved_bytes = write_in_thread (moved_report, dir, "moved.pdf");
  g_unsetenv ("SOURCE_DATE_EPOCH");

  main_bytes = read_all (path);
  g_assert_true (g_bytes_equal (main_bytes, worker_bytes));
  g_assert_true (g_bytes_equal (main_bytes, moved_bytes));

  /* The last row's marker: 699 rows with a note before it, and 14 notes
   * of the second subject (every 50th row from 0 to 650). */
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Yes714"));
  g_assert_null (strstr (text, "715"));
  g_assert_nonnull (strstr (text, "Generated criterion 699, First Subject: Every row has a note."));

  remove_tree (dir);
}

static void
test_pdf_landscape (void)
{
  g_autoptr(VsComparison) comparison = load_test_file ("six-subjects.json");
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autoptr(VsView) view = vs_view_new (comparison);
  g_autoptr(VsReport) four = vs_report_new (comparison, NULL, view);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "six.pdf", NULL);
  g_autofree char *path4 = g_build_filename (dir, "four.pdf", NULL);
  g_autofree char *text = NULL;
  double width = 0, height = 0;

  vs_report_set_paper (report, VS_PAPER_LETTER);
  write_report (report, path, VS_REPORT_FORMAT_PDF);
  pdf_n_pages (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 792, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 612, 1.0);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Foxtrot Broker"));

  /* Four visible subjects fit in portrait. */
  vs_view_set_subject_visible (view, 4, FALSE);
  vs_view_set_subject_visible (view, 5, FALSE);
  vs_report_set_paper (four, VS_PAPER_LETTER);
  write_report (four, path4, VS_REPORT_FORMAT_PDF);
  pdf_n_pages (path4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 792, 1.0);
  g_clear_pointer (&text, g_free);
  text = pdf_text (path4, 0);
  g_assert_null (strstr (text, "Foxtrot Broker"));
  g_assert_nonnull (strstr (text, "Delta Broker"));

  remove_tree (dir);
}

static void
test_pdf_scripts (void)
{
  g_autoptr(VsComparison) comparison = load_test_file ("scripts.json");
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "scripts.pdf", NULL);
  g_autofree char *text = NULL;
  const char *fonts_argv[] = { "pdffonts", path, NULL };
  g_autofree char *fonts = NULL;

  write_report (report, path, VS_REPORT_FORMAT_PDF);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Café naïve"));
  g_assert_nonnull (strstr (text, "東京フレームワーク"));
  g_assert_nonnull (strstr (text, "Unicode-Unterstützung (Å, Ø, Ł)"));
  g_assert_nonnull (strstr (text, "Документация на русском"));
  g_assert_nonnull (strstr (text, "完全対応"));
  /* Right-to-left words come back in logical order. */
  g_assert_nonnull (strstr (text, "חיפה"));
  g_assert_nonnull (strstr (text, "القاهرة"));

  fonts = run_tool (fonts_argv, NULL);
  g_assert_nonnull (strstr (fonts, "CJK"));
  g_assert_nonnull (strstr (fonts, "DejaVuSans"));

  remove_tree (dir);
}

/* The pages the print dialog draws are the PDF's pages. */
static void
test_paginate_draw (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsSelection) selection = bundled_ticks ();
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, NULL);
  guint n_a4 = vs_report_paginate (report, A4_WIDTH, A4_HEIGHT);
  guint n_small = vs_report_paginate (report, 420, 595);  /* A5 */

  g_assert_cmpuint (n_a4, >=, 2);
  g_assert_cmpuint (n_small, >, n_a4);

  for (guint page = 0; page < n_small; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 595);
      cairo_t *cr = cairo_create (surface);
      guint32 *pixels;
      guint n_dark = 0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      vs_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      /* Something was drawn: at least the footer. */
      pixels = (guint32 *) cairo_image_surface_get_data (surface);
      for (int i = 0; i < 420 * 595; i++)
        if ((pixels[i] & 0xff) < 0x80)
          n_dark++;
      g_assert_cmpuint (n_dark, >, 100);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Writing ------------------------------------------------------------------ */

static void
test_write_failures (void)
{
  g_autoptr(VsComparison) comparison = load_bundled ();
  g_autoptr(VsReport) report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "out.pdf", NULL);
  g_autofree char *regular = g_build_filename (dir, "regular", NULL);
  g_autofree char *under_file = g_build_filename (regular, "out.md", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.csv", NULL);
  const char *old = "old contents, \"kept\"\r\n";
  const char *targets[] = { missing, under_file };
  VsReportFormat formats[] = { VS_REPORT_FORMAT_PDF, VS_REPORT_FORMAT_MARKDOWN,
                               VS_REPORT_FORMAT_CSV, VS_REPORT_FORMAT_DECISION };

  g_assert_true (g_file_set_contents (regular, "a file, not a directory", -1, NULL));
  g_assert_true (g_file_set_contents (existing, old, -1, NULL));

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autoptr(GFile) file = g_file_new_for_path (targets[t]);
        g_autoptr(GError) error = NULL;

        g_assert_false (vs_report_write (report, file, formats[f], NULL, &error));
        g_assert_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_WRITE);
        g_assert_nonnull (strstr (error->message, targets[t]));
        g_assert_false (g_file_test (targets[t], G_FILE_TEST_EXISTS));
      }

  /* A read-only directory (root may write anyway, so only when not root). */
  if (geteuid () != 0)
    {
      g_autofree char *ro = g_build_filename (dir, "read-only", NULL);
      g_autofree char *target = g_build_filename (ro, "out.pdf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir (ro, 0555), ==, 0);
      g_assert_false (vs_report_write (report, file, VS_REPORT_FORMAT_PDF, NULL, &error));
      g_assert_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, target));
      g_assert_cmpuint (count_entries (ro), ==, 0);
      g_chmod (ro, 0755);
    }

  /* A cancelled export leaves an existing file as it was, and no
   * temporary file behind. */
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (existing);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      g_cancellable_cancel (cancellable);
      g_assert_false (vs_report_write (report, file, formats[f], cancellable, &error));
      g_assert_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_WRITE);
      g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old);
    }
  g_assert_cmpuint (count_entries (dir), ==, 2);  /* regular, existing */

  /* An unknown format is refused before anything is written. */
  {
    g_autofree char *txt = g_build_filename (dir, "out.txt", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (txt);
    g_autoptr(GError) error = NULL;

    g_assert_false (vs_report_write (report, file, VS_REPORT_FORMAT_UNKNOWN, NULL, &error));
    g_assert_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_FORMAT);
    g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  }

  /* A successful export replaces the file and leaves nothing else. */
  write_report (report, existing, VS_REPORT_FORMAT_CSV);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "category,criterion,Django,Flask,notes\r\n"));
  }
  g_assert_cmpuint (count_entries (dir), ==, 2);

  remove_tree (dir);
}

static void
test_only_differences (void)
{
  g_autoptr(VsComparison) comparison = make_tricky ();
  g_autoptr(VsCriterion) same = vs_criterion_new ("same", "Identical everywhere", 2);
  g_autoptr(VsView) view = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autofree char *all = NULL;
  g_autofree char *diff = NULL;

  vs_criterion_set_support (same, 0, VS_LEVEL_YES, NULL, NULL, FALSE);
  vs_criterion_set_support (same, 1, VS_LEVEL_YES, NULL, NULL, FALSE);
  vs_comparison_add_criterion (comparison, vs_comparison_find_category (comparison, "tricky"), same);

  view = vs_view_new (comparison);
  report = vs_report_new (comparison, NULL, view);
  all = vs_report_to_csv (report);
  vs_view_set_only_differences (view, TRUE);
  diff = vs_report_to_csv (report);

  g_assert_nonnull (strstr (all, "Identical everywhere"));
  g_assert_null (strstr (diff, "Identical everywhere"));
  g_assert_nonnull (strstr (diff, "back\\slash | pipe"));
}

static void
test_finalize (void)
{
  VsComparison *comparison = make_tricky ();
  VsReport *report = vs_report_new (comparison, NULL, NULL);
  g_autofree char *md = vs_report_to_markdown (report);

  vs_report_paginate (report, A4_WIDTH, A4_HEIGHT);
  g_assert_finalize_object (report);
  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/format-from-path", test_format_from_path);
  g_test_add_func ("/report/csv-field", test_csv_field);
  g_test_add_func ("/report/markdown-escape", test_markdown_escape);
  g_test_add_func ("/report/tricky-text", test_tricky_text);
  g_test_add_func ("/report/only-differences", test_only_differences);
  g_test_add_func ("/report/golden", test_golden);
  g_test_add_func ("/report/decision-record", test_decision_record);
  g_test_add_func ("/report/pdf/bundled", test_pdf_bundled);
  g_test_add_func ("/report/pdf/nothing-ticked", test_pdf_nothing_ticked);
  g_test_add_func ("/report/pdf/reproducible", test_pdf_reproducible);
  g_test_add_func ("/report/pdf/large", test_pdf_large);
  g_test_add_func ("/report/pdf/threads", test_pdf_threads);
  g_test_add_func ("/report/pdf/landscape", test_pdf_landscape);
  g_test_add_func ("/report/pdf/scripts", test_pdf_scripts);
  g_test_add_func ("/report/paginate-draw", test_paginate_draw);
  g_test_add_func ("/report/write-failures", test_write_failures);
  g_test_add_func ("/report/finalize", test_finalize);

  return g_test_run ();
}
