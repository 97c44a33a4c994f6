/* vs-window.h: the comparison window
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "versus-core.h"

G_BEGIN_DECLS

#define VS_TYPE_WINDOW (vs_window_get_type ())
G_DECLARE_FINAL_TYPE (VsWindow, vs_window, VS, WINDOW, AdwApplicationWindow)

VsWindow     *vs_window_new                   (GtkApplication *application);
void          vs_window_open_file             (VsWindow       *self,
                                               GFile          *file);
void          vs_window_open_pending          (VsWindow       *self,
                                               VsPendingLoad  *pending);
void          vs_window_open_bundled          (VsWindow       *self);
gboolean      vs_window_is_loading            (VsWindow       *self);
VsComparison *vs_window_get_comparison        (VsWindow       *self);
GFile        *vs_window_get_file              (VsWindow       *self);
VsSelection  *vs_window_get_selection         (VsWindow       *self);
VsRanking    *vs_window_get_ranking           (VsWindow       *self);
VsView       *vs_window_dup_view              (VsWindow       *self);
gboolean      vs_window_get_only_differences  (VsWindow       *self);
void          vs_window_set_only_differences  (VsWindow       *self,
                                               gboolean        only_differences);

/* For tests and the application: the parts a person looks at. */
const char   *vs_window_get_error_text        (VsWindow       *self);
GtkWidget    *vs_window_get_verdict_bar       (VsWindow       *self);
GtkWidget    *vs_window_get_requirements_panel (VsWindow      *self);
GtkWidget    *vs_window_get_card              (VsWindow       *self,
                                               guint           subject_index);
GtkWidget    *vs_window_get_table             (VsWindow       *self,
                                               guint           category_index);
const char   *vs_window_get_title_text        (VsWindow       *self);
AdwToast     *vs_window_get_last_toast        (VsWindow       *self);
GMenuModel   *vs_window_get_recent_menu       (VsWindow       *self);

/* What the file chooser, Ctrl+P and a drop end in. */
void          vs_window_export_to_file        (VsWindow       *self,
                                               GFile          *file,
                                               VsReportFormat  format);
gboolean      vs_window_is_exporting          (VsWindow       *self);
GtkPrintOperation *vs_window_create_print_operation (VsWindow *self);
gboolean      vs_window_drop                  (VsWindow       *self,
                                               const GValue   *value);

G_END_DECLS
