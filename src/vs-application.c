/* vs-application.c
 *
 * One instance: a second `versus FILE` hands the file to the running one,
 * which shows it in its window.
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-application"

#include "config.h"

#include <glib/gi18n.h>

#include "versus-core.h"
#include "vs-application.h"
#include "vs-font-warmer.h"
#include "vs-window.h"

struct _VsApplication
{
  AdwApplication   parent_instance;

  /* --require / --must / --weight from the command line, applied to the
   * window once: (id, kind, weight). */
  GVariant        *pre_ticks;

  /* The file the window will show first, from the command line or the
   * last session; loading it starts in startup, before GTK's own. */
  GFile           *first_file;
  VsPendingLoad   *preload;

  /* Fonts made ready on a thread for the first window (startup to
   * activate), and the idle that waits for the thread to end. */
  VsFontWarmer    *font_warmer;
  guint            font_warmer_idle;
};

G_DEFINE_FINAL_TYPE (VsApplication, vs_application, ADW_TYPE_APPLICATION)

/**
 * vs_settings_new:
 *
 * Run from a build tree without the compiled schema, Versus still works;
 * it just remembers nothing.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
vs_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; settings are not kept", APP_ID);
      return NULL;
    }

  return g_settings_new (APP_ID);
}

/* The file shown last time, if it is still there. */
static GFile *
dup_last_file (void)
{
  g_autoptr(GSettings) settings = vs_settings_new ();
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  if (settings != NULL)
    uri = g_settings_get_string (settings, "last-file");
  if (uri == NULL || uri[0] == '\0')
    return NULL;

  file = g_file_new_for_uri (uri);
  /* A file that went away since: start with the bundled one. */
  if (!g_file_query_exists (file, NULL))
    return NULL;

  return g_steal_pointer (&file);
}

/* Opens @file in @window, with the load startup began if it was for @file.
 * Either way the startup load is done with: one that nobody takes is
 * cancelled. */
static void
open_file (VsApplication *self,
           VsWindow      *window,
           GFile         *file)
{
  g_autoptr(VsPendingLoad) preload = g_steal_pointer (&self->preload);

  if (preload != NULL && file != NULL && g_file_equal (vs_pending_load_get_file (preload), file))
    {
      vs_window_open_pending (window, preload);
      return;
    }

  if (preload != NULL)
    g_cancellable_cancel (vs_pending_load_get_cancellable (preload));
  if (file != NULL)
    vs_window_open_file (window, file);
}

static VsWindow *
get_window (VsApplication *self,
            gboolean      *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    window = GTK_WINDOW (vs_window_new (GTK_APPLICATION (self)));

  return VS_WINDOW (window);
}

static void
apply_pre_ticks (VsApplication *self,
                 VsWindow      *window)
{
  GVariantIter iter;
  const char *id;
  guint32 kind;
  gint32 weight;

  if (self->pre_ticks == NULL)
    return;

  g_variant_iter_init (&iter, self->pre_ticks);
  while (g_variant_iter_next (&iter, "(&sui)", &id, &kind, &weight))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.set-requirement", "(sui)", id, kind, weight);

  g_clear_pointer (&self->pre_ticks, g_variant_unref);
}

static gboolean
free_font_warmer (gpointer user_data)
{
  VsApplication *self = user_data;

  self->font_warmer_idle = 0;
  g_clear_pointer (&self->font_warmer, vs_font_warmer_free);
  return G_SOURCE_REMOVE;
}

/* The first window takes the fonts startup made ready, before it
 * measures any text; a later one, or one with no warmer, makes its own.
 * The glyphs' pictures may still be in the making: the thread is waited
 * for after the first frame. */
static void
take_warm_fonts (VsApplication *self,
                 VsWindow      *window)
{
  g_autoptr(PangoFontMap) font_map = NULL;
  guint n_fonts = 0;

  if (self->font_warmer == NULL || self->font_warmer_idle != 0)
    return;

  font_map = vs_font_warmer_take_font_map (self->font_warmer, &n_fonts);
  g_debug ("%u fonts made ready on a thread", n_fonts);
  if (window != NULL && font_map != NULL)
    gtk_widget_set_font_map (GTK_WIDGET (window), font_map);
  self->font_warmer_idle = g_idle_add_full (G_PRIORITY_LOW, free_font_warmer, self, NULL);
}

static void
vs_application_activate (GApplication *app)
{
  VsApplication *self = VS_APPLICATION (app);
  gboolean created;
  VsWindow *window = get_window (self, &created);

  if (created)
    {
      /* Startup looked the last file up already when it began loading
       * it (no file on the command line): no second look. */
      g_autoptr(GFile) file = self->preload != NULL && self->first_file == NULL
                              ? g_object_ref (vs_pending_load_get_file (self->preload))
                              : dup_last_file ();

      open_file (self, window, file);
      if (file == NULL)
        vs_window_open_bundled (window);
    }
  else
    open_file (self, window, NULL);

  take_warm_fonts (self, created ? window : NULL);
  apply_pre_ticks (self, window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
vs_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  VsApplication *self = VS_APPLICATION (app);
  gboolean created;
  VsWindow *window = get_window (self, &created);

  /* One window shows one comparison: the first file wins. */
  open_file (self, window, n_files > 0 ? files[0] : NULL);
  if (n_files == 0 && created)
    vs_window_open_bundled (window);

  take_warm_fonts (self, created ? window : NULL);
  apply_pre_ticks (self, window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
add_ticks (GVariantBuilder   *builder,
           GVariantDict      *options,
           const char        *name,
           VsRequirementKind  kind,
           GHashTable        *weights)
{
  g_autofree const char **values = NULL;

  if (!g_variant_dict_lookup (options, name, "^a&s", &values))
    return;

  /* As on the headless command line: --require=a,b --require=c */
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_auto(GStrv) ids = g_strsplit (values[i], ",", -1);

      for (guint j = 0; ids[j] != NULL; j++)
        {
          const char *id = g_strstrip (ids[j]);
          gpointer weight = g_hash_table_lookup (weights, id);

          if (id[0] != '\0')
            g_variant_builder_add (builder, "(sui)", id, (guint32)kind,
                                   weight ? (gint32)GPOINTER_TO_INT (weight) : VS_WEIGHT_DEFAULT);
        }
    }
}

static int
vs_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  VsApplication *self = VS_APPLICATION (app);
  g_autoptr(GHashTable) weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree const char **weight_args = NULL;
  GVariantBuilder builder;

  /* The headless options (--check, --rank, ...) never get here: main()
   * hands them to vs_cli_main() before GTK starts. These pre-tick the
   * window; a malformed --weight=ID=N is ignored here (the headless
   * command line explains it). */
  if (g_variant_dict_lookup (options, "weight", "^a&s", &weight_args))
    for (guint i = 0; weight_args[i] != NULL; i++)
      {
        const char *equals = strchr (weight_args[i], '=');
        guint64 weight;

        if (equals != NULL
            && g_ascii_string_to_unsigned (equals + 1, 10, VS_WEIGHT_MIN, VS_WEIGHT_MAX, &weight, NULL))
          g_hash_table_insert (weights, g_strndup (weight_args[i], equals - weight_args[i]),
                               GINT_TO_POINTER ((int)weight));
      }

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sui)"));
  add_ticks (&builder, options, "require", VS_REQUIREMENT_NICE, weights);
  add_ticks (&builder, options, "must", VS_REQUIREMENT_MUST, weights);
  g_clear_pointer (&self->pre_ticks, g_variant_unref);
  self->pre_ticks = g_variant_ref_sink (g_variant_builder_end (&builder));

  return -1;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Versus developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Versus"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Versus developers"),
                         "developers", developers,
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare technologies side by side and see which fits your project"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Versus developers",
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

/* Past this, a file's parse takes long enough to want both cores. */
#define WARM_FONTS_MAX_FILE_SIZE (1024 * 1024)

static goffset
file_size (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_file_info_get_size (info) : G_MAXOFFSET;
}

/* Characters the first frame shows besides the comparison's own: digits,
 * some punctuation, and the interface's words, translated. */
static char *
dup_first_frame_text (void)
{
  GString *text = g_string_new (NULL);
  const char *words[] = {
    _("Search requirements"), _("Tick what your project needs"), _("Only _Differences"),
    _("_Open"), _("_Clear"), _("Criterion"), _("Best match"), _("Homepage"), _("_Details"),
    g_dngettext (GETTEXT_PACKAGE, "%u ticked", "%u ticked", 0),
    g_dngettext (GETTEXT_PACKAGE, "%u subject", "%u subjects", 2),
    g_dngettext (GETTEXT_PACKAGE, "%s · %u criterion", "%s · %u criteria", 2),
  };

  g_string_append (text, "0123456789%·–—’“”…★\n");
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_string_append (text, words[i]);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* Whether vs_application_skip_gtk_theme() set GTK_THEME, for startup to
 * unset. */
static gboolean gtk_theme_set_here;

/* GTK makes its settings, which pick their theme; then the GTK_THEME that
 * vs_application_skip_gtk_theme() set goes. The startup load's thread may be running by now, and reads
 * the environment (gettext does): unsetting an entry moves the ones after
 * it back in place, here only the array's end, and frees nothing, as GDK's
 * own unsetting of DESKTOP_STARTUP_ID in gtk_init() does with that thread
 * running too. The setting itself was done with no thread running. */
static void
unset_skipped_gtk_theme (void)
{
  if (!gtk_theme_set_here)
    return;

  if (gtk_init_check ())
    gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
  gtk_theme_set_here = FALSE;
}

static void
vs_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.sidebar-visible", { "F9", NULL } },
    { "win.export::pdf", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  static gsize once = 0;
  VsApplication *self = VS_APPLICATION (app);
  g_autoptr(GFile) first_file = NULL;

  /* Only the instance that shows the window gets here. The file's parse
   * runs on a worker thread while this one initializes GTK and loads its
   * theme: on a large comparison the window is up that much sooner. */
  first_file = self->first_file != NULL ? g_object_ref (self->first_file) : dup_last_file ();
  if (first_file != NULL)
    self->preload = vs_pending_load_new (first_file);

  unset_skipped_gtk_theme ();
  G_APPLICATION_CLASS (vs_application_parent_class)->startup (app);

  /* Once a process (the tests start more than one application). */
  if (g_once_init_enter (&once))
    {
      g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

      g_set_application_name (_("Versus"));
      /* What AdwApplication does with a resource base path (there is none:
       * see vs_application_new()). */
      gtk_css_provider_load_from_resource (style, RESOURCE_PREFIX "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (style),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&once, 1);
    }
  gtk_window_set_default_icon_name (APP_ID);

  /* The window's fonts are made ready while it is built, for the text of
   * the bundled comparison when it shows that one. Not while a large file
   * loads: its parse needs the other core. */
  if (first_file == NULL || file_size (first_file) < WARM_FONTS_MAX_FILE_SIZE)
    {
      g_autofree char *text = dup_first_frame_text ();

      self->font_warmer = vs_font_warmer_start (text, first_file == NULL);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
vs_application_finalize (GObject *object)
{
  VsApplication *self = (VsApplication *)object;

  g_clear_handle_id (&self->font_warmer_idle, g_source_remove);
  g_clear_pointer (&self->font_warmer, vs_font_warmer_free);
  g_clear_pointer (&self->pre_ticks, g_variant_unref);
  g_clear_object (&self->first_file);
  if (self->preload != NULL)
    g_cancellable_cancel (vs_pending_load_get_cancellable (self->preload));
  g_clear_object (&self->preload);

  G_OBJECT_CLASS (vs_application_parent_class)->finalize (object);
}

static void
vs_application_class_init (VsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = vs_application_finalize;

  app_class->activate = vs_application_activate;
  app_class->open = vs_application_open;
  app_class->startup = vs_application_startup;
  app_class->handle_local_options = vs_application_handle_local_options;
}

static void
vs_application_init (VsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), vs_cli_get_entries ());
}

/* No resource base path. GTK 4.8 starts loading the icon theme on a
 * thread when it is first asked for it, and a folder added to the theme
 * once that load has begun waits for it to end, throws it away, and leaves
 * the first icon to load it all again on the main thread, before the first
 * frame, and every widget's style to be reset. libadwaita asks for the
 * theme and adds its folder at once, before the thread starts, as long as
 * it is the first to ask (GTK's own style sheet would ask first: see
 * vs_application_skip_gtk_theme()). With a resource base path, GtkApplication
 * would add its icons/ folder too, later. Our icons are in GTK's own icon
 * folder in the resources (ui/versus.gresource.xml.in), and startup adds
 * style.css. */
VsApplication *
vs_application_new (void)
{
  return g_object_new (VS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", NULL,
                       NULL);
}

/**
 * vs_application_skip_gtk_theme:
 *
 * Spares GTK a theme it would parse only to throw away: call it before
 * g_application_run(), while no other thread runs (it sets GTK_THEME).
 *
 * GTK 4.8 picks a theme as soon as it makes the display's settings, its
 * own "Default" or the desktop's "Adwaita", and parses its whole style
 * sheet (80M instructions, the largest single step before the first
 * frame); a moment later libadwaita replaces it with "Adwaita-empty" and a
 * style sheet of its own. (GTK's style sheet also asks for the icon theme
 * as it is parsed, which starts it loading before libadwaita adds its
 * folder: see vs_application_new().) GTK_THEME, which GTK reads when the
 * settings pick their theme, makes that first pick "Adwaita-empty" too.
 * Startup has GTK make its settings, then unsets GTK_THEME before
 * libadwaita looks: libadwaita leaves the styling to a theme the user
 * forces with GTK_THEME, and a program Versus starts must not inherit it.
 * A GTK_THEME of the user's own is left as it is.
 */
void
vs_application_skip_gtk_theme (void)
{
  if (g_getenv ("GTK_THEME") != NULL)
    return;

  g_setenv ("GTK_THEME", "Adwaita-empty", TRUE);
  gtk_theme_set_here = TRUE;
}


/**
 * vs_application_set_first_file:
 * @file: (nullable): the file named on the command line
 *
 * Set before g_application_run(): startup then begins loading @file (or, with
 * none, the file of the last session) before GTK initializes.
 */
void
vs_application_set_first_file (VsApplication *self,
                               GFile         *file)
{
  g_return_if_fail (VS_IS_APPLICATION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->first_file, file);
}

/**
 * vs_application_get_startup_load:
 *
 * For the tests: the load that startup began and no window has taken yet.
 *
 * Returns: (transfer none) (nullable): the load
 */
VsPendingLoad *
vs_application_get_startup_load (VsApplication *self)
{
  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  return self->preload;
}
