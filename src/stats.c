/* SPDX-License-Identifier: MIT */
/* Tracing cost counters for --stats; see include/ltr/stats.h. */
#include <inttypes.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "ltr/msg.h"
#include "ltr/stats.h"

struct ltr_stats ltr_stats;

static struct timespec start_wall;
static struct rusage start_usage;
static uint64_t start_bytes;

void ltr_stats_start(void)
{
	memset(&ltr_stats, 0, sizeof(ltr_stats));
	clock_gettime(CLOCK_MONOTONIC, &start_wall);
	getrusage(RUSAGE_SELF, &start_usage);
	start_bytes = ltr_mem_bytes_read;
}

static double seconds_between(const struct timeval *from, const struct timeval *to)
{
	return (double)(to->tv_sec - from->tv_sec) + (double)(to->tv_usec - from->tv_usec) / 1e6;
}

/*
 * ltr's own peak RSS in KiB: VmHWM of /proc/self/status. (getrusage's
 * ru_maxrss is no good here: it carries over across execve, so it would
 * report the peak of whatever ran ltr, a Python benchmark say.) Falls back
 * to ru_maxrss without /proc.
 */
static long peak_rss_kib(const struct rusage *usage)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[128];
	long kib = -1;

	if (f) {
		while (kib < 0 && fgets(line, sizeof(line), f))
			if (sscanf(line, "VmHWM: %ld kB", &kib) != 1)
				kib = -1;
		fclose(f);
	}
	return kib >= 0 ? kib : usage->ru_maxrss;
}

/* One counter row, with its count per syscall when there were any. */
static void print_row(FILE *out, const char *label, uint64_t count, uint64_t calls)
{
	if (calls)
		fprintf(out, "  %-24s %14" PRIu64 " %10.2f\n", label, count,
			(double)count / (double)calls);
	else
		fprintf(out, "  %-24s %14" PRIu64 "\n", label, count);
}

void ltr_stats_print(FILE *out)
{
	const struct ltr_stats *s = &ltr_stats;
	uint64_t stops = s->stop_entry + s->stop_exit + s->stop_seccomp + s->stop_signal +
			 s->stop_group + s->stop_event;
	struct rusage usage;
	struct timespec now;
	double user, sys, wall;

	getrusage(RUSAGE_SELF, &usage);
	clock_gettime(CLOCK_MONOTONIC, &now);
	user = seconds_between(&start_usage.ru_utime, &usage.ru_utime);
	sys = seconds_between(&start_usage.ru_stime, &usage.ru_stime);
	wall = (double)(now.tv_sec - start_wall.tv_sec) +
	       (double)(now.tv_nsec - start_wall.tv_nsec) / 1e9;

	fprintf(out, "%s: tracing cost\n", ltr_progname);
	fprintf(out, "  %-24s %14s %10s\n", "", "count", "per call");
	print_row(out, "syscalls seen", s->calls, 0);
	print_row(out, "  resumed without exit", s->calls_no_exit, s->calls);
	print_row(out, "stops: syscall entry", s->stop_entry, s->calls);
	print_row(out, "stops: syscall exit", s->stop_exit, s->calls);
	print_row(out, "stops: seccomp", s->stop_seccomp, s->calls);
	print_row(out, "stops: signal", s->stop_signal, 0);
	print_row(out, "stops: group stop", s->stop_group, 0);
	print_row(out, "stops: ptrace event", s->stop_event, 0);
	print_row(out, "stops: total", stops, s->calls);
	print_row(out, "Lua hook calls", s->hook_calls, s->calls);
	if (s->calls)
		fprintf(out, "  %-24s %14s\n", "stops read through",
			ltr_arch_stops_from_registers() ? "registers" : "PTRACE_GET_SYSCALL_INFO");
	if (ltr_arch_modify_path() != LTR_MODIFY_UNKNOWN)
		fprintf(out, "  %-24s %14s\n", "calls changed through",
			ltr_arch_modify_path() == LTR_MODIFY_SYSCALL_INFO ? "PTRACE_SET_SYSCALL_INFO"
									  : "registers");
	print_row(out, "trace lines", s->lines, 0);
	print_row(out, "bytes read from tracees", ltr_mem_bytes_read - start_bytes, s->calls);
	print_row(out, "tracees", s->tracees, 0);
	if (s->delays) {
		print_row(out, "stops delayed", s->delays, 0);
		fprintf(out, "  %-24s %14.3f s\n", "  delays requested", (double)s->delays_us / 1e6);
	}
	print_row(out, "waits that polled first", s->wait_polled, 0);
	print_row(out, "  stops caught polling", s->wait_poll_hits, 0);
	print_row(out, "  probes that restarted it", s->wait_probe_hits, 0);
	print_row(out, "busy checks (no polling)", s->wait_busy, 0);
	fprintf(out, "  %-24s %14.3f s (user %.3f s, system %.3f s)\n", "ltr CPU time",
		user + sys, user, sys);
	if (stops)
		fprintf(out, "  %-24s %14.2f us\n", "ltr CPU per stop",
			(user + sys) * 1e6 / (double)stops);
	fprintf(out, "  %-24s %14.3f s\n", "wall time", wall);
	fprintf(out, "  %-24s %14ld KiB\n", "ltr peak RSS", peak_rss_kib(&usage));
}
