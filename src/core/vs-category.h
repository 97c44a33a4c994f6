/* vs-category.h
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vs-types.h"

G_BEGIN_DECLS

#define VS_TYPE_CATEGORY (vs_category_get_type ())
G_DECLARE_FINAL_TYPE (VsCategory, vs_category, VS, CATEGORY, GObject)

VsCategory *vs_category_new             (const char *id,
                                         const char *name);
const char *vs_category_get_id          (VsCategory *self);
const char *vs_category_get_name        (VsCategory *self);
const char *vs_category_get_description (VsCategory *self);
void        vs_category_set_description (VsCategory *self,
                                         const char *description);
guint       vs_category_get_index       (VsCategory *self);
void        vs_category_set_index       (VsCategory *self,
                                         guint       index);
GListModel *vs_category_get_criteria    (VsCategory *self);
void        vs_category_add_criterion   (VsCategory  *self,
                                         VsCriterion *criterion);

G_END_DECLS
