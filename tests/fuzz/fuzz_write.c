/*
 * fuzz_write.c -- every writer on a document built from the fuzz bytes
 * through the public builders, so any tree a reader could make (deep
 * threads, empty containers, odd strings, links in emphasis in lists in
 * quotes...) reaches the writers.  Each output is checked by
 * fz_write_all().
 *
 * The bytes are a little program: options first, then operations on a
 * cursor (the container being filled).  Strings are made valid UTF-8
 * without C0 controls but tab and newline (what readers guarantee), and
 * URLs never dangerous (readers drop those): an output with a dangerous
 * URL, raw HTML or broken markup is then the writer's fault.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

struct prog {
	const uint8_t	*p;
	size_t		 n;
};

static int
byte(struct prog *g)
{
	if (g->n == 0)
		return -1;
	g->n--;
	return *g->p++;
}

/* A string: a length byte, then that many bytes, turned into valid
 * UTF-8 (each bad byte becomes U+FFFD) with controls made spaces.
 * Some lengths pick a tricky fixed string instead. */
static const char *
string(struct qr_doc *doc, struct prog *g)
{
	static const char *const tricky[] = {
		"", " ", "*", "_x_", "# h", "1. x", "- x", "> q", "`", "```",
		"<script>alert(1)</script>", "<!-- c -->", "&amp;", "&colon;",
		"javascript&colon;alert(1)", "[a](b)", "![i](j)", "\\", "|",
		"<", "]]>", "&#106;avascript:x", "\xc2\xa0", "\xe2\x80\xa8",
		"\xef\xbb\xbf", "\xf0\x9f\x98\x80", "\xe4\xb8\xad\xe6\x96\x87",
		"a\u0301", "x\ny", "\t", "http://e.org/a b?c=d&e=\"f\"#g h",
		"mailto:a@b.c", "--", "-->", "\xe2\x80\xae", "=====", "+ y",
		"1) z", "    code", "~~~", "<http://x>", "a  \nb", "*/",
	};
	int	len = byte(g), c;
	char	*s;
	size_t	 i, k = 0, m;

	if (len < 0)
		return NULL;
	if (len >= 256 - (int)(sizeof(tricky) / sizeof(tricky[0])))
		return qr_doc_strdup(doc, tricky[255 - len]);
	if (len == 0)
		return NULL;
	m = (size_t)len < g->n ? (size_t)len : g->n;
	s = malloc(m * 3 + 1);
	if (s == NULL)
		abort();
	for (i = 0; i < m; ) {
		size_t sl = qr_utf8_seqlen(g->p + i, m - i);

		if (sl == 0) {
			memcpy(s + k, "\xef\xbf\xbd", 3);
			k += 3;
			i++;
			continue;
		}
		c = g->p[i];
		if (sl == 1 && ((c < 0x20 && c != '\t' && c != '\n') ||
		    c == 0x7f))
			s[k++] = ' ';
		else {
			memcpy(s + k, g->p + i, sl);
			k += sl;
		}
		i += sl;
	}
	g->p += m;
	g->n -= m;
	s[k] = '\0';
	{
		const char *r = qr_doc_strndup(doc, s, k);

		free(s);
		return r;
	}
}

static const char *
url(struct qr_doc *doc, struct prog *g)
{
	static const char *const urls[] = {
		"http://example.org/", "https://example.org/a?b=c&d=e#f",
		"/rel/path", "rel path with spaces", "#frag", "mailto:x@y.z",
		"http://example.org/(paren)", "http://e.org/<a>\"b\"",
		"https://e.org/\xc3\xa9t\xc3\xa9", "", "javascript&colon;x",
		"java\\nscript:x", "http://x/)](javascript:alert(1))",
		"?q=1", "//host/path", "a\"onmouseover=\"x",
	};
	const char	*s;
	int		 c = byte(g);

	if (c < 0)
		return NULL;
	if (c < (int)(sizeof(urls) / sizeof(urls[0])))
		return qr_doc_strdup(doc, urls[c]);
	if ((s = string(doc, g)) != NULL && fz_dangerous_url(s)) {
		size_t	 len = strlen(s);
		char	*t = qr_doc_alloc(doc, len + 2);

		t[0] = 'x';
		memcpy(t + 1, s, len + 1);
		s = t;
	}
	return s;
}

static const enum qr_kind blocks[] = {
	QR_PARA, QR_HEADING, QR_QUOTE, QR_LIST, QR_ITEM, QR_CODE_BLOCK,
	QR_BREAK, QR_IMAGE_BLOCK,
};
static const enum qr_kind inlines[] = {
	QR_TEXT, QR_EMPH, QR_STRONG, QR_CODE, QR_LINK, QR_IMAGE,
	QR_LINEBREAK,
};

static void
fill(struct qr_doc *doc, struct qr_node *n, struct prog *g)
{
	int c;

	switch (n->kind) {
	case QR_HEADING:
		n->as.level = 1 + (byte(g) & 0xff) % 6;
		break;
	case QR_LIST:
		c = byte(g);
		n->as.list.ordered = c & 1;
		n->as.list.start = c < 0 ? 1 : (c & 0x80) ? 1000000000 :
		    (c >> 1) - 3;
		break;
	case QR_CODE_BLOCK:
	case QR_CODE:
	case QR_TEXT:
		n->as.literal = string(doc, g);
		if (n->as.literal == NULL)
			n->as.literal = "";
		break;
	case QR_LINK:
		n->as.link.href = url(doc, g);
		if (n->as.link.href == NULL)
			n->as.link.href = "";
		n->as.link.title = string(doc, g);
		break;
	case QR_IMAGE:
	case QR_IMAGE_BLOCK:
		n->as.image.src = url(doc, g);
		if (n->as.image.src == NULL)
			n->as.image.src = "";
		n->as.image.alt = string(doc, g);
		n->as.image.title = string(doc, g);
		break;
	default:
		break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct prog		 g = { data, size };
	struct qr_options	 o;
	struct qr_doc		*doc;
	struct qr_node		*cur, *n;
	int			 c, ops = 0;

	if (size > 65536)
		return 0;
	fz_options(&o);
	c = byte(&g);
	if (c < 0)
		return 0;
	o.width = (c & 7) == 0 ? 0 : (c & 7) == 1 ? 1 : 10 + (c & 0x78);
	o.no_comments = (c & 0x80) != 0;
	c = byte(&g);
	o.front_matter = c & 1;
	o.remote_images = (c >> 1) & 1;
	o.base_url = (c >> 2) & 1 ? "http://example.org/blog/" : NULL;

	/* Deep threads are the unit tests' job (check_hostile.c: 100,000
	 * levels through every writer); here depth stays cheap enough for
	 * thousands of runs a second. */
	o.max_depth = 300;
	doc = qr_doc_new();
	doc->max_depth = o.max_depth;
	cur = doc->body;
	while ((c = byte(&g)) >= 0 && ops++ < 4000) {
		switch (c % 12) {
		case 0:		/* metadata */
			switch ((c / 12) % 8) {
			case 0: doc->title = string(doc, &g); break;
			case 1: doc->author = string(doc, &g); break;
			case 2: doc->date = string(doc, &g); break;
			case 3: doc->url = url(doc, &g); break;
			case 4: doc->site = string(doc, &g); break;
			case 5: doc->language = string(doc, &g); break;
			case 6: {
				const char *t = string(doc, &g);

				/* qr_doc_add_tag is linear: readers keep
				 * at most 100 tags (html_meta.c) */
				if (t != NULL && doc->ntags < 100)
					qr_doc_add_tag(doc, t, strlen(t));
				break;
			}
			default: doc->comments_closed = !doc->comments_closed;
			}
			break;
		case 1: case 2:	/* a block; containers become the cursor */
			n = qr_node_new(doc, blocks[(c / 12) % 8]);
			fill(doc, n, &g);
			if (!qr_node_append(doc, cur, n))
				break;
			if (n->kind != QR_CODE_BLOCK && n->kind != QR_BREAK &&
			    n->kind != QR_IMAGE_BLOCK)
				cur = n;
			break;
		case 3: case 4: case 5:	/* an inline */
			n = qr_node_new(doc, inlines[(c / 12) % 7]);
			fill(doc, n, &g);
			if (n->kind == QR_TEXT) {
				qr_add_text(doc, cur, n->as.literal,
				    strlen(n->as.literal));
				break;
			}
			if (!qr_node_append(doc, cur, n))
				break;
			if (n->kind == QR_EMPH || n->kind == QR_STRONG ||
			    n->kind == QR_LINK)
				cur = n;
			break;
		case 6: case 7:	/* close the cursor */
			if (cur->parent != NULL)
				cur = cur->parent;
			break;
		case 8:		/* a comment (a reply when in a comment) */
			while (cur->kind != QR_COMMENT && cur->parent != NULL)
				cur = cur->parent;
			if (cur->kind != QR_COMMENT)
				cur = doc->thread;
			if ((n = qr_open_comment(doc, cur)) == NULL)
				break;
			n->as.comment.author = string(doc, &g);
			n->as.comment.date = string(doc, &g);
			n->as.comment.id = (c / 12) & 1 ? string(doc, &g) :
			    NULL;
			n->as.comment.url = (c / 12) & 2 ? url(doc, &g) : NULL;
			n->as.comment.author_url = (c / 12) & 4 ?
			    url(doc, &g) : NULL;
			cur = n;
			break;
		case 9:		/* back to the post or the thread */
			cur = (c / 12) & 1 ? doc->thread : doc->body;
			break;
		case 10:	/* a chain of replies at once */
			while (cur->kind != QR_COMMENT && cur->parent != NULL)
				cur = cur->parent;
			if (cur->kind != QR_COMMENT)
				cur = doc->thread;
			for (c = (c / 12) * 8; c > 0; c--) {
				if ((n = qr_open_comment(doc, cur)) == NULL)
					break;
				n->as.comment.author = "A";
				if ((n = qr_add_block(doc, n, QR_PARA)) != NULL)
					qr_add_text(doc, n, "r", 1);
				cur = n != NULL ? n->parent : cur;
			}
			break;
		default:	/* text into the cursor */
			{
				const char *t = string(doc, &g);

				if (t != NULL)
					qr_add_text(doc, cur, t, strlen(t));
			}
			break;
		}
	}
	fz_write_all(doc, &o);
	qr_doc_free(doc);
	return 0;
}
