-- An -a name no script declares is an error listing the declared names.
-- args: -a nope=1
-- expect-exit: 2
-- expect-stderr: ^(.*/)?ltr: unknown script argument 'nope' \(declared: alpha, beta\)$
-- no-expect
ltr.arg("alpha", 1)
ltr.arg("beta", "x")
