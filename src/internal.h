/*
 * internal.h -- helpers shared inside libquire; not installed.
 */
#ifndef QUIRE_INTERNAL_H
#define QUIRE_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

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



/* UTF-16 (without its BOM) as UTF-8 in a malloc'd buffer. */
char	*qr_utf16_to_utf8(const char *s, size_t len, int big_endian,
	    size_t *outlen);
/* An input the reader owns (the front door's qr_read_owned()): the
 * reader may change its bytes in place, and calls done(arg) once it
 * will never look at them again (which frees them). */
struct qr_release {
	void	(*done)(void *arg);
	void	*arg;
};

/* qr_read_html() on an input it may own ("rel" not NULL, see above). */
struct qr_doc	*qr_read_html_rel(const char *buf, size_t len,
		    const struct qr_options *, struct qr_error *,
		    const struct qr_release *rel);

/* A QR_TEXT node's literal with its ASCII white-space runs as one space,
 * in place (qr_buf_put_collapsed()'s rule, "*space" as there). */
void		 qr_text_collapse(struct qr_doc *, struct qr_node *text,
		    int *space);

/* qr_read() on a malloc'd buffer that the call takes over and frees,
 * as early as it can: the HTML reader frees it before libxml2 builds
 * its tree, so the page and its tree are not both held in full. */
struct qr_doc	*qr_read_owned(char *buf, size_t len, enum qr_input in,
		    const struct qr_options *, struct qr_error *err);
#endif /* QUIRE_INTERNAL_H */
