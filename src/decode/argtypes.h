/* SPDX-License-Identifier: MIT */
/*
 * The argument types that rows of syscalls.def use: each A_* expands to a
 * struct ltr_argspec { printer, at_exit, param, table }.
 *
 * A flags or value argument from a constant list needs no new type: it is
 * A_FLAGS(NAME) or A_XVAL(NAME) with the list src/decode/xlat/NAME.in
 * (src/decode/xlat/README.md), printed with the list's unknown text and
 * number format, per -X, from the tracee's arch's list. Those read an int
 * (the low 32 bits of the register); the _LONG forms read the tracee's
 * unsigned long.
 *
 * Any other new type is a printer function in the file of its family
 * (declared in decoders.h) plus one line here, in that family's section.
 */
#ifndef LTR_DECODE_ARGTYPES_H
#define LTR_DECODE_ARGTYPES_H

#include "ltr/decode.h"
#include "decoders.h"

/* Generic (src/decode/print.c) */
#define A_INT      { ltr_print_arg_int, 0, 0, NULL }      /* int, decimal */
#define A_UINT     { ltr_print_arg_uint, 0, 0, NULL }     /* unsigned int, decimal */
#define A_PID      { ltr_print_arg_pid, 0, LTR_PT_TGID, NULL } /* int pid: 42<comm> under -Y */
#define A_TID      { ltr_print_arg_pid, 0, LTR_PT_TID, NULL }  /* a thread id, as A_PID */
#define A_PGID     { ltr_print_arg_pid, 0, LTR_PT_PGID, NULL } /* a process group: never a comm */
/* kill's, waitpid's pid: a process, or -PGID a process group */
#define A_PID_PGRP { ltr_print_arg_pid, 0, LTR_PID_ARG_OR_PGRP, NULL }
#define A_LONG     { ltr_print_arg_long, 0, 0, NULL }     /* long, decimal */
#define A_ULONG    { ltr_print_arg_ulong, 0, 0, NULL }    /* unsigned long/size_t */
#define A_LOFF     { ltr_print_arg_loff, 0, 0, NULL }     /* loff_t, the last argument: two slots on 32-bit */
#define A_ULOFF    { ltr_print_arg_loff, 0, 1, NULL }     /* the same, printed unsigned */
#define A_HEX      { ltr_print_arg_hex, 0, 0, NULL }      /* %#lx */
#define A_UINT_HEX { ltr_print_arg_uint_hex, 0, 0, NULL }    /* unsigned int, %#x */
#define A_OCT      { ltr_print_arg_oct, 0, 0, NULL }      /* 0644 */
#define A_PTR      { ltr_print_arg_ptr, 0, 0, NULL }      /* NULL or 0x... */
#define A_PTR_OUT  { ltr_print_arg_ptr, 1, 0, NULL }      /* output pointer, printed at exit */
#define A_FD       { ltr_print_arg_fd, 0, 0, NULL }
#define A_DIRFD    { ltr_print_arg_dirfd, 0, 0, NULL }    /* AT_FDCWD or fd */
#define A_PATH     { ltr_print_arg_path, 0, 0, NULL }      /* a path the kernel resolves from the cwd */
/* a path resolved from the directory of descriptor argument n (0-based) */
#define A_PATH_AT(n) { ltr_print_arg_path, 0, (n) + 1, NULL }
/* symlink's target: printed as a path, stored as is (not resolved) */
#define A_LINK_TARGET { ltr_print_arg_link_target, 0, 0, NULL }
#define A_STR      { ltr_print_arg_str, 0, 0, NULL }      /* string, cut at --strsize */
#define A_BUF_IN(n)  { ltr_print_arg_buf_in, 0, n, NULL }  /* buffer, length in arg n */
#define A_BUF_OUT(n) { ltr_print_arg_buf_out, 1, n, NULL } /* buffer filled: ret bytes */

/* Constants of a list (src/decode/xlat/NAME.in): CLOCK_MONOTONIC, O_CLOEXEC */
#define A_XVAL(name)       { ltr_print_arg_xval, 0, 0, LTR_XT(name) }   /* int value */
#define A_FLAGS(name)      { ltr_print_arg_flags, 0, 0, LTR_XT(name) }  /* int flags */
#define A_XVAL_LONG(name)  { ltr_print_arg_xval, 0, 1, LTR_XT(name) }   /* unsigned long */
#define A_FLAGS_LONG(name) { ltr_print_arg_flags, 0, 1, LTR_XT(name) }

/* Family types, one section per family file (src/decode/README.md). */

/* descriptors (desc.c) */
#define A_DUP3_FLAGS   { ltr_print_arg_dup3_flags, 0, 0, NULL }   /* O_CLOEXEC, 0x1 O_??? */

/* files (file.c) */
#define A_OPEN_FLAGS   { ltr_print_arg_open_flags, 0, 0, NULL }   /* O_RDONLY|O_CLOEXEC */
#define A_UMODE        { ltr_print_arg_umode, 0, 0, NULL }        /* 0644, 000 (16 bits) */
#define A_GETCWD_BUF   { ltr_print_arg_getcwd_buf, 1, 0, NULL }   /* path at exit */
#define A_STAT_OUT     { ltr_print_arg_stat, 1, 0, NULL }         /* struct stat / stat64 */
#define A_STATX_FLAGS  { ltr_print_arg_statx_flags, 0, 0, NULL }
#define A_STATX_OUT    { ltr_print_arg_statx, 1, 0, NULL }
#define A_DIRENTS_OUT  { ltr_print_arg_dirents, 1, 0, NULL }      /* getdents */
#define A_DIRENTS64_OUT { ltr_print_arg_dirents64, 1, 0, NULL }   /* getdents64 */
#define A_STATFS_OUT   { ltr_print_arg_statfs, 1, 0, NULL }       /* {f_type=EXT2_SUPER_MAGIC, ...} */
#define A_DEV32        { ltr_print_arg_dev32, 0, 0, NULL }        /* unsigned int dev: makedev(0x1, 0x3) */
#define A_USTAT_OUT    { ltr_print_arg_ustat, 1, 0, NULL }        /* {f_tfree=N, f_tinode=N} */
#define A_OPEN_HOW     { ltr_print_arg_open_how, 0, 0, NULL }     /* struct open_how, size next */
#define A_XATTR_VAL(n) { ltr_print_arg_xattr_val, 0, n, NULL }      /* size in arg n */
#define A_XATTR_OUT(n) { ltr_print_arg_xattr_val, 1, n, NULL }      /* ret bytes at exit */
#define A_XATTR_LIST_OUT(n) { ltr_print_arg_xattr_list, 1, n, NULL } /* listxattr's names */

/* buffers (io.c) */
#define A_IOV_IN(n)    { ltr_print_arg_iov_in, 0, n, NULL }       /* writev: count in arg n */
#define A_IOV_OUT(n)   { ltr_print_arg_iov_out, 1, n, NULL }      /* readv: ret bytes at exit */
#define A_LOFF_PTR     { ltr_print_arg_loff_ptr, 0, 0, NULL }     /* [0] or NULL */

/* io_uring (io_uring.c) */
#define A_URING_PARAMS_OUT { ltr_print_arg_uring_params, 1, 0, NULL } /* io_uring_params */

/* memfd_create (memfd.c) */
#define A_MEMFD_NAME   { ltr_print_arg_memfd_name, 0, 0, NULL }   /* NUL-terminated, 249 bytes */
#define A_MEMFD_FLAGS  { ltr_print_arg_memfd_flags, 0, 0, NULL }  /* MFD_HUGETLB|30<<MFD_HUGE_SHIFT */

/* memory (memory.c) */
#define A_MMAP_FLAGS   { ltr_print_arg_mmap_flags, 0, 0, NULL }   /* MAP_PRIVATE|... */

/* mount (mount.c) */
#define A_MOUNT_DATA   { ltr_print_arg_mount_data, 0, 0, NULL }
#define A_MOUNT_ATTR   { ltr_print_arg_mount_attr, 0, 0, NULL }   /* struct mount_attr, size next */

/* POSIX message queues (mq.c) */
#define A_MQ_PRIO_OUT  { ltr_print_arg_mq_prio, 1, 0, NULL }      /* [N] at exit */
#define A_MQ_NAME      { ltr_print_arg_mq_name, 0, 0, NULL }      /* a queue's name */

/* sockets (net.c, sockaddr.c, msghdr.c) */
#define A_SOCK_TYPE    { ltr_print_arg_sock_type, 0, 0, NULL }    /* SOCK_STREAM|SOCK_CLOEXEC */
#define A_SOCK_PROTO   { ltr_print_arg_sock_proto, 0, 0, NULL }   /* per family in arg 0 */
#define A_FD_PAIR_OUT  { ltr_print_arg_fd_pair, 1, 0, NULL }      /* [3, 4] */
#define A_SOCKADDR(n)  { ltr_print_arg_sockaddr, 0, n, NULL }     /* int length in arg n */
#define A_MSGHDR       { ltr_print_arg_msghdr, 0, 0, NULL }       /* sendmsg */
#define A_SOCKBUF_IN(n) { ltr_print_arg_sockbuf_in, 0, n, NULL }  /* sendto: netlink messages or a buffer */

/* shared (print.c) */
#define A_BUF_OUT_HEX(n) { ltr_print_arg_buf_out_hex, 1, n, NULL } /* getrandom */
#define A_INT_OUT      { ltr_print_arg_int_out, 1, 0, NULL }      /* [0] at exit: timer_create, getcpu */
#define A_ADDR_OUT     { ltr_print_arg_word_out, 1, 0, NULL }     /* [0x7f...] at exit: get_robust_list */
#define A_ULONG_OUT    { ltr_print_arg_word_out, 1, 1, NULL }     /* [24] at exit */

/* keys (keyctl.c) */
#define A_KEY_SERIAL   { ltr_print_arg_key_serial, 0, 0, NULL }   /* KEY_SPEC_THREAD_KEYRING, 42 */

/* landlock (landlock.c) */
#define A_LANDLOCK_RULE { ltr_print_arg_landlock_rule, 0, 0, NULL } /* per the rule type in arg 1 */

/* calls on a pidfd (pidfd.c) */
#define A_SIGINFO      { ltr_print_arg_siginfo, 0, 0, NULL }      /* {si_signo=..., ...} */

/* processes (process.c) */
#define A_HOSTNAME     { ltr_print_arg_hostname, 0, 0, NULL }     /* sethostname: length next */
#define A_UNAME_OUT    { ltr_print_arg_uname, 1, 0, NULL }        /* {sysname="Linux", ...} */
#define A_SYSINFO_OUT  { ltr_print_arg_sysinfo, 1, 0, NULL }
#define A_PERSONALITY  { ltr_print_arg_personality, 1, 0, NULL }    /* also sets " (PER_LINUX)" */

/* resources (resource.c) */
#define A_RUSAGE_OUT   { ltr_print_arg_rusage, 1, 0, NULL }       /* {ru_utime=..., ...} */
#define A_PRIO_WHO     { ltr_print_arg_prio_who, 0, 0, NULL }       /* after A_XVAL(prio_which): 42<comm> */

/* scheduling (sched.c) */
#define A_SCHED_GETSCHEDULER_PID { ltr_print_arg_sched_getscheduler_pid, 1, 0, NULL }
#define A_SCHED_PARAM  { ltr_print_arg_sched_param, 0, 0, NULL }    /* [0] */
#define A_SCHED_PARAM_OUT { ltr_print_arg_sched_param, 1, 0, NULL }

/* _sysctl (sysctl.c) */
#define A_SYSCTL_ARGS  { ltr_print_arg_sysctl_args, 0, 0, NULL }  /* {name=..., nlen=...} */

/* swapon (swapon.c) */
#define A_SWAP_FLAGS   { ltr_print_arg_swap_flags, 0, 0, NULL }   /* SWAP_FLAG_PREFER|42 */

/* signals (signal.c) */
#define A_SIGNAL       { ltr_print_arg_signal, 0, 0, NULL }       /* SIGTERM, SIGRT_3, 65 */
#define A_SIGSET_SIZED { ltr_print_arg_sigset_sized, 0, 0, NULL } /* [INT], size next */

/* time (time.c) */
#define A_TIMESPEC     { ltr_print_arg_timespec, 0, 0, NULL }     /* tracee-word timespec */
#define A_TIMESPEC_OUT { ltr_print_arg_timespec, 1, 0, NULL }
#define A_TIMESPEC64   { ltr_print_arg_timespec64, 0, 0, NULL }   /* *_time64 syscalls */
#define A_TIMESPEC64_OUT { ltr_print_arg_timespec64, 1, 0, NULL }
#define A_TIMEVAL      { ltr_print_arg_timeval, 0, 0, NULL }      /* settimeofday */
#define A_TIMEVAL_OUT  { ltr_print_arg_timeval, 1, 0, NULL }      /* gettimeofday */
#define A_TIMEZONE     { ltr_print_arg_timezone, 0, 0, NULL }     /* {tz_minuteswest=0, tz_dsttime=0} */
#define A_TIMEZONE_OUT { ltr_print_arg_timezone, 1, 0, NULL }
#define A_TIME_OUT     { ltr_print_arg_time_out, 1, 0, NULL }     /* time(): also sets " (date)" */
/* nanosleep's rem (n = 0), clock_nanosleep's (n = 1 + its flags argument) */
#define A_TIMESPEC_REM(n)   { ltr_print_arg_timespec_rem, 1, n, NULL }
#define A_TIMESPEC64_REM(n) { ltr_print_arg_timespec64_rem, 1, n, NULL }
#define A_ITIMERSPEC   { ltr_print_arg_itimerspec, 0, 0, NULL }
#define A_ITIMERSPEC_OUT { ltr_print_arg_itimerspec, 1, 0, NULL }
#define A_ITIMERSPEC64 { ltr_print_arg_itimerspec64, 0, 0, NULL }
#define A_ITIMERSPEC64_OUT { ltr_print_arg_itimerspec64, 1, 0, NULL }
#define A_ITIMERVAL    { ltr_print_arg_itimerval, 0, 0, NULL }
#define A_ITIMERVAL_OUT { ltr_print_arg_itimerval, 1, 0, NULL }
#define A_TMS_OUT      { ltr_print_arg_tms, 1, 0, NULL }            /* times() */
#define A_UTIMENS      { ltr_print_arg_utimens, 0, 0, NULL }        /* [UTIME_NOW, ...] */
#define A_UTIMES       { ltr_print_arg_utimes, 0, 0, NULL }         /* utimes: two timevals */
#define A_UTIMBUF      { ltr_print_arg_utimbuf, 0, 0, NULL }        /* utime: {actime=..., modtime=...} */
#define A_SIGEVENT     { ltr_print_arg_sigevent, 0, 0, NULL }     /* {sigev_signo=..., ...} */

/* user and group ids (uid.c) */
#define A_GROUPS       { ltr_print_arg_groups, 0, 0, NULL }       /* setgroups: [0, 1] */
#define A_GROUPS_OUT   { ltr_print_arg_groups, 1, 0, NULL }       /* getgroups: ret ids */
#define A_UID          { ltr_print_arg_uid, 0, 0, NULL }          /* uid_t, gid_t: 4294901760, -1 */
#define A_UID_OUT      { ltr_print_arg_uid_out, 1, 0, NULL }      /* getresuid: [0] at exit */

#endif
