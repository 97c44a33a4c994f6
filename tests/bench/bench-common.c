/* bench-common.c: timing, memory and the table every benchmark prints
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"

/* VERSUS_BENCH_RUNS overrides how many times each figure is measured. */
guint
bench_runs (guint fallback)
{
  const char *env = g_getenv ("VERSUS_BENCH_RUNS");
  guint64 n;

  if (env == NULL || !g_ascii_string_to_unsigned (env, 10, 1, 1000, &n, NULL))
    return fallback;

  return (guint) n;
}

double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

BenchStats
bench_stats (const double *values,
             guint         n)
{
  BenchStats stats = { 0, 0, 0, n };
  g_autofree double *sorted = NULL;

  if (n == 0)
    return stats;

  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  stats.min = sorted[0];
  stats.max = sorted[n - 1];
  stats.median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;

  return stats;
}

BenchStats
bench_stats_one (double value)
{
  return bench_stats (&value, 1);
}

/* A "VmHWM:   1234 kB" line of /proc/self/status, in KiB, or -1. */
gint64
bench_proc_status_kib (const char *field)
{
  g_autofree char *contents = NULL;
  gsize field_len = strlen (field);

  if (!g_file_get_contents ("/proc/self/status", &contents, NULL, NULL))
    return -1;

  for (const char *line = contents; line != NULL && *line != '\0'; )
    {
      const char *next = strchr (line, '\n');

      if (strncmp (line, field, field_len) == 0 && line[field_len] == ':')
        return g_ascii_strtoll (line + field_len + 1, NULL, 10);

      line = next ? next + 1 : NULL;
    }

  return -1;
}

static void
format_value (char       *buf,
              gsize       size,
              BenchUnit   unit,
              double      value)
{
  switch (unit)
    {
    case BENCH_UNIT_MS:
      g_snprintf (buf, size, "%.2f ms", value);
      break;
    case BENCH_UNIT_US:
      g_snprintf (buf, size, "%.1f us", value);
      break;
    case BENCH_UNIT_MIB:
      g_snprintf (buf, size, "%.1f MiB", value);
      break;
    default:
      g_snprintf (buf, size, "%g", value);
      break;
    }
}

void
bench_print_header (void)
{
  printf ("%-46s %11s %11s %11s | %-26s %11s %7s | %-22s %s\n",
          "figure", "min", "median", "max", "floor", "floor med", "ratio",
          "target", "result");
  fflush (stdout);
}

void
bench_print_row (const char       *figure,
                 BenchUnit         unit,
                 const BenchStats *value,
                 const char       *floor_name,
                 double            floor_value,
                 double            ratio,
                 const char       *target,
                 int               met)
{
  char min[32], median[32], max[32], floor_str[32] = "", ratio_str[32] = "";

  format_value (min, sizeof min, unit, value->min);
  format_value (median, sizeof median, unit, value->median);
  format_value (max, sizeof max, unit, value->max);
  if (floor_name != NULL)
    {
      format_value (floor_str, sizeof floor_str, unit, floor_value);
      g_snprintf (ratio_str, sizeof ratio_str, "%.2fx", ratio);
    }

  printf ("%-46s %11s %11s %11s | %-26s %11s %7s | %-22s %s\n",
          figure, min, median, max,
          floor_name ? floor_name : "-", floor_str, ratio_str,
          target ? target : "-",
          met > 0 ? "met" : met == 0 ? "MISSED" : "info");
  fflush (stdout);
}

/* An interaction: median time against a time budget (a frame: 16 ms). */
void
bench_print_budget (const char   *figure,
                    const double *times_ms,
                    guint         runs,
                    double        budget_ms)
{
  BenchStats s = bench_stats (times_ms, runs);
  g_autofree char *target = g_strdup_printf ("<= %.0f ms", budget_ms);

  bench_print_row (figure, BENCH_UNIT_MS, &s, "frame budget", budget_ms,
                   s.median / budget_ms, target, s.median <= budget_ms);
}

void
bench_print_note (const char *format,
                  ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  printf ("# %s\n", text);
  fflush (stdout);
}

/* Generated files live in the build directory: VERSUS_BENCH_DATA_DIR, set
 * by meson and run-benchmarks.sh, else the current directory. */
char *
bench_data_path (const char *name)
{
  const char *dir = g_getenv ("VERSUS_BENCH_DATA_DIR");

  return g_build_filename (dir ? dir : ".", name, NULL);
}
