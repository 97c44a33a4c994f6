/* vs-font-warmer.c
 *
 * Fonts, made ready on a second thread while the main one builds the
 * window.
 *
 * Before the first frame can show text, Pango and cairo make every font
 * the window uses ready: each size and weight is matched by fontconfig,
 * measured (Pango shapes a sample sentence for a font's metrics), and
 * each glyph is loaded and hinted, twice (for its size, and for its
 * picture): in callgrind, some 50M of the main thread's 400M
 * instructions to the first frame. None of it needs the window, only the
 * fonts and the text, and all of it is kept in the font map, where glyph
 * sizes and pictures live in cairo's scaled fonts.
 *
 * So, once libadwaita's style sheet is in (the sizes and weights come
 * from it), the main thread asks a few styled probe widgets which fonts
 * they get, with what options and resolution, and a worker thread loads
 * those fonts into a font map of its own, measures them, and lays out and
 * draws every character of the text to come. The window takes that font
 * map (gtk_widget_set_font_map()) before it first measures its text: a
 * font or a glyph the worker did not guess is simply made then, as
 * before.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-font-warmer"

#include "config.h"

#include <adwaita.h>
#include <pango/pangocairo.h>

#include "versus-core.h"
#include "vs-font-warmer.h"

struct _VsFontWarmer
{
  GThread              *thread;

  /* Read by the thread only; owned here. */
  GPtrArray            *descriptions;   /* PangoFontDescription */
  cairo_font_options_t *options;
  double                resolution;
  gboolean              round_positions;
  PangoLanguage        *language;
  char                 *text;
  gboolean              with_bundled;

  /* Written by the thread; read once fonts_ready is set. */
  PangoFontMap         *font_map;
  guint                 n_fonts;
  GArray               *runs;           /* GlyphRun, drawn after fonts_ready */

  GMutex                lock;
  GCond                 cond;
  gboolean              fonts_ready;
};

/* Glyphs of one font, to draw with cairo alone once the font map is the
 * window's (cairo's scaled fonts lock themselves; Pango's objects are
 * not touched again). */
typedef struct
{
  cairo_scaled_font_t *font;
  GArray              *glyphs;          /* cairo_glyph_t */
  int                  width;
  int                  height;
} GlyphRun;

static void
glyph_run_clear (gpointer data)
{
  GlyphRun *run = data;

  cairo_scaled_font_destroy (run->font);
  g_array_unref (run->glyphs);
}

/* The CSS classes whose fonts the window shows first: body text,
 * headings, the cards' names, captions, the table's column titles. */
static const char * const label_classes[] = {
  NULL, "heading", "title-3", "caption", "caption-heading",
};

static void
add_description (VsFontWarmer *self,
                 GtkWidget    *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *description = pango_context_get_font_description (context);

  if (description == NULL)
    return;

  for (guint i = 0; i < self->descriptions->len; i++)
    if (pango_font_description_equal (g_ptr_array_index (self->descriptions, i), description))
      return;

  g_ptr_array_add (self->descriptions, pango_font_description_copy (description));

  /* Every widget's context has the same options and resolution. */
  if (self->options == NULL)
    {
      self->options = cairo_font_options_copy (pango_cairo_context_get_font_options (context));
      self->resolution = pango_cairo_context_get_resolution (context);
      self->round_positions = pango_context_get_round_glyph_positions (context);
      self->language = pango_context_get_language (context);
    }
}

/* Probes add the fonts of their labels; a button's label is bold, a
 * window title's subtitle smaller. */
static void
add_descriptions_of (VsFontWarmer *self,
                     GtkWidget    *widget)
{
  if (GTK_IS_LABEL (widget))
    add_description (self, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_descriptions_of (self, child);
}

static void
probe_fonts (VsFontWarmer *self)
{
  GtkWidget *probes[G_N_ELEMENTS (label_classes) + 2];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (label_classes); i++)
    {
      probes[n] = gtk_label_new ("x");
      if (label_classes[i] != NULL)
        gtk_widget_add_css_class (probes[n], label_classes[i]);
      n++;
    }
  probes[n++] = gtk_button_new_with_label ("x");
  probes[n++] = adw_window_title_new ("x", "x");

  for (guint i = 0; i < n; i++)
    {
      g_object_ref_sink (probes[i]);
      add_descriptions_of (self, probes[i]);
      g_object_unref (probes[i]);
    }
}

/* Every character of @text once. */
static char *
dup_characters (const char *text)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GString *characters = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_hash_table_contains (seen, GUINT_TO_POINTER (c)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (c));
      g_string_append_unichar (characters, c);
    }

  return g_string_free (characters, FALSE);
}

static void
append_line (GString    *text,
             const char *line)
{
  if (line == NULL)
    return;
  g_string_append (text, line);
  g_string_append_c (text, '\n');
}

/* What the bundled comparison says, in the words the window shows. */
static void
append_bundled (GString *text)
{
  g_autoptr(VsComparison) comparison = vs_load_bundled (NULL);
  guint n_subjects, n_criteria;

  if (comparison == NULL)
    return;

  append_line (text, vs_comparison_get_title (comparison));
  n_subjects = vs_comparison_get_n_subjects (comparison);
  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_comparison_get_subject (comparison, i);

      const char * const *drawbacks = vs_subject_get_drawbacks (subject);
      const char * const *used_by = vs_subject_get_used_by (subject);

      append_line (text, vs_subject_get_name (subject));
      append_line (text, vs_subject_get_summary (subject));
      for (guint k = 0; drawbacks != NULL && drawbacks[k] != NULL; k++)
        append_line (text, drawbacks[k]);
      for (guint k = 0; used_by != NULL && used_by[k] != NULL; k++)
        append_line (text, used_by[k]);
    }
  n_criteria = vs_comparison_get_n_criteria (comparison);
  for (guint i = 0; i < n_criteria; i++)
    append_line (text, vs_criterion_get_name (vs_comparison_get_criterion (comparison, i)));
  for (guint level = 0; level < VS_N_LEVELS; level++)
    append_line (text, vs_level_get_label (level));
}

static G_DEFINE_QUARK (vs-font-warmer-ready, ready)

/* Marks the fonts @layout's text came out in, and keeps its glyphs in
 * each to draw later. */
static void
collect_runs (VsFontWarmer *self,
              PangoLayout  *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoGlyphItem *item = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      GlyphRun run;
      double x = 0;

      if (item == NULL)
        continue;

      g_object_set_qdata (G_OBJECT (item->item->analysis.font), ready_quark (), GINT_TO_POINTER (TRUE));

      run.font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->item->analysis.font));
      if (run.font == NULL)
        continue;
      cairo_scaled_font_reference (run.font);
      run.glyphs = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), item->glyphs->num_glyphs);
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      run.width = MAX (1, PANGO_PIXELS_CEIL (logical.width));
      run.height = MAX (1, PANGO_PIXELS_CEIL (logical.height));
      for (int i = 0; i < item->glyphs->num_glyphs; i++)
        {
          PangoGlyphInfo *info = &item->glyphs->glyphs[i];
          cairo_glyph_t glyph = { info->glyph, x, PANGO_PIXELS (pango_layout_iter_get_baseline (iter) - logical.y) };

          x += (double) info->geometry.width / PANGO_SCALE;
          if (info->glyph == PANGO_GLYPH_EMPTY || (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
            continue;
          g_array_append_val (run.glyphs, glyph);
        }
      g_array_append_val (self->runs, run);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

/* Each glyph's picture: cairo makes one only for a glyph that lands on
 * the surface. */
static void
draw_runs (VsFontWarmer *self)
{
  for (guint i = 0; i < self->runs->len; i++)
    {
      GlyphRun *run = &g_array_index (self->runs, GlyphRun, i);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, run->width, run->height);
      cairo_t *cr = cairo_create (surface);

      cairo_set_scaled_font (cr, run->font);
      cairo_show_glyphs (cr, (cairo_glyph_t *) run->glyphs->data, run->glyphs->len);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static gpointer
warm_fonts (gpointer data)
{
  VsFontWarmer *self = data;
  g_autoptr(GString) text = g_string_new (self->text);
  g_autofree char *characters = NULL;
  PangoContext *context;
  PangoLayout *layout;

  if (self->with_bundled)
    append_bundled (text);
  characters = dup_characters (text->str);

  self->font_map = pango_cairo_font_map_new ();
  context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_font_options (context, self->options);
  pango_cairo_context_set_resolution (context, self->resolution);
  pango_context_set_round_glyph_positions (context, self->round_positions);
  pango_context_set_language (context, self->language);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, characters, -1);

  for (guint i = 0; i < self->descriptions->len; i++)
    {
      PangoFontDescription *description = g_ptr_array_index (self->descriptions, i);
      PangoFontMetrics *metrics;

      pango_context_set_font_description (context, description);
      /* The font set, and the metrics labels and entries ask for. */
      metrics = pango_context_get_metrics (context, description, self->language);
      pango_font_metrics_unref (metrics);

      /* Each glyph's size. */
      pango_layout_context_changed (layout);
      pango_layout_get_extents (layout, NULL, NULL);
      collect_runs (self, layout);
      self->n_fonts++;
    }

  g_object_unref (layout);
  g_object_unref (context);

  /* The window may take the font map now, and measure its text while the
   * glyphs' pictures are made. */
  g_mutex_lock (&self->lock);
  self->fonts_ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);

  draw_runs (self);
  return NULL;
}

/**
 * vs_font_warmer_start:
 * @text: what the window will show, in part (each character is made
 *   ready in each font)
 * @with_bundled: whether the window will show the bundled comparison,
 *   whose text is then added
 *
 * On the main thread, once libadwaita's style sheet is loaded: starts
 * making fonts ready on a worker thread.
 *
 * Returns: (transfer full): the warmer, for vs_font_warmer_take_font_map()
 *   and vs_font_warmer_free()
 */
VsFontWarmer *
vs_font_warmer_start (const char *text,
                      gboolean    with_bundled)
{
  VsFontWarmer *self = g_new0 (VsFontWarmer, 1);
  g_autoptr(GError) error = NULL;

  self->descriptions = g_ptr_array_new_with_free_func ((GDestroyNotify)pango_font_description_free);
  self->runs = g_array_new (FALSE, FALSE, sizeof (GlyphRun));
  g_array_set_clear_func (self->runs, glyph_run_clear);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  self->text = g_strdup (text ? text : "");
  self->with_bundled = with_bundled;

  probe_fonts (self);
  if (self->options != NULL)
    self->thread = g_thread_try_new ("vs-font-warmer", warm_fonts, self, &error);
  if (self->options != NULL && self->thread == NULL)
    g_debug ("No thread to make fonts ready on: %s", error->message);

  return self;
}

/**
 * vs_font_warmer_take_font_map:
 * @n_fonts: (out) (optional): how many fonts it made ready
 *
 * Waits until the fonts are ready (their glyphs' pictures may still be in
 * the making: cairo's fonts lock themselves while they are).
 *
 * Returns: (transfer full) (nullable): the font map with the fonts ready,
 *   for gtk_widget_set_font_map(); %NULL if there was no thread, or on a
 *   second call
 */
PangoFontMap *
vs_font_warmer_take_font_map (VsFontWarmer *self,
                              guint        *n_fonts)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  while (self->thread != NULL && !self->fonts_ready)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);

  if (n_fonts != NULL)
    *n_fonts = self->n_fonts;
  return g_steal_pointer (&self->font_map);
}

/**
 * vs_font_warmer_free:
 *
 * Waits for the worker to end, and frees @self.
 */
void
vs_font_warmer_free (VsFontWarmer *self)
{
  g_return_if_fail (self != NULL);

  if (self->thread != NULL)
    g_thread_join (self->thread);

  g_clear_object (&self->font_map);
  g_array_unref (self->runs);
  g_ptr_array_unref (self->descriptions);
  g_clear_pointer (&self->options, cairo_font_options_destroy);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self->text);
  g_free (self);
}

/**
 * vs_font_warmer_is_ready:
 * @font: a font
 *
 * Returns: whether a warmer made @font ready (for the tests: a widget's
 *   font is the warmer's only if the worker asked for it as GTK does)
 */
gboolean
vs_font_warmer_is_ready (PangoFont *font)
{
  g_return_val_if_fail (PANGO_IS_FONT (font), FALSE);

  return g_object_get_qdata (G_OBJECT (font), ready_quark ()) != NULL;
}
