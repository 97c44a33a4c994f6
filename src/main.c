/* main.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "versus-core.h"
#include "vs-application.h"

/* Options GApplication itself understands (GTK 4 parses none). */
static const char * const application_options[] = {
  "--help", "--help-all", "--help-gapplication", "--gapplication-service", "-h", "-?",
};

static const GOptionEntry *
find_cli_entry (const char *arg)
{
  const GOptionEntry *entries = vs_cli_get_entries ();
  const char *equals = strchr (arg, '=');
  gsize length = equals ? (gsize)(equals - arg - 2) : strlen (arg) - 2;

  if (!g_str_has_prefix (arg, "--"))
    return NULL;

  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (strlen (entries[i].long_name) == length && strncmp (arg + 2, entries[i].long_name, length) == 0)
      return &entries[i];

  return NULL;
}

/* An option neither the command line nor GApplication knows is a usage
 * error, reported (exit status 2) by the headless path like any other,
 * rather than by GApplication with status 1. */
static gboolean
has_unknown_option (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc && argv[i] != NULL; i++)
    {
      const GOptionEntry *entry;
      gboolean known = FALSE;

      if (strcmp (argv[i], "--") == 0)
        break;
      if (argv[i][0] != '-' || argv[i][1] == '\0')
        continue;

      entry = find_cli_entry (argv[i]);
      if (entry != NULL)
        {
          /* "--require ID": the value is the next argument. */
          if (entry->arg != G_OPTION_ARG_NONE && strchr (argv[i], '=') == NULL)
            i++;
          continue;
        }

      for (guint j = 0; j < G_N_ELEMENTS (application_options); j++)
        if (strcmp (argv[i], application_options[j]) == 0)
          known = TRUE;
      if (!known)
        return TRUE;
    }

  return FALSE;
}

/* The file GApplication will hand to open(): the first argument that is
 * neither an option nor an option's value. A wrong guess costs nothing but
 * time: a load started for a file that open() does not get is cancelled. */
static GFile *
first_file_argument (int    argc,
                     char **argv)
{
  for (int i = 1; i < argc && argv[i] != NULL; i++)
    {
      const GOptionEntry *entry;

      if (strcmp (argv[i], "--") == 0)
        return i + 1 < argc && argv[i + 1] != NULL ? g_file_new_for_commandline_arg (argv[i + 1]) : NULL;
      if (argv[i][0] != '-' || argv[i][1] == '\0')
        return g_file_new_for_commandline_arg (argv[i]);

      entry = find_cli_entry (argv[i]);
      if (entry != NULL && entry->arg != G_OPTION_ARG_NONE && strchr (argv[i], '=') == NULL)
        i++;
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VsApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* --check, --list, --rank, --export, --version and --help need no
   * display and never start GTK; neither does a mistyped option. */
  if (vs_cli_wants_headless (argc, argv) || has_unknown_option (argc, argv))
    return vs_cli_main (argc, argv);

  vs_application_skip_gtk_theme ();
  app = vs_application_new ();
  {
    g_autoptr(GFile) first_file = first_file_argument (argc, argv);

    vs_application_set_first_file (app, first_file);
  }
  return g_application_run (G_APPLICATION (app), argc, argv);
}
