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
to_file(void *ctx, const char *buf, int len)
{
	struct xh_sink	*k = ctx;
	size_t		 n = (size_t)len, skip = k->skip < n ? k->skip : n;

	k->skip -= skip;
	if (!k->failed && n > skip &&
	    qr_out_put(k->f, buf + skip, n - skip) != n - skip)
		k->failed = 1;
	return len;
}

static int
no_close(void *ctx)
{
	(void)ctx;
	return 0;
}

static void flush_stage(struct xh_out *);

static void
oom(void)
{
	fputs("quire: out of memory\n", stderr);
	abort();
}

static void
begin(struct xh_out *o, xmlOutputWriteCallback cb, void *ctx,
    const char *prefix)
{
	memset(o, 0, sizeof(*o));
	o->out = xmlOutputBufferCreateIO(cb, no_close, ctx, NULL);
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
xh_out_begin(struct xh_out *o, struct qr_buf *dst, const char *prefix)
{
	begin(o, to_buf, dst, prefix);
}

void
xh_out_begin_file(struct xh_out *o, struct xh_sink *k, const char *prefix)
{
	begin(o, to_file, k, prefix);
}

void
xh_out_end(struct xh_out *o)
{
	while (o->n > 0)
		xh_out_close(o);
	flush_stage(o);
	xmlOutputBufferClose(o->out);
	xmlBufferFree(o->attr);
	xmlFreeDoc(o->doc);
	free(o->st);
	memset(o, 0, sizeof(*o));
}

/* Hand what is gathered in o->stage to libxml2's buffer. */
static void
flush_stage(struct xh_out *o)
{
	if (o->slen > 0 && xmlOutputBufferWrite(o->out, (int)o->slen,
	    o->stage) < 0)
		oom();
	o->slen = 0;
}

/* Write s[0..len): small writes are gathered in o->stage (libxml2's
 * xmlOutputBufferWrite() costs some 60 instructions a call). */
static void
put(struct xh_out *o, const char *s, size_t len)
{
	if (o->slen + len > sizeof(o->stage)) {
		flush_stage(o);
		if (len > sizeof(o->stage) / 2) {
			if (xmlOutputBufferWrite(o->out, (int)len, s) < 0)
				oom();
			return;
		}
	}
	memcpy(o->stage + o->slen, s, len);
	o->slen += len;
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

/* Write the end of the child whose end "e" holds. */
static void
unhold(struct xh_out *o, struct xh_open *e)
{
	if (e->held_empty)
		put(o, "/>", 2);
	else
		end_tag(o, e->held);
	e->held = NULL;
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
	if (o->n > 0 && (top = &o->st[o->n - 1])->held != NULL)
		unhold(o, top);
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
	o->st[o->n].held_empty = 0;
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

size_t
xh_plain_len(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0;

#ifdef QR_SCAN_SSE2
	const __m128i	sp = _mm_set1_epi8(' '), lt = _mm_set1_epi8('<'),
			gt = _mm_set1_epi8('>'), amp = _mm_set1_epi8('&'),
			del = _mm_set1_epi8(0x7f), tab = _mm_set1_epi8('\t'),
			lf = _mm_set1_epi8('\n');

	while (i + 16 <= len) {
		__m128i	x = _mm_loadu_si128((const __m128i *)(p + i)), m;
		int	bits;

		/* signed: < 0x20 and >= 0x80 alike */
		m = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, sp),
		    _mm_cmpeq_epi8(x, del)), _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(x, lt), _mm_cmpeq_epi8(x, gt)),
		    _mm_cmpeq_epi8(x, amp)));
		m = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(x, tab),
		    _mm_cmpeq_epi8(x, lf)), m);
		if ((bits = _mm_movemask_epi8(m)) != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
#endif
	for (; i < len; i++)
		if (p[i] < 0x20 ? p[i] != '\t' && p[i] != '\n' :
		    p[i] >= 0x7f || p[i] == '<' || p[i] == '>' || p[i] == '&')
			break;
	return i;
}

/* Does the saver write attribute value s[0..len) as it is? */
static int
attr_plain(const char *s, size_t len)
{
	size_t i = 0;

#ifdef QR_SCAN_SSE2
	const __m128i	sp = _mm_set1_epi8(' '), lt = _mm_set1_epi8('<'),
			gt = _mm_set1_epi8('>'), amp = _mm_set1_epi8('&'),
			del = _mm_set1_epi8(0x7f), q = _mm_set1_epi8('"');

	for (; i + 16 <= len; i += 16) {
		__m128i	x = _mm_loadu_si128((const __m128i *)(s + i));

		/* signed: < 0x20 and >= 0x80 alike */
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmplt_epi8(x, sp), _mm_cmpeq_epi8(x, del)),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, lt),
		    _mm_cmpeq_epi8(x, gt)), _mm_or_si128(_mm_cmpeq_epi8(x,
		    amp), _mm_cmpeq_epi8(x, q))))) != 0)
			return 0;
	}
#endif
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x7f || c == '<' || c == '>' ||
		    c == '&' || c == '"')
			return 0;
	}
	return 1;
}

void
xh_out_attr(struct xh_out *o, const char *name, const char *value)
{
	size_t	n = strlen(name), v = strlen(value);
	char	tag[128];

	/* the common case, " name=\"value\"" with nothing to escape, at once */
	if (n + v + 4 <= sizeof(tag) && attr_plain(value, v)) {
		tag[0] = ' ';
		memcpy(tag + 1, name, n);
		tag[n + 1] = '=';
		tag[n + 2] = '"';
		memcpy(tag + n + 3, value, v);
		tag[n + v + 3] = '"';
		put(o, tag, n + v + 4);
		return;
	}
	put(o, " ", 1);
	put(o, name, n);
	put(o, "=\"", 2);
	if (attr_plain(value, v))
		put(o, value, v);
	else {
		xmlBufferEmpty(o->attr);
		xmlAttrSerializeTxtContent(o->attr, o->doc, NULL,
		    (const xmlChar *)value);
		put(o, (const char *)xmlBufferContent(o->attr),
		    (size_t)xmlBufferLength(o->attr));
	}
	put(o, "\"", 1);
}

void
xh_out_text_len(struct xh_out *o, const char *s, size_t len)
{
	into(o);
	if (len == 0)
		return;
	/* what the escaping would leave as it is goes at once */
	if (xh_plain_len(s, len) == len ||
	    strcspn(s, "<>&\r") == len)
		put(o, s, len);
	else {
		flush_stage(o);
		if (xmlOutputBufferWriteEscape(o->out, (const xmlChar *)s,
		    NULL) < 0)
			oom();
	}
}

void
xh_out_text(struct xh_out *o, const char *s)
{
	xh_out_text_len(o, s, strlen(s));
}

void
xh_out_close(struct xh_out *o)
{
	struct xh_open	*e = &o->st[o->n - 1], *parent;
	int		 empty = o->pending;

	o->pending = 0;
	if (e->held != NULL)
		unhold(o, e);
	o->n--;
	parent = o->n > 0 ? &o->st[o->n - 1] : NULL;
	if (parent != NULL && parent->hold_ul && strcmp(e->name, "ul") == 0) {
		parent->held = e->name;
		parent->held_empty = empty;
	} else if (empty)
		put(o, "/>", 2);
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
	if (top->held_empty)
		put(o, ">", 1);		/* <ul> gets content after all */
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
	o->st[o->n].held_empty = 0;
	o->st[o->n].hold_ul = 0;
	o->n++;
}
