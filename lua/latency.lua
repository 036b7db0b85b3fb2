-- A log2 histogram of syscall durations, per syscall.
--
-- Records how long every selected call took (wall time from entry to
-- exit, in microseconds) into one log2 histogram per syscall and prints
-- them when tracing ends, busiest syscall first, as bpftrace prints
-- histograms ("[4, 8)   12 |@@@@@   |").
--
--   ltr -s latency -- python3 -c pass
--   ltr -s latency -a sel=%file -- ls /usr
--
-- Arguments: sel (the syscalls, in strace's -e trace= syntax).

local sel = ltr.arg("sel", "all", "the syscalls to measure, in strace's -e trace= syntax")
local ok, selection = pcall(ltr.select, sel)
if not ok then
	error("latency: -a sel=" .. tostring(sel) .. ": " .. tostring(selection):gsub("^.-%((.*)%)$", "%1"), 0)
end

local hists = {}  -- name -> histogram
local counts = {} -- name -> calls

ltr.on_exit(selection, function(call)
	local name = call.name
	local h = hists[name]
	if not h then
		h = ltr.hist()
		hists[name] = h
		counts[name] = 0
	end
	counts[name] = counts[name] + 1
	h:add(math.floor((call.duration or 0) * 1e6))
end)

ltr.on_end(function()
	local names = {}
	for name in pairs(hists) do
		names[#names + 1] = name
	end
	table.sort(names, function(a, b)
		if counts[a] ~= counts[b] then
			return counts[a] > counts[b]
		end
		return a < b
	end)
	for _, name in ipairs(names) do
		hists[name]:print(string.format("%s (%d calls), usecs:", name, counts[name]))
	end
end)
