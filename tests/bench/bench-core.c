/* bench-core.c: loading, interaction and export, against their floors
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In-process figures of the core (no display):
 *   - vs_load_bytes against json-glib's bare json_parser_load_from_data on
 *     the same bytes; peak and resident memory of a load (in a child, so
 *     the peak is this file's alone);
 *   - the operations behind each interaction on 8 x 100,000: a tick and a
 *     must/nice switch (vs_ranking_new), "only differences" over every
 *     criterion, sorting a category by a subject column, search by a letter;
 *   - the PDF export's cost per page against a bare cairo + pango page of a
 *     30-row table, and peak memory for 1,000 and 10,000 criteria.
 *
 * Usage: bench-core                        the table
 *        bench-core --rss-load FILE        (child) memory of one load
 *        bench-core --rss-pdf FILE OUT.pdf (child) memory of one export
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "bench-common.h"
#include "versus-core.h"

static const char *self_path;

/* ---- loading ---------------------------------------------------------- */

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      g_printerr ("bench-core: %s\n", error->message);
      exit (1);
    }

  return g_bytes_new_take (contents, len);
}

/* Each sample repeats the operation @inner times so that small files give
 * a measurable time; the figure is per operation. */
static BenchStats
time_load (GBytes     *bytes,
           const char *name,
           gboolean    bare,
           guint       runs,
           guint       inner)
{
  g_autofree double *t = g_new0 (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      double t0 = bench_now_ms ();

      for (guint k = 0; k < inner; k++)
        {
          g_autoptr(GError) error = NULL;

          if (bare)
            {
              g_autoptr(JsonParser) parser = json_parser_new_immutable ();
              gsize len;
              const char *data = g_bytes_get_data (bytes, &len);

              if (!json_parser_load_from_data (parser, data, len, &error))
                {
                  g_printerr ("bench-core: json-glib: %s: %s\n", name, error->message);
                  exit (1);
                }
            }
          else
            {
              g_autoptr(GPtrArray) diagnostics = NULL;
              g_autoptr(VsComparison) comparison = NULL;

              comparison = vs_load_bytes (bytes, name, &diagnostics, &error);
              if (comparison == NULL)
                {
                  g_printerr ("bench-core: %s: %s\n", name, error->message);
                  exit (1);
                }
            }
        }
      t[i] = (bench_now_ms () - t0) / inner;
    }

  return bench_stats (t, runs);
}

static void
bench_load (const char *label,
            const char *path,
            guint       runs,
            guint       inner)
{
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *figure = NULL;
  g_autofree char *floor_figure = NULL;
  BenchStats bare, load;
  double ratio;

  /* Alternate so that a burst of load from other processes hits both. */
  bare = time_load (bytes, basename, TRUE, runs, inner);
  load = time_load (bytes, basename, FALSE, runs, inner);
  ratio = load.median / bare.median;

  floor_figure = g_strdup_printf ("  json-glib bare parse: %s", label);
  figure = g_strdup_printf ("load+validate: %s (%.1f MiB)", label,
                            g_bytes_get_size (bytes) / 1048576.0);
  bench_print_row (floor_figure, BENCH_UNIT_MS, &bare, NULL, 0, 0, NULL, BENCH_INFO);
  bench_print_row (figure, BENCH_UNIT_MS, &load, "json-glib bare parse",
                   bare.median, ratio, "<= 1.5x floor", ratio <= 1.5);
}

/* Run this program again as a child to measure one operation's memory
 * alone; the child prints "KEY=VALUE" words that this parses. */
static gboolean
run_self (const char  *mode,
          const char  *arg1,
          const char  *arg2,
          GHashTable  *values)
{
  const char *argv[] = { self_path, mode, arg1, arg2, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("bench-core: %s %s: %s\n", mode, arg1, error->message);
      return FALSE;
    }

  words = g_strsplit_set (out, " \n", -1);
  for (guint i = 0; words[i]; i++)
    {
      char *eq = strchr (words[i], '=');

      if (eq == NULL)
        continue;
      *eq = '\0';
      g_hash_table_insert (values, g_strdup (words[i]),
                           GINT_TO_POINTER ((int) g_ascii_strtoll (eq + 1, NULL, 10)));
    }

  return TRUE;
}

static int
value_kib (GHashTable *values,
           const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (values, key));
}

static int
child_rss_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  gint64 base = bench_proc_status_kib ("VmRSS");

  comparison = vs_load_file (file, NULL, NULL, &error);
  if (comparison == NULL)
    {
      g_printerr ("bench-core: %s: %s\n", path, error->message);
      return 1;
    }

  printf ("base=%" G_GINT64_FORMAT " hwm=%" G_GINT64_FORMAT " rss=%" G_GINT64_FORMAT "\n",
          base, bench_proc_status_kib ("VmHWM"), bench_proc_status_kib ("VmRSS"));
  return 0;
}

static void
bench_load_memory (const char *label,
                   const char *path)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *peak_figure = g_strdup_printf ("peak RSS growth of a load: %s", label);
  g_autofree char *rss_figure = g_strdup_printf ("resident after load: %s", label);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  double size_mib, peak, resident;
  BenchStats s;

  if (info == NULL || !run_self ("--rss-load", path, NULL, values))
    return;

  size_mib = g_file_info_get_size (info) / 1048576.0;
  peak = (value_kib (values, "hwm") - value_kib (values, "base")) / 1024.0;
  resident = (value_kib (values, "rss") - value_kib (values, "base")) / 1024.0;

  s = bench_stats_one (peak);
  bench_print_row (peak_figure, BENCH_UNIT_MIB, &s, "file size", size_mib,
                   peak / size_mib, NULL, BENCH_INFO);
  s = bench_stats_one (resident);
  bench_print_row (rss_figure, BENCH_UNIT_MIB, &s, "file size", size_mib,
                   resident / size_mib, "<= 2x file size", resident <= 2 * size_mib);
}

/* ---- interaction ------------------------------------------------------ */

static gboolean
search_match (const char *haystack,
              const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static int
compare_by_column (gconstpointer a,
                   gconstpointer b,
                   gpointer      column)
{
  return vs_criterion_compare (*(VsCriterion **) a, *(VsCriterion **) b,
                               GPOINTER_TO_INT (column));
}

static void
bench_interaction (const char *path,
                   guint       runs)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(VsSelection) selection = vs_selection_new ();
  g_autofree double *t = g_new0 (double, runs);
  g_autofree guint *all = NULL;
  GListModel *criteria, *categories;
  guint n_criteria, n_subjects, n_categories;
  VsCategory *biggest = NULL;
  guint biggest_n = 0;

  comparison = vs_load_file (file, NULL, NULL, &error);
  if (comparison == NULL)
    {
      g_printerr ("bench-core: %s: %s\n", path, error->message);
      exit (1);
    }
  criteria = vs_comparison_get_criteria (comparison);
  categories = vs_comparison_get_categories (comparison);
  n_criteria = g_list_model_get_n_items (criteria);
  n_categories = g_list_model_get_n_items (categories);
  n_subjects = vs_comparison_get_n_subjects (comparison);
  all = g_new (guint, n_subjects);
  for (guint i = 0; i < n_subjects; i++)
    all[i] = i;

  bench_print_note ("interaction on %u subjects x %u criteria, core operations in-process",
                    n_subjects, n_criteria);

  /* A tick: the selection changes, the ranking is recomputed. Ten ticks
   * are already there, as after a person has chosen a few. */
  for (guint i = 0; i < 10; i++)
    vs_selection_set (selection, vs_criterion_get_id (vs_comparison_get_criterion (comparison, i * 997)),
                      i % 3 ? VS_REQUIREMENT_NICE : VS_REQUIREMENT_MUST, 1 + i % 5);
  for (guint i = 0; i < runs; i++)
    {
      VsCriterion *c = vs_comparison_get_criterion (comparison, (i * 7919 + 13) % n_criteria);
      g_autoptr(VsRanking) ranking = NULL;
      double t0 = bench_now_ms ();

      vs_selection_set (selection, vs_criterion_get_id (c), VS_REQUIREMENT_NICE, 2);
      ranking = vs_ranking_new (comparison, selection);
      g_free (vs_ranking_dup_verdict (ranking));
      t[i] = bench_now_ms () - t0;
    }
  bench_print_budget ("tick + vs_ranking_new (8 x 100,000)", t, runs, 16);

  for (guint i = 0; i < runs; i++)
    {
      const char *id = vs_criterion_get_id (vs_comparison_get_criterion (comparison, 997));
      g_autoptr(VsRanking) ranking = NULL;
      double t0 = bench_now_ms ();

      vs_selection_set_kind (selection, id, i % 2 ? VS_REQUIREMENT_MUST : VS_REQUIREMENT_NICE);
      ranking = vs_ranking_new (comparison, selection);
      g_free (vs_ranking_dup_verdict (ranking));
      t[i] = bench_now_ms () - t0;
    }
  bench_print_budget ("switch must/nice + vs_ranking_new", t, runs, 16);

  for (guint i = 0; i < runs; i++)
    {
      double t0 = bench_now_ms ();
      guint n_differ = 0;

      for (guint k = 0; k < n_criteria; k++)
        n_differ += !vs_criterion_is_uniform (vs_comparison_get_criterion (comparison, k),
                                              all, n_subjects);
      t[i] = bench_now_ms () - t0;
      g_assert (n_differ <= n_criteria);
    }
  bench_print_budget ("only differences: is_uniform x all criteria", t, runs, 16);

  {
    g_autoptr(VsView) view = vs_view_new (comparison);

    for (guint i = 0; i < runs; i++)
      {
        double t0 = bench_now_ms ();

        vs_view_set_only_differences (view, i % 2 == 0);
        for (guint k = 0; k < n_categories; k++)
          {
            g_autoptr(VsCategory) category = g_list_model_get_item (categories, k);

            g_ptr_array_unref (vs_view_dup_rows (view, category));
          }
        t[i] = bench_now_ms () - t0;
      }
    bench_print_budget ("only differences: vs_view_dup_rows x all cats", t, runs, 16);
  }

  for (guint k = 0; k < n_categories; k++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, k);
      guint n = g_list_model_get_n_items (vs_category_get_criteria (category));

      if (n > biggest_n)
        {
          biggest_n = n;
          biggest = category;
        }
    }

  for (guint i = 0; i < runs; i++)
    {
      GListModel *rows = vs_category_get_criteria (biggest);
      g_autoptr(GPtrArray) array = g_ptr_array_new_full (biggest_n, g_object_unref);
      int column = (int) (i % n_subjects);
      double t0;

      for (guint k = 0; k < biggest_n; k++)
        g_ptr_array_add (array, g_list_model_get_item (rows, k));
      t0 = bench_now_ms ();
      g_ptr_array_sort_with_data (array, compare_by_column,
                                  GINT_TO_POINTER (column));
      t[i] = bench_now_ms () - t0;
    }
  {
    g_autofree char *figure = g_strdup_printf ("sort a category (%u rows) by a subject", biggest_n);

    bench_print_budget (figure, t, runs, 100);
  }

  {
    g_autoptr(GPtrArray) array = g_ptr_array_new_full (n_criteria, g_object_unref);

    for (guint k = 0; k < n_criteria; k++)
      g_ptr_array_add (array, g_list_model_get_item (criteria, k));
    for (guint i = 0; i < runs; i++)
      {
        int column = (int) (i % n_subjects);
        double t0 = bench_now_ms ();

        g_ptr_array_sort_with_data (array, compare_by_column,
                                    GINT_TO_POINTER (column));
        t[i] = bench_now_ms () - t0;
      }
    bench_print_budget ("sort all 100,000 rows by a subject (worst)", t, runs, 100);
  }

  for (guint i = 0; i < runs; i++)
    {
      const char letters[] = "aeiostrn";
      char needle[2] = { letters[i % (sizeof letters - 1)], '\0' };
      guint n_match = 0;
      double t0 = bench_now_ms ();

      for (guint k = 0; k < n_criteria; k++)
        {
          VsCriterion *c = vs_comparison_get_criterion (comparison, k);

          n_match += search_match (vs_criterion_get_name (c), needle) ||
                     search_match (vs_criterion_get_description (c), needle);
        }
      t[i] = bench_now_ms () - t0;
      g_assert (n_match <= n_criteria);
    }
  /* The app's own search is measured by bench-window; this is a plain
   * casefold + strstr over the same texts, for scale only. */
  {
    BenchStats st = bench_stats (t, runs);

    bench_print_row ("search a letter: casefold+strstr (for scale)", BENCH_UNIT_MS, &st,
                     "frame budget", 16, st.median / 16, NULL, BENCH_INFO);
  }
}

/* ---- export ----------------------------------------------------------- */

static void
draw_bare_table (cairo_t *cr)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  const char *cells[] = { "Criterion name of some length", "Yes", "Partial", "No" };

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  cairo_move_to (cr, 40, 40);
  pango_layout_set_text (layout, "A bare table of thirty rows", -1);
  pango_cairo_show_layout (cr, layout);

  for (guint row = 0; row < 30; row++)
    {
      double y = 80 + row * 22;

      for (guint col = 0; col < G_N_ELEMENTS (cells); col++)
        {
          g_autofree char *text = g_strdup_printf ("%s %u", cells[col], row + 1);

          cairo_move_to (cr, 40 + col * 130, y);
          pango_layout_set_text (layout, text, -1);
          pango_cairo_show_layout (cr, layout);
        }
      cairo_move_to (cr, 40, y + 18);
      cairo_line_to (cr, 555, y + 18);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
}

static double
bare_pdf_page_ms (const char *out_path)
{
  double t0 = bench_now_ms ();
  cairo_surface_t *surface = cairo_pdf_surface_create (out_path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  draw_bare_table (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("bench-core: %s: %s\n", out_path,
                  cairo_status_to_string (cairo_surface_status (surface)));
      exit (1);
    }
  cairo_surface_destroy (surface);

  return bench_now_ms () - t0;
}

static double
report_pdf_ms (VsComparison *comparison,
               const char   *out_path)
{
  g_autoptr(VsSelection) selection = vs_selection_new ();
  g_autoptr(VsView) view = vs_view_new (comparison);
  g_autoptr(VsReport) report = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms ();

  report = vs_report_new (comparison, selection, view);
  vs_report_set_paper (report, VS_PAPER_A4);
  if (!vs_report_write (report, out, VS_REPORT_FORMAT_PDF, NULL, &error))
    {
      g_printerr ("bench-core: %s: %s\n", out_path, error->message);
      exit (1);
    }

  return bench_now_ms () - t0;
}

static guint
report_pages (VsComparison *comparison)
{
  g_autoptr(VsSelection) selection = vs_selection_new ();
  g_autoptr(VsView) view = vs_view_new (comparison);
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, view);

  return vs_report_paginate (report, 595.276, 841.89);
}

static gboolean
reset_peak_rss (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

static int
child_rss_pdf (const char *path,
               const char *out_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  gint64 before;
  double ms;

  comparison = vs_load_file (file, NULL, NULL, &error);
  if (comparison == NULL)
    {
      g_printerr ("bench-core: %s: %s\n", path, error->message);
      return 1;
    }

  /* The load's own peak is not the export's: start from what is resident. */
  before = bench_proc_status_kib ("VmRSS");
  /* Reset the high-water mark (Linux >= 4.0). */
  if (!reset_peak_rss ())
    g_printerr ("bench-core: could not reset VmHWM; peak includes the load\n");
  ms = report_pdf_ms (comparison, out_path);
  printf ("before=%" G_GINT64_FORMAT " hwm=%" G_GINT64_FORMAT " ms=%d pages=%u\n",
          before, bench_proc_status_kib ("VmHWM"), (int) ms, report_pages (comparison));
  return 0;
}

static void
bench_export (guint runs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) bundled = vs_load_bundled (&error);
  g_autofree char *bare_out = bench_data_path ("bench-bare-table.pdf");
  g_autofree char *report_out = bench_data_path ("bench-bundled.pdf");
  g_autofree double *bare = g_new0 (double, runs);
  g_autofree double *page = g_new0 (double, runs);
  BenchStats bare_s, page_s;
  guint n_pages;
  double ratio;

  if (bundled == NULL)
    {
      g_printerr ("bench-core: bundled: %s\n", error->message);
      exit (1);
    }
  n_pages = report_pages (bundled);
  if (n_pages == 0)
    {
      g_printerr ("bench-core: the bundled report has no pages\n");
      exit (1);
    }

  for (guint i = 0; i < runs; i++)
    {
      bare[i] = bare_pdf_page_ms (bare_out);
      page[i] = report_pdf_ms (bundled, report_out) / n_pages;
    }
  bare_s = bench_stats (bare, runs);
  page_s = bench_stats (page, runs);
  ratio = page_s.median / bare_s.median;

  bench_print_row ("  PDF floor: bare cairo+pango 30-row page", BENCH_UNIT_MS,
                   &bare_s, NULL, 0, 0, NULL, BENCH_INFO);
  {
    g_autofree char *figure = g_strdup_printf ("PDF per page: bundled (%u pages)", n_pages);

    bench_print_row (figure, BENCH_UNIT_MS, &page_s, "bare cairo+pango page",
                     bare_s.median, ratio, "<= 2x floor", ratio <= 2.0);
  }

  for (guint k = 0; k < 2; k++)
    {
      const char *names[] = { "bench-8x1000.json", "bench-8x10000.json" };
      const char *labels[] = { "1,000", "10,000" };
      g_autofree char *path = bench_data_path (names[k]);
      g_autofree char *out = bench_data_path (k ? "bench-10000.pdf" : "bench-1000.pdf");
      g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *figure = NULL;
      double peak, ms_per_page;
      BenchStats s;
      int pages;

      if (!run_self ("--rss-pdf", path, out, values))
        exit (1);
      peak = (value_kib (values, "hwm") - value_kib (values, "before")) / 1024.0;
      pages = MAX (value_kib (values, "pages"), 1);
      ms_per_page = (double) value_kib (values, "ms") / pages;

      figure = g_strdup_printf ("PDF peak RSS growth: %s criteria", labels[k]);
      s = bench_stats_one (peak);
      bench_print_row (figure, BENCH_UNIT_MIB, &s, NULL, 0, 0, NULL, BENCH_INFO);
      g_free (figure);
      figure = g_strdup_printf ("PDF per page: %s criteria (%d pages)", labels[k], pages);
      s = bench_stats_one (ms_per_page);
      bench_print_row (figure, BENCH_UNIT_MS, &s, "bare cairo+pango page",
                       bare_s.median, ms_per_page / bare_s.median, NULL, BENCH_INFO);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *large = bench_data_path ("bench-8x100000.json");
  g_autofree char *wide = bench_data_path ("bench-64x10000.json");
  g_autofree char *bundled = NULL;
  const char *root = g_getenv ("VERSUS_SOURCE_ROOT");
  guint runs = bench_runs (7);

  self_path = argv[0];
  if (argc == 3 && strcmp (argv[1], "--rss-load") == 0)
    return child_rss_load (argv[2]);
  if (argc == 4 && strcmp (argv[1], "--rss-pdf") == 0)
    return child_rss_pdf (argv[2], argv[3]);
  if (argc != 1 || root == NULL)
    {
      g_printerr ("usage: %s (with VERSUS_SOURCE_ROOT and VERSUS_BENCH_DATA_DIR set)\n", argv[0]);
      return 2;
    }

  bundled = g_build_filename (root, "data", "datasets", "django-vs-flask.json", NULL);

  bench_print_header ();
  bench_load ("bundled", bundled, runs, 200);
  bench_load ("8 x 100,000", large, MAX (runs / 2, 3), 1);
  bench_load ("64 x 10,000", wide, MAX (runs / 2, 3), 1);
  bench_load_memory ("8 x 100,000", large);
  bench_load_memory ("64 x 10,000", wide);
  bench_interaction (large, runs);
  bench_export (runs);

  return 0;
}
