/*
 * tests.h -- shared by the Check suites in tests/check_*.c.
 * Each suite file defines "Suite *suite_NAME(void)" at the start of a
 * line; the Makefile finds them and check_main.c runs them all.
 */
#ifndef QUIRE_TESTS_H
#define QUIRE_TESTS_H

#include <check.h>

#include "quire.h"

#define X(name) Suite *name(void);
#include "suites.inc"
#undef X

/* Write "doc" in format "fmt" into a malloc'd string (caller frees). */
char	*test_render(const struct qr_doc *, enum qr_output,
	    const struct qr_options *);
/* Read "s" with reader "in" (QR_IN_AUTO sniffs); ck_assert on failure. */
struct qr_doc *test_read(const char *s, enum qr_input in);
/* Read a whole file into a malloc'd string; NULL if it is missing. */
char	*test_slurp(const char *path, size_t *len);

#endif
