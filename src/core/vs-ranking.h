/* vs-ranking.h: a verdict for a comparison and a selection
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

/**
 * VsResult:
 * @subject: the subject
 * @score: 0 to 100: weighted share of the nice-to-haves (100 when only
 *   must-haves are ticked); 0 when excluded
 * @excluded: a must-have is "no" or not stated for it
 * @best: it is (one of) the best match(es)
 * @met: (element-type VsCriterion): ticked criteria it has ("yes")
 * @partial: (element-type VsCriterion): ticked criteria it has partly
 * @missed: (element-type VsCriterion): ticked criteria it lacks ("no")
 * @unknown: (element-type VsCriterion): ticked criteria the source is silent on
 * @excluded_by: (element-type VsCriterion): must-haves that exclude it
 *
 * Each array is in the order the criteria appear in the comparison.
 */
typedef struct
{
  VsSubject *subject;
  double     score;
  gboolean   excluded;
  gboolean   best;
  GPtrArray *met;
  GPtrArray *partial;
  GPtrArray *missed;
  GPtrArray *unknown;
  GPtrArray *excluded_by;
} VsResult;

typedef enum
{
  VS_FLIP_TICK_NICE,  /* tick one more criterion as a nice-to-have */
  VS_FLIP_TICK_MUST,  /* tick one more criterion as a must-have */
  VS_FLIP_MAKE_MUST,  /* make a ticked nice-to-have a must-have */
} VsFlipKind;

/**
 * VsFlip:
 * @kind: the change
 * @criterion: the criterion it touches
 * @new_best: the subject that would then be the only best match
 *
 * The smallest single change of the ticks that makes another subject the
 * best match.
 */
typedef struct
{
  VsFlipKind   kind;
  VsCriterion *criterion;
  VsSubject   *new_best;
} VsFlip;

#define VS_TYPE_RANKING (vs_ranking_get_type ())
G_DECLARE_FINAL_TYPE (VsRanking, vs_ranking, VS, RANKING, GObject)

VsRanking      *vs_ranking_new              (VsComparison *comparison,
                                             VsSelection  *selection);
VsComparison   *vs_ranking_get_comparison   (VsRanking    *self);
gboolean        vs_ranking_has_verdict      (VsRanking    *self);
guint           vs_ranking_get_n_ticked     (VsRanking    *self);
guint           vs_ranking_get_n_results    (VsRanking    *self);
const VsResult *vs_ranking_get_result       (VsRanking    *self,
                                             guint         position);
const VsResult *vs_ranking_lookup           (VsRanking    *self,
                                             VsSubject    *subject);
GPtrArray      *vs_ranking_get_best         (VsRanking    *self);
gboolean        vs_ranking_is_tie           (VsRanking    *self);
const VsFlip   *vs_ranking_get_flip         (VsRanking    *self);
char           *vs_ranking_dup_verdict      (VsRanking    *self);
char           *vs_ranking_dup_explanation  (VsRanking    *self,
                                             VsSubject    *subject);
char           *vs_ranking_dup_flip_text    (VsRanking    *self);
char           *vs_ranking_to_json          (VsRanking    *self);

G_END_DECLS
