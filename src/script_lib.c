/* SPDX-License-Identifier: MIT */
/*
 * The C functions of the `ltr` module: output (print, printf, json),
 * lookups (syscall_name, syscall_nr, errno_name, signal_name, class),
 * script arguments (arg) and the ltr.printer proxy over
 * struct ltr_printer_config. Hook registration lives in script.c,
 * selectors in script_select.c; lua/ltr/init.lua adds what is better
 * written in Lua (hist, lhist).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/json.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/strbuf.h"
#include "ltr/syscall.h"
#include "ltr/timefmt.h"
#include "script_internal.h"

#define JSON_MAX_DEPTH 64

/* --- output --- */

/* ltr.print(...): like print, to the trace output. */
static int lib_print(lua_State *L)
{
	int i, n = lua_gettop(L);
	luaL_Buffer b;

	luaL_buffinit(L, &b);
	for (i = 1; i <= n; i++) {
		if (i > 1)
			luaL_addchar(&b, '\t');
		luaL_tolstring(L, i, NULL);
		luaL_addvalue(&b);
	}
	luaL_addchar(&b, '\n');
	luaL_pushresult(&b);
	ltr_lua_output(lua_tostring(L, -1), lua_rawlen(L, -1), false);
	return 0;
}

/* ltr.printf(fmt, ...): string.format, to the trace output (no newline). */
static int lib_printf(lua_State *L)
{
	int n = lua_gettop(L);

	luaL_checkstring(L, 1);
	lua_getglobal(L, "string");
	lua_getfield(L, -1, "format");
	lua_remove(L, -2);  /* string table, keep format */
	lua_insert(L, 1);
	if (lua_pcall(L, n, 1, 0) != LUA_OK) {
		/* a bad argument, named as printf's, at the script's line */
		if (lua_type(L, -1) == LUA_TSTRING) {
			luaL_gsub(L, lua_tostring(L, -1), "'string.format'", "'printf'");
			lua_remove(L, -2);
		}
		return ltr_lua_error_at_caller(L);
	}
	ltr_lua_output(lua_tostring(L, -1), lua_rawlen(L, -1), false);
	return 0;
}

static struct ltr_strbuf json_buf;


static void json_value(lua_State *L, int idx, struct ltr_strbuf *out, int depth);

/* True when the table at idx is a non-empty sequence 1..n. */
static bool is_array(lua_State *L, int idx)
{
	lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;

	if (n == 0)
		return false;
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
			lua_pop(L, 1);
			return false;
		}
		count++;
	}
	return count == n;
}

static void json_object(lua_State *L, int idx, struct ltr_strbuf *out, int depth);

static void json_table(lua_State *L, int idx, struct ltr_strbuf *out, int depth)
{
	if (depth > JSON_MAX_DEPTH)
		luaL_error(L, "ltr.json: tables nested too deep (a cycle?)");
	luaL_checkstack(L, 4, "ltr.json");
	if (is_array(L, idx)) {
		lua_Integer i, n = (lua_Integer)lua_rawlen(L, idx);

		ltr_sb_putc(out, '[');
		for (i = 1; i <= n; i++) {
			if (i > 1)
				ltr_sb_putc(out, ',');
			lua_rawgeti(L, idx, i);
			json_value(L, lua_gettop(L), out, depth + 1);
			lua_pop(L, 1);
		}
		ltr_sb_putc(out, ']');
		return;
	}
	json_object(L, idx, out, depth);
}

/* A key of an object being written: its text and its place in the lists. */
struct json_key {
	const char *text;
	size_t len;
	lua_Integer i;
};

static int json_key_cmp(const void *a, const void *b)
{
	const struct json_key *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->text, y->text, n);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/*
 * The table at idx as a JSON object, its keys (strings, numbers and
 * booleans, as text; keys of other types are left out) in byte order, so that the same table always prints the same
 * line whatever order Lua's hash keeps them in.
 */
static void json_object(lua_State *L, int idx, struct ltr_strbuf *out, int depth)
{
	struct json_key *keys = NULL;
	lua_Integer n = 0, i;
	int key_list, texts;

	lua_newtable(L);
	key_list = lua_gettop(L);
	lua_newtable(L);
	texts = lua_gettop(L);
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		int kt = lua_type(L, -2);

		lua_pop(L, 1); /* the value, keep the key */
		if (kt != LUA_TSTRING && kt != LUA_TNUMBER && kt != LUA_TBOOLEAN)
			continue;
		n++;
		lua_pushvalue(L, -1);
		lua_rawseti(L, key_list, n);
		if (kt == LUA_TBOOLEAN) {
			lua_pushstring(L, lua_toboolean(L, -1) ? "true" : "false");
		} else {
			lua_pushvalue(L, -1); /* a copy: tolstring would confuse lua_next */
			lua_tolstring(L, -1, NULL);
		}
		lua_rawseti(L, texts, n); /* keeps the text alive */
	}
	/* in Lua's memory: a nested value that raises must not leak it */
	keys = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof(*keys), 0);
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, texts, i);
		keys[i - 1].text = lua_tolstring(L, -1, &keys[i - 1].len);
		keys[i - 1].i = i;
		lua_pop(L, 1); /* still referenced by texts */
	}
	qsort(keys, (size_t)n, sizeof(*keys), json_key_cmp);
	ltr_sb_putc(out, '{');
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_putc(out, ',');
		ltr_json_string(out, keys[i].text, keys[i].len);
		ltr_sb_putc(out, ':');
		lua_rawgeti(L, key_list, keys[i].i);
		lua_rawget(L, idx);
		json_value(L, lua_gettop(L), out, depth + 1);
		lua_pop(L, 1);
	}
	ltr_sb_putc(out, '}');
	lua_pop(L, 3); /* the key lists and the sorted keys */
}

/*
 * A finite double as the shortest of %.15g, %.16g and %.17g that reads
 * back as the same double: 0.000123 and not 0.00012300000000000001.
 */
static void json_double(struct ltr_strbuf *out, double d)
{
	char buf[32];
	int digits;

	for (digits = 15; digits < 17; digits++) {
		snprintf(buf, sizeof(buf), "%.*g", digits, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	ltr_sb_printf(out, "%.*g", digits, d);
}

static void json_value(lua_State *L, int idx, struct ltr_strbuf *out, int depth)
{
	size_t len;
	const char *s;

	switch (lua_type(L, idx)) {
	case LUA_TNIL:
	case LUA_TNONE:
		ltr_sb_puts(out, "null");
		break;
	case LUA_TBOOLEAN:
		ltr_sb_puts(out, lua_toboolean(L, idx) ? "true" : "false");
		break;
	case LUA_TNUMBER:
		if (lua_isinteger(L, idx)) {
			ltr_sb_printf(out, "%lld", (long long)lua_tointeger(L, idx));
		} else {
			double d = lua_tonumber(L, idx);

			if (isfinite(d))
				json_double(out, d);
			else
				ltr_sb_puts(out, "null");
		}
		break;
	case LUA_TSTRING:
		s = lua_tolstring(L, idx, &len);
		ltr_json_string(out, s, len);
		break;
	case LUA_TTABLE:
		json_table(L, idx, out, depth);
		break;
	default:
		s = luaL_tolstring(L, idx, &len);
		ltr_json_string(out, s, len);
		lua_pop(L, 1);
		break;
	}
}

void ltr_lua_json_encode(lua_State *L, int idx)
{
	idx = lua_absindex(L, idx);
	ltr_sb_reset(&json_buf);
	json_value(L, idx, &json_buf, 0);
	lua_pushlstring(L, ltr_sb_cstr(&json_buf), json_buf.len);
}

/* ltr.json(value): one NDJSON line on the trace output. */
static int lib_json(lua_State *L)
{
	luaL_checkany(L, 1);
	ltr_lua_json_encode(L, 1);
	lua_pushliteral(L, "\n");
	lua_concat(L, 2);
	ltr_lua_output(lua_tostring(L, -1), lua_rawlen(L, -1), true); /* -j: as it is */
	return 0;
}

/* ltr.json_encode(value): the JSON text, without writing it. */
static int lib_json_encode(lua_State *L)
{
	luaL_checkany(L, 1);
	ltr_lua_json_encode(L, 1);
	return 1;
}

/* --- lookups --- */

static const struct ltr_arch *opt_arch(lua_State *L, int idx)
{
	const struct ltr_arch *arch;
	const char *name;

	if (lua_isnoneornil(L, idx))
		return ltr_arch_native();
	name = luaL_checkstring(L, idx);
	arch = ltr_arch_by_name(name);
	if (!arch)
		luaL_argerror(L, idx, lua_pushfstring(L, "unknown arch '%s'", name));
	return arch;
}

/* ltr.syscall_name(nr [, arch]) */
static int lib_syscall_name(lua_State *L)
{
	lua_Integer nr = luaL_checkinteger(L, 1);
	/* the table's name, ltr's own numbers too (call.nr of i386's accept is 1000) */
	const struct ltr_syscall_desc *desc = ltr_arch_syscall_desc(opt_arch(L, 2), (long)nr);
	const char *name = desc ? desc->name : NULL;

	if (name)
		lua_pushstring(L, name);
	else
		lua_pushnil(L);
	return 1;
}

/* ltr.syscall_nr(name [, arch]) */
static int lib_syscall_nr(lua_State *L)
{
	long nr = ltr_arch_syscall_nr(opt_arch(L, 2), luaL_checkstring(L, 1));

	if (nr >= 0)
		lua_pushinteger(L, nr);
	else
		lua_pushnil(L);
	return 1;
}

static int lib_errno_name(lua_State *L)
{
	lua_Integer n = luaL_checkinteger(L, 1);
	const char *name = ltr_errno_name((int)(n < 0 ? -n : n));

	if (name && n != 0 && n > -4096 && n < 4096)
		lua_pushstring(L, name);
	else
		lua_pushnil(L);
	return 1;
}

static int lib_errno_nr(lua_State *L)
{
	int n = ltr_lua_errno_number(luaL_checkstring(L, 1));

	if (n > 0)
		lua_pushinteger(L, n);
	else
		lua_pushnil(L);
	return 1;
}

static int lib_signal_name(lua_State *L)
{
	lua_Integer n = luaL_checkinteger(L, 1);
	const char *name = n > 0 && n <= 64 ? ltr_signal_name((int)n) : NULL;

	if (name)
		lua_pushstring(L, name);
	else
		lua_pushnil(L);
	return 1;
}

static int lib_signal_nr(lua_State *L)
{
	int n = ltr_signal_number(luaL_checkstring(L, 1));

	if (n > 0)
		lua_pushinteger(L, n);
	else
		lua_pushnil(L);
	return 1;
}

/* ltr.class(name): the classes of syscall name as a set, or nil. */
static int lib_class(lua_State *L)
{
	const struct ltr_syscall_desc *d = ltr_syscall_desc_find(luaL_checkstring(L, 1));
	unsigned i;

	if (!d) {
		lua_pushnil(L);
		return 1;
	}
	lua_newtable(L);
	for (i = 0; i < LTR_NCLASSES; i++)
		if (d->classes & (1u << i)) {
			lua_pushboolean(L, 1);
			lua_setfield(L, -2, ltr_class_names[i]);
			if (!strcmp(ltr_class_names[i], "net")) {
				lua_pushboolean(L, 1); /* as call.classes: %network is %net */
				lua_setfield(L, -2, "network");
			}
		}
	return 1;
}

/* ltr.classes(): every class name, as selectors use them ("%file"). */
static int lib_classes(lua_State *L)
{
	unsigned i;

	lua_createtable(L, LTR_NCLASSES, 0);
	for (i = 0; i < LTR_NCLASSES; i++) {
		lua_pushfstring(L, "%%%s", ltr_class_names[i]);
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

/*
 * ltr.realpath(path): the canonical absolute path (symlinks followed, as
 * ltr sees the filesystem), or nil, msg, errno.
 */
static int lib_realpath(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char *real = realpath(path, NULL);

	if (!real) {
		int err = errno;
		const char *name = ltr_errno_name(err);

		lua_pushnil(L);
		lua_pushfstring(L, "%s: %s", path, strerror(err));
		lua_pushstring(L, name ? name : "EIO");
		return 3;
	}
	lua_pushstring(L, real);
	free(real);
	return 1;
}

/* --- script arguments --- */

static bool parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "1", "true", "yes", "on", NULL };
	static const char *const no[] = { "0", "false", "no", "off", NULL };
	unsigned i;

	for (i = 0; yes[i]; i++)
		if (!strcasecmp(s, yes[i])) {
			*out = true;
			return true;
		}
	for (i = 0; no[i]; i++)
		if (!strcasecmp(s, no[i])) {
			*out = false;
			return true;
		}
	return false;
}

/*
 * ltr.arg(name, default, help): declares a script argument and returns the
 * -a value converted to the type of default, or default.
 */
static int lib_arg(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	const char *value;
	int type = lua_type(L, 2);

	luaL_argcheck(L, type == LUA_TNONE || type == LUA_TNIL || type == LUA_TNUMBER ||
			 type == LUA_TBOOLEAN || type == LUA_TSTRING, 2,
		      "default must be a number, boolean, string or nil");
	luaL_optstring(L, 3, NULL);
	lua_settop(L, 3);
	/* record the declaration, under NAME and SCRIPT.NAME */
	ltr_lua_push_state(L, "args_declared");
	if (lua_getfield(L, -1, name) == LUA_TNIL) {
		ltr_lua_push_state(L, "args_order");
		lua_pushstring(L, name);
		lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	lua_createtable(L, 0, 3);
	lua_pushvalue(L, 1);
	lua_setfield(L, -2, "name");
	lua_pushvalue(L, 2);
	lua_setfield(L, -2, "default");
	lua_pushvalue(L, 3);
	lua_setfield(L, -2, "help");
	lua_pushvalue(L, -1);
	lua_setfield(L, -3, name);   /* args_declared[NAME] = record */
	lua_pushfstring(L, "%s.%s", ltr_lua.loading, name);
	lua_insert(L, -2);
	lua_rawset(L, -3);           /* args_declared[SCRIPT.NAME] = record */
	lua_pop(L, 1);               /* args_declared */

	/* -a SCRIPT.NAME=VALUE for this script, else -a NAME=VALUE */
	ltr_lua_push_state(L, "args_given");
	lua_pushfstring(L, "%s.%s", ltr_lua.loading, name);
	lua_pushvalue(L, -1);
	if (lua_rawget(L, -3) == LUA_TNIL) {
		lua_pop(L, 2);
		lua_pushstring(L, name);
		lua_pushvalue(L, -1);
		lua_rawget(L, -3);
	}
	if (lua_isnil(L, -1)) {
		lua_pushvalue(L, 2);
		return 1;
	}
	name = lua_tostring(L, -2); /* the -a name given, for messages */
	value = lua_tostring(L, -1);
	switch (type) {
	case LUA_TNUMBER:
		if (!lua_stringtonumber(L, value))
			return luaL_error(L, "-a %s=%s: %s expected", name, value,
					  lua_isinteger(L, 2) ? "integer" : "number");
		if (lua_isinteger(L, 2) && !lua_isinteger(L, -1))
			return luaL_error(L, "-a %s=%s: integer expected", name, value);
		if (!lua_isinteger(L, 2))
			lua_pushnumber(L, lua_tonumber(L, -1));
		return 1;
	case LUA_TBOOLEAN: {
		bool b;

		if (!parse_bool(value, &b))
			return luaL_error(L, "-a %s=%s: boolean expected (1/0, true/false, yes/no, on/off)",
					  name, value);
		lua_pushboolean(L, b);
		return 1;
	}
	default:
		lua_pushstring(L, value);
		return 1;
	}
}

/* --- ltr.printer --- */

/*
 * ltr.printer.timestamps reads the absolute stamp as strace's -t, -tt or
 * -ttt when it is one of them, else as --absolute-timestamps' argument
 * ("time,ms", "unix,ns"); without one, "r" when -r is on, else nil.
 */
static void push_timestamps(lua_State *L, const struct ltr_time_format *tf)
{
	if (tf->absolute == LTR_ABS_TIME && tf->abs_digits == 0)
		lua_pushliteral(L, "t");
	else if (tf->absolute == LTR_ABS_TIME && tf->abs_digits == 6)
		lua_pushliteral(L, "tt");
	else if (tf->absolute == LTR_ABS_UNIX && tf->abs_digits == 6)
		lua_pushliteral(L, "ttt");
	else if (tf->absolute != LTR_ABS_NONE)
		lua_pushfstring(L, "%s,%s", tf->absolute == LTR_ABS_UNIX ? "unix" : "time",
				ltr_timefmt_unit_name(tf->abs_digits));
	else if (tf->relative)
		lua_pushliteral(L, "r");
	else
		lua_pushnil(L);
}

/* A precision, or false: ltr.printer.relative and .durations. */
static void push_precision(lua_State *L, bool on, unsigned digits)
{
	const char *name = ltr_timefmt_unit_name(digits);

	if (on && name)
		lua_pushstring(L, name);
	else
		lua_pushboolean(L, on);
}

static int printer_index(lua_State *L)
{
	const char *key = luaL_checkstring(L, 2);
	struct ltr_printer_config *pc = &ltr_printer_config;

	if (!strcmp(key, "enabled"))
		lua_pushboolean(L, pc->enabled);
	else if (!strcmp(key, "durations"))
		push_precision(L, pc->time.durations, pc->time.dur_digits);
	else if (!strcmp(key, "relative"))
		push_precision(L, pc->time.relative, pc->time.rel_digits);
	else if (!strcmp(key, "json"))
		lua_pushboolean(L, pc->json);
	else if (!strcmp(key, "fd_paths"))
		lua_pushboolean(L, ltr_decode_opts.decode_fds != 0);
	else if (!strcmp(key, "timestamps"))
		push_timestamps(L, &pc->time);
	else if (!strcmp(key, "columns"))
		lua_pushinteger(L, pc->columns);
	else if (!strcmp(key, "syscall_number"))
		lua_pushboolean(L, pc->syscall_number);
	else if (!strcmp(key, "instruction_pointer"))
		lua_pushboolean(L, pc->instruction_pointer);
	else if (!strcmp(key, "strsize"))
		lua_pushinteger(L, ltr_decode_opts.strsize);
	else if (!strcmp(key, "verbose"))
		lua_pushboolean(L, ltr_decode_opts.verbose);
	else
		return luaL_error(L, "ltr.printer has no field '%s'", key);
	return 1;
}

/* The boolean assigned to ltr.printer.KEY (the key at 2, the value at 3). */
static bool check_bool(lua_State *L, int idx)
{
	lua_pushfstring(L, "ltr.printer.%s", lua_tostring(L, 2));
	return ltr_lua_field_bool(L, idx, lua_tostring(L, -1));
}

/*
 * ltr.printer.relative / .durations = true (on, precision kept: -r's or
 * -T's, microseconds by default), false or nil (off), or a precision
 * "s", "ms", "us", "ns" (on, with that precision).
 */
static void set_precision(lua_State *L, const char *field, bool *on, unsigned *digits)
{
	int d;

	if (lua_isnoneornil(L, 3) || lua_isboolean(L, 3)) {
		*on = lua_toboolean(L, 3);
		return;
	}
	d = ltr_timefmt_unit_digits(luaL_checkstring(L, 3));
	if (d < 0)
		luaL_error(L, "ltr.printer.%s: true, false, \"s\", \"ms\", \"us\" or \"ns\" expected, got '%s'",
			   field, lua_tostring(L, 3));
	*on = true;
	*digits = (unsigned)d;
}

/*
 * ltr.printer.timestamps = "t", "tt", "ttt" (strace's -t, -tt, -ttt: no
 * -r), "r" (-r alone), "FORMAT[,PRECISION]" (--absolute-timestamps:
 * time or unix, s, ms, us or ns; -r unchanged), or nil/false (neither).
 */
static void set_timestamps(lua_State *L, struct ltr_time_format *tf)
{
	const char *v, *comma;
	int digits = 0;
	size_t flen;

	if (lua_isnoneornil(L, 3) || (lua_isboolean(L, 3) && !lua_toboolean(L, 3))) {
		tf->absolute = LTR_ABS_NONE;
		tf->relative = false;
		return;
	}
	v = luaL_checkstring(L, 3);
	if (!strcmp(v, "t") || !strcmp(v, "tt") || !strcmp(v, "ttt")) {
		size_t n = strlen(v);

		tf->absolute = n == 3 ? LTR_ABS_UNIX : LTR_ABS_TIME;
		tf->abs_digits = n >= 2 ? 6 : 0;
		tf->relative = false;
		return;
	}
	if (!strcmp(v, "r")) {
		tf->absolute = LTR_ABS_NONE;
		tf->relative = true;
		return;
	}
	comma = strchr(v, ',');
	flen = comma ? (size_t)(comma - v) : strlen(v);
	if (comma && (digits = ltr_timefmt_unit_digits(comma + 1)) < 0)
		goto bad;
	if (flen == 4 && !strncmp(v, "time", 4))
		tf->absolute = LTR_ABS_TIME;
	else if (flen == 4 && !strncmp(v, "unix", 4))
		tf->absolute = LTR_ABS_UNIX;
	else
		goto bad;
	tf->abs_digits = (unsigned)digits;
	return;
bad:
	luaL_error(L, "ltr.printer.timestamps: \"t\", \"tt\", \"ttt\", \"r\", "
		   "\"time|unix[,s|ms|us|ns]\" or nil expected, got '%s'", v);
}

static int printer_newindex(lua_State *L)
{
	const char *key = luaL_checkstring(L, 2);
	struct ltr_printer_config *pc = &ltr_printer_config;

	if (!strcmp(key, "enabled")) {
		pc->enabled = check_bool(L, 3);
		ltr_lua_printer_changed(L);
	} else if (!strcmp(key, "durations")) {
		set_precision(L, "durations", &pc->time.durations, &pc->time.dur_digits);
	} else if (!strcmp(key, "relative")) {
		set_precision(L, "relative", &pc->time.relative, &pc->time.rel_digits);
	} else if (!strcmp(key, "json")) {
		pc->json = check_bool(L, 3);
	} else if (!strcmp(key, "fd_paths")) {
		/* true keeps what -e decode-fds= chose, or turns paths on */
		if (!check_bool(L, 3))
			ltr_decode_opts.decode_fds = 0;
		else if (!ltr_decode_opts.decode_fds)
			ltr_decode_opts.decode_fds = LTR_FD_PATH;
	} else if (!strcmp(key, "timestamps")) {
		set_timestamps(L, &pc->time);
	} else if (!strcmp(key, "columns")) {
		lua_Integer n = ltr_lua_field_integer(L, 3, "ltr.printer.columns");

		if (n < 0 || n > 0x7fffffff)
			return luaL_error(L, "ltr.printer.columns: a column, 0 or more, expected");
		pc->columns = (unsigned)n;
	} else if (!strcmp(key, "syscall_number")) {
		pc->syscall_number = check_bool(L, 3);
	} else if (!strcmp(key, "instruction_pointer")) {
		pc->instruction_pointer = check_bool(L, 3);
	} else if (!strcmp(key, "strsize")) {
		lua_Integer n = ltr_lua_field_integer(L, 3, "ltr.printer.strsize");

		if (n < 0 || n > 0x7fffffff)
			return luaL_error(L, "ltr.printer.strsize: a size, 0 or more, expected");
		ltr_decode_opts.strsize = (unsigned)n;
	} else if (!strcmp(key, "verbose")) {
		ltr_decode_opts.verbose = check_bool(L, 3);
	} else {
		return luaL_error(L, "ltr.printer has no field '%s'", key);
	}
	return 0;
}

static const luaL_Reg printer_metamethods[] = {
	{ "__index", printer_index },
	{ "__newindex", printer_newindex },
	{ NULL, NULL },
};

static void push_printer(lua_State *L)
{
	lua_newtable(L);
	luaL_newmetatable(L, LTR_PRINTER_META);
	luaL_setfuncs(L, printer_metamethods, 0);
	lua_setmetatable(L, -2);
}

static const luaL_Reg lib_functions[] = {
	{ "print", lib_print },
	{ "printf", lib_printf },
	{ "json", lib_json },
	{ "json_encode", lib_json_encode },
	{ "syscall_name", lib_syscall_name },
	{ "syscall_nr", lib_syscall_nr },
	{ "errno_name", lib_errno_name },
	{ "errno_nr", lib_errno_nr },
	{ "signal_name", lib_signal_name },
	{ "signal_nr", lib_signal_nr },
	{ "class", lib_class },
	{ "classes", lib_classes },
	{ "arg", lib_arg },
	{ "realpath", lib_realpath },
	{ NULL, NULL },
};

void ltr_lua_open_module(lua_State *L)
{
	const struct ltr_arch *native = ltr_arch_native();

	luaL_newlib(L, lib_functions);
	ltr_lua_open_hooks(L);
	ltr_lua_open_selector(L);
	push_printer(L);
	lua_setfield(L, -2, "printer");
	lua_pushstring(L, native ? native->name : "unknown");
	lua_setfield(L, -2, "native_arch");
	lua_pushstring(L, ltr_progname); /* how ltr's messages start */
	lua_setfield(L, -2, "progname");
#ifdef LTR_VERSION
	lua_pushstring(L, LTR_VERSION);
	lua_setfield(L, -2, "version");
#endif
}
