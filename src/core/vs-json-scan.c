/* vs-json-scan.c: a strict RFC 8259 parser of raw bytes into a compact tree
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 accepts things that are not JSON (single quotes, hex and
 * leading-zero numbers, comments), keeps the last of duplicate members,
 * "succeeds" on empty input, and overflows its stack on deep nesting; and
 * its tree of GObject-managed nodes costs more to build and free than the
 * whole load is allowed to take. So the loader does not use it: every byte
 * goes through this single linear pass, which checks strict JSON and
 * builds the tree the loader validates. It uses no recursion (the nesting
 * is an explicit stack bounded by VS_MAX_DEPTH) and stops at the first
 * syntax or encoding error: past one, a location is a guess. Duplicate
 * members are not fatal: they are reported with the JSON path of their
 * object and the parse goes on.
 *
 * The tree is flat: a container's values sit in one array in the arena,
 * written when the container closes (until then they wait on a stack).
 * Strings are decoded into the arena too; JSON paths are only made when
 * an error is reported.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef G_OS_UNIX
# include <sys/mman.h>
#endif

#include "vs-json-scan.h"

/* Objects with more members than this get a hash table for the duplicate
 * check; smaller ones (nearly all) compare linearly, which is cheaper. */
#define LINEAR_KEYS_MAX 16

/* The tree lives in large chunks of its own. On Unix they are mapped
 * straight from the system rather than taken from malloc's heap: once the
 * loader has built the model and frees the tree, all of it goes back to
 * the system, instead of staying resident as holes between the model's
 * small allocations (which is what json-glib's tree of small blocks did:
 * ten times the file size stayed resident after a load). */
#define CHUNK_SIZE (4 * 1024 * 1024)

/* Under AddressSanitizer (the fuzzing and asan builds) every block is a
 * malloc of its own, so that reading or writing past one is caught. */
#if defined(__SANITIZE_ADDRESS__)
# define ARENA_EXACT 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define ARENA_EXACT 1
# endif
#endif
#ifndef ARENA_EXACT
# define ARENA_EXACT 0
#endif
#if defined(G_OS_UNIX) && defined(MAP_ANONYMOUS) && !ARENA_EXACT
# define ARENA_MMAP 1
#else
# define ARENA_MMAP 0
#endif

typedef struct _Chunk Chunk;
struct _Chunk
{
  Chunk *next;
  gsize  size;   /* of the whole mapping, this header included */
};

#define CHUNK_HEADER_SIZE ((sizeof (Chunk) + 15) & ~(gsize)15)

typedef struct
{
  Chunk  *chunks;
  guchar *pos;
  guchar *limit;
} Arena;

typedef struct
{
  gboolean    is_object;
  guint       index;          /* arrays: position of the current element */
  guint       pending_start;  /* the first Scanner.pending entry of this container */
  const char *key;            /* objects: the current member's name, or NULL */
  gint        duplicate_of;   /* objects: the pending entry the current member replaces, or -1 */
  GHashTable *big;            /* objects with many members: name -> entry + 1 */
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

  Arena         arena;
  /* The finished members (and elements) of every open container, as a
   * stack: a container's are moved into the arena when it closes. */
  GArray       *pending;
  VsJsonNode    root;

  VsJsonScanReport report;
  gpointer         user_data;
  gboolean         stop;
} Scanner;

struct _VsJsonDocument
{
  Chunk      *chunks;
  VsJsonNode  root;
};

/* Huge pages, where the system gives them on request: a chunk of 4 MiB in
 * two pages rather than 1,024. A large file's tree takes some hundred
 * chunks, and on a virtual machine, where a page fault is dear, faulting
 * them in page by page was a fifth of the load (the first chunk, all a
 * small file needs, keeps small pages). */
#define HUGE_PAGE_SIZE (2 * 1024 * 1024)

/**
 * vs_json_advise_huge_pages:
 * @data: memory to be filled
 * @size: its size in bytes
 *
 * Asks for the whole huge pages inside @data to be backed by huge pages,
 * where the system gives them on request (the file's bytes too: see
 * read_capped() in vs-loader.c). Does nothing elsewhere.
 */
void
vs_json_advise_huge_pages (gpointer data,
                           gsize    size)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  guintptr start = ((guintptr)data + HUGE_PAGE_SIZE - 1) & ~(guintptr)(HUGE_PAGE_SIZE - 1);
  guintptr end = ((guintptr)data + size) & ~(guintptr)(HUGE_PAGE_SIZE - 1);

  if (end > start)
    madvise ((void *)start, end - start, MADV_HUGEPAGE);
#endif
}

static gpointer
system_alloc (gsize    size,
              gboolean huge)
{
#if ARENA_MMAP
  gsize mapped = size;
  guchar *memory;

# ifdef MADV_HUGEPAGE
  /* Aligned to a huge page: map more, and give back what sticks out. */
  if (huge)
    mapped = size + HUGE_PAGE_SIZE;
# endif

  memory = mmap (NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);

# ifdef MADV_HUGEPAGE
  if (huge)
    {
      guchar *aligned = (guchar *)(((guintptr)memory + HUGE_PAGE_SIZE - 1) & ~(guintptr)(HUGE_PAGE_SIZE - 1));
      gsize tail = (memory + mapped) - (aligned + size);

      if (aligned > memory)
        munmap (memory, aligned - memory);
      if (tail > 0)
        munmap (aligned + size, tail);
      memory = aligned;
      vs_json_advise_huge_pages (memory, size);
    }
# endif

  return memory;
#else
  return g_malloc (size);
#endif
}

static void
system_free (gpointer memory,
             gsize    size)
{
#if ARENA_MMAP
  munmap (memory, size);
#else
  g_free (memory);
#endif
}

static void
arena_free (Chunk *chunks)
{
  while (chunks != NULL)
    {
      Chunk *next = chunks->next;

      system_free (chunks, chunks->size);
      chunks = next;
    }
}

/* Memory for @size bytes, 8-aligned, valid until the arena is freed. */
static gpointer
arena_alloc (Arena *arena,
             gsize  size)
{
  guchar *memory;
  Chunk *chunk;

  if (!ARENA_EXACT)
    size = (size + 7) & ~(gsize)7;

  if (!ARENA_EXACT && G_LIKELY ((gsize)(arena->limit - arena->pos) >= size))
    {
      memory = arena->pos;
      arena->pos += size;
      return memory;
    }

  if (ARENA_EXACT || size > CHUNK_SIZE / 4)
    {
      /* A large block (the elements of a long array) gets a mapping of its
       * own, so that the current chunk's free space is not wasted. */
      chunk = system_alloc (CHUNK_HEADER_SIZE + size, FALSE);
      chunk->size = CHUNK_HEADER_SIZE + size;
      chunk->next = arena->chunks;
      arena->chunks = chunk;
      return (guchar *)chunk + CHUNK_HEADER_SIZE;
    }

  chunk = system_alloc (CHUNK_SIZE, arena->chunks != NULL);
  chunk->size = CHUNK_SIZE;
  chunk->next = arena->chunks;
  arena->chunks = chunk;
  memory = (guchar *)chunk + CHUNK_HEADER_SIZE;
  arena->pos = memory + size;
  arena->limit = (guchar *)chunk + CHUNK_SIZE;

  return memory;
}

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
      char *next;

      if (level->is_object)
        {
          if (level->key == NULL)
            break;
          next = vs_json_path_append_member (path, level->key);
        }
      else
        next = g_strdup_printf ("%s[%u]", path, level->index);

      g_free (path);
      path = next;
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

/* The code point of the escape at @p (its backslash), already checked by
 * scan_string(); *len is set to the escape's length in bytes. */
static gunichar
escape_value (const guchar *p,
              const guchar *end,
              guint        *len)
{
  gunichar ch = 0, low = 0;

  *len = 2;

  switch (p[1])
    {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'u':
      parse_u_escape (p, end, &ch);
      *len = 6;
      if (ch >= 0xD800 && ch <= 0xDBFF && parse_u_escape (p + 6, end, &low))
        {
          ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
          *len = 12;
        }
      return ch;
    default:   /* '"', '\\' and '/' stand for themselves */
      return p[1];
    }
}

/* Decodes the checked content of a string with escapes into @out. */
static void
decode_escapes (const guchar *p,
                const guchar *end,
                char         *out)
{
  while (p < end)
    {
      const guchar *run = p;
      guint len;

      while (p < end && *p != '\\')
        p++;
      memcpy (out, run, p - run);
      out += p - run;

      if (p < end)
        {
          gunichar ch = escape_value (p, end, &len);

          out += g_unichar_to_utf8 (ch, out);
          p += len;
        }
    }
}

/* Bytes that stand for themselves inside a string: printable ASCII but
 * the double quote and the backslash. */
static const guint8 plain_string_byte[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Scans the string whose opening quote is at *pp and stores it, decoded
 * and NUL-terminated, in the arena. Leaves *pp after the closing quote. */
static gboolean
scan_string (Scanner       *s,
             const guchar **pp,
             const char   **out,
             guint         *out_length)
{
  const guchar *open = *pp;
  const guchar *p = open + 1;
  gsize length = 0;   /* decoded bytes so far */
  gboolean escaped = FALSE;
  char *decoded;

  for (;;)
    {
      const guchar *limit;
      guchar c;

      /* The common case first: a run of printable ASCII, no further than
       * the byte that would make the string too long. */
      if ((gsize)(s->end - p) > VS_MAX_STRING_LENGTH + 1 - length)
        limit = p + (VS_MAX_STRING_LENGTH + 1 - length);
      else
        limit = s->end;
      {
        const guchar *q = p;

        while (q < limit && plain_string_byte[*q])
          q++;
        length += q - p;
        p = q;
      }

      if (length > VS_MAX_STRING_LENGTH)
        {
          failf (s, VS_LOADER_ERROR_TOO_LARGE, open,
                 _("string longer than %u bytes"), (guint)VS_MAX_STRING_LENGTH);
          return FALSE;
        }

      if (p >= s->end)
        {
          fail (s, VS_LOADER_ERROR_SYNTAX, open,
                _("unterminated string (no closing double quote before the end of the file)"));
          return FALSE;
        }

      c = *p;

      if (c == '"')
        break;

      if (c >= 0x80)
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
          p += escape_len;
          escaped = TRUE;
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

  /* Checked: now keep it. Escapes only ever shorten a string, and
   * @length is exactly its decoded size. */
  decoded = arena_alloc (&s->arena, length + 1);
  if (escaped)
    decode_escapes (open + 1, p, decoded);
  else
    memcpy (decoded, open + 1, length);
  decoded[length] = '\0';

  *out = decoded;
  *out_length = length;
  *pp = p + 1;
  return TRUE;
}

static gboolean
scan_number (Scanner       *s,
             const guchar **pp,
             VsJsonNode    *node)
{
  const guchar *p = *pp;
  const guchar *start = p;
  const guchar *digits_end;

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
  digits_end = p;

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

  /* Typed as json-glib types it: a fraction or an exponent makes a
   * double (whose value nothing in a comparison needs). */
  if (p == digits_end)
    {
      gint64 value = 0;

      for (const guchar *q = start + (*start == '-'); q < digits_end; q++)
        value = value * 10 + (*q - '0');   /* at most 18 digits: no overflow */
      node->type = VS_JSON_INTEGER;
      node->v.integer = *start == '-' ? -value : value;
    }
  else
    {
      node->type = VS_JSON_DOUBLE;
      node->v.integer = 0;
    }
  node->length = 0;

  *pp = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner       *s,
              const guchar **pp,
              VsJsonNode    *node)
{
  static const struct {
    const char *word;
    VsJsonType  type;
    gboolean    boolean;
  } words[] = {
    { "true", VS_JSON_BOOLEAN, TRUE },
    { "false", VS_JSON_BOOLEAN, FALSE },
    { "null", VS_JSON_NULL, FALSE },
  };
  const guchar *p = *pp;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize len = strlen (words[i].word);

      if ((gsize)(s->end - p) >= len && memcmp (p, words[i].word, len) == 0 &&
          (p + len == s->end || !(g_ascii_isalnum (p[len]) || p[len] == '_')))
        {
          node->type = words[i].type;
          node->length = 0;
          node->v.integer = 0;
          node->v.boolean = words[i].boolean;
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
  level->pending_start = s->pending->len;
  level->key = NULL;
  level->duplicate_of = -1;
  level->big = NULL;

  return TRUE;
}

/* A value is complete: it becomes the root, the next element of its
 * array, or the current member of its object. */
static void
add_value (Scanner          *s,
           const VsJsonNode *node)
{
  Level *level;
  VsJsonMember member;

  if (s->depth == 0)
    {
      s->root = *node;
      return;
    }

  level = &s->levels[s->depth - 1];

  if (level->is_object && level->duplicate_of >= 0)
    {
      /* As json-glib does: the first position, the last value. */
      g_array_index (s->pending, VsJsonMember, level->duplicate_of).value = *node;
      return;
    }

  member.name = level->is_object ? level->key : NULL;
  member.value = *node;
  g_array_append_val (s->pending, member);
}

/* Closes the innermost container: its members move into the arena. */
static void
pop (Scanner *s)
{
  Level *level = &s->levels[--s->depth];
  VsJsonMember *items = &g_array_index (s->pending, VsJsonMember, level->pending_start);
  guint n = s->pending->len - level->pending_start;
  VsJsonNode node = { 0 };

  node.length = n;

  if (level->is_object)
    {
      node.type = VS_JSON_OBJECT;
      if (n > 0)
        {
          node.v.members = arena_alloc (&s->arena, n * sizeof (VsJsonMember));
          memcpy (node.v.members, items, n * sizeof (VsJsonMember));
        }
      g_clear_pointer (&level->big, g_hash_table_unref);
    }
  else
    {
      node.type = VS_JSON_ARRAY;
      if (n > 0)
        {
          node.v.elements = arena_alloc (&s->arena, n * sizeof (VsJsonNode));
          for (guint i = 0; i < n; i++)
            node.v.elements[i] = items[i].value;
        }
    }

  g_array_set_size (s->pending, level->pending_start);
  add_value (s, &node);
}

/* The member name whose quote is at *pp: decode, check for a duplicate. */
static gboolean
scan_key (Scanner       *s,
          const guchar **pp)
{
  Level *level = &s->levels[s->depth - 1];
  const guchar *key_start = *pp;
  const char *name;
  guint length;
  guint n_members;
  gint duplicate_of = -1;

  if (!scan_string (s, pp, &name, &length))
    return FALSE;

  /* The finished members of this object; the one whose value is still to
   * come is the one being read. */
  n_members = s->pending->len - level->pending_start;

  if (level->big != NULL)
    {
      gpointer entry = g_hash_table_lookup (level->big, name);

      if (entry != NULL)
        duplicate_of = GPOINTER_TO_INT (entry) - 1;
      else
        g_hash_table_insert (level->big, (gpointer)name, GINT_TO_POINTER (s->pending->len + 1));
    }
  else
    {
      VsJsonMember *members = &g_array_index (s->pending, VsJsonMember, level->pending_start);

      for (guint i = 0; i < n_members; i++)
        if (strcmp (members[i].name, name) == 0)
          {
            duplicate_of = level->pending_start + i;
            break;
          }

      if (duplicate_of < 0 && n_members + 1 > LINEAR_KEYS_MAX)
        {
          level->big = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = 0; i < n_members; i++)
            g_hash_table_insert (level->big, (gpointer)members[i].name,
                                 GINT_TO_POINTER (level->pending_start + i + 1));
          g_hash_table_insert (level->big, (gpointer)name, GINT_TO_POINTER (s->pending->len + 1));
        }
    }

  if (duplicate_of >= 0)
    {
      g_autofree char *path = path_of (s, s->depth - 1);
      g_autofree char *message = g_strdup_printf (_("duplicate member \"%s\""), name);

      if (!s->report (s->user_data, VS_LOADER_ERROR_INVALID,
                      s->line, column_of (s, key_start), path, message))
        {
          s->stop = TRUE;
          return FALSE;
        }
    }

  /* The name is the current member even when it is a duplicate:
   * path_of() reads it. */
  level->key = name;
  level->duplicate_of = duplicate_of;

  return TRUE;
}

/**
 * vs_json_parse:
 * @report: called for each error; the first syntax or encoding error
 *   stops the parse, a duplicate member does not
 *
 * Parses strict JSON into a compact tree, in one pass with no recursion.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL after a
 *   syntax or encoding error (or when @report asked to stop)
 */
VsJsonDocument *
vs_json_parse (const char       *data,
               gsize             length,
               VsJsonScanReport  report,
               gpointer          user_data)
{
  Scanner s = { 0 };
  VsJsonDocument *document;
  const guchar *p;
  State state = STATE_VALUE;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (report != NULL, NULL);

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
      return NULL;
    }
  if (length >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
    {
      fail (&s, VS_LOADER_ERROR_ENCODING, p,
            _("the file is UTF-16; a comparison file must be UTF-8"));
      return NULL;
    }

  s.pending = g_array_sized_new (FALSE, FALSE, sizeof (VsJsonMember), 256);

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
              VsJsonNode node = { VS_JSON_STRING, 0, { 0 } };

              if (scan_string (&s, &p, &node.v.string, &node.length))
                {
                  add_value (&s, &node);
                  state = STATE_AFTER_VALUE;
                }
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              VsJsonNode node;

              if (scan_number (&s, &p, &node))
                {
                  add_value (&s, &node);
                  state = STATE_AFTER_VALUE;
                }
            }
          else if (c == 't' || c == 'f' || c == 'n')
            {
              VsJsonNode node;

              if (scan_literal (&s, &p, &node))
                {
                  add_value (&s, &node);
                  state = STATE_AFTER_VALUE;
                }
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
    g_clear_pointer (&s.levels[--s.depth].big, g_hash_table_unref);
  g_array_unref (s.pending);

  if (!ok)
    {
      arena_free (s.arena.chunks);
      return NULL;
    }

  document = g_new0 (VsJsonDocument, 1);
  document->chunks = s.arena.chunks;
  document->root = s.root;

  return document;
}

/**
 * vs_json_document_get_root:
 *
 * Returns: (transfer none): the top-level value
 */
const VsJsonNode *
vs_json_document_get_root (VsJsonDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);
  return &document->root;
}

void
vs_json_document_free (VsJsonDocument *document)
{
  if (document == NULL)
    return;

  arena_free (document->chunks);
  g_free (document);
}

/**
 * vs_json_object_get_member:
 *
 * Returns: (transfer none) (nullable): the value of the member @name of
 *   @object, or %NULL when it has none
 */
const VsJsonNode *
vs_json_object_get_member (const VsJsonNode *object,
                           const char       *name)
{
  g_return_val_if_fail (object != NULL && object->type == VS_JSON_OBJECT, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < object->length; i++)
    if (strcmp (object->v.members[i].name, name) == 0)
      return &object->v.members[i].value;

  return NULL;
}
