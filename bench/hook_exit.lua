-- SPDX-License-Identifier: MIT
-- bench: an empty exit hook on every syscall (the cost of running Lua
-- at every call's exit; nothing is printed).
ltr.on_exit(function(c) end)
