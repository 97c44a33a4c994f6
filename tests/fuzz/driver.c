/* driver.c: replays fuzz inputs in ordinary test runs
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with one fuzz target when libFuzzer is not used. Every file under
 * the directories (or the files) given on the command line becomes one
 * GLib test that passes the file's bytes to LLVMFuzzerTestOneInput(): the
 * seed corpus and the committed crash reproducers thus run on every
 * `meson test`, under ASan and valgrind in those setups too.
 *
 *   fuzz-load-replay [--tap] PATH...
 */
#include "fuzz.h"

#include <string.h>

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree unsigned char *exact = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* A buffer of exactly the file's length, with no NUL after it, as
   * libFuzzer passes it: an over-read shows under ASan and valgrind. */
  exact = g_malloc (MAX (length, 1));
  memcpy (exact, contents, length);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (LLVMFuzzerTestOneInput (exact, length), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Files in @path, sorted so the test order is stable. Dot files (such as
 * .gitkeep), READMEs and the loader tests' `.expected` files, which sit
 * beside their inputs in tests/data, are not inputs. */
static void
collect_inputs (const char *path,
                GPtrArray  *inputs)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (inputs, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.' || g_str_has_prefix (name, "README") ||
          g_str_has_suffix (name, ".expected"))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      collect_inputs (child, inputs);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *target = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  fuzz_init ();

  /* A replay is a few dozen inputs: it can afford the slow paths. */
  g_setenv ("VERSUS_FUZZ_PDF", "1", FALSE);

  if (argc < 2)
    {
      g_printerr ("Usage: %s [--tap] PATH...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_EXISTS))
        {
          g_printerr ("%s: no such file or directory\n", argv[i]);
          return 2;
        }
      collect_inputs (argv[i], inputs);
    }

  /* A replay of nothing would pass whatever the code does. */
  if (inputs->len == 0)
    {
      g_printerr ("No input files under the given paths\n");
      return 1;
    }

  target = g_path_get_basename (argv[0]);
  for (guint i = 0; i < inputs->len; i++)
    {
      const char *path = g_ptr_array_index (inputs, i);
      g_autofree char *parent = g_path_get_dirname (path);
      g_autofree char *group = g_path_get_basename (parent);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/%s/%s/%s", target, group, name);

      g_test_add_data_func (test_path, path, replay_file);
    }

  status = g_test_run ();
  return status;
}
