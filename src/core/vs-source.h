/* vs-source.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_SOURCE (vs_source_get_type ())
G_DECLARE_FINAL_TYPE (VsSource, vs_source, VS, SOURCE, GObject)

VsSource   *vs_source_new       (const char *id,
                                 const char *title,
                                 const char *url);
const char *vs_source_get_id    (VsSource   *self);
const char *vs_source_get_title (VsSource   *self);
const char *vs_source_get_url   (VsSource   *self);
guint       vs_source_get_index (VsSource   *self);
void        vs_source_set_index (VsSource   *self,
                                 guint       index);

G_END_DECLS
