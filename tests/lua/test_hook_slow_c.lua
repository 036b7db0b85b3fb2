-- A hook spending its time in C functions (os.execute), few Lua
-- instructions, is stopped once the running one returns.
-- cmd: echo first; echo second
-- args: --hook-timeout 0.5
-- no-expect
-- expect-exit: 1
-- expect-stdout: ^second$
-- expect-stderr: ran longer than 0.5 s \(--hook-timeout\)$
ltr.on_enter("write", function(c)
  for i = 1, 20 do os.execute("sleep 0.2") end
end)
