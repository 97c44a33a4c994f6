/* vs-verdict-bar.h: the one-sentence verdict above the comparison
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_BAR (vs_verdict_bar_get_type ())
G_DECLARE_FINAL_TYPE (VsVerdictBar, vs_verdict_bar, VS, VERDICT_BAR, GtkWidget)

GtkWidget  *vs_verdict_bar_new         (void);
VsRanking  *vs_verdict_bar_get_ranking (VsVerdictBar *self);
void        vs_verdict_bar_set_ranking (VsVerdictBar *self,
                                        VsRanking    *ranking);
const char *vs_verdict_bar_get_text    (VsVerdictBar *self);
char       *vs_verdict_bar_dup_details (VsVerdictBar *self);

G_END_DECLS
