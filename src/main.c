/*
 * main.c -- the quire command: parse options, loop over inputs, exit.
 * All the work is in libquire (quire.h); this file only decides where
 * each input's output goes and how failures are reported.
 */
#include <sys/stat.h>

#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quire.h"
#include "batch.h"

enum { EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

enum {
	OPT_NO_COMMENTS = 256, OPT_FRONT_MATTER, OPT_TEMPLATE,
	OPT_REMOTE_IMAGES, OPT_MAX_SIZE, OPT_MAX_DEPTH, OPT_BASE_URL,
	OPT_FILES_FROM, OPT_SKIP_EXISTING, OPT_FSYNC,
};

static const struct option longopts[] = {
	{ "from",		required_argument,	NULL, 'f' },
	{ "to",			required_argument,	NULL, 't' },
	{ "output",		required_argument,	NULL, 'o' },
	{ "width",		required_argument,	NULL, 'w' },
	{ "no-comments",	no_argument,		NULL, OPT_NO_COMMENTS },
	{ "front-matter",	no_argument,		NULL, OPT_FRONT_MATTER },
	{ "template",		required_argument,	NULL, OPT_TEMPLATE },
	{ "remote-images",	no_argument,		NULL, OPT_REMOTE_IMAGES },
	{ "base-url",		required_argument,	NULL, OPT_BASE_URL },
	{ "max-size",		required_argument,	NULL, OPT_MAX_SIZE },
	{ "max-depth",		required_argument,	NULL, OPT_MAX_DEPTH },
	{ "jobs",		required_argument,	NULL, 'j' },
	{ "files-from",		required_argument,	NULL, OPT_FILES_FROM },
	{ "skip-existing",	no_argument,		NULL, OPT_SKIP_EXISTING },
	{ "fsync",		no_argument,		NULL, OPT_FSYNC },
	{ "quiet",		no_argument,		NULL, 'q' },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 },
};

struct run {
	struct qr_options	 opt;
	enum qr_input		 from;
	enum qr_output		 to;
	const char		*output;	/* -o, or NULL for stdout */
	int			 outdir;	/* -o names a directory */
	int			 quiet;
	int			 progress;	/* stderr is a terminal */
	int			 shown;		/* a progress line is up */
	struct timespec		 last;		/* when it was drawn */
};

static void
usage(FILE *f)
{
	fputs(
"usage: quire [OPTIONS] [FILE|-]...\n"
"Turn a saved blog page (HTML) or a plain-text dump of one into a clean\n"
"document: the post and its threaded comments.  With no FILE, or with -,\n"
"read standard input.\n"
"\n"
"  -f, --from FORMAT     input: auto (default: HTML if it looks like\n"
"                        markup, else text), html, text\n"
"  -t, --to FORMAT       output: markdown (default), xhtml, text, json\n"
"  -o, --output PATH     write to PATH instead of standard output; with\n"
"                        several inputs, or when PATH is a directory,\n"
"                        write DIR/NAME.EXT for each input (md, xhtml,\n"
"                        txt, json)\n"
"  -w, --width N         wrap text output at N columns (default 72;\n"
"                        0 = no wrapping)\n"
"      --no-comments     write the post without its comments\n"
"      --front-matter    markdown: start with YAML front matter (title,\n"
"                        author, date, url, tags) instead of a # title\n"
"      --template FILE   xhtml: use FILE as the page template\n"
"      --remote-images   xhtml: keep images as <img>, remote and\n"
"                        relative (EPUB checkers reject them; the default\n"
"                        writes a link, or the alt text)\n"
"      --base-url URL    resolve relative links against URL\n"
"      --max-size N      refuse inputs over N bytes (suffix K, M or G;\n"
"                        default 512M)\n"
"      --max-depth N     refuse comment threads nested over N levels\n"
"                        (default 200000)\n"
"  -j, --jobs N          convert N inputs at a time in parallel worker\n"
"                        processes (default 1; 0 = one per CPU)\n"
"      --files-from FILE read more input paths from FILE, one per line\n"
"                        (- = standard input)\n"
"      --skip-existing   leave an input alone when its output file\n"
"                        already exists and is whole (with -o)\n"
"      --fsync           sync each output to disk before renaming it\n"
"                        into place, so it survives a power loss (with\n"
"                        -o; slower)\n"
"  -q, --quiet           print no messages, only the exit status\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 all inputs converted, 1 some input failed (the others\n"
"were still converted), 2 usage error.\n", f);
}

static int __attribute__((format(printf, 1, 2)))
fail_usage(const char *fmt, ...)
{
	va_list ap;

	fputs("quire: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'quire --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* A size such as 200M; returns 0 on success. */
static int
parse_size(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s || s[0] == '-')
		return -1;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	default: break;
	}
	if (*end != '\0' || v == 0 || v > SIZE_MAX / 2)
		return -1;
	*out = (size_t)v;
	return 0;
}

static int
parse_uint(const char *s, long max, long *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* argv's inputs followed by the list's, in one malloc'd array. */
static const char **
join_inputs(char **args, size_t nargs, char **list, size_t nlist)
{
	const char	**v = malloc((nargs + nlist + 1) * sizeof(*v));
	size_t		  i;

	if (v == NULL) {
		perror("quire");
		exit(EXIT_FAILURE);
	}
	for (i = 0; i < nargs; i++)
		v[i] = args[i];
	for (i = 0; i < nlist; i++)
		v[nargs + i] = list[i];
	return v;
}

static void
clear_progress(struct run *r)
{
	if (r->shown) {
		fputs("\r\033[K", stderr);
		r->shown = 0;
	}
}

static void
on_error(void *arg, const char *in, const struct qr_error *err)
{
	struct run	*r = arg;
	const char	*name = strcmp(in, "-") == 0 ? "<stdin>" : in;

	if (r->quiet)
		return;
	clear_progress(r);
	if (err->status == QR_ERR_TEMPLATE)	/* names the template and line */
		fprintf(stderr, "quire: %s\n", err->msg);
	else if (err->line > 0)
		fprintf(stderr, "quire: %s:%u: %s\n", name, err->line, err->msg);
	else
		fprintf(stderr, "quire: %s: %s\n", name, err->msg);
}

/* One line on a terminal, redrawn at most ten times a second. */
static void
on_progress(void *arg, const struct qr_batch_stats *st)
{
	struct run	*r = arg;
	struct timespec	 now;
	long		 ms;

	if (!r->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (now.tv_sec - r->last.tv_sec) * 1000 +
	    (now.tv_nsec - r->last.tv_nsec) / 1000000;
	if (r->shown && ms < 100 && st->done < st->total)
		return;
	r->last = now;
	fprintf(stderr, "\r\033[Kquire: %zu/%zu done", st->done, st->total);
	if (st->failed > 0)
		fprintf(stderr, ", %zu failed", st->failed);
	if (st->skipped > 0)
		fprintf(stderr, ", %zu skipped", st->skipped);
	fflush(stderr);
	r->shown = 1;
}

int
main(int argc, char *argv[])
{
	struct run	 r;
	struct qr_batch	 b;
	const char	*stdin_only[] = { "-" };
	const char	*files_from = NULL;
	const char	**inputs;
	char		**list = NULL;
	size_t		 n, nlist = 0, i;
	int		 c, v, jobs = 1, skip_existing = 0, sync = 0, rc;
	long		 l;

	memset(&r, 0, sizeof(r));
	qr_options_init(&r.opt);
	r.from = QR_IN_AUTO;
	r.to = QR_OUT_MARKDOWN;
	while ((c = getopt_long(argc, argv, "f:t:o:w:j:qhV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((v = qr_input_parse(optarg)) < 0)
				return fail_usage("unknown input format '%s' "
				    "(auto, html, text)", optarg);
			r.from = (enum qr_input)v;
			break;
		case 't':
			if ((v = qr_output_parse(optarg)) < 0)
				return fail_usage("unknown output format '%s' "
				    "(markdown, xhtml, text, json)", optarg);
			r.to = (enum qr_output)v;
			break;
		case 'o':
			r.output = optarg;
			break;
		case 'w':
			if (parse_uint(optarg, 100000, &l) != 0)
				return fail_usage("--width wants a number of "
				    "columns from 0 to 100000, not '%s'", optarg);
			r.opt.width = (int)l;
			break;
		case OPT_NO_COMMENTS:
			r.opt.no_comments = 1;
			break;
		case OPT_FRONT_MATTER:
			r.opt.front_matter = 1;
			break;
		case OPT_TEMPLATE:
			r.opt.template_path = optarg;
			break;
		case OPT_REMOTE_IMAGES:
			r.opt.remote_images = 1;
			break;
		case OPT_BASE_URL:
			r.opt.base_url = optarg;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &r.opt.max_input) != 0)
				return fail_usage("--max-size wants a size "
				    "such as 200M, not '%s'", optarg);
			break;
		case OPT_MAX_DEPTH:
			if (parse_uint(optarg, 100000000, &l) != 0 || l == 0)
				return fail_usage("--max-depth wants a number "
				    "from 1 to 100000000, not '%s'", optarg);
			r.opt.max_depth = (unsigned)l;
			break;
		case 'j':
			if (parse_uint(optarg, 256, &l) != 0)
				return fail_usage("--jobs wants a number of "
				    "processes from 0 to 256, not '%s'", optarg);
			jobs = (int)l;
			if (jobs == 0) {
				long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

				jobs = ncpu < 1 ? 1 : ncpu > 256 ? 256 :
				    (int)ncpu;
			}
			break;
		case OPT_FILES_FROM:
			files_from = optarg;
			break;
		case OPT_SKIP_EXISTING:
			skip_existing = 1;
			break;
		case OPT_FSYNC:
			sync = 1;
			break;
		case 'q':
			r.quiet = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("quire %s\n", QUIRE_VERSION);
			return 0;
		default:
			fputs("Try 'quire --help' for more information.\n",
			    stderr);
			return EXIT_USAGE;
		}
	}
	if (r.from != QR_IN_AUTO && !qr_input_available(r.from))
		return fail_usage("format '%s' is not available yet",
		    qr_input_name(r.from));
	if (!qr_output_available(r.to))
		return fail_usage("format '%s' is not available yet",
		    qr_output_name(r.to));

	n = (size_t)(argc - optind);
	if (files_from != NULL) {
		struct qr_error err = { QR_OK, 0, "" };

		if (strcmp(files_from, "-") == 0)
			for (i = 0; i < n; i++)
				if (strcmp(argv[optind + (int)i], "-") == 0)
					return fail_usage("%s", "standard input "
					    "cannot be both the list "
					    "(--files-from -) and an input");
		if (qr_batch_read_list(files_from, &list, &nlist, &err) !=
		    QR_OK) {
			if (!r.quiet)
				fprintf(stderr, "quire: %s: %s\n",
				    strcmp(files_from, "-") == 0 ? "<stdin>" :
				    files_from, err.msg);
			return EXIT_USAGE;
		}
		inputs = join_inputs(argv + optind, n, list, nlist);
		n += nlist;
		if (n == 0) {		/* an empty list: nothing to do */
			free(list);
			free(inputs);
			return 0;
		}
	} else if (n > 0)
		inputs = (const char **)argv + optind;
	else {
		inputs = stdin_only;
		n = 1;
	}
	if (r.output != NULL && strcmp(r.output, "-") == 0)
		r.output = NULL;
	if (r.output != NULL) {
		size_t olen = strlen(r.output);

		r.outdir = is_dir(r.output) || r.output[olen - 1] == '/';
		if (n > 1 && !r.outdir)
			rc = fail_usage("with several inputs, -o must name "
			    "an existing directory; '%s' is not one", r.output);
		else if (r.outdir && !is_dir(r.output))
			rc = fail_usage("output directory '%s' does not "
			    "exist", r.output);
		else
			rc = 0;
	} else if (n > 1)
		rc = fail_usage("%s", "several inputs need -o DIRECTORY "
		    "(one NAME.EXT per input)");
	else if (skip_existing)
		rc = fail_usage("%s", "--skip-existing needs -o");
	else if (sync)
		rc = fail_usage("%s", "--fsync needs -o");
	else
		rc = 0;
	if (rc != 0) {
		if (list != NULL)
			free(inputs);
		free(list);
		return rc;
	}

	memset(&b, 0, sizeof(b));
	b.from = r.from;
	b.to = r.to;
	b.opt = &r.opt;
	b.output = r.output;
	b.outdir = r.outdir;
	b.jobs = jobs;
	b.skip_existing = skip_existing;
	b.fsync = sync;
	b.on_error = on_error;
	b.on_progress = on_progress;
	b.arg = &r;
	r.progress = !r.quiet && n > 1 && isatty(STDERR_FILENO);
	if (n > 1) {
		/* A batch: keep the memory one page freed for the next one
		 * instead of handing it back and faulting it in again (a
		 * fault per 4 KB: a sixth of the CPU time of a batch of
		 * corpus pages).  Blocks of 4 MB and more are still mapped
		 * and unmapped on their own, so a big page's memory goes
		 * back as before. */
		mallopt(M_MMAP_THRESHOLD, 4 << 20);
		mallopt(M_TRIM_THRESHOLD, 64 << 20);
	}
	rc = qr_batch_run(&b, inputs, n, NULL);
	clear_progress(&r);
	if (list != NULL)
		free(inputs);
	free(list);
	return rc;
}
