/*
 * check_text_corpus.c -- the plain-text reader's rules for layouts met
 * in real dumps: a comment drawn as a run of list items, a header
 * wrapped inside its date, headings in more languages, a time alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "text.h"

static struct qr_doc *
rd(const char *s)
{
	return test_read_text(s);
}

/* A comment as a run of sibling items (lynx): its header item ("#1
 * [avatar] NAME 於 DATE"), its name item, its text, and the owner's
 * answer signed on its last line -- a reply. */
START_TEST(test_item_run)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "[minus.gif] \xe7\x95\x99\xe8\xa8\x80\xe5\x88\x97\xe8\xa1\xa8 (2)\n\n"
	    "     * #1 [grey.gif] Ann Ann \xe6\x96\xbc 2013/12/28 10:28\n"
	    "     * Ann\n"
	    "     * Lovely trip,\n"
	    "       lovely leaves\n"
	    "     * Thanks Ann!\n"
	    "       Steven \xe6\x96\xbc 2014/01/01 20:31 \xe5\x9b\x9e\xe8\xa6\x86\n"
	    "\n"
	    "     * #2 [grey.gif] Bob \xe6\x96\xbc 2013/12/29 09:50\n"
	    "     * Bob\n"
	    "     * Nice.\n");
	struct qr_node *a, *r, *b;

	ck_assert_uint_eq(test_top_level(doc), 2);
	a = doc->thread->first;
	ck_assert_str_eq(a->as.comment.author, "Ann Ann");
	ck_assert_str_eq(a->as.comment.date, "2013-12-28T10:28");
	r = qr_comment_first_reply(a);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->as.comment.author, "Steven");
	ck_assert_str_eq(r->as.comment.date, "2014-01-01T20:31");
	test_assert_plain(r, "Thanks Ann!");
	b = a->next;
	ck_assert_str_eq(b->as.comment.author, "Bob");
	test_assert_plain(b, "Nice.");
	ck_assert_ptr_null(qr_comment_first_reply(b));
	qr_doc_free(doc);
}
END_TEST

/* html2text: the header item wrapped inside its date, "[NAME]" items,
 * no blank lines, a heading between asterisks with a count. */
START_TEST(test_item_run_wrapped)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "**** [minus.gif] \xe7\x95\x99\xe8\xa8\x80\xe5\x88\x97\xe8\xa1\xa8"
	    " (2) ****\n"
	    "    *  #1 [http://example.invalid/images/grey.gif] Ann [Ann] "
	    "\xe6\x96\xbc 2013/12/28\n"
	    "      10:28\n"
	    "    * [Ann]\n"
	    "    * Lovely trip.\n"
	    "    *  #2 [http://example.invalid/images/grey.gif] Bob [Bob] "
	    "\xe6\x96\xbc 2013/12/\n"
	    "      29 09:50\n"
	    "    * [Bob]\n"
	    "    * Nice.\n");
	struct qr_node *a, *b;

	ck_assert_uint_eq(test_top_level(doc), 2);
	a = doc->thread->first;
	ck_assert_str_eq(a->as.comment.author, "Ann");
	test_assert_plain(a, "Lovely trip.");
	b = a->next;
	ck_assert_str_eq(b->as.comment.author, "Bob");
	ck_assert_str_eq(b->as.comment.date, "2013-12-29T09:50");
	test_assert_plain(b, "Nice.");
	qr_doc_free(doc);
}
END_TEST

/* html2text: a header item wrapped just before its date ("… 於"
 * "2013/12/28 21:29"): still the header of the next comment. */
START_TEST(test_item_run_wrapped_before_date)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "**** [minus.gif] \xe7\x95\x99\xe8\xa8\x80\xe5\x88\x97\xe8\xa1\xa8"
	    " (2) ****\n"
	    "    *  #1 [http://example.invalid/images/grey.gif] Ann [Ann] "
	    "\xe6\x96\xbc 2013/12/28\n"
	    "      10:28\n"
	    "    * [Ann]\n"
	    "    * Lovely trip.\n"
	    "    *  #2 [http://example.invalid/images/grey.gif] linghua [linghua] "
	    "\xe6\x96\xbc\n"
	    "      2013/12/28 21:29\n"
	    "    * [linghua]\n"
	    "    * Nice.\n");
	struct qr_node *a, *b;

	ck_assert_uint_eq(test_top_level(doc), 2);
	a = doc->thread->first;
	test_assert_plain(a, "Lovely trip.");
	b = a->next;
	ck_assert_str_eq(b->as.comment.author, "linghua");
	ck_assert_str_eq(b->as.comment.date, "2013-12-28T21:29");
	test_assert_plain(b, "Nice.");
	qr_doc_free(doc);
}
END_TEST

/* html2text: a header item wrapped inside its name ("[寄信給" "Cora] 於
 * 2013/12/29 20:27") or before "[NAME]": the next line ends in a whole
 * date and time, so the item is still a header. */
START_TEST(test_item_run_wrapped_in_name)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "**** [minus.gif] \xe7\x95\x99\xe8\xa8\x80\xe5\x88\x97\xe8\xa1\xa8"
	    " (2) ****\n"
	    "    *  #1 [http://example.invalid/images/grey.gif] Cora [Cora] [mail\n"
	    "      Cora] \xe6\x96\xbc 2013/12/29 20:27\n"
	    "    * [Cora]\n"
	    "    * Lovely trip.\n"
	    "    *  #2 [http://example.invalid/images/grey.gif] Sheila\n"
	    "      [Sheila] \xe6\x96\xbc 2016/09/28 17:18\n"
	    "    * [Sheila]\n"
	    "    * Nice.\n");
	struct qr_node *a, *b;

	ck_assert_uint_eq(test_top_level(doc), 2);
	a = doc->thread->first;
	ck_assert_str_eq(a->as.comment.date, "2013-12-29T20:27");
	test_assert_plain(a, "Lovely trip.");
	b = a->next;
	ck_assert_str_eq(b->as.comment.author, "Sheila");
	ck_assert_str_eq(b->as.comment.date, "2016-09-28T17:18");
	test_assert_plain(b, "Nice.");
	qr_doc_free(doc);
}
END_TEST

/* A list of linked titles with dates (a sidebar) is no comment run. */
START_TEST(test_no_item_run)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "     * Las 3 del d\xc3\xad" "a: noticias\n"
	    "       Parrilla y las noticias del 26 de abril (+ Podcast)\n"
	    "     * D\xc3\xbao propone viaje con el lanzamiento de un\n"
	    "       libro-disco instrumental\n"
	    "       26 abril 2022 | + |\n");

	ck_assert_uint_eq(test_top_level(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* quire's own layout: a block that would start like structure carries
 * the writer's backslash, which the reader takes away (also in a
 * quote); a backslash inside a line stays. */
START_TEST(test_own_escape)
{
	struct qr_doc *doc = rd(
	    "T\n===\n\n\\- not a list, a \\ stays\n\n"
	    "Comments\n--------\n\n"
	    " 1. Ann\n"
	    "    \\1. First, starting like a list.\n\n"
	    "    \u2022 Bob\n"
	    "      > \\1. First, starting like a list.\n\n"
	    "      \\- Replying with a dash.\n");
	struct qr_node *a, *b;

	test_assert_plain(doc->body->first, "- not a list, a \\ stays");
	a = doc->thread->first;
	ck_assert_str_eq(a->as.comment.author, "Ann");
	test_assert_plain(a, "1. First, starting like a list.");
	b = qr_comment_first_reply(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_int_eq(b->first->kind, QR_QUOTE);
	test_assert_plain(b->first, "1. First, starting like a list.");
	test_assert_plain(b->first->next, "- Replying with a dash.");
	qr_doc_free(doc);
}
END_TEST

/* A heading over names and hard-wrapped texts, no markers and no blank
 * lines (a Disqus <noscript> list): a paragraph ends where the next
 * line's first word would have fitted. */
START_TEST(test_flat_names)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\nComments\n\n"
	    "   sumathi s\n"
	    "   It is great to come across a blog every once in a while, that is not the\n"
	    "   same out of date rehashed material. Fantastic read.\n"
	    "   Leop0ld\n"
	    "   That's good. May I possibly translate this article into Korean? I would\n"
	    "   like to.\n"
	    "   Guest\n"
	    "   Common Mistake #0: Programming in Python\n"
	    "   Oskar Olsson\n"
	    "   So brave.\n"
	    "\n"
	    "   Are you a developer?\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 4);
	c = doc->thread->first;
	ck_assert_str_eq(c->as.comment.author, "sumathi s");
	test_assert_plain(c, "It is great to come across a blog every once in a "
	    "while, that is not the same out of date rehashed material. "
	    "Fantastic read.");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "Leop0ld");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "Guest");
	test_assert_plain(c, "Common Mistake #0: Programming in Python");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "Oskar Olsson");
	test_assert_plain(c, "So brave.");
	qr_doc_free(doc);
}
END_TEST

/* The same list drawn by html2text (no indentation, no blank line) with
 * the site's footer after the comment service's "Please enable
 * JavaScript to view the comments" line: that line ends the thread. */
START_TEST(test_flat_names_service_end)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\nComments\n\n"
	    "sumathi s\n"
	    "It is great to come across a blog every once in a while, that is not the\n"
	    "same out of date rehashed material. Fantastic read.\n"
	    "Leop0ld\n"
	    "That is good. May I possibly translate this article into Korean?\n"
	    "Guest\n"
	    "Common Mistake #0: Programming in Python\n"
	    "Oskar Olsson\n"
	    "So brave.\n"
	    "Please enable JavaScript to view the comments powered by Disqus.comments\n"
	    "powered by Disqus\n"
	    "Are you a Python developer?\n"
	    "Work with vetted clients, from anywhere, on your terms.\n"
	    "Find out more\n"
	    "World-class articles, delivered weekly.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 4);
	c = doc->thread->last;
	ck_assert_str_eq(c->as.comment.author, "Oskar Olsson");
	test_assert_plain(c, "So brave.");
	qr_doc_free(doc);
}
END_TEST

/* Prose under a "Comments" heading is not a list of names. */
START_TEST(test_flat_prose)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\nComments\n\n"
	    "We read every comment before it is published, and we keep the\n"
	    "discussion civil. Please stay on topic.\n"
	    "Comments are moderated.\n"
	    "Be kind to each other and to the people in the article; keep it\n"
	    "short and write in full sentences.\n"
	    "Thank you.\n");

	ck_assert_uint_eq(test_top_level(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* A forum page: posts numbered "#N" after their date (lynx draws them
 * as list items, vBulletin as lines); #1 on a thread's first page is
 * the post. */
START_TEST(test_post_numbers)
{
	struct qr_doc *doc = rd(
	    "Thread title\n\n"
	    "Pepemaus\n\n"
	    "     * 27. September 2018\n\n"
	    "     * #1\n\n"
	    "   Hallo, Pepe sleeps on the window sill.\n\n"
	    "yellowkitty\n\n"
	    "     * 27. September 2018\n\n"
	    "     * #2\n\n"
	    "   Mites in the ears?\n"
	    "   One of our cats had them.\n\n"
	    "Lov100\n\n"
	    "     * 27. September 2018\n\n"
	    "     * #3\n\n"
	    "   Mine brings in moss.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 2);
	test_assert_plain(doc->body->first, "Hallo, Pepe sleeps on the window sill.");
	c = doc->thread->first;
	/* (the next post's author line stays at the end: a known limit) */
	test_assert_plain(c, "Mites in the ears? One of our cats had them. Lov100");
	test_assert_plain(c->next, "Mine brings in moss.");
	qr_doc_free(doc);
}
END_TEST

/* A forum thread whose starter is a list item ("Themenstarter NAME")
 * and whose one quote ("NAME hat gesagt.:") would start a thread of
 * one comment (html2text): the numbered posts win. */
START_TEST(test_post_numbers_over_item)
{
	struct qr_doc *doc = rd(
	    "****** Jede Nacht verliert Pepe Dreck ******\n"
	    "    *  Themenstarter Pepemaus\n"
	    "    *  Beginndatum 27. September 2018\n\n"
	    "*** Pepemaus ***\n"
	    "    * 27. September 2018\n"
	    "    * #1\n"
	    "Hallo, Pepe sleeps on the window sill.\n\n"
	    "*** yellowkitty ***\n"
	    "    * 27. September 2018\n"
	    "    * #2\n"
	    "Mites in the ears?\n\n"
	    "*** Lov100 ***\n"
	    "    * 28. September 2018\n"
	    "    * #3\n"
	    "Mine brings in moss.\n\n"
	    "*** yellowkitty ***\n"
	    "    * 28. September 2018\n"
	    "    * #4\n"
	    "     Pepemaus_hat_gesagt.:\n"
	    "     the ears are clean\n\n"
	    "Then it is no mites.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 3);
	c = doc->thread->first;
	ck_assert_ptr_nonnull(c->next);
	/* the quote's header is not text; the quote is */
	test_assert_plain(c->next->next, "the ears are clean Then it is no mites.");
	qr_doc_free(doc);
}
END_TEST

/* A forum page drawn by html2text: posts as numbered list items that
 * end with a "=====" rule (empty items between, the numbers right-
 * aligned), each with an avatar, a name, a meta list and a status line
 * over the post's text; image alts at a line's ends are not text. */
START_TEST(test_ruled_items)
{
	static const char rule[] =
	    "      ==========================================================\n";
	char		 buf[4096];
	struct qr_doc	*doc;
	struct qr_node	*c;

	snprintf(buf, sizeof(buf),
	    "Thread title\n\n"
	    "    * Home\n"
	    "    * Forum\n"
	    "****** Thread title ******\n"
	    "   9. Predator\n"
	    "          o Profil\n"
	    "          o Private Nachricht\n"
	    "      [Predator ist offline]  Inventar  [931 Danke erhalten.]\n"
	    "           [Zitat] Zitat von Ann [Beitrag anzeigen]\n"
	    "           Is there a page about it?\n\n"
	    "           Not yet.\n"
	    "          0\n"
	    "%s"
	    "  10.\n"
	    "  11. [Avatar von Voll Gaga]\n"
	    "      Voll Gaga\n"
	    "          o Profil\n"
	    "          o Homepage besuchen\n"
	    "      [Voll Gaga ist offline]  Heimisch\n"
	    "           @ sunsetkilling\n\n"
	    "           so versteh ich das auch.\n"
	    "          0\n"
	    "%s"
	    "  12.\n"
	    "  13. rafi\n"
	    "          o Profil\n"
	    "      [rafi ist offline]  Neu hier\n"
	    "           Backup first?\n"
	    "          0\n"
	    "%s\n"
	    "    * Impressum\n", rule, rule, rule);
	doc = rd(buf);
	ck_assert_uint_eq(test_top_level(doc), 3);
	c = doc->thread->first;
	ck_assert_str_eq(c->as.comment.author, "Predator");
	test_assert_plain(c, "Zitat von Ann Is there a page about it? Not yet.");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "Voll Gaga");
	test_assert_plain(c, "@ sunsetkilling so versteh ich das auch.");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "rafi");
	test_assert_plain(c, "Backup first?");
	ck_assert_ptr_null(c->next);
	qr_doc_free(doc);
}
END_TEST

/* Two ruled items are no forum: the rule wants three. */
START_TEST(test_ruled_items_few)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "   1. One\n"
	    "      text\n"
	    "      ==========================================================\n"
	    "   2. Two\n"
	    "      text\n"
	    "      ==========================================================\n");

	/* (read as a plain numbered list: the rules stay in the text) */
	ck_assert_uint_eq(test_top_level(doc), 2);
	test_assert_plain(doc->thread->first, "One text "
	    "==========================================================");
	qr_doc_free(doc);
}
END_TEST

/* A name that ends in digits keeps them when a word that leads the
 * date stands between ("Jenny10113 於 2016/09/29 19:46"); a date glued
 * to the name (Blogger "Sana6. Juni 2015", a badge "Autor11. Dezember")
 * still starts at the first digit. */
static void
assert_attr(const char *line, const char *author, const char *date)
{
	struct tattr	a;

	ck_assert_int_eq(qr_text_attr(line, strlen(line), NULL, &a),
	    TA_AUTHOR);
	ck_assert_msg(a.alen == strlen(author) &&
	    memcmp(a.author, author, a.alen) == 0, "%s: author \"%.*s\"",
	    line, (int)a.alen, a.author);
	ck_assert_str_eq(a.date, date);
}

START_TEST(test_name_digits)
{
	assert_attr("Jenny10113 \xe6\x96\xbc 2016/09/29 19:46", "Jenny10113",
	    "2016-09-29T19:46");
	assert_attr("#35 [grey.gif] tw27003265 \xe6\x96\xbc 2016/09/28 17:18",
	    "tw27003265", "2016-09-28T17:18");
	assert_attr("Kritiker2010 am 06.11.2023, 13:47", "Kritiker2010",
	    "2023-11-06T13:47");
	assert_attr("user42 on May 3, 2014", "user42", "2014-05-03");
	assert_attr("Sana6. Juni 2015 um 10:23", "Sana", "2015-06-06T10:23");
	assert_attr("Mathias Autor11. Dezember 2012 um 13:19", "Mathias Autor",
	    "2012-12-11T13:19");
	assert_attr("Anonymous20 June 2015 at 10:02", "Anonymous",
	    "2015-06-20T10:02");
}
END_TEST

/* A forum's first page: numbered posts from #1 win over a list item
 * with a date above them ("Start date DATE"); a quote's header ("NAME
 * said:") and its "Click to expand..." are not text, nor are smiley
 * codes (":mad:", "[:oops:]"); a time "10:30:" stays. */
START_TEST(test_forum_quotes_smileys)
{
	struct qr_doc *doc = rd(
	    "Thread\n\n"
	    "     * Thread starter Tib\n"
	    "     * Start date Sep 18, 2020\n\n"
	    "   Tib\n\n"
	    "     #1\n"
	    "   Patch notes here.\n\n"
	    "   Bibi\n"
	    "   Sep 20, 2020\n\n"
	    "     #2\n"
	    "   :mad: Lights gone, again :mad:\n\n"
	    "   Nixe\n"
	    "   Sep 21, 2020\n\n"
	    "     #3\n"
	    "   Bibi said:\n\n"
	    "   Lights gone\n"
	    "   Click to expand...\n\n"
	    "   Yes [:oops:] sadly, a time 10:30: stays.\n\n"
	    "   Pepemaus\n"
	    "   Sep 22, 2020\n\n"
	    "     #4\n"
	    "   Nixe hat gesagt.:\n"
	    "   Yes sadly\n"
	    "   Zum Vergr\xc3\xb6\xc3\x9f" "ern anklicken....\n\n"
	    "   Not so.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 3);
	c = doc->thread->first;
	/* (the next post's author line stays at the end: a known limit) */
	test_assert_plain(c, "Lights gone, again Nixe");
	c = c->next;
	test_assert_plain(c, "Lights gone Yes sadly, a time 10:30: stays. Pepemaus");
	test_assert_plain(c->next, "Yes sadly Not so.");
	qr_doc_free(doc);
}
END_TEST

/* A pingback in a thread: its text opens with an excerpt "[…]"; its
 * header (the linking page's title and date, wrapped, read as author
 * and date or not) starts its text, and it stays a comment even where
 * no attribution was read; "- Antworten" alone is a button. */
START_TEST(test_pingback_header)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n2 Kommentare\n\n"
	    "    1. Ann 21. Juni 2018 um 10:40 Uhr - Antworten\n"
	    "       Nice post.\n"
	    "    2. Crafting Linktipps Juni 2018 * The Crafting Caf\xc3\xa9 30. "
	    "Juni 2018 um\n"
	    "       22:40 Uhr - Antworten\n\n"
	    "       [\xe2\x80\xa6] Der erste Text ist gut. [\xe2\x80\xa6]\n"
	    "    3.\n"
	    "       Instagram: Werbung, Werbung, Werbung! - Kerstin und das "
	    "Chaos 22. Juni 2018\n"
	    "       um 16:11 Uhr\n"
	    "       - Antworten\n\n"
	    "       [\xe2\x80\xa6] Einer der besten Texte. [\xe2\x80\xa6]\n\n"
	    "Schreibe einen Kommentar\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 3);
	c = doc->thread->first;
	test_assert_plain(c, "Nice post.");
	c = c->next;
	test_assert_plain(c, "Crafting Linktipps Juni 2018 * The Crafting Caf\xc3\xa9 "
	    "30. Juni 2018 um 22:40 Uhr - Antworten "
	    "[\xe2\x80\xa6] Der erste Text ist gut. [\xe2\x80\xa6]");
	c = c->next;
	test_assert_plain(c, "Instagram: Werbung, Werbung, Werbung! - Kerstin und das "
	    "Chaos 22. Juni 2018 um 16:11 Uhr "
	    "[\xe2\x80\xa6] Einer der besten Texte. [\xe2\x80\xa6]");
	qr_doc_free(doc);
}
END_TEST

/* The last comment's last paragraph, ended by a line back at the left
 * margin (a heading of the page) with no blank line between: the
 * comment keeps it (it was dropped as a comment without text). */
START_TEST(test_last_para_at_dedent)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n"
	    "***** 2 Kommentare *****\n"
	    "   1.\n"
	    "      Ann sagt:\n"
	    "      6._November_2023_um_11:31 Uhr\n"
	    "      First.\n"
	    "   2.\n"
	    "      Bob sagt:\n"
	    "      6._November_2023_um_13:03 Uhr\n"
	    "      Last words\n"
	    "****_No_comment?_****\n"
	    "Um_kommentieren_zu_k\xc3\xb6nnen,_m\xc3\xbcssen_Sie_Abonnent_sein.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 2);
	c = doc->thread->last;
	ck_assert_str_eq(c->as.comment.author, "Bob");
	test_assert_plain(c, "Last words");
	qr_doc_free(doc);
}
END_TEST

/* Names and texts with no blank lines (html2text, Disqus <noscript>):
 * a short name between two long lines starts a comment although its
 * first word would not have fitted on the line above; so does a name
 * of words after a line that is one word (a URL); html2text's links
 * lose their underscores, code keeps them (STR_CONST1, a_call()). */
START_TEST(test_flat_names_tight)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\n***** Comments *****\n"
	    "Mir Hossein\n"
	    "I liked the article. This an almost complete list of python gotchas. Thanks.\n"
	    "Nihal Singh\n"
	    "Nice article to verify the mistake in python programming and the lots of\n"
	    "information for the computer science students. Thanks for the useful article.\n"
	    "Ann\n"
	    "Use the as syntax for capturing exceptions, it is both Python2.6+ compatible:\n"
	    "docs.python.org/3/howto/pyporting.html#capturing-the-currently-raised-exception\n"
	    "not me\n"
	    "Common Mistake #-1: Being a programmer\n"
	    "Myautsai\n"
	    "Common Mistake #11: for each in (STR_CONST1, STR_CONST2):... #wrong, see\n"
	    "Privacy_Policy and def create_multipliers(): return\n"
	    "Oskar Olsson\n"
	    "So brave.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 6);
	c = doc->thread->first;
	test_assert_plain(c, "I liked the article. This an almost complete list of "
	    "python gotchas. Thanks.");
	c = c->next;
	ck_assert_str_eq(c->as.comment.author, "Nihal Singh");
	c = c->next->next;
	ck_assert_str_eq(c->as.comment.author, "not me");
	test_assert_plain(c, "Common Mistake #-1: Being a programmer");
	c = c->next;
	test_assert_plain(c, "Common Mistake #11: for each in (STR_CONST1, "
	    "STR_CONST2):... #wrong, see Privacy Policy and def "
	    "create_multipliers(): return");
	ck_assert_str_eq(c->next->as.comment.author, "Oskar Olsson");
	qr_doc_free(doc);
}
END_TEST

/* lynx breaks a long URL inside a word: its one-word end is no name. */
START_TEST(test_flat_names_broken_url)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\nComments\n\n"
	    "   sumathi s\n"
	    "   It is great to come across a blog every once in a while, that isn't the\n"
	    "   same out of date rehashed material. Fantastic read.\n"
	    "   http://fireandsafetycoursesinchennai.in/industrial-courses-safety-in-ch\n"
	    "   ennai\n"
	    "   Leop0ld\n"
	    "   That's good. May I possibly translate this article into Korean?\n"
	    "   Guest\n"
	    "   Common Mistake #0: Programming in Python\n"
	    "   Oskar Olsson\n"
	    "   So brave.\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 4);
	c = doc->thread->first;
	ck_assert_str_eq(c->next->as.comment.author, "Leop0ld");
	test_assert_plain(c->next, "That's good. May I possibly translate this "
	    "article into Korean?");
	qr_doc_free(doc);
}
END_TEST

/* Comments opened by "NAME · DATE" lines, "* Reply" buttons, and one
 * empty bullet item (blank line after it, the page going on left of
 * it): not a comment that swallows the rest of the thread. */
START_TEST(test_empty_bullet)
{
	struct qr_doc *doc = rd(
	    "Title\n\nThe post.\n\nThere are 4 comments\n\n"
	    "   Barry \xc2\xb7 March 13, 2017 at 6:30 AM\n\n"
	    "   So though :)Report\n"
	    "     *\n\n"
	    "   Ammon \xc2\xb7 March 11, 2017 at 8:41 PM\n\n"
	    "   You are correct.Report\n"
	    "     * Reply\n\n"
	    "   Ashiq \xc2\xb7 March 14, 2017 at 7:36 AM\n\n"
	    "   Agree with you.Report\n"
	    "     * Reply\n\n"
	    "   djsteveb \xc2\xb7 March 10, 2017 at 3:19 AM\n\n"
	    "   Tons of devs.Report\n"
	    "     * Reply\n");
	struct qr_node *c;

	ck_assert_uint_eq(test_top_level(doc), 4);
	c = doc->thread->last;
	ck_assert_str_eq(c->as.comment.author, "djsteveb");
	test_assert_plain(c, "Tons of devs.Report");
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_text_corpus(void)
{
	Suite	*s = suite_create("text_corpus");
	TCase	*tc = tcase_create("text_corpus");

	tcase_add_test(tc, test_item_run);
	tcase_add_test(tc, test_item_run_wrapped);
	tcase_add_test(tc, test_item_run_wrapped_before_date);
	tcase_add_test(tc, test_item_run_wrapped_in_name);
	tcase_add_test(tc, test_no_item_run);
	tcase_add_test(tc, test_own_escape);
	tcase_add_test(tc, test_flat_names);
	tcase_add_test(tc, test_flat_names_service_end);
	tcase_add_test(tc, test_flat_prose);
	tcase_add_test(tc, test_post_numbers);
	tcase_add_test(tc, test_post_numbers_over_item);
	tcase_add_test(tc, test_ruled_items);
	tcase_add_test(tc, test_ruled_items_few);
	tcase_add_test(tc, test_name_digits);
	tcase_add_test(tc, test_forum_quotes_smileys);
	tcase_add_test(tc, test_pingback_header);
	tcase_add_test(tc, test_last_para_at_dedent);
	tcase_add_test(tc, test_flat_names_tight);
	tcase_add_test(tc, test_flat_names_broken_url);
	tcase_add_test(tc, test_empty_bullet);
	suite_add_tcase(s, tc);
	return s;
}
