-- Count time, calls and errors per syscall and print strace -c's table.
--
-- This is what `ltr -c` runs. When tracing ends it prints, on the trace
-- output (stderr or -o FILE), the summary strace -c prints, in the same
-- layout: one row per syscall with the share of time, the seconds, the
-- microseconds per call, the calls and the errors (blank when none),
-- sorted by time, then a total row. Calls of other personalities (32-bit
-- programs on a 64-bit kernel) get a table of their own, as in strace.
--
-- Time is the system CPU time spent in each call, as strace -c measures
-- it by default, when ltr provides it (call.stime; otherwise the wall
-- time is used), or the wall time from entry to exit with -a wall=1
-- (strace -w).
--
--   ltr -c -- make
--   ltr -s count -a sort=calls -a sel=%file -- ls
--
-- Arguments: sel (an strace -e trace= set: `ltr -c -e trace=%file`),
-- sort (time, calls, errors, name; also avg-time, nothing) and wall.

local sel = ltr.arg("sel", "all", "the syscalls to count, in strace's -e trace= syntax")
local sort = ltr.arg("sort", "time", "sort rows by time, calls, errors, name, avg-time or nothing")
local wall = ltr.arg("wall", false, "count wall time from entry to exit (strace -w), not system time")

local sorters = {
	time = true, ["time-percent"] = true, ["total-time"] = true, calls = true, count = true,
	errors = true, error = true, name = true, syscall = true,
	["avg-time"] = true, ["time-avg"] = true, nothing = true, none = true,
}
if not sorters[sort] then
	error("count: unknown sort key '" .. tostring(sort) ..
		"' (time, calls, errors, name, avg-time, nothing)", 0)
end

-- strace -c prints the summary only: no trace lines, even when other
-- stock scripts (-e inject=, -Z, -T) loaded with it turn the printer on.
local stock = package.loaded["ltr.stock"] or {}
package.loaded["ltr.stock"] = stock
stock.summary_only = true
stock.counting = true -- paths.lua (-P) then says which calls count (stock.accept)
ltr.printer.enabled = false

-- Per arch, per syscall number: { name, nr, calls, errors, ns }. Keyed by
-- number, so that the hot path reads call.nr and not call.name (a string
-- built per access); print_table merges rows by name.
local tables = {}

-- Whether calls have a system-time field (call.stime, seconds of system
-- CPU time from entry to exit); probed on the first call. Without it the
-- wall time (call.duration) is all there is.
local has_stime = nil

local function get_stime(call)
	return call.stime
end

local floor = math.floor

-- Runs once per counted call: a handful of field reads, no allocation
-- after a syscall's first call.
local function count_call(call)
	-- -P: paths.lua (loaded after) judged at entry whether the call counts
	local accept = stock.accept
	if accept and not accept(call) then
		return
	end
	local arch = call.arch or "x86_64"
	local t = tables[arch]
	if not t then
		t = {}
		tables[arch] = t
	end
	local nr = call.nr or 0
	local row = t[nr]
	if not row then
		row = { name = call.name, nr = nr, calls = 0, errors = 0, ns = 0 }
		t[nr] = row
	end
	row.calls = row.calls + 1
	if call.failed then
		row.errors = row.errors + 1
	end
	-- Seconds spent in the call, by the chosen clock.
	local s
	if not wall then
		if has_stime == nil then
			has_stime = pcall(get_stime, call)
		end
		if has_stime then
			s = call.stime
		end
	end
	if s == nil then
		s = call.duration or 0
	end
	if s > 0 then
		row.ns = row.ns + floor(s * 1e9 + 0.5)
	end
end
ltr.on_exit(sel, count_call)

-- "seconds.micros" of a count of nanoseconds, truncated to microseconds.
local function seconds_text(ns)
	local us = ns // 1000
	return string.format("%d.%06d", us // 1000000, us % 1000000)
end

local function compare(key)
	local function by_nr(a, b)
		return a.nr < b.nr or (a.nr == b.nr and a.name < b.name)
	end
	if key == "calls" or key == "count" then
		return function(a, b)
			if a.calls ~= b.calls then return a.calls > b.calls end
			return by_nr(a, b)
		end
	elseif key == "errors" or key == "error" then
		return function(a, b)
			if a.errors ~= b.errors then return a.errors > b.errors end
			return by_nr(a, b)
		end
	elseif key == "name" or key == "syscall" then
		return function(a, b)
			if a.name ~= b.name then return a.name < b.name end
			return by_nr(a, b)
		end
	elseif key == "avg-time" or key == "time-avg" then
		return function(a, b)
			local x, y = a.ns // a.calls, b.ns // b.calls
			if x ~= y then return x > y end
			return by_nr(a, b)
		end
	elseif key == "nothing" or key == "none" then
		return by_nr
	end
	return function(a, b)
		if a.ns ~= b.ns then return a.ns > b.ns end
		return by_nr(a, b)
	end
end

local function pad_left(s, w)
	return string.rep(" ", w - #s) .. s
end

-- Prints the table of one personality.
local function print_table(t)
	local rows = {}
	local by_name = {}
	local total = { name = "total", calls = 0, errors = 0, ns = 0 }
	for _, r in pairs(t) do
		local row = by_name[r.name]
		if not row then
			row = { name = r.name, nr = r.nr, calls = 0, errors = 0, ns = 0 }
			by_name[r.name] = row
			rows[#rows + 1] = row
		elseif r.nr < row.nr then
			row.nr = r.nr
		end
		row.calls = row.calls + r.calls
		row.errors = row.errors + r.errors
		row.ns = row.ns + r.ns
		total.calls = total.calls + r.calls
		total.errors = total.errors + r.errors
		total.ns = total.ns + r.ns
	end
	table.sort(rows, compare(sort))

	-- Cell texts, then column widths wide enough for every cell.
	local function cells(r)
		local pct
		if total.ns > 0 then
			pct = string.format("%.2f", 100.0 * r.ns / total.ns)
		else
			pct = r == total and "100.00" or "0.00"
		end
		return {
			pct,
			seconds_text(r.ns),
			string.format("%d", r.calls > 0 and (r.ns // r.calls) // 1000 or 0),
			string.format("%d", r.calls),
			r.errors > 0 and string.format("%d", r.errors) or "",
			r.name,
		}
	end
	local heads = { "% time", "seconds", "usecs/call", "calls", "errors", "syscall" }
	local widths = { 6, 11, 11, 9, 9, 16 }
	local lines = {}
	for _, r in ipairs(rows) do
		lines[#lines + 1] = cells(r)
	end
	local tot = cells(total)
	for _, c in ipairs(lines) do
		for i = 1, 6 do
			if #c[i] > widths[i] then widths[i] = #c[i] end
		end
	end
	for i = 1, 6 do
		if #tot[i] > widths[i] then widths[i] = #tot[i] end
	end

	local function line(c)
		local parts = {}
		for i = 1, 5 do
			parts[i] = pad_left(c[i], widths[i])
		end
		parts[6] = c[6]
		return table.concat(parts, " ")
	end
	local dashes = {}
	for i = 1, 6 do
		dashes[i] = string.rep("-", widths[i])
	end
	local divider = table.concat(dashes, " ")

	ltr.printf("%s\n", line(heads))
	ltr.printf("%s\n", divider)
	for _, c in ipairs(lines) do
		ltr.printf("%s\n", line(c))
	end
	ltr.printf("%s\n", divider)
	ltr.printf("%s\n", line(tot))
end

-- Personalities in strace's order and the title of the non-default ones.
local titles = { { "x86_64" }, { "i386", "32 bit" }, { "x32", "x32" } }

ltr.on_end(function()
	local done = {}
	for _, p in ipairs(titles) do
		local t = tables[p[1]]
		done[p[1]] = true
		if t and next(t) then
			if p[2] then
				ltr.printf("System call usage summary for %s mode:\n", p[2])
			end
			print_table(t)
		end
	end
	-- Other arches (another host architecture): one titled table each.
	local rest = {}
	for arch in pairs(tables) do
		if not done[arch] then rest[#rest + 1] = arch end
	end
	table.sort(rest)
	local first = not next(tables["x86_64"] or {}) and not next(tables["i386"] or {})
	for _, arch in ipairs(rest) do
		if next(tables[arch]) then
			if not first then
				ltr.printf("System call usage summary for %s mode:\n", arch)
			end
			first = false
			print_table(tables[arch])
		end
	end
end)
