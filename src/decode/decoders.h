/* SPDX-License-Identifier: MIT */
/*
 * Printers and custom decoders of the decoder families (decode_*.c),
 * referenced by argtypes.h and syscalls.def. Private to src/decode/.
 */
#ifndef LTR_DECODE_DECODERS_H
#define LTR_DECODE_DECODERS_H

#include "ltr/decode.h"

/* Each family appends its declarations in its own section below. */

#endif
