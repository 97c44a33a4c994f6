/* vs-json-scan.h: a strict RFC 8259 pre-scan of raw bytes (private)
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-loader.h"

G_BEGIN_DECLS

/**
 * VsJsonScanReport:
 * @code: the #VsLoaderError class of the problem
 * @line: 1-based line, or 0
 * @column: 1-based column in characters, or 0
 * @path: (nullable): the JSON path of the object concerned
 * @message: translated text
 *
 * Returns: %FALSE to stop the scan (the caller has seen enough errors)
 */
typedef gboolean (*VsJsonScanReport) (gpointer       user_data,
                                      VsLoaderError  code,
                                      guint          line,
                                      guint          column,
                                      const char    *path,
                                      const char    *message);

gboolean vs_json_scan (const char       *data,
                       gsize             length,
                       VsJsonScanReport  report,
                       gpointer          user_data);

char    *vs_json_path_append_member (const char *path,
                                     const char *member);

G_END_DECLS
