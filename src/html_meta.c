/*
 * html_meta.c -- document metadata from a parsed page.
 *
 * One iterative walk over the tree collects candidates for every field
 * from every source (meta tags, <title>, <link rel=canonical>, JSON-LD
 * blocks, the post's h-entry/hentry, <time> elements); then each field
 * takes the best candidate: JSON-LD, microformats, Open Graph and
 * article:* meta, other meta, <time>, <link rel=canonical>, <title>.
 * Last, the title loses a " | Site" suffix (or "Site | " prefix).
 *
 * Nothing here recurses: the tree walk follows parent and sibling links,
 * and the JSON scanner keeps its open containers as parent links in its
 * node array (and refuses nesting deeper than JSON_DEPTH_MAX).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "internal.h"
#include "dates.h"
#include "html.h"

#define TEXT_MAX	4096	/* bytes of text kept for one field */
#define TEXT_NODES	20000	/* nodes visited gathering one text */
#define TEXT_BUDGET	2000000	/* ... and all texts of one page */
#define TAGS_MAX	100	/* tags kept from one page */
#define LD_MAX		64	/* JSON-LD blocks read from one page */
#define JSON_DEPTH_MAX	256	/* deeper JSON-LD is refused */
#define JSON_NODES_MAX	100000	/* so are more values than this, all
				   blocks together (real ones have ~100) */

/* ---- strings -------------------------------------------------------- */

/*
 * s[0..len) with every run of white space (ASCII, NBSP and the Unicode
 * spaces) made one ASCII space, control characters and invalid UTF-8
 * dropped, trimmed, cut at TEXT_MAX bytes (on a character boundary).
 * Returns a malloc'd string, or NULL when nothing is left.
 */
static char *
norm_text(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct qr_buf		 b = {0};
	size_t			 i = 0, l;
	unsigned long		 cp;
	int			 space = 0;

	while (i < len && b.len < TEXT_MAX) {
		if (p[i] > ' ' && p[i] < 0x7F) {
			/* a run of printable ASCII in one copy: as many
			 * bytes as the loop would take one by one */
			size_t k = 1, room;

			while (i + k < len && p[i + k] > ' ' && p[i + k] < 0x7F)
				k++;
			if (space)
				qr_buf_putc(&b, ' ');
			space = 0;
			room = b.len + 1 < TEXT_MAX ? TEXT_MAX - b.len : 1;
			if (k > room)
				k = room;
			qr_buf_put(&b, (const char *)p + i, k);
			i += k;
			continue;
		}
		if ((l = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += l;
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
		    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
		    cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
		    cp == 0x3000) {
			space = b.len > 0;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200B ||
		    cp == 0xFEFF)
			continue;
		if (space)
			qr_buf_putc(&b, ' ');
		space = 0;
		qr_buf_put(&b, (const char *)p + i - l, l);
	}
	if (b.len == 0) {
		qr_buf_free(&b);
		return NULL;
	}
	return qr_buf_detach(&b, NULL);
}

static char *
norm_cstr(const char *s)
{
	return s == NULL ? NULL : norm_text(s, strlen(s));
}

/* HTML character references in s (JSON-LD strings often carry them:
 * "&#8220;", "&amp;", "&nbsp;"), as a malloc'd string. */
static char *
decode_entities(const char *s)
{
	struct qr_buf	b = {0};
	const char	*p = s, *semi;

	while (*p != '\0') {
		if (*p == '&' && (semi = strchr(p, ';')) != NULL &&
		    semi - p > 1 && semi - p < 12) {
			char		name[12];
			unsigned long	cp = 0;
			size_t		n = (size_t)(semi - p - 1);

			memcpy(name, p + 1, n);
			name[n] = '\0';
			if (name[0] == '#') {
				char *end;

				cp = (name[1] == 'x' || name[1] == 'X') ?
				    strtoul(name + 2, &end, 16) :
				    strtoul(name + 1, &end, 10);
				if (*end != '\0' || end == name + 1)
					cp = 0;
			} else {
				const htmlEntityDesc *e =
				    htmlEntityLookup((const xmlChar *)name);

				if (e != NULL)
					cp = e->value;
			}
			if (cp != 0) {
				qr_buf_put_utf8(&b, cp);
				p = semi + 1;
				continue;
			}
		}
		qr_buf_putc(&b, *p++);
	}
	return qr_buf_detach(&b, NULL);
}

static int
is_http_url(const char *s)
{
	return s != NULL && (strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0) && strchr(s, ' ') == NULL;
}

/* Does s look like a URL rather than a name? */
static int
looks_like_url(const char *s)
{
	return strstr(s, "://") != NULL || strncasecmp(s, "www.", 4) == 0 ||
	    s[0] == '/';
}

/* ---- string lists ---------------------------------------------------- */

struct strlist {
	char	**v;
	size_t	  n, cap;
};

static void
list_add(struct strlist *l, char *s, size_t max)
{
	if (s == NULL)
		return;
	if (l->n >= max) {
		free(s);
		return;
	}
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = qr_xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n++] = s;
}

static void
list_free(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* ---- setting fields ------------------------------------------------- */

/* Set *field (when unset) to the normalised s.  Returns 1 if it did. */
static int
set_field(struct qr_doc *doc, const char **field, const char *s)
{
	char *v;

	if (*field != NULL || s == NULL || (v = norm_cstr(s)) == NULL)
		return 0;
	*field = qr_doc_strdup(doc, v);
	free(v);
	return 1;
}

/* An author's name; a URL (Facebook profiles in article:author, bare
 * @ids) is no name. */
static int
set_author(struct qr_doc *doc, const char *s)
{
	char	*v;
	int	 r = 0;

	if (doc->author != NULL || s == NULL || (v = norm_cstr(s)) == NULL)
		return 0;
	if (!looks_like_url(v))
		r = set_field(doc, &doc->author, v);
	free(v);
	return r;
}

/* Only absolute http(s) URLs: no javascript:, data: or relative ones. */
static int
set_url(struct qr_doc *doc, const char *s)
{
	char	*v;
	int	 r = 0;

	if (doc->url != NULL || s == NULL || (v = norm_cstr(s)) == NULL)
		return 0;
	if (is_http_url(v))
		r = set_field(doc, &doc->url, v);
	free(v);
	return r;
}

/* A date as ISO 8601 from an attribute or visible text. */
static int
set_date(struct qr_doc *doc, const char *s)
{
	char iso[QR_DATE_MAX];

	if (doc->date != NULL || s == NULL ||
	    (!qr_date_from_iso(s, iso) && !qr_date_from_text(s, iso)))
		return 0;
	doc->date = qr_doc_strdup(doc, iso);
	return 1;
}

/* Does an ISO 8601 date-time say its zone? */
static int
has_zone(const char *iso)
{
	size_t n = strlen(iso);

	return n > 16 && (iso[n - 1] == 'Z' || iso[n - 6] == '+' ||
	    iso[n - 6] == '-');
}

/* A date-only doc->date gains the time of a later source that has the
 * same day ("2019-11-19" and "2019-11-19T11:21:08+00:00"); a time
 * without a zone gains one the same way. */
static void
refine_date(struct qr_doc *doc, const char *s)
{
	char iso[QR_DATE_MAX];

	if (doc->date == NULL || s == NULL || has_zone(doc->date))
		return;
	if ((qr_date_from_iso(s, iso) || qr_date_from_text(s, iso)) &&
	    strncmp(iso, doc->date, 10) == 0 &&
	    ((strlen(doc->date) == 10 && strlen(iso) > 10) || has_zone(iso)))
		doc->date = qr_doc_strdup(doc, iso);
}

/*
 * A language tag as BCP 47 ("de_DE" -> "de-DE", "EN-us" -> "en-US",
 * "zh-hant-tw" -> "zh-Hant-TW"), or 0 when s is not one.
 */
static int
norm_lang(const char *s, char *out, size_t outsz)
{
	size_t	i = 0, o = 0, start;
	int	first = 1;

	while (isspace((unsigned char)s[i]))
		i++;
	while (s[i] != '\0' && !isspace((unsigned char)s[i])) {
		size_t n;

		start = i;
		while (isalnum((unsigned char)s[i]))
			i++;
		n = i - start;
		if (n == 0 || n > 8 || o + n + 2 > outsz)
			return 0;
		if (first) {
			size_t k;

			for (k = start; k < i; k++)
				if (!isalpha((unsigned char)s[k]))
					return 0;
			if (n < 2 || n > 3)
				return 0;
		} else
			out[o++] = '-';
		for (; start < i; start++) {
			int c = tolower((unsigned char)s[start]);

			if (!first && n == 2 && isalpha(c))
				c = toupper(c);
			else if (!first && n == 4 && o > 0 &&
			    out[o - 1] == '-')
				c = toupper(c);
			out[o++] = (char)c;
		}
		first = 0;
		if (s[i] == '-' || s[i] == '_')
			i++;
		else if (s[i] != '\0' && !isspace((unsigned char)s[i]))
			return 0;
	}
	while (isspace((unsigned char)s[i]))
		i++;
	if (s[i] != '\0' || o == 0 || out[o - 1] == '-')
		return 0;
	out[o] = '\0';
	return 1;
}

static int
set_lang(struct qr_doc *doc, const char *s)
{
	char l[64];

	if (doc->language != NULL || s == NULL || !norm_lang(s, l, sizeof(l)))
		return 0;
	doc->language = qr_doc_strdup(doc, l);
	return 1;
}

/* Tags from a comma-separated string ("a, b,c"); returns how many. */
static size_t
add_tags_csv(struct qr_doc *doc, const char *s)
{
	size_t	n = 0;

	while (s != NULL && *s != '\0' && doc->ntags < TAGS_MAX) {
		const char	*comma = strchr(s, ',');
		size_t		 len = comma ? (size_t)(comma - s) : strlen(s);
		char		*t = norm_text(s, len);

		if (t != NULL) {
			qr_doc_add_tag(doc, t, strlen(t));
			n++;
			free(t);
		}
		s = comma ? comma + 1 : s + len;
	}
	return n;
}

static size_t
add_tag_list(struct qr_doc *doc, const struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n && doc->ntags < TAGS_MAX; i++)
		qr_doc_add_tag(doc, l->v[i], strlen(l->v[i]));
	return l->n;
}

/* ---- the JSON scanner ------------------------------------------------ */

enum jtype { J_OBJ, J_ARR, J_STR, J_OTHER };

struct jnode {
	enum jtype	 type;
	long		 parent, first, last, next;	/* -1: none */
	size_t		 key, klen;	/* member name, in strs; klen 0: none */
	size_t		 val, vlen;	/* J_STR, J_OTHER: value, in strs */
};

struct json {
	struct jnode	*n;
	size_t		 nn, cap;
	struct qr_buf	 strs;		/* decoded strings, each NUL-ended */
	struct jid {
		long		 node;	/* -1: empty slot */
		const char	*id;
	}		*ids;		/* objects by @id: a hash table */
	size_t		 nids;		/* its size, a power of 2; 0: unbuilt */
};

static long
json_new(struct json *j, enum jtype type, long parent, size_t key,
    size_t klen)
{
	struct jnode *n;

	if (j->nn == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 64;
		j->n = qr_xrealloc(j->n, j->cap * sizeof(*j->n));
	}
	n = &j->n[j->nn];
	n->type = type;
	n->parent = parent;
	n->first = n->last = n->next = -1;
	n->key = key;
	n->klen = klen;
	n->val = n->vlen = 0;
	if (parent >= 0) {
		if (j->n[parent].last >= 0)
			j->n[j->n[parent].last].next = (long)j->nn;
		else
			j->n[parent].first = (long)j->nn;
		j->n[parent].last = (long)j->nn;
	}
	return (long)j->nn++;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Four hex digits at s, or -1. */
static long
hex4(const char *s, size_t avail)
{
	long	v = 0;
	int	i, h;

	if (avail < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if ((h = hexval((unsigned char)s[i])) < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/*
 * The string starting after the opening quote at s[*i], decoded into
 * j->strs (escapes, surrogate pairs; invalid UTF-8 and lone surrogates
 * become U+FFFD; raw control characters are taken as they are).  Sets
 * *off and *len; returns 0 when the string never ends.
 */
static int
json_string(struct json *j, const char *s, size_t len, size_t *i,
    size_t *off, size_t *vlen)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 k = *i;

	*off = j->strs.len;
	while (k < len && p[k] != '"') {
		if (p[k] == '\\') {
			long cp;

			if (k + 1 >= len)
				return 0;
			switch (p[k + 1]) {
			case 'b': qr_buf_putc(&j->strs, '\b'); break;
			case 'f': qr_buf_putc(&j->strs, '\f'); break;
			case 'n': qr_buf_putc(&j->strs, '\n'); break;
			case 'r': qr_buf_putc(&j->strs, '\r'); break;
			case 't': qr_buf_putc(&j->strs, '\t'); break;
			case 'u':
				if ((cp = hex4(s + k + 2, len - k - 2)) < 0) {
					qr_buf_put_utf8(&j->strs, 0xFFFD);
					k += 2;
					continue;
				}
				k += 6;
				if (cp >= 0xD800 && cp <= 0xDBFF &&
				    k + 1 < len && p[k] == '\\' &&
				    p[k + 1] == 'u') {
					long lo = hex4(s + k + 2, len - k - 2);

					if (lo >= 0xDC00 && lo <= 0xDFFF) {
						cp = 0x10000 + ((cp - 0xD800)
						    << 10) + (lo - 0xDC00);
						k += 6;
					}
				}
				/* lone surrogates and NUL: U+FFFD */
				qr_buf_put_utf8(&j->strs, cp == 0 ? 0xFFFD :
				    (unsigned long)cp);
				continue;
			default:	/* \" \\ \/ and unknown escapes */
				qr_buf_putc(&j->strs, p[k + 1]);
				break;
			}
			k += 2;
		} else if (p[k] < 0x80) {
			qr_buf_putc(&j->strs, p[k] ? p[k] : ' ');
			k++;
		} else {
			size_t l = qr_utf8_seqlen(p + k, len - k);

			if (l == 0) {
				qr_buf_put_utf8(&j->strs, 0xFFFD);
				k++;
			} else {
				qr_buf_put(&j->strs, s + k, l);
				k += l;
			}
		}
	}
	if (k >= len)
		return 0;
	*vlen = j->strs.len - *off;
	qr_buf_putc(&j->strs, '\0');
	*i = k + 1;
	return 1;
}

static void
skip_ws(const char *s, size_t len, size_t *i)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' ||
	    s[*i] == '\r' || s[*i] == '\f'))
		(*i)++;
}

/*
 * Parse one JSON text (a <script type=application/ld+json> body) into
 * j; anything before the first '{' or '[' (a CDATA or comment opener)
 * and after the value's end is ignored.  Lenient where pages are
 * (trailing commas, control characters in strings).  Returns the root
 * node, or -1 (and j as it was) when the text is not JSON, nests
 * deeper than JSON_DEPTH_MAX or has too many values.
 */
static long
json_parse(struct json *j, const char *s, size_t len)
{
	size_t	i = 0, key = 0, klen = 0, start = j->nn, sstart = j->strs.len;
	long	cur = -1, root = -1, n;
	int	depth = 0, want_key = 0;

	/* <![CDATA[, <!--, //<![CDATA[ before the value */
	for (;;) {
		skip_ws(s, len, &i);
		if (len - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0)
			i += 9;
		else if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
			i += 4;
		else if (len - i >= 2 && memcmp(s + i, "//", 2) == 0)
			while (i < len && s[i] != '\n')
				i++;
		else
			break;
	}
	if (i >= len || (s[i] != '{' && s[i] != '['))
		return -1;
	while (i < len) {
		skip_ws(s, len, &i);
		if (i >= len)
			break;
		if (cur >= 0 && j->n[cur].type == J_OBJ && want_key) {
			size_t off, vl;

			if (s[i] == '}')
				goto close;
			if (s[i] != '"')
				goto fail;
			i++;
			if (!json_string(j, s, len, &i, &off, &vl))
				goto fail;
			skip_ws(s, len, &i);
			if (i >= len || s[i] != ':')
				goto fail;
			i++;
			key = off;
			klen = vl ? vl : 1;	/* "" is still a key */
			want_key = 0;
			continue;
		}
		if (cur >= 0 && j->n[cur].type == J_ARR && s[i] == ']')
			goto close;
		/* a value */
		if (j->nn >= JSON_NODES_MAX)
			goto fail;
		if (s[i] == '{' || s[i] == '[') {
			if (++depth > JSON_DEPTH_MAX)
				goto fail;
			n = json_new(j, s[i] == '{' ? J_OBJ : J_ARR, cur, key,
			    klen);
			i++;
			cur = n;
			if (root < 0)
				root = n;
			want_key = j->n[cur].type == J_OBJ;
			klen = 0;
			continue;
		} else if (s[i] == '"') {
			size_t off, vl;

			i++;
			if (!json_string(j, s, len, &i, &off, &vl))
				goto fail;
			n = json_new(j, J_STR, cur, key, klen);
			j->n[n].val = off;
			j->n[n].vlen = vl;
		} else if (isalnum((unsigned char)s[i]) || s[i] == '-' ||
		    s[i] == '+' || s[i] == '.') {
			size_t b = i;

			while (i < len && (isalnum((unsigned char)s[i]) ||
			    s[i] == '-' || s[i] == '+' || s[i] == '.'))
				i++;
			n = json_new(j, J_OTHER, cur, key, klen);
			j->n[n].val = j->strs.len;
			j->n[n].vlen = i - b;
			qr_buf_put(&j->strs, s + b, i - b);
			qr_buf_putc(&j->strs, '\0');
		} else
			goto fail;
		klen = 0;
		goto after_value;
close:
		i++;
		depth--;
		cur = j->n[cur].parent;
		if (cur < 0)
			return root;
after_value:
		skip_ws(s, len, &i);
		if (i < len && s[i] == ',') {
			i++;
			want_key = j->n[cur].type == J_OBJ;
		} else if (i < len && (s[i] == '}' || s[i] == ']')) {
			if ((s[i] == '}') != (j->n[cur].type == J_OBJ))
				goto fail;
			want_key = 0;
			goto close;
		} else
			goto fail;
	}
fail:
	j->nn = start;
	j->strs.len = sstart;
	return -1;
}

static const char *
jstr_at(const struct json *j, size_t off)
{
	return j->strs.data + off;
}

/* The member "key" of object o, or -1. */
static long
jget(const struct json *j, long o, const char *key)
{
	long c;

	if (o < 0 || j->n[o].type != J_OBJ)
		return -1;
	for (c = j->n[o].first; c >= 0; c = j->n[c].next)
		if (j->n[c].klen > 0 &&
		    strcmp(jstr_at(j, j->n[c].key), key) == 0)
			return c;
	return -1;
}

/* The string value of node v, or NULL. */
static const char *
jstr(const struct json *j, long v)
{
	return v >= 0 && j->n[v].type == J_STR ? jstr_at(j, j->n[v].val) :
	    NULL;
}

static size_t
hash_str(const char *s)
{
	size_t h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* The @id string of object o when o says more than its @id (a bare
 * {"@id": ...} is a reference, not the thing), else NULL. */
static const char *
jid_of(const struct json *j, long o)
{
	long idn;

	if (j->n[o].type != J_OBJ || j->n[o].first == j->n[o].last ||
	    (idn = jget(j, o, "@id")) < 0)
		return NULL;
	return jstr(j, idn);
}

/* Index every object by its @id (the first one wins): one pass. */
static void
jindex(struct json *j)
{
	size_t i, k, mask;

	for (j->nids = 16; j->nids < 2 * j->nn; j->nids *= 2)
		continue;
	j->ids = qr_xmalloc(j->nids * sizeof(*j->ids));
	for (i = 0; i < j->nids; i++)
		j->ids[i].node = -1;
	mask = j->nids - 1;
	for (i = 0; i < j->nn; i++) {
		const char *id = jid_of(j, (long)i);

		if (id == NULL || *id == '\0')
			continue;
		for (k = hash_str(id) & mask; j->ids[k].node >= 0;
		    k = (k + 1) & mask)
			if (strcmp(j->ids[k].id, id) == 0)
				break;
		if (j->ids[k].node < 0) {
			j->ids[k].node = (long)i;
			j->ids[k].id = id;
		}
	}
}

/* The object whose "@id" is id and which says more than its @id, or
 * -1. */
static long
jfind_id(struct json *j, const char *id)
{
	size_t k, mask;

	if (id == NULL || *id == '\0')
		return -1;
	if (j->nids == 0)
		jindex(j);
	mask = j->nids - 1;
	for (k = hash_str(id) & mask; j->ids[k].node >= 0; k = (k + 1) & mask)
		if (strcmp(j->ids[k].id, id) == 0)
			return j->ids[k].node;
	return -1;
}

/* The value of o's "key", following an {"@id": ...} reference when o
 * itself lacks it. */
static long
jget_ref(struct json *j, long o, const char *key)
{
	long v = jget(j, o, key), id;

	if (v >= 0 || o < 0 || j->n[o].type != J_OBJ)
		return v;
	if ((id = jget(j, o, "@id")) < 0)
		return -1;
	return jget(j, jfind_id(j, jstr(j, id)), key);
}

/* The schema.org type name of an IRI or term ("http://schema.org/Article"
 * -> "Article"). */
static const char *
type_name(const char *t)
{
	const char *p = strrchr(t, '/'), *q = strrchr(t, '#');

	if (q != NULL && (p == NULL || q > p))
		p = q;
	if (p == NULL)
		p = strrchr(t, ':');
	return p ? p + 1 : t;
}

enum { TY_ARTICLE = 1, TY_PAGE = 2, TY_SITE = 4 };

static int
type_class(const char *t)
{
	size_t n;

	t = type_name(t);
	n = strlen(t);
	if ((n >= 7 && strcmp(t + n - 7, "Article") == 0) ||
	    (n >= 7 && strcmp(t + n - 7, "Posting") == 0))
		return TY_ARTICLE;
	if (strcmp(t, "WebPage") == 0 || strcmp(t, "ItemPage") == 0)
		return TY_PAGE;
	if (strcmp(t, "WebSite") == 0)
		return TY_SITE;
	return 0;
}

/* The classes of object o's @type (a string or an array of them; the
 * "type" some pages write without the @ is taken too). */
static int
jtypes(const struct json *j, long o)
{
	long	t = jget(j, o, "@type"), c;
	int	cls = 0;

	if (t < 0)
		t = jget(j, o, "type");
	if (t < 0)
		return 0;
	if (j->n[t].type == J_STR)
		return type_class(jstr(j, t));
	if (j->n[t].type == J_ARR)
		for (c = j->n[t].first; c >= 0; c = j->n[c].next)
			if (j->n[c].type == J_STR)
				cls |= type_class(jstr(j, c));
	return cls;
}

/* A text value with its HTML character references decoded, malloc'd. */
static char *
jtext(const struct json *j, long v)
{
	const char	*s = jstr(j, v);
	char		*d, *r;

	if (s == NULL)
		return NULL;
	d = decode_entities(s);
	r = norm_cstr(d);
	free(d);
	return r;
}

static int
set_field_j(struct qr_doc *doc, const char **field, struct json *j,
    long v)
{
	char	*s = jtext(j, v);
	int	 r = set_field(doc, field, s);

	free(s);
	return r;
}

/* The name of a person or organisation: a string, an object with a
 * name, a reference to one, or an array of those (joined by ", "). */
static char *
jname(struct json *j, long v)
{
	struct qr_buf	 b = {0};
	long		 c, nm;
	int		 k = 0;
	char		*s;

	if (v < 0)
		return NULL;
	if (j->n[v].type == J_STR) {
		if (!looks_like_url(jstr(j, v)))
			return jtext(j, v);
		v = jfind_id(j, jstr(j, v));	/* a bare @id */
		if (v < 0)
			return NULL;
	}
	if (j->n[v].type == J_OBJ) {
		nm = jget_ref(j, v, "name");
		return nm >= 0 && j->n[nm].type == J_STR ? jtext(j, nm) : NULL;
	}
	if (j->n[v].type != J_ARR)
		return NULL;
	for (c = j->n[v].first; c >= 0 && k < 10; c = j->n[c].next) {
		if (j->n[c].type == J_ARR)
			continue;
		if ((s = jname(j, c)) == NULL)
			continue;
		if (k++ > 0)
			qr_buf_puts(&b, ", ");
		qr_buf_puts(&b, s);
		free(s);
	}
	return b.len > 0 ? qr_buf_detach(&b, NULL) : (qr_buf_free(&b), NULL);
}

/* A URL: a string, or an object's "url" (following a reference), or
 * the object's own http(s) "@id" when it has no fragment. */
static const char *
jurl(struct json *j, long v)
{
	long		 u, id;
	const char	*s;

	if (v < 0)
		return NULL;
	if (j->n[v].type == J_STR)
		return jstr(j, v);
	if (j->n[v].type != J_OBJ)
		return NULL;
	if ((u = jget_ref(j, v, "url")) >= 0 && jstr(j, u) != NULL)
		return jstr(j, u);
	if ((id = jget(j, v, "@id")) >= 0 && (s = jstr(j, id)) != NULL &&
	    strchr(s, '#') == NULL)
		return s;
	return NULL;
}

static void
set_author_j(struct qr_doc *doc, struct json *j, long v)
{
	char *s;

	if (doc->author != NULL || (s = jname(j, v)) == NULL)
		return;
	set_author(doc, s);
	free(s);
}

static void
set_date_j(struct qr_doc *doc, struct json *j, long v)
{
	if (doc->date == NULL)
		set_date(doc, jstr(j, v));
	else
		refine_date(doc, jstr(j, v));
}

static void
set_lang_j(struct qr_doc *doc, struct json *j, long v)
{
	if (v >= 0 && j->n[v].type == J_OBJ)
		v = jget(j, v, "alternateName");
	set_lang(doc, jstr(j, v));
}

/* keywords: "a, b" or ["a", "b"]. */
static void
add_tags_j(struct qr_doc *doc, struct json *j, long v)
{
	long	c;
	char	*s;

	if (v < 0 || doc->ntags > 0)
		return;
	if (j->n[v].type == J_STR) {
		s = decode_entities(jstr(j, v));
		add_tags_csv(doc, s);
		free(s);
		return;
	}
	if (j->n[v].type != J_ARR)
		return;
	for (c = j->n[v].first; c >= 0 && doc->ntags < TAGS_MAX;
	    c = j->n[c].next)
		if ((s = jtext(j, c)) != NULL) {
			qr_doc_add_tag(doc, s, strlen(s));
			free(s);
		}
}

/* The site's name: the article's publisher, else the WebSite's name. */
static char *
jsite(struct json *j, long art, long site)
{
	char *s = jname(j, jget_ref(j, art, "publisher"));

	if (s == NULL && site >= 0)
		s = jtext(j, jget(j, site, "name"));
	return s;
}

int
qr_jsonld_read(struct qr_doc *doc, const char *const *blocks,
    const size_t *lens, size_t nblocks)
{
	struct json	 j;
	size_t		 b, i;
	long		 art = -1, page = -1, web = -1;
	int		 parsed = 0, cls;

	memset(&j, 0, sizeof(j));
	for (b = 0; b < nblocks; b++)
		if (json_parse(&j, blocks[b], lens[b]) >= 0)
			parsed++;
	/* Nodes are in document order, so the first article is the
	 * outermost one. */
	for (i = 0; i < j.nn; i++) {
		if (j.n[i].type != J_OBJ)
			continue;
		cls = jtypes(&j, (long)i);
		if ((cls & TY_ARTICLE) && art < 0)
			art = (long)i;
		if ((cls & TY_PAGE) && page < 0)
			page = (long)i;
		if ((cls & TY_SITE) && web < 0)
			web = (long)i;
	}
	if (art >= 0) {
		if (!set_field_j(doc, &doc->title, &j, jget(&j, art,
		    "headline")))
			set_field_j(doc, &doc->title, &j, jget(&j, art, "name"));
		set_author_j(doc, &j, jget(&j, art, "author"));
		set_author_j(doc, &j, jget(&j, art, "creator"));
		set_date_j(doc, &j, jget(&j, art, "datePublished"));
		set_date_j(doc, &j, jget(&j, art, "dateCreated"));
		set_url(doc, jurl(&j, jget(&j, art, "url")));
		set_url(doc, jurl(&j, jget(&j, art, "mainEntityOfPage")));
		set_lang_j(doc, &j, jget(&j, art, "inLanguage"));
		add_tags_j(doc, &j, jget(&j, art, "keywords"));
	}
	if (page >= 0) {
		set_field_j(doc, &doc->title, &j, jget(&j, page, "name"));
		set_author_j(doc, &j, jget(&j, page, "author"));
		set_date_j(doc, &j, jget(&j, page, "datePublished"));
		set_url(doc, jurl(&j, jget(&j, page, "url")));
		set_lang_j(doc, &j, jget(&j, page, "inLanguage"));
	}
	if (web >= 0)
		set_lang_j(doc, &j, jget(&j, web, "inLanguage"));
	if (art >= 0 || web >= 0) {
		char *s = jsite(&j, art, web);

		set_field(doc, &doc->site, s);
		free(s);
	}
	free(j.n);
	free(j.ids);
	qr_buf_free(&j.strs);
	return parsed;
}

/* ---- the tree walk ---------------------------------------------------- */

struct cand {
	char		*title, *og_title, *tw_title, *mf_name;
	char		*og_site;
	char		*og_author, *meta_author, *dc_creator, *mf_author;
	char		*rel_author, *byline;
	char		*og_date, *meta_date, *mf_date, *time_strong;
	char		*time_weak, *text_date;
	char		*og_url, *mf_url, *bookmark, *canonical, *base;
	char		*html_lang, *og_locale, *content_lang, *meta_lang;
	char		*keywords;
	struct strlist	 og_tags, mf_tags, rel_tags, ld;
	char		*tw_data[10];
	int		 tw_author_n;	/* twitter:labelN says "Written by" */
	size_t		 budget;	/* node visits left for texts */
};

/* The walk's state: the open regions it is inside (each a node, or
 * NULL; cleared when the walk leaves that node). */
struct region {
	xmlNodePtr	skip;		/* comments, sidebars, navigation */
	xmlNodePtr	entry;		/* the post's h-entry / hentry */
	xmlNodePtr	nested;		/* an h-entry inside it */
	xmlNodePtr	article;	/* the first <article> or post block */
	xmlNodePtr	svg;
	int		entry_done;
};

static void
cand_free(struct cand *c)
{
	char	**f[] = { &c->title, &c->og_title, &c->tw_title, &c->mf_name,
	    &c->og_site, &c->og_author, &c->meta_author, &c->dc_creator,
	    &c->mf_author, &c->rel_author, &c->byline, &c->og_date, &c->meta_date, &c->mf_date, &c->time_strong,
	    &c->time_weak, &c->text_date, &c->og_url, &c->mf_url, &c->bookmark,
	    &c->canonical, &c->base, &c->html_lang, &c->og_locale,
	    &c->content_lang, &c->meta_lang, &c->keywords };
	size_t	  i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		free(*f[i]);
	for (i = 0; i < 10; i++)
		free(c->tw_data[i]);
	list_free(&c->og_tags);
	list_free(&c->mf_tags);
	list_free(&c->rel_tags);
	list_free(&c->ld);
}

/* Keep the first value: store s in *slot unless it is already set. */
static void
keep_first(char **slot, char *s)
{
	if (*slot == NULL)
		*slot = s;
	else
		free(s);
}

static int
name_is(xmlNodePtr n, const char *name)
{
	/* the first letters, folded, before the whole names */
	return n->name != NULL && (n->name[0] | 0x20) == (name[0] | 0x20) &&
	    xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

/* An attribute's value, normalised and malloc'd, or NULL (what
 * xmlGetProp finds, but also in an arena tree: html_tree.h). */
static char *
attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr	 a;
	xmlChar		*v;
	char		*s;

	for (a = n->properties; a != NULL; a = a->next)
		if (a->ns == NULL && xmlStrEqual(a->name, (const xmlChar *)name))
			break;
	if (a == NULL)
		return NULL;
	if (a->children == NULL)
		return norm_cstr(a->psvi != NULL ? (const char *)a->psvi : "");
	v = xmlNodeListGetString(n->doc, a->children, 1);
	s = norm_cstr(v != NULL ? (const char *)v : "");
	xmlFree(v);
	return s;
}

/* The attribute "name" of n (case-insensitive), without the DTD look-up
 * xmlGetProp does: the walk asks this dozens of times per element. */
static xmlAttrPtr
find_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr a;

	for (a = n->properties; a != NULL; a = a->next)
		if (xmlStrcasecmp(a->name, (const xmlChar *)name) == 0)
			return a;
	return NULL;
}

static int
has_attr(xmlNodePtr n, const char *name)
{
	return find_attr(n, name) != NULL;
}

/* Is "tok" one of the white-space separated words of attribute "name"
 * (case-insensitive)?  With prefix set, a word starting with tok counts. */
static int
has_word(xmlNodePtr n, const char *name, const char *tok, int prefix)
{
	xmlAttrPtr	 a = find_attr(n, name);
	xmlChar		*v = NULL;
	const char	*p;
	size_t		 tl = strlen(tok);
	int		 found = 0;

	if (a == NULL || (a->children == NULL && a->psvi == NULL))
		return 0;
	if (a->children == NULL)	/* an arena tree's (html_tree.h) */
		p = (const char *)a->psvi;
	else if (a->children->type == XML_TEXT_NODE &&
	    a->children->next == NULL)
		p = (const char *)a->children->content;
	else
		p = (const char *)(v = xmlNodeListGetString(n->doc,
		    a->children, 1));
	while (p != NULL && *p != '\0' && !found) {
		const char *e;

		while (isspace((unsigned char)*p))
			p++;
		for (e = p; *e != '\0' && *e != ' ' && *e != '\t' &&
		    *e != '\r' && *e != '\n' && *e != '\f'; e++)
			continue;
		/* the first letters, folded, before the whole words */
		if (e > p && (prefix ? (size_t)(e - p) >= tl :
		    (size_t)(e - p) == tl) && (tl == 0 ||
		    (p[0] | 0x20) == (tok[0] | 0x20)) &&
		    strncasecmp(p, tok, tl) == 0)
			found = 1;
		p = e;
	}
	xmlFree(v);
	return found;
}

static int
has_class(xmlNodePtr n, const char *cls)
{
	return has_word(n, "class", cls, 0);
}

/*
 * The walk asks some thirty class and id questions of every element:
 * the element's class and id words are split once (as has_word() splits
 * them) and each question compares only the words.
 */
#define EL_WORDS	32

struct words {
	int		 slow;		/* not split: ask has_word() */
	size_t		 n;
	unsigned long long first;	/* bit per folded first letter */
	const char	*w[EL_WORDS];
	size_t		 l[EL_WORDS];
};

struct elem {
	xmlNodePtr	 n;
	struct words	 cls, id;
};

static void
split_words(struct words *ws, xmlNodePtr n, const char *name)
{
	xmlAttrPtr	 a = find_attr(n, name);
	const char	*p, *e;

	ws->slow = 0;
	ws->n = 0;
	ws->first = 0;
	if (a == NULL || (a->children == NULL && a->psvi == NULL))
		return;
	if (a->children != NULL) {	/* libxml2's own tree */
		ws->slow = 1;
		return;
	}
	for (p = (const char *)a->psvi; *p != '\0'; p = e) {
		while (isspace((unsigned char)*p))
			p++;
		for (e = p; *e != '\0' && *e != ' ' && *e != '\t' &&
		    *e != '\r' && *e != '\n' && *e != '\f'; e++)
			continue;
		if (e == p)
			continue;
		if (ws->n == EL_WORDS) {
			ws->slow = 1;
			return;
		}
		ws->first |= 1ull << ((p[0] | 0x20) & 63);
		ws->w[ws->n] = p;
		ws->l[ws->n++] = (size_t)(e - p);
	}
}

static void
elem_init(struct elem *el, xmlNodePtr n)
{
	el->n = n;
	split_words(&el->cls, n, "class");
	split_words(&el->id, n, "id");
}

/* has_word(el->n, "class" or "id", tok, prefix) over the split words
 * (tl: tok's length) */
static inline int
words_have(const struct elem *el, const struct words *ws, const char *name,
    const char *tok, size_t tl, int prefix)
{
	size_t	i;

	if (ws->slow)
		return has_word(el->n, name, tok, prefix);
	if (ws->n == 0 ||
	    (tl > 0 && !(ws->first & (1ull << ((tok[0] | 0x20) & 63)))))
		return 0;
	for (i = 0; i < ws->n; i++)
		if ((prefix ? ws->l[i] >= tl : ws->l[i] == tl) &&
		    (tl == 0 || (ws->w[i][0] | 0x20) == (tok[0] | 0x20)) &&
		    strncasecmp(ws->w[i], tok, tl) == 0)
			return 1;
	return 0;
}

/* Is the string literal "word" one of el's class words? */
#define el_class(el, word) \
	words_have((el), &(el)->cls, "class", "" word, sizeof("" word) - 1, 0)

/*
 * The text of n's subtree (script and style left out), normalised,
 * malloc'd, or NULL.  Visits at most TEXT_NODES nodes, so that many
 * nested candidates cannot make the walk quadratic.
 */
static char *
gather_text(struct cand *c, xmlNodePtr top)
{
	struct qr_buf	 b = {0};
	xmlNodePtr	 n = top;
	size_t		 visited = 0;
	char		*s;

	while (n != NULL && visited++ < TEXT_NODES && b.len < TEXT_MAX &&
	    c->budget > 0) {
		c->budget--;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				qr_buf_puts(&b, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && name_is(n, "br"))
			qr_buf_putc(&b, ' ');
		if (n->type == XML_ELEMENT_NODE && n->children != NULL &&
		    !name_is(n, "script") && !name_is(n, "style")) {
			n = n->children;
			continue;
		}
		while (n != top && n->next == NULL)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
	s = b.len > 0 ? norm_text(b.data, b.len) : NULL;
	qr_buf_free(&b);
	return s;
}

/* The first descendant of top (itself included) with class cls. */
static xmlNodePtr
find_class(struct cand *c, xmlNodePtr top, const char *cls)
{
	xmlNodePtr	n = top;
	size_t		visited = 0;

	while (n != NULL && visited++ < TEXT_NODES && c->budget > 0) {
		c->budget--;
		if (n->type == XML_ELEMENT_NODE && has_class(n, cls))
			return n;
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != top && n->next == NULL)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
	return NULL;
}

/* Comment threads, sidebars, navigation, related posts: no post
 * metadata is taken from inside them.  Inside the post, an <aside>, a
 * <footer> or a "sidebar" holds the post's own date and author. */
static int
is_skip_region(const struct elem *el, const struct region *r)
{
	xmlNodePtr n = el->n;
	static const char *const words[] = { "comment", "respond", "disqus",
	    "related", "recentcomments", "sidebar", NULL };
	static const unsigned char lens[] = { 7, 7, 6, 7, 14, 7 };
	int	inside = r->article != NULL || r->entry != NULL;
	size_t	i;

	if (name_is(n, "html") || name_is(n, "body"))
		return 0;
	if (name_is(n, "nav"))
		return 1;
	if (name_is(n, "aside") || name_is(n, "footer"))
		return !inside;
	if (el_class(el, "comments-open") || el_class(el, "comments-closed"))
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (words_have(el, &el->cls, "class", words[i], lens[i], 1) ||
		    words_have(el, &el->id, "id", words[i], lens[i], 1))
			return words[i + 1] != NULL || !inside;	/* sidebar */
	return 0;
}

/* A date from a date element: its datetime, title (abbr) or text. */
static char *
date_value(struct cand *c, xmlNodePtr n)
{
	char *s;

	if ((s = attr(n, "datetime")) != NULL)
		return s;
	if ((s = attr(n, "content")) != NULL)
		return s;
	if (name_is(n, "abbr") && (s = attr(n, "title")) != NULL)
		return s;
	return gather_text(c, n);
}

/* A <meta>: Open Graph and article:* (property=), name=, http-equiv=,
 * and microdata (itemprop=) outside comments and sidebars only, where
 * each comment may carry its own datePublished. */
static void
on_meta(struct cand *c, xmlNodePtr n, int in_skip)
{
	char	*key = attr(n, "property"), *val = attr(n, "content");
	char	*eq;
	int	 num;

	if (key == NULL)
		key = attr(n, "name");
	if (key == NULL && !in_skip)
		key = attr(n, "itemprop");
	if (val == NULL)
		val = attr(n, "value");
	if ((eq = attr(n, "http-equiv")) != NULL) {
		if (strcasecmp(eq, "content-language") == 0)
			keep_first(&c->content_lang, val), val = NULL;
		free(eq);
	}
	if (key == NULL || val == NULL) {
		free(key);
		free(val);
		return;
	}
#define KEY(k)	(strcasecmp(key, (k)) == 0)
	if (KEY("og:title"))
		keep_first(&c->og_title, val);
	else if (KEY("twitter:title"))
		keep_first(&c->tw_title, val);
	else if (KEY("og:site_name"))
		keep_first(&c->og_site, val);
	else if (KEY("og:url"))
		keep_first(&c->og_url, val);
	else if (KEY("og:locale"))
		keep_first(&c->og_locale, val);
	else if (KEY("article:published_time"))
		keep_first(&c->og_date, val);
	else if (KEY("article:author"))
		keep_first(&c->og_author, val);
	else if (KEY("article:tag"))
		list_add(&c->og_tags, val, TAGS_MAX);
	else if (KEY("author"))
		keep_first(&c->meta_author, val);
	else if (KEY("dc.creator") || KEY("dc:creator") ||
	    KEY("dcterms.creator"))
		keep_first(&c->dc_creator, val);
	else if (KEY("language") || KEY("dc.language"))
		keep_first(&c->meta_lang, val);
	else if (KEY("keywords"))
		keep_first(&c->keywords, val);
	else if (KEY("datePublished") || KEY("date") || KEY("dc.date") ||
	    KEY("dcterms.created") || KEY("dcterms:created") ||
	    KEY("dc.date.issued") || KEY("pubdate"))
		keep_first(&c->meta_date, val);
	else if (strncasecmp(key, "twitter:label", 13) == 0 &&
	    (num = key[13] - '0') >= 0 && num <= 9 && key[14] == '\0') {
		/* Yoast: twitter:label1 "Written by", twitter:data1 NAME */
		if (c->tw_author_n < 0 && (strcasecmp(val, "Written by") == 0 ||
		    strcasecmp(val, "Verfasst von") == 0 ||
		    strcasecmp(val, "Escrito por") == 0 ||
		    strcasecmp(val, "Écrit par") == 0))
			c->tw_author_n = num;
		free(val);
	} else if (strncasecmp(key, "twitter:data", 12) == 0 &&
	    (num = key[12] - '0') >= 0 && num <= 9 && key[13] == '\0')
		keep_first(&c->tw_data[num], val);
	else
		free(val);
#undef KEY
	free(key);
}

/* The post's h-entry (microformats2) or hentry (hAtom) properties. */
static void
on_entry_element(struct cand *c, const struct elem *el)
{
	xmlNodePtr	 n = el->n;
	xmlNodePtr	 m;
	char		*s;

	if (c->mf_name == NULL && (el_class(el, "p-name") ||
	    el_class(el, "entry-title")))
		c->mf_name = gather_text(c, n);
	if (c->mf_author == NULL && (el_class(el, "p-author") ||
	    (el_class(el, "author") && (el_class(el, "vcard") ||
	    el_class(el, "h-card") || find_class(c, n, "fn") != NULL)))) {
		if ((m = find_class(c, n, "p-name")) == NULL)
			m = find_class(c, n, "fn");
		c->mf_author = gather_text(c, m != NULL ? m : n);
	}
	if (c->mf_date == NULL && (el_class(el, "dt-published") ||
	    el_class(el, "published")))
		c->mf_date = date_value(c, n);
	if (c->mf_url == NULL && el_class(el, "u-url"))
		c->mf_url = attr(n, "href");
	if (c->bookmark == NULL && name_is(n, "a") &&
	    has_word(n, "rel", "bookmark", 0))
		c->bookmark = attr(n, "href");
	if (el_class(el, "p-category") && c->mf_tags.n < TAGS_MAX &&
	    (s = gather_text(c, n)) != NULL)
		list_add(&c->mf_tags, s, TAGS_MAX);
}

/* An element entered by the walk.  Returns 0 when its children need
 * not be visited. */
static int
on_element(struct cand *c, struct region *r, xmlNodePtr n)
{
	struct elem	 el;
	char *s;

	if (name_is(n, "script")) {
		xmlChar *t;

		if ((s = attr(n, "type")) != NULL &&
		    strcasecmp(s, "application/ld+json") == 0 &&
		    c->ld.n < LD_MAX && (t = xmlNodeGetContent(n)) != NULL) {
			list_add(&c->ld, qr_xstrndup((const char *)t,
			    strlen((const char *)t)), LD_MAX);
			xmlFree(t);
		}
		free(s);
		return 0;
	}
	if (name_is(n, "style"))
		return 0;
	if (name_is(n, "meta")) {
		on_meta(c, n, r->skip != NULL);
		return 0;
	}
	if (name_is(n, "title") && r->svg == NULL) {
		if (c->title == NULL)
			c->title = gather_text(c, n);
		return 0;
	}
	if (name_is(n, "svg") && r->svg == NULL)
		r->svg = n;
	if (name_is(n, "link") && has_word(n, "rel", "canonical", 0) &&
	    c->canonical == NULL)
		c->canonical = attr(n, "href");
	if (name_is(n, "base") && c->base == NULL)
		c->base = attr(n, "href");
	if (name_is(n, "html") && c->html_lang == NULL) {
		if ((c->html_lang = attr(n, "lang")) == NULL)
			c->html_lang = attr(n, "xml:lang");
	}
	if (r->skip != NULL)
		return 1;
	elem_init(&el, n);
	if (is_skip_region(&el, r)) {
		r->skip = n;
		return 1;
	}
	if (el_class(&el, "h-entry") || el_class(&el, "hentry")) {
		if (r->entry == NULL && !r->entry_done)
			r->entry = n;
		else if (r->entry != NULL && r->nested == NULL)
			r->nested = n;
	}
	if (r->article == NULL && (name_is(n, "article") ||
	    el_class(&el, "post") || el_class(&el, "type-post") ||
	    el_class(&el, "hentry") || el_class(&el, "h-entry")))
		r->article = n;
	if (r->entry != NULL && r->nested == NULL)
		on_entry_element(c, &el);
	/* dates of the post, outside comments and sidebars */
	if (el_class(&el, "published") || el_class(&el, "entry-date") ||
	    el_class(&el, "publish") || el_class(&el, "post-timestamp") ||
	    el_class(&el, "date-header") ||
	    el_class(&el, "dt-published") || el_class(&el, "post-date") ||
	    has_word(n, "itemprop", "datePublished", 0) ||
	    (name_is(n, "time") && has_attr(n, "pubdate"))) {
		if (name_is(n, "time") || name_is(n, "abbr") ||
		    has_attr(n, "datetime") ||
		    has_attr(n, "content")) {
			if (c->time_strong == NULL)
				c->time_strong = date_value(c, n);
		} else if (c->text_date == NULL)
			c->text_date = gather_text(c, n);
	} else if (name_is(n, "time") && c->time_weak == NULL &&
	    (r->article != NULL || r->entry != NULL))
		c->time_weak = attr(n, "datetime");
	if (name_is(n, "a") && c->rel_author == NULL &&
	    has_word(n, "rel", "author", 0))
		c->rel_author = gather_text(c, n);
	/* themes' own author names, inside the post only */
	if (c->byline == NULL && (r->article != NULL || r->entry != NULL) &&
	    (el_class(&el, "author-name") || el_class(&el, "post-author-name") ||
	    el_class(&el, "entry-author")))
		c->byline = gather_text(c, n);
	if (name_is(n, "a") && has_word(n, "rel", "tag", 0) &&
	    c->rel_tags.n < TAGS_MAX &&
	    (r->entry != NULL || r->article != NULL) &&
	    (s = gather_text(c, n)) != NULL)
		list_add(&c->rel_tags, s, TAGS_MAX);
	return 1;
}

static void
on_leave(struct region *r, xmlNodePtr n)
{
	if (n == r->skip)
		r->skip = NULL;
	if (n == r->nested)
		r->nested = NULL;
	if (n == r->entry) {
		r->entry = NULL;
		r->entry_done = 1;
	}
	if (n == r->article)
		r->article = NULL;
	if (n == r->svg)
		r->svg = NULL;
}

/* Every node of the page once, in document order, without recursion. */
static void
walk(struct cand *c, xmlDocPtr page)
{
	struct region	r;
	xmlNodePtr	top = (xmlNodePtr)page, n = page->children;

	memset(&r, 0, sizeof(r));
	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE && on_element(c, &r, n) &&
		    n->children != NULL) {
			n = n->children;
			continue;
		}
		/* leave n, then every ancestor whose last child it was */
		for (;;) {
			if (n->type == XML_ELEMENT_NODE)
				on_leave(&r, n);
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (n == NULL || n == top)
				return;
		}
	}
}

/* ---- the title -------------------------------------------------------- */

/* Separators between a title and a site name, longest first. */
static const char *const title_seps[] = {
	" :: ", " | ", " – ", " — ", " - ", " » ", " · ", " @ ", " : ",
	" ~ ", NULL,
};

/* Letters and digits of s, lowercased (ASCII only), into out. */
static void
squash(const char *s, size_t len, char *out, size_t outsz)
{
	size_t i, o = 0;

	for (i = 0; i < len && o + 1 < outsz; i++)
		if (isalnum((unsigned char)s[i]))
			out[o++] = (char)tolower((unsigned char)s[i]);
	out[o] = '\0';
}

/* Does the text s[0..len) name the site of "url"'s host ("SciLogs" for
 * scilogs.spektrum.de, "Statistics Globe" for statisticsglobe.com)? */
static int
names_host(const char *s, size_t len, const char *url)
{
	char		 sq[128], lab[128];
	const char	*h, *e, *w;

	if (url == NULL || (h = strstr(url, "://")) == NULL)
		return 0;
	/* a Wayback Machine URL: the archived page's own host */
	if ((w = strstr(h + 3, "/http")) != NULL &&
	    strncmp(h + 3, "web.archive.org", 15) == 0 &&
	    (h = strstr(w, "://")) == NULL)
		return 0;
	h += 3;
	squash(s, len, sq, sizeof(sq));
	if (sq[0] == '\0')
		return 0;
	while (*h != '\0' && *h != '/' && *h != ':' && *h != '?') {
		size_t l;

		e = h + strcspn(h, "./:?");
		l = (size_t)(e - h);
		squash(h, l, lab, sizeof(lab));
		if (strcmp(lab, "www") != 0 && lab[0] != '\0' &&
		    (strcmp(lab, sq) == 0 || (strlen(lab) >= 5 &&
		    strlen(sq) >= 5 && (strncmp(lab, sq, strlen(lab)) == 0 ||
		    strncmp(sq, lab, strlen(sq)) == 0))))
			return 1;
		h = *e == '.' ? e + 1 : e;
		if (*e != '.')
			break;
	}
	return 0;
}

/* Is the text s[0..len) one of the site names, or does it start with
 * one? */
static int
names_site(const char *s, size_t len, const char *const *sites,
    size_t nsites)
{
	size_t i;

	for (i = 0; i < nsites; i++) {
		size_t l = sites[i] ? strlen(sites[i]) : 0;

		if (l > 0 && l <= len && strncasecmp(s, sites[i], l) == 0 &&
		    (l == len || !isalnum((unsigned char)s[l])))
			return 1;
	}
	return 0;
}

/*
 * The title without the site's name: "Post | Site", "Post – Site",
 * "Post @ Site :: PIXNET ::" lose their tail, "Site | Post" its head,
 * when the tail or head is a known site name or names the URL's host
 * (then *host_site is set to that name, malloc'd).  Returns a malloc'd
 * string.
 */
static char *
strip_site(const char *title, const char *const *sites, size_t nsites,
    const char *url, char **host_site)
{
	size_t	len = strlen(title), i, k, q, best = len;
	char	*r;

	for (i = 1; i < len; i++) {
		for (k = 0; title_seps[k] != NULL; k++) {
			size_t		 sl = strlen(title_seps[k]);
			const char	*tail = title + i + sl, *end;

			if (strncmp(title + i, title_seps[k], sl) != 0 ||
			    *tail == '\0')
				continue;
			/* the tail's first part, up to the next separator */
			end = tail + strlen(tail);
			for (q = 0; title_seps[q] != NULL; q++) {
				const char *x = strstr(tail, title_seps[q]);

				if (x != NULL && x < end)
					end = x;
			}
			if (names_site(tail, strlen(tail), sites, nsites)) {
				best = i;
				break;
			}
			if (names_host(tail, (size_t)(end - tail), url)) {
				best = i;
				*host_site = norm_text(tail,
				    (size_t)(end - tail));
				break;
			}
		}
		if (best < len)
			break;
	}
	if (best == len) {
		/* "Site | Post": the head is exactly a site's name */
		for (k = 0; title_seps[k] != NULL; k++) {
			const char	*x = strstr(title, title_seps[k]);
			size_t		 hl;

			if (x == NULL || x[strlen(title_seps[k])] == '\0')
				continue;
			hl = (size_t)(x - title);
			for (q = 0; q < nsites; q++)
				if (sites[q] != NULL &&
				    strlen(sites[q]) == hl &&
				    strncasecmp(title, sites[q], hl) == 0)
					return norm_cstr(x +
					    strlen(title_seps[k]));
		}
		return qr_xstrndup(title, len);
	}
	r = norm_text(title, best);
	return r != NULL ? r : qr_xstrndup(title, len);
}

/* ---- putting it together -------------------------------------------- */

/* The canonical URL resolved against <base href> or og:url when it is
 * relative; malloc'd or NULL. */
static char *
resolve(const char *href, const char *base)
{
	xmlChar	*u;
	char	*s;

	if (href == NULL)
		return NULL;
	if (is_http_url(href) || !is_http_url(base))
		return qr_xstrndup(href, strlen(href));
	if ((u = xmlBuildURI((const xmlChar *)href,
	    (const xmlChar *)base)) == NULL)
		return NULL;
	s = qr_xstrndup((const char *)u, strlen((const char *)u));
	xmlFree(u);
	return s;
}

void
qr_html_meta(struct qr_doc *doc, xmlDocPtr page)
{
	struct cand	 c;
	const char	*title0 = doc->title;
	const char	*sites[2];
	char		*canon;
	size_t		 i;
	int		 had_tags = doc->ntags > 0;

	if (page == NULL)
		return;
	memset(&c, 0, sizeof(c));
	c.tw_author_n = -1;
	c.budget = TEXT_BUDGET;
	walk(&c, page);

	/* 1. JSON-LD */
	if (c.ld.n > 0) {
		size_t *lens = qr_xmalloc(c.ld.n * sizeof(*lens));

		for (i = 0; i < c.ld.n; i++)
			lens[i] = strlen(c.ld.v[i]);
		qr_jsonld_read(doc, (const char *const *)c.ld.v, lens, c.ld.n);
		free(lens);
	}
	/* 2. microformats: the post's h-entry */
	set_field(doc, &doc->title, c.mf_name);
	set_author(doc, c.mf_author);
	if (!set_date(doc, c.mf_date))
		refine_date(doc, c.mf_date);
	set_url(doc, c.mf_url);
	if (!had_tags && doc->ntags == 0)
		add_tag_list(doc, &c.mf_tags);
	/* 3. Open Graph and article:* */
	set_field(doc, &doc->title, c.og_title);
	set_author(doc, c.og_author);
	if (!set_date(doc, c.og_date))
		refine_date(doc, c.og_date);
	set_url(doc, c.og_url);
	set_field(doc, &doc->site, c.og_site);
	if (!had_tags && doc->ntags == 0)
		add_tag_list(doc, &c.og_tags);
	/* 4. other meta, <time>, the post's rel=tag links */
	set_field(doc, &doc->title, c.tw_title);
	set_author(doc, c.meta_author);
	set_author(doc, c.dc_creator);
	if (c.tw_author_n >= 0)
		set_author(doc, c.tw_data[c.tw_author_n]);
	if (!set_date(doc, c.meta_date))
		refine_date(doc, c.meta_date);
	if (!set_date(doc, c.time_strong))
		refine_date(doc, c.time_strong);
	if (!set_date(doc, c.time_weak))
		refine_date(doc, c.time_weak);
	set_date(doc, c.text_date);
	set_author(doc, c.rel_author);
	set_author(doc, c.byline);
	if (!had_tags && doc->ntags == 0)
		add_tag_list(doc, &c.rel_tags);
	/* 5. <link rel=canonical>, <title>, languages */
	canon = resolve(c.canonical, c.base ? c.base : c.og_url);
	set_url(doc, canon);
	free(canon);
	set_url(doc, c.bookmark);
	set_field(doc, &doc->title, c.title);
	set_lang(doc, c.html_lang);
	set_lang(doc, c.og_locale);
	set_lang(doc, c.content_lang);
	set_lang(doc, c.meta_lang);
	/* <meta name=keywords> only when nothing else gave tags */
	if (!had_tags && doc->ntags == 0)
		add_tags_csv(doc, c.keywords);

	/* The title loses the site's name, when it is ours to change. */
	if (doc->title != NULL && doc->title != title0) {
		char *t, *host_site = NULL;

		sites[0] = doc->site;
		sites[1] = c.og_site;
		t = strip_site(doc->title, sites, 2, doc->url, &host_site);
		if (strcmp(t, doc->title) != 0)
			doc->title = qr_doc_strdup(doc, t);
		/* "Post | hpd" on hpd.de: the tail is the site's name */
		set_field(doc, &doc->site, host_site);
		free(host_site);
		free(t);
	}
	cand_free(&c);
}
