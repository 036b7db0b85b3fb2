-- SPDX-License-Identifier: MIT
-- The Lua half of the ltr module, run once over the table of C functions
-- (src/script_lib.c) that it receives as its argument. Compiled into the
-- binary by scripts/gen-embed; edit here, not in build/.
local M = ...

local floor, rep, format = math.floor, string.rep, string.format

-- Histograms printed as bpftrace prints them: a label column of 16, the
-- count right-aligned in 8, and a bar of up to 52 '@' scaled to the
-- largest bucket. Only the buckets from the first to the last non-empty
-- one are shown.
local BAR = 52

local Hist = {}
Hist.__index = Hist

local function bucket_row(label, count, max)
  local width = max > 0 and floor(count / max * BAR) or 0
  return format("%-16s%8d |%-52s|\n", label, count, rep("@", width))
end

-- 1, 2, ..., 512, 1K, 2K, ..., 512K, 1M, ...
local SUFFIX = { [0] = "", "K", "M", "G", "T", "P", "E" }
local function pow2_label(power)
  local decade = power // 10
  return tostring(1 << (power - 10 * decade)) .. SUFFIX[decade]
end

-- value as an integer (floats truncated toward minus infinity, as
-- math.floor); a mistake of the caller of the caller raises there.
local function to_int(value, what, argn)
  argn = argn or 1
  if type(value) ~= "number" then
    error(format("bad argument #%d to '%s' (number expected, got %s)", argn, what,
                 type(value)), 3)
  end
  if math.type(value) == "float" then
    if value ~= value or value == math.huge or value == -math.huge then
      error(format("bad argument #%d to '%s' (finite number expected, got %s)", argn, what,
                   tostring(value)), 3)
    end
    local int = math.tointeger(floor(value))
    if not int then
      error(format("bad argument #%d to '%s' (number has no integer representation: %s)",
                   argn, what, tostring(value)), 3)
    end
    value = int
  end
  return value
end

local function to_count(count, what)
  if count == nil then return 1 end
  if math.type(count) ~= "integer" then
    error(format("bad argument #2 to '%s' (integer count expected)", what), 3)
  end
  return count
end

-- log2 bucket of an integer: 0 for negatives, 1 for 0, 2 for 1, k+2 for
-- [2^k, 2^(k+1)).
local function log2_index(v)
  if v < 0 then return 0 end
  if v == 0 then return 1 end
  local k = 0
  while v >= 2 do
    v = v >> 1
    k = k + 1
  end
  return k + 2
end

local function hist_label(self, i)
  if self.linear then
    local min, max, step = self.min, self.max, self.step
    local function lbl(n)
      if step % 1024 ~= 0 or n == 0 then return tostring(n) end
      if n % (1024 * 1024) == 0 then return (n // (1024 * 1024)) .. "M" end
      if n % 1024 == 0 then return (n // 1024) .. "K" end
      return tostring(n)
    end
    if i == 0 then return "(..., " .. lbl(min) .. ")" end
    if i == self.nbuckets + 1 then return "[" .. lbl(max) .. ", ...)" end
    return "[" .. lbl((i - 1) * step + min) .. ", " .. lbl(i * step + min) .. ")"
  end
  if i == 0 then return "(..., 0)" end
  if i == 1 then return "[0]" end
  if i == 2 then return "[1]" end
  return "[" .. pow2_label(i - 2) .. ", " .. pow2_label(i - 1) .. ")"
end

function Hist:add(value, count)
  local v = to_int(value, "add")
  local i
  if self.linear then
    if v < self.min then
      i = 0
    elseif v >= self.max then
      i = self.nbuckets + 1
    else
      i = (v - self.min) // self.step + 1
    end
  else
    i = log2_index(v)
  end
  count = to_count(count, "add")
  self.counts[i] = (self.counts[i] or 0) + count
  self.total = self.total + count
  if not self.lo or i < self.lo then self.lo = i end
  if not self.hi or i > self.hi then self.hi = i end
  return self
end

-- The rows as bpftrace prints them (empty string when nothing was added).
function Hist:format(title)
  local out, max = {}, 0
  if title then out[#out + 1] = title .. "\n" end
  if not self.lo then return table.concat(out) end
  for i = self.lo, self.hi do
    local n = self.counts[i] or 0
    if n > max then max = n end
  end
  for i = self.lo, self.hi do
    out[#out + 1] = bucket_row(hist_label(self, i), self.counts[i] or 0, max)
  end
  return table.concat(out)
end

function Hist:print(title)
  M.printf("%s\n", self:format(title))
end

-- Buckets as a list of { min =, max =, count = } (max excluded; nil for
-- open ends), from the first to the last non-empty one.
function Hist:buckets()
  local list = {}
  if not self.lo then return list end
  for i = self.lo, self.hi do
    local lo, hi
    if self.linear then
      if i > 0 then lo = (i - 1) * self.step + self.min end
      if i <= self.nbuckets then hi = i * self.step + self.min end
      if i == self.nbuckets + 1 then lo = self.max end
    else
      if i == 1 then lo, hi = 0, 1
      elseif i >= 2 then lo, hi = 1 << (i - 2), 1 << (i - 1)
      else hi = 0 end
    end
    list[#list + 1] = { min = lo, max = hi, count = self.counts[i] or 0, label = hist_label(self, i) }
  end
  return list
end

function Hist:count()
  return self.total
end

function Hist:reset()
  self.counts, self.total, self.lo, self.hi = {}, 0, nil, nil
  return self
end

Hist.__tostring = function(self) return self:format() end

-- ltr.hist(): a log2 histogram.
function M.hist()
  return setmetatable({ counts = {}, total = 0 }, Hist)
end

-- ltr.lhist(min, max, step): a linear histogram.
function M.lhist(min, max, step)
  if math.type(min) ~= "integer" then error("bad argument #1 to 'lhist' (integer expected)", 2) end
  if math.type(max) ~= "integer" then error("bad argument #2 to 'lhist' (integer expected)", 2) end
  if math.type(step) ~= "integer" or step <= 0 then
    error("bad argument #3 to 'lhist' (positive integer expected)", 2)
  end
  if max <= min then error("bad argument #2 to 'lhist' (max must be greater than min)", 2) end
  return setmetatable({ counts = {}, total = 0, linear = true, min = min, max = max,
                        step = step, nbuckets = (max - min) // step }, Hist)
end

-- ltr.map(name): a keyed aggregation, as bpftrace's maps. Its kind is set
-- by the first method used (count, sum, min, max, avg or hist); using
-- another raises. Every map still holding data when tracing ends prints
-- itself (M._print_maps, called by the bridge after the on_end hooks), as
-- bpftrace prints maps at exit: `@name[key]: value`, sorted by value.
-- A script's mistake (a table as key, a NaN, a value that is not a finite
-- number) raises at the script's line: error(msg, 3) from the helpers,
-- whose caller is the method.
local Map = {}
Map.__index = Map
local maps = {}     -- in creation order
local maps_by_name = {}
local NOKEY = setmetatable({}, { __tostring = function() return "" end }) -- m:count()

local function map_key(key, what)
  if key == nil then return NOKEY end
  local t = type(key)
  if t ~= "string" and t ~= "number" and t ~= "boolean" then
    error(format("bad argument #1 to '%s' (string, number or boolean key expected, got %s)",
                 what, t), 3)
  end
  if key ~= key then
    error(format("bad argument #1 to '%s' (the key is NaN)", what), 3)
  end
  return key
end

local function map_kind(self, kind)
  if self.kind == nil then
    self.kind = kind
  elseif self.kind ~= kind then
    error(format("map @%s holds %s values: %s() cannot be used on it", self.name, self.kind, kind), 3)
  end
end

local function map_number(n, what)
  if type(n) ~= "number" then
    error(format("bad argument #2 to '%s' (number expected, got %s)", what, type(n)), 3)
  end
  if n ~= n or n == math.huge or n == -math.huge then
    error(format("bad argument #2 to '%s' (finite number expected, got %s)", what, tostring(n)), 3)
  end
  return n
end

-- A float sum that overflowed (integers wrap around, as bpftrace's).
local function check_sum(self, sum, key, what)
  if sum == math.huge or sum == -math.huge then
    error(format("bad argument #2 to '%s' (the sum of @%s[%s] overflows)", what, self.name,
                 tostring(key)), 3)
  end
  return sum
end

local function map_set(self, key, v)
  if self.values[key] == nil then
    self.nkeys = self.nkeys + 1
    self.order[self.nkeys] = key
  end
  self.values[key] = v
end

function Map:count(key)
  key = map_key(key, "count")
  map_kind(self, "count")
  map_set(self, key, (self.values[key] or 0) + 1)
  return self
end

function Map:sum(key, n)
  key = map_key(key, "sum")
  map_kind(self, "sum")
  n = map_number(n, "sum")
  map_set(self, key, check_sum(self, (self.values[key] or 0) + n, key, "sum"))
  return self
end

function Map:min(key, n)
  key = map_key(key, "min")
  map_kind(self, "min")
  n = map_number(n, "min")
  local v = self.values[key]
  if v == nil or n < v then map_set(self, key, n) end
  return self
end

function Map:max(key, n)
  key = map_key(key, "max")
  map_kind(self, "max")
  n = map_number(n, "max")
  local v = self.values[key]
  if v == nil or n > v then map_set(self, key, n) end
  return self
end

function Map:avg(key, n)
  key = map_key(key, "avg")
  map_kind(self, "avg")
  n = map_number(n, "avg")
  local v = self.values[key] or { sum = 0, count = 0 }
  v.sum = check_sum(self, v.sum + n, key, "avg")
  v.count = v.count + 1
  map_set(self, key, v)
  return self
end

function Map:hist(key, n)
  key = map_key(key, "hist")
  map_kind(self, "hist")
  n = to_int(map_number(n, "hist"), "hist", 2)
  local h = self.values[key] or M.hist()
  h:add(n)
  map_set(self, key, h)
  return self
end

-- The average as bpftrace prints it: the sum divided by the count,
-- truncated toward zero (C's integer division), an integer when it fits.
local function avg_printed(v)
  local sum, count = v.sum, v.count
  if math.type(sum) == "integer" then
    local q = sum // count
    if q < 0 and q * count ~= sum then q = q + 1 end -- // floors: -7 // 2 is -4, C says -3
    return q
  end
  local q = sum / count
  q = q < 0 and math.ceil(q) or floor(q)
  return math.tointeger(q) or q
end

-- The value of key as printed and sorted: a number (avg: the integer
-- average, as bpftrace; hist: its total count).
local function map_value(self, v)
  if self.kind == "avg" then return avg_printed(v) end
  if self.kind == "hist" then return v:count() end
  return v
end

-- map[key]: the value (avg: the average, hist: the histogram).
function Map:get(key)
  local v = self.values[map_key(key, "get")]
  if v == nil then return nil end
  if self.kind == "avg" then return v.sum / v.count end
  return v
end

local function num_text(v)
  if math.type(v) == "float" and v == floor(v) and v > -2^53 and v < 2^53 then
    return format("%d", v)
  end
  return tostring(v)
end

-- The length of the printable UTF-8 character at s[i] (a well-formed
-- sequence of 2 to 4 bytes that is not a C1 control), or nil.
local function utf8_char(s, i)
  local c = s:byte(i)
  local n, least
  if c >= 0xc2 and c <= 0xdf then n, least = 1, 0xa0    -- U+0080..U+009F are C1 controls
  elseif c >= 0xe0 and c <= 0xef then n, least = 2, 0x800
  elseif c >= 0xf0 and c <= 0xf4 then n, least = 3, 0x10000
  else return nil end
  local cp = c & (0x3f >> n)
  for k = 1, n do
    local b = s:byte(i + k)
    if not b or b & 0xc0 ~= 0x80 then return nil end
    cp = (cp << 6) | (b & 0x3f)
  end
  if cp < least or cp > 0x10ffff or (cp >= 0xd800 and cp <= 0xdfff) then return nil end
  return n + 1
end

-- A key or name as printed: never a raw control byte on the terminal.
-- Control characters (C0, DEL, C1) and bytes that are not UTF-8 become
-- \n, \t, \r or \xNN; a backslash becomes \\ (so that "\x1b" printed is
-- always the escape byte, never the key's own text); printable ASCII and
-- UTF-8 text are kept.
local ESCAPES = { [0x0a] = "\\n", [0x09] = "\\t", [0x0d] = "\\r", [0x5c] = "\\\\" }
local function printable(s)
  s = tostring(s)
  if not s:find("[%z\1-\31\127\\\128-\255]") then return s end
  local out, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local len = c >= 0x80 and utf8_char(s, i)
    if len then
      out[#out + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      if ESCAPES[c] then
        out[#out + 1] = ESCAPES[c]
      elseif c < 0x20 or c >= 0x7f then
        out[#out + 1] = format("\\x%02x", c)
      else
        out[#out + 1] = string.char(c)
      end
      i = i + 1
    end
  end
  return table.concat(out)
end

-- The order of keys whose values tie: no key first, then booleans
-- (false first), numbers (by value), strings (by bytes).
local KEY_RANK = { boolean = 1, number = 2, string = 3 }
local function key_before(a, b)
  if a == NOKEY or b == NOKEY then return a == NOKEY and b ~= NOKEY end
  local ta, tb = type(a), type(b)
  if ta ~= tb then return KEY_RANK[ta] < KEY_RANK[tb] end
  if ta == "boolean" then return not a and b end
  return a < b
end

-- The lines bpftrace prints for the map: "@name[key]: value" per key,
-- sorted by value (then by key), a histogram under "@name[key]:" each.
function Map:format()
  local keys, shown = {}, {}
  for i = 1, self.nkeys do
    local key = self.order[i]
    keys[i] = key
    shown[key] = map_value(self, self.values[key])
  end
  table.sort(keys, function(a, b)
    local va, vb = shown[a], shown[b]
    if va ~= vb then return va < vb end
    return key_before(a, b)
  end)
  local out, name = {}, printable(self.name)
  for _, key in ipairs(keys) do
    local label = "@" .. name
    if key ~= NOKEY then label = label .. "[" .. printable(key) .. "]" end
    if self.kind == "hist" then
      out[#out + 1] = label .. ":\n" .. self.values[key]:format() .. "\n"
    else
      out[#out + 1] = label .. ": " .. num_text(shown[key]) .. "\n"
    end
  end
  return table.concat(out)
end

-- The map as one JSON object, as bpftrace -f json prints maps:
-- {"type":"map","data":{"@name":{"key":value,...}}} ({"@name":value}
-- without key; with a key too, that value is under ""), or for
-- histograms {"type":"hist","data":{"@name":{"key":[{"min":0,"max":0,
-- "count":1},...]}}} (bounds inclusive; an open end has none). Keys are
-- strings in JSON: 10 is "10".
function Map:json_value()
  local data, single = {}, nil
  for i = 1, self.nkeys do
    local key = self.order[i]
    local v, value = self.values[key], nil
    if self.kind == "hist" then
      value = {}
      for _, b in ipairs(v:buckets()) do
        value[#value + 1] = { min = b.min, max = b.max and b.max - 1, count = b.count }
      end
    else
      value = map_value(self, v)
    end
    if key == NOKEY then single = value else data[tostring(key)] = value end
  end
  if single ~= nil then
    if next(data) == nil then data = single else data[""] = single end
  end
  return { type = self.kind == "hist" and "hist" or "map", data = { ["@" .. self.name] = data } }
end

-- A blank line after the map, as bpftrace (a histogram has one after each
-- key already); with -j one JSON line.
function Map:print()
  if self.nkeys > 0 then
    if M.printer.json then
      M.json(self:json_value())
    else
      M.printf(self.kind == "hist" and "%s" or "%s\n", self:format())
    end
  end
  return self
end

function Map:clear()
  self.values, self.order, self.nkeys = {}, {}, 0
  return self
end

function Map:len()
  return self.nkeys
end

Map.__tostring = function(self) return self:format() end

function M.map(name)
  if name ~= nil and type(name) ~= "string" then
    error(format("bad argument #1 to 'map' (string expected, got %s)", type(name)), 2)
  end
  name = name or ""
  if maps_by_name[name] then return maps_by_name[name] end
  local m = setmetatable({ name = name, values = {}, order = {}, nkeys = 0 }, Map)
  maps[#maps + 1] = m
  maps_by_name[name] = m
  return m
end

-- Called by the bridge once the on_end hooks have run.
function M._print_maps()
  for _, m in ipairs(maps) do
    if m.nkeys > 0 then m:print() end
  end
end

return M
