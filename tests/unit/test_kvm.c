/* SPDX-License-Identifier: MIT */
/*
 * KVM ioctls (src/decode/ioctl/kvm.c) through ioctl's syscalls.def row, with
 * fake descriptors (/proc/PID/fd links), a fake /proc/PID/maps and fake
 * tracee memory holding struct kvm_run: -e kvm=vcpu's exit reasons and
 * every way of not finding one, KVM_RUN's entry and exit halves, and the
 * arguments of the other requests. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* --- fake descriptors and maps --- */

static const char *fd_links[16];  /* by descriptor; NULL: no such descriptor */
static const char *maps_text;     /* NULL: /proc/PID/maps unreadable */
static unsigned maps_reads;

static ssize_t fake_fd_link(pid_t pid, int fd, char *buf, size_t size)
{
	size_t n;

	(void)pid;
	if (fd < 0 || fd >= 16 || !fd_links[fd])
		return -1;
	n = strlen(fd_links[fd]);
	if (n > size)
		n = size;
	memcpy(buf, fd_links[fd], n);  /* readlink: no NUL */
	return (ssize_t)n;
}

static char *fake_maps(pid_t pid)
{
	(void)pid;
	maps_reads++;
	return maps_text ? strdup(maps_text) : NULL;
}

static const struct ltr_kvm_proc fake_proc = { fake_fd_link, fake_maps };

#define RUN_ADDR 0x7f0000001000ull
#define RUN_SIZE 2352

/* A struct kvm_run at addr whose exit_reason is reason. */
static void map_run(uint64_t addr, uint32_t reason)
{
	static unsigned char run[RUN_SIZE];

	memset(run, 0, sizeof(run));
	memcpy(run + 8, &reason, 4);
	fake_mem_map(addr, run, sizeof(run));
}

static const char vcpu_maps[] =
	"55d3128ea000-55d3128ec000 r--p 00000000 fe:00 247134                     /usr/bin/qemu\n"
	"7f0000000000-7f0000001000 rw-s 00000000 00:0e 1066                       anon_inode:kvm-vcpu:1\n"
	"7f0000001000-7f0000004000 rw-s 00000000 00:0e 1066                       anon_inode:kvm-vcpu:0\n"
	"7ffd0000a000-7ffd0002b000 rw-p 00000000 00:00 0                          [stack]\n";

static int setup(void **state)
{
	(void)state;
	memset(fd_links, 0, sizeof(fd_links));
	fd_links[3] = "/dev/kvm";
	fd_links[4] = "anon_inode:kvm-vm";
	fd_links[5] = "anon_inode:kvm-vcpu:0";
	fd_links[6] = "anon_inode:kvm-vcpu:1";
	maps_text = vcpu_maps;
	maps_reads = 0;
	ltr_kvm_set_proc(&fake_proc);
	ltr_kvm_set_vcpu(true);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	ltr_kvm_set_proc(NULL);
	ltr_kvm_set_vcpu(false);
	fake_mem_reset();
	return 0;
}

/* ioctl(fd, req, arg) = ret through its row. */
static const char *ioctl_line(const char *arch, uint64_t fd, uint64_t req, uint64_t arg,
			      int64_t ret)
{
	uint64_t args[6] = { fd, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

#define KVM_RUN 0xae80

static void test_exit_reasons(void **state)
{
	(void)state;
	map_run(RUN_ADDR, 2);
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0),
		"ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)");
	assert_int_equal(maps_reads, 1);
	/* read again at each call: nothing cached */
	fake_mem_reset();
	map_run(RUN_ADDR, 5);
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0),
		"ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_HLT)");
	assert_int_equal(maps_reads, 2);
	fake_mem_reset();
	map_run(RUN_ADDR, 37);
	assert_string_equal(ioctl_line("i386", 5, KVM_RUN, 0, 0),
		"ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_NOTIFY)");
	fake_mem_reset();
	map_run(RUN_ADDR, 38);  /* after strace 6.1's last one */
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0),
		"ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_??\?)");
	/* the descriptor's high bits do not count */
	fake_mem_reset();
	map_run(RUN_ADDR, 0);
	assert_string_equal(ioctl_line("x86_64", 0xfacefeed00000005ull, KVM_RUN, 0, 0),
		"ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_UNKNOWN)");
}

/* Every way of not finding the area: no reason, the line as without -e kvm=vcpu. */
static void test_no_reason(void **state)
{
	static const char plain[] = "ioctl(5, KVM_RUN, 0)                    = 0";
	static const char odd_maps[] =
		/* not major 0, then too small, then odd permissions: none is taken */
		"7f0000001000-7f0000004000 rw-s 00000000 08:01 1066 anon_inode:kvm-vcpu:0\n"
		"7f0000005000-7f0000005800 rw-s 00000000 00:0e 1066 anon_inode:kvm-vcpu:0\n"
		"7f0000006000-7f0000009000 rwxS 00000000 00:0e 1066 anon_inode:kvm-vcpu:0\n";
	static const char overlapping[] =
		"7f0000000000-7f0000002000 r--p 00000000 fe:00 1 /usr/lib/x\n"
		"7f0000001000-7f0000004000 rw-s 00000000 00:0e 1066 anon_inode:kvm-vcpu:0\n";

	(void)state;
	map_run(RUN_ADDR, 2);
	map_run(0x7f0000005000ull, 2);
	map_run(0x7f0000006000ull, 2);
	ltr_kvm_set_vcpu(false);
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	assert_int_equal(maps_reads, 0);
	ltr_kvm_set_vcpu(true);
	/* failed calls */
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, -4),
		"ioctl(5, KVM_RUN, 0)                    = -1 EINTR (Interrupted system call)");
	/* not a vcpu: /dev/kvm, the VM, a closed descriptor, a negative one */
	assert_string_equal(ioctl_line("x86_64", 3, KVM_RUN, 0, 0),
		"ioctl(3, KVM_RUN, 0)                    = 0");
	assert_string_equal(ioctl_line("x86_64", 4, KVM_RUN, 0, 0),
		"ioctl(4, KVM_RUN, 0)                    = 0");
	assert_string_equal(ioctl_line("x86_64", 9, KVM_RUN, 0, 0),
		"ioctl(9, KVM_RUN, 0)                    = 0");
	assert_string_equal(ioctl_line("x86_64", (uint32_t)-1, KVM_RUN, 0, 0),
		"ioctl(-1, KVM_RUN, 0)                   = 0");
	assert_int_equal(maps_reads, 0);
	/* a vcpu link without a number */
	fd_links[7] = "anon_inode:kvm-vcpu:";
	fd_links[8] = "anon_inode:kvm-vcpu:x1";
	assert_string_equal(ioctl_line("x86_64", 7, KVM_RUN, 0, 0),
		"ioctl(7, KVM_RUN, 0)                    = 0");
	assert_string_equal(ioctl_line("x86_64", 8, KVM_RUN, 0, 0),
		"ioctl(8, KVM_RUN, 0)                    = 0");
	/* the maps unreadable, without the vcpu, or only with unusable mappings */
	maps_text = NULL;
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	maps_text = "7ffd0000a000-7ffd0002b000 rw-p 00000000 00:00 0 [stack]\n";
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	maps_text = odd_maps;
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	maps_text = overlapping;
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	/* found, but the struct cannot be read whole */
	maps_text = vcpu_maps;
	fake_mem_reset();
	fake_mem_map(RUN_ADDR, "\0\0\0\0\0\0\0\0\2\0\0\0", 12);
	assert_string_equal(ioctl_line("x86_64", 5, KVM_RUN, 0, 0), plain);
	/* the other vcpu's mapping is too small (one page, below its struct) */
	fake_mem_reset();
	map_run(0x7f0000000000ull, 2);
	assert_string_equal(ioctl_line("x86_64", 6, KVM_RUN, 0, 0),
		"ioctl(6, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)");
	maps_text = "7f0000000000-7f0000000800 rw-s 00000000 00:0e 1066 anon_inode:kvm-vcpu:1\n";
	assert_string_equal(ioctl_line("x86_64", 6, KVM_RUN, 0, 0),
		"ioctl(6, KVM_RUN, 0)                    = 0");
}

/*
 * KVM_RUN's argument is printed at exit: its entry ends at the name, so
 * a thread blocked in it shows "ioctl(5, KVM_RUN <unfinished ...>", as
 * strace's does, and the exit part is ", 0)".
 */
static void test_run_halves(void **state)
{
	uint64_t args[6] = { 5, KVM_RUN, 0 };

	(void)state;
	map_run(RUN_ADDR, 6);
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), args);
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "ioctl(5, KVM_RUN");
	fake_call_exit(&fc, 0);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, 36);  /* as if the line were 36 columns wide */
	assert_string_equal(fake_call_take(&fc), ", 0)    = 0 (KVM_EXIT_MMIO)");
	/* GET_REGS too; SET_REGS is whole at entry */
	args[1] = 0x8090ae81;
	args[2] = 0;
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), args);
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "ioctl(5, KVM_GET_REGS");
	args[1] = 0x4090ae82;
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), args);
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "ioctl(5, KVM_SET_REGS, NULL");
}

static void test_requests(void **state)
{
	uint64_t region[4] = { 0x300000000ull | 2, 0x1000, 4096, 0x7f1234560000ull };
	uint64_t odd_region[4] = { 0x500000001ull, 0, 0, 0 };
	uint64_t regs[18];
	unsigned i;

	(void)state;
	for (i = 0; i < 18; i++)
		regs[i] = i == 16 ? 0x1000 : i == 17 ? 2 : i;
	fake_mem_map(0x10000, region, sizeof(region));
	fake_mem_map(0x10100, odd_region, sizeof(odd_region));
	fake_mem_map(0x10200, regs, sizeof(regs));
	fd_links[4] = NULL;
	assert_string_equal(ioctl_line("x86_64", 3, 0xae00, 0, 12),
		"ioctl(3, KVM_GET_API_VERSION, 0)        = 12");
	assert_string_equal(ioctl_line("x86_64", 3, 0xae01, 0, 4),
		"ioctl(3, KVM_CREATE_VM, 0)              = 4");
	assert_string_equal(ioctl_line("x86_64", 4, 0xae41, 0xffffffff00000002ull, 5),
		"ioctl(4, KVM_CREATE_VCPU, 2)            = 5");
	assert_string_equal(ioctl_line("x86_64", 4, 0xae41, 0, -17),
		"ioctl(4, KVM_CREATE_VCPU, 0)            = -1 EEXIST (File exists)");
	assert_string_equal(ioctl_line("x86_64", 3, 0xae03, 3, 1),
		"ioctl(3, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY) = 1");
	assert_string_equal(ioctl_line("x86_64", 3, 0xae03, 223, 1),
		"ioctl(3, KVM_CHECK_EXTENSION, KVM_CAP_DIRTY_LOG_RING_ACQ_REL) = 1");
	assert_string_equal(ioctl_line("x86_64", 3, 0xae03, 0x7fff, 0),
		"ioctl(3, KVM_CHECK_EXTENSION, 0x7fff /* KVM_CAP_??? */) = 0");
	assert_string_equal(ioctl_line("x86_64", 4, 0x4020ae46, 0x10000, 0),
		"ioctl(4, KVM_SET_USER_MEMORY_REGION, {slot=2, flags=KVM_MEM_LOG_DIRTY_PAGES|KVM_MEM_READONLY, "
		"guest_phys_addr=0x1000, memory_size=4096, userspace_addr=0x7f1234560000}) = 0");
	assert_string_equal(ioctl_line("x86_64", 4, 0x4020ae46, 0x10100, 0),
		"ioctl(4, KVM_SET_USER_MEMORY_REGION, {slot=1, flags=KVM_MEM_LOG_DIRTY_PAGES|0x4, "
		"guest_phys_addr=0, memory_size=0, userspace_addr=0}) = 0");
	assert_string_equal(ioctl_line("x86_64", 4, 0x4020ae46, 0x9000, -14),
		"ioctl(4, KVM_SET_USER_MEMORY_REGION, 0x9000) = -1 EFAULT (Bad address)");
	/* requests known by name only: the argument in hex */
	assert_string_equal(ioctl_line("x86_64", 5, 0xae9a, 0, 0),
		"ioctl(5, KVM_NMI, 0)                    = 0");
	assert_string_equal(ioctl_line("x86_64", 4, 0x4040ae77, 0x10000, 0),
		"ioctl(4, KVM_CREATE_PIT2, 0x10000)      = 0");
	/* an unknown KVM request: _IOC, as any unknown one */
	assert_string_equal(ioctl_line("x86_64", 4, 0xaeff, 1, -25),
		"ioctl(4, _IOC(_IOC_NONE, 0xae, 0xff, 0), 0x1) = -1 ENOTTY (Inappropriate ioctl for device)");
	/* registers: abbreviated, then with -v */
	assert_string_equal(ioctl_line("x86_64", 5, 0x4090ae82, 0x10200, 0),
		"ioctl(5, KVM_SET_REGS, {rax=0, ..., rsp=0x6, rbp=0x7, ..., rip=0x1000, rflags=0x2}) = 0");
	assert_string_equal(ioctl_line("i386", 5, 0x8090ae81, 0x10200, 0),
		"ioctl(5, KVM_GET_REGS, {rax=0, ..., rsp=0x6, rbp=0x7, ..., rip=0x1000, rflags=0x2}) = 0");
	assert_string_equal(ioctl_line("x86_64", 5, 0x8090ae81, 0x10200, -14),
		"ioctl(5, KVM_GET_REGS, 0x10200)         = -1 EFAULT (Bad address)");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 5, 0x8090ae81, 0x10200 });
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(5, KVM_GET_REGS, {rax=0, rbx=0x1, rcx=0x2, rdx=0x3, rsi=0x4, rdi=0x5, rsp=0x6, "
		"rbp=0x7, r8=0x8, r9=0x9, r10=0xa, r11=0xb, r12=0xc, r13=0xd, r14=0xe, r15=0xf, "
		"rip=0x1000, rflags=0x2}) = 0");
}

/* x86's struct kvm_sregs and struct kvm_cpuid2. */
static void test_sregs_cpuid(void **state)
{
	unsigned char s[312], cpuid[8 + 2 * 40];
	uint64_t base = 0xffff0000, apic = 0xfee00900, cr0 = 0x60000010;
	uint32_t limit = 0xffff, nent = 2, v;
	uint16_t sel = 0xf000, gdt_limit = 0x27;
	unsigned i;

	(void)state;
	memset(s, 0, sizeof(s));
	for (i = 0; i < 8; i++) {
		memcpy(s + 24 * i + 8, &limit, 4);
		s[24 * i + 14] = (unsigned char)(i + 1);  /* type */
		s[24 * i + 15] = 1;                       /* present */
	}
	memcpy(s, &base, 8);
	memcpy(s + 12, &sel, 2);
	memcpy(s + 192 + 8, &gdt_limit, 2);
	memcpy(s + 224, &cr0, 8);
	memcpy(s + 272, &apic, 8);
	s[280] = 1;
	fake_mem_map(0x20000, s, sizeof(s));
	memset(cpuid, 0, sizeof(cpuid));
	memcpy(cpuid, &nent, 4);
	v = 0xd;
	memcpy(cpuid + 8, &v, 4);        /* function */
	v = 1;
	memcpy(cpuid + 8 + 4, &v, 4);    /* index */
	memcpy(cpuid + 8 + 8, &v, 4);    /* flags */
	v = 0x207;
	memcpy(cpuid + 8 + 12, &v, 4);   /* eax */
	v = 8;
	memcpy(cpuid + 48 + 8, &v, 4);   /* second entry's flags: unknown */
	fake_mem_map(0x21000, cpuid, sizeof(cpuid));
	nent = 3;                        /* one entry more than memory holds */
	fake_mem_map(0x22000, &nent, 4);
	fake_mem_map(0x22004, cpuid + 4, sizeof(cpuid) - 4);

	assert_string_equal(ioctl_line("x86_64", 5, 0x8138ae83, 0x20000, 0),
		"ioctl(5, KVM_GET_SREGS, {cs={base=0xffff0000, limit=65535, selector=61440, type=1, "
		"present=1, dpl=0, db=0, s=0, l=0, g=0, avl=0}, ...}) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 5, 0x4138ae84, 0x20000 });
	fc.opts.verbose = true;
	{
		const char *line = fake_call_run(&fc, 0, NULL);

		assert_non_null(strstr(line, "}, ldt={base=0, limit=65535, selector=0, type=8, present=1, "
					     "dpl=0, db=0, s=0, l=0, g=0, avl=0}, gdt={base=0, limit=39}, "
					     "idt={base=0, limit=0}, cr0=1610612752, cr2=0, cr3=0, cr4=0, "
					     "cr8=0, efer=0, apic_base=0xfee00900, interrupt_bitmap=[0x1, 0, 0, 0]}) = 0"));
		assert_non_null(strstr(line, "ioctl(5, KVM_SET_SREGS, {cs={base=0xffff0000, limit=65535, "
					     "selector=61440, type=1, present=1, dpl=0, db=0, s=0, l=0, g=0, "
					     "avl=0}, ds={base=0, "));
	}
	assert_string_equal(ioctl_line("x86_64", 3, 0xc008ae05, 0x21000, 0),
		"ioctl(3, KVM_GET_SUPPORTED_CPUID, {nent=2, entries=[...]}) = 0");
	assert_string_equal(ioctl_line("x86_64", 3, 0xc008ae05, 0x21000, -7),
		"ioctl(3, KVM_GET_SUPPORTED_CPUID, 0x21000) = -1 E2BIG (Argument list too long)");
	assert_string_equal(ioctl_line("x86_64", 5, 0x4008ae90, 0x21000 + 40, 0),
		"ioctl(5, KVM_SET_CPUID2, {nent=0, entries=[]}) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 5, 0x4008ae90, 0x21000 });
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(5, KVM_SET_CPUID2, {nent=2, entries=[{function=0xd, index=0x1, "
		"flags=KVM_CPUID_FLAG_SIGNIFCANT_INDEX, eax=0x207, ebx=0, ecx=0, edx=0}, "
		"{function=0, index=0, flags=0x8 /* KVM_CPUID_FLAG_??? */, eax=0, ebx=0, ecx=0, "
		"edx=0}]}) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0xc008ae09, 0x22000 });
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, KVM_GET_EMULATED_CPUID, {nent=3, entries=[{function=0xd, index=0x1, "
		"flags=KVM_CPUID_FLAG_SIGNIFCANT_INDEX, eax=0x207, ebx=0, ecx=0, edx=0}, "
		"{function=0, index=0, flags=0x8 /* KVM_CPUID_FLAG_??? */, eax=0, ebx=0, ecx=0, "
		"edx=0}, ... /* 0x22058 */]}) = 0");
	/* not x86: the argument in hex, at entry (aarch64's own KVM_GET_REGS) */
	assert_string_equal(ioctl_line("aarch64", 5, 0x8360ae81, 0x10200, 0),
		"ioctl(5, KVM_GET_REGS, 0x10200)         = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_exit_reasons, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_reason, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run_halves, setup, teardown),
		cmocka_unit_test_setup_teardown(test_requests, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sregs_cpuid, setup, teardown),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
