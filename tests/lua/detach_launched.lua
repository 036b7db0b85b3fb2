-- The hook of test_detach_launched*.lua: lets the launched shell go when
-- it waits for its first child (/bin/echo), once.
local expect = require "expect"
local let_go = expect.hook("detach", 1)
local done = false
ltr.on_exit("wait4", function(c)
  if not done and c.proc.comm == "sh" then
    done = true
    c.proc:detach()
    let_go()
  end
end)
return {}
