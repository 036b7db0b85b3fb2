-- call:poke() is all or nothing and honours the program's own page
-- protections, as call:write(): at the entry of head's read, 10 MB from
-- the buffer on (past its mapping) and two bytes into the program's code
-- are refused with nil, msg, errno and nothing is written; a poke that
-- fits returns its length. (strace's inject poke_enter= short writes are
-- {partial = true}: inject.lua's, tested by strace's own poke test.)
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

local done = false
ltr.on_enter("read", function(c)
  if done or c:fd_path(1) ~= "/etc/hostname" then return end
  done = true
  local buf = c.args[2]
  local before = c:read(buf, 1)
  local n, msg, err = c:poke(2, string.rep("X", 10 * 1024 * 1024))
  expect.eq(n, nil, "10 MB poke refused")
  expect.eq(err, "EFAULT", "errno of the refused poke")
  expect.truthy(msg and msg:find("cannot write"), "message: " .. tostring(msg))
  expect.eq(c:read(buf, 1), before, "nothing written")
  local code = code_address(c.pid)
  expect.truthy(code, "code mapping found")
  local code_before = c:read(code, 2)
  c.args[2] = code
  n, msg, err = c:poke(2, "XX")
  expect.eq(n, nil, "poke into code refused")
  expect.eq(err, "EFAULT", "errno of the poke into code")
  expect.eq(c:read(code, 2), code_before, "code unchanged")
  c.args[2] = buf
  expect.eq(c:poke(2, "\0"), 1, "a poke that fits")
  checked()
end)
