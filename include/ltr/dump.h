/* SPDX-License-Identifier: MIT */
/*
 * -e read=SET and -e write=SET: hex dumps of the data a call moved
 * through the descriptors of SET, printed under the call's line as
 * strace 6.1 prints them:
 *
 *  | 00000  68 65 6c 6c 6f 0a                                 hello.           |
 *
 * Which calls dump, and where their data is, comes from the syscall
 * table (LTR_SF_DUMP_* in struct ltr_syscall_desc.flags); the printer
 * calls ltr_dump_call() once a call's line is done.
 */
#ifndef LTR_DUMP_H
#define LTR_DUMP_H

#include <stdbool.h>
#include <stddef.h>

#include "ltr/strbuf.h"
#include "ltr/syscall.h"

/*
 * Checks a descriptor set as strace reads one: "all", "none", or numbers
 * (0 to INT_MAX) separated by commas, each leading '!' inverting the set.
 * Returns 0, or -1 after copying into bad (size bytes; strlen(spec) + 1
 * always suffice) the text strace's "invalid descriptor '%s'" names: the
 * bad word, or the whole spec when it holds no word at all ("", "!", ",").
 */
int ltr_dump_check_set(const char *spec, char *bad, size_t size);

/*
 * Sets the descriptors whose reads and writes are dumped (-e read=,
 * -e write=; NULL: none). Both specs must have passed
 * ltr_dump_check_set(). A later call replaces both sets.
 */
void ltr_dump_setup(const char *read_spec, const char *write_spec);

/* True when a set was given: the printer then calls ltr_dump_call(). */
bool ltr_dump_enabled(void);

/*
 * Called with the buffer when the dump has added about 64 KiB to it, so
 * that a large transfer is written out as it is dumped: it writes the
 * buffer's unwritten text, and may truncate the buffer; the dump goes on
 * at the buffer's end, whatever it is then.
 */
typedef void ltr_dump_flush(struct ltr_strbuf *out, void *ctx);

/*
 * Appends to out the dump lines of the finished call c (c->exiting, the
 * return value known), when its descriptor (argument 0) is in the read
 * set and it read data, or in the write set and it wrote data; nothing
 * otherwise. Reads the data through c->mem; an unreadable buffer prints
 * nothing, or " | <Cannot fetch N bytes from pid P @0xADDR>" when part
 * of it was printed. flush may be NULL (everything stays in out).
 */
void ltr_dump_call(const struct ltr_call *c, struct ltr_strbuf *out, ltr_dump_flush *flush,
		   void *ctx);

#endif
