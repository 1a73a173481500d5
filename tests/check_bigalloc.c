/*
 * check_bigalloc.c -- big buffers (qr_xbig, qr_xbig_grow, a qr_buf
 * growing past a huge page), their out-of-memory policy, and the text
 * reader reading an owned input in place.
 */
#include <sys/wait.h>

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests.h"
#include "internal.h"
#include "text.h"

static int
aligned(const void *p)
{
	return ((uintptr_t)p & (QR_HUGE_PAGE - 1)) == 0;
}

/* A byte pattern that no shifted copy matches. */
static unsigned char
pat(size_t i)
{
	return (unsigned char)(i * 7 + i / 251);
}

START_TEST(test_small)
{
	size_t	 cap = 0;
	char	*p = qr_xbig(100, &cap);

	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(cap, 100);
	memset(p, 'x', cap);
	free(p);
	p = qr_xbig(0, &cap);		/* like qr_xmalloc(0): one byte */
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(cap, 1);
	p[0] = 1;
	free(p);
	p = qr_xbig(QR_BIG_MIN - 1, &cap);	/* just below: plain */
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(cap, QR_BIG_MIN - 1);
	p[QR_BIG_MIN - 2] = 1;
	free(p);
}
END_TEST

START_TEST(test_big)
{
	size_t	 cap = 0, i;
	char	*p = qr_xbig(QR_HUGE_PAGE, &cap);

	ck_assert(aligned(p));
	ck_assert_uint_eq(cap, QR_HUGE_PAGE);
	p[0] = 1;
	p[cap - 1] = 2;
	free(p);
	/* from QR_BIG_MIN on: one whole huge page */
	p = qr_xbig(QR_BIG_MIN, &cap);
	ck_assert(aligned(p));
	ck_assert_uint_eq(cap, QR_HUGE_PAGE);
	p[cap - 1] = 3;
	free(p);
	/* rounded up to whole huge pages, all of them usable */
	p = qr_xbig(2 * QR_HUGE_PAGE + 1, &cap);
	ck_assert(aligned(p));
	ck_assert_uint_eq(cap, 3 * QR_HUGE_PAGE);
	for (i = 0; i < cap; i += 4096)
		p[i] = (char)pat(i);
	for (i = 0; i < cap; i += 4096)
		ck_assert_uint_eq((unsigned char)p[i], pat(i));
	free(p);
}
END_TEST

START_TEST(test_grow)
{
	size_t		 cap = 0, i, n = 1000;
	unsigned char	*p = qr_xbig_grow(NULL, 0, n, &cap);

	ck_assert_uint_eq(cap, n);
	for (i = 0; i < n; i++)
		p[i] = pat(i);
	/* small to small: realloc, bytes kept */
	p = qr_xbig_grow(p, n, 5000, &cap);
	ck_assert_uint_eq(cap, 5000);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(p[i], pat(i));
	for (i = n; i < 5000; i++)
		p[i] = pat(i);
	n = 5000;
	/* still small just below QR_BIG_MIN */
	p = qr_xbig_grow(p, n, QR_BIG_MIN - 1, &cap);
	ck_assert_uint_eq(cap, QR_BIG_MIN - 1);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(p[i], pat(i));
	/* small to big: a copy of the "used" bytes into huge pages */
	p = qr_xbig_grow(p, n, QR_HUGE_PAGE + 10, &cap);
	ck_assert(aligned(p));
	ck_assert_uint_eq(cap, 2 * QR_HUGE_PAGE);
	for (i = 0; i < n; i++)
		ck_assert_uint_eq(p[i], pat(i));
	for (i = n; i < cap; i++)
		p[i] = pat(i);
	n = cap;
	/* big to bigger */
	p = qr_xbig_grow(p, n, 3 * QR_HUGE_PAGE, &cap);
	ck_assert(aligned(p));
	ck_assert_uint_eq(cap, 3 * QR_HUGE_PAGE);
	for (i = 0; i < n; i++)
		if (p[i] != pat(i))
			ck_abort_msg("byte %zu lost in the growth", i);
	/* "used" beyond the new size: only what fits is copied */
	p = qr_xbig_grow(p, 3 * QR_HUGE_PAGE, QR_HUGE_PAGE, &cap);
	ck_assert_uint_eq(cap, QR_HUGE_PAGE);
	for (i = 0; i < cap; i++)
		if (p[i] != pat(i))
			ck_abort_msg("byte %zu lost in the copy", i);
	free(p);
}
END_TEST

/* A qr_buf growing past 2 MB keeps its bytes and its NUL, and its big
 * storage is in huge pages. */
START_TEST(test_buf_growth)
{
	struct qr_buf	 b = {0};
	char		 piece[777];
	size_t		 i, total = 3 * QR_HUGE_PAGE + 12345, len;
	char		*s;

	while (b.len < total) {
		size_t	n = total - b.len < sizeof(piece) ?
			    total - b.len : sizeof(piece);

		for (i = 0; i < n; i++)
			piece[i] = (char)pat(b.len + i);
		qr_buf_put(&b, piece, n);
		ck_assert_uint_lt(b.len, b.cap);
		ck_assert_int_eq(b.data[b.len], '\0');
	}
	ck_assert(aligned(b.data));
	qr_buf_putc(&b, 'z');
	ck_assert_uint_eq(b.len, total + 1);
	s = qr_buf_detach(&b, &len);
	ck_assert_uint_eq(len, total + 1);
	for (i = 0; i < total; i++)
		if ((unsigned char)s[i] != pat(i))
			ck_abort_msg("byte %zu wrong", i);
	ck_assert_int_eq(s[total], 'z');
	ck_assert_int_eq(s[total + 1], '\0');
	free(s);
}
END_TEST

/*
 * Out of memory is qr_xmalloc()'s policy: one line on stderr naming the
 * size, then abort().  A request over PTRDIFF_MAX (or one that rounding
 * up to huge pages would wrap) fails before any allocator is asked, so
 * this holds under the sanitizers too.  Run in a child, stderr caught.
 */
static void
expect_oom(int which, size_t n)
{
	int	 fd[2], status = 0;
	char	 msg[256];
	ssize_t	 got;
	pid_t	 pid;

	ck_assert_int_eq(pipe(fd), 0);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		void *p;

		dup2(fd[1], STDERR_FILENO);
		close(fd[0]);
		if (which == 0)
			p = qr_xbig(n, NULL);
		else {
			p = qr_xmalloc(16);
			p = qr_xbig_grow(p, 16, n, NULL);
		}
		free(p);
		_exit(0);		/* not reached when it works */
	}
	close(fd[1]);
	got = read(fd[0], msg, sizeof(msg) - 1);
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT,
	    "size %zu: not an abort (status %d)", n, status);
	ck_assert_int_gt(got, 0);
	msg[got] = '\0';
	ck_assert_msg(strstr(msg, "quire: out of memory (") == msg,
	    "message: %s", msg);
}

START_TEST(test_oom)
{
	expect_oom(0, SIZE_MAX);
	expect_oom(0, SIZE_MAX - QR_HUGE_PAGE);	/* rounding would wrap */
	expect_oom(0, (size_t)PTRDIFF_MAX + 1);
	expect_oom(1, SIZE_MAX - 1);
	expect_oom(1, (size_t)PTRDIFF_MAX - 1);
}
END_TEST

/* The line table is allocated once at a bound counted beforehand: every
 * way of ending lines (LF, CRLF, lone CR, mixed, none) stays inside it
 * (the sanitizers see any write past it) and cuts the lines as before. */
START_TEST(test_line_bound)
{
	static const struct {
		const char	*s;
		size_t		 n;
	} t[] = {
		{ "", 1 },
		{ "a", 1 },
		{ "a\n", 1 },
		{ "\n", 1 },
		{ "\n\n\n", 3 },
		{ "a\nb", 2 },
		{ "a\r\nb\r\n", 2 },
		{ "\r\r\r", 3 },
		{ "a\rb\r\nc\nd\n\re", 6 },
		{ "\r\n\r\n\n\r", 4 },
	};
	size_t		i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct tlines	 tl;
		char		*own = strdup(t[i].s);
		size_t		 len = strlen(own);

		qr_tlines_split(t[i].s, len, &tl);
		ck_assert_msg(tl.n == t[i].n, "case %zu: %zu lines", i, tl.n);
		qr_tlines_free(&tl);
		/* in place: the same lines, pointing into the buffer */
		ck_assert_int_eq(qr_tlines_split_in_place(own, len, &tl), 1);
		ck_assert_uint_eq(tl.n, t[i].n);
		ck_assert_ptr_null(tl.text);
		ck_assert(tl.v[0].raw == own);
		qr_tlines_free(&tl);
		free(own);
	}
}
END_TEST

/* The text reader on an owned input (read in place, released once)
 * writes what it writes from a borrowed one; text that is not UTF-8 is
 * decoded into a copy and the input released early; an input of blank
 * lines is still an error, its buffer still released (the sanitizers'
 * leak check sees a miss). */
static void
same_owned(const char *s)
{
	struct qr_error	 e1, e2;
	struct qr_doc	*d1, *d2;
	char		*own = strdup(s), *j1, *j2;

	memset(&e1, 0, sizeof(e1));
	memset(&e2, 0, sizeof(e2));
	d1 = qr_read(s, strlen(s), QR_IN_TEXT, NULL, &e1);
	d2 = qr_read_owned(own, strlen(own), QR_IN_TEXT, NULL, &e2);
	ck_assert_int_eq(e1.status, e2.status);
	if (d1 == NULL) {
		ck_assert_ptr_null(d2);
		return;
	}
	ck_assert_ptr_nonnull(d2);
	j1 = test_render(d1, QR_OUT_JSON, NULL);
	j2 = test_render(d2, QR_OUT_JSON, NULL);
	ck_assert_str_eq(j1, j2);
	free(j1);
	free(j2);
	qr_doc_free(d1);
	qr_doc_free(d2);
}

START_TEST(test_owned_text)
{
	same_owned("A title\n\nThe post &#233;t&#233;.\n\n2 comments\n\n"
	    "Ann says:\nMay 1, 2020 at 10:00 am\nFirst.\nReply\n\n"
	    "    Bob says:\n    May 2, 2020 at 11:00 am\n    Second.\n");
	same_owned("\xef\xbb\xbfTitle\r\n\r\nBody line\r\nmore\r\n");
	same_owned("Caf\xe9 title\n\nna\xefve body, \x93quoted\x94.\n");
	same_owned("****A heading****\n\nsnake_case &#x41; text\n");
	same_owned("   \n\n  \n");
	same_owned("\xc2\xa0\n\xc2\xa0 \n");	/* blank lines, NBSP */
}
END_TEST

Suite *
suite_bigalloc(void)
{
	Suite	*s = suite_create("bigalloc");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_small);
	tcase_add_test(tc, test_big);
	tcase_add_test(tc, test_grow);
	tcase_add_test(tc, test_buf_growth);
	tcase_add_test(tc, test_oom);
	tcase_add_test(tc, test_line_bound);
	tcase_add_test(tc, test_owned_text);
	suite_add_tcase(s, tc);
	return s;
}
