/* bench-window.c: interaction in the real window, model update + next frame
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the app's VsWindow (from the app's static library) on a large
 * comparison, then drives it as a person would: a tick, switching a tick
 * between must-have and nice-to-have, "only differences", sorting the
 * shown category by a subject column, and typing a letter in the
 * requirement search. Each figure is the time from the action to the end
 * of the next painted frame (a redraw is queued with the action, so a
 * frame always comes), median of several runs.
 *
 * Usage: bench-window [FILE]   (default: VERSUS_BENCH_WINDOW_FILE, else
 *                               bench-8x100000.json in VERSUS_BENCH_DATA_DIR)
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "bench-common.h"
#include "versus-core.h"
#include "vs-comparison-table.h"
#include "vs-requirements-panel.h"
#include "vs-window.h"

#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#endif

#define LOAD_LIMIT_S 600

/* VERSUS_BENCH_PROFILE=tick (or switch, differences, sort, search) under
 * `valgrind --tool=callgrind --collect-atstart=no` collects only that
 * interaction: instruction counts that do not depend on the machine's load. */
static void
profile_toggle (const char *figure)
{
#ifdef HAVE_CALLGRIND_H
  if (g_strcmp0 (g_getenv ("VERSUS_BENCH_PROFILE"), figure) == 0)
    CALLGRIND_TOGGLE_COLLECT;
#endif
}

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

/* Runs the main loop until the window has painted a frame after now. */
static void
wait_for_frame (GtkWidget *window)
{
  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

static double
time_to_frame_ms (GtkWidget *window,
                  double     t0)
{
  wait_for_frame (window);
  return bench_now_ms () - t0;
}

static void
set_requirement (GtkWidget         *window,
                 const char        *id,
                 VsRequirementKind  kind)
{
  gtk_widget_activate_action (window, "win.set-requirement", "(sui)",
                              id, (guint32) kind, (gint32) 1);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree double *t = NULL;
  GtkWidget *window;
  VsComparison *comparison;
  VsComparisonTable *table;
  GtkColumnView *column_view;
  guint runs = bench_runs (5);
  guint n_criteria, n_subjects;
  gint64 deadline;
  double t0, open_ms;
  BenchStats s;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else if (g_getenv ("VERSUS_BENCH_WINDOW_FILE") != NULL)
    path = g_strdup (g_getenv ("VERSUS_BENCH_WINDOW_FILE"));
  else
    path = bench_data_path ("bench-8x100000.json");

  gtk_init ();
  adw_init ();

  bench_print_header ();
  t = g_new0 (double, runs);
  file = g_file_new_for_path (path);

  window = GTK_WIDGET (vs_window_new (NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);

  t0 = bench_now_ms ();
  vs_window_open_file (VS_WINDOW (window), file);
  deadline = g_get_monotonic_time () + LOAD_LIMIT_S * G_USEC_PER_SEC;
  while (vs_window_is_loading (VS_WINDOW (window)) ||
         vs_window_get_comparison (VS_WINDOW (window)) == NULL)
    {
      if (vs_window_get_error_text (VS_WINDOW (window)) != NULL)
        {
          g_printerr ("bench-window: %s: %s\n", path,
                      vs_window_get_error_text (VS_WINDOW (window)));
          return 1;
        }
      if (g_get_monotonic_time () > deadline)
        {
          g_printerr ("bench-window: %s did not load within %d s\n", path, LOAD_LIMIT_S);
          return 1;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  open_ms = time_to_frame_ms (window, t0);

  comparison = vs_window_get_comparison (VS_WINDOW (window));
  n_criteria = vs_comparison_get_n_criteria (comparison);
  n_subjects = vs_comparison_get_n_subjects (comparison);
  bench_print_note ("in the window: %u subjects x %u criteria, action -> next painted frame",
                    n_subjects, n_criteria);
  s = bench_stats_one (open_ms);
  bench_print_row ("window: open file -> loaded -> frame", BENCH_UNIT_MS, &s,
                   NULL, 0, 0, NULL, BENCH_INFO);

  /* Ten ticks first, as after a person has chosen a few. */
  for (guint i = 0; i < 10; i++)
    set_requirement (window,
                     vs_criterion_get_id (vs_comparison_get_criterion (comparison, (i * 997) % n_criteria)),
                     i % 3 ? VS_REQUIREMENT_NICE : VS_REQUIREMENT_MUST);
  wait_for_frame (window);

  for (guint i = 0; i < runs; i++)
    {
      VsCriterion *c = vs_comparison_get_criterion (comparison, (i * 7919 + 13) % n_criteria);

      profile_toggle ("tick");
      t0 = bench_now_ms ();
      set_requirement (window, vs_criterion_get_id (c), VS_REQUIREMENT_NICE);
      t[i] = time_to_frame_ms (window, t0);
      profile_toggle ("tick");
    }
  bench_print_budget ("window: tick a criterion", t, runs, 16);

  for (guint i = 0; i < runs; i++)
    {
      VsCriterion *c = vs_comparison_get_criterion (comparison, 13 % n_criteria);

      profile_toggle ("switch");
      t0 = bench_now_ms ();
      set_requirement (window, vs_criterion_get_id (c),
                       i % 2 ? VS_REQUIREMENT_NICE : VS_REQUIREMENT_MUST);
      t[i] = time_to_frame_ms (window, t0);
      profile_toggle ("switch");
    }
  bench_print_budget ("window: switch must/nice", t, runs, 16);

  for (guint i = 0; i < runs; i++)
    {
      profile_toggle ("differences");
      t0 = bench_now_ms ();
      vs_window_set_only_differences (VS_WINDOW (window), i % 2 == 0);
      t[i] = time_to_frame_ms (window, t0);
      profile_toggle ("differences");
    }
  vs_window_set_only_differences (VS_WINDOW (window), FALSE);
  wait_for_frame (window);
  bench_print_budget ("window: only differences on/off", t, runs, 16);

  table = VS_COMPARISON_TABLE (vs_window_get_table (VS_WINDOW (window), 0));
  column_view = vs_comparison_table_get_column_view (table);
  for (guint i = 0; i < runs; i++)
    {
      GtkColumnViewColumn *column = vs_comparison_table_get_column (table, (int) (i % n_subjects));

      profile_toggle ("sort");
      t0 = bench_now_ms ();
      gtk_column_view_sort_by_column (column_view, column,
                                      i % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
      t[i] = time_to_frame_ms (window, t0);
      profile_toggle ("sort");
    }
  {
    g_autofree char *figure = g_strdup_printf ("window: sort a category (%u rows) by subject",
                                               g_list_model_get_n_items (vs_comparison_table_get_model (table)));

    bench_print_budget (figure, t, runs, 100);
  }

  {
    VsRequirementsPanel *panel =
      VS_REQUIREMENTS_PANEL (vs_window_get_requirements_panel (VS_WINDOW (window)));

    for (guint i = 0; i < runs; i++)
      {
        const char letters[] = "aeiostrn";
        char needle[2] = { letters[i % (sizeof letters - 1)], '\0' };

        profile_toggle ("search");
        t0 = bench_now_ms ();
        vs_requirements_panel_set_search (panel, needle);
        t[i] = time_to_frame_ms (window, t0);
        profile_toggle ("search");
        vs_requirements_panel_set_search (panel, "");
        wait_for_frame (window);
      }
    bench_print_budget ("window: search requirements by a letter", t, runs, 16);
  }

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
