/*
 * write_xhtml.c -- the model as an EPUB 3 content document (XHTML).
 *
 * The page template (xhtml_template.c) is a libxml2 tree, saved by
 * libxml2's XML serializer; what fills its placeholders is written in
 * document order, without a tree, through a libxml2 output buffer with
 * the serializer's own escaping (xhtml_out.c), and spliced in where the
 * placeholders stood.  So it is well-formed by construction: text and
 * attribute values are escaped by libxml2; strings are first made fit
 * for XML (xh_clean_text) and URLs checked and percent-encoded (xh_url).
 * The output is what saving the same tree would give.
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
 * The model is walked with qr_walk, never recursively.  The output's
 * depth is bounded (readers of it recurse per level): replies nest in <ul class="replies"> down to REPLY_CAP
 * levels, and deeper replies are written flat in the deepest list, each
 * saying "in reply to NAME" with a link to its parent.  Likewise quotes
 * and lists nest down to BLOCK_CAP levels, and emphasis and links to
 * INLINE_CAP: deeper content goes into the deepest element written.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlsave.h>

#include "xhtml.h"

#define REPLY_CAP	4	/* levels of <ul class="replies"> */
#define BLOCK_CAP	32	/* levels of blockquote, ul/ol and li */
#define INLINE_CAP	32	/* levels of em, strong and a */
#define SEP		" \xC2\xB7 "	/* " · " */

/* One open comment: its id and (cleaned) author. */
struct open_comment {
	char		*id;
	char		*author;
	int		 replies;	/* its <ul class="replies"> is open */
	int		 done;		/* its <li> is written to the end */
};

struct xw {
	const struct qr_doc	*doc;
	const struct qr_options	*opt;
	struct xh_out		 o;
	const char		*prefix;	/* the XHTML namespace's */
	const char		*base;		/* resolves relative URLs */
	struct xh_ids		 ids;
	unsigned		 in_link;	/* open <a> (or its <span>) */
	struct nest {
		unsigned	 depth;	/* open containers of the kind */
		unsigned	 flat;	/* depth where flattening began */
	}			 blocks, inlines;
	/* the thread */
	struct open_comment	*stack;		/* [d]: the open comment at
						 * depth d (1-based) */
	size_t			 nstack, capstack;
	size_t			 ncomments;	/* in the thread */
};

/* ---- small builders ---------------------------------------------------- */

static void
el(struct xw *w, const char *name, const char *cls)
{
	xh_out_open(&w->o, name, cls);
}

static void
end(struct xw *w)
{
	xh_out_close(&w->o);
}

/* Raw text (already clean, or a literal of ours). */
static void
raw(struct xw *w, const char *s)
{
	xh_out_text(&w->o, s);
}

/* A line break before a block, so the file reads one block a line;
 * white space between blocks does not show. */
static void
nl(struct xw *w)
{
	raw(w, "\n");
}

static void
blk(struct xw *w, const char *name, const char *cls)
{
	nl(w);
	el(w, name, cls);
}

/* Text from the model, made fit for XML. */
static void
text(struct xw *w, const char *s)
{
	size_t	 len = s != NULL ? strlen(s) : 0;
	char	*t;

	/* nothing to clean (or escape): as it is */
	if (len > 0 && (xh_plain_len(s, len) == len ||
	    xh_clean_len(s, len) == len)) {
		xh_out_text_len(&w->o, s, len);
		return;
	}
	t = xh_clean_text(s);

	if (t != NULL && t[0] != '\0')
		raw(w, t);
	free(t);
}

/* An attribute whose value comes from the model. */
static void
attr(struct xw *w, const char *name, const char *value)
{
	char *t;

	if (value != NULL && xh_clean_len(value, strlen(value)) ==
	    strlen(value)) {	/* nothing to clean */
		xh_out_attr(&w->o, name, value);
		return;
	}
	t = xh_clean_text(value);
	if (t != NULL)
		xh_out_attr(&w->o, name, t);
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

/* <a href> ("href" ready for use) opened. */
static void
anchor(struct xw *w, const char *href, const char *cls)
{
	el(w, "a", cls);
	xh_out_attr(&w->o, "href", href);
}

/* <a href="#id"> opened. */
static void
anchor_to_id(struct xw *w, const char *id, const char *cls)
{
	struct qr_buf	b = { 0 };

	qr_buf_putc(&b, '#');
	qr_buf_puts(&b, id);
	anchor(w, qr_buf_cstr(&b), cls);
	qr_buf_free(&b);
}

/* A separator between the parts of a header line, from the second on. */
static void
sep(struct xw *w, int *parts)
{
	if ((*parts)++ > 0)
		raw(w, SEP);
}

/* <time datetime> for an ISO date, else the date as text. */
static void
date(struct xw *w, const char *d)
{
	char iso[48], show[48];

	if (xh_datetime(d, iso, show)) {
		el(w, "time", NULL);
		xh_out_attr(&w->o, "datetime", iso);
		raw(w, show);
		end(w);
	} else {
		char *s = xh_clean_line(d);

		if (s != NULL) {
			el(w, "span", "date");
			raw(w, s);
			end(w);
		}
		free(s);
	}
}

/* ---- images ------------------------------------------------------------ */

/* An image, looked at before anything is written. */
struct img {
	char			*src, *alt, *title;
	enum xh_url_kind	 k;
};

static void
img_get(struct xw *w, const struct qr_node *n, struct img *im)
{
	im->alt = xh_clean_line(n->as.image.alt);
	im->title = xh_clean_line(n->as.image.title);
	im->k = xh_url(n->as.image.src, w->base, &im->src);
}

/* Does image() write anything for it? */
static int
img_shows(const struct xw *w, const struct img *im)
{
	return ((im->k == XH_URL_LOCAL || im->k == XH_URL_REMOTE) &&
	    w->opt->remote_images) || im->k == XH_URL_REMOTE ||
	    im->alt != NULL || im->title != NULL;
}

/* An image.  By default no <img> is written, since none would load in
 * an EPUB: a remote image becomes a link to it with its alt text
 * (readers do not fetch remote images; epubcheck RSC-006), and a
 * relative one that no base URL resolves leaves its alt text (its file
 * is not in the book; RSC-007).  With --remote-images both are kept as
 * <img>.  A refused one (data:, javascript:, ...) leaves only its alt
 * text.  Frees "im". */
static void
image(struct xw *w, struct img *im)
{
	if ((im->k == XH_URL_LOCAL || im->k == XH_URL_REMOTE) &&
	    w->opt->remote_images) {
		el(w, "img", NULL);
		xh_out_attr(&w->o, "src", im->src);
		xh_out_attr(&w->o, "alt", im->alt != NULL ? im->alt : "");
		if (im->title != NULL)
			xh_out_attr(&w->o, "title", im->title);
		end(w);
	} else if (im->k == XH_URL_REMOTE) {
		/* inside a link already: the text alone */
		if (w->in_link > 0)
			el(w, "span", "image");
		else
			anchor(w, im->src, "image");
		if (im->title != NULL)
			xh_out_attr(&w->o, "title", im->title);
		raw(w, im->alt != NULL ? im->alt : im->title != NULL ?
		    im->title : "[image]");
		end(w);
	} else if (im->alt != NULL || im->title != NULL) {
		el(w, "span", "image");
		raw(w, im->alt != NULL ? im->alt : im->title);
		end(w);
	}
	free(im->src);
	free(im->alt);
	free(im->title);
}

/* ---- blocks and inlines ------------------------------------------------- */

/* Entering a container limited to "cap" levels that needs "room" more
 * levels inside it: should its element be made? */
static int
nest_enter(struct nest *k, unsigned cap, unsigned room)
{
	k->depth++;
	if (k->flat == 0 && k->depth + room <= cap)
		return 1;
	if (k->flat == 0)
		k->flat = k->depth;
	return 0;
}

/* Leaving it: was its element made? */
static int
nest_exit(struct nest *k)
{
	int made = k->flat == 0 || k->depth < k->flat;

	if (k->depth == k->flat)
		k->flat = 0;
	k->depth--;
	return made;
}

static void	comment_enter(struct xw *, const struct qr_node *);
static void	comment_exit(struct xw *, const struct qr_node *);

static void
node_enter(struct xw *w, const struct qr_node *n)
{
	static const char *const h[] = { "h2", "h3", "h4", "h5", "h6" };
	struct img	 im;

	switch (n->kind) {
	case QR_COMMENT:
		comment_enter(w, n);
		break;
	case QR_PARA:
		blk(w, "p", NULL);
		break;
	case QR_HEADING:
		/* the post's title is the <h1>: body headings go one down */
		blk(w, h[n->as.level < 1 ? 0 : n->as.level > 5 ? 4 :
		    n->as.level - 1], NULL);
		break;
	case QR_QUOTE:
		if (nest_enter(&w->blocks, BLOCK_CAP, 0))
			blk(w, "blockquote", NULL);
		break;
	case QR_LIST:
		if (!nest_enter(&w->blocks, BLOCK_CAP, 1))
			break;
		blk(w, n->as.list.ordered ? "ol" : "ul", NULL);
		if (n->as.list.ordered && (n->as.list.start > 1 ||
		    n->as.list.start < 0)) {
			char s[16];

			snprintf(s, sizeof(s), "%d", n->as.list.start);
			xh_out_attr(&w->o, "start", s);
		}
		break;
	case QR_ITEM:
		if (nest_enter(&w->blocks, BLOCK_CAP, 0))
			blk(w, "li", NULL);
		break;
	case QR_CODE_BLOCK:
		blk(w, "pre", NULL);
		text(w, n->as.literal);
		end(w);
		break;
	case QR_BREAK:
		blk(w, "hr", NULL);
		end(w);
		break;
	case QR_IMAGE_BLOCK:
		img_get(w, n, &im);
		if (img_shows(w, &im)) {
			blk(w, "figure", "image");
			image(w, &im);
			end(w);
		} else
			image(w, &im);
		break;
	case QR_TEXT:
		text(w, n->as.literal);
		break;
	case QR_EMPH:
	case QR_STRONG:
		if (nest_enter(&w->inlines, INLINE_CAP, 0))
			el(w, n->kind == QR_EMPH ? "em" : "strong", NULL);
		break;
	case QR_CODE:
		el(w, "code", NULL);
		text(w, n->as.literal);
		end(w);
		break;
	case QR_LINK:
		if (nest_enter(&w->inlines, INLINE_CAP, 0)) {
			char *href = href_of(w, n->as.link.href);

			if (href == NULL)
				el(w, "span", "link");
			else {
				anchor(w, href, NULL);
				if (n->as.link.title != NULL)
					attr(w, "title", n->as.link.title);
			}
			free(href);
		}
		w->in_link++;
		break;
	case QR_IMAGE:
		img_get(w, n, &im);
		image(w, &im);
		break;
	case QR_LINEBREAK:
		el(w, "br", NULL);
		end(w);
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
		if (nest_exit(&w->blocks)) {
			nl(w);
			end(w);
		}
		break;
	case QR_PARA:
	case QR_HEADING:
		end(w);
		break;
	case QR_LINK:
		w->in_link--;
		/* FALLTHROUGH */
	case QR_EMPH:
	case QR_STRONG:
		if (nest_exit(&w->inlines))
			end(w);
		break;
	default:
		break;		/* leaves */
	}
}

/* Write the subtree under "root" (the body, or the thread). */
static void
walk(struct xw *w, const struct qr_node *root)
{
	struct qr_walk	 wk;
	struct qr_node	*n;
	enum qr_event	 ev;

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
comment_meta(struct xw *w, const struct qr_node *n, size_t depth)
{
	const struct qr_comment	*c = &n->as.comment;
	const struct open_comment *me = &w->stack[depth];
	char			*href, *d = xh_clean_line(c->date);
	int			 parts = 0;

	blk(w, "p", "meta");
	if (me->author != NULL) {
		sep(w, &parts);
		el(w, "b", "author");
		if ((href = href_of(w, c->author_url)) != NULL)
			anchor(w, href, NULL);
		raw(w, me->author);
		if (href != NULL)
			end(w);
		end(w);
		free(href);
	}
	href = href_of(w, c->url);
	if (d != NULL || href != NULL) {
		sep(w, &parts);
		if (href != NULL)
			anchor(w, href, "permalink");
		if (d != NULL)
			date(w, d);
		else
			raw(w, "#");
		if (href != NULL)
			end(w);
	}
	free(href);
	free(d);
	if (depth > REPLY_CAP + 1) {
		const struct open_comment *up = &w->stack[depth - 1];

		sep(w, &parts);
		raw(w, "in reply to ");
		anchor_to_id(w, up->id, NULL);
		raw(w, up->author != NULL ? up->author : "an earlier comment");
		end(w);
	}
	if (parts == 0) {	/* nothing known: a link to itself */
		anchor_to_id(w, me->id, "permalink");
		raw(w, "#");
		end(w);
	}
	end(w);
}

/* The end of comment "oc"'s <li>, the open element: a line break in
 * the <ul> that ends it (its replies, or a list of its own), one in
 * the <li>. */
static void
comment_finish(struct xw *w, struct open_comment *oc)
{
	if (oc->done)
		return;
	if (oc->replies || xh_out_reopen_held(&w->o)) {
		nl(w);
		end(w);		/* the <ul> */
	}
	nl(w);
	end(w);			/* the <li> */
	oc->done = 1;
}

static void
comment_enter(struct xw *w, const struct qr_node *n)
{
	size_t			 d = w->nstack;	/* depth of this comment */
	struct open_comment	*oc;

	/* d counts from 1: stack[0] is unused */
	if (d + 1 > w->capstack) {
		w->capstack = w->capstack ? w->capstack * 2 : 64;
		w->stack = qr_xrealloc(w->stack,
		    w->capstack * sizeof(*w->stack));
	}
	if (d > REPLY_CAP + 1)
		/* flat in the deepest list, after its parent's <li> */
		comment_finish(w, &w->stack[d - 1]);
	else if (d > 1 && !w->stack[d - 1].replies) {
		/* the parent's reply list, made at its first reply (its
		 * blocks come before its replies) */
		blk(w, "ul", "replies");
		w->stack[d - 1].replies = 1;
	}
	blk(w, "li", "comment");
	xh_out_hold_ul(&w->o);
	oc = &w->stack[d];
	oc->id = xh_ids_comment(&w->ids, n->as.comment.id);
	oc->author = xh_clean_line(n->as.comment.author);
	oc->replies = oc->done = 0;
	xh_out_attr(&w->o, "id", oc->id);
	w->nstack = d + 1;
	comment_meta(w, n, d);
}

static void
comment_exit(struct xw *w, const struct qr_node *n)
{
	struct open_comment	*oc = &w->stack[--w->nstack];

	(void)n;
	comment_finish(w, oc);
	free(oc->id);
	free(oc->author);
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

static void
fill_stylesheet(struct xw *w)
{
	blk(w, "link", NULL);
	xh_out_attr(&w->o, "rel", "stylesheet");
	xh_out_attr(&w->o, "type", "text/css");
	xh_out_attr(&w->o, "href", "quire.css");
	end(w);
}

static void
meta_name(struct xw *w, const char *name, const char *content)
{
	if (content == NULL || content[0] == '\0')
		return;
	blk(w, "meta", NULL);
	xh_out_attr(&w->o, "name", name);
	xh_out_attr(&w->o, "content", content);
	end(w);
}

static void
fill_head(struct xw *w)
{
	struct qr_buf	 kw = { 0 };
	char		*s;
	size_t		 i;

	s = xh_clean_line(w->doc->author);
	meta_name(w, "author", s);
	free(s);
	for (i = 0; i < w->doc->ntags; i++) {
		if ((s = xh_clean_line(w->doc->tags[i])) == NULL)
			continue;
		if (kw.len > 0)
			qr_buf_puts(&kw, ", ");
		qr_buf_puts(&kw, s);
		free(s);
	}
	meta_name(w, "keywords", qr_buf_cstr(&kw));
	qr_buf_free(&kw);
	meta_name(w, "generator", "quire " QUIRE_VERSION);
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

/* The header, unless it would be empty. */
static void
fill_metadata(struct xw *w)
{
	const struct qr_doc	*doc = w->doc;
	char			*title = xh_clean_line(doc->title);
	char			*author = xh_clean_line(doc->author);
	char			*dt = xh_clean_line(doc->date);
	char			*href = href_of(w, doc->url);
	char			*site = xh_clean_line(doc->site);
	char			*s;
	size_t			 i, ntags = 0;
	int			 parts = 0;

	for (i = 0; i < doc->ntags; i++)
		if ((s = xh_clean_line(doc->tags[i])) != NULL) {
			ntags++;
			free(s);
		}
	if (title == NULL && author == NULL && dt == NULL && href == NULL &&
	    site == NULL && ntags == 0)
		goto done;
	blk(w, "header", NULL);
	if (title != NULL) {
		blk(w, "h1", NULL);
		raw(w, title);
		end(w);
	}
	if (author != NULL || dt != NULL || href != NULL || site != NULL) {
		blk(w, "p", "byline");
		if (author != NULL) {
			sep(w, &parts);
			el(w, "span", "author");
			raw(w, author);
			end(w);
		}
		if (dt != NULL) {
			sep(w, &parts);
			date(w, dt);
		}
		if (href != NULL) {
			char *host = host_of(href);

			sep(w, &parts);
			anchor(w, href, "source");
			raw(w, site != NULL ? site : host != NULL ? host :
			    "source");
			end(w);
			free(host);
		} else if (site != NULL) {
			sep(w, &parts);
			el(w, "span", "site");
			raw(w, site);
			end(w);
		}
		end(w);
	}
	if (ntags > 0) {
		blk(w, "p", "tags");
		for (i = 0, parts = 0; i < doc->ntags; i++) {
			if ((s = xh_clean_line(doc->tags[i])) == NULL)
				continue;
			if (parts++ > 0)
				raw(w, ", ");
			el(w, "span", "tag");
			raw(w, s);
			end(w);
			free(s);
		}
		end(w);
	}
	nl(w);
	end(w);
done:
	free(title);
	free(author);
	free(dt);
	free(href);
	free(site);
}

static void
fill_body(struct xw *w)
{
	walk(w, w->doc->body);
}

/* Is there a comments' section?  It is "\n<section ...>...</section>"
 * then, else nothing. */
static int
has_comments(const struct xw *w)
{
	return !w->opt->no_comments && (w->ncomments > 0 ||
	    w->doc->comments_closed);
}

/* The comments' section, if any. */
static void
fill_comments(struct xw *w)
{
	const struct qr_doc	*doc = w->doc;
	size_t			 n = w->ncomments;
	char			 s[64];

	if (!has_comments(w))
		return;
	blk(w, "section", "comments");
	if (!xh_ids_has(&w->ids, "comments")) {
		xh_ids_take(&w->ids, "comments");
		xh_out_attr(&w->o, "id", "comments");
	}
	if (n > 0) {
		blk(w, "h2", NULL);
		snprintf(s, sizeof(s), "%zu comment%s", n, n == 1 ? "" : "s");
		raw(w, s);
		end(w);
		blk(w, "ol", "thread");
		w->nstack = 1;
		walk(w, doc->thread);
		nl(w);
		end(w);
	}
	if (doc->comments_closed) {
		blk(w, "p", "closed");
		raw(w, "Comments are closed.");
		end(w);
	}
	nl(w);
	end(w);
}

/* ---- the front ---------------------------------------------------------- */

/* lang and xml:lang on the root: the document's language when it is a
 * valid tag, else what the template says, else "und" (undetermined). */
static void
set_lang(struct xw *w, xmlDocPtr x, xmlNodePtr html)
{
	xmlNsPtr	 xmlns = xmlSearchNs(x, html, (const xmlChar *)"xml");
	xmlChar		*tl = xmlGetNoNsProp(html, (const xmlChar *)"lang");
	const char	*lang = "und";
	char		 dl[64], *u;

	/* "de_DE" is the POSIX spelling of "de-DE" */
	snprintf(dl, sizeof(dl), "%s", w->doc->language != NULL ?
	    w->doc->language : "");
	while ((u = strchr(dl, '_')) != NULL)
		*u = '-';
	if (xh_valid_lang(dl))
		lang = dl;
	else if (tl != NULL && xh_valid_lang((const char *)tl))
		lang = (const char *)tl;
	xmlSetProp(html, (const xmlChar *)"lang", (const xmlChar *)lang);
	if (xmlns != NULL)
		xmlSetNsProp(html, xmlns, (const xmlChar *)"lang",
		    (const xmlChar *)lang);
	xmlFree(tl);
}

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

/* Fill slot "k" into the output begun in w->o (nothing when there is
 * nothing), and end that. */
static void
fill_slot(struct xw *w, enum xh_slot k, const char *title)
{
	switch (k) {
	case XH_SLOT_TITLE:
		raw(w, title);
		break;
	case XH_SLOT_STYLESHEET:
		fill_stylesheet(w);
		break;
	case XH_SLOT_HEAD:
		fill_head(w);
		break;
	case XH_SLOT_METADATA:
		fill_metadata(w);
		break;
	case XH_SLOT_BODY:
		fill_body(w);
		break;
	case XH_SLOT_COMMENTS:
		fill_comments(w);
		break;
	default:
		break;
	}
	xh_out_end(&w->o);
}

/* Fill slot "k" into "frag" (left empty when there is nothing). */
static void
fill(struct xw *w, enum xh_slot k, const char *title, struct qr_buf *frag)
{
	xh_out_begin(&w->o, frag, w->prefix);
	fill_slot(w, k, title);
}

/* Write the saved template "skel" to "f" with each marker replaced by
 * its fragment; the comments' (the bulk of a long thread) is written
 * there and then, straight into "f", not kept.  Returns 0 on a write
 * error. */
static int
splice(struct xw *w, FILE *f, const struct qr_buf *skel,
    const struct qr_buf *frag, const size_t *skip)
{
	const char	*s = skel->data, *e = s + skel->len, *m;
	int		 k;

	while ((m = memchr(s, '\001', (size_t)(e - s))) != NULL) {
		const char *before = m, *after = m + 3;

		k = m[1] - '0';
		if (before - s >= 4 && memcmp(before - 4, "<!--", 4) == 0) {
			before -= 4;
			after += 3;	/* "-->" */
		}
		if (qr_out_put(f, s, (size_t)(before - s)) !=
		    (size_t)(before - s))
			return 0;
		if (k == XH_SLOT_COMMENTS) {
			struct xh_sink sink = { f, skip[k], 0 };

			xh_out_begin_file(&w->o, &sink, w->prefix);
			fill_slot(w, XH_SLOT_COMMENTS, NULL);
			if (sink.failed)
				return 0;
		} else if (qr_out_put(f, frag[k].data + skip[k],
		    frag[k].len - skip[k]) != frag[k].len - skip[k])
			return 0;
		s = after;
	}
	return qr_out_put(f, s, (size_t)(e - s)) == (size_t)(e - s);
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
	xmlNsPtr		 ns;
	struct qr_buf		 frag[XH_SLOT__MAX], skel = { 0 };
	size_t			 skip[XH_SLOT__MAX] = { 0 };
	char			*title;
	const char		*tt;
	size_t			 i;
	long			 rc;
	int			 k;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	memset(&w, 0, sizeof(w));
	memset(frag, 0, sizeof(frag));
	w.doc = doc;
	w.opt = opt;
	xh_ids_init(&w.ids);
	if ((st = xh_template_load(&t, opt, &w.ids, err)) != QR_OK) {
		xh_ids_free(&w.ids);
		return st;
	}
	ns = xmlSearchNsByHref(t.doc, t.html, (const xmlChar *)XHTML_NS);
	w.prefix = ns != NULL ? (const char *)ns->prefix : NULL;
	w.base = opt->base_url != NULL ? opt->base_url : doc->url;
	set_lang(&w, t.doc, t.html);

	/* the fragments, in this order (the ids depend on it), each
	 * marked in the template as it would have been filled in */
	tt = title_of(doc, &title);
	fill(&w, XH_SLOT_TITLE, tt, &frag[XH_SLOT_TITLE]);
	free(title);
	for (i = 0; i < t.ntitles; i++)
		xh_template_mark(t.titles[i], XH_SLOT_TITLE,
		    &frag[XH_SLOT_TITLE], &skip[XH_SLOT_TITLE]);
	for (k = XH_SLOT_STYLESHEET; k < XH_SLOT__MAX; k++) {
		if (k == XH_SLOT_TITLE || t.slot[k] == NULL)
			continue;
		if (k == XH_SLOT_COMMENTS) {
			/* the last: written by splice() */
			w.ncomments = qr_doc_count_comments(doc);
			xh_template_mark_shape(t.slot[k], k,
			    has_comments(&w) ? SIZE_MAX : 0, 1, 1, &skip[k]);
			continue;
		}
		fill(&w, k, NULL, &frag[k]);
		xh_template_mark(t.slot[k], k, &frag[k], &skip[k]);
	}

	errno = 0;
	save = xmlSaveToIO(to_buf, no_close, &skel, "UTF-8",
	    XML_SAVE_AS_XML | XML_SAVE_NO_XHTML);
	rc = -1;
	if (save != NULL) {
		rc = xmlSaveDoc(save, t.doc);
		if (xmlSaveClose(save) < 0)
			rc = -1;
	}
	if (rc < 0 || !splice(&w, f, &skel, frag, skip) || fputc('\n', f) == EOF)
		st = qr_error_set(err, QR_ERR_IO, 0, "cannot write output: %s",
		    strerror(errno != 0 ? errno : EIO));
	for (k = 0; k < XH_SLOT__MAX; k++)
		qr_buf_free(&frag[k]);
	qr_buf_free(&skel);
	free(w.stack);
	xh_ids_free(&w.ids);
	xh_template_free(&t);
	return st;
}
