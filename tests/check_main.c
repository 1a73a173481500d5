/*
 * check_main.c -- the Check runner: every suite in tests/, one summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"

char *
test_render(const struct qr_doc *doc, enum qr_output fmt,
    const struct qr_options *opt)
{
	struct qr_error	 err;
	char		*s = NULL;
	size_t		 len = 0;
	FILE		*f = open_memstream(&s, &len);

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(qr_write(doc, fmt, f, opt, &err), QR_OK);
	fclose(f);
	return s;
}

struct qr_doc *
test_read(const char *s, enum qr_input in)
{
	struct qr_error	 err = { QR_OK, 0, "" };
	struct qr_doc	*doc = qr_read(s, strlen(s), in, NULL, &err);

	ck_assert_msg(doc != NULL, "read failed: %s", err.msg);
	return doc;
}

char *
test_slurp(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*s;
	long	 n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	if (len != NULL)
		*len = (size_t)n;
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(NULL);
	int	 failed;

#define X(name) srunner_add_suite(sr, name());
#include "suites.inc"
#undef X
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
