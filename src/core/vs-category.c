/* vs-category.c: a group of criteria shown as one table
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-category.h"
#include "vs-criterion.h"

struct _VsCategory
{
  GObject parent_instance;
  char *id;
  char *name;
  char *description;
  guint index;
  /* The category owns its criteria; each criterion points back without a
   * reference, and dispose clears those pointers, so there is no cycle and
   * no dangling pointer in a criterion that outlives its category. */
  GListStore *criteria;
};

G_DEFINE_FINAL_TYPE (VsCategory, vs_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_category_dispose (GObject *object)
{
  VsCategory *self = (VsCategory *)object;

  if (self->criteria != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->criteria));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VsCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (self->criteria), i);
          vs_criterion_set_category (criterion, NULL);
        }

      g_clear_object (&self->criteria);
    }

  G_OBJECT_CLASS (vs_category_parent_class)->dispose (object);
}

static void
vs_category_finalize (GObject *object)
{
  VsCategory *self = (VsCategory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (vs_category_parent_class)->finalize (object);
}

static void
vs_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsCategory *self = VS_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_category_class_init (VsCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = vs_category_dispose;
  object_class->finalize = vs_category_finalize;
  object_class->get_property = vs_category_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_category_init (VsCategory *self)
{
  self->criteria = g_list_store_new (VS_TYPE_CRITERION);
}

VsCategory *
vs_category_new (const char *id,
                 const char *name)
{
  VsCategory *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (VS_TYPE_CATEGORY, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);

  return self;
}

const char *
vs_category_get_id (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);
  return self->id;
}

const char *
vs_category_get_name (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);
  return self->name;
}

const char *
vs_category_get_description (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);
  return self->description;
}

void
vs_category_set_description (VsCategory *self,
                             const char *description)
{
  g_return_if_fail (VS_IS_CATEGORY (self));

  if (vs_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

guint
vs_category_get_index (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), 0);
  return self->index;
}

void
vs_category_set_index (VsCategory *self,
                       guint       index)
{
  g_return_if_fail (VS_IS_CATEGORY (self));
  self->index = index;
}

/**
 * vs_category_get_criteria:
 *
 * The criteria of this category, in file order. Filled by
 * vs_comparison_add_criterion().
 *
 * Returns: (transfer none): a #GListModel of #VsCriterion
 */
GListModel *
vs_category_get_criteria (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);
  return G_LIST_MODEL (self->criteria);
}

/* Appends @criterion to this category and points it back here. */
void
vs_category_add_criterion (VsCategory  *self,
                           VsCriterion *criterion)
{
  g_return_if_fail (VS_IS_CATEGORY (self));
  g_return_if_fail (VS_IS_CRITERION (criterion));
  g_return_if_fail (self->criteria != NULL);

  g_list_store_append (self->criteria, criterion);
  vs_criterion_set_category (criterion, self);
}
