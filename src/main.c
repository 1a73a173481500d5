/*
 * main.c -- the quire command: parse options, loop over inputs, exit.
 * All the work is in libquire (quire.h); this file only decides where
 * each input's output goes and how failures are reported.
 */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quire.h"

enum { EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

enum {
	OPT_NO_COMMENTS = 256, OPT_FRONT_MATTER, OPT_TEMPLATE,
	OPT_REMOTE_IMAGES, OPT_MAX_SIZE, OPT_MAX_DEPTH, OPT_BASE_URL,
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
"      --remote-images   xhtml: keep remote images as <img> (EPUB\n"
"                        checkers reject them; the default writes a link)\n"
"      --base-url URL    resolve relative links against URL\n"
"      --max-size N      refuse inputs over N bytes (suffix K, M or G;\n"
"                        default 512M)\n"
"      --max-depth N     refuse comment threads nested over N levels\n"
"                        (default 200000)\n"
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

/* Is "out" the same file as "in" (by device and inode, or by name)? */
static int
same_file(const char *in, const char *out)
{
	struct stat a, b;

	if (strcmp(in, "-") == 0 || strcmp(out, "-") == 0)
		return 0;
	if (strcmp(in, out) == 0)
		return 1;
	return stat(in, &a) == 0 && stat(out, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* DIR/NAME.EXT for input "in": the input's base name without its
 * extension ("stdin" for -).  Returns a malloc'd string. */
static char *
output_name(const char *dir, const char *in, enum qr_output to)
{
	const char	*base, *dot, *ext = qr_output_ext(to);
	size_t		 blen, need;
	char		*p;

	if (strcmp(in, "-") == 0)
		base = "stdin";
	else if ((base = strrchr(in, '/')) != NULL)
		base++;
	else
		base = in;
	dot = strrchr(base, '.');
	blen = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
	need = strlen(dir) + 1 + blen + 1 + strlen(ext) + 1;
	if ((p = malloc(need)) == NULL) {
		perror("quire");
		exit(EXIT_FAILURE);
	}
	snprintf(p, need, "%s%s%.*s.%s", dir,
	    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/",
	    (int)blen, base, ext);
	return p;
}

static void
report(const struct run *r, const char *in, const struct qr_error *err)
{
	const char *name = strcmp(in, "-") == 0 ? "<stdin>" : in;

	if (r->quiet)
		return;
	if (err->status == QR_ERR_TEMPLATE)	/* names the template and line */
		fprintf(stderr, "quire: %s\n", err->msg);
	else if (err->line > 0)
		fprintf(stderr, "quire: %s:%u: %s\n", name, err->line, err->msg);
	else
		fprintf(stderr, "quire: %s: %s\n", name, err->msg);
}

/* Convert one input.  Returns 0, 1 (this input failed) or 2 (a format
 * that is not available: a usage error). */
static int
convert(const struct run *r, const char *in)
{
	struct qr_error		 err = { QR_OK, 0, "" };
	struct qr_outfile	 of;
	struct qr_doc		*doc = NULL;
	char			*buf = NULL, *dest = NULL;
	size_t			 len;
	int			 rc = EXIT_SOME_FAILED;

	if (r->output == NULL)
		dest = NULL;
	else if (r->outdir)
		dest = output_name(r->output, in, r->to);
	else
		dest = strdup(r->output);
	if (dest != NULL && same_file(in, dest)) {
		qr_error_set(&err, QR_ERR_USAGE, 0,
		    "output %s is the input file; refusing to overwrite it",
		    dest);
		goto out;
	}
	if (qr_file_read(in, r->opt.max_input, &buf, &len, &err) != QR_OK)
		goto out;
	if ((doc = qr_read(buf, len, r->from, &r->opt, &err)) == NULL) {
		if (err.status == QR_ERR_UNAVAILABLE)
			rc = EXIT_USAGE;
		goto out;
	}
	if (qr_outfile_open(&of, dest != NULL ? dest : "-", &err) != QR_OK)
		goto out;
	if (qr_write(doc, r->to, of.fp, &r->opt, &err) != QR_OK) {
		qr_outfile_abort(&of);
		goto out;
	}
	if (qr_outfile_commit(&of, &err) != QR_OK)
		goto out;
	rc = 0;
out:
	if (rc != 0)
		report(r, in, &err);
	qr_doc_free(doc);
	free(buf);
	free(dest);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct run	 r;
	const char	*stdin_only[] = { "-" };
	const char	**inputs;
	int		 c, i, n, worst = 0, v;
	long		 l;

	memset(&r, 0, sizeof(r));
	qr_options_init(&r.opt);
	r.from = QR_IN_AUTO;
	r.to = QR_OUT_MARKDOWN;
	while ((c = getopt_long(argc, argv, "f:t:o:w:qhV", longopts,
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

	n = argc - optind;
	inputs = n > 0 ? (const char **)argv + optind : stdin_only;
	if (n == 0)
		n = 1;
	if (r.output != NULL && strcmp(r.output, "-") == 0)
		r.output = NULL;
	if (r.output != NULL) {
		size_t olen = strlen(r.output);

		r.outdir = is_dir(r.output) || r.output[olen - 1] == '/';
		if (n > 1 && !r.outdir)
			return fail_usage("with several inputs, -o must name "
			    "an existing directory; '%s' is not one", r.output);
		if (r.outdir && !is_dir(r.output))
			return fail_usage("output directory '%s' does not "
			    "exist", r.output);
	} else if (n > 1)
		return fail_usage("%s", "several inputs need -o DIRECTORY "
		    "(one NAME.EXT per input)");

	for (i = 0; i < n; i++) {
		int rc = convert(&r, inputs[i]);

		if (rc > worst)
			worst = rc;
	}
	return worst;
}
