-- ltr.printer's line-format fields: timestamps (strace's -t/-tt/-ttt/-r
-- and --absolute-timestamps' FORMAT,PRECISION), relative, durations with
-- their precisions, columns, syscall_number, instruction_pointer; the
-- lines they make.
-- cmd: /bin/echo hi
-- expect-output: ^[0-9]+ +[0-9]{10}\.[0-9]{3} \(\+ +[0-9]+\.[0-9]{9}\) \[ +1\] \[[0-9a-f]{16}\] write\(1, "hi\\n", 3\) {5,}= 3 <[0-9]+>$
local expect = require "expect"
local p = ltr.printer

-- defaults: nothing before the call, "= " at column 40, -T in microseconds
expect.eq(p.timestamps, nil, "no timestamps")
expect.eq(p.relative, false, "no -r")
expect.eq(p.durations, false, "no -T")
expect.eq(p.columns, 40, "column 40")
expect.eq(p.syscall_number, false, "no -n")
expect.eq(p.instruction_pointer, false, "no -i")

-- strace's short options read back as themselves
for _, ts in ipairs({ "t", "tt", "ttt" }) do
  p.timestamps = ts
  expect.eq(p.timestamps, ts, ts)
  expect.eq(p.relative, false, ts .. " turns -r off")
end
p.timestamps = "r"
expect.eq(p.timestamps, "r", "r")
expect.eq(p.relative, "us", "r: -r in microseconds")
p.timestamps = nil
expect.eq(p.timestamps, nil, "nil")
expect.eq(p.relative, false, "nil turns -r off")

-- --absolute-timestamps' FORMAT,PRECISION; "t" and friends when they are one
p.timestamps = "time,ms"
expect.eq(p.timestamps, "time,ms", "time,ms")
p.timestamps = "time,us"
expect.eq(p.timestamps, "tt", "time,us is -tt")
p.timestamps = "unix,s"
expect.eq(p.timestamps, "unix,s", "unix,s")
p.timestamps = "time"
expect.eq(p.timestamps, "t", "time is -t")
expect.raises("timestamps", function() p.timestamps = "tttt" end)
expect.raises("timestamps", function() p.timestamps = "unix,fs" end)

-- -r and -T: true keeps the precision, a unit sets it
p.relative = "ns"
expect.eq(p.relative, "ns", "relative ns")
expect.eq(p.timestamps, "t", "-r leaves the absolute stamp")
p.durations = true
expect.eq(p.durations, "us", "durations in microseconds by default")
p.durations = "s"
expect.eq(p.durations, "s", "durations in seconds")
p.durations = false
expect.eq(p.durations, false, "durations off")
p.durations = true
expect.eq(p.durations, "s", "true keeps the precision")
expect.raises("durations", function() p.durations = "minutes" end)

p.columns = 0
expect.eq(p.columns, 0, "columns 0")
expect.raises("column", function() p.columns = -1 end)
p.syscall_number = true
p.instruction_pointer = true
expect.eq(p.syscall_number, true, "-n")
expect.eq(p.instruction_pointer, true, "-i")

-- what the lines look like: -ttt in ms, "(+ ...)" in ns, -n, -i, -a 100, -T in s
p.timestamps = "unix,ms"
p.columns = 100
ltr.trace("write")
