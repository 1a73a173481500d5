/*
 * fuzz_html_tree.c -- the arena tree (html_tree.c) is libxml2's tree on
 * any input: the page is parsed by both builders, libxml2's SAX2
 * handlers and ours, and the trees are compared node by node
 * (tests/tree_compare.h, shared with tests/check_html_tree.c, which
 * says what is left out).
 * Any difference is a finding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "fuzz.h"
#include "internal.h"
#include "html.h"
#include "html_tree.h"

#include "../tree_compare.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xmlDocPtr	 ra, rb;
	char		 diff[DIFF_MAX];
	size_t		 n;
	int		 bad;

	if (size > ((size_t)1 << 20))
		return 0;
	ra = ref_parse((const char *)data, size);
	rb = own_parse((const char *)data, size);
	bad = trees_differ(ra, rb, diff, &n);
	xmlFreeDoc(ra);
	qr_html_tree_free(rb);
	if (bad)
		fz_fail("html_tree: the arena tree differs from libxml2's",
		    diff, strlen(diff));
	return 0;
}
