# SPDX-License-Identifier: MIT
# ltr: a programmable syscall tracer. One plain Makefile; see README.md.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/ltr
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
PKG_CONFIG ?= pkg-config
BUILD ?= build
VERSION := 0.1.0

PKGS := lua5.4 libelf libdw
WARN := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
	-Wformat=2 -Wpointer-arith -Wcast-qual -Wwrite-strings -Wundef
CFLAGS ?= -O2 -g
LTR_CFLAGS := -std=gnu11 -D_GNU_SOURCE $(WARN) -Iinclude -I$(BUILD)/gen \
	-DLTR_VERSION='"$(VERSION)"' -DLTR_DATADIR='"$(DATADIR)"' \
	$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

ARCHES := $(notdir $(wildcard src/arch/*/syscalls.list))
ARCH_DIRS := $(patsubst src/arch/%/syscalls.list,%,$(wildcard src/arch/*/syscalls.list))
GEN := $(patsubst %,$(BUILD)/gen/syscalls_%.h,$(ARCH_DIRS))

SRCS := $(wildcard src/*.c src/decode/*.c src/arch/*.c src/arch/*/*.c)
OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRCS))
LIB_OBJS := $(filter-out $(BUILD)/obj/main.o,$(OBJS))

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_HELPERS := $(filter-out $(UNIT_SRCS),$(wildcard tests/unit/*.c))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))

FIXTURE_SRCS := $(wildcard tests/fixtures/*.c)
FIXTURES := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/%,$(FIXTURE_SRCS))
FIXTURES32 := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/%-32,$(FIXTURE_SRCS))

.PHONY: all deps check unit fixtures integration compat sanitize demo install \
	uninstall clean bench lua-tests scripts-test

all: ltr

ltr: $(BUILD)/ltr
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/ltr: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/gen/syscalls_%.h: src/arch/%/syscalls.list scripts/gen-syscalls
	@mkdir -p $(dir $@)
	sh scripts/gen-syscalls $* $< > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: src/%.c $(GEN) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(OBJS:.o=.d)

# --- tests ---
$(BUILD)/tests/%: tests/unit/%.c $(UNIT_HELPERS) $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) -Isrc -Isrc/decode $(CMOCKA_CFLAGS) $(CFLAGS) -o $@ \
		$< $(UNIT_HELPERS) $(LIB_OBJS) $(LIBS) $(CMOCKA_LIBS)

$(BUILD)/fixtures/%: tests/fixtures/%.c tests/fixtures/fixture.h
	@mkdir -p $(dir $@)
	$(CC) -O1 -g -Wall -o $@ $<

$(BUILD)/fixtures/%-32: tests/fixtures/%.c tests/fixtures/fixture.h
	@mkdir -p $(dir $@)
	$(CC) -m32 -O1 -g -Wall -o $@ $<

fixtures: $(FIXTURES) $(FIXTURES32)

unit: $(UNIT_BINS)
	@fail=0; for t in $(UNIT_BINS); do $$t || fail=1; done; exit $$fail

integration: ltr fixtures
	bash tests/integration/run.sh ./ltr $(BUILD)/fixtures
	bash tests/integration/printer.sh ./ltr $(BUILD)/fixtures

# --- Lua: runtime modules compiled in, Lua API tests ---
LUA_RUNTIME := $(sort $(wildcard lua/ltr/*.lua))

$(BUILD)/gen/lua_embed.h: $(LUA_RUNTIME) scripts/gen-embed
	@mkdir -p $(dir $@)
	sh scripts/gen-embed lua $(LUA_RUNTIME) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/script.o: $(BUILD)/gen/lua_embed.h

lua-tests: ltr
	sh tests/lua/run.sh ./ltr

compat: ltr
	bash tests/compat/run.sh ./ltr

# The stock scripts (lua/*.lua) against strace on real programs.
scripts-test: ltr
	bash tests/scripts/run.sh ./ltr

# The same unit and integration tests under AddressSanitizer and UBSan.
sanitize:
	$(MAKE) BUILD=build/san CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" build/san/ltr unit-san
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		bash tests/integration/run.sh build/san/ltr $(BUILD)/fixtures

unit-san: $(UNIT_BINS)
	@fail=0; for t in $(UNIT_BINS); do $$t || fail=1; done; exit $$fail

deps:
	sh scripts/install-deps

check: deps
	$(MAKE) all
	$(MAKE) unit
	$(MAKE) integration
	$(MAKE) compat
	$(MAKE) lua-tests
	$(MAKE) scripts-test
	$(MAKE) sanitize

demo: deps
	$(MAKE) all
	./ltr -- ls /

install: ltr
	install -D -m 755 ltr $(DESTDIR)$(BINDIR)/ltr
	install -D -m 644 ltr.1 $(DESTDIR)$(MANDIR)/man1/ltr.1
	mkdir -p $(DESTDIR)$(DATADIR)/lua
	if ls lua/*.lua >/dev/null 2>&1; then cp -R lua/. $(DESTDIR)$(DATADIR)/lua/; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ltr $(DESTDIR)$(MANDIR)/man1/ltr.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build ltr
