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
#define A_PATH     { ltr_print_arg_path, 0, 0 }
#define A_STR      { ltr_print_arg_str, 0, 0 }      /* string, cut at --strsize */
#define A_BUF_IN(n)  { ltr_print_arg_buf_in, 0, n }  /* buffer, length in arg n */
#define A_BUF_OUT(n) { ltr_print_arg_buf_out, 1, n } /* buffer filled: ret bytes */

/* Family types: appended below by each decode_*.c's section. */

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

/* memory (decode_mem.c) */
#define A_MMAP_PROT    { ltr_print_arg_mmap_prot, 0, 0 }    /* PROT_READ|PROT_WRITE */
#define A_MMAP_FLAGS   { ltr_print_arg_mmap_flags, 0, 0 }   /* MAP_PRIVATE|... */
#define A_MADV_ADVICE  { ltr_print_arg_madvise_advice, 0, 0 }
#define A_MSYNC_FLAGS  { ltr_print_arg_msync_flags, 0, 0 }
#define A_MLOCKALL_FLAGS { ltr_print_arg_mlockall_flags, 0, 0 }

/* signals (decode_signal.c) */
#define A_SIGNAL       { ltr_print_arg_signal, 0, 0 }       /* SIGTERM, SIGRT_3, 65 */

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

#endif
