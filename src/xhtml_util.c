/*
 * xhtml_util.c -- the XHTML writer's escaping-side helpers, kept apart
 * from the tree building (as lowdown keeps html_escape.c): text made fit
 * for XML and HTML, URLs checked and percent-encoded, language tags,
 * datetime values, and unique ids.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "dates.h"
#include "xhtml.h"

/* May code point "cp" stand in the text of an XHTML document? */
static int
xml_char_ok(unsigned long cp)
{
	if (cp < 0x20)
		return cp == '\t' || cp == '\n';
	if (cp >= 0x7F && cp <= 0x9F)		/* DEL, C1 controls */
		return 0;
	if (cp >= 0xFDD0 && cp <= 0xFDEF)	/* noncharacters */
		return 0;
	if ((cp & 0xFFFE) == 0xFFFE)		/* U+xFFFE, U+xFFFF */
		return 0;
	return 1;
}

/* The first index from i on in p[0..len) whose byte xh_clean_text()
 * must change: printable ASCII, tab, LF and UTF-8 of characters XML
 * allows stay. */
static size_t
clean_from(const unsigned char *p, size_t i, size_t len)
{
	size_t		n;
	unsigned long	cp;

	while (i < len) {
		if ((p[i] >= 0x20 && p[i] < 0x7F) || p[i] == '\t' ||
		    p[i] == '\n') {
			/* printable ASCII, many bytes at a time (the scan
			 * may stop early: the byte is looked at again) */
			i = qr_scan_text(p, i + 1, len);
			continue;
		}
		if (p[i] >= 0x80 && (n = qr_utf8_decode(p + i, len - i,
		    &cp)) != 0 && xml_char_ok(cp)) {
			i += n;
			continue;
		}
		break;
	}
	return i;
}

size_t
xh_clean_len(const char *s, size_t len)
{
	return clean_from((const unsigned char *)s, 0, len);
}

char *
xh_clean_text(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct qr_buf		 b = { 0 };
	size_t			 len, i, n, run;
	unsigned long		 cp;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	qr_buf_grow(&b, len + 1);
	/* runs of characters that stay are copied at once */
	for (i = run = 0; (i = clean_from(p, i, len)) < len; ) {
		qr_buf_put(&b, s + run, i - run);
		if (p[i] == '\r') {
			if (i + 1 >= len || p[i + 1] != '\n')
				qr_buf_putc(&b, '\n');
			n = 1;
		} else if (p[i] < 0x80)
			n = 1;			/* a control or DEL: dropped */
		else if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			qr_buf_puts(&b, "\xEF\xBF\xBD");	/* U+FFFD */
			n = 1;
		}					/* else not XML: dropped */
		i += n;
		run = i;
	}
	qr_buf_put(&b, s + run, i - run);
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

char *
xh_clean_line(const char *s)
{
	char	*t = xh_clean_text(s);
	struct qr_buf b = { 0 };
	int	 space = 1;

	if (t == NULL)
		return NULL;
	qr_buf_put_collapsed(&b, t, strlen(t), &space);
	free(t);
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	if (b.len == 0) {
		qr_buf_free(&b);
		return NULL;
	}
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

/* ---- URLs ------------------------------------------------------------ */

static int
is_hex(int c)
{
	return isxdigit((unsigned char)c);
}

/*
 * Percent-encode u[0..len) into "b": bytes outside printable ASCII and
 * the characters URLs never hold literally.  "auth_end" is the index
 * where an http(s) authority ends (IPv6 brackets are allowed before
 * it), 0 for none.
 */
static void
url_encode(struct qr_buf *b, const char *u, size_t len, size_t auth_end)
{
	static const char	 hex[] = "0123456789ABCDEF";
	/* bit c: printable ASCII but % # [ ] and the characters URLs
	 * never hold literally (" < > \\ ^ ` { | }) */
	static const uint64_t	 plain[2] = { 0xafffffd200000000ULL,
	    0x47fffffe87ffffffULL };
	size_t			 i, run;
	int			 frag = 0;

	qr_buf_grow(b, len);
	for (i = run = 0; i < len; i++) {
		unsigned char c = (unsigned char)u[i];
		int enc;

		/* the bytes that stay as they are, in runs */
		if (c < 0x80 && (plain[c >> 6] >> (c & 63) & 1))
			continue;
		enc = c <= 0x20 || c >= 0x7F || strchr("\"<>\\^`{|}", c);
		if (c == '%' && !(i + 2 < len && is_hex(u[i + 1]) &&
		    is_hex(u[i + 2])))
			enc = 1;
		if ((c == '[' || c == ']') && i >= auth_end)
			enc = 1;
		if (c == '#') {
			enc = frag;	/* a second '#' is not allowed */
			frag = 1;
		}
		if (!enc)
			continue;
		qr_buf_put(b, u + run, i - run);
		qr_buf_putc(b, '%');
		qr_buf_putc(b, hex[c >> 4]);
		qr_buf_putc(b, hex[c & 15]);
		run = i + 1;
	}
	qr_buf_put(b, u + run, i - run);
}

/* The URL without what browsers ignore: TAB, LF and CR anywhere, and
 * controls and spaces at either end.  Returns a malloc'd string. */
static char *
url_strip(const char *url)
{
	struct qr_buf	b = { 0 };
	size_t		i, len = strlen(url);

	while (len > 0 && (unsigned char)url[len - 1] <= 0x20)
		len--;
	for (i = 0; i < len && (unsigned char)url[i] <= 0x20; i++)
		continue;
	if (strcspn(url + i, "\t\n\r") >= len - i)
		return qr_xstrndup(url + i, len - i);
	for (; i < len; i++)
		if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r')
			qr_buf_putc(&b, url[i]);
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

/* Length of the scheme of "u" (the part before ':'), or 0 when u has
 * none: a relative reference.  *bad is set when something before the
 * first '/', '?' or '#' has a ':' but is no valid scheme. */
static size_t
url_scheme(const char *u, int *bad)
{
	size_t i, n = strcspn(u, ":/?#");

	*bad = 0;
	if (u[n] != ':')
		return 0;
	if (n == 0 || !isalpha((unsigned char)u[0]))
		goto bad;
	for (i = 1; i < n; i++)
		if (!isalnum((unsigned char)u[i]) && u[i] != '+' &&
		    u[i] != '-' && u[i] != '.')
			goto bad;
	return n;
bad:
	*bad = 1;
	return 0;
}

/* Encode an absolute http(s) URL "u" (scheme length "sl") into *out;
 * returns 0 when it has no host. */
static int
url_http(const char *u, size_t sl, char **out)
{
	struct qr_buf	b = { 0 };
	size_t		i, auth_end, len = strlen(u);

	if (strncmp(u + sl, "://", 3) != 0)
		return 0;
	auth_end = sl + 3 + strcspn(u + sl + 3, "/?#\\");
	if (auth_end == sl + 3)
		return 0;		/* no host */
	for (i = 0; i < sl; i++)
		qr_buf_putc(&b, tolower((unsigned char)u[i]));
	url_encode(&b, u + sl, len - sl, auth_end - sl);
	qr_buf_cstr(&b);
	*out = qr_buf_detach(&b, NULL);
	return 1;
}

enum xh_url_kind
xh_url(const char *url, const char *base, char **out)
{
	struct qr_buf		 b = { 0 };
	enum xh_url_kind	 kind = XH_URL_REFUSED;
	char			*u, *based = NULL, *enc;
	size_t			 sl;
	int			 bad;

	*out = NULL;
	if (url == NULL)
		return XH_URL_REFUSED;
	u = url_strip(url);
	sl = url_scheme(u, &bad);
	if (u[0] == '\0' || bad || u[0] == '#')
		goto done;
	if (sl > 0) {
		if ((sl == 4 && strncasecmp(u, "http", 4) == 0) ||
		    (sl == 5 && strncasecmp(u, "https", 5) == 0)) {
			if (url_http(u, sl, out))
				kind = XH_URL_REMOTE;
		} else if (sl == 6 && strncasecmp(u, "mailto", 6) == 0 &&
		    u[7] != '\0') {
			qr_buf_puts(&b, "mailto");
			url_encode(&b, u + 6, strlen(u + 6), 0);
			qr_buf_cstr(&b);
			*out = qr_buf_detach(&b, NULL);
			kind = XH_URL_MAILTO;
		}
		goto done;
	}
	/* A relative reference: resolve it against the base if there is
	 * one (an http(s) URL, checked the same way). */
	if (base != NULL && xh_url(base, NULL, &based) == XH_URL_REMOTE) {
		xmlChar *abs;

		url_encode(&b, u, strlen(u), 0);
		qr_buf_cstr(&b);
		abs = xmlBuildURI((const xmlChar *)b.data,
		    (const xmlChar *)based);
		if (abs != NULL) {
			sl = url_scheme((const char *)abs, &bad);
			if (sl > 0 && !bad && (sl == 4 || sl == 5) &&
			    strncasecmp((const char *)abs, "http", 4) == 0 &&
			    url_http((const char *)abs, sl, &enc)) {
				*out = enc;
				kind = XH_URL_REMOTE;
			}
			xmlFree(abs);
		}
		goto done;
	}
	if (u[0] == '/' && u[1] == '/') {
		/* scheme-relative: no base, so take https */
		qr_buf_puts(&b, "https:");
		qr_buf_puts(&b, u);
		qr_buf_cstr(&b);
		if (url_http(b.data, 5, out))
			kind = XH_URL_REMOTE;
		goto done;
	}
	url_encode(&b, u, strlen(u), 0);
	qr_buf_cstr(&b);
	*out = qr_buf_detach(&b, NULL);
	kind = XH_URL_LOCAL;
done:
	qr_buf_free(&b);
	free(based);
	free(u);
	return kind;
}

/* ---- language tags and dates ------------------------------------------ */

int
xh_valid_lang(const char *s)
{
	size_t i, run = 0, len;

	if (s == NULL || (len = strlen(s)) == 0 || len > 63)
		return 0;
	for (i = 0; i <= len; i++) {
		if (s[i] == '-' || s[i] == '\0') {
			if (run == 0 || run > 8 || (i == run && run < 2))
				return 0;
			run = 0;
		} else if (i == run ? isalpha((unsigned char)s[i]) :
		    isalnum((unsigned char)s[i]))
			run++;
		else
			return 0;
	}
	return 1;
}

/* Is s[0..n) n digits?  Their value in *v. */
static int
num(const char *s, int n, int *v)
{
	int i;

	for (*v = i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* Is "s" a date as qr_date_from_iso() writes it, and one it takes
 * ("2017-02-15", "2017-02-15T09:12", "...:05", "...Z", "...+01:00";
 * years 1900-2200, real days, hours to 23, seconds to 60, zones to 14
 * hours)?  Then qr_date_from_iso(s) gives s back.  Returns its length,
 * or 0. */
static size_t
iso_canonical(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	int	y, mo, d, v, w;
	size_t	i = 10;

	if (!num(s, 4, &y) || s[4] != '-' || !num(s + 5, 2, &mo) ||
	    s[7] != '-' || !num(s + 8, 2, &d) || y < 1900 || y > 2200 ||
	    mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] ||
	    (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) ||
	    y % 400 == 0)))
		return 0;
	if (s[i] == '\0')
		return i;
	if (s[i] != 'T' || !num(s + 11, 2, &v) || v > 23 || s[13] != ':' ||
	    !num(s + 14, 2, &v) || v > 59)
		return 0;
	i = 16;
	if (s[i] == ':') {
		if (!num(s + 17, 2, &v) || v > 60)
			return 0;
		i = 19;
	}
	if (s[i] == 'Z')
		i++;
	else if (s[i] == '+' || s[i] == '-') {
		if (!num(s + i + 1, 2, &v) || s[i + 3] != ':' ||
		    !num(s + i + 4, 2, &w) || v > 14 || w > 59)
			return 0;
		i += 6;
	}
	return s[i] == '\0' ? i : 0;
}

int
xh_datetime(const char *date, char iso[48], char show[48])
{
	char	out[QR_DATE_MAX];
	size_t	n;

	if (date == NULL)
		return 0;
	/* a date from the model is most often as qr_date_from_iso()
	 * writes it already */
	if ((n = iso_canonical(date)) == 0) {
		if (!qr_date_from_iso(date, out))
			return 0;
		date = out;
		n = strlen(out);
	}
	/* HTML has no leap second */
	if (n >= 19 && date[16] == ':' && date[17] == '6')
		return 0;
	memcpy(iso, date, n + 1);
	if (n > 10) {
		/* "%.10s %.5s" */
		size_t t = strnlen(date + 11, 5);

		memcpy(show, date, 10);
		show[10] = ' ';
		memcpy(show + 11, date + 11, t);
		show[11 + t] = '\0';
	} else
		memcpy(show, date, n + 1);
	return 1;
}

/* ---- ids --------------------------------------------------------------- */

struct xh_map_slot {
	size_t	 key;		/* offset + 1 into keys; 0: empty */
	size_t	 val;
};

/* FNV-1a */
static size_t
map_hash(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t	 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3u;
	}
	return (size_t)(h ^ (h >> 29));
}

/* The slot of key s[0..len): its own, or the empty one it would take. */
static struct xh_map_slot *
map_slot(struct xh_map *m, const char *s, size_t len)
{
	size_t i = map_hash(s, len) & m->mask;

	for (;; i = (i + 1) & m->mask) {
		struct xh_map_slot	*e = &m->slot[i];
		const char	*k;

		if (e->key == 0)
			return e;
		k = m->keys.data + e->key - 1;
		/* strncmp stops at a shorter key's NUL: memcmp would read
		 * past the last key in the buffer */
		if (strncmp(k, s, len) == 0 && k[len] == '\0')
			return e;
	}
}

/* Twice the slots (kept at most half full), or the first 64. */
static void
map_grow(struct xh_map *m)
{
	struct xh_map_slot	*old = m->slot;
	size_t		 oldn = old != NULL ? m->mask + 1 : 0, cap, i;

	cap = oldn != 0 ? 2 * oldn : 64;
	if (cap > SIZE_MAX / sizeof(*old) / 2)
		abort();
	m->slot = memset(qr_xbig(cap * sizeof(*old), NULL), 0,
	    cap * sizeof(*old));
	m->mask = cap - 1;
	for (i = 0; i < oldn; i++) {
		const char *k;

		if (old[i].key == 0)
			continue;
		k = m->keys.data + old[i].key - 1;
		*map_slot(m, k, strlen(k)) = old[i];
	}
	free(old);
}

/* The value of s, or 0 when s is not in the map. */
static size_t
map_get(struct xh_map *m, const char *s)
{
	return m->slot != NULL ? map_slot(m, s, strlen(s))->val : 0;
}

/* Map s to val (not 0). */
static void
map_put(struct xh_map *m, const char *s, size_t val)
{
	struct xh_map_slot	*e;
	size_t		 len = strlen(s);

	if (m->slot == NULL || 2 * (m->n + 1) > m->mask + 1)
		map_grow(m);
	e = map_slot(m, s, len);
	if (e->key == 0) {
		e->key = m->keys.len + 1;
		qr_buf_put(&m->keys, s, len);
		qr_buf_putc(&m->keys, '\0');
		m->n++;
	}
	e->val = val;
}

static void
map_free(struct xh_map *m)
{
	free(m->slot);
	qr_buf_free(&m->keys);
	memset(m, 0, sizeof(*m));
}

void
xh_ids_init(struct xh_ids *ids)
{
	memset(ids, 0, sizeof(*ids));
}

void
xh_ids_free(struct xh_ids *ids)
{
	map_free(&ids->used);
	map_free(&ids->next);
}

void
xh_ids_take(struct xh_ids *ids, const char *id)
{
	map_put(&ids->used, id, 1);
}

int
xh_ids_has(struct xh_ids *ids, const char *id)
{
	return map_get(&ids->used, id) != 0;
}

/* Page id prefixes that say nothing ("comment-1234" -> "1234"). */
static const char *const id_prefixes[] = {
	"div-comment-", "li-comment-", "comment-", "comment_", "comments-",
	"comment", "c-", NULL,
};

char *
xh_ids_comment(struct xh_ids *ids, const char *src)
{
	struct qr_buf	 b = { 0 };
	size_t		 i, base_len, k;
	char		 num[32];

	qr_buf_puts(&b, "c-");
	if (src != NULL) {
		for (i = 0; id_prefixes[i] != NULL; i++) {
			size_t n = strlen(id_prefixes[i]);

			if (strncasecmp(src, id_prefixes[i], n) == 0 &&
			    src[n] != '\0') {
				src += n;
				break;
			}
		}
		for (i = 0; src[i] != '\0' && b.len < 66; i++) {
			unsigned char c = (unsigned char)src[i];

			qr_buf_putc(&b, c < 0x80 && (isalnum(c) || c == '-' ||
			    c == '_' || c == '.') ? c : '-');
		}
	}
	if (b.len == 2) {
		snprintf(num, sizeof(num), "%lu", ++ids->anon);
		qr_buf_puts(&b, num);
	}
	qr_buf_cstr(&b);
	if (!xh_ids_has(ids, b.data)) {
		xh_ids_take(ids, b.data);
		return qr_buf_detach(&b, NULL);
	}
	/* Taken: try base-2, base-3, ... from where this base left off,
	 * so a page repeating one id n times costs O(n), not O(n^2). */
	base_len = b.len;
	k = map_get(&ids->next, b.data);
	if (k == 0)
		k = 2;
	for (;; k++) {
		b.len = base_len;
		qr_buf_printf(&b, "-%zu", k);
		if (!xh_ids_has(ids, b.data))
			break;
	}
	xh_ids_take(ids, b.data);
	b.data[base_len] = '\0';
	map_put(&ids->next, b.data, k + 1);
	b.len = base_len;
	qr_buf_printf(&b, "-%zu", k);
	return qr_buf_detach(&b, NULL);
}
