/* vs-pending-load.c
 *
 * vs_load_file_async() wants its callback when it starts. At startup the
 * file is known before the window that shows it exists: Versus starts the
 * load first, so the parse runs on a worker thread while GTK loads its
 * theme on the main thread, and the window takes the load over later with
 * vs_pending_load_then(). The callback runs at once if the load is already
 * done, else when it ends.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-pending-load"

#include "config.h"

#include "vs-loader.h"
#include "vs-pending-load.h"

struct _VsPendingLoad
{
  GObject              parent_instance;

  GFile               *file;
  GCancellable        *cancellable;
  GAsyncResult        *result;     /* set once the load has ended */

  GAsyncReadyCallback  callback;   /* set once someone waits */
  gpointer             user_data;
  gboolean             delivered;
};

G_DEFINE_FINAL_TYPE (VsPendingLoad, vs_pending_load, G_TYPE_OBJECT)

static void
deliver (VsPendingLoad *self)
{
  GAsyncReadyCallback callback = self->callback;

  g_assert (self->result != NULL && callback != NULL && !self->delivered);

  self->delivered = TRUE;
  self->callback = NULL;
  callback (G_OBJECT (self), self->result, self->user_data);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  /* The task held this reference for as long as it ran. */
  g_autoptr(VsPendingLoad) self = user_data;

  self->result = g_object_ref (result);
  if (self->callback != NULL)
    deliver (self);
}

static void
vs_pending_load_dispose (GObject *object)
{
  VsPendingLoad *self = (VsPendingLoad *)object;

  g_clear_object (&self->result);

  G_OBJECT_CLASS (vs_pending_load_parent_class)->dispose (object);
}

static void
vs_pending_load_finalize (GObject *object)
{
  VsPendingLoad *self = (VsPendingLoad *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (vs_pending_load_parent_class)->finalize (object);
}

static void
vs_pending_load_class_init (VsPendingLoadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_pending_load_dispose;
  object_class->finalize = vs_pending_load_finalize;
}

static void
vs_pending_load_init (VsPendingLoad *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * vs_pending_load_new:
 *
 * Starts loading @file on a worker thread (vs_load_file_async()). To stop
 * a load nobody will take, cancel vs_pending_load_get_cancellable().
 *
 * Returns: (transfer full): the pending load
 */
VsPendingLoad *
vs_pending_load_new (GFile *file)
{
  VsPendingLoad *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (VS_TYPE_PENDING_LOAD, NULL);
  self->file = g_object_ref (file);
  vs_load_file_async (file, self->cancellable, on_loaded, g_object_ref (self));

  return self;
}

GFile *
vs_pending_load_get_file (VsPendingLoad *self)
{
  g_return_val_if_fail (VS_IS_PENDING_LOAD (self), NULL);

  return self->file;
}

GCancellable *
vs_pending_load_get_cancellable (VsPendingLoad *self)
{
  g_return_val_if_fail (VS_IS_PENDING_LOAD (self), NULL);

  return self->cancellable;
}

/**
 * vs_pending_load_is_done:
 *
 * Returns: whether the load has ended (loaded, failed or cancelled)
 */
gboolean
vs_pending_load_is_done (VsPendingLoad *self)
{
  g_return_val_if_fail (VS_IS_PENDING_LOAD (self), FALSE);

  return self->result != NULL;
}

/**
 * vs_pending_load_then:
 * @callback: gets @self as its source object and a result for
 *   vs_load_file_finish()
 *
 * Hands the load's result to @callback: before this returns if the load has
 * already ended, else from the main context once it ends. One callback per
 * load.
 */
void
vs_pending_load_then (VsPendingLoad       *self,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (VS_IS_PENDING_LOAD (self));
  g_return_if_fail (callback != NULL);
  g_return_if_fail (self->callback == NULL && !self->delivered);

  self->callback = callback;
  self->user_data = user_data;
  if (self->result != NULL)
    deliver (self);
}
