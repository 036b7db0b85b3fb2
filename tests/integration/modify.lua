-- Changes three calls of tests/fixtures/modcheck.c (integration test).
ltr.on_enter("openat", function(c)
	if c:str(2) == "/nonexistent-ltr-in" then
		c:set_str(2, "/etc/hostname")
	end
end)
ltr.on_enter("getppid", function(c) c:fail("EACCES") end)
ltr.on_exit("getpid", function(c) c.ret = 4242 end)
