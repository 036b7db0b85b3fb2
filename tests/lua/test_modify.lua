-- Modifications at entry: rewrite a path, shrink an argument.
-- cmd: cat /nonexistent-ltr-lua-test; dd if=/etc/passwd bs=100 count=1 status=none; echo
-- expect-stdout: ^ltr-redirected-ok$
-- expect-stdout: ^root$
local expect = require "expect"
local hit_set_str = expect.hook("set_str", 1)
local hit_shrink = expect.hook("shrink", 1)
local f = assert(io.open(os.getenv("TEST_TMP") .. "/redirect-target", "w"))
f:write("ltr-redirected-ok\n")
f:close()
ltr.on_enter("openat", function(c)
  if c:str(2) == "/nonexistent-ltr-lua-test" then
    hit_set_str()
    local addr = c:set_str(2, os.getenv("TEST_TMP") .. "/redirect-target")
    expect.eq(c.args[2], addr, "args[2] is the new string")
    expect.eq(c:str(2), os.getenv("TEST_TMP") .. "/redirect-target", "str reads it back")
  end
end)
ltr.on_enter("read", function(c)
  if c.args[3] == 100 and c:fd_path(1) == "/etc/passwd" then
    hit_shrink()
    c.args[3] = 4
    expect.eq(c.args[3], 4, "args[3] changed")
  end
end)
ltr.on_exit("read", function(c)
  if c:fd_path(1) == "/etc/passwd" then expect.eq(c.ret, 4, "shrunk read") end
end)
