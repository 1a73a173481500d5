/*
 * internal.h -- helpers shared inside libquire; not installed.
 */
#ifndef QUIRE_INTERNAL_H
#define QUIRE_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "quire.h"

/* Allocation that never returns NULL: on failure it prints one line and
 * aborts, so no caller carries an out-of-memory branch. */
void	*qr_xmalloc(size_t);
void	*qr_xcalloc(size_t, size_t);
void	*qr_xrealloc(void *, size_t);
char	*qr_xstrndup(const char *, size_t);

/* Big buffers (the input, the text reader's lines, the model's chunks,
 * qr_bufs past QR_HUGE_PAGE): n bytes by qr_xmalloc()'s policy (never
 * NULL); from QR_BIG_MIN bytes on aligned to QR_HUGE_PAGE, the size
 * rounded up to whole huge pages and offered for transparent huge pages
 * (madvise, a hint), so a big buffer costs a few page faults instead of
 * one per 4 KB.  "*cap" (unless NULL) receives the usable size, >= n.
 * Free with free(). */
#define QR_HUGE_PAGE	((size_t)2 * 1024 * 1024)
/* From this size on a buffer is a big one: a quarter of a huge page
 * already costs 64 faults of 4 KB, each several microseconds on a
 * virtual machine, against one fault for the whole huge page. */
#define QR_BIG_MIN	((size_t)256 * 1024)
void	*qr_xbig(size_t n, size_t *cap);
/* "old" (from qr_xbig(), qr_xmalloc() or NULL) grown to n bytes, its
 * first "used" bytes kept: realloc() below QR_BIG_MIN, else a copy
 * into a new qr_xbig() buffer (old is freed). */
void	*qr_xbig_grow(void *old, size_t used, size_t n, size_t *cap);

/* A growable byte buffer, always NUL-terminated when len > 0 or after
 * qr_buf_cstr().  Zero-initialise it ({0}) before use; free with
 * qr_buf_free(). */
struct qr_buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 qr_buf_grow(struct qr_buf *, size_t extra);
void	 qr_buf_put(struct qr_buf *, const char *, size_t);
void	 qr_buf_puts(struct qr_buf *, const char *);
void	 qr_buf_putc(struct qr_buf *, int);
void	 qr_buf_printf(struct qr_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Append code point "cp" as UTF-8. */
void	 qr_buf_put_utf8(struct qr_buf *, unsigned long cp);
const char *qr_buf_cstr(struct qr_buf *);
void	 qr_buf_clear(struct qr_buf *);
void	 qr_buf_free(struct qr_buf *);
/* Hand the buffer's memory to the caller (free() it); the buffer is
 * left empty. */
char	*qr_buf_detach(struct qr_buf *, size_t *len);

/* Decode one UTF-8 code point at s (avail bytes); returns its length
 * and sets *cp, or returns 0 for an invalid sequence. */
size_t	 qr_utf8_decode(const unsigned char *s, size_t avail,
	    unsigned long *cp);

/* The length of the valid two- or three-byte UTF-8 sequence at s, or 0
 * (then ask qr_utf8_decode(): four bytes, or not valid): the common
 * case of qr_utf8_decode(), inline. */
static inline size_t
qr_utf8_len23(const unsigned char *s, size_t avail)
{
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		return avail >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if ((s[0] & 0xf0) == 0xe0 && avail >= 3 && (s[1] & 0xc0) == 0x80 &&
	    (s[2] & 0xc0) == 0x80) {
		/* not overlong (E0 80..9F), not a surrogate (ED A0..BF) */
		if ((s[0] == 0xe0 && s[1] < 0xa0) ||
		    (s[0] == 0xed && s[1] >= 0xa0))
			return 0;
		return 3;
	}
	return 0;
}

/* Append s[0..len) to "b" with ASCII white-space runs collapsed to one
 * space; "*space" carries whether the last byte written was a space (or
 * nothing was written yet, when the caller starts it at 1). */
void	 qr_buf_put_collapsed(struct qr_buf *, const char *s, size_t len,
	    int *space);



/* Eight bytes at a time (SWAR): x is a uint64_t loaded with memcpy()
 * from eight bytes.  Each test leaves 0x80 in some byte when x has such
 * a byte, else 0; the first (in memory order) byte it marks is the first
 * such byte (later marks may be wrong: borrows and carries run up), so
 * qr_first_flagged() of an OR of tests finds the first byte any of them
 * looks for. */
#define QR_ONES		0x0101010101010101ull
#define QR_HIGHS	0x8080808080808080ull

/* a byte 0 */
static inline uint64_t
qr_has_zero(uint64_t x)
{
	return (x - QR_ONES) & ~x & QR_HIGHS;
}

/* a byte below n (n <= 0x80) */
static inline uint64_t
qr_has_less(uint64_t x, unsigned n)
{
	return (x - n * QR_ONES) & ~x & QR_HIGHS;
}

/* a byte above n (n < 0x80) */
static inline uint64_t
qr_has_more(uint64_t x, unsigned n)
{
	return ((x + (0x7f - n) * QR_ONES) | x) & QR_HIGHS;
}

/* The index of the first byte of m (not 0) that holds 0x80. */
static inline size_t
qr_first_flagged(uint64_t m)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(m) / 8;
#else
	unsigned char	b[8];
	size_t		k;

	memcpy(b, &m, 8);
	for (k = 0; k < 7 && b[k] == 0; k++)
		continue;
	return k;
#endif
}

/*
 * Scanners over bytes p[i..len): the first index from i of a byte that
 * may need a closer look, found sixteen (SSE2) or eight (SWAR) bytes at
 * a time.  Every byte before the answer needs none; the answer may stop
 * early (at a byte that needs none after all) and may stop before the
 * last few bytes, which the caller then looks at one by one (the SSE2
 * forms read the last sixteen in one load that ends at len).  The _swar
 * forms are the portable ones; check_textspeed holds both to that
 * promise.
 */
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define QR_SCAN_SSE2	1
#endif

/*
 * AVX2, where the machine has it: the scans over a whole input or text
 * (quire.c, model.c, buf.c, utf8.c, write_json.c) have a form that looks
 * at 32 bytes an instruction, built with QR_AVX2_FN (GCC's and Clang's
 * target attribute, x86-64 only) and run when qr_avx2() says so (the
 * CPU's answer, read from what libgcc found at start-up: no state of
 * ours).  Each finds what the SSE2 form finds, which then does the last
 * bytes; elsewhere there is only the SSE2 or SWAR form.
 */
#if defined(QR_SCAN_SSE2) && defined(__x86_64__)
#include <immintrin.h>
#define QR_SCAN_AVX2	1
#define QR_AVX2_FN	__attribute__((target("avx2")))
#define qr_avx2()	__builtin_cpu_supports("avx2")

/* The 32 bytes of x from its second on, and a 0 byte after them. */
QR_AVX2_FN static inline __m256i
qr_next_bytes_avx2(__m256i x)
{
	return _mm256_alignr_epi8(_mm256_permute2x128_si256(x, x, 0x81), x, 1);
}
#endif

/* JSON: a byte that is not plain (>= 0x80, < 0x20, '"', '\\', DEL);
 * with "collapse", also a space before a space or a byte < 0x20. */
static inline size_t
qr_scan_json_swar(const unsigned char *p, size_t i, size_t len, int collapse)
{
	while (i + 9 <= len) {
		uint64_t x, y, m;

		memcpy(&x, p + i, 8);
		m = qr_has_more(x, 0x7e) | qr_has_less(x, 0x20) |
		    qr_has_zero(x ^ ('"' * QR_ONES)) |
		    qr_has_zero(x ^ ('\\' * QR_ONES));
		if (collapse) {
			memcpy(&y, p + i + 1, 8);
			m |= qr_has_zero(x ^ (' ' * QR_ONES)) &
			    (qr_has_zero(y ^ (' ' * QR_ONES)) |
			    qr_has_less(y, 0x20));
		}
		if (m != 0)
			return i + qr_first_flagged(m);
		i += 8;
	}
	return i;
}

/* qr_buf_put_collapsed(): a byte < 0x20, or a space before a space or
 * a byte < 0x20. */
static inline size_t
qr_scan_ws_swar(const unsigned char *p, size_t i, size_t len)
{
	while (i + 9 <= len) {
		uint64_t x, y, m;

		memcpy(&x, p + i, 8);
		memcpy(&y, p + i + 1, 8);
		m = qr_has_less(x, 0x20) | (qr_has_zero(x ^ (' ' * QR_ONES)) &
		    (qr_has_zero(y ^ (' ' * QR_ONES)) | qr_has_less(y, 0x20)));
		if (m != 0)
			return i + qr_first_flagged(m);
		i += 8;
	}
	return i;
}

/* A control byte: < 0x20 or DEL. */
static inline size_t
qr_scan_ctrl_swar(const unsigned char *p, size_t i, size_t len)
{
	while (i + 8 <= len) {
		uint64_t x, m;

		memcpy(&x, p + i, 8);
		m = qr_has_less(x, 0x20) | qr_has_zero(x ^ (0x7f * QR_ONES));
		if (m != 0)
			return i + qr_first_flagged(m);
		i += 8;
	}
	return i;
}

/* A byte the model looks at (model.c): < 0x20, DEL or >= 0x80.  Unlike
 * the others, it looks at the last bytes too (one load that overlaps
 * the bytes already looked at), so it returns "len" when none is left:
 * short strings are most of those the model takes. */
static inline size_t
qr_scan_text_swar(const unsigned char *p, size_t i, size_t len)
{
	uint64_t x, m;

	while (i + 8 <= len) {
		memcpy(&x, p + i, 8);
		m = qr_has_less(x, 0x20) | qr_has_more(x, 0x7e);
		if (m != 0)
			return i + qr_first_flagged(m);
		i += 8;
	}
	if (i < len && len >= 8) {
		/* the marks of bytes before i shifted out (a borrow from
		 * one may mark a later byte: an early stop, as allowed) */
		memcpy(&x, p + len - 8, 8);
		m = qr_has_less(x, 0x20) | qr_has_more(x, 0x7e);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		m >>= 8 * (i - (len - 8));
		return m != 0 ? i + qr_first_flagged(m) : len;
#else
		return m != 0 ? i : len;
#endif
	}
	return i;
}

/* A byte >= 0x80. */
static inline size_t
qr_scan_ascii_swar(const unsigned char *p, size_t i, size_t len)
{
	while (i + 8 <= len) {
		uint64_t x;

		memcpy(&x, p + i, 8);
		if ((x & QR_HIGHS) != 0)
			return i + qr_first_flagged(x & QR_HIGHS);
		i += 8;
	}
	return i;
}

#ifdef QR_SCAN_SSE2
/* bytes of x at most n (unsigned) */
#define QR_LE_EPU8(x, n) \
	_mm_cmpeq_epi8(_mm_min_epu8((x), _mm_set1_epi8((char)(n))), (x))

/* bytes of x below 0x20 or from 0x7f (DEL, >= 0x80): x + 1, wrapping,
 * is below 0x21 as a signed byte */
#define QR_TEXT_FLAGS(x) \
	_mm_cmpgt_epi8(_mm_set1_epi8(0x21), _mm_add_epi8((x), _mm_set1_epi8(1)))

/* qr_scan_json()'s bytes of the sixteen at x (y: the sixteen from one
 * byte on, for "collapse"): < 0x20 or from DEL on (x + 1, wrapping, is
 * below 0x21 as a signed byte), '"', '\\'; with "collapse", a space
 * before a byte up to ' ' (unsigned). */
static inline __m128i
qr_json_flags(__m128i x, __m128i y, int collapse)
{
	const __m128i	sp = _mm_set1_epi8(' ');
	__m128i		m;

	m = _mm_or_si128(QR_TEXT_FLAGS(x), _mm_or_si128(
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
	if (collapse)
		m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(x, sp),
		    QR_LE_EPU8(y, ' ')));
	return m;
}

static inline size_t
qr_scan_json(const unsigned char *p, size_t i, size_t len, int collapse)
{
	__m128i	x, y = _mm_setzero_si128();
	int	bits;

	/* thirty-two bytes a round: one test of both halves' marks */
	while (i + 33 <= len) {
		__m128i	x1 = _mm_loadu_si128((const __m128i *)(p + i + 16)),
			y1 = y;
		unsigned b;

		x = _mm_loadu_si128((const __m128i *)(p + i));
		if (collapse) {
			y = _mm_loadu_si128((const __m128i *)(p + i + 1));
			y1 = _mm_loadu_si128((const __m128i *)(p + i + 17));
		}
		b = (unsigned)_mm_movemask_epi8(qr_json_flags(x, y,
		    collapse)) | (unsigned)_mm_movemask_epi8(
		    qr_json_flags(x1, y1, collapse)) << 16;
		if (b != 0)
			return i + (size_t)__builtin_ctz(b);
		i += 32;
	}
	while (i + 17 <= len) {
		x = _mm_loadu_si128((const __m128i *)(p + i));
		if (collapse)
			y = _mm_loadu_si128((const __m128i *)(p + i + 1));
		if ((bits = _mm_movemask_epi8(qr_json_flags(x, y,
		    collapse))) != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	if (i < len && len >= 16) {
		/* the last sixteen bytes in one load (those before i left
		 * out); the byte after the last counts as 0 */
		size_t	 at = len - 16;

		x = _mm_loadu_si128((const __m128i *)(p + at));
		bits = _mm_movemask_epi8(qr_json_flags(x, _mm_srli_si128(x, 1),
		    collapse)) & (0xffff << (i - at));
		return bits != 0 ? at + (size_t)__builtin_ctz((unsigned)bits) :
		    len;
	}
	return qr_scan_json_swar(p, i, len, collapse);
}

/* qr_scan_ws()'s bytes of the sixteen at x (y: the sixteen from one
 * byte on): below 0x20, or a space before a byte up to ' '. */
static inline __m128i
qr_ws_flags(__m128i x, __m128i y)
{
	return _mm_or_si128(QR_LE_EPU8(x, 0x1f), _mm_and_si128(
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), QR_LE_EPU8(y, ' ')));
}

static inline size_t
qr_scan_ws(const unsigned char *p, size_t i, size_t len)
{
	int bits;

	/* thirty-two bytes a round: one test of both halves' marks */
	while (i + 33 <= len) {
		unsigned b = (unsigned)_mm_movemask_epi8(qr_ws_flags(
		    _mm_loadu_si128((const __m128i *)(p + i)),
		    _mm_loadu_si128((const __m128i *)(p + i + 1)))) |
		    (unsigned)_mm_movemask_epi8(qr_ws_flags(
		    _mm_loadu_si128((const __m128i *)(p + i + 16)),
		    _mm_loadu_si128((const __m128i *)(p + i + 17)))) << 16;

		if (b != 0)
			return i + (size_t)__builtin_ctz(b);
		i += 32;
	}
	while (i + 17 <= len) {
		bits = _mm_movemask_epi8(qr_ws_flags(
		    _mm_loadu_si128((const __m128i *)(p + i)),
		    _mm_loadu_si128((const __m128i *)(p + i + 1))));
		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	if (i < len && len >= 16) {
		/* the last sixteen bytes in one load, as in qr_scan_json() */
		size_t	 at = len - 16;
		__m128i	 x = _mm_loadu_si128((const __m128i *)(p + at));

		bits = _mm_movemask_epi8(qr_ws_flags(x, _mm_srli_si128(x, 1))) &
		    (0xffff << (i - at));
		return bits != 0 ? at + (size_t)__builtin_ctz((unsigned)bits) :
		    len;
	}
	return qr_scan_ws_swar(p, i, len);
}

static inline size_t
qr_scan_ctrl(const unsigned char *p, size_t i, size_t len)
{
	const __m128i del = _mm_set1_epi8(0x7f);

	while (i + 16 <= len) {
		__m128i	x = _mm_loadu_si128((const __m128i *)(p + i));
		int	bits = _mm_movemask_epi8(_mm_or_si128(
			    QR_LE_EPU8(x, 0x1f), _mm_cmpeq_epi8(x, del)));

		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	if (i < len && len >= 16) {
		/* the last sixteen bytes in one load */
		size_t	 at = len - 16;
		__m128i	 x = _mm_loadu_si128((const __m128i *)(p + at));
		int	 bits = _mm_movemask_epi8(_mm_or_si128(
			    QR_LE_EPU8(x, 0x1f), _mm_cmpeq_epi8(x, del))) &
			    (0xffff << (i - at));

		return bits != 0 ? at + (size_t)__builtin_ctz((unsigned)bits) :
		    len;
	}
	return qr_scan_ctrl_swar(p, i, len);
}


static inline size_t
qr_scan_text(const unsigned char *p, size_t i, size_t len)
{
	unsigned bits;

	while (i + 32 <= len) {
		bits = (unsigned)_mm_movemask_epi8(QR_TEXT_FLAGS(
		    _mm_loadu_si128((const __m128i *)(p + i)))) |
		    (unsigned)_mm_movemask_epi8(QR_TEXT_FLAGS(
		    _mm_loadu_si128((const __m128i *)(p + i + 16)))) << 16;
		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	if (i + 16 <= len) {
		bits = (unsigned)_mm_movemask_epi8(QR_TEXT_FLAGS(
		    _mm_loadu_si128((const __m128i *)(p + i))));
		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 16;
	}
	if (i < len && len >= 16) {	/* the last bytes: an overlapping load */
		bits = (unsigned)_mm_movemask_epi8(QR_TEXT_FLAGS(
		    _mm_loadu_si128((const __m128i *)(p + len - 16))));
		bits >>= i - (len - 16);
		return bits != 0 ? i + (size_t)__builtin_ctz(bits) : len;
	}
	return qr_scan_text_swar(p, i, len);
}

static inline size_t
qr_scan_ascii(const unsigned char *p, size_t i, size_t len)
{
	/* sixty-four bytes a round: bit 7 of any of them */
	while (i + 64 <= len && _mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + i)),
	    _mm_loadu_si128((const __m128i *)(p + i + 16))),
	    _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + i + 32)),
	    _mm_loadu_si128((const __m128i *)(p + i + 48))))) == 0)
		i += 64;
	while (i + 16 <= len) {
		int bits = _mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(p + i)));

		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
		i += 16;
	}
	if (i < len && len >= 16) {
		/* the last sixteen bytes in one load */
		size_t	at = len - 16;
		int	bits = _mm_movemask_epi8(_mm_loadu_si128(
			    (const __m128i *)(p + at))) & (0xffff << (i - at));

		return bits != 0 ? at + (size_t)__builtin_ctz((unsigned)bits) :
		    len;
	}
	return qr_scan_ascii_swar(p, i, len);
}
#else
#define qr_scan_json	qr_scan_json_swar
#define qr_scan_ws	qr_scan_ws_swar
#define qr_scan_ctrl	qr_scan_ctrl_swar
#define qr_scan_text	qr_scan_text_swar
#define qr_scan_ascii	qr_scan_ascii_swar
#endif

/* Windows-1252 bytes 0x80..0x9F as code points; 0 for the five it
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
extern const unsigned short qr_cp1252_hi[32];

/* UTF-16 (without its BOM) as UTF-8 in a malloc'd buffer. */
char	*qr_utf16_to_utf8(const char *s, size_t len, int big_endian,
	    size_t *outlen);
/* An input the reader owns (the front door's qr_read_owned()): the
 * reader may change its bytes in place, and calls done(arg) once it
 * will never look at them again (which frees them), or take(arg),
 * which hands their memory (malloc'd, at least len + 1 bytes) over to
 * the reader instead. */
struct qr_release {
	void	(*done)(void *arg);
	char	*(*take)(void *arg);
	void	*arg;
	size_t	 room;	/* bytes of the buffer from buf on, until done()
			   (its allocation: past buf[len] too); 0 if not
			   known */
};

/* qr_doc_new() for a reader that knows about how many bytes of the
 * arena the document will take ("expect", e.g. from its input's size):
 * the arena's first chunk is that big (within the bounds its chunks
 * keep), so a page of a MB costs one chunk in huge pages, not three
 * chunks of growing sizes whose small ones are 4 KB pages, each a page
 * fault.  0 is qr_doc_new(). */
struct qr_doc	*qr_doc_new_sized(size_t expect);
/* qr_doc_new() whose arena's first chunk is "mem" (malloc'd, "size"
 * bytes, 16-byte aligned as malloc's are): memory the reader is done
 * with (the HTML reader's page once parsed), already faulted in, so
 * the model's first megabytes cost no page faults.  Freed with the
 * document; at once when it is NULL or under 64 KB. */
struct qr_doc	*qr_doc_new_in(void *mem, size_t size);
/* The document frees "mem" (malloc'd; NULL: nothing) with itself: the
 * input its text nodes point into (qr_add_text_at()). */
void		 qr_doc_adopt(struct qr_doc *, void *mem);
/* qr_add_text() of text that stays where it is: when s[0..len) is text
 * the model holds as it is and starts a new text node (parent's last
 * child is no text), the node's literal is s itself, and s[len] is
 * made its NUL -- no copy in the arena.  The caller's promise: s[len]
 * is writable and no text it reads again (a line's end, not another
 * line's text), and s lives as long as the document (memory it took
 * with qr_doc_adopt()).  Else as qr_add_text(), a copy. */
struct qr_node	*qr_add_text_at(struct qr_doc *, struct qr_node *parent,
		    char *s, size_t len);

/* qr_read_html() on an input it may own ("rel" not NULL, see above). */
struct qr_doc	*qr_read_html_rel(const char *buf, size_t len,
		    const struct qr_options *, struct qr_error *,
		    const struct qr_release *rel);

/* qr_read_text() on an input it may own ("rel" not NULL; buf[len] is
 * then a NUL): UTF-8 text is read in place and released at the end,
 * other text released once its lines hold a decoded copy. */
struct qr_doc	*qr_read_text_rel(const char *buf, size_t len,
		    const struct qr_options *, struct qr_error *,
		    const struct qr_release *rel);

/* The length of the mark a platform puts after a commenter's name,
 * with its space (Drupal's " (not verified)" on an anonymous one, in
 * English, German, French or Spanish) at the end of s[0..len), else 0.
 * Both readers cut it (text_attr.c). */
size_t		 qr_name_mark_len(const char *s, size_t len);

/* A QR_TEXT node's literal with its ASCII white-space runs as one space,
 * in place (qr_buf_put_collapsed()'s rule, "*space" as there). */
void		 qr_text_collapse(struct qr_doc *, struct qr_node *text,
		    int *space);

/* qr_read() on a malloc'd buffer, NUL-terminated at buf[len] (as
 * qr_file_read() leaves it), that the call takes over and frees,
 * as early as it can: the HTML reader parses a UTF-8 page in place and
 * then gives its memory to the model (the page libxml2 decodes, to the
 * tree once libxml2 has its own copy), so no second copy of the page
 * is made, and memory already faulted in is used again. */
struct qr_doc	*qr_read_owned(char *buf, size_t len, enum qr_input in,
		    const struct qr_options *, struct qr_error *err);
/* The same, knowing the buffer's allocation: "room" bytes from buf on
 * (qr_file_read_room() tells it), which the reader may use until it
 * frees the buffer (the text reader puts its line table there). */
struct qr_doc	*qr_read_owned_room(char *buf, size_t len, size_t room,
		    enum qr_input in, const struct qr_options *,
		    struct qr_error *err);
/* qr_file_read(), and in *room the bytes allocated from *buf on. */
enum qr_status	 qr_file_read_room(const char *path, size_t max, char **buf,
		    size_t *len, size_t *room, struct qr_error *err);
/* qr_write_markdown() with a deep chain written "piece" comments at a
 * time (it uses 128); the output is the same whatever the piece (the
 * tests compare). */
enum qr_status	 qr_write_markdown_pieces(const struct qr_doc *, FILE *,
		    const struct qr_options *, size_t piece,
		    struct qr_error *err);
/* Bytes from which qr_out_put() hands a piece to write() itself. */
#define QR_OUT_DIRECT	(16 * 1024)
/* fwrite(p, 1, n, f), but a piece of QR_OUT_DIRECT bytes or more goes
 * to f's file descriptor with write() (stdio would first copy much of
 * it into its buffer), after what f holds.  Returns n, or less when a
 * write failed: f is then in error (ferror), with errno as the failed
 * write set it, just as after fwrite(). */
size_t		 qr_out_put(FILE *f, const void *p, size_t n);
#endif /* QUIRE_INTERNAL_H */
