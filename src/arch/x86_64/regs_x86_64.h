/* SPDX-License-Identifier: MIT */
/*
 * The registers of x86 tracees as an x86_64 tracer reads them
 * (PTRACE_GETREGSET NT_PRSTATUS), private to src/arch/x86_64/ and its unit
 * tests. Host-independent, so tests on any host feed it recorded
 * register sets; regs.c reads them from a stopped tracee on x86_64 hosts.
 */
#ifndef LTR_ARCH_REGS_X86_64_H
#define LTR_ARCH_REGS_X86_64_H

#include <stddef.h>
#include <stdint.h>

struct ltr_regs_stop;

/* NT_PRSTATUS of a 64-bit thread: struct user_regs_struct, 216 bytes. */
struct ltr_x86_64_regs {
	uint64_t r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	uint64_t rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags, rsp, ss;
	uint64_t fs_base, gs_base, ds, es, fs, gs;
};

/* NT_PRSTATUS of a 32-bit thread: the i386 struct user_regs_struct, 68 bytes. */
struct ltr_i386_regs {
	uint32_t ebx, ecx, edx, esi, edi, ebp, eax, xds, xes, xfs, xgs;
	uint32_t orig_eax, eip, xcs, eflags, esp, xss;
};

/* The code segment of 32-bit user code (__USER32_CS). */
#define LTR_X86_USER32_CS 0x23

/*
 * The syscall stop in buf, len bytes of NT_PRSTATUS as the kernel
 * returned them: the regset's size tells the personality (the kernel
 * gives a 32-bit thread the i386 layout), and in the 64-bit layout a
 * 32-bit code segment too (older kernels chose the layout by the
 * thread's flag, not by its code segment), as strace's get_regs did.
 * A 64-bit program's int $0x80 calls look like x86_64 calls here.
 * Returns 0, or -EINVAL for a size of neither layout.
 */
int ltr_x86_regs_stop(const void *buf, size_t len, struct ltr_regs_stop *r);

#endif
