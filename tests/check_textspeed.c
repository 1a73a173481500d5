/*
 * check_textspeed.c -- the fast paths of the text reader and the JSON
 * writer against the slow ones they stand for:
 *  - a block of one text: the JSON writer writes its "text" (the plain
 *    text, white space collapsed) straight from the literal, eight bytes
 *    at a time; a block of two texts goes through qr_node_plain_text().
 *    Both must give the same "text", whatever the bytes.
 *  - qr_text_noise() is qr_text_attr() == TA_NOISE.
 *  - the JSON writer's strings (runs copied in one piece, found eight
 *    bytes at a time) against a byte-by-byte escaper written here, and
 *    qr_buf_put_collapsed() (eight bytes at a time) against a
 *    byte-by-byte one;
 *  - qr_utf8_len23() (inline) against qr_utf8_decode(); internal.h's
 *    scanners (SSE2 and portable) never pass a byte they must stop at;
 *  - qr_text_attr() and qr_text_thread_end() (phrase tables skipped by
 *    length and first letter, says words looked for only before a
 *    colon or at the end) against their _slow() forms, which look
 *    everywhere; and the tables keep the bounds those shortcuts use;
 *  - qr_text_relative_date() (lines without a lead word and a tail word
 *    not read) against its _slow() form, and qr_text_noise() (lines that
 *    start like no noise not read) against qr_text_attr_slow().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tests.h"
#include "text.h"

/* Pieces the random strings are made of: white space of every kind,
 * runs of spaces, escapes, controls, UTF-8 (the JS line separator too),
 * invalid and cut sequences, and words. */
static const char *const pieces[] = {
	" ", "  ", "\t", "\n", "\r", "\f", "\v", "a", "word", "longerword",
	"\"", "\\", "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe2\x80\x99",
	"\xe2\x80\xa8", "\xe2\x80\xa9", "\xff", "\xc3", "\xe2\x80", "/",
	"\xf0\x9f\x98\x80", "12345678", "        ", "\b", NULL
};

static uint32_t
rnd(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static char	*field_after(const char *, const char *);

/* The "text" value of the only paragraph of a JSON output. */
static char *
text_field(const char *json)
{
	return field_after(json, "\"text\": \"");
}

/* A text node holding s[0..len) as it is, not by the model's rule
 * (quire.h): the writer's own escaping is what is tested. */
static void
raw_text(struct qr_doc *doc, struct qr_node *parent, const char *s,
    size_t len)
{
	struct qr_node	*t = qr_node_new(doc, QR_TEXT);
	char		*p = qr_doc_alloc(doc, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	t->as.literal = p;
	ck_assert_int_eq(qr_node_append(doc, parent, t), 1);
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
		raw_text(one, qr_add_block(one, one->body, QR_PARA), s, len);
		/* the same text in two pieces: qr_node_plain_text() */
		p = qr_add_block(two, two->body, QR_PARA);
		raw_text(two, p, s, cut);
		raw_text(two, qr_add_block(two, p, QR_EMPH), s + cut,
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
		"", "r", "↑", "am", "Am", "caret u", "caret up", "Caret up",
		"arrow", "arrow x", "angle up", "chevron up", "a", "c", NULL
	};
	size_t k;

	for (k = 0; lines[k] != NULL; k++) {
		struct tattr a;

		ck_assert_msg(qr_text_noise(lines[k], strlen(lines[k])) ==
		    (qr_text_attr(lines[k], strlen(lines[k]), NULL, &a) ==
		    TA_NOISE), "line \"%s\"", lines[k]);
	}
	/* an icon's label (8 bytes at least) is noise, a short word that
	 * starts as one ("am" of a time) is not */
	ck_assert(qr_text_noise("caret up", 8));
	ck_assert(qr_text_noise("Arrow down", 10));
	ck_assert(!qr_text_noise("am", 2));
	ck_assert(!qr_text_noise("caret", 5));
	/* long lines (qr_text_noise() skips most unread): noise or text
	 * between what attr() strips, and long runs of it */
	{
		static const char *const ends[] = { "", "[avatar] ",
		    "[an avatar's long alt text, long enough to count] ",
		    "[an avatar's very long alt text, long enough to make "
		    "a line of eighty bytes]",
		    "#12 ", "- ", "| ", "_", "__________________________"
		    "__________________________________________________",
		    "                                                  "
		    "                              ", NULL };
		static const char *const mids[] = { "Reply", "Antworten",
		    "12", "Some text of a comment, long enough to be nothing "
		    "at all, and then some more of it.", "", NULL };
		size_t	b, m, e;

		for (b = 0; ends[b] != NULL; b++)
			for (m = 0; mids[m] != NULL; m++)
				for (e = 0; ends[e] != NULL; e++) {
					char		l[400];
					struct tattr	a;
					int		want;

					snprintf(l, sizeof(l), "%s%s%s", ends[b],
					    mids[m], ends[e]);
					want = qr_text_attr_slow(l, strlen(l),
					    NULL, &a) == TA_NOISE;
					ck_assert_msg(qr_text_noise(l,
					    strlen(l)) == want, "line \"%s\"",
					    l);
				}
	}
}
END_TEST

/* ## References, byte by byte */

static const unsigned char ref_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
	['\v'] = 1,
};

/* qr_buf_put_collapsed() as it was first written: each byte looked at */
static void
ref_collapse(struct qr_buf *b, const char *s, size_t len, int *space)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (ref_ws[(unsigned char)s[i]]) {
			if (!*space)
				qr_buf_putc(b, ' ');
			*space = 1;
		} else {
			qr_buf_putc(b, s[i]);
			*space = 0;
		}
	}
	qr_buf_cstr(b);
}

/* A JSON string body as DESIGN.md says it: UTF-8 as it is, invalid
 * bytes as U+FFFD, the short escapes, other controls, DEL and the JS
 * line separators as \uXXXX. */
static void
ref_escape(struct qr_buf *b, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;
	unsigned long		 cp;

	while (i < len) {
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			qr_buf_puts(b, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if (cp == '"')
			qr_buf_puts(b, "\\\"");
		else if (cp == '\\')
			qr_buf_puts(b, "\\\\");
		else if (cp == '\n')
			qr_buf_puts(b, "\\n");
		else if (cp == '\r')
			qr_buf_puts(b, "\\r");
		else if (cp == '\t')
			qr_buf_puts(b, "\\t");
		else if (cp == '\b')
			qr_buf_puts(b, "\\b");
		else if (cp == '\f')
			qr_buf_puts(b, "\\f");
		else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 ||
		    cp == 0x2029)
			qr_buf_printf(b, "\\u%04lx", cp);
		else
			qr_buf_put(b, s + i, n);
		i += n;
	}
	qr_buf_cstr(b);
}

/* The JSON string body after "key" in json (from its first match). */
static char *
field_after(const char *json, const char *key)
{
	const char	*p = strstr(json, key), *e;
	char		*out;

	ck_assert_ptr_nonnull(p);
	p += strlen(key);
	for (e = p; *e != '"'; e++)
		if (*e == '\\')
			e++;
	out = malloc((size_t)(e - p) + 1);
	ck_assert_ptr_nonnull(out);
	memcpy(out, p, (size_t)(e - p));
	out[e - p] = '\0';
	return out;
}

/* A random string of "pieces" into s (at most 400 bytes); its length. */
static size_t
random_string(uint32_t *seed, const char *const *set, size_t nset,
    int maxcount, char *s)
{
	size_t	len = 0;
	int	k, count = (int)(rnd(seed) % (uint32_t)maxcount);

	for (k = 0; k < count; k++) {
		const char *w = set[rnd(seed) % nset];

		if (len + strlen(w) >= 400)
			break;
		memcpy(s + len, w, strlen(w));
		len += strlen(w);
	}
	s[len] = '\0';
	return len;
}

START_TEST(test_collapse_reference)
{
	uint32_t	seed = 11;
	size_t		npieces = 0;
	int		round;

	while (pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 3000; round++) {
		char		s[401];
		size_t		len = random_string(&seed, pieces, npieces, 40, s),
				cut = len > 0 ? rnd(&seed) % (len + 1) : 0;
		struct qr_buf	a = {0}, b = {0};
		int		sa = (int)(rnd(&seed) & 1), sb = sa;

		qr_buf_put_collapsed(&a, s, cut, &sa);
		qr_buf_put_collapsed(&a, s + cut, len - cut, &sa);
		ref_collapse(&b, s, cut, &sb);
		ref_collapse(&b, s + cut, len - cut, &sb);
		ck_assert_msg(a.len == b.len && (a.len == 0 ||
		    memcmp(a.data, b.data, a.len) == 0) && sa == sb,
		    "round %d: \"%s\"", round, s);
		qr_buf_free(&a);
		qr_buf_free(&b);
	}
}
END_TEST

START_TEST(test_json_escape_reference)
{
	uint32_t	seed = 5;
	size_t		npieces = 0;
	int		round;

	while (pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 3000; round++) {
		char		 s[401];
		size_t		 len = random_string(&seed, pieces, npieces, 40, s);
		struct qr_doc	*doc = qr_doc_new();
		struct qr_buf	 c = {0}, want = {0};
		char		*json, *text, *inl;
		int		 space = 1;

		if (len == 0)
			s[len++] = 'x', s[len] = '\0';
		raw_text(doc, qr_add_block(doc, doc->body, QR_PARA), s, len);
		json = test_render(doc, QR_OUT_JSON, NULL);
		/* the inline: the text as it is */
		inl = field_after(json, "\"inlines\": [{\"type\": \"text\", "
		    "\"text\": \"");
		ref_escape(&want, s, len);
		ck_assert_msg(strcmp(inl, want.data) == 0,
		    "round %d: inline \"%s\", want \"%s\"", round, inl,
		    want.data);
		/* the paragraph's text: white space collapsed, trimmed */
		text = field_after(json, "\"text\": \"");
		ref_collapse(&c, s, len, &space);
		while (c.len > 0 && c.data[c.len - 1] == ' ')
			c.len--;
		qr_buf_clear(&want);
		ref_escape(&want, c.data, c.len);
		ck_assert_msg(strcmp(text, want.len ? want.data : "") == 0,
		    "round %d: text \"%s\", want \"%s\"", round, text,
		    want.len ? want.data : "");
		free(inl);
		free(text);
		free(json);
		qr_buf_free(&c);
		qr_buf_free(&want);
		qr_doc_free(doc);
	}
}
END_TEST

/* Pieces of attribution lines, thread ends and text. */
static const char *const attr_pieces[] = {
	"Ann", "Sallie Goetsch", " ", "  ", ":", " says", " says:", "says",
	" said", " wrote", " sagt", " sagte", "sagt:", " a dit", " dit",
	" ha scritto", " kommentierte", " replied", " SAYS", "Says", " on ",
	"May 1, 2014", " at 12:40 pm", "2016/09/28 17:18", "10:28",
	"\xe6\x96\xbc", "[avatar]", "[", "]", "_", "#12 ", "Reply", "reply ",
	"Posted by", "|", "Leave a Reply", "Comments are closed",
	"\xc3\xa4hnliche beitr\xc3\xa4ge", "post navigation", "that", "x",
	"some text of a comment, a little longer than the others.", ".",
	"*", "#", "=", "12", "Juni 2015 um 10:23", "\xc2\xb7", " hat gesagt",
	"Report ", "Moderate ", "Abuse", "Like ", "Permalink", " 3 hours ago",
	"vor 2 Tagen", "ann 3d", "\xe2\x86\x91",
	".:", ".", "- ", "| ", "________", "[a long avatar alt text, forty "
	"bytes long]", NULL
};

START_TEST(test_attr_fast_is_slow)
{
	static const char *const refs[] = { NULL, "2014-05-01" };
	uint32_t	seed = 3;
	size_t		npieces = 0;
	int		round;

	ck_assert(qr_text_tables_fit());
	ck_assert(qr_dates_tables_fit());
	ck_assert(qr_text_lines_fit());
	while (attr_pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 6000; round++) {
		char			s[401];
		size_t			len = random_string(&seed, attr_pieces,
					    npieces, round % 3 ? 8 : 24, s);
		const char		*ref = refs[round & 1];
		struct tattr		a, b;
		enum tattr_kind		ka = qr_text_attr(s, len, ref, &a),
					kb = qr_text_attr_slow(s, len, ref, &b);

		ck_assert_msg(ka == kb && a.alen == b.alen &&
		    a.has_date == b.has_date &&
		    strcmp(a.date, b.date) == 0 &&
		    (a.author == NULL) == (b.author == NULL) &&
		    (a.author == NULL || a.author == b.author),
		    "round %d: \"%s\": kind %d/%d, alen %zu/%zu, date %s/%s",
		    round, s, ka, kb, a.alen, b.alen, a.date, b.date);
		ck_assert_msg(qr_text_thread_end(s, len) ==
		    qr_text_thread_end_slow(s, len), "round %d: \"%s\"",
		    round, s);
		/* qr_text_noise() skips long lines of text unread */
		ck_assert_msg(qr_text_noise(s, len) == (kb == TA_NOISE),
		    "round %d: noise \"%s\"", round, s);
	}
}
END_TEST

/* qr_text_attr()'s shortcut for a date line of the commonest form
 * ("May 2, 2014 at 9:04 pm", qr_date_month_day_year()) against the
 * rules it skips (qr_text_attr_slow()): every month name of the table
 * that the form takes (ASCII letters), in four cases, with days, years
 * and times valid and not; and every day, year and time with "May" and
 * "june". */
static void
mdy_case(const char *name, int how, char *out)
{
	size_t i;

	for (i = 0; name[i] != '\0'; i++) {
		char c = name[i];

		if (how == 1 || (how == 2 && i == 0) || (how == 3 && i % 2))
			c = (char)(c - 'a' + 'A');
		out[i] = c;
	}
	out[i] = '\0';
}

static int
mdy_check(const char *s, const char *ref)
{
	struct tattr	a, b;
	enum tattr_kind	ka = qr_text_attr(s, strlen(s), ref, &a),
			kb = qr_text_attr_slow(s, strlen(s), ref, &b);

	ck_assert_msg(ka == kb && a.alen == b.alen &&
	    a.has_date == b.has_date && strcmp(a.date, b.date) == 0 &&
	    (a.author == NULL) == (b.author == NULL),
	    "\"%s\" (ref %s): kind %d/%d, alen %zu/%zu, date %s/%s", s,
	    ref != NULL ? ref : "none", ka, kb, a.alen, b.alen, a.date,
	    b.date);
	return ka == TA_DATE && a.date[0] != '\0';
}

START_TEST(test_attr_month_day_year)
{
	static const char *const days[] = { "1", "01", "2", "9", "12", "13",
	    "28", "29", "30", "31", "0", "32", "001", NULL };
	static const char *const years[] = { "2014", "2016", "2000", "1900",
	    "2200", "1899", "2201", "0014", "201", NULL };
	static const char *const hours[] = { "", "0", "00", "1", "9", "09",
	    "11", "12", "13", "23", "24", "123", NULL };
	static const char *const mins[] = { "00", "04", "30", "59", "60",
	    "5", NULL };
	static const char *const ampm[] = { "", " am", " pm", " AM", " Pm",
	    " a.m.", NULL };
	static const char *const refs[] = { NULL, "2014-05-01" };
	const char	*name;
	char		 m[64], s[160];
	uint32_t	 seed = 11;
	size_t		 i, d, y, h, mi, ap;
	int		 how, dates = 0, k;

	for (i = 0; (name = qr_date_month_name(i)) != NULL; i++) {
		size_t n = strlen(name), j;

		for (j = 0; j < n && name[j] >= 'a' && name[j] <= 'z'; j++)
			continue;
		if (j < n)
			continue;	/* not of the form's letters */
		for (how = 0; how < 4; how++) {
			mdy_case(name, how, m);
			for (k = 0; k < 24; k++) {
				const char *hr = hours[rnd(&seed) % 12];

				if (hr[0] == '\0')
					snprintf(s, sizeof(s), "%s %s, %s", m,
					    days[rnd(&seed) % 13],
					    years[rnd(&seed) % 9]);
				else
					snprintf(s, sizeof(s),
					    "%s %s, %s at %s:%s%s", m,
					    days[rnd(&seed) % 13],
					    years[rnd(&seed) % 9], hr,
					    mins[rnd(&seed) % 6],
					    ampm[rnd(&seed) % 6]);
				dates += mdy_check(s, refs[k & 1]);
			}
		}
	}
	for (i = 0; i < 2; i++)
		for (d = 0; days[d] != NULL; d++)
			for (y = 0; years[y] != NULL; y++)
				for (h = 0; hours[h] != NULL; h++)
					for (mi = 0; mins[mi] != NULL; mi++)
						for (ap = 0; ampm[ap] != NULL;
						    ap++) {
		if (hours[h][0] == '\0' && (mi > 0 || ap > 0))
			continue;
		if (hours[h][0] == '\0')
			snprintf(s, sizeof(s), "%s %s, %s", i ? "june" : "May",
			    days[d], years[y]);
		else
			snprintf(s, sizeof(s), "%s %s, %s at %s:%s%s",
			    i ? "june" : "May", days[d], years[y], hours[h],
			    mins[mi], ampm[ap]);
		dates += mdy_check(s, refs[(d + h) & 1]);
	}
	/* (the shortcut was taken: most of these are dates) */
	ck_assert_int_gt(dates, 5000);
}
END_TEST

/* qr_text_attr()'s shortcut for "NAME says:" against the rules it
 * skips (qr_text_attr_slow()): names of pieces that the rules before
 * the says words read (numbers, avatars, buttons, icons, noise, dates,
 * says words, dots, colons), each before " says:". */
START_TEST(test_attr_says)
{
	static const char *const spieces[] = { "Ann", "Sallie Goetsch",
	    "Fran\xc3\xa7ois", " ", "  ", "Reply", "reply ", "Reply ",
	    "REPLY ", "Caret ", "chevron ", "down", "(BUTTON) ", "(sigh!)",
	    "[avatar]", "[", "]", "#12 ", "#", "12", "3. ", "From ", ".",
	    "...", "\xe2\x80\xa6", ":", " said", " says", "says", " sagt",
	    " hat", " ha", " a", " dit", "Sagt", "_", "Posted by ", "- ",
	    "| ", "Like ", "Permalink ", "Report ", "Abuse", "offline",
	    "Link to Source", "\xc2\xa0", "May 2, 2014", " at 9:04 pm",
	    "vor 2 Tagen", " 3 hours ago", "just now", "avatar", "points",
	    "Top", "^", "x", NULL };
	static const char *const refs[] = { NULL, "2014-05-01" };
	uint32_t	seed = 13;
	size_t		npieces = 0;
	int		round, fast = 0;

	while (spieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 40000; round++) {
		char		s[401];
		size_t		len = random_string(&seed, spieces, npieces,
				    round % 2 ? 3 : 6, s);
		const char	*ref = refs[round & 1];
		struct tattr	a, b;
		enum tattr_kind	ka, kb;

		if (len + 6 >= sizeof(s))
			continue;
		memcpy(s + len, " says:", 7);
		len += 6;
		ka = qr_text_attr(s, len, ref, &a);
		kb = qr_text_attr_slow(s, len, ref, &b);
		ck_assert_msg(ka == kb && a.alen == b.alen &&
		    a.has_date == b.has_date &&
		    strcmp(a.date, b.date) == 0 && a.author == b.author,
		    "round %d: \"%s\": kind %d/%d, alen %zu/%zu, date %s/%s",
		    round, s, ka, kb, a.alen, b.alen, a.date, b.date);
		fast += ka == TA_AUTHOR && a.author == s && a.alen == len - 6;
	}
	/* (the shortcut's lines were among them) */
	ck_assert_int_gt(fast, 10000);
}
END_TEST

/* Pieces of noise lines (buttons, labels, numbers, icons, avatars) and
 * of the text and marks around them. */
static const char *const noise_pieces[] = {
	"Reply", "reply ", "REPLY", "Antworten", "Report", "Moderate ",
	"Abuse", "Like", "Likes", "^", "\xe2\x86\x91", "(comment)",
	"(BUTTON) ", "(sigh!)", "(", ")", "Chevron", "chevron ", "down",
	"Caret ", "arrow ", "up", "#12", "#3.1", "12", "3", ". ", "From ",
	"Ann", " ", "  ", " ", " ", "[avatar]", "[", "]", "_", "- ", "| ",
	"points", " votes", "Text", "x", "/ responder",
	"\xe5\xbc\x95\xe7\x94\xa8", "\xe5\x9b\x9e\xe5\xa4\x8d",
	"L\xc3\xb6schen", "Quote", "Gef\xc3\xa4llt mir",
	"\xc2\xa0", "\xc3\xa9", ":", "[\xe2\x80\xa6]", "Permalink", "Top",
	"Edit", "e", "r", NULL
};

/* qr_text_noise() (lines that start with nothing noise can start with
 * not read) is qr_text_attr_slow() == TA_NOISE on every string. */
START_TEST(test_noise_fast_is_slow)
{
	uint32_t	seed = 7;
	size_t		npieces = 0;
	int		round, yes = 0;

	while (noise_pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 30000; round++) {
		char		s[401];
		size_t		len = random_string(&seed, noise_pieces,
				    npieces, round % 2 ? 4 : 7, s);
		struct tattr	a;
		int		slow = qr_text_attr_slow(s, len, NULL, &a) ==
				    TA_NOISE;

		ck_assert_msg(qr_text_noise(s, len) == slow,
		    "round %d: \"%s\": slow %d", round, s, slow);
		yes += slow;
	}
	ck_assert_int_gt(yes, 1000);
}
END_TEST

/* Pieces of relative dates and of text: words and the spaces after
 * them, so that counts, units and tails fall in line often. */
static const char *const age_pieces[] = {
	"3 ", "12 ", "3d", "mo", "a ", "an ", "A few ", "einem ", "about ",
	"Etwa ", "vor ", "VOR ", "il y a ", "hace ", "h\xc3\xa1 ", "hours ",
	"Stunden ", "day ", "jours ", "mins ", "ago", "AGO", "Ago.", "ago)",
	"fa", "geleden", "atr\xc3\xa1s", "atras", "(", " ", "just now",
	"gestern", "x ", "text ", NULL
};

/* qr_text_relative_date() (a line with no lead word must end with a
 * tail word) is its slow form on every string. */
START_TEST(test_relative_date_fast_is_slow)
{
	uint32_t	seed = 5;
	size_t		npieces = 0;
	int		round, yes = 0;

	while (age_pieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 20000; round++) {
		char	s[401];
		size_t	len = random_string(&seed, age_pieces, npieces,
			    round % 2 ? 6 : 9, s);
		int	slow = qr_text_relative_date_slow(s, len);

		ck_assert_msg(qr_text_relative_date(s, len) == slow,
		    "round %d: \"%s\": slow %d", round, s, slow);
		yes += slow;
	}
	/* the strings reach the dates, not only the rest */
	ck_assert_int_gt(yes, 200);
}
END_TEST

/* qr_text_width() (printable ASCII counted a column a byte) is
 * u8_width()'s answer on every string: wide CJK, combining marks,
 * controls, invalid and cut sequences, after ASCII and before it. */
START_TEST(test_text_width_fast_is_slow)
{
	static const char *const wpieces[] = { "a", "word ", " ", "\t",
	    "\x01", "\x7f", "\xc3\xa9", "e\xcc\x81", "\xe4\xb8\xad",
	    "\xe2\x80\xa2", "\xef\xbc\xa1", "\xff", "\xc3", "\xe2\x80",
	    "\xf0\x9f\x98\x80", "\xe3\x80\x80", "12.", NULL };
	uint32_t	seed = 11;
	size_t		npieces = 0;
	int		round;

	while (wpieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 20000; round++) {
		char	s[401];
		size_t	len = random_string(&seed, wpieces, npieces, 12, s);
		int	fast = qr_text_width(s, len),
			slow = qr_text_width_slow(s, len);

		if (fast != slow)
			ck_abort_msg("round %d: \"%s\": %d, want %d", round, s,
			    fast, slow);
	}
}
END_TEST

/* Dates: the shortcut for "May 24, 2015 at 9:59 pm" gives what the
 * tokens give, on strings near that form and far from it. */
START_TEST(test_date_fast_is_slow)
{
	static const char *const dpieces[] = { "May", "may", "MAY", "June",
	    "Sept", "Sept.", "Mai", "M\xc3\xa4rz", "Foo", "at", "At", " ",
	    "  ", " at ", ", ", ",", "1", "9", "12", "13", "24", "29", "31",
	    "32", "00", "0", "2015", "2016", "1899", "20155", ":", ":5",
	    ":59", ":60", ":00", " am", " pm", " PM", " Am", "am", " a.m.",
	    " Uhr", "-", "/", ".", "\xc2\xa0", "+0100", " UTC", "x", NULL };
	static const char *const refs[] = { NULL, "2015-06-01", "bad" };
	uint32_t	seed = 5;
	size_t		npieces = 0;
	int		round;

	while (dpieces[npieces] != NULL)
		npieces++;
	for (round = 0; round < 60000; round++) {
		char		s[401], a[QR_DATE_MAX] = "", b[QR_DATE_MAX] = "";
		const char	*ref = refs[round % 3];
		int		order = (round / 3) % 3, pa = 0, pb = 0, ra, rb;

		if (round % 2) {
			/* the form itself, with one piece changed */
			static const char *const form[] = { "May", " ", "24",
			    ", ", "2015", " at ", "9", ":59", " pm" };
			size_t k, len = 0, skip = rnd(&seed) % 12;

			for (k = 0; k < 9; k++) {
				const char *w = k == skip ?
				    dpieces[rnd(&seed) % npieces] : form[k];

				if (k == 5 && rnd(&seed) % 3 == 0)
					break;	/* no time */
				memcpy(s + len, w, strlen(w));
				len += strlen(w);
			}
			s[len] = '\0';
		} else
			(void)random_string(&seed, dpieces, npieces, 12, s);
		ra = qr_date_from_text_order(s, ref, order, &pa, a);
		rb = qr_date_from_text_order_slow(s, ref, order, &pb, b);
		if (ra != rb || pa != pb || strcmp(a, b) != 0)
			ck_abort_msg("round %d: \"%s\": %d %s / %d %s", round,
			    s, ra, a, rb, b);
	}
}
END_TEST

START_TEST(test_utf8_len23_is_decode)
{
	static const unsigned char thirds[] = { 0x00, 0x41, 0x7f, 0x80, 0x9f,
	    0xa0, 0xa8, 0xbf, 0xc0, 0xff };
	unsigned	a, b, k;

	/* qr_utf8_len23() is qr_utf8_decode() for two- and three-byte
	 * sequences, and 0 for what it leaves to it */
	for (a = 0x80; a < 0x100; a++)
		for (b = 0; b < 0x100; b++)
			for (k = 0; k < sizeof(thirds); k++) {
				unsigned char	s[3] = { (unsigned char)a,
				    (unsigned char)b, thirds[k] };
				unsigned long	cp;
				size_t		avail, fast, slow;

				for (avail = 1; avail <= 3; avail++) {
					fast = qr_utf8_len23(s, avail);
					slow = qr_utf8_decode(s, avail, &cp);
					/* (no ck_assert per case: each one
					 * costs a write to Check's pipe) */
					if (!(fast == 0 ? slow == 0 ||
					    slow == 4 : fast == slow))
						ck_abort_msg("%02x %02x %02x "
						    "(%zu): %zu, %zu", a, b,
						    thirds[k], avail, fast,
						    slow);
				}
			}
}
END_TEST

/* Is p[k] (of p[0..len)) a byte the scanner may pass over? */
static int
clean_json(const unsigned char *p, size_t k, size_t len, int collapse)
{
	if (p[k] >= 0x80 || p[k] < 0x20 || p[k] == '"' || p[k] == '\\' ||
	    p[k] == 0x7f)
		return 0;
	return !(collapse && p[k] == ' ' && k + 1 < len &&
	    (p[k + 1] == ' ' || p[k + 1] < 0x20));
}

static int
clean_ws(const unsigned char *p, size_t k, size_t len)
{
	return p[k] >= 0x20 && !(p[k] == ' ' && k + 1 < len &&
	    (p[k + 1] == ' ' || p[k + 1] < 0x20));
}

START_TEST(test_scanners)
{
	static const char *const bytes[] = { " ", "  ", "a", "word", "\t",
	    "\n", "\"", "\\", "\x7f", "\x01", "\x1f", "\xc3\xa9", "\xff",
	    "\xe2\x80\xa8", "abcdefghijklmnop", ".", NULL };
	uint32_t	seed = 9;
	size_t		nb = 0;
	int		round;

	while (bytes[nb] != NULL)
		nb++;
	for (round = 0; round < 3000; round++) {
		char			 s[401];
		const unsigned char	*p = (const unsigned char *)s;
		size_t			 len = random_string(&seed, bytes, nb,
					    60, s), i, k, r[12];
		int			 c, j;

		for (i = 0; i <= len; i += 1 + rnd(&seed) % 5) {
			r[0] = qr_scan_json(p, i, len, 0);
			r[1] = qr_scan_json_swar(p, i, len, 0);
			r[2] = qr_scan_json(p, i, len, 1);
			r[3] = qr_scan_json_swar(p, i, len, 1);
			r[4] = qr_scan_ws(p, i, len);
			r[5] = qr_scan_ws_swar(p, i, len);
			r[6] = qr_scan_ctrl(p, i, len);
			r[7] = qr_scan_ctrl_swar(p, i, len);
			r[8] = qr_scan_ascii(p, i, len);
			r[9] = qr_scan_ascii_swar(p, i, len);
			r[10] = qr_scan_text(p, i, len);
			r[11] = qr_scan_text_swar(p, i, len);
			for (j = 0; j < 12; j++) {
				int bad = r[j] < i || r[j] > len;

				for (k = i; !bad && k < r[j]; k++) {
					c = j < 4 ? clean_json(p, k, len,
					    j >= 2) : j < 6 ? clean_ws(p, k,
					    len) : j < 8 ? p[k] >= 0x20 &&
					    p[k] != 0x7f : j < 10 ? p[k] < 0x80 :
					    p[k] >= 0x20 && p[k] < 0x7f;
					bad = !c;
				}
				if (bad)
					ck_abort_msg("round %d, scanner %d from "
					    "%zu: %zu passes a byte to look at",
					    round, j, i, r[j]);
			}
		}
	}
}
END_TEST

/* qr_text_has_digit() (eight bytes at a time) is the byte loop: every
 * byte value at every place of strings of 1 to 20 bytes, over a
 * background of letters, of bytes over 0x7f and of '/' and ':' (the
 * bytes on either side of the digits). */
START_TEST(test_has_digit)
{
	static const char fill[] = { 'a', '\xb9', '/', ':', '\x80' };
	char	s[20];
	size_t	n, at, f, i;
	int	c, want;

	for (f = 0; f < sizeof(fill); f++)
		for (n = 1; n <= sizeof(s); n++)
			for (at = 0; at < n; at++)
				for (c = 0; c < 256; c++) {
					memset(s, fill[f], sizeof(s));
					s[at] = (char)c;
					for (want = 0, i = 0; i < n; i++)
						want |= s[i] >= '0' &&
						    s[i] <= '9';
					ck_assert_int_eq(qr_text_has_digit(s,
					    n), want);
				}
}
END_TEST

/* qr_text_count_byte() (64 bytes at a time, with lanes summed every
 * 63 rounds) is the byte loop: random strings of LF, CR and other
 * bytes, of every length up to 300 and some up to 9000 (past 63 rounds
 * of 64), from starts 0, 5, 10 and 15. */
START_TEST(test_count_byte)
{
	static const char some[] = { '\n', '\r', 'a', '\x8a', '\0', ' ' };
	static char	s[9000 + 16];
	uint32_t	seed = 13;
	size_t		len, from, i, want;

	for (i = 0; i < sizeof(s); i++)
		s[i] = some[rnd(&seed) % sizeof(some)];
	for (len = 0; len <= 9000; len += len < 300 ? 1 : 97)
		for (from = 0; from < 16; from += 5) {
			for (want = 0, i = 0; i < len; i++)
				want += s[from + i] == '\n';
			ck_assert_uint_eq(qr_text_count_byte(s + from, len,
			    '\n'), want);
		}
	/* every byte a match: the lanes at their fullest */
	memset(s, '\r', sizeof(s));
	ck_assert_uint_eq(qr_text_count_byte(s, 9000, '\r'), 9000);
}
END_TEST

Suite *
suite_textspeed(void)
{
	Suite	*s = suite_create("textspeed");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_json_text_fast_path);
	tcase_add_test(tc, test_noise_is_attr_noise);
	tcase_add_test(tc, test_collapse_reference);
	tcase_add_test(tc, test_json_escape_reference);
	tcase_add_test(tc, test_attr_fast_is_slow);
	tcase_add_test(tc, test_attr_month_day_year);
	tcase_add_test(tc, test_attr_says);
	tcase_add_test(tc, test_relative_date_fast_is_slow);
	tcase_add_test(tc, test_noise_fast_is_slow);
	tcase_add_test(tc, test_text_width_fast_is_slow);
	tcase_add_test(tc, test_date_fast_is_slow);
	tcase_add_test(tc, test_utf8_len23_is_decode);
	tcase_add_test(tc, test_scanners);
	tcase_add_test(tc, test_has_digit);
	tcase_add_test(tc, test_count_byte);
	suite_add_tcase(s, tc);
	return s;
}
