-- proc:detach() of the launched command under the seccomp filter (served
-- silently): ltr exits with its status too, as without the filter.
-- cmd: /bin/echo one; sleep 0.3; echo late; exit 5
-- expect-exit: 5
-- expect-stdout: ^late$
require "detach_launched"
