/* vs-requirements-panel.c
 *
 * Every criterion as a check button, grouped by category in file order.
 * GTK 4.8 list views have no sections, so the model is flattened: a
 * category item (drawn as a header) followed by its criteria. The list
 * view creates rows only for what is on screen, so 100,000 criteria cost
 * 100,000 references in a GListStore, not 100,000 widgets.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-requirements-panel"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "vs-requirement-row.h"
#include "vs-requirements-panel.h"
#include "vs-row-slots.h"

struct _VsRequirementsPanel
{
  GtkWidget           parent_instance;

  VsComparison       *comparison;
  VsSelection        *selection;
  GListStore         *items;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  char               *search;          /* folded (see fold_text()), or NULL */
  GHashTable         *matched_categories;
  /* Indexed by vs_criterion_get_index(): each name folded once per
   * comparison (made at the first search), and whether it matches the
   * current search. */
  char              **folded_names;
  guint8             *matches;
  guint               n_criteria;
  GHashTable         *bound_rows;      /* row -> its placeholder item */
  VsRowSlots         *slots;

  GtkButton          *clear_button;
  GtkLabel           *count_label;
  GtkListView        *list_view;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
};

G_DEFINE_FINAL_TYPE (VsRequirementsPanel, vs_requirements_panel, GTK_TYPE_WIDGET)

/* What a search compares: case and compatibility forms folded, so
 * "Ｓql" finds "SQL" and a composed "é" finds a decomposed one. */
static char *
fold_text (const char *text)
{
  g_autofree char *casefolded = NULL;
  const char *p;

  /* Plain ASCII folds to its lower case: the common case, ten times
   * cheaper. */
  for (p = text; *p != '\0' && (guchar)*p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);

  casefolded = g_utf8_casefold (text, -1);
  return g_utf8_normalize (casefolded, -1, G_NORMALIZE_ALL);
}

static void
clear_folded_names (VsRequirementsPanel *self)
{
  if (self->folded_names != NULL)
    for (guint i = 0; i < self->n_criteria; i++)
      g_free (self->folded_names[i]);
  g_clear_pointer (&self->folded_names, g_free);
  g_clear_pointer (&self->matches, g_free);
  self->n_criteria = 0;
}

/* Folding 100,000 names takes a moment: do it once per comparison, and
 * only when somebody searches. */
static void
ensure_folded_names (VsRequirementsPanel *self)
{
  if (self->folded_names != NULL || self->comparison == NULL)
    return;

  self->n_criteria = vs_comparison_get_n_criteria (self->comparison);
  self->folded_names = g_new0 (char *, self->n_criteria);
  self->matches = g_new (guint8, self->n_criteria);
  memset (self->matches, TRUE, self->n_criteria);

  for (guint i = 0; i < self->n_criteria; i++)
    {
      VsCriterion *criterion = vs_comparison_get_criterion (self->comparison, i);
      guint index = vs_criterion_get_index (criterion);

      if (index < self->n_criteria)
        self->folded_names[index] = fold_text (vs_criterion_get_name (criterion));
    }
}

static gboolean
criterion_matches (VsRequirementsPanel *self,
                   VsCriterion         *criterion)
{
  guint index;

  if (self->search == NULL || self->matches == NULL)
    return TRUE;

  index = vs_criterion_get_index (criterion);
  return index < self->n_criteria && self->matches[index];
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  VsRequirementsPanel *self = user_data;

  if (VS_IS_CATEGORY (item))
    return self->search == NULL || g_hash_table_contains (self->matched_categories, item);

  return g_hash_table_contains (self->matched_categories, vs_criterion_get_category (item))
         && criterion_matches (self, item);
}

static void
update_count (VsRequirementsPanel *self)
{
  guint n_ticked = self->selection ? vs_selection_get_n_ticked (self->selection) : 0;
  g_autofree char *text = NULL;

  /* Translators: how many requirements are ticked */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ticked", "%u ticked", n_ticked), n_ticked);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), n_ticked > 0);
}

static void
on_selection_changed (VsRequirementsPanel *self)
{
  GHashTableIter iter;
  gpointer row;

  /* Only the rows on screen exist; the others read the selection when
   * they are bound. */
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    vs_requirement_row_sync (row);

  update_count (self);
}

/* @change says how the new search relates to the last one: with
 * GTK_FILTER_CHANGE_MORE_STRICT only the rows shown now are looked at
 * again, with LESS_STRICT only the hidden ones. */
static void
refilter (VsRequirementsPanel *self,
          GtkFilterChange      change)
{
  guint n_items;

  g_hash_table_remove_all (self->matched_categories);

  /* A header stays when one of its criteria matches; work that out once
   * per search instead of once per header. */
  if (self->comparison != NULL)
    {
      guint n = vs_comparison_get_n_criteria (self->comparison);
      VsCategory *last_added = NULL;

      if (self->search != NULL)
        ensure_folded_names (self);

      for (guint i = 0; i < n; i++)
        {
          VsCriterion *criterion = vs_comparison_get_criterion (self->comparison, i);
          guint index = vs_criterion_get_index (criterion);
          gboolean matches = TRUE;

          if (self->matches != NULL && index < self->n_criteria)
            {
              /* A stricter search keeps no row the last one hid, and
               * a looser one hides no row the last one kept. */
              if (self->search == NULL)
                matches = TRUE;
              else if ((change == GTK_FILTER_CHANGE_MORE_STRICT && !self->matches[index])
                       || (change == GTK_FILTER_CHANGE_LESS_STRICT && self->matches[index]))
                matches = self->matches[index];
              else
                matches = self->folded_names[index] != NULL
                          && strstr (self->folded_names[index], self->search) != NULL;
              self->matches[index] = matches;
            }

          /* Criteria come grouped by category: add each category once. */
          if (matches && vs_criterion_get_category (criterion) != last_added)
            {
              last_added = vs_criterion_get_category (criterion);
              g_hash_table_add (self->matched_categories, last_added);
            }
        }
    }

  gtk_filter_changed (GTK_FILTER (self->filter), change);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gtk_stack_set_visible_child_name (self->stack, n_items > 0 || self->comparison == NULL ? "list" : "empty");
}

static void
on_search_entry_search_changed (VsRequirementsPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *search = NULL;
  GtkFilterChange change;

  if (text != NULL && text[0] != '\0')
    search = fold_text (text);

  /* vs_requirements_panel_set_search() filters at once and the entry's
   * delayed search-changed then brings the same text again. */
  if (g_strcmp0 (search, self->search) == 0)
    return;

  if (self->search == NULL || (search != NULL && strstr (search, self->search) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (search == NULL || strstr (self->search, search) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search);
  self->search = g_steal_pointer (&search);

  refilter (self, change);
}

static void
on_search_entry_stop_search (VsRequirementsPanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_clear_button_clicked (VsRequirementsPanel *self)
{
  if (self->selection != NULL)
    vs_selection_clear (self->selection);
}

static void
on_factory_setup (VsRequirementsPanel *self,
                  GtkListItem         *list_item)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, vs_requirement_row_new ());
}

static void
bind_row (VsRequirementsPanel *self,
          VsRequirementRow    *row,
          GObject             *slot)
{
  g_autoptr(GObject) item = vs_row_slots_dup_source_item (self->slots, slot);

  if (item != NULL)
    vs_requirement_row_bind (row, item, self->selection);
}

static void
on_factory_bind (VsRequirementsPanel *self,
                 GtkListItem         *list_item)
{
  VsRequirementRow *row = VS_REQUIREMENT_ROW (gtk_list_item_get_child (list_item));
  gpointer slot = gtk_list_item_get_item (list_item);

  bind_row (self, row, slot);
  g_hash_table_insert (self->bound_rows, row, slot);
}

static void
on_factory_unbind (VsRequirementsPanel *self,
                   GtkListItem         *list_item)
{
  VsRequirementRow *row = VS_REQUIREMENT_ROW (gtk_list_item_get_child (list_item));

  g_hash_table_remove (self->bound_rows, row);
  vs_requirement_row_unbind (row);
}

/* The filtered list changed from @position on: the rows there show
 * other items now. GTK 4.8's list view would rebuild them (see
 * vs-row-slots.c). */
static void
on_slots_rebind (VsRequirementsPanel *self,
                 guint                position)
{
  GHashTableIter iter;
  gpointer row, slot;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &slot))
    if (vs_row_slots_get_position (slot) >= position)
      bind_row (self, row, slot);
}

static void
vs_requirements_panel_dispose (GObject *object)
{
  VsRequirementsPanel *self = (VsRequirementsPanel *)object;
  GtkWidget *child;

  gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_REQUIREMENTS_PANEL);
  /* Template children without an id are not unparented by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->comparison);
  g_clear_object (&self->slots);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->matched_categories, g_hash_table_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  clear_folded_names (self);

  G_OBJECT_CLASS (vs_requirements_panel_parent_class)->dispose (object);
}

static void
vs_requirements_panel_class_init (VsRequirementsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_requirements_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versus/Versus/vs-requirements-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, VsRequirementsPanel, clear_button);
  gtk_widget_class_bind_template_child (widget_class, VsRequirementsPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsRequirementsPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, VsRequirementsPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsRequirementsPanel, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);
}

static void
vs_requirements_panel_init (VsRequirementsPanel *self)
{
  g_autoptr(GtkNoSelection) selection_model = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->matched_categories = g_hash_table_new (NULL, NULL);
  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->slots = vs_row_slots_new (G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->slots, "rebind", G_CALLBACK (on_slots_rebind), self, G_CONNECT_SWAPPED);
  selection_model = gtk_no_selection_new (vs_row_slots_new_growing (G_LIST_MODEL (self->slots),
                                                                   GTK_WIDGET (self->list_view)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection_model));
  update_count (self);
}

GtkWidget *
vs_requirements_panel_new (void)
{
  return g_object_new (VS_TYPE_REQUIREMENTS_PANEL, NULL);
}

/**
 * vs_requirements_panel_set_comparison:
 * @comparison: (nullable): the comparison whose criteria to list
 * @selection: (nullable): the ticks the rows read and write
 */
void
vs_requirements_panel_set_comparison (VsRequirementsPanel *self,
                                      VsComparison        *comparison,
                                      VsSelection         *selection)
{
  g_autoptr(GPtrArray) flat = NULL;

  g_return_if_fail (VS_IS_REQUIREMENTS_PANEL (self));
  g_return_if_fail (!comparison || VS_IS_COMPARISON (comparison));
  g_return_if_fail (!selection || VS_IS_SELECTION (selection));

  if (self->selection != selection)
    {
      if (self->selection != NULL)
        g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);
      g_set_object (&self->selection, selection);
      if (selection != NULL)
        g_signal_connect_object (selection, "changed",
                                 G_CALLBACK (on_selection_changed), self,
                                 G_CONNECT_SWAPPED);
    }

  g_set_object (&self->comparison, comparison);

  flat = g_ptr_array_new ();
  if (comparison != NULL)
    {
      GListModel *categories = vs_comparison_get_categories (comparison);
      guint n_categories = g_list_model_get_n_items (categories);

      for (guint i = 0; i < n_categories; i++)
        {
          VsCategory *category = g_list_model_get_item (categories, i);
          GListModel *criteria = vs_category_get_criteria (category);
          guint n_criteria = g_list_model_get_n_items (criteria);

          g_ptr_array_add (flat, category);
          for (guint j = 0; j < n_criteria; j++)
            g_ptr_array_add (flat, g_list_model_get_item (criteria, j));
        }
    }

  /* Another comparison: the first frame shows only what fits on screen. */
  vs_row_slots_restart_growing (G_LIST_MODEL (gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (self->list_view)))),
                                GTK_WIDGET (self->list_view));

  /* One splice: one items-changed for the whole list. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       flat->pdata, flat->len);
  g_ptr_array_foreach (flat, (GFunc)g_object_unref, NULL);

  clear_folded_names (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/**
 * vs_requirements_panel_get_model:
 *
 * Returns: (transfer none): the rows as the list view shows them:
 *   #VsCategory headers and #VsCriterion items, after the search
 */
GListModel *
vs_requirements_panel_get_model (VsRequirementsPanel *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENTS_PANEL (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GtkListView *
vs_requirements_panel_get_list_view (VsRequirementsPanel *self)
{
  g_return_val_if_fail (VS_IS_REQUIREMENTS_PANEL (self), NULL);

  return self->list_view;
}

void
vs_requirements_panel_set_search (VsRequirementsPanel *self,
                                  const char          *text)
{
  g_return_if_fail (VS_IS_REQUIREMENTS_PANEL (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* search-changed is delayed; filter now. */
  on_search_entry_search_changed (self);
}

void
vs_requirements_panel_focus_search (VsRequirementsPanel *self)
{
  g_return_if_fail (VS_IS_REQUIREMENTS_PANEL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
