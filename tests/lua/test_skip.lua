-- call:skip(): the syscall does not run; the program sees the value.
-- cmd: sh -c 'echo pid=$$'
-- expect-stdout: ^pid=777$
local expect = require "expect"
ltr.on_enter("getpid", expect.hook("getpid", { min = 1 }, function(c)
  c:skip(777)
end))
ltr.on_exit("getpid", function(c)
  expect.eq(c.ret, 777, "ret of a skipped call")
end)
