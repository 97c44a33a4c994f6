/* vs-ranking.c: a verdict for a comparison and a selection
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-ranking"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-ranking.h"
#include "vs-selection.h"
#include "vs-subject.h"

/* Scores are percentages; two closer than this are equal. */
#define SCORE_EPSILON 1e-6

typedef struct
{
  VsCriterion       *criterion;  /* owned */
  VsRequirementKind  kind;
  guint              weight;
} VsTicked;

struct _VsRanking
{
  GObject parent_instance;

  VsComparison *comparison;
  guint         n_subjects;

  /* The ticks that name a criterion of the comparison, in tick order. */
  GArray       *ticked;

  /* Per subject, by subject index: the state the flip search starts from. */
  gboolean     *excluded;
  double       *nice_sum;     /* sum of weight x value over nice-to-haves */
  double        nice_weight;  /* sum of the nice-to-haves' weights */

  VsResult     *results;      /* n_subjects, in rank order */
  guint        *position_of;  /* subject index -> position in results */
  GPtrArray    *best;         /* of VsSubject, in rank order */

  gboolean      flip_computed;
  gboolean      has_flip;
  VsFlip        flip;
};

G_DEFINE_FINAL_TYPE (VsRanking, vs_ranking, G_TYPE_OBJECT)

static void
vs_ticked_clear (gpointer data)
{
  VsTicked *ticked = data;

  g_clear_object (&ticked->criterion);
}

static void
vs_ranking_finalize (GObject *object)
{
  VsRanking *self = (VsRanking *)object;

  if (self->results != NULL)
    {
      for (guint i = 0; i < self->n_subjects; i++)
        {
          VsResult *result = &self->results[i];

          g_clear_object (&result->subject);
          g_clear_pointer (&result->met, g_ptr_array_unref);
          g_clear_pointer (&result->partial, g_ptr_array_unref);
          g_clear_pointer (&result->missed, g_ptr_array_unref);
          g_clear_pointer (&result->unknown, g_ptr_array_unref);
          g_clear_pointer (&result->excluded_by, g_ptr_array_unref);
        }
      g_free (self->results);
    }

  g_clear_object (&self->flip.criterion);
  g_clear_object (&self->flip.new_best);
  g_clear_pointer (&self->best, g_ptr_array_unref);
  g_clear_pointer (&self->position_of, g_free);
  g_clear_pointer (&self->excluded, g_free);
  g_clear_pointer (&self->nice_sum, g_free);
  g_clear_pointer (&self->ticked, g_array_unref);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (vs_ranking_parent_class)->finalize (object);
}

static void
vs_ranking_class_init (VsRankingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_ranking_finalize;
}

static void
vs_ranking_init (VsRanking *self)
{
}

static inline double
score_of (double sum,
          double weight)
{
  return weight > 0 ? 100.0 * sum / weight : 100.0;
}

static inline gboolean
level_satisfies_must (VsLevel level)
{
  return level == VS_LEVEL_YES || level == VS_LEVEL_PARTIAL;
}

/* The index of the only subject with the highest score among those not
 * excluded, or -1 when none is left or several share the highest score. */
static int
find_single_best (guint           n_subjects,
                  const gboolean *excluded,
                  const double   *sums,
                  double          weight)
{
  int best = -1;
  double best_score = 0;
  gboolean tie = FALSE;

  for (guint s = 0; s < n_subjects; s++)
    {
      double score;

      if (excluded[s])
        continue;

      score = score_of (sums[s], weight);
      if (best < 0 || score > best_score + SCORE_EPSILON)
        {
          best = s;
          best_score = score;
          tie = FALSE;
        }
      else if (score >= best_score - SCORE_EPSILON)
        tie = TRUE;
    }

  return tie ? -1 : best;
}

static int
compare_ticked_by_index (gconstpointer a,
                         gconstpointer b)
{
  guint ia = vs_criterion_get_index (((const VsTicked *)a)->criterion);
  guint ib = vs_criterion_get_index (((const VsTicked *)b)->criterion);

  return (ia > ib) - (ia < ib);
}

typedef struct
{
  const VsRanking *self;
  const double    *scores;
} RankContext;

/* Not excluded first, then by score (highest first), then file order. */
static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const RankContext *ctx = user_data;
  guint sa = *(const guint *)a;
  guint sb = *(const guint *)b;

  if (ctx->self->excluded[sa] != ctx->self->excluded[sb])
    return ctx->self->excluded[sa] ? 1 : -1;

  if (!ctx->self->excluded[sa])
    {
      if (ctx->scores[sa] > ctx->scores[sb] + SCORE_EPSILON)
        return -1;
      if (ctx->scores[sb] > ctx->scores[sa] + SCORE_EPSILON)
        return 1;
    }

  return (sa > sb) - (sa < sb);
}

static void
resolve_ticks (VsRanking   *self,
               VsSelection *selection)
{
  g_auto(GStrv) ids = vs_selection_dup_ids (selection);

  self->ticked = g_array_new (FALSE, FALSE, sizeof (VsTicked));
  g_array_set_clear_func (self->ticked, vs_ticked_clear);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      VsCriterion *criterion = vs_comparison_find_criterion (self->comparison, ids[i]);
      VsTicked ticked;

      /* A selection may outlive the file it was made for. */
      if (criterion == NULL)
        continue;

      ticked.criterion = g_object_ref (criterion);
      ticked.kind = vs_selection_get_kind (selection, ids[i]);
      ticked.weight = vs_selection_get_weight (selection, ids[i]);
      g_array_append_val (self->ticked, ticked);
    }
}

static void
compute (VsRanking *self)
{
  g_autofree double *scores = g_new0 (double, self->n_subjects);
  g_autofree guint *order = g_new (guint, self->n_subjects);
  g_autoptr(GArray) by_index = NULL;
  RankContext ctx = { self, scores };
  gboolean has_verdict = self->ticked->len > 0;

  self->excluded = g_new0 (gboolean, self->n_subjects);
  self->nice_sum = g_new0 (double, self->n_subjects);
  self->nice_weight = 0;

  for (guint t = 0; t < self->ticked->len; t++)
    {
      const VsTicked *ticked = &g_array_index (self->ticked, VsTicked, t);

      if (ticked->kind == VS_REQUIREMENT_NICE)
        self->nice_weight += ticked->weight;

      for (guint s = 0; s < self->n_subjects; s++)
        {
          VsLevel level = vs_criterion_get_level (ticked->criterion, s);

          if (ticked->kind == VS_REQUIREMENT_MUST)
            self->excluded[s] |= !level_satisfies_must (level);
          else
            self->nice_sum[s] += ticked->weight * vs_level_get_value (level);
        }
    }

  for (guint s = 0; s < self->n_subjects; s++)
    {
      scores[s] = self->excluded[s] ? 0.0 : score_of (self->nice_sum[s], self->nice_weight);
      order[s] = s;
    }

  /* The index is the last key, so equal scores keep file order. */
  g_qsort_with_data (order, self->n_subjects, sizeof (guint), compare_rank, &ctx);

  /* Explanations list the criteria in comparison order. */
  by_index = g_array_sized_new (FALSE, FALSE, sizeof (VsTicked), self->ticked->len);
  g_array_append_vals (by_index, self->ticked->data, self->ticked->len);
  g_array_sort (by_index, compare_ticked_by_index);

  self->results = g_new0 (VsResult, self->n_subjects);
  self->position_of = g_new0 (guint, self->n_subjects);
  self->best = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint p = 0; p < self->n_subjects; p++)
    {
      guint s = order[p];
      VsResult *result = &self->results[p];

      self->position_of[s] = p;
      result->subject = g_object_ref (vs_comparison_get_subject (self->comparison, s));
      result->score = scores[s];
      result->excluded = self->excluded[s];
      result->met = g_ptr_array_new_with_free_func (g_object_unref);
      result->partial = g_ptr_array_new_with_free_func (g_object_unref);
      result->missed = g_ptr_array_new_with_free_func (g_object_unref);
      result->unknown = g_ptr_array_new_with_free_func (g_object_unref);
      result->excluded_by = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint t = 0; t < by_index->len; t++)
        {
          const VsTicked *ticked = &g_array_index (by_index, VsTicked, t);
          VsLevel level = vs_criterion_get_level (ticked->criterion, s);

          switch (level)
            {
            case VS_LEVEL_YES:
              g_ptr_array_add (result->met, g_object_ref (ticked->criterion));
              break;
            case VS_LEVEL_PARTIAL:
              g_ptr_array_add (result->partial, g_object_ref (ticked->criterion));
              break;
            case VS_LEVEL_NO:
              g_ptr_array_add (result->missed, g_object_ref (ticked->criterion));
              break;
            case VS_LEVEL_UNKNOWN:
            default:
              g_ptr_array_add (result->unknown, g_object_ref (ticked->criterion));
              break;
            }

          if (ticked->kind == VS_REQUIREMENT_MUST && !level_satisfies_must (level))
            g_ptr_array_add (result->excluded_by, g_object_ref (ticked->criterion));
        }
    }

  /* The results are in rank order, so the best ones come first. */
  if (has_verdict)
    {
      for (guint p = 0; p < self->n_subjects; p++)
        {
          VsResult *result = &self->results[p];

          if (result->excluded || result->score < self->results[0].score - SCORE_EPSILON)
            break;

          result->best = TRUE;
          g_ptr_array_add (self->best, g_object_ref (result->subject));
        }
    }
}

/**
 * vs_ranking_new:
 * @comparison: the comparison
 * @selection: the ticks; ids the comparison does not have are ignored
 *
 * Ranks the subjects of @comparison for @selection as it is now. The
 * ranking is a snapshot: it does not follow later changes of @selection.
 * The flip is worked out the first time it is asked for.
 *
 * Returns: (transfer full): a new #VsRanking
 */
VsRanking *
vs_ranking_new (VsComparison *comparison,
                VsSelection  *selection)
{
  VsRanking *self;

  g_return_val_if_fail (VS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (VS_IS_SELECTION (selection), NULL);

  self = g_object_new (VS_TYPE_RANKING, NULL);
  self->comparison = g_object_ref (comparison);
  self->n_subjects = vs_comparison_get_n_subjects (comparison);

  resolve_ticks (self, selection);
  compute (self);

  return self;
}

/**
 * vs_ranking_get_comparison:
 *
 * Returns: (transfer none): the comparison that was ranked
 */
VsComparison *
vs_ranking_get_comparison (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), NULL);
  return self->comparison;
}

/**
 * vs_ranking_has_verdict:
 *
 * Returns: %FALSE when no criterion of the comparison is ticked: there is
 *   then no best match, no verdict and no flip
 */
gboolean
vs_ranking_has_verdict (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), FALSE);
  return self->ticked->len > 0;
}

/**
 * vs_ranking_get_n_ticked:
 *
 * Returns: how many ticks name a criterion of the comparison
 */
guint
vs_ranking_get_n_ticked (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), 0);
  return self->ticked->len;
}

guint
vs_ranking_get_n_results (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), 0);
  return self->n_subjects;
}

/**
 * vs_ranking_get_result:
 * @position: 0 for the first in rank order
 *
 * Results are in rank order: subjects not excluded by score, highest
 * first, then the excluded ones; equal places keep file order.
 *
 * Returns: (transfer none) (nullable): the result at @position
 */
const VsResult *
vs_ranking_get_result (VsRanking *self,
                       guint      position)
{
  g_return_val_if_fail (VS_IS_RANKING (self), NULL);
  g_return_val_if_fail (position < self->n_subjects, NULL);

  return &self->results[position];
}

/**
 * vs_ranking_lookup:
 *
 * Returns: (transfer none) (nullable): the result of @subject
 */
const VsResult *
vs_ranking_lookup (VsRanking *self,
                   VsSubject *subject)
{
  guint index;

  g_return_val_if_fail (VS_IS_RANKING (self), NULL);
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  index = vs_subject_get_index (subject);
  if (index >= self->n_subjects || vs_comparison_get_subject (self->comparison, index) != subject)
    return NULL;

  return &self->results[self->position_of[index]];
}

/**
 * vs_ranking_get_best:
 *
 * Returns: (transfer none) (element-type VsSubject): the best matches, in
 *   rank order: empty with no verdict or when every subject is excluded,
 *   more than one on a tie
 */
GPtrArray *
vs_ranking_get_best (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), NULL);
  return self->best;
}

gboolean
vs_ranking_is_tie (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), FALSE);
  return self->best->len > 1;
}

/* The flip search.
 *
 * Each candidate change differs from the current ticks by one criterion,
 * so its scores follow from the per-subject sums in O(subjects): the whole
 * search is O(criteria x subjects), with no ranking rebuilt per candidate.
 */

static gboolean
try_make_must (VsRanking       *self,
               const VsTicked  *ticked,
               gboolean        *excluded,
               double          *sums,
               int              current_best,
               int             *new_best)
{
  double weight = self->nice_weight - ticked->weight;
  int best;

  for (guint s = 0; s < self->n_subjects; s++)
    {
      VsLevel level = vs_criterion_get_level (ticked->criterion, s);

      excluded[s] = self->excluded[s] || !level_satisfies_must (level);
      sums[s] = self->nice_sum[s] - ticked->weight * vs_level_get_value (level);
    }

  best = find_single_best (self->n_subjects, excluded, sums, weight);
  if (best < 0 || best == current_best)
    return FALSE;

  *new_best = best;
  return TRUE;
}

static void
set_flip (VsRanking   *self,
          VsFlipKind   kind,
          VsCriterion *criterion,
          int          new_best)
{
  self->has_flip = TRUE;
  self->flip.kind = kind;
  self->flip.criterion = g_object_ref (criterion);
  self->flip.new_best = g_object_ref (vs_comparison_get_subject (self->comparison, new_best));
}

static void
compute_flip (VsRanking *self)
{
  g_autofree gboolean *excluded = NULL;
  g_autofree double *sums = NULL;
  g_autofree guint *ticked_indices = NULL;
  g_autofree VsLevel *levels = NULL;
  g_autoptr(VsCriterion) must_criterion = NULL;
  VsCriterion * const *criteria;
  guint n_criteria;
  guint next_ticked = 0;
  guint n_left = 0;
  int current_best;
  int must_best = -1;
  int new_best;

  self->flip_computed = TRUE;

  if (self->best->len != 1)
    return;

  /* Every change tried only excludes more subjects or changes scores
   * of subjects not excluded: with one subject left, none can help. */
  for (guint s = 0; s < self->n_subjects; s++)
    n_left += !self->excluded[s];
  if (n_left < 2)
    return;

  current_best = vs_subject_get_index (g_ptr_array_index (self->best, 0));
  excluded = g_new0 (gboolean, self->n_subjects);
  sums = g_new0 (double, self->n_subjects);

  /* 1. Make a ticked nice-to-have a must-have, in tick order. */
  for (guint t = 0; t < self->ticked->len; t++)
    {
      const VsTicked *ticked = &g_array_index (self->ticked, VsTicked, t);

      if (ticked->kind != VS_REQUIREMENT_NICE)
        continue;

      if (try_make_must (self, ticked, excluded, sums, current_best, &new_best))
        {
          set_flip (self, VS_FLIP_MAKE_MUST, ticked->criterion, new_best);
          return;
        }
    }

  /* 2. and 3. Tick one more criterion, as a nice-to-have or else as a
   * must-have, in comparison order. Both are tried in one pass; a
   * nice-to-have found anywhere wins over a must-have. */
  ticked_indices = g_new (guint, self->ticked->len + 1);
  for (guint t = 0; t < self->ticked->len; t++)
    ticked_indices[t] = vs_criterion_get_index (g_array_index (self->ticked, VsTicked, t).criterion);
  ticked_indices[self->ticked->len] = G_MAXUINT;
  for (guint t = 1; t < self->ticked->len; t++)
    {
      guint value = ticked_indices[t];
      guint u = t;

      for (; u > 0 && ticked_indices[u - 1] > value; u--)
        ticked_indices[u] = ticked_indices[u - 1];
      ticked_indices[u] = value;
    }

  /* The plain array, not the list model: a lookup and a reference per
   * item would be most of the flip search's time on 100,000 criteria. */
  criteria = vs_comparison_peek_criteria (self->comparison, &n_criteria);
  levels = g_new (VsLevel, self->n_subjects);

  for (guint c = 0; c < n_criteria; c++)
    {
      VsCriterion *criterion;
      VsLevel best_level;
      double best_value;
      gboolean someone_gains = FALSE;
      int best;

      if (c == ticked_indices[next_ticked])
        {
          next_ticked++;
          continue;
        }

      criterion = criteria[c];
      best_level = vs_criterion_get_level (criterion, current_best);

      /* When the best match has it fully, another nice-to-have cannot
       * lift anyone past it, and as a must-have it cannot exclude it. So
       * most candidates are skipped after reading one level. */
      if (best_level == VS_LEVEL_YES)
        continue;

      best_value = vs_level_get_value (best_level);
      for (guint s = 0; s < self->n_subjects; s++)
        {
          levels[s] = vs_criterion_get_level (criterion, s);
          if (!self->excluded[s] && vs_level_get_value (levels[s]) > best_value)
            someone_gains = TRUE;
        }

      /* As a nice-to-have it can only help a subject that gains more
       * from it than the best match does. */
      if (someone_gains)
        {
          for (guint s = 0; s < self->n_subjects; s++)
            sums[s] = self->nice_sum[s] + vs_level_get_value (levels[s]);

          best = find_single_best (self->n_subjects, self->excluded, sums,
                                   self->nice_weight + VS_WEIGHT_DEFAULT);
          if (best >= 0 && best != current_best)
            {
              set_flip (self, VS_FLIP_TICK_NICE, criterion, best);
              return;
            }
        }

      /* As a must-have it can only change anything by excluding the best
       * match, and only the first such candidate matters. */
      if (must_criterion != NULL || level_satisfies_must (best_level))
        continue;

      for (guint s = 0; s < self->n_subjects; s++)
        excluded[s] = self->excluded[s] || !level_satisfies_must (levels[s]);

      best = find_single_best (self->n_subjects, excluded, self->nice_sum, self->nice_weight);
      if (best >= 0 && best != current_best)
        {
          must_criterion = g_object_ref (criterion);
          must_best = best;
        }
    }

  if (must_criterion != NULL)
    set_flip (self, VS_FLIP_TICK_MUST, must_criterion, must_best);
}

/**
 * vs_ranking_get_flip:
 *
 * The smallest single change of the ticks that would make another subject
 * the only best match. Only a ranking with a single best match has one.
 * Tried in this order, the first that works is kept: making a ticked
 * nice-to-have a must-have (in tick order), ticking one more criterion as
 * a nice-to-have of the default weight (in comparison order), ticking one
 * more as a must-have (in comparison order).
 *
 * Returns: (transfer none) (nullable): the flip, or %NULL
 */
const VsFlip *
vs_ranking_get_flip (VsRanking *self)
{
  g_return_val_if_fail (VS_IS_RANKING (self), NULL);

  if (!self->flip_computed)
    compute_flip (self);

  return self->has_flip ? &self->flip : NULL;
}

/* "A", "A and B", "A, B and C" */
static char *
join_names (GPtrArray *objects,
            const char *(*get_name) (gpointer))
{
  g_autofree char *joined = NULL;

  if (objects->len == 0)
    return g_strdup ("");

  joined = g_strdup (get_name (g_ptr_array_index (objects, 0)));
  for (guint i = 1; i < objects->len; i++)
    {
      const char *name = get_name (g_ptr_array_index (objects, i));
      char *next;

      if (i + 1 < objects->len)
        /* Translators: joins the items of a list but the last */
        next = g_strdup_printf (_("%s, %s"), joined, name);
      else
        /* Translators: joins the last item of a list */
        next = g_strdup_printf (_("%s and %s"), joined, name);

      g_free (joined);
      joined = next;
    }

  return g_steal_pointer (&joined);
}

static const char *
subject_name (gpointer subject)
{
  return vs_subject_get_name (subject);
}

static const char *
criterion_name (gpointer criterion)
{
  return vs_criterion_get_name (criterion);
}

/**
 * vs_ranking_dup_verdict:
 *
 * Returns: (transfer full) (nullable): one translated sentence, such as
 *   "Flask matches 2 of 2 requirements", or %NULL when nothing is ticked
 */
char *
vs_ranking_dup_verdict (VsRanking *self)
{
  const VsResult *first;
  guint n_ticked;
  guint matched;

  g_return_val_if_fail (VS_IS_RANKING (self), NULL);

  if (!vs_ranking_has_verdict (self))
    return NULL;

  if (self->best->len == 0)
    return g_strdup (_("No option meets every must-have"));

  first = &self->results[0];

  if (self->best->len > 1)
    {
      g_autofree char *names = join_names (self->best, subject_name);

      /* Translators: the first %s is a list of names, such as "Django and
       * Flask"; the %.0f is their score in percent */
      return g_strdup_printf (_("Tie between %s (%.0f %%)"), names, first->score);
    }

  n_ticked = self->ticked->len;
  matched = first->met->len + first->partial->len;

  /* Translators: "Flask matches 2 of 3 requirements" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s matches %u of %u requirement",
                                       "%s matches %u of %u requirements",
                                       n_ticked),
                          vs_subject_get_name (first->subject), matched, n_ticked);
}

static void
append_line (GString    *string,
             const char *label,
             GPtrArray  *criteria)
{
  g_autofree char *names = NULL;

  if (criteria->len == 0)
    return;

  names = join_names (criteria, criterion_name);
  if (string->len > 0)
    g_string_append_c (string, '\n');

  /* Translators: "Met: SQL Databases and Prototyping" */
  g_string_append_printf (string, _("%s: %s"), label, names);
}

static gboolean
is_must (VsRanking   *self,
         VsCriterion *criterion)
{
  for (guint t = 0; t < self->ticked->len; t++)
    {
      const VsTicked *ticked = &g_array_index (self->ticked, VsTicked, t);

      if (ticked->criterion == criterion)
        return ticked->kind == VS_REQUIREMENT_MUST;
    }

  return FALSE;
}

/**
 * vs_ranking_dup_explanation:
 *
 * A few translated lines, one per kind of answer the subject gives to
 * the ticked criteria ("Met: …", "Partly met: …", "Missed: …", "Not stated
 * by the source: …", "Excluded by: …"); lines with nothing to say are
 * left out. A must-have met partly is said to count as met.
 *
 * Returns: (transfer full): the explanation, "" when nothing is ticked
 */
char *
vs_ranking_dup_explanation (VsRanking *self,
                            VsSubject *subject)
{
  g_autoptr(GPtrArray) partial_nice = NULL;
  g_autoptr(GPtrArray) partial_must = NULL;
  const VsResult *result;
  GString *string;

  g_return_val_if_fail (VS_IS_RANKING (self), NULL);
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  result = vs_ranking_lookup (self, subject);
  g_return_val_if_fail (result != NULL, NULL);

  partial_nice = g_ptr_array_new ();
  partial_must = g_ptr_array_new ();
  for (guint i = 0; i < result->partial->len; i++)
    {
      VsCriterion *criterion = g_ptr_array_index (result->partial, i);

      g_ptr_array_add (is_must (self, criterion) ? partial_must : partial_nice, criterion);
    }

  string = g_string_new (NULL);
  append_line (string, _("Met"), result->met);
  append_line (string, _("Partly met"), partial_nice);
  append_line (string, _("Partly met, which counts as met for a must-have"), partial_must);
  append_line (string, _("Missed"), result->missed);
  append_line (string, _("Not stated by the source"), result->unknown);
  append_line (string, _("Excluded by"), result->excluded_by);

  return g_string_free (string, FALSE);
}

/**
 * vs_ranking_dup_flip_text:
 *
 * Returns: (transfer full) (nullable): a translated sentence saying what
 *   would change the verdict, or %NULL when nothing single would
 */
char *
vs_ranking_dup_flip_text (VsRanking *self)
{
  const VsFlip *flip;
  const char *criterion;
  const char *subject;

  g_return_val_if_fail (VS_IS_RANKING (self), NULL);

  flip = vs_ranking_get_flip (self);
  if (flip == NULL)
    return NULL;

  criterion = vs_criterion_get_name (flip->criterion);
  subject = vs_subject_get_name (flip->new_best);

  switch (flip->kind)
    {
    case VS_FLIP_TICK_NICE:
      return g_strdup_printf (_("Ticking “%s” as a nice-to-have would make %s the best match."),
                              criterion, subject);
    case VS_FLIP_TICK_MUST:
      return g_strdup_printf (_("Ticking “%s” as a must-have would make %s the best match."),
                              criterion, subject);
    case VS_FLIP_MAKE_MUST:
      return g_strdup_printf (_("Making “%s” a must-have would make %s the best match."),
                              criterion, subject);
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
flip_kind_to_string (VsFlipKind kind)
{
  switch (kind)
    {
    case VS_FLIP_TICK_NICE: return "tick-nice";
    case VS_FLIP_TICK_MUST: return "tick-must";
    case VS_FLIP_MAKE_MUST: return "make-must";
    default:                g_return_val_if_reached ("");
    }
}

static void
add_id_array (JsonBuilder *builder,
              const char  *member,
              GPtrArray   *criteria)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < criteria->len; i++)
    json_builder_add_string_value (builder, vs_criterion_get_id (g_ptr_array_index (criteria, i)));
  json_builder_end_array (builder);
}

/**
 * vs_ranking_to_json:
 *
 * The ranking for machines (`versus --rank`):
 * `{"best": [ids], "subjects": [{"id", "name", "score", "excluded",
 * "met", "partial", "missed", "unknown", "excluded_by"}...], "flip":
 * {"change": "tick-nice"|"tick-must"|"make-must", "criterion", "new_best"}
 * or null}`, subjects in rank order, pretty-printed.
 *
 * Returns: (transfer full): the JSON text
 */
char *
vs_ranking_to_json (VsRanking *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  const VsFlip *flip;

  g_return_val_if_fail (VS_IS_RANKING (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "best");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->best->len; i++)
    json_builder_add_string_value (builder, vs_subject_get_id (g_ptr_array_index (self->best, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "subjects");
  json_builder_begin_array (builder);
  for (guint p = 0; p < self->n_subjects; p++)
    {
      const VsResult *result = &self->results[p];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, vs_subject_get_id (result->subject));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, vs_subject_get_name (result->subject));
      json_builder_set_member_name (builder, "score");
      /* Two decimals are plenty, and keep 200/3 from printing 17 digits. */
      json_builder_add_double_value (builder, round (result->score * 100) / 100);
      json_builder_set_member_name (builder, "excluded");
      json_builder_add_boolean_value (builder, result->excluded);
      add_id_array (builder, "met", result->met);
      add_id_array (builder, "partial", result->partial);
      add_id_array (builder, "missed", result->missed);
      add_id_array (builder, "unknown", result->unknown);
      add_id_array (builder, "excluded_by", result->excluded_by);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "flip");
  flip = vs_ranking_get_flip (self);
  if (flip == NULL)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "change");
      json_builder_add_string_value (builder, flip_kind_to_string (flip->kind));
      json_builder_set_member_name (builder, "criterion");
      json_builder_add_string_value (builder, vs_criterion_get_id (flip->criterion));
      json_builder_set_member_name (builder, "new_best");
      json_builder_add_string_value (builder, vs_subject_get_id (flip->new_best));
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}
