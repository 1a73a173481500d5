/*
 * fileio.c -- read a whole input; write an output through a temporary
 * file that is renamed into place only once everything was written.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* "hint": the file's size when known (0 if not), so a regular file is
 * read into one buffer of its size, not one grown by doubling. */
static enum qr_status
read_fd(int fd, size_t max, size_t hint, char **buf, size_t *len,
    size_t *room, struct qr_error *err)
{
	struct qr_buf	b = {0};
	ssize_t		n;

	if (hint > 0 && hint <= max) {
		/* the bytes, a NUL, a byte to see EOF; a big input in huge
		 * pages */
		b.data = qr_xbig(hint + 2, &b.cap);
	}
	for (;;) {
		if (b.cap - b.len <= 1)
			qr_buf_grow(&b, 64 * 1024);
		n = read(fd, b.data + b.len, b.cap - b.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;

			qr_buf_free(&b);
			return qr_error_set(err, QR_ERR_IO, 0, "%s",
			    e == EISDIR ? "is a directory" : strerror(e));
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > max) {
			qr_buf_free(&b);
			return qr_error_set(err, QR_ERR_TOO_LARGE, 0,
			    "input is larger than %zu bytes (see --max-size)",
			    max);
		}
	}
	qr_buf_cstr(&b);
	if (room != NULL)
		*room = b.cap;
	*buf = qr_buf_detach(&b, len);
	return QR_OK;
}

enum qr_status
qr_file_read(const char *path, size_t max, char **buf, size_t *len,
    struct qr_error *err)
{
	return qr_file_read_room(path, max, buf, len, NULL, err);
}

enum qr_status
qr_file_read_room(const char *path, size_t max, char **buf, size_t *len,
    size_t *room, struct qr_error *err)
{
	struct stat	st;
	int		fd;
	enum qr_status	rc;

	*buf = NULL;
	*len = 0;
	if (room != NULL)
		*room = 0;
	if (strcmp(path, "-") == 0)
		return read_fd(STDIN_FILENO, max, 0, buf, len, room, err);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return qr_error_set(err, QR_ERR_IO, 0, "%s", strerror(errno));
	st.st_size = 0;
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			close(fd);
			return qr_error_set(err, QR_ERR_IO, 0,
			    "is a directory");
		}
		if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
			close(fd);
			return qr_error_set(err, QR_ERR_TOO_LARGE, 0,
			    "input is %lld bytes, over the limit of %zu "
			    "(see --max-size)", (long long)st.st_size, max);
		}
	}
	rc = read_fd(fd, max, S_ISREG(st.st_mode) && st.st_size > 0 ?
	    (size_t)st.st_size : 0, buf, len, room, err);
	close(fd);
	return rc;
}

/*
 * A writer's big piece straight to the file descriptor: stdio copies a
 * piece into its buffer whenever the buffer is not full (with pieces of
 * the buffer's size, every other one), a copy of about half the output
 * for nothing.  Only on a stream with a descriptor (not a memory
 * stream).  Bytes the stream holds go first, in their order: the piece
 * tops its buffer up (one write() of a full buffer, not one of a few
 * bytes), and the rest goes by write() if still big.  EINTR and short
 * writes go on where they stopped; any other failure gives the rest to
 * fwrite(), which meets it again (or not: a passing error) and leaves
 * the stream in error as usual, so a writer, qr_write() and
 * qr_outfile_commit() see it as they would have without this.
 */
size_t
qr_out_put(FILE *f, const void *p, size_t n)
{
	const char	*s = p;
	size_t		 done = 0, held, room;
	ssize_t		 w;
	int		 fd;

	if (n < QR_OUT_DIRECT || (fd = fileno(f)) < 0)
		return fwrite(p, 1, n, f);
	if ((held = __fpending(f)) > 0) {
		room = __fbufsize(f) > held ? __fbufsize(f) - held : 0;
		if (room > n)
			room = n;
		if (fwrite(s, 1, room, f) != room || fflush(f) != 0)
			return 0;	/* in error, errno set */
		done = room;
		if (n - done < QR_OUT_DIRECT)
			return done + fwrite(s + done, 1, n - done, f);
	}
	while (done < n) {
		w = write(fd, s + done, n - done);
		if (w > 0)
			done += (size_t)w;
		else if (w < 0 && errno == EINTR)
			continue;
		else
			return done + fwrite(s + done, 1, n - done, f);
	}
	return n;
}

/* Bytes of the output's stdio buffer: one write() for most outputs
 * (the default, st_blksize, is 4 KB: a write per 4 KB). */
#define OUT_BUFSIZE	(64 * 1024)
/* The same for a device or a pipe (/dev/null): st_blksize is 4 KB there
 * too, a write() per 4 KB (half of them 12 KB ones, as stdio cuts the
 * writers' 16 KB pieces).  16 KB, the writers' piece: a write() per
 * piece, for a buffer of four pages, not sixteen (a page first touched
 * costs more than a few write() calls on a virtual machine). */
#define DEV_BUFSIZE	(16 * 1024)

/* Create "tmp", whose last six characters are replaced, exclusively
 * (like mkstemp) but with mode 0666 less the umask and the directory's
 * default ACL, as for any new file, and no chmod afterwards. */
static int
create_temp(char *tmp, size_t len)
{
	static const char	 digits[] = "abcdefghijklmnopqrstuvwxyz"
				    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	struct timespec		 ts;
	uint64_t		 v, r;
	int			 fd, tries, k;

	clock_gettime(CLOCK_REALTIME, &ts);
	/* no getpid(): a system call each time; O_EXCL sorts out the
	 * rare clash of two processes' names */
	v = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^
	    ((uint64_t)(uintptr_t)tmp << 7);
	for (tries = 0; tries < 1000; tries++) {
		v = v * 6364136223846793005ULL + 1442695040888963407ULL;
		for (r = v >> 16, k = 1; k <= 6; k++, r /= 62)
			tmp[len - (size_t)k] = digits[r % 62];
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

enum qr_status
qr_outfile_open(struct qr_outfile *of, const char *path, struct qr_error *err)
{
	struct stat	st;
	size_t		n, dirlen, tlen;
	const char	*slash;
	int		fd;

	memset(of, 0, sizeof(*of));
	if (strcmp(path, "-") == 0) {
		of->fp = stdout;
		return QR_OK;
	}
	if (stat(path, &st) != 0)
		st.st_mode = S_IFREG;	/* not there (yet): a new file */
	if (S_ISDIR(st.st_mode))
		return qr_error_set(err, QR_ERR_IO, 0,
		    "cannot write output: %s is a directory", path);
	if (!S_ISREG(st.st_mode)) {
		/* A device or pipe (/dev/null, /dev/full, a FIFO): write to it
		 * directly; renaming over it would replace the node. */
		if ((of->fp = fopen(path, "w")) == NULL)
			return qr_error_set(err, QR_ERR_IO, 0,
			    "cannot write output: %s", strerror(errno));
		/* the stdio buffer after the path, as for a file, but of
		 * DEV_BUFSIZE; freed with the path, after the fclose() */
		n = strlen(path);
		of->path = qr_xmalloc(n + 1 + DEV_BUFSIZE);
		memcpy(of->path, path, n + 1);
		setvbuf(of->fp, of->path + n + 1, _IOFBF, DEV_BUFSIZE);
		return QR_OK;
	}
	n = strlen(path);
	of->path = qr_xstrndup(path, n);
	/* ".NAME.XXXXXX" beside the destination, so rename() stays on one
	 * file system; the stdio buffer after it, in the same block. */
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	tlen = n + 8;		/* a dot before NAME, ".XXXXXX" after it */
	of->tmp = qr_xmalloc(tlen + 1 + OUT_BUFSIZE);
	memcpy(of->tmp, path, dirlen);
	snprintf(of->tmp + dirlen, tlen + 1 - dirlen, ".%s.XXXXXX",
	    path + dirlen);
	if ((fd = create_temp(of->tmp, tlen)) < 0) {
		int e = errno;

		free(of->tmp);
		free(of->path);
		memset(of, 0, sizeof(*of));
		qr_error_set(err, QR_ERR_IO, 0, "cannot write output %s: %s",
		    path, strerror(e));
		return QR_ERR_IO;
	}
	if ((of->fp = fdopen(fd, "w")) == NULL) {
		int e = errno;

		close(fd);
		unlink(of->tmp);
		free(of->tmp);
		free(of->path);
		memset(of, 0, sizeof(*of));
		return qr_error_set(err, QR_ERR_IO, 0, "%s", strerror(e));
	}
	setvbuf(of->fp, of->tmp + tlen + 1, _IOFBF, OUT_BUFSIZE);
	return QR_OK;
}

enum qr_status
qr_outfile_commit(struct qr_outfile *of, struct qr_error *err)
{
	int	e = 0;

	if (of->path == NULL) {		/* stdout */
		errno = 0;
		if (fflush(of->fp) != 0 || ferror(of->fp))
			e = errno ? errno : EIO;
		of->fp = NULL;
		return e ? qr_error_set(err, QR_ERR_IO, 0,
		    "cannot write output: %s", strerror(e)) : QR_OK;
	}
	errno = 0;
	if (fflush(of->fp) != 0 || ferror(of->fp))
		e = errno ? errno : EIO;
	else if (of->sync && of->tmp != NULL && fsync(fileno(of->fp)) != 0 &&
	    errno != EINVAL)
		e = errno;
	if (fclose(of->fp) != 0 && e == 0)
		e = errno ? errno : EIO;
	of->fp = NULL;
	if (e == 0 && of->tmp != NULL && rename(of->tmp, of->path) != 0)
		e = errno;
	if (e != 0) {
		if (of->tmp != NULL)
			unlink(of->tmp);
		qr_error_set(err, QR_ERR_IO, 0, "cannot write %s: %s",
		    of->path, strerror(e));
	}
	free(of->tmp);
	free(of->path);
	of->tmp = of->path = NULL;
	return e ? QR_ERR_IO : QR_OK;
}

void
qr_outfile_abort(struct qr_outfile *of)
{
	if (of->fp != NULL && of->path != NULL)
		fclose(of->fp);
	if (of->tmp != NULL)
		unlink(of->tmp);
	free(of->tmp);
	free(of->path);
	memset(of, 0, sizeof(*of));
}
