/*
 * html_tree.h -- the page's tree, built from libxml2's SAX events into
 * one arena (html_tree.c).  Not installed.
 *
 * The nodes are libxml2's own structs (xmlDoc, xmlNode, xmlAttr,
 * xmlDtd), linked as libxml2's SAX2 handlers link them, so every
 * read-only libxml2 call (xmlGetProp, xmlNodeGetContent, ...) works on
 * them; but nothing in such a tree may be freed or reallocated by
 * libxml2 (xmlFreeNode, xmlFreeDoc, xmlAddChild merging two texts,
 * xmlNodeSetContent, ...): unlink with xmlUnlinkNode, add with the
 * functions below, free the whole tree with qr_html_tree_free().
 *
 * An attribute's value is not the text node libxml2 hangs under the
 * xmlAttr but a string in its psvi field (a->children is NULL; psvi
 * NULL for an attribute without a value): read it with
 * qr_html_attr_value(), which reads libxml2's own trees too, never
 * with xmlGetProp (it would say "").
 */
#ifndef QUIRE_HTML_TREE_H
#define QUIRE_HTML_TREE_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* An attribute's value in an arena tree or in libxml2's tree (then its
 * single text child's content); NULL when it has none (an HTML
 * attribute written without "="). */
static inline const char *
qr_html_attr_value(xmlAttrPtr a)
{
	if (a->children == NULL)
		return (const char *)a->psvi;
	if (a->children->type == XML_TEXT_NODE && a->children->next == NULL)
		return (const char *)a->children->content;
	return NULL;
}

/* Does no code of quire read attribute "name"?  Such attributes are
 * left out of an arena tree (html_tree.c says which). */
int		 qr_html_attr_unread(const char *name);

/* libxml2's parse options for pages: recover, no network, no error
 * output, HUGE (without it libxml2 2.9 stops the tree at depth 256). */
#define QR_HTML_PARSE_OPTS	(HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
				 HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
				 XML_PARSE_HUGE)

/* A parser context over a copy of data[0..len) with quire's options:
 * the bytes are UTF-8 when enc is NULL, else libxml2 decodes them from
 * enc (as htmlReadMemory does).  NULL when libxml2 fails. */
htmlParserCtxtPtr qr_html_ctxt(const char *data, size_t len,
		    const char *enc);
/* qr_html_ctxt(data, len, NULL) without the copy: libxml2 reads
 * data[0..len) where it is, so those bytes must stay as they are until
 * qr_html_tree_parse() returns, and data[len] must be a NUL (else, or
 * when len is 0 or libxml2 fails, NULL). */
htmlParserCtxtPtr qr_html_ctxt_inplace(const char *data, size_t len);
/* Parse with ctxt (from qr_html_ctxt) into an arena tree and free
 * ctxt.  "spare" (malloc'd, "size" bytes, or NULL), memory the caller
 * is done with (the page, once ctxt has its copy), becomes the arena's
 * first block: freed with the tree, or at once when parsing fails;
 * without it the first block is sized from the bytes ctxt has and
 * faulted in at once (html_tree.c, first_block).  The
 * tree has no comment nodes (html_tree.c).  The document has no root
 * element when the page is empty; NULL only when libxml2 could not
 * start. */
xmlDocPtr	 qr_html_tree_parse(htmlParserCtxtPtr ctxt, void *spare,
		    size_t size);
/* Free a tree made by qr_html_tree_parse (NULL is fine). */
void		 qr_html_tree_free(xmlDocPtr);
/* A new element "name" of doc's tree, unlinked, no attributes. */
xmlNodePtr	 qr_html_tree_element(xmlDocPtr, const char *name);
/* Add attribute name=value after n's attributes (no check for an
 * existing one). */
void		 qr_html_tree_attr(xmlNodePtr n, const char *name,
		    const char *value);
/* xmlAddChild(parent, cur) for an unlinked cur: a text node is merged
 * into a text node that ends parent's children. */
void		 qr_html_tree_append(xmlNodePtr parent, xmlNodePtr cur);

#endif
