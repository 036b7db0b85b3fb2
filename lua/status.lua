-- Print only the calls that ended in given ways, as strace -e status=SET.
--
-- This is what `ltr -e status=SET` runs. SET is strace's: a
-- comma-separated list of
--   successful    returned without an error
--   failed        returned an error
--   unfinished    never returned: its thread ended inside it (exit_group,
--                 a thread killed in read), printed "= ?"
--   unavailable   returned, but its result could not be read ("= ?
--                 <unavailable>", a thread killed at that very moment)
--   detached      ltr detached from the thread inside it (Ctrl-C on -p)
-- or "all" or "none", with a leading '!' selecting the others. Calls are
-- then printed whole when they end (no unfinished/resumed pairs), as
-- strace prints them. `-z` and `-Z` are the succeeded and failed scripts.
--
--   ltr -e status=failed,unfinished -f -- make
--   ltr -s status -a 'status=!successful' -- ls /nonexistent
--
-- Argument: status (the set).

local spec = ltr.arg("status", "all", "the ways of ending to print: successful, failed, unfinished, unavailable, detached; all, none, !")

local words = { successful = true, failed = true, unfinished = true, unavailable = true, detached = true }
local show = {}
local negate = spec:sub(1, 1) == "!"
for word in ((negate and spec:sub(2) or spec) .. ","):gmatch("([^,]*),") do
	if word == "all" then
		for w in pairs(words) do show[w] = true end
	elseif word == "none" then
		-- nothing
	elseif words[word] then
		show[word] = true
	else
		error("invalid status '" .. word .. "'", 0)
	end
end
if negate then
	for w in pairs(words) do show[w] = not show[w] end
end

-- call.status is nil only while a call runs: a filter sees it ended.
ltr.filter(function(call)
	return show[call.status] == true
end)

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
