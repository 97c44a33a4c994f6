/* vs-pending-load.h: a file load started before anyone waits for it
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VS_TYPE_PENDING_LOAD (vs_pending_load_get_type ())
G_DECLARE_FINAL_TYPE (VsPendingLoad, vs_pending_load, VS, PENDING_LOAD, GObject)

VsPendingLoad *vs_pending_load_new             (GFile               *file);
GFile         *vs_pending_load_get_file        (VsPendingLoad       *self);
GCancellable  *vs_pending_load_get_cancellable (VsPendingLoad       *self);
gboolean       vs_pending_load_is_done         (VsPendingLoad       *self);
void           vs_pending_load_then            (VsPendingLoad       *self,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);

G_END_DECLS
