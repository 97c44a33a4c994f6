/* vs-dataset-i18n.h: translations of the bundled comparison's text
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The gettext domain of the bundled comparison's text (po/datasets/). */
#define VS_DATASET_GETTEXT_PACKAGE "versus-datasets"

void         vs_dataset_i18n_init      (const char          *localedir);
const char  *vs_dataset_translate      (const char          *msgid);
char       **vs_dataset_translate_strv (const char * const  *msgids);

G_END_DECLS
