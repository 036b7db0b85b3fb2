/* SPDX-License-Identifier: MIT */
/*
 * The argument types that rows of syscalls.def use: each A_* expands to a
 * struct ltr_argspec. A new type is a printer function in the decode_*.c
 * of its family (declared in decoders.h) plus one line here.
 */
#ifndef LTR_DECODE_ARGTYPES_H
#define LTR_DECODE_ARGTYPES_H

#include "ltr/decode.h"
#include "decoders.h"

/* Generic (src/decode/print.c) */
#define A_INT      { ltr_print_arg_int, 0, 0 }      /* int, decimal */
#define A_UINT     { ltr_print_arg_uint, 0, 0 }     /* unsigned int, decimal */
#define A_LONG     { ltr_print_arg_long, 0, 0 }     /* long, decimal */
#define A_ULONG    { ltr_print_arg_ulong, 0, 0 }    /* unsigned long/size_t */
#define A_HEX      { ltr_print_arg_hex, 0, 0 }      /* %#lx */
#define A_OCT      { ltr_print_arg_oct, 0, 0 }      /* 0644 */
#define A_PTR      { ltr_print_arg_ptr, 0, 0 }      /* NULL or 0x... */
#define A_PTR_OUT  { ltr_print_arg_ptr, 1, 0 }      /* output pointer, printed at exit */
#define A_FD       { ltr_print_arg_fd, 0, 0 }
#define A_DIRFD    { ltr_print_arg_dirfd, 0, 0 }    /* AT_FDCWD or fd */
#define A_PATH     { ltr_print_arg_path, 0, 0 }      /* a path the kernel resolves from the cwd */
/* a path resolved from the directory of descriptor argument n (0-based) */
#define A_PATH_AT(n) { ltr_print_arg_path, 0, (n) + 1 }
/* symlink's target: printed as a path, stored as is (not resolved) */
#define A_LINK_TARGET { ltr_print_arg_link_target, 0, 0 }
#define A_STR      { ltr_print_arg_str, 0, 0 }      /* string, cut at --strsize */
#define A_BUF_IN(n)  { ltr_print_arg_buf_in, 0, n }  /* buffer, length in arg n */
#define A_BUF_OUT(n) { ltr_print_arg_buf_out, 1, n } /* buffer filled: ret bytes */

/* Family types, one section per decode_*.c. */

/* files (decode_file.c) */
#define A_OPEN_FLAGS   { ltr_print_arg_open_flags, 0, 0 }   /* O_RDONLY|O_CLOEXEC */
#define A_UMODE        { ltr_print_arg_umode, 0, 0 }        /* 0644, 000 (16 bits) */
#define A_ACCESS_MODE  { ltr_print_arg_access_mode, 0, 0 }  /* F_OK, R_OK|W_OK */
#define A_AT_FLAGS     { ltr_print_arg_at_flags, 0, 0 }     /* AT_EMPTY_PATH|... */
#define A_FACCESSAT_FLAGS { ltr_print_arg_faccessat_flags, 0, 0 } /* AT_EACCESS */
#define A_RENAME_FLAGS { ltr_print_arg_rename_flags, 0, 0 } /* RENAME_NOREPLACE */
#define A_WHENCE       { ltr_print_arg_whence, 0, 0 }       /* SEEK_SET */
#define A_GETCWD_BUF   { ltr_print_arg_getcwd_buf, 1, 0 }   /* path at exit */
#define A_STAT_OUT     { ltr_print_arg_stat, 1, 0 }         /* struct stat / stat64 */
#define A_STATX_FLAGS  { ltr_print_arg_statx_flags, 0, 0 }
#define A_STATX_MASK   { ltr_print_arg_statx_mask, 0, 0 }
#define A_STATX_OUT    { ltr_print_arg_statx, 1, 0 }
#define A_DIRENTS_OUT  { ltr_print_arg_dirents, 1, 0 }      /* getdents */
#define A_DIRENTS64_OUT { ltr_print_arg_dirents64, 1, 0 }   /* getdents64 */
#define A_BUF_OUT_HEX(n) { ltr_print_arg_buf_out_hex, 1, n } /* getrandom */
#define A_STATFS_OUT   { ltr_print_arg_statfs, 1, 0 }       /* {f_type=EXT2_SUPER_MAGIC, ...} */
#define A_OPEN_HOW     { ltr_print_arg_open_how, 0, 0 }     /* struct open_how, size next */

/* memory (decode_mem.c) */
#define A_MMAP_PROT    { ltr_print_arg_mmap_prot, 0, 0 }    /* PROT_READ|PROT_WRITE */
#define A_MMAP_FLAGS   { ltr_print_arg_mmap_flags, 0, 0 }   /* MAP_PRIVATE|... */
#define A_MADV_ADVICE  { ltr_print_arg_madvise_advice, 0, 0 }
#define A_MSYNC_FLAGS  { ltr_print_arg_msync_flags, 0, 0 }
#define A_MLOCKALL_FLAGS { ltr_print_arg_mlockall_flags, 0, 0 }
#define A_MLOCK2_FLAGS { ltr_print_arg_mlock2_flags, 0, 0 }  /* MLOCK_ONFAULT */
#define A_PKEY_ACCESS  { ltr_print_arg_pkey_access, 0, 0 }  /* PKEY_DISABLE_ACCESS */

/* signals (decode_signal.c) */
#define A_SIGNAL       { ltr_print_arg_signal, 0, 0 }       /* SIGTERM, SIGRT_3, 65 */
#define A_SIGSET_SIZED { ltr_print_arg_sigset_sized, 0, 0 } /* [INT], size next */
#define A_SFD_FLAGS    { ltr_print_arg_sfd_flags, 0, 0 }    /* SFD_CLOEXEC */

/* processes (decode_process.c) */
#define A_UNAME_OUT    { ltr_print_arg_uname, 1, 0 }        /* {sysname="Linux", ...} */
#define A_SYSINFO_OUT  { ltr_print_arg_sysinfo, 1, 0 }
#define A_RUSAGE_OUT   { ltr_print_arg_rusage, 1, 0 }       /* {ru_utime=..., ...} */
#define A_RUSAGE_WHO   { ltr_print_arg_rusage_who, 0, 0 }   /* RUSAGE_SELF */

/* descriptors and time (decode_desc.c) */
#define A_DUP3_FLAGS   { ltr_print_arg_dup3_flags, 0, 0 }   /* O_CLOEXEC */
#define A_GRND_FLAGS   { ltr_print_arg_grnd_flags, 0, 0 }   /* GRND_NONBLOCK */
#define A_EPOLL_FLAGS  { ltr_print_arg_epoll_flags, 0, 0 }  /* EPOLL_CLOEXEC */
#define A_EFD_FLAGS    { ltr_print_arg_efd_flags, 0, 0 }    /* EFD_CLOEXEC|... */
#define A_CLOCKID      { ltr_print_arg_clockid, 0, 0 }      /* CLOCK_MONOTONIC */
#define A_TIMER_FLAGS  { ltr_print_arg_timer_flags, 0, 0 }  /* TIMER_ABSTIME */
#define A_TIMESPEC     { ltr_print_arg_timespec, 0, 0 }     /* tracee-word timespec */
#define A_TIMESPEC_OUT { ltr_print_arg_timespec, 1, 0 }
#define A_TIMESPEC64   { ltr_print_arg_timespec64, 0, 0 }   /* *_time64 syscalls */
#define A_TIMESPEC64_OUT { ltr_print_arg_timespec64, 1, 0 }
#define A_TIMEVAL_OUT  { ltr_print_arg_timeval, 1, 0 }      /* gettimeofday */
#define A_TIME_OUT     { ltr_print_arg_time_out, 1, 0 }     /* time(): also sets " (date)" */
#define A_FLOCK_OP     { ltr_print_arg_flock_op, 0, 0 }     /* LOCK_EX|LOCK_NB */
/* nanosleep's rem (n = 0), clock_nanosleep's (n = 1 + its flags argument) */
#define A_TIMESPEC_REM(n)   { ltr_print_arg_timespec_rem, 1, n }
#define A_TIMESPEC64_REM(n) { ltr_print_arg_timespec64_rem, 1, n }

/* network (decode_net.c) */
#define A_SOCK_FAMILY  { ltr_print_arg_sock_family, 0, 0 }  /* AF_INET */
#define A_SOCK_TYPE    { ltr_print_arg_sock_type, 0, 0 }    /* SOCK_STREAM|SOCK_CLOEXEC */
#define A_SOCK_PROTO   { ltr_print_arg_sock_proto, 0, 0 }   /* per family in arg 0 */
#define A_SOCK_FLAGS   { ltr_print_arg_sock_flags, 0, 0 }   /* SOCK_CLOEXEC */
#define A_FD_PAIR_OUT  { ltr_print_arg_fd_pair, 1, 0 }      /* [3, 4] */
#define A_SHUT_HOW     { ltr_print_arg_shutdown_how, 0, 0 } /* SHUT_WR */
#define A_MSG_FLAGS    { ltr_print_arg_msg_flags, 0, 0 }    /* MSG_NOSIGNAL */
#define A_SOCKADDR(n)  { ltr_print_arg_sockaddr, 0, n }     /* length in arg n */
#define A_MSGHDR       { ltr_print_arg_msghdr, 0, 0 }       /* sendmsg */
#define A_SOCK_LEVEL   { ltr_print_arg_sock_level, 0, 0 }   /* SOL_SOCKET */
#define A_SOCK_OPTNAME { ltr_print_arg_sock_optname, 0, 0 } /* per level in arg 1 */
#define A_SOCKOPT_VAL  { ltr_print_arg_sockopt_val, 0, 0 }  /* length in arg 4 */

/* buffers (decode_io.c) */
#define A_IOV_IN(n)    { ltr_print_arg_iov_in, 0, n }       /* writev: count in arg n */
#define A_IOV_OUT(n)   { ltr_print_arg_iov_out, 1, n }      /* readv: ret bytes at exit */
#define A_LOFF_PTR     { ltr_print_arg_loff_ptr, 0, 0 }     /* [0] or NULL */
#define A_SPLICE_FLAGS { ltr_print_arg_splice_flags, 0, 0 } /* SPLICE_F_MOVE */

/* time and misc (decode_misc.c) */
#define A_TFD_FLAGS    { ltr_print_arg_tfd_create_flags, 0, 0 }  /* TFD_CLOEXEC */
#define A_TFD_SETTIME_FLAGS { ltr_print_arg_tfd_settime_flags, 0, 0 } /* TFD_TIMER_ABSTIME */
#define A_ITIMERSPEC   { ltr_print_arg_itimerspec, 0, 0 }
#define A_ITIMERSPEC_OUT { ltr_print_arg_itimerspec, 1, 0 }
#define A_ITIMERSPEC64 { ltr_print_arg_itimerspec64, 0, 0 }
#define A_ITIMERSPEC64_OUT { ltr_print_arg_itimerspec64, 1, 0 }
#define A_ITIMERVAL    { ltr_print_arg_itimerval, 0, 0 }
#define A_ITIMERVAL_OUT { ltr_print_arg_itimerval, 1, 0 }
#define A_ITIMER_WHICH { ltr_print_arg_itimer_which, 0, 0 }   /* ITIMER_REAL */
#define A_TMS_OUT      { ltr_print_arg_tms, 1, 0 }            /* times() */
#define A_IN_INIT_FLAGS { ltr_print_arg_inotify_init_flags, 0, 0 }
#define A_IN_MASK      { ltr_print_arg_inotify_mask, 0, 0 }   /* IN_CREATE|... */
#define A_MFD_FLAGS    { ltr_print_arg_memfd_flags, 0, 0 }    /* MFD_CLOEXEC */
#define A_XATTR_FLAGS  { ltr_print_arg_xattr_flags, 0, 0 }    /* XATTR_CREATE */
#define A_XATTR_VAL(n) { ltr_print_arg_xattr_val, 0, n }      /* size in arg n */
#define A_XATTR_OUT(n) { ltr_print_arg_xattr_val, 1, n }      /* ret bytes at exit */
#define A_SCHED_POLICY { ltr_print_arg_sched_policy, 0, 0 }   /* SCHED_OTHER */
#define A_SCHED_GETSCHEDULER_PID { ltr_print_arg_sched_getscheduler_pid, 1, 0 }
#define A_SCHED_PARAM  { ltr_print_arg_sched_param, 0, 0 }    /* [0] */
#define A_SCHED_PARAM_OUT { ltr_print_arg_sched_param, 1, 0 }
#define A_PRIO_WHICH   { ltr_print_arg_prio_which, 0, 0 }     /* PRIO_PROCESS */
#define A_PERSONALITY  { ltr_print_arg_personality, 1, 0 }    /* also sets " (PER_LINUX)" */
#define A_MOUNT_FLAGS  { ltr_print_arg_mount_flags, 0, 0 }    /* MS_RDONLY|... */
#define A_UMOUNT_FLAGS { ltr_print_arg_umount_flags, 0, 0 }   /* MNT_DETACH */
#define A_MOUNT_DATA   { ltr_print_arg_mount_data, 0, 0 }
#define A_UTIMENS      { ltr_print_arg_utimens, 0, 0 }        /* [UTIME_NOW, ...] */
#define A_GROUPS       { ltr_print_arg_groups, 0, 0 }       /* setgroups: [0, 1] */
#define A_GROUPS_OUT   { ltr_print_arg_groups, 1, 0 }       /* getgroups: ret ids */
#define A_URING_PARAMS_OUT { ltr_print_arg_uring_params, 1, 0 } /* io_uring_params */
#define A_SIGEVENT     { ltr_print_arg_sigevent, 0, 0 }     /* {sigev_signo=..., ...} */
#define A_INT_OUT      { ltr_print_arg_int_out, 1, 0 }      /* [0] at exit: timer_create, getcpu */

#endif
