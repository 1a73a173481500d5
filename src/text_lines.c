/*
 * text_lines.c -- a text dump cut into classified lines: decoding,
 * indentation in display columns, list markers.  One pass over the
 * input; nothing here knows about comments.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uniwidth.h>

#include "internal.h"
#include "text.h"

/* Bullets of the dumpers: lynx * + o # @, w3m • □ ☆ ○ ◦ ▪ (and ■ ◆),
 * links *, html2text * o #, quire's own •. */
static const char *const bullets[] = {
	"*", "+", "o", "#", "@", "\xe2\x80\xa2" /* • */, "\xe2\x96\xa1" /* □ */,
	"\xe2\x98\x86" /* ☆ */, "\xe2\x97\x8b" /* ○ */, "\xe2\x97\xa6" /* ◦ */,
	"\xe2\x96\xaa" /* ▪ */, "\xe2\x96\xa0" /* ■ */, "\xe2\x97\x86" /* ◆ */,
	"\xe2\x80\xa3" /* ‣ */, NULL
};

int
qr_text_width(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;
	int			 w;

	/* printable ASCII: a column a byte, without libunistring (most
	 * lines are, or start so); u8_width() sums its characters' widths,
	 * so the rest is measured on its own */
	for (i = 0; i < len && p[i] >= 0x20 && p[i] < 0x7f; i++)
		continue;
	if (i == len)
		return (int)len;
	w = u8_width(p + i, len - i, "UTF-8");
	return w < 0 ? (int)len : (int)i + w;
}

/* qr_text_width() without its ASCII shortcut, for the tests. */
int
qr_text_width_slow(const char *s, size_t len)
{
	int w;

	if (len == 0)
		return 0;
	w = u8_width((const uint8_t *)s, len, "UTF-8");
	return w < 0 ? (int)len : w;
}

/* Length of a white-space character at s (space, tab, NBSP, the fixed
 * spaces U+2000..U+200A, U+202F, U+3000), 0 if none; *cols is its width
 * for the indentation (tabs are handled by the caller). */
static size_t
space_len(const unsigned char *s, size_t avail, int *cols)
{
	*cols = 1;
	if (avail >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\f' ||
	    s[0] == '\v'))
		return 1;
	if (avail >= 2 && s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	if (avail >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    ((s[2] >= 0x80 && s[2] <= 0x8a) || s[2] == 0xaf))
		return 3;
	if (avail >= 3 && s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80) {
		*cols = 2;
		return 3;
	}
	return 0;
}

/* Trailing white space of s[0..len) (ASCII, NBSP, CR) removed. */
static size_t
rtrim(const char *s, size_t len)
{
	while (len > 0) {
		unsigned char c = (unsigned char)s[len - 1];

		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
		    c == '\v')
			len--;
		else if (len >= 2 && c == 0xa0 &&
		    (unsigned char)s[len - 2] == 0xc2)
			len -= 2;
		else
			break;
	}
	return len;
}

/* Can byte c start a bullet?  Most lines start with none of them: they
 * skip the table (qr_text_lines_fit() holds the table to it). */
static int
bullet_start(unsigned char c)
{
	return c == '*' || c == '+' || c == 'o' || c == '#' || c == '@' ||
	    c == 0xe2;
}

/* Every bullet is one column wide: find_marker() counts so without
 * measuring (qr_text_lines_fit() holds the table to it). */
#define BULLET_COLS	1

int
qr_text_lines_fit(void)
{
	size_t k;

	for (k = 0; bullets[k] != NULL; k++)
		if (!bullet_start((unsigned char)bullets[k][0]) ||
		    strlen(bullets[k]) > 3 ||
		    qr_text_width_slow(bullets[k], strlen(bullets[k])) !=
		    BULLET_COLS)
			return 0;
	return 1;
}

/* Does the line start with a list marker?  Fills mark, num, bullet,
 * rest, rlen, rcol. */
static void
find_marker(struct tline *l)
{
	const char	*s = l->s;
	size_t		 i = 0, n, k;
	int		 cols, num = 0;

	/* (six digits at most: the number is read as it goes, no
	 * atoi()) */
	while (i < l->len && i < 6 && s[i] >= '0' && s[i] <= '9')
		num = num * 10 + (s[i++] - '0');
	if (i > 0 && i < l->len && s[i] == '.' &&
	    (i + 1 == l->len || s[i + 1] == ' ' || s[i + 1] == '\t')) {
		l->mark = TM_NUM;
		l->num = num;
		i++;
	} else {
		if (!bullet_start((unsigned char)s[0]))
			return;
		for (k = 0; bullets[k] != NULL; k++) {
			const char *b = bullets[k];

			if (b[0] != s[0])	/* most lines: none */
				continue;
			/* (a bullet is one to three bytes: compared so, no
			 * strlen() and memcmp() calls) */
			n = b[1] == '\0' ? 1 : b[2] == '\0' ? 2 : 3;
			if (n <= l->len && (n == 1 || (s[1] == b[1] &&
			    (n == 2 || s[2] == b[2]))) &&
			    (n == l->len || s[n] == ' ' || s[n] == '\t' ||
			    ((unsigned char)s[n] == 0xc2 && n + 1 < l->len &&
			    (unsigned char)s[n + 1] == 0xa0)))
				break;
		}
		if (bullets[k] == NULL)
			return;
		l->mark = TM_BULLET;
		l->bullet = (int)k;
		i = n;
	}
	l->rcol = l->indent + (l->mark == TM_BULLET ? BULLET_COLS :
	    qr_text_width(s, i));
	while (i < l->len) {
		size_t sl = space_len((const unsigned char *)s + i, l->len - i,
		    &cols);

		if (sl == 0)
			break;
		l->rcol += s[i] == '\t' ? 8 - l->rcol % 8 : cols;
		i += sl;
	}
	/* links: "1.    * Antworten" -- a number, then a list inside */
	if (l->mark == TM_NUM && i + 2 <= l->len && (s[i] == '*' ||
	    s[i] == '+' || s[i] == 'o' || s[i] == '#') &&
	    (i + 1 == l->len || s[i + 1] == ' ')) {
		i++;
		l->rcol++;
		while (i < l->len && s[i] == ' ')
			i++, l->rcol++;
	}
	l->rest = s + i;
	l->rlen = l->len - i;
}

/* Text that is not all UTF-8: its valid UTF-8 sequences kept, every
 * other byte read as Windows-1252 (a dump of a mislabelled page mixes
 * both; plain Windows-1252 text has almost no valid multi-byte
 * sequences, so it decodes as before). */
static char *
mixed_to_utf8(const char *buf, size_t len, size_t *outlen)
{
	struct qr_buf	 b = {0};
	size_t		 i = 0, n, cl;
	char		*one;

	qr_buf_grow(&b, len + len / 2 + 1);
	while (i < len) {
		n = qr_utf8_seqlen((const unsigned char *)buf + i, len - i);
		if (n > 0) {
			qr_buf_put(&b, buf + i, n);
			i += n;
			continue;
		}
		one = qr_cp1252_to_utf8(buf + i, 1, &cl);
		qr_buf_put(&b, one, cl);
		free(one);
		i++;
	}
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, outlen);
}

size_t
qr_text_count_byte(const char *s, size_t len, char c)
{
	size_t	n = 0, i = 0;

#ifdef QR_SCAN_SSE2
	/* 64 bytes a round: each byte lane counts its matches (a match
	 * is -1: subtracted), summed up every 63 rounds (4 * 63 < 256)
	 * before a lane can overflow */
	const __m128i	want = _mm_set1_epi8(c), zero = _mm_setzero_si128();
	const __m128i	*v = (const __m128i *)(const void *)s;

	while (i + 64 <= len) {
		__m128i	acc = zero;
		size_t	k, end = len - i >= 63 * 64 ? i + 63 * 64 :
			    i + (len - i) / 64 * 64;

		for (k = i / 16; i < end; i += 64, k += 4)
			acc = _mm_sub_epi8(_mm_sub_epi8(_mm_sub_epi8(
			    _mm_sub_epi8(acc, _mm_cmpeq_epi8(
			    _mm_loadu_si128(v + k), want)), _mm_cmpeq_epi8(
			    _mm_loadu_si128(v + k + 1), want)), _mm_cmpeq_epi8(
			    _mm_loadu_si128(v + k + 2), want)), _mm_cmpeq_epi8(
			    _mm_loadu_si128(v + k + 3), want));
		acc = _mm_sad_epu8(acc, zero);
		n += (size_t)_mm_cvtsi128_si32(acc) +
		    (size_t)_mm_extract_epi16(acc, 4);
	}
#else
	const char *p = s, *end = s + len;

	while ((p = memchr(p, c, (size_t)(end - p))) != NULL)
		n++, p++;
	i = len;
#endif
	for (; i < len; i++)
		n += s[i] == c;
	return n;
}

#ifdef QR_SCAN_AVX2
/* The LF and CR bytes of the 32 at x: each is the byte a shuffle of
 * its low half finds in this table (a byte from 0x80 on finds 0). */
QR_AVX2_FN static inline __m256i
eol_flags_avx2(__m256i x)
{
	const __m256i t = _mm256_setr_epi8(
	    -128, -128, -128, -128, -128, -128, -128, -128,
	    -128, -128, '\n', -128, -128, '\r', -128, -128,
	    -128, -128, -128, -128, -128, -128, -128, -128,
	    -128, -128, '\n', -128, -128, '\r', -128, -128);

	return _mm256_cmpeq_epi8(_mm256_shuffle_epi8(t, x), x);
}

/* eol_mask() of 64 bytes at p. */
QR_AVX2_FN static inline uint64_t
eol_mask_avx2(const char *p)
{
	return (uint64_t)(uint32_t)_mm256_movemask_epi8(eol_flags_avx2(
	    _mm256_loadu_si256((const __m256i *)(const void *)p))) |
	    (uint64_t)(uint32_t)_mm256_movemask_epi8(eol_flags_avx2(
	    _mm256_loadu_si256((const __m256i *)(const void *)(p + 32)))) <<
	    32;
}

/* count_lines()'s LF and CR bytes in text[0..*at), *at the whole rounds
 * of 32 bytes: each byte lane counts its matches (a match is -1:
 * subtracted), summed up every 255 rounds before a lane can
 * overflow. */
QR_AVX2_FN static size_t
count_eols_avx2(const char *text, size_t len, size_t *at)
{
	const __m256i	zero = _mm256_setzero_si256();
	size_t		i = 0, n = 0;

	while (i + 32 <= len) {
		__m256i	acc = zero, sum;
		size_t	end = len - i >= 255 * 32 ? i + 255 * 32 :
			    i + (len - i) / 32 * 32;

		for (; i < end; i += 32)
			acc = _mm256_sub_epi8(acc, eol_flags_avx2(
			    _mm256_loadu_si256((const __m256i *)(const void *)
			    (text + i))));
		sum = _mm256_sad_epu8(acc, zero);
		n += (size_t)_mm256_extract_epi64(sum, 0) +
		    (size_t)_mm256_extract_epi64(sum, 1) +
		    (size_t)_mm256_extract_epi64(sum, 2) +
		    (size_t)_mm256_extract_epi64(sum, 3);
	}
	*at = i;
	return n;
}
#endif

/* The LF and CR bytes of text[off..off + 64) (to len), a bit each.
 * Inline, with AVX2 when "avx2" (a constant). */
static inline __attribute__((always_inline)) uint64_t
eol_mask(const char *text, size_t len, size_t off, const int avx2)
{
	uint64_t	m = 0;
	size_t		i;

	if (len - off >= 64) {
#ifdef QR_SCAN_AVX2
		if (avx2)
			return eol_mask_avx2(text + off);
#else
		(void)avx2;
#endif
#ifdef QR_SCAN_SSE2
		{
			const __m128i	lf = _mm_set1_epi8('\n');
			const __m128i	cr = _mm_set1_epi8('\r');

			for (i = 0; i < 64; i += 16) {
				__m128i x = _mm_loadu_si128((const __m128i *)
				    (const void *)(text + off + i));

				m |= (uint64_t)(unsigned)_mm_movemask_epi8(
				    _mm_or_si128(_mm_cmpeq_epi8(x, lf),
				    _mm_cmpeq_epi8(x, cr))) << i;
			}
			return m;
		}
#endif
	}
	for (i = 0; off + i < len && i < 64; i++)
		if (text[off + i] == '\n' || text[off + i] == '\r')
			m |= (uint64_t)1 << i;
	return m;
}

/* How many lines text[0..len) has at most: one more than its LF and
 * CR bytes (a CRLF counts twice). */
static size_t
count_lines(const char *text, size_t len, const int avx2)
{
	size_t	n = 1, i = 0;

#ifdef QR_SCAN_AVX2
	if (avx2) {
		n += count_eols_avx2(text, len, &i);
		for (; i < len; i++)
			n += text[i] == '\n' || text[i] == '\r';
		return n;
	}
#else
	(void)avx2;
#endif
	(void)i;
	return n + qr_text_count_byte(text, len, '\n') +
	    qr_text_count_byte(text, len, '\r');
}

/* The line table for "cap" lines in text's buffer after its NUL, if the
 * buffer ("room" bytes from text on) holds it there, else NULL. */
static struct tline *
in_room(char *text, size_t tlen, size_t room, size_t cap)
{
	uintptr_t	at = (uintptr_t)text + tlen + 1;
	size_t		pad;

	pad = (size_t)((64 - at % 64) % 64);	/* a cache line's start */
	if (room <= tlen + 1 + pad ||
	    cap > (room - tlen - 1 - pad) / sizeof(struct tline))
		return NULL;
	return (struct tline *)(void *)(text + tlen + 1 + pad);
}

/* split(), its scans with AVX2 when "avx2" (a constant: the body is
 * built twice). */
static inline __attribute__((always_inline)) void
split_in(char *text, size_t tlen, size_t room, struct tlines *tl,
    const int avx2)
{
	const char	*p, *end, *nl;
	size_t		 cap, n = 0, boff = 0;
	struct tline	*v;
	uint64_t	 mask = eol_mask(text, tlen, 0, avx2);

	/* The table is allocated once, at its final size (a big one in
	 * huge pages): growing it by doubling touched and copied about
	 * twice its size, tens of MB for a big dump. */
	cap = count_lines(text, tlen, avx2);
	tl->v_borrowed = 0;
	if ((v = in_room(text, tlen, room, cap)) != NULL)
		tl->v_borrowed = 1;
	else
		v = qr_xbig(cap * sizeof(*v), NULL);
	for (p = text, end = text + tlen; p < end || (p == end && n == 0);
	    p = nl + 1) {
		struct tline	*l;
		size_t		 i = 0, ll;
		int		 col = 0, cols;
		unsigned char	 c;

		/* A line ends at LF, CRLF or a lone CR: the first of them
		 * from p on.  "mask" holds those of the 64 bytes from boff
		 * on that no line has ended at yet (one load a block, not
		 * a scan a line); the LF of a CRLF is passed over. */
		for (;;) {
			while (mask == 0) {
				if ((boff += 64) >= tlen)
					break;
				mask = eol_mask(text, tlen, boff, avx2);
			}
			if (mask == 0) {
				nl = end;
				break;
			}
			nl = text + boff + (size_t)__builtin_ctzll(mask);
			mask &= mask - 1;
			if (nl >= p)
				break;
		}
		ll = (size_t)(nl - p);
		l = &v[n++];
		memset(l, 0, sizeof(*l));
		l->lineno = (unsigned)n;
		/* most indentation: spaces, eight at a time (a reply in a
		 * dump is indented by a dozen) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		while (i + 8 <= ll) {
			uint64_t x;

			memcpy(&x, p + i, 8);
			if ((x ^= 0x2020202020202020ull) != 0) {
				i += (size_t)__builtin_ctzll(x) / 8;
				break;
			}
			i += 8;
		}
#endif
		while (i < ll && p[i] == ' ')
			i++;
		col = (int)i;
		/* (an ASCII byte that is no space ends the indentation:
		 * most lines, without space_len()) */
		while (i < ll && (unsigned char)((unsigned char)p[i] -
		    0x21) >= 0x5f) {		/* up to ' ', from 0x80 on */
			size_t sl = space_len((const unsigned char *)p + i,
			    ll - i, &cols);

			if (sl == 0)
				break;
			if (p[i] == '\t')
				col += 8 - col % 8;
			else
				col += cols;
			i += sl;
		}
		l->raw = p;
		l->s = p + i;
		l->len = ll == i || ((unsigned char)p[ll - 1] > ' ' &&
		    (unsigned char)p[ll - 1] != 0xa0) ? ll - i :
		    rtrim(p + i, ll - i);
		l->indent = col;
		/* a marker starts with a digit or a bullet's first byte:
		 * most lines have neither, and no call */
		if (l->len > 0 && ((c = (unsigned char)l->s[0]) - '0' < 10 ||
		    bullet_start(c)))
			find_marker(l);
		if (nl < end && *nl == '\r' && nl + 1 < end && nl[1] == '\n')
			nl++;
		if (nl >= end)
			break;
	}
	tl->v = v;
	tl->n = n;
	tl->text = text;
}

#ifdef QR_SCAN_AVX2
QR_AVX2_FN static void
split_avx2(char *text, size_t tlen, size_t room, struct tlines *tl)
{
	split_in(text, tlen, room, tl, 1);
}
#endif

static void
split(char *text, size_t tlen, size_t room, struct tlines *tl)
{
#ifdef QR_SCAN_AVX2
	if (qr_avx2()) {
		split_avx2(text, tlen, room, tl);
		return;
	}
#endif
	split_in(text, tlen, room, tl, 0);
}

void
qr_tlines_split(const char *buf, size_t len, struct tlines *tl)
{
	char	*text;
	size_t	 tlen;

	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		buf += 3, len -= 3;
	if (qr_utf8_valid(buf, len)) {
		text = qr_xbig(len + 1, NULL);
		memcpy(text, buf, len);
		text[len] = '\0';
		tlen = len;
	} else
		text = mixed_to_utf8(buf, len, &tlen);
	split(text, tlen, 0, tl);
	tl->textlen = tlen;
}

int
qr_tlines_split_in_place(char *buf, size_t len, struct tlines *tl)
{
	return qr_tlines_split_in_room(buf, len, 0, tl);
}

int
qr_tlines_split_in_room(char *buf, size_t len, size_t room,
    struct tlines *tl)
{
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		buf += 3, len -= 3, room = room > 3 ? room - 3 : 0;
	if (!qr_utf8_valid(buf, len)) {
		qr_tlines_split(buf, len, tl);
		return 0;
	}
	split(buf, len, room, tl);
	tl->text = NULL;	/* the caller's */
	return 1;
}

void
qr_tlines_free(struct tlines *tl)
{
	if (!tl->v_borrowed)
		free(tl->v);
	tl->v_borrowed = 0;
	free(tl->text);
	tl->v = NULL;
	tl->text = NULL;
	tl->n = 0;
}

void
qr_tline_reclassify(struct tline *l)
{
	size_t	i = 0;
	int	cols;

	while (i < l->len) {
		size_t sl = space_len((const unsigned char *)l->s + i,
		    l->len - i, &cols);

		if (sl == 0)
			break;
		l->indent += cols;
		i += sl;
	}
	l->s += i;
	l->len = rtrim(l->s, l->len - i);
	l->mark = TM_NONE;
	l->num = l->bullet = 0;
	l->rest = NULL;
	l->rlen = 0;
	l->rcol = 0;
	if (l->len > 0)
		find_marker(l);
}
