-- require finds modules on the script path ($LTR_PATH).
local expect = require "expect"
expect.eq(require("helper_mod").answer, 42, "module from LTR_PATH")
expect.eq(require("ltr"), ltr, "require 'ltr' is the global")
