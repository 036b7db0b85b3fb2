/* SPDX-License-Identifier: MIT */
/* The tracee table: a small hash of traced threads by tid. */
#include <stdlib.h>

#include "ltr/stats.h"
#include "ltr/tracee.h"

#define NBUCKETS 256

static struct tracee *buckets[NBUCKETS];
static struct tracee *all;
static unsigned count;
static unsigned silent_count;

static unsigned bucket_of(pid_t tid)
{
	return (unsigned)tid % NBUCKETS;
}

static void hash_insert(struct tracee *t)
{
	unsigned b = bucket_of(t->tid);

	t->hash_next = buckets[b];
	buckets[b] = t;
}

static void hash_remove(struct tracee *t)
{
	struct tracee **p;

	for (p = &buckets[bucket_of(t->tid)]; *p; p = &(*p)->hash_next) {
		if (*p == t) {
			*p = t->hash_next;
			return;
		}
	}
}

struct tracee *ltr_tracee_add(pid_t tid, pid_t pid)
{
	struct tracee *t = ltr_xcalloc(1, sizeof(*t));

	t->tid = tid;
	t->pid = pid;
	ltr_mem_init_pid(&t->mem, tid);
	hash_insert(t);
	t->list_next = all;
	all = t;
	count++;
	LTR_STAT_INC(tracees);
	return t;
}

struct tracee *ltr_tracee_find(pid_t tid)
{
	struct tracee *t;

	for (t = buckets[bucket_of(tid)]; t; t = t->hash_next)
		if (t->tid == tid)
			return t;
	return NULL;
}

void ltr_tracee_remove(struct tracee *t)
{
	struct tracee **p;

	hash_remove(t);
	for (p = &all; *p; p = &(*p)->list_next) {
		if (*p == t) {
			*p = t->list_next;
			break;
		}
	}
	count--;
	if (t->flags & TRACEE_SILENT)
		silent_count--;
	ltr_sb_free(&t->text);
	ltr_sb_free(&t->entry_stack);
	ltr_sb_free(&t->held_output);
	free(t);
}

void ltr_tracee_rekey(struct tracee *t, pid_t new_tid)
{
	hash_remove(t);
	t->tid = new_tid;
	ltr_mem_init_pid(&t->mem, new_tid);
	hash_insert(t);
}

unsigned ltr_tracee_count(void)
{
	return count;
}

void ltr_tracee_set_silent(struct tracee *t)
{
	if (!(t->flags & TRACEE_SILENT)) {
		t->flags |= TRACEE_SILENT;
		silent_count++;
	}
}

unsigned ltr_tracee_visible_count(void)
{
	return count - silent_count;
}

struct tracee *ltr_tracee_first(void)
{
	return all;
}
