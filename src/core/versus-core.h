/* versus-core.h: everything of the core, for the application and tests
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-types.h"
#include "vs-category.h"
#include "vs-cli.h"
#include "vs-comparison.h"
#include "vs-criterion.h"
#include "vs-loader.h"
#include "vs-pending-load.h"
#include "vs-ranking.h"
#include "vs-report.h"
#include "vs-selection.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-view.h"
