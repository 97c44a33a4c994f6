/* vs-criterion.c: one row of a comparison, with each subject's level
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-category.h"
#include "vs-criterion.h"
#include "vs-source.h"

typedef struct
{
  char     *note;
  VsSource *source;
  gboolean  opinion;
} VsSupportExtra;

struct _VsCriterion
{
  GObject parent_instance;
  char *id;
  char *name;
  char *description;
  VsCategory *category;     /* unowned: the category owns us */
  guint index;
  guint n_subjects;
  /* How many subjects have a level other than the first subject's: kept
   * up to date by vs_criterion_set_support(), so that "only differences"
   * over every subject is one test rather than a pass over the levels. */
  guint n_unlike_first;
  /* One byte per subject: a comparison of 100,000 criteria stays small.
   * Notes, sources and opinion marks are rare, so they live in a second
   * array allocated only when one is set. */
  guint8 *levels;
  VsSupportExtra *extras;
};

G_DEFINE_FINAL_TYPE (VsCriterion, vs_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_CATEGORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_criterion_finalize (GObject *object)
{
  VsCriterion *self = (VsCriterion *)object;

  if (self->extras != NULL)
    {
      for (guint i = 0; i < self->n_subjects; i++)
        {
          g_free (self->extras[i].note);
          g_clear_object (&self->extras[i].source);
        }
      g_free (self->extras);
    }

  g_clear_pointer (&self->levels, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (vs_criterion_parent_class)->finalize (object);
}

static void
vs_criterion_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsCriterion *self = VS_CRITERION (object);

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
    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_criterion_class_init (VsCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vs_criterion_finalize;
  object_class->get_property = vs_criterion_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_object ("category", NULL, NULL, VS_TYPE_CATEGORY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_criterion_init (VsCriterion *self)
{
}

/**
 * vs_criterion_new:
 * @n_subjects: how many subjects the comparison has; every level starts as
 *   %VS_LEVEL_UNKNOWN ("not stated")
 */
VsCriterion *
vs_criterion_new (const char *id,
                  const char *name,
                  guint       n_subjects)
{
  VsCriterion *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (VS_TYPE_CRITERION, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->n_subjects = n_subjects;
  self->levels = g_new0 (guint8, MAX (n_subjects, 1));

  return self;
}

const char *
vs_criterion_get_id (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  return self->id;
}

const char *
vs_criterion_get_name (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  return self->name;
}

const char *
vs_criterion_get_description (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  return self->description;
}

void
vs_criterion_set_description (VsCriterion *self,
                              const char  *description)
{
  g_return_if_fail (VS_IS_CRITERION (self));

  if (vs_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * vs_criterion_get_category:
 *
 * Returns: (transfer none) (nullable): the category, %NULL once the
 *   comparison that owns it is gone
 */
VsCategory *
vs_criterion_get_category (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  return self->category;
}

/* Called by vs_category_add_criterion() and the category's dispose. */
void
vs_criterion_set_category (VsCriterion *self,
                           VsCategory  *category)
{
  g_return_if_fail (VS_IS_CRITERION (self));

  if (self->category == category)
    return;

  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/* The criterion's position among all criteria of the comparison. */
guint
vs_criterion_get_index (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), 0);
  return self->index;
}

void
vs_criterion_set_index (VsCriterion *self,
                        guint        index)
{
  g_return_if_fail (VS_IS_CRITERION (self));
  self->index = index;
}

guint
vs_criterion_get_n_subjects (VsCriterion *self)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), 0);
  return self->n_subjects;
}

VsLevel
vs_criterion_get_level (VsCriterion *self,
                        guint        subject_index)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), VS_LEVEL_UNKNOWN);
  g_return_val_if_fail (subject_index < self->n_subjects, VS_LEVEL_UNKNOWN);

  return (VsLevel)self->levels[subject_index];
}

/**
 * vs_criterion_compare_levels:
 * @subject_index: a subject of both criteria
 *
 * Compares the two criteria's levels for one subject, in #VsLevel's
 * numeric order (not stated < no < partial < yes): the sort by a
 * subject's column, see vs_criterion_compare().
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
vs_criterion_compare_levels (VsCriterion *a,
                             VsCriterion *b,
                             guint        subject_index)
{
  g_return_val_if_fail (VS_IS_CRITERION (a), 0);
  g_return_val_if_fail (VS_IS_CRITERION (b), 0);
  g_return_val_if_fail (subject_index < a->n_subjects && subject_index < b->n_subjects, 0);

  return (a->levels[subject_index] > b->levels[subject_index])
         - (a->levels[subject_index] < b->levels[subject_index]);
}

const char *
vs_criterion_get_note (VsCriterion *self,
                       guint        subject_index)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  g_return_val_if_fail (subject_index < self->n_subjects, NULL);

  return self->extras ? self->extras[subject_index].note : NULL;
}

/**
 * vs_criterion_get_source:
 *
 * Returns: (transfer none) (nullable): the source the file names for this
 *   subject's level, if any
 */
VsSource *
vs_criterion_get_source (VsCriterion *self,
                         guint        subject_index)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), NULL);
  g_return_val_if_fail (subject_index < self->n_subjects, NULL);

  return self->extras ? self->extras[subject_index].source : NULL;
}

/* TRUE when the file marks this level as an opinion rather than a fact. */
gboolean
vs_criterion_get_opinion (VsCriterion *self,
                          guint        subject_index)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), FALSE);
  g_return_val_if_fail (subject_index < self->n_subjects, FALSE);

  return self->extras ? self->extras[subject_index].opinion : FALSE;
}

void
vs_criterion_set_support (VsCriterion *self,
                          guint        subject_index,
                          VsLevel      level,
                          const char  *note,
                          VsSource    *source,
                          gboolean     opinion)
{
  g_return_if_fail (VS_IS_CRITERION (self));
  g_return_if_fail (subject_index < self->n_subjects);
  g_return_if_fail (level < VS_N_LEVELS);

  if (subject_index == 0)
    {
      self->levels[0] = (guint8)level;
      self->n_unlike_first = 0;
      for (guint i = 1; i < self->n_subjects; i++)
        self->n_unlike_first += self->levels[i] != level;
    }
  else if (self->levels[subject_index] != level)
    {
      self->n_unlike_first -= self->levels[subject_index] != self->levels[0];
      self->levels[subject_index] = (guint8)level;
      self->n_unlike_first += level != self->levels[0];
    }

  if (note == NULL && source == NULL && !opinion && self->extras == NULL)
    return;

  if (self->extras == NULL)
    self->extras = g_new0 (VsSupportExtra, self->n_subjects);

  vs_set_str (&self->extras[subject_index].note, note);
  g_set_object (&self->extras[subject_index].source, source);
  self->extras[subject_index].opinion = !!opinion;
}

/**
 * vs_criterion_is_uniform:
 * @subject_indices: (array length=n_indices) (nullable): the subjects to
 *   look at, or %NULL for all
 *
 * Returns: %TRUE when every subject looked at has the same level: such a
 *   row is hidden by "only differences"
 */
gboolean
vs_criterion_is_uniform (VsCriterion *self,
                         const guint *subject_indices,
                         guint        n_indices)
{
  g_return_val_if_fail (VS_IS_CRITERION (self), TRUE);

  if (subject_indices == NULL)
    return self->n_unlike_first == 0;

  for (guint i = 1; i < n_indices; i++)
    {
      g_return_val_if_fail (subject_indices[i] < self->n_subjects, TRUE);
      if (self->levels[subject_indices[i]] != self->levels[subject_indices[0]])
        return FALSE;
    }

  return TRUE;
}
