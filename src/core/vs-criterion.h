/* vs-criterion.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_CRITERION (vs_criterion_get_type ())
G_DECLARE_FINAL_TYPE (VsCriterion, vs_criterion, VS, CRITERION, GObject)

VsCriterion *vs_criterion_new             (const char  *id,
                                           const char  *name,
                                           guint        n_subjects);
const char  *vs_criterion_get_id          (VsCriterion *self);
const char  *vs_criterion_get_name        (VsCriterion *self);
const char  *vs_criterion_get_description (VsCriterion *self);
void         vs_criterion_set_description (VsCriterion *self,
                                           const char  *description);
VsCategory  *vs_criterion_get_category    (VsCriterion *self);
void         vs_criterion_set_category    (VsCriterion *self,
                                           VsCategory  *category);
guint        vs_criterion_get_index       (VsCriterion *self);
void         vs_criterion_set_index       (VsCriterion *self,
                                           guint        index);
guint        vs_criterion_get_n_subjects  (VsCriterion *self);

VsLevel      vs_criterion_get_level       (VsCriterion *self,
                                           guint        subject_index);
int          vs_criterion_compare_levels  (VsCriterion *a,
                                           VsCriterion *b,
                                           guint        subject_index);
const char  *vs_criterion_get_note        (VsCriterion *self,
                                           guint        subject_index);
VsSource    *vs_criterion_get_source      (VsCriterion *self,
                                           guint        subject_index);
gboolean     vs_criterion_get_opinion     (VsCriterion *self,
                                           guint        subject_index);
void         vs_criterion_set_support     (VsCriterion *self,
                                           guint        subject_index,
                                           VsLevel      level,
                                           const char  *note,
                                           VsSource    *source,
                                           gboolean     opinion);
gboolean     vs_criterion_is_uniform      (VsCriterion *self,
                                           const guint *subject_indices,
                                           guint        n_indices);

G_END_DECLS
