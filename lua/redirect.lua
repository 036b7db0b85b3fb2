-- Rewrite path arguments of file syscalls (exact path or prefix).
--
-- Before each file syscall (open, openat, openat2, stat and its family,
-- access, execve, readlink, unlink, rename, mkdir, chdir, xattrs, ...)
-- every path argument equal to -a from=PATH is replaced by -a to=PATH;
-- with -a prefix=1 every path starting with FROM has that part replaced
-- ("-a from=/etc -a to=/tmp/etc -a prefix=1": /etc/hosts becomes
-- /tmp/etc/hosts). The program sees the new path; the tracee's own string
-- is left alone (the new one is placed below its stack and the argument
-- pointed at it for the duration of the call). -a verbose=1 prints each
-- rewrite on the trace output.
--
--   ltr -s redirect -a from=/etc/hosts -a to=/tmp/hosts -- getent hosts x
--   ltr -s redirect -a from=/usr/share -a to=/opt/share -a prefix=1 -- app
--
-- Arguments: from, to, prefix, verbose.

local from = ltr.arg("from", "", "the path (or prefix) to rewrite")
local to = ltr.arg("to", "", "what to put instead")
local prefix = ltr.arg("prefix", false, "rewrite every path that starts with FROM")
local verbose = ltr.arg("verbose", false, "print each rewrite")

if from == "" then
	error("redirect: -a from=PATH is required", 0)
end

-- Path arguments (1-based) of each syscall.
local path_args = {
	open = { 1 }, creat = { 1 }, openat = { 2 }, openat2 = { 2 },
	access = { 1 }, faccessat = { 2 }, faccessat2 = { 2 },
	stat = { 1 }, lstat = { 1 }, newfstatat = { 2 }, statx = { 2 },
	stat64 = { 1 }, lstat64 = { 1 }, fstatat64 = { 2 },
	execve = { 1 }, execveat = { 2 },
	chdir = { 1 }, chroot = { 1 }, truncate = { 1 }, truncate64 = { 1 },
	mkdir = { 1 }, mkdirat = { 2 }, rmdir = { 1 }, mknod = { 1 }, mknodat = { 2 },
	unlink = { 1 }, unlinkat = { 2 },
	rename = { 1, 2 }, renameat = { 2, 4 }, renameat2 = { 2, 4 },
	link = { 1, 2 }, linkat = { 2, 4 }, symlink = { 2 }, symlinkat = { 3 },
	readlink = { 1 }, readlinkat = { 2 },
	chmod = { 1 }, fchmodat = { 2 }, chown = { 1 }, lchown = { 1 }, fchownat = { 2 },
	chown32 = { 1 }, lchown32 = { 1 },
	utime = { 1 }, utimes = { 1 }, utimensat = { 2 }, futimesat = { 2 },
	statfs = { 1 }, statfs64 = { 1 },
	setxattr = { 1 }, lsetxattr = { 1 }, getxattr = { 1 }, lgetxattr = { 1 },
	listxattr = { 1 }, llistxattr = { 1 }, removexattr = { 1 }, lremovexattr = { 1 },
	inotify_add_watch = { 2 }, fanotify_mark = { 5 }, name_to_handle_at = { 2 },
	acct = { 1 }, swapon = { 1 }, swapoff = { 1 }, uselib = { 1 },
	mount = { 1, 2 }, umount2 = { 1 }, umount = { 1 }, pivot_root = { 1, 2 },
	open_tree = { 2 }, move_mount = { 2, 4 }, fspick = { 2 }, mount_setattr = { 2 },
}

local sel = {}
for name in pairs(path_args) do
	sel[#sel + 1] = "?" .. name
end
table.sort(sel)

-- The rewritten path, or nil when p is not redirected.
local function rewrite(p)
	if p == from then
		return to
	end
	if prefix and p:sub(1, #from) == from then
		return to .. p:sub(#from + 1)
	end
	return nil
end

ltr.on_enter(ltr.select(table.concat(sel, ",")), function(call)
	local idx = path_args[call.name]
	if not idx then
		return
	end
	for _, i in ipairs(idx) do
		if call.args[i] ~= 0 then
			local p = call:str(i)
			local new = p and rewrite(p)
			if new then
				local ok, err = call:set_str(i, new)
				if verbose then
					if ok == nil and err then
						ltr.printf("redirect: %d %s: %s -> %s failed: %s\n",
							call.pid, call.name, p, new, err)
					else
						ltr.printf("redirect: %d %s: %s -> %s\n", call.pid,
							call.name, p, new)
					end
				end
			end
		end
	end
end)
