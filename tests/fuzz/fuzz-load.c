/* fuzz-load.c: any bytes through the loader
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader is the one part of Versus that reads what a stranger wrote.
 * Whatever the bytes, vs_load_bytes() must return either a comparison or
 * an error (never both, never neither), with readable diagnostics, and
 * must not crash, leak or hang.
 */
#include "fuzz.h"

#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-loader.h"
#include "vs-subject.h"

static void
check_diagnostics (GPtrArray *diagnostics)
{
  if (diagnostics == NULL)
    return;

  for (guint i = 0; i < diagnostics->len; i++)
    {
      const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);
      g_autofree char *formatted = NULL;

      FUZZ_CHECK (diagnostic != NULL);
      FUZZ_CHECK (diagnostic->severity == VS_DIAGNOSTIC_ERROR ||
                  diagnostic->severity == VS_DIAGNOSTIC_WARNING);
      FUZZ_CHECK (fuzz_text_is_valid (diagnostic->message));
      FUZZ_CHECK (diagnostic->message[0] != '\0');
      FUZZ_CHECK (diagnostic->path == NULL || fuzz_text_is_valid (diagnostic->path));
      FUZZ_CHECK (diagnostic->path == NULL || diagnostic->path[0] == '$');

      /* What the command line and the window show. */
      formatted = vs_diagnostic_format (diagnostic, FUZZ_FILE_NAME);
      FUZZ_CHECK (fuzz_text_is_valid (formatted));
    }
}

/* A comparison that loaded is one the rest of the app may trust. */
static void
check_comparison (VsComparison *comparison)
{
  guint n_subjects = vs_comparison_get_n_subjects (comparison);
  guint n_criteria = vs_comparison_get_n_criteria (comparison);

  FUZZ_CHECK (n_subjects >= VS_MIN_SUBJECTS && n_subjects <= VS_MAX_SUBJECTS);
  FUZZ_CHECK (n_criteria <= VS_MAX_CRITERIA);
  FUZZ_CHECK (fuzz_text_is_valid (vs_comparison_get_title (comparison)));

  for (guint s = 0; s < n_subjects; s++)
    {
      VsSubject *subject = vs_comparison_get_subject (comparison, s);

      FUZZ_CHECK (subject != NULL);
      FUZZ_CHECK (vs_subject_get_index (subject) == s);
      FUZZ_CHECK (fuzz_text_is_valid (vs_subject_get_name (subject)));
      /* Ids are unique: a lookup finds this subject and no other. */
      FUZZ_CHECK (vs_comparison_find_subject (comparison, vs_subject_get_id (subject)) == subject);
    }

  for (guint c = 0; c < n_criteria; c++)
    {
      VsCriterion *criterion = vs_comparison_get_criterion (comparison, c);

      FUZZ_CHECK (criterion != NULL);
      FUZZ_CHECK (vs_criterion_get_n_subjects (criterion) == n_subjects);
      FUZZ_CHECK (fuzz_text_is_valid (vs_criterion_get_name (criterion)));
      FUZZ_CHECK (vs_comparison_find_criterion (comparison, vs_criterion_get_id (criterion)) == criterion);

      for (guint s = 0; s < n_subjects; s++)
        {
          VsLevel level = vs_criterion_get_level (criterion, s);
          const char *note = vs_criterion_get_note (criterion, s);

          FUZZ_CHECK (level >= VS_LEVEL_UNKNOWN && level <= VS_LEVEL_YES);
          FUZZ_CHECK (note == NULL || fuzz_text_is_valid (note));
        }
    }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;

  fuzz_init ();

  /* Not copied: libFuzzer's buffer is exactly @size long, so a read past
   * the end (a missing NUL terminator) is an ASan error. */
  bytes = g_bytes_new_static (data, size);
  comparison = vs_load_bytes (bytes, FUZZ_FILE_NAME, &diagnostics, &error);

  FUZZ_CHECK ((comparison == NULL) != (error == NULL));
  check_diagnostics (diagnostics);

  if (comparison != NULL)
    {
      check_comparison (comparison);
    }
  else
    {
      FUZZ_CHECK (error->domain == VS_LOADER_ERROR);
      FUZZ_CHECK (fuzz_text_is_valid (error->message));
    }

  return 0;
}
