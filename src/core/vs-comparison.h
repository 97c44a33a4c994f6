/* vs-comparison.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_COMPARISON (vs_comparison_get_type ())
G_DECLARE_FINAL_TYPE (VsComparison, vs_comparison, VS, COMPARISON, GObject)

VsComparison *vs_comparison_new                (const char   *title);
const char   *vs_comparison_get_title          (VsComparison *self);
const char   *vs_comparison_get_description    (VsComparison *self);
void          vs_comparison_set_description    (VsComparison *self,
                                                const char   *description);
const char   *vs_comparison_get_file_name      (VsComparison *self);
void          vs_comparison_set_file_name      (VsComparison *self,
                                                const char   *file_name);
const char   *vs_comparison_get_sha256         (VsComparison *self);
void          vs_comparison_set_sha256         (VsComparison *self,
                                                const char   *sha256);
void          vs_comparison_set_sha256_source  (VsComparison *self,
                                                GBytes       *bytes);
gboolean      vs_comparison_is_sha256_pending  (VsComparison *self);
void          vs_comparison_hash_in_background (VsComparison *self);

GListModel   *vs_comparison_get_sources        (VsComparison *self);
GListModel   *vs_comparison_get_subjects       (VsComparison *self);
GListModel   *vs_comparison_get_categories     (VsComparison *self);
GListModel   *vs_comparison_get_criteria       (VsComparison *self);
guint         vs_comparison_get_n_subjects     (VsComparison *self);
guint         vs_comparison_get_n_criteria     (VsComparison *self);
VsCriterion * const *
              vs_comparison_peek_criteria      (VsComparison *self,
                                                guint        *n_criteria);
VsCriterion * const *
              vs_comparison_peek_category_criteria (VsComparison *self,
                                                    VsCategory   *category,
                                                    guint        *n_criteria);
VsCriterion * const *
              vs_comparison_read_category_criteria (VsComparison  *self,
                                                    VsCategory    *category,
                                                    guint         *n_criteria,
                                                    GPtrArray    **from_model);

VsSubject    *vs_comparison_get_subject        (VsComparison *self,
                                                guint         index);
VsCriterion  *vs_comparison_get_criterion      (VsComparison *self,
                                                guint         index);

VsSource     *vs_comparison_find_source        (VsComparison *self,
                                                const char   *id);
VsSubject    *vs_comparison_find_subject       (VsComparison *self,
                                                const char   *id);
VsCategory   *vs_comparison_find_category      (VsComparison *self,
                                                const char   *id);
VsCriterion  *vs_comparison_find_criterion     (VsComparison *self,
                                                const char   *id);

void          vs_comparison_add_source         (VsComparison *self,
                                                VsSource     *source);
void          vs_comparison_add_subject        (VsComparison *self,
                                                VsSubject    *subject);
void          vs_comparison_add_category       (VsComparison *self,
                                                VsCategory   *category);
void          vs_comparison_add_criterion      (VsComparison *self,
                                                VsCategory   *category,
                                                VsCriterion  *criterion);
void          vs_comparison_add_criteria       (VsComparison *self,
                                                VsCategory  **categories,
                                                VsCriterion **criteria,
                                                guint         n_criteria);

G_END_DECLS
