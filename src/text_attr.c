/*
 * text_attr.c -- the lines around a comment that are not its text:
 * "NAME says:" (in the languages of the corpus), dates, "Reply",
 * avatar "[alt]" lines; and the headings that open and close a
 * comment section.  Each function looks at one line.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "text.h"

/* "NAME says:" and its translations; the colon is optional in the
 * table and matched when present. */
static const char *const says[] = {
	" says", " said", " sagt", " sagte", " dit", " schreibt", " meint",
	" wrote", " writes", " dice", " escribió", " disse", " zegt",
	" skriver", " scrive", " ha scritto", " kommentierte", " a dit",
	" dijo", " disse", " schrieb", " antwortete", " replied",
	" hat gesagt", NULL
};

/* No says word (with its space) is longer than SAYS_MAX bytes, no
 * noise line longer than NOISE_MAX: longer lines skip those tables
 * (check_textspeed holds the tables to it, qr_text_tables_fit()). */
#define SAYS_MAX	16
#define NOISE_MAX	48
/* The two letters after the space of the says words (ASCII lower case,
 * folded to 5 bits): says_pairs[first] holds bit "second".  At a space
 * followed by no such pair no says word starts (qr_text_tables_fit()
 * holds the table to it: a word added there needs its bit here). */
static const uint32_t says_pairs[32] = {
	0x00000000u, 0x00004001u, 0x00000000u, 0x00000000u,
	0x00000200u, 0x00080000u, 0x00000000u, 0x00000000u,
	0x00000002u, 0x00000000u, 0x00000000u, 0x00008000u,
	0x00000000u, 0x00000020u, 0x00000000u, 0x00000000u,
	0x00000000u, 0x00000000u, 0x00000020u, 0x0000080au,
	0x00000000u, 0x00000000u, 0x00000000u, 0x00040000u,
	0x00000000u, 0x00000000u, 0x00000020u, 0x00000000u,
	0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u,
};
#define SAYS_PAIR(c1, c2)	(says_pairs[(c1) & 31] >> ((c2) & 31) & 1)
/* Might a says word start at the space p[i] of p[0..n)? */
#define SAYS_AT(p, n, i)	((i) + 2 < (n) && \
			 SAYS_PAIR(LC((p)[(i) + 1]), LC((p)[(i) + 2])))

/* Does s[0..n) hold a colon? */
static int
has_colon(const char *s, size_t n)
{
	return n > 0 && (s[n - 1] == ':' || memchr(s, ':', n) != NULL);
}

/* Whole lines that are only links or buttons of a comment. */
static const char *const noise[] = {
	"reply", "antworten", "log in to reply", "login to reply",
	"répondre", "repondre", "responder", "rispondi", "antwoorden",
	"reply to this comment", "replydelete", "replies", "delete",
	"löschen", "antwort", "antwort ↓", "reply ↓", "quote", "zitieren",
	"report", "melden", "like", "gefällt mir", "permalink", "link",
	"edit", "bearbeiten", "share", "teilen", "empfehlen", "loading...",
	"like liked by 1 person", "reply report comment", "cancel reply",
	"antworten melden", "/ responder", "responder", "diesen kommentar melden",
	"profil", "private nachricht", "beiträge anzeigen", "top",
	"nach oben", "↑", "↓", "^", "reply to this", "reply ↓", "reply→",
	"reply →", "répondre ↓", "like this", "zitat", "(recommend) empfehlen empfehlen",
	"mitglied", "mitglied seit", "registriert seit", "member since",
	"joined", "beiträge", "ort", "posts", "messages", "reaktionspunkte",
	"options", "find",
	"\xe5\xbc\x95\xe7\x94\xa8",	/* 引用 (quote) */
	"punkte", "themenstarter", "thread starter",
	"click to expand...", "zum vergrößern anklicken....",
	"zum vergrößern anklicken...",
	/* Chinese, Japanese and Korean buttons: reply, edit, delete */
	"\xe5\x9b\x9e\xe5\xa4\x8d",		/* 回复 */
	"\xe5\x9b\x9e\xe8\xa6\x86",		/* 回覆 */
	"\xe8\xbf\x94\xe4\xbf\xa1",		/* 返信 */
	"\xe7\xb7\xa8\xe9\x9b\x86",		/* 編集 */
	"\xe7\xbc\x96\xe8\xbe\x91",		/* 编辑 */
	"\xe5\x88\xa0\xe9\x99\xa4",		/* 删除 */
	"\xe5\x89\x8a\xe9\x99\xa4",		/* 削除 */
	"\xeb\x8b\xb5\xea\xb8\x80",		/* 답글 */
	"\xec\x88\x98\xec\xa0\x95",		/* 수정 */
	"\xec\x82\xad\xec\xa0\x9c",		/* 삭제 */
	NULL
};

/* Platforms' buttons and statuses, tested only on lines 6 to 15 bytes
 * long that start with 'l', 'o', 'p' or a Hangul lead byte: Hubzilla's
 * "Link to Source", a forum poster's "Offline"/"Online", Slash's
 * "Parent", Tistory's 프로필열기 (open the profile), 더보기 (more),
 * 링크복사 (copy the link).  (noise_pairs[] holds their first two bytes
 * too: qr_text_tables_fit().) */
static const char *const platform_noise[] = {
	"link to source", "offline", "online", "parent",
	"\xed\x94\x84\xeb\xa1\x9c\xed\x95\x84\xec\x97\xb4\xea\xb8\xb0",
	"\xeb\x8d\x94\xeb\xb3\xb4\xea\xb8\xb0",
	"\xeb\xa7\x81\xed\x81\xac\xeb\xb3\xb5\xec\x82\xac",
	NULL
};

/* ASCII lower case: strncasecmp's folding in the C locale; a table,
 * one load a byte (the phrase tables compare many bytes so). */
#define LC_OF(c)	((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c))
#define LC_4(c)		LC_OF(c), LC_OF((c) + 1), LC_OF((c) + 2), LC_OF((c) + 3)
#define LC_16(c)	LC_4(c), LC_4((c) + 4), LC_4((c) + 8), LC_4((c) + 12)
#define LC_64(c)	LC_16(c), LC_16((c) + 16), LC_16((c) + 32), \
			LC_16((c) + 48)
static const unsigned char lc_table[256] = {
	LC_64(0), LC_64(64), LC_64(128), LC_64(192)
};
#define LC(c)	((int)lc_table[(unsigned char)(c)])

/* The length of w when s[0..len) starts with it (ASCII case ignored),
 * else 0.  No strlen: the first byte that differs ends the comparison,
 * and on most lines that is the first one. */
static size_t
prefix_ci(const char *s, size_t len, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++)
		if (i == len || LC(s[i]) != LC(w[i]))
			return 0;
	return i;
}

static int
eq_ci(const char *s, size_t len, const char *w)
{
	return prefix_ci(s, len, w) == len && w[len] == '\0';
}

int
qr_text_one_of(const char *s, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (eq_ci(s, len, *list))
			return 1;
	return 0;
}

static int
starts_ci(const char *s, size_t len, const char *w)
{
	return w[0] == '\0' || prefix_ci(s, len, w) > 0;
}

/* Skip spaces and NBSPs at the start of *s. */
static void
skip_spaces(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || (*n > 1 &&
	    (unsigned char)(*s)[0] == 0xc2 && (unsigned char)(*s)[1] == 0xa0))) {
		size_t w = **s == ' ' ? 1 : 2;

		*s += w;
		*n -= w;
	}
}

/* Skip leading "[alt]" avatar tokens and spaces; trim trailing ones. */
static void
strip_brackets(const char **s, size_t *len)
{
	const char	*p = *s;
	size_t		 n = *len;

	for (;;) {
		while (n > 0 && (*p == ' ' || *p == '_'))
			p++, n--;
		if (n > 0 && *p == '[') {
			const char *e = memchr(p, ']', n);

			if (e == NULL)
				break;
			n -= (size_t)(e + 1 - p);
			p = e + 1;
			continue;
		}
		break;
	}
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '_'))
		n--;
	*s = p;
	*len = n;
}

/* A bare "[something]" (an avatar's alt text, an image), "[IMG]". */
static int
is_bracketed(const char *s, size_t len)
{
	return len >= 2 && s[0] == '[' && s[len - 1] == ']' &&
	    memchr(s + 1, ']', len - 2) == NULL;
}

/* Does s look like a date or time line: digits with month names or
 * separators, few other words? */
static int
date_line(const char *s, size_t len, const char *ref, char out[QR_DATE_MAX])
{
	char	buf[128], *p;
	size_t	i, j;
	int	digits = 0;

	if (len == 0 || len >= sizeof(buf))
		return 0;
	/* one digit: a short line only ("March 4", a date without its
	 * year); counted up to the second */
	for (i = 0; i < len && digits < 2; i++)
		digits += s[i] >= '0' && s[i] <= '9';
	if (digits < 2 && (digits == 0 || len > 12))
		return 0;
	/* html2text draws links as _words_joined_ */
	memcpy(buf, s, len);
	buf[len] = '\0';
	for (j = 0; (p = memchr(buf + j, '_', len - j)) != NULL;
	    j = (size_t)(p - buf) + 1)
		*p = ' ';
	if (qr_date_from_text_near(buf, ref, out))
		return 1;
	/* a date shown without its year ("Jun 20th at 2:41 am"): a date
	 * line all the same, but no date for the model */
	if (ref == NULL && qr_date_from_text_near(buf, "2000-01-01", out)) {
		out[0] = '\0';
		return 1;
	}
	/* a numeric date whose day and month may be either way round
	 * ("04/03/2014, 09:12"): a date line too, but no date for the
	 * model (which of the two the line does not say) */
	if (qr_date_from_text_order(buf, ref, QR_ORDER_DMY, NULL, out)) {
		out[0] = '\0';
		return 1;
	}
	return 0;
}

/*
 * Relative dates: "vor 8 Stunden", "8 hours ago", "il y a 3 heures",
 * "hace 2 días", "3 uur geleden", "2 ore fa", "há 5 dias", "just now".
 * They say when only against a clock the dump does not have: a date
 * line all the same, but no date for the model (DESIGN.md: ISO where
 * it can be known).  The words: an optional lead ("vor", "il y a",
 * "hace", "há", "about"), a count (digits or "a", "an", "einer", "un",
 * "une", ...), a unit (a stem of a time word), an optional tail
 * ("ago", "fa", "geleden", "atrás"); lead or tail, one of them.
 */
static const char *const rel_leads[] = {
	"vor", "il y a", "hace", "h\xc3\xa1", "ha", NULL
};
/* "about 3 hours ago", "vor etwa 2 Stunden" */
static const char *const rel_mods[] = {
	"about", "almost", "over", "etwa", "ca.", "environ", "fast", "knapp",
	"\xc3\xbc" "ber", "casi", "quasi", "bijna", NULL
};
static const char *const rel_tails[] = {
	"ago", "fa", "geleden", "atr\xc3\xa1s", "atras", NULL
};
static const char *const rel_counts[] = {
	"a", "an", "one", "einer", "einem", "wenigen", "un", "une", "una",
	"uno", "um", "uma", "een", "few", "a few", "several", "mehreren",
	"quelques", "unos", "unas", "alcuni", "qualche", NULL
};
/* stems: a unit word starts with one, at most 4 more letters */
static const char *const rel_units[] = {
	"sec", "min", "hour", "hr", "day", "week", "wk", "month", "year",
	"yr", "sekunde", "stunde", "tag", "woche", "monat", "jahr",
	"seconde", "heure", "jour", "semaine", "mois", "an", "ann\xc3\xa9" "e",
	"segundo", "minuto", "hora", "d\xc3\xad" "a", "dia", "semana", "mes",
	"a\xc3\xb1o", "ano", "ora", "ore", "giorn", "settiman", "anni",
	"uur", "dag", "weken", "maand", "jaar", NULL
};

/* The length of the word of "table" that s[0..n) starts with (whole
 * words: a space or the end after it), else 0.  The tables' first
 * bytes are in lower case (qr_text_tables_fit()): only the entries
 * that start with s's first letter are compared. */
static size_t
word_of(const char *s, size_t n, const char *const table[])
{
	size_t		k, w;
	unsigned	c0;

	if (n == 0)
		return 0;
	c0 = LC(s[0]);
	for (k = 0; table[k] != NULL; k++)
		if ((unsigned char)table[k][0] == c0 &&
		    (w = prefix_ci(s, n, table[k])) > 0 &&
		    (w == n || s[w] == ' '))
			return w;
	return 0;
}

/* Does s[0..n) end with a space and a word of rel_tails[]?  (No tail
 * holds a space, qr_text_tables_fit() holds them to it: the tail is
 * the line's last word.) */
static int
tail_word(const char *s, size_t n)
{
	size_t k, w;

	for (w = n; w > 0 && s[w - 1] != ' '; w--)
		continue;
	if (w == 0 || w == n)
		return 0;
	for (k = 0; rel_tails[k] != NULL; k++)
		if ((unsigned char)rel_tails[k][0] == LC(s[w]) &&
		    eq_ci(s + w, n - w, rel_tails[k]))
			return 1;
	return 0;
}

/* An age in short: "3d", "20h", "5m", "2w", "3mo", "1y", "2yr", maybe
 * with "ago" ("3d ago"): the count, a unit letter or two, nothing
 * else. */
static int
compact_age(const char *p, size_t n)
{
	static const char *const units[] = { "s", "m", "h", "d", "w", "mo",
	    "y", "yr", NULL };
	size_t	d, k;

	for (d = 0; d < n && d < 4 && isdigit((unsigned char)p[d]); d++)
		continue;
	if (d == 0 || d == n)
		return 0;
	if (n > d + 4 && memcmp(p + n - 4, " ago", 4) == 0)
		n -= 4;
	for (k = 0; units[k] != NULL; k++)
		if (n - d == strlen(units[k]) &&
		    memcmp(p + d, units[k], n - d) == 0)
			return 1;
	return 0;
}

/* qr_text_relative_date(); with "slow", without its shortcut. */
static int
relative_date(const char *s, size_t len, int slow)
{
	const char	*p = s;
	size_t		 n = len, w, k, u;
	int		 lead = 0, pairs;
	unsigned	 c0;

	while (n > 0 && (p[n - 1] == '.' || p[n - 1] == ' ' ||
	    p[n - 1] == ')'))
		n--;
	if (n > 0 && p[0] == '(')
		p++, n--;
	if (n >= 2 && n <= 10 && compact_age(p, n))
		return 1;
	if (n < 3 || n > 40)
		return 0;
	/* (none of these words is longer than 12 bytes) */
	/* (their first letters: j g y h a i, and 0xc3 of "à") */
	c0 = LC(p[0]);
	if (n <= 12 && (slow || c0 == 'j' || c0 == 'g' || c0 == 'y' ||
	    c0 == 'h' || c0 == 'a' || c0 == 'i' || c0 == 0xc3) &&
	    (eq_ci(p, n, "just now") ||
	    eq_ci(p, n, "gerade eben") || eq_ci(p, n, "yesterday") ||
	    eq_ci(p, n, "gestern") || eq_ci(p, n, "hier") ||
	    eq_ci(p, n, "ayer") || eq_ci(p, n, "ieri") ||
	    eq_ci(p, n, "gisteren") || eq_ci(p, n, "\xc3\xa0 l'instant")))
		return 1;
	if ((w = word_of(p, n, rel_leads)) > 0) {
		lead = 1;
		for (p += w, n -= w; n > 0 && *p == ' '; p++, n--)
			continue;
	} else if (!slow && !tail_word(p, n))
		return 0;	/* no lead: a tail ends it (below) */
	if ((w = word_of(p, n, rel_mods)) > 0)
		for (p += w, n -= w; n > 0 && *p == ' '; p++, n--)
			continue;
	/* the count and unit: "3 days"; two of them at most, the second
	 * in figures ("12 years 8 months ago": Kunena) */
	for (pairs = 0; pairs == 0 || (pairs == 1 && n > 0 &&
	    isdigit((unsigned char)p[0])); pairs++) {
		for (w = 0; w < n && isdigit((unsigned char)p[w]); w++)
			continue;
		if (w == 0 && pairs == 0)
			w = word_of(p, n, rel_counts);
		if (w == 0 || w == n || p[w] != ' ')
			return 0;
		p += w + 1, n -= w + 1;
		while (n > 0 && *p == ' ')
			p++, n--;
		/* the unit: a stem and at most 4 more letters */
		for (u = 0; u < n && p[u] != ' '; u++)
			continue;
		for (k = 0; rel_units[k] != NULL; k++) {
			if (u == 0 ||
			    (unsigned char)rel_units[k][0] != LC(p[0]))
				continue;  /* (the table is in lower case) */
			w = prefix_ci(p, u, rel_units[k]);
			if (w == 0 || u - w > 4)
				continue;
			while (w < u && isalpha((unsigned char)p[w]))
				w++;
			if (w == u)
				break;
		}
		if (rel_units[k] == NULL)
			return 0;
		p += u, n -= u;
		while (n > 0 && *p == ' ')
			p++, n--;
	}
	if (n == 0)
		return lead;
	if (lead)
		return 0;
	return word_of(p, n, rel_tails) == n;
}

int
qr_text_relative_date(const char *s, size_t len)
{
	return relative_date(s, len, 0);
}

int
qr_text_relative_date_slow(const char *s, size_t len)
{
	return relative_date(s, len, 1);
}

/* "#12", "#3.1", "#3.1.2" at the start of s[0..len), then a space or
 * the end: the token's length, else 0.  *parent: the length of the
 * number it answers ("#3" of "#3.1"), 0 for a number without a dot. */
size_t
qr_text_comment_number(const char *s, size_t len, size_t *parent)
{
	size_t	i = 1, dot = 0;

	*parent = 0;
	if (len < 2 || s[0] != '#' || !isdigit((unsigned char)s[1]))
		return 0;
	for (;;) {
		size_t d = i;

		while (i < len && isdigit((unsigned char)s[i]))
			i++;
		if (i == d || i - d > 6)
			return 0;
		if (i + 1 < len && s[i] == '.' && isdigit((unsigned char)s[i + 1])) {
			dot = i++;
			continue;
		}
		break;
	}
	if (i < len && s[i] != ' ' && !(i + 1 < len &&
	    (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa0))
		return 0;
	*parent = dot;
	return i;
}

/* Month names (and abbreviations) of the corpus languages, and a few
 * weekdays, that may stand before the first digit of a date. */
static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni",
	"juli", "oktober", "dezember", "janvier", "février", "mars",
	"avril", "juin", "juillet", "août", "septembre", "octobre",
	"novembre", "décembre", "enero", "febrero", "marzo", "abril",
	"mayo", "junio", "julio", "agosto", "septiembre", "octubre",
	"noviembre", "diciembre", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "montag", "dienstag",
	"mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mon",
	"tue", "wed", "thu", "fri", "sat", "sun", "mo", "di", "mi", "do",
	"fr", "sa", "so", NULL
};

/* A name that ends in digits ("Jenny10113 於 2016/09/29 19:46",
 * "user42 on May 3, 2014"): the first digit "d" glued to a letter,
 * its run ended by a space, and a word that leads a date ("於", "on",
 * "am", "um", "le", "-", "|" ...) before the next word that starts
 * with a digit: the date starts there.  Else "d" (Blogger glues the
 * name to its date: "Anonymous20 June 2015 at 10:02").  */
static size_t
name_digits(const char *s, size_t n, size_t d)
{
	static const char *const leads[] = { "\xe6\x96\xbc" /* 於 */, "on",
	    "am", "at", "um", "le", "el", "em", "il", "-", "|", ",",
	    "\xc2\xb7" /* · */, "\xe2\x80\x93", "\xe2\x80\x94", NULL };
	size_t	t, w, k, lead = 0;

	if (!isalpha((unsigned char)s[d - 1]))
		return d;
	for (t = d; t < n && isdigit((unsigned char)s[t]); t++)
		continue;
	if (t == n || s[t] != ' ')
		return d;
	/* the words after the run, up to one that starts with a digit */
	for (w = t; w < n; ) {
		while (w < n && s[w] == ' ')
			w++;
		if (w == n)
			return d;
		if (isdigit((unsigned char)s[w]))
			return lead ? w : d;
		for (t = w; t < n && s[t] != ' '; t++)
			continue;
		for (k = 0; leads[k] != NULL; k++)
			if (t - w == strlen(leads[k]) &&
			    strncasecmp(s + w, leads[k], t - w) == 0)
				lead = 1;
		w = t;
	}
	return d;
}

/* Words that may stand before the name of "NAME DATE" ("From NAME -
 * 04/03/2014", "By NAME on DATE", Drupal's "Submitted by NAME on
 * DATE"): not the name's. */
static const char *const name_leads[] = {
	"submitted by", "from", "by", "von", "par", NULL
};

size_t
qr_name_mark_len(const char *s, size_t len)
{
	static const char *const marks[] = { " (not verified)",
	    " (nicht \xC3\xBC" "berpr\xC3\xBC" "ft)",
	    " (non v\xC3\xA9" "rifi\xC3\xA9)", " (no verificado)", NULL };
	size_t	k, w;

	if (s == NULL || len == 0 || s[len - 1] != ')')
		return 0;
	for (k = 0; marks[k] != NULL; k++) {
		w = strlen(marks[k]);
		if (len > w && strncasecmp(s + len - w, marks[k], w) == 0)
			return w;
	}
	return 0;
}

/* Does s[0..n) start with a word of name_leads[] and a space? */
static int
lead_word(const char *s, size_t n)
{
	size_t k, w;

	for (k = 0; name_leads[k] != NULL; k++)
		if ((w = prefix_ci(s, n, name_leads[k])) > 0 && w < n &&
		    s[w] == ' ')
			return 1;
	return 0;
}

/* Words that say what happened, not who: "Edited 3 days ago". */
static const char *const age_verbs[] = {
	"posted", "edited", "updated", "modified", "created", "added",
	"joined", "active", "commented", "replied", "answered", "asked",
	"submitted", "published", "seen", "changed", "last", NULL
};

/* "NAME DATE" or "NAMEDATE" (Blogger glues them): the date read from
 * the line, the name before it.  Returns 1 and fills "a". */
static int
author_date(const char *s, size_t n, const char *ref, struct tattr *a)
{
	char	 buf[128];
	size_t	 d, e, k, i, j, w;
	int	 words = 1;

	for (d = 0; d < n && !(s[d] >= '0' && s[d] <= '9'); d++)
		continue;
	if (d == 0 || d == n || n >= sizeof(buf))
		return 0;
	d = name_digits(s, n, d);
	/* the name: before the digits, less month and weekday names and
	 * the separators between */
	e = d;
	for (;;) {
		for (;;) {
			unsigned char c = e > 0 ? (unsigned char)s[e - 1] : 0;

			if (c == ' ' || c == ',' || c == '.' || c == '|' ||
			    c == '-' || c == '_' || c == '#' || c == '(')
				e--;
			else if (e >= 2 && c == 0xb7 &&
			    (unsigned char)s[e - 2] == 0xc2)
				e -= 2;			/* · */
			else if (e >= 3 && (c == 0x93 || c == 0x94) &&
			    (unsigned char)s[e - 2] == 0x80 &&
			    (unsigned char)s[e - 3] == 0xe2)
				e -= 3;			/* – — */
			else
				break;
		}
		/* every name ends with a letter: after anything else (or
		 * nothing) no name can end here */
		if (e == 0 || ((unsigned char)s[e - 1] < 0x80 &&
		    !isalpha((unsigned char)s[e - 1])))
			break;
		for (k = 0; months[k] != NULL; k++) {
			w = strlen(months[k]);
			/* its last letter first (the table is lower case) */
			if (w <= e && LC(s[e - 1]) ==
			    (unsigned char)months[k][w - 1] &&
			    strncasecmp(s + e - w, months[k], w) == 0 &&
			    (w == e || !isalpha((unsigned char)s[e - w - 1]) ||
			    (isupper((unsigned char)s[e - w]) &&
			    islower((unsigned char)s[e - w - 1]))))
				break;
		}
		if (months[k] == NULL)
			break;
		e -= w;
	}
	/* "NAME 发表于" / "NAME發表於" ("published at": Z-Blog; alone it
	 * stays, Discuz reads by it); else "於" ("at") */
	if (e > 9 && (memcmp(s + e - 9, "\xe5\x8f\x91\xe8\xa1\xa8"
	    "\xe4\xba\x8e", 9) == 0 || memcmp(s + e - 9,
	    "\xe7\x99\xbc\xe8\xa1\xa8\xe6\x96\xbc", 9) == 0) &&
	    s[e - 10] != ' ' && s[e - 10] != ']')
		e -= 9;
	else if (e > 10 && (memcmp(s + e - 9, "\xe5\x8f\x91\xe8\xa1\xa8"
	    "\xe4\xba\x8e", 9) == 0 || memcmp(s + e - 9,
	    "\xe7\x99\xbc\xe8\xa1\xa8\xe6\x96\xbc", 9) == 0) &&
	    s[e - 10] == ' ' && s[e - 11] != ' ' && s[e - 11] != ']')
		e -= 10;
	else if (e >= 3 && memcmp(s + e - 3, "\xe6\x96\xbc", 3) == 0)
		for (e -= 3; e > 0 && s[e - 1] == ' '; e--)
			continue;
	/* "NAME [NAME]": a linked name drawn twice */
	if (e > 2 && s[e - 1] == ']') {
		size_t o = e - 1;

		while (o > 0 && s[o] != '[')
			o--;
		if (o > 0 && s[o] == '[' && s[o - 1] == ' ')
			for (e = o; e > 0 && s[e - 1] == ' '; e--)
				continue;
	}
	/* "on", "am", "at", "le", "el" before the date */
	if (e > 3 && s[e - 3] == ' ' && isalpha((unsigned char)s[e - 2]) &&
	    isalpha((unsigned char)s[e - 1]) && islower((unsigned char)s[e - 2]))
		e -= 3;
	j = e;		/* the date: from here (copied below) */
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '|'))
		e--;
	i = 0;
	while (i < e && (s[i] == ' ' || s[i] == '_'))
		i++;
	if (e <= i || e - i > 60)
		return 0;
	/* "From NAME - DATE", "By NAME on DATE": the word before the name */
	for (k = 0; name_leads[k] != NULL; k++) {
		w = prefix_ci(s + i, e - i, name_leads[k]);
		if (w > 0 && i + w < e && s[i + w] == ' ') {
			for (i += w; i < e && s[i] == ' '; i++)
				continue;
			break;
		}
	}
	for (k = i, w = 0; k < e; k++) {
		if (s[k] == ' ')
			words++;
		if (isalpha((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80)
			w = 1;
	}
	/* no letter, no name: html2text's "***** #1 DATE *****" */
	if (words > 6 || w == 0)
		return 0;
	/* the date last: reading it costs more than the checks above */
	for (k = j, j = 0; k < n; k++)
		buf[j++] = s[k] == '_' ? ' ' : s[k];
	buf[j] = '\0';
	if (!date_line(buf, j, ref, a->date))
		return 0;
	a->author = s + i;
	a->alen = e - i;
	a->has_date = 1;
	/* html2text's "Comment_Link  [NAME] DATE" (K2: its permalink, the
	 * name as the avatar's alt): the name in the brackets */
	if (e - i == 12 && (memcmp(s + i, "Comment_Link", 12) == 0 ||
	    memcmp(s + i, "Comment Link", 12) == 0)) {
		for (k = e; k < j && s[k] == ' '; k++)
			continue;
		for (w = k; w < j && s[w] != ']'; w++)
			continue;
		if (k < j && s[k] == '[' && w < j && w > k + 1) {
			a->author = s + k + 1;
			a->alen = w - k - 1;
		}
	}
	/* "Posted March 4, 2014" (Invision): a verb, no name; a date */
	for (k = 0; age_verbs[k] != NULL; k++)
		if (eq_ci(s + i, e - i, age_verbs[k])) {
			a->author = NULL;
			a->alen = 0;
		}
	return 1;
}

/* Words and marks between a date and the name after it (with a space,
 * or html2text's NBSP, on both sides). */
static const char *const date_name_seps[] = {
	"-", "\xe2\x80\x93", "\xe2\x80\x94", "|", "by", "von", "par", NULL
};
/* Might a word of date_name_seps[] start with the (lower case) byte c?
 * (qr_text_tables_fit() holds the table to it.) */
#define DATE_SEP_LEAD(c)	((c) == '-' || (c) == 0xe2 || (c) == '|' || \
			 (c) == 'b' || (c) == 'v' || (c) == 'p')

/* The length of the space (' ' or an NBSP) at s[i] of s[0..n), else 0. */
static size_t
space_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == ' ')
		return 1;
	if (i + 1 < n && (unsigned char)s[i] == 0xc2 &&
	    (unsigned char)s[i + 1] == 0xa0)
		return 2;
	return 0;
}

/* The length of a score token at s[0..n): digits and the words
 * "point(s)", "vote(s)", glued as old Reddit draws its three scores
 * ("17 points18 points19"); 0 if the token holds anything else. */
static size_t
score_token(const char *s, size_t n)
{
	static const char *const w[] = { "points", "point", "votes", "vote",
	    NULL };
	size_t	i = 0, k, m;

	while (i < n && s[i] != ' ') {
		if (isdigit((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (k = 0; w[k] != NULL; k++)
			if ((unsigned char)w[k][0] == LC(s[i]) &&
			    (m = prefix_ci(s + i, n - i, w[k])) > 0)
				break;
		if (w[k] == NULL)
			return 0;
		i += m;
	}
	return i;
}

/* "avatarMargaret Holloway12 years ago+0-" (IntenseDebate: the
 * avatar's alt, the name, its age and its votes glued on one line;
 * html2text: "[avatar]Margaret_Holloway12_years_ago+0-"): the name
 * ends where the age's figures start, right after a letter; the
 * avatar or the votes must be there.  The age gives no date. */
static int
glued_age(const char *s, size_t n, struct tattr *a)
{
	char	age[48];
	size_t	i, e = n, d, k;
	int	votes = 0, avatar = 0;

	/* the votes: "+0-", "+12-" */
	if (e > 3 && s[e - 1] == '-' && isdigit((unsigned char)s[e - 2])) {
		for (e -= 2; e > 0 && isdigit((unsigned char)s[e - 1]); e--)
			continue;
		if (e > 0 && (s[e - 1] == '+' || s[e - 1] == '-'))
			e--;
		votes = 1;
	}
	i = 0;
	if (prefix_ci(s, e, "avatar") == 6) {
		avatar = 1;
		for (i = 6; i < e && s[i] == ' '; i++)
			continue;
	}
	if (!votes && !avatar)
		return 0;
	/* the age: from the first figure that follows a letter */
	for (d = i + 1; d < e && !(isdigit((unsigned char)s[d]) &&
	    isalpha((unsigned char)s[d - 1])); d++)
		continue;
	if (d >= e || e - d >= sizeof(age) || d - i > 40)
		return 0;
	for (k = d; k < e; k++)
		age[k - d] = s[k] == '_' ? ' ' : s[k];
	if (!qr_text_relative_date(age, e - d))
		return 0;
	a->author = s + i;
	a->alen = d - i;
	a->has_date = 1;
	a->date[0] = '\0';
	return 1;
}

/* Does s[0..n) hold a byte that may start an age's note ('(', '|',
 * an NBSP's or a "·"'s 0xc2)? */
static int
note_lead(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {	/* eight bytes at a time */
		uint64_t x;

		memcpy(&x, s + i, 8);
		if ((qr_has_zero(x ^ ('(' * QR_ONES)) |
		    qr_has_zero(x ^ ('|' * QR_ONES)) |
		    qr_has_zero(x ^ (0xc2 * QR_ONES))) != 0)
			return 1;
	}
	for (; i < n; i++)
		if (s[i] == '(' || s[i] == '|' || (unsigned char)s[i] == 0xc2)
			return 1;
	return 0;
}

/* "NAME 10 years ago", "NAME 3d", "[–]NAME 17 points 10 years ago (3
 * children)", "NAME avatar NAME 10 years ago": a user name (one word)
 * before an age, maybe with its score between and a note after ("(3
 * children)", "| parent").  The age gives no date: has_date, date "".
 * "a" is left alone when it returns 0. */
static int
name_age_at(const char *s, size_t n, size_t e, struct tattr *a)
{
	size_t	i, j, t, k;

	if (e == 0 || e == n || e > 40 || ((unsigned char)s[0] < 0x80 &&
	    !isalpha((unsigned char)s[0]) && s[0] != '_'))
		return 0;
	for (i = e + 1; i < n && s[i] == ' '; i++)
		continue;	/* (html2text: two spaces) */
	/* "NAME avatar NAME": the avatar's alt text, then the name */
	if (prefix_ci(s + i, n - i, "avatar ") == 7) {
		for (j = i + 7, t = j; t < n && s[t] != ' '; t++)
			continue;
		if (t == j || t == n || t - j != e || memcmp(s + j, s, e) != 0)
			return 0;
		i = t + 1;
	}
	/* the score: its tokens up to the age's count ("10 years") */
	while (i < n && (t = score_token(s + i, n - i)) > 0 && i + t < n) {
		if (t == strspn(s + i, "0123456789") &&
		    score_token(s + i + t + 1, n - i - t - 1) == 0)
			break;
		for (i += t; i < n && s[i] == ' '; i++)
			continue;
	}
	/* the age: up to the end, or a note after it (no age is longer
	 * than 40 bytes: no need to look further); most lines hold no
	 * byte that starts a note: the loop is for those that do */
	t = n - i > 41 ? i + 41 : n;
	if (note_lead(s + i, t + 1 < n ? t + 1 - i : n - i))
		for (t = i; t < n && t - i <= 40; t++)
			if (s[t] == ' ' && t + 1 < n && (s[t + 1] == '(' ||
			    s[t + 1] == '|' || (unsigned char)s[t + 1] == 0xc2))
				break;
	if (t == i || t - i > 40)
		return 0;
	{
		/* html2text joins a linked age's words: "10_years_ago" */
		char		 age[48];
		const char	*g = s + i;
		size_t		 k2;

		if (memchr(g, '_', t - i) != NULL) {
			for (k2 = 0; k2 < t - i; k2++)
				age[k2] = g[k2] == '_' ? ' ' : g[k2];
			g = age;
		}
		if (!qr_text_relative_date(g, t - i))
			return 0;
	}
	/* the name last (the age rules out most lines at less cost): no
	 * word of what happened, nor one of the age's own ("about an hour
	 * ago") */
	for (k = 0; age_verbs[k] != NULL; k++)
		if (eq_ci(s, e, age_verbs[k]))
			return 0;
	if (word_of(s, n, rel_mods) == e || word_of(s, n, rel_leads) == e ||
	    word_of(s, n, rel_counts) == e)
		return 0;
	a->author = s;
	a->alen = e;
	a->has_date = 1;
	a->date[0] = '\0';
	return 1;
}

/* "NAME 10 years ago" (a one-word name, maybe a score between); or a
 * name of two or three capitalised words right before the age
 * ("Margaret Holloway 12 years ago": Friendica). */
static int
name_age(const char *s, size_t n, struct tattr *a)
{
	size_t	e, w, d;

	for (e = 0; e < n && s[e] != ' '; e++)
		continue;
	if (name_age_at(s, n, e, a))
		return 1;
	if (!isupper((unsigned char)s[0]))
		return 0;
	for (w = 1; w < 4 && e + 1 < n; w++) {
		size_t b = e + 1;

		for (e = b; e < n && s[e] != ' '; e++)
			continue;
		/* a capitalised word, or a particle ("de", "van") */
		if (!isupper((unsigned char)s[b]) && (e - b > 3 ||
		    !islower((unsigned char)s[b])))
			return 0;
		for (d = e; d < n && s[d] == ' '; d++)
			continue;
		if (isupper((unsigned char)s[b]) && d < n &&
		    s[d] >= '0' && s[d] <= '9' && name_age_at(s, n, e, a))
			return 1;
		e = d - 1;
	}
	return 0;
}

/* "DATE - NAME", "DATE [profile] NAME", "Written on DATE by NAME": a
 * header that names its author after the date.  The name: the words
 * after the last separator, less "[alt]" tokens and a trailing "¶" or
 * "#"; one to four words that are no button ("DATE | Reply").  Fills
 * "a" and returns 1. */
static int
date_name(const char *s, size_t n, const char *ref, struct tattr *a)
{
	char		tmp[QR_DATE_MAX];
	const char	*nm = NULL;
	size_t		i, k, w, e, sp, nl = 0, words = 1, d, de = 0;

	for (d = 0; d < n && d < 24 && !isdigit((unsigned char)s[d]); d++)
		continue;
	if (d == n || d == 24 || n > 100)
		return 0;
	/* trailing "¶", "#", spaces */
	for (e = n; e > 0; ) {
		if (s[e - 1] == ' ' || s[e - 1] == '#')
			e--;
		else if (e >= 2 && (unsigned char)s[e - 2] == 0xc2 &&
		    ((unsigned char)s[e - 1] == 0xb6 ||
		    (unsigned char)s[e - 1] == 0xa0))
			e -= 2;
		else
			break;
	}
	/* the last separator: " - NAME" (de: where the date ends), or
	 * "[alt] NAME" */
	for (i = d + 1; i + 2 < e; i++) {
		if (s[i] == ']' && (sp = space_at(s, e, i + 1)) > 0) {
			for (de = i; de > d && s[de] != '['; de--)
				continue;
			nm = s + i + 1 + sp;
			continue;
		}
		if ((sp = space_at(s, e, i)) == 0 ||
		    !DATE_SEP_LEAD(LC(s[i + sp])))
			continue;
		for (k = 0; date_name_seps[k] != NULL; k++)
			if ((unsigned char)date_name_seps[k][0] ==
			    LC(s[i + sp]) &&	/* (first bytes in lower case) */
			    (w = prefix_ci(s + i + sp, e - i - sp,
			    date_name_seps[k])) > 0 &&
			    space_at(s, e, i + sp + w) > 0) {
				de = i;
				nm = s + i + sp + w + space_at(s, e, i + sp + w);
				break;
			}
	}
	if (nm == NULL || nm >= s + e)
		return 0;
	nl = (size_t)(s + e - nm);
	strip_brackets(&nm, &nl);
	if (nl == 0 || nl > 40 || !isalpha((unsigned char)nm[0]) ||
	    memchr(nm, ':', nl) != NULL || nm[nl - 1] == '.' ||
	    nm[nl - 1] == ')')
		return 0;
	for (k = 0; k < nl; k++) {
		if (nm[k] == ' ')
			words++;
		else if (isdigit((unsigned char)nm[k]) || nm[k] == '|' ||
		    nm[k] == '#' || nm[k] == '[')
			return 0;	/* "| Kommentare 34 |" */
	}
	if (words > 4)
		return 0;
	for (k = 0; noise[k] != NULL; k++)
		if (eq_ci(nm, nl, noise[k]))
			return 0;
	/* the date: before the separator */
	for (e = de; e > 0 && space_at(s, de, e - 1) > 0; e--)
		continue;
	if (e > 0 && (unsigned char)s[e - 1] == 0xa0)
		e--;			/* an NBSP's first byte */
	if (e <= d || !date_line(s, e, ref, tmp))
		return 0;
	a->kind = TA_AUTHOR;
	a->author = nm;
	a->alen = nl;
	a->has_date = 1;
	memcpy(a->date, tmp, sizeof(tmp));
	return 1;
}

/* Does s[0..n) hold only an ellipsis ("..." or "…") ending the line? */
static int
says_dots(const char *s, size_t n)
{
	return n == 3 && (memcmp(s, "...", 3) == 0 ||
	    memcmp(s, "\xe2\x80\xa6", 3) == 0);
}

/* "NAME says:" with the says word at p[i] (a space): fill "a" and
 * return 1. */
static int
says_at(const char *p, size_t n, size_t i, const char *ref, struct tattr *a)
{
	char	tmp[QR_DATE_MAX];
	size_t	k;
	int	c1 = i + 1 < n ? LC(p[i + 1]) : -1;

	for (k = 0; says[k] != NULL; k++) {
		size_t	w, e;

		/* p[i] is the space: the next letter (lower case in the
		 * table) decides most */
		if ((unsigned char)says[k][1] != c1)
			continue;
		w = prefix_ci(p + i, n - i, says[k]);
		e = i + w;
		if (w == 0)
			continue;
		while (e < n && p[e] == ' ')
			e++;
		if (e + 1 < n && p[e] == '.' && p[e + 1] == ':')
			e++;	/* XenForo: "NAME hat gesagt.:" */
		if (e < n && p[e] == ':')
			e++;
		else if (i <= 64 && says_dots(p + e, n - e))
			e = n;	/* Blogger's classic "NAME said..." */
		else if (e < n && !(p[n - 1] == ':' &&
		    date_line(p + e, n - e - 1, ref, tmp)))
			continue;	/* "NAME says that..." */
		a->kind = TA_AUTHOR;
		a->author = p;
		a->alen = i;
		/* "NAME [avatar] wrote on DATE:" */
		while (a->alen > 0 && p[a->alen - 1] == ']') {
			const char *o = p + a->alen - 1;

			while (o > p && *o != '[')
				o--;
			if (*o != '[')
				break;
			a->alen = (size_t)(o - p);
			while (a->alen > 0 && p[a->alen - 1] == ' ')
				a->alen--;
		}
		while (e < n && p[e] == ' ')
			e++;
		if (e < n && date_line(p + e, n - e, ref, tmp)) {
			a->has_date = 1;
			memcpy(a->date, tmp, sizeof(tmp));
		}
		return 1;
	}
	return 0;
}

/* Words that are buttons only in a row of buttons ("Permalink Moderate
 * Report Abuse", "Hide Copy link"): alone on a line they may be text. */
static const char *const row_words[] = {
	"moderate", "abuse", "flag", "hide", "copy", "embed", "save",
	"parent", "context", "mute", "block", "follow", "unfollow",
	"with", "post",		/* vBulletin: "Reply With Quote", "Report Post" */
	"comment",		/* Friendica: "Like   Comment" */
	NULL
};

/* The first two bytes (ASCII lower case, folded to 5 bits; the second
 * 0 for an entry of one byte) of the noise[] and row_words[] entries,
 * as says_pairs[] holds them: a line (or a word of a line) whose pair
 * is not here is none of them; and no entry without a space is longer
 * than BUTTON_MAX bytes (qr_text_tables_fit() holds the tables to
 * it).  Most lines of text fail at their first two bytes. */
#define BUTTON_MAX	16
static const uint32_t noise_pairs[32] = {
	0x00000000u, 0x00004004u, 0x00001060u, 0x00009002u,
	0x00000220u, 0x18002310u, 0x00009200u, 0x10800020u,
	0x80040200u, 0x00000000u, 0x00008000u, 0x00002880u,
	0x0000830cu, 0x00308220u, 0x00000002u, 0x00054041u,
	0x00248022u, 0x00200000u, 0x00000228u, 0x00000102u,
	0x00008120u, 0x00004000u, 0x00000000u, 0x00000200u,
	0x00000000u, 0x00000000u, 0x00200200u, 0x00000000u,
	0x00000000u, 0x00000000u, 0x00000001u, 0x00000000u,
};
#define NOISE_PAIR(c1, c2)	(noise_pairs[(c1) & 31] >> ((c2) & 31) & 1)
/* ... for s[0..n), n > 0 */
#define NOISE_START(s, n)	\
	NOISE_PAIR(LC((s)[0]), (n) > 1 ? LC((s)[1]) : 0)

/* Is the word s[0..n) (n > 0, no space in it) a noise line's or a
 * row word ("Reply", "Report", "Moderate")?  With "slow", without the
 * shortcuts. */
static int
button_word(const char *s, size_t n, int slow)
{
	unsigned	c0 = LC(s[0]);
	size_t		k;

	if (!slow && (n > BUTTON_MAX || !NOISE_START(s, n)))
		return 0;
	for (k = 0; noise[k] != NULL; k++)
		if ((slow || (unsigned char)noise[k][0] == c0) &&
		    eq_ci(s, n, noise[k]))
			return 1;
	for (k = 0; row_words[k] != NULL; k++)
		if (eq_ci(s, n, row_words[k]))
			return 1;
	return 0;
}

/* An icon's label where an image would be: "Chevron down", "caret
 * up", "arrow right" (a menu's toggle beside a comment's header).  The
 * icons' words start with 'c' or 'a': noise_lead() lets lines that
 * start so through, the first test below drops the others. */
static int
icon_label(const char *s, size_t n)
{
	static const char *const icons[] = { "chevron ", "caret ",
	    "arrow ", "angle ", NULL };
	static const char *const ways[] = { "down", "up", "left", "right",
	    NULL };
	size_t k, w = 0, j;

	if (n == 0 || (LC(s[0]) != 'c' && LC(s[0]) != 'a'))
		return 0;	/* (noise_lead() knows these letters too) */
	for (k = 0; icons[k] != NULL && (w = prefix_ci(s, n, icons[k])) == 0;
	    k++)
		continue;
	if (w == 0)
		return 0;
	for (j = 0; ways[j] != NULL; j++)
		if (eq_ci(s + w, n - w, ways[j]))
			return 1;
	return 0;
}

/* Could every word of p[0..n) that is no "(label)" be a button word
 * (button_word()'s shortcut)?  Most lines of text fail at their first
 * or second word, before any table is read. */
static int
buttons_maybe(const char *p, size_t n)
{
	size_t	i = 0, e;

	while (i < n) {
		while (i < n && p[i] == ' ')
			i++;
		if (i == n)
			break;
		for (e = i; e < n && p[e] != ' '; e++)
			continue;
		if (!(p[i] == '(' && p[e - 1] == ')' && e - i >= 3) &&
		    (e - i > BUTTON_MAX || !NOISE_START(p + i, e - i)))
			return 0;
		i = e;
	}
	return 1;
}

/* lynx's buttons: "(BUTTON) Antwort auf #1 von NAME", and a line of
 * labels "(comment)" and button words: "(comment) Antworten Antworten
 * (report) Melden Melden"; any dumper's row of two button words or
 * more ("Permalink Moderate Report Abuse"). */
static int
lynx_buttons(const char *p, size_t n, int slow)
{
	size_t	i = 0, e, k, words = 0;

	if (n > 9 && memcmp(p, "(BUTTON) ", 9) == 0)
		return 1;
	if (n == 8 && memcmp(p, "(BUTTON)", 8) == 0)
		return 1;		/* an icon's button: no label */
	if (!slow && !buttons_maybe(p, n))
		return 0;
	while (i < n) {
		while (i < n && p[i] == ' ')
			i++;
		if (i == n)
			break;
		for (e = i; e < n && p[e] != ' '; e++)
			continue;
		if (p[i] == '(' && p[e - 1] == ')' && e - i >= 3) {
			for (k = i + 1; k + 1 < e && islower((unsigned char)p[k]);
			    k++)
				continue;
			if (k + 1 < e)
				return 0;	/* "(sigh!)": text */
			i = e;
			continue;
		}
		if (!button_word(p + i, e - i, slow))
			return 0;
		words++;
		i = e;
	}
	/* a line of words, not one label: two buttons at least */
	return p[0] == '(' ? words > 0 : words >= 2;
}

/* May s[0..n) be the name of attr()'s "NAME says:" shortcut: no
 * figure, '.', ':', '[' or ']' in it, and not "Reply ..."? */
static int
plain_name(const char *s, size_t n)
{
	size_t i;

	if (prefix_ci(s, n + 1, "reply ") == 6)
		return 0;	/* (n + 1: the space before "says") */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= '0' && c <= ':') || c == '.' || c == '[' ||
		    c == ']')
			return 0;
	}
	return 1;
}

/* qr_text_attr(); with "noise_only", only as far as the noise checks
 * (qr_text_noise()); with "slow", without the shortcuts (the tests
 * compare both: qr_text_attr_slow()). */
static enum tattr_kind
attr(const char *s, size_t len, const char *ref, struct tattr *a,
    int noise_only, int slow)
{
	const char	*p = s;
	size_t		 n = len, i, k;
	char		 tmp[QR_DATE_MAX];
	int		 c0;

	memset(a, 0, sizeof(*a));
	if (len == 0)
		return TA_NONE;
	/* "May 2, 2014 at 9:04 pm" alone, the commonest date line (a
	 * comment's in WordPress's dumps): every rule below passes it on
	 * to date_line(), which reads it so (check_textspeed's
	 * test_attr_month_day_year tries every month name of the form) */
	if (!slow && !noise_only && len >= 11 && len < 64 &&
	    (unsigned)((s[0] | 0x20) - 'a') < 26 &&
	    qr_date_month_day_year(s, len, tmp)) {
		a->kind = TA_DATE;
		a->has_date = 1;
		memcpy(a->date, tmp, sizeof(tmp));
		return TA_DATE;
	}
	/* "NAME says:", the commonest header line: a name of words
	 * without a figure, '.', ':', '[' or ']' (nothing then that a
	 * rule below reads before the says words: no number, avatar,
	 * button row, noise, date, and no says word inside the name ends
	 * it, for a colon, dots or a date would have to follow; test
	 * check_textspeed's test_attr_says) */
	if (!slow && !noise_only && len >= 7 && len < 160 &&
	    memcmp(s + len - 6, " says:", 6) == 0 &&
	    (unsigned)((s[0] | 0x20) - 'a') < 26 && s[len - 7] != ' ' &&
	    plain_name(s, len - 6)) {
		a->kind = TA_AUTHOR;
		a->author = s;
		a->alen = len - 6;
		return TA_AUTHOR;
	}
	if (is_bracketed(s, len) && len < 80)
		return a->kind = TA_NOISE;
	/* "[…] text": an excerpt (a pingback's), no avatar before a name */
	if (len > 5 && (memcmp(s, "[\xe2\x80\xa6]", 5) == 0 ||
	    memcmp(s, "[...]", 5) == 0))
		return TA_NONE;
	/* "#12 [avatar] NAME DATE": a post's number before its header;
	 * "#3.1 — vor 8 Stunden": a reply's number before its date */
	if (n > 3 && p[0] == '#' && isdigit((unsigned char)p[1]) &&
	    (i = qr_text_comment_number(p, n, &k)) > 0 && i < n) {
		p += i, n -= i;
		skip_spaces(&p, &n);
		if (n > 3 && ((unsigned char)p[0] == 0xe2 &&
		    (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] ==
		    0x93 || (unsigned char)p[2] == 0x94)))
			p += 3, n -= 3;		/* "—", "–" */
		else if (n > 2 && (unsigned char)p[0] == 0xc2 &&
		    (unsigned char)p[1] == 0xb7)
			p += 2, n -= 2;		/* "·" */
		skip_spaces(&p, &n);
	}
	/* "1. From NAME - DATE": a comment's number before its header
	 * (not "6. Juni 2015", a date, nor "13. Title 27. Juni 2018 …") */
	if (n > 4 && isdigit((unsigned char)p[0])) {
		for (i = 1; i < n && i < 5 && isdigit((unsigned char)p[i]); i++)
			continue;
		if (i + 2 < n && p[i] == '.' && p[i + 1] == ' ' &&
		    lead_word(p + i + 2, n - i - 2)) {
			p += i + 2, n -= i + 2;
			skip_spaces(&p, &n);
		}
	}
	strip_brackets(&p, &n);
	if (n == 0)
		return a->kind = TA_NOISE;
	/* "- Antworten", "| Reply": a button after the header's date */
	if (n > 2 && (p[0] == '-' || p[0] == '|') && p[1] == ' ')
		p += 2, n -= 2;
	c0 = LC(p[0]);
	/* no entry is longer than NOISE_MAX, none holds a colon (times,
	 * "NAME says:") */
	if (slow || (n <= NOISE_MAX && NOISE_START(p, n) &&
	    !has_colon(p, n)))
		for (k = 0; noise[k] != NULL; k++)	/* lower case */
			if ((unsigned char)noise[k][0] == c0 &&
			    eq_ci(p, n, noise[k]))
				return a->kind = TA_NOISE;
	/* platforms' buttons and statuses, kept out of the table above
	 * (each entry there costs every line a test) */
	if (n >= 6 && n <= 15 && (c0 == 'l' || c0 == 'o' || c0 == 'p' ||
	    (c0 >= 0xea && c0 <= 0xed)))
		for (k = 0; platform_noise[k] != NULL; k++)
			if (eq_ci(p, n, platform_noise[k]))
				return a->kind = TA_NOISE;
	if (n < 24 && c0 == 'r' && starts_ci(p, n, "reply "))
		return a->kind = TA_NOISE;
	if (n <= 16 && icon_label(p, n))
		return a->kind = TA_NOISE;
	if (n <= 96 && (c0 == '(' || (n <= NOISE_MAX + 16 &&
	    memchr(p, ' ', n) != NULL)) && lynx_buttons(p, n, slow))
		return a->kind = TA_NOISE;
	/* "0 points", "12 votes": a comment's score */
	if (n <= 16 && isdigit((unsigned char)c0)) {
		static const char *const score[] = { "point", "points",
		    "vote", "votes", "likes", "punkte", "stimmen", NULL };

		for (i = 0; i < n && isdigit((unsigned char)p[i]); i++)
			continue;
		if (i < n && p[i] == ' ')
			for (k = 0; score[k] != NULL; k++)
				if (eq_ci(p + i + 1, n - i - 1, score[k]))
					return a->kind = TA_NOISE;
	}
	/* "(#46000471)": a comment's number in brackets (Slash, the end
	 * of its wrapped header) */
	if (n >= 4 && n <= 16 && c0 == '(' && p[1] == '#' &&
	    p[n - 1] == ')') {
		for (i = 2; i < n - 1 && isdigit((unsigned char)p[i]); i++)
			continue;
		if (i == n - 1 && i > 2)
			return a->kind = TA_NOISE;
	}
	/* "#12", "12" alone: a comment's number */
	for (i = p[0] == '#' ? 1 : 0; i < n && p[i] >= '0' && p[i] <= '9';
	    i++)
		continue;
	if (i == n && n <= 6)
		return a->kind = TA_NOISE;
	/* qr_text_noise() stops here: no TA_NOISE below this line */
	if (noise_only)
		return TA_NONE;
	/* "says:" alone: the name was on the line above (a says word's
	 * first two letters are a pair of says_pairs[]: the line's must
	 * be one) */
	for (k = 0; (slow || (n <= SAYS_MAX && n >= 2 &&
	    SAYS_PAIR(c0, LC(p[1])))) && says[k] != NULL; k++) {
		size_t w;

		if (!slow && (unsigned char)says[k][1] != c0)
			continue;	/* its first letter decides most */
		w = prefix_ci(p, n, says[k] + 1);

		if (w > 0 && (n == w || (n == w + 1 && p[w] == ':'))) {
			a->kind = TA_AUTHOR;
			a->author = p;
			a->alen = 0;
			return TA_AUTHOR;
		}
	}
	/* "NAME says:" (+ maybe a date after) */
	if (n < 160) {
		size_t		 from = 1, to, c;

		if (p[n - 1] == ':' || slow) {
			/* "NAME wrote on DATE:": a says word may stand
			 * anywhere */
			for (i = 1; i < n; i++)
				if (p[i] == ' ' && i + 1 < n &&
				    (slow || SAYS_AT(p, n, i)) &&
				    says_at(p, n, i, ref, a))
					return TA_AUTHOR;
		} else for (c = 0; from < n; c = to + 1) {
			/* else a says word ends right before a colon (and
			 * spaces, or spaces and a '.') or at the end of the
			 * line: it starts in the SAYS_MAX bytes before */
			const char *colon = c < n ?
			    memchr(p + c, ':', n - c) : NULL;

			to = colon != NULL ? (size_t)(colon - p) : n;
			for (i = to; i > 0 && p[i - 1] == ' '; i--)
				continue;
			if (colon != NULL && i == to && i > 0 && p[i - 1] == '.')
				for (i--; i > 0 && p[i - 1] == ' '; i--)
					continue;	/* "NAME hat gesagt.:" */
			/* "NAME said...": the word ends before the dots */
			if (to == n && i > 3 && says_dots(p + i - 3, 3))
				i -= 3;
			/* every says word ends in a letter: "… sketch." */
			if (i > 0 && (unsigned char)p[i - 1] < 0x80 &&
			    !isalpha((unsigned char)p[i - 1])) {
				if (to == n)
					break;
				continue;
			}
			if (i > SAYS_MAX && i - SAYS_MAX > from)
				from = i - SAYS_MAX;
			for (; from < i; from++)
				if (p[from] == ' ' && SAYS_AT(p, n, from) &&
				    says_at(p, n, from, ref, a))
					return TA_AUTHOR;
			if (to == n)
				break;
		}
	}
	/* html2text glues a linked name to the verb: "sarahsagt:" */
	if (n > 3 && n < 80 && p[n - 1] == ':') {
		for (k = 0; says[k] != NULL; k++) {
			size_t w = strlen(says[k]) - 1, e = n - 1;

			while (e > 0 && p[e - 1] == ' ')
				e--;
			if (e > w && strncasecmp(p + e - w, says[k] + 1, w) == 0 &&
			    p[e - w - 1] != ' ' && memchr(says[k] + 1, ' ', w) == NULL) {
				a->kind = TA_AUTHOR;
				a->author = p;
				a->alen = e - w;
				return TA_AUTHOR;
			}
		}
	}
	/* "Posted by: Tom | 02/15/2017", "Posted by Tom at 9:12 PM" */
	if (c0 == 'p' && starts_ci(p, n, "posted by") && n < 120) {
		const char *q = p + 9, *e = p + n, *bar;

		while (q < e && (*q == ':' || *q == ' '))
			q++;
		bar = memchr(q, '|', (size_t)(e - q));
		a->kind = TA_AUTHOR;
		a->author = q;
		a->alen = (size_t)((bar != NULL ? bar : e) - q);
		while (a->alen > 0 && q[a->alen - 1] == ' ')
			a->alen--;
		if (bar != NULL && date_line(bar + 1, (size_t)(e - bar - 1),
		    ref, tmp)) {
			a->has_date = 1;
			memcpy(a->date, tmp, sizeof(tmp));
		}
		return TA_AUTHOR;
	}
	/* The rules below but name_age() and the relative date read a
	 * figure of the line (a date's, a time's, an age's glued to the
	 * name) and return at once without one, "a" untouched: a line
	 * without a digit (most short lines of text) skips them. */
	if (!slow && n <= 100 && !qr_text_has_digit(p, n)) {
		if (name_age(p, n, a))
			return a->kind = TA_AUTHOR;
		if (n <= 40 && n >= 2 && qr_text_relative_date(p, n))
			goto relative;
		return TA_NONE;
	}
	if (n <= 100 && date_name(p, n, ref, a))
		return a->kind = TA_AUTHOR;
	if (n <= 100 && (c0 == 'a' || p[n - 1] == '-') && glued_age(p, n, a))
		return a->kind = TA_AUTHOR;
	if (n <= 100 && name_age(p, n, a))
		return a->kind = TA_AUTHOR;
	if (n <= 100 && author_date(p, n, ref, a))
		return a->kind = a->alen > 0 ? TA_AUTHOR : TA_DATE;
	/* "10:28", "9:12 PM": a time alone (the rest of a wrapped date) */
	for (i = 0; i < n && i < 2 && isdigit((unsigned char)p[i]); i++)
		continue;
	if (i > 0 && i + 3 <= n && p[i] == ':' &&
	    isdigit((unsigned char)p[i + 1]) &&
	    isdigit((unsigned char)p[i + 2]) && (i + 3 == n ||
	    (n - i - 3 <= 3 && (eq_ci(p + n - 2, 2, "am") ||
	    eq_ci(p + n - 2, 2, "pm"))))) {
		a->kind = TA_DATE;
		a->has_date = 1;
		return TA_DATE;
	}
	if (n <= 64 && date_line(p, n, ref, tmp)) {
		a->kind = TA_DATE;
		a->has_date = 1;
		memcpy(a->date, tmp, sizeof(tmp));
		return TA_DATE;
	}
	/* "vor 8 Stunden": a date line, no date for the model */
	if (n <= 40 && n >= 2 && qr_text_relative_date(p, n)) {
relative:
		a->kind = TA_DATE;
		a->has_date = 1;
		a->date[0] = '\0';
		return TA_DATE;
	}
	return TA_NONE;
}

enum tattr_kind
qr_text_attr(const char *s, size_t len, const char *ref, struct tattr *a)
{
	return attr(s, len, ref, a, 0, 0);
}

enum tattr_kind
qr_text_attr_slow(const char *s, size_t len, const char *ref, struct tattr *a)
{
	return attr(s, len, ref, a, 0, 1);
}

/* Might a line that starts so be noise?  attr() finds noise only on a
 * line that starts with a byte it skips or reads ('[', '_', ' ', '#',
 * a digit, "- ", "| ", a "(label)"), with the first two bytes of a
 * noise[] entry or of a button row's first word (noise_pairs[]; a
 * word of one byte: its pair with 0), "reply " among them, or with an
 * icon's label ("chevron", "caret", "arrow", "angle"). */
static int
noise_lead(const char *s, size_t len)
{
	unsigned c = LC(s[0]);

	if (c == '[' || c == '_' || c == ' ' || c == '#' || c == '-' ||
	    c == '|' || c == '(' || isdigit(c))
		return 1;
	/* an icon's label is 8 bytes at least ("caret up") */
	if ((c == 'c' || c == 'a') && len >= 8)
		return 1;
	return NOISE_PAIR(c, len > 1 ? LC(s[1]) : 0) || NOISE_PAIR(c, 0);
}

int
qr_text_noise(const char *s, size_t len)
{
	struct tattr a;

	/* A line of text: longer than any noise line with a "- " before
	 * it, and neither end something attr() strips ("[avatar]", "#12 ",
	 * spaces, underscores).  Most lines of a comment are such. */
	if (len > NOISE_MAX + 2 && len >= 80 && s[0] != '[' &&
	    s[0] != '#' && s[0] != ' ' && s[0] != '_' &&
	    s[len - 1] != ' ' && s[len - 1] != '_')
		return 0;
	if (len == 0 || !noise_lead(s, len))
		return 0;
	return attr(s, len, NULL, &a, 1, 0) == TA_NOISE;
}

/* Words that name a comment section, after an optional count; the
 * ones after "bare" also alone ("Comments"), the others only with a
 * count ("2 Antworten", "3 replies"). */
static const char *const heading_words[] = {
	"comments", "thoughts on", "thought on", "responses to",
	"comments on", "comments to", "kommentare zu", "kommentare",
	"leserkommentare", "commentaires", "comentarios", "comentários",
	"commenti", "reacties", "reaktionen", "leave a comment",
	"\xe7\x95\x99\xe8\xa8\x80\xe5\x88\x97\xe8\xa1\xa8",	/* 留言列表 */
	"\xe7\x95\x99\xe8\xa8\x80",		/* 留言 */
	"\xe8\xa9\x95\xe8\xab\x96",		/* 評論 */
	"\xe8\xaf\x84\xe8\xae\xba",		/* 评论 */
	"\xe3\x82\xb3\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x88",	/* コメント */
	"bare",
	"comment", "responses", "response", "replies", "reply",
	"kommentar", "commentaire", "comentario", "antworten", "antwort",
	"meinungen", "réponses", "respuestas",
	/* after a count: 条评论 (CSDN's "8 条评论"), 條評論, 件のコメント */
	"\xe6\x9d\xa1\xe8\xaf\x84\xe8\xae\xba",
	"\xe6\xa2\x9d\xe8\xa9\x95\xe8\xab\x96",
	"\xe4\xbb\xb6\xe3\x81\xae"
	    "\xe3\x82\xb3\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x88",
	NULL
};

int
qr_text_comments_heading(const char *s, size_t len)
{
	const char	*p = s;
	size_t		 n = len, k, w;
	int		 count = 0;

	/* html2text: "***** 5 thoughts on … *****"; lynx/links headings */
	while (n > 0 && (*p == '*' || *p == '#' || *p == '=' || *p == ' '))
		p++, n--;
	/* "[RSS]Kommentare (34)" */
	if (n > 0 && *p == '[') {
		const char *e = memchr(p, ']', n);

		if (e != NULL) {
			n -= (size_t)(e + 1 - p);
			p = e + 1;
		}
	}
	while (n > 0 && (p[n - 1] == '*' || p[n - 1] == ' '))
		n--;			/* "***** … (42) *****" */
	if (n > 3 && p[n - 1] == ')') {
		size_t j = n - 1;

		while (j > 0 && isdigit((unsigned char)p[j - 1]))
			j--;
		if (j > 0 && j < n - 1 && p[j - 1] == '(') {
			n = j - 1;
			while (n > 0 && p[n - 1] == ' ')
				n--;
			count = 1;
		}
	}
	while (n > 0 && (p[n - 1] == '*' || p[n - 1] == ' ' ||
	    p[n - 1] == ':'))
		n--;
	if (n == 0 || n > 120)
		return 0;
	/* "There are 13 comments": a count and the word at the end */
	if (n <= 60 && !isdigit((unsigned char)*p)) {
		size_t j;

		for (j = n; j > 1; j--)
			if (p[j - 1] == ' ' && isdigit((unsigned char)p[j - 2]))
				break;
		if (j > 1) {
			for (k = 0; heading_words[k] != NULL; k++)
				if (eq_ci(p + j, n - j, heading_words[k]))
					return 1;
		}
	}
	while (n > 0 && isdigit((unsigned char)*p))
		p++, n--, count = 1;
	while (n > 0 && *p == ' ')
		p++, n--;
	for (k = 0; heading_words[k] != NULL; k++) {
		if (heading_words[k][0] == 'b' &&
		    strcmp(heading_words[k], "bare") == 0) {
			if (!count)
				break;
			continue;
		}
		if ((w = prefix_ci(p, n, heading_words[k])) == 0)
			continue;
		if (n == w)
			return 1;
		/* "Kommentare Schreibe einen Kommentar" */
		if (p[w] == ' ' && k < 21 &&
		    qr_text_thread_end(p + w + 1, n - w - 1) == 1)
			return 1;
		/* "5 thoughts on “Title”", "12 Comments on Title" */
		if (count && (p[w] == ' ' || p[w] == '.' || p[w] == ':'))
			return 1;
		if (strstr(heading_words[k], " on") != NULL ||
		    strstr(heading_words[k], " zu") != NULL ||
		    strstr(heading_words[k], " to") != NULL)
			return 1;
	}
	return 0;
}

/* The phrases of qr_text_thread_end(): lines that say the comments are
 * closed, that end a thread, and that only stand under one. */
static const char *const te_closed[] = {
	"comments are closed", "comments closed",
	"kommentare sind geschlossen", "die kommentarfunktion ist",
	"kommentare geschlossen", "les commentaires sont fermés",
	"comments for this post are closed", NULL
};
static const char *const te_end[] = {
	"leave a reply", "leave a comment", "leave a reply cancel reply",
	"kommentar verfassen", "schreibe einen kommentar",
	"hinterlasse einen kommentar", "laisser un commentaire",
	"laisser une réponse", "post navigation", "beitragsnavigation",
	"add new comment", "post a comment", "kommentar schreiben",
	"deja un comentario", "dejar un comentario", "deixe um comentário",
	"lascia un commento", "write a comment", "add a comment",
	"your email address will not be published", "submit a comment",
	"leave a reply to", "what do you think?", "join the discussion",
	"newer post", "older post", "related posts", "ähnliche beiträge",
	"ähnliche artikel", "kommentar hinzufügen",
	"subscribe to post comments", "post comment", "add comment", NULL
};
/* what a comment service says under its thread, never above */
static const char *const te_below[] = {
	"please enable javascript to view the comments", NULL
};

/* The first two letters of those phrases (ASCII lower case, folded to
 * 5 bits): te_pairs[first] holds bit "second".  A line that starts with
 * no such pair is no phrase (qr_text_tables_fit() holds the tables to
 * it: a phrase added there needs its bit here). */
static const uint32_t te_pairs[32] = {
	0x00000000u, 0x00000010u, 0x00000020u, 0x00008010u,
	0x00000220u, 0x00000000u, 0x00000000u, 0x00000000u,
	0x00000200u, 0x00000000u, 0x00008000u, 0x00008000u,
	0x00000022u, 0x00000000u, 0x00000020u, 0x00001000u,
	0x00009000u, 0x00000000u, 0x00000020u, 0x00200008u,
	0x00000000u, 0x00000000u, 0x00000000u, 0x00040100u,
	0x00000000u, 0x00008000u, 0x00000000u, 0x00000000u,
	0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u,
};
#define TE_PAIR(c0, c1)	(te_pairs[(c0) & 31] >> ((c1) & 31) & 1)
/* No phrase is shorter (a shorter line, "Reply", is none of them). */
#define TE_MIN		10

static int
thread_end(const char *s, size_t len, int slow)
{
	const char	*p = s;
	size_t		 n = len, k;
	int		 c0;

	while (n > 0 && (*p == '*' || *p == '#' || *p == '=' || *p == ' '))
		p++, n--;
	while (n > 0 && (p[n - 1] == '*' || p[n - 1] == ' ' ||
	    p[n - 1] == '.'))
		n--;
	if (n == 0 || n > 80)
		return 0;
	/* each phrase compared only when its first letter matches */
	c0 = slow ? -1 : LC(p[0]);
	if (!slow && (n < TE_MIN || !TE_PAIR(c0, LC(p[1]))))
		return 0;
	for (k = 0; te_closed[k] != NULL; k++)
		if ((slow || (unsigned char)te_closed[k][0] == c0) && starts_ci(p, n, te_closed[k]))
			return 2;
	for (k = 0; te_end[k] != NULL; k++)
		if ((slow || (unsigned char)te_end[k][0] == c0) && starts_ci(p, n, te_end[k]) &&
		    (n == strlen(te_end[k]) || !isalpha((unsigned char)p[strlen(te_end[k])])))
			return 1;
	for (k = 0; te_below[k] != NULL; k++)
		if ((slow || (unsigned char)te_below[k][0] == c0) && starts_ci(p, n, te_below[k]))
			return 3;
	return 0;
}

int
qr_text_thread_end(const char *s, size_t len)
{
	return thread_end(s, len, 0);
}

int
qr_text_thread_end_slow(const char *s, size_t len)
{
	return thread_end(s, len, 1);
}

size_t
qr_text_name_label(const char *s, size_t len, size_t *nlen)
{
	static const char *const labels[] = { "comment from:",
	    "comment from", "comment by:", "comment by", "kommentar von",
	    "commentaire de", "comentario de", "author:", "autor:", "from:",
	    "by:", NULL };
	size_t	k, w = 0, i;

	for (k = 0; labels[k] != NULL; k++)
		if ((w = prefix_ci(s, len, labels[k])) > 0 && w < len &&
		    s[w] == ' ')
			break;
	if (labels[k] == NULL)
		w = 0;
	while (w < len && s[w] == ' ')
		w++;
	/* "[avatar] NAME": an avatar's alt text (w3m: its file's name,
	 * glued to the name) before the name */
	if (w + 2 < len && s[w] == '[') {
		const char *e = memchr(s + w, ']', len - w);

		if (e != NULL && e + 2 < s + len && e[1] != ']' &&
		    memchr(s + w + 1, '[', (size_t)(e - s - w - 1)) == NULL) {
			const char	*alt = s + w + 1;
			size_t		 an = (size_t)(e - alt);

			w = (size_t)(e + 1 - s);
			while (w < len && s[w] == ' ')
				w++;
			/* "[dave_k]dave_k  Member": the alt text is the name
			 * (a role may follow it) */
			if (an > 0 && len - w >= an && memcmp(s + w, alt, an) == 0 &&
			    (len - w == an || s[w + an] == ' ')) {
				*nlen = an;
				return w;
			}
		}
	}
	*nlen = len - w;
	/* "NAME NAME Member": the name twice (its avatar's alt text, then
	 * its link), then maybe a role: the name once */
	for (i = w; i < len && s[i] != ' '; i++)
		continue;
	if (i > w && i < len && len - i - 1 >= i - w &&
	    memcmp(s + i + 1, s + w, i - w) == 0 &&
	    (len - i - 1 == i - w || s[i + 1 + i - w] == ' ')) {
		*nlen = i - w;
		return w;
	}
	/* " · site.example": the commenter's site after the name */
	for (i = w; i + 4 < len; i++)
		if (s[i] == ' ' && (unsigned char)s[i + 1] == 0xc2 &&
		    (unsigned char)s[i + 2] == 0xb7 && s[i + 3] == ' ' &&
		    memchr(s + i + 4, ' ', len - i - 4) == NULL &&
		    memchr(s + i + 4, '.', len - i - 4) != NULL) {
			*nlen = i - w;
			break;
		}
	return w;
}

int
qr_text_name_line(const char *s, size_t len)
{
	size_t	i, words = 1;

	/* "Bert B.": a name that ends in an initial */
	if (len >= 4 && s[len - 1] == '.' && s[len - 3] == ' ' &&
	    isupper((unsigned char)s[len - 2]) && len - 2 <= 48)
		len -= 2;
	if (len == 0 || len > 48 || s[len - 1] == '.' || s[len - 1] == '!' ||
	    s[len - 1] == '?' || s[len - 1] == ',' || s[len - 1] == ':')
		return 0;
	if (isdigit((unsigned char)s[0]))
		return 0;
	/* a sentence's end in Chinese or Japanese: "。", "！", "？",
	 * "，", "：" (U+3002, U+FF01, U+FF1F, U+FF0C, U+FF1A) */
	if (len >= 3 && ((memcmp(s + len - 3, "\xe3\x80\x82", 3) == 0) ||
	    ((unsigned char)s[len - 3] == 0xef &&
	    (unsigned char)s[len - 2] == 0xbc &&
	    ((unsigned char)s[len - 1] == 0x81 ||
	    (unsigned char)s[len - 1] == 0x9f ||
	    (unsigned char)s[len - 1] == 0x8c ||
	    (unsigned char)s[len - 1] == 0x9a))))
		return 0;
	/* (words, not spaces: html2text pads a heading's parts) */
	for (i = 1; i < len; i++)
		if (s[i] != ' ' && s[i - 1] == ' ')
			words++;
	return words <= 6;
}

/* Do the entries of "table" start with a byte in lower case (and
 * none is empty)?  word_of() compares only those of s's first letter. */
static int
lower_firsts(const char *const table[])
{
	size_t k;

	for (k = 0; table[k] != NULL; k++)
		if (table[k][0] == '\0' ||
		    LC(table[k][0]) != (unsigned char)table[k][0])
			return 0;
	return 1;
}

/* Does button_word()'s shortcut keep the word w (of a table)? */
static int
button_fits(const char *w)
{
	return NOISE_START(w, strlen(w)) &&
	    (strchr(w, ' ') != NULL || strlen(w) <= BUTTON_MAX);
}

/* Do the tables keep what the fast paths rely on (SAYS_MAX, NOISE_MAX,
 * says_pairs, te_pairs, noise_pairs, first letters in lower case,
 * says words ending in a letter, no colon in a noise line)?  For the
 * tests. */
int
qr_text_tables_fit(void)
{
	size_t k, i;

	for (k = 0; says[k] != NULL; k++)
		if (strlen(says[k]) > SAYS_MAX || says[k][0] != ' ' ||
		    says[k][1] == '\0' ||
		    LC(says[k][1]) != (unsigned char)says[k][1] ||
		    strlen(says[k]) < 3 ||
		    !SAYS_PAIR(LC(says[k][1]), LC(says[k][2])) ||
		    ((unsigned char)says[k][strlen(says[k]) - 1] < 0x80 &&
		    !isalpha((unsigned char)says[k][strlen(says[k]) - 1])))
			return 0;
	for (k = 0; te_closed[k] != NULL; k++)
		if (strlen(te_closed[k]) < TE_MIN ||
		    LC(te_closed[k][0]) != (unsigned char)te_closed[k][0] ||
		    !TE_PAIR(LC(te_closed[k][0]), LC(te_closed[k][1])))
			return 0;
	for (k = 0; te_end[k] != NULL; k++)
		if (strlen(te_end[k]) < TE_MIN ||
		    LC(te_end[k][0]) != (unsigned char)te_end[k][0] ||
		    !TE_PAIR(LC(te_end[k][0]), LC(te_end[k][1])))
			return 0;
	for (k = 0; te_below[k] != NULL; k++)
		if (strlen(te_below[k]) < TE_MIN ||
		    LC(te_below[k][0]) != (unsigned char)te_below[k][0] ||
		    !TE_PAIR(LC(te_below[k][0]), LC(te_below[k][1])))
			return 0;
	if (!lower_firsts(rel_leads) || !lower_firsts(rel_mods) ||
	    !lower_firsts(rel_tails) || !lower_firsts(rel_counts) ||
	    !lower_firsts(rel_units) || !lower_firsts(date_name_seps))
		return 0;
	for (k = 0; rel_tails[k] != NULL; k++)
		if (strchr(rel_tails[k], ' ') != NULL)
			return 0;
	for (k = 0; date_name_seps[k] != NULL; k++)
		if (!DATE_SEP_LEAD((unsigned char)date_name_seps[k][0]))
			return 0;
	for (k = 0; months[k] != NULL; k++)
		for (i = 0; months[k][i] != '\0'; i++)
			if (LC(months[k][i]) != (unsigned char)months[k][i])
				return 0;
	for (k = 0; noise[k] != NULL; k++)
		if (strlen(noise[k]) > NOISE_MAX ||
		    LC(noise[k][0]) != (unsigned char)noise[k][0] ||
		    has_colon(noise[k], strlen(noise[k])) ||
		    !button_fits(noise[k]))
			return 0;
	for (k = 0; row_words[k] != NULL; k++)
		if (!button_fits(row_words[k]))
			return 0;
	if (!NOISE_PAIR('r', 'e'))	/* attr()'s "reply NAME" */
		return 0;
	for (k = 0; platform_noise[k] != NULL; k++)
		if (strlen(platform_noise[k]) < 6 ||
		    strlen(platform_noise[k]) > 15 ||
		    !NOISE_PAIR((unsigned char)platform_noise[k][0],
		    (unsigned char)platform_noise[k][1]))
			return 0;
	return 1;
}
