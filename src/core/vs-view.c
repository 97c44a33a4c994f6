/* vs-view.c: what a person is looking at, which a report reflects
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-view"

#include "config.h"

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-view.h"

typedef struct
{
  int      column;
  gboolean descending;
} VsSort;

struct _VsView
{
  GObject parent_instance;

  VsComparison *comparison;
  guint         n_subjects;
  guint         n_categories;
  gboolean     *visible;        /* per subject */
  VsSort       *sorts;          /* per category */
  gboolean      only_differences;
};

G_DEFINE_FINAL_TYPE (VsView, vs_view, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ONLY_DIFFERENCES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
vs_view_finalize (GObject *object)
{
  VsView *self = (VsView *)object;

  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->sorts, g_free);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (vs_view_parent_class)->finalize (object);
}

static void
vs_view_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VsView *self = VS_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLY_DIFFERENCES:
      g_value_set_boolean (value, self->only_differences);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_view_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  VsView *self = VS_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLY_DIFFERENCES:
      vs_view_set_only_differences (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_view_class_init (VsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_view_finalize;
  object_class->get_property = vs_view_get_property;
  object_class->set_property = vs_view_set_property;

  /**
   * VsView:only-differences:
   *
   * Hide the criteria on which every visible subject has the same level.
   */
  properties[PROP_ONLY_DIFFERENCES] =
    g_param_spec_boolean ("only-differences", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsView::changed:
   *
   * Which subjects are visible, "only differences" or a sort order
   * changed: the rows of some category may have changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vs_view_init (VsView *self)
{
}

/**
 * vs_view_new:
 *
 * Every subject visible, every criterion shown, file order.
 *
 * Returns: (transfer full): a new #VsView of @comparison
 */
VsView *
vs_view_new (VsComparison *comparison)
{
  VsView *self;

  g_return_val_if_fail (VS_IS_COMPARISON (comparison), NULL);

  self = g_object_new (VS_TYPE_VIEW, NULL);
  self->comparison = g_object_ref (comparison);
  self->n_subjects = vs_comparison_get_n_subjects (comparison);
  self->n_categories = g_list_model_get_n_items (vs_comparison_get_categories (comparison));
  self->visible = g_new (gboolean, MAX (self->n_subjects, 1));
  self->sorts = g_new (VsSort, MAX (self->n_categories, 1));

  for (guint i = 0; i < self->n_subjects; i++)
    self->visible[i] = TRUE;

  for (guint i = 0; i < self->n_categories; i++)
    {
      self->sorts[i].column = VS_SORT_NONE;
      self->sorts[i].descending = FALSE;
    }

  return self;
}

/**
 * vs_view_get_comparison:
 *
 * Returns: (transfer none): the comparison
 */
VsComparison *
vs_view_get_comparison (VsView *self)
{
  g_return_val_if_fail (VS_IS_VIEW (self), NULL);
  return self->comparison;
}

gboolean
vs_view_get_subject_visible (VsView *self,
                             guint   subject_index)
{
  g_return_val_if_fail (VS_IS_VIEW (self), FALSE);
  g_return_val_if_fail (subject_index < self->n_subjects, FALSE);

  return self->visible[subject_index];
}

void
vs_view_set_subject_visible (VsView   *self,
                             guint     subject_index,
                             gboolean  visible)
{
  g_return_if_fail (VS_IS_VIEW (self));
  g_return_if_fail (subject_index < self->n_subjects);

  visible = !!visible;
  if (self->visible[subject_index] == visible)
    return;

  self->visible[subject_index] = visible;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * vs_view_dup_visible_subjects:
 * @n_visible: (out): how many subjects are visible
 *
 * Returns: (transfer full) (array length=n_visible): the indices of the
 *   visible subjects, in file order; free with g_free()
 */
guint *
vs_view_dup_visible_subjects (VsView *self,
                              guint  *n_visible)
{
  guint *indices;
  guint n = 0;

  g_return_val_if_fail (VS_IS_VIEW (self), NULL);
  g_return_val_if_fail (n_visible != NULL, NULL);

  indices = g_new (guint, MAX (self->n_subjects, 1));
  for (guint i = 0; i < self->n_subjects; i++)
    if (self->visible[i])
      indices[n++] = i;

  *n_visible = n;
  return indices;
}

gboolean
vs_view_get_only_differences (VsView *self)
{
  g_return_val_if_fail (VS_IS_VIEW (self), FALSE);
  return self->only_differences;
}

void
vs_view_set_only_differences (VsView   *self,
                              gboolean  only_differences)
{
  g_return_if_fail (VS_IS_VIEW (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;

  self->only_differences = only_differences;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * vs_view_set_sort:
 * @category_index: the category's position in the comparison
 * @column: %VS_SORT_NONE (file order), %VS_SORT_NAME, %VS_SORT_CATEGORY, or
 *   a subject's index to sort by that subject's level
 * @descending: reverse the order of vs_criterion_compare(); rows that
 *   compare equal keep file order either way. With %VS_SORT_NONE the rows
 *   are in file order whatever @descending says.
 */
void
vs_view_set_sort (VsView   *self,
                  guint     category_index,
                  int       column,
                  gboolean  descending)
{
  VsSort *sort;

  g_return_if_fail (VS_IS_VIEW (self));
  g_return_if_fail (category_index < self->n_categories);
  g_return_if_fail (column >= VS_SORT_CATEGORY);
  g_return_if_fail (column < 0 || (guint)column < self->n_subjects);

  descending = !!descending;
  sort = &self->sorts[category_index];
  if (sort->column == column && sort->descending == descending)
    return;

  sort->column = column;
  sort->descending = descending;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * vs_view_get_sort_column:
 * @descending: (out) (optional): whether the order is reversed
 *
 * Returns: the sort column of the category, %VS_SORT_NONE by default
 */
int
vs_view_get_sort_column (VsView   *self,
                         guint     category_index,
                         gboolean *descending)
{
  g_return_val_if_fail (VS_IS_VIEW (self), VS_SORT_NONE);
  g_return_val_if_fail (category_index < self->n_categories, VS_SORT_NONE);

  if (descending != NULL)
    *descending = self->sorts[category_index].descending;

  return self->sorts[category_index].column;
}

typedef struct
{
  int      column;
  gboolean descending;
} SortContext;

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const SortContext *ctx = user_data;
  VsCriterion *ca = *(VsCriterion * const *)a;
  VsCriterion *cb = *(VsCriterion * const *)b;
  int result = vs_criterion_compare (ca, cb, ctx->column);
  guint ia, ib;

  if (result != 0)
    return ctx->descending ? -result : result;

  /* Equal rows keep file order in both directions: the sort is stable
   * whatever the sort function does with equal elements. */
  ia = vs_criterion_get_index (ca);
  ib = vs_criterion_get_index (cb);
  return (ia > ib) - (ia < ib);
}

/**
 * vs_view_dup_rows:
 * @category: a category of the comparison
 *
 * The criteria of @category as a report lists them: without the uniform
 * ones when "only differences" is on (judged on the visible subjects),
 * sorted by the category's sort column.
 *
 * Returns: (transfer container) (element-type VsCriterion): the rows,
 *   borrowed from the comparison (valid while the view lives); free the
 *   array with g_ptr_array_unref()
 */
GPtrArray *
vs_view_dup_rows (VsView     *self,
                  VsCategory *category)
{
  g_autofree guint *visible = NULL;
  g_autoptr(GPtrArray) from_model = NULL;
  VsCriterion * const *criteria;
  GPtrArray *rows;
  SortContext ctx;
  guint n_visible;
  guint index;
  guint n;

  g_return_val_if_fail (VS_IS_VIEW (self), NULL);
  g_return_val_if_fail (VS_IS_CATEGORY (category), NULL);

  index = vs_category_get_index (category);
  g_return_val_if_fail (index < self->n_categories, NULL);
  g_return_val_if_fail (vs_comparison_find_category (self->comparison,
                                                    vs_category_get_id (category)) == category, NULL);

  visible = vs_view_dup_visible_subjects (self, &n_visible);
  /* With every subject visible, vs_criterion_is_uniform() answers from
   * what it knows since load instead of comparing levels. */
  if (n_visible == self->n_subjects)
    g_clear_pointer (&visible, g_free);

  criteria = vs_comparison_read_category_criteria (self->comparison, category, &n, &from_model);

  /* Borrowed rows, as (transfer container) says: the comparison, which
   * the view keeps alive, holds the references. */
  rows = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    if (!self->only_differences || !vs_criterion_is_uniform (criteria[i], visible, n_visible))
      g_ptr_array_add (rows, criteria[i]);

  ctx.column = self->sorts[index].column;
  ctx.descending = self->sorts[index].descending;
  if (ctx.column != VS_SORT_NONE)
    g_ptr_array_sort_with_data (rows, compare_rows, &ctx);

  return rows;
}

static int
collate0 (const char *a,
          const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return g_utf8_collate (a, b);
}

/**
 * vs_criterion_compare:
 * @column: as for vs_view_set_sort()
 *
 * The one order used by tables and reports, ascending:
 * %VS_SORT_NONE compares file positions; %VS_SORT_NAME the names, by
 * g_utf8_collate(); %VS_SORT_CATEGORY the category names the same way;
 * a subject index compares that subject's levels in #VsLevel's numeric
 * order: not stated < no < partial < yes. Descending is the reverse.
 * Criteria that compare equal return 0: callers that need a stable order
 * compare vs_criterion_get_index() next.
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
vs_criterion_compare (VsCriterion *a,
                      VsCriterion *b,
                      int          column)
{
  g_return_val_if_fail (column >= VS_SORT_CATEGORY, 0);

  /* A subject's levels: what a click on a table's column sorts 100,000
   * rows by, so vs_criterion_compare_levels() checks the criteria itself,
   * once, and reads their levels directly. */
  if (column >= 0)
    return vs_criterion_compare_levels (a, b, (guint)column);

  g_return_val_if_fail (VS_IS_CRITERION (a), 0);
  g_return_val_if_fail (VS_IS_CRITERION (b), 0);

  switch (column)
    {
    case VS_SORT_NONE:
      {
        guint ia = vs_criterion_get_index (a);
        guint ib = vs_criterion_get_index (b);

        return (ia > ib) - (ia < ib);
      }

    case VS_SORT_NAME:
      return collate0 (vs_criterion_get_name (a), vs_criterion_get_name (b));

    case VS_SORT_CATEGORY:
      {
        VsCategory *ca = vs_criterion_get_category (a);
        VsCategory *cb = vs_criterion_get_category (b);

        return collate0 (ca ? vs_category_get_name (ca) : NULL,
                         cb ? vs_category_get_name (cb) : NULL);
      }

    default:
      g_return_val_if_reached (0);
    }
}
