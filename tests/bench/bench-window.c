/* bench-window.c: interaction in the real window, model update + next frame
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the app's VsWindow (from the app's static library) on a large
 * comparison, then drives it as a person would: a tick, switching a tick
 * between must-have and nice-to-have, "only differences", sorting the
 * shown category by a subject column, and typing a letter in the
 * requirement search. Each is measured from the action to the end of the
 * next painted frame (a redraw is queued with the action, so a frame
 * always comes), median of several runs, the window idle before each
 * action (see settle()), as it is when a person clicks. Two figures each:
 * the work (CPU time of the main thread over that span, which is what
 * must fit in a frame) and the latency (wall time, which adds GDK's frame
 * pacing and whatever else the machine runs).
 *
 * Usage: bench-window [FILE]   (default: VERSUS_BENCH_WINDOW_FILE, else
 *                               bench-8x100000.json in VERSUS_BENCH_DATA_DIR)
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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
static guint n_painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
  n_painted++;
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

static gboolean
settled_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* GDK's frame clock paces frames: a frame asked for right after another
 * starts a refresh interval (16.7 ms) after it, whatever the work. So an
 * action taken at the end of a frame, or during an animation (a toggle
 * button's 200 ms style transition), would measure that wait, not the
 * work. Every action is taken as a person's click is: with the window
 * idle, here once 50 ms (three intervals) have passed without a frame,
 * the main loop running meanwhile; two seconds at most. */
static void
settle (void)
{
  for (guint i = 0; i < 40; i++)
    {
      gboolean settled = FALSE;
      guint before = n_painted;

      g_timeout_add (50, settled_cb, &settled);
      while (!settled)
        g_main_context_iteration (NULL, TRUE);
      if (n_painted == before)
        return;
    }
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

typedef struct
{
  GtkWidget           *window;
  VsComparison        *comparison;
  VsComparisonTable   *table;
  VsRequirementsPanel *panel;
  guint                n_criteria;
  guint                n_subjects;
} Context;

typedef void (*Action) (Context *ctx, guint run);

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Runs @action @runs times, each with the window idle before it, and
 * prints two rows: the work (CPU time of the main thread from the action
 * to the end of the next painted frame: the model update, the layout and
 * the painting; compared with the frame budget) and the latency (wall
 * time over the same span, which includes GDK's frame pacing and the
 * machine's other load; for information). */
static void
measure (Context    *ctx,
         const char *profile,
         const char *figure,
         Action      action,
         Action      reset,
         guint       runs,
         double      budget_ms)
{
  g_autofree double *work = g_new0 (double, runs);
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree char *work_figure = g_strdup_printf ("%s: work", figure);
  g_autofree char *wall_figure = g_strdup_printf ("%s: latency", figure);
  BenchStats s;

  for (guint i = 0; i < runs; i++)
    {
      double t0, c0;

      if (reset != NULL)
        reset (ctx, i);
      settle ();
      profile_toggle (profile);
      t0 = bench_now_ms ();
      c0 = thread_cpu_ms ();
      action (ctx, i);
      wait_for_frame (ctx->window);
      work[i] = thread_cpu_ms () - c0;
      wall[i] = bench_now_ms () - t0;
      profile_toggle (profile);
    }

  bench_print_budget (work_figure, work, runs, budget_ms);
  s = bench_stats (wall, runs);
  bench_print_row (wall_figure, BENCH_UNIT_MS, &s, NULL, 0, 0, NULL, BENCH_INFO);
}

static void
do_tick (Context *ctx, guint run)
{
  VsCriterion *c = vs_comparison_get_criterion (ctx->comparison, (run * 7919 + 13) % ctx->n_criteria);

  set_requirement (ctx->window, vs_criterion_get_id (c), VS_REQUIREMENT_NICE);
}

static void
do_switch (Context *ctx, guint run)
{
  VsCriterion *c = vs_comparison_get_criterion (ctx->comparison, 13 % ctx->n_criteria);

  set_requirement (ctx->window, vs_criterion_get_id (c),
                   run % 2 ? VS_REQUIREMENT_NICE : VS_REQUIREMENT_MUST);
}

static void
do_differences (Context *ctx, guint run)
{
  vs_window_set_only_differences (VS_WINDOW (ctx->window), run % 2 == 0);
}

static void
do_sort (Context *ctx, guint run)
{
  GtkColumnViewColumn *column = vs_comparison_table_get_column (ctx->table, (int) (run % ctx->n_subjects));

  gtk_column_view_sort_by_column (vs_comparison_table_get_column_view (ctx->table), column,
                                  run % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* A letter typed into an empty search (clear_search() empties it before
 * each run, outside the measured span). */
static void
clear_search (Context *ctx, guint run)
{
  vs_requirements_panel_set_search (ctx->panel, "");
  wait_for_frame (ctx->window);
}

static void
do_search (Context *ctx, guint run)
{
  const char letters[] = "aeiostrn";
  char needle[2] = { letters[run % (sizeof letters - 1)], '\0' };

  vs_requirements_panel_set_search (ctx->panel, needle);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *window;
  VsComparison *comparison;
  Context ctx = { 0 };
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
  /* The lists build their rows over the first frames after a load. */
  for (guint i = 0; i < 20; i++)
    settle ();

  ctx.window = window;
  ctx.comparison = comparison;
  ctx.n_criteria = n_criteria;
  ctx.n_subjects = n_subjects;
  ctx.table = VS_COMPARISON_TABLE (vs_window_get_table (VS_WINDOW (window), 0));
  ctx.panel = VS_REQUIREMENTS_PANEL (vs_window_get_requirements_panel (VS_WINDOW (window)));

  measure (&ctx, "tick", "window: tick a criterion", do_tick, NULL, runs, 16);
  measure (&ctx, "switch", "window: switch must/nice", do_switch, NULL, runs, 16);
  measure (&ctx, "differences", "window: only differences on/off", do_differences, NULL, runs, 16);
  vs_window_set_only_differences (VS_WINDOW (window), FALSE);
  wait_for_frame (window);
  {
    g_autofree char *figure = g_strdup_printf ("window: sort a category (%u rows)",
                                               g_list_model_get_n_items (vs_comparison_table_get_model (ctx.table)));

    measure (&ctx, "sort", figure, do_sort, NULL, runs, 100);
  }
  measure (&ctx, "search", "window: search requirements, a letter", do_search, clear_search, runs, 16);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
