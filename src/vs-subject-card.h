/* vs-subject-card.h: one subject, its summary, and how it fares
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_SUBJECT_CARD (vs_subject_card_get_type ())
G_DECLARE_FINAL_TYPE (VsSubjectCard, vs_subject_card, VS, SUBJECT_CARD, GtkWidget)

GtkWidget  *vs_subject_card_new             (VsSubject      *subject);
VsSubject  *vs_subject_card_get_subject     (VsSubjectCard  *self);
void        vs_subject_card_set_result      (VsSubjectCard  *self,
                                             VsRanking      *ranking);
gboolean    vs_subject_card_get_best        (VsSubjectCard  *self);
const char *vs_subject_card_get_status_text (VsSubjectCard  *self);

G_END_DECLS
