-- Hooks, ltr.trace and ltr.filter can only be added while the scripts
-- load: which syscalls stop is fixed when tracing starts (the seccomp
-- filter of a launched command cannot change). From a hook they raise a
-- clear error; the other registrations (on_end, every, ...) still work.
-- cmd: /usr/bin/perl -e 'my $p = $$; print "ok\n"'
-- expect-stdout: ^ok$
-- expect-output: ^LATE-END$
local expect = require "expect"
local added = false
ltr.on_exit("getpid", expect.hook("getpid", { min = 1 }, function(c)
  expect.raises("ltr.on_enter%(%) can only be called while the scripts load",
    ltr.on_enter, "read", function() end)
  expect.raises("ltr.on_exit%(%) can only be called while the scripts load",
    ltr.on_exit, function() end)
  expect.raises("ltr.trace%(%) can only be called while the scripts load", ltr.trace, "read")
  expect.raises("ltr.filter%(%) can only be called while the scripts load",
    ltr.filter, function() return true end)
  if not added then
    added = true
    ltr.on_end(function() ltr.print("LATE-END") end)
  end
end))
