/* SPDX-License-Identifier: MIT */
/*
 * io_uring: io_uring_setup's struct io_uring_params (what the program
 * asks at entry, what the kernel filled at exit), io_uring_enter's flags
 * and signal mask, io_uring_register's opcodes and the argument of each,
 * read no further than its nr_args allows.
 */
#include <errno.h>
#include <sched.h>
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/* "0" or "0x2a", strace's PRINT_VAL_X */
static void put_hex(struct ltr_strbuf *out, uint64_t v)
{
	ltr_sb_printf(out, "%#llx", (unsigned long long)v);
}

/* ", name=[0x1, 0, 0]": n 32-bit words, printed when any is not zero */
static void print_resv_words(struct ltr_call *c, const char *name, const unsigned char *p,
			     unsigned n)
{
	unsigned i;

	for (i = 0; i < n && !ltr_get_u32(p + 4 * i); i++)
		;
	if (i == n)
		return;
	ltr_sb_printf(c->out, ", %s=[", name);
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		put_hex(c->out, ltr_get_u32(p + 4 * i));
	}
	ltr_sb_putc(c->out, ']');
}

/* io_sqring_offsets and io_cqring_offsets: seven u32, resv1 u32, resv2 u64 */
static void print_ring_offsets(struct ltr_call *c, const unsigned char *p, bool sq)
{
	static const char *const sqf[] = { "head", "tail", "ring_mask", "ring_entries",
		"flags", "dropped", "array" };
	static const char *const cqf[] = { "head", "tail", "ring_mask", "ring_entries",
		"overflow", "cqes", "flags" };
	unsigned i;

	for (i = 0; i < 7; i++)
		ltr_sb_printf(c->out, "%s%s=%u", i ? ", " : "{", sq ? sqf[i] : cqf[i],
			      ltr_get_u32(p + 4 * i));
	if (ltr_get_u32(p + 28)) {
		ltr_sb_puts(c->out, ", resv1=");
		put_hex(c->out, ltr_get_u32(p + 28));
	}
	if (ltr_get_u64(p + 32)) {
		ltr_sb_puts(c->out, ", resv2=");
		put_hex(c->out, ltr_get_u64(p + 32));
	}
	ltr_sb_putc(c->out, '}');
}

#define URING_PARAMS_SIZE 120
#define IORING_SETUP_ATTACH_WQ_BIT 0x20u

/*
 * io_uring_setup(entries, params): the fields the program sets at entry
 * ("{flags=..., sq_thread_cpu=0, sq_thread_idle=0"), the ones the kernel
 * fills at exit when the call succeeded, then "}".
 */
void ltr_decode_io_uring_setup(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 1);
	unsigned char p[URING_PARAMS_SIZE];
	uint32_t flags;

	if (!c->exiting) {
		c->saved[0] = 0;
		ltr_sb_printf(c->out, "%u, ", (uint32_t)c->args[0]);
		if (!ltr_fetch(c, addr, p, sizeof(p)))
			return;
		c->saved[0] = 1;
		flags = ltr_get_u32(p + 8);
		ltr_sb_puts(c->out, "{flags=");
		ltr_print_xt(c->out, LTR_XT(uring_setup_flags), flags);
		ltr_sb_puts(c->out, ", sq_thread_cpu=");
		put_hex(c->out, ltr_get_u32(p + 12));
		ltr_sb_printf(c->out, ", sq_thread_idle=%u", ltr_get_u32(p + 16));
		if (flags & IORING_SETUP_ATTACH_WQ_BIT) {
			ltr_sb_puts(c->out, ", wq_fd=");
			ltr_print_fd(c, (int32_t)ltr_get_u32(p + 24));
		}
		print_resv_words(c, "resv", p + 28, 3);
		return;
	}
	if (!c->saved[0])
		return;
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, addr, p, sizeof(p))) {
		ltr_sb_printf(c->out, ", sq_entries=%u, cq_entries=%u, features=",
			      ltr_get_u32(p), ltr_get_u32(p + 4));
		ltr_print_xt(c->out, LTR_XT(uring_features), ltr_get_u32(p + 20));
		ltr_sb_puts(c->out, ", sq_off=");
		print_ring_offsets(c, p + 40, true);
		ltr_sb_puts(c->out, ", cq_off=");
		print_ring_offsets(c, p + 80, false);
	}
	ltr_sb_putc(c->out, '}');
}

/* io_uring_enter(fd, to_submit, min_complete, flags, sig, sigsz) */
void ltr_decode_io_uring_enter(struct ltr_call *c)
{
	uint64_t size = ltr_arg_word(c, 5);

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_printf(c->out, ", %u, %u, ", (uint32_t)c->args[1], (uint32_t)c->args[2]);
	ltr_print_xt(c->out, LTR_XT(uring_enter_flags), (uint32_t)c->args[3]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_sigset_addr(c, ltr_arg_word(c, 4), size, ltr_wordsize(c));
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)size);
}

/* --- io_uring_register's arguments --- */

enum {
	REG_BUFFERS, UNREG_BUFFERS, REG_FILES, UNREG_FILES, REG_EVENTFD,
	UNREG_EVENTFD, REG_FILES_UPDATE, REG_EVENTFD_ASYNC, REG_PROBE,
	REG_PERSONALITY, UNREG_PERSONALITY, REG_RESTRICTIONS, REG_ENABLE_RINGS,
	REG_FILES2, REG_FILES_UPDATE2, REG_BUFFERS2, REG_BUFFERS_UPDATE,
	REG_IOWQ_AFF, UNREG_IOWQ_AFF, REG_IOWQ_MAX_WORKERS, REG_RING_FDS,
	UNREG_RING_FDS, REG_PBUF_RING, UNREG_PBUF_RING,
};

static bool print_fd_elem(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_print_fd(c, (int32_t)ltr_get_u32(e));
	return true;
}

/* a descriptor to install, or IORING_REGISTER_FILES_SKIP (-2) and the like */
static bool print_update_fd(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	int32_t fd = (int32_t)ltr_get_u32(e);

	(void)size;
	(void)data;
	if (fd < -1)
		ltr_print_xt(c->out, LTR_XT(uring_files_update_fds), (uint64_t)(int64_t)fd);
	else
		ltr_print_fd(c, fd);
	return true;
}

static bool print_hex_elem(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)data;
	put_hex(c->out, ltr_get_uword(e, size));
	return true;
}

/* IORING_REGISTER_FILES_UPDATE: {offset, resv, fds} and nr_args fds */
static void print_files_update(struct ltr_call *c, uint64_t addr, uint32_t nargs)
{
	unsigned char a[16];

	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	ltr_sb_printf(c->out, "{offset=%u", ltr_get_u32(a));
	if (ltr_get_u32(a + 4)) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, ltr_get_u32(a + 4));
	}
	ltr_sb_puts(c->out, ", fds=");
	ltr_print_array(c, ltr_get_u64(a + 8), nargs, 4, print_update_fd, NULL);
	ltr_sb_putc(c->out, '}');
}

/* one io_uring_probe_op: {op, resv, flags, resv2} */
static void print_probe_op(struct ltr_call *c, const unsigned char *e)
{
	ltr_sb_puts(c->out, "{op=");
	ltr_print_xval_fmt(c->out, LTR_XT(uring_ops), e[0], LTR_XF_UDEC, "IORING_OP_???");
	if (e[1]) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, e[1]);
	}
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(uring_op_flags), ltr_get_u16(e + 2));
	if (ltr_get_u32(e + 4)) {
		ltr_sb_puts(c->out, ", resv2=");
		put_hex(c->out, ltr_get_u32(e + 4));
	}
	ltr_sb_putc(c->out, '}');
}

/*
 * IORING_REGISTER_PROBE: struct io_uring_probe with nr_args ops (at most
 * 256: 16 + 8 * 256 bytes). An all-zero probe at entry prints nothing;
 * at exit the kernel's answer, ops_len of them at most, after " => "
 * when the entry showed one. c->saved[0] says whether it did.
 */
static bool print_probe(struct ltr_call *c, uint64_t addr, uint32_t nargs)
{
	unsigned char p[16 + 8 * 256];
	unsigned size = 16 + 8 * nargs, i, n;
	uint64_t max = ltr_array_max(c);

	if (c->exiting && ltr_call_failed(c)) {
		if (!c->saved[0])
			ltr_print_addr(c->out, addr);
		return true;
	}
	if (nargs > 256) {
		ltr_print_addr(c->out, addr);
		return true;
	}
	if (c->saved[0])
		ltr_sb_puts(c->out, " => ");
	if (!ltr_fetch(c, addr, p, size))
		return true;
	if (!c->exiting) {
		for (i = 0; i < size && !p[i]; i++)
			;
		if (i == size)
			return false;
	}
	c->saved[0] = 1;
	ltr_sb_puts(c->out, "{last_op=");
	ltr_print_xval_fmt(c->out, LTR_XT(uring_ops), p[0], LTR_XF_UDEC, "IORING_OP_???");
	ltr_sb_printf(c->out, ", ops_len=%u", p[1]);
	if (ltr_get_u16(p + 2)) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, ltr_get_u16(p + 2));
	}
	print_resv_words(c, "resv2", p + 4, 3);
	ltr_sb_puts(c->out, ", ops=[");
	n = c->exiting && p[1] < nargs ? p[1] : nargs;
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= max) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		print_probe_op(c, p + 16 + 8 * i);
	}
	if (c->exiting && nargs < p[1] && i == n)
		ltr_sb_puts(c->out, n ? ", ..." : "...");
	ltr_sb_puts(c->out, "]}");
	return false;
}

/* one io_uring_restriction: {opcode, the operand its opcode names, resv...} */
static bool print_restriction(struct ltr_call *c, const unsigned char *e, unsigned size,
			      void *data)
{
	uint16_t op = ltr_get_u16(e);

	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{opcode=");
	ltr_print_xt(c->out, LTR_XT(uring_restriction_opcodes), op);
	switch (op) {
	case 0:
		ltr_sb_puts(c->out, ", register_op=");
		ltr_print_xt(c->out, LTR_XT(uring_register_opcodes), e[2]);
		break;
	case 1:
		ltr_sb_puts(c->out, ", sqe_op=");
		ltr_print_xt(c->out, LTR_XT(uring_ops), e[2]);
		break;
	case 2:
	case 3:
		ltr_sb_puts(c->out, ", sqe_flags=");
		ltr_print_xt(c->out, LTR_XT(uring_sqe_flags), e[2]);
		break;
	default:
		ltr_sb_printf(c->out, " /* op: %#x */", e[2]);
	}
	if (e[3]) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, e[3]);
	}
	print_resv_words(c, "resv2", e + 4, 3);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* data= of the rsrc structures: descriptors or iovecs, per opcode */
static void print_rsrc_data(struct ltr_call *c, uint64_t data, uint32_t nr, uint32_t opcode)
{
	ltr_sb_puts(c->out, ", data=");
	if (opcode == REG_FILES2)
		ltr_print_array(c, data, nr, 4, print_fd_elem, NULL);
	else if (opcode == REG_FILES_UPDATE2)
		ltr_print_array(c, data, nr, 4, print_update_fd, NULL);
	else
		ltr_print_iov(c, data, nr, -1, false);
}

static void print_rsrc_tags(struct ltr_call *c, uint64_t tags, uint32_t nr)
{
	ltr_sb_puts(c->out, ", tags=");
	ltr_print_array(c, tags, nr, 8, print_hex_elem, NULL);
}

/*
 * IORING_REGISTER_FILES2 and BUFFERS2: struct io_uring_rsrc_register of
 * nr_args bytes (32 in the first version, the address below that).
 */
static void print_rsrc_register(struct ltr_call *c, uint64_t addr, uint32_t size, uint32_t opcode)
{
	unsigned char a[32];

	if (size < sizeof(a)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	ltr_sb_printf(c->out, "{nr=%u, flags=", ltr_get_u32(a));
	ltr_print_xt(c->out, LTR_XT(uring_register_rsrc_flags), ltr_get_u32(a + 4));
	if (ltr_get_u64(a + 8)) {
		ltr_sb_puts(c->out, ", resv2=");
		put_hex(c->out, ltr_get_u64(a + 8));
	}
	print_rsrc_data(c, ltr_get_u64(a + 16), ltr_get_u32(a), opcode);
	print_rsrc_tags(c, ltr_get_u64(a + 24), ltr_get_u32(a));
	ltr_print_nonzero_bytes(c, ", ", addr, sizeof(a), size);
	ltr_sb_putc(c->out, '}');
}

/* FILES_UPDATE2 and BUFFERS_UPDATE: struct io_uring_rsrc_update2 of nr_args bytes */
static void print_rsrc_update(struct ltr_call *c, uint64_t addr, uint32_t size, uint32_t opcode)
{
	unsigned char a[32];
	uint32_t nr;

	if (size < sizeof(a)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	nr = ltr_get_u32(a + 24);
	ltr_sb_printf(c->out, "{offset=%u", ltr_get_u32(a));
	if (ltr_get_u32(a + 4)) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, ltr_get_u32(a + 4));
	}
	print_rsrc_data(c, ltr_get_u64(a + 8), nr, opcode);
	print_rsrc_tags(c, ltr_get_u64(a + 16), nr);
	ltr_sb_printf(c->out, ", nr=%u", nr);
	if (ltr_get_u32(a + 28)) {
		ltr_sb_puts(c->out, ", resv2=");
		put_hex(c->out, ltr_get_u32(a + 28));
	}
	ltr_print_nonzero_bytes(c, ", ", addr, sizeof(a), size);
	ltr_sb_putc(c->out, '}');
}

/*
 * The kernel's CPU mask size, as strace finds it: the least size from
 * 128 bytes up that sched_getaffinity accepts.
 */
static unsigned cpuset_size(void)
{
	static unsigned size;

	if (!size) {
		size = 128;
		while (size && sched_getaffinity(0, size, NULL) == -1 && errno == EINVAL)
			size <<= 1;
		if (!size)
			size = 128;
	}
	return size;
}

/* IORING_REGISTER_IOWQ_AFF: a CPU mask of nr_args bytes, "[0 1 ...]" */
static void print_cpu_mask(struct ltr_call *c, uint64_t addr, uint32_t len)
{
	unsigned char buf[8192];
	unsigned max = cpuset_size(), n = len < max ? len : max, size, i;
	unsigned ws = ltr_wordsize(c);
	bool first = true;

	if (n > sizeof(buf))
		n = sizeof(buf);
	size = (n + ws - 1) / ws * ws;
	if (!addr || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!len) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	memset(buf, 0, sizeof(buf));
	if (!ltr_fetch(c, addr, buf, n))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < size * 8; i++) {
		if (!(buf[i / 8] & (1u << (i % 8))))
			continue;
		ltr_sb_printf(c->out, first ? "%u" : " %u", i);
		first = false;
	}
	if (size < len)
		ltr_sb_puts(c->out, first ? "..." : " ...");
	ltr_sb_putc(c->out, ']');
}

/* IORING_REGISTER_IOWQ_MAX_WORKERS: "[[IO_WQ_BOUND]=1, ...]" */
static bool print_iowq_elem(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	unsigned *idx = data;

	(void)size;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, LTR_XT(uring_iowq_acct), (*idx)++);
	ltr_sb_printf(c->out, "]=%u", ltr_get_u32(e));
	return true;
}

/* RING_FDS: {offset (or -1), resv, data=the descriptor} */
static bool print_ringfd_reg(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	uint32_t off = ltr_get_u32(e);

	(void)size;
	(void)data;
	if (off == UINT32_MAX)
		ltr_sb_puts(c->out, "{offset=-1");
	else
		ltr_sb_printf(c->out, "{offset=%u", off);
	if (ltr_get_u32(e + 4)) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, ltr_get_u32(e + 4));
	}
	ltr_sb_puts(c->out, ", data=");
	ltr_print_fd(c, (int32_t)ltr_get_u32(e + 8));
	ltr_sb_putc(c->out, '}');
	return true;
}

/* UNREGISTER_RING_FDS: {offset, resv, data} with the unused ones when set */
static bool print_ringfd_unreg(struct ltr_call *c, const unsigned char *e, unsigned size,
			       void *data)
{
	(void)size;
	(void)data;
	ltr_sb_printf(c->out, "{offset=%u", ltr_get_u32(e));
	if (ltr_get_u32(e + 4)) {
		ltr_sb_puts(c->out, ", resv=");
		put_hex(c->out, ltr_get_u32(e + 4));
	}
	if (ltr_get_u64(e + 8)) {
		ltr_sb_puts(c->out, ", data=");
		put_hex(c->out, ltr_get_u64(e + 8));
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

/* (UN)REGISTER_PBUF_RING: struct io_uring_buf_reg */
static void print_buf_reg(struct ltr_call *c, uint64_t addr)
{
	unsigned char a[40];

	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	ltr_sb_puts(c->out, "{ring_addr=");
	ltr_print_addr(c->out, ltr_get_u64(a));
	ltr_sb_printf(c->out, ", ring_entries=%u, bgid=%u", ltr_get_u32(a + 8), ltr_get_u16(a + 12));
	if (ltr_get_u16(a + 14)) {
		ltr_sb_puts(c->out, ", pad=");
		put_hex(c->out, ltr_get_u16(a + 14));
	}
	if (ltr_get_u64(a + 16) || ltr_get_u64(a + 24) || ltr_get_u64(a + 32)) {
		ltr_sb_puts(c->out, ", resv=[");
		put_hex(c->out, ltr_get_u64(a + 16));
		ltr_sb_puts(c->out, ", ");
		put_hex(c->out, ltr_get_u64(a + 24));
		ltr_sb_puts(c->out, ", ");
		put_hex(c->out, ltr_get_u64(a + 32));
		ltr_sb_putc(c->out, ']');
	}
	ltr_sb_putc(c->out, '}');
}

/*
 * io_uring_register(fd, opcode, arg, nr_args): arg per opcode, at entry;
 * PROBE and IOWQ_MAX_WORKERS, which the kernel writes back, also at exit
 * (c->saved[1] set when the call goes on to its exit).
 */
void ltr_decode_io_uring_register(struct ltr_call *c)
{
	uint32_t op = (uint32_t)c->args[1], nargs = (uint32_t)c->args[3];
	uint64_t arg = ltr_arg_word(c, 2);
	bool done = true;

	if (!c->exiting) {
		c->saved[0] = c->saved[1] = 0;
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(uring_register_opcodes), op);
		ltr_sb_puts(c->out, ", ");
	} else if (!c->saved[1]) {
		return;
	}
	switch (op) {
	case REG_BUFFERS:
		ltr_print_iov(c, arg, nargs, -1, false);
		break;
	case REG_FILES:
	case REG_EVENTFD:
	case REG_EVENTFD_ASYNC:
		ltr_print_array(c, arg, nargs, 4, print_fd_elem, NULL);
		break;
	case REG_FILES_UPDATE:
		print_files_update(c, arg, nargs);
		break;
	case REG_PROBE:
		done = print_probe(c, arg, nargs);
		break;
	case REG_RESTRICTIONS:
		ltr_print_array(c, arg, nargs, 16, print_restriction, NULL);
		break;
	case REG_FILES2:
	case REG_BUFFERS2:
		print_rsrc_register(c, arg, nargs, op);
		break;
	case REG_FILES_UPDATE2:
	case REG_BUFFERS_UPDATE:
		print_rsrc_update(c, arg, nargs, op);
		break;
	case REG_IOWQ_AFF:
		print_cpu_mask(c, arg, nargs);
		break;
	case REG_IOWQ_MAX_WORKERS: {
		unsigned idx = 0;

		done = !ltr_print_array(c, arg, nargs, 4, print_iowq_elem, &idx);
		if (!c->exiting && !done)
			ltr_sb_puts(c->out, " => ");
		break;
	}
	case REG_RING_FDS:
		ltr_print_array(c, arg, nargs, 16, print_ringfd_reg, NULL);
		break;
	case UNREG_RING_FDS:
		ltr_print_array(c, arg, nargs, 16, print_ringfd_unreg, NULL);
		break;
	case REG_PBUF_RING:
	case UNREG_PBUF_RING:
		print_buf_reg(c, arg);
		break;
	default:
		ltr_print_addr(c->out, arg);
	}
	if (done || c->exiting)
		ltr_sb_printf(c->out, ", %u", nargs);
	else
		c->saved[1] = 1;
}
