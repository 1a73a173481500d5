/*
 * check_html_tree.c -- the arena tree (html_tree.c) is libxml2's tree:
 * every page we have and a set of nasty snippets are parsed by both
 * builders, libxml2's SAX2 handlers (as read_html.c parsed before the
 * arena) and ours, and the two trees are compared node by node (type,
 * name, content, line, attributes in order with their values, the
 * order of children), without recursion.  The arena tree's links are
 * checked too (prev/next/parent/last agree, every node's doc).
 *
 * Attribute values are compared as strings: ours are no text nodes
 * (html_tree.h); ours has no comments, so libxml2's are skipped (and
 * the text nodes around them must still be two).  Left out of the
 * comparison, as html_tree.c says: xmlNs declarations
 * (libxml2 invents one per prefixed tag name), xmlAttr.atype (its id
 * table), and the default DTD (both parse with HTML_PARSE_NODEFDTD).
 */
#include <sys/mman.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "html.h"
#include "html_tree.h"

#include "tree_compare.h"

static void
compare(const char *label, const char *buf, size_t len)
{
	xmlDocPtr	 ra = ref_parse(buf, len), rb = own_parse(buf, len);
	char		 diff[DIFF_MAX];
	size_t		 n;
	int		 bad = trees_differ(ra, rb, diff, &n);

	xmlFreeDoc(ra);
	qr_html_tree_free(rb);
	ck_assert_msg(!bad, "%s: %s", label, diff);
}

/* Every regular file of dir (sorted names do not matter). */
static size_t
compare_dir(const char *dir, const char *suffix)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	size_t		 n = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		char	 path[2048], *buf;
		size_t	 len, l = strlen(e->d_name);

		if (e->d_name[0] == '.' || (suffix != NULL &&
		    (l < strlen(suffix) || strcmp(e->d_name + l -
		    strlen(suffix), suffix) != 0)))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if ((buf = test_slurp(path, &len)) == NULL)
			continue;
		compare(path, buf, len);
		free(buf);
		n++;
	}
	closedir(d);
	return n;
}

START_TEST(corpus_pages)
{
	char	dir[1024];
	size_t	n;

	snprintf(dir, sizeof(dir), "%s/corpus/html", test_shared_dir());
	n = compare_dir(dir, NULL);
	if (n == 0)
		printf("check_html_tree: corpus skipped: no %s\n", dir);
}
END_TEST

START_TEST(test_pages)
{
	size_t n = compare_dir("tests/golden", ".html");

	n += compare_dir("tests/hostile", ".html");
	n += compare_dir("tests/platforms", ".html");
	n += compare_dir("tests/fuzz/regress/read_html", NULL);
	n += compare_dir("tests/fuzz/regress/pipeline", NULL);
	ck_assert_msg(n >= 10, "only %zu test pages found", n);
	/* more pages on demand (gen-thread's big ones, say) */
	if (getenv("QUIRE_TREE_PAGES") != NULL)
		compare_dir(getenv("QUIRE_TREE_PAGES"), ".html");
}
END_TEST

static const char *const snippets[] = {
	"",
	"   ",
	"no markup at all",
	"text before <html><head><title>t</title></head><body>x</body></html>",
	"<p>unclosed <b>bold <i>both</p> after",
	"<html><head>  <title>t</title>  <meta charset=utf-8>  </head>"
	    "  <body>  <p>x</p>  <b>y</b> <i>z</i>  </body>  </html>  ",
	"<html> <head> <link rel=x> </head> <body> </body> </html>",
	"<div> <span> </span> <!-- c --> <p> </p> </div>",
	"a<!--one-->b<!--two--><!--three-->c",
	"<p>x<!--c-->y</p><p><!--only--></p>",
	"<script>if (a < b && c > d) { x = '<p>'; }</script>"
	    "<style>p > a { color: red }</style><p>after</p>",
	"<head><script type='application/ld+json'>{\"a\": \"<b>\"}</script>"
	    "</head><body><script>var s = \"</scr\" + \"ipt>\";</script>",
	"<p><![CDATA[ cdata <here> ]]> after</p>",
	"<?xml version='1.0'?><!DOCTYPE html><?php echo 1 ?><p>pi</p><?x y?>",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" "
	    "\"http://www.w3.org/TR/html4/strict.dtd\"><body> <p>a</p> "
	    "<p>b</p> </body>",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
	    "\"x\"><html><body> <p>a</p> <b>b</b> </body></html>",
	"<p>x</p><!DOCTYPE late><p>y</p>",
	"<p>&amp; &lt; &gt; &quot; &nbsp; &eacute; &bogus; &#65; &#x42; "
	    "&#0; &#xD800; &#1114112; &amp</p>",
	"<a href=\"a&amp;b\" title='t&eacute;' data-x=&lt;y>l</a>",
	"<input checked disabled value><option selected>o</option>"
	    "<td nowrap noshade=noshade>t</td><p hidden id>h</p>",
	"<p id=a id=b class=c class=d ID=e>dup</p>",
	"<p a=1 b=\"2\" c='3' d= e f=>attrs</p>",
	"<p>nul\0byte</p>",
	"<html lang=en><body><p>x</p></body></html><html lang=fr><p>y",
	"<p>x</p></html><p>after html</p></body><p>after body</p>",
	"</p></div></span>stray ends<p>x",
	"<table><tr><td>a<td>b<tr><td>c</table>text<table>t</table>",
	"<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
	"<o:p>word</o:p><fb:like href=x></fb:like><a:b:c>d</a:b:c>"
	    "<xml:q>e</xml:q><e:>f</e:>",
	"<title>t</title><p>x<title>second</title>",
	"<body><frameset><frame src=x></frameset><noframes>n</noframes>",
	"<textarea><p>not markup</p></textarea><xmp><b>x</b></xmp>"
	    "<plaintext><i>rest</i>",
	"<p>line 1\nline 2\r\nline 3\rline 4</p>\n\n<p\nid=x\n>y</p>",
	"<select><option>a<option>b</select><embed src=x>after embed"
	    "<source src=y>after source",
	"<p>\xef\xbb\xbf" "bom inside</p>",
	"<<p>>< p>x</ p>< /p><a <b>c</b>",
	"<div><p>a</div>b</p>c",
	"<br/><p/>x<img src=y/>",
	"<!-->x<!--->y<!---->z<!-- -- -->w<! bogus>v<!DOCTYPE>",
	"<html><head></head><head><title>2</title></head><body></body>"
	    "<body class=x>y</body>",
	"<img src=a srcset=b data-x=1 data-src=c onclick=x ONLOAD=y "
	    "aria-label=z aria-hidden=true loading=lazy on=1 o=2 data-=3>",
};

START_TEST(nasty_snippets)
{
	char	label[64];
	size_t	len = strlen(snippets[_i]);

	if (strcmp(snippets[_i], "<p>nul") == 0)	/* the whole literal */
		len = sizeof("<p>nul\0byte</p>") - 1;
	snprintf(label, sizeof(label), "snippet %d", _i);
	compare(label, snippets[_i], len);
}
END_TEST

/* Nesting 12,000 deep, unclosed and closed, and a long text run over
 * several arena blocks. */
START_TEST(deep_and_long)
{
	struct qr_buf	b = { 0 };
	int		i;

	for (i = 0; i < 12000; i++)
		qr_buf_puts(&b, i % 3 ? "<div class=d>" : "<blockquote>");
	qr_buf_puts(&b, "deep");
	compare("12000 unclosed", b.data, b.len);
	for (i = 0; i < 12000; i++)
		qr_buf_puts(&b, i % 3 ? "</div>x" : "</blockquote>y");
	compare("12000 closed", b.data, b.len);
	qr_buf_clear(&b);
	qr_buf_puts(&b, "<p>");
	for (i = 0; i < 300000; i++)
		qr_buf_puts(&b, i % 100 ? "word " : "&amp; \n");
	qr_buf_puts(&b, "</p><p title='");
	for (i = 0; i < 100000; i++)
		qr_buf_puts(&b, "attr ");
	qr_buf_puts(&b, "'>x</p>");
	compare("long text", b.data, b.len);
	qr_buf_clear(&b);
	for (i = 0; i < 70000; i++)	/* past xmlNode.line's 65535 */
		qr_buf_puts(&b, i % 1000 ? "x\n" : "<p>x<!--c-->\n<?pi?>x\n");
	compare("many lines", b.data, b.len);
	qr_buf_free(&b);
}
END_TEST

/* Pages libxml2 decodes: a declared charset that is neither UTF-8 nor
 * Latin-1, and a Latin-1 page read as cp1252. */
START_TEST(other_charsets)
{
	static const char koi8[] = "<html><head><meta charset=koi8-r>"
	    "<title>\xf0\xd2\xc9\xd7\xc5\xd4</title></head><body><p id=\xf0>"
	    "\xf0\xd2\xc9\xd7\xc5\xd4 &amp; \xcd\xc9\xd2</p></body></html>";
	static const char sjis[] = "<meta http-equiv=Content-Type "
	    "content='text/html; charset=Shift_JIS'><p>\x82\xa0\x82\xa2</p>";
	static const char latin[] = "<meta charset=iso-8859-1><p>caf\xe9 "
	    "\x93quoted\x94</p>";

	compare("koi8-r", koi8, sizeof(koi8) - 1);
	compare("shift_jis", sjis, sizeof(sjis) - 1);
	compare("latin-1", latin, sizeof(latin) - 1);
}
END_TEST

/* The reader's edits: elements and attributes made in the arena, and
 * xmlAddChild's merging of adjacent texts. */
START_TEST(edits)
{
	static const char page[] = "<div id=d>one<!--c-->two<b>b</b></div>";
	xmlDocPtr	 doc = own_parse(page, sizeof(page) - 1);
	xmlNodePtr	 d, g, one, two;
	xmlChar		*s;

	ck_assert_ptr_nonnull(doc);
	d = xmlDocGetRootElement(doc)->children->children;
	ck_assert_str_eq((const char *)d->name, "div");
	one = d->children;
	two = one->next;	/* no comment node, but two texts */
	ck_assert_int_eq(one->type, XML_TEXT_NODE);
	ck_assert_int_eq(two->type, XML_TEXT_NODE);
	ck_assert_str_eq((const char *)one->content, "one");
	ck_assert_str_eq((const char *)two->content, "two");
	g = qr_html_tree_element(doc, "div");
	qr_html_tree_attr(g, "class", "qr-group");
	qr_html_tree_attr(g, "title", "t");
	xmlAddPrevSibling(one, g);
	xmlUnlinkNode(one);
	qr_html_tree_append(g, one);
	xmlUnlinkNode(two);
	qr_html_tree_append(g, two);	/* merged into "one" */
	ck_assert_ptr_eq(g->children, one);
	ck_assert_ptr_eq(g->last, one);
	ck_assert_str_eq((const char *)one->content, "onetwo");
	ck_assert_str_eq(qr_dom_attr(g, "class"), "qr-group");
	ck_assert_str_eq(qr_dom_attr(g, "title"), "t");
	ck_assert_str_eq(qr_dom_attr(d, "id"), "d");
	ck_assert_str_eq(qr_html_attr_value(d->properties), "d");
	s = xmlNodeGetContent(d);
	ck_assert_str_eq((const char *)s, "onetwob");
	xmlFree(s);
	ck_assert_ptr_eq(d->children, g);
	ck_assert_ptr_eq(g->next->prev, g);
	ck_assert_str_eq((const char *)g->next->name, "b");
	qr_html_tree_free(doc);
}
END_TEST

/* Attributes no code reads are not stored (html_tree.c); every name a
 * reader, a selector or a profile of quire names is, and reads as it
 * did. */
START_TEST(unread_attributes)
{
	static const char page[] = "<div id=d class=k data-role=x "
	    "aria-hidden=true onclick='alert(1)' data-commentid=7 "
	    "aria-label=reply><img src=a.png srcset='b.png 2x' sizes=9 "
	    "decoding=async loading=lazy data-src=c.png data-lazy-src=d.png "
	    "alt=pic title=t width=80 height=60 OnMouseOver=x tabindex=0>"
	    "</div>";
	/* the names quire's code reads that the rules come near */
	static const char *const read[] = { "aria-hidden", "data-comment-id",
	    "data-lazy-src", "data-role", "data-src", "data-username", "alt",
	    "aria-label", "data-tippy-content", "data-tooltip", "data-tip",
	    "data-original-title", "data-title", "data-id", "data-parentid",
	    "data-parent-id", "data-publishtime", "data-utime", "unixtime",
	    "data-test-id", "class", "content", "datetime", "height", "href", "id",
	    "itemprop", "property", "rel", "role", "src", "style", "title",
	    "width", "open", "on", "data", "aria", NULL };
	static const char *const dropped[] = { "onclick", "onload",
	    "OnMouseOver", "data-commentid", "data-x", "aria-describedby", "srcset",
	    "sizes", "decoding", "loading", "tabindex", NULL };
	xmlDocPtr	 doc = own_parse(page, sizeof(page) - 1);
	xmlNodePtr	 d, img;
	xmlAttrPtr	 a;
	struct qr_sel	*sel;
	size_t		 i, n;

	for (i = 0; read[i] != NULL; i++)
		ck_assert_msg(!qr_html_attr_unread(read[i]), "%s", read[i]);
	for (i = 0; dropped[i] != NULL; i++)
		ck_assert_msg(qr_html_attr_unread(dropped[i]), "%s",
		    dropped[i]);
	ck_assert_ptr_nonnull(doc);
	d = xmlDocGetRootElement(doc)->children->children;
	ck_assert_str_eq((const char *)d->name, "div");
	img = d->children;
	ck_assert_str_eq((const char *)img->name, "img");
	/* kept, in the page's order; the others gone */
	for (n = 0, a = d->properties; a != NULL; a = a->next, n++)
		;
	ck_assert_uint_eq(n, 5);
	ck_assert_str_eq(qr_dom_attr(d, "id"), "d");
	ck_assert_str_eq(qr_dom_attr(d, "class"), "k");
	ck_assert_str_eq(qr_dom_attr(d, "data-role"), "x");
	ck_assert_str_eq(qr_dom_attr(d, "aria-hidden"), "true");
	ck_assert_ptr_null(qr_dom_attr(d, "onclick"));
	ck_assert_ptr_null(qr_dom_attr(d, "data-commentid"));
	ck_assert_str_eq(qr_dom_attr(d, "aria-label"), "reply");
	for (n = 0, a = img->properties; a != NULL; a = a->next, n++)
		;
	ck_assert_uint_eq(n, 7);
	ck_assert_str_eq((const char *)img->properties->name, "src");
	ck_assert_str_eq(qr_dom_attr(img, "src"), "a.png");
	ck_assert_str_eq(qr_dom_attr(img, "data-src"), "c.png");
	ck_assert_str_eq(qr_dom_attr(img, "data-lazy-src"), "d.png");
	ck_assert_str_eq(qr_dom_attr(img, "alt"), "pic");
	ck_assert_str_eq(qr_dom_attr(img, "title"), "t");
	ck_assert_str_eq(qr_dom_attr(img, "width"), "80");
	ck_assert_str_eq(qr_dom_attr(img, "height"), "60");
	ck_assert_ptr_null(qr_dom_attr(img, "srcset"));
	ck_assert_ptr_null(qr_dom_attr(img, "loading"));
	ck_assert_ptr_null(qr_dom_attr(img, "onmouseover"));
	/* the selectors that name a kept attribute still match */
	sel = qr_sel_compile("[aria-hidden=true]");
	ck_assert(qr_sel_match(sel, d));
	qr_sel_free(sel);
	sel = qr_sel_compile("div[data-role=x]");
	ck_assert(qr_sel_match(sel, d));
	qr_sel_free(sel);
	qr_html_tree_free(doc);
}
END_TEST

/* Memory the caller is done with becomes the arena's first block
 * (read_html.c gives it the page once libxml2 has its decoded copy of
 * a page in another charset): the tree
 * is the same with a big one, a small one (freed at once) or none, and
 * a spare block is freed when there is nothing to parse. */
START_TEST(spare_block)
{
	static const char page[] = "<html><head><title>t</title></head>"
	    "<body><p class=\"a\">one <b>two</b> three</p><div id=x>four"
	    "</div></body></html>";
	static const size_t sizes[] = { 0, 16, 2000, 1 << 20 };
	xmlDocPtr	 ref = ref_parse(page, sizeof(page) - 1);
	size_t		 i, n;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		htmlParserCtxtPtr	 ctxt;
		xmlDocPtr		 doc;
		char			 diff[DIFF_MAX], *spare = NULL;

		if (sizes[i] > 0) {
			spare = qr_xmalloc(sizes[i]);
			memset(spare, 0xa5, sizes[i]);
		}
		ctxt = qr_html_ctxt(page, sizeof(page) - 1, NULL);
		ck_assert_ptr_nonnull(ctxt);
		doc = qr_html_tree_parse(ctxt, spare, sizes[i]);
		ck_assert_ptr_nonnull(doc);
		/* the reader's edits allocate from the same arena */
		qr_html_tree_attr(xmlDocGetRootElement(doc), "lang", "en");
		ck_assert_str_eq((const char *)qr_html_attr_value(
		    xmlDocGetRootElement(doc)->properties), "en");
		xmlDocGetRootElement(doc)->properties = NULL;
		ck_assert_msg(!trees_differ(ref, doc, diff, &n), "spare %zu: %s",
		    sizes[i], diff);
		qr_html_tree_free(doc);
	}
	xmlFreeDoc(ref);
	/* no context (an empty page): the spare block is freed (ASan's
	 * leak check says so) */
	ck_assert_ptr_null(qr_html_ctxt(page, 0, NULL));
	ck_assert_ptr_null(qr_html_tree_parse(NULL, qr_xmalloc(4096),
	    4096));
}
END_TEST

/* qr_html_ctxt_inplace(): libxml2 reads the page where it is and never
 * writes it (the page sits in read-only memory: a write would kill the
 * test), reads it once to its end (libxml2 2.9's shrink of an
 * immutable buffer, which the HTML parser calls in the last 500 bytes,
 * made it read most of a page twice), and wants a NUL after it. */
START_TEST(inplace)
{
	struct qr_buf	 b = { 0 };
	long		 pg = sysconf(_SC_PAGESIZE);
	size_t		 size, n;
	char		*ro, diff[DIFF_MAX];
	xmlDocPtr	 ref, doc;
	int		 i;

	qr_buf_puts(&b, "<html><head><title>t</title></head><body>");
	for (i = 0; i < 300; i++)
		qr_buf_printf(&b, "<div class=c id=c%d><p>comment %d &amp; "
		    "<b>more</b></p></div>\n", i, i);
	qr_buf_puts(&b, "</body></html>");
	ref = ref_parse(b.data, b.len);
	size = (b.len + 1 + (size_t)pg - 1) & ~((size_t)pg - 1);
	ro = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	ck_assert_ptr_ne(ro, MAP_FAILED);
	memcpy(ro, b.data, b.len + 1);
	ck_assert_int_eq(mprotect(ro, size, PROT_READ), 0);
	doc = qr_html_tree_parse(qr_html_ctxt_inplace(ro, b.len), NULL, 0);
	ck_assert_ptr_nonnull(doc);
	ck_assert_msg(!trees_differ(ref, doc, diff, &n), "%s", diff);
	ck_assert_mem_eq(ro, b.data, b.len + 1);
	qr_html_tree_free(doc);
	xmlFreeDoc(ref);
	/* no NUL after the bytes, or no bytes: no context */
	ck_assert_ptr_null(qr_html_ctxt_inplace(ro, b.len - 1));
	ck_assert_ptr_null(qr_html_ctxt_inplace(ro, 0));
	munmap(ro, size);
	qr_buf_free(&b);
}
END_TEST

Suite *
suite_html_tree(void)
{
	Suite	*s = suite_create("html_tree");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, nasty_snippets, 0,
	    (int)(sizeof(snippets) / sizeof(snippets[0])));
	tcase_add_test(tc, deep_and_long);
	tcase_add_test(tc, other_charsets);
	tcase_add_test(tc, edits);
	tcase_add_test(tc, unread_attributes);
	tcase_add_test(tc, spare_block);
	tcase_add_test(tc, inplace);
	tcase_add_test(tc, test_pages);
	tcase_add_test(tc, corpus_pages);
	tcase_set_timeout(tc, 300);
	suite_add_tcase(s, tc);
	return s;
}
