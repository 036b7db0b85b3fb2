-- Print only the calls that failed, as strace -Z (-e status=failed).
--
-- This is what `ltr -Z` runs: the default printer shows only the calls
-- that returned an error, printed whole when they return; calls that
-- never return (exit_group) and successful ones are not shown. Combine
-- with -e trace= to narrow; the status script takes any set of endings.
--
--   ltr -Z -- cat /nonexistent

ltr.filter(function(call)
	return call.status == "failed"
end)

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
