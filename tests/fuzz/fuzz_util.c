/*
 * fuzz_util.c -- the oracles every harness shares (see fuzz.h).
 * Nothing here recurses on the depth of a tree: outputs of 100,000-deep
 * threads are checked with explicit stacks and parent links.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "fuzz.h"

void
fz_fail(const char *what, const char *detail, size_t len)
{
	fprintf(stderr, "quire fuzz oracle: %s\n", what);
	if (detail != NULL) {
		if (len > 400)
			len = 400;
		fprintf(stderr, "  near: \"");
		fwrite(detail, 1, len, stderr);
		fprintf(stderr, "\"\n");
	}
	abort();
}

void
fz_options(struct qr_options *o)
{
	qr_options_init(o);
	o->max_input = (size_t)1 << 20;
	o->max_depth = 5000;
}

int
fz_dangerous_url(const char *u)
{
	static const char *const bad[] = {
		"javascript", "vbscript", "data", "livescript", "mocha", NULL,
	};
	char	scheme[16];
	size_t	n = 0, i;

	if (u == NULL)
		return 0;
	/* Browsers strip leading C0 controls and spaces, and every tab
	 * and newline anywhere in a URL. */
	while (*u != '\0' && (unsigned char)*u <= 0x20)
		u++;
	for (; *u != '\0'; u++) {
		unsigned char c = (unsigned char)*u;

		if (c == '\t' || c == '\n' || c == '\r')
			continue;
		if (c == ':') {
			scheme[n] = '\0';
			for (i = 0; bad[i] != NULL; i++)
				if (strcmp(scheme, bad[i]) == 0)
					return 1;
			return 0;
		}
		if (n + 1 >= sizeof(scheme) ||
		    !(isalnum(c) || c == '+' || c == '-' || c == '.'))
			return 0;
		scheme[n++] = (char)tolower(c);
	}
	return 0;
}

/* The model's rule (quire.h, "Characters in the model"): valid UTF-8,
 * no C0 control other than tab and newline, no DEL, no C1 control, no
 * noncharacter. */
static void
check_str(const char *what, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, len;

	if (s == NULL)
		return;
	len = strlen(s);
	if (!qr_utf8_valid(s, len))
		fz_fail(what, s, len);
	for (i = 0; i < len; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n') ||
		    p[i] == 0x7f)
			fz_fail(what, s, len);
		if (p[i] == 0xc2 && p[i + 1] < 0xa0)		/* C1 */
			fz_fail(what, s, len);
		if (p[i] == 0xef && ((p[i + 1] == 0xb7 && p[i + 2] >= 0x90 &&
		    p[i + 2] <= 0xaf) || (p[i + 1] == 0xbf && p[i + 2] >= 0xbe)))
			fz_fail(what, s, len);		/* U+FDD0.., U+FFFE.. */
		if (p[i] >= 0xf0 && (p[i + 1] & 0x0f) == 0x0f &&
		    p[i + 2] == 0xbf && p[i + 3] >= 0xbe)
			fz_fail(what, s, len);		/* U+1FFFE.. */
	}
}

static void
check_url(const char *what, const char *s)
{
	check_str(what, s);
	if (fz_dangerous_url(s))
		fz_fail(what, s, strlen(s));
}

static void
check_tree(const struct qr_node *root)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		const struct qr_node *p = n->parent;

		if (ev != QR_ENTER || n == root)
			continue;
		if (p == NULL || !qr_can_contain(p->kind, n->kind))
			fz_fail("model: a node its parent may not hold", NULL, 0);
		if ((n->prev != NULL ? n->prev->next : p->first) != n ||
		    (n->next != NULL ? n->next->prev : p->last) != n ||
		    (n->prev != NULL && n->prev->parent != p))
			fz_fail("model: sibling links disagree", NULL, 0);
		switch (n->kind) {
		case QR_COMMENT:
			if (n->as.comment.depth != (p->kind == QR_COMMENT ?
			    p->as.comment.depth + 1 : 1))
				fz_fail("model: wrong comment depth", NULL, 0);
			check_str("model: comment id", n->as.comment.id);
			check_str("model: comment author",
			    n->as.comment.author);
			check_url("model: comment author_url",
			    n->as.comment.author_url);
			check_str("model: comment date", n->as.comment.date);
			check_url("model: comment url", n->as.comment.url);
			break;
		case QR_TEXT:
		case QR_CODE:
		case QR_CODE_BLOCK:
			if (n->as.literal == NULL)
				fz_fail("model: a literal node without text",
				    NULL, 0);
			check_str("model: text", n->as.literal);
			break;
		case QR_HEADING:
			if (n->as.level < 1 || n->as.level > 6)
				fz_fail("model: heading level out of 1..6",
				    NULL, 0);
			break;
		case QR_LINK:
			check_url("model: link href", n->as.link.href);
			check_str("model: link title", n->as.link.title);
			break;
		case QR_IMAGE:
		case QR_IMAGE_BLOCK:
			check_url("model: image src", n->as.image.src);
			check_str("model: image alt", n->as.image.alt);
			check_str("model: image title", n->as.image.title);
			break;
		default:
			break;
		}
		if (qr_is_block(n->kind) && p->kind == QR_COMMENT &&
		    n->prev != NULL && n->prev->kind == QR_COMMENT)
			fz_fail("model: a comment block after a reply", NULL, 0);
	}
}

void
fz_check_doc(const struct qr_doc *doc)
{
	size_t i;

	if (doc == NULL || doc->body == NULL || doc->thread == NULL ||
	    doc->body->kind != QR_BODY || doc->thread->kind != QR_THREAD)
		fz_fail("model: no body or thread", NULL, 0);
	check_str("model: title", doc->title);
	check_str("model: author", doc->author);
	check_str("model: date", doc->date);
	check_url("model: url", doc->url);
	check_str("model: site", doc->site);
	check_str("model: language", doc->language);
	for (i = 0; i < doc->ntags; i++)
		check_str("model: tag", doc->tags[i]);
	check_tree(doc->body);
	check_tree(doc->thread);
}

/* ---- JSON: a well-formedness check with an explicit stack ---- */

static int
json_string(const char *s, size_t n, size_t *ip)
{
	size_t i = *ip + 1, k;

	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20)
			return 0;
		if (c == '"') {
			*ip = i + 1;
			return 1;
		}
		if (c != '\\')
			continue;
		if (++i >= n)
			return 0;
		if (s[i] == 'u') {
			for (k = 1; k <= 4; k++)
				if (i + k >= n || !isxdigit((unsigned char)s[i + k]))
					return 0;
			i += 4;
		} else if (strchr("\"\\/bfnrt", s[i]) == NULL || s[i] == '\0')
			return 0;
	}
	return 0;
}

static int
json_scalar(const char *s, size_t n, size_t *ip)
{
	size_t i = *ip, d;

	if (n - i >= 4 && (memcmp(s + i, "true", 4) == 0 ||
	    memcmp(s + i, "null", 4) == 0)) {
		*ip = i + 4;
		return 1;
	}
	if (n - i >= 5 && memcmp(s + i, "false", 5) == 0) {
		*ip = i + 5;
		return 1;
	}
	if (i < n && s[i] == '-')
		i++;
	if (i < n && s[i] == '0')
		i++;
	else {
		for (d = i; i < n && isdigit((unsigned char)s[i]); i++)
			continue;
		if (i == d)
			return 0;
	}
	if (i < n && s[i] == '.') {
		for (d = ++i; i < n && isdigit((unsigned char)s[i]); i++)
			continue;
		if (i == d)
			return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (d = i; i < n && isdigit((unsigned char)s[i]); i++)
			continue;
		if (i == d)
			return 0;
	}
	*ip = i;
	return 1;
}

/* The JSON string at s[0..n) (its quotes included), decoded far enough
 * for fz_dangerous_url(): escapes of ASCII as their byte, of anything
 * else as 0x80. */
static int
json_dangerous_url(const char *s, size_t n)
{
	char	*u = malloc(n + 1);
	size_t	 i, k = 0;
	int	 bad;

	if (u == NULL)
		abort();
	for (i = 1; i + 1 < n; i++) {
		if (s[i] != '\\') {
			u[k++] = s[i];
			continue;
		}
		switch (s[++i]) {
		case 'b': u[k++] = '\b'; break;
		case 'f': u[k++] = '\f'; break;
		case 'n': u[k++] = '\n'; break;
		case 'r': u[k++] = '\r'; break;
		case 't': u[k++] = '\t'; break;
		case 'u': {
			char		 hex[5];
			unsigned long	 cp;

			memcpy(hex, s + i + 1, 4);	/* json_string() saw 4 */
			hex[4] = '\0';
			cp = strtoul(hex, NULL, 16);
			u[k++] = cp == 0 ? ' ' : cp < 0x80 ? (char)cp : (char)0x80;
			i += 4;
			break;
		}
		default: u[k++] = s[i]; break;
		}
	}
	u[k] = '\0';
	bad = fz_dangerous_url(u);
	free(u);
	return bad;
}

/* The keys of the JSON schema whose values are URLs. */
static int
json_url_key(const char *s, size_t n)
{
	static const char *const keys[] = { "\"url\"", "\"href\"",
	    "\"src\"", "\"author_url\"", NULL };
	size_t i;

	for (i = 0; keys[i] != NULL; i++)
		if (strlen(keys[i]) == n && memcmp(keys[i], s, n) == 0)
			return 1;
	return 0;
}

/* Well-formed JSON, and no URL key holding a dangerous URL. */
static int
json_valid(const char *s, size_t n)
{
	enum { VALUE, AFTER, KEY } want = VALUE;
	char	*st = NULL;
	size_t	 i = 0, sp = 0, cap = 0, at;
	int	 opened = 0, ok = 0, url = 0;

	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r'))
			i++;
		if (i == n) {
			ok = sp == 0 && want == AFTER;
			break;
		}
		if (want == AFTER) {
			if (sp == 0)
				break;
			if (s[i] == ',') {
				want = st[sp - 1] == '{' ? KEY : VALUE;
				i++;
			} else if ((s[i] == ']' && st[sp - 1] == '[') ||
			    (s[i] == '}' && st[sp - 1] == '{')) {
				sp--;
				i++;
			} else
				break;
			continue;
		}
		if (opened && ((want == VALUE && s[i] == ']') ||
		    (want == KEY && s[i] == '}'))) {
			opened = 0;
			sp--;
			i++;
			want = AFTER;
			continue;
		}
		opened = 0;
		if (want == KEY) {
			at = i;
			if (s[i] != '"' || !json_string(s, n, &i))
				break;
			url = json_url_key(s + at, i - at);
			while (i < n && (s[i] == ' ' || s[i] == '\n'))
				i++;
			if (i == n || s[i] != ':')
				break;
			i++;
			want = VALUE;
			continue;
		}
		if (s[i] == '{' || s[i] == '[') {
			if (sp == cap) {
				cap = cap ? cap * 2 : 64;
				if ((st = realloc(st, cap)) == NULL)
					abort();
			}
			st[sp++] = s[i];
			url = 0;
			want = s[i] == '{' ? KEY : VALUE;
			opened = 1;
			i++;
			continue;
		}
		at = i;
		if (s[i] == '"' ? !json_string(s, n, &i) : !json_scalar(s, n, &i))
			break;
		if (url && s[at] == '"' && json_dangerous_url(s + at, i - at))
			fz_fail("json: a dangerous URL", s + at, i - at);
		url = 0;
		want = AFTER;
	}
	free(st);
	return ok;
}

/* ---- XHTML: parse the output back and look for active content ---- */

static const char *const bad_elements[] = {
	"script", "iframe", "frame", "frameset", "object", "embed", "applet",
	"base", "form", "input", "button", "textarea", "select", "noscript",
	"svg", "math", "foreignObject", NULL,
};

static const char *const url_attrs[] = {
	"href", "src", "srcset", "action", "formaction", "poster",
	"background", "cite", "data", "codebase", "longdesc", "usemap",
	"lowsrc", "dynsrc", "manifest", "icon", "profile", "ping", "content",
	NULL,
};

static int
in_list(const char *const *list, const xmlChar *name)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strcasecmp(list[i], (const char *)name) == 0)
			return 1;
	return 0;
}

static int
contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

/* A srcset ("a.jpg 1x, javascript:x 2x"): each candidate's URL. */
static int
dangerous_srcset(const char *v)
{
	char	*copy = strdup(v), *tok, *save = NULL;
	int	 bad = 0;

	if (copy == NULL)
		abort();
	for (tok = strtok_r(copy, ",", &save); tok != NULL && !bad;
	    tok = strtok_r(NULL, ",", &save))
		bad = fz_dangerous_url(tok);
	free(copy);
	return bad;
}

static void
check_xhtml_node(const xmlNode *n)
{
	const xmlAttr	*a;
	xmlChar		*v;

	if (n->type == XML_ENTITY_REF_NODE || n->type == XML_ENTITY_DECL ||
	    n->type == XML_PI_NODE)
		fz_fail("xhtml: an entity reference or processing instruction",
		    (const char *)n->name, strlen((const char *)n->name));
	if (n->type != XML_ELEMENT_NODE)
		return;
	if (in_list(bad_elements, n->name))
		fz_fail("xhtml: a forbidden element", (const char *)n->name,
		    strlen((const char *)n->name));
	if (strcasecmp((const char *)n->name, "style") == 0) {
		v = xmlNodeGetContent(n);
		if (v != NULL && (contains_ci((char *)v, "expression") ||
		    contains_ci((char *)v, "javascript:") ||
		    contains_ci((char *)v, "@import") ||
		    contains_ci((char *)v, "behavior")))
			fz_fail("xhtml: active CSS in <style>", (char *)v,
			    strlen((char *)v));
		xmlFree(v);
	}
	for (a = n->properties; a != NULL; a = a->next) {
		const char *name = (const char *)a->name;

		v = xmlNodeListGetString(n->doc, a->children, 1);
		if (v == NULL)
			continue;
		if (strncasecmp(name, "on", 2) == 0)
			fz_fail("xhtml: an event handler attribute", name,
			    strlen(name));
		if (in_list(url_attrs, a->name) &&
		    (fz_dangerous_url((char *)v) ||
		    (strcasecmp(name, "srcset") == 0 &&
		    dangerous_srcset((char *)v))))
			fz_fail("xhtml: a dangerous URL", (char *)v,
			    strlen((char *)v));
		if (strcasecmp(name, "style") == 0 &&
		    (contains_ci((char *)v, "expression") ||
		    contains_ci((char *)v, "javascript:") ||
		    contains_ci((char *)v, "behavior")))
			fz_fail("xhtml: active CSS in style=", (char *)v,
			    strlen((char *)v));
		if (strcasecmp(name, "http-equiv") == 0 &&
		    strcasecmp((char *)v, "refresh") == 0)
			fz_fail("xhtml: meta refresh", (char *)v,
			    strlen((char *)v));
		xmlFree(v);
	}
}

static void
check_xhtml(const char *buf, size_t len)
{
	xmlDocPtr	 x;
	xmlNodePtr	 n;

	x = xmlReadMemory(buf, (int)len, "out.xhtml", NULL, XML_PARSE_NONET |
	    XML_PARSE_HUGE | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (x == NULL)
		fz_fail("xhtml: not well-formed XML", buf, len);
	if (x->intSubset != NULL && (x->intSubset->SystemID != NULL ||
	    x->intSubset->entities != NULL || x->intSubset->children != NULL))
		fz_fail("xhtml: a DOCTYPE with SYSTEM or declarations", buf,
		    len);
	/* Document order, by first child / next sibling / parent. */
	for (n = x->children; n != NULL; ) {
		check_xhtml_node(n);
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent != (xmlNodePtr)x ? n->parent : NULL;
		if (n != NULL)
			n = n->next;
	}
	xmlFreeDoc(x);
}

/* ---- Markdown: cmark reads it back; no raw HTML, no dangerous link ---- */

static void
check_markdown(const char *buf, size_t len)
{
	cmark_node	*root;
	cmark_iter	*it;
	cmark_event_type ev;

	/* YAML front matter (--front-matter) is read by the site generator,
	 * not rendered: check the Markdown after it. */
	if (len >= 4 && memcmp(buf, "---\n", 4) == 0) {
		const char *end = memmem(buf + 3, len - 3, "\n---\n", 5);

		if (end == NULL)
			fz_fail("markdown: unterminated front matter", buf, len);
		len -= (size_t)(end + 5 - buf);
		buf = end + 5;
	}
	root = cmark_parse_document(buf, len, CMARK_OPT_DEFAULT);

	if (root == NULL)
		fz_fail("markdown: cmark cannot parse it", buf, len);
	it = cmark_iter_new(root);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *s;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			s = cmark_node_get_literal(n);
			/* cmark's own separator between two adjacent lists */
			if (s != NULL && strncmp(s, "<!-- end list -->", 17) == 0 &&
			    s[strspn(s + 17, "\n") + 17] == '\0')
				break;
			fz_fail("markdown: raw HTML reaches the output", s,
			    s != NULL ? strlen(s) : 0);
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			s = cmark_node_get_url(n);
			if (fz_dangerous_url(s))
				fz_fail("markdown: a dangerous link", s,
				    strlen(s));
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(root);
}

static void
check_output(enum qr_output fmt, const char *buf, size_t len)
{
	size_t i;

	if (!qr_utf8_valid(buf, len))
		fz_fail("output: invalid UTF-8", buf, len);
	if (memchr(buf, '\0', len) != NULL)
		fz_fail("output: a NUL byte", buf, len);
	/* The model holds no DEL, C1 control or noncharacter, so none may
	 * appear in an output: in particular not the U+FDD0 placeholders
	 * write_markdown.c puts through cmark. */
	for (i = 0; i < len; i++) {
		const unsigned char *p = (const unsigned char *)buf + i;
		size_t left = len - i;

		if (p[0] == 0x7f || (p[0] == 0xc2 && left > 1 && p[1] < 0xa0))
			fz_fail("output: DEL or a C1 control", buf + i,
			    left < 40 ? left : 40);
		if (p[0] == 0xef && left > 2 && ((p[1] == 0xb7 &&
		    p[2] >= 0x90 && p[2] <= 0xaf) || (p[1] == 0xbf &&
		    p[2] >= 0xbe)))
			fz_fail("output: a noncharacter (U+FDD0..U+FDEF, "
			    "U+FFFE, U+FFFF)", buf + i, left < 40 ? left : 40);
	}
	switch (fmt) {
	case QR_OUT_JSON:
		if (!json_valid(buf, len))
			fz_fail("json: not well-formed", buf, len);
		break;
	case QR_OUT_XHTML:
		check_xhtml(buf, len);
		break;
	case QR_OUT_MARKDOWN:
		check_markdown(buf, len);
		/* FALLTHROUGH */
	case QR_OUT_TEXT:
		/* no terminal escapes or stray carriage returns */
		for (i = 0; i < len; i++)
			if ((unsigned char)buf[i] < 0x20 && buf[i] != '\n' &&
			    buf[i] != '\t')
				fz_fail("output: a control character",
				    buf + i, len - i < 40 ? len - i : 40);
		break;
	default:
		break;
	}
}

void
fz_write_all(const struct qr_doc *doc, const struct qr_options *opt)
{
	struct qr_error	 err;
	int		 fmt;

	for (fmt = 0; fmt < QR_OUT__MAX; fmt++) {
		char	*buf = NULL;
		size_t	 len = 0;
		FILE	*f;
		enum qr_status st;

		if (!qr_output_available((enum qr_output)fmt))
			continue;
		if ((f = open_memstream(&buf, &len)) == NULL)
			abort();
		st = qr_write(doc, (enum qr_output)fmt, f, opt, &err);
		if (fclose(f) != 0)
			abort();
		if (st == QR_OK)
			check_output((enum qr_output)fmt, buf, len);
		else if (st == QR_ERR_IO || st == QR_ERR_UNAVAILABLE ||
		    st == QR_ERR_USAGE)
			fz_fail("writer: unexpected status", err.msg,
			    strlen(err.msg));
		free(buf);
	}
}
