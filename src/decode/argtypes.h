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

#endif
