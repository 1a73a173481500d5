/*
 * text_head.c -- the post's header in a plain-text dump: which line is
 * the post's title, and the author and date of its byline.
 *
 * Dumpers print the page's top first: lynx a "#..." line listing the
 * page's <link rel> titles, links "Link: ..." lines, then skip-links,
 * the site's name, tagline and menu.  The title is found by the shapes
 * the dumpers give a heading (html2text "****** T ******", lynx a line
 * at column 0 among lines at column 3) or next to a byline ("Posted on
 * DATE by NAME").  Only the first HEAD_LINES lines are looked at, and
 * the scan stops at a comments heading: the cost does not grow with the
 * dump.
 */
#include <string.h>

#include "text.h"

#define HEAD_LINES	200	/* lines looked at for the header */
#define BYLINE_MAX	200	/* longest byline read (bytes) */
#define TITLE_MAX	200	/* longest title line (bytes) */
#define PROSE_BYTES	250	/* a paragraph: this much text unbroken */
#define ALONE_LINES	12	/* how far before it a title may stand */

static int
starts(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);

	return len >= n && memcmp(s, p, n) == 0;
}

/* p in s[0..n), or NULL (the lines are not NUL-terminated) */
static const char *
find(const char *s, size_t n, const char *p)
{
	return memmem(s, n, p, strlen(p));
}

/* Skip-links in the languages the corpus shows and their neighbours,
 * with or without brackets (html2text, links) */
static const char *const skip_links[] = {
	"skip to content", "skip to main content", "skip to navigation",
	"skip to main navigation", "skip to primary navigation",
	"skip navigation", "jump to navigation", "jump to content",
	"skip to the content", "skip to footer", "skip links",
	"zum inhalt springen", "zum inhalt", "direkt zum inhalt",
	"zur navigation springen", "zum hauptinhalt springen",
	"aller au contenu", "aller au contenu principal",
	"passer au contenu", "saltar al contenido", "ir al contenido",
	"saltar al contenido principal", "vai al contenuto",
	"salta al contenuto", "pular para o conteúdo",
	"ir para o conteúdo", "naar de inhoud springen",
	"spring naar de inhoud", "menu", "toggle navigation", NULL
};

/* A line the dumper or the page's top puts before anything of the post:
 * lynx's "#..." link list (and its wrapped lines, at column 3 before
 * the first blank), links' "Link: ..." lines, a skip-link, a lone "*"
 * or "●". */
static int
junk_line(const struct tline *l)
{
	const char	*s = l->s;
	size_t		 n = l->len;

	if (starts(s, n, "Link: ") || (n == 1 && (*s == '*' || *s == '#')))
		return 1;
	if (n == 3 && memcmp(s, "\xe2\x97\x8f", 3) == 0)	/* ● */
		return 1;
	if (n > 2 && s[0] == '[' && s[n - 1] == ']') {
		s++;
		n -= 2;
	}
	/* "Skip to content Skip to navigation": every word a skip-link's */
	return qr_text_one_of(s, n, skip_links) ||
	    (n > 12 && (starts(s, n, "Skip to ") || starts(s, n, "Jump to ")) &&
	    (find(s + 8, n - 8, "Skip") != NULL ||
	    find(s + 8, n - 8, "Jump") != NULL) &&
	    memchr(s, '.', n) == NULL);
}

size_t
qr_text_head_start(const struct tlines *tl, size_t first)
{
	size_t i = first, end = tl->n;

	if (end > first + HEAD_LINES)
		end = first + HEAD_LINES;
	/* lynx's "#..." list runs to the first blank line */
	if (i < end && tl->v[i].s[0] == '#' && tl->v[i].len > 1 &&
	    tl->v[i].indent >= 3 && tl->v[i].s[1] != ' ')
		while (i < end && tl->v[i].len > 0)
			i++;
	for (; i < end; i++) {
		const struct tline *l = &tl->v[i];

		if (l->len > 0 && !junk_line(l))
			break;
	}
	return i < end ? i : first;
}

/* Cut a name's tail: " in Category", " | 3 Comments", ", 2014". */
static size_t
name_len(const char *s, size_t n)
{
	static const char *const cuts[] = { " | ", " · ", " - ", " in ",
	    " on ", " am ", " le ", " el ", " il ", " em ", ", ", " — ",
	    " – ", NULL };
	const char *const *c;
	size_t	 k, best = n;

	for (c = cuts; *c != NULL; c++)
		for (k = 0; k + strlen(*c) <= best; k++)
			if (memcmp(s + k, *c, strlen(*c)) == 0) {
				best = k;
				break;
			}
	while (best > 0 && (s[best - 1] == ' ' || s[best - 1] == '.'))
		best--;
	return best;
}

/* A plausible name: 1-5 words, no digit, not too long. */
static int
name_ok(const char *s, size_t n)
{
	size_t i, words = 1;

	if (n < 2 || n > 60)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return 0;
		if (s[i] == ' ')
			words++;
	}
	return words <= 5;
}

static int
date_of(const char *s, size_t n, struct tattr *a)
{
	char buf[BYLINE_MAX + 1];

	while (n > 0 && (*s == ' ' || *s == '|' || *s == ',')) {
		s++;
		n--;
	}
	if (n == 0 || n > BYLINE_MAX)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (qr_date_from_text(buf, a->date) || qr_date_from_iso(buf, a->date)) {
		a->has_date = 1;
		return 1;
	}
	return 0;
}

/* The connector words before a name: "by", "von", "par", ... */
static const char *const by_words[] = { " by ", " By ", " von ", " par ",
	" da ", " por ", " door ", " di ", NULL };
static const char *const lead_words[] = { "Posted on ", "Published on ",
	"Posted ", "Published ", "Veröffentlicht am ", "Publié le ",
	"Pubblicato il ", "Publicado el ", "Publicado em ", "Geplaatst op ",
	"Written on ", "Updated on ", NULL };
static const char *const by_leads[] = { "Posted by ", "Written by ",
	"Published by ", "By ", "by ", "Von ", "Par ", "Por ", "Door ",
	"Autor: ", "Author: ", "Auteur : ", NULL };

/* "Posted on DATE by NAME", "By NAME on DATE", "By NAME", "NAME ·
 * DATE": fills a (author into s) and returns 1, else 0. */
int
qr_text_byline(const char *s, size_t n, struct tattr *a)
{
	const char *const *w;
	const char	*p;
	size_t		 k, m;

	memset(a, 0, sizeof(*a));
	if (n < 4 || n > BYLINE_MAX)
		return 0;
	for (w = lead_words; *w != NULL; w++)
		if (starts(s, n, *w)) {
			s += strlen(*w);
			n -= strlen(*w);
			break;
		}
	/* DATE by NAME */
	for (w = by_words; *w != NULL; w++)
		for (k = 0; k + strlen(*w) <= n; k++) {
			if (memcmp(s + k, *w, strlen(*w)) != 0)
				continue;
			p = s + k + strlen(*w);
			m = name_len(p, n - k - strlen(*w));
			if (name_ok(p, m) && date_of(s, k, a)) {
				a->author = p;
				a->alen = m;
				return 1;
			}
			break;
		}
	/* By NAME [on DATE] */
	for (w = by_leads; *w != NULL; w++)
		if (starts(s, n, *w)) {
			p = s + strlen(*w);
			m = name_len(p, n - strlen(*w));
			if (!name_ok(p, m))
				return 0;
			a->author = p;
			a->alen = m;
			if (m < n - strlen(*w))
				(void)date_of(p + m + 1, n - strlen(*w) - m - 1,
				    a);
			while (!a->has_date && m < n - strlen(*w) &&
			    p[m] != ' ')
				m++;
			if (!a->has_date && m + 4 < n - strlen(*w))
				(void)date_of(p + m + 4, n - strlen(*w) - m - 4,
				    a);
			return 1;
		}
	/* NAME · DATE */
	if ((p = find(s, n, " \xc2\xb7 ")) != NULL &&
	    name_ok(s, (size_t)(p - s)) &&
	    date_of(p + 4, n - (size_t)(p - s) - 4, a)) {
		a->author = s;
		a->alen = (size_t)(p - s);
		return 1;
	}
	return 0;
}

/* Does every word of s[0..n) start with a capital (or a letter beyond
 * ASCII)? */
static int
capitalised(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((i == 0 || s[i - 1] == ' ') && (((unsigned char)s[i] < 0x80 &&
		    !(s[i] >= 'A' && s[i] <= 'Z')) || ((unsigned char)s[i] ==
		    0xe2 && i + 1 < n && (unsigned char)s[i + 1] == 0x80)))
			return 0;	/* (nor "„…“": punctuation) */
	return n > 0;
}

/* "By NAME": the name */
static void
by_lead(struct tattr *a)
{
	const char *const *w;

	for (w = by_leads; *w != NULL; w++)
		if (a->alen > strlen(*w) + 1 && starts(a->author, a->alen, *w)) {
			a->author += strlen(*w);
			a->alen -= strlen(*w);
			return;
		}
}

/* "NAME 发布于" ("published at"), "NAME 已于" ("already at"), "NAME
 * 发表于" before the date: the name alone. */
static void
cjk_verb(struct tattr *a)
{
	static const char *const verbs[] = { " \xe5\x8f\x91\xe5\xb8\x83"
	    "\xe4\xba\x8e", " \xe5\xb7\xb2\xe4\xba\x8e",
	    " \xe5\x8f\x91\xe8\xa1\xa8\xe4\xba\x8e", NULL };
	const char *const *v;

	for (v = verbs; *v != NULL; v++)
		if (a->alen > strlen(*v) && memcmp(a->author + a->alen -
		    strlen(*v), *v, strlen(*v)) == 0) {
			a->alen -= strlen(*v);
			return;
		}
}

/* A byline with no word between name and date: "NAME DATE" on one line
 * ("Blackswan Thursday, May 30, 2019", "Sarah Gooding March 9, 2017
 * 13"), or the name alone with the date alone on the next line of text
 * ("Mike Conley" / "December 18, 2020").  Fills a; returns the byline's
 * last line, else tl->n. */
static size_t
name_date_byline(const struct tlines *tl, size_t i, size_t end,
    struct tattr *a)
{
	const struct tline	*l = &tl->v[i], *p;
	struct tattr		 d;
	size_t			 j;

	if (l->len < 4 || l->len > 80 || l->mark != TM_NONE ||
	    !((unsigned char)l->s[0] >= 0x80 ||
	    (l->s[0] >= 'A' && l->s[0] <= 'Z')))
		return tl->n;
	/* (not a wrapped line's end: "… Technology Project April 5, …") */
	if (i > 0 && (p = &tl->v[i - 1])->len > 0 && p->indent == l->indent &&
	    !(p->len >= 6 && (memcmp(p->s, "******", 6) == 0 ||
	    memcmp(p->s + p->len - 6, "******", 6) == 0)))
		return tl->n;	/* (html2text's <h1> over it will do) */
	if (qr_text_attr(l->s, l->len, NULL, a) == TA_AUTHOR &&
	    a->author == l->s && a->has_date && a->date[0] != '\0') {
		by_lead(a);
		cjk_verb(a);
		if (name_ok(a->author, a->alen) &&
		    memchr(a->author, ':', a->alen) == NULL &&
		    capitalised(a->author, a->alen))
			return i;
	}
	memset(a, 0, sizeof(*a));
	if (l->len > 40 || !name_ok(l->s, l->len) ||
	    memchr(l->s, ' ', l->len) == NULL ||
	    !capitalised(l->s, l->len) || (j = i + 1) >= end ||
	    tl->v[j].len == 0 || tl->v[j].mark != TM_NONE ||
	    qr_text_attr(tl->v[j].s, tl->v[j].len, NULL, &d) != TA_DATE ||
	    d.date[0] == '\0')
		return tl->n;
	*a = d;
	a->kind = TA_AUTHOR;
	a->author = l->s;
	a->alen = l->len;
	by_lead(a);
	return j;
}

/* A line that could be a headline: text, not a list item, not a date
 * or a byline, 2..TITLE_MAX bytes, not ending in ':'. */
static int
headline(const struct tline *l)
{
	struct tattr	a;
	size_t		i;

	if (l->mark != TM_NONE || l->len < 2 || l->len > TITLE_MAX ||
	    l->s[l->len - 1] == ':' || l->s[0] == '[' || junk_line(l))
		return 0;
	/* a post's category line under its title */
	if (starts(l->s, l->len, "Categorized as ") ||
	    starts(l->s, l->len, "Posted in ") ||
	    starts(l->s, l->len, "Filed under "))
		return 0;
	/* code, a table row, a form: not a headline */
	for (i = 0; i < l->len; i++)
		if (l->s[i] == '=' || l->s[i] == '{' || l->s[i] == ';' ||
		    l->s[i] == '<' || (l->s[i] == ' ' && i + 1 < l->len &&
		    l->s[i + 1] == ' '))
			return 0;
	if (date_of(l->s, l->len, &a))
		return 0;
	return !qr_text_byline(l->s, l->len, &a);
}

static size_t
prev_text(const struct tlines *tl, size_t i, size_t from)
{
	while (i > from && tl->v[i - 1].len == 0)
		i--;
	return i > from ? i - 1 : tl->n;
}

static size_t
next_text(const struct tlines *tl, size_t i, size_t end)
{
	for (i++; i < end && tl->v[i].len == 0; i++)
		continue;
	return i < end ? i : tl->n;
}

/* The first line of the post's first paragraph: a run of text lines
 * (no list item, no blank) of PROSE_BYTES or more; "end" if none. */
static size_t
first_prose(const struct tlines *tl, size_t from, size_t end)
{
	size_t i, run = end, bytes = 0;

	for (i = from; i < end; i++) {
		const struct tline *l = &tl->v[i];

		if (l->len == 0 || l->mark != TM_NONE) {
			run = end;
			bytes = 0;
			continue;
		}
		if (run == end)
			run = i;
		if ((bytes += l->len) >= PROSE_BYTES)
			return run;
	}
	return end;
}

/* The last headline standing alone (blank lines around it) in the
 * ALONE_LINES lines before the first paragraph at "prose". */
static size_t
alone_before(const struct tlines *tl, size_t from, size_t prose)
{
	size_t i;

	for (i = prose; i > from && i + ALONE_LINES > prose; i--) {
		const struct tline *l = &tl->v[i - 1];

		if (l->len >= 12 && tl->v[i].len == 0 && i - 1 > from &&
		    tl->v[i - 2].len == 0 && headline(l) &&
		    memchr(l->s, ' ', l->len) != NULL)
			return i - 1;
	}
	return tl->n;
}

/* Is most of the head at column 3 (lynx, links), with the first column
 * free for headings? */
static int
column3(const struct tlines *tl, size_t from, size_t end)
{
	size_t i, c3 = 0, c0 = 0;

	for (i = from; i < end; i++) {
		if (tl->v[i].len == 0)
			continue;
		if (tl->v[i].indent == 0)
			c0++;
		else if (tl->v[i].indent >= 3)
			c3++;
	}
	return c3 >= 8 && c0 * 4 <= c3;
}

void
qr_text_head(const struct tlines *tl, size_t from, struct text_head *h)
{
	size_t	 i, j, end = tl->n, by = tl->n, by_end = tl->n, prose;
	int	 c3, dek = 0;

	memset(h, 0, sizeof(*h));
	h->title = h->last = tl->n;
	if (end > from + HEAD_LINES)
		end = from + HEAD_LINES;
	for (i = from; i < end; i++)
		if (tl->v[i].mark == TM_NONE && tl->v[i].len > 0 &&
		    qr_text_comments_heading(tl->v[i].s, tl->v[i].len)) {
			end = i;
			break;
		}
	c3 = column3(tl, from, end);
	prose = first_prose(tl, from, end);
	/* the last heading before the post's first paragraph */
	for (i = from; i < prose; i++) {
		const struct tline *l = &tl->v[i];

		/* html2text's <h1>: "****** T ******"; lynx's headings at
		 * column 0 among lines at column 3 (not a heading's wrapped
		 * line) */
		if (l->len > 8 && starts(l->s, l->len, "****** ") &&
		    l->indent == 0)
			h->title = i;
		else if (c3 && l->indent == 0 && headline(l) &&
		    (l->len >= 12 || memchr(l->s, ' ', l->len) != NULL) &&
		    !(i > from && tl->v[i - 1].len > 0 &&
		    tl->v[i - 1].indent == 0))
			h->title = i;
	}
	/* html2text's <h1> after it, when none came before */
	for (i = prose; i < end && h->title == tl->n; i++)
		if (tl->v[i].len > 8 && tl->v[i].indent == 0 &&
		    starts(tl->v[i].s, tl->v[i].len, "****** "))
			h->title = i;
	for (i = from; i < end && i <= prose + 1 && by == tl->n; i++)
		if (tl->v[i].len > 0 && tl->v[i].mark == TM_NONE &&
		    qr_text_byline(tl->v[i].s, tl->v[i].len, &h->by))
			by = by_end = i;
	/* else a name and a date with nothing between, next to the title
	 * found above */
	for (i = h->title >= from + 2 ? h->title - 2 : from;
	    by == tl->n && h->title < tl->n && i < end &&
	    i <= h->title + 4; i++)
		if (tl->v[i].len > 0 && i != h->title &&
		    (by_end = name_date_byline(tl, i, end, &h->by)) < tl->n)
			by = i;
	if (h->title == tl->n && by < tl->n) {
		/* the line before the byline, else the one after */
		j = prev_text(tl, by, from);
		if (j < tl->n && headline(&tl->v[j])) {
			h->title = j;
			/* a lone headline over it: the title over its dek,
			 * which stays in the body with the byline */
			if ((j = prev_text(tl, j, from)) < tl->n &&
			    j + 2 == h->title && headline(&tl->v[j]) &&
			    (j == from || tl->v[j - 1].len == 0)) {
				h->title = j;
				dek = 1;
			}
		}
		else if ((j = next_text(tl, by, end)) < tl->n &&
		    headline(&tl->v[j]) && (j + 1 == end ||
		    tl->v[j + 1].len == 0))
			h->title = j;
	}
	if (h->title == tl->n && prose < end)
		h->title = alone_before(tl, from, prose);
	if (by < tl->n && h->title < tl->n && (by + 4 < h->title ||
	    h->title + 4 < by))
		memset(&h->by, 0, sizeof(h->by));	/* not the post's */
	if (h->title == tl->n)
		return;
	h->title_end = h->title + 1;
	for (j = h->title + 1; j < end && j < h->title + 3 &&
	    tl->v[j].len > 0 && tl->v[j].mark == TM_NONE; j++) {
		const struct tline *t = &tl->v[j - 1];

		/* wrapped: html2text's "******" not yet closed, lynx's
		 * heading going on at column 0 */
		if (starts(tl->v[h->title].s, tl->v[h->title].len, "****** ") ?
		    (t->len >= 6 && memcmp(t->s + t->len - 6, "******", 6) == 0) :
		    !(c3 && tl->v[j].indent == 0 && tl->v[h->title].indent == 0))
			break;
		h->title_end = j + 1;
	}
	h->last = h->title_end - 1;
	if (dek)
		return;
	/* the byline right under the title is the header's too */
	if (by < tl->n && by > h->last && by <= h->last + 4)
		h->last = by_end;
}
