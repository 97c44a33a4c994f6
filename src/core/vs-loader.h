/* vs-loader.h: bytes -> VsComparison, or every located error
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_LOADER_ERROR (vs_loader_error_quark ())

typedef enum
{
  VS_LOADER_ERROR_TOO_LARGE,      /* over a size, depth or count limit */
  VS_LOADER_ERROR_SYNTAX,         /* not (strict) JSON */
  VS_LOADER_ERROR_ENCODING,       /* not UTF-8, or control characters */
  VS_LOADER_ERROR_INVALID,        /* JSON, but not a valid comparison */
  VS_LOADER_ERROR_NEWER_VERSION,  /* made by a newer Versus */
  VS_LOADER_ERROR_IO,             /* could not be read */
} VsLoaderError;

typedef enum
{
  VS_DIAGNOSTIC_ERROR,
  VS_DIAGNOSTIC_WARNING,
} VsDiagnosticSeverity;

/**
 * VsDiagnostic:
 * @severity: an error makes the file invalid; a warning does not
 * @line: 1-based line, or 0 when the diagnostic is located by @path
 * @column: 1-based column (in characters), or 0
 * @path: (nullable): the JSON path of the member, such as
 *   `$.criteria[3].support.flask`, or %NULL for syntax errors
 * @message: what is wrong and what was expected, translated
 */
typedef struct
{
  VsDiagnosticSeverity severity;
  guint  line;
  guint  column;
  char  *path;
  char  *message;
} VsDiagnostic;

GQuark        vs_loader_error_quark   (void);

VsDiagnostic *vs_diagnostic_new       (VsDiagnosticSeverity severity,
                                       guint                line,
                                       guint                column,
                                       const char          *path,
                                       const char          *message);
void          vs_diagnostic_free      (VsDiagnostic        *diagnostic);
char         *vs_diagnostic_format    (const VsDiagnostic  *diagnostic,
                                       const char          *file_name);

VsComparison *vs_load_bytes           (GBytes              *bytes,
                                       const char          *file_name,
                                       GPtrArray          **diagnostics,
                                       GError             **error);
VsComparison *vs_load_file            (GFile               *file,
                                       GCancellable        *cancellable,
                                       GPtrArray          **diagnostics,
                                       GError             **error);
void          vs_load_file_async      (GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
VsComparison *vs_load_file_finish     (GAsyncResult        *result,
                                       GPtrArray          **diagnostics,
                                       GError             **error);
VsComparison *vs_load_bundled         (GError             **error);

#define VS_BUNDLED_RESOURCE "/io/github/versus/Versus/datasets/django-vs-flask.json"
#define VS_BUNDLED_FILE_NAME "django-vs-flask.json"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsDiagnostic, vs_diagnostic_free)

G_END_DECLS
