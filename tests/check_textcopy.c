/*
 * check_textcopy.c -- the text dump path around the reader's rules:
 * the line split (its line ends found a block of 64 bytes at a time,
 * its markers), held to a plain byte-by-byte cutter.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "internal.h"
#include "text.h"

/* A reproducible pseudo-random number (xorshift). */
static uint32_t
rnd(uint32_t *st)
{
	*st ^= *st << 13;
	*st ^= *st >> 17;
	*st ^= *st << 5;
	return *st;
}

/* The lines of s[0..len) as the split is to cut them (LF, CRLF or a
 * lone CR end one; text after the last end is a line, and so is an
 * empty text): the start of each in starts[], *n of them. */
static void
ref_lines(const char *s, size_t len, size_t *starts, size_t *ends,
    size_t *n)
{
	size_t i = 0, k = 0;

	for (;;) {
		size_t j = i;

		while (j < len && s[j] != '\n' && s[j] != '\r')
			j++;
		starts[k] = i;
		ends[k++] = j;
		if (j >= len)
			break;
		if (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n')
			j++;
		i = j + 1;
		if (i >= len)
			break;
	}
	*n = k;
}

/* Texts of short and long lines (across the 64-byte blocks), LF,
 * CRLF, lone CR and runs of them, indentation, bullets and numbers:
 * every line's start, length, number and marker as the reference
 * cutter and the old per-line classification have them. */
START_TEST(test_split_line_ends)
{
	static const char *const pieces[] = {
		"\n", "\r\n", "\r", "\n\n", "\r\r\n", "  ", "    ", "\t",
		"word ", "a longer run of words that goes on and on past the "
		    "sixty-four bytes of a block ", "* ", "1. ", "\xe2\x80\xa2 ",
		"o ", "12", ".", "\xc2\xa0", "\xe2\x80\x99", "x",
	};
	const size_t	 np = sizeof(pieces) / sizeof(pieces[0]);
	uint32_t	 st = 0x9e3779b9u;
	int		 round;

	for (round = 0; round < 3000; round++) {
		size_t		 cap = 16 + rnd(&st) % 600, len = 0, n, k;
		char		*buf = malloc(cap + 64);
		size_t		*starts, *ends;
		struct tlines	 tl;

		while (len < cap) {
			const char	*p = pieces[rnd(&st) % np];
			size_t		 m = strlen(p);

			if (len + m > cap)
				break;
			memcpy(buf + len, p, m);
			len += m;
		}
		/* (no BOM: the split would skip it) */
		buf[len] = '\0';
		starts = malloc((len + 2) * sizeof(*starts));
		ends = malloc((len + 2) * sizeof(*ends));
		ref_lines(buf, len, starts, ends, &n);
		qr_tlines_split(buf, len, &tl);
		ck_assert_uint_eq(tl.n, n);
		for (k = 0; k < n; k++) {
			const struct tline	*l = &tl.v[k];
			struct tline		 o;

			ck_assert_uint_eq(l->lineno, k + 1);
			ck_assert_ptr_eq(l->raw, tl.text + starts[k]);
			ck_assert(l->s >= l->raw);
			ck_assert(l->s + l->len <= tl.text + ends[k]);
			/* the marker: as the reader's reclassification of
			 * the same line finds it */
			o = *l;
			o.s = o.raw;
			o.len = (size_t)(tl.text + ends[k] - o.raw);
			o.indent = 0;
			qr_tline_reclassify(&o);
			ck_assert_ptr_eq(o.s, l->s);
			ck_assert_uint_eq(o.len, l->len);
			ck_assert_int_eq((int)o.mark, (int)l->mark);
			ck_assert_int_eq(o.num, l->num);
			ck_assert_int_eq(o.bullet, l->bullet);
			ck_assert_uint_eq(o.rlen, l->rlen);
		}
		qr_tlines_free(&tl);
		free(starts);
		free(ends);
		free(buf);
	}
}
END_TEST

/* A dump's lines, the blocks its line ends are found in from every
 * offset: the same lines from every start in a buffer (the blocks lie
 * differently on the text each time). */
START_TEST(test_split_offsets)
{
	const char	*text = "first line\r\n\r\n  * an item\rnext\n\n"
	    "    1. a numbered item that is long enough to run past one "
	    "block of sixty-four bytes\r\n\xe2\x80\xa2 reply\nlast";
	size_t		 len = strlen(text), off, n, k;
	size_t		 starts[64], ends[64];
	char		*buf = malloc(len + 200);

	ref_lines(text, len, starts, ends, &n);
	for (off = 0; off < 130; off++) {
		struct tlines tl;

		memset(buf, '\n', off);
		memcpy(buf + off, text, len + 1);
		ck_assert(qr_tlines_split_in_place(buf + off, len, &tl));
		ck_assert_uint_eq(tl.n, n);
		for (k = 0; k < n; k++)
			ck_assert_ptr_eq(tl.v[k].raw, buf + off + starts[k]);
		ck_assert_int_eq((int)tl.v[2].mark, TM_BULLET);
		ck_assert_int_eq((int)tl.v[5].mark, TM_NUM);
		ck_assert_int_eq(tl.v[5].num, 1);
		ck_assert_int_eq(tl.v[5].indent, 4);
		ck_assert_int_eq((int)tl.v[6].mark, TM_BULLET);
		ck_assert_uint_eq(tl.v[7].len, 4);
		qr_tlines_free(&tl);
	}
	free(buf);
}
END_TEST

Suite *
suite_textcopy(void)
{
	Suite	*s = suite_create("textcopy");
	TCase	*tc = tcase_create("split");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_split_line_ends);
	tcase_add_test(tc, test_split_offsets);
	suite_add_tcase(s, tc);
	return s;
}
