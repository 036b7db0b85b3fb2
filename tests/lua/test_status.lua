-- call.status: nil while a call runs, "successful"/"failed" when it
-- returns; filters also judge calls that never return ("unfinished"),
-- and print them whole when they accept them.
-- cmd: cat /nonexistent-ltr 2>/dev/null; exit 0
-- expect-output: ^[0-9]+ +exit_group\(0\) += \?$
-- expect-output: openat\(AT_FDCWD, "/nonexistent-ltr", O_RDONLY\) = -1 ENOENT
-- expect-no-output: resumed>
-- expect-no-output: = 0$
local expect = require "expect"
local seen = {}
ltr.on_enter("close", expect.hook("enter close", { min = 1 }, function(c)
  expect.eq(c.status, nil, "status at entry")
end))
ltr.on_exit("close", expect.hook("exit close", { min = 1 }, function(c)
  expect.eq(c.status, c.failed and "failed" or "successful", "status at exit")
end))
ltr.filter(function(c)
  local s = c.status
  seen[s] = (seen[s] or 0) + 1
  if s == "unfinished" then
    expect.eq(c.ret, nil, "ret of an unfinished call")
    expect.eq(c.failed, nil, "failed of an unfinished call")
    expect.eq(c.name, "exit_group", "the unfinished call")
  end
  return s == "unfinished" or s == "failed"
end)
expect.at_end(function()
  expect.eq(seen.unfinished, 2, "unfinished calls (cat's and sh's exit_group)")
  expect.truthy((seen.failed or 0) >= 1, "failed calls judged")
  expect.truthy((seen.successful or 0) > 10, "successful calls judged")
  expect.eq(seen[nil], nil, "calls judged without a status")
end)
