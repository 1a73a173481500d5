/*
 * xhtml_out.c -- the XHTML writer's output: elements, attributes and
 * text written in document order through a libxml2 output buffer, with
 * libxml2's own escaping, instead of a tree built and then saved.
 *
 * What it writes is what libxml2's XML saver (xmlSaveDoc with
 * XML_SAVE_AS_XML | XML_SAVE_NO_XHTML and encoding UTF-8) writes for the
 * same tree: text through xmlOutputBufferWriteEscape() with the saver's
 * default escaping (< > & and CR), attribute values through
 * xmlAttrSerializeTxtContent() (also " and TAB, LF, CR as character
 * references), an element with no children as <name/>, elements in the
 * XHTML namespace with its prefix if it has one.  check_xhtml.c holds
 * it to the saver on random trees.
 */
#include <stdlib.h>
#include <string.h>

#include "xhtml.h"

static int
to_buf(void *ctx, const char *buf, int len)
{
	qr_buf_put(ctx, buf, (size_t)len);
	return len;
}

static int
no_close(void *ctx)
{
	(void)ctx;
	return 0;
}

static void
oom(void)
{
	fputs("quire: out of memory\n", stderr);
	abort();
}

void
xh_out_begin(struct xh_out *o, struct qr_buf *dst, const char *prefix)
{
	memset(o, 0, sizeof(*o));
	o->out = xmlOutputBufferCreateIO(to_buf, no_close, dst, NULL);
	o->attr = xmlBufferCreate();
	/* the saver writes non-ASCII in attribute values as it is only
	 * when the document has an encoding */
	o->doc = xmlNewDoc((const xmlChar *)"1.0");
	if (o->out == NULL || o->attr == NULL || o->doc == NULL)
		oom();
	o->doc->encoding = xmlStrdup((const xmlChar *)"UTF-8");
	o->prefix = prefix;
	o->plen = prefix != NULL ? strlen(prefix) : 0;
}

void
xh_out_end(struct xh_out *o)
{
	while (o->n > 0)
		xh_out_close(o);
	xmlOutputBufferClose(o->out);
	xmlBufferFree(o->attr);
	xmlFreeDoc(o->doc);
	free(o->st);
	memset(o, 0, sizeof(*o));
}

static void
put(struct xh_out *o, const char *s, size_t len)
{
	if (xmlOutputBufferWrite(o->out, (int)len, s) < 0)
		oom();
}

/* "</name>" (with the prefix). */
static void
end_tag(struct xh_out *o, const char *name)
{
	char	tag[80];
	size_t	n = strlen(name), k = 0;

	if (o->plen + n + 4 > sizeof(tag)) {
		put(o, "</", 2);
		if (o->plen > 0) {
			put(o, o->prefix, o->plen);
			put(o, ":", 1);
		}
		put(o, name, n);
		put(o, ">", 1);
		return;
	}
	tag[k++] = '<';
	tag[k++] = '/';
	if (o->plen > 0) {
		memcpy(tag + k, o->prefix, o->plen);
		k += o->plen;
		tag[k++] = ':';
	}
	memcpy(tag + k, name, n);
	k += n;
	tag[k++] = '>';
	put(o, tag, k);
}

/* Before content goes into the open element: end its start tag, and
 * write the end tag of a child whose end was held. */
static void
into(struct xh_out *o)
{
	struct xh_open *top;

	if (o->pending) {
		put(o, ">", 1);
		o->pending = 0;
	}
	if (o->n > 0 && (top = &o->st[o->n - 1])->held != NULL) {
		end_tag(o, top->held);
		top->held = NULL;
	}
}

void
xh_out_open(struct xh_out *o, const char *name, const char *cls)
{
	char	tag[96];
	size_t	n = strlen(name), c = cls != NULL ? strlen(cls) : 0, k = 0;

	into(o);
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 32;
		o->st = realloc(o->st, o->cap * sizeof(*o->st));
		if (o->st == NULL)
			oom();
	}
	o->st[o->n].name = name;
	o->st[o->n].held = NULL;
	o->st[o->n].hold_ul = 0;
	o->n++;
	o->pending = 1;
	if (o->plen + n + c + 12 > sizeof(tag)) {
		put(o, "<", 1);
		if (o->plen > 0) {
			put(o, o->prefix, o->plen);
			put(o, ":", 1);
		}
		put(o, name, n);
		if (cls != NULL)
			xh_out_attr(o, "class", cls);
		return;
	}
	tag[k++] = '<';
	if (o->plen > 0) {
		memcpy(tag + k, o->prefix, o->plen);
		k += o->plen;
		tag[k++] = ':';
	}
	memcpy(tag + k, name, n);
	k += n;
	put(o, tag, k);
	/* our class names need no escaping, but take no chances */
	if (cls != NULL)
		xh_out_attr(o, "class", cls);
}

void
xh_out_attr(struct xh_out *o, const char *name, const char *value)
{
	size_t n = strlen(name);

	put(o, " ", 1);
	put(o, name, n);
	put(o, "=\"", 2);
	xmlBufferEmpty(o->attr);
	xmlAttrSerializeTxtContent(o->attr, o->doc, NULL,
	    (const xmlChar *)value);
	put(o, (const char *)xmlBufferContent(o->attr),
	    (size_t)xmlBufferLength(o->attr));
	put(o, "\"", 1);
}

void
xh_out_text(struct xh_out *o, const char *s)
{
	into(o);
	if (s[0] != '\0' && xmlOutputBufferWriteEscape(o->out,
	    (const xmlChar *)s, NULL) < 0)
		oom();
}

void
xh_out_close(struct xh_out *o)
{
	struct xh_open	*e = &o->st[o->n - 1], *parent;

	if (o->pending) {
		put(o, "/>", 2);
		o->pending = 0;
		o->n--;
		return;
	}
	if (e->held != NULL) {
		end_tag(o, e->held);
		e->held = NULL;
	}
	o->n--;
	parent = o->n > 0 ? &o->st[o->n - 1] : NULL;
	if (parent != NULL && parent->hold_ul && strcmp(e->name, "ul") == 0)
		parent->held = e->name;
	else
		end_tag(o, e->name);
}

void
xh_out_hold_ul(struct xh_out *o)
{
	o->st[o->n - 1].hold_ul = 1;
}

int
xh_out_reopen_held(struct xh_out *o)
{
	struct xh_open	*top = &o->st[o->n - 1];
	const char	*name = top->held;

	if (name == NULL)
		return 0;
	top->held = NULL;
	xh_out_open_raw(o, name);
	return 1;
}

/* Push "name" as an open element whose start tag is written already. */
void
xh_out_open_raw(struct xh_out *o, const char *name)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 32;
		o->st = realloc(o->st, o->cap * sizeof(*o->st));
		if (o->st == NULL)
			oom();
	}
	o->st[o->n].name = name;
	o->st[o->n].held = NULL;
	o->st[o->n].hold_ul = 0;
	o->n++;
}

size_t
xh_out_depth(const struct xh_out *o)
{
	return o->n;
}
