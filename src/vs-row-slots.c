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

/* Rows for the first frame when the view has no height yet: its first
 * layout adds those it has room for (fill_after_layout()). */
#define FIRST_ROWS_GUESS 12
/* The most a first frame starts with, and what it starts with when
 * nothing tells how tall the view can be (no window yet). */
#define FIRST_ROWS 48
/* Rows beyond those that fit, for a row shorter than the estimate. */
#define SPARE_ROWS 2
/* Rows added per frame after that, until the list view has all it keeps. */
#define ROWS_PER_FRAME 24
/* GTK 4.8's list views keep about 200 rows; past that, the rest at once. */
#define GROW_LIMIT 256

#define TICK_KEY "vs-grow-tick"
#define ROW_HEIGHT_KEY "vs-grow-row-height"
#define FILL_KEY "vs-grow-fill"
#define SLICE_KEY "vs-grow-slice"

/* The tallest @view can be: its own height once it has one, else its
 * window's, or the monitor's for a maximized or fullscreen window; 0 if
 * that is not known. */
static int
view_height_limit (GtkWidget *view)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWindow *window;
  int height = gtk_widget_get_height (view);

  if (height > 0)
    return height;
  if (!GTK_IS_WINDOW (root))
    return 0;

  window = GTK_WINDOW (root);
  if (gtk_window_is_maximized (window) || gtk_window_is_fullscreen (window))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
      GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (view), surface)
                                            : NULL;
      GdkRectangle geometry;

      if (monitor == NULL)
        return 0;
      gdk_monitor_get_geometry (monitor, &geometry);
      return geometry.height;
    }

  height = gtk_widget_get_height (GTK_WIDGET (window));
  if (height <= 0)
    {
      int width;

      /* GTK 4.8 wants both. */
      gtk_window_get_default_size (window, &width, &height);
    }
  return MAX (height, 0);
}

/* The rows to start the first frame with: those that fit in @view, at
 * rows no shorter than @min_row_height, if it has a height already; else a
 * few, and its first layout adds those it has room for. */
static guint
first_rows (GtkWidget *view,
            int        min_row_height)
{
  int height = view_height_limit (view);
  guint rows;

  if (height <= 0 || min_row_height <= 0)
    return FIRST_ROWS;

  rows = MIN ((guint)(height / min_row_height) + SPARE_ROWS, FIRST_ROWS);
  if (gtk_widget_get_height (view) <= 0)
    rows = MIN (rows, FIRST_ROWS_GUESS);
  return rows;
}

/* Where the last row ends, in @view's coordinates: the row widgets are
 * the list view's children (a column view's are in its list view). */
static double
rows_bottom (GtkWidget *view)
{
  GtkWidget *list = view;
  double bottom = 0;

  if (GTK_IS_COLUMN_VIEW (view))
    for (list = gtk_widget_get_first_child (view);
         list != NULL && !GTK_IS_LIST_VIEW (list);
         list = gtk_widget_get_next_sibling (list))
      ;
  if (list == NULL)
    return 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_visible (row) && gtk_widget_compute_bounds (row, view, &bounds))
        bottom = MAX (bottom, bounds.origin.y + bounds.size.height);
    }

  return bottom;
}

/* After the first frame's layout: if the rows leave part of the view empty,
 * add as many as fill it. The frame clock lays out again before painting
 * when a layout asked for another, so the first frame is full. */
static void
fill_after_layout (GdkFrameClock *clock,
                   GtkWidget     *view)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (view), SLICE_KEY);
  guint size, n_items;
  double height, bottom, row;

  if (slice == NULL)
    return;

  size = gtk_slice_list_model_get_size (slice);
  n_items = g_list_model_get_n_items (gtk_slice_list_model_get_model (slice));
  height = gtk_widget_get_height (view);
  if (size >= n_items || size == 0 || height <= 0)
    return;

  bottom = rows_bottom (view);
  if (bottom <= 0 || bottom >= height)
    return;

  row = MAX (bottom / size, 1.0);
  gtk_slice_list_model_set_size (slice, size + (guint)((height - bottom) / row) + SPARE_ROWS);
}

static void
stop_filling (GtkSliceListModel *slice,
              GdkFrameClock     *clock)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (slice), FILL_KEY));

  /* Gone already if its view was. */
  if (id != 0 && g_signal_handler_is_connected (clock, id))
    g_signal_handler_disconnect (clock, id);
  g_object_set_data (G_OBJECT (slice), FILL_KEY, NULL);
}

/* The tick counts frames in the slice's data: 1 for "waiting for the
 * first frame's layout", 2 for "growing". */
static gboolean
grow_tick (GtkWidget     *view,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  GtkSliceListModel *slice = user_data;
  guint size = gtk_slice_list_model_get_size (slice);

  /* The first tick comes before the first frame's layout. */
  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (slice), TICK_KEY)) == 1)
    {
      g_object_set_data (G_OBJECT (slice), TICK_KEY, GUINT_TO_POINTER (2));
      stop_filling (slice, clock);
      g_object_set_data (G_OBJECT (view), SLICE_KEY, slice);
      g_object_set_data (G_OBJECT (slice), FILL_KEY,
                         GSIZE_TO_POINTER (g_signal_connect_object (clock, "layout", G_CALLBACK (fill_after_layout),
                                                                    view, G_CONNECT_AFTER)));
      return G_SOURCE_CONTINUE;
    }
  stop_filling (slice, clock);

  if (size + ROWS_PER_FRAME < GROW_LIMIT
      && size < g_list_model_get_n_items (gtk_slice_list_model_get_model (slice)))
    {
      gtk_slice_list_model_set_size (slice, size + ROWS_PER_FRAME);
      return G_SOURCE_CONTINUE;
    }

  g_object_set_data (G_OBJECT (slice), TICK_KEY, NULL);
  gtk_slice_list_model_set_size (slice, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/**
 * vs_row_slots_new_growing:
 * @model: (transfer none): the rows
 * @view: the list or column view that shows them
 * @min_row_height: the height of its shortest row, in pixels, at the
 *   smallest text size it is likely to see
 *
 * GTK 4.8's list views build about 200 rows for a new model, at once,
 * before they know their height, though a screen shows some 40: on a
 * large comparison that is most of the first frame. The returned model
 * shows the first rows of @model, as many as fit in the view's height (or
 * its window's, before the view has one); from the frame after the first,
 * it grows by a few rows per frame, and then to all of @model.
 *
 * Returns: (transfer full): a #GtkSliceListModel over @model
 */
GListModel *
vs_row_slots_new_growing (GListModel *model,
                          GtkWidget  *view,
                          int         min_row_height)
{
  GtkSliceListModel *slice;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);

  slice = gtk_slice_list_model_new (g_object_ref (model), 0, G_MAXUINT);
  g_object_set_data (G_OBJECT (slice), ROW_HEIGHT_KEY, GINT_TO_POINTER (min_row_height));
  vs_row_slots_restart_growing (G_LIST_MODEL (slice), view);

  return G_LIST_MODEL (slice);
}

/**
 * vs_row_slots_restart_growing:
 * @growing: a model from vs_row_slots_new_growing()
 * @view: its view
 *
 * For a view whose rows are about to be replaced (another comparison):
 * back to the first rows, growing again from the next frame.
 */
void
vs_row_slots_restart_growing (GListModel *growing,
                              GtkWidget  *view)
{
  GtkSliceListModel *slice = GTK_SLICE_LIST_MODEL (growing);

  gtk_slice_list_model_set_size (slice, first_rows (view, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (slice), ROW_HEIGHT_KEY))));
  if (g_object_get_data (G_OBJECT (slice), TICK_KEY) == NULL)
    gtk_widget_add_tick_callback (view, grow_tick, g_object_ref (slice), g_object_unref);
  g_object_set_data (G_OBJECT (slice), TICK_KEY, GUINT_TO_POINTER (1));
}
