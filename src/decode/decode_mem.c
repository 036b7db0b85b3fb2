/* SPDX-License-Identifier: MIT */
/*
 * Memory syscalls: mmap (and i386's mmap2 and old struct mmap), mprotect,
 * madvise, mremap, msync, mlockall, mlock2, pkey_alloc. Flag order follows strace 6.1's
 * output, which is not always numeric order (MAP_LOCKED after
 * MAP_DENYWRITE, for instance).
 */
#include <string.h>
#include <unistd.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "decoders.h"

static const struct ltr_xlat prot_flags[] = {
	LTR_XLAT_PAIR(0x1, "PROT_READ"),
	LTR_XLAT_PAIR(0x2, "PROT_WRITE"),
	LTR_XLAT_PAIR(0x4, "PROT_EXEC"),
	LTR_XLAT_PAIR(0x8, "PROT_SEM"),
	LTR_XLAT_PAIR(0x01000000, "PROT_GROWSDOWN"),
	LTR_XLAT_PAIR(0x02000000, "PROT_GROWSUP"),
	LTR_XLAT_END
};

void ltr_print_mmap_prot(struct ltr_strbuf *out, uint64_t prot)
{
	ltr_print_flags_dflt(out, prot_flags, prot & 0xffffffffu, "PROT_NONE", "PROT_???");
}

static const struct ltr_xlat map_types[] = {
	LTR_XLAT_PAIR(0x1, "MAP_SHARED"),
	LTR_XLAT_PAIR(0x2, "MAP_PRIVATE"),
	LTR_XLAT_PAIR(0x3, "MAP_SHARED_VALIDATE"),
	LTR_XLAT_END
};

/* x86 values; MAP_32BIT exists only there. */
static const struct ltr_xlat map_flags[] = {
	LTR_XLAT_PAIR(0x10, "MAP_FIXED"),
	LTR_XLAT_PAIR(0x20, "MAP_ANONYMOUS"),
	LTR_XLAT_PAIR(0x40, "MAP_32BIT"),
	LTR_XLAT_PAIR(0x4000, "MAP_NORESERVE"),
	LTR_XLAT_PAIR(0x8000, "MAP_POPULATE"),
	LTR_XLAT_PAIR(0x10000, "MAP_NONBLOCK"),
	LTR_XLAT_PAIR(0x100, "MAP_GROWSDOWN"),
	LTR_XLAT_PAIR(0x800, "MAP_DENYWRITE"),
	LTR_XLAT_PAIR(0x1000, "MAP_EXECUTABLE"),
	LTR_XLAT_PAIR(0x2000, "MAP_LOCKED"),
	LTR_XLAT_PAIR(0x20000, "MAP_STACK"),
	LTR_XLAT_PAIR(0x40000, "MAP_HUGETLB"),
	LTR_XLAT_PAIR(0x80000, "MAP_SYNC"),
	LTR_XLAT_PAIR(0x100000, "MAP_FIXED_NOREPLACE"),
	LTR_XLAT_END
};

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
	bool x86 = ltr_arch_is(c, "x86_64") || ltr_arch_is(c, "i386");
	uint64_t v = flags & 0xffffffffu;
	uint64_t huge = (v & MAP_HUGE_FIELD) >> MAP_HUGE_SHIFT_BITS;
	const char *type = ltr_xlat_lookup(map_types, v & 0xf);
	const struct ltr_xlat *x;

	if (!ltr_xlat_begin(out, v, LTR_XF_HEX))
		return;
	if (!type) {
		ltr_sb_printf(out, "%#llx /* MAP_??? */", (unsigned long long)(v & 0xf));
	} else {
		ltr_sb_puts(out, type);
	}
	v &= ~(uint64_t)0xf & ~(uint64_t)MAP_HUGE_FIELD;
	for (x = map_flags; x->name; x++) {
		if (!x86 && x->val == 0x40)
			continue;
		if ((v & x->val) == x->val) {
			ltr_sb_putc(out, '|');
			ltr_sb_puts(out, x->name);
			v &= ~x->val;
		}
	}
	if (v)
		ltr_sb_printf(out, "|%#llx", (unsigned long long)v);
	if (huge)
		ltr_sb_printf(out, "|%llu<<MAP_HUGE_SHIFT", (unsigned long long)huge);
	ltr_xlat_end(out);
}

void ltr_print_arg_mmap_prot(struct ltr_call *c, unsigned idx)
{
	ltr_print_mmap_prot(c->out, c->args[idx]);
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

static const struct ltr_xlat madvise_advice[] = {
	LTR_XLAT_PAIR(0, "MADV_NORMAL"),
	LTR_XLAT_PAIR(1, "MADV_RANDOM"),
	LTR_XLAT_PAIR(2, "MADV_SEQUENTIAL"),
	LTR_XLAT_PAIR(3, "MADV_WILLNEED"),
	LTR_XLAT_PAIR(4, "MADV_DONTNEED"),
	LTR_XLAT_PAIR(8, "MADV_FREE"),
	LTR_XLAT_PAIR(9, "MADV_REMOVE"),
	LTR_XLAT_PAIR(10, "MADV_DONTFORK"),
	LTR_XLAT_PAIR(11, "MADV_DOFORK"),
	LTR_XLAT_PAIR(12, "MADV_MERGEABLE"),
	LTR_XLAT_PAIR(13, "MADV_UNMERGEABLE"),
	LTR_XLAT_PAIR(14, "MADV_HUGEPAGE"),
	LTR_XLAT_PAIR(15, "MADV_NOHUGEPAGE"),
	LTR_XLAT_PAIR(16, "MADV_DONTDUMP"),
	LTR_XLAT_PAIR(17, "MADV_DODUMP"),
	LTR_XLAT_PAIR(18, "MADV_WIPEONFORK"),
	LTR_XLAT_PAIR(19, "MADV_KEEPONFORK"),
	LTR_XLAT_PAIR(20, "MADV_COLD"),
	LTR_XLAT_PAIR(21, "MADV_PAGEOUT"),
	LTR_XLAT_PAIR(22, "MADV_POPULATE_READ"),
	LTR_XLAT_PAIR(23, "MADV_POPULATE_WRITE"),
	LTR_XLAT_PAIR(24, "MADV_DONTNEED_LOCKED"),
	LTR_XLAT_PAIR(25, "MADV_COLLAPSE"),
	LTR_XLAT_PAIR(100, "MADV_HWPOISON"),
	LTR_XLAT_PAIR(101, "MADV_SOFT_OFFLINE"),
	LTR_XLAT_END
};

void ltr_print_arg_madvise_advice(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, madvise_advice, (uint32_t)c->args[idx], "MADV_???");
}

static const struct ltr_xlat mremap_flags[] = {
	LTR_XLAT_PAIR(1, "MREMAP_MAYMOVE"),
	LTR_XLAT_PAIR(2, "MREMAP_FIXED"),
	LTR_XLAT_PAIR(4, "MREMAP_DONTUNMAP"),
	LTR_XLAT_END
};

/* mremap(old, old_size, new_size, flags[, new_address with MREMAP_FIXED]) */
void ltr_decode_mremap(struct ltr_call *c)
{
	struct ltr_strbuf *out = c->out;
	uint64_t flags = (uint32_t)c->args[3];

	if (c->exiting)
		return;
	ltr_print_addr(out, ltr_arg_word(c, 0));
	ltr_sb_printf(out, ", %llu, %llu, ", (unsigned long long)ltr_arg_word(c, 1),
		      (unsigned long long)ltr_arg_word(c, 2));
	ltr_print_flags(out, mremap_flags, flags, NULL);
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

static const struct ltr_xlat msync_flags[] = {
	LTR_XLAT_PAIR(1, "MS_ASYNC"),
	LTR_XLAT_PAIR(4, "MS_SYNC"),
	LTR_XLAT_PAIR(2, "MS_INVALIDATE"),
	LTR_XLAT_END
};

void ltr_print_arg_msync_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, msync_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat mlockall_flags[] = {
	LTR_XLAT_PAIR(1, "MCL_CURRENT"),
	LTR_XLAT_PAIR(2, "MCL_FUTURE"),
	LTR_XLAT_PAIR(4, "MCL_ONFAULT"),
	LTR_XLAT_END
};

void ltr_print_arg_mlockall_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, mlockall_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat mlock2_flags[] = {
	LTR_XLAT_PAIR(1, "MLOCK_ONFAULT"),
	LTR_XLAT_END
};

void ltr_print_arg_mlock2_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, mlock2_flags, (uint32_t)c->args[idx], NULL);
}

/* pkey_alloc's access rights */
static const struct ltr_xlat pkey_access[] = {
	LTR_XLAT_PAIR(1, "PKEY_DISABLE_ACCESS"),
	LTR_XLAT_PAIR(2, "PKEY_DISABLE_WRITE"),
	LTR_XLAT_END
};

void ltr_print_arg_pkey_access(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, pkey_access, (uint32_t)c->args[idx], NULL);
}
