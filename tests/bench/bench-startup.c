/* bench-startup.c: time to first frame and peak memory, app against floors
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts each program several times and measures, from just before exec to
 * the "first-frame <monotonic usec>" line the program prints at the end of
 * its first painted frame (both sides read CLOCK_MONOTONIC), and its peak
 * resident memory (ru_maxrss of wait4: the program quits at that frame).
 * Programs whose figures are compared run in turns (see
 * measure_in_turns()).
 *
 *   floor-window gtk / adw      empty windows, the floors
 *   VERSUS_BENCH_FIRST_FRAME=1 versus [FILE]
 *   versus --rank / --version   the command line
 *   bench-startup --load-once F  one load of F in a fresh process, the
 *                                load the large file's target is set by
 *
 * Environment: VERSUS_BIN, VERSUS_BENCH_FLOOR_WINDOW (floor-window),
 * VERSUS_BENCH_DATA_DIR (generated files), VERSUS_BENCH_RUNS.
 */
#define _GNU_SOURCE  /* pipe2 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>

#include "bench-common.h"
#include "vs-comparison.h"
#include "vs-loader.h"

/* environ comes from <unistd.h> with _GNU_SOURCE. */

#define CHILD_TIMEOUT_S 120

typedef struct
{
  double first_frame_ms;  /* exec -> first frame, or < 0 when not printed */
  double window_frame_ms; /* exec -> the window's first frame (versus only), or < 0 */
  double wall_ms;         /* exec -> exit */
  double load_ms;         /* what "--load-once" printed, or < 0 */
  double maxrss_mib;
  int    status;
} ChildRun;

static gboolean
run_child (char     **argv,
           gboolean   want_frame,
           ChildRun  *run)
{
  posix_spawn_file_actions_t actions;
  int fds[2];
  pid_t pid;
  gint64 start, deadline;
  GString *out = g_string_new (NULL);
  struct rusage usage;
  const char *line;
  int err;

  memset (run, 0, sizeof *run);
  run->first_frame_ms = -1;
  run->window_frame_ms = -1;
  run->load_ms = -1;

  if (pipe2 (fds, O_CLOEXEC) != 0)
    return FALSE;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, fds[1], STDOUT_FILENO);

  start = g_get_monotonic_time ();
  err = posix_spawn (&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  close (fds[1]);
  if (err != 0)
    {
      g_printerr ("bench-startup: %s: %s\n", argv[0], g_strerror (err));
      close (fds[0]);
      g_string_free (out, TRUE);
      return FALSE;
    }

  /* Read everything it prints until it exits (or the deadline). */
  deadline = start + CHILD_TIMEOUT_S * G_USEC_PER_SEC;
  fcntl (fds[0], F_SETFL, O_NONBLOCK);
  for (;;)
    {
      char buf[4096];
      ssize_t n = read (fds[0], buf, sizeof buf);

      if (n > 0)
        {
          g_string_append_len (out, buf, n);
          continue;
        }
      if (n == 0)
        break;
      if (errno != EAGAIN && errno != EINTR)
        break;
      if (g_get_monotonic_time () > deadline)
        {
          g_printerr ("bench-startup: %s took over %d s, killed\n", argv[0], CHILD_TIMEOUT_S);
          kill (pid, SIGKILL);
          break;
        }
      /* Sleep until it writes: polling here took a share of a core from
       * the program being timed, and more from one with a second thread. */
      {
        GPollFD fd = { fds[0], G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };

        g_poll (&fd, 1, (int) MAX (1, (deadline - g_get_monotonic_time ()) / 1000));
      }
    }
  close (fds[0]);

  while (wait4 (pid, &run->status, 0, &usage) < 0 && errno == EINTR)
    ;
  run->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  run->maxrss_mib = usage.ru_maxrss / 1024.0;

  line = strstr (out->str, "first-frame ");
  if (line != NULL)
    {
      gint64 at = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);

      run->first_frame_ms = (at - start) / 1000.0;
    }
  line = strstr (out->str, "load-ms ");
  if (line != NULL)
    run->load_ms = g_ascii_strtod (line + strlen ("load-ms "), NULL);
  /* A --load-once run prints its load time and no frame. */
  if (want_frame && run->first_frame_ms < 0 && run->load_ms < 0)
    g_printerr ("bench-startup: %s printed no first-frame line\n", argv[0]);
  line = strstr (out->str, "window-frame ");
  if (line != NULL)
    run->window_frame_ms = (g_ascii_strtoll (line + strlen ("window-frame "), NULL, 10) - start) / 1000.0;

  g_string_free (out, TRUE);

  return WIFEXITED (run->status) && WEXITSTATUS (run->status) == 0 &&
         (!want_frame || run->first_frame_ms >= 0 || run->load_ms >= 0);
}

typedef struct
{
  BenchStats frame;
  BenchStats window;      /* valid when has_window */
  BenchStats rss;
  BenchStats wall;
  BenchStats load;        /* "--load-once" runs */
  gboolean   ok;
  gboolean   has_window;
} Measured;

/* Measures several programs @runs times each, in turns (a run of the
 * first, of the second, ..., then again), so that a busy spell on this
 * shared machine falls on all of them alike rather than on whichever was
 * being measured: their ratios are what the table reports. */
static void
measure_in_turns (char     **argvs[],
                  guint      n,
                  gboolean   want_frame,
                  guint      runs,
                  Measured  *out)
{
  g_autofree double *frame = g_new0 (double, runs * n);
  g_autofree double *window = g_new0 (double, runs * n);
  g_autofree double *rss = g_new0 (double, runs * n);
  g_autofree double *wall = g_new0 (double, runs * n);
  g_autofree double *load = g_new0 (double, runs * n);

  memset (out, 0, n * sizeof *out);
  for (guint p = 0; p < n; p++)
    out[p].ok = out[p].has_window = TRUE;

  for (guint i = 0; i < runs; i++)
    for (guint p = 0; p < n; p++)
      {
        ChildRun run;

        if (!out[p].ok)
          continue;
        if (!run_child (argvs[p], want_frame, &run))
          {
            out[p].ok = FALSE;
            continue;
          }
        frame[p * runs + i] = run.first_frame_ms;
        window[p * runs + i] = run.window_frame_ms;
        out[p].has_window = out[p].has_window && run.window_frame_ms >= 0;
        rss[p * runs + i] = run.maxrss_mib;
        wall[p * runs + i] = run.wall_ms;
        load[p * runs + i] = run.load_ms;
      }

  for (guint p = 0; p < n; p++)
    if (out[p].ok)
      {
        out[p].frame = bench_stats (frame + p * runs, runs);
        if (out[p].has_window)
          out[p].window = bench_stats (window + p * runs, runs);
        out[p].rss = bench_stats (rss + p * runs, runs);
        out[p].wall = bench_stats (wall + p * runs, runs);
        out[p].load = bench_stats (load + p * runs, runs);
      }
}

/* "--load-once PATH": one vs_load_file() in a process of its own, as
 * the app does at startup; prints "load-ms <ms>". */
static int
load_once (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  double t0 = bench_now_ms ();

  comparison = vs_load_file (file, NULL, NULL, &error);
  if (comparison == NULL)
    {
      g_printerr ("bench-startup: %s: %s\n", path, error->message);
      return 1;
    }
  printf ("load-ms %.3f\n", bench_now_ms () - t0);
  return 0;
}

/* Times of vs_load_file on @path, one after the other in this process
 * (after the first, a load reuses memory the one before freed); a median
 * of -1 if it fails. */
static BenchStats
load_time_ms (const char *path,
              guint       runs)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree double *times = g_new0 (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VsComparison) comparison = NULL;
      double t0 = bench_now_ms ();

      comparison = vs_load_file (file, NULL, NULL, &error);
      times[i] = bench_now_ms () - t0;
      if (comparison == NULL)
        {
          g_printerr ("bench-startup: %s: %s\n", path, error->message);
          return bench_stats_one (-1);
        }
    }

  return bench_stats (times, runs);
}

int
main (int    argc,
      char **argv)
{
  const char *versus = g_getenv ("VERSUS_BIN");
  const char *floor_bin = g_getenv ("VERSUS_BENCH_FLOOR_WINDOW");
  g_autofree char *large = bench_data_path ("bench-8x100000.json");
  guint runs = bench_runs (7);
  int failures = 0;
  Measured gtk_floor, adw_floor, adw_text, app, app_large, rank, version;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  if (argc == 3 && strcmp (argv[1], "--load-once") == 0)
    return load_once (argv[2]);

  if (versus == NULL || floor_bin == NULL)
    {
      g_printerr ("bench-startup: set VERSUS_BIN and VERSUS_BENCH_FLOOR_WINDOW\n");
      return 2;
    }

  /* Floors and app drawn the same way: no GPU, cairo. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);

  bench_print_header ();

  /* The floors, the reference and the app in turns; the floors do not
   * read VERSUS_BENCH_FIRST_FRAME (they always print their first frame). */
  g_setenv ("VERSUS_BENCH_FIRST_FRAME", "1", TRUE);
  {
    char *a_gtk[] = { (char *) floor_bin, (char *) "gtk", NULL };
    char *a_adw[] = { (char *) floor_bin, (char *) "adw", NULL };
    char *a_text[] = { (char *) floor_bin, (char *) "adw-text", NULL };
    char *a_app[] = { (char *) versus, NULL };
    char **argvs[] = { a_gtk, a_adw, a_text, a_app };
    Measured measured[G_N_ELEMENTS (argvs)];

    measure_in_turns (argvs, G_N_ELEMENTS (argvs), TRUE, runs, measured);
    gtk_floor = measured[0];
    adw_floor = measured[1];
    adw_text = measured[2];
    app = measured[3];
  }
  if (!gtk_floor.ok || !adw_floor.ok)
    {
      g_printerr ("bench-startup: the floor windows did not start (is there a display?)\n");
      return 1;
    }

  bench_print_row ("startup floor: empty GtkApplicationWindow", BENCH_UNIT_MS,
                   &gtk_floor.frame, NULL, 0, 0, NULL, BENCH_INFO);
  bench_print_row ("startup floor: empty AdwApplicationWindow", BENCH_UNIT_MS,
                   &adw_floor.frame, NULL, 0, 0, NULL, BENCH_INFO);
  /* For scale: what a header bar and some lines of text cost over the
   * empty window, the least a window showing a comparison has. */
  if (adw_text.ok)
    bench_print_row ("  ref: Adw window + header bar + 30 labels", BENCH_UNIT_MS,
                     &adw_text.frame, "empty AdwApplicationWindow",
                     adw_floor.frame.median, adw_text.frame.median / adw_floor.frame.median,
                     NULL, BENCH_INFO);
  bench_print_row ("peak RSS floor: empty GtkApplicationWindow", BENCH_UNIT_MIB,
                   &gtk_floor.rss, NULL, 0, 0, NULL, BENCH_INFO);
  bench_print_row ("peak RSS floor: empty AdwApplicationWindow", BENCH_UNIT_MIB,
                   &adw_floor.rss, NULL, 0, 0, NULL, BENCH_INFO);

  if (app.ok)
    {
      double ratio = app.frame.median / adw_floor.frame.median;
      double extra = app.rss.median - adw_floor.rss.median;

      bench_print_row ("startup: versus (bundled) to first frame", BENCH_UNIT_MS,
                       &app.frame, "empty AdwApplicationWindow",
                       adw_floor.frame.median, ratio, "<= 1.25x floor",
                       ratio <= 1.25);
      bench_print_row ("peak RSS at first frame: versus (bundled)", BENCH_UNIT_MIB,
                       &app.rss, "empty AdwApplicationWindow",
                       adw_floor.rss.median, app.rss.median / adw_floor.rss.median,
                       "<= floor + 15 MiB", extra <= 15.0);
    }
  else
    {
      bench_print_note ("versus did not print \"first-frame\" with VERSUS_BENCH_FIRST_FRAME=1: "
                        "app startup not measured");
      failures++;
    }

  if (g_file_test (large, G_FILE_TEST_EXISTS))
    {
      /* The load the app makes is the first in its process: timed in a
       * process of its own each time, in turns with the app. In one
       * process the loads after the first reuse the pages the one before
       * freed: 20 to 30 % faster on a machine where a page fault is dear,
       * shown for scale. */
      char *a_load[] = { self_path ? self_path : argv[0], (char *) "--load-once", large, NULL };
      char *a_large[] = { (char *) versus, large, NULL };
      char **argvs[] = { a_load, a_large };
      Measured measured[G_N_ELEMENTS (argvs)];
      BenchStats load, warm_load = load_time_ms (large, 3);

      measure_in_turns (argvs, G_N_ELEMENTS (argvs), TRUE, MAX (runs / 2, 3), measured);
      load = measured[0].load;
      app_large = measured[1];
      if (measured[0].ok && app_large.ok && load.median > 0)
        {
          double target = adw_floor.frame.median + 1.3 * load.median;

          bench_print_row ("  load (vs_load_file) of 8 x 100,000", BENCH_UNIT_MS,
                           &load, NULL, 0, 0, NULL, BENCH_INFO);
          bench_print_row ("  load again, same process (for scale)", BENCH_UNIT_MS,
                           &warm_load, "first load in a process", load.median,
                           warm_load.median / load.median, NULL, BENCH_INFO);
          /* The window is up, saying it is loading, long before. */
          if (app_large.has_window)
            bench_print_row ("  window on screen (loading): 8 x 100,000", BENCH_UNIT_MS,
                             &app_large.window, "empty AdwApplicationWindow",
                             adw_floor.frame.median,
                             app_large.window.median / adw_floor.frame.median,
                             NULL, BENCH_INFO);
          bench_print_row ("startup: versus 8 x 100,000 to first frame", BENCH_UNIT_MS,
                           &app_large.frame, "Adw floor + 1.3 x load",
                           target, app_large.frame.median / target,
                           "<= 1.00x (floor+1.3 load)",
                           app_large.frame.median <= target);
          bench_print_row ("peak RSS at first frame: versus 8 x 100,000", BENCH_UNIT_MIB,
                           &app_large.rss, "empty AdwApplicationWindow",
                           adw_floor.rss.median,
                           app_large.rss.median / adw_floor.rss.median,
                           NULL, BENCH_INFO);
        }
      else
        {
          bench_print_note ("versus %s: no first frame", large);
          failures++;
        }
    }
  g_unsetenv ("VERSUS_BENCH_FIRST_FRAME");

  {
    guint cli_runs = bench_runs (7) * 3;
    char *a_rank[] = { (char *) versus, (char *) "--rank", NULL };
    char *a_version[] = { (char *) versus, (char *) "--version", NULL };

    char **argvs[] = { a_version, a_rank };
    Measured measured[G_N_ELEMENTS (argvs)];

    measure_in_turns (argvs, G_N_ELEMENTS (argvs), FALSE, cli_runs, measured);
    version = measured[0];
    rank = measured[1];
    if (version.ok && rank.ok)
      {
        double ratio = rank.wall.median / version.wall.median;

        bench_print_row ("cli floor: versus --version", BENCH_UNIT_MS,
                         &version.wall, NULL, 0, 0, NULL, BENCH_INFO);
        bench_print_row ("cli: versus --rank (bundled)", BENCH_UNIT_MS,
                         &rank.wall, "versus --version",
                         version.wall.median, ratio, "<= 1.5x floor", ratio <= 1.5);
      }
    else
      {
        bench_print_note ("versus --rank or --version failed: command line not measured");
        failures++;
      }
  }

  return failures > 0 ? 1 : 0;
}
