# textscale.mk -- the text reader at scale (issue 3 item 4, issue 9
# item 2): gen-thread dumps read back to exactly their truth tree, and a
# 100,000-deep reply chain read without recursion or quadratic work.
EXTRA_CHECKS += check-textscale
EXTRA_TEST_DEBS += python3

.PHONY: check-textscale
check-textscale: $(BUILD)/quire
	sh tests/text-scale.sh $(BUILD)/quire $(SHARED)
