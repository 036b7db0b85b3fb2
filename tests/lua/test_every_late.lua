-- ltr.every() called from a hook, with no timer set at load: it ticks
-- (it never did: the tracer read its needs, no tick, once at start).
-- cmd: sleep 0.6
local expect = require "expect"
local tick = expect.hook("late timer", { min = 2 })
local set = false
ltr.on_exit("execve", function(c)
  if not set then
    set = true
    ltr.every(0.1, tick)
  end
end)
