-- SPDX-License-Identifier: MIT
-- The modifications the cross tests make on tests/cross/mods.c (see its
-- header): set_str, skip, fail, ret at exit, argument changes.
ltr.on_enter("openat", function(c)
  if c:str(2) == "/nonexistent-ltr-cross" then
    c:set_str(2, "/ltr-cross-target")
  elseif c.args[5] == 0x1002 then
    c:fail("EACCES")
  end
end)
ltr.on_enter("getpid", function(c)
  if c.args[1] == 0x1001 then c:skip(4242) end
end)
ltr.on_exit("getppid", function(c)
  if c.args[1] == 0x1005 then c.ret = 777 end
end)
ltr.on_enter("write", function(c)
  if c.args[4] == 0x1003 then
    c.args[3] = 6
  elseif c.args[4] == 0x1004 then
    c.args[1] = c.args[5]
  end
end)
