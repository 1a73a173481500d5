/*
 * write_json.c -- the model as JSON, exactly the schema of DESIGN.md.
 *
 * One canonical form, so reader tests can compare dumps byte for byte:
 * keys in schema order, every key present (null where unknown), blocks
 * and comments one per line indented two spaces a level (the indent is
 * capped, so a 100,000-deep chain stays linear in size), inlines on
 * their block's line, strings as UTF-8 with controls escaped.
 * The tree is walked with qr_walk: no recursion on depth.
 */
#include <errno.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"


#define INDENT_CAP	32	/* levels; deeper lines share this indent */

/* Bytes that go out as they are: printable ASCII but '"' and '\\'. */
static const unsigned char json_plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* The output, gathered in a buffer and written in chunks: one write()
 * per 16 KB (qr_out_put()), not one or more per key, string and run of
 * plain bytes. */
struct jout {
	FILE		*f;
	int		 err;		/* errno of the first write that failed */
	unsigned long	 flushes;
	int		 avx2;		/* scan_json_avx2() may run
					   (asked once per document) */
	size_t		 n;
	char		 b[16384];
};

#ifdef QR_SCAN_AVX2
/* qr_scan_json()'s bytes of the 32 at x (y: the 32 from one byte on):
 * < 0x20 and from DEL on (x + 1 below 0x21, signed), '"', '\\', and
 * with "collapse" a space before a byte up to ' '. */
QR_AVX2_FN static inline __m256i
json_flags_avx2(__m256i x, __m256i y, int collapse)
{
	const __m256i	sp = _mm256_set1_epi8(' ');
	__m256i		m;

	m = _mm256_or_si256(_mm256_cmpgt_epi8(_mm256_set1_epi8(0x21),
	    _mm256_add_epi8(x, _mm256_set1_epi8(1))), _mm256_or_si256(
	    _mm256_cmpeq_epi8(x, _mm256_set1_epi8('"')),
	    _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\\'))));
	if (collapse)
		m = _mm256_or_si256(m, _mm256_and_si256(
		    _mm256_cmpeq_epi8(x, sp), _mm256_cmpeq_epi8(
		    _mm256_min_epu8(y, sp), y)));
	return m;
}

/* The length of the valid UTF-8 sequence of two or three bytes at
 * p[j] (of len) that goes out as it is (not U+2028, U+2029), else 0. */
static inline size_t
json_seq23(const unsigned char *p, size_t j, size_t len)
{
	size_t n = qr_utf8_len23(p + j, len - j);

	if (n == 3 && p[j] == 0xe2 && p[j + 1] == 0x80 &&
	    (p[j + 2] == 0xa8 || p[j + 2] == 0xa9))
		return 0;
	return n;
}

/* qr_scan_json() (len >= 32), 32 bytes a round, the last 32 in one
 * load (the byte after them counting as 0): the first marked byte that
 * does not start a sequence json_seq23() passes, or len.  Those are
 * passed here, in the round's marks (the text of a page has one every
 * hundred bytes or so: ’ “ ” …), not by a return and a new call.
 * check_json holds the writer's output to a plain escaper's. */
QR_AVX2_FN static size_t
scan_json_avx2(const unsigned char *p, size_t i, size_t len, int collapse)
{
	unsigned	bits = 0;
	size_t		base, j, n;
	__m256i		x, y = _mm256_setzero_si256();

	for (;;) {
		while (i + 33 <= len) {
			x = _mm256_loadu_si256((const __m256i *)(p + i));
			if (collapse)
				y = _mm256_loadu_si256((const __m256i *)(p +
				    i + 1));
			bits = (unsigned)_mm256_movemask_epi8(json_flags_avx2(x,
			    y, collapse));
			if (bits != 0)
				break;
			i += 32;
		}
		if (bits != 0)
			base = i;
		else if (i >= len)
			return len;
		else {
			base = len - 32;
			x = _mm256_loadu_si256((const __m256i *)(p + base));
			bits = (unsigned)_mm256_movemask_epi8(json_flags_avx2(x,
			    qr_next_bytes_avx2(x), collapse)) &
			    (0xffffffffu << (i - base));
		}
		i = base + 32;
		while (bits != 0) {
			j = base + (size_t)__builtin_ctz(bits);
			if (p[j] < 0x80 || (n = json_seq23(p, j, len)) == 0)
				return j;
			if (j + n - base >= 32) {
				i = j + n;	/* it ends in the next round */
				bits = 0;
				break;
			}
			bits &= 0xffffffffu << (j + n - base);
		}
	}
}

#endif

/* qr_scan_json(), with AVX2 where o says so. */
static inline __attribute__((always_inline)) size_t
scan_json(const struct jout *o, const unsigned char *p, size_t i,
    size_t len, const int collapse)
{
#ifdef QR_SCAN_AVX2
	if (o->avx2 && len >= 32)
		return scan_json_avx2(p, i, len, collapse);
#else
	(void)o;
#endif
	return qr_scan_json(p, i, len, collapse);
}

static void
jflush(struct jout *o)
{
	errno = 0;
	if (o->n > 0 && qr_out_put(o->f, o->b, o->n) != o->n && o->err == 0)
		o->err = errno != 0 ? errno : EIO;
	o->n = 0;
	o->flushes++;
}

/* jput() when the bytes do not fit in what is left of the buffer. */
static void
jput_slow(struct jout *o, const char *p, size_t len)
{
	while (len > sizeof(o->b) - o->n) {
		size_t room = sizeof(o->b) - o->n;

		memcpy(o->b + o->n, p, room);
		o->n += room;
		p += room;
		len -= room;
		jflush(o);
	}
	memcpy(o->b + o->n, p, len);
	o->n += len;
}

/* Inline: most writes are a few bytes (a key, a bracket), and a call
 * per write cost more than the copy. */
static inline __attribute__((always_inline)) void
jput(struct jout *o, const void *s, size_t len)
{
	if (len <= sizeof(o->b) - o->n) {
		memcpy(o->b + o->n, s, len);
		o->n += len;
	} else
		jput_slow(o, s, len);
}

/* A string literal: its length known at compile time. */
#define JLIT(o, lit)	jput((o), (lit), sizeof(lit) - 1)

static inline __attribute__((always_inline)) void
jputc(struct jout *o, char c)
{
	if (o->n == sizeof(o->b))
		jflush(o);
	o->b[o->n++] = c;
}

static void __attribute__((format(printf, 2, 3)))
jprintf(struct jout *o, const char *fmt, ...)
{
	char	buf[128];
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		jput(o, buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

/* White space that qr_node_plain_text() makes one space. */
static const unsigned char json_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
	['\v'] = 1,
};

/* Write s[0..len) as the body of a JSON string.  With "collapse", its
 * white space as qr_node_plain_text() gives it: runs made one space,
 * none at either end; returns 1 when that changed anything (else the
 * output is what it is without "collapse").  The bytes that go out as
 * they are (plain ASCII, valid UTF-8 but the JS line separators, with
 * "collapse" a space that no white space follows) are gathered in runs,
 * found sixteen bytes at a time (qr_scan_json()), and each run is
 * copied in one piece.  Inline, so that each caller's "collapse" is a
 * constant. */
static inline __attribute__((always_inline)) int
json_chars_in(struct jout *o, const unsigned char *p, size_t len,
    const int collapse)
{
	size_t		 i = 0, n, run, all = len;
	unsigned long	 cp = 0;
	unsigned char	 c;
	char		 u[8];
	int		 changed = 0;

	if (collapse) {
		while (len > 0 && json_ws[p[len - 1]])
			len--;
		while (i < len && json_ws[p[i]])
			i++;
		changed = i > 0 || len < all;
	}
	run = i;
	while (i < len) {
		i = scan_json(o, p, i, len, collapse);
		/* the bytes the scan left (the last few, one by one) */
		while (i < len && json_plain[p[i]] && !(collapse &&
		    p[i] == ' ' && i + 1 < len && json_ws[p[i + 1]]))
			i++;
		if (i >= len)
			break;
		c = p[i];
		if (c >= 0x80 && (n = qr_utf8_len23(p + i, len - i)) > 0 &&
		    !(n == 3 && c == 0xe2 && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))) {
			i += n;		/* UTF-8 but U+2028, U+2029: as it is */
			continue;
		}
		n = c < 0x80 ? 1 : qr_utf8_decode(p + i, len - i, &cp);
		if (c >= 0x80 && n > 0 && cp != 0x2028 && cp != 0x2029) {
			i += n;		/* UTF-8: as it is */
			continue;
		}
		/* a byte to write otherwise: the run before it first */
		jput(o, p + run, i - run);
		if (collapse && json_ws[c]) {
			/* a run of white space: one space (none at the
			 * ends, trimmed above) */
			while (i < len && json_ws[p[i]])
				i++;
			jputc(o, ' ');
			run = i;
			changed = 1;
			continue;
		}
		if (n == 0) {
			JLIT(o, "\xEF\xBF\xBD");	/* invalid byte: U+FFFD */
			run = ++i;
			continue;
		}
		if (c < 0x80)
			cp = c;
		switch (cp) {
		case '"':  JLIT(o, "\\\""); break;
		case '\\': JLIT(o, "\\\\"); break;
		case '\n': JLIT(o, "\\n"); break;
		case '\r': JLIT(o, "\\r"); break;
		case '\t': JLIT(o, "\\t"); break;
		case '\b': JLIT(o, "\\b"); break;
		case '\f': JLIT(o, "\\f"); break;
		default:
			/* controls, DEL, and the two JS line separators */
			snprintf(u, sizeof(u), "\\u%04lx", cp);
			jput(o, u, 6);
			break;
		}
		i += n;
		run = i;
	}
	jput(o, p + run, len - run);
	return changed;
}

/* json_chars_in() as it is (names, dates, URLs, code) ... */
static void
json_chars(struct jout *o, const char *s, size_t len)
{
	(void)json_chars_in(o, (const unsigned char *)s, len, 0);
}

/* ... and with white space collapsed (a paragraph's "text"). */
static int
json_chars_collapsed(struct jout *o, const char *s, size_t len)
{
	return json_chars_in(o, (const unsigned char *)s, len, 1);
}

/* Marks (0x80 in a byte, internal.h) when the eight bytes of x hold one
 * that is not plain (json_plain[]); 0 when all are. */
static inline uint64_t
json_flags64(uint64_t x)
{
	return qr_has_more(x, 0x7e) | qr_has_less(x, 0x20) |
	    qr_has_zero(x ^ ('"' * QR_ONES)) | qr_has_zero(x ^ ('\\' * QR_ONES));
}

/* The length of the character at p[i] (of len bytes) when it goes out
 * as it is: a plain byte, a UTF-8 sequence of two or three bytes but
 * the JS line separators U+2028, U+2029; else 0. */
static inline size_t
json_as_is(const unsigned char *p, size_t i, size_t len)
{
	if (json_plain[p[i]])
		return 1;
	if (p[i] < 0x80 || (p[i] == 0xe2 && i + 2 < len && p[i + 1] == 0x80 &&
	    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9)))
		return 0;
	return qr_utf8_len23(p + i, len - i);
}

/* A name, a date, an id: s[0..len), len <= 16, as a JSON string at d
 * (room for len + 2 bytes) when every character goes out as it is
 * (json_as_is()); returns 0 (d written over) when one does not. */
static int
json_short(char *d, const unsigned char *p, size_t len)
{
	uint64_t	a, b;
	size_t		i, n;

	if (len >= 8) {
		/* two words of eight bytes (overlapping) cover it */
		memcpy(&a, p, 8);
		memcpy(&b, p + len - 8, 8);
		if ((json_flags64(a) | json_flags64(b)) != 0)
			for (i = 0; i < len; i += n)
				if ((n = json_as_is(p, i, len)) == 0)
					return 0;
		memcpy(d + 1, &a, 8);
		memcpy(d + 1 + len - 8, &b, 8);
	} else {
		for (i = 0; i < len; i += n)
			if ((n = json_as_is(p, i, len)) == 0)
				return 0;
		for (i = 0; i < len; i++)
			d[1 + i] = (char)p[i];
	}
	d[0] = '"';
	d[1 + len] = '"';
	return 1;
}

/* Write "s" (not NULL) as a JSON string. */
static void
json_string(struct jout *f, const char *s)
{
	size_t len = strlen(s);

	if (len <= 16 && sizeof(f->b) - f->n >= 18 && json_short(f->b + f->n,
	    (const unsigned char *)s, len)) {
		f->n += len + 2;
		return;
	}
	jputc(f, '"');
	json_chars(f, s, len);
	jputc(f, '"');
}

/* Write "s" as a JSON string, null for NULL (inline: most fields of
 * most comments are unknown). */
static inline __attribute__((always_inline)) void
json_str(struct jout *f, const char *s)
{
	if (s == NULL)
		JLIT(f, "null");
	else
		json_string(f, s);
}

/* A key (a string literal, quoted) and its string value. */
#define JKEY_STR(f, key, val)	do {					\
	JLIT((f), "\"" key "\": ");					\
	json_str((f), (val));						\
} while (0)

static void
newline(struct jout *f, unsigned level)
{
	/* a newline and INDENT_CAP levels of two spaces */
	static const char nl[1 + 2 * INDENT_CAP + 1] = "\n"
	    "                                "
	    "                                ";

	if (level > INDENT_CAP)
		level = INDENT_CAP;
	if (sizeof(f->b) - f->n >= sizeof(nl)) {
		/* all of nl[] (a copy of known size, no call), counted
		 * as far as the level goes */
		memcpy(f->b + f->n, nl, sizeof(nl));
		f->n += 1 + 2 * (size_t)level;
	} else
		jput(f, nl, 1 + 2 * (size_t)level);
}

/* Blocks, items and comments start their own line; inlines do not. */
static int
on_own_line(enum qr_kind k)
{
	return qr_is_block(k) || k == QR_ITEM || k == QR_COMMENT;
}

static void
enter_comment(struct jout *f, const struct qr_node *n)
{
	const struct qr_comment *c = &n->as.comment;

	JLIT(f, "{\"id\": ");
	json_str(f, c->id);
	JLIT(f, ", \"author\": ");
	json_str(f, c->author);
	JLIT(f, ", \"author_url\": ");
	json_str(f, c->author_url);
	JLIT(f, ", \"date\": ");
	json_str(f, c->date);
	JLIT(f, ", \"url\": ");
	json_str(f, c->url);
	JLIT(f, ", \"body\": [");
}

/* A paragraph or heading; returns 1 when it wrote the whole block (its
 * one text as well), 0 when its inlines are to be written. */
static int
enter_text_block(struct jout *f, const struct qr_node *n)
{
	const struct qr_node	*t = n->first;
	char			*text;

	if (n->kind == QR_HEADING)
		jprintf(f, "{\"type\": \"heading\", \"level\": %d, ",
		    n->as.level);
	else
		JLIT(f, "{\"type\": \"paragraph\", ");
	if (t != NULL && t == n->last && t->kind == QR_TEXT &&
	    t->as.literal != NULL) {
		/* one text: its plain text is its literal, white space
		 * collapsed -- written so, without building it */
		unsigned long	flushes = f->flushes;
		size_t		at, len;

		JLIT(f, "\"text\": \"");
		at = f->n;
		if (!json_chars_collapsed(f, t->as.literal,
		    strlen(t->as.literal)) && f->flushes == flushes &&
		    sizeof(f->b) - f->n >= (len = f->n - at) + 64) {
			/* nothing collapsed, nothing flushed: the text's
			 * own "text" is the same string, copied from b[]
			 * (the room is there: no flush comes between) */
			JLIT(f, "\", \"inlines\": [{\"type\": \"text\", "
			    "\"text\": \"");
			memcpy(f->b + f->n, f->b + at, len);
			f->n += len;
			JLIT(f, "\"}]}");
			return 1;
		}
		jputc(f, '"');
	} else {
		text = qr_node_plain_text(n);
		JKEY_STR(f, "text", text);
		free(text);
	}
	JLIT(f, ", \"inlines\": [");
	return 0;
}

/* Returns 1 when it wrote the whole subtree of n, else 0. */
static int
enter_node(struct jout *f, const struct qr_node *n)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		jputc(f, '[');
		break;
	case QR_COMMENT:
		enter_comment(f, n);
		break;
	case QR_PARA:
	case QR_HEADING:
		return enter_text_block(f, n);
	case QR_QUOTE:
		JLIT(f, "{\"type\": \"quote\", \"blocks\": [");
		break;
	case QR_LIST:
		jprintf(f, "{\"type\": \"list\", \"ordered\": %s, "
		    "\"start\": %d, \"items\": [",
		    n->as.list.ordered ? "true" : "false", n->as.list.start);
		break;
	case QR_CODE_BLOCK:
	case QR_CODE:
		JLIT(f, "{\"type\": \"code\", ");
		JKEY_STR(f, "text", n->as.literal);
		jputc(f, '}');
		break;
	case QR_BREAK:
		JLIT(f, "{\"type\": \"break\"}");
		break;
	case QR_IMAGE_BLOCK:
	case QR_IMAGE:
		JLIT(f, "{\"type\": \"image\", ");
		JKEY_STR(f, "src", n->as.image.src);
		JLIT(f, ", ");
		JKEY_STR(f, "alt", n->as.image.alt);
		if (n->kind == QR_IMAGE_BLOCK) {
			JLIT(f, ", ");
			JKEY_STR(f, "title", n->as.image.title);
		}
		jputc(f, '}');
		break;
	case QR_TEXT:
		JLIT(f, "{\"type\": \"text\", ");
		JKEY_STR(f, "text", n->as.literal);
		jputc(f, '}');
		break;
	case QR_EMPH:
		JLIT(f, "{\"type\": \"emph\", \"children\": [");
		break;
	case QR_STRONG:
		JLIT(f, "{\"type\": \"strong\", \"children\": [");
		break;
	case QR_LINK:
		JLIT(f, "{\"type\": \"link\", ");
		JKEY_STR(f, "href", n->as.link.href);
		JLIT(f, ", ");
		JKEY_STR(f, "title", n->as.link.title);
		JLIT(f, ", \"children\": [");
		break;
	case QR_LINEBREAK:
		JLIT(f, "{\"type\": \"linebreak\"}");
		break;
	default:
		break;
	}
	return 0;
}

static void
exit_node(struct jout *f, const struct qr_node *n, unsigned level)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		if (n->first != NULL)
			newline(f, level);
		jputc(f, ']');
		break;
	case QR_COMMENT:
		if (n->last != NULL && n->last->kind == QR_COMMENT) {
			newline(f, level);	/* closes "replies" */
			JLIT(f, "]}");
		} else {
			if (n->first != NULL)
				newline(f, level);
			JLIT(f, "], \"replies\": []}");
		}
		break;
	case QR_QUOTE:
	case QR_LIST:
		if (n->first != NULL)
			newline(f, level);
		JLIT(f, "]}");
		break;
	case QR_PARA:
	case QR_HEADING:
	case QR_EMPH:
	case QR_STRONG:
	case QR_LINK:
		JLIT(f, "]}");
		break;
	default:
		break;		/* leaves closed themselves on entry */
	}
}

/* What goes before node n (not the root) at "level": a comma, the end
 * of a comment's body array before its first reply, its line. */
static void
before_node(struct jout *f, const struct qr_node *n, unsigned level)
{
	if (n->kind == QR_COMMENT && n->parent->kind == QR_COMMENT &&
	    (n->prev == NULL || n->prev->kind != QR_COMMENT)) {
		/* first reply: the body array ends here */
		if (n->prev != NULL)
			newline(f, level - 1);
		JLIT(f, "], \"replies\": [");
	} else if (n->prev != NULL)
		jputc(f, ',');
	if (on_own_line(n->kind))
		newline(f, level);
	else if (n->prev != NULL)
		jputc(f, ' ');
}

/* Write one container (the body or the thread) as a JSON array.  The
 * walk is qr_walk_next()'s (enter, children, exit, over the parent and
 * sibling links: no recursion on depth), written out here so that a
 * node costs no call. */
static void
json_tree(struct jout *f, const struct qr_node *root, unsigned base)
{
	const struct qr_node	*n = root;
	unsigned		 level = base;
	int			 whole = enter_node(f, n);

	for (;;) {
		if (!whole && n->first != NULL) {
			n = n->first;
			level++;
		} else {
			/* a leaf, or a block written whole: exit it, and
			 * every parent it ends */
			if (!whole)
				exit_node(f, n, level);
			while (n != root && n->next == NULL) {
				n = n->parent;
				exit_node(f, n, --level);
			}
			if (n == root)
				return;
			n = n->next;
		}
		before_node(f, n, level);
		whole = enter_node(f, n);
	}
}

enum qr_status
qr_write_json(const struct qr_doc *doc, FILE *out, const struct qr_options *opt,
    struct qr_error *err)
{
	struct jout	*f = qr_xmalloc(sizeof(*f));
	size_t		 i;

	memset(f, 0, offsetof(struct jout, b));
	f->f = out;
#ifdef QR_SCAN_AVX2
	f->avx2 = qr_avx2();
#endif
	jputc(f, '{');
	newline(f, 1);
	JKEY_STR(f, "title", doc->title);
	jputc(f, ',');
	newline(f, 1);
	JKEY_STR(f, "author", doc->author);
	jputc(f, ',');
	newline(f, 1);
	JKEY_STR(f, "date", doc->date);
	jputc(f, ',');
	newline(f, 1);
	JKEY_STR(f, "url", doc->url);
	jputc(f, ',');
	newline(f, 1);
	JKEY_STR(f, "site", doc->site);
	jputc(f, ',');
	newline(f, 1);
	JKEY_STR(f, "language", doc->language);
	jputc(f, ',');
	newline(f, 1);
	JLIT(f, "\"tags\": [");
	for (i = 0; i < doc->ntags; i++) {
		if (i > 0)
			JLIT(f, ", ");
		json_str(f, doc->tags[i]);
	}
	JLIT(f, "],");
	newline(f, 1);
	JLIT(f, "\"body\": ");
	json_tree(f, doc->body, 1);
	jputc(f, ',');
	newline(f, 1);
	JLIT(f, "\"comments\": ");
	if (opt != NULL && opt->no_comments)
		JLIT(f, "[]");
	else
		json_tree(f, doc->thread, 1);
	jputc(f, ',');
	newline(f, 1);
	if (doc->comments_closed)
		JLIT(f, "\"comments_closed\": true\n}\n");
	else
		JLIT(f, "\"comments_closed\": false\n}\n");
	jflush(f);
	i = (size_t)f->err;
	free(f);
	if (i != 0)	/* as qr_write() says it, with the reason */
		return qr_error_set(err, QR_ERR_IO, 0,
		    "cannot write output: %s", strerror((int)i));
	return QR_OK;
}
