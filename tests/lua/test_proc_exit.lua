-- A process's exit event still has ev.proc with comm, exe, cwd, argv and ppid
-- as ltr last saw the process (read at its exit, when /proc shows a zombie
-- or nothing).
-- cmd: cd /tmp && /bin/sleep 0.05; exit 4
-- expect-exit: 4
local expect = require "expect"
local seen = expect.hook("sleep exit", 1)
ltr.on_process(function(ev)
  if ev.kind == "exit" and ev.proc.comm == "sleep" then
    expect.truthy(ev.proc.exe and ev.proc.exe:match("/sleep$"), "exe: " .. tostring(ev.proc.exe))
    expect.eq(ev.proc.cwd, "/tmp", "cwd")
    expect.eq(ev.proc.argv and ev.proc.argv[2], "0.05", "argv[2]")
    expect.eq(ev.proc.cmdline, "/bin/sleep 0.05", "cmdline")
    expect.eq(ev.exit_code, 0, "exit code")
    expect.truthy(math.type(ev.proc.ppid) == "integer" and ev.proc.ppid > 1, "ppid: " .. tostring(ev.proc.ppid))
    seen()
  end
end)
