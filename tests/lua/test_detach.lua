-- proc:detach() lets a process go: no more hooks for it, and it runs on.
-- cmd: /bin/echo one; /bin/echo two; /bin/echo three
-- expect-stdout: ^three$
local expect = require "expect"
local seen = {}
local let_go = expect.hook("detach", 1)
ltr.on_exit("write", function(c)
  seen[c.pid] = (seen[c.pid] or 0) + 1
  expect.truthy(seen[c.pid] == 1, "no hook after detach for " .. c.pid)
  if c:arg(2) == '"two\\n"' then
    c.proc:detach()
    let_go()
  end
end)
