/*
 * write_xhtml.c -- the model as an EPUB 3 content document (XHTML).
 *
 * The document is built with libxml2's tree API inside the page
 * template (xhtml_template.c) and written by libxml2's XML serializer,
 * so it is well-formed by construction: text goes in as text nodes and
 * attribute values, which the serializer escapes; strings are first
 * made fit for XML (xh_clean_text) and URLs checked and percent-encoded
 * (xh_url).
 *
 *	<article>
 *	<header><h1>Title</h1><p class="byline">...</p></header>
 *	...the body...
 *	<section class="comments" id="comments"><h2>3 comments</h2>
 *	<ol class="thread">
 *	<li class="comment" id="c-12"><p class="meta"><b class="author">Ann</b>
 *	  · <time datetime="2017-02-15T09:12">2017-02-15 09:12</time></p>
 *	  <p>Great post.</p>
 *	  <ul class="replies"><li class="comment" id="c-13">...</li></ul></li>
 *	</ol></section></article>
 *
 * The model is walked with qr_walk, never recursively.  The serializer
 * does recurse once per element level, so the output's depth is
 * bounded: replies nest in <ul class="replies"> down to REPLY_CAP
 * levels, and deeper replies are written flat in the deepest list, each
 * saying "in reply to NAME" with a link to its parent.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "xhtml.h"

#define REPLY_CAP	4	/* levels of <ul class="replies"> */
#define SEP		" \xC2\xB7 "	/* " · " */

/* One open comment: its <li>, id and (cleaned) author. */
struct open_comment {
	xmlNodePtr	 li;
	char		*id;
	char		*author;
};

struct xw {
	const struct qr_doc	*doc;
	const struct qr_options	*opt;
	xmlDocPtr		 x;
	xmlNsPtr		 ns;
	const char		*base;		/* resolves relative URLs */
	struct xh_ids		 ids;
	xmlNodePtr		 cur;		/* where content goes */
	unsigned		 in_link;	/* open <a> (or its <span>) */
	/* the thread */
	xmlNodePtr		 list[REPLY_CAP + 1];	/* [0] ol.thread,
						 * [k] ul.replies, level k */
	struct open_comment	*stack;		/* [d]: the open comment at
						 * depth d (1-based) */
	size_t			 nstack, capstack;
};

/* ---- small builders ---------------------------------------------------- */

static xmlNodePtr
el(struct xw *w, xmlNodePtr parent, const char *name, const char *cls)
{
	xmlNodePtr n = xmlNewDocNode(w->x, w->ns, (const xmlChar *)name, NULL);

	if (n == NULL) {
		fputs("quire: out of memory\n", stderr);
		abort();
	}
	if (cls != NULL)
		xmlNewProp(n, (const xmlChar *)"class", (const xmlChar *)cls);
	return xmlAddChild(parent, n);
}

/* Raw text (already clean, or a literal of ours). */
static void
raw(struct xw *w, xmlNodePtr parent, const char *s)
{
	xmlAddChild(parent, xmlNewDocText(w->x, (const xmlChar *)s));
}

/* A line break before a block, so the file reads one block a line;
 * white space between blocks does not show. */
static void
nl(struct xw *w, xmlNodePtr parent)
{
	raw(w, parent, "\n");
}

static xmlNodePtr
blk(struct xw *w, xmlNodePtr parent, const char *name, const char *cls)
{
	nl(w, parent);
	return el(w, parent, name, cls);
}

/* Text from the model, made fit for XML. */
static void
text(struct xw *w, xmlNodePtr parent, const char *s)
{
	char *t = xh_clean_text(s);

	if (t != NULL && t[0] != '\0')
		raw(w, parent, t);
	free(t);
}

/* An attribute whose value comes from the model. */
static void
attr(xmlNodePtr n, const char *name, const char *value)
{
	char *t = xh_clean_text(value);

	if (t != NULL)
		xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)t);
	free(t);
}

/* "url" checked and encoded for an href (malloc'd), or NULL when it is
 * refused, would not resolve (a relative one with no base), or would
 * nest a link in a link, which HTML forbids. */
static char *
href_of(struct xw *w, const char *url)
{
	char *u;

	if (w->in_link > 0)
		return NULL;
	switch (xh_url(url, w->base, &u)) {
	case XH_URL_REMOTE:
	case XH_URL_MAILTO:
		return u;
	default:
		free(u);
		return NULL;
	}
}

/* <a href> ("href" ready for use) appended to "parent". */
static xmlNodePtr
anchor(struct xw *w, xmlNodePtr parent, const char *href, const char *cls)
{
	xmlNodePtr a = el(w, parent, "a", cls);

	xmlNewProp(a, (const xmlChar *)"href", (const xmlChar *)href);
	return a;
}

/* <a href="#id"> appended to "parent". */
static xmlNodePtr
anchor_to_id(struct xw *w, xmlNodePtr parent, const char *id,
    const char *cls)
{
	struct qr_buf	b = { 0 };
	xmlNodePtr	a;

	qr_buf_putc(&b, '#');
	qr_buf_puts(&b, id);
	a = anchor(w, parent, qr_buf_cstr(&b), cls);
	qr_buf_free(&b);
	return a;
}

/* A separator between the parts of a header line, from the second on. */
static void
sep(struct xw *w, xmlNodePtr p, int *parts)
{
	if ((*parts)++ > 0)
		raw(w, p, SEP);
}

/* <time datetime> for an ISO date, else the date as text. */
static void
date(struct xw *w, xmlNodePtr parent, const char *d)
{
	char		iso[48], show[48];
	xmlNodePtr	t;

	if (xh_datetime(d, iso, show)) {
		t = el(w, parent, "time", NULL);
		xmlNewProp(t, (const xmlChar *)"datetime", (const xmlChar *)iso);
		raw(w, t, show);
	} else {
		char *s = xh_clean_line(d);

		if (s != NULL)
			raw(w, el(w, parent, "span", "date"), s);
		free(s);
	}
}

/* ---- images ------------------------------------------------------------ */

/* An image.  By default no <img> is written, since none would load in
 * an EPUB: a remote image becomes a link to it with its alt text
 * (readers do not fetch remote images; epubcheck RSC-006), and a
 * relative one that no base URL resolves leaves its alt text (its file
 * is not in the book; RSC-007).  With --remote-images both are kept as
 * <img>.  A refused one (data:, javascript:, ...) leaves only its alt
 * text.  Returns whether anything was written. */
static int
image(struct xw *w, xmlNodePtr parent, const struct qr_node *n)
{
	char			*src, *alt = xh_clean_line(n->as.image.alt);
	char			*title = xh_clean_line(n->as.image.title);
	enum xh_url_kind	 k = xh_url(n->as.image.src, w->base, &src);
	xmlNodePtr		 e;
	int			 done = 1;

	if ((k == XH_URL_LOCAL || k == XH_URL_REMOTE) &&
	    w->opt->remote_images) {
		e = el(w, parent, "img", NULL);
		xmlNewProp(e, (const xmlChar *)"src", (const xmlChar *)src);
		xmlNewProp(e, (const xmlChar *)"alt",
		    (const xmlChar *)(alt != NULL ? alt : ""));
		if (title != NULL)
			xmlNewProp(e, (const xmlChar *)"title",
			    (const xmlChar *)title);
	} else if (k == XH_URL_REMOTE) {
		/* inside a link already: the text alone */
		if (w->in_link > 0)
			e = el(w, parent, "span", "image");
		else
			e = anchor(w, parent, src, "image");
		if (title != NULL)
			xmlNewProp(e, (const xmlChar *)"title",
			    (const xmlChar *)title);
		raw(w, e, alt != NULL ? alt : title != NULL ? title :
		    "[image]");
	} else if (alt != NULL || title != NULL)
		raw(w, el(w, parent, "span", "image"),
		    alt != NULL ? alt : title);
	else
		done = 0;
	free(src);
	free(alt);
	free(title);
	return done;
}

/* ---- blocks and inlines ------------------------------------------------- */

static void	comment_enter(struct xw *, const struct qr_node *);
static void	comment_exit(struct xw *, const struct qr_node *);

static void
node_enter(struct xw *w, const struct qr_node *n)
{
	xmlNodePtr	e;
	char		name[4];

	switch (n->kind) {
	case QR_COMMENT:
		comment_enter(w, n);
		break;
	case QR_PARA:
		w->cur = blk(w, w->cur, "p", NULL);
		break;
	case QR_HEADING:
		/* the post's title is the <h1>: body headings go one down */
		snprintf(name, sizeof(name), "h%d", n->as.level < 1 ? 2 :
		    n->as.level > 5 ? 6 : n->as.level + 1);
		w->cur = blk(w, w->cur, name, NULL);
		break;
	case QR_QUOTE:
		w->cur = blk(w, w->cur, "blockquote", NULL);
		break;
	case QR_LIST:
		e = blk(w, w->cur, n->as.list.ordered ? "ol" : "ul", NULL);
		if (n->as.list.ordered && (n->as.list.start > 1 ||
		    n->as.list.start < 0)) {
			char s[16];

			snprintf(s, sizeof(s), "%d", n->as.list.start);
			xmlNewProp(e, (const xmlChar *)"start",
			    (const xmlChar *)s);
		}
		w->cur = e;
		break;
	case QR_ITEM:
		w->cur = blk(w, w->cur, "li", NULL);
		break;
	case QR_CODE_BLOCK:
		text(w, blk(w, w->cur, "pre", NULL), n->as.literal);
		break;
	case QR_BREAK:
		blk(w, w->cur, "hr", NULL);
		break;
	case QR_IMAGE_BLOCK:
		e = blk(w, w->cur, "figure", "image");
		if (!image(w, e, n)) {
			xmlUnlinkNode(e);
			xmlFreeNode(e);
		}
		break;
	case QR_TEXT:
		text(w, w->cur, n->as.literal);
		break;
	case QR_EMPH:
		w->cur = el(w, w->cur, "em", NULL);
		break;
	case QR_STRONG:
		w->cur = el(w, w->cur, "strong", NULL);
		break;
	case QR_CODE:
		text(w, el(w, w->cur, "code", NULL), n->as.literal);
		break;
	case QR_LINK: {
		char *href = href_of(w, n->as.link.href);

		if (href == NULL)
			e = el(w, w->cur, "span", "link");
		else {
			e = anchor(w, w->cur, href, NULL);
			if (n->as.link.title != NULL)
				attr(e, "title", n->as.link.title);
		}
		free(href);
		w->in_link++;
		w->cur = e;
		break;
	}
	case QR_IMAGE:
		image(w, w->cur, n);
		break;
	case QR_LINEBREAK:
		el(w, w->cur, "br", NULL);
		break;
	default:
		break;
	}
}

static void
node_exit(struct xw *w, const struct qr_node *n)
{
	switch (n->kind) {
	case QR_COMMENT:
		comment_exit(w, n);
		break;
	case QR_QUOTE:
	case QR_LIST:
	case QR_ITEM:
		nl(w, w->cur);
		/* FALLTHROUGH */
	case QR_PARA:
	case QR_HEADING:
	case QR_EMPH:
	case QR_STRONG:
		w->cur = w->cur->parent;
		break;
	case QR_LINK:
		w->in_link--;
		w->cur = w->cur->parent;
		break;
	default:
		break;		/* leaves */
	}
}

/* Write the subtree under "root" (the body, or the thread) into "into". */
static void
walk(struct xw *w, const struct qr_node *root, xmlNodePtr into)
{
	struct qr_walk	 wk;
	struct qr_node	*n;
	enum qr_event	 ev;

	w->cur = into;
	qr_walk_init(&wk, root);
	while ((ev = qr_walk_next(&wk, &n)) != QR_DONE) {
		if (n == root)
			continue;
		if (ev == QR_ENTER)
			node_enter(w, n);
		else
			node_exit(w, n);
	}
}

/* ---- comments ---------------------------------------------------------- */

static void
comment_meta(struct xw *w, xmlNodePtr li, const struct qr_node *n,
    size_t depth)
{
	const struct qr_comment	*c = &n->as.comment;
	const struct open_comment *me = &w->stack[depth];
	xmlNodePtr		 p = blk(w, li, "p", "meta"), b, at;
	char			*href, *d = xh_clean_line(c->date);
	int			 parts = 0;

	if (me->author != NULL) {
		sep(w, p, &parts);
		b = el(w, p, "b", "author");
		if ((href = href_of(w, c->author_url)) != NULL)
			b = anchor(w, b, href, NULL);
		raw(w, b, me->author);
		free(href);
	}
	href = href_of(w, c->url);
	if (d != NULL || href != NULL) {
		sep(w, p, &parts);
		at = href != NULL ? anchor(w, p, href, "permalink") : p;
		if (d != NULL)
			date(w, at, d);
		else
			raw(w, at, "#");
	}
	free(href);
	free(d);
	if (depth > REPLY_CAP + 1) {
		const struct open_comment *up = &w->stack[depth - 1];

		sep(w, p, &parts);
		raw(w, p, "in reply to ");
		raw(w, anchor_to_id(w, p, up->id, NULL),
		    up->author != NULL ? up->author : "an earlier comment");
	}
	if (parts == 0)		/* nothing known: a link to itself */
		raw(w, anchor_to_id(w, p, me->id, "permalink"), "#");
}

static void
comment_enter(struct xw *w, const struct qr_node *n)
{
	size_t			 d = w->nstack;	/* depth of this comment */
	size_t			 lvl = d <= REPLY_CAP + 1 ? d - 1 : REPLY_CAP;
	xmlNodePtr		 list, li;
	struct open_comment	*oc;

	/* d counts from 1: stack[0] is unused */
	if (d + 1 > w->capstack) {
		w->capstack = w->capstack ? w->capstack * 2 : 64;
		w->stack = qr_xrealloc(w->stack,
		    w->capstack * sizeof(*w->stack));
	}
	if (lvl > 0 && d <= REPLY_CAP + 1) {
		/* the parent's reply list, made at its first reply */
		xmlNodePtr parent_li = w->stack[d - 1].li;

		if (w->list[lvl] == NULL || w->list[lvl]->parent != parent_li)
			w->list[lvl] = blk(w, parent_li, "ul", "replies");
	}
	list = w->list[lvl];
	li = blk(w, list, "li", "comment");
	oc = &w->stack[d];
	oc->li = li;
	oc->id = xh_ids_comment(&w->ids, n->as.comment.id);
	oc->author = xh_clean_line(n->as.comment.author);
	xmlNewProp(li, (const xmlChar *)"id", (const xmlChar *)oc->id);
	w->nstack = d + 1;
	comment_meta(w, li, n, d);
	w->cur = li;
}

static void
comment_exit(struct xw *w, const struct qr_node *n)
{
	struct open_comment	*oc = &w->stack[--w->nstack];

	(void)n;
	if (oc->li->last != NULL && oc->li->last->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)oc->li->last->name, "ul") == 0)
		nl(w, oc->li->last);
	nl(w, oc->li);
	free(oc->id);
	free(oc->author);
	w->cur = w->nstack > 1 ? w->stack[w->nstack - 1].li : NULL;
}

/* ---- the placeholders --------------------------------------------------- */

static const char *
title_of(const struct qr_doc *doc, char **owned)
{
	*owned = xh_clean_line(doc->title);
	if (*owned == NULL)
		*owned = xh_clean_line(doc->site);
	return *owned != NULL ? *owned : "Untitled";
}

static xmlNodePtr
box(struct xw *w)
{
	return xmlNewDocNode(w->x, w->ns, (const xmlChar *)"div", NULL);
}

static xmlNodePtr
fill_stylesheet(struct xw *w)
{
	xmlNodePtr b = box(w), l = blk(w, b, "link", NULL);

	xmlNewProp(l, (const xmlChar *)"rel", (const xmlChar *)"stylesheet");
	xmlNewProp(l, (const xmlChar *)"type", (const xmlChar *)"text/css");
	xmlNewProp(l, (const xmlChar *)"href", (const xmlChar *)"quire.css");
	return b;
}

static void
meta_name(struct xw *w, xmlNodePtr b, const char *name, const char *content)
{
	xmlNodePtr m;

	if (content == NULL || content[0] == '\0')
		return;
	m = blk(w, b, "meta", NULL);
	xmlNewProp(m, (const xmlChar *)"name", (const xmlChar *)name);
	xmlNewProp(m, (const xmlChar *)"content", (const xmlChar *)content);
}

static xmlNodePtr
fill_head(struct xw *w)
{
	xmlNodePtr	 b = box(w);
	struct qr_buf	 kw = { 0 };
	char		*s;
	size_t		 i;

	s = xh_clean_line(w->doc->author);
	meta_name(w, b, "author", s);
	free(s);
	for (i = 0; i < w->doc->ntags; i++) {
		if ((s = xh_clean_line(w->doc->tags[i])) == NULL)
			continue;
		if (kw.len > 0)
			qr_buf_puts(&kw, ", ");
		qr_buf_puts(&kw, s);
		free(s);
	}
	meta_name(w, b, "keywords", qr_buf_cstr(&kw));
	qr_buf_free(&kw);
	meta_name(w, b, "generator", "quire " QUIRE_VERSION);
	return b;
}

/* The host of an http(s) URL, for a link's text. */
static char *
host_of(const char *url)
{
	const char	*h = strstr(url, "://");
	size_t		 n;

	if (h == NULL)
		return NULL;
	h += 3;
	n = strcspn(h, "/?#");
	return n > 0 ? qr_xstrndup(h, n) : NULL;
}

static xmlNodePtr
fill_metadata(struct xw *w)
{
	const struct qr_doc	*doc = w->doc;
	xmlNodePtr		 b = box(w), hd = blk(w, b, "header", NULL);
	xmlNodePtr		 p;
	char			*s, *href, *site = xh_clean_line(doc->site);
	size_t			 i;
	int			 parts = 0;

	if ((s = xh_clean_line(doc->title)) != NULL)
		raw(w, blk(w, hd, "h1", NULL), s);
	free(s);
	p = blk(w, hd, "p", "byline");
	if ((s = xh_clean_line(doc->author)) != NULL) {
		sep(w, p, &parts);
		raw(w, el(w, p, "span", "author"), s);
	}
	free(s);
	if ((s = xh_clean_line(doc->date)) != NULL) {
		sep(w, p, &parts);
		date(w, p, s);
	}
	free(s);
	if ((href = href_of(w, doc->url)) != NULL) {
		char *host = host_of(href);

		sep(w, p, &parts);
		raw(w, anchor(w, p, href, "source"), site != NULL ? site :
		    host != NULL ? host : "source");
		free(host);
	} else if (site != NULL) {
		sep(w, p, &parts);
		raw(w, el(w, p, "span", "site"), site);
	}
	free(href);
	if (parts == 0) {
		xmlUnlinkNode(p);
		xmlFreeNode(p);
	}
	if (doc->ntags > 0) {
		p = blk(w, hd, "p", "tags");
		for (i = 0; i < doc->ntags; i++) {
			if ((s = xh_clean_line(doc->tags[i])) == NULL)
				continue;
			if (p->children != NULL)
				raw(w, p, ", ");
			raw(w, el(w, p, "span", "tag"), s);
			free(s);
		}
		if (p->children == NULL) {
			xmlUnlinkNode(p);
			xmlFreeNode(p);
		}
	}
	free(site);
	if (xmlFirstElementChild(hd) == NULL) {
		xmlFreeNode(b);
		return NULL;
	}
	nl(w, hd);
	return b;
}

static xmlNodePtr
fill_body(struct xw *w)
{
	xmlNodePtr b = box(w);

	walk(w, w->doc->body, b);
	return b;
}

static xmlNodePtr
fill_comments(struct xw *w)
{
	const struct qr_doc	*doc = w->doc;
	xmlNodePtr		 b, sec, h;
	size_t			 n;
	char			 s[64];

	if (w->opt->no_comments)
		return NULL;
	n = qr_doc_count_comments(doc);
	if (n == 0 && !doc->comments_closed)
		return NULL;
	b = box(w);
	sec = blk(w, b, "section", "comments");
	if (xmlHashLookup(w->ids.used, (const xmlChar *)"comments") == NULL) {
		xh_ids_take(&w->ids, "comments");
		xmlNewProp(sec, (const xmlChar *)"id",
		    (const xmlChar *)"comments");
	}
	if (n > 0) {
		h = blk(w, sec, "h2", NULL);
		snprintf(s, sizeof(s), "%zu comment%s", n, n == 1 ? "" : "s");
		raw(w, h, s);
		w->list[0] = blk(w, sec, "ol", "thread");
		w->nstack = 1;
		walk(w, doc->thread, w->list[0]);
		nl(w, w->list[0]);
	}
	if (doc->comments_closed)
		raw(w, blk(w, sec, "p", "closed"), "Comments are closed.");
	nl(w, sec);
	return b;
}

/* ---- the front ---------------------------------------------------------- */

/* lang and xml:lang on the root: the document's language when it is a
 * valid tag, else what the template says, else "und" (undetermined). */
static void
set_lang(struct xw *w, xmlNodePtr html)
{
	xmlNsPtr	 xmlns = xmlSearchNs(w->x, html, (const xmlChar *)"xml");
	xmlChar		*tl = xmlGetNoNsProp(html, (const xmlChar *)"lang");
	const char	*lang = "und";

	if (xh_valid_lang(w->doc->language))
		lang = w->doc->language;
	else if (tl != NULL && xh_valid_lang((const char *)tl))
		lang = (const char *)tl;
	xmlSetProp(html, (const xmlChar *)"lang", (const xmlChar *)lang);
	if (xmlns != NULL)
		xmlSetNsProp(html, xmlns, (const xmlChar *)"lang",
		    (const xmlChar *)lang);
	xmlFree(tl);
}

static int
out_write(void *ctx, const char *buf, int len)
{
	return fwrite(buf, 1, (size_t)len, ctx) == (size_t)len ? len : -1;
}

static int
out_close(void *ctx)
{
	(void)ctx;
	return 0;
}

enum qr_status
qr_write_xhtml(const struct qr_doc *doc, FILE *f, const struct qr_options *opt,
    struct qr_error *err)
{
	struct xh_template	 t;
	struct xw		 w;
	struct qr_options	 def;
	enum qr_status		 st;
	xmlSaveCtxtPtr		 save;
	char			*title;
	const char		*tt;
	size_t			 i;
	long			 rc;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	memset(&w, 0, sizeof(w));
	w.doc = doc;
	w.opt = opt;
	xh_ids_init(&w.ids);
	if ((st = xh_template_load(&t, opt, &w.ids, err)) != QR_OK) {
		xh_ids_free(&w.ids);
		return st;
	}
	w.x = t.doc;
	w.ns = xmlSearchNsByHref(t.doc, t.html, (const xmlChar *)XHTML_NS);
	w.base = opt->base_url != NULL ? opt->base_url : doc->url;
	set_lang(&w, t.html);

	tt = title_of(doc, &title);
	for (i = 0; i < t.ntitles; i++) {
		xmlNodePtr b = box(&w);

		raw(&w, b, tt);
		xh_template_fill(t.titles[i], b);
	}
	free(title);
	if (t.slot[XH_SLOT_STYLESHEET] != NULL)
		xh_template_fill(t.slot[XH_SLOT_STYLESHEET], fill_stylesheet(&w));
	if (t.slot[XH_SLOT_HEAD] != NULL)
		xh_template_fill(t.slot[XH_SLOT_HEAD], fill_head(&w));
	if (t.slot[XH_SLOT_METADATA] != NULL)
		xh_template_fill(t.slot[XH_SLOT_METADATA], fill_metadata(&w));
	xh_template_fill(t.slot[XH_SLOT_BODY], fill_body(&w));
	if (t.slot[XH_SLOT_COMMENTS] != NULL)
		xh_template_fill(t.slot[XH_SLOT_COMMENTS], fill_comments(&w));

	save = xmlSaveToIO(out_write, out_close, f, "UTF-8",
	    XML_SAVE_AS_XML | XML_SAVE_NO_XHTML);
	rc = -1;
	if (save != NULL) {
		rc = xmlSaveDoc(save, t.doc);
		if (xmlSaveClose(save) < 0)
			rc = -1;
	}
	if (rc < 0 || fputc('\n', f) == EOF)
		st = qr_error_set(err, QR_ERR_IO, 0, "write error");
	free(w.stack);
	xh_ids_free(&w.ids);
	xh_template_free(&t);
	return st;
}
