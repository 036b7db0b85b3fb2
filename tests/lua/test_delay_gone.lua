-- A process killed during its delay: ltr notices at once (not at the end
-- of the 30 s delay), its call ends "= ?" and the process "killed by
-- SIGKILL"; the others go on.
-- cmd: cat /etc/hostname >/dev/null & c=$!; sleep 0.5; kill -KILL $c; wait $c; echo "cat status $?"
-- expect-output: (openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\)|<\.\.\. openat resumed>\)) += \?$
-- expect-output: \+\+\+ killed by SIGKILL \+\+\+$
-- expect-stdout: ^cat status 137$
local expect = require "expect"
local start, gone, pid
ltr.trace("openat")
ltr.on_enter("openat", function(c)
  if c:str(2) == "/etc/hostname" then
    start = c.time
    pid = c.pid
    c:delay(30)
  end
end)
ltr.on_process(function(ev)
  if ev.kind == "exit" and ev.pid == pid then
    expect.eq(ev.signal, 9, "killed by SIGKILL")
    gone = true
  end
end)
-- The next call of any other process after the death: stamped long
-- before the delay would have ended.
local later
ltr.on_enter(function(c)
  if gone and not later and c.pid ~= pid then later = c.time end
end)
expect.at_end(function()
  expect.truthy(start and gone, "the delayed process was seen dying")
  expect.truthy(later and later - start < 10, "served before the delay's end: " ..
    tostring(later and later - start))
end)
