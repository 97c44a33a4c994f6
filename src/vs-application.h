/* vs-application.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_APPLICATION (vs_application_get_type ())
G_DECLARE_FINAL_TYPE (VsApplication, vs_application, VS, APPLICATION, AdwApplication)

VsApplication *vs_application_new (void);
void           vs_application_skip_gtk_theme (void);
GSettings     *vs_settings_new    (void);
void           vs_application_set_first_file (VsApplication *self,
                                              GFile         *file);
VsPendingLoad *vs_application_get_startup_load (VsApplication *self);

G_END_DECLS
