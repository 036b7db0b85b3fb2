/* SPDX-License-Identifier: MIT */
/*
 * TEMPORARY: weak stand-ins for the script bridge (src/script*.c) and the
 * syscall-modification layer (src/arch/modify.c) while they are being
 * written, so the tree links meanwhile. Strong definitions override these.
 * This file is deleted as soon as both land.
 */
#include <errno.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "ltr/script.h"
#include "ltr/syscall.h"
#include "ltr/tracee.h"

#define WEAK __attribute__((weak))

int ltr_arch_apply_entry(pid_t tid, const struct ltr_call *c);
int ltr_arch_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret);
int ltr_mem_write(const struct ltr_mem *mem, uint64_t addr, const void *src, size_t len);

WEAK int ltr_script_init(const struct ltr_options *o) { (void)o; return 0; }
WEAK void ltr_script_shutdown(void) {}
WEAK unsigned ltr_script_wants(const struct ltr_arch *a, long nr) { (void)a; (void)nr; return LTR_WANT_PRINT; }
WEAK bool ltr_script_needs_exit(void) { return true; }
WEAK void ltr_script_enter(struct tracee *t) { (void)t; }
WEAK void ltr_script_exit(struct tracee *t) { (void)t; }
WEAK bool ltr_script_filter(struct tracee *t) { (void)t; return true; }
WEAK bool ltr_script_has_filters(void) { return false; }
WEAK void ltr_script_signal(struct tracee *t, const siginfo_t *si) { (void)t; (void)si; }
WEAK void ltr_script_process(struct tracee *t, const char *k, int s) { (void)t; (void)k; (void)s; }
WEAK int ltr_script_tick(void) { return -1; }
WEAK void ltr_script_end(void) {}
WEAK void ltr_script_forget(struct tracee *t) { (void)t; }
WEAK bool ltr_script_failed(void) { return false; }
WEAK int ltr_arch_apply_entry(pid_t tid, const struct ltr_call *c) { (void)tid; (void)c; return -ENOSYS; }
WEAK int ltr_arch_apply_return(pid_t tid, const struct ltr_call *c, int64_t r) { (void)tid; (void)c; (void)r; return -ENOSYS; }
WEAK int ltr_mem_write(const struct ltr_mem *m, uint64_t a, const void *s, size_t l) { (void)m; (void)a; (void)s; (void)l; return -ENOSYS; }
