/*
 * check_json.c -- the JSON writer: schema, key order, nulls, escaping.
 */
#include <stdlib.h>
#include <string.h>

#include "tests.h"

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

Suite *
suite_json(void)
{
	Suite	*s = suite_create("json");
	TCase	*tc = tcase_create("writer");

	tcase_add_test(tc, test_empty_doc_json);
	tcase_add_test(tc, test_full_doc_json);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_no_comments);
	tcase_add_test(tc, test_deterministic);
	suite_add_tcase(s, tc);
	return s;
}
