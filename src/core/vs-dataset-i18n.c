/* vs-dataset-i18n.c: translations of the bundled comparison's text
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled comparison ships with the program, so its text is translated
 * like the program's own, but in a domain of its own (po/datasets/, built
 * from the JSON by build-aux/dataset-strings.py): a criterion called
 * "Features" must not share a translation with an interface string.
 * Comparisons that people open are their own words and are never passed
 * through here.
 */
#define G_LOG_DOMAIN "versus-dataset-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vs-dataset-i18n.h"

static gint bound;

/**
 * vs_dataset_i18n_init:
 * @localedir: the directory holding `LANG/LC_MESSAGES/versus-datasets.mo`
 *
 * Binds the dataset domain to @localedir. Optional: the first
 * vs_dataset_translate() binds it to the installed LOCALEDIR. Tests call it
 * to use the catalogs in the build directory.
 */
void
vs_dataset_i18n_init (const char *localedir)
{
  g_return_if_fail (localedir != NULL);

  bindtextdomain (VS_DATASET_GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (VS_DATASET_GETTEXT_PACKAGE, "UTF-8");
  g_atomic_int_set (&bound, TRUE);
}

/**
 * vs_dataset_translate:
 * @msgid: (nullable): a string of the bundled comparison, as in its JSON
 *
 * Returns: (transfer none) (nullable): the translation of @msgid for the
 *   current locale, or @msgid itself when there is none. %NULL and ""
 *   are returned as they are (gettext would answer "" with the catalog's
 *   header).
 */
const char *
vs_dataset_translate (const char *msgid)
{
  if (msgid == NULL || msgid[0] == '\0')
    return msgid;

  if (!g_atomic_int_get (&bound))
    vs_dataset_i18n_init (LOCALEDIR);

  return g_dgettext (VS_DATASET_GETTEXT_PACKAGE, msgid);
}

/**
 * vs_dataset_translate_strv:
 * @msgids: (nullable): strings of the bundled comparison, such as drawbacks
 *
 * Returns: (transfer full) (nullable): a new array of their translations,
 *   or %NULL when @msgids is %NULL
 */
char **
vs_dataset_translate_strv (const char * const *msgids)
{
  GStrvBuilder *builder;
  char **result;

  if (msgids == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; msgids[i] != NULL; i++)
    g_strv_builder_add (builder, vs_dataset_translate (msgids[i]));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}
