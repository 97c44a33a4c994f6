/* floor-window.c: the floor for startup, an empty window
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: floor-window gtk|adw|adw-text
 *
 * Opens an empty GtkApplicationWindow (gtk) or AdwApplicationWindow (adw)
 * of the same default size as Versus's window, or (adw-text, a reference
 * rather than a floor) an AdwApplicationWindow with a header bar and 30
 * one-line labels, the least a window showing a comparison has; at the
 * end of its
 * first painted frame prints "first-frame <g_get_monotonic_time()>" and
 * quits: the same contract as VERSUS_BENCH_FIRST_FRAME=1 in the app, so
 * bench-startup measures both the same way.
 */
#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <gtk/gtk.h>

static gboolean use_adw;
static gboolean with_text;

#define N_TEXT_LINES 30

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
map_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window;

  if (use_adw)
    window = adw_application_window_new (app);
  else
    window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  if (with_text)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      for (int i = 0; i < N_TEXT_LINES; i++)
        {
          g_autofree char *text = g_strdup_printf ("Line %d of a few words", i + 1);

          gtk_box_append (GTK_BOX (box), gtk_label_new (text));
        }
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkApplication) app = NULL;

  if (argc != 2 || (strcmp (argv[1], "gtk") != 0 && strcmp (argv[1], "adw") != 0
                    && strcmp (argv[1], "adw-text") != 0))
    {
      fprintf (stderr, "usage: %s gtk|adw|adw-text\n", argv[0]);
      return 2;
    }
  with_text = strcmp (argv[1], "adw-text") == 0;
  use_adw = with_text || strcmp (argv[1], "adw") == 0;

  if (use_adw)
    app = GTK_APPLICATION (adw_application_new ("io.github.versus.BenchFloorAdw",
                                                G_APPLICATION_DEFAULT_FLAGS));
  else
    app = gtk_application_new ("io.github.versus.BenchFloorGtk",
                               G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
