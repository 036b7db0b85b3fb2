-- ltr.on_signal and ltr.on_process.
-- cmd: sh -c 'trap "echo got" USR1; kill -USR1 $$; /bin/true'
-- expect-stdout: ^got$
local expect = require "expect"
local hit_usr1 = expect.hook("usr1", 1)
ltr.on_signal(expect.hook("signal", { min = 1 }, function(sig)
  if sig.name == "SIGUSR1" then
    expect.eq(sig.number, ltr.signal_nr("SIGUSR1"), "number")
    expect.eq(sig.info.signo, sig.number, "info.signo")
    expect.eq(sig.info.pid, sig.pid, "info.pid (sent by itself)")
    hit_usr1()
  end
end))
local kinds = {}
ltr.on_process(function(ev)
  kinds[ev.kind] = (kinds[ev.kind] or 0) + 1
  expect.eq(ev.proc.pid, ev.pid, "ev.proc")
  if ev.kind == "exit" then expect.eq(ev.exit_code, 0, "exit code") end
end)
expect.at_end(function()
  expect.truthy((kinds.start or 0) >= 2, "start events")
  expect.truthy((kinds.exec or 0) >= 2, "exec events")
  expect.truthy((kinds.exit or 0) >= 3, "exit events")
end)
