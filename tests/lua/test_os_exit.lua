-- os.exit(N) in a hook ends tracing as an error does (the launched
-- command is served to its end, not killed) and ltr exits with N, without
-- an error message.
-- cmd: echo first; echo second
-- no-expect
-- expect-exit: 7
-- expect-stdout: ^second$
-- expect-no-output: os.exit
ltr.on_exit("write", function(c)
  os.exit(7)
end)
