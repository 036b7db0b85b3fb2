/* SPDX-License-Identifier: MIT */
/*
 * perf_event_open (src/decode/perf.c) on fake tracee memory: the attr
 * read at entry as its size field says (hostile sizes capped, sizes
 * below the first version refused), printed at exit, abbreviated and
 * with -v. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const uint64_t args[6], int64_t ret, bool verbose)
{
	fake_call_init_row(&fc, "x86_64", fake_row("perf_event_open"), args);
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, NULL);
}

static void test_attr(void **state)
{
	unsigned char a[64] = { 0 };
	uint64_t args[6] = { 0x10000, 0, 0xffffffffffffffffull, 0xffffffff, 8 };
	uint32_t size;

	(void)state;
	a[0] = 1;              /* PERF_TYPE_SOFTWARE */
	size = 64;
	memcpy(a + 4, &size, 4);
	a[40] = 1;             /* disabled */
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run(args, 3, false),
		"perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER0, config=PERF_COUNT_SW_CPU_CLOCK, sample_period=0, sample_type=0, read_format=0, disabled=1, precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = 3");
	assert_string_equal(run(args, 3, true),
		"perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER0, config=PERF_COUNT_SW_CPU_CLOCK, sample_period=0, sample_type=0, read_format=0, disabled=1, inherit=0, pinned=0, exclusive=0, exclude_user=0, exclude_kernel=0, exclude_hv=0, exclude_idle=0, mmap=0, comm=0, freq=0, inherit_stat=0, enable_on_exec=0, task=0, watermark=0, precise_ip=0 /* arbitrary skid */, mmap_data=0, sample_id_all=0, exclude_host=0, exclude_guest=0, exclude_callchain_kernel=0, exclude_callchain_user=0, mmap2=0, comm_exec=0, use_clockid=0, context_switch=0, write_backward=0, namespaces=0, ksymbol=0, bpf_event=0, aux_output=0, cgroup=0, text_poke=0, build_id=0, inherit_thread=0, remove_on_exec=0, sigtrap=0, wakeup_events=0, config1=0}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = 3");
	/* a size field past the mapped 64 bytes: 128 read (capped), unreadable */
	size = 4096;
	memcpy(a + 4, &size, 4);
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run(args, -7, true),
		"perf_event_open(0x10000, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 E2BIG (Argument list too long)");
	/* below the first version */
	size = 63;
	memcpy(a + 4, &size, 4);
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run(args, -7, false),
		"perf_event_open(0x10000, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 E2BIG (Argument list too long)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attr),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
