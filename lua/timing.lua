-- Show the time spent in each call, as strace -T.
--
-- This is what `ltr -T` runs: it turns the default printer on and makes it
-- append " <0.000123>", the seconds from entry to exit, to every finished
-- call. Combine with -e trace= to narrow.
--
--   ltr -T -- ls

ltr.printer.enabled = true
ltr.printer.durations = true

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
