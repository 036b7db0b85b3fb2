-- Make syscalls fail or return a chosen value, as strace -e inject=.
--
-- This is what `ltr -e inject=SPEC` runs. Each SPEC (several are
-- separated by ';') is SET:OPTION[:OPTION...] with SET an strace syscall
-- set (see the trace script) and the options:
--   error=ERRNO       the call does not run; the program sees -1 and ERRNO
--                     (a name such as ENOENT, or a number)
--   retval=N          the call does not run; the program sees N
--   signal=SIG        send SIG (a name or number) to the process on entry
--   syscall=NAME      run NAME instead (with error= or retval=, its result
--                     is then replaced)
--   when=FIRST[..LAST][+[STEP]]
--                     only the FIRST-th call (1-based), or FIRST to LAST, or
--                     from FIRST on every STEP-th (default 1) call; counted
--                     per thread and per syscall, as strace does
-- When several specs name the same syscall, the last one applies to it.
-- Injected calls print " (INJECTED)" after their return value. The
-- default printer is turned on (as strace prints every call) unless
-- -c asked for the summary only.
--
--   ltr -e inject=openat:error=ENOENT:when=2+ -- cat /etc/hostname
--   ltr -e 'inject=getpid:retval=42;close:error=EBADF' -- sh -c true

local spec_text = ltr.arg("inject", "", "injection specs, in strace's -e inject= syntax, separated by ';'")

local function bad(spec, msg)
	error("invalid inject spec '" .. spec .. "': " .. msg, 0)
end

-- An errno name or number -> what call:fail() takes.
local function parse_errno(spec, v)
	if v:match("^%d+$") then
		local n = tonumber(v)
		if n < 1 or n > 4095 then
			bad(spec, "error=" .. v .. " out of range")
		end
		return n
	end
	if not v:match("^E[A-Z0-9]+$") then
		bad(spec, "unknown error '" .. v .. "'")
	end
	-- Make sure the name is known (when ltr can name errnos at all).
	local ok, name = pcall(ltr.errno_name, 1)
	if ok and name then
		for n = 1, 4095 do
			local o2, nm = pcall(ltr.errno_name, n)
			if o2 and nm == v then
				return v
			end
		end
		bad(spec, "unknown error '" .. v .. "'")
	end
	return v
end

local function parse_signal(spec, v)
	if v:match("^%d+$") then
		return tonumber(v)
	end
	if not v:match("^SIG") then
		v = "SIG" .. v
	end
	for n = 1, 64 do
		local ok, nm = pcall(ltr.signal_name, n)
		if ok and nm == v then
			return n
		end
	end
	bad(spec, "unknown signal '" .. v .. "'")
end

-- "FIRST[..LAST][+[STEP]]" -> first, last, step.
local function parse_when(spec, v)
	local first, rest = v:match("^(%d+)(.*)$")
	if not first then
		bad(spec, "bad when=" .. v)
	end
	first = tonumber(first)
	local last, step = first, 0
	local l, r2 = rest:match("^%.%.(%d+)(.*)$")
	if l then
		last = tonumber(l)
		rest = r2
		step = 1
	end
	if rest == "+" then
		step = 1
		if not l then last = math.huge end
	elseif rest:match("^%+%d+$") then
		step = tonumber(rest:sub(2))
		if not l then last = math.huge end
	elseif rest ~= "" then
		bad(spec, "bad when=" .. v)
	end
	if first < 1 or last < first or (step == 0 and last ~= first) then
		bad(spec, "bad when=" .. v)
	end
	if step == 0 then
		step = 1
	end
	return first, last, step
end

-- Parses one SET:OPTION... spec.
local function parse_spec(text)
	local fields = {}
	for f in (text .. ":"):gmatch("([^:]*):") do
		fields[#fields + 1] = f
	end
	local ok, set = pcall(ltr.select, fields[1])
	if not ok then
		-- "invalid system call 'nosuch'", as strace says it
		error((tostring(set):gsub("^.-%((.*)%)$", "%1")), 0)
	end
	local inj = { text = fields[1], set = set, first = 1, last = math.huge, step = 1 }
	for i = 2, #fields do
		local k, v = fields[i]:match("^([%w_]+)=(.*)$")
		if not k then
			bad(text, "bad option '" .. fields[i] .. "'")
		elseif k == "error" then
			inj.err = parse_errno(text, v)
		elseif k == "retval" then
			inj.retval = math.tointeger(tonumber(v))
			if not inj.retval then
				bad(text, "bad retval=" .. v)
			end
		elseif k == "signal" then
			inj.signal = parse_signal(text, v)
		elseif k == "syscall" then
			local ok, nr = pcall(ltr.syscall_nr, v)
			if not ok or not nr then
				bad(text, "unknown syscall '" .. v .. "'")
			end
			inj.syscall = v
		elseif k == "when" then
			inj.first, inj.last, inj.step = parse_when(text, v)
		else
			bad(text, "unsupported option '" .. k .. "' (error, retval, signal, syscall, when)")
		end
	end
	if inj.err and inj.retval then
		bad(text, "error= and retval= are mutually exclusive")
	end
	if not inj.err and inj.retval == nil and not inj.signal then
		bad(text, "error=, retval= or signal= is required")
	end
	if inj.syscall and not inj.err and inj.retval == nil then
		bad(text, "syscall= needs error= or retval=")
	end
	return inj
end

local specs = {}
for text in (spec_text .. ";"):gmatch("([^;]*);") do
	if text ~= "" then
		specs[#specs + 1] = parse_spec(text)
	end
end

-- The spec that applies to a call: the last one whose set has it.
local function spec_for(call)
	for i = #specs, 1, -1 do
		if specs[i].set:match(call.nr, call.arch) then
			return specs[i]
		end
	end
	return nil
end

-- Calls seen so far, per thread and syscall number.
local seen = {}
-- Calls to finish at exit (syscall= with error=/retval=), by thread.
local pending = {}

local stock = package.loaded["ltr.stock"] or {}
package.loaded["ltr.stock"] = stock

local function on_enter(call)
	local inj = spec_for(call)
	if not inj then
		return
	end
	-- -P (paths.lua): strace tampers only with the calls it shows
	if stock.names_a_path and not stock.names_a_path(call) then
		return
	end
	local key = call.tid .. ":" .. call.nr
	local n = (seen[key] or 0) + 1
	seen[key] = n
	if n < inj.first or n > inj.last or (n - inj.first) % inj.step ~= 0 then
		return
	end
	if inj.signal then
		call.proc:kill(inj.signal)
	end
	if inj.syscall then
		call.name = inj.syscall
		pending[call.tid] = inj
	elseif inj.err then
		call:fail(inj.err)
	elseif inj.retval ~= nil then
		call:skip(inj.retval)
	end
end

local function on_exit(call)
	local inj = pending[call.tid]
	if not inj then
		return
	end
	pending[call.tid] = nil
	if inj.err then
		call:fail(inj.err)
	else
		call.ret = inj.retval
	end
end

if #specs > 0 then
	-- Hook exactly the syscalls some spec names.
	local union = {}
	for _, inj in ipairs(specs) do
		union[#union + 1] = inj.set
	end
	ltr.on_enter(union, on_enter)
	local substitutes = false
	for _, inj in ipairs(specs) do
		if inj.syscall then substitutes = true end
	end
	if substitutes then
		ltr.on_exit(on_exit)
	end
	ltr.on_process(function(ev)
		if ev.kind == "exit" then
			pending[ev.pid] = nil
		end
	end)
end

if not stock.summary_only then
	ltr.printer.enabled = true
end
