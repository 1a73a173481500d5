/*
 * check_words.c -- the word set of words.h (an element's class or id
 * words, as html_meta.c and html_dom.c ask them): exact and prefix
 * questions, ASCII case, first letters that share a mask bit, the
 * empty word, and a full set.
 */
#include <stdio.h>
#include <string.h>

#include "tests.h"
#include "words.h"

/* Split s at spaces into ws; 0 when it did not fit. */
static int
fill(struct qr_words *ws, const char *s)
{
	const char *e;

	qr_words_clear(ws);
	for (;;) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			return 1;
		for (e = s; *e != '\0' && *e != ' '; e++)
			continue;
		if (!qr_words_add(ws, s, (size_t)(e - s)))
			return 0;
		s = e;
	}
}

static int
have(const struct qr_words *ws, const char *tok, int prefix)
{
	return qr_words_have(ws, tok, strlen(tok), prefix);
}

START_TEST(test_words_exact)
{
	struct qr_words ws;

	ck_assert(fill(&ws, "comment even Depth-1 byuser"));
	ck_assert_uint_eq(ws.n, 4);
	ck_assert(have(&ws, "comment", 0));
	ck_assert(have(&ws, "COMMENT", 0));		/* ASCII case */
	ck_assert(have(&ws, "depth-1", 0));
	ck_assert(have(&ws, "byuser", 0));
	ck_assert(!have(&ws, "comments", 0));		/* longer */
	ck_assert(!have(&ws, "comm", 0));		/* shorter */
	ck_assert(!have(&ws, "odd", 0));
	ck_assert(!have(&ws, "Depth-2", 0));
	ck_assert(!have(&ws, "ven", 0));		/* not a word start */
}
END_TEST

START_TEST(test_words_prefix)
{
	struct qr_words ws;

	ck_assert(fill(&ws, "comment-body depth-3"));
	ck_assert(have(&ws, "comment", 1));
	ck_assert(have(&ws, "comment-body", 1));
	ck_assert(have(&ws, "DEPTH-", 1));
	ck_assert(!have(&ws, "comment-body-x", 1));
	ck_assert(!have(&ws, "body", 1));
	ck_assert(!have(&ws, "comment", 0));
	/* the empty word starts every word, and is none of them */
	ck_assert(have(&ws, "", 1));
	ck_assert(!have(&ws, "", 0));
}
END_TEST

/* The mask: each word's first letter, case folded, sets one bit; a
 * question whose first letter has no bit is answered at once, and bytes
 * that share a bit are still told apart by the comparison. */
START_TEST(test_words_mask)
{
	struct qr_words ws;

	ck_assert(fill(&ws, "Alpha beta"));
	ck_assert(ws.first == (qr_words_bit('a') | qr_words_bit('b')));
	ck_assert(qr_words_bit('A') == qr_words_bit('a'));
	ck_assert(qr_words_bit('a') != qr_words_bit('b'));
	/* ('!' | 0x20) & 63 == ('a' | 0x20) & 63: one bit for both */
	ck_assert(qr_words_bit('!') == qr_words_bit('a'));
	ck_assert(have(&ws, "alpha", 0));
	ck_assert(!have(&ws, "!lpha", 0));
	ck_assert(fill(&ws, "!lpha"));
	ck_assert(have(&ws, "!LPHA", 0));
	ck_assert(!have(&ws, "alpha", 0));
	/* non-ASCII first bytes */
	ck_assert(fill(&ws, "\xc3\xa9t\xc3\xa9 x"));
	ck_assert(have(&ws, "\xc3\xa9t\xc3\xa9", 0));
	ck_assert(!have(&ws, "\xc3\x89t\xc3\xa9", 0));	/* no UTF-8 fold */
	/* 0xe3 and 0xc3 fold alike for the mask, not for the words */
	ck_assert(!have(&ws, "\xe3\xa9", 1));
	qr_words_clear(&ws);
	ck_assert_uint_eq(ws.n, 0);
	ck_assert(ws.first == 0);
	ck_assert(!have(&ws, "", 1));			/* no words */
	ck_assert(!have(&ws, "alpha", 1));
}
END_TEST

/* QR_WORDS_MAX words fit, one more does not (and is not added); the
 * last one is still found. */
START_TEST(test_words_full)
{
	struct qr_words	 ws;
	char		 names[QR_WORDS_MAX + 1][8];
	int		 i;

	qr_words_clear(&ws);
	for (i = 0; i <= QR_WORDS_MAX; i++)
		snprintf(names[i], sizeof(names[i]), "w%d", i);
	for (i = 0; i < QR_WORDS_MAX; i++)
		ck_assert(qr_words_add(&ws, names[i], strlen(names[i])));
	ck_assert(!qr_words_add(&ws, names[QR_WORDS_MAX],
	    strlen(names[QR_WORDS_MAX])));
	ck_assert_uint_eq(ws.n, QR_WORDS_MAX);
	ck_assert(have(&ws, "w0", 0));
	ck_assert(have(&ws, names[QR_WORDS_MAX - 1], 0));
	ck_assert(!have(&ws, names[QR_WORDS_MAX], 0));
}
END_TEST

Suite *
suite_words(void)
{
	Suite	*s = suite_create("words");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_words_exact);
	tcase_add_test(tc, test_words_prefix);
	tcase_add_test(tc, test_words_mask);
	tcase_add_test(tc, test_words_full);
	suite_add_tcase(s, tc);
	return s;
}
