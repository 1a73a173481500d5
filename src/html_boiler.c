/*
 * html_boiler.c -- generic rules that keep a page's boilerplate out of
 * the post's body, on any platform:
 *
 *  - elements inside the post whose class or id names what they are
 *    (nav, share, related, author box, byline, meta, tags, breadcrumb,
 *    pagination, print, date, banner, ...) or whose inline style hides
 *    them, unless they hold a lot of text that is not links (then the
 *    name described a wrapper);
 *  - elements whose links are script actions (two or more javascript:
 *    links: a player, a carousel, a widget) or lead to a donation
 *    platform (Steady, Patreon, Ko-fi, ...: a "support us" box), when
 *    they hold little text of their own;
 *  - after conversion, the blocks at the start and the end of the body
 *    that are made of links (category links, "Previous / Next", lists
 *    of other posts), headings that introduce nothing, a label with a
 *    colon that introduces nothing ("Share this post:"), and, before
 *    the first real paragraph, date lines and the post's title again.
 *
 * Both are linear: the element test looks at one element's attributes
 * (and, rarely, at a bounded amount of its text); the trim looks at the
 * body's top-level blocks from each end.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "dates.h"
#include "html_read.h"

#define TOK_MAX		32	/* bytes of one class/id token */
#define KEEP_TEXT	600	/* text (not links) that makes an element real */
#define SHORT_LINKY	120	/* bytes of a link line trimmed at an end */
#define HEAD_LINKY	60	/* ... at the start */
#define LONG_PARA	150	/* a paragraph this long is the post's text */
#define DATE_LINE	60	/* bytes of a date line */
#define CAPTION_MAX	80	/* bytes of a link list's caption */
#define LABEL_MAX	40	/* bytes of a dangling "Label:" */
#define CAPTION_ALT	20	/* alt text that describes a picture */
#define NAV_LABEL	24	/* letters of a jump line's label */
#define PIC_TEXT	60	/* text beside a picture in a named wrapper */
#define NOTE_LEVELS	6	/* ancestors a script/donation link counts in */
#define WIDGET_TEXT	100	/* text (not links) of a script widget */
#define DONATE_TEXT	400	/* text (not links) of a "support us" box */
#define ORPHAN_MAX	160	/* bytes of a caption left by a removed box */

/* Tokens (class and id words split at '-', '_' and the like) that name
 * boilerplate. */
static const char *const boiler_tokens[] = {
	"nav", "navi", "navigation", "navbar", "menu", "breadcrumb",
	"breadcrumbs", "pagination", "pager", "paging", "share", "shares",
	"sharing", "sharer", "sharebar", "social", "socials", "related",
	"byline", "meta", "metadata", "postmeta", "entrymeta", "tags",
	"categories", "print", "printer", "banner", "advert", "adverts",
	"advertisement", "ads", "ad", "sponsor", "sponsored", "promo",
	"newsletter", "subscribe", "subscription", "signup", "optin",
	"sidebar", "footer", "toolbar", "date", "dateline", "datum", "time",
	"timestamp", "zeit", "posted", "published", "updated", "cookie",
	"consent", "gdpr", "popup", "modal", "likes", "reactions",
	"recommended", "popular", "trending", "authorbox", "moreposts",
	"tagcloud", "taglist", "readmore", "visuallyhidden", "screenreader",
	"sronly", "author", "authors", "vcard", "rating", "ratings", "stars",
	"votes", "comments", "disqus", "respond", "invisible", "toc",
	"loading", "spinner", "autoplay", "cats", "donate", "donation",
	"donations", NULL
};

/* Stems that name boilerplate at the start of a compound token
 * ("bannerwrapper", "sharebox", "relatedposts"). */
static const char *const boiler_stems[] = { "banner", "share", "sharing",
    "social", "related", "breadcrumb", "pagination", "navigation",
    "sidebar", "newsletter", "subscribe", "advert", "sponsor", "print",
    "authorbox", "footer", NULL };

/* Two tokens in a row within one word ("author-box", "sr-only"). */
static const char *const boiler_pairs[][2] = {
	{ "screen", "reader" }, { "screen", "only" }, { "sr", "only" },
	{ "visually", "hidden" }, { "author", "box" }, { "author", "bio" },
	{ "author", "info" }, { "author", "description" },
	{ "author", "card" }, { "author", "profile" }, { "about", "author" },
	{ "post", "author" }, { "entry", "author" }, { "more", "posts" },
	{ "more", "stories" }, { "more", "articles" }, { "skip", "link" },
	{ "skip", "links" }, { "read", "next" }, { "read", "more" },
	{ "tag", "list" }, { "tag", "links" }, { "tag", "cloud" },
	{ "cat", "links" }, { "post", "nav" }, { "element", "hidden" },
	{ "follow", "button" },
	{ NULL, NULL }
};

/* Whole words that hide an element. */
static const char *const hidden_words[] = { "hidden", "hide", "invisible",
    NULL };

static int
in_list(const char *t, const char *const *list)
{
	size_t i;

	/* the first letters before the whole words */
	for (i = 0; list[i] != NULL; i++)
		if (list[i][0] == t[0] && strcmp(t, list[i]) == 0)
			return 1;
	return 0;
}

/* A word that says what an element holds or lacks ("has-comments",
 * "has-sidebar", "no-comments", BuddyPress's li.has-comments around a
 * post): it names the element's state, not a part of the page, so none
 * of its tokens makes the element boilerplate. */
static int
state_word(const char *w, size_t len)
{
	size_t n = 0;

	if (len > 4 && strncasecmp(w, "has", 3) == 0)
		n = 3;
	else if (len > 3 && strncasecmp(w, "no", 2) == 0)
		n = 2;
	return n > 0 && (w[n] == '-' || w[n] == '_');
}

/* Does attribute value "v" (class or id) hold a boilerplate name? */
static int
names_boiler(const char *v)
{
	char	tok[TOK_MAX + 1], prev[TOK_MAX + 1];
	size_t	i = 0, k, w, p;

	prev[0] = '\0';
	while (v[i] != '\0') {
		/* one white-space separated word */
		while (v[i] != '\0' && isspace((unsigned char)v[i]))
			i++;
		w = i;
		while (v[i] != '\0' && !isspace((unsigned char)v[i]))
			i++;
		if (i == w)
			break;
		if (i - w < TOK_MAX) {
			memcpy(tok, v + w, i - w);
			tok[i - w] = '\0';
			for (k = 0; tok[k] != '\0'; k++)
				tok[k] = (char)tolower((unsigned char)tok[k]);
			if (in_list(tok, hidden_words))
				return 1;
		}
		prev[0] = '\0';
		if (state_word(v + w, i - w))
			continue;
		for (k = w; k < i; ) {
			size_t s, l;

			while (k < i && !isalnum((unsigned char)v[k]))
				k++;
			s = k;
			/* a run of letters and digits, cut where a lower-case
			 * letter meets an upper-case one ("mbArticleShareBtn") */
			while (k < i && isalnum((unsigned char)v[k]) &&
			    !(k > s && islower((unsigned char)v[k - 1]) &&
			    isupper((unsigned char)v[k])))
				k++;
			if ((l = k - s) == 0)
				break;
			if (l > TOK_MAX) {
				prev[0] = '\0';
				continue;
			}
			for (l = 0; s + l < k; l++)
				tok[l] = (char)tolower((unsigned char)v[s + l]);
			tok[l] = '\0';
			if (in_list(tok, boiler_tokens))
				return 1;
			for (p = 0; boiler_stems[p] != NULL; p++)
				if (boiler_stems[p][0] == tok[0] &&
				    strncmp(tok, boiler_stems[p],
				    strlen(boiler_stems[p])) == 0)
					return 1;
			if (prev[0] != '\0') {
				for (p = 0; boiler_pairs[p][0] != NULL; p++)
					if (boiler_pairs[p][0][0] == prev[0] &&
					    boiler_pairs[p][1][0] == tok[0] &&
					    strcmp(prev, boiler_pairs[p][0]) ==
					    0 && strcmp(tok, boiler_pairs[p][1])
					    == 0)
						return 1;
			}
			memcpy(prev, tok, l + 1);
		}
	}
	return 0;
}

/* The bytes of t that are not white space (isspace() of the C locale:
 * ' ', '\t', '\n', '\v', '\f', '\r'), eight at a time: a word whose
 * bytes are all ' ' or above (most of a page's text) needs no test per
 * byte, its bytes above ' ' counted at once. */
static size_t
nonspace(const char *t)
{
	const uint64_t	ones = 0x0101010101010101ull, high = ones << 7;
	const unsigned long long spaces = 1ull << ' ' | 1ull << '\t' |
	    1ull << '\n' | 1ull << '\v' | 1ull << '\f' | 1ull << '\r';
	size_t		len = strlen(t), l = 0, i = 0, k;
	uint64_t	x, above, low;

	for (; i + 8 <= len; i += 8) {
		memcpy(&x, t + i, 8);
		/* bit 7 of a byte: the byte is above ' ' (> 0x20), or
		 * below it (< 0x20); the byte's own bit 7 counts as above */
		above = ((((x | high) - ones * 0x21) | x) & high);
		low = ~(((x | high) - ones * 0x20) | x) & high;
		if (low == 0) {
			l += (size_t)(((above >> 7) * ones) >> 56);
			continue;
		}
		for (k = i; k < i + 8; k++) {
			unsigned char c = (unsigned char)t[k];

			l += c > ' ' || !(spaces >> c & 1);
		}
	}
	for (; i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		l += c > ' ' || !(spaces >> c & 1);
	}
	return l;
}

/* Bytes of text below root, and of that inside links (bounded). */
static void
text_stats(xmlNodePtr root, size_t cap, size_t *all, size_t *linked)
{
	xmlNodePtr	n, m;
	size_t		visits = 0, limit = cap * 4 + 1000;

	*all = *linked = 0;
	for (n = root->children; n != NULL && visits < limit &&
	    *all < cap; visits++) {
		int skip = 0;

		struct qr_ninfo *i = n->type == XML_ELEMENT_NODE ? NINFO(n) :
		    NULL;

		if (n->type == XML_TEXT_NODE && n->content != NULL)
			*all += nonspace((const char *)n->content);
		else if (i != NULL && (i->skip || i->excl || i->cmt ||
		    i->item >= 0 || i->ctx >= 0))
			skip = 1;	/* never the post's */
		else if (qr_dom_is(n, "a")) {
			for (m = n->children; m != NULL && visits < limit;
			    m = qr_dom_next(m, n, 0), visits++)
				if (m->type == XML_TEXT_NODE &&
				    m->content != NULL) {
					size_t l = nonspace((const char *)
					    m->content);

					*all += l;
					*linked += l;
				}
			skip = 1;
		}
		n = qr_dom_next(n, root, skip);
	}
}

/* An inline style that hides the element ("display: none",
 * "visibility:hidden"). */
static int
hidden_style(const char *v)
{
	static const char *const props[][2] = { { "display", "none" },
	    { "visibility", "hidden" } };
	size_t i, k;

	if (v == NULL)
		return 0;
	for (i = 0; v[i] != '\0'; i++)
		for (k = 0; k < 2; k++) {
			size_t	pl, j;

			/* the first letters before the whole names */
			if ((v[i] | 0x20) != props[k][0][0])
				continue;
			pl = strlen(props[k][0]);
			if (strncasecmp(v + i, props[k][0], pl) != 0 ||
			    (i > 0 && (isalnum((unsigned char)v[i - 1]) ||
			    v[i - 1] == '-')))
				continue;
			j = i + pl;
			while (v[j] == ' ' || v[j] == '\t')
				j++;
			if (v[j++] != ':')
				continue;
			while (v[j] == ' ' || v[j] == '\t')
				j++;
			if (strncasecmp(v + j, props[k][1],
			    strlen(props[k][1])) == 0)
				return 1;
		}
	return 0;
}

/* Does root hold, not inside a link, an image with a describing alt
 * text (the post's picture, which a theme may wrap in a "share" box)?
 * Icons, avatars and logos are linked or have a short alt. */
static int
content_image(xmlNodePtr root)
{
	xmlNodePtr	n;
	size_t		visits = 0;

	for (n = root->children; n != NULL && visits < 200; visits++) {
		int skip = qr_dom_is(n, "a");

		if (qr_dom_is(n, "img")) {
			const char *alt = qr_dom_attr(n, "alt");

			if (alt != NULL && nonspace(alt) >= CAPTION_ALT)
				return 1;
		}
		n = qr_dom_next(n, root, skip);
	}
	return 0;
}

/* ARIA roles of page furniture ("button" on a link is a widget). */
static int
boiler_role(const char *v)
{
	static const char *const roles[] = { "button", "navigation",
	    "banner", "complementary", "contentinfo", "search", "toolbar",
	    "menu", "menubar", "dialog", "alertdialog", "tablist", NULL };
	size_t i;

	if (v == NULL)
		return 0;
	for (i = 0; roles[i] != NULL; i++)
		if (strcasecmp(v, roles[i]) == 0)
			return 1;
	return 0;
}

/* A "javascript:" (or "vbscript:") link: a control of a widget. */
static int
script_href(const char *h)
{
	while (isspace((unsigned char)*h))
		h++;
	return strncasecmp(h, "javascript:", 11) == 0 ||
	    strncasecmp(h, "vbscript:", 9) == 0;
}

/* A link to a donation or membership platform ("support us"). */
static int
donation_href(const char *h)
{
	static const char *const hosts[] = { "steadyhq.com", "patreon.com",
	    "ko-fi.com", "buymeacoffee.com", "liberapay.com",
	    "opencollective.com", "paypal.me", "flattr.com", "donorbox.org",
	    NULL };
	const char	*e;
	size_t		 hl, i, l;

	while (isspace((unsigned char)*h))
		h++;
	if (strncasecmp(h, "https://", 8) == 0)
		h += 8;
	else if (strncasecmp(h, "http://", 7) == 0)
		h += 7;
	else if (h[0] == '/' && h[1] == '/')
		h += 2;
	else
		return 0;
	for (e = h; *e != '\0' && *e != '/' && *e != '?' && *e != '#' &&
	    *e != ':'; e++)
		continue;
	hl = (size_t)(e - h);
	if (hl > 4 && strncasecmp(h, "www.", 4) == 0)
		h += 4, hl -= 4;
	/* PayPal's donate button, not any PayPal link */
	if (hl == 10 && strncasecmp(h, "paypal.com", 10) == 0)
		return strncasecmp(e, "/donate", 7) == 0 ||
		    strncasecmp(e, "/cgi-bin/webscr", 15) == 0;
	for (i = 0; hosts[i] != NULL; i++) {
		l = strlen(hosts[i]);
		if (hl == l ? strncasecmp(h, hosts[i], l) == 0 :
		    hl > l && h[hl - l - 1] == '.' &&
		    strncasecmp(h + hl - l, hosts[i], l) == 0)
			return 1;
	}
	return 0;
}

void
qr_boiler_note_link(xmlNodePtr a)
{
	const char	*h = qr_dom_attr(a, "href");
	xmlNodePtr	 p;
	int		 js, don, k;

	if (h == NULL)
		return;
	js = script_href(h);
	don = !js && donation_href(h);
	if (!js && !don)
		return;
	for (p = a, k = 0; p != NULL && p->type == XML_ELEMENT_NODE &&
	    p->_private != NULL && k <= NOTE_LEVELS; p = p->parent, k++) {
		struct qr_ninfo *i = NINFO(p);

		if (js && i->jslinks < 255)
			i->jslinks++;
		if (don && i->donate < 255)
			i->donate++;
	}
}

/* A widget of script links or a "support us" box with little text of
 * its own, and less than half of the post's ("whole", 0: unknown). */
static int
widget(xmlNodePtr n, size_t whole)
{
	/* a widget is a box, not a line of text */
	static const char *const boxes[] = { "div", "section", "aside",
	    "figure", "ul", "ol", "table", "nav", "header", "center", NULL };
	struct qr_ninfo	*i = n->_private != NULL ? NINFO(n) : NULL;
	size_t		 all, linked, prose;

	if (i == NULL || (i->jslinks < 2 && i->donate == 0))
		return 0;
	text_stats(n, KEEP_TEXT * 4, &all, &linked);
	prose = all - linked;
	if (whole > 0 && prose * 2 >= whole)
		return 0;
	if (qr_dom_is(n, "a"))		/* a banner: an image, no text */
		return i->donate > 0 && all == 0;
	return (i->jslinks >= 2 && prose <= WIDGET_TEXT &&
	    qr_dom_is_one_of(n, boxes)) ||
	    (i->donate > 0 && prose <= DONATE_TEXT);
}

int
qr_boiler_element(xmlNodePtr n, size_t whole)
{
	const char	*cls = qr_dom_attr(n, "class"), *id = qr_dom_attr(n, "id");
	size_t		 all, linked;

	int		 named;

	named = (cls != NULL && names_boiler(cls)) ||
	    (id != NULL && names_boiler(id)) || qr_dom_is(n, "footer") ||
	    boiler_role(qr_dom_attr(n, "role"));
	if (!named && !hidden_style(qr_dom_attr(n, "style")))
		return widget(n, whole);
	/* a picture in a named wrapper with a short line beside it
	 * ("Share" over the post's photo) */
	if (named && content_image(n)) {
		text_stats(n, PIC_TEXT + 1, &all, &linked);
		if (all <= PIC_TEXT)
			return 0;
	}
	/* a wrapper of real text that happens to carry such a name */
	text_stats(n, KEEP_TEXT * 4, &all, &linked);
	return !(all - linked >= KEEP_TEXT && linked * 2 < all);
}

/* ---- trimming the converted body ---------------------------------------- */

/* Does a caption-like block hold only emphasis, or end in a colon
 * ("**Recommended videos**", "Share this:")? */
int
qr_boiler_label_like(const struct qr_node *m)
{
	const struct qr_node *c;

	if (m->kind == QR_HEADING)
		return 1;
	if (m->kind != QR_PARA || m->first == NULL)
		return 0;
	for (c = m->first; c != NULL; c = c->next)
		if (c->kind != QR_STRONG && c->kind != QR_EMPH &&
		    !(c->kind == QR_TEXT && c->as.literal != NULL &&
		    strspn(c->as.literal, " \t\n") == strlen(c->as.literal)))
			break;
	if (c == NULL)
		return 1;
	c = m->last;
	if (c->kind == QR_TEXT && c->as.literal != NULL) {
		size_t l = strlen(c->as.literal);

		while (l > 0 && isspace((unsigned char)c->as.literal[l - 1]))
			l--;
		return l > 0 && c->as.literal[l - 1] == ':';
	}
	return 0;
}


/* Bytes of plain text below m, and of that inside links. */
static void
node_stats(const struct qr_node *m, size_t *all, size_t *linked)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	int		 ev, in_link = 0;

	*all = *linked = 0;
	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (n->kind == QR_LINK)
			in_link += ev == QR_ENTER ? 1 : -1;
		else if (ev == QR_ENTER && (n->kind == QR_TEXT ||
		    n->kind == QR_CODE) && n->as.literal != NULL) {
			size_t l = nonspace(n->as.literal);

			*all += l;
			if (in_link > 0)
				*linked += l;
		}
	}
}

static int
has_image(const struct qr_node *m)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	int		 ev;

	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		if (ev == QR_ENTER && (n->kind == QR_IMAGE ||
		    n->kind == QR_IMAGE_BLOCK || n->kind == QR_CODE_BLOCK))
			return 1;
	return 0;
}

/* A paragraph or heading of links only, at most "max" bytes. */
static int
linky(const struct qr_node *m, size_t max)
{
	size_t all, linked;

	if (m == NULL || (m->kind != QR_PARA && m->kind != QR_HEADING))
		return 0;
	node_stats(m, &all, &linked);
	return all > 0 && all <= max && linked * 10 >= all * 7;
}

static size_t
links_in(const struct qr_node *m)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	int		 ev;
	size_t		 k = 0;

	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		if (ev == QR_ENTER && n->kind == QR_LINK)
			k++;
	return k;
}

/* A paragraph that is only linked images (an avatar, a badge). */
static int
linked_image(const struct qr_node *m)
{
	const struct qr_node *c;

	if (m == NULL || m->kind != QR_PARA || m->first == NULL)
		return 0;
	for (c = m->first; c != NULL; c = c->next)
		if (c->kind != QR_LINK || c->first == NULL ||
		    c->first != c->last || c->first->kind != QR_IMAGE)
			return 0;
	return 1;
}

/* A list whose every item is a short line of links. */
static int
link_list(const struct qr_node *m)
{
	const struct qr_node	*it, *b;

	if (m == NULL || m->kind != QR_LIST || m->first == NULL)
		return 0;
	for (it = m->first; it != NULL; it = it->next)
		for (b = it->first; b != NULL; b = b->next)
			if (!linky(b, 2 * SHORT_LINKY) && !linked_image(b) &&
			    !(b->kind == QR_LIST && link_list(b)))
				return 0;
	return 1;
}

/* An empty paragraph, or one that is only a label ("Tags:"). */
static int
label_only(const struct qr_node *m)
{
	char	*t;
	size_t	 l;
	int	 r;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	l = strlen(t);
	while (l > 0 && isspace((unsigned char)t[l - 1]))
		l--;
	r = l == 0 || (l <= LABEL_MAX && t[l - 1] == ':');
	free(t);
	return r;
}

static int
long_para(const struct qr_node *m)
{
	size_t all, linked;

	if (m->kind != QR_PARA && m->kind != QR_QUOTE && m->kind != QR_LIST)
		return 0;
	node_stats(m, &all, &linked);
	return all - linked >= LONG_PARA;
}

/* A short line that is a date (and perhaps a time) and little else. */
static int
date_line(const struct qr_node *m)
{
	char	 out[QR_DATE_MAX], *t;
	size_t	 l, k, alpha = 0;
	int	 r = 0;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	l = strlen(t);
	for (k = 0; k < l; k++)
		if (isalpha((unsigned char)t[k]))
			alpha++;
	if (l > 0 && l <= DATE_LINE) {
		if (qr_date_from_text(t, out) || qr_date_from_iso(t, out))
			r = 1;
		else {
			/* "Mo, 11:41 Uhr", "06.11.2023": digits and a few
			 * letters */
			size_t digits = 0;

			for (k = 0; k < l; k++)
				if (isdigit((unsigned char)t[k]))
					digits++;
			r = digits >= 4 && alpha <= 6 && (strchr(t, ':') !=
			    NULL || strchr(t, '.') != NULL || strchr(t, '/') !=
			    NULL);
		}
	}
	free(t);
	return r;
}

/* Do two texts read the same, white space (and no-break spaces) and
 * ASCII case aside? */
static int
loose_eq(const char *a, const char *b)
{
	for (;;) {
		while (isspace((unsigned char)*a) || (a[0] == '\xC2' &&
		    a[1] == '\xA0'))
			a += isspace((unsigned char)*a) ? 1 : 2;
		while (isspace((unsigned char)*b) || (b[0] == '\xC2' &&
		    b[1] == '\xA0'))
			b += isspace((unsigned char)*b) ? 1 : 2;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++, b++;
	}
}

static int
same_text(const struct qr_node *m, const char *title)
{
	char	*t;
	int	 r;

	if (title == NULL || m->kind != QR_HEADING)
		return 0;
	t = qr_node_plain_text(m);
	r = loose_eq(t, title);
	free(t);
	return r;
}

/* An image linked to another page (not to a larger copy of itself):
 * a promotion or an avatar when it ends the post. */
static int
image_to_page(const struct qr_node *m)
{
	const char	*h, *q;
	size_t		 l;

	if (!linked_image(m))
		return 0;
	h = m->first->as.link.href;
	if (h == NULL)
		return 0;
	q = strpbrk(h, "?#");
	l = q != NULL ? (size_t)(q - h) : strlen(h);
	return !((l > 4 && (strncasecmp(h + l - 4, ".jpg", 4) == 0 ||
	    strncasecmp(h + l - 4, ".png", 4) == 0 ||
	    strncasecmp(h + l - 4, ".gif", 4) == 0)) ||
	    (l > 5 && (strncasecmp(h + l - 5, ".jpeg", 5) == 0 ||
	    strncasecmp(h + l - 5, ".webp", 5) == 0)));
}

/* A line of links into the page itself ("Jump to: Specs // First Look
 * // Full Review"): three or more links whose targets differ only in
 * their fragment, and little text besides. */
static int
in_page_nav(const struct qr_node *m)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	const char	*base = NULL, *h, *f;
	size_t		 baselen = 0, k = 0, letters = 0;
	int		 ev, in_link = 0;

	if (m->kind != QR_PARA)
		return 0;
	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev != QR_ENTER || n->kind != QR_LINK)
			continue;
		if ((h = n->as.link.href) == NULL ||
		    (f = strchr(h, '#')) == NULL)
			return 0;
		if (base == NULL) {
			base = h;
			baselen = (size_t)(f - h);
		} else if ((size_t)(f - h) != baselen ||
		    strncmp(h, base, baselen) != 0)
			return 0;
		k++;
	}
	if (k < 3)
		return 0;
	/* letters outside the links: a label ("Review Navigation") */
	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		const unsigned char *t;

		if (n->kind == QR_LINK)
			in_link += ev == QR_ENTER ? 1 : -1;
		else if (ev == QR_ENTER && in_link == 0 && n->kind == QR_TEXT &&
		    n->as.literal != NULL)
			for (t = (const unsigned char *)n->as.literal; *t != '\0';
			    t++)
				if (isalnum(*t) || (*t >= 0x80 && !(t[0] == 0xC2 &&
				    t[1] == 0xA0) && !(t[0] == 0xA0 && t > (const
				    unsigned char *)n->as.literal && t[-1] == 0xC2)))
					letters++;
	}
	return letters <= NAV_LABEL;
}

/* A label and a row of links ("Filed under: A, B, C"). */
static int
label_links(const struct qr_node *m)
{
	char	*t, *c;
	size_t	 all, linked, label;

	if (m->kind != QR_PARA || m->first == NULL ||
	    m->first->kind == QR_LINK || has_image(m) || links_in(m) < 3)
		return 0;
	t = qr_node_plain_text(m);
	c = strchr(t, ':');
	if (c == NULL || (size_t)(c - t) > LABEL_MAX) {
		free(t);
		return 0;
	}
	*c = '\0';
	label = nonspace(t) + 1;
	free(t);
	node_stats(m, &all, &linked);
	return all > label && all <= 2 * SHORT_LINKY &&
	    linked * 10 >= (all - label) * 7;
}

/* A heading straight above a heading of higher rank: a section's name
 * over the post's title ("#### Auto" over "## The new SUV"). */
static int
kicker(const struct qr_node *m)
{
	return m->kind == QR_HEADING && m->next != NULL &&
	    m->next->kind == QR_HEADING &&
	    m->next->as.level < m->as.level;
}

/* A teaser of another post: a short paragraph under a heading that is
 * a link ("### [Other post]" and its first lines). */
static int
teaser(const struct qr_node *m)
{
	size_t all, linked;

	if (m->kind != QR_PARA || has_image(m) || m->prev == NULL ||
	    m->prev->kind != QR_HEADING || !linky(m->prev, 2 * SHORT_LINKY))
		return 0;
	node_stats(m, &all, &linked);
	return all <= 2 * SHORT_LINKY;
}

/* Does plain text "t" start with one of "labels" (ASCII case and
 * white space aside)? */
static int
starts_with_label(const char *t, const char *const *labels)
{
	size_t i;

	for (i = 0; labels[i] != NULL; i++) {
		const char *a = t, *b = labels[i];

		for (;;) {
			while (isspace((unsigned char)*a) || (a[0] == '\xC2' &&
			    a[1] == '\xA0'))
				a += isspace((unsigned char)*a) ? 1 : 2;
			while (*b == ' ')
				b++;
			if (*b == '\0')
				return 1;
			if (tolower((unsigned char)*a) != *b)
				break;
			a++, b++;
		}
	}
	return 0;
}

static char	*fold(const char *);

/* A line telling how to cite the post ("Suggested citation: ..."). */
static int
cite_line(const struct qr_node *m)
{
	static const char *const labels[] = { "suggested citation",
	    "recommended citation", "cite as", "cite this", "how to cite",
	    "citation:", "zitiervorschlag", "zitierhinweis", "zitierweise",
	    "zitiervorschlag:", "empfohlene zitierweise", "pour citer",
	    "citer cet", "como citar", "cómo citar", "come citare", NULL };
	char	*t;
	int	 r;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	r = strlen(t) <= 2 * CAPTION_MAX * 3 && starts_with_label(t, labels);
	free(t);
	return r;
}

/* A line of links to a licence ("Licensed under CC BY-NC-ND"). */
static int
licence_line(const struct qr_node *m)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	int		 ev, k = 0;

	if (!linky(m, SHORT_LINKY))
		return 0;
	qr_walk_init(&w, (struct qr_node *)m);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		if (ev == QR_ENTER && n->kind == QR_LINK) {
			const char *h = n->as.link.href;

			if (h == NULL || (strstr(h, "creativecommons.org/") ==
			    NULL && strstr(h, "gnu.org/licenses/") == NULL))
				return 0;
			k++;
		}
	return k > 0;
}

/* Does "t" hold a year from 1900 to 2099 (four digits alone)? */
static int
has_year(const char *t)
{
	const char *p;

	for (p = t; *p != '\0'; p++)
		if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' &&
		    p[1] == '0'))
			if (isdigit((unsigned char)p[2]) &&
			    isdigit((unsigned char)p[3]) &&
			    (p == t || !isdigit((unsigned char)p[-1])) &&
			    !isdigit((unsigned char)p[4]))
				return 1;
	return 0;
}

/* A rights notice ("All rights reserved.", "Copyright 2021 Foo",
 * Chinese and Japanese "no reproduction without permission" lines):
 * short, and saying so in one of the usual phrases. */
static int
rights_line(const struct qr_node *m)
{
	static const char *const phrases[] = { "all rights reserved",
	    "alle rechte vorbehalten", "tous droits r\xC3\xA9serv\xC3\xA9s",
	    "todos los derechos reservados", "tutti i diritti riservati",
	    "\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89",	/* 版权所有 */
	    "\xE7\x89\x88\xE6\xAC\x8A\xE6\x89\x80\xE6\x9C\x89",	/* 版權所有 */
	    "\xE6\x9C\xAA\xE7\xBB\x8F\xE6\x8E\x88\xE6\x9D\x83",	/* 未经授权 */
	    "\xE6\x9C\xAA\xE7\xB6\x93\xE6\x8E\x88\xE6\xAC\x8A",	/* 未經授權 */
	    "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\xAC\xE8\xBD\xBD",	/* 不得转载 */
	    "\xE7\xA6\x81\xE6\xAD\xA2\xE8\xBD\xAC\xE8\xBD\xBD",	/* 禁止转载 */
	    "\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2\xE8\xBC\x89",	/* 無断転載 */
	    NULL };
	static const char *const marks[] = { "copyright", "\xC2\xA9",
	    "(c) ", NULL };
	char	*t, *f;
	size_t	 i;
	int	 r = 0;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	if (strlen(t) <= 2 * SHORT_LINKY + CAPTION_MAX) {
		f = fold(t);
		for (i = 0; phrases[i] != NULL && !r; i++)
			r = strstr(f, phrases[i]) != NULL;
		r = r || (starts_with_label(f, marks) && has_year(f));
		free(f);
	}
	free(t);
	return r;
}

/* A paywall's invitation at the end ("Become a Blister Member to
 * check out our Deep Dive", "Subscribe to read the rest"): short, and
 * asking to become a member or subscriber to see more. */
static int
paywall_line(const struct qr_node *m)
{
	static const char *const phrases[] = { "become a member",
	    "become a subscriber", "subscriber to read",
	    "subscriber to check out", "subscriber to access",
	    "subscribe to read", "subscribe to continue",
	    "subscribe to unlock", "to continue reading",
	    "members only", "subscribers only", "already a member?",
	    "already a subscriber?", "nur f\xC3\xBCr abonnenten",
	    "jetzt abonnieren und weiterlesen", "abonnez-vous pour lire",
	    "r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s", NULL };
	char	*t, *f, *p;
	size_t	 i;
	int	 r = 0;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	if (strlen(t) <= DONATE_TEXT) {
		f = fold(t);
		for (i = 0; phrases[i] != NULL && !r; i++)
			r = strstr(f, phrases[i]) != NULL;
		/* "become a NAME member", "become a NAME subscriber" */
		for (p = f; !r && (p = strstr(p, "become a")) != NULL; p++) {
			const char *e = p + 8 + strcspn(p + 8, ".!?");

			r = (size_t)(e - p) <= 48 && (memmem(p, (size_t)(e - p),
			    " member", 7) != NULL || memmem(p, (size_t)(e - p),
			    " subscriber", 11) != NULL);
		}
		free(f);
	}
	free(t);
	return r;
}

/* The author's credit as the text's last line ("Autor: red",
 * "Author: Ann Smith"): a label and a name, nothing more. */
static int
credit_line(const struct qr_node *m)
{
	static const char *const labels[] = { "autor:", "autorin:",
	    "author:", "auteur:", "auteure:", "autore:", "autrice:",
	    "verfasser:", "verfasserin:", "redaktion:", NULL };
	char	*t;
	int	 r;

	if (m->kind != QR_PARA || has_image(m) || links_in(m) > 1)
		return 0;
	t = qr_node_plain_text(m);
	r = strlen(t) <= DATE_LINE && starts_with_label(t, labels);
	free(t);
	return r;
}

/* A paragraph that is only a dot or a middle dot: a spacer line. */
static int
spacer(const struct qr_node *m)
{
	static const char *const dots[] = { ".", "\xC2\xB7", "\xE2\x80\xA2",
	    "\xE3\x80\x82", NULL };
	char		*t;
	const char	*p, *e;
	size_t		 i;
	int		 r = 0;

	if (m->kind != QR_PARA || has_image(m) || m->first == NULL ||
	    m->first != m->last || m->first->kind != QR_TEXT)
		return 0;
	t = qr_node_plain_text(m);
	for (p = t; isspace((unsigned char)*p) || (p[0] == '\xC2' &&
	    p[1] == '\xA0'); p += isspace((unsigned char)*p) ? 1 : 2)
		continue;
	e = p + strlen(p);
	while (e > p && (isspace((unsigned char)e[-1]) || (e - p >= 2 &&
	    e[-2] == '\xC2' && e[-1] == '\xA0')))
		e -= isspace((unsigned char)e[-1]) ? 1 : 2;
	for (i = 0; dots[i] != NULL && !r; i++)
		r = (size_t)(e - p) == strlen(dots[i]) &&
		    memcmp(p, dots[i], strlen(dots[i])) == 0;
	free(t);
	return r;
}

/* Does "t" hold one of "words" as a word (a prefix of one: "tagged")? */
static int
has_word(const char *t, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++) {
		const char *p = t;

		while ((p = strstr(p, words[i])) != NULL) {
			if (p == t || !isalpha((unsigned char)p[-1]))
				return 1;
			p++;
		}
	}
	return 0;
}

/* A short line saying when and where the post was published: a date,
 * a word for publishing and one for the post's category or tags ("This
 * entry was posted in News and tagged tomatoes on May 5, 2020", "Der
 * Artikel wurde am 05.11.2021 in der Kategorie Neuheiten ...
 * veröffentlicht."). */
static int
posted_line(const struct qr_node *m)
{
	static const char *const verbs[] = { "posted", "published",
	    "veröffentlicht", "publié", "publicado", "pubblicato", "Posted",
	    "Published", "Veröffentlicht", "Publié", "Publicado", NULL };
	static const char *const where[] = { "categor", "Categor", "kategorie",
	    "Kategorie", "catégorie", "Catégorie", "tagged", "Tagged",
	    "tags", "Tags", "Stichw", "Schlagw", "filed under", "Filed under",
	    "etiquetas", "Etiquetas", NULL };
	char	 out[QR_DATE_MAX], *t;
	int	 r;

	if (m->kind != QR_PARA || has_image(m))
		return 0;
	t = qr_node_plain_text(m);
	r = strlen(t) <= 2 * SHORT_LINKY + CAPTION_MAX && has_word(t, verbs) &&
	    has_word(t, where) && qr_date_from_text(t, out);
	free(t);
	return r;
}

/* Collapse white space (and no-break spaces) and fold ASCII case. */
static char *
fold(const char *s)
{
	char	*o = qr_xmalloc(strlen(s) + 1), *p = o;
	int	 sp = 1;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s) || (s[0] == '\xC2' &&
		    s[1] == '\xA0')) {
			if (s[0] == '\xC2')
				s++;
			if (!sp)
				*p++ = ' ';
			sp = 1;
			continue;
		}
		*p++ = (char)tolower((unsigned char)*s);
		sp = 0;
	}
	while (p > o && p[-1] == ' ')
		p--;
	*p = '\0';
	return o;
}

/* A heading that is the post's title as the page's <title> gives it
 * with a prefix or a suffix ("Neu - TITLE - Vorstellung"): at least
 * half of it. */
static int
title_part(const struct qr_node *m, const char *title)
{
	char	*t, *h;
	size_t	 tl, hl;
	int	 r;

	if (title == NULL || m->kind != QR_HEADING)
		return 0;
	t = fold(title);
	{
		char *p = qr_node_plain_text(m);

		h = fold(p);
		free(p);
	}
	tl = strlen(t);
	hl = strlen(h);
	r = hl >= 8 && hl * 2 >= tl && strstr(t, h) != NULL;
	free(t);
	free(h);
	return r;
}

/* A byline: a name of two to four capitalised words, perhaps after
 * "By" ("Solveig Grewe", "By Ann B. Smith", "von Max Muster"). */
static int
name_line(const struct qr_node *m)
{
	static const char *const by[] = { "by ", "von ", "par ", "por ",
	    "di ", "door ", NULL };
	char		*t;
	const char	*p;
	size_t		 i, words = 0;
	int		 ok = 1;

	if (m->kind != QR_PARA || has_image(m) || links_in(m) > 1)
		return 0;
	t = qr_node_plain_text(m);
	p = t;
	while (isspace((unsigned char)*p))
		p++;
	for (i = 0; by[i] != NULL; i++)
		if (strncasecmp(p, by[i], strlen(by[i])) == 0) {
			p += strlen(by[i]);
			break;
		}
	if (strlen(p) > DATE_LINE)
		ok = 0;
	while (ok && *p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0' || *p == '\n')
			break;
		/* a word: a capital (or a letter beyond ASCII) first */
		if (!isupper((unsigned char)*p) && (unsigned char)*p < 0xC0) {
			ok = 0;
			break;
		}
		for (p++; *p != '\0' && *p != ' ' && *p != '\n'; p++)
			if (!isalpha((unsigned char)*p) && *p != '.' &&
			    *p != '-' && *p != '\'' && (unsigned char)*p < 0x80)
				ok = 0;
		words++;
	}
	while (ok && isspace((unsigned char)*p))
		p++;
	ok = ok && *p == '\0' && words >= 2 && words <= 4;
	free(t);
	return ok;
}

/* A WordPress shortcode left as text by a plugin no longer there
 * ("[ad#ad-2]", "[gallery ids=\"1,2\"]", "[toc]"). */
static int
shortcode(const struct qr_node *m)
{
	char	*t, *p, *e;
	int	 r = 0;

	if (m->kind != QR_PARA || m->first == NULL || m->first != m->last ||
	    m->first->kind != QR_TEXT)
		return 0;
	t = qr_node_plain_text(m);
	for (p = t; isspace((unsigned char)*p); p++)
		continue;
	e = p + strlen(p);
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	if (e - p >= 3 && e - p <= 2 * CAPTION_MAX && p[0] == '[' &&
	    e[-1] == ']' && islower((unsigned char)p[1]) &&
	    memchr(p + 1, '[', (size_t)(e - p) - 1) == NULL &&
	    memchr(p, ']', (size_t)(e - p) - 1) == NULL) {
		/* a lower-case name, then the end, "#..." or attributes */
		for (p++; islower((unsigned char)*p) ||
		    isdigit((unsigned char)*p) || *p == '_' || *p == '-'; p++)
			continue;
		r = p == e - 1 || *p == '#' || (*p == ' ' &&
		    memchr(p, '=', (size_t)(e - p)) != NULL);
	}
	free(t);
	return r;
}

/* At the start: breaks, short lines of links, lists of links, labels,
 * kickers. */
static void
trim_start(struct qr_node *body)
{
	struct qr_node	*m;

	while ((m = body->first) != NULL && m != body->last &&
	    (m->kind == QR_BREAK || linky(m, HEAD_LINKY) || link_list(m) ||
	    label_only(m) || kicker(m)))
		qr_node_unlink(m);
}

void
qr_boiler_trim(struct qr_node *body, const char *title,
    const struct qr_conv *cv)
{
	struct qr_node	*m, *next;
	int		 list_gone = 0;
	size_t		 i;

	if (body == NULL)
		return;
	/* a caption or lead-in whose box was removed ("**Videos**" over
	 * a player, "Follow me for more" before a follow button), when
	 * nothing it could introduce is left after it */
	for (i = cv != NULL ? cv->norphan : 0; i-- > 0; ) {
		size_t all, linked;

		m = cv->orphan[i];
		if (m->parent != body || body->first == body->last ||
		    has_image(m))
			continue;
		node_stats(m, &all, &linked);
		if (all <= ORPHAN_MAX && (m->next == NULL ||
		    (qr_boiler_label_like(m) && (m->next->kind == QR_HEADING ||
		    qr_boiler_label_like(m->next)))))
			qr_node_unlink(m);
	}
	/* anywhere: shortcodes nothing expanded, spacer dots */
	for (m = body->first; m != NULL; m = next) {
		next = m->next;
		if ((shortcode(m) || spacer(m)) && body->first != body->last)
			qr_node_unlink(m);
	}
	/* the same paragraph twice in a row (a lead shown in bold, then
	 * again as the text's start) */
	for (m = body->first; m != NULL && m->next != NULL; m = next) {
		next = m->next;
		if (m->kind == QR_PARA && next->kind == QR_PARA &&
		    !has_image(m)) {
			char *a = qr_node_plain_text(m);
			char *b = qr_node_plain_text(next);

			if (*a != '\0' && loose_eq(a, b))
				qr_node_unlink(m);
			free(a);
			free(b);
		}
	}
	/* the end: lists of links, headings with nothing after them,
	 * labels; a line of links when it is one of several or has more
	 * than one link (a single link after the text is the post's), a
	 * short line that captioned a list of links */
	while ((m = body->last) != NULL && m != body->first) {
		int drop = m->kind == QR_HEADING || m->kind == QR_BREAK ||
		    label_only(m) || label_links(m) || cite_line(m) ||
		    posted_line(m) || licence_line(m) || rights_line(m) ||
		    credit_line(m);

		if (!drop && paywall_line(m)) {
			/* and its bold caption ("Deep Dive: ...") */
			if (m->prev != NULL && m->prev != body->first &&
			    qr_boiler_label_like(m->prev) && !has_image(m->prev))
				qr_node_unlink(m->prev);
			drop = 1;
		}
		if (drop)
			list_gone = 0;
		else if (link_list(m))
			drop = list_gone = 1;
		else if (linky(m, SHORT_LINKY) || linked_image(m) ||
		    m->kind == QR_IMAGE_BLOCK) {
			/* an image alone after a list of links: a logo */
			drop = m->kind == QR_IMAGE_BLOCK ?
			    linky(m->prev, SHORT_LINKY) || link_list(m->prev) :
			    list_gone || links_in(m) > 1 ||
			    linky(m->prev, SHORT_LINKY) ||
			    link_list(m->prev) || image_to_page(m);
			list_gone = 0;
		}
		else if (teaser(m)) {
			drop = 1;
			list_gone = 0;
		} else if (list_gone && m->kind == QR_PARA &&
		    !has_image(m)) {
			size_t all, linked;

			node_stats(m, &all, &linked);
			drop = all <= CAPTION_MAX && links_in(m) > 0;
			list_gone = 0;
		}
		if (!drop)
			break;
		qr_node_unlink(m);
	}
	/* anywhere: a line of links into the page itself */
	for (m = body->first; m != NULL; m = next) {
		next = m->next;
		if (in_page_nav(m) && body->first != body->last)
			qr_node_unlink(m);
	}
	/* the start: the same, then, before the first real paragraph,
	 * date lines and the title again */
	trim_start(body);
	for (m = body->first; m != NULL && m != body->last && !long_para(m);
	    m = next) {
		next = m->next;
		if (date_line(m))
			qr_node_unlink(m);
		else if (same_text(m, title) || title_part(m, title)) {
			struct qr_node *k, *kp;

			/* and the short lines above it (a kicker) */
			for (k = m->prev; k != NULL; k = kp) {
				size_t all, linked;

				kp = k->prev;
				/* (a line under a picture is its caption) */
				if (k->kind != QR_PARA || has_image(k) ||
				    (kp != NULL && has_image(kp)))
					break;
				node_stats(k, &all, &linked);
				if (all > CAPTION_MAX)
					break;
				qr_node_unlink(k);
			}
			/* and a byline right below it */
			if (next != NULL && next != body->last &&
			    name_line(next)) {
				k = next;
				next = next->next;
				qr_node_unlink(k);
			}
			qr_node_unlink(m);
		}
	}
	/* what that uncovered (a badge over the title) */
	trim_start(body);
}

size_t
qr_prose_len(xmlNodePtr n, size_t cap)
{
	size_t all, linked;

	text_stats(n, cap, &all, &linked);
	return all - linked;
}
