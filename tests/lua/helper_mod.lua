-- A module for test_require.lua, found through $LTR_PATH.
return { answer = 42 }
