/* gen-comparison.c: deterministic large comparison files for the benchmarks
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: gen-comparison SEED N_SUBJECTS N_CRITERIA OUTPUT
 *
 * The same arguments always give the same bytes. The file is a valid
 * versus-comparison (data/FORMAT.md): sources, subjects with summaries,
 * drawbacks and users, several categories, and criteria whose support for
 * each subject is omitted (not stated), a bare level, or an object with a
 * note of varied length, a source and sometimes the opinion flag. It is
 * written compact, one criterion per line, to stay well under the 64 MiB
 * limit at 8 x 100,000 and 64 x 10,000.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

static guint64 rng_state;

/* splitmix64: small, fast and the same on every platform */
static guint64
rng_next (void)
{
  guint64 z = (rng_state += 0x9e3779b97f4a7c15ULL);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static guint
rng_below (guint n)
{
  return (guint) (rng_next () % n);
}

static const char *words[] = {
  "request", "response", "template", "database", "migration", "session",
  "cache", "middleware", "router", "handler", "schema", "query", "index",
  "transaction", "form", "validation", "admin", "user", "permission",
  "token", "cookie", "header", "stream", "upload", "download", "static",
  "asset", "build", "deploy", "container", "worker", "queue", "task",
  "signal", "event", "hook", "plugin", "extension", "module", "package",
  "release", "version", "support", "community", "documentation", "tutorial",
  "example", "test", "fixture", "mock", "coverage", "profile", "trace",
  "log", "metric", "alert", "secure", "fast", "simple", "flexible",
  "scalable", "async", "sync", "typed", "dynamic", "built-in", "optional",
  "default", "custom", "external", "internal", "modern", "legacy", "stable",
  "lightweight", "full-stack", "minimal", "batteries", "ORM", "REST", "API",
  "JSON", "XML", "HTML", "CSS", "SQL", "NoSQL", "WebSocket", "HTTP/2",
  "OAuth", "CSRF", "XSS", "i18n", "l10n", "café", "naïve", "résumé",
  "Zürich", "façade", "coöperate", "Ångström", "日本語", "Ελληνικά", "→",
  "≥", "½", "“smart quotes”", "\\\"quoted\\\"",
  "back\\\\slash", "percent%", "ampersand&", "<angle>",
};

static const char *syllables[] = {
  "ka", "lo", "mi", "ra", "ven", "tor", "lux", "qui", "zen", "dra", "pho",
  "nix", "bel", "cor", "dal", "fen", "gri", "hol", "jin", "kev", "mor",
};

#define N_WORDS (G_N_ELEMENTS (words))

static void
put_words (FILE  *out,
           guint  n,
           gboolean capitalize)
{
  for (guint i = 0; i < n; i++)
    {
      const char *w = words[rng_below (N_WORDS)];

      if (i > 0)
        fputc (' ', out);
      if (capitalize && g_ascii_islower (w[0]))
        {
          fputc (g_ascii_toupper (w[0]), out);
          fputs (w + 1, out);
        }
      else
        fputs (w, out);
    }
}

/* a sentence of min..max words */
static void
put_sentence (FILE  *out,
              guint  min,
              guint  max)
{
  put_words (out, min + rng_below (max - min + 1), FALSE);
  fputc ('.', out);
}

static char *
make_name (guint i)
{
  GString *s = g_string_new (NULL);
  guint n = 2 + rng_below (2);

  for (guint k = 0; k < n; k++)
    g_string_append (s, syllables[rng_below (G_N_ELEMENTS (syllables))]);
  s->str[0] = g_ascii_toupper (s->str[0]);
  /* names stay unique */
  g_string_append_printf (s, " %u", i + 1);
  return g_string_free (s, FALSE);
}

int
main (int    argc,
      char **argv)
{
  guint64 seed;
  guint n_subjects, n_criteria, n_categories, n_sources;
  FILE *out;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s SEED N_SUBJECTS N_CRITERIA OUTPUT\n", argv[0]);
      return 2;
    }

  seed = g_ascii_strtoull (argv[1], NULL, 10);
  n_subjects = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  n_criteria = (guint) g_ascii_strtoull (argv[3], NULL, 10);
  if (n_subjects < 2 || n_subjects > 64 || n_criteria < 1 || n_criteria > 100000)
    {
      fprintf (stderr, "%s: 2..64 subjects and 1..100000 criteria\n", argv[0]);
      return 2;
    }

  rng_state = seed;
  n_categories = CLAMP (n_criteria / 400, 4, 60);
  n_sources = 12;

  out = fopen (argv[4], "w");
  if (out == NULL)
    {
      fprintf (stderr, "%s: %s: %s\n", argv[0], argv[4], g_strerror (errno));
      return 1;
    }

  fprintf (out,
           "{\n\"format\":\"versus-comparison\",\n\"version\":1,\n"
           "\"title\":\"Benchmark: %u subjects, %u criteria (seed %" G_GUINT64_FORMAT ")\",\n"
           "\"description\":\"",
           n_subjects, n_criteria, seed);
  put_sentence (out, 10, 30);
  fputs ("\",\n\"sources\":[\n", out);
  for (guint i = 0; i < n_sources; i++)
    {
      fprintf (out, "{\"id\":\"source-%u\",\"title\":\"", i + 1);
      put_words (out, 3 + rng_below (8), TRUE);
      fprintf (out, "\",\"url\":\"https://example.org/docs/%u/page-%u\"}%s\n",
               i + 1, rng_below (1000), i + 1 < n_sources ? "," : "");
    }

  fputs ("],\n\"subjects\":[\n", out);
  for (guint i = 0; i < n_subjects; i++)
    {
      g_autofree char *name = make_name (i);
      guint n_drawbacks = rng_below (4);
      guint n_users = rng_below (6);

      fprintf (out, "{\"id\":\"subject-%u\",\"name\":\"%s\","
               "\"url\":\"https://subject-%u.example.com/\",\"summary\":\"",
               i + 1, name, i + 1);
      put_sentence (out, 15, 60);
      fputs ("\",\"drawbacks\":[", out);
      for (guint k = 0; k < n_drawbacks; k++)
        {
          fputs (k ? ",\"" : "\"", out);
          put_sentence (out, 4, 20);
          fputc ('"', out);
        }
      fputs ("],\"used_by\":[", out);
      for (guint k = 0; k < n_users; k++)
        {
          g_autofree char *user = make_name (1000 + k);

          fprintf (out, "%s\"%s\"", k ? "," : "", user);
        }
      fprintf (out, "]}%s\n", i + 1 < n_subjects ? "," : "");
    }

  fputs ("],\n\"categories\":[\n", out);
  for (guint i = 0; i < n_categories; i++)
    {
      fprintf (out, "{\"id\":\"category-%u\",\"name\":\"", i + 1);
      put_words (out, 1 + rng_below (3), TRUE);
      fprintf (out, " %u\"", i + 1);
      if (rng_below (2))
        {
          fputs (",\"description\":\"", out);
          put_sentence (out, 5, 15);
          fputc ('"', out);
        }
      fprintf (out, "}%s\n", i + 1 < n_categories ? "," : "");
    }

  fputs ("],\n\"criteria\":[\n", out);
  for (guint i = 0; i < n_criteria; i++)
    {
      /* categories in runs, as a person writes them */
      guint category = (guint) ((guint64) i * n_categories / n_criteria);
      gboolean first = TRUE;
      /* with many subjects, shorter notes keep the file under the limit */
      guint max_note = n_subjects > 16 ? 10 : 24;

      fprintf (out, "{\"id\":\"criterion-%u\",\"category\":\"category-%u\",\"name\":\"",
               i + 1, category + 1);
      put_words (out, 1 + rng_below (5), TRUE);
      fputc ('"', out);
      if (rng_below (10) < 6)
        {
          fputs (",\"description\":\"", out);
          put_sentence (out, 3, 20);
          fputc ('"', out);
        }
      fputs (",\"support\":{", out);
      for (guint s = 0; s < n_subjects; s++)
        {
          guint r = rng_below (100);
          const char *level;

          if (r < 15)
            continue;  /* not stated */
          level = r < 55 ? "yes" : r < 75 ? "partial" : "no";

          fprintf (out, "%s\"subject-%u\":", first ? "" : ",", s + 1);
          first = FALSE;
          if (rng_below (10) < 6)
            {
              fprintf (out, "\"%s\"", level);
              continue;
            }
          fprintf (out, "{\"level\":\"%s\"", level);
          if (rng_below (10) < 7)
            {
              fputs (",\"note\":\"", out);
              put_sentence (out, 1, max_note);
              fputc ('"', out);
            }
          if (rng_below (2))
            fprintf (out, ",\"source\":\"source-%u\"", 1 + rng_below (n_sources));
          if (rng_below (10) == 0)
            fputs (",\"opinion\":true", out);
          fputc ('}', out);
        }
      fprintf (out, "}}%s\n", i + 1 < n_criteria ? "," : "");
    }
  fputs ("]\n}\n", out);

  if (fclose (out) != 0)
    {
      fprintf (stderr, "%s: %s: %s\n", argv[0], argv[4], g_strerror (errno));
      return 1;
    }

  return 0;
}
