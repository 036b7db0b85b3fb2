-- Count the stacks (code paths) that make the selected syscalls.
--
-- For every call in -a sel= (strace's -e trace= syntax; default all) it
-- unwinds the calling thread at the syscall's exit (at the entry of exit
-- and exit_group, which never return) and counts identical stacks. When
-- tracing ends it prints the -a n= most frequent stacks, innermost frame
-- first, each with its call count, errors and total wall time. The trace
-- lines themselves are not printed.
--
-- With -a folded=1 it writes instead one folded-stack line per distinct
-- stack, root first, frames joined by ';', the syscall last in brackets,
-- then the count: `_start;__libc_start_main;main;save;__write;[write] 42`,
-- which flamegraph.pl, inferno and speedscope read.
--
--   ltr -s stacks -a sel=openat -- make
--   ltr -s stacks -a sel=%file -a n=5 -f -- sh -c 'ls; cat /etc/passwd'
--   ltr -s stacks -a folded=1 -a sel=write -o out.folded -- ./prog
--   flamegraph.pl out.folded > writes.svg
--
-- Arguments: sel, n, folded, depth (most frames unwound per call).

local sel = ltr.arg("sel", "all", "the syscalls whose stacks to count, in strace's -e trace= syntax")
local top = ltr.arg("n", 10, "print the N most frequent stacks")
local folded = ltr.arg("folded", false, "write folded-stack lines for flame graphs instead")
local depth = ltr.arg("depth", 64, "unwind at most this many frames per call")
-- Out-of-range values are the command line's mistake: one line, before
-- any process runs.
if top < 1 or top ~= math.floor(top) then
	error("stacks: -a n=" .. tostring(top) .. ": a whole number of stacks, 1 or more, expected", 0)
end
if depth < 1 or depth ~= math.floor(depth) then
	error("stacks: -a depth=" .. tostring(depth) .. ": a whole number of frames, 1 or more, expected", 0)
end
local ok, selection = pcall(ltr.select, sel)
if not ok then
	error("stacks: -a sel=" .. tostring(sel) .. ": " .. tostring(selection):gsub("^.-%((.*)%)$", "%1"), 0)
end

ltr.printer.enabled = false

local function basename(path)
	return path:match("([^/]*)$")
end

-- A frame's name in folded output: the symbol, else FILE+0xOFFSET, else
-- [unknown] (anonymous code such as a JIT's).
local function short_name(f)
	if f.symbol then
		return f.symbol
	elseif f.module then
		return string.format("%s+0x%x", basename(f.module), f.module_offset or 0)
	end
	return "[unknown]"
end

-- A frame as -k prints it.
local function long_name(f)
	if not f.module then
		return string.format("0x%x", f.pc)
	elseif f.symbol then
		return string.format("%s(%s+0x%x) [0x%x]", f.module, f.symbol, f.offset, f.module_offset)
	end
	return string.format("%s() [0x%x]", f.module, f.module_offset)
end

-- key -> { calls, errors, seconds, name, frames = { text... } }
local stacks = {}
local ncalls = 0

-- The calls that never return: counted at their entry.
local never_return = { exit = true, exit_group = true }

local function count(call)
	local frames = call:backtrace(depth, false)
	local names = {}
	for i, f in ipairs(frames) do
		names[i] = folded and short_name(f) or long_name(f)
	end
	local key = call.name .. "\n" .. table.concat(names, "\n")
	local s = stacks[key]
	if not s then
		s = { calls = 0, errors = 0, seconds = 0, name = call.name, frames = names }
		stacks[key] = s
	end
	s.calls = s.calls + 1
	if call.failed then
		s.errors = s.errors + 1
	end
	s.seconds = s.seconds + (call.duration or 0)
	ncalls = ncalls + 1
end

ltr.on_exit(selection, function(call)
	if not never_return[call.name] then -- an injected error made it return
		count(call)
	end
end)
local noreturn = {}
for name in pairs(never_return) do
	if selection:match(name) then
		noreturn[#noreturn + 1] = name
	end
end
if #noreturn > 0 then
	ltr.on_enter(noreturn, count)
end

local function sorted()
	local list = {}
	for key, s in pairs(stacks) do
		s.key = key
		list[#list + 1] = s
	end
	table.sort(list, function(a, b)
		if a.calls ~= b.calls then
			return a.calls > b.calls
		end
		return a.key < b.key
	end)
	return list
end

ltr.on_end(function()
	local list = sorted()
	if folded then
		for _, s in ipairs(list) do
			local parts = {}
			for i = #s.frames, 1, -1 do
				parts[#parts + 1] = s.frames[i]
			end
			parts[#parts + 1] = "[" .. s.name .. "]"
			ltr.printf("%s %d\n", table.concat(parts, ";"), s.calls)
		end
		return
	end
	ltr.printf("stacks: %d calls, %d distinct stacks\n", ncalls, #list)
	for i = 1, math.min(top, #list) do
		local s = list[i]
		ltr.printf("\n%d calls of %s", s.calls, s.name)
		if s.errors > 0 then
			ltr.printf(", %d failed", s.errors)
		end
		ltr.printf(", %.3f ms total\n", s.seconds * 1000)
		for _, text in ipairs(s.frames) do
			ltr.printf(" > %s\n", text)
		end
	end
end)
