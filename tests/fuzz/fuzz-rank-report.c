/* fuzz-rank-report.c: a comparison and a selection through the ranking
 * and every report
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a header of FUZZ_HEADER_SIZE bytes followed by the bytes
 * of a comparison file. When the file loads, the header says which
 * criteria are ticked (nice or must, with a weight), which subjects are
 * hidden and how a table is sorted; then the ranking, its texts and JSON,
 * and the Markdown, CSV, decision-record and PDF reports are made, and
 * their documented properties checked.
 *
 * Header:
 *   [0]  flags: FLAG_* below; bits 5-7 hide subjects 0, 1 and 2
 *   [1]  sort: low nibble a category index, high nibble a column + 3
 *        (so VS_SORT_CATEGORY .. subject 12)
 *   [2]  8 pairs (criterion index modulo the number of criteria,
 *        mode): mode & 3 is none, nice, must, or none again; mode >> 2 is
 *        the weight, out of range on purpose (the selection clamps it)
 *
 * The PDF is laid out and drawn only when VERSUS_FUZZ_PDF=1 (the replay
 * driver sets it): each report makes its own pango font map, which costs
 * about 0.15 s an input here, against 2 ms for everything else, so a
 * fuzzing run with the PDF on spends nearly all its time in fontconfig.
 */
#include "fuzz.h"

#include <cairo.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-loader.h"
#include "vs-ranking.h"
#include "vs-report.h"
#include "vs-selection.h"
#include "vs-subject.h"
#include "vs-view.h"

#define FUZZ_N_TICKS     8
#define FUZZ_HEADER_SIZE (2 + 2 * FUZZ_N_TICKS)

enum
{
  FLAG_ONLY_DIFFERENCES = 1 << 0,
  FLAG_STALE_TICK       = 1 << 1,
  FLAG_PDF              = 1 << 2,
  FLAG_DESCENDING       = 1 << 3,
  FLAG_LETTER           = 1 << 4,
};
#define FLAG_HIDE_SHIFT 5

/* Pages drawn at most: the first ones and the last. Laying out every page
 * of a large file with pango would make most inputs slow without reaching
 * new code. */
#define FUZZ_MAX_PAGES 3

static VsSelection *
selection_from_header (VsComparison        *comparison,
                       const unsigned char *header)
{
  VsSelection *selection = vs_selection_new ();
  guint n_criteria = vs_comparison_get_n_criteria (comparison);

  if (header[0] & FLAG_STALE_TICK)
    vs_selection_set (selection, "not-in-this-file", VS_REQUIREMENT_MUST, VS_WEIGHT_MAX);

  if (n_criteria == 0)
    return selection;

  for (guint i = 0; i < FUZZ_N_TICKS; i++)
    {
      guint index = header[2 + 2 * i] % n_criteria;
      guint mode = header[3 + 2 * i];
      VsRequirementKind kind = (mode & 3) == 3 ? VS_REQUIREMENT_NONE : (VsRequirementKind) (mode & 3);
      VsCriterion *criterion = vs_comparison_get_criterion (comparison, index);

      vs_selection_set (selection, vs_criterion_get_id (criterion), kind, mode >> 2);
    }

  return selection;
}

static void
view_from_header (VsView              *view,
                  VsComparison        *comparison,
                  const unsigned char *header)
{
  guint n_subjects = vs_comparison_get_n_subjects (comparison);
  guint n_categories = g_list_model_get_n_items (vs_comparison_get_categories (comparison));
  guint category = header[1] & 0x0f;
  int column = (int) (header[1] >> 4) + VS_SORT_CATEGORY;

  for (guint s = 0; s < 3 && s < n_subjects; s++)
    if (header[0] & (1 << (FLAG_HIDE_SHIFT + s)))
      vs_view_set_subject_visible (view, s, FALSE);

  vs_view_set_only_differences (view, (header[0] & FLAG_ONLY_DIFFERENCES) != 0);

  if (category < n_categories && (column < 0 || (guint) column < n_subjects))
    vs_view_set_sort (view, category, column, (header[0] & FLAG_DESCENDING) != 0);
}

/* The flip says: make this one change and @new_best is the only best
 * match. The ranking finds it incrementally; ranking the changed selection
 * from scratch must agree. */
static void
check_flip (VsComparison *comparison,
            VsSelection  *selection,
            const VsFlip *flip)
{
  g_autoptr(VsSelection) changed = vs_selection_new ();
  g_autoptr(GVariant) ticks = g_variant_ref_sink (vs_selection_serialize (selection));
  g_autoptr(VsRanking) ranking = NULL;
  const char *id = vs_criterion_get_id (flip->criterion);
  GPtrArray *best;

  vs_selection_deserialize (changed, ticks);

  switch (flip->kind)
    {
    case VS_FLIP_TICK_NICE:
      FUZZ_CHECK (vs_selection_get_kind (selection, id) == VS_REQUIREMENT_NONE);
      vs_selection_set (changed, id, VS_REQUIREMENT_NICE, VS_WEIGHT_DEFAULT);
      break;
    case VS_FLIP_TICK_MUST:
      FUZZ_CHECK (vs_selection_get_kind (selection, id) == VS_REQUIREMENT_NONE);
      vs_selection_set (changed, id, VS_REQUIREMENT_MUST, VS_WEIGHT_DEFAULT);
      break;
    case VS_FLIP_MAKE_MUST:
      FUZZ_CHECK (vs_selection_get_kind (selection, id) == VS_REQUIREMENT_NICE);
      vs_selection_set_kind (changed, id, VS_REQUIREMENT_MUST);
      break;
    default:
      FUZZ_CHECK (!"a known flip kind");
    }

  ranking = vs_ranking_new (comparison, changed);
  best = vs_ranking_get_best (ranking);
  FUZZ_CHECK (best->len == 1);
  FUZZ_CHECK (g_ptr_array_index (best, 0) == flip->new_best);
}

static void
check_ranking (VsComparison *comparison,
               VsSelection  *selection,
               VsRanking    *ranking)
{
  guint n_subjects = vs_comparison_get_n_subjects (comparison);
  GPtrArray *best = vs_ranking_get_best (ranking);
  const VsFlip *flip;
  g_autofree char *verdict = NULL;
  g_autofree char *flip_text = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  FUZZ_CHECK (vs_ranking_get_comparison (ranking) == comparison);
  FUZZ_CHECK (vs_ranking_get_n_results (ranking) == n_subjects);
  FUZZ_CHECK (vs_ranking_is_tie (ranking) == (best->len > 1));
  if (!vs_ranking_has_verdict (ranking))
    FUZZ_CHECK (best->len == 0 && vs_ranking_get_flip (ranking) == NULL);

  for (guint i = 0; i < n_subjects; i++)
    {
      const VsResult *result = vs_ranking_get_result (ranking, i);
      g_autofree char *explanation = NULL;

      FUZZ_CHECK (result != NULL && result->subject != NULL);
      FUZZ_CHECK (vs_ranking_lookup (ranking, result->subject) == result);
      FUZZ_CHECK (result->score >= 0.0 && result->score <= 100.0);
      FUZZ_CHECK (result->excluded == (result->excluded_by->len > 0));
      FUZZ_CHECK (!result->excluded || (result->score == 0.0 && !result->best));
      FUZZ_CHECK (!!result->best == !!g_ptr_array_find (best, result->subject, NULL));

      /* Rank order: higher scores first, the excluded last. */
      if (i > 0)
        {
          const VsResult *previous = vs_ranking_get_result (ranking, i - 1);

          FUZZ_CHECK (!previous->excluded || result->excluded);
          FUZZ_CHECK (result->excluded || previous->score >= result->score);
        }

      explanation = vs_ranking_dup_explanation (ranking, result->subject);
      FUZZ_CHECK (explanation == NULL || fuzz_text_is_valid (explanation));
    }

  verdict = vs_ranking_dup_verdict (ranking);
  FUZZ_CHECK (verdict == NULL || fuzz_text_is_valid (verdict));

  flip = vs_ranking_get_flip (ranking);
  flip_text = vs_ranking_dup_flip_text (ranking);
  FUZZ_CHECK ((flip == NULL) == (flip_text == NULL));
  if (flip != NULL)
    {
      FUZZ_CHECK (fuzz_text_is_valid (flip_text));
      FUZZ_CHECK (best->len == 1 && g_ptr_array_index (best, 0) != flip->new_best);
      check_flip (comparison, selection, flip);
    }

  /* What `versus --rank` prints: JSON, whatever the names hold. */
  json = vs_ranking_to_json (ranking);
  FUZZ_CHECK (fuzz_text_is_valid (json));
  root = json_from_string (json, &error);
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
}

/* RFC 4180, as vs_report_to_csv() documents it: every record has the
 * header's number of fields, category, criterion, a level per visible
 * subject and notes, and ends in CRLF. */
static void
check_csv (const char *csv,
           guint       n_visible)
{
  const char *p = csv;
  guint n_records = 0;

  FUZZ_CHECK (fuzz_text_is_valid (csv));

  while (*p != '\0')
    {
      guint n_fields = 1;

      for (;;)
        {
          if (*p == '"')
            {
              for (p++; !(p[0] == '"' && p[1] != '"'); p++)
                {
                  FUZZ_CHECK (*p != '\0');
                  if (p[0] == '"')
                    p++;
                }
              p++;
            }
          else
            {
              while (*p != '\0' && *p != ',' && *p != '\r' && *p != '\n' && *p != '"')
                p++;
              FUZZ_CHECK (*p != '"');
            }

          if (*p != ',')
            break;
          p++;
          n_fields++;
        }

      FUZZ_CHECK (p[0] == '\r' && p[1] == '\n');
      p += 2;
      FUZZ_CHECK (n_fields == 3 + n_visible);
      n_records++;
    }

  FUZZ_CHECK (n_records >= 1);
}

static void
check_pdf (VsReport *report,
           gboolean  letter)
{
  double width = letter ? 612.0 : 595.28;
  double height = letter ? 792.0 : 841.89;
  guint n_pages = vs_report_paginate (report, width, height);

  FUZZ_CHECK (n_pages >= 1);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface;
      cairo_t *cr;

      if (page >= FUZZ_MAX_PAGES - 1 && page != n_pages - 1)
        continue;

      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);
      vs_report_draw_page (report, cr, page);
      FUZZ_CHECK (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
check_reports (VsComparison *comparison,
               VsSelection  *selection,
               VsView       *view,
               guint8        flags)
{
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, view);
  g_autofree guint *visible = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *decision = NULL;
  guint n_visible = 0;

  visible = vs_view_dup_visible_subjects (view, &n_visible);
  vs_report_set_paper (report, (flags & FLAG_LETTER) ? VS_PAPER_LETTER : VS_PAPER_A4);

  markdown = vs_report_to_markdown (report);
  FUZZ_CHECK (fuzz_text_is_valid (markdown) && markdown[0] != '\0');

  csv = vs_report_to_csv (report);
  check_csv (csv, n_visible);

  decision = vs_report_to_decision_record (report);
  FUZZ_CHECK (fuzz_text_is_valid (decision) && decision[0] != '\0');

  if ((flags & FLAG_PDF) && fuzz_pdf_enabled ())
    check_pdf (report, (flags & FLAG_LETTER) != 0);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(VsSelection) selection = NULL;
  g_autoptr(VsView) view = NULL;
  g_autoptr(VsRanking) ranking = NULL;

  fuzz_init ();

  if (size < FUZZ_HEADER_SIZE)
    return 0;

  bytes = g_bytes_new_static (data + FUZZ_HEADER_SIZE, size - FUZZ_HEADER_SIZE);
  comparison = vs_load_bytes (bytes, FUZZ_FILE_NAME, NULL, NULL);
  if (comparison == NULL)
    return 0;

  selection = selection_from_header (comparison, data);
  view = vs_view_new (comparison);
  view_from_header (view, comparison, data);

  ranking = vs_ranking_new (comparison, selection);
  check_ranking (comparison, selection, ranking);
  check_reports (comparison, selection, view, data[0]);

  return 0;
}
