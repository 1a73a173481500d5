/*
 * check_markdown.c -- the Markdown writer on models built here: the
 * layout, every block and inline kind, escaping (checked by rendering
 * quire's output to HTML with cmark and comparing the visible text with
 * the model's), front matter, the depth cap, a 10,000-deep chain, and
 * random documents made of Markdown-looking text (fixpoint, structure,
 * text).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "internal.h"
#include "tests.h"

#define CAP	6	/* the writer's documented list-level cap */

static char *
md(const struct qr_doc *doc, int front_matter)
{
	struct qr_options o;
	char		*s;
	const char	*dump = getenv("QUIRE_MD_DUMP");

	qr_options_init(&o);
	o.front_matter = front_matter;
	s = test_render(doc, QR_OUT_MARKDOWN, &o);
	if (dump != NULL) {	/* debugging: DUMP.PID.N.md */
		static int	 nth;
		char		 path[4096];
		FILE		*f;

		snprintf(path, sizeof(path), "%s.%ld.%d.md", dump,
		    (long)getpid(), nth++);
		f = fopen(path, "w");

		if (f != NULL) {
			fputs(s, f);
			fclose(f);
		}
	}
	return s;
}

static unsigned cur_seed;	/* of the random document being checked */

/* ck_assert_str_eq for long texts (Check's messages are limited):
 * reports the first line that differs. */
static void
assert_same_text(const char *got, const char *want)
{
	const char	*g = got, *w = want;
	size_t		 line = 1;

	while (*g != '\0' && *g == *w) {
		if (*g == '\n')
			line++;
		g++;
		w++;
	}
	if (*g == '\0' && *w == '\0')
		return;
	while (g > got && g[-1] != '\n' && w > want && w[-1] != '\n') {
		g--;
		w--;
	}
	ck_abort_msg("seed %u: line %zu differs:\n got  [%.200s]\n want "
	    "[%.200s]", cur_seed, line, g, w);
}

/* Is "s" a fixpoint of cmark's parse + render? */
static void
assert_fixpoint(const char *s)
{
	cmark_node	*d = cmark_parse_document(s, strlen(s), CMARK_OPT_DEFAULT);
	char		*r = cmark_render_commonmark(d, CMARK_OPT_DEFAULT, 0);

	assert_same_text(r, s);
	free(r);
	cmark_node_free(d);
}

struct shape {
	size_t	items, quotes, maxlist;
};

/* Items, block quotes and the deepest list nesting of a Markdown text
 * as cmark parses it. */
static struct shape
shape_of(const char *s)
{
	cmark_node	*d = cmark_parse_document(s, strlen(s), CMARK_OPT_DEFAULT);
	cmark_iter	*it = cmark_iter_new(d);
	cmark_event_type ev;
	struct shape	 sh = {0, 0, 0};
	size_t		 lists = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_ITEM:
			if (ev == CMARK_EVENT_ENTER)
				sh.items++;
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			if (ev == CMARK_EVENT_ENTER)
				sh.quotes++;
			break;
		case CMARK_NODE_LIST:
			if (ev == CMARK_EVENT_ENTER) {
				if (++lists > sh.maxlist)
					sh.maxlist = lists;
			} else
				lists--;
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(d);
	return sh;
}

/* Collapse ASCII white space, drop U+200B, trim: text as a browser
 * shows it, minus the writer's fence guard. */
static char *
norm_ws(const char *s)
{
	struct qr_buf	 b = {0};
	int		 sp = 1;

	for (; *s != '\0'; s++) {
		if (strncmp(s, "\xE2\x80\x8B", 3) == 0) {
			s += 2;
			continue;
		}
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			sp = 1;
			continue;
		}
		if (sp && b.len > 0)
			qr_buf_putc(&b, ' ');
		sp = 0;
		qr_buf_putc(&b, *s);
	}
	qr_buf_putc(&b, '\0');
	return qr_buf_detach(&b, NULL);
}

/* The text of every <p> and <hN> of the HTML that cmark makes of "s",
 * one per line (white space collapsed), entities decoded by libxml2. */
static char *
visible_text(const char *s)
{
	char		*html = cmark_markdown_to_html(s, strlen(s),
			    CMARK_OPT_DEFAULT);
	htmlDocPtr	 h = htmlReadMemory(html, (int)strlen(html), NULL,
			    "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
			    HTML_PARSE_NONET);
	xmlNodePtr	 n;
	char		*out = NULL;
	size_t		 len = 0;
	FILE		*f = open_memstream(&out, &len);

	ck_assert(h != NULL || *html == '\0');
	n = h != NULL ? xmlDocGetRootElement(h) : NULL;
	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE &&
		    (strcmp((const char *)n->name, "p") == 0 ||
		    (n->name[0] == 'h' && n->name[1] >= '1' &&
		    n->name[1] <= '6' && n->name[2] == '\0'))) {
			xmlChar	*t = xmlNodeGetContent(n);
			char	*u = norm_ws((const char *)t);

			fprintf(f, "%s\n", u);
			free(u);
			xmlFree(t);
		} else if (n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent;
		if (n != NULL)
			n = n->next;
	}
	fclose(f);
	xmlFreeDoc(h);
	free(html);
	return out;
}

static struct qr_node *
para(struct qr_doc *doc, struct qr_node *parent, const char *text)
{
	struct qr_node *p = qr_add_block(doc, parent, QR_PARA);

	qr_add_text(doc, p, text, strlen(text));
	return p;
}

static struct qr_node *
comment(struct qr_doc *doc, struct qr_node *parent, const char *author,
    const char *date)
{
	struct qr_node *c = qr_open_comment(doc, parent);

	ck_assert_ptr_nonnull(c);
	c->as.comment.author = author ? qr_doc_strdup(doc, author) : NULL;
	c->as.comment.date = date ? qr_doc_strdup(doc, date) : NULL;
	return c;
}

/* ---- layout --------------------------------------------------------- */

START_TEST(test_layout)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *x, *l, *it, *c, *r, *q;
	char		*s;

	doc->title = qr_doc_strdup(doc, "A title");
	x = qr_add_block(doc, doc->body, QR_HEADING);
	x->as.level = 1;
	qr_add_text(doc, x, "Part one", 8);
	p = qr_add_block(doc, doc->body, QR_PARA);
	qr_add_text(doc, p, "Some ", 5);
	x = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, x, "very", 4);
	qr_add_text(doc, p, " ", 1);
	x = qr_add_block(doc, p, QR_STRONG);
	qr_add_text(doc, x, "bold", 4);
	qr_add_text(doc, p, " text ", 6);
	x = qr_add_block(doc, p, QR_LINK);
	x->as.link.href = qr_doc_strdup(doc, "https://example.org/a b");
	x->as.link.title = qr_doc_strdup(doc, "T");
	qr_add_text(doc, x, "here", 4);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_literal(doc, p, QR_CODE, "x<y", 3);
	qr_add_text(doc, p, " and ", 5);
	x = qr_add_block(doc, p, QR_IMAGE);
	x->as.image.src = qr_doc_strdup(doc, "i.png");
	x->as.image.alt = qr_doc_strdup(doc, "an image");
	qr_add_block(doc, doc->body, QR_BREAK);
	l = qr_add_block(doc, doc->body, QR_LIST);
	l->as.list.ordered = 1;
	l->as.list.start = 3;
	it = qr_add_block(doc, l, QR_ITEM);
	para(doc, it, "three");
	it = qr_add_block(doc, l, QR_ITEM);
	para(doc, it, "four");
	q = qr_add_block(doc, doc->body, QR_QUOTE);
	para(doc, q, "quoted");
	qr_add_literal(doc, doc->body, QR_CODE_BLOCK, "int x;\n", 7);
	x = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	x->as.image.src = qr_doc_strdup(doc, "b.png");
	x->as.image.alt = qr_doc_strdup(doc, "big");

	c = comment(doc, doc->thread, "Ann", "2017-02-15");
	c->as.comment.url = qr_doc_strdup(doc, "https://example.org/#c1");
	para(doc, c, "Great post.");
	r = comment(doc, c, "Eve", NULL);
	q = qr_add_block(doc, r, QR_QUOTE);
	para(doc, q, "Great post.");
	para(doc, r, "Not really.");
	c = comment(doc, doc->thread, NULL, NULL);
	para(doc, c, "Anonymous words.");
	doc->comments_closed = 1;

	s = md(doc, 0);
	assert_same_text(s,
	    "# A title\n"
	    "\n"
	    "## Part one\n"
	    "\n"
	    "Some *very* **bold** text [here](https://example.org/a%20b \"T\")  \n"
	    "`x<y` and ![an image](i.png)\n"
	    "\n"
	    "-----\n"
	    "\n"
	    "3.  three\n"
	    "4.  four\n"
	    "\n"
	    "> quoted\n"
	    "\n"
	    "``` \n"
	    "int x;\n"
	    "```\n"
	    "\n"
	    "![big](b.png)\n"
	    "\n"
	    "## Comments\n"
	    "\n"
	    "1.  **Ann** · [2017-02-15](https://example.org/#c1)\n"
	    "    \n"
	    "    Great post.\n"
	    "    \n"
	    "      - **Eve**\n"
	    "        \n"
	    "        > Great post.\n"
	    "        \n"
	    "        Not really.\n"
	    "\n"
	    "2.  **Anonymous**\n"
	    "    \n"
	    "    Anonymous words.\n"
	    "\n"
	    "Comments are closed.\n");
	assert_fixpoint(s);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ---- escaping ------------------------------------------------------- */

static const char *const tricky[] = {
	"1. not a list",
	"1) not a list either",
	"# not a heading",
	"* not a bullet",
	"- not a bullet",
	"+ not a bullet",
	"> not a quote",
	"---",
	"***",
	"___",
	"- - -",
	"===",
	"~~~",
	"~~~ not a fence",
	"```",
	"``` not a fence",
	"    four spaces are not code",
	"a `tick` and ``two`` ticks",
	"snake_case_name and _underscores_ and __dunder__",
	"*stars* and **double stars**",
	"[x](y) and [ref][1] and ![img](src)",
	"[1]: http://example.org/ not a definition",
	"<tag> and </tag> and <!-- c --> and <div>",
	"<https://example.org/> and <a@b.c>",
	"$$x$$ and $y$ and \\(z\\)",
	"back\\slash \\* and \\_",
	"&amp; &copy; &#35; &x",
	"{: .class} and {#id}",
	"trailing backslash \\",
	"2017. A year",
	"| a | b |",
	"Setext below",
	"~strike~ ~~through~~",
	"!not an image",
	"100) and 1.5 and 3.",
};

START_TEST(test_escaping_visible_text)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = NULL, *target;
	struct qr_buf	*unused = NULL;
	char		*s, *vis, *want = NULL;
	size_t		 i, wlen = 0;
	FILE		*w = open_memstream(&want, &wlen);

	(void)unused;
	doc->title = qr_doc_strdup(doc, "# Title *with* [stuff](x)");
	fprintf(w, "%s\n", doc->title);
	for (i = 0; i < sizeof(tricky) / sizeof(*tricky); i++) {
		char *u = norm_ws(tricky[i]);

		para(doc, doc->body, tricky[i]);
		fprintf(w, "%s\n", u);
		free(u);
	}
	fprintf(w, "Comments\n");
	/* the same inside comments, at every list level and in quotes */
	for (i = 0; i < sizeof(tricky) / sizeof(*tricky); i++) {
		c = comment(doc, i % 3 == 0 || c == NULL ? doc->thread : c,
		    tricky[i], NULL);
		target = i % 2 ? qr_add_block(doc, c, QR_QUOTE) : c;
		para(doc, target, tricky[i]);
		{
			char *u = norm_ws(tricky[i]);

			fprintf(w, "%s\n%s\n", u, u);
			free(u);
		}
	}
	fclose(w);
	s = md(doc, 0);
	assert_fixpoint(s);
	vis = visible_text(s);
	/* "~~~" at a line start is the one change: U+200B before it */
	{
		struct qr_buf	 b = {0};
		const char	*p;

		for (p = vis; *p != '\0'; p++) {
			if (strncmp(p, "\xE2\x80\x8B~~~", 6) == 0 &&
			    (p == vis || p[-1] == '\n'))
				p += 3;
			qr_buf_putc(&b, *p);
		}
		assert_same_text(qr_buf_cstr(&b), want);
		qr_buf_free(&b);
	}
	ck_assert_ptr_nonnull(strstr(s, "\n\xE2\x80\x8B~~~ not a fence\n"));
	free(vis);
	free(want);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* Inline markup whose edges would not parse back: spaces inside the
 * delimiters, empty emphasis, code spans with edge spaces or ticks. */
START_TEST(test_inline_edges)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *e;
	char		*s, *vis;

	p = qr_add_block(doc, doc->body, QR_PARA);
	qr_add_text(doc, p, "a", 1);
	e = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, e, " spaced ", 8);
	qr_add_text(doc, p, "b", 1);
	e = qr_add_block(doc, p, QR_STRONG);
	(void)e;			/* empty */
	e = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, e, "\"quoted\"", 8);
	qr_add_text(doc, p, "c ", 2);
	qr_add_literal(doc, p, QR_CODE, " `tick ", 7);
	qr_add_text(doc, p, " d ", 3);
	qr_add_literal(doc, p, QR_CODE, "", 0);
	e = qr_add_block(doc, p, QR_STRONG);
	e = qr_add_block(doc, e, QR_EMPH);
	qr_add_text(doc, e, "both", 4);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_block(doc, p, QR_LINEBREAK);
	s = md(doc, 0);
	assert_fixpoint(s);
	vis = visible_text(s);
	ck_assert_str_eq(vis, "a spaced b\"quoted\"c `tick d both\n");
	free(vis);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ---- front matter ---------------------------------------------------- */

START_TEST(test_front_matter)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*s;

	doc->title = qr_doc_strdup(doc, "Title: \"quoted\" back\\slash\nline");
	doc->author = qr_doc_strdup(doc, "Ann O'Neil");
	doc->date = qr_doc_strdup(doc, "2017-02-15T09:12:00-05:00");
	doc->url = qr_doc_strdup(doc, "https://example.org/p?a=1&b=2#x");
	qr_doc_add_tag(doc, "c: d", 4);
	qr_doc_add_tag(doc, "- e", 3);
	para(doc, doc->body, "Body.");
	s = md(doc, 1);
	ck_assert_str_eq(s,
	    "---\n"
	    "title: \"Title: \\\"quoted\\\" back\\\\slash\\nline\"\n"
	    "author: \"Ann O'Neil\"\n"
	    "date: \"2017-02-15T09:12:00-05:00\"\n"
	    "source_url: \"https://example.org/p?a=1&b=2#x\"\n"
	    "tags: [\"c: d\", \"- e\"]\n"
	    "---\n"
	    "Body.\n");
	assert_fixpoint(strstr(s + 4, "---\n") + 4);
	free(s);
	/* without --front-matter the title is a heading, newline and all
	 * made one line */
	s = md(doc, 0);
	ck_assert_str_eq(s, "# Title: \"quoted\" back\\\\slash line\n\nBody.\n");
	free(s);
	/* a date neither Hugo nor Jekyll reads is left out; controls and
	 * line separators are escaped */
	doc->date = qr_doc_strdup(doc, "Feb 15, 2017");
	/* set directly: qr_doc_strdup() would drop the ^A (quire.h) */
	doc->title = "a\tb\x01\xE2\x80\xA8";
	doc->url = NULL;
	doc->author = NULL;
	doc->ntags = 0;
	s = md(doc, 1);
	ck_assert_str_eq(s, "---\ntitle: \"a\\tb\\x01\\L\"\n---\nBody.\n");
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ---- depth ------------------------------------------------------------ */

START_TEST(test_depth_cap)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread;
	char		*s, name[16];
	struct shape	 sh;
	int		 i;

	for (i = 1; i <= 9; i++) {
		snprintf(name, sizeof(name), "U%d", i);
		c = comment(doc, c, name, NULL);
		para(doc, c, name);
	}
	s = md(doc, 0);
	assert_fixpoint(s);
	sh = shape_of(s);
	ck_assert_uint_eq(sh.items, 9);
	ck_assert_uint_eq(sh.maxlist, CAP);
	ck_assert_ptr_null(strstr(s, "in reply to U5"));
	ck_assert_ptr_nonnull(strstr(s,
	    "                      - **U6**\n"));
	ck_assert_ptr_nonnull(strstr(s,
	    "                      - **U7** · in reply to U6\n"));
	ck_assert_ptr_nonnull(strstr(s,
	    "                      - **U9** · in reply to U8\n"));
	/* in page order */
	ck_assert(strstr(s, "**U7**") < strstr(s, "**U8**"));
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_deep_chain)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread, *q;
	char		*s, *p;
	struct shape	 sh;
	size_t		 replies = 0;
	int		 i;

	for (i = 0; i < 10000; i++) {
		c = comment(doc, c, i % 2 ? "Ann" : "Bob", NULL);
		q = qr_add_block(doc, c, QR_QUOTE);
		para(doc, q, "you said");
		para(doc, c, "I say.");
	}
	s = md(doc, 0);
	/* linear size: every comment at most at the cap's indent */
	ck_assert_uint_lt(strlen(s), 10000 * 250);
	assert_fixpoint(s);
	sh = shape_of(s);
	ck_assert_uint_eq(sh.items, 10000);
	ck_assert_uint_eq(sh.quotes, 10000);
	ck_assert_uint_eq(sh.maxlist, CAP);
	for (p = s; (p = strstr(p, "in reply to")) != NULL; p++)
		replies++;
	ck_assert_uint_eq(replies, 10000 - CAP);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* The Markdown of "doc" written with deep chains in pieces of "piece"
 * comments (qr_write_markdown_pieces). */
static char *
md_pieces(const struct qr_doc *doc, size_t piece)
{
	struct qr_error	 err;
	char		*s = NULL;
	size_t		 len = 0;
	FILE		*f = open_memstream(&s, &len);

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(qr_write_markdown_pieces(doc, f, NULL, piece, &err),
	    QR_OK);
	fclose(f);
	return s;
}

static void
assert_pieces_same(const struct qr_doc *doc)
{
	static const size_t	 pieces[] = { 1, 2, 3, 7, 64, 128 };
	char			*whole = md_pieces(doc, (size_t)-1), *s;
	size_t			 k;

	for (k = 0; k < sizeof(pieces) / sizeof(*pieces); k++) {
		s = md_pieces(doc, pieces[k]);
		assert_same_text(s, whole);
		free(s);
	}
	free(whole);
}

/* Deep chains are written piece by piece (the memory of a piece, not of
 * the chain): the bytes are the whole tree's rendering, whatever the
 * piece, with bodies that take the writer's full round-trip check
 * (lists, code, Markdown-looking text, a list last before replies),
 * branches beyond the cap, and further top-level comments after. */
START_TEST(test_deep_chain_pieces)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread, *b, *x, *top = NULL;
	char		 name[32];
	int		 i;

	for (i = 0; i < 300; i++) {
		snprintf(name, sizeof(name), i % 7 ? "Ann %d" : "*%d*", i);
		c = comment(doc, c, name, i % 3 ? "2020-01-02" : NULL);
		if (top == NULL)
			top = c;
		switch (i % 6) {
		case 0:
			para(doc, c, "1. not a list, and ~~~ not a fence");
			break;
		case 1:
			b = qr_add_block(doc, c, QR_QUOTE);
			para(doc, b, "you said");
			para(doc, c, "I say.");
			break;
		case 2:
			b = qr_add_block(doc, c, QR_LIST);
			x = qr_add_block(doc, b, QR_ITEM);
			para(doc, x, "an item");
			break;
		case 3:
			b = qr_add_block(doc, c, QR_CODE_BLOCK);
			b->as.literal = qr_doc_strdup(doc, "int x;\n\n  y();");
			break;
		case 4:
			para(doc, c, "- looks like an item  with  spaces ");
			break;
		default:
			break;	/* a header only */
		}
		if (i % 50 == 49)	/* a branch: a second reply */
			para(doc, comment(doc, c->parent, "Side", NULL),
			    "beside the chain");
	}
	for (i = 0; i < 3; i++)
		para(doc, comment(doc, top, "Late", NULL), "a later reply");
	para(doc, comment(doc, doc->thread, "Next", NULL), "after the chain");
	assert_pieces_same(doc);
	qr_doc_free(doc);
}
END_TEST

/* Many top-level comments: numbered on, one loose list. */
START_TEST(test_numbering)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*s;
	cmark_node	*d, *l;
	int		 i;

	for (i = 0; i < 1200; i++)
		para(doc, comment(doc, doc->thread, "A", NULL), "x");
	s = md(doc, 0);
	assert_fixpoint(s);
	ck_assert_ptr_nonnull(strstr(s, "\n9.  **A**\n    \n    x\n\n10. **A**"));
	ck_assert_ptr_nonnull(strstr(s, "\n1200. **A**\n      \n      x\n"));
	d = cmark_parse_document(s, strlen(s), CMARK_OPT_DEFAULT);
	l = cmark_node_last_child(d);
	ck_assert_int_eq(cmark_node_get_type(l), CMARK_NODE_LIST);
	ck_assert_int_eq(cmark_node_get_list_tight(l), 0);
	ck_assert_ptr_eq(cmark_node_previous(l), cmark_node_first_child(d));
	cmark_node_free(d);
	free(s);
	qr_doc_free(doc);
	/* header-only comments across the writer's chunk boundaries */
	doc = qr_doc_new();
	for (i = 0; i < 100; i++)
		comment(doc, doc->thread, i % 3 ? "B" : NULL, "2020-01-01");
	s = md(doc, 0);
	assert_fixpoint(s);
	ck_assert_ptr_nonnull(strstr(s, "\n32. **B** · 2020-01-01\n\n33. **B** · 2020-01-01\n\n34. **Anonymous** · 2020-01-01\n"));
	ck_assert_uint_eq(shape_of(s).items, 100);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ---- random documents -------------------------------------------------- */

static unsigned long rng_state;

static unsigned
rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((rng_state >> 33) % n);
}

static const char *const frag[] = {
	"word", " ", "  ", "1.", "2)", "#", "*", "-", "+", ">", "`", "``",
	"_", "__", "[", "]", "(", ")", "<", ">", "!", "&", "&amp;", "\\",
	"$$", "~", "~~~", "---", "===", "|", "{:", "}", "\"", "'", "é",
	"\xC2\xA0", "日本", "x", "<div>", "http://a.b/", "9.", "  - ",
};

static void
rnd_inlines(struct qr_doc *doc, struct qr_node *p, int depth)
{
	unsigned k, n = 1 + rnd(6);

	for (k = 0; k < n; k++) {
		unsigned	 r = rnd(12);
		struct qr_node	*x;
		const char	*t = frag[rnd(sizeof(frag) / sizeof(*frag))];

		if (r < 6 || depth > 2) {
			qr_add_text(doc, p, t, strlen(t));
			continue;
		}
		switch (r) {
		case 6:
		case 7:
			x = qr_add_block(doc, p, r == 6 ? QR_EMPH : QR_STRONG);
			if (x != NULL)
				rnd_inlines(doc, x, depth + 1);
			break;
		case 8:
			qr_add_literal(doc, p, QR_CODE, t, strlen(t));
			break;
		case 9:
			if ((x = qr_add_block(doc, p, QR_LINK)) == NULL)
				break;	/* no link in a link */
			x->as.link.href = qr_doc_strdup(doc, t);
			rnd_inlines(doc, x, depth + 1);
			break;
		case 10:
			qr_add_block(doc, p, QR_LINEBREAK);
			break;
		default:
			if ((x = qr_add_block(doc, p, QR_IMAGE)) == NULL)
				break;
			x->as.image.src = qr_doc_strdup(doc, t);
			x->as.image.alt = qr_doc_strdup(doc, t);
			break;
		}
	}
}

static void
rnd_blocks(struct qr_doc *doc, struct qr_node *parent, int depth)
{
	unsigned k, n = 1 + rnd(3);

	for (k = 0; k < n; k++) {
		unsigned	 r = rnd(10);
		struct qr_node	*x, *it;

		if (r < 5 || depth > 2) {
			rnd_inlines(doc, qr_add_block(doc, parent, QR_PARA), 0);
		} else if (r == 5) {
			rnd_blocks(doc, qr_add_block(doc, parent, QR_QUOTE),
			    depth + 1);
		} else if (r == 6) {
			x = qr_add_block(doc, parent, QR_LIST);
			x->as.list.ordered = (int)rnd(2);
			x->as.list.start = (int)rnd(3);
			/* items start with a paragraph: an item that starts
			 * with a list and goes on after it is not a cmark
			 * fixpoint (see md_emit) */
			it = qr_add_block(doc, x, QR_ITEM);
			rnd_inlines(doc, qr_add_block(doc, it, QR_PARA), 0);
			rnd_blocks(doc, it, depth + 1);
			if (rnd(2)) {
				it = qr_add_block(doc, x, QR_ITEM);
				rnd_inlines(doc, qr_add_block(doc, it, QR_PARA),
				    0);
				rnd_blocks(doc, it, depth + 1);
			}
		} else if (r == 7) {
			qr_add_literal(doc, parent, QR_CODE_BLOCK,
			    "~~~\n``` x\n    y", 16);
		} else if (r == 8) {
			x = qr_add_block(doc, parent, QR_HEADING);
			x->as.level = 1 + (int)rnd(6);
			rnd_inlines(doc, x, 0);
		} else
			qr_add_block(doc, parent, QR_BREAK);
	}
}

/* The model's paragraphs and headings (title first), one per line. */
static char *
model_text(const struct qr_doc *doc)
{
	struct qr_buf	 b = {0};
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;

	qr_walk_init(&w, doc->body);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		char *t, *u;

		if (ev != QR_ENTER || (n->kind != QR_PARA &&
		    n->kind != QR_HEADING))
			continue;
		t = qr_node_plain_text(n);
		u = norm_ws(t);
		if (*u != '\0')
			qr_buf_printf(&b, "%s\n", u);
		free(t);
		free(u);
	}
	qr_buf_putc(&b, '\0');
	return qr_buf_detach(&b, NULL);
}

static char *
html_text_norm(const char *md_text)
{
	char		*v = visible_text(md_text), *line, *save = NULL;
	struct qr_buf	 b = {0};

	for (line = strtok_r(v, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *u = norm_ws(line);

		if (*u != '\0')
			qr_buf_printf(&b, "%s\n", u);
		free(u);
	}
	free(v);
	qr_buf_putc(&b, '\0');
	return qr_buf_detach(&b, NULL);
}

/* A random document: a body, and up to "maxcom" comments nested down
 * to 10 levels, bodies of Markdown-looking text. */
static struct qr_doc *
rnd_doc(unsigned seed, unsigned maxcom)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*last[10];
	unsigned	 k, ncom, depth = 0;

	rng_state = seed;
	ncom = rnd(maxcom);
	rnd_blocks(doc, doc->body, 0);
	for (k = 0; k < ncom; k++) {
		unsigned nd = 1 + rnd(depth + 1 < 10 ? depth + 1 : 10);
		struct qr_node *c = comment(doc, nd == 1 ? doc->thread :
		    last[nd - 2], rnd(4) ?
		    frag[rnd(sizeof(frag) / sizeof(*frag))] : NULL,
		    rnd(2) ? "2020-01-02" : NULL);

		if (rnd(4))
			rnd_blocks(doc, c, 0);
		last[nd - 1] = c;
		depth = nd;
	}
	return doc;
}

START_TEST(test_random_roundtrip)
{
	unsigned	 seed;

	unsigned	 from = 1, to = 400;

	if (getenv("QUIRE_MD_SEED") != NULL)	/* debugging one seed */
		from = to = (unsigned)atoi(getenv("QUIRE_MD_SEED"));
	for (seed = from; seed <= to; seed++) {
		cur_seed = seed;
		struct qr_doc	*doc = rnd_doc(seed, 12);
		struct qr_options o;
		char		*s, *want, *got;
		struct shape	 sh;

		s = md(doc, 0);
		if (from == to) {
			char *j = test_render(doc, QR_OUT_JSON, NULL);

			fprintf(stderr, "%s\n", j);
			free(j);
		}
		assert_fixpoint(s);
		sh = shape_of(s);
		/* every comment is one item (body lists add their own) */
		ck_assert_uint_ge(sh.items, qr_doc_count_comments(doc));
		ck_assert_uint_le(sh.maxlist, CAP + 4);
		free(s);
		/* the body's visible text is the model's */
		qr_options_init(&o);
		o.no_comments = 1;
		s = test_render(doc, QR_OUT_MARKDOWN, &o);
		assert_fixpoint(s);
		want = model_text(doc);
		got = html_text_norm(s);
		if (strcmp(want, got) != 0 && getenv("QUIRE_MD_DUMP")) {
			char *j = test_render(doc, QR_OUT_JSON, NULL);

			fprintf(stderr, "%s\n", j);
			free(j);
		}
		if (strcmp(want, got) != 0)
			fprintf(stderr, "seed %u: text differs in\n%s\n"
			    "--- want\n%s--- got\n%s", seed, s, want, got);
		assert_same_text(got, want);
		free(want);
		free(got);
		free(s);
		qr_doc_free(doc);
	}
}
END_TEST

/* The same on random documents (chains down to 10 levels). */
START_TEST(test_random_pieces)
{
	unsigned seed;

	for (seed = 1; seed <= 300; seed++) {
		struct qr_doc *doc = rnd_doc(seed, 40);

		cur_seed = seed;
		assert_pieces_same(doc);
		qr_doc_free(doc);
	}
}
END_TEST

/* ---- the writer's own copy of plain text ------------------------------ */

/*
 * The writer has cmark render long runs of plain text and URLs as one
 * placeholder character each and copies the runs in afterwards
 * (md_render).  Whatever the text around them, the output must be what
 * cmark_render_commonmark() writes for the same tree: here paragraphs,
 * headings, quotes and links of text built from the characters whose
 * escaping depends on where they stand (line starts, digits before "."
 * or ")", "&" before a letter, characters beyond ASCII whose low byte
 * is a digit, the placeholder U+FDD0 itself, noncharacters).
 */
static const char *const run_piece[] = {
	"a", "Word", "plain words here", "0", "1", "42", ".", ")", "(", "&",
	"&a", "&1", "!", "![", "[", "]", "-", "+", "=", "#", "*", "_", "`",
	"<", ">", "\\", "~", "~~~", "\"", "'", ",", ":", ";", "?", "@", "/",
	"|", "{", "}", "%", "$", "^", " ", "\xC4\xB1" /* U+0131 */,
	"\xC4\xB0" /* U+0130 */, "\xC3\xA9", "\xE2\x80\x99", "\xD9\xA1",
	"\xEF\xB7\x90" /* U+FDD0 */, "\xEF\xBF\xBE", "\xF0\x9F\x98\x80",
	"1. ", "2) ", "- ", "+ ", "10.", "x.org", "2014-05-03T06:43:48+00:00",
};

static const char *const url_piece[] = {
	"http://", "e.org/", "a", "%41", "?q=1", "#f", "-", "_", "~", "*",
	"\xC3\xA9", "\xEF\xB7\x90", "1", ".", ":", "/",
};

/* A text from pieces, with no white space the writer would change (no
 * space first, last or doubled) and no "~~~" first. */
static void
run_text(struct qr_buf *b, const char *const *piece, size_t npiece,
    unsigned n)
{
	unsigned k;

	qr_buf_clear(b);
	qr_buf_puts(b, rnd(2) ? "" : "x");	/* (a "~~~" first gets guarded) */
	for (k = 0; k < n; k++) {
		const char *x = piece[rnd(npiece)];

		if (*x == ' ' && (b->len == 0 || b->data[b->len - 1] == ' '))
			continue;
		qr_buf_puts(b, x);
	}
	while (b->len > 0 && b->data[b->len - 1] == ' ')
		b->len--;
	if (b->len == 0 || strncmp(qr_buf_cstr(b), "~~~", 3) == 0) {
		qr_buf_clear(b);
		qr_buf_puts(b, "x");	/* (rare) */
	}
	qr_buf_cstr(b);
}

START_TEST(test_plain_runs)
{
	unsigned	 seed;
	struct qr_buf	 t = {0}, u = {0};

	for (seed = 1; seed <= 3000; seed++) {
		struct qr_doc	*doc = qr_doc_new();
		struct qr_node	*p, *l, *tn;
		cmark_node	*cd = cmark_node_new(CMARK_NODE_DOCUMENT);
		cmark_node	*cp, *cx, *ct;
		unsigned	 kind;
		char		*got, *want;

		rng_state = seed;
		kind = rnd(4);
		run_text(&t, run_piece, sizeof(run_piece) / sizeof(*run_piece),
		    1 + rnd(24));
		cur_seed = seed;
		/* the model */
		p = qr_add_block(doc, kind == 2 ? qr_add_block(doc, doc->body,
		    QR_QUOTE) : doc->body, kind == 1 ? QR_HEADING : QR_PARA);
		if (kind == 1)
			p->as.level = 1;
		/* the same tree for cmark */
		cp = cmark_node_new(kind == 1 ? CMARK_NODE_HEADING :
		    CMARK_NODE_PARAGRAPH);
		if (kind == 1)
			cmark_node_set_heading_level(cp, 2);
		if (kind == 2) {
			cx = cmark_node_new(CMARK_NODE_BLOCK_QUOTE);
			cmark_node_append_child(cd, cx);
			cmark_node_append_child(cx, cp);
		} else
			cmark_node_append_child(cd, cp);
		ct = cmark_node_new(CMARK_NODE_TEXT);
		if (kind == 3) {
			/* a link: its text plain words (or the URL itself:
			 * an autolink), its URL from plain pieces */
			run_text(&u, url_piece, sizeof(url_piece) /
			    sizeof(*url_piece), 1 + rnd(12));
			qr_buf_clear(&t);
			qr_buf_puts(&t, rnd(2) ? "plain words" : u.data);
			qr_add_text(doc, p, "see ", 4);
			l = qr_add_block(doc, p, QR_LINK);
			l->as.link.href = qr_doc_strdup(doc, u.data);
			tn = qr_add_text(doc, l, t.data, t.len);
			cx = cmark_node_new(CMARK_NODE_TEXT);
			cmark_node_set_literal(cx, "see ");
			cmark_node_append_child(cp, cx);
			cx = cmark_node_new(CMARK_NODE_LINK);
			/* the strings as the model keeps them (it cleans
			 * noncharacters, bad bytes and controls) */
			cmark_node_set_url(cx, l->as.link.href);
			cmark_node_append_child(cp, cx);
			cmark_node_append_child(cx, ct);
		} else {
			tn = qr_add_text(doc, p, t.data, t.len);
			cmark_node_append_child(cp, ct);
		}
		cmark_node_set_literal(ct, tn->as.literal);
		/* (not md(): no QUIRE_MD_DUMP for markdown.sh, as cmark
		 * writes U+FFFE as a lone byte) */
		got = test_render(doc, QR_OUT_MARKDOWN, NULL);
		want = cmark_render_commonmark(cd, CMARK_OPT_DEFAULT, 0);
		if (strcmp(got, want) != 0)
			fprintf(stderr, "seed %u: got\n%s--- want\n%s", seed,
			    got, want);
		assert_same_text(got, want);
		free(got);
		free(want);
		cmark_node_free(cd);
		qr_doc_free(doc);
	}
	qr_buf_free(&t);
	qr_buf_free(&u);
}
END_TEST

Suite *
suite_markdown(void)
{
	Suite	*s = suite_create("markdown");
	TCase	*tc = tcase_create("markdown");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_layout);
	tcase_add_test(tc, test_escaping_visible_text);
	tcase_add_test(tc, test_inline_edges);
	tcase_add_test(tc, test_front_matter);
	tcase_add_test(tc, test_depth_cap);
	tcase_add_test(tc, test_deep_chain);
	tcase_add_test(tc, test_deep_chain_pieces);
	tcase_add_test(tc, test_numbering);
	tcase_add_test(tc, test_random_roundtrip);
	tcase_add_test(tc, test_random_pieces);
	tcase_add_test(tc, test_plain_runs);
	suite_add_tcase(s, tc);
	return s;
}
