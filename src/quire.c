/*
 * quire.c -- the front door: options, errors, sniffing, and the tables
 * that map format names to readers and writers (like lowdown's
 * library.c).  A reader or writer that is not built yet has a NULL entry
 * and answers QR_ERR_UNAVAILABLE: never a fake output.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

typedef struct qr_doc *(*reader_fn)(const char *, size_t,
    const struct qr_options *, struct qr_error *);
typedef enum qr_status (*writer_fn)(const struct qr_doc *, FILE *,
    const struct qr_options *, struct qr_error *);

static const struct {
	const char	*name;
	reader_fn	 read;
} readers[QR_IN__MAX] = {
	[QR_IN_AUTO] = { "auto", NULL },
	[QR_IN_HTML] = { "html", qr_read_html },
	[QR_IN_TEXT] = { "text", qr_read_text },
};

static const struct {
	const char	*name;
	const char	*ext;
	writer_fn	 write;
} writers[QR_OUT__MAX] = {
	[QR_OUT_MARKDOWN] = { "markdown", "md", qr_write_markdown },
	[QR_OUT_XHTML] = { "xhtml", "xhtml", qr_write_xhtml },
	[QR_OUT_TEXT] = { "text", "txt", qr_write_text },
	[QR_OUT_JSON] = { "json", "json", qr_write_json },
};

static const char *const status_str[] = {
	[QR_OK] = "success",
	[QR_ERR_EMPTY] = "input is empty",
	[QR_ERR_BINARY] = "input is binary, not text",
	[QR_ERR_ENCODING] = "input encoding is not supported",
	[QR_ERR_TOO_LARGE] = "input is too large",
	[QR_ERR_TOO_DEEP] = "input is nested too deeply",
	[QR_ERR_PARSE] = "input could not be read",
	[QR_ERR_UNAVAILABLE] = "format is not available yet",
	[QR_ERR_TEMPLATE] = "template is unusable",
	[QR_ERR_IO] = "input/output error",
	[QR_ERR_USAGE] = "bad arguments",
};

enum qr_status
qr_error_set(struct qr_error *err, enum qr_status status, unsigned line,
    const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return status;
	err->status = status;
	err->line = line;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return status;
}

const char *
qr_status_str(enum qr_status s)
{
	if ((unsigned)s >= sizeof(status_str) / sizeof(status_str[0]))
		return "unknown error";
	return status_str[s];
}

void
qr_options_init(struct qr_options *o)
{
	memset(o, 0, sizeof(*o));
	o->width = QR_DEFAULT_WIDTH;
	o->max_input = QR_DEFAULT_MAX_INPUT;
	o->max_depth = QR_DEFAULT_MAX_DEPTH;
}

const char *
qr_input_name(enum qr_input in)
{
	return (unsigned)in < QR_IN__MAX ? readers[in].name : "?";
}

const char *
qr_output_name(enum qr_output out)
{
	return (unsigned)out < QR_OUT__MAX ? writers[out].name : "?";
}

const char *
qr_output_ext(enum qr_output out)
{
	return (unsigned)out < QR_OUT__MAX ? writers[out].ext : "out";
}

int
qr_input_parse(const char *name)
{
	int i;

	for (i = 0; i < QR_IN__MAX; i++)
		if (strcmp(name, readers[i].name) == 0)
			return i;
	return -1;
}

int
qr_output_parse(const char *name)
{
	int i;

	for (i = 0; i < QR_OUT__MAX; i++)
		if (strcmp(name, writers[i].name) == 0)
			return i;
	/* common short names */
	if (strcmp(name, "md") == 0 || strcmp(name, "commonmark") == 0)
		return QR_OUT_MARKDOWN;
	if (strcmp(name, "txt") == 0 || strcmp(name, "plain") == 0)
		return QR_OUT_TEXT;
	if (strcmp(name, "html") == 0)
		return QR_OUT_XHTML;
	return -1;
}

int
qr_input_available(enum qr_input in)
{
	if (in == QR_IN_AUTO)
		return readers[QR_IN_HTML].read != NULL ||
		    readers[QR_IN_TEXT].read != NULL;
	return (unsigned)in < QR_IN__MAX && readers[in].read != NULL;
}

int
qr_output_available(enum qr_output out)
{
	return (unsigned)out < QR_OUT__MAX && writers[out].write != NULL;
}

/* Tags whose presence near the start says "this is markup". */
static const char *const markup_tags[] = {
	"!doctype html", "html", "head", "body", "meta", "title", "div",
	"p>", "p ", "article", "section", "link", "script", "style",
	"table", "ul>", "ol>", "ul ", "ol ", "h1", "h2", "h3", "span",
	"br", "a href", "!--", NULL,
};

enum qr_input
qr_sniff(const char *buf, size_t len)
{
	size_t	i, j, lim = len < 4096 ? len : 4096;
	int	hits = 0;

	for (i = 0; i < lim; i++) {
		if (buf[i] != '<')
			continue;
		for (j = 0; markup_tags[j] != NULL; j++) {
			size_t n = strlen(markup_tags[j]);

			if (i + 1 + n <= len &&
			    strncasecmp(buf + i + 1, markup_tags[j], n) == 0) {
				/* a doctype or <html>/<head> alone decides */
				if (j < 3)
					return QR_IN_HTML;
				hits++;
				break;
			}
		}
		if (hits >= 2)
			return QR_IN_HTML;
	}
	return QR_IN_TEXT;
}

/* Magic numbers of formats that are surely not a page or a dump. */
static int
binary_magic(const unsigned char *p, size_t len)
{
	static const struct { const char *m; size_t n; } magic[] = {
		{ "\x7f" "ELF", 4 }, { "\x89PNG", 4 }, { "\x1f\x8b", 2 },
		{ "PK\x03\x04", 4 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 },
		{ "%PDF-", 5 }, { "BZh", 3 }, { "\xfd" "7zXZ", 5 },
		{ "\x28\xb5\x2f\xfd", 4 }, { "!<arch>", 7 },
	};
	size_t i;

	for (i = 0; i < sizeof(magic) / sizeof(magic[0]); i++)
		if (len >= magic[i].n && memcmp(p, magic[i].m, magic[i].n) == 0)
			return 1;
	return 0;
}

/*
 * UTF-16 without a BOM: in ASCII-heavy text every other byte is NUL.
 * Returns 1 (LE), 2 (BE) or 0.
 */
static int
utf16_guess(const unsigned char *p, size_t len)
{
	size_t	i, n = len < 1024 ? len : 1024, even = 0, odd = 0;

	if (n < 4)
		return 0;
	for (i = 0; i + 1 < n; i += 2) {
		even += p[i] == 0;
		odd += p[i + 1] == 0;
	}
	if (odd * 10 >= (n / 2) * 7 && even * 10 < (n / 2))
		return 1;
	if (even * 10 >= (n / 2) * 7 && odd * 10 < (n / 2))
		return 2;
	return 0;
}

/* qr_scan_ctrl(), passing over tab, LF and CR (with "loose", form feed
 * and ESC too): the callers below look at no other control byte, and a
 * page has one of those every line, often several (indentation). */
#ifdef QR_SCAN_SSE2
/* scan_stray()'s bytes of the sixteen at x: a control byte or DEL, but
 * tab, LF, CR (and with "loose", FF and ESC).  Tab and CR are the bytes
 * that are 13 with bit 2 set. */
static inline __m128i
stray_flags(__m128i x, int loose)
{
	__m128i ok;

	ok = _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(4)),
	    _mm_set1_epi8('\r')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
	if (loose)
		ok = _mm_or_si128(ok, _mm_or_si128(
		    _mm_cmpeq_epi8(x, _mm_set1_epi8('\f')),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8(0x1b))));
	return _mm_andnot_si128(ok, _mm_or_si128(QR_LE_EPU8(x, 0x1f),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f))));
}

#ifdef QR_SCAN_AVX2
/* stray_flags() of 32 bytes, not "loose". */
QR_AVX2_FN static inline __m256i
stray_flags_avx2(__m256i x)
{
	__m256i ok;

	ok = _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_or_si256(x,
	    _mm256_set1_epi8(4)), _mm256_set1_epi8('\r')),
	    _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\n')));
	return _mm256_andnot_si256(ok, _mm256_or_si256(_mm256_cmpeq_epi8(
	    _mm256_min_epu8(x, _mm256_set1_epi8(0x1f)), x),
	    _mm256_cmpeq_epi8(x, _mm256_set1_epi8(0x7f))));
}

/* scan_stray(), not "loose", 64 bytes a round: the round with a marked
 * byte, or the last whole round's end (the rest is scan_stray()'s). */
QR_AVX2_FN static size_t
scan_stray_avx2(const unsigned char *p, size_t i, size_t len)
{
	while (i + 64 <= len && _mm256_movemask_epi8(_mm256_or_si256(
	    stray_flags_avx2(_mm256_loadu_si256((const __m256i *)(p + i))),
	    stray_flags_avx2(_mm256_loadu_si256((const __m256i *)(p + i +
	    32))))) == 0)
		i += 64;
	return i;
}
#endif

/* Inline, so that each caller's "loose" is a constant. */
static inline __attribute__((always_inline)) size_t
scan_stray(const unsigned char *p, size_t i, size_t len, int loose)
{
	int bits;

#ifdef QR_SCAN_AVX2
	if (!loose && len - i >= 64 && qr_avx2())
		i = scan_stray_avx2(p, i, len);
#endif

	/* sixty-four bytes a round, their marks tested at once: a
	 * whole input goes through here */
	while (i + 64 <= len) {
		__m128i m = _mm_or_si128(_mm_or_si128(
		    stray_flags(_mm_loadu_si128((const __m128i *)(p + i)), loose),
		    stray_flags(_mm_loadu_si128((const __m128i *)(p + i + 16)),
		    loose)), _mm_or_si128(
		    stray_flags(_mm_loadu_si128((const __m128i *)(p + i + 32)),
		    loose),
		    stray_flags(_mm_loadu_si128((const __m128i *)(p + i + 48)),
		    loose)));

		if (_mm_movemask_epi8(m) != 0)
			break;		/* which byte: sixteen at a time */
		i += 64;
	}
	while (i + 16 <= len) {
		bits = _mm_movemask_epi8(stray_flags(
		    _mm_loadu_si128((const __m128i *)(p + i)), loose));
		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	return qr_scan_ctrl(p, i, len);
}
#else
#define scan_stray(p, i, len, loose)	qr_scan_ctrl((p), (i), (len))
#endif

/* Control bytes that no page or dump has (ESC, TAB, LF, FF, CR allowed),
 * in the first 64 KB.  Only the control bytes are looked at, found
 * sixteen bytes at a time (text has one a line: its LF). */
static int
looks_binary(const unsigned char *p, size_t len)
{
	size_t	i = 0, n = len < 65536 ? len : 65536, bad = 0;

	/* (the scan may stop short of one on the last few bytes) */
	while ((i = scan_stray(p, i, n, 1)) < n) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r' && p[i] != '\f' && p[i] != 0x1b) ||
		    p[i] == 0x7f)
			bad++;
		i++;
	}
	return bad * 20 > n;		/* over 5 % */
}

/* C0 controls and DEL, but for tab, LF, CR and FF (white space). */
static int
is_stray_control(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
	    c != '\f') || c == 0x7f;
}

/*
 * A terminal escape sequence at buf[i] (ESC [ or ESC ]): the index of its
 * last byte, or 0 when it is not a complete one -- then only the ESC is
 * dropped, so a stray "ESC ]" in a page never swallows what follows it.
 * CSI: parameter and intermediate bytes up to a final byte 0x40-0x7e;
 * OSC: printable text up to BEL or ESC \.  Both at most 256 bytes.
 */
static size_t
escape_end(const char *buf, size_t i, size_t n)
{
	int	 osc = buf[i + 1] == ']';
	size_t	 j, lim = i + 2 + 256 < n ? i + 2 + 256 : n;

	for (j = i + 2; j < lim; j++) {
		unsigned char c = (unsigned char)buf[j];

		if (!osc && c >= 0x40 && c <= 0x7e)
			return j;
		if (!osc && (c < 0x20 || c > 0x3f))
			return 0;
		if (osc && c == 0x07)
			return j;
		if (osc && c == 0x1b)
			return j + 1 < n && buf[j + 1] == '\\' ? j + 1 : 0;
		if (osc && c < 0x20)
			return 0;
	}
	return 0;
}

/* The length of the start of buf[0..n) that has no stray control byte
 * and no form feed: many bytes at a time while none is below 0x20 or
 * DEL (internal.h's qr_scan_ctrl()), then byte by byte. */
static size_t
clean_prefix(const char *buf, size_t n)
{
	size_t i = 0;

	while ((i = scan_stray((const unsigned char *)buf, i, n, 0)) < n) {
		if (is_stray_control((unsigned char)buf[i]) || buf[i] == '\f')
			return i;
		i++;
	}
	return n;
}

/* U+FFFE and U+FFFF as U+FFFD: they are not characters (XML forbids
 * them, and cmark writes them out as a lone byte, which is not UTF-8).
 * The model maps them so too (quire.h), but libxml2's HTML parser
 * drops them unseen, so raw ones are replaced here, before any reader,
 * to leave a mark in the text.  The readers keep valid UTF-8 sequences
 * even in input that is mostly Windows-1252, so the bytes are replaced
 * wherever they stand (in a Windows-1252 page "ï¿¾" would become "ï¿½":
 * a price worth paying). */
static const char *
nonchars_replaced(const char *buf, size_t n, char **owned)
{
	char		*q, *w;
	const char	*p;

	for (p = memchr(buf, 0xef, n); p != NULL; p = memchr(p + 1, 0xef,
	    n - (size_t)(p + 1 - buf)))	/* memchr: memmem is slow here */
		if ((size_t)(p - buf) + 2 < n && (unsigned char)p[1] == 0xbf &&
		    ((unsigned char)p[2] == 0xbe || (unsigned char)p[2] == 0xbf))
			break;
	if (p == NULL)
		return buf;
	if (*owned == NULL) {
		q = qr_xmalloc(n + 1);
		memcpy(q, buf, n);
		q[n] = '\0';
		*owned = q;
	}
	q = *owned;
	for (w = q; (w = memmem(w, n - (size_t)(w - q), "\xef\xbf", 2)) != NULL;
	    w += 2)
		if ((size_t)(w - q) + 2 < n && ((unsigned char)w[2] == 0xbe ||
		    (unsigned char)w[2] == 0xbf))
			w[2] = (char)0xbd;
	return q;
}

/*
 * Bring the bytes to a form every reader takes: no UTF-16, no NUL or other
 * stray control bytes, form feeds as newlines.
 * Returns the buffer to read (buf itself, or *owned, which the caller
 * frees), or NULL with "err" filled.
 */
static const char *
prepare_input(const char *buf, size_t *len, char **owned,
    struct qr_error *err)
{
	const unsigned char	*p = (const unsigned char *)buf;
	size_t			 i, n = *len;
	int			 u16 = 0;

	*owned = NULL;
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
	    p[i] == '\r' || p[i] == '\f'); i++)
		continue;
	if (n == 0 || i == n) {
		qr_error_set(err, QR_ERR_EMPTY, 0, "input is empty");
		return NULL;
	}
	if (n >= 4 && (memcmp(p, "\xff\xfe\0\0", 4) == 0 ||
	    memcmp(p, "\0\0\xfe\xff", 4) == 0)) {
		qr_error_set(err, QR_ERR_ENCODING, 0,
		    "input is UTF-32, which is not supported; convert it "
		    "with iconv -f UTF-32 -t UTF-8");
		return NULL;
	}
	if (n >= 2 && p[0] == 0xff && p[1] == 0xfe)
		u16 = 1, p += 2, n -= 2;
	else if (n >= 2 && p[0] == 0xfe && p[1] == 0xff)
		u16 = 2, p += 2, n -= 2;
	else
		u16 = utf16_guess(p, n);
	if (u16) {
		*owned = qr_utf16_to_utf8((const char *)p, n, u16 == 2, len);
		buf = *owned;
		p = (const unsigned char *)buf;
		n = *len;
	} else if (binary_magic(p, n) || ((i = clean_prefix(buf, n)) < n &&
	    looks_binary(p, n))) {
		/* (an input with no stray control at all, as clean_prefix()
		 * finds most, has none to count) */
		qr_error_set(err, QR_ERR_BINARY, 0,
		    "input is binary, not a page or a text dump");
		return NULL;
	}
	if (u16)
		i = clean_prefix(buf, n);
	if (i < n) {
		/* Stray control bytes (NUL, ^A, a terminal's ESC sequences,
		 * DEL): drop them, so readers see C strings and no output
		 * carries a terminal escape or a character XML forbids. */
		char	*q = qr_xmalloc(n + 1);
		size_t	 m = 0;

		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)buf[i];

			if (c == 0x1b && i + 1 < n && (buf[i + 1] == '[' ||
			    buf[i + 1] == ']')) {
				size_t end = escape_end(buf, i, n);

				if (end != 0)
					i = end;	/* the whole sequence */
				continue;		/* else the ESC alone */
			}
			if (c == '\f')		/* a page break: white space */
				q[m++] = '\n';
			else if (!is_stray_control(c))
				q[m++] = buf[i];
		}
		q[m] = '\0';
		free(*owned);
		*owned = q;
		buf = q;
		*len = m;
	}
	return nonchars_replaced(buf, *len, owned);
}

/* The owned input (qr_read_owned): freed as soon as the reader is done
 * with it. */
static void
done_with(void *arg)
{
	char **take = arg;

	free(*take);
	*take = NULL;
}

/* ... or handed over to the reader. */
static char *
taken_by(void *arg)
{
	char **take = arg, *p = *take;

	*take = NULL;
	return p;
}

/* qr_read(), and with "take" (buf itself, malloc'd) the input is freed
 * as soon as the reader is done with it. */
static struct qr_doc *
read_input(const char *buf, size_t len, enum qr_input in,
    const struct qr_options *opt, struct qr_error *err, char *take,
    size_t room)
{
	struct qr_options	 def;
	struct qr_doc		*doc;
	struct qr_release	 rel;
	char			*owned = NULL;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	if (buf == NULL && len > 0) {
		qr_error_set(err, QR_ERR_USAGE, 0, "no input buffer");
		return NULL;
	}
	if (len > opt->max_input) {
		qr_error_set(err, QR_ERR_TOO_LARGE, 0,
		    "input is too large (%zu bytes; the limit is %zu, "
		    "see --max-size)", len, opt->max_input);
		free(take);
		return NULL;
	}
	if ((buf = prepare_input(buf, &len, &owned, err)) == NULL) {
		free(take);
		return NULL;
	}
	if (owned != NULL && take != NULL) {
		/* a cleaned copy is read: the page itself is done with */
		free(take);
		take = owned;
		owned = NULL;
		room = 0;
	}
	if (in == QR_IN_AUTO)
		in = qr_sniff(buf, len);
	if ((unsigned)in >= QR_IN__MAX || readers[in].read == NULL) {
		qr_error_set(err, QR_ERR_UNAVAILABLE, 0,
		    "format '%s' is not available yet", qr_input_name(in));
		free(owned);
		free(take);
		return NULL;
	}
	if (in == QR_IN_HTML && take != NULL) {
		rel.done = done_with;
		rel.take = taken_by;
		rel.arg = &take;
		rel.room = take == buf ? room : 0;
		doc = qr_read_html_rel(buf, len, opt, err, &rel);
	} else if (in == QR_IN_TEXT && take != NULL) {
		rel.done = done_with;
		rel.take = taken_by;
		rel.arg = &take;
		rel.room = take == buf ? room : 0;
		doc = qr_read_text_rel(buf, len, opt, err, &rel);
	} else
		doc = readers[in].read(buf, len, opt, err);
	free(owned);
	free(take);
	/* One wording for the depth limit, whichever reader hit it. */
	if (doc == NULL && err != NULL && err->status == QR_ERR_TOO_DEEP)
		qr_error_set(err, QR_ERR_TOO_DEEP, err->line, "comments are "
		    "nested deeper than %u levels (see --max-depth)",
		    opt->max_depth);
	return doc;
}

struct qr_doc *
qr_read(const char *buf, size_t len, enum qr_input in,
    const struct qr_options *opt, struct qr_error *err)
{
	return read_input(buf, len, in, opt, err, NULL, 0);
}

struct qr_doc *
qr_read_owned(char *buf, size_t len, enum qr_input in,
    const struct qr_options *opt, struct qr_error *err)
{
	return read_input(buf, len, in, opt, err, buf, 0);
}

struct qr_doc *
qr_read_owned_room(char *buf, size_t len, size_t room, enum qr_input in,
    const struct qr_options *opt, struct qr_error *err)
{
	return read_input(buf, len, in, opt, err, buf, room);
}

enum qr_status
qr_write(const struct qr_doc *doc, enum qr_output fmt, FILE *out,
    const struct qr_options *opt, struct qr_error *err)
{
	struct qr_options	def;
	enum qr_status		st;
	int			e;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	if ((unsigned)fmt >= QR_OUT__MAX || writers[fmt].write == NULL)
		return qr_error_set(err, QR_ERR_UNAVAILABLE, 0,
		    "format '%s' is not available yet", qr_output_name(fmt));
	if (doc == NULL || out == NULL)
		return qr_error_set(err, QR_ERR_USAGE, 0, "no document or stream");
	errno = 0;
	st = writers[fmt].write(doc, out, opt, err);
	/* a writer that does not look at its writes leaves the stream in
	 * error, and errno as the failed write set it (ENOSPC, EIO...):
	 * the flush below may find nothing left to write, and say nothing */
	e = errno;
	if (st != QR_OK)
		return st;
	errno = 0;
	if (fflush(out) != 0 || ferror(out))
		return qr_error_set(err, QR_ERR_IO, 0, "cannot write output: %s",
		    strerror(errno != 0 ? errno : e != 0 ? e : EIO));
	return QR_OK;
}
