/*
 * internal.h -- helpers shared inside libquire; not installed.
 */
#ifndef QUIRE_INTERNAL_H
#define QUIRE_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "quire.h"

/* Allocation that never returns NULL: on failure it prints one line and
 * aborts, so no caller carries an out-of-memory branch. */
void	*qr_xmalloc(size_t);
void	*qr_xcalloc(size_t, size_t);
void	*qr_xrealloc(void *, size_t);
char	*qr_xstrndup(const char *, size_t);

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

/* Append s[0..len) to "b" with ASCII white-space runs collapsed to one
 * space; "*space" carries whether the last byte written was a space (or
 * nothing was written yet, when the caller starts it at 1). */
void	 qr_buf_put_collapsed(struct qr_buf *, const char *s, size_t len,
	    int *space);



/* Eight bytes at a time (SWAR): a uint64_t loaded with memcpy() from
 * eight bytes.  QR_ZERO_BYTES(x): 0x80 in every byte of x that is zero
 * (exact: no carry crosses a byte); qr_first_flagged(m): the index (in
 * memory order) of the first byte of m (not 0) that holds 0x80. */
#define QR_ONES		0x0101010101010101ull
#define QR_HIGHS	0x8080808080808080ull
#define QR_ZERO_BYTES(x) \
	(~((((x) & ~QR_HIGHS) + ~QR_HIGHS) | (x)) & QR_HIGHS)

static inline size_t
qr_first_flagged(unsigned long long m)
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

/* UTF-16 (without its BOM) as UTF-8 in a malloc'd buffer. */
char	*qr_utf16_to_utf8(const char *s, size_t len, int big_endian,
	    size_t *outlen);
#endif /* QUIRE_INTERNAL_H */
