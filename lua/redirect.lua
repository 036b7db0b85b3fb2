-- Rewrite the paths a program uses (exact path or prefix), PRoot-style.
--
-- Every path argument of every path-taking syscall (open, openat,
-- openat2, stat and its family, access, execve, readlink, unlink, rename,
-- mkdir, chdir, xattrs, mount, ...: the syscall table says which
-- arguments are paths) is resolved as the kernel would resolve it
-- (call:path: relative paths against the current directory or the *at
-- call's dirfd, "." and ".." collapsed), and when it is -a from=PATH (or,
-- with -a prefix=1, starts with it) the call gets the rewritten absolute
-- path instead ("-a from=/etc -a to=/tmp/etc -a prefix=1": /etc/hosts,
-- "hosts" after "cd /etc", and "../etc/./hosts" all become
-- /tmp/etc/hosts; the prefix is text: end it with "/" to rewrite only what
-- is under a directory). The program's own string is left alone (the new one is
-- placed below its stack and the argument pointed at it for the duration
-- of the call).
--
-- So that the program does not see through the bind, what it reads back
-- is mapped the other way: getcwd's result, and readlink of
-- /proc/self/cwd, /proc/self/exe, /proc/PID/cwd|exe|root and
-- /proc/self/fd/N ("/tmp/etc/x" reads as "/etc/x"). -a verbose=1 prints
-- each rewrite on the trace output.
--
--   ltr -s redirect -a from=/etc/hosts -a to=/tmp/hosts -- getent hosts x
--   ltr -s redirect -a from=/etc -a to=/tmp/etc -a prefix=1 -f -- sh -c 'cd /etc && cat hosts'

local from = ltr.arg("from", "", "the absolute path (or prefix) to rewrite")
local to = ltr.arg("to", "", "what to put instead")
local prefix = ltr.arg("prefix", false, "rewrite every path under FROM")
local verbose = ltr.arg("verbose", false, "print each rewrite")

if from == "" then
	error("redirect: -a from=PATH is required", 0)
end
-- paths are compared resolved, so absolute: a relative one never matches
if from:sub(1, 1) ~= "/" then
	error("redirect: -a from=" .. from .. ": an absolute path expected", 0)
end
if to == "" then
	error("redirect: -a to=PATH is required", 0)
end

-- s with head replaced by new when s is head or (prefix mode) starts
-- with it, as text ("-a from=/etc/host -a prefix=1" rewrites
-- /etc/hostname and /etc/hosts; "-a from=/etc/" only what is under /etc).
local function swap(s, head, new)
	if s == head then
		return new
	end
	if prefix and s:sub(1, #head) == head then
		return new .. s:sub(#head + 1)
	end
	return nil
end

-- Every syscall with a path argument: the file class, and the few
-- path-taking calls outside it (mount and friends, acct, swapon, ...).
local sel = ltr.select("%file,mount,umount,umount2,pivot_root,swapon,swapoff,acct," ..
	"uselib,quotactl,fanotify_mark,inotify_add_watch,open_tree,move_mount," ..
	"fspick,mount_setattr,fsconfig,name_to_handle_at")

ltr.on_enter(sel, function(call)
	for i = 1, #call.args do
		local path, given = call:path(i)
		local new = path and swap(path, from, to)
		if new then
			local ok, err = call:set_str(i, new)
			if verbose then
				ltr.printf("redirect: %d %s: %s -> %s%s\n", call.pid, call.name, given, new,
					ok == nil and (" failed: " .. tostring(err)) or "")
			end
		end
	end
end)

-- Writes s (a path, NUL-terminated when nul) over the result buffer of
-- call, when it fits in size bytes; returns the new length or nil.
local function put_back(call, addr, size, s, nul)
	local data = nul and (s .. "\0") or s
	if #data > size then
		return nil
	end
	if call:write(addr, data) then
		return #data
	end
	return nil
end

-- getcwd(buf, size) = length with the NUL: the real directory mapped back.
ltr.on_exit("getcwd", function(call)
	if call.failed or call.ret <= 0 then return end
	local cwd = call:read(call.args[1], call.ret - 1)
	local back = cwd and swap(cwd, to, from)
	if back then
		local n = put_back(call, call.args[1], call.args[2], back, true)
		if n then
			call.ret = n
		else
			call.ret = -34 -- ERANGE: the mapped path does not fit
		end
	end
end)

-- readlink of the /proc links that show real paths.
local function proc_link(path)
	return path and (path:match("^/proc/[^/]+/cwd$") or path:match("^/proc/[^/]+/exe$") or
		path:match("^/proc/[^/]+/root$") or path:match("^/proc/[^/]+/fd/%d+$") or
		path:match("^/proc/[^/]+/task/%d+/cwd$"))
end

local function map_readlink(call, path_arg, buf_arg, size_arg)
	if call.failed or call.ret <= 0 then return end
	if not proc_link(call:path(path_arg)) then return end
	local target = call:read(call.args[buf_arg], call.ret)
	local back = target and swap(target, to, from)
	if back then
		local n = put_back(call, call.args[buf_arg], call.args[size_arg], back, false)
		if n then call.ret = n end
	end
end

ltr.on_exit("readlink", function(call) map_readlink(call, 1, 2, 3) end)
ltr.on_exit("readlinkat", function(call) map_readlink(call, 2, 3, 4) end)
