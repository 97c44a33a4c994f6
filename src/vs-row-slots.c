/* vs-row-slots.c
 *
 * A list model for a GTK 4.8 list or column view that stands in for
 * another: one placeholder item per position of @source, whose
 * items-changed it passes on only as a change in length at the end.
 *
 * GTK 4.8's list item manager destroys the row of every item an
 * items-changed removes and builds a new one for every item it adds; it
 * keeps some 200 rows around what is on screen. A search, a sort or a
 * filter that changes those 200 items rebuilt 200 rows (a column view:
 * a widget tree per cell), which took hundreds of milliseconds. With
 * placeholders the rows stay: the owner connects to ::rebind and shows
 * the new items in the rows it has bound, which is a few label texts.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-row-slots"

#include "config.h"

#include "vs-row-slots.h"

#define POSITION_KEY "vs-slot-position"

struct _VsRowSlots
{
  GObject     parent_instance;

  GListModel *source;
  guint       n_items;
};

enum {
  REBIND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
vs_row_slots_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
vs_row_slots_get_n_items (GListModel *model)
{
  return VS_ROW_SLOTS (model)->n_items;
}

/* A new object each time: the list item manager never mistakes one
 * position's placeholder for another's. */
static gpointer
vs_row_slots_get_item (GListModel *model,
                       guint       position)
{
  GObject *slot;

  if (position >= VS_ROW_SLOTS (model)->n_items)
    return NULL;

  slot = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data (slot, POSITION_KEY, GUINT_TO_POINTER (position + 1));
  return slot;
}

static void
vs_row_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_row_slots_get_item_type;
  iface->get_n_items = vs_row_slots_get_n_items;
  iface->get_item = vs_row_slots_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (VsRowSlots, vs_row_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, vs_row_slots_list_model_init))

static void
on_source_items_changed (VsRowSlots *self,
                         guint       position,
                         guint       removed,
                         guint       added)
{
  guint old_n = self->n_items;

  self->n_items = g_list_model_get_n_items (self->source);

  /* The rows that stay show their new items first; then the view adds
   * or drops rows at the end. */
  g_signal_emit (self, signals[REBIND], 0, position);
  if (self->n_items > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, self->n_items - old_n);
  else if (self->n_items < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), self->n_items, old_n - self->n_items, 0);
}

static void
vs_row_slots_dispose (GObject *object)
{
  VsRowSlots *self = VS_ROW_SLOTS (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_source_items_changed, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (vs_row_slots_parent_class)->dispose (object);
}

static void
vs_row_slots_class_init (VsRowSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_row_slots_dispose;

  /**
   * VsRowSlots::rebind:
   * @position: the first position whose item may have changed
   *
   * Rows bound to placeholders at @position or later must show the
   * source's item at their position again.
   */
  signals[REBIND] = g_signal_new ("rebind",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
vs_row_slots_init (VsRowSlots *self)
{
}

VsRowSlots *
vs_row_slots_new (GListModel *source)
{
  VsRowSlots *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (VS_TYPE_ROW_SLOTS, NULL);
  self->source = g_object_ref (source);
  self->n_items = g_list_model_get_n_items (source);
  g_signal_connect_swapped (source, "items-changed", G_CALLBACK (on_source_items_changed), self);

  return self;
}

/**
 * vs_row_slots_get_position:
 * @slot: an item of a #VsRowSlots
 *
 * Returns: the position in the source that @slot stands for
 */
guint
vs_row_slots_get_position (GObject *slot)
{
  g_return_val_if_fail (G_IS_OBJECT (slot), G_MAXUINT);

  return GPOINTER_TO_UINT (g_object_get_data (slot, POSITION_KEY)) - 1;
}

/**
 * vs_row_slots_dup_source_item:
 *
 * Returns: (transfer full) (nullable): the source's item at @slot's
 *   position, or %NULL past its end
 */
gpointer
vs_row_slots_dup_source_item (VsRowSlots *self,
                              GObject    *slot)
{
  g_return_val_if_fail (VS_IS_ROW_SLOTS (self), NULL);

  return g_list_model_get_item (self->source, vs_row_slots_get_position (slot));
}
