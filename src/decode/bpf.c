/* SPDX-License-Identifier: MIT */
/*
 * bpf(2): the command, then its part of union bpf_attr as strace 6.1
 * prints it per command. The kernel reads size bytes of the union; so
 * does ltr (at most a page, as strace, else the address): the fields of
 * each command print up to the last version that size covers, and
 * non-zero bytes past the known structure print as "..." (-v:
 * extra_data=). Commands the kernel writes back (*_GET_NEXT_ID,
 * OBJ_GET_INFO_BY_FD, PROG_QUERY, TASK_FD_QUERY, the batches) print
 * again at exit what changed, after " => ". OBJ_GET_INFO_BY_FD's info
 * structures are bpf_info.c's.
 */
#include <limits.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"
#include "bpf.h"

#define BPF_MAXINSNS 4096u
#define BPF_F_NUMA_NODE_BIT 0x4u
#define BPF_F_REPLACE_BIT 0x4u


static uint32_t u32(const struct bpf_attr *b, unsigned off)
{
	return ltr_get_u32(b->a + off);
}

static uint64_t u64(const struct bpf_attr *b, unsigned off)
{
	return ltr_get_u64(b->a + off);
}

/* the fields from off on were not given: strace stops there */
static bool cut(const struct bpf_attr *b, unsigned off)
{
	return b->len <= off;
}

static void sep(const struct bpf_attr *b)
{
	ltr_sb_puts(b->c->out, ", ");
}

static void f_u(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=%u", name, u32(b, off));
}

static void f_u64(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=%llu", name, (unsigned long long)u64(b, off));
}

static void f_x(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=%#x", name, u32(b, off));
}

static void f_x64(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=%#llx", name, (unsigned long long)u64(b, off));
}

static void f_fd(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=", name);
	ltr_print_fd(b->c, (int32_t)u32(b, off));
}

static void f_addr(const struct bpf_attr *b, const char *name, unsigned off)
{
	ltr_sb_printf(b->c->out, "%s=", name);
	ltr_print_addr(b->c->out, u64(b, off));
}

static void f_xt(const struct bpf_attr *b, const char *name, unsigned off,
		 const struct ltr_xlat_table *t)
{
	ltr_sb_printf(b->c->out, "%s=", name);
	ltr_print_xt(b->c->out, t, u32(b, off));
}

static void f_xt64(const struct bpf_attr *b, const char *name, unsigned off,
		   const struct ltr_xlat_table *t)
{
	ltr_sb_printf(b->c->out, "%s=", name);
	ltr_print_xt(b->c->out, t, u64(b, off));
}

void ltr_bpf_print_cstring(struct ltr_call *c, const unsigned char *s, unsigned n)
{
	unsigned m = n ? n - 1 : 0;
	const unsigned char *nul = memchr(s, 0, n);

	if (nul)
		ltr_print_quoted(c->out, (const char *)s, (size_t)(nul - s), c->opts, false);
	else
		ltr_print_quoted(c->out, (const char *)s, m, c->opts, true);
}

void ltr_bpf_print_ifindex(struct ltr_call *c, uint32_t idx)
{
	char name[IF_NAMESIZE], lit[4 * IF_NAMESIZE + 4], text[sizeof(lit) + 24];

	if (idx && if_indextoname(idx, name)) {
		snprintf(text, sizeof(text), "if_nametoindex(%s)",
			 ltr_format_text_literal(lit, sizeof(lit), name));
		ltr_print_xlat(c->out, idx, LTR_XF_UDEC, text);
	} else {
		ltr_sb_printf(c->out, "%u", idx);
	}
}

void ltr_print_kernel_version(struct ltr_strbuf *out, uint32_t v)
{
	if (!ltr_xlat_begin(out, v, LTR_XF_HEX))
		return;
	ltr_sb_printf(out, "KERNEL_VERSION(%u, %u, %u)", v >> 16, (v >> 8) & 0xff, v & 0xff);
	ltr_xlat_end(out);
}

/*
 * The bytes of size past the struct strace knows: ", ..." when any is not
 * zero (-v: ", extra_data=" and all of them in hex with their offsets).
 */
void ltr_bpf_print_extra(struct ltr_call *c, const unsigned char *data, unsigned size,
			 unsigned attr_size)
{
	unsigned i;

	if (size <= attr_size)
		return;
	for (i = attr_size; i < size && !data[i]; i++)
		;
	if (i == size)
		return;
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...");
		return;
	}
	ltr_sb_puts(c->out, ", extra_data=");
	ltr_print_quoted_hex(c->out, (const char *)data + attr_size, size - attr_size, false);
	ltr_sb_printf(c->out, " /* bytes %u..%u */", attr_size, size - 1);
}

static void print_extra(const struct bpf_attr *b, const unsigned char *data, unsigned size,
			unsigned attr_size)
{
	ltr_bpf_print_extra(b->c, data, size, attr_size);
}

/* the end of a command's attr: its unknown bytes, then "}" */
static bool finish(const struct bpf_attr *b)
{
	print_extra(b, b->data, b->size, b->attr_size);
	ltr_sb_putc(b->c->out, '}');
	return true;
}

/* the end of an attr cut short by its size */
static bool close_attr(const struct bpf_attr *b)
{
	ltr_sb_putc(b->c->out, '}');
	return true;
}

/* --- eBPF instructions --- */

/* an instruction's code: "BPF_JMP|BPF_K|BPF_EXIT" */
static void print_insn_code(struct ltr_strbuf *out, uint8_t code)
{
	unsigned cls = code & 7, rest = code & ~7u;

	ltr_print_xt(out, LTR_XT(ebpf_class), cls);
	switch (cls) {
	case 0: case 1: case 2: case 3: /* LD LDX ST STX */
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_size), code & 0x18);
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_mode), code & 0xe0);
		break;
	case 4: case 7: /* ALU ALU64 */
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_src), code & 8);
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_op_alu), code & 0xf0);
		break;
	case 5: /* JMP */
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_src), code & 8);
		ltr_sb_putc(out, '|');
		ltr_print_xt(out, LTR_XT(ebpf_op_jmp), code & 0xf0);
		break;
	default: /* JMP32: strace shows its other bits as unknown */
		if (rest) {
			ltr_sb_putc(out, '|');
			ltr_print_xval(out, NULL, rest, "BPF_???");
		}
	}
}

static bool print_insn(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	unsigned *count = data;

	(void)size;
	if ((*count)++ >= BPF_MAXINSNS) {
		ltr_sb_puts(c->out, "...");
		return false;
	}
	ltr_sb_puts(c->out, "{code=");
	print_insn_code(c->out, e[0]);
	ltr_sb_puts(c->out, ", dst_reg=");
	ltr_print_xt(c->out, LTR_XT(ebpf_regs), e[1] & 0xf);
	ltr_sb_puts(c->out, ", src_reg=");
	ltr_print_xt(c->out, LTR_XT(ebpf_regs), e[1] >> 4);
	ltr_sb_printf(c->out, ", off=%d, imm=%#x}", (int16_t)ltr_get_u16(e + 2), ltr_get_u32(e + 4));
	return true;
}

void ltr_bpf_print_prog(struct ltr_call *c, uint64_t addr, uint32_t count)
{
	unsigned n = 0;

	if (ltr_call_abbrev(c))
		ltr_print_addr(c->out, addr);
	else
		ltr_print_array(c, addr, count, 8, print_insn, &n);
}

bool ltr_bpf_print_u32_elem(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_printf(c->out, "%u", ltr_get_u32(e));
	return true;
}

static bool print_x_elem(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%#llx", (unsigned long long)ltr_get_uword(e, size));
	return true;
}

/* a string the kernel reads at most max bytes of (NUL-terminated) */
static void print_str_upto(struct ltr_call *c, uint64_t addr, uint64_t max)
{
	char buf[BPF_PAGE + 1];
	uint64_t limit = c->opts->strsize;
	bool terminated;
	ssize_t n;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!max) {
		ltr_sb_puts(c->out, "\"\"");
		return;
	}
	if (max > limit + 1)
		max = limit + 1;
	if (max > BPF_PAGE)
		max = BPF_PAGE;
	n = ltr_mem_read_str(c->mem, addr, buf, (size_t)max, &terminated);
	if (n < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!terminated && (uint64_t)n < max) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if ((uint64_t)n > limit)
		ltr_print_quoted(c->out, buf, (size_t)limit, c->opts, true);
	else
		ltr_print_quoted(c->out, buf, (size_t)n, c->opts, !terminated);
}

/* --- the commands --- */

typedef bool bpf_cmd_printer(struct bpf_attr *b);

static bool cmd_map_create(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;
	unsigned n;

	f_xt(b, "{map_type", 0, LTR_XT(bpf_map_types));
	sep(b);
	f_u(b, "key_size", 4);
	sep(b);
	f_u(b, "value_size", 8);
	sep(b);
	f_u(b, "max_entries", 12);
	if (cut(b, 16))
		return close_attr(b);
	sep(b);
	f_xt(b, "map_flags", 16, LTR_XT(bpf_map_flags));
	if (cut(b, 20))
		return close_attr(b);
	sep(b);
	f_fd(b, "inner_map_fd", 20);
	if (cut(b, 24))
		return close_attr(b);
	if (u32(b, 16) & BPF_F_NUMA_NODE_BIT) {
		/* the kernel's -1, "no node", is not in the uapi: always commented */
		int prev = ltr_xlat_force(LTR_XLAT_VERBOSE);

		ltr_sb_puts(c->out, ", numa_node=");
		ltr_print_xval_fmt(c->out, LTR_XT(bpf_numa_node), u32(b, 24), LTR_XF_UDEC, NULL);
		ltr_xlat_force(prev);
	}
	if (cut(b, 28))
		return close_attr(b);
	n = b->len - 28 < 16 ? b->len - 28 : 16;
	ltr_sb_puts(c->out, ", map_name=");
	ltr_bpf_print_cstring(c, b->a + 28, n);
	if (cut(b, 44))
		return close_attr(b);
	ltr_sb_puts(c->out, ", map_ifindex=");
	ltr_bpf_print_ifindex(c, u32(b, 44));
	if (cut(b, 48))
		return close_attr(b);
	sep(b);
	f_fd(b, "btf_fd", 48);
	sep(b);
	f_u(b, "btf_key_type_id", 52);
	sep(b);
	f_u(b, "btf_value_type_id", 56);
	if (cut(b, 60))
		return close_attr(b);
	sep(b);
	f_u(b, "btf_vmlinux_value_type_id", 60);
	if (cut(b, 64))
		return close_attr(b);
	sep(b);
	f_u64(b, "map_extra", 64);
	return finish(b);
}

static bool cmd_map_lookup_elem(struct bpf_attr *b)
{
	f_fd(b, "{map_fd", 0);
	sep(b);
	f_addr(b, "key", 8);
	sep(b);
	f_addr(b, "value", 16);
	if (cut(b, 24))
		return close_attr(b);
	sep(b);
	f_xt64(b, "flags", 24, LTR_XT(bpf_map_lookup_elem_flags));
	return finish(b);
}

static bool cmd_map_update_elem(struct bpf_attr *b)
{
	f_fd(b, "{map_fd", 0);
	sep(b);
	f_addr(b, "key", 8);
	sep(b);
	f_addr(b, "value", 16);
	sep(b);
	f_xt64(b, "flags", 24, LTR_XT(bpf_map_update_elem_flags));
	return finish(b);
}

static bool cmd_map_delete_elem(struct bpf_attr *b)
{
	f_fd(b, "{map_fd", 0);
	sep(b);
	f_addr(b, "key", 8);
	return finish(b);
}

static bool cmd_map_get_next_key(struct bpf_attr *b)
{
	f_fd(b, "{map_fd", 0);
	sep(b);
	f_addr(b, "key", 8);
	sep(b);
	f_addr(b, "next_key", 16);
	return finish(b);
}

static bool cmd_map_freeze(struct bpf_attr *b)
{
	f_fd(b, "{map_fd", 0);
	return finish(b);
}

static bool cmd_prog_load(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;
	unsigned n;

	f_xt(b, "{prog_type", 0, LTR_XT(bpf_prog_types));
	sep(b);
	f_u(b, "insn_cnt", 4);
	ltr_sb_puts(c->out, ", insns=");
	ltr_bpf_print_prog(c, u64(b, 8), u32(b, 4));
	ltr_sb_puts(c->out, ", license=");
	ltr_print_str(c, u64(b, 16), 0);
	if (cut(b, 24))
		return close_attr(b);
	sep(b);
	f_u(b, "log_level", 24);
	sep(b);
	f_u(b, "log_size", 28);
	ltr_sb_puts(c->out, ", log_buf=");
	print_str_upto(c, u64(b, 32), u32(b, 28));
	if (cut(b, 40))
		return close_attr(b);
	ltr_sb_puts(c->out, ", kern_version=");
	ltr_print_kernel_version(c->out, u32(b, 40));
	if (cut(b, 44))
		return close_attr(b);
	sep(b);
	f_xt(b, "prog_flags", 44, LTR_XT(bpf_prog_flags));
	if (cut(b, 48))
		return close_attr(b);
	n = b->len - 48 < 16 ? b->len - 48 : 16;
	ltr_sb_puts(c->out, ", prog_name=");
	ltr_bpf_print_cstring(c, b->a + 48, n);
	if (cut(b, 64))
		return close_attr(b);
	ltr_sb_puts(c->out, ", prog_ifindex=");
	ltr_bpf_print_ifindex(c, u32(b, 64));
	if (cut(b, 68))
		return close_attr(b);
	sep(b);
	f_xt(b, "expected_attach_type", 68, LTR_XT(bpf_attach_type));
	if (cut(b, 72))
		return close_attr(b);
	sep(b);
	f_fd(b, "prog_btf_fd", 72);
	sep(b);
	f_u(b, "func_info_rec_size", 76);
	sep(b);
	f_addr(b, "func_info", 80);
	sep(b);
	f_u(b, "func_info_cnt", 88);
	sep(b);
	f_u(b, "line_info_rec_size", 92);
	sep(b);
	f_addr(b, "line_info", 96);
	sep(b);
	f_u(b, "line_info_cnt", 104);
	if (cut(b, 108))
		return close_attr(b);
	sep(b);
	f_u(b, "attach_btf_id", 108);
	if (cut(b, 112))
		return close_attr(b);
	sep(b);
	f_fd(b, "attach_prog_fd", 112);
	if (cut(b, 120))
		return close_attr(b);
	sep(b);
	f_addr(b, "fd_array", 120);
	return finish(b);
}

static bool cmd_obj_pin(struct bpf_attr *b)
{
	ltr_sb_puts(b->c->out, "{pathname=");
	ltr_print_path(b->c, u64(b, 0));
	sep(b);
	f_fd(b, "bpf_fd", 8);
	if (cut(b, 12))
		return close_attr(b);
	sep(b);
	f_xt(b, "file_flags", 12, LTR_XT(bpf_file_mode_flags));
	return finish(b);
}

static bool cmd_prog_attach(struct bpf_attr *b)
{
	f_fd(b, "{target_fd", 0);
	sep(b);
	f_fd(b, "attach_bpf_fd", 4);
	sep(b);
	f_xt(b, "attach_type", 8, LTR_XT(bpf_attach_type));
	sep(b);
	f_xt(b, "attach_flags", 12, LTR_XT(bpf_attach_flags));
	if (cut(b, 16))
		return close_attr(b);
	sep(b);
	f_fd(b, "replace_bpf_fd", 16);
	return finish(b);
}

static bool cmd_prog_detach(struct bpf_attr *b)
{
	f_fd(b, "{target_fd", 0);
	sep(b);
	f_xt(b, "attach_type", 8, LTR_XT(bpf_attach_type));
	return finish(b);
}

static bool cmd_prog_test_run(struct bpf_attr *b)
{
	f_fd(b, "{test={prog_fd", 0);
	sep(b);
	f_u(b, "retval", 4);
	sep(b);
	f_u(b, "data_size_in", 8);
	sep(b);
	f_u(b, "data_size_out", 12);
	sep(b);
	f_addr(b, "data_in", 16);
	sep(b);
	f_addr(b, "data_out", 24);
	sep(b);
	f_u(b, "repeat", 32);
	sep(b);
	f_u(b, "duration", 36);
	if (!cut(b, 40)) {
		sep(b);
		f_u(b, "ctx_size_in", 40);
		sep(b);
		f_u(b, "ctx_size_out", 44);
		sep(b);
		f_addr(b, "ctx_in", 48);
		sep(b);
		f_addr(b, "ctx_out", 56);
	}
	if (!cut(b, 64)) {
		sep(b);
		f_xt(b, "flags", 64, LTR_XT(bpf_test_run_flags));
		sep(b);
		f_u(b, "cpu", 68);
	}
	if (!cut(b, 72)) {
		sep(b);
		f_u(b, "batch_size", 72);
	}
	ltr_sb_putc(b->c->out, '}');
	return finish(b);
}

/* *_GET_NEXT_ID: next_id again at exit when the kernel changed it */
static bool cmd_get_next_id(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;

	if (!c->exiting) {
		c->saved[2] = u32(b, 4);
		f_u(b, "{start_id", 0);
		sep(b);
		f_u(b, "next_id", 4);
		return false;
	}
	if ((uint32_t)c->saved[2] != u32(b, 4))
		ltr_sb_printf(c->out, " => %u", u32(b, 4));
	if (cut(b, 8))
		return close_attr(b);
	sep(b);
	f_xt(b, "open_flags", 8, LTR_XT(bpf_file_mode_flags));
	return finish(b);
}

static bool cmd_get_fd_by_id(struct bpf_attr *b, const char *id)
{
	f_u(b, id, 0);
	sep(b);
	f_u(b, "next_id", 4);
	if (cut(b, 8))
		return close_attr(b);
	sep(b);
	f_xt(b, "open_flags", 8, LTR_XT(bpf_file_mode_flags));
	return finish(b);
}

static bool cmd_prog_get_fd_by_id(struct bpf_attr *b)
{
	return cmd_get_fd_by_id(b, "{prog_id");
}

static bool cmd_map_get_fd_by_id(struct bpf_attr *b)
{
	return cmd_get_fd_by_id(b, "{map_id");
}

static bool cmd_obj_get_info_by_fd(struct bpf_attr *b)
{
	if (!b->c->exiting) {
		f_fd(b, "{info={bpf_fd", 0);
		sep(b);
		f_u(b, "info_len", 4);
		ltr_bpf_info_entry(b->c, u32(b, 0), u32(b, 4), u64(b, 8));
		return false;
	}
	ltr_bpf_info_exit(b->c, u32(b, 4), u64(b, 8));
	ltr_sb_putc(b->c->out, '}');
	return finish(b);
}

static bool cmd_prog_query(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;
	uint32_t cnt = u32(b, 24);

	if (!c->exiting) {
		c->saved[2] = cnt;
		f_fd(b, "{query={target_fd", 0);
		sep(b);
		f_xt(b, "attach_type", 4, LTR_XT(bpf_attach_type));
		sep(b);
		f_xt(b, "query_flags", 8, LTR_XT(bpf_query_flags));
		sep(b);
		f_xt(b, "attach_flags", 12, LTR_XT(bpf_attach_flags));
		ltr_sb_puts(c->out, ", prog_ids=");
		return false;
	}
	ltr_print_array(c, u64(b, 16), cnt, 4, ltr_bpf_print_u32_elem, NULL);
	ltr_sb_puts(c->out, ", prog_cnt=");
	if ((uint32_t)c->saved[2] != cnt)
		ltr_sb_printf(c->out, "%u => ", (uint32_t)c->saved[2]);
	ltr_sb_printf(c->out, "%u}", cnt);
	return finish(b);
}

static bool cmd_raw_tracepoint_open(struct bpf_attr *b)
{
	ltr_sb_puts(b->c->out, "{raw_tracepoint={name=");
	print_str_upto(b->c, u64(b, 0), 128);
	sep(b);
	f_fd(b, "prog_fd", 8);
	ltr_sb_putc(b->c->out, '}');
	return finish(b);
}

static bool cmd_btf_load(struct bpf_attr *b)
{
	ltr_sb_puts(b->c->out, "{btf=");
	ltr_print_buf(b->c, u64(b, 0), u32(b, 16));
	sep(b);
	f_addr(b, "btf_log_buf", 8);
	sep(b);
	f_u(b, "btf_size", 16);
	sep(b);
	f_u(b, "btf_log_size", 20);
	sep(b);
	f_u(b, "btf_log_level", 24);
	return finish(b);
}

static bool cmd_btf_get_fd_by_id(struct bpf_attr *b)
{
	f_u(b, "{btf_id", 0);
	return finish(b);
}

static bool cmd_task_fd_query(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;
	uint32_t len = u32(b, 12);

	if (!c->exiting) {
		c->saved[2] = len;
		ltr_sb_puts(c->out, "{task_fd_query={pid=");
		ltr_print_pid(c, (int32_t)u32(b, 0));
		sep(b);
		f_fd(b, "fd", 4);
		sep(b);
		f_u(b, "flags", 8);
		sep(b);
		f_u(b, "buf_len", 12);
		return false;
	}
	if ((uint32_t)c->saved[2] != len)
		ltr_sb_printf(c->out, " => %u", len);
	ltr_sb_puts(c->out, ", buf=");
	print_str_upto(c, u64(b, 16), (uint32_t)c->saved[2] < len ? (uint32_t)c->saved[2] : len);
	sep(b);
	f_u(b, "prog_id", 24);
	sep(b);
	f_xt(b, "fd_type", 28, LTR_XT(bpf_task_fd_type));
	sep(b);
	f_x64(b, "probe_offset", 32);
	sep(b);
	f_x64(b, "probe_addr", 40);
	ltr_sb_putc(c->out, '}');
	return finish(b);
}

/* the batches: the count again at exit when the kernel changed it */
static bool batch_exit(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;

	if ((uint32_t)c->saved[2] != u32(b, 32))
		ltr_sb_printf(c->out, " => {batch={count=%u}}", u32(b, 32));
	return true;
}

static void batch_tail(struct bpf_attr *b)
{
	sep(b);
	f_u(b, "count", 32);
	sep(b);
	f_fd(b, "map_fd", 36);
	sep(b);
	f_xt64(b, "elem_flags", 40, LTR_XT(bpf_map_lookup_elem_flags));
	sep(b);
	f_x64(b, "flags", 48);
	ltr_sb_putc(b->c->out, '}');
	b->c->saved[2] = u32(b, 32);
	finish(b);
}

static bool cmd_map_lookup_batch(struct bpf_attr *b)
{
	if (b->c->exiting)
		return batch_exit(b);
	f_addr(b, "{batch={in_batch", 0);
	sep(b);
	f_addr(b, "out_batch", 8);
	sep(b);
	f_addr(b, "keys", 16);
	sep(b);
	f_addr(b, "values", 24);
	batch_tail(b);
	return false;
}

static bool cmd_map_update_batch(struct bpf_attr *b)
{
	if (b->c->exiting)
		return batch_exit(b);
	f_addr(b, "{batch={keys", 16);
	sep(b);
	f_addr(b, "values", 24);
	batch_tail(b);
	return false;
}

static bool cmd_map_delete_batch(struct bpf_attr *b)
{
	if (b->c->exiting)
		return batch_exit(b);
	f_addr(b, "{batch={keys", 16);
	batch_tail(b);
	return false;
}

static bool print_iter_info(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{map={map_fd=");
	ltr_print_fd(c, (int32_t)ltr_get_u32(e));
	ltr_sb_puts(c->out, "}}");
	return true;
}

static bool print_sym(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)data;
	ltr_print_str(c, ltr_get_uword(e, size), 0);
	return true;
}

enum { BPF_TRACE_ITER_TYPE = 28, BPF_PERF_EVENT_TYPE = 41, BPF_TRACE_KPROBE_MULTI_TYPE = 42 };

static bool cmd_link_create(struct bpf_attr *b)
{
	struct ltr_call *c = b->c;
	unsigned known = 16;

	f_fd(b, "{link_create={prog_fd", 0);
	sep(b);
	f_fd(b, "target_fd", 4);
	sep(b);
	f_xt(b, "attach_type", 8, LTR_XT(bpf_attach_type));
	sep(b);
	f_x(b, "flags", 12);
	if (cut(b, 16)) {
		ltr_sb_putc(c->out, '}');
		return close_attr(b);
	}
	switch (u32(b, 8)) {
	case 0:
		if (u32(b, 16)) {
			sep(b);
			f_u(b, "target_btf_id", 16);
		}
		known = 20;
		break;
	case BPF_TRACE_ITER_TYPE:
		ltr_sb_puts(c->out, ", iter_info=");
		ltr_print_array(c, u64(b, 16), u32(b, 24), 4, print_iter_info, NULL);
		sep(b);
		f_u(b, "iter_info_len", 24);
		known = 28;
		break;
	case BPF_PERF_EVENT_TYPE:
		f_x64(b, ", perf_event={bpf_cookie", 16);
		ltr_sb_putc(c->out, '}');
		known = 24;
		break;
	case BPF_TRACE_KPROBE_MULTI_TYPE:
		ltr_sb_puts(c->out, ", kprobe_multi={flags=");
		ltr_print_xt(c->out, LTR_XT(bpf_kprobe_multi_flags), u32(b, 16));
		sep(b);
		f_u(b, "cnt", 20);
		ltr_sb_puts(c->out, ", syms=");
		ltr_print_array(c, u64(b, 24), u32(b, 20), ltr_wordsize(c), print_sym, NULL);
		ltr_sb_puts(c->out, ", addrs=");
		ltr_print_array(c, u64(b, 32), u32(b, 20), 8, print_x_elem, NULL);
		ltr_sb_puts(c->out, ", cookies=");
		ltr_print_array(c, u64(b, 40), u32(b, 20), 8, print_x_elem, NULL);
		ltr_sb_putc(c->out, '}');
		known = 48;
		break;
	}
	ltr_sb_putc(c->out, '}');
	/* the union's bytes past the member the attach type selects count as extra */
	b->attr_size = known;
	return finish(b);
}

static bool cmd_link_update(struct bpf_attr *b)
{
	f_fd(b, "{link_update={link_fd", 0);
	sep(b);
	f_fd(b, "new_prog_fd", 4);
	sep(b);
	f_xt(b, "flags", 8, LTR_XT(bpf_attach_flags));
	if (u32(b, 8) & BPF_F_REPLACE_BIT) {
		sep(b);
		f_fd(b, "old_prog_fd", 12);
	}
	ltr_sb_putc(b->c->out, '}');
	return finish(b);
}

static bool cmd_link_get_fd_by_id(struct bpf_attr *b)
{
	f_u(b, "{link_id", 0);
	return finish(b);
}

/* The commands strace 6.1 decodes, by number, with their struct sizes. */
static const struct {
	bpf_cmd_printer *print;
	unsigned size;
	bool fd;           /* returns a descriptor (-y shows what it is) */
} bpf_cmds[] = {
	{ cmd_map_create, 72, true },          /* BPF_MAP_CREATE */
	{ cmd_map_lookup_elem, 32, false },     /* BPF_MAP_LOOKUP_ELEM */
	{ cmd_map_update_elem, 32, false },     /* BPF_MAP_UPDATE_ELEM */
	{ cmd_map_delete_elem, 16, false },     /* BPF_MAP_DELETE_ELEM */
	{ cmd_map_get_next_key, 24, false },    /* BPF_MAP_GET_NEXT_KEY */
	{ cmd_prog_load, 128, true },          /* BPF_PROG_LOAD */
	{ cmd_obj_pin, 16, true },             /* BPF_OBJ_PIN */
	{ cmd_obj_pin, 16, true },             /* BPF_OBJ_GET */
	{ cmd_prog_attach, 20, false },         /* BPF_PROG_ATTACH */
	{ cmd_prog_detach, 12, false },         /* BPF_PROG_DETACH */
	{ cmd_prog_test_run, 76, false },       /* BPF_PROG_TEST_RUN */
	{ cmd_get_next_id, 12, false },         /* BPF_PROG_GET_NEXT_ID */
	{ cmd_get_next_id, 12, false },         /* BPF_MAP_GET_NEXT_ID */
	{ cmd_prog_get_fd_by_id, 12, true },   /* BPF_PROG_GET_FD_BY_ID */
	{ cmd_map_get_fd_by_id, 12, true },    /* BPF_MAP_GET_FD_BY_ID */
	{ cmd_obj_get_info_by_fd, 16, false },  /* BPF_OBJ_GET_INFO_BY_FD */
	{ cmd_prog_query, 28, false },          /* BPF_PROG_QUERY */
	{ cmd_raw_tracepoint_open, 12, false }, /* BPF_RAW_TRACEPOINT_OPEN */
	{ cmd_btf_load, 28, true },            /* BPF_BTF_LOAD */
	{ cmd_btf_get_fd_by_id, 4, true },     /* BPF_BTF_GET_FD_BY_ID */
	{ cmd_task_fd_query, 48, false },       /* BPF_TASK_FD_QUERY */
	{ cmd_map_lookup_elem, 32, false },     /* BPF_MAP_LOOKUP_AND_DELETE_ELEM */
	{ cmd_map_freeze, 4, false },           /* BPF_MAP_FREEZE */
	{ cmd_get_next_id, 12, false },         /* BPF_BTF_GET_NEXT_ID */
	{ cmd_map_lookup_batch, 56, false },    /* BPF_MAP_LOOKUP_BATCH */
	{ cmd_map_lookup_batch, 56, false },    /* BPF_MAP_LOOKUP_AND_DELETE_BATCH */
	{ cmd_map_update_batch, 56, false },    /* BPF_MAP_UPDATE_BATCH */
	{ cmd_map_delete_batch, 56, false },    /* BPF_MAP_DELETE_BATCH */
	{ cmd_link_create, 48, true },         /* BPF_LINK_CREATE */
	{ cmd_link_update, 16, false },         /* BPF_LINK_UPDATE */
	{ cmd_link_get_fd_by_id, 4, true },    /* BPF_LINK_GET_FD_BY_ID */
	{ cmd_get_next_id, 12, false },         /* BPF_LINK_GET_NEXT_ID */
};

/*
 * bpf(cmd, attr, size): c->saved[0] says whether the command goes on to
 * its exit, c->saved[2] keeps what its entry saw.
 */
void ltr_decode_bpf(struct ltr_call *c)
{
	static unsigned char data[BPF_PAGE];
	uint32_t cmd = (uint32_t)c->args[0], size = (uint32_t)c->args[2];
	struct bpf_attr b;
	bool done = true;

	if (!c->exiting) {
		c->saved[0] = 0;
		ltr_print_xt(c->out, LTR_XT(bpf_commands), cmd);
		ltr_sb_puts(c->out, ", ");
	} else {
		/* a descriptor; a value no int holds prints whole */
		if (c->ret_kind == LTR_RET_FD && c->ret != (int32_t)c->ret)
			c->ret_kind = LTR_RET_DEC;
		if (!c->saved[0])
			return;
	}
	b.c = c;
	b.addr = ltr_arg_word(c, 1);
	b.size = size;
	if (size && size <= BPF_PAGE && cmd < sizeof(bpf_cmds) / sizeof(bpf_cmds[0])) {
		/* read at exit too, whether the call failed or not, as strace */
		if (!b.addr || !ltr_call_verbose(c) || ltr_mem_read(c->mem, b.addr, data, size) < 0) {
			ltr_print_addr(c->out, b.addr);
		} else {
			b.data = data;
			b.attr_size = bpf_cmds[cmd].size;
			b.len = size < b.attr_size ? size : b.attr_size;
			memset(b.a, 0, sizeof(b.a));
			memcpy(b.a, data, b.len);
			done = bpf_cmds[cmd].print(&b);
			if (bpf_cmds[cmd].fd)
				c->ret_kind = LTR_RET_FD;
		}
	} else {
		ltr_print_addr(c->out, b.addr);
	}
	if (done || c->exiting)
		ltr_sb_printf(c->out, ", %u", size);
	else
		c->saved[0] = 1;
}
