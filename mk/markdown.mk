# Markdown writer: round trip (cmark fixpoint, tree), structure against
# the model, cmark vs pandoc, front matter -- on every readable input,
# and cmark vs pandoc on the unit tests' outputs.
EXTRA_CHECKS += check-markdown
EXTRA_TEST_DEBS += cmark pandoc python3 python3-yaml

.PHONY: check-markdown
check-markdown: $(BUILD)/quire $(BUILD)/check_quire
	sh tests/markdown.sh $(BUILD)/quire $(SHARED) --unit $(BUILD)/check_quire
