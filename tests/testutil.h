/*
 * testutil.h -- helpers that several Check suites (tests/check_*.c)
 * share to build, read and look into documents; tests.h has the ones
 * every suite uses (test_render, test_read, test_slurp).
 */
#ifndef QUIRE_TESTUTIL_H
#define QUIRE_TESTUTIL_H

#include <stddef.h>

#include "tests.h"

/* The shared folder of the corpus and tools: $QUIRE_SHARED, else
 * ../shared. */
const char	*test_shared_dir(void);

/* The bytes of corpus page NAME (SHARED/corpus/html/NAME.html) in a
 * malloc'd string (the caller frees it) of *len bytes; NULL, with one
 * line "SUITE: NAME skipped: no PATH" said, when it is not there. */
char		*test_corpus_page(const char *suite, const char *name,
		    size_t *len);

/* Corpus page NAME read by the HTML reader (ck_assert on failure);
 * NULL, as test_corpus_page() says, when it is not there. */
struct qr_doc	*test_corpus_doc(const char *suite, const char *name);

/* "s" read by the text reader itself (no front door); ck_assert on
 * failure. */
struct qr_doc	*test_read_text(const char *s);

/* The k-th comment (0-based) in document order, replies included, or
 * NULL. */
struct qr_node	*test_nth_comment(const struct qr_doc *, size_t k);

/* The number of top-level comments. */
size_t		 test_top_level(const struct qr_doc *);

/* A comment's own text (its blocks, not its replies): each block's
 * plain text, the non-empty ones joined by a space; malloc'd. */
char		*test_comment_text(const struct qr_node *c);

/* ck_assert: "n" is there and qr_node_plain_text(n) is "want". */
void		 test_assert_plain(const struct qr_node *n, const char *want);

/* A malloc'd copy of s[0..n) of exactly n bytes (1 when n is 0), so
 * that ASan sees a read past the end. */
char		*test_dup_exact(const char *s, size_t n);

#endif
