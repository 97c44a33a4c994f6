/* vs-window.c
 *
 * The window shows one VsComparison. It owns the VsSelection (the ticks)
 * and the VsView (visible subjects, only-differences) and, on every
 * change of the ticks, asks the core for a new VsRanking and hands it to
 * the cards, the tables and the verdict. It computes no score itself.
 *
 * Window actions (also how the tests drive it):
 *   win.open                      choose a file
 *   win.open-uri (s)              open a file by URI (the recent list)
 *   win.set-requirement (sui)     tick: criterion id, kind (0 none, 1 nice,
 *                                 2 must), weight 1..5
 *   win.clear-requirements        untick everything
 *   win.set-subject-visible (sb)  show or hide a subject by id
 *   win.only-differences          stateful boolean
 *   win.sidebar-visible           stateful boolean (F9)
 *   win.search                    focus the requirement search (Ctrl+F)
 *   win.export (s)                "pdf", "md", "csv" or "decision"
 *   win.print                     print the PDF report's pages
 *   win.dismiss-error             hide the error area
 *   win.launch-uri (s)            open an exported file
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-window"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "vs-application.h"
#include "vs-card-grid.h"
#include "vs-category-tabs.h"
#include "vs-comparison-table.h"
#include "vs-content-box.h"
#include "vs-requirements-panel.h"
#include "vs-subject-card.h"
#include "vs-verdict-bar.h"
#include "vs-window.h"

/* A load that takes longer than this shows a spinner. */
#define LOADING_DELAY_MS 200
/* Editors write a file in several steps: wait for quiet. */
#define RELOAD_DELAY_MS 200
#define MAX_RECENT 10

struct _VsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  VsComparison         *comparison;
  GFile                *file;
  VsSelection          *selection;
  VsView               *view;
  VsRanking            *ranking;
  GCancellable         *load_cancellable;
  gboolean              hash_on_map;
  GFileMonitor         *monitor;
  GMenu                *recent_menu;
  GtkFileChooserNative *chooser;
  char                 *error_text;
  guint                 loading_timeout;
  guint                 reload_timeout;
  guint                 recent_idle;
  gboolean              watching_recent;
  guint                 n_exports;
  AdwToast             *last_toast;
  gboolean              only_differences;
  gboolean              sidebar_visible;

  VsCardGrid           *cards_box;
  GtkDropDown          *category_dropdown;
  GtkStringList        *category_names;
  gboolean              filling_category_dropdown;
  GMenu                *narrow_menu;
  GtkMenuButton        *primary_button;
  GtkMenuButton        *export_button;
  GtkSpinner           *export_spinner;
  GtkSpinner           *loading_spinner;  /* see ensure_loading_page() */
  AdwSqueezer          *export_squeezer;
  GMenuModel           *export_menu;
  GtkBox               *main_box;
  /* The error bar: NULL until the first error (ensure_error_bar()). */
  GtkLabel             *error_label;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_title;
  AdwFlap              *flap;
  GtkStack             *main_stack;
  GtkToggleButton      *only_differences_button;
  AdwSplitButton       *open_button;
  GMenu                *primary_menu;
  VsRequirementsPanel  *requirements_panel;
  GtkBox               *subjects_box;  /* NULL until there are three subjects */
  GtkMenuButton        *subjects_button;
  AdwViewStack         *table_stack;
  AdwToastOverlay      *toast_overlay;
  VsVerdictBar         *verdict_bar;
  VsCategoryTabs       *category_tabs;
  GtkWidget            *category_tabs_scroll;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (VsWindow, vs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_RANKING,
  PROP_ONLY_DIFFERENCES,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  VsWindow *window;
  GFile    *file;
  gboolean  reload;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_ticks (VsWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_value (self->settings, "ticks", vs_selection_serialize (self->selection));
}

/* The ranking is the only thing a tick changes: hand it to every part. */
static void
update_ranking (VsWindow *self)
{
  GtkWidget *child;
  guint n_pages;
  g_autoptr(GtkSelectionModel) pages = NULL;

  if (self->comparison == NULL)
    return;

  g_clear_object (&self->ranking);
  self->ranking = vs_ranking_new (self->comparison, self->selection);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    vs_subject_card_set_result (VS_SUBJECT_CARD (child), self->ranking);

  pages = adw_view_stack_get_pages (self->table_stack);
  n_pages = g_list_model_get_n_items (G_LIST_MODEL (pages));
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      vs_comparison_table_set_ranking (VS_COMPARISON_TABLE (adw_view_stack_page_get_child (page)),
                                       self->ranking);
    }

  vs_verdict_bar_set_ranking (self->verdict_bar, self->ranking);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANKING]);
}

static void
on_selection_changed (VsWindow *self)
{
  update_ranking (self);
  save_ticks (self);
}

/* Ticks whose criterion is gone (another file, or an edit) are dropped. */
static void
prune_selection (VsWindow *self)
{
  g_auto(GStrv) ids = vs_selection_dup_ids (self->selection);
  GVariantBuilder builder;
  gboolean pruned = FALSE;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sui)"));
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (vs_comparison_find_criterion (self->comparison, ids[i]) == NULL)
        {
          pruned = TRUE;
          continue;
        }
      g_variant_builder_add (&builder, "(sui)", ids[i],
                             (guint32)vs_selection_get_kind (self->selection, ids[i]),
                             (gint32)vs_selection_get_weight (self->selection, ids[i]));
    }

  if (pruned)
    vs_selection_deserialize (self->selection, g_variant_builder_end (&builder));
  else
    g_variant_builder_clear (&builder);
}

static void
foreach_table (VsWindow *self,
               void    (*func) (VsWindow *, VsComparisonTable *, gpointer),
               gpointer  user_data)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->table_stack);
  guint n_pages = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      func (self, VS_COMPARISON_TABLE (adw_view_stack_page_get_child (page)), user_data);
    }
}

static void
apply_visible_subjects_to_table (VsWindow          *self,
                                 VsComparisonTable *table,
                                 gpointer           user_data)
{
  guint n_visible = 0;
  g_autofree guint *visible = vs_view_dup_visible_subjects (self->view, &n_visible);

  vs_comparison_table_set_visible_subjects (table, visible, n_visible);
}

static void
apply_visible_subjects (VsWindow *self)
{
  GtkWidget *child;
  guint i = 0;

  foreach_table (self, apply_visible_subjects_to_table, NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    gtk_widget_set_visible (child, vs_view_get_subject_visible (self->view, i));
}

static void
apply_only_differences_to_table (VsWindow          *self,
                                 VsComparisonTable *table,
                                 gpointer           user_data)
{
  vs_comparison_table_set_only_differences (table, self->only_differences);
}

static void
set_subject_visible (VsWindow   *self,
                     const char *subject_id,
                     gboolean    visible)
{
  VsSubject *subject;
  guint index;
  guint n_visible = 0;
  g_autofree guint *current = NULL;
  GtkWidget *check;

  if (self->comparison == NULL)
    return;

  subject = vs_comparison_find_subject (self->comparison, subject_id);
  if (subject == NULL)
    return;

  index = vs_subject_get_index (subject);
  current = vs_view_dup_visible_subjects (self->view, &n_visible);

  /* Comparing needs something to look at: the last one stays. */
  if (!visible && n_visible <= 1 && vs_view_get_subject_visible (self->view, index))
    visible = TRUE;

  vs_view_set_subject_visible (self->view, index, visible);
  apply_visible_subjects (self);

  check = self->subjects_box != NULL ? gtk_widget_get_first_child (GTK_WIDGET (self->subjects_box)) : NULL;
  for (guint i = 0; check != NULL; i++, check = gtk_widget_get_next_sibling (check))
    if (i == index)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), visible);
}

static void
on_subject_check_toggled (GtkCheckButton *check,
                          VsWindow       *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "vs-subject-id");
  gboolean active = gtk_check_button_get_active (check);

  if (self->comparison == NULL || id == NULL)
    return;
  if (vs_view_get_subject_visible (self->view,
                                   vs_subject_get_index (vs_comparison_find_subject (self->comparison, id))) == active)
    return;

  set_subject_visible (self, id, active);
}

static void
rebuild_subjects_menu (VsWindow *self)
{
  GtkWidget *child;
  guint n_subjects = vs_comparison_get_n_subjects (self->comparison);

  gtk_widget_set_visible (GTK_WIDGET (self->subjects_button), n_subjects > 2);
  /* Two subjects are both always shown: no menu to make. */
  if (n_subjects <= 2 && self->subjects_box == NULL)
    return;

  if (self->subjects_box == NULL)
    {
      GtkWidget *popover = gtk_popover_new ();

      self->subjects_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 3));
      gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->subjects_box));
      gtk_menu_button_set_popover (self->subjects_button, popover);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->subjects_box))))
    gtk_box_remove (self->subjects_box, child);

  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_comparison_get_subject (self->comparison, i);
      GtkWidget *check = gtk_check_button_new_with_label (vs_subject_get_name (subject));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "vs-subject-id",
                              g_strdup (vs_subject_get_id (subject)), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_subject_check_toggled), self);
      gtk_box_append (self->subjects_box, check);
    }
}

/* The drop-down stands in for the category tabs on narrow windows: both
 * show the same stack page. */
static int
visible_category_index (VsWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->table_stack);
  GtkWidget *child;
  int i = 0;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->table_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    if (child == visible)
      return i;

  return -1;
}

static void
sync_category_dropdown (VsWindow *self)
{
  int index = visible_category_index (self);

  if (self->category_dropdown == NULL || gtk_drop_down_get_model (self->category_dropdown) == NULL)
    return;
  if (index >= 0 && gtk_drop_down_get_selected (self->category_dropdown) != (guint)index)
    gtk_drop_down_set_selected (self->category_dropdown, index);
}

static void
on_category_dropdown_selected (VsWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);
  GtkWidget *table;

  if (self->filling_category_dropdown)
    return;

  table = vs_window_get_table (self, selected);

  if (selected != GTK_INVALID_LIST_POSITION && table != NULL
      && adw_view_stack_get_visible_child (self->table_stack) != table)
    adw_view_stack_set_visible_child (self->table_stack, table);
}

/* Its popover's list makes a row per category: not until a narrow
 * window shows the drop-down. */
static void
on_category_dropdown_map (VsWindow *self)
{
  if (gtk_drop_down_get_model (self->category_dropdown) != NULL)
    return;

  self->filling_category_dropdown = TRUE;
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (self->category_names));
  self->filling_category_dropdown = FALSE;
  sync_category_dropdown (self);
}

/* Categories are picked with tabs (VsCategoryTabs) when there are a
 * few and the window is wide; with the drop-down when the window is
 * narrow, or when there are more than a row of tabs holds well (the HIG
 * gives a view switcher two to five views). Its buttons are only made
 * while it shows: 60 categories made 60 buttons, each with its labels. */
#define MAX_CATEGORY_TABS 5

/* Made the first time it is shown: a drop-down makes its popover, list
 * and search entry with it (9M instructions), and a wide window with a
 * few categories never shows it. */
static void
ensure_category_dropdown (VsWindow *self)
{
  GtkWidget *dropdown;

  if (self->category_dropdown != NULL)
    return;

  dropdown = gtk_drop_down_new (NULL, NULL);
  self->category_dropdown = GTK_DROP_DOWN (dropdown);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Category"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Category"), -1);
  gtk_widget_set_visible (dropdown, FALSE);
  g_signal_connect_object (dropdown, "map",
                           G_CALLBACK (on_category_dropdown_map), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dropdown, "notify::selected",
                           G_CALLBACK (on_category_dropdown_selected), self, G_CONNECT_SWAPPED);
  gtk_box_prepend (GTK_BOX (gtk_widget_get_parent (self->category_tabs_scroll)), dropdown);
}

static void
update_category_chooser (VsWindow *self)
{
  guint n_categories = 0;
  gboolean use_tabs;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->table_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_categories++;

  use_tabs = !adw_flap_get_folded (self->flap) && n_categories <= MAX_CATEGORY_TABS;

  vs_category_tabs_set_stack (self->category_tabs, use_tabs ? self->table_stack : NULL);

  if (!use_tabs)
    ensure_category_dropdown (self);
  gtk_widget_set_visible (self->category_tabs_scroll, use_tabs);
  if (self->category_dropdown != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->category_dropdown), !use_tabs);
}

/* Narrow: the Open and Export buttons leave the header bar for the
 * window title's sake (the squeezers), and the main menu takes over what
 * they did. */
static GMenuModel *
primary_menu_model (VsWindow *self)
{
  gboolean narrow = adw_squeezer_get_visible_child (self->export_squeezer) != GTK_WIDGET (self->export_button);

  return narrow ? G_MENU_MODEL (self->narrow_menu) : G_MENU_MODEL (self->primary_menu);
}

static void
on_export_squeezer_changed (VsWindow *self)
{
  GMenuModel *model = primary_menu_model (self);

  /* A menu not opened yet gets its model when it opens (create_menu_popup). */
  if (gtk_menu_button_get_menu_model (self->primary_button) != NULL
      && gtk_menu_button_get_menu_model (self->primary_button) != model)
    gtk_menu_button_set_menu_model (self->primary_button, model);
}

/* The menus are built the first time they open, not for the first frame:
 * a popover menu makes a button, a label and a box per item. */
static void
create_menu_popup (GtkMenuButton *button,
                   gpointer       user_data)
{
  VsWindow *self = VS_WINDOW (user_data);
  GMenuModel *model;

  if (button == self->export_button)
    model = G_MENU_MODEL (self->export_menu);
  else
    model = primary_menu_model (self);

  if (gtk_menu_button_get_menu_model (button) != model)
    gtk_menu_button_set_menu_model (button, model);
}

static void
rebuild_content (VsWindow *self)
{
  GListModel *categories = vs_comparison_get_categories (self->comparison);
  guint n_categories = g_list_model_get_n_items (categories);
  guint n_subjects = vs_comparison_get_n_subjects (self->comparison);
  guint n_criteria = vs_comparison_get_n_criteria (self->comparison);
  g_autofree char *subjects_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *visible_page = NULL;
  GtkWidget *child;

  /* Keep the tab a person was on when the file reloads. */
  if (adw_view_stack_get_visible_child_name (self->table_stack) != NULL)
    visible_page = g_strdup (adw_view_stack_get_visible_child_name (self->table_stack));

  /* The tabs rebuild their buttons for every page added or removed.
   * Detached, they build them once when they get the stack back. */
  vs_category_tabs_set_stack (self->category_tabs, NULL);

  vs_card_grid_remove_all (self->cards_box);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_stack))))
    adw_view_stack_remove (self->table_stack, child);

  for (guint i = 0; i < n_subjects; i++)
    vs_card_grid_append (self->cards_box, vs_subject_card_new (vs_comparison_get_subject (self->comparison, i)));

  for (guint i = 0; i < n_categories; i++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);
      GtkWidget *table = vs_comparison_table_new (self->comparison, category, self->selection);
      AdwViewStackPage *page;

      vs_comparison_table_set_only_differences (VS_COMPARISON_TABLE (table), self->only_differences);
      page = adw_view_stack_add_titled (self->table_stack, table,
                                        vs_category_get_id (category),
                                        vs_category_get_name (category));
      adw_view_stack_page_set_icon_name (page, "view-list-symbolic");
    }

  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < n_categories; i++)
      {
        g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);

        g_ptr_array_add (names, (gpointer)vs_category_get_name (category));
      }
    g_ptr_array_add (names, NULL);
    gtk_string_list_splice (self->category_names, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->category_names)),
                            (const char * const *)names->pdata);
  }

  if (visible_page != NULL && adw_view_stack_get_child_by_name (self->table_stack, visible_page) != NULL)
    adw_view_stack_set_visible_child_name (self->table_stack, visible_page);
  update_category_chooser (self);
  sync_category_dropdown (self);

  rebuild_subjects_menu (self);
  apply_visible_subjects (self);
  vs_requirements_panel_set_comparison (self->requirements_panel, self->comparison, self->selection);

  gtk_window_set_title (GTK_WINDOW (self), vs_comparison_get_title (self->comparison));
  adw_window_title_set_title (self->window_title, vs_comparison_get_title (self->comparison));
  /* Translators: the first half of the window subtitle, "2 subjects · 24 criteria" */
  subjects_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u subject", "%u subjects", n_subjects), n_subjects);
  /* Translators: %s is "2 subjects"; the whole reads "2 subjects · 24 criteria" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u criterion", "%s · %u criteria", n_criteria),
                              subjects_text, n_criteria);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    VsWindow          *self);

static void
watch_file (VsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_monitor_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (self->file), error->message);
      return;
    }

  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self);
}

/* BEGIN benchmark hook (tests/bench/bench-startup.c, owned by the
 * benchmark suite): with VERSUS_BENCH_FIRST_FRAME=1 the app prints
 * "window-frame <g_get_monotonic_time()>" at the end of the window's first
 * painted frame, whatever it shows (the loading page for a large file),
 * and "first-frame <g_get_monotonic_time()>" at the end of the first frame
 * that shows a comparison, then quits. Nothing happens without the
 * variable. */
static void
bench_window_paint_cb (GdkFrameClock *clock,
                       VsWindow      *self)
{
  g_print ("window-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_window_paint_cb, self);
}

static void
bench_window_map_cb (VsWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, bench_window_map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (bench_window_paint_cb), self, 0);
}

/* From the window's construction: its first map is still to come. */
static void
bench_report_window_frame (VsWindow *self)
{
  if (g_strcmp0 (g_getenv ("VERSUS_BENCH_FIRST_FRAME"), "1") == 0)
    g_signal_connect (self, "map", G_CALLBACK (bench_window_map_cb), NULL);
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      VsWindow      *self)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_application_quit (g_application_get_default ());
}

static void
bench_map_cb (VsWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, bench_map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), self, 0);
  /* A frame is coming anyway; this makes sure of it. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bench_report_first_frame (VsWindow *self)
{
  if (g_strcmp0 (g_getenv ("VERSUS_BENCH_FIRST_FRAME"), "1") != 0)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bench_map_cb (self);
  else
    g_signal_connect (self, "map", G_CALLBACK (bench_map_cb), NULL);
}
/* END benchmark hook */

static void
on_hash_after_paint (GdkFrameClock *clock,
                     VsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_hash_after_paint, self);
  if (self->comparison != NULL)
    vs_comparison_hash_in_background (self->comparison);
}

/* A large file is hashed once it is on screen (for reports; the frame
 * does not wait for it): after the next frame, or the first once mapped. */
static void
hash_after_next_frame (VsWindow *self)
{
  self->hash_on_map = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->hash_on_map)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (on_hash_after_paint), self, 0);
}

/* Nothing to export, print or search until a comparison is shown (a new
 * window whose file is still loading). */
static void
update_report_actions (VsWindow *self)
{
  gboolean has_comparison = self->comparison != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_comparison);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_comparison);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), has_comparison);
  gtk_widget_set_sensitive (GTK_WIDGET (self->requirements_panel), has_comparison);
}

static void
set_comparison (VsWindow     *self,
                VsComparison *comparison,
                GFile        *file)
{
  gboolean same_file = self->file != NULL && file != NULL && g_file_equal (self->file, file);
  g_autoptr(VsView) old_view = NULL;

  g_assert (VS_IS_COMPARISON (comparison));

  old_view = g_steal_pointer (&self->view);
  g_set_object (&self->comparison, comparison);
  update_report_actions (self);
  self->view = vs_view_new (comparison);
  vs_view_set_only_differences (self->view, self->only_differences);

  /* A reload keeps which subjects were hidden, by position. */
  if (same_file && old_view != NULL)
    {
      guint n = vs_comparison_get_n_subjects (comparison);

      for (guint i = 0; i < n && i < vs_comparison_get_n_subjects (vs_view_get_comparison (old_view)); i++)
        vs_view_set_subject_visible (self->view, i, vs_view_get_subject_visible (old_view, i));
    }

  if (!same_file)
    {
      g_set_object (&self->file, file);
      watch_file (self);
    }

  if (self->settings != NULL && !same_file)
    {
      g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

      g_settings_set_string (self->settings, "last-file", uri ? uri : "");
    }

  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  prune_selection (self);
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);

  rebuild_content (self);
  update_ranking (self);
  save_ticks (self);
  if (vs_comparison_is_sha256_pending (comparison))
    hash_after_next_frame (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);

  bench_report_first_frame (self);  /* benchmark hook, see above */
}

/* The error bar, under the header bar, made the first time an error
 * shows. */
static void
ensure_error_bar (VsWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->error_revealer != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_add_from_resource (builder, "/io/github/versus/Versus/vs-error-bar.ui", NULL);
  self->error_revealer = GTK_REVEALER (gtk_builder_get_object (builder, "error_revealer"));
  self->error_title = GTK_LABEL (gtk_builder_get_object (builder, "error_title"));
  self->error_label = GTK_LABEL (gtk_builder_get_object (builder, "error_label"));
  gtk_box_insert_child_after (self->main_box, GTK_WIDGET (self->error_revealer),
                              gtk_widget_get_first_child (GTK_WIDGET (self->main_box)));
}

static void
show_error (VsWindow   *self,
            const char *title,
            const char *text)
{
  ensure_error_bar (self);
  g_free (self->error_text);
  self->error_text = g_strdup (text);
  gtk_label_set_label (self->error_title, title);
  gtk_label_set_label (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
hide_error (VsWindow *self)
{
  g_clear_pointer (&self->error_text, g_free);
  if (self->error_revealer != NULL)
    gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
stop_loading_state (VsWindow *self)
{
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  gtk_stack_set_visible_child_name (self->main_stack, "content");
  /* A spinning spinner keeps the frame clock running, 60 frames a second,
   * even on a hidden page. */
  if (self->loading_spinner != NULL)
    gtk_spinner_stop (self->loading_spinner);
}

/* Most loads end before the page would show: it is made the first time
 * one does not, not with every window. */
static void
ensure_loading_page (VsWindow *self)
{
  GtkWidget *page;

  if (self->loading_spinner != NULL)
    return;

  self->loading_spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->loading_spinner), 32, 32);
  gtk_widget_set_halign (GTK_WIDGET (self->loading_spinner), GTK_ALIGN_CENTER);
  page = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Loading…"));
  adw_status_page_set_child (ADW_STATUS_PAGE (page), GTK_WIDGET (self->loading_spinner));
  gtk_stack_add_named (self->main_stack, page, "loading");
}

static void
show_loading_page (VsWindow *self)
{
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  ensure_loading_page (self);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
}

static gboolean
on_loading_timeout (gpointer user_data)
{
  VsWindow *self = user_data;

  self->loading_timeout = 0;
  show_loading_page (self);

  return G_SOURCE_REMOVE;
}

static void
add_recent (VsWindow *self,
            GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *)"application/json",
    .app_name = (char *)g_get_application_name (),
    .app_exec = (char *)"versus %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
on_load_finished (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LoadData *data = user_data;
  VsWindow *self = data->window;
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (data->file);

  comparison = vs_load_file_finish (result, &diagnostics, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      load_data_free (data);
      return;
    }

  g_clear_object (&self->load_cancellable);
  stop_loading_state (self);

  if (comparison != NULL)
    {
      hide_error (self);
      set_comparison (self, comparison, data->file);
      if (!data->reload)
        add_recent (self, data->file);
    }
  else
    {
      GString *text = g_string_new (NULL);
      g_autofree char *title = NULL;

      for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
        {
          g_autofree char *line = vs_diagnostic_format (g_ptr_array_index (diagnostics, i), name);

          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, line);
        }
      if (text->len == 0 && error != NULL)
        g_string_append_printf (text, "%s: %s", name, error->message);

      if (data->reload)
        /* Translators: %s is a file name */
        title = g_strdup_printf (_("%s changed but is not valid; still showing the last valid version"), name);
      else
        /* Translators: %s is a file name */
        title = g_strdup_printf (_("Could not open %s"), name);
      show_error (self, title, text->str);
      g_string_free (text, TRUE);

      /* Nothing on screen yet (a bad file on the command line): show the
       * bundled comparison rather than an empty window. */
      if (self->comparison == NULL)
        vs_window_open_bundled (self);
    }

  load_data_free (data);
}

/* Shows @pending's result when it comes: at once if it has already. */
static void
follow_load (VsWindow      *self,
             VsPendingLoad *pending,
             gboolean       reload)
{
  LoadData *data;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->load_cancellable, vs_pending_load_get_cancellable (pending));

  /* A window showing a comparison keeps it while a load is short; one
   * with nothing to show yet (a large file on the command line, still
   * parsing when the window is made) says it is loading from its first
   * frame, not an empty comparison. */
  if (!reload && self->loading_timeout == 0 && !vs_pending_load_is_done (pending))
    {
      if (self->comparison == NULL)
        show_loading_page (self);
      else
        self->loading_timeout = g_timeout_add (LOADING_DELAY_MS, on_loading_timeout, self);
    }

  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (vs_pending_load_get_file (pending));
  data->reload = reload;

  vs_pending_load_then (pending, on_load_finished, data);
}

static void
load (VsWindow *self,
      GFile    *file,
      gboolean  reload)
{
  g_autoptr(VsPendingLoad) pending = vs_pending_load_new (file);

  follow_load (self, pending, reload);
}

static gboolean
on_reload_timeout (gpointer user_data)
{
  VsWindow *self = user_data;

  self->reload_timeout = 0;
  if (self->file != NULL)
    load (self, self->file, TRUE);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    VsWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->reload_timeout, g_source_remove);
      self->reload_timeout = g_timeout_add (RELOAD_DELAY_MS, on_reload_timeout, self);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

static void on_recent_manager_changed (VsWindow *self);

static gboolean
populate_recent (gpointer user_data)
{
  VsWindow *self = user_data;
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items;
  guint n = 0;

  self->recent_idle = 0;
  g_menu_remove_all (self->recent_menu);

  if (!self->watching_recent)
    {
      g_signal_connect_object (manager, "changed",
                               G_CALLBACK (on_recent_manager_changed), self,
                               G_CONNECT_SWAPPED);
      self->watching_recent = TRUE;
    }

  items = gtk_recent_manager_get_items (manager);
  for (const GList *l = items; l != NULL && n < MAX_RECENT && g_get_application_name () != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, g_get_application_name ()))
        continue;
      if (!gtk_recent_info_exists (info))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  if (n == 0)
    g_menu_append (self->recent_menu, _("No Recent Comparisons"), "win.no-recent");

  /* AdwSplitButton builds the popover of a menu as soon as it gets it:
   * the Open button's is made now, after the first frame, with something
   * to show. */
  if (adw_split_button_get_menu_model (self->open_button) == NULL)
    adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));

  return G_SOURCE_REMOVE;
}

static void
on_recent_manager_changed (VsWindow *self)
{
  if (self->recent_idle == 0)
    self->recent_idle = g_idle_add_full (G_PRIORITY_LOW, populate_recent, self, NULL);
}

static void
vs_window_map (GtkWidget *widget)
{
  VsWindow *self = VS_WINDOW (widget);

  GTK_WIDGET_CLASS (vs_window_parent_class)->map (widget);

  if (self->hash_on_map)
    hash_after_next_frame (self);

  /* The recent files are read when the recent manager is first made, and
   * a long history can take a while: not before the first frame, so not
   * here. populate_recent() makes it, after the frame (low priority). */
  if (self->recent_idle == 0 && g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) == 0)
    self->recent_idle = g_idle_add_full (G_PRIORITY_LOW, populate_recent, self, NULL);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VsWindow      *self)
{
  return vs_window_drop (self, value);
}

/**
 * vs_window_drop:
 * @value: what was dropped: a #GdkFileList or a #GFile
 *
 * Opens the first file dropped on the window.
 *
 * Returns: %TRUE if the drop was a file
 */
gboolean
vs_window_drop (VsWindow     *self,
                const GValue *value)
{
  GFile *file = NULL;

  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      if (files != NULL)
        file = files->data;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  vs_window_open_file (self, file);
  return TRUE;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  VsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        vs_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("Comparisons (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");

  self->chooser = gtk_file_chooser_native_new (_("Open Comparison"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  vs_window_open_file (VS_WINDOW (widget), file);
}

static void
set_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  VsWindow *self = VS_WINDOW (widget);
  const char *id;
  guint32 kind;
  gint32 weight;

  g_variant_get (param, "(&sui)", &id, &kind, &weight);
  if (kind > VS_REQUIREMENT_MUST)
    return;

  vs_selection_set (self->selection, id, kind, CLAMP (weight, VS_WEIGHT_MIN, VS_WEIGHT_MAX));
}

static void
clear_requirements_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  vs_selection_clear (VS_WINDOW (widget)->selection);
}

static void
set_subject_visible_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  const char *id;
  gboolean visible;

  g_variant_get (param, "(&sb)", &id, &visible);
  set_subject_visible (VS_WINDOW (widget), id, visible);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VsWindow *self = VS_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  vs_requirements_panel_focus_search (self->requirements_panel);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  hide_error (VS_WINDOW (widget));
}

/* A row of the shortcuts window that names an action shows the
 * accelerators the application has for it. (GTK does this only for the
 * window it builds from gtk/help-overlay.ui itself.) */
static void
set_shortcut_accels (GtkWidget      *widget,
                     GtkApplication *application)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;

      g_object_get (widget, "action-name", &action, NULL);
      if (action != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, action);
          g_autofree char *joined = g_strjoinv (" ", accels);

          g_object_set (widget, "accelerator", joined, NULL);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    set_shortcut_accels (child, application);
}

/* The shortcuts window, built when asked for: GTK builds the one at
 * gtk/help-overlay.ui with every window, before its first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/vs-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));

  if (application != NULL)
    set_shortcut_accels (GTK_WIDGET (shortcuts), application);
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
launch_uri_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  const char *uri = g_variant_get_string (param, NULL);

  /* Only files this window itself wrote come here. */
  if (g_str_has_prefix (uri, "file:"))
    gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

/* A view mirroring the window: visible subjects, only-differences, and
 * each table's sort, so a report shows what the window shows. */
VsView *
vs_window_dup_view (VsWindow *self)
{
  VsView *view;
  g_autoptr(GtkSelectionModel) pages = NULL;
  guint n_pages;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  if (self->comparison == NULL)
    return NULL;

  view = vs_view_new (self->comparison);
  for (guint i = 0; i < vs_comparison_get_n_subjects (self->comparison); i++)
    vs_view_set_subject_visible (view, i, vs_view_get_subject_visible (self->view, i));
  vs_view_set_only_differences (view, self->only_differences);

  pages = adw_view_stack_get_pages (self->table_stack);
  n_pages = g_list_model_get_n_items (G_LIST_MODEL (pages));
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      VsComparisonTable *table = VS_COMPARISON_TABLE (adw_view_stack_page_get_child (page));
      gboolean descending = FALSE;
      int column = vs_comparison_table_get_sort (table, &descending);

      vs_view_set_sort (view, vs_category_get_index (vs_comparison_table_get_category (table)),
                        column, descending);
    }

  return view;
}

static VsReport *
create_report (VsWindow *self)
{
  g_autoptr(VsView) view = vs_window_dup_view (self);
  g_autoptr(VsSelection) selection = vs_selection_new ();

  /* The report may be written in a thread while ticks change. */
  vs_selection_deserialize (selection, vs_selection_serialize (self->selection));

  return vs_report_new (self->comparison, selection, view);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  VsReport *report = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "vs-file");
  VsReportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "vs-format"));
  GError *error = NULL;

  if (vs_report_write (report, file, format, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_finished (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  VsWindow *self = VS_WINDOW (object);
  GFile *file = g_object_get_data (G_OBJECT (result), "vs-file");
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (file);

  g_assert (self->n_exports > 0);
  self->n_exports--;

  if (self->n_exports == 0)
    {
      gtk_spinner_stop (self->export_spinner);
      gtk_widget_set_visible (GTK_WIDGET (self->export_spinner), FALSE);
    }

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Exported %s"), basename);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.launch-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      /* Toasts queue: a second export should not wait behind the
       * first's toast, nor leave a line of stale ones. */
      if (self->last_toast != NULL)
        adw_toast_dismiss (self->last_toast);
      g_set_weak_pointer (&self->last_toast, toast);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    {
      GtkWidget *dialog;
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could not export %s"), basename);

      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static VsReportFormat
format_from_target (const char *target)
{
  if (g_str_equal (target, "pdf"))
    return VS_REPORT_FORMAT_PDF;
  if (g_str_equal (target, "md"))
    return VS_REPORT_FORMAT_MARKDOWN;
  if (g_str_equal (target, "csv"))
    return VS_REPORT_FORMAT_CSV;
  if (g_str_equal (target, "decision"))
    return VS_REPORT_FORMAT_DECISION;
  return VS_REPORT_FORMAT_UNKNOWN;
}

/**
 * vs_window_export_to_file:
 *
 * Writes the report for what the window shows to @file, in a thread,
 * then shows a toast (or a dialog with the error). The export file
 * chooser ends here.
 */
void
vs_window_export_to_file (VsWindow       *self,
                          GFile          *file,
                          VsReportFormat  format)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format != VS_REPORT_FORMAT_UNKNOWN);

  if (self->comparison == NULL)
    return;

  task = g_task_new (self, NULL, on_export_finished, NULL);
  self->n_exports++;

  /* A large comparison takes a while to write: a spinner beside the
   * Export button says it is under way until the last export ends. (A
   * toast that the result replaces crashed libadwaita 1.2 when dismissed
   * while still queued.) */
  gtk_widget_set_visible (GTK_WIDGET (self->export_spinner), TRUE);
  gtk_spinner_start (self->export_spinner);

  g_task_set_task_data (task, create_report (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "vs-file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "vs-format", GINT_TO_POINTER (format));
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    VsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      VsReportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "vs-format"));

      if (file != NULL)
        vs_window_export_to_file (self, file, format);
    }

  g_clear_object (&self->chooser);
}

static char *
suggest_name (VsWindow       *self,
              VsReportFormat  format)
{
  const char *file_name = vs_comparison_get_file_name (self->comparison);
  const char *suffix = vs_report_format_get_suffix (format);
  g_autofree char *base = NULL;

  if (file_name == NULL || file_name[0] == '\0')
    file_name = VS_BUNDLED_FILE_NAME;
  base = g_path_get_basename (file_name);
  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';

  if (suffix != NULL && suffix[0] == '.')
    suffix++;
  if (format == VS_REPORT_FORMAT_DECISION)
    return g_strdup_printf ("%s-decision.%s", base, suffix ? suffix : "md");

  return g_strdup_printf ("%s.%s", base, suffix ? suffix : "txt");
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  VsWindow *self = VS_WINDOW (widget);
  VsReportFormat format = format_from_target (g_variant_get_string (param, NULL));
  g_autofree char *name = NULL;

  if (format == VS_REPORT_FORMAT_UNKNOWN || self->comparison == NULL || self->chooser != NULL)
    return;

  name = suggest_name (self, format);
  self->chooser = gtk_file_chooser_native_new (_("Export Comparison"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "vs-format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                VsReport          *report)
{
  guint n_pages = vs_report_paginate (report,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (1, n_pages));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              VsReport          *report)
{
  vs_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

/**
 * vs_window_create_print_operation:
 *
 * The print operation Ctrl+P runs: the PDF report's pages, laid out on
 * the whole sheet (the report keeps its own margins), in points.
 *
 * Returns: (transfer full) (nullable): %NULL when nothing is shown
 */
GtkPrintOperation *
vs_window_create_print_operation (VsWindow *self)
{
  GtkPrintOperation *operation;
  VsReport *report;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  if (self->comparison == NULL)
    return NULL;

  report = create_report (self);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, vs_comparison_get_title (self->comparison));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), report, 0);
  g_object_set_data_full (G_OBJECT (operation), "vs-report", report, g_object_unref);

  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = vs_window_create_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (operation == NULL)
    return;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print"), error->message);
}

static gboolean
vs_window_close_request (GtkWindow *window)
{
  VsWindow *self = VS_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (vs_window_parent_class)->close_request (window);
}

static void
vs_window_dispose (GObject *object)
{
  VsWindow *self = (VsWindow *)object;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  g_clear_handle_id (&self->reload_timeout, g_source_remove);
  g_clear_handle_id (&self->recent_idle, g_source_remove);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_monitor_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_WINDOW);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);

  g_clear_object (&self->settings);
  g_clear_object (&self->ranking);
  g_clear_object (&self->view);
  g_clear_object (&self->selection);
  g_clear_object (&self->comparison);
  g_clear_object (&self->file);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->narrow_menu);
  g_clear_object (&self->category_names);
  g_clear_pointer (&self->error_text, g_free);
  g_clear_weak_pointer (&self->last_toast);

  G_OBJECT_CLASS (vs_window_parent_class)->dispose (object);
}

static void
vs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_RANKING:
      g_value_set_object (value, self->ranking);
      break;

    case PROP_ONLY_DIFFERENCES:
      g_value_set_boolean (value, self->only_differences);
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ONLY_DIFFERENCES:
      vs_window_set_only_differences (self, g_value_get_boolean (value));
      break;

    case PROP_SIDEBAR_VISIBLE:
      if (self->sidebar_visible != g_value_get_boolean (value))
        {
          self->sidebar_visible = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Every frame the cairo renderer draws into a window-sized image (about
 * 3 MB at 1100 x 760) and frees it. glibc serves the first from mmap, and
 * freeing it raises its mmap threshold to that size: from then on each
 * frame comes from the heap, the many small objects a reload makes fill
 * the hole it leaves, and the next frame extends the heap by another
 * 3 MB. Resident memory grew some 17 MB over 30 reloads while the live
 * objects and the bytes in use stayed the same (tests/ui/soak.c). A fixed
 * threshold (glibc's default) keeps frame buffers in mmap, returned to
 * the system when freed. */
static void
keep_large_buffers_out_of_the_heap (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
  /* Loads, the hashing of large files and exports run off the main thread,
   * and glibc hands threads arenas of their own, up to eight per core;
   * each arena keeps pages of its last large job that a trim cannot
   * return. Over 1000 soak rounds on 8 x 10,000 the anonymous memory
   * outside the main heap wandered between 16 and 35 MB and resident
   * memory ended 13 % above round 1; with two arenas it stayed near
   * 9 MB. One load or export runs at a time: two arenas are enough. */
  mallopt (M_ARENA_MAX, 2);
#endif
}

static void
vs_window_class_init (VsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  keep_large_buffers_out_of_the_heap ();

  object_class->dispose = vs_window_dispose;
  object_class->get_property = vs_window_get_property;
  object_class->set_property = vs_window_set_property;

  widget_class->map = vs_window_map;

  window_class->close_request = vs_window_close_request;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         VS_TYPE_COMPARISON,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RANKING] =
    g_param_spec_object ("ranking", NULL, NULL,
                         VS_TYPE_RANKING,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ONLY_DIFFERENCES] =
    g_param_spec_boolean ("only-differences", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VS_TYPE_CARD_GRID);
  g_type_ensure (VS_TYPE_CATEGORY_TABS);
  g_type_ensure (VS_TYPE_CONTENT_BOX);
  g_type_ensure (VS_TYPE_REQUIREMENTS_PANEL);
  g_type_ensure (VS_TYPE_VERDICT_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versus/Versus/vs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, primary_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, export_squeezer);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, export_menu);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, export_spinner);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, only_differences_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, requirements_panel);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, subjects_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, table_stack);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, verdict_bar);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, category_tabs);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, category_tabs_scroll);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, window_title);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.set-requirement", "(sui)", set_requirement_action);
  gtk_widget_class_install_action (widget_class, "win.clear-requirements", NULL, clear_requirements_action);
  gtk_widget_class_install_action (widget_class, "win.set-subject-visible", "(sb)", set_subject_visible_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.launch-uri", "s", launch_uri_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_property_action (widget_class, "win.only-differences", "only-differences");
  gtk_widget_class_install_property_action (widget_class, "win.sidebar-visible", "sidebar-visible");
}

static void
vs_window_init (VsWindow *self)
{
  GtkDropTarget *drop_target;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->sidebar_visible = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = vs_selection_new ();
  self->recent_menu = g_menu_new ();
  g_menu_insert_submenu (self->primary_menu, 1, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));

  self->narrow_menu = g_menu_new ();
  for (int i = 0; i < g_menu_model_get_n_items (G_MENU_MODEL (self->primary_menu)); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (G_MENU_MODEL (self->primary_menu), i);

      g_menu_append_item (self->narrow_menu, item);
      /* Export and print right after Open and Open Recent. */
      if (i == 1)
        g_menu_append_section (self->narrow_menu, NULL, self->export_menu);
    }
  g_signal_connect_object (self->export_squeezer, "notify::visible-child",
                           G_CALLBACK (on_export_squeezer_changed), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (self->primary_button, create_menu_popup, self, NULL);
  gtk_menu_button_set_create_popup_func (self->export_button, create_menu_popup, self, NULL);
  update_report_actions (self);
  bench_report_window_frame (self);  /* benchmark hook, see above */

  /* The drop-down gets its model when narrow windows first show it. */
  self->category_names = gtk_string_list_new (NULL);
  g_signal_connect_object (self->table_stack, "notify::visible-child",
                           G_CALLBACK (sync_category_dropdown), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (update_category_chooser), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self, "sidebar-visible", self->flap, "reveal-flap",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->settings = vs_settings_new ();
  if (self->settings != NULL)
    {
      g_autoptr(GVariant) ticks = g_settings_get_value (self->settings, "ticks");

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      vs_selection_deserialize (self->selection, ticks);
      g_settings_bind (self->settings, "only-differences", self, "only-differences", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "sidebar-visible", self, "sidebar-visible", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  g_signal_connect_object (self->selection, "changed",
                           G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

/**
 * vs_window_new:
 * @application: (nullable): the application
 */
VsWindow *
vs_window_new (GtkApplication *application)
{
  return g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * vs_window_open_file:
 *
 * Loads @file off the main thread. A file that fails to load shows its
 * errors and leaves the comparison on screen as it was.
 */
void
vs_window_open_file (VsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, FALSE);
}

/**
 * vs_window_open_pending:
 *
 * Like vs_window_open_file(), for a load that was started before the window
 * (at startup, while GTK initializes).
 */
void
vs_window_open_pending (VsWindow      *self,
                        VsPendingLoad *pending)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (VS_IS_PENDING_LOAD (pending));

  follow_load (self, pending, FALSE);
}

void
vs_window_open_bundled (VsWindow *self)
{
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VS_IS_WINDOW (self));

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  stop_loading_state (self);

  /* The bundled file is small and in memory: no thread needed. */
  comparison = vs_load_bundled (&error);
  if (comparison == NULL)
    {
      show_error (self, _("Could not open the bundled comparison"), error->message);
      return;
    }

  set_comparison (self, comparison, NULL);
}

gboolean
vs_window_is_loading (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  return self->load_cancellable != NULL;
}

VsComparison *
vs_window_get_comparison (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->comparison;
}

/**
 * vs_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file shown, or %NULL for the
 *   bundled comparison
 */
GFile *
vs_window_get_file (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->file;
}

VsSelection *
vs_window_get_selection (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->selection;
}

VsRanking *
vs_window_get_ranking (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->ranking;
}

gboolean
vs_window_get_only_differences (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  return self->only_differences;
}

void
vs_window_set_only_differences (VsWindow *self,
                                gboolean  only_differences)
{
  g_return_if_fail (VS_IS_WINDOW (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;

  self->only_differences = only_differences;
  if (self->view != NULL)
    vs_view_set_only_differences (self->view, only_differences);
  foreach_table (self, apply_only_differences_to_table, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

/**
 * vs_window_get_error_text:
 *
 * Returns: (nullable): the errors shown, one per line, or %NULL
 */
const char *
vs_window_get_error_text (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->error_text;
}

GtkWidget *
vs_window_get_verdict_bar (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->verdict_bar);
}

GtkWidget *
vs_window_get_requirements_panel (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->requirements_panel);
}

GtkWidget *
vs_window_get_card (VsWindow *self,
                    guint     subject_index)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return vs_card_grid_get_card (self->cards_box, subject_index);
}

GtkWidget *
vs_window_get_table (VsWindow *self,
                     guint     category_index)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(AdwViewStackPage) page = NULL;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  pages = adw_view_stack_get_pages (self->table_stack);
  page = g_list_model_get_item (G_LIST_MODEL (pages), category_index);

  return page ? adw_view_stack_page_get_child (page) : NULL;
}

const char *
vs_window_get_title_text (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return adw_window_title_get_title (self->window_title);
}

gboolean
vs_window_is_exporting (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);

  return self->n_exports > 0;
}

/**
 * vs_window_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the last toast shown, while it is
 *   alive
 */
AdwToast *
vs_window_get_last_toast (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->last_toast;
}

/**
 * vs_window_get_recent_menu:
 *
 * Returns: (transfer none): the recent comparisons, as the Open button's
 *   menu lists them
 */
GMenuModel *
vs_window_get_recent_menu (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}
