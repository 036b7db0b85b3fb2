/* SPDX-License-Identifier: MIT */
/*
 * errno names, from the list src/decode/xlat/errnos.in (indexed by
 * number: the userspace errnos, then the kernel-internal ones that strace
 * 6.1 names).
 */
#include <stddef.h>

#include "ltr/decode.h"
#include "xlat/tables.h"

const char *ltr_errno_name(int err)
{
	return err > 0 ? ltr_xlat_lookup(LTR_XT(errnos), (uint64_t)err) : NULL;
}
