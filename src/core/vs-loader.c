/* vs-loader.c: bytes -> VsComparison, or every located error
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two stages, the second only on what the first let through:
 *  1. vs_json_parse(): size, encoding, strict JSON syntax, depth, string
 *     lengths and duplicate members, over the raw bytes, in one pass that
 *     also builds a compact tree (see vs-json-scan.c for why not json-glib).
 *  2. The tree is checked against data/FORMAT.md and the model is built at
 *     the same time; the tree is freed before returning.
 * Every problem becomes a VsDiagnostic; the file is rejected if any is an
 * error, and all of them (up to VS_MAX_ERRORS) are reported.
 */
#define G_LOG_DOMAIN "vs-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "vs-category.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-dataset-i18n.h"
#include "vs-json-scan.h"
#include "vs-loader.h"
#include "vs-source.h"
#include "vs-subject.h"

G_DEFINE_QUARK (vs-loader-error-quark, vs_loader_error)

VsDiagnostic *
vs_diagnostic_new (VsDiagnosticSeverity  severity,
                   guint                 line,
                   guint                 column,
                   const char           *path,
                   const char           *message)
{
  VsDiagnostic *diagnostic;

  g_return_val_if_fail (message != NULL, NULL);

  diagnostic = g_new0 (VsDiagnostic, 1);
  diagnostic->severity = severity;
  diagnostic->line = line;
  diagnostic->column = column;
  diagnostic->path = g_strdup (path);
  diagnostic->message = g_strdup (message);

  return diagnostic;
}

void
vs_diagnostic_free (VsDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;

  g_free (diagnostic->path);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/**
 * vs_diagnostic_format:
 * @file_name: (nullable): the name shown first, usually a basename
 *
 * Formats a diagnostic the way the command line and the window show it:
 * `FILE: $.path: message` for a problem of the content,
 * `FILE:LINE:COLUMN: message` for one of the syntax, `FILE: message`
 * otherwise. Warnings have `warning: ` before the message.
 *
 * Returns: (transfer full): the line, without a trailing newline
 */
char *
vs_diagnostic_format (const VsDiagnostic *diagnostic,
                      const char         *file_name)
{
  const char *prefix;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  if (file_name == NULL)
    file_name = "-";

  prefix = diagnostic->severity == VS_DIAGNOSTIC_WARNING ? _("warning: ") : "";

  if (diagnostic->path != NULL)
    return g_strdup_printf ("%s: %s: %s%s", file_name, diagnostic->path,
                            prefix, diagnostic->message);
  if (diagnostic->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s%s", file_name, diagnostic->line,
                            diagnostic->column, prefix, diagnostic->message);
  return g_strdup_printf ("%s: %s%s", file_name, prefix, diagnostic->message);
}

/* ------------------------------------------------------------------ */
/* Collecting diagnostics                                             */

typedef struct
{
  GPtrArray     *diagnostics;
  guint          n_errors;
  guint          n_warnings;
  VsLoaderError  code;       /* of the first error */
  gboolean       full;       /* VS_MAX_ERRORS reached: stop */
  gboolean       translate;  /* the bundled comparison: its text is translated */
} Context;

/* The human text of the bundled comparison goes through its own gettext
 * domain (data/FORMAT.md, "Translating a bundled comparison"); files that
 * people open are shown as written. */
static const char *
tr (const Context *ctx,
    const char    *text)
{
  return ctx->translate && text != NULL ? vs_dataset_translate (text) : text;
}

static gboolean
context_add (Context              *ctx,
             VsDiagnosticSeverity  severity,
             VsLoaderError         code,
             guint                 line,
             guint                 column,
             const char           *path,
             const char           *message)
{
  if (ctx->full)
    return FALSE;

  if (severity == VS_DIAGNOSTIC_WARNING)
    {
      ctx->n_warnings++;
      if (ctx->n_warnings < VS_MAX_ERRORS)
        g_ptr_array_add (ctx->diagnostics,
                         vs_diagnostic_new (severity, line, column, path, message));
      else if (ctx->n_warnings == VS_MAX_ERRORS)
        g_ptr_array_add (ctx->diagnostics,
                         vs_diagnostic_new (severity, 0, 0, NULL,
                                            _("too many warnings; the rest are not shown")));
      return TRUE;
    }

  if (ctx->n_errors == 0)
    ctx->code = code;

  ctx->n_errors++;
  if (ctx->n_errors > VS_MAX_ERRORS)
    {
      g_autofree char *text = g_strdup_printf (_("too many errors; stopped after %u"),
                                               (guint)VS_MAX_ERRORS);
      g_ptr_array_add (ctx->diagnostics,
                       vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, 0, 0, NULL, text));
      ctx->full = TRUE;
      return FALSE;
    }

  g_ptr_array_add (ctx->diagnostics,
                   vs_diagnostic_new (severity, line, column, path, message));
  return TRUE;
}

static gboolean
on_scan_report (gpointer       user_data,
                VsLoaderError  code,
                guint          line,
                guint          column,
                const char    *path,
                const char    *message)
{
  return context_add (user_data, VS_DIAGNOSTIC_ERROR, code, line, column, path, message);
}

/* ------------------------------------------------------------------ */
/* JSON paths, built only when a message needs one                     */

typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member;   /* NULL: an index, or the root when parent is NULL */
  guint       index;
};

static char *
path_to_string (const Path *path)
{
  g_autofree char *parent = NULL;

  if (path == NULL || path->parent == NULL)
    return g_strdup ("$");

  parent = path_to_string (path->parent);
  if (path->member != NULL)
    return vs_json_path_append_member (parent, path->member);

  return g_strdup_printf ("%s[%u]", parent, path->index);
}

G_GNUC_PRINTF (4, 5)
static void
report (Context              *ctx,
        VsDiagnosticSeverity  severity,
        const Path           *path,
        const char           *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  if (ctx->full)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  where = path_to_string (path);
  context_add (ctx, severity, VS_LOADER_ERROR_INVALID, 0, 0, where, message);
}

#define error_at(ctx, path, ...) report (ctx, VS_DIAGNOSTIC_ERROR, path, __VA_ARGS__)
#define warning_at(ctx, path, ...) report (ctx, VS_DIAGNOSTIC_WARNING, path, __VA_ARGS__)

/* ------------------------------------------------------------------ */
/* Typed member access                                                 */

static const char *
describe_node (const VsJsonNode *node)
{
  switch (node->type)
    {
    case VS_JSON_OBJECT:  return _("an object");
    case VS_JSON_ARRAY:   return _("an array");
    case VS_JSON_NULL:    return _("null");
    case VS_JSON_STRING:  return _("a string");
    case VS_JSON_BOOLEAN: return _("a boolean");
    case VS_JSON_INTEGER:
    case VS_JSON_DOUBLE:  return _("a number");
    default:              return _("something else");
    }
}

static gboolean
is_blank (const char *str)
{
  for (const char *p = str; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

typedef enum
{
  OPTIONAL = 0,
  REQUIRED = 1 << 0,
  NON_EMPTY = 1 << 1,
  ID = 1 << 2,
  URL = 1 << 3,
} StringFlags;

/* Returns the string member @name of @object, or NULL when it is absent
 * or wrong (which is reported). *ok becomes FALSE on any error. */
static const char *
get_string (Context    *ctx,
            const VsJsonNode *object,
            const Path *path,
            const char *name,
            StringFlags flags,
            gboolean   *ok)
{
  Path member = { path, name, 0 };
  const VsJsonNode *node = vs_json_object_get_member (object, name);
  const char *value;

  if (node == NULL)
    {
      if (flags & REQUIRED)
        {
          error_at (ctx, path, _("missing required member \"%s\""), name);
          *ok = FALSE;
        }
      return NULL;
    }

  if (node->type != VS_JSON_STRING)
    {
      error_at (ctx, &member, _("expected a string, found %s"), describe_node (node));
      *ok = FALSE;
      return NULL;
    }

  value = node->v.string;

  if ((flags & (NON_EMPTY | ID)) && is_blank (value))
    {
      error_at (ctx, &member, _("must not be empty"));
      *ok = FALSE;
      return NULL;
    }

  if ((flags & ID) && !vs_id_is_valid (value))
    {
      error_at (ctx, &member,
                _("invalid id \"%s\" (expected lowercase letters, digits and '-', not starting with '-', at most 128 characters)"),
                value);
      *ok = FALSE;
      return NULL;
    }

  if ((flags & URL) && !vs_url_is_safe (value))
    {
      error_at (ctx, &member,
                _("unsupported URL \"%s\" (expected an http, https or mailto URL)"),
                value);
      *ok = FALSE;
      return NULL;
    }

  return value;
}

/* Returns the array member @name, or NULL when absent or wrong. */
static const VsJsonNode *
get_array (Context    *ctx,
           const VsJsonNode *object,
           const Path *path,
           const char *name,
           gboolean    required,
           guint       min_items,
           guint       max_items,
           const char *what,
           gboolean   *ok)
{
  Path member = { path, name, 0 };
  const VsJsonNode *node = vs_json_object_get_member (object, name);
  guint n;

  if (node == NULL)
    {
      if (required)
        {
          error_at (ctx, path, _("missing required member \"%s\""), name);
          *ok = FALSE;
        }
      return NULL;
    }

  if (node->type != VS_JSON_ARRAY)
    {
      error_at (ctx, &member, _("expected an array, found %s"), describe_node (node));
      *ok = FALSE;
      return NULL;
    }

  n = node->length;

  if (n < min_items)
    {
      error_at (ctx, &member, _("too few %s: %u (at least %u)"), what, n, min_items);
      *ok = FALSE;
    }
  else if (n > max_items)
    {
      error_at (ctx, &member, _("too many %s: %u (at most %u)"), what, n, max_items);
      *ok = FALSE;
    }

  return node;
}

/* Returns the object at @node, reporting anything else. */
static const VsJsonNode *
expect_object (Context          *ctx,
               const VsJsonNode *node,
               const Path       *path)
{
  if (node->type != VS_JSON_OBJECT)
    {
      error_at (ctx, path, _("expected an object, found %s"), describe_node (node));
      return NULL;
    }

  return node;
}

static void
check_unknown_members (Context            *ctx,
                       const VsJsonNode   *object,
                       const Path         *path,
                       const char * const *known)
{
  for (guint i = 0; i < object->length; i++)
    {
      const char *name = object->v.members[i].name;
      gboolean is_known = FALSE;

      for (guint k = 0; known[k] != NULL && !is_known; k++)
        is_known = strcmp (known[k], name) == 0;

      if (!is_known)
        {
          Path member = { path, name, 0 };

          warning_at (ctx, &member, _("unknown member \"%s\" is ignored"), name);
        }
    }
}

/* Ids of one kind, in file order: id -> position + 1 in the file's array,
 * whether or not the item was valid otherwise (so that one bad item does
 * not also make every reference to it "unknown"). @kind is untranslated
 * (N_()): it is only translated for a message. */
static gboolean
claim_id (Context     *ctx,
          GHashTable  *ids,
          const char  *id,
          guint        index,
          const Path  *path,
          const char  *array_name,
          const char  *kind)
{
  gpointer first;
  Path id_path = { path, "id", 0 };

  if (g_hash_table_lookup_extended (ids, id, NULL, &first))
    {
      error_at (ctx, &id_path,
                _("duplicate %s id \"%s\" (first used at $.%s[%u].id)"),
                _(kind), id, array_name, GPOINTER_TO_UINT (first) - 1);
      return FALSE;
    }

  g_hash_table_insert (ids, (gpointer)id, GUINT_TO_POINTER (index + 1));
  return TRUE;
}

/* A list of non-empty strings, as a NULL-terminated array. */
static GStrv
get_string_list (Context    *ctx,
                 const VsJsonNode *object,
                 const Path *path,
                 const char *name,
                 gboolean   *ok)
{
  Path member = { path, name, 0 };
  const VsJsonNode *array;
  GPtrArray *strv;
  guint n;

  array = get_array (ctx, object, path, name, FALSE, 0, VS_MAX_LIST_ITEMS, _("items"), ok);
  if (array == NULL)
    return NULL;

  n = array->length;
  strv = g_ptr_array_new_full (n + 1, g_free);

  for (guint i = 0; i < n; i++)
    {
      const VsJsonNode *node = &array->v.elements[i];
      Path item = { &member, NULL, i };

      if (node->type != VS_JSON_STRING)
        {
          error_at (ctx, &item, _("expected a string, found %s"), describe_node (node));
          *ok = FALSE;
        }
      else if (is_blank (node->v.string))
        {
          error_at (ctx, &item, _("must not be empty"));
          *ok = FALSE;
        }
      else
        g_ptr_array_add (strv, g_strdup (node->v.string));
    }

  g_ptr_array_add (strv, NULL);
  return (GStrv)g_ptr_array_free (strv, FALSE);
}

/* ------------------------------------------------------------------ */
/* The format                                                          */

typedef struct
{
  Context      *ctx;
  VsComparison *comparison;
  GHashTable   *source_ids;
  GHashTable   *subject_ids;
  GHashTable   *category_ids;
  GHashTable   *criterion_ids;
  /* FALSE when the array itself is missing or unusable: then every
   * reference to it would be "unknown", which says nothing new. */
  gboolean      check_sources;
  gboolean      check_subjects;
  gboolean      check_categories;
  /* The subject built from each position of $.subjects, if it was valid:
   * what subject_ids leads to, without asking the comparison again. */
  VsSubject    *subjects[VS_MAX_SUBJECTS];
} Builder;

static const Path root_path = { NULL, NULL, 0 };

static void
load_sources (Builder    *b,
              const VsJsonNode *root)
{
  static const char * const known[] = { "id", "title", "url", NULL };
  static const Path array_path = { &root_path, "sources", 0 };
  gboolean ok = TRUE;
  const VsJsonNode *array;
  guint n;

  array = get_array (b->ctx, root, &root_path, "sources", FALSE, 0, VS_MAX_SOURCES, _("sources"), &ok);
  b->check_sources = ok;
  if (array == NULL)
    return;

  n = array->length;
  for (guint i = 0; i < n && !b->ctx->full; i++)
    {
      Path path = { &array_path, NULL, i };
      const VsJsonNode *object;
      const char *id, *title, *url;
      gboolean item_ok = TRUE;

      object = expect_object (b->ctx, &array->v.elements[i], &path);
      if (object == NULL)
        continue;

      check_unknown_members (b->ctx, object, &path, known);
      id = get_string (b->ctx, object, &path, "id", REQUIRED | ID, &item_ok);
      title = get_string (b->ctx, object, &path, "title", REQUIRED | NON_EMPTY, &item_ok);
      url = get_string (b->ctx, object, &path, "url", URL, &item_ok);

      if (id != NULL && !claim_id (b->ctx, b->source_ids, id, i, &path, "sources", N_("source")))
        item_ok = FALSE;

      if (item_ok)
        {
          g_autoptr(VsSource) source = vs_source_new (id, title, url);
          vs_comparison_add_source (b->comparison, source);
        }
    }
}

static void
load_subjects (Builder    *b,
               const VsJsonNode *root)
{
  static const char * const known[] = { "id", "name", "url", "summary", "drawbacks", "used_by", NULL };
  static const Path array_path = { &root_path, "subjects", 0 };
  gboolean ok = TRUE;
  const VsJsonNode *array;
  guint n;

  array = get_array (b->ctx, root, &root_path, "subjects", TRUE,
                     VS_MIN_SUBJECTS, VS_MAX_SUBJECTS, _("subjects"), &ok);
  b->check_subjects = array != NULL;
  if (array == NULL)
    return;

  n = array->length;
  for (guint i = 0; i < n && !b->ctx->full; i++)
    {
      Path path = { &array_path, NULL, i };
      const VsJsonNode *object;
      const char *id, *name, *url, *summary;
      g_auto(GStrv) drawbacks = NULL;
      g_auto(GStrv) used_by = NULL;
      gboolean item_ok = TRUE;

      object = expect_object (b->ctx, &array->v.elements[i], &path);
      if (object == NULL)
        continue;

      check_unknown_members (b->ctx, object, &path, known);
      id = get_string (b->ctx, object, &path, "id", REQUIRED | ID, &item_ok);
      name = get_string (b->ctx, object, &path, "name", REQUIRED | NON_EMPTY, &item_ok);
      url = get_string (b->ctx, object, &path, "url", URL, &item_ok);
      summary = get_string (b->ctx, object, &path, "summary", OPTIONAL, &item_ok);
      drawbacks = get_string_list (b->ctx, object, &path, "drawbacks", &item_ok);
      used_by = get_string_list (b->ctx, object, &path, "used_by", &item_ok);

      if (id != NULL && !claim_id (b->ctx, b->subject_ids, id, i, &path, "subjects", N_("subject")))
        item_ok = FALSE;

      if (item_ok && i < VS_MAX_SUBJECTS)
        {
          g_autoptr(VsSubject) subject = vs_subject_new (id, name);

          vs_subject_set_url (subject, url);
          vs_subject_set_summary (subject, tr (b->ctx, summary));
          if (drawbacks != NULL)
            {
              g_auto(GStrv) shown = b->ctx->translate
                ? vs_dataset_translate_strv ((const char * const *)drawbacks)
                : g_strdupv (drawbacks);
              vs_subject_set_drawbacks (subject, (const char * const *)shown);
            }
          if (used_by != NULL)
            vs_subject_set_used_by (subject, (const char * const *)used_by);
          vs_comparison_add_subject (b->comparison, subject);
          b->subjects[i] = subject;
        }
    }
}

static void
load_categories (Builder    *b,
                 const VsJsonNode *root)
{
  static const char * const known[] = { "id", "name", "description", NULL };
  static const Path array_path = { &root_path, "categories", 0 };
  gboolean ok = TRUE;
  const VsJsonNode *array;
  guint n;

  array = get_array (b->ctx, root, &root_path, "categories", TRUE,
                     1, VS_MAX_CATEGORIES, _("categories"), &ok);
  b->check_categories = ok;
  if (array == NULL)
    return;

  n = array->length;
  for (guint i = 0; i < n && !b->ctx->full; i++)
    {
      Path path = { &array_path, NULL, i };
      const VsJsonNode *object;
      const char *id, *name, *description;
      gboolean item_ok = TRUE;

      object = expect_object (b->ctx, &array->v.elements[i], &path);
      if (object == NULL)
        continue;

      check_unknown_members (b->ctx, object, &path, known);
      id = get_string (b->ctx, object, &path, "id", REQUIRED | ID, &item_ok);
      name = get_string (b->ctx, object, &path, "name", REQUIRED | NON_EMPTY, &item_ok);
      description = get_string (b->ctx, object, &path, "description", OPTIONAL, &item_ok);

      if (id != NULL && !claim_id (b->ctx, b->category_ids, id, i, &path, "categories", N_("category")))
        item_ok = FALSE;

      if (item_ok)
        {
          g_autoptr(VsCategory) category = vs_category_new (id, tr (b->ctx, name));

          vs_category_set_description (category, tr (b->ctx, description));
          vs_comparison_add_category (b->comparison, category);
        }
    }
}

/* One member of "support": a level string, or an object with one. */
static void
load_support (Builder          *b,
              VsCriterion      *criterion,
              const Path       *path,
              const char       *subject_id,
              const VsJsonNode *node)
{
  static const char * const known[] = { "level", "note", "source", "opinion", NULL };
  VsSubject *subject;
  VsSource *source = NULL;
  const char *level_str = NULL;
  const char *note = NULL;
  const Path *level_path = path;
  Path level_member = { path, "level", 0 };
  gboolean opinion = FALSE;
  gboolean ok = TRUE;
  gpointer position;
  VsLevel level;

  if (!g_hash_table_lookup_extended (b->subject_ids, subject_id, NULL, &position))
    {
      if (!b->check_subjects)
        return;
      error_at (b->ctx, path, _("unknown subject \"%s\" (not an id in $.subjects)"), subject_id);
      return;
    }

  if (node->type == VS_JSON_STRING)
    level_str = node->v.string;
  else if (node->type == VS_JSON_OBJECT)
    {
      const VsJsonNode *object = node;
      const VsJsonNode *opinion_node;
      const char *source_id;

      check_unknown_members (b->ctx, object, path, known);
      level_str = get_string (b->ctx, object, path, "level", REQUIRED, &ok);
      level_path = &level_member;
      note = get_string (b->ctx, object, path, "note", NON_EMPTY, &ok);
      source_id = get_string (b->ctx, object, path, "source", NON_EMPTY, &ok);

      if (source_id != NULL)
        {
          Path source_path = { path, "source", 0 };

          source = vs_comparison_find_source (b->comparison, source_id);
          if (!g_hash_table_contains (b->source_ids, source_id))
            {
              if (b->check_sources)
                error_at (b->ctx, &source_path,
                          _("unknown source \"%s\" (not an id in $.sources)"), source_id);
              ok = FALSE;
            }
        }

      opinion_node = vs_json_object_get_member (object, "opinion");
      if (opinion_node != NULL)
        {
          Path opinion_path = { path, "opinion", 0 };

          if (opinion_node->type == VS_JSON_BOOLEAN)
            opinion = opinion_node->v.boolean;
          else
            {
              error_at (b->ctx, &opinion_path, _("expected a boolean, found %s"),
                        describe_node (opinion_node));
              ok = FALSE;
            }
        }
    }
  else
    {
      error_at (b->ctx, path,
                _("expected a level (\"yes\", \"partial\" or \"no\") or an object, found %s"),
                describe_node (node));
      return;
    }

  if (level_str == NULL)
    return;

  if (!vs_level_from_string (level_str, &level))
    {
      error_at (b->ctx, level_path,
                _("unknown level \"%s\" (expected \"yes\", \"partial\" or \"no\")"),
                level_str);
      return;
    }

  subject = GPOINTER_TO_UINT (position) <= VS_MAX_SUBJECTS ? b->subjects[GPOINTER_TO_UINT (position) - 1] : NULL;
  if (ok && criterion != NULL && subject != NULL)
    vs_criterion_set_support (criterion, vs_subject_get_index (subject),
                              level, tr (b->ctx, note), source, opinion);
}

static void
load_criteria (Builder    *b,
               const VsJsonNode *root)
{
  static const char * const known[] = { "id", "category", "name", "description", "support", NULL };
  static const Path array_path = { &root_path, "criteria", 0 };
  gboolean ok = TRUE;
  const VsJsonNode *array;
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  guint n_subjects;
  guint n;

  array = get_array (b->ctx, root, &root_path, "criteria", TRUE,
                     1, VS_MAX_CRITERIA, _("criteria"), &ok);
  if (array == NULL)
    return;

  n_subjects = vs_comparison_get_n_subjects (b->comparison);
  n = array->length;
  criteria = g_ptr_array_new_full (n, g_object_unref);
  categories = g_ptr_array_new_full (n, NULL);
  for (guint i = 0; i < n && !b->ctx->full; i++)
    {
      Path path = { &array_path, NULL, i };
      Path category_path = { &path, "category", 0 };
      Path support_path = { &path, "support", 0 };
      g_autoptr(VsCriterion) criterion = NULL;
      VsCategory *category = NULL;
      const VsJsonNode *object;
      const VsJsonNode *support;
      const char *id, *category_id, *name, *description;
      gboolean item_ok = TRUE;

      object = expect_object (b->ctx, &array->v.elements[i], &path);
      if (object == NULL)
        continue;

      check_unknown_members (b->ctx, object, &path, known);
      id = get_string (b->ctx, object, &path, "id", REQUIRED | ID, &item_ok);
      category_id = get_string (b->ctx, object, &path, "category", REQUIRED | NON_EMPTY, &item_ok);
      name = get_string (b->ctx, object, &path, "name", REQUIRED | NON_EMPTY, &item_ok);
      description = get_string (b->ctx, object, &path, "description", OPTIONAL, &item_ok);

      if (id != NULL && !claim_id (b->ctx, b->criterion_ids, id, i, &path, "criteria", N_("criterion")))
        item_ok = FALSE;

      if (category_id != NULL)
        {
          category = vs_comparison_find_category (b->comparison, category_id);
          if (!g_hash_table_contains (b->category_ids, category_id))
            {
              if (b->check_categories)
                error_at (b->ctx, &category_path,
                          _("unknown category \"%s\" (not an id in $.categories)"), category_id);
              item_ok = FALSE;
            }
        }

      if (item_ok && category != NULL && b->ctx->n_errors == 0)
        {
          criterion = vs_criterion_new (id, tr (b->ctx, name), n_subjects);
          vs_criterion_set_description (criterion, tr (b->ctx, description));
        }

      support = vs_json_object_get_member (object, "support");
      if (support != NULL)
        {
          if (support->type == VS_JSON_OBJECT)
            {
              for (guint k = 0; k < support->length && !b->ctx->full; k++)
                {
                  const VsJsonMember *member = &support->v.members[k];
                  Path member_path = { &support_path, member->name, 0 };

                  load_support (b, criterion, &member_path, member->name, &member->value);
                }
            }
          else
            error_at (b->ctx, &support_path, _("expected an object, found %s"),
                      describe_node (support));
        }

      /* Once the file is known to be invalid, nothing more is built:
       * only errors are collected. */
      if (criterion != NULL && b->ctx->n_errors == 0)
        {
          g_ptr_array_add (criteria, g_steal_pointer (&criterion));
          g_ptr_array_add (categories, category);
        }
    }

  /* All at once: one change of the list models, not one per criterion. */
  if (b->ctx->n_errors == 0)
    vs_comparison_add_criteria (b->comparison, (VsCategory **)categories->pdata,
                                (VsCriterion **)criteria->pdata, criteria->len);
}

static gboolean
load_header (Builder    *b,
             const VsJsonNode *root)
{
  Path format_path = { &root_path, "format", 0 };
  Path version_path = { &root_path, "version", 0 };
  const VsJsonNode *format = vs_json_object_get_member (root, "format");
  const VsJsonNode *version = vs_json_object_get_member (root, "version");

  if (format == NULL)
    error_at (b->ctx, &root_path, _("missing required member \"format\" (expected \"%s\")"),
              VS_FORMAT_NAME);
  else if (format->type != VS_JSON_STRING)
    error_at (b->ctx, &format_path, _("expected the string \"%s\", found %s"),
              VS_FORMAT_NAME, describe_node (format));
  else if (!g_str_equal (format->v.string, VS_FORMAT_NAME))
    {
      /* Some other kind of file: its other members mean nothing here. */
      error_at (b->ctx, &format_path, _("expected \"%s\", found \"%s\" (this is not a Versus comparison file)"),
                VS_FORMAT_NAME, format->v.string);
      return FALSE;
    }

  if (version == NULL)
    error_at (b->ctx, &root_path, _("missing required member \"version\" (expected %d)"),
              VS_FORMAT_VERSION);
  else if (version->type != VS_JSON_INTEGER)
    error_at (b->ctx, &version_path, _("expected the integer %d, found %s"),
              VS_FORMAT_VERSION, describe_node (version));
  else if (version->v.integer > VS_FORMAT_VERSION)
    {
      g_autofree char *where = path_to_string (&version_path);
      /* The number is formatted first: xgettext cannot read a msgid
       * built with G_GINT64_FORMAT, and it would never be translated. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version->v.integer);
      g_autofree char *message =
        g_strdup_printf (_("this file was made by a newer Versus (format version %s; this Versus reads version %d): update Versus to open it"),
                         number, VS_FORMAT_VERSION);

      context_add (b->ctx, VS_DIAGNOSTIC_ERROR, VS_LOADER_ERROR_NEWER_VERSION, 0, 0, where, message);
      return FALSE;
    }
  else if (version->v.integer < VS_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version->v.integer);
      error_at (b->ctx, &version_path, _("unsupported version %s (expected %d)"),
                number, VS_FORMAT_VERSION);
    }

  return TRUE;
}

static VsComparison *
build (Context  *ctx,
       const VsJsonNode *root_node)
{
  static const char * const known[] = {
    "$schema", "format", "version", "title", "description",
    "sources", "subjects", "categories", "criteria", NULL
  };
  g_autoptr(VsComparison) comparison = NULL;
  g_autoptr(GHashTable) source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) subject_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) category_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) criterion_ids = g_hash_table_new (g_str_hash, g_str_equal);
  const VsJsonNode *root;
  const char *title, *description;
  gboolean ok = TRUE;
  Builder b = { 0 };

  root = expect_object (ctx, root_node, &root_path);
  if (root == NULL)
    return NULL;

  b.ctx = ctx;
  b.source_ids = source_ids;
  b.subject_ids = subject_ids;
  b.category_ids = category_ids;
  b.criterion_ids = criterion_ids;
  b.comparison = NULL;
  b.check_sources = b.check_subjects = b.check_categories = TRUE;

  if (!load_header (&b, root))
    return NULL;

  check_unknown_members (ctx, root, &root_path, known);

  title = get_string (ctx, root, &root_path, "title", REQUIRED | NON_EMPTY, &ok);
  description = get_string (ctx, root, &root_path, "description", OPTIONAL, &ok);

  comparison = vs_comparison_new (title ? tr (ctx, title) : "");
  vs_comparison_set_description (comparison, tr (ctx, description));
  b.comparison = comparison;

  load_sources (&b, root);
  load_subjects (&b, root);
  load_categories (&b, root);
  load_criteria (&b, root);

  if (ctx->n_errors > 0)
    return NULL;

  return g_steal_pointer (&comparison);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

static void
set_error_from_context (Context     *ctx,
                        const char  *file_name,
                        GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ctx->diagnostics->len; i++)
    {
      VsDiagnostic *d = g_ptr_array_index (ctx->diagnostics, i);
      g_autofree char *line = NULL;

      if (d->severity != VS_DIAGNOSTIC_ERROR)
        continue;

      line = vs_diagnostic_format (d, file_name);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  g_set_error_literal (error, VS_LOADER_ERROR, ctx->code, text->str);
}

static VsComparison *
load_data (const char  *data,
           gsize        length,
           Context     *ctx)
{
  g_autoptr(VsJsonDocument) document = NULL;

  if (length > VS_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
      g_autofree char *message =
        g_strdup_printf (_("the file is too large: %s bytes (at most %u bytes, 64 MiB)"),
                         size, (guint)VS_MAX_FILE_SIZE);
      context_add (ctx, VS_DIAGNOSTIC_ERROR, VS_LOADER_ERROR_TOO_LARGE, 0, 0, NULL, message);
      return NULL;
    }

  document = vs_json_parse (data, length, on_scan_report, ctx);
  if (document == NULL)
    return NULL;

  /* The tree is freed on return: the model keeps copies of what it needs. */
  return build (ctx, vs_json_document_get_root (document));
}

/* The SHA-256 of a large file is computed by a second thread while the
 * first parses and builds: it costs about as much as the rest of a load
 * put together, and needs nothing from it. Small files are hashed inline,
 * where a thread would cost more than it saves. */
#define CHECKSUM_THREAD_MIN_SIZE (1024 * 1024)
#define CHECKSUM_STEP (256 * 1024)

typedef struct
{
  GBytes *bytes;
  gint    cancelled;   /* atomic: the load failed, the hash is not needed */
} ChecksumJob;

static char *
compute_sha256 (GBytes *bytes,
                gint   *cancelled)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize length;
  const guchar *data = g_bytes_get_data (bytes, &length);

  for (gsize offset = 0; offset < length; offset += CHECKSUM_STEP)
    {
      if (cancelled != NULL && g_atomic_int_get (cancelled))
        return NULL;
      g_checksum_update (checksum, data + offset, MIN (CHECKSUM_STEP, length - offset));
    }

  return g_strdup (g_checksum_get_string (checksum));
}

static gpointer
checksum_thread (gpointer data)
{
  ChecksumJob *job = data;

  return compute_sha256 (job->bytes, &job->cancelled);
}

/**
 * vs_load_bytes:
 * @bytes: the content of a comparison file
 * @file_name: (nullable): the name used in messages (a basename)
 * @diagnostics: (out) (optional) (transfer full) (element-type VsDiagnostic):
 *   every error and warning, whether or not loading succeeded
 * @error: set to %VS_LOADER_ERROR with all formatted errors, one a line
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL
 */
static VsComparison *load_bytes (GBytes      *bytes,
                                 const char  *file_name,
                                 gboolean     translate,
                                 gboolean     defer_hash,
                                 GPtrArray  **diagnostics,
                                 GError     **error);

VsComparison *
vs_load_bytes (GBytes      *bytes,
               const char  *file_name,
               GPtrArray  **diagnostics,
               GError     **error)
{
  return load_bytes (bytes, file_name, FALSE, FALSE, diagnostics, error);
}

/* @defer_hash: a large file's hash is left for when it is asked for
 * (vs_comparison_set_sha256_source()): the window shows it sooner. */
static VsComparison *
load_bytes (GBytes      *bytes,
            const char  *file_name,
            gboolean     translate,
            gboolean     defer_hash,
            GPtrArray  **diagnostics,
            GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(VsComparison) comparison = NULL;
  g_autofree char *sha256 = NULL;
  ChecksumJob job = { bytes, FALSE };
  GThread *checksum = NULL;
  gboolean large;
  Context ctx = { 0 };
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify)vs_diagnostic_free);
  ctx.diagnostics = list;
  ctx.translate = translate;

  data = g_bytes_get_data (bytes, &length);

  /* A large file is hashed beside the parse, or later if @defer_hash. */
  large = length >= CHECKSUM_THREAD_MIN_SIZE && length <= VS_MAX_FILE_SIZE;
  defer_hash = defer_hash && large;

  if (large && !defer_hash)
    checksum = g_thread_try_new ("vs-load-sha256", checksum_thread, &job, NULL);

  comparison = load_data (data, length, &ctx);

  if (ctx.n_errors > 0)
    g_clear_object (&comparison);

  if (checksum != NULL)
    {
      if (comparison == NULL)
        g_atomic_int_set (&job.cancelled, TRUE);
      sha256 = g_thread_join (checksum);
    }
  else if (comparison != NULL && !defer_hash)
    sha256 = compute_sha256 (bytes, NULL);

  if (comparison == NULL)
    {
      /* Defensive: a failure always carries at least one error line. */
      if (ctx.n_errors == 0)
        context_add (&ctx, VS_DIAGNOSTIC_ERROR, VS_LOADER_ERROR_INVALID, 0, 0, NULL,
                     _("not a valid comparison file"));
      set_error_from_context (&ctx, file_name, error);
    }
  else
    {
      if (defer_hash)
        vs_comparison_set_sha256_source (comparison, bytes);
      else
        vs_comparison_set_sha256 (comparison, sha256);
      vs_comparison_set_file_name (comparison, file_name);
    }

  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&list);

  return g_steal_pointer (&comparison);
}

static void
fail_with (GPtrArray    **diagnostics,
           GError       **error,
           VsLoaderError  code,
           const char    *file_name,
           const char    *message)
{
  VsDiagnostic *d = vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, 0, 0, NULL, message);
  g_autofree char *line = vs_diagnostic_format (d, file_name);

  g_set_error_literal (error, VS_LOADER_ERROR, code, line);

  if (diagnostics != NULL)
    {
      *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)vs_diagnostic_free);
      g_ptr_array_add (*diagnostics, d);
    }
  else
    vs_diagnostic_free (d);
}

/* Reads at most VS_MAX_FILE_SIZE + 1 bytes: the size is asked first, but
 * a file can grow, and /dev/zero says it is empty. */
static GBytes *
read_capped (GFile         *file,
             goffset        expected_size,
             GCancellable  *cancellable,
             gboolean      *too_large,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  gsize chunk = 1024 * 1024;
  gsize room;

  *too_large = FALSE;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* Room for what the file holds, read into place: no copies as it
   * grows (it may still have grown since its size was read). */
  room = MIN (expected_size, VS_MAX_FILE_SIZE) + chunk;
  buffer = g_byte_array_sized_new (room);
  vs_json_advise_huge_pages (buffer->data, room);
  for (;;)
    {
      gsize old_len = buffer->len;
      gssize n;

      g_byte_array_set_size (buffer, old_len + chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + old_len,
                               chunk, cancellable, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (buffer, old_len + n);
      if (n == 0)
        break;
      if (buffer->len > VS_MAX_FILE_SIZE)
        {
          *too_large = TRUE;
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static VsComparison *
load_file (GFile         *file,
           GCancellable  *cancellable,
           gboolean       defer_hash,
           GPtrArray    **diagnostics,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *file_name = NULL;
  gboolean too_large = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (diagnostics != NULL)
    *diagnostics = NULL;

  file_name = g_file_get_basename (file);
  if (file_name == NULL)
    file_name = g_file_get_uri (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      message = g_strdup_printf (_("could not read the file: %s"), local_error->message);
      fail_with (diagnostics, error, VS_LOADER_ERROR_IO, file_name, message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      fail_with (diagnostics, error, VS_LOADER_ERROR_IO, file_name,
                 _("could not read the file: it is a folder"));
      return NULL;
    }

  if (g_file_info_get_size (info) > VS_MAX_FILE_SIZE)
    too_large = TRUE;
  else
    bytes = read_capped (file, g_file_info_get_size (info), cancellable, &too_large, &local_error);

  if (too_large)
    {
      g_autofree char *message =
        g_strdup_printf (_("the file is too large (at most %u bytes, 64 MiB)"),
                         (guint)VS_MAX_FILE_SIZE);
      fail_with (diagnostics, error, VS_LOADER_ERROR_TOO_LARGE, file_name, message);
      return NULL;
    }

  if (bytes == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      message = g_strdup_printf (_("could not read the file: %s"), local_error->message);
      fail_with (diagnostics, error, VS_LOADER_ERROR_IO, file_name, message);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return load_bytes (bytes, file_name, FALSE, defer_hash, diagnostics, error);
}

/**
 * vs_load_file:
 * @diagnostics: (out) (optional) (transfer full) (element-type VsDiagnostic)
 *
 * Loads a comparison file. The size is checked before the content is
 * read; the comparison gets the file's basename and the SHA-256 of its
 * bytes.
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL
 */
VsComparison *
vs_load_file (GFile         *file,
              GCancellable  *cancellable,
              GPtrArray    **diagnostics,
              GError       **error)
{
  return load_file (file, cancellable, FALSE, diagnostics, error);
}

typedef struct
{
  GFile     *file;
  GPtrArray *diagnostics;
} LoadTaskData;

static void
load_task_data_free (gpointer data)
{
  LoadTaskData *task_data = data;

  g_clear_object (&task_data->file);
  g_clear_pointer (&task_data->diagnostics, g_ptr_array_unref);
  g_free (task_data);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      data,
                  GCancellable *cancellable)
{
  LoadTaskData *task_data = data;
  g_autoptr(GError) error = NULL;
  VsComparison *comparison;

  /* The window shows the comparison first and hashes it after. */
  comparison = load_file (task_data->file, cancellable, TRUE, &task_data->diagnostics, &error);

  /* A load that finished while being cancelled still counts as cancelled:
   * the caller no longer wants it. */
  if (comparison != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_object (&comparison);
      g_cancellable_set_error_if_cancelled (cancellable, &error);
    }

  if (comparison != NULL)
    g_task_return_pointer (task, comparison, g_object_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * vs_load_file_async:
 *
 * Loads @file in a worker thread; see vs_load_file(). The hash of a file
 * of 1 MiB or more is computed when first asked for
 * (vs_comparison_get_sha256(), vs_comparison_hash_in_background()), so
 * that it does not hold up the parse that the window waits for.
 */
void
vs_load_file_async (GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadTaskData *task_data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_load_file_async);
  task_data = g_new0 (LoadTaskData, 1);
  task_data->file = g_object_ref (file);
  g_task_set_task_data (task, task_data, load_task_data_free);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * vs_load_file_finish:
 * @diagnostics: (out) (optional) (transfer full) (element-type VsDiagnostic)
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL
 */
VsComparison *
vs_load_file_finish (GAsyncResult  *result,
                     GPtrArray    **diagnostics,
                     GError       **error)
{
  LoadTaskData *task_data;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vs_load_file_async, NULL);

  task_data = g_task_get_task_data (G_TASK (result));
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&task_data->diagnostics);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vs_load_bundled:
 *
 * Loads the comparison compiled into Versus (Django vs. Flask).
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL
 */
VsComparison *
vs_load_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (VS_BUNDLED_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return load_bytes (bytes, VS_BUNDLED_FILE_NAME, TRUE, FALSE, NULL, error);
}
