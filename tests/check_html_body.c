/*
 * check_html_body.c -- the post's body: the generic boilerplate rules
 * of html_boiler.c on small pages, corpus pages whose first and last
 * body paragraphs were read off the page by hand, javascript: links,
 * empty comments with replies, and forum platforms (Discourse,
 * Invision, MyBB, SMF, phpBB) in markup taken from their templates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"

static struct qr_doc *
rd(const char *html)
{
	return test_read(html, QR_IN_HTML);
}

/* The body's top-level blocks, one line each ("" blocks, such as an
 * image alone, are left out). */
static char *
body_lines(const struct qr_doc *doc)
{
	struct qr_buf	 b = { 0 };
	struct qr_node	*n;

	for (n = doc->body->first; n != NULL; n = n->next) {
		char *t = qr_node_plain_text(n);
		size_t l = strlen(t);

		while (l > 0 && (t[l - 1] == '\n' || t[l - 1] == ' '))
			t[--l] = '\0';
		if (l > 0) {
			qr_buf_puts(&b, t);
			qr_buf_putc(&b, '\n');
		}
		free(t);
	}
	qr_buf_putc(&b, '\0');
	return b.data;
}

/* The first and the last line of the body start with "first" and end
 * with "last"; none of "absent" occurs in it. */
static void
assert_body(const char *name, struct qr_doc *doc, const char *first,
    const char *last, const char *const *absent)
{
	char	*t = body_lines(doc), *l;
	size_t	 n = strlen(t);

	ck_assert_msg(n > 0, "%s: empty body", name);
	ck_assert_msg(strncmp(t, first, strlen(first)) == 0,
	    "%s: body starts %.100s", name, t);
	t[n - 1] = '\0';
	l = strrchr(t, '\n');
	l = l != NULL ? l + 1 : t;
	ck_assert_msg(strlen(l) >= strlen(last) &&
	    strcmp(l + strlen(l) - strlen(last), last) == 0,
	    "%s: body ends %s", name, l);
	for (; absent != NULL && *absent != NULL; absent++)
		ck_assert_msg(strstr(t, *absent) == NULL, "%s: body has %s",
		    name, *absent);
	free(t);
}

static void
assert_comment(struct qr_doc *doc, size_t k, const char *author,
    const char *date, long parent, const char *text)
{
	struct qr_node	*c = test_nth_comment(doc, k), *p;
	char		*t;
	long		 i = -1;

	ck_assert_msg(c != NULL, "no comment %zu", k);
	if (author == NULL)
		ck_assert_ptr_null(c->as.comment.author);
	else {
		ck_assert_ptr_nonnull(c->as.comment.author);
		ck_assert_str_eq(c->as.comment.author, author);
	}
	if (date == NULL)
		ck_assert_ptr_null(c->as.comment.date);
	else {
		ck_assert_msg(c->as.comment.date != NULL,
		    "comment %zu: no date", k);
		ck_assert_str_eq(c->as.comment.date, date);
	}
	p = c->parent;
	if (p->kind == QR_COMMENT) {
		size_t j;

		for (j = 0; test_nth_comment(doc, j) != NULL; j++)
			if (test_nth_comment(doc, j) == p)
				i = (long)j;
	}
	ck_assert_int_eq(i, parent);
	t = test_comment_text(c);
	ck_assert_str_eq(t, text);
	free(t);
}

/* ---- the generic rules, on small pages ---------------------------------- */

#define HEAD	"<html><head><title>Tomatoes</title></head><body>"
#define POST(x)	HEAD "<article><div class='entry-content'>" x \
		"</div></article></body></html>"

static void
assert_lines(const char *html, const char *want)
{
	struct qr_doc	*doc = rd(html);
	char		*t = body_lines(doc);

	ck_assert_str_eq(t, want);
	free(t);
	qr_doc_free(doc);
}

/* Elements whose class or id names boilerplate. */
START_TEST(class_words)
{
	assert_lines(POST(
	    "<div class='breadcrumbs'><a href='/'>Home</a> &gt; Garden</div>"
	    "<p class='post-date'>March 5, 2020</p>"
	    "<p>Plant them deep.</p>"
	    "<div class='post-share-buttons'>Share on Twitter</div>"
	    "<span class='sr-only'>Skip to content</span>"
	    "<p>Water them often.</p>"
	    "<div id='author-box'>About the author: Ann grows things.</div>"
	    "<div class='entry-tags'>Tags: garden</div>"
	    "<nav class='post-nav'>Older post</nav>"
	    "<div class='pagination'>1 2 3</div>"
	    "<div class='print-link'>Print this</div>"
	    "<div class='jp-related-posts'>More tomatoes</div>"
	    "<h2 class='element-invisible'>photo.jpg</h2>"
	    "<div class='byline'>By Ann</div>"
	    "<div class='bannerwrapper'>Anzeige</div>"
	    "<div style='color: red; display : none'>3.2.1199</div>"),
	    "Plant them deep.\nWater them often.\n");
}
END_TEST

/* Class words in camelCase count ("mbArticleShareBtn"); a loading
 * placeholder goes; the post's picture in a "share" wrapper stays. */
START_TEST(class_words_camel)
{
	assert_lines(POST(
	    "<div class='ArticleSharePic'><div class='ArticleShareBtn'>"
	    "<span>Share to Weibo</span></div>"
	    "<img src='/p.jpg' alt='The new computer learns from memory'>"
	    "</div>"
	    "<p>Plant them deep.</p>"
	    "<div class='rv-autoplay'><a href='/x'>Autoplay switch</a></div>"
	    "<table class='player-loading'><tr><td>Loading...</td></tr>"
	    "</table>"
	    "<div class='relatedPosts'><p>More about tomatoes and their "
	    "friends</p></div>"
	    "<p>Water them often.</p>"
	    "<div class='shareBox'><img src='/fb.png' alt='Facebook'></div>"),
	    "Plant them deep.\nWater them often.\n");
	{
		struct qr_doc	*doc = rd(POST(
		    "<div class='ArticleSharePic'><div class='ArticleShareBtn'>"
		    "<span>Share to Weibo</span></div>"
		    "<img src='/p.jpg' alt='The new computer learns from "
		    "memory'></div><p>Plant them deep.</p>"));
		const struct qr_node *n = doc->body->first;

		ck_assert_ptr_nonnull(n);
		ck_assert_msg(n->kind == QR_IMAGE_BLOCK || (n->first != NULL &&
		    n->first->kind == QR_IMAGE), "picture lost");
		qr_doc_free(doc);
	}
}
END_TEST

/* A class word that says what an element holds or lacks ("has-comments",
 * "no-sidebar") names its state, not boilerplate: the post's text in
 * such a wrapper stays; the same token as a part ("comments") still goes. */
START_TEST(class_state_words)
{
	assert_lines(POST(
	    "<div class='entry has-comments no_sidebar'>"
	    "<p>Plant them deep.</p></div>"
	    "<div class='post-comments'>3 comments</div>"
	    "<p class='has-post-thumbnail'>Water them often.</p>"),
	    "Plant them deep.\nWater them often.\n");
}
END_TEST

/* A line of links into the page itself goes wherever it stands; a
 * label with a row of links goes at the end, a credit line that starts
 * with a link stays; follow buttons and donation boxes go. */
START_TEST(in_page_nav_label_links)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p>"
	    "<p><span>Jump to:</span>&#xA0; <a href='#a'>Seeds</a>&#xA0;//"
	    "&#xA0;<a href='#b'>Soil</a>&#xA0;//&#xA0;<a href='#c'>Water</a>"
	    "</p>"
	    "<p>See <a href='#a'>seeds</a>, <a href='#b'>soil</a> and "
	    "<a href='#c'>water</a> for the three things that matter most "
	    "when you grow them.</p>"
	    "<p>Water them often. <a class='twitter-follow-button' "
	    "href='https://twitter.com/ann'>Follow @ann</a></p>"
	    "<div class='donation-box'><p>Support our work!</p></div>"
	    "<p><a href='/p'>Peppers</a> - Photo: <a href='/u/ann'>Ann</a> | "
	    "<a href='/cc'>CC-BY-SA</a></p>"
	    "<p><strong>Filed under</strong>: <a href='/c/a'>Garden</a> "
	    "&bull; <a href='/c/b'>Food</a> &bull; <a href='/c/c'>Summer</a>"
	    "</p>"),
	    "Plant them deep.\n"
	    "See seeds, soil and water for the three things that matter most "
	    "when you grow them.\nWater them often.\n"
	    "Peppers - Photo: Ann | CC-BY-SA\n");
}
END_TEST

/* Links with role=button go; at the start a section name over the
 * title goes; at the end teasers of other posts (a linked heading and
 * its first lines, lists of linked pictures and titles) go. */
START_TEST(buttons_kicker_teasers)
{
	assert_lines(POST(
	    "<h4>Garden</h4><h2>Tomatoes</h2>"
	    "<p>Plant them deep, the stem roots.</p>"
	    "<p><a role='button' href='/calc'>Calculator</a> "
	    "<a role='button' href='/shop'>Shop</a></p>"
	    "<p>Water them often.</p>"
	    "<h4>More news</h4>"
	    "<ul><li><p><a href='/n/1'><img src='/1.jpg' alt='Peppers'></a>"
	    "</p><p><a href='/n/1'>Peppers</a></p></li>"
	    "<li><p><a href='/n/2'><img src='/2.jpg' alt='Beans'></a></p>"
	    "<p><a href='/n/2'>Beans</a></p></li></ul>"
	    "<h3><a href='/n/3'>Squash grows fast</a></h3>"
	    "<p>Squash has always been the fastest plant in the ...</p>"),
	    "Plant them deep, the stem roots.\n"
	    "Water them often.\n");
}
END_TEST

/* A widget of javascript: links (a video box with its controls) goes,
 * and the bold caption over it, which is left introducing nothing; a
 * caption followed by text stays, and so do a box of real text with
 * two such links in it and a paragraph with two. */
START_TEST(script_widget)
{
	assert_lines(POST(
	    "<p>Plant them deep, the stem roots.</p>"
	    "<p><strong>Videos</strong></p>"
	    "<div class='rv-root'><div class='rv-top'><h2><a href='/v/1'>"
	    "Grow tomatoes</a></h2></div><div class='rv-ctrl'>"
	    "<a href='javascript:;'>&lt;</a> <a href='javascript:;'>&gt;</a>"
	    "</div></div>"
	    "<p><strong>Pick them red.</strong></p>"),
	    "Plant them deep, the stem roots.\n"
	    "Pick them red.\n");
	assert_lines(POST(
	    "<p>Plant them deep, the stem roots.</p>"
	    "<h2>Watering</h2>"
	    "<div class='player'><a href='javascript:play()'>Play</a> "
	    "<a href='javascript:stop()'>Stop</a></div>"
	    "<p>Water them often.</p>"
	    "<div class='spoiler'><p>The secret is in the soil: mix in "
	    "compost in autumn, let it rest over the winter, and dig it over "
	    "once more in spring before you plant.</p>"
	    "<a href='javascript:show()'>Show</a> "
	    "<a href='javascript:hide()'>Hide</a></div>"
	    "<p>See <a href='javascript:a()'>this</a> and <a href="
	    "'javascript:b()'>that</a>.</p>"
	    "<p>Pick them red.</p>"),
	    "Plant them deep, the stem roots.\n"
	    "Watering\n"
	    "Water them often.\n"
	    "The secret is in the soil: mix in compost in autumn, let it rest "
	    "over the winter, and dig it over once more in spring before you "
	    "plant.\n"
	    "Show Hide\n"
	    "See this and that.\n"
	    "Pick them red.\n");
}
END_TEST

/* A "support us" box linking to a donation platform goes, and so does
 * a donation banner; a PayPal link that is not a donate button stays. */
START_TEST(donation_box)
{
	assert_lines(POST(
	    "<p>Plant them deep, water them often, and wait for the first "
	    "fruits of the summer.</p>"
	    "<div class='kasten'><img src='/me.jpg' alt=''>"
	    "<h3>While you are here</h3><p>Would you support our work? Just "
	    "click <a href='https://www.patreon.com/tomatoes'>here</a>. "
	    "Thanks!</p><p>All the best, <em>Ann</em></p></div>"
	    "<p>Pay with <a href='https://www.paypal.com/'>PayPal</a> at the "
	    "market.</p>"
	    "<p><a href='https://ko-fi.com/ann'><img src='/kofi.png' "
	    "alt='Buy me a coffee'></a></p>"
	    "<p>Pick them red.</p>"),
	    "Plant them deep, water them often, and wait for the first fruits "
	    "of the summer.\n"
	    "Pay with PayPal at the market.\n"
	    "Pick them red.\n");
}
END_TEST

/* A last paragraph left as the lead-in of a removed follow button
 * goes; a last short paragraph before a removed share box stays. */
START_TEST(orphan_lead_in)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p>Keep up with my garden. <a class='twitter-follow-button' "
	    "href='https://twitter.com/ann'>Follow @ann</a></p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Thanks for reading.</p>"
	    "<div class='sharedaddy'><a href='https://twitter.com/share'>"
	    "Tweet</a></div>"),
	    "Plant them deep.\nThanks for reading.\n");
}
END_TEST

/* The same paragraph twice in a row (a bold lead, then the text): once. */
START_TEST(repeated_lead)
{
	assert_lines(POST(
	    "<p><b>Plant them deep.</b></p><p>Plant them  deep.</p>"
	    "<p>Water them often.</p><p>Water them often, daily.</p>"),
	    "Plant them deep.\nWater them often.\nWater them often, daily.\n");
}
END_TEST

/* At the end: a licence link line, a "suggested citation", a line
 * saying when and in which category the post was published; not a
 * last sentence that only mentions a date of publishing. */
START_TEST(ends_licence_citation_posted)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p><hr>"
	    "<p><a href='https://creativecommons.org/licenses/by/4.0/'>"
	    "CC BY 4.0</a></p>"
	    "<p><span>Suggested&nbsp;citation</span> Ann: Tomatoes, "
	    "Garden Blog, 2020/5/05.</p>"
	    "<p>This entry was posted in Garden and tagged tomatoes on May 5, "
	    "2020.</p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p>"
	    "<p>The study was published on May 5, 2020.</p>"),
	    "Plant them deep.\nThe study was published on May 5, 2020.\n");
}
END_TEST

/* At the end: a rights notice, the author's credit line; anywhere:
 * spacer dots.  A sentence about copyright, a credit with more to say
 * and an ellipsis stay. */
START_TEST(ends_rights_credit_spacers)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p><p> . </p><p>Water them often.</p>"
	    "<p>&middot;</p><p>Autor: red</p>"
	    "<p>\xC2\xA9 2021 Garden Media. All rights reserved.</p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p><b>\xE3\x80\x90\xE6\x9C\xAA\xE7\xBB\x8F\xE6\x8E\x88"
	    "\xE6\x9D\x83\xEF\xBC\x8C\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD"
	    "\xAC\xE8\xBD\xBD\xE3\x80\x82\xE3\x80\x91</b></p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>...</p><p>Water them often.</p>"
	    "<p>Copyright law does not cover recipes.</p>"),
	    "Plant them deep.\n...\nWater them often.\n"
	    "Copyright law does not cover recipes.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p>Author: Ann, who has grown tomatoes on this balcony for "
	    "twenty years and writes about it.</p>"),
	    "Plant them deep.\nWater them often.\n"
	    "Author: Ann, who has grown tomatoes on this balcony for "
	    "twenty years and writes about it.\n");
}
END_TEST

/* At the end: a paywall's invitation and its bold caption; a sentence
 * about becoming a member of something else stays. */
START_TEST(ends_paywall)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p><strong>Deep Dive: Tomatoes</strong></p>"
	    "<p>Become a Garden Club Member or Deep Dive subscriber to check "
	    "out our comparisons of ten varieties.</p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p>Subscribe to read the rest of this post.</p>"),
	    "Plant them deep.\nWater them often.\n");
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p>In 2019 I decided to become a volunteer at the community "
	    "garden, and I have not regretted it.</p>"),
	    "Plant them deep.\nWater them often.\n"
	    "In 2019 I decided to become a volunteer at the community "
	    "garden, and I have not regretted it.\n");
}
END_TEST

/* The title as the page's <title> has it with a prefix and a suffix,
 * repeated as a heading at the start: it goes, with the kicker above
 * it and the byline below it; a short heading that is only a part of
 * the title stays. */
START_TEST(title_kicker_byline)
{
	assert_lines("<html><head><title>Neu - Tomatoes in big pots - Garden"
	    "</title></head><body><article><div class='entry-content'>"
	    "<p>Garden news</p><h1>Tomatoes in big pots</h1>"
	    "<p>Ann B. Smith</p>"
	    "<p>Plant them deep, the stem roots.</p><p>Water them.</p>"
	    "</div></article></body></html>",
	    "Plant them deep, the stem roots.\nWater them.\n");
	assert_lines("<html><head><title>Neu - Tomatoes in big pots - Garden"
	    "</title></head><body><article><div class='entry-content'>"
	    "<h2>Big pots</h2><p>Ann B. Smith</p>"
	    "<p>Plant them deep, the stem roots.</p><p>Water them.</p>"
	    "</div></article></body></html>",
	    "Big pots\nAnn B. Smith\n"
	    "Plant them deep, the stem roots.\nWater them.\n");
}
END_TEST

/* WordPress shortcodes left as text go; bracketed text does not. */
START_TEST(shortcodes)
{
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>[ad#ad-2]</p>"
	    "<p>[gallery ids=\"1,2\"]</p><p> [toc] </p>"
	    "<p>[sic] is Latin.</p><p>[Above: me]</p><p>[1]</p>"
	    "<p>[a] and [b]</p><p>Water them.</p>"),
	    "Plant them deep.\n[sic] is Latin.\n[Above: me]\n[1]\n"
	    "[a] and [b]\nWater them.\n");
}
END_TEST

/* A heading's permalink mark ("#", "¶") goes; other links stay. */
START_TEST(heading_anchor_marks)
{
	assert_lines(POST(
	    "<h2>Soil <a href='#soil'>#</a></h2>"
	    "<p>Dig deep<a href='#fn1'>1</a>.</p>"
	    "<h3><a href='https://blog.example/p#water'>\xC2\xB6</a> Water</h3>"
	    "<p>See <a href='/tags/x'>#</a> and <a href='#top'>top</a>.</p>"),
	    "Soil\nDig deep1.\nWater\nSee # and top.\n");
}
END_TEST

/* Such a name on a wrapper of much real text does not drop it. */
START_TEST(class_word_wrapper)
{
	char	html[4096], para[800];
	size_t	i;

	for (i = 0; i < 700; i++)
		para[i] = i % 7 == 6 ? ' ' : 'a';
	para[i] = '\0';
	snprintf(html, sizeof(html), POST("<div class='post-meta-wrap'>"
	    "<p>%s</p><p>End.</p></div>"), para);
	{
		struct qr_doc	*doc = rd(html);
		char		*t = body_lines(doc);

		ck_assert_msg(strstr(t, "End.\n") != NULL, "lost: %s", t);
		ck_assert_uint_gt(strlen(t), 700);
		free(t);
		qr_doc_free(doc);
	}
}
END_TEST

/* The ends of the body: lists of links, link lines, dangling headings
 * and labels go; a list of links inside the text and a single link
 * after the text stay. */
START_TEST(ends_trimmed)
{
	assert_lines(POST(
	    "<p><a href='/cat/garden'>Garden</a></p>"
	    "<p>5. M\xC3\xA4rz 2020, 10:39 Uhr</p>"
	    "<h1>Tomatoes</h1>"
	    "<p>Plant them deep, the stem roots.</p>"
	    "<ul><li><a href='/a'>Seeds</a></li><li><a href='/b'>Soil</a></li>"
	    "</ul><p>Water them often.</p>"
	    "<p><a href='/plan.pdf'>The planting plan (PDF)</a></p>"
	    "<p>Share this:</p>"
	    "<h3>Related</h3>"
	    "<ul><li><a href='/x'>Peppers</a></li><li><a href='/y'>Beans</a>"
	    "</li></ul>"
	    "<p><a href='/older'>Older</a> | <a href='/newer'>Newer</a></p>"),
	    "Plant them deep, the stem roots.\nSeeds Soil\n"
	    "Water them often.\nThe planting plan (PDF)\n");
}
END_TEST

/* A box of links ends a post; its caption goes with it; a linked
 * avatar goes, an image linked to its larger copy stays. */
START_TEST(ends_caption_avatar)
{
	struct qr_doc	*doc;
	char		*t;

	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<p>Latest posts by Ann <a href='/author/ann'>(see all)</a></p>"
	    "<ul><li><a href='/p1'>Peppers - May 1, 2020</a></li>"
	    "<li><a href='/p2'>Beans - May 2, 2020</a></li></ul>"
	    "<p><a href='/author/ann'><img src='/ann.jpg' alt='Ann'></a></p>"),
	    "Plant them deep.\nWater them often.\n");
	/* a logo after a list of other posts */
	assert_lines(POST(
	    "<p>Plant them deep.</p><p>Water them often.</p>"
	    "<h3>Editors' picks:</h3>"
	    "<ul><li><a href='/p1'>Peppers</a></li><li><a href='/p2'>Beans</a>"
	    "</li></ul><img src='/logo.png' alt=''>"),
	    "Plant them deep.\nWater them often.\n");
	doc = rd(POST("<p>Plant them deep.</p><p><a href='/big/t.jpg'>"
	    "<img src='/t.jpg' alt='A tomato'></a></p>"));
	ck_assert_ptr_nonnull(doc->body->last);
	t = qr_node_plain_text(doc->body->last);
	ck_assert_ptr_nonnull(doc->body->last->first);
	ck_assert_int_eq(doc->body->last->first->kind, QR_LINK);
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* The platform's element holding only links (a sidebar box with the
 * post's class) loses to the element that holds the text. */
START_TEST(pick_not_link_box)
{
	assert_lines(HEAD
	    "<div class='box entry-content'><ul>"
	    "<li><a href='/c1'>Camping (4)</a></li>"
	    "<li><a href='/c2'>Hiking trips in the northern mountains (3)</a>"
	    "</li><li><a href='/c3'>Equipment reviews and repairs (3)</a></li>"
	    "<li><a href='/c4'>Camp sites by the sea and the lakes (7)</a>"
	    "</li></ul></div>"
	    "<div class='article-content'><p>The maples turned red early "
	    "this year.</p><p>We camped by the school.</p></div>"
	    "</body></html>",
	    "The maples turned red early this year.\n"
	    "We camped by the school.\n");
}
END_TEST

/* javascript: links keep their text (only the URL goes), in the body
 * and in comments. */
START_TEST(javascript_link_text)
{
	struct qr_doc	*doc = rd(HEAD
	    "<article><div class='entry-content'><p>See <a href='javascript:"
	    "alert(1)'>the map</a> below.</p></div></article>"
	    "<ol class='comment-list'><li id='comment-1' class='comment'>"
	    "<div class='comment-author'><cite class='fn'>Bo</cite></div>"
	    "<div class='comment-content'><p>Try <a href='javascript:void(0)'>"
	    "this seed</a> too.</p></div></li></ol></body></html>");
	char		*t = body_lines(doc);
	struct qr_walk	 w;
	struct qr_node	*n;
	int		 ev;

	ck_assert_str_eq(t, "See the map below.\n");
	free(t);
	assert_comment(doc, 0, "Bo", NULL, -1, "Try this seed too.");
	qr_walk_init(&w, doc->body->parent != NULL ? doc->body->parent :
	    doc->body);
	qr_walk_init(&w, doc->body);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		ck_assert_int_ne(n->kind, QR_LINK);
	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		ck_assert_int_ne(n->kind, QR_LINK);
	qr_doc_free(doc);
}
END_TEST

/* A comment whose own text is empty but that has replies is still a
 * comment, with its replies under it. */
START_TEST(empty_comment_with_replies)
{
	struct qr_doc *doc = rd(HEAD
	    "<article><div class='entry-content'><p>Plant them.</p></div>"
	    "</article><ol class='comment-list'>"
	    "<li id='comment-1' class='comment depth-1'>"
	    "<article class='comment-body'><footer class='comment-meta'>"
	    "<div class='comment-author vcard'><b class='fn'>Ann</b></div>"
	    "<div class='comment-metadata'><time datetime="
	    "'2020-03-05T10:00:00+00:00'>March 5, 2020</time></div></footer>"
	    "<div class='comment-content'></div></article>"
	    "<ol class='children'><li id='comment-2' class='comment depth-2'>"
	    "<article class='comment-body'><footer class='comment-meta'>"
	    "<div class='comment-author vcard'><b class='fn'>Bo</b></div>"
	    "<div class='comment-metadata'><time datetime="
	    "'2020-03-06T10:00:00+00:00'>March 6, 2020</time></div></footer>"
	    "<div class='comment-content'><p>Your comment is empty.</p></div>"
	    "</article></li></ol></li></ol></body></html>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "Ann", "2020-03-05T10:00:00+00:00", -1, "");
	assert_comment(doc, 1, "Bo", "2020-03-06T10:00:00+00:00", 0,
	    "Your comment is empty.");
	qr_doc_free(doc);
}
END_TEST

/* ---- forums, in the markup of their templates ---------------------------- */

/* Discourse as served to crawlers (the <noscript>-free crawler view):
 * the topic is a DiscussionForumPosting, replies are Comments. */
START_TEST(forum_discourse)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes - Garden Forum</title></head><body>"
	    "<div id='main-outlet' class='wrap' role='main'>"
	    "<div id='topic-title'><h1><a href='/t/tomatoes/12'>Tomatoes</a>"
	    "</h1></div>"
	    "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
	    "<meta itemprop='headline' content='Tomatoes'>"
	    "<div class='topic-body crawler-post'>"
	    "<div class='crawler-post-meta'>"
	    "<span class='creator' itemprop='author' itemscope "
	    "itemtype='http://schema.org/Person'><a itemprop='url' "
	    "href='https://forum.example/u/ann'><span itemprop='name'>ann"
	    "</span></a></span>"
	    "<span class='crawler-post-infos'><time itemprop='datePublished' "
	    "datetime='2021-03-04T10:15:00Z' class='post-time'>March 4, 2021,"
	    "  10:15am</time><span itemprop='position'>1</span></span></div>"
	    "<div class='post' itemprop='text'><p>How deep do I plant them?"
	    "</p></div>"
	    "<div itemprop='interactionStatistic' itemscope itemtype="
	    "'http://schema.org/InteractionCounter'><span class='post-likes'>"
	    "2 Likes</span></div></div>"
	    "<div id='post_2' itemprop='comment' itemscope itemtype="
	    "'http://schema.org/Comment' class='topic-body crawler-post'>"
	    "<div class='crawler-post-meta'><span class='creator' "
	    "itemprop='author' itemscope itemtype='http://schema.org/Person'>"
	    "<a itemprop='url' href='https://forum.example/u/bo'><span "
	    "itemprop='name'>bo</span></a></span>"
	    "<span class='crawler-post-infos'><time itemprop='datePublished' "
	    "datetime='2021-03-05T08:00:00Z' class='post-time'>March 5, 2021,"
	    "  8:00am</time><span itemprop='position'>2</span></span></div>"
	    "<div class='post' itemprop='text'><p>Up to the first leaves.</p>"
	    "</div></div>"
	    "<div id='post_3' itemprop='comment' itemscope itemtype="
	    "'http://schema.org/Comment' class='topic-body crawler-post'>"
	    "<div class='crawler-post-meta'><span class='creator' "
	    "itemprop='author' itemscope itemtype='http://schema.org/Person'>"
	    "<a itemprop='url' href='https://forum.example/u/cy'><span "
	    "itemprop='name'>cy</span></a></span>"
	    "<span class='crawler-post-infos'><time itemprop='datePublished' "
	    "datetime='2021-03-06T09:30:00Z' class='post-time'>March 6, 2021,"
	    "  9:30am</time><span itemprop='position'>3</span></span></div>"
	    "<div class='post' itemprop='text'><p>Deeper is fine.</p></div>"
	    "</div></div></div></body></html>");
	char *t = body_lines(doc);

	ck_assert_str_eq(t, "How deep do I plant them?\n");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "bo", "2021-03-05T08:00:00Z", -1,
	    "Up to the first leaves.");
	assert_comment(doc, 1, "cy", "2021-03-06T09:30:00Z", -1,
	    "Deeper is fine.");
	qr_doc_free(doc);
}
END_TEST

/* Invision Community 4: article.cPost.ipsComment, the author pane
 * beside the content, the date in <time>. */
#define IPS_POST(id, who, when, shown, text) \
	"<article id='elComment_" id "' class='cPost ipsBox " \
	"ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix " \
	"ipsClear ipsColumns ipsColumns_noSpacing'>" \
	"<div class='cAuthorPane ipsColumn ipsColumn_medium'>" \
	"<h3 class='ipsType_sectionHead cAuthorPane_author " \
	"ipsType_blendLinks ipsType_break'><strong><a href=" \
	"'https://forum.example/profile/5-" who "/' class='ipsType_break'>" \
	who "</a></strong></h3><ul class='cAuthorPane_info ipsList_reset'>" \
	"<li class='ipsType_light'>120 posts</li></ul></div>" \
	"<div class='ipsColumn ipsColumn_fluid'><div id='comment-" id \
	"_wrap' data-controller='core.front.core.comment' data-commentid='" \
	id "' class='ipsComment_content ipsType_medium'>" \
	"<div class='ipsComment_meta ipsType_light'><div class=" \
	"'ipsType_reset ipsType_light'><a href='https://forum.example/" \
	"topic/1-tomatoes/?do=findComment&amp;comment=" id "' " \
	"class='ipsType_blendLinks'>Posted <time datetime='" when "' " \
	"title='" shown "' data-short='3 yr'>" shown "</time></a></div>" \
	"</div><div class='cPost_contentWrap'><div data-role=" \
	"'commentContent' class='ipsType_normal ipsType_richText " \
	"ipsPadding_bottom ipsContained'><p>" text "</p></div>" \
	"<ul class='ipsComment_controls ipsClearfix'><li><a href='#' " \
	"data-action='quoteComment'>Quote</a></li></ul></div></div></div>" \
	"</article>"

START_TEST(forum_invision)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes - Garden - Forum</title></head><body>"
	    "<div id='ipsLayout_mainArea'><div class='ipsPageHeader'><h1 "
	    "class='ipsType_pageTitle'>Tomatoes</h1></div>"
	    "<div data-role='commentFeed'><form action='#' method='post'>"
	    IPS_POST("101", "ann", "2021-03-04T10:15:00Z", "March 4, 2021",
	    "How deep do I plant them?")
	    IPS_POST("102", "bo", "2021-03-05T08:00:00Z", "March 5, 2021",
	    "Up to the first leaves.")
	    IPS_POST("103", "cy", "2021-03-06T09:30:00Z", "March 6, 2021",
	    "Deeper is fine.")
	    "</form></div></div></body></html>");
	char *t = body_lines(doc);

	ck_assert_str_eq(t, "How deep do I plant them?\n");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "bo", "2021-03-05T08:00:00Z", -1,
	    "Up to the first leaves.");
	assert_comment(doc, 1, "cy", "2021-03-06T09:30:00Z", -1,
	    "Deeper is fine.");
	qr_doc_free(doc);
}
END_TEST

/* MyBB 1.8 postbit: div.post#post_N, author in .largetext, the date
 * as text in .post_date, the message in .post_body. */
#define MYBB_POST(id, who, shown, text) \
	"<div class='post ' style='' id='post_" id "'>" \
	"<div class='post_author'><div class='author_avatar'><a href=" \
	"'member.php?action=profile&amp;uid=3'><img src='avatar_3.png' " \
	"alt='' width='55' height='55'></a></div>" \
	"<div class='author_information'><strong><span class='largetext'>" \
	"<a href='https://forum.example/member.php?action=profile&amp;uid=3'>" \
	who "</a></span></strong><br><span class='smalltext'>Junior Member" \
	"<br></span></div><div class='author_statistics'>Posts: 5<br>" \
	"Threads: 1<br>Joined: Jan 2020</div></div>" \
	"<div class='post_content'><div class='post_head'><div class=" \
	"'float_right' style='vertical-align: top'><strong><a href=" \
	"'showthread.php?tid=4&amp;pid=" id "#pid" id "'>#" id "</a>" \
	"</strong></div><span class='post_date'>" shown " <span " \
	"class='post_edit' id='edited_by_" id "'></span></span></div>" \
	"<div class='post_body scaleimages' id='pid_" id "'>" text "</div>" \
	"<div class='post_meta' id='post_meta_" id "'></div></div>" \
	"<div class='post_controls'><div class='postbit_buttons " \
	"author_buttons float_left'><a href='member.php?action=profile" \
	"&amp;uid=3' class='postbit_website'><span>Website</span></a></div>" \
	"<div class='postbit_buttons post_management_buttons float_right'>" \
	"<a href='newreply.php?tid=4&amp;replyto=" id "' class=" \
	"'postbit_quote'><span>Reply</span></a></div></div></div>"

START_TEST(forum_mybb)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes</title></head><body>"
	    "<div id='container'><div id='content'><div class='wrapper'>"
	    "<table class='tborder tfixed clear'><tr><td class='thead'>"
	    "<strong>Tomatoes</strong></td></tr></table>"
	    "<div id='posts'>"
	    MYBB_POST("1", "ann", "March 4th, 2021, 10:15 AM",
	    "How deep do I plant them?")
	    MYBB_POST("2", "bo", "March 5th, 2021, 08:00 AM",
	    "Up to the first leaves.")
	    MYBB_POST("3", "cy", "03-06-2021, 09:30 AM", "Deeper is fine.")
	    "</div></div></div></div></body></html>");
	char *t = body_lines(doc);

	ck_assert_str_eq(t, "How deep do I plant them?\n");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "bo", "2021-03-05T08:00", -1,
	    "Up to the first leaves.");
	/* 03-06-2021 is March 6 or June 3: no date */
	assert_comment(doc, 1, "cy", NULL, -1, "Deeper is fine.");
	qr_doc_free(doc);
}
END_TEST

/* Numeric dates ("03-06-2021"): read in the order the page's other
 * dates prove (a field over 12), never when they prove both or none. */
START_TEST(forum_mybb_numeric_dates)
{
	static const struct {
		const char *third, *fourth, *second;
	} cases[] = {
		/* M-D-Y */
		{ "03-13-2021, 09:30 AM", "01-01-2021", "2021-03-06T08:00" },
		/* D-M-Y */
		{ "13-03-2021, 09:30 AM", "01-01-2021", "2021-06-03T08:00" },
		/* both: the page proves nothing */
		{ "03-13-2021, 09:30 AM", "13-03-2021", NULL },
		/* nothing proved (dots are day first, but US pages write
		 * no dots) */
		{ "03-03-2021, 09:30 AM", "13.03.2021", NULL },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char		*html;
		struct qr_buf	 b = { 0 };
		struct qr_doc	*doc;
		const char	*tmpl = "<html><head><title>Tomatoes</title>"
		    "</head><body><div id='content'><div id='posts'>"
		    MYBB_POST("1", "ann", "03-02-2021, 10:15 AM",
		    "How deep do I plant them?")
		    MYBB_POST("2", "bo", "03-06-2021, 08:00 AM",
		    "Up to the first leaves.")
		    MYBB_POST("3", "cy", "@", "Deeper is fine.")
		    MYBB_POST("4", "di", "@@", "Or not.")
		    "</div></div></body></html>";
		const char *p;

		for (p = tmpl; *p != '\0'; p++) {
			if (*p != '@')
				qr_buf_putc(&b, *p);
			else if (p[1] == '@') {
				qr_buf_puts(&b, cases[i].fourth);
				p++;
			} else
				qr_buf_puts(&b, cases[i].third);
		}
		qr_buf_putc(&b, '\0');
		html = b.data;
		doc = rd(html);
		ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
		assert_comment(doc, 0, "bo", cases[i].second, -1,
		    "Up to the first leaves.");
		qr_doc_free(doc);
		free(html);
	}
}
END_TEST

/* Pingbacks have dates too: in the comment's meta link, or as bare
 * text after the linking page's title. */
START_TEST(pingback_dates)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes</title></head><body>"
	    "<article><div class='entry-content'><p>Plant them deep.</p>"
	    "</div></article><ol class='commentlist'>"
	    "<li class='pingback' id='comment-9'><div class='comment-body'>"
	    "<div class='comment-author vcard'><cite class='fn'><a href="
	    "'https://b.example/p'>Their Post</a></cite></div>"
	    "<div class='comment-meta commentmetadata'><a href="
	    "'https://a.example/t#comment-9'>18. M\xC3\xA4rz 2009 um 16:40"
	    "</a></div><p>[...] Tomatoes [...]</p></div></li>"
	    "<li class='pingback' id='comment-10'><div class='comment-author "
	    "meta'><strong><a href='https://c.example/q' class='url'>Other "
	    "Post</a></strong> 21. Juni 2018 um 10:40 Uhr</div>"
	    "<div class='comment-text'><p>[...] Pots [...]</p></div></li>"
	    "</ol></body></html>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Their Post");
	ck_assert_ptr_nonnull(test_nth_comment(doc, 0)->as.comment.date);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2009-03-18T16:40");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Other Post");
	ck_assert_ptr_nonnull(test_nth_comment(doc, 1)->as.comment.date);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.date,
	    "2018-06-21T10:40");
	qr_doc_free(doc);
}
END_TEST

/* SMF 2.0 Display.template.php: the posts inside form#quickModForm,
 * div.post_wrapper with div.poster > h4 > a, the date in
 * .keyinfo > .smalltext, the message in div.post > div.inner. */
#define SMF_POST(id, bg, who, shown, text) \
	"<div class='" bg "'><span class='topslice'><span></span></span>" \
	"<div class='post_wrapper'><div class='poster'><h4><a href=" \
	"'https://forum.example/index.php?action=profile;u=1' title=" \
	"'View the profile of " who "'>" who "</a></h4><ul class='reset " \
	"smalltext' id='msg_" id "_extra_info'><li class='membergroup'>" \
	"Newbie</li><li class='postcount'>Posts: 12</li></ul></div>" \
	"<div class='postarea'><div class='flow_hidden'><div " \
	"class='keyinfo'><div class='messageicon'><img src='xx.gif' " \
	"alt=''></div><h5 id='subject_" id "'><a href='https://forum." \
	"example/index.php?topic=7.msg" id "#msg" id "' rel='nofollow'>" \
	"Re: Tomatoes</a></h5><div class='smalltext'>&#171; <strong> on:" \
	"</strong> " shown " &#187;</div><div id='msg_" id "_quick_mod'>" \
	"</div></div><ul class='reset smalltext quickbuttons'><li " \
	"class='quote_button'><a href='index.php?action=post;quote=" id \
	"'>Quote</a></li></ul></div><div class='post'><div class='inner' " \
	"id='msg_" id "'>" text "</div></div></div><div class='moderatorbar'>" \
	"<div class='smalltext modified' id='modified_" id "'></div></div>" \
	"</div><span class='botslice'><span></span></span></div>" \
	"<hr class='post_separator'>"

START_TEST(forum_smf)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes</title></head><body>"
	    "<div id='content_section'><a id='top'></a><a id='msg41'></a>"
	    "<div id='forumposts'><div class='cat_bar'><h3 class='catbg'>"
	    "Author Topic: Tomatoes (Read 120 times)</h3></div>"
	    "<form action='https://forum.example/index.php?action=quickmod2;"
	    "topic=7.0' method='post' accept-charset='UTF-8' "
	    "name='quickModForm' id='quickModForm' style='margin: 0;'>"
	    SMF_POST("41", "windowbg", "ann",
	    "February 15, 2017, 09:12:00 PM", "How deep do I plant them?")
	    SMF_POST("42", "windowbg2", "bo",
	    "February 16, 2017, 08:00:00 AM", "Up to the first leaves.<br>"
	    "Really.")
	    SMF_POST("43", "windowbg", "cy",
	    "February 17, 2017, 10:30:00 AM", "Deeper is fine.")
	    "</form></div></div></body></html>");
	char *t = body_lines(doc);

	ck_assert_str_eq(t, "How deep do I plant them?\n");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "bo", "2017-02-16T08:00:00", -1,
	    "Up to the first leaves. Really.");
	assert_comment(doc, 1, "cy", "2017-02-17T10:30:00", -1,
	    "Deeper is fine.");
	qr_doc_free(doc);
}
END_TEST

/* phpBB 3.3 prosilver viewtopic_body.html. */
#define PHPBB_POST(id, bg, who, when, shown, text) \
	"<div id='p" id "' class='post has-profile " bg "'><div " \
	"class='inner'><dl class='postprofile' id='profile" id "'>" \
	"<dt class='has-profile-rank no-avatar'><div class=" \
	"'avatar-container'></div><a href='./memberlist.php?mode=" \
	"viewprofile&amp;u=2' class='username'>" who "</a></dt>" \
	"<dd class='profile-rank'>Registered User</dd><dd class=" \
	"'profile-posts'><strong>Posts:</strong> <a href='./search.php?" \
	"author_id=2&amp;sr=posts'>12</a></dd></dl>" \
	"<div class='postbody'><div id='post_content" id "'>" \
	"<h3 class='first'><a href='#p" id "'>Re: Tomatoes</a></h3>" \
	"<ul class='post-buttons'><li><a href='./posting.php?mode=quote" \
	"&amp;p=" id "' title='Reply with quote' class='button " \
	"button-icon-only'><i class='icon fa-quote-left fa-fw' " \
	"aria-hidden='true'></i><span>Quote</span></a></li></ul>" \
	"<p class='author'><a class='unread' href='./viewtopic.php?p=" id \
	"#p" id "' title='Post'><i class='icon fa-file fa-fw' " \
	"aria-hidden='true'></i><span class='sr-only'>Post</span></a>" \
	"<span class='responsive-hide'>by <strong><a href='./memberlist." \
	"php?mode=viewprofile&amp;u=2' class='username'>" who "</a>" \
	"</strong> &raquo; </span><time datetime='" when "'>" shown \
	"</time></p><div class='content'>" text "</div>" \
	"</div></div><div class='back2top'><a href='#top' class='top' " \
	"title='Top'>Top</a></div></div></div><hr class='divider'>"

START_TEST(forum_phpbb)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes - Garden Forum</title></head><body>"
	    "<div id='wrap' class='wrap'><div id='page-body' class='page-body'"
	    " role='main'><h2 class='topic-title'><a href='./viewtopic.php?"
	    "t=7'>Tomatoes</a></h2>"
	    PHPBB_POST("41", "bg2", "ann", "2021-03-04T10:15:00+00:00",
	    "Thu Mar 04, 2021 10:15 am", "How deep do I plant them?")
	    PHPBB_POST("42", "bg1", "bo", "2021-03-05T08:00:00+00:00",
	    "Fri Mar 05, 2021 8:00 am", "Up to the first leaves.")
	    PHPBB_POST("43", "bg2", "cy", "2021-03-06T09:30:00+00:00",
	    "Sat Mar 06, 2021 9:30 am", "Deeper is fine.")
	    "</div></div></body></html>");
	char *t = body_lines(doc);

	ck_assert_str_eq(t, "How deep do I plant them?\n");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_comment(doc, 0, "bo", "2021-03-05T08:00:00+00:00", -1,
	    "Up to the first leaves.");
	assert_comment(doc, 1, "cy", "2021-03-06T09:30:00+00:00", -1,
	    "Deeper is fine.");
	qr_doc_free(doc);
}
END_TEST

/* ---- corpus pages: first and last paragraph read off the page -------- */

static struct qr_doc *
corpus(const char *name)
{
	return test_corpus_doc("check_html_body", name);
}

static const char *const absent_0[] = {
	"Druckversion",
	"zum Nachrichten\xC3\xBC" "berblick",
	"vorheriger Artikel",
	"Mo, 11:41 Uhr",
	"Ein Quantensprung f\xC3\xBCr Nordhausen Nord\n",
	"Stadt er\xC3\xB6" "ffnet Nordpark-Anlage",
	"Anzeige", NULL };
static const char *const absent_1[] = {
	"Free Future",
	"Related Stories",
	"Stay Informed",
	"Sign Up For Breaking News Alerts",
	"Donate Now",
	"Consumer Privacy",
	"6:00 PM",
	"WEB18-Facebook", NULL };
static const char *const absent_2[] = {
	"Share this post", "Become a Blister Member",
	"Review Navigation",
	"Previous\n",
	"Next\n", NULL };
static const char *const absent_3[] = {
	"Latest posts by",
	"Recent Posts",
	"Evan V. Symon is the Senior Editor",
	"By Evan Symon",
	"Gavin\xE2\x80\x99s Choice", NULL };
static const char *const absent_4[] = {
	"Trending Articles",
	"Hire the author",
	"comments powered by",
	"World-class articles, delivered weekly",
	"12 minute read", NULL };
static const char *const absent_5[] = {
	"\xE9\x9C\xB2\xE7\x87\x9F\xE5\x85\xA8\xE7\xB4\x80\xE9\x8C\x84 (4)",
	"\xE5\x8C\x97\xE5\x8C\x97\xE5\x9F\xBA\xE7\x87\x9F\xE5\x9C\xB0", NULL };
static const char *const absent_6[] = {
	"Celebrating Pride Month",
	"The WordPress.com Blog", NULL };
static const char *const absent_8[] = {
	"Inhalt",
	"Auf einer Seite lesen",
	"Seite 2 \xE2\x80\x94", NULL };
static const char *const absent_9[] = {
	"About the Author",
	"PREVIOUS ARTICLE",
	"SEND AN E-MAIL", NULL };
static const char *const absent_11[] = {
	"Content Creator, Influencer",
	"Sunday Thoughts: Ein wenig lost", NULL };

static const char *const absent_knowtechie[] = {
	"Editors\xE2\x80\x99 Recommendations", "Crates are leaving",
	NULL };
static const char *const absent_muffin[] = { "3.2.1199", NULL };
static const char *const absent_qq[] = {
	"\xE7\xB2\xBE\xE5\xBD\xA9\xE8\xA7\x86\xE9\xA2\x91\xE6\x8E\xA8\xE8\x8D\x90",
	"\xE5\x85\xA8\xE6\xB0\x91\xE5\xBE\xAE\xE4\xBF\xA1\xE6\x97\xB6\xE4\xBB\xA3",
	"< >",
	"\xE8\xBD\xAC\xE6\x92\xAD\xE5\x88\xB0\xE8\x85\xBE\xE8\xAE\xAF\xE5\xBE\xAE\xE5\x8D\x9A",
	"\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD",
	"\xE8\x87\xAA\xE5\x8A\xA8\xE6\x92\xAD\xE6\x94\xBE\xE5\xBC\x80\xE5\x85\xB3", NULL };
static const char *const absent_autopresse[] = { "Konfigurator",
	"Weitere Meldungen", "Startseite", "Auto\n", "Gereifter",
	"Solveig Grewe", "Der Artikel \"Japanisches", "Vormarsch\n", NULL };
static const char *const absent_moritz[] = { "Follow @",
	"Bleib auf dem Laufenden", NULL };
static const char *const absent_verfassungsblog[] = {
	"While you are here", "supporting our work", "Max Steinbeis",
	"LICENSED UNDER", "SUGGESTED", "DOWNLOAD PDF", NULL };
static const char *const absent_uebermedien[] = {
	"Exklusiv f\xC3\xBCr", "Heikles", "Gute Tabus, schlechte Tabus",
	NULL };
static const char *const absent_hpd[] = { "Unterst\xC3\xBCtzen Sie uns",
	"Steady", NULL };
static const char *const absent_thepain[] = { "Kategorisiert unter",
	"Tags:", "[ad#ad-2]", NULL };
static const char *const absent_tdiary[] = { "\xE2\x96\xA0", NULL };
static const char *const absent_v8[] = { " #\n", NULL };

static const struct {
	const char		*name, *first, *last;
	const char *const	*absent;
} pages[] = {
	{ "disqus-knowtechie-jsonly",
	    "Rocket League is gearing up for a new season",
	    "carry the discussion over to our Twitter or Facebook.",
	    absent_knowtechie },
	{ "wordpress-muffinrezept-wayback",
	    "F\xC3\xBCr Experimentierfreudige ist dieses Muffin Grundrezept",
	    "Marufish | CC-BY-SA", absent_muffin },
	{ "news-qq-nocomments",
	    "TNW\xE4\xB8\xAD\xE6\x96\x87\xE7\xAB\x99 10\xE6\x9C\x88" "14\xE6\x97\xA5\xE6\x8A\xA5\xE9\x81\x93",
	    "\xEF\xBC\x88\xE7\xBC\x96\xE8\xAF\x91/\xE6\x9E\x97\xE9\x9D\x96\xE4\xB8\x9C\xEF\xBC\x89",	/* （编译/林靖东） */
	    absent_qq },
	{ "news-autopresse-cp1252-nocomments",
	    "mid Gro\xC3\x9F-Gerau - Der Toyota Yaris Cross",
	    "um der hohen Nachfrage nach dieser Fahrzeuggattung gerecht zu "
	    "werden.\"",
	    absent_autopresse },
	{ "wordpress-moritzmeyer",
	    "Das \xE2\x80\x9CVreni-Frost-Urteil\xE2\x80\x9D hat",
	    "Und das muss meiner Meinung nach aufh\xC3\xB6ren.\xC2\xA0",
	    absent_moritz },
	{ "wordpress-verfassungsblog",
	    "Die verfassungsrechtswissenschaftliche Begleitung der "
	    "Corona-Krise",
	    "eine besondere Vorbildfunktion.",
	    absent_verfassungsblog },
	{ "tdiary-takagi-nocomments",
	    "\xE5\x85\x88\xE6\x9C\x88\xE3\x81\xAE\xE3\x81\x93\xE3\x81\xA8\xE3\x80\x81NHK\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9\xE3\x81\x8C\xE3\x80\x8C\xE7\xB7\x8F\xE5\x8B\x99\xE7\x9C\x81 IoT\xE6\xA9\x9F\xE5\x99\xA8\xE3\x81\xAB\xE7\x84\xA1\xE5\xB7\xAE\xE5\x88\xA5\xE4\xBE\xB5\xE5\x85\xA5\xE3\x80\x8D\xE3\x81\xA8\xE5\xA0\xB1\xE3\x81\x98\xE3\x81\x9F",
	    "\xE3\x81\xA9\xE3\x81\x86\xE3\x81\x97\xE3\x81\xA6\xE3\x81\x93\xE3\x81\x86\xE3\x81\xAA\xE3\x81\xA3\xE3\x81\x9F\xE2\x80\xA6\xE2\x80\xA6\xE3\x80\x82\xE8\xAA\xA0\xE3\x81\xAB\xE6\xB0\x97\xE3\x81\xAE\xE6\xAF\x92\xE3\x81\xA0\xE3\x80\x82(-\xE4\xBA\xBA-)",
	    absent_tdiary },
	{ "v8-blog-nocomments",
	    "Emscripten has always focused first and foremost on compiling",
	    "Please file bugs, and as always help is welcome!",
	    absent_v8 },
	{ "wordpress-uebermedien",
	    "Wenige Umfragen sind in den vergangenen Jahren",
	    "dar\xC3\xBC" "ber wichtig und sogar notwendig f\xE2\x80\xA6",
	    absent_uebermedien },
	{ "drupal-hpd",
	    "Ohrenbet\xC3\xA4ubende Stille herrschte in der Queer-Community.",
	    "In: Versorgerin #121 Ma\xCC\x88rz 2019",
	    absent_hpd },
	{ "wordpress-thepain-wayback",
	    "Hinweis: Die folgenden Bilder und Texte",
	    "h\xC3\xA4lt 3 Stunden)",
	    absent_thepain },
	{ "custom-nnzonline",
	    "In Nord wurde am Freitag die neue Spiel- und Freizeitanlage",
	    "den Sprayern gestaltet.",
	    absent_0 },
	{ "drupal-aclu",
	    "I don't use Facebook. I'm not technophobic",
	    "we also need to protect those of us who manage to opt out.",
	    absent_1 },
	{ "wordpress-blisterreview",
	    "Ski: 2021-2022 Line Outline, 186 cm",
	    "If that sounds appealing to you, check it out.",
	    absent_2 },
	{ "wordpress-californiaglobe",
	    "Amazon delivery vans. (Photo: Twitter)",
	    "Amazon is expected to bring the case to a higher court in the near future.",
	    absent_3 },
	{ "disqusnoscript-toptal",
	    "Read the Spanish version of this article",
	    "We hope you\xE2\x80\x99ve found the pointers in this article helpful and welcome your feedback.",
	    absent_4 },
	{ "pixnet-stevenhgm",
	    "\xE4\xB8\x80\xE6\xB3\xA2\xE6\xB3\xA2\xE6\x8E\xA5\xE7\xBA\x8C\xE6\x80\xA7\xE4\xBD\x8E\xE6\xBA\xAB\xE5\xAF\x92\xE6\xB5\x81\xE5\xA0\xB1\xE5\x88\xB0",
	    "\xE5\x85\xA7\xE6\x96\x87\xE6\x9C\x89\xE4\xB8\x8D\xE5\xAE\x9A\xE6\x9C\x9F\xE7\x9A\x84\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\x85\xE9\x81\x8A\xE3\x80\x81\xE9\x9C\xB2\xE7\x87\x9F\xE5\x9C\x96\xE6\x96\x87\xE8\xA8\x8A\xE6\x81\xAF \xE8\xAC\x9D\xE8\xAC\x9D!",
	    absent_5 },
	{ "wordpresscom-diverse",
	    "More diverse speakers at WordCamps means a more diverse community",
	    "Get in touch with Jill today!",
	    absent_6 },
	{ "blogger-plentylife",
	    "Vielen Dank an den den Verlag",
	    "ISBN: 978-3960960010 // hier kaufen // 224 Seiten",
	    NULL },
	{ "zeit-zugverkehr",
	    "36 Stunden. So lange dauert die schnellste Zugverbindung",
	    "hat die neue Strecke auch die Fahrt von Spanien nach Deutschland kaum beschleunigt.",
	    absent_8 },
	{ "wordpress-youhadmeatgardening",
	    "Lemon trees are some of the easiest fruit trees to grow indoors.",
	    "by Darren Sheriff, a.k.a the Citrus Guy.",
	    absent_9 },
	{ "xenforo-katzenforum",
	    "Hallo, Pepe schl\xC3\xA4" "ft nachts mit mir im Schlafzimmer",
	    "Wie sieht es mit Dreck bei Euren Freig\xC3\xA4ngern aus ? Bezw. die Schlaf -und Ruhepl\xC3\xA4tze?",
	    NULL },
	{ "wordpress-frolleinherr",
	    "Wow! Als ich mich eben an den Computer gesetzt habe",
	    "Quote im Header: @_youthclub",
	    absent_11 },
};

START_TEST(corpus_bodies)
{
	struct qr_doc *doc = corpus(pages[_i].name);

	if (doc == NULL)
		return;
	assert_body(pages[_i].name, doc, pages[_i].first, pages[_i].last,
	    pages[_i].absent);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_html_body(void)
{
	Suite	*s = suite_create("html_body");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, class_words);
	tcase_add_test(tc, class_words_camel);
	tcase_add_test(tc, class_state_words);
	tcase_add_test(tc, in_page_nav_label_links);
	tcase_add_test(tc, buttons_kicker_teasers);
	tcase_add_test(tc, class_word_wrapper);
	tcase_add_test(tc, script_widget);
	tcase_add_test(tc, donation_box);
	tcase_add_test(tc, orphan_lead_in);
	tcase_add_test(tc, repeated_lead);
	tcase_add_test(tc, ends_licence_citation_posted);
	tcase_add_test(tc, ends_rights_credit_spacers);
	tcase_add_test(tc, ends_paywall);
	tcase_add_test(tc, title_kicker_byline);
	tcase_add_test(tc, shortcodes);
	tcase_add_test(tc, heading_anchor_marks);
	tcase_add_test(tc, ends_trimmed);
	tcase_add_test(tc, ends_caption_avatar);
	tcase_add_test(tc, pick_not_link_box);
	tcase_add_test(tc, javascript_link_text);
	tcase_add_test(tc, empty_comment_with_replies);
	tcase_add_test(tc, forum_discourse);
	tcase_add_test(tc, forum_invision);
	tcase_add_test(tc, forum_mybb);
	tcase_add_test(tc, forum_mybb_numeric_dates);
	tcase_add_test(tc, pingback_dates);
	tcase_add_test(tc, forum_smf);
	tcase_add_test(tc, forum_phpbb);
	tcase_add_loop_test(tc, corpus_bodies, 0,
	    (int)(sizeof(pages) / sizeof(pages[0])));
	suite_add_tcase(s, tc);
	return s;
}
