-- Print only the calls that succeeded, as strace -z.
--
-- This is what `ltr -z` runs: the default printer shows only the calls
-- that returned without an error; calls that never return (exit_group)
-- and failed ones are not shown. Combine with -e trace= to narrow.
--
--   ltr -z -- cat /nonexistent

ltr.filter(function(call)
	return call.ret ~= nil and call.failed == false
end)

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
