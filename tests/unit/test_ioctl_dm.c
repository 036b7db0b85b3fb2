/* SPDX-License-Identifier: MIT */
/*
 * Device-mapper ioctls (src/decode/ioctl/dm.c) on fake tracee memory:
 * struct dm_ioctl at entry and exit, and its payloads walked with
 * hostile data_start, data_size, target counts and next offsets (records
 * that point back, past the buffer, or wrap a u32), unreadable headers,
 * payloads and strings, in x86_64's and i386's address spaces.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/ioctl.h>
#include <linux/dm-ioctl.h>

#include "fake_buf.h"
#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* HDR: the header's size as data_size counts it; P: where the payloads start here */
enum { HDR = offsetof(struct dm_ioctl, data), P = sizeof(struct dm_ioctl), ARG = 0x10000 };

/* A buffer: a struct dm_ioctl (version 4.1.2, dev 0x1234, name "nnn") then a payload. */
static unsigned char buf[1024];

static void init_hdr(uint32_t data_size, uint32_t data_start)
{
	memset(buf, 0, sizeof(buf));
	fake_put_u32(buf + 0, DM_VERSION_MAJOR);
	fake_put_u32(buf + 4, 1);
	fake_put_u32(buf + 8, 2);
	fake_put_u32(buf + offsetof(struct dm_ioctl, data_size), data_size);
	fake_put_u32(buf + offsetof(struct dm_ioctl, data_start), data_start);
	fake_put_u64(buf + offsetof(struct dm_ioctl, dev), 0x1234);
	strcpy((char *)buf + offsetof(struct dm_ioctl, name), "nnn");
}

/* Maps the first len bytes of buf at ARG. */
static void map_buf(size_t len)
{
	fake_mem_reset();
	fake_mem_map(ARG, buf, len);
}

/* ioctl(3, req, ARG) = ret on arch, verbose or not. */
static const char *dm_line(const char *arch, uint32_t req, bool verbose, int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row("ioctl"), (uint64_t[6]){ 3, req, ARG });
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, NULL);
}

#define HEAD "ioctl(3, "
#define DEV "dev=makedev(0x12, 0x34), name=\"nnn\""

static void test_dm_header(void **state)
{
	(void)state;
	/* unreadable: the address, at exit */
	fake_mem_reset();
	assert_non_null(strstr(dm_line("x86_64", DM_VERSION, false, -9), "DM_VERSION, 0x10000) "));
	/* a partly mapped header is unreadable too */
	init_hdr(HDR, 0);
	map_buf(HDR - 1);
	assert_non_null(strstr(dm_line("x86_64", DM_VERSION, false, -9), "DM_VERSION, 0x10000) "));
	/* a data_size that does not reach data_size: the address */
	init_hdr(11, 0);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_VERSION, false, -9), "DM_VERSION, 0x10000) "));
	init_hdr(12, 0);
	map_buf(HDR);
	assert_string_equal(dm_line("x86_64", DM_VERSION, false, -9),
		HEAD "DM_VERSION, [{version=[4, 1, 2], data_size=12 /* data_size too small */}]) "
		"= -1 EBADF (Bad file descriptor)");
	fake_put_u32(buf + 0, 5);
	map_buf(HDR);
	assert_string_equal(dm_line("x86_64", DM_VERSION, false, -9),
		HEAD "DM_VERSION, [{version=[5, 1, 2] /* unsupported device mapper ABI version */}]) "
		"= -1 EBADF (Bad file descriptor)");
	/* flags, unknown bits; success prints the header again */
	init_hdr(HDR, 0);
	fake_put_u32(buf + offsetof(struct dm_ioctl, flags), DM_READONLY_FLAG | 0x80);
	map_buf(HDR);
	assert_string_equal(dm_line("x86_64", DM_VERSION, false, 0),
		HEAD "DM_VERSION, [{version=[4, 1, 2], data_size=305, " DEV ", flags=DM_READONLY_FLAG|0x80}]"
		" => [{version=[4, 1, 2], data_size=305, " DEV ", flags=DM_READONLY_FLAG|0x80}]) = 0");
	/* an unterminated name: 127 bytes then "..." */
	init_hdr(HDR, 0);
	memset(buf + offsetof(struct dm_ioctl, name), 'a', DM_NAME_LEN);
	fake_put_u64(buf + offsetof(struct dm_ioctl, dev), 0);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_DEV_STATUS, false, -9), "aaaa\"..., flags=0}]"));
	/* the counters of a successful DM_DEV_STATUS */
	init_hdr(HDR, 0);
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 7);
	fake_put_u32(buf + offsetof(struct dm_ioctl, open_count), 0xffffffff);
	map_buf(HDR);
	assert_string_equal(dm_line("x86_64", DM_DEV_STATUS, false, 0),
		HEAD "DM_DEV_STATUS, [{version=[4, 1, 2], data_size=305, " DEV ", flags=0}] => "
		"[{version=[4, 1, 2], data_size=305, " DEV ", target_count=7, open_count=4294967295, "
		"event_nr=0, flags=0}]) = 0");
}

/* The kernel's side of a failed call that changed data_size. */
static void kernel_grows(void)
{
	fake_put_u32(buf + offsetof(struct dm_ioctl, data_size), HDR + 8);
	map_buf(HDR);
}

static void test_dm_changed(void **state)
{
	(void)state;
	init_hdr(HDR, 0);
	map_buf(HDR);
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, DM_VERSION, ARG });
	assert_string_equal(fake_call_run(&fc, -9, kernel_grows),
		HEAD "DM_VERSION, [{version=[4, 1, 2], data_size=305, " DEV ", flags=0}] => "
		"[{version=[4, 1, 2], data_size=313, " DEV ", flags=0}]) = -1 EBADF (Bad file descriptor)");
}

/* A target spec at off: sector 1, length 2, type "t", next, then the params string. */
static void put_spec(unsigned off, uint32_t next, const char *params)
{
	fake_put_u64(buf + off, 1);
	fake_put_u64(buf + off + 8, 2);
	fake_put_u32(buf + off + 20, next);
	strcpy((char *)buf + off + 24, "t");
	strcpy((char *)buf + off + 40, params);
}

static void test_dm_target_specs(void **state)
{
	(void)state;
	/* next 0: the second spec would be the first again */
	init_hdr(P + 100, P);
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 0xffffffff);
	put_spec(P, 0, "p");
	map_buf(P + 100);
	assert_string_equal(dm_line("x86_64", DM_TABLE_LOAD, true, -9),
		HEAD "DM_TABLE_LOAD, [{version=[4, 1, 2], data_size=412, data_start=312, " DEV
		", target_count=4294967295, flags=0}, {sector_start=1, length=2, target_type=\"t\", "
		"string=\"p\"}, ??? /* misplaced struct dm_target_spec */]) = -1 EBADF (Bad file descriptor)");
	/* abbreviated: "..." */
	assert_string_equal(dm_line("x86_64", DM_TABLE_LOAD, false, -9),
		HEAD "DM_TABLE_LOAD, [{version=[4, 1, 2], data_size=412, data_start=312, " DEV
		", target_count=4294967295, flags=0}, ...]) = -1 EBADF (Bad file descriptor)");
	/* a next that wraps the u32 offset back into the buffer */
	put_spec(P, 0xffffff00, "p");
	map_buf(P + 100);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_LOAD, true, -9),
		"string=\"p\"}, ??? /* misplaced struct dm_target_spec */]"));
	/* data_start past data_size, and one whose spec would wrap */
	init_hdr(HDR, 0xfffffff8);
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 1);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_LOAD, true, -9),
		"flags=0}, ??? /* misplaced struct dm_target_spec */]"));
	/* a spec inside data_size but not mapped: its address */
	init_hdr(P + 100, P);
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 1);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_LOAD, true, -9), "flags=0}, 0x10138]"));
	/* a string not mapped: its address */
	put_spec(P, 0, "p");
	map_buf(P + 40);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_LOAD, true, -9),
		"target_type=\"t\", string=0x10160}]"));
	/* -s limits the specs walked: a chain of 3 with -s 2 */
	init_hdr(P + 200, P);
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 3);
	put_spec(P, 48, "a");
	put_spec(P + 48, 48, "b");
	put_spec(P + 96, 48, "c");
	map_buf(P + 200);
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, DM_TABLE_LOAD, ARG });
	fc.opts.verbose = true;
	fc.opts.strsize = 2;
	assert_non_null(strstr(fake_call_run(&fc, -9, NULL), "string=\"b\"}, ...]"));
	/* at exit, status too, and next counts from data_start */
	fake_put_u32(buf + offsetof(struct dm_ioctl, target_count), 2);
	fake_put_u32(buf + P + 16, 0xfffffffe);
	put_spec(P, 96, "a");
	map_buf(P + 200);
	assert_string_equal(dm_line("x86_64", DM_TABLE_STATUS, true, 0),
		HEAD "DM_TABLE_STATUS, [{version=[4, 1, 2], data_size=512, data_start=312, " DEV
		", flags=0}] => [{version=[4, 1, 2], data_size=512, data_start=312, " DEV
		", target_count=2, open_count=0, event_nr=0, flags=0}, {sector_start=1, length=2, status=-2, "
		"target_type=\"t\", string=\"a\"}, {sector_start=1, length=2, status=0, target_type=\"t\", "
		"string=\"c\"}]) = 0");
}

static void test_dm_lists(void **state)
{
	(void)state;
	/* DM_TABLE_DEPS: a count the buffer cannot hold */
	init_hdr(P + 24, P);
	fake_put_u32(buf + P, 3);
	fake_put_u64(buf + P + 8, 0x0801);
	fake_put_u64(buf + P + 16, 0x0802);
	map_buf(P + 24);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_DEPS, true, 0),
		"flags=0}, ??? /* misplaced struct dm_target_deps */]) = 0"));
	fake_put_u32(buf + P, 2);
	map_buf(P + 24);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_DEPS, true, 0),
		"flags=0}, {count=2, deps=[makedev(0x8, 0x1), makedev(0x8, 0x2)]}]) = 0"));
	/* data_start == data_size: no payload */
	init_hdr(P, P);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_TABLE_DEPS, true, 0), "flags=0}]) = 0"));

	/* DM_LIST_DEVICES: a chain whose second record points back at the first */
	init_hdr(P + 64, P);
	fake_put_u64(buf + P, 0x0801);
	fake_put_u32(buf + P + 8, 16);
	strcpy((char *)buf + P + 12, "a");
	fake_put_u32(buf + P + 16 + 8, 0xfffffff0);
	strcpy((char *)buf + P + 16 + 12, "b");
	map_buf(P + 64);
	assert_non_null(strstr(dm_line("x86_64", DM_LIST_DEVICES, true, 0),
		"flags=0}, {dev=makedev(0x8, 0x1), name=\"a\"}, {dev=makedev(0, 0), name=\"b\"}, "
		"??? /* misplaced struct dm_name_list */]) = 0"));
	/* from dm 4.37, an event_nr after the name when next leaves room for it */
	fake_put_u32(buf + 4, 37);
	fake_put_u32(buf + P + 8, 24);
	fake_put_u32(buf + P + 16, 42);
	fake_put_u64(buf + P + 24, 0);
	fake_put_u32(buf + P + 24 + 8, 0);
	strcpy((char *)buf + P + 24 + 12, "c");
	map_buf(P + 64);
	assert_non_null(strstr(dm_line("x86_64", DM_LIST_DEVICES, true, 0),
		"{dev=makedev(0x8, 0x1), name=\"a\", event_nr=42}, {dev=makedev(0, 0), name=\"c\"}]) = 0"));
	/* abbreviated */
	assert_non_null(strstr(dm_line("x86_64", DM_LIST_DEVICES, false, 0), "flags=0}, ...]) = 0"));

	/* DM_LIST_VERSIONS: next 0 ends the chain */
	init_hdr(P + 32, P);
	fake_put_u32(buf + P + 4, 1);
	fake_put_u32(buf + P + 8, 2);
	fake_put_u32(buf + P + 12, 3);
	strcpy((char *)buf + P + 16, "linear");
	map_buf(P + 32);
	assert_non_null(strstr(dm_line("x86_64", DM_LIST_VERSIONS, true, 0),
		"flags=0}, {name=\"linear\", version=[1, 2, 3]}]) = 0"));
}

static void test_dm_strings(void **state)
{
	(void)state;
	/* DM_TARGET_MSG: data_start 0xffffffff would wrap */
	init_hdr(HDR, 0xffffffff);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("x86_64", DM_TARGET_MSG, true, -9),
		"flags=0}, ??? /* misplaced struct dm_target_msg */]"));
	init_hdr(P + 16, P);
	fake_put_u64(buf + P, 0x1234);
	strcpy((char *)buf + P + 8, "msg");
	map_buf(P + 16);
	assert_non_null(strstr(dm_line("x86_64", DM_TARGET_MSG, true, -9),
		"flags=0}, {sector=4660, message=\"msg\"}]"));
	/* DM_DEV_RENAME: a string past data_size, and one cut by data_size */
	init_hdr(P + 8, P + 9);
	map_buf(P + 8);
	assert_non_null(strstr(dm_line("x86_64", DM_DEV_RENAME, true, -9),
		"event_nr=0, flags=0}, ??? /* misplaced string */]"));
	init_hdr(P + 3, P);
	strcpy((char *)buf + P, "abcdef");
	map_buf(P + 8);
	assert_non_null(strstr(dm_line("x86_64", DM_DEV_RENAME, true, -9),
		"event_nr=0, flags=0}, {string=\"abc\"...}]"));
	/* i386: the payload address wraps 32 bits and is not read */
	init_hdr(0xffffffff, 0xffff1000);
	map_buf(HDR);
	assert_non_null(strstr(dm_line("i386", DM_DEV_RENAME, true, -9),
		"flags=0}, {string=0x1000}]"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dm_header),
		cmocka_unit_test(test_dm_changed),
		cmocka_unit_test(test_dm_target_specs),
		cmocka_unit_test(test_dm_lists),
		cmocka_unit_test(test_dm_strings),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
