/* test-selection.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "versus-core.h"

typedef struct
{
  guint changed;
  guint notified;
} Counts;

static void
on_changed (VsSelection *selection,
            Counts      *counts)
{
  counts->changed++;
}

static void
on_notify (VsSelection *selection,
           GParamSpec  *pspec,
           Counts      *counts)
{
  counts->notified++;
}

static VsSelection *
new_watched (Counts *counts)
{
  VsSelection *selection = vs_selection_new ();

  g_signal_connect (selection, "changed", G_CALLBACK (on_changed), counts);
  g_signal_connect (selection, "notify::n-ticked", G_CALLBACK (on_notify), counts);

  return selection;
}

static char *
joined_ids (VsSelection *selection)
{
  g_auto(GStrv) ids = vs_selection_dup_ids (selection);

  return g_strjoinv (",", ids);
}

static void
test_tick_and_untick (void)
{
  Counts counts = { 0, 0 };
  VsSelection *selection = new_watched (&counts);
  g_autofree char *ids = NULL;
  guint n_ticked = 99;

  g_assert_cmpuint (vs_selection_get_n_ticked (selection), ==, 0);
  g_assert_cmpint (vs_selection_get_kind (selection, "a"), ==, VS_REQUIREMENT_NONE);
  g_assert_cmpuint (vs_selection_get_weight (selection, "a"), ==, VS_WEIGHT_DEFAULT);

  vs_selection_set (selection, "c", VS_REQUIREMENT_NICE, 2);
  vs_selection_set (selection, "a", VS_REQUIREMENT_MUST, 1);
  vs_selection_set_kind (selection, "b", VS_REQUIREMENT_NICE);
  g_assert_cmpuint (counts.changed, ==, 3);
  g_assert_cmpuint (counts.notified, ==, 3);
  g_object_get (selection, "n-ticked", &n_ticked, NULL);
  g_assert_cmpuint (n_ticked, ==, 3);

  ids = joined_ids (selection);
  g_assert_cmpstr (ids, ==, "c,a,b");
  g_assert_cmpint (vs_selection_get_kind (selection, "a"), ==, VS_REQUIREMENT_MUST);
  g_assert_cmpuint (vs_selection_get_weight (selection, "c"), ==, 2);
  g_assert_cmpuint (vs_selection_get_weight (selection, "b"), ==, VS_WEIGHT_DEFAULT);

  /* Nothing changes: no signal at all. */
  vs_selection_set (selection, "c", VS_REQUIREMENT_NICE, 2);
  vs_selection_set_kind (selection, "a", VS_REQUIREMENT_MUST);
  vs_selection_set_weight (selection, "b", 1);
  vs_selection_set_kind (selection, "zzz", VS_REQUIREMENT_NONE);
  vs_selection_set_weight (selection, "zzz", 4);
  g_assert_cmpuint (counts.changed, ==, 3);
  g_assert_cmpuint (counts.notified, ==, 3);
  g_assert_cmpint (vs_selection_get_kind (selection, "zzz"), ==, VS_REQUIREMENT_NONE);

  /* Kind and weight changes keep the place and the count. */
  vs_selection_set_kind (selection, "c", VS_REQUIREMENT_MUST);
  vs_selection_set_weight (selection, "a", 5);
  g_assert_cmpuint (counts.changed, ==, 5);
  g_assert_cmpuint (counts.notified, ==, 3);
  g_assert_cmpuint (vs_selection_get_weight (selection, "c"), ==, 2);
  g_assert_cmpuint (vs_selection_get_weight (selection, "a"), ==, 5);
  g_clear_pointer (&ids, g_free);
  ids = joined_ids (selection);
  g_assert_cmpstr (ids, ==, "c,a,b");

  /* Unticking removes from the order; ticking again goes last. */
  vs_selection_set_kind (selection, "c", VS_REQUIREMENT_NONE);
  g_assert_cmpuint (counts.changed, ==, 6);
  g_assert_cmpuint (counts.notified, ==, 4);
  vs_selection_set (selection, "c", VS_REQUIREMENT_NICE, 3);
  g_clear_pointer (&ids, g_free);
  ids = joined_ids (selection);
  g_assert_cmpstr (ids, ==, "a,b,c");
  g_assert_cmpuint (vs_selection_get_n_ticked (selection), ==, 3);

  vs_selection_clear (selection);
  g_assert_cmpuint (counts.changed, ==, 8);
  g_assert_cmpuint (vs_selection_get_n_ticked (selection), ==, 0);
  vs_selection_clear (selection);
  g_assert_cmpuint (counts.changed, ==, 8);
  g_clear_pointer (&ids, g_free);
  ids = joined_ids (selection);
  g_assert_cmpstr (ids, ==, "");

  g_assert_finalize_object (selection);
}

static void
test_weight_clamped (void)
{
  VsSelection *selection = vs_selection_new ();

  vs_selection_set (selection, "low", VS_REQUIREMENT_NICE, 0);
  vs_selection_set (selection, "high", VS_REQUIREMENT_NICE, 99);
  vs_selection_set (selection, "ok", VS_REQUIREMENT_NICE, 4);
  g_assert_cmpuint (vs_selection_get_weight (selection, "low"), ==, VS_WEIGHT_MIN);
  g_assert_cmpuint (vs_selection_get_weight (selection, "high"), ==, VS_WEIGHT_MAX);
  g_assert_cmpuint (vs_selection_get_weight (selection, "ok"), ==, 4);

  vs_selection_set_weight (selection, "ok", 6);
  g_assert_cmpuint (vs_selection_get_weight (selection, "ok"), ==, VS_WEIGHT_MAX);

  g_assert_finalize_object (selection);
}

static void
test_serialize (void)
{
  Counts counts = { 0, 0 };
  g_autoptr(VsSelection) source = vs_selection_new ();
  VsSelection *copy = new_watched (&counts);
  g_autoptr(GVariant) variant = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ids = NULL;

  vs_selection_set (source, "sql", VS_REQUIREMENT_MUST, 3);
  vs_selection_set (source, "nosql", VS_REQUIREMENT_NICE, 1);
  vs_selection_set (source, "admin", VS_REQUIREMENT_NICE, 5);

  variant = g_variant_ref_sink (vs_selection_serialize (source));
  g_assert_cmpstr (g_variant_get_type_string (variant), ==, "a(sui)");
  text = g_variant_print (variant, FALSE);
  g_assert_cmpstr (text, ==, "[('sql', 2, 3), ('nosql', 1, 1), ('admin', 1, 5)]");

  vs_selection_set (copy, "old", VS_REQUIREMENT_NICE, 1);
  counts.changed = counts.notified = 0;

  vs_selection_deserialize (copy, variant);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.notified, ==, 1);
  ids = joined_ids (copy);
  g_assert_cmpstr (ids, ==, "sql,nosql,admin");
  g_assert_cmpint (vs_selection_get_kind (copy, "sql"), ==, VS_REQUIREMENT_MUST);
  g_assert_cmpuint (vs_selection_get_weight (copy, "sql"), ==, 3);
  g_assert_cmpint (vs_selection_get_kind (copy, "old"), ==, VS_REQUIREMENT_NONE);

  /* The same content again changes nothing. */
  vs_selection_deserialize (copy, variant);
  g_assert_cmpuint (counts.changed, ==, 1);

  /* The copy still works as a selection after taking over the entries. */
  vs_selection_set_kind (copy, "nosql", VS_REQUIREMENT_NONE);
  g_clear_pointer (&ids, g_free);
  ids = joined_ids (copy);
  g_assert_cmpstr (ids, ==, "sql,admin");

  g_assert_finalize_object (copy);
}

/* Settings edited by hand may hold anything of the right type. */
static void
test_deserialize_hostile (void)
{
  Counts counts = { 0, 0 };
  VsSelection *selection = new_watched (&counts);
  g_autofree char *ids = NULL;
  GVariant *variant;

  variant = g_variant_new_parsed ("@a(sui) [('a', 1, 0), ('', 1, 1), ('b', 7, 1), ('c', 0, 1),"
                                  " ('d', 2, -4), ('e', 1, 400), ('a', 2, 2)]");
  vs_selection_deserialize (selection, variant);

  g_assert_cmpuint (counts.changed, ==, 1);
  ids = joined_ids (selection);
  g_assert_cmpstr (ids, ==, "a,d,e");
  g_assert_cmpint (vs_selection_get_kind (selection, "a"), ==, VS_REQUIREMENT_MUST);
  g_assert_cmpuint (vs_selection_get_weight (selection, "a"), ==, 2);
  g_assert_cmpuint (vs_selection_get_weight (selection, "d"), ==, VS_WEIGHT_MIN);
  g_assert_cmpuint (vs_selection_get_weight (selection, "e"), ==, VS_WEIGHT_MAX);

  /* An empty array clears, with one signal. */
  vs_selection_deserialize (selection, g_variant_new_parsed ("@a(sui) []"));
  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_cmpuint (vs_selection_get_n_ticked (selection), ==, 0);

  g_assert_finalize_object (selection);
}

/* Ticking is O(1): 100,000 ticks and unticks stay quick enough that this
 * test finishes; the order survives removals in the middle. */
static void
test_many (void)
{
  VsSelection *selection = vs_selection_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < 100000; i++)
    {
      char id[16];

      g_snprintf (id, sizeof id, "c%u", i);
      vs_selection_set (selection, id, VS_REQUIREMENT_NICE, 1);
    }

  for (guint i = 0; i < 100000; i += 2)
    {
      char id[16];

      g_snprintf (id, sizeof id, "c%u", i);
      vs_selection_set_kind (selection, id, VS_REQUIREMENT_NONE);
    }

  g_assert_cmpuint (vs_selection_get_n_ticked (selection), ==, 50000);
  ids = vs_selection_dup_ids (selection);
  g_assert_cmpuint (g_strv_length (ids), ==, 50000);
  g_assert_cmpstr (ids[0], ==, "c1");
  g_assert_cmpstr (ids[49999], ==, "c99999");

  g_assert_finalize_object (selection);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/selection/tick-and-untick", test_tick_and_untick);
  g_test_add_func ("/selection/weight-clamped", test_weight_clamped);
  g_test_add_func ("/selection/serialize", test_serialize);
  g_test_add_func ("/selection/deserialize-hostile", test_deserialize_hostile);
  g_test_add_func ("/selection/many", test_many);

  return g_test_run ();
}
