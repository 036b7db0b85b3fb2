/* SPDX-License-Identifier: MIT */
/*
 * File syscalls: open flags, file modes, the stat family (x86_64 stat,
 * i386 stat and stat64, the asm-generic stat of aarch64 and riscv64),
 * statx, statfs, getdents, lseek, getcwd, mknod, openat2's struct
 * open_how, xattr values, fadvise64 and fallocate. Formats follow strace
 * 6.1 as observed on real runs.
 */
#include <limits.h>
#include <string.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- open flags --- */

/*
 * The access mode, then the flags of open_flags.in (aarch64 has its own
 * values): "O_RDONLY|O_CLOEXEC".
 */
static void print_open_flags64(struct ltr_call *c, uint64_t v)
{
	struct ltr_strbuf *out = c->out;

	if (!ltr_xlat_begin(out, v, LTR_XF_HEX))
		return;
	ltr_sb_puts(out, ltr_xlat_lookup(LTR_XT(open_access_modes), v & 3));
	v &= ~(uint64_t)3;
	ltr_print_flag_names(out, ltr_xlat_for_arch(LTR_XT(open_flags), c->arch), &v, 1);
	if (v) {
		ltr_sb_putc(out, '|');
		ltr_sb_printf(out, "%#llx", (unsigned long long)v);
	}
	ltr_xlat_end(out);
}

/* open's flags are an int: the upper half of the register is not read. */
void ltr_print_open_flags(struct ltr_call *c, uint64_t flags)
{
	print_open_flags64(c, flags & 0xffffffffu);
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

/* --- lseek --- */

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
	ltr_print_xt(c->out, LTR_XT(whence), (uint32_t)c->args[4]);
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
void ltr_print_dev(struct ltr_strbuf *out, uint64_t dev)
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

/*
 * STAT_I386_OLD is i386's struct stat (stat, fstat, lstat); STAT_I386_OLDEST
 * its struct __old_kernel_stat (oldstat, oldlstat, oldfstat: 16-bit ids,
 * no st_blksize, st_blocks nor nanoseconds, which strace prints as 0 and
 * leaves out).
 */
enum stat_layout { STAT_X86_64, STAT_I386_64, STAT_I386_OLD, STAT_I386_OLDEST, STAT_GENERIC };

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
	[STAT_I386_OLDEST] = { 32,
		SF_U(0, 2), SF_U(2, 2), SF_U(6, 2), SF_U(4, 2), SF_U(8, 2),
		SF_U(10, 2), SF_U(12, 2), SF_U(16, 4), SF_U(0, 0), SF_U(0, 0),
		SF_S(20, 4), SF_U(0, 0), SF_S(24, 4), SF_U(0, 0),
		SF_S(28, 4), SF_U(0, 0) },
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
	if (!f.size)
		return 0; /* a field the layout has not */
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

/* ", st_NAME=SEC /" "* date *" "/, st_NAME_nsec=NSEC" (without it: no nsec). */
static void print_stat_time(struct ltr_strbuf *out, const char *name,
			    int64_t sec, uint64_t nsec, bool with_nsec)
{
	ltr_sb_puts(out, ", st_");
	ltr_sb_puts(out, name);
	put_dec_field(out, "=", sec);
	print_time_comment(out, sec, nsec);
	if (!with_nsec)
		return;
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
		ltr_print_dev(out, st->rdev);
	} else {
		put_dec_field(out, ", st_size=", st->size);
	}
}

/*
 * Prints a widened stat: abbreviated, or in full under -v (with_nsec:
 * the layout has the times' nanoseconds).
 */
static void print_wide_stat(struct ltr_call *c, const struct wide_stat *st, bool with_nsec)
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
	ltr_print_dev(out, st->dev);
	put_udec_field(out, ", st_ino=", st->ino);
	ltr_sb_puts(out, ", st_mode=");
	ltr_print_file_mode(out, st->mode);
	put_udec_field(out, ", st_nlink=", st->nlink);
	put_udec_field(out, ", st_uid=", st->uid);
	put_udec_field(out, ", st_gid=", st->gid);
	put_dec_field(out, ", st_blksize=", st->blksize);
	put_udec_field(out, ", st_blocks=", st->blocks);
	print_rdev_or_size(out, st);
	print_stat_time(out, "atime", st->atime, st->atime_nsec, with_nsec);
	print_stat_time(out, "mtime", st->mtime, st->mtime_nsec, with_nsec);
	print_stat_time(out, "ctime", st->ctime, st->ctime_nsec, with_nsec);
	ltr_sb_putc(out, '}');
}

/* The layout of the struct stat this call fills. */
static enum stat_layout stat_layout_of(const struct ltr_call *c)
{
	const char *name = c->desc ? c->desc->name : "";
	size_t len = strlen(name);

	if (ltr_arch_is(c, "x86_64"))
		return STAT_X86_64;
	if (ltr_arch_is(c, "i386")) {
		if (strncmp(name, "old", 3) == 0)
			return STAT_I386_OLDEST;
		return len > 2 && strcmp(name + len - 2, "64") == 0 ?
			STAT_I386_64 : STAT_I386_OLD;
	}
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
	print_wide_stat(c, &st, layout != STAT_I386_OLDEST);
}

/* --- statx --- */

/* statx flags: the sync type first, then the AT_* flags. */
void ltr_print_arg_statx_flags(struct ltr_call *c, unsigned idx)
{
	uint64_t flags = (uint32_t)c->args[idx];
	uint64_t rest = flags & ~(uint64_t)0x6000;

	/* strace prints the sync type as flags without a default (0x6000 is
	 * FORCE_SYNC|DONT_SYNC): nothing for 0 under -X raw */
	if ((flags & 0x6000) || ltr_xlat_style() != LTR_XLAT_RAW)
		ltr_print_flags(c->out, LTR_XT(statx_sync_types), flags & 0x6000, NULL);
	if (rest) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, LTR_XT(at_flags), rest, NULL);
	}
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
	ltr_print_xt(out, LTR_XT(statx_masks), mask);
	if (!ltr_call_abbrev(c))
		put_udec_field(out, ", stx_blksize=", ltr_get_u32(b + 4));
	ltr_sb_puts(out, ", stx_attributes=");
	ltr_print_xt(out, LTR_XT(statx_attrs), ltr_get_u64(b + 8));
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
	ltr_print_xt(out, LTR_XT(statx_attrs), ltr_get_u64(b + 56));
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

static void print_dirent_type(struct ltr_strbuf *out, unsigned type)
{
	ltr_print_xval(out, LTR_XT(dirent_types), type, "DT_???");
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

/*
 * readdir(fd, dirp, count), the oldest directory call (i386): one struct
 * old_linux_dirent, {d_ino, d_off, d_reclen (the name's length), d_name};
 * strace leaves out the count when it is 1, as it always is. At the end
 * of the directory (0) or on error: the address.
 */
void ltr_decode_readdir(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c), reclen, len;
	uint64_t addr = ltr_arg_word(c, 1);
	unsigned char h[2 * 8 + 2];
	char name[256];

	if (!c->exiting) {
		ltr_print_arg_fd(c, 0);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->ret == 0 || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
	} else if (ltr_fetch(c, addr, h, 2 * ws + 2)) {
		reclen = ltr_get_u16(h + 2 * ws);
		len = reclen < sizeof(name) ? reclen : sizeof(name);
		ltr_sb_printf(c->out, "{d_ino=%llu, d_off=%llu, d_reclen=%u, d_name=",
			      (unsigned long long)ltr_get_uword(h, ws),
			      (unsigned long long)ltr_get_uword(h + ws, ws), reclen);
		if (len && !ltr_fetch_quiet(c, addr + 2 * ws + 2, name, len))
			ltr_print_addr(c->out, addr + 2 * ws + 2);
		else
			ltr_print_quoted(c->out, name, strnlen(name, len), c->opts, false);
		ltr_sb_putc(c->out, '}');
	}
	if ((uint32_t)c->args[2] != 1)
		ltr_sb_printf(c->out, ", %u", (unsigned)(uint32_t)c->args[2]);
}

/* --- statfs --- */

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
	ltr_print_xval(c->out, LTR_XT(fs_magics), type, NULL);
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
	ltr_print_flags(c->out, LTR_XT(statfs_flags), ltr_get_uword(buf + off + 2 * tail, tail), NULL);
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
	/* the kernel's umode_t: 16 bits */
	unsigned mode = (unsigned)c->args[first + 1] & 0xffff;
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
		/* the kernel's unsigned int dev: old 32-bit encoding */
		ltr_print_dev(c->out, (uint32_t)c->args[first + 2]);
	}
}

/* --- openat2 --- */

/*
 * struct open_how of the size in the next argument: "{flags=O_RDONLY,
 * resolve=0}", with mode= when it is set or flags create a file. Sizes
 * below the first version's 24 bytes print the address; the bytes past
 * 24 (up to a page) print when not zero, "???" when unreadable.
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
	/* open_how's fields are 64-bit: all of them print */
	ltr_sb_puts(c->out, "{flags=");
	print_open_flags64(c, how[0]);
	if (how[1] || open_has_mode(how[0])) {
		ltr_sb_printf(c->out, ", mode=%#03llo", (unsigned long long)how[1]);
	}
	ltr_sb_puts(c->out, ", resolve=");
	ltr_print_flags_dflt(c->out, LTR_XT(resolve_flags), how[2], NULL, "RESOLVE_???");
	/* a larger struct: its non-zero tail, or ??? when unreadable */
	ltr_print_nonzero_bytes(c, ", ", addr, sizeof(how), size);
	ltr_sb_putc(c->out, '}');
}

/* --- xattr --- */

#define XATTR_SIZE_MAX_BYTES 65536u

/*
 * len bytes of a value as strace prints one: the address past the
 * kernel's XATTR_SIZE_MAX; a NUL ending the bytes shown is left out,
 * unless they print in hex (-x, -xx).
 */
static void print_xattr_bytes(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	char buf[XATTR_SIZE_MAX_BYTES];
	size_t n = len < c->opts->strsize ? (size_t)len : c->opts->strsize;
	size_t shown = n;

	if (!addr || len > XATTR_SIZE_MAX_BYTES) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (n && ltr_mem_read(c->mem, addr, buf, n) < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (n && !buf[n - 1] && (c->opts->xflag == LTR_XFLAG_NONE ||
				 c->opts->xflag == LTR_XFLAG_NON_ASCII_CHARS))
		shown--;
	ltr_print_quoted(c->out, buf, shown, c->opts, len > n);
}

/*
 * An xattr value: param is the size argument. At entry
 * (setxattr) size bytes; at exit (getxattr) ret bytes, the
 * address when the call failed; NULL with size 0 prints NULL.
 */
void ltr_print_arg_xattr_val(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned sizeidx = c->desc ? c->desc->args[idx].param : idx + 1;
	uint64_t len = ltr_word_mask(c, c->args[sizeidx]);

	if (c->desc && c->desc->args[idx].at_exit) {
		if (!c->exiting || ltr_call_failed(c) || !len) {
			ltr_print_addr(c->out, addr);
			return;
		}
		len = ltr_word_mask(c, (uint64_t)c->ret);
	}
	print_xattr_bytes(c, addr, len);
}

/* listxattr's names, at exit: ret bytes as they are, NULs and all */
void ltr_print_arg_xattr_list(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned sizeidx = c->desc ? c->desc->args[idx].param : idx + 1;

	if (!c->exiting || ltr_call_failed(c) || !ltr_word_mask(c, c->args[sizeidx])) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_buf(c, addr, ltr_word_mask(c, (uint64_t)c->ret));
}

/* --- fadvise64, fallocate --- */

/*
 * fadvise64(fd, offset, len, advice) and fadvise64_64: on i386 the offset
 * (and fadvise64_64's len) take two argument slots, low word first.
 */
void ltr_decode_fadvise64(struct ltr_call *c)
{
	bool is64 = c->desc && strcmp(c->desc->name, "fadvise64_64") == 0;
	long long off, len;
	uint32_t advice;

	if (c->exiting)
		return;
	if (ltr_wordsize(c) == 4) {
		off = ltr_arg_pair64(c, 1);
		len = is64 ? ltr_arg_pair64(c, 3) : (long long)(uint32_t)c->args[3];
		advice = (uint32_t)c->args[is64 ? 5 : 4];
	} else {
		off = (long long)c->args[1];
		len = (long long)c->args[2];
		advice = (uint32_t)c->args[3];
	}
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	/* x86_64's and the other 64-bit arches' len is a size_t */
	if (!is64 && ltr_wordsize(c) == 8)
		ltr_sb_printf(c->out, ", %lld, %llu, ", off, (unsigned long long)len);
	else
		ltr_sb_printf(c->out, ", %lld, %lld, ", off, len);
	ltr_print_xval(c->out, LTR_XT(fadvise_advice), advice, "POSIX_FADV_???");
}

/*
 * readahead(fd, offset, count) and sync_file_range(fd, offset, nbytes,
 * flags): on a 32-bit tracee each 64-bit argument takes two slots, low
 * word first, and those after it move along.
 */
void ltr_decode_readahead(struct ltr_call *c)
{
	bool narrow = ltr_wordsize(c) == 4;

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_printf(c->out, ", %lld, %llu", (long long)(narrow ? ltr_arg_pair64(c, 1) : (int64_t)c->args[1]),
		      (unsigned long long)ltr_word_mask(c, c->args[narrow ? 3 : 2]));
}

void ltr_decode_sync_file_range(struct ltr_call *c)
{
	bool narrow = ltr_wordsize(c) == 4;

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_printf(c->out, ", %lld, %lld, ", (long long)(narrow ? ltr_arg_pair64(c, 1) : (int64_t)c->args[1]),
		      (long long)(narrow ? ltr_arg_pair64(c, 3) : (int64_t)c->args[2]));
	ltr_print_xt(c->out, LTR_XT(sync_file_range_flags), (uint32_t)c->args[narrow ? 5 : 3]);
}

/* fallocate(fd, mode, offset, len): 64-bit offset and len (pairs on i386). */
void ltr_decode_fallocate(struct ltr_call *c)
{
	long long off, len;

	if (c->exiting)
		return;
	if (ltr_wordsize(c) == 4) {
		off = ltr_arg_pair64(c, 2);
		len = ltr_arg_pair64(c, 4);
	} else {
		off = (long long)c->args[2];
		len = (long long)c->args[3];
	}
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, LTR_XT(falloc_flags), (uint32_t)c->args[1], NULL);
	ltr_sb_printf(c->out, ", %lld, %lld", off, len);
}

/* --- ustat --- */

/* A dev_t the kernel takes as an unsigned int (ustat's): makedev(M, m). */
void ltr_print_arg_dev32(struct ltr_call *c, unsigned idx)
{
	ltr_print_dev(c->out, (uint32_t)c->args[idx]);
}

/*
 * struct ustat at exit: "{f_tfree=N, f_tinode=N}" (an int, then the
 * tracee's unsigned long at its alignment); the address when the call
 * failed.
 */
void ltr_print_arg_ustat(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[16];

	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, 2 * ws))
		return;
	ltr_sb_printf(c->out, "{f_tfree=%d, f_tinode=%llu}", (int)ltr_get_u32(buf),
		      (unsigned long long)ltr_get_uword(buf + ws, ws));
}
