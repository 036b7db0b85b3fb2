-- call:delay() holds one thread in its stop without holding ltr: while
-- cat's openat of /etc/hostname waits 1 s at entry, the other processes'
-- calls keep being served (their entry stamps fall inside the delay);
-- at exit, 0.5 s pass before cat's next call. The line says (DELAYED).
-- cmd: cat /etc/hostname >/dev/null & for i in 1 2 3 4 5 6 7 8; do /bin/true; sleep 0.1; done; wait
-- expect-output: (openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\)|<... openat resumed>\)) += 3 \(DELAYED\)$
local expect = require "expect"
local start, returned, delayed_tid, after
local others = 0
ltr.trace("openat")
ltr.on_enter("openat", function(c)
  if c:str(2) == "/etc/hostname" then
    start = c.time
    delayed_tid = c.tid
    c:delay(1)
  end
end)
ltr.on_exit("openat", function(c)
  if c.tid == delayed_tid and not returned then
    expect.truthy(c.duration >= 1, "the call started 1 s late: " .. c.duration)
    returned = c.time + c.duration
    c:delay(0.5)
  end
end)
ltr.on_enter(function(c)
  if start and not returned and c.tid ~= delayed_tid and
      c.time > start + 0.1 and c.time < start + 0.9 then
    others = others + 1
  end
  if returned and c.tid == delayed_tid and not after then
    after = c.time
  end
end)
expect.at_end(function()
  expect.truthy(start and returned, "the delayed call was seen")
  expect.truthy(others >= 3, others .. " calls of other processes served during the delay")
  expect.truthy(after and after - returned >= 0.5,
    "the program saw the result 0.5 s late: " .. tostring(after and after - returned))
end)
