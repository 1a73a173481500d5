/*
 * tree_compare.h -- libxml2's own tree of a page against quire's arena
 * tree (src/html_tree.c), node by node and without recursion; shared by
 * tests/check_html_tree.c and the fuzz harness
 * tests/fuzz/fuzz_html_tree.c.  Static functions: include it once.
 */
#ifndef TREE_COMPARE_H
#define TREE_COMPARE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "internal.h"
#include "html.h"
#include "html_tree.h"

#define DIFF_MAX	1024

/* libxml2's own tree, made as read_html.c made it before the arena. */
static xmlDocPtr
ref_parse(const char *buf, size_t len)
{
	struct qr_html_src	 src;
	htmlParserCtxtPtr	 ctxt;
	xmlDocPtr		 doc;

	qr_html_decode(buf, len, NULL, &src);
	if (src.enc != NULL) {
		doc = htmlReadMemory(src.data, (int)src.len, NULL, src.enc,
		    QR_HTML_PARSE_OPTS | HTML_PARSE_NODEFDTD);
		free(src.owned);
		return doc;
	}
	ctxt = htmlCreateMemoryParserCtxt(src.data, (int)src.len);
	free(src.owned);
	if (ctxt == NULL)
		return NULL;
	ctxt->charset = XML_CHAR_ENCODING_UTF8;
	htmlCtxtUseOptions(ctxt, QR_HTML_PARSE_OPTS | HTML_PARSE_NODEFDTD);
	htmlParseDocument(ctxt);
	doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	htmlFreeParserCtxt(ctxt);
	return doc;
}

static xmlDocPtr
own_parse(const char *buf, size_t len)
{
	struct qr_html_src	 src;
	htmlParserCtxtPtr	 ctxt;

	xmlDocPtr		 doc;

	qr_html_decode(buf, len, NULL, &src);
	if (src.enc == NULL) {
		/* as read_html.c does: parsed where it is, then its memory
		 * goes to the model, which writes over it (so no byte of
		 * it may show in the tree) */
		doc = qr_html_tree_parse(qr_html_ctxt_inplace(src.data,
		    src.len), NULL, 0);
		memset(src.owned, 0xa5, src.len + 1);
		free(src.owned);
		return doc;
	}
	ctxt = qr_html_ctxt(src.data, src.len, src.enc);
	/* the copy, dead once ctxt has its own, becomes the tree's first
	 * block (its old bytes must not show) */
	if (src.owned != NULL)
		memset(src.owned, 0xa5, src.len + 1);
	return qr_html_tree_parse(ctxt, src.owned, src.len + 1);
}

static int
str_eq(const xmlChar *a, const xmlChar *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp((const char *)a, (const char *)b) == 0;
}

static const char *
show(const xmlChar *s)
{
	return s != NULL ? (const char *)s : "(null)";
}

/* Where n is: its element ancestors' names, innermost first (bounded). */
static void
where(xmlNodePtr n, char *out, size_t size)
{
	size_t	 k = 0;
	int	 depth = 0;

	out[0] = '\0';
	for (; n != NULL && n->type != XML_DOCUMENT_NODE &&
	    n->type != XML_HTML_DOCUMENT_NODE; n = n->parent, depth++)
		if (depth < 8 && k + 40 < size)
			k += (size_t)snprintf(out + k, size - k, "%s<%s",
			    depth ? " in " : "", n->name != NULL ?
			    (const char *)n->name : "#");
	if (depth >= 8 && k + 40 < size)
		snprintf(out + k, size - k, " ... (depth %d)", depth);
}

/* x, or the first attribute from x on that ours keeps (libxml2's tree
 * has the attributes no code reads, ours not: html_tree.c). */
static xmlAttrPtr
kept_attr(xmlAttrPtr x)
{
	while (x != NULL && qr_html_attr_unread((const char *)x->name))
		x = x->next;
	return x;
}

/* The first difference between a (libxml2's) and b (ours) at this
 * node, written to diff; 0 when none. */
static int
node_differs(xmlNodePtr a, xmlNodePtr b, char *diff)
{
	xmlAttrPtr	 x, y;
	char		 w[400];

	where(a, w, sizeof(w));
	if (a->type != b->type) {
		snprintf(diff, DIFF_MAX, "type %d vs %d at %s", a->type,
		    b->type, w);
		return 1;
	}
	if (!str_eq(a->name, b->name)) {
		snprintf(diff, DIFF_MAX, "name %s vs %s at %s", show(a->name),
		    show(b->name), w);
		return 1;
	}
	if (a->type == XML_DTD_NODE) {
		xmlDtdPtr da = (xmlDtdPtr)a, db = (xmlDtdPtr)b;

		if (!str_eq(da->ExternalID, db->ExternalID) ||
		    !str_eq(da->SystemID, db->SystemID)) {
			snprintf(diff, DIFF_MAX, "doctype %s %s vs %s %s",
			    show(da->ExternalID), show(da->SystemID),
			    show(db->ExternalID), show(db->SystemID));
			return 1;
		}
		return 0;
	}
	if (a->type != XML_ELEMENT_NODE && !str_eq(a->content, b->content)) {
		snprintf(diff, DIFF_MAX, "content [%.200s] vs [%.200s] at %s",
		    show(a->content), show(b->content), w);
		return 1;
	}
	if (a->line != b->line) {
		snprintf(diff, DIFF_MAX, "line %u vs %u at %s (type %d)",
		    a->line, b->line, w, a->type);
		return 1;
	}
	for (x = kept_attr(a->properties), y = b->properties;
	    x != NULL && y != NULL; x = kept_attr(x->next), y = y->next) {
		if (!str_eq(x->name, y->name)) {
			snprintf(diff, DIFF_MAX, "attribute %s vs %s at %s",
			    show(x->name), show(y->name), w);
			return 1;
		}
		if (y->parent != b || y->doc != b->doc ||
		    (y->next != NULL && y->next->prev != y)) {
			snprintf(diff, DIFF_MAX, "attribute %s: bad links at "
			    "%s", show(y->name), w);
			return 1;
		}
		/* libxml2's value is one text node (line 0), ours a
		 * string (html_tree.h) */
		if (x->children != NULL && (x->children->next != NULL ||
		    x->children->type != XML_TEXT_NODE ||
		    x->children->line != 0)) {
			snprintf(diff, DIFF_MAX, "attribute %s: libxml2's "
			    "value is not one text node at %s",
			    show(x->name), w);
			return 1;
		}
		if (y->children != NULL || !str_eq(BAD_CAST
		    qr_html_attr_value(x), BAD_CAST qr_html_attr_value(y))) {
			snprintf(diff, DIFF_MAX, "attribute %s: value "
			    "[%.200s] vs [%.200s] at %s", show(x->name),
			    show(BAD_CAST qr_html_attr_value(x)),
			    show(BAD_CAST qr_html_attr_value(y)), w);
			return 1;
		}
	}
	if (x != NULL || y != NULL) {
		snprintf(diff, DIFF_MAX, "attribute %s vs %s at %s",
		    x != NULL ? show(x->name) : "(none)",
		    y != NULL ? show(y->name) : "(none)", w);
		return 1;
	}
	return 0;
}

/* b's links around n agree. */
static int
links_bad(xmlNodePtr n, xmlNodePtr parent, xmlDocPtr doc)
{
	if (n->parent != parent || n->doc != doc)
		return 1;
	if (n->prev == NULL ? parent->children != n : n->prev->next != n)
		return 1;
	if (n->next == NULL ? parent->last != n : n->next->prev != n)
		return 1;
	if (n->children != NULL && (n->last == NULL ||
	    n->children->prev != NULL || n->last->next != NULL))
		return 1;
	return n->children == NULL && n->last != NULL;
}

/* Compare the two documents' trees in one pre-order walk (no
 * recursion); 0 when they are the same, else diff says where. */
static int
trees_differ(xmlDocPtr da, xmlDocPtr db, char *diff, size_t *count)
{
	xmlNodePtr a, b, pa = (xmlNodePtr)da, pb = (xmlNodePtr)db;

	*count = 0;
	if (da == NULL || db == NULL) {
		snprintf(diff, DIFF_MAX, "document %s vs %s",
		    da ? "made" : "none", db ? "made" : "none");
		return da != db;
	}
	a = da->children;
	b = db->children;
	for (;;) {
		while (a != NULL && a->type == XML_COMMENT_NODE)
			a = a->next;
		if (a == NULL || b == NULL) {
			if (a != b) {
				char w[400];

				where(a != NULL ? a : b, w, sizeof(w));
				snprintf(diff, DIFF_MAX, "%s has a node more: "
				    "%s (type %d) at %s", a != NULL ?
				    "libxml2" : "ours", show((a != NULL ?
				    a : b)->name), (a != NULL ? a : b)->type, w);
				return 1;
			}
			/* both lists ended: back up to the parents' next */
			if (pa == (xmlNodePtr)da)
				return 0;
			a = pa->next;
			b = pb->next;
			pa = pa->parent;
			pb = pb->parent;
			continue;
		}
		(*count)++;
		if (node_differs(a, b, diff))
			return 1;
		if (links_bad(b, pb, db)) {
			snprintf(diff, DIFF_MAX, "our links are wrong at node "
			    "%zu (%s)", *count, show(b->name));
			return 1;
		}
		if (a->type != XML_DTD_NODE && (a->children != NULL ||
		    b->children != NULL)) {
			pa = a;
			pb = b;
			a = a->children;
			b = b->children;
		} else {
			a = a->next;
			b = b->next;
		}
	}
}

#endif /* TREE_COMPARE_H */
