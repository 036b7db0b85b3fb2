-- ltr.arg: typed script arguments.
-- args: -a n=42 -a f=2.5 -a b=yes -a s=hello -a off=0
local expect = require "expect"
expect.eq(ltr.arg("n", 1, "an integer"), 42, "integer")
expect.eq(math.type(ltr.arg("n", 1)), "integer", "integer type")
expect.eq(ltr.arg("f", 1.0, "a float"), 2.5, "float")
expect.eq(ltr.arg("b", false, "a boolean"), true, "boolean")
expect.eq(ltr.arg("off", true), false, "boolean 0")
expect.eq(ltr.arg("s", "x", "a string"), "hello", "string")
expect.eq(ltr.arg("absent", 7, "not given"), 7, "default")
