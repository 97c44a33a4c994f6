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

#include <glib/gi18n.h>

#include "vs-requirement-row.h"
#include "vs-requirements-panel.h"

struct _VsRequirementsPanel
{
  GtkWidget           parent_instance;

  VsComparison       *comparison;
  VsSelection        *selection;
  GListStore         *items;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  char               *search;          /* casefolded, or NULL */
  GHashTable         *matched_categories;
  GHashTable         *bound_rows;

  GtkButton          *clear_button;
  GtkLabel           *count_label;
  GtkListView        *list_view;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
};

G_DEFINE_FINAL_TYPE (VsRequirementsPanel, vs_requirements_panel, GTK_TYPE_WIDGET)

static gboolean
criterion_matches (VsRequirementsPanel *self,
                   VsCriterion         *criterion)
{
  g_autofree char *name = NULL;

  if (self->search == NULL)
    return TRUE;

  name = g_utf8_casefold (vs_criterion_get_name (criterion), -1);
  return strstr (name, self->search) != NULL;
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

static void
refilter (VsRequirementsPanel *self)
{
  guint n_items;

  g_hash_table_remove_all (self->matched_categories);

  /* A header stays when one of its criteria matches; work that out once
   * per search instead of once per header. */
  if (self->comparison != NULL)
    {
      GListModel *criteria = vs_comparison_get_criteria (self->comparison);
      guint n = g_list_model_get_n_items (criteria);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VsCriterion) criterion = g_list_model_get_item (criteria, i);
          VsCategory *category = vs_criterion_get_category (criterion);

          if (!g_hash_table_contains (self->matched_categories, category)
              && criterion_matches (self, criterion))
            g_hash_table_add (self->matched_categories, category);
        }
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gtk_stack_set_visible_child_name (self->stack, n_items > 0 || self->comparison == NULL ? "list" : "empty");
}

static void
on_search_entry_search_changed (VsRequirementsPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (text != NULL && text[0] != '\0')
    self->search = g_utf8_casefold (text, -1);

  refilter (self);
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
on_factory_bind (VsRequirementsPanel *self,
                 GtkListItem         *list_item)
{
  VsRequirementRow *row = VS_REQUIREMENT_ROW (gtk_list_item_get_child (list_item));

  vs_requirement_row_bind (row, gtk_list_item_get_item (list_item), self->selection);
  g_hash_table_add (self->bound_rows, row);
}

static void
on_factory_unbind (VsRequirementsPanel *self,
                   GtkListItem         *list_item)
{
  VsRequirementRow *row = VS_REQUIREMENT_ROW (gtk_list_item_get_child (list_item));

  g_hash_table_remove (self->bound_rows, row);
  vs_requirement_row_unbind (row);
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
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->matched_categories, g_hash_table_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);

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
  selection_model = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
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

  /* One splice: one items-changed for the whole list. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       flat->pdata, flat->len);
  g_ptr_array_foreach (flat, (GFunc)g_object_unref, NULL);

  refilter (self);
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
