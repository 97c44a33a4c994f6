/* soak.c: the window, used for a long time, keeps its memory
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: soak [ROUNDS] [--criteria=N] [--subjects=N] [--every=N] [--phases]
 *
 * On a large generated comparison (8 subjects x 10,000 criteria unless
 * told otherwise), each round opens a file, rewrites it and waits for
 * the window to reload it, ticks and unticks, sorts, and exports Markdown
 * (PDF every 50th round, the first included). Every wait is on the
 * window's own state (the title it shows, the export count), never a
 * fixed sleep. It prints the resident memory (and what malloc has in
 * use) after round 1, every N rounds (--every, a tenth of the rounds by
 * default) and at the end, then the round times; --phases adds the time
 * per step. It fails when the end is more than 10 % above round 1:
 * something kept per round is a leak.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "versus-core.h"
#include "vs-comparison-table.h"
#include "vs-window.h"

#define DEFAULT_ROUNDS 1000
#define DEFAULT_CRITERIA 10000
#define DEFAULT_SUBJECTS 8
#define N_CATEGORIES 10
#define PDF_EVERY 50
#define MAX_GROWTH 1.10
/* Generous: a loaded machine is slow, a hung window is what this catches. */
#define WAIT_LIMIT_SECONDS 120

static const char * const levels[] = { "yes", "partial", "no", NULL };

/* With --phases: microseconds spent in each step, summed over the rounds. */
enum { PHASE_OPEN, PHASE_RELOAD, PHASE_TICK, PHASE_SORT, PHASE_EXPORT, N_PHASES };
static const char * const phase_names[N_PHASES] = { "open", "reload", "tick", "sort", "export" };
static gint64 phase_usec[N_PHASES];
static gint64 phase_start;

static void
phase_end (guint phase)
{
  gint64 now = g_get_monotonic_time ();

  phase_usec[phase] += now - phase_start;
  phase_start = now;
}

static char *
generate (guint       n_subjects,
          guint       n_criteria,
          const char *title)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json, "{\"format\":\"versus-comparison\",\"version\":1,\"title\":\"%s\",\n\"subjects\":[", title);
  for (guint s = 0; s < n_subjects; s++)
    g_string_append_printf (json, "%s{\"id\":\"s%u\",\"name\":\"Subject %u\",\"summary\":\"Subject number %u.\"}",
                            s ? "," : "", s, s + 1, s + 1);
  g_string_append (json, "],\n\"categories\":[");
  for (guint c = 0; c < N_CATEGORIES; c++)
    g_string_append_printf (json, "%s{\"id\":\"c%u\",\"name\":\"Category %u\"}", c ? "," : "", c, c + 1);
  g_string_append (json, "],\n\"criteria\":[\n");
  for (guint i = 0; i < n_criteria; i++)
    {
      g_string_append_printf (json, "%s{\"id\":\"k%u\",\"category\":\"c%u\",\"name\":\"Criterion %u\",\"support\":{",
                              i ? ",\n" : "", i, i % N_CATEGORIES, i + 1);
      for (guint s = 0, first = TRUE; s < n_subjects; s++)
        {
          const char *level = levels[(i * 7 + s * 3) % 4];

          /* Every fourth left out: not stated. */
          if (level == NULL)
            continue;
          g_string_append_printf (json, "%s\"s%u\":\"%s\"", first ? "" : ",", s, level);
          first = FALSE;
        }
      g_string_append (json, "}}");
    }
  g_string_append (json, "\n]}\n");

  return g_string_free (json, FALSE);
}

static void
write_comparison (const char *path,
                  guint       n_subjects,
                  guint       n_criteria,
                  const char *title)
{
  g_autofree char *json = generate (n_subjects, n_criteria, title);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, json, -1, &error))
    g_error ("%s", error->message);
}

static gsize
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

#ifdef __GLIBC__
  /* Count what is in use, not what malloc keeps for later. */
  malloc_trim (0);
#endif
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmRSS:");
  return line ? (gsize)g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10) : 0;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef gboolean (*Condition) (VsWindow *window, gconstpointer data);

static void
wait_for (VsWindow      *window,
          Condition      condition,
          gconstpointer  data,
          const char    *what)
{
  gint64 end = g_get_monotonic_time () + WAIT_LIMIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (window, data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("soak: waited %d s for %s", WAIT_LIMIT_SECONDS, what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  spin ();
}

static gboolean
shows_title (VsWindow *window, gconstpointer title)
{
  return !vs_window_is_loading (window) && g_strcmp0 (vs_window_get_title_text (window), title) == 0;
}

static gboolean
not_exporting (VsWindow *window, gconstpointer data)
{
  return !vs_window_is_exporting (window);
}

static void
round_trip (VsWindow   *window,
            guint       round,
            const char *path,
            const char *export_dir,
            guint       n_subjects,
            guint       n_criteria)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *opened = g_strdup_printf ("Soak %u", round);
  g_autofree char *changed = g_strdup_printf ("Soak %u changed", round);
  gboolean pdf = round % PDF_EVERY == 0;
  g_autofree char *export_path = g_build_filename (export_dir, pdf ? "soak.pdf" : "soak.md", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  VsComparisonTable *table;
  GtkColumnView *view;
  const char *ticks[] = { "k1", "k12", "k123" };
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;

  /* Open. The window watches the file of the round before, not this
   * one: writing it starts no reload of its own, so this round loads the
   * file exactly twice, once opened and once changed. */
  phase_start = g_get_monotonic_time ();
  write_comparison (path, n_subjects, n_criteria, opened);
  vs_window_open_file (window, file);
  wait_for (window, shows_title, opened, "the file to open");
  phase_end (PHASE_OPEN);

  /* Reload on change */
  write_comparison (path, n_subjects, n_criteria, changed);
  wait_for (window, shows_title, changed, "the window to reload the file");
  phase_end (PHASE_RELOAD);

  /* Tick and untick */
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.set-requirement", "(sui)",
                                ticks[i], i == 0 ? VS_REQUIREMENT_MUST : VS_REQUIREMENT_NICE, 1 + i);
  spin ();
  if (vs_selection_get_kind (vs_window_get_selection (window), "k12") != VS_REQUIREMENT_NICE)
    g_error ("soak: round %u: the tick did not take", round);
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.set-requirement", "(sui)",
                                ticks[i], VS_REQUIREMENT_NONE, 1);
  spin ();
  phase_end (PHASE_TICK);

  /* Sort by a subject, then by name */
  table = VS_COMPARISON_TABLE (vs_window_get_table (window, round % N_CATEGORIES));
  view = vs_comparison_table_get_column_view (table);
  gtk_column_view_sort_by_column (view, vs_comparison_table_get_column (table, round % n_subjects),
                                  round % 2 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
  spin ();
  gtk_column_view_sort_by_column (view, vs_comparison_table_get_column (table, VS_SORT_NAME), GTK_SORT_ASCENDING);
  spin ();
  phase_end (PHASE_SORT);

  /* Export: the file is gone before, and after it holds this round's
   * comparison (the Markdown names it; a PDF starts as one). */
  g_unlink (export_path);
  vs_window_export_to_file (window, export_file, pdf ? VS_REPORT_FORMAT_PDF : VS_REPORT_FORMAT_MARKDOWN);
  wait_for (window, not_exporting, NULL, "the export");
  if (vs_window_get_last_toast (window) == NULL)
    g_error ("soak: round %u: the export showed no toast", round);
  if (!g_file_get_contents (export_path, &exported, NULL, &error))
    g_error ("soak: round %u: %s", round, error->message);
  if (pdf ? !g_str_has_prefix (exported, "%PDF-") : strstr (exported, changed) == NULL)
    g_error ("soak: round %u: %s does not hold \"%s\"", round, export_path, changed);
  phase_end (PHASE_EXPORT);
}

static int
compare_usec (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

static void
print_memory (guint round,
              gsize rss)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  struct mallinfo2 info = mallinfo2 ();

  g_print ("soak: VmRSS after round %u: %" G_GSIZE_FORMAT " kB (malloc in use %zu kB, mmapped %zu kB)\n",
           round, rss, info.uordblks / 1024, info.hblkhd / 1024);
#else
  g_print ("soak: VmRSS after round %u: %" G_GSIZE_FORMAT " kB\n", round, rss);
#endif
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = DEFAULT_ROUNDS;
  guint n_criteria = DEFAULT_CRITERIA;
  guint n_subjects = DEFAULT_SUBJECTS;
  guint every = 0;
  gboolean phases = FALSE;
  g_autofree char *dir = NULL;
  char *paths[2] = { NULL, NULL };
  g_autofree gint64 *round_usec = NULL;
  g_autoptr(GError) error = NULL;
  VsWindow *window;
  gsize first = 0, last = 0;
  gint64 started, total = 0;
  double ratio;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--criteria="))
        n_criteria = (guint)g_ascii_strtoull (argv[i] + strlen ("--criteria="), NULL, 10);
      else if (g_str_has_prefix (argv[i], "--subjects="))
        n_subjects = (guint)g_ascii_strtoull (argv[i] + strlen ("--subjects="), NULL, 10);
      else if (g_str_has_prefix (argv[i], "--every="))
        every = (guint)g_ascii_strtoull (argv[i] + strlen ("--every="), NULL, 10);
      else if (g_str_equal (argv[i], "--phases"))
        phases = TRUE;
      else
        rounds = (guint)g_ascii_strtoull (argv[i], NULL, 10);
    }
  if (rounds < 2 || n_criteria < 200 || n_subjects < 2)
    {
      g_printerr ("usage: %s [ROUNDS>=2] [--criteria=N>=200] [--subjects=N>=2] [--every=N] [--phases]\n", argv[0]);
      return 2;
    }
  if (every == 0)
    every = MAX (rounds / 10, 1);
  round_usec = g_new0 (gint64, rounds);

  g_set_application_name ("Versus");
  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("versus-soak-XXXXXX", &error);
  g_assert_no_error (error);
  /* Two files taken in turn, so that every round opens another file. */
  paths[0] = g_build_filename (dir, "soak-a.json", NULL);
  paths[1] = g_build_filename (dir, "soak-b.json", NULL);

  window = vs_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-requirements", NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin ();

  g_print ("soak: %u rounds, %u subjects x %u criteria\n", rounds, n_subjects, n_criteria);
  for (guint round = 0; round < rounds; round++)
    {
      started = g_get_monotonic_time ();
      round_trip (window, round, paths[round % 2], dir, n_subjects, n_criteria);
      round_usec[round] = g_get_monotonic_time () - started;
      total += round_usec[round];
      if (round == 0)
        print_memory (1, first = resident_kib ());
      else if ((round + 1) % every == 0 && round + 1 < rounds)
        print_memory (round + 1, resident_kib ());
    }
  last = resident_kib ();
  ratio = first > 0 ? (double)last / first : 0.0;
  print_memory (rounds, last);
  g_print ("soak: end / round 1 = %.3f (limit %.2f)\n", ratio, MAX_GROWTH);
  g_print ("soak: %u rounds in %.1f s\n", rounds, total / 1e6);
  qsort (round_usec, rounds, sizeof *round_usec, compare_usec);
  g_print ("soak: round time min %.3f s, median %.3f s, max %.3f s\n",
           round_usec[0] / 1e6, round_usec[rounds / 2] / 1e6, round_usec[rounds - 1] / 1e6);
  if (phases)
    for (guint i = 0; i < N_PHASES; i++)
      g_print ("soak: %s: %.3f s per round\n", phase_names[i], phase_usec[i] / 1e6 / rounds);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  for (const char *name = NULL; ; )
    {
      g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

      if (listing == NULL || (name = g_dir_read_name (listing)) == NULL)
        break;
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);
        g_unlink (child);
      }
    }
  g_rmdir (dir);
  g_free (paths[0]);
  g_free (paths[1]);

  if (first == 0 || ratio > MAX_GROWTH)
    {
      g_printerr ("soak: resident memory grew from %" G_GSIZE_FORMAT " kB to %" G_GSIZE_FORMAT " kB\n",
                  first, last);
      return 1;
    }

  return 0;
}
