/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-error.h"

/* The quark's name is the error domain bindings see. */
/* clang-format off */
G_DEFINE_QUARK (dg-error-quark, dg_error)
/* clang-format on */
