/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_KOBJECT_UEVENT: the messages libudev sends to its monitors
 * start with its struct udev_monitor_netlink_header ("libudev", a magic,
 * offsets and filter hashes in network order), then the properties; the
 * kernel's own uevents (and anything else) are plain strings.
 */
#include <string.h>

#include "netlink.h"

#define UDEV_HEADER_SIZE 40u

static void print_htonl(struct ltr_call *c, const char *name, const unsigned char *p)
{
	uint32_t v = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];

	ltr_sb_printf(c->out, ", %s=htonl(", name);
	ltr_nl_print_x(c->out, v);
	ltr_sb_putc(c->out, ')');
}

void ltr_nl_decode_uevent(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	unsigned char h[UDEV_HEADER_SIZE];

	if (!addr || len < UDEV_HEADER_SIZE || ltr_mem_read(c->mem, addr, h, sizeof(h)) < 0 ||
	    memcmp(h, "libudev", 8) != 0) {
		ltr_print_buf(c, addr, len);
		return;
	}
	if (len > UDEV_HEADER_SIZE)
		ltr_sb_putc(c->out, '[');
	ltr_sb_puts(c->out, "{prefix=\"libudev\"");
	print_htonl(c, "magic", h + 8);
	ltr_sb_printf(c->out, ", header_size=%u, properties_off=%u, properties_len=%u",
		      ltr_get_u32(h + 12), ltr_get_u32(h + 16), ltr_get_u32(h + 20));
	print_htonl(c, "filter_subsystem_hash", h + 24);
	print_htonl(c, "filter_devtype_hash", h + 28);
	print_htonl(c, "filter_tag_bloom_hi", h + 32);
	print_htonl(c, "filter_tag_bloom_lo", h + 36);
	ltr_sb_putc(c->out, '}');
	if (len > UDEV_HEADER_SIZE) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_buf(c, addr + UDEV_HEADER_SIZE, len - UDEV_HEADER_SIZE);
		ltr_sb_putc(c->out, ']');
	}
}
