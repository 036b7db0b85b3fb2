/* SPDX-License-Identifier: MIT */
/*
 * Loop device requests (type 'L', linux/loop.h): struct loop_info (the
 * old one, whose dev_t and longs are the tracee's), loop_info64,
 * loop_config, and the descriptors and numbers of the others.
 */
#include <linux/ioctl.h>
#include <linux/loop.h>

#include "ioctl.h"

enum { NAME_SIZE = 64, KEY_SIZE = 32 };

/*
 * Where struct loop_info's fields are for a tracee: its
 * __kernel_old_dev_t is an unsigned long on x86_64, an unsigned short on
 * i386, an unsigned int elsewhere; lo_inode and lo_init are longs.
 */
struct old_layout {
	unsigned dev_size, ws;
	unsigned device, inode, rdevice, offset, name, key, init, reserved, size;
};

static unsigned align_to(unsigned off, unsigned a)
{
	return (off + a - 1) / a * a;
}

static void old_layout(const struct ltr_call *c, struct old_layout *l)
{
	unsigned off;

	l->ws = ltr_wordsize(c);
	l->dev_size = ltr_arch_is(c, "x86_64") ? 8 : ltr_arch_is(c, "i386") ? 2 : 4;
	l->device = align_to(4, l->dev_size);
	l->inode = align_to(l->device + l->dev_size, l->ws);
	l->rdevice = align_to(l->inode + l->ws, l->dev_size);
	l->offset = align_to(l->rdevice + l->dev_size, 4);
	l->name = l->offset + 16;          /* after offset, type, key size, flags */
	l->key = l->name + NAME_SIZE;
	l->init = align_to(l->key + KEY_SIZE, l->ws);
	l->reserved = l->init + 2 * l->ws;
	off = l->reserved + 4;
	l->size = align_to(off, l->ws);
}

/* A char array as strace's PRINT_FIELD_CSTRING: up to its NUL, "..." when it has none. */
static void print_cstring_field(struct ltr_call *c, const char *label, const unsigned char *s,
				unsigned size)
{
	ltr_sb_printf(c->out, ", %s=", label);
	ltr_ioctl_print_cstring(c, s, size);
}

/* ", lo_encrypt_key=" its key_size bytes (at most 32), whatever -s says. */
static void print_key(struct ltr_call *c, const unsigned char *key, uint32_t key_size)
{
	ltr_sb_puts(c->out, ", lo_encrypt_key=");
	ltr_print_quoted(c->out, (const char *)key, key_size < KEY_SIZE ? key_size : KEY_SIZE,
			 c->opts, false);
}

/* ", label=[0x1, 0x2]": n fields of size bytes. */
static void print_hex_array(struct ltr_call *c, const char *label, const unsigned char *p,
			    unsigned n, unsigned size)
{
	ltr_sb_printf(c->out, ", %s=[", label);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_get_uword(p + i * size, size));
	}
	ltr_sb_putc(c->out, ']');
}

static void print_loop_info(struct ltr_call *c, uint64_t addr)
{
	struct old_layout l;
	unsigned char b[192];
	int32_t type;

	old_layout(c, &l);
	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, l.size))
		return;
	type = (int32_t)ltr_get_u32(b + l.offset + 4);
	ltr_sb_printf(c->out, "{lo_number=%d", (int)ltr_get_u32(b));
	if (!ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", lo_device=");
		ltr_print_dev(c->out, ltr_get_uword(b + l.device, l.dev_size));
		ltr_sb_printf(c->out, ", lo_inode=%llu, lo_rdevice=",
			      (unsigned long long)ltr_get_uword(b + l.inode, l.ws));
		ltr_print_dev(c->out, ltr_get_uword(b + l.rdevice, l.dev_size));
	}
	ltr_sb_printf(c->out, ", lo_offset=%#x", ltr_get_u32(b + l.offset));
	if (!ltr_call_abbrev(c) || type != LO_CRYPT_NONE) {
		ltr_sb_puts(c->out, ", lo_encrypt_type=");
		ltr_print_xt(c->out, LTR_XT(loop_crypt_types), (uint32_t)type);
		ltr_sb_printf(c->out, ", lo_encrypt_key_size=%u", ltr_get_u32(b + l.offset + 8));
	}
	ltr_sb_puts(c->out, ", lo_flags=");
	ltr_print_xt(c->out, LTR_XT(loop_flags), ltr_get_u32(b + l.offset + 12));
	print_cstring_field(c, "lo_name", b + l.name, NAME_SIZE);
	if (!ltr_call_abbrev(c) || type != LO_CRYPT_NONE)
		print_key(c, b + l.key, ltr_get_u32(b + l.offset + 8));
	if (!ltr_call_abbrev(c)) {
		print_hex_array(c, "lo_init", b + l.init, 2, l.ws);
		print_hex_array(c, "reserved", b + l.reserved, 4, 1);
		ltr_sb_putc(c->out, '}');
	} else {
		ltr_sb_puts(c->out, ", ...}");
	}
}

/* struct loop_info64 (232 bytes, the same everywhere) at b. */
static void print_info64(struct ltr_call *c, const unsigned char *b)
{
	uint32_t type = ltr_get_u32(b + 44), key_size = ltr_get_u32(b + 48);

	if (!ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, "{lo_device=");
		ltr_print_dev(c->out, ltr_get_u64(b));
		ltr_sb_printf(c->out, ", lo_inode=%llu, lo_rdevice=", (unsigned long long)ltr_get_u64(b + 8));
		ltr_print_dev(c->out, ltr_get_u64(b + 16));
		ltr_sb_printf(c->out, ", lo_offset=%#llx, lo_sizelimit=%llu, lo_number=%u",
			      (unsigned long long)ltr_get_u64(b + 24),
			      (unsigned long long)ltr_get_u64(b + 32), ltr_get_u32(b + 40));
	} else {
		ltr_sb_printf(c->out, "{lo_offset=%#llx, lo_number=%u",
			      (unsigned long long)ltr_get_u64(b + 24), ltr_get_u32(b + 40));
	}
	if (!ltr_call_abbrev(c) || type != LO_CRYPT_NONE) {
		ltr_sb_puts(c->out, ", lo_encrypt_type=");
		ltr_print_xt(c->out, LTR_XT(loop_crypt_types), type);
		ltr_sb_printf(c->out, ", lo_encrypt_key_size=%u", key_size);
	}
	ltr_sb_puts(c->out, ", lo_flags=");
	ltr_print_xt(c->out, LTR_XT(loop_flags), ltr_get_u32(b + 52));
	print_cstring_field(c, "lo_file_name", b + 56, NAME_SIZE);
	if (!ltr_call_abbrev(c) || type != LO_CRYPT_NONE) {
		print_cstring_field(c, "lo_crypt_name", b + 120, NAME_SIZE);
		print_key(c, b + 184, key_size);
	}
	if (!ltr_call_abbrev(c)) {
		print_hex_array(c, "lo_init", b + 216, 2, 8);
		ltr_sb_putc(c->out, '}');
	} else {
		ltr_sb_puts(c->out, ", ...}");
	}
}

static void print_loop_info64(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[232];

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		print_info64(c, b);
}

/* struct loop_config: fd, block_size (u32), a loop_info64, __reserved[8] (u64). */
static void print_loop_config(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[304];
	bool reserved = false;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{fd=");
	ltr_print_fd(c, (int)ltr_get_u32(b));
	ltr_sb_printf(c->out, ", block_size=%u, info=", ltr_get_u32(b + 4));
	print_info64(c, b + 8);
	for (unsigned i = 240; i < sizeof(b); i++)
		reserved |= b[i] != 0;
	if (reserved)
		print_hex_array(c, "__reserved", b + 240, 8, 8);
	ltr_sb_putc(c->out, '}');
}

enum ltr_ioctl_ret ltr_ioctl_loop(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case LOOP_GET_STATUS:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case LOOP_SET_STATUS:
		print_loop_info(c, arg);
		return LTR_IOCTL_DONE;
	case LOOP_GET_STATUS64:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case LOOP_SET_STATUS64:
		print_loop_info64(c, arg);
		return LTR_IOCTL_DONE;
	case LOOP_CONFIGURE:
		print_loop_config(c, arg);
		return LTR_IOCTL_DONE;
	case LOOP_CLR_FD: case LOOP_SET_CAPACITY: case LOOP_CTL_GET_FREE:
		return LTR_IOCTL_NOARG;
	case LOOP_SET_FD: case LOOP_CHANGE_FD:
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case LOOP_CTL_ADD: case LOOP_CTL_REMOVE:
		ltr_sb_printf(c->out, ", %d", (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case LOOP_SET_DIRECT_IO: case LOOP_SET_BLOCK_SIZE:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
