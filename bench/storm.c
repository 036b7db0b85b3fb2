/* SPDX-License-Identifier: MIT */
/*
 * The syscall storm: N times getppid() and a 1-byte write() to /dev/null,
 * so 2N syscalls that cost the kernel almost nothing: what remains is the
 * tracer's cost per stop.
 *
 *	storm [N] [go]     (default 100000)
 *
 * With "go" it waits for a byte on stdin first, so that a tracer can be
 * attached (-p) before the storm starts (bench/run.py's attach workload).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	int fd = open("/dev/null", O_WRONLY);

	if (fd < 0) {
		perror("storm: /dev/null");
		return 1;
	}
	if (argc > 2 && argv[2][0] == 'g') {
		char go;

		if (read(0, &go, 1) != 1)
			return 1;
	}
	for (long i = 0; i < n; i++) {
		syscall(SYS_getppid);
		if (write(fd, "x", 1) != 1) {
			perror("storm: write");
			return 1;
		}
	}
	close(fd);
	return 0;
}
