-- ltr.every runs periodically while tracing.
-- cmd: sleep 0.5
local expect = require "expect"
ltr.every(0.1, expect.hook("every", { min = 2, max = 8 }))
