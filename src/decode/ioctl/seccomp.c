/* SPDX-License-Identifier: MIT */
/*
 * seccomp user notification requests (type '!', linux/seccomp.h):
 * struct seccomp_notif (printed at entry when not all zero, then " => "
 * what the kernel filled), seccomp_notif_resp, seccomp_notif_addfd, and
 * the id of NOTIF_ID_VALID (also under its first, wrongly directed
 * number, which ioctl.c names).
 */
#include <linux/ioctl.h>
#include <linux/seccomp.h>

#include "ioctl.h"

#define NOTIF_ID_VALID_WRONG_DIR _IOR('!', 2, __u64)
#define X32_SYSCALL_BIT 0x40000000u

/*
 * "nr=__NR_gettid" for the tracee's own arch; "nr=224 /\* gettid *\/" for
 * another arch the host runs (i386 beside x86_64, x32's numbers); the
 * number alone for the others. -X raw: the number; verbose: both.
 */
static void print_notif_nr(struct ltr_call *c, uint32_t nr, uint32_t audit)
{
	const struct ltr_arch *native = ltr_arch_native(), *arch = ltr_arch_by_audit(audit);
	enum ltr_xlat_style style = ltr_xlat_style();
	const char *name = NULL;
	bool current = false;

	if (arch && (arch == native || (native && !strcmp(native->name, "x86_64") &&
					!strcmp(arch->name, "i386")))) {
		if (!strcmp(arch->name, "x86_64") && (nr & X32_SYSCALL_BIT)) {
			name = ltr_arch_syscall_name(arch, nr & ~X32_SYSCALL_BIT);
		} else {
			name = ltr_arch_syscall_name(arch, nr);
			current = c->arch && c->arch->audit_arch == audit;
		}
	}
	ltr_sb_puts(c->out, "nr=");
	if (style != LTR_XLAT_ABBREV || !current || !name)
		ltr_sb_put_udec(c->out, nr);
	if (style == LTR_XLAT_RAW || !name)
		return;
	/* the tracee's own arch shows the macro's name, as strace */
	if (!current)
		ltr_sb_printf(c->out, " /* %s */", name);
	else if (style == LTR_XLAT_VERBOSE)
		ltr_sb_printf(c->out, " /* __NR_%s */", name);
	else
		ltr_sb_printf(c->out, "__NR_%s", name);
}

static bool is_zero(const unsigned char *p, size_t n)
{
	while (n--)
		if (*p++)
			return false;
	return true;
}

/*
 * struct seccomp_notif (80 bytes): id (u64), pid (u32), flags (u32),
 * struct seccomp_data {nr (int), arch (u32), instruction_pointer (u64),
 * args[6] (u64)}.
 */
static enum ltr_ioctl_ret notif_recv(struct ltr_call *c, uint64_t arg)
{
	unsigned char n[80];

	if (!c->exiting)
		ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, n, sizeof(n)))
		return LTR_IOCTL_DONE;
	if (!c->exiting && is_zero(n, sizeof(n)))
		return LTR_IOCTL_EXIT;
	ltr_sb_puts(c->out, "{id=");
	ltr_sb_put_hex(c->out, ltr_get_u64(n));
	ltr_sb_puts(c->out, ", pid=");
	ltr_print_pid(c, (int)ltr_get_u32(n + 8));
	ltr_sb_puts(c->out, ", flags=");
	ltr_sb_put_hex(c->out, ltr_get_u32(n + 12));
	ltr_sb_puts(c->out, ", data={");
	print_notif_nr(c, ltr_get_u32(n + 16), ltr_get_u32(n + 20));
	ltr_sb_puts(c->out, ", arch=");
	ltr_print_xt(c->out, LTR_XT(audit_arches), ltr_get_u32(n + 20));
	ltr_sb_puts(c->out, ", instruction_pointer=");
	ltr_print_addr(c->out, ltr_get_u64(n + 24));
	ltr_sb_puts(c->out, ", args=[");
	for (unsigned i = 0; i < 6; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_get_u64(n + 32 + 8 * i));
	}
	ltr_sb_puts(c->out, "]}}");
	if (!c->exiting) {
		ltr_sb_puts(c->out, " => ");
		return LTR_IOCTL_EXIT;
	}
	return LTR_IOCTL_DONE;
}

/* "-ENOSR" as strace prints an errno field (the number under -X raw). */
static void print_err_field(struct ltr_strbuf *out, int32_t err)
{
	const char *name = err < 0 && err > -4096 ? ltr_errno_name(-err) : NULL;
	enum ltr_xlat_style style = ltr_xlat_style();

	if (!name || style != LTR_XLAT_ABBREV)
		ltr_sb_put_dec(out, err);
	if (!name || style == LTR_XLAT_RAW)
		return;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_printf(out, " /* -%s */", name);
	else
		ltr_sb_printf(out, "-%s", name);
}

enum ltr_ioctl_ret ltr_ioctl_seccomp(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char b[24];

	switch (req) {
	case SECCOMP_IOCTL_NOTIF_RECV:
		return notif_recv(c, arg);
	case SECCOMP_IOCTL_NOTIF_SEND:
		/* struct seccomp_notif_resp: id, val (s64), error (s32), flags (u32) */
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{id=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b));
		ltr_sb_printf(c->out, ", val=%lld, error=", (long long)ltr_get_u64(b + 8));
		print_err_field(c->out, (int32_t)ltr_get_u32(b + 16));
		ltr_sb_puts(c->out, ", flags=");
		ltr_print_xt(c->out, LTR_XT(seccomp_notif_resp_flags), ltr_get_u32(b + 20));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	case SECCOMP_IOCTL_NOTIF_ID_VALID: case NOTIF_ID_VALID_WRONG_DIR:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, b, 8)) {
			ltr_sb_putc(c->out, '[');
			ltr_sb_put_hex(c->out, ltr_get_u64(b));
			ltr_sb_putc(c->out, ']');
		}
		return LTR_IOCTL_DONE;
	case SECCOMP_IOCTL_NOTIF_ADDFD:
		/* struct seccomp_notif_addfd: id (u64), flags, srcfd, newfd, newfd_flags (u32) */
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{id=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b));
		ltr_sb_puts(c->out, ", flags=");
		ltr_print_xt(c->out, LTR_XT(seccomp_addfd_flags), ltr_get_u32(b + 8));
		ltr_sb_puts(c->out, ", srcfd=");
		ltr_print_fd(c, (int)ltr_get_u32(b + 12));
		ltr_sb_printf(c->out, ", newfd=%d, newfd_flags=", (int)ltr_get_u32(b + 16));
		ltr_print_flags_dflt(c->out, ltr_xlat_for_arch(LTR_XT(open_flags), c->arch),
				     ltr_get_u32(b + 20), NULL, "O_???");
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
