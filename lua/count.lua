-- Count time, calls and errors per syscall and print strace -c's table.
--
-- This is what `ltr -c` (and `-C`) runs. When tracing ends it prints, on
-- the trace output (stderr or -o FILE), the summary strace 6.1 prints, in
-- the same layout: by default one row per syscall with the share of
-- time, the seconds, the microseconds per call, the calls and the errors
-- (blank when none), sorted by time, then a total row. Calls of other
-- personalities (32-bit programs on a 64-bit kernel) get a table of their
-- own, as in strace. Only calls that returned are counted (not exit_group
-- nor a call its thread died in), as strace counts them. With -j the
-- summary is JSON, one object a line: {"event":"summary", "arch",
-- "syscall", "calls", "errors", "seconds", "usecs_per_call", "percent"}
-- per row and {"event":"summary_total", ...} for the total.
--
-- Time is the system CPU time spent in each call, as strace -c measures
-- it by default (call.stime), or the wall time from entry to exit with
-- wall=1 (strace -w); overhead= is subtracted from each call's time
-- first, never below zero (strace -O).
--
--   ltr -c -- make
--   ltr -C -S calls -U name,calls,errors -- ls
--   ltr -s count -a sort=calls -a sel=%file -- ls
--
-- Arguments: sel (an strace -e trace= set: `ltr -c -e trace=%file`), sort
-- (-S: time-percent or time, total-time, min-time, max-time, avg-time,
-- calls, errors, name, none or nothing; strace's aliases too), columns
-- (-U: a comma-separated list of time-percent, total-time, min-time,
-- max-time, avg-time, calls, errors, name; the name column is added last
-- when missing), wall (-w), overhead (-O: a number of microseconds, or
-- NUMBER{s|ms|us|ns}) and print (-C: print the trace too).

local sel = ltr.arg("sel", "all", "the syscalls to count, in strace's -e trace= syntax")
local sort = ltr.arg("sort", "time", "sort rows by: time-percent (time), total-time, min-time, max-time, avg-time, calls, errors, name, none")
local columns_arg = ltr.arg("columns", "time-percent,total-time,avg-time,calls,errors,name",
	"the columns, comma-separated: time-percent, total-time, min-time, max-time, avg-time, calls, errors, name")
local wall = ltr.arg("wall", false, "count wall time from entry to exit (strace -w), not system time")
local overhead_arg = ltr.arg("overhead", "0", "subtract this from each call's time: microseconds, or NUMBER{s|ms|us|ns} (strace -O)")
local print_trace = ltr.arg("print", false, "print the trace too, as strace -C")
-- A bad set is the command line's mistake: one line, as strace's.
local sel_ok, selection = pcall(ltr.select, sel)
if not sel_ok then
	error(tostring(selection):gsub("^.-%((.*)%)$", "%1"), 0)
end

-- strace's names of the columns (-U) and sort keys (-S), and the one
-- each stands for.
local aliases = {
	time = "time-percent", time_percent = "time-percent", ["time-percent"] = "time-percent",
	time_total = "total-time", ["time-total"] = "total-time", total_time = "total-time",
	["total-time"] = "total-time",
	min_time = "min-time", ["min-time"] = "min-time", shortest = "min-time",
	time_min = "min-time", ["time-min"] = "min-time",
	longest = "max-time", max_time = "max-time", ["max-time"] = "max-time",
	time_max = "max-time", ["time-max"] = "max-time",
	avg_time = "avg-time", ["avg-time"] = "avg-time", time_avg = "avg-time", ["time-avg"] = "avg-time",
	calls = "calls", count = "calls",
	error = "errors", errors = "errors",
	name = "name", syscall = "name", syscall_name = "name", ["syscall-name"] = "name",
	none = "none", nothing = "none",
}

local sort_given = sort
sort = aliases[sort]
if not sort then
	error("count: unknown sort key '" .. tostring(sort_given) ..
		"' (time, total-time, min-time, max-time, avg-time, calls, errors, name, none)", 0)
end

local columns = {}
do
	local seen = {}
	for word in (columns_arg .. ","):gmatch("([^,]*),") do
		local col = aliases[word]
		if not col or col == "none" then
			error("count: unknown column name: '" .. word .. "'", 0)
		end
		if seen[col] then
			error("count: column '" .. col .. "' given more than once", 0)
		end
		seen[col] = true
		columns[#columns + 1] = col
	end
	-- Without the name the table means nothing: strace adds it last.
	if not seen.name then
		columns[#columns + 1] = "name"
	end
end

-- -O: "N" microseconds, or N with a unit; a decimal fraction is allowed.
-- Nanoseconds, computed as strace computes them (seconds, then the rest).
local function parse_overhead(text)
	local num, unit = text:match("^([%d.]+)(%a*)$")
	local scale = ({ [""] = 1000, s = 1000000000, ms = 1000000, us = 1000, ns = 1 })[unit or "-"]
	local value = num and tonumber(num)
	if not value or not scale then
		error("count: bad overhead '" .. text .. "' (microseconds, or NUMBER{s|ms|us|ns})", 0)
	end
	local per_second = 1000000000 // scale
	if math.type(value) == "integer" then
		return value * scale
	end
	local secs = math.floor(value / per_second)
	local nsec = math.floor((value - secs * per_second) * scale) % 1000000000
	return secs * 1000000000 + nsec
end
local overhead = parse_overhead(overhead_arg)

-- strace -c prints the summary only: no trace lines, even when other
-- stock scripts (-e inject=, -Z, -T) loaded with it turn the printer on.
-- strace -C prints both.
local stock = package.loaded["ltr.stock"] or {}
package.loaded["ltr.stock"] = stock
stock.counting = true -- paths.lua (-P) then says which calls count (stock.accept)
if print_trace then
	ltr.printer.enabled = true
else
	stock.summary_only = true
	ltr.printer.enabled = false
end

-- Per arch, per syscall number: { name, nr, calls, errors, ns, min, max }
-- (times in integer nanoseconds). Keyed by number, so that the hot path
-- reads call.nr and not call.name (a string built per access).
local tables = {}

-- Whether calls have a system-time field (call.stime); probed on the first
-- call. Without it the wall time (call.duration) is all there is.
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
		local name = call.name
		-- Numbers no table names are not counted, as strace does not.
		row = { name = name, nr = nr, calls = 0, errors = 0, ns = 0, min = nil, max = 0,
			skip = name:find("^syscall_0x") ~= nil }
		t[nr] = row
	end
	if row.skip then
		return
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
	local ns = floor(s * 1e9 + 0.5) - overhead
	if ns < 0 then
		ns = 0
	end
	row.ns = row.ns + ns
	if row.min == nil or ns < row.min then
		row.min = ns
	end
	if ns > row.max then
		row.max = ns
	end
end
ltr.on_exit(selection, count_call)

-- A time in nanoseconds as a C double of seconds (strace's ts_float).
local function seconds(ns)
	return (ns // 1000000000) + (ns % 1000000000) / 1e9
end

-- The average of a row in nanoseconds, rounded to the nearest, as
-- strace's ts_div computes it.
local function average(ns, calls)
	local sec = ns // 1000000000
	local nsec = (sec % calls * 1000000000 + ns % 1000000000 + calls // 2) // calls
	return (sec // calls) * 1000000000 + nsec
end

-- Microseconds of a time, truncated after the double conversion.
local function micros(f)
	return floor(f * 1e6)
end

-- Row orders: each key sorts descending (name ascending); ties keep
-- syscall number order, as strace's stable sort of rows by number does.
local function compare(key)
	local function by_nr(a, b)
		return a.nr < b.nr
	end
	local function descending(field)
		return function(a, b)
			if a[field] ~= b[field] then return a[field] > b[field] end
			return a.nr < b.nr
		end
	end
	if key == "time-percent" or key == "total-time" then
		return descending("ns")
	elseif key == "min-time" then
		return descending("min")
	elseif key == "max-time" then
		return descending("max")
	elseif key == "avg-time" then
		return descending("avg")
	elseif key == "calls" then
		return descending("calls")
	elseif key == "errors" then
		return descending("errors")
	elseif key == "name" then
		return function(a, b)
			if a.name ~= b.name then return a.name < b.name end
			return a.nr < b.nr
		end
	end
	return by_nr
end

-- Each column: its heading, its minimal width, whether it is left-aligned.
local column_info = {
	["time-percent"] = { head = "% time", width = 6 },
	["total-time"] = { head = "seconds", width = 11 },
	["min-time"] = { head = "shortest", width = 8 },
	["max-time"] = { head = "longest", width = 7 },
	["avg-time"] = { head = "usecs/call", width = 11 },
	calls = { head = "calls", width = 9 },
	errors = { head = "errors", width = 9 },
	name = { head = "syscall", width = 16, left = true },
}

local function pad_left(s, w)
	return string.rep(" ", w - #s) .. s
end

local function pad_right(s, w)
	return s .. string.rep(" ", w - #s)
end

-- A number rounded as strace prints it with format fmt ("%.6f"), as a
-- number (ltr.json writes the shortest text that reads back the same).
local function rounded(fmt, x)
	return tonumber(string.format(fmt, x))
end

-- -j: the table as JSON objects, one line each: a row per syscall in the
-- table's order, then the total. The -U columns min-time and max-time
-- add min_seconds and max_seconds.
local function print_json(arch, rows, cum, calls, errors, min_all, max_all)
	local cum_f = seconds(cum)
	local want_min, want_max = false, false
	for _, col in ipairs(columns) do
		if col == "min-time" then want_min = true end
		if col == "max-time" then want_max = true end
	end
	local function object(event, name, row_calls, row_errors, ns, usecs, pct, min, max)
		local o = {
			event = event, arch = arch, syscall = name, calls = row_calls, errors = row_errors,
			seconds = rounded("%.6f", seconds(ns)), usecs_per_call = usecs,
			percent = rounded("%.2f", pct),
		}
		if want_min then o.min_seconds = rounded("%.6f", seconds(min)) end
		if want_max then o.max_seconds = rounded("%.6f", seconds(max)) end
		ltr.json(o)
	end
	for _, row in ipairs(rows) do
		local f = seconds(row.ns)
		local pct = 100.0 * f
		if pct ~= 0.0 then
			pct = pct / cum_f
		end
		object("summary", row.name, row.calls, row.errors, row.ns,
			micros(seconds(row.avg)), pct, row.min, row.max)
	end
	object("summary_total", nil, calls, errors, cum, micros(cum_f / calls), 100.0, min_all, max_all)
end

-- Prints the table of one personality (arch).
local function print_table(t, arch)
	-- Rows by name (one per syscall), with the totals of strace's footer.
	local rows, by_name = {}, {}
	for _, r in pairs(t) do
		if r.calls > 0 then
			local row = by_name[r.name]
			if not row then
				row = { name = r.name, nr = r.nr, calls = 0, errors = 0, ns = 0, min = r.min, max = 0 }
				by_name[r.name] = row
				rows[#rows + 1] = row
			elseif r.nr < row.nr then
				row.nr = r.nr
			end
			row.calls = row.calls + r.calls
			row.errors = row.errors + r.errors
			row.ns = row.ns + r.ns
			if r.min < row.min then row.min = r.min end
			if r.max > row.max then row.max = r.max end
		end
	end
	local cum, calls, errors = 0, 0, 0
	local min_all, max_min, max_all, max_avg, name_max = nil, 0, 0, 0, 0
	for _, row in ipairs(rows) do
		row.avg = average(row.ns, row.calls)
		cum = cum + row.ns
		calls = calls + row.calls
		errors = errors + row.errors
		if min_all == nil or row.min < min_all then min_all = row.min end
		if row.min > max_min then max_min = row.min end
		if row.max > max_all then max_all = row.max end
		if row.avg > max_avg then max_avg = row.avg end
		if #row.name > name_max then name_max = #row.name end
	end
	table.sort(rows, compare(sort))
	local cum_f = seconds(cum)
	if ltr.printer.json then
		print_json(arch, rows, cum, calls, errors, min_all, max_all)
		return
	end

	-- Widths as strace computes them: the heading's, or what the largest
	-- value of the column needs.
	local need = {
		["time-percent"] = #"100.00",
		["total-time"] = #string.format("%.6f", cum_f),
		["min-time"] = #string.format("%d.000000", max_min // 1000000000),
		["max-time"] = #string.format("%d.000000", max_all // 1000000000),
		["avg-time"] = #string.format("%d", micros(seconds(max_avg))),
		calls = #string.format("%d", calls),
		errors = #string.format("%d", errors),
		name = name_max + 1,
	}
	local widths = {}
	for i, col in ipairs(columns) do
		widths[i] = math.max(column_info[col].width, need[col])
	end
	local last = #columns

	-- One cell; the name column is padded unless it is the last.
	local function cell(i, col, value)
		local text
		if col == "time-percent" then
			text = string.format("%.2f", value)
		elseif col == "total-time" or col == "min-time" or col == "max-time" then
			text = string.format("%.6f", value)
		elseif col == "errors" then
			text = value == 0 and "" or string.format("%d", value)
		elseif col == "name" then
			return i == last and value or pad_right(value, widths[i])
		else
			text = string.format("%d", value)
		end
		return pad_left(text, widths[i])
	end
	local function line(values)
		local parts = {}
		for i, col in ipairs(columns) do
			parts[i] = cell(i, col, values[col])
		end
		return table.concat(parts, " ")
	end

	local heads = {}
	for i, col in ipairs(columns) do
		local head = column_info[col].head
		if column_info[col].left then
			heads[i] = i == last and head or pad_right(head, widths[i])
		else
			heads[i] = pad_left(head, widths[i])
		end
	end
	local dashes = {}
	for i = 1, last do
		dashes[i] = string.rep("-", widths[i])
	end
	local divider = table.concat(dashes, " ")

	local out = { table.concat(heads, " "), divider }
	for _, row in ipairs(rows) do
		local f = seconds(row.ns)
		local pct = 100.0 * f
		if pct ~= 0.0 then
			pct = pct / cum_f
		end
		out[#out + 1] = line({
			["time-percent"] = pct,
			["total-time"] = f,
			["min-time"] = seconds(row.min),
			["max-time"] = seconds(row.max),
			["avg-time"] = micros(seconds(row.avg)),
			calls = row.calls,
			errors = row.errors,
			name = row.name,
		})
	end
	out[#out + 1] = divider
	out[#out + 1] = line({
		["time-percent"] = 100.0,
		["total-time"] = cum_f,
		["min-time"] = seconds(min_all),
		["max-time"] = seconds(max_all),
		["avg-time"] = micros(cum_f / calls),
		calls = calls,
		errors = errors,
		name = "total",
	})
	out[#out + 1] = ""
	ltr.printf("%s", table.concat(out, "\n"))
end

-- Whether a table counted anything.
local function counted(t)
	for _, r in pairs(t or {}) do
		if r.calls > 0 then
			return true
		end
	end
	return false
end

-- Personalities in strace's order and the title of the non-default ones.
local titles = { { "x86_64" }, { "i386", "32 bit" }, { "x32", "x32" } }

ltr.on_end(function()
	local done = {}
	for _, p in ipairs(titles) do
		local t = tables[p[1]]
		done[p[1]] = true
		if counted(t) then
			if p[2] and not ltr.printer.json then
				ltr.printf("System call usage summary for %s mode:\n", p[2])
			end
			print_table(t, p[1])
		end
	end
	-- Other arches (another host architecture): one titled table each.
	local rest = {}
	for arch in pairs(tables) do
		if not done[arch] then rest[#rest + 1] = arch end
	end
	table.sort(rest)
	local first = not counted(tables["x86_64"]) and not counted(tables["i386"])
	for _, arch in ipairs(rest) do
		if counted(tables[arch]) then
			if not first and not ltr.printer.json then
				ltr.printf("System call usage summary for %s mode:\n", arch)
			end
			first = false
			print_table(tables[arch], arch)
		end
	end
end)
