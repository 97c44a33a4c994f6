/* vs-report-pdf.c: the report as pages drawn with cairo and pango
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes: vs_report_paginate () measures every block of the document
 * (headings, paragraphs, table rows, footnotes) and splits the blocks into
 * pages, so "Page N of M" is known; vs_report_draw_page () makes the pango
 * layouts of one page again, draws them and frees them. A page is a range
 * of block indices, so a comparison of 10,000 criteria keeps only small
 * descriptors between the passes. The PDF and the print dialog draw the
 * same pages.
 */
#define G_LOG_DOMAIN "vs-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <langinfo.h>
#include <string.h>

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-ranking.h"
#include "vs-report-private.h"
#include "vs-selection.h"
#include "vs-source.h"
#include "vs-subject.h"

#define MARGIN          48.0   /* left, right and top, in points */
#define FOOTER_HEIGHT   40.0   /* below the content */
#define CELL_PAD        4.0
#define RULE_THIN       0.3
#define RULE_HEAVY      0.8

#define A4_WIDTH        595.276
#define A4_HEIGHT       841.890
#define LETTER_WIDTH    612.0
#define LETTER_HEIGHT   792.0

/* More visible subjects than this turn the page to landscape. */
#define MAX_PORTRAIT_SUBJECTS 4

#define FONT_FAMILIES   "Cantarell, Noto Sans, DejaVu Sans, Noto Sans CJK SC"

typedef enum
{
  BLOCK_TEXT,          /* index: into texts */
  BLOCK_TABLE_HEADER,  /* category: the table */
  BLOCK_ROW,           /* index: row; aux: its first footnote number */
  BLOCK_NOTE,          /* index: footnote number; aux: row * n_visible + column */
} VsBlockKind;

typedef struct
{
  VsStyle style;
  double  indent;
  double  space_after;
  gboolean keep_with_next;
  char   *markup;
} VsText;

static const char * const style_fonts[VS_N_STYLES] = {
  [VS_STYLE_TITLE]      = FONT_FAMILIES " Bold 22",
  [VS_STYLE_HEADING]    = FONT_FAMILIES " Bold 14",
  [VS_STYLE_SUBHEADING] = FONT_FAMILIES " Bold 11",
  [VS_STYLE_BODY]       = FONT_FAMILIES " 10",
  [VS_STYLE_VERDICT]    = FONT_FAMILIES " Bold 12",
  [VS_STYLE_CELL]       = FONT_FAMILIES " 9",
  [VS_STYLE_SMALL]      = FONT_FAMILIES " 8",
  [VS_STYLE_MONO]       = "DejaVu Sans Mono, Noto Mono 7.5",
};

static void
vs_text_free (gpointer data)
{
  VsText *text = data;

  g_free (text->markup);
  g_free (text);
}

/* Our own font map, not the one the widgets use, kept for the life of the
 * thread: a new font map starts with empty caches, and filling them
 * (fontconfig matching, fontsets, metrics) cost most of a short report.
 * One per thread rather than one per process because a pango font map
 * must not be used from two threads at once (pango's own default font
 * map is per thread for that reason): the window prints from the main
 * thread while an export may run in a worker. */
static PangoFontMap *
get_thread_font_map (void)
{
  static GPrivate font_maps = G_PRIVATE_INIT (g_object_unref);
  PangoFontMap *font_map = g_private_get (&font_maps);

  if (font_map == NULL)
    {
      font_map = pango_cairo_font_map_new ();
      g_private_set (&font_maps, font_map);
    }

  return font_map;
}

static void
ensure_pango (VsReport *self)
{
  PangoFontMap *font_map = get_thread_font_map ();
  cairo_font_options_t *options;

  if (self->pango != NULL && self->font_map == font_map)
    return;

  /* First use, or this report was laid out on another thread: its
   * context and cached layouts belong to that thread's font map. */
  g_clear_pointer (&self->cell_layouts, g_hash_table_unref);
  g_clear_object (&self->pango);
  g_set_object (&self->font_map, font_map);

  /* Hinting and hinted metrics off: the layout does not depend on the
   * screen, so the PDF and the printout break lines and pages at the
   * same places. */
  self->pango = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->pango, 72.0);
  pango_context_set_round_glyph_positions (self->pango, FALSE);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < VS_N_STYLES; i++)
    if (self->fonts[i] == NULL)
      self->fonts[i] = pango_font_description_from_string (style_fonts[i]);

  self->cell_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static PangoLayout *
make_layout (VsReport   *self,
             VsStyle     style,
             const char *markup,
             double      width)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_font_description (layout, self->fonts[style]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Geometry ------------------------------------------------------------ */

static double
content_width (VsReport *self)
{
  return self->page_width - 2 * MARGIN;
}

static double
content_height (VsReport *self)
{
  return self->page_height - MARGIN - FOOTER_HEIGHT;
}

static double
label_width (VsReport *self)
{
  double share = self->n_visible <= MAX_PORTRAIT_SUBJECTS ? 0.34 : 0.22;

  return content_width (self) * share;
}

static double
column_width (VsReport *self)
{
  return (content_width (self) - label_width (self)) / MAX (1, self->n_visible);
}

/* Markup --------------------------------------------------------------- */

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* A name or note inside a sentence, isolated (FSI ... PDI) so that a
 * right-to-left name does not reorder the commas and words around it. */
static void
append_isolated (GString    *out,
                 const char *text)
{
  g_string_append (out, "\xe2\x81\xa8");
  append_escaped (out, text);
  g_string_append (out, "\xe2\x81\xa9");
}

static guint
add_text (VsReport   *self,
          VsStyle     style,
          double      space_after,
          char       *markup)   /* (transfer full) */
{
  VsText *text = g_new0 (VsText, 1);
  VsBlock block = { BLOCK_TEXT, 0, self->texts->len, 0, 0 };

  text->style = style;
  text->space_after = space_after;
  text->keep_with_next = style == VS_STYLE_HEADING || style == VS_STYLE_SUBHEADING;
  text->markup = markup;
  g_ptr_array_add (self->texts, text);
  g_array_append_val (self->blocks, block);

  return self->texts->len - 1;
}

static void
add_plain (VsReport   *self,
           VsStyle     style,
           double      space_after,
           const char *plain)
{
  add_text (self, style, space_after, g_markup_escape_text (plain, -1));
}

static char *
cell_markup (VsReport    *self,
             VsCriterion *criterion,
             guint        subject_index,
             guint       *footnote)
{
  GString *out = g_string_new (NULL);
  VsLevel level = vs_criterion_get_level (criterion, subject_index);
  VsSource *source = vs_criterion_get_source (criterion, subject_index);
  const char *note = vs_criterion_get_note (criterion, subject_index);

  /* Grey says "not stated" at a glance; the word says it in print. */
  if (level == VS_LEVEL_UNKNOWN)
    g_string_append (out, "<span foreground=\"#767676\">");
  g_string_append_printf (out, "%s ", vs_level_get_glyph (level));
  append_escaped (out, vs_level_get_label (level));
  if (level == VS_LEVEL_UNKNOWN)
    g_string_append (out, "</span>");

  if (source != NULL)
    g_string_append_printf (out, " <span size=\"smaller\" foreground=\"#555555\">[%u]</span>",
                            vs_source_get_index (source) + 1);
  if (vs_criterion_get_opinion (criterion, subject_index))
    {
      g_string_append (out, " <i><span size=\"smaller\">");
      append_escaped (out, _("(opinion)"));
      g_string_append (out, "</span></i>");
    }
  if (note != NULL && *note != '\0')
    g_string_append_printf (out, "<sup>%u</sup>", (*footnote)++);

  return g_string_free (out, FALSE);
}

static char *
label_markup (VsReport    *self,
              VsCriterion *criterion)
{
  GString *out = g_string_new (NULL);
  g_autofree char *requirement = vs_report_dup_requirement (self, criterion);
  const char *description = vs_criterion_get_description (criterion);

  append_escaped (out, vs_criterion_get_name (criterion));
  if (requirement != NULL)
    {
      g_string_append (out, " <b>");
      append_escaped (out, requirement);
      g_string_append (out, "</b>");
    }
  if (description != NULL && *description != '\0')
    {
      g_string_append (out, "\n<span size=\"smaller\" foreground=\"#555555\">");
      append_escaped (out, description);
      g_string_append (out, "</span>");
    }

  return g_string_free (out, FALSE);
}

static char *
header_markup (VsReport *self,
               guint     column)
{
  GString *out = g_string_new ("<b>");
  guint subject_index = self->visible[column];

  append_escaped (out, vs_subject_get_name (vs_comparison_get_subject (self->comparison,
                                                                       subject_index)));
  g_string_append (out, "</b>");
  if (vs_report_subject_is_best (self, subject_index))
    {
      g_string_append (out, "\n★ ");
      append_escaped (out, _("Best match"));
    }

  return g_string_free (out, FALSE);
}

static char *
note_markup (VsReport *self,
             VsBlock  *block)
{
  VsTable *table = &g_array_index (self->tables, VsTable, block->category);
  guint row = block->aux / self->n_visible;
  guint column = block->aux % self->n_visible;
  VsCriterion *criterion = g_ptr_array_index (table->rows, row);
  guint subject_index = self->visible[column];
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "<sup>%u</sup> ", block->index);
  append_isolated (out, vs_criterion_get_name (criterion));
  g_string_append (out, ", <b>");
  append_isolated (out, vs_subject_get_name (vs_comparison_get_subject (self->comparison,
                                                                        subject_index)));
  g_string_append (out, "</b>: ");
  append_isolated (out, vs_criterion_get_note (criterion, subject_index));

  return g_string_free (out, FALSE);
}

/* Measuring and drawing blocks ------------------------------------------ */

typedef struct
{
  cairo_t *cr;   /* NULL to measure only */
  double   y;
} Pen;

static double
render_text (VsReport *self,
             VsText   *text,
             Pen      *pen)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text->style, text->markup,
                                               content_width (self) - text->indent);
  double height = layout_height (layout);

  if (pen->cr != NULL)
    {
      cairo_move_to (pen->cr, MARGIN + text->indent, pen->y);
      pango_cairo_show_layout (pen->cr, layout);
      if (text->style == VS_STYLE_HEADING)
        {
          cairo_set_line_width (pen->cr, RULE_THIN);
          cairo_move_to (pen->cr, MARGIN, pen->y + height + 2);
          cairo_line_to (pen->cr, MARGIN + content_width (self), pen->y + height + 2);
          cairo_stroke (pen->cr);
        }
    }

  return height + text->space_after;
}

static void
fill_best_columns (VsReport *self,
                   cairo_t  *cr,
                   double    y,
                   double    height)
{
  for (guint c = 0; c < self->n_visible; c++)
    {
      if (!vs_report_subject_is_best (self, self->visible[c]))
        continue;

      /* A light tint only: the header's words say which column it is. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.92, 0.95, 0.99);
      /* Inset, so the rules between rows stay whole. */
      cairo_rectangle (cr, MARGIN + label_width (self) + c * column_width (self),
                       y + RULE_HEAVY / 2, column_width (self), height - RULE_HEAVY);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

/* The layout of a table cell. A table repeats a few cells over and over
 * ("✓ Yes" in a column of a given width), so those layouts are kept and
 * shown again, on this page and the next, rather than made each time a
 * row is measured or drawn. The cache is emptied when it gets large, so
 * memory stays bounded whatever the number of pages. Labels, unique to
 * their row, are made and freed each time (@cache FALSE). */
#define MAX_CELL_LAYOUTS 512

static PangoLayout *
dup_cell_layout (VsReport   *self,
                 VsStyle     style,
                 const char *markup,
                 double      width,
                 gboolean    cache)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (!cache)
    return make_layout (self, style, markup, width);

  key = g_strdup_printf ("%d %a %s", (int) style, width, markup);
  layout = g_hash_table_lookup (self->cell_layouts, key);
  if (layout != NULL)
    return g_object_ref (layout);

  if (g_hash_table_size (self->cell_layouts) >= MAX_CELL_LAYOUTS)
    g_hash_table_remove_all (self->cell_layouts);

  layout = make_layout (self, style, markup, width);
  g_hash_table_insert (self->cell_layouts, g_steal_pointer (&key), g_object_ref (layout));

  return layout;
}

/* A row of cells: the label, then one per visible subject. Each layout is
 * made (or taken from the cache) once per call: measured, then drawn. */
static double
render_cells (VsReport  *self,
              Pen       *pen,
              char     **markups,  /* n_visible + 1 */
              VsStyle    style,
              double     rule,
              gboolean   cache_label)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_full (self->n_visible + 1, g_object_unref);
  double height = 0;
  double x = MARGIN;

  for (guint c = 0; c <= self->n_visible; c++)
    {
      double width = c == 0 ? label_width (self) : column_width (self);
      PangoLayout *layout = dup_cell_layout (self, style, markups[c], width - 2 * CELL_PAD,
                                             c > 0 || cache_label);

      height = MAX (height, layout_height (layout) + 2 * CELL_PAD);
      g_ptr_array_add (layouts, layout);
    }

  if (pen->cr == NULL)
    return height;

  fill_best_columns (self, pen->cr, pen->y, height);
  for (guint c = 0; c <= self->n_visible; c++)
    {
      double width = c == 0 ? label_width (self) : column_width (self);

      cairo_move_to (pen->cr, x + CELL_PAD, pen->y + CELL_PAD);
      pango_cairo_show_layout (pen->cr, g_ptr_array_index (layouts, c));
      x += width;
    }

  cairo_save (pen->cr);
  cairo_set_line_width (pen->cr, rule);
  if (rule < RULE_HEAVY)
    cairo_set_source_rgb (pen->cr, 0.6, 0.6, 0.6);
  cairo_move_to (pen->cr, MARGIN, pen->y + height);
  cairo_line_to (pen->cr, MARGIN + content_width (self), pen->y + height);
  cairo_stroke (pen->cr);
  cairo_restore (pen->cr);

  return height;
}

static double
render_table_header (VsReport *self,
                     guint     table_index,
                     Pen      *pen)
{
  g_autoptr(GPtrArray) markups = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (markups, g_strdup_printf ("<b>%s</b>", _("Criterion")));
  for (guint c = 0; c < self->n_visible; c++)
    g_ptr_array_add (markups, header_markup (self, c));

  return render_cells (self, pen, (char **) markups->pdata, VS_STYLE_CELL, RULE_HEAVY, TRUE);
}

static double
render_row (VsReport *self,
            VsBlock  *block,
            Pen      *pen)
{
  VsTable *table = &g_array_index (self->tables, VsTable, block->category);
  VsCriterion *criterion = g_ptr_array_index (table->rows, block->index);
  g_autoptr(GPtrArray) markups = g_ptr_array_new_with_free_func (g_free);
  guint footnote = block->aux;

  g_ptr_array_add (markups, label_markup (self, criterion));
  for (guint c = 0; c < self->n_visible; c++)
    g_ptr_array_add (markups, cell_markup (self, criterion, self->visible[c], &footnote));

  return render_cells (self, pen, (char **) markups->pdata, VS_STYLE_CELL, RULE_THIN, FALSE);
}

static double
render_note (VsReport *self,
             VsBlock  *block,
             Pen      *pen)
{
  g_autofree char *markup = note_markup (self, block);
  g_autoptr(PangoLayout) layout = make_layout (self, VS_STYLE_SMALL, markup,
                                               content_width (self));
  double height = layout_height (layout);

  if (pen->cr != NULL)
    {
      cairo_move_to (pen->cr, MARGIN, pen->y);
      pango_cairo_show_layout (pen->cr, layout);
    }

  return height + 2;
}

static double
render_block (VsReport *self,
              VsBlock  *block,
              Pen      *pen)
{
  switch ((VsBlockKind) block->kind)
    {
    case BLOCK_TEXT:
      return render_text (self, g_ptr_array_index (self->texts, block->index), pen);
    case BLOCK_TABLE_HEADER:
      return render_table_header (self, block->category, pen);
    case BLOCK_ROW:
      return render_row (self, block, pen);
    case BLOCK_NOTE:
      return render_note (self, block, pen);
    default:
      g_assert_not_reached ();
    }
}

/* Building the document -------------------------------------------------- */

static void
add_front_matter (VsReport *self)
{
  const char *description = vs_comparison_get_description (self->comparison);
  VsCriterion * const *criteria;
  GString *line;
  guint n_criteria;
  guint n_ticked = 0;

  add_plain (self, VS_STYLE_TITLE, 10, vs_comparison_get_title (self->comparison));
  if (description != NULL && *description != '\0')
    add_plain (self, VS_STYLE_BODY, 10, description);

  line = g_string_new ("<b>");
  append_escaped (line, _("Compared:"));
  g_string_append (line, "</b> ");
  for (guint c = 0; c < self->n_visible; c++)
    {
      if (c > 0)
        g_string_append (line, ", ");
      append_isolated (line, vs_subject_get_name (vs_comparison_get_subject (self->comparison,
                                                                            self->visible[c])));
    }
  add_text (self, VS_STYLE_BODY, 16, g_string_free (line, FALSE));

  add_plain (self, VS_STYLE_HEADING, 8, _("Requirements"));
  criteria = vs_comparison_peek_criteria (self->comparison, &n_criteria);
  for (guint i = 0; i < n_criteria; i++)
    {
      VsCriterion *criterion = criteria[i];
      const char *id = vs_criterion_get_id (criterion);
      VsRequirementKind kind = vs_selection_get_kind (self->selection, id);
      GString *item;

      if (kind == VS_REQUIREMENT_NONE)
        continue;

      item = g_string_new ("• <b>");
      append_escaped (item, kind == VS_REQUIREMENT_MUST ? _("Must have:") : _("Nice to have:"));
      g_string_append (item, "</b> ");
      append_isolated (item, vs_criterion_get_name (criterion));
      if (kind == VS_REQUIREMENT_NICE)
        {
          g_autofree char *weight = g_strdup_printf (_("(weight %u)"),
                                                     vs_selection_get_weight (self->selection, id));
          g_string_append_c (item, ' ');
          append_escaped (item, weight);
        }
      add_text (self, VS_STYLE_BODY, 3, g_string_free (item, FALSE));
      n_ticked++;
    }
  if (n_ticked > 0)
    ((VsText *) g_ptr_array_index (self->texts, self->texts->len - 1))->space_after = 16;

  if (n_ticked == 0)
    {
      add_plain (self, VS_STYLE_BODY, 16, _("No requirements selected"));
      return;
    }

  add_plain (self, VS_STYLE_HEADING, 8, _("Verdict"));
  if (vs_ranking_has_verdict (self->ranking))
    {
      g_autofree char *verdict = vs_ranking_dup_verdict (self->ranking);
      g_autofree char *flip = vs_ranking_dup_flip_text (self->ranking);

      add_plain (self, VS_STYLE_VERDICT, 8, verdict);
      for (guint i = 0; i < vs_ranking_get_n_results (self->ranking); i++)
        {
          const VsResult *result = vs_ranking_get_result (self->ranking, i);
          g_autofree char *explanation = vs_ranking_dup_explanation (self->ranking,
                                                                     result->subject);
          GString *item = g_string_new ("<b>");

          append_isolated (item, vs_subject_get_name (result->subject));
          g_string_append (item, "</b>: ");
          append_escaped (item, explanation);
          add_text (self, VS_STYLE_BODY, 4, g_string_free (item, FALSE));
        }
      if (flip != NULL && *flip != '\0')
        {
          GString *item = g_string_new ("<i>");

          append_escaped (item, _("What would change it:"));
          g_string_append (item, "</i> ");
          append_escaped (item, flip);
          add_text (self, VS_STYLE_BODY, 4, g_string_free (item, FALSE));
        }
    }
  ((VsText *) g_ptr_array_index (self->texts, self->texts->len - 1))->space_after = 16;
}

static void
add_table (VsReport *self,
           guint     table_index)
{
  VsTable *table = &g_array_index (self->tables, VsTable, table_index);
  const char *description = vs_category_get_description (table->category);
  VsBlock header = { BLOCK_TABLE_HEADER, table_index, 0, 0, 0 };
  guint footnote = 1;

  add_plain (self, VS_STYLE_HEADING, 6, vs_category_get_name (table->category));
  if (description != NULL && *description != '\0')
    {
      guint i = add_text (self, VS_STYLE_SMALL, 6, g_markup_printf_escaped (
                            "<span foreground=\"#555555\">%s</span>", description));
      ((VsText *) g_ptr_array_index (self->texts, i))->keep_with_next = TRUE;
    }
  g_array_append_val (self->blocks, header);

  for (guint r = 0; r < table->rows->len; r++)
    {
      VsCriterion *criterion = g_ptr_array_index (table->rows, r);
      VsBlock row = { BLOCK_ROW, table_index, r, footnote, 0 };

      g_array_append_val (self->blocks, row);
      for (guint c = 0; c < self->n_visible; c++)
        {
          const char *note = vs_criterion_get_note (criterion, self->visible[c]);

          if (note != NULL && *note != '\0')
            footnote++;
        }
    }

  /* The notes below the table, in the order of their markers. */
  footnote = 1;
  for (guint r = 0; r < table->rows->len; r++)
    {
      VsCriterion *criterion = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < self->n_visible; c++)
        {
          const char *note = vs_criterion_get_note (criterion, self->visible[c]);
          VsBlock block = { BLOCK_NOTE, table_index, footnote, r * self->n_visible + c, 0 };

          if (note == NULL || *note == '\0')
            continue;
          g_array_append_val (self->blocks, block);
          footnote++;
        }
    }

  add_plain (self, VS_STYLE_BODY, 0, "");
}

static void
add_list (VsReport           *self,
          const char         *heading,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  add_text (self, VS_STYLE_BODY, 2, g_markup_printf_escaped ("<b>%s</b>", heading));
  for (guint i = 0; items[i] != NULL; i++)
    {
      guint t = add_text (self, VS_STYLE_BODY, 2, g_markup_printf_escaped ("• %s", items[i]));

      ((VsText *) g_ptr_array_index (self->texts, t))->indent = 10;
    }
}

static void
add_back_matter (VsReport *self)
{
  GListModel *sources = vs_comparison_get_sources (self->comparison);
  guint n_sources = g_list_model_get_n_items (sources);

  add_plain (self, VS_STYLE_HEADING, 8, _("Subjects"));
  for (guint c = 0; c < self->n_visible; c++)
    {
      VsSubject *subject = vs_comparison_get_subject (self->comparison, self->visible[c]);
      const char *summary = vs_subject_get_summary (subject);
      const char *url = vs_subject_get_url (subject);

      add_plain (self, VS_STYLE_SUBHEADING, 4, vs_subject_get_name (subject));
      if (summary != NULL && *summary != '\0')
        add_plain (self, VS_STYLE_BODY, 4, summary);
      if (url != NULL && *url != '\0')
        add_text (self, VS_STYLE_SMALL, 4,
                  g_markup_printf_escaped ("<span foreground=\"#555555\">%s</span>", url));
      add_list (self, _("Drawbacks:"), vs_subject_get_drawbacks (subject));
      add_list (self, _("Used by:"), vs_subject_get_used_by (subject));
      add_plain (self, VS_STYLE_BODY, 0, "");
    }

  if (n_sources == 0)
    return;

  add_plain (self, VS_STYLE_HEADING, 8, _("Sources"));
  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(VsSource) source = g_list_model_get_item (sources, i);
      const char *url = vs_source_get_url (source);

      add_text (self, VS_STYLE_BODY, 4,
                g_markup_printf_escaped ("[%u] %s\n<span size=\"smaller\" foreground=\"#555555\">%s</span>",
                                         i + 1, vs_source_get_title (source),
                                         url != NULL ? url : ""));
    }
}

static gboolean
block_keeps_with_next (VsReport *self,
                       VsBlock  *block)
{
  if (block->kind == BLOCK_TABLE_HEADER)
    return TRUE;
  if (block->kind == BLOCK_TEXT)
    return ((VsText *) g_ptr_array_index (self->texts, block->index))->keep_with_next;
  return FALSE;
}

static void
paginate_prepared (VsReport *self,
                   double    page_width,
                   double    page_height)
{
  Pen measure = { NULL, 0 };
  double available;
  double y = 0;
  VsPage page = { 0, 0, -1 };

  ensure_pango (self);
  vs_report_clear_layout (self);

  self->page_width = page_width;
  self->page_height = page_height;
  self->texts = g_ptr_array_new_with_free_func (vs_text_free);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (VsBlock));
  self->pages = g_array_new (FALSE, TRUE, sizeof (VsPage));

  add_front_matter (self);
  for (guint t = 0; t < self->tables->len; t++)
    add_table (self, t);
  add_back_matter (self);

  /* Pass one: measure every block. */
  for (guint b = 0; b < self->blocks->len; b++)
    {
      VsBlock *block = &g_array_index (self->blocks, VsBlock, b);

      block->height = render_block (self, block, &measure);
    }

  /* Pass two: fill pages. A row never splits; a page that starts inside
   * a table repeats its header row; headings stay with what follows. */
  available = content_height (self);
  for (guint b = 0; b < self->blocks->len; b++)
    {
      VsBlock *block = &g_array_index (self->blocks, VsBlock, b);
      double needed = block->height;

      for (guint k = b; k + 1 < self->blocks->len; k++)
        {
          VsBlock *this = &g_array_index (self->blocks, VsBlock, k);

          if (!block_keeps_with_next (self, this))
            break;
          needed += g_array_index (self->blocks, VsBlock, k + 1).height;
        }

      if (page.n_blocks > 0 && y + needed > available)
        {
          g_array_append_val (self->pages, page);
          page.first_block = b;
          page.n_blocks = 0;
          page.header_table = -1;
          y = 0;

          if (block->kind == BLOCK_ROW)
            {
              VsBlock header = { BLOCK_TABLE_HEADER, block->category, 0, 0, 0 };

              page.header_table = block->category;
              y = render_block (self, &header, &measure);
            }
        }

      y += block->height;
      page.n_blocks++;
    }
  g_array_append_val (self->pages, page);
}

/**
 * vs_report_paginate:
 * @page_width: in points
 * @page_height: in points
 *
 * Lays the report out for pages of this size.
 *
 * Returns: the number of pages
 */
guint
vs_report_paginate (VsReport *self,
                    double    page_width,
                    double    page_height)
{
  g_return_val_if_fail (VS_IS_REPORT (self), 0);
  g_return_val_if_fail (page_width > 4 * MARGIN && page_height > 4 * MARGIN, 0);

  vs_report_prepare (self);
  paginate_prepared (self, page_width, page_height);

  return self->pages->len;
}

/* The footer: file name and hash on the left; version, the date when
 * SOURCE_DATE_EPOCH gives one, and the page number on the right. */

static char *
dup_source_date (const char *format)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) date = NULL;
  guint64 seconds;

  if (epoch == NULL || !g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return NULL;

  date = g_date_time_new_from_unix_utc ((gint64) seconds);
  return date != NULL ? g_date_time_format (date, format) : NULL;
}

static void
draw_footer (VsReport *self,
             cairo_t  *cr,
             guint     page)
{
  const char *file_name = vs_comparison_get_file_name (self->comparison);
  const char *sha256 = vs_comparison_get_sha256 (self->comparison);
  g_autofree char *date = dup_source_date ("%Y-%m-%d");
  g_autofree char *page_text = NULL;
  g_autofree char *right = NULL;
  g_autofree char *left = NULL;
  g_autoptr(PangoLayout) left_layout = NULL;
  g_autoptr(PangoLayout) right_layout = NULL;
  double y = self->page_height - FOOTER_HEIGHT + 14;
  int width;

  /* TRANSLATORS: the page number and the number of pages */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  right = g_markup_printf_escaped ("%s%s%s · Versus %s",
                                   page_text,
                                   date != NULL ? " · " : "",
                                   date != NULL ? date : "",
                                   PACKAGE_VERSION);
  if (sha256 != NULL && *sha256 != '\0')
    left = g_markup_printf_escaped ("%s  <span font_desc=\"%s\">%.12s</span>",
                                    file_name != NULL ? file_name : "",
                                    style_fonts[VS_STYLE_MONO], sha256);
  else
    left = g_markup_escape_text (file_name != NULL ? file_name : "", -1);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, RULE_THIN);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, MARGIN + content_width (self), y - 4);
  cairo_stroke (cr);

  left_layout = make_layout (self, VS_STYLE_SMALL, left, content_width (self) * 0.5);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, left_layout);

  right_layout = make_layout (self, VS_STYLE_SMALL, right, content_width (self) * 0.5);
  pango_layout_set_width (right_layout, -1);
  pango_layout_get_size (right_layout, &width, NULL);
  cairo_move_to (cr, MARGIN + content_width (self) - (double) width / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, right_layout);
  cairo_restore (cr);
}

/**
 * vs_report_draw_page:
 * @cr: a context whose user space is in points, such as a
 *   GtkPrintContext's with the unit set to points
 * @page: 0-based, below what vs_report_paginate () returned
 *
 * Draws one page as laid out by vs_report_paginate ().
 */
void
vs_report_draw_page (VsReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  VsPage *desc;
  Pen pen;

  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  /* Laid out on another thread: draw with this thread's font map. The
   * fonts and options are the same, so the measured heights still hold. */
  ensure_pango (self);

  desc = &g_array_index (self->pages, VsPage, page);
  pen.cr = cr;
  pen.y = MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);

  if (desc->header_table >= 0)
    {
      VsBlock header = { BLOCK_TABLE_HEADER, desc->header_table, 0, 0, 0 };

      pen.y += render_block (self, &header, &pen);
    }

  for (guint b = 0; b < desc->n_blocks; b++)
    {
      VsBlock *block = &g_array_index (self->blocks, VsBlock, desc->first_block + b);

      render_block (self, block, &pen);
      pen.y += block->height;
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* Writing the PDF --------------------------------------------------------- */

static VsPaper
paper_from_locale (void)
{
  const char *names[] = { "LC_ALL", "LC_PAPER", "LC_MEASUREMENT", "LANG" };

#ifdef _NL_PAPER_WIDTH
  {
    /* glibc: the width in millimetres of LC_PAPER's paper, once the
     * program has called setlocale (); 216 is Letter, 210 A4. */
    int width = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);

    if (width == 216)
      return VS_PAPER_LETTER;
    if (width == 210)
      return VS_PAPER_A4;
  }
#endif

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);

      if (value == NULL || *value == '\0')
        continue;
      if (strstr (value, "_US") != NULL || strstr (value, "_CA") != NULL)
        return VS_PAPER_LETTER;
      return VS_PAPER_A4;
    }

  return VS_PAPER_A4;
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} StreamClosure;

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  StreamClosure *closure = data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, bytes, length, NULL,
                                  closure->cancellable, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static char *
dup_pdf_subject (VsReport *self)
{
  const char *description = vs_comparison_get_description (self->comparison);
  GString *names;

  if (description != NULL && *description != '\0')
    return g_strdup (description);

  names = g_string_new (NULL);
  for (guint c = 0; c < self->n_visible; c++)
    {
      if (c > 0)
        g_string_append (names, ", ");
      g_string_append (names, vs_subject_get_name (vs_comparison_get_subject (self->comparison,
                                                                              self->visible[c])));
    }
  return g_string_free (names, FALSE);
}

/* Streams the PDF page by page into @stream. */
gboolean
vs_report_write_pdf (VsReport      *self,
                     GOutputStream *stream,
                     GCancellable  *cancellable,
                     GError       **error)
{
  StreamClosure closure = { stream, cancellable, NULL };
  VsPaper paper = self->paper;
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *date = NULL;
  double width, height;
  cairo_t *cr;

  vs_report_prepare (self);

  if (paper == VS_PAPER_AUTO)
    paper = paper_from_locale ();
  width = paper == VS_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  height = paper == VS_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
  if (self->n_visible > MAX_PORTRAIT_SUBJECTS)
    {
      double swap = width;

      width = height;
      height = swap;
    }

  paginate_prepared (self, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure, width, height);

  subject = dup_pdf_subject (self);
  creator = g_strdup_printf ("Versus %s", PACKAGE_VERSION);
  /* cairo stamps the time of writing unless told a date: the same
   * inputs must give the same bytes, so the date is SOURCE_DATE_EPOCH's
   * or the epoch itself. */
  date = dup_source_date ("%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  vs_comparison_get_title (self->comparison));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                  date != NULL ? date : "1970-01-01T00:00:00Z");

  cr = cairo_create (surface);
  for (guint page = 0; page < self->pages->len; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &closure.error))
        break;

      vs_report_draw_page (self, cr, page);
      cairo_show_page (cr);

      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS || closure.error != NULL)
        break;
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (closure.error == NULL)
    {
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
