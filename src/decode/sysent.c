/* SPDX-License-Identifier: MIT */
/*
 * The syscall descriptor table: the rows of syscalls.def compiled into
 * ltr_syscall_descs[], the lookup by name, and the class names.
 */
#include <stddef.h>
#include <string.h>

#include "ltr/syscall.h"
#include "argtypes.h"

/* Short names used by the rows of syscalls.def. */
#define R_DEC LTR_RET_DEC
#define R_UDEC LTR_RET_UDEC
#define R_HEX LTR_RET_HEX
#define R_OCT LTR_RET_OCT
#define R_FD LTR_RET_FD
#define R_NONE LTR_RET_NONE
#define R_CUSTOM LTR_RET_CUSTOM
#define R_PID LTR_RET_PID
#define R_TID LTR_RET_TID
#define R_PGID LTR_RET_PGID
#define R_SID LTR_RET_SID

#define SF_NORETURN LTR_SF_NORETURN
#define SF_EXEC LTR_SF_EXEC
/* -e read= / -e write=: what the call moves through its descriptor */
#define SF_READS LTR_SF_DUMP_READ
#define SF_WRITES LTR_SF_DUMP_WRITE
#define SF_IOV LTR_SF_DUMP_IOV
#define SF_MSGHDR LTR_SF_DUMP_MSGHDR
#define SF_MMSGHDR LTR_SF_DUMP_MMSGHDR
#define SF_MULTIPLEX LTR_SF_MULTIPLEX

#define C_FILE LTR_CLASS_FILE
#define C_PROCESS LTR_CLASS_PROCESS
#define C_NET LTR_CLASS_NET
#define C_SIGNAL LTR_CLASS_SIGNAL
#define C_IPC LTR_CLASS_IPC
#define C_DESC LTR_CLASS_DESC
#define C_MEMORY LTR_CLASS_MEMORY
#define C_CREDS LTR_CLASS_CREDS
#define C_STAT LTR_CLASS_STAT
#define C_LSTAT LTR_CLASS_LSTAT
#define C_FSTAT LTR_CLASS_FSTAT
#define C_STAT_LIKE LTR_CLASS_STAT_LIKE
#define C_STATFS LTR_CLASS_STATFS
#define C_FSTATFS LTR_CLASS_FSTATFS
#define C_STATFS_LIKE LTR_CLASS_STATFS_LIKE
#define C_CLOCK LTR_CLASS_CLOCK
#define C_PURE LTR_CLASS_PURE

/* Argument specs beyond nargs stay zeroed: not printed. */
#define SYSCALL(name_, nargs_, ret_, flags_, classes_, decoder_, ...) \
	{ .name = #name_, .nargs = (nargs_), .ret = (ret_), .flags = (flags_), \
	  .classes = (classes_), .decode = (decoder_), .args = { __VA_ARGS__ } },

const struct ltr_syscall_desc ltr_syscall_descs[] = {
#include "syscalls.def"
};
#undef SYSCALL

const unsigned ltr_syscall_ndescs =
	sizeof(ltr_syscall_descs) / sizeof(ltr_syscall_descs[0]);

/* Indexed by class bit number; "%stat" and "%statfs" are strace's %%stat, %%statfs. */
const char *const ltr_class_names[LTR_NCLASSES] = {
	"file", "process", "net", "signal", "ipc", "desc", "memory", "creds",
	"stat", "lstat", "fstat", "%stat", "statfs", "fstatfs", "%statfs",
	"clock", "pure",
};

/* Binary search over the rows, which syscalls.def keeps sorted by strcmp(). */
const struct ltr_syscall_desc *ltr_syscall_desc_find(const char *name)
{
	size_t lo = 0, hi = ltr_syscall_ndescs;

	if (!name)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(name, ltr_syscall_descs[mid].name);

		if (cmp == 0)
			return &ltr_syscall_descs[mid];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}
