/* SPDX-License-Identifier: MIT */
/*
 * GPIO character device requests (type 0xb4, linux/gpio.h): the chip
 * and line information of the v1 and v2 ABIs, line requests (the
 * descriptor the kernel returns printed at exit), line values and
 * configurations. The structures hold only fixed-size fields (__u32,
 * __aligned_u64, chars), so every arch shares one layout and they are
 * read into the header's own structures.
 */
#include <stddef.h>
#include <string.h>
#include <linux/ioctl.h>
#include <linux/gpio.h>

#include "ioctl.h"

_Static_assert(sizeof(struct gpio_v2_line_request) == 592, "gpio_v2_line_request layout");
_Static_assert(sizeof(struct gpio_v2_line_info) == 256, "gpio_v2_line_info layout");
_Static_assert(sizeof(struct gpiohandle_request) == 364, "gpiohandle_request layout");

/* How many of an array of max elements a count of n shows (strace's print_local_array_upto). */
static uint32_t upto(uint32_t n, uint32_t max)
{
	return n < max ? n : max;
}

/* Whether the n words at p are all zero (a padding strace leaves out then). */
static bool all_zero(const uint32_t *p, unsigned n)
{
	while (n--)
		if (*p++)
			return false;
	return true;
}

/* ", NAME=[0x1, 0, ...]": a padding that is not zero, every element, in hex. */
static void print_padding(struct ltr_call *c, const char *name, const uint32_t *p, unsigned n)
{
	unsigned i;

	if (all_zero(p, n))
		return;
	ltr_sb_printf(c->out, ", %s=[", name);
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, p[i]);
	}
	ltr_sb_putc(c->out, ']');
}

/* "NAME=\"...\"": a char array of the structure. */
static void print_cstring_field(struct ltr_call *c, const char *name, const char *s, unsigned size)
{
	ltr_sb_printf(c->out, "%s=", name);
	ltr_ioctl_print_cstring(c, s, size);
}

/*
 * The exit of a request that prints its input at entry and what the
 * kernel wrote at exit: nothing after a failed call (false), else " => "
 * and the structure read again (false when it cannot be: its address).
 */
static bool fetch_changed(struct ltr_call *c, uint64_t arg, void *dst, unsigned size)
{
	if (ltr_call_failed(c))
		return false;
	ltr_sb_puts(c->out, " => ");
	return ltr_ioctl_fetch(c, arg, dst, size);
}

/* GPIO_GET_CHIPINFO_IOCTL: struct gpiochip_info, filled by the kernel. */
static enum ltr_ioctl_ret chip_info(struct ltr_call *c, uint64_t arg)
{
	struct gpiochip_info info;

	if (!c->exiting)
		return LTR_IOCTL_EXIT;
	if (!ltr_ioctl_fetch_arg(c, arg, &info, sizeof(info)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '{');
	print_cstring_field(c, "name", info.name, sizeof(info.name));
	print_cstring_field(c, ", label", info.label, sizeof(info.label));
	ltr_sb_printf(c->out, ", lines=%u}", info.lines);
	return LTR_IOCTL_DONE;
}

/* GPIO_GET_LINEINFO_IOCTL, GPIO_GET_LINEINFO_WATCH_IOCTL: struct gpioline_info. */
static enum ltr_ioctl_ret line_info(struct ltr_call *c, uint64_t arg)
{
	struct gpioline_info info;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &info, sizeof(info)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{line_offset=%u}", info.line_offset);
		return LTR_IOCTL_EXIT;
	}
	if (!fetch_changed(c, arg, &info, sizeof(info)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(gpio_line_flags), info.flags);
	print_cstring_field(c, ", name", info.name, sizeof(info.name));
	print_cstring_field(c, ", consumer", info.consumer, sizeof(info.consumer));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* GPIO_GET_LINEINFO_UNWATCH_IOCTL: the line's offset, a __u32. */
static enum ltr_ioctl_ret line_info_unwatch(struct ltr_call *c, uint64_t arg)
{
	uint32_t offset;

	if (ltr_ioctl_fetch_arg(c, arg, &offset, sizeof(offset)))
		ltr_sb_printf(c->out, "{offset=%u}", offset);
	return LTR_IOCTL_DONE;
}

/*
 * The exit of a line request (a structure of size bytes at arg): " => "
 * and "{fd=N}", the descriptor the kernel put at fd_offset, after a call
 * that succeeded.
 */
static enum ltr_ioctl_ret request_fd_exit(struct ltr_call *c, uint64_t arg, unsigned size,
					  size_t fd_offset)
{
	unsigned char buf[sizeof(struct gpio_v2_line_request)];
	int32_t fd;

	if (size <= sizeof(buf) && fetch_changed(c, arg, buf, size)) {
		memcpy(&fd, buf + fd_offset, sizeof(fd));
		ltr_sb_puts(c->out, "{fd=");
		ltr_print_fd(c, fd);
		ltr_sb_putc(c->out, '}');
	}
	return LTR_IOCTL_DONE;
}

/* GPIO_GET_LINEHANDLE_IOCTL: struct gpiohandle_request, v1. */
static enum ltr_ioctl_ret handle_request(struct ltr_call *c, uint64_t arg)
{
	struct gpiohandle_request hr;
	uint32_t lines;

	if (c->exiting)
		return request_fd_exit(c, arg, sizeof(hr), offsetof(struct gpiohandle_request, fd));
	if (!ltr_ioctl_fetch_arg(c, arg, &hr, sizeof(hr)))
		return LTR_IOCTL_DONE;
	lines = upto(hr.lines, GPIOHANDLES_MAX);
	ltr_sb_printf(c->out, "{lines=%u, lineoffsets=", hr.lines);
	ltr_ioctl_print_local_array(c, hr.lineoffsets, lines, 4, ltr_ioctl_elem_u32, NULL);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(gpio_handle_flags), hr.flags);
	ltr_sb_puts(c->out, ", default_values=");
	ltr_ioctl_print_local_array(c, hr.default_values, lines, 1, ltr_ioctl_elem_u8, NULL);
	print_cstring_field(c, ", consumer_label", hr.consumer_label, sizeof(hr.consumer_label));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

/* GPIO_GET_LINEEVENT_IOCTL: struct gpioevent_request, v1. */
static enum ltr_ioctl_ret event_request(struct ltr_call *c, uint64_t arg)
{
	struct gpioevent_request er;

	if (c->exiting)
		return request_fd_exit(c, arg, sizeof(er), offsetof(struct gpioevent_request, fd));
	if (!ltr_ioctl_fetch_arg(c, arg, &er, sizeof(er)))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, "{lineoffset=%u, handleflags=", er.lineoffset);
	ltr_print_xt(c->out, LTR_XT(gpio_handle_flags), er.handleflags);
	ltr_sb_puts(c->out, ", eventflags=");
	ltr_print_xt(c->out, LTR_XT(gpio_event_flags), er.eventflags);
	print_cstring_field(c, ", consumer_label", er.consumer_label, sizeof(er.consumer_label));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

/*
 * GPIOHANDLE_GET_LINE_VALUES_IOCTL (printed at exit),
 * GPIOHANDLE_SET_LINE_VALUES_IOCTL (at entry): struct gpiohandle_data.
 */
static enum ltr_ioctl_ret handle_values(struct ltr_call *c, uint64_t arg, bool get)
{
	struct gpiohandle_data vals;

	if (get && !c->exiting)
		return LTR_IOCTL_EXIT;
	if (!ltr_ioctl_fetch_arg(c, arg, &vals, sizeof(vals)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{values=");
	ltr_ioctl_print_local_array(c, vals.values, GPIOHANDLES_MAX, 1, ltr_ioctl_elem_u8, NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* GPIOHANDLE_SET_CONFIG_IOCTL: struct gpiohandle_config. */
static enum ltr_ioctl_ret handle_config(struct ltr_call *c, uint64_t arg)
{
	struct gpiohandle_config hc;

	if (!ltr_ioctl_fetch_arg(c, arg, &hc, sizeof(hc)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(gpio_handle_flags), hc.flags);
	ltr_sb_puts(c->out, ", default_values=");
	ltr_ioctl_print_local_array(c, hc.default_values, GPIOHANDLES_MAX, 1, ltr_ioctl_elem_u8,
				    NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * A struct gpio_v2_line_attribute by its id: "flags=...", "values=0x...",
 * "debounce_period_us=N"; an unknown id or a padding in use shows the
 * raw fields, "id=N[, padding=0x...], data=0x...", inside "attr={...}"
 * when the attribute is a field of a config attribute (as_field), as
 * strace prints it.
 */
static void print_line_attribute(struct ltr_call *c, const struct gpio_v2_line_attribute *a,
				 bool as_field)
{
	if (!a->padding) {
		switch (a->id) {
		case GPIO_V2_LINE_ATTR_ID_FLAGS:
			ltr_sb_puts(c->out, "flags=");
			ltr_print_xt(c->out, LTR_XT(gpio_v2_line_flags), a->flags);
			return;
		case GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES:
			ltr_sb_puts(c->out, "values=");
			ltr_sb_put_hex(c->out, a->values);
			return;
		case GPIO_V2_LINE_ATTR_ID_DEBOUNCE:
			ltr_sb_printf(c->out, "debounce_period_us=%u", a->debounce_period_us);
			return;
		default:
			break;
		}
	}
	if (as_field)
		ltr_sb_puts(c->out, "attr={");
	ltr_sb_printf(c->out, "id=%u", a->id);
	if (a->padding) {
		ltr_sb_puts(c->out, ", padding=");
		ltr_sb_put_hex(c->out, a->padding);
	}
	ltr_sb_puts(c->out, ", data=");
	ltr_sb_put_hex(c->out, a->values);
	if (as_field)
		ltr_sb_putc(c->out, '}');
}

/* An element of gpio_v2_line_info's attrs. */
static bool print_attr_elem(struct ltr_call *c, const unsigned char *elem, void *data)
{
	struct gpio_v2_line_attribute a;

	(void)data;
	memcpy(&a, elem, sizeof(a));
	ltr_sb_putc(c->out, '{');
	print_line_attribute(c, &a, false);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* An element of gpio_v2_line_config's attrs: {ATTR, mask=0x...}. */
static bool print_config_attr_elem(struct ltr_call *c, const unsigned char *elem, void *data)
{
	struct gpio_v2_line_config_attribute a;

	(void)data;
	memcpy(&a, elem, sizeof(a));
	ltr_sb_putc(c->out, '{');
	print_line_attribute(c, &a.attr, true);
	ltr_sb_puts(c->out, ", mask=");
	ltr_sb_put_hex(c->out, a.mask);
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * ", attrs=[...]": the first num_attrs of an array of
 * GPIO_V2_LINE_NUM_ATTRS_MAX attributes of size bytes; nothing when none.
 */
static void print_attrs(struct ltr_call *c, const void *attrs, uint32_t num_attrs, unsigned size,
			ltr_ioctl_elem_printer *print)
{
	if (!num_attrs)
		return;
	ltr_sb_puts(c->out, ", attrs=");
	ltr_ioctl_print_local_array(c, attrs, upto(num_attrs, GPIO_V2_LINE_NUM_ATTRS_MAX), size,
				    print, NULL);
}

/* struct gpio_v2_line_config: "{flags=..., num_attrs=N[, padding=...][, attrs=[...]]}". */
static void print_line_config(struct ltr_call *c, const struct gpio_v2_line_config *lc)
{
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(gpio_v2_line_flags), lc->flags);
	ltr_sb_printf(c->out, ", num_attrs=%u", lc->num_attrs);
	print_padding(c, "padding", lc->padding, 5);
	print_attrs(c, lc->attrs, lc->num_attrs, sizeof(lc->attrs[0]), print_config_attr_elem);
	ltr_sb_putc(c->out, '}');
}

/* GPIO_V2_GET_LINEINFO_IOCTL, GPIO_V2_GET_LINEINFO_WATCH_IOCTL: struct gpio_v2_line_info. */
static enum ltr_ioctl_ret v2_line_info(struct ltr_call *c, uint64_t arg)
{
	struct gpio_v2_line_info li;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &li, sizeof(li)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{offset=%u}", li.offset);
		return LTR_IOCTL_EXIT;
	}
	if (!fetch_changed(c, arg, &li, sizeof(li)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '{');
	print_cstring_field(c, "name", li.name, sizeof(li.name));
	print_cstring_field(c, ", consumer", li.consumer, sizeof(li.consumer));
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(gpio_v2_line_flags), li.flags);
	ltr_sb_printf(c->out, ", num_attrs=%u", li.num_attrs);
	print_attrs(c, li.attrs, li.num_attrs, sizeof(li.attrs[0]), print_attr_elem);
	print_padding(c, "padding", li.padding, 4);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* GPIO_V2_GET_LINE_IOCTL: struct gpio_v2_line_request; the line's fd at exit. */
static enum ltr_ioctl_ret v2_line_request(struct ltr_call *c, uint64_t arg)
{
	struct gpio_v2_line_request lr;

	if (c->exiting)
		return request_fd_exit(c, arg, sizeof(lr),
				       offsetof(struct gpio_v2_line_request, fd));
	if (!ltr_ioctl_fetch_arg(c, arg, &lr, sizeof(lr)))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, "{num_lines=%u, offsets=", lr.num_lines);
	ltr_ioctl_print_local_array(c, lr.offsets, upto(lr.num_lines, GPIO_V2_LINES_MAX), 4,
				    ltr_ioctl_elem_u32, NULL);
	print_cstring_field(c, ", consumer", lr.consumer, sizeof(lr.consumer));
	ltr_sb_puts(c->out, ", config=");
	print_line_config(c, &lr.config);
	if (lr.event_buffer_size)
		ltr_sb_printf(c->out, ", event_buffer_size=%u", lr.event_buffer_size);
	print_padding(c, "padding", lr.padding, 5);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

/* GPIO_V2_LINE_GET_VALUES_IOCTL: the mask at entry, the bits at exit. */
static enum ltr_ioctl_ret v2_get_values(struct ltr_call *c, uint64_t arg)
{
	struct gpio_v2_line_values vals;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &vals, sizeof(vals)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{mask=");
		ltr_sb_put_hex(c->out, vals.mask);
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	if (!fetch_changed(c, arg, &vals, sizeof(vals)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{bits=");
	ltr_sb_put_hex(c->out, vals.bits);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* GPIO_V2_LINE_SET_VALUES_IOCTL: struct gpio_v2_line_values. */
static enum ltr_ioctl_ret v2_set_values(struct ltr_call *c, uint64_t arg)
{
	struct gpio_v2_line_values vals;

	if (!ltr_ioctl_fetch_arg(c, arg, &vals, sizeof(vals)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{bits=");
	ltr_sb_put_hex(c->out, vals.bits);
	ltr_sb_puts(c->out, ", mask=");
	ltr_sb_put_hex(c->out, vals.mask);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* GPIO_V2_LINE_SET_CONFIG_IOCTL: struct gpio_v2_line_config. */
static enum ltr_ioctl_ret v2_set_config(struct ltr_call *c, uint64_t arg)
{
	struct gpio_v2_line_config lc;

	if (ltr_ioctl_fetch_arg(c, arg, &lc, sizeof(lc)))
		print_line_config(c, &lc);
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_gpio(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case GPIO_GET_CHIPINFO_IOCTL:
		return chip_info(c, arg);
	case GPIO_GET_LINEINFO_UNWATCH_IOCTL:
		return line_info_unwatch(c, arg);
	case GPIO_V2_GET_LINEINFO_IOCTL: case GPIO_V2_GET_LINEINFO_WATCH_IOCTL:
		return v2_line_info(c, arg);
	case GPIO_V2_GET_LINE_IOCTL:
		return v2_line_request(c, arg);
	case GPIO_V2_LINE_SET_CONFIG_IOCTL:
		return v2_set_config(c, arg);
	case GPIO_V2_LINE_GET_VALUES_IOCTL:
		return v2_get_values(c, arg);
	case GPIO_V2_LINE_SET_VALUES_IOCTL:
		return v2_set_values(c, arg);
	case GPIO_GET_LINEINFO_IOCTL: case GPIO_GET_LINEINFO_WATCH_IOCTL:
		return line_info(c, arg);
	case GPIO_GET_LINEHANDLE_IOCTL:
		return handle_request(c, arg);
	case GPIO_GET_LINEEVENT_IOCTL:
		return event_request(c, arg);
	case GPIOHANDLE_GET_LINE_VALUES_IOCTL:
		return handle_values(c, arg, true);
	case GPIOHANDLE_SET_LINE_VALUES_IOCTL:
		return handle_values(c, arg, false);
	case GPIOHANDLE_SET_CONFIG_IOCTL:
		return handle_config(c, arg);
	default:
		return LTR_IOCTL_ARG;
	}
}
