/*
 * check_html_generic.c -- the HTML reader's generic rules, the ones
 * that read a theme no profile names: small pages whose comments carry
 * only signals any platform may use (standard attributes, class words,
 * links to user pages, reply links, nesting).
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

static const char *
author_of(struct qr_doc *doc, size_t k)
{
	struct qr_node *c = test_nth_comment(doc, k);

	ck_assert_msg(c != NULL, "no comment %zu", k);
	return c->as.comment.author;
}

/* A comment list the WordPress rule takes (li.comment) whose theme
 * names the commenter with a class word of its own ("member-name"), or
 * only by a link to the user's page; the date in a footer of its own,
 * so no header line gives the name either. */
START_TEST(author_by_class_word_or_user_link)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list>"
	    "<li class=comment id=comment-1><div class=member-name>Kai</div>"
	    "<div class=comment-content><p>First words.</p></div>"
	    "<footer><time datetime='2020-01-02T03:04'>Jan 2</time></footer>"
	    "</li>"
	    "<li class=comment id=comment-2><a href='#comment-2'>Link</a> "
	    "<a href='https://forum.example/u/uli_b'><img src=a.png alt=''>"
	    "uli_b</a><div class=comment-content><p>Second words.</p></div>"
	    "</li>"
	    "<li class=comment id=comment-3><div class=comment-content><p>"
	    "No name, and a <a href='https://example.org/page'>link</a> in "
	    "the text.</p></div></li>"
	    "</ol></body>");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_ptr_nonnull(author_of(doc, 0));
	ck_assert_str_eq(author_of(doc, 0), "Kai");
	ck_assert_ptr_nonnull(author_of(doc, 1));
	ck_assert_str_eq(author_of(doc, 1), "uli_b");
	c = test_nth_comment(doc, 1);
	ck_assert_ptr_nonnull(c->as.comment.author_url);
	ck_assert_str_eq(c->as.comment.author_url,
	    "https://forum.example/u/uli_b");
	/* the name is not left in the text */
	{
		char *t = test_comment_text(c);

		ck_assert_str_eq(t, "Second words.");
		free(t);
	}
	ck_assert_ptr_null(author_of(doc, 2));
	qr_doc_free(doc);
}
END_TEST

/* A class word that says "user" on the text itself (Reddit's
 * div.usertext-body) is no name: too long for one. */
START_TEST(author_not_the_text)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list><li class=comment id=comment-1>"
	    "<div class=usertext-body><p>Quite a few words here, more than a "
	    "name would ever have in it.</p></div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_ptr_null(author_of(doc, 0));
	qr_doc_free(doc);
}
END_TEST

/* A theme whose items carry no comment word at all: the repeated
 * blocks with a date in the region named "comments" are the comments,
 * a reply nested in its parent; the fields by the generic selectors. */
START_TEST(repeated_items_in_region)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<section id=comments><h2>3 responses</h2><ol class=thread>"
	    "<li class=note id=n1><div class=who>Kai</div>"
	    "<div class=when>March 4, 2014</div>"
	    "<div class=words><p>First of the notes here.</p></div>"
	    "<ol><li class=note id=n2><div class=who>Uli</div>"
	    "<time datetime='2014-03-05T10:00'>March 5</time>"
	    "<div class=words><p>An answer to the first.</p></div></li></ol>"
	    "</li>"
	    "<li class=note id=n3><div class=who>Ina</div>"
	    "<div class=when>March 6, 2014</div>"
	    "<div class=words><p>Another note at the top.</p></div></li>"
	    "</ol></section></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_str_eq(c->as.comment.date, "2014-03-04");
	t = test_comment_text(c);
	ck_assert_ptr_nonnull(strstr(t, "First of the notes here."));
	free(t);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	ck_assert_str_eq(c->as.comment.date, "2014-03-05T10:00");
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* The region's repeated blocks without a date are no comments (the
 * site's rules for commenters above its form). */
START_TEST(repeated_needs_date)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div id=comments><h3>Before you write</h3><ul class=rules>"
	    "<li class=rule>Be kind to each other, whatever the topic.</li>"
	    "<li class=rule>Stay on the subject of the post above.</li>"
	    "<li class=rule>No advertising, no links to shops.</li>"
	    "</ul></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* The generic rule: a body candidate that holds the date (a class word
 * "secondary-text" on the date's span) is not the body. */
START_TEST(generic_body_not_date)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=kommentare><div class=kommentar-item>"
	    "<b>Kai</b> <span class='stamp secondary-text'>March 4, 2014</span>"
	    "<p class=msg-content>The words of the comment.</p></div>"
	    "<div class=kommentar-item><b>Uli</b> "
	    "<span class='stamp secondary-text'>March 5, 2014</span>"
	    "<p class=msg-content>More words.</p></div></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The words of the comment.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* The generic rule's class words for a name ("name") also match the
 * text's field (Drupal's field--name-comment-body): a long text is no
 * name, the next alternative (b) gives it. */
START_TEST(generic_author_short)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=kommentare><div class=kommentar-item>"
	    "<p><b>Kai</b> wrote</p><div class=field--name-body><p>The words "
	    "of the comment, and a few more of them than a name has.</p>"
	    "</div></div></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_ptr_nonnull(author_of(doc, 0));
	ck_assert_str_eq(author_of(doc, 0), "Kai");
	qr_doc_free(doc);
}
END_TEST

/* Regions named by a part of a longer word or by another noun
 * ("x-comments-section", "discussion") hold the repeated items too. */
START_TEST(repeated_region_words)
{
	static const char *const regions[] = {
	    "id=hashover-comments-section", "class=discussion",
	    "class='box commento-comments-area'", NULL };
	size_t i;

	for (i = 0; regions[i] != NULL; i++) {
		char page[1024];
		struct qr_doc *doc;

		snprintf(page, sizeof(page),
		    "<body><article><p>The post, long enough.</p></article>"
		    "<div %s><div class=note><b>Kai</b> March 4, 2014"
		    "<p>First of the notes here.</p></div>"
		    "<div class=note><b>Uli</b> March 5, 2014"
		    "<p>Second of the notes here.</p></div></div></body>",
		    regions[i]);
		doc = rd(page);
		ck_assert_msg(qr_doc_count_comments(doc) == 2, "%s: %zu",
		    regions[i], qr_doc_count_comments(doc));
		qr_doc_free(doc);
	}
}
END_TEST

/* A date alone in its block is no name line: the comment has no author
 * rather than its date as one. */
START_TEST(date_line_no_name)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list><li class=comment id=comment-1>"
	    "<div class=comment-date>March 4, 2014</div>"
	    "<div class=comment-content><p>Words.</p></div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_ptr_nonnull(test_nth_comment(doc, 0)->as.comment.date);
	ck_assert_ptr_null(author_of(doc, 0));
	qr_doc_free(doc);
}
END_TEST

/* A name link inside a wrapper that a class word also calls the name
 * and that holds the date (Commento's div.name-wrapper > a.name). */
START_TEST(author_link_in_name_wrapper)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list><li class=comment id=comment-1>"
	    "<div class=name-wrapper><a class=name href='http://kai.example/'>"
	    "Kai</a><div class=ago>March 4, 2014 9:12 AM</div></div>"
	    "<div class=comment-content><p>Words.</p></div></li></ol></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_ptr_nonnull(author_of(doc, 0));
	ck_assert_str_eq(author_of(doc, 0), "Kai");
	qr_doc_free(doc);
}
END_TEST

/* Two comments with the text "What did you use for the shield in the
 * end?" under a heading each: the first heading (a link to the comment,
 * as Drupal makes its subject) is left out as a subject, the second
 * (plain) is kept. */
static void
two_subjects(const char *cut, const char *kept)
{
	char		 html[1024];
	struct qr_doc	*doc;
	struct qr_node	*c;

	snprintf(html, sizeof(html),
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list><li class=comment id=comment-1>"
	    "<div class=comment-content><h3><a href='#comment-1'>%s</a></h3>"
	    "<p>What did you use for the shield in the end?</p></div></li>"
	    "<li class=comment id=comment-2><div class=comment-content>"
	    "<h3>%s</h3><p>What did you use for the shield in the end?</p>"
	    "</div></li></ol></body>", cut, kept);
	doc = rd(html);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_int_eq(c->first->kind, QR_PARA);
	c = test_nth_comment(doc, 1);
	ck_assert_int_eq(c->first->kind, QR_HEADING);
	qr_doc_free(doc);
}

/* A heading that is the text's start cut with an ellipsis (Drupal's
 * subject made from the text) is no text; a heading of its own stays. */
START_TEST(subject_from_text)
{
	two_subjects("What did you use for the\xE2\x80\xA6",
	    "A question of shields");
}
END_TEST

/* No body element: the whole item is the text, less its <header> and
 * <footer> (the name and date line, the links). */
START_TEST(whole_item_less_meta)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<div class=comments-list><article class=comment id=comment-1>"
	    "<header><p>Submitted by <span class=username>Kai</span> on "
	    "Tue, 03/04/2014 - 09:12 (not verified)</p></header>"
	    "<div class=inner><p>The words of it.</p></div>"
	    "<footer><p>Permanent link, 12 points</p></footer>"
	    "</article></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The words of it.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* Comments the WordPress rule takes (article.comment) with their
 * replies in the block right after them under a class it does not know
 * (Olivero's div.indented): replies. */
START_TEST(replies_after_for_any_theme)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<section class=thread>"
	    "<article class=comment id=comment-1><p class=comment-content>"
	    "Top words.</p></article>"
	    "<div class=answers><article class=comment id=comment-2>"
	    "<p class=comment-content>Reply words.</p></article></div>"
	    "<article class=comment id=comment-3><p class=comment-content>"
	    "Next top.</p></article>"
	    "</section></body>");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* A heading that is the text's first words cut before a space, with
 * no ellipsis (Drupal 7's linked subject), is no text; a heading that
 * only begins the same way but is cut inside a word stays. */
START_TEST(subject_cut_at_word)
{
	two_subjects("What did you use for the", "What did you use for the sh");
}
END_TEST

/* No body element, a name line in a heading and all the text in one
 * blockquote that starts with the date (b2evolution's basic skin): the
 * quote is the comment's text, the date its date. */
START_TEST(lone_quote_is_text)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<div class=comments-area>"
	    "<div class=comment><h5>Comment from: <a href='http://kai.example/'"
	    ">Kai</a></h5><blockquote><small>2014/03/04 @ 09:12</small>"
	    "<div><p>The words of the first one.</p></div></blockquote></div>"
	    "<div class=comment><h5>Comment from: Uli</h5><blockquote>"
	    "<small>2014/03/05 @ 10:00</small><div><p>The second words."
	    "</p></div></blockquote></div></div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "The words of the first one.");
	free(t);
	ck_assert_int_eq(c->first->kind, QR_PARA);
	qr_doc_free(doc);
}
END_TEST

/* A forum no profile knows: repeated blocks whose class names a post,
 * each with a link to its writer's page, a date and text.  The first
 * is the thread's post; the writer is the link, not the rank beside
 * it; the body the element with the text, not the rank's "small-text"
 * that [class*=text] finds first. */
START_TEST(forum_posts)
{
	struct qr_doc *doc = rd(
	    "<body><h1>Balcony weather station</h1><div id=thread>"
	    "<div class=msg-box><div class=panel><a href='/members/kai.1/'>kai"
	    "</a><span class=small-text>Member</span></div><span>March 4, "
	    "2014</span><div class=msg-text><p>The first post, the thread's "
	    "own words.</p></div></div>"
	    "<div class=msg-box><div class=panel><a href='/members/uli.2/'>uli"
	    "</a><span class=small-text>Member</span></div><span>March 5, "
	    "2014</span><div class=msg-text><p>Second post words here, a "
	    "reply.</p></div></div>"
	    "<div class=msg-box><div class=panel><a href='/members/ina.3/'>ina"
	    "</a><span class=small-text>Member</span></div><span>March 6, "
	    "2014</span><div class=msg-text><p>Third post, another reply to "
	    "it.</p></div></div>"
	    "</div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.author);
	ck_assert_str_eq(c->as.comment.author, "uli");
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_str_eq(c->as.comment.date, "2014-03-05");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Second post words here, a reply.");
	free(t);
	ck_assert(test_nth_comment(doc, 1)->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* Blocks that name other pages' posts (a "related posts" list with
 * writers, dates and excerpts) are no forum thread. */
START_TEST(related_posts_no_thread)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be the post.</p>"
	    "</article><div class=related>"
	    "<div class=related-post><a href='/author/kai/'>kai</a> <span>"
	    "March 4, 2014</span><p>An excerpt of another post here.</p></div>"
	    "<div class=related-post><a href='/author/uli/'>uli</a> <span>"
	    "March 5, 2014</span><p>An excerpt of one more post here.</p></div>"
	    "</div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* A forum post's date in its meta paragraph (p.author "by NAME »
 * DATE"), not the writer's sign-up date in the panel beside it.  (The
 * rows were div.reply-row: a key that names a reply now says no post
 * of them is the thread's own, reply_posts_all_comments.) */
START_TEST(forum_date_not_joined)
{
	struct qr_doc *doc = rd(
	    "<body><div id=topic>"
	    "<div class=post-row><dl class=panel><dt><a href='/u/kai'>kai</a>"
	    "</dt><dd><strong>Joined:</strong> Sat Feb 01, 2014 10:00 am</dd>"
	    "</dl><div class=body-wrap><p class=author>by <a href='/u/kai'>kai"
	    "</a> \xC2\xBB Tue Mar 04, 2014 11:40 am</p><div class=content>"
	    "The thread's own first words.</div></div></div>"
	    "<div class=post-row><dl class=panel><dt><a href='/u/uli'>uli</a>"
	    "</dt><dd><strong>Joined:</strong> Sat Feb 01, 2014 10:00 am</dd>"
	    "</dl><div class=body-wrap><p class=author>by <a href='/u/uli'>uli"
	    "</a> \xC2\xBB Wed Mar 05, 2014 09:30 am</p><div class=content>"
	    "A reply with words of its own.</div></div></div>"
	    "</div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_str_eq(c->as.comment.date, "2014-03-05T09:30");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "A reply with words of its own.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A forum whose post (article.message) holds parts with the same post
 * word (div.message-cell, the writer's panel and the text, each with a
 * name, a date and text): the posts are the articles, whose first
 * comes first; a date in a title attribute (the text says "12 years
 * ago") dates a post. */
START_TEST(forum_posts_not_parts)
{
	struct qr_doc *doc = rd(
	    "<body><h1>Balcony weather station</h1><div class=stream>"
	    "<article class='message main-message'>"
	    "<div class='message-cell cell-user'><a href='/members/kai.1/'>"
	    "kai</a><p>Seasoned member of the board</p>"
	    "<span>Seen March 3, 2014</span></div>"
	    "<div class='message-cell cell-main'><a href='/members/kai.1/'>"
	    "kai</a> <span title='04 Mar 2014 09:12'>12 years ago</span>"
	    "<div class=body>The first post, the thread's own words.</div>"
	    "</div></article>"
	    "<article class='message main-message'>"
	    "<div class='message-cell cell-user'><a href='/members/uli.2/'>"
	    "uli</a><p>Seasoned member of the board</p>"
	    "<span>Seen March 3, 2014</span></div>"
	    "<div class='message-cell cell-main'><a href='/members/uli.2/'>"
	    "uli</a> <span title='05 Mar 2014 10:00'>12 years ago</span>"
	    "<div class=body>Second post words here, a reply.</div></div></article>"
	    "<article class='message main-message'>"
	    "<div class='message-cell cell-user'><a href='/members/ina.3/'>"
	    "ina</a><p>Seasoned member of the board</p>"
	    "<span>Seen March 3, 2014</span></div>"
	    "<div class='message-cell cell-main'><a href='/members/ina.3/'>"
	    "ina</a> <span title='06 Mar 2014 11:00'>12 years ago</span>"
	    "<div class=body>Third post, another reply to it.</div></div></article>"
	    "</div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.author);
	ck_assert_str_eq(c->as.comment.author, "uli");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Second post words here, a reply.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* Forum posts as schema.org Comments (a rule that needs no platform):
 * the first one's class says it opens the thread (NodeBB's
 * li.topic-owner-post), so it is the post, not a comment. */
START_TEST(starter_post_is_post)
{
	struct qr_doc *doc = rd(
	    "<body><h1>Balcony weather station</h1><ul class=posts>"
	    "<li class=topic-owner-post itemscope "
	    "itemtype='http://schema.org/Comment'><span itemprop=author>kai"
	    "</span><div itemprop=text><p>The thread's own first words.</p>"
	    "</div></li>"
	    "<li itemscope itemtype='http://schema.org/Comment'><span "
	    "itemprop=author>uli</span><div itemprop=text><p>A reply with "
	    "words of its own.</p></div></li>"
	    "</ul></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "A reply with words of its own.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A one-word span with a class word "text" is a label in the comment's
 * header or footer (Gitalk's span.gt-comment-text "commented", Twikoo's
 * span.tk-extra-text "Linux"), not its text, when a block candidate
 * holds more; a one-word text with no other candidate stays. */
START_TEST(label_not_body)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=x-comments>"
	    "<div class=gt-comment><div class=gt-comment-header>"
	    "<a class=gt-comment-username href='https://github.com/kai'>kai"
	    "</a><span class=gt-comment-text>commented</span>"
	    "<span class=gt-comment-date>3 days ago</span></div>"
	    "<div class=gt-comment-body><p>The words of the comment.</p>"
	    "</div></div>"
	    "<div class=gt-comment><b>uli</b> "
	    "<span class=comment-text>Thanks!</span></div>"
	    "</div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The words of the comment.");
	free(t);
	ck_assert_str_eq(author_of(doc, 0), "kai");
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Thanks!");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A reply's "@NAME" link to a place on the page names whom it answers,
 * not who wrote it (Twikoo's a.tk-ruser, whose class word "user" comes
 * before the name's "nick"); the text keeps it. */
START_TEST(mention_not_author)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=tk-comments>"
	    "<div class=tk-comment id=c1><div class=tk-main>"
	    "<strong class=tk-nick>Kai</strong>"
	    "<div class=tk-content><span>First words.</span></div>"
	    "<div class=tk-replies><div class=tk-comment id=c2>"
	    "<div class=tk-main><strong class=tk-nick>Uli</strong>"
	    "<div class=tk-content><span>Reply <a class=tk-ruser href='#c1'>"
	    "@Kai</a> :</span><span>Second words.</span></div></div></div>"
	    "</div></div></div></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(author_of(doc, 0), "Kai");
	ck_assert_str_eq(author_of(doc, 1), "Uli");
	ck_assert_uint_eq(test_nth_comment(doc, 1)->as.comment.depth, 2);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Reply @Kai :Second words.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A comment box whose class word says "comment" (Waline's div.
 * wl-comment around its editor) shows only form labels and a count
 * once the form is gone: no comment; a comment whose text is a number
 * beside its name and text still is one. */
START_TEST(labels_and_counts_no_comment)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=wl-comment><label for=n>Nickname</label>"
	    "<input id=n name=nick><label for=m>E-Mail</label>"
	    "<textarea></textarea><div class=wl-text-number>0</div></div>"
	    "<div class=x-comments><div class=x-comment><b>Kai</b>"
	    "<span class=likes>12</span><p class=comment-text>The words.</p>"
	    "</div></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(author_of(doc, 0), "Kai");
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The words.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* livestamp.js's data-livestamp holds the date the text says only as
 * "2 days ago" (BuddyPress's span.time-since). */
START_TEST(livestamp_date)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=x-comments><div class=x-comment><b>Kai</b> "
	    "<span class=time-since data-livestamp='2014-03-04T09:12:00+0000'>"
	    "2 days ago</span><p class=comment-text>The words.</p></div>"
	    "</div></body>");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	c = test_nth_comment(doc, 0);
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12:00+00:00");
	qr_doc_free(doc);
}
END_TEST

/* A comments region named in camel case ("itemComments",
 * "itemCommentsList") whose repeated items are zebra rows (li.even,
 * li.odd, one "odd authorResponse"): all of them are the comments, not
 * only the even or the odd ones; no class says "comment" on them. */
START_TEST(camel_region_zebra_rows)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div class=itemComments><h3>3 notes</h3><ul class=itemNotesList>"
	    "<li class=even><span class=when>Tuesday, 04 March 2014 09:12"
	    "</span><p>First of the notes, with words.</p></li>"
	    "<li class='odd authorResponse'><span class=when>Tuesday, 04 "
	    "March 2014 11:40</span><p>The writer's answer, with words.</p>"
	    "</li>"
	    "<li class=even><span class=when>Wednesday, 05 March 2014 08:30"
	    "</span><p>A third note with words.</p></li>"
	    "</ul></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "The writer's answer, with words.");
	free(t);
	ck_assert_uint_eq(test_top_level(doc), 3);
	qr_doc_free(doc);
}
END_TEST

/* Ids that number a comment after a prefix or in short ("IDComment-7",
 * "cmt8", nested in its parent's text), and not a button's
 * ("reply-comment-9"). */
START_TEST(comment_ids)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div id=IDComment-7><span class=name>Kai</span><div class=words>"
	    "Kai's words here.</div></div>"
	    "<ul id=cmt8><li class=who>Uli</li><li class=words>Uli's words "
	    "here.<ul id=cmt9><li class=who>Ina</li><li class=words>Ina "
	    "answers Uli.</li></ul></li></ul>"
	    "<div id=reply-comment-9><span>Reply to it</span></div>"
	    "</body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "Kai's words here.");
	free(t);
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent == test_nth_comment(doc, 1));
	t = test_comment_text(c);
	ck_assert_ptr_nonnull(strstr(t, "Ina answers Uli."));
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* The replies of a comment in wrappers after it, one wrapper a reply
 * (IntenseDebate's div.idc-thread): the second wrapper's reply is the
 * comment's too, not a top-level comment. */
START_TEST(replies_in_following_wrappers)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<div class=thread><div class=comment id=comment-1><p>Top words."
	    "</p></div>"
	    "<div class=thread><div class=comment id=comment-2><p>First "
	    "reply.</p></div></div>"
	    "<div class=thread><div class=comment id=comment-3><p>Second "
	    "reply.</p></div></div></div>"
	    "<div class=thread><div class=comment id=comment-4><p>Next top."
	    "</p></div></div></body>");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	c = test_nth_comment(doc, 3);
	ck_assert(c->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* No body element: the whole item is the text, less what comes before
 * its own text (a permalink line, the avatar, a header line of no
 * class with the name and the date) and the buttons after it; a
 * comment whose only other child is its replies' list keeps it all. */
START_TEST(whole_item_less_lead_lines)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<ol class=comment-list>"
	    "<li class=comment id=comment-1><span><a href='#comment-1'>"
	    "Comment Link</a></span><img src=a.png alt='Kai Bo'>"
	    "<div><span class=name>Kai Bo</span> <span class=date>March 4, "
	    "2014</span></div><p>The words of the first comment.</p>"
	    "<span><a href='?report=1'>Report</a></span></li>"
	    "<li class=comment id=comment-2><div><span class=name>Uli</span> "
	    "<span class=date>March 5, 2014</span> Short.</div>"
	    "<ol class=children><li class=comment id=comment-3><p>An answer "
	    "with some words in it.</p></li></ol></li>"
	    "</ol></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(author_of(doc, 0), "Kai Bo");
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The words of the first comment.");
	free(t);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_ptr_nonnull(strstr(t, "Short."));
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* Forum-like posts whose key names a reply ("status-reply"): all are
 * comments, the post the toot above them in a markup of its own. */
START_TEST(reply_posts_all_comments)
{
	struct qr_doc *doc = rd(
	    "<body><div class=toot><p>The toot itself, long enough to be "
	    "the post of the page, with its words.</p></div><div id=thread>"
	    "<div class=status-reply><div class=panel><a href='/members/kai.1/'>"
	    "kai</a></div><span>March 4, 2014</span><div class=msg-text><p>"
	    "The first answer, its own words.</p></div></div>"
	    "<div class=status-reply><div class=panel><a href='/members/uli.2/'>"
	    "uli</a></div><span>March 5, 2014</span><div class=msg-text><p>"
	    "Second answer words here.</p></div></div>"
	    "</div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(author_of(doc, 0), "kai");
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "The first answer, its own words.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* An id that numbers a part of a comment ("comment-body-7") in a
 * comment is that comment's text, not a reply; outside every comment,
 * where nothing else says comment, it is one. */
START_TEST(part_id_only_outside)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<div class=list><div class=row id=comment-item-7><span class=name>"
	    "Kai</span> <span class=when>04.03.2014 09:12</span>"
	    "<div class=kx-words id=comment-body-7><p>Kai's words here.</p>"
	    "</div></div>"
	    "<div class=row id=comment-item-8><span class=name>Uli</span> "
	    "<span class=when>04.03.2014 11:40</span>"
	    "<div class=kx-words id=comment-body-8><p>Uli's words here.</p>"
	    "</div></div></div></body>");
	struct qr_doc *flat = rd(
	    "<body><article><p>The post, long enough.</p></article>"
	    "<div class=feedback><div class=item><span>Kai</span>"
	    "<div class=kx-words id=comment_body_7>Kai's words here.</div>"
	    "</div><div class=item><span>Uli</span>"
	    "<div class=kx-words id=comment_body_8>Uli's words here.</div>"
	    "</div></div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_uint_eq(test_top_level(doc), 2);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Uli's words here.");
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(flat), 2);
	t = test_comment_text(test_nth_comment(flat, 0));
	ck_assert_str_eq(t, "Kai's words here.");
	free(t);
	qr_doc_free(doc);
	qr_doc_free(flat);
}
END_TEST

/* A region named only "thread" (Isso's section#isso-thread) holds the
 * repeated dated items; but a forum's posts in a div.thread are still
 * read as a forum's, the first post the thread's own. */
START_TEST(thread_region_weak)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<section id=x-thread><div class=x-note><span>Kai</span> "
	    "<time datetime='2014-03-04T09:12'>March 4</time><div class=words>"
	    "<p>First of the notes here.</p></div></div>"
	    "<div class=x-note><span>Uli</span> <time "
	    "datetime='2014-03-05T10:00'>March 5</time><div class=words><p>"
	    "Second of the notes here.</p></div></div></section></body>");
	struct qr_doc *forum = rd(
	    "<body><h1>Balcony weather station</h1><div class=thread>"
	    "<div class=msg-box><div class=panel><a href='/members/kai.1/'>kai"
	    "</a></div><span>March 4, 2014</span><div class=msg-text><p>The "
	    "first post, the thread's own words.</p></div></div>"
	    "<div class=msg-box><div class=panel><a href='/members/uli.2/'>uli"
	    "</a></div><span>March 5, 2014</span><div class=msg-text><p>Second "
	    "post words here, a reply.</p></div></div>"
	    "</div></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_ptr_nonnull(strstr(t, "Second of the notes here."));
	free(t);
	ck_assert_uint_eq(qr_doc_count_comments(forum), 1);
	t = test_comment_text(test_nth_comment(forum, 0));
	ck_assert_str_eq(t, "Second post words here, a reply.");
	free(t);
	qr_doc_free(doc);
	qr_doc_free(forum);
}
END_TEST

/* Repeated blocks in a region named "comments" whose only date is a
 * relative one ("6 days ago", "an hour ago": Gitalk's, Waline's):
 * comments as much as blocks with an absolute date; a block without
 * any is not (repeated_needs_date). */
START_TEST(relative_dates_mark_items)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><section id=comments><div class=gt-list>"
	    "<div class=gt-row><a href='/u/ann'>ann</a> <span class=gt-date>6 days ago"
	    "</span><div class=gt-body><p>First words of the thread.</p></div>"
	    "</div>"
	    "<div class=gt-row><a href='/u/bo'>bo</a> <span class=gt-date>an hour ago"
	    "</span><div class=gt-body><p>Second words of the thread.</p></div>"
	    "</div></div></section></body>");
	struct qr_doc *none = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><section id=comments><div class=gt-list>"
	    "<div class=gt-row><a href='/u/ann'>ann</a> <span>six of them"
	    "</span><div class=gt-body><p>First words of the thread.</p></div>"
	    "</div>"
	    "<div class=gt-row><a href='/u/bo'>bo</a> <span>days ago"
	    "</span><div class=gt-body><p>Second words of the thread.</p></div>"
	    "</div></div></section></body>");
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Second words of the thread.");
	free(t);
	ck_assert_str_eq(author_of(doc, 0), "ann");
	ck_assert_uint_eq(qr_doc_count_comments(none), 0);
	qr_doc_free(doc);
	qr_doc_free(none);
}
END_TEST

/* No class or id names the region, but a heading says what follows
 * ("8 comments", "Comments:", "Comments (2)"): the repeated blocks
 * with a date after it, beside it or in a sibling's subtree (K2's
 * h3 then ul, b2evolution's h4 then div after div, Waline's count in
 * a header beside the list), are the comments.  A teaser link "2
 * comments" heads nothing. */
START_TEST(heading_names_region)
{
	static const char *const heads[] = {
	    "<h3><span>2</span> comments</h3>", "<h4>Comments:</h4>",
	    "<div class=hd><div class=cnt>Comments (2)</div></div>" };
	static const char *const items =
	    "<div class=kx-list><div class=kx-row><b>ann</b> "
	    "<small>2014/03/04 @ 09:12</small><p>First words of the "
	    "thread.</p></div>"
	    "<div class=kx-row><b>bo</b> <small>2014/03/05 @ 10:00</small>"
	    "<p>Second words of the thread.</p></div></div>";
	size_t i;

	for (i = 0; i < 4; i++) {
		char		 page[2048];
		struct qr_doc	*doc;

		snprintf(page, sizeof(page), "<body><article><p>The post "
		    "itself, long enough to be one.</p></article><div "
		    "class=bx>%s%s</div></body>", i < 3 ? heads[i] :
		    "<p><a href='#c'>2 comments</a></p>", items);
		doc = rd(page);
		ck_assert_msg(qr_doc_count_comments(doc) == (i < 3 ? 2 : 0),
		    "heading %zu: %zu comments", i,
		    qr_doc_count_comments(doc));
		if (i < 3) {
			char *t = test_comment_text(test_nth_comment(doc, 0));

			ck_assert_str_eq(t, "First words of the thread.");
			free(t);
			ck_assert_str_eq(author_of(doc, 1), "bo");
		}
		qr_doc_free(doc);
	}
}
END_TEST

/* Comments numbered in base 36 or 16 ("comment-17e": Tildes'), with no
 * class word that says comment: the id names a comment as much as
 * "comment-17" does; a word after "comment-" ("comment-form") does
 * not. */
START_TEST(base36_comment_ids)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><div class=kx-tree>"
	    "<article id=comment-17e class=kx><header>ann</header>"
	    "<div class=kx-text><p>First words of the thread.</p></div>"
	    "<div class=kx-replies><article id=comment-17c class=kx>"
	    "<header>bo</header><div class=kx-text><p>A reply to the "
	    "first.</p></div></article></div></article>"
	    "<article id=comment-1a0 class=kx><header>cy</header>"
	    "<div class=kx-text><p>Third words of the thread.</p></div>"
	    "</article><div id=comment-form class=kx><p>Leave your words "
	    "here, please.</p></div></div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	t = test_comment_text(c);
	ck_assert_str_eq(t, "A reply to the first.");
	free(t);
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* A region named only by a weak word ("thread") that is one of a run
 * of siblings (Habr's section.tm-comment-thread, one a top-level
 * comment with its replies): the run's parent is the region, so every
 * thread is read, not the first alone. */
START_TEST(weak_region_one_of_many)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><div class=tree>"
	    "<section class=x-thread><article class=x-item>"
	    "<time datetime='2014-03-04T09:12'>4 March</time>"
	    "<p>First words of the thread.</p></article>"
	    "<div class=x-children><section class=x-thread>"
	    "<article class=x-item><time datetime='2014-03-04T10:00'>4 "
	    "March</time><p>A reply to the first one.</p></article>"
	    "</section></div></section>"
	    "<section class=x-thread><article class=x-item>"
	    "<time datetime='2014-03-05T09:12'>5 March</time>"
	    "<p>Second words of the thread.</p></article></section>"
	    "</div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	c = test_nth_comment(doc, 2);
	ck_assert(c->parent->kind != QR_COMMENT);
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Second words of the thread.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* Repeated items in a region (li.media) whose replies are blocks of
 * another tag with the same key (div.media: django-comments-xtd on
 * Bootstrap) inside them: the replies are comments too. */
START_TEST(nested_items_other_tag)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><ul id=comments>"
	    "<li class=media><div class=media-body><b>ann</b> "
	    "<span>March 4, 2014</span><p>First words of the thread.</p>"
	    "<div class=media><div class=media-body><b>bo</b> "
	    "<span>March 5, 2014</span><p>A reply to the first one.</p>"
	    "</div></div></div></li>"
	    "<li class=media><div class=media-body><b>cy</b> "
	    "<span>March 6, 2014</span><p>Second words of the thread.</p>"
	    "</div></li></ul></body>");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	ck_assert_str_eq(author_of(doc, 1), "bo");
	{
		char *t = test_comment_text(c);

		ck_assert_str_eq(t, "A reply to the first one.");
		free(t);
	}
	ck_assert(test_nth_comment(doc, 2)->parent->kind != QR_COMMENT);
	qr_doc_free(doc);
}
END_TEST

/* A web component's elements named for comments and replies
 * ("x-comment", "reply-entry"; Halo's comment-item and reply-item, its
 * shadow roots read
 * in place), with no class word that says so: comments, the replies
 * nested; a "reply-button" is none. */
START_TEST(custom_element_items)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><div class=w><x-list>"
	    "<x-comment><div class=i><a class=n href='/u/ann'>ann</a>"
	    "<div class=c><p>First words of the thread.</p></div>"
	    "<reply-button><button>Reply</button></reply-button>"
	    "<x-replies><reply-entry><div class=i><a class=n href='/u/bo'>bo"
	    "</a><div class=c><p>A reply to the first one.</p></div></div>"
	    "</reply-entry></x-replies></div></x-comment>"
	    "<x-comment><div class=i><a class=n href='/u/cy'>cy</a>"
	    "<div class=c><p>Second words of the thread.</p></div></div>"
	    "</x-comment></x-list></div></body>");
	struct qr_node *c;
	char *t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert(c->parent == test_nth_comment(doc, 0));
	t = test_comment_text(c);
	ck_assert_str_eq(t, "A reply to the first one.");
	free(t);
	ck_assert(test_nth_comment(doc, 2)->parent->kind != QR_COMMENT);
	ck_assert_str_eq(author_of(doc, 2), "cy");
	qr_doc_free(doc);
}
END_TEST

/* A commenter named only by RDFa (Drupal's "Submitted by <span
 * property="schema:name">NAME</span> on DATE"): the name, no class
 * word needed. */
START_TEST(rdfa_author_name)
{
	struct qr_doc *doc = rd(
	    "<body><article><p>The post itself, long enough to be one.</p>"
	    "</article><div class=kx-list>"
	    "<section class=comment><p class=meta>Submitted by <span "
	    "typeof='schema:Person' property='schema:name'>Ann Lee</span> "
	    "on Tue, 03/04/2014 - 09:12</p><div class=kx-c><p>First words "
	    "of the thread.</p></div></section>"
	    "<section class=comment><p class=meta>Submitted by <span "
	    "property='foaf:name'>Bo</span> on Wed, 03/05/2014 - 10:00</p>"
	    "<div class=kx-c><p>Second words of the thread.</p></div>"
	    "</section></div></body>");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_ptr_nonnull(author_of(doc, 0));
	ck_assert_str_eq(author_of(doc, 0), "Ann Lee");
	ck_assert_ptr_nonnull(author_of(doc, 1));
	ck_assert_str_eq(author_of(doc, 1), "Bo");
	qr_doc_free(doc);
}
END_TEST

/* Forum posts whose class numbers them ("kx-reply-position-3": one key
 * for all, the number dropped), each after a header sibling that shows
 * its date (bbPress's div.bbp-reply-header before the post's div,
 * which holds the writer and text), the first of them the topic
 * ("type-topic"), so the thread's post though the key says reply. */
START_TEST(posts_numbered_header_before)
{
	static const char *const who[] = { "ann", "bo", "cy" };
	struct qr_buf	 b = { 0 };
	struct qr_doc	*doc;
	char		*t;
	int		 i;

	qr_buf_puts(&b, "<body><h1>A topic</h1><ul class=kx-list><li>");
	for (i = 0; i < 3; i++) {
		char	line[512];

		snprintf(line, sizeof(line), "<div class=kx-head><span>"
		    "March %d, 2014 at 9:12 am</span><a href='#p%d'>#%d</a>"
		    "</div><div class='kx-item-%d kx-reply-position-%d %s'>"
		    "<div class=kx-who><a href='/users/%s/'>%s</a></div>"
		    "<div class=kx-text><p>Words number %d of the topic, "
		    "long enough to count.</p></div></div>", i + 4, i, i, i,
		    i + 1, i == 0 ? "type-topic topic-author" : "type-reply",
		    who[i], who[i], i + 1);
		qr_buf_puts(&b, line);
	}
	qr_buf_puts(&b, "</li></ul></body>");
	doc = rd(b.data);
	qr_buf_free(&b);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(author_of(doc, 0), "bo");
	ck_assert_str_eq(author_of(doc, 1), "cy");
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Words number 3 of the topic, long enough to "
	    "count.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_html_generic(void)
{
	Suite	*s = suite_create("html_generic");
	TCase	*tc = tcase_create("rules");

	tcase_add_test(tc, author_by_class_word_or_user_link);
	tcase_add_test(tc, author_not_the_text);
	tcase_add_test(tc, repeated_items_in_region);
	tcase_add_test(tc, repeated_needs_date);
	tcase_add_test(tc, generic_body_not_date);
	tcase_add_test(tc, generic_author_short);
	tcase_add_test(tc, repeated_region_words);
	tcase_add_test(tc, date_line_no_name);
	tcase_add_test(tc, author_link_in_name_wrapper);
	tcase_add_test(tc, subject_from_text);
	tcase_add_test(tc, whole_item_less_meta);
	tcase_add_test(tc, replies_after_for_any_theme);
	tcase_add_test(tc, subject_cut_at_word);
	tcase_add_test(tc, lone_quote_is_text);
	tcase_add_test(tc, forum_posts);
	tcase_add_test(tc, related_posts_no_thread);
	tcase_add_test(tc, forum_date_not_joined);
	tcase_add_test(tc, forum_posts_not_parts);
	tcase_add_test(tc, starter_post_is_post);
	tcase_add_test(tc, label_not_body);
	tcase_add_test(tc, mention_not_author);
	tcase_add_test(tc, labels_and_counts_no_comment);
	tcase_add_test(tc, livestamp_date);
	tcase_add_test(tc, camel_region_zebra_rows);
	tcase_add_test(tc, comment_ids);
	tcase_add_test(tc, replies_in_following_wrappers);
	tcase_add_test(tc, whole_item_less_lead_lines);
	tcase_add_test(tc, reply_posts_all_comments);
	tcase_add_test(tc, part_id_only_outside);
	tcase_add_test(tc, thread_region_weak);
	tcase_add_test(tc, relative_dates_mark_items);
	tcase_add_test(tc, heading_names_region);
	tcase_add_test(tc, base36_comment_ids);
	tcase_add_test(tc, weak_region_one_of_many);
	tcase_add_test(tc, nested_items_other_tag);
	tcase_add_test(tc, custom_element_items);
	tcase_add_test(tc, rdfa_author_name);
	tcase_add_test(tc, posts_numbered_header_before);
	suite_add_tcase(s, tc);
	return s;
}
