-- call:fail() at entry (EACCES) and call.ret / fail at exit.
-- cmd: cat /etc/hostname 2>&1; sh -c 'echo ppid=$PPID'; echo end
-- expect-stdout: Permission denied
-- expect-stdout: ^ppid=4242$
-- expect-stdout: ^end$
-- args: -e trace=getppid
-- expect-output: ^[0-9]+ +getppid\(\) += 4242 \(INJECTED\)$
local expect = require "expect"
local hit_fail = expect.hook("fail", 1)
ltr.on_enter("openat", function(c)
  if c:str(2) == "/etc/hostname" then
    hit_fail()
    c:fail("EACCES")
  end
end)
ltr.on_exit("openat", function(c)
  if c:str(2) == "/etc/hostname" then
    expect.eq(c.ret, -1, "ret seen")
    expect.eq(c.errno, "EACCES", "errno")
    expect.eq(c.failed, true, "failed")
  end
end)
ltr.on_exit("getppid", expect.hook("getppid", { min = 1 }, function(c)
  c.ret = 4242
  expect.eq(c.ret, 4242, "ret after override")
end))
