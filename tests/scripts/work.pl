# SPDX-License-Identifier: MIT
# Exercises every strace syscall class with a few calls each.
my $b = "\0" x 512;
my $root = "/";
syscall(4, $root, $b);             # stat
syscall(6, $root, $b);             # lstat
syscall(5, 0, $b);               # fstat
syscall(262, -100, $root, $b, 0);  # newfstatat
syscall(332, -100, $root, 0, 0xfff, $b); # statx
syscall(137, $root, $b);           # statfs
syscall(138, 0, $b);             # fstatfs
syscall(136, 0, $b);             # ustat
syscall(96, $b, 0);              # gettimeofday
syscall(228, 0, $b);             # clock_gettime
syscall(229, 0, $b);             # clock_getres
syscall(201, 0);                 # time
syscall(159, $b);                # adjtimex (read only: modes 0)
syscall($_ + 0) for (39, 110, 186, 102, 104, 107, 108, 111); # getpid..getpgrp
syscall(115, 0, 0);              # getgroups
syscall(118, $b, substr($b, 8), substr($b, 16)); # getresuid
syscall(157, 16, $b);            # prctl(PR_GET_NAME)
syscall(21, $root, 0);             # access
syscall(79, $b, 256);            # getcwd
my $id = shmget(0, 4096, 01600); shmctl($id, 0, 0);
$id = msgget(0, 01600); msgctl($id, 0, 0);
$id = semget(0, 1, 01600); semctl($id, 0, 0, 0);
socket(my $s, 1, 1, 0); close($s);
socketpair(my $x, my $y, 1, 1, 0);
pipe(my $r, my $w);
$SIG{USR1} = sub { };
kill 'USR1', $$;
my $pid = fork();
if (!$pid) { exit 0 }
waitpid($pid, 0);
open(my $f, "<", "/etc/hostname"); my @l = <$f>; close($f);
opendir(my $d, "/"); my @e = readdir($d); closedir($d);
