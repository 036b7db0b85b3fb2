/* SPDX-License-Identifier: MIT */
/*
 * Stack traces of stopped tracees (libdwfl): -k, Lua's call:backtrace()
 * and proc:symbolize(). One cached Dwfl session per traced process
 * (thread group), made at the first backtrace of that process: tracing
 * without stack traces costs nothing. Failures degrade to bare addresses,
 * never to errors.
 *
 * The tracer keeps the cached module map honest:
 * - ltr_unwind_invalidate(pid) at every call for which
 *   ltr_unwind_changes_maps() is true, whether or not it is printed;
 * - ltr_unwind_forget(pid) at PTRACE_EVENT_EXEC (a new image, maybe of
 *   another word size) and when the process is gone or detached.
 * Both are cheap (a table lookup) for processes never unwound. A pc
 * outside every known module also makes the next backtrace re-read the
 * mappings once, so a missed call degrades to a slower backtrace.
 */
#ifndef LTR_UNWIND_H
#define LTR_UNWIND_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

struct ltr_arch;
struct ltr_strbuf;
struct tracee;

/* The deepest stack -k prints, as strace. */
#define LTR_UNWIND_MAX_FRAMES 256

/*
 * One stack frame. The strings belong to the process's unwind session:
 * they stay valid until the next ltr_unwind_* call for that process
 * (copy them before unwinding again).
 */
struct ltr_frame {
	uint64_t pc;            /* the innermost frame's pc, else a return address */
	uint64_t module_offset; /* file offset of pc in module (strace's [0x...]) */
	uint64_t offset;        /* pc - start of symbol, when symbol is known */
	const char *module;     /* path of the mapped file, NULL when unknown */
	const char *symbol;     /* NULL when unknown */
	const char *file;       /* source file (with want_lines and debug info) */
	int line;               /* its line, 0 when unknown */
};

/* -k: ltr_unwind_print() prints stacks only when on (default off). */
void ltr_unwind_set_print(bool on);
bool ltr_unwind_print_enabled(void);

/*
 * Unwinds thread tid of process pid, which must be in a ptrace-stop,
 * innermost frame first, into frames[0..max). want_lines: also look up
 * source file and line (loads DWARF: slower). Returns the number of
 * frames filled: 0 only when not even the pc could be read.
 */
int ltr_unwind_thread(pid_t pid, pid_t tid, struct ltr_frame *frames, int max,
		      bool want_lines);

/*
 * Symbolises addr in process pid into *frame (pc = addr, taken as an
 * exact address, not a return address). Returns 0, or -ENOENT when no
 * mapped module holds addr (frame->module is then NULL).
 */
int ltr_unwind_symbolize(pid_t pid, uint64_t addr, struct ltr_frame *frame,
			 bool want_lines);

/*
 * -k: appends t's stack as strace -k prints it after a syscall line
 * (" > /usr/lib/x86_64-linux-gnu/libc.so.6(__write+0x14) [0x10e1c4]\n",
 * one line per frame, innermost first). Does nothing unless
 * ltr_unwind_set_print(true). t must be in a ptrace-stop. A frame without
 * a symbol is "MODULE() [0x...]", or with at_entry (a stack strace takes
 * at a call's entry: exit, exit_group, execve) "MODULE(+0x0) [0x...]",
 * as Debian's strace 6.1 prints each.
 */
void ltr_unwind_print(struct tracee *t, struct ltr_strbuf *out, bool at_entry);

/*
 * The calls that may change a process's executable mappings,
 * NULL-terminated: mmap, mmap2, mprotect, pkey_mprotect, munmap, mremap,
 * shmat, shmdt, remap_file_pages, execve, execveat. While stack traces
 * may be asked for (-k, scripts), a seccomp filter must stop at them too.
 */
extern const char *const ltr_unwind_map_syscalls[];

/*
 * True when syscall nr of arch with these entry arguments (as
 * PTRACE_GET_SYSCALL_INFO gives them) is one of ltr_unwind_map_syscalls
 * that changes executable mappings (mmap, mmap2, mprotect, pkey_mprotect
 * only with PROT_EXEC in prot): then the tracer calls
 * ltr_unwind_invalidate(pid), at its entry or exit.
 */
bool ltr_unwind_changes_maps(const struct ltr_arch *arch, long nr, const uint64_t args[6]);

/* True once any process has an unwind session (tracer fast path). */
bool ltr_unwind_active(void);

/* The mappings of pid changed: re-read them at the next backtrace. */
void ltr_unwind_invalidate(pid_t pid);
/* pid exited or was detached: drops its session. */
void ltr_unwind_forget(pid_t pid);
/* Drops every session (at exit; leak checkers). */
void ltr_unwind_shutdown(void);

#endif
