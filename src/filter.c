/* SPDX-License-Identifier: MIT */
/*
 * The seccomp policy of the tracer: which syscalls stop under the filter,
 * whether a launched command gets one, and what ltr does when it cannot
 * detach from filtered tracees. The filter itself is built and installed
 * by seccomp.c.
 */
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/seccomp.h"
#include "ltr/unwind.h"
#include "tracer_internal.h"

struct subcall_want {
	const struct ltr_arch *arch;
	bool wanted;
};

static void subcall_wanted(long sub_nr, void *ctx)
{
	struct subcall_want *w = ctx;

	w->wanted |= ltr_events_wants(w->arch, sub_nr) != 0;
}

/*
 * Which syscalls stop under the filter: what consumers or -k need; a
 * multiplexed call (socketcall, ipc) when they need a call it may stand for.
 */
static bool seccomp_want(const struct ltr_arch *arch, long nr, void *ctx)
{
	struct subcall_want w = { arch, false };

	(void)ctx;
	if (ltr_events_wants(arch, nr))
		return true;
	ltr_demux_subcalls(arch, nr, subcall_wanted, &w);
	if (w.wanted)
		return true;
	if (ltr_tracer.options->stack_traces) {
		const char *name = ltr_arch_syscall_name(arch, nr);
		unsigned i;

		for (i = 0; name && ltr_unwind_map_syscalls[i]; i++)
			if (strcmp(name, ltr_unwind_map_syscalls[i]) == 0)
				return true;
	}
	return false;
}

/*
 * Decides whether a launched command, followed with -f, runs under a
 * seccomp filter, and builds it. Only worth it when some syscalls of the
 * native arch need no stop; any failure just means tracing without one.
 */
void ltr_filter_setup(void)
{
	const struct ltr_arch *arch = ltr_arch_native();
	bool all = true;
	long nr;

	for (nr = 0; nr < (long)arch->nsyscalls && all; nr++)
		if (arch->syscall_names[nr] && !seccomp_want(arch, nr, NULL))
			all = false;
	if (all) {
		LTR_DEBUG("no seccomp filter: every syscall is wanted");
		if (ltr_tracer.options->seccomp_bpf) /* strace's words */
			ltr_msg("Seccomp filter is requested but there are no syscalls to filter.  "
				"See -e trace to filter syscalls.\n");
		return;
	}
	if (!ltr_seccomp_available()) {
		/* before Linux 3.5, or without CONFIG_SECCOMP_FILTER */
		LTR_DEBUG("no seccomp filter: this kernel takes none");
		return;
	}
	if (ltr_seccomp_build(seccomp_want, NULL, &ltr_tracer.seccomp_prog) < 0) {
		LTR_DEBUG("no seccomp filter: it could not be built");
		return;
	}
	if (ltr_debug_enabled) {
		unsigned stop = 0, known = 0;

		for (nr = 0; nr < (long)arch->nsyscalls; nr++) {
			if (!arch->syscall_names[nr])
				continue;
			known++;
			stop += seccomp_want(arch, nr, NULL);
		}
		ltr_debug_printf("seccomp filter: %u of %u %s syscalls stop (%u BPF instructions)",
				 stop, known, arch->name, (unsigned)ltr_tracer.seccomp_prog.len);
	}
	ltr_tracer.use_seccomp = true;
}

/*
 * Interrupted (or a hook failed) while tracees carry the filter: they
 * cannot be detached, so ltr stops printing and calling hooks and serves
 * their stops until they exit.
 */
void ltr_filter_start_draining(void)
{
	static const char text[] = "the traced processes run under ltr's seccomp filter and "
				   "cannot be detached; serving them silently until they exit "
				   "(--no-seccomp avoids this)";
	struct ltr_event ev = { .kind = LTR_EV_NOTICE, .data = text, .len = sizeof(text) - 1 };

	if (ltr_tracer.draining)
		return;
	ltr_events_emit(&ev); /* -j: a JSON event on the trace, not text on stderr */
	ltr_tracer.draining = true;
}
