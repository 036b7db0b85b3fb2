-- Script mistakes raise clear errors; call objects expire after their hook.
-- cmd: /bin/echo hi
local expect = require "expect"
local kept
ltr.on_enter("write", function(c)
  kept = c
  expect.raises("only allowed at syscall exit", function() c.ret = 1 end)
  expect.raises("bad argument #2 to 'set_str' %(string expected, got nil%)", function() c:set_str(2, nil) end)
  expect.raises("bad argument #1 to 'str' %(argument number 1..6 expected%)", function() c:str(9) end)
  expect.raises("unknown errno name 'EWHAT'", function() c:fail("EWHAT") end)
  expect.raises("no field 'bogus'", function() return c.bogus end)
end)
ltr.on_exit("write", expect.hook("exit", 1, function(c)
  expect.raises("only allowed at syscall entry", function() c:skip(0) end)
  expect.raises("only allowed at syscall entry", function() c:set_str(1, "x") end)
  expect.raises("only be changed at syscall entry", function() c.args[1] = 3 end)
  expect.raises("only allowed at syscall entry", function() c.name = "getpid" end)
end))
ltr.on_exit("exit_group", function() end)
expect.at_end(function()
  expect.raises("outside its hook", function() return kept.name end)
  expect.raises("only be called while the scripts load", function() ltr.on_enter("opne", function() end) end)
end)
