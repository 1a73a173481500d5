/*
 * batch.c -- convert many inputs: one after the other, or in forked
 * worker processes sharing a work counter (see batch.h).
 */
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "batch.h"

#define MAX_JOBS	256

/* Is "out" the same file as "in" (by device and inode, or by name)? */
static int
same_file(const char *in, const char *out)
{
	struct stat a, b;

	if (strcmp(in, "-") == 0 || strcmp(out, "-") == 0)
		return 0;
	if (strcmp(in, out) == 0)
		return 1;
	/* the output first: it is usually not there yet */
	return stat(out, &b) == 0 && stat(in, &a) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

char *
qr_batch_output_name(const char *dir, const char *in, enum qr_output to)
{
	const char	*base, *dot, *ext = qr_output_ext(to);
	size_t		 blen, dlen = strlen(dir), need;
	char		*p;

	if (strcmp(in, "-") == 0)
		base = "stdin";
	else if ((base = strrchr(in, '/')) != NULL)
		base++;
	else
		base = in;
	dot = strrchr(base, '.');
	blen = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
	need = dlen + 1 + blen + 1 + strlen(ext) + 1;
	p = qr_xmalloc(need);
	snprintf(p, need, "%s%s%.*s.%s", dir,
	    dlen > 0 && dir[dlen - 1] == '/' ? "" : "/",
	    (int)blen, base, ext);
	return p;
}

/* qr_write() cannot name the file it writes to: put the output's path
 * in its message ("cannot write output: REASON"), as qr_outfile_open()
 * does when the file cannot be made. */
static void
name_output(struct qr_error *err, const char *dest)
{
	static const char	 pre[] = "cannot write output: ";
	char			 reason[sizeof(err->msg)];

	if (err == NULL || err->status != QR_ERR_IO || dest == NULL ||
	    strcmp(dest, "-") == 0 ||
	    strncmp(err->msg, pre, sizeof(pre) - 1) != 0)
		return;
	memcpy(reason, err->msg + sizeof(pre) - 1,
	    sizeof(err->msg) - (sizeof(pre) - 1));
	qr_error_set(err, QR_ERR_IO, 0, "cannot write output %s: %s", dest,
	    reason);
}

int
qr_convert_file(const char *in, const char *dest, enum qr_input from,
    enum qr_output to, const struct qr_options *opt, int sync,
    struct qr_error *err)
{
	struct qr_options	 def;
	struct qr_outfile	 of;
	struct qr_doc		*doc = NULL;
	char			*buf = NULL;
	size_t			 len, room;
	int			 rc = 1;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	if (dest != NULL && same_file(in, dest)) {
		qr_error_set(err, QR_ERR_USAGE, 0,
		    "output %s is the input file; refusing to overwrite it",
		    dest);
		return 1;
	}
	if (qr_file_read_room(in, opt->max_input, &buf, &len, &room,
	    err) != QR_OK)
		return 1;
	/* The reader takes the buffer over: what it has parsed goes back
	 * to the system as it goes, and the rest before writing, so the
	 * peak holds neither the page beside its whole tree nor the page
	 * beside the output's buffers. */
	doc = qr_read_owned_room(buf, len, room, from, opt, err);
	if (doc == NULL) {
		if (err != NULL && err->status == QR_ERR_UNAVAILABLE)
			rc = 2;
		return rc;
	}
	if (qr_outfile_open(&of, dest != NULL ? dest : "-", err) != QR_OK)
		goto out;
	of.sync = sync;
	if (qr_write(doc, to, of.fp, opt, err) != QR_OK) {
		if (err != NULL && err->status == QR_ERR_UNAVAILABLE)
			rc = 2;
		name_output(err, dest);
		qr_outfile_abort(&of);
		goto out;
	}
	if (qr_outfile_commit(&of, err) != QR_OK)
		goto out;
	rc = 0;
out:
	qr_doc_free(doc);
	return rc;
}

enum qr_status
qr_batch_read_list(const char *path, char ***list, size_t *n,
    struct qr_error *err)
{
	char		*buf, **v, *s, *p, *end, *nl;
	size_t		 len, lines = 0, i = 0;
	enum qr_status	 st;

	*list = NULL;
	*n = 0;
	/* A list of a million long paths is well under 1 GiB. */
	if ((st = qr_file_read(path, (size_t)1 << 30, &buf, &len, err)) !=
	    QR_OK)
		return st;
	for (p = buf; (p = memchr(p, '\n', (size_t)(buf + len - p))) != NULL;
	    p++)
		lines++;
	lines++;
	v = qr_xmalloc(lines * sizeof(*v) + len + 1);
	s = (char *)(v + lines);
	memcpy(s, buf, len);
	s[len] = '\0';
	free(buf);
	for (p = s, end = s + len; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		if (*p != '\0')
			v[i++] = p;
	}
	*list = v;
	*n = i;
	return QR_OK;
}

/* ---- the run ------------------------------------------------------- */

enum { ST_TODO = 0, ST_REFUSED, ST_DONE };

/* One finished input, sent by a worker in one write() (atomic: it is
 * no larger than PIPE_BUF). */
struct record {
	uint64_t	idx;
	int32_t		rc;		/* 0, 1, 2 */
	int32_t		skipped;
	struct qr_error	err;
};

_Static_assert(sizeof(struct record) <= PIPE_BUF,
    "a result record must be written atomically");

/* The memory the workers share with the caller. */
struct shared {
	atomic_size_t	next;			/* next of order[] to take */
	atomic_size_t	current[MAX_JOBS];	/* input held + 1; 0 none */
};

struct run {
	const struct qr_batch	*b;
	const char *const	*inputs;
	size_t			 n;
	char			**dest;		/* per input; NULL: stdout */
	unsigned char		*state;		/* ST_* per input */
	struct qr_batch_stats	 st;
	int			 worst;
};

static void
finish(struct run *r, size_t i, int rc, int skipped,
    const struct qr_error *err)
{
	if (r->state[i] == ST_DONE)
		return;
	r->state[i] = ST_DONE;
	r->st.done++;
	if (skipped)
		r->st.skipped++;
	if (rc != 0) {
		r->st.failed++;
		if (r->b->on_error != NULL)
			r->b->on_error(r->b->arg, r->inputs[i], err);
	}
	if (rc > r->worst)
		r->worst = rc;
	if (r->b->on_progress != NULL)
		r->b->on_progress(r->b->arg, &r->st);
}

/* Is "path" a finished output?  A regular file, not empty, whose last
 * byte is the newline every output ends with, and whose last 4 KB hold
 * no NUL byte (no output has one; a file whose data never reached the
 * disk before a crash reads as zeros).  Outputs are renamed into place
 * whole, so only a power loss without --fsync, or a file from elsewhere,
 * fails this; such a file is converted again. */
static int
output_complete(const char *path)
{
	char		 tail[4096];
	struct stat	 sb;
	ssize_t		 k;
	size_t		 want;
	int		 fd, ok = 0;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
		return 0;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0) {
		want = (unsigned long long)sb.st_size < sizeof(tail) ?
		    (size_t)sb.st_size : sizeof(tail);
		k = pread(fd, tail, want, sb.st_size - (off_t)want);
		ok = k == (ssize_t)want && tail[want - 1] == '\n' &&
		    memchr(tail, '\0', want) == NULL;
	}
	close(fd);
	return ok;
}

/* Convert input i; fills "rec". */
static void
convert_one(const struct run *r, size_t i, struct record *rec)
{
	const struct qr_batch	*b = r->b;

	memset(rec, 0, sizeof(*rec));
	rec->idx = i;
	if (b->skip_existing && r->dest[i] != NULL &&
	    output_complete(r->dest[i])) {
		rec->skipped = 1;
		return;
	}
	rec->err.status = QR_OK;
	rec->rc = qr_convert_file(r->inputs[i], r->dest[i], b->from, b->to,
	    b->opt, b->fsync, &rec->err);
}

static int
cmp_dest(const void *a, const void *b, void *arg)
{
	char	**dest = arg;
	size_t	 i = *(const size_t *)a, j = *(const size_t *)b;
	int	 c = strcmp(dest[i], dest[j]);

	return c != 0 ? c : (i > j) - (i < j);
}

/* Refuse every input whose output name an earlier input already has. */
static void
refuse_duplicates(struct run *r)
{
	size_t		*ord, i, first;
	struct qr_error	 err;

	if (r->n < 2)
		return;
	ord = qr_xmalloc(r->n * sizeof(*ord));
	for (i = 0; i < r->n; i++)
		ord[i] = i;
	qsort_r(ord, r->n, sizeof(*ord), cmp_dest, r->dest);
	for (first = 0, i = 1; i < r->n; i++) {
		if (strcmp(r->dest[ord[i]], r->dest[ord[first]]) != 0) {
			first = i;
			continue;
		}
		r->state[ord[i]] = ST_REFUSED;
		qr_error_set(&err, QR_ERR_USAGE, 0, "output %s is also the "
		    "output of %s, converted instead of this input",
		    r->dest[ord[i]], r->inputs[ord[first]]);
		finish(r, ord[i], 1, 0, &err);
	}
	free(ord);
}

static void
run_serial(struct run *r)
{
	struct record	rec;
	size_t		i;

	for (i = 0; i < r->n; i++) {
		if (r->state[i] != ST_TODO)
			continue;
		convert_one(r, i, &rec);
		finish(r, i, rec.rc, rec.skipped, &rec.err);
	}
}

static int
write_full(int fd, const void *p, size_t len)
{
	const char	*s = p;
	ssize_t		 w;

	while (len > 0) {
		if ((w = write(fd, s, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		len -= (size_t)w;
	}
	return 0;
}

static void
worker(const struct run *r, const size_t *order, size_t norder,
    struct shared *sh, int slot, int fd)
{
	struct record	rec;
	size_t		i;

	for (;;) {
		i = atomic_fetch_add(&sh->next, 1);
		if (i >= norder)
			break;
		i = order[i];
		atomic_store(&sh->current[slot], i + 1);
		convert_one(r, i, &rec);
		if (write_full(fd, &rec, sizeof(rec)) != 0)
			_exit(3);
		atomic_store(&sh->current[slot], 0);
	}
	_exit(0);
}

/* Records one read() takes at most. */
#define DRAIN_RECORDS	32

/* Read every record waiting in the pipe (non-blocking), many at a time;
 * returns how many. */
static size_t
drain(struct run *r, int fd)
{
	struct record	rec[DRAIN_RECORDS];
	size_t		got = 0, n = 0, k;
	ssize_t		w;

	for (;;) {
		w = read(fd, (char *)rec + got, sizeof(rec) - got);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return n;	/* EAGAIN: nothing more now; or EOF */
		got += (size_t)w;
		/* records are written whole (each is at most PIPE_BUF), so
		 * a read ends on a record's end; a part is kept for all
		 * that */
		for (k = 0; k < got / sizeof(rec[0]); k++, n++)
			if (rec[k].idx < r->n)
				finish(r, (size_t)rec[k].idx, rec[k].rc,
				    rec[k].skipped, &rec[k].err);
		if (got % sizeof(rec[0]) != 0)
			memmove(rec, &rec[k], got % sizeof(rec[0]));
		got %= sizeof(rec[0]);
	}
}

/* A descriptor that polls readable when process "pid" ends, or -1
 * (before Linux 5.3, or elsewhere: the caller then polls for the end of
 * its workers with a timeout). */
static int
open_pidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
	return (int)syscall(SYS_pidfd_open, pid, 0);
#else
	(void)pid;
	return -1;
#endif
}

static pid_t
spawn(const struct run *r, const size_t *order, size_t norder,
    struct shared *sh, int slot, int fds[2])
{
	pid_t pid;

	fflush(NULL);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		worker(r, order, norder, sh, slot, fds[1]);
	}
	return pid;
}

struct sized {
	off_t	size;
	size_t	idx;
};

static int
cmp_sized(const void *a, const void *b)
{
	const struct sized *x = a, *y = b;

	if (x->size != y->size)
		return x->size < y->size ? 1 : -1;	/* largest first */
	return (x->idx > y->idx) - (x->idx < y->idx);
}

/* The inputs still to do, largest first (ties in input order): the
 * workers take them in this order, so the big pages start early and
 * the run does not end with one worker busy on a big page while the
 * others idle.  One stat() per input; an input that cannot be
 * stat'ed (standard input, a missing file) goes last. */
static size_t *
largest_first(const struct run *r, size_t *norder)
{
	struct sized	*v = qr_xmalloc((r->n ? r->n : 1) * sizeof(*v));
	size_t		*order, i, k = 0;
	struct stat	 sb;

	for (i = 0; i < r->n; i++) {
		if (r->state[i] != ST_TODO)
			continue;
		v[k].idx = i;
		v[k].size = strcmp(r->inputs[i], "-") != 0 &&
		    stat(r->inputs[i], &sb) == 0 && S_ISREG(sb.st_mode) ?
		    sb.st_size : -1;
		k++;
	}
	qsort(v, k, sizeof(*v), cmp_sized);
	order = qr_xmalloc((k ? k : 1) * sizeof(*order));
	for (i = 0; i < k; i++)
		order[i] = v[i].idx;
	free(v);
	*norder = k;
	return order;
}

/* Returns 0, or -1 when no worker could be started (the caller then
 * converts in this process).
 *
 * The caller sleeps in poll() on the result pipe and on a pidfd per
 * worker, so it notices at once when the last worker is done (with a
 * 100 ms timeout instead, up to 100 ms went by after each run), and it
 * reads the results in batches: after a read that found few records
 * while inputs are still to be handed out, it waits 20 ms before the
 * next, so it wakes some 50 times a second instead of once per input
 * (its wake-ups took a CPU share the workers could use). */
static int
run_parallel(struct run *r, int jobs)
{
	struct shared	*sh;
	pid_t		 pid[MAX_JOBS];
	int		 pidfd[MAX_JOBS], slot[MAX_JOBS + 1];
	int		 fds[2], alive = 0, j, k, nfd, status, blind;
	struct pollfd	 pfd[MAX_JOBS + 1];
	struct qr_error	 err;
	size_t		 i, *order, norder, got;

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED)
		return -1;
	order = largest_first(r, &norder);
	atomic_init(&sh->next, 0);
	for (j = 0; j < MAX_JOBS; j++)
		atomic_init(&sh->current[j], 0);
	if (pipe(fds) != 0) {
		munmap(sh, sizeof(*sh));
		free(order);
		return -1;
	}
	for (j = 0; j < jobs; j++) {
		pidfd[j] = -1;
		if ((pid[j] = spawn(r, order, norder, sh, j, fds)) > 0) {
			alive++;
			pidfd[j] = open_pidfd(pid[j]);
		}
	}
	if (alive == 0) {
		close(fds[0]);
		close(fds[1]);
		munmap(sh, sizeof(*sh));
		free(order);
		return -1;
	}
	/* Non-blocking reads: drain() stops when the pipe is empty. */
	{
		int fl = fcntl(fds[0], F_GETFL);

		fcntl(fds[0], F_SETFL, fl | O_NONBLOCK);
	}
	while (alive > 0) {
		nfd = 0;
		pfd[nfd].fd = fds[0];
		pfd[nfd++].events = POLLIN;
		blind = 0;		/* a worker without a pidfd */
		for (j = 0; j < jobs; j++) {
			if (pid[j] <= 0)
				continue;
			if (pidfd[j] < 0) {
				blind = 1;
				continue;
			}
			slot[nfd] = j;
			pfd[nfd].fd = pidfd[j];
			pfd[nfd++].events = POLLIN;
		}
		for (k = 0; k < nfd; k++)
			pfd[k].revents = 0;
		got = 0;
		if (poll(pfd, (nfds_t)nfd, !blind ? 1000 :
		    atomic_load(&sh->next) < norder ? 100 : 10) > 0 &&
		    pfd[0].revents != 0)
			got = drain(r, fds[0]);
		for (j = 0; j < jobs; j++) {
			size_t held;

			if (pid[j] <= 0)
				continue;
			if (pidfd[j] >= 0) {
				for (k = 1; k < nfd && slot[k] != j; k++)
					continue;
				if (k == nfd || pfd[k].revents == 0)
					continue;
			}
			if (waitpid(pid[j], &status, WNOHANG) != pid[j])
				continue;
			pid[j] = 0;
			if (pidfd[j] >= 0)
				close(pidfd[j]);
			pidfd[j] = -1;
			alive--;
			if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
				continue;
			/* Its records are all in the pipe by now. */
			drain(r, fds[0]);
			held = atomic_exchange(&sh->current[j], 0);
			if (held > 0 && r->state[held - 1] == ST_TODO) {
				if (WIFSIGNALED(status))
					qr_error_set(&err, QR_ERR_PARSE, 0,
					    "the conversion crashed (%s)",
					    strsignal(WTERMSIG(status)));
				else
					qr_error_set(&err, QR_ERR_PARSE, 0,
					    "the conversion failed (exit "
					    "status %d)", WEXITSTATUS(status));
				finish(r, held - 1, 1, 0, &err);
			}
			if (atomic_load(&sh->next) < norder &&
			    (pid[j] = spawn(r, order, norder, sh, j, fds)) > 0) {
				alive++;
				pidfd[j] = open_pidfd(pid[j]);
			}
		}
		if (got > 0 && got < DRAIN_RECORDS / 2 &&
		    atomic_load(&sh->next) < norder) {
			struct timespec ts = { 0, 20 * 1000 * 1000 };

			nanosleep(&ts, NULL);
		}
	}
	drain(r, fds[0]);
	close(fds[0]);
	close(fds[1]);
	/* Inputs nobody finished: only when every worker died at once
	 * and none could be started again. */
	for (i = 0; i < r->n; i++)
		if (r->state[i] == ST_TODO) {
			qr_error_set(&err, QR_ERR_IO, 0, "not converted: no "
			    "worker process could be started");
			finish(r, i, 1, 0, &err);
		}
	munmap(sh, sizeof(*sh));
	free(order);
	return 0;
}

/* --fsync: the renames are on disk once the directory that holds the
 * outputs is synced, once per run (each output was synced before its
 * rename). */
static void
sync_dir(struct run *r)
{
	const struct qr_batch	*b = r->b;
	const char		*slash;
	char			*dir;
	struct qr_error		 err;
	int			 fd, e = 0;

	if (b->outdir)
		dir = qr_xstrndup(b->output, strlen(b->output));
	else if ((slash = strrchr(b->output, '/')) != NULL)
		dir = qr_xstrndup(b->output, slash == b->output ? 1 :
		    (size_t)(slash - b->output));
	else
		dir = qr_xstrndup(".", 1);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		e = errno;
	else {
		if (fsync(fd) != 0 && errno != EINVAL)
			e = errno;
		close(fd);
	}
	if (e != 0) {
		qr_error_set(&err, QR_ERR_IO, 0, "cannot sync the output "
		    "directory: %s", strerror(e));
		if (b->on_error != NULL)
			b->on_error(b->arg, dir, &err);
		if (r->worst < 1)
			r->worst = 1;
	}
	free(dir);
}

int
qr_batch_run(const struct qr_batch *b, const char *const *inputs, size_t n,
    struct qr_batch_stats *stats)
{
	struct run	r;
	size_t		i;
	int		jobs = b->jobs;

	memset(&r, 0, sizeof(r));
	r.b = b;
	r.inputs = inputs;
	r.n = n;
	r.st.total = n;
	r.dest = qr_xcalloc(n ? n : 1, sizeof(*r.dest));
	r.state = qr_xcalloc(n ? n : 1, 1);
	for (i = 0; i < n; i++) {
		if (b->output == NULL)
			r.dest[i] = NULL;
		else if (b->outdir)
			r.dest[i] = qr_batch_output_name(b->output, inputs[i],
			    b->to);
		else
			r.dest[i] = qr_xstrndup(b->output, strlen(b->output));
	}
	if (b->outdir)
		refuse_duplicates(&r);
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if ((size_t)jobs > n)
		jobs = (int)n;
	/* Parallel only into files: workers never share standard output. */
	if (jobs < 2 || b->output == NULL || !b->outdir ||
	    run_parallel(&r, jobs) != 0)
		run_serial(&r);
	if (b->fsync && b->output != NULL &&
	    r.st.done > r.st.failed + r.st.skipped)
		sync_dir(&r);
	for (i = 0; i < n; i++)
		free(r.dest[i]);
	free(r.dest);
	free(r.state);
	if (stats != NULL)
		*stats = r.st;
	return r.worst;
}
