/* SPDX-License-Identifier: MIT */
/*
 * Memory syscalls: mmap (and i386's mmap2 and old struct mmap), mremap,
 * mincore (mprotect, madvise, msync, mlockall, mlock2 and pkey_alloc are
 * rows of A_FLAGS()/A_XVAL() lists). Flag order follows strace 6.1's
 * output, which is not always numeric order (MAP_LOCKED after
 * MAP_DENYWRITE, for instance).
 */
#include <string.h>
#include <unistd.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "decoders.h"

void ltr_print_mmap_prot(struct ltr_strbuf *out, uint64_t prot)
{
	ltr_print_xt(out, LTR_XT(mmap_prot), prot & 0xffffffffu);
}

#define MAP_HUGE_SHIFT_BITS 26
#define MAP_HUGE_FIELD (0x3fu << MAP_HUGE_SHIFT_BITS)

/*
 * "MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE": the type, the flags in strace's
 * order, unknown bits in hex, then the huge page size as
 * "21<<MAP_HUGE_SHIFT".
 */
void ltr_print_mmap_flags(const struct ltr_call *c, struct ltr_strbuf *out,
			  uint64_t flags)
{
	uint64_t v = flags & 0xffffffffu;
	uint64_t huge = (v & MAP_HUGE_FIELD) >> MAP_HUGE_SHIFT_BITS;
	const char *type = ltr_xlat_lookup(LTR_XT(mmap_types), v & 0xf);

	if (!ltr_xlat_begin(out, v, LTR_XF_HEX))
		return;
	if (!type) {
		ltr_sb_printf(out, "%#llx /* MAP_??? */", (unsigned long long)(v & 0xf));
	} else {
		ltr_sb_puts(out, type);
	}
	v &= ~(uint64_t)0xf & ~(uint64_t)MAP_HUGE_FIELD;
	/* MAP_32BIT is in x86's lists only */
	ltr_print_flag_names(out, ltr_xlat_for_arch(LTR_XT(mmap_flags), c->arch), &v, 1);
	if (v)
		ltr_sb_printf(out, "|%#llx", (unsigned long long)v);
	if (huge)
		ltr_sb_printf(out, "|%llu<<MAP_HUGE_SHIFT", (unsigned long long)huge);
	ltr_xlat_end(out);
}

void ltr_print_arg_mmap_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_mmap_flags(c, c->out, c->args[idx]);
}

/* addr, length, prot, flags, fd, offset: offset in hex, fd -1 as -1. */
static void print_mmap_args(struct ltr_call *c, const uint64_t a[6], uint64_t offset)
{
	struct ltr_strbuf *out = c->out;

	ltr_print_addr(out, a[0]);
	ltr_sb_printf(out, ", %llu, ", (unsigned long long)a[1]);
	ltr_print_mmap_prot(out, a[2]);
	ltr_sb_append(out, ", ", 2);
	ltr_print_mmap_flags(c, out, a[3]);
	ltr_sb_append(out, ", ", 2);
	ltr_print_fd(c, (int)(uint32_t)a[4]);
	ltr_sb_printf(out, ", %#llx", (unsigned long long)offset);
}

/*
 * mmap. On i386 the syscall named mmap is old_mmap: its one argument
 * points to the six values ("mmap(NULL)" when that pointer is NULL).
 */
void ltr_decode_mmap(struct ltr_call *c)
{
	uint64_t a[6];
	unsigned i;

	if (c->exiting)
		return;
	if (ltr_arch_is(c, "i386")) {
		uint32_t raw[6];

		if (!ltr_fetch(c, ltr_arg_word(c, 0), raw, sizeof(raw)))
			return;
		for (i = 0; i < 6; i++)
			a[i] = raw[i];
		print_mmap_args(c, a, a[5]);
		return;
	}
	for (i = 0; i < 6; i++)
		a[i] = ltr_arg_word(c, i);
	print_mmap_args(c, a, a[5]);
}

/* mmap2: the offset argument counts 4096-byte units; strace shows bytes. */
void ltr_decode_mmap2(struct ltr_call *c)
{
	uint64_t a[6];
	unsigned i;

	if (c->exiting)
		return;
	for (i = 0; i < 6; i++)
		a[i] = ltr_arg_word(c, i);
	print_mmap_args(c, a, a[5] * 4096);
}

/* mremap(old, old_size, new_size, flags[, new_address with MREMAP_FIXED]) */
void ltr_decode_mremap(struct ltr_call *c)
{
	struct ltr_strbuf *out = c->out;
	uint64_t flags = ltr_arg_word(c, 3);  /* strace reads the whole word */

	if (c->exiting)
		return;
	ltr_print_addr(out, ltr_arg_word(c, 0));
	ltr_sb_printf(out, ", %llu, %llu, ", (unsigned long long)ltr_arg_word(c, 1),
		      (unsigned long long)ltr_arg_word(c, 2));
	ltr_print_xt(out, LTR_XT(mremap_flags), flags);
	if (flags & 2) {
		ltr_sb_append(out, ", ", 2);
		ltr_print_addr(out, ltr_arg_word(c, 4));
	}
}

/*
 * mincore(addr, length, vec): at exit one byte per page of the range (the
 * host's page size: the tracee runs on this kernel) as "[1, 0, ...]",
 * abbreviated after strsize elements unless -v; the address on failure.
 */
void ltr_decode_mincore(struct ltr_call *c)
{
	struct ltr_strbuf *out = c->out;
	uint64_t len = ltr_arg_word(c, 1), vec = ltr_arg_word(c, 2);
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE), n, shown, i;
	unsigned char chunk[256];

	if (!c->exiting) {
		ltr_print_addr(out, ltr_arg_word(c, 0));
		ltr_sb_printf(out, ", %llu, ", (unsigned long long)len);
		return;
	}
	if (ltr_call_failed(c) || !vec || !ltr_call_verbose(c)) {
		ltr_print_addr(out, vec);
		return;
	}
	n = len / page + (len % page != 0);
	shown = n;
	if (ltr_call_abbrev(c) && shown > c->opts->strsize)
		shown = c->opts->strsize;
	ltr_sb_putc(out, '[');
	for (i = 0; i < shown; i++) {
		if (i % sizeof(chunk) == 0) {
			uint64_t want = shown - i < sizeof(chunk) ? shown - i : sizeof(chunk);

			if (ltr_mem_read(c->mem, vec + i, chunk, (size_t)want) != 0) {
				ltr_sb_puts(out, i ? ", ...]" : "...]");
				return;
			}
		}
		ltr_sb_printf(out, "%s%u", i ? ", " : "", chunk[i % sizeof(chunk)]);
	}
	ltr_sb_puts(out, shown < n ? (shown ? ", ...]" : "...]") : "]");
}
