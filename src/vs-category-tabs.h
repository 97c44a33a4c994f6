/* vs-category-tabs.h: a button per page of the tables' stack
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VS_TYPE_CATEGORY_TABS (vs_category_tabs_get_type ())
G_DECLARE_FINAL_TYPE (VsCategoryTabs, vs_category_tabs, VS, CATEGORY_TABS, GtkWidget)

GtkWidget    *vs_category_tabs_new       (void);
AdwViewStack *vs_category_tabs_get_stack (VsCategoryTabs *self);
void          vs_category_tabs_set_stack (VsCategoryTabs *self,
                                          AdwViewStack   *stack);

G_END_DECLS
