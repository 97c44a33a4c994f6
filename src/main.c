/* main.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "versus-core.h"
#include "vs-application.h"

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
   * display and never start GTK. */
  if (vs_cli_wants_headless (argc, argv))
    return vs_cli_main (argc, argv);

  app = vs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
