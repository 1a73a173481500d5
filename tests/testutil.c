/*
 * testutil.c -- helpers shared by the Check suites (testutil.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "internal.h"

const char *
test_shared_dir(void)
{
	const char *s = getenv("QUIRE_SHARED");

	return s != NULL && *s != '\0' ? s : "../shared";
}

char *
test_corpus_page(const char *suite, const char *name, size_t *len)
{
	char	 path[1024], *buf;

	snprintf(path, sizeof(path), "%s/corpus/html/%s.html",
	    test_shared_dir(), name);
	if ((buf = test_slurp(path, len)) == NULL)
		printf("%s: %s skipped: no %s\n", suite, name, path);
	return buf;
}

struct qr_doc *
test_corpus_doc(const char *suite, const char *name)
{
	char		*buf;
	size_t		 len;
	struct qr_doc	*doc;
	struct qr_error	 err;

	if ((buf = test_corpus_page(suite, name, &len)) == NULL)
		return NULL;
	doc = qr_read(buf, len, QR_IN_HTML, NULL, &err);
	ck_assert_msg(doc != NULL, "%s: %s", name, err.msg);
	free(buf);
	return doc;
}

struct qr_doc *
test_read_text(const char *s)
{
	struct qr_error	 err = { QR_OK, 0, "" };
	struct qr_doc	*doc = qr_read_text(s, strlen(s), NULL, &err);

	ck_assert_msg(doc != NULL, "read failed: %s", err.msg);
	return doc;
}

struct qr_node *
test_nth_comment(const struct qr_doc *doc, size_t k)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;

	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev != QR_ENTER)
			continue;
		if (n->kind == QR_COMMENT) {
			if (k-- == 0)
				return n;
		} else if (n->kind != QR_THREAD)
			qr_walk_skip(&w);	/* a comment's blocks */
	}
	return NULL;
}

size_t
test_top_level(const struct qr_doc *doc)
{
	size_t		 c = 0;
	struct qr_node	*n;

	for (n = doc->thread->first; n != NULL; n = n->next)
		c++;
	return c;
}

char *
test_comment_text(const struct qr_node *c)
{
	struct qr_buf	 b = { 0 };
	struct qr_node	*n;

	for (n = c->first; n != NULL && n->kind != QR_COMMENT; n = n->next) {
		char *t = qr_node_plain_text(n);

		if (b.len > 0 && *t != '\0')
			qr_buf_putc(&b, ' ');
		qr_buf_puts(&b, t);
		free(t);
	}
	qr_buf_putc(&b, '\0');
	return b.data;
}

void
test_assert_plain(const struct qr_node *n, const char *want)
{
	char *s;

	ck_assert_ptr_nonnull(n);
	s = qr_node_plain_text(n);
	ck_assert_str_eq(s, want);
	free(s);
}

char *
test_dup_exact(const char *s, size_t n)
{
	char *p = malloc(n > 0 ? n : 1);

	ck_assert_ptr_nonnull(p);
	memcpy(p, s, n);
	return p;
}
