/*
 * xhtml_template.c -- find, load and check the XHTML page template.
 *
 * A template is an XHTML document whose placeholders are processing
 * instructions, so that it stays well-formed XML that any XML tool can
 * check:  <?quire title?> <?quire stylesheet?> <?quire head?>
 * <?quire metadata?> <?quire body?> <?quire comments?>.
 * It is parsed from memory with no network, no DTD loading and no
 * entity substitution; a template that declares or uses entities is
 * refused, so nothing external can reach an output through it.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "xhtml.h"

#ifndef QR_DATADIR
#define QR_DATADIR "/usr/local/share/quire"
#endif

#define TEMPLATE_MAX	((size_t)4 << 20)	/* bytes */

static const struct {
	const char	*name;
	const char	*inside;	/* element it must sit in */
} slots[XH_SLOT__MAX] = {
	[XH_SLOT_TITLE] = { "title", "html" },	/* <title>, <h1>, ... */
	[XH_SLOT_STYLESHEET] = { "stylesheet", "head" },
	[XH_SLOT_HEAD] = { "head", "head" },
	[XH_SLOT_METADATA] = { "metadata", "body" },
	[XH_SLOT_BODY] = { "body", "body" },
	[XH_SLOT_COMMENTS] = { "comments", "body" },
};

static int
readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/*
 * The default template: templates/post.xhtml of the build tree that the
 * running program sits in (build/quire or build/san/quire), else
 * share/quire/post.xhtml beside the program's bin/ (an installed tree,
 * wherever it was moved), else QR_DATADIR's.  Returns 1 with "out"
 * filled, or 0.
 */
static int
find_default(char *out, size_t size)
{
	static const char *const up[] = { "/..", "/../.." };
	char	exe[2048], *slash;
	ssize_t	n;
	size_t	i;
	int	m;

	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		for (i = 0; i < sizeof(up) / sizeof(up[0]); i++) {
			char src[2048 + 64];

			/* a build tree: the sources are there too */
			snprintf(src, sizeof(src), "%s%s/src/write_xhtml.c",
			    exe, up[i]);
			m = snprintf(out, size, "%s%s/templates/post.xhtml",
			    exe, up[i]);
			if (m > 0 && (size_t)m < size && readable(src) &&
			    readable(out))
				return 1;
		}
		/* installed: PREFIX/bin/quire beside PREFIX/share/quire */
		m = snprintf(out, size, "%s/../share/quire/post.xhtml", exe);
		if (m > 0 && (size_t)m < size && readable(out))
			return 1;
	}
	snprintf(out, size, "%s/post.xhtml", QR_DATADIR);
	return readable(out);
}

/* The first error libxml2 reports while parsing the template. */
struct parse_err {
	int	 seen;
	int	 line;
	char	 msg[300];
};

static void
on_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr	 ctxt = data;
	struct parse_err	*pe = ctxt->_private;
	size_t			 n;

	if (pe->seen || e == NULL || e->level < XML_ERR_ERROR)
		return;
	pe->seen = 1;
	pe->line = e->line;
	snprintf(pe->msg, sizeof(pe->msg), "%s",
	    e->message != NULL ? e->message : "not well-formed");
	n = strlen(pe->msg);
	while (n > 0 && (pe->msg[n - 1] == '\n' || pe->msg[n - 1] == ' '))
		pe->msg[--n] = '\0';
}

static enum qr_status
tpl_error(struct xh_template *t, struct qr_error *err, unsigned line,
    const char *what)
{
	if (line > 0)
		return qr_error_set(err, QR_ERR_TEMPLATE, line,
		    "template %s:%u: %s", t->path, line, what);
	return qr_error_set(err, QR_ERR_TEMPLATE, 0, "template %s: %s",
	    t->path, what);
}

static int
is_xhtml(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, XHTML_NS) == 0 &&
	    strcmp((const char *)n->name, name) == 0;
}

/* Is "n" inside an XHTML element called "name"?  (Templates are
 * shallow: libxml2 refuses nesting over 256 levels without
 * XML_PARSE_HUGE.) */
static int
inside(xmlNodePtr n, const char *name)
{
	for (n = n->parent; n != NULL; n = n->parent)
		if (is_xhtml(n, name))
			return 1;
	return 0;
}

/* Check one <?quire NAME?> and record it. */
static enum qr_status
check_pi(struct xh_template *t, xmlNodePtr n, struct qr_error *err)
{
	char		 name[64], msg[200];
	const char	*c = (const char *)n->content;
	size_t		 len;
	unsigned	 line = (unsigned)xmlGetLineNo(n);
	int		 i;

	if (c == NULL)
		c = "";
	c += strspn(c, " \t\r\n");
	len = strlen(c);
	while (len > 0 && strchr(" \t\r\n", c[len - 1]) != NULL)
		len--;
	snprintf(name, sizeof(name), "%.*s", (int)len, c);
	for (i = 0; i < XH_SLOT__MAX; i++)
		if (len == strlen(slots[i].name) &&
		    strcmp(name, slots[i].name) == 0)
			break;
	if (i == XH_SLOT__MAX) {
		snprintf(msg, sizeof(msg), "unknown placeholder <?quire %.60s?> "
		    "(title, stylesheet, head, metadata, body, comments)", name);
		return tpl_error(t, err, line, msg);
	}
	if (!inside(n, slots[i].inside)) {
		snprintf(msg, sizeof(msg), "<?quire %s?> must be inside "
		    "<%s>", slots[i].name, slots[i].inside);
		return tpl_error(t, err, line, msg);
	}
	if (i == XH_SLOT_TITLE) {
		t->titles = qr_xrealloc(t->titles,
		    (t->ntitles + 1) * sizeof(*t->titles));
		t->titles[t->ntitles++] = n;
		return QR_OK;
	}
	if (t->slot[i] != NULL) {
		snprintf(msg, sizeof(msg), "<?quire %s?> appears twice (first "
		    "on line %ld)", slots[i].name, xmlGetLineNo(t->slot[i]));
		return tpl_error(t, err, line, msg);
	}
	t->slot[i] = n;
	return QR_OK;
}

/* Walk the template (without recursion), checking each node. */
static enum qr_status
check_tree(struct xh_template *t, struct xh_ids *ids, struct qr_error *err)
{
	xmlNodePtr	n = t->html;
	enum qr_status	st;
	char		msg[200];

	while (n != NULL) {
		if (n->type == XML_PI_NODE &&
		    strcmp((const char *)n->name, "quire") == 0) {
			if ((st = check_pi(t, n, err)) != QR_OK)
				return st;
		} else if (n->type == XML_ENTITY_REF_NODE) {
			snprintf(msg, sizeof(msg), "entity reference &%.40s; "
			    "(only &amp; &lt; &gt; &quot; &apos; are allowed: "
			    "write the character itself)", n->name);
			return tpl_error(t, err, (unsigned)xmlGetLineNo(n),
			    msg);
		} else if (n->type == XML_ELEMENT_NODE) {
			xmlAttrPtr a;

			if (t->head == NULL && is_xhtml(n, "head"))
				t->head = n;
			for (a = n->properties; a != NULL; a = a->next)
				if (strcmp((const char *)a->name, "id") == 0 &&
				    a->children != NULL &&
				    a->children->content != NULL)
					xh_ids_take(ids,
					    (const char *)a->children->content);
		}
		/* next in document order */
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n != t->html && n->next == NULL)
			n = n->parent;
		if (n == NULL || n == t->html)
			break;
		n = n->next;
	}
	if (t->slot[XH_SLOT_BODY] == NULL)
		return tpl_error(t, err, 0, "no <?quire body?> placeholder");
	return QR_OK;
}

enum qr_status
xh_template_load(struct xh_template *t, const struct qr_options *opt,
    struct xh_ids *ids, struct qr_error *err)
{
	xmlParserCtxtPtr	 ctxt;
	struct parse_err	 pe = { 0, 0, "" };
	struct qr_error		 rerr;
	xmlDtdPtr		 dtd;
	char			*buf = NULL;
	size_t			 len;
	enum qr_status		 st;

	memset(t, 0, sizeof(*t));
	if (opt != NULL && opt->template_path != NULL)
		snprintf(t->path, sizeof(t->path), "%s", opt->template_path);
	else if (!find_default(t->path, sizeof(t->path)))
		return qr_error_set(err, QR_ERR_TEMPLATE, 0, "no template: "
		    "%s is missing (reinstall quire, or give --template)",
		    t->path);
	if (qr_file_read(t->path, TEMPLATE_MAX, &buf, &len, &rerr) != QR_OK)
		return tpl_error(t, err, 0, rerr.msg);
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		free(buf);
		return tpl_error(t, err, 0, "cannot make an XML parser");
	}
	ctxt->_private = &pe;
	ctxt->sax->serror = on_error;
	/* No XML_PARSE_NOENT, DTDLOAD, DTDATTR or XINCLUDE: nothing is
	 * fetched or substituted. */
	t->doc = xmlCtxtReadMemory(ctxt, buf, (int)len, t->path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (t->doc != NULL && !ctxt->wellFormed) {
		xmlFreeDoc(t->doc);
		t->doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	free(buf);
	if (t->doc == NULL) {
		if (len > INT_MAX)
			return tpl_error(t, err, 0, "too large");
		return tpl_error(t, err, pe.seen ? (unsigned)pe.line : 0,
		    pe.seen ? pe.msg : "not well-formed XML");
	}
	t->html = xmlDocGetRootElement(t->doc);
	if (!is_xhtml(t->html, "html")) {
		st = tpl_error(t, err, t->html != NULL ?
		    (unsigned)xmlGetLineNo(t->html) : 0, "the root element "
		    "must be <html xmlns=\"" XHTML_NS "\">");
		goto fail;
	}
	if ((dtd = xmlGetIntSubset(t->doc)) != NULL) {
		if (dtd->children != NULL) {
			st = tpl_error(t, err, 0, "the DOCTYPE declares "
			    "entities or elements; write <!DOCTYPE html>");
			goto fail;
		}
		xmlUnlinkNode((xmlNodePtr)dtd);
		xmlFreeDtd(dtd);
	}
	if ((st = check_tree(t, ids, err)) != QR_OK)
		goto fail;
	/* Always <!DOCTYPE html>, first in the file (XHTML 1.x DOCTYPEs
	 * fail epubcheck with HTM-004). */
	dtd = xmlCreateIntSubset(t->doc, (const xmlChar *)"html", NULL, NULL);
	if (dtd != NULL && t->doc->children != (xmlNodePtr)dtd) {
		xmlUnlinkNode((xmlNodePtr)dtd);
		xmlAddPrevSibling(t->doc->children, (xmlNodePtr)dtd);
	}
	return QR_OK;
fail:
	xh_template_free(t);
	return st;
}

void
xh_template_free(struct xh_template *t)
{
	if (t->doc != NULL)
		xmlFreeDoc(t->doc);
	free(t->titles);
	t->doc = NULL;
	t->titles = NULL;
	t->ntitles = 0;
}

void
xh_template_mark(xmlNodePtr pi, enum xh_slot slot, const struct qr_buf *frag,
    size_t *skip)
{
	size_t len = frag != NULL ? frag->len : 0;

	xh_template_mark_shape(pi, slot, len, len > 0 && frag->data[0] ==
	    '\n' && (len == 1 || frag->data[1] == '<'), len > 0 &&
	    frag->data[len - 1] == '>', skip);
}

void
xh_template_mark_shape(xmlNodePtr pi, enum xh_slot slot, size_t len,
    int lead_nl, int ends_elem, size_t *skip)
{
	xmlNodePtr	m;
	char		s[4] = { '\001', (char)('0' + slot), '\002', '\0' };

	/* the template's own line break stands before the PI: the
	 * fragment's, if it starts with one as a text of its own, goes */
	*skip = 0;
	if (lead_nl && pi->prev != NULL && pi->prev->type == XML_TEXT_NODE)
		*skip = 1;
	if (len <= *skip) {
		xmlUnlinkNode(pi);
		xmlFreeNode(pi);
		return;
	}
	/* what a later placeholder sees before it is the fragment's last
	 * node: an element when it ends in '>' (text has &gt;) */
	if (ends_elem)
		m = xmlNewDocComment(pi->doc, (const xmlChar *)s);
	else
		m = xmlNewDocText(pi->doc, (const xmlChar *)s);
	if (m == NULL) {
		fputs("quire: out of memory\n", stderr);
		abort();
	}
	xmlReplaceNode(pi, m);
	xmlFreeNode(pi);
}
