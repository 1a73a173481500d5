/*
 * check_hostile.c -- the library's side of the bad-input matrix (issue
 * 8) that needs no reader: refusals before any reader runs, write
 * errors with one clear message, no temporary file left behind, and a
 * 100,000-deep thread through every writer that is built.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests.h"

/* A fresh empty directory under /tmp; the caller removes it. */
static char *
tempdir(void)
{
	char *d = strdup("/tmp/quire-hostile-XXXXXX");

	ck_assert_ptr_nonnull(d);
	ck_assert_ptr_nonnull(mkdtemp(d));
	return d;
}

/* Names in "dir" (dot files included) joined by spaces. */
static char *
listing(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	char		*s = calloc(1, 4096);

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			snprintf(s + strlen(s), 4096 - strlen(s), "%s ",
			    e->d_name);
	closedir(d);
	return s;
}

START_TEST(test_refused_before_reading)
{
	static const struct { const char *in; size_t len; enum qr_status st;
	    const char *msg; } cases[] = {
		{ "", 0, QR_ERR_EMPTY, "input is empty" },
		{ " \n\t\r\f ", 6, QR_ERR_EMPTY, "input is empty" },
		{ "\x7f" "ELF\2\1\1", 7, QR_ERR_BINARY,
		    "input is binary, not a page or a text dump" },
		{ "\x89PNG\r\n\x1a\n", 8, QR_ERR_BINARY,
		    "input is binary, not a page or a text dump" },
		{ "\x01\x02\x03\x04\x05\x06", 6, QR_ERR_BINARY,
		    "input is binary, not a page or a text dump" },
		{ "\xff\xfe\0\0<\0\0\0", 8, QR_ERR_ENCODING,
		    "input is UTF-32, which is not supported; convert it with "
		    "iconv -f UTF-32 -t UTF-8" },
		{ "\0\0\xfe\xff\0\0\0<", 8, QR_ERR_ENCODING,
		    "input is UTF-32, which is not supported; convert it with "
		    "iconv -f UTF-32 -t UTF-8" },
	};
	struct qr_error	err;
	size_t		i;
	int		in;

	for (in = QR_IN_AUTO; in < QR_IN__MAX; in++)
		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			memset(&err, 0, sizeof(err));
			ck_assert_ptr_null(qr_read(cases[i].in, cases[i].len,
			    (enum qr_input)in, NULL, &err));
			ck_assert_int_eq(err.status, cases[i].st);
			ck_assert_str_eq(err.msg, cases[i].msg);
		}
}
END_TEST

START_TEST(test_too_large_in_memory)
{
	struct qr_options	o;
	struct qr_error		err;

	qr_options_init(&o);
	ck_assert_uint_eq(o.max_input, (size_t)512 << 20);
	o.max_input = 4;
	ck_assert_ptr_null(qr_read("<p>hello</p>", 12, QR_IN_HTML, &o, &err));
	ck_assert_int_eq(err.status, QR_ERR_TOO_LARGE);
	ck_assert_str_eq(err.msg, "input is too large (12 bytes; the limit is "
	    "4, see --max-size)");
}
END_TEST

START_TEST(test_file_errors)
{
	char		*d = tempdir(), path[256], *buf;
	size_t		 len;
	struct qr_error	 err;
	FILE		*f;

	ck_assert_int_eq(qr_file_read(d, 1 << 20, &buf, &len, &err), QR_ERR_IO);
	ck_assert_str_eq(err.msg, "is a directory");
	snprintf(path, sizeof(path), "%s/missing.html", d);
	ck_assert_int_eq(qr_file_read(path, 1 << 20, &buf, &len, &err),
	    QR_ERR_IO);
	ck_assert_str_eq(err.msg, "No such file or directory");
	snprintf(path, sizeof(path), "%s/big.html", d);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("<p>twenty bytes!</p>", f);
	fclose(f);
	ck_assert_int_eq(qr_file_read(path, 19, &buf, &len, &err),
	    QR_ERR_TOO_LARGE);
	ck_assert_str_eq(err.msg, "input is 20 bytes, over the limit of 19 "
	    "(see --max-size)");
	ck_assert_ptr_null(buf);
	ck_assert_int_eq(qr_file_read(path, 20, &buf, &len, &err), QR_OK);
	ck_assert_uint_eq(len, 20);
	ck_assert_int_eq(buf[20], '\0');
	free(buf);
	unlink(path);
	rmdir(d);
	free(d);
}
END_TEST

START_TEST(test_output_errors)
{
	struct qr_doc		*doc = qr_doc_new();
	struct qr_outfile	 of;
	struct qr_error		 err;
	char			*d = tempdir(), path[256], *ls;
	int			 i;

	doc->title = "A title";
	/* a missing directory names the output */
	snprintf(path, sizeof(path), "%s/nodir/out.json", d);
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_ERR_IO);
	ck_assert_int_eq(strncmp(err.msg, "cannot write output /tmp/", 25), 0);
	ck_assert_ptr_nonnull(strstr(err.msg,
	    "/nodir/out.json: No such file or directory"));
	/* a full disk: the write fails with the system's reason */
	if (access("/dev/full", W_OK) == 0) {
		ck_assert_int_eq(qr_outfile_open(&of, "/dev/full", &err), QR_OK);
		for (i = 0; i < 2000; i++) {	/* more than stdio buffers */
			char tag[64];

			snprintf(tag, sizeof(tag), "tag number %d, long enough "
			    "to fill a buffer", i);
			qr_doc_add_tag(doc, tag, strlen(tag));
		}
		ck_assert_int_eq(qr_write(doc, QR_OUT_JSON, of.fp, NULL, &err),
		    QR_ERR_IO);
		ck_assert_str_eq(err.msg,
		    "cannot write output: No space left on device");
		qr_outfile_abort(&of);
	}
	/* an aborted output leaves nothing behind */
	snprintf(path, sizeof(path), "%s/out.json", d);
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	ck_assert_int_eq(qr_write(doc, QR_OUT_JSON, of.fp, NULL, &err), QR_OK);
	ls = listing(d);
	ck_assert_int_eq(ls[0], '.');		/* the temporary file */
	free(ls);
	qr_outfile_abort(&of);
	ls = listing(d);
	ck_assert_str_eq(ls, "");		/* nodir was never made either */
	free(ls);
	/* a committed one is exactly the destination */
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	ck_assert_int_eq(qr_write(doc, QR_OUT_JSON, of.fp, NULL, &err), QR_OK);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_OK);
	ls = listing(d);
	ck_assert_str_eq(ls, "out.json ");
	free(ls);
	unlink(path);
	rmdir(d);
	free(d);
	qr_doc_free(doc);
}
END_TEST

/* A 100,000-deep reply chain goes through every writer that is built
 * (no recursion on depth), and max_depth refuses the next level. */
START_TEST(test_deep_chain_all_writers)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread, *p;
	int		 i, fmt;

	doc->title = "Chain";
	for (i = 0; i < 100000; i++) {
		c = qr_open_comment(doc, c);
		ck_assert_ptr_nonnull(c);
		c->as.comment.author = "A";
		p = qr_add_block(doc, c, QR_PARA);
		qr_add_text(doc, p, "r", 1);
	}
	ck_assert_uint_eq(c->as.comment.depth, 100000);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 100000);
	doc->max_depth = 100000;
	ck_assert_ptr_null(qr_open_comment(doc, c));
	for (fmt = 0; fmt < QR_OUT__MAX; fmt++) {
		char *s;

		if (!qr_output_available((enum qr_output)fmt))
			continue;
		s = test_render(doc, (enum qr_output)fmt, NULL);
		/* linear in size: a capped indent, not 100,000 columns */
		ck_assert_uint_lt(strlen(s), (size_t)100000 * 1000);
		ck_assert_uint_gt(strlen(s), 100000);
		free(s);
	}
	qr_doc_free(doc);
}
END_TEST

/* Control bytes never reach the model: NUL, ^A, DEL dropped, terminal
 * escape sequences (CSI, OSC) dropped whole. */
START_TEST(test_control_bytes_dropped)
{
	static const char in[] = "Title \x1b[31mred\x1b[0m here\n\nA para"
	    "\x01graph\0 with \x1b]0;evil title\x07osc and \x1b]8;;http://x"
	    "\x1b\\link\x1b]8;;\x1b\\ end\x7f.\n";
	struct qr_error	 err;
	struct qr_doc	*doc;
	char		*t;

	doc = qr_read(in, sizeof(in) - 1, QR_IN_TEXT, NULL, &err);
	ck_assert_msg(doc != NULL, "%s", err.msg);
	ck_assert_str_eq(doc->title, "Title red here");
	ck_assert_ptr_nonnull(doc->body->first);
	t = qr_node_plain_text(doc->body->first);
	ck_assert_str_eq(t, "A paragraph with osc and link end.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_hostile(void)
{
	Suite	*s = suite_create("hostile");
	TCase	*tc = tcase_create("bad input");

	tcase_set_timeout(tc, 600);	/* a hang guard for slow (sanitizer) builds */
	tcase_add_test(tc, test_refused_before_reading);
	tcase_add_test(tc, test_too_large_in_memory);
	tcase_add_test(tc, test_file_errors);
	tcase_add_test(tc, test_output_errors);
	tcase_add_test(tc, test_deep_chain_all_writers);
	tcase_add_test(tc, test_control_bytes_dropped);
	suite_add_tcase(s, tc);
	return s;
}
