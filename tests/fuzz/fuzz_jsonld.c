/*
 * fuzz_jsonld.c -- the JSON-LD scanner of the metadata pass
 * (qr_jsonld_read): the input is split at 0x1e bytes into up to 8
 * blocks, as a page's <script type="application/ld+json"> elements.
 */
#include <stdlib.h>

#include "fuzz.h"
#include "html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*blocks[8];
	size_t		 lens[8], n = 0, start = 0, i;
	struct qr_doc	*doc;

	for (i = 0; i <= size && n < 8; i++)
		if (i == size || data[i] == 0x1e) {
			blocks[n] = (const char *)data + start;
			lens[n++] = i - start;
			start = i + 1;
		}
	doc = qr_doc_new();
	qr_jsonld_read(doc, blocks, lens, n);
	fz_check_doc(doc);
	qr_doc_free(doc);
	return 0;
}
