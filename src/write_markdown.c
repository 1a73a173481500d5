/*
 * write_markdown.c -- the model as CommonMark, through cmark's node API.
 *
 * The model is turned into cmark nodes and cmark_render_commonmark()
 * writes every byte of Markdown (width 0: cmark 0.30's wrapping can put
 * a mid-sentence "-" or "+" at a line start, FORMATS.md M1).  Only the
 * optional YAML front matter is written here by hand.  (cmark spends
 * ~190 instructions on each byte it writes; long runs of text and URLs
 * it would write as they are go through it as one placeholder each and
 * are copied in afterwards: md_render.  The output is cmark's, byte for
 * byte.)
 *
 * Layout:
 *
 *	# Title				(left out with --front-matter)
 *	body blocks			(headings one level down)
 *	## Comments
 *	1.  **Ann** · date		(top-level comments: ordered list)
 *	    body, quotes as "> "
 *	      - **Eve** · date		(replies: a bullet list in the item)
 *
 * Every comment opens with a header paragraph, "**Author** · date" (the
 * date linked to the permalink where known; "**Anonymous**" when the
 * author is not known): cmark is only its own fixpoint on list items
 * that open with a paragraph.
 *
 * Depth cap.  cmark indents every list level by 2 to 4 columns, so a
 * 10,000-deep chain would give a file quadratic in its depth.  Comments
 * nest as lists down to MD_CAP levels (1 ordered + 5 bullet levels);
 * deeper replies stay in the list of their level-MD_CAP ancestor, in
 * page order, and their header says "in reply to NAME".  Quotes and
 * lists inside bodies nest down to MD_BODY_CAP levels; deeper ones are
 * flattened into the deepest container (their text is kept).
 *
 * Linear time.  cmark's commonmark renderer numbers an ordered item by
 * walking back over its previous siblings (quadratic on a long list),
 * and each cmark parse/render is a pass over everything given.  So the
 * document is rendered in chunks: the head (title, body, "## Comments")
 * is one cmark document, and each run of up to MD_CHUNK top-level
 * comments with their replies is another, an ordered list whose start
 * number is its first comment's number.  The chunks are joined by one blank line, which is exactly
 * what cmark writes between the items of a loose list: the whole output
 * is still a fixpoint of `cmark -t commonmark`.
 *
 * Round trip.  cmark 0.30.2's renderer has gaps (it leaves a leading
 * "~~~" unescaped, writes emphasis that cannot parse back when the text
 * inside starts with a space or sits between a letter and punctuation,
 * code spans that start with a space, ...).  Every chunk is therefore
 * parsed back with cmark and compared with the tree that was rendered.
 * List tightness is taken from the parse; a paragraph or heading that
 * still differs is degraded step by step (emphasis and code spans to
 * plain text, then links and images to their text) until it round
 * trips.  The visible text is never changed, except that a "~~~" at a
 * line start gets a U+200B ZERO WIDTH SPACE before it (cmark would read
 * a code fence, and has no escape for "~").
 *
 * "$" is left alone: CommonMark has no math, so "$$x$$" is literal here
 * (pandoc's own markdown, GitHub and kramdown would read math; cmark
 * cannot escape "$" and stay a fixpoint).  "~" elsewhere is literal in
 * CommonMark too (no strikethrough).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "internal.h"

#define MD_CAP		6	/* comment list levels; deeper stay here */
#define MD_BODY_CAP	16	/* quote/list levels inside a body */
#define MD_ROUNDS	4	/* verify/repair rounds per chunk */
#define MD_CHUNK	32	/* top-level comments per cmark document */
#ifndef MD_CHUNK_BUILT
#define MD_CHUNK_BUILT	64	/* ... or comments (qr_write_markdown) */
#endif
#ifndef MD_PIECE	/* (-DMD_PIECE=1: every reply a piece, for tests) */
#define MD_PIECE	128	/* comments per piece of a deep chain */
#endif
#define MD_PATH		(2 * MD_CAP + 4)	/* cmark nodes from a chunk
						   down to its deepest list */
#define MD_ANONYMOUS	"Anonymous"	/* a comment's author when unknown */

struct md {
	FILE			*f;
	const struct qr_options	*opt;
	const struct qr_doc	*doc;
	cmark_node		**stack;	/* cmark container per walk depth */
	unsigned		*nest;		/* body nesting per walk depth */
	size_t			 stackcap;
	int			 heading_shift;
	int			 first;		/* nothing written yet */
	/* pieces of a deep chain (md_piece) */
	size_t			 piece;		/* comments per piece */
	size_t			 since;		/* comments built since the
						   chunk was last written */
	size_t			 built;		/* comments in the chunk */
	cmark_node		*path[MD_PATH];	/* chunk down to the list of
						   the chain; 0: no piece */
	size_t			 npath;
	cmark_node		*keep;		/* its item kept as context */
	char			 gone;		/* MD_GONE's address */
};

/* A stack entry whose item was written out and freed with a piece (an
 * open comment of a deep chain): its replies go to the chain's list. */
#define MD_GONE(m)	((cmark_node *)(void *)&(m)->gone)

/* ---- small helpers ------------------------------------------------- */

/* Byte classes, for the scans over every text (md_plain[NUL] is 0):
 * MD_P_TEXT, an ASCII byte cmark's outc() writes as it is in a text once
 * begin_content is false (letters, digits, space and
 * " $ % ' ( ) + , - . / : ; = ? @ ^ { | } ~; see md_render); MD_P_AMP,
 * "&" (as it is unless an ASCII letter follows); MD_P_URL, one written
 * as it is in a destination (printable ASCII but ` < > \ ( ) and
 * space); MD_P_SCAN, printable ASCII and space but "&"
 * (md_scan_text); MD_P_NOCTL, no control character (md_text);
 * MD_P_URLOK, a byte md_set_url() keeps whatever follows (no control,
 * space, < > &); MD_P_LINKOK, an ASCII byte md_scan_link() accepts in
 * a destination (letters, digits and - . _ ~ : / ? # @ ! $ & ' * + , ;
 * = %). */
#define MD_P_TEXT	1
#define MD_P_AMP	2
#define MD_P_URL	4
#define MD_P_SCAN	8
#define MD_P_NOCTL	16
#define MD_P_URLOK	32
#define MD_P_LINKOK	64
static const unsigned char md_plain[256] = {
	  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,	/* 00 */
	  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,	/* 10 */
	 25,124, 61,124,125,125, 86,125, 57, 57,124,125,125,125,125,125,	/* 20 */
	125,125,125,125,125,125,125,125,125,125,125,125, 24,125, 24,125,	/* 30 */
	125,125,125,125,125,125,125,125,125,125,125,125,125,125,125,125,	/* 40 */
	125,125,125,125,125,125,125,125,125,125,125, 60, 56, 60, 61,124,	/* 50 */
	 56,125,125,125,125,125,125,125,125,125,125,125,125,125,125,125,	/* 60 */
	125,125,125,125,125,125,125,125,125,125,125, 61, 61, 61,125,  0,	/* 70 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* 80 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* 90 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* A0 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* B0 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* C0 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* D0 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* E0 */
	 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,	/* F0 */
};


static void
md_stack_reserve(struct md *m, size_t depth)
{
	size_t n;

	if (depth < m->stackcap)
		return;
	n = m->stackcap ? m->stackcap : 64;
	while (n <= depth)
		n *= 2;
	m->stack = qr_xrealloc(m->stack, n * sizeof(*m->stack));
	m->nest = qr_xrealloc(m->nest, n * sizeof(*m->nest));
	m->stackcap = n;
}

static cmark_node *
md_append(cmark_node *parent, cmark_node_type type)
{
	cmark_node *n = cmark_node_new(type);

	/* Appended before it is filled: cmark then skips its ancestor
	 * check (S_can_contain walks ancestors only for a child with
	 * children). */
	if (!cmark_node_append_child(parent, n)) {
		cmark_node_free(n);
		return NULL;
	}
	return n;
}

#define APPEND(parent, type)	md_append((parent), (type))

/* A copy of s with C0 controls and DEL turned into spaces (text, code
 * spans, titles: cmark would otherwise write them raw). */
static char *
md_clean(const char *s)
{
	char	*c = qr_xstrndup(s ? s : "", strlen(s ? s : ""));
	char	*p;

	for (p = c; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = ' ';
	return c;
}

static cmark_node *
md_text(cmark_node *parent, const char *s)
{
	cmark_node		*t = APPEND(parent, CMARK_NODE_TEXT);
	char			*c;
	const unsigned char	*p = (const unsigned char *)(s ? s : "");
	size_t			 len = strlen((const char *)p), i;

	if (t == NULL)
		return NULL;
	for (i = qr_scan_ctrl(p, 0, len); i < len &&
	    (md_plain[p[i]] & MD_P_NOCTL); i++)
		continue;
	if (i == len) {		/* nothing to clean */
		cmark_node_set_literal(t, s ? s : "");
		return t;
	}
	c = md_clean(s);
	cmark_node_set_literal(t, c);
	free(c);
	return t;
}

/* A URL as a link destination: spaces, controls and angle brackets
 * percent-encoded, and "&" where it would start an entity reference
 * ("&amp;" would be read back as "&"), so cmark writes it and reads it
 * back unchanged. */
/* Does s ("&...") look like an entity reference: &name; or &#digits; ? */
static int
md_entity_like(const char *s)
{
	size_t i = 1;

	if (s[i] == '#')
		i++;
	while (isalnum((unsigned char)s[i]))
		i++;
	return i > 1 && s[i] == ';';
}

static void
md_set_url(cmark_node *n, const char *url)
{
	struct qr_buf		 b = {0};
	const unsigned char	*p;

	for (p = (const unsigned char *)(url ? url : "");
	    md_plain[*p] & MD_P_URLOK; p++)
		continue;
	if (*p == '\0') {		/* nothing to encode */
		cmark_node_set_url(n, url ? url : "");
		return;
	}
	for (p = (const unsigned char *)(url ? url : ""); *p != '\0'; p++) {
		if (*p <= 0x20 || *p == 0x7F || *p == '<' || *p == '>' ||
		    (*p == '&' && md_entity_like((const char *)p)))
			qr_buf_printf(&b, "%%%02X", *p);
		else
			qr_buf_putc(&b, *p);
	}
	cmark_node_set_url(n, qr_buf_cstr(&b));
	qr_buf_free(&b);
}

static void
md_set_title(cmark_node *n, const char *title)
{
	char *c;

	if (title == NULL || *title == '\0')
		return;
	c = md_clean(title);
	cmark_node_set_title(n, c);
	free(c);
}

/* Move the children of n before it, then free n. */
static void
md_unwrap(cmark_node *n)
{
	cmark_node *c;

	while ((c = cmark_node_first_child(n)) != NULL) {
		cmark_node_unlink(c);
		cmark_node_insert_before(n, c);
	}
	cmark_node_free(n);
}

/* Replace an inline node by a text node with "s". */
static void
md_replace_text(cmark_node *n, const char *s)
{
	cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);

	cmark_node_set_literal(t, s);
	cmark_node_insert_before(n, t);
	cmark_node_unlink(n);
	cmark_node_free(n);
}

/* ---- inline repair ---------------------------------------------------- */

static int
is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Split leading (front=1) or trailing white space off text node t into
 * a new text node placed before (after) "outer".  Returns 1 if moved. */
static int
md_move_space(cmark_node *t, cmark_node *outer, int front)
{
	const char	*s = cmark_node_get_literal(t);
	size_t		 len = strlen(s), k = 0;
	cmark_node	*sp;
	char		*rest;

	if (front)
		while (k < len && is_ws((unsigned char)s[k]))
			k++;
	else
		while (k < len && is_ws((unsigned char)s[len - 1 - k]))
			k++;
	if (k == 0)
		return 0;
	rest = front ? qr_xstrndup(s + k, len - k) : qr_xstrndup(s, len - k);
	cmark_node_set_literal(t, rest);
	free(rest);
	sp = cmark_node_new(CMARK_NODE_TEXT);
	cmark_node_set_literal(sp, " ");
	if (front)
		cmark_node_insert_before(outer, sp);
	else
		cmark_node_insert_after(outer, sp);
	return 1;
}

/* Emphasis and strong: no empty ones, and no white space or line break
 * just inside the delimiters (such a run cannot open or close). */
static void
md_fix_emph(cmark_node *e)
{
	cmark_node	*c;
	int		 moved = 1;

	while (moved) {
		moved = 0;
		if ((c = cmark_node_first_child(e)) != NULL) {
			if (cmark_node_get_type(c) == CMARK_NODE_LINEBREAK) {
				cmark_node_unlink(c);
				cmark_node_insert_before(e, c);
				moved = 1;
			} else if (cmark_node_get_type(c) == CMARK_NODE_TEXT)
				moved |= md_move_space(c, e, 1);
		}
		if ((c = cmark_node_last_child(e)) != NULL) {
			if (cmark_node_get_type(c) == CMARK_NODE_LINEBREAK) {
				cmark_node_unlink(c);
				cmark_node_insert_after(e, c);
				moved = 1;
			} else if (cmark_node_get_type(c) == CMARK_NODE_TEXT)
				moved |= md_move_space(c, e, 0);
		}
		/* drop empty text nodes left behind */
		while ((c = cmark_node_first_child(e)) != NULL &&
		    cmark_node_get_type(c) == CMARK_NODE_TEXT &&
		    *cmark_node_get_literal(c) == '\0') {
			cmark_node_free(c);
			moved = 1;
		}
		while ((c = cmark_node_last_child(e)) != NULL &&
		    cmark_node_get_type(c) == CMARK_NODE_TEXT &&
		    *cmark_node_get_literal(c) == '\0') {
			cmark_node_free(c);
			moved = 1;
		}
	}
	if (cmark_node_first_child(e) == NULL)
		cmark_node_free(e);
}

/* A growable array of cmark nodes. */
struct nodes {
	cmark_node	**v;
	size_t		 n, cap;
};

static void
nodes_push(struct nodes *a, cmark_node *x)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 16;
		a->v = qr_xrealloc(a->v, a->cap * sizeof(*a->v));
	}
	a->v[a->n++] = x;
}

/* The nodes under "root" (not root) whose type is in "mask", in
 * post-order (children before their parent): the order of cmark's
 * iterator's EXIT events (a leaf's one event), without its allocation. */
static void
nodes_collect(struct nodes *a, cmark_node *root, unsigned long mask)
{
	cmark_node *n = cmark_node_first_child(root), *c;

	a->n = 0;
	while (n != NULL) {
		if ((c = cmark_node_first_child(n)) != NULL) {
			n = c;
			continue;
		}
		/* n is done, and so is each ancestor left on the way up */
		for (;;) {
			if (mask & (1UL << cmark_node_get_type(n)))
				nodes_push(a, n);
			if ((c = cmark_node_next(n)) != NULL) {
				n = c;
				break;
			}
			if ((n = cmark_node_parent(n)) == root) {
				n = NULL;
				break;
			}
		}
	}
}

#define BIT(t)	(1UL << (t))

/* The node after n in document order within "block", skipping into no
 * children: n's next sibling, or the next sibling of an ancestor. */
static cmark_node *
md_following(cmark_node *n, cmark_node *block)
{
	while (n != block && cmark_node_next(n) == NULL)
		n = cmark_node_parent(n);
	return n == block ? NULL : cmark_node_next(n);
}

/* Line breaks directly in the block: none first, last or doubled. */
static void
md_fix_breaks(cmark_node *block)
{
	cmark_node *n, *c, *next;

	for (n = cmark_node_first_child(block); n != NULL; n = next) {
		next = cmark_node_next(n);
		if (cmark_node_get_type(n) != CMARK_NODE_LINEBREAK)
			continue;
		c = cmark_node_previous(n);
		while (c != NULL && cmark_node_get_type(c) == CMARK_NODE_TEXT &&
		    strspn(cmark_node_get_literal(c), " ") ==
		    strlen(cmark_node_get_literal(c)))
			c = cmark_node_previous(c);
		if (c == NULL || next == NULL ||
		    cmark_node_get_type(c) == CMARK_NODE_LINEBREAK)
			cmark_node_free(n);
	}
	while ((n = cmark_node_last_child(block)) != NULL &&
	    cmark_node_get_type(n) == CMARK_NODE_LINEBREAK)
		cmark_node_free(n);
}

/*
 * Deterministic repairs of a paragraph's or heading's inlines, done on
 * the cmark nodes: emphasis trimmed (innermost first) and empty ones
 * dropped, code spans trimmed (empty ones dropped), white space collapsed
 * and trimmed at line starts and ends, line breaks at the edges or
 * doubled dropped (a heading's become spaces), "~~~" at a line start
 * guarded, empty texts removed.
 */
/* The kinds of nodes under "block": a mask of BIT(type), plus
 * MD_ADJACENT when a text node follows a text node and MD_EMPTY when a
 * text is empty. */
#define MD_ADJACENT	(1UL << 31)
#define MD_EMPTY	(1UL << 30)

static unsigned long
md_kinds(cmark_node *block)
{
	cmark_node	*n = cmark_node_first_child(block), *c;
	unsigned long	 kinds = 0;
	cmark_node_type	 t, prev = CMARK_NODE_NONE;

	while (n != NULL) {
		t = cmark_node_get_type(n);
		kinds |= BIT(t);
		if (t == CMARK_NODE_TEXT && prev == CMARK_NODE_TEXT)
			kinds |= MD_ADJACENT;
		if (t == CMARK_NODE_TEXT && *cmark_node_get_literal(n) == '\0')
			kinds |= MD_EMPTY;
		prev = t;
		if ((c = cmark_node_first_child(n)) != NULL) {
			n = c;
			prev = CMARK_NODE_NONE;
			continue;
		}
		while (n != block && cmark_node_next(n) == NULL) {
			n = cmark_node_parent(n);
			prev = CMARK_NODE_NONE;
		}
		if (n == block)
			break;
		prev = cmark_node_get_type(n);
		n = cmark_node_next(n);
	}
	return kinds;
}

/* Would step 3 of md_fix_inlines change text s (len bytes): white space
 * other than single spaces, white space at a line's start ("bol") or a
 * space at its end ("eol": a line break or the block's end follows),
 * or "~~~" at a line's start? */
static int
md_collapse_needed(const char *s, size_t len, int bol, int eol)
{
	const unsigned char *p = (const unsigned char *)s;

	if (len == 0)
		return 0;
	if (bol && (is_ws(p[0]) || strncmp(s, "~~~", 3) == 0))
		return 1;
	if (eol && p[len - 1] == ' ')
		return 1;
	p += qr_scan_ws(p, 0, len);	/* no white space to look at before */
	for (;;) {
		while (p[0] > ' ')	/* no white space, no NUL */
			p++;
		if (p[0] == '\0')
			return 0;
		if (p[0] != ' ' || is_ws(p[1]))
			return 1;	/* a tab, CR, LF, or two in a row */
		p++;
	}
}

static void
md_fix_inlines(cmark_node *block)
{
	struct nodes	 a = {0};
	cmark_node	*n, *c;
	int		 heading = cmark_node_get_type(block) == CMARK_NODE_HEADING;
	int		 bol, empty;
	size_t		 k;
	struct qr_buf	 b = {0};
	unsigned long	 kinds = md_kinds(block);

	empty = (kinds & MD_EMPTY) != 0;
	/* most blocks are a text or two: each step below runs only when
	 * the kinds of nodes it works on are there (md_kinds) */

	/* 1. a heading has no line breaks; emphasis, innermost first */
	if (heading && (kinds & BIT(CMARK_NODE_LINEBREAK))) {
		nodes_collect(&a, block, BIT(CMARK_NODE_LINEBREAK));
		for (k = 0; k < a.n; k++)
			md_replace_text(a.v[k], " ");
	}
	/* no link inside a link (CommonMark has none): the inner one
	 * gives way to its text */
	if (kinds & BIT(CMARK_NODE_LINK))
		nodes_collect(&a, block, BIT(CMARK_NODE_LINK));
	else
		a.n = 0;
	for (k = 0; k < a.n; k++) {
		for (c = cmark_node_parent(a.v[k]); c != block &&
		    cmark_node_get_type(c) != CMARK_NODE_LINK;
		    c = cmark_node_parent(c))
			;
		if (c != block)
			md_unwrap(a.v[k]);
	}
	/* emphasis inside the same emphasis gives way to its text, and
	 * two of a kind side by side become one: runs like "****" or
	 * "*x**y*" are read one way by cmark and another by pandoc */
	if (kinds & (BIT(CMARK_NODE_EMPH) | BIT(CMARK_NODE_STRONG)))
		nodes_collect(&a, block, BIT(CMARK_NODE_EMPH) |
		    BIT(CMARK_NODE_STRONG));
	else
		a.n = 0;
	for (k = 0; k < a.n; k++) {
		cmark_node_type t = cmark_node_get_type(a.v[k]);

		for (c = cmark_node_parent(a.v[k]); c != block &&
		    cmark_node_get_type(c) != t; c = cmark_node_parent(c))
			;
		if (c != block) {
			md_unwrap(a.v[k]);
			a.v[k] = NULL;
			continue;
		}
		c = cmark_node_previous(a.v[k]);
		if (c != NULL && cmark_node_get_type(c) == t) {
			cmark_node *x;

			while ((x = cmark_node_first_child(a.v[k])) != NULL) {
				cmark_node_unlink(x);
				cmark_node_append_child(c, x);
			}
			cmark_node_free(a.v[k]);
			a.v[k] = NULL;
		}
	}
	for (k = 0; k < a.n; k++)
		if (a.v[k] != NULL)
			md_fix_emph(a.v[k]);
	if ((kinds & (BIT(CMARK_NODE_LINK) | BIT(CMARK_NODE_EMPH) |
	    BIT(CMARK_NODE_STRONG) | MD_ADJACENT)) ||
	    (heading && (kinds & BIT(CMARK_NODE_LINEBREAK))))
		cmark_consolidate_text_nodes(block);

	/* 2. line breaks: none first, last or doubled */
	if (kinds & BIT(CMARK_NODE_LINEBREAK))
		md_fix_breaks(block);

	/* 3. code spans trimmed; texts collapsed and trimmed at line
	 * starts and ends; "~~~" guarded at line starts */
	if (kinds & BIT(CMARK_NODE_CODE))
		nodes_collect(&a, block, BIT(CMARK_NODE_CODE));
	else
		a.n = 0;
	for (k = 0; k < a.n; k++) {
		const char	*s = cmark_node_get_literal(a.v[k]);
		size_t		 i = 0, len = strlen(s);

		while (i < len && s[i] == ' ')
			i++;
		while (len > i && s[len - 1] == ' ')
			len--;
		if (len == i)	/* an empty code span cannot be written */
			md_replace_text(a.v[k], *s != '\0' ? " " : "");
		else if (i > 0 || s[len] != '\0') {
			/* the edge spaces go outside, where they show */
			if (s[len] != '\0') {
				c = cmark_node_new(CMARK_NODE_TEXT);
				cmark_node_set_literal(c, " ");
				cmark_node_insert_after(a.v[k], c);
			}
			if (i > 0) {
				c = cmark_node_new(CMARK_NODE_TEXT);
				cmark_node_set_literal(c, " ");
				cmark_node_insert_before(a.v[k], c);
			}
			qr_buf_clear(&b);
			qr_buf_put(&b, s + i, len - i);
			cmark_node_set_literal(a.v[k], qr_buf_cstr(&b));
		}
	}
	if (kinds & (BIT(CMARK_NODE_CODE) | BIT(CMARK_NODE_LINEBREAK)))
		cmark_consolidate_text_nodes(block);
	bol = 1;
	for (n = cmark_node_first_child(block); n != NULL; ) {
		const char	*s;
		size_t		 i, j, len;
		int		 sp;
		cmark_node	*after;

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_LINEBREAK:
			bol = 1;
			n = md_following(n, block);
			continue;
		case CMARK_NODE_TEXT:
			break;
		default:
			/* every other inline writes a character first */
			bol = 0;
			if (cmark_node_first_child(n) != NULL &&
			    cmark_node_get_type(n) != CMARK_NODE_IMAGE)
				n = cmark_node_first_child(n);
			else
				n = md_following(n, block);
			continue;
		}
		s = cmark_node_get_literal(n);
		len = strlen(s);
		after = md_following(n, block);
		if (!md_collapse_needed(s, len, bol, after == NULL ||
		    cmark_node_get_type(after) == CMARK_NODE_LINEBREAK)) {
			if (len > 0)
				bol = 0;
			else
				empty = 1;
			n = after;
			continue;
		}
		qr_buf_clear(&b);
		sp = bol;
		for (i = 0; i < len; i = j) {
			if (is_ws((unsigned char)s[i])) {
				if (!sp)
					qr_buf_putc(&b, ' ');
				sp = 1;
				j = i + 1;
				continue;
			}
			if (bol && s[i] == '~' && strncmp(s + i, "~~~", 3) == 0)
				qr_buf_puts(&b, "\xE2\x80\x8B");	/* U+200B */
			/* the run up to the next white space, at once */
			for (j = i + 1; j < len && !is_ws((unsigned char)s[j]);
			    j++)
				continue;
			qr_buf_put(&b, s + i, j - i);
			sp = 0;
			bol = 0;
		}
		/* a space before a line break or at the end goes */
		if ((after == NULL || cmark_node_get_type(after) ==
		    CMARK_NODE_LINEBREAK) && b.len > 0 &&
		    b.data[b.len - 1] == ' ')
			b.len--;
		if (b.len != len || (len > 0 && memcmp(b.data, s, len) != 0))
			cmark_node_set_literal(n, b.len ? qr_buf_cstr(&b) : "");
		if (b.len == 0)
			empty = 1;
		n = after;
	}

	/* 4. no empty texts; then again no line break at an edge */
	if (empty) {
		nodes_collect(&a, block, BIT(CMARK_NODE_TEXT));
		for (k = 0; k < a.n; k++)
			if (*cmark_node_get_literal(a.v[k]) == '\0')
				cmark_node_free(a.v[k]);
	}
	if (kinds & BIT(CMARK_NODE_LINEBREAK))
		md_fix_breaks(block);
	free(a.v);
	qr_buf_free(&b);
}

/* ---- round-trip check ------------------------------------------------- */

static int
str_eq(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Do two nodes say the same (children aside)? */
static int
md_node_eq(cmark_node *a, cmark_node *b)
{
	cmark_node_type t = cmark_node_get_type(a);

	if (t != cmark_node_get_type(b))
		return 0;
	switch (t) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_CODE:
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_HTML_INLINE:
		return str_eq(cmark_node_get_literal(a),
		    cmark_node_get_literal(b));
	case CMARK_NODE_HEADING:
		return cmark_node_get_heading_level(a) ==
		    cmark_node_get_heading_level(b);
	case CMARK_NODE_LIST:
		return cmark_node_get_list_type(a) ==
		    cmark_node_get_list_type(b) &&
		    (cmark_node_get_list_type(a) != CMARK_ORDERED_LIST ||
		    cmark_node_get_list_start(a) ==
		    cmark_node_get_list_start(b));
	case CMARK_NODE_LINK:
	case CMARK_NODE_IMAGE:
		return str_eq(cmark_node_get_url(a), cmark_node_get_url(b)) &&
		    str_eq(cmark_node_get_title(a), cmark_node_get_title(b));
	default:
		return 1;
	}
}

/* The next event, skipping empty texts (the parser leaves one where
 * it trims the spaces of a hard line break). */
static cmark_event_type
md_iter_next(cmark_iter *it)
{
	cmark_event_type	 ev;
	cmark_node		*n;

	while ((ev = cmark_iter_next(it)) == CMARK_EVENT_ENTER) {
		n = cmark_iter_get_node(it);
		if (cmark_node_get_type(n) != CMARK_NODE_TEXT ||
		    *cmark_node_get_literal(n) != '\0')
			break;
	}
	return ev;
}

/*
 * Compare the built tree "a" with "b", the parse of its rendering.
 * List tightness is copied from b to a (the parser is the judge of it);
 * *tight_changed says whether any changed.  Returns NULL when the trees
 * agree, else the innermost paragraph or heading of "a" where they part
 * (or "a" itself when the difference is outside any).
 */
static cmark_node *
md_compare(cmark_node *a, cmark_node *b, int *tight_changed, int apply)
{
	cmark_iter	*ia = cmark_iter_new(a), *ib = cmark_iter_new(b);
	cmark_event_type ea, eb;
	cmark_node	*na, *nb, *diff = NULL, *blk = NULL;

	for (;;) {
		ea = md_iter_next(ia);
		eb = md_iter_next(ib);
		if (ea == CMARK_EVENT_DONE && eb == CMARK_EVENT_DONE)
			break;
		na = cmark_iter_get_node(ia);
		nb = cmark_iter_get_node(ib);
		if (ea != eb || ea == CMARK_EVENT_DONE ||
		    eb == CMARK_EVENT_DONE || !md_node_eq(na, nb)) {
			diff = blk != NULL ? blk : a;
			if (ea != CMARK_EVENT_DONE && na != NULL) {
				cmark_node *p = na;

				while (p != NULL && p != a &&
				    cmark_node_get_type(p) !=
				    CMARK_NODE_PARAGRAPH &&
				    cmark_node_get_type(p) !=
				    CMARK_NODE_HEADING)
					p = cmark_node_parent(p);
				if (p != NULL && p != a)
					diff = p;
			}
			break;
		}
		if (ea == CMARK_EVENT_ENTER) {
			cmark_node_type t = cmark_node_get_type(na);

			if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)
				blk = na;
			if (t == CMARK_NODE_LIST && cmark_node_get_list_tight(na)
			    != cmark_node_get_list_tight(nb)) {
				if (apply)
					cmark_node_set_list_tight(na,
					    cmark_node_get_list_tight(nb));
				*tight_changed = 1;
			}
		} else if (ea == CMARK_EVENT_EXIT && na == blk)
			blk = NULL;
	}
	cmark_iter_free(ia);
	cmark_iter_free(ib);
	return diff;
}

/* Degrade a paragraph or heading: step 0 turns emphasis and code spans
 * into their text, step 1 links, step 2 images (into their alt text).
 * Returns 0 when there was nothing to change. */
static int
md_degrade(cmark_node *block, int step)
{
	struct nodes	 a = {0};
	size_t		 k;
	int		 done = 0;

	if (step == 0)
		nodes_collect(&a, block, BIT(CMARK_NODE_EMPH) |
		    BIT(CMARK_NODE_STRONG) | BIT(CMARK_NODE_CODE));
	else
		nodes_collect(&a, block, step == 1 ? BIT(CMARK_NODE_LINK) :
		    BIT(CMARK_NODE_IMAGE));
	for (k = 0; k < a.n; k++, done = 1) {
		if (cmark_node_get_type(a.v[k]) == CMARK_NODE_CODE) {
			char *t = qr_xstrndup(cmark_node_get_literal(a.v[k]),
			    strlen(cmark_node_get_literal(a.v[k])));

			md_replace_text(a.v[k], t);
			free(t);
		} else
			md_unwrap(a.v[k]);
	}
	free(a.v);
	if (done) {
		cmark_consolidate_text_nodes(block);
		md_fix_inlines(block);
	}
	return done;
}

/* Render "root" and parse it back; compare (copying list tightness from
 * the parse).  Returns the differing paragraph or heading, root when
 * the difference lies elsewhere, NULL when they agree; *s gets the
 * rendering (the caller frees it). */
/* Parse "s", the rendering of "root", and compare (md_compare). */
static cmark_node *
md_check(cmark_node *root, const char *s, int *tight, int apply)
{
	cmark_node *parsed, *bad;

	parsed = cmark_parse_document(s, strlen(s), CMARK_OPT_DEFAULT);
	cmark_consolidate_text_nodes(parsed);
	*tight = 0;
	bad = md_compare(root, parsed, tight, apply);
	cmark_node_free(parsed);
	return bad;
}

static cmark_node *
md_roundtrip(cmark_node *root, char **s, int *tight)
{
	*s = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0);
	return md_check(root, *s, tight, 1);
}

/* Check one paragraph or heading on its own (in a document of its own)
 * and degrade it until it round-trips; then put it back. */
static void
md_repair_block(cmark_node *blk)
{
	cmark_node	*parent = cmark_node_parent(blk);
	cmark_node	*next = cmark_node_next(blk);
	cmark_node	*doc = cmark_node_new(CMARK_NODE_DOCUMENT);
	char		*s;
	int		 step, tight;

	cmark_node_unlink(blk);
	cmark_node_append_child(doc, blk);
	for (step = 0; ; step++) {
		cmark_node *bad = md_roundtrip(doc, &s, &tight);

		free(s);
		if (bad == NULL || step > 2)
			break;
		md_degrade(blk, step);
	}
	cmark_node_unlink(blk);
	if (next != NULL)
		cmark_node_insert_before(next, blk);
	else
		cmark_node_append_child(parent, blk);
	cmark_node_free(doc);
}

/*
 * Two lists in a row (a comment's body ending in a list, then its
 * replies): cmark writes "<!-- end list -->" between them, which it then
 * reads back as an HTML block that it renders differently.  Put that
 * HTML block into the tree ourselves, with the newline the parser
 * gives it, so the output is what cmark makes of it.  Inside a block
 * quote cmark would end the quote after that HTML block, so there the
 * two lists become one (their items kept, in order).
 */
static void
md_separate_lists(cmark_node *chunk)
{
	struct nodes	 a = {0}, dead = {0};
	size_t		 k;

	nodes_collect(&a, chunk, BIT(CMARK_NODE_LIST));
	for (k = 0; k < a.n; k++) {
		cmark_node *next = cmark_node_next(a.v[k]), *h;

		if (cmark_node_parent(a.v[k]) == NULL)
			continue;	/* merged into a list before it */

		if (next == NULL || cmark_node_get_type(next) != CMARK_NODE_LIST)
			continue;
		for (h = cmark_node_parent(a.v[k]); h != NULL &&
		    cmark_node_get_type(h) != CMARK_NODE_BLOCK_QUOTE;
		    h = cmark_node_parent(h))
			;
		if (h != NULL) {
			/* in a quote: the lists that follow give their
			 * items to this one; they are freed at the end
			 * (they are further on in a) */
			do {
				while ((h = cmark_node_first_child(next)) !=
				    NULL) {
					cmark_node_unlink(h);
					cmark_node_append_child(a.v[k], h);
				}
				cmark_node_unlink(next);
				nodes_push(&dead, next);
			} while ((next = cmark_node_next(a.v[k])) != NULL &&
			    cmark_node_get_type(next) == CMARK_NODE_LIST);
			continue;
		}
		h = cmark_node_new(CMARK_NODE_HTML_BLOCK);
		cmark_node_set_literal(h, "<!-- end list -->\n");
		cmark_node_insert_after(a.v[k], h);
	}
	for (k = 0; k < dead.n; k++)
		cmark_node_free(dead.v[k]);
	free(dead.v);
	free(a.v);
}

/* ---- the round trip's fast path ------------------------------------------ */

/*
 * Most paragraphs cannot fail the round trip, and parsing back what
 * cmark wrote is a good part of the writer's time.  A paragraph or
 * heading whose inlines md_inline_safe() accepts is one whose
 * rendering cmark provably reads back as the same inlines, in any
 * container and between any blocks:
 *
 *  - text: valid UTF-8 (cmark stops rendering at a bad byte), no
 *    control character, noncharacter or double space, no space at a
 *    line's start or end (cmark drops the first, the second would make
 *    a hard break), no "&#" (cmark leaves it unescaped: a character
 *    reference); every other ASCII punctuation character is either
 *    escaped by cmark or means nothing in running text;
 *  - a line (the block's start, or after a hard break) does not start
 *    with what could open a block and that cmark does not always
 *    escape: "-", "+", "=", "~", or digits then "." or ")";
 *  - emphasis and strong emphasis: every "*" or "**" run that cmark
 *    writes can only open (or only close), by CommonMark's flanking
 *    rules, judged on the characters around it (a character whose
 *    class is not known for sure spoils it), and no two runs touch; so
 *    each closer finds its own opener;
 *  - code spans: no backtick, bracket, control or double space, no
 *    space at an edge (written between single backticks as they are),
 *    and never two in a row (the backticks would touch);
 *  - links: a text, no title, a destination of characters that need
 *    no escape and hold no character reference; written as <URL> only
 *    when the URL has a scheme and the link holds just that text;
 *  - nothing else (images, soft breaks, raw HTML: the full check).
 *
 * Such a block's own lines cannot change the structure around it
 * either: none looks like a block start, none is blank, none is a
 * link reference definition.  md_regular() then answers for a whole
 * chunk.  (A build that also ran the full check whenever md_regular()
 * said yes, aborting on any disagreement, passed the corpus, gen-thread
 * pages, and 600,000 chunks from generated threads, 50,000 of them
 * regular.)
 */

enum md_cls { MC_WS, MC_PUNCT, MC_ALNUM, MC_UNKNOWN };
enum md_tok { MT_START, MT_LINE, MT_TEXT, MT_OPEN, MT_CLOSE, MT_LBRACK,
    MT_LINKEND, MT_CODE };

struct md_scan {
	enum md_tok	 prev;		/* what was last written */
	enum md_cls	 cls;		/* its last character's class (for
					 * a run: the one before it) */
	int		 lastsp;	/* a text that ends in a space */
};

/* The class of code point cp for the flanking rules (CommonMark 0.30:
 * Unicode whitespace, punctuation, other); MC_UNKNOWN when unsure. */
static enum md_cls
md_class(unsigned long cp)
{
	if (cp == ' ')
		return MC_WS;
	if (cp < 0x80) {
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z'))
			return MC_ALNUM;
		if (cp > 0x20 && cp < 0x7F)
			return MC_PUNCT;
		return MC_UNKNOWN;
	}
	/* general punctuation: dashes, quotes, bullet, ellipsis (Pd, Pi,
	 * Pf, Po); Latin-1's punctuation */
	if ((cp >= 0x2010 && cp <= 0x2027) || cp == 0xA1 || cp == 0xA7 ||
	    cp == 0xAB || cp == 0xB6 || cp == 0xB7 || cp == 0xBB ||
	    cp == 0xBF)
		return MC_PUNCT;
	/* Latin-1 and Latin Extended letters */
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return MC_ALNUM;
	return MC_UNKNOWN;
}

/* Can a "*" run between characters of classes p and n only open? */
static int
md_opens_only(enum md_cls p, enum md_cls n)
{
	return (p == MC_WS && (n == MC_ALNUM || n == MC_PUNCT)) ||
	    (p == MC_PUNCT && n == MC_ALNUM);
}

/* ...only close? */
static int
md_closes_only(enum md_cls p, enum md_cls n)
{
	return (n == MC_WS && (p == MC_ALNUM || p == MC_PUNCT)) ||
	    (n == MC_PUNCT && p == MC_ALNUM);
}

/* What comes next starts with a character of class n: settle the run
 * written just before, if any. */
static int
md_scan_next(struct md_scan *st, enum md_cls n)
{
	if (st->prev == MT_OPEN)
		return md_opens_only(st->cls, n);
	if (st->prev == MT_CLOSE)
		return md_closes_only(st->cls, n);
	return 1;
}

/* A text node's literal (see md_inline_safe). */
static int
md_scan_text(struct md_scan *st, const char *lit)
{
	const unsigned char	*p = (const unsigned char *)lit;
	size_t			 len = strlen(lit), i, n, last;
	unsigned long		 cp = 0;
	enum md_cls		 first;

	if (len == 0)
		return 0;
	if (st->prev == MT_START || st->prev == MT_LINE) {
		if (strchr(" -+=~", p[0]) != NULL)
			return 0;
		for (i = 0; i < len && p[i] >= '0' && p[i] <= '9'; i++)
			continue;
		if (i > 0 && i < len && (p[i] == '.' || p[i] == ')'))
			return 0;
	}
	if (strstr(lit, "  ") != NULL || strstr(lit, "&#") != NULL)
		return 0;
	for (i = 0; (i = qr_scan_json(p, i, len, 0)) < len; i += n) {
		n = 1;
		if (p[i] < 0x80) {
			if (p[i] < 0x20 || p[i] == 0x7F)
				return 0;
			continue;	/* '"', '\\', or the last bytes */
		}
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0)
			return 0;
		if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
			return 0;
	}
	last = len - 1;
	while (last > 0 && (p[last] & 0xC0) == 0x80)
		last--;
	/* the first and the last characters, valid by now */
	qr_utf8_decode(p, len, &cp);
	first = md_class(cp);
	qr_utf8_decode(p + last, len - last, &cp);
	if (!md_scan_next(st, first))
		return 0;
	st->prev = MT_TEXT;
	st->cls = md_class(cp);		/* the last character's */
	st->lastsp = cp == ' ';
	return 1;
}

/* A code span's literal: written as it is between single backticks. */
static int
md_scan_code(const char *lit)
{
	const unsigned char	*p = (const unsigned char *)lit;
	size_t			 len = strlen(lit), i, n;
	unsigned long		 cp;

	if (len == 0 || p[0] == ' ' || p[len - 1] == ' ')
		return 0;
	for (i = 0; i < len; i += n) {
		n = 1;
		if (p[i] < 0x80) {
			if (p[i] < 0x20 || p[i] == 0x7F || p[i] == '`' ||
			    p[i] == '[' || p[i] == ']' ||
			    (p[i] == ' ' && p[i + 1] == ' '))
				return 0;
		} else if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0 ||
		    (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
			return 0;
	}
	return 1;
}

/* A link's own parts: a plain destination, no title; written <URL>
 * only when that is the whole link. */
static int
md_scan_link(cmark_node *l)
{
	const char	*url = cmark_node_get_url(l);
	const char	*title = cmark_node_get_title(l);
	cmark_node	*c = cmark_node_first_child(l);
	size_t		 i, n, len;
	unsigned long	 cp;

	if (url == NULL || *url == '\0' || (title != NULL && *title != '\0'))
		return 0;
	len = strlen(url);
	for (i = 0; i < len; i += n) {
		unsigned char ch = (unsigned char)url[i];

		n = 1;
		if (ch >= 0x80) {
			if ((n = qr_utf8_decode((const unsigned char *)url + i,
			    len - i, &cp)) == 0 || cp < 0xA0 ||
			    (cp >= 0xFDD0 && cp <= 0xFDEF) ||
			    (cp & 0xFFFE) == 0xFFFE)
				return 0;
		} else if (!(md_plain[ch] & MD_P_LINKOK))
			return 0;
		else if (ch == '&' && md_entity_like(url + i))
			return 0;	/* the parser would decode it */
	}
	/* cmark writes a link whose text is its URL, and whose URL has a
	 * scheme, as <URL> (its other children left out): fine when that
	 * is all the link holds, as the parser reads <URL> back so */
	if (c != NULL && cmark_node_get_type(c) == CMARK_NODE_TEXT) {
		const char *t = cmark_node_get_literal(c);

		if (t != NULL && strncmp(url, "mailto:", 7) == 0 &&
		    strcmp(t, url + 7) == 0)
			return 0;
		if (t != NULL && strcmp(t, url) == 0) {
			for (i = 1; isalnum((unsigned char)url[i]) ||
			    url[i] == '.' || url[i] == '+' || url[i] == '-'; i++)
				continue;
			if (isalpha((unsigned char)url[0]) && url[i] == ':' &&
			    (i < 2 || i > 32 || cmark_node_next(c) != NULL))
				return 0;
		}
	}
	return 1;
}

/* Does the paragraph or heading "block" surely round-trip (above)? */
static int
md_inline_safe(cmark_node *block)
{
	struct md_scan	 st = { MT_START, MC_WS, 0 };
	cmark_node	*n = cmark_node_first_child(block), *c;
	cmark_node_type	 t, bt = cmark_node_get_type(block);
	int		 heading = bt == CMARK_NODE_HEADING, in_link = 0;

	if (n == NULL)
		return 0;
	while (n != NULL) {
		t = cmark_node_get_type(n);
		switch (t) {
		case CMARK_NODE_TEXT:
			if (!md_scan_text(&st, cmark_node_get_literal(n)))
				return 0;
			break;
		case CMARK_NODE_CODE:
			/* written `lit`, as is: no backtick, bracket,
			 * control or double space in it, no space at its
			 * edges */
			if (st.prev == MT_CODE ||	/* `a``b` */
			    !md_scan_code(cmark_node_get_literal(n)) ||
			    !md_scan_next(&st, MC_PUNCT))
				return 0;
			st.prev = MT_CODE;	/* ends in punctuation */
			st.cls = MC_PUNCT;
			break;
		case CMARK_NODE_LINEBREAK:
			if (heading || st.prev == MT_START ||
			    st.prev == MT_LINE || st.prev == MT_OPEN ||
			    st.prev == MT_LBRACK ||
			    (st.prev == MT_TEXT && st.lastsp) ||
			    !md_scan_next(&st, MC_WS))
				return 0;
			st.prev = MT_LINE;
			break;
		case CMARK_NODE_EMPH:
		case CMARK_NODE_STRONG:
			c = cmark_node_parent(n);
			if (st.prev == MT_OPEN || st.prev == MT_CLOSE ||
			    cmark_node_get_type(c) == t ||
			    cmark_node_first_child(n) == NULL)
				return 0;
			st.cls = st.prev == MT_START || st.prev == MT_LINE ?
			    MC_WS : st.prev == MT_TEXT ? st.cls : MC_PUNCT;
			st.prev = MT_OPEN;
			n = cmark_node_first_child(n);
			continue;
		case CMARK_NODE_LINK:
			if (in_link || cmark_node_first_child(n) == NULL ||
			    !md_scan_link(n) || !md_scan_next(&st, MC_PUNCT))
				return 0;
			in_link = 1;
			st.prev = MT_LBRACK;
			n = cmark_node_first_child(n);
			continue;
		default:
			return 0;
		}
		/* on to the next node, leaving the containers that end */
		while (n != block && cmark_node_next(n) == NULL) {
			n = cmark_node_parent(n);
			if (n == block)
				break;
			if (st.prev == MT_START || st.prev == MT_LINE ||
			    st.prev == MT_OPEN || st.prev == MT_LBRACK)
				return 0;	/* empty, or a break last */
			if (cmark_node_get_type(n) == CMARK_NODE_LINK) {
				if (!md_scan_next(&st, MC_PUNCT))
					return 0;	/* "](" follows */
				in_link = 0;
				st.prev = MT_LINKEND;
				st.cls = MC_PUNCT;
			} else {
				if (st.prev == MT_CLOSE)
					return 0;	/* runs touch */
				st.cls = st.prev == MT_TEXT ? st.cls :
				    MC_PUNCT;
				st.prev = MT_CLOSE;
			}
		}
		n = n == block ? NULL : cmark_node_next(n);
	}
	if (st.prev == MT_START || st.prev == MT_LINE || st.prev == MT_OPEN ||
	    st.prev == MT_LBRACK || (st.prev == MT_TEXT && st.lastsp))
		return 0;
	return md_scan_next(&st, MC_WS);
}

/* May block "b" stand in a regular thread chunk (md_regular)? */
static int
md_regular_block(cmark_node *b)
{
	cmark_node	*p = cmark_node_parent(b), *c, *it;
	int		 nitems;

	switch (cmark_node_get_type(b)) {
	case CMARK_NODE_PARAGRAPH:
		return md_inline_safe(b);
	case CMARK_NODE_BLOCK_QUOTE:
		/* in a comment, after its header; paragraphs only */
		if (cmark_node_get_type(p) != CMARK_NODE_ITEM ||
		    cmark_node_previous(b) == NULL ||
		    (c = cmark_node_first_child(b)) == NULL)
			return 0;
		for (; c != NULL; c = cmark_node_next(c))
			if (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH)
				return 0;
		return 1;
	case CMARK_NODE_ITEM:
		/* opens with a paragraph (the header) */
		c = cmark_node_first_child(b);
		return c != NULL &&
		    cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH;
	case CMARK_NODE_LIST:
		if (cmark_node_get_list_tight(b) ||
		    (it = cmark_node_first_child(b)) == NULL)
			return 0;
		for (nitems = 0, c = it; c != NULL; c = cmark_node_next(c))
			nitems++;
		/* one item that holds one block: the parser finds the
		 * list tight */
		if (nitems == 1 && cmark_node_next(
		    cmark_node_first_child(it)) == NULL)
			return 0;
		if (cmark_node_get_type(p) == CMARK_NODE_DOCUMENT) {
			int start = cmark_node_get_list_start(b);

			/* the chunk's ordered list, alone in it */
			return cmark_node_get_list_type(b) ==
			    CMARK_ORDERED_LIST &&
			    cmark_node_get_list_delim(b) ==
			    CMARK_PERIOD_DELIM && cmark_node_next(b) == NULL &&
			    cmark_node_previous(b) == NULL && start >= 1 &&
			    start < 100000000 - nitems;
		}
		/* replies: a bullet list, last in a comment's item */
		return cmark_node_get_list_type(b) == CMARK_BULLET_LIST &&
		    cmark_node_get_type(p) == CMARK_NODE_ITEM &&
		    cmark_node_next(b) == NULL &&
		    cmark_node_previous(b) != NULL;
	default:
		return 0;
	}
}

/*
 * Would the chunk pass md_check(): does cmark read back what it writes
 * for it, tightness included?  Answered without a parse for a regular
 * thread chunk: one ordered list of comment items, each a header
 * paragraph, then paragraphs and block quotes of paragraphs, then
 * maybe a bullet list of replies of the same form; every paragraph
 * safe (md_inline_safe), every list loose and not a single item of a
 * single block.  cmark writes such a chunk as items separated by blank
 * lines, their blocks separated by blank lines, every line under its
 * containers' prefixes; so the parser finds the same lists (each
 * item's content at its marker's width, no line a block start), the
 * same blocks, and loose lists: a list of two or more items has a
 * blank line between them, and a single item has two blocks with a
 * blank line between them.  A chunk of safe paragraphs only (such as
 * "Comments are closed.") is regular too.  Anything else takes the
 * full check.
 */
static int
md_regular(cmark_node *chunk)
{
	cmark_node *n = cmark_node_first_child(chunk);

	if (n == NULL)
		return 0;
	while (n != NULL) {
		if (!md_regular_block(n))
			return 0;
		/* into containers, never into paragraphs */
		if (cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH &&
		    cmark_node_first_child(n) != NULL) {
			n = cmark_node_first_child(n);
			continue;
		}
		while (n != chunk && cmark_node_next(n) == NULL)
			n = cmark_node_parent(n);
		n = n == chunk ? NULL : cmark_node_next(n);
	}
	return 1;
}

/* ---- rendering: cmark's per-character cost on plain text -------------- */

/*
 * cmark_render_commonmark() spends ~190 instructions on every byte it
 * writes (decode, escape decision, re-encode, append), and most bytes
 * of a thread are running text and URLs that it writes as they are.
 * So before rendering, each long run of such bytes in a text literal or
 * a link or image destination is replaced by MD_MARK (U+FDD0, a
 * noncharacter), and afterwards the k-th MD_MARK in the rendering by
 * the k-th run.  cmark still writes every byte of Markdown syntax
 * (markers, prefixes, escapes, delimiters, brackets); the bytes copied
 * are ones it would have copied itself, in the same place.
 *
 * The rule is cmark 0.30's commonmark renderer (S_out() and outc(),
 * width 0, so no wrapping): a character is written as it is unless
 * outc() escapes it, and outc() decides from the character, the next
 * byte of the same string ("nextc"), "begin_content" (true from a
 * line's start until a character whose (char) cast is no digit) and
 * whether the last byte written is a digit (used only while
 * begin_content holds).  In a text (NORMAL escaping) a run is bytes
 * that outc() never escapes once begin_content is false: ASCII letters,
 * digits, space and " $ % ' ( ) + , - . / : ; = ? @ ^ { | } ~, "&" when
 * the next byte is no ASCII letter, and valid UTF-8 beyond ASCII but no
 * noncharacter (cmark writes U+FFFE and U+FFFF as one byte; MD_MARK is
 * one); no control character (a line break would reset begin_content).
 * A run starts where begin_content is surely false (some earlier
 * character of the string was no digit) or with a character that is
 * never escaped and clears it (an ASCII letter, or a character beyond
 * ASCII whose low byte is no digit, as MD_MARK's); so the run, and
 * MD_MARK, are written as they are and leave begin_content false.  The
 * character before a run must not decide on the run's first byte as its
 * nextc: not "&" before a letter, nor "." or ")" before a space while
 * begin_content may hold.  The characters kept around the runs are then
 * decided as before.  A destination (URL escaping) has no such state:
 * a run is printable ASCII but ` < > \ ( ) and space, and UTF-8 as
 * above.  A string is cut short at its first invalid byte (as cmark
 * stops there).
 *
 * A link whose text is its URL is written as an autolink, from its URL
 * alone, so such a link is left alone (and so is any link whose URL or
 * title holds MD_MARK).  Every run gives exactly one MD_MARK in the
 * rendering, so when the rendering holds exactly as many MD_MARKs as
 * there were runs, none came from elsewhere and the k-th is the k-th
 * run; otherwise the chunk is rendered again with its strings put back.
 * Only with cmark 0.30 (the rule is its renderer's).  A build with
 * -DMD_VERIFY renders every chunk both ways and aborts if they differ.
 */
#define MD_MARK		"\xEF\xB7\x90"	/* U+FDD0 */
#define MD_MARK_LEN	3
#define MD_RUN_MIN	8	/* shorter runs: not worth a MD_MARK */

static int
md_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
md_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

enum md_esc { MD_ESC_TEXT, MD_ESC_URL };

/* What md_render() swapped: the strings it changed (to put back) and
 * the runs (to copy in), both as offsets into "orig". */
struct md_sub {
	struct qr_buf	 orig;	/* original strings, each with its NUL */
	struct qr_buf	 tmp;	/* a string with its runs as MD_MARK */
	struct nodes	 nodes;	/* the nodes changed */
	size_t		*at;	/* per node: its string's offset; low bit:
				 * 1 = the URL, 0 = the literal */
	size_t		*run;	/* per run: offset, length */
	size_t		 nrun, caprun, capat;
};

static void
md_sub_run(struct md_sub *sb, size_t off, size_t len)
{
	if (sb->nrun == sb->caprun) {
		sb->caprun = sb->caprun ? sb->caprun * 2 : 64;
		sb->run = qr_xrealloc(sb->run, sb->caprun * 2 *
		    sizeof(*sb->run));
	}
	sb->run[2 * sb->nrun] = off;
	sb->run[2 * sb->nrun + 1] = len;
	sb->nrun++;
}

/* The length of the character at p (len bytes left) if it may stand in
 * a run (the rule above; "bit": MD_P_TEXT or MD_P_URL), else 0; *cp
 * gets its code point when it is not ASCII. */
static size_t
md_run_char(const unsigned char *p, size_t len, unsigned bit,
    unsigned long *cp)
{
	size_t k;

	if (p[0] < 0x80)
		return (md_plain[p[0]] & bit) || (bit == MD_P_TEXT &&
		    (md_plain[p[0]] & MD_P_AMP) && !md_alpha(p[1]));
	if ((k = qr_utf8_decode(p, len, cp)) == 0 ||
	    (*cp >= 0xFDD0 && *cp <= 0xFDEF) || (*cp & 0xFFFE) == 0xFFFE)
		return 0;
	return k;
}

/* Node n's literal (url=1: URL), kept at "base" in orig, becomes s. */
static void
md_sub_node(struct md_sub *sb, cmark_node *n, size_t base, int url,
    const char *s)
{
	nodes_push(&sb->nodes, n);
	if (sb->nodes.n > sb->capat) {
		sb->capat = sb->nodes.cap;
		sb->at = qr_xrealloc(sb->at, sb->capat * sizeof(*sb->at));
	}
	sb->at[sb->nodes.n - 1] = base << 1 | (size_t)url;
	if (url)
		cmark_node_set_url(n, s);
	else
		cmark_node_set_literal(n, s);
}

/* Swap the runs of "str" (the literal, or with url=1 the URL, of node n)
 * for MD_MARK (the rule above). */
static void
md_sub_string(struct md_sub *sb, cmark_node *n, const char *str, int url)
{
	const unsigned char	*p = (const unsigned char *)str;
	size_t			 i, j, k, len, base, kept = 0, nrun = sb->nrun;
	unsigned long		 cp;
	int			 bcf = url, pbcf = url;
	unsigned char		 c, prev = 0;
	unsigned		 bit = url ? MD_P_URL : MD_P_TEXT;

	len = strlen(str);
	if (len < MD_RUN_MIN)
		return;
	base = sb->orig.len;
	for (i = 0; i < len; ) {
		c = p[i];
		cp = c;
		k = md_run_char(p + i, len - i, bit, &cp);
		if (k > 0 && (url || ((bcf || (c >= 0x80 ?
		    !md_digit((unsigned char)(cp & 0xFF)) : md_alpha(c))) &&
		    (i == 0 || !((prev == '&' && md_alpha(c)) ||
		    ((prev == '.' || prev == ')') && !pbcf && c == ' ')))))) {
			/* a run: begin_content is false after its first
			 * character, so every character of the rule goes */
			for (j = i + k; j < len; j += k) {
				while (md_plain[p[j]] & bit)	/* NUL: 0 */
					j++;
				if (j >= len || (k = md_run_char(p + j,
				    len - j, bit, &cp)) == 0)
					break;
			}
			if (j - i >= MD_RUN_MIN) {
				if (sb->nrun == nrun) {	/* the first */
					qr_buf_put(&sb->orig, str, len + 1);
					if (i == 0 && j == len) {
						/* all of it: one MD_MARK */
						md_sub_run(sb, base, len);
						md_sub_node(sb, n, base, url,
						    MD_MARK);
						return;
					}
					qr_buf_clear(&sb->tmp);
				}
				qr_buf_put(&sb->tmp, str + kept, i - kept);
				qr_buf_put(&sb->tmp, MD_MARK, MD_MARK_LEN);
				md_sub_run(sb, base + i, j - i);
				kept = j;
			}
			prev = p[j - 1];
			pbcf = bcf = 1;
			i = j;
			continue;
		}
		if (c >= 0x80 && (k == 0 && (k = qr_utf8_decode(p + i,
		    len - i, &cp)) == 0))
			break;		/* cmark writes nothing from here */
		if (k == 0)
			k = 1;
		prev = c;
		pbcf = bcf;
		if (!url)
			bcf = c < 0x20 ? 0 : bcf ||
			    !md_digit((unsigned char)(cp & 0xFF));
		i += k;
	}
	if (sb->nrun == nrun)		/* no run: nothing changes */
		return;
	qr_buf_put(&sb->tmp, str + kept, len - kept);
	md_sub_node(sb, n, base, url, qr_buf_cstr(&sb->tmp));
}

/* Would cmark 0.30 write link "l" as an autolink, <URL>, from its URL
 * (is_autolink: a scheme, no title, the first child's literal the URL,
 * or the URL but "mailto:")?  Or does it hold MD_MARK?  Answered
 * loosely: yes whenever the first child's literal is the URL (or the
 * URL but "mailto:"), whatever the scheme and title. */
static int
md_link_keep(cmark_node *l)
{
	const char	*url = cmark_node_get_url(l);
	const char	*title = cmark_node_get_title(l);
	cmark_node	*c = cmark_node_first_child(l);
	const char	*t;

	if (url == NULL)
		url = "";
	if (strstr(url, MD_MARK) != NULL ||
	    (title != NULL && strstr(title, MD_MARK) != NULL))
		return 1;
	if (c == NULL || cmark_node_get_type(c) != CMARK_NODE_TEXT)
		return 0;
	t = cmark_node_get_literal(c);
	if (t == NULL)
		t = "";
	return strcmp(t, url) == 0 || (strncmp(url, "mailto:", 7) == 0 &&
	    strcmp(t, url + 7) == 0);
}

/* Is the cmark this was built against one whose renderer the rule above
 * describes (0.30.x)? */
static int
md_cmark_030(void)
{
	return (cmark_version() >> 8) == 0x1E;
}

/* Put the strings md_sub_string() changed back. */
static void
md_sub_restore(struct md_sub *sb)
{
	size_t k;

	for (k = 0; k < sb->nodes.n; k++) {
		const char *o = sb->orig.data + (sb->at[k] >> 1);

		if (sb->at[k] & 1)
			cmark_node_set_url(sb->nodes.v[k], o);
		else
			cmark_node_set_literal(sb->nodes.v[k], o);
	}
}

static void
md_sub_free(struct md_sub *sb)
{
	qr_buf_free(&sb->orig);
	qr_buf_free(&sb->tmp);
	free(sb->nodes.v);
	free(sb->at);
	free(sb->run);
}

/*
 * cmark_render_commonmark(chunk) (width 0), with the runs written as
 * MD_MARK and copied in afterwards (above).  With "restore", the
 * strings are put back in the tree (md_check compares them); without,
 * the chunk is left with MD_MARKs in it, for the caller to free.
 */
static char *
md_render(cmark_node *chunk, int restore)
{
	struct md_sub	 sb;
	struct qr_buf	 out = {0};
	cmark_node	*n, *c;
	const char	*p, *q, *end;
	char		*s;
	size_t		 k, slen;
	int		 ok;

	memset(&sb, 0, sizeof(sb));
	n = md_cmark_030() ? cmark_node_first_child(chunk) : NULL;
	while (n != NULL) {
		cmark_node_type t = cmark_node_get_type(n);

		/* in the order cmark writes them: a destination after its
		 * link's text */
		if (t == CMARK_NODE_TEXT)
			md_sub_string(&sb, n, cmark_node_get_literal(n), 0);
		else if ((t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) &&
		    md_link_keep(n))
			;	/* nor its children */
		else if ((c = cmark_node_first_child(n)) != NULL) {
			n = c;
			continue;
		} else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE)
			md_sub_string(&sb, n, cmark_node_get_url(n), 1);
		while (n != chunk && cmark_node_next(n) == NULL) {
			n = cmark_node_parent(n);
			t = cmark_node_get_type(n);
			if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE)
				md_sub_string(&sb, n, cmark_node_get_url(n), 1);
		}
		n = n == chunk ? NULL : cmark_node_next(n);
	}
	s = cmark_render_commonmark(chunk, CMARK_OPT_DEFAULT, 0);
	if (sb.nrun == 0) {
		md_sub_free(&sb);
		return s;
	}
	/* the k-th MD_MARK is the k-th run */
	slen = strlen(s);
	qr_buf_grow(&out, slen + sb.orig.len);
	p = s;
	end = s + slen;
	for (k = 0; k < sb.nrun && (q = memmem(p, (size_t)(end - p), MD_MARK,
	    MD_MARK_LEN)) != NULL; k++) {
		qr_buf_put(&out, p, (size_t)(q - p));
		qr_buf_put(&out, sb.orig.data + sb.run[2 * k],
		    sb.run[2 * k + 1]);
		p = q + MD_MARK_LEN;
	}
	ok = k == sb.nrun && memmem(p, (size_t)(end - p), MD_MARK,
	    MD_MARK_LEN) == NULL;
	qr_buf_put(&out, p, (size_t)(end - p));
	free(s);
#ifdef MD_VERIFY
	restore = 1;
#endif
	if (restore || !ok)
		md_sub_restore(&sb);
	md_sub_free(&sb);
	if (!ok) {
		qr_buf_free(&out);
		return cmark_render_commonmark(chunk, CMARK_OPT_DEFAULT, 0);
	}
#ifdef MD_VERIFY
	s = cmark_render_commonmark(chunk, CMARK_OPT_DEFAULT, 0);
	if (strcmp(s, qr_buf_cstr(&out)) != 0) {
		fprintf(stderr, "md_render: differs:\n--- cmark\n%s--- ours\n%s",
		    s, qr_buf_cstr(&out));
		abort();
	}
	free(s);
#endif
	return qr_buf_detach(&out, NULL);
}

/*
 * The length of the rendering of the chunk's context after a piece was
 * written (md_piece): the path down to the chain's list and the item
 * kept in it, without what was built after them, which is taken off
 * for the rendering and put back.  cmark writes what follows a node
 * after what it wrote for the node, so this is where the new part of
 * the chunk's rendering starts.
 */
static size_t
md_context_len(struct md *m)
{
	struct nodes	 held = {0};
	size_t		*at = NULL, i, k, len;
	cmark_node	*c, *x;
	char		*s;

	for (i = m->npath; i-- > 0; ) {
		x = i + 1 < m->npath ? m->path[i + 1] : m->keep;
		while ((c = cmark_node_next(x)) != NULL) {
			cmark_node_unlink(c);
			nodes_push(&held, c);
			at = qr_xrealloc(at, held.cap * sizeof(*at));
			at[held.n - 1] = i;
		}
	}
	s = cmark_render_commonmark(m->path[0], CMARK_OPT_DEFAULT, 0);
	len = strlen(s);
	free(s);
	/* back in their order: each parent's held nodes were pushed from
	 * its first to its last */
	for (k = 0; k < held.n; k++)
		cmark_node_append_child(m->path[at[k]], held.v[k]);
	free(held.v);
	free(at);
	return len;
}

/*
 * Render a chunk (a cmark document), check that it parses back to
 * itself, repair where it does not, and write it (after a piece of it
 * was written, only what follows that piece).  With "more", the chunk
 * is kept as it was built (its strings too), to go on.
 * Fast path: one render and one parse.  Otherwise every paragraph and
 * heading is checked on its own (linear), and the chunk is rendered
 * again until list tightness settles.  cmark is not always its own
 * fixpoint on tightness (an item holding a list and then a paragraph
 * in a list the parser finds tight: rendered tight, the paragraph
 * becomes a lazy continuation line); then the last rendering whose
 * structure parsed back right is written.
 */
static void
md_write_chunk(struct md *m, cmark_node *chunk, int more)
{
	char		*s, *good = NULL;
	int		 tight, round;
	size_t		 skip = 0;
	cmark_node	*bad;

	cmark_consolidate_text_nodes(chunk);
	md_separate_lists(chunk);
	if (md_regular(chunk)) {
		/* strings restored where the tree is rendered again:
		 * to go on, or for the context's length */
		s = md_render(chunk, more || m->npath > 0);
		bad = NULL;	/* what md_check would find: see above */
		tight = 0;
	} else {
		s = md_render(chunk, 1);
		bad = md_check(chunk, s, &tight, 1);
	}
	if (bad != NULL) {
		struct nodes	a = {0};
		size_t		k;

		free(s);
		nodes_collect(&a, chunk, BIT(CMARK_NODE_PARAGRAPH) |
		    BIT(CMARK_NODE_HEADING));
		for (k = 0; k < a.n; k++)
			md_repair_block(a.v[k]);
		free(a.v);
		bad = md_roundtrip(chunk, &s, &tight);
	}
	for (round = 0; tight && round < MD_ROUNDS; round++) {
		if (bad == NULL) {
			free(good);
			good = s;
		} else
			free(s);
		bad = md_roundtrip(chunk, &s, &tight);
	}
	if (bad != NULL && good != NULL) {
		free(s);
		s = good;
		good = NULL;
	}
	free(good);
	if (m->npath > 0) {
		/* the part a piece wrote, as it is rendered now */
		skip = md_context_len(m);
		if (skip > strlen(s))
			skip = strlen(s);
	} else if (*s != '\0' && !m->first)
		putc('\n', m->f);
	if (s[skip] != '\0')
		qr_out_put(m->f, s + skip, strlen(s + skip));
	free(s);
	m->first = 0;
}

/* Write a chunk, and free it. */
static void
md_emit(struct md *m, cmark_node *chunk)
{
	md_write_chunk(m, chunk, 0);
	cmark_node_free(chunk);
	m->npath = 0;
	m->since = 0;
	m->built = 0;
}

/*
 * A deep chain, piece by piece.  Replies beyond the cap all go to one
 * list (the deepest level's), so a 1,000-deep chain would be one cmark
 * tree of 1,000 items, rendered and parsed back whole.  Before another
 * item goes to that list, once "piece" comments were built since the
 * chunk was last written, the chunk is written as it stands and cut
 * back to its context: the path from the chunk down to the list, each
 * comment on it with its header alone, and the list's last item.  The
 * next writing of the chunk renders that context again and writes
 * only what follows it (md_context_len): cmark renders a node the same
 * whatever follows it in its list or its ancestors (the list stays
 * loose, its items indented by their ancestors' markers), so the
 * pieces join into the bytes of the whole chunk's rendering.  Open
 * comments whose items went with a piece are MD_GONE on the stack.
 */
static void
md_piece(struct md *m, cmark_node *list, size_t depth)
{
	cmark_node	*x, *c, *next, *keep, *path[MD_PATH];
	size_t		 n = 0, i, k, number = 0;

	for (x = list; x != NULL && n < MD_PATH; x = cmark_node_parent(x))
		path[n++] = x;
	/* not before the list has two items: the parse back (md_check)
	 * would find a list of one item of one block tight, and the
	 * tightness it copies into the tree would hold for the rest */
	if (x != NULL || (keep = cmark_node_last_child(list)) == NULL ||
	    keep == cmark_node_first_child(list))
		return;
	/* written with the context of the piece before, if any */
	md_write_chunk(m, path[n - 1], 1);
	for (i = 0; i < n; i++)
		m->path[i] = path[n - 1 - i];
	m->npath = n;
	m->keep = keep;
	/* the top-level item keeps its number: its list's start */
	if (n > 2 && cmark_node_get_type(m->path[1]) == CMARK_NODE_LIST &&
	    cmark_node_get_list_type(m->path[1]) == CMARK_ORDERED_LIST) {
		for (c = cmark_node_first_child(m->path[1]); c != NULL &&
		    c != m->path[2]; c = cmark_node_next(c))
			number++;
		number += (size_t)cmark_node_get_list_start(m->path[1]);
	}
	for (i = 0; i < n; i++) {
		x = m->path[i];
		keep = i + 1 < n ? m->path[i + 1] : m->keep;
		for (c = cmark_node_first_child(x); c != NULL; c = next) {
			next = cmark_node_next(c);
			/* a comment's header paragraph stays */
			if (c == keep || (c == cmark_node_first_child(x) &&
			    cmark_node_get_type(x) == CMARK_NODE_ITEM &&
			    cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH))
				continue;
			cmark_node_free(c);
		}
	}
	if (number > 0)
		cmark_node_set_list_start(m->path[1], (int)number);
	for (k = 0; k < depth; k++) {
		if (m->stack[k] == NULL || m->stack[k] == MD_GONE(m) ||
		    m->stack[k] == m->keep)
			continue;
		for (i = 0; i < n && m->stack[k] != m->path[i]; i++)
			continue;
		if (i == n)
			m->stack[k] = MD_GONE(m);
	}
	m->since = 0;
}

/* ---- the model to cmark ------------------------------------------------ */

/* Has s any character that is not white space? */
static int
known(const char *s)
{
	if (s == NULL)
		return 0;
	for (; *s != '\0'; s++)
		if (!is_ws((unsigned char)*s))
			return 1;
	return 0;
}

/* The header paragraph of a comment: **Author** · date · in reply to. */
static void
md_header(cmark_node *item, const struct qr_node *n, int beyond_cap)
{
	const struct qr_comment *c = &n->as.comment;
	cmark_node	*p = cmark_node_new(CMARK_NODE_PARAGRAPH), *x, *l;
	int		 parts = 0;

	cmark_node_append_child(item, p);
	/* every comment opens with its header: an item that opens with a
	 * paragraph is what keeps cmark a fixpoint (see md_ensure_head) */
	x = APPEND(p, CMARK_NODE_STRONG);
	if (known(c->author_url)) {
		l = APPEND(x, CMARK_NODE_LINK);
		md_set_url(l, c->author_url);
		x = l;
	}
	md_text(x, known(c->author) ? c->author : MD_ANONYMOUS);
	parts++;
	if (known(c->date)) {
		if (parts++)
			md_text(p, " · ");
		x = p;
		if (known(c->url)) {
			x = APPEND(p, CMARK_NODE_LINK);
			md_set_url(x, c->url);
		}
		md_text(x, c->date);
	} else if (known(c->url)) {
		if (parts++)
			md_text(p, " · ");
		x = APPEND(p, CMARK_NODE_LINK);
		md_set_url(x, c->url);
		md_text(x, "permalink");
	}
	if (beyond_cap) {
		const struct qr_comment *pc = &n->parent->as.comment;
		const char *name = known(pc->author) ?
		    pc->author : MD_ANONYMOUS;

		if (parts++)
			md_text(p, " · ");
		md_text(p, "in reply to ");
		x = p;
		if (known(pc->url)) {
			x = APPEND(p, CMARK_NODE_LINK);
			md_set_url(x, pc->url);
		}
		md_text(x, name);
	}
	if (parts > 0)
		md_fix_inlines(p);
	if (cmark_node_first_child(p) == NULL)	/* nothing, or spaces */
		cmark_node_free(p);
}

/*
 * A comment's item must open with a paragraph.  An item that opens with
 * a quote, list or code block and goes on can be found tight by cmark's
 * parser (the blank line after such a block is not the item's), and a
 * tight item loses the blank line that ends the block; an empty item
 * loses the blank line after it.  md_header always writes a header;
 * this is the safety net should it ever come out empty.
 */
static void
md_ensure_head(cmark_node *item)
{
	cmark_node *first = cmark_node_first_child(item), *p, *x;

	if (first != NULL && cmark_node_get_type(first) ==
	    CMARK_NODE_PARAGRAPH)
		return;
	p = cmark_node_new(CMARK_NODE_PARAGRAPH);
	if (first != NULL)
		cmark_node_insert_before(first, p);
	else
		cmark_node_append_child(item, p);
	x = APPEND(p, CMARK_NODE_STRONG);
	md_text(x, MD_ANONYMOUS);
}

/* Set a list tight when no item holds more than one block (the round
 * trip check corrects the rest from cmark's own parse). */
static void
md_set_tight(cmark_node *list)
{
	cmark_node	*it;
	int		 tight = 1;

	for (it = cmark_node_first_child(list); it != NULL;
	    it = cmark_node_next(it)) {
		cmark_node *c = cmark_node_first_child(it);

		if (c != NULL && cmark_node_next(c) != NULL)
			tight = 0;
	}
	cmark_node_set_list_tight(list, tight);
}

/* The cmark block node for a model block, appended to "parent"; NULL for
 * a container left out (flattened): its children go to "parent". */
static cmark_node *
md_enter_block(struct md *m, const struct qr_node *n, cmark_node *parent,
    unsigned nest, int heading_shift)
{
	cmark_node	*x, *t;
	int		 lvl;

	(void)m;
	switch (n->kind) {
	case QR_PARA:
		return APPEND(parent, CMARK_NODE_PARAGRAPH);
	case QR_HEADING:
		x = APPEND(parent, CMARK_NODE_HEADING);
		lvl = n->as.level + heading_shift;
		cmark_node_set_heading_level(x, lvl < 1 ? 1 : lvl > 6 ? 6 : lvl);
		return x;
	case QR_QUOTE:
		if (nest >= MD_BODY_CAP)
			return NULL;
		return APPEND(parent, CMARK_NODE_BLOCK_QUOTE);
	case QR_LIST:
		if (nest >= MD_BODY_CAP)
			return NULL;
		x = APPEND(parent, CMARK_NODE_LIST);
		cmark_node_set_list_type(x, n->as.list.ordered ?
		    CMARK_ORDERED_LIST : CMARK_BULLET_LIST);
		if (n->as.list.ordered) {
			cmark_node_set_list_delim(x, CMARK_PERIOD_DELIM);
			cmark_node_set_list_start(x, n->as.list.start < 0 ? 0 :
			    n->as.list.start > 999999999 ? 999999999 :
			    n->as.list.start);
		}
		return x;
	case QR_ITEM:
		if (cmark_node_get_type(parent) != CMARK_NODE_LIST)
			return NULL;	/* its list was flattened */
		return APPEND(parent, CMARK_NODE_ITEM);
	case QR_CODE_BLOCK: {
		const char	*s = n->as.literal ? n->as.literal : "";
		size_t		 len = strlen(s);
		struct qr_buf	 b = {0};

		x = APPEND(parent, CMARK_NODE_CODE_BLOCK);
		qr_buf_put(&b, s, len);
		if (len == 0 || s[len - 1] != '\n')
			qr_buf_putc(&b, '\n');
		cmark_node_set_literal(x, qr_buf_cstr(&b));
		qr_buf_free(&b);
		return x;
	}
	case QR_BREAK:
		return APPEND(parent, CMARK_NODE_THEMATIC_BREAK);
	case QR_IMAGE_BLOCK:
		x = APPEND(parent, CMARK_NODE_PARAGRAPH);
		t = APPEND(x, CMARK_NODE_IMAGE);
		md_set_url(t, n->as.image.src);
		md_set_title(t, n->as.image.title);
		if (n->as.image.alt != NULL && *n->as.image.alt != '\0')
			md_text(t, n->as.image.alt);
		return x;
	default:
		return NULL;
	}
}

static cmark_node *
md_enter_inline(const struct qr_node *n, cmark_node *parent)
{
	cmark_node *x;

	switch (n->kind) {
	case QR_TEXT:
		return md_text(parent, n->as.literal);
	case QR_EMPH:
		return APPEND(parent, CMARK_NODE_EMPH);
	case QR_STRONG:
		return APPEND(parent, CMARK_NODE_STRONG);
	case QR_CODE: {
		char *c = md_clean(n->as.literal);

		x = APPEND(parent, CMARK_NODE_CODE);
		cmark_node_set_literal(x, c);
		free(c);
		return x;
	}
	case QR_LINK:
		x = APPEND(parent, CMARK_NODE_LINK);
		md_set_url(x, n->as.link.href);
		md_set_title(x, n->as.link.title);
		return x;
	case QR_IMAGE:
		x = APPEND(parent, CMARK_NODE_IMAGE);
		md_set_url(x, n->as.image.src);
		md_set_title(x, n->as.image.title);
		if (n->as.image.alt != NULL && *n->as.image.alt != '\0')
			md_text(x, n->as.image.alt);
		return x;
	case QR_LINEBREAK:
		return APPEND(parent, CMARK_NODE_LINEBREAK);
	default:
		return NULL;
	}
}

/*
 * Walk "root" (the body, or one top-level comment) and build its cmark
 * nodes under "dst" (the chunk's container: the document, or the
 * top-level comment's item).  One qr_walk; a heap stack holds the cmark
 * container of each open model node.
 */
static void
md_build(struct md *m, const struct qr_node *root, cmark_node *dst)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		size_t		 d = w.depth;
		cmark_node	*parent, *x = NULL;
		unsigned	 nest;

		if (ev == QR_EXIT) {
			x = m->stack[d];
			if (x == NULL || x == MD_GONE(m) ||
			    (d > 0 && x == m->stack[d - 1]))
				continue;
			if (n->kind == QR_COMMENT) {
				md_ensure_head(x);
				continue;
			}
			switch (cmark_node_get_type(x)) {
			case CMARK_NODE_PARAGRAPH:
			case CMARK_NODE_HEADING:
				if (n->kind == QR_PARA || n->kind == QR_HEADING)
					md_fix_inlines(x);
				/* an empty paragraph writes nothing */
				if (n->kind == QR_PARA &&
				    cmark_node_first_child(x) == NULL)
					cmark_node_free(x);
				break;
			case CMARK_NODE_LIST:
				if (n->kind == QR_LIST)
					md_set_tight(x);
				break;
			case CMARK_NODE_EMPH:
			case CMARK_NODE_STRONG:
				break;	/* repaired with their block */
			default:
				break;
			}
			continue;
		}
		md_stack_reserve(m, d);
		if (d == 0) {
			m->stack[0] = dst;
			m->nest[0] = 0;
			if (n->kind == QR_COMMENT) {
				md_header(dst, n, 0);
				m->since++;
				m->built++;
			}
			continue;
		}
		parent = m->stack[d - 1];
		nest = m->nest[d - 1];
		m->stack[d] = NULL;
		m->nest[d] = nest;
		if (parent == NULL || (parent == MD_GONE(m) &&
		    n->kind != QR_COMMENT)) {
			/* (MD_GONE: a comment's blocks come before its
			 * replies, so never) */
			qr_walk_skip(&w);
			continue;
		}
		if (n->kind == QR_COMMENT) {
			unsigned	 cd = n->as.comment.depth;
			cmark_node	*list, *last;

			if (cd == 0)	/* built by hand: count levels */
				cd = (unsigned)(d + 1);
			if (cd <= MD_CAP) {
				/* the first reply opens the reply list */
				last = cmark_node_last_child(parent);
				if (n->prev == NULL || n->prev->kind != QR_COMMENT ||
				    last == NULL ||
				    cmark_node_get_type(last) != CMARK_NODE_LIST) {
					list = APPEND(parent, CMARK_NODE_LIST);
					cmark_node_set_list_type(list,
					    CMARK_BULLET_LIST);
					cmark_node_set_list_tight(list, 0);
				} else
					list = last;
			} else {
				/* the chain's list: a piece of it may go */
				list = parent == MD_GONE(m) ?
				    m->path[m->npath - 1] :
				    cmark_node_parent(parent);
				if (m->since >= m->piece)
					md_piece(m, list, d);
			}
			m->since++;
			m->built++;
			x = APPEND(list, CMARK_NODE_ITEM);
			md_header(x, n, cd > MD_CAP);
			m->stack[d] = x;
			m->nest[d] = 0;
			continue;
		}
		if (qr_is_block(n->kind) || n->kind == QR_ITEM) {
			x = md_enter_block(m, n, parent, nest, m->heading_shift +
			    (root->kind == QR_COMMENT ? 1 : 0));
			if (x == NULL && (n->kind == QR_QUOTE ||
			    n->kind == QR_LIST || n->kind == QR_ITEM))
				x = parent;	/* flattened */
			else if (n->kind == QR_QUOTE || n->kind == QR_LIST)
				m->nest[d] = nest + 1;
			if (n->kind == QR_IMAGE_BLOCK)
				x = NULL;	/* no children */
		} else if (qr_is_inline(n->kind))
			x = md_enter_inline(n, parent);
		m->stack[d] = x;
		if (x == NULL)
			qr_walk_skip(&w);
	}
}

/* ---- front matter ------------------------------------------------------ */

/* A YAML double-quoted scalar: backslash, quote and every control
 * escaped, plus the characters YAML reads as line breaks. */
static void
yaml_str(FILE *f, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), i, n;
	unsigned long		 cp;

	putc('"', f);
	for (i = 0; i < len; i += n) {
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			fputs("\\uFFFD", f);
			n = 1;
			continue;
		}
		switch (cp) {
		case '"':  fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		case 0x85: fputs("\\N", f); break;
		case 0xA0: fputs("\\_", f); break;
		case 0x2028: fputs("\\L", f); break;
		case 0x2029: fputs("\\P", f); break;
		case 0xFEFF: fputs("\\uFEFF", f); break;
		default:
			if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
				fprintf(f, "\\x%02lX", cp);
			else
				fwrite(p + i, 1, n, f);
			break;
		}
	}
	putc('"', f);
}

/* Is s an ISO 8601 date Hugo and Jekyll both parse (YYYY-MM-DD, then
 * optionally Thh:mm[:ss[.f]] and Z or +hh:mm)? */
static int
yaml_date_ok(const char *s)
{
	size_t i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return 0;
	s += 10;
	if (*s == '\0')
		return 1;
	if ((*s != 'T' && *s != ' ') || !isdigit((unsigned char)s[1]) ||
	    !isdigit((unsigned char)s[2]) || s[3] != ':' ||
	    !isdigit((unsigned char)s[4]) || !isdigit((unsigned char)s[5]))
		return 0;
	s += 6;
	if (*s == ':') {
		if (!isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]))
			return 0;
		s += 3;
		if (*s == '.') {
			s++;
			if (!isdigit((unsigned char)*s))
				return 0;
			while (isdigit((unsigned char)*s))
				s++;
		}
	}
	if (*s == 'Z')
		return s[1] == '\0';
	if (*s == '+' || *s == '-')
		return isdigit((unsigned char)s[1]) &&
		    isdigit((unsigned char)s[2]) && s[3] == ':' &&
		    isdigit((unsigned char)s[4]) &&
		    isdigit((unsigned char)s[5]) && s[6] == '\0';
	return *s == '\0';
}

/*
 * YAML front matter.  Unknown fields are left out (never "null").  The
 * page's address is "source_url": Hugo's own "url" key would move the
 * generated page to that path.  A date neither Hugo nor Jekyll would
 * parse is left out (both refuse to build the page).
 */
static void
md_front_matter(FILE *f, const struct qr_doc *doc)
{
	size_t i;

	fputs("---\n", f);
	if (doc->title != NULL) {
		fputs("title: ", f);
		yaml_str(f, doc->title);
		putc('\n', f);
	}
	if (doc->author != NULL) {
		fputs("author: ", f);
		yaml_str(f, doc->author);
		putc('\n', f);
	}
	if (doc->date != NULL && yaml_date_ok(doc->date)) {
		fputs("date: ", f);
		yaml_str(f, doc->date);
		putc('\n', f);
	}
	if (doc->url != NULL) {
		fputs("source_url: ", f);
		yaml_str(f, doc->url);
		putc('\n', f);
	}
	if (doc->ntags > 0) {
		fputs("tags: [", f);
		for (i = 0; i < doc->ntags; i++) {
			if (i > 0)
				fputs(", ", f);
			yaml_str(f, doc->tags[i]);
		}
		fputs("]\n", f);
	}
	fputs("---\n", f);
}

/* ---- the writer -------------------------------------------------------- */

enum qr_status
qr_write_markdown(const struct qr_doc *doc, FILE *f,
    const struct qr_options *opt, struct qr_error *err)
{
	return qr_write_markdown_pieces(doc, f, opt, MD_PIECE, err);
}

enum qr_status
qr_write_markdown_pieces(const struct qr_doc *doc, FILE *f,
    const struct qr_options *opt, size_t piece, struct qr_error *err)
{
	struct md	 m;
	cmark_node	*head, *x;
	struct qr_node	*c;
	int		 comments, number = 1;

	(void)err;
	memset(&m, 0, sizeof(m));
	m.f = f;
	m.opt = opt;
	m.doc = doc;
	m.heading_shift = 1;
	m.first = 1;
	m.piece = piece > 0 ? piece : 1;
	comments = (opt == NULL || !opt->no_comments) &&
	    (doc->thread->first != NULL || doc->comments_closed);

	if (opt != NULL && opt->front_matter)
		md_front_matter(f, doc);

	/* the head: title, body, "## Comments" */
	head = cmark_node_new(CMARK_NODE_DOCUMENT);
	if ((opt == NULL || !opt->front_matter) && doc->title != NULL &&
	    *doc->title != '\0') {
		x = APPEND(head, CMARK_NODE_HEADING);
		cmark_node_set_heading_level(x, 1);
		md_text(x, doc->title);
		md_fix_inlines(x);
	}
	md_build(&m, doc->body, head);
	if (comments) {
		x = APPEND(head, CMARK_NODE_HEADING);
		cmark_node_set_heading_level(x, 2);
		md_text(x, "Comments");
	}
	if (cmark_node_first_child(head) != NULL) {
		md_emit(&m, head);
	} else
		cmark_node_free(head);

	/* the thread: chunks of up to MD_CHUNK top-level comments, cut
	 * after the top-level comment that brings them to MD_CHUNK_BUILT
	 * comments in all.  A chunk's cmark tree, its renderings and their
	 * parse back are malloc()'d, and the heap grows to hold the
	 * biggest: bounded by comments, not by top-level comments, that is
	 * the same on every page (on the 50k gen-thread page a chunk of 32
	 * held up to 1,094 comments: 2,551 page faults against json's
	 * 1,015; cut at 64: 1,423).  Where chunks are cut does not show:
	 * each continues its list's numbering, and the loose list writes
	 * the same blank line between its items that putc() writes
	 * between chunks (the Markdown of every test page and of the
	 * gen-thread pages is the same cut after every top-level
	 * comment). */
	if (comments) {
		cmark_node	*chunk = NULL, *list = NULL;
		int		 inchunk = 0;

		for (c = doc->thread->first; c != NULL; c = c->next) {
			if (c->kind != QR_COMMENT)
				continue;
			if (chunk == NULL) {
				chunk = cmark_node_new(CMARK_NODE_DOCUMENT);
				list = APPEND(chunk, CMARK_NODE_LIST);
				cmark_node_set_list_type(list,
				    CMARK_ORDERED_LIST);
				cmark_node_set_list_delim(list,
				    CMARK_PERIOD_DELIM);
				cmark_node_set_list_start(list, number);
				cmark_node_set_list_tight(list, 0);
				inchunk = 0;
			}
			number++;
			md_build(&m, c, APPEND(list, CMARK_NODE_ITEM));
			if (++inchunk == MD_CHUNK || m.built >= MD_CHUNK_BUILT ||
			    c->next == NULL) {
				md_emit(&m, chunk);
				chunk = NULL;
			}
		}
		if (chunk != NULL) {	/* the last node was not a comment */
			md_emit(&m, chunk);
		}
		if (doc->comments_closed) {
			chunk = cmark_node_new(CMARK_NODE_DOCUMENT);
			md_text(APPEND(chunk, CMARK_NODE_PARAGRAPH),
			    "Comments are closed.");
			md_emit(&m, chunk);
		}
	}
	if (m.first)
		putc('\n', f);	/* an empty document, as cmark writes it */
	free(m.stack);
	free(m.nest);
	return QR_OK;
}
