# hostile.mk -- hostile and broken input (issue 8): fuzzing, valgrind,
# the bad-input matrix and the active-content checks.
#
#   make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS="read_html pipeline"]
#	      [FUZZ_MAX_LEN=bytes (32768: longer seeds are cut, fast loading)]
#	build the libFuzzer harnesses (clang, ASan+UBSan, build/libfuzzer/)
#	and run each for N seconds (default 60), seeded from samples/,
#	tests/golden, tests/hostile, tests/fuzz/regress and $(SHARED)/corpus;
#	crash files land in build/libfuzzer/artifacts/, the figures in
#	build/libfuzzer/summary.tsv.
#   make fuzz-build		only build them
#   make valgrind [VALGRIND_JOBS=N]
#				every sample and corpus page, every output
#				format, under valgrind --leak-check=full
#				(N valgrinds at a time, default 1)
#   make check-hostile		(in make check) the regression replays,
#				the bad-input matrix and the active-content
#				checks
#
# The replays use the same harness functions linked with a plain main()
# (tests/fuzz/replay.c), so `make check` needs no clang; with SANITIZE=1
# they run under ASan+UBSan.

EXTRA_CHECKS	+= check-hostile
EXTRA_TEST_DEBS	+= valgrind
FUZZ_DEBS	 = clang libclang-rt-14-dev

FUZZ_HARNESSES	 = read_html read_text pipeline write jsonld dates html_tree \
		   fastslow
FUZZ_TARGETS	?= $(FUZZ_HARNESSES)
FUZZ_SECONDS	?= 60
FUZZ_MAX_LEN	?= 32768
FUZZ_CC		?= clang
FUZZ_DIR	 = build/libfuzzer
FUZZ_SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer \
		   -fno-sanitize-recover=all
# MD_VERIFY: the Markdown writer renders every chunk also without its
# placeholder runs (write_markdown.c, md_render) and aborts when the two
# differ, so the fuzzers hold the fast path to cmark's own rendering.
FUZZ_CFLAGS	 = -std=c11 $(WARN) -O1 -g $(FUZZ_SAN) -DMD_VERIFY $(PKG_CFLAGS)
FUZZ_LIB_OBJS	 = $(patsubst src/%.c,$(FUZZ_DIR)/%.o,$(LIB_SRCS))
FUZZ_BINS	 = $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZ_HARNESSES))
FUZZ_HDRS	 = $(HDRS) tests/fuzz/fuzz.h tests/tree_compare.h

REPLAY_BINS	 = $(patsubst %,$(BUILD)/replay/fuzz_%,$(FUZZ_HARNESSES))

.PHONY: fuzz fuzz-build fuzz-deps valgrind check-hostile \
	check-fuzz-regress check-badinput check-hostile-content

# ---- libFuzzer build --------------------------------------------------

fuzz-deps:
	@sh tests/deps.sh $(BUILD_DEBS) $(FUZZ_DEBS)

$(FUZZ_DIR) $(FUZZ_DIR)/tests:
	mkdir -p $@

$(FUZZ_DIR)/%.o: src/%.c $(HDRS) | $(FUZZ_DIR)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	    -c -o $@ $<

$(FUZZ_DIR)/tests/%.o: tests/fuzz/%.c $(FUZZ_HDRS) | $(FUZZ_DIR)/tests
	$(FUZZ_CC) $(CPPFLAGS) -Itests/fuzz $(FUZZ_CFLAGS) \
	    -fsanitize=fuzzer-no-link -c -o $@ $<

.SECONDARY: $(FUZZ_LIB_OBJS)

$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/tests/fuzz_%.o $(FUZZ_DIR)/tests/fuzz_util.o \
    $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS)

fuzz-build: fuzz-deps
	@$(MAKE) --no-print-directory $(FUZZ_BINS)

fuzz: fuzz-build
	@FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) sh tests/fuzz/run.sh "$(FUZZ_SECONDS)" "$(FUZZ_DIR)" "$(SHARED)" \
	    $(FUZZ_TARGETS)

# ---- replays in the normal (or SANITIZE=1) build ----------------------

$(BUILD)/replay:
	mkdir -p $@

$(BUILD)/replay/%.o: tests/fuzz/%.c $(FUZZ_HDRS) | $(BUILD)/replay
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/replay/fuzz_%: $(BUILD)/replay/fuzz_%.o $(BUILD)/replay/fuzz_util.o \
    $(BUILD)/replay/replay.o $(BUILD)/libquire.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS)

check-fuzz-regress: $(REPLAY_BINS)
	sh tests/fuzz/replay.sh $(BUILD)/replay

check-badinput: $(BUILD)/quire
	bash tests/badinput.sh $(BUILD)/quire

check-hostile-content: $(BUILD)/quire
	sh tests/hostile.sh $(BUILD)/quire

check-hostile:
	@$(MAKE) --no-print-directory check-fuzz-regress check-badinput \
	    check-hostile-content

# ---- valgrind ---------------------------------------------------------

valgrind: test-deps
	@$(MAKE) --no-print-directory SANITIZE= build/quire
	sh tests/valgrind.sh build/quire $(SHARED) $(VALGRIND_JOBS)

.PRECIOUS: $(BUILD)/replay/%.o $(FUZZ_DIR)/tests/%.o
