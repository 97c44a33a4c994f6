/* vs-view.h: what a person is looking at, which a report reflects
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

/* Sort columns of a category table: a subject's index (>= 0) sorts by that
 * subject's level; the negative values are the other columns. */
#define VS_SORT_NONE     (-1)
#define VS_SORT_NAME     (-2)
#define VS_SORT_CATEGORY (-3)

#define VS_TYPE_VIEW (vs_view_get_type ())
G_DECLARE_FINAL_TYPE (VsView, vs_view, VS, VIEW, GObject)

VsView       *vs_view_new                  (VsComparison *comparison);
VsComparison *vs_view_get_comparison       (VsView       *self);
gboolean      vs_view_get_subject_visible  (VsView       *self,
                                            guint         subject_index);
void          vs_view_set_subject_visible  (VsView       *self,
                                            guint         subject_index,
                                            gboolean      visible);
guint        *vs_view_dup_visible_subjects (VsView       *self,
                                            guint        *n_visible);
gboolean      vs_view_get_only_differences (VsView       *self);
void          vs_view_set_only_differences (VsView       *self,
                                            gboolean      only_differences);
void          vs_view_set_sort             (VsView       *self,
                                            guint         category_index,
                                            int           column,
                                            gboolean      descending);
int           vs_view_get_sort_column      (VsView       *self,
                                            guint         category_index,
                                            gboolean     *descending);
GPtrArray    *vs_view_dup_rows             (VsView       *self,
                                            VsCategory   *category);
int           vs_criterion_compare         (VsCriterion  *a,
                                            VsCriterion  *b,
                                            int           column);

G_END_DECLS
