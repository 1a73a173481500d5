/*
 * html_body.c -- HTML markup to model blocks and inlines, and the choice
 * of the post's body.
 *
 * The converter walks the DOM with parent and sibling links and keeps
 * its open elements on a heap stack, so any depth is fine; block
 * nesting (quotes, lists) beyond BLOCK_CAP levels is flattened into the
 * enclosing block.  Everything not on the allow-list of DESIGN.md
 * ("Cleaning") is either transparent (div, span, table, ...) or left out
 * (forms and scripts are already gone, see html_clean.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "html_read.h"

/* Is element name "nm" the lower-case literal "lit" (any case)?  The
 * first letters, folded, before the whole names. */
#define NAME_IS(nm, lit) \
	(((nm)[0] | 0x20) == (lit)[0] && strcasecmp((nm), (lit)) == 0)

#define BLOCK_CAP	32	/* nested quotes/lists kept as such */
#define CODE_MAX	(1u << 20)	/* bytes of one code block */
#define TEXT_VISITS	200000	/* nodes one text measurement visits */
#define CAPTION_TEXT	60	/* bytes of a caption over a removed box */

/* ---- element classes ---------------------------------------------------- */


static int
is_blockish(xmlNodePtr n)
{
	/* div, section, article, main, header, footer, aside, nav, table,
	 * thead, tbody, tfoot, tr, td, th, caption, figure, figcaption, dl,
	 * dt, dd, address, details, summary, center, body, html, li, ul, ol,
	 * p, h1-h6, blockquote, pre, hr, noscript, menu, dir, hgroup,
	 * fieldset, legend, colgroup, listing, xmp, plaintext: by first
	 * letter, as the converter asks of every element */
	static const char *const a[] = { "article", "aside", "address", NULL };
	static const char *const b[] = { "body", "blockquote", NULL };
	static const char *const c[] = { "caption", "center", "colgroup",
	    NULL };
	static const char *const d[] = { "div", "dl", "dt", "dd", "details",
	    "dir", NULL };
	static const char *const f[] = { "footer", "figure", "figcaption",
	    "fieldset", NULL };
	static const char *const h[] = { "header", "html", "h1", "h2", "h3",
	    "h4", "h5", "h6", "hr", "hgroup", NULL };
	static const char *const l[] = { "li", "legend", "listing", NULL };
	static const char *const m[] = { "main", "menu", NULL };
	static const char *const nn[] = { "nav", "noscript", NULL };
	static const char *const o[] = { "ol", NULL };
	static const char *const p[] = { "p", "pre", "plaintext", NULL };
	static const char *const s[] = { "section", "summary", NULL };
	static const char *const t[] = { "table", "thead", "tbody", "tfoot",
	    "tr", "td", "th", NULL };
	static const char *const u[] = { "ul", NULL };
	static const char *const x[] = { "xmp", NULL };
	static const char *const *const by_letter[26] = {
	    ['a' - 'a'] = a, ['b' - 'a'] = b, ['c' - 'a'] = c,
	    ['d' - 'a'] = d, ['f' - 'a'] = f, ['h' - 'a'] = h,
	    ['l' - 'a'] = l, ['m' - 'a'] = m, ['n' - 'a'] = nn,
	    ['o' - 'a'] = o, ['p' - 'a'] = p, ['s' - 'a'] = s,
	    ['t' - 'a'] = t, ['u' - 'a'] = u, ['x' - 'a'] = x,
	};

	return qr_dom_is_one_of_by_letter(n, by_letter);
}

/* A span or font that holds a block (Hacker News' span.commtext, a
 * <p> after its first line; SPIP themes' span around the message's
 * paragraphs): no inline meaning of its own, so its children are read
 * in block context and its paragraphs stay paragraphs.  Looks at the
 * direct children only: each element is asked once, by the converter,
 * so the pass stays linear. */
static int
wraps_blocks(xmlNodePtr n)
{
	xmlNodePtr m;

	if (!qr_dom_is(n, "span") && !qr_dom_is(n, "font"))
		return 0;
	for (m = n->children; m != NULL; m = m->next)
		if (m->type == XML_ELEMENT_NODE && is_blockish(m))
			return 1;
	return 0;
}

static int
is_inline_kind(enum qr_kind k)
{
	return k == QR_PARA || k == QR_HEADING || k == QR_EMPH ||
	    k == QR_STRONG || k == QR_LINK;
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* ---- text -------------------------------------------------------------- */

/* A heading's permalink: a link to a fragment whose text is only a
 * mark ("#", "¶", "§", "■", "🔗"), which themes put beside headings. */
static int
anchor_mark(xmlNodePtr n)
{
	static const char *const marks[] = { "#", "\xC2\xB6", "\xC2\xA7",
	    "\xE2\x96\xA0", "\xE2\x96\xA1", "\xF0\x9F\x94\x97",
	    "\xE2\x9A\x93", NULL };
	const char	*h = qr_dom_attr(n, "href");
	char		*t;
	size_t		 i;
	int		 r = 0;

	if (h == NULL || strchr(h, '#') == NULL)
		return 0;
	t = qr_dom_text(n, NULL, 16);
	for (i = 0; marks[i] != NULL && !r; i++)
		r = strcmp(t, marks[i]) == 0;
	free(t);
	return r;
}

/* Is element n left out?  0 no, 1 yes, 2 yes as the post's boilerplate
 * (a share box, a widget). */
static int
skip_node(const struct qr_conv *c, xmlNodePtr n)
{
	struct qr_ninfo *i;

	if (n == c->skip1 || n == c->skip2 || n == c->skip3)
		return 1;
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if (qr_dom_is(n, "noscript") || (qr_dom_is(n, "a") && anchor_mark(n)))
		return 1;
	if ((i = NINFO(n)) != NULL) {
		if (i->skip)
			return 1;
		if (c->item >= 0 && i->item >= 0 && i->item != c->item)
			return 1;
		if (c->post && (i->item >= 0 || i->cmt || i->excl))
			return 1;
	}
	if (c->drop != NULL && qr_sel_match(c->drop, n))
		return c->post ? 2 : 1;
	return c->post && qr_boiler_element(n, c->whole) ? 2 : 0;
}

char *
qr_dom_text(xmlNodePtr root, const struct qr_sel *drop, size_t max)
{
	struct qr_buf	b = { 0 };
	xmlNodePtr	n;
	int		space = 1;
	size_t		visits = 0;

	for (n = root; n != NULL && visits < TEXT_VISITS && b.len < max;
	    visits++) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE && n != root) {
			struct qr_ninfo *i = NINFO(n);

			skip = (i != NULL && i->skip) ||
			    (drop != NULL && qr_sel_match(drop, n));
			if (!skip && (is_blockish(n) || qr_dom_is(n, "br")) &&
			    !space) {
				qr_buf_putc(&b, ' ');
				space = 1;
			}
		} else if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			const char *t = (const char *)n->content;

			if (t != NULL)
				qr_buf_put_collapsed(&b, t, strlen(t), &space);
		}
		n = qr_dom_next(n, root, skip);
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	if (b.len > max) {
		b.len = max;
		while (b.len > 0 && ((unsigned char)b.data[b.len] & 0xC0) == 0x80)
			b.len--;
	}
	qr_buf_putc(&b, '\0');
	return b.data;
}

/* ---- the converter ------------------------------------------------------ */

struct frame {
	xmlNodePtr	 dom;
	struct qr_node	*cur, *para;
	int		 block;		/* counts toward BLOCK_CAP */
	int		 blockish;	/* a block boundary at its end */
};

struct conv_state {
	struct qr_conv	*c;
	struct qr_node	*cur, *para;
	struct frame	*st;
	size_t		 n, cap;
	int		 blocks;
};

/* Does a collapsed text show anything but spaces and no-break spaces? */
static int
shows(const char *t)
{
	size_t k;

	for (k = 0; t[k] != '\0'; k++)
		if (!is_space(t[k]) && !(t[k] == '\xC2' && t[k + 1] == '\xA0') &&
		    !(t[k] == '\xA0' && k > 0 && t[k - 1] == '\xC2'))
			return 1;
	return 0;
}

/* Normalise a finished paragraph or heading: white space collapsed
 * across its text nodes, trimmed at its ends and around line breaks,
 * empty inlines removed; the paragraph itself goes when nothing is
 * left. */
static void
finish_para(struct qr_doc *doc, struct qr_node *p)
{
	struct qr_walk	 w;
	struct qr_node	*n, *last_text = NULL, **rm = NULL;
	size_t		 nrm = 0, caprm = 0, i;
	int		 ev, space = 1, content = 0, visible = 0;

	if (p == NULL || p->parent == NULL)
		return;
	qr_walk_init(&w, p);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (n == p)
			continue;
		if (ev == QR_ENTER) {
			if (n->kind == QR_TEXT) {
				qr_text_collapse(doc, n, &space);
				if (n->as.literal[0] != '\0')
					last_text = n;
				if (!visible)
					visible = shows(n->as.literal);
			} else if (n->kind == QR_LINEBREAK) {
				if (last_text != NULL && space) {
					size_t l = strlen(last_text->as.literal);

					if (l > 0 && last_text->as.literal[l - 1]
					    == ' ')	/* collapsed: ours */
						((char *)last_text->as.literal)
						    [l - 1] = '\0';
				}
				space = 1;
				last_text = NULL;
			} else if (n->kind == QR_CODE || n->kind == QR_IMAGE) {
				space = 0;
				last_text = NULL;
				content = 1;
			}
			continue;
		}
		/* QR_EXIT: candidates for removal, children first */
		if (n->kind == QR_TEXT || n->kind == QR_EMPH ||
		    n->kind == QR_STRONG || n->kind == QR_LINK) {
			if (nrm == caprm) {
				caprm = caprm ? caprm * 2 : 16;
				rm = qr_xrealloc(rm, caprm * sizeof(*rm));
			}
			rm[nrm++] = n;
		}
	}
	if (last_text != NULL && space) {
		size_t l = strlen(last_text->as.literal);

		if (l > 0 && last_text->as.literal[l - 1] == ' ')
			((char *)last_text->as.literal)[l - 1] = '\0';
	}
	for (i = 0; i < nrm; i++) {
		n = rm[i];
		if (n->kind == QR_TEXT ? n->as.literal[0] == '\0' :
		    n->first == NULL)
			qr_node_unlink(n);
	}
	free(rm);
	/* line breaks at the ends */
	while (p->first != NULL && p->first->kind == QR_LINEBREAK)
		qr_node_unlink(p->first);
	while (p->last != NULL && p->last->kind == QR_LINEBREAK)
		qr_node_unlink(p->last);
	/* nothing but white space and no-break spaces: no paragraph */
	if (!content && !visible)
		qr_node_unlink(p);
}

static void
close_para(struct conv_state *s)
{
	if (s->para != NULL)
		finish_para(s->c->doc, s->para);
	s->para = NULL;
}

static void
push(struct conv_state *s, xmlNodePtr dom, int block, int blockish)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->st = qr_xrealloc(s->st, s->cap * sizeof(*s->st));
	}
	s->st[s->n].dom = dom;
	s->st[s->n].cur = s->cur;
	s->st[s->n].para = s->para;
	s->st[s->n].block = block;
	s->st[s->n].blockish = blockish;
	s->n++;
	s->blocks += block;
}

/* The inline container text goes into, opening a paragraph (and a list
 * item) when the current container holds blocks. */
static struct qr_node *
inline_target(struct conv_state *s)
{
	struct qr_doc *doc = s->c->doc;

	if (is_inline_kind(s->cur->kind))
		return s->cur;
	if (s->para != NULL && s->para->parent == s->cur)
		return s->para;
	if (s->cur->kind == QR_LIST) {
		struct qr_node *it = s->cur->last;

		if (it == NULL)
			it = qr_add_block(doc, s->cur, QR_ITEM);
		s->para = qr_add_block(doc, it, QR_PARA);
		return s->para;
	}
	s->para = qr_add_block(doc, s->cur, QR_PARA);
	if (s->para == NULL)		/* cannot happen: cur holds blocks */
		abort();
	return s->para;
}

static void
add_text(struct conv_state *s, const char *t)
{
	size_t k, len = strlen(t);

	for (k = 0; k < len && is_space(t[k]); k++)
		continue;
	if (k == len) {
		/* white space only: a separator inside running text */
		if (is_inline_kind(s->cur->kind))
			qr_add_text(s->c->doc, s->cur, " ", 1);
		else if (s->para != NULL && s->para->parent == s->cur)
			qr_add_text(s->c->doc, s->para, " ", 1);
		return;
	}
	/* a CR (raw, or &#13;) becomes a LF in the model (quire.h) */
	qr_add_text(s->c->doc, inline_target(s), t, len);
}

/* The literal text of a subtree (pre, code): line breaks as newlines. */
static char *
literal_text(xmlNodePtr root, int pre, size_t *len)
{
	struct qr_buf	b = { 0 };
	xmlNodePtr	n;

	for (n = root->children; n != NULL && b.len < CODE_MAX;
	    n = qr_dom_next(n, root, 0)) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				qr_buf_puts(&b, (const char *)n->content);
		} else if (qr_dom_is(n, "br"))
			qr_buf_putc(&b, pre ? '\n' : ' ');
	}
	if (pre) {
		size_t i, j;

		/* a CR (raw, or &#13;) ends a line as a LF does: CRLF and a
		 * lone CR become one LF, so no CR reaches the model */
		for (i = j = 0; i < b.len; i++) {
			if (b.data[i] == '\r') {
				b.data[j++] = '\n';
				if (i + 1 < b.len && b.data[i + 1] == '\n')
					i++;
			} else
				b.data[j++] = b.data[i];
		}
		b.len = j;
		/* HTML drops one newline right after <pre> */
		if (b.len > 0 && b.data[0] == '\n')
			memmove(b.data, b.data + 1, b.len--);
		while (b.len > 0 && (b.data[b.len - 1] == '\n' ||
		    b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t' ||
		    b.data[b.len - 1] == '\r'))
			b.len--;
	} else {
		struct qr_buf	c = { 0 };
		int		space = 1;

		qr_buf_put_collapsed(&c, b.data ? b.data : "", b.len, &space);
		while (c.len > 0 && c.data[c.len - 1] == ' ')
			c.len--;
		qr_buf_free(&b);
		b = c;
	}
	*len = b.len;
	qr_buf_putc(&b, '\0');
	return b.data;
}

static int
dim_is_tiny(xmlNodePtr n, const char *name)
{
	const char *v = qr_dom_attr(n, name);

	return v != NULL && (strcmp(v, "0") == 0 || strcmp(v, "1") == 0);
}

/* Does element p hold text directly (an image beside it runs inline)? */
static int
has_own_text(xmlNodePtr p)
{
	xmlNodePtr	c;
	int		i = 0;

	if (p == NULL)
		return 0;
	for (c = p->children; c != NULL && i < 64; c = c->next, i++)
		if (c->type == XML_TEXT_NODE && c->content != NULL) {
			const char *t = (const char *)c->content;

			while (*t != '\0' && is_space(*t))
				t++;
			if (*t != '\0')
				return 1;
		}
	return 0;
}

static void
add_image(struct conv_state *s, xmlNodePtr n)
{
	struct qr_doc	*doc = s->c->doc;
	const char	*raw = qr_dom_attr(n, "src"), *alt, *title, *src;
	struct qr_node	*img;

	if (raw == NULL || strncasecmp(raw, "data:", 5) == 0)
		raw = qr_dom_attr(n, "data-src");
	if (raw == NULL)
		raw = qr_dom_attr(n, "data-lazy-src");
	alt = qr_dom_attr(n, "alt");
	title = qr_dom_attr(n, "title");
	if (qr_dom_has_word(n, "class", "wp-smiley", 0) ||
	    qr_dom_has_word(n, "class", "emoji", 0)) {
		if (alt != NULL && *alt != '\0')
			qr_add_text(doc, inline_target(s), alt, strlen(alt));
		return;
	}
	if (dim_is_tiny(n, "width") || dim_is_tiny(n, "height"))
		return;
	if ((src = qr_html_safe_url(doc, raw, s->c->base, 1)) == NULL)
		return;
	if (!is_inline_kind(s->cur->kind) && !(s->para != NULL &&
	    s->para->parent == s->cur && s->para->first != NULL) &&
	    !has_own_text(n->parent)) {
		struct qr_node *into = s->cur;

		if (into->kind == QR_LIST) {
			into = s->cur->last != NULL ? s->cur->last :
			    qr_add_block(doc, s->cur, QR_ITEM);
		}
		close_para(s);
		img = qr_add_block(doc, into, QR_IMAGE_BLOCK);
	} else {
		img = qr_node_new(doc, QR_IMAGE);
		qr_node_append(doc, inline_target(s), img);
	}
	if (img == NULL)
		return;
	img->as.image.src = src;
	img->as.image.alt = alt != NULL ? qr_doc_strdup(doc, alt) : NULL;
	img->as.image.title = title != NULL && img->kind == QR_IMAGE_BLOCK ?
	    qr_doc_strdup(doc, title) : NULL;
}

/* Boilerplate element n with links in it (a share button, a box of
 * related videos) was left out of the post: remember the paragraph it
 * sat in, or the caption-like block right before it, which is left
 * introducing nothing when it ends the post (qr_boiler_trim()). */
static void
note_orphan(struct conv_state *s, xmlNodePtr n)
{
	struct qr_conv	*c = s->c;
	struct qr_node	*m = NULL;
	xmlNodePtr	 d;
	int		 k, link = 0;

	for (d = n, k = 0; d != NULL && k < 64 && !link;
	    d = qr_dom_next(d, n, 0), k++)
		link = qr_dom_is(d, "a");
	if (!link || c->norphan >= 4096)
		return;
	if (is_inline_kind(s->cur->kind)) {
		for (m = s->cur, k = 0; m != NULL && k < 16 &&
		    m->kind != QR_PARA && m->kind != QR_HEADING;
		    m = m->parent, k++)
			continue;
	} else {
		/* the block before the box: a short caption only */
		m = s->para != NULL && s->para->parent == s->cur ? s->para :
		    s->cur->last;
		if (m != NULL && (m->kind == QR_PARA || m->kind ==
		    QR_HEADING)) {
			char *t = qr_node_plain_text(m);

			if (strlen(t) > CAPTION_TEXT || !qr_boiler_label_like(m))
				m = NULL;
			free(t);
		}
	}
	if (m == NULL || (m->kind != QR_PARA && m->kind != QR_HEADING))
		return;
	if (c->norphan == c->caporphan) {
		c->caporphan = c->caporphan ? c->caporphan * 2 : 16;
		c->orphan = qr_xrealloc(c->orphan,
		    c->caporphan * sizeof(*c->orphan));
	}
	c->orphan[c->norphan++] = m;
}

/* Enter element or text "n".  Returns 1 when its children are to be
 * visited (a frame is then pushed), 0 otherwise. */
static int
enter(struct conv_state *s, xmlNodePtr n)
{
	struct qr_doc	*doc = s->c->doc;
	struct qr_node	*m;
	const char	*name;
	int		 inl = is_inline_kind(s->cur->kind), why;

	if (n == s->c->skip1 || n == s->c->skip2 || n == s->c->skip3)
		return 0;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content != NULL)
			add_text(s, (const char *)n->content);
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if ((why = skip_node(s->c, n)) != 0) {
		if (why == 2)
			note_orphan(s, n);
		return 0;
	}
	name = (const char *)n->name;
	if (NAME_IS(name, "br")) {
		if (inl)
			qr_add_block(doc, s->cur, QR_LINEBREAK);
		else if (s->para != NULL && s->para->parent == s->cur) {
			if (s->para->last != NULL &&
			    s->para->last->kind == QR_LINEBREAK)
				close_para(s);	/* <br><br>: a new paragraph */
			else if (s->para->last != NULL && s->para->last->kind ==
			    QR_TEXT && s->para->last->prev != NULL &&
			    s->para->last->prev->kind == QR_LINEBREAK) {
				const char *t = s->para->last->as.literal;
				size_t k;

				for (k = 0; t[k] != '\0' && is_space(t[k]); k++)
					continue;
				if (t[k] == '\0')
					close_para(s);
				else
					qr_add_block(doc, s->para, QR_LINEBREAK);
			} else
				qr_add_block(doc, s->para, QR_LINEBREAK);
		}
		return 0;
	}
	if (NAME_IS(name, "img")) {
		add_image(s, n);
		return 0;
	}
	if (NAME_IS(name, "hr")) {
		if (!inl && s->cur->kind != QR_LIST) {
			close_para(s);
			qr_add_block(doc, s->cur, QR_BREAK);
		}
		return 0;
	}
	if (NAME_IS(name, "pre") || NAME_IS(name, "code") ||
	    NAME_IS(name, "tt") || NAME_IS(name, "kbd") ||
	    NAME_IS(name, "samp") || NAME_IS(name, "xmp") ||
	    NAME_IS(name, "listing")) {
		int	 pre = NAME_IS(name, "pre") ||
		    NAME_IS(name, "xmp") || NAME_IS(name, "listing");
		size_t	 len;
		char	*t = literal_text(n, pre, &len);

		if (len > 0) {
			if (pre && !inl && s->cur->kind != QR_LIST) {
				close_para(s);
				qr_add_literal(doc, s->cur, QR_CODE_BLOCK, t, len);
			} else if (pre) {
				qr_add_text(doc, inline_target(s), t, len);
			} else
				qr_add_literal(doc, inline_target(s), QR_CODE,
				    t, len);
		}
		free(t);
		return 0;
	}
	if (n->children == NULL)
		return 0;
	/* elements with content */
	if (s->cur->kind == QR_LIST && !NAME_IS(name, "li")) {
		/* stray content in a list: it goes into the last item */
		struct qr_node *it = s->cur->last;

		if (it == NULL)
			it = qr_add_block(doc, s->cur, QR_ITEM);
		push(s, n, 0, 1);
		s->cur = it;
		s->para = NULL;
		if (!is_blockish(n)) {
			/* the element is inline: its content runs on */
			return 1;
		}
		return 1;
	}
	if (inl) {
		if (is_blockish(n)) {
			qr_add_text(doc, s->cur, " ", 1);
			push(s, n, 0, 2);
			return 1;
		}
		m = NULL;
		if (NAME_IS(name, "em") || NAME_IS(name, "i") ||
		    NAME_IS(name, "cite") || NAME_IS(name, "dfn") ||
		    NAME_IS(name, "var"))
			m = qr_node_new(doc, QR_EMPH);
		else if (NAME_IS(name, "strong") ||
		    NAME_IS(name, "b"))
			m = qr_node_new(doc, QR_STRONG);
		else if (NAME_IS(name, "a")) {
			const char	*href = qr_html_safe_url(doc,
			    qr_dom_attr(n, "href"), s->c->base, 0);
			struct qr_node	*up;

			for (up = s->cur; up != NULL && is_inline_kind(up->kind);
			    up = up->parent)
				if (up->kind == QR_LINK)
					break;
			if (href != NULL && (up == NULL || up->kind != QR_LINK)) {
				const char *title = qr_dom_attr(n, "title");

				m = qr_node_new(doc, QR_LINK);
				m->as.link.href = href;
				m->as.link.title = title != NULL && *title ?
				    qr_doc_strdup(doc, title) : NULL;
			}
		}
		push(s, n, 0, 0);
		if (m != NULL && qr_node_append(doc, s->cur, m))
			s->cur = m;
		return 1;
	}
	/* block context */
	if (NAME_IS(name, "p") || ((name[0] == 'h' || name[0] == 'H') &&
	    name[1] >= '1' && name[1] <= '6' && name[2] == '\0')) {
		close_para(s);
		push(s, n, 0, 1);
		if (tolower((unsigned char)name[0]) == 'h') {
			m = qr_add_block(doc, s->cur, QR_HEADING);
			m->as.level = name[1] - '0';
		} else
			m = qr_add_block(doc, s->cur, QR_PARA);
		s->cur = m;
		s->para = NULL;
		return 1;
	}
	if (s->blocks < BLOCK_CAP && (NAME_IS(name, "blockquote") ||
	    qr_dom_quote_fieldset(n))) {
		close_para(s);
		push(s, n, 1, 1);
		s->cur = qr_add_block(doc, s->cur, QR_QUOTE);
		s->para = NULL;
		return 1;
	}
	if (s->blocks < BLOCK_CAP && (NAME_IS(name, "ul") ||
	    NAME_IS(name, "ol"))) {
		const char *st = qr_dom_attr(n, "start");

		close_para(s);
		push(s, n, 1, 1);
		m = qr_add_block(doc, s->cur, QR_LIST);
		m->as.list.ordered = tolower((unsigned char)name[0]) == 'o';
		m->as.list.start = 1;
		if (m->as.list.ordered && st != NULL) {
			long v = strtol(st, NULL, 10);

			if (v >= 0 && v < 1000000000)
				m->as.list.start = (int)v;
		}
		s->cur = m;
		s->para = NULL;
		return 1;
	}
	if (NAME_IS(name, "li") && s->cur->kind == QR_LIST) {
		close_para(s);
		push(s, n, 0, 1);
		s->cur = qr_add_block(doc, s->cur, QR_ITEM);
		s->para = NULL;
		return 1;
	}
	if (is_blockish(n) || wraps_blocks(n)) {
		close_para(s);
		push(s, n, 0, 1);
		return 1;
	}
	/* an inline element in block context: into a paragraph */
	{
		struct qr_node *into = inline_target(s);

		push(s, n, 0, 0);
		m = NULL;
		if (NAME_IS(name, "em") || NAME_IS(name, "i") ||
		    NAME_IS(name, "cite"))
			m = qr_node_new(doc, QR_EMPH);
		else if (NAME_IS(name, "strong") ||
		    NAME_IS(name, "b"))
			m = qr_node_new(doc, QR_STRONG);
		else if (NAME_IS(name, "a")) {
			const char *href = qr_html_safe_url(doc,
			    qr_dom_attr(n, "href"), s->c->base, 0);

			if (href != NULL) {
				const char *title = qr_dom_attr(n, "title");

				m = qr_node_new(doc, QR_LINK);
				m->as.link.href = href;
				m->as.link.title = title != NULL && *title ?
				    qr_doc_strdup(doc, title) : NULL;
			}
		}
		if (m != NULL && qr_node_append(doc, into, m))
			s->cur = m;
		else
			s->cur = into;
		return 1;
	}
}

static void
leave(struct conv_state *s, xmlNodePtr n)
{
	struct frame	*f;
	struct qr_node	*made;

	if (s->n == 0 || s->st[s->n - 1].dom != n)
		return;
	f = &s->st[--s->n];
	s->blocks -= f->block;
	made = s->cur;
	if (f->blockish == 2) {			/* block inside inline text */
		qr_add_text(s->c->doc, s->cur, " ", 1);
		return;
	}
	if (f->blockish) {
		close_para(s);
		if (made != f->cur && (made->kind == QR_PARA ||
		    made->kind == QR_HEADING))
			finish_para(s->c->doc, made);
		else if (made != f->cur && (made->kind == QR_LIST ||
		    made->kind == QR_QUOTE || made->kind == QR_ITEM) &&
		    made->first == NULL && made->parent != NULL)
			qr_node_unlink(made);
		s->cur = f->cur;
		s->para = NULL;
		/* a list item whose content was stray: nothing more */
		return;
	}
	s->cur = f->cur;
	if (!is_inline_kind(s->cur->kind))
		s->para = f->para;
}

void
qr_conv_blocks(struct qr_conv *c, xmlNodePtr root, int inner,
    struct qr_node *into)
{
	struct conv_state	s;
	xmlNodePtr		n;

	if (root == NULL)
		return;
	memset(&s, 0, sizeof(s));
	s.c = c;
	s.cur = into;
	n = inner ? root->children : root;
	if (!inner && n->type == XML_ELEMENT_NODE && qr_dom_is(n, "p") == 0 &&
	    !is_blockish(n)) {
		/* an inline root (span.comment-content): as a paragraph */
	}
	while (n != NULL) {
		if (enter(&s, n) && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL) {
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (n == root && inner) {
				n = NULL;
				break;
			}
			leave(&s, n);
			if (n == root)
				n = NULL;
		}
	}
	while (s.n > 0)			/* cannot happen; for safety */
		leave(&s, s.st[s.n - 1].dom);
	s.cur = into;
	close_para(&s);
	free(s.st);
}
