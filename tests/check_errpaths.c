/*
 * check_errpaths.c -- error paths found by trying quire on bad input
 * and full disks (tests/badinput.sh has the command-line cases): a
 * failed write reports the system's reason in every output format (the
 * Markdown writer's used to come out as "Input/output error"), and a
 * UTF-8 page cut off inside its last character is read as UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "tests.h"

/* Every format, written to /dev/full: the reason is ENOSPC's. */
START_TEST(test_full_disk_reason)
{
	static const enum qr_output fmts[] = { QR_OUT_MARKDOWN, QR_OUT_XHTML,
	    QR_OUT_TEXT, QR_OUT_JSON };
	struct qr_doc	*doc;
	struct qr_error	 err;
	struct qr_buf	 b = { 0 };
	size_t		 i;
	FILE		*f;

	if (access("/dev/full", W_OK) != 0) {
		puts("errpaths: skipped: no writable /dev/full");
		return;
	}
	qr_buf_puts(&b, "<html><head><title>Full</title></head><body>"
	    "<article><h1>Full</h1>");
	for (i = 0; i < 3000; i++)	/* more than stdio buffers */
		qr_buf_puts(&b, "<p>A paragraph long enough to fill buffers."
		    "</p>");
	qr_buf_puts(&b, "</article></body></html>");
	qr_buf_cstr(&b);
	doc = test_read(b.data, QR_IN_HTML);
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		f = fopen("/dev/full", "w");
		ck_assert_ptr_nonnull(f);
		memset(&err, 0, sizeof(err));
		ck_assert_int_eq(qr_write(doc, fmts[i], f, NULL, &err),
		    QR_ERR_IO);
		ck_assert_msg(strcmp(err.msg, "cannot write output: No space "
		    "left on device") == 0, "format %zu: '%s'", i, err.msg);
		fclose(f);
	}
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

/* A page with UTF-8 text and no charset, cut inside its last
 * character: the text reads as UTF-8 (not Windows-1252), the cut bytes
 * are dropped. */
START_TEST(test_cut_utf8_page)
{
	static const char page[] = "<html><head><title>Caf\xc3\xa9</title>"
	    "</head><body><article><h1>Caf\xc3\xa9</h1><p>Na\xc3\xafve "
	    "\xe6\x97\xa5\xe6\x9c\xac words.</p><p>Cut \xe6\x97";
	struct qr_doc	*doc = test_read(page, QR_IN_HTML);
	char		*s = test_render(doc, QR_OUT_TEXT, NULL);

	ck_assert_str_eq(doc->title, "Caf\xc3\xa9");
	ck_assert_msg(strstr(s, "Na\xc3\xafve \xe6\x97\xa5\xe6\x9c\xac "
	    "words.") != NULL, "%s", s);
	ck_assert_msg(strstr(s, "\nCut\n") != NULL, "%s", s);
	free(s);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_errpaths(void)
{
	Suite	*s = suite_create("errpaths");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_full_disk_reason);
	tcase_add_test(tc, test_cut_utf8_page);
	suite_add_tcase(s, tc);
	return s;
}
