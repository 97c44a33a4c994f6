/* vs-cli.c: the command line that needs no display
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "vs-category.h"
#include "vs-cli.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-loader.h"
#include "vs-ranking.h"
#include "vs-report.h"
#include "vs-selection.h"
#include "vs-subject.h"
#include "vs-view.h"

/* Exit codes */
#define EXIT_OK      0
#define EXIT_INVALID 1  /* an invalid file, or a file that could not be read or written */
#define EXIT_USAGE   2  /* the command line itself is wrong */

/* How many valid ids an "unknown id" message lists before it stops. */
#define MAX_LISTED_IDS 40

typedef struct
{
  gboolean   check;
  gboolean   list;
  gboolean   rank;
  gboolean   only_differences;
  gboolean   version;
  char     **require;
  char     **must;
  char     **weight;
  char      *export;
  char      *subjects;
  char      *paper;
  char     **files;
} Options;

/* What the GTK application registers too, so that its --help lists them.
 * arg_data is filled in by vs_cli_main(), per call. */
static const GOptionEntry cli_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check that each FILE is a valid comparison and print every error and warning"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the criteria, one a line: ID, category ID and name, separated by tabs"), NULL },
  { "require", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Tick criteria as nice-to-haves (repeatable)"), N_("ID[,ID…]") },
  { "must", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Tick criteria as must-haves (repeatable)"), N_("ID[,ID…]") },
  { "weight", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Give a ticked criterion a weight from 1 to 5 (repeatable)"), N_("ID=N") },
  { "rank", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the ranking for the ticked criteria as JSON"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a report; the name chooses the format: .pdf, .md, .csv or .decision.md"), N_("PATH") },
  { "subjects", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: show only these subjects"), N_("ID[,ID…]") },
  { "only-differences", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: leave out the criteria on which every shown subject agrees"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PDF: the paper size, a4 or letter"), N_("SIZE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

/**
 * vs_cli_get_entries:
 *
 * The command-line options of Versus, for the application to register
 * with g_application_add_main_option_entries() so that `--help` lists
 * them. Their arg_data is %NULL. Descriptions are marked with N_() in the
 * GETTEXT_PACKAGE domain.
 *
 * Returns: (transfer none) (array zero-terminated=1): the entries
 */
const GOptionEntry *
vs_cli_get_entries (void)
{
  return cli_entries;
}

/**
 * vs_cli_wants_headless:
 *
 * Returns: %TRUE when @argv asks for something done without a window:
 *   --check, --list, --rank, --export, --version or --help
 */
gboolean
vs_cli_wants_headless (int    argc,
                       char **argv)
{
  static const char * const exact[] = {
    "--check", "--list", "--rank", "--export", "--version",
    "--help", "--help-all", "-h", "-?",
  };

  for (int i = 1; i < argc && argv[i] != NULL; i++)
    {
      /* After "--" everything is a file name. */
      if (strcmp (argv[i], "--") == 0)
        break;

      if (g_str_has_prefix (argv[i], "--export="))
        return TRUE;

      for (guint j = 0; j < G_N_ELEMENTS (exact); j++)
        if (strcmp (argv[i], exact[j]) == 0)
          return TRUE;
    }

  return FALSE;
}

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->require, g_strfreev);
  g_clear_pointer (&options->must, g_strfreev);
  g_clear_pointer (&options->weight, g_strfreev);
  g_clear_pointer (&options->export, g_free);
  g_clear_pointer (&options->subjects, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}

static gpointer
arg_data_for (Options    *options,
              const char *long_name)
{
  const struct { const char *name; gpointer data; } table[] = {
    { "check", &options->check },
    { "list", &options->list },
    { "require", &options->require },
    { "must", &options->must },
    { "weight", &options->weight },
    { "rank", &options->rank },
    { "export", &options->export },
    { "subjects", &options->subjects },
    { "only-differences", &options->only_differences },
    { "paper", &options->paper },
    { "version", &options->version },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (strcmp (table[i].name, long_name) == 0)
      return table[i].data;

  g_assert_not_reached ();
}

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the prefix of every command-line usage error */
  g_printerr (_("versus: %s\n"), message);

  return EXIT_USAGE;
}

/* "a, b, c … and 12 more" */
static char *
list_valid_ids (GListModel  *model,
                const char *(*get_id) (gpointer))
{
  GString *string = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n && i < MAX_LISTED_IDS; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append (string, ", ");
      g_string_append (string, get_id (item));
    }

  if (n > MAX_LISTED_IDS)
    /* Translators: ends a list of ids that was cut short */
    g_string_append_printf (string, _(" … and %u more (see versus --list)"), n - MAX_LISTED_IDS);

  return g_string_free (string, FALSE);
}

static const char *
criterion_id (gpointer criterion)
{
  return vs_criterion_get_id (criterion);
}

static const char *
subject_id (gpointer subject)
{
  return vs_subject_get_id (subject);
}

static void
print_diagnostics (GPtrArray  *diagnostics,
                   const char *file_name)
{
  if (diagnostics == NULL)
    return;

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = vs_diagnostic_format (g_ptr_array_index (diagnostics, i), file_name);

      g_printerr ("%s\n", line);
    }
}

/* Loads @path (as typed), or the bundled comparison when it is %NULL;
 * prints every error and warning on stderr. */
static VsComparison *
load (const char *path)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  VsComparison *comparison;

  if (path == NULL)
    {
      comparison = vs_load_bundled (&error);
      if (comparison == NULL)
        g_printerr ("%s\n", error->message);
      return comparison;
    }

  file = g_file_new_for_commandline_arg (path);
  comparison = vs_load_file (file, NULL, &diagnostics, &error);

  if (diagnostics != NULL && diagnostics->len > 0)
    print_diagnostics (diagnostics, path);
  else if (error != NULL)
    g_printerr ("%s\n", error->message);

  return comparison;
}

static int
run_check (char **files)
{
  int status = EXIT_OK;

  if (files == NULL || files[0] == NULL)
    return usage_error (_("--check needs at least one FILE"));

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(VsComparison) comparison = load (files[i]);

      if (comparison == NULL)
        status = EXIT_INVALID;
    }

  return status;
}

/* Ticks each id of @values (each "ID[,ID…]") with @kind. */
static int
tick_all (VsComparison       *comparison,
          VsSelection        *selection,
          char              **values,
          const char         *option,
          VsRequirementKind   kind)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) ids = g_strsplit (values[i], ",", -1);

      for (guint j = 0; ids[j] != NULL; j++)
        {
          const char *id = g_strstrip (ids[j]);

          if (*id == '\0')
            continue;

          if (vs_comparison_find_criterion (comparison, id) == NULL)
            {
              g_autofree char *valid = list_valid_ids (vs_comparison_get_criteria (comparison),
                                                       criterion_id);

              return usage_error (_("%s: unknown criterion “%s”; the criteria are: %s"),
                                  option, id, valid);
            }

          vs_selection_set_kind (selection, id, kind);
        }
    }

  return EXIT_OK;
}

static int
apply_weights (VsComparison  *comparison,
               VsSelection   *selection,
               char         **values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      const char *equals = strchr (values[i], '=');
      g_autofree char *id = NULL;
      guint64 weight;

      if (equals == NULL)
        return usage_error (_("--weight=%s: expected ID=N, such as --weight=sql-databases=3"),
                            values[i]);

      id = g_strndup (values[i], equals - values[i]);

      if (!g_ascii_string_to_unsigned (equals + 1, 10, VS_WEIGHT_MIN, VS_WEIGHT_MAX, &weight, NULL))
        return usage_error (_("--weight=%s: the weight must be a whole number from %d to %d"),
                            values[i], VS_WEIGHT_MIN, VS_WEIGHT_MAX);

      if (vs_comparison_find_criterion (comparison, id) == NULL)
        {
          g_autofree char *valid = list_valid_ids (vs_comparison_get_criteria (comparison),
                                                   criterion_id);

          return usage_error (_("--weight: unknown criterion “%s”; the criteria are: %s"),
                              id, valid);
        }

      if (vs_selection_get_kind (selection, id) == VS_REQUIREMENT_NONE)
        return usage_error (_("--weight=%s: “%s” is not ticked; tick it with --require or --must"),
                            values[i], id);

      vs_selection_set_weight (selection, id, (guint)weight);
    }

  return EXIT_OK;
}

static void
print_list (VsComparison *comparison)
{
  GListModel *criteria = vs_comparison_get_criteria (comparison);
  guint n = g_list_model_get_n_items (criteria);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsCriterion) criterion = g_list_model_get_item (criteria, i);
      VsCategory *category = vs_criterion_get_category (criterion);

      g_string_append_printf (out, "%s\t%s\t%s\n",
                              vs_criterion_get_id (criterion),
                              category ? vs_category_get_id (category) : "",
                              vs_criterion_get_name (criterion));
    }

  /* Data, not a message: the bytes as they are, whatever the locale. */
  fwrite (out->str, 1, out->len, stdout);
  g_string_free (out, TRUE);
}

static int
parse_paper (const char *paper,
             VsPaper    *result)
{
  *result = VS_PAPER_AUTO;

  if (paper == NULL)
    return EXIT_OK;

  if (g_ascii_strcasecmp (paper, "a4") == 0)
    *result = VS_PAPER_A4;
  else if (g_ascii_strcasecmp (paper, "letter") == 0)
    *result = VS_PAPER_LETTER;
  else
    return usage_error (_("--paper=%s: the paper size must be a4 or letter"), paper);

  return EXIT_OK;
}

static int
apply_subjects (VsComparison *comparison,
                VsView       *view,
                const char   *subjects)
{
  g_auto(GStrv) ids = NULL;
  guint n_subjects = vs_comparison_get_n_subjects (comparison);
  g_autofree gboolean *shown = NULL;
  gboolean any = FALSE;

  if (subjects == NULL)
    return EXIT_OK;

  ids = g_strsplit (subjects, ",", -1);
  shown = g_new0 (gboolean, MAX (n_subjects, 1));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);
      VsSubject *subject;

      if (*id == '\0')
        continue;

      subject = vs_comparison_find_subject (comparison, id);
      if (subject == NULL)
        {
          g_autofree char *valid = list_valid_ids (vs_comparison_get_subjects (comparison),
                                                   subject_id);

          return usage_error (_("--subjects: unknown subject “%s”; the subjects are: %s"),
                              id, valid);
        }

      shown[vs_subject_get_index (subject)] = TRUE;
      any = TRUE;
    }

  if (!any)
    return usage_error (_("--subjects needs at least one subject id"));

  for (guint s = 0; s < n_subjects; s++)
    vs_view_set_subject_visible (view, s, shown[s]);

  return EXIT_OK;
}

static int
run_export (VsComparison *comparison,
            VsSelection  *selection,
            VsView       *view,
            const char   *path,
            VsPaper       paper)
{
  g_autoptr(VsReport) report = vs_report_new (comparison, selection, view);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  vs_report_set_paper (report, paper);

  if (!vs_report_write (report, file, vs_report_format_from_path (path), NULL, &error))
    {
      g_printerr (_("versus: %s\n"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}

static int
run (Options *options)
{
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(VsSelection) selection = NULL;
  g_autoptr(VsView) view = NULL;
  VsPaper paper;
  int status;

  if (options->version)
    {
      g_print ("versus %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (options->check)
    return run_check (options->files);

  if (options->files != NULL && options->files[0] != NULL && options->files[1] != NULL)
    return usage_error (_("give at most one FILE (to check several, use --check)"));

  if (!options->list && !options->rank && options->export == NULL)
    return usage_error (_("nothing to do: use --list, --rank, --export or --check (see --help)"));

  if (options->export == NULL &&
      (options->subjects != NULL || options->only_differences || options->paper != NULL))
    return usage_error (_("--subjects, --only-differences and --paper go with --export"));

  /* Mistakes that need no file first. */
  if (options->export != NULL &&
      vs_report_format_from_path (options->export) == VS_REPORT_FORMAT_UNKNOWN)
    return usage_error (_("--export=%s: unknown report format; use a name ending in .pdf, .md, .csv or .decision.md"),
                        options->export);

  if ((status = parse_paper (options->paper, &paper)) != EXIT_OK)
    return status;

  comparison = load (options->files ? options->files[0] : NULL);
  if (comparison == NULL)
    return EXIT_INVALID;

  selection = vs_selection_new ();
  if ((status = tick_all (comparison, selection, options->require, "--require", VS_REQUIREMENT_NICE)) != EXIT_OK ||
      (status = tick_all (comparison, selection, options->must, "--must", VS_REQUIREMENT_MUST)) != EXIT_OK ||
      (status = apply_weights (comparison, selection, options->weight)) != EXIT_OK)
    return status;

  view = vs_view_new (comparison);
  vs_view_set_only_differences (view, options->only_differences);
  if ((status = apply_subjects (comparison, view, options->subjects)) != EXIT_OK)
    return status;

  if (options->list)
    print_list (comparison);

  if (options->rank)
    {
      g_autoptr(VsRanking) ranking = vs_ranking_new (comparison, selection);
      g_autofree char *json = vs_ranking_to_json (ranking);

      fputs (json, stdout);
      fputc ('\n', stdout);
    }

  if (fflush (stdout) != 0)
    {
      g_printerr (_("versus: could not write to the standard output\n"));
      return EXIT_INVALID;
    }

  if (options->export != NULL)
    return run_export (comparison, selection, view, options->export, paper);

  return EXIT_OK;
}

/**
 * vs_cli_main:
 *
 * Runs `versus [OPTIONS] [FILE...]` without a display. A FILE is a
 * comparison; without one, the bundled comparison is used.
 *
 * Returns: the exit status: 0 on success, 1 for an invalid file or an
 *   I/O failure, 2 for a usage error (messages start with "versus: ")
 */
int
vs_cli_main (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[G_N_ELEMENTS (cli_entries) + 1];
  Options options = { 0 };
  guint n = 0;
  int status;

  g_return_val_if_fail (argc >= 0, EXIT_USAGE);

  for (guint i = 0; cli_entries[i].long_name != NULL; i++)
    {
      entries[n] = cli_entries[i];
      entries[n].arg_data = arg_data_for (&options, cli_entries[i].long_name);
      n++;
    }
  entries[n++] = (GOptionEntry) { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY,
                                  &options.files, NULL, NULL };
  entries[n] = (GOptionEntry) { NULL };

  /* Translators: the arguments in "versus [OPTION…] [FILE…]" */
  context = g_option_context_new (_("[FILE…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Compare technologies side by side. Without FILE, the bundled\n"
                                  "comparison (Django vs. Flask) is used."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 on success, 1 for an invalid file or a file that\n"
                                      "could not be read or written, 2 for a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = usage_error ("%s", error->message);
      options_clear (&options);
      return status;
    }

  status = run (&options);
  options_clear (&options);

  return status;
}
