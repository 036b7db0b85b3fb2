-- SPDX-License-Identifier: MIT
-- bench: an empty entry-only hook on %file (no exit stop is needed).
ltr.on_enter("%file", function(c) end)
