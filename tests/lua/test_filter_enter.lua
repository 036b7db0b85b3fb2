-- ltr.filter(fn, "enter"): calls are judged when they start, and the
-- accepted ones print as without a filter (close still knows its file).
-- cmd: cat /etc/hostname /etc/hosts >/dev/null
-- expect-output: openat\(AT_FDCWD, "/etc/hosts", O_RDONLY\) = 3$
-- expect-output: close\(3\) += 0$
-- expect-no-output: hostname
-- expect-no-output: write\(
local expect = require "expect"
local judged = expect.hook("judged at entry", { min = 5 })
ltr.filter(function(c)
  judged()
  expect.eq(c.phase, "enter", "phase")
  local f = c:fd(1)
  local _, given = c:path(2)
  return given == "/etc/hosts" or (f ~= nil and f.path == "/etc/hosts")
end, "enter")
ltr.trace("%file,%desc")
expect.raises("invalid option 'later'", ltr.filter, function() end, "later")
