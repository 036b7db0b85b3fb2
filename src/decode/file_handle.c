/* SPDX-License-Identifier: MIT */
/*
 * name_to_handle_at and open_by_handle_at: struct file_handle, as strace
 * 6.1 prints it (its file_handle.c):
 *
 *   name_to_handle_at(AT_FDCWD, "/etc/hostname", {handle_bytes=128 => 8,
 *       handle_type=1, f_handle="\xdd\x02..."}, [27], 0) = 0
 *   open_by_handle_at(3, {handle_bytes=8, handle_type=1, f_handle="..."},
 *       O_RDONLY) = 4
 *
 * handle_bytes is read at entry (what the caller offers) and again at
 * exit, with " => N" when the kernel changed it (also on EOVERFLOW, which
 * says how many bytes a handle needs); the handle itself only when the
 * call succeeded.
 */
#include <errno.h>

#include "decoders.h"

#define MAX_HANDLE_SZ 128 /* the kernel's limit (linux/exportfs.h) */
#define HEADER_SIZE 8     /* handle_bytes, handle_type */

/* f_handle="\x..": handle_bytes bytes after the header, all in hex. */
static void print_f_handle(struct ltr_call *c, uint64_t addr, uint32_t handle_bytes)
{
	unsigned len = handle_bytes < MAX_HANDLE_SZ ? handle_bytes : MAX_HANDLE_SZ;
	char bytes[MAX_HANDLE_SZ];

	ltr_sb_puts(c->out, "f_handle=");
	if (!len) {
		ltr_sb_puts(c->out, "\"\"");
		return;
	}
	if (!ltr_fetch_quiet(c, addr + HEADER_SIZE, bytes, len)) {
		ltr_sb_puts(c->out, "???");
		return;
	}
	ltr_print_quoted_hex(c->out, bytes, len, handle_bytes > len);
}

/* The whole handle at addr (open_by_handle_at's input). */
static void print_handle(struct ltr_call *c, uint64_t addr)
{
	unsigned char h[HEADER_SIZE];

	if (!ltr_fetch(c, addr, h, sizeof(h)))
		return;
	ltr_sb_printf(c->out, "{handle_bytes=%u, handle_type=%d, ", ltr_get_u32(h),
		      (int)(int32_t)ltr_get_u32(h + 4));
	print_f_handle(c, addr, ltr_get_u32(h));
	ltr_sb_putc(c->out, '}');
}

/*
 * name_to_handle_at(dirfd, path, handle, mount_id, flags). c->saved[0]:
 * 1 when the handle could not be read at entry (everything printed then),
 * c->saved[1]: handle_bytes at entry.
 */
void ltr_decode_name_to_handle_at(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 2);
	unsigned char h[HEADER_SIZE];

	if (!c->exiting) {
		ltr_print_arg_dirfd(c, 0);
		ltr_sb_puts(c->out, ", ");
		ltr_print_arg_path(c, 1);
		ltr_sb_puts(c->out, ", ");
		c->saved[0] = !ltr_fetch(c, addr, h, sizeof(h));
		if (c->saved[0]) {
			ltr_sb_puts(c->out, ", ");
			ltr_print_addr(c->out, ltr_arg_word(c, 3));
			ltr_sb_puts(c->out, ", ");
			ltr_print_xt(c->out, LTR_XT(name_to_handle_at_flags), (uint32_t)c->args[4]);
			return;
		}
		c->saved[1] = ltr_get_u32(h);
		ltr_sb_printf(c->out, "{handle_bytes=%u", ltr_get_u32(h));
		return;
	}
	if (c->saved[0])
		return;
	if ((!ltr_call_failed(c) || c->ret == -EOVERFLOW) &&
	    ltr_fetch_quiet(c, addr, h, sizeof(h))) {
		if (ltr_get_u32(h) != c->saved[1])
			ltr_sb_printf(c->out, " => %u", ltr_get_u32(h));
		if (!ltr_call_failed(c)) {
			ltr_sb_printf(c->out, ", handle_type=%d, ", (int)(int32_t)ltr_get_u32(h + 4));
			print_f_handle(c, addr, ltr_get_u32(h));
		}
	}
	ltr_sb_puts(c->out, "}, ");
	ltr_print_arg_int_out(c, 3);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(name_to_handle_at_flags), (uint32_t)c->args[4]);
}

/* open_by_handle_at(mount_fd, handle, flags): all at entry. */
void ltr_decode_open_by_handle_at(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_arg_fd(c, 0);
	ltr_sb_puts(c->out, ", ");
	print_handle(c, ltr_arg_word(c, 1));
	ltr_sb_puts(c->out, ", ");
	ltr_print_open_flags(c, c->args[2]);
}
