/* vs-report-text.c: the report as Markdown, CSV and a MADR decision record
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
#include "vs-source.h"
#include "vs-subject.h"

/* Markdown (CommonMark with GFM tables) ------------------------------ */

/* Characters that could start markup anywhere in a line. '|' only
 * matters in tables but escaping it elsewhere is harmless. */
#define MD_INLINE_SPECIALS "\\`*_[]<>|~&!"

/* Characters that start a block when they open a line: headings, lists,
 * quotes, thematic breaks and setext underlines. */
#define MD_BLOCK_SPECIALS "#+-=>"

static void
md_append_line (GString    *out,
                const char *line,
                gsize       len)
{
  const char *end = line + len;
  const char *p = line;
  const char *digits;

  /* Leading blanks would make an indented code block. */
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  /* "1." or "1)" at the start makes an ordered list. */
  digits = p;
  while (p < end && g_ascii_isdigit (*p))
    p++;
  if (p > digits && p < end && (*p == '.' || *p == ')'))
    {
      g_string_append_len (out, digits, p - digits);
      g_string_append_c (out, '\\');
    }
  else
    {
      p = digits;
      if (p < end && strchr (MD_BLOCK_SPECIALS, *p) != NULL)
        g_string_append_c (out, '\\');
    }

  for (; p < end; p++)
    {
      if (*p != '\0' && strchr (MD_INLINE_SPECIALS, *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/**
 * vs_report_markdown_escape:
 * @text: plain text
 * @in_table: whether it goes in a table cell
 *
 * Escapes @text so CommonMark shows it as it is. In a table cell line
 * breaks become `<br>`; elsewhere each line is kept and escaped.
 */
char *
vs_report_markdown_escape (const char *text,
                           gboolean    in_table)
{
  GString *out = g_string_new (NULL);
  const char *line = text != NULL ? text : "";

  for (;;)
    {
      const char *nl = strpbrk (line, "\r\n");
      gsize len = nl != NULL ? (gsize) (nl - line) : strlen (line);

      md_append_line (out, line, len);
      if (nl == NULL)
        break;

      line = nl + 1;
      if (nl[0] == '\r' && nl[1] == '\n')
        line++;
      g_string_append (out, in_table ? "<br>" : "\n");
    }

  /* A trailing blank line would end a table row or a paragraph early. */
  while (out->len > 0 && (out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static void
md_append (GString    *out,
           const char *text,
           gboolean    in_table)
{
  g_autofree char *escaped = vs_report_markdown_escape (text, in_table);

  g_string_append (out, escaped);
}

/* A paragraph, when there is text. */
static void
md_append_paragraph (GString    *out,
                     const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  md_append (out, text, FALSE);
  g_string_append (out, "\n\n");
}

/* The start of each Markdown report: the comparison's title. */
static GString *
md_begin (VsReport *self)
{
  GString *out = g_string_new ("# ");

  vs_report_prepare (self);
  md_append (out, vs_comparison_get_title (self->comparison), TRUE);
  g_string_append (out, "\n\n");

  return out;
}

/* A link destination in angle brackets: no spaces, no '<' or '>'. */
static void
md_append_url (GString    *out,
               const char *url)
{
  g_string_append_c (out, '<');
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == '<' || *p == '>' || *p == ' ' || *p == '\n' || *p == '\r' || *p == '\\')
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '>');
}

static const char *
subject_name (VsReport *self,
              guint     subject_index)
{
  return vs_subject_get_name (vs_comparison_get_subject (self->comparison, subject_index));
}

static guint
source_number (VsReport *self,
               VsSource *source)
{
  return vs_source_get_index (source) + 1;
}

/* "Rapid prototyping (must)" */
static char *
dup_criterion_label (VsReport    *self,
                     VsCriterion *criterion)
{
  g_autofree char *requirement = vs_report_dup_requirement (self, criterion);

  if (requirement == NULL)
    return g_strdup (vs_criterion_get_name (criterion));

  return g_strdup_printf ("%s %s", vs_criterion_get_name (criterion), requirement);
}

static void
md_append_requirements (VsReport *self,
                        GString  *out,
                        gboolean  decision)
{
  GListModel *criteria = vs_comparison_get_criteria (self->comparison);
  guint n = g_list_model_get_n_items (criteria);
  guint n_listed = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsCriterion) criterion = g_list_model_get_item (criteria, i);
      const char *id = vs_criterion_get_id (criterion);
      VsRequirementKind kind = vs_selection_get_kind (self->selection, id);

      if (kind == VS_REQUIREMENT_NONE)
        continue;

      g_string_append (out, decision ? "* " : "- ");
      if (kind == VS_REQUIREMENT_MUST)
        g_string_append (out, _("Must have: "));
      else
        g_string_append (out, _("Nice to have: "));
      md_append (out, vs_criterion_get_name (criterion), FALSE);
      if (kind == VS_REQUIREMENT_NICE)
        g_string_append_printf (out, _(" (weight %u)"),
                                vs_selection_get_weight (self->selection, id));
      g_string_append_c (out, '\n');
      n_listed++;
    }

  if (n_listed == 0)
    {
      g_string_append (out, decision ? "* " : "");
      g_string_append (out, _("No requirements selected."));
      g_string_append_c (out, '\n');
    }
}

static void
md_append_verdict (VsReport *self,
                   GString  *out)
{
  g_autofree char *verdict = vs_ranking_dup_verdict (self->ranking);
  g_autofree char *flip = NULL;

  g_string_append_printf (out, "## %s\n\n", _("Verdict"));
  g_string_append_printf (out, "### %s\n\n", _("Requirements"));
  md_append_requirements (self, out, FALSE);
  g_string_append_c (out, '\n');

  if (!vs_ranking_has_verdict (self->ranking))
    return;

  g_string_append (out, "**");
  md_append (out, verdict, FALSE);
  g_string_append (out, "**\n\n");

  for (guint i = 0; i < vs_ranking_get_n_results (self->ranking); i++)
    {
      const VsResult *result = vs_ranking_get_result (self->ranking, i);
      g_autofree char *explanation = vs_ranking_dup_explanation (self->ranking, result->subject);

      g_string_append (out, "- **");
      md_append (out, vs_subject_get_name (result->subject), FALSE);
      g_string_append (out, "**: ");
      md_append (out, explanation, TRUE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');

  flip = vs_ranking_dup_flip_text (self->ranking);
  if (flip != NULL && *flip != '\0')
    {
      g_string_append_printf (out, "%s ", _("What would change it:"));
      md_append (out, flip, FALSE);
      g_string_append (out, "\n\n");
    }
}

/* "✓ Yes [1] — the note" */
static void
md_append_cell (VsReport    *self,
                GString     *out,
                VsCriterion *criterion,
                guint        subject_index)
{
  VsLevel level = vs_criterion_get_level (criterion, subject_index);
  VsSource *source = vs_criterion_get_source (criterion, subject_index);
  const char *note = vs_criterion_get_note (criterion, subject_index);

  g_string_append_printf (out, "%s %s", vs_level_get_glyph (level), vs_level_get_label (level));
  if (source != NULL)
    g_string_append_printf (out, " \\[%u\\]", source_number (self, source));
  if (vs_criterion_get_opinion (criterion, subject_index))
    g_string_append_printf (out, " %s", _("(opinion)"));
  if (note != NULL && *note != '\0')
    {
      g_string_append (out, " — ");
      md_append (out, note, TRUE);
    }
}

static void
md_append_table (VsReport *self,
                 GString  *out,
                 VsTable  *table)
{
  const char *description = vs_category_get_description (table->category);

  g_string_append (out, "## ");
  md_append (out, vs_category_get_name (table->category), TRUE);
  g_string_append (out, "\n\n");
  md_append_paragraph (out, description);

  g_string_append_printf (out, "| %s |", _("Criterion"));
  for (guint s = 0; s < self->n_visible; s++)
    {
      g_string_append_c (out, ' ');
      md_append (out, subject_name (self, self->visible[s]), TRUE);
      if (vs_report_subject_is_best (self, self->visible[s]))
        g_string_append_printf (out, " ★ %s", _("Best match"));
      g_string_append (out, " |");
    }
  g_string_append (out, "\n| --- |");
  for (guint s = 0; s < self->n_visible; s++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < table->rows->len; r++)
    {
      VsCriterion *criterion = g_ptr_array_index (table->rows, r);
      g_autofree char *label = dup_criterion_label (self, criterion);

      g_string_append (out, "| ");
      md_append (out, label, TRUE);
      g_string_append (out, " |");
      for (guint s = 0; s < self->n_visible; s++)
        {
          g_string_append_c (out, ' ');
          md_append_cell (self, out, criterion, self->visible[s]);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
md_append_list (GString            *out,
                const char         *heading,
                const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  g_string_append_printf (out, "%s\n\n", heading);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (out, "- ");
      md_append (out, items[i], TRUE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
md_append_subjects (VsReport *self,
                    GString  *out)
{
  g_string_append_printf (out, "## %s\n\n", _("Subjects"));

  for (guint s = 0; s < self->n_visible; s++)
    {
      VsSubject *subject = vs_comparison_get_subject (self->comparison, self->visible[s]);
      const char *summary = vs_subject_get_summary (subject);
      const char *url = vs_subject_get_url (subject);

      g_string_append (out, "### ");
      md_append (out, vs_subject_get_name (subject), TRUE);
      g_string_append (out, "\n\n");
      md_append_paragraph (out, summary);
      if (url != NULL && *url != '\0')
        {
          md_append_url (out, url);
          g_string_append (out, "\n\n");
        }
      md_append_list (out, _("Drawbacks:"), vs_subject_get_drawbacks (subject));
      md_append_list (out, _("Used by:"), vs_subject_get_used_by (subject));
    }
}

static void
md_append_sources (VsReport *self,
                   GString  *out)
{
  GListModel *sources = vs_comparison_get_sources (self->comparison);
  guint n = g_list_model_get_n_items (sources);

  if (n == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Sources"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsSource) source = g_list_model_get_item (sources, i);
      const char *url = vs_source_get_url (source);

      g_string_append_printf (out, "%u. ", i + 1);
      if (url != NULL && *url != '\0')
        {
          g_string_append_c (out, '[');
          md_append (out, vs_source_get_title (source), TRUE);
          g_string_append (out, "](");
          md_append_url (out, url);
          g_string_append_c (out, ')');
        }
      else
        md_append (out, vs_source_get_title (source), TRUE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
md_append_provenance (VsReport *self,
                      GString  *out)
{
  const char *file_name = vs_comparison_get_file_name (self->comparison);
  const char *sha256 = vs_comparison_get_sha256 (self->comparison);
  g_autofree char *short_sha = sha256 != NULL ? g_strndup (sha256, 12) : NULL;
  g_autofree char *line = NULL;

  /* TRANSLATORS: the comparison file's name, the start of its SHA-256 and the app's version */
  line = g_strdup_printf (_("From %s (SHA-256 %s), by Versus %s."),
                          file_name != NULL ? file_name : _("an unsaved comparison"),
                          short_sha != NULL ? short_sha : "–",
                          PACKAGE_VERSION);
  g_string_append (out, "---\n\n");
  md_append (out, line, FALSE);
  g_string_append_c (out, '\n');
}

/**
 * vs_report_to_markdown:
 *
 * Returns: (transfer full): the report as CommonMark with GFM tables
 */
char *
vs_report_to_markdown (VsReport *self)
{
  GString *out;
  const char *description;

  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  out = md_begin (self);

  description = vs_comparison_get_description (self->comparison);
  md_append_paragraph (out, description);

  g_string_append_printf (out, "**%s** ", _("Compared:"));
  for (guint s = 0; s < self->n_visible; s++)
    {
      if (s > 0)
        g_string_append (out, ", ");
      md_append (out, subject_name (self, self->visible[s]), TRUE);
    }
  g_string_append (out, "\n\n");

  md_append_verdict (self, out);

  for (guint t = 0; t < self->tables->len; t++)
    md_append_table (self, out, &g_array_index (self->tables, VsTable, t));

  md_append_subjects (self, out);
  md_append_sources (self, out);
  md_append_provenance (self, out);

  return g_string_free (out, FALSE);
}

/* CSV (RFC 4180) -------------------------------------------------------
 *
 * Columns: category, criterion, one per visible subject, notes. The
 * header and the level values are machine-readable and never translated:
 * "yes", "partial", "no" and "not stated" (the source is silent, which is
 * not "no"). Notes are joined as "Subject: note; Subject: note". Lines
 * end in CRLF; a field with a comma, a quote, CR or LF is quoted with
 * inner quotes doubled. */

void
vs_report_csv_append_field (GString    *out,
                            const char *field)
{
  if (field == NULL)
    field = "";

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const char *
csv_level (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return "yes";
    case VS_LEVEL_PARTIAL: return "partial";
    case VS_LEVEL_NO:      return "no";
    case VS_LEVEL_UNKNOWN: return "not stated";
    default:               g_return_val_if_reached ("not stated");
    }
}

/**
 * vs_report_to_csv:
 *
 * Returns: (transfer full): the tables as RFC 4180 CSV
 */
char *
vs_report_to_csv (VsReport *self)
{
  GString *out;

  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  vs_report_prepare (self);
  out = g_string_new ("category,criterion");

  for (guint s = 0; s < self->n_visible; s++)
    {
      g_string_append_c (out, ',');
      vs_report_csv_append_field (out, subject_name (self, self->visible[s]));
    }
  g_string_append (out, ",notes\r\n");

  for (guint t = 0; t < self->tables->len; t++)
    {
      VsTable *table = &g_array_index (self->tables, VsTable, t);

      for (guint r = 0; r < table->rows->len; r++)
        {
          VsCriterion *criterion = g_ptr_array_index (table->rows, r);
          g_autoptr(GString) notes = g_string_new (NULL);

          vs_report_csv_append_field (out, vs_category_get_name (table->category));
          g_string_append_c (out, ',');
          vs_report_csv_append_field (out, vs_criterion_get_name (criterion));

          for (guint s = 0; s < self->n_visible; s++)
            {
              const char *note = vs_criterion_get_note (criterion, self->visible[s]);

              g_string_append_c (out, ',');
              g_string_append (out, csv_level (vs_criterion_get_level (criterion, self->visible[s])));

              if (note != NULL && *note != '\0')
                g_string_append_printf (notes, "%s%s: %s",
                                        notes->len > 0 ? "; " : "",
                                        subject_name (self, self->visible[s]), note);
            }

          g_string_append_c (out, ',');
          vs_report_csv_append_field (out, notes->str);
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free (out, FALSE);
}

/* The decision record (MADR) ------------------------------------------- */

static void
decision_append_outcome (VsReport *self,
                         GString  *out)
{
  g_autofree char *verdict = vs_ranking_dup_verdict (self->ranking);
  GPtrArray *best;

  g_string_append_printf (out, "## %s\n\n", _("Decision Outcome"));

  best = vs_ranking_has_verdict (self->ranking) ? vs_ranking_get_best (self->ranking) : NULL;

  if (best != NULL && best->len == 1)
    {
      VsSubject *chosen = g_ptr_array_index (best, 0);
      g_autofree char *because = vs_ranking_dup_explanation (self->ranking, chosen);
      g_autofree char *name = vs_report_markdown_escape (vs_subject_get_name (chosen), TRUE);
      g_autofree char *reason = vs_report_markdown_escape (because, TRUE);

      /* TRANSLATORS: MADR's fixed phrase; the option's name and why */
      g_string_append_printf (out, _("Chosen option: \"%s\", because %s"), name, reason);
      g_string_append (out, "\n\n");
    }
  else
    {
      /* A tie, nothing ticked, or every option excluded: no decision. */
      if (vs_ranking_get_n_ticked (self->ranking) == 0)
        g_string_append (out, _("No option chosen: no requirements were selected."));
      else
        {
          g_string_append (out, _("No option chosen."));
          g_string_append_c (out, ' ');
          md_append (out, verdict, FALSE);
        }
      g_string_append (out, "\n\n");
    }

  if (vs_ranking_has_verdict (self->ranking))
    {
      g_autofree char *flip = vs_ranking_dup_flip_text (self->ranking);

      if (flip != NULL && *flip != '\0')
        {
          g_string_append_printf (out, "%s ", _("What would change it:"));
          md_append (out, flip, FALSE);
          g_string_append (out, "\n\n");
        }
    }
}

static void
decision_append_pros_cons (VsReport *self,
                           GString  *out)
{
  g_string_append_printf (out, "## %s\n\n", _("Pros and Cons of the Options"));

  for (guint s = 0; s < self->n_visible; s++)
    {
      guint subject_index = self->visible[s];
      VsSubject *subject = vs_comparison_get_subject (self->comparison, subject_index);
      const char *summary = vs_subject_get_summary (subject);

      g_string_append (out, "### ");
      md_append (out, vs_subject_get_name (subject), TRUE);
      g_string_append (out, "\n\n");
      md_append_paragraph (out, summary);

      for (guint t = 0; t < self->tables->len; t++)
        {
          VsTable *table = &g_array_index (self->tables, VsTable, t);

          for (guint r = 0; r < table->rows->len; r++)
            {
              VsCriterion *criterion = g_ptr_array_index (table->rows, r);
              VsLevel level = vs_criterion_get_level (criterion, subject_index);
              const char *note = vs_criterion_get_note (criterion, subject_index);
              g_autofree char *label = dup_criterion_label (self, criterion);

              g_string_append (out, "* ");
              switch (level)
                {
                case VS_LEVEL_YES:
                  g_string_append (out, _("Good, because it has: "));
                  break;
                case VS_LEVEL_PARTIAL:
                  g_string_append (out, _("Neutral, because it has in part: "));
                  break;
                case VS_LEVEL_NO:
                  g_string_append (out, _("Bad, because it lacks: "));
                  break;
                case VS_LEVEL_UNKNOWN:
                default:
                  /* Silence in the sources is not a "no". */
                  g_string_append (out, _("Unknown, because the sources do not state: "));
                  break;
                }
              md_append (out, label, TRUE);
              if (note != NULL && *note != '\0')
                {
                  g_string_append (out, " — ");
                  md_append (out, note, TRUE);
                }
              g_string_append_c (out, '\n');
            }
        }
      g_string_append_c (out, '\n');
    }
}

/**
 * vs_report_to_decision_record:
 *
 * Returns: (transfer full): an architecture decision record in the MADR
 *   layout, with the ticked requirements as the decision drivers
 */
char *
vs_report_to_decision_record (VsReport *self)
{
  GString *out;
  const char *description;

  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  out = md_begin (self);

  g_string_append_printf (out, "## %s\n\n", _("Context and Problem Statement"));
  description = vs_comparison_get_description (self->comparison);
  if (description != NULL && *description != '\0')
    md_append (out, description, FALSE);
  else
    g_string_append (out, _("Which option fits the requirements below best?"));
  g_string_append (out, "\n\n");

  g_string_append_printf (out, "## %s\n\n", _("Decision Drivers"));
  md_append_requirements (self, out, TRUE);
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "## %s\n\n", _("Considered Options"));
  for (guint s = 0; s < self->n_visible; s++)
    {
      g_string_append (out, "* ");
      md_append (out, subject_name (self, self->visible[s]), TRUE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');

  decision_append_outcome (self, out);
  decision_append_pros_cons (self, out);
  md_append_sources (self, out);
  md_append_provenance (self, out);

  return g_string_free (out, FALSE);
}
