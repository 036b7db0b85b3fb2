-- Ctrl-C while a call is delayed: ltr detaches at once (the call ends
-- "detached": under a filter its line comes whole, " <detached ...>"),
-- without waiting for the 30 s delay, and the delayed process runs on
-- untraced: cat finishes after ltr is gone.
-- (--no-seccomp: a filtered launched command cannot be detached.)
-- args: --no-seccomp
-- cmd: cat /etc/hostname >/dev/null & c=$!; sleep 0.5; kill -INT $PPID; wait $c; echo "cat status $?"
-- expect-exit: 130
-- expect-output: openat\(AT_FDCWD, "/etc/hostname", O_RDONLY <detached \.\.\.>$
-- eventually-stdout: ^cat status 0$
local expect = require "expect"
local start, status, delayed
ltr.trace("openat")
ltr.filter(function(c)
  if c.tid == delayed then status = c.status end
  return true
end)
ltr.on_enter("openat", function(c)
  if c:str(2) == "/etc/hostname" then
    start = c.time
    delayed = c.tid
    c:delay(30)
  end
end)
expect.at_end(function()
  expect.truthy(start, "the delayed call was seen")
  expect.truthy(start and os.time() - start < 10, "ended before the delay's end")
  expect.eq(status, "detached", "the delayed call's status")
end)
