/* vs-subject.c: one of the things compared (a framework)
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-subject.h"

struct _VsSubject
{
  GObject parent_instance;
  char *id;
  char *name;
  char *url;
  char *summary;
  GStrv drawbacks;
  GStrv used_by;
  guint index;
};

G_DEFINE_FINAL_TYPE (VsSubject, vs_subject, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_URL,
  PROP_SUMMARY,
  PROP_DRAWBACKS,
  PROP_USED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_subject_finalize (GObject *object)
{
  VsSubject *self = (VsSubject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->drawbacks, g_strfreev);
  g_clear_pointer (&self->used_by, g_strfreev);

  G_OBJECT_CLASS (vs_subject_parent_class)->finalize (object);
}

static void
vs_subject_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsSubject *self = VS_SUBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DRAWBACKS:
      g_value_set_boxed (value, self->drawbacks);
      break;
    case PROP_USED_BY:
      g_value_set_boxed (value, self->used_by);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_class_init (VsSubjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vs_subject_finalize;
  object_class->get_property = vs_subject_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_DRAWBACKS] = g_param_spec_boxed ("drawbacks", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_USED_BY] = g_param_spec_boxed ("used-by", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_subject_init (VsSubject *self)
{
}

VsSubject *
vs_subject_new (const char *id,
                const char *name)
{
  VsSubject *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (VS_TYPE_SUBJECT, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);

  return self;
}

const char *
vs_subject_get_id (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return self->id;
}

const char *
vs_subject_get_name (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return self->name;
}

const char *
vs_subject_get_url (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return self->url;
}

void
vs_subject_set_url (VsSubject  *self,
                    const char *url)
{
  g_return_if_fail (VS_IS_SUBJECT (self));

  if (vs_set_str (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
vs_subject_get_summary (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return self->summary;
}

void
vs_subject_set_summary (VsSubject  *self,
                        const char *summary)
{
  g_return_if_fail (VS_IS_SUBJECT (self));

  if (vs_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * vs_subject_get_drawbacks:
 *
 * Returns: (transfer none) (nullable): the drawbacks, %NULL when the file
 *   names none
 */
const char * const *
vs_subject_get_drawbacks (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return (const char * const *)self->drawbacks;
}

void
vs_subject_set_drawbacks (VsSubject          *self,
                          const char * const *drawbacks)
{
  g_return_if_fail (VS_IS_SUBJECT (self));

  g_strfreev (self->drawbacks);
  self->drawbacks = g_strdupv ((char **)drawbacks);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAWBACKS]);
}

/**
 * vs_subject_get_used_by:
 *
 * Returns: (transfer none) (nullable): who uses the subject, as the source
 *   names them
 */
const char * const *
vs_subject_get_used_by (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);
  return (const char * const *)self->used_by;
}

void
vs_subject_set_used_by (VsSubject          *self,
                        const char * const *used_by)
{
  g_return_if_fail (VS_IS_SUBJECT (self));

  g_strfreev (self->used_by);
  self->used_by = g_strdupv ((char **)used_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USED_BY]);
}

/* The subject's position in the comparison: the index of its level in every
 * criterion. */
guint
vs_subject_get_index (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), 0);
  return self->index;
}

void
vs_subject_set_index (VsSubject *self,
                      guint      index)
{
  g_return_if_fail (VS_IS_SUBJECT (self));
  self->index = index;
}
