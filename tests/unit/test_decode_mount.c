/* SPDX-License-Identifier: MIT */
/*
 * mount(2) and the mount API (src/decode/mount.c) on fake tracee memory:
 * int flags cut to 32 bits, fsconfig per command, mount_setattr's
 * struct mount_attr read no further than its size (hostile sizes,
 * unreadable tails). Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *name, const uint64_t args[6], int64_t ret)
{
	return fake_call_line(&fc, "x86_64", name, args, ret);
}

static void test_flags(void **state)
{
	uint64_t fo[6] = { 0x10000, 0xdefaced00000000ull }, fm[6] = { 3, 0xdefaced00000001ull, 0x30 };
	uint64_t ot[6] = { (uint64_t)-100, 0x10000, 0xdefaced00008001ull };
	uint64_t mm[6] = { 0xffffff9c, 0x10000, 0xffffff9c, 0x10000, 0x200 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x10000, "ext4");
	assert_string_equal(run("fsopen", fo, -19),
		"fsopen(\"ext4\", 0)                       = -1 ENODEV (No such device)");
	assert_string_equal(run("fsmount", fm, 4),
		"fsmount(3, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME) = 4");
	assert_string_equal(run("open_tree", ot, 5),
		"open_tree(AT_FDCWD, \"ext4\", OPEN_TREE_CLONE|AT_RECURSIVE) = 5");
	assert_string_equal(run("move_mount", mm, -22),
		"move_mount(AT_FDCWD, \"ext4\", AT_FDCWD, \"ext4\", 0x200 /* MOVE_MOUNT_??? */) = -1 EINVAL (Invalid argument)");
}

static void test_mount(void **state)
{
	uint64_t bind[6] = { 0x10000, 0x10000, 0x20000, 0x1000, 0x20000 };
	uint64_t magic[6] = { 0x10000, 0x10000, 0x20000, 0xc0ed0001, 0x20000 };
	uint64_t odd[6] = { 0x10000, 0x10000, 0x20000, 0x200, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x10000, "/mnt");
	fake_mem_map_str(0x20000, "tmpfs");
	/* a bind mount: the kernel reads neither type nor data */
	assert_string_equal(run("mount", bind, 0),
		"mount(\"/mnt\", \"/mnt\", 0x20000, MS_BIND, 0x20000) = 0");
	assert_string_equal(run("mount", magic, 0),
		"mount(\"/mnt\", \"/mnt\", \"tmpfs\", MS_MGC_VAL|MS_RDONLY, \"tmpfs\") = 0");
	assert_string_equal(run("mount", odd, -22),
		"mount(\"/mnt\", \"/mnt\", \"tmpfs\", 0x200 /* MS_??? */, NULL) = -1 EINVAL (Invalid argument)");
}

static void test_fsconfig(void **state)
{
	uint64_t str[6] = { 3, 1, 0x10000, 0x20000, 0 }, bin[6] = { 3, 2, 0x10000, 0x20000, 2 };
	uint64_t create[6] = { 3, 6, 0, 0, 0 }, unk[6] = { 3, 8, 0x10000, 0x20000, -1 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x10000, "source");
	fake_mem_map_str(0x20000, "ab");
	assert_string_equal(run("fsconfig", str, 0),
		"fsconfig(3, FSCONFIG_SET_STRING, \"source\", \"ab\", 0) = 0");
	assert_string_equal(run("fsconfig", bin, 0),
		"fsconfig(3, FSCONFIG_SET_BINARY, \"source\", \"\\x61\\x62\", 2) = 0");
	assert_string_equal(run("fsconfig", create, 0),
		"fsconfig(3, FSCONFIG_CMD_CREATE, NULL, NULL, 0) = 0");
	assert_string_equal(run("fsconfig", unk, -22),
		"fsconfig(3, 0x8 /* FSCONFIG_??? */, 0x10000, 0x20000, -1) = -1 EINVAL (Invalid argument)");
}

/* struct mount_attr: 32 bytes, the address below; the tail up to size */
static void test_mount_setattr(void **state)
{
	uint64_t attr[4] = { 0x100001, 0, 0x40000, 7 };
	uint64_t small[6] = { 0xffffff9c, 0x20000, 0x8000, 0x10000, 31 };
	uint64_t exact[6] = { 0xffffff9c, 0x20000, 0x8000, 0x10000, 32 };
	uint64_t longer[6] = { 0xffffff9c, 0x20000, 0x8000, 0x10000, 40 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, attr, sizeof(attr));
	fake_mem_map_str(0x20000, "/mnt");
	assert_string_equal(run("mount_setattr", small, -22),
		"mount_setattr(AT_FDCWD, \"/mnt\", AT_RECURSIVE, 0x10000, 31) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("mount_setattr", exact, 0),
		"mount_setattr(AT_FDCWD, \"/mnt\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=0, propagation=MS_PRIVATE, userns_fd=7}, 32) = 0");
	assert_string_equal(run("mount_setattr", longer, -14),
		"mount_setattr(AT_FDCWD, \"/mnt\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=0, propagation=MS_PRIVATE, userns_fd=7, ???}, 40) = -1 EFAULT (Bad address)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_mount),
		cmocka_unit_test(test_fsconfig),
		cmocka_unit_test(test_mount_setattr),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
