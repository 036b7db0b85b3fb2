-- call:write() is all or nothing and honours the program's own page
-- protections: 10 MB from the read buffer on (past its mapping) and two
-- bytes into the program's code are refused with nil, msg, errno and
-- nothing is written (head still prints the real line and exits 0); a
-- write of what fits works; {force = true} is the way through read-only
-- memory (not exercised here on live code).
-- cmd: /usr/bin/head -n 1 /etc/hostname
-- expect-stdout: ^[^X]
local expect = require "expect"
local checked = expect.hook("checked", 1)

-- The first r-xp mapping of the process: its code.
local function code_address(pid)
  for line in io.lines("/proc/" .. pid .. "/maps") do
    local lo, perms = line:match("^(%x+)%-%x+ (%S+)")
    if perms == "r-xp" then return tonumber(lo, 16) end
  end
end

ltr.on_exit("read", function(c)
  if c.ret > 0 and c:fd_path(1) == "/etc/hostname" then
    local big = string.rep("X", 10 * 1024 * 1024)
    local ok, msg, err = c:write(c.args[2], big)
    expect.eq(ok, nil, "10 MB write refused")
    expect.eq(err, "EFAULT", "errno of the refused write")
    expect.truthy(msg and msg:find("cannot write"), "message: " .. tostring(msg))
    expect.truthy(c:read(c.args[2], 1) ~= "X", "nothing written")
    local code = code_address(c.pid)
    expect.truthy(code, "code mapping found")
    local before = c:read(code, 2)
    ok, msg, err = c:write(code, "XX")
    expect.eq(ok, nil, "write into code refused")
    expect.eq(c:read(code, 2), before, "code unchanged")
    expect.raises("table expected", c.write, c, code, "XX", true)
    checked()
  end
end)
