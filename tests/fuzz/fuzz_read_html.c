/*
 * fuzz_read_html.c -- the HTML reader on arbitrary bytes.  Until the
 * reader is built, the part of it that exists: libxml2's parse and the
 * metadata pass (qr_html_meta).  Every document is checked with
 * fz_check_doc(); a refusal must carry a message.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "fuzz.h"
#include "html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct qr_options	 o;
	struct qr_error		 err;
	struct qr_doc		*doc;

	fz_options(&o);
	if (qr_input_available(QR_IN_HTML)) {
		memset(&err, 0, sizeof(err));
		doc = qr_read((const char *)data, size, QR_IN_HTML, &o, &err);
		if (doc == NULL) {
			if (err.msg[0] == '\0' || err.status == QR_OK ||
			    err.status == QR_ERR_IO ||
			    err.status == QR_ERR_USAGE)
				fz_fail("read_html: refused without a reason",
				    err.msg, strlen(err.msg));
			return 0;
		}
	} else {
		xmlDocPtr page;

		if (size > o.max_input)
			return 0;
		page = htmlReadMemory((const char *)data, (int)size, NULL,
		    NULL, HTML_PARSE_RECOVER | HTML_PARSE_NONET |
		    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
		if (page == NULL)
			return 0;
		doc = qr_doc_new();
		qr_html_meta(doc, page);
		xmlFreeDoc(page);
	}
	fz_check_doc(doc);
	qr_doc_free(doc);
	return 0;
}
