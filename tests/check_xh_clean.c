/*
 * check_xh_clean.c -- the XHTML writer's text cleaning (xhtml_util.c:
 * xh_clean_len, xh_clean_text, xh_clean_line, and clean_from() which
 * both of the first two use): control characters, CR, invalid UTF-8
 * (cut, overlong, surrogates, past U+10FFFF), U+FFFE/U+FFFF and the
 * other noncharacters, NUL, and every length around the scanners'
 * 16- and 32-byte blocks.
 */
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "xhtml.h"

#define FFFD	"\xef\xbf\xbd"

static size_t
clean_len(const char *s, size_t n)
{
	char	*p = test_dup_exact(s, n);
	size_t	 k = xh_clean_len(p, n);

	free(p);
	return k;
}

/* How many leading bytes stay as they are. */
START_TEST(test_clean_len)
{
	static const struct {
		const char	*s;
		size_t		 want;
	} t[] = {
		{ "abc", 3 },
		{ "", 0 },
		{ "a\tb\nc", 5 },		/* TAB and LF stay */
		{ "ab\x01" "c", 2 },		/* C0 controls go */
		{ "ab\x1f", 2 },
		{ "a\rb", 1 },			/* CR becomes LF */
		{ "a\f", 1 },
		{ "a\x7f", 1 },			/* DEL */
		{ "\xc2\x80", 0 },		/* C1: U+0080 */
		{ "\xc2\x9f", 0 },		/* U+009F */
		{ "\xc2\xa0x", 3 },		/* U+00A0 stays */
		{ "\xef\xbf\xbe", 0 },		/* U+FFFE */
		{ "\xef\xbf\xbf", 0 },		/* U+FFFF */
		{ "x" FFFD, 4 },		/* U+FFFD stays */
		{ "\xef\xb7\x8f", 3 },		/* U+FDCF stays */
		{ "\xef\xb7\x90", 0 },		/* U+FDD0 */
		{ "\xef\xb7\xaf", 0 },		/* U+FDEF */
		{ "\xef\xb7\xb0", 3 },		/* U+FDF0 stays */
		{ "\xf0\x9f\xbf\xbe", 0 },	/* U+1FFFE */
		{ "\xf0\x9f\x98\x80", 4 },	/* U+1F600 stays */
		{ "\xf4\x8f\xbf\xbd", 4 },	/* U+10FFFD stays */
		{ "\xf4\x8f\xbf\xbf", 0 },	/* U+10FFFF */
		{ "\xf4\x90\x80\x80", 0 },	/* past U+10FFFF */
		{ "\xed\xa0\x80", 0 },		/* U+D800, a surrogate */
		{ "ab\xed\xbf\xbf", 2 },	/* U+DFFF */
		{ "\xed\x9f\xbf", 3 },		/* U+D7FF stays */
		{ "\xc0\xaf", 0 },		/* overlong '/' */
		{ "\xe0\x80\xaf", 0 },
		{ "\xf0\x80\x80\xaf", 0 },
		{ "ab\xe6\x97", 2 },		/* cut at the end */
		{ "\xe6\x97\xa5\xe6", 3 },
		{ "\x80", 0 },			/* a lone continuation byte */
		{ "\xff", 0 },
		{ "\xfe", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		size_t n = strlen(t[i].s), k = clean_len(t[i].s, n);

		ck_assert_msg(k == t[i].want, "case %zu: %zu, want %zu", i, k,
		    t[i].want);
	}
	/* a NUL inside the length is a control like any other */
	ck_assert_uint_eq(clean_len("ab\0cd", 5), 2);
	ck_assert_uint_eq(clean_len("\0", 1), 0);
}
END_TEST

/* Every bad byte sequence at every position of strings up to 80 bytes
 * (before, in and after the SIMD blocks), and one just past the length,
 * which must not be seen. */
START_TEST(test_clean_len_positions)
{
	static const char *const bad[] = { "\x01", "\r", "\x7f", "\0",
	    "\xc2\x85", "\xef\xbf\xbe", "\xed\xa0\x80", "\xff", "\xe6\x97" };
	char	buf[100];
	size_t	len, k, j;

	for (len = 0; len <= 80; len++)
		for (k = 0; k <= len; k++)
			for (j = 0; j < sizeof(bad) / sizeof(bad[0]); j++) {
				size_t	bl = bad[j][0] == '\0' ? 1 :
				    strlen(bad[j]);

				memset(buf, 'a', sizeof(buf));
				/* good UTF-8 in the run, too */
				if (k >= 3)
					memcpy(buf + k - 3, "\xc3\xa9 ", 3);
				memcpy(buf + k, bad[j], bl);
				/* a sequence cut by the end is invalid too */
				ck_assert_msg(clean_len(buf, len) ==
				    (k < len ? k : len),
				    "len %zu, bad %zu at %zu: %zu", len, j, k,
				    clean_len(buf, len));
			}
}
END_TEST

static void
cleaned(const char *in, const char *want)
{
	char *o = xh_clean_text(in);

	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strcmp(o, want) == 0, "'%s': '%s', want '%s'", in, o,
	    want);
	free(o);
}

START_TEST(test_clean_text)
{
	ck_assert_ptr_null(xh_clean_text(NULL));
	cleaned("", "");
	cleaned("plain text\twith\ntabs", "plain text\twith\ntabs");
	cleaned("a\rb", "a\nb");		/* CR alone: LF */
	cleaned("a\r\nb", "a\nb");		/* CR LF: LF */
	cleaned("a\r\r\nb", "a\n\nb");
	cleaned("a\r", "a\n");
	cleaned("\x01" "a\x02\x1f" "b\x7f", "ab");	/* dropped */
	cleaned("\x0b\x0c", "");
	cleaned("x\xc2\x80\xc2\x9fy", "xy");		/* C1 dropped */
	cleaned("x\xc2\xa0y", "x\xc2\xa0y");
	cleaned("x\xef\xbf\xbey\xef\xbf\xbfz", "xyz");	/* noncharacters */
	cleaned("\xef\xb7\x90\xef\xb7\xaf!", "!");
	cleaned("\xf0\x9f\xbf\xbf\xf4\x8f\xbf\xbe.", ".");
	/* invalid UTF-8: U+FFFD per byte that starts nothing valid */
	cleaned("a\xff" "b", "a" FFFD "b");
	cleaned("a\xc0\xaf", "a" FFFD FFFD);
	cleaned("ab\xe6\x97", "ab" FFFD FFFD);		/* cut at the end */
	cleaned("\xed\xa0\x80", FFFD FFFD FFFD);	/* a surrogate */
	cleaned("\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD);
	cleaned("\x80\xbf", FFFD FFFD);
	/* valid text around the changes is copied as it is */
	cleaned("\xe6\x97\xa5\x01\xe6\x9c\xac\xff\xf0\x9f\x98\x80",
	    "\xe6\x97\xa5\xe6\x9c\xac" FFFD "\xf0\x9f\x98\x80");
}
END_TEST

/* Random strings: the output is clean (xh_clean_len of it is its
 * length), cleaning it again changes nothing, and xh_clean_len(s) ==
 * len exactly when the output is s. */
START_TEST(test_clean_random)
{
	static const char *const parts[] = { "a", "bc ", "\t", "\n", "\r",
	    "\x01", "\x7f", "\xc2\x85", "\xc3\xa9", "\xe6\x97\xa5",
	    "\xef\xbf\xbe", "\xef\xbf\xbd", "\xed\xa0\x80", "\xf0\x9f\x98\x80",
	    "\xff", "\xe6", "0123456789abcdef" };
	unsigned	seed = 99;
	int		trial;

	for (trial = 0; trial < 4000; trial++) {
		struct qr_buf	 b = { 0 };
		char		*o, *o2, *p;
		int		 n = (int)((seed >> 8) % 40), i;

		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly plain text, so that runs are long */
			qr_buf_puts(&b, (seed >> 16) % 3 ? parts[16] :
			    parts[(seed >> 16) % 17]);
		}
		seed = seed * 1103515245u + 12345u;
		qr_buf_cstr(&b);
		o = xh_clean_text(b.data);
		ck_assert_uint_eq(clean_len(o, strlen(o)), strlen(o));
		o2 = xh_clean_text(o);
		ck_assert_str_eq(o, o2);
		p = test_dup_exact(b.data, b.len);
		ck_assert_int_eq(xh_clean_len(p, b.len) == b.len,
		    strcmp(o, b.data) == 0);
		free(p);
		free(o);
		free(o2);
		qr_buf_free(&b);
	}
}
END_TEST

START_TEST(test_clean_line)
{
	char *s;

	ck_assert_ptr_null(xh_clean_line(NULL));
	ck_assert_ptr_null(xh_clean_line(""));
	ck_assert_ptr_null(xh_clean_line(" \x01\t\r\n\xef\xbf\xbe "));
	s = xh_clean_line("  a\r\n\x01 b\t\tc  ");
	ck_assert_str_eq(s, "a b c");
	free(s);
	s = xh_clean_line("x\xff");
	ck_assert_str_eq(s, "x" FFFD);
	free(s);
}
END_TEST

Suite *
suite_xh_clean(void)
{
	Suite	*s = suite_create("xh_clean");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_clean_len);
	tcase_add_test(tc, test_clean_len_positions);
	tcase_add_test(tc, test_clean_text);
	tcase_add_test(tc, test_clean_random);
	tcase_add_test(tc, test_clean_line);
	suite_add_tcase(s, tc);
	return s;
}
