/* SPDX-License-Identifier: MIT */
/*
 * Reading tracee memory. Decoders never call process_vm_readv or ptrace
 * themselves: they go through a struct ltr_mem, so unit tests can hand them
 * fake memory (tests/unit/fake_mem.c) with holes, short pages and hostile
 * contents.
 */
#ifndef LTR_MEM_H
#define LTR_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct ltr_mem {
	/*
	 * Copies up to len bytes at tracee address addr into dst. Returns the
	 * number of bytes copied (short when the range runs into unmapped
	 * memory) or -errno when not even the first byte is readable.
	 */
	ssize_t (*read)(void *ctx, uint64_t addr, void *dst, size_t len);
	void *ctx;
	/*
	 * Copies len bytes from src to tracee address addr, all or nothing:
	 * returns 0, or -errno with nothing written (-EFAULT: part of the
	 * range is not mapped, or not writable by the program itself). With
	 * force, read-only mappings are written too, as debuggers do
	 * (PTRACE_POKEDATA; never PROT_NONE pages such as a stack's guard).
	 * NULL: read-only memory. (After ctx so that { read, ctx }
	 * initializers stay valid.)
	 */
	int (*write)(void *ctx, uint64_t addr, const void *src, size_t len, bool force);
};

/* A reader for the live process pid (process_vm_readv, PEEKDATA fallback). */
void ltr_mem_init_pid(struct ltr_mem *mem, pid_t pid);

/*
 * Forgets the pages the live readers keep (they read whole pages, a few
 * of them, and serve every read within them from then on): the core
 * calls it at every stop, as the tracees ran since. Writes through the
 * live writer call it themselves.
 */
void ltr_mem_invalidate(void);

/* Reads exactly len bytes. Returns 0, or -errno (-EFAULT for a short read). */
int ltr_mem_read(const struct ltr_mem *mem, uint64_t addr, void *dst, size_t len);

/*
 * Reads a NUL-terminated string of at most max bytes (not counting the
 * NUL) into dst, which must have room for max + 1 bytes. Returns the length
 * read (dst is NUL-terminated) or -errno if nothing could be read. Sets
 * *terminated when the NUL was found within max bytes.
 */
ssize_t ltr_mem_read_str(const struct ltr_mem *mem, uint64_t addr, char *dst,
			 size_t max, bool *terminated);

/*
 * Writes exactly len bytes of src at tracee address addr, all or nothing,
 * only where the program could write itself (writable mappings: the live
 * writer checks /proc/PID/maps, then uses process_vm_writev). Returns 0,
 * or -errno with nothing written (-EFAULT for a range not entirely mapped
 * writable; -EROFS for read-only memory objects).
 */
int ltr_mem_write(const struct ltr_mem *mem, uint64_t addr, const void *src, size_t len);
/*
 * The same through read-only mappings too (code, .rodata), as debuggers
 * write (PTRACE_POKEDATA: the thread must be ptrace-stopped). Still all
 * or nothing, and never into unmapped or PROT_NONE memory.
 */
int ltr_mem_write_force(const struct ltr_mem *mem, uint64_t addr, const void *src, size_t len);

/* Total bytes read from tracees so far (for --stats). */
extern uint64_t ltr_mem_bytes_read;

#endif
