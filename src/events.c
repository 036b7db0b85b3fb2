/* SPDX-License-Identifier: MIT */
/*
 * Events from the ptrace core to the consumers; see include/ltr/events.h.
 *
 * Consumer i owns two bits of a want mask: 1 << 2i (entry) and
 * 1 << (2i + 1) (exit). The table holds, per arch and syscall number, the
 * mask of every consumer's wants(); the core keeps the mask of the call in
 * flight in t->wants and delivers the call to the consumers whose bits are
 * set, so a consumer is never called for a syscall it did not ask for.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/events.h"
#include "ltr/msg.h"
#include "ltr/tracee.h"

#define MAX_CONSUMERS 12
#define MAX_ARCHES 8
#define ENTER_BITS 0x555555u /* bit 2i of each consumer */
#define EXIT_BITS 0xaaaaaau  /* bit 2i + 1 */

static const struct ltr_consumer *consumers[MAX_CONSUMERS];
static unsigned nconsumers;
static bool failed;

/* Per arch of ltr_arches[]: the masks by number, and beyond the table. */
static uint32_t *masks[MAX_ARCHES];
static uint32_t masks_unknown[MAX_ARCHES];
static bool built;

void ltr_events_add(const struct ltr_consumer *c)
{
	if (nconsumers == MAX_CONSUMERS) {
		ltr_msg("too many event consumers (%s)\n", c->name);
		abort();
	}
	consumers[nconsumers++] = c;
	built = false;
}

void ltr_events_reset(void)
{
	unsigned a;

	for (a = 0; a < MAX_ARCHES; a++) {
		free(masks[a]);
		masks[a] = NULL;
		masks_unknown[a] = 0;
	}
	nconsumers = 0;
	built = false;
	failed = false;
}

/* The mask of every consumer's wants() for nr of arch. */
static uint32_t mask_of(const struct ltr_arch *arch, long nr)
{
	uint32_t mask = 0;
	unsigned i;

	for (i = 0; i < nconsumers; i++) {
		unsigned w = consumers[i]->wants ? consumers[i]->wants(arch, nr) : 0;

		if (w & LTR_WANT_ENTER)
			mask |= 1u << (2 * i);
		if (w & LTR_WANT_EXIT)
			mask |= 1u << (2 * i + 1);
	}
	return mask;
}

/* -d: what the want table of arch says, counted. */
static void debug_table(const struct ltr_arch *arch, const uint32_t *mask)
{
	unsigned enter = 0, exit = 0, i;
	long nr;

	for (nr = 0; nr < (long)arch->nsyscalls; nr++) {
		enter += (mask[nr] & ENTER_BITS) != 0;
		exit += (mask[nr] & EXIT_BITS) != 0;
	}
	ltr_debug_printf("want table %s: %lu syscalls, %u wanted at entry, %u at exit", arch->name,
			 (unsigned long)arch->nsyscalls, enter, exit);
	for (i = 0; i < nconsumers; i++) {
		unsigned n = 0;

		for (nr = 0; nr < (long)arch->nsyscalls; nr++)
			n += (mask[nr] >> (2 * i) & 3u) != 0;
		ltr_debug_printf("  consumer %s: %u syscalls", consumers[i]->name, n);
	}
}

void ltr_events_build(void)
{
	unsigned a;

	for (a = 0; ltr_arches[a] && a < MAX_ARCHES; a++) {
		const struct ltr_arch *arch = ltr_arches[a];
		long nr;

		free(masks[a]);
		masks[a] = calloc(arch->nsyscalls ? arch->nsyscalls : 1, sizeof(**masks));
		if (!masks[a]) {
			ltr_msg("out of memory\n");
			abort();
		}
		for (nr = 0; nr < (long)arch->nsyscalls; nr++)
			masks[a][nr] = mask_of(arch, nr);
		masks_unknown[a] = mask_of(arch, -1);
		if (ltr_debug_enabled)
			debug_table(arch, masks[a]);
	}
	built = true;
}

unsigned ltr_events_wants(const struct ltr_arch *arch, long nr)
{
	static const struct ltr_arch *last_arch;
	static unsigned last_index;
	unsigned a;

	if (!built)
		ltr_events_build();
	if (arch == last_arch) {
		a = last_index;
	} else {
		for (a = 0; ltr_arches[a] && ltr_arches[a] != arch; a++)
			;
		if (!ltr_arches[a] || a >= MAX_ARCHES)
			return 0;
		last_arch = arch;
		last_index = a;
	}
	if (nr < 0 || (unsigned long)nr >= arch->nsyscalls)
		return masks_unknown[a];
	return masks[a][nr];
}

unsigned ltr_events_wants_renamed(unsigned wants, const struct ltr_arch *arch, long nr)
{
	/* the exit bit of each consumer whose entry bit is set */
	return wants | (ltr_events_wants(arch, nr) & ((wants & ENTER_BITS) << 1));
}

bool ltr_events_mask_enter(unsigned mask)
{
	return (mask & ENTER_BITS) != 0;
}

bool ltr_events_mask_exit(unsigned mask)
{
	return (mask & EXIT_BITS) != 0;
}

unsigned ltr_events_needs(void)
{
	unsigned i, needs = 0;

	for (i = 0; i < nconsumers; i++)
		if (consumers[i]->needs)
			needs |= consumers[i]->needs();
	return needs;
}

void ltr_events_call(enum ltr_event_kind kind, struct tracee *t, enum ltr_call_phase phase)
{
	struct ltr_event ev = { .kind = kind, .t = t };
	unsigned shift = kind == LTR_EV_EXIT || kind == LTR_EV_UNRETURNED ? 1 : 0;
	bool changers = phase == LTR_CALL_CHANGE;
	unsigned i;

	for (i = 0; i < nconsumers; i++) {
		if (consumers[i]->changes_calls != changers)
			continue;
		if (t->wants & (1u << (2 * i + shift)))
			consumers[i]->event(&ev);
	}
}

void ltr_events_emit(const struct ltr_event *ev)
{
	unsigned i;

	for (i = 0; i < nconsumers; i++)
		consumers[i]->event(ev);
}

void ltr_events_emit_simple(enum ltr_event_kind kind, struct tracee *t)
{
	struct ltr_event ev = { .kind = kind, .t = t };

	ltr_events_emit(&ev);
}

void ltr_events_fail(void)
{
	failed = true;
}

bool ltr_events_failed(void)
{
	return failed;
}
