-- ltr.trace: the default printer shows the selected syscalls only.
-- cmd: /bin/echo hi
-- expect-output: write\(1, "hi\\n", 3\) += 3$
-- expect-no-output: openat\(
local expect = require "expect"
expect.eq(ltr.printer.enabled, false, "printer off with a script")
ltr.trace("write")
expect.eq(ltr.printer.enabled, true, "trace() enables it")
expect.raises("no field", function() ltr.printer.nope = 1 end)
