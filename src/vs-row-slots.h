/* vs-row-slots.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VS_TYPE_ROW_SLOTS (vs_row_slots_get_type ())

G_DECLARE_FINAL_TYPE (VsRowSlots, vs_row_slots, VS, ROW_SLOTS, GObject)

VsRowSlots *vs_row_slots_new             (GListModel *source);
guint       vs_row_slots_get_position    (GObject    *slot);
gpointer    vs_row_slots_dup_source_item (VsRowSlots *self,
                                          GObject    *slot);

GListModel *vs_row_slots_new_growing     (GListModel *model,
                                          GtkWidget  *view,
                                          int         min_row_height);
void        vs_row_slots_restart_growing (GListModel *growing,
                                          GtkWidget  *view);

G_END_DECLS
