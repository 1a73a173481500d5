# mk/text.mk -- the plain-text writer (issue 7): property checks T1-T4
# over the test models, the samples, the goldens and the corpus, and
# the round trip through the text reader (T5).
EXTRA_CHECKS += check-text
EXTRA_TEST_DEBS += python3

# check_text_writer.c includes the models
$(BUILD)/tests/check_text_writer.o: tests/text_models.c

$(BUILD)/tests/text-dump: tests/text-dump.c tests/text_models.c $(BUILD)/libquire.a | $(BUILD)/tests
	$(CC) $(CPPFLAGS) -Itests $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ \
	    tests/text-dump.c $(BUILD)/libquire.a $(PKG_LIBS)

.PHONY: check-text
check-text: $(BUILD)/quire $(BUILD)/tests/text-dump
	sh tests/text-writer.sh $(BUILD)/quire $(BUILD)/tests/text-dump $(SHARED)
