/*
 * fuzz_read_text.c -- the plain-text dump reader on arbitrary bytes
 * (nothing to do until it is built).
 */
#include <string.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct qr_options	 o;
	struct qr_error		 err;
	struct qr_doc		*doc;

	if (!qr_input_available(QR_IN_TEXT))
		return 0;
	fz_options(&o);
	memset(&err, 0, sizeof(err));
	doc = qr_read((const char *)data, size, QR_IN_TEXT, &o, &err);
	if (doc == NULL) {
		if (err.msg[0] == '\0' || err.status == QR_OK ||
		    err.status == QR_ERR_IO || err.status == QR_ERR_USAGE)
			fz_fail("read_text: refused without a reason", err.msg,
			    strlen(err.msg));
		return 0;
	}
	fz_check_doc(doc);
	qr_doc_free(doc);
	return 0;
}
