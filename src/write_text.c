/*
 * write_text.c -- the model as plain text, wrapped and indented for
 * reading and printing: the layout of doc/text-format.md, which the text
 * reader reads back.
 *
 * Widths are display widths (libunistring: CJK 2, combining marks 0);
 * break opportunities are UAX #14's (u8_possible_linebreaks), filled
 * greedily.  Every line is "prefix + content": the prefix holds the
 * comment's indentation, list indentation and quote marks, and a list
 * item's marker replaces its spaces on the item's first line.
 *
 * The tree is walked with qr_walk (no recursion); what each open
 * container needs on exit is kept in a frame array indexed by walk
 * depth, so every node costs O(1) apart from its own text.  Comments
 * deeper than the cap all share the cap's columns, so a 100,000-deep
 * chain is written in linear time and space.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "internal.h"
#include "write_text.h"

#define NEST_CAP	16	/* list/quote levels that add a prefix */
#define NOWRAP_WIDTH	72	/* W for the rules that need one */

/* What a container needs back on exit. */
struct frame {
	size_t		 prelen;	/* prefix length to restore */
	int		 merged;	/* quote: turned "> " into ">> " */
	int		 loose;		/* list: blank lines between items */
	int		 counter;	/* list: next ordered number */
	int		 capped;	/* added no prefix (NEST_CAP) */
	size_t		 ordinal;	/* comment: 1-based, document order */
	const char	*author;	/* comment: normalised, or NULL */
};

/* author -> ordinal of the latest comment by that author */
struct amap {
	const char	**key;
	size_t		 *val;
	size_t		  cap, used;
};

/* A line of wrapped text: s[start..end), plus '-' when it broke after
 * a soft hyphen. */
struct span {
	size_t	 start, end;
	int	 hyphen;
};

struct tw {
	FILE		*f;
	struct qr_buf	 out;		/* lines not yet handed to f */
	int		 width;		/* 0: no wrapping */
	int		 W;		/* width, or NOWRAP_WIDTH */
	unsigned	 cap;		/* deepest comment level indented */
	struct qr_buf	 pre;		/* prefix of continuation lines */
	struct qr_buf	 fpre;		/* prefix of the next first line */
	int		 pending;	/* fpre holds an unwritten marker */
	unsigned	 nest;		/* list/quote levels in this block run */
	int		 blank;		/* a blank line is due */
	struct qr_buf	 blankline;	/* ...with this content */
	int		 any;		/* some line was written */
	struct qr_buf	 line;		/* scratch: one output line */
	struct qr_buf	 text;		/* scratch: a block's text */
	char		*brk;		/* scratch: break opportunities */
	size_t		 brkcap;
	int		*cw;		/* scratch: cumulative widths */
	size_t		 cwcap;
	struct span	*spans;
	size_t		 nspans, spancap;
	struct frame	*fr;
	size_t		 frcap;
	struct amap	 authors;
	char		**owned;	/* normalised author strings */
	size_t		 nowned, ownedcap;
	size_t		 ordinal;
};

/* ---- small helpers ------------------------------------------------ */

static void
set_spaces(struct qr_buf *b, size_t n)
{
	qr_buf_clear(b);
	qr_buf_grow(b, n + 1);
	memset(b->data, ' ', n);
	b->len = n;
	b->data[n] = '\0';
}

static void
put_spaces(struct qr_buf *b, size_t n)
{
	qr_buf_grow(b, n + 1);
	memset(b->data + b->len, ' ', n);
	b->len += n;
	b->data[b->len] = '\0';
}

static struct frame *
frame_at(struct tw *t, size_t depth)
{
	if (depth >= t->frcap) {
		size_t ncap = t->frcap ? t->frcap * 2 : 64;

		while (ncap <= depth)
			ncap *= 2;
		t->fr = qr_xrealloc(t->fr, ncap * sizeof(*t->fr));
		memset(t->fr + t->frcap, 0, (ncap - t->frcap) * sizeof(*t->fr));
		t->frcap = ncap;
	}
	return &t->fr[depth];
}

static size_t
hash_str(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static size_t *
amap_slot(struct amap *m, const char *key, int insert)
{
	size_t i;

	if (insert && (m->used + 1) * 2 > m->cap) {
		struct amap	 n = { NULL, NULL, m->cap ? m->cap * 2 : 64, 0 };
		size_t		 j;

		n.key = qr_xcalloc(n.cap, sizeof(*n.key));
		n.val = qr_xcalloc(n.cap, sizeof(*n.val));
		for (j = 0; j < m->cap; j++) {
			if (m->key[j] == NULL)
				continue;
			i = hash_str(m->key[j]) & (n.cap - 1);
			while (n.key[i] != NULL)
				i = (i + 1) & (n.cap - 1);
			n.key[i] = m->key[j];
			n.val[i] = m->val[j];
			n.used++;
		}
		free(m->key);
		free(m->val);
		*m = n;
	}
	if (m->cap == 0)
		return NULL;
	i = hash_str(key) & (m->cap - 1);
	while (m->key[i] != NULL) {
		if (strcmp(m->key[i], key) == 0)
			return &m->val[i];
		i = (i + 1) & (m->cap - 1);
	}
	if (!insert)
		return NULL;
	m->key[i] = key;
	m->used++;
	return &m->val[i];
}

/* The key equal to "key" in m, or NULL. */
static const char *
amap_key(const struct amap *m, const char *key)
{
	size_t i;

	if (m->cap == 0)
		return NULL;
	for (i = hash_str(key) & (m->cap - 1); m->key[i] != NULL;
	    i = (i + 1) & (m->cap - 1))
		if (strcmp(m->key[i], key) == 0)
			return m->key[i];
	return NULL;
}

/* The first index from i (> 0) of a byte that is not printable ASCII
 * or a space, or of a space after a space; len when there is none. */
static size_t
scan_run(const unsigned char *p, size_t i, size_t len)
{
#ifdef QR_SCAN_SSE2
	const __m128i sp = _mm_set1_epi8(' ');

	while (i + 16 <= len) {
		__m128i	x = _mm_loadu_si128((const __m128i *)(p + i)),
			y = _mm_loadu_si128((const __m128i *)(p + i - 1));
		int	bits = _mm_movemask_epi8(_mm_or_si128(QR_TEXT_FLAGS(x),
			    _mm_and_si128(_mm_cmpeq_epi8(x, sp),
			    _mm_cmpeq_epi8(y, sp))));

		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
#endif
	for (; i < len; i++)
		if (p[i] < 0x20 || p[i] >= 0x7f ||
		    (p[i] == ' ' && p[i - 1] == ' '))
			break;
	return i;
}

/*
 * Append the UTF-8 text s[0..len) to "b" as one line of running text:
 * white space (ASCII, NEL, U+2028/9) collapsed to one space, other
 * control characters dropped.  "*space" is 1 when "b" ends in a space
 * or a line start (as qr_buf_put_collapsed).
 */
static void
put_text(struct qr_buf *b, const char *s, size_t len, int *space)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, n;
	unsigned long		 cp;

	for (i = 0; i < len; i += n) {
		if (p[i] > 0x20 && p[i] < 0x7f) {
			/* a run of printable ASCII with single spaces (which
			 * stay as they are) at once: up to the first other
			 * byte, or the second of two spaces */
			n = scan_run(p, i + 1, len) - i;
			qr_buf_put(b, s + i, n);
			*space = p[i + n - 1] == ' ';
			continue;
		}
		if (p[i] < 0x80) {
			n = 1;
			cp = p[i];
		} else if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			n = 1;		/* invalid byte: drop it */
			continue;
		}
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == '\f' || cp == '\v' || cp == 0x85 || cp == 0x2028 ||
		    cp == 0x2029) {
			if (!*space)
				qr_buf_putc(b, ' ');
			*space = 1;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			continue;
		qr_buf_put(b, s + i, n);
		*space = 0;
	}
}

/* Trim trailing spaces of "b". */
static void
rtrim(struct qr_buf *b)
{
	while (b->len > 0 && b->data[b->len - 1] == ' ')
		b->len--;
	if (b->data != NULL)
		b->data[b->len] = '\0';
}

/* A header field: white space collapsed, trimmed, in a malloc'd string;
 * NULL when empty. */
static char *
norm_str(const char *s)
{
	struct qr_buf	 b = {0};
	int		 space = 1;

	if (s == NULL)
		return NULL;
	put_text(&b, s, strlen(s), &space);
	rtrim(&b);
	if (b.len == 0) {
		qr_buf_free(&b);
		return NULL;
	}
	return b.data;
}

/* Keep "n" (malloc'd, or NULL) until the writer ends. */
static const char *
own(struct tw *t, char *n)
{
	if (n == NULL)
		return NULL;
	if (t->nowned == t->ownedcap) {
		t->ownedcap = t->ownedcap ? t->ownedcap * 2 : 16;
		t->owned = qr_xrealloc(t->owned,
		    t->ownedcap * sizeof(*t->owned));
	}
	t->owned[t->nowned++] = n;
	return n;
}

/* norm_str(), kept until the writer ends. */
static const char *
norm_field(struct tw *t, const char *s)
{
	return own(t, norm_str(s));
}

/* A comment's author, norm_str()'d; the key of t->authors when the
 * name is there already: one string kept per name, not one per
 * comment (a 50,000-comment thread has a few hundred names). */
static const char *
norm_author(struct tw *t, const char *s)
{
	char		*n = norm_str(s);
	const char	*k;

	if (n == NULL || (k = amap_key(&t->authors, n)) == NULL)
		return own(t, n);
	free(n);
	return k;
}

/* ---- lines -------------------------------------------------------- */

/* Lines go to f 16 KB at a time: an fwrite() and a putc() a line cost
 * more than the line's copy. */
#define OUT_CHUNK	16384

static void
out_flush(struct tw *t)
{
	if (t->out.len > 0)
		fwrite(t->out.data, 1, t->out.len, t->f);
	qr_buf_clear(&t->out);
}

static void
write_raw(struct tw *t, const char *s, size_t len)
{
	qr_buf_put(&t->out, s, len);
	qr_buf_putc(&t->out, '\n');
	if (t->out.len >= OUT_CHUNK)
		out_flush(t);
}

/* Write one line: a due blank line first, then "prefix" and content
 * (which the caller has put in t->line after the prefix), trimmed. */
static void
flush_line(struct tw *t)
{
	if (t->blank && t->any)
		write_raw(t, t->blankline.data ? t->blankline.data : "",
		    t->blankline.len);
	t->blank = 0;
	rtrim(&t->line);
	write_raw(t, t->line.data ? t->line.data : "", t->line.len);
	t->any = 1;
}

/* Start a line in t->line with the current prefix (the first-line
 * prefix when a marker is pending). */
static void
begin_line(struct tw *t)
{
	qr_buf_clear(&t->line);
	if (t->pending) {
		qr_buf_put(&t->line, t->fpre.data, t->fpre.len);
		/* the marker is written: fpre is pre again */
		qr_buf_clear(&t->fpre);
		qr_buf_put(&t->fpre, t->pre.data, t->pre.len);
		t->pending = 0;
	} else
		qr_buf_put(&t->line, t->pre.data, t->pre.len);
}

/* Ask for a blank line before the next line, carrying the current
 * prefix (trimmed: inside a quote it is ">"). */
static void
want_blank(struct tw *t)
{
	qr_buf_clear(&t->blankline);
	qr_buf_put(&t->blankline, t->pre.data, t->pre.len);
	rtrim(&t->blankline);
	t->blank = 1;
}

static void
want_plain_blank(struct tw *t)
{
	qr_buf_clear(&t->blankline);
	t->blank = 1;
}

/* ---- wrapping ----------------------------------------------------- */

/* The first bytes structural_start() looks further at. */
static const unsigned char struct_first[256] = {
	['>'] = 1, ['*'] = 1, ['+'] = 1, ['o'] = 1, ['-'] = 1, [0xe2] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* Would a line starting at s[0..len) be read as structure? */
static int
structural_start(const char *s, size_t len)
{
	static const char *const bullets[] = {
		"\xe2\x80\xa2", "*", "+", "o", "-", "\xe2\x97\xa6",
		"\xe2\x96\xaa", NULL
	};
	size_t i, n;

	if (len == 0)
		return 0;
	switch ((unsigned char)s[0]) {
	case '>':
		return 1;
	case '*': case '+': case 'o': case '-': case 0xe2:
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		break;
	default:
		return 0;	/* no bullet, no number */
	}
	for (i = 0; bullets[i] != NULL; i++) {
		n = strlen(bullets[i]);
		if (len >= n && memcmp(s, bullets[i], n) == 0 &&
		    (len == n || s[n] == ' '))
			return 1;
	}
	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		continue;
	if (i > 0 && i < len && (s[i] == '.' || s[i] == ')') &&
	    (i + 1 == len || s[i + 1] == ' '))
		return 1;
	return 0;
}

static int
is_url_token(const char *s, size_t len)
{
	size_t i;

	if ((len >= 4 && memcmp(s, "www.", 4) == 0) ||
	    (len >= 7 && memcmp(s, "mailto:", 7) == 0))
		return 1;
	for (i = 0; i + 3 <= len; i++)
		if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
			return 1;
	return 0;
}

static int
is_shy(const char *s, size_t i)
{
	return (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xad;
}

/* Width of the character starting at s[i] (via the cumulative widths
 * when "cw" is given), and its length in *len. */
static int
char_width(const char *s, size_t n, size_t i)
{
	ucs4_t	cp;
	int	w;

	if ((unsigned char)s[i] < 0x80)		/* uc_width() of ASCII */
		return s[i] >= 0x20 && s[i] < 0x7f;
	u8_mbtouc(&cp, (const uint8_t *)s + i, n - i);
	w = uc_width(cp, "UTF-8");
	return w < 0 ? 0 : w;
}

/* Start of the character that ends at s[e] (exclusive). */
static size_t
char_before(const char *s, size_t e)
{
	size_t i = e - 1;

	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	return i;
}

/*
 * Can the reader tell how to join the line that ends before s[i] to the
 * one starting there (doc/text-format.md, "Joining")?  Without a space
 * after a hyphen that follows a non-space, a soft hyphen, a zero-width
 * space, or next to a wide character; with a space everywhere else.  So
 * a break at a space may not look like the first kind, and a break
 * without a space must be of the first kind.
 */
static int
join_safe(const struct tw *t, const char *s, size_t n, size_t i)
{
	size_t	e = i, p;
	int	space;

	(void)t;
	/* the common case, a space after an ASCII character other than
	 * '-' and before an ASCII one: safe (the checks below say so) */
	if (i >= 2 && s[i - 1] == ' ' && (unsigned char)s[i] < 0x80 &&
	    (unsigned char)s[i - 2] < 0x80 && s[i - 2] != ' ' &&
	    s[i - 2] != '-')
		return 1;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0)
		return 1;
	space = e < i;
	p = char_before(s, e);
	if (char_width(s, n, p) == 2 || char_width(s, n, i) == 2)
		return !space;
	if (s[p] == '-' && p > 0 && s[p - 1] != ' ')
		return !space;
	if (space)
		return 1;
	return is_shy(s, p) ||
	    (e - p == 3 && memcmp(s + p, "\xe2\x80\x8b", 3) == 0);
}

static void
add_span(struct tw *t, size_t a, size_t end, int hyphen)
{
	if (t->nspans == t->spancap) {
		t->spancap = t->spancap ? t->spancap * 2 : 32;
		t->spans = qr_xrealloc(t->spans, t->spancap * sizeof(*t->spans));
	}
	t->spans[t->nspans].start = a;
	t->spans[t->nspans].end = end;
	t->spans[t->nspans].hyphen = hyphen;
	t->nspans++;
}

/* May the break opportunity before s[i] not be taken? */
static inline int
refused(const struct tw *t, const char *s, size_t n, size_t i,
    int spaces_only)
{
	if (struct_first[(unsigned char)s[i]] &&
	    structural_start(s + i, n - i))
		return 1;
	if (spaces_only)
		return 0;
	/* join_safe()'s common case, without the call */
	if (i >= 2 && s[i - 1] == ' ' && (unsigned char)s[i] < 0x80 &&
	    (unsigned char)s[i - 2] < 0x80 && s[i - 2] != ' ' &&
	    s[i - 2] != '-')
		return 0;
	return !join_safe(t, s, n, i);
}

/* Does a token of s[0..n) start with "www."? */
static int
has_www(const char *s, size_t n)
{
	const char	*d = s, *e = s + n;
	size_t		 k;

	while ((d = memchr(d, '.', (size_t)(e - d))) != NULL) {
		k = (size_t)(d - s);
		if (k >= 3 && memcmp(d - 3, "www", 3) == 0 &&
		    (k == 3 || s[k - 4] == ' '))
			return 1;
		d++;
	}
	return 0;
}

/*
 * UAX #14 break opportunities as libunistring 1.0's
 * u8_possible_linebreaks() gives them, by a table, for text of
 * printable ASCII, Latin-1 and Latin Extended-A (U+00A0-U+017F) and the
 * common punctuation U+2010-U+2027 (dashes, quotes, bullet, ellipsis):
 * none of these is a combining mark, joiner, regional indicator or
 * Hebrew letter, so the break before a character depends only on its
 * class, the class of the last character that is not a space, and
 * whether spaces came between (never at the start of the text nor
 * before a space or inside a character).  The classes (characters that
 * behave the same merged, from libunistring's answers for every pair):
 * 0 ! ? and the like, 1 quotes, 2 letters and symbols, 3 prefixes and
 * postfixes ($ % + \\), 4 opening, 5 closing ) ], 6 , . / : ;, 7 -, 8
 * digits, 9 |, 10 }, 11 no-break (U+00A0, U+2011), 12 break-before
 * (U+00B4), 13 the em dash, 14 leaders (U+2024-U+2026).  Bit j of
 * lb_next[s][i]: a break may come between class i and class j, with
 * (s = 1) or without spaces between.  check_text_writer.c holds the
 * tables to libunistring for every pair and on random and corpus text.
 */
static const unsigned char lb_ascii[94] = {	/* U+0021-U+007E */
	0, 1, 2, 3, 3, 2, 1, 4, 5, 2, 3, 6, 7, 6, 6, 8,
	8, 8, 8, 8, 8, 8, 8, 8, 8, 6, 6, 2, 2, 2, 0, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 3, 5, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 9, 10, 2,
};
static const unsigned char lb_latin[224] = {	/* U+00A0-U+017F */
	11, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 2, 9, 2, 2,
	3, 3, 2, 2, 12, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 4,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};
static const unsigned char lb_punct[24] = {	/* U+2010-U+2027 */
	9, 11, 9, 9, 13, 2, 2, 2, 1, 1, 4, 1, 1, 1, 4, 1,
	2, 2, 2, 2, 14, 14, 14, 9,
};
static const unsigned short lb_next[2][15] = {
	{ 0x311c, 0x0000, 0x3000, 0x3008, 0x0000, 0x3010, 0x301c, 0x381c,
	  0x3000, 0x391c, 0x3114, 0x0000, 0x0000, 0x111c, 0x311c },
	{ 0x7b9e, 0x7b8e, 0x7b9e, 0x7b9e, 0x0000, 0x7b9e, 0x7b9e, 0x7b9e,
	  0x7b9e, 0x7b9e, 0x7b9e, 0x7b9e, 0x7b9e, 0x5b9e, 0x7b9e },
};

/* ASCII letters and digits (classes 2 and 8) */
static const unsigned char lb_word[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

int
qr_text_fast_breaks(const char *s, size_t n, char *p)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, len;
	int			 last = -1, spaces = 0, c;

	/* no break but where one is written below */
	memset(p, UC_BREAK_PROHIBITED, n);
	for (i = 0; i < n; i += len) {
		if (u[i] == ' ') {
			spaces = 1;
			len = 1;
			continue;
		}
		if (u[i] > 0x20 && u[i] < 0x7f) {
			c = lb_ascii[u[i] - 0x21];
			len = 1;
		} else if (u[i] >= 0xc2 && u[i] <= 0xc5 && i + 1 < n &&
		    (u[i + 1] & 0xc0) == 0x80 &&
		    (u[i] > 0xc2 || u[i + 1] >= 0xa0)) {
			/* U+00A0-U+017F */
			c = lb_latin[((u[i] & 0x1f) << 6 | (u[i + 1] & 0x3f)) -
			    0xa0];
			len = 2;
		} else if (u[i] == 0xe2 && i + 2 < n && u[i + 1] == 0x80 &&
		    u[i + 2] >= 0x90 && u[i + 2] <= 0xa7) {
			/* U+2010-U+2027 */
			c = lb_punct[u[i + 2] - 0x90];
			len = 3;
		} else
			return 0;
		if (last >= 0 && (lb_next[spaces][last] >> c & 1))
			p[i] = UC_BREAK_POSSIBLE;
		last = c;
		spaces = 0;
		if (c == 2 || c == 8) {
			/* ASCII letters and digits after a letter or digit:
			 * no break (lb_next[0][2] and [8] have neither bit),
			 * a run at a time */
			size_t k = i + len;

			while (k < n && lb_word[u[k]])
				k++;
			if (k > i + len) {
				last = lb_ascii[u[k - 1] - 0x21];
				len = k - i;
			}
		}
	}
	return 1;
}

/* Would qr_text_fast_breaks() take u[0..n)?  The same test, without
 * the table: runs of printable ASCII and spaces skipped many bytes at
 * a time. */
static int
fast_text(const unsigned char *u, size_t n)
{
	size_t i = 0;

	while ((i = qr_scan_text(u, i, n)) < n) {
		if (u[i] >= 0x20 && u[i] < 0x7f)
			i++;	/* (the scan may stop early) */
		else if (u[i] >= 0xc2 && u[i] <= 0xc5 && i + 1 < n &&
		    (u[i + 1] & 0xc0) == 0x80 &&
		    (u[i] > 0xc2 || u[i + 1] >= 0xa0))
			i += 2;
		else if (u[i] == 0xe2 && i + 2 < n && u[i + 1] == 0x80 &&
		    u[i + 2] >= 0x90 && u[i + 2] <= 0xa7)
			i += 3;
		else
			return 0;
	}
	return 1;
}

/* The class (lb_ascii[] ...) of the character at u[i] of a text that
 * fast_text() takes; -1 at a space or inside a character. */
static inline int
lb_class(const unsigned char *u, size_t i)
{
	if (u[i] > 0x20 && u[i] < 0x7f)
		return lb_ascii[u[i] - 0x21];
	if (u[i] >= 0xc2 && u[i] <= 0xc5)
		return lb_latin[((u[i] & 0x1f) << 6 | (u[i + 1] & 0x3f)) -
		    0xa0];
	if (u[i] == 0xe2)
		return lb_punct[u[i + 2] - 0x90];
	return -1;
}

/* qr_text_fast_breaks()'s answer at u[i] alone, for a text fast_text()
 * takes: as its comment says, the break depends only on the class at
 * i, the class of the last character before that is no space, and
 * whether spaces came between (the wrap below asks at a few places a
 * line, not at every byte). */
static inline char
fast_break_at(const unsigned char *u, size_t i)
{
	size_t	j = i, k;
	int	c, spaces = 0;

	/* inside a run of ASCII letters and digits (most places asked):
	 * no break, as in qr_text_fast_breaks() */
	if (i > 0 && lb_word[u[i]] && lb_word[u[i - 1]])
		return UC_BREAK_PROHIBITED;
	if ((c = lb_class(u, i)) < 0)
		return UC_BREAK_PROHIBITED;
	while (j > 0 && u[j - 1] == ' ')
		j--, spaces = 1;
	if (j == 0)
		return UC_BREAK_PROHIBITED;
	for (k = j - 1; k > 0 && (u[k] & 0xc0) == 0x80; k--)
		continue;
	return lb_next[spaces][lb_class(u, k)] >> c & 1 ?
	    UC_BREAK_POSSIBLE : UC_BREAK_PROHIBITED;
}

/*
 * Break s[0..n) (one run of text: no newlines, no leading or trailing
 * spaces) into lines of at most "first" columns (the first line) and
 * "rest" columns (the others); < 0 means no limit.  With "spaces_only",
 * break only after spaces (headers: the reader joins with a space).
 * The lines go to t->spans.
 */
static void
wrap(struct tw *t, const char *s, size_t n, int first, int rest,
    int spaces_only)
{
	const uint8_t	*u = (const uint8_t *)s;
	size_t		 i, a, b, last, end, tok;
	int		 avail, w, fast, urls, lazy;

	t->nspans = 0;
	if (n == 0)
		return;
	if (first < 0) {
		add_span(t, 0, n, 0);
		return;
	}
	if (n + 1 > t->cwcap) {
		t->cwcap = n + 1;
		t->cw = qr_xrealloc(t->cw, t->cwcap * sizeof(*t->cw));
	}
	/* cumulative display widths, per byte offset */
	t->cw[0] = 0;
	for (i = 0; i < n; ) {
		ucs4_t	cp;
		int	len, cwid;
		size_t	k;

		if (u[i] >= 0x20 && u[i] < 0x7f) {
			/* a run of printable ASCII, one column each */
			size_t	e = qr_scan_text(u, i + 1, n), j = i + 1;
			int	c = t->cw[i] - (int)i;

#ifdef QR_SCAN_SSE2
			/* four widths a store */
			__m128i	x = _mm_add_epi32(_mm_set1_epi32(c + (int)j),
				    _mm_setr_epi32(0, 1, 2, 3));

			for (; j + 4 <= e + 1; j += 4) {
				_mm_storeu_si128((__m128i *)(void *)(t->cw + j), x);
				x = _mm_add_epi32(x, _mm_set1_epi32(4));
			}
#endif
			for (; j <= e; j++)
				t->cw[j] = c + (int)j;
			i = e;
			continue;
		}
		if (u[i] < 0x80) {	/* ASCII: what uc_width() says */
			t->cw[i + 1] = t->cw[i];
			i++;
			continue;
		}
		len = u8_mbtouc(&cp, u + i, n - i);

		cwid = uc_width(cp, "UTF-8");
		if (cwid < 0 || cp == 0xad)
			cwid = 0;
		for (k = 1; k < (size_t)len; k++)
			t->cw[i + k] = t->cw[i];
		i += (size_t)len;
		t->cw[i] = t->cw[i - (size_t)len] + cwid;
	}
	/* All of it fits (even with a hyphen added at a soft hyphen):
	 * the greedy fill below would take no break, so neither are the
	 * break opportunities needed. */
	if (t->cw[n] < first) {
		for (end = n; end > 0 && s[end - 1] == ' '; end--)
			continue;
		if (end > 0)
			add_span(t, 0, end, 0);
		return;
	}
	/* refine the opportunities: URLs, headers, structural starts (a
	 * URL token has "://", or starts "www." or "mailto:") */
	urls = spaces_only || memchr(s, ':', n) != NULL || has_www(s, n);
	/* Text of the fast table's characters and no URL: the breaks
	 * asked where the fill looks (fast_break_at()), no table */
	lazy = !urls && fast_text(u, n);
	if (lazy)
		goto fill;
	if (n + 1 > t->brkcap) {
		t->brkcap = n + 1;
		t->brk = qr_xrealloc(t->brk, t->brkcap);
	}
	fast = qr_text_fast_breaks(s, n, t->brk);
	if (!fast)
		u8_possible_linebreaks(u, n, "UTF-8", t->brk);
	for (i = 0; urls && i < n; i = tok) {
		size_t j;

		while (i < n && s[i] == ' ')
			i++;
		for (tok = i; tok < n && s[tok] != ' '; tok++)
			continue;
		if (is_url_token(s + i, tok - i) || spaces_only)
			for (j = i + 1; j < tok; j++)
				t->brk[j] = UC_BREAK_PROHIBITED;
	}
	if (!fast)	/* the table gives only these two */
		for (i = 1; i < n; i++)
			if (t->brk[i] == UC_BREAK_MANDATORY ||
			    t->brk[i] == UC_BREAK_HYPHENATION)
				t->brk[i] = UC_BREAK_POSSIBLE;
	/* greedy fill: each opportunity is looked at most twice (and
	 * refused, at structural starts and where the reader could not
	 * join the lines, as it comes) */
fill:
	a = 0;
	last = 0;
	avail = first;
	for (b = 1; b <= n; b++) {
		if (lazy)
			while (b < n && fast_break_at(u, b) !=
			    UC_BREAK_POSSIBLE)
				b++;
		else if (b < n && t->brk[b] != UC_BREAK_POSSIBLE) {
			const char *q = memchr(t->brk + b, UC_BREAK_POSSIBLE,
			    n - b);

			b = q != NULL ? (size_t)(q - t->brk) : n;
		}
		if (b < n && avail > 0 && b < a + (size_t)avail) {
			/* Every break up to "to" fits: no byte is wider than
			 * a column, so the line to it is at most avail - 1
			 * columns, a soft hyphen's '-' too.  Of those breaks
			 * the fill above takes each that is not refused:
			 * the last one of them is "last" (refused() reads
			 * only s and t), found from the end. */
			size_t to = a + (size_t)avail - 1, k;

			if (to > n - 1)
				to = n - 1;
			for (k = to; k >= b; k--)
				if ((lazy ? fast_break_at(u, k) :
				    t->brk[k]) == UC_BREAK_POSSIBLE &&
				    !refused(t, s, n, k, spaces_only)) {
					last = k;
					break;
				}
			b = to;
			continue;
		}
		if (b < n && refused(t, s, n, b, spaces_only))
			continue;
		for (;;) {
			int hy;

			for (end = b; end > a && s[end - 1] == ' '; end--)
				continue;
			hy = b < n && end >= a + 2 && is_shy(s, end - 2);
			w = t->cw[end] - t->cw[a] + hy;
			if (w <= avail) {
				last = b;
				break;
			}
			if (last > a) {
				/* the line ends at the last fitting break */
				for (end = last; s[end - 1] == ' '; end--)
					continue;
				add_span(t, a, end, end >= a + 2 &&
				    is_shy(s, end - 2));
				a = last;
				avail = rest;
				continue;	/* look at b again */
			}
			/* nothing fits: the token overflows */
			if (b < n) {
				add_span(t, a, end, hy);
				a = b;
				avail = rest;
			}
			last = b;
			break;
		}
	}
	for (end = n; end > a && s[end - 1] == ' '; end--)
		continue;
	if (end > a)
		add_span(t, a, end, 0);
}

/* Append span "sp" of s to t->line: soft hyphens dropped, '-' at a
 * soft-hyphen break. */
static void
put_span(struct tw *t, const char *s, const struct span *sp)
{
	size_t	i, from = sp->start;

	for (i = sp->start; i + 1 < sp->end; i++) {
		const char *q = memchr(s + i, 0xc2, sp->end - 1 - i);

		if (q == NULL)
			break;
		i = (size_t)(q - s);
		if (is_shy(s, i)) {
			qr_buf_put(&t->line, s + from, i - from);
			from = i + 2;
			i++;
		}
	}
	qr_buf_put(&t->line, s + from, sp->end - from);
	if (sp->hyphen)
		qr_buf_putc(&t->line, '-');
}

/* Width of the current prefix (ASCII). */
static int
prefix_width(const struct tw *t)
{
	return (int)t->pre.len;
}

/* The space left for text after the prefix; -1 for no wrapping. */
static int
avail_width(const struct tw *t)
{
	int a;

	if (t->width == 0)
		return -1;
	a = t->width - prefix_width(t);
	return a < 1 ? 1 : a;
}

/* u8_strwidth() of s[0..n), without a call per character when it is
 * all printable ASCII. */
static int
line_width(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
			return u8_strwidth((const uint8_t *)s, "UTF-8");
	return (int)n;
}

/*
 * Write running text s[0..n) ('\n' = a hard line break) under the
 * current prefix; with "spaces_only", break only at spaces (the title).
 * Returns the widest line's text width when "measure" asks for it
 * (headings and the title, for their rules), else 0.
 */
static int
put_wrapped_mode(struct tw *t, const char *s, size_t n, int spaces_only,
    int measure)
{
	size_t		 i, a = 0, k;
	int		 widest = 0, av = avail_width(t);
	const char	*nl;

	for (;;) {
		nl = memchr(s + a, '\n', n - a);
		i = nl != NULL ? (size_t)(nl - s) : n;
		wrap(t, s + a, i - a, av, av, spaces_only);
		for (k = 0; k < t->nspans; k++) {
			size_t	plen;
			int	w;

			begin_line(t);
			plen = t->line.len;
			put_span(t, s + a, &t->spans[k]);
			if (measure) {
				w = line_width(t->line.data + plen,
				    t->line.len - plen);
				if (w > widest)
					widest = w;
			}
			flush_line(t);
		}
		if (i >= n)
			break;
		a = i + 1;
	}
	return widest;
}

static int
put_wrapped(struct tw *t, const char *s, size_t n, int measure)
{
	return put_wrapped_mode(t, s, n, 0, measure);
}

/*
 * A block whose text starts with what the reader takes for structure
 * (a quote mark, a bullet or number marker, a backslash) gets a
 * backslash in front, which the reader removes.  Wrapped lines never
 * start so (wrap() does not break there).
 */
static void
escape_start(struct qr_buf *b)
{
	size_t n = b->len;

	if (n == 0 || (b->data[0] != '\\' && !structural_start(b->data, n) &&
	    !(n >= 6 && memcmp(b->data, "[image", 6) == 0)))
		return;
	qr_buf_grow(b, 2);
	memmove(b->data + 1, b->data, n + 1);
	b->data[0] = '\\';
	b->len++;
}

/* ---- blocks ------------------------------------------------------- */

/* The text of a paragraph or heading: inlines flattened, a line break
 * as '\n', images left out. */
static void
inline_text(struct tw *t, const struct qr_node *root)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	int		 space = 1;
	size_t		 i;

	qr_buf_clear(&t->text);
	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev != QR_ENTER)
			continue;
		switch (n->kind) {
		case QR_TEXT:
		case QR_CODE:
			if (n->as.literal != NULL)
				put_text(&t->text, n->as.literal,
				    strlen(n->as.literal), &space);
			break;
		case QR_LINEBREAK:
			rtrim(&t->text);
			if (t->text.len > 0 &&
			    t->text.data[t->text.len - 1] != '\n')
				qr_buf_putc(&t->text, '\n');
			space = 1;
			break;
		default:
			break;
		}
	}
	rtrim(&t->text);
	while (t->text.len > 0 && t->text.data[t->text.len - 1] == '\n')
		t->text.len--;
	qr_buf_cstr(&t->text);
	/* a line break the reader would misread becomes a space: before
	 * structure, or where lines join without a space */
	for (i = 1; i + 1 < t->text.len; i++) {
		char *d = t->text.data, *q;

		if ((q = memchr(d + i, '\n', t->text.len - 1 - i)) == NULL)
			break;
		i = (size_t)(q - d);
		d[i] = ' ';
		if (structural_start(d + i + 1, t->text.len - i - 1) ||
		    !join_safe(t, d, t->text.len, i + 1))
			continue;	/* stays a space */
		d[i] = '\n';
	}
}

static void
put_heading(struct tw *t, const struct qr_node *n)
{
	int w;

	inline_text(t, n);
	if (t->text.len == 0)
		return;
	escape_start(&t->text);
	w = put_wrapped(t, t->text.data, t->text.len, 1);
	begin_line(t);
	while (w-- > 0)
		qr_buf_putc(&t->line, '-');
	flush_line(t);
}

static void
put_code(struct tw *t, const char *s)
{
	size_t		 i, n = s != NULL ? strlen(s) : 0, a, e, nblank = 0;
	struct qr_buf	 l = {0};

	/* skip leading empty lines */
	for (a = 0, i = 0; i < n; i++) {
		if (s[i] == '\n')
			a = i + 1;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			break;
	}
	for (; a < n; a = e + 1) {
		unsigned col = 0;

		for (e = a; e < n && s[e] != '\n'; e++)
			continue;
		qr_buf_clear(&l);
		for (i = a; i < e; i++) {
			const unsigned char	c = (unsigned char)s[i];
			unsigned long		cp;
			size_t			k;

			if (c == '\t') {
				do {
					qr_buf_putc(&l, ' ');
				} while (++col % 8 != 0);
				continue;
			}
			if (c < 0x20 || c == 0x7f)
				continue;
			if (c < 0x80) {
				qr_buf_putc(&l, c);
				col++;
				continue;
			}
			k = qr_utf8_decode((const unsigned char *)s + i,
			    e - i, &cp);
			if (k == 0)
				continue;
			if (!(cp >= 0x80 && cp < 0xa0) && cp != 0x2028 &&
			    cp != 0x2029) {
				qr_buf_put(&l, s + i, k);
				col++;	/* tab stops by characters */
			}
			i += k - 1;
		}
		rtrim(&l);
		if (l.len == 0) {
			nblank++;
			if (e >= n)
				break;
			continue;
		}
		/* empty lines inside the code: blank with the prefix */
		for (; nblank > 0; nblank--) {
			begin_line(t);
			flush_line(t);
		}
		begin_line(t);
		qr_buf_puts(&t->line, "    ");
		qr_buf_put(&t->line, l.data, l.len);
		flush_line(t);
		if (e >= n)
			break;
	}
	qr_buf_free(&l);
}

static void
put_break(struct tw *t)
{
	int av = avail_width(t);

	begin_line(t);
	if (av > 5)
		put_spaces(&t->line, (size_t)(av - 5) / 2);
	qr_buf_puts(&t->line, "* * *");
	flush_line(t);
}

static void
put_image(struct tw *t, const struct qr_node *n)
{
	int space = 0;

	qr_buf_clear(&t->text);
	qr_buf_puts(&t->text, "[image");
	if (n->as.image.alt != NULL) {
		size_t mark = t->text.len;

		qr_buf_puts(&t->text, ": ");
		space = 1;
		put_text(&t->text, n->as.image.alt, strlen(n->as.image.alt),
		    &space);
		rtrim(&t->text);
		if (t->text.len == mark + 1)
			t->text.len = mark;	/* empty alt */
	}
	qr_buf_putc(&t->text, ']');
	qr_buf_cstr(&t->text);
	put_wrapped(t, t->text.data, t->text.len, 0);
}

/* Does some item of list "l" hold more than one block? */
static int
list_is_loose(const struct qr_node *l)
{
	const struct qr_node *it;

	for (it = l->first; it != NULL; it = it->next)
		if (it->first != NULL && it->first != it->last)
			return 1;
	return 0;
}

/* ---- comments ----------------------------------------------------- */

static unsigned
text_col(unsigned depth, size_t number)
{
	if (depth <= 1)
		return number > 999 ? 6 : number > 99 ? 5 : 4;
	return 4 * (depth - 1) + 2;
}

static unsigned
cap_depth(int W)
{
	int		m = W / 2 > 40 ? W / 2 : 40;
	unsigned	d = 2;

	while (W - (int)text_col(d + 1, 1) >= m)
		d++;
	return d;
}

static int
is_ordinal_name(const char *s)
{
	size_t i;

	if (s[0] != '#' || s[1] == '\0')
		return 0;
	for (i = 1; s[i] != '\0'; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Write the header of comment "n" at walk depth "depth", number
 * "number" among its siblings (top level only). */
static void
enter_comment(struct tw *t, const struct qr_node *n, unsigned depth,
    size_t number)
{
	const struct qr_comment	*c = &n->as.comment;
	struct frame		*f = frame_at(t, depth);
	const char		*author = norm_author(t, c->author);
	char			*date = norm_str(c->date);
	unsigned		 shown = depth > t->cap ? t->cap : depth;
	unsigned		 tcol = text_col(shown, number), mcol;
	size_t			*slot, i;
	struct qr_buf		 h = {0};
	int			 av;

	f->ordinal = ++t->ordinal;
	f->author = author;
	/* the header: AUTHOR · DATE · ↳ in reply to NAME */
	if (author != NULL)
		qr_buf_puts(&h, author);
	if (date != NULL) {
		qr_buf_puts(&h, author != NULL ? " \xc2\xb7 " : "\xc2\xb7 ");
		qr_buf_puts(&h, date);
	}
	if (depth > t->cap) {
		const struct frame *p = &t->fr[depth - 1];

		if (h.len > 0)
			qr_buf_puts(&h, " \xc2\xb7 ");
		qr_buf_puts(&h, "\xe2\x86\xb3 in reply to ");
		slot = p->author != NULL ?
		    amap_slot(&t->authors, p->author, 0) : NULL;
		if (p->author != NULL && !is_ordinal_name(p->author) &&
		    slot != NULL && *slot == p->ordinal)
			qr_buf_puts(&h, p->author);
		else
			qr_buf_printf(&h, "#%zu", p->ordinal);
	}
	qr_buf_cstr(&h);
	if (author != NULL) {
		slot = amap_slot(&t->authors, author, 1);
		*slot = f->ordinal;
	}

	want_plain_blank(t);
	t->pending = 0;
	qr_buf_clear(&t->line);
	if (shown <= 1) {
		mcol = 0;
		qr_buf_printf(&t->line, "%2zu. ", number);
	} else {
		mcol = tcol - 2;
		put_spaces(&t->line, mcol);
		qr_buf_puts(&t->line, "\xe2\x80\xa2 ");
	}
	if (t->width == 0)
		av = -1;
	else
		av = t->width - (int)tcol - 2 < 1 ? 1 : t->width - (int)tcol - 2;
	wrap(t, h.data != NULL ? h.data : "", h.len,
	    t->width == 0 ? -1 : (t->width - (int)tcol < 1 ? 1 :
	    t->width - (int)tcol), av, 1);
	for (i = 0; i < t->nspans || i == 0; i++) {
		if (i > 0) {
			qr_buf_clear(&t->line);
			put_spaces(&t->line, tcol + 2);
		}
		if (i < t->nspans)
			put_span(t, h.data, &t->spans[i]);
		flush_line(t);
	}
	qr_buf_free(&h);
	free(date);
	set_spaces(&t->pre, tcol);
	set_spaces(&t->fpre, tcol);
	t->nest = 0;
}

/* ---- the walk ----------------------------------------------------- */

/* A block after another in its container: one blank line between. */
static void
block_gap(struct tw *t, const struct qr_node *n)
{
	if (n->prev != NULL)
		want_blank(t);
}

static void
write_tree(struct tw *t, const struct qr_node *root)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	size_t		 top = 0;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		struct frame *f;

		if (ev == QR_ENTER && n->kind != QR_COMMENT &&
		    n->kind != QR_ITEM && n != root &&
		    qr_is_block(n->kind))
			block_gap(t, n);
		switch (n->kind) {
		case QR_COMMENT:
			if (ev == QR_ENTER) {
				if (n->parent == root)
					top++;
				enter_comment(t, n, w.depth,
				    n->parent == root ? top : 0);
			}
			break;
		case QR_PARA:
		case QR_HEADING:
			if (ev != QR_ENTER)
				break;
			qr_walk_skip(&w);
			if (n->kind == QR_HEADING)
				put_heading(t, n);
			else {
				inline_text(t, n);
				escape_start(&t->text);
				put_wrapped(t, t->text.data ? t->text.data :
				    "", t->text.len, 0);
			}
			break;
		case QR_CODE_BLOCK:
			if (ev == QR_ENTER)
				put_code(t, n->as.literal);
			break;
		case QR_BREAK:
			if (ev == QR_ENTER)
				put_break(t);
			break;
		case QR_IMAGE_BLOCK:
			if (ev == QR_ENTER)
				put_image(t, n);
			break;
		case QR_QUOTE:
			f = frame_at(t, w.depth);
			if (ev == QR_ENTER) {
				f->prelen = t->pre.len;
				f->merged = 0;
				f->capped = t->nest >= NEST_CAP;
				t->nest++;
				if (f->capped)
					;
				else if (t->pre.len >= 2 &&
				    t->pre.data[t->pre.len - 1] == ' ' &&
				    t->pre.data[t->pre.len - 2] == '>') {
					t->pre.data[t->pre.len - 1] = '>';
					t->fpre.data[t->fpre.len - 1] = '>';
					qr_buf_putc(&t->pre, ' ');
					qr_buf_putc(&t->fpre, ' ');
					f->merged = 1;
				} else {
					qr_buf_puts(&t->pre, "> ");
					qr_buf_puts(&t->fpre, "> ");
				}
				if (n->first == NULL) {
					begin_line(t);
					flush_line(t);
				}
			} else {
				t->nest--;
				if (!f->capped) {
					t->pre.len = t->fpre.len = f->prelen;
					if (f->merged) {
						t->pre.data[f->prelen - 1] = ' ';
						t->fpre.data[f->prelen - 1] = ' ';
					}
					qr_buf_cstr(&t->pre);
					qr_buf_cstr(&t->fpre);
				}
			}
			break;
		case QR_LIST:
			f = frame_at(t, w.depth);
			if (ev == QR_ENTER) {
				f->loose = list_is_loose(n);
				f->counter = n->as.list.start;
			}
			break;
		case QR_ITEM:
			f = frame_at(t, w.depth);
			if (ev == QR_ENTER) {
				struct frame	*lf = frame_at(t, w.depth - 1);
				char		 mark[32];
				int		 ml;

				if (n->prev != NULL && lf->loose)
					want_blank(t);
				if (n->parent->as.list.ordered)
					ml = snprintf(mark, sizeof(mark),
					    "%d) ", lf->counter++);
				else
					ml = snprintf(mark, sizeof(mark),
					    "- ");
				f->prelen = t->pre.len;
				f->capped = t->nest >= NEST_CAP;
				t->nest++;
				if (!f->capped) {
					put_spaces(&t->pre, (size_t)ml);
					qr_buf_put(&t->fpre, mark, (size_t)ml);
					t->pending = 1;
				}
			} else {
				t->nest--;
				if (!f->capped) {
					if (t->pending) {
						/* an empty item: its marker */
						begin_line(t);
						flush_line(t);
					}
					t->pre.len = t->fpre.len = f->prelen;
					qr_buf_cstr(&t->pre);
					qr_buf_cstr(&t->fpre);
				}
			}
			break;
		default:
			break;
		}
	}
}

/* ---- the document ------------------------------------------------- */

static void
put_head(struct tw *t, const struct qr_doc *doc)
{
	const char	*title = norm_field(t, doc->title);
	const char	*author = norm_field(t, doc->author);
	const char	*date = norm_field(t, doc->date);
	const char	*url = norm_field(t, doc->url);
	struct qr_buf	 h = {0};
	size_t		 i;
	int		 widest = 0;

	if (title == NULL) {
		qr_buf_clear(&t->line);
		qr_buf_puts(&t->line, "===");
		flush_line(t);
	} else {
		widest = put_wrapped_mode(t, title, strlen(title), 1, 1);
		if (widest < 3)
			widest = 3;	/* a rule is at least "===" */
		qr_buf_clear(&t->line);
		while (widest-- > 0)
			qr_buf_putc(&t->line, '=');
		flush_line(t);
	}
	if (author != NULL)
		qr_buf_puts(&h, author);
	if (date != NULL) {
		qr_buf_puts(&h, author != NULL ? " \xc2\xb7 " : "\xc2\xb7 ");
		qr_buf_puts(&h, date);
	}
	if (h.len > 0) {
		wrap(t, h.data, h.len, t->width == 0 ? -1 : t->width,
		    t->width == 0 ? -1 : (t->width > 3 ? t->width - 2 : 1), 1);
		for (i = 0; i < t->nspans; i++) {
			qr_buf_clear(&t->line);
			if (i > 0)
				qr_buf_puts(&t->line, "  ");
			put_span(t, h.data, &t->spans[i]);
			flush_line(t);
		}
	}
	if (url != NULL) {
		qr_buf_clear(&t->line);
		qr_buf_puts(&t->line, url);
		flush_line(t);
	}
	qr_buf_free(&h);
	want_plain_blank(t);
}

enum qr_status
qr_write_text(const struct qr_doc *doc, FILE *f, const struct qr_options *opt,
    struct qr_error *err)
{
	struct tw	t;
	size_t		i;

	(void)err;
	memset(&t, 0, sizeof(t));
	t.f = f;
	t.width = opt != NULL && opt->width > 0 ? opt->width : 0;
	if (opt == NULL)
		t.width = QR_DEFAULT_WIDTH;
	t.W = t.width > 0 ? t.width : NOWRAP_WIDTH;
	t.cap = cap_depth(t.W);

	put_head(&t, doc);
	write_tree(&t, doc->body);
	if ((opt == NULL || !opt->no_comments) &&
	    (doc->thread->first != NULL || doc->comments_closed)) {
		want_plain_blank(&t);
		qr_buf_clear(&t.line);
		qr_buf_puts(&t.line, "Comments");
		flush_line(&t);
		qr_buf_clear(&t.line);
		qr_buf_puts(&t.line, "--------");
		flush_line(&t);
		set_spaces(&t.pre, 0);
		set_spaces(&t.fpre, 0);
		write_tree(&t, doc->thread);
		if (doc->comments_closed) {
			want_plain_blank(&t);
			qr_buf_clear(&t.line);
			qr_buf_puts(&t.line, "Comments are closed.");
			flush_line(&t);
		}
	}
	out_flush(&t);

	qr_buf_free(&t.out);
	qr_buf_free(&t.pre);
	qr_buf_free(&t.fpre);
	qr_buf_free(&t.blankline);
	qr_buf_free(&t.line);
	qr_buf_free(&t.text);
	free(t.brk);
	free(t.cw);
	free(t.spans);
	free(t.fr);
	free(t.authors.key);
	free(t.authors.val);
	for (i = 0; i < t.nowned; i++)
		free(t.owned[i]);
	free(t.owned);
	return QR_OK;
}

/* ---- entries for the unit tests (tests/check_text_scan.c) ----------
 * scan_run(), put_text() and wrap() stay static, so that the compiler
 * keeps inlining them into their callers; these thin wrappers give the
 * tests the same code.  The writer itself does not call them. */

int
qr_text_lazy_breaks(const char *s, size_t n, char *p)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i;

	if (!fast_text(u, n))
		return 0;
	for (i = 0; i < n; i++)
		p[i] = fast_break_at(u, i);
	return 1;
}

size_t
qr_text_scan_run(const char *s, size_t i, size_t len)
{
	return scan_run((const unsigned char *)s, i, len);
}

void
qr_text_put_text(struct qr_buf *b, const char *s, size_t len, int *space)
{
	put_text(b, s, len, space);
}

size_t
qr_text_wrap(const char *s, size_t n, int first, int rest, int spaces_only,
    struct qr_text_line *out, size_t max)
{
	struct tw	t;
	size_t		i;

	memset(&t, 0, sizeof(t));
	wrap(&t, s, n, first, rest, spaces_only);
	for (i = 0; i < t.nspans && i < max; i++) {
		out[i].start = t.spans[i].start;
		out[i].end = t.spans[i].end;
		out[i].hyphen = t.spans[i].hyphen;
	}
	i = t.nspans;
	free(t.brk);
	free(t.cw);
	free(t.spans);
	return i;
}
