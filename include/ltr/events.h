/* SPDX-License-Identifier: MIT */
/*
 * The one way out of the ptrace loop. The core (stops.c, attach.c,
 * tracer.c) knows nothing of printing or Lua: it emits events, and an
 * ordered list of consumers receives them (the Lua scripts, the text or
 * JSON printer, and whatever else writes or keeps what it sees).
 *
 * Each consumer says which syscalls it wants to see at entry and at exit;
 * the union, built once (ltr_events_build()), is the per-syscall want
 * table the loop reads at every stop and from which the seccomp filter is
 * made. A call is delivered only to the consumers that want it; a syscall
 * no consumer wants costs one table lookup.
 *
 * Order: consumers that change calls (scripts: arguments, return values,
 * skips) see LTR_EV_ENTER and LTR_EV_EXIT first (ltr_events_call() with
 * LTR_CALL_CHANGE); the core then applies their changes to the tracee,
 * and the other consumers see the call as the tracee will
 * (LTR_CALL_OBSERVE). Every other event goes to consumers in the order
 * they were added. An event emitted while another is being delivered (a
 * script's output during its hook) is delivered at once, in full.
 *
 * Consumers never call into the loop. What they want done with the stop
 * itself is state of the call, which the core reads when the stop ends:
 * hold the thread that long (t->call.delay_ns: the core parks it and
 * serves the other tracees meanwhile), deliver a signal (t->call.signal).
 */
#ifndef LTR_EVENTS_H
#define LTR_EVENTS_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct ltr_arch;
struct tracee;

enum ltr_event_kind {
	LTR_EV_START,       /* t is traced from now on (how, count) */
	LTR_EV_EXEC,        /* t completed an execve */
	LTR_EV_ENTER,       /* t entered t->call (filled) */
	LTR_EV_EXIT,        /* t->call returned (completed) */
	/*
	 * t->call ended without a result: t->call.end says how (its thread
	 * ended inside it, ltr detached inside it, or its exit stop could
	 * not be read). Delivered like EXIT, to the observers that wanted
	 * the call's exit; never to the consumers that change calls.
	 */
	LTR_EV_UNRETURNED,
	LTR_EV_SIGNAL,      /* t is about to receive si */
	LTR_EV_GROUP_STOP,  /* t's process was stopped by sig */
	LTR_EV_EXITING,     /* t is on its way out (PTRACE_EVENT_EXIT) */
	LTR_EV_GONE,        /* t ended with wait status status */
	LTR_EV_SUPERSEDED,  /* the leader t was replaced by an execve in thread other */
	LTR_EV_PERSONALITY, /* t->arch changed (32/64-bit) */
	LTR_EV_DETACH,      /* ltr lets t go; t is still valid */
	LTR_EV_RELEASE,     /* t is about to be freed: drop every reference to it */
	/*
	 * A script wrote data (raw_json: whole lines of JSON, ltr.json's);
	 * t: whose hook wrote it, or NULL. data NULL: the scripts are done
	 * writing (after their end hooks), a line left unfinished is whole.
	 */
	LTR_EV_OUTPUT,
	/*
	 * ltr tells the user something about the trace, not an error (data:
	 * the text, without "ltr: " and newline); t NULL. The printer shows
	 * it as "ltr: TEXT" on stderr, or with -j as a JSON event.
	 */
	LTR_EV_NOTICE,
	LTR_EV_TICK,        /* periodic (every 100 ms) when a consumer needs it */
	LTR_EV_END,         /* tracing is over; no tracee is left */
};

/* How a tracee came to be traced (LTR_EV_START). */
enum ltr_start_how {
	/*
	 * The launched command, once its first execve has succeeded (the
	 * exec event, before the execve's exit stop and LTR_EV_EXEC): the
	 * execve's entry comes before it; a command that cannot be executed
	 * has none.
	 */
	LTR_START_LAUNCHED,
	LTR_START_ATTACHED, /* -p: the leader of a process of count threads */
	LTR_START_FOLLOWED, /* a new child or thread (-f, or a thread of -p) */
};

struct ltr_event {
	enum ltr_event_kind kind;
	struct tracee *t;       /* NULL for TICK, END, and OUTPUT outside hooks */
	const siginfo_t *si;    /* SIGNAL */
	int status;             /* GONE: the wait status */
	int sig;                /* GROUP_STOP */
	pid_t other;            /* SUPERSEDED: the execing thread's former tid */
	enum ltr_start_how how; /* START */
	unsigned count;         /* START (attached): threads seized */
	const char *data;       /* OUTPUT, NOTICE */
	size_t len;             /* OUTPUT, NOTICE */
	bool raw_json;          /* OUTPUT: data is JSON lines already */
};

/* What a consumer's wants() returns for one syscall. */
enum {
	LTR_WANT_ENTER = 1u << 0, /* deliver LTR_EV_ENTER */
	LTR_WANT_EXIT = 1u << 1,  /* deliver LTR_EV_EXIT (the exit stop is needed) */
};

/* What a consumer's needs() returns: services of the core. */
enum {
	LTR_NEED_CLOCK = 1u << 0,  /* t->entry_time and t->entry_wall at every entry */
	LTR_NEED_RUSAGE = 1u << 1, /* t->stime_us: system CPU time of each call */
	LTR_NEED_TICK = 1u << 2,   /* LTR_EV_TICK every 100 ms */
	/*
	 * Every call's entry is a syscall-entry stop: no seccomp filter for a
	 * launched command (its stops can then carry a signal, call:signal()).
	 */
	LTR_NEED_ENTRY_STOPS = 1u << 3,
	LTR_NEED_IP = 1u << 4,     /* t->ip at signal, group-stop and exit-event stops too */
};

struct ltr_consumer {
	const char *name;       /* "script", "text", "json", ... (for --stats, -d) */
	bool changes_calls;     /* sees ENTER and EXIT before the others */
	/* LTR_WANT_* for syscall nr of arch (nr -1: numbers beyond the table). */
	unsigned (*wants)(const struct ltr_arch *arch, long nr);
	/* LTR_NEED_*, read when tracing starts; NULL for none. */
	unsigned (*needs)(void);
	void (*event)(const struct ltr_event *ev);
};

/* Adds c after the consumers already added (at most 12). */
void ltr_events_add(const struct ltr_consumer *c);
/* Forgets every consumer and the want table (tests, shutdown). */
void ltr_events_reset(void);

/*
 * Builds the want table from the consumers' wants(); again whenever a
 * consumer's answers change (a script turns the printer on).
 */
void ltr_events_build(void);
/*
 * The want mask of syscall nr of arch: opaque per-consumer bits, kept in
 * t->wants for the call (hot path: one table lookup). 0: nobody wants it.
 */
unsigned ltr_events_wants(const struct ltr_arch *arch, long nr);
/*
 * wants after an entry hook made the call syscall nr (call.name = ...):
 * the consumers that saw the entry also get the exit when they want nr's
 * (a script's exit hooks of the new name); no consumer gets an exit
 * whose entry it did not see.
 */
unsigned ltr_events_wants_renamed(unsigned wants, const struct ltr_arch *arch, long nr);
/* Whether a want mask asks for the call's entry / exit at all. */
bool ltr_events_mask_enter(unsigned mask);
bool ltr_events_mask_exit(unsigned mask);
/* The union of the consumers' needs(). */
unsigned ltr_events_needs(void);

/* Phases of a call event: see the header comment. */
enum ltr_call_phase { LTR_CALL_CHANGE, LTR_CALL_OBSERVE };
/*
 * Delivers ENTER, EXIT or UNRETURNED (as EXIT) of t's call to the
 * consumers of phase whose bit is set in t->wants.
 */
void ltr_events_call(enum ltr_event_kind kind, struct tracee *t, enum ltr_call_phase phase);
/* Delivers any other event to every consumer, in order. */
void ltr_events_emit(const struct ltr_event *ev);
/* Shorthand: an event with kind and t only. */
void ltr_events_emit_simple(enum ltr_event_kind kind, struct tracee *t);

/*
 * A consumer failed beyond repair (a hook raised): the loop stops tracing
 * as on SIGINT and ltr exits with status 1.
 */
void ltr_events_fail(void);
bool ltr_events_failed(void);

#endif
