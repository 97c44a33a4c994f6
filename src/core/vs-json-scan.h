/* vs-json-scan.h: a strict RFC 8259 parser of raw bytes into a compact tree (private)
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vs-loader.h"

G_BEGIN_DECLS

/**
 * VsJsonScanReport:
 * @code: the #VsLoaderError class of the problem
 * @line: 1-based line, or 0
 * @column: 1-based column in characters, or 0
 * @path: (nullable): the JSON path of the object concerned
 * @message: translated text
 *
 * Returns: %FALSE to stop the scan (the caller has seen enough errors)
 */
typedef gboolean (*VsJsonScanReport) (gpointer       user_data,
                                      VsLoaderError  code,
                                      guint          line,
                                      guint          column,
                                      const char    *path,
                                      const char    *message);

typedef enum
{
  VS_JSON_NULL,
  VS_JSON_BOOLEAN,
  VS_JSON_INTEGER,   /* no fraction and no exponent, as json-glib types it */
  VS_JSON_DOUBLE,
  VS_JSON_STRING,
  VS_JSON_ARRAY,
  VS_JSON_OBJECT,
} VsJsonType;

typedef struct _VsJsonNode VsJsonNode;
typedef struct _VsJsonMember VsJsonMember;
typedef struct _VsJsonDocument VsJsonDocument;

/* Nodes, member arrays and strings all live in the document's arena and
 * are freed together with it. Strings are decoded, NUL-terminated UTF-8
 * (the parser refuses NUL inside strings, so the NUL is the only one). */
struct _VsJsonNode
{
  VsJsonType type;
  guint      length;   /* string: bytes; array: elements; object: members */
  union
  {
    gboolean      boolean;
    gint64        integer;
    const char   *string;
    VsJsonNode   *elements;
    VsJsonMember *members;
  } v;
};

/* An object's members in file order. A member given twice appears once,
 * at its first position with its last value (as json-glib keeps it); the
 * duplicate itself is reported as an error while parsing. */
struct _VsJsonMember
{
  const char *name;
  VsJsonNode  value;
};

VsJsonDocument   *vs_json_parse               (const char        *data,
                                               gsize              length,
                                               VsJsonScanReport   report,
                                               gpointer           user_data);
const VsJsonNode *vs_json_document_get_root   (VsJsonDocument    *document);
void              vs_json_document_free       (VsJsonDocument    *document);

void              vs_json_advise_huge_pages   (gpointer           data,
                                               gsize              size);

const VsJsonNode *vs_json_object_get_member   (const VsJsonNode  *object,
                                               const char        *name);

char             *vs_json_path_append_member  (const char        *path,
                                               const char        *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsJsonDocument, vs_json_document_free)

G_END_DECLS
