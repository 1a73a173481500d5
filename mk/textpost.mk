# mk/textpost.mk -- the post's header (title, author, date) and body words
# the text reader gets from the corpus dumps (../shared/corpus/text), scored
# against quire's own reading of the same pages' HTML, and from gen-thread
# dumps against their truth; fails below tests/textpost.floors.  Skips with
# a notice without ../shared.
EXTRA_CHECKS += check-textpost
EXTRA_TEST_DEBS += python3

.PHONY: check-textpost
check-textpost: $(BUILD)/quire
	python3 tests/textpost.py $(BUILD)/quire $(SHARED)
