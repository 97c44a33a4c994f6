/* test-cli.c: the headless command line, run as a person would run it
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "versus-core.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs versus with @args (NULL-terminated) in @cwd (or here), with no
 * display, and returns its exit status and output. */
static void
run_in (Run               *run,
        const char        *cwd,
        const char * const *args)
{
  const char *bin = g_getenv ("VERSUS_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (bin);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_ptr_array_add (argv, (gpointer)bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (cwd, (char **)argv->pdata, envp, G_SPAWN_DEFAULT,
                               NULL, NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

#define RUN(run, ...) run_in ((run), NULL, (const char * const[]) { __VA_ARGS__, NULL })

static JsonObject *
parse_rank (JsonParser *parser,
            const Run  *run)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run->out, -1, &error));
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static char *
best_of (const Run *run)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *best = json_object_get_array_member (parse_rank (parser, run), "best");
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (best); i++)
    {
      if (i > 0)
        g_string_append_c (string, ',');
      g_string_append (string, json_array_get_string_element (best, i));
    }

  return g_string_free (string, FALSE);
}

static void
test_list (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsComparison) bundled = vs_load_bundled (&error);
  g_auto(GStrv) lines = NULL;
  guint n_lines;

  g_assert_no_error (error);

  RUN (&run, "--list");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_suffix (run.out, "\n"));

  lines = g_strsplit (run.out, "\n", -1);
  n_lines = g_strv_length (lines) - 1;
  g_assert_cmpuint (n_lines, ==, 24);
  g_assert_cmpuint (n_lines, ==, vs_comparison_get_n_criteria (bundled));

  for (guint i = 0; i < n_lines; i++)
    {
      VsCriterion *criterion = vs_comparison_get_criterion (bundled, i);
      g_autofree char *expected = g_strdup_printf ("%s\t%s\t%s",
                                                   vs_criterion_get_id (criterion),
                                                   vs_category_get_id (vs_criterion_get_category (criterion)),
                                                   vs_criterion_get_name (criterion));

      g_assert_cmpstr (lines[i], ==, expected);
    }

  g_assert_nonnull (strstr (run.out, "sql-databases\tuse-if\t"));
  g_assert_nonnull (strstr (run.out, "batteries-included\tadvantages\t"));
  g_assert_nonnull (strstr (run.out, "complete-customization\tfeatures\t"));
}

static void
test_rank (void)
{
  g_auto(Run) flask = { 0 };
  g_auto(Run) django = { 0 };
  g_auto(Run) must = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *flask_best = NULL;
  g_autofree char *django_best = NULL;
  JsonArray *subjects;
  gboolean saw_flask = FALSE;

  RUN (&flask, "--rank", "--require=prototyping,nosql");
  flask_best = best_of (&flask);
  g_assert_cmpstr (flask_best, ==, "flask");

  RUN (&django, "--rank", "--require=sql-databases", "--require=creating-large-sites");
  django_best = best_of (&django);
  g_assert_cmpstr (django_best, ==, "django");

  RUN (&must, "--rank", "--must=sql-databases");
  subjects = json_object_get_array_member (parse_rank (parser, &must), "subjects");
  g_assert_cmpuint (json_array_get_length (subjects), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *subject = json_array_get_object_element (subjects, i);

      if (g_strcmp0 (json_object_get_string_member (subject, "id"), "flask") == 0)
        {
          saw_flask = TRUE;
          g_assert_true (json_object_get_boolean_member (subject, "excluded"));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (subject, "excluded_by")), ==, 1);
          /* Excluded subjects come last. */
          g_assert_cmpuint (i, ==, 1);
        }
    }
  g_assert_true (saw_flask);
}

/* Django has SQL databases, Flask prototyping (the source says nothing of
 * the other): equal weights tie, a weight decides. */
static void
test_weight (void)
{
  g_auto(Run) tie = { 0 };
  g_auto(Run) weighted = { 0 };
  g_autofree char *tie_best = NULL;
  g_autofree char *weighted_best = NULL;

  RUN (&tie, "--rank", "--require=sql-databases,prototyping");
  tie_best = best_of (&tie);
  g_assert_cmpstr (tie_best, ==, "django,flask");

  RUN (&weighted, "--rank", "--weight=prototyping=3", "--require=sql-databases,prototyping");
  weighted_best = best_of (&weighted);
  g_assert_cmpstr (weighted_best, ==, "flask");
}

typedef struct
{
  const char *name;
  const char *args[4];
  const char *in_stderr[3];
} UsageCase;

static const UsageCase usage_cases[] = {
  { "unknown-criterion", { "--rank", "--require=prototyping,no-such-thing" },
    { "versus: ", "“no-such-thing”", "sql-databases" } },
  { "unknown-must", { "--rank", "--must=Nosql" }, { "versus: ", "“Nosql”", "nosql" } },
  { "weight-too-big", { "--rank", "--require=nosql", "--weight=nosql=6" }, { "versus: ", "nosql=6", "1 to 5" } },
  { "weight-zero", { "--rank", "--require=nosql", "--weight=nosql=0" }, { "versus: ", "nosql=0" } },
  { "weight-not-number", { "--rank", "--require=nosql", "--weight=nosql=heavy" }, { "versus: ", "heavy" } },
  { "weight-no-equals", { "--rank", "--require=nosql", "--weight=nosql" }, { "versus: ", "ID=N" } },
  { "weight-unknown-criterion", { "--rank", "--weight=nope=2" }, { "versus: ", "“nope”", "nosql" } },
  { "weight-not-ticked", { "--rank", "--weight=nosql=2" }, { "versus: ", "not ticked" } },
  /* With a headless option... */
  { "unknown-option", { "--rank", "--frobnicate" }, { "versus: ", "--frobnicate" } },
  /* ...and alone too: any option neither the command line nor
   * GApplication knows is a usage error, not the application's. */
  { "unknown-option-alone", { "--frobnicate" }, { "versus: ", "--frobnicate" } },
  { "unknown-short-option", { "-z", "a.json" }, { "versus: ", "-z" } },
  { "unknown-option-after-tick", { "--require", "nosql", "--frobnicate=1" }, { "versus: ", "--frobnicate" } },
  { "bad-paper", { "--export=out.pdf", "--paper=a5" }, { "versus: ", "a5", "letter" } },
  { "unknown-format", { "--export=out.docx" }, { "versus: ", ".decision.md", ".csv" } },
  { "unknown-subject", { "--export=out.md", "--subjects=flask,rails" }, { "versus: ", "“rails”", "django" } },
  { "subjects-without-export", { "--rank", "--subjects=flask" }, { "versus: ", "--export" } },
  { "two-files", { "--rank", "a.json", "b.json" }, { "versus: ", "--check" } },
  { "check-without-files", { "--check" }, { "versus: ", "FILE" } },
};

static void
test_usage_case (gconstpointer data)
{
  const UsageCase *test = data;
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("versus-cli-XXXXXX", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_nonnull (dir);
  run_in (&run, dir, test->args);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "versus: "));
  for (guint i = 0; i < G_N_ELEMENTS (test->in_stderr) && test->in_stderr[i] != NULL; i++)
    if (strstr (run.err, test->in_stderr[i]) == NULL)
      g_error ("“%s” not in: %s", test->in_stderr[i], run.err);

  /* A usage error writes nothing. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static GPtrArray *
list_json (const char *dir)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));

  /* Fail, do not pass, when the corpus is missing. */
  g_assert_cmpuint (names->len, >, 0);
  return names;
}

/* What a file's .expected says, or "" without one. */
static char *
expected_for (const char *dir,
              const char *name)
{
  g_autofree char *base = g_strndup (name, strlen (name) - strlen (".json"));
  g_autofree char *path = g_strdup_printf ("%s/%s.expected", dir, base);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_strdup ("");

  return contents;
}

static void
assert_same_lines (const char *actual,
                   const char *expected)
{
  g_autofree char *a = g_strchomp (g_strdup (actual));
  g_autofree char *e = g_strchomp (g_strdup (expected));

  g_assert_cmpstr (a, ==, e);
}

static void
test_check_valid (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "valid", NULL);
  g_autoptr(GPtrArray) names = list_json (dir);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(Run) all = { 0 };

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *expected = expected_for (dir, name);
      g_auto(Run) run = { 0 };

      g_test_message ("checking valid/%s", name);
      run_in (&run, dir, (const char * const[]) { "--check", name, NULL });
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      /* Warnings only, as the loader formats them. */
      assert_same_lines (run.err, expected);
    }

  /* All at once, too. */
  g_ptr_array_add (args, (gpointer)"--check");
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (names, i));
  g_ptr_array_add (args, NULL);
  run_in (&all, dir, (const char * const *)args->pdata);
  g_assert_cmpint (all.status, ==, 0);
}

static void
test_check_invalid (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "invalid", NULL);
  g_autofree char *valid = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GPtrArray) names = list_json (dir);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *expected = expected_for (dir, name);
      g_auto(Run) run = { 0 };

      g_test_message ("checking invalid/%s", name);
      run_in (&run, dir, (const char * const[]) { "--check", name, NULL });
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, name));
      if (*expected != '\0')
        assert_same_lines (run.err, expected);
    }

  /* One bad file among good ones fails the whole check. */
  {
    g_auto(Run) mixed = { 0 };
    const char *bad = g_ptr_array_index (names, 0);

    run_in (&mixed, dir, (const char * const[]) { "--check", valid, bad, NULL });
    g_assert_cmpint (mixed.status, ==, 1);
    g_assert_nonnull (strstr (mixed.err, bad));
  }
}

static void
test_invalid_file_for_rank (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "invalid", NULL);
  g_autoptr(GPtrArray) names = list_json (dir);
  const char *name = g_ptr_array_index (names, 0);
  g_auto(Run) run = { 0 };
  g_auto(Run) missing = { 0 };

  run_in (&run, dir, (const char * const[]) { "--rank", name, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, name));

  RUN (&missing, "--list", "/nonexistent/versus/none.json");
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "none.json"));
}

static void
test_file_argument (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VsComparison) comparison = vs_load_file (file, NULL, NULL, &error);
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  RUN (&run, "--list", path);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, vs_comparison_get_n_criteria (comparison));
  g_assert_true (g_str_has_prefix (run.out, vs_criterion_get_id (vs_comparison_get_criterion (comparison, 0))));
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "--version");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "versus " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) short_run = { 0 };
  const GOptionEntry *entries = vs_cli_get_entries ();

  RUN (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);

  /* Every entry the window registers is listed. */
  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      g_autofree char *option = g_strdup_printf ("--%s", entries[i].long_name);

      g_assert_null (entries[i].arg_data);
      g_assert_nonnull (entries[i].description);
      if (strstr (run.out, option) == NULL)
        g_error ("%s not in --help: %s", option, run.out);
    }

  RUN (&short_run, "-h");
  g_assert_cmpint (short_run.status, ==, 0);
  g_assert_cmpstr (short_run.out, ==, run.out);
}

static void
test_wants_headless (void)
{
  const struct { const char *args; gboolean headless; } cases[] = {
    { "", FALSE },
    { "file.json", FALSE },
    { "--require=nosql file.json", FALSE },
    { "--check a.json", TRUE },
    { "--list", TRUE },
    { "--rank --must=nosql", TRUE },
    { "--export out.pdf", TRUE },
    { "--export=out.pdf", TRUE },
    { "--exports", FALSE },
    { "--version", TRUE },
    { "--help", TRUE },
    { "-h", TRUE },
    { "-- --list", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = g_strdup_printf ("versus %s", cases[i].args);
      g_auto(GStrv) argv = g_strsplit (g_strstrip (line), " ", -1);

      g_assert_cmpint (vs_cli_wants_headless (g_strv_length (argv), argv), ==, cases[i].headless);
    }
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir", "report.md", NULL);
  g_autofree char *missing_parent = g_build_filename (dir, "no", NULL);
  g_autofree char *export_ok = g_strdup_printf ("--export=%s", path);
  g_autofree char *export_bad = g_strdup_printf ("--export=%s", missing);
  g_autofree char *contents = NULL;
  g_auto(Run) ok = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(GDir) listing = NULL;
  const char *name;

  RUN (&ok, export_ok, "--require=nosql", "--subjects=flask,django", "--only-differences");
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpuint (strlen (contents), >, 0);
  g_assert_nonnull (strstr (contents, "Flask"));

  RUN (&bad, export_bad);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "versus: "));
  g_assert_nonnull (strstr (bad.err, "report.md"));
  g_assert_false (g_file_test (missing_parent, G_FILE_TEST_EXISTS));

  /* Nothing but the one report was left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "report.md");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/list", test_list);
  g_test_add_func ("/cli/rank", test_rank);
  g_test_add_func ("/cli/weight", test_weight);
  g_test_add_func ("/cli/check-valid", test_check_valid);
  g_test_add_func ("/cli/check-invalid", test_check_invalid);
  g_test_add_func ("/cli/invalid-file-for-rank", test_invalid_file_for_rank);
  g_test_add_func ("/cli/file-argument", test_file_argument);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/wants-headless", test_wants_headless);
  g_test_add_func ("/cli/export", test_export);

  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/usage/%s", usage_cases[i].name);

      g_test_add_data_func (path, &usage_cases[i], test_usage_case);
    }

  return g_test_run ();
}
