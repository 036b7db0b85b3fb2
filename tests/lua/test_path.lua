-- call:path(i): the absolute path the kernel resolves for a path
-- argument, and the argument as written: relative paths from the cwd or
-- the dirfd, "." and ".." collapsed; nil, msg, errno for what is not a path.
-- cmd: cd /etc && cat hosts ../etc/./hosts /../etc//hosts >/dev/null && d=$TEST_TMP/path$$ && mkdir $d && cd $d && mkdir sub && touch sub/f && ln -s f sub/l && mv sub/f sub/g && rm -r sub && cd / && rmdir $d
local expect = require "expect"

local dir -- the test's directory, as the kernel names it (no symlinks)
local tmp = ltr.realpath(os.getenv("TEST_TMP"))

-- cat's three opens of /etc/hosts, written three ways
local opens = {}
local opened = expect.hook("openat of hosts", 3)
ltr.on_enter("openat", function(c)
  local path, given = c:path(2)
  if path == "/etc/hosts" then
    opened()
    opens[#opens + 1] = given
    -- not a path: the flags
    local none, msg, err = c:path(3)
    expect.eq(none, nil, "openat's flags")
    expect.eq(msg, "argument 3 of openat is not a path: EINVAL", "message")
    expect.eq(err, "EINVAL", "errno name")
    -- the dirfd is not a path either (call:fd tells what it is)
    expect.eq(c:path(1), nil, "openat's dirfd")
    expect.eq(c:fd(1).path, "/etc", "AT_FDCWD is the cwd")
  end
end)

ltr.on_exit("chdir", function(c)
  if c:path(1):match("/path%d+$") then dir = c:path(1) end
end)

-- touch: the file is created with openat, then its times set through the
-- descriptor with a NULL path
local null_path = expect.hook("utimensat with a NULL path", { min = 1 })
ltr.on_enter("utimensat", function(c)
  if c.args[2] ~= 0 then return end
  null_path()
  local none, msg, err = c:path(2)
  expect.eq(none, nil, "NULL path")
  expect.eq(msg, "path argument 2 is NULL: EFAULT", "message")
  expect.eq(err, "EFAULT", "errno name")
  expect.eq(c:fd(1).path, dir .. "/sub/f", "the descriptor's file")
end)

-- ln -s f sub/l: the target is stored as is, the link path is resolved
local symlinked = expect.hook("symlinkat", 1)
ltr.on_enter("symlinkat", function(c)
  symlinked()
  local none, msg, err = c:path(1)
  expect.eq(none, nil, "symlink target")
  expect.truthy(msg and msg:match("symlink's target"), "message says why: " .. tostring(msg))
  expect.eq(err, "EINVAL", "errno name")
  local path, given = c:path(3)
  expect.eq(path, dir .. "/sub/l", "link path")
  expect.eq(given, "sub/l", "as written")
end)

-- mv: two paths, each from its own dirfd (AT_FDCWD here)
local renamed = expect.hook("renameat2", 1)
ltr.on_enter("renameat2", function(c)
  renamed()
  expect.eq(c:path(2), dir .. "/sub/f", "old path")
  expect.eq(c:path(4), dir .. "/sub/g", "new path")
  expect.eq(c:path(5), nil, "flags")
end)

-- rm -r: unlinkat(4, "g") is relative to the directory open as 4
local unlinked = {}
ltr.on_enter("unlinkat", function(c)
  local path, given = c:path(2)
  unlinked[#unlinked + 1] = path
  if given ~= "sub" then
    expect.truthy(c.args[1] < 0x80000000, "a real dirfd for " .. given)
    expect.eq(c:fd(1).path, dir .. "/sub", "the dirfd")
  end
end)

expect.at_end(function()
  expect.eq(table.concat(opens, " "), "hosts ../etc/./hosts /../etc//hosts", "as written")
  expect.truthy(dir and dir:sub(1, #tmp + 1) == tmp .. "/", "cwd " .. tostring(dir) .. " under " .. tmp)
  table.sort(unlinked)
  expect.eq(table.concat(unlinked, " "),
    table.concat({ dir .. "/sub", dir .. "/sub/g", dir .. "/sub/l" }, " "), "unlinked")
end)

-- argument numbers are checked
ltr.on_enter("close", function(c)
  expect.raises("argument number 1..6 expected", c.path, c, 7)
end)
