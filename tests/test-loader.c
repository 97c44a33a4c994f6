/* test-loader.c: the comparison file format, good, bad and hostile
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven: every tests/data/valid/NAME.json must load (with exactly
 * the warnings in NAME.expected, if there is one), and every
 * tests/data/invalid/NAME.json must fail with exactly the lines in
 * NAME.expected. Adding a case is adding two files.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "versus-core.h"
#include "vs-dataset-i18n.h"

static char *
data_path (const char *kind,
           const char *name)
{
  return g_build_filename (TEST_DATA_DIR, kind, name, NULL);
}

static GPtrArray *
list_json_files (const char *kind)
{
  g_autofree char *dir_path = data_path (kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 5));

  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  return names;
}

/* Every diagnostic formatted, one a line, as the command line prints them. */
static char *
format_all (GPtrArray  *diagnostics,
            const char *file_name)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      g_autofree char *line = vs_diagnostic_format (g_ptr_array_index (diagnostics, i), file_name);
      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
read_expected (const char *kind,
               const char *name)
{
  g_autofree char *file = g_strconcat (name, ".expected", NULL);
  g_autofree char *path = data_path (kind, file);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup ("");

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Compares line by line, so that a failure names the first differing line. */
static void
assert_same_lines (const char *name,
                   const char *actual,
                   const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) e = g_strsplit (expected, "\n", -1);

  for (guint i = 0; a[i] != NULL || e[i] != NULL; i++)
    {
      if (g_strcmp0 (a[i], e[i]) != 0)
        g_error ("%s: line %u differs:\n  got:      %s\n  expected: %s",
                 name, i + 1, a[i] ? a[i] : "(nothing)", e[i] ? e[i] : "(nothing)");
    }
}

static void
test_valid_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *path = data_path ("valid", json);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sha256 = NULL;
  gsize length;

  comparison = vs_load_file (file, NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);

  actual = format_all (diagnostics, json);
  expected = read_expected ("valid", name);
  assert_same_lines (json, actual, expected);

  g_assert_cmpstr (vs_comparison_get_file_name (comparison), ==, json);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
  g_assert_cmpstr (vs_comparison_get_sha256 (comparison), ==, sha256);

  g_assert_cmpuint (vs_comparison_get_n_subjects (comparison), >=, VS_MIN_SUBJECTS);
  g_assert_cmpuint (vs_comparison_get_n_criteria (comparison), >=, 1);

  g_assert_finalize_object (g_steal_pointer (&comparison));
}

static void
test_invalid_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *path = data_path ("invalid", json);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(GString) errors_only = g_string_new (NULL);
  g_autofree char *actual = NULL;
  g_autofree char *expected = NULL;

  comparison = vs_load_file (file, NULL, &diagnostics, &error);
  g_assert_null (comparison);
  g_assert_nonnull (error);
  g_assert_true (error->domain == VS_LOADER_ERROR);
  g_assert_nonnull (diagnostics);

  expected = read_expected ("invalid", name);
  g_assert_cmpstr (expected, !=, "");

  actual = format_all (diagnostics, json);
  assert_same_lines (json, actual, expected);

  /* The GError holds the same error lines, without the warnings. */
  for (guint i = 0; i < diagnostics->len; i++)
    {
      VsDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *line = NULL;

      if (d->severity != VS_DIAGNOSTIC_ERROR)
        continue;
      line = vs_diagnostic_format (d, json);
      if (errors_only->len > 0)
        g_string_append_c (errors_only, '\n');
      g_string_append (errors_only, line);
    }
  g_assert_cmpstr (error->message, ==, errors_only->str);
}

static VsComparison *
load_string (const char  *text,
             gsize        length,
             GPtrArray  **diagnostics,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return vs_load_bytes (bytes, "mem.json", diagnostics, error);
}

static void
test_error_codes (void)
{
  static const struct {
    const char    *name;
    VsLoaderError  code;
  } cases[] = {
    { "bom", VS_LOADER_ERROR_ENCODING },
    { "invalid-utf8", VS_LOADER_ERROR_ENCODING },
    { "escaped-nul", VS_LOADER_ERROR_ENCODING },
    { "trailing-comma-object", VS_LOADER_ERROR_SYNTAX },
    { "empty", VS_LOADER_ERROR_SYNTAX },
    { "too-deep", VS_LOADER_ERROR_TOO_LARGE },
    { "version-newer", VS_LOADER_ERROR_NEWER_VERSION },
    { "duplicate-member", VS_LOADER_ERROR_INVALID },
    { "support-unknown-level", VS_LOADER_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strconcat (cases[i].name, ".json", NULL);
      g_autofree char *path = data_path ("invalid", json);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsComparison) comparison = vs_load_file (file, NULL, NULL, &error);

      g_assert_null (comparison);
      g_assert_error (error, VS_LOADER_ERROR, (int)cases[i].code);
    }
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = vs_load_bundled (&error);
  VsCriterion *nosql;
  VsSubject *django, *flask;

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  g_assert_cmpstr (vs_comparison_get_file_name (comparison), ==, VS_BUNDLED_FILE_NAME);
  g_assert_cmpuint (vs_comparison_get_n_subjects (comparison), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vs_comparison_get_categories (comparison)), ==, 3);
  g_assert_cmpuint (vs_comparison_get_n_criteria (comparison), ==, 24);

  django = vs_comparison_find_subject (comparison, "django");
  flask = vs_comparison_find_subject (comparison, "flask");
  nosql = vs_comparison_find_criterion (comparison, "nosql");
  g_assert_nonnull (django);
  g_assert_nonnull (flask);
  g_assert_nonnull (nosql);
  g_assert_cmpint (vs_criterion_get_level (nosql, vs_subject_get_index (flask)), ==, VS_LEVEL_YES);
  g_assert_cmpint (vs_criterion_get_level (nosql, vs_subject_get_index (django)), ==, VS_LEVEL_UNKNOWN);

  g_assert_finalize_object (g_steal_pointer (&comparison));
}

/* What a full file turns into: the levels, notes, sources and opinions
 * written, "not stated" for what is missing, and the order kept. */
static void
test_model_content (void)
{
  g_autofree char *path = data_path ("valid", "full.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = vs_load_file (file, NULL, NULL, &error);
  VsCriterion *cheap, *sweet;
  VsSubject *tea, *coffee;
  VsCategory *price;

  g_assert_no_error (error);
  g_assert_cmpstr (vs_comparison_get_title (comparison), ==, "Tea vs. Coffee");
  g_assert_cmpstr (vs_comparison_get_description (comparison), ==, "Every optional member of the format, once.");
  g_assert_cmpuint (g_list_model_get_n_items (vs_comparison_get_sources (comparison)), ==, 2);

  tea = vs_comparison_get_subject (comparison, 0);
  coffee = vs_comparison_get_subject (comparison, 1);
  g_assert_cmpstr (vs_subject_get_id (tea), ==, "tea");
  g_assert_cmpstr (vs_subject_get_url (tea), ==, "https://example.org/tea");
  g_assert_cmpstr (vs_subject_get_drawbacks (tea)[0], ==, "Goes cold");
  g_assert_cmpstr (vs_subject_get_used_by (tea)[1], ==, "The office");
  g_assert_cmpstr (vs_subject_get_id (coffee), ==, "coffee");

  sweet = vs_comparison_find_criterion (comparison, "sweet");
  g_assert_cmpint (vs_criterion_get_level (sweet, 0), ==, VS_LEVEL_NO);
  g_assert_cmpint (vs_criterion_get_level (sweet, 1), ==, VS_LEVEL_UNKNOWN);

  cheap = vs_comparison_find_criterion (comparison, "cheap");
  price = vs_comparison_find_category (comparison, "price-2");
  g_assert_true (vs_criterion_get_category (cheap) == price);
  g_assert_cmpuint (vs_category_get_index (price), ==, 1);
  g_assert_cmpuint (vs_criterion_get_index (cheap), ==, 4);
  g_assert_cmpint (vs_criterion_get_level (cheap, 0), ==, VS_LEVEL_YES);
  g_assert_cmpstr (vs_criterion_get_note (cheap, 0), ==, "loose leaf");
  g_assert_true (vs_criterion_get_source (cheap, 0) == vs_comparison_find_source (comparison, "book"));
  g_assert_true (vs_criterion_get_opinion (cheap, 0));
  g_assert_cmpint (vs_criterion_get_level (cheap, 1), ==, VS_LEVEL_NO);
  g_assert_false (vs_criterion_get_opinion (cheap, 1));
  g_assert_null (vs_criterion_get_note (cheap, 1));

  g_assert_finalize_object (g_steal_pointer (&comparison));
}

static void
test_escapes_decoded (void)
{
  g_autofree char *path = data_path ("valid", "escapes.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = vs_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (vs_comparison_get_title (comparison), ==,
                   "T\xc3\xa9 \xf0\x9f\x8d\xb5 \"quoted\" a/b\\c\ttab\nline");
}

static void
assert_rejected (const char    *text,
                 gsize          length,
                 VsLoaderError  code,
                 const char    *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(VsComparison) comparison = load_string (text, length, &diagnostics, &error);

  g_assert_null (comparison);
  g_assert_error (error, VS_LOADER_ERROR, (int)code);
  g_assert_true (g_str_has_prefix (error->message, "mem.json"));
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("expected \"%s\" in: %s", message_part, error->message);
  g_assert_nonnull (diagnostics);
  g_assert_cmpuint (diagnostics->len, >=, 1);
}

static void
test_hostile_deep (void)
{
  gsize n = 100000;
  g_autoptr(GString) text = g_string_sized_new (2 * n);

  for (gsize i = 0; i < n; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < n; i++)
    g_string_append_c (text, ']');
  assert_rejected (text->str, text->len, VS_LOADER_ERROR_TOO_LARGE, "mem.json:1:65: nesting deeper than 64 levels");

  g_string_truncate (text, 0);
  for (gsize i = 0; i < n; i++)
    g_string_append (text, "{\"a\":");
  assert_rejected (text->str, text->len, VS_LOADER_ERROR_TOO_LARGE, "nesting deeper than 64 levels");
}

static void
test_hostile_long_string (void)
{
  gsize n = 50 * 1024 * 1024;
  g_autofree char *text = g_malloc (n + 16);

  memcpy (text, "{\"title\": \"", 11);
  memset (text + 11, 'x', n);
  memcpy (text + 11 + n, "\"}", 2);
  assert_rejected (text, n + 13, VS_LOADER_ERROR_TOO_LARGE, "mem.json:1:11: string longer than 65536 bytes");

  /* Just at the limit is fine for the scanner (and then not a comparison). */
  memset (text + 11, 'y', VS_MAX_STRING_LENGTH);
  memcpy (text + 11 + VS_MAX_STRING_LENGTH, "\"}", 2);
  assert_rejected (text, VS_MAX_STRING_LENGTH + 13, VS_LOADER_ERROR_INVALID, "missing required member \"format\"");
}

static void
test_hostile_too_large (void)
{
  gsize n = VS_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (n);

  memset (text, ' ', n);
  text[0] = '{';
  text[n - 1] = '}';
  assert_rejected (text, n, VS_LOADER_ERROR_TOO_LARGE, "too large");
}

static void
test_hostile_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-loader-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "big.json", NULL);
  file = g_file_new_for_path (path);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  /* A sparse 65 MiB file: the size is refused before it is read. */
  g_assert_true (g_seekable_truncate (G_SEEKABLE (out), VS_MAX_FILE_SIZE + 1024 * 1024, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);

  comparison = vs_load_file (file, NULL, &diagnostics, &error);
  g_assert_null (comparison);
  g_assert_error (error, VS_LOADER_ERROR, VS_LOADER_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "big.json: the file is too large"));
  g_assert_cmpuint (diagnostics->len, ==, 1);

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_hostile_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  static const char alphabet[] = "{}[]\",:0123456789-+.eE truefalsnl\\u\n\t'/*xX\x80\xc3\xa9\xff";

  for (guint iter = 0; iter < 3000; iter++)
    {
      gsize len = g_rand_int_range (rand, 0, 400);
      g_autofree char *buf = g_malloc (len + 1);
      gboolean bytes_mode = iter % 2 == 0;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(VsComparison) comparison = NULL;

      for (gsize i = 0; i < len; i++)
        buf[i] = bytes_mode ? (char)g_rand_int_range (rand, 0, 256)
                            : alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];

      comparison = load_string (buf, len, &diagnostics, &error);
      /* Random bytes are never a comparison; each failure says where. */
      g_assert_null (comparison);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "mem.json"));
      g_assert_cmpuint (strlen (error->message), >, strlen ("mem.json: "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
test_hostile_truncations (void)
{
  g_autofree char *path = data_path ("valid", "full.json");
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  /* Every proper prefix is unfinished JSON: a syntax or encoding error with
   * a line and column, never a crash. */
  for (gsize cut = 0; cut + 1 < length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(VsComparison) comparison = load_string (contents, cut, &diagnostics, &error);
      VsDiagnostic *d;

      g_assert_null (comparison);
      g_assert_nonnull (error);
      g_assert_cmpuint (diagnostics->len, ==, 1);
      d = g_ptr_array_index (diagnostics, 0);
      g_assert_cmpuint (d->line, >=, 1);
      g_assert_cmpuint (d->column, >=, 1);
      g_assert_null (d->path);
    }
}

static void
test_scanner_details (void)
{
  /* Lines and columns are 1-based and count characters, not bytes. */
  assert_rejected ("{\n  \"\xc3\xa9\xc3\xa9\": tru}", 16, VS_LOADER_ERROR_SYNTAX, "mem.json:2:9: expected a value");
  /* A duplicate member is found after unescaping. */
  assert_rejected ("{\"a\\u0062\": 1, \"ab\": 2}", 23, VS_LOADER_ERROR_INVALID, "mem.json: $: duplicate member \"ab\"");
  /* ... also in objects big enough for the hash table. */
  {
    g_autoptr(GString) text = g_string_new ("{\"list\": [0, {");

    for (guint i = 0; i < 40; i++)
      g_string_append_printf (text, "\"k%u\": 1, ", i);
    g_string_append (text, "\"k7\": 2}]}");
    assert_rejected (text->str, text->len, VS_LOADER_ERROR_INVALID, "mem.json: $.list[1]: duplicate member \"k7\"");
  }
  /* Paths quote member names that are not plain words. */
  assert_rejected ("{\"a b\": {\"x\": 1, \"x\": 2}}", 25, VS_LOADER_ERROR_INVALID, "mem.json: $[\"a b\"]: duplicate member \"x\"");
  /* A surrogate pair is fine; its halves alone are not. */
  assert_rejected ("[\"\\ud83d\\ude00\"]", 16, VS_LOADER_ERROR_INVALID, "expected an object, found an array");
  assert_rejected ("[\"\\ude00\"]", 10, VS_LOADER_ERROR_ENCODING, "mem.json:1:3: a \\u escape of a lone low surrogate");
  /* NUL inside the data is caught wherever it is. */
  assert_rejected ("{\"a\": \"x\0y\"}", 12, VS_LOADER_ERROR_ENCODING, "mem.json:1:9: NUL byte inside a string");
}

static void
test_diagnostic_format (void)
{
  g_autoptr(VsDiagnostic) syntax = vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, 3, 14, NULL, "bad");
  g_autoptr(VsDiagnostic) semantic = vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, 0, 0, "$.title", "worse");
  g_autoptr(VsDiagnostic) warning = vs_diagnostic_new (VS_DIAGNOSTIC_WARNING, 0, 0, "$.x", "odd");
  g_autoptr(VsDiagnostic) plain = vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, 0, 0, NULL, "gone");
  g_autofree char *a = vs_diagnostic_format (syntax, "f.json");
  g_autofree char *b = vs_diagnostic_format (semantic, "f.json");
  g_autofree char *c = vs_diagnostic_format (warning, "f.json");
  g_autofree char *d = vs_diagnostic_format (plain, "f.json");

  g_assert_cmpstr (a, ==, "f.json:3:14: bad");
  g_assert_cmpstr (b, ==, "f.json: $.title: worse");
  g_assert_cmpstr (c, ==, "f.json: $.x: warning: odd");
  g_assert_cmpstr (d, ==, "f.json: gone");
}

static void
test_load_bytes_sets_identity (void)
{
  g_autofree char *path = data_path ("valid", "minimal.json");
  g_autofree char *contents = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new (contents, length);
  comparison = vs_load_bytes (bytes, "given-name.json", &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_assert_cmpstr (vs_comparison_get_sha256 (comparison), ==, sha256);
  g_assert_cmpuint (strlen (vs_comparison_get_sha256 (comparison)), ==, 64);
  g_assert_cmpstr (vs_comparison_get_file_name (comparison), ==, "given-name.json");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/versus/nothing.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(VsComparison) comparison = vs_load_file (file, NULL, &diagnostics, &error);

  g_assert_null (comparison);
  g_assert_error (error, VS_LOADER_ERROR, VS_LOADER_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "nothing.json: could not read the file: "));
  g_assert_cmpuint (diagnostics->len, ==, 1);
}

typedef struct
{
  GMainLoop    *loop;
  VsComparison *comparison;
  GPtrArray    *diagnostics;
  GError       *error;
} AsyncResult;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->comparison = vs_load_file_finish (result, &r->diagnostics, &r->error);
  g_main_loop_quit (r->loop);
}

static void
test_async (void)
{
  g_autofree char *good = data_path ("valid", "unknown-members.json");
  g_autofree char *bad = data_path ("invalid", "many-errors.json");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, NULL, NULL };

  vs_load_file_async (good_file, NULL, on_loaded, &r);
  g_main_loop_run (r.loop);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.comparison);
  g_assert_cmpuint (r.diagnostics->len, ==, 3);
  g_assert_finalize_object (g_steal_pointer (&r.comparison));
  g_clear_pointer (&r.diagnostics, g_ptr_array_unref);

  vs_load_file_async (bad_file, NULL, on_loaded, &r);
  g_main_loop_run (r.loop);
  g_assert_null (r.comparison);
  g_assert_error (r.error, VS_LOADER_ERROR, VS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (r.diagnostics->len, ==, 9);
  g_clear_error (&r.error);
  g_clear_pointer (&r.diagnostics, g_ptr_array_unref);

  g_cancellable_cancel (cancellable);
  vs_load_file_async (good_file, cancellable, on_loaded, &r);
  g_main_loop_run (r.loop);
  g_assert_null (r.comparison);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_clear_pointer (&r.diagnostics, g_ptr_array_unref);

  g_main_loop_unref (r.loop);
}

/* A load started before anyone waits for it: the result reaches a callback
 * given later (at once if it is there) or one given at the start (when it
 * comes); a cancelled one says so; one nobody takes is freed. */
typedef struct
{
  AsyncResult  r;
  guint        calls;
  GObject     *source;
} PendingResult;

static void
on_pending_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PendingResult *p = user_data;

  p->calls++;
  p->source = source;
  p->r.comparison = vs_load_file_finish (result, &p->r.diagnostics, &p->r.error);
  g_main_loop_quit (p->r.loop);
}

static void
pending_result_clear (PendingResult *p)
{
  g_clear_object (&p->r.comparison);
  g_clear_pointer (&p->r.diagnostics, g_ptr_array_unref);
  g_clear_error (&p->r.error);
  p->calls = 0;
  p->source = NULL;
}

static void
test_pending_load (void)
{
  g_autofree char *good = data_path ("valid", "unknown-members.json");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  PendingResult p = { { g_main_loop_new (NULL, FALSE), NULL, NULL, NULL }, 0, NULL };
  VsPendingLoad *pending;
  GWeakRef weak;

  /* Waited for from the start: nothing before the load ends. */
  pending = vs_pending_load_new (good_file);
  g_assert_true (vs_pending_load_get_file (pending) == good_file);
  g_assert_false (vs_pending_load_is_done (pending));
  vs_pending_load_then (pending, on_pending_loaded, &p);
  g_assert_cmpuint (p.calls, ==, 0);
  g_main_loop_run (p.r.loop);
  g_assert_cmpuint (p.calls, ==, 1);
  g_assert_true (p.source == G_OBJECT (pending));
  g_assert_no_error (p.r.error);
  g_assert_nonnull (p.r.comparison);
  g_assert_cmpuint (p.r.diagnostics->len, ==, 3);
  g_assert_finalize_object (pending);
  pending_result_clear (&p);

  /* Waited for once it has ended: the callback runs before then() returns. */
  pending = vs_pending_load_new (good_file);
  while (!vs_pending_load_is_done (pending))
    g_main_context_iteration (NULL, TRUE);
  vs_pending_load_then (pending, on_pending_loaded, &p);
  g_assert_cmpuint (p.calls, ==, 1);
  g_assert_no_error (p.r.error);
  g_assert_nonnull (p.r.comparison);
  g_assert_finalize_object (pending);
  pending_result_clear (&p);

  /* Cancelled: the callback hears so. */
  pending = vs_pending_load_new (good_file);
  g_cancellable_cancel (vs_pending_load_get_cancellable (pending));
  vs_pending_load_then (pending, on_pending_loaded, &p);
  if (p.calls == 0)
    g_main_loop_run (p.r.loop);
  g_assert_cmpuint (p.calls, ==, 1);
  g_assert_null (p.r.comparison);
  g_assert_error (p.r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_finalize_object (pending);
  pending_result_clear (&p);

  /* Dropped before it ends: it lives until the load is over, then goes. */
  pending = vs_pending_load_new (good_file);
  g_weak_ref_init (&weak, pending);
  g_object_unref (pending);
  while ((pending = g_weak_ref_get (&weak)) != NULL)
    {
      g_object_unref (pending);
      g_main_context_iteration (NULL, TRUE);
    }
  g_weak_ref_clear (&weak);

  g_main_loop_unref (p.r.loop);
}

/* The bundled comparison's text follows the person's language; the same
 * strings in a file they open do not (data/FORMAT.md). */
static void
test_bundled_translated (void)
{
  const char *localedir = g_getenv ("VERSUS_BUILD_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) german = NULL;
  g_autoptr(VsComparison) opened = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  VsCategory *advantages;

  g_assert_nonnull (localedir);
  vs_dataset_i18n_init (localedir);

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");

  german = vs_load_bundled (&error);
  g_assert_no_error (error);
  advantages = vs_comparison_find_category (german, "advantages");
  g_assert_cmpstr (vs_category_get_name (advantages), ==, "Vorteile");
  /* Names of frameworks and ids stay as written. */
  g_assert_cmpstr (vs_subject_get_name (vs_comparison_find_subject (german, "flask")), ==, "Flask");
  g_assert_nonnull (vs_comparison_find_criterion (german, "nosql"));

  bytes = g_resources_lookup_data (VS_BUNDLED_RESOURCE, 0, &error);
  g_assert_no_error (error);
  opened = vs_load_bytes (bytes, "copy.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vs_category_get_name (vs_comparison_find_category (opened, "advantages")), ==, "Advantages");

  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}

/* Files of 1 MiB and more are hashed on a second thread while they load:
 * the hash must be the file's all the same. */
static void
test_sha256_large (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autofree char *expected = NULL;
  guint n = 0;

  g_string_append (json, "{\"format\": \"versus-comparison\", \"version\": 1, \"title\": \"Big\",\n"
                         " \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],\n"
                         " \"categories\": [{\"id\": \"c\", \"name\": \"C\"}],\n"
                         " \"criteria\": [");
  while (json->len < 3 * 1024 * 1024)
    {
      g_string_append_printf (json, "%s\n  {\"id\": \"k%u\", \"category\": \"c\", \"name\": \"Criterion %u\","
                                    " \"support\": {\"a\": \"yes\", \"b\": {\"level\": \"partial\", \"note\": \"n%u\"}}}",
                              n > 0 ? "," : "", n, n, n);
      n++;
    }
  g_string_append (json, "]}\n");

  bytes = g_bytes_new (json->str, json->len);
  expected = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  comparison = vs_load_bytes (bytes, "big.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vs_comparison_get_n_criteria (comparison), ==, n);
  g_assert_cmpstr (vs_comparison_get_sha256 (comparison), ==, expected);
  g_assert_cmpstr (vs_criterion_get_note (vs_comparison_get_criterion (comparison, n - 1), 1), !=, NULL);

  /* Loaded for the window (async), the hash waits until asked for, and is
   * the file's all the same: computed on demand, or in the background. */
  for (guint way = 0; way < 2; way++)
    {
      g_autofree char *dir = g_dir_make_tmp ("versus-sha-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "big.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, NULL, NULL };

      g_assert_no_error (error);
      g_assert_true (g_file_set_contents (path, json->str, json->len, &error));
      g_assert_no_error (error);

      vs_load_file_async (file, NULL, on_loaded, &r);
      g_main_loop_run (r.loop);
      g_assert_no_error (r.error);
      g_assert_true (vs_comparison_is_sha256_pending (r.comparison));

      if (way == 0)
        g_assert_cmpstr (vs_comparison_get_sha256 (r.comparison), ==, expected);
      else
        {
          vs_comparison_hash_in_background (r.comparison);
          while (vs_comparison_is_sha256_pending (r.comparison))
            g_usleep (1000);
        }
      g_assert_false (vs_comparison_is_sha256_pending (r.comparison));
      g_assert_cmpstr (vs_comparison_get_sha256 (r.comparison), ==, expected);

      /* The synchronous load (command line, reports) hashes at once. */
      g_clear_object (&r.comparison);
      r.comparison = vs_load_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (vs_comparison_is_sha256_pending (r.comparison));
      g_assert_cmpstr (vs_comparison_get_sha256 (r.comparison), ==, expected);

      g_assert_finalize_object (g_steal_pointer (&r.comparison));
      g_clear_pointer (&r.diagnostics, g_ptr_array_unref);
      g_main_loop_unref (r.loop);
      g_assert_no_errno (g_unlink (path));
      g_assert_no_errno (g_rmdir (dir));
    }

  /* And a failing large file gives no comparison (the hash is dropped). */
  g_clear_object (&comparison);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_string_truncate (json, json->len - 3);
  bytes = g_bytes_new (json->str, json->len);
  comparison = vs_load_bytes (bytes, "big.json", NULL, &error);
  g_assert_null (comparison);
  g_assert_error (error, VS_LOADER_ERROR, VS_LOADER_ERROR_SYNTAX);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) valid = NULL;
  g_autoptr(GPtrArray) invalid = NULL;

  g_test_init (&argc, &argv, NULL);

  valid = list_json_files ("valid");
  invalid = list_json_files ("invalid");
  g_assert_cmpuint (valid->len, >=, 5);
  g_assert_cmpuint (invalid->len, >=, 40);

  for (guint i = 0; i < valid->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/loader/valid/%s", (char *)g_ptr_array_index (valid, i));
      g_test_add_data_func (test_path, g_ptr_array_index (valid, i), test_valid_file);
    }
  for (guint i = 0; i < invalid->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/loader/invalid/%s", (char *)g_ptr_array_index (invalid, i));
      g_test_add_data_func (test_path, g_ptr_array_index (invalid, i), test_invalid_file);
    }

  g_test_add_func ("/loader/error-codes", test_error_codes);
  g_test_add_func ("/loader/bundled", test_bundled);
  g_test_add_func ("/loader/bundled-translated", test_bundled_translated);
  g_test_add_func ("/loader/sha256-large", test_sha256_large);
  g_test_add_func ("/loader/model-content", test_model_content);
  g_test_add_func ("/loader/escapes-decoded", test_escapes_decoded);
  g_test_add_func ("/loader/diagnostic-format", test_diagnostic_format);
  g_test_add_func ("/loader/load-bytes-identity", test_load_bytes_sets_identity);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/async", test_async);
  g_test_add_func ("/loader/pending-load", test_pending_load);
  g_test_add_func ("/loader/scanner-details", test_scanner_details);
  g_test_add_func ("/loader/hostile/deep-nesting", test_hostile_deep);
  g_test_add_func ("/loader/hostile/long-string", test_hostile_long_string);
  g_test_add_func ("/loader/hostile/too-large-bytes", test_hostile_too_large);
  g_test_add_func ("/loader/hostile/too-large-file", test_hostile_too_large_file);
  g_test_add_func ("/loader/hostile/random", test_hostile_random);
  g_test_add_func ("/loader/hostile/truncations", test_hostile_truncations);

  return g_test_run ();
}
