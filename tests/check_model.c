/*
 * check_model.c -- the document model: builders, containment, walker,
 * plain text, and very deep and very wide trees.
 */
#include <stdlib.h>
#include <string.h>

#include "tests.h"

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
	tcase_add_test(tc, test_plain_text_blocks);
	tcase_add_test(tc, test_tags);
	tcase_add_test(tc, test_walk_order);
	tcase_add_test(tc, test_walk_skip);
	tcase_add_test(tc, test_deep_chain);
	tcase_add_test(tc, test_wide_thread);
	tcase_add_test(tc, test_max_depth);
	tcase_add_test(tc, test_unlink);
	suite_add_tcase(s, tc);
	return s;
}
