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
#include <errno.h>
#include <stddef.h>
#include <stdarg.h>
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

/* The output, gathered in a buffer and written in chunks: one write()
 * per 16 KB (qr_out_put()), not one or more per key, string and run of
 * plain bytes. */
struct jout {
	FILE		*f;
	int		 err;		/* errno of the first write that failed */
	unsigned long	 flushes;
	/* a paragraph's text written as it is (nothing to collapse): the
	 * literal, and its JSON string, for the paragraph's inline */
	const char	*same_lit;
	struct qr_buf	 same;
	size_t		 n;
	char		 b[16384];
};

static void
jflush(struct jout *o)
{
	errno = 0;
	if (o->n > 0 && qr_out_put(o->f, o->b, o->n) != o->n && o->err == 0)
		o->err = errno != 0 ? errno : EIO;
	o->n = 0;
	o->flushes++;
}

/* jput() when the bytes do not fit in what is left of the buffer. */
static void
jput_slow(struct jout *o, const char *p, size_t len)
{
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

/* Inline: most writes are a few bytes (a key, a bracket), and a call
 * per write cost more than the copy. */
static inline __attribute__((always_inline)) void
jput(struct jout *o, const void *s, size_t len)
{
	if (len <= sizeof(o->b) - o->n) {
		memcpy(o->b + o->n, s, len);
		o->n += len;
	} else
		jput_slow(o, s, len);
}

static inline __attribute__((always_inline)) void
jputs(struct jout *o, const char *s)
{
	jput(o, s, strlen(s));
}

static inline __attribute__((always_inline)) void
jputc(struct jout *o, char c)
{
	if (o->n == sizeof(o->b))
		jflush(o);
	o->b[o->n++] = c;
}

static void __attribute__((format(printf, 2, 3)))
jprintf(struct jout *o, const char *fmt, ...)
{
	char	buf[128];
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		jput(o, buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

/* White space that qr_node_plain_text() makes one space. */
static const unsigned char json_ws[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
	['\v'] = 1,
};

/* Write s[0..len) as the body of a JSON string.  With "collapse", its
 * white space as qr_node_plain_text() gives it: runs made one space,
 * none at either end; returns 1 when that changed anything (else the
 * output is what it is without "collapse").  The bytes that go out as they are (plain ASCII,
 * valid UTF-8 but the JS line separators, with "collapse" a space that
 * no white space follows) are gathered in runs, found eight bytes at a
 * time, and each run is copied in one piece. */
static int
json_chars(struct jout *o, const char *s, size_t len, int collapse)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n, run, all = len;
	unsigned long		 cp = 0;
	char			 u[8];
	int			 changed = 0;

	if (collapse) {
		while (len > 0 && json_ws[p[len - 1]])
			len--;
		while (i < len && json_ws[p[i]])
			i++;
		changed = i > 0 || len < all;
	}
	run = i;
	while (i < len) {
		/* plain ASCII, many bytes at a time (with "collapse", no
		 * space followed by white space either) */
		i = qr_scan_json(p, i, len, collapse);
		if (i >= len)
			break;
		if (json_plain[p[i]] && !(collapse && p[i] == ' ' &&
		    i + 1 < len && json_ws[p[i + 1]])) {
			i++;		/* plain (the last bytes, one by one) */
			continue;
		}
		if (p[i] >= 0x80 && (n = qr_utf8_len23(p + i, len - i)) > 0 &&
		    !(n == 3 && p[i] == 0xe2 && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))) {
			i += n;		/* UTF-8 but U+2028, U+2029: as it is */
			continue;
		}
		n = p[i] < 0x80 ? 1 : qr_utf8_decode(p + i, len - i, &cp);
		if (p[i] >= 0x80 && n > 0 && cp != 0x2028 && cp != 0x2029) {
			i += n;		/* UTF-8: as it is */
			continue;
		}
		/* a byte to write otherwise: the run before it first */
		jput(o, p + run, i - run);
		if (collapse && json_ws[p[i]]) {
			/* a run of white space: one space (none at the
			 * ends, trimmed above) */
			while (i < len && json_ws[p[i]])
				i++;
			jputc(o, ' ');
			run = i;
			changed = 1;
			continue;
		}
		if (n == 0) {
			jput(o, "\xEF\xBF\xBD", 3);	/* invalid byte: U+FFFD */
			run = ++i;
			continue;
		}
		if (p[i] < 0x80)
			cp = p[i];
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
			snprintf(u, sizeof(u), "\\u%04lx", cp);
			jput(o, u, 6);
			break;
		}
		i += n;
		run = i;
	}
	jput(o, p + run, len - run);
	return changed;
}

/* Write "s" as a JSON string (null for NULL). */
static void
json_str(struct jout *f, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len, i;

	if (s == NULL) {
		jputs(f, "null");
		return;
	}
	/* a name, a date, an id: short and plain, copied into the buffer
	 * as they are looked at (no strlen(), no second pass) */
	if (sizeof(f->b) - f->n >= 34) {
		char	*d = f->b + f->n;

		d[0] = '"';
		for (i = 0; i < 32 && json_plain[p[i]]; i++)
			d[i + 1] = (char)p[i];
		if (p[i] == '\0') {
			d[i + 1] = '"';
			f->n += i + 2;
			return;
		}
	}
	len = strlen(s);

	jputc(f, '"');
	/* a name, a date: short, and mostly plain bytes, looked at one
	 * by one (json_chars() sets up for long runs) */
	for (i = 0; i < len && i < 32 && json_plain[p[i]]; i++)
		continue;
	if (i == len)
		jput(f, s, len);
	else
		json_chars(f, s, len, 0);
	jputc(f, '"');
}

static void
json_key_str(struct jout *f, const char *key, const char *val)
{
	jputc(f, '"');
	jputs(f, key);
	jputs(f, "\": ");
	json_str(f, val);
}

static void
newline(struct jout *f, unsigned level)
{
	/* a newline and INDENT_CAP levels of two spaces */
	static const char nl[1 + 2 * INDENT_CAP + 1] = "\n"
	    "                                "
	    "                                ";

	if (level > INDENT_CAP)
		level = INDENT_CAP;
	jput(f, nl, 1 + 2 * (size_t)level);
}

/* Blocks, items and comments start their own line; inlines do not. */
static int
on_own_line(enum qr_kind k)
{
	return qr_is_block(k) || k == QR_ITEM || k == QR_COMMENT;
}

static void
enter_comment(struct jout *f, const struct qr_node *n)
{
	const struct qr_comment *c = &n->as.comment;

	jputc(f, '{');
	json_key_str(f, "id", c->id);
	jputs(f, ", ");
	json_key_str(f, "author", c->author);
	jputs(f, ", ");
	json_key_str(f, "author_url", c->author_url);
	jputs(f, ", ");
	json_key_str(f, "date", c->date);
	jputs(f, ", ");
	json_key_str(f, "url", c->url);
	jputs(f, ", \"body\": [");
}

static void
enter_text_block(struct jout *f, const struct qr_node *n)
{
	const struct qr_node	*t = n->first;
	char			*text;

	if (n->kind == QR_HEADING)
		jprintf(f, "{\"type\": \"heading\", \"level\": %d, ",
		    n->as.level);
	else
		jputs(f, "{\"type\": \"paragraph\", ");
	if (t != NULL && t == n->last && t->kind == QR_TEXT &&
	    t->as.literal != NULL) {
		/* one text: its plain text is its literal, white space
		 * collapsed -- written so, without building it */
		unsigned long	flushes = f->flushes;
		size_t		at;

		jputs(f, "\"text\": \"");
		at = f->n;
		f->same_lit = NULL;
		if (!json_chars(f, t->as.literal, strlen(t->as.literal), 1) &&
		    f->flushes == flushes) {
			/* nothing collapsed: the inline's "text" is the
			 * same string, kept to be written again */
			qr_buf_clear(&f->same);
			qr_buf_put(&f->same, f->b + at, f->n - at);
			f->same_lit = t->as.literal;
		}
		jputc(f, '"');
	} else {
		text = qr_node_plain_text(n);
		json_key_str(f, "text", text);
		free(text);
	}
	jputs(f, ", \"inlines\": [");
}

static void
enter_node(struct jout *f, const struct qr_node *n)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		jputc(f, '[');
		break;
	case QR_COMMENT:
		enter_comment(f, n);
		break;
	case QR_PARA:
	case QR_HEADING:
		enter_text_block(f, n);
		break;
	case QR_QUOTE:
		jputs(f, "{\"type\": \"quote\", \"blocks\": [");
		break;
	case QR_LIST:
		jprintf(f, "{\"type\": \"list\", \"ordered\": %s, "
		    "\"start\": %d, \"items\": [",
		    n->as.list.ordered ? "true" : "false", n->as.list.start);
		break;
	case QR_CODE_BLOCK:
	case QR_CODE:
		jputs(f, "{\"type\": \"code\", ");
		json_key_str(f, "text", n->as.literal);
		jputc(f, '}');
		break;
	case QR_BREAK:
		jputs(f, "{\"type\": \"break\"}");
		break;
	case QR_IMAGE_BLOCK:
	case QR_IMAGE:
		jputs(f, "{\"type\": \"image\", ");
		json_key_str(f, "src", n->as.image.src);
		jputs(f, ", ");
		json_key_str(f, "alt", n->as.image.alt);
		if (n->kind == QR_IMAGE_BLOCK) {
			jputs(f, ", ");
			json_key_str(f, "title", n->as.image.title);
		}
		jputc(f, '}');
		break;
	case QR_TEXT:
		jputs(f, "{\"type\": \"text\", ");
		if (n->as.literal != NULL && n->as.literal == f->same_lit) {
			jputs(f, "\"text\": \"");	/* as its paragraph's */
			if (f->same.len > 0)
				jput(f, f->same.data, f->same.len);
			jputc(f, '"');
		} else
			json_key_str(f, "text", n->as.literal);
		jputc(f, '}');
		break;
	case QR_EMPH:
	case QR_STRONG:
		jprintf(f, "{\"type\": \"%s\", \"children\": [",
		    n->kind == QR_EMPH ? "emph" : "strong");
		break;
	case QR_LINK:
		jputs(f, "{\"type\": \"link\", ");
		json_key_str(f, "href", n->as.link.href);
		jputs(f, ", ");
		json_key_str(f, "title", n->as.link.title);
		jputs(f, ", \"children\": [");
		break;
	case QR_LINEBREAK:
		jputs(f, "{\"type\": \"linebreak\"}");
		break;
	default:
		break;
	}
}

static void
exit_node(struct jout *f, const struct qr_node *n, unsigned level)
{
	switch (n->kind) {
	case QR_BODY:
	case QR_THREAD:
	case QR_ITEM:
		if (n->first != NULL)
			newline(f, level);
		jputc(f, ']');
		break;
	case QR_COMMENT:
		if (n->last != NULL && n->last->kind == QR_COMMENT) {
			newline(f, level);	/* closes "replies" */
			jputs(f, "]}");
		} else {
			if (n->first != NULL)
				newline(f, level);
			jputs(f, "], \"replies\": []}");
		}
		break;
	case QR_QUOTE:
	case QR_LIST:
		if (n->first != NULL)
			newline(f, level);
		jputs(f, "]}");
		break;
	case QR_PARA:
	case QR_HEADING:
	case QR_EMPH:
	case QR_STRONG:
	case QR_LINK:
		jputs(f, "]}");
		break;
	default:
		break;		/* leaves closed themselves on entry */
	}
}

/* Write one container (the body or the thread) as a JSON array. */
static void
json_tree(struct jout *f, const struct qr_node *root, unsigned base)
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
				jputs(f, "], \"replies\": [");
			} else if (n->prev != NULL)
				jputc(f, ',');
			if (on_own_line(n->kind))
				newline(f, level);
			else if (n->prev != NULL)
				jputc(f, ' ');
		}
		enter_node(f, n);
	}
}

enum qr_status
qr_write_json(const struct qr_doc *doc, FILE *out, const struct qr_options *opt,
    struct qr_error *err)
{
	struct jout	*f = qr_xmalloc(sizeof(*f));
	size_t		 i;

	memset(f, 0, offsetof(struct jout, b));
	f->f = out;
	jputs(f, "{");
	newline(f, 1);
	json_key_str(f, "title", doc->title);
	jputc(f, ',');
	newline(f, 1);
	json_key_str(f, "author", doc->author);
	jputc(f, ',');
	newline(f, 1);
	json_key_str(f, "date", doc->date);
	jputc(f, ',');
	newline(f, 1);
	json_key_str(f, "url", doc->url);
	jputc(f, ',');
	newline(f, 1);
	json_key_str(f, "site", doc->site);
	jputc(f, ',');
	newline(f, 1);
	json_key_str(f, "language", doc->language);
	jputc(f, ',');
	newline(f, 1);
	jputs(f, "\"tags\": [");
	for (i = 0; i < doc->ntags; i++) {
		if (i > 0)
			jputs(f, ", ");
		json_str(f, doc->tags[i]);
	}
	jputs(f, "],");
	newline(f, 1);
	jputs(f, "\"body\": ");
	json_tree(f, doc->body, 1);
	jputc(f, ',');
	newline(f, 1);
	jputs(f, "\"comments\": ");
	if (opt != NULL && opt->no_comments)
		jputs(f, "[]");
	else
		json_tree(f, doc->thread, 1);
	jputc(f, ',');
	newline(f, 1);
	jprintf(f, "\"comments_closed\": %s\n}\n",
	    doc->comments_closed ? "true" : "false");
	jflush(f);
	i = (size_t)f->err;
	qr_buf_free(&f->same);
	free(f);
	if (i != 0)	/* as qr_write() says it, with the reason */
		return qr_error_set(err, QR_ERR_IO, 0,
		    "cannot write output: %s", strerror((int)i));
	return QR_OK;
}
