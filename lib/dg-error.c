/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "diplograph.h"

G_DEFINE_QUARK (dg - error - quark, dg_error)
