-- A filter sees call.duration, entry to exit, as exit hooks do (it read
-- 0.0 when no exit hook was loaded): a filter for slow calls works.
-- cmd: sleep 0.2
-- expect-output: clock_nanosleep\(.* = 0$
-- expect-no-output: close\(
local expect = require "expect"
local slow = expect.hook("a slow clock_nanosleep seen by the filter", 1)
ltr.filter(function(c)
  if c.duration and c.duration > 0.15 then
    -- sh's wait4 for sleep is slow too
    if c.name == "clock_nanosleep" then slow() end
    return true
  end
  return false
end)
