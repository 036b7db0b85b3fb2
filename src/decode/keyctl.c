/* SPDX-License-Identifier: MIT */
/*
 * The kernel's key management: add_key, request_key and every keyctl
 * command, with the special keyrings' names (KEY_SPEC_*) for key serial
 * numbers, and the structures of the Diffie-Hellman and public key
 * commands.
 */
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* A key serial number (an int): a KEY_SPEC_* name or the number. */
static void print_key_serial(struct ltr_strbuf *out, int32_t id)
{
	ltr_print_xval_fmt(out, LTR_XT(key_spec), (uint64_t)(int64_t)id, LTR_XF_DEC, NULL);
}

/* A uid or gid as strace prints one: -1 for (uid_t)-1. */
static void print_id(struct ltr_strbuf *out, uint32_t id)
{
	if (id == UINT32_MAX)
		ltr_sb_puts(out, "-1");
	else
		ltr_sb_put_udec(out, id);
}

void ltr_print_arg_key_serial(struct ltr_call *c, unsigned idx)
{
	print_key_serial(c->out, ltr_call_arg_int(c, idx));
}

/*
 * len bytes at addr as a quoted buffer; omit_nul leaves out a last NUL
 * (the descriptions and labels the kernel returns NUL-terminated).
 */
static void print_bytes(struct ltr_call *c, uint64_t addr, uint64_t len, bool omit_nul)
{
	unsigned char b;

	if (omit_nul && addr && len && len <= c->opts->strsize &&
	    ltr_mem_read(c->mem, addr + len - 1, &b, 1) == 0 && b == 0)
		len--;
	ltr_print_buf(c, addr, len);
}

/* A u32 array member of a __spare field, strace's "[0, 0x1, ...]". */
static void print_spare(struct ltr_strbuf *out, const unsigned char *p, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		if (ltr_get_u32(p + 4 * i))
			break;
	if (i == n)
		return;
	ltr_sb_puts(out, ", __spare=[");
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, ltr_get_u32(p + 4 * i));
	}
	ltr_sb_putc(out, ']');
}

/* struct keyctl_dh_params: three key serials. */
static void print_dh_params(struct ltr_call *c, uint64_t addr)
{
	unsigned char p[12];

	if (!ltr_fetch(c, addr, p, sizeof(p)))
		return;
	ltr_sb_puts(c->out, "{private=");
	print_key_serial(c->out, (int32_t)ltr_get_u32(p));
	ltr_sb_puts(c->out, ", prime=");
	print_key_serial(c->out, (int32_t)ltr_get_u32(p + 4));
	ltr_sb_puts(c->out, ", base=");
	print_key_serial(c->out, (int32_t)ltr_get_u32(p + 8));
	ltr_sb_putc(c->out, '}');
}

/*
 * struct keyctl_kdf_params: hashname and otherinfo pointers (tracee
 * words), otherinfolen, __spare[8]; otherinfo is read only when its
 * length is not 0, as the kernel does.
 */
static void print_kdf_params(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char p[56];
	/* the struct's size, padded to a word on 64-bit tracees */
	unsigned size = ws == 8 ? 56 : 44;
	uint64_t hash, other;
	uint32_t len;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_call_verbose(c) || !ltr_fetch_quiet(c, addr, p, size)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	hash = ltr_get_uword(p, ws);
	other = ltr_get_uword(p + ws, ws);
	len = ltr_get_u32(p + 2 * ws);
	ltr_sb_puts(c->out, "{hashname=");
	ltr_print_str(c, hash, 0);
	ltr_sb_puts(c->out, ", otherinfo=");
	if (len)
		ltr_print_buf(c, other, len);
	else
		ltr_print_addr(c->out, other);
	ltr_sb_printf(c->out, ", otherinfolen=%u", len);
	print_spare(c->out, p + 2 * ws + 4, 8);
	ltr_sb_putc(c->out, '}');
}

/* struct keyctl_pkey_query, at exit. */
static void print_pkey_query(struct ltr_call *c, uint64_t addr)
{
	unsigned char q[4 + 4 + 4 * 2 + 40];

	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, q, sizeof(q)))
		return;
	ltr_sb_puts(c->out, "{supported_ops=");
	ltr_print_flags_dflt(c->out, LTR_XT(keyctl_pkey_ops), ltr_get_u32(q), NULL,
			     "KEYCTL_SUPPORTS_???");
	ltr_sb_printf(c->out, ", key_size=%u, max_data_size=%u, max_sig_size=%u, "
		      "max_enc_size=%u, max_dec_size=%u", ltr_get_u32(q + 4),
		      ltr_get_u16(q + 8), ltr_get_u16(q + 10), ltr_get_u16(q + 12),
		      ltr_get_u16(q + 14));
	print_spare(c->out, q + 16, 10);
	ltr_sb_putc(c->out, '}');
}

/*
 * struct keyctl_pkey_params: key_id, in_len, out_len (in2_len for
 * KEYCTL_PKEY_VERIFY: out false), __spare[7]. Returns false, having
 * printed the address, when it cannot be read; *p holds it otherwise.
 */
static bool print_pkey_params(struct ltr_call *c, uint64_t addr, unsigned char p[40],
			      bool out)
{
	if (!ltr_fetch(c, addr, p, 40))
		return false;
	ltr_sb_puts(c->out, "{key_id=");
	print_key_serial(c->out, (int32_t)ltr_get_u32(p));
	ltr_sb_printf(c->out, ", in_len=%u, %s=%u", ltr_get_u32(p + 4),
		      out ? "out_len" : "in2_len", ltr_get_u32(p + 8));
	print_spare(c->out, p + 12, 7);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* One byte of KEYCTL_CAPABILITIES: the first two as flags, the others in hex. */
static bool print_cap_byte(struct ltr_call *c, const unsigned char *b, unsigned size,
			   void *data)
{
	unsigned *pos = data;

	(void)size;
	if (*pos == 0)
		ltr_print_flags_dflt(c->out, LTR_XT(keyctl_caps0), *b, NULL, "KEYCTL_CAPS0_???");
	else if (*pos == 1)
		ltr_print_flags_dflt(c->out, LTR_XT(keyctl_caps1), *b, NULL, "KEYCTL_CAPS1_???");
	else
		ltr_sb_put_hex(c->out, *b);
	(*pos)++;
	return true;
}

static void print_caps(struct ltr_call *c, uint64_t addr, uint64_t n)
{
	unsigned pos = 0;

	if (!ltr_call_verbose(c) && addr && n) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_array(c, addr, n, 1, print_cap_byte, &pos);
}

enum {
	KC_GET_KEYRING_ID, KC_JOIN_SESSION_KEYRING, KC_UPDATE, KC_REVOKE,
	KC_CHOWN, KC_SETPERM, KC_DESCRIBE, KC_CLEAR, KC_LINK, KC_UNLINK,
	KC_SEARCH, KC_READ, KC_INSTANTIATE, KC_NEGATE, KC_SET_REQKEY_KEYRING,
	KC_SET_TIMEOUT, KC_ASSUME_AUTHORITY, KC_GET_SECURITY,
	KC_SESSION_TO_PARENT, KC_REJECT, KC_INSTANTIATE_IOV, KC_INVALIDATE,
	KC_GET_PERSISTENT, KC_DH_COMPUTE, KC_PKEY_QUERY, KC_PKEY_ENCRYPT,
	KC_PKEY_DECRYPT, KC_PKEY_SIGN, KC_PKEY_VERIFY, KC_RESTRICT_KEYRING,
	KC_MOVE, KC_CAPABILITIES,
};

/* The commands whose output arguments print at exit, at their exit. */
static void keyctl_exit(struct ltr_call *c, int cmd)
{
	uint64_t a3 = ltr_arg_word(c, 2), a4 = ltr_arg_word(c, 3);
	uint64_t n = !ltr_call_failed(c) && (uint64_t)c->ret < a4 ? (uint64_t)c->ret : a4;

	switch (cmd) {
	case KC_DESCRIBE: case KC_READ: case KC_GET_SECURITY:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, a3);
		else
			print_bytes(c, a3, n, cmd != KC_READ);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)a4);
		return;
	case KC_DH_COMPUTE:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, a3);
		else
			ltr_print_buf(c, a3, n);
		ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)a4);
		print_kdf_params(c, ltr_arg_word(c, 4));
		return;
	case KC_PKEY_QUERY:
		print_pkey_query(c, ltr_arg_word(c, 4));
		return;
	case KC_PKEY_ENCRYPT: case KC_PKEY_DECRYPT: case KC_PKEY_SIGN:
		if (!c->saved[0])
			return;
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, ltr_arg_word(c, 4));
		else
			ltr_print_buf(c, ltr_arg_word(c, 4), c->saved[1]);
		return;
	case KC_CAPABILITIES:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, ltr_arg_word(c, 1));
		else
			print_caps(c, ltr_arg_word(c, 1),
				   (uint64_t)c->ret < a3 ? (uint64_t)c->ret : a3);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)a3);
		return;
	default:
		return;
	}
}

/* The public key operations at entry: params, info, the input buffers. */
static void keyctl_pkey_op(struct ltr_call *c, bool out)
{
	unsigned char p[40];
	bool ok = print_pkey_params(c, ltr_arg_word(c, 1), p, out);

	ltr_sb_puts(c->out, ", ");
	ltr_print_str(c, ltr_arg_word(c, 2), 0);
	ltr_sb_puts(c->out, ", ");
	if (ok)
		ltr_print_buf(c, ltr_arg_word(c, 3), ltr_get_u32(p + 4));
	else
		ltr_print_addr(c->out, ltr_arg_word(c, 3));
	ltr_sb_puts(c->out, ", ");
	/* the output buffer (its size out_len) at exit; VERIFY's second input now */
	c->saved[0] = ok && out;
	c->saved[1] = ok ? ltr_get_u32(p + 8) : 0;
	if (ok && out)
		return;
	if (ok)
		ltr_print_buf(c, ltr_arg_word(c, 4), ltr_get_u32(p + 8));
	else
		ltr_print_addr(c->out, ltr_arg_word(c, 4));
}

/* keyctl(cmd, ...): each command's arguments as strace prints them. */
void ltr_decode_keyctl(struct ltr_call *c)
{
	int cmd = ltr_call_arg_int(c, 0);
	struct ltr_strbuf *out = c->out;
	uint64_t a3 = ltr_arg_word(c, 2), a4 = ltr_arg_word(c, 3), a5 = ltr_arg_word(c, 4);
	int32_t k2 = ltr_call_arg_int(c, 1), k3 = ltr_call_arg_int(c, 2);
	int32_t k4 = ltr_call_arg_int(c, 3), k5 = ltr_call_arg_int(c, 4);

	if (c->exiting) {
		keyctl_exit(c, cmd);
		return;
	}
	ltr_print_xval(out, LTR_XT(keyctl_commands), (uint32_t)cmd, "KEYCTL_???");
	if (cmd == KC_SESSION_TO_PARENT)
		return;
	ltr_sb_puts(out, ", ");
	switch (cmd) {
	case KC_GET_KEYRING_ID:
		print_key_serial(out, k2);
		ltr_sb_printf(out, ", %d", k3);
		return;
	case KC_JOIN_SESSION_KEYRING:
		ltr_print_str(c, ltr_arg_word(c, 1), 0);
		return;
	case KC_UPDATE:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		ltr_print_buf(c, a3, a4);
		ltr_sb_printf(out, ", %llu", (unsigned long long)a4);
		return;
	case KC_REVOKE: case KC_CLEAR: case KC_INVALIDATE: case KC_ASSUME_AUTHORITY:
		print_key_serial(out, k2);
		return;
	case KC_LINK: case KC_UNLINK:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k3);
		return;
	case KC_DESCRIBE: case KC_READ: case KC_GET_SECURITY:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		return;
	case KC_SEARCH:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, a3, 0);
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, a4, 0);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k5);
		return;
	case KC_CHOWN:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		print_id(out, (uint32_t)a3);
		ltr_sb_puts(out, ", ");
		print_id(out, (uint32_t)a4);
		return;
	case KC_SETPERM:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(key_perms), (uint32_t)a3, NULL, "KEY_???");
		return;
	case KC_INSTANTIATE: case KC_INSTANTIATE_IOV:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		if (cmd == KC_INSTANTIATE)
			ltr_print_buf(c, a3, a4);
		else
			ltr_print_iov(c, a3, a4, -1, true);
		ltr_sb_printf(out, ", %llu, ", (unsigned long long)a4);
		print_key_serial(out, k5);
		return;
	case KC_NEGATE:
		print_key_serial(out, k2);
		ltr_sb_printf(out, ", %u, ", (uint32_t)a3);
		print_key_serial(out, k4);
		return;
	case KC_REJECT: {
		const char *e = ltr_errno_name((int)(uint32_t)a4);

		print_key_serial(out, k2);
		ltr_sb_printf(out, ", %u, ", (uint32_t)a3);
		if (e)
			ltr_print_xlat(out, (uint32_t)a4, LTR_XF_UDEC, e);
		else
			ltr_sb_put_udec(out, (uint32_t)a4);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k5);
		return;
	}
	case KC_SET_REQKEY_KEYRING:
		ltr_print_xval_fmt(out, LTR_XT(key_reqkeys), (uint64_t)(int64_t)k2, LTR_XF_DEC,
				   "KEY_REQKEY_DEFL_???");
		return;
	case KC_SET_TIMEOUT:
		print_key_serial(out, k2);
		ltr_sb_printf(out, ", %u", (uint32_t)a3);
		return;
	case KC_GET_PERSISTENT:
		print_id(out, (uint32_t)c->args[1]);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k3);
		return;
	case KC_DH_COMPUTE:
		print_dh_params(c, ltr_arg_word(c, 1));
		ltr_sb_puts(out, ", ");
		return;
	case KC_PKEY_QUERY:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, a3);
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, a4, 0);
		ltr_sb_puts(out, ", ");
		return;
	case KC_PKEY_ENCRYPT: case KC_PKEY_DECRYPT: case KC_PKEY_SIGN:
		keyctl_pkey_op(c, true);
		return;
	case KC_PKEY_VERIFY:
		keyctl_pkey_op(c, false);
		return;
	case KC_RESTRICT_KEYRING:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, a3, 0);
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, a4, 0);
		return;
	case KC_MOVE:
		print_key_serial(out, k2);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k3);
		ltr_sb_puts(out, ", ");
		print_key_serial(out, k4);
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(keyctl_move_flags), (uint32_t)a5, NULL,
				     "KEYCTL_MOVE_???");
		return;
	case KC_CAPABILITIES:
		/* the buffer and its length at exit */
		return;
	default:
		ltr_sb_put_hex(out, ltr_arg_word(c, 1));
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, a3);
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, a4);
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, a5);
		return;
	}
}
