/* vs-font-warmer.h: fonts made ready on a second thread
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _VsFontWarmer VsFontWarmer;

VsFontWarmer *vs_font_warmer_start  (const char   *text,
                                     gboolean      with_bundled);
PangoFontMap *vs_font_warmer_take_font_map (VsFontWarmer *self,
                                            guint        *n_fonts);
void          vs_font_warmer_free          (VsFontWarmer *self);
gboolean      vs_font_warmer_is_ready (PangoFont  *font);

G_END_DECLS
