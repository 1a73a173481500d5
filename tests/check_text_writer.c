/*
 * check_text_writer.c -- the plain-text writer (doc/text-format.md):
 * exact layouts, widths 20/40/72/0, scripts (CJK, Japanese kinsoku,
 * Arabic, emoji, NFD, NBSP, soft hyphens, long URLs), the reply cap and
 * a 100,000-deep chain.  The models are in text_models.c.
 */
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <stdint.h>
#include <unilbrk.h>
#include <uniwidth.h>

#include "tests.h"
#include "text_models.c"
#include "write_text.h"

static char *
render_w(const struct qr_doc *doc, int width)
{
	struct qr_options opt;

	qr_options_init(&opt);
	opt.width = width;
	return test_render(doc, QR_OUT_TEXT, &opt);
}

static int
strwidth(const char *s, size_t n)
{
	char	*c = strndup(s, n);
	int	 w = u8_strwidth((const uint8_t *)c, "UTF-8");

	free(c);
	return w;
}

/* The line prefix: leading spaces, quote marks, list and comment
 * markers. */
static size_t
prefix_len(const char *l, size_t n)
{
	size_t i = 0, j;

	for (;;) {
		while (i < n && l[i] == ' ')
			i++;
		if (i < n && l[i] == '>') {
			while (i < n && l[i] == '>')
				i++;
			continue;
		}
		if (i + 1 < n && l[i] == '-' && l[i + 1] == ' ') {
			i += 2;
			continue;
		}
		if (i + 3 < n && strncmp(l + i, "\xe2\x80\xa2 ", 4) == 0) {
			i += 4;
			continue;
		}
		for (j = i; j < n && l[j] >= '0' && l[j] <= '9'; j++)
			continue;
		if (j > i && j + 1 < n && (l[j] == '.' || l[j] == ')') &&
		    l[j + 1] == ' ') {
			i = j + 2;
			continue;
		}
		return i;
	}
}

/* T1 on a whole output, and T2 with the exemptions of the spec: code
 * lines (given as "code", may be NULL) and lines of one token. */
static void
check_lines(const char *s, int width, const char *const *code)
{
	const char	*l = s, *e;
	size_t		 n = strlen(s);

	ck_assert_msg(n > 0 && s[n - 1] == '\n', "no final newline");
	ck_assert_msg(strchr(s, '\t') == NULL, "a tab");
	ck_assert_msg(strchr(s, '\r') == NULL, "a CR");
	ck_assert_msg(strstr(s, "\xc2\xad") == NULL, "a soft hyphen");
	for (; *l != '\0'; l = e + 1) {
		size_t	len, p;
		int	w, k, exempt = 0;

		e = strchr(l, '\n');
		len = (size_t)(e - l);
		ck_assert_msg(len == 0 || l[len - 1] != ' ',
		    "trailing space: '%.*s'", (int)len, l);
		if (width == 0)
			continue;
		w = strwidth(l, len);
		if (w <= width)
			continue;
		p = prefix_len(l, len);
		if (memchr(l + p, ' ', len - p) == NULL)
			exempt = 1;	/* one token */
		for (k = 0; code != NULL && code[k] != NULL && !exempt; k++)
			if (len >= strlen(code[k]) && strcmp(code[k],
			    strndupa(l + len - strlen(code[k]),
			    strlen(code[k]))) == 0)
				exempt = 1;
		ck_assert_msg(exempt, "width %d > %d: '%.*s'", w, width,
		    (int)len, l);
	}
}

static int
has_line(const char *s, const char *line)
{
	size_t		 n = strlen(line);
	const char	*p;

	for (p = s; (p = strstr(p, line)) != NULL; p++)
		if ((p == s || p[-1] == '\n') && p[n] == '\n')
			return 1;
	return 0;
}

START_TEST(test_lemon_72)
{
	struct qr_doc	*doc = tm_lemon();
	char		*s = render_w(doc, 72);

	ck_assert_str_eq(s,
	    "Winter care for lemon trees\n"
	    "===========================\n"
	    "Margaret Oduya \xc2\xb7 2024-11-03T08:15:00+00:00\n"
	    "https://gardener.example.org/2024/11/lemon-trees-winter/\n"
	    "\n"
	    "A lemon tree in a pot will live for decades if you bring it "
	    "through the\n"
	    "first three winters.\n"
	    "\n"
	    "                                 * * *\n"
	    "\n"
	    "Keep it cool, bright and barely watered.\n"
	    "\n"
	    "Comments\n"
	    "--------\n"
	    "\n"
	    " 1. Tom Becker \xc2\xb7 2024-11-03T10:02:11+00:00\n"
	    "    Mine dropped half its leaves last December. Was that the "
	    "radiator?\n"
	    "\n"
	    "    \xe2\x80\xa2 Margaret Oduya \xc2\xb7 2024-11-03T11:40:00+00:00\n"
	    "      > Was that the radiator?\n"
	    "\n"
	    "      Very likely. Dry heat from below makes the roots work "
	    "harder than\n"
	    "      the leaves can keep up with.\n"
	    "\n"
	    "        \xe2\x80\xa2 Tom Becker \xc2\xb7 2024-11-04T07:15:42+00:00\n"
	    "          Done \xe2\x80\x93 new leaves already. Thank you!\n"
	    "\n"
	    " 2. Aiko \xc2\xb7 2024-11-05T19:30:00+00:00\n"
	    "    Does the same go for a Meyer lemon?\n");
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_blocks_40)
{
	struct qr_doc	*doc = tm_blocks();
	char		*s = render_w(doc, 40);

	ck_assert_str_eq(s,
	    "Blocks of every kind, with a title long\n"
	    "enough to wrap at narrow widths\n"
	    "=======================================\n"
	    "· 2017-02-15\n"
	    "\n"
	    "A heading\n"
	    "---------\n"
	    "\n"
	    "Some emphasised words and a link, then a\n"
	    "line break\n"
	    "and inline code() with an image in it.\n"
	    "\n"
	    "- First item, long enough that it has to\n"
	    "  wrap onto a second line at width\n"
	    "  forty.\n"
	    "\n"
	    "- Second item\n"
	    "\n"
	    "  9) nine\n"
	    "  10) ten, which wraps under its own\n"
	    "      text when the width is small\n"
	    "\n"
	    "- > an item that starts with a quote\n"
	    "\n"
	    "    int     main(void)\n"
	    "    {\n"
	    "\n"
	    "            return 0; /* a code line that is much wider than any width the tests use, never wrapped */\n"
	    "    }\n"
	    "\n"
	    "[image: A lemon tree in winter]\n"
	    "\n"
	    "                 * * *\n"
	    "\n"
	    "> A quotation in the post, long enough\n"
	    "> to wrap across lines at the narrow\n"
	    "> widths.\n"
	    ">\n"
	    ">> And a quotation inside it, which must\n"
	    ">> carry the double prefix on every\n"
	    ">> line.\n"
	    ">\n"
	    "> Back at one level.\n"
	    "\n"
	    "Comments\n"
	    "--------\n"
	    "\n"
	    " 1. Ann\n"
	    "    > First quoted paragraph, with\n"
	    "    > enough words to wrap at every\n"
	    "    > width but the widest.\n"
	    "    >\n"
	    "    > Second quoted paragraph.\n"
	    "    >\n"
	    "    >> Nested quotation inside the\n"
	    "    >> comment's quote, also long enough\n"
	    "    >> to wrap.\n"
	    "\n"
	    "    My own words after the quote.\n"
	    "\n"
	    "    1) a list in a comment\n"
	    "\n"
	    "       with two paragraphs in its first\n"
	    "       item\n"
	    "\n"
	    "    2)     x = 1\n"
	    "\n"
	    "                   * * *\n"
	    "\n"
	    "        $ make check\n"
	    "\n"
	    "    • · 2017-02-16\n"
	    "      A heading in a reply\n"
	    "      --------------------\n"
	    "\n"
	    "      A reply by nobody in particular.\n"
	    "\n"
	    " 2.\n"
	    "\n"
	    " 3. Bo\n"
	    "    Numbered 3: a comment after an empty\n"
	    "    one.\n"
	    "\n"
	    "Comments are closed.\n"
	    );
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* T1/T2 for every model at the four widths. */
START_TEST(test_widths)
{
	static const char *const code[] = {
		"    \treturn 0; /* a code line that is much wider than any "
		"width the tests use, never wrapped */",
		"        return 0; /* a code line that is much wider than any "
		"width the tests use, never wrapped */",
		"    int     main(void)", NULL
	};
	static const int widths[] = { 20, 40, 72, 0, 1, 7, 33, 120 };
	size_t	i;

	for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		struct qr_doc	*doc = text_models[_i].make();
		char		*s = render_w(doc, widths[i]);

		/* below 20, fixed lines ("Comments are closed.") overflow */
		check_lines(s, widths[i] < 20 ? 0 : widths[i], code);
		free(s);
		qr_doc_free(doc);
	}
}
END_TEST

START_TEST(test_width0)
{
	struct qr_doc	*doc = tm_lemon();
	char		*s = render_w(doc, 0);

	ck_assert(has_line(s, "A lemon tree in a pot will live for decades "
	    "if you bring it through the first three winters."));
	ck_assert(has_line(s, "* * *"));
	ck_assert(has_line(s, "      Very likely. Dry heat from below makes "
	    "the roots work harder than the leaves can keep up with."));
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* Japanese: 。、」 never start a line; CJK breaks between ideographs. */
START_TEST(test_kinsoku)
{
	struct qr_doc	*doc = tm_scripts();
	int		 w;

	for (w = 8; w <= 44; w++) {
		char		*s = render_w(doc, w);
		const char	*l;

		for (l = s; *l != '\0'; l = strchr(l, '\n') + 1) {
			size_t		 len = (size_t)(strchr(l, '\n') - l);
			const char	*t = l + prefix_len(l, len);

			ck_assert_msg(strncmp(t, "\xe3\x80\x82", 3) != 0 &&
			    strncmp(t, "\xe3\x80\x8d", 3) != 0 &&
			    strncmp(t, "\xe3\x80\x81", 3) != 0 &&
			    strncmp(t, "\xef\xbc\x8c", 3) != 0,
			    "width %d: line starts with closing punctuation: "
			    "'%.*s'", w, (int)len, l);
		}
		free(s);
	}
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_scripts_20)
{
	struct qr_doc	*doc = tm_scripts();
	char		*s = render_w(doc, 20);

	/* Chinese: 10 ideographs = 20 columns, broken between them */
	ck_assert(has_line(s, "\xe8\xbf\x99\xe6\x98\xaf\xe4\xb8\x80\xe4\xb8"
	    "\xaa\xe6\xb5\x8b\xe8\xaf\x95\xe5\x8f\xa5\xe5\xad\x90\xef\xbc\x8c"
	    "\xe7\x94\xa8"));
	/* Japanese: 「はい、わかりました」 keeps 」 off the line start */
	ck_assert(has_line(s, "\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x97\xe3\x81"
	    "\x9f\xe3\x80\x8d\xe3\x81\xa8\xe8\xa8\x80\xe3\x81\x84\xe3\x81\xbe"
	    "\xe3\x81\x97"));
	/* NFD: combining marks take no column (20 columns, 23 chars) */
	ck_assert(has_line(s, "combining marks take"));
	ck_assert(has_line(s, "Cafe\xcc\x81 cre\xcc\x80" "me bru\xcc\x82"
	    "le\xcc\x81" "e,"));
	/* emoji: the ZWJ family is 6 columns, one unit */
	ck_assert(has_line(s, "Family \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f"
	    "\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 and"));
	/* NBSP joins; soft hyphens break with '-' and vanish elsewhere */
	ck_assert(has_line(s, "Prices: 10\xc2\xa0" "000\xc2\xa0" "EUR,"));
	ck_assert(has_line(s, "page\xc2\xa0" "12, Mr\xc2\xa0Smith."));
	ck_assert(has_line(s, "Incomprehensibili-"));
	ck_assert(has_line(s, "ties and Donaudampf-"));
	ck_assert(has_line(s, "schifffahrtsgesell-"));
	ck_assert(has_line(s, "schaft, self-"));
	ck_assert(has_line(s, "contained."));
	/* URLs are one token */
	ck_assert(has_line(s, "https://example.org/a/very/long/path/that/"
	    "never/breaks?query=1&more=2"));
	ck_assert(has_line(s, "www.example.com/another/long/address/here."));
	/* Arabic: words whole, in logical order */
	ck_assert(has_line(s, "\xd9\x86\xd8\xb5 \xd8\xb9\xd8\xb1\xd8\xa8"
	    "\xd9\x8a \xd9\x84\xd8\xa7\xd8\xae\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xb1"));
	/* a quote in Japanese keeps its prefix on every wrapped line */
	ck_assert(has_line(s, "    > \xe3\x81\x99\xe3\x80\x82\xe6\x8a\x98"
	    "\xe3\x82\x8a\xe8\xbf\x94\xe3\x81\x97\xe3\x81\xa6"));
	free(s);
	s = render_w(doc, 0);
	ck_assert(strstr(s, "Incomprehensibilities and "
	    "Donaudampfschifffahrtsgesellschaft, self-contained.") != NULL);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* A wrapped line never starts with what the reader takes for
 * structure (quote, bullet, numbered marker). */
START_TEST(test_no_structural_starts)
{
	struct qr_doc	*doc = tm_scripts();
	int		 w;

	for (w = 6; w <= 50; w++) {
		char		*s = render_w(doc, w);
		const char	*p = strstr(s, "\nItems");
		const char	*l;

		ck_assert_ptr_nonnull(p);
		for (l = strchr(p + 1, '\n') + 1; *l != '\n';
		    l = strchr(l, '\n') + 1)
			ck_assert_msg(strncmp(l, "- ", 2) != 0 &&
			    l[0] != '>' && strncmp(l, "* ", 2) != 0 &&
			    strncmp(l, "1. ", 3) != 0 &&
			    strncmp(l, "2) ", 3) != 0 &&
			    strncmp(l, "\xe2\x80\xa2 ", 4) != 0,
			    "width %d: '%.*s'", w,
			    (int)(strchr(l, '\n') - l), l);
		free(s);
	}
	qr_doc_free(doc);
}
END_TEST

/* Headers wrap at spaces with continuation lines at text column + 2. */
START_TEST(test_header_wrap)
{
	struct qr_doc	*doc = tm_scripts();
	char		*s = render_w(doc, 20);

	ck_assert_msg(strstr(s,
	    " 1. \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e \xc2\xb7\n"
	    "      2024-01-02T03:04:05+09:00\n"
	    "    > \xe3\x81\x93") != NULL, "%s", s);
	ck_assert(strstr(s,
	    "    \xe2\x80\xa2 Jos\xc3\xa9 Mar\xc3\xad" "a de\n"
	    "        la\n"
	    "        Cruz-Fern\xc3\xa1ndez\n"
	    "        y Montenegro\n"
	    "        \xc2\xb7 2024-01-03\n"
	    "      A long author\n") != NULL);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* The cap: W = 72 indents 8 levels; deeper replies name their parent,
 * or its number when the name would point elsewhere. */
START_TEST(test_cap)
{
	struct qr_doc	*doc = tm_chain(16);
	char		*s = render_w(doc, 72), *t;
	const char	*pad = "                            ";	/* 28 */
	char		 want[256];

	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 Dan", pad);
	ck_assert(has_line(s, want));		/* depth 8, no arrow */
	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 Eve \xc2\xb7 "
	    "\xe2\x86\xb3 in reply to Dan", pad);
	ck_assert(has_line(s, want));		/* depth 9 */
	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 \xe2\x86\xb3 in reply "
	    "to Dan", pad);
	ck_assert(has_line(s, want));		/* 14: anonymous */
	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 Ann \xc2\xb7 "
	    "\xe2\x86\xb3 in reply to #14", pad);
	ck_assert(has_line(s, want));		/* 15: parent anonymous */
	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 Fay \xc2\xb7 "
	    "\xe2\x86\xb3 in reply to #10", pad);
	ck_assert(has_line(s, want));		/* Ann wrote 10 and 15 */
	ck_assert(has_line(s, "    \xe2\x80\xa2 Bob"));
	ck_assert(has_line(s, " 2. Zed"));
	/* W = 40: only one level of indentation */
	t = render_w(doc, 40);
	ck_assert(has_line(t, "    \xe2\x80\xa2 Cat"));
	ck_assert(has_line(t, "    \xe2\x80\xa2 Dan \xc2\xb7 \xe2\x86\xb3 in "
	    "reply to Cat"));
	free(t);
	/* W = 0 counts as 72 for the cap */
	t = render_w(doc, 0);
	snprintf(want, sizeof(want), "%s\xe2\x80\xa2 Eve \xc2\xb7 "
	    "\xe2\x86\xb3 in reply to Dan", pad);
	ck_assert(has_line(t, want));
	free(t);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* Numbers past 99 widen the text column; "#5" as a name and " · " in
 * a name are written as they are. */
START_TEST(test_bare)
{
	struct qr_doc	*doc = tm_bare();
	char		*s = render_w(doc, 72);

	ck_assert(strncmp(s, "===\n\nComments\n--------\n\n 1. #5\n"
	    "    Comment 1.\n", 35) == 0);
	ck_assert(strstr(s, "\n99. #5\n    Comment 99.\n\n100. A \xc2\xb7 B\n"
	    "     Comment 100.\n") != NULL);
	ck_assert(strstr(s, "\n    \xe2\x80\xa2 Reply\n      A reply to "
	    "comment 101.\n") != NULL);
	free(s);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_empty_and_options)
{
	struct qr_doc		*doc = qr_doc_new();
	struct qr_options	 opt;
	char			*s = render_w(doc, 72);

	ck_assert_str_eq(s, "===\n");
	free(s);
	doc->comments_closed = 1;
	s = render_w(doc, 72);
	ck_assert_str_eq(s, "===\n\nComments\n--------\n\n"
	    "Comments are closed.\n");
	free(s);
	qr_doc_free(doc);
	doc = tm_lemon();
	qr_options_init(&opt);
	opt.no_comments = 1;
	s = test_render(doc, QR_OUT_TEXT, &opt);
	ck_assert(strstr(s, "Comments") == NULL);
	ck_assert(strstr(s, "Keep it cool") != NULL);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* 100,000 replies, each inside the last: no recursion, the cap keeps
 * every line short, every comment is written. */
START_TEST(test_deep_chain)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread;
	char		*s, *l;
	unsigned	 i, markers = 0, arrows = 0;
	size_t		 widest = 0;

	for (i = 0; i < 100000; i++) {
		c = qr_open_comment(doc, c);
		ck_assert_ptr_nonnull(c);
		c->as.comment.author = qr_doc_strdup(doc,
		    i % 2 ? "Ann" : "Bob");
		qr_add_text(doc, qr_add_block(doc, c, QR_PARA), "Yes.", 4);
	}
	s = render_w(doc, 72);
	for (l = s; *l != '\0'; l = strchr(l, '\n') + 1) {
		size_t len = (size_t)(strchr(l, '\n') - l);

		if (len > widest)
			widest = len;
		if (strncmp(l, "                            \xe2\x80\xa2 ",
		    32) == 0) {
			markers++;
			if (memmem(l, len, "\xe2\x86\xb3 in reply to ",
			    16) != NULL)
				arrows++;
		}
	}
	ck_assert_uint_eq(markers, 100000 - 7);	/* depths 8 .. 100,000 */
	ck_assert_uint_eq(arrows, 100000 - 8);
	ck_assert_uint_le(widest, 72);
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* Blocks that start like structure are escaped with a backslash; line
 * breaks before structure or where the reader would join without a
 * space become spaces; breaks are only where the join rule holds. */
START_TEST(test_escape_and_joins)
{
	static const char *const starts[] = {
		"> not a quote", "\xe2\x80\xa2 #1", "12. April", "3) three",
		"- dash", "* * *", "\\back", "[image: x]", NULL
	};
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *c;
	char		*s, want[64];
	size_t		 i;

	doc->title = qr_doc_strdup(doc, "\xc2\xbb");
	for (i = 0; starts[i] != NULL; i++)
		tm_para(doc, doc->body, starts[i]);
	tm_para(doc, doc->body, "1.) fine, no escape");
	p = tm_para(doc, doc->body, "Hello");
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "8. April 2019", 13);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "kept break", 10);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "Kinder-", 7);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_text(doc, p, "und Jugendbuch", 14);
	tm_para(doc, doc->body, "Kinder- und Jugendbuch and/or "
	    "\xe4\xb8\xad\xe6\x96\x87 text");
	c = tm_comment(doc, doc->thread, "Ann", NULL);
	tm_para(doc, c, "\xe2\x80\xa2 #1");
	s = render_w(doc, 72);
	ck_assert(strncmp(s, "\xc2\xbb\n===\n\n", 7) == 0);
	for (i = 0; starts[i] != NULL; i++) {
		snprintf(want, sizeof(want), "\\%s", starts[i]);
		ck_assert_msg(has_line(s, want), "no line '%s'", want);
	}
	ck_assert(has_line(s, "1.) fine, no escape"));
	ck_assert(has_line(s, "Hello 8. April 2019"));
	ck_assert(has_line(s, "kept break"));
	ck_assert(has_line(s, "Kinder- und Jugendbuch"));
	ck_assert(has_line(s, "    \\\xe2\x80\xa2 #1"));
	free(s);
	/* no break at the space after "Kinder-" nor at one next to 中 or
	 * after "and/" (the reader could not join them back); 中|文 breaks */
	s = render_w(doc, 8);
	ck_assert(!has_line(s, "Kinder-"));
	ck_assert(has_line(s, "Kinder- und"));
	ck_assert(has_line(s, "and/or \xe4\xb8\xad"));	/* not "and/" */
	ck_assert(has_line(s, "\xe6\x96\x87 text"));	/* 中|文 */
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ---- the break table against libunistring ------------------------- */

/* qr_text_fast_breaks() and u8_possible_linebreaks() agree on s[0..n),
 * or the fast path declines; the breaks asked one place at a time
 * (qr_text_lazy_breaks()) are the table's, and decline with it. */
static int
breaks_agree(const char *s, size_t n, int *taken)
{
	char	 fast[256], slow[256], lazy[256];
	int	 lz;

	if (n > sizeof(fast))
		return 1;
	lz = qr_text_lazy_breaks(s, n, lazy);
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", slow);
	if (!qr_text_fast_breaks(s, n, fast))
		return !lz;
	(*taken)++;
	return lz && memcmp(fast, slow, n) == 0 &&
	    memcmp(lazy, fast, n) == 0;
}

/* The characters the table knows, as UTF-8 in out[]; returns how many. */
static size_t
fast_chars(char out[][4])
{
	size_t	n = 0;
	int	cp;

	for (cp = 0x21; cp <= 0x7e; cp++, n++) {
		out[n][0] = (char)cp;
		out[n][1] = '\0';
	}
	for (cp = 0xa0; cp <= 0x17f; cp++, n++) {
		out[n][0] = (char)(0xc0 | cp >> 6);
		out[n][1] = (char)(0x80 | (cp & 0x3f));
		out[n][2] = '\0';
	}
	for (cp = 0x2010; cp <= 0x2027; cp++, n++) {
		out[n][0] = (char)0xe2;
		out[n][1] = (char)0x80;
		out[n][2] = (char)(0x80 | (cp & 0x3f));
		out[n][3] = '\0';
	}
	return n;
}

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

START_TEST(test_fast_breaks)
{
	static char	 ch[400][4];
	static const char *const spaces[] = { "", " ", "  " };
	static const char *const other[] = {
		"\xe4\xb8\xad", "\xcc\x81", "\xe2\x80\x8b", "\xe2\x80\x8d",
		"\xe2\x80\xa8", "\xd7\x90", "\xf0\x9f\x87\xa9", "\xc2\x85",
		"\xc3", "\xe2\x80", "\t", "\x7f", "\xe2\x80\xb0",
	};
	size_t		 n = fast_chars(ch), a, b, k, i, len;
	char		 s[300];
	uint32_t	 seed = 7;
	int		 taken = 0;

	ck_assert_uint_eq(n, 94 + 224 + 24);
	/* every pair, with and without spaces between, and a space first */
	for (a = 0; a < n; a++)
		for (b = 0; b < n; b++)
			for (k = 0; k < 3; k++) {
				len = (size_t)snprintf(s, sizeof(s), "%s%s%s%s",
				    a % 7 == 0 ? " " : "", ch[a], spaces[k],
				    ch[b]);
				ck_assert_msg(breaks_agree(s, len, &taken),
				    "pair '%s'", s);
			}
	ck_assert_int_eq(taken, (int)(n * n * 3));
	/* random strings of them and spaces, digits and punctuation
	 * often (numbers, prefixes, quotes are where the rules are) */
	for (i = 0; i < 200000; i++) {
		size_t m = 1 + lcg(&seed) % 40;

		len = 0;
		for (k = 0; k < m; k++) {
			uint32_t r = lcg(&seed) % 10;
			const char *c = r < 2 ? " " : r < 5 ?
			    ch[lcg(&seed) % 94] : ch[lcg(&seed) % n];

			len += (size_t)snprintf(s + len, sizeof(s) - len, "%s",
			    c);
		}
		ck_assert_msg(breaks_agree(s, len, &taken), "random '%s'", s);
	}
	/* anything else: the fast path declines */
	for (i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
		char p[64];

		len = (size_t)snprintf(s, sizeof(s), "ab %s cd", other[i]);
		ck_assert_msg(!qr_text_fast_breaks(s, len, p), "took '%s'",
		    other[i]);
		ck_assert_msg(!qr_text_lazy_breaks(s, len, p),
		    "lazy took '%s'", other[i]);
	}
}
END_TEST

/* Every line of the corpus's text dumps that the fast path takes. */
START_TEST(test_fast_breaks_corpus)
{
	const char	*sh = getenv("QUIRE_SHARED");
	char		 dir[4096], path[8192];
	DIR		*d;
	struct dirent	*e;
	int		 taken = 0, files = 0;

	snprintf(dir, sizeof(dir), "%s/corpus/text",
	    sh != NULL && *sh != '\0' ? sh : "../shared");
	if ((d = opendir(dir)) == NULL) {
		printf("text_writer: corpus break check skipped: no %s\n", dir);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		char	*buf, *line, *nl;
		size_t	 len;

		if (strstr(e->d_name, ".txt") == NULL)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if ((buf = test_slurp(path, &len)) == NULL)
			continue;
		files++;
		for (line = buf; *line != '\0'; line = nl + 1) {
			char	fast[4096], slow[4096];
			size_t	n;

			if ((nl = strchr(line, '\n')) == NULL)
				nl = line + strlen(line);
			n = (size_t)(nl - line);
			if (n > 0 && n <= sizeof(fast) &&
			    qr_text_fast_breaks(line, n, fast)) {
				u8_possible_linebreaks((const uint8_t *)line,
				    n, "UTF-8", slow);
				ck_assert_msg(memcmp(fast, slow, n) == 0,
				    "%s: '%.*s'", e->d_name, (int)n, line);
				taken++;
			}
			if (*nl == '\0')
				break;
		}
		free(buf);
	}
	closedir(d);
	ck_assert_int_gt(files, 0);
	ck_assert_int_gt(taken, 1000);
}
END_TEST

Suite *
suite_text_writer(void)
{
	Suite	*s = suite_create("text_writer");
	TCase	*tc = tcase_create("text_writer");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_lemon_72);
	tcase_add_test(tc, test_blocks_40);
	tcase_add_loop_test(tc, test_widths, 0, (int)TEXT_NMODELS);
	tcase_add_test(tc, test_width0);
	tcase_add_test(tc, test_kinsoku);
	tcase_add_test(tc, test_scripts_20);
	tcase_add_test(tc, test_no_structural_starts);
	tcase_add_test(tc, test_header_wrap);
	tcase_add_test(tc, test_cap);
	tcase_add_test(tc, test_bare);
	tcase_add_test(tc, test_empty_and_options);
	tcase_add_test(tc, test_deep_chain);
	tcase_add_test(tc, test_escape_and_joins);
	tcase_add_test(tc, test_fast_breaks);
	tcase_add_test(tc, test_fast_breaks_corpus);
	suite_add_tcase(s, tc);
	return s;
}
