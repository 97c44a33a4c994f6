/* vs-cli.h: the command line that needs no display
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean            vs_cli_wants_headless (int                  argc,
                                           char               **argv);
int                 vs_cli_main           (int                  argc,
                                           char               **argv);
const GOptionEntry *vs_cli_get_entries    (void);

G_END_DECLS
