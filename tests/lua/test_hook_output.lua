-- What exit hooks print follows the call's line, which stays whole (no
-- unfinished/resumed halves around the hook's output).
-- cmd: /bin/echo hi
-- expect-output: write\(1, "hi\\n", 3\) += 3$
-- expect-output: ^([0-9]+ +)?hook 3$
-- expect-no-output: unfinished|resumed
local expect = require "expect"
ltr.trace("write")
ltr.on_exit("write", function(c)
	ltr.printf("hook %d\n", c.ret)
end)
