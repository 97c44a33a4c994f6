/* vs-requirement-row.c
 *
 * A row is either a category's header or a criterion's check button with,
 * once ticked, a must/nice drop-down and (for a nice-to-have) a weight.
 * Rows are recycled by the panel's GtkListView, so a row reads and writes
 * the VsSelection and holds no state of its own.
 *
 * The drop-down and the spin button are made the first time the row shows
 * a ticked criterion: they are the costliest widgets of a row (a popover
 * and a list each, an entry and two buttons), and at startup nothing is
 * ticked, so the first frame does not pay for one per row.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-requirement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-requirement-row.h"

/* The name's line, below. */
#define VS_TYPE_NAME_LINE (vs_name_line_get_type ())
G_DECLARE_FINAL_TYPE (VsNameLine, vs_name_line, VS, NAME_LINE, GtkWidget)

struct _VsRequirementRow
{
  GtkWidget       parent_instance;

  GObject        *item;           /* what the row shows: a category or a criterion */
  VsCriterion    *criterion;
  VsSelection    *selection;
  guint           syncing : 1;

  GtkCheckButton *check_button;
  VsNameLine     *name_line;
  GtkBox         *controls_box;
  GtkLabel       *header_label;   /* made when the row first shows a header */
  GtkDropDown    *kind_dropdown;
  GtkSpinButton  *weight_spin;
};

G_DEFINE_FINAL_TYPE (VsRequirementRow, vs_requirement_row, GTK_TYPE_WIDGET)

/* The name's line: as tall as a line of its font, and asking for no width
 * of its own (the sidebar's width is set; the name ellipsizes). A search
 * renames the couple of hundred rows GTK 4.8 keeps, and laying each name
 * out to learn its width, when GTK measured the list, was most of a
 * letter's work.
 *
 * It draws the name itself rather than holding a GtkLabel: a label is a
 * widget to style, measure and draw per row, with some fifty key bindings
 * to set up, and the sidebar's first frame has a row per line. For
 * assistive technology it is a label of that name, which labels the check
 * button. */

struct _VsNameLine
{
  GtkWidget    parent_instance;
  char        *text;
  PangoLayout *layout;   /* NULL: not made since the text, width or style changed */
  int          height;   /* 0: not worked out since the style changed */
};

G_DEFINE_FINAL_TYPE (VsNameLine, vs_name_line, GTK_TYPE_WIDGET)

static void
vs_name_line_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  VsNameLine *self = VS_NAME_LINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (self->height == 0)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);

      self->height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                        + pango_font_metrics_get_descent (metrics));
      pango_font_metrics_unref (metrics);
    }
  *minimum = *natural = self->height;
}

static PangoLayout *
vs_name_line_ensure_layout (VsNameLine *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_width (self->layout, gtk_widget_get_width (GTK_WIDGET (self)) * PANGO_SCALE);
    }

  return self->layout;
}

static void
vs_name_line_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  VsNameLine *self = VS_NAME_LINE (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  layout = vs_name_line_ensure_layout (self);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (widget) - logical.height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
vs_name_line_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VsNameLine *self = VS_NAME_LINE (widget);

  if (self->layout != NULL)
    pango_layout_set_width (self->layout, width * PANGO_SCALE);
}

static void
vs_name_line_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  VsNameLine *self = VS_NAME_LINE (widget);

  GTK_WIDGET_CLASS (vs_name_line_parent_class)->css_changed (widget, change);
  /* The font may be another: a layout made again, the height worked out
   * again. The colour is read when drawing. */
  g_clear_object (&self->layout);
  self->height = 0;
  gtk_widget_queue_resize (widget);
}

static void
vs_name_line_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  g_clear_object (&VS_NAME_LINE (widget)->layout);
  GTK_WIDGET_CLASS (vs_name_line_parent_class)->direction_changed (widget, previous);
}

static void
vs_name_line_finalize (GObject *object)
{
  VsNameLine *self = VS_NAME_LINE (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  G_OBJECT_CLASS (vs_name_line_parent_class)->finalize (object);
}

static void
vs_name_line_class_init (VsNameLineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = vs_name_line_finalize;
  widget_class->measure = vs_name_line_measure;
  widget_class->size_allocate = vs_name_line_size_allocate;
  widget_class->snapshot = vs_name_line_snapshot;
  widget_class->css_changed = vs_name_line_css_changed;
  widget_class->direction_changed = vs_name_line_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
vs_name_line_init (VsNameLine *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

static void
vs_name_line_set_text (VsNameLine *self,
                       const char *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the name is cut short where it shows (as last drawn). */
static gboolean
vs_name_line_is_ellipsized (VsNameLine *self)
{
  return self->text != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0
         && pango_layout_is_ellipsized (vs_name_line_ensure_layout (self));
}

/* Positions in the drop-down's model. */
enum {
  KIND_NICE,
  KIND_MUST,
};

static void
write_selection (VsRequirementRow *self)
{
  VsRequirementKind kind = VS_REQUIREMENT_NONE;

  if (self->syncing || self->criterion == NULL || self->selection == NULL)
    return;

  /* A row ticked for the first time has no controls yet: it becomes a
   * nice-to-have of the default weight, what the controls would say. */
  if (gtk_check_button_get_active (self->check_button))
    kind = self->kind_dropdown != NULL
           && gtk_drop_down_get_selected (self->kind_dropdown) == KIND_MUST
         ? VS_REQUIREMENT_MUST : VS_REQUIREMENT_NICE;

  vs_selection_set (self->selection,
                    vs_criterion_get_id (self->criterion),
                    kind,
                    self->weight_spin != NULL
                    ? gtk_spin_button_get_value_as_int (self->weight_spin)
                    : VS_WEIGHT_DEFAULT);
  /* The selection's "changed" makes the panel sync every bound row, but
   * sync this one too in case nothing changed. */
  vs_requirement_row_sync (self);
}

static void
on_check_button_toggled (VsRequirementRow *self)
{
  write_selection (self);
}

static void
on_kind_dropdown_notify_selected (VsRequirementRow *self)
{
  write_selection (self);
}

static void
on_weight_spin_value_changed (VsRequirementRow *self)
{
  write_selection (self);
}

static void
label_controls (VsRequirementRow *self)
{
  g_autofree char *kind_name = NULL;
  g_autofree char *weight_name = NULL;
  const char *name;

  if (self->controls_box == NULL || self->criterion == NULL)
    return;

  name = vs_criterion_get_name (self->criterion);
  /* Translators: accessible name of the must/nice drop-down; %s is a criterion */
  kind_name = g_strdup_printf (_("%s: must have or nice to have"), name);
  /* Translators: accessible name of the weight; %s is a criterion */
  weight_name = g_strdup_printf (_("%s: weight"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->weight_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, weight_name, -1);
}

static void
ensure_controls (VsRequirementRow *self)
{
  const char *kinds[] = {
    [KIND_NICE] = _("Nice to have"),
    [KIND_MUST] = _("Must have"),
    NULL
  };

  if (self->controls_box != NULL)
    return;

  self->controls_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_widget_set_margin_start (GTK_WIDGET (self->controls_box), 28);
  gtk_widget_set_visible (GTK_WIDGET (self->controls_box), FALSE);

  self->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
  gtk_widget_set_valign (GTK_WIDGET (self->kind_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_dropdown),
                               _("A must-have excludes every subject without it"));
  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (on_kind_dropdown_notify_selected), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->controls_box, GTK_WIDGET (self->kind_dropdown));

  self->weight_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (VS_WEIGHT_MIN, VS_WEIGHT_MAX, 1));
  gtk_spin_button_set_numeric (self->weight_spin, TRUE);
  gtk_spin_button_set_value (self->weight_spin, VS_WEIGHT_DEFAULT);
  gtk_widget_set_valign (GTK_WIDGET (self->weight_spin), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->weight_spin),
                               _("Weight of this nice-to-have, 1 to 5"));
  g_signal_connect_object (self->weight_spin, "value-changed",
                           G_CALLBACK (on_weight_spin_value_changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->controls_box, GTK_WIDGET (self->weight_spin));

  gtk_widget_insert_after (GTK_WIDGET (self->controls_box), GTK_WIDGET (self),
                           GTK_WIDGET (self->check_button));
  label_controls (self);
}

/* Most rows are criteria, and a header's label would be one more widget
 * to make in each of them. */
static void
ensure_header_label (VsRequirementRow *self)
{
  GtkWidget *label;

  if (self->header_label != NULL)
    return;

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "category-header");
  gtk_widget_insert_after (label, GTK_WIDGET (self), NULL);
  self->header_label = GTK_LABEL (label);
}

static gboolean
on_check_query_tooltip (VsRequirementRow *self,
                        int               x,
                        int               y,
                        gboolean          keyboard_mode,
                        GtkTooltip       *tooltip)
{
  const char *description;
  g_autofree char *text = NULL;

  if (self->criterion == NULL)
    return FALSE;

  /* The whole name, which the row may ellipsize, and what it means. */
  description = vs_criterion_get_description (self->criterion);
  if (description != NULL && description[0] != '\0')
    text = g_strdup_printf ("%s\n%s", vs_criterion_get_name (self->criterion), description);
  else if (vs_name_line_is_ellipsized (self->name_line))
    text = g_strdup (vs_criterion_get_name (self->criterion));
  else
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
vs_requirement_row_dispose (GObject *object)
{
  VsRequirementRow *self = (VsRequirementRow *)object;
  GtkWidget *child;

  vs_requirement_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_REQUIREMENT_ROW);
  /* Template children without an id are not unparented by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->controls_box = NULL;
  self->header_label = NULL;
  self->kind_dropdown = NULL;
  self->weight_spin = NULL;

  G_OBJECT_CLASS (vs_requirement_row_parent_class)->dispose (object);
}

static void
vs_requirement_row_class_init (VsRequirementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_requirement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versus/Versus/vs-requirement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VsRequirementRow, check_button);
  gtk_widget_class_bind_template_callback (widget_class, on_check_button_toggled);

  gtk_widget_class_set_css_name (widget_class, "requirementrow");
}

static void
vs_requirement_row_init (VsRequirementRow *self)
{
  GtkWidget *line = g_object_new (VS_TYPE_NAME_LINE, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->name_line = VS_NAME_LINE (line);
  gtk_check_button_set_child (self->check_button, line);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->check_button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, line, NULL,
                                  -1);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->check_button), TRUE);
  g_signal_connect_object (self->check_button, "query-tooltip",
                           G_CALLBACK (on_check_query_tooltip), self, G_CONNECT_SWAPPED);
}

GtkWidget *
vs_requirement_row_new (void)
{
  return g_object_new (VS_TYPE_REQUIREMENT_ROW, NULL);
}

/**
 * vs_requirement_row_bind:
 * @item: a #VsCategory (shown as a header) or a #VsCriterion
 * @selection: the ticks the row reads and writes
 */
void
vs_requirement_row_bind (VsRequirementRow *self,
                         GObject          *item,
                         VsSelection      *selection)
{
  gboolean is_header;

  g_return_if_fail (VS_IS_REQUIREMENT_ROW (self));
  g_return_if_fail (VS_IS_CATEGORY (item) || VS_IS_CRITERION (item));
  g_return_if_fail (VS_IS_SELECTION (selection));

  /* The panel rebinds the rows on screen after a search, and most of
   * them show what they showed. */
  if (self->item == item && self->selection == selection)
    {
      vs_requirement_row_sync (self);
      return;
    }

  is_header = VS_IS_CATEGORY (item);
  g_set_object (&self->selection, selection);
  g_set_object (&self->item, item);
  g_clear_object (&self->criterion);

  if (is_header)
    ensure_header_label (self);
  if (self->header_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->header_label), is_header);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), !is_header);
  if (is_header && self->controls_box != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->controls_box), FALSE);

  if (is_header)
    {
      gtk_label_set_label (self->header_label, vs_category_get_name (VS_CATEGORY (item)));
      gtk_widget_add_css_class (GTK_WIDGET (self), "header");
    }
  else
    {
      const char *name;

      self->criterion = g_object_ref (VS_CRITERION (item));
      name = vs_criterion_get_name (self->criterion);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "header");

      vs_name_line_set_text (self->name_line, name);
      /* Not gtk_widget_set_tooltip_text(): it asks the display where
       * the pointer is, a round trip per row on every search. The
       * tooltip is looked up when it is shown (on_check_query_tooltip). */
      if (vs_criterion_get_description (self->criterion) != NULL
          && vs_criterion_get_description (self->criterion)[0] != '\0')
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->check_button),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        vs_criterion_get_description (self->criterion),
                                        -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self->check_button),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      label_controls (self);
    }

  vs_requirement_row_sync (self);
}

void
vs_requirement_row_unbind (VsRequirementRow *self)
{
  g_return_if_fail (VS_IS_REQUIREMENT_ROW (self));

  g_clear_object (&self->item);
  g_clear_object (&self->criterion);
  g_clear_object (&self->selection);
}

/**
 * vs_requirement_row_sync:
 *
 * Shows what the selection says about the row's criterion.
 */
void
vs_requirement_row_sync (VsRequirementRow *self)
{
  VsRequirementKind kind;
  const char *id;

  g_return_if_fail (VS_IS_REQUIREMENT_ROW (self));

  if (self->criterion == NULL || self->selection == NULL)
    return;

  id = vs_criterion_get_id (self->criterion);
  kind = vs_selection_get_kind (self->selection, id);

  if (kind != VS_REQUIREMENT_NONE)
    ensure_controls (self);

  self->syncing = TRUE;
  gtk_check_button_set_active (self->check_button, kind != VS_REQUIREMENT_NONE);
  /* A row never ticked has no controls to show or reset. */
  if (self->controls_box != NULL)
    {
      gtk_drop_down_set_selected (self->kind_dropdown, kind == VS_REQUIREMENT_MUST ? KIND_MUST : KIND_NICE);
      gtk_spin_button_set_value (self->weight_spin,
                                 kind != VS_REQUIREMENT_NONE
                                 ? vs_selection_get_weight (self->selection, id)
                                 : VS_WEIGHT_DEFAULT);
      gtk_widget_set_visible (GTK_WIDGET (self->controls_box), kind != VS_REQUIREMENT_NONE);
      gtk_widget_set_visible (GTK_WIDGET (self->weight_spin), kind == VS_REQUIREMENT_NICE);
    }
  self->syncing = FALSE;

  if (kind != VS_REQUIREMENT_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ticked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ticked");
}

VsCriterion *
vs_requirement_row_get_criterion (VsRequirementRow *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENT_ROW (self), NULL);

  return self->criterion;
}

/**
 * vs_requirement_row_get_shown_name:
 *
 * Returns: (nullable): the criterion's name as the row's check button
 *   shows it; %NULL on a header.
 */
const char *
vs_requirement_row_get_shown_name (VsRequirementRow *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENT_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->check_button)))
    return NULL;

  return self->name_line->text;
}

/**
 * vs_requirement_row_is_name_ellipsized:
 *
 * Returns: whether the row's width cuts the name short (it ends in an
 *   ellipsis); %FALSE on a header or a row not laid out.
 */
gboolean
vs_requirement_row_is_name_ellipsized (VsRequirementRow *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENT_ROW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->check_button))
         && vs_name_line_is_ellipsized (self->name_line);
}

GtkWidget *
vs_requirement_row_get_check (VsRequirementRow *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENT_ROW (self), NULL);

  return GTK_WIDGET (self->check_button);
}
