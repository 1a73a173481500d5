/*
 * html_profiles.c -- where each blog or forum platform keeps its comment
 * thread, as tables of compound selectors (see html_dom.c), tried in
 * order by read_html.c: the first profile whose "detect" matches and
 * that finds comment items wins; the last ones (schema.org microdata,
 * microformats, the generic rule) need no platform at all.
 *
 * Fields (a NULL field is "none"; lists are comma-separated and, for
 * body/author/date, tried in order: the first selector with a match in
 * the comment's own markup wins):
 *   detect   an element that says the platform is there (NULL: always)
 *   within   comment items count only inside such an element
 *   item     a comment
 *   beside   a reply container placed after its parent comment instead
 *            of inside it (WordPress themes that close </li> early,
 *            Drupal's div.indented)
 *   indent   a comment that is a reply to the last top-level comment
 *            before it (threading by CSS class only)
 *   body, author, date, link   inside a comment
 *   drop     inside a comment: never comment text (UI, meta, avatars)
 *   counter  forum post number ("#1": the thread's own post)
 *   level    an element whose text "level N" gives a comment's depth
 *   flags    PF_FLAT: the page's nesting means nothing; PF_FORUM: on the
 *            first page the first post is the post, not a comment
 */
#include <stddef.h>

#include "html_read.h"

/* What every profile drops inside a comment, besides its own list. */
const char *const qr_common_drop =
    ".reply, .comment-reply, .comment-reply-link, .comment-reply-login, "
    ".comment-actions, .comment-meta, .commentmetadata, .comment-metadata, "
    ".comment-author, .vcard, .avatar, .says, .comment-likes, "
    ".comment-like, .cs-rating, .sharedaddy, .comment-edit-link, "
    ".edit-link, .screen-reader-text, .comment-footer, ul.links, "
    ".thread-toggle, .continue, .comment-replybox-single, "
    ".comment-replybox-thread, .item-control, .reply-link, .report, "
    ".comment-report, .rating, .votes, .vote, .like, .likes, "
    ".avatar-image-container, .comment-avatar, "
    ".comment-header, .comment-info, .comment-head, .comment-permalink, "
    ".bbCodeBlock-expandLink, .bbCodeBlock-title, .bbcode_description, "
    ".quote-title, .QuoteAuthor, .quoteheader, .quote-author, "
    ".message-signature, .sig, .js-extensionsSlot, .dropdown, .dropdown-menu, "
    ".d-none, [hidden], [aria-hidden=true]";

const struct qr_profile qr_profiles[] = {
	{
		.name = "blogger",
		.detect = ".comment-thread, #comment-holder, .comment-block",
		.item = "li.comment",
		.body = ".comment-content, .comment-body",
		.author = "cite.user, .comment-author, .user",
		.date = ".datetime, .comment-timestamp, .published",
		.link = ".datetime > a, .comment-timestamp > a",
		.drop = ".comment-replies, .comment-actions",
	},
	{
		/* classic Blogger: dt/dd siblings, grouped by read_html.c */
		.name = "blogger-classic",
		.detect = "#comments-block, .comments-block",
		.item = "div.qr-group",
		.body = ".comment-body, dd",
		.author = "dt.comment-author, dt",
		.date = ".comment-timestamp, .comment-footer",
		.link = ".comment-timestamp > a, .comment-footer > a",
		.drop = "dt, .comment-footer, .comment-timestamp",
		.flags = PF_FLAT,
	},
	{
		.name = "disqus-noscript",
		.detect = ".d-noscript-comments, #disqus_thread > div.comment, #disqus_thread > ul > li.post",
		.within = ".d-noscript-comments, #disqus_thread",
		.item = "div.comment, li.post",
		.body = ".comment-body, .post-message",
		.author = ".comment-author, .author",
		.date = ".comment-date, time",
		.flags = PF_FLAT,
	},
	{
		/* the Disqus thread as a browser saved it (not noscript) */
		.name = "disqus",
		.detect = "#post-list, ul.post-list",
		.item = "li.post",
		.body = ".post-message, .post-body",
		.author = ".author, .post-byline",
		.date = "a.time-ago, .post-meta",
		.link = "a.time-ago",
		.drop = ".post-menu, .post-footer, .post-media, .indicator",
	},
	{
		/* LiveJournal (S2 "b-leaf") and Dreamwidth: nesting by
		 * depth classes and margins on the thread wrappers */
		.name = "livejournal",
		.detect = ".b-tree-twig, .b-leaf, .dwexpcomment, "
		    "div.comment-thread[class*=comment-depth]",
		.item = ".b-leaf, div.dwexpcomment > div.comment, "
		    "div.comment[id^=cmt]",
		.body = ".b-leaf-article, .comment-content",
		.author = ".b-leaf-username-name, .comment-poster, .ljuser",
		.date = ".b-leaf-createdtime, .datetime, .comment-date",
		.link = ".b-leaf-permalink, .commentpermalink > a",
		.drop = ".b-leaf-actions, .b-leaf-footer, .comment-interaction, "
		    ".comment-management",
	},
	{
		.name = "xenforo",
		.detect = "article.message--post, .message-body > .bbWrapper",
		.item = "article.message--post, article.message",
		.body = ".bbWrapper, .message-body",
		.author = ".message-name, .username, [itemprop=name]",
		.date = "time.u-dt, time",
		.link = ".message-attribution-opposite > li > a",
		.counter = ".message-attribution-opposite > li > a",
		.pagecur = ".pageNav-page--current",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "vbulletin",
		.detect = "li.postcontainer, li.postbit, [id^=post_message_], "
		    "table[id^=post]",
		.item = "li.postcontainer, li.postbit, table.tborder[id^=post], "
		    "div[id^=edit]",
		.body = ".postcontent, [id^=post_message_], .post_message, "
		    ".postbody",
		.author = ".username, a.bigusername, .username_container",
		.date = ".postdate, .date, dl.userstats > dd",
		.link = "a.postcounter",
		.counter = "a.postcounter, .postcounter, a[name^=post]",
		.pagecur = "span.selected > a, td.alt2 > span > strong",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* Discourse, as served to crawlers and saved */
		.name = "discourse",
		.detect = "div.topic-body, "
		    "[itemtype*=schema.org/DiscussionForumPosting]",
		.item = "div.topic-post, div.crawler-post, "
		    "[itemtype*=schema.org/DiscussionForumPosting], "
		    "[itemtype*=schema.org/Comment]",
		.body = ".cooked, .post, [itemprop=articleBody], [itemprop=text]",
		.author = ".creator, [itemprop=author], .username",
		.date = "time, [itemprop=datePublished], .post-date",
		.counter = "[itemprop=position]",
		/* a quote's "NAME:" header (aside.quote > div.title) */
		.drop = "aside.quote > .title",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* Hacker News: flat tr.athing.comtr rows, the depth only as
		 * a spacer image's width (read_html.c's item_indent) */
		.name = "hackernews",
		.detect = "tr.athing.comtr, table.comment-tree",
		.item = "tr.athing.comtr",
		.body = ".commtext",
		.author = "a.hnuser",
		.date = "span.age",
		.link = "span.age > a",
		.drop = ".comhead, .votelinks, .navs",
	},
	{
		.name = "invision",
		.detect = "article.ipsComment, [data-role=commentContent]",
		.item = "article.cPost, article.ipsComment",
		.body = "[data-role=commentContent], .cPost_contentWrap",
		.author = ".cAuthorPane_author, .ipsComment_author, "
		    "[itemprop=name]",
		.date = "time",
		.pagecur = ".ipsPagination_active > a",
		/* a quote's "NAME said:" and the phone-only author pane */
		.drop = ".ipsComment_controls, .cPost_footer, .ipsItemControls, "
		    ".ipsQuote_citation, .cAuthorPane_mobile",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "smf",
		.detect = "#forumposts",
		.item = "div.post_wrapper",
		.body = "div.inner, div.post",
		.author = "div.poster > h4 > a, div.poster > h4",
		.date = ".keyinfo > .smalltext, .smalltext",
		.pagecur = ".pagelinks > strong, .pagelinks > .current_page",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "mybb",
		.detect = "div.post_body, #posts > div.post",
		.item = "div.post[id^=post_]",
		.body = ".post_body",
		.author = ".largetext, .author_information a",
		.date = ".post_date",
		.drop = ".mycode_quote > cite",
		.pagecur = ".pagination_current",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* cnblogs (博客园): flat div.feedbackItem (no "comment"
		 * word on the item; its div.postBody would call phpBB),
		 * the author's link a#a_comment_author_N;
		 * a quote's legend "引用" is its caption, not text */
		.name = "cnblogs",
		.detect = "#blog-comments-placeholder, div.feedbackItem",
		.item = "div.feedbackItem",
		.body = ".blog_comment_body, .feedbackCon",
		.author = "a[id^=a_comment_author_]",
		.date = ".comment_date",
		.link = "a.layer",
		.drop = ".feedbackManage, .comment_vote, a.layer, "
		    "fieldset > legend",
		.flags = PF_FLAT,
	},
	{
		/* FluxBB 1.4/1.5 (and PunBB 1.2): div.blockpost#pN, the
		 * poster in div.postleft's <dt>, the date the h2's link */
		.name = "fluxbb",
		.detect = "div.blockpost",
		.item = "div.blockpost",
		.body = ".postmsg",
		.author = "div.postleft > dl > dt",
		.date = "h2 > span > a",
		.counter = "span.conr",
		.pagecur = ".pagelink > strong",
		.drop = ".postsignature, .postedit, div.quotebox > cite, "
		    ".postfoot, .postleft",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "phpbb",
		.detect = "div.postbody, #page-body",
		.item = "div.post",
		.body = ".content, .postbody",
		.author = "a.username, a.username-coloured, .postauthor, "
		    "p.author > strong",
		.date = ".author, .postdetails",
		.pagecur = ".pagination > ul > li.active > span, .pagination > strong",
		/* a quote's "NAME wrote:" (bbcode.html: blockquote > div >
		 * cite) */
		.drop = "blockquote > div > cite",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "pixnet",
		.detect = "ul.single-post",
		.item = "ul.single-post, li.reply-text",
		.body = "li.post-text",
		.author = ".user-name, li.reply-text > p > a",
		.date = ".post-time, li.reply-text > p",
		.drop = "li.post-info, li.post-photo, li.reply-text > p",
	},
	{
		.name = "zeit",
		.detect = "article.js-comment-toplevel, .comment-section__body",
		.item = "article.comment",
		.indent = ".comment--indented",
		.body = ".comment__body",
		.author = ".comment-meta__name",
		.date = ".comment-meta__date",
		.link = "a.comment-meta__date",
		.drop = ".comment__reactions",
		.flags = PF_FLAT,
	},
	{
		.name = "epoch",
		.detect = "#epoch-comments, .epoch-comment-body",
		.item = "div[data-comment-id]",
		.body = ".epoch-comment-content",
		.author = ".epoch-author-link, .epoch-comment-author",
		.date = ".epoch-comment-link, time",
		.link = "a.epoch-comment-link",
		.drop = ".epoch-comment-meta, .epoch-comment-actions",
	},
	{
		/* Discuz! X forums: a table.plhin per post */
		.name = "discuz",
		.detect = "table.plhin, td.t_f",
		.item = "table.plhin",
		.body = "td.t_f, .t_fsz, .pcb",
		.author = ".authi > a.xw1, .authi > a.xi2, .authi > a",
		.date = "em[id^=authorposton], .authi > em",
		.link = "a[id^=postnum]",
		.counter = "a[id^=postnum]",
		.pagecur = ".pg > strong",
		.drop = ".pls, .pi, .po, .pob, .authi, .pstatus, .sign, "
		    ".attach_nopermission, .locked",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* NodeBB topics as served (schema.org Comment microdata) */
		.name = "nodebb",
		.detect = "li[component=post], [component=post/content]",
		.item = "li[component=post], div[component=post]",
		.body = "[component=post/content], [itemprop=text]",
		.author = "[itemprop=author], [data-username]",
		.date = "meta[itemprop=datePublished], .timeago, time",
		.link = "a.permalink",
		.drop = ".post-header, .post-footer, .post-signature, "
		    "[component=post/anchor]",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* Commento, as the browser drew it into the saved page */
		.name = "commento",
		.detect = "#commento, .commento-card",
		.item = "div.commento-card",
		.body = ".commento-body",
		.author = ".commento-name",
		.date = ".commento-timeago",
		.drop = ".commento-header, .commento-options, .commento-score, "
		    ".commento-avatar, .commento-children",
	},
	{
		/* Tistory's comment app (no "comment" word on its items):
		 * li.tt-item-reply, a reply in the ul.tt-list-reply-comment
		 * inside its comment */
		.name = "tistory",
		.detect = ".tt-list-reply, .tt-item-reply",
		.item = "li.tt-item-reply",
		.body = ".tt_desc, .tt-wrap-desc",
		.author = ".tt-link-user",
		.date = ".tt_date",
		.drop = ".tt-box-meta, .tt-wrap-info, .tt-box-modify, "
		    ".tt_box_pwd, .tt_cmt_info, .tt-box-thumb",
	},
	{
		/* b2evolution skins: "basic" (div.bComment: author in h5
		 * after "Comment from:", date in blockquote > small) and
		 * the bComment title/text pair of the older skins */
		.name = "b2evolution",
		.detect = ".bComment, .bCommentText",
		.item = "div.bComment",
		.body = ".bCommentText, blockquote > div",
		.author = "h5 > a, h5 > span, .bCommentTitle b",
		.date = "blockquote > small, .bCommentTitle",
		.drop = "h5, .bCommentTitle, .comment_reply, .bSmallPrint",
		.flags = PF_FLAT,
	},
	{
		/* Lemmy's server-rendered comments: li.comment (which the
		 * WordPress list would take, without its author), the
		 * author a.person-listing, the replies in the ul.comments
		 * inside the li after the article */
		.name = "lemmy",
		.detect = "article.comment-node",
		.item = "li.comment",
		.body = ".comment-content",
		.author = ".person-listing",
		.date = ".moment-time",
		.drop = ".person-listing, .moment-time",
	},
	{
		/* SPIP forums (squelettes-dist inclure/forum.html and the
		 * themes built on it): ul.forum > li.forum-fil, replies in
		 * a ul inside the li; the message's title in .forum-chapo,
		 * its text in .forum-texte; the author and date in the
		 * chapo's small ("DATE, par <span>NAME</span>") or, in
		 * themes like Le Monde diplomatique's blogs, in b.forum-qui
		 * and div.forum-nav in a div.forum-top.  No author element
		 * is an anonymous message: the title is not its author. */
		.name = "spip",
		.detect = "li.forum-fil, .forum-texte",
		.item = "li.forum-fil",
		.body = ".forum-texte",
		.author = ".forum-qui, .forum-auteur, .vcard, "
		    ".forum-chapo > small > span",
		.date = ".forum-nav, .forum-date, .forum-chapo > small",
		.link = ".forum-top > a[id^=forum], .forum-titre > a",
		.drop = ".forum-top, .forum-chapo, .repondre, "
		    ".forum-repondre",
	},
	{
		/* Kinja (Gawker Media's Lifehacker, Gizmodo, Jalopnik...)
		 * as saved after the discussion loaded: article.js_reply in
		 * div.js_branch, flat in the branch, each with data-parentid
		 * (build_thread() nests by it); the writer in
		 * .display-name > a.fn beside span.reply-author, the name
		 * it answers, which is not the writer */
		.name = "kinja",
		.detect = "article.js_reply, .js_branch",
		.item = "article.js_reply",
		.body = ".reply-content",
		.author = ".display-name > a.fn, .display-name > a",
		.date = ".published, .publish-time",
		.link = ".publish-time > a",
		.drop = ".reply-tools, .reply-author, .author-hovercard, "
		    ".post-dropdown-ct, .reply-flagged, .js_toggled-replies",
	},
	{
		/* Reddit's 2018-2023 design as served: each comment a
		 * div.Comment with class t1_ID in a flat list of wrappers,
		 * its depth only in the "level N" label for screen readers
		 * (and in as many threadlines beside it); hashed class names
		 * else, so the text in [data-test-id=comment], the writer a
		 * link to /user/ */
		.name = "reddit",
		.detect = "[data-test-id=comment]",
		.item = "div.Comment",
		.level = "span",
		.body = "[data-test-id=comment]",
		.author = "a[href*=/user/]",
		.date = "a[id^=CommentTopMeta--Created]",
		.link = "a[id^=CommentTopMeta--Created]",
	},
	{
		/* Flarum's discussion as served without JavaScript (inside
		 * noscript#flarum-content): bare <article>s, no comment word
		 * and no date; the first post is the discussion's own */
		.name = "flarum",
		.detect = "#flarum-content, .PostUser-name",
		.within = "#flarum-content",
		.item = "article",
		.body = ".Post-body",
		.author = ".PostUser-name",
		.drop = ".PostUser",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* Hatena Blog's comment box: flat li.entry-comment, the
		 * name ("id:NAME" or a guest's) in p.comment-user-name */
		.name = "hatenablog",
		.detect = ".comment-box li.entry-comment, li.js-entry-comment",
		.item = "li.entry-comment",
		.body = ".comment-content",
		.author = ".comment-user-name",
		.date = "time, .comment-metadata",
		.link = "a.comment-link",
		.flags = PF_FLAT,
	},
	{
		/* Z-BlogPHP's default theme (comment.php): ul.msg#cmtN, the
		 * name in span.commentname, "发表于 DATE" in li.msgname's
		 * small, the text in li.msgarticle before the replies'
		 * ul.msg */
		.name = "zblogphp",
		.detect = "ul.msg[id^=cmt]",
		.item = "ul.msg[id^=cmt]",
		.body = "li.msgarticle",
		.author = ".commentname",
		.date = "li.msgname > small",
		.drop = "li.msgname, .revertcomment",
	},
	{
		/* CSDN: the comments as served for readers without
		 * JavaScript (div.blog-comment-box-new: one ul a thread, the
		 * comment's div.right-box in its first li, the replies' ul
		 * in its second) and as the script draws them
		 * (div.comment-list-box: li.comment-line-box, the replies
		 * in li.replay-box > ul); one level of replies */
		.name = "csdn",
		.detect = ".blog-comment-box-new, .comment-list-box",
		.within = ".blog-comment-box-new, .comment-list-box",
		.item = "div.right-box",
		.beside = "li > ul",
		.body = ".new-comment",
		.author = "span.name",
		.date = "span.date",
		.drop = ".opt-comment, .comment-like, .text, .nick-name",
	},
	{
		/* Friendica (frio, vier, quattro): every post and comment a
		 * div.wall-item-container, a comment's with the class
		 * "comment" (u-comment h-cite in frio) inside its parent's;
		 * the thread's own post is the thread_level_1 container.
		 * Hubzilla, its fork: div.thread-wrapper.u-comment, flat,
		 * inside the post's div.thread-wrapper.toplevel_item */
		.name = "friendica",
		.detect = "div.wall-item-container, div.wall-item-outside-wrapper",
		.item = "div.wall-item-container.comment, "
		    "div.wall-item-container.u-comment, div.thread-wrapper.u-comment",
		.body = ".wall-item-body",
		.author = ".wall-item-name-link, .wall-item-name",
		.date = "a.time, .wall-item-ago, time",
		.link = "a.time, a.plink",
		.drop = ".wall-item-actions, .wall-item-bottom, .media-heading, "
		    ".contact-photo-wrapper, .preferences, .wall-item-links, "
		    ".wall-item-comment-wrapper, .comment-fake-form, "
		    ".wall-item-responses, .wall-item-decor, .wall-item-tools, "
		    ".wall-item-head",
	},
	{
		/* IntenseDebate as its script draws the thread: div.idc-
		 * thread (no "comment" word) holding div.idc-c, then the
		 * replies' threads */
		.name = "intensedebate",
		.detect = "#idc-cover, div.idc-c-t-inner",
		.item = "div.idc-thread",
		.body = ".idc-c-t-inner, .idc-c-t",
		.author = ".IDCommentUserName, span.idc-i > span",
		.date = ".IDCommentTime, .idc-time",
		.link = "a.IDCommentTime",
		.drop = ".idc-c-h, .idc-c-b, .idc-v",
	},
	{
		/* Halo's comment widget as a saved page holds it: custom
		 * elements (no "comment" class), each shadow root read in
		 * place (html_clean.c); a comment's replies, one level, in
		 * its comment-replies */
		.name = "halo",
		.detect = "comment-widget, comment-item, base-comment-item",
		.item = "comment-item, reply-item",
		.body = ".item-content",
		.author = ".item-author",
		.date = ".item-meta-info",
		.drop = "base-comment-item-action, .item__quote-badge, "
		    ".item-actions, user-avatar",
	},
	{
		/* Kunena (Joomla): a post is Crypsis's div.row-fluid.message
		 * (Kunena 6's div.row.message), the poster's box beside it */
		.name = "kunena",
		.detect = "div.kmsg, div.mykmsg-header",
		.within = "#kunena",
		.item = "div.message",
		.body = "div.kmsg",
		.author = "a.kwho-user, .kpost-username",
		.date = "span.kdate, .kmsgdate",
		.counter = "a[rel=canonical]",
		.pagecur = "li.active > a",
		.drop = ".mykmsg-header, .ksig, .kmessagepadding, "
		    ".visible-phone",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		/* Mastodon's web app, a toot's thread as saved: a reply is a
		 * div.status__wrapper (the toot itself a div.detailed-
		 * status), the replies flat in the thread's order */
		.name = "mastodon",
		.detect = "div.status__wrapper, div.status__content__text",
		.item = "div.status__wrapper",
		.body = ".status__content__text, .status__content",
		.author = ".display-name__html, .display-name",
		.date = "a.status__relative-time, time",
		.link = "a.status__relative-time",
		.drop = ".status__action-bar, .status__info, .status__prepend",
		.flags = PF_FLAT,
	},
	{
		/* Joomla's K2: ul.itemCommentsList, a comment each li (no
		 * class but even/odd), its text a bare p after the date and
		 * the "Posted by NAME" span; flat */
		.name = "k2",
		.detect = "ul.itemCommentsList",
		.within = "ul.itemCommentsList",
		.item = "li",
		.body = "p",
		.author = "span.commentAuthorName",
		.date = "span.commentDate",
		.link = "span.commentLink > a",
		.drop = ".commentLink, .commentToolbar",
		.flags = PF_FLAT,
	},
	{
		/* Waline's client as drawn into the page: div.wl-card-item
		 * (no "comment" class), its replies one level in the
		 * div.wl-quote inside its div.wl-card */
		.name = "waline",
		.detect = ".wl-cards, .wl-card-item",
		.item = "div.wl-card-item",
		.body = ".wl-content",
		.author = ".wl-nick",
		.date = ".wl-time",
		.drop = ".wl-user, .wl-head, .wl-meta, .wl-admin-actions, "
		    ".wl-reply-wrapper, .wl-edit-wrapper",
	},
	{
		/* BuddyPress activity comments: li#acomment-N (its class
		 * words glue "a" to "comment"), replies in a ul inside the
		 * li; the date's ISO form in data-livestamp */
		.name = "buddypress",
		.detect = ".acomment-content, .activity-comments",
		.within = ".activity-comments",
		.item = "li[id^=acomment-]",
		.body = ".acomment-content",
		.author = ".acomment-meta > a",
		.date = ".time-since, .activity-time-since",
		.link = "a.activity-time-since",
		.drop = ".acomment-avatar, .acomment-meta, .acomment-options",
	},
	{
		/* bbPress: a post is its div.bbp-reply-header (date, #N)
		 * and the div after it (author pane, text), siblings in
		 * li.bbp-body that read_html.c groups in a div.qr-group;
		 * the topic's own post first */
		.name = "bbpress",
		.detect = ".bbp-reply-content, .bbp-reply-header",
		.within = ".bbp-replies",
		.item = "div.qr-group",
		.body = ".bbp-reply-content",
		.author = ".bbp-author-name, .bbp-reply-author",
		.date = ".bbp-reply-post-date",
		.link = "a.bbp-reply-permalink",
		.drop = ".bbp-reply-author, .bbp-meta, .bbp-admin-links, "
		    ".bbp-reply-ip",
		.flags = PF_FLAT | PF_FORUM,
	},
	{
		.name = "drupal",
		.detect = "div.indented, [typeof~=sioct:Comment], "
		    ".comment-wrapper, .comment > .submitted",
		.item = "div.comment, article.comment, "
		    "[typeof~=sioct:Comment]",
		.beside = "div.indented",
		/* Olivero (Drupal 10): .field--name-comment-body inside
		 * .comment__content after the subject's h3,
		 * footer.comment__meta with p.comment__author and
		 * p.comment__time */
		.body = ".field-name-comment-body, .field-comment-body, "
		    ".field--name-comment-body, .comment-body, .content",
		.author = ".username, .comment-author, .comment__author, "
		    "[property~=foaf:name], [property~=schema:name]",
		.date = "time, .submitted, .comment-date, li.comment-date, "
		    ".comment__time, .comment__submitted",
		.link = "a.permalink",
		.drop = ".submitted, header, .links, .comment-links, .meta, "
		    "h3.name, .name, .comment__meta, .comment__picture-wrapper",
	},
	{
		.name = "wordpress",
		.detect = NULL,
		.item = "li.comment, li.pingback, li.trackback, "
		    "li.w-comments-item, article.comment, div.comment[id^=comment-], "
		    "li[id^=li-comment-], li[id^=comment-]",
		.beside = "ul.children, ol.children",
		/* a reply as the next sibling with the class "child"
		 * (Staticman on Jekyll, nested one level) */
		.indent = ".comment.child",
		/* block themes' wp-block-comment-* blocks first */
		.body = ".wp-block-comment-content, "
		    ".comment-content, .comment-text, .w-comments-item-text, "
		    ".contenttext, .comment-entry, blockquote.entry-content, "
		    ".entry-content, [itemprop=text], [itemprop=commentText], "
		    ".commenttext, .comment_text, .commentbody, .comment-body, "
		    ".comment_content, .comment__content, .comment__body, "
		    ".comment__text, .text",
		.author = ".wp-block-comment-author-name, "
		    ".fn, .comment-author-name, .w-comments-item-author, "
		    "[itemprop=author], cite.comment-author, li.comment-author, "
		    ".comment-author, .commentauthor, .comment_author, "
		    ".comment__author-name, .comment__author, cite, "
		    "span.author, .author, strong, b, "
		    "p.comment-footer > a, .comment-footer-inner > a",
		.date = "time, .wp-block-comment-date, "
		    ".comment-date, .w-comments-item-date, "
		    ".commentmetadata, .comment-metadata, li.comment-time, "
		    ".comment-time, .comment-meta, .published, .commentdate, "
		    ".comment_date, .date, .comment-footer, .comment-footer-inner",
		.link = "a[href*=#comment-], a[href*=#li-comment-]",
		.drop = "li.arrow",
	},
	{
		.name = "schema.org",
		.item = "[itemtype*=schema.org/Comment], [itemprop=comment]",
		.body = "[itemprop=text], [itemprop=commentText], "
		    "[itemprop=description]",
		.author = "[itemprop=author], [itemprop=creator], [itemprop=name]",
		.date = "[itemprop=dateCreated], [itemprop=datePublished], time",
		.link = "[itemprop=url]",
	},
	{
		.name = "microformats",
		/* an h-cite on a block (a span.h-cite is a cited link:
		 * Lobsters' story title) */
		.item = ".p-comment, li.h-cite, article.h-cite, div.h-cite, "
		    ".h-entry.u-comment, "
		    ".hentry.comment",
		.body = ".e-content, .p-content, .entry-content, .p-summary",
		.author = ".p-author, .h-card, .fn, "
		    ".author",
		.date = ".dt-published, time, .published",
		.link = ".u-url",
	},
	{
		/* any platform: elements whose id or class says "comment"
		 * (read_html.c's generic_item), repeated or nested */
		.name = "generic",
		.beside = "ul.children, ol.children, div.indented, "
		    ".children, .replies, .comment-replies, .indented, "
		    "[class*=__children]",
		.indent = "[class*=--indented], [class*=--reply], "
		    "[class*=is-reply], .child",
		.body = ".comment-content, .comment-text, .comment-body, "
		    "[class*=text], [class*=content], [class*=body], "
		    "[class*=message], [class*=entry], [class*=corps], "
		    "[class*=inhalt], [class*=texto], [class*=testo], "
		    "[class*=article], [class*=msg]",
		.author = ".fn, [class*=author], [class*=user], [class*=name], "
		    "[class*=autor], [class*=auteur], [class*=benutzer], "
		    "[class*=nick], [class*=poster], [class*=person], cite, "
		    "strong, b",
		.date = "time, [class*=date], [class*=time], [class*=datum], "
		    "[class*=zeit]",
		.link = "a[href*=#comment], a[href*=#c], a[rel=bookmark]",
		/* a quote's attribution line ("NAME wrote:") */
		.drop = "blockquote > cite, blockquote > div > cite, "
		    "[class*=quote] > cite",
		.flags = PF_GENERIC,
	},
	{ .name = NULL }
};
