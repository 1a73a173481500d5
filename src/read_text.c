/*
 * read_text.c -- the plain-text dump reader (-f text).
 *
 * The layout is the markup.  The lines (text_lines.c) are read in three
 * linear passes:
 *
 *  1. find the parts: the title, the post's body, and the comment
 *     section (after a "5 thoughts on …" / "Comments" heading, else the
 *     trailing numbered list), up to what ends it ("Leave a Reply",
 *     "Comments are closed.", "Post navigation");
 *  2. build the thread with a stack of open comments: a list marker
 *     further right than the open comment's marker is its reply; a line
 *     without a marker belongs to the nearest open comment whose marker
 *     stands left of it; attribution lines ("NAME says:", dates,
 *     "Reply") become the comment's author and date or are dropped;
 *  3. turn quotations into quote blocks, comment by comment.
 *
 * quire's own text output (doc/text-format.md) is recognised by its
 * title underline and read by its exact rules.  No pass recurses per
 * nesting level: the stack of open comments is an array.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uniwidth.h>

#include "internal.h"
#include "text.h"

/* An open comment on the stack. */
struct open {
	struct qr_node	*node;
	int		 mcol;		/* column of its marker */
	int		 tcol;		/* column of its text; -1 not yet */
	int		 header;	/* no text yet: attribution may come */
	int		 attr;		/* an attribution line was seen */
	int		 marker;	/* opened by a list marker */
	int		 left;		/* its text stands left of its marker */
	int		 dated;		/* its header showed a date */
	unsigned	 hline;		/* its first line (0: not known) */
};

/* A paragraph being gathered. */
struct para {
	struct qr_buf	 text;
	struct qr_node	*owner;		/* body, comment or quote */
	int		 quote;		/* ">" depth of its lines */
	int		 indented;	/* lines right of the comment's text */
	int		 nlines;
	unsigned	 lineno;
	const char	*src;		/* its one line's text in the input, */
	size_t		 srclen;	/* when it is that text as it is */
};

/* Authors seen, for "↳ in reply to NAME": name -> last comment. */
struct name_map {
	const char	**keys;
	struct qr_node	**vals;
	size_t		  cap, n;
};

struct reader {
	struct qr_doc		*doc;
	const struct qr_options	*opt;
	struct qr_error		*err;
	struct tlines		 tl;
	struct open		*stack;
	size_t			 depth, cap;
	struct para		 para;
	char			*in_lo, *in_hi;	/* the input the lines are in, */
	int			 in_used;	/* and text nodes point into */
	size_t			 head_end;	/* the post header's last line */
	char			 head_date[QR_DATE_MAX]; /* its byline's */
	int			 own;		/* quire's own layout */
	int			 failed;
	struct name_map		 names;
	struct qr_node		**ordinals;	/* comments in order (own) */
	size_t			 nord, ordcap;
	struct qr_node		**v;		/* quote_pass scratch */
	size_t			 vcap;
	struct qr_node		*qs[16];	/* open ">" quotes */
	struct qr_node		*qowner;
	int			 nq;
	int			 marked;	/* a comment marker seen */
	int			 attributed;	/* comments must show an author */
	size_t			 te_from, te_at; /* thread_end()'s last answer */
	int			 te_closed;	/* (from + 1, 0: none) */
	/* a comment drawn as a run of list items (its header item, then
	 * its name, its text, an answer signed at its end) */
	struct qr_node		*gnode;		/* the comment of the run */
	size_t			 gdepth;	/* its stack depth + 1 */
	int			 gcol;		/* the items' marker column */
	int			 gname;		/* its name item was seen */
	size_t			 sig;		/* line of a trailing signature */
	size_t			 stray_end;	/* stray_quote()'s block ends */
	struct qr_buf		 scratch;	/* a line without its smileys */
};

/* ## Small helpers */

static int
is_rule(const struct tline *l, char c)
{
	size_t i;

	if (l->len < 3)
		return 0;
	for (i = 0; i < l->len; i++)
		if (l->s[i] != c)
			return 0;
	return 1;
}

/* w3m's horizontal rule: "━" (or "─") ten times at least, nothing
 * else. */
static int
box_rule(const struct tline *l)
{
	size_t i;

	if (l->len < 30 || l->len % 3 != 0 ||
	    (unsigned char)l->s[0] != 0xe2 || (unsigned char)l->s[1] != 0x94)
		return 0;
	for (i = 0; i < l->len; i += 3)
		if (memcmp(l->s + i, l->s, 3) != 0)
			return 0;
	return (unsigned char)l->s[2] == 0x81 || (unsigned char)l->s[2] == 0x80;
}

/* Slash's "(Score:5, Informative)" between a comment's subject and its
 * "by NAME" */
static int
score_line(const char *s, size_t n)
{
	return n > 9 && memcmp(s, "(Score:", 7) == 0 && s[n - 1] == ')';
}

#define slash_score(l)	score_line((l)->s, (l)->len)

static int
is_break(const struct tline *l)
{
	static const char *const breaks[] = { "* * *", "***", "---", "- - -",
	    "\xe2\x81\x82" /* ⁂ */, "* * * * *", NULL };
	size_t k;

	for (k = 0; breaks[k] != NULL; k++)
		if (l->len == strlen(breaks[k]) &&
		    memcmp(l->s, breaks[k], l->len) == 0)
			return 1;
	return 0;
}

static unsigned long
first_cp(const char *s, size_t len)
{
	unsigned long cp = 0;

	if (len == 0 || qr_utf8_decode((const unsigned char *)s, len, &cp) == 0)
		return 0;
	return cp;
}

static unsigned long
last_cp(const char *s, size_t len, size_t *at)
{
	size_t		i = len;
	unsigned long	cp = 0;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i > 0)
		i--;
	if (len == 0 || qr_utf8_decode((const unsigned char *)s + i, len - i,
	    &cp) == 0)
		return 0;
	if (at != NULL)
		*at = i;
	return cp;
}

static int
wide(unsigned long cp)
{
	return cp >= 0x1100 && uc_width((ucs4_t)cp, "UTF-8") == 2;
}

/* ## Paragraphs */

/* The paragraph's text into "n": a paragraph that is one line of the
 * input as it is, to the line's end, stays in the input (the model
 * points at it; the document adopts the input at the end), so a dump's
 * text is not copied a second time; else a copy. */
static void
para_to_node(struct reader *r, struct qr_node *n)
{
	struct para		*p = &r->para;
	const struct tline	*l;
	char			*s = (char *)p->src;

	if (s != NULL && p->nlines == 1 && p->text.len == p->srclen &&
	    s >= r->in_lo && s + p->srclen < r->in_hi &&
	    p->lineno >= 1 && p->lineno <= r->tl.n &&
	    (l = &r->tl.v[p->lineno - 1], s + p->srclen == l->s + l->len) &&
	    memcmp(s, p->text.data, p->srclen) == 0) {
		/* s[srclen] (the line's end) becomes the text's NUL: no
		 * reading rule looks past a line's length */
		struct qr_node *t = qr_add_text_at(r->doc, n, s, p->srclen);

		if (t != NULL && t->as.literal == s)
			r->in_used = 1;
		return;
	}
	qr_add_text(r->doc, n, p->text.data, p->text.len);
}

static void
para_flush(struct reader *r)
{
	struct para	*p = &r->para;
	struct qr_node	*owner = p->owner, *n;
	int		 q;

	if (p->owner == NULL || p->text.len == 0) {
		qr_buf_clear(&p->text);
		p->owner = NULL;
		return;
	}
	/* ">" lines: quote blocks, nested by depth; a bare ">" line
	 * separates paragraphs of the same quote. */
	if (p->quote == 0 || r->qowner != owner)
		r->nq = 0;
	for (q = 0; q < p->quote && q < 16; q++) {
		if (q >= r->nq) {
			r->qs[q] = qr_add_block(r->doc, owner, QR_QUOTE);
			if (r->qs[q] == NULL)
				break;
			r->nq = q + 1;
		}
		owner = r->qs[q];
	}
	if (p->quote > 0) {
		r->qowner = p->owner;
		r->nq = q;
	}
	n = qr_add_block(r->doc, owner, QR_PARA);
	if (n != NULL) {
		n->line = p->lineno;
		para_to_node(r, n);
		/* mark indented paragraphs for the quote pass */
		if (p->indented && p->quote == 0)
			n->as.level = 1;
	}
	qr_buf_clear(&p->text);
	p->owner = NULL;
	p->quote = p->indented = p->nlines = 0;
	p->src = NULL;
}

/* The length of a smiley's code at s[0..len) (":mad:", and as an image
 * alt "[:oops:]"), else 0.  Forums draw their smileys so; the words
 * are not the comment's text. */
static size_t
smiley(const char *s, size_t len)
{
	size_t	i = 0, b = 0;

	if (len > 0 && s[0] == '[')
		b = i = 1;
	if (i >= len || s[i] != ':')
		return 0;
	for (i++; i < len && s[i] >= 'a' && s[i] <= 'z'; i++)
		continue;
	if (i < b + 3 || i - b > 14 || i >= len || s[i] != ':')
		return 0;
	i++;
	if (b) {
		if (i >= len || s[i] != ']')
			return 0;
		return i + 1;
	}
	/* ":word:" stands alone: a space or the line's end after it */
	return i == len || s[i] == ' ' ? i : 0;
}

/* s[0..*len) without smiley codes, in "buf" when there were any. */
static const char *
drop_smileys(struct qr_buf *buf, const char *s, size_t *len)
{
	size_t		 i, n = *len, k;
	int		 any = 0;
	const char	*c;

	/* every smiley holds a colon: one stands at it (":mad:" at the
	 * start or after a space) or right after its "[" ("[:oops:]") */
	for (c = memchr(s, ':', n); c != NULL && !any;
	    c = memchr(c + 1, ':', n - (size_t)(c + 1 - s))) {
		i = (size_t)(c - s);
		if ((i == 0 || s[i - 1] == ' ') && smiley(c, n - i) > 0)
			any = 1;
		else if (i > 0 && s[i - 1] == '[' && smiley(c - 1, n - i + 1) > 0)
			any = 1;
		if (i + 1 >= n)
			break;
	}
	if (!any)
		return s;
	qr_buf_clear(buf);
	for (i = 0; i < n; ) {
		if ((s[i] == ':' || s[i] == '[') && (s[i] == '[' || i == 0 ||
		    s[i - 1] == ' ') && (k = smiley(s + i, n - i)) > 0) {
			i += k;
			while (i < n && s[i] == ' ' && (buf->len == 0 ||
			    buf->data[buf->len - 1] == ' '))
				i++;
			continue;
		}
		qr_buf_putc(buf, s[i++]);
	}
	while (buf->len > 0 && buf->data[buf->len - 1] == ' ')
		buf->len--;
	*len = buf->len;
	return buf->len > 0 ? buf->data : "";
}

/* Add one line's text to the paragraph of "owner". */
static void
para_add(struct reader *r, struct qr_node *owner, const char *s, size_t len,
    int quote, int indented, unsigned lineno)
{
	struct para	*p = &r->para;
	int		 space = 0;

	if (!r->own && owner != r->doc->body && len > 0)
		s = drop_smileys(&r->scratch, s, &len);
	if (p->owner != owner || p->quote != quote || len == 0)
		para_flush(r);
	if (len == 0)
		return;
	if (p->owner == NULL && r->own && s[0] == '\\' && len > 1) {
		s++;		/* the writer's escape of a block start */
		len--;
	}
	if (p->owner == NULL) {
		p->owner = owner;
		p->quote = quote;
		p->lineno = lineno;
		p->indented = indented;
		p->src = s;
		p->srclen = len;
		space = 1;
	} else {
		size_t		at = 0;
		unsigned long	a = last_cp(p->text.data, p->text.len, &at);
		unsigned long	b = first_cp(s, len);

		if (a == 0xad || a == 0x200b)
			space = 1;	/* soft hyphen, ZWSP: no space */
		else if (a == '-' && at > 0 && p->text.data[at - 1] != ' ')
			space = 1;	/* "Boss-" / "Spawn": a break after a hyphen */
		else if (wide(a) && wide(b))
			space = 1;	/* CJK wrapped mid-sentence */
		else
			qr_buf_putc(&p->text, ' ');
		p->indented &= indented;
	}
	p->nlines++;
	qr_buf_put_collapsed(&p->text, s, len, &space);
	while (p->text.len > 0 && p->text.data[p->text.len - 1] == ' ')
		p->text.len--;
	qr_buf_cstr(&p->text);
}

/* ## Quotations in comments (DESIGN.md, "Quotes in comments") */

/* Where the quotation opened by the mark at s[0] closes: the index just
 * past the closing mark, 0 when it never closes, or -1 when s does
 * not open with a quote mark. */
static long
quote_close(const char *s, size_t len)
{
	size_t	i;
	int	depth = 0;

	if (len >= 3 && memcmp(s, "\xe2\x80\x9c", 3) == 0) {	/* “ */
		for (i = 0; i + 3 <= len; i++) {
			if (memcmp(s + i, "\xe2\x80\x9c", 3) == 0)
				depth++, i += 2;
			else if (memcmp(s + i, "\xe2\x80\x9d", 3) == 0) {
				i += 2;
				if (--depth == 0)
					return (long)i + 1;
			}
		}
		return 0;
	}
	if (len >= 1 && s[0] == '"') {
		const char *e = memchr(s + 1, '"', len - 1);

		return e == NULL ? 0 : (long)(e - s) + 1;
	}
	return -1;
}

static int
opens_quote(const char *s, size_t len)
{
	return quote_close(s, len) >= 0;
}

static int
ends_close(const char *s, size_t len)
{
	return (len >= 3 && memcmp(s + len - 3, "\xe2\x80\x9d", 3) == 0) ||
	    (len >= 2 && s[len - 1] == '"');
}

/* The paragraph's text without its outer marks: the opening one when
 * "open", the closing one when "close". */
static void
strip_marks(struct qr_doc *doc, struct qr_node *para, int open, int close)
{
	struct qr_node	*t = para->first;
	const char	*s;
	size_t		 len;

	if (t == NULL || t->kind != QR_TEXT)
		return;
	s = t->as.literal;
	len = strlen(s);
	if (open && len >= 3 && memcmp(s, "\xe2\x80\x9c", 3) == 0)
		s += 3, len -= 3;
	else if (open && len >= 1 && s[0] == '"')
		s++, len--;
	if (close && len >= 3 && memcmp(s + len - 3, "\xe2\x80\x9d", 3) == 0)
		len -= 3;
	else if (close && len >= 1 && s[len - 1] == '"')
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return;
	t->as.literal = qr_doc_strndup(doc, s, len);
}

static const char *
para_text(const struct qr_node *p, size_t *len)
{
	if (p->kind != QR_PARA || p->first == NULL ||
	    p->first->kind != QR_TEXT || p->first != p->last) {
		*len = 0;
		return "";
	}
	*len = strlen(p->first->as.literal);
	return p->first->as.literal;
}

/* Rebuild the blocks of comment "c" with its quotations made quote
 * blocks.  Linear in the number of its blocks; "v" is scratch space. */
static void
quote_pass(struct reader *r, struct qr_node *c)
{
	struct qr_doc	*doc = r->doc;
	struct qr_node	*b, *stop = qr_comment_first_reply(c);
	struct qr_node	*q = NULL, *iq = NULL;
	size_t		 n = 0, k;

	int		 change = 0;

	/* Most comments hold no quotation: the blocks stay as they are
	 * unless one is an indented block or opens with a quote mark
	 * (quote_close() >= 0: its first bytes are '"' or "“") */
	for (b = c->first; b != NULL && b != stop; b = b->next) {
		n++;
		if (b->kind == QR_PARA && !change) {
			const char *t = b->first != NULL &&
			    b->first->kind == QR_TEXT && b->first == b->last ?
			    b->first->as.literal : "";

			change = b->as.level == 1 || t[0] == '"' ||
			    ((unsigned char)t[0] == 0xe2 &&
			    (unsigned char)t[1] == 0x80 &&
			    (unsigned char)t[2] == 0x9c);
		}
	}
	if (n == 0 || !change)
		return;
	if (n > r->vcap) {
		r->vcap = n;
		r->v = qr_xrealloc(r->v, n * sizeof(*r->v));
	}
	for (k = 0, b = c->first; k < n; k++) {
		r->v[k] = b;
		b = b->next;
		qr_node_unlink(r->v[k]);
	}
	for (k = 0; k < n; k++) {
		const char	*s;
		size_t		 len;
		long		 cl;

		b = r->v[k];
		if (b->kind != QR_PARA) {
			qr_node_append(doc, c, b);
			q = iq = NULL;
			continue;
		}
		if (b->as.level == 1) {
			/* an indented block (lynx, w3m <blockquote>) */
			b->as.level = 0;
			if (iq == NULL)
				iq = qr_add_block(doc, c, QR_QUOTE);
			qr_node_append(doc, iq, b);
			q = NULL;
			continue;
		}
		iq = NULL;
		s = para_text(b, &len);
		if (q != NULL) {
			if (opens_quote(s, len)) {
				int end = ends_close(s, len);

				strip_marks(doc, b, 1, end);
				qr_node_append(doc, q, b);
				if (end)
					q = NULL;
				continue;
			}
			q = NULL;
		}
		cl = quote_close(s, len);
		if (len > 0 && cl >= 0 && (size_t)cl == len) {
			struct qr_node *nq = qr_add_block(doc, c, QR_QUOTE);

			strip_marks(doc, b, 1, 1);
			qr_node_append(doc, nq, b);
			continue;
		}
		if (len > 0 && cl == 0 && k + 1 < n &&
		    r->v[k + 1]->kind == QR_PARA &&
		    r->v[k + 1]->as.level == 0) {
			size_t		 nl;
			const char	*ns = para_text(r->v[k + 1], &nl);

			if (opens_quote(ns, nl)) {
				q = qr_add_block(doc, c, QR_QUOTE);
				strip_marks(doc, b, 1, 0);
				qr_node_append(doc, q, b);
				continue;
			}
		}
		qr_node_append(doc, c, b);
	}
}

/* ## Comments */

static struct open *
top(struct reader *r)
{
	return r->depth > 0 ? &r->stack[r->depth - 1] : NULL;
}

static void
name_put(struct reader *r, const char *key, struct qr_node *c)
{
	struct name_map	*m = &r->names;
	size_t		 i, h = 2166136261u;
	const char	*k;

	if (key == NULL)
		return;
	if (m->n * 2 >= m->cap) {
		struct name_map	 old = *m;

		m->cap = m->cap ? m->cap * 2 : 64;
		m->keys = qr_xcalloc(m->cap, sizeof(*m->keys));
		m->vals = qr_xcalloc(m->cap, sizeof(*m->vals));
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.keys[i] != NULL)
				name_put(r, old.keys[i], old.vals[i]);
		free(old.keys);
		free(old.vals);
	}
	for (k = key; *k != '\0'; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	for (i = h & (m->cap - 1); m->keys[i] != NULL; i = (i + 1) & (m->cap - 1))
		if (strcmp(m->keys[i], key) == 0) {
			m->vals[i] = c;
			return;
		}
	m->keys[i] = key;
	m->vals[i] = c;
	m->n++;
}

static struct qr_node *
name_get(struct reader *r, const char *key, size_t len)
{
	struct name_map	*m = &r->names;
	size_t		 i, h = 2166136261u, j;

	if (m->cap == 0)
		return NULL;
	for (j = 0; j < len; j++)
		h = (h ^ (unsigned char)key[j]) * 16777619u;
	for (i = h & (m->cap - 1); m->keys[i] != NULL; i = (i + 1) & (m->cap - 1))
		if (strlen(m->keys[i]) == len &&
		    memcmp(m->keys[i], key, len) == 0)
			return m->vals[i];
	return NULL;
}

static void pop_to(struct reader *, size_t);

static void
push(struct reader *r, struct qr_node *c, int mcol, int tcol)
{
	if (r->depth == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->stack = qr_xrealloc(r->stack, r->cap * sizeof(*r->stack));
	}
	r->stack[r->depth].node = c;
	r->stack[r->depth].mcol = mcol;
	r->stack[r->depth].tcol = tcol;
	r->stack[r->depth].header = 1;
	r->stack[r->depth].attr = 0;
	r->stack[r->depth].marker = mcol >= 0;
	r->stack[r->depth].left = 0;
	r->stack[r->depth].dated = 0;
	r->stack[r->depth].hline = 0;
	r->depth++;
}

/* Close open comments down to "depth".  In a section found by its
 * attribution lines, a comment that showed none, has no text of its
 * own to speak of and no replies, is a list of the page (a form's
 * help, a meta list), not a comment: it goes.  So do empty ones. */
static void
pop_to(struct reader *r, size_t depth)
{
	if (r->depth > depth)
		para_flush(r);	/* its last paragraph is its text too */
	while (r->depth > depth) {
		struct open	*o = &r->stack[--r->depth];
		struct qr_node	*c = o->node;

		if (r->own || qr_comment_first_reply(c) != NULL)
			continue;
		if (c->first == NULL && (r->attributed ||
		    (c->as.comment.author == NULL &&
		    c->as.comment.date == NULL)))
			qr_node_unlink(c);	/* a name and a date, no text */
		else if (r->attributed && !o->attr)
			qr_node_unlink(c);
	}
}

static struct qr_node *
open_comment(struct reader *r, struct qr_node *parent, unsigned lineno)
{
	struct qr_node *c = qr_open_comment(r->doc, parent);

	if (c == NULL) {
		qr_error_set(r->err, QR_ERR_TOO_DEEP, lineno,
		    "line %u: replies nested deeper than %u levels "
		    "(see --max-depth)", lineno, r->doc->max_depth);
		r->failed = 1;
		return NULL;
	}
	c->line = lineno;
	if (r->own) {
		if (r->nord == r->ordcap) {
			r->ordcap = r->ordcap ? r->ordcap * 2 : 64;
			r->ordinals = qr_xrealloc(r->ordinals,
			    r->ordcap * sizeof(*r->ordinals));
		}
		r->ordinals[r->nord++] = c;
	}
	return c;
}

/* K2's permalink "Comment Link" before the name (html2text:
 * "Comment_Link  [NAME]", the avatar's alt): the name's start and
 * length in *s, *n. */
static void
comment_link(const char **s, size_t *n)
{
	const char	*p = *s;
	size_t		 len = *n;

	if (len <= 14 || (memcmp(p, "Comment Link ", 13) != 0 &&
	    memcmp(p, "Comment_Link ", 13) != 0))
		return;
	for (p += 13, len -= 13; len > 1 && p[0] == ' '; p++, len--)
		continue;
	if (len > 2 && p[0] == '[' && p[len - 1] == ']')
		p++, len -= 2;
	*s = p;
	*n = len;
}

/* Author and date of a comment from an attribution. */
static void
set_attr(struct reader *r, struct qr_node *c, const struct tattr *a)
{
	struct qr_comment *cm = &c->as.comment;

	if (a->kind == TA_AUTHOR && cm->author == NULL && a->alen > 0) {
		char		*au;
		const char	*s = a->author;
		size_t		 i, n = a->alen;
		/* html2text writes linked names as Name_Surname (a user
		 * name like mike_r keeps its underscore) */
		int spaced = 0;

		comment_link(&s, &n);
		for (i = 0; i + 1 < n && !spaced; i++)
			if (s[i] == '_' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
				spaced = 1;
		/* the document's own copy, just made: ours to change */
		au = (char *)qr_doc_strndup(r->doc, s,
		    n - qr_name_mark_len(s, n));
		for (i = 0; spaced && au[i] != '\0'; i++)
			if (au[i] == '_')
				au[i] = ' ';
		cm->author = au;
	}
	if (a->has_date && a->date[0] != '\0' && cm->date == NULL)
		cm->date = qr_doc_strdup(r->doc, a->date);
}

/* Does the text open with an excerpt's "[…]" (a pingback's)? */
static int
excerpt(const char *s, size_t len)
{
	return (len >= 5 && memcmp(s, "[\xe2\x80\xa6]", 5) == 0) ||
	    (len >= 5 && memcmp(s, "[...]", 5) == 0);
}

/* Compare a and b for n bytes, html2text's '_' (a link's spaces) as a
 * space. */
static int
same_text(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char x = a[i] == '_' ? ' ' : a[i], y = b[i] == '_' ? ' ' : b[i];

		if (x != y)
			return 0;
	}
	return 1;
}

static const char	*last_of(const char *, size_t, const char *);

/* A comment's title made from its own first words and cut with an
 * ellipsis (Drupal's subject when the commenter gave none: "What did
 * you use for the…" over "What did you use for the radiation shield"),
 * maybe as a heading ("**** ... ****"): not text, since the text that
 * follows says it whole. */
static int
derived_title(const char *s, size_t len, const char *ns, size_t nl)
{
	size_t	e;

	while (len > 0 && (s[0] == '*' || s[0] == '#' || s[0] == ' '))
		s++, len--;
	while (len > 0 && (s[len - 1] == '*' || s[len - 1] == '#' ||
	    s[len - 1] == ' '))
		len--;
	if (len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0)
		e = len - 3;
	else if (len >= 3 && memcmp(s + len - 3, "...", 3) == 0)
		e = len - 3;
	else {
		/* Drupal 7's subject, cut at a word without an ellipsis
		 * ("What did you use for the"): the next line's first
		 * words, two at least, up to a space (or all of it) */
		while (nl > 0 && ns[0] == ' ')
			ns++, nl--;
		return len >= 12 && len <= 64 && nl >= len &&
		    (nl == len || ns[len] == ' ') &&
		    memchr(s, ' ', len) != NULL && same_text(s, ns, len);
	}
	while (e > 0 && s[e - 1] == ' ')
		e--;
	while (nl > 0 && ns[0] == ' ')
		ns++, nl--;
	return e >= 8 && nl > e && same_text(s, ns, e);
}

static int	reparent(struct reader *, struct qr_node *, struct qr_node *,
		    unsigned);

/* The comment before "c" in the document's order, else NULL. */
static struct qr_node *
prev_comment(struct qr_node *c)
{
	struct qr_node *n = c->prev, *k;

	while (n != NULL && n->kind != QR_COMMENT)
		n = n->prev;
	if (n == NULL)
		return c->parent != NULL && c->parent->kind == QR_COMMENT ?
		    c->parent : NULL;
	for (;;) {		/* its last reply's last reply ... */
		for (k = n->last; k != NULL && k->kind != QR_COMMENT;
		    k = k->prev)
			continue;
		if (k == NULL)
			return n;
		n = k;
	}
}

/* Does comment "c" (its author, the start of its text) match the name
 * s[0..n) and the excerpt t[0..tn) ("" matches any text)? */
static int
reply_matches(const struct qr_node *c, const char *s, size_t n,
    const char *t, size_t tn)
{
	const char		*au = c->as.comment.author;
	const struct qr_node	*p = c->first;

	if (au == NULL || strncmp(au, s, n) != 0 ||
	    (au[n] != '\0' && au[n] != ' '))
		return 0;
	if (tn == 0)
		return 1;
	if (p == NULL || p->kind != QR_PARA || p->first == NULL ||
	    p->first->kind != QR_TEXT || p->first->as.literal == NULL)
		return 0;
	return strncmp(p->first->as.literal, t, tn) == 0;
}

/* The answered comment: the last one before "c" (up to 200 back) by
 * the name s[0..n) whose text starts with t[0..tn). */
static struct qr_node *
reply_target(struct qr_node *c, const char *s, size_t n, const char *t,
    size_t tn)
{
	struct qr_node	*p = c;
	int		 k;

	for (k = 0; k < 200 && (p = prev_comment(p)) != NULL; k++)
		if (reply_matches(p, s, n, t, tn))
			return p;
	return NULL;
}

/* Drupal's "In reply to SUBJECT by NAME" over a reply (hidden from the
 * eye in the page, shown by the dumpers), wpDiscuz 7's "Reply to
 * NAME": not text.  The reply at "c" (if not NULL) goes under the
 * comment it names (the SUBJECT: an excerpt of its text, cut with
 * "…"). */
/* "Reply to NAME", the spaces after "to" maybe NBSPs too (html2text:
 * "Reply to\u00a0 NAME", wpDiscuz): where the name starts, else 0. */
static size_t
reply_to_gap(const char *s, size_t len)
{
	size_t k = 8;

	if (len <= 9 || memcmp(s, "Reply to", 8) != 0)
		return 0;
	for (;;) {
		if (k < len && s[k] == ' ')
			k++;
		else if (k + 1 < len && (unsigned char)s[k] == 0xc2 &&
		    (unsigned char)s[k + 1] == 0xa0)
			k += 2;
		else
			break;
	}
	return k > 8 && k < len ? k : 0;
}

static int
reply_to_line(struct reader *r, struct qr_node *c, const char *s,
    size_t len, unsigned lineno)
{
	const char	*by, *t = NULL;
	size_t		 tn = 0, n, k = reply_to_gap(s, len);
	struct qr_node	*p;

	if (k > 0 && len < 60 && qr_text_name_line(s + k, len - k))
		by = s + k;	/* (a short one is noise anyway) */
	else if (len <= 15 || len >= 200 ||
	    strncmp(s, "In reply to ", 12) != 0 ||
	    (by = last_of(s, len, " by ")) == NULL ||
	    !qr_text_name_line(by + 4, (size_t)(s + len - by - 4)))
		return 0;
	else {
		/* the subject, less its "…" or "..." */
		t = s + 12;
		tn = (size_t)(by - t);
		if (tn > 3 && memcmp(t + tn - 3, "\xe2\x80\xa6", 3) == 0)
			tn -= 3;
		else if (tn > 3 && memcmp(t + tn - 3, "...", 3) == 0)
			tn -= 3;
		else
			tn = 0;		/* a subject of its own */
		by += 4;
	}
	n = (size_t)(s + len - by);
	if (c != NULL && c->kind == QR_COMMENT &&
	    (p = reply_target(c, by, n, t, tn)) != NULL &&
	    p != c->parent) {
		para_flush(r);
		(void)reparent(r, c, p, lineno);
	}
	return 1;
}

/* A pingback's header lines (the linking page's title and the date,
 * read as its author and date) are its text too: the lines from the
 * comment's first up to "lineno", less the buttons. */
static void
header_text(struct reader *r, struct open *o, unsigned lineno)
{
	unsigned j;

	for (j = o->hline; j < lineno; j++) {
		const struct tline	*l = &r->tl.v[j - 1];
		const char		*s = l->mark != TM_NONE && j == o->hline ?
					    l->rest : l->s;
		size_t			 n = l->mark != TM_NONE && j == o->hline ?
					    l->rlen : l->len;

		if (n == 0 || qr_text_noise(s, n))
			continue;
		para_add(r, o->node, s, n, 0, 0, l->lineno);
	}
	para_flush(r);
}

/* The end of a header wrapped onto the next line, "… Posted" / "by
 * NAME", "… Posted by Tobias" / "Renner" (K2): the line "prev" over
 * it ends with "Posted", maybe "by" and words, and the line is the
 * comment's author (read from the header's start), or its last
 * words, maybe after "by". */
static int
author_rest(const struct qr_node *c, const struct tline *prev,
    const char *s, size_t len)
{
	const char	*au = c->as.comment.author, *p;
	size_t		 n;

	if (au == NULL || len > 64 || prev->len < 8 ||
	    (p = last_of(prev->s, prev->len, "Posted")) == NULL ||
	    (p + 6 != prev->s + prev->len && p[6] != ' '))
		return 0;
	if (len > 3 && memcmp(s, "by ", 3) == 0)
		s += 3, len -= 3;
	n = strlen(au);
	return len > 0 && len <= n && same_text(au + n - len, s, len) &&
	    (len == n || au[n - len - 1] == ' ');
}

/* One line of text (not a marker) for the open comment "o". */
static void	star_text(const char **, size_t *);

static void
comment_text(struct reader *r, struct open *o, const char *s, size_t len,
    int col, unsigned lineno, const struct tline *next)
{
	struct tattr	a;
	int		quote = 0;

	/* html2text: a list item's header as a heading ("1. ***   NAME
	 * #  ***") */
	if (!r->own && o->header && len > 6 && s[0] == '*')
		star_text(&s, &len);
	if (!r->own) {
		/* past the header only noise matters: the cheap test */
		enum tattr_kind k = o->header ?
		    qr_text_attr(s, len, r->doc->date, &a) :
		    qr_text_noise(s, len) ? TA_NOISE : TA_NONE;
		const char	*ns = NULL;
		size_t		 nl = 0;

		/* the next line: its text, or the text of a meta list item
		 * ("□ 8. April 2019 @ 11:38") under the open comment */
		if (next != NULL && next->mark == TM_NONE)
			ns = next->s, nl = next->len;
		else if (next != NULL && o->marker && next->indent > o->mcol &&
		    next->mark == TM_BULLET)
			ns = next->rest, nl = next->rlen;
		else if (next != NULL && next->indent > o->mcol)
			ns = next->s, nl = next->len;

		/* avatar junk over "NAME says:"; "NAME" over "says:" */
		if (k == TA_NONE && o->header && !o->attr && ns != NULL) {
			struct tattr	b;
			enum tattr_kind	nk = qr_text_attr(ns, nl,
			    r->doc->date, &b);

			if (nk == TA_AUTHOR && b.alen == 0 &&
			    qr_text_name_line(s, len)) {
				a.kind = k = TA_AUTHOR;
				a.author = s;
				a.alen = len;
			} else if (nk == TA_AUTHOR)
				return;
		}
		/* a name alone (maybe "Comment from: NAME · site"), then a
		 * date line: the author */
		if (k == TA_NONE && o->header && !o->attr && ns != NULL) {
			struct tattr	b;
			size_t		nn, lab = qr_text_name_label(s, len, &nn);
			enum tattr_kind	nk = qr_text_name_line(s + lab, nn) ?
			    qr_text_attr(ns, nl, r->doc->date, &b) : TA_NONE;

			if (nk == TA_DATE || (nk == TA_AUTHOR && b.has_date)) {
				a.kind = k = TA_AUTHOR;
				a.author = s + lab;
				a.alen = nn;
			}
		}

		/* "Reply to Tobias" is noise too: it still places */
		if (k == TA_NOISE && o->header && len > 9 && s[0] == 'R')
			(void)reply_to_line(r, o->node, s, len, lineno);
		if (k == TA_NONE && o->header && (reply_to_line(r, o->node,
		    s, len, lineno) ||
		    (ns != NULL && derived_title(s, len, ns, nl))))
			k = TA_NOISE;
		if (k == TA_NOISE) {
			para_flush(r);
			return;
		}
		/* Slash's subject over its score, and the score */
		if (k == TA_NONE && o->header && !o->attr &&
		    (score_line(s, len) || (ns != NULL && score_line(ns, nl)))) {
			para_flush(r);
			return;
		}
		if (k == TA_NONE && o->header && o->attr && lineno >= 2 &&
		    author_rest(o->node, &r->tl.v[lineno - 2], s, len)) {
			para_flush(r);
			return;
		}
		/* the rest of a header's note wrapped onto the next line
		 * ("… 10 years ago (3" "children)") */
		if (k == TA_NONE && o->header && o->attr && len <= 24 &&
		    s[len - 1] == ')' && memchr(s, '(', len) == NULL &&
		    memchr(s, ' ', len) == NULL) {
			para_flush(r);
			return;
		}
		if (o->header && (k == TA_AUTHOR || k == TA_DATE)) {
			para_flush(r);
			set_attr(r, o->node, &a);
			o->attr = 1;
			o->dated |= a.has_date;
			if (o->marker)
				r->marked = 1;
			return;
		}
	}
	/* an image before the comment's first line, set off by spaces
	 * ("[s.gif]  What did you …": a spacer, an icon) */
	if (!r->own && o->header && len > 4 && s[0] == '[') {
		const char *e = memchr(s, ']', len < 40 ? len : 40);

		if (e != NULL && (size_t)(e - s) + 3 < len && e[1] == ' ' &&
		    e[2] == ' ') {
			len -= (size_t)(e + 1 - s);
			s = e + 1;
			while (len > 0 && *s == ' ')
				s++, len--;
		}
	}
	/* "Pingback: Title" is a comment of its own, kept as text */
	if (!r->own && o->header && len > 10 &&
	    (strncmp(s, "Pingback:", 9) == 0 ||
	    strncmp(s, "Trackback:", 10) == 0))
		o->attr = 1;
	/* email-style and quire's own quotes */
	while (len > 0 && s[0] == '>') {
		quote++;
		s++, len--;
		if (len > 0 && s[0] == ' ')
			s++, len--;
	}
	if (o->tcol < 0 || o->header) {
		if (o->tcol < 0 || col < o->tcol)
			o->tcol = col;
	}
	if (!r->own && excerpt(s, len)) {
		/* a pingback: a comment, whatever its header showed; its
		 * header (all of it, read or not) starts its text */
		struct qr_node	*f = o->node->first;
		const char	*au = o->node->as.comment.author;
		size_t		 fl;
		const char	*ft = f != NULL ? para_text(f, &fl) : "";

		if (o->hline > 0 && lineno > o->hline && (f == NULL ||
		    (f == o->node->last && f->kind == QR_PARA &&
		    f->line <= o->hline + 3 && !(au != NULL &&
		    strncmp(ft, au, strlen(au)) == 0)))) {
			if (f != NULL)
				qr_node_unlink(f);	/* the header's rest */
			if (r->para.owner == o->node) {
				qr_buf_clear(&r->para.text);
				r->para.owner = NULL;
				r->para.quote = r->para.indented = 0;
				r->para.nlines = 0;
			}
			header_text(r, o, lineno);
		}
		o->attr = 1;
	}
	o->header = 0;
	para_add(r, o->node, s, len, quote,
	    !r->own && quote == 0 && col > o->tcol + 1, lineno);
}

/* Does s[0..len) hold a digit?  (A date always does: "A · B" with no
 * digit after the dot is one author's name.) */
static int
has_digit(const char *s, size_t len)
{
	return qr_text_has_digit(s, len);
}

/* The last occurrence of needle in s[0..len), or NULL. */
static const char *
last_of(const char *s, size_t len, const char *needle)
{
	size_t		 n = strlen(needle), i;

	if (len < n)
		return NULL;
	for (i = len - n + 1; i > 0; i--)
		if (memcmp(s + i - 1, needle, n) == 0)
			return s + i - 1;
	return NULL;
}

/* quire's own header line: "AUTHOR · DATE · ↳ in reply to NAME" --
 * split at the last " · ↳ in reply to ", then at the last " · ".
 * Returns the comment the reply answers, or NULL. */
static struct qr_node *
own_header(struct reader *r, struct qr_node *c, const char *s, size_t len)
{
	static const char reply[] = "\xe2\x86\xb3 in reply to ";
	static const char dreply[] = " \xc2\xb7 \xe2\x86\xb3 in reply to ";
	const char	*p, *name = NULL;
	size_t		 nl = 0;
	struct qr_node	*target = NULL;

	if ((p = last_of(s, len, dreply)) != NULL) {
		name = p + sizeof(dreply) - 1;
		nl = (size_t)(s + len - name);
		len = (size_t)(p - s);
	} else if (len >= sizeof(reply) - 1 &&
	    memcmp(s, reply, sizeof(reply) - 1) == 0) {
		name = s + sizeof(reply) - 1;
		nl = len - (sizeof(reply) - 1);
		len = 0;
	}
	if (name != NULL) {
		if (nl > 1 && name[0] == '#') {
			size_t	k;
			unsigned long v = 0;

			for (k = 1; k < nl && name[k] >= '0' && name[k] <= '9'; k++)
				v = v * 10 + (unsigned long)(name[k] - '0');
			if (k == nl && v >= 1 && v <= r->nord)
				target = r->ordinals[v - 1];
		}
		if (target == NULL)
			target = name_get(r, name, nl);
	}
	if (len >= 2 && memcmp(s, "\xc2\xb7", 2) == 0) {
		/* "· DATE": no author */
		for (p = s + 2; p < s + len && *p == ' '; p++)
			continue;
		if (p < s + len)
			c->as.comment.date = qr_doc_strndup(r->doc, p,
			    (size_t)(s + len - p));
	} else if ((p = last_of(s, len, " \xc2\xb7 ")) != NULL &&
	    has_digit(p + 4, (size_t)(s + len - p - 4))) {
		c->as.comment.author = qr_doc_strndup(r->doc, s,
		    (size_t)(p - s));
		c->as.comment.date = qr_doc_strndup(r->doc, p + 4,
		    (size_t)(s + len - p - 4));
	} else if (len > 0)
		c->as.comment.author = qr_doc_strndup(r->doc, s, len);
	return target;
}

/* Move comment "c" (just opened, no replies) under "parent". */
static int
reparent(struct reader *r, struct qr_node *c, struct qr_node *parent,
    unsigned lineno)
{
	qr_node_unlink(c);
	if (!qr_node_append(r->doc, parent, c)) {
		qr_error_set(r->err, QR_ERR_TOO_DEEP, lineno,
		    "line %u: replies nested deeper than %u levels "
		    "(see --max-depth)", lineno, r->doc->max_depth);
		r->failed = 1;
		return 0;
	}
	return 1;
}

static const struct tline *next_line(struct reader *, size_t);
static int quote_header(struct reader *, const struct tline *);

/* A short "NAME said:" line that only names who is quoted (a name
 * alone before the says word: not a sentence that ends "… beschrieb:"). */
static int
quote_by(struct reader *r, const struct tline *l)
{
	struct tattr a;

	return l->mark == TM_NONE && l->len <= 48 && quote_header(r, l) &&
	    qr_text_attr(l->s, l->len, r->doc->date, &a) == TA_AUTHOR &&
	    a.author == l->s && qr_text_name_line(a.author, a.alen);
}

/* Is the marker line "i" a comment? */
static int
comment_marker(struct reader *r, size_t i)
{
	const struct tline	*l = &r->tl.v[i];
	struct tattr		 a;

	if (l->mark == TM_NONE)
		return 0;
	if (r->own)
		return l->mark == TM_NUM ||
		    (l->mark == TM_BULLET && l->bullet == 5);	/* • */
	/* "o" or a number continuing the paragraph above it */
	if (i > 0 && !tl_blank(&r->tl.v[i - 1]) &&
	    r->tl.v[i - 1].mark == TM_NONE &&
	    r->tl.v[i - 1].indent == l->indent &&
	    (l->mark == TM_NUM || l->bullet == 2))
		return 0;
	/* "6. Juni 2015 um 10:23": a date, not a list */
	if (l->mark == TM_NUM &&
	    qr_text_attr(l->rest, l->rlen, NULL, &a) != TA_AUTHOR &&
	    qr_text_attr(l->s, l->len, NULL, &a) == TA_DATE)
		return 0;
	/* an empty bullet item, then a blank line and the page going on
	 * left of it (a theme's empty list item between comments; lynx's
	 * bare reply bullet has its text right under it) */
	if (l->mark == TM_BULLET && l->rlen == 0 && i + 1 < r->tl.n &&
	    tl_blank(&r->tl.v[i + 1])) {
		const struct tline *n = next_line(r, i), *n2;

		/* (lynx: Slash's subject at the margin, its score under
		 * it: the comment's header) */
		if (n != NULL && n->indent < l->indent &&
		    !((n2 = next_line(r, (size_t)(n - r->tl.v))) != NULL &&
		    slash_score(n2)))
			return 0;
	}
	/* a meta list item: "+ Antworten", "• Reply", "□ [avatar]" */
	if (l->mark == TM_BULLET && l->rlen > 0 &&
	    !(l->rest[0] == '[' && l->rest[l->rlen - 1] == ']') &&
	    qr_text_noise(l->rest, l->rlen))
		return 0;
	return 1;
}

/* The next non-blank line after "i" (within 2 lines), or NULL. */
static const struct tline *
next_line(struct reader *r, size_t i)
{
	size_t j;

	for (j = i + 1; j < r->tl.n && j <= i + 3; j++)
		if (!tl_blank(&r->tl.v[j]))
			return &r->tl.v[j];
	return NULL;
}

/* html2text's heading "*** NAME ***" (stars on both ends, as many,
 * two at least) in *s[0..*n): its text, less the spaces inside the
 * stars, in *s, *n; else left alone. */
static void
star_text(const char **s, size_t *n)
{
	const char	*p = *s;
	size_t		 len = *n, k, t;

	if (len < 7 || p[0] != '*')
		return;
	for (k = 0; k < len && p[k] == '*'; k++)
		continue;
	for (t = 0; t < len && p[len - 1 - t] == '*'; t++)
		continue;
	if (k < 2 || t != k || len < 2 * k + 3 || p[k] != ' ' ||
	    p[len - k - 1] != ' ')
		return;
	/* "** NAME  12_years_ago  **", "***   NAME    #  ***" */
	for (p += k, len -= 2 * k; len > 0 && *p == ' '; p++, len--)
		continue;
	while (len > 0 && p[len - 1] == ' ')
		len--;
	if (len > 0) {
		*s = p;
		*n = len;
	}
}

/* star_text() of a line without a list marker: the heading's text in
 * *s, *n; else the line's own. */
static void
unstar(const struct tline *l, const char **s, size_t *n)
{
	*s = l->s;
	*n = l->len;
	if (l->mark == TM_NONE)
		star_text(s, n);
}

/* "#3.1" on a comment's header lines (line "i" or the next): the
 * number is the comment's; with a dot, the comment answers the one
 * numbered before the last dot ("#3") when it was seen.  0 when the
 * reply nests too deep. */
static int
numbered_reply(struct reader *r, struct qr_node *c, size_t i)
{
	const struct tline	*ls[2];
	struct qr_node		*p;
	size_t			 k, w, par;

	ls[0] = &r->tl.v[i];
	ls[1] = next_line(r, i);
	for (k = 0; k < 2; k++) {
		const struct tline *l = ls[k];

		if (l == NULL || l->mark != TM_NONE || l->len < 2 ||
		    l->s[0] != '#' ||
		    (w = qr_text_comment_number(l->s, l->len, &par)) == 0)
			continue;
		name_put(r, qr_doc_strndup(r->doc, l->s, w), c);
		if (par > 0 && (p = name_get(r, l->s, par)) != NULL &&
		    p != c && c->parent != p)
			return reparent(r, c, p, l->lineno);
		return 1;
	}
	return 1;
}

/* Does line "i" (no marker) open a comment by itself: "NAME says:",
 * "NAME DATE", or a name alone over a date line, when the open comment
 * (if any) already has text? */
static int
attribution_starts(struct reader *r, size_t i)
{
	const struct tline	*l = &r->tl.v[i], *nx;
	struct open		*o = top(r);
	struct tattr		 a, b;
	enum tattr_kind		 k;
	const char		*s;
	size_t			 n;

	if (o != NULL && o->header)
		return 0;
	k = qr_text_attr(l->s, l->len, r->doc->date, &a);
	if (k == TA_AUTHOR && !a.has_date && a.alen > 0 && o != NULL &&
	    (o->node->first != NULL || (r->para.owner == o->node &&
	    r->para.text.len > 0)) && o->dated &&
	    (nx = next_line(r, i)) != NULL &&
	    qr_text_attr(nx->s, nx->len, r->doc->date, &b) == TA_NONE)
		return 0;	/* "tobias said:" over a quotation, in a
				 * comment whose header had its date */
	if (k == TA_AUTHOR)
		return 1;
	unstar(l, &s, &n);
	if (k != TA_NONE)
		return 0;
	/* html2text's heading "** NAME  12_years_ago **" */
	if (s != l->s && qr_text_attr(s, n, r->doc->date, &a) == TA_AUTHOR &&
	    a.alen > 0 && a.has_date)
		return 1;
	s += qr_text_name_label(s, n, &n);	/* "Comment from: NAME" */
	if (!qr_text_name_line(s, n) || (nx = next_line(r, i)) == NULL)
		return 0;
	k = qr_text_attr(nx->s, nx->len, r->doc->date, &b);
	if (k == TA_AUTHOR && !b.has_date && b.alen == n &&
	    memcmp(b.author, s, n) == 0)
		return 1;		/* "NAME" over "NAME says:" */
	return k == TA_DATE || (k == TA_AUTHOR && b.has_date);
}

/* The rest of a header wrapped anywhere before its date: a short line
 * that ends in a whole date with a time ("[NAME] 於 2016/09/28 17:18",
 * "Cora] on 2013/12/29 20:27"). */
static int
date_tail(struct reader *r, const struct tline *n)
{
	struct tattr	a;
	enum tattr_kind	k;

	if (n->len > 40)
		return 0;
	k = qr_text_attr(n->s, n->len, r->doc->date, &a);
	return (k == TA_DATE || k == TA_AUTHOR) && a.has_date &&
	    isdigit((unsigned char)n->s[n->len - 1]) &&
	    memchr(n->s, ':', n->len) != NULL;
}

/* The item at marker line "i" is an attribution wrapped onto the next
 * line (html2text breaks "… 於 2013/12/" "28 10:42"): fill "a" and
 * return 1. */
static int
wrapped_attr(struct reader *r, size_t i, struct tattr *a)
{
	const struct tline	*l = &r->tl.v[i], *n;
	struct qr_buf		 b = {0};
	enum tattr_kind		 k;

	if (i + 1 >= r->tl.n || l->rlen < 40)
		return 0;
	n = &r->tl.v[i + 1];
	if (tl_blank(n) || n->mark != TM_NONE || n->indent <= l->indent ||
	    n->indent > l->rcol ||
	    n->len > 40)
		return 0;
	/* cut inside the date: the line ends in a digit or a separator;
	 * or before it: the line ends in the word that leads a date
	 * ("… 於" "2013/12/28 21:29", "… on" "May 3, 2014") */
	if (!isdigit((unsigned char)l->rest[l->rlen - 1]) &&
	    l->rest[l->rlen - 1] != '/' && l->rest[l->rlen - 1] != '-' &&
	    !(l->rlen > 4 && memcmp(l->rest + l->rlen - 4, " \xe6\x96\xbc",
	    4) == 0) &&
	    !(l->rlen > 3 && l->rest[l->rlen - 3] == ' ' &&
	    islower((unsigned char)l->rest[l->rlen - 2]) &&
	    islower((unsigned char)l->rest[l->rlen - 1])) &&
	    !date_tail(r, n))
		return 0;
	if (qr_text_attr(l->rest, l->rlen, r->doc->date, a) != TA_NONE)
		return 0;
	qr_buf_put(&b, l->rest, l->rlen);
	if (l->rest[l->rlen - 1] != '/' && l->rest[l->rlen - 1] != '-' &&
	    l->rest[l->rlen - 1] != '.')
		qr_buf_putc(&b, ' ');
	qr_buf_put(&b, n->s, n->len);
	k = qr_text_attr(b.data, b.len, r->doc->date, a);
	if (k == TA_AUTHOR && a->alen > 0) {
		/* the name points into b: keep it in the document */
		a->author = qr_doc_strndup(r->doc, a->author, a->alen);
	}
	qr_buf_free(&b);
	return k == TA_AUTHOR || (k == TA_DATE && a->has_date);
}

/* Is the item at line "i" a header item: an attribution and nothing
 * else ("#1 NAME 於 2013/12/28 10:28", "NAME says:")? */
static int
header_item(struct reader *r, const struct tline *l)
{
	struct tattr		a;
	enum tattr_kind		k;

	k = qr_text_attr(l->rest, l->rlen, r->doc->date, &a);
	return k == TA_AUTHOR || (k == TA_DATE && a.has_date) ||
	    wrapped_attr(r, (size_t)(l - r->tl.v), &a);
}

/* A comment drawn as a run of sibling list items: an item that is only
 * its attribution, then items for its name, its text, and an answer
 * that ends with its own attribution line.  Takes the bullet item at
 * line "i" when it goes on such a run; returns 1 then. */
static int
item_run(struct reader *r, size_t i, size_t to)
{
	const struct tline	*l = &r->tl.v[i];
	struct open		*o = top(r);
	size_t			 j, last = i;
	struct tattr		 a;
	struct qr_node		*c;

	if (o == NULL)
		return 0;
	if (r->gnode == NULL || r->depth < r->gdepth ||
	    r->stack[r->gdepth - 1].node != r->gnode) {
		/* a run starts after a header item with nothing under it */
		r->gnode = NULL;
		if (!o->marker || !o->attr || !o->header ||
		    o->node->first != NULL || o->mcol != l->indent ||
		    (r->para.owner != NULL && r->para.text.len > 0))
			return 0;
		/* ... and goes on with its name item: one line, a name */
		if (header_item(r, l) || l->rlen == 0 ||
		    !qr_text_name_line(l->rest, l->rlen) ||
		    (i + 1 < to && !tl_blank(&r->tl.v[i + 1]) &&
		    r->tl.v[i + 1].indent > l->indent))
			return 0;
		r->gnode = o->node;
		r->gdepth = r->depth;
		r->gcol = l->indent;
		r->gname = 0;
	}
	if (l->indent != r->gcol || header_item(r, l))
		return 0;
	para_flush(r);
	pop_to(r, r->gdepth);
	o = top(r);
	for (j = i + 1; j < to; j++) {
		if (tl_blank(&r->tl.v[j]))
			continue;
		if (r->tl.v[j].indent <= l->indent)
			break;
		last = j;
	}
	if (last > i && qr_text_attr(r->tl.v[last].s, r->tl.v[last].len,
	    r->doc->date, &a) == TA_AUTHOR && a.alen > 0 && a.has_date) {
		/* an answer, signed at its end */
		if ((c = open_comment(r, r->gnode, l->lineno)) == NULL)
			return 1;
		push(r, c, l->indent, l->rlen > 0 ? l->rcol : -1);
		r->sig = last;
		if (l->rlen > 0)
			comment_text(r, top(r), l->rest, l->rlen, l->rcol,
			    l->lineno, NULL);
		return 1;
	}
	if (l->rlen == 0)
		return 1;		/* "•" */
	if (l->rest[0] == '[' && l->rest[l->rlen - 1] == ']') {
		r->gname = 1;		/* "[NAME]": the name item */
		return 1;
	}
	if (!r->gname && last == i && r->gnode->first == NULL &&
	    qr_text_name_line(l->rest, l->rlen)) {
		/* the name item */
		r->gname = 1;
		if (r->gnode->as.comment.author == NULL)
			r->gnode->as.comment.author = qr_doc_strndup(r->doc,
			    l->rest, l->rlen);
		return 1;
	}
	r->gname = 1;
	o->header = 0;
	comment_text(r, o, l->rest, l->rlen, l->rcol, l->lineno, NULL);
	return 1;
}

/* A reply drawn inside its thread's list item (django-comments-xtd:
 * one item per thread, its replies' headers at the item's text column):
 * a full header ("DATE - NAME", "NAME DATE") after a button line
 * ("Reply"), in a list item whose comment has its author and text,
 * opens a reply to that comment.  Returns 1 when it took line "i". */
static int
inner_reply(struct reader *r, size_t i)
{
	const struct tline	*l = &r->tl.v[i];
	struct open		*o = top(r), *it;
	struct qr_node		*c;
	struct tattr		 a;
	size_t			 d, j;

	if (r->own || o == NULL || o->header || !o->attr)
		return 0;
	/* the item's comment: the deepest opened by a marker */
	for (d = r->depth; d > 0 && !r->stack[d - 1].marker; d--)
		continue;
	if (d == 0)
		return 0;
	it = &r->stack[d - 1];
	if (l->indent <= it->mcol || it->node->as.comment.author == NULL ||
	    it->node->first == NULL)
		return 0;
	/* after a button line */
	for (j = i; j > 0 && tl_blank(&r->tl.v[j - 1]); j--)
		continue;
	if (j == 0 || r->tl.v[j - 1].mark != TM_NONE ||
	    !qr_text_noise(r->tl.v[j - 1].s, r->tl.v[j - 1].len))
		return 0;
	if (qr_text_attr(l->s, l->len, r->doc->date, &a) != TA_AUTHOR ||
	    a.alen == 0 || !a.has_date)
		return 0;
	para_flush(r);
	pop_to(r, d);
	it = &r->stack[d - 1];
	if ((c = open_comment(r, it->node, l->lineno)) == NULL)
		return 1;
	push(r, c, it->mcol, -1);
	top(r)->marker = 0;
	top(r)->hline = l->lineno;
	comment_text(r, top(r), l->s, l->len, l->indent, l->lineno,
	    next_line(r, i));
	return 1;
}

/* An item that is only its header ("* NAME, on DATE"), its text under
 * it after a blank line but left of the marker, up to its "Reply" or
 * the next item at the marker's column (Serendipity): is line "i" (no
 * marker, not right of the open comment's marker) that text?  Then the
 * comment keeps it (its text column is the line's). */
static int
left_text(struct reader *r, size_t i, size_t to)
{
	const struct tline	*l = &r->tl.v[i];
	struct open		*o = top(r);
	size_t			 j;

	if (r->own || o == NULL || !o->marker || l->indent > o->mcol)
		return 0;
	if (o->left)
		return l->indent == o->tcol && !attribution_starts(r, i);
	if (!o->header || !o->attr || o->node->first != NULL ||
	    r->para.owner != NULL || i == 0 || !tl_blank(&r->tl.v[i - 1]))
		return 0;
	for (j = i; j < to && j < i + 200; j++) {
		const struct tline *n = &r->tl.v[j];

		if (tl_blank(n))
			continue;
		if (n->mark != TM_NONE)
			break;
		if (n->indent < l->indent)
			return 0;
		if (n->indent == l->indent && qr_text_noise(n->s, n->len))
			break;
	}
	if (j == to || j == i + 200 || (r->tl.v[j].mark != TM_NONE &&
	    r->tl.v[j].indent != o->mcol))
		return 0;
	o->tcol = l->indent;
	o->left = 1;
	return 1;
}

/* lynx draws a quotation in a list item at the page's margin, left of
 * the item's marker ("     Direct sun …" under "     * davek"): is line
 * "i" (no marker, after a blank line, left of the open comment's
 * marker, which has text) such a block, or a line of the block?  It is
 * when after it comes a list item no further left than the comment's
 * marker (its sibling or its reply), or a button line at the comment's
 * text column: nothing there closes the comment.  (Text at the
 * comment's column after it is the comment's own, drawn with the
 * quotation: read as before.) */
static int
stray_quote(struct reader *r, size_t i, size_t to)
{
	const struct tline	*l = &r->tl.v[i];
	struct open		*o = top(r);
	size_t			 j;
	int			 head;

	if (r->own || o == NULL || !o->marker || o->header ||
	    o->node->first == NULL || o->tcol < 0 || l->indent > o->mcol)
		return 0;
	if (i < r->stray_end)
		return 1;
	/* indented, as lynx draws a quotation; words, not markup (nor a
	 * header of the next comment, unless the block ends back in this
	 * one: "tobias said:" over the quotation) */
	if (i == 0 || !tl_blank(&r->tl.v[i - 1]) || l->indent < 2 ||
	    l->s[0] == '[' || qr_text_noise(l->s, l->len))
		return 0;
	head = attribution_starts(r, i);
	for (j = i + 1; j < to && j < i + 12; j++) {
		const struct tline *n = &r->tl.v[j];

		if (tl_blank(n))
			continue;
		if (n->mark == TM_NONE && n->indent == l->indent)
			continue;
		if ((n->mark != TM_NONE && n->indent >= o->mcol && !head &&
		    comment_marker(r, j)) || (n->mark == TM_NONE &&
		    n->indent == o->tcol && qr_text_noise(n->s, n->len))) {
			r->stray_end = j;
			return 1;
		}
		return 0;
	}
	return 0;
}

/* Build the thread from lines [from, to). */
/* Is the bullet item "l" the text of the open comment, drawn as the
 * item after its header item ("* NAME 发表于 DATE 回复", "* TEXT"): the
 * same column and bullet, the header seen, no text yet, no header on
 * it? */
static int
header_sibling(struct reader *r, const struct tline *l)
{
	struct open		*o = top(r);
	const struct tline	*h;
	struct tattr		 a;
	size_t			 w;

	if (o == NULL || !o->marker || !o->attr || !o->header ||
	    o->node->first != NULL || r->para.owner == o->node ||
	    l->indent != o->mcol || l->rlen == 0 || o->hline == 0 ||
	    o->hline + 1 != l->lineno)
		return 0;
	/* the header right above: "NAME DATE BUTTON" */
	h = &r->tl.v[l->lineno - 2];
	if (h->lineno != o->hline || h->mark != TM_BULLET ||
	    h->bullet != l->bullet || h->rlen < 4)
		return 0;
	for (w = h->rlen; w > 0 && h->rest[w - 1] != ' '; w--)
		continue;
	if (w == 0 || !qr_text_noise(h->rest + w, h->rlen - w) ||
	    qr_text_attr(h->rest, w - 1, r->doc->date, &a) != TA_AUTHOR ||
	    !a.has_date || a.alen == 0)
		return 0;
	return qr_text_attr(l->rest, l->rlen, r->doc->date, &a) == TA_NONE;
}

static void
build_thread(struct reader *r, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to && !r->failed; i++) {
		const struct tline	*l = &r->tl.v[i];
		struct open		*o;
		struct tattr		 a;
		int			 cm = -1;	/* comment_marker() */

		if (tl_blank(l)) {
			para_flush(r);
			r->nq = 0;
			continue;
		}
		if (i == r->sig && (o = top(r)) != NULL) {
			/* "NAME 於 DATE 回覆" under an answer: its author */
			para_flush(r);
			(void)qr_text_attr(l->s, l->len, r->doc->date, &a);
			set_attr(r, o->node, &a);
			o->attr = 1;
			continue;
		}
		if (l->mark != TM_NONE && l->rlen > 0 && !r->own &&
		    !(cm = comment_marker(r, i)) &&
		    qr_text_noise(l->rest, l->rlen)) {
			para_flush(r);		/* "+ Antworten" */
			continue;
		}
		if (!r->own && l->mark == TM_BULLET && (o = top(r)) != NULL &&
		    o->marker && o->header && o->node->first == NULL &&
		    l->indent > o->mcol) {
			/* a meta list of the open comment, before its text:
			 * "□ Antworten", "□ NAME", "□ DATE", "□" */
			para_flush(r);
			if (l->rlen > 0)
				comment_text(r, o, l->rest, l->rlen, l->rcol,
				    l->lineno, next_line(r, i));
			continue;
		}
		if (!r->own && l->mark == TM_BULLET && item_run(r, i, to))
			continue;
		if (!r->own && l->mark == TM_BULLET && header_sibling(r, l)) {
			/* the open comment's text as the item after its
			 * header, at the header's column (Z-Blog) */
			comment_text(r, top(r), l->rest, l->rlen, l->rcol,
			    l->lineno, next_line(r, i));
			continue;
		}
		/* (once a line: nothing above changes what it reads) */
		if (cm < 0)
			cm = comment_marker(r, i);
		if (cm) {
			struct qr_node	*parent, *c, *target = NULL;

			para_flush(r);
			r->gnode = NULL;
			if (r->depth > 0 && !r->stack[0].marker)
				pop_to(r, 0);	/* comments opened by attribution */
			while ((o = top(r)) != NULL && o->mcol >= l->indent)
				pop_to(r, r->depth - 1);
			parent = o != NULL ? o->node : r->doc->thread;
			if ((c = open_comment(r, parent, l->lineno)) == NULL)
				return;
			push(r, c, l->indent, l->rlen > 0 ? l->rcol : -1);
			top(r)->hline = l->lineno;
			if (r->own) {
				/* a wrapped header goes on at the text column
				 * + 2, right under the marker line */
				struct qr_buf	 h = {0};
				int		 space = 1;

				qr_buf_put(&h, l->rest, l->rlen);
				while (i + 1 < to && !tl_blank(&r->tl.v[i + 1]) &&
				    r->tl.v[i + 1].indent == l->rcol + 2) {
					i++;
					qr_buf_putc(&h, ' ');
					space = 1;
					qr_buf_put_collapsed(&h, r->tl.v[i].s,
					    r->tl.v[i].len, &space);
				}
				target = own_header(r, c, h.len ? h.data : "",
				    h.len);
				qr_buf_free(&h);
				if (target != NULL && target != parent &&
				    !reparent(r, c, target, l->lineno))
					return;
				name_put(r, c->as.comment.author, c);
				top(r)->tcol = -1;
			} else if (l->rlen > 0 && wrapped_attr(r, i, &a)) {
				set_attr(r, c, &a);
				top(r)->attr = 1;
				r->marked = 1;
				i++;
			} else if (l->rlen > 0)
				comment_text(r, top(r), l->rest, l->rlen,
				    l->rcol, l->lineno, next_line(r, i));
			continue;
		}
		o = top(r);
		if (o != NULL && o->header && o->tcol < 0 &&
		    o->node->first == NULL && !r->own) {
			/* lynx: the number alone, the text on the next lines
			 * (even left of the number) */
		} else if (left_text(r, i, to)) {
			/* the text of a header item, left of its marker */
		} else if (stray_quote(r, i, to)) {
			/* a quotation lynx drew at the margin: indented
			 * text of the comment */
			if (o->dated && quote_by(r, l)) {
				para_flush(r);
				continue;
			}
			comment_text(r, o, l->s, l->len, o->tcol + 4,
			    l->lineno, next_line(r, i));
			continue;
		} else {
			while ((o = top(r)) != NULL && l->indent <= o->mcol)
				pop_to(r, r->depth - 1);
		}
		if (!r->own && (!r->marked || top(r) == NULL) &&
		    attribution_starts(r, i)) {
			/* no markers: a comment starts at its attribution
			 * (threading shown only by CSS is not in the dump) */
			struct qr_node *c;

			para_flush(r);
			pop_to(r, 0);
			if ((c = open_comment(r, r->doc->thread,
			    l->lineno)) == NULL)
				return;
			push(r, c, -1, -1);
			top(r)->hline = l->lineno;
			if (!numbered_reply(r, c, i))
				return;
			{
				const char	*s;
				size_t		 n;

				unstar(l, &s, &n);
				comment_text(r, top(r), s, n, l->indent,
				    l->lineno, next_line(r, i));
			}
			continue;
		}
		if (o == NULL) {
			para_flush(r);		/* between comments: not text */
			continue;
		}
		if (inner_reply(r, i))
			continue;
		if (!r->own && !o->header && o->dated && quote_by(r, l)) {
			para_flush(r);	/* "NAME said:" over a quotation */
			continue;
		}
		comment_text(r, o, l->s, l->len, l->indent, l->lineno,
		    next_line(r, i));
	}
	para_flush(r);
	pop_to(r, 0);
}

/* ## Body */

static void
build_body(struct reader *r, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		const struct tline *l = &r->tl.v[i];

		if (tl_blank(l)) {
			para_flush(r);
			continue;
		}
		if (is_break(l)) {
			para_flush(r);
			qr_add_block(r->doc, r->doc->body, QR_BREAK);
			continue;
		}
		/* "Heading" over a "-----" or "=====" underline */
		if (i + 1 < to && (is_rule(&r->tl.v[i + 1], '-') ||
		    is_rule(&r->tl.v[i + 1], '=')) &&
		    (r->para.owner == NULL || r->para.text.len == 0)) {
			struct qr_node *h;

			para_flush(r);
			h = qr_add_block(r->doc, r->doc->body, QR_HEADING);
			h->as.level = r->tl.v[i + 1].s[0] == '=' ? 1 : 2;
			h->line = l->lineno;
			qr_add_text(r->doc, h, l->s, l->len);
			i++;
			continue;
		}
		para_add(r, r->doc->body, l->s, l->len, 0, 0, l->lineno);
	}
	para_flush(r);
}

/* ## Finding the parts */

/* quire's own output: title lines, then a "=" rule as wide as the widest
 * (at least 3); a document without a title starts with "===".  Returns
 * the rule's line index + 1, or 0. */
static size_t
own_signature(const struct tlines *tl)
{
	size_t	i;
	int	w = 0;

	for (i = 0; i < tl->n && i < 64; i++) {
		const struct tline *l = &tl->v[i];

		if (tl_blank(l))
			return 0;
		if (l->indent == 0 && is_rule(l, '='))
			return (int)l->len == (w > 3 ? w : 3) ? i + 1 : 0;
		if (qr_text_width(l->raw, (size_t)(l->s - l->raw) + l->len) > w)
			w = qr_text_width(l->raw, (size_t)(l->s - l->raw) +
			    l->len);
	}
	return 0;
}

static void
read_own(struct reader *r, size_t rule)
{
	struct tlines	*tl = &r->tl;
	struct qr_buf	 t = {0};
	size_t		 i, start, cstart = tl->n, cend = tl->n;
	int		 space = 1;

	/* the title: its lines joined with one space (a line may start
	 * with an NBSP of the title's own) */
	for (i = 0; i < rule; i++) {
		if (i > 0)
			qr_buf_putc(&t, ' ');
		space = 1;
		qr_buf_put_collapsed(&t, tl->v[i].raw,
		    (size_t)(tl->v[i].s - tl->v[i].raw) + tl->v[i].len, &space);
	}
	if (rule > 0)
		r->doc->title = qr_doc_strndup(r->doc, t.data, t.len);
	qr_buf_clear(&t);
	/* the metadata, directly under the rule: "AUTHOR · DATE" (its
	 * wrapped lines start with two spaces) and the URL */
	i = rule + 1;
	while (i < tl->n && !tl_blank(&tl->v[i])) {
		const struct tline	*l = &tl->v[i];
		const char		*p;

		if (l->indent == 0 && memchr(l->s, ' ', l->len) == NULL &&
		    last_of(l->s, l->len, "://") != NULL) {
			r->doc->url = qr_doc_strndup(r->doc, l->s, l->len);
			i++;
			continue;
		}
		qr_buf_clear(&t);
		space = 1;
		qr_buf_put_collapsed(&t, l->s, l->len, &space);
		while (i + 1 < tl->n && !tl_blank(&tl->v[i + 1]) &&
		    tl->v[i + 1].indent == 2) {
			i++;
			qr_buf_putc(&t, ' ');
			space = 1;
			qr_buf_put_collapsed(&t, tl->v[i].s, tl->v[i].len,
			    &space);
		}
		i++;
		if (t.len >= 2 && memcmp(t.data, "\xc2\xb7", 2) == 0) {
			for (p = t.data + 2; p < t.data + t.len && *p == ' '; p++)
				continue;
			r->doc->date = qr_doc_strndup(r->doc, p,
			    (size_t)(t.data + t.len - p));
		} else if ((p = last_of(t.data, t.len, " \xc2\xb7 ")) != NULL &&
		    has_digit(p + 4, (size_t)(t.data + t.len - p - 4))) {
			r->doc->author = qr_doc_strndup(r->doc, t.data,
			    (size_t)(p - t.data));
			r->doc->date = qr_doc_strndup(r->doc, p + 4,
			    (size_t)(t.data + t.len - p - 4));
		} else if (t.len > 0)
			r->doc->author = qr_doc_strndup(r->doc, t.data, t.len);
	}
	qr_buf_free(&t);
	start = i;
	/* the thread: the last "Comments" over "--------", a blank line,
	 * then " 1. " or "Comments are closed." */
	for (i = start; i + 3 < tl->n; i++)
		if (tl->v[i].indent == 0 && tl->v[i].len == 8 &&
		    memcmp(tl->v[i].s, "Comments", 8) == 0 &&
		    is_rule(&tl->v[i + 1], '-') && tl->v[i + 1].len == 8 &&
		    tl_blank(&tl->v[i + 2]) &&
		    ((tl->v[i + 3].mark == TM_NUM && tl->v[i + 3].num == 1) ||
		    (tl->v[i + 3].len == 20 && memcmp(tl->v[i + 3].s,
		    "Comments are closed.", 20) == 0)))
			cstart = i;
	if (cstart < tl->n) {
		for (i = tl->n; i > cstart + 2; i--)
			if (!tl_blank(&tl->v[i - 1]))
				break;
		if (i > cstart + 2 && tl->v[i - 1].indent == 0 &&
		    tl->v[i - 1].len == 20 &&
		    memcmp(tl->v[i - 1].s, "Comments are closed.", 20) == 0) {
			r->doc->comments_closed = 1;
			cend = i - 1;
		}
	} else {
		/* no thread: maybe only the closing line */
		for (i = tl->n; i > start; i--)
			if (!tl_blank(&tl->v[i - 1]))
				break;
		if (i > start && tl->v[i - 1].len == 20 &&
		    memcmp(tl->v[i - 1].s, "Comments are closed.", 20) == 0) {
			r->doc->comments_closed = 1;
			cstart = i - 1;
		}
	}
	build_body(r, start, cstart);
	if (cstart + 2 <= cend)
		build_thread(r, cstart + 2, cend);
}

/* The line that ends the thread started at "from", or tl->n. */
static size_t
thread_end_scan(struct reader *r, size_t from)
{
	size_t	i;
	int	marks = 0;

	for (i = from; i < r->tl.n; i++) {
		const struct tline	*l = &r->tl.v[i];
		int			 e;

		struct tattr		 a;

		if (l->mark != TM_NONE)
			marks = 1;
		if (tl_blank(l) || l->mark != TM_NONE)
			continue;
		if ((e = qr_text_thread_end(l->s, l->len)) != 0) {
			if (e == 2)
				r->doc->comments_closed = 1;
			if (!marks && e != 3)
				continue;	/* a form above the thread */
			return i;
		}
		if (!marks && qr_text_attr(l->s, l->len, NULL, &a) == TA_AUTHOR)
			marks = 1;
	}
	return r->tl.n;
}

/* thread_end_scan(), remembered: read_dump() asks for the same line up
 * to three times, and each answer costs a scan to the end of the dump. */
static size_t
thread_end(struct reader *r, size_t from)
{
	int closed = r->doc->comments_closed;

	if (r->te_from != from + 1) {
		r->doc->comments_closed = 0;
		r->te_at = thread_end_scan(r, from);
		r->te_closed = r->doc->comments_closed;
		r->te_from = from + 1;
	}
	r->doc->comments_closed = closed || r->te_closed;
	return r->te_at;
}

/* Attribution lines in [from, to) (the first 80 lines): evidence that
 * a list is a comment thread.  *anchored counts those on a list
 * marker's line or in the two lines after it. */
static int
evidence(struct reader *r, size_t from, size_t to, int *anchored)
{
	size_t		i, lastmark = (size_t)-1;
	int		n = 0;
	struct tattr	a;

	*anchored = 0;
	for (i = from; i < to && i < from + 80; i++) {
		const struct tline *l = &r->tl.v[i];
		enum tattr_kind k;

		if (tl_blank(l))
			continue;
		if (l->mark != TM_NONE)
			lastmark = i;
		k = l->mark != TM_NONE ?
		    qr_text_attr(l->rest, l->rlen, NULL, &a) :
		    qr_text_attr(l->s, l->len, NULL, &a);
		if (k == TA_AUTHOR || k == TA_DATE) {
			n++;
			if (lastmark != (size_t)-1 && i <= lastmark + 2)
				(*anchored)++;
		}
	}
	return n;
}

/* In html2text's words_joined_by_underscores, the underscores of code
 * stay: a CONSTANT_NAME, a function_name( called.  They are marked
 * \001 in s[0..len) (html2text_fix() turns the mark back into '_'). */
static void
code_underscores(char *s, size_t len)
{
	size_t	b, e, i, u, up, paren;
	int	ok;

	for (b = 0; b < len; b = e + 1) {
		for (e = b; e < len && s[e] != ' '; e++)
			continue;
		if (memchr(s + b, '_', e - b) == NULL)
			continue;
		/* (STR_CONST1, -> STR_CONST1 */
		for (i = b; i < e && strchr("([\"'", s[i]) != NULL; i++)
			continue;
		ok = 0;
		for (u = up = 0, paren = i; paren < e; paren++) {
			unsigned char c = (unsigned char)s[paren];

			if (c == '_')
				u++;
			else if (c >= 'A' && c <= 'Z')
				up++;
			else if (!isdigit(c) && !(c >= 'a' && c <= 'z') &&
			    c != '.')
				break;
		}
		if (paren < e && s[paren] == '(' && paren > i && u > 0 &&
		    isalnum((unsigned char)s[paren - 1]) && s[i] != '_')
			ok = 1;		/* function_name( */
		else if (u > 0 && up >= 2 && s[i] != '_') {
			size_t j;

			/* CONSTANT_NAME: capitals, digits, underscores */
			for (j = i; j < paren && s[j] != '.' &&
			    !(s[j] >= 'a' && s[j] <= 'z'); j++)
				continue;
			ok = j == paren && s[paren - 1] != '_' &&
			    (paren == e || strchr(",.;:)]\"'!?", s[paren]) != NULL);
		}
		if (ok)
			for (; i < paren; i++)
				if (s[i] == '_')
					s[i] = '\001';
	}
}

/* html2text draws headings "***** Title *****", links and underlines
 * as words_joined_by_underscores, and (without -utf8) characters as
 * "&#x201c;".  In such a dump, underscores become spaces again,
 * character references characters and padding NBSPs spaces.  The text
 * is ours to change. */
static void
html2text_fix(struct reader *r)
{
	size_t	i, heads = 0, refs = 0, j;

	for (i = 0; i < r->tl.n; i++) {
		const struct tline *l = &r->tl.v[i];

		if (l->len > 10 && l->s[0] == '*' &&	/* (most: not '*') */
		    memcmp(l->s, "*** ", 4) != 0 &&
		    strncmp(l->s, "****", 4) == 0 && l->s[l->len - 1] == '*' &&
		    l->s[l->len - 2] == '*')
			heads++;
	}
	if (heads == 0)
		return;
	for (i = 0; i < r->tl.n; i++) {
		struct tline	*l = &r->tl.v[i];
		char		*p = (char *)l->s, *w = p;
		size_t		 k;

		if (memchr(p, '_', l->len) != NULL &&
		    memchr(p, '\001', l->len) == NULL)
			code_underscores(p, l->len);
		for (k = 0; k < l->len; ) {
			unsigned long	 cp = 0;
			char		*e;

			if (p[k] == '&' && k + 3 < l->len && p[k + 1] == '#') {
				if (p[k + 2] == 'x' || p[k + 2] == 'X')
					cp = strtoul(p + k + 3, &e, 16);
				else
					cp = strtoul(p + k + 2, &e, 10);
				/* no control character (C0, DEL, C1) and
				 * no U+FFFE/U+FFFF: the model holds none */
				if (e < p + l->len && *e == ';' && cp >= 0x20 &&
				    (cp < 0x7f || cp > 0x9f) && cp != 0xfffe &&
				    cp != 0xffff &&
				    cp < 0x110000 && (cp < 0xd800 ||
				    cp > 0xdfff) && (size_t)(e + 1 - (p + k)) >= 4) {
					struct qr_buf b = {0};

					qr_buf_put_utf8(&b, cp);
					memcpy(w, b.data, b.len);
					w += b.len;
					qr_buf_free(&b);
					k = (size_t)(e + 1 - p);
					refs++;
					continue;
				}
			}
			/* an NBSP at a line's start or after a space pads
			 * (a button's "  \u00a0Like  \u00a0Comment"): a space */
			if ((unsigned char)p[k] == 0xc2 && k + 1 < l->len &&
			    (unsigned char)p[k + 1] == 0xa0 &&
			    (w == p || w[-1] == ' ')) {
				*w++ = ' ';
				k += 2;
				continue;
			}
			*w++ = p[k] == '_' ? ' ' : p[k] == '\001' ? '_' : p[k];
			k++;
		}
		l->len = (size_t)(w - p);
		qr_tline_reclassify(l);
	}
	(void)refs;
	(void)j;
}

/*
 * Comments as a flat run of lines without markers or blank lines (a
 * Disqus <noscript> list): a name alone on its line, then the comment's
 * text, hard-wrapped.  Where a paragraph ends is read from the wrap: a
 * line ends one when the next line's first word would have fitted on
 * it.  The section is the first block of lines (up to a blank line)
 * from "from".  Returns 1 when the block reads as names and texts
 * (at least three names, few stray paragraphs) and builds the thread.
 */
/* A name (flat_names()) that can only stand alone: up to four words,
 * a third of the wrap width, starting with a letter. */
static int
short_name(const struct tline *q, int wrap)
{
	size_t	i, words = 1;

	if (q->len == 0 || !(isalpha((unsigned char)q->s[0]) ||
	    (unsigned char)q->s[0] >= 0x80) ||
	    qr_text_width(q->s, q->len) * 3 > wrap ||
	    !qr_text_name_line(q->s, q->len))
		return 0;
	for (i = 0; i < q->len; i++)
		if (q->s[i] == ' ')
			words++;
	return words <= 4;
}

static int
flat_names(struct reader *r, size_t from, size_t to)
{
	struct tlines	*tl = &r->tl;
	size_t		 b, e, j, k, n, runs = 0, names = 0, stray = 0;
	size_t		 count[257] = {0};
	int		 wrap = 0, pass, want_name;
	struct qr_node	*c = NULL;

	for (b = from; b < to && tl_blank(&tl->v[b]); b++)
		continue;
	for (e = b; e < to && !tl_blank(&tl->v[e]) &&
	    tl->v[e].mark == TM_NONE && tl->v[e].indent == tl->v[b].indent;
	    e++) {
		int w = qr_text_width(tl->v[e].s, tl->v[e].len);

		/* html2text's "***** Heading *****" ends it */
		if (tl->v[e].len > 4 && strncmp(tl->v[e].s, "** ", 3) != 0 &&
		    strncmp(tl->v[e].s, "**", 2) == 0 &&
		    tl->v[e].s[tl->v[e].len - 1] == '*')
			break;

		count[w < 256 ? w : 256]++;
	}
	if (e - b < 6)
		return 0;
	/* the wrap width: the 95th percentile of the line widths */
	for (n = 0, k = 0; k < 257; k++)
		if ((n += count[k]) * 100 >= (e - b) * 95) {
			wrap = (int)k;
			break;
		}
	for (pass = 0; pass < 2; pass++) {
		want_name = 1;
		for (j = b; j < e; j = k) {
			/* the run [j, k): lines up to a paragraph end */
			for (k = j + 1; k < e; k++) {
				const struct tline	*p = &tl->v[k - 1], *q = &tl->v[k];
				size_t			 w = 0;

				int			 pw = qr_text_width(p->s, p->len);

				while (w < q->len && q->s[w] != ' ')
					w++;
				if (pw + 1 + qr_text_width(q->s, w) <= wrap)
					break;
				/* a line too wide, or one word (a long URL),
				 * tells nothing: a name after it starts a
				 * comment (after one word, a name of words:
				 * one word may be the URL's broken end) */
				if ((pw > wrap || (memchr(p->s, ' ', p->len) ==
				    NULL && memchr(q->s, ' ', q->len) != NULL)) &&
				    k + 1 < e && qr_text_name_line(q->s, q->len))
					break;
				/* a short name between two long lines: the
				 * next comment's, though its first word would
				 * not have fitted on the line above */
				if (k + 1 < e && short_name(q, wrap) &&
				    qr_text_width(tl->v[k + 1].s,
				    tl->v[k + 1].len) * 3 >= wrap * 2)
					break;
			}
			if (pass == 0)
				runs++;
			if (want_name && k == j + 1 &&
			    qr_text_name_line(tl->v[j].s, tl->v[j].len) &&
			    k < e) {
				want_name = 0;
				if (pass == 0) {
					names++;
					continue;
				}
				if ((c = open_comment(r, r->doc->thread,
				    tl->v[j].lineno)) == NULL)
					return 1;
				c->as.comment.author = qr_doc_strndup(r->doc,
				    tl->v[j].s, tl->v[j].len);
				continue;
			}
			if (want_name)
				stray++;
			want_name = 1;
			if (pass == 0 || c == NULL)
				continue;
			for (n = j; n < k; n++)
				para_add(r, c, tl->v[n].s, tl->v[n].len, 0, 0,
				    tl->v[n].lineno);
			para_flush(r);
		}
		if (pass == 0 && (names < 3 || stray * 4 > names))
			return 0;
	}
	(void)runs;
	return 1;
}

/*
 * A forum thread: posts numbered "#661", "#662", … (alone on a line or
 * as a list item, after the post's date).  Each number opens a comment;
 * its text is what follows, up to the next number.  On a thread's
 * first page post #1 is the post itself.  post_numbers() returns "to"
 * when lines [from, to) hold no run of three consecutive numbers, else
 * the line of the run's first number (and builds the thread when
 * "build").
 */
/* "#2 2014-03-04 11:40:00" (FluxBB's post heading; html2text's
 * "***** #2 … *****"): a post's number and its date on one line.
 * The number, else -1; *date (may be NULL) gets the date. */
static long
dated_number_at(const struct tline *l, struct tattr *date)
{
	const char	*s;
	size_t		 n, i;
	long		 v = 0;
	struct tattr	 a;

	unstar(l, &s, &n);
	if (n < 10 || s[0] != '#' || !isdigit((unsigned char)s[1]))
		return -1;
	for (i = 1; i < n && i < 7 && isdigit((unsigned char)s[i]); i++)
		v = v * 10 + (s[i] - '0');
	if (i + 1 >= n || s[i] != ' ' || !isdigit((unsigned char)s[i + 1]))
		return -1;		/* (a date in figures) */
	if (qr_text_attr(s + i + 1, n - i - 1, NULL, &a) != TA_DATE ||
	    !a.has_date || a.date[0] == '\0')
		return -1;
	if (date != NULL)
		*date = a;
	return v;
}

static long
dated_number(const struct tline *l)
{
	return dated_number_at(l, NULL);
}

/* A post's header "DATE #N by NAME" (Kunena: "12 years 8 months ago
 * #2 by holloway"): N, else -1; *name, *nlen: the name, *date: the
 * date line's reading (each when not NULL).  (Not inlined: the lines
 * of text that post_number() sees do not pay for its frame.) */
static long __attribute__((noinline))
by_number(const char *s, size_t n, const char **name, size_t *nlen,
    struct tattr *date)
{
	const char	*h = n > 12 ? memchr(s + 1, '#', n - 1) : NULL;
	size_t		 at, i;
	long		 v = 0;
	struct tattr	 a;

	if (h == NULL || h[-1] != ' ')
		return -1;
	at = (size_t)(h - s);
	for (i = at + 1; i < n && i < at + 7 && isdigit((unsigned char)s[i]);
	    i++)
		v = v * 10 + (s[i] - '0');
	if (i == at + 1 || i + 5 > n || memcmp(s + i, " by ", 4) != 0 ||
	    qr_text_attr(s, at - 1, NULL, &a) != TA_DATE)
		return -1;
	if (name != NULL) {
		*name = s + i + 4;
		*nlen = n - i - 4;
	}
	if (date != NULL)
		*date = a;
	return v;
}

/* A list item "DATE #N" (vBulletin 4's post header: "2. 03-04-2014,
 * 11:40 AM #2"): N, else -1. */
static long __attribute__((noinline))
item_number(const struct tline *l)
{
	const char	*s = l->rest;
	size_t		 n = l->rlen, i;
	long		 v = 0, m = 1;
	struct tattr	 a;

	if (n < 10 || !isdigit((unsigned char)s[n - 1]))
		return -1;
	for (i = n; i > 0 && n - i < 6 && isdigit((unsigned char)s[i - 1]);
	    i--, m *= 10)
		v += (s[i - 1] - '0') * m;
	if (i < 3 || s[i - 1] != '#' || s[i - 2] != ' ')
		return -1;
	for (i -= 2; i > 0 && s[i - 1] == ' '; i--)
		continue;
	if (qr_text_attr(s, i, NULL, &a) != TA_DATE)
		return -1;
	return v;
}

static long
post_number(const struct tline *l)
{
	const char	*s = l->mark == TM_BULLET ? l->rest : l->s;
	size_t		 n = l->mark == TM_BULLET ? l->rlen : l->len, i;
	long		 v = 0;

	if (l->mark == TM_NUM)
		return item_number(l);
	/* every number below starts with one of these (most lines: none) */
	if (n == 0 || !(s[0] == '#' || s[0] == '*' || s[0] == '+' ||
	    (s[0] >= '0' && s[0] <= '9')))
		return -1;
	while (n > 2 && (s[0] == '*' || s[0] == '+') && s[1] == ' ')
		s += 2, n -= 2;		/* links: "* * #2" */
	if (n > 8 && (s[0] == '#' || s[0] == '*') && l->mark == TM_NONE)
		return dated_number(l);
	/* (dates in figures: the test is cheap on the lines of text) */
	if (n > 12 && l->mark == TM_NONE && s[0] >= '0' && s[0] <= '9')
		return by_number(s, n, NULL, NULL, NULL);
	if (n < 2 || n > 8 || s[0] != '#')
		return -1;
	for (i = 1; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* A forum quote's header, "NAME said:", "NAME hat gesagt.:" (the
 * quoted text under it is the post's, the header is not). */
static int
quote_header(struct reader *r, const struct tline *l)
{
	struct tattr	a;
	const char	*s = l->mark != TM_NONE ? l->rest : l->s;
	size_t		 n = l->mark != TM_NONE ? l->rlen : l->len;

	return n > 1 && s[n - 1] == ':' &&
	    qr_text_attr(s, n, r->doc->date, &a) == TA_AUTHOR &&
	    a.alen > 0 && !a.has_date;
}

/* A poster's profile over a post's number (MyBB: "NAME Offline",
 * "Junior Member", "*", "Posts: 12", ... then "#2"): is line "i", after
 * a button or a blank line, the first of such a block?  Short lines,
 * two to ten, right up to the number.  Returns the number's line, 0 if
 * not. */
static size_t
profile_block(struct reader *r, size_t i, size_t to)
{
	struct tlines	*tl = &r->tl;
	size_t		 j;

	if (i == 0 || !(tl_blank(&tl->v[i - 1]) ||
	    qr_text_noise(tl->v[i - 1].s, tl->v[i - 1].len)) ||
	    post_number(&tl->v[i - 1]) >= 0 ||
	    tl_blank(&tl->v[i]) || qr_text_noise(tl->v[i].s, tl->v[i].len))
		return 0;
	/* (no sentence: a short post's text ends in '.', '?' or '!') */
	for (j = i; j < to && j < i + 11; j++) {
		const struct tline *l = &tl->v[j];

		if (tl_blank(l) || l->len > 40 || l->s[l->len - 1] == '.' ||
		    l->s[l->len - 1] == '?' || l->s[l->len - 1] == '!')
			return 0;
		if (post_number(l) >= 0)
			return j >= i + 2 ? j : 0;
	}
	return 0;
}

/* The poster's name on a profile's first line, with the poster's
 * status: "NAME Offline", "NAME Online" (else no name: a profile's
 * lines may be anything). */
static void
profile_name(struct reader *r, struct qr_node *c, const struct tline *l)
{
	size_t	n = l->len;

	if (n > 8 && strncmp(l->s + n - 8, " Offline", 8) == 0)
		n -= 8;
	else if (n > 7 && strncmp(l->s + n - 7, " Online", 7) == 0)
		n -= 7;
	else
		return;
	if (memchr(l->s, ' ', n) == NULL && qr_text_name_line(l->s, n) &&
	    !qr_text_noise(l->s, n))
		c->as.comment.author = qr_doc_strndup(r->doc, l->s, n);
}

static void	line_text(const struct tline *, const char **, size_t *);

/* The poster's pane over a post's number (Invision: the name, its
 * avatar's "[NAME]", the join date, the name again, "Members", a
 * count, then "#3"): short lines up to the number at line "num" (after
 * "from"), one of them a name that stands there twice or more.
 * Returns the pane's first line (*name, *nlen: the name), else num. */
static size_t
name_pane(struct reader *r, size_t from, size_t num, const char **name,
    size_t *nlen)
{
	struct tlines	*tl = &r->tl;
	const char	*seen[8], *s;
	size_t		 seenlen[8], ns = 0, i, j, k, n, start = num;

	for (i = num; i > from && num - i < 16; i--) {
		const struct tline *l = &tl->v[i - 1];

		if (tl_blank(l)) {
			continue;
		}
		if (l->len > 40 || l->s[l->len - 1] == '.' ||
		    l->s[l->len - 1] == '?' || l->s[l->len - 1] == '!' ||
		    l->s[l->len - 1] == ':' || post_number(l) >= 0)
			break;
		start = i - 1;
	}
	/* (not the last line of a wrapped paragraph: "… nur einfaches" /
	 * "draufgekloppe :(") */
	if (i > from && start == i && start < num &&
	    tl->v[i - 1].len > 40)
		for (start++; start < num && tl_blank(&tl->v[start]); start++)
			continue;
	for (i = start; i < num; i++) {
		const struct tline *l = &tl->v[i];

		if (tl_blank(l))
			continue;
		line_text(l, &s, &n);
		if (l->mark == TM_NONE)
			unstar(l, &s, &n);
		if (n > 2 && s[0] == '[' && s[n - 1] == ']')
			s++, n -= 2;		/* the avatar's "[NAME]" */
		if (n == 0 || !qr_text_name_line(s, n) || qr_text_noise(s, n))
			continue;
		for (j = 0; j < ns; j++)
			if (seenlen[j] == n && memcmp(seen[j], s, n) == 0) {
				*name = s;
				*nlen = n;
				/* back to the pane's first line */
				for (k = start; k < num && tl_blank(&tl->v[k]);
				    k++)
					continue;
				return k;
			}
		if (ns < 8) {
			seen[ns] = s;
			seenlen[ns++] = n;
		}
	}
	return num;
}

/* "Re: TITLE" (html2text: "**** Re: TITLE ****"): a forum reply's
 * subject over its text. */
static int
reply_subject(const struct tline *l)
{
	const char	*s;
	size_t		 n;

	if (l->mark != TM_NONE)
		return 0;
	unstar(l, &s, &n);
	return n > 4 && (s[0] == 'R' || s[0] == 'r') &&
	    (s[1] == 'e' || s[1] == 'E') && s[2] == ':' && s[3] == ' ';
}

/* The poster's name over its profile, right under a post's number
 * (FluxBB: "holloway", then further right "Member", "Registered: …",
 * "Posts: 38"): the comment at "c" gets the name.  Returns the line
 * after the profile, else "i". */
static size_t
poster_lines(struct reader *r, struct qr_node *c, size_t i, size_t to)
{
	struct tlines	*tl = &r->tl;
	const struct tline *l;
	struct tattr	 a;
	size_t		 j, k;

	for (j = i; j < to && tl_blank(&tl->v[j]); j++)
		continue;
	if (j + 1 >= to || (l = &tl->v[j])->mark != TM_NONE ||
	    l->len > 40 || tl->v[j + 1].mark != TM_NONE ||
	    tl->v[j + 1].indent < l->indent + 2 || tl_blank(&tl->v[j + 1]))
		return i;
	for (k = j + 1; k < to && k < j + 8 && !tl_blank(&tl->v[k]) &&
	    tl->v[k].indent >= l->indent + 2; k++)
		continue;
	if (k == j + 8 || !qr_text_name_line(l->s, l->len) ||
	    qr_text_attr(l->s, l->len, r->doc->date, &a) != TA_NONE)
		return i;
	if (c->as.comment.author == NULL)
		c->as.comment.author = qr_doc_strndup(r->doc, l->s, l->len);
	return k;
}

/* "NAME is offline" ("[NAME is offline]": html2text) */
static int
is_offline(const struct tline *l, const char *nm, size_t n)
{
	const char	*s = l->s;
	size_t		 len = l->len;

	if (len > 2 && s[0] == '[' && s[len - 1] == ']')
		s++, len -= 2;
	return len > n + 1 && memcmp(s, nm, n) == 0 && s[n] == ' ' &&
	    (strncmp(s + n + 1, "is offline", len - n - 1) == 0 ||
	    strncmp(s + n + 1, "is online", len - n - 1) == 0);
}

/* The poster's profile under a post's number (vBulletin 4: the name,
 * its menu, "NAME is offline", the rank, "Join Date", "Posts" and
 * their values, then "Re: SUBJECT" over the text): the comment "c"
 * gets the name.  Returns the line where the text starts (after the
 * subject, else after the post count), "i" when it is no such
 * profile. */
static size_t
offline_poster(struct reader *r, struct qr_node *c, size_t i, size_t to)
{
	struct tlines	*tl = &r->tl;
	const struct tline *l;
	size_t		 j, k, end = 0;

	for (j = i; j < to && tl_blank(&tl->v[j]); j++)
		continue;
	if (j >= to || (l = &tl->v[j])->mark != TM_NONE || l->len > 40 ||
	    !qr_text_name_line(l->s, l->len))
		return i;
	for (k = j + 1; k < to && k < j + 8 && !is_offline(&tl->v[k], l->s,
	    l->len); k++)
		continue;
	if (k == to || k == j + 8)
		return i;
	for (k++; k < to && k < j + 20 && post_number(&tl->v[k]) < 0; k++) {
		const struct tline *q = &tl->v[k];
		size_t d;

		if (reply_subject(q)) {
			end = k + 1;
			break;
		}
		for (d = 0; d < q->len && (isdigit((unsigned char)q->s[d]) ||
		    q->s[d] == ',' || q->s[d] == '.'); d++)
			continue;
		if (q->len > 0 && d == q->len)
			end = k + 1;	/* the post count */
	}
	if (end == 0)
		return i;
	if (c->as.comment.author == NULL)
		c->as.comment.author = qr_doc_strndup(r->doc, l->s, l->len);
	return end;
}

/* The poster and date of a post's "DATE #N by NAME" line (by_number())
 * on comment "c" (before a name from the pane over it): 1 if read. */
static int
by_poster(struct reader *r, struct qr_node *c, const struct tline *l)
{
	const char	*nm;
	size_t		 nl;
	struct tattr	 da;

	if (by_number(l->s, l->len, &nm, &nl, &da) < 0 ||
	    !qr_text_name_line(nm, nl))
		return 0;
	c->as.comment.author = qr_doc_strndup(r->doc, nm, nl);
	set_attr(r, c, &da);
	return 1;
}

/* "NAME replied the topic: Re: TITLE", "NAME created the topic: TITLE"
 * (Kunena) right under a post's "DATE #N by NAME": the poster's name,
 * a few words, a colon and the subject. */
static int
poster_topic(const char *nm, size_t n, const struct tline *l)
{
	const char *colon;

	if (n == 0 || l->mark != TM_NONE || l->len <= n + 4 ||
	    memcmp(l->s, nm, n) != 0 || l->s[n] != ' ')
		return 0;
	colon = memchr(l->s + n, ':', l->len - n);
	return colon != NULL && colon - (l->s + n) < 32;
}

static int	hrule(const struct tline *);

/* vBulletin's quote header "Quote Originally Posted by NAME View Post"
 * (html2text: "[Quote] ... [View_Post]"): its "Originally Posted by
 * NAME" is the post's text, the icon's and the link's words are not
 * (*s, *n: the line, narrowed in place). */
static void
posted_by(const char **s, size_t *n)
{
	static const char	ob[] = "Originally Posted by ";
	const char		*p = *s;
	size_t			 len = *n, w;

	if (len < 30 || (p[0] != 'Q' && p[0] != '['))
		return;
	w = p[0] == 'Q' ? 6 : 8;
	if (memcmp(p, p[0] == 'Q' ? "Quote " : "[Quote] ", w) != 0 ||
	    len < w + sizeof(ob) || memcmp(p + w, ob, sizeof(ob) - 1) != 0)
		return;
	p += w, len -= w;
	if (len > 10 + sizeof(ob) && memcmp(p + len - 10, " View Post", 10) == 0)
		len -= 10;
	else if (len > 12 + sizeof(ob) &&
	    memcmp(p + len - 12, " [View_Post]", 12) == 0)
		len -= 12;
	*s = p;
	*n = len;
}

static size_t
post_numbers(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, first = tl->n;
	long		 v, next = -1, run = 0;
	struct qr_node	*c = NULL;
	const struct tline *profile = NULL;
	int		 dated = 1, quoting = 0;
	size_t		 pane = to, pane_num = to, plen = 0, clen, j, pk;
	const char	*pname = NULL, *cname, *tname = NULL;
	size_t		 tlen = 0;

	for (i = from; i < to; i++) {
		if (tl_blank(&tl->v[i]) || (v = post_number(&tl->v[i])) < 0)
			continue;
		if (v == next) {
			run++;
		} else {
			run = 1;
			first = i;
		}
		next = v + 1;
		if (run >= 3)
			break;
	}
	if (run < 3)
		return to;
	if (!build)
		return first;
	for (i = first; i < to; i++) {
		const struct tline *l = &tl->v[i];
		size_t		    pn;

		if (tl_blank(l)) {
			if (quoting == 2)
				quoting = 0;	/* the quotation's end */
			para_flush(r);
			continue;
		}
		if (i == pane) {
			/* the next post's poster, not this post's text */
			para_flush(r);
			i = pane_num - 1;
			continue;
		}
		if ((v = post_number(l)) >= 0) {
			para_flush(r);
			quoting = 0;
			/* this post's poster from the pane over its number;
			 * the pane over the next number */
			cname = pane_num == i ? pname : NULL;
			clen = plen;
			for (j = i + 1; j < to && (tl_blank(&tl->v[j]) ||
			    post_number(&tl->v[j]) < 0); j++)
				continue;
			pname = NULL;
			pane = pane_num = to;
			if (j < to && (pk = name_pane(r, i + 1, j, &pname,
			    &plen)) < j) {
				pane = pk;
				pane_num = j;
			}
			c = NULL;
			if (l->mark != TM_NONE || by_number(l->s, l->len,
			    &tname, &tlen, NULL) < 0)
				tname = NULL;
			if (v == 1) {
				c = r->doc->body;	/* the thread's own post */
				dated = 1;
				continue;
			}
			if ((c = open_comment(r, r->doc->thread,
			    l->lineno)) == NULL)
				return first;
			if (profile != NULL)
				profile_name(r, c, profile);
			profile = NULL;
			if (cname != NULL && c->as.comment.author == NULL)
				c->as.comment.author = qr_doc_strndup(r->doc,
				    cname, clen);
			dated = 0;
			if (l->mark == TM_NONE && l->len > 8) {
				struct tattr da;

				if (dated_number_at(l, &da) >= 0) {
					set_attr(r, c, &da);
					dated = 1;
				} else
					dated = by_poster(r, c, l);
			}
			if ((pk = poster_lines(r, c, i + 1, to)) > i + 1 ||
			    (l->mark == TM_NUM &&
			    (pk = offline_poster(r, c, i + 1, to)) > i + 1))
				i = pk - 1;	/* (the profile's end) */
			continue;
		}
		if (tname != NULL) {
			/* the line under "DATE #N by NAME" */
			int topic = poster_topic(tname, tlen, l);

			tname = NULL;
			if (topic)
				continue;
		}
		if (c != NULL && c != r->doc->body && c->first == NULL &&
		    r->para.owner != c && reply_subject(l))
			continue;	/* "Re: TITLE" over a reply */
		if ((pn = profile_block(r, i, to)) > 0) {
			/* the next post's poster, not this post's text */
			para_flush(r);
			profile = l;
			i = pn - 1;
			continue;
		}
		if (c == NULL)
			continue;
		if (c != r->doc->body && !dated && c->first == NULL &&
		    r->para.owner != c) {
			/* the post's date, right under its number */
			struct tattr a;

			dated = 1;
			if (l->mark == TM_NONE && qr_text_attr(l->s, l->len,
			    r->doc->date, &a) == TA_DATE) {
				set_attr(r, c, &a);
				continue;
			}
		}
		if (c != r->doc->body && quote_header(r, l)) {
			/* "NAME said:" over the quote it opens (at the
			 * post's start or after its first words) */
			para_flush(r);
			quoting = 1;
			continue;
		}
		{
			/* the next post's date and links are not text */
			struct tattr	a;
			enum tattr_kind	k = l->mark != TM_NONE ?
			    qr_text_attr(l->rest, l->rlen, r->doc->date, &a) :
			    qr_text_attr(l->s, l->len, r->doc->date, &a);

			if (k == TA_DATE || k == TA_NOISE ||
			    (l->mark != TM_NONE && l->rlen == 0) ||
			    hrule(l) || box_rule(l)) {
				para_flush(r);
				continue;
			}
		}
		{
			const char	*qs = l->s;
			size_t		 qn = l->len;

			posted_by(&qs, &qn);
			para_add(r, c, qs, qn, quoting != 0, 0, l->lineno);
		}
		if (quoting)
			quoting = 2;
	}
	para_flush(r);
	return first;
}

/*
 * Forum posts headed "Post by NAME » DATE" (phpBB 3's prosilver: the
 * icon's "Post" glued to "by" in w3m and links, "[Post]by" in
 * html2text), each post's text under its header up to the "Top" link
 * or the rule under the post; what stands between (the next poster's
 * profile, the subject, the buttons) is not text.  The first post is
 * the thread's own when its subject is no "Re: ...".  byline_posts()
 * returns "to" when lines [from, to) hold fewer than three such
 * headers, else the first's line (and builds the thread when "build").
 */
static void	post_body(struct reader *, size_t, size_t);

static int __attribute__((noinline))
byline_post(const struct tline *l, const char **name, size_t *nlen,
    struct tattr *date)
{
	const char	*s = l->s, *g, *b;
	size_t		 n = l->len, k;

	if (l->mark != TM_NONE || n < 16)
		return 0;
	/* "by " after one short word (most lines fail here, cheaply) */
	for (k = 1; k < 10 && !(s[k] == 'b' && s[k + 1] == 'y' &&
	    s[k + 2] == ' '); k++)
		continue;
	if (k == 10 ||
	    (g = memchr(s + 4, 0xbb, n < 68 ? n - 4 : 64)) == NULL ||
	    (unsigned char)g[-1] != 0xc2 || g[-2] != ' ' || g + 2 >= s + n ||
	    g[1] != ' ')
		return 0;
	k = (size_t)(g - 2 - s);	/* the name's end */
	b = last_of(s, k, "by ");
	if (b == NULL || (b > s && b[-1] != ' ' && b[-1] != ']' &&
	    b[-1] != 't') || (size_t)(b + 3 - s) >= k)
		return 0;
	*name = b + 3;
	*nlen = k - (size_t)(b + 3 - s);
	return qr_text_name_line(*name, *nlen) &&
	    qr_text_attr(g + 2, n - (size_t)(g + 2 - s), NULL, date) == TA_DATE;
}

/* "tobias wrote:Direct sun ..." (phpBB's quote: the cite glued to the
 * quoted text): the length of "NAME wrote:", else 0. */
static size_t
glued_cite(const char *s, size_t n)
{
	const char	*w = n > 8 ? last_of(s, n < 48 ? n : 48, " wrote:") : NULL;
	size_t		 e;

	if (w == NULL || w == s)
		return 0;
	e = (size_t)(w - s) + 7;
	return e < n && s[e] != ' ' && qr_text_name_line(s, (size_t)(w - s)) ?
	    e : 0;
}

static size_t
byline_posts(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, j, first = to, found = 0, nl;
	const char	*nm;
	struct tattr	 da;
	struct qr_node	*c = NULL;
	int		 on = 0, quoting = 0;

	for (i = from; i < to && found < 3; i++) {
		const struct tline *l = &tl->v[i];
		unsigned char	    e;

		/* a date's end: a figure, "am", "pm" (the cheap test) */
		if (l->len < 16 || l->mark != TM_NONE)
			continue;
		e = (unsigned char)l->s[l->len - 1];
		if (!((e >= '0' && e <= '9') || ((e == 'm' || e == 'M') &&
		    l->s[l->len - 3] == ' ')))
			continue;
		if (byline_post(l, &nm, &nl, &da) && found++ == 0)
			first = i;
	}
	if (found < 3 || !build)
		return found < 3 ? to : first;
	/* the first post's subject: the line over its buttons */
	for (j = first; j > from && first - j < 8; j--) {
		const struct tline *l = &tl->v[j - 1];
		const char	*s;
		size_t		 n;

		if (tl_blank(l) || l->mark != TM_NONE ||
		    qr_text_noise(l->s, l->len))
			continue;
		unstar(l, &s, &n);
		if (!(n > 4 && (s[0] == 'R' || s[0] == 'r') && s[1] == 'e' &&
		    s[2] == ':' && (s[3] == ' ' || s[3] == '_')))
			c = r->doc->body;	/* the thread's own post */
		break;
	}
	if (c == NULL)
		post_body(r, from - 1, first);
	for (i = first; i < to; i++) {
		const struct tline *l = &tl->v[i];
		size_t		    q;

		if (tl_blank(l)) {
			para_flush(r);
			quoting = 0;
			continue;
		}
		if (byline_post(l, &nm, &nl, &da)) {
			quoting = 0;
			para_flush(r);
			if (i > first || c == NULL) {
				if ((c = open_comment(r, r->doc->thread,
				    l->lineno)) == NULL)
					return first;
				c->as.comment.author = qr_doc_strndup(r->doc,
				    nm, nl);
				set_attr(r, c, &da);
			}
			on = 1;
			continue;
		}
		if (!on)
			continue;
		if (hrule(l) || box_rule(l) || is_rule(l, '=') ||
		    (l->mark == TM_NONE && l->len == 3 &&
		    memcmp(l->s, "Top", 3) == 0)) {
			para_flush(r);
			on = 0;		/* the post's end */
			continue;
		}
		if (qr_text_noise(l->s, l->len))
			continue;
		if ((q = glued_cite(l->s, l->len)) > 0) {
			para_flush(r);
			para_add(r, c, l->s + q, l->len - q, 1, 0, l->lineno);
			quoting = 1;	/* to the next blank line */
			continue;
		}
		if (quoting && l->indent < tl->v[i - 1].indent) {
			para_flush(r);
			quoting = 0;
		}
		para_add(r, c, l->s, l->len, quoting, 0, l->lineno);
	}
	para_flush(r);
	return first;
}

/*
 * Posts drawn as numbered list items that each end with a horizontal
 * rule (html2text draws a forum's post list so: "  3. [avatar]", the
 * name, a meta list, a status line, the post's text further right,
 * then "=====" under it; the items between are empty).  Each ruled
 * item is a comment; its text is what stands right of the item's own
 * text column, after its meta list.  ruled_items() returns "to" when
 * lines [from, to) hold fewer than three ruled items in a row, else
 * the line of the first (and builds the thread when "build").
 */
static int
hrule(const struct tline *l)
{
	return l->len >= 20 && l->mark == TM_NONE &&
	    (is_rule(l, '=') || is_rule(l, '_') || is_rule(l, '-'));
}

/* The rule line that ends the numbered item at line "i", or 0; *end
 * is the line after the item. */
static size_t
item_rule(struct reader *r, size_t i, size_t to, size_t *end)
{
	const struct tline	*l = &r->tl.v[i];
	size_t			 j, last = 0;
	int			 rule = 0;	/* hrule() of "last" */

	for (j = i + 1; j < to; j++) {
		const struct tline *m = &r->tl.v[j];

		if (tl_blank(m))
			continue;
		if (m->indent <= l->indent || (last > 0 && rule &&
		    m->indent < r->tl.v[last].indent))
			break;		/* (the page goes on under the rule) */
		last = j;
		rule = hrule(m);
	}
	*end = j;
	return last > 0 && rule ? last : 0;
}

/* s[0..*len) without the "[alt]" images at its two ends. */
static const char *
strip_alts(const char *s, size_t *len)
{
	size_t		 n = *len;
	const char	*e;

	while (n > 2 && s[0] == '[' && (e = memchr(s, ']', n)) != NULL &&
	    (size_t)(e - s) + 1 < n) {
		n -= (size_t)(e + 1 - s);
		s = e + 1;
		while (n > 0 && *s == ' ')
			s++, n--;
	}
	while (n > 2 && s[n - 1] == ']') {
		size_t o = n - 1;

		while (o > 0 && s[o] != '[')
			o--;
		if (o == 0 || s[o] != '[' || s[o - 1] != ' ')
			break;
		for (n = o; n > 0 && s[n - 1] == ' '; n--)
			continue;
	}
	*len = n;
	return s;
}

static size_t
ruled_items(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, end, rule, first = to, run = 0, j;
	int		 col = -1;

	for (i = from; i < to; i = end) {
		const struct tline *l = &tl->v[i];

		end = i + 1;
		if (l->mark != TM_NUM)
			continue;
		rule = item_rule(r, i, to, &end);
		if (rule > 0) {
			if (col >= 0 && l->rcol == col)
				run++;
			else {
				if (run >= 3)
					break;
				run = 1;
				first = i;
				col = l->rcol;
			}
		} else if (l->rlen == 0 && end - i <= 2)
			continue;		/* an empty item between */
		else if (run >= 3)
			break;
		else {
			run = 0;
			col = -1;
		}
	}
	if (run < 3)
		return to;
	if (!build)
		return first;
	for (i = first; i < to; i = end) {
		const struct tline	*l = &tl->v[i];
		struct qr_node		*c;
		int			 tcol;

		end = i + 1;
		if (tl_blank(l))
			continue;
		if (l->mark != TM_NUM)
			break;
		if ((rule = item_rule(r, i, to, &end)) == 0) {
			if (l->rlen == 0 && end - i <= 2)
				continue;
			break;
		}
		if (l->rcol != col)
			break;
		if ((c = open_comment(r, r->doc->thread, l->lineno)) == NULL)
			return first;
		/* the text's column: its leftmost line without a marker
		 * (a bullet there is text too, "@ NAME") */
		for (tcol = -1, j = i + 1; j < rule; j++)
			if (!tl_blank(&tl->v[j]) && tl->v[j].mark == TM_NONE &&
			    tl->v[j].indent > l->rcol &&
			    (tcol < 0 || tl->v[j].indent < tcol) &&
			    !qr_text_noise(tl->v[j].s, tl->v[j].len))
				tcol = tl->v[j].indent;
		for (j = i; j < rule; j++) {
			const struct tline	*m = &tl->v[j];
			const char		*s = j == i ? m->rest : m->s;
			size_t			 n = j == i ? m->rlen : m->len;

			if (tl_blank(m)) {
				para_flush(r);
				continue;
			}
			if (j > i && m->indent > l->rcol &&
			    (m->mark == TM_NONE || m->indent >= tcol)) {
				/* the post's text */
				if (qr_text_noise(s, n)) {
					para_flush(r);
					continue;
				}
				s = strip_alts(s, &n);
				para_add(r, c, s, n, 0, 0, m->lineno);
				continue;
			}
			/* the header: the name (after an avatar) */
			if (c->as.comment.author == NULL && n > 0 &&
			    (j == i || m->mark == TM_NONE) &&
			    !(s[0] == '[' && s[n - 1] == ']') &&
			    qr_text_name_line(s, n))
				c->as.comment.author = qr_doc_strndup(r->doc,
				    s, n);
		}
		para_flush(r);
	}
	return first;
}

/*
 * Posts between rules (a forum's posts, each under an <hr>: NodeBB,
 * Flarum): a rule, then maybe the avatar's initial ("M"), a name alone
 * on its line, a blank line, the post's text (its buttons are noise),
 * up to the next rule.  Three such posts in a row make a thread; what
 * stands before the first rule is the first post, the page's own.
 * Returns the first rule's line, else "to"; builds when "build".
 */

/* A rule: "____", "----", "====" (hrule()) or w3m's "━━━━" ("─"). */
static int
post_rule(const struct tline *l)
{
	size_t i;

	if (hrule(l))
		return 1;
	if (l->len < 60 || (l->mark != TM_NONE) || l->len % 3 != 0)
		return 0;
	for (i = 0; i < l->len; i += 3)
		if ((unsigned char)l->s[i] != 0xe2 ||
		    (unsigned char)l->s[i + 1] != 0x94 ||
		    ((unsigned char)l->s[i + 2] != 0x81 &&
		    (unsigned char)l->s[i + 2] != 0x80))
			return 0;
	return 1;
}

/* The text of line "l": after its marker, if any. */
static void
line_text(const struct tline *l, const char **s, size_t *n)
{
	*s = l->mark != TM_NONE ? l->rest : l->s;
	*n = l->mark != TM_NONE ? l->rlen : l->len;
}

/* The post between rules at lines a and b: the line of its name (or of
 * "[deleted]"), 0 if the lines are not a post. */
static size_t
ruled_post(struct reader *r, size_t a, size_t b)
{
	size_t		 j, k;
	const char	*s;
	size_t		 n;

	for (j = a + 1; j < b && tl_blank(&r->tl.v[j]); j++)
		continue;
	if (j == b)
		return 0;
	line_text(&r->tl.v[j], &s, &n);
	/* the avatar's initial */
	if (n >= 1 && n <= 2 && isupper((unsigned char)s[0])) {
		for (j++; j < b && tl_blank(&r->tl.v[j]); j++)
			continue;
		if (j == b)
			return 0;
		line_text(&r->tl.v[j], &s, &n);
	}
	if (n == 0 || n > 40 || !(qr_text_name_line(s, n) ||
	    (s[0] == '[' && s[n - 1] == ']')) ||
	    (s[0] != '[' && qr_text_noise(s, n)) ||
	    memchr(s, ' ', n) != NULL)
		return 0;
	/* a blank line, then text */
	if (j + 2 >= b || !tl_blank(&r->tl.v[j + 1]))
		return 0;
	for (k = j + 2; k < b && tl_blank(&r->tl.v[k]); k++)
		continue;
	return k < b ? j : 0;
}

static size_t
ruled_posts(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, prev = to, first = to, run = 0, best = 0, bfirst = to;
	size_t		 last = to, blast = to, j, name;
	struct qr_node	*c;

	for (i = from; i < to; i++) {
		if (!post_rule(&tl->v[i]))
			continue;
		if (prev < to && ruled_post(r, prev, i) > 0) {
			if (run++ == 0)
				first = prev;
			last = i;
			if (run > best) {
				best = run;
				bfirst = first;
				blast = last;
			}
		} else
			run = 0;
		prev = i;
	}
	if (best < 3)
		return to;
	if (!build)
		return bfirst;
	for (i = bfirst; i < blast; i = j) {
		for (j = i + 1; j < blast && !post_rule(&tl->v[j]); j++)
			continue;
		if ((name = ruled_post(r, i, j)) == 0)
			continue;	/* (none in the run) */
		if ((c = open_comment(r, r->doc->thread,
		    tl->v[name].lineno)) == NULL)
			return bfirst;
		{
			const char	*s;
			size_t		 n, k;

			line_text(&tl->v[name], &s, &n);
			if (s[0] != '[')
				c->as.comment.author = qr_doc_strndup(r->doc,
				    s, n);
			for (k = name + 1; k < j; k++) {
				const struct tline *m = &tl->v[k];

				if (tl_blank(m) || qr_text_noise(m->s, m->len)) {
					para_flush(r);
					continue;
				}
				para_add(r, c, m->s, m->len, 0, 0, m->lineno);
			}
			para_flush(r);
		}
	}
	return bfirst;
}

/*
 * Comments with a footer list (Drupal's links under each comment): a
 * name alone on its line, the comment's text, then a short list whose
 * items are only buttons and the date ("* reply", "* April 5, 2018",
 * "* 6:32 PM").  Three such lists at least, each with a date item and
 * most with a button, and each text between two of them opened by a
 * name line, make a thread; it ends with the last list.  What stands
 * before the first comment's name is the post's.  footer_lists()
 * returns "to" when lines [from, to) hold no such thread, else the
 * line of the first comment's name (and builds it when "build").
 */

/* A footer line: a date, then button words ("March 4, 2014 9:12 AM
 * Like Reply"; html2text: "March_4,_2014_9:12_AM   Like Reply").
 * Returns the length of the date, 0 if the line is not so. */
static size_t
date_buttons(struct reader *r, const struct tline *l)
{
	struct tattr	a;
	size_t		n = l->len, w, words = 0;

	/* (the date needs a digit: qr_text_attr() gives a TA_DATE a
	 * date only when it read one, from digits) */
	if (l->mark != TM_NONE || n > 80 || !has_digit(l->s, n))
		return 0;
	for (;;) {
		while (n > 0 && l->s[n - 1] == ' ')
			n--;
		for (w = n; w > 0 && l->s[w - 1] != ' '; w--)
			continue;
		if (w == 0 || !qr_text_noise(l->s + w, n - w))
			break;
		words++;
		n = w;
	}
	while (n > 0 && l->s[n - 1] == ' ')
		n--;
	return words > 0 && n > 0 &&
	    qr_text_attr(l->s, n, r->doc->date, &a) == TA_DATE &&
	    a.has_date && a.date[0] != '\0' ? n : 0;
}

/* "NAME In reply to NAME" (HashOver): the length of the first name,
 * *to and *tlen the second's; 0 if the line is not so. */
static size_t
reply_to(const char *s, size_t n, const char **to, size_t *tlen)
{
	static const char key[] = " in reply to ";
	size_t	i, k = sizeof(key) - 1;

	for (i = 1; i + k < n; i++)
		if (s[i] == ' ' && strncasecmp(s + i, key, k) == 0) {
			*to = s + i + k;
			*tlen = n - i - k;
			return i;
		}
	return 0;
}

/* A footer's name line: a name alone, or "NAME In reply to NAME". */
static int
footer_name(const char *s, size_t n)
{
	const char	*t;
	size_t		 tl, k = reply_to(s, n, &t, &tl);

	if (k > 0)
		return qr_text_name_line(s, k) && qr_text_name_line(t, tl);
	return qr_text_name_line(s, n);
}

/* The length of a footer item's name: its text without a web address
 * after it (FC2 Blog's "NAME http://..."), if what is left is a name,
 * else 0. */
static size_t
footer_item_name(const char *s, size_t n)
{
	size_t j;

	for (j = n; j > 0 && s[j - 1] != ' '; j--)
		continue;
	if (j > 0 && (strncmp(s + j, "http://", 7) == 0 ||
	    strncmp(s + j, "https://", 8) == 0))
		n = j - 1;
	return n > 0 && qr_text_name_line(s, n) ? n : 0;
}

/* The footer list at line "i": its end (the line after its last
 * item), else 0; *button when an item is a button; *name the line of
 * an item that is the commenter's name right after the date item
 * (FC2 Blog: "DATE", "NAME URL", "edit"), else 0. */
static size_t
footer_at(struct reader *r, size_t i, size_t to, int *button, size_t *name)
{
	const struct tline	*l = &r->tl.v[i];
	size_t			 j;
	int			 dates = 0, after_date = 0;
	struct tattr		 a;

	*button = 0;
	*name = 0;
	if (date_buttons(r, l) > 0) {
		*button = 1;
		return i + 1;
	}
	if (l->mark != TM_BULLET)
		return 0;
	/* two items at least: the next line one too (else no list, and
	 * no need to read this one) */
	if (i + 1 >= to || r->tl.v[i + 1].mark != TM_BULLET ||
	    r->tl.v[i + 1].indent != l->indent || r->tl.v[i + 1].rlen == 0)
		return 0;
	for (j = i; j < to && j < i + 6; j++) {
		const struct tline	*m = &r->tl.v[j];
		enum tattr_kind		 k;

		if (m->mark != TM_BULLET || m->indent != l->indent ||
		    m->rlen == 0)
			break;
		k = qr_text_attr(m->rest, m->rlen, r->doc->date, &a);
		if (k == TA_DATE && a.has_date) {
			dates++;
			after_date = 2;
		} else if (k == TA_NOISE && !(m->rest[0] == '[' ||
		    isdigit((unsigned char)m->rest[0])))
			*button = 1;
		else if (after_date == 1 && *name == 0 && j > i &&
		    footer_item_name(m->rest, m->rlen) > 0)
			*name = j;
		else
			return 0;
		after_date--;
	}
	if (j - i < 2 || dates == 0 || (j < to && j == i + 6 &&
	    r->tl.v[j].mark == TM_BULLET))
		return 0;
	return j;
}

/* The name line that opens the first comment, going back from "end"
 * (its footer list) to "from": with names left of the text (lynx,
 * links), the first line left of "tcol"; else the nearest name alone
 * before a blank line, or html2text's "*** NAME ***". */
static size_t
first_name(struct reader *r, size_t from, size_t end, int ncol, int tcol)
{
	size_t		 j;
	const char	*s;
	size_t		 n;

	for (j = end; j > from && j + 200 > end; j--) {
		const struct tline *l = &r->tl.v[j - 1];

		if (tl_blank(l))
			continue;
		unstar(l, &s, &n);
		if (ncol < tcol) {
			if (l->indent >= tcol)
				continue;
			return l->indent == ncol && l->mark == TM_NONE &&
			    qr_text_name_line(s, n) ? j - 1 : r->tl.n;
		}
		if (l->mark != TM_NONE || !qr_text_name_line(s, n))
			continue;
		if (s != l->s || (j < end && tl_blank(&r->tl.v[j])))
			return j - 1;
		/* (html2text: no blank line under a name) the section's
		 * first line, right under its heading ("Showing 8
		 * Comments") */
		if (j - 1 == from && from > 0 && r->tl.v[from - 1].mark ==
		    TM_NONE && qr_text_comments_heading(r->tl.v[from - 1].s,
		    r->tl.v[from - 1].len))
			return j - 1;
	}
	return r->tl.n;
}

/* Does the first footer list from line "from" name the commenter? */
static int
footer_names(struct reader *r, size_t from)
{
	size_t	i, e, nm;
	int	button;

	for (i = from; i < r->tl.n; i++)
		if (r->tl.v[i].mark == TM_BULLET &&
		    (e = footer_at(r, i, r->tl.n, &button, &nm)) > 0)
			return nm > 0;
	return 0;
}

static size_t
footer_lists(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, e, prev = 0, first = tl->n, nf = 0, names = 0;
	size_t		 buttons = 0, stray = 0, start, last = 0, j, nm;
	int		 button, ncol = -1, tcol = -1;
	struct qr_node	*c;

	for (i = from; i < to; i = e) {
		const char	*s;
		size_t		 n;

		e = i + 1;
		/* (a line that is no list item is a footer only as a date
		 * with buttons, date_buttons(): it needs a digit) */
		if ((tl->v[i].mark != TM_BULLET && (tl->v[i].mark != TM_NONE ||
		    tl->v[i].len > 80 ||
		    !has_digit(tl->v[i].s, tl->v[i].len))) ||
		    (e = footer_at(r, i, to, &button, &nm)) == 0) {
			e = i + 1;
			continue;
		}
		buttons += button;
		if (nf++ == 0) {
			first = i;
			prev = e;
			continue;
		}
		/* the text since the last list: a name line first (maybe
		 * under its avatar's "[alt]") */
		for (j = prev; j < i && (tl_blank(&tl->v[j]) ||
		    (tl->v[j].mark == TM_NONE && tl->v[j].s[0] == '[' &&
		    qr_text_noise(tl->v[j].s, tl->v[j].len))); j++)
			continue;
		if (j < i) {
			unstar(&tl->v[j], &s, &n);
			if (tl->v[j].mark == TM_NONE && footer_name(s, n) &&
			    j + 1 < i) {
				names++;
				if (ncol < 0) {
					size_t t;

					ncol = tl->v[j].indent;
					for (t = j + 1; t < i &&
					    tl_blank(&tl->v[t]); t++)
						continue;
					tcol = t < i ? tl->v[t].indent : ncol;
				}
			} else
				stray++;
		}
		prev = e;
		last = e;
	}
	if (nf < 3 || names < 2 || stray * 4 > names || buttons * 2 < nf)
		return to;
	/* the first comment's name */
	if ((start = first_name(r, from, first, ncol, tcol)) >= first)
		return to;
	if (!build)
		return start;
	c = NULL;
	for (i = start; i < last; i++) {
		const struct tline	*l = &tl->v[i];
		const char		*s;
		size_t			 n;

		if (tl_blank(l)) {
			para_flush(r);
			continue;
		}
		if ((l->mark == TM_BULLET || c != NULL) &&
		    (e = footer_at(r, i, last, &button, &nm)) > 0) {
			para_flush(r);
			/* the name in the footer: the line that opened the
			 * comment was its title (FC2's "No title") */
			if (c != NULL && nm > 0)
				c->as.comment.author = qr_doc_strndup(r->doc,
				    tl->v[nm].rest, footer_item_name(
				    tl->v[nm].rest, tl->v[nm].rlen));
			for (; i < e; i++) {
				struct tattr	 a;
				const char	*fs = tl->v[i].rest;
				size_t		 fn = tl->v[i].rlen;

				if (tl->v[i].mark == TM_NONE) {
					fs = tl->v[i].s;
					fn = date_buttons(r, &tl->v[i]);
				}
				if (c != NULL && qr_text_attr(fs, fn,
				    r->doc->date, &a) == TA_DATE)
					set_attr(r, c, &a);
			}
			i--;
			c = NULL;
			continue;
		}
		if (c == NULL && l->mark == TM_NONE && l->s[0] == '[' &&
		    qr_text_noise(l->s, l->len))
			continue;	/* "[avatar]" over the name */
		if (c == NULL) {
			const char	*to_name;
			size_t		 k, tn;
			struct qr_node	*p = NULL;

			unstar(l, &s, &n);
			if ((k = reply_to(s, n, &to_name, &tn)) > 0) {
				p = name_get(r, to_name, tn);
				n = k;
			}
			if ((c = open_comment(r, p != NULL ? p :
			    r->doc->thread, l->lineno)) == NULL)
				return start;
			c->as.comment.author = qr_doc_strndup(r->doc, s, n);
			name_put(r, c->as.comment.author, c);
			continue;
		}
		para_add(r, c, l->s, l->len, 0, 0, l->lineno);
	}
	para_flush(r);
	return start;
}

/*
 * No heading, no list: comments that each open with a name alone on
 * its line over a date line ("Margaret Holloway" / "March 4, 2014 9:12
 * AM").  Three such headers at least; the thread starts at the first
 * -- unless the text after it runs on four times longer than between
 * any two of the others (the post's own byline, over the post).
 * Returns that line, else tl->n.
 */
/* "NAME says:" (no date on it) over a date line, maybe under the name
 * alone (Plone: "NAME", "NAME says:", "03/04/2014 09:12"): a comment's
 * header, s[0..n) the text of line "i". */
static int
says_over_date(struct reader *r, size_t i, const char *s, size_t n)
{
	const struct tline	*l = &r->tl.v[i], *nx;
	struct tattr		 a;

	if (n == 0 || (nx = next_line(r, i)) == NULL ||
	    nx->mark != TM_NONE || nx->indent != l->indent)
		return 0;
	if (s[n - 1] != ':') {
		/* the name over "NAME says:" */
		if (!qr_text_name_line(s, n) || nx->len <= n ||
		    memcmp(nx->s, s, n) != 0 || nx->s[n] != ' ')
			return 0;
		return says_over_date(r, (size_t)(nx - r->tl.v), nx->s,
		    nx->len);
	}
	if (qr_text_attr(s, n, r->doc->date, &a) != TA_AUTHOR ||
	    a.alen == 0 || a.has_date)
		return 0;
	return qr_text_attr(nx->s, nx->len, r->doc->date, &a) == TA_DATE &&
	    a.has_date;
}

/* "NAME 12 years ago" alone on its line, the age right after the name
 * (Friendica's header): a relative date will do for name_date_at(). */
static int
relative_age(const char *s, size_t n, const struct tattr *a)
{
	size_t i = a->alen;

	while (i < n && s[i] == ' ')
		i++;
	return a->author == s && i > a->alen && i + 4 < n &&
	    s[i] >= '0' && s[i] <= '9' && (memcmp(s + n - 4, " ago", 4) == 0 ||
	    memcmp(s + n - 4, "_ago", 4) == 0);
}

static int
name_date_at(struct reader *r, size_t i)
{
	const struct tline	*l = &r->tl.v[i], *nx;
	struct tattr		 a;
	const char		*s;
	size_t			 n;

	if (l->mark != TM_NONE || tl_blank(l))
		return 0;
	/* "NAME on DATE | next [–]": a whole header on its line, text
	 * under it */
	unstar(l, &s, &n);	/* html2text: "** NAME  12_years_ago **" */
	if (n <= 80 && qr_text_attr(s, n, r->doc->date, &a) ==
	    TA_AUTHOR && a.alen > 0 && a.alen < 40 && a.has_date &&
	    (a.date[0] != '\0' || relative_age(s, n, &a)) &&
	    (nx = next_line(r, i)) != NULL &&
	    nx->mark == TM_NONE && nx->len > 48 &&
	    qr_text_attr(nx->s, nx->len, r->doc->date, &a) == TA_NONE)
		return 1;
	if (l->len > 48)
		return 0;
	if (says_over_date(r, i, s, n))
		return 1;
	if (!qr_text_name_line(s, n) ||
	    qr_text_attr(s, n, r->doc->date, &a) != TA_NONE ||
	    (nx = next_line(r, i)) == NULL || nx->mark != TM_NONE ||
	    nx->indent != l->indent)
		return 0;
	return qr_text_attr(nx->s, nx->len, r->doc->date, &a) == TA_DATE &&
	    a.has_date && a.date[0] != '\0';
}

static size_t
name_dates(struct reader *r, size_t from)
{
	size_t	i, at[4], k = 0, gap = 0;

	for (i = from; i < r->tl.n && k < 4; i++)
		if (name_date_at(r, i))
			at[k++] = i;
	if (k < 3)
		return r->tl.n;
	if (k == 4) {
		gap = at[2] - at[1] > at[3] - at[2] ? at[2] - at[1] :
		    at[3] - at[2];
		if (at[1] - at[0] > 4 * gap)
			return at[1];	/* a byline over the post */
	}
	return at[0];
}

/* A list item that is a name alone, with a date line right under it
 * ("* margaret" over "3d": Lemmy's threads drawn as nested lists). */
static int
item_name_date(struct reader *r, size_t i)
{
	const struct tline	*l = &r->tl.v[i], *nx;
	struct tattr		 a;

	if (l->mark != TM_BULLET || l->rlen == 0 ||
	    !qr_text_name_line(l->rest, l->rlen) ||
	    qr_text_attr(l->rest, l->rlen, r->doc->date, &a) != TA_NONE ||
	    i + 1 >= r->tl.n || (nx = &r->tl.v[i + 1])->mark != TM_NONE ||
	    nx->indent != l->rcol)
		return 0;
	return qr_text_attr(nx->s, nx->len, r->doc->date, &a) == TA_DATE &&
	    a.has_date;
}

/* The first of such items, when there are three at least. */
static size_t
item_names(struct reader *r, size_t from)
{
	size_t	i, first = r->tl.n, k = 0;

	for (i = from; i < r->tl.n && k < 3; i++)
		if (item_name_date(r, i) && k++ == 0)
			first = i;
	return k == 3 ? first : r->tl.n;
}

/*
 * Comments whose header is a date line over the commenter's name
 * (Hubzilla, Friendica-like streams: "Tue, 04 Mar 2014 09:12:00 +0000",
 * "NAME", the name again as its profile link, the address, then the
 * text and the buttons).  Only where no other layout was found: a
 * name-over-date thread also shows a date over the next name.
 */

/* The line of the name under a date header at line "i", else 0: a
 * full date alone on its line, right under it (past an avatar's
 * "[alt]") a name alone, at the same column. */
static size_t
date_name_at(struct reader *r, size_t i, size_t to)
{
	const struct tline	*l = &r->tl.v[i], *m;
	struct tattr		 a;
	size_t			 j = i + 1;

	/* bytes first: a date line is short and opens with a digit or
	 * a letter */
	if (l->mark != TM_NONE || l->len < 6 || l->len > 64 || j >= to ||
	    !isalnum((unsigned char)l->s[0]))
		return 0;
	if (r->tl.v[j].len > 2 && r->tl.v[j].s[0] == '[' &&
	    r->tl.v[j].mark == TM_NONE && j + 1 < to &&
	    qr_text_noise(r->tl.v[j].s, r->tl.v[j].len))
		j++;				/* "[NAME]" (avatar) */
	m = &r->tl.v[j];
	if (m->mark != TM_NONE || m->len == 0 || m->len > 48 ||
	    m->indent != l->indent || !qr_text_name_line(m->s, m->len) ||
	    qr_text_attr(m->s, m->len, r->doc->date, &a) != TA_NONE)
		return 0;
	return qr_text_attr(l->s, l->len, r->doc->date, &a) == TA_DATE &&
	    a.has_date && a.date[0] != '\0' ? j : 0;
}

/* Is line "l" the name "s[0..n)" again, as a link (html2text's
 * "Name_Surname") or as an address ("name@host", no space)? */
static int
name_again(const struct tline *l, const char *s, size_t n)
{
	size_t i;

	if (l->mark != TM_NONE || l->len == 0 || l->len > 64)
		return 0;
	if (l->len == n) {
		for (i = 0; i < n; i++)
			if (l->s[i] != s[i] && !(l->s[i] == '_' && s[i] == ' '))
				break;
		if (i == n)
			return 1;
	}
	return memchr(l->s, '@', l->len) != NULL &&
	    memchr(l->s, ' ', l->len) == NULL;
}

/* The first comment's header line from "from", else "to" (fewer than
 * three headers); the thread up to a rule or the end of the comment
 * section, built when "build".  A first header right under a rule (the
 * post's title underlined) is the post's byline. */
static size_t
date_names(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, j, k = 0, first = to, nm;
	struct qr_node	*c = NULL;

	for (i = from; i < to && k < 4; i++) {
		if (date_name_at(r, i, to) == 0)
			continue;
		if (k++ == 0) {
			for (j = i; j > from && tl_blank(&tl->v[j - 1]); j--)
				continue;
			if (j > from && post_rule(&tl->v[j - 1])) {
				k = 0;	/* the post's own byline */
				from = i + 1;
				continue;
			}
			first = i;
		}
	}
	if (k < 3 || !build)
		return k < 3 ? to : first;
	for (i = first; i < to; i++) {
		const struct tline	*l = &tl->v[i];
		struct tattr		 a;

		if (tl_blank(l)) {
			para_flush(r);
			continue;
		}
		if (post_rule(l) || (l->mark == TM_NONE &&
		    qr_text_thread_end(l->s, l->len) != 0))
			break;
		if ((nm = date_name_at(r, i, to)) > 0) {
			const struct tline *m = &tl->v[nm];

			para_flush(r);
			if ((c = open_comment(r, r->doc->thread,
			    l->lineno)) == NULL)
				return first;
			(void)qr_text_attr(l->s, l->len, r->doc->date, &a);
			set_attr(r, c, &a);
			memset(&a, 0, sizeof(a));
			a.kind = TA_AUTHOR;
			a.author = m->s;
			a.alen = m->len;
			set_attr(r, c, &a);
			for (i = nm + 1; i < to && i < nm + 3 &&
			    name_again(&tl->v[i], m->s, m->len); i++)
				continue;
			i--;
			continue;
		}
		if (c == NULL || qr_text_noise(l->s, l->len))
			continue;
		/* lines further right than the header: a quotation */
		para_add(r, c, l->s, l->len, l->indent > tl->v[first].indent,
		    0, l->lineno);
	}
	para_flush(r);
	return first;
}

/*
 * Comments as list items that each hold their date under their text
 * (Hatena Blog: "* NAME id:NAME", the text, "2014-03-04 09:12";
 * Tistory: "* NAME", "(BUTTON) 프로필열기", the text, "2014. 3. 4.
 * 09:12 답글 3", then its buttons as items, its replies as items
 * further right).  Three such items at least.  Only where no other
 * layout was found.
 */

/* The item at line "i": the line after its own lines (up to the next
 * item or what stands left of it), *date its date line; 0 if it is
 * not such an item. */
static size_t
dated_item(struct reader *r, size_t i, size_t to, size_t *date)
{
	struct tlines		*tl = &r->tl;
	const struct tline	*l = &tl->v[i];
	struct tattr		 a;
	size_t			 j, lines = 0;

	*date = 0;
	if (l->mark != TM_BULLET || l->rlen > 48)
		return 0;
	j = i + 1;
	if (l->rlen == 0 && (j + 1 >= to || tl->v[j].mark != TM_NONE ||
	    tl->v[j].indent <= l->indent || tl->v[j].len > 48))
		return 0;	/* (w3m: "•" alone, the name under it) */
	for (j += l->rlen == 0; j < to; j++) {
		const struct tline *m = &tl->v[j];

		if (tl_blank(m))
			continue;
		if (m->indent <= l->indent || m->mark == TM_BULLET)
			break;
		/* (a date may read as a numbered line: "2014. 3. 4.") */
		if (*date == 0 && m->len <= 40 &&
		    lines > 0 && qr_text_attr(m->s, m->len, r->doc->date,
		    &a) == TA_DATE && a.has_date && a.date[0] != '\0')
			*date = j;
		else if (!qr_text_noise(m->s, m->len))
			lines++;
	}
	return *date > 0 ? j : 0;
}

/* The name of an item's line: from Hatena's "id:NAME" on (after the
 * name shown, maybe glued to it), else the line less its "[alt]". */
static void
item_author(const struct tline *l, const char **s, size_t *n)
{
	size_t k;

	*s = l->rest;
	*n = l->rlen;
	if (*n == 0) {		/* the name on the line under "•" */
		*s = l[1].s;
		*n = l[1].len;
	}
	for (k = 0; k + 3 < *n; k++)
		if (memcmp(*s + k, "id:", 3) == 0) {
			*s += k;
			*n -= k;
			return;
		}
	*s = strip_alts(*s, n);
}

static int
dated_head(struct reader *r, size_t i, size_t to, size_t *e, size_t *d)
{
	const char	*s;
	size_t		 n;

	if ((*e = dated_item(r, i, to, d)) == 0)
		return 0;
	item_author(&r->tl.v[i], &s, &n);
	return n > 0 && qr_text_name_line(s, n);
}

static size_t
dated_items(struct reader *r, size_t from, size_t to, int build)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, e, d, k = 0, first = to, j, n, depth = 0;
	const char	*s;
	int		 col = -1, cols[16];
	struct qr_node	*c, *nodes[16];
	struct tattr	 a;

	/* a run: items, other items between (their buttons), nothing
	 * left of the first item's column */
	for (i = from; i < to && k < 3; i++) {
		const struct tline *l = &tl->v[i];

		if (tl_blank(l))
			continue;
		if (dated_head(r, i, to, &e, &d)) {
			if (k++ == 0) {
				first = i;
				col = l->indent;
			}
			i = e - 1;
		} else if (col >= 0 && l->indent <= col &&
		    l->mark != TM_BULLET)
			k = 0, col = -1;
	}
	if (k < 3)
		return to;
	if (!build)
		return first;
	for (i = first; i < to; i++) {
		const struct tline *l = &tl->v[i];

		if (tl_blank(l))
			continue;
		if (!dated_head(r, i, to, &e, &d)) {
			if (l->indent <= col && l->mark != TM_BULLET)
				break;		/* the thread's end */
			continue;		/* its buttons */
		}
		para_flush(r);
		while (depth > 0 && cols[depth - 1] >= l->indent)
			depth--;
		if ((c = open_comment(r, depth > 0 ? nodes[depth - 1] :
		    r->doc->thread, l->lineno)) == NULL)
			return first;
		if (depth < 16) {
			cols[depth] = l->indent;
			nodes[depth++] = c;
		}
		item_author(l, &s, &n);
		c->as.comment.author = qr_doc_strndup(r->doc, s, n);
		(void)qr_text_attr(tl->v[d].s, tl->v[d].len, r->doc->date, &a);
		set_attr(r, c, &a);
		for (j = i + 1 + (l->rlen == 0); j < d; j++) {
			if (tl_blank(&tl->v[j]))
				para_flush(r);
			else if (!qr_text_noise(tl->v[j].s, tl->v[j].len))
				para_add(r, c, tl->v[j].s, tl->v[j].len, 0, 0,
				    tl->v[j].lineno);
		}
		para_flush(r);
		i = e - 1;
	}
	para_flush(r);
	return first;
}

/* The post's header (text_head.c): sets the title, the author and the
 * date, and returns the header's last line (the body starts after it).
 * Without a title found, the first line after the dumper's lead-in. */
static size_t
post_head(struct reader *r, size_t first)
{
	struct tlines		*tl = &r->tl;
	struct text_head	 h;
	struct qr_buf		*b = &r->scratch;
	size_t			 i, n;
	const char		*s;

	qr_text_head(tl, first, &h);
	if (h.title == tl->n) {
		r->doc->title = qr_doc_strndup(r->doc, tl->v[first].s,
		    tl->v[first].len);
		return first;
	}
	qr_buf_clear(b);
	for (i = h.title; i < h.title_end; i++) {
		s = tl->v[i].s;
		n = tl->v[i].len;
		if (i == h.title && n > 7 && memcmp(s, "****** ", 7) == 0) {
			s += 7;
			n -= 7;
		}
		if (i + 1 == h.title_end && n >= 6 &&
		    memcmp(s + n - 6, "******", 6) == 0) {
			n -= 6;
			while (n > 0 && s[n - 1] == ' ')
				n--;
		}
		if (b->len > 0)
			qr_buf_putc(b, ' ');
		qr_buf_put(b, s, n);
	}
	r->doc->title = qr_doc_strndup(r->doc, b->data, b->len);
	if (h.by.alen > 0)
		r->doc->author = qr_doc_strndup(r->doc, h.by.author,
		    h.by.alen);
	/* the date goes in after the thread: the comments' dates without
	 * a year read as they did (and a ref date costs a parse each) */
	if (h.by.has_date)
		memcpy(r->head_date, h.by.date, sizeof(r->head_date));
	return h.last;
}

/* The post's body from after its header to "to"; a header found at or
 * past "to" (in the thread) was not the post's: the first line is the
 * title then, as without a header. */
static void
post_body(struct reader *r, size_t first, size_t to)
{
	if (r->head_end < to) {
		build_body(r, r->head_end + 1, to);
		return;
	}
	if (r->head_end != first) {
		r->doc->title = qr_doc_strndup(r->doc, r->tl.v[first].s,
		    r->tl.v[first].len);
		r->doc->author = NULL;
		r->head_date[0] = '\0';
	}
	build_body(r, first + 1, to);
}

static void
read_dump(struct reader *r)
{
	struct tlines	*tl = &r->tl;
	size_t		 i, title, head = tl->n, ts = tl->n, te, trail = tl->n;
	size_t		 weak = tl->n;	/* the first heading, if none better */

	html2text_fix(r);
	for (title = 0; title < tl->n && tl_blank(&tl->v[title]); title++)
		continue;
	if (title == tl->n)
		return;
	/* past the dumper's lead-in (links' "Link: canonical" lines,
	 * lynx's "#..." list, skip-links): text_head.c */
	title = qr_text_head_start(tl, title);
	r->head_end = post_head(r, title);
	/* A heading ("5 thoughts on …", "Kommentare:") whose section shows
	 * attribution lines: the first such. */
	{
		int best = 0, ev, anch, found = 0;

		for (i = title + 1; i < tl->n && !found; i++) {
			const struct tline *l = &tl->v[i];

			if (l->mark != TM_NONE || tl_blank(l) ||
			    !qr_text_comments_heading(l->s, l->len))
				continue;
			if (weak == tl->n)
				weak = i;
			ev = evidence(r, i + 1, thread_end(r, i + 1), &anch);
			if (anch > 0 || ev > best) {
				best = ev;
				head = i;
				ts = i + 1;
				r->attributed = 1;
				found = anch > 0;
			}
		}
		r->doc->comments_closed = 0;
		if (ts < tl->n)
			(void)thread_end(r, ts);
	}
	if (ts == tl->n) {
		/* the trailing numbered list (the seed's layout): the last
		 * "1." at the least indentation, with nothing after it but
		 * what ends a thread -- or with attribution lines */
		int	best = -1;
		size_t	cand = tl->n, j;

		for (i = title + 1; i < tl->n; i++) {
			const struct tline *l = &tl->v[i];

			if (l->mark == TM_NUM && l->num == 1 &&
			    (best < 0 || l->indent <= best) &&
			    (tl_blank(&tl->v[i - 1]) ||
			    tl->v[i - 1].mark != TM_NONE)) {
				best = l->indent;
				cand = i;
			}
		}
		if (cand < tl->n) {
			int closed = r->doc->comments_closed;

			te = thread_end(r, cand);
			for (j = te < tl->n ? te + 1 : te; j < tl->n &&
			    tl_blank(&tl->v[j]); j++)
				continue;
			if (j == tl->n && te < tl->n && r->doc->comments_closed)
				ts = head = cand;
			else {
				r->doc->comments_closed = closed;
				if (j == tl->n)
					trail = cand;
			}
		}
	}
	if (ts == tl->n) {
		/* no heading: the first list item that shows an attribution
		 * ("NAME says:" on its line or the two after it), after
		 * the post's header (its byline is not a comment's) */
		for (i = r->doc->author != NULL ? r->head_end + 1 : title + 1;
		    i < tl->n && ts == tl->n; i++) {
			const struct tline	*l = &tl->v[i];
			size_t			 j, k = 0;
			struct tattr		 a;

			if (l->mark == TM_NONE)
				continue;
			if (qr_text_attr(l->rest, l->rlen, NULL, &a) == TA_AUTHOR)
				ts = head = i;
			for (j = i + 1; j < tl->n && k < 2 && ts == tl->n; j++) {
				if (tl_blank(&tl->v[j]))
					continue;
				/* a centred heading starts another part of
				 * the page (links: the post's title and byline
				 * under the menu) */
				if (tl->v[j].mark != TM_NONE ||
				    tl->v[j].indent >= l->indent + 20)
					break;
				if (slash_score(&tl->v[j]))
					continue;	/* not counted */
				k++;
				if (qr_text_attr(tl->v[j].s, tl->v[j].len, NULL,
				    &a) == TA_AUTHOR && a.alen > 0)
					ts = head = i;
			}
		}
		if (ts < tl->n)
			r->attributed = 1;
	}
	if (ts == tl->n && (i = item_names(r, title + 1)) < tl->n) {
		ts = head = i;
		r->attributed = 1;
	}
	if (ts == tl->n && (i = name_dates(r, title + 1)) < tl->n &&
	    footer_lists(r, title + 1, tl->n, 0) == tl->n) {
		ts = head = i;
		r->attributed = 1;
	}
	if (ts == tl->n && trail < tl->n) {
		/* a trailing numbered list to the end: the seed's layout
		 * without "Comments are closed." (not lynx's link list) */
		size_t	j;
		int	links = 0;

		for (j = trail; j < tl->n; j++) {
			if (tl->v[j].mark != TM_NONE && tl->v[j].rlen >= 4 &&
			    strncmp(tl->v[j].rest, "http", 4) == 0)
				links++;
			/* text back at the list's column: not the end */
			if (tl->v[j].mark == TM_NONE && !tl_blank(&tl->v[j]) &&
			    tl->v[j].indent <= tl->v[trail].indent)
				links++;
		}
		if (links == 0)
			ts = head = trail;
	}
	te = ts < tl->n ? thread_end(r, ts) : tl->n;
	if (ts == tl->n && weak < tl->n) {
		/* a heading over names and texts, nothing else */
		int closed = r->doc->comments_closed;

		te = thread_end(r, weak + 1);
		if (flat_names(r, weak + 1, te)) {
			post_body(r, title, weak);
			return;
		}
		r->doc->comments_closed = closed;
		te = tl->n;
	}
	if ((i = post_numbers(r, title + 1, tl->n, 0)) < ts ||
	    (i < tl->n && post_number(&tl->v[i]) == 1)) {
		/* a forum thread: numbered posts, before any other thread
		 * (or from #1, a thread's first page: what stands before
		 * its post is the page's, not comments) */
		(void)post_numbers(r, title + 1, tl->n, 1);
		r->doc->comments_closed = 0;
		return;
	}
	if ((i = byline_posts(r, title + 1, tl->n, 0)) < tl->n) {
		/* a forum thread: posts under "Post by NAME » DATE" */
		(void)byline_posts(r, title + 1, tl->n, 1);
		r->doc->comments_closed = 0;
		return;
	}
	if ((i = ruled_items(r, title + 1, tl->n, 0)) < tl->n && i <= ts) {
		/* a forum thread: posts as ruled list items */
		(void)ruled_items(r, i, tl->n, 1);
		r->doc->comments_closed = 0;
		return;
	}
	if (ts == tl->n && (i = ruled_posts(r, title + 1, tl->n, 0)) < tl->n) {
		/* a forum thread: posts between rules */
		post_body(r, title, i);
		(void)ruled_posts(r, i, tl->n, 1);
		return;
	}
	if (ts == tl->n &&
	    (i = footer_lists(r, title + 1, tl->n, 0)) < tl->n) {
		/* names, texts and footer lists */
		post_body(r, title, i);
		(void)footer_lists(r, i, tl->n, 1);
		return;
	}
	if (ts < tl->n && head + 1 == ts &&
	    (i = footer_lists(r, ts, tl->n, 0)) < tl->n &&
	    footer_names(r, i)) {
		/* a heading over titles, texts and footer lists that name
		 * the commenter (FC2 Blog): the lists' thread, not the
		 * heading's */
		post_body(r, title, head);
		(void)footer_lists(r, i, tl->n, 1);
		return;
	}
	if (ts == tl->n &&
	    (i = dated_items(r, title + 1, tl->n, 0)) < tl->n) {
		/* list items that end with their dates, nothing else */
		build_body(r, title + 1, i);
		(void)dated_items(r, i, tl->n, 1);
		return;
	}
	if (ts == tl->n &&
	    (i = date_names(r, title + 1, tl->n, 0)) < tl->n) {
		/* date lines over names, nothing else */
		build_body(r, title + 1, i);
		(void)date_names(r, i, tl->n, 1);
		return;
	}
	if (ts == tl->n) {
		/* no thread; still say so when the comments are closed */
		for (i = title + 1; i < tl->n; i++)
			if (tl->v[i].mark == TM_NONE &&
			    qr_text_thread_end(tl->v[i].s, tl->v[i].len) == 2) {
				r->doc->comments_closed = 1;
				head = i;
				break;
			}
	}
	post_body(r, title, head);
	if (ts < te)
		build_thread(r, ts, te);
	if (ts < te && r->doc->thread->first == NULL && !r->failed &&
	    footer_lists(r, ts, te, 0) < te)
		(void)footer_lists(r, ts, te, 1);	/* footers, no headers */
	if (ts < tl->n && (i = post_numbers(r, ts, tl->n, 0)) < tl->n) {
		/* numbered posts where the thread found nothing, or not
		 * half as many comments as there are posts: the posts */
		size_t	posts = 0, j;

		for (j = i; j < tl->n; j++)
			if (!tl_blank(&tl->v[j]) && post_number(&tl->v[j]) > 1)
				posts++;
		if (qr_doc_count_comments(r->doc) * 2 < posts) {
			while (r->doc->thread->first != NULL)
				qr_node_unlink(r->doc->thread->first);
			(void)post_numbers(r, ts, tl->n, 1);
		}
	}
}

struct qr_doc *
qr_read_text(const char *buf, size_t len, const struct qr_options *opt,
    struct qr_error *err)
{
	return qr_read_text_rel(buf, len, opt, err, NULL);
}

struct qr_doc *
qr_read_text_rel(const char *buf, size_t len, const struct qr_options *opt,
    struct qr_error *err, const struct qr_release *rel)
{
	struct reader	 r;
	struct qr_options def;
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	size_t		 i, rule;
	int		 keep = 0;	/* the lines point into buf */

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	memset(&r, 0, sizeof(r));
	r.opt = opt;
	r.err = err;
	r.sig = (size_t)-1;
	/* An owned input is read in place, released at the end; else
	 * the lines hold a copy. */
	if (rel != NULL && (keep = qr_tlines_split_in_room((char *)buf, len,
	    rel->room, &r.tl)) == 0)
		rel->done(rel->arg);
	else if (rel == NULL)
		qr_tlines_split(buf, len, &r.tl);
	if (keep) {		/* buf[len] is a NUL of the input's */
		r.in_lo = (char *)buf;
		r.in_hi = (char *)buf + len + 1;
	} else if (r.tl.text != NULL) {
		r.in_lo = r.tl.text;
		r.in_hi = r.tl.text + r.tl.textlen;
	}
	for (i = 0; i < r.tl.n && tl_blank(&r.tl.v[i]); i++)
		continue;
	if (i == r.tl.n) {
		qr_tlines_free(&r.tl);
		if (keep)
			rel->done(rel->arg);
		qr_error_set(err, QR_ERR_EMPTY, 0, "input is empty");
		return NULL;
	}
	/* the model of a dump takes about twice its size (its text, and
	 * the nodes around it): a bigger guess costs only address space */
	r.doc = qr_doc_new_sized(len < SIZE_MAX / 2 ? len * 2 : len);
	r.doc->max_depth = opt->max_depth;
	if ((rule = own_signature(&r.tl)) > 0) {
		r.own = 1;
		read_own(&r, rule - 1);
	} else {
		read_dump(&r);
		if (r.head_date[0] != '\0' && r.doc->date == NULL)
			r.doc->date = qr_doc_strndup(r.doc, r.head_date,
			    strlen(r.head_date));
	}
	if (!r.failed && !r.own) {
		qr_walk_init(&w, r.doc->thread);
		while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
			if (ev != QR_ENTER)
				continue;
			if (n->kind == QR_COMMENT)
				quote_pass(&r, n);
			else if (n->kind != QR_THREAD)
				qr_walk_skip(&w);
		}
	}
	qr_buf_free(&r.para.text);
	qr_buf_free(&r.scratch);
	free(r.stack);
	free(r.names.keys);
	free(r.names.vals);
	free(r.ordinals);
	free(r.v);
	/* text nodes point into the input: the document keeps it */
	if (r.in_used && !r.failed && keep)
		qr_doc_adopt(r.doc, rel->take(rel->arg));
	else if (r.in_used && !r.failed) {
		qr_doc_adopt(r.doc, r.tl.text);
		r.tl.text = NULL;
	}
	qr_tlines_free(&r.tl);
	if (keep)
		rel->done(rel->arg);	/* nothing when taken */
	if (r.failed) {
		qr_doc_free(r.doc);
		return NULL;
	}
	return r.doc;
}
