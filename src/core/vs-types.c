/* vs-types.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "vs-types.h"

const char *
vs_level_to_string (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return "yes";
    case VS_LEVEL_PARTIAL: return "partial";
    case VS_LEVEL_NO:      return "no";
    case VS_LEVEL_UNKNOWN: return "not-stated";
    default:               g_return_val_if_reached ("not-stated");
    }
}

gboolean
vs_level_from_string (const char *str,
                      VsLevel    *level)
{
  g_return_val_if_fail (level != NULL, FALSE);

  if (g_strcmp0 (str, "yes") == 0)
    *level = VS_LEVEL_YES;
  else if (g_strcmp0 (str, "partial") == 0)
    *level = VS_LEVEL_PARTIAL;
  else if (g_strcmp0 (str, "no") == 0)
    *level = VS_LEVEL_NO;
  else
    return FALSE;

  return TRUE;
}

/**
 * vs_level_get_label:
 *
 * Returns: the translated word a person reads for @level
 */
const char *
vs_level_get_label (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return _("Yes");
    case VS_LEVEL_PARTIAL: return _("Partial");
    case VS_LEVEL_NO:      return _("No");
    case VS_LEVEL_UNKNOWN: return _("Not stated");
    default:               g_return_val_if_reached ("");
    }
}

/**
 * vs_level_get_glyph:
 *
 * Returns: a glyph that tells the level apart without colour, in print
 *   and on screen
 */
const char *
vs_level_get_glyph (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return "✓";
    case VS_LEVEL_PARTIAL: return "◐";
    case VS_LEVEL_NO:      return "✗";
    case VS_LEVEL_UNKNOWN: return "–";
    default:               g_return_val_if_reached ("");
    }
}

const char *
vs_level_get_icon_name (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return "object-select-symbolic";
    case VS_LEVEL_PARTIAL: return "vs-level-partial-symbolic";
    case VS_LEVEL_NO:      return "window-close-symbolic";
    case VS_LEVEL_UNKNOWN: return "vs-level-unknown-symbolic";
    default:               g_return_val_if_reached (NULL);
    }
}

/* The value a level contributes to a nice-to-have's score. */
double
vs_level_get_value (VsLevel level)
{
  switch (level)
    {
    case VS_LEVEL_YES:     return 1.0;
    case VS_LEVEL_PARTIAL: return 0.5;
    case VS_LEVEL_NO:
    case VS_LEVEL_UNKNOWN: return 0.0;
    default:               g_return_val_if_reached (0.0);
    }
}

const char *
vs_requirement_kind_to_string (VsRequirementKind kind)
{
  switch (kind)
    {
    case VS_REQUIREMENT_NICE: return "nice";
    case VS_REQUIREMENT_MUST: return "must";
    case VS_REQUIREMENT_NONE: return "none";
    default:                  g_return_val_if_reached ("none");
    }
}

/* Ids: lowercase ASCII letters, digits and '-', starting with a letter or a
 * digit, at most 128 bytes. */
gboolean
vs_id_is_valid (const char *id)
{
  gsize len = 0;

  if (id == NULL || *id == '\0' || *id == '-')
    return FALSE;

  for (const char *p = id; *p; p++, len++)
    {
      if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
        return FALSE;
    }

  return len <= 128;
}

/**
 * vs_url_is_safe:
 *
 * URLs in comparison files are data from strangers. Only web and mail
 * links may be opened, and only when a person clicks them: never file:,
 * never a scheme that runs a program.
 *
 * Returns: %TRUE when @url is an http, https or mailto URL
 */
gboolean
vs_url_is_safe (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL)
    return FALSE;

  /* GLib's parser lets spaces and control characters through in a host;
   * no link a person should follow has them. */
  for (const char *p = url; *p; p++)
    if ((guchar)*p <= 0x20 || *p == 0x7f)
      return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);

  if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    return *g_uri_get_path (uri) != '\0';

  if (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
    return g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';

  return FALSE;
}
