# quire -- hand-written Makefile (in the manner of lowdown's).
#
#   make                 build build/quire and build/libquire.a
#   make run             install missing dependencies, build, convert samples/ into out/
#   make check           install missing dependencies, build, run every test
#   make check SANITIZE=1  the same under AddressSanitizer + UBSan (in build/san/)
#   make install PREFIX=/usr/local DESTDIR=
#   make clean

PREFIX	?= /usr/local
DESTDIR	?=
BINDIR	 = $(PREFIX)/bin
LIBDIR	 = $(PREFIX)/lib
INCDIR	 = $(PREFIX)/include
MANDIR	 = $(PREFIX)/share/man
DATADIR	 = $(PREFIX)/share/quire

CC	?= cc
PKGS	 = libxml-2.0 libcmark check
WARN	 = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	   -Wwrite-strings -Wpointer-arith -Wformat=2
CFLAGS	?= -O2 -g
CPPFLAGS += -D_GNU_SOURCE -Iinclude -Isrc \
	   -DQR_DATADIR='"$(DATADIR)"'

ifeq ($(SANITIZE),1)
BUILD	 = build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=all
else
BUILD	 = build
SANFLAGS =
endif

# pkg-config is asked only when the packages are there, so `make deps`
# can run (and say what to install) on a machine that lacks them.
PKG_CFLAGS = $(shell pkg-config --cflags libxml-2.0 libcmark 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs libxml-2.0 libcmark 2>/dev/null) -lunistring
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)

ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS) $(PKG_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SANFLAGS)

LIB_SRCS = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJS = $(patsubst src/%.c,$(BUILD)/%.o,$(LIB_SRCS))
HDRS	 = include/quire.h src/internal.h $(wildcard src/*.h)
TEST_SRCS = $(wildcard tests/check_*.c)
TEST_OBJS = $(patsubst tests/%.c,$(BUILD)/tests/%.o,$(TEST_SRCS) tests/testutil.c)

# Debian packages: to build, and to run every test.
BUILD_DEBS = build-essential pkg-config libxml2-dev libcmark-dev check \
	     libunistring-dev
TEST_DEBS  = libxml2-utils cmark python3 pandoc epubcheck \
	     default-jre-headless valgrind
SHARED	  ?= ../shared

# Each capability may add its own test targets in a fragment mk/NAME.mk:
#   EXTRA_CHECKS += check-NAME      (run by `make check`)
#   EXTRA_TEST_DEBS += PACKAGE      (installed by `make check` when root)
# so that parallel work never edits the same lines of this file.
EXTRA_CHECKS =
EXTRA_TEST_DEBS =

.PHONY: all run check check-unit check-golden check-cli check-corpus \
	check-manpage check-install \
	deps test-deps install uninstall clean

all: $(BUILD)/quire $(BUILD)/libquire.a

include $(sort $(wildcard mk/*.mk))

$(BUILD)/%.o: src/%.c $(HDRS) | $(BUILD)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libquire.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $(LIB_OBJS)

$(BUILD)/quire: $(BUILD)/main.o $(BUILD)/libquire.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(BUILD)/main.o $(BUILD)/libquire.a $(PKG_LIBS)

$(BUILD) $(BUILD)/tests:
	mkdir -p $@

# The Check runner: one suite per tests/check_*.c, found by name, so a
# new module's tests need no edit here.
$(BUILD)/tests/suites.inc: $(TEST_SRCS) | $(BUILD)/tests
	grep -ho '^suite_[a-z0-9_]*(void)' $(TEST_SRCS) | sed 's/(void)//' | \
	    sort -u | sed 's/.*/X(&)/' > $@

$(BUILD)/tests/%.o: tests/%.c $(HDRS) tests/tests.h tests/testutil.h tests/tree_compare.h $(BUILD)/tests/suites.inc | $(BUILD)/tests
	$(CC) $(CPPFLAGS) -Itests -I$(BUILD)/tests $(ALL_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

$(BUILD)/check_quire: $(TEST_OBJS) $(BUILD)/libquire.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(TEST_OBJS) $(BUILD)/libquire.a $(PKG_LIBS) $(CHECK_LIBS)

# ---- dependencies -------------------------------------------------------

deps:
	@sh tests/deps.sh $(BUILD_DEBS)

test-deps:
	@sh tests/deps.sh $(BUILD_DEBS) $(TEST_DEBS) $(EXTRA_TEST_DEBS)

# ---- run and check ------------------------------------------------------

run: deps
	@$(MAKE) --no-print-directory all
	@sh tests/run-samples.sh $(BUILD)/quire samples out

# The test targets run side by side, one per CPU (CHECK_JOBS=1 runs
# them one after the other); each one's output is printed whole when it
# ends.  The long ones (the fragments' corpus-wide checks) start first.
CHECK_JOBS ?= $(shell nproc 2>/dev/null || echo 1)

check: test-deps
	@$(MAKE) --no-print-directory -j$(CHECK_JOBS) all $(BUILD)/check_quire
	@$(MAKE) --no-print-directory -j$(CHECK_JOBS) --output-sync=target \
	    $(EXTRA_CHECKS) check-unit check-corpus check-golden check-cli \
	    check-manpage check-install

check-unit: $(BUILD)/check_quire
	CK_DEFAULT_TIMEOUT=$${CK_DEFAULT_TIMEOUT:-300} QUIRE_BIN=$(BUILD)/quire $(BUILD)/check_quire

check-golden: $(BUILD)/quire
	sh tests/golden.sh $(BUILD)/quire

check-cli: $(BUILD)/quire
	bash tests/cli.sh $(BUILD)/quire

check-manpage: $(BUILD)/quire
	sh tests/manpage.sh $(BUILD)/quire

# Installs into a temporary prefix and links a program against it; the
# sanitizer build is not for installing, so it skips this.
check-install:
ifeq ($(SANITIZE),1)
	@echo "install: skipped under SANITIZE=1"
else
	sh tests/install.sh
endif

check-corpus: $(BUILD)/quire
	sh tests/corpus.sh $(BUILD)/quire $(SHARED)

# ---- install ------------------------------------------------------------

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig \
	    $(DESTDIR)$(INCDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	install -m 755 $(BUILD)/quire $(DESTDIR)$(BINDIR)/quire
	install -m 644 $(BUILD)/libquire.a $(DESTDIR)$(LIBDIR)/libquire.a
	install -m 644 include/quire.h $(DESTDIR)$(INCDIR)/quire.h
	install -m 644 doc/quire.1 $(DESTDIR)$(MANDIR)/man1/quire.1
	for f in templates/*; do \
	    [ -f "$$f" ] && install -m 644 "$$f" $(DESTDIR)$(DATADIR)/; done; true
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(shell sed -n 's/^#define QUIRE_VERSION "\(.*\)"/\1/p' include/quire.h)|' \
	    quire.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/quire.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/quire $(DESTDIR)$(LIBDIR)/libquire.a \
	    $(DESTDIR)$(INCDIR)/quire.h $(DESTDIR)$(MANDIR)/man1/quire.1 \
	    $(DESTDIR)$(LIBDIR)/pkgconfig/quire.pc
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build out
