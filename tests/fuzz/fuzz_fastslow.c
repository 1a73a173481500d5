/*
 * fuzz_fastslow.c -- the fast paths against what they stand for, on any
 * bytes (the unit tests do this on strings made of chosen pieces):
 *  - the model's character rule (quire.h, "Characters in the model"):
 *    qr_doc_strndup() and qr_add_text() in pieces against a byte-by-
 *    byte reading of the rule written here;
 *  - the text writer's break table (qr_text_fast_breaks) against
 *    libunistring's u8_possible_linebreaks(), where it answers;
 *  - qr_text_width(), qr_text_attr(), qr_text_noise() and
 *    qr_text_thread_end() against their _slow() forms, line by line;
 *  - qr_date_from_text_order() against its _slow() form;
 *  - xh_plain_len() (SSE2) against a byte loop.
 */
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "fuzz.h"
#include "internal.h"
#include "dates.h"
#include "text.h"
#include "write_text.h"
#include "xhtml.h"

/* ---- the model's character rule, read byte by byte -------------------- */

/* The length of the valid UTF-8 sequence at s (n bytes left), its code
 * point in *cp; 0 when s starts none (RFC 3629's table). */
static size_t
ref_utf8(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned char	lo = 0x80, hi = 0xbf;
	size_t		len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4;
	else
		return 0;
	if (s[0] == 0xe0)
		lo = 0xa0;
	else if (s[0] == 0xed)
		hi = 0x9f;
	else if (s[0] == 0xf0)
		lo = 0x90;
	else if (s[0] == 0xf4)
		hi = 0x8f;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	*cp = len == 2 ? (s[0] & 0x1fUL) : len == 3 ? (s[0] & 0x0fUL) :
	    (s[0] & 0x07UL);
	for (i = 1; i < len; i++)
		*cp = *cp << 6 | (s[i] & 0x3fUL);
	return len;
}

static void
put_cp(struct qr_buf *b, unsigned long cp)
{
	qr_buf_put_utf8(b, cp);
}

/* Windows-1252's characters for bytes 80..9F (0: undefined). */
static const unsigned long w1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* s[0..n) by the rule, appended to b. */
static void
ref_rule(struct qr_buf *b, const unsigned char *s, size_t n)
{
	size_t		i = 0, k;
	unsigned long	cp;

	while (i < n) {
		if (s[i] == '\r' || s[i] == '\f') {
			qr_buf_putc(b, '\n');
			i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		if ((k = ref_utf8(s + i, n - i, &cp)) == 0) {
			put_cp(b, 0xfffd);
			i++;
			continue;
		}
		i += k;
		if (cp < 0x20 && cp != '\t' && cp != '\n')
			continue;
		if (cp == 0x7f)
			continue;
		if (cp >= 0x80 && cp <= 0x9f) {
			if (w1252[cp - 0x80] != 0)
				put_cp(b, w1252[cp - 0x80]);
			continue;
		}
		if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe) {
			put_cp(b, 0xfffd);
			continue;
		}
		put_cp(b, cp);
	}
}

static void
check_rule(const uint8_t *data, size_t size)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p = qr_add_block(doc, doc->body, QR_PARA), *t;
	struct qr_buf	 want = { 0 };
	const char	*got;
	size_t		 i, from, len;
	int		 cr = 0;

	ref_rule(&want, data, size);
	got = qr_doc_strndup(doc, (const char *)data, size);
	if (strlen(got) != want.len || memcmp(got, want.data != NULL ?
	    want.data : "", want.len) != 0)
		fz_fail("rule: qr_doc_strndup() is not the rule",
		    (const char *)data, size);
	/* qr_add_text() in pieces, cut at each '|' (dropped): the rule on
	 * each piece, a CR LF cut between two pieces (empty ones between
	 * too) one LF */
	qr_buf_clear(&want);
	for (from = 0, i = 0; i <= size; i++) {
		const uint8_t *s = data + from;

		if (i < size && data[i] != '|')
			continue;
		len = i - from;
		if (qr_add_text(doc, p, (const char *)s, len) == NULL)
			fz_fail("rule: qr_add_text() refused", NULL, 0);
		if (cr && len > 0 && s[0] == '\n')
			s++, len--;
		ref_rule(&want, s, len);
		if (len > 0)
			cr = s[len - 1] == '\r';
		from = i + 1;
	}
	t = p->first;
	got = t != NULL ? t->as.literal : "";
	if (t != NULL && t->next != NULL)
		fz_fail("rule: qr_add_text() made two nodes", NULL, 0);
	if (strlen(got) != want.len || memcmp(got, want.data != NULL ?
	    want.data : "", want.len) != 0)
		fz_fail("rule: qr_add_text() in pieces is not the rule",
		    (const char *)data, size);
	qr_buf_free(&want);
	qr_doc_free(doc);
}

/* ---- the rest, line by line ------------------------------------------ */

static void
check_line(const char *s, size_t len)
{
	static const char *const refs[] = { NULL, "2014-05-01" };
	char		 fast[512], slow[512];
	struct tattr	 a, b;
	enum tattr_kind	 ka, kb;
	size_t		 i, plain;
	int		 r;

	if (len < sizeof(fast) && qr_text_fast_breaks(s, len, fast)) {
		u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", slow);
		if (memcmp(fast, slow, len) != 0)
			fz_fail("breaks: the table is not libunistring", s, len);
	}
	if (qr_text_width(s, len) != qr_text_width_slow(s, len))
		fz_fail("text: qr_text_width() is not its slow form", s, len);
	for (r = 0; r < 2; r++) {
		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		ka = qr_text_attr(s, len, refs[r], &a);
		kb = qr_text_attr_slow(s, len, refs[r], &b);
		if (ka != kb || a.alen != b.alen || a.has_date != b.has_date ||
		    (a.has_date && strcmp(a.date, b.date) != 0) ||
		    a.author != b.author)
			fz_fail("text: qr_text_attr() is not its slow form", s,
			    len);
		if (qr_text_noise(s, len) != (kb == TA_NOISE))
			fz_fail("text: qr_text_noise() is not attr's", s, len);
	}
	if (qr_text_thread_end(s, len) != qr_text_thread_end_slow(s, len))
		fz_fail("text: qr_text_thread_end() is not its slow form", s,
		    len);
	for (r = 0; r < 3; r++) {
		char	da[QR_DATE_MAX] = "", db[QR_DATE_MAX] = "";
		int	pa = 0, pb = 0, ra, rb;

		ra = qr_date_from_text_order(s, r == 2 ? "2015-06-01" : NULL,
		    r, &pa, da);
		rb = qr_date_from_text_order_slow(s, r == 2 ? "2015-06-01" :
		    NULL, r, &pb, db);
		if (ra != rb || pa != pb || (ra && strcmp(da, db) != 0))
			fz_fail("dates: qr_date_from_text_order() is not its "
			    "slow form", s, len);
	}
	for (plain = 0; plain < len; plain++) {
		unsigned char c = (unsigned char)s[plain];

		if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7f ||
		    c == '<' || c == '>' || c == '&')
			break;
	}
	for (i = 0; i <= plain && i < 40; i++)
		if (xh_plain_len(s + i, len - i) != plain - i)
			fz_fail("xhtml: xh_plain_len() is not the byte loop", s,
			    len);
	for (i = plain > 40 ? plain - 40 : 0; i <= plain; i++)
		if (xh_plain_len(s + i, len - i) != plain - i)
			fz_fail("xhtml: xh_plain_len() is not the byte loop", s,
			    len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s;
	size_t	 i, from;

	if (size > 8192)
		return 0;
	check_rule(data, size);
	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	/* lines, as the text reader gives them: NUL-terminated, no LF */
	for (from = 0, i = 0; i <= size; i++)
		if (i == size || s[i] == '\n') {
			s[i] = '\0';
			if (strlen(s + from) == i - from)
				check_line(s + from, i - from);
			from = i + 1;
		}
	free(s);
	return 0;
}
