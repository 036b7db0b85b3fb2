-- An error in a hook: message with traceback, the command runs on, ltr fails.
-- cmd: /bin/echo before; /bin/echo after
-- expect-exit: 1
-- expect-stderr: ^(.*/)?ltr: .*test_hook_error.lua:[0-9]+: boom$
-- expect-stderr: stack traceback
-- expect-stdout: ^after$
-- no-expect
ltr.on_enter("write", function(c) error("boom") end)
