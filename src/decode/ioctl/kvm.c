/* SPDX-License-Identifier: MIT */
/*
 * KVM ioctls (type 0xAE), as strace 6.1 prints them: the VM and vcpu
 * descriptors KVM_CREATE_VM
 * and KVM_CREATE_VCPU return, KVM_SET_USER_MEMORY_REGION,
 * KVM_CHECK_EXTENSION's capability, x86's KVM_[GS]ET_REGS, KVM_[GS]ET_SREGS
 * and the CPUID ioctls, and with -e kvm=vcpu the exit reason of KVM_RUN:
 *
 *     ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)
 *
 * The exit reason is in the vcpu's struct kvm_run, which the VMM maps
 * from the vcpu descriptor. It is found as strace finds it: the
 * descriptor's /proc link ("anon_inode:kvm-vcpu:N"), then the first
 * mapping of that name (device major 0) in /proc/PID/maps; the struct is
 * read there, if the mapping is large enough to hold it. Unlike strace,
 * nothing is cached: the maps are read again at each KVM_RUN, so a VMM
 * that remaps its vcpus is never shown a stale area (strace's cache is
 * only refreshed by the mmap-family calls it sees).
 *
 * Values are those of the kernel's uapi <linux/kvm.h> (x86 sizes for the
 * x86-only requests, which other architectures never see).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "ioctl.h"

/* The requests decoded beyond their name. */
enum {
	KVM_GET_API_VERSION = 0xae00,
	KVM_CREATE_VM = 0xae01,
	KVM_CHECK_EXTENSION = 0xae03,
	KVM_CREATE_VCPU = 0xae41,
	KVM_RUN = 0xae80,
	KVM_SET_USER_MEMORY_REGION = 0x4020ae46,
	KVM_GET_REGS = 0x8090ae81,
	KVM_SET_REGS = 0x4090ae82,
	KVM_GET_SREGS = 0x8138ae83,
	KVM_SET_SREGS = 0x4138ae84,
	KVM_SET_CPUID2 = 0x4008ae90,
	KVM_GET_SUPPORTED_CPUID = 0xc008ae05,
	KVM_GET_EMULATED_CPUID = 0xc008ae09,
};

/* struct kvm_run: its size, and where exit_reason (a __u32) is. */
enum { KVM_RUN_SIZE = 2352, KVM_RUN_EXIT_REASON = 8 };

/* -e kvm=vcpu */
static bool vcpu_exit_reasons;

void ltr_kvm_set_vcpu(bool on)
{
	vcpu_exit_reasons = on;
}

/* --- /proc, replaceable by the unit tests --- */

static ssize_t live_fd_link(pid_t pid, int fd, char *buf, size_t size)
{
	char link[64];

	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
	return readlink(link, buf, size);
}

static char *live_maps(pid_t pid)
{
	char path[64];
	struct ltr_strbuf text = { 0 };
	char chunk[16384];
	ssize_t n;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return NULL;
	while ((n = (ssize_t)fread(chunk, 1, sizeof(chunk), f)) > 0)
		ltr_sb_append(&text, chunk, (size_t)n);
	fclose(f);
	if (!text.data)
		return ltr_xstrdup("");
	return text.data; /* NUL-terminated by the strbuf */
}

static const struct ltr_kvm_proc live_proc = { live_fd_link, live_maps };
static const struct ltr_kvm_proc *proc = &live_proc;

void ltr_kvm_set_proc(const struct ltr_kvm_proc *p)
{
	proc = p ? p : &live_proc;
}

/* --- finding a vcpu's struct kvm_run --- */

#define VCPU_LINK_PREFIX "anon_inode:kvm-vcpu:"

/* A maps line: "START-END PERM OFFSET MAJOR:MINOR INODE PATH". */
struct maps_entry {
	uint64_t start, end;
	unsigned long major;
	const char *path;
	size_t path_len;
};

/* Parses the line at p (up to end); false for lines without a path or with odd fields. */
static bool parse_maps_line(const char *p, const char *end, struct maps_entry *e)
{
	char *q;
	unsigned i;

	e->start = strtoull(p, &q, 16);
	if (q == p || *q != '-')
		return false;
	p = q + 1;
	e->end = strtoull(p, &q, 16);
	if (q == p || *q != ' ' || end - q < 6)
		return false;
	p = q + 1;
	/* the permissions: r or -, w or -, x or -, p or s (strace skips others) */
	if ((p[0] != 'r' && p[0] != '-') || (p[1] != 'w' && p[1] != '-') ||
	    (p[2] != 'x' && p[2] != '-') || (p[3] != 'p' && p[3] != 's') || p[4] != ' ')
		return false;
	p += 5;
	strtoull(p, &q, 16);  /* offset */
	if (q == p || *q != ' ')
		return false;
	p = q + 1;
	e->major = strtoul(p, &q, 16);
	if (q == p || *q != ':')
		return false;
	p = q + 1;
	strtoul(p, &q, 16);   /* minor */
	if (q == p || *q != ' ')
		return false;
	p = q + 1;
	strtoull(p, &q, 10);  /* inode */
	if (q == p)
		return false;
	for (i = 0, p = q; p < end && (*p == ' ' || *p == '\t'); p++, i++)
		;
	if (!i || p >= end)
		return false;
	e->path = p;
	e->path_len = (size_t)(end - p);
	return e->end >= e->start;
}

/*
 * The area mapped from the vcpu whose descriptor links to path: the first
 * mapping of that name with device major 0, among the mappings strace
 * keeps (ascending, not overlapping the one kept before).
 */
static bool find_vcpu_area(const char *maps, const char *path, uint64_t *start, uint64_t *len)
{
	size_t plen = strlen(path);
	uint64_t prev_start = 0, prev_end = 0;
	bool have_prev = false;
	const char *p = maps;

	while (*p) {
		const char *nl = strchr(p, '\n');
		const char *end = nl ? nl : p + strlen(p);
		struct maps_entry e;

		if (parse_maps_line(p, end, &e) &&
		    !(have_prev && (e.start <= prev_start || e.start < prev_end))) {
			have_prev = true;
			prev_start = e.start;
			prev_end = e.end;
			if (e.major == 0 && e.path_len == plen && memcmp(e.path, path, plen) == 0) {
				*start = e.start;
				*len = e.end - e.start;
				return true;
			}
		}
		p = nl ? nl + 1 : end;
	}
	return false;
}

/* A vcpu number as strace reads one: decimal digits up to INT_MAX. */
static bool vcpu_number(const char *s)
{
	char *end;
	long long v;

	if (!*s)
		return false;
	v = strtoll(s, &end, 10);
	return end != s && !*end && v >= 0 && v <= INT_MAX;
}

/*
 * The exit reason of the vcpu on descriptor fd of c's process, read from
 * its struct kvm_run: its name, "KVM_EXIT_???" for unknown values, or
 * NULL when there is no vcpu there or its area cannot be read.
 */
static const char *vcpu_exit_reason(struct ltr_call *c, int fd)
{
	char path[PATH_MAX + 1];
	unsigned char run[KVM_RUN_SIZE];
	uint64_t start, len;
	const char *name;
	ssize_t n;
	char *maps;
	bool found;

	if (fd < 0)
		return NULL;
	n = proc->fd_link(c->pid, fd, path, sizeof(path) - 1);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	if (strncmp(path, VCPU_LINK_PREFIX, sizeof(VCPU_LINK_PREFIX) - 1) != 0 ||
	    !vcpu_number(path + sizeof(VCPU_LINK_PREFIX) - 1))
		return NULL;
	maps = proc->maps(c->pid);
	if (!maps)
		return NULL;
	found = find_vcpu_area(maps, path, &start, &len);
	free(maps);
	if (!found || len < KVM_RUN_SIZE || ltr_mem_read(c->mem, start, run, sizeof(run)) < 0)
		return NULL;
	name = ltr_xlat_lookup(LTR_XT(kvm_exit_reasons), ltr_get_u32(run + KVM_RUN_EXIT_REASON));
	return name ? name : "KVM_EXIT_???";
}

/* --- the arguments --- */

static bool x86(const struct ltr_call *c)
{
	return ltr_arch_is(c, "x86_64") || ltr_arch_is(c, "i386");
}

static void print_memory_region(struct ltr_call *c, uint64_t addr)
{
	unsigned char r[32];

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_printf(c->out, "{slot=%u, flags=", ltr_get_u32(r));
	ltr_print_flags_dflt(c->out, LTR_XT(kvm_mem_flags), ltr_get_u32(r + 4), NULL, "KVM_MEM_???");
	ltr_sb_printf(c->out, ", guest_phys_addr=%#llx, memory_size=%llu, userspace_addr=%#llx}",
		      (unsigned long long)ltr_get_u64(r + 8),
		      (unsigned long long)ltr_get_u64(r + 16),
		      (unsigned long long)ltr_get_u64(r + 24));
}

/* x86's struct kvm_regs: 18 __u64, rax ... r15, rip, rflags. */
static void print_regs(struct ltr_call *c, uint64_t addr)
{
	static const char *const names[] = {
		"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp", "r8", "r9",
		"r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags",
	};
	unsigned char r[18 * 8];
	unsigned i;

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < 18; i++) {
		/* abbreviated: rax, ..., rsp, rbp, ..., rip, rflags */
		bool hidden = !c->opts->verbose && ((i >= 1 && i <= 5) || (i >= 8 && i <= 15));

		if (hidden) {
			if (i == 1 || i == 8)
				ltr_sb_puts(c->out, ", ...");
			continue;
		}
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_printf(c->out, "%s=", names[i]);
		ltr_sb_put_hex(c->out, ltr_get_u64(r + 8 * i));
	}
	ltr_sb_putc(c->out, '}');
}

/* struct kvm_segment (24 bytes). */
static void print_segment(struct ltr_strbuf *out, const unsigned char *s)
{
	ltr_sb_puts(out, "{base=");
	ltr_sb_put_hex(out, ltr_get_u64(s));
	ltr_sb_printf(out, ", limit=%u, selector=%u, type=%u, present=%u, dpl=%u, db=%u, "
		      "s=%u, l=%u, g=%u, avl=%u}", ltr_get_u32(s + 8), ltr_get_u16(s + 12),
		      s[14], s[15], s[16], s[17], s[18], s[19], s[20], s[21]);
}

/* struct kvm_dtable (16 bytes). */
static void print_dtable(struct ltr_strbuf *out, const unsigned char *d)
{
	ltr_sb_puts(out, "{base=");
	ltr_sb_put_hex(out, ltr_get_u64(d));
	ltr_sb_printf(out, ", limit=%u}", ltr_get_u16(d + 8));
}

/*
 * x86's struct kvm_sregs: cs, ds, es, fs, gs, ss, tr, ldt segments, gdt
 * and idt tables, cr0, cr2, cr3, cr4, cr8, efer, apic_base and a
 * 256-bit interrupt bitmap (312 bytes). Abbreviated: cs only.
 */
static void print_sregs(struct ltr_call *c, uint64_t addr)
{
	static const char *const segments[] = { "cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt" };
	static const char *const regs[] = { "cr0", "cr2", "cr3", "cr4", "cr8", "efer" };
	unsigned char s[312];
	unsigned i;

	if (!ltr_fetch(c, addr, s, sizeof(s)))
		return;
	ltr_sb_puts(c->out, "{cs=");
	print_segment(c->out, s);
	if (!c->opts->verbose) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	for (i = 1; i < 8; i++) {
		ltr_sb_printf(c->out, ", %s=", segments[i]);
		print_segment(c->out, s + 24 * i);
	}
	ltr_sb_puts(c->out, ", gdt=");
	print_dtable(c->out, s + 192);
	ltr_sb_puts(c->out, ", idt=");
	print_dtable(c->out, s + 208);
	for (i = 0; i < 6; i++)
		ltr_sb_printf(c->out, ", %s=%llu", regs[i],
			      (unsigned long long)ltr_get_u64(s + 224 + 8 * i));
	ltr_sb_puts(c->out, ", apic_base=");
	ltr_sb_put_hex(c->out, ltr_get_u64(s + 272));
	ltr_sb_puts(c->out, ", interrupt_bitmap=[");
	for (i = 0; i < 4; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_get_u64(s + 280 + 8 * i));
	}
	ltr_sb_puts(c->out, "]}");
}

/*
 * struct kvm_cpuid2: nent, then nent struct kvm_cpuid_entry2 (40 bytes:
 * function, index, flags, eax, ebx, ecx, edx, padding). Abbreviated, the
 * entries print as "[...]" ("[]" when there are none); with -v every
 * one, the array cut as strace cuts it where memory ends.
 */
static void print_cpuid2(struct ltr_call *c, uint64_t addr)
{
	unsigned char head[8], e[40];
	uint32_t nent, i;
	uint64_t at;

	if (!ltr_fetch(c, addr, head, sizeof(head)))
		return;
	nent = ltr_get_u32(head);
	ltr_sb_printf(c->out, "{nent=%u, entries=", nent);
	if (!c->opts->verbose) {
		ltr_sb_puts(c->out, nent ? "[...]}" : "[]}");
		return;
	}
	if (!nent) {
		ltr_sb_puts(c->out, "[]}");
		return;
	}
	for (i = 0, at = addr + 8; i < nent; i++, at += sizeof(e)) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (ltr_mem_read(c->mem, at, e, sizeof(e)) < 0) {
			if (i)
				ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)at);
			else
				ltr_print_addr(c->out, at);
			break;
		}
		if (!i)
			ltr_sb_putc(c->out, '[');
		ltr_sb_printf(c->out, "{function=%#x, index=%#x, flags=", ltr_get_u32(e),
			      ltr_get_u32(e + 4));
		ltr_print_flags_dflt(c->out, LTR_XT(kvm_cpuid_flags), ltr_get_u32(e + 8), NULL,
				     "KVM_CPUID_FLAG_???");
		ltr_sb_printf(c->out, ", eax=%#x, ebx=%#x, ecx=%#x, edx=%#x}", ltr_get_u32(e + 12),
			      ltr_get_u32(e + 16), ltr_get_u32(e + 20), ltr_get_u32(e + 24));
	}
	if (i)
		ltr_sb_putc(c->out, ']');
	ltr_sb_putc(c->out, '}');
}

/* A struct the kernel filled: printed at exit, its address when the call failed. */
static void print_filled(struct ltr_call *c, uint64_t addr,
			 void (*print)(struct ltr_call *, uint64_t))
{
	if (!ltr_ioctl_out_failed(c, addr))
		print(c, addr);
}

/* Whether the request's argument is printed at exit. */
static bool decoded_at_exit(const struct ltr_call *c, uint32_t req)
{
	switch (req) {
	case KVM_RUN:
		return true;
	case KVM_GET_REGS: case KVM_GET_SREGS:
	case KVM_GET_SUPPORTED_CPUID: case KVM_GET_EMULATED_CPUID:
		return x86(c);
	default:
		return false;
	}
}

enum ltr_ioctl_ret ltr_ioctl_kvm(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	int fd = (int)(uint32_t)c->args[0];

	if (!c->exiting) {
		if (decoded_at_exit(c, req))
			return LTR_IOCTL_EXIT;
		switch (req) {
		case KVM_CREATE_VM:
			c->ret_kind = LTR_RET_FD;
			return LTR_IOCTL_ARG;
		case KVM_CREATE_VCPU:
			c->ret_kind = LTR_RET_FD;
			ltr_sb_puts(c->out, ", ");
			ltr_sb_put_udec(c->out, (uint32_t)arg);
			return LTR_IOCTL_DONE;
		case KVM_CHECK_EXTENSION:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(kvm_caps), arg, "KVM_CAP_???");
			return LTR_IOCTL_DONE;
		case KVM_SET_USER_MEMORY_REGION:
			ltr_sb_puts(c->out, ", ");
			print_memory_region(c, arg);
			return LTR_IOCTL_DONE;
		case KVM_SET_REGS:
		case KVM_SET_SREGS:
		case KVM_SET_CPUID2:
			if (!x86(c))
				return LTR_IOCTL_ARG;
			ltr_sb_puts(c->out, ", ");
			if (req == KVM_SET_REGS)
				print_regs(c, arg);
			else if (req == KVM_SET_SREGS)
				print_sregs(c, arg);
			else
				print_cpuid2(c, arg);
			return LTR_IOCTL_DONE;
		default:
			return LTR_IOCTL_ARG;
		}
	}
	switch (req) {
	case KVM_RUN:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, arg);
		if (vcpu_exit_reasons && !ltr_call_failed(c)) {
			const char *reason = vcpu_exit_reason(c, fd);

			if (reason)
				snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", reason);
		}
		break;
	case KVM_GET_REGS:
		print_filled(c, arg, print_regs);
		break;
	case KVM_GET_SREGS:
		print_filled(c, arg, print_sregs);
		break;
	default:
		print_filled(c, arg, print_cpuid2);
		break;
	}
	return LTR_IOCTL_DONE;
}
