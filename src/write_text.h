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

#endif
