/* SPDX-License-Identifier: MIT */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/*
 * Reading and writing the memory of live tracees; see include/ltr/mem.h.
 * process_vm_readv is the fast path. When it is unavailable (ENOSYS: an
 * old or restricted kernel; EPERM: some LSM setups) the reader falls back
 * to PTRACE_PEEKDATA, one word at a time, for the life of the tracer.
 * Writes go the same way: process_vm_writev, then PTRACE_POKEDATA.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ltr/mem.h"

uint64_t ltr_mem_bytes_read;

/* Set once process_vm_readv has failed with ENOSYS or EPERM. */
static int vm_readv_broken;

static size_t page_size(void)
{
	static size_t size;

	if (!size) {
		long v = sysconf(_SC_PAGESIZE);

		size = v > 0 ? (size_t)v : 4096;
	}
	return size;
}

/*
 * PEEKDATA reader: copies up to len bytes, word by word. Returns the bytes
 * copied or -errno when the first word is unreadable.
 */
static ssize_t peek_read(pid_t pid, uint64_t addr, void *dst, size_t len)
{
	const size_t word = sizeof(long);
	char *out = dst;
	size_t done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		uint64_t aligned = at & ~(uint64_t)(word - 1);
		size_t skip = (size_t)(at - aligned);
		size_t n = word - skip;
		long val;

		if (n > len - done)
			n = len - done;
		errno = 0;
		val = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)aligned, NULL);
		if (errno) {
			if (done)
				break;
			return -errno;
		}
		memcpy(out + done, (char *)&val + skip, n);
		done += n;
	}
	return (ssize_t)done;
}

/*
 * The pages read during one stop, as strace keeps them: decoders read
 * many small pieces close together (an iovec array, then each buffer; a
 * msghdr, its name, its control data), and one process_vm_readv per page
 * serves them all. A few pages, reused round-robin, keyed by thread and
 * page; dropped at every stop (ltr_mem_invalidate()), since the tracee
 * ran in between, and whenever ltr writes to a tracee.
 */
#define CACHE_PAGES 4
static struct {
	pid_t pid;      /* 0: empty */
	uint64_t page;  /* address of the page */
	char *data;     /* page_size() bytes */
} cache[CACHE_PAGES];
static unsigned cache_next;

void ltr_mem_invalidate(void)
{
	unsigned i;

	for (i = 0; i < CACHE_PAGES; i++)
		cache[i].pid = 0;
}

/* One process_vm_readv; -errno on failure. */
static ssize_t vm_read(pid_t pid, uint64_t addr, void *dst, size_t len)
{
	struct iovec local = { dst, len };
	struct iovec remote = { (void *)(uintptr_t)addr, len };
	ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);

	if (n < 0)
		return -errno;
	ltr_mem_bytes_read += (uint64_t)n;
	return n;
}

/*
 * The cached page of pid at page (page-aligned), read now if it is not
 * cached: NULL when it cannot be read whole (*err: -errno, or -EFAULT).
 */
static const char *cached_page(pid_t pid, uint64_t page, ssize_t *err)
{
	size_t pg = page_size();
	unsigned i;
	ssize_t n;

	for (i = 0; i < CACHE_PAGES; i++)
		if (cache[i].pid == pid && cache[i].page == page)
			return cache[i].data;
	i = cache_next;
	if (!cache[i].data) {
		cache[i].data = malloc(pg);
		if (!cache[i].data) {
			*err = -ENOMEM;
			return NULL;
		}
	}
	cache[i].pid = 0;
	n = vm_read(pid, page, cache[i].data, pg);
	if (n != (ssize_t)pg) {
		*err = n < 0 ? n : -EFAULT;
		return NULL;
	}
	cache[i].pid = pid;
	cache[i].page = page;
	cache_next = (i + 1) % CACHE_PAGES;
	return cache[i].data;
}

/*
 * A read of at most CACHE_PAGES pages through the cache. Returns the
 * bytes copied, short at the first page that cannot be read (a page is
 * readable whole or not at all, so that is where the kernel would stop),
 * or -errno when not even the first can.
 */
static ssize_t cached_read(pid_t pid, uint64_t addr, void *dst, size_t len)
{
	size_t pg = page_size(), done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		uint64_t page = at & ~(uint64_t)(pg - 1);
		size_t off = (size_t)(at - page), n = pg - off;
		ssize_t err = 0;
		const char *data = cached_page(pid, page, &err);

		if (!data)
			return done ? (ssize_t)done : err;
		if (n > len - done)
			n = len - done;
		memcpy((char *)dst + done, data + off, n);
		done += n;
	}
	return (ssize_t)done;
}

/*
 * process_vm_readv reader. The kernel stops at the first unreadable page,
 * so a range crossing into unmapped memory comes back short, which is what
 * the contract asks for. Ranges of a few pages go through the cache;
 * larger ones, and page 0, are read as asked.
 */
static ssize_t pid_read(void *ctx, uint64_t addr, void *dst, size_t len)
{
	pid_t pid = (pid_t)(intptr_t)ctx;
	size_t pg = page_size();
	uint64_t first = addr & ~(uint64_t)(pg - 1), end = addr + len;
	ssize_t n;

	if (len == 0)
		return 0;
	if (!vm_readv_broken) {
		if (first && end > addr && end - first <= CACHE_PAGES * pg)
			n = cached_read(pid, addr, dst, len);
		else
			n = vm_read(pid, addr, dst, len);
		if (n >= 0 || (n != -ENOSYS && n != -EPERM))
			return n;
		vm_readv_broken = 1;
	}
	n = peek_read(pid, addr, dst, len);
	if (n > 0)
		ltr_mem_bytes_read += (uint64_t)n;
	return n;
}

/* Set once process_vm_writev has failed with ENOSYS or EPERM. */
static int vm_writev_broken;

/*
 * POKEDATA writer: writes up to len bytes, word by word; a partial word at
 * either end is read first and merged. Returns the bytes written or -errno
 * (-EFAULT for an unmapped address: PTRACE_POKEDATA says EIO) when the
 * first word cannot be written.
 */
static ssize_t poke_write(pid_t pid, uint64_t addr, const void *src, size_t len)
{
	const size_t word = sizeof(long);
	const char *in = src;
	size_t done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		uint64_t aligned = at & ~(uint64_t)(word - 1);
		size_t skip = (size_t)(at - aligned);
		size_t n = word - skip;
		long val = 0;
		int err = 0;

		if (n > len - done)
			n = len - done;
		if (n < word) {
			errno = 0;
			val = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)aligned, NULL);
			err = errno;
		}
		if (!err) {
			memcpy((char *)&val + skip, in + done, n);
			if (ptrace(PTRACE_POKEDATA, pid, (void *)(uintptr_t)aligned,
				   (void *)val) < 0)
				err = errno;
		}
		if (err) {
			if (done)
				break;
			return err == EIO ? -EFAULT : -err;
		}
		done += n;
	}
	return (ssize_t)done;
}

/*
 * Whether [addr, addr + len) is entirely mapped in pid, with every
 * mapping writable (or, with force, at least readable: never PROT_NONE
 * guard pages), from /proc/PID/maps (sorted by address).
 */
static bool range_allowed(pid_t pid, uint64_t addr, size_t len, bool force)
{
	char path[64], line[512];
	uint64_t at = addr, end = addr + len;
	FILE *f;

	if (end < addr)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return false;
	while (at < end && fgets(line, sizeof(line), f)) {
		unsigned long long lo, hi;
		char perms[8];

		if (sscanf(line, "%llx-%llx %7s", &lo, &hi, perms) != 3)
			continue;
		if (hi <= at)
			continue;
		if (lo > at)
			break; /* a hole */
		if (perms[force ? 0 : 1] != (force ? 'r' : 'w'))
			break;
		at = hi;
	}
	fclose(f);
	return at >= end;
}

/*
 * The live writer, all or nothing: the range is checked against the
 * process's mappings first, so that nothing is written when any part of
 * it could not be (process_vm_writev honours page protections but writes
 * up to the first bad page; POKEDATA writes through protections). Only a
 * mapping changed by another thread between the check and the write can
 * still cut a write short.
 */
static int pid_write(void *ctx, uint64_t addr, const void *src, size_t len, bool force)
{
	pid_t pid = (pid_t)(intptr_t)ctx;
	ssize_t n;

	if (len == 0)
		return 0;
	ltr_mem_invalidate(); /* what is cached of it changes */
	if (!range_allowed(pid, addr, len, force))
		return -EFAULT;
	if (!force && !vm_writev_broken) {
		struct iovec local = { (void *)(uintptr_t)src, len };
		struct iovec remote = { (void *)(uintptr_t)addr, len };

		n = process_vm_writev(pid, &local, 1, &remote, 1, 0);
		if (n == (ssize_t)len)
			return 0;
		if (n >= 0)
			return -EFAULT;
		if (errno != ENOSYS && errno != EPERM)
			return -errno;
		vm_writev_broken = 1;
	}
	n = poke_write(pid, addr, src, len);
	if (n < 0)
		return (int)n;
	return n == (ssize_t)len ? 0 : -EFAULT;
}

void ltr_mem_init_pid(struct ltr_mem *mem, pid_t pid)
{
	mem->read = pid_read;
	mem->ctx = (void *)(intptr_t)pid;
	mem->write = pid_write;
}

int ltr_mem_write(const struct ltr_mem *mem, uint64_t addr, const void *src, size_t len)
{
	if (!mem->write)
		return -EROFS;
	return mem->write(mem->ctx, addr, src, len, false);
}

int ltr_mem_write_force(const struct ltr_mem *mem, uint64_t addr, const void *src, size_t len)
{
	if (!mem->write)
		return -EROFS;
	return mem->write(mem->ctx, addr, src, len, true);
}

int ltr_mem_read(const struct ltr_mem *mem, uint64_t addr, void *dst, size_t len)
{
	size_t done = 0;

	while (done < len) {
		ssize_t n = mem->read(mem->ctx, addr + done, (char *)dst + done,
				      len - done);

		if (n < 0)
			return (int)n;
		if (n == 0)
			return -EFAULT;
		done += (size_t)n;
	}
	return 0;
}

/*
 * Reads chunk by chunk, never asking for bytes past the page holding the
 * next byte until that page turned out to have no NUL: a short string at
 * the end of the last mapped page must not fail because the page after
 * it is unmapped.
 */
ssize_t ltr_mem_read_str(const struct ltr_mem *mem, uint64_t addr, char *dst,
			 size_t max, bool *terminated)
{
	size_t pg = page_size();
	size_t done = 0;

	*terminated = false;
	while (done < max) {
		uint64_t at = addr + done;
		size_t chunk = pg - (size_t)(at & (pg - 1));
		ssize_t n;
		char *nul;

		if (chunk > max - done)
			chunk = max - done;
		n = mem->read(mem->ctx, at, dst + done, chunk);
		if (n <= 0) {
			if (done)
				break;
			dst[0] = '\0';
			return n < 0 ? n : -EFAULT;
		}
		nul = memchr(dst + done, '\0', (size_t)n);
		if (nul) {
			*terminated = true;
			return nul - dst;
		}
		done += (size_t)n;
		if ((size_t)n < chunk)
			break;
	}
	dst[done] = '\0';
	return (ssize_t)done;
}
