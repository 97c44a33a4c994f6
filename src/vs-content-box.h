/* vs-content-box.h: the window's right-hand column, stacked top to bottom
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VS_TYPE_CONTENT_BOX (vs_content_box_get_type ())
G_DECLARE_FINAL_TYPE (VsContentBox, vs_content_box, VS, CONTENT_BOX, GtkWidget)

GtkWidget *vs_content_box_new           (void);
GtkWidget *vs_content_box_get_cards     (VsContentBox *self);
void       vs_content_box_set_cards     (VsContentBox *self,
                                         GtkWidget    *cards);
int        vs_content_box_get_cards_cap (VsContentBox *self,
                                         int           height);

G_END_DECLS
