-- Print only the calls that name a path, as strace -P PATH.
--
-- This is what `ltr -P PATH` (`--trace-path=PATH`, repeatable) runs. A
-- call is shown when one of its path arguments is one of the paths, or
-- one of its descriptors refers to one of them, and strace -P decides
-- the same way: a call of %file, %desc or %net is judged when it starts
-- (a close() still knows what it closes), by the arguments strace looks
-- at (its pathtrace.c), and its line then prints as usual. Signals and
-- exits still show. As in strace, -c counts only these calls and -e
-- inject= tampers only with them.
--
-- As strace, a path argument matches as the program wrote it (not
-- resolved: "hosts" after a chdir to /etc is not "/etc/hosts"), and each
-- requested path also matches in its canonical form (symlinks followed),
-- which is announced on stderr ("Requested path ... resolved into ...";
-- -a quiet=1, or -e quiet=path-resolution, leaves that out). A
-- descriptor matches by the path of its file (its /proc/PID/fd link, a
-- deleted file's path without " (deleted)"), or the link of anything
-- else ("socket:[1234]", "pipe:[5678]").
--
-- With -a resolve=1 (not strace's way) a path argument matches by the
-- absolute path it resolves to (call:path(): relative paths joined with
-- the cwd or the dirfd, "." and ".." collapsed), so that
-- `cd /etc && cat hosts` matches /etc/hosts too, and every path and
-- descriptor argument counts.
--
--   ltr -P /etc/hosts -- sh -c 'exec 3</etc/hosts; cat <&3'
--   ltr -s paths -a path=/etc/hosts:/etc/passwd -a resolve=1 -- make
--
-- Arguments: path (the paths, separated by ':'; "\:" is a colon inside
-- a path and "\\" a backslash), resolve, quiet, and trace (an strace -e
-- trace= set that narrows the calls shown, as `-P PATH -e trace=SET`).

local list = ltr.arg("path", nil, "the paths, separated by ':' (\\: is a colon of a path)")
local resolve = ltr.arg("resolve", false, "match the path a call resolves to, not the text it passes")
local quiet = ltr.arg("quiet", false, "do not say what a requested path resolves into")
local trace = ltr.arg("trace", "all", "only these syscalls, in strace's -e trace= syntax")

-- "a:b\:c" is { "a", "b:c" }.
local function split_paths(text)
	local paths, cur, i = {}, {}, 1
	while i <= #text do
		local ch = text:sub(i, i)
		if ch == "\\" and i < #text then
			cur[#cur + 1] = text:sub(i + 1, i + 1)
			i = i + 1
		elseif ch == ":" then
			paths[#paths + 1] = table.concat(cur)
			cur = {}
		else
			cur[#cur + 1] = ch
		end
		i = i + 1
	end
	paths[#paths + 1] = table.concat(cur)
	return paths
end

-- A path as strace quotes it in messages: "..." with C escapes.
local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\t"] = "\\t", ["\n"] = "\\n",
	["\v"] = "\\v", ["\f"] = "\\f", ["\r"] = "\\r" }
local function quote(s)
	local out = s:gsub('()([%c"\\\128-\255])', function(pos, ch)
		if escapes[ch] then return escapes[ch] end
		-- octal, shortest unless the next character is an octal digit
		local next_ch = s:sub(pos + 1, pos + 1)
		if next_ch:match("^[0-7]$") then return string.format("\\%03o", ch:byte()) end
		return string.format("\\%o", ch:byte())
	end)
	return '"' .. out .. '"'
end

-- "/a/./b/../c" is "/a/c": the form call:path() gives (no symlinks followed).
local function normalize(path)
	local parts = {}
	for part in path:gmatch("[^/]+") do
		if part == ".." then
			parts[#parts] = nil
		elseif part ~= "." then
			parts[#parts + 1] = part
		end
	end
	return "/" .. table.concat(parts, "/")
end

-- The set of paths to match, strace's way: each as given and, when it
-- differs, its canonical form.
if not list then
	error("paths: no path given (-a path=P1:P2...)", 0)
end
local wanted = {}
for _, path in ipairs(split_paths(list)) do
	wanted[path] = true
	local real = ltr.realpath(path)
	if real and real ~= path then
		if not quiet then
			io.stderr:write(ltr.progname .. ": Requested path " .. quote(path) .. " resolved into " ..
				quote(real) .. "\n")
		end
		wanted[real] = true
	end
	if resolve and path:sub(1, 1) == "/" then
		wanted[normalize(path)] = true
	elseif resolve then
		local cwd = ltr.realpath(".")
		if cwd then wanted[normalize(cwd .. "/" .. path)] = true end
	end
end

-- The low 32 bits of a value as a C int.
local function int32(v)
	v = v & 0xffffffff
	return v >= 0x80000000 and v - 0x100000000 or v
end

-- Descriptor number fd of the calling process names a wanted path: by
-- its link, which is the file's path (a deleted file's without
-- " (deleted)"), or "socket:[N]", "pipe:[N]", ...
local function fd_number_matches(call, fd)
	if fd < 0 then return false end
	local f = call.proc:fd(fd)
	return f ~= nil and wanted[f.link] == true
end

-- Argument i, a descriptor, names a wanted path (AT_FDCWD does not).
local function fd_matches(call, i)
	if int32(call.args[i]) < 0 then return false end
	local f = call:fd(i)
	return f ~= nil and wanted[f.link] == true
end

-- Argument i, a path, names a wanted path: as written, or resolved.
local function path_matches(call, i)
	if resolve then
		return wanted[call:path(i) or false] == true
	end
	return wanted[call:str(i) or false] == true
end

-- What each argument of a syscall is, learnt from its first call:
-- call:path and call:fd answer EINVAL for an argument that is not a path,
-- not a descriptor. Kept per arch and number (fsconfig's arguments
-- depend on its command: asked at each call).
local kinds = {}
local function argument_kinds(call)
	local arch = call.arch
	local by_nr = kinds[arch]
	if not by_nr then
		by_nr = {}
		kinds[arch] = by_nr
	end
	local k = by_nr[call.nr]
	if k then return k end
	k = {}
	for i = 1, #call.args do
		local _, _, err = call:path(i)
		if err ~= "EINVAL" then
			k[i] = "path"
		else
			_, _, err = call:fd(i)
			if err ~= "EINVAL" then k[i] = "fd" end
		end
	end
	if call.name ~= "fsconfig" then by_nr[call.nr] = k end
	return k
end

-- Arguments i to j (paths and descriptors) name a wanted path.
local function arguments(call, i, j)
	local k = argument_kinds(call)
	for n = i, j do
		local kind = k[n]
		if (kind == "path" and path_matches(call, n)) or (kind == "fd" and fd_matches(call, n)) then
			return true
		end
	end
	return false
end

-- Descriptors in select's fd_sets: the first nfds bits of each set.
local function select_matches(call, nfds, sets)
	if nfds <= 0 then return false end
	if nfds > 1024 * 1024 then nfds = 1024 * 1024 end
	local word = call.arch == "i386" and 4 or 8
	local size = ((nfds + 7) // 8 + word - 1) // word * word
	for _, addr in ipairs(sets) do
		local bits = addr ~= 0 and call:read(addr, size)
		if bits and #bits == size then
			for fd = 0, nfds - 1 do
				local byte = bits:byte(fd // 8 + 1)
				if byte & (1 << (fd % 8)) ~= 0 and fd_number_matches(call, fd) then
					return true
				end
			end
		end
	end
	return false
end

-- Descriptors in poll's array of struct pollfd { int fd; short; short; }.
local function poll_matches(call)
	local nfds = call.args[2] & 0xffffffff
	if nfds == 0 then return false end
	if nfds > 1024 * 1024 then nfds = 1024 * 1024 end
	local fds = call:read(call.args[1], nfds * 8) or ""
	for at = 1, #fds - 7, 8 do
		if fd_number_matches(call, (string.unpack("<i4", fds, at))) then
			return true
		end
	end
	return false
end

-- The arguments of i386's old mmap, old select and socketcall: n words
-- in memory at addr.
local function memory_args(call, addr, n)
	local words = call:read(addr, 4 * n)
	if not words or #words < 4 * n then return nil end
	local args = {}
	for i = 1, n do
		args[i] = string.unpack("<I4", words, 4 * i - 3)
	end
	return args
end

local function select_args(call)
	local a = call.args
	return select_matches(call, int32(a[1]), { a[2], a[3], a[4] })
end

-- Calls whose descriptors are not (all) arguments: in both modes.
local in_memory = {
	select = function(call)
		if call.arch ~= "i386" then return select_args(call) end
		local a = memory_args(call, call.args[1], 5)
		return a ~= nil and select_matches(call, int32(a[1]), { a[2], a[3], a[4] })
	end,
	_newselect = select_args,
	pselect6 = select_args,
	pselect6_time64 = select_args,
	poll = poll_matches,
	ppoll = poll_matches,
	ppoll_time64 = poll_matches,
	mmap = function(call)
		if call.arch ~= "i386" then return fd_matches(call, 5) end
		local a = memory_args(call, call.args[1], 6)
		return a ~= nil and fd_number_matches(call, int32(a[5]))
	end,
	-- i386's socketcall(call, args): strace judges the call it stands for
	-- by its first argument, except socket, accept, socketpair and accept4
	socketcall = function(call)
		local n = call.args[1]
		if n == 1 or n == 5 or n == 8 or n == 18 then return false end
		local a = memory_args(call, call.args[2], 1)
		return a ~= nil and fd_number_matches(call, int32(a[1]))
	end,
	-- its second descriptor is another process's
	pidfd_getfd = function(call) return fd_matches(call, 1) end,
}

-- Calls that strace -P never matches, although some take a descriptor.
local never = {}
for name in ([[accept accept4 bpf epoll_create epoll_create1 eventfd eventfd2
	fanotify_init fsmount fsopen inotify_init inotify_init1 io_uring_enter
	io_uring_register io_uring_setup landlock_add_rule landlock_create_ruleset
	landlock_restrict_self memfd_create memfd_secret mq_getsetattr mq_notify mq_open
	mq_timedreceive mq_timedreceive_time64 mq_timedsend mq_timedsend_time64
	perf_event_open pidfd_open pipe pipe2 signalfd signalfd4 socket socketpair
	timerfd_create timerfd_gettime timerfd_gettime64 timerfd_settime timerfd_settime64
	userfaultfd]]):gmatch("%S+") do
	never[name] = true
end

-- Where strace -P looks at fewer arguments than every path and
-- descriptor the call takes (strace's pathtrace.c).
local strace_only = {
	-- the descriptor added or removed, not the epoll one
	epoll_ctl = function(call) return fd_matches(call, 3) end,
	-- not the fanotify descriptor, nor the fs context one
	fanotify_mark = function(call) return arguments(call, 2, 6) end,
	fsconfig = function(call) return arguments(call, 2, 6) end,
	-- strace 6.1 looks at the first path only
	rename = function(call) return path_matches(call, 1) end,
	-- the text of the buffer, whatever it holds when the call starts
	getcwd = function(call)
		local text = call.args[1] ~= 0 and call:str(1)
		return text and wanted[text] == true or false
	end,
}

-- Whether the call names one of the paths (judged when it starts).
local function names_a_path(call)
	local classes = call.classes
	if not (classes.file or classes.desc or classes.net) then
		return false
	end
	local name = call.name
	local rule = in_memory[name]
	if rule then
		return rule(call)
	end
	if not resolve then
		if never[name] then
			return false
		end
		rule = strace_only[name]
		if rule then
			return rule(call)
		end
	end
	return arguments(call, 1, #call.args)
end

ltr.filter(names_a_path, "enter")

-- The calls strace -P can match, or the -e trace= set the command line
-- gave (every script's ltr.trace adds to what the printer shows; the
-- filter then keeps the calls that name a path).
if trace == "all" then
	ltr.trace("%file,%desc,%net")
else
	local ok, sel = pcall(ltr.select, trace)
	if not ok then
		error(tostring(sel):gsub("^.-%((.*)%)$", "%1"), 0)
	end
	ltr.trace(sel)
end

-- strace injects faults (-e inject=, inject.lua) only into the calls
-- that name a path, and counts (-c) only them: the stock scripts loaded
-- with this one ask stock.names_a_path at entry, count.lua stock.accept
-- at exit.
local stock = package.loaded["ltr.stock"] or {}
package.loaded["ltr.stock"] = stock
stock.names_a_path = names_a_path
if stock.summary_only then
	-- with -c strace prints the summary only
	ltr.printer.enabled = false
end
if stock.counting then
	local verdict = {}
	ltr.on_enter("%file,%desc,%net", function(call)
		verdict[call.tid] = names_a_path(call)
	end)
	stock.accept = function(call)
		local classes = call.classes
		return (classes.file or classes.desc or classes.net) and verdict[call.tid] == true
	end
end
