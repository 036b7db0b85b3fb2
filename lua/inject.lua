-- Tamper with syscalls, as strace -e inject= and -e fault=.
--
-- This is what `ltr -e inject=SPEC` and `ltr -e fault=SPEC` run. Each
-- SPEC (several are separated by ';'; a fault one starts with "fault:")
-- is strace 6.1's: SET:OPTION[:OPTION...], SET an strace syscall set (see
-- the trace script), and the options
--   error=ERRNO       the call does not run; the program sees -1 and
--                     ERRNO (a name, in any case, or a number 1..4095)
--   retval=VALUE      the call does not run; the program sees VALUE (C
--                     syntax: decimal, 0x hex, 0 octal; a success even
--                     in the error range, with strace's warnings)
--   signal=SIG        the thread gets SIG (a name or 1..64) as the call
--                     starts (call:signal(); the command then runs
--                     without ltr's seccomp filter, as under strace)
--   syscall=NAME      with error= or retval=: a pure syscall (%pure) runs
--                     in place of the call before its result is set; as
--                     such a call changes nothing, the call is skipped
--   delay_enter=DELAY the call starts DELAY late; delay_exit=DELAY: the
--                     program sees its result DELAY late (call:delay():
--                     other threads run on); DELAY is microseconds, or
--                     NUMBER{s|ms|us|ns}, decimal fractions allowed
--   poke_enter=@argN=HEX[,@argM=HEX...]
--                     writes the bytes HEX (pairs of hex digits) where
--                     argument N (1..7) points, at entry; poke_exit=: at
--                     exit (call:poke())
--   when=FIRST[..LAST][+[STEP]]
--                     only the FIRST-th call, or FIRST to LAST, every
--                     STEP-th (default 1, or only FIRST without '+');
--                     counted per thread and per syscall, as strace does
-- At least one of error, retval, signal, delay_*, poke_* is required;
-- fault= takes only error (default ENOSYS), syscall and when. When
-- several specs name a syscall, the last one applies to it. Only calls
-- the trace shows are tampered with (-e trace=), as strace does.
-- The trace notes what was done after the return value: " (INJECTED)",
-- " (INJECTED: args)" (poked), " (INJECTED: args, retval)", then
-- " (DELAYED)". A bad spec stops ltr with strace's message ("invalid
-- inject argument 'SPEC'") and status 1.
--
--   ltr -e inject=openat:error=ENOENT:when=2+ -- cat /etc/hostname
--   ltr -e 'inject=getpid:retval=42;close:error=EBADF' -- sh -c true
--   ltr -f -e inject=nanosleep:delay_enter=500ms -- make -j4

local spec_text = ltr.arg("inject", "", "injection specs, in strace's -e inject= syntax, separated by ';' (a -e fault= one prefixed 'fault:')")
local trace_arg = ltr.arg("trace", nil, "only calls in this strace -e trace= set are tampered with (what -e trace= shows)")

local INF = 65535 -- strace's "no last": when= numbers go up to 65535

-- strtoll(s, &end, 10) as strace's number parsers use it: the value (nil
-- when there are no digits or it overflows) and the text after it.
local function strtoll(s)
	local num, rest = s:match("^%s*([+-]?%d+)(.*)$")
	if not num then
		return nil, s
	end
	local v = math.tointeger(tonumber(num))
	return v, rest
end

-- A decimal in 0..max followed by nothing, or by one of the characters
-- of endings: strace's string_to_uint_ex. Returns value, rest or nil.
local function uint_ex(s, max, endings)
	if s == "" then return nil end
	local v, rest = strtoll(s)
	if not v or v < 0 or v > max then return nil end
	if rest ~= "" and not (endings and endings:find(rest:sub(1, 1), 1, true)) then
		return nil
	end
	return v, rest
end

-- The unsigned decimal text of a 64-bit value.
local function udec(v)
	if v >= 0 then return tostring(v) end
	local q = (v >> 1) // 5
	return tostring(q) .. tostring(v - q * 10)
end

-- strtoull(s, &end, 0) taking the whole string: a 64-bit value (a
-- negative number wraps around, as in C), or nil.
local function strtoull_all(s)
	local neg, body = s:match("^%s*([+-]?)(.*)$")
	local base, digits, rest
	if body:match("^0[xX]%x") then
		base, digits = 16, body:match("^0[xX](%x+)")
		rest = body:sub(3 + #digits)
	elseif body:match("^0") then
		base, digits = 8, body:match("^(0[0-7]*)")
		rest = body:sub(#digits + 1)
	elseif body:match("^[1-9]") then
		base, digits = 10, body:match("^(%d+)")
		rest = body:sub(#digits + 1)
	else
		return nil
	end
	if rest ~= "" then
		return nil
	end
	local sig = digits:gsub("^0+", "")
	if (base == 16 and #sig > 16) or (base == 8 and (#sig > 22 or (#sig == 22 and sig:sub(1, 1) > "1")))
		or (base == 10 and (#sig > 20 or (#sig == 20 and sig > "18446744073709551615"))) then
		return nil -- ERANGE
	end
	local v = 0
	for i = 1, #digits do
		v = v * base + tonumber(digits:sub(i, i), 16)
	end
	if neg == "-" then
		v = -v
	end
	return v
end

-- strace's time specification (delays): a number, integer or decimal
-- (with an exponent), of microseconds or with a unit s, ms, us, ns.
-- Nanoseconds, or nil.
local function parse_delay(s)
	local float_len = #s:match("^[eE%.%-%+0-9]*")
	local int_len = #s:match("^[%+0-9]*")
	local scales = { [""] = 1000, s = 1000000000, ms = 1000000, us = 1000, ns = 1 }
	if float_len > int_len then
		-- strtod: the longest prefix that is a decimal number
		local body = s:match("^%s*(.*)$")
		local num
		for _, pat in ipairs({ "^[+-]?%d+%.?%d*[eE][+-]?%d+", "^[+-]?%.%d+[eE][+-]?%d+",
				"^[+-]?%d+%.?%d*", "^[+-]?%.%d+" }) do
			num = body:match(pat)
			if num then break end
		end
		local v = num and tonumber(num)
		if not v or v ~= v or v == math.huge or v < 0 then
			return nil
		end
		local scale = scales[body:sub(#num + 1)]
		if not scale then return nil end
		local per_second = 1000000000 // scale
		local secs = math.floor(v / per_second)
		local nsec = math.floor((v - secs * per_second) * scale) % 1000000000
		return math.tointeger(secs * 1000000000 + nsec)
	end
	local v, rest = uint_ex(s, math.maxinteger, "smun")
	local scale = v and scales[rest]
	if not scale then return nil end
	return v * scale
end

-- One byte of poke data at position p, as sscanf("%2hhx") reads it.
local function hex_byte(s, p)
	while s:sub(p, p):match("^%s$") do p = p + 1 end
	local width, neg = 2, false
	local c = s:sub(p, p)
	if c == "+" or c == "-" then
		neg, p, width = c == "-", p + 1, 1
	end
	if width == 2 and s:sub(p, p + 1):match("^0[xX]$") then
		return 0
	end
	local digits = s:sub(p, p + width - 1):match("^%x+")
	if not digits then return nil end
	local v = tonumber(digits, 16)
	return (neg and -v or v) & 0xff
end

-- "@argN=HEX,..." -> { [N] = bytes }, or nil.
local function parse_poke(s)
	local pokes, any = {}, false
	for token in s:gmatch("[^,]+") do
		local n, data = token:match("^@arg([1-7])=(.*)$")
		if not n or #data == 0 or #data % 2 == 1 or #data > 2048 or pokes[tonumber(n)] then
			return nil
		end
		local bytes = {}
		for i = 1, #data, 2 do
			local b = hex_byte(data, i)
			if not b then return nil end
			bytes[#bytes + 1] = string.char(b)
		end
		pokes[tonumber(n)] = table.concat(bytes)
		any = true
	end
	return any and pokes or nil
end

-- The personalities a syscall name must exist in for syscall=.
local personalities = { ltr.native_arch }
if ltr.native_arch == "x86_64" then
	personalities[2] = "i386"
end

-- Whether the host has a 32-bit compat personality (strace's warnings).
local has_compat = ltr.native_arch == "x86_64" or ltr.native_arch == "aarch64"

local function warn(fmt, ...)
	io.stderr:write(ltr.progname .. ": " .. string.format(fmt, ...) .. "\n")
end

-- strace's warnings for a retval= that a program may take for an error.
local function check_retval(v)
	local inadvertent = false
	if v < 0 and v >= -4095 then
		warn("Inadvertent injection of error %d is possible for retval=%s", -v, udec(v))
		inadvertent = has_compat
	elseif has_compat then
		local low = v & 0xffffffff
		local i32 = low >= 0x80000000 and low - 0x100000000 or low
		if i32 < 0 and i32 >= -4095 then
			warn("Inadvertent injection of error %d is possible in compat personality for retval=%s",
				-i32, udec(v))
			inadvertent = true
		end
	end
	if has_compat and not inadvertent and (v & 0xffffffff) ~= v then
		warn("Injected return value %s will be clipped to %d in compat personality", udec(v), v & 0xffffffff)
	end
end

-- One option of a spec; false when strace would refuse it.
local function parse_option(inj, token, fault)
	local k, v = token:match("^([%a_]+)=(.*)$")
	if k == "when" then
		local first, rest = uint_ex(v, 0xffff, "+.")
		if not first or first < 1 then return false end
		local last = INF
		if rest:sub(1, 1) == "." then
			if rest:sub(2, 2) ~= "." then return false end
			local l, r2 = uint_ex(rest:sub(3), 0xffff, "+")
			if not l or l < first or l == INF then return false end
			last, rest = l, r2
		end
		local step
		if rest ~= "" then
			local s = rest:sub(2)
			if s ~= "" then
				step = uint_ex(s, 0xffff)
				if not step or step < 1 then return false end
			else
				step = 1
			end
		else
			step = last == INF and 0 or 1
		end
		inj.first, inj.last, inj.step = first, last, step
	elseif k == "syscall" then
		if inj.syscall then return false end
		for _, arch in ipairs(personalities) do
			local ok, nr = pcall(ltr.syscall_nr, v, arch)
			local classes = ltr.class(v)
			if not v:match("^[%a_][%w_]*$") or not ok or not nr or not classes or not classes.pure then
				return false
			end
		end
		inj.syscall = v
	elseif k == "error" then
		if inj.err or inj.retval then return false end
		local n = uint_ex(v, 4095)
		if not n then
			n = ltr.errno_nr(v:upper())
		end
		if not n or n < 1 then return false end
		inj.err = n
	elseif not fault and k == "retval" then
		if inj.err or inj.retval then return false end
		local n = strtoull_all(v)
		if not n then return false end
		check_retval(n)
		inj.retval = n
	elseif not fault and k == "signal" then
		if inj.signal then return false end
		local n
		if v:match("^%d") then
			n = uint_ex(v, 255)
		else
			n = ltr.signal_nr(v)
		end
		if not n or n < 1 or n > 64 then return false end
		inj.signal = n
	elseif not fault and (k == "poke_enter" or k == "poke_exit") then
		if inj[k] then return false end
		inj[k] = parse_poke(v)
		if not inj[k] then return false end
	elseif not fault and (k == "delay_enter" or k == "delay_exit") then
		if inj[k] then return false end
		inj[k] = parse_delay(v)
		if not inj[k] then return false end
	else
		return false
	end
	return true
end

-- Parses one spec, as given to -e inject= (or -e fault=: fault true).
local function parse_spec(text, fault)
	local what = fault and "fault argument" or "inject argument"
	local function bad()
		error(string.format("invalid %s '%s'", what, text), 0)
	end
	local inj = { first = 1, last = INF, step = 1 }
	-- ':' separates the set and the options; empty fields are skipped
	local name
	if text:sub(1, 1) == ":" then
		name = ""
	else
		name = text:match("^[^:]*")
	end
	for token in text:sub(#name + 1):gmatch("[^:]+") do
		if not parse_option(inj, token, fault) then
			bad()
		end
	end
	local ok, set = pcall(ltr.select, name)
	if name == "" then
		ok, set = false, "(invalid system call '')"
	end
	if not ok then
		-- "invalid system call 'nosuch'", as strace says it
		error((tostring(set):gsub("^.-%((.*)%)$", "%1")), 0)
	end
	inj.set = set
	if not (inj.err or inj.retval or inj.signal or inj.delay_enter or inj.delay_exit or
			inj.poke_enter or inj.poke_exit) then
		if not fault then
			bad()
		end
		inj.err = ltr.errno_nr("ENOSYS")
	end
	return inj
end

local specs = {}
for text in (spec_text .. ";"):gmatch("([^;]*);") do
	if text ~= "" then
		local body = text:match("^fault:(.*)$")
		specs[#specs + 1] = parse_spec(body or text, body ~= nil)
	end
end

-- The calls that may be tampered with: those the trace shows.
local traced
if trace_arg then
	local ok, set = pcall(ltr.select, trace_arg)
	if ok then
		traced = set
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

-- Per thread: its pid and, per arch and syscall, the countdown of the
-- spec that applies (strace copies when= per thread and syscall).
local threads = {}
-- What to do at the exit of a thread's current call, by thread.
local pending = {}

local stock = package.loaded["ltr.stock"] or {}
package.loaded["ltr.stock"] = stock

-- Whether the when= of inj lets this call through; counts it.
local function counted(call, inj)
	local th = threads[call.tid]
	if not th then
		th = { pid = call.pid, counts = {} }
		threads[call.tid] = th
	end
	local key = call.arch .. ":" .. call.nr
	local st = th.counts[key]
	if not st then
		st = { first = inj.first, last = inj.last }
		th.counts[key] = st
	end
	if st.first == 0 or st.last == 0 then
		return false
	end
	if st.last ~= INF then
		st.last = st.last - 1
	end
	st.first = st.first - 1
	if st.first ~= 0 then
		return false
	end
	st.first = inj.step
	return true
end

-- Writes pokes (strace's poke_enter/poke_exit), saying why one fails
-- (strace's messages, which name its poke_tcb()).
local function poke(call, pokes)
	local nargs = #call.args
	for n = 1, 7 do
		local data = pokes[n]
		if data then
			if n > nargs then
				warn("poke_tcb: Failed to tamper with process %d: requested to tamper with argument #%d, but system call '%s' has only %d arguments",
					call.tid, n, call.name, nargs)
			else
				local written = call:poke(n, data, { partial = true })
				if not written then
					warn("poke_tcb: Failed to tamper with process %d: couldn't poke", call.tid)
				elseif written < #data then
					-- written up to unmapped memory: strace's upoken() says so
					warn("upoken: pid:%d short write (%d < %d) @%#x", call.tid, written, #data,
						call.args[n])
				end
			end
		end
	end
end

local function on_enter(call)
	-- the launched command's own execve is ltr's start-up, as strace's:
	-- never tampered with, nor counted for when=
	if call.launching then
		return
	end
	local inj = spec_for(call)
	if not inj or (traced and not traced:match(call.nr, call.arch)) then
		return
	end
	-- -P (paths.lua): strace tampers only with the calls it shows
	if stock.names_a_path and not stock.names_a_path(call) then
		return
	end
	if not counted(call, inj) then
		return
	end
	if inj.signal then
		call:signal(inj.signal)
	end
	if inj.err then
		call:fail(inj.err)
	elseif inj.retval then
		call:skip(inj.retval, true)
	end
	if inj.poke_enter then
		poke(call, inj.poke_enter)
	end
	if inj.delay_enter then
		call:delay(inj.delay_enter / 1e9)
	end
	if inj.poke_exit or inj.delay_exit then
		pending[call.tid] = inj
	end
end

local function on_exit(call)
	local inj = pending[call.tid]
	if not inj then
		return
	end
	pending[call.tid] = nil
	if inj.poke_exit then
		poke(call, inj.poke_exit)
	end
	if inj.delay_exit then
		call:delay(inj.delay_exit / 1e9)
	end
end

if #specs > 0 then
	-- Hook exactly the syscalls some spec names.
	local union, exits, signals = {}, {}, false
	for _, inj in ipairs(specs) do
		union[#union + 1] = inj.set
		if inj.poke_exit or inj.delay_exit then
			exits[#exits + 1] = inj.set
		end
		signals = signals or inj.signal ~= nil
	end
	ltr.on_enter(union, on_enter)
	if #exits > 0 then
		ltr.on_exit(exits, on_exit)
	end
	-- A signal must come before the call runs: at a syscall-entry stop,
	-- which a seccomp filter's stops are not.
	if signals then
		ltr.no_seccomp()
	end
	ltr.on_process(function(ev)
		if ev.kind == "exit" then
			for tid, th in pairs(threads) do
				if th.pid == ev.pid then
					threads[tid] = nil
					pending[tid] = nil
				end
			end
		end
	end)
end

if not stock.summary_only then
	ltr.printer.enabled = true
end
