/*
 * check_batch.c -- batch conversion (src/batch.c): the list reader, the
 * output names, refused duplicates, --skip-existing and the reporting
 * of failures from worker processes, --fsync.  Conversions themselves
 * need a reader; most tests use inputs that fail before any reader
 * runs, or that are skipped, so they hold in every build; the --fsync
 * run needs the text reader and the JSON writer.
 */
#include <sys/stat.h>
#include <sys/syscall.h>

#include <dirent.h>
#include <errno.h>
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

/* fsync() as libquire sees it in this program (its definition here
 * takes the place of the C library's): counted, and failed on demand,
 * for regular files (fsync_fail 1) or directories (2). */
static int fsync_calls, fsync_fail;

int
fsync(int fd)
{
	struct stat sb;

	fsync_calls++;
	if (fsync_fail != 0 && fstat(fd, &sb) == 0 &&
	    (fsync_fail == 1 ? S_ISREG(sb.st_mode) : S_ISDIR(sb.st_mode))) {
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_fsync, fd);
}

/* Entries of directory "d" (hidden ones too), "." and ".." aside. */
static int
entries(const char *d)
{
	DIR		*dp = opendir(d);
	struct dirent	*e;
	int		 n = 0;

	ck_assert_ptr_nonnull(dp);
	while ((e = readdir(dp)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n;
}

static void
put(const char *path, const char *s, size_t len)
{
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(s, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
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
 * process and in 1..4 workers: the same figures and messages.  With
 * --skip-existing an output that is empty, lacks its final newline or
 * ends in NUL bytes (what a crash can leave) is not skipped: its input
 * is converted again, and fails here, being missing. */
START_TEST(test_run_failures)
{
	char		*d = tmpdir(), out[256], skip[300], path[300];
	const char	*in[] = { "nope/a.html", "nope/b.html", "other/a.html",
	    "nope/skip.html", "nope/c.html", "nope/empty.html",
	    "nope/part.html", "nope/zero.html" };
	const char	*bad[] = { "empty", "part", "zero" };
	const char	*badtext[] = { "", "{\"title\": \"x", "{\0\0\0\n" };
	size_t		 badlen[] = { 0, 12, 5 }, k;
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
	fputs("old\n", f);
	fclose(f);
	for (k = 0; k < 3; k++) {
		snprintf(path, sizeof(path), "%s/%s.json", out, bad[k]);
		put(path, badtext[k], badlen[k]);
	}
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
	ck_assert_int_eq(qr_batch_run(&b, in, 8, &st), 1);
	ck_assert_uint_eq(st.total, 8);
	ck_assert_uint_eq(st.done, 8);
	ck_assert_uint_eq(st.failed, 7);
	ck_assert_uint_eq(st.skipped, 1);
	ck_assert_uint_eq(s->progress_calls, 8);
	ck_assert_uint_eq(s->last.done, 8);
	ck_assert_uint_eq(s->nmsgs, 7);
	ck_assert(has_msg(s, "nope/a.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/b.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/c.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/empty.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/part.html: No such file or directory"));
	ck_assert(has_msg(s, "nope/zero.html: No such file or directory"));
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

		ck_assert_str_eq(t, "old\n");
		free(t);
	}
	unlink(skip);
	for (k = 0; k < 3; k++) {
		snprintf(path, sizeof(path), "%s/%s.json", out, bad[k]);
		ck_assert_int_eq(unlink(path), 0);
	}
	ck_assert_int_eq(rmdir(out), 0);	/* empty: no temp files */
	rmdir(d);
	free(d);
	free(s);
}
END_TEST

/* qr_outfile: no fsync unless asked; a failed one fails the commit,
 * leaves the old destination and no temporary file. */
START_TEST(test_outfile_sync)
{
	char			*d = tmpdir(), path[300], *t;
	struct qr_outfile	 of;
	struct qr_error		 err = { QR_OK, 0, "" };
	char			 want[400];

	snprintf(path, sizeof(path), "%s/x.txt", d);
	fsync_calls = fsync_fail = 0;
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	fputs("one\n", of.fp);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_OK);
	ck_assert_int_eq(fsync_calls, 0);
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	of.sync = 1;
	fputs("two\n", of.fp);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_OK);
	ck_assert_int_eq(fsync_calls, 1);
	t = test_slurp(path, NULL);
	ck_assert_str_eq(t, "two\n");
	free(t);
	fsync_fail = 1;
	ck_assert_int_eq(qr_outfile_open(&of, path, &err), QR_OK);
	of.sync = 1;
	fputs("three\n", of.fp);
	ck_assert_int_eq(qr_outfile_commit(&of, &err), QR_ERR_IO);
	fsync_fail = 0;
	snprintf(want, sizeof(want), "cannot write %s: %s", path,
	    strerror(EIO));
	ck_assert_str_eq(err.msg, want);
	t = test_slurp(path, NULL);
	ck_assert_str_eq(t, "two\n");
	free(t);
	ck_assert_int_eq(entries(d), 1);	/* no temporary file left */
	unlink(path);
	rmdir(d);
	free(d);
}
END_TEST

/* A batch with and without fsync, in this process and in 2 workers:
 * the same outputs; each output and the directory synced; a failed sync
 * of an output fails its input (nothing is left), a failed sync of the
 * directory is reported under the directory's name. */
START_TEST(test_run_fsync)
{
	char		*d = tmpdir(), in[2][300], out[3][300], p[2][1000];
	const char	*ins[2] = { in[0], in[1] };
	char		*a, *bb, want[1400];
	struct qr_batch	 b;
	struct qr_batch_stats st;
	struct seen	*s = calloc(1, sizeof(*s));
	int		 jobs = _i, k;

	if (!qr_input_available(QR_IN_TEXT) ||
	    !qr_output_available(QR_OUT_JSON)) {
		printf("batch: --fsync run skipped: no text reader or JSON "
		    "writer\n");
		goto done;
	}
	for (k = 0; k < 2; k++) {
		snprintf(in[k], sizeof(in[k]), "%s/in%d.txt", d, k);
		put(in[k], k ? "Second\n\nA paragraph.\n" :
		    "First\n\nAnother one.\n", k ? 22 : 21);
	}
	for (k = 0; k < 3; k++) {
		snprintf(out[k], sizeof(out[k]), "%s/o%d", d, k);
		ck_assert_int_eq(mkdir(out[k], 0755), 0);
	}
	memset(&b, 0, sizeof(b));
	b.from = QR_IN_TEXT;
	b.to = QR_OUT_JSON;
	b.outdir = 1;
	b.jobs = jobs;
	b.on_error = cb_error;
	b.arg = s;
	fsync_calls = fsync_fail = 0;
	b.output = out[0];
	ck_assert_int_eq(qr_batch_run(&b, ins, 2, &st), 0);
	ck_assert_int_eq(fsync_calls, 0);
	b.fsync = 1;
	b.output = out[1];
	ck_assert_int_eq(qr_batch_run(&b, ins, 2, &st), 0);
	/* two outputs and the directory; workers sync in their own
	 * processes, so here only the directory is counted */
	ck_assert_int_eq(fsync_calls, jobs == 1 ? 3 : 1);
	for (k = 0; k < 2; k++) {
		snprintf(p[0], sizeof(p[0]), "%s/in%d.json", out[0], k);
		snprintf(p[1], sizeof(p[1]), "%s/in%d.json", out[1], k);
		a = test_slurp(p[0], NULL);
		bb = test_slurp(p[1], NULL);
		ck_assert_ptr_nonnull(a);
		ck_assert_ptr_nonnull(bb);
		ck_assert_str_eq(a, bb);
		ck_assert(strstr(a, k ? "\"Second\"" : "\"First\"") != NULL);
		free(a);
		free(bb);
	}
	ck_assert_int_eq(s->nmsgs, 0);
	/* a failed sync of each output: both inputs fail, nothing left */
	fsync_fail = 1;
	b.output = out[2];
	ck_assert_int_eq(qr_batch_run(&b, ins, 2, &st), 1);
	ck_assert_uint_eq(st.failed, 2);
	ck_assert_int_eq(entries(out[2]), 0);
	ck_assert_int_eq(s->nmsgs, 2);
	for (k = 0; k < 2; k++) {
		snprintf(want, sizeof(want), "%s: cannot write %s/in%d.json: "
		    "%s", in[k], out[2], k, strerror(EIO));
		ck_assert_msg(has_msg(s, want), "no message '%s'", want);
	}
	/* a failed sync of the directory: the outputs are there */
	fsync_fail = 2;
	s->nmsgs = 0;
	ck_assert_int_eq(qr_batch_run(&b, ins, 2, &st), 1);
	fsync_fail = 0;
	ck_assert_uint_eq(st.failed, 0);
	ck_assert_int_eq(entries(out[2]), 2);
	ck_assert_int_eq(s->nmsgs, 1);
	snprintf(want, sizeof(want), "%s: cannot sync the output directory: "
	    "%s", out[2], strerror(EIO));
	ck_assert_str_eq(s->msgs[0], want);
	for (k = 0; k < 3; k++) {
		int j;

		for (j = 0; j < 2; j++) {
			snprintf(p[0], sizeof(p[0]), "%s/in%d.json", out[k], j);
			unlink(p[0]);
		}
		ck_assert_int_eq(rmdir(out[k]), 0);
	}
	unlink(in[0]);
	unlink(in[1]);
done:
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
	tcase_add_test(tc, test_outfile_sync);
	tcase_add_loop_test(tc, test_run_fsync, 1, 3);
	suite_add_tcase(s, tc);
	return s;
}
