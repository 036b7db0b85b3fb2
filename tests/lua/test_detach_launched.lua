-- proc:detach() of the launched command itself (a real PTRACE_DETACH):
-- it runs on untraced, ltr waits for it and exits with its status.
-- cmd: /bin/echo one; sleep 0.3; echo late; exit 5
-- args: --no-seccomp
-- expect-exit: 5
-- expect-stdout: ^late$
require "detach_launched"
