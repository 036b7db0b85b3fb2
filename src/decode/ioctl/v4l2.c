/* SPDX-License-Identifier: MIT */
/*
 * Video4Linux2 requests (type 'V', linux/videodev2.h), as strace 6.1
 * decodes them: capabilities, formats (struct v4l2_format and its union
 * by buffer type), buffers, stream parameters, standards, inputs,
 * controls (ids named by class, "V4L2_CTRL_CLASS_USER+0x123" for those
 * without a name), tuners, cropping, frame sizes and intervals, and
 * VIDIOC_CREATE_BUFS. The other 'V' requests show their argument in hex.
 *
 * Structures holding a pointer or a long (v4l2_buffer, v4l2_format and
 * its v4l2_window, v4l2_clip, v4l2_framebuffer, v4l2_ext_controls,
 * v4l2_create_buffers) and those whose 64-bit field i386 aligns on 4
 * (v4l2_standard, v4l2_input) have the tracee's layout, and their
 * requests another number on i386: both come from the word size. The
 * timestamp of a v4l2_buffer is two 64-bit fields on every arch, as the
 * kernel numbers VIDIOC_QUERYBUF and its kin: an i386 program built with
 * a 32-bit time_t makes the kernel's VIDIOC_QUERYBUF_TIME32 and friends,
 * which strace 6.1 names but does not decode, and neither does ltr.
 * Nothing is decoded when -e verbose= leaves the call out (strace's
 * verbose(tcp)): the argument prints in hex.
 */
#include <stdio.h>

#include <linux/ioctl.h>
#include <linux/videodev2.h>

#include "ioctl.h"

/* A 'V' request whose argument's size is size bytes. */
#define V_IOWR(nr, size) _IOC(_IOC_READ | _IOC_WRITE, 'V', nr, size)
#define V_IOW(nr, size) _IOC(_IOC_WRITE, 'V', nr, size)
#define V_IOR(nr, size) _IOC(_IOC_READ, 'V', nr, size)

/* The sizes and offsets that depend on the tracee's word size ws. */
#define FMT_UNION(ws) ((ws) == 8 ? 8u : 4u)      /* v4l2_format.fmt */
#define FORMAT_SIZE(ws) (FMT_UNION(ws) + 200u)    /* struct v4l2_format */
#define BUFFER_SIZE(ws) ((ws) == 8 ? 88u : 76u)   /* struct v4l2_buffer, 64-bit time */
#define FBUF_SIZE(ws) ((ws) == 8 ? 48u : 44u)     /* struct v4l2_framebuffer */
#define STD_SIZE(ws) ((ws) == 8 ? 72u : 64u)      /* struct v4l2_standard */
#define INPUT_SIZE(ws) ((ws) == 8 ? 80u : 76u)    /* struct v4l2_input */
#define EXTCTRLS_SIZE(ws) ((ws) == 8 ? 32u : 24u) /* struct v4l2_ext_controls */
#define CREATE_FMT(ws) ((ws) == 8 ? 16u : 12u)    /* v4l2_create_buffers.format */
#define CREATE_SIZE(ws) ((ws) == 8 ? 256u : 248u) /* struct v4l2_create_buffers */
#define EXT_CONTROL_SIZE 20u                      /* struct v4l2_ext_control, packed */

/* The biggest structure read here: v4l2_create_buffers, v4l2_query_ext_ctrl. */
#define V4L2_BUF_MAX 256u

static uint32_t u32_at(const unsigned char *p, unsigned off)
{
	return ltr_get_u32(p + off);
}

static int32_t s32_at(const unsigned char *p, unsigned off)
{
	return (int32_t)ltr_get_u32(p + off);
}

/* "{left=-1, top=2, width=3, height=4}" of the struct v4l2_rect at p. */
static void print_rect(struct ltr_strbuf *out, const unsigned char *p)
{
	ltr_sb_printf(out, "{left=%d, top=%d, width=%u, height=%u}", s32_at(p, 0),
		      s32_at(p, 4), u32_at(p, 8), u32_at(p, 12));
}

/* "NAME=NUM/DEN" of the struct v4l2_fract at p. */
static void print_fract(struct ltr_strbuf *out, const char *name, const unsigned char *p)
{
	ltr_sb_printf(out, "%s=%u/%u", name, u32_at(p, 0), u32_at(p, 4));
}

/*
 * A fourcc code: "v4l2_fourcc('Y', 'U', 'Y', 'V')", each byte quoted as
 * a C char ('\'' , '\\', '\xNN' for the unprintable ones), then the
 * name table gives in a comment; the number alone under -X raw (the
 * comment shows under -X verbose too, as strace prints it).
 */
static void print_fourcc(struct ltr_strbuf *out, uint32_t v, const struct ltr_xlat_table *names)
{
	const char *name;

	if (ltr_xlat_style() == LTR_XLAT_RAW) {
		ltr_sb_put_hex(out, v);
		return;
	}
	ltr_sb_puts(out, "v4l2_fourcc(");
	for (unsigned i = 0; i < 4; i++) {
		unsigned char ch = (unsigned char)(v >> (8 * i));

		if (i)
			ltr_sb_puts(out, ", ");
		if (ch >= ' ' && ch < 0x7f)
			ltr_sb_printf(out, ch == '\'' || ch == '\\' ? "'\\%c'" : "'%c'", ch);
		else
			ltr_sb_printf(out, "'\\x%02x'", ch);
	}
	ltr_sb_putc(out, ')');
	name = names ? ltr_xlat_lookup(names, v) : NULL;
	if (name)
		ltr_sb_printf(out, " /* %s */", name);
}

/* ", NAME=" then the flags or value of table (its list's unknown text). */
static void field_xt(struct ltr_strbuf *out, const char *name, const struct ltr_xlat_table *t,
		     uint64_t v)
{
	ltr_sb_printf(out, ", %s=", name);
	ltr_print_xt(out, t, v);
}

/* ", NAME=" then the char array of size bytes at p, as a C string. */
static void field_cstring(struct ltr_call *c, const char *name, const unsigned char *p,
			  unsigned size)
{
	ltr_sb_printf(c->out, ", %s=", name);
	ltr_ioctl_print_cstring(c, p, size);
}

/*
 * A control id: its name; one without a name but in a class, by the
 * class with the offset ("V4L2_CTRL_CLASS_USER+0x1000"); else the number
 * and V4L2_CID_???. next_flags: VIDIOC_QUERYCTRL's id, whose top bits
 * ask for the next control (V4L2_CTRL_FLAG_NEXT_CTRL|...) and print
 * first.
 */
static void print_cid(struct ltr_strbuf *out, uint32_t cid, bool next_flags)
{
	const struct ltr_xlat_table *classes = LTR_XT(v4l2_control_classes);
	const struct ltr_xlat *x, *class = NULL;
	const char *name;
	char text[96];

	if (ltr_xlat_style() == LTR_XLAT_RAW) {
		ltr_sb_put_hex(out, cid);
		return;
	}
	if (next_flags) {
		uint32_t mask = 0, flags;

		for (x = LTR_XT(v4l2_control_query_flags)->xlat; x->name; x++)
			mask |= (uint32_t)x->val;
		flags = cid & mask;
		if (flags) {
			ltr_print_xt(out, LTR_XT(v4l2_control_query_flags), flags);
			ltr_sb_putc(out, '|');
			cid &= ~flags;
		}
	}
	name = ltr_xlat_lookup(LTR_XT(v4l2_control_ids), cid);
	if (name) {
		ltr_print_xlat(out, cid, LTR_XF_HEX, name);
		return;
	}
	/* the class is the greatest class value not above cid */
	for (x = classes->xlat; x->name; x++)
		if (x->val <= cid && (!class || x->val > class->val))
			class = x;
	if (!class || cid - class->val >= 0x10000) {
		ltr_print_xval(out, NULL, cid, "V4L2_CID_???");
		return;
	}
	snprintf(text, sizeof(text), "%s+%#llx", class->name,
		 (unsigned long long)(cid - class->val));
	ltr_print_xlat(out, cid, LTR_XF_HEX, text);
}

/*
 * The flags of a struct v4l2_buffer: the flag bits, then "|" the
 * timestamp type and "|" its source, each a value of its own.
 */
static void print_buffer_flags(struct ltr_strbuf *out, uint32_t v)
{
	uint32_t ts_type = v & V4L2_BUF_FLAG_TIMESTAMP_MASK;
	uint32_t ts_src = v & V4L2_BUF_FLAG_TSTAMP_SRC_MASK;
	uint32_t flags = v & ~(ts_type | ts_src);

	if (ltr_xlat_style() == LTR_XLAT_RAW) {
		ltr_sb_put_hex(out, v);
		return;
	}
	if (flags) {
		ltr_print_xt(out, LTR_XT(v4l2_buf_flags), flags);
		ltr_sb_putc(out, '|');
	}
	ltr_print_xt(out, LTR_XT(v4l2_buf_flags_ts_type), ts_type);
	ltr_sb_putc(out, '|');
	ltr_print_xt(out, LTR_XT(v4l2_buf_flags_ts_src), ts_src);
}

/* The i-th struct v4l2_clip of a window's array (its rect first). */
static bool print_clip(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{c=");
	print_rect(c->out, elem);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* "[N, N]" of count 32-bit fields at p: kind 'd' signed, 'u' unsigned, 'x' hex. */
static void print_u32s(struct ltr_strbuf *out, const unsigned char *p, unsigned count,
		       char kind)
{
	ltr_sb_putc(out, '[');
	for (unsigned i = 0; i < count; i++) {
		uint32_t v = u32_at(p, 4 * i);

		if (i)
			ltr_sb_puts(out, ", ");
		if (kind == 'd')
			ltr_sb_printf(out, "%d", (int32_t)v);
		else if (kind == 'x')
			ltr_sb_printf(out, "%#x", v);
		else
			ltr_sb_printf(out, "%u", v);
	}
	ltr_sb_putc(out, ']');
}

/* struct v4l2_window at w (the format union), its clips in tracee memory. */
static bool print_window(struct ltr_call *c, const unsigned char *w)
{
	unsigned ws = ltr_wordsize(c);
	unsigned clip_size = 16 + ws;
	uint32_t count = u32_at(w, 24 + ws);
	uint64_t bitmap = ltr_get_uword(w + 24 + 2 * ws, ws);
	uint8_t alpha = w[24 + 3 * ws];
	bool all;

	ltr_sb_puts(c->out, "{w=");
	print_rect(c->out, w);
	field_xt(c->out, "field", LTR_XT(v4l2_fields), u32_at(w, 16));
	ltr_sb_printf(c->out, ", chromakey=%#x, clips=", u32_at(w, 20));
	all = ltr_print_array(c, ltr_get_uword(w + 24, ws), count, clip_size, print_clip, NULL);
	ltr_sb_printf(c->out, ", clipcount=%u, bitmap=", count);
	ltr_print_addr(c->out, bitmap);
	if (alpha)
		ltr_sb_printf(c->out, ", global_alpha=%#x", alpha);
	ltr_sb_putc(c->out, '}');
	return all;
}

/*
 * The union of a struct v4l2_format of buffer type type at u, after
 * prefix (", " or "} => {"): ", fmt.pix={...}". False when the type has
 * no member strace knows (nothing printed), or when a window's clips
 * could not all be printed.
 */
static bool print_format_union(struct ltr_call *c, const char *prefix, uint32_t type,
			       const unsigned char *u)
{
	struct ltr_strbuf *out = c->out;

	switch (type) {
	case V4L2_BUF_TYPE_VIDEO_CAPTURE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT:
		ltr_sb_printf(out, "%sfmt.pix={width=%u, height=%u, pixelformat=", prefix,
			      u32_at(u, 0), u32_at(u, 4));
		print_fourcc(out, u32_at(u, 8), LTR_XT(v4l2_pix_fmts));
		field_xt(out, "field", LTR_XT(v4l2_fields), u32_at(u, 12));
		ltr_sb_printf(out, ", bytesperline=%u, sizeimage=%u", u32_at(u, 16), u32_at(u, 20));
		field_xt(out, "colorspace", LTR_XT(v4l2_colorspaces), u32_at(u, 24));
		ltr_sb_putc(out, '}');
		return true;
	case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE: {
		/* packed: plane_fmt[8] of 20 bytes at 20, num_planes at 180 */
		unsigned planes = u[180];

		ltr_sb_printf(out, "%sfmt.pix_mp={width=%u, height=%u, pixelformat=", prefix,
			      u32_at(u, 0), u32_at(u, 4));
		print_fourcc(out, u32_at(u, 8), LTR_XT(v4l2_pix_fmts));
		field_xt(out, "field", LTR_XT(v4l2_fields), u32_at(u, 12));
		field_xt(out, "colorspace", LTR_XT(v4l2_colorspaces), u32_at(u, 16));
		ltr_sb_puts(out, ", plane_fmt=[");
		for (unsigned i = 0; i < planes && i < VIDEO_MAX_PLANES; i++)
			ltr_sb_printf(out, "%s{sizeimage=%u, bytesperline=%u}", i ? ", " : "",
				      u32_at(u, 20 + 20 * i), u32_at(u, 24 + 20 * i));
		ltr_sb_printf(out, "], num_planes=%u}", planes);
		return true;
	}
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY:
	case V4L2_BUF_TYPE_VIDEO_OVERLAY:
		ltr_sb_printf(out, "%sfmt.win=", prefix);
		return print_window(c, u);
	case V4L2_BUF_TYPE_VBI_CAPTURE:
	case V4L2_BUF_TYPE_VBI_OUTPUT:
		ltr_sb_printf(out, "%sfmt.vbi={sampling_rate=%u, offset=%u, samples_per_line=%u, "
			      "sample_format=", prefix, u32_at(u, 0), u32_at(u, 4), u32_at(u, 8));
		print_fourcc(out, u32_at(u, 12), LTR_XT(v4l2_pix_fmts));
		ltr_sb_puts(out, ", start=");
		print_u32s(out, u + 16, 2, 'd');
		ltr_sb_puts(out, ", count=");
		print_u32s(out, u + 24, 2, 'u');
		field_xt(out, "flags", LTR_XT(v4l2_vbi_flags), u32_at(u, 32));
		ltr_sb_putc(out, '}');
		return true;
	case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
	case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT:
		/* service_set (u16), service_lines[2][24] (u16), io_size at 100 */
		ltr_sb_printf(out, "%sfmt.sliced={service_set=", prefix);
		ltr_print_xt(out, LTR_XT(v4l2_sliced_flags), ltr_get_u16(u));
		ltr_sb_puts(out, ", service_lines=[");
		for (unsigned i = 0; i < 2; i++) {
			ltr_sb_puts(out, i ? ", [" : "[");
			for (unsigned j = 0; j < 24; j++)
				ltr_sb_printf(out, "%s%#x", j ? ", " : "",
					      ltr_get_u16(u + 2 + 2 * (24 * i + j)));
			ltr_sb_putc(out, ']');
		}
		ltr_sb_printf(out, "], io_size=%u}", u32_at(u, 100));
		return true;
	case V4L2_BUF_TYPE_SDR_OUTPUT:
	case V4L2_BUF_TYPE_SDR_CAPTURE:
		ltr_sb_printf(out, "%sfmt.sdr={pixelformat=", prefix);
		print_fourcc(out, u32_at(u, 0), LTR_XT(v4l2_sdr_fmts));
		if (u32_at(u, 4))
			ltr_sb_printf(out, ", buffersize=%u", u32_at(u, 4));
		ltr_sb_putc(out, '}');
		return true;
	case V4L2_BUF_TYPE_META_OUTPUT:
	case V4L2_BUF_TYPE_META_CAPTURE:
		ltr_sb_printf(out, "%sfmt.meta={dataformat=", prefix);
		print_fourcc(out, u32_at(u, 0), LTR_XT(v4l2_meta_fmts));
		ltr_sb_printf(out, ", buffersize=%u}", u32_at(u, 4));
		return true;
	default:
		return false;
	}
}

/*
 * Entry: ", " then what the request gives the driver, reading size
 * bytes at arg into buf: false (done) when they could not be read.
 */
static bool fetch_entry(struct ltr_call *c, uint64_t arg, unsigned char *buf, unsigned size)
{
	ltr_sb_puts(c->out, ", ");
	return ltr_ioctl_fetch(c, arg, buf, size);
}

/* Exit: whether the call succeeded and its structure reads again. */
static bool fetch_exit(struct ltr_call *c, uint64_t arg, unsigned char *buf, unsigned size)
{
	return !ltr_call_failed(c) && ltr_fetch_quiet(c, arg, buf, size);
}

/* VIDIOC_G_FMT, VIDIOC_S_FMT, VIDIOC_TRY_FMT: struct v4l2_format. */
static enum ltr_ioctl_ret format(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char f[V4L2_BUF_MAX];

	if (!c->exiting) {
		if (!fetch_entry(c, arg, f, FORMAT_SIZE(ws)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{type=");
		ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(f, 0));
		if (get)
			return LTR_IOCTL_EXIT;
		if (print_format_union(c, ", ", u32_at(f, 0), f + FMT_UNION(ws)))
			return LTR_IOCTL_EXIT;
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	if (fetch_exit(c, arg, f, FORMAT_SIZE(ws)))
		print_format_union(c, get ? ", " : "} => {", u32_at(f, 0), f + FMT_UNION(ws));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* VIDIOC_QUERYCAP: struct v4l2_capability, at exit. */
static enum ltr_ioctl_ret capability(struct ltr_call *c, uint64_t arg)
{
	unsigned char p[104];
	uint32_t device_caps;

	if (!c->exiting)
		return LTR_IOCTL_EXIT;
	if (!fetch_entry(c, arg, p, sizeof(p)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{driver=");
	ltr_ioctl_print_cstring(c, p, 16);
	field_cstring(c, "card", p + 16, 32);
	field_cstring(c, "bus_info", p + 48, 32);
	ltr_sb_puts(c->out, ", version=");
	ltr_print_kernel_version(c->out, u32_at(p, 80));
	field_xt(c->out, "capabilities", LTR_XT(v4l2_device_capabilities_flags), u32_at(p, 84));
	device_caps = u32_at(p, 88);
	if (device_caps)
		field_xt(c->out, "device_caps", LTR_XT(v4l2_device_capabilities_flags),
			 device_caps);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * A request whose driver fills the structure it is given, as most print:
 * at entry "{" and what the driver is given (head), at the exit of a
 * call that succeeded and whose structure reads again what the driver
 * gave back (tail), then "}". size is the structure's; flag is the
 * request's own (a GET, a DQBUF), handed to head and tail.
 */
typedef void v4l2_part(struct ltr_call *c, const unsigned char *p, bool flag);

static enum ltr_ioctl_ret in_out(struct ltr_call *c, uint64_t arg, unsigned size,
				 v4l2_part *head, v4l2_part *tail, bool flag)
{
	unsigned char p[V4L2_BUF_MAX];

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, size))
			return LTR_IOCTL_DONE;
		ltr_sb_putc(c->out, '{');
		head(c, p, flag);
		return LTR_IOCTL_EXIT;
	}
	if (fetch_exit(c, arg, p, size))
		tail(c, p, flag);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* The heads of structures that start with their index, or their buffer type. */
static void index_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	ltr_sb_printf(c->out, "index=%u", u32_at(p, 0));
}

static void type_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	ltr_sb_puts(c->out, "type=");
	ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(p, 0));
}

/* VIDIOC_ENUM_FMT: struct v4l2_fmtdesc. */
static void fmtdesc_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	index_head(c, p, flag);
	field_xt(c->out, "type", LTR_XT(v4l2_buf_types), u32_at(p, 4));
}

static void fmtdesc_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	field_xt(c->out, "flags", LTR_XT(v4l2_format_description_flags), u32_at(p, 8));
	field_cstring(c, "description", p + 12, 32);
	ltr_sb_puts(c->out, ", pixelformat=");
	print_fourcc(c->out, u32_at(p, 44), LTR_XT(v4l2_pix_fmts));
}

/* VIDIOC_REQBUFS: struct v4l2_requestbuffers; the count the driver gives. */
static void reqbufs_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	ltr_sb_puts(c->out, "type=");
	ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(p, 4));
	field_xt(c->out, "memory", LTR_XT(v4l2_memories), u32_at(p, 8));
	ltr_sb_printf(c->out, ", count=%u", u32_at(p, 0));
}

static void reqbufs_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	ltr_sb_printf(c->out, " => %u", u32_at(p, 0));
}

/*
 * VIDIOC_QUERYBUF, VIDIOC_QBUF, VIDIOC_DQBUF (dqbuf): struct v4l2_buffer,
 * whose timestamp (two 64-bit fields, aligned on 4 on i386) and m union
 * (a long) are the tracee's. DQBUF's index is the driver's, printed at
 * exit with the timestamp.
 */
static void buffer_head(struct ltr_call *c, const unsigned char *p, bool dqbuf)
{
	type_head(c, p + 4, dqbuf);
	if (!dqbuf)
		ltr_sb_printf(c->out, ", index=%u", u32_at(p, 0));
}

static void buffer_tail(struct ltr_call *c, const unsigned char *p, bool dqbuf)
{
	unsigned ws = ltr_wordsize(c);
	unsigned ts = ws == 8 ? 24 : 20;  /* timestamp, then timecode (16 bytes), sequence */
	unsigned mem = ts + 36;            /* memory */
	unsigned m = mem + 4;              /* the union m, a long */
	uint32_t memory = u32_at(p, mem);

	if (dqbuf)
		ltr_sb_printf(c->out, ", index=%u", u32_at(p, 0));
	field_xt(c->out, "memory", LTR_XT(v4l2_memories), memory);
	if (memory == V4L2_MEMORY_MMAP) {
		ltr_sb_printf(c->out, ", m.offset=%#x", u32_at(p, m));
	} else if (memory == V4L2_MEMORY_USERPTR) {
		ltr_sb_puts(c->out, ", m.userptr=");
		ltr_print_addr(c->out, ltr_get_uword(p + m, ws));
	}
	ltr_sb_printf(c->out, ", length=%u, bytesused=%u, flags=", u32_at(p, m + ws),
		      u32_at(p, 8));
	print_buffer_flags(c->out, u32_at(p, 12));
	if (dqbuf) {
		ltr_sb_puts(c->out, ", timestamp=");
		ltr_print_time_pair(c->out, p + ts, 8, "tv_usec");
	}
	ltr_sb_puts(c->out, ", ...");
}

/* VIDIOC_ENUMSTD: struct v4l2_standard (its u64 id aligned on 4 on i386). */
static void standard_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	unsigned name = ltr_wordsize(c) == 8 ? 16 : 12;

	(void)flag;
	field_cstring(c, "name", p + name, 24);
	ltr_sb_puts(c->out, ", ");
	print_fract(c->out, "frameperiod", p + name + 24);
	ltr_sb_printf(c->out, ", framelines=%u", u32_at(p, name + 32));
}

/* VIDIOC_ENUMINPUT: struct v4l2_input. */
static void input_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	field_cstring(c, "name", p + 4, 32);
	field_xt(c->out, "type", LTR_XT(v4l2_input_types), u32_at(p, 36));
}

/* VIDIOC_G_CTRL (get), VIDIOC_S_CTRL: struct v4l2_control. */
static void control_head(struct ltr_call *c, const unsigned char *p, bool get)
{
	ltr_sb_puts(c->out, "id=");
	print_cid(c->out, u32_at(p, 0), false);
	if (!get)
		ltr_sb_printf(c->out, ", value=%d", s32_at(p, 4));
}

static void control_tail(struct ltr_call *c, const unsigned char *p, bool get)
{
	ltr_sb_printf(c->out, get ? ", value=%d" : " => %d", s32_at(p, 4));
}

/* VIDIOC_CROPCAP: struct v4l2_cropcap. */
static void cropcap_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	(void)flag;
	ltr_sb_puts(c->out, ", bounds=");
	print_rect(c->out, p + 4);
	ltr_sb_puts(c->out, ", defrect=");
	print_rect(c->out, p + 20);
	ltr_sb_puts(c->out, ", ");
	print_fract(c->out, "pixelaspect", p + 36);
}

/* VIDIOC_ENUM_FRAMESIZES: struct v4l2_frmsizeenum. */
static void frmsize_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	index_head(c, p, flag);
	ltr_sb_puts(c->out, ", pixel_format=");
	print_fourcc(c->out, u32_at(p, 4), LTR_XT(v4l2_pix_fmts));
}

static void frmsize_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	uint32_t type = u32_at(p, 8);

	(void)flag;
	field_xt(c->out, "type", LTR_XT(v4l2_framesize_types), type);
	if (type == V4L2_FRMSIZE_TYPE_DISCRETE)
		ltr_sb_printf(c->out, ", discrete={width=%u, height=%u}", u32_at(p, 12),
			      u32_at(p, 16));
	else if (type == V4L2_FRMSIZE_TYPE_STEPWISE)
		ltr_sb_printf(c->out, ", stepwise={min_width=%u, max_width=%u, step_width=%u, "
			      "min_height=%u, max_height=%u, step_height=%u}", u32_at(p, 12),
			      u32_at(p, 16), u32_at(p, 20), u32_at(p, 24), u32_at(p, 28),
			      u32_at(p, 32));
}

/* VIDIOC_ENUM_FRAMEINTERVALS: struct v4l2_frmivalenum (its head as frmsize's). */
static void frmival_head(struct ltr_call *c, const unsigned char *p, bool flag)
{
	frmsize_head(c, p, flag);
	ltr_sb_printf(c->out, ", width=%u, height=%u", u32_at(p, 8), u32_at(p, 12));
}

static void frmival_tail(struct ltr_call *c, const unsigned char *p, bool flag)
{
	uint32_t type = u32_at(p, 16);

	(void)flag;
	field_xt(c->out, "type", LTR_XT(v4l2_frameinterval_types), type);
	if (type == V4L2_FRMIVAL_TYPE_DISCRETE) {
		ltr_sb_puts(c->out, ", ");
		print_fract(c->out, "discrete", p + 20);
	} else if (type == V4L2_FRMIVAL_TYPE_STEPWISE || type == V4L2_FRMIVAL_TYPE_CONTINUOUS) {
		ltr_sb_puts(c->out, ", stepwise={");
		print_fract(c->out, "min", p + 20);
		ltr_sb_puts(c->out, ", ");
		print_fract(c->out, "max", p + 28);
		ltr_sb_puts(c->out, ", ");
		print_fract(c->out, "step", p + 36);
		ltr_sb_putc(c->out, '}');
	}
}

/* VIDIOC_G_FBUF (at exit), VIDIOC_S_FBUF: struct v4l2_framebuffer. */
static enum ltr_ioctl_ret framebuffer(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char p[64];

	if (get && !c->exiting)
		return LTR_IOCTL_EXIT;
	if (!fetch_entry(c, arg, p, FBUF_SIZE(ws)))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, "{capability=%#x, flags=%#x, base=", u32_at(p, 0), u32_at(p, 4));
	ltr_print_addr(c->out, ltr_get_uword(p + 8, ws));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* VIDIOC_STREAMON, VIDIOC_STREAMOFF: "[V4L2_BUF_TYPE_...]". */
static enum ltr_ioctl_ret buf_type(struct ltr_call *c, uint64_t arg)
{
	unsigned char p[4];

	if (fetch_entry(c, arg, p, sizeof(p))) {
		ltr_sb_putc(c->out, '[');
		ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(p, 0));
		ltr_sb_putc(c->out, ']');
	}
	return LTR_IOCTL_DONE;
}

/* The capture or output member of a struct v4l2_streamparm's union at p. */
static void print_streamparm_union(struct ltr_strbuf *out, bool capture, const unsigned char *p)
{
	ltr_sb_puts(out, capture ? "parm.capture={capability=" : "parm.output={capability=");
	ltr_print_xt(out, LTR_XT(v4l2_streaming_capabilities), u32_at(p, 0));
	field_xt(out, capture ? "capturemode" : "outputmode", LTR_XT(v4l2_capture_modes),
		 u32_at(p, 4));
	ltr_sb_puts(out, ", ");
	print_fract(out, "timeperframe", p + 8);
	ltr_sb_printf(out, ", extendedmode=%#x, %s=%u}", u32_at(p, 16),
		      capture ? "readbuffers" : "writebuffers", u32_at(p, 20));
}

/*
 * VIDIOC_G_PARM, VIDIOC_S_PARM: struct v4l2_streamparm, whose union is
 * known for the video capture and output types only.
 */
static enum ltr_ioctl_ret streamparm(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char p[204]; /* the union holds 200 bytes */
	uint32_t type;

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, sizeof(p)))
			return LTR_IOCTL_DONE;
		type = u32_at(p, 0);
		ltr_sb_puts(c->out, "{type=");
		ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), type);
		if (type != V4L2_BUF_TYPE_VIDEO_CAPTURE && type != V4L2_BUF_TYPE_VIDEO_OUTPUT) {
			ltr_sb_putc(c->out, '}');
			return LTR_IOCTL_DONE;
		}
		if (!get) {
			ltr_sb_puts(c->out, ", ");
			print_streamparm_union(c->out, type == V4L2_BUF_TYPE_VIDEO_CAPTURE, p + 4);
		}
		return LTR_IOCTL_EXIT;
	}
	if (fetch_exit(c, arg, p, sizeof(p))) {
		ltr_sb_puts(c->out, get ? ", " : "} => {");
		print_streamparm_union(c->out, u32_at(p, 0) == V4L2_BUF_TYPE_VIDEO_CAPTURE, p + 4);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* The fields of a struct v4l2_tuner at p after its index. */
static void print_tuner_body(struct ltr_call *c, const unsigned char *p)
{
	struct ltr_strbuf *out = c->out;

	ltr_sb_puts(out, "name=");
	ltr_ioctl_print_cstring(c, p + 4, 32);
	field_xt(out, "type", LTR_XT(v4l2_tuner_types), u32_at(p, 36));
	field_xt(out, "capability", LTR_XT(v4l2_tuner_capabilities), u32_at(p, 40));
	ltr_sb_printf(out, ", rangelow=%u, rangehigh=%u", u32_at(p, 44), u32_at(p, 48));
	field_xt(out, "rxsubchans", LTR_XT(v4l2_tuner_rxsubchanses), u32_at(p, 52));
	field_xt(out, "audmode", LTR_XT(v4l2_tuner_audmodes), u32_at(p, 56));
	ltr_sb_printf(out, ", signal=%d, afc=%d", s32_at(p, 60), s32_at(p, 64));
}

/* VIDIOC_G_TUNER, VIDIOC_S_TUNER: struct v4l2_tuner. */
static enum ltr_ioctl_ret tuner(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char p[84];

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, sizeof(p)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{index=%u", u32_at(p, 0));
		if (!get) {
			ltr_sb_puts(c->out, ", ");
			print_tuner_body(c, p);
		}
		return LTR_IOCTL_EXIT;
	}
	if (fetch_exit(c, arg, p, sizeof(p))) {
		ltr_sb_puts(c->out, get ? ", " : "} => {");
		print_tuner_body(c, p);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* ", reserved=[0x1, 0x2]" of count u32 at p, when one is not zero. */
static void print_reserved(struct ltr_strbuf *out, const unsigned char *p, unsigned count)
{
	for (unsigned i = 0; i < count; i++) {
		if (u32_at(p, 4 * i)) {
			ltr_sb_puts(out, ", reserved=");
			print_u32s(out, p, count, 'x');
			return;
		}
	}
}

/*
 * VIDIOC_QUERYCTRL (struct v4l2_queryctrl) and VIDIOC_QUERY_EXT_CTRL
 * (struct v4l2_query_ext_ctrl): the id asked for, " => " the id found
 * when the driver changed it, and what it says of the control.
 */
static enum ltr_ioctl_ret queryctrl(struct ltr_call *c, uint64_t arg, bool ext)
{
	unsigned size = ext ? 232 : 68;
	unsigned char p[232];
	struct ltr_strbuf *out = c->out;

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, size))
			return LTR_IOCTL_DONE;
		c->saved[1] = u32_at(p, 0);
		ltr_sb_puts(out, "{id=");
		print_cid(out, u32_at(p, 0), true);
		return LTR_IOCTL_EXIT;
	}
	if (!fetch_exit(c, arg, p, size)) {
		ltr_sb_putc(out, '}');
		return LTR_IOCTL_DONE;
	}
	if (u32_at(p, 0) != c->saved[1]) {
		ltr_sb_puts(out, " => ");
		print_cid(out, u32_at(p, 0), false);
	}
	field_xt(out, "type", LTR_XT(v4l2_control_types), u32_at(p, 4));
	field_cstring(c, "name", p + 8, 32);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(out, ", ...}");
		return LTR_IOCTL_DONE;
	}
	if (!ext) {
		ltr_sb_printf(out, ", minimum=%d, maximum=%d, step=%d, default_value=%d",
			      s32_at(p, 40), s32_at(p, 44), s32_at(p, 48), s32_at(p, 52));
		field_xt(out, "flags", LTR_XT(v4l2_control_flags), u32_at(p, 56));
		print_reserved(out, p + 60, 2);
	} else {
		uint32_t dims = u32_at(p, 84);

		ltr_sb_printf(out, ", minimum=%lld, maximum=%lld, step=%llu, default_value=%lld",
			      (long long)ltr_get_u64(p + 40), (long long)ltr_get_u64(p + 48),
			      (unsigned long long)ltr_get_u64(p + 56),
			      (long long)ltr_get_u64(p + 64));
		field_xt(out, "flags", LTR_XT(v4l2_control_flags), u32_at(p, 72));
		ltr_sb_printf(out, ", elem_size=%u, elems=%u, nr_of_dims=%u, dims=", u32_at(p, 76),
			      u32_at(p, 80), dims);
		print_u32s(out, p + 88, dims < V4L2_CTRL_MAX_DIMS ? dims : V4L2_CTRL_MAX_DIMS,
			   'u');
		print_reserved(out, p + 104, 32);
	}
	ltr_sb_putc(out, '}');
	return LTR_IOCTL_DONE;
}

/* VIDIOC_G_CROP (the rectangle at exit), VIDIOC_S_CROP: struct v4l2_crop. */
static enum ltr_ioctl_ret crop(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char p[20];

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, sizeof(p)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{type=");
		ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(p, 0));
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (!fetch_exit(c, arg, p, sizeof(p))) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", c=");
	print_rect(c->out, p + 4);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * One struct v4l2_ext_control (packed: id, size, reserved2, then the
 * value union at 12): its string when size is not 0, else the value as
 * an int and as a 64-bit int.
 */
static bool print_ext_control(struct ltr_call *c, const unsigned char *p, unsigned size,
			      void *data)
{
	uint32_t len = u32_at(p, 4);

	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{id=");
	ltr_print_xt(c->out, LTR_XT(v4l2_control_ids), u32_at(p, 0));
	ltr_sb_printf(c->out, ", size=%u", len);
	if (len) {
		ltr_sb_puts(c->out, ", string=");
		ltr_print_buf(c, ltr_get_uword(p + 12, ltr_wordsize(c)), len);
	} else {
		ltr_sb_printf(c->out, ", value=%d, value64=%lld", s32_at(p, 12),
			      (long long)ltr_get_u64(p + 12));
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * VIDIOC_G_EXT_CTRLS, VIDIOC_S_EXT_CTRLS, VIDIOC_TRY_EXT_CTRLS: struct
 * v4l2_ext_controls and its array of controls (a pointer: the tracee's
 * layout). The controls a SET gives print at entry, " => " those the
 * driver left at exit; a failed call's error_idx follows them, and the
 * array is read even then (the driver fills it on failure too).
 */
static enum ltr_ioctl_ret ext_controls(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char p[32];
	uint32_t count;
	bool all;

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, EXTCTRLS_SIZE(ws)))
			return LTR_IOCTL_DONE;
		count = u32_at(p, 4);
		ltr_sb_puts(c->out, "{ctrl_class=");
		ltr_print_xt(c->out, LTR_XT(v4l2_control_classes), u32_at(p, 0));
		ltr_sb_printf(c->out, ", count=%u", count);
		if (!count) {
			ltr_sb_putc(c->out, '}');
			return LTR_IOCTL_DONE;
		}
		if (get)
			return LTR_IOCTL_EXIT;
		ltr_sb_puts(c->out, ", ");
	} else {
		if (!ltr_fetch_quiet(c, arg, p, EXTCTRLS_SIZE(ws))) {
			ltr_sb_putc(c->out, '}');
			return LTR_IOCTL_DONE;
		}
		count = u32_at(p, 4);
		ltr_sb_puts(c->out, get ? ", " : "} => {");
	}
	ltr_sb_puts(c->out, "controls=");
	all = ltr_print_array_any(c, ltr_get_uword(p + 16 + ws, ws), count, EXT_CONTROL_SIZE,
				  print_ext_control, NULL);
	if (c->exiting && ltr_call_failed(c))
		ltr_sb_printf(c->out, ", error_idx=%u", u32_at(p, 8));
	if (c->exiting || !all) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	return LTR_IOCTL_EXIT;
}

/*
 * VIDIOC_CREATE_BUFS: struct v4l2_create_buffers at entry; the index and
 * count the driver gives follow the return value at exit,
 * "= 0 ({index=1, count=2})".
 */
static enum ltr_ioctl_ret create_bufs(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	unsigned fmt = CREATE_FMT(ws);
	unsigned char p[V4L2_BUF_MAX];

	if (!c->exiting) {
		if (!fetch_entry(c, arg, p, CREATE_SIZE(ws)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{count=%u", u32_at(p, 4));
		field_xt(c->out, "memory", LTR_XT(v4l2_memories), u32_at(p, 8));
		ltr_sb_puts(c->out, ", format={type=");
		ltr_print_xt(c->out, LTR_XT(v4l2_buf_types), u32_at(p, fmt));
		print_format_union(c, ", ", u32_at(p, fmt), p + fmt + FMT_UNION(ws));
		ltr_sb_puts(c->out, "}}");
		return LTR_IOCTL_EXIT;
	}
	if (fetch_exit(c, arg, p, CREATE_SIZE(ws)))
		snprintf(c->ret_text, sizeof(c->ret_text), " ({index=%u, count=%u})",
			 u32_at(p, 0), u32_at(p, 4));
	return LTR_IOCTL_DONE;
}

/* ", [0x...]" of the v4l2_std_id (u64) at arg. */
static void print_std_id(struct ltr_call *c, uint64_t arg)
{
	unsigned char p[8];

	if (fetch_entry(c, arg, p, sizeof(p)))
		ltr_sb_printf(c->out, "[%#llx]", (unsigned long long)ltr_get_u64(p));
}

enum ltr_ioctl_ret ltr_ioctl_v4l2(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);

	if (!ltr_call_verbose(c))
		return LTR_IOCTL_ARG;

	/* the requests whose size is the tracee's */
	if (req == V_IOWR(9, BUFFER_SIZE(ws)) ||  /* VIDIOC_QUERYBUF */
	    req == V_IOWR(15, BUFFER_SIZE(ws)) || /* VIDIOC_QBUF */
	    req == V_IOWR(17, BUFFER_SIZE(ws)))   /* VIDIOC_DQBUF */
		return in_out(c, arg, BUFFER_SIZE(ws), buffer_head, buffer_tail,
			      req == V_IOWR(17, BUFFER_SIZE(ws)));
	if (req == V_IOWR(4, FORMAT_SIZE(ws)))   /* VIDIOC_G_FMT */
		return format(c, arg, true);
	if (req == V_IOWR(5, FORMAT_SIZE(ws)) || /* VIDIOC_S_FMT */
	    req == V_IOWR(64, FORMAT_SIZE(ws)))  /* VIDIOC_TRY_FMT */
		return format(c, arg, false);
	if (req == V_IOR(10, FBUF_SIZE(ws)))     /* VIDIOC_G_FBUF */
		return framebuffer(c, arg, true);
	if (req == V_IOW(11, FBUF_SIZE(ws)))     /* VIDIOC_S_FBUF */
		return framebuffer(c, arg, false);
	if (req == V_IOWR(25, STD_SIZE(ws)))     /* VIDIOC_ENUMSTD */
		return in_out(c, arg, STD_SIZE(ws), index_head, standard_tail, false);
	if (req == V_IOWR(26, INPUT_SIZE(ws)))   /* VIDIOC_ENUMINPUT */
		return in_out(c, arg, INPUT_SIZE(ws), index_head, input_tail, false);
	if (req == V_IOWR(71, EXTCTRLS_SIZE(ws))) /* VIDIOC_G_EXT_CTRLS */
		return ext_controls(c, arg, true);
	if (req == V_IOWR(72, EXTCTRLS_SIZE(ws)) || /* VIDIOC_S_EXT_CTRLS */
	    req == V_IOWR(73, EXTCTRLS_SIZE(ws)))   /* VIDIOC_TRY_EXT_CTRLS */
		return ext_controls(c, arg, false);
	if (req == V_IOWR(92, CREATE_SIZE(ws)))  /* VIDIOC_CREATE_BUFS */
		return create_bufs(c, arg);

	switch (req) {
	case VIDIOC_QUERYCAP:
		return capability(c, arg);
	case VIDIOC_ENUM_FMT:
		return in_out(c, arg, 64, fmtdesc_head, fmtdesc_tail, false);
	case VIDIOC_REQBUFS:
		return in_out(c, arg, 20, reqbufs_head, reqbufs_tail, false);
	case VIDIOC_STREAMON:
	case VIDIOC_STREAMOFF:
		return buf_type(c, arg);
	case VIDIOC_G_PARM:
	case VIDIOC_S_PARM:
		return streamparm(c, arg, req == VIDIOC_G_PARM);
	case VIDIOC_G_STD:  /* at exit */
	case VIDIOC_S_STD:
		if (req == VIDIOC_G_STD && !c->exiting)
			return LTR_IOCTL_EXIT;
		print_std_id(c, arg);
		return LTR_IOCTL_DONE;
	case VIDIOC_G_CTRL:
	case VIDIOC_S_CTRL:
		return in_out(c, arg, 8, control_head, control_tail, req == VIDIOC_G_CTRL);
	case VIDIOC_G_TUNER:
	case VIDIOC_S_TUNER:
		return tuner(c, arg, req == VIDIOC_G_TUNER);
	case VIDIOC_QUERYCTRL:
	case VIDIOC_QUERY_EXT_CTRL:
		return queryctrl(c, arg, req == VIDIOC_QUERY_EXT_CTRL);
	case VIDIOC_G_INPUT:  /* at exit */
	case VIDIOC_S_INPUT:
		if (req == VIDIOC_G_INPUT && !c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_ioctl_print_uint_ref(c, arg);
		return LTR_IOCTL_DONE;
	case VIDIOC_CROPCAP:
		return in_out(c, arg, 44, type_head, cropcap_tail, false);
	case VIDIOC_G_CROP:
	case VIDIOC_S_CROP:
		return crop(c, arg, req == VIDIOC_G_CROP);
	case VIDIOC_ENUM_FRAMESIZES:
		return in_out(c, arg, 44, frmsize_head, frmsize_tail, false);
	case VIDIOC_ENUM_FRAMEINTERVALS:
		return in_out(c, arg, 52, frmival_head, frmival_tail, false);
	default:
		return LTR_IOCTL_ARG;
	}
}
