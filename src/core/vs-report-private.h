/* vs-report-private.h: what the parts of VsReport share
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "vs-report.h"

G_BEGIN_DECLS

/* One block of the laid-out PDF: a heading, a paragraph, a table row, a
 * footnote... Blocks are small and hold indices only; the pango layouts
 * are made again when a page is drawn and freed right after, so memory
 * does not grow with the number of pages. */
typedef struct
{
  guint8 kind;      /* VsBlockKind */
  guint  category;  /* index into VsReport.tables */
  guint  index;     /* row, text or footnote index, by kind */
  guint  aux;       /* first footnote number of a row; subject of a note */
  float  height;    /* measured height in points, spacing included */
} VsBlock;

typedef struct
{
  guint first_block;
  guint n_blocks;
  int   header_table;  /* the table whose header row is repeated, or -1 */
} VsPage;

/* The text styles of the PDF. */
typedef enum
{
  VS_STYLE_TITLE,
  VS_STYLE_HEADING,
  VS_STYLE_SUBHEADING,
  VS_STYLE_BODY,
  VS_STYLE_VERDICT,
  VS_STYLE_CELL,
  VS_STYLE_SMALL,
  VS_STYLE_MONO,
  VS_N_STYLES
} VsStyle;

/* A category's table as the view shows it. */
typedef struct
{
  VsCategory *category;
  GPtrArray  *rows;       /* (element-type VsCriterion) in view order */
} VsTable;

struct _VsReport
{
  GObject parent_instance;

  VsComparison *comparison;
  VsSelection  *selection;
  VsView       *view;
  VsPaper       paper;

  /* Filled by vs_report_prepare (): the view and ranking, frozen. */
  VsRanking *ranking;
  guint     *visible;     /* subject indices */
  guint      n_visible;
  GArray    *tables;      /* VsTable */

  /* The PDF layout: filled by vs_report_paginate (). */
  PangoFontMap *font_map;
  PangoContext *pango;
  PangoFontDescription *fonts[VS_N_STYLES];
  GHashTable   *cell_layouts;  /* "style width markup" -> PangoLayout */
  double        page_width;
  double        page_height;
  GPtrArray    *texts;    /* markup of the front and back matter */
  GArray       *blocks;   /* VsBlock */
  GArray       *pages;    /* VsPage */
};

void        vs_report_prepare            (VsReport     *self);
char       *vs_report_dup_requirement    (VsReport     *self,
                                          VsCriterion  *criterion);
gboolean    vs_report_subject_is_best    (VsReport     *self,
                                          guint         subject_index);
gboolean    vs_report_write_pdf          (VsReport     *self,
                                          GOutputStream *stream,
                                          GCancellable *cancellable,
                                          GError      **error);
void        vs_report_clear_layout       (VsReport     *self);

/* Text helpers, public to the tests through vs-report.h's escapes. */
char       *vs_report_markdown_escape    (const char   *text,
                                          gboolean      in_table);
void        vs_report_csv_append_field   (GString      *out,
                                          const char   *field);

G_END_DECLS
