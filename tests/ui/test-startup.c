/* test-startup.c: what the application does to GTK before its first frame
 *
 * What is checked here happens once a process, when GTK starts, so every
 * case runs in a process of its own (g_test_trap_subprocess), and this
 * program never initializes GTK itself.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "versus-core.h"
#include "vs-application.h"
#include "vs-font-warmer.h"
#include "vs-window.h"

/* Below any button the Default theme or libadwaita draws (24 px at
 * least, before padding), above an unstyled label's line. */
#define STYLED_BUTTON_MIN_HEIGHT 24

/* Each case: its "/subprocess" half, in a process of its own. */
static void
run_in_subprocess (gconstpointer path)
{
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static int
button_height (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_button_new_with_label ("Open");
  int height;

  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));

  return height;
}

static char *
theme_name (void)
{
  char *name = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &name, NULL);
  return name;
}

/* Started, with no GTK_THEME: libadwaita's theme and style sheet. */
static void
assert_libadwaita_styles (void)
{
  g_autofree char *name = theme_name ();

  g_assert_null (g_getenv ("GTK_THEME"));
  g_assert_cmpstr (name, ==, "Adwaita-empty");
  g_assert_cmpint (button_height (), >=, STYLED_BUTTON_MIN_HEIGHT);
}

/* Not unique (no bus name), registered: startup has run. */
static VsApplication *
start_application (void)
{
  VsApplication *app = vs_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

static void
run_for_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * (gint64) 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* GTK's own theme is never loaded: the settings start on the empty theme
 * libadwaita puts in place anyway, and GTK_THEME is gone again before
 * libadwaita, which would otherwise leave the styling to it, looks. */
static void
test_theme_skipped (void)
{
  g_autoptr(VsApplication) app = NULL;

  g_unsetenv ("GTK_THEME");
  vs_application_skip_gtk_theme ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita-empty");
  /* What startup does first: GTK's settings, and with them its theme. No
   * style sheet at all: GTK's Default would give the button its height. */
  gtk_init ();
  gtk_settings_get_default ();
  g_assert_cmpint (button_height (), <, STYLED_BUTTON_MIN_HEIGHT);

  app = start_application ();
  assert_libadwaita_styles ();
}

/* Startup, left to itself, makes the settings and unsets GTK_THEME. */
static void
test_theme_unset_by_startup (void)
{
  g_autoptr(VsApplication) app = NULL;

  g_unsetenv ("GTK_THEME");
  vs_application_skip_gtk_theme ();
  app = start_application ();
  assert_libadwaita_styles ();
}

/* A theme the user forces stays forced, in Versus and in what it starts. */
static void
test_theme_users_own (void)
{
  g_autoptr(VsApplication) app = NULL;

  g_setenv ("GTK_THEME", "Default", TRUE);
  vs_application_skip_gtk_theme ();
  app = start_application ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Default");
  g_assert_cmpint (button_height (), >=, STYLED_BUTTON_MIN_HEIGHT);
}

static void
count_changes (GtkIconTheme *theme,
               guint        *n_changes)
{
  (*n_changes)++;
}

/* The icon theme is loaded once, on GTK's thread: nothing adds a folder
 * to it after that load began (which would throw the load away, have the
 * first icon load the theme again on the main thread and reset every
 * widget's style, announced by "changed"). The app's own icons are still
 * found, as symbolic icons. */
static void
test_icon_theme_once (void)
{
  g_autoptr(VsApplication) app = NULL;
  g_autoptr(GtkIconPaintable) icon = NULL;
  GtkIconTheme *theme;
  guint n_changes = 0;

  vs_application_skip_gtk_theme ();
  app = start_application ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_signal_connect (theme, "changed", G_CALLBACK (count_changes), &n_changes);
  run_for_ms (300);
  g_assert_cmpuint (n_changes, ==, 0);

  for (guint i = 0; i < VS_N_LEVELS; i++)
    g_assert_true (gtk_icon_theme_has_icon (theme, vs_level_get_icon_name (i)));
  g_assert_true (gtk_icon_theme_has_icon (theme, "vs-subjects-symbolic"));
  icon = gtk_icon_theme_lookup_icon (theme, "vs-level-unknown-symbolic", NULL, 16, 1,
                                     GTK_TEXT_DIR_LTR, 0);
  g_assert_true (gtk_icon_paintable_is_symbolic (icon));
  g_assert_cmpuint (n_changes, ==, 0);
}

static gboolean
is_titled_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), "Django vs. Flask") == 0;
}

static GtkWidget *
find_title (GtkWidget *widget)
{
  if (is_titled_label (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_title (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first window, on the bundled comparison, takes the fonts startup
 * made ready on a thread: its title is laid out in one of them. */
static void
test_warm_fonts (void)
{
  g_autoptr(VsApplication) app = NULL;
  GtkWindow *window;
  GtkWidget *title;
  PangoLayoutLine *line;

  vs_application_skip_gtk_theme ();
  app = start_application ();
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (VS_IS_WINDOW (window));
  g_assert_nonnull (gtk_widget_get_font_map (GTK_WIDGET (window)));

  title = find_title (GTK_WIDGET (window));
  g_assert_nonnull (title);
  line = pango_layout_get_line_readonly (gtk_label_get_layout (GTK_LABEL (title)), 0);
  g_assert_true (vs_font_warmer_is_ready (((PangoGlyphItem *) line->runs->data)->item->analysis.font));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    GTestFunc   func;
  } cases[] = {
    { "/startup/theme/skipped", test_theme_skipped },
    { "/startup/theme/unset-by-startup", test_theme_unset_by_startup },
    { "/startup/theme/users-own", test_theme_users_own },
    { "/startup/icon-theme/once", test_icon_theme_once },
    { "/startup/warm-fonts", test_warm_fonts },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *subprocess = g_strconcat (cases[i].path, "/subprocess", NULL);

      g_test_add_data_func (cases[i].path, g_intern_string (subprocess), run_in_subprocess);
      g_test_add_func (subprocess, cases[i].func);
    }

  return g_test_run ();
}
