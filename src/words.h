/*
 * words.h -- a small set of words (an element's class or id words) for
 * the HTML reader: html_meta.c asks some thirty class and id questions
 * of each element, html_dom.c's selectors ask several class tests of
 * the element being matched; each splits the attribute once into a
 * qr_words and answers from it.  A 64-bit mask of the words' folded
 * first letters turns most "no" answers into one AND.  The words point
 * into the attribute's value (not copied); not installed.
 */
#ifndef QUIRE_WORDS_H
#define QUIRE_WORDS_H

#include <stddef.h>
#include <strings.h>

#define QR_WORDS_MAX	64

struct qr_words {
	size_t			 n;
	unsigned long long	 first;	/* bit qr_words_bit(c) per first c */
	const char		*w[QR_WORDS_MAX];
	size_t			 l[QR_WORDS_MAX];
};

/* The mask bit of a word starting with byte c: ASCII letters folded to
 * lower case (other bytes may share a bit; the words are compared
 * anyway). */
static inline unsigned long long
qr_words_bit(char c)
{
	return 1ull << ((c | 0x20) & 63);
}

static inline void
qr_words_clear(struct qr_words *ws)
{
	ws->n = 0;
	ws->first = 0;
}

/* Add the word w[0..l) (l > 0); 0 when the set is full (nothing is
 * added: the caller falls back to scanning the attribute). */
static inline int
qr_words_add(struct qr_words *ws, const char *w, size_t l)
{
	if (ws->n == QR_WORDS_MAX)
		return 0;
	ws->first |= qr_words_bit(w[0]);
	ws->w[ws->n] = w;
	ws->l[ws->n++] = l;
	return 1;
}

/* Is tok[0..tl) one of the words (ASCII case ignored), or with "prefix"
 * the start of one? */
static inline int
qr_words_have(const struct qr_words *ws, const char *tok, size_t tl,
    int prefix)
{
	size_t	i;

	/* no words: no bits, so tl > 0 returns here too */
	if (tl > 0 && !(ws->first & qr_words_bit(tok[0])))
		return 0;
	for (i = 0; i < ws->n; i++) {
		if (tl > 0 && (ws->w[i][0] | 0x20) != (tok[0] | 0x20))
			continue;
		if ((prefix ? ws->l[i] >= tl : ws->l[i] == tl) &&
		    strncasecmp(ws->w[i], tok, tl) == 0)
			return 1;
	}
	return 0;
}

#endif
