-- call:read(): what the program read, from its memory.
-- cmd: cat /etc/hostname >/dev/null
local expect = require "expect"
local want = assert(io.open("/etc/hostname")):read("a")
local seen = false
ltr.on_exit("read", function(c)
  if c.ret > 0 and c:fd_path(1) == "/etc/hostname" then
    seen = true
    expect.eq(c:read(c.args[2], c.ret), want, "bytes read")
  end
end)
ltr.on_enter("read", function(c)
  local s, msg, err = c:read(8, 4)
  expect.eq(s, nil, "unreadable memory")
  expect.eq(err, "EFAULT", "errno name")
  expect.truthy(msg and msg:match("^cannot read tracee memory at 0x8"), "message")
end)
expect.at_end(function() expect.truthy(seen, "read of /etc/hostname seen") end)
