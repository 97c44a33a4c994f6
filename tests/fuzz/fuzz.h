/* fuzz.h: what the fuzz targets share
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target defines LLVMFuzzerTestOneInput(). Built with -Dfuzzing=true
 * (clang), libFuzzer supplies main(); otherwise driver.c does, and replays
 * the committed corpus and regressions as ordinary GLib tests.
 */
#pragma once

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const unsigned char *data,
                            size_t               size);

/* A harness name for FUZZ_CHECK's message. */
#define FUZZ_FILE_NAME "fuzz-input.json"

/* Warnings and criticals from GLib or the core are bugs for a fuzzer: the
 * core must turn a bad file into a GError, never into a g_warning nor a
 * failed precondition. Making them fatal turns them into crashes that
 * libFuzzer records. */
static inline void
fuzz_init (void)
{
  static gboolean done = FALSE;

  if (G_LIKELY (done))
    return;
  done = TRUE;

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

G_GNUC_NORETURN static inline void
fuzz_fail (const char *file,
           int         line,
           const char *expression)
{
  fprintf (stderr, "%s:%d: invariant failed: %s\n", file, line, expression);
  abort ();
}

/* An invariant of the code under test. Unlike g_assert() it stays on
 * whatever G_DISABLE_ASSERT says, and it aborts, which libFuzzer reports
 * as a crash with the input that caused it. */
#define FUZZ_CHECK(expr) \
  G_STMT_START { \
    if (G_UNLIKELY (!(expr))) \
      fuzz_fail (__FILE__, __LINE__, #expr); \
  } G_STMT_END

/* Whether fuzz-rank-report lays out and draws the PDF (slow: see there). */
static inline gboolean
fuzz_pdf_enabled (void)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_strcmp0 (g_getenv ("VERSUS_FUZZ_PDF"), "1") == 0;

  return enabled;
}

/* Text that reaches a person (a label, a file) must be valid UTF-8 even
 * when the input was not. */
static inline gboolean
fuzz_text_is_valid (const char *text)
{
  return text != NULL && g_utf8_validate (text, -1, NULL);
}
