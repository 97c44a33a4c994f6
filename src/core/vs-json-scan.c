/* vs-json-scan.c: a strict RFC 8259 pre-scan of raw bytes
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 accepts things that are not JSON (single quotes, hex and
 * leading-zero numbers, comments), keeps the last of duplicate members,
 * "succeeds" on empty input, and overflows its stack on deep nesting. So
 * every byte goes through this single linear pass first. It uses no
 * recursion (the nesting is an explicit stack bounded by VS_MAX_DEPTH) and
 * stops at the first syntax or encoding error: past one, a location is a
 * guess. Duplicate members are not fatal: they are reported with the JSON
 * path of their object and the scan goes on.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vs-json-scan.h"

/* Objects with more members than this get a hash table for the duplicate
 * check; smaller ones (nearly all) compare linearly, which is cheaper. */
#define LINEAR_KEYS_MAX 16

typedef struct
{
  guint offset;   /* into Scanner.arena */
  guint length;
} KeyRef;

typedef struct
{
  gboolean    is_object;
  guint       index;       /* arrays: position of the current element */
  guint       keys_start;  /* objects: first KeyRef of this object */
  GHashTable *big;         /* objects with many members: decoded name set */
} Level;

typedef enum
{
  STATE_VALUE,             /* a value must come */
  STATE_VALUE_OR_CLOSE,    /* just after '[' */
  STATE_VALUE_AFTER_COMMA, /* after ',' in an array */
  STATE_KEY_OR_CLOSE,      /* just after '{' */
  STATE_KEY,               /* after ',' in an object */
  STATE_COLON,
  STATE_AFTER_VALUE,
} State;

typedef struct
{
  const guchar *start;
  const guchar *end;
  const guchar *line_start;
  guint         line;

  Level         levels[VS_MAX_DEPTH + 1];
  guint         depth;

  GString      *arena;     /* decoded member names of open objects */
  GArray       *keys;      /* KeyRef, a stack like levels */

  VsJsonScanReport report;
  gpointer         user_data;
  gboolean         stop;
} Scanner;

static guint
column_of (Scanner      *s,
           const guchar *p)
{
  guint column = 1;

  /* Columns count characters, not bytes: skip UTF-8 continuation bytes. */
  for (const guchar *q = s->line_start; q < p && q < s->end; q++)
    if ((*q & 0xC0) != 0x80)
      column++;

  return column;
}

static gboolean
is_simple_member (const char *member)
{
  if (*member == '\0')
    return FALSE;

  for (const char *p = member; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '$')
      return FALSE;

  return TRUE;
}

/**
 * vs_json_path_append_member:
 *
 * Appends `.member`, or `["member"]` (JSON-escaped) when the name holds
 * anything but letters, digits, '_', '-' and '$'.
 */
char *
vs_json_path_append_member (const char *path,
                            const char *member)
{
  GString *str = g_string_new (path);

  if (is_simple_member (member))
    {
      g_string_append_c (str, '.');
      g_string_append (str, member);
    }
  else
    {
      g_string_append (str, "[\"");
      for (const guchar *p = (const guchar *)member; *p; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_printf (str, "\\%c", *p);
          else if (*p < 0x20)
            g_string_append_printf (str, "\\u%04x", *p);
          else
            g_string_append_c (str, *p);
        }
      g_string_append (str, "\"]");
    }

  return g_string_free (str, FALSE);
}

/* The path of the container at @depth levels (0 is "$"). */
static char *
path_of (Scanner *s,
         guint    depth)
{
  g_autofree char *path = g_strdup ("$");

  for (guint i = 0; i < depth; i++)
    {
      Level *level = &s->levels[i];

      if (level->is_object)
        {
          guint n_keys = (i + 1 < s->depth ? s->levels[i + 1].keys_start : s->keys->len) - level->keys_start;
          KeyRef *ref;
          g_autofree char *name = NULL;
          char *next;

          if (n_keys == 0)
            break;
          ref = &g_array_index (s->keys, KeyRef, level->keys_start + n_keys - 1);
          name = g_strndup (s->arena->str + ref->offset, ref->length);
          next = vs_json_path_append_member (path, name);
          g_free (path);
          path = next;
        }
      else
        {
          char *next = g_strdup_printf ("%s[%u]", path, level->index);
          g_free (path);
          path = next;
        }
    }

  return g_steal_pointer (&path);
}

static void
fail (Scanner       *s,
      VsLoaderError  code,
      const guchar  *p,
      const char    *message)
{
  s->report (s->user_data, code, s->line, column_of (s, p), NULL, message);
  s->stop = TRUE;
}

G_GNUC_PRINTF (4, 5)
static void
failf (Scanner       *s,
       VsLoaderError  code,
       const guchar  *p,
       const char    *format,
       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fail (s, code, p, message);
}

/* Length of the valid UTF-8 sequence at @p (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or 0. */
static guint
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  guchar c = p[0];
  gsize avail = end - p;

  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    return (avail >= 2 && (p[1] & 0xC0) == 0x80) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF)
    {
      guchar lo = 0x80, hi = 0xBF;

      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
      if (avail < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
        return 0;
      return 3;
    }
  if (c >= 0xF0 && c <= 0xF4)
    {
      guchar lo = 0x80, hi = 0xBF;

      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
      if (avail < 4 || p[1] < lo || p[1] > hi ||
          (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
        return 0;
      return 4;
    }

  return 0;
}

static void
fail_invalid_utf8 (Scanner      *s,
                   const guchar *p)
{
  failf (s, VS_LOADER_ERROR_ENCODING, p,
         _("invalid UTF-8 (byte 0x%02X); a comparison file must be UTF-8"),
         *p);
}

/* Says what was found at @p when something else was expected. */
static void
fail_unexpected (Scanner      *s,
                 const guchar *p,
                 const char   *expected)
{
  guchar c;

  if (p >= s->end)
    {
      failf (s, VS_LOADER_ERROR_SYNTAX, p,
             _("unexpected end of the file (expected %s)"), expected);
      return;
    }

  c = *p;

  if (c == '\'')
    fail (s, VS_LOADER_ERROR_SYNTAX, p,
          _("single quotes are not JSON: strings and member names take double quotes"));
  else if (c == '/' || c == '#')
    fail (s, VS_LOADER_ERROR_SYNTAX, p,
          _("comments are not allowed in JSON"));
  else if (c == '+')
    fail (s, VS_LOADER_ERROR_SYNTAX, p,
          _("a number may not start with '+'"));
  else if (c == '.')
    fail (s, VS_LOADER_ERROR_SYNTAX, p,
          _("a number must have a digit before '.'"));
  else if (g_ascii_isalpha (c) || c == '_')
    {
      const guchar *q = p;
      g_autofree char *word = NULL;

      while (q < s->end && q - p < 32 && (g_ascii_isalnum (*q) || *q == '_'))
        q++;
      word = g_strndup ((const char *)p, q - p);

      if (g_str_equal (word, "NaN") || g_str_equal (word, "Infinity"))
        failf (s, VS_LOADER_ERROR_SYNTAX, p,
               _("%s is not a JSON number"), word);
      else
        failf (s, VS_LOADER_ERROR_SYNTAX, p,
               _("expected %s, found the word \"%s\" (JSON words are true, false and null; strings take double quotes)"),
               expected, word);
    }
  else if (c == '\0')
    failf (s, VS_LOADER_ERROR_ENCODING, p,
           _("expected %s, found a NUL byte"), expected);
  else if (c < 0x20 || c == 0x7F)
    failf (s, VS_LOADER_ERROR_ENCODING, p,
           _("expected %s, found the control character U+%04X"), expected, c);
  else if (c >= 0x80)
    {
      guint len = utf8_sequence_length (p, s->end);

      if (len == 0)
        fail_invalid_utf8 (s, p);
      else
        {
          g_autofree char *ch = g_strndup ((const char *)p, len);
          failf (s, VS_LOADER_ERROR_SYNTAX, p,
                 _("expected %s, found \"%s\""), expected, ch);
        }
    }
  else
    failf (s, VS_LOADER_ERROR_SYNTAX, p,
           _("expected %s, found '%c'"), expected, c);
}

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Parses the four hex digits of \uXXXX at @p (pointing at the backslash). */
static gboolean
parse_u_escape (const guchar *p,
                const guchar *end,
                gunichar     *out)
{
  gunichar value = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return FALSE;

  for (guint i = 2; i < 6; i++)
    {
      int v = hex_value (p[i]);

      if (v < 0)
        return FALSE;
      value = value * 16 + v;
    }

  *out = value;
  return TRUE;
}

/* Scans the string whose opening quote is at *pp. When @decoded is given
 * (member names), the decoded bytes are appended to it. Leaves *pp after
 * the closing quote. */
static gboolean
scan_string (Scanner       *s,
             const guchar **pp,
             GString       *decoded)
{
  const guchar *open = *pp;
  const guchar *p = open + 1;
  const guchar *run = p;
  gsize length = 0;

  for (;;)
    {
      guchar c;

      if (p >= s->end)
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, open,
                _("unterminated string (no closing double quote before the end of the file)"));
          return FALSE;
        }

      c = *p;

      if (c == '"')
        break;

      if (c >= 0x20 && c < 0x80 && c != '\\')
        {
          p++;
          length++;
        }
      else if (c >= 0x80)
        {
          guint len = utf8_sequence_length (p, s->end);

          if (len == 0)
            {
              fail_invalid_utf8 (s, p);
              return FALSE;
            }
          p += len;
          length += len;
        }
      else if (c == '\\')
        {
          gunichar ch;
          guint escape_len = 2;

          if (decoded != NULL)
            g_string_append_len (decoded, (const char *)run, p - run);

          if (p + 1 >= s->end)
            {
              fail (s, VS_LOADER_ERROR_SYNTAX, open,
                    _("unterminated string (no closing double quote before the end of the file)"));
              return FALSE;
            }

          switch (p[1])
            {
            case '"':  ch = '"'; break;
            case '\\': ch = '\\'; break;
            case '/':  ch = '/'; break;
            case 'b':  ch = '\b'; break;
            case 'f':  ch = '\f'; break;
            case 'n':  ch = '\n'; break;
            case 'r':  ch = '\r'; break;
            case 't':  ch = '\t'; break;
            case 'u':
              if (!parse_u_escape (p, s->end, &ch))
                {
                  fail (s, VS_LOADER_ERROR_SYNTAX, p,
                        _("invalid \\u escape (expected four hexadecimal digits)"));
                  return FALSE;
                }
              escape_len = 6;
              if (ch >= 0xD800 && ch <= 0xDBFF)
                {
                  gunichar low;

                  if (!parse_u_escape (p + 6, s->end, &low) ||
                      low < 0xDC00 || low > 0xDFFF)
                    {
                      fail (s, VS_LOADER_ERROR_ENCODING, p,
                            _("a \\u escape of a high surrogate must be followed by one of a low surrogate"));
                      return FALSE;
                    }
                  ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
                  escape_len = 12;
                }
              else if (ch >= 0xDC00 && ch <= 0xDFFF)
                {
                  fail (s, VS_LOADER_ERROR_ENCODING, p,
                        _("a \\u escape of a lone low surrogate is not a character"));
                  return FALSE;
                }
              break;
            default:
              if (p[1] >= 0x20 && p[1] < 0x7F)
                failf (s, VS_LOADER_ERROR_SYNTAX, p,
                       _("invalid escape \"\\%c\" (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"), p[1]);
              else
                fail (s, VS_LOADER_ERROR_SYNTAX, p,
                      _("invalid escape (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"));
              return FALSE;
            }

          if (ch == 0)
            {
              fail (s, VS_LOADER_ERROR_ENCODING, p,
                    _("NUL (\\u0000) is not allowed in strings"));
              return FALSE;
            }
          if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F)
            {
              failf (s, VS_LOADER_ERROR_ENCODING, p,
                     _("control character U+%04X is not allowed in strings (only tab and newline are)"),
                     ch);
              return FALSE;
            }

          length += g_unichar_to_utf8 (ch, NULL);
          if (decoded != NULL)
            {
              char buf[8];
              g_string_append_len (decoded, buf, g_unichar_to_utf8 (ch, buf));
            }
          p += escape_len;
          run = p;
        }
      else if (c == '\n' || c == '\t' || c == '\r')
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, p,
                _("a line break or tab inside a string must be written as \\n or \\t"));
          return FALSE;
        }
      else if (c == '\0')
        {
          fail (s, VS_LOADER_ERROR_ENCODING, p, _("NUL byte inside a string"));
          return FALSE;
        }
      else
        {
          failf (s, VS_LOADER_ERROR_ENCODING, p,
                 _("control character U+%04X inside a string"), c);
          return FALSE;
        }

      if (length > VS_MAX_STRING_LENGTH)
        {
          failf (s, VS_LOADER_ERROR_TOO_LARGE, open,
                 _("string longer than %u bytes"), (guint)VS_MAX_STRING_LENGTH);
          return FALSE;
        }
    }

  if (decoded != NULL)
    g_string_append_len (decoded, (const char *)run, p - run);

  *pp = p + 1;
  return TRUE;
}

static gboolean
scan_number (Scanner       *s,
             const guchar **pp)
{
  const guchar *p = *pp;
  const guchar *start = p;

  if (*p == '-')
    {
      p++;
      if (p < s->end && *p == 'I')
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, start, _("-Infinity is not a JSON number"));
          return FALSE;
        }
      if (p >= s->end || !g_ascii_isdigit (*p))
        {
          fail_unexpected (s, p, _("a digit after '-'"));
          return FALSE;
        }
    }

  if (*p == '0')
    {
      p++;
      if (p < s->end && (*p == 'x' || *p == 'X'))
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, start, _("hexadecimal numbers are not JSON"));
          return FALSE;
        }
      if (p < s->end && g_ascii_isdigit (*p))
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, start, _("a number may not have leading zeros"));
          return FALSE;
        }
    }
  else
    while (p < s->end && g_ascii_isdigit (*p))
      p++;

  /* json-glib 1.6 silently wraps integers beyond 64 bits (a version of
   * 99999999999999999999 would read as some other number). Versus has no
   * use for such integers, so they are refused rather than misread. */
  if ((p - start) - (*start == '-') > 18 &&
      !(p < s->end && (*p == '.' || *p == 'e' || *p == 'E')))
    {
      fail (s, VS_LOADER_ERROR_TOO_LARGE, start,
            _("integer too large (at most 18 digits)"));
      return FALSE;
    }

  if (p < s->end && *p == '.')
    {
      p++;
      if (p >= s->end || !g_ascii_isdigit (*p))
        {
          fail_unexpected (s, p, _("a digit after '.'"));
          return FALSE;
        }
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < s->end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < s->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= s->end || !g_ascii_isdigit (*p))
        {
          fail_unexpected (s, p, _("a digit in the exponent"));
          return FALSE;
        }
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }

  if (p - start > VS_MAX_STRING_LENGTH)
    {
      failf (s, VS_LOADER_ERROR_TOO_LARGE, start,
             _("number longer than %u characters"), (guint)VS_MAX_STRING_LENGTH);
      return FALSE;
    }

  *pp = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner       *s,
              const guchar **pp)
{
  static const char * const words[] = { "true", "false", "null" };
  const guchar *p = *pp;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize len = strlen (words[i]);

      if ((gsize)(s->end - p) >= len && memcmp (p, words[i], len) == 0 &&
          (p + len == s->end || !(g_ascii_isalnum (p[len]) || p[len] == '_')))
        {
          *pp = p + len;
          return TRUE;
        }
    }

  fail_unexpected (s, p, _("a value"));
  return FALSE;
}

static gboolean
push (Scanner      *s,
      const guchar *p,
      gboolean      is_object)
{
  Level *level;

  if (s->depth >= VS_MAX_DEPTH)
    {
      failf (s, VS_LOADER_ERROR_TOO_LARGE, p,
             _("nesting deeper than %u levels"), (guint)VS_MAX_DEPTH);
      return FALSE;
    }

  level = &s->levels[s->depth++];
  level->is_object = is_object;
  level->index = 0;
  level->keys_start = s->keys->len;
  level->big = NULL;

  return TRUE;
}

static void
pop (Scanner *s)
{
  Level *level = &s->levels[--s->depth];

  if (level->is_object)
    {
      if (level->keys_start < s->keys->len)
        g_string_truncate (s->arena, g_array_index (s->keys, KeyRef, level->keys_start).offset);
      g_array_set_size (s->keys, level->keys_start);
      g_clear_pointer (&level->big, g_hash_table_unref);
    }
}

/* The member name whose quote is at *pp: decode, check for a duplicate. */
static gboolean
scan_key (Scanner       *s,
          const guchar **pp)
{
  Level *level = &s->levels[s->depth - 1];
  const guchar *key_start = *pp;
  KeyRef ref;
  const char *name;
  guint n_keys;
  gboolean duplicate = FALSE;

  ref.offset = s->arena->len;
  if (!scan_string (s, pp, s->arena))
    return FALSE;
  ref.length = s->arena->len - ref.offset;
  name = s->arena->str + ref.offset;
  n_keys = s->keys->len - level->keys_start;

  if (level->big != NULL)
    duplicate = !g_hash_table_add (level->big, g_strndup (name, ref.length));
  else
    {
      for (guint i = level->keys_start; i < s->keys->len; i++)
        {
          KeyRef *other = &g_array_index (s->keys, KeyRef, i);

          if (other->length == ref.length &&
              memcmp (s->arena->str + other->offset, name, ref.length) == 0)
            {
              duplicate = TRUE;
              break;
            }
        }

      if (!duplicate && n_keys + 1 > LINEAR_KEYS_MAX)
        {
          level->big = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint i = level->keys_start; i < s->keys->len; i++)
            {
              KeyRef *other = &g_array_index (s->keys, KeyRef, i);
              g_hash_table_add (level->big, g_strndup (s->arena->str + other->offset, other->length));
            }
          g_hash_table_add (level->big, g_strndup (name, ref.length));
        }
    }

  if (duplicate)
    {
      g_autofree char *path = path_of (s, s->depth - 1);
      g_autofree char *shown = g_strndup (name, ref.length);
      g_autofree char *message = g_strdup_printf (_("duplicate member \"%s\""), shown);

      if (!s->report (s->user_data, VS_LOADER_ERROR_INVALID,
                      s->line, column_of (s, key_start), path, message))
        {
          s->stop = TRUE;
          return FALSE;
        }
    }

  /* The name stays in the arena even when it is a duplicate: it is the
   * current member, and path_of() reads the last one. */
  g_array_append_val (s->keys, ref);

  return TRUE;
}

gboolean
vs_json_scan (const char       *data,
              gsize             length,
              VsJsonScanReport  report,
              gpointer          user_data)
{
  Scanner s = { 0 };
  const guchar *p;
  State state = STATE_VALUE;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  s.start = (const guchar *)(data ? data : "");
  s.end = s.start + length;
  s.line_start = s.start;
  s.line = 1;
  s.report = report;
  s.user_data = user_data;
  p = s.start;

  if (length >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    {
      fail (&s, VS_LOADER_ERROR_ENCODING, p,
            _("the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM"));
      return FALSE;
    }
  if (length >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
    {
      fail (&s, VS_LOADER_ERROR_ENCODING, p,
            _("the file is UTF-16; a comparison file must be UTF-8"));
      return FALSE;
    }

  s.arena = g_string_sized_new (256);
  s.keys = g_array_sized_new (FALSE, FALSE, sizeof (KeyRef), 64);

  while (!s.stop)
    {
      guchar c;

      while (p < s.end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
        {
          if (*p == '\n')
            {
              s.line++;
              s.line_start = p + 1;
            }
          p++;
        }

      if (p >= s.end)
        {
          if (state == STATE_AFTER_VALUE && s.depth == 0)
            ok = TRUE;
          else if (p == s.start || (state == STATE_VALUE && s.depth == 0))
            fail (&s, VS_LOADER_ERROR_SYNTAX, p,
                  _("the file is empty (expected a JSON object)"));
          else
            fail_unexpected (&s, p,
                             s.levels[s.depth - 1].is_object ? _("\"}\" to close an object")
                                                             : _("\"]\" to close an array"));
          break;
        }

      c = *p;

      switch (state)
        {
        case STATE_VALUE_OR_CLOSE:
        case STATE_VALUE_AFTER_COMMA:
        case STATE_VALUE:
          if (c == ']' && state == STATE_VALUE_OR_CLOSE)
            {
              pop (&s);
              p++;
              state = STATE_AFTER_VALUE;
            }
          else if (c == ']' && state == STATE_VALUE_AFTER_COMMA)
            fail (&s, VS_LOADER_ERROR_SYNTAX, p, _("trailing comma before \"]\""));
          else if (c == '{')
            {
              if (push (&s, p, TRUE))
                {
                  p++;
                  state = STATE_KEY_OR_CLOSE;
                }
            }
          else if (c == '[')
            {
              if (push (&s, p, FALSE))
                {
                  p++;
                  state = STATE_VALUE_OR_CLOSE;
                }
            }
          else if (c == '"')
            {
              if (scan_string (&s, &p, NULL))
                state = STATE_AFTER_VALUE;
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (scan_number (&s, &p))
                state = STATE_AFTER_VALUE;
            }
          else if (c == 't' || c == 'f' || c == 'n')
            {
              if (scan_literal (&s, &p))
                state = STATE_AFTER_VALUE;
            }
          else
            fail_unexpected (&s, p, _("a value"));
          break;

        case STATE_KEY_OR_CLOSE:
        case STATE_KEY:
          if (c == '"')
            {
              if (scan_key (&s, &p))
                state = STATE_COLON;
            }
          else if (c == '}' && state == STATE_KEY_OR_CLOSE)
            {
              pop (&s);
              p++;
              state = STATE_AFTER_VALUE;
            }
          else if (c == '}')
            fail (&s, VS_LOADER_ERROR_SYNTAX, p, _("trailing comma before \"}\""));
          else
            fail_unexpected (&s, p, _("a member name in double quotes"));
          break;

        case STATE_COLON:
          if (c == ':')
            {
              p++;
              state = STATE_VALUE;
            }
          else
            fail_unexpected (&s, p, _("\":\" after the member name"));
          break;

        case STATE_AFTER_VALUE:
          if (s.depth == 0)
            fail_unexpected (&s, p, _("the end of the file after the JSON value"));
          else if (s.levels[s.depth - 1].is_object)
            {
              if (c == ',')
                {
                  p++;
                  state = STATE_KEY;
                }
              else if (c == '}')
                {
                  pop (&s);
                  p++;
                }
              else
                fail_unexpected (&s, p, _("\",\" or \"}\""));
            }
          else
            {
              if (c == ',')
                {
                  p++;
                  s.levels[s.depth - 1].index++;
                  state = STATE_VALUE_AFTER_COMMA;
                }
              else if (c == ']')
                {
                  pop (&s);
                  p++;
                }
              else
                fail_unexpected (&s, p, _("\",\" or \"]\""));
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  while (s.depth > 0)
    pop (&s);
  g_string_free (s.arena, TRUE);
  g_array_unref (s.keys);

  return ok;
}
