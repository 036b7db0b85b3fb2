-- call.name = "...": the program's getpid runs getppid instead, and from
-- then on the call is getppid: getppid's exit hooks run for it (also under
-- -f, where a seccomp filter stops only at what is wanted, and though no
-- hook wants getpid's exit).
-- cmd: /usr/bin/python3 -c 'import os; print("same" if os.getpid() == os.getppid() else "differ")'
-- expect-stdout: ^same$
local expect = require "expect"
local renamed = expect.hook("renamed", { min = 1 })
local getppid_exits = 0
ltr.on_enter("getpid", function(c)
  if c.proc.comm == "python3" then
    c.name = "getppid"
    expect.eq(c.nr, ltr.syscall_nr("getppid", c.arch), "nr follows the name")
    renamed()
  end
end)
ltr.on_exit("getppid", function(c)
  if c.proc.comm == "python3" then
    expect.eq(c.name, "getppid", "name at exit")
    getppid_exits = getppid_exits + 1
  end
end)
expect.at_end(function()
  -- the renamed getpid and python's own getppid
  expect.eq(getppid_exits, 2, "getppid exits seen")
end)
