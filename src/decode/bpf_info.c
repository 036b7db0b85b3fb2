/* SPDX-License-Identifier: MIT */
/*
 * bpf(2)'s BPF_OBJ_GET_INFO_BY_FD: the struct bpf_map_info or
 * bpf_prog_info the kernel fills, printed unabbreviated at exit (under
 * -v) for the kind of object the descriptor is; a program's counts and
 * pointers the kernel rewrote show their entry value first ("0 => 86").
 * The rest of bpf(2) is bpf.c.
 */
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ltr/decode.h"
#include "ltr/fdinfo.h"
#include "decoders.h"
#include "bpf.h"

/* a dev_t: makedev(0x1, 0x3) */
static void print_dev(struct ltr_strbuf *out, uint64_t dev)
{
	unsigned major = (unsigned)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffu));
	unsigned minor = (unsigned)((dev & 0xff) | ((dev >> 12) & ~0xffu));

	if (!ltr_xlat_begin(out, dev, LTR_XF_HEX))
		return;
	ltr_sb_printf(out, "makedev(%#x, %#x)", major, minor);
	ltr_xlat_end(out);
}

/*
 * A boot-time stamp in nanoseconds as a date comment, seconds only: the
 * offset between the boot and the real-time clocks is measured once and
 * is approximate (strace's print_boottime); nothing under -X raw.
 */
static void print_boottime(struct ltr_strbuf *out, uint64_t ns)
{
	static struct timespec offset;
	static bool known;
	struct timespec boot, real;
	struct tm tm;
	char date[64], zone[16];
	time_t t;

	if (ltr_xlat_style() == LTR_XLAT_RAW)
		return;
	if (!known) {
		if (clock_gettime(CLOCK_BOOTTIME, &boot) || clock_gettime(CLOCK_REALTIME, &real))
			return;
		offset.tv_sec = real.tv_sec - boot.tv_sec;
		offset.tv_nsec = real.tv_nsec - boot.tv_nsec;
		if (offset.tv_nsec < 0) {
			offset.tv_sec--;
			offset.tv_nsec += 1000000000;
		}
		known = true;
	}
	t = (time_t)(ns / 1000000000) + offset.tv_sec;
	if ((long)(ns % 1000000000) + offset.tv_nsec >= 1000000000)
		t++;
	if (!localtime_r(&t, &tm) || !strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm) ||
	    !strftime(zone, sizeof(zone), "%z", &tm))
		return;
	ltr_sb_printf(out, " /* %s%s */", date, zone);
}


/*
 * What the entry saw of a bpf_prog_info, to show at exit what the kernel
 * changed. One call is in flight per thread: kept per thread id.
 */
struct info_saved {
	pid_t tid;
	int kind;           /* 0 none, 1 map, 2 prog */
	uint32_t info_len;
	unsigned char prog[224];
};

static struct info_saved info_slots[16];

static struct info_saved *info_slot(pid_t tid, bool create)
{
	static unsigned next;
	unsigned i;

	for (i = 0; i < 16; i++)
		if (info_slots[i].tid == tid)
			return &info_slots[i];
	if (!create)
		return NULL;
	i = next++ % 16;
	memset(&info_slots[i], 0, sizeof(info_slots[i]));
	info_slots[i].tid = tid;
	return &info_slots[i];
}

/* the kind of BPF object a descriptor is, from its /proc link */
static int obj_kind(struct ltr_call *c, int fd)
{
	struct ltr_fdinfo info;

	if (ltr_fdinfo_lookup(c->tid, fd, 0, &info) < 0)
		return 0;
	if (!strcmp(info.link, "anon_inode:bpf-map"))
		return 1;
	if (!strcmp(info.link, "anon_inode:bpf-prog"))
		return 2;
	return 0;
}

static void print_map_info(struct ltr_call *c, const unsigned char *p, unsigned size)
{
	unsigned char a[88];
	unsigned len = size < sizeof(a) ? size : sizeof(a);

	memset(a, 0, sizeof(a));
	memcpy(a, p, len);
	ltr_sb_puts(c->out, "{type=");
	ltr_print_xt(c->out, LTR_XT(bpf_map_types), ltr_get_u32(a));
	ltr_sb_printf(c->out, ", id=%u, key_size=%u, value_size=%u, max_entries=%u, map_flags=",
		      ltr_get_u32(a + 4), ltr_get_u32(a + 8), ltr_get_u32(a + 12), ltr_get_u32(a + 16));
	ltr_print_xt(c->out, LTR_XT(bpf_map_flags), ltr_get_u32(a + 20));
	if (len > 24) {
		ltr_sb_puts(c->out, ", name=");
		ltr_bpf_print_cstring(c, a + 24, 16);
	}
	if (len > 40) {
		ltr_sb_puts(c->out, ", ifindex=");
		ltr_bpf_print_ifindex(c, ltr_get_u32(a + 40));
		ltr_sb_printf(c->out, ", btf_vmlinux_value_type_id=%u, netns_dev=", ltr_get_u32(a + 44));
		print_dev(c->out, ltr_get_u64(a + 48));
		ltr_sb_printf(c->out, ", netns_ino=%llu", (unsigned long long)ltr_get_u64(a + 56));
	}
	if (len > 64) {
		ltr_sb_printf(c->out, ", btf_id=%u, btf_key_type_id=%u, btf_value_type_id=%u",
			      ltr_get_u32(a + 64), ltr_get_u32(a + 68), ltr_get_u32(a + 72));
		if (size > sizeof(a)) {
			ltr_bpf_print_extra(c, p, size, sizeof(a));
		}
	}
	ltr_sb_putc(c->out, '}');
}

/* "name=OLD => NEW" for a field the kernel rewrote, "name=NEW" otherwise */
static void changed_u32(struct ltr_call *c, const char *name, uint32_t old, uint32_t now)
{
	if (old != now)
		ltr_sb_printf(c->out, ", %s=%u => %u", name, old, now);
	else
		ltr_sb_printf(c->out, ", %s=%u", name, now);
}

static void changed_addr(struct ltr_call *c, const char *name, uint64_t old, uint64_t now)
{
	ltr_sb_printf(c->out, ", %s=", name);
	if (old != now) {
		ltr_print_addr(c->out, old);
		ltr_sb_puts(c->out, " => ");
	}
	ltr_print_addr(c->out, now);
}

static void print_prog_info(struct ltr_call *c, const unsigned char *p, unsigned size,
			    const unsigned char *old)
{
	unsigned char a[224];
	unsigned len = size < 220 ? size : 220;
	uint32_t xl;

	memset(a, 0, sizeof(a));
	memcpy(a, p, len);
#define A32(o) ltr_get_u32(a + (o))
#define A64(o) ltr_get_u64(a + (o))
#define O32(o) ltr_get_u32(old + (o))
#define O64(o) ltr_get_u64(old + (o))
	ltr_sb_puts(c->out, "{type=");
	ltr_print_xt(c->out, LTR_XT(bpf_prog_types), A32(0));
	ltr_sb_printf(c->out, ", id=%u, tag=", A32(4));
	ltr_print_quoted_hex(c->out, (const char *)a + 8, 8, false);
	changed_u32(c, "jited_prog_len", O32(16), A32(16));
	ltr_sb_puts(c->out, ", jited_prog_insns=");
	if (!A64(24))
		ltr_sb_puts(c->out, "NULL");
	else
		ltr_print_buf_hex(c, A64(24), A32(16));
	changed_u32(c, "xlated_prog_len", O32(20), A32(20));
	xl = O32(20) < A32(20) ? O32(20) : A32(20);
	ltr_sb_puts(c->out, ", xlated_prog_insns=");
	ltr_bpf_print_prog(c, A64(32), xl / 8);
	if (len <= 40)
		goto end;
	ltr_sb_printf(c->out, ", load_time=%llu", (unsigned long long)A64(40));
	print_boottime(c->out, A64(40));
	ltr_sb_puts(c->out, ", created_by_uid=");
	if (A32(48) == UINT32_MAX)
		ltr_sb_puts(c->out, "-1");
	else
		ltr_sb_printf(c->out, "%u", A32(48));
	changed_u32(c, "nr_map_ids", O32(52), A32(52));
	ltr_sb_puts(c->out, ", map_ids=");
	ltr_print_array(c, A64(56), O32(52) < A32(52) ? O32(52) : A32(52), 4, ltr_bpf_print_u32_elem, NULL);
	ltr_sb_puts(c->out, ", name=");
	ltr_bpf_print_cstring(c, a + 64, 16);
	if (len <= 80)
		goto end;
	ltr_sb_puts(c->out, ", ifindex=");
	ltr_bpf_print_ifindex(c, A32(80));
	ltr_sb_printf(c->out, ", gpl_compatible=%u, netns_dev=", A32(84) & 1);
	print_dev(c->out, A64(88));
	ltr_sb_printf(c->out, ", netns_ino=%llu", (unsigned long long)A64(96));
	if (len <= 104)
		goto end;
	changed_u32(c, "nr_jited_ksyms", O32(104), A32(104));
	changed_u32(c, "nr_jited_func_lens", O32(108), A32(108));
	changed_addr(c, "jited_ksyms", O64(112), A64(112));
	changed_addr(c, "jited_func_lens", O64(120), A64(120));
	if (len <= 128)
		goto end;
	ltr_sb_printf(c->out, ", btf_id=%u", A32(128));
	changed_u32(c, "func_info_rec_size", O32(132), A32(132));
	ltr_sb_puts(c->out, ", func_info=");
	ltr_print_addr(c->out, A64(136));
	changed_u32(c, "nr_func_info", O32(144), A32(144));
	changed_u32(c, "nr_line_info", O32(148), A32(148));
	ltr_sb_puts(c->out, ", line_info=");
	ltr_print_addr(c->out, A64(152));
	changed_addr(c, "jited_line_info", O64(160), A64(160));
	changed_u32(c, "nr_jited_line_info", O32(168), A32(168));
	changed_u32(c, "line_info_rec_size", O32(172), A32(172));
	changed_u32(c, "jited_line_info_rec_size", O32(176), A32(176));
	changed_u32(c, "nr_prog_tags", O32(180), A32(180));
	ltr_sb_puts(c->out, ", prog_tags=");
	ltr_print_addr(c->out, A64(184));
	if (len <= 192)
		goto end;
	ltr_sb_printf(c->out, ", run_time_ns=%llu, run_cnt=%llu",
		      (unsigned long long)A64(192), (unsigned long long)A64(200));
	if (len <= 208)
		goto end;
	ltr_sb_printf(c->out, ", recursion_misses=%llu", (unsigned long long)A64(208));
	if (len <= 216)
		goto end;
	ltr_sb_printf(c->out, ", verified_insns=%u", A32(216));
	if (size > 220) {
		ltr_bpf_print_extra(c, p, size, 220);
	}
end:
	ltr_sb_putc(c->out, '}');
#undef A32
#undef A64
#undef O32
#undef O64
}

/*
 * The info structure of len bytes at info: at exit, unabbreviated, of a
 * map or program descriptor (the kind seen at entry), else its address;
 * at entry, a program's fields are kept to show what the kernel changed.
 */
static void print_obj_info(struct ltr_call *c, uint64_t info, uint32_t len,
			   struct info_saved *s)
{
	static unsigned char buf[BPF_PAGE];

	if (ltr_call_abbrev(c) || !s || !s->kind) {
		if (c->exiting)
			ltr_print_addr(c->out, info);
		return;
	}
	memset(buf, 0, sizeof(buf));
	if (!len || len > BPF_PAGE || !ltr_fetch_quiet(c, info, buf, len)) {
		if (c->exiting)
			ltr_print_addr(c->out, info);
		return;
	}
	if (!c->exiting) {
		if (s->kind == 2)
			memcpy(s->prog, buf, len < sizeof(s->prog) ? len : sizeof(s->prog));
		return;
	}
	if (s->kind == 1)
		print_map_info(c, buf, len);
	else
		print_prog_info(c, buf, len, s->prog);
}

void ltr_bpf_info_entry(struct ltr_call *c, uint32_t bpf_fd, uint32_t len, uint64_t info)
{
	struct info_saved *s = info_slot(c->tid, true);

	s->info_len = len;
	if (!ltr_call_abbrev(c))
		s->kind = obj_kind(c, (int32_t)bpf_fd);
	print_obj_info(c, info, len, s);
}

void ltr_bpf_info_exit(struct ltr_call *c, uint32_t len, uint64_t info)
{
	struct info_saved *s = info_slot(c->tid, false);

	if (s && s->info_len != len)
		ltr_sb_printf(c->out, " => %u", len);
	ltr_sb_puts(c->out, ", info=");
	print_obj_info(c, info, len, s);
	if (s)
		s->tid = 0;
}
