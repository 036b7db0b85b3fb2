/* SPDX-License-Identifier: MIT */
/*
 * Device-mapper requests (type 0xfd, linux/dm-ioctl.h). Every request
 * takes a struct dm_ioctl followed, within its data_size bytes, by a
 * payload at data_start whose shape depends on the request (target
 * specs, a dependency list, a name list, target versions, a message, a
 * string). Both offsets come from the tracee and are checked before
 * anything is read: a payload outside [0, data_size) prints as
 * "??? /\* misplaced ... *\/", and the walks of chained records stop at
 * the -s limit and whenever a record does not move forward, so hostile
 * offsets never make ltr read outside the buffer or loop without bound.
 *
 * The header is printed at entry and, when the call succeeded or the
 * kernel changed it, again at exit after " => ". The entry's version,
 * data_size, data_start and flags are kept in c->saved[1..3] to tell.
 */
#include <stddef.h>
#include <linux/ioctl.h>
#include <linux/dm-ioctl.h>

#include "ltr/mem.h"

#include "ioctl.h"

/* struct dm_ioctl up to its data[] (the same on every arch: no longs). */
enum {
	DM_HDR_SIZE = offsetof(struct dm_ioctl, data),
	DM_OFF_DATA_SIZE = offsetof(struct dm_ioctl, data_size),
	DM_OFF_DATA_START = offsetof(struct dm_ioctl, data_start),
	DM_OFF_TARGET_COUNT = offsetof(struct dm_ioctl, target_count),
	DM_OFF_OPEN_COUNT = offsetof(struct dm_ioctl, open_count),
	DM_OFF_FLAGS = offsetof(struct dm_ioctl, flags),
	DM_OFF_EVENT_NR = offsetof(struct dm_ioctl, event_nr),
	DM_OFF_DEV = offsetof(struct dm_ioctl, dev),
	DM_OFF_NAME = offsetof(struct dm_ioctl, name),
	DM_OFF_UUID = offsetof(struct dm_ioctl, uuid),
	DM_NAME_SIZE = DM_NAME_LEN,
	DM_UUID_SIZE = DM_UUID_LEN,
	/* the payload records, as the kernel lays them out */
	DM_SPEC_SIZE = sizeof(struct dm_target_spec),
	DM_SPEC_TYPE = offsetof(struct dm_target_spec, target_type),
	DM_DEPS_DEV = offsetof(struct dm_target_deps, dev),
	DM_DEPS_SIZE = sizeof(struct dm_target_deps),
	DM_NAMES_NAME = offsetof(struct dm_name_list, name),
	DM_NAMES_SIZE = sizeof(struct dm_name_list),
	DM_VERS_NAME = offsetof(struct dm_target_versions, name),
	DM_VERS_SIZE = sizeof(struct dm_target_versions),
	DM_MSG_MESSAGE = offsetof(struct dm_target_msg, message),
	DM_MSG_SIZE = sizeof(struct dm_target_msg),
};

/* The header fields the decoder uses, read from the raw bytes. */
struct dm_hdr {
	uint32_t version[3], data_size, data_start, target_count, open_count, flags, event_nr;
	uint64_t dev;
	const unsigned char *raw;
};

static void parse_hdr(struct dm_hdr *h, const unsigned char *b)
{
	for (unsigned i = 0; i < 3; i++)
		h->version[i] = ltr_get_u32(b + 4 * i);
	h->data_size = ltr_get_u32(b + DM_OFF_DATA_SIZE);
	h->data_start = ltr_get_u32(b + DM_OFF_DATA_START);
	h->target_count = ltr_get_u32(b + DM_OFF_TARGET_COUNT);
	h->open_count = ltr_get_u32(b + DM_OFF_OPEN_COUNT);
	h->flags = ltr_get_u32(b + DM_OFF_FLAGS);
	h->event_nr = ltr_get_u32(b + DM_OFF_EVENT_NR);
	h->dev = ltr_get_u64(b + DM_OFF_DEV);
	h->raw = b;
}

/* "??? /\* misplaced WHAT *\/" */
static void print_misplaced(struct ltr_call *c, const char *what)
{
	ltr_sb_printf(c->out, "??? /* misplaced %s */", what);
}

/* The requests whose header names no device. */
static bool names_device(uint32_t req)
{
	return req != DM_REMOVE_ALL && req != DM_LIST_DEVICES && req != DM_LIST_VERSIONS;
}

/* The requests that take a payload at data_start. */
static bool has_params(uint32_t req)
{
	switch (req) {
	case DM_VERSION: case DM_REMOVE_ALL: case DM_DEV_CREATE: case DM_DEV_REMOVE:
	case DM_DEV_SUSPEND: case DM_DEV_STATUS: case DM_TABLE_CLEAR: case DM_DEV_ARM_POLL:
		return false;
	default:
		return true;
	}
}

/* The counters a request reads at entry or the kernel reports at exit. */
static void print_values(struct ltr_call *c, uint32_t req, const struct dm_hdr *h)
{
	if (!c->exiting) {
		switch (req) {
		case DM_TABLE_LOAD:
			ltr_sb_printf(c->out, ", target_count=%u", h->target_count);
			break;
		case DM_DEV_SUSPEND:
			/* a resume (no DM_SUSPEND_FLAG) waits for event_nr */
			if (h->flags & DM_SUSPEND_FLAG)
				break;
			/* fall through */
		case DM_DEV_RENAME: case DM_DEV_REMOVE: case DM_DEV_WAIT:
			ltr_sb_printf(c->out, ", event_nr=%u", h->event_nr);
			break;
		default:
			break;
		}
		return;
	}
	if (ltr_call_failed(c))
		return;
	switch (req) {
	case DM_DEV_CREATE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
	case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_TARGET_MSG:
		ltr_sb_printf(c->out, ", target_count=%u, open_count=%u, event_nr=%u",
			      h->target_count, h->open_count, h->event_nr);
		break;
	default:
		break;
	}
}

/*
 * "{version=[4, 1, 2], data_size=..., flags=...}"; false when the ABI
 * version or data_size leaves the rest unknown (the payload is skipped).
 */
static bool print_header(struct ltr_call *c, uint32_t req, const struct dm_hdr *h)
{
	ltr_sb_printf(c->out, "{version=[%u, %u, %u]", h->version[0], h->version[1], h->version[2]);
	if (h->version[0] != DM_VERSION_MAJOR) {
		ltr_sb_puts(c->out, " /* unsupported device mapper ABI version */}");
		return false;
	}
	ltr_sb_printf(c->out, ", data_size=%u", h->data_size);
	if (h->data_size < DM_HDR_SIZE) {
		ltr_sb_puts(c->out, " /* data_size too small */}");
		return false;
	}
	if (has_params(req))
		ltr_sb_printf(c->out, ", data_start=%u", h->data_start);
	if (names_device(req)) {
		if (h->dev) {
			ltr_sb_puts(c->out, ", dev=");
			ltr_print_dev(c->out, h->dev);
		}
		if (h->raw[DM_OFF_NAME]) {
			ltr_sb_puts(c->out, ", name=");
			ltr_ioctl_print_cstring(c, h->raw + DM_OFF_NAME, DM_NAME_SIZE);
		}
		if (h->raw[DM_OFF_UUID]) {
			ltr_sb_puts(c->out, ", uuid=");
			ltr_ioctl_print_cstring(c, h->raw + DM_OFF_UUID, DM_UUID_SIZE);
		}
	}
	print_values(c, req, h);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(dm_flags), h->flags);
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * Whether the record of rec_size bytes the walk reaches at offset (a
 * u32 of the tracee) lies within data_size and past the one before
 * (*end, 0 for the first): the bound of every walk below.
 */
static bool record_fits(uint32_t offset, uint32_t head, uint32_t data_size, bool first,
			uint32_t *end)
{
	uint32_t next_end;

	if (!first && offset <= *end)
		return false;
	next_end = offset + head;
	*end = next_end;
	return next_end > offset && next_end <= data_size;
}

/* The NUL-terminated string at offset..data_size of the buffer at arg. */
static int print_payload_str(struct ltr_call *c, uint64_t arg, uint32_t offset,
			     uint32_t data_size)
{
	return ltr_print_strn0(c, ltr_word_mask(c, arg + offset), data_size - offset);
}

/*
 * A chain of payload records, each of head bytes (the fixed part, read
 * as size bytes) followed by a string, printed by print_record, which
 * returns the record's next offset. The walk stops after count records
 * (specs) or at a next of 0 (name lists, versions: count is then
 * UINT32_MAX and stop_at_zero set), at the -s limit ("..."), at a record
 * that does not fit in data_size or does not move past the one before
 * ("??? /\* misplaced WHAT *\/"), or at unreadable memory (its address).
 * from_start: next counts from data_start (the kernel's specs at exit),
 * else from the record.
 */
struct dm_chain {
	uint32_t head;
	unsigned size;
	const char *what;
	bool stop_at_zero, from_start;
	uint32_t (*print_record)(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
				 const unsigned char *rec, uint32_t offset, uint32_t end);
};

static void walk_chain(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
		       const struct dm_chain *chain, uint32_t count)
{
	uint32_t offset = h->data_start, end = 0, next;
	unsigned char rec[DM_SPEC_SIZE];  /* the largest record */

	if (chain->size > sizeof(rec))
		return;

	for (uint32_t i = 0; i < count; i++) {
		ltr_sb_puts(c->out, ", ");
		if (!record_fits(offset, chain->head, h->data_size, i == 0, &end)) {
			print_misplaced(c, chain->what);
			return;
		}
		if (i >= c->opts->strsize) {
			ltr_sb_puts(c->out, "...");
			return;
		}
		if (!ltr_ioctl_fetch(c, ltr_word_mask(c, arg + offset), rec, chain->size))
			return;
		next = chain->print_record(c, arg, h, rec, offset, end);
		if (!next && chain->stop_at_zero)
			return;
		offset = (chain->from_start ? h->data_start : offset) + next;
	}
}

/* struct dm_target_spec: sector_start, length, status, next, target_type[16]; then its parameters. */
static uint32_t print_spec(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
			   const unsigned char *s, uint32_t offset, uint32_t end)
{
	(void)offset;
	ltr_sb_printf(c->out, "{sector_start=%llu, length=%llu",
		      (unsigned long long)ltr_get_u64(s), (unsigned long long)ltr_get_u64(s + 8));
	if (c->exiting)
		ltr_sb_printf(c->out, ", status=%d", (int32_t)ltr_get_u32(s + 16));
	ltr_sb_puts(c->out, ", target_type=");
	ltr_ioctl_print_cstring(c, s + DM_SPEC_TYPE, DM_SPEC_SIZE - DM_SPEC_TYPE);
	ltr_sb_puts(c->out, ", string=");
	print_payload_str(c, arg, end, h->data_size);
	ltr_sb_putc(c->out, '}');
	return ltr_get_u32(s + 20);
}

/* DM_TABLE_LOAD's (entry) and DM_TABLE_STATUS's, DM_DEV_WAIT's (exit) target specs. */
static void print_target_specs(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h)
{
	/* the kernel chains specs from the last one at entry, from data_start at exit */
	const struct dm_chain specs = {
		DM_SPEC_SIZE, DM_SPEC_SIZE, "struct dm_target_spec", false, c->exiting, print_spec,
	};

	if (ltr_call_abbrev(c)) {
		if (h->target_count)
			ltr_sb_puts(c->out, ", ...");
		return;
	}
	walk_chain(c, arg, h, &specs, h->target_count);
}

static bool print_dep(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_print_dev(c->out, ltr_get_u64(e));
	return true;
}

/*
 * The start of a payload of one record of head bytes at data_start
 * (DM_TABLE_DEPS', DM_TARGET_MSG's): nothing when the payload is empty,
 * ", ..." when abbreviated, ", ??? /\* misplaced WHAT *\/" when it does
 * not fit in data_size; else ", " and true, with *end past the record.
 */
static bool record_start(struct ltr_call *c, const struct dm_hdr *h, uint32_t head,
			 const char *what, uint32_t *end)
{
	if (h->data_start == h->data_size)
		return false;
	ltr_sb_puts(c->out, ", ");
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, "...");
		return false;
	}
	if (!record_fits(h->data_start, head, h->data_size, true, end)) {
		print_misplaced(c, what);
		return false;
	}
	return true;
}

/* DM_TABLE_DEPS' struct dm_target_deps at exit. */
static void print_target_deps(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h)
{
	uint32_t end = 0, count;
	unsigned char s[DM_DEPS_SIZE];

	if (!record_start(c, h, DM_DEPS_DEV, "struct dm_target_deps", &end) ||
	    !ltr_ioctl_fetch(c, ltr_word_mask(c, arg + h->data_start), s, sizeof(s)))
		return;
	count = ltr_get_u32(s);
	if (count > (h->data_size - end) / 8) {
		print_misplaced(c, "struct dm_target_deps");
		return;
	}
	ltr_sb_printf(c->out, "{count=%u, deps=", count);
	ltr_ioctl_print_array(c, ltr_word_mask(c, arg + end), count, 8, print_dep, NULL);
	ltr_sb_putc(c->out, '}');
}

/*
 * struct dm_name_list: dev, next, then the name. Since dm 4.37 the
 * kernel puts an event_nr after the name, aligned to 8 bytes, when the
 * record's next leaves room for it.
 */
static uint32_t print_name(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
			   const unsigned char *s, uint32_t offset, uint32_t end)
{
	uint32_t event_nr;
	int rc;

	ltr_sb_puts(c->out, "{dev=");
	ltr_print_dev(c->out, ltr_get_u64(s));
	ltr_sb_puts(c->out, ", name=");
	rc = print_payload_str(c, arg, end, h->data_size);
	if (rc > 0 && h->version[1] >= 37) {
		uint64_t ev = ltr_word_mask(c, (arg + end + (unsigned)rc + 7) & ~(uint64_t)7);
		uint64_t next = ltr_word_mask(c, arg + offset + ltr_get_u32(s + 8));

		if (ev + sizeof(event_nr) <= next &&
		    ltr_mem_read(c->mem, ev, &event_nr, sizeof(event_nr)) >= 0)
			ltr_sb_printf(c->out, ", event_nr=%u", event_nr);
	}
	ltr_sb_putc(c->out, '}');
	return ltr_get_u32(s + 8);
}

/* struct dm_target_versions: next, version[3], then the name. */
static uint32_t print_version(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
			      const unsigned char *s, uint32_t offset, uint32_t end)
{
	(void)offset;
	ltr_sb_puts(c->out, "{name=");
	print_payload_str(c, arg, end, h->data_size);
	ltr_sb_printf(c->out, ", version=[%u, %u, %u]}", ltr_get_u32(s + 4),
		      ltr_get_u32(s + 8), ltr_get_u32(s + 12));
	return ltr_get_u32(s);
}

/* DM_LIST_DEVICES' and DM_LIST_VERSIONS' chains at exit. */
static void print_list(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h,
		       const struct dm_chain *chain)
{
	if (h->data_start == h->data_size)
		return;
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...");
		return;
	}
	walk_chain(c, arg, h, chain, UINT32_MAX);
}

static const struct dm_chain name_list = {
	DM_NAMES_NAME, DM_NAMES_SIZE, "struct dm_name_list", true, false, print_name,
};
static const struct dm_chain target_versions = {
	DM_VERS_NAME, DM_VERS_SIZE, "struct dm_target_versions", true, false, print_version,
};

/* DM_TARGET_MSG's struct dm_target_msg at entry. */
static void print_target_msg(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h)
{
	uint32_t end = 0;
	unsigned char s[DM_MSG_SIZE];

	if (!record_start(c, h, DM_MSG_MESSAGE, "struct dm_target_msg", &end) ||
	    !ltr_ioctl_fetch(c, ltr_word_mask(c, arg + h->data_start), s, sizeof(s)))
		return;
	ltr_sb_printf(c->out, "{sector=%llu, message=", (unsigned long long)ltr_get_u64(s));
	print_payload_str(c, arg, end, h->data_size);
	ltr_sb_putc(c->out, '}');
}

/* The string at data_start: DM_DEV_RENAME's new name, DM_DEV_SET_GEOMETRY's, a message's reply. */
static void print_string(struct ltr_call *c, uint64_t arg, const struct dm_hdr *h)
{
	ltr_sb_puts(c->out, ", ");
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, "...");
		return;
	}
	if (h->data_start > h->data_size) {
		print_misplaced(c, "string");
		return;
	}
	ltr_sb_puts(c->out, "{string=");
	print_payload_str(c, arg, h->data_start, h->data_size);
	ltr_sb_putc(c->out, '}');
}

/* The payload after the header, as far as the request and the stop call for. */
static void print_payload(struct ltr_call *c, uint32_t req, uint64_t arg, const struct dm_hdr *h)
{
	bool out_ok = c->exiting && !ltr_call_failed(c);

	switch (req) {
	case DM_DEV_WAIT: case DM_TABLE_STATUS:
		if (out_ok)
			print_target_specs(c, arg, h);
		break;
	case DM_TABLE_LOAD:
		if (!c->exiting)
			print_target_specs(c, arg, h);
		break;
	case DM_TABLE_DEPS:
		if (out_ok)
			print_target_deps(c, arg, h);
		break;
	case DM_LIST_DEVICES:
		if (out_ok)
			print_list(c, arg, h, &name_list);
		break;
	case DM_LIST_VERSIONS:
		if (out_ok)
			print_list(c, arg, h, &target_versions);
		break;
	case DM_TARGET_MSG:
		if (!c->exiting)
			print_target_msg(c, arg, h);
		else if (out_ok && (h->flags & DM_DATA_OUT_FLAG))
			print_string(c, arg, h);
		break;
	case DM_DEV_RENAME: case DM_DEV_SET_GEOMETRY:
		if (!c->exiting)
			print_string(c, arg, h);
		break;
	default:
		break;
	}
}

static bool known_request(uint32_t req)
{
	switch (req) {
	case DM_VERSION: case DM_REMOVE_ALL: case DM_LIST_DEVICES: case DM_DEV_CREATE:
	case DM_DEV_REMOVE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
	case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_LIST_VERSIONS: case DM_TARGET_MSG:
	case DM_DEV_SET_GEOMETRY: case DM_DEV_ARM_POLL:
		return true;
	default:
		return false;
	}
}

/*
 * The entry's version, data_size, data_start and flags, packed in
 * c->saved[1..3]; data_size 0 stands for a header not read at entry
 * (a read one has data_size >= 12).
 */
static void save_hdr(struct ltr_call *c, const struct dm_hdr *h)
{
	c->saved[1] = h->version[0] | (uint64_t)h->version[1] << 32;
	c->saved[2] = h->version[2] | (uint64_t)h->data_size << 32;
	c->saved[3] = h->data_start | (uint64_t)h->flags << 32;
}

static bool hdr_changed(const struct ltr_call *c, const struct dm_hdr *h)
{
	if ((uint32_t)(c->saved[2] >> 32) < DM_OFF_DATA_SIZE)
		return true;
	return c->saved[1] != (h->version[0] | (uint64_t)h->version[1] << 32) ||
	       c->saved[2] != (h->version[2] | (uint64_t)h->data_size << 32) ||
	       c->saved[3] != (h->data_start | (uint64_t)h->flags << 32);
}

enum ltr_ioctl_ret ltr_ioctl_dm(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char raw[DM_HDR_SIZE];
	struct dm_hdr h;

	if (!known_request(req))
		return LTR_IOCTL_ARG;
	/*
	 * strace reads the header quietly: one it cannot read, or whose
	 * data_size does not even reach data_size, shows the argument in hex.
	 */
	if (ltr_mem_read(c->mem, arg, raw, sizeof(raw)) < 0 ||
	    ltr_get_u32(raw + DM_OFF_DATA_SIZE) < DM_OFF_DATA_SIZE) {
		if (!c->exiting) {
			c->saved[2] = 0;
			return LTR_IOCTL_EXIT;
		}
		return LTR_IOCTL_ARG;
	}
	parse_hdr(&h, raw);
	if (!c->exiting) {
		save_hdr(c, &h);
		ltr_sb_puts(c->out, ", ");
	} else {
		if (ltr_call_failed(c) && !hdr_changed(c, &h))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, " => ");
	}
	ltr_sb_putc(c->out, '[');
	if (print_header(c, req, &h))
		print_payload(c, req, arg, &h);
	ltr_sb_putc(c->out, ']');
	return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
}
