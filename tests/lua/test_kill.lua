-- proc:kill(sig) and the proc fields.
-- cmd: /bin/echo one; echo after
-- expect-output: \+\+\+ killed by SIGTERM \+\+\+
-- expect-stdout: ^after$
local expect = require "expect"
local killed = expect.hook("kill", 1)
ltr.trace("none")
ltr.on_enter("write", function(c)
  local p = c.proc
  if p.comm == "echo" then
    expect.eq(p.pid, c.pid, "proc.pid")
    expect.truthy(p.ppid > 1, "proc.ppid")
    expect.eq(p.exe, "/usr/bin/echo", "proc.exe")
    expect.truthy(p.cmdline:find("one", 1, true), "proc.cmdline")
    expect.truthy(p.cwd ~= nil, "proc.cwd")
    p:kill("SIGTERM")
    killed()
  end
end)
