/*
 * check_errpaths.c -- error paths found by trying quire on bad input
 * and full disks (tests/badinput.sh has the command-line cases): a
 * failed write reports the system's reason in every output format (the
 * Markdown writer's used to come out as "Input/output error"), and a
 * UTF-8 page cut off inside its last character is read as UTF-8, and
 * qr_out_put()'s own write() loop goes on after signals and short
 * writes.
 */
#include <sys/time.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "tests.h"

/* Every format, written to /dev/full: the reason is ENOSPC's. */
START_TEST(test_full_disk_reason)
{
	static const enum qr_output fmts[] = { QR_OUT_MARKDOWN, QR_OUT_XHTML,
	    QR_OUT_TEXT, QR_OUT_JSON };
	struct qr_doc	*doc;
	struct qr_error	 err;
	struct qr_buf	 b = { 0 };
	size_t		 i;
	FILE		*f;

	if (access("/dev/full", W_OK) != 0) {
		puts("errpaths: skipped: no writable /dev/full");
		return;
	}
	qr_buf_puts(&b, "<html><head><title>Full</title></head><body>"
	    "<article><h1>Full</h1>");
	for (i = 0; i < 3000; i++)	/* more than stdio buffers */
		qr_buf_puts(&b, "<p>A paragraph long enough to fill buffers."
		    "</p>");
	qr_buf_puts(&b, "</article></body></html>");
	qr_buf_cstr(&b);
	doc = test_read(b.data, QR_IN_HTML);
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		f = fopen("/dev/full", "w");
		ck_assert_ptr_nonnull(f);
		memset(&err, 0, sizeof(err));
		ck_assert_int_eq(qr_write(doc, fmts[i], f, NULL, &err),
		    QR_ERR_IO);
		ck_assert_msg(strcmp(err.msg, "cannot write output: No space "
		    "left on device") == 0, "format %zu: '%s'", i, err.msg);
		fclose(f);
	}
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

static volatile sig_atomic_t ticks;

static void
on_tick(int sig)
{
	(void)sig;
	ticks++;
}

/* The byte at offset i of the pieces test_out_put_signals() writes. */
static char
pattern(size_t i)
{
	return (char)('a' + (i * 7 + i / 4093) % 26);
}

/* What the reader of test_out_put_signals() should get at offset "at":
 * the piece twice, "<", the piece, ">". */
static char
expected(size_t at, size_t big)
{
	if (at < 2 * big)
		return pattern(at % big);
	if (at == 2 * big)
		return '<';
	if (at == 3 * big + 1)
		return '>';
	return pattern(at - 2 * big - 1);
}

/*
 * qr_out_put() into a pipe that a slow reader empties.  First with a
 * timer signal (no SA_RESTART) every 0.2 ms: its write() returns short
 * or fails with EINTR, and goes on.  Then after bytes stdio holds (a
 * signal there would fail stdio's own flush, as it fails any fwrite):
 * those go first.  The reader checks every byte.
 */
START_TEST(test_out_put_signals)
{
	static const size_t	 big = 2 << 20;
	struct sigaction	 sa, old;
	struct itimerval	 it = { { 0, 200 }, { 0, 200 } }, off;
	char			*piece = malloc(big), buf[4096];
	int			 fd[2], st;
	size_t			 i, got = 0;
	pid_t			 pid;
	FILE			*f;

	ck_assert_ptr_nonnull(piece);
	for (i = 0; i < big; i++)
		piece[i] = pattern(i);
	ck_assert_int_eq(pipe(fd), 0);
	if ((pid = fork()) == 0) {	/* the reader */
		ssize_t	n;
		size_t	k, at = 0, ok = 1;

		close(fd[1]);
		while ((n = read(fd[0], buf, sizeof(buf))) != 0) {
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				_exit(2);
			for (k = 0; k < (size_t)n; k++, at++)
				if (buf[k] != expected(at, big))
					ok = 0;
			usleep(20);
		}
		_exit(ok && at == 3 * big + 2 ? 0 : 1);
	}
	ck_assert_int_ge(pid, 0);
	close(fd[0]);
	f = fdopen(fd[1], "w");
	ck_assert_ptr_nonnull(f);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_tick;	/* no SA_RESTART */
	sigemptyset(&sa.sa_mask);
	ck_assert_int_eq(sigaction(SIGALRM, &sa, &old), 0);
	ticks = 0;
	ck_assert_int_eq(setitimer(ITIMER_REAL, &it, NULL), 0);
	got += qr_out_put(f, piece, big);
	got += qr_out_put(f, piece, big);
	memset(&off, 0, sizeof(off));
	setitimer(ITIMER_REAL, &off, NULL);
	sigaction(SIGALRM, &old, NULL);
	putc('<', f);			/* held by stdio: goes first */
	got += qr_out_put(f, piece, big);
	putc('>', f);
	ck_assert_int_eq(fclose(f), 0);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		continue;
	ck_assert_uint_eq(got, 3 * big);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	    "the reader got other bytes (status %d)", st);
	ck_assert_msg(ticks > 0, "no signal came during the writes");
	free(piece);
}
END_TEST

/* A page with UTF-8 text and no charset, cut inside its last
 * character: the text reads as UTF-8 (not Windows-1252), the cut bytes
 * are dropped. */
START_TEST(test_cut_utf8_page)
{
	static const char page[] = "<html><head><title>Caf\xc3\xa9</title>"
	    "</head><body><article><h1>Caf\xc3\xa9</h1><p>Na\xc3\xafve "
	    "\xe6\x97\xa5\xe6\x9c\xac words.</p><p>Cut \xe6\x97";
	struct qr_doc	*doc = test_read(page, QR_IN_HTML);
	char		*s = test_render(doc, QR_OUT_TEXT, NULL);

	ck_assert_str_eq(doc->title, "Caf\xc3\xa9");
	ck_assert_msg(strstr(s, "Na\xc3\xafve \xe6\x97\xa5\xe6\x9c\xac "
	    "words.") != NULL, "%s", s);
	ck_assert_msg(strstr(s, "\nCut\n") != NULL, "%s", s);
	free(s);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_errpaths(void)
{
	Suite	*s = suite_create("errpaths");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_full_disk_reason);
	tcase_add_test(tc, test_cut_utf8_page);
	tcase_add_test(tc, test_out_put_signals);
	suite_add_tcase(s, tc);
	return s;
}
