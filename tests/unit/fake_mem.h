/* SPDX-License-Identifier: MIT */
/*
 * A fake tracee for unit tests: an address space made of regions mapped
 * with given contents (everything else unreadable), and a builder for a
 * struct ltr_call of a given arch and syscall, so decoders run on any host.
 */
#ifndef LTR_TESTS_FAKE_MEM_H
#define LTR_TESTS_FAKE_MEM_H

#include <stddef.h>
#include <stdint.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "ltr/syscall.h"

/* Forgets every region. */
void fake_mem_reset(void);
/* Maps a copy of len bytes at addr (regions must not overlap). */
void fake_mem_map(uint64_t addr, const void *data, size_t len);
/* The same, writable only through ltr_mem_write_force(). */
void fake_mem_map_ro(uint64_t addr, const void *data, size_t len);
/* Maps a NUL-terminated copy of s at addr. */
void fake_mem_map_str(uint64_t addr, const char *s);
/* A reader over the fake address space. */
extern const struct ltr_mem fake_mem;

/* Fake arches with the fields printers use: name and wordsize. */
const struct ltr_arch *fake_arch(const char *name);

struct fake_call {
	struct ltr_call c;
	struct ltr_syscall_desc desc;
	struct ltr_decode_opts opts;
	struct ltr_strbuf out;
};

/*
 * Sets up fc for syscall name on arch with the given args (missing ones
 * 0): default options (strsize 32), empty output, pid of this process. The
 * row is the caller's desc when given, else an empty row named name.
 */
void fake_call_init(struct fake_call *fc, const char *arch, const char *name,
		    const uint64_t args[6]);
/* Marks the call exited with return value ret. */
void fake_call_exit(struct fake_call *fc, int64_t ret);
/* The output so far; the buffer is then reset. */
const char *fake_call_take(struct fake_call *fc);
void fake_call_free(struct fake_call *fc);

/* The syscalls.def row of name (a cmocka failure when there is none). */
const struct ltr_syscall_desc *fake_row(const char *name);
/* fake_call_init for row's syscall, with a copy of row and its ret kind. */
void fake_call_init_row(struct fake_call *fc, const char *arch,
			const struct ltr_syscall_desc *row, const uint64_t args[6]);
/*
 * Decodes the call set up in fc: entry, then kernel() when not NULL (the
 * kernel's side of the call, between entry and exit), exit with return
 * value ret, and the return value. Returns the whole line, as
 * fake_call_take.
 */
const char *fake_call_run(struct fake_call *fc, int64_t ret, void (*kernel)(void));
/* One whole call of syscall name through its syscalls.def row. */
const char *fake_call_line(struct fake_call *fc, const char *arch, const char *name,
			   const uint64_t args[6], int64_t ret);
/* One whole call of name on an empty row with custom decoder dec. */
const char *fake_call_decoder(struct fake_call *fc, const char *arch, const char *name,
			      ltr_decoder *dec, const uint64_t args[6], int64_t ret);

#endif
