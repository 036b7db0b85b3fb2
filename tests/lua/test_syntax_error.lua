-- A syntax error stops ltr before the command runs.
-- cmd: echo should-not-run
-- expect-exit: 2
-- expect-stderr: ^(.*/)?ltr: .*test_syntax_error.lua:[0-9]+: .*near
-- no-expect
local x = = 1
