-- ltr.map(name): count, sum, min, max, avg, hist per key; :print() and,
-- at the end, every map with data prints itself as bpftrace prints maps
-- (@name[key]: value, sorted by value), then a blank line.
-- cmd: /bin/echo one; /bin/echo two
-- expect-output: ^@writes\[echo\]: 2$
-- expect-output: ^@bytes\[echo\]: 8$
-- expect-output: ^@smallest\[write\]: 4$
-- expect-output: ^@largest\[write\]: 4$
-- expect-output: ^@mean\[write\]: 4$
-- expect-output: ^@sizes\[write\]:$
-- expect-output: ^\[4, 8\) +2 \|@+\|$
-- expect-no-output: ^@empty
local expect = require "expect"
local writes, bytes = ltr.map("writes"), ltr.map("bytes")
local smallest, largest, mean = ltr.map("smallest"), ltr.map("largest"), ltr.map("mean")
local sizes, empty = ltr.map("sizes"), ltr.map("empty")
expect.eq(ltr.map("writes"), writes, "one map per name")
ltr.on_exit("write", function(c)
  writes:count(c.proc.comm)
  bytes:sum(c.proc.comm, c.ret)
  smallest:min(c.name, c.ret)
  largest:max(c.name, c.ret)
  mean:avg(c.name, c.ret)
  sizes:hist(c.name, c.ret)
  empty:count("x")
end)
ltr.on_end(function()
  expect.eq(writes:get("echo"), 2, "get")
  expect.eq(mean:get("write"), 4.0, "avg get")
  expect.raises("holds count values", writes.sum, writes, "echo", 1)
  expect.raises("key expected", writes.count, writes, {})
  expect.eq(empty:len(), 1, "len")
  empty:clear()
  expect.eq(empty:len(), 0, "cleared")
  local text = writes:format()
  expect.eq(text, "@writes[echo]: 2\n", "format")
end)
