/*
 * check_text1k.c -- the small-input costs of the text path: a document
 * whose arena is sized from its reader's guess (qr_doc_new_sized), and
 * an output that is a device or a pipe written through its own buffer,
 * and the line table of an owned dump put in its buffer's spare room.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests.h"
#include "internal.h"
#include "text.h"

/* The same document built in "doc": a paragraph per i, and a thread of
 * comments each replying to the one before (deep enough to need many
 * chunks of a small arena). */
static void
build(struct qr_doc *doc, int n)
{
	struct qr_node	*parent = doc->thread, *c, *p;
	char		 text[64];
	int		 i;

	for (i = 0; i < n; i++) {
		snprintf(text, sizeof(text), "paragraph %d, caf\xc3\xa9", i);
		p = qr_add_block(doc, doc->body, QR_PARA);
		ck_assert_ptr_nonnull(qr_add_text(doc, p, text, strlen(text)));
		c = qr_open_comment(doc, parent);
		ck_assert_ptr_nonnull(c);
		snprintf(text, sizeof(text), "author %d", i);
		c->as.comment.author = qr_doc_strdup(doc, text);
		p = qr_add_block(doc, c, QR_PARA);
		ck_assert_ptr_nonnull(qr_add_text(doc, p, "a reply", 7));
		parent = c;
	}
}

/* d is ref's twin: its body and thread made, "nalloc" allocations of
 * 1000 bytes each start zeroed (then garbage-filled), and ref's
 * document built in it renders as "want".  Frees d.  "what" and "v"
 * name the case in a failure. */
static void
same_as_ref(struct qr_doc *d, const struct qr_doc *ref, const char *want,
    size_t nalloc, const char *what, size_t v)
{
	char	*got;
	size_t	 k, j;

	ck_assert_ptr_nonnull(d->body);
	ck_assert_ptr_nonnull(d->thread);
	ck_assert_uint_eq(d->max_depth, ref->max_depth);
	for (k = 0; k < nalloc; k++) {
		unsigned char *p = qr_doc_alloc(d, 1000);

		for (j = 0; j < 1000; j++)
			if (p[j] != 0)
				ck_abort_msg("%s %zu: byte %zu of allocation "
				    "%zu not zero", what, v, j, k);
		memset(p, 0xa5, 1000);
	}
	build(d, 300);
	got = test_render(d, QR_OUT_JSON, NULL);
	ck_assert_str_eq(got, want);
	free(got);
	qr_doc_free(d);
}

/* Whatever the guess (none, tiny, a few huge pages, absurd), the
 * document is the one qr_doc_new() gives, and every allocation starts
 * zeroed (the first chunk is the guessed one, not a malloc'd one). */
START_TEST(test_doc_sized)
{
	static const size_t	 guess[] = { 0, 1, 4096, 3 * QR_HUGE_PAGE + 5,
				    (size_t)64 << 20, SIZE_MAX };
	struct qr_doc		*ref = qr_doc_new();
	char			*want;
	size_t			 i;

	build(ref, 300);
	want = test_render(ref, QR_OUT_JSON, NULL);
	for (i = 0; i < sizeof(guess) / sizeof(guess[0]); i++)
		same_as_ref(qr_doc_new_sized(guess[i]), ref, want, 2000,
		    "guess", i);
	free(want);
	qr_doc_free(ref);
}
END_TEST

/* A document whose first chunk is memory the reader is done with
 * (qr_doc_new_in: the HTML reader's page once parsed), garbage-filled:
 * the same document, every allocation zeroed all the same, whether the
 * memory is none, too small to keep (freed), a few KB more than the
 * minimum, or big; ASan's leak check sees each freed. */
START_TEST(test_doc_in)
{
	static const size_t	 sizes[] = { 0, 100, 64 * 1024 + 24,
				    (size_t)3 << 20 };
	struct qr_doc		*ref = qr_doc_new();
	char			*want, *mem;
	size_t			 i;

	build(ref, 300);
	want = test_render(ref, QR_OUT_JSON, NULL);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		mem = NULL;
		if (sizes[i] > 0) {
			mem = qr_xmalloc(sizes[i]);
			memset(mem, 0xa5, sizes[i]);
		}
		same_as_ref(qr_doc_new_in(mem, sizes[i]), ref, want, 200,
		    "size", sizes[i]);
	}
	free(want);
	qr_doc_free(ref);
}
END_TEST

/* A pipe as the output (not a regular file: written to directly, with
 * its own stdio buffer): every byte arrives, in order, and the buffer
 * goes with the commit (the sanitizers' leak check sees a miss). */
START_TEST(test_pipe_output)
{
	struct qr_outfile	 of;
	struct qr_error		 err;
	char			 path[64], *got;
	int			 fd[2];
	size_t			 n = 40000, i, have = 0;
	ssize_t			 r;

	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(pipe(fd), 0);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd[1]);
	if (access(path, W_OK) != 0) {
		close(fd[0]);
		close(fd[1]);
		fprintf(stderr, "check_text1k: no /proc/self/fd: pipe test "
		    "skipped\n");
		return;
	}
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	for (i = 0; i < n; i++)		/* more than one buffer's worth */
		ck_assert_int_ne(fputc('a' + (int)(i % 26), of.fp), EOF);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_OK);
	close(fd[1]);
	got = malloc(n + 1);
	while (have <= n && (r = read(fd[0], got + have, n + 1 - have)) > 0)
		have += (size_t)r;
	close(fd[0]);
	ck_assert_uint_eq(have, n);
	for (i = 0; i < n; i++)
		if (got[i] != 'a' + (int)(i % 26))
			ck_abort_msg("byte %zu is %c", i, got[i]);
	free(got);
	/* /dev/null: open, write, commit; and open then abort */
	ck_assert_int_eq(qr_outfile_open(&of, "/dev/null", &err), QR_OK);
	ck_assert_int_gt(fprintf(of.fp, "%0*d", 50000, 7), 0);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_OK);
	ck_assert_int_eq(qr_outfile_open(&of, "/dev/null", &err), QR_OK);
	fputs("never", of.fp);
	qr_outfile_abort(&of);
	ck_assert_ptr_null(of.path);
}
END_TEST

/* Two line tables hold the same lines (the pointers relative to their
 * texts). */
static void
same_lines(const struct tlines *a, const char *ta, const struct tlines *b,
    const char *tb)
{
	size_t i;

	ck_assert_uint_eq(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		const struct tline *x = &a->v[i], *y = &b->v[i];

		ck_assert_int_eq(x->raw - ta, y->raw - tb);
		ck_assert_int_eq(x->s - ta, y->s - tb);
		ck_assert_uint_eq(x->len, y->len);
		ck_assert_int_eq(x->indent, y->indent);
		ck_assert_uint_eq(x->lineno, y->lineno);
		ck_assert_int_eq(x->mark, y->mark);
		ck_assert_int_eq(x->num, y->num);
		ck_assert_int_eq(x->rcol, y->rcol);
		ck_assert_uint_eq(x->rlen, y->rlen);
		if (x->rest != NULL)
			ck_assert_int_eq(x->rest - ta, y->rest - tb);
	}
}

/* The line table goes into the buffer's room past the text when it
 * fits there (aligned, after the NUL, inside the room), else in its own
 * allocation; the lines are the same either way, and the text is not
 * touched by the table. */
START_TEST(test_lines_in_room)
{
	static const char *const text[] = {
		"Title\n\n  1. one\n  * two\n\nAnn says:\nMay 1, 2020\n",
		"\xef\xbb\xbf" "BOM first\r\nthen\r\n\r\n",
		"a\rb\r\nc\nd\n\re",
		"x",
	};
	size_t	i, k;

	for (i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
		size_t		 len = strlen(text[i]), big = len + 1 + 64 +
				    64 * sizeof(struct tline);
		size_t		 room[] = { 0, len + 1, len + 2 +
				    sizeof(struct tline), big };
		struct tlines	 ref, tl;
		char		*own = strdup(text[i]), *buf;

		ck_assert_int_eq(qr_tlines_split_in_place(own, len, &ref), 1);
		ck_assert_int_eq(ref.v_borrowed, 0);
		for (k = 0; k < sizeof(room) / sizeof(room[0]); k++) {
			char *at;

			buf = malloc(room[k] > len + 1 ? room[k] : len + 1);
			memcpy(buf, text[i], len + 1);
			ck_assert_int_eq(qr_tlines_split_in_room(buf, len,
			    room[k], &tl), 1);
			/* the lines point at the same places (a BOM is
			 * skipped in both) */
			same_lines(&ref, own, &tl, buf);
			at = (char *)tl.v;
			if (tl.v_borrowed) {
				ck_assert(at > buf + len);
				ck_assert(at + tl.n * sizeof(struct tline) <=
				    buf + room[k]);
				ck_assert_uint_eq((uintptr_t)at % 64, 0);
				ck_assert_str_eq(buf, text[i]);
			} else
				ck_assert(at + tl.n * sizeof(struct tline) <=
				    buf || at >= buf + (room[k] > len + 1 ?
				    room[k] : len + 1));
			ck_assert_int_eq(tl.v_borrowed, k == 3);
			qr_tlines_free(&tl);
			ck_assert_int_eq(tl.v_borrowed, 0);
			free(buf);
		}
		qr_tlines_free(&ref);
		free(own);
	}
}
END_TEST

/* The reader on an owned dump with room to spare writes what it writes
 * from a borrowed copy, whether the table fits or not, and for text
 * that is not UTF-8 (a decoded copy, the room unused). */
START_TEST(test_owned_room)
{
	static const char *const text[] = {
		"A title\n\nThe post.\n\n2 comments\n\nAnn says:\n"
		    "May 1, 2020 at 10:00 am\nFirst.\nReply\n\n"
		    "    Bob says:\n    May 2, 2020 at 11:00 am\n"
		    "    Second.\n",
		"Caf\xe9 title\n\nna\xefve body.\n",
		"\xef\xbb\xbfTitle\r\n\r\nBody line\r\nmore\r\n",
	};
	size_t	i, k;

	for (i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
		size_t		 len = strlen(text[i]);
		struct qr_error	 e1, e2;
		struct qr_doc	*d1, *d2;
		char		*j1, *j2, *own;

		memset(&e1, 0, sizeof(e1));
		d1 = qr_read(text[i], len, QR_IN_TEXT, NULL, &e1);
		ck_assert_ptr_nonnull(d1);
		j1 = test_render(d1, QR_OUT_JSON, NULL);
		for (k = 0; k < 2; k++) {
			size_t room = k ? len + 1 + 4096 : len + 1;

			memset(&e2, 0, sizeof(e2));
			own = malloc(room);
			memcpy(own, text[i], len + 1);
			d2 = qr_read_owned_room(own, len, room, QR_IN_TEXT,
			    NULL, &e2);
			ck_assert_ptr_nonnull(d2);
			j2 = test_render(d2, QR_OUT_JSON, NULL);
			ck_assert_str_eq(j1, j2);
			free(j2);
			qr_doc_free(d2);
		}
		free(j1);
		qr_doc_free(d1);
	}
}
END_TEST

/* qr_file_read_room: the room is the allocation (at least the bytes and
 * their NUL), the bytes those of the file. */
START_TEST(test_file_room)
{
	char		 path[] = "/tmp/quire-text1k-XXXXXX", *buf;
	struct qr_error	 err;
	size_t		 len, room, n = 300 * 1024, i;
	FILE		*f;
	int		 fd;

	memset(&err, 0, sizeof(err));
	ck_assert_int_ge(fd = mkstemp(path), 0);
	ck_assert_ptr_nonnull(f = fdopen(fd, "w"));
	for (i = 0; i < n; i++)
		fputc(i % 64 == 63 ? '\n' : 'a' + (int)(i % 26), f);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(qr_file_read_room(path, n, &buf, &len, &room, &err),
	    QR_OK);
	ck_assert_uint_eq(len, n);
	ck_assert_uint_ge(room, n + 1);
	ck_assert_int_eq(buf[n], '\0');
	buf[room - 1] = 1;		/* all of it is ours */
	for (i = 0; i < n; i++)
		if (buf[i] != (i % 64 == 63 ? '\n' : 'a' + (int)(i % 26)))
			ck_abort_msg("byte %zu", i);
	free(buf);
	/* over the limit: nothing, no room */
	room = 7;
	ck_assert_int_eq(qr_file_read_room(path, n - 1, &buf, &len, &room,
	    &err), QR_ERR_TOO_LARGE);
	ck_assert_ptr_null(buf);
	ck_assert_uint_eq(room, 0);
	unlink(path);
}
END_TEST

/* "input is binary": over 5 % of the first 64 KB are control bytes
 * other than tab, LF, CR, FF and ESC (the scan finds them sixteen bytes
 * at a time: counted right wherever they stand, the last bytes too). */
START_TEST(test_binary_share)
{
	static const size_t	 sizes[] = { 20, 31, 32, 33, 100, 1000,
				    65536, 70000 };
	static const char	 ok[] = "\t\n\r\f\x1b";
	size_t			 si, bad, i, n, counted;
	int			 where;

	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++) {
		n = sizes[si];
		for (where = 0; where < 3; where++)
			for (bad = n / 20 - 1; bad <= n / 20 + 2; bad++) {
				char		*b = malloc(n + 1);
				struct qr_error	 err;
				struct qr_doc	*d;

				for (i = 0; i < n; i++)
					b[i] = i % 7 == 3 ? ok[i % 5] :
					    'a' + (char)(i % 26);
				b[0] = 'T';
				/* the bad bytes at the end, the start, or
				 * spread; DEL among them */
				for (i = 0; i < bad; i++) {
					size_t at = where == 0 ? n - 1 - i :
					    where == 1 ? 1 + i :
					    1 + i * ((n - 2) / bad);

					b[at] = i % 3 == 0 ? 0x7f :
					    (char)(1 + i % 8);
				}
				b[n] = '\0';
				for (i = counted = 0; i < n && i < 65536; i++)
					counted += ((unsigned char)b[i] < 0x20 &&
					    strchr(ok, b[i]) == NULL) ||
					    b[i] == 0x7f;
				memset(&err, 0, sizeof(err));
				d = qr_read(b, n, QR_IN_TEXT, NULL, &err);
				if (counted * 20 > (n < 65536 ? n : 65536))
					ck_assert_msg(err.status ==
					    QR_ERR_BINARY, "%zu bytes, %zu "
					    "bad (%d): not refused", n,
					    counted, where);
				else
					ck_assert_msg(err.status !=
					    QR_ERR_BINARY, "%zu bytes, %zu "
					    "bad (%d): refused", n, counted,
					    where);
				qr_doc_free(d);
				free(b);
			}
	}
}
END_TEST

Suite *
suite_text1k(void)
{
	Suite	*s = suite_create("text1k");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_doc_sized);
	tcase_add_test(tc, test_doc_in);
	tcase_add_test(tc, test_pipe_output);
	tcase_add_test(tc, test_lines_in_room);
	tcase_add_test(tc, test_owned_room);
	tcase_add_test(tc, test_file_room);
	tcase_add_test(tc, test_binary_share);
	suite_add_tcase(s, tc);
	return s;
}
