/*
 * check_bench.c -- the speed fixes of the bench helper keep their
 * results: text of many pieces (qr_add_text), JSON strings written in
 * runs.  (Speed itself is measured by `make bench`, never asserted.)
 */
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "internal.h"

/* 200,000 pieces appended to one text node, with other allocations
 * in between every so often, give exactly the concatenation. */
START_TEST(test_add_text_pieces)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t = NULL;
	struct qr_buf	 want = { 0 };
	char		 piece[32];
	size_t		 i;

	ck_assert_ptr_nonnull(p);
	for (i = 0; i < 200000; i++) {
		int n = snprintf(piece, sizeof(piece), "w%zu ", i);

		t = qr_add_text(doc, p, piece, (size_t)n);
		qr_buf_put(&want, piece, (size_t)n);
		if (i % 1000 == 999)	/* the text is no longer the last */
			(void)qr_doc_strdup(doc, "an unrelated string");
		if (i % 50000 == 49999)	/* nor in the last chunk */
			(void)qr_doc_alloc(doc, 5u << 20);
	}
	ck_assert_ptr_eq(p->first, t);
	ck_assert_ptr_eq(p->last, t);
	ck_assert_uint_eq(strlen(t->as.literal), want.len);
	ck_assert(memcmp(t->as.literal, want.data, want.len) == 0);
	qr_buf_free(&want);
	qr_doc_free(doc);
}
END_TEST

/* A text node whose literal a reader replaced is measured afresh. */
START_TEST(test_add_text_replaced)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t;

	t = qr_add_text(doc, p, "hello world ", 12);
	t->as.literal = qr_doc_strdup(doc, "hello");	/* trimmed */
	t = qr_add_text(doc, p, "!", 1);
	ck_assert_str_eq(t->as.literal, "hello!");
	/* two paragraphs: the second's text does not join the first's */
	t = qr_add_text(doc, qr_add_block(doc, doc->body, QR_PARA), "x", 1);
	ck_assert_str_eq(t->as.literal, "x");
	t = qr_add_text(doc, p, "?", 1);
	ck_assert_str_eq(t->as.literal, "hello!?");
	qr_doc_free(doc);
}
END_TEST

/* qr_buf_put_collapsed against the plain rule, byte by byte, on
 * random pieces of spaces, letters, UTF-8 and controls, in chunks that
 * carry the space state across calls. */
START_TEST(test_collapsed_random)
{
	static const char alphabet[] = " \t\n\r\f\vab\xc3\xa9\x01.";
	struct qr_buf	 got = { 0 };
	char		 in[512], want[1024];
	unsigned	 seed = 12345;
	int		 round;

	for (round = 0; round < 2000; round++) {
		size_t	 len = (seed = seed * 1103515245 + 12345) % sizeof(in);
		size_t	 i, w = 0, at = 0;
		int	 space = round % 2, sp = space;

		for (i = 0; i < len; i++) {
			seed = seed * 1103515245 + 12345;
			in[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		for (i = 0; i < len; i++) {	/* the rule */
			int ws = strchr(" \t\n\r\f\v", in[i]) != NULL &&
			    in[i] != '\0';

			if (ws && !sp)
				want[w++] = ' ';
			if (!ws)
				want[w++] = in[i];
			sp = ws ? 1 : 0;
		}
		qr_buf_clear(&got);
		while (at < len) {	/* in chunks of 1..40 bytes */
			size_t n = 1 + (seed = seed * 1103515245 + 12345) % 40;

			if (n > len - at)
				n = len - at;
			qr_buf_put_collapsed(&got, in + at, n, &space);
			at += n;
		}
		ck_assert_uint_eq(got.len, w);
		ck_assert(w == 0 || memcmp(got.data, want, w) == 0);
		ck_assert(w == 0 || got.data[w] == '\0');
		ck_assert_int_eq(space, len > 0 ? sp : round % 2);
	}
	qr_buf_free(&got);
}
END_TEST

/* JSON strings: ASCII runs, escapes and UTF-8 in one string. */
START_TEST(test_json_runs)
{
	struct qr_doc	*doc = qr_doc_new();
	char		*s;

	/* set directly: qr_doc_strdup() would drop the ^A (quire.h) */
	doc->title = "plain run \"q\" back\\slash\ttab "
	    "caf\xc3\xa9 \xe2\x80\xa8 end\x01";
	s = test_render(doc, QR_OUT_JSON, NULL);
	ck_assert_ptr_nonnull(strstr(s, "\"title\": \"plain run \\\"q\\\" "
	    "back\\\\slash\\ttab caf\xc3\xa9 \\u2028 end\\u0001\""));
	free(s);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_bench(void)
{
	Suite	*s = suite_create("bench");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_add_text_pieces);
	tcase_add_test(tc, test_add_text_replaced);
	tcase_add_test(tc, test_json_runs);
	tcase_add_test(tc, test_collapsed_random);
	suite_add_tcase(s, tc);
	return s;
}
