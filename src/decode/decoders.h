/* SPDX-License-Identifier: MIT */
/*
 * Printers and custom decoders of the decoder families (one file per family in
 * src/decode/), referenced by argtypes.h and syscalls.def.
 * Private to src/decode/.
 */
#ifndef LTR_DECODE_DECODERS_H
#define LTR_DECODE_DECODERS_H

#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "xlat/tables.h"

/*
 * Conventions of custom decoders (ltr_decoder), relied on by decode.c:
 * they never print the name, "(" or the closing ")" (ltr_decode_entry and
 * ltr_decode_exit do), and an entry that leaves output arguments for the
 * exit ends with ", " (strace's "read(3, <unfinished ...>"); the exit
 * part starts with the first output argument, no separator.
 */
/*
 * Each family file declares its functions in its own section below, in
 * the order of the files' names (src/decode/README.md says what goes
 * where).
 */

/* Linux native AIO (aio.c) */
ltr_decoder ltr_decode_io_setup, ltr_decode_io_submit, ltr_decode_io_cancel,
	ltr_decode_io_getevents;

/* bpf (bpf.c) */
ltr_decoder ltr_decode_bpf;
/*
 * A kernel version: "KERNEL_VERSION(4, 10, 0)" (the number under -X raw,
 * both under -X verbose); bpf's kern_version, v4l2_capability's version.
 */
void ltr_print_kernel_version(struct ltr_strbuf *out, uint32_t v);
/* classic BPF programs (bpf_filter.c) */
/*
 * count struct sock_filter at addr: "[BPF_STMT(...), ...]", the address
 * when abbreviated (strace shows programs under -v only).
 */
void ltr_print_sock_filters(struct ltr_call *c, uint64_t addr, unsigned count);
/* A struct sock_fprog at addr: "{len=2, filter=[...]}". */
void ltr_print_sock_fprog(struct ltr_call *c, uint64_t addr);
/*
 * The same of a seccomp filter, a return's k as a seccomp action:
 * "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x5)".
 */
void ltr_print_seccomp_filters(struct ltr_call *c, uint64_t addr, unsigned count);
void ltr_print_seccomp_fprog(struct ltr_call *c, uint64_t addr);

/* capget, capset (capability.c) */
ltr_decoder ltr_decode_capget;

/* pipe, pipe2, dup3, close_range (desc.c) */
ltr_decoder ltr_decode_pipe, ltr_decode_close_range;
ltr_arg_printer ltr_print_arg_dup3_flags;

/* epoll (epoll.c) */
ltr_decoder ltr_decode_epoll_ctl, ltr_decode_epoll_wait;

/* fanotify (fanotify.c) */
ltr_decoder ltr_decode_fanotify_init, ltr_decode_fanotify_mark;

/* fcntl (fcntl.c) */
ltr_decoder ltr_decode_fcntl;

/* file handles (file_handle.c) */
ltr_decoder ltr_decode_name_to_handle_at, ltr_decode_open_by_handle_at;

/* files (file.c) */
ltr_decoder ltr_decode_open, ltr_decode_openat, ltr_decode_llseek, ltr_decode_readdir;
ltr_arg_printer ltr_print_arg_open_flags, ltr_print_arg_umode,
	ltr_print_arg_getcwd_buf, ltr_print_arg_stat,
	ltr_print_arg_statx_flags, ltr_print_arg_statx,
	ltr_print_arg_dirents, ltr_print_arg_dirents64;
/* "O_RDONLY|O_CLOEXEC" (bit values per c->arch). */
void ltr_print_open_flags(struct ltr_call *c, uint64_t flags);
/* A permission mode as the kernel's 16-bit umode_t: "0644", "000". */
void ltr_print_umode(struct ltr_strbuf *out, uint64_t mode);
/* A dev_t: "makedev(0x1, 0x3)", or its number under -X raw. */
void ltr_print_dev(struct ltr_strbuf *out, uint64_t dev);
/* st_mode style: "S_IFREG|S_ISUID|0755". */
void ltr_print_file_mode(struct ltr_strbuf *out, unsigned mode);
/* statfs buffers; mknod(at), openat2 */
ltr_decoder ltr_decode_mknod;
ltr_arg_printer ltr_print_arg_statfs, ltr_print_arg_open_how;
/* ustat */
ltr_arg_printer ltr_print_arg_dev32, ltr_print_arg_ustat;
/* xattr values; fadvise64, fallocate (64-bit halves on i386) */
ltr_arg_printer ltr_print_arg_xattr_val, ltr_print_arg_xattr_list;
ltr_decoder ltr_decode_fadvise64, ltr_decode_fallocate, ltr_decode_readahead, ltr_decode_sync_file_range;

/* futex, futex_waitv (futex.c) */
ltr_decoder ltr_decode_futex, ltr_decode_futex_waitv;

/* buffers (io.c) */
ltr_decoder ltr_decode_preadv, ltr_decode_sendfile;
ltr_arg_printer ltr_print_arg_iov_in, ltr_print_arg_iov_out,
	ltr_print_arg_loff_ptr;
/*
 * count iovecs at addr; each base shows at most what is left of data
 * bytes (data < 0: no limit); bases false prints bases as addresses.
 */
void ltr_print_iov(struct ltr_call *c, uint64_t addr, uint64_t count, int64_t data,
		   bool bases);
/* The same, bases as netlink messages of socket nl_fd (when >= 0). */
void ltr_print_iov_netlink(struct ltr_call *c, uint64_t addr, uint64_t count, int64_t data,
			   bool bases, int nl_fd);

/* io_uring_setup, io_uring_enter, io_uring_register (io_uring.c) */
ltr_decoder ltr_decode_io_uring_setup, ltr_decode_io_uring_enter,
	ltr_decode_io_uring_register;

/* SysV IPC (ipc.c) */
ltr_decoder ltr_decode_msgget, ltr_decode_msgsnd, ltr_decode_msgrcv, ltr_decode_msgctl,
	ltr_decode_semget, ltr_decode_semop, ltr_decode_semctl, ltr_decode_shmget,
	ltr_decode_shmat, ltr_decode_shmdt, ltr_decode_shmctl, ltr_decode_ipc;

/* ioprio_get, ioprio_set (ioprio.c) */
ltr_decoder ltr_decode_ioprio;

/* ioctl (ioctl/: the request families, one file each; see ioctl/README.md) */
ltr_decoder ltr_decode_ioctl;

/* membarrier (membarrier.c) */
ltr_decoder ltr_decode_membarrier;

/* memfd_create (memfd.c) */
ltr_arg_printer ltr_print_arg_memfd_name, ltr_print_arg_memfd_flags;

/* memory (memory.c) */
ltr_decoder ltr_decode_mmap, ltr_decode_mmap2, ltr_decode_mremap;
ltr_decoder ltr_decode_mincore;
ltr_arg_printer ltr_print_arg_mmap_flags;
void ltr_print_mmap_prot(struct ltr_strbuf *out, uint64_t prot);
void ltr_print_mmap_flags(const struct ltr_call *c, struct ltr_strbuf *out,
			  uint64_t flags);

/* mount, umount2 and the mount API (mount.c) */
ltr_decoder ltr_decode_mount, ltr_decode_fsconfig;
ltr_arg_printer ltr_print_arg_mount_data, ltr_print_arg_mount_attr;

/* NUMA policies and page migration (numa.c) */
ltr_decoder ltr_decode_mbind, ltr_decode_set_mempolicy, ltr_decode_get_mempolicy,
	ltr_decode_migrate_pages, ltr_decode_move_pages;

/* POSIX message queues (mq.c) */
ltr_decoder ltr_decode_mq_open, ltr_decode_mq_getsetattr;
ltr_arg_printer ltr_print_arg_mq_prio, ltr_print_arg_mq_name;

/* sockets (net.c): socket, socketpair, accept, recvfrom, socketcall */
ltr_decoder ltr_decode_sockname, ltr_decode_recvfrom, ltr_decode_socketcall;
ltr_arg_printer ltr_print_arg_sock_type, ltr_print_arg_sock_proto,
	ltr_print_arg_fd_pair, ltr_print_arg_sockbuf_in;
/*
 * A socklen_t (int) in/out argument at exit: "[16]", "[128 => 16]",
 * the address when in was not read at entry (in_ok false).
 */
void ltr_print_socklen_inout(struct ltr_call *c, uint64_t addr, bool in_ok, int32_t in);

/* socket addresses (sockaddr.c) */
ltr_arg_printer ltr_print_arg_sockaddr;
/*
 * A struct sockaddr of len bytes at addr, as strace's decode_sockaddr:
 * the address when len < 2 or the memory cannot be read, else at most
 * 128 bytes of it ("{sa_family=AF_INET, ...}"). Returns the family, or
 * -1 when nothing was read.
 */
int ltr_print_sockaddr(struct ltr_call *c, uint64_t addr, int64_t len);
/* A sockaddr already read: len bytes (2 < len <= 128) of a buffer of 129. */
void ltr_print_sockaddr_buf(struct ltr_call *c, const unsigned char *sa, unsigned len);
/* An interface index: if_nametoindex("lo") (styled by -X) or the number. */
void ltr_print_ifindex(struct ltr_strbuf *out, uint32_t ifindex);
/*
 * An AF_INET or AF_INET6 address of len bytes as the field named field
 * (NULL: no name): inet_addr("127.0.0.1"), inet_pton(AF_INET6, "::1",
 * &field), styled by -X; the bytes in hex when too short (returns false).
 */
bool ltr_print_inet_addr(struct ltr_strbuf *out, int af, const unsigned char *addr,
			 unsigned len, const char *field);
/* A hardware address: ff:ff:ff:ff:ff:ff (its bytes first under -X raw/verbose). */
void ltr_print_mac_addr(struct ltr_strbuf *out, const unsigned char *addr, unsigned size);

/* msghdr, control messages, mmsghdr (msghdr.c) */
ltr_decoder ltr_decode_recvmsg, ltr_decode_mmsg;
ltr_arg_printer ltr_print_arg_msghdr;

/* socket options (sockopt.c) */
ltr_decoder ltr_decode_getsockopt, ltr_decode_setsockopt;

/* perf_event_open (perf.c) */
ltr_decoder ltr_decode_perf_event_open;
/*
 * The struct perf_event_attr at addr, read now as perf_event_open reads
 * it (the address when it cannot be): PERF_EVENT_IOC_MODIFY_ATTRIBUTES.
 */
void ltr_print_perf_event_attr(struct ltr_call *c, uint64_t addr);

/* netlink messages (netlink/: the walk in netlink.c, families beside it) */
/*
 * len bytes at addr sent or received on netlink socket fd of the call's
 * thread, as netlink messages of the socket's protocol.
 */
void ltr_decode_netlink(struct ltr_call *c, int fd, uint64_t addr, uint64_t len);
/* sendto's and recvfrom's buffer: ltr_decode_netlink on a netlink socket
 * (verbose calls only, as strace), else ltr_print_buf. */
void ltr_print_sockbuf(struct ltr_call *c, int fd, uint64_t addr, uint64_t len);
/* Whether fd of the call's thread is a netlink socket. */
bool ltr_netlink_is_socket(struct ltr_call *c, int fd);
/*
 * Replaces how a descriptor's netlink protocol is found (unit tests):
 * lookup returns -1 for a socket that is not netlink, -2 for a netlink
 * one of unknown protocol, else its NETLINK_* protocol. NULL restores
 * the lookup through /proc and sock_diag.
 */
void ltr_netlink_set_fd_proto(int (*lookup)(pid_t tid, int fd));

/* poll, ppoll, select, _newselect, pselect6(_time64) (poll.c) */
ltr_decoder ltr_decode_poll, ltr_decode_ppoll, ltr_decode_select;

/* prctl, arch_prctl (prctl.c) */
ltr_decoder ltr_decode_prctl, ltr_decode_arch_prctl;
/*
 * The string at addr, at most len bytes: "..." after it when no NUL
 * comes within len bytes (strace's fixed-size strings: a task name).
 */
void ltr_print_str_max(struct ltr_call *c, uint64_t addr, unsigned len);

/* seccomp (seccomp.c) */
ltr_decoder ltr_decode_seccomp;

/* kcmp (kcmp.c) */
ltr_decoder ltr_decode_kcmp;

/* add_key, request_key, keyctl (keyctl.c) */
ltr_decoder ltr_decode_keyctl;
ltr_arg_printer ltr_print_arg_key_serial;

/* kexec_load (kexec.c) */
ltr_decoder ltr_decode_kexec_load;

/* calls on a pidfd: pidfd_getfd, pidfd_send_signal, process_madvise (pidfd.c) */
ltr_decoder ltr_decode_pidfd_getfd, ltr_decode_process_madvise;
ltr_arg_printer ltr_print_arg_siginfo;
/* Descriptor fd of process pid (another than the tracee's), -y aware. */
void ltr_print_fd_of(struct ltr_call *c, pid_t pid, int fd);

/* process_vm_readv, process_vm_writev (process_vm.c) */
ltr_decoder ltr_decode_process_vm;

/* quotactl, quotactl_fd (quota.c) */
ltr_decoder ltr_decode_quotactl, ltr_decode_quotactl_fd;

/* reboot (reboot.c) */
ltr_decoder ltr_decode_reboot;

/* swapon's flags (swapon.c) */
ltr_arg_printer ltr_print_arg_swap_flags;

/* _sysctl (sysctl.c) */
ltr_arg_printer ltr_print_arg_sysctl_args;

/* syslog (syslog.c) */
ltr_decoder ltr_decode_syslog;

/* landlock (landlock.c) */
ltr_decoder ltr_decode_landlock_create_ruleset;
ltr_arg_printer ltr_print_arg_landlock_rule;

/* shared helpers (print.c) */
/* Two descriptors (pipe's, socketpair's) as a two-element array: "[3, 4]". */
void ltr_print_fd_pair(struct ltr_call *c, const int32_t fds[2]);
/*
 * An array of nmemb elements of elem_size bytes (at most
 * LTR_ARRAY_ELEM_MAX) at addr, as strace's print_array: NULL; "[]";
 * the address when the size wraps, the first element cannot be read or,
 * at exit, the call failed; else "[e0, e1, ...]", each element read then
 * printed by print (which gets the element's size and returns false to
 * end the array there), "..." after ltr_array_max(c) elements,
 * "... /" "* 0xADDR *" "/" at an element that cannot be read. Returns
 * whether every element was printed.
 */
#define LTR_ARRAY_ELEM_MAX 128
typedef bool ltr_elem_printer(struct ltr_call *c, const unsigned char *elem,
			      unsigned size, void *data);
bool ltr_print_array(struct ltr_call *c, uint64_t addr, uint64_t nmemb,
		     unsigned elem_size, ltr_elem_printer *print, void *data);
/*
 * The same, but the elements of a failed call are read at exit too
 * (strace's tfetch_mem_ignore_syserror: readv's iovecs).
 */
bool ltr_print_array_any(struct ltr_call *c, uint64_t addr, uint64_t nmemb,
			 unsigned elem_size, ltr_elem_printer *print, void *data);
/*
 * A NUL-terminated string in a buffer of len bytes (strace's printstr_ex
 * with QUOTE_0_TERMINATED: memfd_create's name): cut at -s, "..." when no
 * NUL ends it within len; the address when it cannot be read. Returns
 * as strace's umovestr: -1 when it printed NULL or the address, the
 * string's length + 1 when its NUL was read, else 0.
 */
int ltr_print_strn0(struct ltr_call *c, uint64_t addr, uint64_t len);
/*
 * An output argument (at_exit in its row) of a call that failed, at exit:
 * prints its address and returns true; false, printing nothing, otherwise.
 */
bool ltr_print_out_failed(struct ltr_call *c, unsigned idx);
/* The pid a pidfd of thread tid refers to (its fdinfo), or -1. */
long ltr_pidfd_pid(pid_t tid, int fd);
/* an int the kernel stores (timer_create's id, getcpu's cpu and node) */
ltr_arg_printer ltr_print_arg_int_out;
/*
 * ltr_print_arg_pid's param: an enum ltr_pid_type, or this for kill's
 * and waitpid's pid (a process, or -PGID a group).
 */
#define LTR_PID_ARG_OR_PGRP 0xff
/*
 * The bytes [start, total) of a structure at addr that no field covers:
 * nothing when all zero, else prefix and "???" (unreadable) or the
 * offsets in a comment and the bytes in hex (cut at -s); total is capped at
 * LTR_NONZERO_MAX (a page, as strace). Returns whether it printed.
 */
#define LTR_NONZERO_MAX 4096u
bool ltr_print_nonzero_bytes(struct ltr_call *c, const char *prefix, uint64_t addr,
			     unsigned start, uint64_t total);
/* a long or pointer the kernel stores (get_robust_list's) */
ltr_arg_printer ltr_print_arg_word_out;

/* processes (process.c) */
ltr_decoder ltr_decode_execve, ltr_decode_execveat, ltr_decode_clone,
	ltr_decode_clone3, ltr_decode_wait4, ltr_decode_waitid,
	ltr_decode_restart_syscall;
/* i386's set_thread_area, get_thread_area; x86's modify_ldt */
ltr_decoder ltr_decode_set_thread_area, ltr_decode_get_thread_area,
	ltr_decode_modify_ldt;
ltr_arg_printer ltr_print_arg_uname, ltr_print_arg_hostname, ltr_print_arg_sysinfo,
	ltr_print_arg_personality;

/* ptrace (ptrace.c) */
ltr_decoder ltr_decode_ptrace;

/* resources (resource.c) */
ltr_decoder ltr_decode_prlimit64, ltr_decode_getrlimit, ltr_decode_setrlimit;
ltr_arg_printer ltr_print_arg_rusage, ltr_print_arg_prio_who;

/* scheduling (sched.c) */
ltr_decoder ltr_decode_sched_affinity, ltr_decode_sched_setattr, ltr_decode_sched_getattr;
ltr_arg_printer ltr_print_arg_sched_getscheduler_pid, ltr_print_arg_sched_param;

/* signals (signal.c) */
ltr_decoder ltr_decode_rt_sigaction, ltr_decode_rt_sigprocmask,
	ltr_decode_rt_sigpending, ltr_decode_rt_sigsuspend,
	ltr_decode_rt_sigreturn, ltr_decode_sigaltstack,
	ltr_decode_rt_sigtimedwait, ltr_decode_rt_sigqueueinfo;
/* i386's non-RT sigreturn, and the other old (non-RT) signal calls */
ltr_decoder ltr_decode_sigreturn, ltr_decode_sigaction, ltr_decode_signal,
	ltr_decode_sgetmask, ltr_decode_ssetmask, ltr_decode_sigprocmask,
	ltr_decode_sigpending, ltr_decode_sigsuspend;
ltr_arg_printer ltr_print_arg_signal;
/* A signal name ("SIGINT", "SIGRT_3") or its number. */
void ltr_print_signame(struct ltr_strbuf *out, int sig);
/* "[INT CHLD]" / "~[RTMIN RT_1]" from nbytes of a kernel sigset. */
void ltr_print_sigset_bytes(struct ltr_strbuf *out, const unsigned char *bytes,
			    unsigned nbytes);
/* The sigset at addr, len bytes (address when len is not in [min_len, 8]). */
void ltr_print_sigset_addr(struct ltr_call *c, uint64_t addr, uint64_t len,
			   unsigned min_len);
/* "{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}" ("{}" when all zero). */
void ltr_print_siginfo_struct(struct ltr_strbuf *out, const siginfo_t *si);
/* the same, si_pid as the thread tid sees it (--pidns-translation) */
void ltr_print_siginfo_struct_of(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid);
/* A siginfo in tracee memory (tracee layout), or its address. */
void ltr_print_siginfo_addr(struct ltr_call *c, uint64_t addr);
/* signalfd, signalfd4 */
ltr_arg_printer ltr_print_arg_sigset_sized;

/* time (time.c) */
ltr_decoder ltr_decode_adjtimex;
ltr_arg_printer ltr_print_arg_timespec, ltr_print_arg_timespec64,
	ltr_print_arg_timeval, ltr_print_arg_timezone, ltr_print_arg_time_out;
/* nanosleep's and clock_nanosleep's remaining time */
ltr_arg_printer ltr_print_arg_timespec_rem, ltr_print_arg_timespec64_rem;
/* struct timespec in tracee memory: "{tv_sec=0, tv_nsec=1000}" or address. */
void ltr_print_timespec64(struct ltr_call *c, uint64_t addr); /* 2 x 64-bit */
void ltr_print_timespec32(struct ltr_call *c, uint64_t addr); /* 2 x 32-bit */
/*
 * strace's date comment after a time (sprinttime_ex): " /" "* DATE *" "/"
 * in local time, with the fraction part (width digits) when not zero;
 * nothing for the epoch, a part above max, or a time the C library
 * cannot convert. Nanoseconds: (out, sec, nsec, 999999999, 9).
 */
void ltr_print_date_comment(struct ltr_strbuf *out, long long sec, unsigned long long part,
			    unsigned long long max, int width);
/* The tracee's native struct timespec (word-sized fields). */
void ltr_print_timespec(struct ltr_call *c, uint64_t addr);
/*
 * A time pair in tracee memory, two signed fields of ws bytes:
 * "{tv_sec=0, SUB=1000}" (SUB "tv_nsec" or "tv_usec"), "NULL", or the
 * address when it cannot be read.
 */
void ltr_print_time_pair_at(struct ltr_call *c, uint64_t addr, unsigned ws,
			    const char *sub);
ltr_arg_printer ltr_print_arg_itimerspec, ltr_print_arg_itimerspec64,
	ltr_print_arg_itimerval, ltr_print_arg_tms, ltr_print_arg_utimens,
	ltr_print_arg_utimes, ltr_print_arg_utimbuf;
/* timer_create, mq_notify */
ltr_arg_printer ltr_print_arg_sigevent;

/* getgroups, setgroups and their *32 forms; uid_t arguments (uid.c) */
ltr_arg_printer ltr_print_arg_groups, ltr_print_arg_uid, ltr_print_arg_uid_out;

/* KVM ioctls (ioctl/kvm.c) */
/*
 * How ioctl/kvm.c reads /proc to find a vcpu's struct kvm_run: the target of
 * /proc/PID/fd/FD (readlink's contract: its length, not NUL-terminated,
 * or -1) and the text of /proc/PID/maps (NUL-terminated, the caller
 * frees it; NULL when unreadable). The unit tests replace them with
 * fake descriptors and maps; ltr_kvm_set_proc(NULL) restores /proc.
 */
struct ltr_kvm_proc {
	ssize_t (*fd_link)(pid_t pid, int fd, char *buf, size_t size);
	char *(*maps)(pid_t pid);
};
void ltr_kvm_set_proc(const struct ltr_kvm_proc *proc);

/* --- word helpers shared by the decoder families --- */
/*
 * Tracee words and raw fields. Tracees are little-endian like the host
 * (x86_64, i386, aarch64, riscv64), so a field is read by copying its
 * bytes into the low end of a zeroed integer.
 */

/* The call's arch is the one named ("x86_64", "i386", "aarch64", "riscv64"). */
static inline bool ltr_arch_is(const struct ltr_call *c, const char *name)
{
	return c->arch && c->arch->name && strcmp(c->arch->name, name) == 0;
}

/* The tracee's word (long, pointer) size: 4 on i386, else 8. */
static inline unsigned ltr_wordsize(const struct ltr_call *c)
{
	return c->arch && c->arch->wordsize == 4 ? 4 : 8;
}

/* v cut to the tracee's word (an i386 address or unsigned long). */
static inline uint64_t ltr_word_mask(const struct ltr_call *c, uint64_t v)
{
	return ltr_wordsize(c) == 4 ? (v & 0xffffffffu) : v;
}

/* Argument idx as the tracee's unsigned word. */
static inline uint64_t ltr_arg_word(const struct ltr_call *c, unsigned idx)
{
	return ltr_word_mask(c, c->args[idx]);
}

/*
 * A 64-bit argument that a 32-bit tracee passes in two slots, low word
 * first (i386's loff_t of pread64, ftruncate64, fallocate ...): the
 * slots lo and lo + 1 joined, signed.
 */
static inline int64_t ltr_arg_pair64(const struct ltr_call *c, unsigned lo)
{
	return (int64_t)((c->args[lo] & 0xffffffffu) | (c->args[lo + 1] & 0xffffffffu) << 32);
}

/* An unsigned field of size bytes (1 to 8) at p, zero-extended. */
static inline uint64_t ltr_get_uword(const unsigned char *p, unsigned size)
{
	uint64_t v = 0;

	memcpy(&v, p, size);
	return v;
}

/* Stores v's low size bytes (1 to 8) at p, as ltr_get_uword() reads them. */
static inline void ltr_put_uword(unsigned char *p, unsigned size, uint64_t v)
{
	memcpy(p, &v, size);
}

/* A signed field of ws bytes (4 or 8) at p, sign-extended. */
static inline int64_t ltr_get_sword(const unsigned char *p, unsigned ws)
{
	if (ws == 4) {
		int32_t v;

		memcpy(&v, p, 4);
		return v;
	}
	int64_t v;

	memcpy(&v, p, 8);
	return v;
}

/* Unsigned fields of 8, 4 and 2 bytes at p. */
static inline uint64_t ltr_get_u64(const unsigned char *p)
{
	return (uint64_t)ltr_get_uword(p, 8);
}

static inline uint32_t ltr_get_u32(const unsigned char *p)
{
	return (uint32_t)ltr_get_uword(p, 4);
}

static inline uint16_t ltr_get_u16(const unsigned char *p)
{
	return (uint16_t)ltr_get_uword(p, 2);
}

/*
 * "{tv_sec=S, SUB=N}" (SUB "tv_nsec" or "tv_usec") from two signed
 * fields of ws bytes (4 or 8) at p: timespec, timeval, their halves of
 * itimerspec and itimerval (print.c).
 */
void ltr_print_time_pair(struct ltr_strbuf *out, const unsigned char *p,
			 unsigned ws, const char *sub);

#endif
