/* SPDX-License-Identifier: MIT */
/*
 * Stack traces through libdwfl (elfutils). Each traced process that is
 * ever unwound gets a session: a Dwfl with the process's file mappings
 * reported from /proc/PID/maps and its threads attached with
 * assume_ptrace_stopped (ltr already holds them in ptrace-stops, so
 * libdwfl reads their registers and memory with ptrace and never attaches
 * or detaches itself). libdwfl picks the register and CFI backend from the
 * process's executable, so 32-bit processes unwind from a 64-bit ltr.
 *
 * The session keeps libdwfl's per-module caches (ELF, symbol tables, CFI)
 * across backtraces; ltr_unwind_invalidate() only marks the map stale, and
 * the next backtrace re-reports the mappings (libdwfl keeps modules whose
 * file and range did not change). A pc outside every known module also
 * triggers one re-read, which covers mappings the tracer did not see.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include <elfutils/libdwfl.h>
#include <linux/ptrace.h>

#include "ltr/arch.h"
#include "ltr/msg.h"
#include "ltr/strbuf.h"
#include "ltr/syscall.h"
#include "ltr/tracee.h"
#include "ltr/unwind.h"

/*
 * A looked-up code address and its symbol. libdwfl searches a module's
 * symbol table linearly for every address; stacks repeat the same return
 * addresses, so each session remembers them.
 */
struct sym_entry {
	uint64_t addr;  /* the address looked up; 0: an empty slot */
	char *name;     /* without version suffix; NULL: no symbol */
	uint64_t start; /* the symbol's address */
};

/* Symbols a session caches before it starts afresh. */
#define SYM_CACHE_MAX 65536

/* An executable mapping of the process, for strace's file offsets. */
struct exec_mapping {
	uint64_t start, end, offset;
};

struct session {
	pid_t pid;
	Dwfl *dwfl;
	bool attached;        /* dwfl_linux_proc_attach succeeded */
	bool stale;           /* mappings changed since the last report */
	bool heal_failed;     /* a re-read found no module for a pc: do not
			       * re-read for unknown pcs until invalidated */
	unsigned wordsize;    /* of the process when the session was made */
	struct exec_mapping *maps;
	size_t nmaps, capmaps;
	struct sym_entry *syms; /* symbol cache: open addressing by address */
	size_t nsyms, capsyms;  /* capsyms: 0 or a power of two */
	bool syms_stale;        /* the mappings were re-read: clear the cache */
	struct session *next;
};

static struct session *sessions;
static bool print_on;

/* Scratch of one walk: pcs and whether each is an exact pc. */
struct walk {
	uint64_t *pcs;
	bool *exact;
	int n, max;
};

void ltr_unwind_set_print(bool on)
{
	print_on = on;
}

bool ltr_unwind_print_enabled(void)
{
	return print_on;
}

/*
 * Separate debug info comes from the build-id tree and debuglinks;
 * libdw asks debuginfod only when the user set DEBUGINFOD_URLS.
 */
static char *debuginfo_path;
static Dwfl_Callbacks proc_callbacks = { .debuginfo_path = &debuginfo_path };

/*
 * libdw is loaded only when a stack is first needed: most traces never
 * unwind, and loading it with its libraries (libelf, libz, liblzma,
 * libbz2, ...) at start-up costs every run about 0.4 ms. Static builds
 * (the cross builds) link it in and call it directly.
 */
#define LIBDW_FUNCTIONS(X) \
	X(dwfl_begin) X(dwfl_end) X(dwfl_report_begin) X(dwfl_report_end) \
	X(dwfl_linux_proc_report) X(dwfl_linux_proc_attach) X(dwfl_linux_proc_find_elf) \
	X(dwfl_standard_find_debuginfo) X(dwfl_addrmodule) X(dwfl_module_info) \
	X(dwfl_module_addrinfo) X(dwfl_module_getsrc) X(dwfl_lineinfo) X(dwfl_frame_pc) \
	X(dwfl_getthread_frames)

#define LIBDW_SONAME "libdw.so.1"

#ifdef LTR_LIBDW_LINKED
#define DW(fn) fn
static bool libdw_load(void)
{
	proc_callbacks.find_elf = dwfl_linux_proc_find_elf;
	proc_callbacks.find_debuginfo = dwfl_standard_find_debuginfo;
	return true;
}
#else
#define LIBDW_POINTER(fn) __typeof__(fn) *fn;
static struct {
	LIBDW_FUNCTIONS(LIBDW_POINTER)
} dw;
#define DW(fn) (dw.fn)

/* Loads libdw once; false (after one line on stderr) when it cannot. */
static bool libdw_load(void)
{
	static int state; /* 0: not tried, 1: loaded, -1: failed */
	const char *missing = NULL;
	void *lib;

	if (state)
		return state > 0;
	state = -1;
	lib = dlopen(LIBDW_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		ltr_msg("no stack traces: %s\n", dlerror());
		return false;
	}
#define LIBDW_RESOLVE(fn) \
	if (!missing && !(*(void **)&dw.fn = dlsym(lib, #fn))) \
		missing = #fn;
	LIBDW_FUNCTIONS(LIBDW_RESOLVE)
#undef LIBDW_RESOLVE
	if (missing) {
		ltr_msg("no stack traces: %s has no %s\n", LIBDW_SONAME, missing);
		return false;
	}
	proc_callbacks.find_elf = dw.dwfl_linux_proc_find_elf;
	proc_callbacks.find_debuginfo = dw.dwfl_standard_find_debuginfo;
	state = 1;
	return true;
}
#endif

/* Reads a whole /proc file. The caller frees the returned text. */
static char *read_proc_file(pid_t pid, const char *what, size_t *len_out)
{
	char path[64];
	size_t cap = 16384, len = 0;
	char *buf;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, what);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	buf = ltr_xmalloc(cap);
	for (;;) {
		ssize_t n;

		if (len + 1 >= cap) {
			cap *= 2;
			buf = ltr_xrealloc(buf, cap);
		}
		n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	buf[len] = '\0';
	*len_out = len;
	return buf;
}

/* Keeps the executable mappings of maps text in s->maps. */
static void parse_exec_mappings(struct session *s, const char *text)
{
	const char *line = text;

	s->nmaps = 0;
	while (line && *line) {
		unsigned long long start, end, offset;
		char perms[8];

		if (sscanf(line, "%llx-%llx %7s %llx", &start, &end, perms, &offset) == 4 &&
		    perms[2] == 'x') {
			if (s->nmaps == s->capmaps) {
				s->capmaps = s->capmaps ? 2 * s->capmaps : 32;
				s->maps = ltr_xrealloc(s->maps, s->capmaps * sizeof(*s->maps));
			}
			s->maps[s->nmaps].start = start;
			s->maps[s->nmaps].end = end;
			s->maps[s->nmaps].offset = offset;
			s->nmaps++;
		}
		line = strchr(line, '\n');
		if (line)
			line++;
	}
}

/*
 * Re-reports the process's mappings to libdwfl (which also finds the
 * vDSO through the auxv: 32-bit processes enter syscalls there). Returns
 * 0 or -1.
 */
static int report_maps(struct session *s)
{
	size_t len = 0;
	char *text = read_proc_file(s->pid, "maps", &len);
	int rc;

	s->stale = false;
	s->syms_stale = true;
	if (text) {
		parse_exec_mappings(s, text);
		free(text);
	}
	DW(dwfl_report_begin)(s->dwfl);
	rc = DW(dwfl_linux_proc_report)(s->dwfl, s->pid) == 0 ? 0 : -1;
	DW(dwfl_report_end)(s->dwfl, NULL, NULL);
	return rc;
}

static unsigned wordsize_of(pid_t tid)
{
	struct tracee *t = ltr_tracee_find(tid);

	return t && t->arch ? t->arch->wordsize : 0;
}

static void clear_syms(struct session *s)
{
	size_t i;

	for (i = 0; i < s->capsyms; i++)
		free(s->syms[i].name);
	free(s->syms);
	s->syms = NULL;
	s->nsyms = s->capsyms = 0;
	s->syms_stale = false;
}

/*
 * Called before each backtrace: names handed out earlier stay valid until
 * here, so the cache is only dropped now (mappings re-read, or full).
 */
static void tidy_syms(struct session *s)
{
	if (s->syms_stale || s->nsyms >= SYM_CACHE_MAX)
		clear_syms(s);
}

static size_t sym_slot(const struct session *s, uint64_t addr)
{
	uint64_t h = addr * 0x9e3779b97f4a7c15ull;

	return (size_t)(h >> 32) & (s->capsyms - 1);
}

static struct sym_entry *sym_insert_slot(struct session *s, uint64_t addr)
{
	size_t i = sym_slot(s, addr);

	while (s->syms[i].addr && s->syms[i].addr != addr)
		i = (i + 1) & (s->capsyms - 1);
	return &s->syms[i];
}

static void grow_syms(struct session *s)
{
	struct sym_entry *old = s->syms;
	size_t oldcap = s->capsyms, i;

	s->capsyms = oldcap ? 2 * oldcap : 256;
	s->syms = ltr_xcalloc(s->capsyms, sizeof(*s->syms));
	for (i = 0; i < oldcap; i++)
		if (old[i].addr)
			*sym_insert_slot(s, old[i].addr) = old[i];
	free(old);
}

/*
 * A C++ name demangled as strace -k prints it ("ns::f3(int)" for
 * "_ZN2ns2f3Ei"), by libstdc++'s __cxa_demangle, loaded at the first
 * mangled name; NULL (the name stays as it is) when it cannot be
 * demangled or libstdc++ cannot be loaded, and in builds that link libdw
 * in. The result is malloc()ed.
 */
static char *demangle(const char *name)
{
#ifdef LTR_LIBDW_LINKED
	(void)name;
	return NULL;
#else
	static int state; /* 0: not tried, 1: loaded, -1: failed */
	static char *(*cxa_demangle)(const char *, char *, size_t *, int *);
	char *out;
	int status = -1;
	void *lib;

	if (strncmp(name, "_Z", 2) != 0)
		return NULL;
	if (!state) {
		state = -1;
		lib = dlopen("libstdc++.so.6", RTLD_NOW | RTLD_LOCAL);
		if (lib && (*(void **)&cxa_demangle = dlsym(lib, "__cxa_demangle")))
			state = 1;
	}
	if (state < 0)
		return NULL;
	out = cxa_demangle(name, NULL, NULL, &status);
	if (status != 0) {
		free(out);
		return NULL;
	}
	return out;
#endif
}

/*
 * The symbol holding lookup in mod, as strace prints it: without the
 * version suffix that .symtab names of versioned symbols carry
 * ("__libc_start_main@@GLIBC_2.34"), C++ names demangled. *start gets
 * its address. NULL when
 * none. The name belongs to s until the next tidy_syms().
 */
static const char *find_symbol(struct session *s, Dwfl_Module *mod, uint64_t lookup,
			       uint64_t *start)
{
	struct sym_entry *e;
	GElf_Off sym_off = 0;
	GElf_Sym sym;
	const char *name;
	char *demangled;

	if (lookup == 0)
		return NULL;
	if (2 * (s->nsyms + 1) > s->capsyms)
		grow_syms(s);
	e = sym_insert_slot(s, lookup);
	if (!e->addr) {
		e->addr = lookup;
		s->nsyms++;
		name = DW(dwfl_module_addrinfo)(mod, lookup, &sym_off, &sym, NULL, NULL, NULL);
		if (name && *name) {
			size_t len = strcspn(name, "@");

			if (len == 0)
				len = strlen(name);
			e->name = ltr_xmalloc(len + 1);
			memcpy(e->name, name, len);
			e->name[len] = '\0';
			e->start = lookup - sym_off;
			demangled = demangle(e->name);
			if (demangled) {
				free(e->name);
				e->name = demangled;
			}
		}
	}
	*start = e->start;
	return e->name;
}

static void session_free(struct session *s)
{
	clear_syms(s);
	if (s->dwfl)
		DW(dwfl_end)(s->dwfl);
	free(s->maps);
	free(s);
}

/* Makes (or rebuilds) the Dwfl of s. Leaves s->dwfl NULL on failure. */
static void session_open(struct session *s, unsigned wordsize)
{
	if (s->dwfl)
		DW(dwfl_end)(s->dwfl);
	s->dwfl = NULL;
	s->attached = false;
	s->wordsize = wordsize;
	if (!libdw_load())
		return;
	s->dwfl = DW(dwfl_begin)(&proc_callbacks);
	if (!s->dwfl)
		return;
	if (report_maps(s) < 0)
		return;
	/* The threads are ours and stopped: libdwfl must not attach them. */
	s->attached = DW(dwfl_linux_proc_attach)(s->dwfl, s->pid, true) == 0;
}

static struct session *session_find(pid_t pid)
{
	struct session *s;

	for (s = sessions; s; s = s->next)
		if (s->pid == pid)
			return s;
	return NULL;
}

/*
 * The session of pid, made on first use and brought up to date: rebuilt
 * when the thread's word size changed (an execve into another
 * personality), re-reported when stale.
 */
static struct session *session_get(pid_t pid, pid_t tid)
{
	struct session *s = session_find(pid);
	unsigned wordsize = wordsize_of(tid);

	if (!s) {
		s = ltr_xcalloc(1, sizeof(*s));
		s->pid = pid;
		s->next = sessions;
		sessions = s;
		session_open(s, wordsize);
	} else if (!s->dwfl || (wordsize && s->wordsize && wordsize != s->wordsize)) {
		session_open(s, wordsize);
	} else if (s->stale) {
		report_maps(s);
	}
	return s;
}

static int walk_frame(Dwfl_Frame *state, void *arg)
{
	struct walk *w = arg;
	Dwarf_Addr pc;
	bool activation = false;

	if (!DW(dwfl_frame_pc)(state, &pc, &activation))
		return DWARF_CB_ABORT;
	if (pc == 0 && w->n > 0)
		return DWARF_CB_ABORT;
	w->pcs[w->n] = pc;
	w->exact[w->n] = activation;
	w->n++;
	return w->n >= w->max ? DWARF_CB_ABORT : DWARF_CB_OK;
}

/* The pc of a stopped thread without unwinding, or 0. */
static uint64_t stopped_pc(pid_t tid)
{
	return ltr_arch_stop_pc(tid);
}

/* strace's offset: where pc lies in the mapped file. */
static uint64_t file_offset(const struct session *s, Dwfl_Module *mod, uint64_t pc)
{
	Dwarf_Addr low = 0;
	size_t i;

	for (i = 0; i < s->nmaps; i++)
		if (pc >= s->maps[i].start && pc < s->maps[i].end)
			return pc - s->maps[i].start + s->maps[i].offset;
	DW(dwfl_module_info)(mod, NULL, &low, NULL, NULL, NULL, NULL, NULL);
	return pc - low;
}

/*
 * Fills frame for pc. exact: pc is where the thread is (the innermost
 * frame, a signal frame); otherwise pc is a return address and the call
 * instruction before it is what gets looked up (a call at the very end of
 * a function returns into the next one).
 */
static void describe(struct session *s, uint64_t pc, bool exact, struct ltr_frame *frame,
		     bool want_lines, bool *refreshed)
{
	uint64_t lookup = exact || pc == 0 ? pc : pc - 1;
	Dwfl_Module *mod;
	uint64_t start = 0;
	const char *name;

	memset(frame, 0, sizeof(*frame));
	frame->pc = pc;
	if (!s || !s->dwfl)
		return;
	mod = DW(dwfl_addrmodule)(s->dwfl, lookup);
	if (!mod && !*refreshed && !s->heal_failed) {
		/* A mapping the tracer did not tell us about: look again once. */
		*refreshed = true;
		report_maps(s);
		mod = DW(dwfl_addrmodule)(s->dwfl, lookup);
		s->heal_failed = !mod;
	}
	if (!mod)
		return;
	frame->module = DW(dwfl_module_info)(mod, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
	/* libdwfl names it "[vdso: PID]"; stacks of many processes compare equal without the pid. */
	if (frame->module && !strncmp(frame->module, "[vdso", 5))
		frame->module = "[vdso]";
	frame->module_offset = file_offset(s, mod, pc);
	name = find_symbol(s, mod, lookup, &start);
	if (name) {
		frame->symbol = name;
		frame->offset = pc - start;
	}
	if (want_lines) {
		Dwfl_Line *line = DW(dwfl_module_getsrc)(mod, lookup);
		int lineno = 0;
		const char *file;

		if (line) {
			file = DW(dwfl_lineinfo)(line, NULL, &lineno, NULL, NULL, NULL);
			if (file) {
				frame->file = file;
				frame->line = lineno;
			}
		}
	}
}

int ltr_unwind_thread(pid_t pid, pid_t tid, struct ltr_frame *frames, int max,
		      bool want_lines)
{
	struct session *s;
	struct walk w;
	bool refreshed = false;
	int i;

	if (max <= 0)
		return 0;
	s = session_get(pid, tid);
	tidy_syms(s);
	w.pcs = ltr_xmalloc((size_t)max * sizeof(*w.pcs));
	w.exact = ltr_xmalloc((size_t)max * sizeof(*w.exact));
	w.n = 0;
	w.max = max;
	if (s->dwfl && s->attached) {
		DW(dwfl_getthread_frames)(s->dwfl, tid, walk_frame, &w);
		/*
		 * A pc in no known module means mappings the tracer did not
		 * report: the walk went wrong from there (no CFI). Re-read the
		 * maps and walk again, once.
		 */
		for (i = 0; i < w.n; i++) {
			uint64_t pc = w.exact[i] ? w.pcs[i] : w.pcs[i] - 1;

			if (!DW(dwfl_addrmodule)(s->dwfl, pc) && !s->heal_failed) {
				refreshed = true;
				report_maps(s);
				s->heal_failed = !DW(dwfl_addrmodule)(s->dwfl, pc);
				w.n = 0;
				DW(dwfl_getthread_frames)(s->dwfl, tid, walk_frame, &w);
				break;
			}
		}
	}
	if (w.n == 0) {
		/* No unwind at all: at least say where the thread is. */
		uint64_t pc = stopped_pc(tid);

		if (pc) {
			w.pcs[0] = pc;
			w.exact[0] = true;
			w.n = 1;
		}
	}
	for (i = 0; i < w.n; i++)
		describe(s, w.pcs[i], w.exact[i], &frames[i], want_lines, &refreshed);
	free(w.pcs);
	free(w.exact);
	return w.n;
}

int ltr_unwind_symbolize(pid_t pid, uint64_t addr, struct ltr_frame *frame,
			 bool want_lines)
{
	struct session *s = session_get(pid, pid);
	bool refreshed = false;

	tidy_syms(s);
	describe(s, addr, true, frame, want_lines, &refreshed);
	return frame->module ? 0 : -ENOENT;
}

void ltr_unwind_print(struct tracee *t, struct ltr_strbuf *out, bool at_entry)
{
	static struct ltr_frame *frames;
	int n, i;

	if (!print_on)
		return;
	if (!frames)
		frames = ltr_xcalloc(LTR_UNWIND_MAX_FRAMES, sizeof(*frames));
	n = ltr_unwind_thread(t->pid, t->tid, frames, LTR_UNWIND_MAX_FRAMES, false);
	for (i = 0; i < n; i++) {
		const struct ltr_frame *f = &frames[i];

		if (!f->module) {
			/* strace's words; the walk cannot go on from here. */
			ltr_sb_printf(out, " > unexpected_backtracing_error [0x%" PRIx64 "]\n",
				      f->pc);
			break;
		}
		if (f->symbol)
			ltr_sb_printf(out, " > %s(%s+0x%" PRIx64 ") [0x%" PRIx64 "]\n",
				      f->module, f->symbol, f->offset, f->module_offset);
		else /* as Debian's strace -k (libunwind) prints each */
			ltr_sb_printf(out, " > %s(%s) [0x%" PRIx64 "]\n", f->module,
				      at_entry ? "+0x0" : "", f->module_offset);
	}
}

const char *const ltr_unwind_map_syscalls[] = {
	"mmap", "mmap2", "mprotect", "pkey_mprotect", "munmap", "mremap",
	"shmat", "shmdt", "remap_file_pages", "execve", "execveat", NULL,
};

bool ltr_unwind_changes_maps(const struct ltr_arch *arch, long nr, const uint64_t args[6])
{
	const struct ltr_syscall_desc *desc = arch ? ltr_arch_syscall_desc(arch, nr) : NULL;
	size_t i;

	if (!desc)
		return false;
	for (i = 0; ltr_unwind_map_syscalls[i]; i++) {
		if (strcmp(desc->name, ltr_unwind_map_syscalls[i]))
			continue;
		/* Only executable mappings matter; 32-bit old mmap passes a struct. */
		if (i < 4 && !(i == 0 && arch->wordsize == 4))
			return (args[2] & PROT_EXEC) != 0;
		return true;
	}
	return false;
}

bool ltr_unwind_active(void)
{
	return sessions != NULL;
}

void ltr_unwind_invalidate(pid_t pid)
{
	struct session *s = session_find(pid);

	if (s) {
		s->stale = true;
		s->heal_failed = false;
	}
}

void ltr_unwind_forget(pid_t pid)
{
	struct session **pp;

	for (pp = &sessions; *pp; pp = &(*pp)->next) {
		if ((*pp)->pid == pid) {
			struct session *s = *pp;

			*pp = s->next;
			session_free(s);
			return;
		}
	}
}

void ltr_unwind_shutdown(void)
{
	while (sessions) {
		struct session *s = sessions;

		sessions = s->next;
		session_free(s);
	}
}
