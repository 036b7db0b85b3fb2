-- Show file, pipe and socket I/O calls slower than a threshold.
--
-- Every read, write, pread64, pwrite64, readv, writev, preadv, pwritev,
-- preadv2, pwritev2, recvfrom, recvmsg, recvmmsg, sendto, sendmsg,
-- sendmmsg, sendfile, splice, tee, vmsplice and copy_file_range that takes
-- longer than -a ms=N milliseconds (wall time from entry to exit) prints
-- one line: the process, the call, the descriptor and its path (a file,
-- "pipe:[N]", "socket:[N]"), the bytes asked for and transferred, and the
-- time. When tracing ends, a summary per path: slow calls, their total and
-- longest time, and bytes.
--
--   ltr -s slow_io -a ms=50 -p 4242
--   ltr -s slow_io -f -- sh -c 'sleep 1 | cat'
--
-- With -a stack=1 each slow call is followed by the stack of the thread
-- that made it, innermost frame first, as ltr -k prints it.
--
-- Arguments: ms (the threshold, milliseconds), stack.

local ms = ltr.arg("ms", 10.0, "report calls slower than this many milliseconds")
local stack = ltr.arg("stack", false, "print the stack of each slow call")
if ms < 0 then
	error("slow_io: -a ms=" .. string.format("%.14g", ms) .. ": a number of milliseconds, 0 or more, expected", 0)
end

-- The calling thread's stack in ltr -k's format.
local function print_stack(call)
	for _, f in ipairs(call:backtrace(64, false)) do
		if not f.module then
			ltr.printf(" > 0x%x\n", f.pc)
		elseif f.symbol then
			ltr.printf(" > %s(%s+0x%x) [0x%x]\n", f.module, f.symbol, f.offset, f.module_offset)
		else
			ltr.printf(" > %s() [0x%x]\n", f.module, f.module_offset)
		end
	end
end

-- Which argument is the descriptor and which the requested size (0: none)
-- per call; for two-descriptor calls the first is where data comes from.
local io_calls = {
	read = { 1, 3 }, write = { 1, 3 }, pread64 = { 1, 3 }, pwrite64 = { 1, 3 },
	readv = { 1, 0 }, writev = { 1, 0 }, preadv = { 1, 0 }, pwritev = { 1, 0 },
	preadv2 = { 1, 0 }, pwritev2 = { 1, 0 },
	recvfrom = { 1, 3 }, recvmsg = { 1, 0 }, recvmmsg = { 1, 0 },
	sendto = { 1, 3 }, sendmsg = { 1, 0 }, sendmmsg = { 1, 0 },
	sendfile = { 2, 4, out = 1 }, splice = { 1, 5, out = 3 },
	tee = { 1, 3, out = 2 }, vmsplice = { 1, 0 },
	copy_file_range = { 1, 5, out = 3 },
	-- 32-bit names
	recv = { 1, 3 }, send = { 1, 3 }, sendfile64 = { 2, 4, out = 1 },
}
local names = {}
for name in pairs(io_calls) do
	names[#names + 1] = name
end
table.sort(names)

-- Per path: { calls, seconds, max, bytes }.
local per_path = {}

local function path_of(call, i)
	local p = call:fd_path(i)
	if not p then
		return string.format("fd %d", call.args[i])
	end
	return p
end

ltr.on_exit(ltr.select("?" .. table.concat(names, ",?")), function(call)
	local d = call.duration or 0
	if d * 1000 < ms then
		return
	end
	local spec = io_calls[call.name]
	local fd = spec[1]
	local path = path_of(call, fd)
	if spec.out then
		path = path .. " -> " .. path_of(call, spec.out)
	end
	local asked = spec[2] > 0 and call.args[spec[2]] or nil
	local got = call.failed and 0 or call.ret
	local result
	if call.failed then
		result = string.format("-1 %s", call.errno or "?")
	elseif asked then
		result = string.format("%d/%d bytes", got, asked)
	else
		result = string.format("%d bytes", got)
	end
	ltr.printf("%-7d %-10s fd=%-3d %-40s %-20s %10.3f ms\n", call.pid, call.name,
		call.args[fd], path, result, d * 1000)
	if stack then
		print_stack(call)
	end
	local s = per_path[path]
	if not s then
		s = { calls = 0, seconds = 0, max = 0, bytes = 0 }
		per_path[path] = s
	end
	s.calls = s.calls + 1
	s.seconds = s.seconds + d
	if d > s.max then
		s.max = d
	end
	s.bytes = s.bytes + (got or 0)
end)

ltr.on_end(function()
	local paths = {}
	for p in pairs(per_path) do
		paths[#paths + 1] = p
	end
	if #paths == 0 then
		ltr.printf("slow_io: no I/O call slower than %g ms\n", ms)
		return
	end
	table.sort(paths, function(a, b)
		if per_path[a].seconds ~= per_path[b].seconds then
			return per_path[a].seconds > per_path[b].seconds
		end
		return a < b
	end)
	ltr.printf("\nslow I/O (> %g ms) per path:\n", ms)
	ltr.printf("%6s %12s %12s %12s  %s\n", "calls", "total ms", "max ms", "bytes", "path")
	for _, p in ipairs(paths) do
		local s = per_path[p]
		ltr.printf("%6d %12.3f %12.3f %12d  %s\n", s.calls, s.seconds * 1000,
			s.max * 1000, s.bytes, p)
	end
end)
