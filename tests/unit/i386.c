/* SPDX-License-Identifier: MIT */
/* Asks tests/fixtures/i386_probe.c once; see i386.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "i386.h"

const char *test_fixture_dir(void)
{
	const char *dir = getenv("LTR_FIXTURES");

	return dir && *dir ? dir : "build/fixtures";
}

void skip_unless_i386_runs(const char *name)
{
	static int probed = -1;  /* -1 not yet, 0 runs, 1 does not, 2 broken */
	static char reason[512];

	if (probed < 0) {
		char cmd[4200];
		FILE *p;
		int status;
		size_t n;

		snprintf(cmd, sizeof(cmd), "'%s/i386_probe'", test_fixture_dir());
		p = popen(cmd, "r");
		if (!p) {
			probed = 2;
			snprintf(reason, sizeof(reason), "cannot run %.400s", cmd);
		} else {
			n = fread(reason, 1, sizeof(reason) - 1, p);
			reason[n] = '\0';
			reason[strcspn(reason, "\n")] = '\0';
			status = pclose(p);
			probed = WIFEXITED(status) && WEXITSTATUS(status) <= 1 ? WEXITSTATUS(status) : 2;
			if (probed == 2)
				snprintf(reason, sizeof(reason), "%.400s failed (make fixtures)", cmd);
		}
	}
	if (probed == 2)
		fail_msg("i386 probe: %s", reason);
	if (probed == 1) {
		printf("SKIP %s: %s\n", name, reason);
		fflush(stdout);
		skip();
	}
}
