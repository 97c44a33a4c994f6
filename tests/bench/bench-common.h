/* bench-common.h: timing, memory and the table every benchmark prints
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Several runs of one figure: min, median and max show the noise. */
typedef struct
{
  double min;
  double median;
  double max;
  guint  n;
} BenchStats;

typedef enum
{
  BENCH_UNIT_MS,
  BENCH_UNIT_US,
  BENCH_UNIT_MIB,
} BenchUnit;

guint       bench_runs            (guint        fallback);
double      bench_now_ms          (void);
BenchStats  bench_stats           (const double *values,
                                   guint         n);
BenchStats  bench_stats_one       (double       value);
gint64      bench_proc_status_kib (const char  *field);
void        bench_print_header    (void);
void        bench_print_row       (const char       *figure,
                                   BenchUnit         unit,
                                   const BenchStats *value,
                                   const char       *floor_name,
                                   double            floor_value,
                                   double            ratio,
                                   const char       *target,
                                   int               met);
void        bench_print_budget    (const char       *figure,
                                   const double     *times_ms,
                                   guint             runs,
                                   double            budget_ms);
void        bench_print_note      (const char       *format,
                                   ...) G_GNUC_PRINTF (1, 2);
char       *bench_data_path       (const char       *name);

/* met: 1 met, 0 missed, -1 no target (information only) */
#define BENCH_INFO (-1)

G_END_DECLS
