-- call:write() changes what the program read; call:arg() and call:format().
-- cmd: /usr/bin/head -n 1 /etc/hostname
-- expect-stdout: ^LTR-WAS-HERE$
local expect = require "expect"
local changed = expect.hook("changed", 1)
ltr.on_exit("read", function(c)
  if c.ret > 0 and c:fd_path(1) == "/etc/hostname" then
    local data = "LTR-WAS-HERE\n"
    expect.truthy(c.args[3] >= #data, "buffer big enough")
    expect.eq(c:write(c.args[2], data), true, "write")
    expect.eq(c:read(c.args[2], #data), data, "read back")
    c.ret = #data
    expect.eq(c:arg(1), tostring(c.args[1]), "arg(1)")
    expect.truthy(c:format():find("^read%(" .. c.args[1] .. ", "), "format: " .. c:format())
    changed()
  end
end)
