/*
 * check_model.c -- the document model: builders, containment, walker,
 * plain text, and very deep and very wide trees.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "internal.h"

START_TEST(test_empty_doc)
{
	struct qr_doc *doc = qr_doc_new();

	ck_assert_ptr_nonnull(doc->body);
	ck_assert_ptr_nonnull(doc->thread);
	ck_assert_int_eq(doc->body->kind, QR_BODY);
	ck_assert_int_eq(doc->thread->kind, QR_THREAD);
	ck_assert_ptr_null(doc->title);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
	qr_doc_free(NULL);
}
END_TEST

START_TEST(test_containment)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *l, *c;

	p = qr_add_block(doc, doc->body, QR_PARA);
	ck_assert_ptr_nonnull(p);
	/* no block in a paragraph, no comment in the body, no text in a list */
	ck_assert_ptr_null(qr_add_block(doc, p, QR_PARA));
	ck_assert_ptr_null(qr_open_comment(doc, doc->body));
	l = qr_add_block(doc, doc->body, QR_LIST);
	ck_assert_ptr_null(qr_add_text(doc, l, "x", 1));
	ck_assert_ptr_null(qr_add_block(doc, l, QR_PARA));
	ck_assert_ptr_nonnull(qr_add_block(doc, l, QR_ITEM));
	ck_assert_ptr_null(qr_add_block(doc, doc->thread, QR_PARA));
	c = qr_open_comment(doc, doc->thread);
	ck_assert_ptr_nonnull(c);
	/* links do not nest */
	l = qr_node_new(doc, QR_LINK);
	ck_assert_int_eq(qr_node_append(doc, p, l), 1);
	ck_assert_int_eq(qr_node_append(doc, l, qr_node_new(doc, QR_LINK)), 0);
	/* a node already in a tree is not appended twice */
	ck_assert_int_eq(qr_node_append(doc, doc->body, p), 0);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_blocks_before_replies)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c, *r, *p;

	c = qr_open_comment(doc, doc->thread);
	qr_add_text(doc, qr_add_block(doc, c, QR_PARA), "first", 5);
	r = qr_open_comment(doc, c);
	ck_assert_uint_eq(c->as.comment.depth, 1);
	ck_assert_uint_eq(r->as.comment.depth, 2);
	/* a paragraph that arrives after the reply still belongs before it */
	p = qr_add_block(doc, c, QR_PARA);
	qr_add_text(doc, p, "second", 6);
	ck_assert_ptr_eq(c->first->next, p);
	ck_assert_ptr_eq(p->next, r);
	ck_assert_ptr_eq(qr_comment_first_reply(c), r);
	ck_assert_ptr_null(qr_comment_first_reply(r));
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_text_merges)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t;
	char		*s;

	t = qr_add_text(doc, p, "Hello", 5);
	ck_assert_ptr_eq(qr_add_text(doc, p, ", ", 2), t);
	qr_doc_strdup(doc, "an allocation in between");
	ck_assert_ptr_eq(qr_add_text(doc, p, "world", 5), t);
	ck_assert_str_eq(t->as.literal, "Hello, world");
	ck_assert_ptr_eq(p->first, p->last);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "  again\n\tand  ", 14);
	s = qr_node_plain_text(p);
	ck_assert_str_eq(s, "Hello, world again and");
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* Text that stays in the input: the node points at it, its line end
 * made the NUL, the input freed with the document; a copy where the
 * model holds the text otherwise, and where it is appended to. */
START_TEST(test_text_at)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*in = strdup("first line\nsecond \xc2\x85 line\n"
			    "third\r\nfourth\n");
	struct qr_node	*p, *t;
	char		*s;

	qr_doc_adopt(doc, in);
	qr_doc_adopt(doc, NULL);
	p = qr_add_block(doc, doc->body, QR_PARA);
	t = qr_add_text_at(doc, p, in, 10);
	ck_assert_ptr_eq(t->as.literal, in);		/* no copy */
	ck_assert_str_eq(t->as.literal, "first line");
	ck_assert_int_eq(in[10], '\0');
	ck_assert_int_eq(in[11], 's');			/* the next line */
	/* appended to: the node's text is a copy, the input unchanged */
	ck_assert_ptr_eq(qr_add_text_at(doc, p, in + 26, 5), t);
	ck_assert_str_eq(t->as.literal, "first linethird");
	ck_assert_ptr_ne(t->as.literal, in);
	ck_assert_int_eq(in[31], '\r');
	/* a C1 control: the model's copy, the input untouched */
	p = qr_add_block(doc, doc->body, QR_PARA);
	t = qr_add_text_at(doc, p, in + 11, 14);
	ck_assert_ptr_ne(t->as.literal, in + 11);
	ck_assert_str_eq(t->as.literal, "second \xe2\x80\xa6 line");
	ck_assert_int_eq(in[25], '\n');
	/* a piece that ends in CR: copied, and its LF is not text */
	p = qr_add_block(doc, doc->body, QR_PARA);
	t = qr_add_text_at(doc, p, in + 26, 6);
	ck_assert_ptr_ne(t->as.literal, in + 26);
	ck_assert_ptr_eq(qr_add_text(doc, p, "\nx", 2), t);
	ck_assert_str_eq(t->as.literal, "third\nx");	/* one LF */
	/* no parent: nothing, and nothing written */
	ck_assert_ptr_null(qr_add_text_at(doc, NULL, in + 33, 6));
	ck_assert_int_eq(in[39], '\n');
	/* in place, then appended to by qr_add_text() */
	p = qr_add_block(doc, doc->body, QR_PARA);
	t = qr_add_text_at(doc, p, in + 33, 6);
	ck_assert_ptr_eq(t->as.literal, in + 33);
	ck_assert_ptr_eq(qr_add_text(doc, p, " more", 5), t);
	ck_assert_str_eq(t->as.literal, "fourth more");
	ck_assert_str_eq(in + 33, "fourth");
	s = qr_node_plain_text(doc->body);
	ck_assert_str_eq(s, "first linethird second \xe2\x80\xa6 line "
	    "third x fourth more");
	free(s);
	qr_doc_free(doc);		/* frees "in" (ASan and valgrind) */
}
END_TEST

START_TEST(test_plain_text_blocks)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = qr_open_comment(doc, doc->thread), *q, *r;
	char		*s;

	q = qr_add_block(doc, c, QR_QUOTE);
	qr_add_text(doc, qr_add_block(doc, q, QR_PARA), "quoted", 6);
	qr_add_text(doc, qr_add_block(doc, c, QR_PARA), "answer\xc2\xa0here", 13);
	r = qr_open_comment(doc, c);
	qr_add_text(doc, qr_add_block(doc, r, QR_PARA), "reply", 5);
	s = qr_node_plain_text(c);	/* the comment's own text, not replies */
	ck_assert_str_eq(s, "quoted answer\xc2\xa0here");
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_tags)
{
	struct qr_doc *doc = qr_doc_new();

	qr_doc_add_tag(doc, "politics", 8);
	qr_doc_add_tag(doc, "russia", 6);
	qr_doc_add_tag(doc, "politics", 8);
	ck_assert_uint_eq(doc->ntags, 2);
	ck_assert_str_eq(doc->tags[1], "russia");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_walk_order)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*a, *b, *c, *n;
	struct qr_walk	 w;
	enum qr_event	 ev;
	char		 trace[64] = "";
	unsigned	 depths[16], i = 0;

	a = qr_open_comment(doc, doc->thread);
	b = qr_open_comment(doc, a);
	c = qr_open_comment(doc, doc->thread);
	(void)b;
	(void)c;
	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		strcat(trace, ev == QR_ENTER ? "<" : ">");
		strcat(trace, n->kind == QR_THREAD ? "T" : "C");
		depths[i++] = w.depth;
	}
	ck_assert_str_eq(trace, "<T<C<C>C>C<C>C>T");
	ck_assert_uint_eq(depths[0], 0);
	ck_assert_uint_eq(depths[2], 2);
	ck_assert_uint_eq(depths[4], 1);
	ck_assert_uint_eq(depths[7], 0);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_walk_skip)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*a, *n;
	struct qr_walk	 w;
	enum qr_event	 ev;
	int		 seen = 0;

	a = qr_open_comment(doc, doc->thread);
	qr_open_comment(doc, qr_open_comment(doc, a));
	qr_open_comment(doc, doc->thread);
	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev == QR_ENTER && n->kind == QR_COMMENT) {
			seen++;
			qr_walk_skip(&w);
		}
	}
	ck_assert_int_eq(seen, 2);	/* the two top-level comments */
	qr_doc_free(doc);
}
END_TEST

#define DEEP 100000

START_TEST(test_deep_chain)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*cur = doc->thread, *n;
	struct qr_walk	 w;
	enum qr_event	 ev;
	unsigned	 maxdepth = 0;
	size_t		 enters = 0;
	char		*json;
	int		 i;

	for (i = 0; i < DEEP; i++) {
		cur = qr_open_comment(doc, cur);
		ck_assert_ptr_nonnull(cur);
		qr_add_text(doc, qr_add_block(doc, cur, QR_PARA), "deep", 4);
	}
	ck_assert_uint_eq(cur->as.comment.depth, DEEP);
	ck_assert_uint_eq(qr_doc_count_comments(doc), DEEP);
	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		if (ev == QR_ENTER && n->kind == QR_COMMENT) {
			enters++;
			if (w.depth > maxdepth)
				maxdepth = w.depth;
		}
	ck_assert_uint_eq(enters, DEEP);
	/* the thread is at depth 0, the k-th comment of the chain at k */
	ck_assert_uint_eq(maxdepth, DEEP);
	json = test_render(doc, QR_OUT_JSON, NULL);
	/* linear size: the indent is capped (quadratic would be ~10 GB) */
	ck_assert_uint_lt(strlen(json), (size_t)DEEP * 600);
	ck_assert_ptr_nonnull(strstr(json, "\"comments_closed\": false"));
	free(json);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_wide_thread)
{
	struct qr_doc	*doc = qr_doc_new();
	int		 i;

	for (i = 0; i < DEEP; i++)
		ck_assert_ptr_nonnull(qr_open_comment(doc, doc->thread));
	ck_assert_uint_eq(qr_doc_count_comments(doc), DEEP);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_max_depth)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;

	doc->max_depth = 2;
	c = qr_open_comment(doc, doc->thread);
	c = qr_open_comment(doc, c);
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_null(qr_open_comment(doc, c));
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_unlink)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*a, *b, *c;

	a = qr_add_block(doc, doc->body, QR_PARA);
	b = qr_add_block(doc, doc->body, QR_BREAK);
	c = qr_add_block(doc, doc->body, QR_PARA);
	qr_node_unlink(b);
	ck_assert_ptr_eq(a->next, c);
	ck_assert_ptr_eq(c->prev, a);
	qr_node_unlink(a);
	qr_node_unlink(c);
	ck_assert_ptr_null(doc->body->first);
	ck_assert_ptr_null(doc->body->last);
	ck_assert_int_eq(qr_node_append(doc, doc->body, b), 1);
	qr_doc_free(doc);
}
END_TEST

/* ## Characters in the model (quire.h): one rule at every entry point. */

static const struct {
	const char	*in;		/* a character (or sequence) of a class */
	size_t		 len;
	const char	*out;		/* what the model holds for it */
} chars[] = {
	/* kept */
	{ "\t", 1, "\t" }, { "\n", 1, "\n" }, { " ~", 2, " ~" },
	{ "\xc2\xa0", 2, "\xc2\xa0" },			/* U+00A0 */
	{ "\xef\xb7\x8f", 3, "\xef\xb7\x8f" },		/* U+FDCF */
	{ "\xef\xb7\xb0", 3, "\xef\xb7\xb0" },		/* U+FDF0 */
	{ "\xef\xbf\xbd", 3, "\xef\xbf\xbd" },		/* U+FFFD */
	{ "\xf0\x90\x80\x80", 4, "\xf0\x90\x80\x80" },	/* U+10000 */
	{ "\xf0\x9f\xbf\xbd", 4, "\xf0\x9f\xbf\xbd" },	/* U+1FFFD */
	{ "\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80" },	/* U+1F600 */
	/* CR, CR LF, FF: a LF */
	{ "\r", 1, "\n" }, { "\r\n", 2, "\n" }, { "\r\r", 2, "\n\n" },
	{ "\n\r", 2, "\n\n" }, { "\f", 1, "\n" },
	/* other C0 controls, DEL: dropped */
	{ "\0", 1, "" }, { "\x01", 1, "" }, { "\x08", 1, "" },
	{ "\x0b", 1, "" }, { "\x1b[1m", 4, "[1m" }, { "\x1f", 1, "" },
	{ "\x7f", 1, "" },
	/* C1 controls: the Windows-1252 character, or dropped */
	{ "\xc2\x80", 2, "\xe2\x82\xac" }, { "\xc2\x85", 2, "\xe2\x80\xa6" },
	{ "\xc2\x93", 2, "\xe2\x80\x9c" }, { "\xc2\x9f", 2, "\xc5\xb8" },
	{ "\xc2\x81", 2, "" }, { "\xc2\x8d", 2, "" }, { "\xc2\x9d", 2, "" },
	/* noncharacters: U+FFFD */
	{ "\xef\xb7\x90", 3, "\xef\xbf\xbd" },		/* U+FDD0 */
	{ "\xef\xb7\xaf", 3, "\xef\xbf\xbd" },		/* U+FDEF */
	{ "\xef\xbf\xbe", 3, "\xef\xbf\xbd" },		/* U+FFFE */
	{ "\xef\xbf\xbf", 3, "\xef\xbf\xbd" },		/* U+FFFF */
	{ "\xf0\x9f\xbf\xbe", 4, "\xef\xbf\xbd" },	/* U+1FFFE */
	{ "\xf3\xbf\xbf\xbf", 4, "\xef\xbf\xbd" },	/* U+FFFFF */
	{ "\xf4\x8f\xbf\xbf", 4, "\xef\xbf\xbd" },	/* U+10FFFF */
	/* not UTF-8: U+FFFD a byte */
	{ "\x80", 1, "\xef\xbf\xbd" }, { "\xff", 1, "\xef\xbf\xbd" },
	{ "\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd" },	/* overlong */
	{ "\xed\xa0\x80", 3,
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },	/* a surrogate */
	{ "\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd" },				/* beyond U+10FFFF */
	{ "\xe2\x82", 2, "\xef\xbf\xbd\xef\xbf\xbd" },	/* cut */
	{ "\xc3\x28", 2, "\xef\xbf\xbd(" },
};

/* Does "s" hold only what the model may hold? */
static int
model_clean_str(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, len, n;

	if (s == NULL)
		return 1;
	len = strlen(s);
	if (!qr_utf8_valid(s, len))
		return 0;
	for (i = 0; i < len; i += n) {
		n = 1;
		if (p[i] < 0x20 ? p[i] != '\t' && p[i] != '\n' : p[i] == 0x7f)
			return 0;
		if (p[i] >= 0x80) {
			unsigned long cp = 0;
			int k;

			n = qr_utf8_seqlen(p + i, len - i);
			cp = p[i] & (0x7f >> n);
			for (k = 1; k < (int)n; k++)
				cp = cp << 6 | (p[i + k] & 0x3f);
			if (cp <= 0x9f || (cp >= 0xfdd0 && cp <= 0xfdef) ||
			    (cp & 0xfffe) == 0xfffe)
				return 0;
		}
	}
	return 1;
}

/* Each class alone, at the start, amid and at the end of ASCII (the
 * scanner's sixteen-byte steps, its tail), through each entry point. */
START_TEST(test_chars_entry_points)
{
	static const char pad[] = "0123456789abcdefghijklmnopqrstuvwxyz!";
	size_t		 i, k, plen = sizeof(pad) - 1;

	for (i = 0; i < sizeof(chars) / sizeof(chars[0]); i++)
	for (k = 0; k < 4; k++) {
		struct qr_doc	*doc = qr_doc_new();
		struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t;
		char		 in[256], want[128];
		size_t		 len = 0, wlen;
		const char	*before = k == 1 || k == 2 ? pad : "";
		const char	*after = k == 2 || k == 3 ? pad : "";

		memcpy(in, before, strlen(before));
		len = strlen(before);
		memcpy(in + len, chars[i].in, chars[i].len);
		len += chars[i].len;
		memcpy(in + len, after, strlen(after));
		len += strlen(after);
		in[len] = '\0';
		wlen = (size_t)snprintf(want, sizeof(want), "%s%s%s", before,
		    chars[i].out, after);
		ck_assert_uint_lt(wlen, sizeof(want));
		ck_assert_uint_gt(plen, 16);

		ck_assert_msg(strcmp(qr_doc_strndup(doc, in, len), want) == 0,
		    "strndup, case %zu.%zu", i, k);
		if (memchr(in, '\0', len) == NULL)
			ck_assert_msg(strcmp(qr_doc_strdup(doc, in), want) == 0,
			    "strdup, case %zu.%zu", i, k);
		t = qr_add_literal(doc, doc->body, QR_CODE_BLOCK, in, len);
		ck_assert_str_eq(t->as.literal, want);
		t = qr_add_literal(doc, p, QR_CODE, in, len);
		ck_assert_str_eq(t->as.literal, want);
		qr_doc_add_tag(doc, in, len);
		ck_assert_uint_eq(doc->ntags, 1);
		ck_assert_str_eq(doc->tags[0], want);
		/* a new text node, and the same text added to it again */
		p = qr_add_block(doc, doc->body, QR_PARA);
		t = qr_add_text(doc, p, in, len);
		ck_assert_msg(strcmp(t->as.literal, want) == 0,
		    "add_text, case %zu.%zu", i, k);
		ck_assert_ptr_eq(qr_add_text(doc, p, in, len), t);
		/* two pieces are stored as the two together would be */
		memcpy(in + len, in, len);
		ck_assert_str_eq(t->as.literal,
		    qr_doc_strndup(doc, in, 2 * len));
		if (k > 0 || strcmp(chars[i].in, "\n\r") != 0) {
			ck_assert_uint_eq(strlen(t->as.literal),
			    2 * strlen(want));
			ck_assert_str_eq(t->as.literal + strlen(want), want);
		}
		ck_assert(strncmp(t->as.literal, want, strlen(want)) == 0);
		ck_assert_msg(model_clean_str(t->as.literal), "case %zu.%zu",
		    i, k);
		qr_doc_free(doc);
	}
}
END_TEST

START_TEST(test_chars_mapping_details)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t;

	/* a CR LF cut between two pieces of one text is one LF */
	t = qr_add_text(doc, p, "a\r", 2);
	qr_add_text(doc, p, "\nb\r", 3);
	qr_add_text(doc, p, "c", 1);
	ck_assert_str_eq(t->as.literal, "a\nb\nc");
	/* but a LF after a LF stays */
	qr_add_text(doc, p, "\n", 1);
	ck_assert_str_eq(t->as.literal, "a\nb\nc\n");
	/* an empty piece between the CR and the LF keeps the cut one LF
	 * (fuzz_fastslow: tests/fuzz/regress/fastslow/crlf-cut-empty-piece) */
	qr_add_text(doc, p, "d\r", 2);
	qr_add_text(doc, p, "", 0);
	qr_add_text(doc, p, "\ne", 2);
	ck_assert_str_eq(t->as.literal, "a\nb\nc\nd\ne");
	/* a text that is all dropped is an empty text, never NULL */
	p = qr_add_block(doc, doc->body, QR_PARA);
	t = qr_add_text(doc, p, "\x01\x7f\xc2\x81", 4);
	ck_assert_ptr_nonnull(t);
	ck_assert_str_eq(t->as.literal, "");
	/* tags compare as stored: "a\x01b" is "ab" */
	qr_doc_add_tag(doc, "ab", 2);
	qr_doc_add_tag(doc, "a\x01" "b", 3);
	qr_doc_add_tag(doc, "a\xef\xbf\xbe", 4);
	qr_doc_add_tag(doc, "a\xef\xbf\xbd", 4);
	ck_assert_uint_eq(doc->ntags, 2);
	ck_assert_str_eq(doc->tags[1], "a\xef\xbf\xbd");
	/* long clean UTF-8 is stored as it is */
	{
		char	buf[4096];
		size_t	i;

		for (i = 0; i + 3 <= sizeof(buf) - 1; i += 3)
			memcpy(buf + i, i % 2 ? "\xe2\x82\xac" : "\xd0\xb6" "a", 3);
		buf[i] = '\0';
		ck_assert(strcmp(qr_doc_strndup(doc, buf, i), buf) == 0);
		buf[6 * 300 + 2] = '\x7f';	/* one DEL for an 'a' */
		ck_assert_uint_lt(6 * 300 + 2, i);
		ck_assert_uint_eq(strlen(qr_doc_strdup(doc, buf)), i - 1);
	}
	qr_doc_free(doc);
}
END_TEST

/* Every string of "doc" and every output of it holds only what the model
 * may hold. */
static void
assert_doc_clean(const struct qr_doc *doc, const char *what)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	size_t		 i;
	int		 f;

	ck_assert_msg(model_clean_str(doc->title), "%s: title", what);
	ck_assert_msg(model_clean_str(doc->author), "%s: author", what);
	ck_assert_msg(model_clean_str(doc->date), "%s: date", what);
	ck_assert_msg(model_clean_str(doc->url), "%s: url", what);
	ck_assert_msg(model_clean_str(doc->site), "%s: site", what);
	ck_assert_msg(model_clean_str(doc->language), "%s: language", what);
	for (i = 0; i < doc->ntags; i++)
		ck_assert_msg(model_clean_str(doc->tags[i]), "%s: tag", what);
	for (f = 0; f < 2; f++) {
		qr_walk_init(&w, f ? doc->thread : doc->body);
		while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
			if (ev != QR_ENTER)
				continue;
			switch (n->kind) {
			case QR_TEXT: case QR_CODE: case QR_CODE_BLOCK:
				ck_assert_msg(model_clean_str(n->as.literal),
				    "%s: literal", what);
				break;
			case QR_LINK:
				ck_assert(model_clean_str(n->as.link.href));
				ck_assert(model_clean_str(n->as.link.title));
				break;
			case QR_IMAGE: case QR_IMAGE_BLOCK:
				ck_assert(model_clean_str(n->as.image.src));
				ck_assert(model_clean_str(n->as.image.alt));
				ck_assert(model_clean_str(n->as.image.title));
				break;
			case QR_COMMENT:
				ck_assert(model_clean_str(n->as.comment.id));
				ck_assert_msg(model_clean_str(
				    n->as.comment.author), "%s: comment "
				    "author", what);
				ck_assert(model_clean_str(
				    n->as.comment.author_url));
				ck_assert(model_clean_str(n->as.comment.date));
				ck_assert(model_clean_str(n->as.comment.url));
				break;
			default:
				break;
			}
		}
	}
	for (f = 0; f < QR_OUT__MAX; f++) {
		char *out = test_render(doc, (enum qr_output)f, NULL);

		ck_assert_msg(model_clean_str(out), "%s: %s output", what,
		    qr_output_name((enum qr_output)f));
		/* JSON escapes a control as \u00XX: none is there either */
		if (f == QR_OUT_JSON)
			ck_assert_msg(strstr(out, "\\u00") == NULL &&
			    strstr(out, "\\r") == NULL && strstr(out, "\\f") ==
			    NULL && strstr(out, "\\b") == NULL, "%s: json "
			    "escapes a control", what);
		free(out);
	}
}

/* Each class of character, raw and as a character reference or a JSON
 * escape, where the HTML reader takes strings: title, JSON-LD, body
 * text, code, link, image, comment author and text. */
START_TEST(test_chars_html_reader)
{
	static const char *const refs[] = {
		"&#1;", "&#x7f;", "&#x80;", "&#x85;", "&#x9f;", "&#13;",
		"&#12;", "&#xFDD0;", "&#xFDEF;", "&#xFFFE;", "&#xFFFF;",
		"&#x1FFFE;", "&#x10FFFF;", "\r", "\r\n", "\x01", "\x7f",
		"\xc2\x85", "\xef\xbf\xbe", "\xef\xb7\x90", "\xf4\x8f\xbf\xbf",
		"\xed\xa0\x80", "\xff",
	};
	static const char *const esc[] = {
		"\\u0001", "\\u007f", "\\u0085", "\\ufdd0", "\\uffff",
		"\\ud83f\\udffe", "\\r\\n", "\\b", "\\f",
	};
	size_t i;

	for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
		char		 page[4096];
		struct qr_doc	*doc;
		const char	*r = refs[i], *e = esc[i % (sizeof(esc) /
				    sizeof(esc[0]))];

		snprintf(page, sizeof(page),
		    "<!DOCTYPE html><html><head><title>T%st</title>"
		    "<script type=\"application/ld+json\">{\"@type\":"
		    "\"BlogPosting\",\"headline\":\"H%sh\",\"author\":"
		    "{\"@type\":\"Person\",\"name\":\"A%sa\"},"
		    "\"keywords\":\"k%sk, l\"}</script></head><body>"
		    "<article><h1>P%sp</h1><p>x%sy <a href=\"http://e.com/"
		    "%s\" title=\"t%st\">l%sl</a> <img src=\"i.png\" "
		    "alt=\"a%sa\"> <code>c%sc</code></p><pre>q%sq</pre>"
		    "</article><ol class=\"commentlist\"><li class=\"comment\" "
		    "id=\"comment-1\"><div class=\"comment-author\"><cite "
		    "class=\"fn\">B%sb</cite></div><div class=\"comment-"
		    "content\"><p>Hi%sthere</p></div></li></ol></body></html>",
		    r, e, e, e, r, r, r, r, r, r, r, r, r, r);
		doc = test_read(page, QR_IN_HTML);
		ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
		assert_doc_clean(doc, r);
		qr_doc_free(doc);
	}
}
END_TEST

/* Each class of character, raw and as an html2text character reference,
 * where the text reader takes strings: title, byline, URL, body, comment
 * author and text. */
START_TEST(test_chars_text_reader)
{
	static const char *const cls[] = {
		"\r", "\r\n", "\x01", "\x0b", "\x7f", "\xc2\x80", "\xc2\x85",
		"\xc2\x9f", "\xef\xb7\x90", "\xef\xbf\xbe", "\xef\xbf\xbf",
		"\xf0\x9f\xbf\xbe", "\xf4\x8f\xbf\xbf", "\xed\xa0\x80",
		"\xc0\xaf", "\x81", "&#1;", "&#x85;", "&#xFFFE;", "&#xFDD0;",
	};
	size_t i;

	for (i = 0; i < sizeof(cls) / sizeof(cls[0]); i++) {
		char		 dump[4096];
		struct qr_doc	*doc;
		const char	*c = cls[i];

		snprintf(dump, sizeof(dump),
		    "A title%sof it\n\nhttp://example.com/p%sq\n\n"
		    "By Ann%sLee on 2020-01-02\n\nThe post%shas text.\n\n"
		    "    code%sline\n\n2 Comments\n\nBob%sSmith says:\n"
		    "January 3, 2020 at 10:00 am\nNice%spost.\n\n"
		    "Carol says:\nJanuary 4, 2020 at 11:00 am\nMe%stoo.\n",
		    c, c, c, c, c, c, c, c);
		doc = test_read(dump, QR_IN_TEXT);
		assert_doc_clean(doc, c);
		qr_doc_free(doc);
	}
}
END_TEST

/* The model's rule for characters (quire.h), a byte or character at a
 * time, for the test below. */
static void
ref_model(struct qr_buf *b, const unsigned char *p, size_t len)
{
	size_t		i = 0, n;
	unsigned long	cp;

	while (i < len) {
		if (p[i] == '\r' || p[i] == '\f') {
			qr_buf_putc(b, '\n');
			i += p[i] == '\r' && i + 1 < len && p[i + 1] == '\n' ?
			    2 : 1;
			continue;
		}
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			qr_buf_puts(b, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7f)
			;				/* dropped */
		else if (cp >= 0x80 && cp < 0xa0) {
			if (qr_cp1252_hi[cp - 0x80] != 0)
				qr_buf_put_utf8(b, qr_cp1252_hi[cp - 0x80]);
		} else if ((cp >= 0xfdd0 && cp <= 0xfdef) ||
		    (cp & 0xfffe) == 0xfffe)
			qr_buf_puts(b, "\xef\xbf\xbd");
		else
			qr_buf_put(b, (const char *)p + i, n);
		i += n;
	}
}

/* Each byte or sequence the model maps, or takes as it is, at every
 * place of strings of 0-100 bytes (the scans look at 16, 32 and 64
 * bytes at a time, and at the last ones apart): qr_doc_strndup() and
 * qr_add_text() store what the rule says; qr_utf8_valid() says whether
 * the bytes are UTF-8; qr_buf_put_collapsed() makes white space runs
 * one space. */
START_TEST(test_chars_every_place)
{
	static const char *const odd[] = {
		"\xe2\x80\x99", "\xe2\x80\xa6", "\xc3\xa9", "\xf0\x9f\x98\x80",
		"\xc2\x80", "\xc2\x9d", "\xc2\xa0", "\xef\xb7\x90",
		"\xef\xbf\xbe", "\xf4\x8f\xbf\xbf", "\xed\xa0\x80",
		"\xe0\x80\x80", "\xe1\x80", "\xff", "\x80", "\xee\x80\x80",
		"\xec\xbf\xbf", "\r", "\r\n", "\f", "\x01", "\x7f", "\t",
		"\n", "  ", " \t ", " ",
	};
	struct qr_buf	 s = { 0 }, want = { 0 }, got = { 0 };
	size_t		 k, len, at, i;

	for (k = 0; k < sizeof(odd) / sizeof(odd[0]); k++)
		for (len = 0; len <= 100; len++)
			for (at = 0; at <= len; at++) {
				struct qr_doc	*doc = qr_doc_new();
				struct qr_node	*para;
				const char	*d;
				unsigned long	 cp;
				int		 valid = 1, space = 1;

				qr_buf_clear(&s);
				for (i = 0; i < len; i++)
					if (i == at)
						qr_buf_puts(&s, odd[k]);
					else
						qr_buf_putc(&s,
						    "abcdefghij"[i % 10]);
				if (at == len)
					qr_buf_puts(&s, odd[k]);
				qr_buf_clear(&want);
				ref_model(&want, (const unsigned char *)s.data,
				    s.len);
				d = qr_doc_strndup(doc, s.data, s.len);
				ck_assert_msg(strcmp(d, want.data != NULL ?
				    want.data : "") == 0, "strndup: odd %zu, "
				    "len %zu, at %zu", k, len, at);
				para = qr_add_block(doc, doc->body, QR_PARA);
				qr_add_text(doc, para, s.data, s.len);
				ck_assert_str_eq(para->first->as.literal, d);

				for (i = 0; i < s.len; i += (size_t)valid)
					if ((valid = (int)qr_utf8_decode(
					    (const unsigned char *)s.data + i,
					    s.len - i, &cp)) == 0)
						break;
				ck_assert_int_eq(qr_utf8_valid(s.data, s.len),
				    valid != 0);

				qr_buf_clear(&got);
				qr_buf_put_collapsed(&got, s.data, s.len,
				    &space);
				qr_buf_clear(&want);
				for (i = 0; i < s.len; i++)
					if (strchr(" \t\n\r\f\v", s.data[i]) ==
					    NULL)
						qr_buf_putc(&want, s.data[i]);
					else if (i == 0 || strchr(" \t\n\r\f\v",
					    s.data[i - 1]) == NULL)
						qr_buf_putc(&want, ' ');
				if (want.len > 0 && want.data[0] == ' ') {
					memmove(want.data, want.data + 1,
					    want.len--);
				}
				ck_assert_msg(got.len == want.len &&
				    memcmp(got.data, want.data, got.len) == 0,
				    "collapsed: odd %zu, len %zu, at %zu", k,
				    len, at);
				qr_doc_free(doc);
			}
	qr_buf_free(&s);
	qr_buf_free(&want);
	qr_buf_free(&got);
}
END_TEST

/* A stray control byte (or a terminal's escape sequence) at every place
 * of a dump's paragraph, which the front door drops before any reader
 * (its scan looks at 64 bytes at a time): the text read is the text of
 * the same dump without it.  (The model drops a control byte too; an
 * escape sequence whose ESC went through would leave "[31m".) */
START_TEST(test_stray_every_place)
{
	static const char *const stray[] = {
		"\x01", "\x1b", "\x7f", "\x1b[31m", "\x0e", "\x1f",
	};
	struct qr_buf	 s = { 0 }, clean = { 0 };
	size_t		 k, at, i;
	char		*want, *got;
	struct qr_doc	*doc;

	qr_buf_puts(&clean, "A title\n\n");
	for (i = 0; i < 150; i++)
		qr_buf_putc(&clean, i % 7 == 6 ? ' ' : "abcdefghij"[i % 10]);
	qr_buf_puts(&clean, "\n");
	doc = qr_read(clean.data, clean.len, QR_IN_TEXT, NULL, NULL);
	ck_assert_ptr_nonnull(doc);
	want = qr_node_plain_text(doc->body);
	qr_doc_free(doc);
	for (k = 0; k < sizeof(stray) / sizeof(stray[0]); k++)
		for (at = 0; at <= clean.len; at++) {
			qr_buf_clear(&s);
			qr_buf_put(&s, clean.data, at);
			qr_buf_puts(&s, stray[k]);
			qr_buf_put(&s, clean.data + at, clean.len - at);
			doc = qr_read(s.data, s.len, QR_IN_TEXT, NULL, NULL);
			ck_assert_ptr_nonnull(doc);
			got = qr_node_plain_text(doc->body);
			ck_assert_msg(strcmp(got, want) == 0, "stray %zu at "
			    "%zu: %s", k, at, got);
			free(got);
			qr_doc_free(doc);
		}
	free(want);
	qr_buf_free(&s);
	qr_buf_free(&clean);
}
END_TEST

Suite *
suite_model(void)
{
	Suite	*s = suite_create("model");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_empty_doc);
	tcase_add_test(tc, test_containment);
	tcase_add_test(tc, test_blocks_before_replies);
	tcase_add_test(tc, test_text_merges);
	tcase_add_test(tc, test_text_at);
	tcase_add_test(tc, test_plain_text_blocks);
	tcase_add_test(tc, test_tags);
	tcase_add_test(tc, test_walk_order);
	tcase_add_test(tc, test_walk_skip);
	tcase_add_test(tc, test_deep_chain);
	tcase_add_test(tc, test_wide_thread);
	tcase_add_test(tc, test_max_depth);
	tcase_add_test(tc, test_unlink);
	tcase_add_test(tc, test_chars_entry_points);
	tcase_add_test(tc, test_chars_mapping_details);
	tcase_add_test(tc, test_chars_html_reader);
	tcase_add_test(tc, test_chars_text_reader);
	tcase_add_test(tc, test_chars_every_place);
	tcase_add_test(tc, test_stray_every_place);
	suite_add_tcase(s, tc);
	return s;
}
