/* SPDX-License-Identifier: MIT */
/*
 * File syscalls: open flags, access modes, AT_* flags, file modes, the
 * stat family (x86_64 stat, i386 stat and stat64, the asm-generic stat of
 * aarch64 and riscv64), statx, getdents, lseek, getcwd. Formats follow
 * strace 6.1 as observed on real runs.
 */
#include <limits.h>
#include <string.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- open flags --- */

/* Bit values differ on aarch64 (arm's fcntl.h); x86 and riscv64 share these. */
struct open_bits {
	uint32_t directory, nofollow, direct, largefile;
};

static const struct open_bits open_bits_generic = { 0200000, 0400000, 040000, 0100000 };
static const struct open_bits open_bits_arm = { 040000, 0100000, 0200000, 0400000 };

static const struct open_bits *open_bits_of(const struct ltr_call *c)
{
	return ltr_arch_is(c, "aarch64") ? &open_bits_arm : &open_bits_generic;
}

/* Appends name to a '|' list. */
static void add_flag(struct ltr_strbuf *out, bool *first, const char *name)
{
	if (!*first)
		ltr_sb_putc(out, '|');
	ltr_sb_puts(out, name);
	*first = false;
}

/* Prints name when all of bits are set in *val, and clears them. */
static void take_flag(struct ltr_strbuf *out, bool *first, uint64_t *val,
		      uint64_t bits, const char *name)
{
	if (bits && (*val & bits) == bits) {
		add_flag(out, first, name);
		*val &= ~bits;
	}
}

void ltr_print_open_flags(struct ltr_call *c, uint64_t flags)
{
	static const char *const accmode[] = {
		"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"
	};
	const struct open_bits *b = open_bits_of(c);
	struct ltr_strbuf *out = c->out;
	uint64_t v = flags & 0xffffffffu;
	bool first = true;

	if (!ltr_xlat_begin(out, v, LTR_XF_HEX))
		return;
	add_flag(out, &first, accmode[v & 3]);
	v &= ~(uint64_t)3;
	take_flag(out, &first, &v, 0100, "O_CREAT");
	take_flag(out, &first, &v, 0200, "O_EXCL");
	take_flag(out, &first, &v, 0400, "O_NOCTTY");
	take_flag(out, &first, &v, 01000, "O_TRUNC");
	take_flag(out, &first, &v, 02000, "O_APPEND");
	take_flag(out, &first, &v, 04000, "O_NONBLOCK");
	take_flag(out, &first, &v, 04010000, "O_SYNC");
	take_flag(out, &first, &v, 010000, "O_DSYNC");
	take_flag(out, &first, &v, 020000, "FASYNC");
	take_flag(out, &first, &v, b->direct, "O_DIRECT");
	take_flag(out, &first, &v, b->largefile, "O_LARGEFILE");
	take_flag(out, &first, &v, b->nofollow, "O_NOFOLLOW");
	take_flag(out, &first, &v, 01000000, "O_NOATIME");
	take_flag(out, &first, &v, 02000000, "O_CLOEXEC");
	take_flag(out, &first, &v, 010000000, "O_PATH");
	take_flag(out, &first, &v, 020000000 | b->directory, "O_TMPFILE");
	take_flag(out, &first, &v, b->directory, "O_DIRECTORY");
	if (v) {
		ltr_sb_putc(out, '|');
		ltr_sb_printf(out, "%#llx", (unsigned long long)v);
	}
	ltr_xlat_end(out);
}

void ltr_print_umode(struct ltr_strbuf *out, uint64_t mode)
{
	/* strace prints the kernel's umode_t: 16 bits. */
	ltr_sb_printf(out, "%#03o", (unsigned)(mode & 0xffff));
}

static bool open_has_mode(uint64_t flags)
{
	return (flags & 0100) || (flags & 020000000);
}

/* open(path, flags[, mode]): the mode only with O_CREAT or O_TMPFILE. */
void ltr_decode_open(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_arg_path(c, 0);
	ltr_sb_append(c->out, ", ", 2);
	ltr_print_open_flags(c, c->args[1]);
	if (open_has_mode(c->args[1])) {
		ltr_sb_append(c->out, ", ", 2);
		ltr_print_umode(c->out, c->args[2]);
	}
}

/* openat(dirfd, path, flags[, mode]) */
void ltr_decode_openat(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_arg_dirfd(c, 0);
	ltr_sb_append(c->out, ", ", 2);
	ltr_print_arg_path(c, 1);
	ltr_sb_append(c->out, ", ", 2);
	ltr_print_open_flags(c, c->args[2]);
	if (open_has_mode(c->args[2])) {
		ltr_sb_append(c->out, ", ", 2);
		ltr_print_umode(c->out, c->args[3]);
	}
}

void ltr_print_arg_open_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_open_flags(c, c->args[idx]);
}

void ltr_print_arg_umode(struct ltr_call *c, unsigned idx)
{
	ltr_print_umode(c->out, c->args[idx]);
}

/* --- access modes, AT_* flags --- */

static const struct ltr_xlat access_modes[] = {
	LTR_XLAT_PAIR(4, "R_OK"),
	LTR_XLAT_PAIR(2, "W_OK"),
	LTR_XLAT_PAIR(1, "X_OK"),
	LTR_XLAT_END
};

void ltr_print_arg_access_mode(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags_dflt(c->out, access_modes, (uint32_t)c->args[idx], "F_OK", "?_OK");
}

static const struct ltr_xlat at_flags[] = {
	LTR_XLAT_PAIR(0x100, "AT_SYMLINK_NOFOLLOW"),
	LTR_XLAT_PAIR(0x200, "AT_REMOVEDIR"),
	LTR_XLAT_PAIR(0x400, "AT_SYMLINK_FOLLOW"),
	LTR_XLAT_PAIR(0x800, "AT_NO_AUTOMOUNT"),
	LTR_XLAT_PAIR(0x1000, "AT_EMPTY_PATH"),
	LTR_XLAT_PAIR(0x8000, "AT_RECURSIVE"),
	LTR_XLAT_END
};

static const struct ltr_xlat faccessat_flags[] = {
	LTR_XLAT_PAIR(0x100, "AT_SYMLINK_NOFOLLOW"),
	LTR_XLAT_PAIR(0x200, "AT_EACCESS"),
	LTR_XLAT_PAIR(0x1000, "AT_EMPTY_PATH"),
	LTR_XLAT_END
};

void ltr_print_arg_at_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, at_flags, (uint32_t)c->args[idx], NULL);
}

void ltr_print_arg_faccessat_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, faccessat_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat rename_flags[] = {
	LTR_XLAT_PAIR(1, "RENAME_NOREPLACE"),
	LTR_XLAT_PAIR(2, "RENAME_EXCHANGE"),
	LTR_XLAT_PAIR(4, "RENAME_WHITEOUT"),
	LTR_XLAT_END
};

void ltr_print_arg_rename_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags_dflt(c->out, rename_flags, (uint32_t)c->args[idx], NULL,
			     "RENAME_??");
}

/* --- lseek --- */

static const struct ltr_xlat whence_names[] = {
	LTR_XLAT_PAIR(0, "SEEK_SET"),
	LTR_XLAT_PAIR(1, "SEEK_CUR"),
	LTR_XLAT_PAIR(2, "SEEK_END"),
	LTR_XLAT_PAIR(3, "SEEK_DATA"),
	LTR_XLAT_PAIR(4, "SEEK_HOLE"),
	LTR_XLAT_END
};

void ltr_print_arg_whence(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, whence_names, (uint32_t)c->args[idx], "SEEK_???");
}

/*
 * _llseek(fd, offset_high, offset_low, result, whence) on 32-bit arches:
 * "_llseek(3, 0, [0], SEEK_SET) = 0", the result at exit.
 */
void ltr_decode_llseek(struct ltr_call *c)
{
	if (!c->exiting) {
		uint64_t off = ((c->args[1] & 0xffffffffu) << 32) | (c->args[2] & 0xffffffffu);

		ltr_print_arg_fd(c, 0);
		ltr_sb_printf(c->out, ", %lld, ", (long long)off);
		return;
	}
	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, ltr_arg_word(c, 3));
	} else {
		int64_t result;

		if (ltr_fetch(c, ltr_arg_word(c, 3), &result, sizeof(result)))
			ltr_sb_printf(c->out, "[%lld]", (long long)result);
	}
	ltr_sb_append(c->out, ", ", 2);
	ltr_print_arg_whence(c, 4);
}

/* --- getcwd, readlink --- */

/* getcwd's buffer at exit: the path the kernel wrote (ret counts the NUL). */
void ltr_print_arg_getcwd_buf(struct ltr_call *c, unsigned idx)
{
	if (!c->exiting || ltr_call_failed(c))
		ltr_print_addr(c->out, ltr_arg_word(c, idx));
	else
		ltr_print_path(c, ltr_arg_word(c, idx));
}

/* --- file modes and device numbers --- */

/* A dev_t: "makedev(0x1, 0x3)", or its number under -X raw. */
static void print_dev(struct ltr_strbuf *out, uint64_t dev)
{
	unsigned major = (unsigned)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffu));
	unsigned minor = (unsigned)((dev & 0xff) | ((dev >> 12) & ~0xffu));

	if (!ltr_xlat_begin(out, dev, LTR_XF_HEX))
		return;
	ltr_sb_puts(out, "makedev(");
	ltr_sb_put_hex(out, major);
	ltr_sb_puts(out, ", ");
	ltr_sb_put_hex(out, minor);
	ltr_sb_putc(out, ')');
	ltr_xlat_end(out);
}

/* ", label=N" helpers of the stat printers ("%llu", "%lld", "%#llx"). */
static void put_udec_field(struct ltr_strbuf *out, const char *label, uint64_t v)
{
	ltr_sb_puts(out, label);
	ltr_sb_put_udec(out, v);
}

static void put_dec_field(struct ltr_strbuf *out, const char *label, int64_t v)
{
	ltr_sb_puts(out, label);
	ltr_sb_put_dec(out, v);
}

static const char *file_type_name(unsigned mode)
{
	switch (mode & 0170000) {
	case 0140000: return "S_IFSOCK";
	case 0120000: return "S_IFLNK";
	case 0100000: return "S_IFREG";
	case 0060000: return "S_IFBLK";
	case 0040000: return "S_IFDIR";
	case 0020000: return "S_IFCHR";
	case 0010000: return "S_IFIFO";
	default: return NULL;
	}
}

/*
 * st_mode: "S_IFREG|0644", "S_IFDIR|S_ISVTX|0777"; a mode of an unknown
 * file type prints as a number ("0170644"), as strace does.
 */
void ltr_print_file_mode(struct ltr_strbuf *out, unsigned mode)
{
	const char *type = (mode & 0170000) ? file_type_name(mode) : "";

	if (!type) {
		ltr_print_xlat_val(out, mode, LTR_XF_OCT);
		return;
	}
	if (!ltr_xlat_begin(out, mode, LTR_XF_OCT))
		return;
	if (*type) {
		ltr_sb_puts(out, type);
		ltr_sb_putc(out, '|');
	}
	if (mode & 04000)
		ltr_sb_puts(out, "S_ISUID|");
	if (mode & 02000)
		ltr_sb_puts(out, "S_ISGID|");
	if (mode & 01000)
		ltr_sb_puts(out, "S_ISVTX|");
	ltr_sb_put_oct(out, mode & 0777, 3);
	ltr_xlat_end(out);
}

/* The date comment strace puts after a time in seconds. */
static void print_time_comment(struct ltr_strbuf *out, int64_t sec, uint64_t nsec)
{
	time_t t = (time_t)sec;
	struct tm tm;
	char date[64], zone[16];

	if (!localtime_r(&t, &tm))
		return;
	if (!strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm) ||
	    !strftime(zone, sizeof(zone), "%z", &tm))
		return;
	if (nsec)
		ltr_sb_printf(out, " /* %s.%09llu%s */", date,
			      (unsigned long long)nsec, zone);
	else
		ltr_sb_printf(out, " /* %s%s */", date, zone);
}

/* --- struct stat --- */

/* A struct stat of any layout, widened. */
struct wide_stat {
	uint64_t dev, ino, nlink, rdev, blocks;
	int64_t size, blksize;
	unsigned mode, uid, gid;
	int64_t atime, mtime, ctime;
	uint64_t atime_nsec, mtime_nsec, ctime_nsec;
};

enum stat_layout { STAT_X86_64, STAT_I386_64, STAT_I386_OLD, STAT_GENERIC };

/* Where a layout keeps one field: offset, size, and whether it is signed. */
struct stat_field {
	unsigned char off, size;
	bool sign;
};

/* A struct stat layout: its size and where each wide_stat field lies. */
struct stat_map {
	unsigned size;
	struct stat_field dev, ino, nlink, mode, uid, gid, rdev, st_size, blksize,
		blocks, atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
};

#define SF_U(off, size) { off, size, false }
#define SF_S(off, size) { off, size, true }
static const struct stat_map stat_maps[] = {
	[STAT_X86_64] = { 144,
		SF_U(0, 8), SF_U(8, 8), SF_U(16, 8), SF_U(24, 4), SF_U(28, 4),
		SF_U(32, 4), SF_U(40, 8), SF_S(48, 8), SF_S(56, 8), SF_U(64, 8),
		SF_S(72, 8), SF_U(80, 8), SF_S(88, 8), SF_U(96, 8),
		SF_S(104, 8), SF_U(112, 8) },
	[STAT_I386_64] = { 96,
		SF_U(0, 8), SF_U(88, 8), SF_U(20, 4), SF_U(16, 4), SF_U(24, 4),
		SF_U(28, 4), SF_U(32, 8), SF_S(44, 8), SF_U(52, 4), SF_U(56, 8),
		SF_S(64, 4), SF_U(68, 4), SF_S(72, 4), SF_U(76, 4),
		SF_S(80, 4), SF_U(84, 4) },
	[STAT_I386_OLD] = { 64,
		SF_U(0, 4), SF_U(4, 4), SF_U(10, 2), SF_U(8, 2), SF_U(12, 2),
		SF_U(14, 2), SF_U(16, 4), SF_U(20, 4), SF_U(24, 4), SF_U(28, 4),
		SF_S(32, 4), SF_U(36, 4), SF_S(40, 4), SF_U(44, 4),
		SF_S(48, 4), SF_U(52, 4) },
	[STAT_GENERIC] = { 128,
		SF_U(0, 8), SF_U(8, 8), SF_U(20, 4), SF_U(16, 4), SF_U(24, 4),
		SF_U(28, 4), SF_U(32, 8), SF_S(48, 8), SF_S(56, 4), SF_U(64, 8),
		SF_S(72, 8), SF_U(80, 8), SF_S(88, 8), SF_U(96, 8),
		SF_S(104, 8), SF_U(112, 8) },
};
#undef SF_U
#undef SF_S

/* One field of a raw struct stat, widened (sign-extended when signed). */
static int64_t stat_field_of(const unsigned char *b, struct stat_field f)
{
	return f.sign ? ltr_get_sword(b + f.off, f.size) :
		(int64_t)ltr_get_uword(b + f.off, f.size);
}

/* Widens a raw struct stat of the given layout. */
static void parse_stat(enum stat_layout layout, const unsigned char *b,
		       struct wide_stat *st)
{
	const struct stat_map *m = &stat_maps[layout];

	st->dev = (uint64_t)stat_field_of(b, m->dev);
	st->ino = (uint64_t)stat_field_of(b, m->ino);
	st->nlink = (uint64_t)stat_field_of(b, m->nlink);
	st->mode = (unsigned)stat_field_of(b, m->mode);
	st->uid = (unsigned)stat_field_of(b, m->uid);
	st->gid = (unsigned)stat_field_of(b, m->gid);
	st->rdev = (uint64_t)stat_field_of(b, m->rdev);
	st->size = stat_field_of(b, m->st_size);
	st->blksize = stat_field_of(b, m->blksize);
	st->blocks = (uint64_t)stat_field_of(b, m->blocks);
	st->atime = stat_field_of(b, m->atime);
	st->atime_nsec = (uint64_t)stat_field_of(b, m->atime_nsec);
	st->mtime = stat_field_of(b, m->mtime);
	st->mtime_nsec = (uint64_t)stat_field_of(b, m->mtime_nsec);
	st->ctime = stat_field_of(b, m->ctime);
	st->ctime_nsec = (uint64_t)stat_field_of(b, m->ctime_nsec);
}

/* ", st_NAME=SEC /" "* date *" "/, st_NAME_nsec=NSEC". */
static void print_stat_time(struct ltr_strbuf *out, const char *name,
			    int64_t sec, uint64_t nsec)
{
	ltr_sb_puts(out, ", st_");
	ltr_sb_puts(out, name);
	put_dec_field(out, "=", sec);
	print_time_comment(out, sec, nsec);
	ltr_sb_puts(out, ", st_");
	ltr_sb_puts(out, name);
	put_udec_field(out, "_nsec=", nsec);
}

/* ", st_rdev=makedev(...)" for character and block devices, else ", st_size=N". */
static void print_rdev_or_size(struct ltr_strbuf *out, const struct wide_stat *st)
{
	unsigned type = st->mode & 0170000;

	if (type == 0020000 || type == 0060000) {
		ltr_sb_puts(out, ", st_rdev=");
		print_dev(out, st->rdev);
	} else {
		put_dec_field(out, ", st_size=", st->size);
	}
}

/* Prints a widened stat: abbreviated, or in full under -v. */
static void print_wide_stat(struct ltr_call *c, const struct wide_stat *st)
{
	struct ltr_strbuf *out = c->out;

	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(out, "{st_mode=");
		ltr_print_file_mode(out, st->mode);
		print_rdev_or_size(out, st);
		ltr_sb_puts(out, ", ...}");
		return;
	}
	ltr_sb_puts(out, "{st_dev=");
	print_dev(out, st->dev);
	put_udec_field(out, ", st_ino=", st->ino);
	ltr_sb_puts(out, ", st_mode=");
	ltr_print_file_mode(out, st->mode);
	put_udec_field(out, ", st_nlink=", st->nlink);
	put_udec_field(out, ", st_uid=", st->uid);
	put_udec_field(out, ", st_gid=", st->gid);
	put_dec_field(out, ", st_blksize=", st->blksize);
	put_udec_field(out, ", st_blocks=", st->blocks);
	print_rdev_or_size(out, st);
	print_stat_time(out, "atime", st->atime, st->atime_nsec);
	print_stat_time(out, "mtime", st->mtime, st->mtime_nsec);
	print_stat_time(out, "ctime", st->ctime, st->ctime_nsec);
	ltr_sb_putc(out, '}');
}

/* The layout of the struct stat this call fills. */
static enum stat_layout stat_layout_of(const struct ltr_call *c)
{
	const char *name = c->desc ? c->desc->name : "";
	size_t len = strlen(name);

	if (ltr_arch_is(c, "x86_64"))
		return STAT_X86_64;
	if (ltr_arch_is(c, "i386"))
		return len > 2 && strcmp(name + len - 2, "64") == 0 ?
			STAT_I386_64 : STAT_I386_OLD;
	return STAT_GENERIC;
}

/* A struct stat output argument: the address while entering or on error. */
void ltr_print_arg_stat(struct ltr_call *c, unsigned idx)
{
	enum stat_layout layout = stat_layout_of(c);
	unsigned char raw[144];
	struct wide_stat st;
	uint64_t addr = ltr_arg_word(c, idx);

	if (!c->exiting || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, raw, stat_maps[layout].size))
		return;
	parse_stat(layout, raw, &st);
	print_wide_stat(c, &st);
}

/* --- statx --- */

static const struct ltr_xlat statx_masks[] = {
	LTR_XLAT_PAIR(0xfff, "STATX_ALL"),
	LTR_XLAT_PAIR(0x7ff, "STATX_BASIC_STATS"),
	LTR_XLAT_PAIR(0x1, "STATX_TYPE"),
	LTR_XLAT_PAIR(0x2, "STATX_MODE"),
	LTR_XLAT_PAIR(0x4, "STATX_NLINK"),
	LTR_XLAT_PAIR(0x8, "STATX_UID"),
	LTR_XLAT_PAIR(0x10, "STATX_GID"),
	LTR_XLAT_PAIR(0x20, "STATX_ATIME"),
	LTR_XLAT_PAIR(0x40, "STATX_MTIME"),
	LTR_XLAT_PAIR(0x80, "STATX_CTIME"),
	LTR_XLAT_PAIR(0x100, "STATX_INO"),
	LTR_XLAT_PAIR(0x200, "STATX_SIZE"),
	LTR_XLAT_PAIR(0x400, "STATX_BLOCKS"),
	LTR_XLAT_PAIR(0x800, "STATX_BTIME"),
	LTR_XLAT_PAIR(0x1000, "STATX_MNT_ID"),
	LTR_XLAT_PAIR(0x2000, "STATX_DIOALIGN"),
	LTR_XLAT_END
};

static const struct ltr_xlat statx_attrs[] = {
	LTR_XLAT_PAIR(0x4, "STATX_ATTR_COMPRESSED"),
	LTR_XLAT_PAIR(0x10, "STATX_ATTR_IMMUTABLE"),
	LTR_XLAT_PAIR(0x20, "STATX_ATTR_APPEND"),
	LTR_XLAT_PAIR(0x40, "STATX_ATTR_NODUMP"),
	LTR_XLAT_PAIR(0x800, "STATX_ATTR_ENCRYPTED"),
	LTR_XLAT_PAIR(0x1000, "STATX_ATTR_AUTOMOUNT"),
	LTR_XLAT_PAIR(0x2000, "STATX_ATTR_MOUNT_ROOT"),
	LTR_XLAT_PAIR(0x100000, "STATX_ATTR_VERITY"),
	LTR_XLAT_PAIR(0x200000, "STATX_ATTR_DAX"),
	LTR_XLAT_END
};

static const struct ltr_xlat statx_sync_types[] = {
	LTR_XLAT_PAIR(0x0000, "AT_STATX_SYNC_AS_STAT"),
	LTR_XLAT_PAIR(0x2000, "AT_STATX_FORCE_SYNC"),
	LTR_XLAT_PAIR(0x4000, "AT_STATX_DONT_SYNC"),
	LTR_XLAT_END
};

/* statx flags: the sync type first, then the AT_* flags. */
void ltr_print_arg_statx_flags(struct ltr_call *c, unsigned idx)
{
	uint64_t flags = (uint32_t)c->args[idx];
	uint64_t rest = flags & ~(uint64_t)0x6000;

	/* strace prints the sync type as flags without a default: nothing
	 * for 0 under -X raw */
	if ((flags & 0x6000) || ltr_xlat_style() != LTR_XLAT_RAW)
		ltr_print_xval(c->out, statx_sync_types, flags & 0x6000, NULL);
	if (rest) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, at_flags, rest, NULL);
	}
}

void ltr_print_arg_statx_mask(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, statx_masks, (uint32_t)c->args[idx], NULL);
}

static void print_statx_time(struct ltr_strbuf *out, const char *name,
			     const unsigned char *ts)
{
	int64_t sec = (int64_t)ltr_get_u64(ts);
	uint32_t nsec = ltr_get_u32(ts + 8);

	ltr_sb_puts(out, ", stx_");
	ltr_sb_puts(out, name);
	put_dec_field(out, "={tv_sec=", sec);
	put_udec_field(out, ", tv_nsec=", nsec);
	ltr_sb_putc(out, '}');
	if (sec || nsec)
		print_time_comment(out, sec, nsec);
}

void ltr_print_arg_statx(struct ltr_call *c, unsigned idx)
{
	struct ltr_strbuf *out = c->out;
	unsigned char b[256];
	uint64_t addr = ltr_arg_word(c, idx);
	uint32_t mask;

	if (!c->exiting || ltr_call_failed(c)) {
		ltr_print_addr(out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, b, sizeof(b)))
		return;
	mask = ltr_get_u32(b);
	ltr_sb_puts(out, "{stx_mask=");
	ltr_print_flags(out, statx_masks, mask, NULL);
	if (!ltr_call_abbrev(c))
		put_udec_field(out, ", stx_blksize=", ltr_get_u32(b + 4));
	ltr_sb_puts(out, ", stx_attributes=");
	ltr_print_flags(out, statx_attrs, ltr_get_u64(b + 8), NULL);
	if (!ltr_call_abbrev(c)) {
		put_udec_field(out, ", stx_nlink=", ltr_get_u32(b + 16));
		put_udec_field(out, ", stx_uid=", ltr_get_u32(b + 20));
		put_udec_field(out, ", stx_gid=", ltr_get_u32(b + 24));
	}
	ltr_sb_puts(out, ", stx_mode=");
	ltr_print_file_mode(out, ltr_get_u16(b + 28));
	if (!ltr_call_abbrev(c))
		put_udec_field(out, ", stx_ino=", ltr_get_u64(b + 32));
	put_udec_field(out, ", stx_size=", ltr_get_u64(b + 40));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(out, ", ...}");
		return;
	}
	put_udec_field(out, ", stx_blocks=", ltr_get_u64(b + 48));
	ltr_sb_puts(out, ", stx_attributes_mask=");
	ltr_print_flags(out, statx_attrs, ltr_get_u64(b + 56), NULL);
	if (mask & 0x20)
		print_statx_time(out, "atime", b + 64);
	if (mask & 0x800)
		print_statx_time(out, "btime", b + 80);
	if (mask & 0x80)
		print_statx_time(out, "ctime", b + 96);
	if (mask & 0x40)
		print_statx_time(out, "mtime", b + 112);
	put_udec_field(out, ", stx_rdev_major=", ltr_get_u32(b + 128));
	put_udec_field(out, ", stx_rdev_minor=", ltr_get_u32(b + 132));
	put_udec_field(out, ", stx_dev_major=", ltr_get_u32(b + 136));
	put_udec_field(out, ", stx_dev_minor=", ltr_get_u32(b + 140));
	if (mask & 0x1000) {
		ltr_sb_puts(out, ", stx_mnt_id=");
		ltr_sb_put_hex(out, ltr_get_u64(b + 144));
	}
	ltr_sb_putc(out, '}');
}

/* --- getdents, getdents64 --- */

static const struct ltr_xlat dirent_types[] = {
	LTR_XLAT_PAIR(0, "DT_UNKNOWN"), LTR_XLAT_PAIR(1, "DT_FIFO"),
	LTR_XLAT_PAIR(2, "DT_CHR"), LTR_XLAT_PAIR(4, "DT_DIR"),
	LTR_XLAT_PAIR(6, "DT_BLK"), LTR_XLAT_PAIR(8, "DT_REG"),
	LTR_XLAT_PAIR(10, "DT_LNK"), LTR_XLAT_PAIR(12, "DT_SOCK"),
	LTR_XLAT_PAIR(14, "DT_WHT"), LTR_XLAT_END
};

static void print_dirent_type(struct ltr_strbuf *out, unsigned type)
{
	ltr_print_xval(out, dirent_types, type, "DT_???");
}

/* One directory entry, under -v. is64: linux_dirent64, else linux_dirent. */
static void print_dirent(struct ltr_call *c, const unsigned char *e, unsigned reclen,
			 bool is64)
{
	struct ltr_strbuf *out = c->out;
	unsigned word = ltr_wordsize(c);
	unsigned name_off = is64 ? 19 : 2 * word + 2;
	uint64_t ino, off;
	size_t name_len;

	if (is64 || word == 8) {
		ino = ltr_get_u64(e);
		off = ltr_get_u64(e + 8);
	} else {
		ino = ltr_get_u32(e);
		off = ltr_get_u32(e + 4);
	}
	name_len = reclen > name_off ? strnlen((const char *)e + name_off, reclen - name_off) : 0;
	ltr_sb_printf(out, "{d_ino=%llu, d_off=%lld, d_reclen=%u", (unsigned long long)ino,
		      (long long)(is64 || word == 8 ? (int64_t)off : (int32_t)off), reclen);
	if (is64) {
		ltr_sb_puts(out, ", d_type=");
		print_dirent_type(out, e[18]);
	}
	ltr_sb_puts(out, ", d_name=");
	ltr_print_quoted(out, (const char *)e + name_off, name_len, c->opts, false);
	if (!is64) {
		ltr_sb_puts(out, ", d_type=");
		print_dirent_type(out, e[reclen - 1]);
	}
	ltr_sb_putc(out, '}');
}

/*
 * The directory buffer of getdents/getdents64 at exit: the address and an
 * "N entries" comment
 * or, under -v, the entries. The buffer is walked in windows of a stack
 * buffer, so a 32 KiB result costs a few reads and no allocation.
 */
static void print_dirents(struct ltr_call *c, unsigned idx, bool is64)
{
	unsigned char win[4096];
	uint64_t addr = ltr_arg_word(c, idx);
	uint64_t total, pos = 0;
	unsigned count = 0;
	unsigned min_len = is64 ? 19 : (ltr_wordsize(c) == 4 ? 10 : 18);

	if (!c->exiting || ltr_call_failed(c) || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	total = (uint64_t)c->ret;
	if (!ltr_call_abbrev(c))
		ltr_sb_putc(c->out, '[');
	while (pos < total) {
		size_t want = total - pos < sizeof(win) ? (size_t)(total - pos) : sizeof(win);
		size_t at = 0;

		if (ltr_mem_read(c->mem, addr + pos, win, want) < 0)
			break;
		while (at + min_len <= want) {
			unsigned reclen = ltr_get_u16(win + at + (is64 ? 16 :
					(ltr_wordsize(c) == 4 ? 8 : 16)));

			if (reclen < min_len || at + reclen > want)
				break;
			if (!ltr_call_abbrev(c)) {
				if (count)
					ltr_sb_append(c->out, ", ", 2);
				print_dirent(c, win + at, reclen, is64);
			}
			count++;
			at += reclen;
		}
		if (at == 0)
			break;  /* malformed entry: stop rather than loop */
		pos += at;
	}
	if (!ltr_call_abbrev(c)) {
		ltr_sb_putc(c->out, ']');
		return;
	}
	ltr_print_addr(c->out, addr);
	ltr_sb_printf(c->out, " /* %u entries */", count);
}

void ltr_print_arg_dirents64(struct ltr_call *c, unsigned idx)
{
	print_dirents(c, idx, true);
}

void ltr_print_arg_dirents(struct ltr_call *c, unsigned idx)
{
	print_dirents(c, idx, false);
}

/* --- statfs --- */

/* Filesystem magics strace 6.1 knows by name (linux/magic.h values). */
static const struct ltr_xlat fs_magics[] = {
	LTR_XLAT_PAIR(0xadf5, "ADFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xadff, "AFFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x0187, "AUTOFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x00c36400, "CEPH_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x73757245, "CODA_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x28cd3d45, "CRAMFS_MAGIC"),
	LTR_XLAT_PAIR(0x453dcd28, "CRAMFS_MAGIC_WEND"),
	LTR_XLAT_PAIR(0x64626720, "DEBUGFS_MAGIC"),
	LTR_XLAT_PAIR(0x73636673, "SECURITYFS_MAGIC"),
	LTR_XLAT_PAIR(0xf97cff8c, "SELINUX_MAGIC"),
	LTR_XLAT_PAIR(0x43415d53, "SMACK_MAGIC"),
	LTR_XLAT_PAIR(0x01021994, "TMPFS_MAGIC"),
	LTR_XLAT_PAIR(0x958458f6, "HUGETLBFS_MAGIC"),
	LTR_XLAT_PAIR(0x73717368, "SQUASHFS_MAGIC"),
	LTR_XLAT_PAIR(0xf15f, "ECRYPTFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xE0F5E1E2, "EROFS_SUPER_MAGIC_V1"),
	LTR_XLAT_PAIR(0xEF53, "EXT2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xabba1974, "XENFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x9123683E, "BTRFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x3434, "NILFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xF2F52010, "F2FS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xf995e849, "HPFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x9660, "ISOFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x72b6, "JFFS2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x6165676C, "PSTOREFS_MAGIC"),
	LTR_XLAT_PAIR(0xde5e81e4, "EFIVARFS_MAGIC"),
	LTR_XLAT_PAIR(0x00c0ffee, "HOSTFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x794c7630, "OVERLAYFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x65735546, "FUSE_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x137F, "MINIX_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x138F, "MINIX_SUPER_MAGIC2"),
	LTR_XLAT_PAIR(0x2468, "MINIX2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x2478, "MINIX2_SUPER_MAGIC2"),
	LTR_XLAT_PAIR(0x4d5a, "MINIX3_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x4d44, "MSDOS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x2011BAB0, "EXFAT_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x564c, "NCP_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x7461636f, "OCFS2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x9fa1, "OPENPROM_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x002f, "QNX4_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x68191122, "QNX6_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x6B414653, "AFS_FS_MAGIC"),
	LTR_XLAT_PAIR(0x52654973, "REISERFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x517B, "SMB_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xFF534D42, "CIFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xFE534D42, "SMB2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x27e0eb, "CGROUP_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x63677270, "CGROUP2_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x57AC6E9D, "STACK_END_MAGIC"),
	LTR_XLAT_PAIR(0x74726163, "TRACEFS_MAGIC"),
	LTR_XLAT_PAIR(0x01021997, "V9FS_MAGIC"),
	LTR_XLAT_PAIR(0x62646576, "BDEVFS_MAGIC"),
	LTR_XLAT_PAIR(0x64646178, "DAXFS_MAGIC"),
	LTR_XLAT_PAIR(0x42494e4d, "BINFMTFS_MAGIC"),
	LTR_XLAT_PAIR(0x1cd1, "DEVPTS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x6c6f6f70, "BINDERFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0xBAD1DEA, "FUTEXFS_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x50495045, "PIPEFS_MAGIC"),
	LTR_XLAT_PAIR(0x9fa0, "PROC_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x534F434B, "SOCKFS_MAGIC"),
	LTR_XLAT_PAIR(0x62656572, "SYSFS_MAGIC"),
	LTR_XLAT_PAIR(0x9fa2, "USBDEVICE_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x11307854, "MTD_INODE_FS_MAGIC"),
	LTR_XLAT_PAIR(0x09041934, "ANON_INODE_FS_MAGIC"),
	LTR_XLAT_PAIR(0x73727279, "BTRFS_TEST_MAGIC"),
	LTR_XLAT_PAIR(0x6e736673, "NSFS_MAGIC"),
	LTR_XLAT_PAIR(0xcafe4a11, "BPF_FS_MAGIC"),
	LTR_XLAT_PAIR(0x5a3c69f0, "AAFS_MAGIC"),
	LTR_XLAT_PAIR(0x5a4f4653, "ZONEFS_MAGIC"),
	LTR_XLAT_PAIR(0x15013346, "UDF_SUPER_MAGIC"),
	LTR_XLAT_PAIR(0x444d4142, "DMA_BUF_MAGIC"),
	LTR_XLAT_PAIR(0x454d444d, "DEVMEM_MAGIC"),
	LTR_XLAT_PAIR(0x5345434d, "SECRETMEM_MAGIC"),
	LTR_XLAT_END
};

/* ST_VALID first: strace prints it before the mount flags. */
static const struct ltr_xlat statfs_flags[] = {
	LTR_XLAT_PAIR(0x0020, "ST_VALID"),
	LTR_XLAT_PAIR(0x0001, "ST_RDONLY"), LTR_XLAT_PAIR(0x0002, "ST_NOSUID"),
	LTR_XLAT_PAIR(0x0004, "ST_NODEV"), LTR_XLAT_PAIR(0x0008, "ST_NOEXEC"),
	LTR_XLAT_PAIR(0x0010, "ST_SYNCHRONOUS"),
	LTR_XLAT_PAIR(0x0040, "ST_MANDLOCK"), LTR_XLAT_PAIR(0x0080, "ST_WRITE"),
	LTR_XLAT_PAIR(0x0100, "ST_APPEND"), LTR_XLAT_PAIR(0x0200, "ST_IMMUTABLE"),
	LTR_XLAT_PAIR(0x0400, "ST_NOATIME"), LTR_XLAT_PAIR(0x0800, "ST_NODIRATIME"),
	LTR_XLAT_PAIR(0x1000, "ST_RELATIME"), LTR_XLAT_PAIR(0x2000, "ST_NOSYMFOLLOW"),
	LTR_XLAT_END
};

/*
 * struct statfs / statfs64 in the tracee's layout: 64-bit tracees use
 * longs throughout (120 bytes); i386's statfs has 4-byte fields (64
 * bytes) and its statfs64 4-byte type, bsize, namelen, frsize and flags
 * around 8-byte counts (84 bytes, 4-byte aligned).
 */
void ltr_print_arg_statfs(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	bool wide = c->desc && strstr(c->desc->name, "statfs64");
	unsigned ws = ltr_wordsize(c);
	unsigned hdr = ws, cnt = wide ? 8 : ws, tail = ws, size, off, i;
	unsigned char buf[120];
	uint64_t type, v[5];
	uint32_t fsid[2];

	if (!addr || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	size = 2 * hdr + 5 * cnt + 8 + 3 * tail + 4 * tail;
	if (!ltr_fetch(c, addr, buf, size))
		return;
	type = ltr_get_uword(buf, hdr);
	ltr_sb_puts(c->out, "{f_type=");
	ltr_print_xval(c->out, fs_magics, type, NULL);
	ltr_sb_printf(c->out, ", f_bsize=%llu", (unsigned long long)ltr_get_uword(buf + hdr, hdr));
	off = 2 * hdr;
	for (i = 0; i < 5; i++, off += cnt)
		v[i] = ltr_get_uword(buf + off, cnt);
	ltr_sb_printf(c->out, ", f_blocks=%llu, f_bfree=%llu, f_bavail=%llu, f_files=%llu, f_ffree=%llu",
		      (unsigned long long)v[0], (unsigned long long)v[1],
		      (unsigned long long)v[2], (unsigned long long)v[3],
		      (unsigned long long)v[4]);
	memcpy(fsid, buf + off, 8);
	off += 8;
	ltr_sb_printf(c->out, ", f_fsid={val=[%#x, %#x]}", fsid[0], fsid[1]);
	ltr_sb_printf(c->out, ", f_namelen=%llu, f_frsize=%llu, f_flags=",
		      (unsigned long long)ltr_get_uword(buf + off, tail),
		      (unsigned long long)ltr_get_uword(buf + off + tail, tail));
	ltr_print_flags(c->out, statfs_flags, ltr_get_uword(buf + off + 2 * tail, tail), NULL);
	ltr_sb_putc(c->out, '}');
}

/* --- mknod, mknodat --- */

/*
 * mknod(path, mode, dev) / mknodat(dirfd, path, mode, dev): the mode
 * ("S_IFCHR|0600") and, for character and block devices only, the
 * device: "makedev(0x1, 0x3)".
 */
void ltr_decode_mknod(struct ltr_call *c)
{
	unsigned first = strcmp(c->desc->name, "mknodat") == 0 ? 1 : 0;
	unsigned mode = (unsigned)c->args[first + 1];
	unsigned type = mode & 0170000;

	if (c->exiting)
		return;
	if (first) {
		ltr_print_dirfd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
	}
	ltr_print_path(c, ltr_arg_word(c, first));
	ltr_sb_puts(c->out, ", ");
	ltr_print_file_mode(c->out, mode);
	if (type == 0020000 || type == 0060000) {
		ltr_sb_puts(c->out, ", ");
		print_dev(c->out, ltr_arg_word(c, first + 2));
	}
}

/* --- openat2 --- */

static const struct ltr_xlat resolve_flags[] = {
	LTR_XLAT_PAIR(0x01, "RESOLVE_NO_XDEV"),
	LTR_XLAT_PAIR(0x02, "RESOLVE_NO_MAGICLINKS"),
	LTR_XLAT_PAIR(0x04, "RESOLVE_NO_SYMLINKS"),
	LTR_XLAT_PAIR(0x08, "RESOLVE_BENEATH"),
	LTR_XLAT_PAIR(0x10, "RESOLVE_IN_ROOT"),
	LTR_XLAT_PAIR(0x20, "RESOLVE_CACHED"),
	LTR_XLAT_END
};

/*
 * struct open_how of the size in the next argument: "{flags=O_RDONLY,
 * resolve=0}", with mode= when it is set or flags create a file. Sizes
 * below the first version's 24 bytes print the address.
 */
void ltr_print_arg_open_how(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	uint64_t size = idx + 1 < 6 ? ltr_arg_word(c, idx + 1) : 0;
	uint64_t how[3];

	if (!addr || size < sizeof(how)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, how, sizeof(how)))
		return;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_open_flags(c, how[0]);
	if (how[1] || open_has_mode(how[0])) {
		ltr_sb_puts(c->out, ", mode=");
		ltr_print_umode(c->out, how[1]);
	}
	ltr_sb_puts(c->out, ", resolve=");
	ltr_print_flags_dflt(c->out, resolve_flags, how[2], NULL, "RESOLVE_???");
	ltr_sb_putc(c->out, '}');
}
