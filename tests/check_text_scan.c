/*
 * check_text_scan.c -- the text writer's inner steps on their own
 * (write_text.c: scan_run, put_text, wrap, through the test entries in
 * write_text.h): the run scanner at every position of its 16-byte
 * blocks, white space and control handling, and the break decisions
 * (ASCII, multi-byte, wide CJK, combining marks, URLs, soft hyphens,
 * no limit, words of exactly the width, words longer than it).
 */
#include <stdlib.h>
#include <string.h>

#include <uniwidth.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "write_text.h"

/* scan_run() as the comment says, a byte at a time */
static size_t
ref_scan_run(const unsigned char *p, size_t i, size_t len)
{
	for (; i < len; i++)
		if (p[i] < 0x20 || p[i] >= 0x7f || (p[i] == ' ' &&
		    p[i - 1] == ' '))
			break;
	return i;
}

START_TEST(test_scan_run_cases)
{
	static const struct {
		const char	*s;
		size_t		 from, want;
	} t[] = {
		{ "hello world", 1, 11 },
		{ "ab  cd", 1, 3 },		/* the second of two spaces */
		{ "abc\tdef", 1, 3 },		/* TAB is a control */
		{ "abc\ndef", 1, 3 },
		{ "abc\x7f" "d", 1, 3 },	/* DEL */
		{ "ab\xc3\xa9", 1, 2 },		/* U+00E9: a lead byte */
		{ "a\xe6\x97\xa5", 1, 1 },	/* CJK */
		{ "  x", 1, 1 },		/* s[i - 1] counts */
		{ "x y z", 1, 5 },		/* single spaces stay */
		{ "x ~}", 2, 4 },
		{ "x\x1f", 1, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		size_t	 n = strlen(t[i].s);
		char	*p = test_dup_exact(t[i].s, n);

		ck_assert_msg(qr_text_scan_run(p, t[i].from, n) == t[i].want,
		    "case %zu ('%s' from %zu): %zu, want %zu", i, t[i].s,
		    t[i].from, qr_text_scan_run(p, t[i].from, n), t[i].want);
		free(p);
	}
}
END_TEST

/* Every stop byte at every position of runs up to 50 bytes (the SSE2
 * blocks, their ends and the byte loop after them), the scan started
 * at each offset; and a stop byte just past len is not seen. */
START_TEST(test_scan_run_positions)
{
	static const unsigned char stops[] = { 0x00, 0x01, 0x1f, 0x7f, 0x80,
	    0xc3, 0xff, ' ' };
	unsigned char	buf[96];
	size_t		len, k, s, from;

	for (len = 2; len <= 50; len++)
		for (k = 1; k <= len; k++)
			for (s = 0; s < sizeof(stops); s++) {
				unsigned char *p;

				memset(buf, 'a', sizeof(buf));
				/* a space before the stop makes ' ' one */
				if (stops[s] == ' ')
					buf[k - 1] = ' ';
				buf[k] = stops[s];
				p = (unsigned char *)test_dup_exact((char *)buf,
				    len);
				for (from = 1; from <= k && from < len;
				    from += 7) {
					size_t want = k < len ? k : len;

					ck_assert_msg(qr_text_scan_run(
					    (char *)p, from, len) == want,
					    "len %zu stop %#x at %zu from %zu:"
					    " %zu", len, stops[s], k, from,
					    qr_text_scan_run((char *)p, from,
					    len));
				}
				free(p);
			}
}
END_TEST

/* Random text of printable ASCII, spaces and a few other bytes against
 * the byte loop. */
START_TEST(test_scan_run_random)
{
	static const char	 alpha[] = "aaaaaaaaaa  .-:/\t\x7f\xc3\xa9";
	unsigned char		 buf[200];
	unsigned		 seed = 12345;
	int			 trial;

	for (trial = 0; trial < 3000; trial++) {
		size_t	len = 2 + (seed >> 8) % 150, i, from;
		char	*p;

		for (i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly letters, so that runs are long */
			buf[i] = (seed >> 16) % 8 ? 'a' + (seed >> 20) % 26 :
			    (unsigned char)alpha[(seed >> 16) %
			    (sizeof(alpha) - 1)];
		}
		p = test_dup_exact((char *)buf, len);
		for (from = 1; from < len; from += 1 + (seed >> 24) % 5)
			ck_assert_uint_eq(qr_text_scan_run(p, from, len),
			    ref_scan_run(buf, from, len));
		free(p);
	}
}
END_TEST

/* put_text(): running text with white space collapsed, controls and
 * invalid bytes dropped. */
static char *
put(const char *s, int *space)
{
	struct qr_buf	 b = { 0 };
	size_t		 n = strlen(s);
	char		*p = test_dup_exact(s, n);

	qr_text_put_text(&b, p, n, space);
	free(p);
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

START_TEST(test_put_text)
{
	static const struct {
		const char	*in, *out;
		int		 space_in, space_out;
	} t[] = {
		{ "a  b\t\tc", "a b c", 1, 0 },
		{ "  x", "x", 1, 0 },		/* at a line start */
		{ "  x", " x", 0, 0 },
		{ "x ", "x ", 1, 1 },
		{ "x  ", "x ", 1, 1 },
		{ "a\x01" "b", "ab", 1, 0 },	/* C0 control dropped */
		{ "a\x7f" "b", "ab", 1, 0 },	/* DEL */
		{ "a\xc2\x80" "b", "ab", 1, 0 },	/* C1 */
		{ "a\xc2\x85" "b", "a b", 1, 0 },	/* NEL: white space */
		{ "a\xe2\x80\xa8" "b", "a b", 1, 0 },	/* U+2028 */
		{ "a\xe2\x80\xa9 \r\n\f\vb", "a b", 1, 0 },
		{ "a\xff" "b", "ab", 1, 0 },	/* invalid byte */
		{ "ab\xe6\x97", "ab", 1, 0 },	/* cut at the end */
		{ "\xed\xa0\x80x", "x", 1, 0 },	/* a surrogate */
		{ "\xc3\xa9 \xc3\xa8", "\xc3\xa9 \xc3\xa8", 1, 0 },
		{ "\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac", 1,
		  0 },
		{ "e\xcc\x81  e", "e\xcc\x81 e", 1, 0 },	/* combining */
		{ "\xc2\xa0x", "\xc2\xa0x", 1, 0 },	/* NBSP is no space */
		{ "", "", 1, 1 },
		{ "\x01", "", 0, 0 },
		/* a long ASCII run past the SSE2 blocks, spaces doubled */
		{ "0123456789abcdef0123456789abcdef  0123456789abcdef0",
		  "0123456789abcdef0123456789abcdef 0123456789abcdef0", 1, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		int	 space = t[i].space_in;
		char	*o = put(t[i].in, &space);

		ck_assert_msg(strcmp(o, t[i].out) == 0,
		    "case %zu: '%s', want '%s'", i, o, t[i].out);
		ck_assert_msg(space == t[i].space_out, "case %zu: space %d",
		    i, space);
		free(o);
	}
}
END_TEST

/* The space state carries over from one piece to the next. */
START_TEST(test_put_text_pieces)
{
	struct qr_buf	b = { 0 };
	int		space = 1;

	qr_text_put_text(&b, "a ", 2, &space);
	ck_assert_int_eq(space, 1);
	qr_text_put_text(&b, " b", 2, &space);
	ck_assert_int_eq(space, 0);
	qr_text_put_text(&b, "\t", 1, &space);
	qr_text_put_text(&b, "\xe2\x80\xa8" "c", 4, &space);
	ck_assert_uint_eq(b.len, 5);
	ck_assert(memcmp(b.data, "a b c", 5) == 0);
	qr_buf_free(&b);
}
END_TEST

/* wrap() s at first/rest columns; the lines as they stand in s (soft
 * hyphens too), '|'-separated, a '-' after a soft-hyphen break. */
static char *
lines(const char *s, int first, int rest, int spaces_only)
{
	struct qr_text_line	 l[64];
	struct qr_buf		 b = { 0 };
	size_t			 n = strlen(s), k, i;
	char			*p = test_dup_exact(s, n);

	k = qr_text_wrap(p, n, first, rest, spaces_only, l, 64);
	ck_assert_uint_le(k, 64);
	for (i = 0; i < k; i++) {
		ck_assert_uint_le(l[i].start, l[i].end);
		ck_assert_uint_le(l[i].end, n);
		if (i > 0) {
			qr_buf_putc(&b, '|');
			ck_assert_uint_le(l[i - 1].end, l[i].start);
		}
		qr_buf_put(&b, s + l[i].start, l[i].end - l[i].start);
		if (l[i].hyphen)
			qr_buf_putc(&b, '-');
	}
	free(p);
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

#define SHY	"\xc2\xad"
#define EACUTE	"e\xcc\x81"		/* e + COMBINING ACUTE ACCENT */

START_TEST(test_wrap)
{
	static const struct {
		const char	*in;
		int		 width;
		const char	*out;
	} t[] = {
		/* ASCII */
		{ "the quick brown fox", 10, "the quick|brown fox" },
		{ "the quick brown fox", 9, "the quick|brown fox" },
		{ "the quick brown fox", 8, "the|quick|brown|fox" },
		{ "the quick brown fox", 19, "the quick brown fox" },
		{ "the quick brown fox", 18, "the quick brown|fox" },
		/* words of exactly the width */
		{ "aaaa bbbb", 4, "aaaa|bbbb" },
		{ "aaaa bbbb cc", 9, "aaaa bbbb|cc" },
		/* a word longer than the width overflows, whole */
		{ "a bbbbbbbbbbbbbbbbbbbb c", 5, "a|bbbbbbbbbbbbbbbbbbbb|c" },
		{ "bbbbbbbbbbbb", 3, "bbbbbbbbbbbb" },
		/* UAX #14: after a hyphen */
		{ "well-known thing", 6, "well-|known|thing" },
		/* two-byte letters: one column each */
		{ "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa8\xc3\xa8\xc3\xa8", 3,
		  "\xc3\xa9\xc3\xa9\xc3\xa9|\xc3\xa8\xc3\xa8\xc3\xa8" },
		{ "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa8\xc3\xa8\xc3\xa8", 7,
		  "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa8\xc3\xa8\xc3\xa8" },
		/* wide CJK: two columns each, a break between ideographs */
		{ "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89\xe5\x9b\x9b"
		  "\xe4\xba\x94", 6,
		  "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89|\xe5\x9b\x9b"
		  "\xe4\xba\x94" },
		{ "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89\xe5\x9b\x9b"
		  "\xe4\xba\x94", 5,
		  "\xe4\xb8\x80\xe4\xba\x8c|\xe4\xb8\x89\xe5\x9b\x9b|"
		  "\xe4\xba\x94" },
		/* combining marks: no column of their own */
		{ EACUTE EACUTE EACUTE EACUTE " " EACUTE EACUTE EACUTE EACUTE,
		  4, EACUTE EACUTE EACUTE EACUTE "|" EACUTE EACUTE EACUTE
		  EACUTE },
		{ EACUTE EACUTE " " EACUTE EACUTE, 5,
		  EACUTE EACUTE " " EACUTE EACUTE },
		/* URLs never break inside (they would at '/' and '-') */
		{ "see https://example.com/a-long-path/with-hyphens ok", 12,
		  "see|https://example.com/a-long-path/with-hyphens|ok" },
		{ "at www.example.com/x-y-z/a-b-c now", 8,
		  "at|www.example.com/x-y-z/a-b-c|now" },
		{ "mail mailto:someone-else@example.com", 10,
		  "mail|mailto:someone-else@example.com" },
		/* ...but a path without a scheme does, after its hyphens
		 * only (the reader joins without a space there alone) */
		{ "at example/x-y-z/a-b-c now", 8,
		  "at|example/x-|y-z/a-b-|c now" },
		/* no break at a space next to a wide character (the reader
		 * joins there without one), between two of them it may */
		{ "1998 \xe6\x97\xa5\xe6\x9c\xac", 4,
		  "1998 \xe6\x97\xa5|\xe6\x9c\xac" },
		/* a soft hyphen: a break, shown as '-' */
		{ "extra" SHY "ordinary", 7, "extra" SHY "-|ordinary" },
		{ "extra" SHY "ordinary", 14, "extra" SHY "ordinary" },
		/* a line never starts like a list item or a quote */
		{ "aaa - bbb", 4, "aaa -|bbb" },
		{ "aaa > bbb", 4, "aaa >|bbb" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char *o = lines(t[i].in, t[i].width, t[i].width, 0);

		ck_assert_msg(strcmp(o, t[i].out) == 0,
		    "case %zu, width %d: '%s', want '%s'", i, t[i].width, o,
		    t[i].out);
		free(o);
	}
}
END_TEST

/* No limit (width 0 gives -1), the first line narrower than the rest,
 * headers broken only at spaces, and nothing for empty text. */
START_TEST(test_wrap_modes)
{
	char *o;

	o = lines("the quick brown fox jumps over the lazy dog", -1, -1, 0);
	ck_assert_str_eq(o, "the quick brown fox jumps over the lazy dog");
	free(o);
	o = lines("the quick brown fox", 3, 15, 0);
	ck_assert_str_eq(o, "the|quick brown fox");
	free(o);
	o = lines("a-b-c-d e", 3, 3, 1);
	ck_assert_str_eq(o, "a-b-c-d|e");
	free(o);
	o = lines("a-b-c-d e", 3, 3, 0);
	ck_assert_str_eq(o, "a-|b-|c-d|e");
	free(o);
	ck_assert_uint_eq(qr_text_wrap("", 0, 10, 10, 0, NULL, 0), 0);
}
END_TEST

/* Lines never exceed the width unless one word does, on long random
 * text of mixed words (no wide characters: a space next to one is no
 * break, test_wrap has them), at every width from 1 to 30. */
START_TEST(test_wrap_widths)
{
	static const char *const words[] = { "a", "lemon", "tree",
	    "\xc3\xa9t\xc3\xa9", "caf\xc3\xa9" SHY "s", EACUTE "t" EACUTE,
	    "http://x.org/a-b", "well-known", "1998", "(quoted)" };
	struct qr_buf	b = { 0 };
	unsigned	seed = 7;
	int		i, width;

	for (i = 0; i < 120; i++) {
		seed = seed * 1103515245u + 12345u;
		if (i > 0)
			qr_buf_putc(&b, ' ');
		qr_buf_puts(&b, words[(seed >> 16) % 10]);
	}
	qr_buf_cstr(&b);
	for (width = 1; width <= 30; width++) {
		struct qr_text_line	 l[400];
		size_t			 k, j;

		k = qr_text_wrap(b.data, b.len, width, width, 0, l, 400);
		ck_assert_uint_lt(k, 400);
		ck_assert_uint_eq(l[0].start, 0);
		ck_assert_uint_eq(l[k - 1].end, b.len);
		for (j = 0; j < k; j++) {
			int	w = u8_width((const uint8_t *)b.data +
			    l[j].start, l[j].end - l[j].start, "UTF-8");

			/* over the width: only one unbreakable token */
			if (w > width)
				ck_assert_msg(memchr(b.data + l[j].start, ' ',
				    l[j].end - l[j].start) == NULL,
				    "width %d line %zu: '%.*s'", width, j,
				    (int)(l[j].end - l[j].start),
				    b.data + l[j].start);
			/* the text between lines is spaces or nothing */
			if (j > 0) {
				size_t m;

				for (m = l[j - 1].end; m < l[j].start; m++)
					ck_assert_int_eq(b.data[m], ' ');
			}
		}
	}
	qr_buf_free(&b);
}
END_TEST

Suite *
suite_text_scan(void)
{
	Suite	*s = suite_create("text_scan");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_scan_run_cases);
	tcase_add_test(tc, test_scan_run_positions);
	tcase_add_test(tc, test_scan_run_random);
	tcase_add_test(tc, test_put_text);
	tcase_add_test(tc, test_put_text_pieces);
	tcase_add_test(tc, test_wrap);
	tcase_add_test(tc, test_wrap_modes);
	tcase_add_test(tc, test_wrap_widths);
	suite_add_tcase(s, tc);
	return s;
}
