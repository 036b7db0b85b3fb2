/* SPDX-License-Identifier: MIT */
/*
 * The ioctl families of mtd.c, ubi.c, lirc.c, nbd.c, tee.c and scsi.c
 * (src/decode/ioctl/) on fake tracee memory: the structures with
 * pointers in the layouts of x86_64 and i386, unreadable and partly
 * mapped structures, hostile counts, lengths and sizes, failed calls, and
 * what the kernel changed between entry and exit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* ioctl(3, req, arg) = ret on arch, through the row. */
static const char *ioctl_line(const char *arch, uint64_t req, uint64_t arg, int64_t ret)
{
	uint64_t args[6] = { 3, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

/* The same with kernel() run between entry and exit. */
static const char *ioctl_run(const char *arch, uint64_t req, uint64_t arg, int64_t ret,
			     void (*kernel)(void))
{
	uint64_t args[6] = { 3, req, arg };

	fake_call_init_row(&fc, arch, fake_row("ioctl"), args);
	return fake_call_run(&fc, ret, kernel);
}

static void put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static void put64(unsigned char *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

/* struct mtd_oob_buf holds a pointer: its requests and layout per arch. */
static void test_mtd_oob_buf(void **state)
{
	unsigned char b[16];

	(void)state;
	fake_mem_reset();
	put32(b, 0x200);
	put32(b + 4, 16);
	put64(b + 8, 0x5000);
	fake_mem_map(0x1000, b, sizeof(b));
	assert_string_equal(ioctl_line("x86_64", 0xc0104d03, 0x1000, -9),
		"ioctl(3, MEMWRITEOOB, {start=0x200, length=0x10, ptr=0x5000}) = -1 EBADF (Bad file descriptor)");
	/* i386: 12 bytes, a 32-bit pointer */
	put32(b + 8, 0);
	fake_mem_reset();
	fake_mem_map(0x1000, b, 12);
	assert_string_equal(ioctl_line("i386", 0xc00c4d04, 0x1000, -9),
		"ioctl(3, MEMREADOOB, {start=0x200, length=0x10, ptr=NULL}) = -1 EBADF (Bad file descriptor)");
	/* x86_64's 16 bytes are not there: the address */
	assert_string_equal(ioctl_line("x86_64", 0xc0104d04, 0x1000, -9),
		"ioctl(3, MEMREADOOB, 0x1000)            = -1 EBADF (Bad file descriptor)");
	/* another arch's request is not decoded (on i386 x86_64's is MTRRIOC_GET_ENTRY) */
	assert_string_equal(ioctl_line("x86_64", 0xc00c4d03, 0x1000, -9),
		"ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0x4d, 0x3, 0xc), 0x1000) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0xc0104d03, 0, -14),
		"ioctl(3, MEMWRITEOOB, NULL)             = -1 EFAULT (Bad address)");
}

/* MEMGETINFO and the requests the kernel fills: the address when failed. */
static void test_mtd_out(void **state)
{
	unsigned char info[32] = { 4 }, layout[328], region[16];

	(void)state;
	fake_mem_reset();
	put32(info + 4, 0x400 | 0x1);
	put32(info + 8, 0x100000);
	fake_mem_map(0x1000, info, sizeof(info));
	assert_string_equal(ioctl_line("x86_64", 0x80204d01, 0x1000, 0),
		"ioctl(3, MIXER_READ(1) or MEMGETINFO, {type=MTD_NANDFLASH, flags=MTD_WRITEABLE|0x1, "
		"size=0x100000, erasesize=0, writesize=0, oobsize=0, padding=0}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x80204d01, 0x1000, -25),
		"ioctl(3, MIXER_READ(1) or MEMGETINFO, 0x1000) = -1 ENOTTY (Inappropriate ioctl for device)");
	/* eccpos: 64 numbers, cut at -s's 32 */
	memset(layout, 0, sizeof(layout));
	fake_mem_map(0x2000, layout, sizeof(layout));
	assert_non_null(strstr(ioctl_line("x86_64", 0x81484d11, 0x2000, 0),
		", 0, 0, ...], oobavail=0, oobfree=[{offset=0, length=0}, "));
	/* a structure at the end of a mapping, partly there */
	assert_string_equal(ioctl_line("x86_64", 0x81484d11, 0x2000 + 8, 0),
		"ioctl(3, MIXER_READ(17) or ECCGETLAYOUT, 0x2008) = 0");
	/* MEMGETREGIONINFO: the index at entry, the rest at exit of a success */
	put32(region, 0x10);
	put32(region + 4, 0x20);
	put32(region + 8, 0x30);
	put32(region + 12, 2);
	fake_mem_map(0x3000, region, sizeof(region));
	assert_string_equal(ioctl_line("x86_64", 0xc0104d08, 0x3000, 0),
		"ioctl(3, MEMGETREGIONINFO, {regionindex=0x2, offset=0x10, erasesize=0x20, numblocks=0x30}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0xc0104d08, 0x3000, -22),
		"ioctl(3, MEMGETREGIONINFO, {regionindex=0x2}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(ioctl_line("x86_64", 0xc0104d08, 0x9000, -14),
		"ioctl(3, MEMGETREGIONINFO, 0x9000)      = -1 EFAULT (Bad address)");
	/* OTPSELECT's int, as strace prints it */
	put32(region, 0);
	fake_mem_map(0x4000, region, 4);
	assert_string_equal(ioctl_line("x86_64", 0x80044d0d, 0x4000, -9),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, [MTD_OTP_OFF]) = -1 EBADF (Bad file descriptor)");
}

static void unmap_all(void)
{
	fake_mem_reset();
}

/* UBI: names of hostile lengths, rename entries of hostile counts. */
static void test_ubi(void **state)
{
	unsigned char mk[152], rn[16 + 32 * 136];
	int32_t result = 7;

	(void)state;
	fake_mem_reset();
	memset(mk, 0, sizeof(mk));
	mk[16] = 3;                       /* UBI_DYNAMIC_VOLUME */
	mk[18] = 0xff;                    /* name_len -1 */
	mk[19] = 0xff;
	memset(mk + 24, 'v', 128);
	fake_mem_map(0x1000, mk, sizeof(mk));
	assert_string_equal(ioctl_line("x86_64", 0x40986f00, 0x1000, -9),
		"ioctl(3, UBI_IOCMKVOL, {vol_id=0, alignment=0, bytes=0, vol_type=UBI_DYNAMIC_VOLUME, "
		"flags=0, name_len=-1, name=\"\"...}) = -1 EBADF (Bad file descriptor)");
	/* success: the volume id the kernel stored in the first int */
	mk[18] = 2;
	mk[19] = 0;
	fake_mem_reset();
	fake_mem_map(0x1000, mk, sizeof(mk));
	fake_mem_map(0x2000, &result, sizeof(result));
	assert_string_equal(ioctl_line("x86_64", 0x40986f00, 0x1000, 0),
		"ioctl(3, UBI_IOCMKVOL, {vol_id=0, alignment=0, bytes=0, vol_type=UBI_DYNAMIC_VOLUME, "
		"flags=0, name_len=2, name=\"vv\"...} => [0]) = 0");
	/* the structure gone at exit: its address */
	assert_string_equal(ioctl_run("x86_64", 0x40986f00, 0x1000, 0, unmap_all),
		"ioctl(3, UBI_IOCMKVOL, {vol_id=0, alignment=0, bytes=0, vol_type=UBI_DYNAMIC_VOLUME, "
		"flags=0, name_len=2, name=\"vv\"...} => 0x1000) = 0");
	/* rename: a negative count shows no entry, a huge one 32 at most */
	memset(rn, 0, sizeof(rn));
	put32(rn, (uint32_t)-5);
	fake_mem_map(0x4000, rn, sizeof(rn));
	assert_string_equal(ioctl_line("x86_64", 0x51106f03, 0x4000, -9),
		"ioctl(3, UBI_IOCRNVOL, {count=-5, ents=[]}) = -1 EBADF (Bad file descriptor)");
	put32(rn, 1000);
	fake_mem_reset();
	fake_mem_map(0x4000, rn, sizeof(rn));
	{
		const char *line = ioctl_line("x86_64", 0x51106f03, 0x4000, -9);
		const char *p = line;
		unsigned n = 0;

		while ((p = strstr(p, "{vol_id=")))
			n++, p++;
		assert_int_equal(n, 32);
		assert_null(strstr(line, "..."));
	}
	/* one byte short of the whole request */
	fake_mem_reset();
	fake_mem_map(0x4000, rn, sizeof(rn) - 1);
	assert_string_equal(ioctl_line("x86_64", 0x51106f03, 0x4000, -9),
		"ioctl(3, UBI_IOCRNVOL, 0x4000)          = -1 EBADF (Bad file descriptor)");
}

/* LIRC's GET requests print at exit, NBD's flags and descriptor. */
static void test_lirc_nbd(void **state)
{
	uint32_t v = 0x2 | 0x40000 | 0x8;

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &v, sizeof(v));
	assert_string_equal(ioctl_line("x86_64", 0x80046900, 0x1000, 0),
		"ioctl(3, LIRC_GET_FEATURES, [LIRC_CAN_SEND_PULSE|LIRC_CAN_REC_MODE2|0x8]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x80046900, 0x1000, -9),
		"ioctl(3, LIRC_GET_FEATURES, 0x1000)     = -1 EBADF (Bad file descriptor)");
	/* SET_REC_MODE: an unknown mode */
	v = 3;
	fake_mem_reset();
	fake_mem_map(0x1000, &v, sizeof(v));
	assert_string_equal(ioctl_line("x86_64", 0x40046912, 0x1000, -9),
		"ioctl(3, LIRC_SET_REC_MODE, [0x3 /* LIRC_MODE_??? */]) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0xab0a, 0x80000001, -9),
		"ioctl(3, NBD_SET_FLAGS, NBD_FLAG_HAS_FLAGS|0x80000000) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 0xab02, 0xffffffffffffffffull, -9),
		"ioctl(3, NBD_SET_SIZE, 4294967295)      = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0xab08, 0x1234, -9),
		"ioctl(3, NBD_DISCONNECT)                = -1 EBADF (Bad file descriptor)");
}

/*
 * TEE's buffer requests: hostile buf_len, a buffer not the size its
 * num_params implies, a parameter array running into unmapped memory,
 * a failed call and a successful one.
 */
static void test_tee(void **state)
{
	unsigned char buf[16], inv[24 + 2 * 32];

	(void)state;
	fake_mem_reset();
	memset(inv, 0, sizeof(inv));
	put32(inv, 1);                 /* func */
	put32(inv + 4, 0xab);          /* session */
	put32(inv + 12, 5);            /* ret */
	put32(inv + 16, 3);            /* ret_origin TEEC_ORIGIN_TEE */
	put32(inv + 20, 2);            /* num_params */
	put64(inv + 24, 1);            /* VALUE_INPUT */
	put64(inv + 56, 0x106);        /* MEMREF_OUTPUT|META */
	fake_mem_map(0x2000, inv, sizeof(inv));
	put64(buf, 0x2000);
	put64(buf + 8, sizeof(inv));
	fake_mem_map(0x1000, buf, sizeof(buf));
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, 0),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=88, buf_ptr={func=1, session=0xab, cancel_id=0, "
		"num_params=2, params=[{attr=TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT, a=0, b=0, c=0}, "
		"{attr=TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT|TEE_IOCTL_PARAM_ATTR_META, a=0, b=0, c=0}]} "
		"=> {ret=5, ret_origin=TEEC_ORIGIN_TEE, params=[{attr=TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT, "
		"a=0, b=0, c=0}, {attr=TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT|TEE_IOCTL_PARAM_ATTR_META, "
		"a=0, b=0, c=0}]}}) = 0");
	/* failed: the outer brace closed, nothing more */
	assert_non_null(strstr(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"c=0}]}}) = -1 EINVAL (Invalid argument)"));
	/* the second parameter not mapped */
	fake_mem_reset();
	fake_mem_map(0x1000, buf, sizeof(buf));
	fake_mem_map(0x2000, inv, 24 + 32);
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=88, buf_ptr={func=1, session=0xab, cancel_id=0, "
		"num_params=2, params=[{attr=TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT, a=0, b=0, c=0}, "
		"... /* 0x2038 */]}}) = -1 EINVAL (Invalid argument)");
	/* buf_len: beyond TEE_MAX_ARG_SIZE, below the structure, not what num_params says */
	put64(buf + 8, 0xffffffffffffffffull);
	fake_mem_reset();
	fake_mem_map(0x1000, buf, sizeof(buf));
	fake_mem_map(0x2000, inv, sizeof(inv));
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=18446744073709551615, buf_ptr=0x2000}) = -1 EINVAL (Invalid argument)");
	put64(buf + 8, 23);
	fake_mem_reset();
	fake_mem_map(0x1000, buf, sizeof(buf));
	fake_mem_map(0x2000, inv, sizeof(inv));
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=23, buf_ptr=0x2000}) = -1 EINVAL (Invalid argument)");
	put64(buf + 8, 24 + 32);
	fake_mem_reset();
	fake_mem_map(0x1000, buf, sizeof(buf));
	fake_mem_map(0x2000, inv, sizeof(inv));
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=56, buf_ptr=0x2000}) = -1 EINVAL (Invalid argument)");
	/* the argument structure unreadable */
	put64(buf + 8, sizeof(inv));
	put64(buf, 0x9000);
	fake_mem_reset();
	fake_mem_map(0x1000, buf, sizeof(buf));
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x1000, -22),
		"ioctl(3, TEE_IOC_INVOKE, {buf_len=88, buf_ptr=0x9000}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(ioctl_line("x86_64", 0x8010a403, 0x9000, -14),
		"ioctl(3, TEE_IOC_INVOKE, 0x9000)        = -1 EFAULT (Bad address)");
}

/* struct sg_io_hdr of arch at 0x1000: TO_FROM_DEV, 3 data bytes at 0x3000, sense at 0x4000. */
static void map_sg_io_v3(const char *arch)
{
	static const unsigned char data[3] = { 0xa, 0xb, 0xc }, cmd[2] = { 0x12, 0 };
	unsigned char h[88] = { 0 };
	unsigned ws = strcmp(arch, "i386") ? 8 : 4, status = ws == 8 ? 64 : 44;

	put32(h, 'S');
	put32(h + 4, (uint32_t)-4);        /* SG_DXFER_TO_FROM_DEV */
	h[8] = sizeof(cmd);
	put32(h + 12, sizeof(data));
	memcpy(h + 16, &(uint64_t){ 0x3000 }, ws);
	memcpy(h + 16 + ws, &(uint64_t){ 0x2000 }, ws);
	memcpy(h + 16 + 2 * ws, &(uint64_t){ 0x4000 }, ws);
	h[status + 3] = 1;                 /* sb_len_wr */
	put32(h + status + 8, 1);          /* resid */
	fake_mem_map(0x1000, h, ws == 8 ? 88 : 64);
	fake_mem_map(0x2000, cmd, sizeof(cmd));
	fake_mem_map(0x3000, data, sizeof(data));
	fake_mem_map(0x4000, "\x70", 1);
}

static void change_interface_id(void)
{
	fake_mem_reset();
	map_sg_io_v3("x86_64");
	fake_mem_reset();
	{
		unsigned char h[88] = { 'T' };

		fake_mem_map(0x1000, h, sizeof(h));
	}
}

/* SG_IO v3 in both layouts; the header changed or gone at exit. */
static void test_sg_io_v3(void **state)
{
	static const char tail[] = ", status=0, masked_status=0, msg_status=0, sb_len_wr=1, "
		"sbp=\"\\x70\", host_status=0, driver_status=0, resid=1, duration=0, info=0})";
	char want[512];

	(void)state;
	fake_mem_reset();
	map_sg_io_v3("x86_64");
	snprintf(want, sizeof(want), "ioctl(3, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_TO_FROM_DEV, "
		 "cmd_len=2, cmdp=\"\\x12\\x00\", mx_sb_len=0, iovec_count=0, dxfer_len=3, timeout=0, "
		 "flags=0, dxferp=\"\\x0a\\x0b\\x0c\" => dxferp=\"\\x0a\\x0b\"%s = -1 EBADF (Bad file descriptor)",
		 tail);
	/* the kernel's answer prints even when the call failed, as strace */
	assert_string_equal(ioctl_line("x86_64", 0x2285, 0x1000, -9), want);
	fake_mem_reset();
	map_sg_io_v3("i386");
	assert_string_equal(ioctl_line("i386", 0x2285, 0x1000, -9), want);
	/* gone at exit: the pointers entry read */
	assert_string_equal(ioctl_run("i386", 0x2285, 0x1000, -14, unmap_all),
		"ioctl(3, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_TO_FROM_DEV, cmd_len=2, "
		"cmdp=\"\\x12\\x00\", mx_sb_len=0, iovec_count=0, dxfer_len=3, timeout=0, flags=0, "
		"dxferp=\"\\x0a\\x0b\\x0c\", sbp=0x4000}) = -1 EFAULT (Bad address)");
	fake_mem_reset();
	map_sg_io_v3("x86_64");
	assert_non_null(strstr(ioctl_run("x86_64", 0x2285, 0x1000, 0, change_interface_id),
		"dxferp=\"\\x0a\\x0b\\x0c\" => interface_id=84}) = 0"));
	/* another interface: its number (here sbp's low half) */
	fake_mem_reset();
	map_sg_io_v3("x86_64");
	assert_string_equal(ioctl_line("x86_64", 0x2285, 0x1000 + 32, -9),
		"ioctl(3, SG_IO, [16384])                = -1 EBADF (Bad file descriptor)");
	/* the header cut short: the address after interface_id */
	{
		unsigned char h[40] = { 'S' };

		fake_mem_reset();
		fake_mem_map(0x1000, h, sizeof(h));
		assert_string_equal(ioctl_line("x86_64", 0x2285, 0x1000, -9),
			"ioctl(3, SG_IO, {interface_id='S', 0x1004}) = -1 EBADF (Bad file descriptor)");
	}
}

/* SG_IO v4: the response and din buffers, din_resid; unknown interfaces. */
static void test_sg_io_v4(void **state)
{
	unsigned char h[160] = { 0 };
	uint32_t other = 0x7;

	(void)state;
	fake_mem_reset();
	put32(h, 'Q');
	put32(h + 68, 4);              /* din_xfer_len */
	put64(h + 80, 0x3000);         /* din_xferp */
	put32(h + 136, 5);             /* din_resid > din_xfer_len: ignored */
	fake_mem_map(0x1000, h, sizeof(h));
	fake_mem_map(0x3000, "\x01\x02\x03\x04", 4);
	assert_string_equal(ioctl_line("i386", 0x2285, 0x1000, 0),
		"ioctl(3, SG_IO, {guard='Q', protocol=BSG_PROTOCOL_SCSI, subprotocol=BSG_SUB_PROTOCOL_SCSI_CMD, "
		"request_len=0, request=NULL, request_tag=0, request_attr=0, request_priority=0, "
		"request_extra=0, max_response_len=0, dout_iovec_count=0, dout_xfer_len=0, "
		"din_iovec_count=0, din_xfer_len=4, dout_xferp=NULL, timeout=0, flags=0, usr_ptr=0, "
		"response_len=0, response=NULL, din_xferp=\"\\x01\\x02\\x03\\x04\", driver_status=0, "
		"transport_status=0, device_status=0, retry_delay=0, info=0, duration=0, response_len=0, "
		"din_resid=5, dout_resid=0, generated_tag=0}) = 0");
	assert_non_null(strstr(ioctl_run("x86_64", 0x2285, 0x1000, 0, unmap_all),
		"usr_ptr=0, response=0, din_xferp=0x3000}) = 0"));
	fake_mem_reset();
	fake_mem_map(0x1000, &other, sizeof(other));
	assert_string_equal(ioctl_line("x86_64", 0x2285, 0x1000, -9),
		"ioctl(3, SG_IO, [7])                    = -1 EBADF (Bad file descriptor)");
}

/* struct sg_req_info's pointer per arch; SG_SCSI_RESET's bit and value. */
static void test_scsi_misc(void **state)
{
	unsigned char ri[24] = { 1, 0xff, 0, 0 };
	uint32_t v = 0x104;

	(void)state;
	fake_mem_reset();
	put32(ri + 4, 9);
	put64(ri + 8, 0x5000);
	put32(ri + 16, 77);
	fake_mem_map(0x1000, ri, sizeof(ri));
	assert_string_equal(ioctl_line("x86_64", 0x2286, 0x1000, 0),
		"ioctl(3, SG_GET_REQUEST_TABLE, {req_state=1, orphan=-1, sg_io_owned=0, problem=0, "
		"pack_id=9, usr_ptr=0x5000, duration=77}) = 0");
	/* i386: the pointer is 4 bytes, duration follows it */
	assert_string_equal(ioctl_line("i386", 0x2286, 0x1000, 0),
		"ioctl(3, SG_GET_REQUEST_TABLE, {req_state=1, orphan=-1, sg_io_owned=0, problem=0, "
		"pack_id=9, usr_ptr=0x5000, duration=0}) = 0");
	assert_string_equal(ioctl_line("i386", 0x2286, 0x1000, -9),
		"ioctl(3, SG_GET_REQUEST_TABLE, 0x1000)  = -1 EBADF (Bad file descriptor)");
	fake_mem_map(0x2000, &v, sizeof(v));
	assert_string_equal(ioctl_line("x86_64", 0x2284, 0x2000, -9),
		"ioctl(3, SG_SCSI_RESET, [SG_SCSI_RESET_NO_ESCALATE|SG_SCSI_RESET_TARGET]) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0x2204, 0xffffffff0000005aull, -9),
		"ioctl(3, SG_SET_TRANSFORM, 0x5a)        = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0x2202, 0x1, -9),
		"ioctl(3, SG_GET_TIMEOUT)                = -1 EBADF (Bad file descriptor)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mtd_oob_buf),
		cmocka_unit_test(test_mtd_out),
		cmocka_unit_test(test_ubi),
		cmocka_unit_test(test_lirc_nbd),
		cmocka_unit_test(test_tee),
		cmocka_unit_test(test_sg_io_v3),
		cmocka_unit_test(test_sg_io_v4),
		cmocka_unit_test(test_scsi_misc),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
