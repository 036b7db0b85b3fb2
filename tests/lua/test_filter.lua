-- ltr.filter: the printer prints only calls every filter accepts.
-- cmd: cat /etc/hostname /nonexistent-ltr >/dev/null; true
-- expect-output: openat\(AT_FDCWD, "/nonexistent-ltr", O_RDONLY\) = -1 ENOENT
-- expect-no-output: = 3$
local expect = require "expect"
ltr.filter(function(c) return c.failed end)
