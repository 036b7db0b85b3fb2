-- Bytes read and written per path, top N.
--
-- Adds up what every read-like call (read, pread64, readv, preadv,
-- preadv2, recvfrom, recvmsg) and write-like call (write, pwrite64,
-- writev, pwritev, pwritev2, sendto, sendmsg) returned, per path of the
-- descriptor (a file, "pipe:[N]", "socket:[N]", "/dev/pts/0", ...); the
-- copies done by the kernel (copy_file_range, sendfile, splice, tee)
-- count as read from their source and written to their destination. It
-- prints the N paths with the most bytes when tracing ends and, with
-- -a interval=SECONDS, periodically too (the counts keep growing).
--
--   ltr -s topfiles -a n=5 -- tar cf /dev/null /usr/share/doc
--   ltr -s topfiles -a interval=2 -p 4242
--
-- Arguments: n (how many paths), interval (seconds between reports; 0:
-- only at the end).

local n = ltr.arg("n", 10, "how many paths to show")
local interval = ltr.arg("interval", 0.0, "also report every this many seconds (0: only at the end)")
if n < 1 or n ~= math.floor(n) then
	error("topfiles: -a n=" .. tostring(n) .. ": a whole number of paths, 1 or more, expected", 0)
end
if interval < 0 then
	error("topfiles: -a interval=" .. string.format("%.14g", interval) .. ": a number of seconds, 0 or more, expected", 0)
end

local reads = { read = true, pread64 = true, readv = true, preadv = true,
	preadv2 = true, recvfrom = true, recvmsg = true, recv = true }
local writes = { write = true, pwrite64 = true, writev = true, pwritev = true,
	pwritev2 = true, sendto = true, sendmsg = true, send = true }

-- Copies: the source and destination descriptor arguments.
local copies = { copy_file_range = { 1, 3 }, sendfile = { 2, 1 },
	sendfile64 = { 2, 1 }, splice = { 1, 3 }, tee = { 1, 2 } }

local sel = {}
for name in pairs(reads) do sel[#sel + 1] = "?" .. name end
for name in pairs(writes) do sel[#sel + 1] = "?" .. name end
for name in pairs(copies) do sel[#sel + 1] = "?" .. name end
table.sort(sel)

-- Per path: { read = bytes, written = bytes, calls = n }.
local stats = {}

local function account(call, i, field, bytes)
	local path = call:fd_path(i) or string.format("fd %d", call.args[i])
	local s = stats[path]
	if not s then
		s = { read = 0, written = 0, calls = 0 }
		stats[path] = s
	end
	s.calls = s.calls + 1
	s[field] = s[field] + bytes
end

ltr.on_exit(ltr.select(table.concat(sel, ",")), function(call)
	if call.failed or call.ret <= 0 then
		return
	end
	local copy = copies[call.name]
	if copy then
		account(call, copy[1], "read", call.ret)
		account(call, copy[2], "written", call.ret)
	elseif reads[call.name] then
		account(call, 1, "read", call.ret)
	else
		account(call, 1, "written", call.ret)
	end
end)

local function report(title)
	local paths = {}
	for p, s in pairs(stats) do
		paths[#paths + 1] = { path = p, total = s.read + s.written, s = s }
	end
	table.sort(paths, function(a, b)
		if a.total ~= b.total then
			return a.total > b.total
		end
		return a.path < b.path
	end)
	ltr.printf("%s\n", title)
	ltr.printf("%12s %12s %8s  %s\n", "read", "written", "calls", "path")
	for i = 1, math.min(n, #paths) do
		local e = paths[i]
		ltr.printf("%12d %12d %8d  %s\n", e.s.read, e.s.written, e.s.calls, e.path)
	end
	if #paths == 0 then
		ltr.printf("%12s\n", "(no I/O)")
	end
end

if interval > 0 then
	ltr.every(interval, function()
		report(string.format("top %d paths by bytes at %s", n, os.date("%H:%M:%S")))
	end)
end

ltr.on_end(function()
	report(string.format("top %d paths by bytes", n))
end)
