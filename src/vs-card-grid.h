/* vs-card-grid.h: the subject cards, side by side
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VS_TYPE_CARD_GRID (vs_card_grid_get_type ())
G_DECLARE_FINAL_TYPE (VsCardGrid, vs_card_grid, VS, CARD_GRID, GtkWidget)

GtkWidget *vs_card_grid_new             (void);
void       vs_card_grid_append          (VsCardGrid *self,
                                         GtkWidget  *card);
void       vs_card_grid_remove_all      (VsCardGrid *self);
GtkWidget *vs_card_grid_get_card        (VsCardGrid *self,
                                         guint       index);
guint      vs_card_grid_get_max_columns (VsCardGrid *self);
void       vs_card_grid_set_max_columns (VsCardGrid *self,
                                         guint       max_columns);

G_END_DECLS
