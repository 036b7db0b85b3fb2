-- A hook that catches every error (pcall in a loop) is still stopped by
-- --hook-timeout: ltr's verdict passes through pcall.
-- cmd: echo first; echo second
-- args: --hook-timeout 0.5
-- no-expect
-- expect-exit: 1
-- expect-stdout: ^second$
-- expect-stderr: ^(.*/)?ltr: hook at .*test_hook_catch.lua:[0-9]+ ran longer than 0.5 s \(--hook-timeout\)$
ltr.on_enter("write", function(c)
  while true do
    pcall(function() while true do end end)
  end
end)
