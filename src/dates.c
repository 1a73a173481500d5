/*
 * dates.c -- ISO 8601 dates from attributes and from visible text.
 *
 * qr_date_from_text() cuts the text into tokens (numbers, words, single
 * punctuation marks, each knowing whether white space came before it),
 * then looks for date patterns and time patterns among them.  It answers
 * only when exactly one date is present (the same date written twice
 * counts once) and no ambiguous numeric date (02/03/2017) is: a wrong
 * date is worse than none.  A time is attached when it stands right
 * after the date (or right before it) with only connectors between
 * ("at", "um", "a las", ",", "-", "@", "/").  One pass over the tokens,
 * a bounded look-ahead at each: linear in the length of the text.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "dates.h"

static int
digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || leap(y);
}

int
qr_date_from_iso(const char *s, char out[QR_DATE_MAX])
{
	int	y, mo, d, h = -1, mi = 0, sec = -1;
	char	zone[16] = "";
	const char *p;

	while (isspace((unsigned char)*s))
		s++;
	if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) ||
	    s[7] != '-' || !digits(s + 8, 2, &d) || !valid_ymd(y, mo, d))
		return 0;
	p = s + 10;
	if ((*p == 'T' || *p == ' ') && digits(p + 1, 2, &h) &&
	    p[3] == ':' && digits(p + 4, 2, &mi)) {
		if (h > 23 || mi > 59)
			return 0;
		p += 6;
		if (*p == ':' && digits(p + 1, 2, &sec)) {
			if (sec > 60)
				return 0;
			p += 3;
			while (*p == '.' || isdigit((unsigned char)*p))
				p++;	/* fractions of a second: dropped */
		}
		if (*p == 'Z') {
			strcpy(zone, "Z");
			p++;
		} else if ((*p == '+' || *p == '-') &&
		    isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
			int zh, zm = 0;
			char sign = *p;

			digits(p + 1, 2, &zh);
			if (p[3] == ':' && digits(p + 4, 2, &zm))
				p += 6;
			else if (digits(p + 3, 2, &zm))
				p += 5;
			else
				p += 3;
			if (zh > 14 || zm > 59)
				return 0;
			snprintf(zone, sizeof(zone), "%c%02d:%02d", sign,
			    zh % 100, zm % 100);
		}
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '\0')
		return 0;
	if (h < 0)
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02d", y, mo, d);
	else if (sec < 0)
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d%s",
		    y, mo, d, h, mi, zone);
	else
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d%s",
		    y, mo, d, h, mi, sec, zone);
	return 1;
}

/* ---- visible dates ------------------------------------------------- */

/* Longer text is not a date label; we do not look at it. */
#define TEXT_MAX	65536
/* Text up to this long is read with its tokens on the stack. */
#define SHORT_TEXT	64
/* At most this many connector tokens between a date and its time. */
#define CONN_MAX	4

enum tok_kind { T_NUM, T_WORD, T_PUNCT };

struct tok {
	const char	*s;
	unsigned	 len;
	unsigned char	 kind;
	unsigned char	 sp;	/* white space before it */
	unsigned char	 month;	/* T_WORD: 1..12 if a month name */
	int		 val;	/* T_NUM: value, -1 if over 6 digits */
};

/* Month names and abbreviations: English, German, French, Spanish;
 * full names in Italian, Dutch and Portuguese.  Lowercase UTF-8; accents
 * are matched as written and without.  Sorted by strcmp() (month_of()
 * searches it by halves; qr_dates_tables_fit() holds it to that). */
static const struct {
	const char	*name;
	int		 month;
} months[] = {
	{ "abr", 4 }, { "abril", 4 }, { "ago", 8 }, { "agosto", 8 },
	{ "aout", 8 }, { "août", 8 }, { "apr", 4 }, { "april", 4 },
	{ "aprile", 4 }, { "aug", 8 }, { "august", 8 },
	{ "augustus", 8 }, { "avr", 4 }, { "avril", 4 }, { "dec", 12 },
	{ "december", 12 }, { "decembre", 12 }, { "dez", 12 },
	{ "dezember", 12 }, { "dezembro", 12 }, { "dic", 12 },
	{ "dicembre", 12 }, { "diciembre", 12 }, { "déc", 12 },
	{ "décembre", 12 }, { "ene", 1 }, { "enero", 1 }, { "feb", 2 },
	{ "febbraio", 2 }, { "febrero", 2 }, { "februar", 2 },
	{ "februari", 2 }, { "february", 2 }, { "fevereiro", 2 },
	{ "fevr", 2 }, { "fevrier", 2 }, { "févr", 2 },
	{ "février", 2 }, { "gennaio", 1 }, { "giugno", 6 },
	{ "jan", 1 }, { "janeiro", 1 }, { "januar", 1 },
	{ "januari", 1 }, { "january", 1 }, { "janv", 1 },
	{ "janvier", 1 }, { "juil", 7 }, { "juillet", 7 },
	{ "juin", 6 }, { "jul", 7 }, { "julho", 7 }, { "juli", 7 },
	{ "julio", 7 }, { "july", 7 }, { "jun", 6 }, { "june", 6 },
	{ "junho", 6 }, { "juni", 6 }, { "junio", 6 }, { "jän", 1 },
	{ "jänner", 1 }, { "luglio", 7 }, { "maart", 3 },
	{ "maerz", 3 }, { "maggio", 5 }, { "mai", 5 }, { "maio", 5 },
	{ "mar", 3 }, { "march", 3 }, { "marco", 3 }, { "mars", 3 },
	{ "marzo", 3 }, { "março", 3 }, { "may", 5 }, { "mayo", 5 },
	{ "mei", 5 }, { "mrz", 3 }, { "mär", 3 }, { "märz", 3 },
	{ "nov", 11 }, { "november", 11 }, { "novembre", 11 },
	{ "novembro", 11 }, { "noviembre", 11 }, { "oct", 10 },
	{ "october", 10 }, { "octobre", 10 }, { "octubre", 10 },
	{ "okt", 10 }, { "oktober", 10 }, { "ottobre", 10 },
	{ "outubro", 10 }, { "sep", 9 }, { "sept", 9 },
	{ "september", 9 }, { "septembre", 9 }, { "septiembre", 9 },
	{ "setembro", 9 }, { "setiembre", 9 }, { "settembre", 9 }
};

/* No month name is shorter (check_textspeed holds the table to it:
 * qr_dates_tables_fit()). */
#define MONTH_MIN	3

/* English weekday abbreviations, which some themes put between the
 * day and the year. */
static const char *const weekdays[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL,
};

/* Words allowed between a date and its time. */
static const char *const conn_words[] = {
	"at", "um", "a", "las", "à", "às", "alle", "ore", "om", "kl", "klo",
	"t", NULL,
};
/* Words allowed between a time and a date that follows it. */
static const char *const pre_words[] = {
	"on", "am", "le", "el", "the", "den", NULL,
};

/* Lowercase a word into "out" (ASCII and Latin-1 capitals in UTF-8);
 * returns 0 when it does not fit. */
static int
lower_word(const char *s, size_t len, char *out, size_t outsz)
{
	size_t i;

	if (len + 1 > outsz)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 &&
		    c >= 0x80 && c <= 0x9E && c != 0x97)
			c += 0x20;	/* À..Þ -> à..þ */
		out[i] = (char)c;
	}
	out[len] = '\0';
	return 1;
}

static int
word_is(const struct tok *t, const char *const *list)
{
	char	w[16];
	size_t	i;

	if (t->kind != T_WORD || !lower_word(t->s, t->len, w, sizeof(w)))
		return 0;
	for (i = 0; list[i] != NULL; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

static int
month_of(const char *s, size_t len)
{
	char	w[16];
	size_t	lo, hi;

	if (len < MONTH_MIN || !lower_word(s, len, w, sizeof(w)))
		return 0;		/* "at", "pm": no month is so short */
	lo = 0;
	hi = sizeof(months) / sizeof(months[0]);
	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;
		int	c = strcmp(w, months[mid].name);

		if (c == 0)
			return months[mid].month;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* What a code point is to the tokenizer. */
enum cp_class { C_SPACE, C_DIGIT, C_LETTER, C_SOLO, C_PUNCT };

/* ASCII as isspace(), isdigit(), isalpha() class it in the C locale */
#define ASCII_CLASS(c) \
	((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? C_SPACE : \
	 (c) >= '0' && (c) <= '9' ? C_DIGIT : \
	 ((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? C_LETTER : C_PUNCT)

static inline enum cp_class
classify(unsigned long cp)
{
	if (cp < 0x80)
		return ASCII_CLASS(cp);
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
		return C_SPACE;
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 ||
	    (cp >= 0x2000 && cp < 0x2E80) || (cp >= 0x3000 && cp < 0x3040) ||
	    (cp >= 0xFE30 && cp < 0xFF10))
		return C_PUNCT;
	if (cp >= 0x2E80)
		return C_SOLO;	/* CJK: each character a word of its own */
	return C_LETTER;
}

/* Cut s into tokens; returns how many (at most len). */
static size_t
tokenize(const char *s, size_t len, struct tok *t)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n = 0;
	int			 sp = 1;

	while (i < len) {
		unsigned long	cp;
		size_t		l;
		enum cp_class	c;

		if (p[i] < 0x80) {	/* ASCII: no decoding */
			cp = p[i];
			l = 1;
			c = ASCII_CLASS(cp);
		} else {
			if ((l = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
				cp = 0xFFFD;
				l = 1;
			}
			c = classify(cp);
		}
		if (c == C_SPACE) {
			sp = 1;
			i += l;
			continue;
		}
		t[n].s = s + i;
		t[n].sp = (unsigned char)sp;
		t[n].month = 0;
		t[n].val = 0;
		sp = 0;
		if (c == C_DIGIT) {
			size_t j = i;

			while (j < len && p[j] >= '0' && p[j] <= '9')
				j++;
			t[n].kind = T_NUM;
			t[n].val = -1;
			if (j - i <= 6) {	/* atoi(), for its digits */
				size_t d;

				for (d = i, t[n].val = 0; d < j; d++)
					t[n].val = t[n].val * 10 + (p[d] - '0');
			}
			l = j - i;
		} else if (c == C_LETTER) {
			size_t j = i + l;

			/* a word: letters and letter-like code points */
			while (j < len) {
				size_t m;

				if (p[j] < 0x80) {
					if (ASCII_CLASS(p[j]) != C_LETTER)
						break;	/* classify() says */
					j++;
					continue;
				}
				m = qr_utf8_decode(p + j, len - j, &cp);
				if (m == 0 || classify(cp) != C_LETTER)
					break;
				j += m;
			}
			t[n].kind = T_WORD;
			l = j - i;
			t[n].month = (unsigned char)month_of(s + i, l);
		} else
			t[n].kind = c == C_SOLO ? T_WORD : T_PUNCT;
		t[n].len = (unsigned)l;
		i += l;
		n++;
	}
	return n;
}

static inline int
is_punct(const struct tok *t, const char *chars)
{
	if (t->kind != T_PUNCT || t->len != 1)
		return 0;
	for (; *chars != '\0'; chars++)	/* strchr(), inline */
		if (*chars == t->s[0])
			return 1;
	return 0;
}

/* A punctuation token that is exactly the UTF-8 string "u". */
static int
is_upunct(const struct tok *t, const char *u)
{
	return t->kind == T_PUNCT && t->len == strlen(u) &&
	    memcmp(t->s, u, t->len) == 0;
}

static int
is_num(const struct tok *t, unsigned mindig, unsigned maxdig)
{
	return t->kind == T_NUM && t->len >= mindig && t->len <= maxdig;
}

static int
is_day(const struct tok *t)
{
	return is_num(t, 1, 2) && t->val >= 1 && t->val <= 31;
}

static int
is_year(const struct tok *t)
{
	return is_num(t, 4, 4);
}

/* An ordinal suffix glued to a day: 1st, 2nd, 3rd, 4th, 1er. */
static int
is_ordinal(const struct tok *t)
{
	static const char *const sfx[] = { "st", "nd", "rd", "th", "er",
	    NULL };

	return !t->sp && word_is(t, sfx);
}

static int
is_de(const struct tok *t)
{
	static const char *const de[] = { "de", "del", NULL };

	return word_is(t, de);
}

struct date {
	int	y, m, d;
	int	h, mi, sec;		/* h < 0: no time */
	char	zone[8];
};

enum match { M_NONE, M_DATE, M_AMBIGUOUS };

/*
 * The year of a date shown without one ("Jun 20th"), from a reference
 * date (the post's): its year, or the next when the day comes before
 * the reference day (a comment is not older than its post).  0 without
 * a reference.
 */
static int
year_near(const struct date *ref, int m, int d)
{
	if (ref == NULL)
		return 0;
	return m < ref->m || (m == ref->m && d < ref->d) ? ref->y + 1 :
	    ref->y;
}

/* "February 15, 2017", "Feb. 15th 2017", "März 7, 2018"; "Jun 20th"
 * with a reference date. */
static size_t
month_first(const struct tok *t, size_t n, size_t i, struct date *dt,
    const struct date *ref)
{
	size_t j = i + 1;

	if (t[i].month == 0)
		return 0;
	if (j < n && is_punct(&t[j], ".") && !t[j].sp)
		j++;
	if (j >= n || !is_day(&t[j]))
		return 0;
	dt->d = t[j++].val;
	if (j < n && is_ordinal(&t[j]))
		j++;
	if (j < n && is_punct(&t[j], ","))
		j++;
	if (j < n && word_is(&t[j], weekdays))
		j++;		/* PIXNET: "Dec 28 Sat 2013" */
	dt->m = t[i].month;
	if (j >= n || !is_year(&t[j])) {
		if ((dt->y = year_near(ref, dt->m, dt->d)) == 0)
			return 0;
		return j - i;
	}
	dt->y = t[j].val;
	return j + 1 - i;
}

/* "15. Februar 2017", "15 February 2017", "26 de abril de 2022",
 * "1er mars 2017", "15-Feb-2017"; "20. Juni" with a reference date. */
static size_t
day_first(const struct tok *t, size_t n, size_t i, struct date *dt,
    const struct date *ref)
{
	size_t	j = i + 1, jm;
	int	dash = 0;

	if (!is_day(&t[i]))
		return 0;
	if (j < n && (is_punct(&t[j], ".") || is_ordinal(&t[j])) && !t[j].sp)
		j++;
	else if (j < n && is_punct(&t[j], "-/") && !t[j].sp)
		j++, dash = 1;
	if (j < n && !dash && is_de(&t[j]))
		j++;
	if (j >= n || t[j].month == 0 || (dash && t[j].sp))
		return 0;
	dt->m = t[j++].month;
	dt->d = t[i].val;
	if (j < n && is_punct(&t[j], ".") && !t[j].sp)
		j++;
	jm = j;
	if (dash) {
		if (j >= n || !is_punct(&t[j], "-/") || t[j].sp)
			return 0;
		j++;
	} else if (j < n && (is_de(&t[j]) || is_punct(&t[j], ",")))
		j++;
	if (j >= n || !is_year(&t[j]) || (dash && t[j].sp)) {
		if (dash || (dt->y = year_near(ref, dt->m, dt->d)) == 0)
			return 0;
		return jm - i;
	}
	dt->y = t[j].val;
	return j + 1 - i;
}

/* "2017-02-15", "2014/01/01", "2017.02.15", "2017年2月15日" */
static int
is_cjk(const struct tok *t, const char *u)
{
	return t->kind == T_WORD && t->len == 3 && memcmp(t->s, u, 3) == 0;
}

static size_t
year_first(const struct tok *t, size_t n, size_t i, struct date *dt)
{
	char sep[2] = "";

	if (!is_year(&t[i]) || i + 5 > n)
		return 0;
	if (is_punct(&t[i + 1], "-/.")) {
		sep[0] = t[i + 1].s[0];
		if (!is_num(&t[i + 2], 1, 2) || !is_punct(&t[i + 3], sep) ||
		    !is_num(&t[i + 4], 1, 2) || t[i + 1].sp || t[i + 2].sp ||
		    t[i + 3].sp || t[i + 4].sp)
			return 0;
		dt->y = t[i].val;
		dt->m = t[i + 2].val;
		dt->d = t[i + 4].val;
		return 5;
	}
	if (i + 6 <= n && is_cjk(&t[i + 1], "年") && is_num(&t[i + 2], 1, 2) &&
	    is_cjk(&t[i + 3], "月") && is_num(&t[i + 4], 1, 2) &&
	    is_cjk(&t[i + 5], "日")) {
		dt->y = t[i].val;
		dt->m = t[i + 2].val;
		dt->d = t[i + 4].val;
		return 6;
	}
	return 0;
}

/*
 * "15.02.2017" (day first: dots are the European form and never the
 * US one); "15/02/2017", "15-02-2017", "02/15/2017" only when one of
 * the two readings is impossible (*proof then says which order that
 * was), else in the "order" given (QR_ORDER_DMY, QR_ORDER_MDY), else
 * M_AMBIGUOUS.
 */
static size_t
numeric_dmy(const struct tok *t, size_t n, size_t i, struct date *dt,
    enum match *how, int order, int *proof)
{
	char	sep[2] = "";
	int	a, b;

	if (i + 5 > n || !is_num(&t[i], 1, 2) || !is_punct(&t[i + 1], "./-") ||
	    t[i + 1].sp)
		return 0;
	sep[0] = t[i + 1].s[0];
	if (!is_num(&t[i + 2], 1, 2) || !is_punct(&t[i + 3], sep) ||
	    t[i + 3].sp || !is_year(&t[i + 4]))
		return 0;
	/* "15. 02. 2017" has spaces after its dots; slashes have none */
	if (sep[0] != '.' && (t[i + 2].sp || t[i + 4].sp))
		return 0;
	a = t[i].val;
	b = t[i + 2].val;
	*how = M_DATE;
	if (sep[0] != '.' && a > 12 && b <= 12)
		*proof |= QR_ORDER_DMY;
	else if (sep[0] != '.' && b > 12 && a <= 12)
		*proof |= QR_ORDER_MDY;
	if (sep[0] == '.' || a > 12 || a == b ||
	    (b <= 12 && order == QR_ORDER_DMY)) {
		dt->d = a;
		dt->m = b;
	} else if (b > 12 || order == QR_ORDER_MDY) {
		dt->m = a;
		dt->d = b;
	} else
		*how = M_AMBIGUOUS;
	dt->y = t[i + 4].val;
	return 5;
}

/* Try every date pattern at token i. */
static size_t
match_date(const struct tok *t, size_t n, size_t i, struct date *dt,
    enum match *how, const struct date *ref, int order, int *proof)
{
	size_t k;

	*how = M_DATE;
	dt->h = -1;
	dt->zone[0] = '\0';
	if ((k = month_first(t, n, i, dt, ref)) == 0 &&
	    (k = year_first(t, n, i, dt)) == 0 &&
	    (k = numeric_dmy(t, n, i, dt, how, order, proof)) == 0 &&
	    (k = day_first(t, n, i, dt, ref)) == 0)
		return 0;
	/* a longer run of numbers is not a date: 1.2.2017.4, 2017-02-15-3 */
	if (i + k + 1 < n && !t[i + k].sp && is_punct(&t[i + k], "./-:") &&
	    t[i + k + 1].kind == T_NUM && !t[i + k + 1].sp)
		return 0;
	if (*how == M_DATE && !valid_ymd(dt->y, dt->m, dt->d))
		return 0;
	return k;
}

/* "am", "pm", "a.m.", "p.m.": returns tokens used, sets *pm. */
static size_t
meridiem(const struct tok *t, size_t n, size_t i, int *pm)
{
	char w[8];

	if (i >= n || t[i].kind != T_WORD ||
	    !lower_word(t[i].s, t[i].len, w, sizeof(w)))
		return 0;
	if (strcmp(w, "am") == 0 || strcmp(w, "pm") == 0) {
		*pm = w[0] == 'p';
		return 1;
	}
	if ((strcmp(w, "a") == 0 || strcmp(w, "p") == 0) && i + 2 < n &&
	    is_punct(&t[i + 1], ".") && t[i + 2].kind == T_WORD &&
	    t[i + 2].len == 1 && (t[i + 2].s[0] == 'm' || t[i + 2].s[0] == 'M')) {
		*pm = w[0] == 'p';
		return i + 3 < n && is_punct(&t[i + 3], ".") ? 4 : 3;
	}
	return 0;
}

static int
word_eq(const struct tok *t, const char *w)
{
	return t->kind == T_WORD && t->len == strlen(w) &&
	    strncasecmp(t->s, w, t->len) == 0;
}

/* A shown time zone after a time: "-0400", "+01:00", "UTC", "GMT". */
static size_t
zone(const struct tok *t, size_t n, size_t i, char out[8])
{
	int zh, zm;

	if (i < n && (word_eq(&t[i], "UTC") || word_eq(&t[i], "GMT") ||
	    (word_eq(&t[i], "Z") && !t[i].sp))) {
		strcpy(out, "Z");
		return 1;
	}
	if (i + 1 < n && is_punct(&t[i], "+-") && !t[i + 1].sp) {
		if (is_num(&t[i + 1], 4, 4)) {
			zh = t[i + 1].val / 100, zm = t[i + 1].val % 100;
			if (zh <= 14 && zm <= 59) {
				snprintf(out, 8, "%c%02u:%02u", t[i].s[0],
				    (unsigned)zh % 100u, (unsigned)zm % 100u);
				return 2;
			}
		} else if (i + 3 < n && is_num(&t[i + 1], 2, 2) &&
		    is_punct(&t[i + 2], ":") && is_num(&t[i + 3], 2, 2) &&
		    t[i + 1].val <= 14 && t[i + 3].val <= 59) {
			snprintf(out, 8, "%c%02u:%02u", t[i].s[0],
			    (unsigned)t[i + 1].val % 100u,
			    (unsigned)t[i + 3].val % 100u);
			return 4;
		}
	}
	return 0;
}

/*
 * A time at token i: "9:12", "09:12:30", "9:12 pm", "9 pm", "13.47 Uhr",
 * "9 Uhr", "14h30", optionally followed by a shown zone.  Returns the
 * tokens used (0: no time) and fills h, mi, sec and zone in *dt.
 */
static size_t
match_time(const struct tok *t, size_t n, size_t i, struct date *dt)
{
	size_t	j = i, k;
	int	h, mi = 0, sec = -1, pm = -1, uhr = 0;

	if (!is_num(&t[i], 1, 2))
		return 0;
	h = t[j++].val;
	if (j + 1 < n && is_punct(&t[j], ":") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp) {
		mi = t[j + 1].val;
		j += 2;
		if (j + 1 < n && is_punct(&t[j], ":") && !t[j].sp &&
		    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp) {
			sec = t[j + 1].val;
			j += 2;
		}
	} else if (j + 2 < n && is_punct(&t[j], ".") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp &&
	    (word_eq(&t[j + 2], "Uhr") || word_eq(&t[j + 2], "h"))) {
		mi = t[j + 1].val;	/* 13.47 Uhr */
		j += 3;
		uhr = 1;
	} else if (j + 1 < n && word_eq(&t[j], "h") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp) {
		mi = t[j + 1].val;	/* 14h30 */
		j += 2;
	} else if (j < n && word_eq(&t[j], "Uhr")) {
		j++;			/* 9 Uhr */
		uhr = 1;
	} else if (meridiem(t, n, j, &pm) == 0)
		return 0;		/* a bare number is no time */
	if (!uhr && (k = meridiem(t, n, j, &pm)) > 0) {
		if (h > 12 && !pm)
			pm = -1;	/* "20:41 am": German "am", not a.m. */
		else
			j += k;
	}
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm ? 12 : 0);
	}
	if (!uhr && j < n && (word_eq(&t[j], "Uhr") || word_eq(&t[j], "h")))
		j++;
	if (h > 23 || mi > 59 || sec > 59)
		return 0;
	dt->h = h;
	dt->mi = mi;
	dt->sec = sec;
	dt->zone[0] = '\0';
	j += zone(t, n, j, dt->zone);
	return j - i;
}

static int
is_conn(const struct tok *t, const char *const *words)
{
	return is_punct(t, ",-/|@(") || is_upunct(t, "–") ||
	    is_upunct(t, "—") || is_upunct(t, "·") || word_is(t, words);
}

/* Only connectors (at most CONN_MAX) in tokens [from, to)? */
static int
only_conn(const struct tok *t, size_t from, size_t to,
    const char *const *words)
{
	size_t i;

	if (to < from || to - from > CONN_MAX)
		return 0;
	for (i = from; i < to; i++)
		if (!is_conn(&t[i], words))
			return 0;
	return 1;
}

struct item {
	size_t		from, to;	/* tokens */
	int		is_date;
	struct date	dt;
};

/* Two digits of v (0..99) at p. */
static char *
put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

static void
format_date(const struct date *dt, char out[QR_DATE_MAX])
{
	size_t	used, zl;
	int	n;

	/* what snprintf() below writes, without its cost (a text dump
	 * has a date per comment) */
	if (dt->y >= 0 && dt->y <= 9999 && dt->m >= 0 && dt->m <= 99 &&
	    dt->d >= 0 && dt->d <= 99 && (dt->h < 0 || (dt->h <= 99 &&
	    dt->mi >= 0 && dt->mi <= 99 && dt->sec <= 99 &&
	    memchr(dt->zone, '\0', sizeof(dt->zone)) != NULL))) {
		char *p = put2(put2(out, dt->y / 100), dt->y % 100);

		*p++ = '-';
		p = put2(p, dt->m);
		*p++ = '-';
		p = put2(p, dt->d);
		if (dt->h >= 0) {
			*p++ = 'T';
			p = put2(p, dt->h);
			*p++ = ':';
			p = put2(p, dt->mi);
			if (dt->sec >= 0) {
				*p++ = ':';
				p = put2(p, dt->sec);
			}
			memcpy(p, dt->zone, strlen(dt->zone) + 1);
		} else
			*p = '\0';
		return;
	}
	/* Out-of-range fields (the fast path above takes the common case):
	 * snprintf()'s truncation, with the zone appended by hand so that
	 * gcc, which cannot see the ranges, has no truncation to warn of. */
	if (dt->h < 0)
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02d", dt->y, dt->m,
		    dt->d);
	else if (dt->sec < 0)
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d",
		    dt->y, dt->m, dt->d, dt->h, dt->mi);
	else
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d",
		    dt->y, dt->m, dt->d, dt->h, dt->mi, dt->sec);
	used = n < 0 ? 0 : (size_t)n >= QR_DATE_MAX ? QR_DATE_MAX - 1 :
	    (size_t)n;
	if (dt->h >= 0) {
		zl = strnlen(dt->zone, sizeof(dt->zone));
		if (zl > QR_DATE_MAX - 1 - used)
			zl = QR_DATE_MAX - 1 - used;
		memcpy(out + used, dt->zone, zl);
		out[used + zl] = '\0';
	}
}

/* Copy the time of "tm" into "dt". */
static void
take_time(struct date *dt, const struct date *tm)
{
	dt->h = tm->h;
	dt->mi = tm->mi;
	dt->sec = tm->sec;
	memcpy(dt->zone, tm->zone, sizeof(dt->zone));
}

/*
 * "May 24, 2015 at 9:59 pm", "May 24, 2015 at 21:59", "May 24, 2015":
 * WordPress's default, a date on every comment of a dump, read without
 * the tokens.  Only that exact form (ASCII, single spaces, a month name
 * of the table, a valid day) is taken; it is what read_text() makes of
 * it (check_textspeed holds the two to the same answers).  The digit
 * loops stop one digit past the most they accept, so a long run of
 * digits is refused, never overflowed.  Returns 1 and fills "out", or
 * 0: read_text() reads it.
 */
static int
month_day_year(const char *s, char out[QR_DATE_MAX])
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, j;
	struct date		 dt;
	int			 pm = -1;

	while (ASCII_CLASS(p[i]) == C_LETTER)
		i++;
	if (p[i] != ' ' || (dt.m = month_of(s, i)) == 0)
		return 0;
	for (j = ++i, dt.d = 0; p[i] >= '0' && p[i] <= '9' && i - j < 3;
	    i++)
		dt.d = dt.d * 10 + (p[i] - '0');
	if (i == j || i - j > 2 || p[i] != ',' || p[i + 1] != ' ')
		return 0;
	for (j = i += 2, dt.y = 0; p[i] >= '0' && p[i] <= '9' &&
	    i - j < 5; i++)
		dt.y = dt.y * 10 + (p[i] - '0');
	if (i - j != 4 || !valid_ymd(dt.y, dt.m, dt.d))
		return 0;
	dt.h = dt.sec = -1;
	dt.mi = 0;
	dt.zone[0] = '\0';
	if (p[i] != '\0') {
		if (p[i] != ' ' || p[i + 1] != 'a' || p[i + 2] != 't' ||
		    p[i + 3] != ' ')
			return 0;
		for (j = i += 4, dt.h = 0; p[i] >= '0' && p[i] <= '9' &&
		    i - j < 3; i++)
			dt.h = dt.h * 10 + (p[i] - '0');
		if (i == j || i - j > 2 || p[i] != ':' ||
		    !(p[i + 1] >= '0' && p[i + 1] <= '9') ||
		    !(p[i + 2] >= '0' && p[i + 2] <= '9'))
			return 0;
		dt.mi = (p[i + 1] - '0') * 10 + (p[i + 2] - '0');
		i += 3;
		if (p[i] == ' ' &&
		    ((p[i + 1] | 0x20) == 'a' || (p[i + 1] | 0x20) == 'p') &&
		    (p[i + 2] | 0x20) == 'm' && p[i + 3] == '\0') {
			pm = (p[i + 1] | 0x20) == 'p';
			i += 3;
		}
		if (p[i] != '\0' || dt.mi > 59)
			return 0;
		if (pm >= 0) {
			if (dt.h < 1 || dt.h > 12)
				return 0;
			dt.h = dt.h % 12 + (pm ? 12 : 0);
		} else if (dt.h > 23)
			return 0;
	}
	format_date(&dt, out);
	return 1;
}

/* qr_date_from_text(), and with "ref" set, dates without a year too;
 * ambiguous numeric dates in "order" (0: none); the orders its numeric
 * dates prove or into *proof (may be NULL). */
static int
read_text(const char *s, const struct date *ref, int order, int *proof,
    char out[QR_DATE_MAX], int slow)
{
	struct tok	*t, tshort[SHORT_TEXT];
	struct item	*it, ishort[SHORT_TEXT];
	size_t		 len, n, i, k, ni = 0, first = (size_t)-1;
	struct date	 dt;
	enum match	 how;
	int		 ambiguous = 0, ok = 1, dummy = 0;

	if (proof == NULL)
		proof = &dummy;
	if (s == NULL)
		return 0;
	if (qr_date_from_iso(s, out))
		return 1;
	if (!slow && month_day_year(s, out))
		return 1;
	if ((len = strlen(s)) == 0 || len > TEXT_MAX)
		return 0;
	/* a date line is short: its tokens on the stack */
	t = len <= SHORT_TEXT ? tshort : qr_xmalloc(len * sizeof(*t));
	n = tokenize(s, len, t);
	it = n < SHORT_TEXT ? ishort : qr_xmalloc((n + 1) * sizeof(*it));
	for (i = 0; i < n; ) {
		if ((k = match_date(t, n, i, &dt, &how, ref, order, proof)) >
		    0) {
			if (how == M_AMBIGUOUS)
				ambiguous = 1;
			else {
				it[ni].is_date = 1;
				if (first == (size_t)-1)
					first = ni;
				else if (dt.y != it[first].dt.y ||
				    dt.m != it[first].dt.m ||
				    dt.d != it[first].dt.d)
					ok = 0;	/* two different dates */
			}
		} else if ((k = match_time(t, n, i, &dt)) > 0)
			it[ni].is_date = 0;
		else {
			i++;
			continue;
		}
		if (how != M_AMBIGUOUS || it[ni].is_date == 0) {
			it[ni].from = i;
			it[ni].to = i + k;
			it[ni].dt = dt;
			ni++;
		}
		i += k;
	}
	if (ambiguous || !ok || first == (size_t)-1) {
		if (it != ishort)
			free(it);
		if (t != tshort)
			free(t);
		return 0;
	}
	/* The time right after one of the date's mentions, else right
	 * before one. */
	dt = it[first].dt;
	for (i = first; i < ni && dt.h < 0; i++)
		if (it[i].is_date && i + 1 < ni && !it[i + 1].is_date &&
		    only_conn(t, it[i].to, it[i + 1].from, conn_words))
			take_time(&dt, &it[i + 1].dt);
	for (i = first; i < ni && dt.h < 0; i++)
		if (it[i].is_date && i > 0 && !it[i - 1].is_date &&
		    only_conn(t, it[i - 1].to, it[i].from, pre_words))
			take_time(&dt, &it[i - 1].dt);
	format_date(&dt, out);
	if (it != ishort)
		free(it);
	if (t != tshort)
		free(t);
	return 1;
}

int
qr_date_from_text(const char *s, char out[QR_DATE_MAX])
{
	return read_text(s, NULL, 0, NULL, out, 0);
}

static int
date_order(const char *s, const char *ref, int order, int *proof,
    char out[QR_DATE_MAX], int slow)
{
	struct date	r;
	char		iso[QR_DATE_MAX];

	if (order != QR_ORDER_DMY && order != QR_ORDER_MDY)
		order = 0;
	if (ref == NULL || !qr_date_from_iso(ref, iso))
		return read_text(s, NULL, order, proof, out, slow);
	memset(&r, 0, sizeof(r));
	digits(iso, 4, &r.y);
	digits(iso + 5, 2, &r.m);
	digits(iso + 8, 2, &r.d);
	return read_text(s, &r, order, proof, out, slow);
}

int
qr_date_from_text_order(const char *s, const char *ref, int order,
    int *proof, char out[QR_DATE_MAX])
{
	return date_order(s, ref, order, proof, out, 0);
}

int
qr_date_from_text_order_slow(const char *s, const char *ref, int order,
    int *proof, char out[QR_DATE_MAX])
{
	return date_order(s, ref, order, proof, out, 1);
}

int
qr_date_from_text_near(const char *s, const char *ref,
    char out[QR_DATE_MAX])
{
	return qr_date_from_text_order(s, ref, 0, NULL, out);
}

int
qr_dates_tables_fit(void)
{
	size_t i;

	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++)
		if (strlen(months[i].name) < MONTH_MIN || (i > 0 &&
		    strcmp(months[i - 1].name, months[i].name) >= 0))
			return 0;
	return 1;
}
