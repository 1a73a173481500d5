/*
 * check_html.c -- the HTML reader: small pages for each platform
 * profile and each odd markup (replies beside their parent, nesting by
 * CSS class only, sidebars with comment classes), URL safety and hostile
 * pages, charsets, deep threads, and corpus pages checked by hand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "html.h"

static struct qr_doc *
rd(const char *html)
{
	return test_read(html, QR_IN_HTML);
}

static void
assert_ctext(struct qr_doc *doc, size_t k, const char *want)
{
	struct qr_node	*c = test_nth_comment(doc, k);
	char		*t;

	ck_assert_msg(c != NULL, "no comment %zu", k);
	t = test_comment_text(c);
	ck_assert_str_eq(t, want);
	free(t);
}

/* Comment k's parent comment index in page order, -1 for top level. */
static long
parent_of(struct qr_doc *doc, size_t k)
{
	struct qr_node	*c = test_nth_comment(doc, k), *p;
	size_t		 i;

	ck_assert_ptr_nonnull(c);
	p = c->parent;
	if (p->kind != QR_COMMENT)
		return -1;
	for (i = 0; i < k; i++)
		if (test_nth_comment(doc, i) == p)
			return (long)i;
	return -2;
}

static char *
json(struct qr_doc *doc)
{
	return test_render(doc, QR_OUT_JSON, NULL);
}

static char *
body_text(struct qr_doc *doc)
{
	struct qr_buf	 b = { 0 };
	struct qr_node	*n;

	for (n = doc->body->first; n != NULL; n = n->next) {
		char *t = qr_node_plain_text(n);

		qr_buf_puts(&b, t);
		qr_buf_putc(&b, '\n');
		free(t);
	}
	qr_buf_putc(&b, '\0');
	return b.data;
}

/* ---- platforms ------------------------------------------------------------ */

START_TEST(wordpress_html5)
{
	struct qr_doc *doc = rd(
	    "<html><head><title>Tomatoes &#8211; My Garden</title>"
	    "<link rel=canonical href='https://garden.example/tomatoes/'>"
	    "<meta property='og:site_name' content='My Garden'>"
	    "</head><body><article><div class='entry-content'>"
	    "<p>Plant them <em>deep</em>.</p><p>Water often.</p></div>"
	    "<div class='sharedaddy'>Share this: Twitter</div></article>"
	    "<div id=comments class=comments-area><h2>2 thoughts</h2>"
	    "<ol class='comment-list'>"
	    "<li id='comment-1' class='comment depth-1'>"
	    "<article class='comment-body'><footer class='comment-meta'>"
	    "<div class='comment-author vcard'><img class=avatar src=a.png>"
	    "<b class='fn'><a href='https://ann.example/' class=url>Ann</a></b>"
	    " <span class='says'>says:</span></div>"
	    "<div class='comment-metadata'><a href='#comment-1'><time "
	    "datetime='2017-02-15T09:12:00+00:00'>February 15, 2017</time></a>"
	    "</div></footer><div class='comment-content'><p>First!</p></div>"
	    "<div class='reply'><a class='comment-reply-link' href='#'>Reply</a>"
	    "</div></article>"
	    "<ol class='children'><li id='comment-2' class='comment depth-2'>"
	    "<article class='comment-body'><footer class='comment-meta'>"
	    "<div class='comment-author vcard'><b class='fn'>Bob</b> "
	    "<span class='says'>says:</span></div></footer>"
	    "<div class='comment-content'><p>Second.</p></div>"
	    "<div class='reply'>Reply</div></article></li></ol></li></ol>"
	    "<div id=respond><h3>Leave a Reply</h3><form><textarea>"
	    "</textarea></form></div></div></body></html>");
	struct qr_node	*a = test_nth_comment(doc, 0), *b = test_nth_comment(doc, 1);
	char		*body = body_text(doc);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(a->as.comment.author, "Ann");
	ck_assert_str_eq(a->as.comment.author_url, "https://ann.example/");
	ck_assert_str_eq(a->as.comment.id, "comment-1");
	ck_assert_str_eq(a->as.comment.date, "2017-02-15T09:12:00+00:00");
	ck_assert_str_eq(a->as.comment.url,
	    "https://garden.example/tomatoes/#comment-1");
	assert_ctext(doc, 0, "First!");
	ck_assert_str_eq(b->as.comment.author, "Bob");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 1, "Second.");
	ck_assert_str_eq(body, "Plant them deep.\nWater often.\n");
	ck_assert_str_eq(doc->title, "Tomatoes");
	free(body);
	qr_doc_free(doc);
}
END_TEST

/* Pre-3.6 markup: the text directly in div.comment-body beside the
 * author and meta blocks. */
START_TEST(wordpress_old)
{
	struct qr_doc *doc = rd(
	    "<body><div class=entry><p>Post.</p></div><ol class=commentlist>"
	    "<li class='comment' id='li-comment-7'><div id='comment-7' "
	    "class='comment-body'><div class='comment-author vcard'>"
	    "<cite class='fn'>Carl</cite> <span class='says'>says:</span>"
	    "</div><div class='comment-meta commentmetadata'><a href='#c'>"
	    "July 11, 2011 at 12:25 pm</a></div><p>One.</p><p>Two.</p>"
	    "<div class='reply'><a href='#'>Reply</a></div></div></li>"
	    "</ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Carl");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2011-07-11T12:25");
	assert_ctext(doc, 0, "One. Two.");
	qr_doc_free(doc);
}
END_TEST

/* A theme that closes </li> before <ul class=children>: the replies
 * stand beside their parent. */
START_TEST(reply_beside_parent)
{
	struct qr_doc *doc = rd(
	    "<body><ol class=commentlist>"
	    "<li class='comment' id=c1><div class=comment-content><p>A</p>"
	    "</div></li><ul class=children><li class='comment' id=c2>"
	    "<div class=comment-content><p>B</p></div></li>"
	    "<ul class=children><li class='comment' id=c3><div "
	    "class=comment-content><p>C</p></div></li></ul></ul>"
	    "<li class='comment' id=c4><div class=comment-content><p>D</p>"
	    "</div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	assert_ctext(doc, 2, "C");
	ck_assert_int_eq(parent_of(doc, 0), -1);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), -1);
	qr_doc_free(doc);
}
END_TEST

/* WordPress's depth-N classes decide when the markup is broken. */
START_TEST(depth_classes)
{
	struct qr_doc *doc = rd(
	    "<body><ol class=commentlist>"
	    "<li class='comment depth-1'><div class=comment-content>A</div>"
	    "</li></li></li>"
	    "<li class='comment depth-2'><div class=comment-content>B</div>"
	    "</li><li class='comment depth-3'><div class=comment-content>C"
	    "</div></li><li class='comment depth-2'><div "
	    "class=comment-content>D</div></li><li class='comment depth-1'>"
	    "<div class=comment-content>E</div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), 0);
	ck_assert_int_eq(parent_of(doc, 4), -1);
	qr_doc_free(doc);
}
END_TEST

/* Drupal: replies in div.indented after their parent. */
START_TEST(drupal_indented)
{
	struct qr_doc *doc = rd(
	    "<body><div class='field-name-body'><p>Post text here.</p></div>"
	    "<div id=comments><a id='comment-1'></a><div class='comment'>"
	    "<h3 class=name><span class=username>Anonymous</span></h3>"
	    "<div class='field-comment-body'><p>Top.</p></div></div>"
	    "<div class=indented><a id='comment-2'></a><div class=comment>"
	    "<span class=username>Eve</span><div class='field-comment-body'>"
	    "<p>Reply.</p></div></div></div><a id='comment-3'></a>"
	    "<div class=comment><span class=username>Zed</span>"
	    "<div class='field-comment-body'><p>Next.</p></div></div>"
	    "</div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.id, "comment-1");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Eve");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), -1);
	assert_ctext(doc, 2, "Next.");
	qr_doc_free(doc);
}
END_TEST

/* Drupal 10's Olivero: the subject h3 is a title, the comment_body
 * field the text; "(not verified)" marks an anonymous name; the date
 * "Tue, 03/04/2014 - 09:12" read by its weekday */
START_TEST(drupal_olivero)
{
	struct qr_doc *doc = rd(
	    "<body><section class=comments><a id='comment-1'></a>"
	    "<article id='comment-1' class='comment js-comment "
	    "comment--level-1 by-anonymous'><div class=comment__text-wrapper>"
	    "<footer class=comment__meta><p class=comment__author><span>Ann "
	    "(not verified)</span></p><p class=comment__time>Tue, 03/04/2014 - "
	    "09:12</p></footer><div class=comment__content><h3><a "
	    "href='/comment/1#comment-1'>Subject line</a></h3><div class='text-"
	    "content field field--name-comment-body'><p>Top text.</p></div>"
	    "<ul class='links inline'><li><a href='/r'>Reply</a></li></ul>"
	    "</div></div></article><div class=indented><a id='comment-2'></a>"
	    "<article id='comment-2' class='comment js-comment'><footer "
	    "class=comment__meta><p class=comment__author><a class=username "
	    "href='/user/1'>Bob</a></p><p class=comment__time>Thu, 03/06/2014 "
	    "- 21:15</p><p class=visually-hidden>In reply to <a href='#'>"
	    "Subject line</a> by Ann</p></footer><div class=comment__content>"
	    "<div class='field--name-comment-body'><p>Reply text.</p></div>"
	    "</div></article></div></section></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bob");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.date,
	    "2014-03-06T21:15");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 0, "Top text.");
	assert_ctext(doc, 1, "Reply text.");
	qr_doc_free(doc);
}
END_TEST

START_TEST(blogger_threaded)
{
	struct qr_doc *doc = rd(
	    "<body><div class='widget Blog'><div class='post-body "
	    "entry-content'>Hello from Blogger.</div><div id=comment-holder>"
	    "<div class='comment-thread toplevel-thread'><ol>"
	    "<li class=comment id=c11><div class=comment-block><div "
	    "class=comment-header><cite class=user><a href='http://x.example/'>"
	    "Iwona</a></cite><span class='datetime'><a href='?c=11'>May 30, "
	    "2019 at 1:06 PM</a></span></div><p class=comment-content>Nice"
	    "</p><span class=comment-actions><a>Reply</a></span></div>"
	    "<div class=comment-replies><div class='comment-thread "
	    "inline-thread'><ol><div><li class=comment id=c12><div "
	    "class=comment-block><cite class=user>Owner</cite><p "
	    "class=comment-content>Thanks</p></div></li></div></ol></div>"
	    "</div></li></ol></div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Iwona");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2019-05-30T13:06");
	assert_ctext(doc, 0, "Nice");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Owner");
	qr_doc_free(doc);
}
END_TEST

/* Classic Blogger: each comment is a dt and two dd siblings. */
START_TEST(blogger_classic)
{
	struct qr_doc *doc = rd(
	    "<body><div class=post-body>Post.</div><div id=comments>"
	    "<h4>2 comments:</h4><dl id=comments-block>"
	    "<dt class=comment-author id=c1><a name=c1></a><a "
	    "href='https://www.blogger.example/profile/9'>Vera</a> said..."
	    "</dt><dd class=comment-body><p>Lovely photos.</p></dd>"
	    "<dd class=comment-footer><span class=comment-timestamp><a "
	    "href='#c1'>March 3, 2010 at 4:05 PM</a></span></dd>"
	    "<dt class=comment-author id=c2>Anonymous said...</dt>"
	    "<dd class=comment-body><p>Where is this?</p></dd>"
	    "<dd class=comment-footer><span class=comment-timestamp>"
	    "<a href='#c2'>March 4, 2010 at 9:00 AM</a></span></dd>"
	    "</dl></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Vera");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2010-03-03T16:05");
	assert_ctext(doc, 0, "Lovely photos.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Anonymous");
	assert_ctext(doc, 1, "Where is this?");
	ck_assert_int_eq(parent_of(doc, 1), -1);
	qr_doc_free(doc);
}
END_TEST

/* A forum's first page: post #1 is the post; the rest are flat
 * comments even when broken markup nests them. */
START_TEST(xenforo_first_post)
{
	struct qr_doc *doc = rd(
	    "<body><article class='message message--post' id=js-post-1>"
	    "<h4 class=message-name><a class=username>Op</a></h4>"
	    "<ul class=message-attribution-opposite><li><a href=#p1>#1</a></li>"
	    "</ul><div class=message-body><div class=bbWrapper>The question."
	    "</div></div></article>"
	    "<article class='message message--post' id=js-post-2>"
	    "<h4 class=message-name><a class=username>Ann</a></h4>"
	    "<ul class=message-attribution-opposite><li><a href=#p2>#2</a>"
	    "</ul><div class=message-body><div class=bbWrapper>"
	    "<blockquote class='bbCodeBlock bbCodeBlock--quote'><div "
	    "class=bbCodeBlock-title>Op said:</div><div>The question.</div>"
	    "</blockquote>An answer.</div></div>"
	    "<article class='message message--post' id=js-post-3>"
	    "<h4 class=message-name><a class=username>Bo</a></h4>"
	    "<ul class=message-attribution-opposite><li><a href=#p3>#3</a>"
	    "</li></ul><div class=message-body><div class=bbWrapper>More."
	    "</div></div></article></article></body>");
	char *body = body_text(doc);

	ck_assert_str_eq(body, "The question.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	assert_ctext(doc, 0, "The question. An answer.");
	ck_assert_int_eq(parent_of(doc, 1), -1);
	free(body);
	qr_doc_free(doc);
}
END_TEST

/* A later page of a forum thread: every post is a comment, and the
 * page has no post of its own. */
START_TEST(forum_later_page)
{
	struct qr_doc *doc = rd(
	    "<body><div id=forumposts><div class=pagelinks>Pages: 1 "
	    "<strong>2</strong> 3</div>"
	    "<div class=post_wrapper><div class=poster><h4><a>ann</a></h4>"
	    "</div><div class=postarea><div class=keyinfo><div class=smalltext>"
	    "May 02, 2014, 10:11:12 AM</div></div><div class=post><div "
	    "class=inner id=msg_11>Reply on page two.</div></div></div></div>"
	    "<div class=post_wrapper><div class=poster><h4><a>bob</a></h4>"
	    "</div><div class=postarea><div class=post><div class=inner "
	    "id=msg_12>Another.</div></div></div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_ptr_null(doc->body->first);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "Reply on page two.");
	qr_doc_free(doc);
}
END_TEST

START_TEST(disqus_noscript)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>Post body.</p></article><div id=disqus_thread>"
	    "<div class=d-noscript-comments><h2>Comments</h2>"
	    "<div class=comment><div class=comment-author>sam</div>"
	    "<div class=comment-body>Great read.</div></div>"
	    "<div class=comment><div class=comment-author>Guest</div>"
	    "<div class=comment-body>Thanks!</div></div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Guest");
	assert_ctext(doc, 1, "Thanks!");
	ck_assert_ptr_null(test_nth_comment(doc, 0)->as.comment.date);
	qr_doc_free(doc);
}
END_TEST

/* Threading by a CSS class only (ZEIT ONLINE). */
START_TEST(css_indent)
{
	struct qr_doc *doc = rd(
	    "<body><div class=comment-section__body>"
	    "<article class='comment js-comment-toplevel'><h4 "
	    "class=comment-meta__name><a>T</a></h4><div class=comment__body>"
	    "<p>Top</p></div></article>"
	    "<article class='comment comment--indented'><h4 "
	    "class=comment-meta__name><a>R</a></h4><div class=comment__body>"
	    "<p>Re</p></div></article>"
	    "<article class='comment js-comment-toplevel'><div "
	    "class=comment__body><p>Two</p></div></article></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), -1);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "R");
	qr_doc_free(doc);
}
END_TEST

/* Nesting by margins only (LiveJournal-like, generic): the smallest
 * margin is the top level. */
START_TEST(css_margins)
{
	struct qr_doc *doc = rd(
	    "<body><div id=comments>"
	    "<div class=comment-box style='margin-left: 0px'><div "
	    "class=comment-text>A</div></div>"
	    "<div class=comment-box style='margin-left: 25px'><div "
	    "class=comment-text>B</div></div>"
	    "<div class=comment-box style='margin-left:50px'><div "
	    "class=comment-text>C</div></div>"
	    "<div class=comment-box style='margin-left: 25px'><div "
	    "class=comment-text>D</div></div>"
	    "<div class=comment-box style='margin-left: 0'><div "
	    "class=comment-text>E</div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), 0);
	ck_assert_int_eq(parent_of(doc, 4), -1);
	qr_doc_free(doc);
}
END_TEST

/* LiveJournal: depth classes on the thread wrappers. */
START_TEST(livejournal)
{
	struct qr_doc *doc = rd(
	    "<body><div class='b-tree-twig b-tree-twig-1' style='margin-left:"
	    "0px'><div class=b-leaf id=t1><span class=b-leaf-username-name>"
	    "ann</span><span class=b-leaf-createdtime>2016-03-01 10:00 am "
	    "(UTC)</span><div class=b-leaf-article>Top</div></div></div>"
	    "<div class='b-tree-twig b-tree-twig-2' style='margin-left:30px'>"
	    "<div class=b-leaf id=t2><span class=b-leaf-username-name>bo"
	    "</span><div class=b-leaf-article>Under</div></div></div>"
	    "</body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 1, "Under");
	qr_doc_free(doc);
}
END_TEST

/* Typepad / Movable Type: "Posted by: NAME | DATE" in a footer. */
START_TEST(typepad)
{
	struct qr_doc *doc = rd(
	    "<body><div class=entry-body><p>Post.</p></div><div "
	    "class=comments-content><div class=comment id='comment-6a0'>"
	    "<div class=comment-content><p>Agreed.</p></div><p "
	    "class=comment-footer>Posted by: <a href='http://t.example/'>"
	    "Tess</a> | <a href='#comment-6a0'>December 01, 2008 at 10:47 AM"
	    "</a></p></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Tess");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2008-12-01T10:47");
	assert_ctext(doc, 0, "Agreed.");
	qr_doc_free(doc);
}
END_TEST

/* CSDN's thread as its script draws it (li.comment-line-box, the
 * replies in li.replay-box > ul.comment-list, "NAME 回复 TARGET") */
START_TEST(csdn_drawn)
{
	struct qr_doc *doc = rd(
	    "<body><div id=content_views><p>Post.</p></div>"
	    "<div class=comment-list-box><ul class=comment-list>"
	    "<li class=comment-line-box><div class=comment-list-item>"
	    "<a class=comment-list-href href='https://blog.csdn.net/ann'>"
	    "<img class=avatar alt=ann src=a.jpg></a><div class=right-box>"
	    "<div class='new-info-box clearfix'><div class=comment-top>"
	    "<div class=user-box><a class=name-href href='https://blog.csdn"
	    ".net/ann'><span class=name>Ann</span></a><span class=date "
	    "title='2021-07-23 15:19:33'>2021.07.23</span></div></div>"
	    "<div class=comment-center><div class=new-comment>First.</div>"
	    "</div></div></div></div></li>"
	    "<li class=replay-box><ul class=comment-list>"
	    "<li class=comment-line-box><div class=comment-list-item>"
	    "<div class=right-box><div class='new-info-box clearfix'><div "
	    "class=comment-top><div class=user-box><a class=name-href><span "
	    "class=name>Bo</span></a><span class=text>\xe5\x9b\x9e\xe5"
	    "\xa4\x8d</span><span class=nick-name>Ann</span><span "
	    "class=date title='2022-01-14 14:06:05'>2022.01.14</span></div>"
	    "</div><div class=comment-center><div class=new-comment>Second."
	    "</div></div></div></div></div></li></ul></li></ul>"
	    "<ul class=comment-list><li class=comment-line-box><div "
	    "class=comment-list-item><div class=right-box><div "
	    "class=new-info-box><div class=comment-top><div class=user-box>"
	    "<a class=name-href><span class=name>Cy</span></a></div></div>"
	    "<div class=comment-center><div class=new-comment>Third.</div>"
	    "</div></div></div></div></li></ul></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bo");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author, "Cy");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), -1);
	assert_ctext(doc, 1, "Second.");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2021-07-23T15:19:33");
	qr_doc_free(doc);
}
END_TEST

/* The Disqus thread as a browser saved it. */
START_TEST(disqus_saved)
{
	struct qr_doc *doc = rd(
	    "<body><ul id=post-list class=post-list><li class=post id=post-1>"
	    "<div class=post-content><span class=author><a>Pat</a></span>"
	    "<a class=time-ago title='Monday, January 2, 2017 10:00 AM'>"
	    "7 years ago</a><div class=post-message><p>Hello</p></div></div>"
	    "<ul class=children><li class=post id=post-2><div "
	    "class=post-content><span class=author>Quinn</span><div "
	    "class=post-message><p>Hi Pat</p></div></div></li></ul></li>"
	    "</ul></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Pat");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2017-01-02T10:00");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 1, "Hi Pat");
	qr_doc_free(doc);
}
END_TEST

START_TEST(schema_org)
{
	struct qr_doc *doc = rd(
	    "<body><main><p>The post.</p></main><section>"
	    "<div itemscope itemtype='https://schema.org/Comment'>"
	    "<span itemprop=author>Kim</span><time itemprop=dateCreated "
	    "datetime='2020-01-02'>2 Jan</time><div itemprop=text>Hi.</div>"
	    "<div itemscope itemtype='https://schema.org/Comment'>"
	    "<span itemprop=author>Lee</span><div itemprop=text>Yo.</div>"
	    "</div></div></section></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Kim");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2020-01-02");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 1, "Yo.");
	qr_doc_free(doc);
}
END_TEST

START_TEST(microformats)
{
	struct qr_doc *doc = rd(
	    "<body><div class=h-entry><div class=e-content><p>Post.</p></div>"
	    "<div class='p-comment h-cite'><a class='p-author h-card' "
	    "href='https://m.example/'>Mo</a><div class=e-content>Nice post"
	    "</div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Mo");
	assert_ctext(doc, 0, "Nice post");
	qr_doc_free(doc);
}
END_TEST

/* A platform no profile knows: the generic rule (comment-like classes,
 * nesting), with a "latest comments" box of mere links left out. */
START_TEST(generic_unknown)
{
	struct qr_doc *doc = rd(
	    "<body><div class=article><p>Long article text.</p></div>"
	    "<div class=kommentare><div class=kommentar-item>"
	    "<div class=benutzer>Kai</div><div class=datum>06.11.2023</div>"
	    "<div class=kommentar-text>Erster Kommentar.</div>"
	    "<div class=kommentar-item><div class=benutzer>Uli</div>"
	    "<div class=kommentar-text>Antwort.</div></div></div></div>"
	    "<div class=box><h1>Letzte Kommentare</h1><ul>"
	    "<li class=kommentar><a href='/a#1'>Other post</a></li>"
	    "<li class=kommentar><a href='/b#2'>Another</a></li></ul></div>"
	    "</body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Kai");
	assert_ctext(doc, 0, "Erster Kommentar.");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Uli");
	qr_doc_free(doc);
}
END_TEST

/* Lobsters: a comment's replies in the list after it, past an empty
 * tree-line div; a sibling with text between them breaks the link. */
START_TEST(replies_past_empty)
{
	struct qr_doc *doc = rd(
	    "<body><ol class=comments><li class=subtree>"
	    "<div class=comment><a class=user href='/~a'>a</a>"
	    "<div class=comment_text><p>Top one</p></div></div>"
	    "<div class=tree_line></div>"
	    "<ol class=comments><li class=subtree><div class=comment>"
	    "<div class=comment_text><p>Reply one</p></div></div>"
	    "<div class=tree_line></div>"
	    "<ol class=comments></ol></li></ol></li>"
	    "<li class=subtree><div class=comment><div class=comment_text>"
	    "<p>Top two</p></div></div><div class=note>A note</div>"
	    "<ol class=comments><li class=subtree><div class=comment>"
	    "<div class=comment_text><p>Not a reply</p></div></div>"
	    "</li></ol></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	assert_ctext(doc, 1, "Reply one");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), -1);
	/* the note with text is no tree line: no nesting through it */
	assert_ctext(doc, 3, "Not a reply");
	ck_assert_int_eq(parent_of(doc, 3), -1);
	qr_doc_free(doc);
}
END_TEST

/* Habr: the comment inside a wrapper, its replies in the BEM
 * "block__children" after the wrapper; such a list before any comment
 * nests nothing. */
START_TEST(bem_children)
{
	struct qr_doc *doc = rd(
	    "<body><div class=tree><div class=x-thread__children>"
	    "<section class=x-thread><article class=x-thread__comment>"
	    "<div class=x-comment><div class=x-comment__body>First</div></div>"
	    "</article><div class=x-thread__children>"
	    "<section class=x-thread><article class=x-thread__comment>"
	    "<div class=x-comment><div class=x-comment__body>Answer</div></div>"
	    "</article></section></div></section>"
	    "<section class=x-thread><article class=x-thread__comment>"
	    "<div class=x-comment><div class=x-comment__body>Second</div></div>"
	    "</article></section></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_int_eq(parent_of(doc, 0), -1);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	assert_ctext(doc, 2, "Second");
	ck_assert_int_eq(parent_of(doc, 2), -1);
	qr_doc_free(doc);
}
END_TEST

/* Hacker News-like: the depth only as a spacer image's width; an
 * avatar (taller than two pixels) is no spacer. */
START_TEST(spacer_indent)
{
	static const char *const fmt =
	    "<div class=comment-box><table><tr><td><img src=s.gif "
	    "height=%d width=%d></td><td><div class=comment-text>%s</div>"
	    "</td></tr></table></div>";
	const int w[] = { 0, 40, 80, 40, 0 };
	const char *t[] = { "A", "B", "C", "D", "E" };
	int pass;

	for (pass = 0; pass < 2; pass++) {
		struct qr_buf	 b = { 0 };
		struct qr_doc	*doc;
		char		 row[256];
		size_t		 i;

		qr_buf_puts(&b, "<body><div id=comments>");
		for (i = 0; i < 5; i++) {
			snprintf(row, sizeof(row), fmt, pass == 0 ? 1 : 50,
			    w[i], t[i]);
			qr_buf_puts(&b, row);
		}
		qr_buf_puts(&b, "</div></body>");
		qr_buf_putc(&b, '\0');
		doc = rd(b.data);
		qr_buf_free(&b);
		ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
		if (pass == 0) {
			ck_assert_int_eq(parent_of(doc, 1), 0);
			ck_assert_int_eq(parent_of(doc, 2), 1);
			ck_assert_int_eq(parent_of(doc, 3), 0);
			ck_assert_int_eq(parent_of(doc, 4), -1);
		} else
			for (i = 0; i < 5; i++)
				ck_assert_int_eq(parent_of(doc, i), -1);
		qr_doc_free(doc);
	}
}
END_TEST

/* An h-cite on a block is a comment; on a span it is a cited link
 * (Lobsters' story title), not one. */
START_TEST(h_cite_block_only)
{
	struct qr_doc *doc = rd(
	    "<body><div class=story><span class='link h-cite u-repost-of'>"
	    "<a class=u-url href='https://x.example/'>A story</a></span>"
	    "<p>Long enough story text for the post.</p></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
	doc = rd("<body><div class=h-entry><div class=e-content><p>Post.</p>"
	    "</div><div class=h-cite><a class='p-author h-card' "
	    "href='https://m.example/'>Mo</a><div class=e-content>Cited "
	    "reply</div></div></div></body>");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Mo");
	assert_ctext(doc, 0, "Cited reply");
	qr_doc_free(doc);
}
END_TEST

/* Staticman (Jekyll): BEM parts (comment__author-name,
 * comment__content) and a reply as the next sibling with the class
 * "child"; a comment without it after a reply is top level again. */
START_TEST(staticman_child)
{
	struct qr_doc *doc = rd(
	    "<body><div id=comments class=js-comments>"
	    "<article id=comment-1 class='js-comment comment'><div "
	    "class=comment__avatar><img src=a.png alt=Ann></div><h3 "
	    "class=comment__author-name>Ann</h3><div class=comment__timestamp>"
	    "<time datetime='2014-03-04T09:12:00+00:00'>March 4</time></div>"
	    "<div class=comment__content><p>First <b>bold</b></p></div>"
	    "<div class=comment__reply><a href='#comment-1'>Reply to Ann</a>"
	    "</div></article>"
	    "<article id=comment-1-1 class='js-comment comment child'><h3 "
	    "class=comment__author-name>Bo</h3><div class=comment__content>"
	    "<p>A reply</p></div></article>"
	    "<article id=comment-2 class='js-comment comment'><h3 "
	    "class=comment__author-name>Cy</h3><div class=comment__content>"
	    "<p>Second</p></div></article></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	assert_ctext(doc, 0, "First bold");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bo");
	ck_assert_int_eq(parent_of(doc, 2), -1);
	qr_doc_free(doc);
	/* the generic rule: the same marker on comment-classed items; a
	 * "child" that is no comment (old Reddit's div.child) nests
	 * nothing by itself */
	doc = rd("<body><div class=kommentare>"
	    "<div class=kommentar-item><div class=kommentar-text>Eins</div>"
	    "<div class=child></div></div>"
	    "<div class=kommentar-item><div class=kommentar-text>Zwei</div>"
	    "</div><div class='kommentar-item child'><div "
	    "class=kommentar-text>Antwort</div></div></div></body>");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_int_eq(parent_of(doc, 1), -1);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	qr_doc_free(doc);
}
END_TEST

/* Grav: "Written on DATE by NAME", the date bare text with the name
 * after it; a bare date with no "by" gives no author. */
START_TEST(date_by_name)
{
	struct qr_doc *doc = rd(
	    "<body><div class='row comments'>"
	    "<div class='comment comment-level-0'><div class=comment-body>"
	    "<div class=comment-heading><div class=comment-meta>Written on "
	    "Tue, 04 Mar 2014 09:12:00 by Margaret Holloway</div></div>"
	    "<div class=comment-text>First one</div></div></div>"
	    "<div class='comment comment-level-1'><div class=comment-body>"
	    "<div class=comment-heading><div class=comment-meta>Written on "
	    "Wed, 05 Mar 2014 08:30:00</div></div>"
	    "<div class=comment-text>A reply</div></div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret Holloway");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12:00");
	assert_ctext(doc, 0, "First one");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_ptr_null(test_nth_comment(doc, 1)->as.comment.author);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.date,
	    "2014-03-05T08:30:00");
	qr_doc_free(doc);
}
END_TEST

/* Tistory: li.tt-item-reply (no "comment" word), a reply in the
 * ul.tt-list-reply-comment inside its comment; the meta, info and
 * menu boxes are not text. */
START_TEST(tistory)
{
	struct qr_doc *doc = rd(
	    "<body><div class=tt-area-reply><ul class=tt-list-reply>"
	    "<li class='tt-item-reply rp_general'><div class=tt-wrap-cmt>"
	    "<div class=tt-box-content><div class=tt-box-meta><a href='#' "
	    "class=tt-link-user>Min</a></div><div class=tt-wrap-desc><p "
	    "class=tt_desc>First</p></div><div class=tt-wrap-info><span "
	    "class=tt_date>2014.03.04 09:12</span></div><div "
	    "class=tt-box-modify><ul class=tt-list-modify><li><a href='#'>Edit"
	    "</a></li></ul></div></div></div>"
	    "<ul class=tt-list-reply-comment><li class='tt-item-reply "
	    "rp_general'><div class=tt-wrap-cmt><div class=tt-box-content><div "
	    "class=tt-box-meta><a href='#' class=tt-link-user>Jun</a></div>"
	    "<div class=tt-wrap-desc><p class=tt_desc>Answer</p></div></div>"
	    "</div></li></ul></li></ul></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Min");
	assert_ctext(doc, 0, "First");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Jun");
	assert_ctext(doc, 1, "Answer");
	qr_doc_free(doc);
}
END_TEST

/* Forem (dev.to): every reply carries the class "child" but sits inside
 * its parent's node, so the indent rule (a "child" after a top-level
 * comment is its reply) must not lift a grandchild to depth 2; the
 * dropdown menu's div.dropdown-content is no body, div.body is. */
START_TEST(forem_nested)
{
	static const char *const menu =
	    "<div class=dropdown><div class=dropdown-content><a href='/x'>"
	    "Permalink</a> <a href='/r'>Report Abuse</a></div></div>";
	struct qr_doc *doc;
	char html[2048];

	snprintf(html, sizeof(html),
	    "<body><div class=comment-trees>"
	    "<div id=comment-node-1 class='single-comment-node root "
	    "comment-deep-0'><div class=inner-comment><div class=details>"
	    "<span class=comment-username>Ann</span>%s</div><div class=body>"
	    "<p>One</p></div></div>"
	    "<div id=comment-node-2 class='single-comment-node child "
	    "comment-deep-1'><div class=inner-comment><div class=details>"
	    "<span class=comment-username>Bob</span>%s</div><div class=body>"
	    "<p>Two</p></div></div>"
	    "<div id=comment-node-3 class='single-comment-node child "
	    "comment-deep-2'><div class=inner-comment><div class=details>"
	    "<span class=comment-username>Cy</span>%s</div><div class=body>"
	    "<p>Three</p></div></div></div></div></div>"
	    "<div id=comment-node-4 class='single-comment-node root "
	    "comment-deep-0'><div class=inner-comment><div class=details>"
	    "<span class=comment-username>Di</span>%s</div><div class=body>"
	    "<p>Four</p></div></div></div></div></body>",
	    menu, menu, menu, menu);
	doc = rd(html);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	assert_ctext(doc, 0, "One");
	assert_ctext(doc, 2, "Three");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), -1);
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author, "Cy");
	qr_doc_free(doc);
}
END_TEST

/* cnblogs: flat div.feedbackItem (no comment word), the author's link
 * a#a_comment_author_N; a fieldset.comment_quote is a quotation (its
 * legend a caption), not a form part to remove. */
START_TEST(cnblogs_quote)
{
	struct qr_doc *doc = rd(
	    "<body><div id=blog-comments-placeholder>"
	    "<div class=feedbackItem><div class=feedbackListSubtitle>"
	    "<a href='#1' class=layer>#1楼</a> <span class=comment_date>"
	    "2017-12-23 08:16</span> <a id=a_comment_author_1 "
	    "href='https://home.cnblogs.com/u/1/'>xuanbg</a></div>"
	    "<div class=feedbackCon><div id=comment_body_1 "
	    "class=blog_comment_body>最主要的是人不一样</div></div></div>"
	    "<div class=feedbackItem><div class=feedbackListSubtitle>"
	    "<a href='#2' class=layer>#2楼</a> <span class=comment_date>"
	    "2017-12-23 09:00</span> <a id=a_comment_author_2 "
	    "href='https://home.cnblogs.com/u/2/'>codezyc</a></div>"
	    "<div class=feedbackCon><div id=comment_body_2 "
	    "class=blog_comment_body>同意<fieldset class=comment_quote>"
	    "<legend>引用</legend>最主要的是人不一样</fieldset></div></div>"
	    "</div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "xuanbg");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2017-12-23T08:16");
	assert_ctext(doc, 0, "最主要的是人不一样");
	ck_assert_int_eq(parent_of(doc, 1), -1);
	ck_assert_ptr_nonnull(test_nth_comment(doc, 1)->first->next);
	ck_assert_int_eq(test_nth_comment(doc, 1)->first->next->kind, QR_QUOTE);
	assert_ctext(doc, 1, "同意 最主要的是人不一样");
	qr_doc_free(doc);
}
END_TEST

/* Lemmy: li.comment (the WordPress list's item) with its author in
 * a.person-listing, the replies in the ul.comments after the article. */
START_TEST(lemmy)
{
	struct qr_doc *doc = rd(
	    "<body><ul class=comments><li class='comment list-unstyled'>"
	    "<article id=comment-1 class='details comment-node'><div><div "
	    "class=row><a class=person-listing href='/u/ann'><span>ann</span>"
	    "</a><span class=moment-time>3d</span></div><div "
	    "class=comment-content><div class=md-div><p>One</p></div></div>"
	    "</div></article><ul class=comments><li class=comment><article "
	    "id=comment-2 class=comment-node><div><div class=row><a "
	    "class=person-listing href='/u/bob'><span>bob</span></a></div>"
	    "<div class=comment-content><div class=md-div><p>Two</p></div>"
	    "</div></div></article></li></ul></li></ul></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "One");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "bob");
	assert_ctext(doc, 1, "Two");
	qr_doc_free(doc);
}
END_TEST

/* SPIP forums: ul.forum > li.forum-fil, the reply in a ul inside the
 * li (squelettes-dist: title and "DATE, par <span>NAME</span>" in
 * .forum-chapo); Le Monde diplomatique's theme puts b.forum-qui and the
 * date in a div.forum-top, and an anonymous message has no author
 * element (its title in strong.forum-titre is not an author). */
START_TEST(spip)
{
	struct qr_doc *doc = rd(
	    "<body><h1>Article</h1><div class=texte><p>Post.</p></div>"
	    "<ul class=forum><li class=forum-fil><div class=forum-message>"
	    "<div class=forum-chapo><strong class=forum-titre><a "
	    "href='#forum11' name=forum11 id=forum11>Titre</a></strong> "
	    "<small>12 mars 2019&nbsp;14:32, par <span class=''>Ann</span>"
	    "</small></div><div class=forum-texte><p>One</p><p "
	    "class=repondre><a href='?id_forum=11'>R\xc3\xa9pondre \xc3\xa0 "
	    "ce message</a></p></div></div><ul><li class=forum-fil><div "
	    "class=forum-message><div class=forum-chapo><strong "
	    "class=forum-titre><a href='#forum12' id=forum12>Re</a></strong> "
	    "<small>13 mars 2019&nbsp;09:05, par <span>Bob</span></small>"
	    "</div><div class=forum-texte><p>Two</p></div></div></li></ul>"
	    "</li><li class=forum-fil><div class=forum-top><a href='#forum13' "
	    "id=forum13><img src=pin.png alt=permalien></a> "
	    "<div class=forum-nav>(25 juin 2018 @12h40)&nbsp;</div>:</div>"
	    "<div class=forum-message><div class=forum-chapo><p><strong "
	    "class='crayon forum-titre'>Sujet</strong></p></div><div "
	    "class='crayon forum-texte'><p>Three</p></div></div></li>"
	    "<li class=forum-fil><div class=forum-top><a href='#forum14' "
	    "id=forum14><img src=pin.png alt=permalien></a> <b "
	    "class='crayon forum-qui-14 '>habsb</b><div class=forum-nav>"
	    "(26 juin 2018 @08h36)&nbsp;</div>:</div><div class=forum-message>"
	    "<div class=forum-chapo><p><strong class=forum-titre>Autre</strong>"
	    "</p></div><div class=forum-texte><p>Four</p></div></div></li>"
	    "</ul></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2019-03-12T14:32");
	assert_ctext(doc, 0, "One");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.url,
	    "#forum11");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bob");
	assert_ctext(doc, 1, "Two");
	ck_assert_int_eq(parent_of(doc, 2), -1);
	ck_assert_ptr_null(test_nth_comment(doc, 2)->as.comment.author);
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.date,
	    "2018-06-25T12:40");
	assert_ctext(doc, 2, "Three");
	ck_assert_str_eq(test_nth_comment(doc, 3)->as.comment.author, "habsb");
	ck_assert_str_eq(test_nth_comment(doc, 3)->as.comment.date,
	    "2018-06-26T08:36");
	assert_ctext(doc, 3, "Four");
	qr_doc_free(doc);
}
END_TEST

/* A span that holds paragraphs (Hacker News' span.commtext: the first
 * line as bare text, the next ones in <p>s) keeps them apart: each is
 * a paragraph of the comment, not one run of text; a span of inline
 * text stays inside its paragraph. */
static size_t
count_paras(const struct qr_node *c)
{
	const struct qr_node *n;
	size_t k = 0;

	for (n = c->first; n != NULL; n = n->next)
		k += n->kind == QR_PARA;
	return k;
}

START_TEST(span_holding_paragraphs)
{
	struct qr_doc *doc = rd(
	    "<body><h1>Ask</h1><div class=toptext>Post.</div>"
	    "<table class=comment-tree><tr class='athing comtr' id=1><td>"
	    "<span class=comhead><a href='user?id=ann' class=hnuser>ann</a> "
	    "<span class=age title='2023-07-21T19:51:36'><a href='item?id=1'>"
	    "1 day ago</a></span></span><div class=comment><span "
	    "class='commtext c00'>First line:<p>1. Second.</p><p>2. Third.</p>"
	    "</span></div></td></tr><tr class='athing comtr' id=2><td><span "
	    "class=comhead><a href='user?id=bob' class=hnuser>bob</a></span>"
	    "<div class=comment><p>A <span class=x>short</span> one.</p></div>"
	    "</td></tr></table></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_uint_eq(count_paras(test_nth_comment(doc, 0)), 3);
	assert_ctext(doc, 0, "First line: 1. Second. 2. Third.");
	ck_assert_uint_eq(count_paras(test_nth_comment(doc, 1)), 1);
	assert_ctext(doc, 1, "A short one.");
	qr_doc_free(doc);
}
END_TEST

/* Kinja: article.js_reply flat in a div.js_branch, each naming its
 * parent in data-parentid (the first names the post, no item); the
 * writer in .display-name > a.fn, beside span.reply-author, the name
 * the reply answers. */
static const char kinja_page[] =
    "<body><article class=post><h1>Tip</h1><div class=post-content>"
    "<p>Post text.</p></div></article><section class=js_replies>"
    "<div class='branch js_branch'>"
    "<article data-parentid=100 data-id=101 id=reply_101 "
    "class='js_reply reply'><header><div class=txt><span "
    "class='display-name author vcard'><a class='fn url' "
    "href='http://ann.kinja.com'>ann</a><span class='reply-author "
    "replyto-author'><span class=icon></span>Editor</span></span><div "
    "class='second-line post-meta'><span data-publishtime=1425913955940 "
    "class='publish-time js_publish_time'><a href='/one-101'><span "
    "class='show-on-hover published updated'>3/09/15 8:12am</span>"
    "</a></span></div></div></header><div class='reply-content "
    "post-content'><p class=first-text>One</p></div><div "
    "class='reply-tools js_reply-tools'><a class=reply-count>9</a><a "
    "class=reply-link href='#'>Reply</a></div></article>"
    "<section class=js_toggled-replies></section>"
    "<article data-parentid=101 data-id=102 id=reply_102 "
    "class='js_reply reply'><header><div class=txt><span "
    "class='display-name author vcard'><a class='fn url' "
    "href='http://bob.kinja.com'>bob</a><span class='reply-author "
    "replyto-author'><span class=icon></span>ann</span></span></div>"
    "</header><div class='reply-content post-content'><p>Two</p></div>"
    "</article><article data-parentid=102 data-id=103 "
    "class='js_reply reply'><header><div class=txt><span "
    "class='display-name author vcard'><a class='fn url' "
    "href='http://ann.kinja.com'>ann</a><span class='reply-author "
    "replyto-author'>bob</span></span></div></header><div "
    "class='reply-content post-content'><p>Three</p></div></article>"
    "</div><div class='branch js_branch'><article data-parentid=100 "
    "data-id=104 class='js_reply reply'><header><span "
    "class='display-name author vcard'><a class=fn "
    "href='http://cy.kinja.com'>cy</a></span></header><div "
    "class=reply-content><p>Four</p></div></article></div></section>"
    "</body>";

START_TEST(kinja)
{
	struct qr_doc *doc = rd(kinja_page);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "One");
	ck_assert_int_eq(parent_of(doc, 0), -1);
	/* "3/09/15 8:12am" is March 9 or September 3; data-publishtime
	 * (milliseconds) says which, in UTC */
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2015-03-09T15:12:35Z");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "bob");
	assert_ctext(doc, 1, "Two");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author, "ann");
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), -1);
	ck_assert_str_eq(test_nth_comment(doc, 3)->as.comment.author, "cy");
	qr_doc_free(doc);
}
END_TEST

/* Any platform: flat comments that name their parent by its id
 * (data-comment-id, data-parent-id) are nested by it; a parent id that
 * names no comment leaves one at the top. */
START_TEST(parent_by_id_attribute)
{
	struct qr_doc *doc = rd(
	    "<body><h1>T</h1><p>Post.</p><div id=comments>"
	    "<div class=comment data-comment-id=a1 data-parent-id=0><span "
	    "class=comment-author>ann</span><div class=comment-text><p>One"
	    "</p></div></div><div class=comment data-comment-id=a2 "
	    "data-parent-id=a1><span class=comment-author>bob</span><div "
	    "class=comment-text><p>Two</p></div></div><div class=comment "
	    "data-comment-id=a3 data-parent-id=a2><span class=comment-author>"
	    "cy</span><div class=comment-text><p>Three</p></div></div><div "
	    "class=comment data-comment-id=a4 data-parent-id=a1><span "
	    "class=comment-author>dee</span><div class=comment-text><p>Four"
	    "</p></div></div><div class=comment data-comment-id=a5><span "
	    "class=comment-author>eve</span><div class=comment-text><p>Five"
	    "</p></div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
	ck_assert_int_eq(parent_of(doc, 0), -1);
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), 1);
	ck_assert_int_eq(parent_of(doc, 3), 0);
	ck_assert_int_eq(parent_of(doc, 4), -1);
	assert_ctext(doc, 3, "Four");
	qr_doc_free(doc);
}
END_TEST

/* Reddit's 2018-2023 design as served: a flat list of div.Comment
 * (class t1_ID, hashed class names else), the depth only in a "level
 * N" label, the text in [data-test-id=comment], the writer a /user/
 * link; a "more replies" row between them is no comment. */
static void
reddit_comment(struct qr_buf *b, const char *id, int level,
    const char *user, const char *text)
{
	char t[1024];

	snprintf(t, sizeof(t), "<div><div><div class='s136il31-0 x' id=%s>"
	    "<div class=fxv3b9-1><i class=threadline></i></div><div "
	    "class='Comment %s%s d6o18y-3'><div class=d6o18y-0><button "
	    "aria-label=upvote></button></div><div class=d6o18y-2><span "
	    "class='s1dqr9jy-0 imyGpC'>level %d</span><div><div><a "
	    "class=s1461iz-1 href='https://www.reddit.com/user/%s'>%s</a>"
	    "</div><span class=h5svje-0>12 points</span><a "
	    "id=CommentTopMeta--Created--%s href='/r/x/comments/1/%s/'><span>"
	    "2 days ago</span></a></div><div data-test-id=comment "
	    "class=_3cjCph><div><p class=s90z9tc-10>%s</p></div></div><div "
	    "class=s151baxe-7><button>Reply</button><button>share</button>"
	    "</div></div></div></div></div></div>", id, id,
	    level == 1 ? " top-level" : "", level, user, user, id, id, text);
	qr_buf_puts(b, t);
}

START_TEST(reddit_levels)
{
	struct qr_buf	 b = { 0 };
	struct qr_doc	*doc;

	qr_buf_puts(&b, "<body><h1>What is worth it?</h1><div>");
	reddit_comment(&b, "t1_a1", 1, "ann", "One");
	reddit_comment(&b, "t1_a2", 2, "bob", "Two");
	qr_buf_puts(&b, "<div><div><div class=s136il31-0 "
	    "id=moreComments-t1_a9><div class=fxv3b9-1></div><div><p>15 more "
	    "replies</p></div></div></div></div>");
	reddit_comment(&b, "t1_a3", 1, "cy", "Three");
	reddit_comment(&b, "t1_a4", 2, "dee", "Four");
	reddit_comment(&b, "t1_a5", 3, "eve", "Five");
	reddit_comment(&b, "t1_a6", 2, "fay", "Six");
	qr_buf_puts(&b, "</div></body>");
	doc = rd(qr_buf_cstr(&b));
	qr_buf_free(&b);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 6);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "One");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(parent_of(doc, 2), -1);
	ck_assert_int_eq(parent_of(doc, 3), 2);
	ck_assert_int_eq(parent_of(doc, 4), 3);
	ck_assert_int_eq(parent_of(doc, 5), 2);
	ck_assert_str_eq(test_nth_comment(doc, 4)->as.comment.author, "eve");
	assert_ctext(doc, 4, "Five");
	qr_doc_free(doc);
}
END_TEST

/* Flarum without JavaScript: bare <article>s in noscript#flarum-content
 * (no comment word, no date); the first is the discussion's post. */
START_TEST(flarum)
{
	struct qr_doc *doc = rd(
	    "<body><main class=App-content><div id=content></div>"
	    "<noscript id=flarum-content><div class=container><h1>T</h1><div>"
	    "<article><div class=PostUser><h3 class=PostUser-name>op</h3></div>"
	    "<div class=Post-body><p>The discussion's own post.</p></div>"
	    "</article><hr><article><div class=PostUser><h3 "
	    "class=PostUser-name>ann</h3></div><div class=Post-body><p><a "
	    "href='/d/1/1' class=PostMention data-id=1>op</a> One</p></div>"
	    "</article><hr><article><div class=PostUser><h3 "
	    "class=PostUser-name>bob</h3></div><div class=Post-body><p>Two</p>"
	    "</div></article><hr></div></div></noscript></main></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "op One");
	ck_assert_int_eq(parent_of(doc, 1), -1);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "bob");
	assert_ctext(doc, 1, "Two");
	qr_doc_free(doc);
}
END_TEST

/* wpDiscuz 7: the comment's wrapper (class "comment") holds the user's
 * label "Guest" before div#comment-N, which would be a comment of its
 * own: a label's text, like a link's, does not make the wrapper a
 * comment with text, so wrapper and comment are one. */
START_TEST(wpdiscuz_label)
{
	struct qr_doc *doc = rd(
	    "<body><div class=wpd-thread-list>"
	    "<div id='wpd-comm-1_0' class='comment depth-1 wpd-comment "
	    "wpd_comment_level-1'><div class=wpd-comment-wrap><div "
	    "class=wpd-comment-left><div class=wpd-comment-label><span>Guest"
	    "</span></div></div><div id=comment-1 class=wpd-comment-right><div "
	    "class=wpd-comment-header><div class=wpd-comment-author>Ann</div>"
	    "</div><div class=wpd-comment-text><p>One</p></div></div></div>"
	    "<div id='wpd-comm-2_1' class='comment depth-2 wpd-comment wpd-reply "
	    "wpd_comment_level-2'><div class=wpd-comment-wrap><div "
	    "class=wpd-comment-left><div class=wpd-comment-label><span>Guest"
	    "</span></div></div><div id=comment-2 class=wpd-comment-right><div "
	    "class=wpd-comment-header><div class=wpd-comment-author>Bob</div>"
	    "</div><div class=wpd-comment-text><p>Two</p></div></div></div>"
	    "</div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	assert_ctext(doc, 0, "One");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bob");
	assert_ctext(doc, 1, "Two");
	qr_doc_free(doc);
}
END_TEST

/* Slashdot: the author is the byline's link ("by NICK (UID) on DATE
 * (#CID)"), not the <b>Reply to This</b> button under the comment nor
 * the "#CID" link; an Anonymous Coward (no link) has no author rather
 * than ")"; the signature div.sig is not the comment's text. */
START_TEST(slashdot)
{
	struct qr_doc *doc = rd(
	    "<body><ul id=commentlisting><li id=tree_1 class=comment>"
	    "<div id=comment_1 class=full><div class=commentTop><div "
	    "class=title><h4><a name=comment_link_1 href='/c?cid=1'>Shield</a>"
	    "</h4> (Score:5, Insightful)</div><div class=details>by <a "
	    "href='//slashdot.org/~ann/'>ann (1234)</a> on Tuesday March 04, "
	    "2014 @09:12AM (<a href='/c?cid=1'>#1</a>)</div></div><div "
	    "class=commentBody><div id=comment_body_1>One</div><div "
	    "class=sig>-- a signature</div></div><div class=commentSub><span "
	    "class=nbutton><p><b><a href='/c?pid=1'>Reply to This</a></b></p>"
	    "</span></div></div><ul class=commtree><li id=tree_2 "
	    "class=comment><div id=comment_2 class=full><div "
	    "class=commentTop><div class=details>by Anonymous Coward on "
	    "Tuesday March 04, 2014 @11:40AM (<a href='/c?cid=2'>#2</a>)</div>"
	    "</div><div class=commentBody><div id=comment_body_2>Two</div>"
	    "</div><div class=commentSub><span class=nbutton><p><b><a "
	    "href='/c?pid=2'>Reply to This</a></b></p></span></div></div>"
	    "</li></ul></li></ul></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "ann (1234)");
	assert_ctext(doc, 0, "One");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_ptr_null(test_nth_comment(doc, 1)->as.comment.author);
	assert_ctext(doc, 1, "Two");
	qr_doc_free(doc);
}
END_TEST

/* Discourse: a quote's "NAME:" header is not the comment's text. */
START_TEST(discourse_quote)
{
	struct qr_doc *doc = rd(
	    "<body><div id=post_1 class='topic-body crawler-post'>"
	    "<span class=creator itemprop=author><span itemprop=name>op</span>"
	    "</span><span itemprop=position>1</span><div class=post "
	    "itemprop=text><p>The post.</p></div></div>"
	    "<div id=post_2 itemprop=comment itemscope "
	    "itemtype='http://schema.org/Comment' class='topic-body "
	    "crawler-post'><span class=creator itemprop=author><span "
	    "itemprop=name>kim</span></span><span itemprop=position>2</span>"
	    "<div class=post itemprop=text><aside class='quote no-group'>"
	    "<div class=title><div class=quote-controls></div>op:</div>"
	    "<blockquote><p>The post.</p></blockquote></aside><p>Agreed.</p>"
	    "</div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "kim");
	assert_ctext(doc, 0, "The post. Agreed.");
	qr_doc_free(doc);
}
END_TEST

/* A sidebar widget listing other posts' comments with the thread's own
 * classes is not the thread. */
START_TEST(sidebar_not_comments)
{
	struct qr_doc *doc = rd(
	    "<body><article><div class=entry-content><p>No comments yet."
	    "</p></div></article><aside class=widget><div id=comments><ol "
	    "class=commentlist><li class='comment depth-1'><div "
	    "class=comment-content><p>Elsewhere</p></div></li></ol></div>"
	    "</aside><div class=widget_recent_comments><ul id=recentcomments>"
	    "<li class=recentcomments>Joe on <a href=/x>Other</a></li></ul>"
	    "</div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

START_TEST(pingback_author)
{
	struct qr_doc *doc = rd(
	    "<body><ol class=commentlist><li class='pingback' id=comment-9>"
	    "<div class=comment-body>Pingback: <a href='https://b.example/p'>"
	    "Their Post</a> <span class=edit-link><a href=/e>Edit</a></span>"
	    "</div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Their Post");
	assert_ctext(doc, 0, "Pingback: Their Post");
	qr_doc_free(doc);
}
END_TEST

/* A date as bare text between the author and the body, in German. */
START_TEST(bare_text_date)
{
	struct qr_doc *doc = rd(
	    "<body><ul class=commentlist><li class='comment' id=li-comment-1>"
	    "<div class=extra-wrap><span class=author>dottoressa</span><br>"
	    " M\xC3\xA4rz 7, 2018 <p>Liebe Claudia</p></div></li></ul></body>");

	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "dottoressa");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2018-03-07");
	assert_ctext(doc, 0, "Liebe Claudia");
	qr_doc_free(doc);
}
END_TEST

START_TEST(comments_closed)
{
	struct qr_doc *doc = rd("<body><div class=entry-content><p>Post.</p>"
	    "</div><p class=nocomments>Comments are closed.</p></body>");

	ck_assert_int_eq(doc->comments_closed, 1);
	qr_doc_free(doc);
	doc = rd("<body><div class=entry-content><p>Post.</p></div></body>");
	ck_assert_int_eq(doc->comments_closed, 0);
	qr_doc_free(doc);
}
END_TEST

/* ---- the body ------------------------------------------------------------- */

START_TEST(body_structure_kinds)
{
	struct qr_doc *doc = rd(
	    "<body><article><div class=entry-content><h2>Intro</h2>"
	    "<p>A <strong>b</strong> <a href='https://s.example/x'>link</a>"
	    "<br>next</p><blockquote><p>Q</p></blockquote><ul><li>one</li>"
	    "<li>two</li></ul><ol start=3><li>three</li></ol>"
	    "<pre>  code\n   here</pre><hr><figure><img "
	    "src='https://s.example/i.png' alt='Pic'></figure>"
	    "<div class=jp-relatedposts>Related: other</div></div></article>"
	    "<div class=sidebar>Sidebar text</div></body>");
	static const enum qr_kind want[] = { QR_HEADING, QR_PARA, QR_QUOTE,
	    QR_LIST, QR_LIST, QR_CODE_BLOCK, QR_BREAK, QR_IMAGE_BLOCK };
	struct qr_node	*b = doc->body->first, *p = NULL;
	size_t		 i;
	char		*t = body_text(doc);

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++, b = b->next) {
		ck_assert_msg(b != NULL, "block %zu missing", i);
		ck_assert_int_eq(b->kind, want[i]);
		if (i == 1)
			p = b;
		if (i == 4)
			ck_assert_int_eq(b->as.list.start, 3);
		if (i == 5)
			ck_assert_str_eq(b->as.literal, "  code\n   here");
		if (i == 7) {
			ck_assert_str_eq(b->as.image.src,
			    "https://s.example/i.png");
			ck_assert_str_eq(b->as.image.alt, "Pic");
		}
	}
	ck_assert_ptr_null(b);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->first->kind, QR_TEXT);
	ck_assert_str_eq(p->first->as.literal, "A ");
	ck_assert_int_eq(p->first->next->kind, QR_STRONG);
	ck_assert_int_eq(p->first->next->next->next->kind, QR_LINK);
	ck_assert_str_eq(p->first->next->next->next->as.link.href,
	    "https://s.example/x");
	ck_assert_int_eq(p->last->prev->kind, QR_LINEBREAK);
	ck_assert_ptr_null(strstr(t, "Related"));
	ck_assert_ptr_null(strstr(t, "Sidebar"));
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A post of one short paragraph still has its body. */
START_TEST(body_short)
{
	struct qr_doc	*doc = rd("<html><body><div class=post><p>Hi.</p>"
	    "</div></body></html>");
	char		*t = body_text(doc);

	ck_assert_str_eq(t, "Hi.\n");
	free(t);
	qr_doc_free(doc);
	doc = rd("<html><body>Just a line of text.</body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "Just a line of text.\n");
	free(t);
	qr_doc_free(doc);
}
END_TEST

START_TEST(entities)
{
	struct qr_doc *doc = rd(
	    "<body><ol class=commentlist><li class=comment><div "
	    "class=comment-content><p>caf&eacute; &amp; &lt;tag&gt; "
	    "&#x1F600; &#8220;q&#8221;&nbsp;x</p></div></li></ol></body>");

	assert_ctext(doc, 0, "caf\xC3\xA9 & <tag> \xF0\x9F\x98\x80 "
	    "\xE2\x80\x9Cq\xE2\x80\x9D\xC2\xA0x");
	qr_doc_free(doc);
}
END_TEST

/* ---- safety --------------------------------------------------------------- */

START_TEST(url_safety)
{
	static const char *const bad[] = {
	    "javascript:alert(1)", "JaVaScRiPt:alert(1)",
	    "javascript&colon;alert(1)", "javascript&#58;alert(1)",
	    "javascript&#x3A;alert(1)", "java\tscript:alert(1)",
	    " javascript:alert(1)", "&#106;avascript:alert(1)",
	    "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
	    "file:///etc/passwd", "a:b/c", "x&y/z", "\\\\evil\\share",
	};
	struct qr_doc	*doc = qr_doc_new();
	size_t		 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(qr_html_safe_url(doc, bad[i], NULL, 0) == NULL,
		    "kept %s", bad[i]);
	ck_assert_str_eq(qr_html_safe_url(doc, "https://e.example/a?b=1&c",
	    NULL, 0), "https://e.example/a?b=1&c");
	ck_assert_str_eq(qr_html_safe_url(doc, "mailto:a@b.example", NULL,
	    0), "mailto:a@b.example");
	ck_assert_ptr_null(qr_html_safe_url(doc, "mailto:a@b.example", NULL,
	    1));
	ck_assert_str_eq(qr_html_safe_url(doc, "../x/y.html",
	    "https://e.example/blog/post/", 0),
	    "https://e.example/blog/x/y.html");
	ck_assert_str_eq(qr_html_safe_url(doc, "#comment-3", NULL, 0),
	    "#comment-3");
	ck_assert_str_eq(qr_html_safe_url(doc, "/a/b:c", NULL, 0), "/a/b:c");
	ck_assert_str_eq(qr_html_safe_url(doc, "//cdn.example/i.png", NULL,
	    1), "https://cdn.example/i.png");
	qr_doc_free(doc);
}
END_TEST

START_TEST(hostile_page)
{
	struct qr_doc *doc = rd(
	    "<!DOCTYPE html [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;"
	    "&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;"
	    "&b;'>]><html><head><meta http-equiv=refresh content='0;url="
	    "javascript:alert(1)'><base href='https://site.example/p/'>"
	    "</head><body onload='alert(1)'><div class=entry-content>"
	    "<p onclick='alert(2)'>Text &c; <a href='javascript&colon;"
	    "alert(3)'>bad</a> <a href='rel.html'>good</a> <a "
	    "href=\"data:text/html,<script>alert(4)</script>\">d</a></p>"
	    "<script>alert(5)</script><iframe src='https://x.example/'>"
	    "</iframe><object data=x></object><embed src=y><form><input "
	    "value=secret></form><svg><script>alert(6)</script></svg>"
	    "<style>p{}</style><img src='javascript:alert(7)' onerror="
	    "'alert(8)'></div><ol class=commentlist><li class=comment><div "
	    "class=comment-content><p>hi<script>alert(9)</script></p>"
	    "<a href='vbscript:x'>v</a></div></li></ol></body></html>");
	char *s = json(doc);

	ck_assert_ptr_null(strstr(s, "alert"));
	ck_assert_ptr_null(strstr(s, "script"));
	ck_assert_ptr_null(strstr(s, "secret"));
	ck_assert_ptr_null(strstr(s, "aaaaaaaaaaaaaaaaaaaa"));
	ck_assert_ptr_nonnull(strstr(s, "\"https://site.example/p/rel.html\""));
	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	assert_ctext(doc, 0, "hi v");
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* A 20,000-deep WordPress reply chain, and 1,000,000 nested divs:
 * both read in linear time without recursion (a stack overflow or a
 * quadratic walk would fail the test's timeout, not an assertion).
 * tests/badinput.sh reads a 100,000-deep chain through the CLI. */
START_TEST(deep_chain)
{
	struct qr_buf	 b = { 0 };
	struct qr_doc	*doc;
	struct qr_node	*c;
	struct qr_error	 err;
	struct qr_options opt;
	size_t		 i, n = 20000;
	char		 last[32];

	qr_buf_puts(&b, "<html><body><div class=entry-content><p>Post</p>"
	    "</div><ol class=commentlist>");
	for (i = 1; i <= n; i++)
		qr_buf_printf(&b, "<li class='comment depth-%zu' id='comment-%zu'>"
		    "<div class=comment-content><p>c%zu</p></div>"
		    "<ol class=children>", i, i, i);
	for (i = 1; i <= n; i++)
		qr_buf_puts(&b, "</ol></li>");
	qr_buf_puts(&b, "</ol></body></html>");
	doc = test_read(qr_buf_cstr(&b), QR_IN_HTML);
	ck_assert_uint_eq(qr_doc_count_comments(doc), n);
	for (c = doc->thread->first; qr_comment_first_reply(c) != NULL;
	    c = qr_comment_first_reply(c))
		continue;
	ck_assert_uint_eq(c->as.comment.depth, n);
	snprintf(last, sizeof(last), "comment-%zu", n);
	ck_assert_str_eq(c->as.comment.id, last);
	qr_doc_free(doc);
	/* over --max-depth: refused with a clear message */
	qr_options_init(&opt);
	opt.max_depth = 1000;
	doc = qr_read(b.data, b.len, QR_IN_HTML, &opt, &err);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(err.status, QR_ERR_TOO_DEEP);
	ck_assert_ptr_nonnull(strstr(err.msg, "deeper than 1000 levels"));
	qr_buf_free(&b);
}
END_TEST

START_TEST(million_divs)
{
	struct qr_buf	 b = { 0 };
	struct qr_doc	*doc;
	char		*t;
	size_t		 i, n = 1000000;

	qr_buf_puts(&b, "<html><body><div class=entry-content>");
	for (i = 0; i < n; i++)
		qr_buf_puts(&b, "<div>");
	qr_buf_puts(&b, "<p>deep text</p><blockquote>");
	for (i = 0; i < n; i++)
		qr_buf_puts(&b, "</div>");
	qr_buf_puts(&b, "</div></body></html>");
	doc = test_read(qr_buf_cstr(&b), QR_IN_HTML);
	t = body_text(doc);
	ck_assert_ptr_nonnull(strstr(t, "deep text"));
	free(t);
	qr_doc_free(doc);
	/* and 100,000 nested quotes: flattened beyond a fixed depth */
	qr_buf_clear(&b);
	qr_buf_puts(&b, "<html><body><div class=entry-content>");
	for (i = 0; i < 100000; i++)
		qr_buf_puts(&b, "<blockquote>");
	qr_buf_puts(&b, "<p>q</p></div></body></html>");
	doc = test_read(qr_buf_cstr(&b), QR_IN_HTML);
	t = json(doc);
	ck_assert_ptr_nonnull(strstr(t, "\"q\""));
	free(t);
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

/* A 20 MB page converts. */
START_TEST(big_page)
{
	struct qr_buf	 b = { 0 };
	struct qr_doc	*doc;

	qr_buf_puts(&b, "<html><body><div class=entry-content>");
	while (b.len < 20u << 20)
		qr_buf_puts(&b, "<p>Lorem ipsum dolor sit amet, <em>consectetur"
		    "</em> adipiscing elit.</p>\n");
	qr_buf_puts(&b, "</div></body></html>");
	doc = test_read(qr_buf_cstr(&b), QR_IN_HTML);
	ck_assert_ptr_nonnull(doc->body->first);
	qr_doc_free(doc);
	qr_buf_free(&b);
}
END_TEST

/* ---- charsets ------------------------------------------------------------- */

START_TEST(charsets)
{
	struct qr_doc	*doc;
	char		*t;

	/* declared iso-8859-1, read as windows-1252 (0x80 is the euro) */
	doc = rd("<html><head><meta charset=iso-8859-1></head><body><p>"
	    "Gr\xFC\xDF\x65 \x80 5</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "Gr\xC3\xBC\xC3\x9F" "e \xE2\x82\xAC 5\n");
	free(t);
	qr_doc_free(doc);
	/* declares gb2312, but the bytes are UTF-8 */
	doc = rd("<html><head><meta http-equiv=Content-Type content='text/"
	    "html; charset=gb2312'></head><body><p>\xE8\x85\xBE\xE8\xAE\xAF "
	    "caf\xC3\xA9</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "\xE8\x85\xBE\xE8\xAE\xAF caf\xC3\xA9\n");
	free(t);
	qr_doc_free(doc);
	/* no declaration, UTF-8 bytes (libxml2 alone would guess latin-1) */
	doc = rd("<html><body><p>It\xE2\x80\x99s</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "It\xE2\x80\x99s\n");
	free(t);
	qr_doc_free(doc);
	/* declares UTF-8, is windows-1252 */
	doc = rd("<html><head><meta charset=utf-8></head><body><p>"
	    "\x93quoted\x94 na\xEFve</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "\xE2\x80\x9Cquoted\xE2\x80\x9D na\xC3\xAFve\n");
	free(t);
	qr_doc_free(doc);
	/* a BOM */
	doc = rd("\xEF\xBB\xBF<html><head><meta charset=iso-8859-1></head>"
	    "<body><p>\xC3\xA4</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "\xC3\xA4\n");
	free(t);
	qr_doc_free(doc);
	/* a declared charset libxml2 decodes (EUC-JP) */
	doc = rd("<html><head><meta charset=euc-jp></head><body><p>"
	    "\xC6\xFC\xCB\xDC</p></body></html>");
	t = body_text(doc);
	ck_assert_str_eq(t, "\xE6\x97\xA5\xE6\x9C\xAC\n");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* ---- corpus pages, answers read off their source by hand ---------------- */

static struct qr_doc *
corpus(const char *name)
{
	return test_corpus_doc("check_html", name);
}

static void
assert_body(struct qr_doc *doc, const char *first, const char *last,
    const char *const *absent)
{
	char	*t = body_text(doc), *l;
	size_t	 n = strlen(t);

	ck_assert_msg(strncmp(t, first, strlen(first)) == 0,
	    "body starts %.80s", t);
	t[n - 1] = '\0';
	l = strrchr(t, '\n');
	l = l != NULL ? l + 1 : t;
	ck_assert_msg(strlen(l) >= strlen(last) &&
	    strcmp(l + strlen(l) - strlen(last), last) == 0,
	    "body ends %s", l);
	for (; absent != NULL && *absent != NULL; absent++)
		ck_assert_msg(strstr(t, *absent) == NULL, "body has %s",
		    *absent);
	free(t);
}

START_TEST(corpus_netzpolitik)
{
	static const char *const absent[] = { "Antworten", "Kommentar",
	    "Teilen", NULL };
	struct qr_doc *doc = corpus("wordpress-netzpolitik");

	if (doc == NULL)
		return;
	ck_assert_uint_eq(qr_doc_count_comments(doc), 74);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "blah blubb");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.id,
	    "comment-2058226");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2016-06-23T17:21:09+02:00");
	assert_body(doc, "Zwei M\xC3\xA4nner Arm in Arm.",
	    "die solche St\xC3\xBC\x63ke erm\xC3\xB6glichen.", absent);
	qr_doc_free(doc);
}
END_TEST

START_TEST(corpus_bodies)
{
	static const char *const lemire_absent[] = { "Leave a Reply",
	    "Subscribe", "degski", NULL };
	static const char *const scilogs_absent[] = { "twittern", "teilen",
	    "Aktuelle Kommentare", "Dietmar Hilsebein", "Antworten", NULL };
	static const char *const hpd_absent[] = { "Kommentare", "Antworten",
	    "Gerhard Baierlein", NULL };
	struct qr_doc *doc;

	if ((doc = corpus("wordpress-lemire")) == NULL)
		return;
	assert_body(doc, "JSON is the ubiquitous data format on the Internet.",
	    "Link: simdjson.", lemire_absent);
	qr_doc_free(doc);
	if ((doc = corpus("wordpress-scilogs")) == NULL)
		return;
	assert_body(doc, "\xE2\x80\x9CManufacturing Consent\xE2\x80\x9D "
	    "\xE2\x80\x93 die Produktion von Zustimmung",
	    "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.",
	    scilogs_absent);
	qr_doc_free(doc);
	if ((doc = corpus("drupal-hpd")) == NULL)
		return;
	assert_body(doc, "Ohrenbet\xC3\xA4ubende Stille herrschte in der "
	    "Queer-Community.",
	    /* the page writes this a-umlaut decomposed (a, U+0308) */
	    "In: Versorgerin #121 Ma\xCC\x88rz 2019",
	    hpd_absent);
	qr_doc_free(doc);
}
END_TEST

START_TEST(corpus_scilogs_sidebar)
{
	struct qr_doc *doc = corpus("wordpress-scilogs");

	if (doc == NULL)
		return;
	/* 54 on the page; the sidebar's 5 "Aktuelle Kommentare" are not */
	ck_assert_uint_eq(qr_doc_count_comments(doc), 54);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Dietmar Hilsebein");
	ck_assert_int_eq(test_nth_comment(doc, 0)->first->kind, QR_QUOTE);
	qr_doc_free(doc);
}
END_TEST

START_TEST(corpus_charsets)
{
	struct qr_doc	*doc = corpus("vbulletin-pocketpc");
	char		*t;

	if (doc == NULL)
		return;
	/* ISO-8859-1: "Geh\xf6re" in the source */
	ck_assert_uint_eq(qr_doc_count_comments(doc), 20);
	ck_assert_ptr_null(doc->body->first);	/* page 34: no post */
	t = test_comment_text(test_nth_comment(doc, 5));
	ck_assert_msg(strncmp(t, "@sunsetkilling Hallo, event. hilft das", 38)
	    == 0, "%s", t);
	free(t);
	qr_doc_free(doc);
	if ((doc = corpus("custom-nnzonline")) == NULL)
		return;
	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_msg(strstr(t, "Ich will den Nordh\xC3\xA4usern ihre neue "
	    "\"Attraktion\"") != NULL, "%s", t);
	free(t);
	qr_doc_free(doc);
	if ((doc = corpus("news-autopresse-cp1252-nocomments")) == NULL)
		return;
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	t = body_text(doc);
	ck_assert_ptr_null(strstr(t, "\xC3\x83"));	/* no mojibake */
	ck_assert_ptr_nonnull(strstr(t, "\xC3\xBC"));	/* a real u-umlaut */
	free(t);
	qr_doc_free(doc);
	if ((doc = corpus("disqusnoscript-toptal")) == NULL)
		return;
	ck_assert_uint_eq(qr_doc_count_comments(doc), 86);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_msg(strncmp(t, "It\xE2\x80\x99s great to come across", 27)
	    == 0, "%s", t);
	free(t);
	qr_doc_free(doc);
}
END_TEST

START_TEST(corpus_no_comments)
{
	static const char *const pages[] = { "wordpress-hypotheses-nocomments",
	    "blogger-siliconexposed-nocomments", "tdiary-takagi-nocomments",
	    "disqus-knowtechie-jsonly", "v8-blog-nocomments",
	    "news-qq-nocomments", "phpbb-myoos", NULL };
	size_t i;

	for (i = 0; pages[i] != NULL; i++) {
		struct qr_doc *doc = corpus(pages[i]);

		if (doc == NULL)
			return;
		ck_assert_msg(qr_doc_count_comments(doc) == 0, "%s: %zu",
		    pages[i], qr_doc_count_comments(doc));
		ck_assert_msg(doc->body->first != NULL, "%s: no body",
		    pages[i]);
		qr_doc_free(doc);
	}
}
END_TEST

START_TEST(corpus_diverse_broken_nesting)
{
	struct qr_doc *doc = corpus("wordpresscom-diverse");

	if (doc == NULL)
		return;
	ck_assert_uint_eq(qr_doc_count_comments(doc), 13);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "JanBeek");
	/* "Jun 20th at 2:41 am" takes its year from the post */
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2019-06-20T02:41");
	ck_assert_int_eq(parent_of(doc, 1), 0);
	ck_assert_int_eq(doc->comments_closed, 1);
	assert_ctext(doc, 0, "Are there workshops available for an 80 "
	    "year-old WordPress enthusiast participant to learn how to share "
	    "her joy in blog sharing with other seniors who have something "
	    "worthwhile to share?");
	qr_doc_free(doc);
}
END_TEST

/* The batch path reads a page it owns (qr_read_owned(): charset
 * declarations neutralised in place, the page parsed where it is and
 * its memory given to the model, or to the tree once libxml2 has a
 * decoded copy); it must read every page exactly as
 * qr_read() does.  The owned copies carry no NUL after their last byte
 * (ASan sees a byte written past one), the last page is bigger than
 * the tree's first blocks. */
START_TEST(owned_same_as_copy)
{
	static const char *const pages[] = {
		/* iso-8859-1 declared, windows-1252 bytes */
		"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 "
		"\x93quoted\x94</title></head><body><article><p>Cr\xe8me "
		"br\xfbl\xe9" "e \x80 5</p></article></body></html>",
		/* a BOM over a wrong declaration */
		"\xef\xbb\xbf<html><head><meta http-equiv=\"Content-Type\" "
		"content=\"text/html; charset=windows-1251\"><title>\xc3\xa9t\xc3"
		"\xa9</title></head><body><p>na\xc3\xafve</p></body></html>",
		/* a noncharacter: the front door reads a cleaned copy */
		"<html><head><title>x</title></head><body><p>a\xef\xbf\xbe"
		"b</p></body></html>",
		/* not HTML: the text reader */
		"A title\n\nA paragraph of the post.\n",
		/* a declared charset libxml2 decodes (from its own copy;
		 * the page's memory becomes the tree's) */
		"<html><head><meta charset=\"koi8-r\"><title>t</title>"
		"</head><body><p>\xc1\xc2 koi8</p></body></html>",
	};
	static const char *const want[] = {
		"Crème brûlée € 5", "naïve", "a\xef\xbf\xbd" "b",
		"A paragraph of the post.", "аб koi8",
	};
	size_t	i;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]) + 2; i++) {
		struct qr_buf	 b = { 0 };
		struct qr_doc	*d1, *d2;
		struct qr_error	 e1, e2;
		char		*j1, *j2, *own;
		size_t		 k;

		if (i < sizeof(pages) / sizeof(pages[0]))
			qr_buf_puts(&b, pages[i]);
		else if (i > sizeof(pages) / sizeof(pages[0])) {
			/* 600 KB: 4,000 paragraphs with links */
			qr_buf_puts(&b, "<html><head><title>big</title></head>"
			    "<body><article>");
			for (k = 0; k < 4000; k++)
				qr_buf_printf(&b, "<p class=\"p%zu\">Paragraph "
				    "%zu of the <a href=\"https://e.x/%zu\">big"
				    "</a> page, <em>long</em> enough to fill "
				    "blocks.</p>\n", k, k, k);
			qr_buf_puts(&b, "</article></body></html>");
		} else {
			/* a long attribute value (libxml2's input callbacks
			 * cut those: the reason the page is parsed from
			 * memory), and a 6 KB link */
			qr_buf_puts(&b, "<html><body><p title=\"");
			for (k = 0; k < 40000; k++)
				qr_buf_putc(&b, "abcdefgh"[k % 8]);
			qr_buf_puts(&b, "\">long <a href=\"https://e.x/");
			for (k = 0; k < 6000; k++)	/* URL_MAX is 8192 */
				qr_buf_putc(&b, 'q');
			qr_buf_puts(&b, "\">link</a></p></body></html>");
		}
		d1 = qr_read(b.data, b.len, QR_IN_AUTO, NULL, &e1);
		own = qr_xmalloc(b.len);
		memcpy(own, b.data, b.len);
		d2 = qr_read_owned(own, b.len, QR_IN_AUTO, NULL, &e2);
		ck_assert_msg(d1 != NULL && d2 != NULL, "page %zu: %s / %s", i,
		    d1 ? "-" : e1.msg, d2 ? "-" : e2.msg);
		j1 = json(d1);
		j2 = json(d2);
		ck_assert_str_eq(j1, j2);
		if (i < sizeof(want) / sizeof(want[0]))
			ck_assert_msg(strstr(j1, want[i]) != NULL,
			    "page %zu: no \"%s\" in %s", i, want[i], j1);
		else if (i > sizeof(pages) / sizeof(pages[0]))
			ck_assert_msg(strstr(j1, "Paragraph 3999 of the ") !=
			    NULL, "the big page's last paragraph is lost");
		else {
			const char *q = strstr(j1, "https://e.x/q");

			ck_assert_msg(q != NULL, "the long link is lost");
			ck_assert_uint_ge(strspn(q + 12, "q"), 6000);
		}
		free(j1);
		free(j2);
		qr_doc_free(d1);
		qr_doc_free(d2);
		free(b.data);
	}
}
END_TEST

/* The public reader takes any bytes: none at all, and a page in a
 * buffer of exactly its length (no NUL after it: ASan sees a read past
 * the end), UTF-8 or in a declared charset libxml2 decodes. */
START_TEST(read_html_edges)
{
	static const char *const pages[] = {
		"<html><body><article><p>plain \xc3\xa9t\xc3\xa9</p>"
		"</article></body></html>",
		"<html><head><meta charset=\"iso-8859-2\"></head><body>"
		"<article><p>\xb1\xe6 latin2</p></article></body></html>",
	};
	static const char *const want[] = { "plain été", "ąć latin2" };
	struct qr_error	 e;
	struct qr_doc	*d;
	size_t		 i;

	d = qr_read_html("", 0, NULL, &e);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(e.status, QR_ERR_PARSE);
	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		size_t	 n = strlen(pages[i]);
		char	*exact = qr_xmalloc(n), *j;

		memcpy(exact, pages[i], n);
		d = qr_read_html(exact, n, NULL, &e);
		free(exact);
		ck_assert_msg(d != NULL, "page %zu: %s", i, e.msg);
		j = json(d);
		ck_assert_msg(strstr(j, want[i]) != NULL, "page %zu: no \"%s\" "
		    "in %s", i, want[i], j);
		free(j);
		qr_doc_free(d);
	}
}
END_TEST

Suite *
suite_html(void)
{
	Suite	*s = suite_create("html");
	TCase	*tc = tcase_create("reader");
	TCase	*big = tcase_create("big");

	tcase_add_test(tc, wordpress_html5);
	tcase_add_test(tc, owned_same_as_copy);
	tcase_add_test(tc, read_html_edges);
	tcase_add_test(tc, wordpress_old);
	tcase_add_test(tc, reply_beside_parent);
	tcase_add_test(tc, depth_classes);
	tcase_add_test(tc, drupal_indented);
	tcase_add_test(tc, drupal_olivero);
	tcase_add_test(tc, blogger_threaded);
	tcase_add_test(tc, blogger_classic);
	tcase_add_test(tc, xenforo_first_post);
	tcase_add_test(tc, forum_later_page);
	tcase_add_test(tc, disqus_noscript);
	tcase_add_test(tc, css_indent);
	tcase_add_test(tc, css_margins);
	tcase_add_test(tc, livejournal);
	tcase_add_test(tc, typepad);
	tcase_add_test(tc, csdn_drawn);
	tcase_add_test(tc, disqus_saved);
	tcase_add_test(tc, schema_org);
	tcase_add_test(tc, microformats);
	tcase_add_test(tc, generic_unknown);
	tcase_add_test(tc, replies_past_empty);
	tcase_add_test(tc, bem_children);
	tcase_add_test(tc, spacer_indent);
	tcase_add_test(tc, h_cite_block_only);
	tcase_add_test(tc, discourse_quote);
	tcase_add_test(tc, staticman_child);
	tcase_add_test(tc, date_by_name);
	tcase_add_test(tc, tistory);
	tcase_add_test(tc, forem_nested);
	tcase_add_test(tc, cnblogs_quote);
	tcase_add_test(tc, lemmy);
	tcase_add_test(tc, spip);
	tcase_add_test(tc, span_holding_paragraphs);
	tcase_add_test(tc, kinja);
	tcase_add_test(tc, parent_by_id_attribute);
	tcase_add_test(tc, reddit_levels);
	tcase_add_test(tc, flarum);
	tcase_add_test(tc, wpdiscuz_label);
	tcase_add_test(tc, slashdot);
	tcase_add_test(tc, sidebar_not_comments);
	tcase_add_test(tc, pingback_author);
	tcase_add_test(tc, bare_text_date);
	tcase_add_test(tc, comments_closed);
	tcase_add_test(tc, body_structure_kinds);
	tcase_add_test(tc, body_short);
	tcase_add_test(tc, entities);
	tcase_add_test(tc, url_safety);
	tcase_add_test(tc, hostile_page);
	tcase_add_test(tc, charsets);
	tcase_add_test(tc, corpus_netzpolitik);
	tcase_add_test(tc, corpus_bodies);
	tcase_add_test(tc, corpus_scilogs_sidebar);
	tcase_add_test(tc, corpus_charsets);
	tcase_add_test(tc, corpus_no_comments);
	tcase_add_test(tc, corpus_diverse_broken_nesting);
	tcase_set_timeout(tc, 60);
	tcase_add_test(big, deep_chain);
	tcase_add_test(big, million_divs);
	tcase_add_test(big, big_page);
	tcase_set_timeout(big, 600);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, big);
	return s;
}
