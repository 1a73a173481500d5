/*
 * check_json.c -- the JSON writer: schema, key order, nulls, escaping.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "internal.h"

START_TEST(test_empty_doc_json)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*s = test_render(doc, QR_OUT_JSON, NULL);

	ck_assert_str_eq(s,
	    "{\n"
	    "  \"title\": null,\n"
	    "  \"author\": null,\n"
	    "  \"date\": null,\n"
	    "  \"url\": null,\n"
	    "  \"site\": null,\n"
	    "  \"language\": null,\n"
	    "  \"tags\": [],\n"
	    "  \"body\": [],\n"
	    "  \"comments\": [],\n"
	    "  \"comments_closed\": false\n"
	    "}\n");
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_full_doc_json)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *l, *it, *c, *r, *q, *e;
	char		*s;

	doc->title = qr_doc_strdup(doc, "A \"quoted\" title");
	doc->language = qr_doc_strdup(doc, "en");
	qr_doc_add_tag(doc, "a", 1);
	qr_doc_add_tag(doc, "b", 1);
	p = qr_add_block(doc, doc->body, QR_HEADING);
	p->as.level = 2;
	qr_add_text(doc, p, "Head", 4);
	p = qr_add_block(doc, doc->body, QR_PARA);
	qr_add_text(doc, p, "Some ", 5);
	e = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, e, "very", 4);
	qr_add_text(doc, p, " text ", 6);
	l = qr_add_block(doc, p, QR_LINK);
	l->as.link.href = qr_doc_strdup(doc, "https://example.org/");
	qr_add_text(doc, l, "here", 4);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_literal(doc, p, QR_CODE, "x<y", 3);
	qr_add_block(doc, doc->body, QR_BREAK);
	l = qr_add_block(doc, doc->body, QR_LIST);
	l->as.list.ordered = 1;
	l->as.list.start = 3;
	it = qr_add_block(doc, l, QR_ITEM);
	qr_add_text(doc, qr_add_block(doc, it, QR_PARA), "item", 4);
	qr_add_literal(doc, doc->body, QR_CODE_BLOCK, "int x;\n", 7);
	p = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	p->as.image.src = qr_doc_strdup(doc, "a.png");
	c = qr_open_comment(doc, doc->thread);
	c->as.comment.id = qr_doc_strdup(doc, "comment-1");
	c->as.comment.author = qr_doc_strdup(doc, "Ann");
	q = qr_add_block(doc, c, QR_QUOTE);
	qr_add_text(doc, qr_add_block(doc, q, QR_PARA), "said", 4);
	qr_add_text(doc, qr_add_block(doc, c, QR_PARA), "Great.", 6);
	r = qr_open_comment(doc, c);
	r->as.comment.author = qr_doc_strdup(doc, "Eve");
	doc->comments_closed = 1;
	s = test_render(doc, QR_OUT_JSON, NULL);
	ck_assert_str_eq(s,
"{\n"
"  \"title\": \"A \\\"quoted\\\" title\",\n"
"  \"author\": null,\n"
"  \"date\": null,\n"
"  \"url\": null,\n"
"  \"site\": null,\n"
"  \"language\": \"en\",\n"
"  \"tags\": [\"a\", \"b\"],\n"
"  \"body\": [\n"
"    {\"type\": \"heading\", \"level\": 2, \"text\": \"Head\", \"inlines\": [{\"type\": \"text\", \"text\": \"Head\"}]},\n"
"    {\"type\": \"paragraph\", \"text\": \"Some very text here x<y\", \"inlines\": [{\"type\": \"text\", \"text\": \"Some \"}, {\"type\": \"emph\", \"children\": [{\"type\": \"text\", \"text\": \"very\"}]}, {\"type\": \"text\", \"text\": \" text \"}, {\"type\": \"link\", \"href\": \"https://example.org/\", \"title\": null, \"children\": [{\"type\": \"text\", \"text\": \"here\"}]}, {\"type\": \"linebreak\"}, {\"type\": \"code\", \"text\": \"x<y\"}]},\n"
"    {\"type\": \"break\"},\n"
"    {\"type\": \"list\", \"ordered\": true, \"start\": 3, \"items\": [\n"
"      [\n"
"        {\"type\": \"paragraph\", \"text\": \"item\", \"inlines\": [{\"type\": \"text\", \"text\": \"item\"}]}\n"
"      ]\n"
"    ]},\n"
"    {\"type\": \"code\", \"text\": \"int x;\\n\"},\n"
"    {\"type\": \"image\", \"src\": \"a.png\", \"alt\": null, \"title\": null}\n"
"  ],\n"
"  \"comments\": [\n"
"    {\"id\": \"comment-1\", \"author\": \"Ann\", \"author_url\": null, \"date\": null, \"url\": null, \"body\": [\n"
"      {\"type\": \"quote\", \"blocks\": [\n"
"        {\"type\": \"paragraph\", \"text\": \"said\", \"inlines\": [{\"type\": \"text\", \"text\": \"said\"}]}\n"
"      ]},\n"
"      {\"type\": \"paragraph\", \"text\": \"Great.\", \"inlines\": [{\"type\": \"text\", \"text\": \"Great.\"}]}\n"
"    ], \"replies\": [\n"
"      {\"id\": null, \"author\": \"Eve\", \"author_url\": null, \"date\": null, \"url\": null, \"body\": [], \"replies\": []}\n"
"    ]}\n"
"  ],\n"
"  \"comments_closed\": true\n"
"}\n");
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_escaping)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*s;

	/* controls, quote, backslash, DEL, U+2028, an invalid byte, UTF-8 */
	/* set directly, as the model's rule (quire.h) would map them */
	doc->title =
	    "a\"b\\c\n\t\x01\x7f\xe2\x80\xa8 \xff caf\xc3\xa9 \xf0\x9f\x98\x80";
	s = test_render(doc, QR_OUT_JSON, NULL);
	ck_assert_ptr_nonnull(strstr(s, "\"title\": \"a\\\"b\\\\c\\n\\t\\u0001"
	    "\\u007f\\u2028 \xef\xbf\xbd caf\xc3\xa9 \xf0\x9f\x98\x80\",\n"));
	ck_assert(qr_utf8_valid(s, strlen(s)));
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* The writer's string rule, written plainly (one byte or character at a
 * time) for the tests below: "collapse" as a paragraph's "text". */
static void
ref_escape(struct qr_buf *b, const char *s, size_t len, int collapse)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;
	unsigned long		 cp;
	char			 u[8];

	if (collapse) {
		while (len > 0 && strchr(" \t\n\r\f\v", p[len - 1]) != NULL &&
		    p[len - 1] != '\0')
			len--;
		while (i < len && p[i] != '\0' && strchr(" \t\n\r\f\v", p[i]))
			i++;
	}
	while (i < len) {
		if (collapse && p[i] != '\0' && strchr(" \t\n\r\f\v", p[i])) {
			while (i < len && p[i] != '\0' &&
			    strchr(" \t\n\r\f\v", p[i]))
				i++;
			qr_buf_putc(b, ' ');
			continue;
		}
		n = qr_utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			qr_buf_puts(b, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if (cp == '"' || cp == '\\') {
			qr_buf_putc(b, '\\');
			qr_buf_putc(b, (int)cp);
		} else if (cp == '\n')
			qr_buf_puts(b, "\\n");
		else if (cp == '\r')
			qr_buf_puts(b, "\\r");
		else if (cp == '\t')
			qr_buf_puts(b, "\\t");
		else if (cp == '\b')
			qr_buf_puts(b, "\\b");
		else if (cp == '\f')
			qr_buf_puts(b, "\\f");
		else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 ||
		    cp == 0x2029) {
			snprintf(u, sizeof(u), "\\u%04lx", cp);
			qr_buf_puts(b, u);
		} else
			qr_buf_put(b, s + i, n);
		i += n;
	}
}

/* Every byte or character that needs a look, at every place in strings
 * of every length up to 80 (short ones are copied in words, long ones
 * scanned 16 and 32 bytes at a time): as a title, and as a paragraph's
 * one text (its "text" collapsed, the inline's as it is). */
START_TEST(test_escape_positions)
{
	static const char *const odd[] = {
		"\"", "\\", "\n", "\t", "\r", "\x01", "\x1f", "\x7f", "\b",
		"\f", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\x99",
		"\xc3\xa9", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xe2\x80",
		"\xed\xa0\x80", "  ", " \n ", " ", "\xef\xbf\xbd",
	};
	struct qr_buf	 want = { 0 }, s = { 0 };
	size_t		 len, at, k;
	char		*out;

	for (k = 0; k < sizeof(odd) / sizeof(odd[0]); k++)
		for (len = 0; len <= 80; len++)
			for (at = 0; at <= len; at++) {
				struct qr_doc	*doc = qr_doc_new();
				struct qr_node	*para, *t;
				size_t		 i;

				/* the odd one in place of byte "at", or
				 * after the last */
				qr_buf_clear(&s);
				for (i = 0; i < len; i++)
					if (i == at)
						qr_buf_puts(&s, odd[k]);
					else
						qr_buf_putc(&s,
						    "abcdefghij"[i % 10]);
				if (at == len)
					qr_buf_puts(&s, odd[k]);
				doc->title = qr_buf_cstr(&s);
				para = qr_add_block(doc, doc->body, QR_PARA);
				t = qr_add_text(doc, para, "x", 1);
				t->as.literal = doc->title;
				out = test_render(doc, QR_OUT_JSON, NULL);

				qr_buf_clear(&want);
				qr_buf_puts(&want, "\"title\": \"");
				ref_escape(&want, s.data, s.len, 0);
				qr_buf_puts(&want, "\",\n");
				ck_assert_msg(strstr(out, want.data) != NULL,
				    "title: odd %zu, len %zu, at %zu", k, len,
				    at);
				qr_buf_clear(&want);
				qr_buf_puts(&want, "\"text\": \"");
				ref_escape(&want, s.data, s.len, 1);
				qr_buf_puts(&want, "\", \"inlines\": [{\"type\": "
				    "\"text\", \"text\": \"");
				ref_escape(&want, s.data, s.len, 0);
				qr_buf_puts(&want, "\"}]}");
				ck_assert_msg(strstr(out, want.data) != NULL,
				    "paragraph: odd %zu, len %zu, at %zu", k,
				    len, at);
				free(out);
				qr_doc_free(doc);
			}
	qr_buf_free(&want);
	qr_buf_free(&s);
}
END_TEST

/* A paragraph's text long enough to cross the writer's 16 KB buffer
 * several times: the inline's copy of it comes out the same. */
START_TEST(test_long_paragraphs)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_buf	 s = { 0 }, want = { 0 };
	char		*out;
	size_t		 i, j;

	for (i = 0; i < 40; i++) {
		struct qr_node *para = qr_add_block(doc, doc->body, QR_PARA);

		qr_buf_clear(&s);
		for (j = 0; j < i * 997 % 9000; j++)
			qr_buf_putc(&s, "ab \"c\xc3\xa9"[j % 7]);
		qr_add_text(doc, para, s.data != NULL ? s.data : "", s.len);
	}
	out = test_render(doc, QR_OUT_JSON, NULL);
	for (i = 0; i < 40; i++) {
		qr_buf_clear(&s);
		for (j = 0; j < i * 997 % 9000; j++)
			qr_buf_putc(&s, "ab \"c\xc3\xa9"[j % 7]);
		qr_buf_clear(&want);
		qr_buf_puts(&want, "{\"type\": \"paragraph\", \"text\": \"");
		ref_escape(&want, s.data != NULL ? s.data : "", s.len, 1);
		qr_buf_puts(&want, "\", \"inlines\": [");
		qr_buf_puts(&want, "{\"type\": \"text\", \"text\": \"");
		ref_escape(&want, s.data != NULL ? s.data : "", s.len, 0);
		qr_buf_puts(&want, "\"}");
		qr_buf_puts(&want, "]}");
		ck_assert_msg(strstr(out, want.data) != NULL, "paragraph %zu",
		    i);
	}
	free(out);
	qr_buf_free(&s);
	qr_buf_free(&want);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_no_comments)
{
	struct qr_doc		*doc = qr_doc_new();
	struct qr_options	 opt;
	char			*s;

	qr_options_init(&opt);
	opt.no_comments = 1;
	qr_open_comment(doc, doc->thread);
	s = test_render(doc, QR_OUT_JSON, &opt);
	ck_assert_ptr_nonnull(strstr(s, "\"comments\": [],"));
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_deterministic)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;
	char		*a, *b;
	int		 i;

	for (i = 0; i < 50; i++) {
		c = qr_open_comment(doc, i % 3 ? doc->thread->last : doc->thread);
		qr_add_text(doc, qr_add_block(doc, c, QR_PARA), "x", 1);
	}
	a = test_render(doc, QR_OUT_JSON, NULL);
	b = test_render(doc, QR_OUT_JSON, NULL);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	qr_doc_free(doc);
}
END_TEST

/* A character that goes out as it is (passed inside the scan's round,
 * or across into the next) and then one that does not, at every pair
 * of places in strings up to 72 bytes: the scan must not stop at the
 * first, nor pass the second. */
START_TEST(test_escape_after_utf8)
{
	static const char *const first[] = {
		"\xe2\x80\x99", "\xc3\xa9", "\xe2\x80\xa8",
	};
	static const char *const second[] = {
		"\"", "  ", "\xff", "\xe2\x80\xa9", "\x01",
	};
	struct qr_buf	 want = { 0 }, s = { 0 };
	size_t		 len, a, b, i, k, m;
	char		*out;

	for (k = 0; k < 3; k++)
	for (m = 0; m < 5; m++)
	for (len = 30; len <= 72; len += 7)
	for (a = 0; a < len; a++)
	for (b = a + 1; b < len; b += 3) {
		struct qr_doc	*doc = qr_doc_new();
		struct qr_node	*t;

		qr_buf_clear(&s);
		for (i = 0; i < len; i++)
			if (i == a)
				qr_buf_puts(&s, first[k]);
			else if (i == b)
				qr_buf_puts(&s, second[m]);
			else
				qr_buf_putc(&s, "klmnopqrst"[i % 10]);
		doc->title = qr_buf_cstr(&s);
		t = qr_add_text(doc, qr_add_block(doc, doc->body, QR_PARA),
		    "x", 1);
		t->as.literal = doc->title;
		out = test_render(doc, QR_OUT_JSON, NULL);
		qr_buf_clear(&want);
		qr_buf_puts(&want, "\"title\": \"");
		ref_escape(&want, s.data, s.len, 0);
		qr_buf_puts(&want, "\",\n");
		ck_assert_msg(strstr(out, want.data) != NULL,
		    "title: %zu %zu, len %zu, at %zu and %zu", k, m, len, a, b);
		qr_buf_clear(&want);
		qr_buf_puts(&want, "\"text\": \"");
		ref_escape(&want, s.data, s.len, 1);
		qr_buf_puts(&want, "\", \"inlines\"");
		ck_assert_msg(strstr(out, want.data) != NULL,
		    "paragraph: %zu %zu, len %zu, at %zu and %zu", k, m, len,
		    a, b);
		free(out);
		qr_doc_free(doc);
	}
	qr_buf_free(&want);
	qr_buf_free(&s);
}
END_TEST

Suite *
suite_json(void)
{
	Suite	*s = suite_create("json");
	TCase	*tc = tcase_create("writer");

	/* (a loaded machine: test_escape_positions renders 80,000 documents) */
	tcase_set_timeout(tc, 60);

	tcase_add_test(tc, test_empty_doc_json);
	tcase_add_test(tc, test_full_doc_json);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_escape_positions);
	tcase_add_test(tc, test_escape_after_utf8);
	tcase_add_test(tc, test_long_paragraphs);
	tcase_add_test(tc, test_no_comments);
	tcase_add_test(tc, test_deterministic);
	suite_add_tcase(s, tc);
	return s;
}
