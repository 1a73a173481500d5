/*
 * check_html_more.c -- the HTML reader on more platforms (the pages of
 * tests/platforms added with them): a web component's declarative
 * shadow roots (Halo's comment widget), Kunena's posts, Mastodon's
 * thread view, Joomla K2's comments, Waline's cards, BuddyPress's
 * activity comments, bbPress's posts, and the quote attribution phpBB
 * puts inside a post's text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"

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

/* One Halo comment or reply: its shadow root first, then the light
 * children its slots take in ("light"). */
#define HALO_ITEM(tag, name, date, text, light)				\
	"<" tag "><template shadowrootmode=open><base-comment-item>"	\
	"<template shadowrootmode=open><div class=item><div "		\
	"class=item-avatar><user-avatar><template shadowrootmode=open>"	\
	"<div class=avatar>" name "</div></template></user-avatar></div>"\
	"<div class=item-main><div class=item-meta><div class=item-author>"\
	name "</div><div class=item-meta-info title='" date "'>" date	\
	"</div></div><div class=item-content><slot name=pre-content>"	\
	"</slot><p>" text "</p></div><div class=item-actions><slot "	\
	"name=action></slot></div><slot name=footer></slot></div></div>"\
	"</template><base-comment-item-action slot=action>"		\
	"<template shadowrootmode=open><button>0</button></template>"	\
	"</base-comment-item-action>" light "</base-comment-item>"	\
	"</template></" tag ">"

/* Halo's comment widget as a saved page holds it: every custom element
 * keeps its shadow root in a <template shadowrootmode>, which the
 * cleaner used to drop with every template: no comment at all. */
START_TEST(halo_shadow_roots)
{
	struct qr_doc *doc = test_read(
	    "<body><article><h1>Post</h1><p>The post's own text, long "
	    "enough to be the body of the page.</p></article>"
	    "<comment-widget><template shadowrootmode=open><div "
	    "class=comment-widget><comment-list><template "
	    "shadowrootmode=open><div class=comment-list-main><div "
	    "class=comment-list>"
	    HALO_ITEM("comment-item", "Ann", "2014-03-04 09:12",
	    "What shield did you use?",
	    "<div slot=footer><comment-replies><template shadowrootmode=open>"
	    "<div class=replies__wrapper><div class=replies__list>"
	    HALO_ITEM("reply-item", "Bo", "2014-03-04 11:40",
	    "Plant saucers.", "")
	    "</div></div></template></comment-replies></div>")
	    HALO_ITEM("comment-item", "Cy", "2014-03-05 08:30",
	    "Nice one.", "")
	    "</div></div></template></comment-list></div></template>"
	    "</comment-widget></body>", QR_IN_HTML);
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Ann");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12");
	assert_ctext(doc, 0, "What shield did you use?");
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Bo");
	ck_assert_ptr_eq(c->parent, test_nth_comment(doc, 0));
	assert_ctext(doc, 1, "Plant saucers.");
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Cy");
	ck_assert_int_ne(c->parent->kind, QR_COMMENT);
	ck_assert_uint_eq(test_top_level(doc), 2);
	qr_doc_free(doc);
}
END_TEST

/* A template that is no shadow root is inert (not shown), and what a
 * shadow root holds is cleaned like the rest of the page. */
START_TEST(template_inert_shadow_clean)
{
	struct qr_doc	*doc = test_read(
	    "<body><article><p>The post's own text, long enough to be the "
	    "body of the page.</p><template><p>INERT template text</p>"
	    "</template><x-card><template shadowrootmode=open><p>Shown "
	    "<b>card</b> text</p><script>alert(1)</script><img src=x "
	    "onerror=alert(2)></template></x-card></article></body>",
	    QR_IN_HTML);
	char		*out = test_render(doc, QR_OUT_JSON, NULL);

	ck_assert_ptr_null(strstr(out, "INERT"));
	ck_assert_ptr_nonnull(strstr(out, "Shown"));
	ck_assert_ptr_null(strstr(out, "alert"));
	ck_assert_ptr_null(strstr(out, "onerror"));
	free(out);
	qr_doc_free(doc);
}
END_TEST

/* Kunena (Crypsis): div.row-fluid.message, the poster in the side
 * box's a.kwho-user, the text in div.kmsg under div.mykmsg-header
 * ("NAME replied the topic: ..."), the date in span.kdate's title; the
 * first post is the thread's own. */
START_TEST(kunena)
{
#define KPOST(n, name, date, text)					\
	"<div class='row-fluid message'><div class='span2 hidden-phone'>"\
	"<ul class='unstyled center profilebox'><li><strong><a "		\
	"class='kwho-user hasTooltip' href='/u/" n "'>" name "</a>"	\
	"</strong></li><li>Posts: 3</li></ul></div><div class='span10 "	\
	"message-published'><small class='text-muted pull-right'><span "	\
	"class=kdate title='" date "'>12 years ago</span> <a href=#" n	\
	" rel=canonical>#" n "</a></small><div class='badger-left "	\
	"badger-info'><div class=kmessage><div class=mykmsg-header>"	\
	name " replied the topic: Re: Rain</div><div class=kmsg>" text	\
	"</div></div></div></div></div>"
	struct qr_doc *doc = test_read(
	    "<body><div id=kunena>"
	    KPOST("1", "tobias", "03 Mar 2014 20:00", "The question.")
	    KPOST("2", "ann", "04 Mar 2014 09:12", "An answer.")
	    KPOST("3", "bo", "05 Mar 2014 18:47", "Another one.")
	    "</div></body>", QR_IN_HTML);
#undef KPOST

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	assert_ctext(doc, 0, "An answer.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "bo");
	ck_assert_uint_eq(test_top_level(doc), 2);
	qr_doc_free(doc);
}
END_TEST

/* phpBB (prosilver): a quote is blockquote > div > cite "NAME wrote:"
 * then the quoted text; the cite is no part of what was said. */
START_TEST(phpbb_quote_cite)
{
#define PPOST(n, name, text)						\
	"<div id=p" n " class='post bg2'><div class=inner><dl "		\
	"class=postprofile><dt><a href='./u" n "' class=username>" name	\
	"</a></dt></dl><div class=postbody><div id=post_content" n "><h3>"\
	"<a href=#p" n ">Rain</a></h3><p class=author>by <strong><a "	\
	"href='./u" n "' class=username>" name "</a></strong> &raquo; "	\
	"Tue Mar 04, 2014 9:12 am</p><div class=content>" text "</div>"	\
	"</div></div></div></div><hr class=divider>"
	struct qr_doc *doc = test_read(
	    "<body><div id=page-body>"
	    PPOST("1", "tobias", "Direct sun is the enemy.")
	    PPOST("2", "ann", "Agreed:<blockquote><div><cite>tobias wrote:"
	    "</cite>Direct sun is the enemy.</div></blockquote>Shade it.")
	    "</div></body>", QR_IN_HTML);
#undef PPOST

	ck_assert_uint_eq(qr_doc_count_comments(doc), 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "ann");
	assert_ctext(doc, 0, "Agreed: Direct sun is the enemy. Shade it.");
	qr_doc_free(doc);
}
END_TEST

/* Mastodon's web app, a toot's thread as saved: each reply a div.
 * status__wrapper (the toot itself div.detailed-status), the name in
 * strong.display-name__html, the date in the relative-time link's time,
 * the text in div.status__content__text; no "comment" class anywhere. */
START_TEST(mastodon)
{
#define TOOT(n, name, acct, iso, text)					\
	"<div class='status__wrapper status__wrapper-public "		\
	"status__wrapper-reply focusable' tabindex=0><div class='status "	\
	"status-public status-reply status--in-thread' data-id=" n "><div "	\
	"class=status__info><a class=status__relative-time href='/@" acct	\
	"/" n "'><time datetime='" iso "' title='x'>Mar 4, 2014</time>"	\
	"</a><a class=status__display-name href='/@" acct "'><span "	\
	"class=display-name><bdi><strong class=display-name__html>" name	\
	"</strong></bdi> <span class=display-name__account>@" acct	\
	"</span></span></a></div><div class=status__content><div "		\
	"class=status__content__text><p>" text "</p></div></div><div "	\
	"class=status__action-bar><button>Reply</button><span>1</span>"	\
	"</div></div></div>"
	struct qr_doc *doc = test_read(
	    "<body><div class=item-list><div class=detailed-status__wrapper>"
	    "<div class=detailed-status><span class=display-name><strong "
	    "class=display-name__html>Tobias</strong></span><div "
	    "class=status__content><div class=status__content__text><p>The "
	    "toot itself, the thread's own post, long enough.</p></div></div>"
	    "</div></div>"
	    TOOT("11", "Ann", "ann", "2014-03-04T09:12:00.000Z", "First reply.")
	    TOOT("12", "Bo", "bo@example.net", "2014-03-04T11:40:00.000Z",
	    "Second reply.")
	    "</div></body>", QR_IN_HTML);
#undef TOOT

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12:00Z");
	assert_ctext(doc, 0, "First reply.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bo");
	assert_ctext(doc, 1, "Second reply.");
	ck_assert_uint_eq(test_top_level(doc), 2);
	qr_doc_free(doc);
}
END_TEST

/* Joomla's K2: ul.itemCommentsList, a comment each li (classes even/odd
 * only), span.commentDate, span.commentAuthorName "Posted by NAME" (a
 * link or not: the label is no part of the name), the text a bare p; the
 * latest-comments module's list elsewhere is no thread. */
START_TEST(k2)
{
	struct qr_doc *doc = test_read(
	    "<body><div id=k2Container class=itemView><h2 class=itemTitle>Rain"
	    "</h2><div class=itemFullText><p>The post's own text, long enough "
	    "to be the body of the page.</p></div><div class=itemComments><ul "
	    "class=itemCommentsList><li class=even><span class=commentLink><a "
	    "href='#comment5' id=comment5>Comment Link</a></span><span "
	    "class=commentDate>Tuesday, 04 March 2014 09:12</span><span "
	    "class=commentAuthorName> Posted by <a href='http://ann.example/' "
	    "rel=nofollow>Ann</a></span><p>First comment.</p><span "
	    "class=commentToolbar><a href='#r'>Report</a></span></li><li "
	    "class=odd><span class=commentLink><a href='#comment6' "
	    "id=comment6>Comment Link</a></span><span class=commentDate>"
	    "Wednesday, 05 March 2014 18:47</span><span class=commentAuthorName>"
	    " Posted by Bo Lind </span><p>Second comment.</p></li></ul></div>"
	    "</div><ul class=k2LatestCommentsBlock><li><a href='#c9'>Elsewhere"
	    "</a></li></ul></body>", QR_IN_HTML);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	assert_ctext(doc, 0, "First comment.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Bo Lind");
	assert_ctext(doc, 1, "Second comment.");
	ck_assert_uint_eq(test_top_level(doc), 2);
	qr_doc_free(doc);
}
END_TEST

/* Waline: div.wl-card-item (no "comment" class), a reply in the div.
 * wl-quote inside its card; the head's buttons and the meta line are
 * no text. */
START_TEST(waline)
{
	struct qr_doc *doc = test_read(
	    "<body><article><p>The post, long enough to be one.</p></article>"
	    "<div data-waline><div class=wl-cards>"
	    "<div id=a1 class=wl-card-item><div class=wl-user><img src=a.png>"
	    "</div><div class=wl-card><div class=wl-head><span class=wl-nick>"
	    "Kai</span><span class=wl-time>2014-03-04</span><div class="
	    "wl-comment-actions><button class=wl-like>3</button></div></div>"
	    "<div class=wl-meta><span class=wl-os>Linux</span></div>"
	    "<div class=wl-content><p>First words.</p></div>"
	    "<div class=wl-quote><div id=a2 class=wl-card-item><div class="
	    "wl-card><div class=wl-head><a class=wl-nick href='https://u.example/'>"
	    "Uli</a><span class=wl-time>2014-03-05</span></div><div class="
	    "wl-content><p><a class=at href='#a1'>@Kai</a> : Second words.</p>"
	    "</div></div></div></div></div></div></div></div></body>", QR_IN_HTML);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_ctext(doc, 0, "First words.");
	assert_ctext(doc, 1, "@Kai : Second words.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Uli");
	ck_assert_uint_eq(test_nth_comment(doc, 1)->as.comment.depth, 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date, "2014-03-04");
	qr_doc_free(doc);
}
END_TEST

/* BuddyPress: li#acomment-N in div.activity-comments, a reply in the ul
 * inside the li; "NAME replied" in div.acomment-meta. */
START_TEST(buddypress)
{
	struct qr_doc *doc = test_read(
	    "<body><div class=activity-inner><p>The update, long enough to be "
	    "a post.</p></div><div class=activity-comments><ul>"
	    "<li id=acomment-7><div class=acomment-meta><a href='/members/kai/'>"
	    "Kai</a> replied <a class=activity-time-since href='/p/7/'><span "
	    "class=time-since data-livestamp='2014-03-04T09:12:00+0000'>2 days "
	    "ago</span></a></div><div class=acomment-content><p>First words."
	    "</p></div><div class=acomment-options><a href='#acomment-7'>Reply"
	    "</a></div><ul><li id=acomment-8><div class=acomment-meta><a "
	    "href='/members/uli/'>Uli</a> replied</div><div class=acomment-"
	    "content><p>Second words.</p></div></li></ul></li></ul></div>"
	    "</body>", QR_IN_HTML);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_ctext(doc, 0, "First words.");
	assert_ctext(doc, 1, "Second words.");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Kai");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Uli");
	ck_assert_uint_eq(test_nth_comment(doc, 1)->as.comment.depth, 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12:00+00:00");
	qr_doc_free(doc);
}
END_TEST

/* bbPress: each post a div.bbp-reply-header (date, #N) and the div
 * after it (author pane, text), siblings in li.bbp-body; the first is
 * the topic's own post. */
#define BBP_POST(n, name, date, text)					\
	"<div id=post-" n " class=bbp-reply-header><div class=bbp-meta>"	\
	"<span class=bbp-reply-post-date>" date "</span><a class="		\
	"bbp-reply-permalink href='#post-" n "'>#" n "</a></div></div>"	\
	"<div class='post-" n " reply type-reply'><div class="		\
	"bbp-reply-author><a class=bbp-author-link href='/u/" name "/'>"	\
	"<span class=bbp-author-name>" name "</span></a><div class="	\
	"bbp-author-role>Participant</div></div><div class="		\
	"bbp-reply-content><p>" text "</p></div></div>"

START_TEST(bbpress)
{
	struct qr_doc *doc = test_read(
	    "<body><div id=bbpress-forums><ul class='forums bbp-replies'>"
	    "<li class=bbp-header>Author Posts</li><li class=bbp-body>"
	    BBP_POST("11", "tobias", "March 3, 2014 at 8:15 pm",
	    "The topic's own words, long enough to be a post.")
	    BBP_POST("12", "kai", "March 4, 2014 at 9:12 am", "First words.")
	    BBP_POST("13", "uli", "March 4, 2014 at 11:40 am", "Second words.")
	    "</li><li class=bbp-footer>Author Posts</li></ul></div></body>",
	    QR_IN_HTML);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	assert_ctext(doc, 0, "First words.");
	assert_ctext(doc, 1, "Second words.");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "kai");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "uli");
	ck_assert_uint_eq(test_nth_comment(doc, 1)->as.comment.depth, 1);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_html_more(void)
{
	Suite	*s = suite_create("html_more");
	TCase	*tc = tcase_create("platforms");

	tcase_add_test(tc, halo_shadow_roots);
	tcase_add_test(tc, template_inert_shadow_clean);
	tcase_add_test(tc, kunena);
	tcase_add_test(tc, phpbb_quote_cite);
	tcase_add_test(tc, mastodon);
	tcase_add_test(tc, k2);
	tcase_add_test(tc, waline);
	tcase_add_test(tc, buddypress);
	tcase_add_test(tc, bbpress);
	suite_add_tcase(s, tc);
	return s;
}
