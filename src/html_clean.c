/*
 * html_clean.c -- what makes a page safe and readable before the reader
 * looks at it: the charset (BOM, then valid UTF-8, then the declared
 * charset, then Windows-1252), the removal of active and form content,
 * and the URL filter every href and src goes through.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/encoding.h>
#include <libxml/uri.h>

#include "internal.h"
#include "html.h"

#define DECL_SCAN	65536	/* bytes searched for a charset declaration */
#define URL_MAX		8192	/* longer URLs are refused */

/* ---- charset ------------------------------------------------------------ */

/* The charset a page declares (<meta charset>, http-equiv content), as
 * a lower-case name in "out"; 0 when none is found. */
static int
declared_charset(const char *buf, size_t len, char *out, size_t outsz)
{
	size_t	lim = len < DECL_SCAN ? len : DECL_SCAN, i, j;

	for (i = 0; i + 8 < lim; i++) {
		if ((buf[i] | 0x20) != 'c' ||
		    strncasecmp(buf + i, "charset", 7) != 0)
			continue;
		j = i + 7;
		while (j < lim && (buf[j] == ' ' || buf[j] == '\t'))
			j++;
		if (j >= lim || buf[j] != '=')
			continue;
		j++;
		while (j < lim && (buf[j] == ' ' || buf[j] == '"' ||
		    buf[j] == '\''))
			j++;
		{
			size_t k = 0;

			while (j < lim && k + 1 < outsz &&
			    (isalnum((unsigned char)buf[j]) || buf[j] == '-' ||
			    buf[j] == '_' || buf[j] == '.' || buf[j] == ':'))
				out[k++] = (char)tolower((unsigned char)buf[j++]);
			out[k] = '\0';
			if (k > 0)
				return 1;
		}
	}
	return 0;
}

static int
is_latin1_name(const char *cs)
{
	static const char *const names[] = { "iso-8859-1", "iso8859-1",
	    "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252",
	    "us-ascii", "ascii", "iso_8859-1", "iso-ir-100", "cp819", NULL };
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(cs, names[i]) == 0)
			return 1;
	return 0;
}

/*
 * A charset declaration inside bytes we already made UTF-8 would make
 * libxml2 2.9 switch decoders half-way: overwrite the word "charset"
 * (and the http-equiv content's) so it declares nothing.
 */
static void
neutralise_declarations(char *buf, size_t len)
{
	size_t	 lim = len < DECL_SCAN ? len : DECL_SCAN;
	char	*lo, *up, *p, *end;

	if (lim < 7)
		return;
	/* every 'c' and 'C' that can start the word, found by memchr */
	end = buf + lim - 6;
	lo = memchr(buf, 'c', (size_t)(end - buf));
	up = memchr(buf, 'C', (size_t)(end - buf));
	while (lo != NULL || up != NULL) {
		p = up == NULL || (lo != NULL && lo < up) ? lo : up;
		if ((p[1] | 0x20) == 'h' && strncasecmp(p, "charset", 7) == 0)
			memcpy(p, "charsex", 7);
		if (p == lo)
			lo = memchr(p + 1, 'c', (size_t)(end - p - 1));
		else
			up = memchr(p + 1, 'C', (size_t)(end - p - 1));
	}
}

/* The length of buf[0..len) without the start of a UTF-8 sequence that
 * the end of the input cut off (a page saved or downloaded part-way);
 * len when the input does not end so, or when no other byte of it is
 * non-ASCII (nothing says UTF-8 then: a Windows-1252 page may end in
 * "caf\xe9").  Such a page is UTF-8 all the same: read as Windows-1252
 * every character of it would be garbled. */
static size_t
uncut_len(const char *buf, size_t len)
{
	const unsigned char	*p = (const unsigned char *)buf;
	size_t			 k, need;

	for (k = 1; k <= 3 && k <= len; k++) {
		if ((p[len - k] & 0xC0) == 0x80)	/* a continuation */
			continue;
		need = p[len - k] >= 0xF0 && p[len - k] <= 0xF4 ? 4 :
		    p[len - k] >= 0xE0 && p[len - k] <= 0xEF ? 3 :
		    p[len - k] >= 0xC2 && p[len - k] <= 0xDF ? 2 : 0;
		if (need <= k || qr_scan_ascii(p, 0, len - k) == len - k)
			return len;
		return len - k;
	}
	return len;
}

void
qr_html_decode(const char *buf, size_t len, char *inplace,
    struct qr_html_src *src)
{
	char	 cs[64];
	int	 have = 0;
	size_t	 k;

	memset(src, 0, sizeof(*src));
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
		if (inplace != NULL)
			inplace += 3;
		if (!qr_utf8_valid(buf, len)) {
			if ((k = uncut_len(buf, len)) < len &&
			    qr_utf8_valid(buf, k)) {
				len = k;	/* cut in a character */
				goto utf8;
			}
			goto cp1252;	/* a BOM, then broken bytes */
		}
		goto utf8;
	}
	have = declared_charset(buf, len, cs, sizeof(cs));
	if (qr_utf8_valid(buf, len))
		goto utf8;
	if ((k = uncut_len(buf, len)) < len && qr_utf8_valid(buf, k) &&
	    (!have || strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0)) {
		len = k;		/* cut in the middle of a character */
		goto utf8;
	}
	if (have && !is_latin1_name(cs) && strcmp(cs, "utf-8") != 0 &&
	    strcmp(cs, "utf8") != 0) {
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(cs);

		if (h != NULL) {
			xmlCharEncCloseFunc(h);
			snprintf(src->encbuf, sizeof(src->encbuf), "%s", cs);
			src->enc = src->encbuf;
			src->data = buf;
			src->len = len;
			return;
		}
	}
cp1252:
	src->owned = qr_cp1252_to_utf8(buf, len, &src->len);
	src->data = src->owned;
	neutralise_declarations(src->owned, src->len);
	return;
utf8:
	if (inplace == NULL) {
		inplace = src->owned = qr_xmalloc(len + 1);
		memcpy(inplace, buf, len);
		inplace[len] = '\0';
	}
	neutralise_declarations(inplace, len);
	src->data = inplace;
	src->len = len;
}

/* ---- cleaning ------------------------------------------------------------- */

static int
removed_element(xmlNodePtr n)
{
	/* script, style, iframe, frame, frameset, object, embed, applet,
	 * form, input, button, select, textarea, option, optgroup, label,
	 * svg, math, template, canvas, audio, video, source, track, param,
	 * link, meta, base, noembed, noframes, dialog, portal, fieldset,
	 * datalist, output, keygen, title: by first letter, as every
	 * element of the page is asked */
	static const char *const a[] = { "applet", "audio", NULL };
	static const char *const b[] = { "button", "base", NULL };
	static const char *const c[] = { "canvas", NULL };
	static const char *const d[] = { "dialog", "datalist", NULL };
	static const char *const e[] = { "embed", NULL };
	static const char *const f[] = { "frame", "frameset", "form",
	    "fieldset", NULL };
	static const char *const i[] = { "iframe", "input", NULL };
	static const char *const k[] = { "keygen", NULL };
	static const char *const l[] = { "label", "link", NULL };
	static const char *const m[] = { "math", "meta", NULL };
	static const char *const nn[] = { "noembed", "noframes", NULL };
	static const char *const o[] = { "object", "option", "optgroup",
	    "output", NULL };
	static const char *const p[] = { "param", "portal", NULL };
	static const char *const s[] = { "script", "style", "select",
	    "svg", "source", NULL };
	static const char *const t[] = { "textarea", "template", "track",
	    "title", NULL };
	static const char *const v[] = { "video", NULL };
	static const char *const *const by_letter[26] = {
	    ['a' - 'a'] = a, ['b' - 'a'] = b, ['c' - 'a'] = c,
	    ['d' - 'a'] = d, ['e' - 'a'] = e, ['f' - 'a'] = f,
	    ['i' - 'a'] = i, ['k' - 'a'] = k, ['l' - 'a'] = l,
	    ['m' - 'a'] = m, ['n' - 'a'] = nn, ['o' - 'a'] = o,
	    ['p' - 'a'] = p, ['s' - 'a'] = s, ['t' - 'a'] = t,
	    ['v' - 'a'] = v,
	};

	return qr_dom_is_one_of_by_letter(n, by_letter);
}

/* Void in HTML5, but libxml2's HTML 4 parser makes the ones HTML 4 did
 * not know (<embed>, <source>, <track>, <keygen>) containers of all
 * that follows them: that content is the page's, not theirs. */
static int
void_element(xmlNodePtr n)
{
	static const char *const names[] = { "embed", "source", "track",
	    "keygen", "param", "input", "link", "meta", "base", NULL };

	return qr_dom_is_one_of(n, names);
}

/* A declarative shadow root (<template shadowrootmode="open">, before
 * 2024 shadowroot="open"): what a saved page of a web component shows
 * (Halo's comment widget, each custom element's root a template first
 * in its host).  The browser draws its content in place of the host's
 * light children, which its slots take in; read in place, before them,
 * it keeps the page's order.  Any other template is inert, not shown. */
static int
shadow_root(xmlNodePtr n)
{
	return qr_dom_is(n, "template") &&
	    (qr_dom_attr(n, "shadowrootmode") != NULL ||
	    qr_dom_attr(n, "shadowroot") != NULL);
}

/* Move n's children to just after n, in order (no text merging). */
static void
hoist_children(xmlNodePtr n)
{
	xmlNodePtr first = n->children, last = n->last, c;

	for (c = first; c != NULL; c = c->next)
		c->parent = n->parent;
	last->next = n->next;
	if (n->next != NULL)
		n->next->prev = last;
	else if (n->parent != NULL)
		n->parent->last = last;
	n->next = first;
	first->prev = n;
	n->children = n->last = NULL;
}

void
qr_html_clean(xmlDocPtr page)
{
	xmlNodePtr	root, n, next;

	if (page == NULL || (root = xmlDocGetRootElement(page)) == NULL)
		return;
	for (n = root; n != NULL; n = next) {
		int kill = 0;

		if (n->type == XML_ELEMENT_NODE)
			kill = n != root && removed_element(n) &&
			    !qr_dom_quote_fieldset(n);
		else if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
		    n->type == XML_DTD_NODE || n->type == XML_ENTITY_REF_NODE)
			kill = 1;
		/* a void element's misparsed content, what a <form> wraps
		 * (SMF's and Invision's posts, ASP.NET's whole page) and a
		 * shadow root's content: kept, the controls in it go on
		 * their own */
		if (kill && n->type == XML_ELEMENT_NODE && n->children != NULL &&
		    (void_element(n) || qr_dom_is(n, "form") || shadow_root(n)))
			hoist_children(n);
		next = qr_dom_next(n, root, kill);
		if (kill)		/* the tree's arena frees it */
			xmlUnlinkNode(n);
	}
}

/* ---- URLs --------------------------------------------------------------- */

/* Entities a browser decodes in attributes that libxml2's HTML 4 table
 * does not know ("&colon;"), numeric references, and the usual five. */
static void
decode_url(const char *s, struct qr_buf *b)
{
	static const struct { const char *name; const char *val; } ents[] = {
		{ "colon", ":" }, { "tab", "\t" }, { "newline", "\n" },
		{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
		{ "apos", "'" }, { "sol", "/" }, { "lpar", "(" },
		{ "rpar", ")" }, { "period", "." }, { "nbsp", " " },
		{ "num", "#" }, { "quest", "?" }, { "equals", "=" },
	};
	size_t i, k;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] != '&') {
			/* the run up to the next '&', in one piece */
			size_t l = strcspn(s + i, "&");

			qr_buf_put(b, s + i, l);
			i += l - 1;
			continue;
		}
		if (s[i] == '&') {
			if (s[i + 1] == '#') {
				unsigned long	cp = 0;
				size_t		j = i + 2;
				int		hex = s[j] == 'x' || s[j] == 'X';

				if (hex)
					j++;
				k = j;
				while (hex ? isxdigit((unsigned char)s[j]) :
				    isdigit((unsigned char)s[j])) {
					if (cp < 0x110000)
						cp = cp * (hex ? 16 : 10) +
						    (unsigned long)(isdigit(
						    (unsigned char)s[j]) ?
						    s[j] - '0' : (tolower(
						    (unsigned char)s[j]) -
						    'a' + 10));
					j++;
				}
				if (j > k) {
					if (cp == 0 || cp >= 0x110000 ||
					    (cp >= 0xD800 && cp <= 0xDFFF))
						cp = 0xFFFD;
					qr_buf_put_utf8(b, cp);
					i = s[j] == ';' ? j : j - 1;
					continue;
				}
			} else {
				for (k = 0; k < sizeof(ents) / sizeof(ents[0]);
				    k++) {
					size_t l = strlen(ents[k].name);

					if (strncasecmp(s + i + 1, ents[k].name,
					    l) == 0) {
						qr_buf_puts(b, ents[k].val);
						i += l + (s[i + 1 + l] == ';');
						break;
					}
				}
				if (k < sizeof(ents) / sizeof(ents[0]))
					continue;
			}
		}
		qr_buf_putc(b, s[i]);
	}
}

static int
scheme_is(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

const char *
qr_html_safe_url(struct qr_doc *doc, const char *raw, const char *base,
    int image)
{
	struct qr_buf	 d = { 0 }, c = { 0 };
	const char	*s, *res = NULL;
	size_t		 i, n;

	if (raw == NULL || strlen(raw) > URL_MAX)
		return NULL;
	decode_url(raw, &d);
	s = qr_buf_cstr(&d);
	/* browsers drop tabs and newlines anywhere, and leading and
	 * trailing controls and spaces (c never outgrows d: written
	 * in place) */
	qr_buf_grow(&c, d.len);
	for (i = 0; s[i] != '\0'; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '\t' || ch == '\n' || ch == '\r')
			continue;
		if (ch < 0x20 || ch == 0x7f)
			continue;
		if (ch == ' ' && c.len == 0)
			continue;
		c.data[c.len++] = (char)ch;
	}
	while (c.len > 0 && c.data[c.len - 1] == ' ')
		c.len--;
	s = qr_buf_cstr(&c);
	if (c.len == 0)
		goto out;
	/* a scheme? */
	for (n = 0; isalnum((unsigned char)s[n]) || s[n] == '+' ||
	    s[n] == '-' || s[n] == '.'; n++)
		continue;
	if (n > 0 && s[n] == ':' && isalpha((unsigned char)s[0])) {
		if (scheme_is(s, n, "http") || scheme_is(s, n, "https") ||
		    (!image && scheme_is(s, n, "mailto")))
			res = qr_doc_strdup(doc, s);
		goto out;
	}
	if (s[0] == '#' && (base == NULL || (strncasecmp(base, "http://", 7)
	    != 0 && strncasecmp(base, "https://", 8) != 0))) {
		res = qr_doc_strdup(doc, s);
		goto out;
	}
	/* relative: the first segment may hold neither ':' nor '&' (a
	 * scheme hidden by an entity or by odd characters) */
	if (s[0] != '/' || s[1] != '/') {
		for (i = 0; s[i] != '\0' && s[i] != '/' && s[i] != '?' &&
		    s[i] != '#'; i++)
			if (s[i] == ':' || s[i] == '&' || s[i] == '\\')
				goto out;
	}
	if (base != NULL && (strncasecmp(base, "http://", 7) == 0 ||
	    strncasecmp(base, "https://", 8) == 0)) {
		xmlChar *u = xmlBuildURI((const xmlChar *)s,
		    (const xmlChar *)base);

		if (u != NULL && (strncasecmp((char *)u, "http://", 7) == 0 ||
		    strncasecmp((char *)u, "https://", 8) == 0))
			res = qr_doc_strdup(doc, (char *)u);
		xmlFree(u);
		goto out;
	}
	if (s[0] == '/' && s[1] == '/') {
		struct qr_buf h = { 0 };

		qr_buf_puts(&h, "https:");
		qr_buf_puts(&h, s);
		res = qr_doc_strdup(doc, qr_buf_cstr(&h));
		qr_buf_free(&h);
		goto out;
	}
	res = qr_doc_strdup(doc, s);
out:
	qr_buf_free(&d);
	qr_buf_free(&c);
	return res;
}
