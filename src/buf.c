/*
 * buf.c -- allocation wrappers and the growable byte buffer.
 */
#include <sys/mman.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void
oom(size_t n)
{
	fprintf(stderr, "quire: out of memory (%zu bytes)\n", n);
	abort();
}

void *
qr_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom(n);
	return p;
}

void *
qr_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		oom(nmemb * size);
	return p;
}

void *
qr_xrealloc(void *old, size_t n)
{
	void *p = realloc(old, n ? n : 1);

	if (p == NULL)
		oom(n);
	return p;
}

/*
 * Big buffers.  From QR_BIG_MIN bytes on, a buffer is aligned to
 * QR_HUGE_PAGE, its size rounded up to whole huge pages, and the range
 * offered to the kernel for transparent huge pages: 31 MB then cost ~16
 * page faults and TLB entries instead of ~7,600 (where THP is
 * "madvise", as on most distributions, plain malloc() memory gets 4 KB
 * pages).  madvise() is a hint: where huge pages are off it fails,
 * harmlessly.  A request no allocator can meet (over PTRDIFF_MAX, or
 * one that rounding up would wrap) is out of memory at once.
 */
static size_t
huge_round(size_t n)
{
	if (n > (size_t)PTRDIFF_MAX - QR_HUGE_PAGE)
		oom(n);
	return (n + QR_HUGE_PAGE - 1) & ~(size_t)(QR_HUGE_PAGE - 1);
}

void *
qr_xbig(size_t n, size_t *cap)
{
	void	*p;
	size_t	 r;

	if (n < QR_BIG_MIN) {
		if (cap != NULL)
			*cap = n ? n : 1;
		return qr_xmalloc(n);
	}
	r = huge_round(n);
	if (posix_memalign(&p, QR_HUGE_PAGE, r) != 0)
		p = qr_xmalloc(r);	/* no aligned memory: plain */
	else
		(void)madvise(p, r, MADV_HUGEPAGE);
	if (cap != NULL)
		*cap = r;
	return p;
}

void *
qr_xbig_grow(void *old, size_t used, size_t n, size_t *cap)
{
	void	*p;
	size_t	 c;

	if (n < QR_BIG_MIN) {
		if (cap != NULL)
			*cap = n ? n : 1;
		return qr_xrealloc(old, n);
	}
	/* A copy into new huge pages (the old ones are 4 KB pages, or
	 * huge pages no longer big enough): the buffers that grow grow
	 * by doubling, so all copies together are at most its size. */
	p = qr_xbig(n, &c);
	if (old != NULL && used > 0)
		memcpy(p, old, used < c ? used : c);
	free(old);
	if (cap != NULL)
		*cap = c;
	return p;
}

char *
qr_xstrndup(const char *s, size_t n)
{
	char *p = qr_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
qr_buf_grow(struct qr_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (need < b->len)		/* overflow */
		oom(SIZE_MAX);
	b->cap = b->cap ? b->cap : 64;
	while (b->cap < need)
		b->cap = b->cap * 2 > b->cap ? b->cap * 2 : need;
	/* a big buffer in huge pages (the bytes and their NUL kept) */
	b->data = b->cap >= QR_HUGE_PAGE ?
	    qr_xbig_grow(b->data, b->data ? b->len + 1 : 0, b->cap, &b->cap) :
	    qr_xrealloc(b->data, b->cap);
}

void
qr_buf_put(struct qr_buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	qr_buf_grow(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
qr_buf_puts(struct qr_buf *b, const char *s)
{
	qr_buf_put(b, s, strlen(s));
}

void
qr_buf_putc(struct qr_buf *b, int c)
{
	if (b->len + 2 > b->cap)
		qr_buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void
qr_buf_printf(struct qr_buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	qr_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
qr_buf_put_utf8(struct qr_buf *b, unsigned long cp)
{
	char	s[4];
	size_t	n;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		s[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		s[0] = (char)(0xC0 | (cp >> 6));
		s[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = (char)(0xE0 | (cp >> 12));
		s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		s[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		s[0] = (char)(0xF0 | (cp >> 18));
		s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		s[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	qr_buf_put(b, s, n);
}

const char *
qr_buf_cstr(struct qr_buf *b)
{
	qr_buf_grow(b, 0);
	b->data[b->len] = '\0';
	return b->data;
}

void
qr_buf_clear(struct qr_buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

void
qr_buf_free(struct qr_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

char *
qr_buf_detach(struct qr_buf *b, size_t *len)
{
	char *p;

	qr_buf_cstr(b);
	p = b->data;
	if (len != NULL)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

/* ASCII white space, as the loops below test it */
static const unsigned char ascii_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
	['\v'] = 1,
};

#ifdef QR_SCAN_AVX2
/* qr_scan_ws()'s bytes of the 32 at x (y: the 32 from one byte on). */
QR_AVX2_FN static inline __m256i
ws_flags_avx2(__m256i x, __m256i y)
{
	const __m256i sp = _mm256_set1_epi8(' ');

	return _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(x,
	    _mm256_set1_epi8(0x1f)), x), _mm256_and_si256(
	    _mm256_cmpeq_epi8(x, sp), _mm256_cmpeq_epi8(
	    _mm256_min_epu8(y, sp), y)));
}

/* qr_scan_ws() (len >= 32), 32 bytes a round, the last 32 in one load
 * (the byte after them counting as 0): the first marked byte, or len. */
QR_AVX2_FN static size_t
scan_ws_avx2(const unsigned char *p, size_t i, size_t len)
{
	unsigned	bits;
	size_t		at = len - 32;
	__m256i		x;

	/* 64 bytes a round while nothing is marked */
	while (i + 65 <= len && _mm256_movemask_epi8(_mm256_or_si256(
	    ws_flags_avx2(_mm256_loadu_si256((const __m256i *)(p + i)),
	    _mm256_loadu_si256((const __m256i *)(p + i + 1))),
	    ws_flags_avx2(_mm256_loadu_si256((const __m256i *)(p + i + 32)),
	    _mm256_loadu_si256((const __m256i *)(p + i + 33))))) == 0)
		i += 64;
	while (i + 33 <= len) {
		bits = (unsigned)_mm256_movemask_epi8(ws_flags_avx2(
		    _mm256_loadu_si256((const __m256i *)(p + i)),
		    _mm256_loadu_si256((const __m256i *)(p + i + 1))));
		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	if (i >= len)
		return len;
	x = _mm256_loadu_si256((const __m256i *)(p + at));
	bits = (unsigned)_mm256_movemask_epi8(ws_flags_avx2(x,
	    qr_next_bytes_avx2(x))) & (0xffffffffu << (i - at));
	return bits != 0 ? at + (size_t)__builtin_ctz(bits) : len;
}
#endif

void
qr_buf_put_collapsed(struct qr_buf *b, const char *s, size_t len, int *space)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, start;
	char			*d;
#ifdef QR_SCAN_AVX2
	int			 avx2 = len >= 32 && qr_avx2();
#endif

	if (len == 0)
		return;
	/* The output is never longer than the input: grow once, then
	 * copy runs of bytes that stay as they are: all but white space,
	 * and single spaces between them. */
	qr_buf_grow(b, len);
	d = b->data + b->len;
	while (i < len) {
		if (ascii_ws[p[i]]) {
			if (!*space)
				*d++ = ' ';
			*space = 1;
			i++;
			continue;
		}
		for (start = i; i < len; ) {
			/* many bytes at a time while none is below 0x20
			 * and no space is followed by a space or one (the
			 * scan may stop early: the byte is looked at below) */
#ifdef QR_SCAN_AVX2
			if (avx2)
				i = scan_ws_avx2(p, i, len);
#endif
			i = qr_scan_ws(p, i, len);
			if (i < len && (!ascii_ws[p[i]] || (p[i] == ' ' &&
			    i + 1 < len && !ascii_ws[p[i + 1]])))
				i++;
			else
				break;
		}
		memcpy(d, s + start, i - start);
		d += i - start;
		*space = 0;
	}
	b->len = (size_t)(d - b->data);
	b->data[b->len] = '\0';
}
