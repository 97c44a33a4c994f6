/* test-cli-hostile.c: `versus --check` on files that are not comparisons
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract of --check: exit 0 for a valid file, 1 for an invalid one,
 * every error on stderr as `FILE...: message`. Whatever the bytes, the
 * binary must say what is wrong and where, and never crash, hang or print
 * a GLib warning.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <string.h>

#include "versus-core.h"

static const char *
versus_bin (void)
{
  const char *bin = g_getenv ("VERSUS_BIN");

  if (bin == NULL)
    g_error ("VERSUS_BIN is not set: run this test through meson test");
  return bin;
}

/* Runs `versus --check PATH` and asserts it rejects the file cleanly. */
static void
assert_check_rejects (const char *path,
                      const char *expected_part)
{
  const char *argv[] = { versus_bin (), "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);

  if (!g_spawn_check_wait_status (status, NULL) && !WIFEXITED (status))
    g_error ("%s: versus --check did not exit normally (status %d); stderr:\n%s", base, status, err);
  if (WEXITSTATUS (status) != 1)
    g_error ("%s: versus --check exited %d, expected 1; stderr:\n%s", base, WEXITSTATUS (status), err);
  if (err == NULL || *err == '\0')
    g_error ("%s: versus --check printed nothing on stderr", base);
  if (strstr (err, base) == NULL)
    g_error ("%s: stderr does not name the file:\n%s", base, err);
  if (strstr (err, "WARNING") != NULL || strstr (err, "CRITICAL") != NULL)
    g_error ("%s: a GLib warning was printed:\n%s", base, err);
  if (!g_utf8_validate (err, -1, NULL))
    g_error ("%s: stderr is not UTF-8", base);
  if (expected_part != NULL && strstr (err, expected_part) == NULL)
    g_error ("%s: expected \"%s\" in stderr:\n%s", base, expected_part, err);
}

static void
check_every_file_in (const char *dir_path,
                     guint       min_files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  if (names->len < min_files)
    g_error ("%s holds %u .json files, expected at least %u", dir_path, names->len, min_files);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      assert_check_rejects (path, NULL);
    }
}

static void
test_jsontestsuite (void)
{
  const char *shared = g_getenv ("SHARED_DIR");
  g_autofree char *dir = NULL;

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      /* The corpus is not ours to ship: it sits in ../shared beside the
       * project's checkouts and in CI. A person's own clone has no such
       * folder, and says so; in CI its absence is a failure. */
      if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
        g_error ("SHARED_DIR (%s) does not exist: the JSONTestSuite files are in "
                 "../shared/jsontestsuite next to the checkout",
                 shared ? shared : "unset");
      g_test_skip ("no ../shared/jsontestsuite next to this checkout");
      return;
    }

  /* None of these 318 files is a comparison: the y_ ones are valid JSON
   * but not the format, the n_ and i_ ones not even (strict) JSON. */
  dir = g_build_filename (shared, "jsontestsuite", "test_parsing", NULL);
  check_every_file_in (dir, 318);
}

static void
test_invalid_files (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "invalid", NULL);
  check_every_file_in (dir, 40);
}

static void
test_hostile_files (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "hostile", NULL);
  check_every_file_in (dir, 5);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *chunk = NULL;
  FILE *f;
  gsize chunk_size = 1024 * 1024;

  g_assert_no_error (error);
  path = g_build_filename (dir, "sixty-mib.json", NULL);

  /* 60 MiB of real bytes (not sparse): an array of long strings. It is
   * under the 64 MiB file limit, so the string length limit catches it. */
  chunk = g_malloc (chunk_size);
  memset (chunk, 'x', chunk_size);
  f = fopen (path, "wb");
  g_assert_nonnull (f);
  fputs ("[\"", f);
  for (guint i = 0; i < 60; i++)
    g_assert_cmpuint (fwrite (chunk, 1, chunk_size, f), ==, chunk_size);
  fputs ("\"]", f);
  g_assert_cmpint (fclose (f), ==, 0);
  assert_check_rejects (path, "string longer than");

  /* 65 MiB: over the file size limit. */
  f = fopen (path, "ab");
  g_assert_nonnull (f);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (fwrite (chunk, 1, chunk_size, f), ==, chunk_size);
  g_assert_cmpint (fclose (f), ==, 0);
  assert_check_rejects (path, "too large");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-hostile/jsontestsuite", test_jsontestsuite);
  g_test_add_func ("/cli-hostile/invalid-files", test_invalid_files);
  g_test_add_func ("/cli-hostile/hostile-files", test_hostile_files);
  g_test_add_func ("/cli-hostile/too-large", test_too_large);

  return g_test_run ();
}
