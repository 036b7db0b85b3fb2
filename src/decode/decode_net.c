/* SPDX-License-Identifier: MIT */
/*
 * Sockets: socket/socketpair arguments, socket addresses (AF_INET,
 * AF_INET6, AF_UNIX incl. abstract names, AF_NETLINK, others as raw
 * sa_data), the socklen_t in/out pairs ("[128 => 16]"), msghdr with its
 * iovecs and control messages, mmsghdr arrays and socket options, as
 * strace 6.1 prints them. Layouts follow c->arch->wordsize (i386 msghdr
 * and cmsghdr have 4-byte pointers and lengths).
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* Largest sockaddr printed (sizeof(struct sockaddr_storage)). */
#define SOCKADDR_MAX 128
/* Control data read at most from one msghdr. */
#define CONTROL_MAX 4096

/* --- constant tables --- */

static const struct ltr_xlat address_families[] = {
	LTR_XLAT_PAIR(0, "AF_UNSPEC"), LTR_XLAT_PAIR(1, "AF_UNIX"),
	LTR_XLAT_PAIR(2, "AF_INET"), LTR_XLAT_PAIR(3, "AF_AX25"),
	LTR_XLAT_PAIR(4, "AF_IPX"), LTR_XLAT_PAIR(5, "AF_APPLETALK"),
	LTR_XLAT_PAIR(6, "AF_NETROM"), LTR_XLAT_PAIR(7, "AF_BRIDGE"),
	LTR_XLAT_PAIR(8, "AF_ATMPVC"), LTR_XLAT_PAIR(9, "AF_X25"),
	LTR_XLAT_PAIR(10, "AF_INET6"), LTR_XLAT_PAIR(11, "AF_ROSE"),
	LTR_XLAT_PAIR(12, "AF_DECnet"), LTR_XLAT_PAIR(13, "AF_NETBEUI"),
	LTR_XLAT_PAIR(14, "AF_SECURITY"), LTR_XLAT_PAIR(15, "AF_KEY"),
	LTR_XLAT_PAIR(16, "AF_NETLINK"), LTR_XLAT_PAIR(17, "AF_PACKET"),
	LTR_XLAT_PAIR(18, "AF_ASH"), LTR_XLAT_PAIR(19, "AF_ECONET"),
	LTR_XLAT_PAIR(20, "AF_ATMSVC"), LTR_XLAT_PAIR(21, "AF_RDS"),
	LTR_XLAT_PAIR(22, "AF_SNA"), LTR_XLAT_PAIR(23, "AF_IRDA"),
	LTR_XLAT_PAIR(24, "AF_PPPOX"), LTR_XLAT_PAIR(25, "AF_WANPIPE"),
	LTR_XLAT_PAIR(26, "AF_LLC"), LTR_XLAT_PAIR(27, "AF_IB"),
	LTR_XLAT_PAIR(28, "AF_MPLS"), LTR_XLAT_PAIR(29, "AF_CAN"),
	LTR_XLAT_PAIR(30, "AF_TIPC"), LTR_XLAT_PAIR(31, "AF_BLUETOOTH"),
	LTR_XLAT_PAIR(32, "AF_IUCV"), LTR_XLAT_PAIR(33, "AF_RXRPC"),
	LTR_XLAT_PAIR(34, "AF_ISDN"), LTR_XLAT_PAIR(35, "AF_PHONET"),
	LTR_XLAT_PAIR(36, "AF_IEEE802154"), LTR_XLAT_PAIR(37, "AF_CAIF"),
	LTR_XLAT_PAIR(38, "AF_ALG"), LTR_XLAT_PAIR(39, "AF_NFC"),
	LTR_XLAT_PAIR(40, "AF_VSOCK"), LTR_XLAT_PAIR(41, "AF_KCM"),
	LTR_XLAT_PAIR(42, "AF_QIPCRTR"), LTR_XLAT_PAIR(43, "AF_SMC"),
	LTR_XLAT_PAIR(44, "AF_XDP"), LTR_XLAT_PAIR(45, "AF_MCTP"),
	LTR_XLAT_END
};

static const struct ltr_xlat socket_types[] = {
	LTR_XLAT_PAIR(1, "SOCK_STREAM"), LTR_XLAT_PAIR(2, "SOCK_DGRAM"),
	LTR_XLAT_PAIR(3, "SOCK_RAW"), LTR_XLAT_PAIR(4, "SOCK_RDM"),
	LTR_XLAT_PAIR(5, "SOCK_SEQPACKET"), LTR_XLAT_PAIR(6, "SOCK_DCCP"),
	LTR_XLAT_PAIR(10, "SOCK_PACKET"),
	LTR_XLAT_END
};

/* SOCK_CLOEXEC is O_CLOEXEC, SOCK_NONBLOCK O_NONBLOCK (x86 values). */
static const struct ltr_xlat socket_flags[] = {
	LTR_XLAT_PAIR(02000000, "SOCK_CLOEXEC"),
	LTR_XLAT_PAIR(04000, "SOCK_NONBLOCK"),
	LTR_XLAT_END
};

static const struct ltr_xlat inet_protocols[] = {
	LTR_XLAT_PAIR(0, "IPPROTO_IP"), LTR_XLAT_PAIR(1, "IPPROTO_ICMP"),
	LTR_XLAT_PAIR(2, "IPPROTO_IGMP"), LTR_XLAT_PAIR(4, "IPPROTO_IPIP"),
	LTR_XLAT_PAIR(6, "IPPROTO_TCP"), LTR_XLAT_PAIR(8, "IPPROTO_EGP"),
	LTR_XLAT_PAIR(12, "IPPROTO_PUP"), LTR_XLAT_PAIR(17, "IPPROTO_UDP"),
	LTR_XLAT_PAIR(22, "IPPROTO_IDP"), LTR_XLAT_PAIR(29, "IPPROTO_TP"),
	LTR_XLAT_PAIR(33, "IPPROTO_DCCP"), LTR_XLAT_PAIR(41, "IPPROTO_IPV6"),
	LTR_XLAT_PAIR(46, "IPPROTO_RSVP"), LTR_XLAT_PAIR(47, "IPPROTO_GRE"),
	LTR_XLAT_PAIR(50, "IPPROTO_ESP"), LTR_XLAT_PAIR(51, "IPPROTO_AH"),
	LTR_XLAT_PAIR(58, "IPPROTO_ICMPV6"), LTR_XLAT_PAIR(92, "IPPROTO_MTP"),
	LTR_XLAT_PAIR(94, "IPPROTO_BEETPH"), LTR_XLAT_PAIR(98, "IPPROTO_ENCAP"),
	LTR_XLAT_PAIR(103, "IPPROTO_PIM"), LTR_XLAT_PAIR(108, "IPPROTO_COMP"),
	LTR_XLAT_PAIR(115, "IPPROTO_L2TP"), LTR_XLAT_PAIR(132, "IPPROTO_SCTP"),
	LTR_XLAT_PAIR(135, "IPPROTO_MH"), LTR_XLAT_PAIR(136, "IPPROTO_UDPLITE"),
	LTR_XLAT_PAIR(137, "IPPROTO_MPLS"), LTR_XLAT_PAIR(143, "IPPROTO_ETHERNET"),
	LTR_XLAT_PAIR(255, "IPPROTO_RAW"), LTR_XLAT_PAIR(262, "IPPROTO_MPTCP"),
	LTR_XLAT_END
};

static const struct ltr_xlat netlink_protocols[] = {
	LTR_XLAT_PAIR(0, "NETLINK_ROUTE"), LTR_XLAT_PAIR(1, "NETLINK_UNUSED"),
	LTR_XLAT_PAIR(2, "NETLINK_USERSOCK"), LTR_XLAT_PAIR(3, "NETLINK_FIREWALL"),
	LTR_XLAT_PAIR(4, "NETLINK_SOCK_DIAG"), LTR_XLAT_PAIR(5, "NETLINK_NFLOG"),
	LTR_XLAT_PAIR(6, "NETLINK_XFRM"), LTR_XLAT_PAIR(7, "NETLINK_SELINUX"),
	LTR_XLAT_PAIR(8, "NETLINK_ISCSI"), LTR_XLAT_PAIR(9, "NETLINK_AUDIT"),
	LTR_XLAT_PAIR(10, "NETLINK_FIB_LOOKUP"), LTR_XLAT_PAIR(11, "NETLINK_CONNECTOR"),
	LTR_XLAT_PAIR(12, "NETLINK_NETFILTER"), LTR_XLAT_PAIR(13, "NETLINK_IP6_FW"),
	LTR_XLAT_PAIR(14, "NETLINK_DNRTMSG"), LTR_XLAT_PAIR(15, "NETLINK_KOBJECT_UEVENT"),
	LTR_XLAT_PAIR(16, "NETLINK_GENERIC"), LTR_XLAT_PAIR(18, "NETLINK_SCSITRANSPORT"),
	LTR_XLAT_PAIR(19, "NETLINK_ECRYPTFS"), LTR_XLAT_PAIR(20, "NETLINK_RDMA"),
	LTR_XLAT_PAIR(21, "NETLINK_CRYPTO"), LTR_XLAT_PAIR(22, "NETLINK_SMC"),
	LTR_XLAT_END
};

static const struct ltr_xlat ethernet_protocols[] = {
	LTR_XLAT_PAIR(0x0003, "ETH_P_ALL"), LTR_XLAT_PAIR(0x0800, "ETH_P_IP"),
	LTR_XLAT_PAIR(0x0806, "ETH_P_ARP"), LTR_XLAT_PAIR(0x8100, "ETH_P_8021Q"),
	LTR_XLAT_PAIR(0x86DD, "ETH_P_IPV6"), LTR_XLAT_PAIR(0x88CC, "ETH_P_LLDP"),
	LTR_XLAT_END
};

static const struct ltr_xlat socket_levels[] = {
	LTR_XLAT_PAIR(0, "SOL_IP"), LTR_XLAT_PAIR(1, "SOL_SOCKET"),
	LTR_XLAT_PAIR(6, "SOL_TCP"), LTR_XLAT_PAIR(17, "SOL_UDP"),
	LTR_XLAT_PAIR(41, "SOL_IPV6"), LTR_XLAT_PAIR(58, "SOL_ICMPV6"),
	LTR_XLAT_PAIR(132, "SOL_SCTP"), LTR_XLAT_PAIR(136, "SOL_UDPLITE"),
	LTR_XLAT_PAIR(255, "SOL_RAW"), LTR_XLAT_PAIR(256, "SOL_IPX"),
	LTR_XLAT_PAIR(257, "SOL_AX25"), LTR_XLAT_PAIR(258, "SOL_ATALK"),
	LTR_XLAT_PAIR(259, "SOL_NETROM"), LTR_XLAT_PAIR(260, "SOL_ROSE"),
	LTR_XLAT_PAIR(261, "SOL_DECNET"), LTR_XLAT_PAIR(262, "SOL_X25"),
	LTR_XLAT_PAIR(263, "SOL_PACKET"), LTR_XLAT_PAIR(264, "SOL_ATM"),
	LTR_XLAT_PAIR(265, "SOL_AAL"), LTR_XLAT_PAIR(266, "SOL_IRDA"),
	LTR_XLAT_PAIR(267, "SOL_NETBEUI"), LTR_XLAT_PAIR(268, "SOL_LLC"),
	LTR_XLAT_PAIR(269, "SOL_DCCP"), LTR_XLAT_PAIR(270, "SOL_NETLINK"),
	LTR_XLAT_PAIR(271, "SOL_TIPC"), LTR_XLAT_PAIR(272, "SOL_RXRPC"),
	LTR_XLAT_PAIR(273, "SOL_PPPOL2TP"), LTR_XLAT_PAIR(274, "SOL_BLUETOOTH"),
	LTR_XLAT_PAIR(275, "SOL_PNPIPE"), LTR_XLAT_PAIR(276, "SOL_RDS"),
	LTR_XLAT_PAIR(277, "SOL_IUCV"), LTR_XLAT_PAIR(278, "SOL_CAIF"),
	LTR_XLAT_PAIR(279, "SOL_ALG"), LTR_XLAT_PAIR(280, "SOL_NFC"),
	LTR_XLAT_PAIR(281, "SOL_KCM"), LTR_XLAT_PAIR(282, "SOL_TLS"),
	LTR_XLAT_PAIR(283, "SOL_XDP"),
	LTR_XLAT_END
};

static const struct ltr_xlat sol_socket_options[] = {
	LTR_XLAT_PAIR(1, "SO_DEBUG"), LTR_XLAT_PAIR(2, "SO_REUSEADDR"),
	LTR_XLAT_PAIR(3, "SO_TYPE"), LTR_XLAT_PAIR(4, "SO_ERROR"),
	LTR_XLAT_PAIR(5, "SO_DONTROUTE"), LTR_XLAT_PAIR(6, "SO_BROADCAST"),
	LTR_XLAT_PAIR(7, "SO_SNDBUF"), LTR_XLAT_PAIR(8, "SO_RCVBUF"),
	LTR_XLAT_PAIR(9, "SO_KEEPALIVE"), LTR_XLAT_PAIR(10, "SO_OOBINLINE"),
	LTR_XLAT_PAIR(11, "SO_NO_CHECK"), LTR_XLAT_PAIR(12, "SO_PRIORITY"),
	LTR_XLAT_PAIR(13, "SO_LINGER"), LTR_XLAT_PAIR(14, "SO_BSDCOMPAT"),
	LTR_XLAT_PAIR(15, "SO_REUSEPORT"), LTR_XLAT_PAIR(16, "SO_PASSCRED"),
	LTR_XLAT_PAIR(17, "SO_PEERCRED"), LTR_XLAT_PAIR(18, "SO_RCVLOWAT"),
	LTR_XLAT_PAIR(19, "SO_SNDLOWAT"), LTR_XLAT_PAIR(20, "SO_RCVTIMEO_OLD"),
	LTR_XLAT_PAIR(21, "SO_SNDTIMEO_OLD"),
	LTR_XLAT_PAIR(22, "SO_SECURITY_AUTHENTICATION"),
	LTR_XLAT_PAIR(23, "SO_SECURITY_ENCRYPTION_TRANSPORT"),
	LTR_XLAT_PAIR(24, "SO_SECURITY_ENCRYPTION_NETWORK"),
	LTR_XLAT_PAIR(25, "SO_BINDTODEVICE"), LTR_XLAT_PAIR(26, "SO_ATTACH_FILTER"),
	LTR_XLAT_PAIR(27, "SO_DETACH_FILTER"), LTR_XLAT_PAIR(28, "SO_PEERNAME"),
	LTR_XLAT_PAIR(29, "SO_TIMESTAMP_OLD"), LTR_XLAT_PAIR(30, "SO_ACCEPTCONN"),
	LTR_XLAT_PAIR(31, "SO_PEERSEC"), LTR_XLAT_PAIR(32, "SO_SNDBUFFORCE"),
	LTR_XLAT_PAIR(33, "SO_RCVBUFFORCE"), LTR_XLAT_PAIR(34, "SO_PASSSEC"),
	LTR_XLAT_PAIR(35, "SO_TIMESTAMPNS_OLD"), LTR_XLAT_PAIR(36, "SO_MARK"),
	LTR_XLAT_PAIR(37, "SO_TIMESTAMPING_OLD"), LTR_XLAT_PAIR(38, "SO_PROTOCOL"),
	LTR_XLAT_PAIR(39, "SO_DOMAIN"), LTR_XLAT_PAIR(40, "SO_RXQ_OVFL"),
	LTR_XLAT_PAIR(41, "SO_WIFI_STATUS"), LTR_XLAT_PAIR(42, "SO_PEEK_OFF"),
	LTR_XLAT_PAIR(43, "SO_NOFCS"), LTR_XLAT_PAIR(44, "SO_LOCK_FILTER"),
	LTR_XLAT_PAIR(45, "SO_SELECT_ERR_QUEUE"), LTR_XLAT_PAIR(46, "SO_BUSY_POLL"),
	LTR_XLAT_PAIR(47, "SO_MAX_PACING_RATE"), LTR_XLAT_PAIR(48, "SO_BPF_EXTENSIONS"),
	LTR_XLAT_PAIR(49, "SO_INCOMING_CPU"), LTR_XLAT_PAIR(50, "SO_ATTACH_BPF"),
	LTR_XLAT_PAIR(51, "SO_ATTACH_REUSEPORT_CBPF"),
	LTR_XLAT_PAIR(52, "SO_ATTACH_REUSEPORT_EBPF"),
	LTR_XLAT_PAIR(53, "SO_CNX_ADVICE"), LTR_XLAT_PAIR(55, "SO_MEMINFO"),
	LTR_XLAT_PAIR(56, "SO_INCOMING_NAPI_ID"), LTR_XLAT_PAIR(57, "SO_COOKIE"),
	LTR_XLAT_PAIR(59, "SO_PEERGROUPS"), LTR_XLAT_PAIR(60, "SO_ZEROCOPY"),
	LTR_XLAT_PAIR(61, "SO_TXTIME"), LTR_XLAT_PAIR(62, "SO_BINDTOIFINDEX"),
	LTR_XLAT_PAIR(63, "SO_TIMESTAMP_NEW"), LTR_XLAT_PAIR(64, "SO_TIMESTAMPNS_NEW"),
	LTR_XLAT_PAIR(65, "SO_TIMESTAMPING_NEW"), LTR_XLAT_PAIR(66, "SO_RCVTIMEO_NEW"),
	LTR_XLAT_PAIR(67, "SO_SNDTIMEO_NEW"), LTR_XLAT_PAIR(68, "SO_DETACH_REUSEPORT_BPF"),
	LTR_XLAT_PAIR(69, "SO_PREFER_BUSY_POLL"), LTR_XLAT_PAIR(70, "SO_BUSY_POLL_BUDGET"),
	LTR_XLAT_PAIR(71, "SO_NETNS_COOKIE"), LTR_XLAT_PAIR(72, "SO_BUF_LOCK"),
	LTR_XLAT_PAIR(73, "SO_RESERVE_MEM"), LTR_XLAT_PAIR(74, "SO_TXREHASH"),
	LTR_XLAT_PAIR(75, "SO_RCVMARK"),
	LTR_XLAT_END
};

static const struct ltr_xlat tcp_options[] = {
	LTR_XLAT_PAIR(1, "TCP_NODELAY"), LTR_XLAT_PAIR(2, "TCP_MAXSEG"),
	LTR_XLAT_PAIR(3, "TCP_CORK"), LTR_XLAT_PAIR(4, "TCP_KEEPIDLE"),
	LTR_XLAT_PAIR(5, "TCP_KEEPINTVL"), LTR_XLAT_PAIR(6, "TCP_KEEPCNT"),
	LTR_XLAT_PAIR(7, "TCP_SYNCNT"), LTR_XLAT_PAIR(8, "TCP_LINGER2"),
	LTR_XLAT_PAIR(9, "TCP_DEFER_ACCEPT"), LTR_XLAT_PAIR(10, "TCP_WINDOW_CLAMP"),
	LTR_XLAT_PAIR(11, "TCP_INFO"), LTR_XLAT_PAIR(12, "TCP_QUICKACK"),
	LTR_XLAT_PAIR(13, "TCP_CONGESTION"), LTR_XLAT_PAIR(14, "TCP_MD5SIG"),
	LTR_XLAT_PAIR(16, "TCP_THIN_LINEAR_TIMEOUTS"), LTR_XLAT_PAIR(17, "TCP_THIN_DUPACK"),
	LTR_XLAT_PAIR(18, "TCP_USER_TIMEOUT"), LTR_XLAT_PAIR(19, "TCP_REPAIR"),
	LTR_XLAT_PAIR(20, "TCP_REPAIR_QUEUE"), LTR_XLAT_PAIR(21, "TCP_QUEUE_SEQ"),
	LTR_XLAT_PAIR(22, "TCP_REPAIR_OPTIONS"), LTR_XLAT_PAIR(23, "TCP_FASTOPEN"),
	LTR_XLAT_PAIR(24, "TCP_TIMESTAMP"), LTR_XLAT_PAIR(25, "TCP_NOTSENT_LOWAT"),
	LTR_XLAT_PAIR(26, "TCP_CC_INFO"), LTR_XLAT_PAIR(27, "TCP_SAVE_SYN"),
	LTR_XLAT_PAIR(28, "TCP_SAVED_SYN"), LTR_XLAT_PAIR(29, "TCP_REPAIR_WINDOW"),
	LTR_XLAT_PAIR(30, "TCP_FASTOPEN_CONNECT"), LTR_XLAT_PAIR(31, "TCP_ULP"),
	LTR_XLAT_PAIR(32, "TCP_MD5SIG_EXT"), LTR_XLAT_PAIR(33, "TCP_FASTOPEN_KEY"),
	LTR_XLAT_PAIR(34, "TCP_FASTOPEN_NO_COOKIE"), LTR_XLAT_PAIR(35, "TCP_ZEROCOPY_RECEIVE"),
	LTR_XLAT_PAIR(36, "TCP_INQ"), LTR_XLAT_PAIR(37, "TCP_TX_DELAY"),
	LTR_XLAT_END
};

static const struct ltr_xlat ip_options[] = {
	LTR_XLAT_PAIR(1, "IP_TOS"), LTR_XLAT_PAIR(2, "IP_TTL"),
	LTR_XLAT_PAIR(3, "IP_HDRINCL"), LTR_XLAT_PAIR(4, "IP_OPTIONS"),
	LTR_XLAT_PAIR(5, "IP_ROUTER_ALERT"), LTR_XLAT_PAIR(6, "IP_RECVOPTS"),
	LTR_XLAT_PAIR(7, "IP_RETOPTS"), LTR_XLAT_PAIR(8, "IP_PKTINFO"),
	LTR_XLAT_PAIR(9, "IP_PKTOPTIONS"), LTR_XLAT_PAIR(10, "IP_MTU_DISCOVER"),
	LTR_XLAT_PAIR(11, "IP_RECVERR"), LTR_XLAT_PAIR(12, "IP_RECVTTL"),
	LTR_XLAT_PAIR(13, "IP_RECVTOS"), LTR_XLAT_PAIR(14, "IP_MTU"),
	LTR_XLAT_PAIR(15, "IP_FREEBIND"), LTR_XLAT_PAIR(16, "IP_IPSEC_POLICY"),
	LTR_XLAT_PAIR(17, "IP_XFRM_POLICY"), LTR_XLAT_PAIR(18, "IP_PASSSEC"),
	LTR_XLAT_PAIR(19, "IP_TRANSPARENT"), LTR_XLAT_PAIR(20, "IP_ORIGDSTADDR"),
	LTR_XLAT_PAIR(21, "IP_MINTTL"), LTR_XLAT_PAIR(22, "IP_NODEFRAG"),
	LTR_XLAT_PAIR(23, "IP_CHECKSUM"), LTR_XLAT_PAIR(24, "IP_BIND_ADDRESS_NO_PORT"),
	LTR_XLAT_PAIR(25, "IP_RECVFRAGSIZE"), LTR_XLAT_PAIR(26, "IP_RECVERR_RFC4884"),
	LTR_XLAT_PAIR(32, "IP_MULTICAST_IF"), LTR_XLAT_PAIR(33, "IP_MULTICAST_TTL"),
	LTR_XLAT_PAIR(34, "IP_MULTICAST_LOOP"), LTR_XLAT_PAIR(35, "IP_ADD_MEMBERSHIP"),
	LTR_XLAT_PAIR(36, "IP_DROP_MEMBERSHIP"), LTR_XLAT_PAIR(37, "IP_UNBLOCK_SOURCE"),
	LTR_XLAT_PAIR(38, "IP_BLOCK_SOURCE"), LTR_XLAT_PAIR(39, "IP_ADD_SOURCE_MEMBERSHIP"),
	LTR_XLAT_PAIR(40, "IP_DROP_SOURCE_MEMBERSHIP"), LTR_XLAT_PAIR(41, "IP_MSFILTER"),
	LTR_XLAT_PAIR(49, "IP_MULTICAST_ALL"), LTR_XLAT_PAIR(50, "IP_UNICAST_IF"),
	LTR_XLAT_END
};

static const struct ltr_xlat ipv6_options[] = {
	LTR_XLAT_PAIR(1, "IPV6_ADDRFORM"), LTR_XLAT_PAIR(2, "IPV6_2292PKTINFO"),
	LTR_XLAT_PAIR(3, "IPV6_2292HOPOPTS"), LTR_XLAT_PAIR(4, "IPV6_2292DSTOPTS"),
	LTR_XLAT_PAIR(5, "IPV6_2292RTHDR"), LTR_XLAT_PAIR(6, "IPV6_2292PKTOPTIONS"),
	LTR_XLAT_PAIR(7, "IPV6_CHECKSUM"), LTR_XLAT_PAIR(8, "IPV6_2292HOPLIMIT"),
	LTR_XLAT_PAIR(9, "IPV6_NEXTHOP"), LTR_XLAT_PAIR(10, "IPV6_AUTHHDR"),
	LTR_XLAT_PAIR(16, "IPV6_UNICAST_HOPS"), LTR_XLAT_PAIR(17, "IPV6_MULTICAST_IF"),
	LTR_XLAT_PAIR(18, "IPV6_MULTICAST_HOPS"), LTR_XLAT_PAIR(19, "IPV6_MULTICAST_LOOP"),
	LTR_XLAT_PAIR(20, "IPV6_ADD_MEMBERSHIP"), LTR_XLAT_PAIR(21, "IPV6_DROP_MEMBERSHIP"),
	LTR_XLAT_PAIR(22, "IPV6_ROUTER_ALERT"), LTR_XLAT_PAIR(23, "IPV6_MTU_DISCOVER"),
	LTR_XLAT_PAIR(24, "IPV6_MTU"), LTR_XLAT_PAIR(25, "IPV6_RECVERR"),
	LTR_XLAT_PAIR(26, "IPV6_V6ONLY"), LTR_XLAT_PAIR(27, "IPV6_JOIN_ANYCAST"),
	LTR_XLAT_PAIR(28, "IPV6_LEAVE_ANYCAST"), LTR_XLAT_PAIR(29, "IPV6_MULTICAST_ALL"),
	LTR_XLAT_PAIR(30, "IPV6_ROUTER_ALERT_ISOLATE"), LTR_XLAT_PAIR(31, "IPV6_RECVERR_RFC4884"),
	LTR_XLAT_PAIR(34, "IPV6_IPSEC_POLICY"), LTR_XLAT_PAIR(35, "IPV6_XFRM_POLICY"),
	LTR_XLAT_PAIR(36, "IPV6_HDRINCL"), LTR_XLAT_PAIR(49, "IPV6_RECVPKTINFO"),
	LTR_XLAT_PAIR(50, "IPV6_PKTINFO"), LTR_XLAT_PAIR(51, "IPV6_RECVHOPLIMIT"),
	LTR_XLAT_PAIR(52, "IPV6_HOPLIMIT"), LTR_XLAT_PAIR(53, "IPV6_RECVHOPOPTS"),
	LTR_XLAT_PAIR(54, "IPV6_HOPOPTS"), LTR_XLAT_PAIR(55, "IPV6_RTHDRDSTOPTS"),
	LTR_XLAT_PAIR(56, "IPV6_RECVRTHDR"), LTR_XLAT_PAIR(57, "IPV6_RTHDR"),
	LTR_XLAT_PAIR(58, "IPV6_RECVDSTOPTS"), LTR_XLAT_PAIR(59, "IPV6_DSTOPTS"),
	LTR_XLAT_PAIR(60, "IPV6_RECVPATHMTU"), LTR_XLAT_PAIR(61, "IPV6_PATHMTU"),
	LTR_XLAT_PAIR(62, "IPV6_DONTFRAG"), LTR_XLAT_PAIR(66, "IPV6_RECVTCLASS"),
	LTR_XLAT_PAIR(67, "IPV6_TCLASS"), LTR_XLAT_PAIR(70, "IPV6_AUTOFLOWLABEL"),
	LTR_XLAT_PAIR(72, "IPV6_ADDR_PREFERENCES"), LTR_XLAT_PAIR(73, "IPV6_MINHOPCOUNT"),
	LTR_XLAT_PAIR(74, "IPV6_ORIGDSTADDR"), LTR_XLAT_PAIR(75, "IPV6_TRANSPARENT"),
	LTR_XLAT_PAIR(76, "IPV6_UNICAST_IF"), LTR_XLAT_PAIR(77, "IPV6_RECVFRAGSIZE"),
	LTR_XLAT_PAIR(78, "IPV6_FREEBIND"),
	LTR_XLAT_END
};

static const struct ltr_xlat msg_flags[] = {
	LTR_XLAT_PAIR(0x1, "MSG_OOB"), LTR_XLAT_PAIR(0x2, "MSG_PEEK"),
	LTR_XLAT_PAIR(0x4, "MSG_DONTROUTE"), LTR_XLAT_PAIR(0x8, "MSG_CTRUNC"),
	LTR_XLAT_PAIR(0x10, "MSG_PROBE"), LTR_XLAT_PAIR(0x20, "MSG_TRUNC"),
	LTR_XLAT_PAIR(0x40, "MSG_DONTWAIT"), LTR_XLAT_PAIR(0x80, "MSG_EOR"),
	LTR_XLAT_PAIR(0x100, "MSG_WAITALL"), LTR_XLAT_PAIR(0x200, "MSG_FIN"),
	LTR_XLAT_PAIR(0x400, "MSG_SYN"), LTR_XLAT_PAIR(0x800, "MSG_CONFIRM"),
	LTR_XLAT_PAIR(0x1000, "MSG_RST"), LTR_XLAT_PAIR(0x2000, "MSG_ERRQUEUE"),
	LTR_XLAT_PAIR(0x4000, "MSG_NOSIGNAL"), LTR_XLAT_PAIR(0x8000, "MSG_MORE"),
	LTR_XLAT_PAIR(0x10000, "MSG_WAITFORONE"), LTR_XLAT_PAIR(0x40000, "MSG_BATCH"),
	LTR_XLAT_PAIR(0x4000000, "MSG_ZEROCOPY"), LTR_XLAT_PAIR(0x20000000, "MSG_FASTOPEN"),
	LTR_XLAT_PAIR(0x40000000, "MSG_CMSG_CLOEXEC"),
	LTR_XLAT_END
};

static const struct ltr_xlat shutdown_modes[] = {
	LTR_XLAT_PAIR(0, "SHUT_RD"), LTR_XLAT_PAIR(1, "SHUT_WR"),
	LTR_XLAT_PAIR(2, "SHUT_RDWR"),
	LTR_XLAT_END
};

static const struct ltr_xlat scm_types[] = {
	LTR_XLAT_PAIR(1, "SCM_RIGHTS"), LTR_XLAT_PAIR(2, "SCM_CREDENTIALS"),
	LTR_XLAT_PAIR(3, "SCM_SECURITY"), LTR_XLAT_PAIR(4, "SCM_PIDFD"),
	LTR_XLAT_END
};

/* --- socket(), socketpair() --- */

void ltr_print_arg_sock_family(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, address_families, (uint32_t)c->args[idx], "AF_???");
}

void ltr_print_arg_sock_type(struct ltr_call *c, unsigned idx)
{
	uint32_t v = (uint32_t)c->args[idx];
	uint32_t type = v & 0xf, flags = v & ~0xfu;
	const char *name = ltr_xlat_lookup(socket_types, type);

	/* An unknown type makes the whole value unknown, as in strace. */
	if (!name) {
		ltr_print_xval(c->out, socket_types, v, "SOCK_???");
		return;
	}
	ltr_print_xlat(c->out, type, LTR_XF_HEX, name);
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags_dflt(c->out, socket_flags, flags, NULL, "SOCK_???");
	}
}

/* The protocol argument of socket(): its table depends on the family (arg 0). */
void ltr_print_arg_sock_proto(struct ltr_call *c, unsigned idx)
{
	uint32_t family = (uint32_t)c->args[0];
	uint32_t proto = (uint32_t)c->args[idx];

	switch (family) {
	case 2:  /* AF_INET */
	case 10: /* AF_INET6 */
		ltr_print_xval(c->out, inet_protocols, proto, "IPPROTO_???");
		break;
	case 16: /* AF_NETLINK */
		ltr_print_xval(c->out, netlink_protocols, proto, "NETLINK_???");
		break;
	case 17: /* AF_PACKET: a network-order ETH_P_* */
		ltr_sb_puts(c->out, "htons(");
		ltr_print_xval(c->out, ethernet_protocols,
			       (uint16_t)((proto >> 8 & 0xff) | (proto & 0xff) << 8),
			       "ETH_P_???");
		ltr_sb_putc(c->out, ')');
		break;
	default:
		ltr_sb_printf(c->out, "%u", proto);
		break;
	}
}

/* accept4's and the type's flags: SOCK_CLOEXEC|SOCK_NONBLOCK. */
void ltr_print_arg_sock_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, socket_flags, (uint32_t)c->args[idx], NULL);
}

/* socketpair's sv: "[3, 4]" at exit. */
void ltr_print_arg_fd_pair(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t fds[2];

	if (ltr_call_failed(c) || !c->exiting) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, fds, sizeof(fds)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_fd(c, fds[0]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_fd(c, fds[1]);
	ltr_sb_putc(c->out, ']');
}

void ltr_print_arg_shutdown_how(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, shutdown_modes, (uint32_t)c->args[idx], "SHUT_???");
}

void ltr_print_arg_msg_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, msg_flags, (uint32_t)c->args[idx], NULL);
}

/* --- socket addresses --- */

static void print_family(struct ltr_strbuf *out, unsigned family)
{
	ltr_sb_puts(out, "sa_family=");
	ltr_print_xval(out, address_families, family, "AF_???");
}

static void print_sa_data(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	ltr_sb_puts(c->out, ", sa_data=");
	ltr_print_quoted(c->out, (const char *)sa + 2, len - 2, c->opts, false);
}

static void print_sockaddr_un(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	const char *path = (const char *)sa + 2;
	unsigned n = len - 2;

	ltr_sb_puts(c->out, ", sun_path=");
	if (path[0] == '\0' && n > 1) {
		ltr_sb_putc(c->out, '@');
		ltr_print_quoted(c->out, path + 1, n - 1, c->opts, false);
		return;
	}
	ltr_print_quoted(c->out, path, strnlen(path, n), c->opts, false);
}

/*
 * A field in network byte order ("sin_port", "sin_addr"): under -X raw
 * and verbose first its bytes in hex, as strace does; then, unless raw,
 * text (in a comment when verbose).
 */
static bool net_field_begin(struct ltr_strbuf *out, const unsigned char *bytes,
			    size_t len)
{
	enum ltr_xlat_style style = ltr_xlat_style();

	if (style == LTR_XLAT_ABBREV)
		return true;
	ltr_print_quoted_hex(out, (const char *)bytes, len, false);
	if (style == LTR_XLAT_RAW)
		return false;
	ltr_sb_puts(out, " /* ");
	return true;
}

/* "htons(80)" of the port at p (2 bytes, network order), styled by -X. */
static void print_net_port(struct ltr_strbuf *out, const unsigned char *p)
{
	if (!net_field_begin(out, p, 2))
		return;
	ltr_sb_printf(out, "htons(%u)", (unsigned)(p[0] << 8 | p[1]));
	ltr_xlat_end(out);
}

static void print_sockaddr_in(struct ltr_call *c, const unsigned char *sa)
{
	char text[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, sa + 4, text, sizeof(text));
	ltr_sb_puts(c->out, ", sin_port=");
	print_net_port(c->out, sa + 2);
	ltr_sb_puts(c->out, ", sin_addr=");
	if (!net_field_begin(c->out, sa + 4, 4))
		return;
	ltr_sb_printf(c->out, "inet_addr(\"%s\")", text);
	ltr_xlat_end(c->out);
}

/* Link-local unicast (fe80::/10) or link-local multicast (ff02::/16). */
static int is_link_local6(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 0x2);
}

static void print_sockaddr_in6(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	char text[INET6_ADDRSTRLEN], ifname[IF_NAMESIZE];
	uint32_t flowinfo, scope;

	memcpy(&flowinfo, sa + 4, 4);
	inet_ntop(AF_INET6, sa + 8, text, sizeof(text));
	ltr_sb_puts(c->out, ", sin6_port=");
	print_net_port(c->out, sa + 2);
	ltr_sb_puts(c->out, ", sin6_flowinfo=");
	if (net_field_begin(c->out, sa + 4, 4)) {
		ltr_sb_printf(c->out, "htonl(%u)", ntohl(flowinfo));
		ltr_xlat_end(c->out);
	}
	/* the abbreviated form names the field inside inet_pton() only */
	ltr_sb_puts(c->out, ", ");
	if (ltr_xlat_style() != LTR_XLAT_ABBREV)
		ltr_sb_puts(c->out, "sin6_addr=");
	if (net_field_begin(c->out, sa + 8, 16)) {
		ltr_sb_printf(c->out, "inet_pton(AF_INET6, \"%s\"%s)", text,
			      ltr_xlat_style() == LTR_XLAT_ABBREV ? ", &sin6_addr" : "");
		ltr_xlat_end(c->out);
	}
	if (len < 28)
		return;
	scope = ltr_get_u32(sa + 24);
	if (scope && is_link_local6(sa + 8) && if_indextoname(scope, ifname)) {
		char name[IF_NAMESIZE + 20];

		snprintf(name, sizeof(name), "if_nametoindex(\"%s\")", ifname);
		ltr_sb_puts(c->out, ", sin6_scope_id=");
		ltr_print_xlat(c->out, scope, LTR_XF_UDEC, name);
	} else {
		ltr_sb_printf(c->out, ", sin6_scope_id=%u", scope);
	}
}

/* Prints len bytes of a sockaddr already read (2 <= len <= SOCKADDR_MAX). */
static void print_sockaddr_bytes(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned family = (unsigned)(sa[0] | sa[1] << 8);

	ltr_sb_putc(c->out, '{');
	print_family(c->out, family);
	if (len > 2) {
		switch (family) {
		case 1:
			print_sockaddr_un(c, sa, len);
			break;
		case 2:
			if (len >= 16)
				print_sockaddr_in(c, sa);
			else
				print_sa_data(c, sa, len);
			break;
		case 10:
			if (len >= 24)
				print_sockaddr_in6(c, sa, len);
			else
				print_sa_data(c, sa, len);
			break;
		case 16:
			if (len >= 12) {
				/* as strace: nl_pad only when set, nl_pid signed, "%#08x" groups */
				unsigned pad = (unsigned)sa[2] | (unsigned)sa[3] << 8;

				if (pad)
					ltr_sb_printf(c->out, ", nl_pad=%#x", pad);
				ltr_sb_puts(c->out, ", nl_pid=");
				ltr_print_pid(c, (int)ltr_get_u32(sa + 4));
				ltr_sb_printf(c->out, ", nl_groups=%#08x", ltr_get_u32(sa + 8));
			}
			else
				print_sa_data(c, sa, len);
			break;
		default:
			print_sa_data(c, sa, len);
			break;
		}
	}
	ltr_sb_putc(c->out, '}');
}

void ltr_print_sockaddr(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	unsigned char sa[SOCKADDR_MAX];
	unsigned n = len > SOCKADDR_MAX ? SOCKADDR_MAX : (unsigned)len;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (n < 2 || !ltr_fetch_quiet(c, addr, sa, n)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_sockaddr_bytes(c, sa, n);
}

/* A sockaddr input argument; its length is argument param. */
void ltr_print_arg_sockaddr(struct ltr_call *c, unsigned idx)
{
	unsigned lenidx = c->desc ? c->desc->args[idx].param : idx + 1;

	ltr_print_sockaddr(c, ltr_word_mask(c, c->args[idx]), (uint32_t)c->args[lenidx]);
}

/*
 * A socklen_t in/out argument at exit: "[16]" or "[128 => 16]". in_ok
 * says whether the value before the call (in) could be read at entry.
 */
static void print_socklen_inout(struct ltr_call *c, uint64_t addr, bool in_ok, uint32_t in)
{
	uint32_t out;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!in_ok) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (ltr_call_failed(c) || ltr_mem_read(c->mem, addr, &out, 4) < 0 || out == in) {
		ltr_sb_printf(c->out, "[%u]", in);
		return;
	}
	ltr_sb_printf(c->out, "[%u => %u]", in, out);
}

/* Saves the socklen_t at addr into c->saved[slot] (slot + 1 says it was read). */
static void save_socklen(struct ltr_call *c, uint64_t addr, unsigned slot)
{
	uint32_t v = 0;

	c->saved[slot + 1] = ltr_fetch_quiet(c, addr, &v, 4);
	c->saved[slot] = v;
}

/* The returned length of a sockaddr: the smaller of the in and out values. */
static uint32_t out_socklen(struct ltr_call *c, uint64_t addr, uint32_t in)
{
	uint32_t out;

	if (ltr_mem_read(c->mem, addr, &out, 4) < 0)
		return in;
	return out < in ? out : in;
}

/* A sockaddr output argument with its socklen_t in/out pointer at exit. */
static void print_sockaddr_out(struct ltr_call *c, uint64_t addr, uint64_t lenaddr)
{
	if (!addr)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c) || !lenaddr || !c->saved[1])
		ltr_print_addr(c->out, addr);
	else
		ltr_print_sockaddr(c, addr, out_socklen(c, lenaddr, (uint32_t)c->saved[0]));
	ltr_sb_puts(c->out, ", ");
	print_socklen_inout(c, lenaddr, c->saved[1], (uint32_t)c->saved[0]);
}

/* accept, accept4, getsockname, getpeername: (fd, addr, addrlen[, flags]). */
void ltr_decode_sockname(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		save_socklen(c, ltr_word_mask(c, c->args[2]), 0);
		return;
	}
	print_sockaddr_out(c, ltr_word_mask(c, c->args[1]), ltr_word_mask(c, c->args[2]));
	if (c->desc && c->desc->nargs == 4) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, socket_flags, (uint32_t)c->args[3], NULL);
	}
}

/* recvfrom(fd, buf, len, flags, src_addr, addrlen); recv(fd, buf, len, flags). */
void ltr_decode_recvfrom(struct ltr_call *c)
{
	uint64_t buf = ltr_word_mask(c, c->args[1]);

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (c->desc && c->desc->nargs == 6)
			save_socklen(c, ltr_word_mask(c, c->args[5]), 0);
		return;
	}
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, buf);
	else
		ltr_print_buf(c, buf, ltr_word_mask(c, (uint64_t)c->ret));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_word_mask(c, c->args[2]));
	ltr_print_flags(c->out, msg_flags, (uint32_t)c->args[3], NULL);
	if (c->desc && c->desc->nargs == 6) {
		ltr_sb_puts(c->out, ", ");
		print_sockaddr_out(c, ltr_word_mask(c, c->args[4]), ltr_word_mask(c, c->args[5]));
	}
}

/* --- msghdr and control messages --- */

struct msghdr_fields {
	uint64_t name, iov, iovlen, control, controllen;
	uint32_t namelen, flags;
};

static unsigned msghdr_size(unsigned ws)
{
	return ws == 4 ? 28 : 56;
}

static bool read_msghdr(const struct ltr_call *c, uint64_t addr, struct msghdr_fields *m)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[56];

	if (!ltr_fetch_quiet(c, addr, buf, msghdr_size(ws)))
		return false;
	m->name = ltr_get_uword(buf, ws);
	m->namelen = ltr_get_u32(buf + ws);
	m->iov = ltr_get_uword(buf + 2 * ws, ws);
	m->iovlen = ltr_get_uword(buf + 3 * ws, ws);
	m->control = ltr_get_uword(buf + 4 * ws, ws);
	m->controllen = ltr_get_uword(buf + 5 * ws, ws);
	m->flags = ltr_get_u32(buf + 6 * ws);
	return true;
}

static void print_cmsg_data(struct ltr_call *c, int level, int type,
			    const unsigned char *data, size_t len)
{
	size_t i;

	if (level != 1)
		return;
	if (type == 1) {  /* SCM_RIGHTS */
		ltr_sb_puts(c->out, ", cmsg_data=[");
		for (i = 0; i + 4 <= len; i += 4) {
			if (i)
				ltr_sb_puts(c->out, ", ");
			ltr_print_fd(c, (int32_t)ltr_get_u32(data + i));
		}
		ltr_sb_putc(c->out, ']');
	} else if (type == 2 && len >= 12) {  /* SCM_CREDENTIALS */
		ltr_sb_printf(c->out, ", cmsg_data={pid=%d, uid=%u, gid=%u}",
			      (int32_t)ltr_get_u32(data), ltr_get_u32(data + 4), ltr_get_u32(data + 8));
	}
}

static void print_cmsg_type(struct ltr_call *c, int level, int type)
{
	const struct ltr_xlat *table = NULL;
	const char *unknown = NULL;

	switch (level) {
	case 1: table = scm_types; unknown = "SCM_???"; break;
	case 0: table = ip_options; unknown = "IP_???"; break;
	case 41: table = ipv6_options; unknown = "IPV6_???"; break;
	default: break;
	}
	if (table)
		ltr_print_xval(c->out, table, (uint32_t)type, unknown);
	else
		ltr_sb_printf(c->out, "%#x", (unsigned)type);
}

/* The control messages of a msghdr: "[{cmsg_len=20, ...}]" or the address. */
static void print_control(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	static unsigned char buf[CONTROL_MAX];
	unsigned ws = ltr_wordsize(c);
	unsigned hdr = ws + 8;
	size_t n = len > CONTROL_MAX ? CONTROL_MAX : (size_t)len;
	size_t off = 0;
	unsigned shown = 0;

	ssize_t got = len < hdr ? -1 : c->mem->read(c->mem->ctx, addr, buf, n);

	/* A control buffer running into unmapped memory shows what is readable. */
	if (got < (ssize_t)hdr) {
		ltr_print_addr(c->out, addr);
		return;
	}
	n = (size_t)got;
	ltr_sb_putc(c->out, '[');
	while (off + hdr <= n) {
		uint64_t cmsg_len = ltr_get_uword(buf + off, ws);
		int level = (int32_t)ltr_get_u32(buf + off + ws);
		int type = (int32_t)ltr_get_u32(buf + off + ws + 4);
		size_t avail = n - off;

		if (shown)
			ltr_sb_puts(c->out, ", ");
		if (shown++ >= c->opts->strsize) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_printf(c->out, "{cmsg_len=%llu, cmsg_level=", (unsigned long long)cmsg_len);
		ltr_print_xval(c->out, socket_levels, (uint32_t)level, "SOL_???");
		ltr_sb_puts(c->out, ", cmsg_type=");
		print_cmsg_type(c, level, type);
		if (cmsg_len >= hdr)
			print_cmsg_data(c, level, type, buf + off + hdr,
					(cmsg_len < avail ? (size_t)cmsg_len : avail) - hdr);
		ltr_sb_putc(c->out, '}');
		if (cmsg_len < hdr)
			break;
		/* CMSG_ALIGN: to the size of a long. */
		cmsg_len = (cmsg_len + ws - 1) & ~(uint64_t)(ws - 1);
		if (cmsg_len >= avail)
			break;
		off += (size_t)cmsg_len;
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * A msghdr already read: data is the byte budget of its iovecs (recvmsg:
 * the return value; -1 for sendmsg). namelen_in is the msg_namelen before
 * a recvmsg (printed as "128 => 16" when it changed); pass m->namelen
 * otherwise.
 */
static void print_msghdr_fields(struct ltr_call *c, const struct msghdr_fields *m,
				int64_t data, uint32_t namelen_in)
{
	ltr_sb_puts(c->out, "{msg_name=");
	ltr_print_sockaddr(c, m->name, m->namelen < namelen_in ? m->namelen : namelen_in);
	if (namelen_in != m->namelen)
		ltr_sb_printf(c->out, ", msg_namelen=%u => %u", namelen_in, m->namelen);
	else
		ltr_sb_printf(c->out, ", msg_namelen=%u", m->namelen);
	ltr_sb_puts(c->out, ", msg_iov=");
	ltr_print_iov(c, m->iov, m->iovlen, data, true);
	ltr_sb_printf(c->out, ", msg_iovlen=%llu", (unsigned long long)m->iovlen);
	if (m->controllen) {
		ltr_sb_puts(c->out, ", msg_control=");
		print_control(c, m->control, m->controllen);
	}
	ltr_sb_printf(c->out, ", msg_controllen=%llu, msg_flags=",
		      (unsigned long long)m->controllen);
	ltr_print_flags(c->out, msg_flags, m->flags, NULL);
	ltr_sb_putc(c->out, '}');
}

/* sendmsg's msghdr (printed at entry). */
void ltr_print_arg_msghdr(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	struct msghdr_fields m;

	if (!read_msghdr(c, addr, &m)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_msghdr_fields(c, &m, -1, m.namelen);
}

/* recvmsg(fd, msg, flags): the msghdr is printed at exit. */
void ltr_decode_recvmsg(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	struct msghdr_fields m;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = read_msghdr(c, addr, &m);
		c->saved[0] = c->saved[1] ? m.namelen : 0;
		return;
	}
	if (!c->saved[1] || !read_msghdr(c, addr, &m))
		ltr_print_addr(c->out, addr);
	else if (ltr_call_failed(c))
		ltr_sb_printf(c->out, "{msg_namelen=%u}", (uint32_t)c->saved[0]);
	else
		print_msghdr_fields(c, &m, c->ret, (uint32_t)c->saved[0]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, msg_flags, (uint32_t)c->args[2], NULL);
}

/*
 * sendmmsg(fd, msgvec, vlen, flags) and recvmmsg(fd, msgvec, vlen, flags,
 * timeout): the arrays are printed at exit, ret entries of them (msg_len
 * filled), each msghdr's iovecs limited by its msg_len for recvmmsg.
 */
void ltr_decode_mmsg(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c);
	unsigned esize = msghdr_size(ws) + 4 + (ws == 8 ? 4 : 0);
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	bool recv = c->desc && c->desc->name[0] == 'r';
	int64_t i;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (ltr_call_failed(c) || c->ret <= 0 || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
	} else {
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < c->ret; i++) {
			struct msghdr_fields m;
			uint32_t msg_len;

			if (i)
				ltr_sb_puts(c->out, ", ");
			if (i >= (int64_t)c->opts->strsize) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			if (!read_msghdr(c, addr + (uint64_t)i * esize, &m) ||
			    ltr_mem_read(c->mem, addr + (uint64_t)i * esize + msghdr_size(ws),
					 &msg_len, 4) < 0) {
				ltr_sb_printf(c->out, "... /* %#llx */",
					      (unsigned long long)(addr + (uint64_t)i * esize));
				break;
			}
			ltr_sb_puts(c->out, "{msg_hdr=");
			print_msghdr_fields(c, &m, recv ? (int64_t)msg_len : -1, m.namelen);
			ltr_sb_printf(c->out, ", msg_len=%u}", msg_len);
		}
		ltr_sb_putc(c->out, ']');
	}
	ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[2]);
	ltr_print_flags(c->out, msg_flags, (uint32_t)c->args[3], NULL);
	if (recv) {
		ltr_sb_puts(c->out, ", ");
		if (c->desc && strstr(c->desc->name, "time64"))
			ltr_print_timespec64(c, ltr_word_mask(c, c->args[4]));
		else
			ltr_print_timespec(c, ltr_word_mask(c, c->args[4]));
	}
}

/* --- socket options --- */

static const struct ltr_xlat *option_table(uint32_t level, const char **unknown)
{
	switch (level) {
	case 1: *unknown = "SO_???"; return sol_socket_options;
	case 6: *unknown = "TCP_???"; return tcp_options;
	case 0: *unknown = "IP_???"; return ip_options;
	case 41: *unknown = "IPV6_???"; return ipv6_options;
	default: *unknown = NULL; return NULL;
	}
}

void ltr_print_arg_sock_level(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, socket_levels, (uint32_t)c->args[idx], "SOL_??");
}

/* The option name: its table depends on the level (argument 1). */
void ltr_print_arg_sock_optname(struct ltr_call *c, unsigned idx)
{
	const char *unknown;
	const struct ltr_xlat *table = option_table((uint32_t)c->args[1], &unknown);

	if (table)
		ltr_print_xval(c->out, table, (uint32_t)c->args[idx], unknown);
	else
		ltr_sb_printf(c->out, "%u", (unsigned)c->args[idx]);
}

/* SOL_SOCKET options whose value is a plain int. */
static bool is_int_option(uint32_t level, uint32_t name)
{
	if (level == 1) {
		switch (name) {
		case 13: case 17: case 20: case 21: case 22: case 23: case 24:
		case 25: case 26: case 28: case 31: case 50: case 51: case 52:
		case 55: case 59: case 61: case 63: case 64: case 65: case 66:
		case 67:
			return false;
		default:
			return ltr_xlat_lookup(sol_socket_options, name) != NULL;
		}
	}
	if (level == 6)
		return name != 11 && name != 13 && name != 14 && name != 26 &&
		       name != 28 && name != 31 && name != 33 &&
		       ltr_xlat_lookup(tcp_options, name) != NULL;
	return false;
}

/* An option value of len bytes at addr, as setsockopt/getsockopt show it. */
static void print_sockopt_value(struct ltr_call *c, uint32_t level, uint32_t name,
				uint64_t addr, uint32_t len)
{
	int32_t v[4];

	if (level == 1 && name == 13 && len >= 8) {  /* SO_LINGER */
		if (ltr_fetch(c, addr, v, 8))
			ltr_sb_printf(c->out, "{l_onoff=%d, l_linger=%d}", v[0], v[1]);
		return;
	}
	if (level == 1 && name == 17 && len >= 12) {  /* SO_PEERCRED */
		if (ltr_fetch(c, addr, v, 12)) {
			ltr_sb_puts(c->out, "{pid=");
			ltr_print_pid(c, v[0]);
			ltr_sb_printf(c->out, ", uid=%u, gid=%u}", (uint32_t)v[1], (uint32_t)v[2]);
		}
		return;
	}
	if (is_int_option(level, name) ? len >= 4 : len == 4) {
		if (ltr_fetch(c, addr, v, 4))
			ltr_sb_printf(c->out, "[%d]", v[0]);
		return;
	}
	if (is_int_option(level, name)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_buf(c, addr, len);
}

/* setsockopt's optval (its length is argument 4). */
void ltr_print_arg_sockopt_val(struct ltr_call *c, unsigned idx)
{
	if (!ltr_call_verbose(c)) {
		ltr_print_addr(c->out, ltr_word_mask(c, c->args[idx]));
		return;
	}
	print_sockopt_value(c, (uint32_t)c->args[1], (uint32_t)c->args[2],
			    ltr_word_mask(c, c->args[idx]), (uint32_t)c->args[4]);
}

/* getsockopt(fd, level, optname, optval, optlen): value and length at exit. */
void ltr_decode_getsockopt(struct ltr_call *c)
{
	uint64_t val = ltr_word_mask(c, c->args[3]), lenaddr = ltr_word_mask(c, c->args[4]);
	uint32_t out;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_arg_sock_level(c, 1);
		ltr_sb_puts(c->out, ", ");
		ltr_print_arg_sock_optname(c, 2);
		ltr_sb_puts(c->out, ", ");
		save_socklen(c, lenaddr, 0);
		return;
	}
	if (!val)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c) || !ltr_fetch_quiet(c, lenaddr, &out, 4))
		ltr_print_addr(c->out, val);
	else
		print_sockopt_value(c, (uint32_t)c->args[1], (uint32_t)c->args[2], val, out);
	ltr_sb_puts(c->out, ", ");
	print_socklen_inout(c, lenaddr, c->saved[1], (uint32_t)c->saved[0]);
}

/* --- socketcall (i386) --- */

static const struct {
	const char *name;
	unsigned nargs;
} socketcall_subcalls[] = {
	[1] = { "socket", 3 }, [2] = { "bind", 3 }, [3] = { "connect", 3 },
	[4] = { "listen", 2 }, [5] = { "accept", 3 }, [6] = { "getsockname", 3 },
	[7] = { "getpeername", 3 }, [8] = { "socketpair", 4 }, [9] = { "send", 4 },
	[10] = { "recv", 4 }, [11] = { "sendto", 6 }, [12] = { "recvfrom", 6 },
	[13] = { "shutdown", 2 }, [14] = { "setsockopt", 5 }, [15] = { "getsockopt", 5 },
	[16] = { "sendmsg", 3 }, [17] = { "recvmsg", 3 }, [18] = { "accept4", 4 },
	[19] = { "recvmmsg", 5 }, [20] = { "sendmmsg", 4 },
};

/*
 * socketcall(call, args): printed as the socket call it stands for, as
 * strace does ("socket(AF_INET, ...)"). At entry the call's arguments are
 * read from the args array (words of the tracee), the line is restarted
 * with the subcall's name, and c->desc and c->args become the subcall's,
 * so its decoder also runs at exit. An unknown call number or an
 * unreadable array prints socketcall(N, address).
 */
void ltr_decode_socketcall(struct ltr_call *c)
{
	static const char prefix[] = "socketcall(";
	const size_t plen = sizeof(prefix) - 1;
	unsigned ws = ltr_wordsize(c), call = (uint32_t)c->args[0], i;
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	const struct ltr_syscall_desc *sub = NULL;
	unsigned char words[6 * 8];

	if (c->exiting)
		return;
	if (call < sizeof(socketcall_subcalls) / sizeof(socketcall_subcalls[0]) &&
	    socketcall_subcalls[call].name)
		sub = ltr_syscall_desc_find(socketcall_subcalls[call].name);
	if (!sub || c->out->len < plen ||
	    memcmp(c->out->data + c->out->len - plen, prefix, plen) != 0 ||
	    ltr_mem_read(c->mem, addr, words, socketcall_subcalls[call].nargs * ws) < 0) {
		ltr_sb_printf(c->out, "%u, ", call);
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_truncate(c->out, c->out->len - plen);
	for (i = 0; i < 6; i++)
		c->args[i] = i < socketcall_subcalls[call].nargs ? ltr_get_uword(words + i * ws, ws) : 0;
	c->desc = sub;
	c->ret_kind = sub->ret;
	/* -e abbrev=, verbose=, raw= hold the call as the one it stands for */
	c->dflags = ltr_decode_call_flags(c->arch, ltr_arch_syscall_nr(c->arch, sub->name));
	ltr_decode_entry(c);
}
