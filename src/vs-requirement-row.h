/* vs-requirement-row.h: one row of the requirements list
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_REQUIREMENT_ROW (vs_requirement_row_get_type ())
G_DECLARE_FINAL_TYPE (VsRequirementRow, vs_requirement_row, VS, REQUIREMENT_ROW, GtkWidget)

GtkWidget   *vs_requirement_row_new           (void);
void         vs_requirement_row_bind          (VsRequirementRow *self,
                                               GObject          *item,
                                               VsSelection      *selection);
void         vs_requirement_row_unbind        (VsRequirementRow *self);
void         vs_requirement_row_sync          (VsRequirementRow *self);
VsCriterion *vs_requirement_row_get_criterion (VsRequirementRow *self);
GtkWidget   *vs_requirement_row_get_check     (VsRequirementRow *self);
const char  *vs_requirement_row_get_shown_name (VsRequirementRow *self);
gboolean     vs_requirement_row_is_name_ellipsized (VsRequirementRow *self);

G_END_DECLS
