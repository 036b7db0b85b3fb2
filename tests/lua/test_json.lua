-- ltr.json: valid JSON whatever the bytes.
-- expect-output: ^\{"a":\[1,2,3\]\}$
local expect = require "expect"
expect.eq(ltr.json_encode("a\0b\n\"\\\255\xc3\xa9"), '"a\\u0000b\\n\\"\\\\\\u00ff\xc3\xa9"', "escapes")
expect.eq(ltr.json_encode({ 1, 2, 3 }), "[1,2,3]", "array")
expect.eq(ltr.json_encode({ x = true }), '{"x":true}', "object")
expect.eq(ltr.json_encode({ zeta = 1, alpha = { b = 2, a = 1 }, [3] = "x", mid = true }),
  '{"3":"x","alpha":{"a":1,"b":2},"mid":true,"zeta":1}', "keys in a stable (byte) order")
expect.eq(ltr.json_encode(1.5), "1.5", "float")
expect.eq(ltr.json_encode({ [true] = 1, [false] = 2, [{}] = 3, k = 4 }), '{"false":2,"k":4,"true":1}',
  "boolean keys as text, table keys left out")
local t = {}; t.t = t
expect.raises("nested too deep", ltr.json_encode, t)
ltr.json({ a = { 1, 2, 3 } })
