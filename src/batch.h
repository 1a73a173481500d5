/*
 * batch.h -- convert many inputs, in this process or in parallel worker
 * processes (part of libquire; not installed).
 *
 * No global state: everything a run needs is in struct qr_batch and on
 * the stack of qr_batch_run().  Workers are forked children that take
 * the next input from a counter in shared memory and send one fixed-size
 * record per input back through a pipe, so the calling process alone
 * reports errors and progress, in the order the conversions finish.  A
 * worker that dies (a crash, an abort) fails only the input it held; a
 * new worker takes its place.
 */
#ifndef QUIRE_BATCH_H
#define QUIRE_BATCH_H

#include <stddef.h>

#include "quire.h"

/* Figures of a run, passed to the progress callback and returned. */
struct qr_batch_stats {
	size_t		 total;		/* inputs */
	size_t		 done;		/* finished: converted, skipped or failed */
	size_t		 failed;
	size_t		 skipped;	/* --skip-existing: output was there */
};

struct qr_batch {
	enum qr_input		 from;
	enum qr_output		 to;
	const struct qr_options	*opt;	/* NULL: the defaults */
	/* NULL: standard output (one input only); else a file, or, when
	 * "outdir" is set, a directory that gets NAME.EXT per input
	 * (qr_batch_output_name). */
	const char		*output;
	int			 outdir;
	/* Worker processes; 1 (or less), or a single input, converts in
	 * the calling process. */
	int			 jobs;
	/* Leave an input alone when its output file already exists and
	 * looks whole: not empty, ending with a newline, no NUL byte in
	 * its last 4 KB (every output passes; a file that lost its data in
	 * a crash does not). */
	int			 skip_existing;
	/* fsync each output before it is renamed into place, and the
	 * output directory once at the end (durable across a power loss;
	 * without it an output is still never seen half-written). */
	int			 fsync;
	/* Called in the calling process: for each failed input (its name,
	 * "-" for standard input, and what went wrong), and after each
	 * finished input.  Either may be NULL. */
	void			(*on_error)(void *arg, const char *in,
				    const struct qr_error *);
	void			(*on_progress)(void *arg,
				    const struct qr_batch_stats *);
	void			*arg;
};

/* Convert inputs[0..n).  Returns 0 when every input was converted or
 * skipped, 1 when some failed (the others were still converted), 2 when
 * the output format is not built (a usage error).  "stats" may be NULL.
 * Two inputs whose output names coincide (a/x.html and b/x.html with an
 * output directory) are refused: the second fails, naming the first.
 * Workers take the inputs largest first.  A failed sync of the output
 * directory (with "fsync") is reported with the directory as the
 * input's name. */
int		 qr_batch_run(const struct qr_batch *,
		    const char *const *inputs, size_t n,
		    struct qr_batch_stats *stats);

/* Convert one input ("-": standard input) to "dest" (NULL: standard
 * output) through a temporary file, fsync'ed before its rename when
 * "sync" is set.  Returns 0, 1 (failed: "err" says why) or 2 (the
 * format is not built). */
int		 qr_convert_file(const char *in, const char *dest,
		    enum qr_input from, enum qr_output to,
		    const struct qr_options *, int sync, struct qr_error *err);

/* DIR/NAME.EXT for input "in": its base name without its extension
 * ("stdin" for -), and the output's extension.  malloc'd. */
char		*qr_batch_output_name(const char *dir, const char *in,
		    enum qr_output to);

/* The paths listed in file "path" ("-": standard input), one per line;
 * empty lines are skipped and a line's trailing CR is dropped.  On
 * success *list is a malloc'd array of *n strings in one block, freed
 * with a single free(*list). */
enum qr_status	 qr_batch_read_list(const char *path, char ***list,
		    size_t *n, struct qr_error *err);

#endif /* QUIRE_BATCH_H */
