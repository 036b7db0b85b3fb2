-- Print only the syscalls of a set, as strace -e trace=SET.
--
-- This is what `ltr -e trace=SET` runs. SET is strace's: a comma-separated
-- list of syscall names, %classes (%file, %process, %net, %signal, %ipc,
-- %desc, %memory, %creds, %stat, %lstat, %fstat, %%stat, %statfs,
-- %fstatfs, %%statfs, %clock, %pure), /regular expressions (POSIX
-- extended, matched anywhere in the name), "all" or "none"; '?' before a
-- name lets it be unknown; '!' before the set selects everything else.
--
--   ltr -e trace=%file,close -- ls
--   ltr -s trace -a 'trace=!mmap,/^rt_sig' -- sh -c true
--
-- Argument: trace (the set).

local spec = ltr.arg("trace", "all", "the syscalls to print, in strace's -e trace= syntax")

-- A bad set is the user's mistake on the command line: one clean line.
local ok, sel = pcall(ltr.select, spec)
if not ok then
	error(tostring(sel):gsub("^.-%((.*)%)$", "%1"), 0)
end
ltr.trace(sel)
