/* SPDX-License-Identifier: MIT */
/*
 * perf_event_open(2) and its struct perf_event_attr. As strace, the
 * attr is read at entry (its size field says how much: the first
 * version's 64 bytes for 0, at most the 128 bytes strace 6.1 knows; 48
 * when abbreviated) and the whole line printed at exit, so that an E2BIG
 * can show the size the kernel wrote back. Abbreviated, the bit flags
 * print only when set and the fields after them are left out ("...").
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

#define PERF_ATTR_MAX 128u
#define PERF_ATTR_VER0 64u
#define PERF_ATTR_ABBREV 48u /* offsetof(struct perf_event_attr, wakeup_events) */
#define PERF_SAMPLE_BRANCH_STACK_BIT 0x800u
#define PERF_SAMPLE_STACK_USER_BIT 0x2000u
#define E2BIG_ERR 7

enum { PERF_HARDWARE, PERF_SOFTWARE, PERF_TRACEPOINT, PERF_HW_CACHE, PERF_RAW, PERF_BREAKPOINT };

/* The attr an entry read, kept per thread (one call in flight each). */
struct perf_saved {
	pid_t tid;
	uint32_t size;
	unsigned char attr[PERF_ATTR_MAX];
};

static struct perf_saved perf_slots[8];

static struct perf_saved *perf_slot(pid_t tid, bool create)
{
	static unsigned next;
	unsigned i;

	for (i = 0; i < 8; i++)
		if (perf_slots[i].tid == tid)
			return &perf_slots[i];
	if (!create)
		return NULL;
	i = next++ % 8;
	memset(&perf_slots[i], 0, sizeof(perf_slots[i]));
	perf_slots[i].tid = tid;
	return &perf_slots[i];
}

/* The bit flags of the u64 at offset 40, in order (precise_ip apart). */
static const char *const perf_flag_names[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
	"exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
	"enable_on_exec", "task", "watermark", NULL, NULL, "mmap_data", "sample_id_all",
	"exclude_host", "exclude_guest", "exclude_callchain_kernel",
	"exclude_callchain_user", "mmap2", "comm_exec", "use_clockid", "context_switch",
	"write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output", "cgroup",
	"text_poke", "build_id", "inherit_thread", "remove_on_exec", "sigtrap",
};

static const char *const precise_ip_text[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid",
};

/* "OPTIONAL_HIGH<<SHIFT|" parts of a config */
static void print_shifted(struct ltr_strbuf *out, uint64_t v, unsigned shift)
{
	ltr_sb_printf(out, "%#llx<<%u|", (unsigned long long)v, shift);
}

static void print_config(struct ltr_call *c, uint32_t type, uint64_t config)
{
	struct ltr_strbuf *out = c->out;

	ltr_sb_puts(out, ", config=");
	switch (type) {
	case PERF_HARDWARE:
		if (config >> 32)
			print_shifted(out, config >> 32, 32);
		ltr_print_xt(out, LTR_XT(perf_hw_id), config & 0xffffffffu);
		break;
	case PERF_SOFTWARE:
		ltr_print_xt(out, LTR_XT(perf_sw_ids), config);
		break;
	case PERF_TRACEPOINT:
		ltr_sb_printf(out, "%llu", (unsigned long long)config);
		break;
	case PERF_HW_CACHE:
		if (config >> 32)
			print_shifted(out, config >> 32, 32);
		if ((config & 0xffffffffu) >> 24)
			print_shifted(out, (config & 0xffffffffu) >> 24, 24);
		ltr_print_xt(out, LTR_XT(perf_hw_cache_op_result_id), (config >> 16) & 0xff);
		ltr_sb_puts(out, "<<16|");
		ltr_print_xt(out, LTR_XT(perf_hw_cache_op_id), (config >> 8) & 0xff);
		ltr_sb_puts(out, "<<8|");
		ltr_print_xt(out, LTR_XT(perf_hw_cache_id), config & 0xff);
		break;
	default:
		ltr_sb_printf(out, "%#llx", (unsigned long long)config);
	}
}

/*
 * The attr as read at entry (size bytes of it); use_new: 1 when new_size
 * is the size field the kernel wrote back on E2BIG, -1 when it could not
 * be read, 0 otherwise.
 */
static void print_attr(struct ltr_call *c, const unsigned char *a, uint32_t size, int use_new,
		       uint32_t new_size)
{
	struct ltr_strbuf *out = c->out;
	uint32_t type = ltr_get_u32(a), asize = ltr_get_u32(a + 4);
	uint64_t flags = ltr_get_u64(a + 40), sample_type = ltr_get_u64(a + 24);
	bool abbrev = ltr_call_abbrev(c);
	unsigned i;

	ltr_sb_puts(out, "{type=");
	ltr_print_xt(out, LTR_XT(perf_type_id), type);
	ltr_sb_puts(out, ", size=");
	ltr_print_xt(out, LTR_XT(perf_attr_size), asize);
	if (use_new > 0) {
		ltr_sb_puts(out, " => ");
		ltr_print_xt(out, LTR_XT(perf_attr_size), new_size);
	} else if (use_new < 0) {
		ltr_sb_puts(out, " => ???");
	}
	print_config(c, type, ltr_get_u64(a + 8));
	ltr_sb_printf(out, ", %s=%llu", flags & (1u << 10) ? "sample_freq" : "sample_period",
		      (unsigned long long)ltr_get_u64(a + 16));
	ltr_sb_puts(out, ", sample_type=");
	ltr_print_xt(out, LTR_XT(perf_event_sample_format), sample_type);
	ltr_sb_puts(out, ", read_format=");
	ltr_print_xt(out, LTR_XT(perf_event_read_format), ltr_get_u64(a + 32));
	for (i = 0; i < sizeof(perf_flag_names) / sizeof(perf_flag_names[0]); i++) {
		unsigned bit = (unsigned)((flags >> i) & 1);

		if (i == 15) {
			unsigned ip = (unsigned)((flags >> 15) & 3);

			ltr_sb_printf(out, ", precise_ip=%u /* %s */", ip, precise_ip_text[ip]);
			continue;
		}
		if (!perf_flag_names[i] || (abbrev && !bit))
			continue;
		ltr_sb_printf(out, ", %s=%u", perf_flag_names[i], bit);
	}
	if (flags >> 38)
		ltr_sb_printf(out, ", __reserved_1=%#llx /* Bits 63..38 */",
			      (unsigned long long)(flags >> 38));
	if (abbrev)
		goto out;
	if (flags & (1u << 14))
		ltr_sb_printf(out, ", wakeup_watermark=%u", ltr_get_u32(a + 48));
	else
		ltr_sb_printf(out, ", wakeup_events=%u", ltr_get_u32(a + 48));
	if (type == PERF_BREAKPOINT) {
		uint32_t bp = ltr_get_u32(a + 52);

		ltr_sb_puts(out, ", bp_type=");
		ltr_print_xval(out, LTR_XT(hw_breakpoint_type), bp,
			       bp <= 7 ? "HW_BREAKPOINT_INVALID" : "HW_BREAKPOINT_???");
		ltr_sb_printf(out, ", bp_addr=%#llx", (unsigned long long)ltr_get_u64(a + 56));
	} else {
		ltr_sb_printf(out, ", config1=%#llx", (unsigned long long)ltr_get_u64(a + 56));
	}
	if (size <= 64)
		goto out;
	if (type == PERF_BREAKPOINT)
		ltr_sb_printf(out, ", bp_len=%llu", (unsigned long long)ltr_get_u64(a + 64));
	else
		ltr_sb_printf(out, ", config2=%#llx", (unsigned long long)ltr_get_u64(a + 64));
	if (size <= 72)
		goto out;
	if (sample_type & PERF_SAMPLE_BRANCH_STACK_BIT) {
		ltr_sb_puts(out, ", branch_sample_type=");
		ltr_print_xt(out, LTR_XT(perf_branch_sample_type), ltr_get_u64(a + 72));
	}
	if (size <= 80)
		goto out;
	ltr_sb_printf(out, ", sample_regs_user=%#llx", (unsigned long long)ltr_get_u64(a + 80));
	if (size <= 88)
		goto out;
	if (sample_type & PERF_SAMPLE_STACK_USER_BIT)
		ltr_sb_printf(out, ", sample_stack_user=%#x", ltr_get_u32(a + 88));
	if (flags & (1u << 25)) {
		if (size <= 92)
			goto out;
		ltr_sb_puts(out, ", clockid=");
		ltr_print_xt(out, ltr_xlat_for_arch(LTR_XT(clock_ids), c->arch), ltr_get_u32(a + 92));
	}
	if (size <= 96)
		goto out;
	ltr_sb_printf(out, ", sample_regs_intr=%#llx", (unsigned long long)ltr_get_u64(a + 96));
	if (size <= 104)
		goto out;
	ltr_sb_printf(out, ", aux_watermark=%u", ltr_get_u32(a + 104));
	if (size <= 108)
		goto out;
	ltr_sb_printf(out, ", sample_max_stack=%u", ltr_get_u16(a + 108));
	if (size <= 110)
		goto out;
	if (ltr_get_u16(a + 110))
		ltr_sb_printf(out, " /* bytes 110..111: %#x */", ltr_get_u16(a + 110));
	if (size <= 112)
		goto out;
	ltr_sb_printf(out, ", aux_sample_size=%u", ltr_get_u32(a + 112));
	if (size <= 116)
		goto out;
	if (ltr_get_u32(a + 116))
		ltr_sb_printf(out, " /* bytes 116..119: %#x */", ltr_get_u32(a + 116));
	if (size <= 120)
		goto out;
	ltr_sb_printf(out, ", sig_data=%#llx", (unsigned long long)ltr_get_u64(a + 120));
out:
	if ((asize && asize > size) || (!asize && size < PERF_ATTR_VER0))
		ltr_sb_puts(out, ", ...");
	ltr_sb_putc(out, '}');
}

/*
 * Reads the attr at entry as strace does; false (having printed the
 * address) when it cannot be read or its size is below the first version.
 */
static bool fetch_attr(struct ltr_call *c, uint64_t addr)
{
	struct perf_saved *s;
	unsigned char sz[4];
	uint32_t size;

	if (!addr || !ltr_call_verbose(c) || !ltr_fetch_quiet(c, addr + 4, sz, 4)) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	size = ltr_get_u32(sz);
	if (size > PERF_ATTR_MAX)
		size = PERF_ATTR_MAX;
	if (!size)
		size = PERF_ATTR_VER0;
	if (size < PERF_ATTR_VER0) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	if (ltr_call_abbrev(c))
		size = PERF_ATTR_ABBREV;
	s = perf_slot(c->tid, true);
	if (!ltr_fetch_quiet(c, addr, s->attr, size)) {
		s->tid = 0;
		ltr_print_addr(c->out, addr);
		return false;
	}
	s->size = size;
	return true;
}

static void print_rest(struct ltr_call *c)
{
	ltr_sb_printf(c->out, ", %d, %d, ", ltr_call_arg_int(c, 1), ltr_call_arg_int(c, 2));
	ltr_print_fd(c, ltr_call_arg_int(c, 3));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(perf_event_open_flags), ltr_arg_word(c, 4));
}

void ltr_print_perf_event_attr(struct ltr_call *c, uint64_t addr)
{
	struct perf_saved *s;

	if (!fetch_attr(c, addr))
		return;
	s = perf_slot(c->tid, false);
	print_attr(c, s->attr, s->size, 0, 0);
	s->tid = 0;
}

/*
 * perf_event_open(attr, pid, cpu, group_fd, flags): nothing at entry
 * when the attr was read (c->saved[0]), all of it at exit.
 */
void ltr_decode_perf_event_open(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 0);
	struct perf_saved *s;
	unsigned char sz[4];
	int use_new = 0;

	if (!c->exiting) {
		c->saved[0] = fetch_attr(c, addr);
		if (!c->saved[0])
			print_rest(c);
		return;
	}
	if (!c->saved[0])
		return;
	s = perf_slot(c->tid, false);
	if (!s) {
		ltr_print_addr(c->out, addr);
		print_rest(c);
		return;
	}
	if (c->ret == -E2BIG_ERR)
		use_new = ltr_mem_read(c->mem, addr + 4, sz, 4) == 0 ? 1 : -1;
	print_attr(c, s->attr, s->size, use_new, use_new > 0 ? ltr_get_u32(sz) : 0);
	s->tid = 0;
	print_rest(c);
}
