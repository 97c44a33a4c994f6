/* vs-comparison-table.h: one category's criteria, side by side
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_COMPARISON_TABLE (vs_comparison_table_get_type ())
G_DECLARE_FINAL_TYPE (VsComparisonTable, vs_comparison_table, VS, COMPARISON_TABLE, GtkWidget)

GtkWidget            *vs_comparison_table_new                  (VsComparison      *comparison,
                                                                VsCategory        *category,
                                                                VsSelection       *selection);
VsCategory           *vs_comparison_table_get_category         (VsComparisonTable *self);
GtkColumnView        *vs_comparison_table_get_column_view      (VsComparisonTable *self);
GtkColumnViewColumn  *vs_comparison_table_get_column           (VsComparisonTable *self,
                                                                int                column);
GListModel           *vs_comparison_table_get_model            (VsComparisonTable *self);
void                  vs_comparison_table_set_ranking          (VsComparisonTable *self,
                                                                VsRanking         *ranking);
void                  vs_comparison_table_set_visible_subjects (VsComparisonTable *self,
                                                                const guint       *subjects,
                                                                guint              n_subjects);
void                  vs_comparison_table_set_only_differences (VsComparisonTable *self,
                                                                gboolean           only_differences);
int                   vs_comparison_table_get_sort             (VsComparisonTable *self,
                                                                gboolean          *descending);
gboolean              vs_comparison_table_sort_from_keyboard   (VsComparisonTable *self,
                                                                int                column);

G_END_DECLS
