/* SPDX-License-Identifier: MIT */
/*
 * mount and umount2, and the mount API: fsopen, fsconfig, fsmount,
 * fspick, move_mount, open_tree, mount_setattr (struct mount_attr).
 * Flags that are plain rows (umount2, fsopen, fsmount, fspick,
 * move_mount, open_tree) are A_FLAGS() of their lists.
 */
#include <limits.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* mount(2) flags whose presence makes the kernel ignore type and data */
#define MS_REMOUNT_BIT 0x20u
#define MS_IGNORES_DATA 0x1ff000u /* BIND MOVE and the propagation types */
#define MS_MGC_MASK 0xffff0000u
/* struct mount_attr: userns_fd is a descriptor with this attribute */
#define MOUNT_ATTR_IDMAP_BIT 0x100000u

/* mount's data: a string unless NULL (strace prints it quoted). */
void ltr_print_arg_mount_data(struct ltr_call *c, unsigned idx)
{
	ltr_print_str(c, ltr_word_mask(c, c->args[idx]), 0);
}

/*
 * mount(source, target, type, flags, data): the flags are an unsigned
 * long; the old magic MS_MGC_VAL in their upper half prints apart. A
 * remount ignores the type, a bind, move or propagation change the type
 * and the data: those print as addresses, as the kernel never reads them.
 */
void ltr_decode_mount(struct ltr_call *c)
{
	uint64_t flags = ltr_arg_word(c, 3);
	uint64_t magic = ltr_xlat_lookup(LTR_XT(mount_magic), flags & MS_MGC_MASK) ?
		flags & MS_MGC_MASK : 0;
	bool no_type = false, no_data = false;

	if (c->exiting)
		return;
	if (magic)
		flags &= ~(uint64_t)MS_MGC_MASK;
	if (flags & MS_REMOUNT_BIT)
		no_type = true;
	else if (flags & MS_IGNORES_DATA)
		no_type = no_data = true;
	ltr_print_path(c, ltr_arg_word(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_path(c, ltr_arg_word(c, 1));
	ltr_sb_puts(c->out, ", ");
	if (no_type)
		ltr_print_addr(c->out, ltr_arg_word(c, 2));
	else
		ltr_print_str(c, ltr_arg_word(c, 2), 0);
	ltr_sb_puts(c->out, ", ");
	if (magic) {
		ltr_print_xlat(c->out, magic, LTR_XF_HEX, "MS_MGC_VAL");
		if (flags)
			ltr_sb_putc(c->out, '|');
	}
	if (flags || !magic)
		ltr_print_xt(c->out, LTR_XT(mount_flags), flags);
	ltr_sb_puts(c->out, ", ");
	if (no_data)
		ltr_print_addr(c->out, ltr_arg_word(c, 4));
	else
		ltr_print_str(c, ltr_arg_word(c, 4), 0);
}

/*
 * A NUL-terminated string the kernel reads at most max bytes of
 * (fsconfig's key and value: 256): cut at -s or at max, with "..." when
 * no NUL came within those bytes.
 */
static void print_str_max(struct ltr_call *c, uint64_t addr, unsigned max)
{
	char buf[257];
	bool terminated;
	ssize_t n;

	if (!addr || c->opts->strsize < max || max + 1 > sizeof(buf)) {
		ltr_print_str(c, addr, 0);
		return;
	}
	n = ltr_mem_read_str(c->mem, addr, buf, max, &terminated);
	if (n < 0 || (!terminated && (size_t)n < max)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_quoted(c->out, buf, (size_t)n, c->opts, !terminated);
}

enum {
	FSC_SET_FLAG, FSC_SET_STRING, FSC_SET_BINARY, FSC_SET_PATH,
	FSC_SET_PATH_EMPTY, FSC_SET_FD, FSC_CMD_CREATE, FSC_CMD_RECONFIGURE,
};

/*
 * fsconfig(fd, cmd, key, value, aux): what key, value and aux are depends
 * on the command (a string, a path, a binary blob of aux bytes, a
 * descriptor); unknown commands print addresses and a number.
 */
void ltr_decode_fsconfig(struct ltr_call *c)
{
	uint32_t cmd = (uint32_t)c->args[1];
	uint64_t key = ltr_arg_word(c, 2), value = ltr_arg_word(c, 3);
	int aux = ltr_call_arg_int(c, 4);

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(fsconfig_cmds), cmd);
	ltr_sb_puts(c->out, ", ");
	if (cmd <= FSC_SET_FD)
		print_str_max(c, key, 256);
	else
		ltr_print_addr(c->out, key);
	ltr_sb_puts(c->out, ", ");
	if (cmd == FSC_SET_STRING)
		print_str_max(c, value, 256);
	else if (cmd == FSC_SET_PATH || cmd == FSC_SET_PATH_EMPTY)
		ltr_print_path(c, value);
	else if (cmd == FSC_SET_BINARY && aux >= 0 && aux <= 1024 * 1024)
		ltr_print_buf_hex(c, value, (uint64_t)aux);
	else
		ltr_print_addr(c->out, value);
	ltr_sb_puts(c->out, ", ");
	if (cmd == FSC_SET_PATH || cmd == FSC_SET_PATH_EMPTY)
		ltr_print_dirfd(c, aux);
	else if (cmd == FSC_SET_FD)
		ltr_print_fd(c, aux);
	else
		ltr_sb_put_dec(c->out, aux);
}

/*
 * mount_setattr's struct mount_attr of usize bytes (argument idx + 1):
 * the address below the first version's 32 bytes; userns_fd is a
 * descriptor only when MOUNT_ATTR_IDMAP is set or cleared; the bytes
 * past 32 (up to a page) when not zero.
 */
void ltr_print_arg_mount_attr(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx), size = ltr_arg_word(c, idx + 1);
	unsigned char a[32];
	uint64_t set, clr, fd;

	if (size < sizeof(a)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	set = ltr_get_u64(a);
	clr = ltr_get_u64(a + 8);
	fd = ltr_get_u64(a + 24);
	ltr_sb_puts(c->out, "{attr_set=");
	ltr_print_xt(c->out, LTR_XT(mount_attr_attr), set);
	ltr_sb_puts(c->out, ", attr_clr=");
	ltr_print_xt(c->out, LTR_XT(mount_attr_attr), clr);
	ltr_sb_puts(c->out, ", propagation=");
	ltr_print_xt(c->out, LTR_XT(mount_attr_propagation), ltr_get_u64(a + 16));
	ltr_sb_puts(c->out, ", userns_fd=");
	if (fd > INT_MAX || !((set | clr) & MOUNT_ATTR_IDMAP_BIT))
		ltr_sb_printf(c->out, "%llu", (unsigned long long)fd);
	else
		ltr_print_fd(c, (int)fd);
	ltr_print_nonzero_bytes(c, ", ", addr, sizeof(a), size);
	ltr_sb_putc(c->out, '}');
}
