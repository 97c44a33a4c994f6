/* vs-category-tabs.c
 *
 * The category tabs above the tables: a toggle button per page of an
 * AdwViewStack, with the page's icon and title, the shown page's button
 * pressed. A click shows its page; a page shown another way (the
 * drop-down, a shortcut, a reload) presses its button.
 *
 * AdwViewSwitcher did this before. Each of its buttons holds a wide and
 * a narrow layout, each with an icon, a label and an attention dot: 47
 * widgets for three categories, a tenth of the window's first frame.
 * These buttons are four widgets each, styled the same way (flat, bold,
 * the pressed one shaded; style.css).
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-category-tabs"

#include "config.h"

#include "vs-category-tabs.h"

#define TAB_SPACING 3
#define ICON_SPACING 6

struct _VsCategoryTabs
{
  GtkWidget          parent_instance;

  AdwViewStack      *stack;
  GtkSelectionModel *pages;     /* the stack's pages; NULL without a stack */
  GPtrArray         *watched;   /* AdwViewStackPage: whose notify we listen to */
  guint              syncing : 1;
};

G_DEFINE_FINAL_TYPE (VsCategoryTabs, vs_category_tabs, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
button_position (GtkWidget *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "vs-page-position"));
}

/* Presses the shown page's button, and only that one. */
static void
sync_pressed (VsCategoryTabs *self)
{
  self->syncing = TRUE;
  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self));
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                  gtk_selection_model_is_selected (self->pages, button_position (button)));
  self->syncing = FALSE;
}

static void
on_button_toggled (GtkToggleButton *button,
                   VsCategoryTabs  *self)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  gtk_selection_model_select_item (self->pages, button_position (GTK_WIDGET (button)), TRUE);
}

static GtkWidget *
make_button (VsCategoryTabs   *self,
             AdwViewStackPage *page,
             guint             position)
{
  const char *title = adw_view_stack_page_get_title (page);
  const char *icon_name = adw_view_stack_page_get_icon_name (page);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, ICON_SPACING);

  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (box),
                    g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL));
  gtk_box_append (GTK_BOX (box), gtk_label_new (title));
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "category-tab");
  gtk_widget_set_visible (button, adw_view_stack_page_get_visible (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_set_data (G_OBJECT (button), "vs-page-position", GUINT_TO_POINTER (position));
  g_signal_connect_object (button, "toggled", G_CALLBACK (on_button_toggled), self, 0);

  return button;
}

static void on_page_notify (VsCategoryTabs *self);

static void
unwatch_pages (VsCategoryTabs *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), on_page_notify, self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
remove_buttons (VsCategoryTabs *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

/* A button per page, in the pages' order, grouped so that one is pressed
 * at a time. */
static void
rebuild (VsCategoryTabs *self)
{
  GtkToggleButton *first = NULL;
  guint n;

  unwatch_pages (self);
  remove_buttons (self);
  if (self->pages == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (self->pages), i);
      GtkWidget *button = make_button (self, page, i);

      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      gtk_widget_set_parent (button, GTK_WIDGET (self));

      g_signal_connect_swapped (page, "notify", G_CALLBACK (on_page_notify), self);
      g_ptr_array_add (self->watched, g_object_ref (page));
    }

  sync_pressed (self);
}

/* A title, an icon or a page's visibility changed. */
static void
on_page_notify (VsCategoryTabs *self)
{
  rebuild (self);
}

static void
on_pages_changed (VsCategoryTabs *self)
{
  rebuild (self);
}

static void
on_selection_changed (VsCategoryTabs *self)
{
  sync_pressed (self);
}

/**
 * vs_category_tabs_set_stack:
 * @stack: (nullable): the stack whose pages get buttons
 *
 * Shows a button for each of @stack's pages; none without a stack.
 */
void
vs_category_tabs_set_stack (VsCategoryTabs *self,
                            AdwViewStack   *stack)
{
  g_return_if_fail (VS_IS_CATEGORY_TABS (self));
  g_return_if_fail (stack == NULL || ADW_IS_VIEW_STACK (stack));

  if (self->stack == stack)
    return;

  if (self->pages != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->pages, self);
      g_clear_object (&self->pages);
    }
  g_set_object (&self->stack, stack);

  if (stack != NULL)
    {
      self->pages = adw_view_stack_get_pages (stack);
      g_signal_connect_swapped (self->pages, "items-changed", G_CALLBACK (on_pages_changed), self);
      g_signal_connect_swapped (self->pages, "selection-changed", G_CALLBACK (on_selection_changed), self);
    }
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK]);
}

/**
 * vs_category_tabs_get_stack:
 *
 * Returns: (nullable) (transfer none): the stack whose pages have buttons
 */
AdwViewStack *
vs_category_tabs_get_stack (VsCategoryTabs *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY_TABS (self), NULL);

  return self->stack;
}

static void
vs_category_tabs_dispose (GObject *object)
{
  vs_category_tabs_set_stack (VS_CATEGORY_TABS (object), NULL);

  G_OBJECT_CLASS (vs_category_tabs_parent_class)->dispose (object);
}

static void
vs_category_tabs_finalize (GObject *object)
{
  g_ptr_array_unref (VS_CATEGORY_TABS (object)->watched);

  G_OBJECT_CLASS (vs_category_tabs_parent_class)->finalize (object);
}

static void
vs_category_tabs_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsCategoryTabs *self = VS_CATEGORY_TABS (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, self->stack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_category_tabs_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsCategoryTabs *self = VS_CATEGORY_TABS (object);

  switch (prop_id)
    {
    case PROP_STACK:
      vs_category_tabs_set_stack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_category_tabs_class_init (VsCategoryTabsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_category_tabs_dispose;
  object_class->finalize = vs_category_tabs_finalize;
  object_class->get_property = vs_category_tabs_get_property;
  object_class->set_property = vs_category_tabs_set_property;

  /**
   * VsCategoryTabs:stack:
   *
   * The stack whose pages have buttons.
   */
  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL,
                         ADW_TYPE_VIEW_STACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "categorytabs");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vs_category_tabs_init (VsCategoryTabs *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  /* As wide as the widest, as the view switcher's. */
  gtk_box_layout_set_homogeneous (layout, TRUE);
  gtk_box_layout_set_spacing (layout, TAB_SPACING);
}

GtkWidget *
vs_category_tabs_new (void)
{
  return g_object_new (VS_TYPE_CATEGORY_TABS, NULL);
}
