/* SPDX-License-Identifier: MIT */
/*
 * The script path (the directories -s NAME, -l and require search), -l
 * and --script-help.
 *
 * The stock scripts (lua/NAME.lua) are also built into ltr
 * (build/gen/lua_stock.h, scripts/gen-embed), after the last directory of
 * the path: a file of the same name anywhere on the path wins, and a
 * binary copied alone to a machine with nothing installed (make static)
 * still has them. A built-in script's "path" is "(built in)/NAME.lua"
 * (LTR_LUA_BUILTIN_DIR); ltr_lua_builtin_text() tells it from a file's.
 */
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ltr/msg.h"
#include "ltr/strbuf.h"
#include "script_internal.h"

#define push_state ltr_lua_push_state

/* The stock scripts built in (scripts/gen-embed -n builtin_scripts). */
struct embedded_module {
	const char *name;            /* "count" */
	const unsigned char *data;
	size_t len;
};
#include "lua_stock.h"

#define BUILTIN_DIR LTR_LUA_BUILTIN_DIR

static bool is_file(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The built-in script name ("count" or "count.lua"), or NULL. */
static const struct embedded_module *builtin_find(const char *name)
{
	size_t len = strlen(name);
	const struct embedded_module *m;

	if (len > 4 && !strcmp(name + len - 4, ".lua"))
		len -= 4;
	for (m = builtin_scripts; m->name; m++)
		if (strlen(m->name) == len && !strncmp(m->name, name, len))
			return m;
	return NULL;
}

const char *ltr_lua_builtin_text(const char *path, size_t *len)
{
	const size_t dir_len = sizeof(BUILTIN_DIR) - 1;
	const struct embedded_module *m;

	if (strncmp(path, BUILTIN_DIR "/", dir_len + 1) != 0 || is_file(path))
		return NULL;
	m = builtin_find(path + dir_len + 1);
	if (!m)
		return NULL;
	*len = m->len;
	return (const char *)m->data;
}

/* The script path. */
static char **dirs;
static unsigned ndirs;
static int stock_dir;    /* index of the first stock-script directory */

/* Appends dir to the script path once; returns its index (-1: none). */
static int add_dir(const char *dir)
{
	unsigned i;

	if (!dir || !*dir)
		return -1;
	for (i = 0; i < ndirs; i++)
		if (!strcmp(dirs[i], dir))
			return (int)i;
	dirs = ltr_xrealloc(dirs, (ndirs + 1) * sizeof(*dirs));
	dirs[ndirs++] = ltr_xstrdup(dir);
	return (int)ndirs - 1;
}


/* lua/ next to the binary (or one level up) when run from the build tree. */
static void add_build_tree(void)
{
	static const char *const ups[] = { "", "/..", "/../.." };
	char exe[PATH_MAX], dir[PATH_MAX + 32], marker[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;
	unsigned i;

	if (n <= 0)
		return;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	/* ./ltr, build/ltr and build/san/ltr all find the tree's lua/ */
	for (i = 0; i < sizeof(ups) / sizeof(ups[0]); i++) {
		snprintf(dir, sizeof(dir), "%s%s/lua", exe, ups[i]);
		snprintf(marker, sizeof(marker), "%s/ltr/init.lua", dir);
		if (is_file(marker)) {
			char *real = realpath(dir, NULL); /* -l shows .../lua, not .../build/../lua */

			stock_dir = add_dir(real ? real : dir);
			free(real);
			return;
		}
	}
	/*
	 * An installed tree moved elsewhere (make install DESTDIR=...):
	 * PREFIX/bin/ltr next to PREFIX/share/ltr/lua.
	 */
	snprintf(dir, sizeof(dir), "%s/../share/ltr/lua", exe);
	snprintf(marker, sizeof(marker), "%s/count.lua", dir);
	if (is_file(marker)) {
		char *real = realpath(dir, NULL);

		stock_dir = add_dir(real ? real : dir);
		free(real);
	}
}

void ltr_lua_path_init(void)
{
	const char *env = getenv("LTR_PATH");
	const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");
	char buf[PATH_MAX];
	int i;

	if (ndirs)
		return;
	/*
	 * Not the current directory: `ltr -s count` run as root in a
	 * directory holding someone's count.lua must not run it (the risk of
	 * "." in PATH). A script there is named by path: -s ./count.lua.
	 */
	if (env) {
		char *copy = ltr_xstrdup(env), *save = NULL, *p;

		for (p = strtok_r(copy, ":", &save); p; p = strtok_r(NULL, ":", &save))
			add_dir(p);
		free(copy);
	}
	if (xdg && *xdg) {
		snprintf(buf, sizeof(buf), "%s/ltr/scripts", xdg);
		add_dir(buf);
	} else if (home && *home) {
		snprintf(buf, sizeof(buf), "%s/.config/ltr/scripts", home);
		add_dir(buf);
	}
	stock_dir = -1;
	add_build_tree();
	i = add_dir(LTR_DATADIR "/lua");
	if (stock_dir < 0)
		stock_dir = i;
}

/*
 * The file of script name: a path when it contains '/', otherwise NAME.lua
 * (or NAME when it ends in .lua) in the first directory of the path that
 * has it, else among the built-in stock scripts, else (NAME.lua only) in
 * the current directory; "@NAME" looks only among
 * the stock scripts (the build tree's lua/ or the installed ones, then the
 * built-in ones), which is what the sugar flags (-c, -T, ...) mean
 * whatever count.lua the current directory holds. The caller frees the
 * result; NULL when not found.
 */
char *ltr_lua_find_script(const char *name)
{
	size_t len;
	bool has_ext, stock_only = name[0] == '@';
	char buf[PATH_MAX];
	unsigned i = 0;

	if (strchr(name, '/'))
		return is_file(name) ? ltr_xstrdup(name) : NULL;
	if (stock_only) {
		name++;
		i = stock_dir >= 0 ? (unsigned)stock_dir : ndirs;
	}
	len = strlen(name);
	has_ext = len > 4 && !strcmp(name + len - 4, ".lua");
	for (; i < ndirs; i++) {
		snprintf(buf, sizeof(buf), "%s/%s%s", dirs[i], name, has_ext ? "" : ".lua");
		if (is_file(buf))
			return ltr_xstrdup(buf);
	}
	if (builtin_find(name)) {
		snprintf(buf, sizeof(buf), BUILTIN_DIR "/%s%s", name, has_ext ? "" : ".lua");
		return ltr_xstrdup(buf);
	}
	/*
	 * A file name (NAME.lua) that neither the path nor the built-in
	 * scripts hold: the current directory's, as "ltr -s opens.lua" means.
	 * Names without .lua never come from there (a count.lua there is not
	 * -s count), nor do "@" names.
	 */
	if (has_ext && !stock_only && is_file(name))
		return ltr_xstrdup(name);
	return NULL;
}

void ltr_lua_script_not_found(const char *name)
{
	bool stock_only = name[0] == '@';
	size_t len = strlen(name);
	unsigned i = stock_only && stock_dir >= 0 ? (unsigned)stock_dir : 0;

	if (strchr(name, '/')) {
		struct stat st;

		if (stat(name, &st) < 0)
			ltr_msg("script '%s' not found\n", name);
		else
			ltr_msg("script '%s' is %s\n", name,
				S_ISDIR(st.st_mode) ? "a directory" : "not a regular file");
		return;
	}
	if (stock_only && stock_dir < 0)
		i = ndirs;
	ltr_msg("script '%s' not found (searched: ", name);
	for (unsigned first = i; i < ndirs; i++)
		fprintf(stderr, "%s%s", i > first ? ":" : "", dirs[i]);
	fprintf(stderr, "%s%s%s)\n", ndirs && !(stock_only && stock_dir < 0) ? ":" : "",
		BUILTIN_DIR, !stock_only && len > 4 && !strcmp(name + len - 4, ".lua") ? ":." : "");
}

/*
 * The first comment block of a script file (its description): "--" lines
 * or one long comment ("--[[ ]]", "--[==[ ]==]") after an optional "#!"
 * line, a space after its opening bracket dropped. Appends it to out,
 * one line per line, without the comment markers.
 */
static void read_description(const char *path, struct ltr_strbuf *out)
{
	size_t builtin_len;
	const char *builtin = ltr_lua_builtin_text(path, &builtin_len);
	FILE *f = builtin ? fmemopen((void *)(uintptr_t)builtin, builtin_len, "r") : fopen(path, "r");
	char line[1024], close[24] = ""; /* the block's closing bracket, "]==]" */
	bool first = true, started = false;

	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *end;
		size_t level = 0;

		line[strcspn(line, "\n")] = '\0';
		if (first && line[0] == '#' && line[1] == '!') {
			first = false;
			continue;
		}
		first = false;
		if (close[0]) {
			end = strstr(p, close);
			if (end)
				*end = '\0';
			ltr_sb_puts(out, p);
			ltr_sb_putc(out, '\n');
			if (end)
				break;
			continue;
		}
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, "--", 2) != 0) {
			if (*p || started)
				break;
			continue;
		}
		p += 2;
		while (p[0] == '[' && p[1 + level] == '=' && level < sizeof(close) - 3)
			level++;
		if (!started && p[0] == '[' && p[1 + level] == '[') {
			/* a long comment, --[[ ]] or --[==[ ]==] */
			close[0] = ']';
			memset(close + 1, '=', level);
			close[1 + level] = ']';
			close[2 + level] = '\0';
			started = true;
			p += 2 + level;
			end = strstr(p, close);
			if (end)
				*end = '\0';
			if (*p == ' ')
				p++;
			if (*p) {
				ltr_sb_puts(out, p);
				ltr_sb_putc(out, '\n');
			}
			if (end)
				break;
			continue;
		}
		started = true;
		if (*p == ' ')
			p++;
		ltr_sb_puts(out, p);
		ltr_sb_putc(out, '\n');
	}
	fclose(f);
	/* drop leading blank lines */
	while (out->len && out->data[0] == '\n') {
		memmove(out->data, out->data + 1, out->len);
		out->len--;
	}
}

/* The summary: the first non-empty line of the description. */
static void summary_of(const char *path, char *dst, size_t size)
{
	struct ltr_strbuf desc = LTR_STRBUF_INIT;
	const char *text;
	size_t n;

	read_description(path, &desc);
	text = ltr_sb_cstr(&desc);
	text += strspn(text, " \t"); /* an indented block comment's first line */
	n = strcspn(text, "\n");
	if (n >= size)
		n = size - 1;
	memcpy(dst, text, n);
	dst[n] = '\0';
	ltr_sb_free(&desc);
}

/*
 * A Lua file's tokens, as far as is_module() needs them: comments, strings
 * and long brackets are skipped whole, so that an `end` or a `return` in
 * them does not count.
 */
struct lua_scan {
	const char *p, *end;
};

/* The level of the long bracket at p ("[[": 0, "[==[": 2), or -1. */
static int long_bracket_level(const char *p, const char *end)
{
	int level = 0;

	if (p >= end || *p != '[')
		return -1;
	for (p++; p < end && *p == '='; p++)
		level++;
	return p < end && *p == '[' ? level : -1;
}

/* Skips a long string or comment opening at s->p (its level given). */
static void skip_long(struct lua_scan *s, int level)
{
	s->p += level + 2;
	for (; s->p < s->end; s->p++) {
		const char *q = s->p + 1;
		int n = 0;

		if (*s->p != ']')
			continue;
		while (q < s->end && *q == '=') {
			q++;
			n++;
		}
		if (n == level && q < s->end && *q == ']') {
			s->p = q + 1;
			return;
		}
	}
}

/*
 * The next token that matters: a name or keyword (its length returned), or
 * any other token: a string, a number, a punctuation character (0); -1 at
 * the end of the text. *tok is where the token starts.
 */
static int scan_token(struct lua_scan *s, const char **tok)
{
	while (s->p < s->end) {
		const char *start = s->p;
		unsigned char c = (unsigned char)*start;
		int level;

		*tok = start;
		if (isspace(c)) {
			s->p++;
		} else if (c == '-' && s->p + 1 < s->end && s->p[1] == '-') {
			s->p += 2;
			level = long_bracket_level(s->p, s->end);
			if (level >= 0) {
				skip_long(s, level);
			} else {
				while (s->p < s->end && *s->p != '\n')
					s->p++;
			}
		} else if (c == '"' || c == '\'') {
			for (s->p++; s->p < s->end && (unsigned char)*s->p != c && *s->p != '\n'; s->p++)
				if (*s->p == '\\' && s->p + 1 < s->end)
					s->p++; /* an escaped quote or newline */
			if (s->p < s->end)
				s->p++; /* the closing quote */
			return 0;
		} else if ((level = long_bracket_level(s->p, s->end)) >= 0) {
			skip_long(s, level);
			return 0;
		} else if (c == '_' || isalpha(c)) {
			while (s->p < s->end && (*s->p == '_' || isalnum((unsigned char)*s->p)))
				s->p++;
			return (int)(s->p - start);
		} else if (isdigit(c)) { /* a number: 0x1p-4, 1e+5, 3.0 */
			for (s->p++; s->p < s->end; s->p++)
				if (!isalnum((unsigned char)*s->p) && *s->p != '.' &&
				    !((*s->p == '-' || *s->p == '+') && strchr("eEpP", s->p[-1])))
					break;
			return 0;
		} else {
			s->p++;
			return 0;
		}
	}
	return -1;
}

static bool is_word(const char *tok, int len, const char *word)
{
	return len == (int)strlen(word) && !strncmp(tok, word, (size_t)len);
}

/*
 * Whether the file at path is a module (something scripts require) and
 * not a script: its main chunk returns a value, as every Lua module does
 * (`return M`, `return { ... }` over many lines, `return setmetatable(...)`);
 * a script never returns a value. Lua allows `return` only as the last
 * statement of a block, so a `return` followed by a value outside every
 * function and block (function, do, if, while, for, repeat) is the main
 * chunk's. Files over 4 MiB are taken as scripts unread.
 */
static bool is_module(const char *path)
{
	enum { MAX_SCAN = 4 << 20 };
	FILE *f = fopen(path, "re");
	struct stat sb;
	struct lua_scan s;
	char *text;
	size_t len;
	int depth = 0, n;
	bool returns = false;
	const char *tok;

	if (!f)
		return false;
	if (fstat(fileno(f), &sb) < 0 || sb.st_size > MAX_SCAN) {
		fclose(f);
		return false;
	}
	text = ltr_xmalloc((size_t)sb.st_size + 1);
	len = fread(text, 1, (size_t)sb.st_size, f);
	fclose(f);
	s.p = text;
	s.end = text + len;
	if (len && text[0] == '#') /* a #! line */
		while (s.p < s.end && *s.p != '\n')
			s.p++;
	while ((n = scan_token(&s, &tok)) >= 0) {
		if (is_word(tok, n, "function") || is_word(tok, n, "do") ||
		    is_word(tok, n, "if") || is_word(tok, n, "repeat")) {
			depth++;
		} else if (is_word(tok, n, "end") || is_word(tok, n, "until")) {
			depth--;
		} else if (depth == 0 && is_word(tok, n, "return")) {
			/* a value follows, not the end of the chunk or a lone ';' */
			n = scan_token(&s, &tok);
			returns = n > 0 || (n == 0 && *tok != ';');
			break;
		}
	}
	free(text);
	return returns;
}

static int filter_lua(const struct dirent *d)
{
	size_t len = strlen(d->d_name);

	return len > 4 && !strcmp(d->d_name + len - 4, ".lua");
}

/* -l: every script on the path, the first of each name, then the built-in
 * stock scripts no file of the path shadows. */
void ltr_lua_list_scripts(void)
{
	struct ltr_strbuf seen = LTR_STRBUF_INIT;
	char **rows = NULL; /* name, summary, path triples */
	size_t nrows = 0, r;
	int name_w = 4, summary_w = 7;
	unsigned i;

	ltr_sb_putc(&seen, '/');
	for (i = 0; i < ndirs; i++) {
		struct dirent **names = NULL;
		int n = scandir(dirs[i], &names, filter_lua, alphasort), j;

		for (j = 0; j < n; j++) {
			char path[PATH_MAX], summary[256], key[300];
			char *name = names[j]->d_name;

			snprintf(path, sizeof(path), "%s/%s", dirs[i], name);
			name[strlen(name) - 4] = '\0';
			snprintf(key, sizeof(key), "/%s/", name);
			if (is_file(path) && !strstr(ltr_sb_cstr(&seen), key) && !is_module(path)) {
				ltr_sb_puts(&seen, key + 1);
				summary_of(path, summary, sizeof(summary));
				rows = ltr_xrealloc(rows, (nrows + 3) * sizeof(*rows));
				rows[nrows++] = ltr_xstrdup(name);
				rows[nrows++] = ltr_xstrdup(summary);
				rows[nrows++] = ltr_xstrdup(path);
				if ((int)strlen(name) > name_w)
					name_w = (int)strlen(name);
				if ((int)strlen(summary) > summary_w)
					summary_w = (int)strlen(summary);
			}
			free(names[j]);
		}
		free(names);
	}
	for (const struct embedded_module *m = builtin_scripts; m->name; m++) {
		char path[PATH_MAX], summary[256], key[300];

		snprintf(key, sizeof(key), "/%s/", m->name);
		if (strstr(ltr_sb_cstr(&seen), key))
			continue; /* a file of that name comes first */
		snprintf(path, sizeof(path), BUILTIN_DIR "/%s.lua", m->name);
		summary_of(path, summary, sizeof(summary));
		rows = ltr_xrealloc(rows, (nrows + 3) * sizeof(*rows));
		rows[nrows++] = ltr_xstrdup(m->name);
		rows[nrows++] = ltr_xstrdup(summary);
		rows[nrows++] = ltr_xstrdup(BUILTIN_DIR);
		if ((int)strlen(m->name) > name_w)
			name_w = (int)strlen(m->name);
		if ((int)strlen(summary) > summary_w)
			summary_w = (int)strlen(summary);
	}
	/* One line per script: name, summary, where it lives, in columns. */
	for (r = 0; r < nrows; r += 3) {
		printf("%-*s  %-*s  %s\n", name_w, rows[r], summary_w, rows[r + 1], rows[r + 2]);
		free(rows[r]);
		free(rows[r + 1]);
		free(rows[r + 2]);
	}
	free(rows);
	ltr_sb_free(&seen);
	fflush(stdout);
}

void ltr_lua_path_free(void)
{
	unsigned i;

	for (i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	dirs = NULL;
	ndirs = 0;
}

const char *const *ltr_lua_path_dirs(unsigned *n)
{
	*n = ndirs;
	return (const char *const *)dirs;
}

/*
 * A description's own "Arguments: ..." paragraph, which --script-help
 * replaces by the declared arguments with their defaults and help, so
 * that each argument is listed once.
 */
static void drop_arguments_paragraph(struct ltr_strbuf *desc)
{
	char *text = desc->data, *p;

	for (p = text; p && *p;) {
		char *next = strstr(p, "\n\n");

		if (!strncmp(p, "Arguments:", 10)) {
			size_t from = (size_t)(p - text);
			size_t to = next ? (size_t)(next + 2 - text) : desc->len;

			memmove(text + from, text + to, desc->len - to + 1);
			desc->len -= to - from;
			continue;
		}
		p = next ? next + 2 : NULL;
	}
	while (desc->len >= 2 && desc->data[desc->len - 1] == '\n' &&
	       desc->data[desc->len - 2] == '\n')
		desc->data[--desc->len] = '\0';
}

void ltr_lua_print_help(lua_State *L, const char *name, const char *path)
{
	struct ltr_strbuf desc = LTR_STRBUF_INIT;
	lua_Integer i, n;
	int top = lua_gettop(L);

	read_description(path, &desc);
	drop_arguments_paragraph(&desc);
	printf("%s (%s)\n\n%s", name, path, ltr_sb_cstr(&desc));
	ltr_sb_free(&desc);
	push_state(L, "args_order");
	push_state(L, "args_declared");
	n = (lua_Integer)lua_rawlen(L, top + 1);
	printf("\nArguments:%s\n", n ? "" : " none");
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, top + 1, i);
		lua_rawget(L, top + 2);          /* the declaration */
		lua_getfield(L, top + 3, "name");    /* top + 4 */
		lua_getfield(L, top + 3, "help");    /* top + 5 */
		lua_getfield(L, top + 3, "default"); /* top + 6 */
		if (lua_type(L, top + 6) == LUA_TNUMBER && !lua_isinteger(L, top + 6))
			/* 10, not Lua's 10.0, as the user writes it */
			printf("  -a %s=%.14g\n", lua_tostring(L, top + 4), lua_tonumber(L, top + 6));
		else
			printf("  -a %s=%s\n", lua_tostring(L, top + 4),
			       lua_isnil(L, top + 6) ? "" : luaL_tolstring(L, top + 6, NULL));
		if (lua_type(L, top + 5) == LUA_TSTRING)
			printf("      %s\n", lua_tostring(L, top + 5));
		lua_settop(L, top + 2);
	}
	lua_settop(L, top);
	fflush(stdout);
}
