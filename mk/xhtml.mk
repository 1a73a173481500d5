# mk/xhtml.mk -- the XHTML writer's checks (issue 6).
#
#   make check-xhtml   xmllint + epubcheck (one batch) over every XHTML
#                      output we can make: unit-test models, samples,
#                      goldens, hostile pages, a corpus subset
#                      (QUIRE_XHTML_CORPUS=all: the whole corpus)
#   make screenshots   render the seed and a deep corpus page with
#                      headless Chromium at 600x800 and 1200x900 into
#                      out/ (not part of make check)

EXTRA_CHECKS += check-xhtml
EXTRA_TEST_DEBS += epubcheck default-jre-headless libxml2-utils

.PHONY: check-xhtml screenshots

check-xhtml: $(BUILD)/quire $(BUILD)/check_quire
	sh tests/xhtml.sh $(BUILD)/quire $(BUILD)/check_quire $(SHARED)

screenshots: $(BUILD)/quire $(BUILD)/check_quire
	@sh tests/deps.sh chromium
	sh tests/screenshots.sh $(BUILD)/quire $(BUILD)/check_quire $(SHARED) out
