/* SPDX-License-Identifier: MIT */
/*
 * The "ltr.call" userdata: one syscall of one thread, as hooks see it.
 * There is one object per tracee, reused from stop to stop; it is valid
 * only while a hook of its tracee runs and raises when used later. Its
 * "args" proxy ("ltr.call.args") is created once with it.
 *
 * Script mistakes (wrong phase, bad argument) raise; the world's refusals
 * (unreadable memory, a vanished descriptor) return nil, message, errno
 * name.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/fdinfo.h"
#include "ltr/mem.h"
#include "ltr/path.h"
#include "ltr/printer.h"
#include "ltr/syscall.h"
#include "ltr/tracee.h"
#include "ltr/unwind.h"
#include "script_internal.h"

#define STR_DEFAULT_MAX 4096
#define RED_ZONE 128 /* x86_64 ABI; below it the kernel and signals write */

struct args_proxy {
	struct call_object *owner; /* kept alive by the proxy's user value */
};

/* --- errno and signal names --- */

int ltr_lua_errno_number(const char *name)
{
	int i;

	for (i = 1; i < 4096; i++) {
		const char *n = ltr_errno_name(i);

		if (n && !strcmp(n, name))
			return i;
	}
	return -1;
}

int ltr_lua_check_errno(lua_State *L, int idx)
{
	if (lua_type(L, idx) == LUA_TNUMBER) {
		lua_Integer n = luaL_checkinteger(L, idx);

		if (n < 0)
			n = -n;
		luaL_argcheck(L, n > 0 && n < 4096, idx, "errno number out of range 1..4095");
		return (int)n;
	}
	if (lua_type(L, idx) == LUA_TSTRING) {
		int n = ltr_lua_errno_number(lua_tostring(L, idx));

		if (n < 0)
			luaL_argerror(L, idx, lua_pushfstring(L, "unknown errno name '%s'",
							      lua_tostring(L, idx)));
		return n;
	}
	return (int)luaL_typeerror(L, idx, "errno name or number");
}

int ltr_lua_check_signal(lua_State *L, int idx, int def)
{
	if (lua_isnoneornil(L, idx))
		return def;
	if (lua_type(L, idx) == LUA_TNUMBER) {
		lua_Integer n = luaL_checkinteger(L, idx);

		luaL_argcheck(L, n >= 0 && n <= 64, idx, "signal number out of range 0..64");
		return (int)n;
	}
	if (lua_type(L, idx) == LUA_TSTRING) {
		int n = ltr_signal_number(lua_tostring(L, idx));

		if (n < 0)
			luaL_argerror(L, idx, lua_pushfstring(L, "unknown signal '%s'",
							      lua_tostring(L, idx)));
		return n;
	}
	return (int)luaL_typeerror(L, idx, "signal name or number");
}

/* nil, "what: STRERROR", "ENAME" */
static int push_failure(lua_State *L, int err, const char *what)
{
	const char *name = ltr_errno_name(err);

	lua_pushnil(L);
	lua_pushfstring(L, "%s: %s", what, name ? name : strerror(err));
	lua_pushstring(L, name ? name : "EIO");
	return 3;
}

/* --- checking --- */

static struct call_object *check_call_object(lua_State *L, int idx)
{
	return luaL_checkudata(L, idx, LTR_CALL_META);
}

/* The call of obj when it is valid; raises when used outside its hook. */
static struct ltr_call *valid_call(lua_State *L, struct call_object *obj)
{
	if (!obj->valid || !obj->tracee)
		luaL_error(L, "call object used outside its hook (copy the fields you keep)");
	return &obj->tracee->call;
}

/* The call of a valid object at idx. */
static struct ltr_call *check_call(lua_State *L, int idx)
{
	return valid_call(L, check_call_object(L, idx));
}

static struct ltr_call *check_phase(lua_State *L, bool exiting, const char *what)
{
	struct ltr_call *c = check_call(L, 1);

	if (c->exiting != exiting)
		luaL_error(L, "%s is only allowed %s", what,
			   exiting ? "at syscall exit (in an on_exit hook)"
				   : "at syscall entry (in an on_enter hook)");
	return c;
}

/* Argument number i (1..6) at idx, as a 0-based index. */
static unsigned check_argno(lua_State *L, int idx)
{
	lua_Integer i = luaL_checkinteger(L, idx);

	luaL_argcheck(L, i >= 1 && i <= 6, idx, "argument number 1..6 expected");
	return (unsigned)(i - 1);
}

static uint64_t word_mask(const struct ltr_call *c, uint64_t v)
{
	return c->arch && c->arch->wordsize == 4 ? (uint32_t)v : v;
}

/* --- formatting --- */

static void call_name(const struct ltr_call *c, char *buf, size_t size)
{
	if (c->desc)
		snprintf(buf, size, "%s", c->desc->name);
	else
		snprintf(buf, size, "syscall_%#lx", (unsigned long)c->nr);
}

/* The tracee whose current call the call object at idx is. */
static struct tracee *check_call_tracee(lua_State *L, int idx)
{
	check_call(L, idx);
	return check_call_object(L, idx)->tracee;
}

/* call:format(): the whole strace line, without the newline. */
static int call_format(lua_State *L)
{
	struct tracee *t = check_call_tracee(L, 1);
	struct ltr_strbuf sb = LTR_STRBUF_INIT;

	ltr_printer_format(t, &sb);
	lua_pushlstring(L, ltr_sb_cstr(&sb), sb.len);
	ltr_sb_free(&sb);
	return 1;
}

/* --- stacks --- */

void ltr_lua_push_frame(lua_State *L, const struct ltr_frame *frame)
{
	lua_createtable(L, 0, 7);
	lua_pushinteger(L, (lua_Integer)frame->pc);
	lua_setfield(L, -2, "pc");
	if (frame->module) {
		lua_pushstring(L, frame->module);
		lua_setfield(L, -2, "module");
		lua_pushinteger(L, (lua_Integer)frame->module_offset);
		lua_setfield(L, -2, "module_offset");
	}
	if (frame->symbol) {
		lua_pushstring(L, frame->symbol);
		lua_setfield(L, -2, "symbol");
		lua_pushinteger(L, (lua_Integer)frame->offset);
		lua_setfield(L, -2, "offset");
	}
	if (frame->file) {
		lua_pushstring(L, frame->file);
		lua_setfield(L, -2, "file");
		lua_pushinteger(L, frame->line);
		lua_setfield(L, -2, "line");
	}
}

/*
 * call:backtrace([max_frames [, lines]]): the calling thread's stack,
 * innermost frame first (max_frames: default and limit 256; lines=false
 * skips the source lookup). Never fails: frames that cannot be
 * symbolised have only pc.
 */
static int call_backtrace(lua_State *L)
{
	struct tracee *t = check_call_tracee(L, 1);
	lua_Integer max = luaL_optinteger(L, 2, LTR_UNWIND_MAX_FRAMES);
	bool lines = lua_isnoneornil(L, 3) || lua_toboolean(L, 3);
	struct ltr_frame *frames;
	int n, i;

	luaL_argcheck(L, max >= 1, 2, "at least 1 frame expected");
	if (max > LTR_UNWIND_MAX_FRAMES)
		max = LTR_UNWIND_MAX_FRAMES;
	frames = ltr_xcalloc((size_t)max, sizeof(*frames));
	n = ltr_unwind_thread(t->pid, t->tid, frames, (int)max, lines);
	lua_createtable(L, n, 0);
	for (i = 0; i < n; i++) {
		ltr_lua_push_frame(L, &frames[i]);
		lua_rawseti(L, -2, i + 1); /* into the frame list */
	}
	free(frames);
	return 1;
}

/* call:arg(i): argument i as strace prints it, or nil when not printed. */
static int call_arg(lua_State *L)
{
	struct tracee *t = check_call_tracee(L, 1);
	unsigned idx = check_argno(L, 2), n;
	struct ltr_strbuf sb = LTR_STRBUF_INIT;
	size_t span_len, pos, end, arg_len = 0;

	ltr_printer_format(t, &sb);
	pos = ltr_decode_args_span(ltr_sb_cstr(&sb), sb.len, &span_len);
	end = pos + span_len;
	for (n = 0; pos < end; n++) {
		size_t next = pos + ltr_decode_split_next(sb.data + pos, end - pos, 0, &arg_len);

		if (n == idx)
			break;
		pos = next;
	}
	if (pos < end && n == idx && arg_len)
		lua_pushlstring(L, sb.data + pos, arg_len);
	else
		lua_pushnil(L);
	ltr_sb_free(&sb);
	return 1;
}

/* --- memory --- */

/* call:str(i [, max]): the NUL-terminated string argument i points to. */
static int call_str(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	unsigned idx = check_argno(L, 2);
	lua_Integer max = luaL_optinteger(L, 3, STR_DEFAULT_MAX);
	uint64_t addr = c->args[idx];
	luaL_Buffer b;
	char *dst;
	ssize_t n;
	bool terminated = false;
	char what[64];

	luaL_argcheck(L, max >= 0 && max <= (1 << 24), 3, "max out of range 0..16M");
	if (!addr)
		return push_failure(L, EFAULT, "NULL string pointer");
	dst = luaL_buffinitsize(L, &b, (size_t)max + 1);
	n = ltr_mem_read_str(c->mem, addr, dst, (size_t)max, &terminated);
	if (n < 0) {
		snprintf(what, sizeof(what), "cannot read tracee memory at %#llx",
			 (unsigned long long)addr);
		return push_failure(L, (int)-n, what);
	}
	luaL_pushresultsize(&b, (size_t)n);
	return 1;
}

/* call:read(addr, len): tracee memory (short when it runs into a hole). */
static int call_read(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 2);
	lua_Integer len = luaL_checkinteger(L, 3);
	luaL_Buffer b;
	char *dst;
	ssize_t n;
	char what[64];

	luaL_argcheck(L, len >= 0 && len <= (1 << 26), 3, "length out of range 0..64M");
	if (len == 0) {
		lua_pushliteral(L, "");
		return 1;
	}
	dst = luaL_buffinitsize(L, &b, (size_t)len);
	n = c->mem->read(c->mem->ctx, addr, dst, (size_t)len);
	if (n <= 0) {
		snprintf(what, sizeof(what), "cannot read tracee memory at %#llx",
			 (unsigned long long)addr);
		return push_failure(L, n < 0 ? (int)-n : EFAULT, what);
	}
	luaL_pushresultsize(&b, (size_t)n);
	return 1;
}

/*
 * call:write(addr, bytes [, {force = true}]): writes tracee memory, all or
 * nothing, only where the program could write itself unless forced
 * (read-only mappings too, as debuggers do); true or nil, msg, errno.
 */
static int call_write(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 2);
	size_t len;
	const char *bytes = luaL_checklstring(L, 3, &len);
	bool force = false;
	char what[64];
	int rc;

	if (!lua_isnoneornil(L, 4)) {
		luaL_checktype(L, 4, LUA_TTABLE);
		lua_getfield(L, 4, "force");
		force = lua_toboolean(L, -1);
		lua_pop(L, 1);
	}
	rc = !len ? 0 : force ? ltr_mem_write_force(c->mem, addr, bytes, len)
			      : ltr_mem_write(c->mem, addr, bytes, len);
	if (rc < 0) {
		snprintf(what, sizeof(what), "cannot write tracee memory at %#llx",
			 (unsigned long long)addr);
		return push_failure(L, -rc, what);
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* call:fd_path(i): the path of descriptor argument i (AT_FDCWD: cwd). */
static int call_fd_path(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	unsigned idx = check_argno(L, 2);
	int fd = ltr_call_arg_int(c, idx);
	char link[64], path[PATH_MAX], what[96];
	ssize_t n;

	if (fd == -100)
		snprintf(link, sizeof(link), "/proc/%d/cwd", c->pid);
	else
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", c->pid, fd);
	n = readlink(link, path, sizeof(path));
	if (n < 0) {
		int err = errno == ENOENT ? EBADF : errno;

		snprintf(what, sizeof(what), "no path for descriptor %d", fd);
		return push_failure(L, err, what);
	}
	lua_pushlstring(L, path, (size_t)n);
	return 1;
}

/* --- paths and descriptors --- */

/* The name of c's syscall, for messages. */
static const char *syscall_name(const struct ltr_call *c, char *buf, size_t size)
{
	call_name(c, buf, size);
	return buf;
}

/*
 * call:path(i): the absolute path the kernel resolves for path argument
 * i, and the argument as the program wrote it; nil, msg, errno otherwise.
 */
static int call_path(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	unsigned idx = check_argno(L, 2);
	char path[PATH_MAX], given[PATH_MAX], name[40], what[160];
	enum ltr_arg_role role;
	int dirfd_idx;
	ssize_t n;

	n = ltr_path_resolve(c, idx, path, given);
	if (n >= 0) {
		lua_pushlstring(L, path, (size_t)n);
		lua_pushstring(L, given);
		return 2;
	}
	role = ltr_path_arg_role(c, idx, &dirfd_idx);
	switch (-n) {
	case EINVAL:
		snprintf(what, sizeof(what), role == LTR_ARG_LINK_TARGET ?
			 "argument %u of %s is a symlink's target (stored as is, not resolved)" :
			 "argument %u of %s is not a path", idx + 1,
			 syscall_name(c, name, sizeof(name)));
		break;
	case EFAULT:
		if (!ltr_call_arg_long(c, idx))
			snprintf(what, sizeof(what), "path argument %u is NULL", idx + 1);
		else
			snprintf(what, sizeof(what), "cannot read path argument %u at %#llx", idx + 1,
				 (unsigned long long)word_mask(c, c->args[idx]));
		break;
	case ENAMETOOLONG:
		snprintf(what, sizeof(what), "path argument %u is too long", idx + 1);
		break;
	case EBADF:
	case ENOTDIR:
		snprintf(what, sizeof(what), "no directory for path argument %u (dirfd %d)", idx + 1,
			 dirfd_idx >= 0 ? ltr_call_arg_int(c, (unsigned)dirfd_idx) : -100);
		break;
	default:
		snprintf(what, sizeof(what), "cannot resolve path argument %u", idx + 1);
		break;
	}
	return push_failure(L, (int)-n, what);
}

static void set_str_field(lua_State *L, const char *key, const char *value, size_t len)
{
	lua_pushlstring(L, value, len);
	lua_setfield(L, -2, key);
}

static void set_int_field(lua_State *L, const char *key, lua_Integer value)
{
	lua_pushinteger(L, value);
	lua_setfield(L, -2, key);
}

static void push_sock_fields(lua_State *L, const struct ltr_sock_info *si)
{
	char text[64];

	if (si->proto) {
		lua_pushstring(L, si->proto);
		lua_setfield(L, -2, "proto");
	}
	if (!si->details)
		return;
	switch (si->family) {
	case AF_INET:
	case AF_INET6:
		lua_pushstring(L, si->family == AF_INET ? "inet" : "inet6");
		lua_setfield(L, -2, "family");
		if (ltr_sockinfo_addr(si, si->laddr, text, sizeof(text)))
			set_str_field(L, "laddr", text, strlen(text));
		set_int_field(L, "lport", si->lport);
		if (si->has_peer) {
			if (ltr_sockinfo_addr(si, si->raddr, text, sizeof(text)))
				set_str_field(L, "raddr", text, strlen(text));
			set_int_field(L, "rport", si->rport);
		}
		break;
	case AF_UNIX:
		lua_pushliteral(L, "unix");
		lua_setfield(L, -2, "family");
		if (si->peer)
			set_int_field(L, "peer", si->peer);
		if (si->name_len || si->abstract) {
			set_str_field(L, "path", si->name, si->name_len);
			lua_pushboolean(L, si->abstract);
			lua_setfield(L, -2, "abstract");
		}
		break;
	case AF_NETLINK: {
		const char *nl = ltr_sockinfo_netlink_name(si->nl_protocol);

		lua_pushliteral(L, "netlink");
		lua_setfield(L, -2, "family");
		if (nl)
			lua_pushstring(L, nl);
		else
			lua_pushinteger(L, si->nl_protocol);
		lua_setfield(L, -2, "netlink");
		set_int_field(L, "portid", si->portid);
		break;
	}
	default:
		break;
	}
}

void ltr_lua_push_fdinfo(lua_State *L, const struct ltr_fdinfo *fi)
{
	lua_createtable(L, 0, 8);
	set_int_field(L, "fd", fi->fd);
	lua_pushstring(L, ltr_fdinfo_kind_name(fi->kind));
	lua_setfield(L, -2, "kind");
	set_str_field(L, "link", fi->link, fi->link_len);
	if (fi->link[0] == '/' && fi->kind != LTR_FDK_SOCKET) {
		set_str_field(L, "path", fi->link, fi->link_len);
		lua_pushboolean(L, fi->deleted);
		lua_setfield(L, -2, "deleted");
	}
	if (fi->kind == LTR_FDK_DEV) {
		lua_pushstring(L, fi->block ? "block" : "char");
		lua_setfield(L, -2, "device");
		set_int_field(L, "major", fi->major);
		set_int_field(L, "minor", fi->minor);
	}
	if (fi->kind == LTR_FDK_SOCKET || fi->kind == LTR_FDK_PIPE)
		set_int_field(L, "inode", (lua_Integer)fi->inode);
	if (fi->kind == LTR_FDK_SOCKET && fi->have_sock)
		push_sock_fields(L, &fi->sock);
}

int ltr_lua_push_fd(lua_State *L, pid_t tid, int fd)
{
	struct ltr_fdinfo *fi = ltr_xmalloc(sizeof(*fi));
	char what[64];
	int rc = ltr_fdinfo_lookup(tid, fd, LTR_FDINFO_STAT | LTR_FDINFO_SOCKET, fi);

	if (rc < 0) {
		free(fi);
		if (rc == -ESRCH)
			snprintf(what, sizeof(what), "no process %d", (int)tid);
		else
			snprintf(what, sizeof(what), "descriptor %d is not open", fd);
		return push_failure(L, -rc, what);
	}
	ltr_lua_push_fdinfo(L, fi);
	free(fi);
	return 1;
}

/*
 * call:fd(i): a table describing descriptor argument i (AT_FDCWD: the
 * cwd), or nil, msg, errno.
 */
static int call_fd(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	unsigned idx = check_argno(L, 2);
	char name[40], what[96];
	int dirfd_idx, fd;
	enum ltr_arg_role role = ltr_path_arg_role(c, idx, &dirfd_idx);

	if (role != LTR_ARG_FD && role != LTR_ARG_DIRFD) {
		snprintf(what, sizeof(what), "argument %u of %s is not a descriptor", idx + 1,
			 syscall_name(c, name, sizeof(name)));
		return push_failure(L, EINVAL, what);
	}
	fd = ltr_call_arg_int(c, idx);
	if (role == LTR_ARG_DIRFD && fd == -100) {
		struct ltr_fdinfo *fi = ltr_xmalloc(sizeof(*fi));
		ssize_t n = ltr_fdinfo_cwd(c->tid, fi->link, &fi->deleted);

		if (n < 0) {
			free(fi);
			return push_failure(L, n == -ENOENT ? ESRCH : (int)-n, "cannot read the cwd");
		}
		fi->fd = fd;
		fi->kind = LTR_FDK_DIR;
		fi->link_len = (size_t)n;
		ltr_lua_push_fdinfo(L, fi);
		free(fi);
		return 1;
	}
	return ltr_lua_push_fd(L, c->tid, fd);
}

/* --- modification --- */

/*
 * call:set_str(i, s): argument i points to a copy of s placed below the
 * tracee's stack red zone. The bytes overwritten there are saved in
 * c->patch_* and put back by the tracer at the exit stop.
 */
static int call_set_str(lua_State *L)
{
	struct ltr_call *c = check_phase(L, false, "call:set_str()");
	unsigned idx = check_argno(L, 2);
	size_t slen, len, gap;
	const char *s = luaL_checklstring(L, 3, &slen);
	uint64_t base, addr, end;
	size_t newlen;
	char what[64];
	int rc;

	if (!c->sp)
		return push_failure(L, EINVAL, "the stack pointer of this call is unknown");
	len = slen + 1;
	if (c->patch_len)
		base = c->patch_addr;
	else
		base = c->sp - (c->arch->wordsize == 8 ? RED_ZONE : 64);
	addr = (base - len) & ~(uint64_t)15;
	end = c->patch_len ? c->patch_addr + c->patch_len : addr + len;
	newlen = (size_t)(end - addr);
	gap = c->patch_len ? (size_t)(c->patch_addr - addr) : newlen;
	if (newlen > c->patch_cap) {
		c->patch_saved = ltr_xrealloc(c->patch_saved, newlen);
		c->patch_cap = newlen;
	}
	if (c->patch_len)
		memmove(c->patch_saved + gap, c->patch_saved, c->patch_len);
	rc = ltr_mem_read(c->mem, addr, c->patch_saved, gap);
	if (rc == 0)
		rc = ltr_mem_write(c->mem, addr, s, len);
	if (rc < 0) {
		if (c->patch_len)
			memmove(c->patch_saved, c->patch_saved + gap, c->patch_len);
		snprintf(what, sizeof(what), "cannot write tracee stack at %#llx",
			 (unsigned long long)addr);
		return push_failure(L, -rc, what);
	}
	c->patch_addr = addr;
	c->patch_len = newlen;
	c->args[idx] = word_mask(c, addr);
	c->mods |= LTR_MOD_ARGS;
	lua_pushinteger(L, (lua_Integer)addr);
	return 1;
}

/*
 * call:skip([ret [, success]]): the syscall does not run; the program
 * sees ret (raw: -13 is EACCES), or with success true ret as a success
 * whatever its value (strace's retval=, printed as a value, not an
 * error).
 */
static int call_skip(lua_State *L)
{
	struct ltr_call *c = check_phase(L, false, "call:skip()");

	c->inject_ret = luaL_optinteger(L, 2, 0);
	c->mods |= LTR_MOD_SKIP | LTR_MOD_INJECTED;
	if (lua_toboolean(L, 3))
		c->mods |= LTR_MOD_SUCCESS;
	return 0;
}

/* call:fail(err): the program sees -1 and errno err. */
static int call_fail(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	int err = ltr_lua_check_errno(L, 2);

	c->inject_ret = -err;
	c->mods &= ~(unsigned)LTR_MOD_SUCCESS;
	if (c->exiting) {
		c->mods |= LTR_MOD_RET | LTR_MOD_INJECTED;
		c->ret = -err;
	} else {
		c->mods |= LTR_MOD_SKIP | LTR_MOD_INJECTED;
	}
	return 0;
}

/*
 * call:delay(seconds): holds the thread in its stop that long, without
 * blocking ltr (the core parks it; other tracees run and their hooks
 * fire meanwhile): at entry the call starts late, at exit the program
 * sees its result late. The printer notes " (DELAYED)".
 */
static int call_delay(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	lua_Number secs = luaL_checknumber(L, 2);

	luaL_argcheck(L, secs >= 0 && secs < 1e9, 2, "seconds out of range 0..1e9");
	c->delay_ns = (uint64_t)(secs * 1e9 + 0.5);
	c->mods |= LTR_MOD_DELAYED;
	return 0;
}

/*
 * call:signal(sig): the kernel delivers sig to the thread as this stop
 * ends, as strace's inject signal= does (si_code SI_KERNEL): at entry
 * the call starts with it pending (a blocking call is interrupted), at
 * exit it comes right after. Entries stopped by ltr's seccomp filter
 * cannot carry a signal: it then comes at the call's exit (see
 * ltr.no_seccomp()).
 */
static int call_signal(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	int sig = ltr_lua_check_signal(L, 2, 0);

	luaL_argcheck(L, sig > 0, 2, "a signal expected");
	c->signal = sig;
	return 0;
}

/*
 * call:poke(i, bytes [, opts]): writes bytes at the address argument i
 * holds; the printer then notes " (INJECTED: args)". All or nothing, and
 * only where the program could write itself, as call:write(): returns
 * #bytes, or nil, msg, errno with nothing written. opts.force writes
 * read-only mappings too. opts.partial is strace's inject poke_enter=/
 * poke_exit= (inject.lua): its PTRACE_POKEDATA goes through read-only
 * mappings, page by page up to the first unmapped one, and the count
 * written (fewer than #bytes when it ran into it) is returned.
 */
static int call_poke(lua_State *L)
{
	struct ltr_call *c = check_call(L, 1);
	unsigned idx = check_argno(L, 2);
	size_t len, done = 0;
	const char *bytes = luaL_checklstring(L, 3, &len);
	uint64_t addr = c->args[idx];
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	bool force = false, partial = false;
	char what[64];
	int rc = 0;

	if (!lua_isnoneornil(L, 4)) {
		luaL_checktype(L, 4, LUA_TTABLE);
		lua_getfield(L, 4, "force");
		force = lua_toboolean(L, -1);
		lua_getfield(L, 4, "partial");
		partial = lua_toboolean(L, -1);
		lua_pop(L, 2);
	}
	if (!partial) {
		rc = !len ? 0 : force ? ltr_mem_write_force(c->mem, addr, bytes, len)
				      : ltr_mem_write(c->mem, addr, bytes, len);
		done = rc < 0 ? 0 : len;
	}
	while (partial && done < len) {
		size_t chunk = (size_t)(page - (addr + done) % page);

		if (chunk > len - done)
			chunk = len - done;
		rc = ltr_mem_write_force(c->mem, addr + done, bytes + done, chunk);
		if (rc < 0)
			break;
		done += chunk;
	}
	if (rc < 0 && (!partial || !done)) {
		snprintf(what, sizeof(what), "cannot write tracee memory at %#llx",
			 (unsigned long long)addr);
		return push_failure(L, -rc, what);
	}
	c->mods |= LTR_MOD_POKED;
	lua_pushinteger(L, (lua_Integer)done);
	return 1;
}

static void set_nr(lua_State *L, struct ltr_call *c, long nr)
{
	if (c->mux.desc) {
		/* a resolved socketcall or ipc becomes call nr with the registers' arguments */
		memcpy(c->args, c->mux.args, sizeof(c->args));
		c->mux.desc = NULL;
	}
	c->nr = nr;
	/* numbers of ltr's own (LTR_SUBCALL_NR_BASE) are unknown to the kernel */
	c->sel_nr = nr < LTR_SUBCALL_NR_BASE ? nr : -1;
	c->desc = nr < LTR_SUBCALL_NR_BASE ? ltr_arch_syscall_desc(c->arch, nr) : NULL;
	c->ret_kind = c->desc ? c->desc->ret : LTR_RET_DEC;
	c->mods |= LTR_MOD_NR;
	(void)L;
}

/* --- fields --- */

static void push_classes(lua_State *L, const struct ltr_call *c)
{
	uint32_t classes = c->desc ? c->desc->classes : 0;
	unsigned i;

	lua_newtable(L);
	for (i = 0; i < LTR_NCLASSES; i++)
		if (classes & (1u << i)) {
			lua_pushboolean(L, 1);
			lua_setfield(L, -2, ltr_class_names[i]);
			if (!strcmp(ltr_class_names[i], "net")) {
				lua_pushboolean(L, 1);
				lua_setfield(L, -2, "network");
			}
		}
}

/*
 * The fields of a call, as small integers: call_index finds a key's id
 * (or its method) with one raw lookup in a table built at init, instead
 * of comparing the key with every name.
 */
enum call_field {
	FIELD_NAME = 1, FIELD_ARGS, FIELD_PID, FIELD_TID, FIELD_NR, FIELD_ARCH,
	FIELD_PHASE, FIELD_CLASSES, FIELD_TIME, FIELD_PROC, FIELD_STATUS, FIELD_LAUNCHING,
	/* exit fields: nil at entry */
	FIELD_RET, FIELD_RAW_RET, FIELD_ERRNO, FIELD_FAILED, FIELD_DURATION,
	FIELD_STIME,
	FIELD_COUNT
};

static const char *const field_names[] = {
	[FIELD_NAME] = "name", [FIELD_ARGS] = "args", [FIELD_PID] = "pid",
	[FIELD_TID] = "tid", [FIELD_NR] = "nr", [FIELD_ARCH] = "arch",
	[FIELD_PHASE] = "phase", [FIELD_CLASSES] = "classes", [FIELD_TIME] = "time",
	[FIELD_PROC] = "proc", [FIELD_STATUS] = "status", [FIELD_LAUNCHING] = "launching",
	[FIELD_RET] = "ret", [FIELD_RAW_RET] = "raw_ret",
	[FIELD_ERRNO] = "errno", [FIELD_FAILED] = "failed",
	[FIELD_DURATION] = "duration", [FIELD_STIME] = "stime",
};

/*
 * The call object at idx for __index: a full userdata of the right size
 * carrying the magic, which is cheaper than luaL_checkudata's registry
 * lookup (or a metatable comparison). Anything else takes
 * luaL_checkudata's path and its error.
 */
static struct call_object *index_call_object(lua_State *L, int idx)
{
	if (lua_type(L, idx) == LUA_TUSERDATA &&
	    lua_rawlen(L, idx) == sizeof(struct call_object)) {
		struct call_object *obj = lua_touserdata(L, idx);

		if (obj->magic == LTR_CALL_MAGIC)
			return obj;
	}
	return check_call_object(L, idx);
}

/*
 * The field id of the key at idx, or 0. Field names are short strings,
 * which Lua interns: a key equal to a field name is the very string
 * anchored in the key table, so comparing pointers suffices. names is
 * __index's upvalue 2, filled by create_meta.
 */
static lua_Integer find_field(lua_State *L, int idx, const char *const *names)
{
	const char *key;
	size_t i;

	if (lua_type(L, idx) != LUA_TSTRING)
		return 0;
	key = lua_tostring(L, idx);
	for (i = 1; i < FIELD_COUNT; i++)
		if (names[i] == key)
			return (lua_Integer)i;
	return 0;
}

/* call.status: how the call ended, in strace's -e status= words; nil before. */
static void push_status(lua_State *L, const struct ltr_call *c)
{
	switch ((enum ltr_call_end)c->end) {
	case LTR_END_RETURNED:
		lua_pushstring(L, ltr_call_failed(c) ? "failed" : "successful");
		break;
	case LTR_END_UNFINISHED:
		lua_pushliteral(L, "unfinished");
		break;
	case LTR_END_UNAVAILABLE:
		lua_pushliteral(L, "unavailable");
		break;
	case LTR_END_DETACHED:
		lua_pushliteral(L, "detached");
		break;
	default:
		lua_pushnil(L);
		break;
	}
}

static void push_name(lua_State *L, const struct ltr_call *c)
{
	char name[40];

	if (c->desc) {
		lua_pushstring(L, c->desc->name);
		return;
	}
	call_name(c, name, sizeof(name));
	lua_pushstring(L, name);
}

/* __index: upvalue 1 maps method names to functions, field names to ids. */
static int call_index(lua_State *L)
{
	struct call_object *obj = index_call_object(L, 1);
	struct ltr_call *c;
	lua_Integer field = find_field(L, 2, lua_touserdata(L, lua_upvalueindex(2)));

	if (field)
		goto found;
	lua_pushvalue(L, 2);
	switch (lua_rawget(L, lua_upvalueindex(1))) {
	case LUA_TFUNCTION:
		return 1; /* a method */
	case LUA_TNUMBER:
		field = lua_tointeger(L, -1);
		lua_pop(L, 1); /* the field id */
		break;
	default:
		valid_call(L, obj); /* an expired object says so first */
		return luaL_error(L, "call has no field '%s'", luaL_checkstring(L, 2));
	}
found:
	c = valid_call(L, obj);
	if (field >= FIELD_RET && !c->exiting) {
		lua_pushnil(L); /* exit fields are nil at entry */
		return 1;
	}
	switch ((enum call_field)field) {
	case FIELD_NAME:
		push_name(L, c);
		break;
	case FIELD_ARGS:
		lua_getiuservalue(L, 1, 1);
		break;
	case FIELD_PID:
		lua_pushinteger(L, c->pid);
		break;
	case FIELD_TID:
		lua_pushinteger(L, c->tid);
		break;
	case FIELD_NR:
		/* the number of call.name (socketcall's sendto: 369; accept: 1000) */
		lua_pushinteger(L, c->sel_nr >= 0 ? c->sel_nr : c->nr);
		break;
	case FIELD_ARCH:
		lua_pushstring(L, c->arch->name);
		break;
	case FIELD_PHASE:
		lua_pushstring(L, c->exiting ? "exit" : "enter");
		break;
	case FIELD_CLASSES:
		push_classes(L, c);
		break;
	case FIELD_TIME:
		lua_pushnumber(L, (double)obj->tracee->entry_wall.tv_sec +
				  (double)obj->tracee->entry_wall.tv_nsec / 1e9);
		break;
	case FIELD_PROC:
		ltr_lua_push_proc(L, c->pid);
		break;
	case FIELD_STATUS:
		push_status(L, c);
		break;
	case FIELD_LAUNCHING:
		/* the launched command's own first execve, made by ltr's code */
		lua_pushboolean(L, (obj->tracee->flags & TRACEE_FIRST_EXEC) != 0);
		break;
	case FIELD_RET:
		lua_pushinteger(L, ltr_call_failed(c) ? -1 : c->ret);
		break;
	case FIELD_RAW_RET:
		lua_pushinteger(L, c->ret);
		break;
	case FIELD_ERRNO:
		if (ltr_call_failed(c)) {
			const char *e = ltr_errno_name((int)-c->ret);

			if (e)
				lua_pushstring(L, e);
			else
				lua_pushfstring(L, "%d", (int)-c->ret);
		} else {
			lua_pushnil(L);
		}
		break;
	case FIELD_FAILED:
		lua_pushboolean(L, ltr_call_failed(c));
		break;
	case FIELD_DURATION:
		lua_pushnumber(L, obj->duration);
		break;
	case FIELD_STIME:
		/* system CPU time of the call, as strace -c measures it */
		lua_pushnumber(L, (double)obj->tracee->stime_us / 1e6);
		break;
	default:
		return luaL_error(L, "call has no field '%s'", luaL_checkstring(L, 2));
	}
	return 1;
}

static int call_newindex(lua_State *L)
{
	const char *key = luaL_checkstring(L, 2);
	struct ltr_call *c = check_call(L, 1);

	if (!strcmp(key, "nr")) {
		check_phase(L, false, "setting call.nr");
		set_nr(L, c, (long)ltr_lua_field_integer(L, 3, "call.nr"));
	} else if (!strcmp(key, "name")) {
		const char *name = ltr_lua_field_string(L, 3, "call.name");
		long nr;

		check_phase(L, false, "setting call.name");
		nr = ltr_arch_syscall_nr(c->arch, name);
		if (nr < 0)
			return luaL_error(L, "unknown syscall '%s' on %s", name, c->arch->name);
		if (nr >= LTR_SUBCALL_NR_BASE)
			return luaL_error(L, "'%s' is no syscall of %s's own (its programs call it through socketcall or ipc)",
					  name, c->arch->name);
		set_nr(L, c, nr);
	} else if (!strcmp(key, "ret")) {
		lua_Integer v;

		check_phase(L, true, "setting call.ret");
		v = ltr_lua_field_integer(L, 3, "call.ret");
		/* a result other than the kernel's is noted, as strace's retval= */
		if (v != c->ret)
			c->mods |= LTR_MOD_INJECTED;
		c->inject_ret = v;
		c->ret = v;
		c->mods = (c->mods & ~(unsigned)LTR_MOD_SUCCESS) | LTR_MOD_RET;
	} else {
		return luaL_error(L, "call.%s cannot be set (settable: nr, name at entry; ret at exit; args[i])",
				  key);
	}
	return 0;
}

static int call_tostring(lua_State *L)
{
	struct call_object *obj = check_call_object(L, 1);
	char name[40];

	if (!obj->valid || !obj->tracee) {
		lua_pushliteral(L, "ltr.call (expired)");
		return 1;
	}
	call_name(&obj->tracee->call, name, sizeof(name));
	lua_pushfstring(L, "ltr.call: %s (tid %d, %s)", name, (int)obj->tracee->tid,
			obj->tracee->call.exiting ? "exit" : "enter");
	return 1;
}

/* --- the args proxy --- */

static struct ltr_call *check_args(lua_State *L)
{
	struct args_proxy *p = luaL_checkudata(L, 1, LTR_ARGS_META);

	if (!p->owner->valid || !p->owner->tracee)
		luaL_error(L, "call.args used outside its hook (copy the values you keep)");
	return &p->owner->tracee->call;
}

static int args_index(lua_State *L)
{
	struct ltr_call *c = check_args(L);
	lua_Integer i = luaL_checkinteger(L, 2);

	if (i < 1 || i > 6)
		lua_pushnil(L);
	else
		lua_pushinteger(L, (lua_Integer)c->args[i - 1]);
	return 1;
}

static int args_newindex(lua_State *L)
{
	struct ltr_call *c = check_args(L);
	lua_Integer i = ltr_lua_field_integer(L, 2, "call.args[i]");
	lua_Integer v;

	if (i < 1 || i > 6)
		return luaL_error(L, "call.args[%d]: argument number 1..6 expected", (int)i);
	lua_pushfstring(L, "call.args[%d]", (int)i);
	v = ltr_lua_field_integer(L, 3, lua_tostring(L, -1));
	if (c->exiting)
		return luaL_error(L, "call.args[%d] can only be changed at syscall entry (in an on_enter hook)",
				  (int)i);
	c->args[i - 1] = word_mask(c, (uint64_t)v);
	c->mods |= LTR_MOD_ARGS;
	return 0;
}

static int args_len(lua_State *L)
{
	struct ltr_call *c = check_args(L);

	lua_pushinteger(L, c->desc ? c->desc->nargs : 6);
	return 1;
}

static const luaL_Reg call_functions[] = {
	{ NULL, NULL },
};

static const luaL_Reg call_methods[] = {
	{ "arg", call_arg },
	{ "str", call_str },
	{ "read", call_read },
	{ "write", call_write },
	{ "fd_path", call_fd_path },
	{ "path", call_path },
	{ "fd", call_fd },
	{ "format", call_format },
	{ "backtrace", call_backtrace },
	{ "set_str", call_set_str },
	{ "skip", call_skip },
	{ "fail", call_fail },
	{ "delay", call_delay },
	{ "signal", call_signal },
	{ "poke", call_poke },
	{ NULL, NULL },
};

static const luaL_Reg call_metamethods[] = {
	{ "__newindex", call_newindex },
	{ "__tostring", call_tostring },
	{ NULL, NULL },
};

static const luaL_Reg args_metamethods[] = {
	{ "__index", args_index },
	{ "__newindex", args_newindex },
	{ "__len", args_len },
	{ NULL, NULL },
};

static void create_meta(lua_State *L)
{
	const char **interned;
	size_t i;

	luaL_newmetatable(L, LTR_CALL_META);
	luaL_setfuncs(L, call_metamethods, 0);
	luaL_newlib(L, call_methods);
	interned = lua_newuserdatauv(L, sizeof(const char *) * FIELD_COUNT, 0);
	interned[0] = NULL;
	for (i = 1; i < FIELD_COUNT; i++) {
		/* the key table anchors the interned name */
		interned[i] = lua_pushstring(L, field_names[i]);
		lua_pushinteger(L, (lua_Integer)i);
		lua_rawset(L, -4); /* key table[name] = id */
	}
	lua_pushcclosure(L, call_index, 2); /* key table, interned names */
	lua_setfield(L, -2, "__index");
	lua_pop(L, 1); /* the metatable */
	luaL_newmetatable(L, LTR_ARGS_META);
	luaL_setfuncs(L, args_metamethods, 0);
	lua_pop(L, 1);
}

void ltr_lua_open_call(lua_State *L)
{
	create_meta(L);
	(void)call_functions;
}

struct call_object *ltr_lua_new_call(lua_State *L, struct tracee *t)
{
	struct call_object *obj = lua_newuserdatauv(L, sizeof(*obj), 1);
	struct args_proxy *proxy;

	obj->magic = LTR_CALL_MAGIC;
	obj->tracee = t;
	obj->valid = false;
	obj->duration = 0;
	luaL_setmetatable(L, LTR_CALL_META);
	proxy = lua_newuserdatauv(L, sizeof(*proxy), 1);
	proxy->owner = obj;
	luaL_setmetatable(L, LTR_ARGS_META);
	lua_pushvalue(L, -2);
	lua_setiuservalue(L, -2, 1); /* the proxy keeps its call alive */
	lua_setiuservalue(L, -2, 1); /* call.args */
	return obj;
}
