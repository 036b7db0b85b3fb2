-- call.name = "...": the program's getpid runs getppid instead.
-- cmd: /usr/bin/python3 -c 'import os; print("same" if os.getpid() == os.getppid() else "differ")'
-- expect-stdout: ^same$
local expect = require "expect"
local renamed = expect.hook("renamed", { min = 1 })
ltr.on_enter("getpid", function(c)
  if c.proc.comm == "python3" then
    c.name = "getppid"
    expect.eq(c.nr, ltr.syscall_nr("getppid", c.arch), "nr follows the name")
    renamed()
  end
end)
