/*
 * check_html_meta.c -- document metadata from pages (qr_html_meta) and
 * from JSON-LD (qr_jsonld_read): real corpus pages whose answers were
 * read off their source by hand, small made-up pages for each rule, and
 * hostile input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "html.h"

#define PARSE_OPTS	(HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
			 HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
			 XML_PARSE_HUGE)

/* Metadata of a page held in memory. */
static struct qr_doc *
meta_of(const char *html, size_t len, const char *enc)
{
	xmlDocPtr	 page = htmlReadMemory(html, (int)len, NULL, enc,
	    PARSE_OPTS);
	struct qr_doc	*doc = qr_doc_new();

	ck_assert_ptr_nonnull(page);
	qr_html_meta(doc, page);
	xmlFreeDoc(page);
	return doc;
}

static struct qr_doc *
meta_str(const char *html)
{
	return meta_of(html, strlen(html), "UTF-8");
}

/* Metadata of a corpus page, read in its real encoding (MANIFEST.tsv);
 * NULL, with one line said, when the corpus is not there. */
static struct qr_doc *
corpus_meta(const char *name, const char *enc)
{
	char		*buf;
	size_t		 len;
	struct qr_doc	*doc;

	if ((buf = test_corpus_page("check_html_meta", name, &len)) == NULL)
		return NULL;
	doc = meta_of(buf, len, enc);
	free(buf);
	return doc;
}

/* NULL-safe string comparison for a field. */
#define FIELD_IS(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (w_ == NULL)							\
		ck_assert_msg(g_ == NULL, #got " is '%s', wanted none", g_); \
	else {								\
		ck_assert_msg(g_ != NULL, #got " is none, wanted '%s'", w_); \
		ck_assert_msg(strcmp(g_, w_) == 0, #got " is '%s', wanted '%s'", \
		    g_, w_);						\
	}								\
} while (0)

static void
tags_are(const struct qr_doc *doc, const char *const *want)
{
	size_t n = 0;

	while (want[n] != NULL)
		n++;
	ck_assert_msg(doc->ntags == n, "%zu tags, wanted %zu", doc->ntags, n);
	for (n = 0; want[n] != NULL; n++)
		FIELD_IS(doc->tags[n], want[n]);
}

static void
all_valid_utf8(const struct qr_doc *doc)
{
	const char	*f[] = { doc->title, doc->author, doc->date, doc->url,
	    doc->site, doc->language };
	size_t		 i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (f[i] != NULL)
			ck_assert(qr_utf8_valid(f[i], strlen(f[i])));
	for (i = 0; i < doc->ntags; i++)
		ck_assert(qr_utf8_valid(doc->tags[i], strlen(doc->tags[i])));
}

/* ---- real pages ------------------------------------------------------ */

/* Yoast @graph: Article with author by @id, WebSite, keywords array. */
START_TEST(test_corpus_uebermedien)
{
	struct qr_doc *doc = corpus_meta("wordpress-uebermedien", "UTF-8");
	const char *tags[] = { "Antisemitismus", "Gaza", "Israel",
	    "Meinungsfreiheit", "Nahost", NULL };

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Gute Tabus, schlechte Tabus: Die vertauschten "
	    "Rollen in der Debatte über Israel");
	FIELD_IS(doc->author, "Stefan Niggemeier");
	FIELD_IS(doc->date, "2023-11-03T17:22:53+00:00");
	FIELD_IS(doc->url, "https://uebermedien.de/89676/gute-tabus-schlechte-"
	    "tabus-die-vertauschten-rollen-in-der-debatte-ueber-israel/");
	FIELD_IS(doc->site, "Übermedien");
	FIELD_IS(doc->language, "de-DE");
	tags_are(doc, tags);
	qr_doc_free(doc);
}
END_TEST

/* Four JSON-LD blocks; the publisher is an "#publisher" reference into
 * another block; keywords as one string win over <meta keywords>. */
START_TEST(test_corpus_zeit)
{
	struct qr_doc *doc = corpus_meta("zeit-zugverkehr", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Zugverkehr: Im ICE von Frankfurt nach Barcelona");
	FIELD_IS(doc->author, "Caspar Schwietering");
	FIELD_IS(doc->date, "2020-01-14T09:21:29+01:00");
	FIELD_IS(doc->url, "https://www.zeit.de/mobilitaet/2020-01/zugverkehr-"
	    "christian-lindner-hochgeschwindigkeitsstrecke-eu-kommission");
	FIELD_IS(doc->site, "ZEIT ONLINE");
	FIELD_IS(doc->language, "de");
	ck_assert_uint_eq(doc->ntags, 16);
	FIELD_IS(doc->tags[0], "Christian Lindner");
	FIELD_IS(doc->tags[15], "Bielefeld");
	qr_doc_free(doc);
}
END_TEST

/* No JSON-LD: the hentry's date and author sit in the post's <footer>;
 * the comments below carry their own times, not taken. */
START_TEST(test_corpus_lemire)
{
	struct qr_doc *doc = corpus_meta("wordpress-lemire", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "JSON parsing: simdjson vs. JSON for Modern C++");
	FIELD_IS(doc->author, "Daniel Lemire");
	FIELD_IS(doc->date, "2019-08-02T15:57:41+00:00");
	FIELD_IS(doc->url, "https://lemire.me/blog/2019/08/02/json-parsing-"
	    "simdjson-vs-json-for-modern-c/");
	FIELD_IS(doc->site, "Daniel Lemire's blog");
	FIELD_IS(doc->language, "en-US");
	ck_assert_uint_eq(doc->ntags, 0);
	qr_doc_free(doc);
}
END_TEST

/* PIXNET: "Post @ Site :: 痞客邦 PIXNET ::" loses its tail; the date is
 * the visible "Dec 28 Sat 2013 00:28"; tags only from <meta keywords>. */
START_TEST(test_corpus_pixnet)
{
	struct qr_doc *doc = corpus_meta("pixnet-stevenhgm", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "新竹尖石_美樹營地賞楓 (2)");
	FIELD_IS(doc->author, "史蒂文的家_藍天 (stevenhgm)");
	FIELD_IS(doc->date, "2013-12-28T00:28");
	FIELD_IS(doc->url, "http://stevenhgm.pixnet.net/blog/post/39926056");
	FIELD_IS(doc->site, "史蒂文的家_藍天");
	FIELD_IS(doc->language, "zh-TW");
	ck_assert_uint_eq(doc->ntags, 10);
	FIELD_IS(doc->tags[0], "藍天部落客");
	qr_doc_free(doc);
}
END_TEST

/* ISO-8859-1 (read as windows-1252): a DiscussionForumPosting; the
 * keywords come out as UTF-8. */
START_TEST(test_corpus_vbulletin_latin1)
{
	struct qr_doc *doc = corpus_meta("vbulletin-pocketpc", "windows-1252");
	size_t i;
	int found = 0;

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Microsoft beginnt mit der Auslieferung des "
	    "Vorbereitungsupdate!");
	FIELD_IS(doc->author, NULL);
	FIELD_IS(doc->date, "2011-02-21T17:47:28+01:00");
	FIELD_IS(doc->language, "de");
	ck_assert_uint_eq(doc->ntags, 12);
	for (i = 0; i < doc->ntags; i++)
		found += strcmp(doc->tags[i], "länger") == 0 ||
		    strcmp(doc->tags[i], "befürchtung") == 0;
	ck_assert_int_eq(found, 2);
	all_valid_utf8(doc);
	qr_doc_free(doc);
}
END_TEST

/* JSON-LD wrapped in <![CDATA[ ]]>, "\/" escapes, an author array,
 * "&amp;" in keywords; mainEntityOfPage (the blog's front page) loses
 * to "url". */
START_TEST(test_corpus_aclu)
{
	struct qr_doc *doc = corpus_meta("drupal-aclu", "UTF-8");
	const char *tags[] = { "Internet Privacy", "Privacy & Technology",
	    "Consumer Privacy", NULL };

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Facebook Is Tracking Me Even Though I’m Not on "
	    "Facebook");
	FIELD_IS(doc->author, "Daniel Kahn Gillmor");
	FIELD_IS(doc->date, "2018-04-05T06:00");
	FIELD_IS(doc->url, "https://www.aclu.org/blog/privacy-technology/"
	    "internet-privacy/facebook-tracking-me-even-though-im-not-facebook");
	FIELD_IS(doc->site, "American Civil Liberties Union");
	FIELD_IS(doc->language, "en-US");
	tags_are(doc, tags);
	qr_doc_free(doc);
}
END_TEST

/* og:title "Post » SciLogs - Wissenschaftsblogs": the tail names the
 * host (scilogs.spektrum.de), not og:site_name; article:author is a
 * Facebook URL, so the author is the post's rel=author link. */
START_TEST(test_corpus_scilogs)
{
	struct qr_doc *doc = corpus_meta("wordpress-scilogs", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Die Ablehnung der Gendersprache");
	FIELD_IS(doc->author, "Henning Lobin");
	FIELD_IS(doc->date, "2019-04-08T01:30:15+00:00");
	FIELD_IS(doc->url, "https://scilogs.spektrum.de/engelbart-galaxis/"
	    "die-ablehnung-der-gendersprache/");
	FIELD_IS(doc->site, "Die Engelbart-Galaxis");
	FIELD_IS(doc->language, "de-DE");
	ck_assert_uint_eq(doc->ntags, 11);
	FIELD_IS(doc->tags[0], "Eberhard-Schöck-Stiftung");
	FIELD_IS(doc->tags[10], "ZDF");
	qr_doc_free(doc);
}
END_TEST

/* JSON-LD headline with "&#8220;" and "&nbsp;"; its datePublished
 * "November 19, 2019" gains the time of article:published_time. */
START_TEST(test_corpus_profootballtalk)
{
	struct qr_doc *doc = corpus_meta("wordpressvip-profootballtalk",
	    "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Anthony Lynn: “We needed to win this game”");
	FIELD_IS(doc->author, "Michael David Smith");
	FIELD_IS(doc->date, "2019-11-19T11:21:08+00:00");
	FIELD_IS(doc->url, "https://profootballtalk.nbcsports.com/2019/11/19/"
	    "anthony-lynn-we-needed-to-win-this-game/");
	FIELD_IS(doc->site, "ProFootballTalk");
	FIELD_IS(doc->language, "en");
	qr_doc_free(doc);
}
END_TEST

/* The post's header sits in a div#sidebar inside the <article>: its
 * <time pubdate> and author vcard are the post's. */
START_TEST(test_corpus_verfassungsblog)
{
	struct qr_doc *doc = corpus_meta("wordpress-verfassungsblog", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Expert*innen in der Krise");
	FIELD_IS(doc->author, "Heiko Sauer");
	FIELD_IS(doc->date, "2020-04-09T07:59:57+02:00");
	FIELD_IS(doc->url, "https://verfassungsblog.de/expertinnen-in-der-"
	    "krise/");
	FIELD_IS(doc->site, "Verfassungsblog");
	FIELD_IS(doc->language, "de");
	qr_doc_free(doc);
}
END_TEST

/* Blogger: the date only as the visible date header "Freitag, 5. Juni
 * 2015"; labels are rel=tag links. */
START_TEST(test_corpus_blogger_german)
{
	struct qr_doc *doc = corpus_meta("blogger-papierplanet", "UTF-8");
	const char *tags[] = { "genres", "through the booking glass", NULL };

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Through the Booking Glass: Juni & "
	    "Genre-Vorstellung");
	FIELD_IS(doc->date, "2015-06-05");
	FIELD_IS(doc->url, "https://www.derpapierplanet.de/2015/06/through-"
	    "booking-glass-juni-genre.html");
	tags_are(doc, tags);
	qr_doc_free(doc);
}
END_TEST

/* ISO-8859-1 news page: <meta name=date> with "+0100", og:locale. */
START_TEST(test_corpus_nnz_latin1)
{
	struct qr_doc *doc = corpus_meta("custom-nnzonline", "windows-1252");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Ein Quantensprung für Nordhausen Nord : "
	    "06.11.2023, 11.41 Uhr");
	FIELD_IS(doc->date, "2023-11-06T11:41:00+01:00");
	FIELD_IS(doc->url, "https://nnz-online.de/news/news_lang.php?"
	    "ArtNr=335853");
	FIELD_IS(doc->site, "nnz-online");
	FIELD_IS(doc->language, "de");
	ck_assert_uint_eq(doc->ntags, 0);
	all_valid_utf8(doc);
	qr_doc_free(doc);
}
END_TEST

/* Drupal: <body class="one-sidebar sidebar-first"> is no sidebar; the
 * date is the <time itemprop=datePublished> in the article's aside. */
START_TEST(test_corpus_hpd)
{
	struct qr_doc *doc = corpus_meta("drupal-hpd", "UTF-8");

	if (doc == NULL)
		return;
	FIELD_IS(doc->title, "Sie wissen (nicht), was sie tun: "
	    "Identitätspolitische Linke unterschlägt den Homosexuellenhass "
	    "neuer Qualität");
	FIELD_IS(doc->author, "Moritz Pieczewski-Freimuth");
	FIELD_IS(doc->date, "2023-10-18T11:45:00+02:00");
	FIELD_IS(doc->url, "https://hpd.de/artikel/sie-wissen-nicht-sie-tun-"
	    "identitaetspolitische-linke-unterschlaegt-den-homosexuellenhass-"
	    "neuer-21664");
	FIELD_IS(doc->language, "de");
	qr_doc_free(doc);
}
END_TEST

/* ---- rules, on small pages ------------------------------------------- */

START_TEST(test_title_site)
{
	struct qr_doc *doc;

	doc = meta_str("<title>My post – Blog Name</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "My post");
	FIELD_IS(doc->site, "Blog Name");
	qr_doc_free(doc);
	doc = meta_str("<title>Blog Name | My post</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "My post");
	qr_doc_free(doc);
	doc = meta_str("<title>A :: B » Blog Name</title>"
	    "<meta property=og:site_name content='blog name'>");
	FIELD_IS(doc->title, "A :: B");
	qr_doc_free(doc);
	doc = meta_str("<title>Part one - part two - Blog Name</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "Part one - part two");
	qr_doc_free(doc);
	doc = meta_str("<title>Post :: Blog Name :: Host ::</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "Post");
	qr_doc_free(doc);
	/* the site's name in the middle of the title is part of it */
	doc = meta_str("<title>Why Blog Name is great</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "Why Blog Name is great");
	qr_doc_free(doc);
	/* unknown site, no URL: nothing is cut */
	doc = meta_str("<title>Part one - part two</title>");
	FIELD_IS(doc->title, "Part one - part two");
	qr_doc_free(doc);
	/* the tail names the URL's host */
	doc = meta_str("<title>Hello world | Example Blog</title>"
	    "<link rel=canonical href='https://exampleblog.org/x'>");
	FIELD_IS(doc->title, "Hello world");
	FIELD_IS(doc->url, "https://exampleblog.org/x");
	FIELD_IS(doc->site, "Example Blog");
	qr_doc_free(doc);
	/* a title that is only the site's name stays */
	doc = meta_str("<title>Blog Name</title>"
	    "<meta property=og:site_name content='Blog Name'>");
	FIELD_IS(doc->title, "Blog Name");
	qr_doc_free(doc);
	/* og:title beats <title>; a <title> inside <svg> is no title */
	doc = meta_str("<html><body><svg><title>icon</title></svg>"
	    "<meta property='og:title' content=' The  real\ttitle '>");
	FIELD_IS(doc->title, "The real title");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_empty_fields)
{
	struct qr_doc *doc = meta_str("<html lang=''><title> \n\t </title>"
	    "<meta property=og:title content='&#160; '>"
	    "<meta name=author content='   '>"
	    "<meta property=og:site_name content=''>"
	    "<meta property=article:tag content=' '>"
	    "<meta property=article:published_time content='soon'>"
	    "<link rel=canonical href='javascript:alert(1)'>"
	    "<script type='application/ld+json'>{\"@type\":\"Article\","
	    "\"headline\":\"  \",\"author\":{\"name\":\"\"},\"keywords\":"
	    "\" , ,\"}</script>");

	FIELD_IS(doc->title, NULL);
	FIELD_IS(doc->author, NULL);
	FIELD_IS(doc->date, NULL);
	FIELD_IS(doc->url, NULL);
	FIELD_IS(doc->site, NULL);
	FIELD_IS(doc->language, NULL);
	ck_assert_uint_eq(doc->ntags, 0);
	qr_doc_free(doc);
}
END_TEST

/* The post's date, not a comment's, even when the comments come first
 * or the post has no <time>. */
START_TEST(test_comment_dates_ignored)
{
	struct qr_doc *doc;

	doc = meta_str("<body><ol class=commentlist><li class='comment'>"
	    "<time datetime='2020-01-02T10:00'>Jan 2</time></li></ol>"
	    "<article class='post hentry'><header><h1 class=entry-title>T</h1>"
	    "<time class='entry-date published' datetime='2019-12-31T08:00'>"
	    "</time></header></article>");
	FIELD_IS(doc->date, "2019-12-31T08:00");
	FIELD_IS(doc->title, "T");
	qr_doc_free(doc);
	doc = meta_str("<body><article><h1>T</h1><p>text</p>"
	    "<div id=comments><article class=comment><time datetime="
	    "'2020-01-02T10:00'></time></article></div></article>"
	    "<aside class=widget><time datetime='2020-01-03'></time></aside>");
	FIELD_IS(doc->date, NULL);
	qr_doc_free(doc);
	/* comments' microdata is theirs */
	doc = meta_str("<body><article><h1>T</h1></article><ol class=commentlist>"
	    "<li class=comment><meta itemprop=datePublished content=2020-01-01>"
	    "<span class=published>2 March 2020</span></li></ol>");
	FIELD_IS(doc->date, NULL);
	qr_doc_free(doc);
	/* a plain <time> inside the post is taken */
	doc = meta_str("<body><article><p>Posted <time datetime="
	    "'2019-05-01T12:00:00+02:00'>May 1</time></p></article>");
	FIELD_IS(doc->date, "2019-05-01T12:00:00+02:00");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_microformats)
{
	struct qr_doc *doc = meta_str("<body>"
	    "<div class=h-entry><h1 class=p-name>The post</h1>"
	    "<a class='p-author h-card' href='/me'><span class=p-name>Ann "
	    "Author</span></a><time class=dt-published datetime='2021-03-04'>"
	    "</time><a class=u-url href='https://ex.org/p'>link</a>"
	    "<a class=p-category>one</a><a class=p-category>two</a>"
	    "<div class='h-entry p-comment'><span class=p-name>Reply</span>"
	    "<a class=p-category>three</a></div></div>"
	    "<meta property=og:title content='OG title'>"
	    "<meta property=article:tag content=og-tag>"
	    "<meta name=keywords content='k1, k2'>");

	FIELD_IS(doc->title, "The post");
	FIELD_IS(doc->author, "Ann Author");
	FIELD_IS(doc->date, "2021-03-04");
	FIELD_IS(doc->url, "https://ex.org/p");
	ck_assert_uint_eq(doc->ntags, 2);
	FIELD_IS(doc->tags[1], "two");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_meta_sources)
{
	struct qr_doc *doc;

	/* article:author as a URL is no name; <meta name=author> is */
	doc = meta_str("<meta property=article:author "
	    "content='https://facebook.com/x'><meta name=author content=Bob>"
	    "<meta name=keywords content='a, b,,c '>"
	    "<html lang='EN_us'>");
	FIELD_IS(doc->author, "Bob");
	ck_assert_uint_eq(doc->ntags, 3);
	FIELD_IS(doc->tags[2], "c");
	qr_doc_free(doc);
	/* article:tag beats keywords; og:locale gives the language */
	doc = meta_str("<meta property=article:author content='Ann'>"
	    "<meta property=article:tag content=x>"
	    "<meta name=keywords content='a, b'>"
	    "<meta property=og:locale content=zh_hant_tw>");
	FIELD_IS(doc->author, "Ann");
	ck_assert_uint_eq(doc->ntags, 1);
	FIELD_IS(doc->language, "zh-Hant-TW");
	qr_doc_free(doc);
	/* languages: <html lang>, then content-language; junk refused */
	doc = meta_str("<html lang='{{lang}}'><meta http-equiv="
	    "Content-Language content='pt-br'>");
	FIELD_IS(doc->language, "pt-BR");
	qr_doc_free(doc);
	/* a relative canonical resolved against <base> */
	doc = meta_str("<base href='https://ex.org/blog/'>"
	    "<link rel=canonical href='post.html'>");
	FIELD_IS(doc->url, "https://ex.org/blog/post.html");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_fields_already_set)
{
	const char	*html = "<title>Page – Site</title>"
	    "<meta property=og:site_name content=Site>"
	    "<meta name=author content=Bob>";
	xmlDocPtr	 page = htmlReadMemory(html, (int)strlen(html), NULL,
	    "UTF-8", PARSE_OPTS);
	struct qr_doc	*doc = qr_doc_new();

	doc->title = qr_doc_strdup(doc, "Mine – Site");
	qr_doc_add_tag(doc, "kept", 4);
	qr_html_meta(doc, page);
	FIELD_IS(doc->title, "Mine – Site");
	FIELD_IS(doc->author, "Bob");
	FIELD_IS(doc->site, "Site");
	ck_assert_uint_eq(doc->ntags, 1);
	qr_html_meta(doc, NULL);
	xmlFreeDoc(page);
	qr_doc_free(doc);
}
END_TEST

/* 1,000,000 nested elements: the walk has no recursion. */
START_TEST(test_deep_page)
{
	size_t		 n = 1000000, i, len;
	const char	*head = "<html lang=en><head><title>Deep – S</title>"
	    "<meta property=og:site_name content=S></head><body>";
	const char	*mid = "<time class=published datetime=2020-02-02>"
	    "</time><span class=entry-date>x</span>";
	char		*s, *p;
	struct qr_doc	*doc;

	len = strlen(head) + n * 5 + strlen(mid) + n * 6 + 1;
	p = s = malloc(len);
	ck_assert_ptr_nonnull(s);
	p += sprintf(p, "%s", head);
	for (i = 0; i < n; i++, p += 5)
		memcpy(p, "<div>", 5);
	p += sprintf(p, "%s", mid);
	for (i = 0; i < n; i++, p += 6)
		memcpy(p, "</div>", 6);
	*p = '\0';
	doc = meta_of(s, (size_t)(p - s), "UTF-8");
	FIELD_IS(doc->title, "Deep");
	FIELD_IS(doc->date, "2020-02-02");
	FIELD_IS(doc->language, "en");
	qr_doc_free(doc);
	free(s);
}
END_TEST

/* qr_jsonld_read on one block; returns the document. */
static struct qr_doc *
ld(const char *json, size_t len, int want_parsed)
{
	struct qr_doc	*doc = qr_doc_new();
	const char	*b[1] = { json };
	size_t		 l[1] = { len };

	ck_assert_int_eq(qr_jsonld_read(doc, b, l, 1), want_parsed);
	all_valid_utf8(doc);
	return doc;
}

#define LD(s, ok)	ld((s), strlen(s), (ok))

/* Many nested candidates with empty text (each would gather the text
 * of everything below it) and thousands of tags and JSON-LD blocks:
 * bounded work, no crash, the real values still found. */
START_TEST(test_hostile_candidates)
{
	size_t		 n = 200000, i;
	struct qr_buf	 b = {0};
	struct qr_doc	*doc;

	qr_buf_puts(&b, "<html><head><title>Real – S</title>"
	    "<meta property=og:site_name content=S>");
	for (i = 0; i < 5000; i++)
		qr_buf_puts(&b, "<script type='application/ld+json'>"
		    "{\"@type\":\"Thing\"}</script>"
		    "<meta property=article:tag content=t>");
	qr_buf_puts(&b, "</head><body><div class=h-entry>");
	for (i = 0; i < n; i++)
		qr_buf_puts(&b, "<div class='p-name p-author author vcard "
		    "p-category dt-published'>");
	for (i = 0; i < n; i++)
		qr_buf_puts(&b, "</div>");
	for (i = 0; i < 1000; i++)
		qr_buf_printf(&b, "<a rel=tag href=/t%zu>tag %zu</a>", i, i);
	qr_buf_puts(&b, "</div>");
	doc = meta_of(b.data, b.len, "UTF-8");
	FIELD_IS(doc->title, "Real");
	FIELD_IS(doc->author, NULL);
	FIELD_IS(doc->date, NULL);
	ck_assert_uint_eq(doc->ntags, 1);	/* article:tag "t" */
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

/* 15,000 objects with @ids and references among them (looked up in a
 * hash table); over 100,000 values in all is refused. */
START_TEST(test_jsonld_many_refs)
{
	struct qr_buf	 b = {0};
	struct qr_doc	*doc = qr_doc_new();
	const char	*blk[1];
	size_t		 len[1], i, n = 15000;

	qr_buf_puts(&b, "{\"@graph\":[{\"@type\":\"Article\","
	    "\"author\":[");
	for (i = 0; i < n; i++)
		qr_buf_printf(&b, "%s{\"@id\":\"#p%zu\"}", i ? "," : "",
		    n - 1 - i);
	qr_buf_puts(&b, "],\"publisher\":{\"@id\":\"#p0\"}}");
	for (i = 0; i < n; i++)
		qr_buf_printf(&b, ",{\"@id\":\"#p%zu\",\"name\":\"P%zu\"}",
		    i, i);
	qr_buf_puts(&b, "]}");
	blk[0] = b.data;
	len[0] = b.len;
	ck_assert_int_eq(qr_jsonld_read(doc, blk, len, 1), 1);
	/* ten names at most */
	FIELD_IS(doc->author, "P14999, P14998, P14997, P14996, P14995, "
	    "P14994, P14993, P14992, P14991, P14990");
	FIELD_IS(doc->site, "P0");
	qr_doc_free(doc);
	qr_buf_clear(&b);
	qr_buf_puts(&b, "[{\"@type\":\"Article\",\"headline\":\"h\"}");
	for (i = 0; i < 100000; i++)
		qr_buf_puts(&b, ",1");
	qr_buf_puts(&b, "]");
	doc = ld(b.data, b.len, 0);
	FIELD_IS(doc->title, NULL);
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

/* ---- JSON-LD ---------------------------------------------------------- */


START_TEST(test_jsonld_graph)
{
	const char *b[2] = {
	    "<!--\n{\"@context\":\"https://schema.org\",\"@graph\":["
	    "{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"The Site\","
	    "\"inLanguage\":\"en-GB\"},"
	    "{\"@type\":[\"BlogPosting\"],\"headline\":\"Title &amp; more\","
	    "\"author\":[{\"@id\":\"#p1\"},{\"@type\":\"Person\",\"name\":"
	    "\"Bo\"},\"https://ex.org/ignored\"],"
	    "\"datePublished\":\"2020-05-06T07:08:09+02:00\","
	    "\"mainEntityOfPage\":{\"@id\":\"#page\"},"
	    "\"publisher\":{\"@id\":\"#org\"},"
	    "\"keywords\":[\"x\",\" y \",\"\",\"x\"],"
	    "\"comment\":[{\"@type\":\"Comment\",\"author\":\"C\"}],}]}\n-->",
	    "[{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Al\"},"
	    "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"url\":"
	    "\"https://ex.org/post\",\"name\":\"Page name\"},"
	    "{\"@type\":\"http://schema.org/Organization\",\"@id\":\"#org\","
	    "\"name\":\"The Org\"}]" };
	size_t l[2] = { strlen(b[0]), strlen(b[1]) };
	struct qr_doc *doc = qr_doc_new();

	ck_assert_int_eq(qr_jsonld_read(doc, b, l, 2), 2);
	FIELD_IS(doc->title, "Title & more");
	FIELD_IS(doc->author, "Al, Bo");
	FIELD_IS(doc->date, "2020-05-06T07:08:09+02:00");
	FIELD_IS(doc->url, "https://ex.org/post");
	FIELD_IS(doc->site, "The Org");
	FIELD_IS(doc->language, "en-GB");
	ck_assert_uint_eq(doc->ntags, 2);
	FIELD_IS(doc->tags[1], "y");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_jsonld_escapes)
{
	struct qr_doc *doc;

	doc = LD("{\"@type\":\"Article\",\"headline\":\"caf\\u00e9 "
	    "\\ud83d\\ude00 \\\"q\\\" \\/ a\\tb\",\"author\":\"Ren\\u00c9\"}",
	    1);
	FIELD_IS(doc->title, "café \xf0\x9f\x98\x80 \"q\" / a b");
	FIELD_IS(doc->author, "RenÉ");
	qr_doc_free(doc);
	/* lone surrogates, \u0000 and bad \u: U+FFFD */
	doc = LD("{\"@type\":\"Article\",\"headline\":\"a\\ud800b\\udc00c"
	    "\\u0000d\\uZZZZe\"}", 1);
	FIELD_IS(doc->title, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd"
	    "d\xef\xbf\xbd" "ZZZZe");
	qr_doc_free(doc);
	/* invalid UTF-8 bytes: U+FFFD */
	doc = LD("{\"@type\":\"Article\",\"headline\":\"caf\xe9 \xc0\xaf "
	    "\xed\xa0\x80 ok\"}", 1);
	ck_assert_ptr_nonnull(doc->title);
	ck_assert(strncmp(doc->title, "caf\xef\xbf\xbd", 6) == 0);
	ck_assert(strstr(doc->title, " ok") != NULL);
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_jsonld_hostile)
{
	struct qr_doc	*doc;
	size_t		 n = 100000, i;
	char		*s;

	/* unterminated: string, object, escape at the end */
	doc = LD("{\"@type\":\"Article\",\"headline\":\"abc", 0);
	FIELD_IS(doc->title, NULL);
	qr_doc_free(doc);
	doc = LD("{\"@type\":\"Article\",\"headline\":\"abc\"", 0);
	FIELD_IS(doc->title, NULL);
	qr_doc_free(doc);
	doc = LD("{\"@type\":\"Article\",\"headline\":\"abc\\", 0);
	qr_doc_free(doc);
	doc = LD("{\"@type\":\"Article\",\"headline\":\"a\\u12", 0);
	qr_doc_free(doc);
	/* mismatched brackets, garbage, empty */
	doc = LD("{\"@type\":\"Article\",\"headline\":\"abc\"]", 0);
	FIELD_IS(doc->title, NULL);
	qr_doc_free(doc);
	doc = LD("<p>not json</p>", 0);
	qr_doc_free(doc);
	doc = LD("", 0);
	qr_doc_free(doc);
	doc = LD("{\"a\" 1}", 0);
	qr_doc_free(doc);
	/* 100,000 levels of nesting: refused, quickly, without a crash */
	s = malloc(2 * n + 64);
	ck_assert_ptr_nonnull(s);
	for (i = 0; i < n; i++)
		s[i] = '[';
	for (i = 0; i < n; i++)
		s[n + i] = ']';
	doc = ld(s, 2 * n, 0);
	qr_doc_free(doc);
	for (i = 0; i < n / 5; i++)
		memcpy(s + i * 5, "{\"a\":", 5);
	doc = ld(s, n, 0);
	qr_doc_free(doc);
	free(s);
	/* nesting within the limit is read */
	doc = LD("{\"@type\":\"Article\",\"headline\":\"h\",\"x\":[[[[[[[[[["
	    "{\"y\":[[[1,2,true,null,-1.5e3]]]}]]]]]]]]]]}", 1);
	FIELD_IS(doc->title, "h");
	qr_doc_free(doc);
	/* a 5 MB string: read, and the title kept short */
	n = 5 << 20;
	s = malloc(n + 64);
	ck_assert_ptr_nonnull(s);
	strcpy(s, "{\"@type\":\"Article\",\"headline\":\"");
	i = strlen(s);
	memset(s + i, 'x', n);
	strcpy(s + i + n, "\"}");
	doc = ld(s, strlen(s), 1);
	ck_assert_ptr_nonnull(doc->title);
	ck_assert_uint_le(strlen(doc->title), 4096);
	qr_doc_free(doc);
	free(s);
}
END_TEST

Suite *
suite_html_meta(void)
{
	Suite	*s = suite_create("html_meta");
	TCase	*tc = tcase_create("corpus"), *tr = tcase_create("rules");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_corpus_uebermedien);
	tcase_add_test(tc, test_corpus_zeit);
	tcase_add_test(tc, test_corpus_lemire);
	tcase_add_test(tc, test_corpus_pixnet);
	tcase_add_test(tc, test_corpus_vbulletin_latin1);
	tcase_add_test(tc, test_corpus_aclu);
	tcase_add_test(tc, test_corpus_scilogs);
	tcase_add_test(tc, test_corpus_profootballtalk);
	tcase_add_test(tc, test_corpus_verfassungsblog);
	tcase_add_test(tc, test_corpus_blogger_german);
	tcase_add_test(tc, test_corpus_nnz_latin1);
	tcase_add_test(tc, test_corpus_hpd);
	suite_add_tcase(s, tc);
	tcase_set_timeout(tr, 120);
	tcase_add_test(tr, test_title_site);
	tcase_add_test(tr, test_empty_fields);
	tcase_add_test(tr, test_comment_dates_ignored);
	tcase_add_test(tr, test_microformats);
	tcase_add_test(tr, test_meta_sources);
	tcase_add_test(tr, test_fields_already_set);
	tcase_add_test(tr, test_deep_page);
	tcase_add_test(tr, test_hostile_candidates);
	tcase_add_test(tr, test_jsonld_many_refs);
	tcase_add_test(tr, test_jsonld_graph);
	tcase_add_test(tr, test_jsonld_escapes);
	tcase_add_test(tr, test_jsonld_hostile);
	suite_add_tcase(s, tr);
	return s;
}
