-- Print only the calls that succeeded, as strace -z (-e status=successful).
--
-- This is what `ltr -z` runs: the default printer shows only the calls
-- that returned without an error, printed whole when they return; calls
-- that never return (exit_group) and failed ones are not shown. Combine
-- with -e trace= to narrow; the status script takes any set of endings.
--
--   ltr -z -- cat /nonexistent

ltr.filter(function(call)
	return call.status == "successful"
end)

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
