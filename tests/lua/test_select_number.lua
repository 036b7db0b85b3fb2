-- Selectors may name syscalls by number (a Lua integer, alone or in a
-- list), as strace's -e trace= takes numbers; ltr.class has %network too.
-- cmd: /usr/bin/perl -e 'my $p = $$; my $q = getppid(); print "ok\n"'
-- expect-stdout: ^ok$
local expect = require "expect"
local getpid = ltr.syscall_nr("getpid")
expect.eq(ltr.select(getpid):match("getpid"), true, "integer selector")
expect.eq(ltr.select({ "read", getpid }):match("getpid"), true, "integer in a list")
expect.eq(ltr.select({ "read", getpid }):match("write"), false, "integer in a list, other")
expect.raises("string or number expected", ltr.select, { "read", true })
expect.eq(ltr.class("socket").network, true, "ltr.class network alias")
expect.eq(ltr.class("socket").net, true, "ltr.class net")
ltr.on_exit(getpid, expect.hook("getpid by number", { min = 1 }, function(c)
  expect.eq(c.name, "getpid", "name of the numbered hook's call")
  expect.eq(c.classes.network, nil, "getpid is not %network")
end))
ltr.on_exit({ "getppid" }, expect.hook("getppid", { min = 1 }))
