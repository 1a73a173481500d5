/*
 * check_xhtml.c -- the XHTML writer: structure, ids, escaping, URLs,
 * hostile strings in every field, templates and their errors, a
 * 5,000-deep reply chain.
 *
 * Every output is parsed back with libxml2 (no network, default limits:
 * 256 levels of nesting at most) and inspected with XPath.  With
 * QUIRE_XHTML_DUMP=DIR set, each output is also saved as DIR/NAME.xhtml
 * so tests/xhtml.sh can run xmllint and epubcheck over them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <ctype.h>
#include <stdint.h>

#include <libxml/parser.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "dates.h"
#include "tests.h"
#include "xhtml.h"

/* ---- helpers ------------------------------------------------------------ */

static void
dump(const char *name, const char *s)
{
	const char	*dir = getenv("QUIRE_XHTML_DUMP");
	char		 path[4096];
	FILE		*f;

	if (dir == NULL || name == NULL)
		return;
	snprintf(path, sizeof(path), "%s/%s.xhtml", dir, name);
	f = fopen(path, "w");
	ck_assert_msg(f != NULL, "cannot write %s", path);
	fputs(s, f);
	fclose(f);
}

/* Render "doc", save it if asked, parse it back (must be well-formed
 * with libxml2's default limits); *out gets the text if wanted. */
static xmlDocPtr
render(const struct qr_doc *doc, const struct qr_options *opt,
    const char *name, char **out)
{
	char		*s = test_render(doc, QR_OUT_XHTML, opt);
	xmlDocPtr	 x;

	dump(name, s);
	x = xmlReadMemory(s, (int)strlen(s), "out.xhtml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	ck_assert_msg(x != NULL, "%s: output is not well-formed XML", name);
	if (out != NULL)
		*out = s;
	else
		free(s);
	return x;
}

static xmlXPathObjectPtr
xp(xmlDocPtr x, const char *expr)
{
	xmlXPathContextPtr	c = xmlXPathNewContext(x);
	xmlXPathObjectPtr	o;

	xmlXPathRegisterNs(c, (const xmlChar *)"h", (const xmlChar *)XHTML_NS);
	o = xmlXPathEvalExpression((const xmlChar *)expr, c);
	ck_assert_msg(o != NULL, "bad XPath %s", expr);
	xmlXPathFreeContext(c);
	return o;
}

static double
xp_num(xmlDocPtr x, const char *expr)
{
	xmlXPathObjectPtr	o = xp(x, expr);
	double			v = xmlXPathCastToNumber(o);

	xmlXPathFreeObject(o);
	return v;
}

/* The string value of "expr" (malloc'd). */
static char *
xp_str(xmlDocPtr x, const char *expr)
{
	xmlXPathObjectPtr	 o = xp(x, expr);
	xmlChar			*v = xmlXPathCastToString(o);
	char			*s = strdup((const char *)v);

	xmlFree(v);
	xmlXPathFreeObject(o);
	return s;
}

#define ck_xp_num(x, expr, want) do {					\
	double _v = xp_num((x), (expr));				\
	ck_assert_msg(_v == (want), "%s = %g, want %g", (expr), _v,	\
	    (double)(want));						\
} while (0)

#define ck_xp_str(x, expr, want) do {					\
	char *_s = xp_str((x), (expr));					\
	ck_assert_msg(strcmp(_s, (want)) == 0, "%s = '%s', want '%s'",	\
	    (expr), _s, (want));					\
	free(_s);							\
} while (0)

static struct qr_node *
para(struct qr_doc *doc, struct qr_node *parent, const char *s)
{
	struct qr_node *p = qr_add_block(doc, parent, QR_PARA);

	qr_add_text(doc, p, s, strlen(s));
	return p;
}

static struct qr_node *
comment(struct qr_doc *doc, struct qr_node *parent, const char *id,
    const char *author, const char *text)
{
	struct qr_node *c = qr_open_comment(doc, parent);

	c->as.comment.id = id;
	c->as.comment.author = author;
	if (text != NULL)
		para(doc, c, text);
	return c;
}

/*
 * Ids are unique NCNames (of the safe kind: ASCII letters, digits, '-',
 * '_', '.'), and every href="#x" names one of them.
 */
static void
check_ids(xmlDocPtr x)
{
	xmlXPathObjectPtr	ids = xp(x, "//@id"), frags;
	xmlNodeSetPtr		ns = ids->nodesetval;
	int			i, n = ns != NULL ? ns->nodeNr : 0;

	for (i = 0; i < n; i++) {
		xmlChar *s = xmlNodeGetContent(ns->nodeTab[i]);

		ck_assert_msg(s[0] != '\0' && strspn((const char *)s,
		    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "0123456789-_.") == strlen((const char *)s) &&
		    strchr("0123456789-.", s[0]) == NULL,
		    "id '%s' is not a plain NCName", s);
		xmlFree(s);
	}
	xmlXPathFreeObject(ids);
	ck_xp_num(x, "count(//*[@id][@id = preceding::*/@id or "
	    "@id = ancestor::*/@id])", 0);
	frags = xp(x, "//@href[starts-with(., '#')]");
	if (frags->nodesetval != NULL)
		for (i = 0; i < frags->nodesetval->nodeNr; i++) {
			xmlChar *h = xmlNodeGetContent(
			    frags->nodesetval->nodeTab[i]);
			char q[600];

			snprintf(q, sizeof(q), "count(//*[@id='%.500s'])",
			    (const char *)h + 1);
			ck_assert_msg(xp_num(x, q) == 1,
			    "fragment %s does not resolve", h);
			xmlFree(h);
		}
	xmlXPathFreeObject(frags);
}

/* Nothing active: no script/iframe/object/embed/form/style/base
 * element, no on* attribute, no style attribute, every href/src one of
 * http(s):, mailto:, #frag or a relative path. */
static void
check_safe(xmlDocPtr x)
{
	xmlXPathObjectPtr	o;
	int			i;

	ck_xp_num(x, "count(//*[local-name()='script' or local-name()="
	    "'iframe' or local-name()='object' or local-name()='embed' or "
	    "local-name()='form' or local-name()='input' or "
	    "local-name()='style' or local-name()='base' or "
	    "local-name()='frame' or local-name()='svg'])", 0);
	ck_xp_num(x, "count(//@*[starts-with(translate(local-name(), 'ON', "
	    "'on'), 'on') or local-name()='style' or local-name()='srcset' "
	    "or local-name()='formaction'])", 0);
	ck_xp_num(x, "count(//h:link[@rel='stylesheet' and "
	    "@href!='quire.css'])", 0);
	o = xp(x, "//@href | //@src");
	if (o->nodesetval != NULL)
		for (i = 0; i < o->nodesetval->nodeNr; i++) {
			char	*u = (char *)xmlNodeGetContent(
			    o->nodesetval->nodeTab[i]);
			size_t	 n = strcspn(u, ":/?#");

			ck_assert_msg(u[n] != ':' ||
			    (n == 4 && strncmp(u, "http", 4) == 0) ||
			    (n == 5 && strncmp(u, "https", 5) == 0) ||
			    (n == 6 && strncmp(u, "mailto", 6) == 0),
			    "unsafe URL '%s'", u);
			ck_assert_msg(strpbrk(u, " \t\n\r\"<>\\") == NULL,
			    "URL not encoded: '%s'", u);
			xmlFree(u);
		}
	xmlXPathFreeObject(o);
}

/* The checks every output must pass. */
static void
check_common(xmlDocPtr x)
{
	xmlNodePtr root = xmlDocGetRootElement(x);
	char *l1, *l2;

	ck_assert_str_eq((const char *)root->name, "html");
	ck_assert_str_eq((const char *)root->ns->href, XHTML_NS);
	l1 = xp_str(x, "/h:html/@lang");
	l2 = xp_str(x, "/h:html/@xml:lang");
	ck_assert_str_eq(l1, l2);
	ck_assert(xh_valid_lang(l1));
	free(l1);
	free(l2);
	ck_xp_num(x, "count(/h:html/h:head/h:title)", 1);
	ck_xp_num(x, "string-length(normalize-space(//h:title)) > 0", 1);
	ck_xp_num(x, "count(//processing-instruction('quire'))", 0);
	ck_xp_num(x, "count(//h:ol/h:ol | //h:ol/h:ul | //h:ul/h:ul)", 0);
	ck_xp_num(x, "count(//h:p//h:p | //h:a//h:a)", 0);
	check_ids(x);
	check_safe(x);
}

/* A post with the usual things and a small thread. */
static struct qr_doc *
sample_doc(void)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *n, *c, *r, *q;

	doc->title = "A post about things";
	doc->author = "Ann Author";
	doc->date = "2017-02-15T09:12:00-05:00";
	doc->url = "https://example.org/2017/02/post/";
	doc->site = "Example Blog";
	doc->language = "en-GB";
	qr_doc_add_tag(doc, "news", 4);
	qr_doc_add_tag(doc, "c&d", 3);
	n = qr_add_block(doc, doc->body, QR_HEADING);
	n->as.level = 2;
	qr_add_text(doc, n, "Intro", 5);
	p = para(doc, doc->body, "Some ");
	n = qr_add_block(doc, p, QR_EMPH);
	qr_add_text(doc, n, "very", 4);
	qr_add_text(doc, p, " text, a ", 9);
	n = qr_add_block(doc, p, QR_LINK);
	n->as.link.href = "/about me/";
	n->as.link.title = "About";
	qr_add_text(doc, n, "link", 4);
	qr_add_block(doc, p, QR_LINEBREAK);
	qr_add_literal(doc, p, QR_CODE, "x<y", 3);
	qr_add_block(doc, doc->body, QR_BREAK);
	n = qr_add_block(doc, doc->body, QR_LIST);
	n->as.list.ordered = 1;
	n->as.list.start = 3;
	para(doc, qr_add_block(doc, n, QR_ITEM), "third");
	para(doc, qr_add_block(doc, n, QR_ITEM), "fourth");
	qr_add_literal(doc, doc->body, QR_CODE_BLOCK, "int x;\n  y();\n", 14);
	q = qr_add_block(doc, doc->body, QR_QUOTE);
	para(doc, q, "Quoted in the post.");
	c = comment(doc, doc->thread, "comment-101", "Steve", NULL);
	c->as.comment.date = "2017-02-15T10:30:00Z";
	c->as.comment.url = "https://example.org/2017/02/post/#comment-101";
	c->as.comment.author_url = "http://steve.example.net/";
	para(doc, c, "Great post.");
	r = comment(doc, c, "comment-102", "Eve", NULL);
	q = qr_add_block(doc, r, QR_QUOTE);
	para(doc, q, "Great post.");
	para(doc, r, "I disagree.");
	comment(doc, r, "comment-103", "Steve", "Why?");
	comment(doc, doc->thread, "comment-104", NULL, "Anonymous words.");
	doc->comments_closed = 1;
	return doc;
}

/* ---- structure ------------------------------------------------------------ */

START_TEST(test_structure)
{
	struct qr_doc	*doc = sample_doc();
	xmlDocPtr	 x = render(doc, NULL, "structure", NULL);

	check_common(x);
	ck_xp_str(x, "/h:html/@lang", "en-GB");
	ck_xp_str(x, "//h:title", "A post about things");
	ck_xp_num(x, "count(/h:html/h:body/h:article)", 1);
	ck_xp_str(x, "//h:article/h:header/h:h1", "A post about things");
	ck_xp_str(x, "//h:header//h:span[@class='author']", "Ann Author");
	ck_xp_str(x, "//h:header//h:time/@datetime",
	    "2017-02-15T09:12:00-05:00");
	ck_xp_str(x, "//h:header//h:a[@class='source']/@href",
	    "https://example.org/2017/02/post/");
	ck_xp_str(x, "//h:header//h:a[@class='source']", "Example Blog");
	ck_xp_str(x, "//h:header/h:p[@class='tags']", "news, c&d");
	ck_xp_str(x, "//h:meta[@name='keywords']/@content", "news, c&d");
	ck_xp_str(x, "//h:link[@rel='stylesheet']/@href", "quire.css");
	/* body: headings go one level down (the title is the h1) */
	ck_xp_str(x, "//h:article/h:h3", "Intro");
	ck_xp_str(x, "//h:article/h:p[1]/h:em", "very");
	ck_xp_str(x, "//h:article/h:p[1]/h:a/@href",
	    "https://example.org/about%20me/");
	ck_xp_str(x, "//h:article/h:p[1]/h:a/@title", "About");
	ck_xp_str(x, "//h:article/h:p[1]/h:code", "x<y");
	ck_xp_num(x, "count(//h:article/h:p[1]/h:br)", 1);
	ck_xp_num(x, "count(//h:article/h:hr)", 1);
	ck_xp_str(x, "//h:article/h:ol/@start", "3");
	ck_xp_num(x, "count(//h:article/h:ol/h:li/h:p)", 2);
	ck_xp_str(x, "//h:article/h:pre", "int x;\n  y();\n");
	ck_xp_str(x, "normalize-space(//h:article/h:blockquote)",
	    "Quoted in the post.");
	/* the thread */
	ck_xp_num(x, "count(//h:section[@class='comments']/h:ol"
	    "[@class='thread'])", 1);
	ck_xp_str(x, "//h:section[@class='comments']/h:h2", "4 comments");
	ck_xp_num(x, "count(//h:li[@class='comment'])", 4);
	ck_xp_num(x, "count(//h:ol[@class='thread']/h:li[@class='comment'])",
	    2);
	ck_xp_str(x, "//h:ol[@class='thread']/h:li[1]/@id", "c-101");
	ck_xp_num(x, "count(//h:li[@class='comment'][not(h:p[1]"
	    "[@class='meta'])])", 0);
	ck_xp_str(x, "//h:li[@id='c-101']/h:p[@class='meta']/h:b/h:a/@href",
	    "http://steve.example.net/");
	ck_xp_str(x, "//h:li[@id='c-101']/h:p[@class='meta']/h:b", "Steve");
	ck_xp_str(x, "//h:li[@id='c-101']/h:p[@class='meta']"
	    "/h:a[@class='permalink']/@href",
	    "https://example.org/2017/02/post/#comment-101");
	ck_xp_str(x, "//h:li[@id='c-101']//h:time/@datetime",
	    "2017-02-15T10:30:00Z");
	/* replies inside their parent's li, in a ul.replies */
	ck_xp_str(x, "//h:li[@id='c-101']/h:ul[@class='replies']"
	    "/h:li/@id", "c-102");
	ck_xp_str(x, "//h:li[@id='c-102']/h:ul[@class='replies']"
	    "/h:li/@id", "c-103");
	ck_xp_str(x, "normalize-space(//h:li[@id='c-102']/h:blockquote)",
	    "Great post.");
	ck_xp_str(x, "//h:li[@id='c-102']/h:p[2]", "I disagree.");
	/* no "in reply to" above the cap */
	ck_xp_num(x, "count(//h:p[@class='meta'][contains(., 'in reply')])",
	    0);
	ck_xp_str(x, "//h:section/h:p[@class='closed']",
	    "Comments are closed.");
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_minimal_and_options)
{
	struct qr_doc		*doc = qr_doc_new();
	struct qr_options	 opt;
	xmlDocPtr		 x;

	/* nothing known: a title still, lang "und", no header, no thread */
	x = render(doc, NULL, "empty", NULL);
	check_common(x);
	ck_xp_str(x, "//h:title", "Untitled");
	ck_xp_str(x, "/h:html/@lang", "und");
	ck_xp_num(x, "count(//h:header | //h:h1 | //h:section)", 0);
	xmlFreeDoc(x);
	qr_doc_free(doc);

	doc = qr_doc_new();
	doc->language = "pt_BR";
	x = render(doc, NULL, NULL, NULL);
	ck_xp_str(x, "/h:html/@xml:lang", "pt-BR");
	xmlFreeDoc(x);
	qr_doc_free(doc);

	doc = sample_doc();
	doc->language = "not a tag";
	doc->title = NULL;
	qr_options_init(&opt);
	opt.no_comments = 1;
	x = render(doc, &opt, "no-comments", NULL);
	check_common(x);
	ck_xp_str(x, "/h:html/@lang", "und");
	ck_xp_str(x, "//h:title", "Example Blog");	/* the site */
	ck_xp_num(x, "count(//h:h1)", 0);
	ck_xp_num(x, "count(//h:section | //h:li[@class='comment'])", 0);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_dates)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;
	xmlDocPtr	 x;

	doc->title = "Dates";
	doc->date = "15 Feb 2017";		/* not ISO: text */
	c = comment(doc, doc->thread, "1", "A", "x");
	c->as.comment.date = "2017-02-15 09:12";
	c = comment(doc, doc->thread, "2", "B", "x");
	c->as.comment.date = "2017-02-15T09:12:00.123456+0100";
	c = comment(doc, doc->thread, "3", "C", "x");
	c->as.comment.date = "2017-02-30";	/* no such day */
	c = comment(doc, doc->thread, "4", NULL, "x");
	c->as.comment.date = "yesterday";
	c->as.comment.url = "javascript:alert(1)";
	x = render(doc, NULL, "dates", NULL);
	check_common(x);
	ck_xp_num(x, "count(//h:header//h:time)", 0);
	ck_xp_str(x, "//h:header//h:span[@class='date']", "15 Feb 2017");
	ck_xp_str(x, "//h:li[@id='c-1']//h:time/@datetime",
	    "2017-02-15T09:12");
	ck_xp_str(x, "//h:li[@id='c-1']//h:time", "2017-02-15 09:12");
	ck_xp_str(x, "//h:li[@id='c-2']//h:time/@datetime",
	    "2017-02-15T09:12:00+01:00");
	ck_xp_str(x, "//h:li[@id='c-3']//h:span[@class='date']",
	    "2017-02-30");
	ck_xp_str(x, "//h:li[@id='c-4']/h:p[@class='meta']", "yesterday");
	ck_xp_num(x, "count(//h:li[@id='c-4']//h:a)", 0);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

/* ---- ids -------------------------------------------------------------------- */

START_TEST(test_ids)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c;
	xmlDocPtr	 x;
	int		 i;

	doc->title = "Ids";
	/* repeated, missing, odd and colliding page ids */
	for (i = 0; i < 5; i++)
		comment(doc, doc->thread, "comment-7", NULL, "dup");
	comment(doc, doc->thread, "comment-7-2", NULL, "collides");
	comment(doc, doc->thread, NULL, NULL, "none");
	comment(doc, doc->thread, "c-1", NULL, "collides with c-1");
	comment(doc, doc->thread, "", NULL, "empty");
	comment(doc, doc->thread, "has space\tand \"quotes\" <&>", NULL, "x");
	comment(doc, doc->thread, "\xc3\xa9t\xc3\xa9", NULL, "non-ASCII");
	comment(doc, doc->thread, "comments", NULL, "section's id");
	comment(doc, doc->thread, "9", NULL, "digit");
	c = comment(doc, doc->thread, "comment-\x01\xff", NULL, "bytes");
	for (i = 0; i < 8; i++)		/* deep: in-reply-to links */
		c = comment(doc, c, "comment-7", NULL, "deep dup");
	x = render(doc, NULL, "ids", NULL);
	check_common(x);
	ck_xp_num(x, "count(//h:li[@class='comment'])", 22);
	ck_xp_num(x, "count(//h:li[@class='comment'][starts-with(@id, "
	    "'c-')])", 22);
	ck_xp_str(x, "//h:ol/h:li[1]/@id", "c-7");
	ck_xp_str(x, "//h:ol/h:li[2]/@id", "c-7-2");
	ck_xp_str(x, "//h:ol/h:li[6]/@id", "c-7-2-2");
	ck_xp_str(x, "//h:ol/h:li[13]/@id", "c-9");
	/* 4 flat replies link to their parents, the 18 others (nothing
	 * known about them) to themselves */
	ck_xp_num(x, "count(//h:p[@class='meta']/h:a[starts-with(@href, "
	    "'#')][. = 'an earlier comment'])", 4);
	ck_xp_num(x, "count(//h:p[@class='meta']/h:a[@class='permalink']"
	    "[@href = concat('#', ../../@id)])", 18);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_ids_unit)
{
	struct xh_ids	 ids;
	char		*a, *b, *c, *d;

	xh_ids_init(&ids);
	xh_ids_take(&ids, "c-5");
	a = xh_ids_comment(&ids, "comment-5");
	b = xh_ids_comment(&ids, "comment-5");
	c = xh_ids_comment(&ids, NULL);
	d = xh_ids_comment(&ids, "div-comment-88");
	ck_assert_str_eq(a, "c-5-2");
	ck_assert_str_eq(b, "c-5-3");
	ck_assert_str_eq(c, "c-1");
	ck_assert_str_eq(d, "c-88");
	free(a);
	free(b);
	free(c);
	free(d);
	xh_ids_free(&ids);
}
END_TEST

/* ---- escaping and hostile strings --------------------------------------- */

START_TEST(test_escaping)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p;
	xmlDocPtr	 x;
	char		*s;

	doc->title = "<script>alert(\"t\")</script> & 'co' ]]>";
	p = para(doc, doc->body, "<script>alert(1)</script> &amp; &nbsp; ]]> "
	    "<!-- x -- y -->");
	(void)p;
	x = render(doc, NULL, "escaping", &s);
	check_common(x);
	ck_xp_str(x, "//h:title", "<script>alert(\"t\")</script> & 'co' ]]>");
	ck_xp_str(x, "//h:article/h:p", "<script>alert(1)</script> &amp; "
	    "&nbsp; ]]> <!-- x -- y -->");
	ck_assert_ptr_null(strstr(s, "<script"));
	ck_assert_ptr_null(strstr(s, "&nbsp;"));
	ck_assert_ptr_null(strstr(s, "<!-- x"));
	free(s);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

/* Strings no field may let through as markup or active URL. */
static const char *const hostile[] = {
	"<script>alert(1)</script>",
	"javascript:alert(1)",
	" JaVaScRiPt:alert(1)",
	"java\tscr\nipt:alert(1)",
	"\x01javascript:alert(1)",
	"vbscript:msgbox(1)",
	"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	"file:///etc/passwd",
	"\" onmouseover=\"alert(1)",
	"' onload='alert(1)",
	"ctl\x01\x02\x08\x0b\x0c\x1b\x7f end",
	"c1 \xc2\x80\xc2\x9f end",
	"nonchar \xef\xbf\xbe \xef\xbf\xbf \xef\xb7\x90 end",
	"bad utf8 \xff\xfe \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 end",
	"]]> <![CDATA[ x ]]> <!-- -- --> &amp; &#0; &#x1;",
	"<iframe src=//evil.example></iframe><form action=x><input></form>",
	"<link rel=stylesheet href=http://evil.example/x.css>",
	"<?xml-stylesheet href='x'?><!DOCTYPE x [<!ENTITY e SYSTEM 'f'>]>&e;",
	"\\\\evil.example\\share",
	"#top",
	"",
	NULL,
};

/* A document with "h" in every string field. */
static struct qr_doc *
hostile_doc(const char *h)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*p, *n, *c, *r;
	int		 i;

	doc->title = doc->author = doc->date = doc->url = doc->site = h;
	doc->language = h;
	qr_doc_add_tag(doc, h, strlen(h));
	p = para(doc, doc->body, h);
	n = qr_add_block(doc, p, QR_LINK);
	n->as.link.href = h;
	n->as.link.title = h;
	qr_add_text(doc, n, h, strlen(h));
	n = qr_add_block(doc, n, QR_IMAGE);	/* an image inside a link */
	n->as.image.src = n->as.image.alt = n->as.image.title = h;
	n = qr_add_block(doc, p, QR_IMAGE);
	n->as.image.src = n->as.image.alt = n->as.image.title = h;
	qr_add_literal(doc, p, QR_CODE, h, strlen(h));
	n = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	n->as.image.src = n->as.image.alt = n->as.image.title = h;
	qr_add_literal(doc, doc->body, QR_CODE_BLOCK, h, strlen(h));
	n = qr_add_block(doc, doc->body, QR_HEADING);
	n->as.level = 9;
	qr_add_text(doc, n, h, strlen(h));
	c = doc->thread;
	for (i = 0; i < 7; i++) {
		c = r = qr_open_comment(doc, c);
		r->as.comment.id = r->as.comment.author = h;
		r->as.comment.author_url = r->as.comment.date = h;
		r->as.comment.url = h;
		para(doc, r, h);
	}
	return doc;
}

START_TEST(test_hostile)
{
	int i;

	for (i = 0; hostile[i] != NULL; i++) {
		struct qr_doc		*doc = hostile_doc(hostile[i]);
		struct qr_options	 opt;
		xmlDocPtr		 x;
		char			 name[32], *s;
		int			 keep;

		for (keep = 0; keep < 2; keep++) {
			qr_options_init(&opt);
			opt.remote_images = keep;
			/* only the default goes to epubcheck, which
			 * rejects remote images */
			snprintf(name, sizeof(name), "hostile-%02d", i);
			x = render(doc, &opt, keep ? NULL : name, &s);
			check_common(x);
			ck_assert_msg(strcasestr(s, "javascript:") == NULL ||
			    strstr(s, "href=\"javascript") == NULL,
			    "%s", name);
			ck_xp_num(x, "count(//@*[contains(translate(., "
			    "'JAVSCRIPTB', 'javscriptb'), 'javascript:') or "
			    "contains(translate(., 'VBSCRIPT', 'vbscript'), "
			    "'vbscript:') or starts-with(., 'data:') or "
			    "starts-with(., 'file:')][local-name()='href' or "
			    "local-name()='src'])", 0);
			ck_xp_num(x, "count(//h:li[@class='comment'])", 7);
			free(s);
			xmlFreeDoc(x);
		}
		qr_doc_free(doc);
	}
}
END_TEST

/* ---- URLs -------------------------------------------------------------------- */

START_TEST(test_urls)
{
	static const struct {
		const char		*in, *base, *out;
		enum xh_url_kind	 kind;
	} t[] = {
		{ "https://example.org/a b", NULL, "https://example.org/a%20b",
		    XH_URL_REMOTE },
		{ "HTTP://Example.org/", NULL, "http://Example.org/",
		    XH_URL_REMOTE },
		{ "http://h/\xc3\xbc?q=\"x\"#f#g", NULL,
		    "http://h/%C3%BC?q=%22x%22#f%23g", XH_URL_REMOTE },
		{ "http://h/100%", NULL, "http://h/100%25", XH_URL_REMOTE },
		{ "http://h/%7e", NULL, "http://h/%7e", XH_URL_REMOTE },
		{ "http://[::1]:80/[x]", NULL, "http://[::1]:80/%5Bx%5D",
		    XH_URL_REMOTE },
		{ "  http://h/x\n", NULL, "http://h/x", XH_URL_REMOTE },
		{ "ht\ntp://h/", NULL, "http://h/", XH_URL_REMOTE },
		{ "http:/nohost", NULL, NULL, XH_URL_REFUSED },
		{ "http://", NULL, NULL, XH_URL_REFUSED },
		{ "mailto:a@b.example?subject=Hi there", NULL,
		    "mailto:a@b.example?subject=Hi%20there", XH_URL_MAILTO },
		{ "mailto:", NULL, NULL, XH_URL_REFUSED },
		{ "javascript:alert(1)", NULL, NULL, XH_URL_REFUSED },
		{ "JAVASCRIPT:alert(1)", NULL, NULL, XH_URL_REFUSED },
		{ "\x01 javascript:x", NULL, NULL, XH_URL_REFUSED },
		{ "jav\tascript:x", NULL, NULL, XH_URL_REFUSED },
		{ "vbscript:x", NULL, NULL, XH_URL_REFUSED },
		{ "data:image/png;base64,AAAA", NULL, NULL, XH_URL_REFUSED },
		{ "ftp://h/x", NULL, NULL, XH_URL_REFUSED },
		/* a path "jav&" and a fragment: harmless */
		{ "jav&#x09;ascript:x", NULL, "jav&#x09;ascript:x",
		    XH_URL_LOCAL },
		{ "#frag", "http://h/", NULL, XH_URL_REFUSED },
		{ "", NULL, NULL, XH_URL_REFUSED },
		{ "a/b c.png", NULL, "a/b%20c.png", XH_URL_LOCAL },
		{ "a/b c.png", "https://h/d/e.html", "https://h/d/a/b%20c.png",
		    XH_URL_REMOTE },
		{ "/x?y", "https://h/d/e.html", "https://h/x?y",
		    XH_URL_REMOTE },
		{ "../../../x", "https://h/d/e.html", "https://h/x",
		    XH_URL_REMOTE },
		{ "//cdn.example/i.png", NULL, "https://cdn.example/i.png",
		    XH_URL_REMOTE },
		{ "//cdn.example/i.png", "http://h/", "http://cdn.example/i.png",
		    XH_URL_REMOTE },
		{ "x", "javascript:alert(1)", "x", XH_URL_LOCAL },
		{ "\\\\evil\\x", NULL, "%5C%5Cevil%5Cx", XH_URL_LOCAL },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char *out;
		enum xh_url_kind k = xh_url(t[i].in, t[i].base, &out);

		ck_assert_msg(k == t[i].kind, "%s: kind %d, want %d", t[i].in,
		    k, t[i].kind);
		if (t[i].out == NULL)
			ck_assert_ptr_null(out);
		else
			ck_assert_msg(out != NULL && strcmp(out, t[i].out) == 0,
			    "%s -> %s, want %s", t[i].in, out, t[i].out);
		free(out);
	}
}
END_TEST

START_TEST(test_images)
{
	struct qr_doc		*doc = qr_doc_new();
	struct qr_options	 opt;
	struct qr_node		*n, *p;
	xmlDocPtr		 x;

	doc->title = "Images";
	n = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	n->as.image.src = "https://img.example/a cat.jpg";
	n->as.image.alt = "A cat";
	n = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	n->as.image.src = "images/local.png";
	n = qr_add_block(doc, doc->body, QR_IMAGE_BLOCK);
	n->as.image.src = "data:image/png;base64,AAAA";
	n->as.image.alt = "inline data";
	p = para(doc, doc->body, "See ");
	n = qr_add_block(doc, p, QR_LINK);
	n->as.link.href = "https://img.example/big.jpg";
	n = qr_add_block(doc, n, QR_IMAGE);
	n->as.image.src = "https://img.example/thumb.jpg";
	x = render(doc, NULL, "images", NULL);
	check_common(x);
	ck_xp_num(x, "count(//h:img[starts-with(@src, 'http')])", 0);
	ck_xp_str(x, "//h:figure[1]/h:a[@class='image']/@href",
	    "https://img.example/a%20cat.jpg");
	ck_xp_str(x, "//h:figure[1]/h:a[@class='image']", "A cat");
	/* a relative image with no base: not in the book, so no <img> */
	ck_xp_num(x, "count(//h:figure)", 2);
	ck_xp_str(x, "//h:figure[2]", "inline data");
	ck_xp_num(x, "count(//h:figure[2]/*[@src or @href])", 0);
	/* the image in a link: its text, not a second link */
	ck_xp_str(x, "//h:article/h:p/h:a", "[image]");
	ck_xp_num(x, "count(//h:article/h:p//h:a)", 1);
	xmlFreeDoc(x);

	qr_options_init(&opt);
	opt.remote_images = 1;
	x = render(doc, &opt, NULL, NULL);
	check_common(x);
	ck_xp_str(x, "//h:figure[1]/h:img/@src",
	    "https://img.example/a%20cat.jpg");
	ck_xp_str(x, "//h:figure[1]/h:img/@alt", "A cat");
	ck_xp_str(x, "//h:figure[2]/h:img/@src", "images/local.png");
	ck_xp_str(x, "//h:figure[2]/h:img/@alt", "");
	ck_xp_num(x, "count(//h:figure[3]/h:img)", 0);
	xmlFreeDoc(x);

	/* with a base URL the relative one resolves: a link to it */
	opt.remote_images = 0;
	opt.base_url = "https://blog.example/2017/post.html";
	x = render(doc, &opt, "images-base", NULL);
	check_common(x);
	ck_xp_str(x, "//h:figure[2]/h:a[@class='image']/@href",
	    "https://blog.example/2017/images/local.png");
	ck_xp_str(x, "//h:figure[2]/h:a", "[image]");
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

/* ---- templates --------------------------------------------------------------- */

static char *
write_tmp(const char *content)
{
	char	*path = strdup("/tmp/quire-tpl-XXXXXX");
	int	 fd = mkstemp(path);
	FILE	*f;

	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs(content, f);
	fclose(f);
	return path;
}

/* Write the sample with template text "tpl"; returns the status and
 * fills "err" (and *out, if not NULL and it worked). */
static enum qr_status
with_template(const char *tpl, struct qr_error *err, char **out)
{
	struct qr_doc		*doc = sample_doc();
	struct qr_options	 opt;
	char			*path = write_tmp(tpl), *s = NULL;
	size_t			 len = 0;
	FILE			*f = open_memstream(&s, &len);
	enum qr_status		 st;

	qr_options_init(&opt);
	opt.template_path = path;
	st = qr_write(doc, QR_OUT_XHTML, f, &opt, err);
	fclose(f);
	if (out != NULL && st == QR_OK)
		*out = s;
	else
		free(s);
	if (st != QR_OK)
		ck_assert_msg(strstr(err->msg, path) != NULL,
		    "message does not name the template: %s", err->msg);
	unlink(path);
	free(path);
	qr_doc_free(doc);
	return st;
}

#define HTML_OPEN "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"

START_TEST(test_template_errors)
{
	static const struct {
		const char	*tpl;
		unsigned	 line;
		const char	*msg;
	} t[] = {
		{ HTML_OPEN "<head><title><?quire title?></title>\n"
		  "</head><body>\n<p><?quire body?></div>\n</body></html>\n",
		  4, "mismatch" },
		{ HTML_OPEN "<head><title>x</title></head>\n<body>\n"
		  "<?quire bodyy?>\n</body></html>\n", 4, "unknown placeholder" },
		{ HTML_OPEN "<head><title>x</title></head>\n<body>\n"
		  "<p>no placeholder</p>\n</body></html>\n", 0,
		  "no <?quire body?>" },
		{ HTML_OPEN "<head><title>x</title><?quire body?></head>\n"
		  "<body/></html>\n", 2, "must be inside <body>" },
		{ HTML_OPEN "<head><title>x</title></head>\n<body>\n"
		  "<?quire body?>\n<?quire body?>\n</body></html>\n", 5,
		  "appears twice" },
		{ "<!DOCTYPE html [\n<!ENTITY e SYSTEM \"file:///etc/passwd\">\n"
		  "]>\n" HTML_OPEN "<head><title>&e;</title></head><body>"
		  "<?quire body?></body></html>\n", 0, "declares entities" },
		{ "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" "
		  "\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n"
		  HTML_OPEN "<head><title>a&nbsp;b</title></head>\n<body>"
		  "<?quire body?></body></html>\n", 3, "entity reference" },
		{ "<html><head/><body><?quire body?></body></html>\n", 1,
		  "root element" },
		{ "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", 1,
		  "root element" },
		{ "", 1, "empty" },
		{ "\n\n\n<html", 4, "" },
	};
	struct qr_error	err;
	size_t		i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		memset(&err, 0, sizeof(err));
		ck_assert_msg(with_template(t[i].tpl, &err, NULL) ==
		    QR_ERR_TEMPLATE, "template %zu accepted", i);
		ck_assert_msg(err.line == t[i].line, "template %zu: line %u, "
		    "want %u (%s)", i, err.line, t[i].line, err.msg);
		ck_assert_msg(strstr(err.msg, t[i].msg) != NULL,
		    "template %zu: '%s' lacks '%s'", i, err.msg, t[i].msg);
	}
	/* a missing file */
	{
		struct qr_doc		*doc = qr_doc_new();
		struct qr_options	 opt;
		FILE			*f = fopen("/dev/null", "w");

		qr_options_init(&opt);
		opt.template_path = "/nonexistent/quire/post.xhtml";
		ck_assert_int_eq(qr_write(doc, QR_OUT_XHTML, f, &opt, &err),
		    QR_ERR_TEMPLATE);
		ck_assert_ptr_nonnull(strstr(err.msg,
		    "/nonexistent/quire/post.xhtml"));
		ck_assert_ptr_nonnull(strstr(err.msg, "No such file"));
		fclose(f);
		qr_doc_free(doc);
	}
}
END_TEST

START_TEST(test_template_custom)
{
	struct qr_error	 err;
	xmlDocPtr	 x;
	char		*s = NULL;

	/* the user's own ids are kept clear of; title twice; no
	 * stylesheet or head placeholder; other PIs and comments kept */
	ck_assert_msg(with_template(
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" "
	    "\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n"
	    "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" "
	    "xml:lang=\"fr\">\n"
	    "<head><title>Archive: <?quire title?></title></head>\n"
	    "<body><p id=\"c-101\">Mine.</p><div id=\"comments\"/>\n"
	    "<h1 class=\"mine\"><?quire title ?></h1>\n"
	    "<!-- kept -->\n"
	    "<main><?quire body?></main><?quire comments?>\n"
	    "</body></html>\n", &err, &s) == QR_OK, "%s", err.msg);
	x = xmlReadMemory(s, (int)strlen(s), "t.xhtml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(x);
	check_common(x);
	ck_assert_ptr_null(strstr(s, "XHTML 1.1"));
	ck_assert_ptr_nonnull(strstr(s, "<!DOCTYPE html>"));
	ck_assert_ptr_nonnull(strstr(s, "<!-- kept -->"));
	ck_xp_str(x, "//h:title", "Archive: A post about things");
	ck_xp_str(x, "//h:h1[@class='mine']", "A post about things");
	ck_xp_str(x, "/h:html/@lang", "en-GB");	/* the page's language */
	ck_xp_str(x, "//h:main/h:h3", "Intro");
	ck_xp_num(x, "count(//h:li[@id='c-101'])", 0);
	ck_xp_num(x, "count(//h:li[@id='c-101-2'])", 1);
	ck_xp_num(x, "count(//h:section[@id])", 0);
	ck_xp_num(x, "count(//h:link)", 0);
	xmlFreeDoc(x);
	free(s);
}
END_TEST

/* ---- depth --------------------------------------------------------------------- */

/* A chain of "depth" replies, each quoting the one before. */
static struct qr_doc *
chain_doc(unsigned depth)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*c = doc->thread;
	unsigned	 i;
	char		 name[32];

	doc->title = "A long argument";
	for (i = 0; i < depth; i++) {
		c = qr_open_comment(doc, c);
		ck_assert_ptr_nonnull(c);
		snprintf(name, sizeof(name), "Person %u", i % 7);
		c->as.comment.author = qr_doc_strdup(doc, name);
		snprintf(name, sizeof(name), "comment-%u", i);
		c->as.comment.id = qr_doc_strdup(doc, name);
		c->as.comment.date = "2017-02-15T09:12";
		para(doc, qr_add_block(doc, c, QR_QUOTE), "You said so.");
		para(doc, c, "No, I did not.");
	}
	return doc;
}

/* Deep enough to pass the cap and libxml2's 256 levels many times over
 * (the 100,000-deep chain through every writer is check_hostile.c's;
 * this one checks the structure, in a tenth of the time). */
#define DEEP 5000u

START_TEST(test_deep_chain)
{
	struct qr_doc	*doc = chain_doc(DEEP);
	xmlDocPtr	 x = render(doc, NULL, NULL, NULL);
	char		 path[128], want[32];

	/* it parsed with libxml2's default 256-level limit, and: */
	ck_xp_num(x, "count(//h:li[@class='comment'])", DEEP);
	ck_xp_num(x, "count(//h:ul[@class='replies'])", 4);
	ck_xp_num(x, "count(//h:ul[count(ancestor::h:ul) >= 4])", 0);
	ck_xp_num(x, "count(//h:li[@class='comment'][count(ancestor::h:ul)"
	    " = 4])", DEEP - 4);
	ck_xp_num(x, "count(//h:p[@class='meta'][contains(., "
	    "'in reply to')])", DEEP - 5);
	/* the last one answers the one before it, by name and link */
	snprintf(path, sizeof(path), "//h:li[@id='c-%u']/h:p[@class='meta']"
	    "/h:a", DEEP - 1);
	snprintf(want, sizeof(want), "Person %u", (DEEP - 2) % 7);
	ck_xp_str(x, path, want);
	strcat(path, "/@href");
	snprintf(want, sizeof(want), "#c-%u", DEEP - 2);
	ck_xp_str(x, path, want);
	ck_xp_str(x, "//h:li[@id='c-4']/h:p[@class='meta']", "Person 4"
	    " \xc2\xb7 2017-02-15 09:12");
	ck_xp_str(x, "//h:li[@id='c-5']/h:p[@class='meta']", "Person 5"
	    " \xc2\xb7 2017-02-15 09:12 \xc2\xb7 in reply to Person 4");
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_chain)
{
	struct qr_doc	*doc = chain_doc(12);
	xmlDocPtr	 x = render(doc, NULL, "chain-12", NULL);

	check_common(x);
	ck_xp_num(x, "count(//h:ul[@class='replies'])", 4);
	ck_xp_num(x, "count(//h:p[@class='meta'][contains(., "
	    "'in reply to')])", 12 - 5);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

/* Quotes, lists and emphasis 10,000 deep (a hostile page) stop nesting
 * at a cap: the output stays within libxml2's default 256 levels, and
 * no text is lost. */
START_TEST(test_deep_blocks)
{
	struct qr_doc	*doc = qr_doc_new();
	struct qr_node	*q, *c, *p, *l;
	xmlDocPtr	 x;
	int		 i;

	doc->title = "Deep blocks";
	for (c = doc->body, i = 0; i < 2; i++) {
		q = c;
		for (int d = 0; d < 10000; d++) {
			q = qr_add_block(doc, q, d % 3 == 2 ? QR_LIST :
			    QR_QUOTE);
			if (q->kind == QR_LIST) {
				para(doc, qr_add_block(doc, q, QR_ITEM), "item");
				q = qr_add_block(doc, q, QR_ITEM);
			}
		}
		p = para(doc, q, "bottom ");
		for (int d = 0; d < 10000; d++)
			p = qr_add_block(doc, p, d % 2 ? QR_EMPH : QR_STRONG);
		qr_add_text(doc, p, "deepest", 7);
		l = qr_add_block(doc, p, QR_LINK);
		l->as.link.href = "https://example.org/";
		qr_add_text(doc, l, " link", 5);
		para(doc, c, "after");
		c = comment(doc, doc->thread, "1", "Ann", NULL);
	}
	x = render(doc, NULL, "deep-blocks", NULL);
	check_common(x);
	ck_xp_num(x, "count(//h:p[.='bottom deepest link'])", 2);
	ck_xp_num(x, "count(//h:p[.='after'])", 2);
	ck_xp_num(x, "count(//h:p[.='item'])", 2 * 3333);
	ck_xp_num(x, "count(//*[count(ancestor::h:blockquote | "
	    "ancestor::h:ul[not(@class)] | ancestor::h:li[not(@class)]) "
	    "> 32])", 0);
	ck_xp_num(x, "count(//h:p[.='bottom deepest link'][count("
	    "ancestor::h:blockquote | ancestor::h:ul[not(@class)] | "
	    "ancestor::h:li[not(@class)]) = 32])", 2);
	ck_xp_num(x, "count(//*[count(ancestor::h:em | ancestor::h:strong | "
	    "ancestor::h:a) > 32])", 0);
	ck_xp_num(x, "count(//h:ul[not(h:li)] | //h:ul/text()[normalize-space()])",
	    0);
	xmlFreeDoc(x);
	qr_doc_free(doc);
}
END_TEST

/* ---- the fast paths against what they stand for -------------------------- */

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static const char *const fp_pieces[] = {
	"a", "word", " ", "\n", "\t", "\r", "<", ">", "&", "\"", "'", "&amp;",
	"\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80", "]]>", "--", "0",
	"\x01", "\x7f", "\xc2\x85", "\xef\xbf\xbe", "longer words here",
};
#define FP_NPIECES (sizeof(fp_pieces) / sizeof(fp_pieces[0]))

/* A random string of up to "max" pieces into b (cleared). */
static const char *
fp_string(struct qr_buf *b, uint32_t *seed, unsigned max, int clean)
{
	unsigned i, n = lcg(seed) % (max + 1);

	qr_buf_clear(b);
	for (i = 0; i < n; i++) {
		const char *p = fp_pieces[lcg(seed) % FP_NPIECES];

		if (clean && (p[0] == '\x01' || p[0] == '\x7f' ||
		    strcmp(p, "\xc2\x85") == 0 || strcmp(p, "\xef\xbf\xbe") == 0))
			continue;
		qr_buf_puts(b, p);
	}
	return qr_buf_cstr(b);
}

static int
fp_to_buf(void *ctx, const char *buf, int len)
{
	qr_buf_put(ctx, buf, (size_t)len);
	return len;
}

static int
fp_close(void *ctx)
{
	(void)ctx;
	return 0;
}

/* Random trees written by xh_out and built and saved by libxml2's
 * XML saver (as the writer saved its whole tree before) give the same
 * bytes: elements with and without children, classes, attributes and
 * text with everything the escaping handles, a namespace prefix or
 * none, and the held <ul> end tags. */
START_TEST(test_out_vs_saver)
{
	static const char *const names[] = { "p", "ul", "li", "a", "em", "br",
	    "span", "ol", "b" };
	static const char *const classes[] = { NULL, NULL, "comment", "a b",
	    "replies" };
	static const char *const attrs[] = { "href", "title", "id" };
	uint32_t	 seed = 11;
	struct qr_buf	 str = { 0 };
	int		 trial;

	for (trial = 0; trial < 3000; trial++) {
		const char	*prefix = trial % 3 == 0 ? "h" : NULL;
		xmlDocPtr	 d = xmlNewDoc((const xmlChar *)"1.0");
		xmlNodePtr	 root = xmlNewDocNode(d, NULL,
				    (const xmlChar *)"r", NULL), cur = root;
		xmlNsPtr	 ns;
		struct qr_buf	 frag = { 0 }, saved = { 0 }, want = { 0 };
		struct xh_out	 o;
		xmlSaveCtxtPtr	 save;
		int		 hold[64] = { 0 }, depth = 0, ops, k;

		xmlDocSetRootElement(d, root);
		ns = xmlNewNs(root, (const xmlChar *)XHTML_NS,
		    (const xmlChar *)prefix);
		xmlSetNs(root, ns);
		xh_out_begin(&o, &frag, prefix);
		xh_out_open(&o, "r", NULL);
		xh_out_attr(&o, prefix != NULL ? "xmlns:h" : "xmlns", XHTML_NS);
		for (ops = lcg(&seed) % 40; ops > 0; ops--) {
			uint32_t r = lcg(&seed) % 10;

			if (r < 4 && depth < 60) {
				const char *name = names[lcg(&seed) % 9];
				const char *cls = classes[lcg(&seed) % 5];
				xmlNodePtr n = xmlNewDocNode(d, ns,
				    (const xmlChar *)name, NULL);
				unsigned na = lcg(&seed) % 3, a;

				xh_out_open(&o, name, cls);
				if (cls != NULL)
					xmlNewProp(n, (const xmlChar *)"class",
					    (const xmlChar *)cls);
				for (a = 0; a < na; a++) {
					const char *v = fp_string(&str, &seed,
					    4, 1);

					xh_out_attr(&o, attrs[a], v);
					xmlNewProp(n, (const xmlChar *)attrs[a],
					    (const xmlChar *)v);
				}
				xmlAddChild(cur, n);
				cur = n;
				depth++;
				hold[depth] = lcg(&seed) % 2;
				if (hold[depth])
					xh_out_hold_ul(&o);
			} else if (r < 7) {
				const char *t = fp_string(&str, &seed, 5, 1);

				xh_out_text(&o, t);
				xmlAddChild(cur, xmlNewDocText(d,
				    (const xmlChar *)t));
			} else if (depth > 0) {
				/* the writer's comment_exit() */
				if (hold[depth] && xh_out_reopen_held(&o)) {
					ck_assert_ptr_nonnull(cur->last);
					ck_assert_str_eq((const char *)
					    cur->last->name, "ul");
					xh_out_text(&o, "\n");
					xh_out_close(&o);
					xmlAddChild(cur->last, xmlNewDocText(d,
					    (const xmlChar *)"\n"));
				} else if (hold[depth])
					ck_assert(cur->last == NULL ||
					    cur->last->type != XML_ELEMENT_NODE ||
					    strcmp((const char *)cur->last->name,
					    "ul") != 0);
				xh_out_close(&o);
				cur = cur->parent;
				depth--;
			}
		}
		xh_out_end(&o);
		save = xmlSaveToIO(fp_to_buf, fp_close, &saved, "UTF-8",
		    XML_SAVE_AS_XML | XML_SAVE_NO_XHTML);
		ck_assert_ptr_nonnull(save);
		ck_assert_int_ge(xmlSaveDoc(save, d), 0);
		xmlSaveClose(save);
		qr_buf_puts(&want, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		qr_buf_put(&want, frag.data, frag.len);
		qr_buf_putc(&want, '\n');
		k = saved.len == want.len &&
		    memcmp(saved.data, want.data, want.len) == 0;
		ck_assert_msg(k, "trial %d:\nsaver: %s\nxh_out: %s", trial,
		    qr_buf_cstr(&saved), qr_buf_cstr(&want));
		qr_buf_free(&frag);
		qr_buf_free(&saved);
		qr_buf_free(&want);
		xmlFreeDoc(d);
	}
	qr_buf_free(&str);
}
END_TEST

/* xh_plain_len() (SSE2 then bytes) against a byte loop; what it passes
 * xh_clean_text() leaves as it is. */
START_TEST(test_plain_len)
{
	uint32_t	seed = 5;
	struct qr_buf	str = { 0 };
	int		i;

	for (i = 0; i < 100000; i++) {
		const char	*s = fp_string(&str, &seed, 12, 0);
		size_t		 len = strlen(s), want, got;
		char		*c;

		for (want = 0; want < len; want++) {
			unsigned char b = (unsigned char)s[want];

			if (!((b >= 0x20 && b < 0x7f && b != '<' && b != '>' &&
			    b != '&') || b == '\t' || b == '\n'))
				break;
		}
		got = xh_plain_len(s, len);
		ck_assert_msg(got == want, "'%s': %zu, not %zu", s, got, want);
		c = xh_clean_text(s);
		if (got == len)
			ck_assert_str_eq(c, s);
		free(c);
	}
	qr_buf_free(&str);
}
END_TEST

/* xh_datetime() as it was: qr_date_from_iso() and snprintf(). */
static int
datetime_slow(const char *date, char iso[48], char show[48])
{
	char out[QR_DATE_MAX];

	if (date == NULL || !qr_date_from_iso(date, out))
		return 0;
	if (strlen(out) >= 19 && out[16] == ':' && out[17] == '6')
		return 0;
	snprintf(iso, 48, "%s", out);
	if (strlen(out) > 10)
		snprintf(show, 48, "%.10s %.5s", out, out + 11);
	else
		snprintf(show, 48, "%s", out);
	return 1;
}

START_TEST(test_datetime_fast)
{
	static const char *const ys[] = { "1899", "1900", "2000", "2017",
	    "2100", "2200", "2201", "20x7" };
	static const char *const ts[] = { "", "T09:12", " 09:12", "T23:59",
	    "T24:00", "T09:60", "T9:12", "T09:12:05", "T09:12:60",
	    "T09:12:61", "T09:12:05.123", "T09:12Z", "T09:12:05+01:00",
	    "T09:12-14:00", "T09:12+15:00", "T09:12+0100", "T09:12+01",
	    "T09:12+01:60", "T09:12:05Z ", "Tx", "T09:12:0" };
	char		 d[96], i1[48], s1[48], i2[48], s2[48];
	size_t		 y, t;
	int		 m, day, r1, r2, lead, n = 0;

	for (y = 0; y < sizeof(ys) / sizeof(ys[0]); y++)
		for (m = 0; m <= 13; m++)
			for (day = 0; day <= 32; day++)
				for (t = 0; t < sizeof(ts) / sizeof(ts[0]); t++)
					for (lead = 0; lead < 2; lead++) {
		snprintf(d, sizeof(d), "%s%s-%02d-%02d%s", lead ? " " : "",
		    ys[y], m, day, ts[t]);
		memset(i1, 'x', 48);
		memset(i2, 'x', 48);
		r1 = xh_datetime(d, i1, s1);
		r2 = datetime_slow(d, i2, s2);
		ck_assert_msg(r1 == r2, "'%s': %d, not %d", d, r1, r2);
		if (r1) {
			ck_assert_str_eq(i1, i2);
			ck_assert_str_eq(s1, s2);
			n++;
		}
	}
	ck_assert_int_gt(n, 1000);
	ck_assert_int_eq(xh_datetime(NULL, i1, s1), 0);
	ck_assert_int_eq(xh_datetime("2017-02-29", i1, s1), 0);
	ck_assert_int_eq(xh_datetime("2016-02-29", i1, s1), 1);
}
END_TEST

/* The old encoder, a byte at a time. */
static void
url_encode_slow(struct qr_buf *b, const char *u, size_t len, size_t auth_end)
{
	static const char	 hex[] = "0123456789ABCDEF";
	size_t			 i;
	int			 frag = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)u[i];
		int enc = c <= 0x20 || c >= 0x7F || strchr("\"<>\\^`{|}", c);

		if (c == '%' && !(i + 2 < len && isxdigit((unsigned char)u[i + 1]) &&
		    isxdigit((unsigned char)u[i + 2])))
			enc = 1;
		if ((c == '[' || c == ']') && i >= auth_end)
			enc = 1;
		if (c == '#') {
			enc = frag;
			frag = 1;
		}
		if (enc) {
			qr_buf_putc(b, '%');
			qr_buf_putc(b, hex[c >> 4]);
			qr_buf_putc(b, hex[c & 15]);
		} else
			qr_buf_putc(b, c);
	}
}

/* xh_url()'s encoding in runs against the old one, byte by byte, on
 * every printable ASCII character and random URLs. */
START_TEST(test_url_runs)
{
	static const char *const parts[] = { "a", "/", "%", "%4", "%41",
	    "%zz", "#", "[", "]", "\"", "<", ">", "\\", "^", "`", "{", "|",
	    "}", "~", "\xc3\xa9", " ", "&", "?", "=", "'", "\t", "\n", "\r",
	    "%2F", "[::1]", ":", "@", "!", "$", "(", ")", "*", "+", ",", ";" };
	uint32_t	seed = 3;
	struct qr_buf	path = { 0 }, want = { 0 }, bare = { 0 };
	int		i, c;

	for (i = 0; i < 20000; i++) {
		unsigned	 n = lcg(&seed) % 10, k;
		const char	*host = i % 2 ? "ex.org" : "[::1]:8080";
		char		*got;
		size_t		 j;

		qr_buf_clear(&path);
		qr_buf_clear(&bare);
		qr_buf_puts(&path, i % 4 < 2 ? "http://" : "HTTPS://");
		qr_buf_puts(&path, host);
		qr_buf_putc(&path, '/');
		for (k = 0; k < n; k++)
			qr_buf_puts(&path, parts[lcg(&seed) %
			    (sizeof(parts) / sizeof(parts[0]))]);
		qr_buf_putc(&path, 'z');
		if (i % 5 == 0) {
			/* characters of every kind, once each */
			for (c = 0x21; c < 0x7f; c++)
				qr_buf_putc(&path, c);
			qr_buf_putc(&path, 'z');
		}
		qr_buf_cstr(&path);
		/* what browsers ignore goes first: TAB, LF, CR */
		for (j = 0; j < path.len; j++)
			if (path.data[j] != '\t' && path.data[j] != '\n' &&
			    path.data[j] != '\r')
				qr_buf_putc(&bare, path.data[j]);
		qr_buf_cstr(&bare);
		qr_buf_clear(&want);
		j = i % 4 < 2 ? 4 : 5;
		qr_buf_puts(&want, j == 4 ? "http" : "https");
		url_encode_slow(&want, bare.data + j, bare.len - j,
		    3 + strlen(host));
		qr_buf_cstr(&want);
		ck_assert_int_eq(xh_url(path.data, NULL, &got), XH_URL_REMOTE);
		ck_assert_msg(strcmp(got, want.data) == 0, "'%s': '%s', not "
		    "'%s'", path.data, got, want.data);
		free(got);
		/* the same as a relative one ("//..." is scheme-relative) */
		if (bare.data[j + 3 + strlen(host) + 1] == '/')
			continue;
		ck_assert_int_eq(xh_url(bare.data + j + 3 + strlen(host), NULL,
		    &got), XH_URL_LOCAL);
		qr_buf_clear(&want);
		url_encode_slow(&want, bare.data + j + 3 + strlen(host),
		    strlen(bare.data + j + 3 + strlen(host)), 0);
		ck_assert_str_eq(got, qr_buf_cstr(&want));
		free(got);
	}
	qr_buf_free(&path);
	qr_buf_free(&want);
	qr_buf_free(&bare);
}
END_TEST


Suite *
suite_xhtml(void)
{
	Suite	*s = suite_create("xhtml");
	TCase	*tc = tcase_create("xhtml");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_structure);
	tcase_add_test(tc, test_minimal_and_options);
	tcase_add_test(tc, test_dates);
	tcase_add_test(tc, test_ids);
	tcase_add_test(tc, test_ids_unit);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_hostile);
	tcase_add_test(tc, test_urls);
	tcase_add_test(tc, test_images);
	tcase_add_test(tc, test_template_errors);
	tcase_add_test(tc, test_template_custom);
	tcase_add_test(tc, test_chain);
	tcase_add_test(tc, test_deep_blocks);
	suite_add_tcase(s, tc);
	/* the fast paths against the slow ones, apart as well */
	tc = tcase_create("fastpaths");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_out_vs_saver);
	tcase_add_test(tc, test_plain_len);
	tcase_add_test(tc, test_datetime_fast);
	tcase_add_test(tc, test_url_runs);
	suite_add_tcase(s, tc);
	/* apart, so tests/xhtml.sh can leave it out (CK_RUN_CASE=xhtml) */
	tc = tcase_create("deep");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_deep_chain);
	suite_add_tcase(s, tc);
	return s;
}
