/* vs-types.h: forward declarations and small enums shared by the core
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _VsCategory    VsCategory;
typedef struct _VsComparison  VsComparison;
typedef struct _VsCriterion   VsCriterion;
typedef struct _VsRanking     VsRanking;
typedef struct _VsSelection   VsSelection;
typedef struct _VsSource      VsSource;
typedef struct _VsSubject     VsSubject;
typedef struct _VsView        VsView;

/**
 * VsLevel:
 * @VS_LEVEL_UNKNOWN: the source does not say ("not stated"); never "no"
 * @VS_LEVEL_NO: the source says the subject does not have it
 * @VS_LEVEL_PARTIAL: partly, or through an extension
 * @VS_LEVEL_YES: the source says the subject has it
 *
 * How far a subject supports a criterion. The numeric order is the sort
 * order used by tables: not stated < no < partial < yes.
 */
typedef enum
{
  VS_LEVEL_UNKNOWN = 0,
  VS_LEVEL_NO,
  VS_LEVEL_PARTIAL,
  VS_LEVEL_YES,
} VsLevel;

#define VS_N_LEVELS 4

/**
 * VsRequirementKind:
 * @VS_REQUIREMENT_NONE: not ticked
 * @VS_REQUIREMENT_NICE: a nice-to-have, scored with its weight
 * @VS_REQUIREMENT_MUST: a must-have; a subject without it is excluded
 */
typedef enum
{
  VS_REQUIREMENT_NONE = 0,
  VS_REQUIREMENT_NICE,
  VS_REQUIREMENT_MUST,
} VsRequirementKind;

#define VS_WEIGHT_MIN 1
#define VS_WEIGHT_MAX 5
#define VS_WEIGHT_DEFAULT 1

/* Limits of the comparison format (data/FORMAT.md). */
#define VS_MAX_FILE_SIZE     (64 * 1024 * 1024)
#define VS_MAX_DEPTH         64
#define VS_MAX_STRING_LENGTH (64 * 1024)
#define VS_MIN_SUBJECTS      2
#define VS_MAX_SUBJECTS      64
#define VS_MAX_CRITERIA      100000
#define VS_MAX_CATEGORIES    1000
#define VS_MAX_SOURCES       1000
#define VS_MAX_LIST_ITEMS    1000
#define VS_MAX_ERRORS        100
#define VS_FORMAT_NAME       "versus-comparison"
#define VS_FORMAT_VERSION    1

const char *vs_level_to_string     (VsLevel     level);
gboolean    vs_level_from_string   (const char *str,
                                    VsLevel    *level);
const char *vs_level_get_label     (VsLevel     level);
const char *vs_level_get_glyph     (VsLevel     level);
const char *vs_level_get_icon_name (VsLevel     level);
double      vs_level_get_value     (VsLevel     level);

const char *vs_requirement_kind_to_string (VsRequirementKind kind);

gboolean    vs_id_is_valid         (const char *id);
gboolean    vs_url_is_safe         (const char *url);

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
vs_set_str (char       **str_pointer,
            const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

G_END_DECLS
