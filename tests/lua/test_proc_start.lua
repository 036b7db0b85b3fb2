-- The launched command's "start" event comes once its first execve has
-- succeeded: ev.proc shows the command (sh), not ltr's own comm and exe,
-- and the execve's entry hook has run before it. A followed child starts
-- at its fork, before its own execve (still the shell there).
-- cmd: /bin/true
local expect = require "expect"
local execve_entered = false
local first = true
local launched = expect.hook("the launched command's start", 1)
local child = expect.hook("the child's start", 1)
ltr.on_enter("execve", function() execve_entered = true end)
ltr.on_process(function(ev)
  if ev.kind ~= "start" then return end
  if first then
    first = false
    expect.truthy(execve_entered, "the execve's entry before start")
    expect.eq(ev.proc.comm, "sh", "comm at start")
    expect.truthy(ev.proc.exe and not ev.proc.exe:match("ltr") and
      ev.proc.exe:match("sh$"), "exe at start: " .. tostring(ev.proc.exe))
    expect.eq(ev.proc.argv and ev.proc.argv[1], "sh", "argv[1] at start")
    launched()
  else
    expect.eq(ev.proc.comm, "sh", "the child's comm at its start (before its execve)")
    child()
  end
end)
