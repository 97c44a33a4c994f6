/* vs-subject.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_SUBJECT (vs_subject_get_type ())
G_DECLARE_FINAL_TYPE (VsSubject, vs_subject, VS, SUBJECT, GObject)

VsSubject          *vs_subject_new           (const char         *id,
                                              const char         *name);
const char         *vs_subject_get_id        (VsSubject          *self);
const char         *vs_subject_get_name      (VsSubject          *self);
const char         *vs_subject_get_url       (VsSubject          *self);
void                vs_subject_set_url       (VsSubject          *self,
                                              const char         *url);
const char         *vs_subject_get_summary   (VsSubject          *self);
void                vs_subject_set_summary   (VsSubject          *self,
                                              const char         *summary);
const char * const *vs_subject_get_drawbacks (VsSubject          *self);
void                vs_subject_set_drawbacks (VsSubject          *self,
                                              const char * const *drawbacks);
const char * const *vs_subject_get_used_by   (VsSubject          *self);
void                vs_subject_set_used_by   (VsSubject          *self,
                                              const char * const *used_by);
guint               vs_subject_get_index     (VsSubject          *self);
void                vs_subject_set_index     (VsSubject          *self,
                                              guint               index);

G_END_DECLS
