/* vs-card-grid.c
 *
 * The subject cards, side by side: as many columns as fit at the cards'
 * natural width (at least one, at most max-columns), all columns as wide,
 * each row as tall as its tallest card.
 *
 * A GtkFlowBox did this before. Before the first frame it measured each
 * card down at five widths (its homogeneous layout asks for heights at
 * natural and at minimum widths to find its line length), and placed a
 * card one pixel wider than it had measured it: every paragraph of a card
 * was laid out six times, a fifth of all the text layout of startup. Here
 * a card is measured across once and down at the width it gets, which
 * measuring and placing work out the same way (column_width()).
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-card-grid"

#include "config.h"

#include "vs-card-grid.h"

struct _VsCardGrid
{
  GtkWidget parent_instance;

  guint     max_columns;
  int       column_spacing;
  int       row_spacing;
};

G_DEFINE_FINAL_TYPE (VsCardGrid, vs_card_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MAX_COLUMNS,
  PROP_COLUMN_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The widest minimum and natural width among the visible cards, and how
 * many there are. */
static guint
measure_cards_across (VsCardGrid *self,
                      int        *minimum,
                      int        *natural)
{
  guint n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
      n++;
    }

  return n;
}

/* How many columns @width holds: as many cards at their natural width as
 * fit, at least one, no more than there are cards or max-columns. */
static guint
n_columns_for_width (VsCardGrid *self,
                     int         width,
                     int         card_natural,
                     guint       n_cards)
{
  guint most = MIN (self->max_columns, n_cards);
  guint n;

  if (most == 0)
    return 0;
  if (card_natural <= 0)
    return most;

  n = (guint) MAX (0, width + self->column_spacing) / (guint) (card_natural + self->column_spacing);
  return CLAMP (n, 1, most);
}

/* The width of column @column of @n_columns in @width: what is left after
 * the spacing, shared out, the first columns taking a pixel more when it
 * does not divide. Measuring and placing both ask here. */
static int
column_width (VsCardGrid *self,
              int         width,
              guint       n_columns,
              guint       column)
{
  int room = MAX (0, width - self->column_spacing * (int) (n_columns - 1));

  return room / (int) n_columns + ((int) column < room % (int) n_columns ? 1 : 0);
}

/* Walks the visible cards row by row at @width: measures each down at its
 * column's width and, with @allocate, places it. Returns the height of
 * the rows (the minimum one in @minimum). */
static int
lay_out (VsCardGrid *self,
         int         width,
         gboolean    allocate,
         int        *minimum)
{
  int card_min, card_nat;
  guint n_cards = measure_cards_across (self, &card_min, &card_nat);
  guint n_columns;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
  int y = 0, y_min = 0;
  guint n_rows = 0;

  width = MAX (width, card_min);
  n_columns = n_columns_for_width (self, width, card_nat, n_cards);
  while (child != NULL)
    {
      GtkWidget *row_start = child;
      int row_min = 0, row_nat = 0;
      guint column = 0;

      /* The row's height: its tallest card at the card's width. */
      for (; child != NULL && column < n_columns; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width (self, width, n_columns, column),
                              &child_min, &child_nat, NULL, NULL);
          row_min = MAX (row_min, child_min);
          row_nat = MAX (row_nat, child_nat);
          column++;
        }
      if (column == 0)
        break;

      if (n_rows++ > 0)
        {
          y += self->row_spacing;
          y_min += self->row_spacing;
        }

      if (allocate)
        {
          int x = 0;

          column = 0;
          for (GtkWidget *card = row_start; card != child; card = gtk_widget_get_next_sibling (card))
            {
              int card_width;

              if (!gtk_widget_should_layout (card))
                continue;

              card_width = column_width (self, width, n_columns, column++);
              gtk_widget_size_allocate (card, &(GtkAllocation) { x, y, card_width, row_nat }, -1);
              x += card_width + self->column_spacing;
            }
        }

      y += row_nat;
      y_min += row_min;
    }

  if (minimum != NULL)
    *minimum = y_min;
  return y;
}

static void
vs_card_grid_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  VsCardGrid *self = VS_CARD_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int card_min, card_nat;
      guint n_cards = measure_cards_across (self, &card_min, &card_nat);
      guint n_columns = MIN (self->max_columns, n_cards);

      /* One column at the least; side by side at their natural width. */
      *minimum = card_min;
      *natural = n_columns == 0 ? 0 : (int) n_columns * card_nat + (int) (n_columns - 1) * self->column_spacing;
      return;
    }

  /* Down at no particular width: at the natural one. */
  if (for_size < 0)
    {
      int width_min;

      vs_card_grid_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width_min, &for_size, NULL, NULL);
    }
  *natural = lay_out (self, for_size, FALSE, minimum);
}

static void
vs_card_grid_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  lay_out (VS_CARD_GRID (widget), width, TRUE, NULL);
}

static GtkSizeRequestMode
vs_card_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vs_card_grid_dispose (GObject *object)
{
  vs_card_grid_remove_all (VS_CARD_GRID (object));

  G_OBJECT_CLASS (vs_card_grid_parent_class)->dispose (object);
}

static void
vs_card_grid_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsCardGrid *self = VS_CARD_GRID (object);

  switch (prop_id)
    {
    case PROP_MAX_COLUMNS:
      g_value_set_uint (value, self->max_columns);
      break;

    case PROP_COLUMN_SPACING:
      g_value_set_int (value, self->column_spacing);
      break;

    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_int (VsCardGrid *self,
         int        *field,
         int         value,
         GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
vs_card_grid_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VsCardGrid *self = VS_CARD_GRID (object);

  switch (prop_id)
    {
    case PROP_MAX_COLUMNS:
      vs_card_grid_set_max_columns (self, g_value_get_uint (value));
      break;

    case PROP_COLUMN_SPACING:
      set_int (self, &self->column_spacing, g_value_get_int (value), pspec);
      break;

    case PROP_ROW_SPACING:
      set_int (self, &self->row_spacing, g_value_get_int (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_card_grid_class_init (VsCardGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_card_grid_dispose;
  object_class->get_property = vs_card_grid_get_property;
  object_class->set_property = vs_card_grid_set_property;

  widget_class->measure = vs_card_grid_measure;
  widget_class->size_allocate = vs_card_grid_size_allocate;
  widget_class->get_request_mode = vs_card_grid_get_request_mode;

  /**
   * VsCardGrid:max-columns:
   *
   * The most cards side by side.
   */
  properties[PROP_MAX_COLUMNS] =
    g_param_spec_uint ("max-columns", NULL, NULL,
                       1, G_MAXUINT, 3,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VsCardGrid:column-spacing:
   *
   * Pixels between two cards side by side.
   */
  properties[PROP_COLUMN_SPACING] =
    g_param_spec_int ("column-spacing", NULL, NULL,
                      0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VsCardGrid:row-spacing:
   *
   * Pixels between two rows of cards.
   */
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL,
                      0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "cardgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vs_card_grid_init (VsCardGrid *self)
{
  self->max_columns = 3;
}

GtkWidget *
vs_card_grid_new (void)
{
  return g_object_new (VS_TYPE_CARD_GRID, NULL);
}

/**
 * vs_card_grid_append:
 * @card: (transfer floating): a card
 *
 * Adds @card after the others.
 */
void
vs_card_grid_append (VsCardGrid *self,
                     GtkWidget  *card)
{
  g_return_if_fail (VS_IS_CARD_GRID (self));
  g_return_if_fail (GTK_IS_WIDGET (card));
  g_return_if_fail (gtk_widget_get_parent (card) == NULL);

  gtk_widget_insert_before (card, GTK_WIDGET (self), NULL);
}

/**
 * vs_card_grid_remove_all:
 *
 * Removes every card.
 */
void
vs_card_grid_remove_all (VsCardGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (VS_IS_CARD_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

/**
 * vs_card_grid_get_card:
 * @index: a position among all the cards, shown or hidden
 *
 * Returns: (transfer none) (nullable): the card there
 */
GtkWidget *
vs_card_grid_get_card (VsCardGrid *self,
                       guint       index)
{
  GtkWidget *child;

  g_return_val_if_fail (VS_IS_CARD_GRID (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;

  return child;
}

guint
vs_card_grid_get_max_columns (VsCardGrid *self)
{
  g_return_val_if_fail (VS_IS_CARD_GRID (self), 0);

  return self->max_columns;
}

void
vs_card_grid_set_max_columns (VsCardGrid *self,
                              guint       max_columns)
{
  g_return_if_fail (VS_IS_CARD_GRID (self));
  g_return_if_fail (max_columns > 0);

  if (self->max_columns == max_columns)
    return;

  self->max_columns = max_columns;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_COLUMNS]);
}
