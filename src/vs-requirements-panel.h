/* vs-requirements-panel.h: the sidebar of requirements to tick
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_REQUIREMENTS_PANEL (vs_requirements_panel_get_type ())
G_DECLARE_FINAL_TYPE (VsRequirementsPanel, vs_requirements_panel, VS, REQUIREMENTS_PANEL, GtkWidget)

GtkWidget    *vs_requirements_panel_new            (void);
void          vs_requirements_panel_set_comparison (VsRequirementsPanel *self,
                                                    VsComparison        *comparison,
                                                    VsSelection         *selection);
GListModel   *vs_requirements_panel_get_model      (VsRequirementsPanel *self);
GtkListView  *vs_requirements_panel_get_list_view  (VsRequirementsPanel *self);
void          vs_requirements_panel_set_search     (VsRequirementsPanel *self,
                                                    const char          *text);
void          vs_requirements_panel_focus_search   (VsRequirementsPanel *self);

G_END_DECLS
