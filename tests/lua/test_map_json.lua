-- With -j every map prints as one JSON object, as bpftrace -f json prints
-- maps: {"type":"map","data":{"@name":{"key":value}}}, a keyless map's
-- value alone, histograms as "hist" with their buckets.
-- args: -j
-- no-expect
-- cmd: /bin/echo one; /bin/echo two
-- expect-output: ^\{"data":\{"@jwrites":\{"echo":2\}\},"type":"map"\}$
-- expect-output: ^\{"data":\{"@jtotal":8\},"type":"map"\}$
-- expect-output: ^\{"data":\{"@javg":\{"-7":-3\}\},"type":"map"\}$
-- expect-output: ^\{"data":\{"@jsizes":\{"write":\[\{"count":2,"max":7,"min":4\}\]\}\},"type":"hist"\}$
-- expect-no-output: ^@
local writes, total = ltr.map("jwrites"), ltr.map("jtotal")
local sizes, avg = ltr.map("jsizes"), ltr.map("javg")
avg:avg(-7, -7); avg:avg(-7, 0)
ltr.on_exit("write", function(c)
  writes:count(c.proc.comm)
  total:sum(nil, c.ret)
  sizes:hist(c.name, c.ret)
end)
