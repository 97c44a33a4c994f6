/* vs-source.c: where the facts of a comparison come from
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-source.h"

struct _VsSource
{
  GObject parent_instance;
  char *id;
  char *title;
  char *url;
  guint index;
};

G_DEFINE_FINAL_TYPE (VsSource, vs_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_source_finalize (GObject *object)
{
  VsSource *self = (VsSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (vs_source_parent_class)->finalize (object);
}

static void
vs_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsSource *self = VS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_source_class_init (VsSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_source_finalize;
  object_class->get_property = vs_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_source_init (VsSource *self)
{
}

VsSource *
vs_source_new (const char *id,
               const char *title,
               const char *url)
{
  VsSource *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (VS_TYPE_SOURCE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->url = g_strdup (url);

  return self;
}

const char *
vs_source_get_id (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
vs_source_get_title (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);
  return self->title;
}

/**
 * vs_source_get_url:
 *
 * Returns: (nullable): the URL as written in the file. It is data: callers
 *   check the scheme (vs_url_is_safe()) before opening it.
 */
const char *
vs_source_get_url (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);
  return self->url;
}

guint
vs_source_get_index (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), 0);
  return self->index;
}

void
vs_source_set_index (VsSource *self,
                     guint     index)
{
  g_return_if_fail (VS_IS_SOURCE (self));
  self->index = index;
}
