/* vs-selection.h: the requirements a person ticked
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_SELECTION (vs_selection_get_type ())
G_DECLARE_FINAL_TYPE (VsSelection, vs_selection, VS, SELECTION, GObject)

VsSelection       *vs_selection_new         (void);
void               vs_selection_set         (VsSelection       *self,
                                             const char        *criterion_id,
                                             VsRequirementKind  kind,
                                             guint              weight);
void               vs_selection_set_kind    (VsSelection       *self,
                                             const char        *criterion_id,
                                             VsRequirementKind  kind);
void               vs_selection_set_weight  (VsSelection       *self,
                                             const char        *criterion_id,
                                             guint              weight);
VsRequirementKind  vs_selection_get_kind    (VsSelection       *self,
                                             const char        *criterion_id);
guint              vs_selection_get_weight  (VsSelection       *self,
                                             const char        *criterion_id);
guint              vs_selection_get_n_ticked (VsSelection      *self);
char             **vs_selection_dup_ids     (VsSelection       *self);
void               vs_selection_clear       (VsSelection       *self);
GVariant          *vs_selection_serialize   (VsSelection       *self);
void               vs_selection_deserialize (VsSelection       *self,
                                             GVariant          *variant);

G_END_DECLS
