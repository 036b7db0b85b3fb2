-- no-expect
-- A module require cannot find: the message names the script's line.
-- expect-exit: 2
-- expect-stderr: test_require_missing\.lua:5: module 'ltr_no_such_module' not found:$
local m = require "ltr_no_such_module"
