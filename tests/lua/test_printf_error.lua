-- no-expect
-- A bad printf argument names printf and the script's line (it named
-- string.format and no place at all).
-- expect-exit: 2
-- expect-stderr: test_printf_error\.lua:7: bad argument #2 to 'printf' \(number has no integer representation\)$
local x = 1
ltr.printf("%d\n", 1.5)
