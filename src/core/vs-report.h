/* vs-report.h: the comparison as a PDF, Markdown, CSV or decision record
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_REPORT_ERROR (vs_report_error_quark ())

typedef enum
{
  VS_REPORT_ERROR_FORMAT,   /* unknown file extension */
  VS_REPORT_ERROR_WRITE,    /* the target could not be written */
} VsReportError;

typedef enum
{
  VS_REPORT_FORMAT_UNKNOWN,
  VS_REPORT_FORMAT_PDF,
  VS_REPORT_FORMAT_MARKDOWN,
  VS_REPORT_FORMAT_CSV,
  VS_REPORT_FORMAT_DECISION,
} VsReportFormat;

typedef enum
{
  VS_PAPER_AUTO,     /* from the locale: Letter in the US and Canada, else A4 */
  VS_PAPER_A4,
  VS_PAPER_LETTER,
} VsPaper;

#define VS_TYPE_REPORT (vs_report_get_type ())
G_DECLARE_FINAL_TYPE (VsReport, vs_report, VS, REPORT, GObject)

GQuark          vs_report_error_quark        (void);
VsReportFormat  vs_report_format_from_path   (const char     *path);
const char     *vs_report_format_get_suffix  (VsReportFormat  format);

VsReport       *vs_report_new                (VsComparison   *comparison,
                                              VsSelection    *selection,
                                              VsView         *view);
void            vs_report_set_paper          (VsReport       *self,
                                              VsPaper         paper);
char           *vs_report_to_markdown        (VsReport       *self);
char           *vs_report_to_csv             (VsReport       *self);
char           *vs_report_to_decision_record (VsReport       *self);
gboolean        vs_report_write              (VsReport       *self,
                                              GFile          *file,
                                              VsReportFormat  format,
                                              GCancellable   *cancellable,
                                              GError        **error);

/* The PDF's pages, for printing through GtkPrintOperation: lay out for a
 * page size in points, then draw each page onto any cairo context. */
guint           vs_report_paginate           (VsReport       *self,
                                              double          page_width,
                                              double          page_height);
void            vs_report_draw_page          (VsReport       *self,
                                              cairo_t        *cr,
                                              guint           page);

G_END_DECLS
