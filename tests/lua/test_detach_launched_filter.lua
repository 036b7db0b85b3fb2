-- proc:detach() of the launched command under the seccomp filter (served
-- silently): ltr exits with its status too, as without the filter.
-- cmd: /bin/echo one; sleep 0.3; echo late; exit 5
-- expect-exit: 5
-- expect-stdout: ^late$
local expect = require "expect"
local let_go = expect.hook("detach", 1)
local done = false
ltr.on_exit("wait4", function(c)
  -- the shell waiting for /bin/echo: let the shell go
  if not done and c.proc.comm == "sh" then
    done = true
    c.proc:detach()
    let_go()
  end
end)
