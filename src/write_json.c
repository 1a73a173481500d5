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

/* Write "s" as a JSON string (null for NULL). */
static void
json_str(FILE *f, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len, i, n;
	unsigned long		 cp;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	len = strlen(s);
	putc('"', f);
	for (i = 0; i < len; i += n) {
		if (json_plain[p[i]]) {
			/* a run of plain ASCII goes out in one call */
			for (n = 1; i + n < len && json_plain[p[i + n]]; n++)
				continue;
			fwrite(p + i, 1, n, f);
			continue;
		}
		if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			fputs("\xEF\xBF\xBD", f);	/* invalid byte: U+FFFD */
			n = 1;
			continue;
		}
		switch (cp) {
		case '"':  fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		case '\b': fputs("\\b", f); break;
		case '\f': fputs("\\f", f); break;
		default:
			/* controls, DEL, and the two JS line separators */
			if (cp < 0x20 || cp == 0x7F || cp == 0x2028 ||
			    cp == 0x2029)
				fprintf(f, "\\u%04lx", cp);
			else
				fwrite(p + i, 1, n, f);
			break;
		}
	}
	putc('"', f);
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
	char *text = qr_node_plain_text(n);

	if (n->kind == QR_HEADING)
		fprintf(f, "{\"type\": \"heading\", \"level\": %d, ",
		    n->as.level);
	else
		fputs("{\"type\": \"paragraph\", ", f);
	json_key_str(f, "text", text);
	fputs(", \"inlines\": [", f);
	free(text);
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
