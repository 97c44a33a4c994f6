/* test-dataset-i18n.c: the bundled comparison's text in German, from
 * po/datasets/de.po through the built catalog and vs_dataset_translate()
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "vs-dataset-i18n.h"

typedef struct
{
  char *msgid;
  char *msgstr;
  gboolean fuzzy;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->msgid);
  g_free (entry->msgstr);
  g_free (entry);
}

/* Reads the msgid/msgstr pairs of a .po file: enough of the format for the
 * files msgmerge writes (no plurals, no contexts in this domain). */
static GPtrArray *
read_po (const char *path)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *target = NULL;
  GString *msgid = g_string_new (NULL);
  GString *msgstr = g_string_new (NULL);
  gboolean fuzzy = FALSE;
  gboolean in_entry = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote;

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;

      if (g_str_has_prefix (line, "msgid "))
        {
          target = msgid;
          in_entry = TRUE;
        }
      else if (g_str_has_prefix (line, "msgstr "))
        target = msgstr;
      else if (line[0] != '"')
        {
          if (in_entry && target == msgstr)
            {
              Entry *entry = g_new0 (Entry, 1);

              entry->msgid = g_strcompress (msgid->str);
              entry->msgstr = g_strcompress (msgstr->str);
              entry->fuzzy = fuzzy;
              g_ptr_array_add (entries, entry);
              g_string_truncate (msgid, 0);
              g_string_truncate (msgstr, 0);
              fuzzy = FALSE;
              in_entry = FALSE;
            }
          target = NULL;
          continue;
        }

      quote = strchr (line, '"');
      if (target != NULL && quote != NULL && g_str_has_suffix (quote + 1, "\""))
        g_string_append_len (target, quote + 1, strlen (quote + 1) - 1);
    }

  g_string_free (msgid, TRUE);
  g_string_free (msgstr, TRUE);

  return g_steal_pointer (&entries);
}

static void
test_german (void)
{
  g_autofree char *po = g_build_filename (g_getenv ("VERSUS_DATASETS_PO_DIR"), "de.po", NULL);
  g_autoptr(GPtrArray) entries = read_po (po);
  guint n_checked = 0;
  guint n_different = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      const char *got;

      if (entry->msgid[0] == '\0')
        continue;  /* the header */

      g_test_message ("%s", entry->msgid);
      g_assert_false (entry->fuzzy);
      g_assert_cmpstr (entry->msgstr, !=, "");

      got = vs_dataset_translate (entry->msgid);
      g_assert_cmpstr (got, ==, entry->msgstr);
      n_checked++;
      if (g_strcmp0 (entry->msgid, entry->msgstr) != 0)
        n_different++;
    }

  /* The categories, criteria, summaries and drawbacks: dozens of strings,
   * nearly all of which read differently in German. */
  g_assert_cmpuint (n_checked, >=, 20);
  g_assert_cmpuint (n_different, >=, n_checked / 2);
}

static void
test_untranslated (void)
{
  const char *text = "A sentence no catalog has, as a user's file would say it.";
  const char *strv[] = { "Use If", text, NULL };
  g_auto(GStrv) translated = NULL;

  g_assert_null (vs_dataset_translate (NULL));
  /* "" must not come back as the catalog's header. */
  g_assert_cmpstr (vs_dataset_translate (""), ==, "");
  g_assert_true (vs_dataset_translate (text) == text);

  translated = vs_dataset_translate_strv (strv);
  g_assert_cmpuint (g_strv_length (translated), ==, 2);
  g_assert_cmpstr (translated[0], ==, vs_dataset_translate ("Use If"));
  g_assert_cmpstr (translated[1], ==, text);
  g_assert_null (vs_dataset_translate_strv (NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* The glibc here has only the C locales; C.UTF-8 still honours
   * LANGUAGE, which is how a German desktop session picks the catalog. */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  vs_dataset_i18n_init (g_getenv ("VERSUS_BUILD_LOCALEDIR"));

  g_test_add_func ("/dataset-i18n/german", test_german);
  g_test_add_func ("/dataset-i18n/untranslated", test_untranslated);

  return g_test_run ();
}
