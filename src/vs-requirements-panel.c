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

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vs-requirement-row.h"
#include "vs-requirements-panel.h"
#include "vs-row-slots.h"

/* The rows the list shows: the headers and criteria, flattened, of which
 * those the search keeps. A GtkFilterListModel asked a filter function
 * about each of 100,060 items on every letter typed (through GTK's
 * bitsets, most of a 24 ms search); here the panel works out the shown
 * positions in one pass and the model hands out items by position. */
#define VS_TYPE_PANEL_ROWS (vs_panel_rows_get_type ())
G_DECLARE_FINAL_TYPE (VsPanelRows, vs_panel_rows, VS, PANEL_ROWS, GObject)

struct _VsPanelRows
{
  GObject    parent_instance;

  GPtrArray *items;   /* VsCategory headers and VsCriterion rows, owned */
  GArray    *shown;   /* guint positions in @items, in order */
};

static GType
vs_panel_rows_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
vs_panel_rows_get_n_items (GListModel *model)
{
  return VS_PANEL_ROWS (model)->shown->len;
}

static gpointer
vs_panel_rows_get_item (GListModel *model,
                        guint       position)
{
  VsPanelRows *self = VS_PANEL_ROWS (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, g_array_index (self->shown, guint, position)));
}

static void
vs_panel_rows_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_panel_rows_get_item_type;
  iface->get_n_items = vs_panel_rows_get_n_items;
  iface->get_item = vs_panel_rows_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (VsPanelRows, vs_panel_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, vs_panel_rows_model_init))

static void
vs_panel_rows_finalize (GObject *object)
{
  VsPanelRows *self = VS_PANEL_ROWS (object);

  g_ptr_array_unref (self->items);
  g_array_unref (self->shown);

  G_OBJECT_CLASS (vs_panel_rows_parent_class)->finalize (object);
}

static void
vs_panel_rows_class_init (VsPanelRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vs_panel_rows_finalize;
}

static void
vs_panel_rows_init (VsPanelRows *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Takes @shown; @items (transfer full) replaces the items when not NULL. */
static void
vs_panel_rows_set (VsPanelRows *self,
                   GPtrArray   *items,
                   GArray      *shown)
{
  guint removed = self->shown->len;

  if (items != NULL)
    {
      g_ptr_array_unref (self->items);
      self->items = items;
    }
  else if (shown->len == self->shown->len
           && memcmp (shown->data, self->shown->data, shown->len * sizeof (guint)) == 0)
    {
      g_array_unref (shown);
      return;
    }

  g_array_unref (self->shown);
  self->shown = shown;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, shown->len);
}

struct _VsRequirementsPanel
{
  GtkWidget           parent_instance;

  VsComparison       *comparison;
  VsSelection        *selection;
  VsPanelRows        *rows;
  char               *search;          /* folded (see fold_text()), or NULL */
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

/* The list, or the page that says a search found nothing: made the first
 * time one does, not with every window. */
static void
show_list_or_empty (VsRequirementsPanel *self)
{
  if (self->rows->shown->len > 0 || self->comparison == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (gtk_stack_get_child_by_name (self->stack, "empty") == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "edit-find-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Requirements Found"));
      gtk_widget_add_css_class (page, "compact");
      gtk_stack_add_named (self->stack, page, "empty");
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* @change says how the new search relates to the last one: with
 * GTK_FILTER_CHANGE_MORE_STRICT only the criteria shown now are looked at
 * again, with LESS_STRICT only the hidden ones. @items, when not NULL,
 * are new items (another comparison). */
static void
refilter (VsRequirementsPanel *self,
          GtkFilterChange      change,
          GPtrArray           *items)
{
  GPtrArray *all = items != NULL ? items : self->rows->items;
  GArray *shown = g_array_sized_new (FALSE, FALSE, sizeof (guint), all->len);
  /* A letter typed looks at every row of a large file: the positions go
   * straight into the array (at most one per row), and a row's type is
   * compared, not checked through GType (VsCategory is final). */
  guint *positions;
  guint n_shown = 0;
  GType category_type = VS_TYPE_CATEGORY;
  guint header = G_MAXUINT;  /* the header not added yet, if any */

  g_array_set_size (shown, all->len);
  positions = (guint *)(gpointer)shown->data;

  if (self->search != NULL)
    ensure_folded_names (self);

  for (guint i = 0; i < all->len; i++)
    {
      gpointer item = g_ptr_array_index (all, i);
      guint index;
      gboolean matches;

      if (self->search == NULL)
        {
          positions[n_shown++] = i;
          continue;
        }

      /* A header shows when one of its criteria does. */
      if (G_OBJECT_TYPE (item) == category_type)
        {
          header = i;
          continue;
        }

      index = vs_criterion_get_index (item);
      if (index >= self->n_criteria)
        continue;
      /* A stricter search keeps no row the last one hid, and a looser
       * one hides no row the last one kept. */
      if ((change == GTK_FILTER_CHANGE_MORE_STRICT && !self->matches[index])
          || (change == GTK_FILTER_CHANGE_LESS_STRICT && self->matches[index]))
        matches = self->matches[index];
      else
        matches = self->folded_names[index] != NULL
                  && strstr (self->folded_names[index], self->search) != NULL;
      self->matches[index] = matches;

      if (matches)
        {
          if (header != G_MAXUINT)
            {
              positions[n_shown++] = header;
              header = G_MAXUINT;
            }
          positions[n_shown++] = i;
        }
    }
  g_array_set_size (shown, n_shown);

  /* With no search every criterion matches, for the next search. */
  if (self->search == NULL && self->matches != NULL)
    memset (self->matches, TRUE, self->n_criteria);

  vs_panel_rows_set (self->rows, items, shown);
  show_list_or_empty (self);
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

  refilter (self, change, NULL);
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
  g_clear_object (&self->rows);
  g_clear_pointer (&self->search, g_free);
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

  self->rows = g_object_new (VS_TYPE_PANEL_ROWS, NULL);
  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->slots = vs_row_slots_new (G_LIST_MODEL (self->rows));
  g_signal_connect_object (self->slots, "rebind", G_CALLBACK (on_slots_rebind), self, G_CONNECT_SWAPPED);
  /* A row is a check box (some 38 pixels at the usual text size). */
  selection_model = gtk_no_selection_new (vs_row_slots_new_growing (G_LIST_MODEL (self->slots),
                                                                   GTK_WIDGET (self->list_view), 32));
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

  flat = g_ptr_array_new_with_free_func (g_object_unref);
  if (comparison != NULL)
    {
      GListModel *categories = vs_comparison_get_categories (comparison);
      guint n_categories = g_list_model_get_n_items (categories);

      for (guint i = 0; i < n_categories; i++)
        {
          VsCategory *category = g_list_model_get_item (categories, i);
          g_autoptr(GPtrArray) from_model = NULL;
          guint n_criteria;
          /* The plain array, without the list model's GSequence walk and
           * reference per item: 6 ms of 100,000 criteria's first frame. */
          VsCriterion * const *criteria = vs_comparison_read_category_criteria (comparison, category,
                                                                                &n_criteria, &from_model);

          g_ptr_array_add (flat, category);
          for (guint j = 0; j < n_criteria; j++)
            g_ptr_array_add (flat, g_object_ref (criteria[j]));
        }
    }

  /* Another comparison: the first frame shows only what fits on screen. */
  vs_row_slots_restart_growing (G_LIST_MODEL (gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (self->list_view)))),
                                GTK_WIDGET (self->list_view));

  /* One items-changed for the whole list. */
  clear_folded_names (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT, g_steal_pointer (&flat));
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

  return G_LIST_MODEL (self->rows);
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
