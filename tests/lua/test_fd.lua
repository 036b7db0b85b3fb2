-- call:fd(i): what a descriptor argument refers to, as -yy shows it: files,
-- devices, pipes, and TCP, UDP and UNIX sockets of python3 on 127.0.0.1;
-- nil, msg, errno for a closed descriptor and a non-descriptor argument.
-- cmd: /usr/bin/python3 -c 'import socket,os; s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(1); c=socket.socket(); c.connect(s.getsockname()); a,_=s.accept(); c.send(b"x"); a.recv(1); u=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); u.bind(("127.0.0.1",0)); u.sendto(b"y",u.getsockname()); u.recv(1); x,y=socket.socketpair(); x.send(b"z"); y.recv(1); os.write(1,b""); f=open("/etc/hosts"); f.read(); f.close(); r,w=os.pipe(); os.write(w,b"p")' </dev/null
local expect = require "expect"

local seen = {}
local function saw(what) seen[what] = (seen[what] or 0) + 1 end

-- the listening socket, as accept4 sees it, and the accepted one it returns
local listen_port
ltr.on_enter("accept4", function(c)
  local f = c:fd(1)
  expect.eq(f.kind, "socket", "kind")
  expect.eq(f.proto, "TCP", "proto")
  expect.eq(f.family, "inet", "family")
  expect.eq(f.laddr, "127.0.0.1", "laddr")
  expect.eq(math.type(f.lport), "integer", "lport is a number")
  expect.eq(f.raddr, nil, "no peer")
  expect.truthy(f.link:match("^socket:%[%d+%]$"), "link " .. f.link)
  expect.eq(f.inode, tonumber(f.link:match("%d+")), "inode")
  listen_port = f.lport
  saw("listen")
end)

-- the connected pair: the client sends, the accepted socket receives
ltr.on_exit("sendto", function(c)
  local f = c:fd(1)
  if f.proto == "TCP" then
    expect.eq(f.raddr, "127.0.0.1", "client's peer address")
    expect.eq(f.rport, listen_port, "client's peer is the listening port")
    expect.truthy(f.lport ~= listen_port, "client's own port")
    saw("tcp client")
  elseif f.proto == "UDP" then
    expect.eq(f.laddr, "127.0.0.1", "udp laddr")
    expect.eq(f.rport, nil, "unconnected: no peer")
    saw("udp")
  elseif f.proto == "UNIX-STREAM" then
    expect.eq(f.family, "unix", "family")
    expect.eq(math.type(f.peer), "integer", "peer inode")
    saw("unix")
  end
end)
ltr.on_exit("recvfrom", function(c)
  local f = c:fd(1)
  if f.proto == "TCP" then
    expect.eq(f.lport, listen_port, "accepted socket's port")
    expect.eq(f.raddr, "127.0.0.1", "accepted socket's peer")
    saw("tcp accepted")
  end
end)

-- files and devices
ltr.on_exit("read", function(c)
  local f = c:fd(1)
  if f.kind == "file" and f.path == "/etc/hosts" then
    expect.eq(f.deleted, false, "not deleted")
    expect.eq(f.fd, c.args[1], "fd")
    saw("file")
    local none, msg, err = c:fd(2)
    expect.eq(none, nil, "the buffer is not a descriptor")
    expect.eq(msg, "argument 2 of read is not a descriptor: EINVAL", "message")
    expect.eq(err, "EINVAL", "errno name")
  elseif f.kind == "dev" and f.path == "/dev/null" then
    expect.eq(f.device, "char", "device type")
    expect.eq(f.major, 1, "major")
    expect.eq(f.minor, 3, "minor")
    saw("dev")
  end
end)

-- a pipe; and a descriptor that is closed by the time the call returns
ltr.on_exit("write", function(c)
  local f = c:fd(1)
  if f.kind == "pipe" then
    expect.truthy(f.link:match("^pipe:%[%d+%]$"), "pipe link")
    expect.eq(f.path, nil, "a pipe has no path")
    saw("pipe")
  end
end)
ltr.on_exit("close", function(c)
  if c.failed then return end
  local none, msg, err = c:fd(1)
  expect.eq(none, nil, "closed descriptor")
  expect.eq(err, "EBADF", "errno name")
  expect.truthy(msg and msg:match("^descriptor %d+ is not open"), "message " .. tostring(msg))
  saw("closed")
end)

-- proc:fd(n) is the same lookup by number
ltr.on_enter("recvfrom", function(c)
  local f = c.proc:fd(c.args[1])
  expect.eq(f and f.kind, "socket", "proc:fd")
  local none, _, err = c.proc:fd(999999)
  expect.eq(none, nil, "proc:fd of a closed descriptor")
  expect.eq(err, "EBADF", "proc:fd errno")
end)

expect.at_end(function()
  for _, what in ipairs({ "listen", "tcp client", "tcp accepted", "udp", "unix", "file", "pipe", "closed" }) do
    expect.truthy(seen[what], what .. " seen")
  end
end)
