/* vs-comparison-table.c
 *
 * A GtkColumnView over one category: a criterion column and one column per
 * subject. Rows come from list item factories, so only the rows on screen
 * have widgets; a new ranking refreshes those cells in place instead of
 * rebuilding the model. Sorting goes through vs_criterion_compare(), the
 * comparator the reports use, so what is printed is what is shown.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-comparison-table"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-comparison-table.h"
#include "vs-row-slots.h"

/* Which column a factory or a sorter serves: a subject index or VS_SORT_NAME. */
#define COLUMN_KEY "vs-column"

typedef struct
{
  VsComparisonTable *table;
  int                column;
} SortKey;

/* The one-line labels of a cell whose size does not follow their text. */
typedef enum
{
  LINE_NAME,
  LINE_LEVEL,
  LINE_NOTE,
  N_LINE_KINDS
} LineKind;

typedef struct
{
  int height;       /* 0 until measured */
  int minimum;
  int natural;
} LineSize;

struct _VsComparisonTable
{
  GtkWidget           parent_instance;

  VsComparison       *comparison;
  VsCategory         *category;
  VsSelection        *selection;
  VsRanking          *ranking;
  gboolean           *best;             /* per subject, from the ranking */
  LineSize            line_sizes[N_LINE_KINDS];  /* see fixed_line_measure() */

  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GPtrArray          *subject_columns;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  VsRowSlots         *slots;            /* what the view shows: see vs-row-slots.c */
  GHashTable         *bound_cells;      /* cell widget -> GtkListItem */
  GtkSelectionModel  *rows;             /* given to the view when first shown */

  guint              *visible;
  guint               n_visible;
  gboolean            only_differences;
  gboolean            filter_pending;   /* refilter when next shown or asked */
  GtkFilterChange     pending_change;

  int                 sort_column;
  gboolean            sort_descending;
  gboolean            probing;
  gboolean            probe_seen;
  int                 probe_column;
  GObject            *probe_items[2];
};

G_DEFINE_FINAL_TYPE (VsComparisonTable, vs_comparison_table, GTK_TYPE_WIDGET)

static void ensure_view (VsComparisonTable *self);

static const char * const level_classes[VS_N_LEVELS] = {
  [VS_LEVEL_UNKNOWN] = "level-unknown",
  [VS_LEVEL_NO] = "level-no",
  [VS_LEVEL_PARTIAL] = "level-partial",
  [VS_LEVEL_YES] = "level-yes",
};

static int
compare_criteria (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SortKey *key = user_data;
  VsComparisonTable *self = key->table;
  int result;

  /* See on_sorter_changed(). */
  if (self->probing)
    {
      if (!self->probe_seen)
        {
          self->probe_seen = TRUE;
          self->probe_column = key->column;
        }
      return GTK_ORDERING_LARGER;
    }

  result = vs_criterion_compare ((VsCriterion *)a, (VsCriterion *)b, key->column);
  if (result == 0)
    {
      guint ia = vs_criterion_get_index ((VsCriterion *)a);
      guint ib = vs_criterion_get_index ((VsCriterion *)b);

      /* Equal rows keep file order in both directions, as in the
       * reports (vs_view_dup_rows): the column view reverses the whole
       * result when descending, so reverse the tie-break first. */
      result = (ia > ib) - (ia < ib);
      if (self->sort_descending)
        result = -result;
    }

  return (result > 0) - (result < 0);
}

/* GTK 4.8 does not say which column a GtkColumnView sorts by (that came in
 * 4.10), so ask its sorter: in probing mode every column sorter says
 * "larger" and notes that it was asked; the first one asked is the primary
 * column, and the view's answer tells the direction. This runs before the
 * sort model re-sorts (it is connected first), so the tie-break above
 * already knows the new direction. */
static void
on_sorter_changed (GtkSorter         *sorter,
                   GtkSorterChange    change,
                   VsComparisonTable *self)
{
  GtkOrdering ordering;

  self->probing = TRUE;
  self->probe_seen = FALSE;
  /* Two distinct items: sorters may answer "equal" for one item
   * compared with itself without asking anybody. */
  ordering = gtk_sorter_compare (sorter, self->probe_items[0], self->probe_items[1]);
  self->probing = FALSE;

  if (self->probe_seen)
    {
      self->sort_column = self->probe_column;
      self->sort_descending = ordering == GTK_ORDERING_SMALLER;
    }
  else
    {
      self->sort_column = VS_SORT_NONE;
      self->sort_descending = FALSE;
    }
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  VsComparisonTable *self = user_data;

  if (!self->only_differences)
    return TRUE;

  return !vs_criterion_is_uniform (item, self->visible, self->n_visible);
}

static int
get_column_key (gpointer object)
{
  return GPOINTER_TO_INT (g_object_get_data (object, COLUMN_KEY)) - 10;
}

static void
set_column_key (gpointer object,
                int      column)
{
  g_object_set_data (object, COLUMN_KEY, GINT_TO_POINTER (column + 10));
}

static void
toggle_class (GtkWidget  *widget,
              const char *css_class,
              gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* Setting a label's text, even the same text, makes it measure its
 * layout again; a refresh after a tick leaves most texts as they were. */
static void
set_label_text (GtkWidget  *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

static gboolean
subject_is_best (VsComparisonTable *self,
                 guint              subject_index)
{
  return self->best != NULL && subject_index < self->subject_columns->len && self->best[subject_index];
}

/* Once per ranking, not once per cell. */
static void
update_best (VsComparisonTable *self)
{
  guint n_subjects = vs_comparison_get_n_subjects (self->comparison);
  gboolean has_verdict = self->ranking != NULL && vs_ranking_has_verdict (self->ranking);

  g_free (self->best);
  self->best = g_new0 (gboolean, n_subjects);
  for (guint i = 0; i < n_subjects && has_verdict; i++)
    {
      const VsResult *result = vs_ranking_lookup (self->ranking, vs_comparison_get_subject (self->comparison, i));

      self->best[i] = result != NULL && result->best;
    }
}

/* A cell's tooltip is looked up when the pointer rests on it:
 * gtk_widget_set_tooltip_text() asks the display where the pointer is,
 * a round trip per cell that made every tick on a large file take
 * seconds. Screen readers get the same text as the description. */
static void
set_cell_tooltip (GtkWidget  *cell,
                  const char *tooltip)
{
  const char *old = g_object_get_data (G_OBJECT (cell), "vs-tooltip");

  if (tooltip != NULL && tooltip[0] == '\0')
    tooltip = NULL;
  if (g_strcmp0 (old, tooltip) == 0)
    return;

  g_object_set_data_full (G_OBJECT (cell), "vs-tooltip", g_strdup (tooltip), g_free);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static gboolean
on_cell_query_tooltip (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (cell), "vs-tooltip");

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A name cell's "Must"/"Nice" badge and a level cell's note are made the
 * first time the cell has one to show: most cells never do (nothing is
 * ticked at startup, and few criteria have notes), and a table's first
 * frame makes a cell per row and subject. */
static GtkWidget *
name_cell_get_badge (GtkWidget *cell,
                     gboolean   create)
{
  GtkWidget *name_line = gtk_widget_get_first_child (cell);
  GtkWidget *badge = gtk_widget_get_next_sibling (name_line);

  if (badge == NULL && create)
    {
      badge = gtk_label_new (NULL);
      gtk_widget_add_css_class (badge, "tick-badge");
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (cell), badge);
    }

  return badge;
}

static GtkWidget *line_label_new (void);

static GtkWidget *
level_cell_get_note (GtkWidget *cell,
                     gboolean   create)
{
  GtkWidget *level_label = gtk_widget_get_next_sibling (gtk_widget_get_first_child (cell));
  GtkWidget *note_label = gtk_widget_get_next_sibling (level_label);

  if (note_label == NULL && create)
    {
      note_label = line_label_new ();
      gtk_widget_add_css_class (note_label, "dim-label");
      gtk_widget_add_css_class (note_label, "caption");
      gtk_widget_set_visible (note_label, FALSE);
      gtk_box_append (GTK_BOX (cell), note_label);
    }

  return note_label;
}

/* What a tick or a new ranking can change in a cell: whether its row is
 * ticked (and as what) and whether its subject is the best match. */
static void
refresh_marks (VsComparisonTable *self,
               GtkWidget         *cell,
               VsCriterion       *criterion)
{
  int column = get_column_key (cell);
  VsRequirementKind kind = VS_REQUIREMENT_NONE;

  if (self->selection != NULL)
    kind = vs_selection_get_kind (self->selection, vs_criterion_get_id (criterion));
  toggle_class (cell, "ticked", kind != VS_REQUIREMENT_NONE);

  if (column == VS_SORT_NAME)
    {
      GtkWidget *kind_label = name_cell_get_badge (cell, kind != VS_REQUIREMENT_NONE);

      if (kind_label != NULL)
        {
          set_label_text (kind_label,
                          kind == VS_REQUIREMENT_MUST ? _("Must") :
                          kind == VS_REQUIREMENT_NICE ? _("Nice") : "");
          gtk_widget_set_visible (kind_label, kind != VS_REQUIREMENT_NONE);
          toggle_class (kind_label, "must", kind == VS_REQUIREMENT_MUST);
        }
    }
  else
    toggle_class (cell, "best", subject_is_best (self, column));
}

/* Everything a cell shows of @criterion. */
static void
refresh_cell (VsComparisonTable *self,
              GtkWidget         *cell,
              VsCriterion       *criterion)
{
  int column = get_column_key (cell);

  if (column == VS_SORT_NAME)
    {
      GtkWidget *name_label = gtk_widget_get_first_child (gtk_widget_get_first_child (cell));
      const char *name = vs_criterion_get_name (criterion);
      const char *description = vs_criterion_get_description (criterion);
      g_autofree char *tooltip = NULL;

      set_label_text (name_label, name);
      /* The name is one ellipsized line: the tooltip shows all of it. */
      if (description != NULL && description[0] != '\0')
        tooltip = g_strdup_printf ("%s\n%s", name, description);
      set_cell_tooltip (cell, tooltip != NULL ? tooltip : name);
    }
  else
    {
      guint subject = column;
      VsLevel level = vs_criterion_get_level (criterion, subject);
      const char *note = vs_criterion_get_note (criterion, subject);
      VsSource *source = vs_criterion_get_source (criterion, subject);
      GtkWidget *image = gtk_widget_get_first_child (cell);
      GtkWidget *level_label = gtk_widget_get_next_sibling (image);
      gboolean has_note = note != NULL && note[0] != '\0';
      GtkWidget *note_label = level_cell_get_note (cell, has_note);
      g_autofree char *tooltip = NULL;

      if (g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), vs_level_get_icon_name (level)) != 0)
        gtk_image_set_from_icon_name (GTK_IMAGE (image), vs_level_get_icon_name (level));
      set_label_text (level_label, vs_level_get_label (level));
      for (guint i = 0; i < VS_N_LEVELS; i++)
        toggle_class (cell, level_classes[i], i == level);

      if (note_label != NULL)
        {
          set_label_text (note_label, has_note ? note : "");
          gtk_widget_set_visible (note_label, has_note);
        }

      if (note != NULL && source != NULL)
        /* Translators: a cell's tooltip: the note, then where it comes from */
        tooltip = g_strdup_printf (_("%s\nSource: %s"), note, vs_source_get_title (source));
      else if (source != NULL)
        tooltip = g_strdup_printf (_("Source: %s"), vs_source_get_title (source));
      else
        tooltip = g_strdup (note);
      set_cell_tooltip (cell, tooltip);
    }

  refresh_marks (self, cell, criterion);
}

static const LineSize *line_size (VsComparisonTable *self,
                                  LineKind           kind,
                                  GtkWidget         *label);

/* A cell's texts sit in lines whose size does not depend on the text: a
 * sort or a filter changes the texts of the ~200 rows GTK 4.8 keeps, and
 * a label measures a new text with four Pango layouts, which made a sort
 * take a third of a second. A line is as high as its font, as wide as
 * its kind says (worked out once per table), and its label is only laid
 * out once, at the width the line gets. */
static void
fixed_line_measure (GtkWidget      *line,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  VsComparisonTable *self = g_object_get_data (G_OBJECT (line), "vs-table");
  LineKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (line), "vs-line-kind"));
  const LineSize *size = line_size (self, kind, gtk_widget_get_first_child (line));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = size->minimum;
      *natural = size->natural;
    }
  else
    *minimum = *natural = size->height;
}

/* The size of a line of @kind, worked out once per table from @label's
 * font (the note's is smaller). */
static const LineSize *
line_size (VsComparisonTable *self,
           LineKind           kind,
           GtkWidget         *label)
{
  LineSize *size = &self->line_sizes[kind];

  if (size->height == 0)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (label), NULL, NULL);
      int char_width = PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_char_width (metrics));

      size->height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics));
      pango_font_metrics_unref (metrics);

      switch (kind)
        {
        case LINE_NAME:
          size->minimum = 20 * char_width;
          size->natural = 32 * char_width;
          break;
        case LINE_NOTE:
          size->minimum = 4 * char_width;
          size->natural = 24 * char_width;
          break;
        case LINE_LEVEL:
        case N_LINE_KINDS:
        default:
          /* As wide as the widest level's name in this language. */
          for (guint i = 0; i < VS_N_LEVELS; i++)
            {
              g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, vs_level_get_label (i));
              int width;

              pango_layout_get_pixel_size (layout, &width, NULL);
              size->minimum = MAX (size->minimum, width);
            }
          size->natural = size->minimum;
          break;
        }
    }

  return size;
}

static void
fixed_line_allocate (GtkWidget *line,
                     int        width,
                     int        height,
                     int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (line), width, height, -1, NULL);
}

static GtkWidget *
line_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);

  return label;
}

/* A level cell lays out its three children itself: the icon and the
 * level's name on a line, the note (when there is one) on a line below,
 * each line as high as its font. Boxes around them cost more widgets
 * per cell, and a table's first frame makes some hundred cells. */
#define LEVEL_ICON_SPACING 6
#define LEVEL_NOTE_SPACING 2

static void
level_cell_measure (GtkWidget      *cell,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  VsComparisonTable *self = g_object_get_data (G_OBJECT (cell), "vs-table");
  GtkWidget *image = gtk_widget_get_first_child (cell);
  GtkWidget *level_label = gtk_widget_get_next_sibling (image);
  GtkWidget *note_label = gtk_widget_get_next_sibling (level_label);
  const LineSize *level = line_size (self, LINE_LEVEL, level_label);
  gboolean has_note = note_label != NULL && gtk_widget_get_visible (note_label);
  const LineSize *note = has_note ? line_size (self, LINE_NOTE, note_label) : NULL;
  int image_size;

  gtk_widget_measure (image, orientation, -1, NULL, &image_size, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = image_size + LEVEL_ICON_SPACING + level->minimum;
      *natural = image_size + LEVEL_ICON_SPACING + level->natural;
      if (has_note)
        {
          *minimum = MAX (*minimum, note->minimum);
          *natural = MAX (*natural, note->natural);
        }
    }
  else
    {
      *minimum = MAX (image_size, level->height);
      if (has_note)
        *minimum += LEVEL_NOTE_SPACING + note->height;
      *natural = *minimum;
    }
}

static void
level_cell_allocate (GtkWidget *cell,
                     int        width,
                     int        height,
                     int        baseline)
{
  VsComparisonTable *self = g_object_get_data (G_OBJECT (cell), "vs-table");
  GtkWidget *image = gtk_widget_get_first_child (cell);
  GtkWidget *level_label = gtk_widget_get_next_sibling (image);
  GtkWidget *note_label = gtk_widget_get_next_sibling (level_label);
  const LineSize *level = line_size (self, LINE_LEVEL, level_label);
  int image_width, image_height, line_height, x;

  gtk_widget_measure (image, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &image_width, NULL, NULL);
  gtk_widget_measure (image, GTK_ORIENTATION_VERTICAL, -1, NULL, &image_height, NULL, NULL);
  line_height = MAX (image_height, level->height);
  x = MIN (image_width + LEVEL_ICON_SPACING, width);

  gtk_widget_size_allocate (image, &(GtkAllocation) { 0, 0, image_width, line_height }, -1);
  gtk_widget_size_allocate (level_label, &(GtkAllocation) { x, (line_height - level->height) / 2, width - x, level->height }, -1);
  if (note_label != NULL && gtk_widget_get_visible (note_label))
    gtk_widget_size_allocate (note_label,
                              &(GtkAllocation) { 0, line_height + LEVEL_NOTE_SPACING, width,
                                                 line_size (self, LINE_NOTE, note_label)->height }, -1);
}

/* A one-line, ellipsized @label in a fixed line of @kind. */
static GtkWidget *
fixed_line_new (VsComparisonTable *self,
                LineKind           kind,
                GtkWidget         *label)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_layout_manager (line, gtk_custom_layout_new (NULL, fixed_line_measure, fixed_line_allocate));
  g_object_set_data (G_OBJECT (line), "vs-table", self);
  g_object_set_data (G_OBJECT (line), "vs-line-kind", GINT_TO_POINTER (kind));
  gtk_box_append (GTK_BOX (line), label);

  return line;
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  VsComparisonTable        *self)
{
  int column = get_column_key (factory);
  GtkWidget *cell;

  if (column == VS_SORT_NAME)
    {
      GtkWidget *name_line = fixed_line_new (self, LINE_NAME, line_label_new ());

      cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_hexpand (name_line, TRUE);
      gtk_widget_set_valign (name_line, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (cell), name_line);
      gtk_widget_add_css_class (cell, "criterion-cell");
    }
  else
    {
      GtkWidget *image = gtk_image_new ();

      cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_layout_manager (cell, gtk_custom_layout_new (NULL, level_cell_measure, level_cell_allocate));
      g_object_set_data (G_OBJECT (cell), "vs-table", self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (cell), image);
      gtk_box_append (GTK_BOX (cell), line_label_new ());
      gtk_widget_add_css_class (cell, "level-cell");
    }

  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  set_column_key (cell, column);
  gtk_list_item_set_child (list_item, cell);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 VsComparisonTable        *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  g_autoptr(VsCriterion) criterion = vs_row_slots_dup_source_item (self->slots, gtk_list_item_get_item (list_item));

  if (criterion != NULL)
    refresh_cell (self, cell, criterion);
  g_hash_table_insert (self->bound_cells, cell, list_item);
}

/* Refreshes the bound cells from @position on: their marks after a new
 * ranking, all they show after a sort or a filter changed the rows there
 * (VsRowSlots::rebind), in the cells GTK 4.8 would otherwise destroy and
 * build again. */
static void
refresh_cells (VsComparisonTable *self,
               guint              position,
               gboolean           content)
{
  GHashTableIter iter;
  gpointer cell, list_item;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, &list_item))
    {
      GObject *slot = gtk_list_item_get_item (list_item);
      g_autoptr(VsCriterion) criterion = NULL;

      if (slot == NULL || vs_row_slots_get_position (slot) < position)
        continue;
      criterion = vs_row_slots_dup_source_item (self->slots, slot);
      if (criterion == NULL)
        continue;
      if (content)
        refresh_cell (self, cell, criterion);
      else
        refresh_marks (self, cell, criterion);
    }
}

static void
on_slots_rebind (VsComparisonTable *self,
                 guint              position)
{
  refresh_cells (self, position, TRUE);
}


static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   VsComparisonTable        *self)
{
  g_hash_table_remove (self->bound_cells, gtk_list_item_get_child (list_item));
}

static GtkColumnViewColumn *
add_column (VsComparisonTable *self,
            const char        *title,
            int                column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  SortKey *key = g_new0 (SortKey, 1);
  g_autoptr(GtkCustomSorter) sorter = NULL;
  GtkColumnViewColumn *view_column;

  set_column_key (factory, column);
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);

  key->table = self;
  key->column = column;
  sorter = gtk_custom_sorter_new (compare_criteria, key, g_free);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  set_column_key (view_column, column);

  /* The column view holds the column now; ours is a borrowed pointer. */
  g_object_unref (view_column);

  return view_column;
}

static void
update_titles (VsComparisonTable *self)
{
  for (guint i = 0; i < self->subject_columns->len; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (self->subject_columns, i);
      const char *name = vs_subject_get_name (vs_comparison_get_subject (self->comparison, i));

      if (subject_is_best (self, i))
        {
          /* Translators: the best match's column header, e.g. "Flask ★" */
          g_autofree char *title = g_strdup_printf (_("%s ★"), name);

          if (g_strcmp0 (gtk_column_view_column_get_title (column), title) != 0)
            gtk_column_view_column_set_title (column, title);
        }
      else if (g_strcmp0 (gtk_column_view_column_get_title (column), name) != 0)
        gtk_column_view_column_set_title (column, name);
    }
}

static void
vs_comparison_table_dispose (GObject *object)
{
  VsComparisonTable *self = (VsComparisonTable *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->column_view = NULL;
  self->name_column = NULL;

  g_clear_pointer (&self->subject_columns, g_ptr_array_unref);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_object (&self->slots);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->ranking);
  g_clear_object (&self->selection);
  g_clear_object (&self->category);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->best, g_free);
  g_clear_object (&self->rows);
  g_clear_object (&self->probe_items[0]);
  g_clear_object (&self->probe_items[1]);

  G_OBJECT_CLASS (vs_comparison_table_parent_class)->dispose (object);
}

/* GTK 4.8's column headers take no keyboard focus: make each title a
 * focus stop that sorts on Enter or Space, as a click does (ascending,
 * then descending). */
static gboolean
sort_from_keyboard (GtkWidget *title,
                    GVariant  *args,
                    gpointer   user_data)
{
  VsComparisonTable *self = VS_COMPARISON_TABLE (gtk_widget_get_ancestor (title, VS_TYPE_COMPARISON_TABLE));
  int column = GPOINTER_TO_INT (user_data);
  GtkColumnViewColumn *view_column;

  if (self == NULL || (view_column = vs_comparison_table_get_column (self, column)) == NULL)
    return FALSE;

  gtk_column_view_sort_by_column (self->column_view, view_column,
                                  self->sort_column == column && !self->sort_descending
                                  ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  return TRUE;
}

static void
make_titles_focusable (VsComparisonTable *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GtkWidget *title;
  int i = 0;

  if (header == NULL)
    return;

  gtk_widget_set_can_focus (header, TRUE);
  /* The titles are in column order: the criterion, then the subjects. */
  for (title = gtk_widget_get_first_child (header);
       title != NULL;
       title = gtk_widget_get_next_sibling (title), i++)
    {
      int column = i == 0 ? VS_SORT_NAME : i - 1;
      GtkEventController *shortcuts;
      GtkShortcut *shortcut;

      if (g_object_get_data (G_OBJECT (title), "vs-keyboard-sort") != NULL)
        continue;

      shortcuts = gtk_shortcut_controller_new ();
      shortcut = gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                                                gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0),
                                                                                             gtk_keyval_trigger_new (GDK_KEY_space, 0))),
                                   gtk_callback_action_new (sort_from_keyboard, GINT_TO_POINTER (column), NULL));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
      gtk_widget_add_controller (title, shortcuts);
      gtk_widget_set_focusable (title, TRUE);
      g_object_set_data (G_OBJECT (title), "vs-keyboard-sort", shortcuts);
    }
}

/**
 * vs_comparison_table_sort_from_keyboard:
 * @column: a subject index, or %VS_SORT_NAME
 *
 * What Enter or Space on a focused column title does. For tests.
 *
 * Returns: %TRUE if the title exists and can take focus
 */
gboolean
vs_comparison_table_sort_from_keyboard (VsComparisonTable *self,
                                        int                column)
{
  GtkWidget *header;
  GtkWidget *title;
  int i = column == VS_SORT_NAME ? 0 : column + 1;

  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), FALSE);

  ensure_view (self);
  header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  for (title = header ? gtk_widget_get_first_child (header) : NULL;
       title != NULL && i > 0;
       title = gtk_widget_get_next_sibling (title))
    i--;

  if (title == NULL || !gtk_widget_get_focusable (title))
    return FALSE;

  return sort_from_keyboard (title, NULL, GINT_TO_POINTER (column));
}

static void flush_filter (VsComparisonTable *self);

static void
apply_visible_columns (VsComparisonTable *self)
{
  if (self->visible == NULL)
    return;

  for (guint i = 0; i < self->subject_columns->len; i++)
    {
      gboolean visible = FALSE;

      for (guint j = 0; j < self->n_visible; j++)
        visible |= self->visible[j] == i;
      gtk_column_view_column_set_visible (g_ptr_array_index (self->subject_columns, i), visible);
    }
}

/* The widgets: a column view with a column per subject, in a scrolled
 * window. Made when the table is first shown, or first asked for its
 * view: a large file has 60 categories, and a page nobody opened needs no
 * column view (four million instructions each). */
static void
ensure_view (VsComparisonTable *self)
{
  GtkWidget *scroller;
  guint n_subjects;

  if (self->column_view != NULL || self->comparison == NULL)
    return;

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vs_category_get_name (self->category),
                                  -1);

  /* Before the sort model connects to it: see on_sorter_changed(). */
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, 0);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));
  self->name_column = add_column (self, _("Criterion"), VS_SORT_NAME);
  gtk_column_view_column_set_expand (self->name_column, TRUE);

  n_subjects = vs_comparison_get_n_subjects (self->comparison);
  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_comparison_get_subject (self->comparison, i);

      g_ptr_array_add (self->subject_columns, add_column (self, vs_subject_get_name (subject), i));
    }
  apply_visible_columns (self);
  update_titles (self);

  make_titles_focusable (self);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  /* Hidden until mapped: the stack measures every page. */
  gtk_widget_set_visible (scroller, FALSE);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));

  /* The view gets its rows when first mapped (see _map()): as many as its
   * window has room for, now that it is in one. A row is a line of text
   * at least (some 24 pixels at the usual size). */
  self->rows = GTK_SELECTION_MODEL (gtk_no_selection_new (vs_row_slots_new_growing (G_LIST_MODEL (self->slots),
                                                                                 GTK_WIDGET (self->column_view), 20)));
}

static void
vs_comparison_table_map (GtkWidget *widget)
{
  VsComparisonTable *self = VS_COMPARISON_TABLE (widget);
  GtkWidget *scroller;

  ensure_view (self);
  scroller = gtk_widget_get_first_child (widget);
  flush_filter (self);
  if (self->rows != NULL && gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, self->rows);
  /* Shown for good the first time its page is (see _new()). */
  if (scroller != NULL && !gtk_widget_get_visible (scroller))
    gtk_widget_set_visible (scroller, TRUE);

  GTK_WIDGET_CLASS (vs_comparison_table_parent_class)->map (widget);
}

static void
vs_comparison_table_class_init (VsComparisonTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_comparison_table_dispose;
  widget_class->map = vs_comparison_table_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vs_comparison_table_init (VsComparisonTable *self)
{
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->subject_columns = g_ptr_array_new ();
  self->sort_column = VS_SORT_NONE;
  self->probe_items[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe_items[1] = g_object_new (G_TYPE_OBJECT, NULL);
}

/**
 * vs_comparison_table_new:
 * @comparison: the comparison, for its subjects
 * @category: the category whose criteria are the rows
 * @selection: the ticks, to mark ticked rows
 */
GtkWidget *
vs_comparison_table_new (VsComparison *comparison,
                         VsCategory   *category,
                         VsSelection  *selection)
{
  VsComparisonTable *self;

  g_return_val_if_fail (VS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (VS_IS_CATEGORY (category), NULL);
  g_return_val_if_fail (VS_IS_SELECTION (selection), NULL);

  self = g_object_new (VS_TYPE_COMPARISON_TABLE, NULL);
  self->comparison = g_object_ref (comparison);
  self->category = g_object_ref (category);
  self->selection = g_object_ref (selection);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  /* No filter while every row shows (see flush_filter()): a filter model
   * asks its filter about every item when made. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (vs_category_get_criteria (category)), NULL);
  /* Sorted by the column view's sorter once there is a view (ensure_view()). */
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  self->slots = vs_row_slots_new (G_LIST_MODEL (self->sorted));
  g_signal_connect_object (self->slots, "rebind", G_CALLBACK (on_slots_rebind), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

VsCategory *
vs_comparison_table_get_category (VsComparisonTable *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), NULL);

  return self->category;
}

GtkColumnView *
vs_comparison_table_get_column_view (VsComparisonTable *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), NULL);

  ensure_view (self);
  return self->column_view;
}

/**
 * vs_comparison_table_get_column:
 * @column: a subject index, or %VS_SORT_NAME for the criterion column
 *
 * Returns: (transfer none) (nullable): the column
 */
GtkColumnViewColumn *
vs_comparison_table_get_column (VsComparisonTable *self,
                                int                column)
{
  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), NULL);

  ensure_view (self);
  if (column == VS_SORT_NAME)
    return self->name_column;
  if (column < 0 || (guint)column >= self->subject_columns->len)
    return NULL;

  return g_ptr_array_index (self->subject_columns, column);
}

/**
 * vs_comparison_table_get_model:
 *
 * Returns: (transfer none): the rows in the order shown, after filtering
 */
GListModel *
vs_comparison_table_get_model (VsComparisonTable *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), NULL);

  flush_filter (self);

  return G_LIST_MODEL (self->sorted);
}

/**
 * vs_comparison_table_set_ranking:
 *
 * Shows @ranking: the best match's column header and tint, and the marks
 * of ticked rows. Only the cells on screen are touched.
 */
void
vs_comparison_table_set_ranking (VsComparisonTable *self,
                                 VsRanking         *ranking)
{
  g_return_if_fail (VS_IS_COMPARISON_TABLE (self));
  g_return_if_fail (VS_IS_RANKING (ranking));

  g_set_object (&self->ranking, ranking);
  update_best (self);
  update_titles (self);
  refresh_cells (self, 0, FALSE);
}

/* Hidden tables refilter when they are shown (or their rows are asked
 * for): "only differences" on a large file is one table's work, not
 * every category's. */
static void
flush_filter (VsComparisonTable *self)
{
  GtkFilter *filter = self->only_differences ? GTK_FILTER (self->filter) : NULL;

  if (!self->filter_pending)
    return;

  self->filter_pending = FALSE;
  /* The model has the filter only while it hides rows: 60 categories of a
   * large file would ask it about 100,000 rows at load for nothing. */
  if (gtk_filter_list_model_get_filter (self->filtered) != filter)
    gtk_filter_list_model_set_filter (self->filtered, filter);
  else if (filter != NULL)
    gtk_filter_changed (filter, self->pending_change);
}

static void
refresh_filter (VsComparisonTable *self,
                GtkFilterChange    change)
{
  if (self->filter_pending && self->pending_change != change)
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->filter_pending = TRUE;
  self->pending_change = change;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    flush_filter (self);
}

void
vs_comparison_table_set_visible_subjects (VsComparisonTable *self,
                                          const guint       *subjects,
                                          guint              n_subjects)
{
  g_return_if_fail (VS_IS_COMPARISON_TABLE (self));

  g_free (self->visible);
  self->visible = g_memdup2 (subjects, sizeof (guint) * n_subjects);
  self->n_visible = n_subjects;
  apply_visible_columns (self);

  if (self->only_differences)
    refresh_filter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
vs_comparison_table_set_only_differences (VsComparisonTable *self,
                                          gboolean           only_differences)
{
  g_return_if_fail (VS_IS_COMPARISON_TABLE (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;

  self->only_differences = only_differences;
  refresh_filter (self, only_differences ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

/**
 * vs_comparison_table_get_sort:
 * @descending: (out) (optional): whether the sort is reversed
 *
 * Returns: the column the table is sorted by: a subject index,
 *   %VS_SORT_NAME, or %VS_SORT_NONE (file order)
 */
int
vs_comparison_table_get_sort (VsComparisonTable *self,
                              gboolean          *descending)
{
  g_return_val_if_fail (VS_IS_COMPARISON_TABLE (self), VS_SORT_NONE);

  if (descending != NULL)
    *descending = self->sort_descending;

  return self->sort_column;
}
