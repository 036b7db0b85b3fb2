-- A hook that never returns is stopped after --hook-timeout with one
-- line naming its file and line; ltr ends tracing as on any hook error
-- (the command, under the seccomp filter, runs to its end) and exits 1.
-- cmd: echo first; echo second
-- args: --hook-timeout 0.5
-- no-expect
-- expect-exit: 1
-- expect-stdout: ^second$
-- expect-stderr: ^(.*/)?ltr: hook at .*test_hook_timeout.lua:[0-9]+ ran longer than 0.5 s \(--hook-timeout\)$
ltr.on_enter("write", function(c)
  while true do end
end)
