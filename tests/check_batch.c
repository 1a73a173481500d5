/*
 * check_batch.c -- batch conversion (src/batch.c): the list reader, the
 * output names, refused duplicates, --skip-existing and the reporting
 * of failures from worker processes.  Conversions themselves need a
 * reader; these tests use inputs that fail before any reader runs, or
 * that are skipped, so they hold in every build.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests.h"
#include "batch.h"

struct seen {
	char	 msgs[64][600];
	size_t	 nmsgs;
	size_t	 progress_calls;
	struct qr_batch_stats last;
};

static void
cb_error(void *arg, const char *in, const struct qr_error *err)
{
	struct seen *s = arg;

	ck_assert_uint_lt(s->nmsgs, 64);
	snprintf(s->msgs[s->nmsgs++], sizeof(s->msgs[0]), "%s: %s", in,
	    err->msg);
}

static void
cb_progress(void *arg, const struct qr_batch_stats *st)
{
	struct seen *s = arg;

	ck_assert_uint_le(st->done, st->total);
	ck_assert_uint_ge(st->done, s->last.done);
	s->last = *st;
	s->progress_calls++;
}

static int
has_msg(const struct seen *s, const char *m)
{
	size_t i;

	for (i = 0; i < s->nmsgs; i++)
		if (strcmp(s->msgs[i], m) == 0)
			return 1;
	return 0;
}

static char *
tmpdir(void)
{
	char	 tmpl[] = "/tmp/quire-batch-XXXXXX";
	char	*d = mkdtemp(tmpl);

	ck_assert_ptr_nonnull(d);
	return strdup(d);
}

START_TEST(test_output_name)
{
	char *p;

	p = qr_batch_output_name("out", "dir/page.html", QR_OUT_MARKDOWN);
	ck_assert_str_eq(p, "out/page.md");
	free(p);
	p = qr_batch_output_name("out/", "a.b.html", QR_OUT_JSON);
	ck_assert_str_eq(p, "out/a.b.json");
	free(p);
	p = qr_batch_output_name("o", "-", QR_OUT_TEXT);
	ck_assert_str_eq(p, "o/stdin.txt");
	free(p);
	p = qr_batch_output_name("o", "x/.hidden", QR_OUT_XHTML);
	ck_assert_str_eq(p, "o/.hidden.xhtml");
	free(p);
	p = qr_batch_output_name("o", "noext", QR_OUT_JSON);
	ck_assert_str_eq(p, "o/noext.json");
	free(p);
}
END_TEST

START_TEST(test_read_list)
{
	char	*d = tmpdir(), path[256], **list;
	size_t	 n;
	FILE	*f;
	struct qr_error err = { QR_OK, 0, "" };

	snprintf(path, sizeof(path), "%s/list", d);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("a.html\n\nb c.html\r\n\n/abs/d.html", f);
	fclose(f);
	ck_assert_int_eq(qr_batch_read_list(path, &list, &n, &err), QR_OK);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(list[0], "a.html");
	ck_assert_str_eq(list[1], "b c.html");
	ck_assert_str_eq(list[2], "/abs/d.html");
	free(list);
	/* an empty file is an empty list */
	f = fopen(path, "w");
	fclose(f);
	ck_assert_int_eq(qr_batch_read_list(path, &list, &n, &err), QR_OK);
	ck_assert_uint_eq(n, 0);
	free(list);
	unlink(path);
	ck_assert_int_eq(qr_batch_read_list(path, &list, &n, &err), QR_ERR_IO);
	ck_assert_ptr_null(list);
	rmdir(d);
	free(d);
}
END_TEST

/* Missing inputs, a duplicate output name and a skipped input, in this
 * process and in 1..4 workers: the same figures and messages. */
START_TEST(test_run_failures)
{
	char		*d = tmpdir(), out[256], skip[300];
	const char	*in[] = { "nope/a.html", "nope/b.html", "other/a.html",
	    "nope/skip.html", "nope/c.html" };
	struct qr_batch	 b;
	struct qr_batch_stats st;
	struct seen	*s = calloc(1, sizeof(*s));
	FILE		*f;
	int		 jobs = _i;

	ck_assert_ptr_nonnull(s);
	snprintf(out, sizeof(out), "%s/o", d);
	ck_assert_int_eq(mkdir(out, 0755), 0);
	snprintf(skip, sizeof(skip), "%s/skip.json", out);
	f = fopen(skip, "w");
	fputs("old", f);
	fclose(f);
	memset(&b, 0, sizeof(b));
	b.from = QR_IN_AUTO;
	b.to = QR_OUT_JSON;
	b.output = out;
	b.outdir = 1;
	b.jobs = jobs;
	b.skip_existing = 1;
	b.on_error = cb_error;
	b.on_progress = cb_progress;
	b.arg = s;
	ck_assert_int_eq(qr_batch_run(&b, in, 5, &st), 1);
	ck_assert_uint_eq(st.total, 5);
	ck_assert_uint_eq(st.done, 5);
	ck_assert_uint_eq(st.failed, 4);
	ck_assert_uint_eq(st.skipped, 1);
	ck_assert_uint_eq(s->progress_calls, 5);
	ck_assert_uint_eq(s->last.done, 5);
	ck_assert_uint_eq(s->nmsgs, 4);
	ck_assert(has_msg(s, "nope/a.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/b.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/c.html: No such file or directory"));
	{
		char want[700];

		snprintf(want, sizeof(want), "other/a.html: output %s/a.json "
		    "is also the output of nope/a.html, converted instead of "
		    "this input", out);
		ck_assert_msg(has_msg(s, want), "no duplicate message");
	}
	/* the skipped output is untouched, nothing else was written */
	{
		char	*t = test_slurp(skip, NULL);

		ck_assert_str_eq(t, "old");
		free(t);
	}
	unlink(skip);
	ck_assert_int_eq(rmdir(out), 0);	/* empty: no temp files */
	rmdir(d);
	free(d);
	free(s);
}
END_TEST

Suite *
suite_batch(void)
{
	Suite	*s = suite_create("batch");
	TCase	*tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_output_name);
	tcase_add_test(tc, test_read_list);
	tcase_add_loop_test(tc, test_run_failures, 1, 5);
	suite_add_tcase(s, tc);
	return s;
}
