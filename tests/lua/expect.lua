-- SPDX-License-Identifier: MIT
-- expect: assertions for the Lua API tests, which ltr itself runs
-- (tests/lua/run.sh). Failures print "EXPECT-FAIL ..." on the trace
-- output; at the end "EXPECT-DONE ok" or "EXPECT-DONE failed" is printed,
-- after the count checks of every expect.hook().
local M = {}

local failures = 0
local counters = {}
local finals = {}

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

function M.fail(msg)
  failures = failures + 1
  local info = debug.getinfo(3, "Sl") or {}
  local where = (info.short_src or "?") .. ":" .. tostring(info.currentline)
  ltr.print("EXPECT-FAIL " .. msg .. " (" .. where .. ")")
end

function M.eq(got, want, what)
  if got ~= want then
    M.fail(string.format("%s: got %s, want %s", what or "value", show(got), show(want)))
  end
end

function M.truthy(v, what)
  if not v then M.fail((what or "value") .. " is " .. show(v)) end
end

-- Raises? fn(...) must raise an error matching pattern.
function M.raises(pattern, fn, ...)
  local ok, err = pcall(fn, ...)
  if ok then
    M.fail("no error raised (wanted /" .. pattern .. "/)")
  elseif not tostring(err):match(pattern) then
    M.fail("error " .. show(tostring(err)) .. " does not match /" .. pattern .. "/")
  end
end

-- Wraps fn so that the number of calls is checked at the end: want is a
-- number (exactly) or { min = a, max = b }.
function M.hook(name, want, fn)
  local c = { name = name, want = want, n = 0 }
  counters[#counters + 1] = c
  return function(...)
    c.n = c.n + 1
    if fn then return fn(...) end
  end
end

-- fn runs at the end, before the count checks.
function M.at_end(fn)
  finals[#finals + 1] = fn
end

ltr.on_end(function()
  for _, fn in ipairs(finals) do fn() end
  for _, c in ipairs(counters) do
    local w = c.want
    if type(w) == "number" then
      if c.n ~= w then M.fail(string.format("hook %s fired %d times, want %d", c.name, c.n, w)) end
    else
      if (w.min and c.n < w.min) or (w.max and c.n > w.max) then
        M.fail(string.format("hook %s fired %d times, want %s..%s", c.name, c.n,
          tostring(w.min or 0), tostring(w.max or "inf")))
      end
    end
  end
  ltr.print(failures == 0 and "EXPECT-DONE ok" or "EXPECT-DONE failed")
end)

return M
