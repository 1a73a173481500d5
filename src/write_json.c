/*
 * write_json.c -- the model as JSON, exactly the schema of DESIGN.md.
 *
 * One canonical form, so reader tests can compare dumps byte for byte:
 * keys in schema order, every key present (null where unknown), blocks
 * and comments one per line indented two spaces a level (the indent is
 * capped, so a 100,000-deep chain stays linear in size), inlines on
 * their block's line, strings as UTF-8 with controls escaped.
 * The tree is walked with qr_walk: no recursion on depth.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define INDENT_CAP	32	/* levels; deeper lines share this indent */

/* Bytes that go out as they are: printable ASCII but '"' and '\\'. */
static const unsigned char json_plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Output gathered in a buffer, written in chunks: a string is one
 * fwrite(), not one per run of plain bytes. */
struct jout {
	FILE	*f;
	size_t	 n;
	char	 b[4096];
};

static void
jflush(struct jout *o)
{
	if (o->n > 0)
		fwrite(o->b, 1, o->n, o->f);
	o->n = 0;
}

static void
jput(struct jout *o, const void *s, size_t len)
{
	const char *p = s;

	while (len > sizeof(o->b) - o->n) {
		size_t room = sizeof(o->b) - o->n;

		memcpy(o->b + o->n, p, room);
		o->n += room;
		p += room;
		len -= room;
		jflush(o);
	}
	memcpy(o->b + o->n, p, len);
	o->n += len;
}

/* White space that qr_node_plain_text() makes one space. */
static const unsigned char json_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
	['\v'] = 1,
};

/* Eight bytes at a time: 0x80 in every byte of x that is zero. */
#define ONES	0x0101010101010101ull
#define HIGHS	0x8080808080808080ull
static uint64_t
zero_bytes(uint64_t x)
{
	return ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
}

/* Does x hold a byte that is not plain (json_plain[] says 0)? */
static uint64_t
not_plain(uint64_t x)
{
	return (x & HIGHS) | zero_bytes(x & (0xe0 * ONES)) |
	    zero_bytes(x ^ (0x7f * ONES)) | zero_bytes(x ^ ('"' * ONES)) |
	    zero_bytes(x ^ ('\\' * ONES));
}

/* Write s[0..len) as the body of a JSON string.  With "collapse", its
 * white space as qr_node_plain_text() gives it: runs made one space,
 * none at either end. */
static void
json_chars(struct jout *o, const char *s, size_t len, int collapse)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;
	unsigned long		 cp;
	char			 u[8];

	if (collapse) {
		while (len > 0 && json_ws[p[len - 1]])
			len--;
		while (i < len && json_ws[p[i]])
			i++;
	}
	while (i < len) {
		/* plain ASCII, eight bytes at a time (with "collapse", no
		 * two spaces in a row either: the pair test looks one byte
		 * further) */
		while (i + 9 <= len && o->n + 8 <= sizeof(o->b)) {
			uint64_t x, y;

			memcpy(&x, p + i, 8);
			if (not_plain(x))
				break;
			if (collapse) {
				memcpy(&y, p + i + 1, 8);
				if (zero_bytes(x ^ (' ' * ONES)) &
				    zero_bytes(y ^ (' ' * ONES)))
					break;
			}
			memcpy(o->b + o->n, &x, 8);
			o->n += 8;
			i += 8;
		}
		if (collapse && json_ws[p[i]]) {
			/* a run of white space: one space (none at the
			 * ends, trimmed above) */
			while (i < len && json_ws[p[i]])
				i++;
			jput(o, " ", 1);
			continue;
		}
		if (json_plain[p[i]]) {
			jput(o, p + i, 1);
			i++;
			continue;
		}
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			jput(o, "\xEF\xBF\xBD", 3);	/* invalid byte: U+FFFD */
			i++;
			continue;
		}
		switch (cp) {
		case '"':  jput(o, "\\\"", 2); break;
		case '\\': jput(o, "\\\\", 2); break;
		case '\n': jput(o, "\\n", 2); break;
		case '\r': jput(o, "\\r", 2); break;
		case '\t': jput(o, "\\t", 2); break;
		case '\b': jput(o, "\\b", 2); break;
		case '\f': jput(o, "\\f", 2); break;
		default:
			/* controls, DEL, and the two JS line separators */
			if (cp < 0x20 || cp == 0x7F || cp == 0x2028 ||
			    cp == 0x2029) {
				snprintf(u, sizeof(u), "\\u%04lx", cp);
				jput(o, u, 6);
			} else
				jput(o, p + i, n);
			break;
		}
		i += n;
	}
}

/* Write "s" as a JSON string (null for NULL). */
static void
json_str(FILE *f, const char *s)
{
	struct jout o;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	o.f = f;
	o.n = 0;
	jput(&o, "\"", 1);
	json_chars(&o, s, strlen(s), 0);
	jput(&o, "\"", 1);
	jflush(&o);
}

static void
json_key_str(FILE *f, const char *key, const char *val)
{
	putc('"', f);
	fputs(key, f);
	fputs("\": ", f);
	json_str(f, val);
}

static void
newline(FILE *f, unsigned level)
{
	unsigned i;

	putc('\n', f);
	if (level > INDENT_CAP)
		level = INDENT_CAP;
	for (i = 0; i < level; i++)
		fputs("  ", f);
}

/* Blocks, items and comments start their own line; inlines do not. */
static int
on_own_line(enum qr_kind k)
{
	return qr_is_block(k) || k == QR_ITEM || k == QR_COMMENT;
}

static void
enter_comment(FILE *f, const struct qr_node *n)
{
	const struct qr_comment *c = &n->as.comment;

	putc('{', f);
	json_key_str(f, "id", c->id);
	fputs(", ", f);
	json_key_str(f, "author", c->author);
	fputs(", ", f);
	json_key_str(f, "author_url", c->author_url);
	fputs(", ", f);
	json_key_str(f, "date", c->date);
	fputs(", ", f);
	json_key_str(f, "url", c->url);
	fputs(", \"body\": [", f);
}

static void
enter_text_block(FILE *f, const struct qr_node *n)
{
	const struct qr_node	*t = n->first;
	char			*text;
	struct jout		 o;

	if (n->kind == QR_HEADING)
		fprintf(f, "{\"type\": \"heading\", \"level\": %d, ",
		    n->as.level);
	else
		fputs("{\"type\": \"paragraph\", ", f);
	if (t != NULL && t == n->last && t->kind == QR_TEXT &&
	    t->as.literal != NULL) {
		/* one text: its plain text is its literal, white space
		 * collapsed -- written so, without building it */
		o.f = f;
		o.n = 0;
		jput(&o, "\"text\": \"", 9);
		json_chars(&o, t->as.literal, strlen(t->as.literal), 1);
		jput(&o, "\"", 1);
		jflush(&o);
	} else {
		text = qr_node_plain_text(n);
		json_key_str(f, "text", text);
		free(text);
	}
	fputs(", \"inlines\": [", f);
}

static void
enter_node(FILE *f, const struct qr_node *n)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		putc('[', f);
		break;
	case QR_COMMENT:
		enter_comment(f, n);
		break;
	case QR_PARA:
	case QR_HEADING:
		enter_text_block(f, n);
		break;
	case QR_QUOTE:
		fputs("{\"type\": \"quote\", \"blocks\": [", f);
		break;
	case QR_LIST:
		fprintf(f, "{\"type\": \"list\", \"ordered\": %s, "
		    "\"start\": %d, \"items\": [",
		    n->as.list.ordered ? "true" : "false", n->as.list.start);
		break;
	case QR_CODE_BLOCK:
	case QR_CODE:
		fputs("{\"type\": \"code\", ", f);
		json_key_str(f, "text", n->as.literal);
		putc('}', f);
		break;
	case QR_BREAK:
		fputs("{\"type\": \"break\"}", f);
		break;
	case QR_IMAGE_BLOCK:
	case QR_IMAGE:
		fputs("{\"type\": \"image\", ", f);
		json_key_str(f, "src", n->as.image.src);
		fputs(", ", f);
		json_key_str(f, "alt", n->as.image.alt);
		if (n->kind == QR_IMAGE_BLOCK) {
			fputs(", ", f);
			json_key_str(f, "title", n->as.image.title);
		}
		putc('}', f);
		break;
	case QR_TEXT:
		fputs("{\"type\": \"text\", ", f);
		json_key_str(f, "text", n->as.literal);
		putc('}', f);
		break;
	case QR_EMPH:
	case QR_STRONG:
		fprintf(f, "{\"type\": \"%s\", \"children\": [",
		    n->kind == QR_EMPH ? "emph" : "strong");
		break;
	case QR_LINK:
		fputs("{\"type\": \"link\", ", f);
		json_key_str(f, "href", n->as.link.href);
		fputs(", ", f);
		json_key_str(f, "title", n->as.link.title);
		fputs(", \"children\": [", f);
		break;
	case QR_LINEBREAK:
		fputs("{\"type\": \"linebreak\"}", f);
		break;
	default:
		break;
	}
}

static void
exit_node(FILE *f, const struct qr_node *n, unsigned level)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		if (n->first != NULL)
			newline(f, level);
		putc(']', f);
		break;
	case QR_COMMENT:
		if (n->last != NULL && n->last->kind == QR_COMMENT) {
			newline(f, level);	/* closes "replies" */
			fputs("]}", f);
		} else {
			if (n->first != NULL)
				newline(f, level);
			fputs("], \"replies\": []}", f);
		}
		break;
	case QR_QUOTE:
	case QR_LIST:
		if (n->first != NULL)
			newline(f, level);
		fputs("]}", f);
		break;
	case QR_PARA:
	case QR_HEADING:
	case QR_EMPH:
	case QR_STRONG:
	case QR_LINK:
		fputs("]}", f);
		break;
	default:
		break;		/* leaves closed themselves on entry */
	}
}

/* Write one container (the body or the thread) as a JSON array. */
static void
json_tree(FILE *f, const struct qr_node *root, unsigned base)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		unsigned level = base + w.depth;

		if (ev == QR_EXIT) {
			exit_node(f, n, level);
			continue;
		}
		if (n != root) {
			if (n->kind == QR_COMMENT && n->parent->kind ==
			    QR_COMMENT && (n->prev == NULL ||
			    n->prev->kind != QR_COMMENT)) {
				/* first reply: the body array ends here */
				if (n->prev != NULL)
					newline(f, level - 1);
				fputs("], \"replies\": [", f);
			} else if (n->prev != NULL)
				putc(',', f);
			if (on_own_line(n->kind))
				newline(f, level);
			else if (n->prev != NULL)
				putc(' ', f);
		}
		enter_node(f, n);
	}
}

enum qr_status
qr_write_json(const struct qr_doc *doc, FILE *f, const struct qr_options *opt,
    struct qr_error *err)
{
	size_t i;

	(void)err;
	fputs("{", f);
	newline(f, 1);
	json_key_str(f, "title", doc->title);
	putc(',', f);
	newline(f, 1);
	json_key_str(f, "author", doc->author);
	putc(',', f);
	newline(f, 1);
	json_key_str(f, "date", doc->date);
	putc(',', f);
	newline(f, 1);
	json_key_str(f, "url", doc->url);
	putc(',', f);
	newline(f, 1);
	json_key_str(f, "site", doc->site);
	putc(',', f);
	newline(f, 1);
	json_key_str(f, "language", doc->language);
	putc(',', f);
	newline(f, 1);
	fputs("\"tags\": [", f);
	for (i = 0; i < doc->ntags; i++) {
		if (i > 0)
			fputs(", ", f);
		json_str(f, doc->tags[i]);
	}
	fputs("],", f);
	newline(f, 1);
	fputs("\"body\": ", f);
	json_tree(f, doc->body, 1);
	putc(',', f);
	newline(f, 1);
	fputs("\"comments\": ", f);
	if (opt != NULL && opt->no_comments)
		fputs("[]", f);
	else
		json_tree(f, doc->thread, 1);
	putc(',', f);
	newline(f, 1);
	fprintf(f, "\"comments_closed\": %s\n}\n",
	    doc->comments_closed ? "true" : "false");
	return QR_OK;
}
