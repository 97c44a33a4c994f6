/* vs-content-box.c
 *
 * The column right of the requirements: the verdict bar, the subject
 * cards, the category bar and the tables, top to bottom. The cards get
 * the height their text needs at the width they have, up to half the
 * column (never less than CARDS_MIN_HEIGHT), and scroll past that; the
 * last child, the tables, fills what is left.
 *
 * A vertical GtkBox cannot do this in GTK 4.8: a scrolled window that
 * propagates its natural height asks its child for its height at no
 * particular width, and a flow box answers with one card per line. That
 * answer left a gap under the cards, and since the cap on their height
 * could only be set after an allocation, the first frame was laid out
 * differently from the second (the table showed one row, then all of
 * them). Here the cards are measured at the width they get, and the cap
 * comes from the height being allocated, so the first layout is the one
 * that stays.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-content-box"

#include "config.h"

#include "vs-content-box.h"

#define CARDS_MAX_PERCENT 50
#define CARDS_MIN_HEIGHT 160

struct _VsContentBox
{
  GtkWidget  parent_instance;

  GtkWidget *cards;   /* one of the children, not a reference */
};

G_DEFINE_FINAL_TYPE (VsContentBox, vs_content_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
last_visible_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_last_child (widget);
       child != NULL;
       child = gtk_widget_get_prev_sibling (child))
    if (gtk_widget_should_layout (child))
      return child;

  return NULL;
}

/* What the cards need at @width: the height of what they scroll, not the
 * scrolled window's own request (a few pixels: it can scroll). */
static void
measure_cards (VsContentBox *self,
               int           width,
               int          *minimum,
               int          *natural)
{
  GtkWidget *content = NULL;
  int content_min, content_nat;

  gtk_widget_measure (self->cards, GTK_ORIENTATION_VERTICAL, width, minimum, natural, NULL, NULL);
  if (GTK_IS_SCROLLED_WINDOW (self->cards))
    content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->cards));
  if (content == NULL || !gtk_widget_should_layout (content))
    return;

  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, width, &content_min, &content_nat, NULL, NULL);
  *natural = MAX (*natural, content_nat);
}

/* A child's height at @width; the cards' is what they scroll. */
static void
measure_height (VsContentBox *self,
                GtkWidget    *child,
                int           width,
                int          *minimum,
                int          *natural)
{
  if (child == self->cards)
    measure_cards (self, width, minimum, natural);
  else
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, minimum, natural, NULL, NULL);
}

static void
vs_content_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  VsContentBox *self = VS_CONTENT_BOX (widget);

  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
          continue;
        }

      measure_height (self, child, for_size, &child_min, &child_nat);
      *minimum += child_min;
      *natural += child_nat;
    }
}

static void
vs_content_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  VsContentBox *self = VS_CONTENT_BOX (widget);
  GtkWidget *filler = last_visible_child (widget);
  int fixed = 0;
  int cards_min = 0, cards_nat = 0, cards_height = 0;
  int filler_min = 0;
  int rest, y = 0;

  /* Everything but the cards and the filler at its natural height. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      measure_height (self, child, width, &child_min, &child_nat);
      if (child == filler)
        filler_min = child_min;
      else if (child == self->cards)
        {
          cards_min = child_min;
          cards_nat = child_nat;
        }
      else
        fixed += child_nat;
    }

  /* The cards: what they need, within the cap, leaving the filler its
   * minimum; never under their own minimum. */
  rest = height - fixed;
  if (self->cards != NULL && gtk_widget_should_layout (self->cards) && self->cards != filler)
    {
      cards_height = MIN (cards_nat, vs_content_box_get_cards_cap (self, height));
      cards_height = MIN (cards_height, rest - filler_min);
      cards_height = MAX (cards_height, cards_min);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height, child_min;

      if (!gtk_widget_should_layout (child))
        continue;

      if (child == filler)
        child_height = MAX (filler_min, rest - cards_height);
      else if (child == self->cards)
        child_height = cards_height;
      else
        measure_height (self, child, width, &child_min, &child_height);

      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height;
    }
}

static GtkSizeRequestMode
vs_content_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vs_content_box_dispose (GObject *object)
{
  VsContentBox *self = (VsContentBox *)object;
  GtkWidget *child;

  self->cards = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (vs_content_box_parent_class)->dispose (object);
}

static void
vs_content_box_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsContentBox *self = VS_CONTENT_BOX (object);

  switch (prop_id)
    {
    case PROP_CARDS:
      g_value_set_object (value, self->cards);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_content_box_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VsContentBox *self = VS_CONTENT_BOX (object);

  switch (prop_id)
    {
    case PROP_CARDS:
      vs_content_box_set_cards (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_content_box_class_init (VsContentBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_content_box_dispose;
  object_class->get_property = vs_content_box_get_property;
  object_class->set_property = vs_content_box_set_property;

  widget_class->measure = vs_content_box_measure;
  widget_class->size_allocate = vs_content_box_size_allocate;
  widget_class->get_request_mode = vs_content_box_get_request_mode;

  /**
   * VsContentBox:cards:
   *
   * The child that holds the subject cards: it gets the height its
   * content needs, up to half the box.
   */
  properties[PROP_CARDS] =
    g_param_spec_object ("cards", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_content_box_init (VsContentBox *self)
{
}

GtkWidget *
vs_content_box_new (void)
{
  return g_object_new (VS_TYPE_CONTENT_BOX, NULL);
}

GtkWidget *
vs_content_box_get_cards (VsContentBox *self)
{
  g_return_val_if_fail (VS_IS_CONTENT_BOX (self), NULL);

  return self->cards;
}

/**
 * vs_content_box_set_cards:
 * @self: a content box
 * @cards: (nullable): one of its children, or %NULL
 *
 * Says which child holds the subject cards.
 */
void
vs_content_box_set_cards (VsContentBox *self,
                          GtkWidget    *cards)
{
  g_return_if_fail (VS_IS_CONTENT_BOX (self));
  g_return_if_fail (cards == NULL || GTK_IS_WIDGET (cards));

  if (self->cards == cards)
    return;

  self->cards = cards;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARDS]);
}

/**
 * vs_content_box_get_cards_cap:
 * @self: a content box
 * @height: a height for the box
 *
 * Returns: the most the cards get in a box of @height, before they scroll
 */
int
vs_content_box_get_cards_cap (VsContentBox *self,
                              int           height)
{
  g_return_val_if_fail (VS_IS_CONTENT_BOX (self), 0);

  return MAX (CARDS_MIN_HEIGHT, height * CARDS_MAX_PERCENT / 100);
}
