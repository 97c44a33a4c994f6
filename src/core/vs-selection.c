/* vs-selection.c: the requirements a person ticked
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-selection"

#include "config.h"

#include "vs-selection.h"

/* A ticked criterion. The hash table owns the entry; the queue holds the
 * same entries in tick order, and each entry knows its own link so that
 * unticking is O(1). */
typedef struct
{
  char              *id;
  VsRequirementKind  kind;
  guint              weight;
  GList              link;
} VsTick;

struct _VsSelection
{
  GObject parent_instance;

  GHashTable *ticks;   /* id -> VsTick (owned) */
  GQueue      order;   /* of VsTick, via VsTick.link */
};

G_DEFINE_FINAL_TYPE (VsSelection, vs_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_TICKED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define SERIALIZED_TYPE "a(sui)"

static void
vs_tick_free (gpointer data)
{
  VsTick *tick = data;

  g_free (tick->id);
  g_free (tick);
}

static guint
clamp_weight (guint weight)
{
  return CLAMP (weight, VS_WEIGHT_MIN, VS_WEIGHT_MAX);
}

static void
vs_selection_finalize (GObject *object)
{
  VsSelection *self = (VsSelection *)object;

  /* The entries are freed by the table; the queue only borrows them. */
  g_queue_init (&self->order);
  g_clear_pointer (&self->ticks, g_hash_table_unref);

  G_OBJECT_CLASS (vs_selection_parent_class)->finalize (object);
}

static void
vs_selection_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsSelection *self = VS_SELECTION (object);

  switch (prop_id)
    {
    case PROP_N_TICKED:
      g_value_set_uint (value, vs_selection_get_n_ticked (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_selection_class_init (VsSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_selection_finalize;
  object_class->get_property = vs_selection_get_property;

  /**
   * VsSelection:n-ticked:
   *
   * How many criteria are ticked (nice-to-have or must-have).
   */
  properties[PROP_N_TICKED] =
    g_param_spec_uint ("n-ticked", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsSelection::changed:
   *
   * A tick, its kind or its weight changed. Emitted once per call that
   * really changed something, never for a call that changed nothing.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vs_selection_init (VsSelection *self)
{
  self->ticks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, vs_tick_free);
  g_queue_init (&self->order);
}

VsSelection *
vs_selection_new (void)
{
  return g_object_new (VS_TYPE_SELECTION, NULL);
}

static void
emit_changed (VsSelection *self,
              guint        old_n_ticked)
{
  if (old_n_ticked != vs_selection_get_n_ticked (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TICKED]);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Changes one tick without emitting anything. Returns TRUE if the
 * selection changed. */
static gboolean
update_tick (VsSelection       *self,
             const char        *criterion_id,
             VsRequirementKind  kind,
             guint              weight)
{
  VsTick *tick = g_hash_table_lookup (self->ticks, criterion_id);

  if (kind == VS_REQUIREMENT_NONE)
    {
      if (tick == NULL)
        return FALSE;

      g_queue_unlink (&self->order, &tick->link);
      g_hash_table_remove (self->ticks, criterion_id);
      return TRUE;
    }

  if (tick != NULL)
    {
      if (tick->kind == kind && tick->weight == weight)
        return FALSE;

      tick->kind = kind;
      tick->weight = weight;
      return TRUE;
    }

  tick = g_new0 (VsTick, 1);
  tick->id = g_strdup (criterion_id);
  tick->kind = kind;
  tick->weight = weight;
  tick->link.data = tick;
  g_hash_table_insert (self->ticks, tick->id, tick);
  g_queue_push_tail_link (&self->order, &tick->link);

  return TRUE;
}

/**
 * vs_selection_set:
 * @criterion_id: the id of a criterion; ids the comparison does not have
 *   are kept (and ignored by the ranking)
 * @kind: %VS_REQUIREMENT_NONE unticks
 * @weight: from %VS_WEIGHT_MIN to %VS_WEIGHT_MAX; values outside are
 *   clamped into that range (settings written by hand may hold anything)
 *
 * Ticks, re-ticks or unticks a criterion. A criterion that stays ticked
 * keeps its place in the tick order.
 */
void
vs_selection_set (VsSelection       *self,
                  const char        *criterion_id,
                  VsRequirementKind  kind,
                  guint              weight)
{
  guint old_n_ticked;

  g_return_if_fail (VS_IS_SELECTION (self));
  g_return_if_fail (criterion_id != NULL);
  g_return_if_fail (kind <= VS_REQUIREMENT_MUST);

  old_n_ticked = vs_selection_get_n_ticked (self);

  if (update_tick (self, criterion_id, kind, clamp_weight (weight)))
    emit_changed (self, old_n_ticked);
}

/**
 * vs_selection_set_kind:
 *
 * Like vs_selection_set(), keeping the weight of a criterion that is
 * already ticked (%VS_WEIGHT_DEFAULT for a new tick).
 */
void
vs_selection_set_kind (VsSelection       *self,
                       const char        *criterion_id,
                       VsRequirementKind  kind)
{
  g_return_if_fail (VS_IS_SELECTION (self));
  g_return_if_fail (criterion_id != NULL);

  vs_selection_set (self, criterion_id, kind,
                    vs_selection_get_weight (self, criterion_id));
}

/**
 * vs_selection_set_weight:
 *
 * Sets the weight of a ticked criterion (clamped like vs_selection_set()).
 * Does nothing for a criterion that is not ticked.
 */
void
vs_selection_set_weight (VsSelection *self,
                         const char  *criterion_id,
                         guint        weight)
{
  VsTick *tick;

  g_return_if_fail (VS_IS_SELECTION (self));
  g_return_if_fail (criterion_id != NULL);

  tick = g_hash_table_lookup (self->ticks, criterion_id);
  if (tick == NULL)
    return;

  vs_selection_set (self, criterion_id, tick->kind, weight);
}

VsRequirementKind
vs_selection_get_kind (VsSelection *self,
                       const char  *criterion_id)
{
  VsTick *tick;

  g_return_val_if_fail (VS_IS_SELECTION (self), VS_REQUIREMENT_NONE);
  g_return_val_if_fail (criterion_id != NULL, VS_REQUIREMENT_NONE);

  tick = g_hash_table_lookup (self->ticks, criterion_id);
  return tick ? tick->kind : VS_REQUIREMENT_NONE;
}

/**
 * vs_selection_get_weight:
 *
 * Returns: the weight of a ticked criterion, %VS_WEIGHT_DEFAULT for one
 *   that is not ticked
 */
guint
vs_selection_get_weight (VsSelection *self,
                         const char  *criterion_id)
{
  VsTick *tick;

  g_return_val_if_fail (VS_IS_SELECTION (self), VS_WEIGHT_DEFAULT);
  g_return_val_if_fail (criterion_id != NULL, VS_WEIGHT_DEFAULT);

  tick = g_hash_table_lookup (self->ticks, criterion_id);
  return tick ? tick->weight : VS_WEIGHT_DEFAULT;
}

guint
vs_selection_get_n_ticked (VsSelection *self)
{
  g_return_val_if_fail (VS_IS_SELECTION (self), 0);

  return g_hash_table_size (self->ticks);
}

/**
 * vs_selection_dup_ids:
 *
 * Returns: (transfer full) (array zero-terminated=1): the ticked ids, in
 *   the order they were first ticked
 */
char **
vs_selection_dup_ids (VsSelection *self)
{
  char **ids;
  guint i = 0;

  g_return_val_if_fail (VS_IS_SELECTION (self), NULL);

  ids = g_new (char *, self->order.length + 1);
  for (const GList *l = self->order.head; l != NULL; l = l->next)
    ids[i++] = g_strdup (((const VsTick *)l->data)->id);
  ids[i] = NULL;

  return ids;
}

void
vs_selection_clear (VsSelection *self)
{
  guint old_n_ticked;

  g_return_if_fail (VS_IS_SELECTION (self));

  old_n_ticked = vs_selection_get_n_ticked (self);
  if (old_n_ticked == 0)
    return;

  g_queue_init (&self->order);
  g_hash_table_remove_all (self->ticks);
  emit_changed (self, old_n_ticked);
}

/**
 * vs_selection_serialize:
 *
 * Returns: (transfer floating): an `a(sui)` of (id, kind, weight) in tick
 *   order, for GSettings
 */
GVariant *
vs_selection_serialize (VsSelection *self)
{
  GVariantBuilder builder;

  g_return_val_if_fail (VS_IS_SELECTION (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE (SERIALIZED_TYPE));
  for (const GList *l = self->order.head; l != NULL; l = l->next)
    {
      const VsTick *tick = l->data;

      g_variant_builder_add (&builder, "(sui)", tick->id, (guint32)tick->kind, (gint32)tick->weight);
    }

  return g_variant_builder_end (&builder);
}

static gboolean
same_content (VsSelection *self,
              VsSelection *other)
{
  const GList *a = self->order.head;
  const GList *b = other->order.head;

  for (; a != NULL && b != NULL; a = a->next, b = b->next)
    {
      const VsTick *ta = a->data;
      const VsTick *tb = b->data;

      if (g_strcmp0 (ta->id, tb->id) != 0 || ta->kind != tb->kind || ta->weight != tb->weight)
        return FALSE;
    }

  return a == NULL && b == NULL;
}

/**
 * vs_selection_deserialize:
 * @variant: an `a(sui)` as made by vs_selection_serialize()
 *
 * Replaces the whole selection with @variant and emits #VsSelection::changed
 * once if that changed anything. Entries with an unknown kind or an empty
 * id are skipped, weights are clamped, and a repeated id keeps its first
 * place with the last values.
 */
void
vs_selection_deserialize (VsSelection *self,
                          GVariant    *variant)
{
  g_autoptr(VsSelection) fresh = NULL;
  GVariantIter iter;
  const char *id;
  guint32 kind;
  gint32 weight;
  guint old_n_ticked;

  g_return_if_fail (VS_IS_SELECTION (self));
  g_return_if_fail (variant != NULL);
  g_return_if_fail (g_variant_is_of_type (variant, G_VARIANT_TYPE (SERIALIZED_TYPE)));

  g_variant_ref_sink (variant);

  fresh = vs_selection_new ();
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "(&sui)", &id, &kind, &weight))
    {
      if (*id == '\0' || kind == VS_REQUIREMENT_NONE || kind > VS_REQUIREMENT_MUST)
        continue;

      update_tick (fresh, id, (VsRequirementKind)kind,
                   weight < VS_WEIGHT_MIN ? VS_WEIGHT_MIN : clamp_weight ((guint)weight));
    }

  g_variant_unref (variant);

  if (same_content (self, fresh))
    return;

  old_n_ticked = vs_selection_get_n_ticked (self);

  /* Take over the fresh selection's entries. */
  g_queue_init (&self->order);
  g_clear_pointer (&self->ticks, g_hash_table_unref);
  self->ticks = g_steal_pointer (&fresh->ticks);
  self->order = fresh->order;
  g_queue_init (&fresh->order);
  fresh->ticks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, vs_tick_free);

  emit_changed (self, old_n_ticked);
}
