/* vs-report.c: the report object, formats, and writing without losing data
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-ranking.h"
#include "vs-report-private.h"
#include "vs-selection.h"
#include "vs-view.h"

G_DEFINE_FINAL_TYPE (VsReport, vs_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (vs-report-error-quark, vs_report_error)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_SELECTION,
  PROP_VIEW,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vs_report_clear_prepared (VsReport *self)
{
  g_clear_object (&self->ranking);
  g_clear_pointer (&self->visible, g_free);
  self->n_visible = 0;
  g_clear_pointer (&self->tables, g_array_unref);
}

void
vs_report_clear_layout (VsReport *self)
{
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
}

static void
vs_report_finalize (GObject *object)
{
  VsReport *self = (VsReport *)object;

  vs_report_clear_layout (self);
  vs_report_clear_prepared (self);
  for (guint i = 0; i < VS_N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->cell_layouts, g_hash_table_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->font_map);
  g_clear_object (&self->comparison);
  g_clear_object (&self->selection);
  g_clear_object (&self->view);

  G_OBJECT_CLASS (vs_report_parent_class)->finalize (object);
}

static void
vs_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsReport *self = VS_REPORT (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    case PROP_PAPER:
      g_value_set_int (value, self->paper);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsReport *self = VS_REPORT (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      self->comparison = g_value_dup_object (value);
      break;
    case PROP_SELECTION:
      self->selection = g_value_dup_object (value);
      break;
    case PROP_VIEW:
      self->view = g_value_dup_object (value);
      break;
    case PROP_PAPER:
      vs_report_set_paper (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_constructed (GObject *object)
{
  VsReport *self = VS_REPORT (object);

  G_OBJECT_CLASS (vs_report_parent_class)->constructed (object);

  g_assert (self->comparison != NULL);

  /* A report of nothing ticked and the full comparison needs neither. */
  if (self->selection == NULL)
    self->selection = vs_selection_new ();
  if (self->view == NULL)
    self->view = vs_view_new (self->comparison);
}

static void
vs_report_class_init (VsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vs_report_constructed;
  object_class->finalize = vs_report_finalize;
  object_class->get_property = vs_report_get_property;
  object_class->set_property = vs_report_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         VS_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         VS_TYPE_SELECTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         VS_TYPE_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PAPER] =
    g_param_spec_int ("paper", NULL, NULL,
                      VS_PAPER_AUTO, VS_PAPER_LETTER, VS_PAPER_AUTO,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_report_init (VsReport *self)
{
  self->paper = VS_PAPER_AUTO;
}

/**
 * vs_report_new:
 * @comparison: the comparison
 * @selection: (nullable): the ticked requirements, or %NULL for none
 * @view: (nullable): what is shown, or %NULL for everything
 *
 * Returns: (transfer full): a report of what @view shows of @comparison,
 *   with the verdict for @selection
 */
VsReport *
vs_report_new (VsComparison *comparison,
               VsSelection  *selection,
               VsView       *view)
{
  g_return_val_if_fail (VS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (selection == NULL || VS_IS_SELECTION (selection), NULL);
  g_return_val_if_fail (view == NULL || VS_IS_VIEW (view), NULL);

  return g_object_new (VS_TYPE_REPORT,
                       "comparison", comparison,
                       "selection", selection,
                       "view", view,
                       NULL);
}

void
vs_report_set_paper (VsReport *self,
                     VsPaper   paper)
{
  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (paper >= VS_PAPER_AUTO && paper <= VS_PAPER_LETTER);

  if (self->paper == paper)
    return;

  self->paper = paper;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
}

/**
 * vs_report_format_from_path:
 * @path: a file name or path
 *
 * Returns: the format its extension names (case-insensitive), or
 *   %VS_REPORT_FORMAT_UNKNOWN
 */
VsReportFormat
vs_report_format_from_path (const char *path)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, VS_REPORT_FORMAT_UNKNOWN);

  lower = g_utf8_strdown (path, -1);

  /* ".decision.md" first: it also ends in ".md". */
  if (g_str_has_suffix (lower, ".decision.md"))
    return VS_REPORT_FORMAT_DECISION;
  if (g_str_has_suffix (lower, ".md"))
    return VS_REPORT_FORMAT_MARKDOWN;
  if (g_str_has_suffix (lower, ".pdf"))
    return VS_REPORT_FORMAT_PDF;
  if (g_str_has_suffix (lower, ".csv"))
    return VS_REPORT_FORMAT_CSV;

  return VS_REPORT_FORMAT_UNKNOWN;
}

const char *
vs_report_format_get_suffix (VsReportFormat format)
{
  switch (format)
    {
    case VS_REPORT_FORMAT_PDF:      return ".pdf";
    case VS_REPORT_FORMAT_MARKDOWN: return ".md";
    case VS_REPORT_FORMAT_CSV:      return ".csv";
    case VS_REPORT_FORMAT_DECISION: return ".decision.md";
    case VS_REPORT_FORMAT_UNKNOWN:
    default:                        return NULL;
    }
}

static void
vs_table_clear (gpointer data)
{
  VsTable *table = data;

  g_clear_pointer (&table->rows, g_ptr_array_unref);
}

/* Freezes what the view shows and the ranking, for one rendering. */
void
vs_report_prepare (VsReport *self)
{
  GListModel *categories;
  guint n_categories;

  vs_report_clear_prepared (self);

  self->ranking = vs_ranking_new (self->comparison, self->selection);
  self->visible = vs_view_dup_visible_subjects (self->view, &self->n_visible);

  categories = vs_comparison_get_categories (self->comparison);
  n_categories = g_list_model_get_n_items (categories);
  self->tables = g_array_sized_new (FALSE, TRUE, sizeof (VsTable), n_categories);
  g_array_set_clear_func (self->tables, vs_table_clear);

  for (guint i = 0; i < n_categories; i++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);
      VsTable table;

      table.category = category;  /* the comparison keeps it alive */
      table.rows = vs_view_dup_rows (self->view, category);
      if (table.rows == NULL || table.rows->len == 0)
        {
          g_clear_pointer (&table.rows, g_ptr_array_unref);
          continue;
        }
      g_array_append_val (self->tables, table);
    }
}

/* "(must)" or "(nice ×3)" for a ticked criterion, else NULL. */
char *
vs_report_dup_requirement (VsReport    *self,
                           VsCriterion *criterion)
{
  const char *id = vs_criterion_get_id (criterion);
  VsRequirementKind kind = vs_selection_get_kind (self->selection, id);

  switch (kind)
    {
    case VS_REQUIREMENT_MUST:
      return g_strdup (_("(must)"));
    case VS_REQUIREMENT_NICE:
      /* TRANSLATORS: a ticked nice-to-have and its weight */
      return g_strdup_printf (_("(nice ×%u)"),
                              vs_selection_get_weight (self->selection, id));
    case VS_REQUIREMENT_NONE:
    default:
      return NULL;
    }
}

gboolean
vs_report_subject_is_best (VsReport *self,
                           guint     subject_index)
{
  VsSubject *subject = vs_comparison_get_subject (self->comparison, subject_index);
  const VsResult *result;

  if (!vs_ranking_has_verdict (self->ranking))
    return FALSE;

  result = vs_ranking_lookup (self->ranking, subject);
  return result != NULL && result->best && !result->excluded;
}

/* Writing. The report goes to a new file beside the target, created
 * exclusively, and is renamed over the target only once it is complete:
 * a failure leaves neither a partial file nor a stray temporary one, and
 * whatever was at the target stays as it was. (g_file_replace () would
 * write a new target in place, so a failure could leave half a file.) */

static GFile *
create_temporary (GFile              *file,
                  GFileOutputStream **stream,
                  GCancellable       *cancellable,
                  GError            **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);

  if (parent == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("Not a file"));
      return NULL;
    }

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GFile) tmp = NULL;
      g_autoptr(GError) local_error = NULL;

      name = g_strdup_printf (".%s.%06X", basename, g_random_int_range (0, 0xFFFFFF));
      tmp = g_file_get_child (parent, name);
      *stream = g_file_create (tmp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (*stream != NULL)
        return g_steal_pointer (&tmp);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("Could not create a temporary file"));
  return NULL;
}

static gboolean
write_text (const char     *text,
            GOutputStream  *stream,
            GCancellable   *cancellable,
            GError        **error)
{
  return g_output_stream_write_all (stream, text, strlen (text), NULL,
                                    cancellable, error);
}

/**
 * vs_report_write:
 * @file: the target
 * @format: the format, for instance from vs_report_format_from_path ()
 *
 * Writes the report to @file. On failure nothing is left at @file (an
 * existing file is untouched) and @error says which path and why.
 *
 * Returns: whether the report was written
 */
gboolean
vs_report_write (VsReport        *self,
                 GFile           *file,
                 VsReportFormat   format,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) tmp = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (VS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);

  if (format == VS_REPORT_FORMAT_UNKNOWN)
    {
      g_set_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_FORMAT,
                   _("%s: unknown report format: use a name ending in .pdf, .md, .decision.md or .csv"),
                   name);
      return FALSE;
    }

  tmp = create_temporary (file, &stream, cancellable, &local_error);
  if (tmp != NULL)
    {
      g_autofree char *text = NULL;

      switch (format)
        {
        case VS_REPORT_FORMAT_PDF:
          ok = vs_report_write_pdf (self, G_OUTPUT_STREAM (stream),
                                    cancellable, &local_error);
          break;
        case VS_REPORT_FORMAT_MARKDOWN:
          text = vs_report_to_markdown (self);
          break;
        case VS_REPORT_FORMAT_CSV:
          text = vs_report_to_csv (self);
          break;
        case VS_REPORT_FORMAT_DECISION:
          text = vs_report_to_decision_record (self);
          break;
        case VS_REPORT_FORMAT_UNKNOWN:
        default:
          g_assert_not_reached ();
        }

      if (text != NULL)
        ok = write_text (text, G_OUTPUT_STREAM (stream), cancellable, &local_error);

      if (ok)
        ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);
      else
        g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);

      if (ok)
        ok = g_file_move (tmp, file, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, &local_error);

      if (!ok)
        g_file_delete (tmp, NULL, NULL);
    }

  if (!ok)
    {
      g_set_error (error, VS_REPORT_ERROR, VS_REPORT_ERROR_WRITE,
                   _("%s: could not write the report: %s"),
                   name, local_error != NULL ? local_error->message : _("unknown error"));
      return FALSE;
    }

  return TRUE;
}
