# mk/textplat.mk -- the text reader on plain-text dumps (lynx, w3m, links,
# html2text) of the tests/platforms pages: tests/platforms/text/NAME.DUMPER.txt
# (written by tests/platforms/text/make-dumps.sh, which needs the four
# dumpers and is not run here), scored against the pages' truth with
# platforms.py's scorer; fails when a dumper's totals fall below
# tests/platforms/text/floors.tsv.
EXTRA_CHECKS += check-textplat
EXTRA_TEST_DEBS += python3

.PHONY: check-textplat
check-textplat: $(BUILD)/quire
	python3 tests/textplat.py $(BUILD)/quire tests/platforms
