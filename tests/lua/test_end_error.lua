-- An error in an on_end hook is reported as any hook error (exit 1), not
-- a crash; os.exit() there ends ltr with its status.
-- no-expect
-- expect-exit: 1
-- expect-stderr: ^(.*/)?ltr: .*test_end_error.lua:[0-9]+: boom$
ltr.on_end(function() error("boom") end)
