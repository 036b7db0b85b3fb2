/* SPDX-License-Identifier: MIT */
/*
 * Stores into a buffer that a test then maps as tracee memory
 * (fake_mem_map): fields at any offset, in the tracees' little-endian
 * order, without alignment.
 */
#ifndef LTR_TESTS_FAKE_BUF_H
#define LTR_TESTS_FAKE_BUF_H

#include <stdint.h>
#include <string.h>

static inline void fake_put_u32(void *p, uint32_t v)
{
	memcpy(p, &v, sizeof(v));
}

static inline void fake_put_u64(void *p, uint64_t v)
{
	memcpy(p, &v, sizeof(v));
}

#endif
