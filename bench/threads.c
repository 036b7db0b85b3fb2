/* SPDX-License-Identifier: MIT */
/*
 * The thread storm: 4 threads, each N/4 times getppid() and a 1-byte
 * write() to /dev/null. Shows whether a tracer serves its tracees fairly
 * and what following threads costs.
 *
 *	threads [N]        (default 100000: 2N syscalls in all)
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NTHREADS 4

static long per_thread;
static int null_fd;

static void *storm(void *arg)
{
	(void)arg;
	for (long i = 0; i < per_thread; i++) {
		syscall(SYS_getppid);
		if (write(null_fd, "x", 1) != 1)
			return (void *)1;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	pthread_t threads[NTHREADS];
	int failed = 0;

	null_fd = open("/dev/null", O_WRONLY);
	if (null_fd < 0) {
		perror("threads: /dev/null");
		return 1;
	}
	per_thread = n / NTHREADS;
	for (int i = 0; i < NTHREADS; i++)
		if (pthread_create(&threads[i], NULL, storm, NULL) != 0) {
			fprintf(stderr, "threads: pthread_create failed\n");
			return 1;
		}
	for (int i = 0; i < NTHREADS; i++) {
		void *ret;

		pthread_join(threads[i], &ret);
		failed |= ret != NULL;
	}
	return failed;
}
