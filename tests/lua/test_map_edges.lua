-- ltr.map's edges: a NaN key or value, an infinite or huge number and a
-- float sum that overflows raise, at the script's line (not inside
-- ltr/init.lua); :avg prints the average truncated toward zero as bpftrace
-- (C's integer division: -7/2 is -3); keys and names with control
-- characters print escaped, never as raw bytes; ties sort numbers by value;
-- m:count() (no key) and m:count("") are two keys.
-- expect-output: ^@avg_int\[neg\]: -3$
-- expect-output: ^@avg_int\[pos\]: 3$
-- expect-output: ^@avg_float\[neg\]: -2$
-- expect-output: ^@ctl\[a\\x1b\[31mb\\n\]: 1$
-- expect-output: ^@ctl\[c:\\\\dir\]: 1$
-- expect-output: ^@ctl\[\\xff é \\xc2\\x9b\]: 1$
-- expect-output: ^@nokey: 1$
-- expect-output: ^@nokey\[\]: 1$
local expect = require "expect"

-- fn, defined on the line of the call that must raise, raises pattern
-- with that line as its position.
local function raises_here(pattern, fn)
  local line = debug.getinfo(fn, "S").linedefined
  local ok, err = pcall(fn)
  err = tostring(err)
  if ok then
    expect.fail("no error raised (wanted /" .. pattern .. "/)")
  elseif not err:find("test_map_edges.lua:" .. line .. ": ", 1, true) then
    expect.fail("error not at the caller's line " .. line .. ": " .. err)
  elseif not err:match(pattern) then
    expect.fail("error " .. err .. " does not match /" .. pattern .. "/")
  end
end

local c, s = ltr.map("c_edges"), ltr.map("s_edges")
c:count("k")
raises_here("bad argument #1 to 'count' %(the key is NaN%)", function() c:count(0/0) end)
raises_here("bad argument #1 to 'get' %(the key is NaN%)", function() c:get(0/0) end)
raises_here("bad argument #1 to 'count' %(string, number or boolean key expected, got table%)",
  function() c:count({}) end)
raises_here("bad argument #2 to 'sum' %(finite number expected, got [-]?nan%)", function() s:sum("k", 0/0) end)
raises_here("bad argument #2 to 'sum' %(finite number expected, got inf%)", function() s:sum("k", math.huge) end)
raises_here("bad argument #2 to 'sum' %(number expected, got nil%)", function() s:sum("k") end)
s:sum("k", 1e308)
raises_here("the sum of @s_edges%[k%] overflows", function() s:sum("k", 1e308) end)
expect.eq(s:get("k"), 1e308, "a refused value changes nothing")
raises_here("bad argument #2 to 'min' %(finite number expected", function() ltr.map("mn"):min("k", 0/0) end)
raises_here("bad argument #2 to 'max' %(finite number expected", function() ltr.map("mx"):max("k", -math.huge) end)
raises_here("bad argument #2 to 'avg' %(finite number expected", function() ltr.map("av"):avg("k", 0/0) end)
raises_here("bad argument #2 to 'hist' %(number has no integer representation", function() ltr.map("h_edges"):hist("k", 1e300) end)
raises_here("bad argument #2 to 'hist' %(finite number expected", function() ltr.map("h_edges"):hist("k", math.huge) end)
raises_here("bad argument #1 to 'add' %(number has no integer representation", function() ltr.hist():add(-1e300) end)
raises_here("holds count values: sum%(%) cannot be used", function() c:sum("k", 1) end)
raises_here("bad argument #1 to 'map' %(string expected, got number%)", function() ltr.map(3) end)
expect.eq(ltr.map("mn"):len() + ltr.map("mx"):len() + ltr.map("av"):len() + ltr.map("h_edges"):len(),
  0, "nothing stored by refused calls")

-- averages: truncated toward zero when printed, exact from get()
local ai, af = ltr.map("avg_int"), ltr.map("avg_float")
ai:avg("neg", -7); ai:avg("neg", 0)
ai:avg("pos", 7); ai:avg("pos", 0)
af:avg("neg", -2.5)
expect.eq(ai:get("neg"), -3.5, "exact average")
expect.eq(ai:format(), "@avg_int[neg]: -3\n@avg_int[pos]: 3\n", "avg printed")

-- keys that tie sort by key: numbers by value, then strings
local t = ltr.map("ties")
t:count(10); t:count(9); t:count(2); t:count("b"); t:count("a"); t:count(true)
expect.eq(t:format(), "@ties[true]: 1\n@ties[2]: 1\n@ties[9]: 1\n@ties[10]: 1\n@ties[a]: 1\n@ties[b]: 1\n",
  "ties")
t:clear()

-- control characters escaped, UTF-8 text kept
local ctl = ltr.map("ctl")
ctl:count("a\27[31mb\n")
ctl:count("c:\\dir")
ctl:count("\255 é \194\155")
expect.eq(ctl:format():find("[%z\1-\9\11-\31\127]"), nil, "no raw control byte")
local named = ltr.map("x\27y")
named:count("k")
expect.eq(named:format(), "@x\\x1by[k]: 1\n", "the name escaped")
named:clear()

local nk = ltr.map("nokey")
nk:count()
nk:count("")
expect.eq(nk:len(), 2, "no key and the empty key")
expect.eq(nk:get(), 1, "get() of no key")
