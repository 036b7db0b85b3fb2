/* SPDX-License-Identifier: MIT */
/*
 * Socket addresses of the families past Bluetooth (sockaddr.c: AF_RXRPC,
 * AF_IEEE802154, AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR, AF_XDP, AF_MCTP)
 * through connect's row, on fake tracee memory: each one byte short of
 * its family's size (sa_data), at its size, and at the hostile lengths:
 * AF_NFC's between its two structures (and the i386 layout of the
 * longer one), an AF_ALG name of one byte, an address longer than
 * sockaddr_storage (only 128 bytes read), one that runs into unmapped
 * memory; and the -X styles of the fields strace always comments. Every
 * expected line was printed by strace 6.1 for the same call made by a
 * small C program.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/xlat.h"
#include "fake_mem.h"

static struct fake_call fc;

/* The bytes of each case (the C program used the same). */
static unsigned char rx[36] = { 33, 0, 0xc5, 0x09, 2, 0, 28, 0, 10, 0, 0x1f, 0x90, 0, 0, 0, 5,
	0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0 };
static unsigned char ieee[20] = { 36, 0, 0, 0, 2, 0, 0, 0, 0xff, 0xff, 0xff, 0xff };
static unsigned char alg[200];
static unsigned char nfc[96] = { 39, 0, 0, 0, 1, 0, 0, 0, 0x42, 0, 0, 0, 5, 0, 0, 0, 2, 0xff,
	'a', 'b', 'c' };
static unsigned char vs[16] = { 40, 0, 0, 0, 0xd2, 0x04, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0 };
static unsigned char qr[12] = { 42, 0, 0, 0, 1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff };
static unsigned char xd[16] = { 44, 0, 1, 0, 0, 0, 0, 0, 7, 0, 0, 0, 5, 0, 0, 0 };
static unsigned char mc[12] = { 45, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 0 };
static void fill(void)
{
	alg[0] = 38;
	memcpy(alg + 2, "skcipher", 8);
	memset(alg + 24, 'A', sizeof(alg) - 24);
	/* NFC: service_name_len 3 at 88 (64-bit) and 84 (32-bit) */
	nfc[84] = 3;
	nfc[88] = 3;
}

static const struct {
	const char *arch;
	const unsigned char *sa;
	unsigned len;
	const char *line;
} cases[] = {
	{ "x86_64", rx, 35,
	  "connect(3, {sa_family=AF_RXRPC, sa_data=\"\\305\\t\\2\\0\\34\\0\\n\\0\\37\\220\\0\\0\\0\\5\\376\\200\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\1\\1\\0\\0\"}, 35) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", rx, 36,
	  "connect(3, {sa_family=AF_RXRPC, srx_service=0x9c5 /* YFS_CM_SERVICE */, transport_type=SOCK_DGRAM, transport_len=28, transport={sin6={sin6_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, \"fe80::1\", &sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}}}, 36) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", ieee, 20,
	  "connect(3, {sa_family=AF_IEEE802154, addr={addr_type=0x2 /* IEEE802154_ADDR_SHORT */, pan_id=0xffff /* IEEE802154_PANID_BROADCAST */, short_addr=0xffff /* IEEE802154_ADDR_BROADCAST */}}, 20) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", alg, 25,
	  "connect(3, {sa_family=AF_ALG, salg_type=\"skcipher\", salg_feat=0, salg_mask=0, salg_name=\"\"...}, 25) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", alg, 200,
	  "connect(3, {sa_family=AF_ALG, salg_type=\"skcipher\", salg_feat=0, salg_mask=0, salg_name=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"...}, 200) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", alg, 24,
	  "connect(3, {sa_family=AF_ALG, sa_data=\"skcipher\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 24) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", nfc, 15,
	  "connect(3, {sa_family=AF_NFC, sa_data=\"\\0\\0\\1\\0\\0\\0B\\0\\0\\0\\5\\0\\0\"}, 15) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", nfc, 16,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP}, 16) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", nfc, 17,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, ...}, 17) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", nfc, 88,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, ...}, 88) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", nfc, 96,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, dsap=0x2 /* LLCP_SAP_IP */, ssap=0xff /* LLCP_SAP_MAX */, service_name=\"abc\", service_name_len=3}, 96) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", vs, 15,
	  "connect(3, {sa_family=AF_VSOCK, sa_data=\"\\0\\0\\322\\4\\0\\0\\3\\0\\0\\0\\1\\0\\0\"}, 15) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", vs, 16,
	  "connect(3, {sa_family=AF_VSOCK, svm_cid=0x3, svm_port=0x4d2, svm_flags=VMADDR_FLAG_TO_HOST}, 16) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", qr, 12,
	  "connect(3, {sa_family=AF_QIPCRTR, sq_node=0x1, sq_port=QRTR_PORT_CTRL}, 12) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", xd, 16,
	  "connect(3, {sa_family=AF_XDP, sxdp_flags=XDP_SHARED_UMEM, sxdp_ifindex=0, sxdp_queue_id=7, sxdp_shared_umem_fd=5}, 16) = -1 EBADF (Bad file descriptor)" },
	{ "x86_64", mc, 12,
	  "connect(3, {sa_family=AF_MCTP, smctp_network=MCTP_NET_ANY, smctp_addr={s_addr=MCTP_ADDR_NULL}, smctp_type=0x1, smctp_tag=0x8}, 12) = -1 EBADF (Bad file descriptor)" },
	{ "i386", nfc, 17,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, ...}, 17) = -1 EBADF (Bad file descriptor)" },
	{ "i386", nfc, 88,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, dsap=0x2 /* LLCP_SAP_IP */, ssap=0xff /* LLCP_SAP_MAX */, service_name=\"abc\", service_name_len=3}, 88) = -1 EBADF (Bad file descriptor)" },
	{ "i386", nfc, 96,
	  "connect(3, {sa_family=AF_NFC, dev_idx=if_nametoindex(\"lo\"), target_idx=0x42, nfc_protocol=NFC_PROTO_NFC_DEP, dsap=0x2 /* LLCP_SAP_IP */, ssap=0xff /* LLCP_SAP_MAX */, service_name=\"abc\", service_name_len=3}, 96) = -1 EBADF (Bad file descriptor)" },
};

static const char *connect_line(const char *arch, uint64_t addr, unsigned len)
{
	uint64_t args[6] = { 3, addr, len };

	fake_call_init_row(&fc, arch, fake_row("connect"), args);
	return fake_call_run(&fc, -9, NULL);
}

static void test_families(void **state)
{
	unsigned i;

	(void)state;
	fill();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fake_mem_reset();
		/* exactly the bytes the call names: nothing more is readable */
		fake_mem_map(0x1000, cases[i].sa, cases[i].len > 128 ? 128 : cases[i].len);
		assert_string_equal(connect_line(cases[i].arch, 0x1000, cases[i].len), cases[i].line);
	}
}

/* An address that runs into unmapped memory prints as its address. */
static void test_unreadable(void **state)
{
	(void)state;
	fill();
	fake_mem_reset();
	fake_mem_map(0x1000, alg, 30);
	assert_string_equal(connect_line("x86_64", 0x1000, 88),
			    "connect(3, 0x1000, 88)                  = -1 EBADF (Bad file descriptor)");
	fake_mem_map(0x2000, nfc, 90);
	assert_string_equal(connect_line("x86_64", 0x2000, 96),
			    "connect(3, 0x2000, 96)                  = -1 EBADF (Bad file descriptor)");
}

/* Fields strace comments whatever -X says, but under -X raw. */
static void test_styles(void **state)
{
	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, ieee, sizeof(ieee));
	ltr_decode_opts.xlat_style = LTR_XLAT_RAW;
	assert_string_equal(connect_line("x86_64", 0x1000, 20),
			    "connect(3, {sa_family=0x24, addr={addr_type=0x2, pan_id=0xffff, short_addr=0xffff}}, 20) = -1 EBADF (Bad file descriptor)");
	ltr_decode_opts.xlat_style = LTR_XLAT_VERBOSE;
	assert_string_equal(connect_line("x86_64", 0x1000, 20),
			    "connect(3, {sa_family=0x24 /* AF_IEEE802154 */, addr={addr_type=0x2 /* IEEE802154_ADDR_SHORT */, pan_id=0xffff /* IEEE802154_PANID_BROADCAST */, short_addr=0xffff /* IEEE802154_ADDR_BROADCAST */}}, 20) = -1 EBADF (Bad file descriptor)");
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
}

static int teardown(void **state)
{
	(void)state;
	fake_call_free(&fc);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_families),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_styles),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
