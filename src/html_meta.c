/*
 * html_meta.c -- document metadata from a parsed page.
 */
#include <string.h>

#include <libxml/tree.h>

#include "internal.h"
#include "html.h"

/* The first element named "name" in document order, without recursion. */
static xmlNodePtr
find_element(xmlNodePtr root, const char *name)
{
	xmlNodePtr n = root;

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcasecmp(n->name, (const xmlChar *)name) == 0)
			return n;
		if (n->children != NULL && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL && n != root)
			n = n->parent;
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
	return NULL;
}

void
qr_html_meta(struct qr_doc *doc, xmlDocPtr page)
{
	xmlNodePtr	 root = xmlDocGetRootElement(page), t;
	xmlChar		*s;
	struct qr_buf	 b = {0};
	int		 space = 1;

	if (root == NULL || doc->title != NULL)
		return;
	if ((t = find_element(root, "title")) == NULL)
		return;
	if ((s = xmlNodeGetContent(t)) == NULL)
		return;
	qr_buf_put_collapsed(&b, (const char *)s, strlen((const char *)s),
	    &space);
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	if (b.len > 0)
		doc->title = qr_doc_strndup(doc, b.data, b.len);
	qr_buf_free(&b);
	xmlFree(s);
}
