-- A value of the wrong type is an error before tracing.
-- args: -a n=abc
-- expect-exit: 2
-- expect-stderr: -a n=abc: integer expected
-- no-expect
ltr.arg("n", 1)
