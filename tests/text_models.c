/*
 * text_models.c -- documents built with the quire.h builders for the
 * text writer's tests: included by tests/check_text_writer.c (the unit
 * tests) and tests/text-dump.c (writes them as JSON and text for the
 * property checker tests/text-writer.sh).  Everything here is static.
 */
#include <stdio.h>
#include <string.h>

#include "quire.h"

static struct qr_node *
tm_para(struct qr_doc *doc, struct qr_node *parent, const char *s)
{
	struct qr_node *p = qr_add_block(doc, parent, QR_PARA);

	if (p != NULL && s != NULL)
		qr_add_text(doc, p, s, strlen(s));
	return p;
}

static struct qr_node *
tm_comment(struct qr_doc *doc, struct qr_node *parent, const char *author,
    const char *date)
{
	struct qr_node *c = qr_open_comment(doc, parent);

	if (c == NULL)
		return NULL;
	c->as.comment.author = qr_doc_strdup(doc, author);
	c->as.comment.date = qr_doc_strdup(doc, date);
	return c;
}

static struct qr_node *
tm_quote(struct qr_doc *doc, struct qr_node *parent, const char *s)
{
	struct qr_node *q = qr_add_block(doc, parent, QR_QUOTE);

	tm_para(doc, q, s);
	return q;
}

/* The example of doc/text-format.md. */
static struct qr_doc *
tm_lemon(void)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c, *r, *rr;

	doc->title = qr_doc_strdup(doc, "Winter care for lemon trees");
	doc->author = qr_doc_strdup(doc, "Margaret Oduya");
	doc->date = qr_doc_strdup(doc, "2024-11-03T08:15:00+00:00");
	doc->url = qr_doc_strdup(doc,
	    "https://gardener.example.org/2024/11/lemon-trees-winter/");
	tm_para(doc, doc->body, "A lemon tree in a pot will live for decades "
	    "if you bring it through the first three winters.");
	qr_add_block(doc, doc->body, QR_BREAK);
	tm_para(doc, doc->body, "Keep it cool, bright and barely watered.");
	c = tm_comment(doc, doc->thread, "Tom Becker",
	    "2024-11-03T10:02:11+00:00");
	tm_para(doc, c, "Mine dropped half its leaves last December. "
	    "Was that the radiator?");
	r = tm_comment(doc, c, "Margaret Oduya", "2024-11-03T11:40:00+00:00");
	tm_quote(doc, r, "Was that the radiator?");
	tm_para(doc, r, "Very likely. Dry heat from below makes the roots "
	    "work harder than the leaves can keep up with.");
	rr = tm_comment(doc, r, "Tom Becker", "2024-11-04T07:15:42+00:00");
	tm_para(doc, rr, "Done \xe2\x80\x93 new leaves already. Thank you!");
	c = tm_comment(doc, doc->thread, "Aiko", "2024-11-05T19:30:00+00:00");
	tm_para(doc, c, "Does the same go for a Meyer lemon?");
	return doc;
}

/* Every block kind, in the body and inside comments. */
static struct qr_doc *
tm_blocks(void)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *e, *l, *it, *l2, *q, *q2, *c, *img;

	doc->title = qr_doc_strdup(doc, "Blocks of every kind, with a title "
	    "long enough to wrap at narrow widths");
	doc->date = qr_doc_strdup(doc, "2017-02-15");
	p = qr_add_block(doc, doc->body, QR_HEADING);
	p->as.level = 2;
	qr_add_text(doc, p, "A heading", 9);
	p = qr_add_block(doc, doc->body, QR_PARA);
	qr_add_text(doc, p, "Some ", 5);
	e = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, e, "emphasised", 10);
	qr_add_text(doc, p, " words and a ", 13);
	e = qr_add_block(doc, p, QR_LINK);
	e->as.link.href = qr_doc_strdup(doc, "https://example.org/");
	qr_add_text(doc, e, "link", 4);
	qr_add_text(doc, p, ", then a line break", 19);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "and inline ", 11);
	qr_add_literal(doc, p, QR_CODE, "code()", 6);
	qr_add_text(doc, p, " with an image ", 15);
	img = qr_add_block(doc, p, QR_IMAGE);
	img->as.image.src = qr_doc_strdup(doc, "smile.png");
	img->as.image.alt = qr_doc_strdup(doc, ":)");
	qr_add_text(doc, p, "in it.", 6);
	l = qr_add_block(doc, doc->body, QR_LIST);
	it = qr_add_block(doc, l, QR_ITEM);
	tm_para(doc, it, "First item, long enough that it has to wrap "
	    "onto a second line at width forty.");
	it = qr_add_block(doc, l, QR_ITEM);
	tm_para(doc, it, "Second item");
	l2 = qr_add_block(doc, it, QR_LIST);
	l2->as.list.ordered = 1;
	l2->as.list.start = 9;
	tm_para(doc, qr_add_block(doc, l2, QR_ITEM), "nine");
	tm_para(doc, qr_add_block(doc, l2, QR_ITEM), "ten, which "
	    "wraps under its own text when the width is small");
	it = qr_add_block(doc, l, QR_ITEM);
	tm_quote(doc, it, "an item that starts with a quote");
	{
		static const char code[] = "\nint\tmain(void)   \n{\n\n"
		    "\treturn 0; /* a code line that is much wider than any "
		    "width the tests use, never wrapped */\n}\n\n";

		qr_add_literal(doc, doc->body, QR_CODE_BLOCK, code,
		    sizeof(code) - 1);
	}
	p = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	p->as.image.src = qr_doc_strdup(doc, "https://example.org/a.png");
	p->as.image.alt = qr_doc_strdup(doc, "A lemon tree in winter");
	qr_add_block(doc, doc->body, QR_BREAK);
	q = qr_add_block(doc, doc->body, QR_QUOTE);
	tm_para(doc, q, "A quotation in the post, long enough to wrap "
	    "across lines at the narrow widths.");
	q2 = qr_add_block(doc, q, QR_QUOTE);
	tm_para(doc, q2, "And a quotation inside it, which must carry the "
	    "double prefix on every line.");
	tm_para(doc, q, "Back at one level.");
	c = tm_comment(doc, doc->thread, "Ann", NULL);
	q = tm_quote(doc, c, "First quoted paragraph, with enough words to "
	    "wrap at every width but the widest.");
	tm_para(doc, q, "Second quoted paragraph.");
	q2 = qr_add_block(doc, q, QR_QUOTE);
	tm_para(doc, q2, "Nested quotation inside the comment's quote, "
	    "also long enough to wrap.");
	tm_para(doc, c, "My own words after the quote.");
	l = qr_add_block(doc, c, QR_LIST);
	l->as.list.ordered = 1;
	l->as.list.start = 1;
	it = qr_add_block(doc, l, QR_ITEM);
	tm_para(doc, it, "a list in a comment");
	tm_para(doc, it, "with two paragraphs in its first item");
	it = qr_add_block(doc, l, QR_ITEM);
	qr_add_literal(doc, it, QR_CODE_BLOCK, "x = 1\n", 6);
	qr_add_block(doc, c, QR_BREAK);
	qr_add_literal(doc, c, QR_CODE_BLOCK, "$ make check\n", 13);
	c = tm_comment(doc, c, NULL, "2017-02-16");
	p = qr_add_block(doc, c, QR_HEADING);
	p->as.level = 3;
	qr_add_text(doc, p, "A heading in a reply", 20);
	tm_para(doc, c, "A reply by nobody in particular.");
	c = tm_comment(doc, doc->thread, NULL, NULL);
	c = tm_comment(doc, doc->thread, "Bo", NULL);
	tm_para(doc, c, "Numbered 3: a comment after an empty one.");
	doc->comments_closed = 1;
	return doc;
}

/* Scripts and special characters (T6). */
static struct qr_doc *
tm_scripts(void)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;

	doc->title = qr_doc_strdup(doc, "\xe6\x96\x87\xe5\xad\x97\xe3\x81\xae"
	    "\xe6\x8a\x98\xe3\x82\x8a\xe8\xbf\x94\xe3\x81\x97 / Scripts");
	/* Chinese */
	tm_para(doc, doc->body,
	    "\xe8\xbf\x99\xe6\x98\xaf\xe4\xb8\x80\xe4\xb8\xaa\xe6\xb5\x8b"
	    "\xe8\xaf\x95\xe5\x8f\xa5\xe5\xad\x90\xef\xbc\x8c\xe7\x94\xa8"
	    "\xe6\x9d\xa5\xe6\xa3\x80\xe6\x9f\xa5\xe4\xb8\xad\xe6\x96\x87"
	    "\xe7\x9a\x84\xe6\x8a\x98\xe8\xa1\x8c\xe3\x80\x82\xe6\xaf\x8f"
	    "\xe4\xb8\xaa\xe6\xb1\x89\xe5\xad\x97\xe5\x8d\xa0\xe4\xb8\xa4"
	    "\xe5\x88\x97\xef\xbc\x8c\xe6\xb1\x89\xe5\xad\x97\xe4\xb9\x8b"
	    "\xe9\x97\xb4\xe5\x8f\xaf\xe4\xbb\xa5\xe6\x8d\xa2\xe8\xa1\x8c"
	    "\xef\xbc\x8c\xe4\xbd\x86\xe6\xa0\x87\xe7\x82\xb9\xe4\xb8\x8d"
	    "\xe8\x83\xbd\xe5\x9c\xa8\xe8\xa1\x8c\xe9\xa6\x96\xe3\x80\x82");
	/* Japanese: 。 and 」 must never start a line */
	tm_para(doc, doc->body,
	    "\xe3\x81\x93\xe3\x82\x8c\xe3\x81\xaf\xe6\x97\xa5\xe6\x9c\xac"
	    "\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87\xe7\xab\xa0\xe3\x81\xa7"
	    "\xe3\x81\x99\xe3\x80\x82\xe5\xbd\xbc\xe3\x81\xaf\xe3\x80\x8c"
	    "\xe3\x81\xaf\xe3\x81\x84\xe3\x80\x81\xe3\x82\x8f\xe3\x81\x8b"
	    "\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x8d"
	    "\xe3\x81\xa8\xe8\xa8\x80\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x97"
	    "\xe3\x81\x9f\xe3\x80\x82\xe8\xa1\x8c\xe9\xa0\xad\xe3\x81\xab"
	    "\xe5\x8f\xa5\xe7\x82\xb9\xe3\x82\x84\xe9\x96\x89\xe3\x81\x98"
	    "\xe6\x8b\xac\xe5\xbc\xa7\xe3\x81\x8c\xe6\x9d\xa5\xe3\x81\xa6"
	    "\xe3\x81\xaf\xe3\x81\x84\xe3\x81\x91\xe3\x81\xbe\xe3\x81\x9b"
	    "\xe3\x82\x93\xe3\x80\x82\xe3\x80\x8c\xe7\xa6\x81\xe5\x89\x87"
	    "\xe3\x80\x8d\xe3\x81\xa8\xe3\x81\x84\xe3\x81\x86\xe8\xa6\x8f"
	    "\xe5\x89\x87\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82");
	/* Arabic (right to left; written in logical order) */
	tm_para(doc, doc->body,
	    "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xd8\xa8\xd8\xa7\xd9\x84"
	    "\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85\xd8\x8c \xd9\x87\xd8\xb0\xd8\xa7 "
	    "\xd9\x86\xd8\xb5 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a \xd9\x84\xd8\xa7"
	    "\xd8\xae\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xaa"
	    "\xd9\x81\xd8\xa7\xd9\x81 \xd8\xa7\xd9\x84\xd8\xa3\xd8\xb3\xd8\xb7"
	    "\xd8\xb1 \xd9\x81\xd9\x8a \xd8\xa7\xd9\x84\xd9\x86\xd8\xb5 "
	    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8.");
	/* emoji: ZWJ family (6 columns), flags, skin tones */
	tm_para(doc, doc->body,
	    "Family \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa7 and flags \xf0\x9f\x87\xaf\xf0\x9f\x87\xb5 "
	    "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa and a thumbs up "
	    "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd in running text \xf0\x9f\x8d\x8b"
	    "\xf0\x9f\x8d\x8b\xf0\x9f\x8d\x8b\xf0\x9f\x8d\x8b.");
	/* NFD combining accents: e + U+0301, a + U+0308 */
	tm_para(doc, doc->body,
	    "Cafe\xcc\x81 cre\xcc\x80" "me bru\xcc\x82" "le\xcc\x81" "e, "
	    "na\xcc\x88" "ive re\xcc\x81" "sume\xcc\x81 and a\xcc\x88"
	    "rger u\xcc\x88" "ber Zu\xcc\x88" "rich: combining marks take "
	    "no column.");
	/* NBSP keeps words together; soft hyphens break with '-' */
	tm_para(doc, doc->body,
	    "Prices: 10\xc2\xa0" "000\xc2\xa0" "EUR, page\xc2\xa0" "12, "
	    "Mr\xc2\xa0Smith. Incom\xc2\xad" "pre\xc2\xad" "hen\xc2\xad"
	    "si\xc2\xad" "bil\xc2\xad" "i\xc2\xad" "ties and Donau\xc2\xad"
	    "dampf\xc2\xad" "schiff\xc2\xad" "fahrts\xc2\xad" "gesell\xc2\xad"
	    "schaft, self-contained.");
	/* a URL wider than every narrow width */
	tm_para(doc, doc->body, "See https://example.org/a/very/long/path/"
	    "that/never/breaks?query=1&more=2 for details, or "
	    "www.example.com/another/long/address/here.");
	/* text that would start a line with structure if broken there */
	tm_para(doc, doc->body, "Items like a - b, c > d, e * f, 1. one "
	    "and 2) two, or \xe2\x80\xa2 a bullet must not start a wrapped "
	    "line.");
	c = tm_comment(doc, doc->thread, "\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa"
	    "\xe9\x83\x8e", "2024-01-02T03:04:05+09:00");
	tm_quote(doc, c, "\xe3\x81\x93\xe3\x82\x8c\xe3\x81\xaf\xe5\xbc\x95"
	    "\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82\xe6\x8a\x98"
	    "\xe3\x82\x8a\xe8\xbf\x94\xe3\x81\x97\xe3\x81\xa6\xe3\x82\x82"
	    "\xe5\xbc\x95\xe7\x94\xa8\xe7\xac\xa6\xe3\x81\x8c\xe4\xbb\x98"
	    "\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82");
	tm_para(doc, c, "\xe3\x81\x82\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\xa8"
	    "\xe3\x81\x86\xe3\x81\x94\xe3\x81\x96\xe3\x81\x84\xe3\x81\xbe"
	    "\xe3\x81\x99\xe3\x80\x82\xe3\x81\xa8\xe3\x81\xa6\xe3\x82\x82"
	    "\xe5\x8f\x82\xe8\x80\x83\xe3\x81\xab\xe3\x81\xaa\xe3\x82\x8a"
	    "\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82");
	c = tm_comment(doc, c, "Jos\xc3\xa9 Mar\xc3\xad" "a de la "
	    "Cruz-Fern\xc3\xa1ndez y Montenegro", "2024-01-03");
	tm_para(doc, c, "A long author name makes the header wrap at "
	    "narrow widths.");
	return doc;
}

/*
 * A reply chain "depth" deep: authors cycle through five names and
 * every seventh comment is anonymous, so capped replies need both
 * "in reply to NAME" and "#N"; a second thread under comment 1 by the
 * same names makes the NAME ambiguous after the chain.
 */
static struct qr_doc *
tm_chain(unsigned depth)
{
	static const char *const names[] = {
		"Ann", "Bob", "Cat", "Dan", "Eve"
	};
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread, *first = NULL, *tenth = NULL;
	unsigned	 i;
	char		 buf[96];

	doc->title = qr_doc_strdup(doc, "A long reply chain");
	for (i = 1; i <= depth; i++) {
		c = tm_comment(doc, c, i % 7 == 0 ? NULL : names[i % 5],
		    NULL);
		if (c == NULL)
			break;
		if (first == NULL)
			first = c;
		if (i == 10)
			tenth = c;
		snprintf(buf, sizeof(buf), "Reply number %u in the chain, "
		    "with words enough to wrap.", i);
		tm_para(doc, c, buf);
	}
	if (tenth != NULL) {
		/* Ann wrote comment 10 and comment 15: this reply to 10
		 * must say "#10", not "Ann" */
		c = tm_comment(doc, tenth, "Fay", NULL);
		tm_para(doc, c, "A late reply to comment 10.");
	}
	if (first != NULL) {
		c = tm_comment(doc, first, "Bob", NULL);
		tm_para(doc, c, "A second reply to the first comment.");
		c = tm_comment(doc, doc->thread, "Zed", NULL);
		tm_para(doc, c, "A second top-level comment.");
	}
	return doc;
}

static struct qr_doc *
tm_chain16(void)
{
	return tm_chain(16);
}

/* No title, no metadata, no body: only comments. */
static struct qr_doc *
tm_bare(void)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;
	unsigned	 i;
	char		 buf[64];

	for (i = 1; i <= 101; i++) {
		c = tm_comment(doc, doc->thread, i % 2 ? "#5" : "A \xc2\xb7 B",
		    NULL);
		snprintf(buf, sizeof(buf), "Comment %u.", i);
		tm_para(doc, c, buf);
	}
	c = tm_comment(doc, c, "Reply", NULL);
	tm_para(doc, c, "A reply to comment 101.");
	return doc;
}

static const struct {
	const char	*name;
	struct qr_doc	*(*make)(void);
} text_models[] = {
	{ "lemon", tm_lemon },
	{ "blocks", tm_blocks },
	{ "scripts", tm_scripts },
	{ "chain", tm_chain16 },
	{ "bare", tm_bare },
};

#define TEXT_NMODELS (sizeof(text_models) / sizeof(text_models[0]))
