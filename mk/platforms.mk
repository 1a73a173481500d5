# mk/platforms.mk -- the HTML reader on platforms the corpus does not
# have (tests/platforms/: pages built from each platform's own comment
# templates, with their truth): every page's found/placed/authors/false
# must equal tests/platforms/expected.tsv.
EXTRA_CHECKS += check-platforms
EXTRA_TEST_DEBS += python3

.PHONY: check-platforms
check-platforms: $(BUILD)/quire
	python3 tests/platforms.py $(BUILD)/quire tests/platforms
