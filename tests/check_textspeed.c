/*
 * check_textspeed.c -- the fast paths of the text reader and the JSON
 * writer against the slow ones they stand for:
 *  - a block of one text: the JSON writer writes its "text" (the plain
 *    text, white space collapsed) straight from the literal, eight bytes
 *    at a time; a block of two texts goes through qr_node_plain_text().
 *    Both must give the same "text", whatever the bytes.
 *  - qr_text_noise() is qr_text_attr() == TA_NOISE.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "text.h"

/* Pieces the random strings are made of: white space of every kind,
 * runs of spaces, escapes, controls, UTF-8 (the JS line separator too),
 * invalid and cut sequences, and words. */
static const char *const pieces[] = {
	" ", "  ", "\t", "\n", "\r", "\f", "\v", "a", "word", "longerword",
	"\"", "\\", "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe2\x80\x99",
	"\xe2\x80\xa8", "\xe2\x80\xa9", "\xff", "\xc3", "\xe2\x80", "/",
	"\xf0\x9f\x98\x80", "12345678", "        ", NULL
};

static uint32_t
rnd(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

/* The "text" value of the only paragraph of a JSON output. */
static char *
text_field(const char *json)
{
	const char	*p = strstr(json, "\"text\": \""), *e;
	char		*out;

	ck_assert_ptr_nonnull(p);
	p += 9;
	for (e = p; *e != '"'; e++)
		if (*e == '\\')
			e++;
	out = malloc((size_t)(e - p) + 1);
	ck_assert_ptr_nonnull(out);
	memcpy(out, p, (size_t)(e - p));
	out[e - p] = '\0';
	return out;
}

START_TEST(test_json_text_fast_path)
{
	uint32_t	seed = 7;
	int		round;
	size_t		npieces = 0;

	while (pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 3000; round++) {
		char		 s[400];
		size_t		 len = 0, cut;
		int		 k, count = (int)(rnd(&seed) % 40);
		struct qr_doc	*one = qr_doc_new(), *two = qr_doc_new();
		struct qr_node	*p;
		char		*a, *b, *ta, *tb;

		for (k = 0; k < count; k++) {
			const char *w = pieces[rnd(&seed) % npieces];

			memcpy(s + len, w, strlen(w));
			len += strlen(w);
		}
		if (len == 0)
			s[len++] = 'x';
		cut = rnd(&seed) % len;
		if (cut == 0)
			cut = 1;
		/* one text: the fast path */
		qr_add_text(one, qr_add_block(one, one->body, QR_PARA), s, len);
		/* the same text in two pieces: qr_node_plain_text() */
		p = qr_add_block(two, two->body, QR_PARA);
		qr_add_text(two, p, s, cut);
		qr_add_text(two, qr_add_block(two, p, QR_EMPH), s + cut,
		    len - cut);
		a = test_render(one, QR_OUT_JSON, NULL);
		b = test_render(two, QR_OUT_JSON, NULL);
		ta = text_field(a);
		tb = text_field(b);
		ck_assert_msg(strcmp(ta, tb) == 0,
		    "round %d: fast \"%s\", slow \"%s\"", round, ta, tb);
		free(ta);
		free(tb);
		free(a);
		free(b);
		qr_doc_free(one);
		qr_doc_free(two);
	}
}
END_TEST

START_TEST(test_noise_is_attr_noise)
{
	static const char *const lines[] = {
		"Reply", "reply", "REPLY", "Antworten", "Log in to Reply",
		"[avatar]", "[a] [b]", "#12", "12", "1234567", "Reply to Ann",
		"Reply to a very long name here", "Ann says:", "says:",
		"May 1, 2014 at 12:40 pm", "Like", "like this", "Likes",
		"   ", "_ [x] _", "Löschen", "löschen", "Quote", "quoted",
		"Some text of a comment, long enough to be nothing at all.",
		"", "r", "↑", NULL
	};
	size_t k;

	for (k = 0; lines[k] != NULL; k++) {
		struct tattr a;

		ck_assert_msg(qr_text_noise(lines[k], strlen(lines[k])) ==
		    (qr_text_attr(lines[k], strlen(lines[k]), NULL, &a) ==
		    TA_NOISE), "line \"%s\"", lines[k]);
	}
}
END_TEST

Suite *
suite_textspeed(void)
{
	Suite	*s = suite_create("textspeed");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_json_text_fast_path);
	tcase_add_test(tc, test_noise_is_attr_noise);
	suite_add_tcase(s, tc);
	return s;
}
