-- Show the time spent in each call, as strace -T.
--
-- This is what `ltr -T` runs: it turns the default printer on and makes it
-- append " <0.000123>", the seconds from entry to exit, to every finished
-- call. Combine with -e trace= to narrow. The precision is the printer's:
-- --syscall-times=ns (s, ms, us) sets it before this script loads, and
-- `true` keeps it (ltr.printer.durations = "ns" would set it here).
--
--   ltr -T -- ls
--   ltr --syscall-times=ns -- ls     (" <0.000123456>")

ltr.printer.enabled = true
ltr.printer.durations = true

-- With -c (count) strace prints the summary only.
local stock = package.loaded["ltr.stock"]
if stock and stock.summary_only then
	ltr.printer.enabled = false
end
