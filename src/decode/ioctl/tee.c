/* SPDX-License-Identifier: MIT */
/*
 * TEE requests (type 0xa4, linux/tee.h): the version, shared memory
 * allocation and registration, cancel and close, and the four requests
 * that pass a struct tee_ioctl_buf_data pointing at an argument structure
 * followed by its struct tee_ioctl_param array (open session, invoke,
 * the supplicant's receive and send). Those print their input at entry
 * and, when the call succeeded, " => " and what the kernel wrote back;
 * the buffer itself is shown as {buf_len, buf_ptr} when it is larger than
 * TEE_MAX_ARG_SIZE, smaller than its structure, unreadable, or (at
 * entry) not the size its num_params implies: the kernel refuses those.
 */
#include <linux/ioctl.h>
#include <linux/tee.h>

#include "ioctl.h"

/* Not in linux/tee.h: a request of Linaro's trees that strace decodes. */
#define TEE_IOC_SHM_REGISTER_FD _IOC(_IOC_READ | _IOC_WRITE, TEE_IOC_MAGIC, 8, 32)

enum { PARAM_SIZE = 32, ARG_MAX = 56 };

/* What the buffer of one of the four buffer requests holds. */
struct tee_buf {
	uint64_t ptr, len;
	uint64_t params;              /* the tee_ioctl_param array, 0 when none */
	uint32_t num_params;
	unsigned char arg[ARG_MAX];   /* the argument structure */
};

static void print_buf_data(struct ltr_call *c, const struct tee_buf *b)
{
	ltr_sb_printf(c->out, "{buf_len=%llu, buf_ptr=", (unsigned long long)b->len);
	ltr_print_addr(c->out, b->ptr);
	ltr_sb_putc(c->out, '}');
}

/*
 * Reads the struct tee_ioctl_buf_data at addr and the size bytes of
 * argument structure it points to, whose num_params is at off. False
 * when something was printed instead (the address, or {buf_len, buf_ptr}).
 */
static bool fetch_buf(struct ltr_call *c, uint64_t addr, unsigned size, unsigned off,
		      struct tee_buf *b)
{
	unsigned char raw[16];

	if (!ltr_ioctl_fetch(c, addr, raw, sizeof(raw)))
		return false;
	b->ptr = ltr_get_u64(raw);
	b->len = ltr_get_u64(raw + 8);
	if (b->len > TEE_MAX_ARG_SIZE || b->len < size ||
	    !ltr_fetch_quiet(c, b->ptr, b->arg, size)) {
		print_buf_data(c, b);
		return false;
	}
	b->num_params = ltr_get_u32(b->arg + off);
	/* the kernel may change num_params on the way back, never buf_len */
	if (!c->exiting && size + (uint64_t)PARAM_SIZE * b->num_params != b->len) {
		print_buf_data(c, b);
		return false;
	}
	b->params = b->num_params ? b->ptr + size : 0;
	return true;
}


/* struct tee_ioctl_param's a, b, c: of a memory reference, of a value */
static const struct ltr_ioctl_field memref_param[] = {
	LTR_IOCTL_F(shm_offs, 8, X64), LTR_IOCTL_F(size, 16, X64), LTR_IOCTL_F(shm_id, 24, U64),
};
static const struct ltr_ioctl_field value_param[] = { LTR_IOCTL_F(a, 8, X64), LTR_IOCTL_F(b, 16, X64), LTR_IOCTL_F(c, 24, X64) };
static const struct ltr_ioctl_field cancel_arg[] = { LTR_IOCTL_F(cancel_id, 0, U32), LTR_IOCTL_F(session, 4, X32) };
static const struct ltr_ioctl_field close_arg[] = { LTR_IOCTL_F(session, 0, X32) };

/* One struct tee_ioctl_param: attr, then a, b, c as its type says. */
static bool print_param(struct ltr_call *c, const unsigned char *p, void *data)
{
	uint64_t attr = ltr_get_u64(p);

	(void)data;
	ltr_sb_puts(c->out, "{attr=");
	ltr_print_xt(c->out, LTR_XT(tee_ioctl_param_attr_types), attr & ~(uint64_t)TEE_IOCTL_PARAM_ATTR_META);
	if (attr & TEE_IOCTL_PARAM_ATTR_META)
		ltr_sb_puts(c->out, "|TEE_IOCTL_PARAM_ATTR_META");
	switch (attr) {
	case TEE_IOCTL_PARAM_ATTR_TYPE_NONE:
		break;
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT: case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT:
		ltr_sb_puts(c->out, ", ");
		LTR_IOCTL_FIELDS(c, p, memref_param);
		break;
	default:
		ltr_sb_puts(c->out, ", ");
		LTR_IOCTL_FIELDS(c, p, value_param);
		break;
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

static void print_params(struct ltr_call *c, const struct tee_buf *b)
{
	ltr_sb_puts(c->out, ", params=");
	ltr_ioctl_print_array(c, b->params, b->num_params, PARAM_SIZE, print_param, NULL);
}

/* A UUID's 16 bytes: "deadbeef-cafe-c0de-badc-0dedfacefeed". */
static void print_uuid(struct ltr_call *c, const unsigned char *u)
{
	for (unsigned i = 0; i < 16; i++)
		ltr_sb_printf(c->out, "%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", u[i]);
}

/* clnt_uuid's 16 bytes in hex, all of them whatever -s says (strace's PRINT_FIELD_X_ARRAY). */
static void print_hex_bytes(struct ltr_call *c, const unsigned char *p, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		ltr_sb_puts(c->out, i ? ", " : "[");
		ltr_sb_put_hex(c->out, p[i]);
	}
	ltr_sb_putc(c->out, ']');
}

/* struct tee_ioctl_open_session_arg's input at entry, output at exit. */
static void open_session(struct ltr_call *c, const unsigned char *a)
{
	uint32_t login = ltr_get_u32(a + 32), gid;

	if (c->exiting) {
		ltr_sb_printf(c->out, "{session=%#x, ret=%u, ret_origin=", ltr_get_u32(a + 40),
			      ltr_get_u32(a + 44));
		ltr_print_xt(c->out, LTR_XT(tee_ioctl_origins), ltr_get_u32(a + 48));
		return;
	}
	ltr_sb_puts(c->out, "{uuid=");
	print_uuid(c, a);
	ltr_sb_puts(c->out, ", clnt_login=");
	ltr_print_xt(c->out, LTR_XT(tee_ioctl_login_types), login);
	/* clnt_uuid carries the group of the GROUP logins, not a UUID */
	switch (login) {
	case TEE_IOCTL_LOGIN_PUBLIC: case TEE_IOCTL_LOGIN_USER: case TEE_IOCTL_LOGIN_APPLICATION:
	case TEE_IOCTL_LOGIN_USER_APPLICATION:
		break;
	case TEE_IOCTL_LOGIN_GROUP: case TEE_IOCTL_LOGIN_GROUP_APPLICATION:
		gid = ltr_get_u32(a + 16);
		if (gid == UINT32_MAX)
			ltr_sb_puts(c->out, ", clnt_uuid=-1");
		else
			ltr_sb_printf(c->out, ", clnt_uuid=%u", gid);
		break;
	default:
		ltr_sb_puts(c->out, ", clnt_uuid=");
		print_hex_bytes(c, a + 16, 16);
		break;
	}
	ltr_sb_printf(c->out, ", cancel_id=%u, num_params=%u", ltr_get_u32(a + 36),
		      ltr_get_u32(a + 52));
}

/* struct tee_ioctl_invoke_arg's input at entry, output at exit. */
static void invoke(struct ltr_call *c, const unsigned char *a)
{
	if (c->exiting) {
		ltr_sb_printf(c->out, "{ret=%u, ret_origin=", ltr_get_u32(a + 12));
		ltr_print_xt(c->out, LTR_XT(tee_ioctl_origins), ltr_get_u32(a + 16));
		return;
	}
	ltr_sb_printf(c->out, "{func=%u, session=%#x, cancel_id=%u, num_params=%u",
		      ltr_get_u32(a), ltr_get_u32(a + 4), ltr_get_u32(a + 8), ltr_get_u32(a + 20));
}

/* struct tee_iocl_supp_recv_arg: func and num_params in, num_params out. */
static void supp_recv(struct ltr_call *c, const unsigned char *a)
{
	if (!c->exiting)
		ltr_sb_printf(c->out, "{func=%u, ", ltr_get_u32(a));
	else
		ltr_sb_putc(c->out, '{');
	ltr_sb_printf(c->out, "num_params=%u", ltr_get_u32(a + 4));
}

/* struct tee_iocl_supp_send_arg: num_params in, ret out. */
static void supp_send(struct ltr_call *c, const unsigned char *a)
{
	if (!c->exiting)
		ltr_sb_printf(c->out, "{num_params=%u", ltr_get_u32(a + 4));
	else
		ltr_sb_printf(c->out, "{ret=%u", ltr_get_u32(a));
}

/*
 * The four buffer requests: at entry "{buf_len=N, buf_ptr={...}" (the
 * outer brace stays open until the exit), at exit "}" after a failure,
 * else " => {...}}".
 */
static enum ltr_ioctl_ret buf_request(struct ltr_call *c, uint64_t arg, unsigned size,
				      unsigned off, void (*print)(struct ltr_call *,
								  const unsigned char *))
{
	struct tee_buf b;

	if (c->exiting && ltr_call_failed(c)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, c->exiting ? " => " : ", ");
	if (!fetch_buf(c, arg, size, off, &b))
		return LTR_IOCTL_DONE;
	if (!c->exiting)
		ltr_sb_printf(c->out, "{buf_len=%llu, buf_ptr=", (unsigned long long)b.len);
	print(c, b.arg);
	print_params(c, &b);
	ltr_sb_putc(c->out, '}');
	if (!c->exiting)
		return LTR_IOCTL_EXIT;
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static void print_shm_flags(struct ltr_call *c, uint32_t flags)
{
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(tee_ioctl_shm_flags), flags);
}

/*
 * The shared memory requests: their input at entry, and at the exit of
 * a call that succeeded " => " what the kernel wrote back.
 */
static enum ltr_ioctl_ret shm_request(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char b[32];
	unsigned size = req == TEE_IOC_SHM_ALLOC ? 16 : 32;

	if (c->exiting && ltr_call_failed(c))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, c->exiting ? " => " : ", ");
	if (!ltr_ioctl_fetch(c, arg, b, size))
		return LTR_IOCTL_DONE;
	switch (req) {
	case TEE_IOC_SHM_ALLOC:
		/* size, flags, id */
		ltr_sb_puts(c->out, "{size=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b));
		print_shm_flags(c, ltr_get_u32(b + 8));
		if (c->exiting)
			ltr_sb_printf(c->out, ", id=%d", (int32_t)ltr_get_u32(b + 12));
		break;
	case TEE_IOC_SHM_REGISTER_FD:
		/* fd (s64), size (u64), flags, pad, id */
		if (!c->exiting) {
			ltr_sb_puts(c->out, "{fd=");
			ltr_print_fd(c, (int)ltr_get_u64(b));
			print_shm_flags(c, ltr_get_u32(b + 16));
		} else {
			ltr_sb_puts(c->out, "{size=");
			ltr_sb_put_hex(c->out, ltr_get_u64(b + 8));
			ltr_sb_printf(c->out, ", id=%d", (int32_t)ltr_get_u32(b + 24));
		}
		break;
	default:  /* TEE_IOC_SHM_REGISTER: addr, length (u64), flags, id */
		if (!c->exiting) {
			ltr_sb_puts(c->out, "{addr=");
			ltr_print_addr(c->out, ltr_get_u64(b));
			ltr_sb_puts(c->out, ", ");
		} else {
			ltr_sb_putc(c->out, '{');
		}
		ltr_sb_puts(c->out, "length=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b + 8));
		print_shm_flags(c, ltr_get_u32(b + 16));
		if (c->exiting)
			ltr_sb_printf(c->out, ", id=%d", (int32_t)ltr_get_u32(b + 20));
		break;
	}
	ltr_sb_putc(c->out, '}');
	return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
}

/* TEE_IOC_VERSION at exit: struct tee_ioctl_version_data. */
static void version(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[12];
	uint32_t impl_id;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
		return;
	impl_id = ltr_get_u32(b);
	ltr_sb_puts(c->out, "{impl_id=");
	ltr_print_xt(c->out, LTR_XT(tee_ioctl_impl_ids), impl_id);
	ltr_sb_puts(c->out, ", gen_caps=");
	ltr_print_xt(c->out, LTR_XT(tee_ioctl_gen_caps), ltr_get_u32(b + 8));
	ltr_sb_puts(c->out, ", impl_caps=");
	if (impl_id == TEE_IMPL_ID_OPTEE)
		ltr_print_xt(c->out, LTR_XT(tee_ioctl_optee_caps), ltr_get_u32(b + 4));
	else
		ltr_sb_put_hex(c->out, ltr_get_u32(b + 4));
	ltr_sb_putc(c->out, '}');
}

enum ltr_ioctl_ret ltr_ioctl_tee(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case TEE_IOC_VERSION:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		version(c, arg);
		return LTR_IOCTL_DONE;
	case TEE_IOC_OPEN_SESSION:
		return buf_request(c, arg, 56, 52, open_session);
	case TEE_IOC_INVOKE:
		return buf_request(c, arg, 24, 20, invoke);
	case TEE_IOC_SUPPL_RECV:
		return buf_request(c, arg, 8, 4, supp_recv);
	case TEE_IOC_SUPPL_SEND:
		return buf_request(c, arg, 8, 4, supp_send);
	case TEE_IOC_SHM_ALLOC: case TEE_IOC_SHM_REGISTER: case TEE_IOC_SHM_REGISTER_FD:
		return shm_request(c, req, arg);
	case TEE_IOC_CANCEL:
		LTR_IOCTL_STRUCT(c, arg, 8, cancel_arg);
		return LTR_IOCTL_DONE;
	case TEE_IOC_CLOSE_SESSION:
		LTR_IOCTL_STRUCT(c, arg, 4, close_arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
