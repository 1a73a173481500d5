# mk/generic.mk -- the rules that need no platform, alone: quire-generic
# is quire built with -DQR_GENERIC_ONLY="none" (read_html.c: every
# profile with a detect rule off, as on a platform quire has no profile
# for), scored on tests/platforms and on the same pages with every class
# word holding "comment" renamed to a neutral one (tests/neutral.py: a
# platform whose markup never says "comment").  Totals found, placed,
# authors at least, false at most (tests/platforms.py --floor); raise a
# floor when the figure rises.  Added at 393,388,365,31 and
# 351,325,308,40 (found, placed, authors, false of 515); raised with
# the forum-post, starter-post, lone-quote, cut-subject and LiveJournal
# body rules; with the label-body, mention-author and count-text rules
# and six more pages (htmlplat5); then the camel-case region, zebra-row,
# comment-id, following-wrapper, whole-item lead-line, reply-key,
# part-id and weak thread-region rules; with the relative-date,
# comments-heading, base-36 id, thread-run region, nested-key,
# custom-element and RDFa-name rules.
EXTRA_CHECKS += check-generic
EXTRA_TEST_DEBS += python3

GENERIC_FLOOR = 544,539,518,5
NEUTRAL_FLOOR = 520,509,494,6

$(BUILD)/generic/read_html.o: src/read_html.c $(HDRS)
	@mkdir -p $(BUILD)/generic
	$(CC) $(CPPFLAGS) -DQR_GENERIC_ONLY='"none"' $(ALL_CFLAGS) -c -o $@ $<

# the library's own read_html.o stays out: the one above comes first
$(BUILD)/quire-generic: $(BUILD)/main.o $(BUILD)/generic/read_html.o \
    $(BUILD)/libquire.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(BUILD)/main.o \
	    $(BUILD)/generic/read_html.o $(BUILD)/libquire.a $(PKG_LIBS)

.PHONY: check-generic
check-generic: $(BUILD)/quire-generic
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && \
	python3 tests/platforms.py --floor $(GENERIC_FLOOR) \
	    $(BUILD)/quire-generic tests/platforms | tail -2 && \
	python3 tests/neutral.py tests/platforms "$$d" && \
	python3 tests/platforms.py --floor $(NEUTRAL_FLOOR) \
	    $(BUILD)/quire-generic "$$d" | tail -2
