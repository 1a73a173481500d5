/*
 * fuzz_pipeline.c -- the whole way: sniff, the reader it picks, then
 * every available writer into memory, each output checked
 * (fz_write_all).  The options vary with the input's size, so the same
 * seeds exercise wrapping, no-comments, front matter and remote images.
 */
#include <string.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int	 widths[] = { 72, 0, 20, 1, 100000 };
	struct qr_options	 o;
	struct qr_error		 err;
	struct qr_doc		*doc;

	if (!qr_input_available(QR_IN_AUTO))
		return 0;
	fz_options(&o);
	o.width = widths[size % 5];
	o.no_comments = size % 11 == 0;
	o.front_matter = size % 3 == 0;
	o.remote_images = size % 2 == 0;
	o.base_url = size % 7 == 0 ? "http://example.org/blog/post" : NULL;
	memset(&err, 0, sizeof(err));
	doc = qr_read((const char *)data, size, QR_IN_AUTO, &o, &err);
	if (doc == NULL) {
		if (err.msg[0] == '\0')
			fz_fail("pipeline: refused without a reason", NULL, 0);
		return 0;
	}
	fz_check_doc(doc);
	fz_write_all(doc, &o);
	qr_doc_free(doc);
	return 0;
}
