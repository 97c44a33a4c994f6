/* vs-comparison.c: a whole comparison file, as the window and reports see it
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-source.h"
#include "vs-subject.h"

struct _VsComparison
{
  GObject parent_instance;

  char *title;
  char *description;
  char *file_name;
  char *sha256;

  /* A large file's hash waits until it is asked for (a report) or until
   * vs_comparison_hash_in_background(): the bytes are kept until then.
   * The lock makes the first ask, from any thread, compute it once. */
  GMutex sha256_lock;
  GBytes *sha256_source;

  GListStore *sources;
  GListStore *subjects;
  GListStore *categories;
  GListStore *criteria;

  /* The same criteria as plain arrays, borrowed from the stores: going
   * through a GListModel costs an interface lookup, a GSequence walk and a
   * reference per item, most of the time of a pass over 100,000 criteria.
   * criteria_array is every criterion in file order; category_arrays holds
   * one GPtrArray per category index, the criteria added through us. */
  GPtrArray *criteria_array;
  GPtrArray *category_arrays;

  /* id -> object (unowned: the stores hold the references) */
  GHashTable *source_ids;
  GHashTable *subject_ids;
  GHashTable *category_ids;
  GHashTable *criterion_ids;
};

G_DEFINE_FINAL_TYPE (VsComparison, vs_comparison, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_FILE_NAME,
  PROP_SHA256,
  PROP_SOURCES,
  PROP_SUBJECTS,
  PROP_CATEGORIES,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_comparison_dispose (GObject *object)
{
  VsComparison *self = (VsComparison *)object;

  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->subject_ids, g_hash_table_unref);
  g_clear_pointer (&self->category_ids, g_hash_table_unref);
  g_clear_pointer (&self->criterion_ids, g_hash_table_unref);
  g_clear_pointer (&self->category_arrays, g_ptr_array_unref);
  g_clear_pointer (&self->criteria_array, g_ptr_array_unref);
  g_clear_object (&self->criteria);
  g_clear_object (&self->categories);
  g_clear_object (&self->subjects);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (vs_comparison_parent_class)->dispose (object);
}

static void
vs_comparison_finalize (GObject *object)
{
  VsComparison *self = (VsComparison *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->sha256_source, g_bytes_unref);
  g_mutex_clear (&self->sha256_lock);

  G_OBJECT_CLASS (vs_comparison_parent_class)->finalize (object);
}

static void
vs_comparison_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VsComparison *self = VS_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_SHA256:
      g_value_set_string (value, vs_comparison_get_sha256 (self));
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    case PROP_SUBJECTS:
      g_value_set_object (value, self->subjects);
      break;
    case PROP_CATEGORIES:
      g_value_set_object (value, self->categories);
      break;
    case PROP_CRITERIA:
      g_value_set_object (value, self->criteria);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_comparison_class_init (VsComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = vs_comparison_dispose;
  object_class->finalize = vs_comparison_finalize;
  object_class->get_property = vs_comparison_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_SUBJECTS] = g_param_spec_object ("subjects", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_CATEGORIES] = g_param_spec_object ("categories", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_CRITERIA] = g_param_spec_object ("criteria", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_comparison_init (VsComparison *self)
{
  g_mutex_init (&self->sha256_lock);
  self->sources = g_list_store_new (VS_TYPE_SOURCE);
  self->subjects = g_list_store_new (VS_TYPE_SUBJECT);
  self->categories = g_list_store_new (VS_TYPE_CATEGORY);
  self->criteria = g_list_store_new (VS_TYPE_CRITERION);
  self->criteria_array = g_ptr_array_new ();
  self->category_arrays = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->subject_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->category_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->criterion_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

VsComparison *
vs_comparison_new (const char *title)
{
  VsComparison *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (VS_TYPE_COMPARISON, NULL);
  self->title = g_strdup (title);

  return self;
}

const char *
vs_comparison_get_title (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return self->title;
}

const char *
vs_comparison_get_description (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return self->description;
}

void
vs_comparison_set_description (VsComparison *self,
                               const char   *description)
{
  g_return_if_fail (VS_IS_COMPARISON (self));

  if (vs_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * vs_comparison_get_file_name:
 *
 * Returns: (nullable): the name of the file the comparison came from, as
 *   shown in messages and report footers (a basename, not a path)
 */
const char *
vs_comparison_get_file_name (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return self->file_name;
}

void
vs_comparison_set_file_name (VsComparison *self,
                             const char   *file_name)
{
  g_return_if_fail (VS_IS_COMPARISON (self));

  if (vs_set_str (&self->file_name, file_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

/**
 * vs_comparison_get_sha256:
 *
 * Returns: (nullable): the SHA-256 of the file's bytes, in lowercase hex
 */
const char *
vs_comparison_get_sha256 (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);

  g_mutex_lock (&self->sha256_lock);
  if (self->sha256_source != NULL)
    {
      g_free (self->sha256);
      self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, self->sha256_source);
      g_clear_pointer (&self->sha256_source, g_bytes_unref);
    }
  g_mutex_unlock (&self->sha256_lock);

  return self->sha256;
}

void
vs_comparison_set_sha256 (VsComparison *self,
                          const char   *sha256)
{
  gboolean changed;

  g_return_if_fail (VS_IS_COMPARISON (self));

  g_mutex_lock (&self->sha256_lock);
  g_clear_pointer (&self->sha256_source, g_bytes_unref);
  changed = vs_set_str (&self->sha256, sha256);
  g_mutex_unlock (&self->sha256_lock);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

/**
 * vs_comparison_set_sha256_source:
 * @bytes: the file's bytes
 *
 * The hash becomes that of @bytes, computed when it is first asked for:
 * a large file is on screen before it is hashed. Keeps @bytes until then.
 */
void
vs_comparison_set_sha256_source (VsComparison *self,
                                 GBytes       *bytes)
{
  g_return_if_fail (VS_IS_COMPARISON (self));
  g_return_if_fail (bytes != NULL);

  g_mutex_lock (&self->sha256_lock);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->sha256_source, g_bytes_unref);
  self->sha256_source = g_bytes_ref (bytes);
  g_mutex_unlock (&self->sha256_lock);
}

/**
 * vs_comparison_is_sha256_pending:
 *
 * Returns: whether the hash is still to be computed (and the bytes kept)
 */
gboolean
vs_comparison_is_sha256_pending (VsComparison *self)
{
  gboolean pending;

  g_return_val_if_fail (VS_IS_COMPARISON (self), FALSE);

  g_mutex_lock (&self->sha256_lock);
  pending = self->sha256_source != NULL;
  g_mutex_unlock (&self->sha256_lock);

  return pending;
}

static void
hash_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  vs_comparison_get_sha256 (source_object);
  g_task_return_boolean (task, TRUE);
}

/**
 * vs_comparison_hash_in_background:
 *
 * Computes a pending hash on a worker thread, so that the bytes go and a
 * report later need not wait. Does nothing if there is none.
 */
void
vs_comparison_hash_in_background (VsComparison *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VS_IS_COMPARISON (self));

  if (!vs_comparison_is_sha256_pending (self))
    return;

  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_source_tag (task, vs_comparison_hash_in_background);
  g_task_run_in_thread (task, hash_thread);
}

/**
 * vs_comparison_get_sources:
 *
 * Returns: (transfer none): a #GListModel of #VsSource
 */
GListModel *
vs_comparison_get_sources (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->sources);
}

/**
 * vs_comparison_get_subjects:
 *
 * Returns: (transfer none): a #GListModel of #VsSubject, in file order
 */
GListModel *
vs_comparison_get_subjects (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->subjects);
}

/**
 * vs_comparison_get_categories:
 *
 * Returns: (transfer none): a #GListModel of #VsCategory, in file order
 */
GListModel *
vs_comparison_get_categories (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->categories);
}

/**
 * vs_comparison_get_criteria:
 *
 * Returns: (transfer none): a #GListModel of every #VsCriterion, in file order
 */
GListModel *
vs_comparison_get_criteria (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->criteria);
}

guint
vs_comparison_get_n_subjects (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->subjects));
}

guint
vs_comparison_get_n_criteria (VsComparison *self)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), 0);
  return self->criteria_array->len;
}

/**
 * vs_comparison_peek_criteria:
 * @n_criteria: (out): how many criteria the comparison has
 *
 * Every criterion in file order, as vs_comparison_get_criteria() lists
 * them, without a reference per item: the fast way through all of them.
 * The array stays valid until the next criterion is added or the
 * comparison is disposed.
 *
 * Returns: (transfer none) (array length=n_criteria): the criteria
 */
VsCriterion * const *
vs_comparison_peek_criteria (VsComparison *self,
                             guint        *n_criteria)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (n_criteria != NULL, NULL);

  *n_criteria = self->criteria_array->len;
  return (VsCriterion * const *)self->criteria_array->pdata;
}

/**
 * vs_comparison_peek_category_criteria:
 * @category: a category of the comparison
 * @n_criteria: (out): how many criteria the category has
 *
 * The criteria of @category in file order, as vs_category_get_criteria()
 * lists them, without a reference per item. Criteria appended to the
 * category directly (not through vs_comparison_add_criteria()) are not
 * known here: then this returns %NULL and the caller uses the list model.
 *
 * Returns: (transfer none) (array length=n_criteria) (nullable): the
 *   criteria, valid until the next one is added
 */
VsCriterion * const *
vs_comparison_peek_category_criteria (VsComparison *self,
                                      VsCategory   *category,
                                      guint        *n_criteria)
{
  GPtrArray *array;
  guint index;

  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (VS_IS_CATEGORY (category), NULL);
  g_return_val_if_fail (n_criteria != NULL, NULL);

  *n_criteria = 0;
  index = vs_category_get_index (category);
  if (index >= self->category_arrays->len ||
      g_hash_table_lookup (self->category_ids, vs_category_get_id (category)) != category)
    return NULL;

  array = g_ptr_array_index (self->category_arrays, index);
  if (array->len != g_list_model_get_n_items (vs_category_get_criteria (category)))
    return NULL;

  *n_criteria = array->len;
  return (VsCriterion * const *)array->pdata;
}

/**
 * vs_comparison_get_subject:
 *
 * Returns: (transfer none) (nullable): the subject at @index
 */
VsSubject *
vs_comparison_get_subject (VsComparison *self,
                           guint         index)
{
  g_autoptr(VsSubject) subject = NULL;

  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);

  /* The store keeps its reference, so a borrowed pointer is safe. */
  subject = g_list_model_get_item (G_LIST_MODEL (self->subjects), index);
  return subject;
}

/**
 * vs_comparison_get_criterion:
 *
 * Returns: (transfer none) (nullable): the criterion at @index
 */
VsCriterion *
vs_comparison_get_criterion (VsComparison *self,
                             guint         index)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);

  if (index >= self->criteria_array->len)
    return NULL;

  return g_ptr_array_index (self->criteria_array, index);
}

/**
 * vs_comparison_read_category_criteria:
 * @category: a category
 * @n_criteria: (out): how many criteria the category has
 * @from_model: (out) (transfer full): %NULL, or an array that holds the
 *   criteria when they had to be read from the category's list model;
 *   the caller frees it when done with the result
 *
 * The criteria of @category in file order: the plain array of
 * vs_comparison_peek_category_criteria() when the comparison knows it,
 * else read through vs_category_get_criteria() into @from_model.
 *
 * Returns: (transfer none) (array length=n_criteria): the criteria
 */
VsCriterion * const *
vs_comparison_read_category_criteria (VsComparison  *self,
                                      VsCategory    *category,
                                      guint         *n_criteria,
                                      GPtrArray    **from_model)
{
  VsCriterion * const *criteria;
  GListModel *model;

  g_return_val_if_fail (from_model != NULL && *from_model == NULL, NULL);

  criteria = vs_comparison_peek_category_criteria (self, category, n_criteria);
  if (criteria != NULL)
    return criteria;

  model = vs_category_get_criteria (category);
  *n_criteria = g_list_model_get_n_items (model);
  *from_model = g_ptr_array_new_full (*n_criteria, g_object_unref);
  for (guint i = 0; i < *n_criteria; i++)
    g_ptr_array_add (*from_model, g_list_model_get_item (model, i));
  return (VsCriterion * const *)(*from_model)->pdata;
}

/**
 * vs_comparison_find_source:
 *
 * Returns: (transfer none) (nullable): the source with @id
 */
VsSource *
vs_comparison_find_source (VsComparison *self,
                           const char   *id)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return id ? g_hash_table_lookup (self->source_ids, id) : NULL;
}

/**
 * vs_comparison_find_subject:
 *
 * Returns: (transfer none) (nullable): the subject with @id
 */
VsSubject *
vs_comparison_find_subject (VsComparison *self,
                            const char   *id)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return id ? g_hash_table_lookup (self->subject_ids, id) : NULL;
}

/**
 * vs_comparison_find_category:
 *
 * Returns: (transfer none) (nullable): the category with @id
 */
VsCategory *
vs_comparison_find_category (VsComparison *self,
                             const char   *id)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return id ? g_hash_table_lookup (self->category_ids, id) : NULL;
}

/**
 * vs_comparison_find_criterion:
 *
 * Returns: (transfer none) (nullable): the criterion with @id
 */
VsCriterion *
vs_comparison_find_criterion (VsComparison *self,
                              const char   *id)
{
  g_return_val_if_fail (VS_IS_COMPARISON (self), NULL);
  return id ? g_hash_table_lookup (self->criterion_ids, id) : NULL;
}

void
vs_comparison_add_source (VsComparison *self,
                          VsSource     *source)
{
  g_return_if_fail (VS_IS_COMPARISON (self));
  g_return_if_fail (VS_IS_SOURCE (source));
  g_return_if_fail (!g_hash_table_contains (self->source_ids, vs_source_get_id (source)));

  vs_source_set_index (source, g_list_model_get_n_items (G_LIST_MODEL (self->sources)));
  g_list_store_append (self->sources, source);
  g_hash_table_insert (self->source_ids, (char *)vs_source_get_id (source), source);
}

/* Subjects must all be added before the first criterion: a criterion's
 * levels are indexed by subject position. */
void
vs_comparison_add_subject (VsComparison *self,
                           VsSubject    *subject)
{
  g_return_if_fail (VS_IS_COMPARISON (self));
  g_return_if_fail (VS_IS_SUBJECT (subject));
  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (self->criteria)) == 0);
  g_return_if_fail (!g_hash_table_contains (self->subject_ids, vs_subject_get_id (subject)));

  vs_subject_set_index (subject, g_list_model_get_n_items (G_LIST_MODEL (self->subjects)));
  g_list_store_append (self->subjects, subject);
  g_hash_table_insert (self->subject_ids, (char *)vs_subject_get_id (subject), subject);
}

void
vs_comparison_add_category (VsComparison *self,
                            VsCategory   *category)
{
  g_return_if_fail (VS_IS_COMPARISON (self));
  g_return_if_fail (VS_IS_CATEGORY (category));
  g_return_if_fail (!g_hash_table_contains (self->category_ids, vs_category_get_id (category)));

  vs_category_set_index (category, g_list_model_get_n_items (G_LIST_MODEL (self->categories)));
  g_list_store_append (self->categories, category);
  g_ptr_array_add (self->category_arrays, g_ptr_array_new ());
  g_hash_table_insert (self->category_ids, (char *)vs_category_get_id (category), category);
}

/* Only for a category of ours: a foreign one has no array, and its
 * criteria are found through its list model. */
static void
add_to_category_array (VsComparison *self,
                       VsCategory   *category,
                       VsCriterion  *criterion)
{
  guint index = vs_category_get_index (category);

  if (index < self->category_arrays->len &&
      g_hash_table_lookup (self->category_ids, vs_category_get_id (category)) == category)
    g_ptr_array_add (g_ptr_array_index (self->category_arrays, index), criterion);
}

void
vs_comparison_add_criterion (VsComparison *self,
                             VsCategory   *category,
                             VsCriterion  *criterion)
{
  vs_comparison_add_criteria (self, &category, &criterion, 1);
}

/**
 * vs_comparison_add_criteria:
 * @categories: (array length=n_criteria): the category of each criterion
 * @criteria: (array length=n_criteria): criteria with ids not used yet
 *
 * Appends many criteria at once, as vs_comparison_add_criterion() does one
 * by one, with a single #GListModel::items-changed: a loader's way. Either
 * all of them are added or, when one is invalid, none.
 */
void
vs_comparison_add_criteria (VsComparison *self,
                            VsCategory  **categories,
                            VsCriterion **criteria,
                            guint         n_criteria)
{
  guint n_subjects;
  guint first;

  g_return_if_fail (VS_IS_COMPARISON (self));
  g_return_if_fail (n_criteria == 0 || (categories != NULL && criteria != NULL));

  n_subjects = g_list_model_get_n_items (G_LIST_MODEL (self->subjects));
  first = g_list_model_get_n_items (G_LIST_MODEL (self->criteria));

  for (guint i = 0; i < n_criteria; i++)
    {
      g_return_if_fail (VS_IS_CATEGORY (categories[i]));
      g_return_if_fail (VS_IS_CRITERION (criteria[i]));
      g_return_if_fail (vs_criterion_get_n_subjects (criteria[i]) == n_subjects);
      g_return_if_fail (!g_hash_table_contains (self->criterion_ids, vs_criterion_get_id (criteria[i])));
    }

  for (guint i = 0; i < n_criteria; i++)
    {
      char *id = (char *)vs_criterion_get_id (criteria[i]);

      if (!g_hash_table_insert (self->criterion_ids, id, criteria[i]))
        {
          /* The same id twice among @criteria: take back what was added
           * (which includes the first of the two). */
          for (guint k = 0; k < i; k++)
            g_hash_table_remove (self->criterion_ids, vs_criterion_get_id (criteria[k]));
          g_return_if_reached ();
        }
    }

  for (guint i = 0; i < n_criteria; i++)
    {
      vs_criterion_set_index (criteria[i], first + i);
      vs_category_add_criterion (categories[i], criteria[i]);
      g_ptr_array_add (self->criteria_array, criteria[i]);
      add_to_category_array (self, categories[i], criteria[i]);
    }

  g_list_store_splice (self->criteria, first, 0, (gpointer *)criteria, n_criteria);
}
