# SPDX-License-Identifier: MIT
# ltr: a programmable syscall tracer. One plain Makefile; see README.md.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/ltr
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
PKG_CONFIG ?= pkg-config
VERSION := 0.1.0

# Cross builds: make CROSS=aarch64-linux-gnu- (or riscv64-linux-gnu-) makes
# a static ltr in build-aarch64/ (build-riscv64/), linked with the target's
# Lua and elfutils from Debian packages that scripts/cross-sysroot fetches
# into a cache outside the tree. The host build is not touched.
ifneq ($(CROSS),)
CROSS_ARCH := $(patsubst %-linux-gnu-,%,$(CROSS))
CROSS_TRIPLET := $(CROSS_ARCH)-linux-gnu
BUILD ?= build-$(CROSS_ARCH)
CC := $(CROSS)gcc
CROSS_DIR := $(shell sh scripts/cross-sysroot --dir $(CROSS_ARCH))
SYSROOT := $(CROSS_DIR)/sysroot
SYSROOT_LIB := $(SYSROOT)/usr/lib/$(CROSS_TRIPLET)
SYSROOT_STAMP := $(SYSROOT)/.complete
CROSS_CFLAGS := -DLTR_LIBDW_LINKED -I$(SYSROOT)/usr/include/lua5.4 -I$(SYSROOT)/usr/include/$(CROSS_TRIPLET) \
	-I$(SYSROOT)/usr/include
CROSS_LIBS := $(addprefix $(SYSROOT_LIB)/,liblua5.4.a libdw.a libelf.a libz.a libzstd.a \
	liblzma.a libbz2.a) -lm -ldl -lpthread
STATIC := -static
# trixie's riscv64 libraries against bookworm's cross glibc need glue.
ifeq ($(CROSS_ARCH),riscv64)
CROSS_SRCS := src/cross/compat_glibc.c
endif
endif
BUILD ?= build

PKGS := lua5.4 libelf libdw
WARN := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
	-Wformat=2 -Wpointer-arith -Wcast-qual -Wwrite-strings -Wundef
CFLAGS ?= -O2 -g
LTR_CFLAGS := -std=gnu11 -D_GNU_SOURCE $(WARN) -Iinclude -I$(BUILD)/gen \
	-DLTR_VERSION='"$(VERSION)"' -DLTR_DATADIR='"$(DATADIR)"'
ifeq ($(CROSS),)
LTR_CFLAGS += $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
# libdw is dlopen()ed when a stack trace is first needed (src/unwind.c):
# only its headers here.
LIBS := $(shell $(PKG_CONFIG) --libs lua5.4 2>/dev/null) -lm -ldl
else
LTR_CFLAGS += $(CROSS_CFLAGS)
LIBS := $(CROSS_LIBS)
endif
# make static (LTR_STATIC=1 in its own make, BUILD=build/static): the
# host's ltr linked statically against the host's static libraries
# (liblua5.4.a, libdw.a, libelf.a and the compression libraries under
# them, from Debian's -dev packages), libdw linked in rather than
# dlopen()ed. Cross builds are static already.
ifeq ($(LTR_STATIC)$(CROSS),1)
STATIC := -static
LTR_CFLAGS += -DLTR_LIBDW_LINKED
LIBS := $(shell $(PKG_CONFIG) --static --libs lua5.4 libdw libelf 2>/dev/null) -lm -ldl -lpthread
endif
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

ARCHES := $(notdir $(wildcard src/arch/*/syscalls.list))
ARCH_DIRS := $(patsubst src/arch/%/syscalls.list,%,$(wildcard src/arch/*/syscalls.list))
GEN := $(patsubst %,$(BUILD)/gen/syscalls_%.h,$(ARCH_DIRS))

# Constant tables from the lists of src/decode/xlat/ and src/arch/*/xlat/
# (format: src/decode/xlat/README.md), by scripts/gen-xlat: one .c of
# tables and its header. The header is replaced only when it changes (a
# new list), so that editing a value recompiles the tables alone.
XLAT_LISTS := $(sort $(wildcard src/decode/xlat/*.in)) $(sort $(wildcard src/arch/*/xlat/*.in))
XLAT_H := $(BUILD)/gen/xlat/tables.h
XLAT_C := $(BUILD)/gen/xlat/tables.c
GEN += $(XLAT_H)

# The ioctl request names of each arch (src/decode/ioctl/README.md), by
# scripts/gen-ioctl-table from the lists scripts/gen-ioctl-list wrote.
IOCTL_EXTRA := src/decode/ioctl/requests/extra.in
IOCTL_LISTS := $(filter-out $(IOCTL_EXTRA),$(sort $(wildcard src/decode/ioctl/requests/*.in)))
IOCTL_C := $(BUILD)/gen/ioctl/requests.c

SRCS := $(wildcard src/*.c src/decode/*.c src/decode/ioctl/*.c src/decode/netlink/*.c src/arch/*.c src/arch/*/*.c) $(CROSS_SRCS)
OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRCS)) $(BUILD)/obj/gen/xlat/tables.o \
	$(BUILD)/obj/gen/ioctl/requests.o
LIB_OBJS := $(filter-out $(BUILD)/obj/main.o,$(OBJS))

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_HELPERS := $(filter-out $(UNIT_SRCS),$(wildcard tests/unit/*.c))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))

FIXTURE_SRCS := $(wildcard tests/fixtures/*.c)
FIXTURES := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/%,$(FIXTURE_SRCS))
FIXTURES32 := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/%-32,$(FIXTURE_SRCS))

.PHONY: all deps check unit xlat-check fixtures integration compat sanitize demo install \
	uninstall clean bench lua-tests scripts-test cross-bundle check-cross static FORCE \
	integration-nogsi compat-nogsi lua-tests-nogsi \
	strace-suite strace-suite-check strace-suite-update

ifeq ($(CROSS),)
all: ltr
else
all: $(BUILD)/ltr
endif

ltr: $(BUILD)/ltr
	cp $< $@.tmp && mv -f $@.tmp $@

# One file to copy to a machine with nothing installed: see README.md,
# "One static file". The sub-make keeps its objects in build/static/.
# With CROSS=<triplet>- the cross build (static already) is copied to
# ltr-static-<arch>.
ifeq ($(CROSS),)
static: ltr-static
else
static: $(BUILD)/ltr
	cp $(BUILD)/ltr ltr-static-$(CROSS_ARCH).tmp && mv -f ltr-static-$(CROSS_ARCH).tmp ltr-static-$(CROSS_ARCH)
endif

ltr-static: FORCE
	@$(MAKE) --no-print-directory LTR_STATIC=1 BUILD=build/static build/static/ltr
	@cmp -s build/static/ltr $@ || { cp build/static/ltr $@.tmp && mv -f $@.tmp $@; }

FORCE:

$(BUILD)/ltr: $(OBJS)
	$(CC) $(STATIC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/gen/syscalls_%.h: src/arch/%/syscalls.list scripts/gen-syscalls
	@mkdir -p $(dir $@)
	sh scripts/gen-syscalls $* $< > $@.tmp && mv $@.tmp $@

$(XLAT_H): $(XLAT_LISTS) scripts/gen-xlat
	@mkdir -p $(dir $@)
	@sh scripts/gen-xlat h $(XLAT_LISTS) > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else echo "gen-xlat h > $@"; mv $@.tmp $@; fi

$(XLAT_C): $(XLAT_LISTS) scripts/gen-xlat
	@mkdir -p $(dir $@)
	sh scripts/gen-xlat c $(XLAT_LISTS) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: src/%.c $(GEN) Makefile | $(SYSROOT_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/gen/xlat/tables.o: $(XLAT_C) $(XLAT_H) Makefile | $(SYSROOT_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(IOCTL_C): $(IOCTL_EXTRA) $(IOCTL_LISTS) scripts/gen-ioctl-table
	@mkdir -p $(dir $@)
	sh scripts/gen-ioctl-table $(IOCTL_EXTRA) $(IOCTL_LISTS) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/ioctl/requests.o: $(IOCTL_C) src/decode/ioctl/ioctl.h Makefile | $(SYSROOT_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) $(CFLAGS) -Isrc/decode/ioctl -c -o $@ $<

-include $(OBJS:.o=.d)

# Keep the generated tables: deleting them as intermediates rebuilt
# every object at each make.
.SECONDARY: $(GEN) $(XLAT_C) $(IOCTL_C)

# --- tests ---
$(BUILD)/tests/%: tests/unit/%.c $(UNIT_HELPERS) $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(LTR_CFLAGS) -Isrc -Isrc/decode $(CMOCKA_CFLAGS) $(CFLAGS) -o $@ \
		$< $(UNIT_HELPERS) $(LIB_OBJS) $(LIBS) $(CMOCKA_LIBS)

FIXTURE_HEADERS := $(wildcard tests/fixtures/*.h)
# 32-bit builds find <asm/...> in the multiarch directory themselves, so
# they need gcc-12-multilib only (see scripts/install-deps).
MULTIARCH_INC := /usr/include/$(shell $(CC) -print-multiarch 2>/dev/null)

$(BUILD)/fixtures/%: tests/fixtures/%.c $(FIXTURE_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(STATIC) $(TRACEE_CFLAGS) -O1 -g -Wall -o $@ $<

$(BUILD)/fixtures/%-32: tests/fixtures/%.c $(FIXTURE_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) -m32 -idirafter $(MULTIARCH_INC) -O1 -g -Wall -o $@ $<

fixtures: $(FIXTURES) $(FIXTURES32)

# The value check of the constant lists (tests/unit/xlat/main.c): one
# translation unit per list, generated by scripts/gen-xlat, compiled with
# the list's own headers only. The host's program checks the generic lists
# and the host arch's; on x86_64 a -m32 program checks i386's lists.
HOST_ARCH := $(firstword $(subst -, ,$(shell $(CC) -dumpmachine 2>/dev/null)))
XLAT_CHECK_CFLAGS := -std=gnu11 -D_GNU_SOURCE -O0 -Wall -Itests/unit/xlat
XLAT_CHECK_LISTS_host := $(sort $(wildcard src/decode/xlat/*.in)) \
	$(sort $(wildcard src/arch/$(HOST_ARCH)/xlat/*.in))
XLAT_CHECK_SETS := host
ifeq ($(HOST_ARCH),x86_64)
XLAT_CHECK_SETS += i386
XLAT_CHECK_LISTS_i386 := $(sort $(wildcard src/arch/i386/xlat/*.in))
XLAT_CHECK_FLAGS_i386 := -m32 -idirafter $(MULTIARCH_INC)
endif
XLAT_CHECK_BINS := $(patsubst %,$(BUILD)/tests/xlat_check_%,$(XLAT_CHECK_SETS))

# The TU of list L in set S: gen/xlat-check/S/NAME.c (NAME_ARCH.c for
# per-arch lists).
xlat_tu = $(BUILD)/gen/xlat-check/$(1)/$(if $(findstring src/arch/,$(2)),$(basename $(notdir $(2)))_$(word 3,$(subst /, ,$(2))),$(basename $(notdir $(2))))
define xlat_check_set
$(BUILD)/gen/xlat-check/$(1)/checks.h: $$(XLAT_CHECK_LISTS_$(1)) scripts/gen-xlat
	@mkdir -p $$(dir $$@)
	sh scripts/gen-xlat checks $$(XLAT_CHECK_LISTS_$(1)) > $$@.tmp && mv $$@.tmp $$@
$(foreach l,$(XLAT_CHECK_LISTS_$(1)),
$(call xlat_tu,$(1),$(l)).c: $(l) scripts/gen-xlat
	@mkdir -p $$(dir $$@)
	@sh scripts/gen-xlat check $$< > $$@.tmp && mv $$@.tmp $$@
$(call xlat_tu,$(1),$(l)).o: $(call xlat_tu,$(1),$(l)).c $(BUILD)/gen/xlat-check/$(1)/checks.h tests/unit/xlat/xlat_check.h
	@$$(CC) $$(XLAT_CHECK_CFLAGS) $$(XLAT_CHECK_FLAGS_$(1)) -I$(BUILD)/gen/xlat-check/$(1) -c -o $$@ $$<
)
$(BUILD)/tests/xlat_check_$(1): tests/unit/xlat/main.c tests/unit/xlat/xlat_check.h $(BUILD)/gen/xlat-check/$(1)/checks.h \
		$(foreach l,$(XLAT_CHECK_LISTS_$(1)),$(call xlat_tu,$(1),$(l)).o)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(XLAT_CHECK_CFLAGS) $$(XLAT_CHECK_FLAGS_$(1)) -I$(BUILD)/gen/xlat-check/$(1) -o $$@ \
		tests/unit/xlat/main.c $(foreach l,$(XLAT_CHECK_LISTS_$(1)),$(call xlat_tu,$(1),$(l)).o)
endef
$(foreach s,$(XLAT_CHECK_SETS),$(eval $(call xlat_check_set,$(s))))

# The lists of arches whose programs cannot run here (aarch64, riscv64 on
# an x86_64 host) are checked at compile time, by that arch's cross
# compiler when it is installed (gen-xlat static: _Static_assert()s).
XLAT_ARCHES := $(patsubst src/arch/%/xlat/,%,$(sort $(dir $(wildcard src/arch/*/xlat/*.in))))
XLAT_FOREIGN := $(filter-out $(HOST_ARCH) $(if $(filter x86_64,$(HOST_ARCH)),i386),$(XLAT_ARCHES))
XLAT_STATIC_STAMPS := $(patsubst %,$(BUILD)/gen/xlat-check/%.static,$(XLAT_FOREIGN))

$(BUILD)/gen/xlat-check/%.static: $(XLAT_LISTS) scripts/gen-xlat
	@mkdir -p $(dir $@)
	@if command -v $*-linux-gnu-gcc >/dev/null 2>&1; then \
		for l in $(sort $(wildcard src/arch/$*/xlat/*.in)); do \
			sh scripts/gen-xlat static $$l | $*-linux-gnu-gcc -std=gnu11 -D_GNU_SOURCE \
				-fsyntax-only -x c - || exit 1; \
		done; \
		echo "xlat: src/arch/$*/xlat/ checked against $*-linux-gnu-gcc's headers"; \
	else \
		echo "xlat: src/arch/$*/xlat/ not checked (no $*-linux-gnu-gcc)"; \
	fi
	@touch $@

xlat-check: $(XLAT_CHECK_BINS) $(XLAT_STATIC_STAMPS)
	bash tests/unit/run.sh $(XLAT_CHECK_BINS)

unit: fixtures $(UNIT_BINS) $(XLAT_CHECK_BINS) $(XLAT_STATIC_STAMPS)
	bash tests/unit/run.sh $(UNIT_BINS) $(XLAT_CHECK_BINS)

# Each script runs even when the one before failed; static.sh runs the
# static build (make static) copied alone, with an empty environment.
integration: ltr ltr-static fixtures
	@fail=0; for s in run printer stacks procout lineformat json btrfs; do \
		echo "--- tests/integration/$$s.sh"; \
		bash tests/integration/$$s.sh ./ltr $(BUILD)/fixtures || fail=1; \
	done; \
	echo "--- tests/integration/static.sh"; \
	bash tests/integration/static.sh ./ltr-static $(BUILD)/fixtures || fail=1; \
	exit $$fail

# The same suites with stops read from the registers, as on kernels
# before 5.3 (LTR_NO_GET_SYSCALL_INFO=1: src/arch/syscall_info.c).
integration-nogsi compat-nogsi lua-tests-nogsi:
	LTR_NO_GET_SYSCALL_INFO=1 $(MAKE) $(@:-nogsi=)

# --- Lua: runtime modules compiled in, Lua API tests ---
LUA_RUNTIME := $(sort $(wildcard lua/ltr/*.lua))

$(BUILD)/gen/lua_embed.h: $(LUA_RUNTIME) scripts/gen-embed
	@mkdir -p $(dir $@)
	sh scripts/gen-embed lua $(LUA_RUNTIME) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/script.o: $(BUILD)/gen/lua_embed.h

# The stock scripts (lua/*.lua) are built in too, after every directory
# of the script path: any ltr binary, the static one above all, runs them
# with nothing installed (src/script_path.c).
LUA_STOCK := $(sort $(wildcard lua/*.lua))

$(BUILD)/gen/lua_stock.h: $(LUA_STOCK) scripts/gen-embed
	@mkdir -p $(dir $@)
	sh scripts/gen-embed -n builtin_scripts lua $(LUA_STOCK) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/script_path.o: $(BUILD)/gen/lua_stock.h

lua-tests: ltr
	sh tests/lua/run.sh ./ltr

compat: ltr fixtures
	bash tests/compat/run.sh ./ltr

# The stock scripts (lua/*.lua) against strace on real programs.
scripts-test: ltr
	bash tests/scripts/run.sh ./ltr

# The same unit and integration tests under AddressSanitizer and UBSan.
SAN_MAKE := $(MAKE) BUILD=build/san \
	CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	LDFLAGS="-fsanitize=address,undefined"

sanitize:
	$(SAN_MAKE) build/san/ltr
	@fail=0; $(SAN_MAKE) unit-san || fail=1; \
	export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1; \
	bash tests/integration/run.sh build/san/ltr $(BUILD)/fixtures || fail=1; \
	sh tests/lua/run.sh build/san/ltr || fail=1; \
	exit $$fail

unit-san: fixtures $(UNIT_BINS) $(XLAT_CHECK_BINS) $(XLAT_STATIC_STAMPS)
	bash tests/unit/run.sh $(UNIT_BINS) $(XLAT_CHECK_BINS)

# --- benchmark: not part of check; it reports, it asserts nothing ---
BENCH_BINS := $(patsubst bench/%.c,$(BUILD)/bench/%,$(wildcard bench/*.c))
BENCH_ARGS ?=

$(BUILD)/bench/%: bench/%.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -g -Wall -Wextra -pthread -o $@ $<

# BENCH_ARGS="--scale 0.2 --only storm" for a quick look.
bench: ltr $(BENCH_BINS)
	python3 bench/run.py --ltr ./ltr --bin $(BUILD)/bench $(BENCH_ARGS)

deps:
	sh scripts/install-deps

# --- strace 6.1's own test suite, with ltr in strace's place ---
# scripts/strace-suite fetches strace's Debian source package, builds its
# test programs once into a cache outside the tree
# (LTR_STRACE_SUITE_CACHE, default ~/.cache/ltr-strace-suite) and runs
# strace's test scripts with $$STRACE set to ltr (LTR=path for another
# binary); tests that fail under Debian's strace on this machine are
# skipped. TESTS="read-write ioctl" runs only those; STRACE=1 runs the
# installed strace instead (the control). strace-suite-check runs only
# the tests listed in tests/strace-suite/passing.txt and fails when one
# of them fails; strace-suite-update rewrites that list from a run.
TESTS ?=
STRACE_SUITE := bash scripts/strace-suite

strace-suite: ltr
	sh scripts/install-deps suite
	$(STRACE_SUITE) $(TESTS)

strace-suite-check: ltr
	sh scripts/install-deps suite
	$(STRACE_SUITE) --check

strace-suite-update: ltr
	sh scripts/install-deps suite
	$(STRACE_SUITE) --update $(TESTS)

# Every suite runs even when an earlier one failed (one red suite must not
# hide the others); check fails at the end, naming the suites that failed.
# strace-suite-check builds its cache of strace's tests on a first run
# (some 3 minutes; see README.md).
CHECK_SUITES := unit integration compat lua-tests scripts-test sanitize \
	integration-nogsi compat-nogsi lua-tests-nogsi strace-suite-check

check: deps
	$(MAKE) all fixtures
	@mkdir -p $(BUILD)/check; failed=; for s in $(CHECK_SUITES); do \
		echo "=== make $$s"; \
		{ $(MAKE) $$s 2>&1; echo $$? > $(BUILD)/check/$$s.rc; } \
			| tee $(BUILD)/check/$$s.log; \
		[ "$$(cat $(BUILD)/check/$$s.rc)" = 0 ] || failed="$$failed $$s"; \
	done; \
	if [ -n "$$failed" ]; then \
		for s in $$failed; do echo "--- failures in make $$s"; \
			awk '/^--- /{h=$$0; next} /^FAIL/{if(h!=""){print h; h=""} print}' \
				$(BUILD)/check/$$s.log | head -40; \
		done; \
		echo "make check: FAILED:$$failed"; exit 1; fi; \
	echo "make check: every suite passed ($(CHECK_SUITES))"

# Traces real programs: strace-style output, then stock scripts (count.lua
# behind -c, and latency.lua's per-syscall histograms).
demo: deps
	$(MAKE) all
	./ltr -e trace=%file -- ls /
	./ltr -c -- ls -la /usr/bin > /dev/null
	./ltr -s latency -a sel=%file -- ls -la /usr/include > /dev/null

install: ltr
	install -D -m 755 ltr $(DESTDIR)$(BINDIR)/ltr
	install -D -m 644 ltr.1 $(DESTDIR)$(MANDIR)/man1/ltr.1
	mkdir -p $(DESTDIR)$(DATADIR)/lua
	if ls lua/*.lua >/dev/null 2>&1; then cp -R lua/. $(DESTDIR)$(DATADIR)/lua/; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ltr $(DESTDIR)$(MANDIR)/man1/ltr.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build ltr ltr-static ltr-static-*

# --- cross builds tested under qemu-system (see README.md) ---
# make CROSS=<triplet>- cross-bundle: the static ltr, fixtures and the
# /init test driver for scripts/cross-test's initramfs.
# CROSS_TRACEE_CFLAGS builds the traced fixtures (not ltr, not the driver)
# for another arch of the same kernel: scripts/cross-test's i386 bundle is
#   make CROSS=x86_64-linux-gnu- BUILD=build-i386 \
#        CROSS_TRACEE_CFLAGS="-m32 -idirafter /usr/include/x86_64-linux-gnu"
CROSS_FIXTURES := $(BUILD)/fixtures/basic $(BUILD)/fixtures/sleeper $(BUILD)/cross/forker \
	$(BUILD)/cross/mods
CROSS_TRACEE_CFLAGS ?=
$(CROSS_FIXTURES): TRACEE_CFLAGS := $(CROSS_TRACEE_CFLAGS)

$(BUILD)/cross/%: tests/cross/%.c tests/fixtures/fixture.h
	@mkdir -p $(dir $@)
	$(CC) $(STATIC) $(TRACEE_CFLAGS) -O1 -g -Wall -Wextra -o $@ $<

cross-bundle: $(BUILD)/ltr $(CROSS_FIXTURES) $(BUILD)/cross/driver

ifneq ($(CROSS),)
$(SYSROOT_STAMP):
	sh scripts/cross-sysroot $(CROSS_ARCH) >/dev/null
endif

# Boots Debian's arm64 (bookworm) and riscv64 (trixie) kernels, and two
# amd64 kernels (bookworm's 6.1, and one of 6.16 or later) for i386
# tracees, under qemu-system and runs tests/cross/driver.c there:
# PASS/FAIL per test.
check-cross:
	sh scripts/install-deps cross
	bash scripts/cross-test aarch64 riscv64 i386
