/*
 * utf8.c -- UTF-8 validation and decoding, the Windows-1252 fallback.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

size_t
qr_utf8_decode(const unsigned char *s, size_t avail, unsigned long *cp)
{
	unsigned long	c;
	size_t		n, i;

	if (avail == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (avail < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return n;
}

size_t
qr_utf8_seqlen(const unsigned char *s, size_t avail)
{
	unsigned long cp;

	return qr_utf8_decode(s, avail, &cp);
}

#ifdef QR_SCAN_AVX2
/* qr_scan_ascii() (len >= 32), 64 bytes a round, the last 32 in one
 * load: the first byte from 0x80 on, or len. */
QR_AVX2_FN static inline size_t
scan_ascii_avx2(const unsigned char *p, size_t i, size_t len)
{
	unsigned bits;

	while (i + 64 <= len && _mm256_movemask_epi8(_mm256_or_si256(
	    _mm256_loadu_si256((const __m256i *)(p + i)),
	    _mm256_loadu_si256((const __m256i *)(p + i + 32)))) == 0)
		i += 64;
	while (i + 32 <= len) {
		bits = (unsigned)_mm256_movemask_epi8(_mm256_loadu_si256(
		    (const __m256i *)(p + i)));
		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	if (i >= len)
		return len;
	bits = (unsigned)_mm256_movemask_epi8(_mm256_loadu_si256(
	    (const __m256i *)(p + len - 32))) >> (i - (len - 32));
	return bits != 0 ? i + (size_t)__builtin_ctz(bits) : len;
}
#endif

/* qr_utf8_valid(), the bytes from 0x80 on found by scan_ascii_avx2()
 * when "avx2" (a constant: the body is built twice). */
static inline __attribute__((always_inline)) int
utf8_valid_in(const unsigned char *p, size_t len, const int avx2)
{
	size_t i = 0, n;

	for (;;) {
#ifdef QR_SCAN_AVX2
		i = avx2 ? scan_ascii_avx2(p, i, len) : qr_scan_ascii(p, i, len);
#else
		(void)avx2;
		i = qr_scan_ascii(p, i, len);
#endif
		if (i >= len)
			return 1;
		if (p[i] < 0x80) {	/* the last bytes, one by one */
			i++;
			continue;
		}
		if (p[i] >= 0xe1 && p[i] <= 0xef && p[i] != 0xed &&
		    i + 2 < len && (p[i + 1] & 0xc0) == 0x80 &&
		    (p[i + 2] & 0xc0) == 0x80) {
			i += 3;		/* the common three bytes (’ “ ”) */
			continue;
		}
		if ((n = qr_utf8_len23(p + i, len - i)) == 0 &&
		    (n = qr_utf8_seqlen(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
}

#ifdef QR_SCAN_AVX2
/* A whole input comes through here: 32 bytes an instruction, the scan
 * inline (no call at each character it stops at). */
QR_AVX2_FN static int
utf8_valid_avx2(const unsigned char *p, size_t len)
{
	return utf8_valid_in(p, len, 1);
}
#endif

int
qr_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;

#ifdef QR_SCAN_AVX2
	if (len >= 32 && qr_avx2())
		return utf8_valid_avx2(p, len);
#endif
	return utf8_valid_in(p, len, 0);
}

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes, which we
 * map as iso-8859-1 does (to the C1 control of the same value, which
 * the model then drops: quire.h).  The model maps C1 controls by this
 * table too. */
const unsigned short qr_cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

char *
qr_cp1252_to_utf8(const char *s, size_t len, size_t *outlen)
{
	struct qr_buf	b = {0};
	size_t		i;

	qr_buf_grow(&b, len + len / 2);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		uint64_t x;
		size_t	 j = i;

		/* a run of ASCII, eight bytes at a time, in one copy */
		while (j + 8 <= len && (memcpy(&x, s + j, 8),
		    (x & 0x8080808080808080ull) == 0))
			j += 8;
		if (j > i) {
			qr_buf_put(&b, s + i, j - i);
			if ((i = j) == len)
				break;
		}
		c = (unsigned char)s[i];
		if (c < 0x80)
			qr_buf_putc(&b, c);
		else if (c < 0xA0)
			qr_buf_put_utf8(&b, qr_cp1252_hi[c - 0x80] ?
			    qr_cp1252_hi[c - 0x80] : c);
		else
			qr_buf_put_utf8(&b, c);
	}
	return qr_buf_detach(&b, outlen);
}

char *
qr_utf16_to_utf8(const char *s, size_t len, int big_endian, size_t *outlen)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct qr_buf		 b = {0};
	size_t			 i;

	qr_buf_grow(&b, len + len / 2);
	for (i = 0; i + 1 < len; i += 2) {
		unsigned long u = big_endian ? (p[i] << 8 | p[i + 1]) :
		    (p[i + 1] << 8 | p[i]);

		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			unsigned long lo = big_endian ?
			    (p[i + 2] << 8 | p[i + 3]) :
			    (p[i + 3] << 8 | p[i + 2]);

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			}
		}
		qr_buf_put_utf8(&b, u);	/* lone surrogates become U+FFFD */
	}
	return qr_buf_detach(&b, outlen);
}
