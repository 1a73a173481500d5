# mk/dates5.mk -- comment dates against the truth (tests/dates5.py):
# the share of dated truth comments whose date quire gives, for the
# HTML corpus, tests/platforms and each text dumper's dumps of the
# corpus.  A run under its floor fails; the floors are the shares
# reached when the check was added (raise them as dates get better).
# The corpus runs skip, with a notice, when $(SHARED) is absent.
# platforms 96.3 -> 94.1: the vBulletin and Weebly pages added then show
# numeric dates (MM-DD-YYYY, M/D/YYYY) that no date on them tells from
# day-first ones, as MyBB's and Plone's pages already do: the reader
# gives none (14 of the 72 dated comments added); no page's date changed.
# platforms 94.1 -> 94.4 with the six htmlplat5 pages (their dates all
# right; the relative "N days ago" of Gitalk and BuddyPress uncounted).
EXTRA_CHECKS += check-dates5
EXTRA_TEST_DEBS += python3

DATES5_FLOORS = --floor html=100.0 --floor platforms=94.4 \
	--floor lynx=85.4 --floor w3m=85.7 --floor links=84.4 \
	--floor html2text=84.8

.PHONY: check-dates5
check-dates5: $(BUILD)/quire
	@c=$(SHARED)/corpus; \
	if [ -d $$c/truth ]; then \
	    runs="html:html:$$c/truth:$$c/html/*.html"; \
	    for d in lynx w3m links html2text; do \
		runs="$$runs $$d:text:$$c/truth:$$c/text/*.$$d.txt"; \
	    done; \
	else \
	    echo "check-dates5: no corpus at $$c: corpus runs skipped"; \
	    runs=; \
	fi; \
	python3 tests/dates5.py $(DATES5_FLOORS) $(BUILD)/quire \
	    "platforms:html:tests/platforms:tests/platforms/*.html" $$runs
