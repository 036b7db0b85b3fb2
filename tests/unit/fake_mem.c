/* SPDX-License-Identifier: MIT */
/* A fake tracee address space; see fake_mem.h. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"

#define MAX_REGIONS 32

static struct region {
	uint64_t addr;
	size_t len;
	unsigned char *data;
	bool readonly;   /* written only with force */
} regions[MAX_REGIONS];
static unsigned nregions;

void fake_mem_reset(void)
{
	unsigned i;

	for (i = 0; i < nregions; i++)
		free(regions[i].data);
	nregions = 0;
}

void fake_mem_map(uint64_t addr, const void *data, size_t len)
{
	struct region *r;

	if (nregions == MAX_REGIONS)
		abort();
	r = &regions[nregions++];
	r->addr = addr;
	r->len = len;
	r->data = ltr_xmalloc(len);
	r->readonly = false;
	memcpy(r->data, data, len);
}

void fake_mem_map_ro(uint64_t addr, const void *data, size_t len)
{
	fake_mem_map(addr, data, len);
	regions[nregions - 1].readonly = true;
}

void fake_mem_map_str(uint64_t addr, const char *s)
{
	fake_mem_map(addr, s, strlen(s) + 1);
}

/* The region holding addr (the last mapped, when they overlap), or NULL. */
static struct region *region_at(uint64_t addr)
{
	unsigned i;

	for (i = nregions; i-- > 0;)
		if (addr >= regions[i].addr && addr - regions[i].addr < regions[i].len)
			return &regions[i];
	return NULL;
}

/*
 * Copies len bytes of the mapped bytes from addr on, across adjacent
 * regions: into dst when it is not NULL, else from src into the regions.
 * Returns how many were copied, or -EFAULT when addr is not mapped.
 */
static ssize_t copy_mapped(uint64_t addr, void *dst, const void *src, size_t len)
{
	size_t done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		struct region *r = region_at(at);
		unsigned char *mem;
		size_t n;

		if (!r)
			break;
		n = r->len - (size_t)(at - r->addr);
		if (n > len - done)
			n = len - done;
		mem = r->data + (at - r->addr);
		if (dst)
			memcpy((char *)dst + done, mem, n);
		else
			memcpy(mem, (const char *)src + done, n);
		done += n;
	}
	return done ? (ssize_t)done : -EFAULT;
}

static ssize_t fake_read(void *ctx, uint64_t addr, void *dst, size_t len)
{
	(void)ctx;
	return copy_mapped(addr, dst, NULL, len);
}

/* All or nothing, like the live writer: every byte mapped (and writable). */
static int fake_write(void *ctx, uint64_t addr, const void *src, size_t len, bool force)
{
	size_t done = 0;

	(void)ctx;
	while (done < len) {
		struct region *r = region_at(addr + done);

		if (!r || (r->readonly && !force))
			return -EFAULT;
		done += r->len - (size_t)(addr + done - r->addr);
	}
	if (len)
		copy_mapped(addr, NULL, src, len);
	return 0;
}

const struct ltr_mem fake_mem = { .read = fake_read, .ctx = NULL, .write = fake_write };

static const struct ltr_arch fake_arches[] = {
	{ .name = "x86_64", .audit_arch = 0xc000003e, .wordsize = 8 },
	{ .name = "i386", .audit_arch = 0x40000003, .wordsize = 4 },
	{ .name = "aarch64", .audit_arch = 0xc00000b7, .wordsize = 8 },
	{ .name = "riscv64", .audit_arch = 0xc00000f3, .wordsize = 8 },
};

const struct ltr_arch *fake_arch(const char *name)
{
	unsigned i;

	for (i = 0; i < sizeof(fake_arches) / sizeof(fake_arches[0]); i++)
		if (strcmp(fake_arches[i].name, name) == 0)
			return &fake_arches[i];
	abort();
}

void fake_call_init(struct fake_call *fc, const char *arch, const char *name,
		    const uint64_t args[6])
{
	struct ltr_strbuf out = fc->out;

	memset(fc, 0, sizeof(*fc));
	fc->out = out;
	ltr_sb_reset(&fc->out);
	fc->desc.name = name;
	fc->desc.nargs = 6;
	fc->opts.strsize = 32;
	fc->c.arch = fake_arch(arch);
	fc->c.desc = &fc->desc;
	if (args)
		memcpy(fc->c.args, args, sizeof(fc->c.args));
	fc->c.pid = getpid();
	fc->c.tid = fc->c.pid;
	fc->c.mem = &fake_mem;
	fc->c.opts = &fc->opts;
	fc->c.out = &fc->out;
}

void fake_call_exit(struct fake_call *fc, int64_t ret)
{
	fc->c.exiting = true;
	fc->c.ret = ret;
}

const char *fake_call_take(struct fake_call *fc)
{
	static char copy[65536];

	strncpy(copy, ltr_sb_cstr(&fc->out), sizeof(copy) - 1);
	ltr_sb_reset(&fc->out);
	return copy;
}

void fake_call_free(struct fake_call *fc)
{
	ltr_sb_free(&fc->out);
}

const struct ltr_syscall_desc *fake_row(const char *name)
{
	const struct ltr_syscall_desc *row = ltr_syscall_desc_find(name);

	assert_non_null(row);
	return row;
}

void fake_call_init_row(struct fake_call *fc, const char *arch,
			const struct ltr_syscall_desc *row, const uint64_t args[6])
{
	fake_call_init(fc, arch, row->name, args);
	fc->desc = *row;
	fc->c.ret_kind = row->ret;
}

const char *fake_call_run(struct fake_call *fc, int64_t ret, void (*kernel)(void))
{
	/* as the core does at the entry stop (src/stops.c) */
	fc->c.sel_nr = fc->c.nr;
	if (fc->c.desc && (fc->c.desc->flags & LTR_SF_MULTIPLEX))
		ltr_demux_entry(&fc->c);
	ltr_decode_entry(&fc->c);
	if (kernel)
		kernel();
	fake_call_exit(fc, ret);
	ltr_decode_exit(&fc->c);
	ltr_decode_retval(&fc->c, (unsigned)fc->out.len);
	return fake_call_take(fc);
}

const char *fake_call_line(struct fake_call *fc, const char *arch, const char *name,
			   const uint64_t args[6], int64_t ret)
{
	fake_call_init_row(fc, arch, fake_row(name), args);
	return fake_call_run(fc, ret, NULL);
}

const char *fake_call_decoder(struct fake_call *fc, const char *arch, const char *name,
			      ltr_decoder *dec, const uint64_t args[6], int64_t ret)
{
	fake_call_init(fc, arch, name, args);
	fc->desc.decode = dec;
	return fake_call_run(fc, ret, NULL);
}
