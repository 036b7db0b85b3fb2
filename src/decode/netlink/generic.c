/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_GENERIC: nlmsg_type is a family id the kernel hands out at
 * run time, so, as strace does, ltr asks its own kernel once for the
 * families (CTRL_CMD_GETFAMILY dump on a NETLINK_GENERIC socket of its
 * own) and names the types from the answer ("nlctrl", "nl80211", ...).
 * The payloads (genlmsghdr and the family's attributes) print as hex
 * strings, as under strace 6.1.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>

#include "netlink.h"

#define MAX_FAMILIES 128

static struct genl_family {
	uint16_t id;
	char name[GENL_NAMSIZ];
} families[MAX_FAMILIES];
static unsigned nfamilies;

/* One CTRL_CMD_NEWFAMILY answer: its id and name, when it has both. */
static void parse_family(const unsigned char *p, size_t len)
{
	const unsigned char *name = NULL;
	size_t off = GENL_HDRLEN, name_len = 0;
	int id = -1;

	if (len < GENL_HDRLEN || p[0] != CTRL_CMD_NEWFAMILY)
		return;
	while (off + NLA_HDRLEN <= len) {
		uint16_t alen = ltr_get_u16(p + off), type = ltr_get_u16(p + off + 2);

		if (alen < NLA_HDRLEN || off + alen > len)
			break;
		if (type == CTRL_ATTR_FAMILY_NAME) {
			name = p + off + NLA_HDRLEN;
			name_len = alen - NLA_HDRLEN;
		} else if (type == CTRL_ATTR_FAMILY_ID && alen - NLA_HDRLEN == 2) {
			id = ltr_get_u16(p + off + NLA_HDRLEN);
		}
		off += NLA_ALIGN(alen);
	}
	if (id < 0 || !name || nfamilies >= MAX_FAMILIES)
		return;
	if (name_len >= GENL_NAMSIZ)
		name_len = GENL_NAMSIZ - 1;
	families[nfamilies].id = (uint16_t)id;
	memcpy(families[nfamilies].name, name, name_len);
	families[nfamilies].name[name_len] = '\0';
	nfamilies++;
}

static void load_families(void)
{
	struct {
		struct nlmsghdr nlh;
		struct genlmsghdr gnlh;
	} req = {
		.nlh = { .nlmsg_len = sizeof(req), .nlmsg_type = GENL_ID_CTRL,
			 .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP },
		.gnlh = { .cmd = CTRL_CMD_GETFAMILY },
	};
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	struct timeval tv = { 1, 0 };
	static unsigned char buf[32768];
	bool done = false;
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);

	if (fd < 0)
		return;
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		close(fd);
		return;
	}
	while (!done) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		size_t off = 0;

		if (n <= 0)
			break;
		while (off + NLMSG_HDRLEN <= (size_t)n) {
			uint32_t mlen = ltr_get_u32(buf + off);
			uint16_t type = ltr_get_u16(buf + off + 4);

			if (mlen < NLMSG_HDRLEN || off + mlen > (size_t)n)
				break;
			if (type == NLMSG_DONE || type == NLMSG_ERROR) {
				done = true;
				break;
			}
			parse_family(buf + off + NLMSG_HDRLEN, mlen - NLMSG_HDRLEN);
			off += NLMSG_ALIGN(mlen);
		}
	}
	close(fd);
}

void ltr_nl_generic_print_type(struct ltr_strbuf *out, uint16_t type)
{
	static bool loaded;
	unsigned i;

	if (!loaded) {
		loaded = true;
		load_families();
	}
	for (i = 0; i < nfamilies; i++)
		if (families[i].id == type) {
			ltr_print_xlat(out, type, LTR_XF_HEX, families[i].name);
			return;
		}
	ltr_print_xval(out, NULL, type, "GENERIC_FAMILY_???");
}
