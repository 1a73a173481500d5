/*
 * write_text.h -- the plain-text writer's parts that its tests hold to
 * what they stand for; not installed.
 */
#ifndef QUIRE_WRITE_TEXT_H
#define QUIRE_WRITE_TEXT_H

#include <stddef.h>

/* u8_possible_linebreaks(s, n, "UTF-8", p) by a table when s[0..n) is
 * UTF-8 of spaces and printable characters of U+0021-U+007E,
 * U+00A0-U+017F and U+2010-U+2027 only (returns 1); else returns 0, p
 * undefined. */
int	qr_text_fast_breaks(const char *s, size_t n, char *p);

/* The writer's static steps, for the unit tests (tests/check_text_scan.c)
 * only: thin wrappers, so that the writer keeps the steps static and
 * inlined, and include/quire.h stays as it is. */
struct qr_buf;

/* scan_run(): the first index from i (> 0) of s[0..len) of a byte that
 * is not printable ASCII or a space, or of a space after a space; len
 * when there is none (s[i - 1] is read). */
size_t	qr_text_scan_run(const char *s, size_t i, size_t len);

/* put_text(): s[0..len) appended to b as one line of running text
 * (white space collapsed, controls and invalid bytes dropped); *space
 * is 1 when b ends in a space or a line start, before and after. */
void	qr_text_put_text(struct qr_buf *b, const char *s, size_t len,
	    int *space);

/* What wrap() asks of fast_text() and fast_break_at() (the breaks one
 * place at a time, no table) for every place of s[0..n): the same as
 * qr_text_fast_breaks(), both return values and breaks. */
int	qr_text_lazy_breaks(const char *s, size_t n, char *p);

/* A line wrap() made: s[start..end), plus '-' when "hyphen". */
struct qr_text_line {
	size_t	start, end;
	int	hyphen;
};

/* wrap(): the lines s[0..n) (no newline, no leading or trailing space)
 * breaks into at "first" columns (first line) and "rest" (the others),
 * < 0 = no limit; "spaces_only" breaks only at spaces.  The first "max"
 * lines go to out; returns the number of lines. */
size_t	qr_text_wrap(const char *s, size_t n, int first, int rest,
	    int spaces_only, struct qr_text_line *out, size_t max);

#endif
