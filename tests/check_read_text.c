/*
 * check_read_text.c -- the plain-text reader: the seed dump exactly,
 * each dumper's bullets and numbers, wrapped lines, attribution lines in
 * the corpus languages, quotations, quire's own text layout read back,
 * a 100,000-deep chain, and bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tests.h"
#include "text.h"
#include "testutil.h"

/* ## Helpers */

static struct qr_doc *
rd(const char *s)
{
	return test_read_text(s);
}

/* Count nodes of "kind" under root (not descending into replies when
 * root is a comment... all of them: whole subtree). */
static size_t
count_kind(const struct qr_node *root, enum qr_kind kind)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	size_t		 c = 0;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
		if (ev == QR_ENTER && n->kind == kind)
			c++;
	return c;
}

/* ## The seed */

START_TEST(test_seed_exact)
{
	size_t		 len;
	char		*buf = test_slurp("samples/kremlin-candidate.txt", &len);
	struct qr_doc	*doc;
	struct qr_node	*n, *c;
	size_t		 paras = 0, breaks = 0, blocks = 0;
	char		*s;

	ck_assert_ptr_nonnull(buf);
	doc = qr_read_text(buf, len, NULL, NULL);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(doc->title, "Intelligence agencies have intercepted "
	    "calls between the Trump campaign and Russian Intelligence "
	    "officials");
	for (n = doc->body->first; n != NULL; n = n->next) {
		blocks++;
		paras += n->kind == QR_PARA;
		breaks += n->kind == QR_BREAK;
	}
	ck_assert_uint_eq(blocks, 32);
	ck_assert_uint_eq(paras, 30);
	ck_assert_uint_eq(breaks, 2);
	/* the breaks stand where the dump has them */
	ck_assert_int_eq(doc->body->first->next->next->next->next->next->next
	    ->next->next->kind, QR_BREAK);
	ck_assert_uint_eq(test_top_level(doc), 3);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 17);
	ck_assert_uint_eq(count_kind(doc->thread, QR_QUOTE), 17);
	ck_assert(doc->comments_closed);
	/* "Actually they are looking into collusion…" has the last four */
	c = test_nth_comment(doc, 12);
	s = qr_node_plain_text(c);
	ck_assert(strncmp(s, "Actually they are looking into collusion", 40)
	    == 0);
	free(s);
	ck_assert_uint_eq(c->as.comment.depth, 4);
	for (n = qr_comment_first_reply(c), len = 0; n != NULL; n = n->next) {
		ck_assert_ptr_eq(n->parent, c);
		len++;
	}
	ck_assert_uint_eq(len, 4);
	ck_assert_uint_eq(test_nth_comment(doc, 16)->as.comment.depth, 5);
	/* comment 2's two-paragraph quotation is one quote block */
	c = doc->thread->first->next;
	ck_assert_int_eq(c->first->next->kind, QR_QUOTE);
	ck_assert_uint_eq(count_kind(c->first->next, QR_PARA), 2);
	s = qr_node_plain_text(c->first->next->first);
	ck_assert(strncmp(s, "On Wednesday, former NSA", 24) == 0);
	free(s);
	/* "… the “proper authorities”, that’s Trump." stays a paragraph */
	c = test_nth_comment(doc, 16);
	ck_assert_int_eq(c->first->kind, QR_PARA);
	ck_assert_uint_eq(count_kind(c, QR_QUOTE), 0);
	qr_doc_free(doc);
	free(buf);
}
END_TEST

/* ## Each dumper's way of drawing a thread */

/* lynx: numbers alone on their line, the name left of the number,
 * nested lists restart at 1; bullets * + o by level. */
START_TEST(test_lynx_numbers_alone)
{
	struct qr_doc *doc = rd(
	    "A post\n\n   Body text here.\n\n"
	    "2 thoughts on \xe2\x80\x9c" "A post\xe2\x80\x9d\n\n"
	    "    1.\n"
	    "   degski says:\n"
	    "       August 3, 2019 at 4:11 am\n"
	    "       Thanks, for posting this. That is a mega\n"
	    "       difference.\n"
	    "       Reply\n"
	    "         1.\n"
	    "        Daniel Lemire says:\n"
	    "            August 5, 2019 at 1:46 pm\n"
	    "            We are working on it.\n"
	    "            Reply\n"
	    "    2.\n"
	    "   wmu says:\n"
	    "       August 5, 2019 at 4:43 pm\n"
	    "       Another one.\n"
	    "       Reply\n\n"
	    "Leave a Reply Cancel reply\n\n"
	    "   Your email address will not be published.\n");
	struct qr_node *c = test_nth_comment(doc, 0);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 2);
	test_assert_plain(c, "Thanks, for posting this. That is a mega difference.");
	ck_assert_str_eq(c->as.comment.author, "degski");
	ck_assert_str_eq(c->as.comment.date, "2019-08-03T04:11");
	c = test_nth_comment(doc, 1);
	ck_assert_ptr_eq(c->parent, test_nth_comment(doc, 0));
	ck_assert_str_eq(c->as.comment.author, "Daniel Lemire");
	test_assert_plain(c, "We are working on it.");
	test_assert_plain(test_nth_comment(doc, 2), "Another one.");
	qr_doc_free(doc);
}
END_TEST

/* Drupal (Bartik) as lynx draws it: "Submitted by NAME (not verified)
 * on DATE", a subject cut from the text's first words with "…", a
 * reply's "In reply to SUBJECT by NAME": none of them text, the mark
 * not the name's */
START_TEST(test_lynx_drupal)
{
	struct qr_doc *doc = rd(
	    "A post\n\n   Submitted by Tobias Renner on Mon, 03/03/2014 - "
	    "20:15\n\n   Body text here, long enough to be a post.\n\n"
	    "Comments\n\n"
	    "   Submitted by Ann Lee (not verified) on Tue, 03/04/2014 -\n"
	    "   09:12\n   Permalink\n\n"
	    "What did you use for the\xe2\x80\xa6\n\n"
	    "   What did you use for the shield in the end? I tried\n"
	    "   stacked saucers.\n     * Reply\n\n"
	    "   Submitted by Tobias Renner on Thu, 03/06/2014 - 21:15\n\n"
	    "   In reply to What did you use for the\xe2\x80\xa6 by Ann Lee\n"
	    "   Permalink\n\n"
	    "Stacked saucers, exactly as\xe2\x80\xa6\n\n"
	    "   Stacked saucers, exactly as you describe.\n     * Reply\n\n"
	    "   Submitted by Sanne de Vries (not verified) on Fri, 03/07/2014"
	    " - 10:00\n   Permalink\n\n"
	    "A subject of her own\n\n"
	    "   Software, a 50 ms window.\n     * Reply\n\n"
	    "   Submitted by Ann Lee (not verified) on Sat, 03/08/2014 - 16:44\n"
	    "   Permalink\n\n"
	    "   In reply to the question by Mark: no, the saucers are fine.\n"
	    "     * Reply\n\n"
	    "Add new comment\n");
	struct qr_node *c = test_nth_comment(doc, 0);

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_str_eq(c->as.comment.author, "Ann Lee");
	/* the day read by its weekday (the time wrapped to the next line
	 * is not joined to it) */
	ck_assert_ptr_nonnull(c->as.comment.date);
	ck_assert_int_eq(strncmp(c->as.comment.date, "2014-03-04", 10), 0);
	test_assert_plain(c, "What did you use for the shield in the end? I "
	    "tried stacked saucers.");
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Tobias Renner");
	ck_assert_str_eq(c->as.comment.date, "2014-03-06T21:15");
	test_assert_plain(c, "Stacked saucers, exactly as you describe.");
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Sanne de Vries");
	/* a subject that is not the text's first words stays */
	test_assert_plain(c, "A subject of her own Software, a 50 ms window.");
	/* text that only starts like Drupal's line stays */
	test_assert_plain(test_nth_comment(doc, 3), "In reply to the question "
	    "by Mark: no, the saucers are fine.");
	qr_doc_free(doc);
}
END_TEST

START_TEST(test_lynx_bullets)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\nComments\n\n"
	    "     * Ann says:\n"
	    "       May 1, 2014 at 4:03 pm\n"
	    "       First.\n"
	    "          + Bob says:\n"
	    "            May 2, 2014 at 1:00 pm\n"
	    "            Second.\n"
	    "               o Cy says:\n"
	    "                 May 3, 2014 at 1:00 pm\n"
	    "                 Third.\n"
	    "     * Dee says:\n"
	    "       May 4, 2014 at 1:00 pm\n"
	    "       Fourth.\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_uint_eq(test_nth_comment(doc, 2)->as.comment.depth, 3);
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author, "Cy");
	test_assert_plain(test_nth_comment(doc, 2), "Third.");
	ck_assert_uint_eq(test_nth_comment(doc, 3)->as.comment.depth, 1);
	qr_doc_free(doc);
}
END_TEST

/* w3m: "[avatar] NAME says:" on the number's line, • □ ☆ bullets, +4. */
START_TEST(test_w3m_bullets)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\n3 Comments\n\n"
	    " 1. [0e1ea3] Ann says:\n"
	    "    August 3, 2019 at 4:11 am\n\n"
	    "    Thanks for this.\n\n"
	    "    Reply\n"
	    "     1. [4b7361] Bob says:\n"
	    "        August 5, 2019 at 1:46 pm\n\n"
	    "        Welcome.\n\n"
	    "        Reply\n"
	    " 2. [x] Cy says:\n"
	    "    August 6, 2019 at 1:46 pm\n\n"
	    "    A bullet.\n"
	    "      \xe2\x96\xa1 [y] Dee says:\n"
	    "        August 7, 2019 at 1:46 pm\n\n"
	    "        Nested.\n\n"
	    "Leave a Reply\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_uint_eq(test_top_level(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Ann");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Bob");
	ck_assert_ptr_eq(test_nth_comment(doc, 3)->parent, test_nth_comment(doc, 2));
	test_assert_plain(test_nth_comment(doc, 3), "Nested.");
	qr_doc_free(doc);
}
END_TEST

/* links: "*" at every level, only the indentation tells. */
START_TEST(test_links_stars)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\nComments\n\n"
	    "     * Ann says:\n"
	    "       May 1, 2014 at 4:03 pm\n"
	    "       One.\n"
	    "          * Bob says:\n"
	    "            May 2, 2014 at 4:03 pm\n"
	    "            Two.\n"
	    "               * Cy says:\n"
	    "                 May 3, 2014 at 4:03 pm\n"
	    "                 Three.\n"
	    "          * Dee says:\n"
	    "            May 4, 2014 at 4:03 pm\n"
	    "            Four.\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 4);
	ck_assert_uint_eq(test_top_level(doc), 1);
	ck_assert_uint_eq(test_nth_comment(doc, 2)->as.comment.depth, 3);
	ck_assert_ptr_eq(test_nth_comment(doc, 3)->parent, test_nth_comment(doc, 0));
	qr_doc_free(doc);
}
END_TEST

/* html2text: "* o #" bullets, numbers alone, Name_With_Underscores and
 * _underlined_dates_. */
START_TEST(test_html2text)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\n***** 2 thoughts on \xe2\x80\x9cT\xe2\x80\x9d *****\n"
	    "   1.\n"
	    "       degski says:\n"
	    "      _August_3,_2019_at_4:11_am_\n"
	    "      Thanks.\n"
	    "      Reply\n"
	    "         1.\n"
	    "             Daniel_Lemire says:\n"
	    "            _August_5,_2019_at_1:46_pm_\n"
	    "            Welcome.\n"
	    "            Reply\n"
	    "**** Leave a Reply Cancel_reply ****\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Daniel Lemire");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.date,
	    "2019-08-05T13:46");
	test_assert_plain(test_nth_comment(doc, 1), "Welcome.");
	ck_assert_uint_eq(test_nth_comment(doc, 1)->as.comment.depth, 2);
	qr_doc_free(doc);
}
END_TEST

/* ## Lines */

START_TEST(test_wrapped_joins)
{
	struct qr_doc *doc = rd(
	    "Title\n\nOne paragraph that a dumper\nwrapped over\n"
	    "   three lines.\n\n"
	    "Soft\xc2\xad\nhyphen and zero\xe2\x80\x8b\nwidth.\n\n"
	    "\xe4\xb8\xad\xe6\x96\x87\n\xe6\x96\x87\xe5\xad\x97\n");
	struct qr_node *p = doc->body->first;
	char *s;

	s = qr_node_plain_text(p);
	ck_assert_str_eq(s, "One paragraph that a dumper wrapped over three "
	    "lines.");
	free(s);
	s = qr_node_plain_text(p->next);
	ck_assert_str_eq(s, "Soft\xc2\xadhyphen and zero\xe2\x80\x8bwidth.");
	free(s);
	s = qr_node_plain_text(p->next->next);
	ck_assert_str_eq(s, "\xe4\xb8\xad\xe6\x96\x87\xe6\x96\x87\xe5\xad\x97");
	free(s);
	qr_doc_free(doc);
}
END_TEST

/* ## Attribution lines in the corpus languages */

START_TEST(test_attributions)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\n5 Kommentare\n\n"
	    "  1. Anna sagt:\n"
	    "     15. Februar 2017 um 09:12 Uhr\n\n"
	    "     Hallo.\n\n"
	    "     Antworten\n\n"
	    "  2. Marie dit :\n"
	    "     Bonjour.\n\n"
	    "     R\xc3\xa9pondre\n\n"
	    "  3. Ram\xc3\xb3n dijo:\n"
	    "     Hola.\n\n"
	    "  4. [avatar]\n"
	    "     toddball\n"
	    "     February 20, 2019 at 3:42 pm | Reply\n\n"
	    "     Skis.\n\n"
	    "     Log in to Reply\n\n"
	    "  5. IwonaMay 30, 2019 at 1:06 PM\n"
	    "     Interesting place :)\n"
	    "     ReplyDelete\n");
	struct qr_node *c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Anna");
	ck_assert_str_eq(c->as.comment.date, "2017-02-15T09:12");
	test_assert_plain(c, "Hallo.");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author, "Marie");
	test_assert_plain(test_nth_comment(doc, 1), "Bonjour.");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author,
	    "Ram\xc3\xb3n");
	c = test_nth_comment(doc, 3);
	ck_assert_str_eq(c->as.comment.author, "toddball");
	ck_assert_str_eq(c->as.comment.date, "2019-02-20T15:42");
	test_assert_plain(c, "Skis.");
	c = test_nth_comment(doc, 4);
	ck_assert_str_eq(c->as.comment.author, "Iwona");
	test_assert_plain(c, "Interesting place :)");
	qr_doc_free(doc);
}
END_TEST

/* Lists of the page are not comments: a form's help list, a meta list
 * ("+ Antworten"), a sidebar after the thread. */
START_TEST(test_not_comments)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\n2 Comments\n\n"
	    "  * Allowed HTML tags: <em> <strong>\n"
	    "  * Lines and paragraphs break automatically.\n\n"
	    "  1. Ann says:\n"
	    "     May 1, 2014 at 4:03 pm\n"
	    "     One.\n"
	    "       + Antworten\n"
	    "  2. Bob says:\n"
	    "     May 2, 2014 at 4:03 pm\n"
	    "     Two.\n\n"
	    "Leave a Reply\n\n"
	    "Recent Posts\n\n"
	    "  * Why I Switched Back to a Paper Notebook\n"
	    "  * On Writing Slowly\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	test_assert_plain(test_nth_comment(doc, 0), "One.");
	test_assert_plain(test_nth_comment(doc, 1), "Two.");
	qr_doc_free(doc);

	/* a dump without comments gives none */
	doc = rd("Title\n\nA post.\n\n  * Home\n  * About\n\n"
	    "Recent Posts\n\n  1. One\n  2. Two\n\nFooter text.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	ck_assert(!doc->comments_closed);
	qr_doc_free(doc);
}
END_TEST

/* No markers at all: each attribution starts a comment. */
START_TEST(test_attribution_led)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\nKommentare\n\n"
	    "Gerhard am 18. Oktober 2023 - 13:11\n\n"
	    "Dieser Spruch trifft zu.\n\n"
	    "Anna am 19. Oktober 2023 - 10:00\n\n"
	    "Stimmt.\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Gerhard");
	test_assert_plain(test_nth_comment(doc, 1), "Stimmt.");
	qr_doc_free(doc);
}
END_TEST

/* ## Numbered comment headers ("#1 — vor 8 Stunden", "#1.1 …") */

/* Relative dates read as date lines without a date. */
START_TEST(test_relative_dates)
{
	static const char *const yes[] = { "vor 8 Stunden", "8 hours ago",
	    "il y a 3 heures", "hace 2 d\xc3\xad" "as", "3 uur geleden",
	    "2 ore fa", "vor einer Stunde", "about an hour ago", "just now",
	    "a day ago", "vor 2 Tagen", "2 weeks ago.", NULL };
	static const char *const no[] = { "vor 8 B\xc3\xa4umen", "2 more ago",
	    "Anonymous", "8 hours", "ago", "vor", "8 hours ago and more",
	    "I said this 8 hours ago", NULL };
	struct tattr	a;
	size_t		k, par;

	for (k = 0; yes[k] != NULL; k++) {
		ck_assert_msg(qr_text_relative_date(yes[k], strlen(yes[k])),
		    "%s", yes[k]);
		ck_assert_int_eq(qr_text_attr(yes[k], strlen(yes[k]), NULL,
		    &a), TA_DATE);
		ck_assert_str_eq(a.date, "");	/* no date for the model */
	}
	for (k = 0; no[k] != NULL; k++)
		ck_assert_msg(!qr_text_relative_date(no[k], strlen(no[k])),
		    "%s", no[k]);
	ck_assert_int_eq(qr_text_attr("#1.1 \xe2\x80\x94 vor 8 Stunden", 22,
	    NULL, &a), TA_DATE);
	ck_assert_int_eq(qr_text_attr("#2 \xc2\xb7 3 hours ago", 17,
	    NULL, &a), TA_DATE);
	ck_assert_int_ne(qr_text_attr("#1 Buy milk", 11, NULL, &a), TA_DATE);
	/* lynx's button lines are noise; text in brackets is not */
	ck_assert(qr_text_noise("(comment) Antworten Antworten (report) "
	    "Melden Melden", 52));
	ck_assert(qr_text_noise("(BUTTON) Antwort auf #1 von Anna", 32));
	ck_assert(!qr_text_noise("(sigh) what a day", 17));
	ck_assert(!qr_text_noise("(Hmm...)", 8));
	ck_assert(!qr_text_noise("(comment) (report)", 18));
	ck_assert(qr_text_noise("0 points", 8));
	ck_assert(qr_text_noise("12 votes", 8));
	ck_assert(!qr_text_noise("12 votes for me", 15));
	ck_assert_uint_eq(qr_text_comment_number("#3.1.2 x", 8, &par), 6);
	ck_assert_uint_eq(par, 4);
	ck_assert_uint_eq(qr_text_comment_number("#12", 3, &par), 3);
	ck_assert_uint_eq(par, 0);
	ck_assert_uint_eq(qr_text_comment_number("#3.", 3, &par), 0);
	ck_assert_uint_eq(qr_text_comment_number("#3x", 3, &par), 0);
	ck_assert_uint_eq(qr_text_comment_number("3.1", 3, &par), 0);
}
END_TEST

/* Three top-level comments, the second of them answered by "#1.1":
 * the tree Anna (Bert), Carl, Dora, whatever the dumper. */
static void
check_numbered(const char *dump, const char *what)
{
	struct qr_doc	*doc = rd(dump);
	struct qr_node	*c;
	char		*t;

	ck_assert_msg(qr_doc_count_comments(doc) == 4, "%s: %zu comments",
	    what, qr_doc_count_comments(doc));
	ck_assert_uint_eq(test_top_level(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Anna");
	ck_assert_ptr_null(c->as.comment.date);	/* relative: not known */
	t = test_comment_text(c);
	ck_assert_str_eq(t, "First comment.");
	free(t);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Bert");
	ck_assert_ptr_eq(c->parent, test_nth_comment(doc, 0));
	t = test_comment_text(c);
	ck_assert_str_eq(t, "A reply.");
	free(t);
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Carl");
	ck_assert_ptr_eq(c->parent, doc->thread);
	c = test_nth_comment(doc, 3);
	ck_assert_str_eq(c->as.comment.author, "Dora");
	ck_assert_ptr_eq(c->parent, doc->thread);
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Third comment.");
	free(t);
	qr_doc_free(doc);
}

START_TEST(test_numbered_headers)
{
	/* lynx: names at column 0, the rest at 3, a vote count */
	check_numbered("T\n\n   The post.\n\n  Kommentare\n\n"
	    "Anna\n\n   #1  \xe2\x80\x94  vor 8 Stunden\n   2\n\n"
	    "   First comment.\n\n"
	    "Bert\n\n   #1.1  \xe2\x80\x94  vor 8 Stunden\n   20\n\n"
	    "   A reply.\n\n"
	    "Carl\n\n   #2  \xe2\x80\x94  vor 7 Stunden\n\n"
	    "   Second comment.\n\n"
	    "Dora\n\n   #3  \xe2\x80\x94  vor 6 Stunden\n\n"
	    "   Third comment.\n", "lynx");
	/* w3m: all at column 0, a button right above the next name */
	check_numbered("T\n\nThe post.\n\nComments\n\n"
	    "Anna\n\n#1 \xc2\xb7 8 hours ago\n\nFirst comment.\n\nReply\n"
	    "Bert\n\n#1.1 \xc2\xb7 7 hours ago\n\nA reply.\n\nReply\n"
	    "Carl\n\n#2 \xc2\xb7 3 hours ago\n\nSecond comment.\n\nReply\n"
	    "Dora\n\n#3 \xc2\xb7 2 hours ago\n\nThird comment.\n", "w3m");
	/* links: names at column 4, the rest at 3; French */
	check_numbered("T\n\n   The post.\n\n   Commentaires\n\n"
	    "    Anna\n\n   #1 \xe2\x80\x94 il y a 3 heures\n\n"
	    "   First comment.\n\n"
	    "    Bert\n\n   #1.1 \xe2\x80\x94 il y a 2 heures\n\n"
	    "   A reply.\n\n"
	    "    Carl\n\n   #2 \xe2\x80\x94 il y a 2 heures\n\n"
	    "   Second comment.\n\n"
	    "    Dora\n\n   #3 \xe2\x80\x94 il y a 1 heure\n\n"
	    "   Third comment.\n", "links");
	/* html2text: "*** NAME ***", links_with_underscores, NBSPs */
	check_numbered("T\n\nThe post.\n**** Kommentare ****\n"
	    "*** Anna ***\n#1_\xc2\xa0\xe2\x80\x94\xc2\xa0_vor_8_Stunden\n"
	    "First comment.\n\n"
	    "*** Bert ***\n#1.1_\xc2\xa0\xe2\x80\x94\xc2\xa0_vor_8_Stunden\n"
	    "A reply.\n\n"
	    "*** Carl ***\n#2_\xc2\xa0\xe2\x80\x94\xc2\xa0_vor_7_Stunden\n"
	    "Second comment.\n\n"
	    "*** Dora ***\n#3_\xc2\xa0\xe2\x80\x94\xc2\xa0_vor_6_Stunden\n"
	    "Third comment.\n", "html2text");
}
END_TEST

/* A numbered list in a post ("#1 Buy milk") is no thread. */
START_TEST(test_numbered_not)
{
	struct qr_doc *doc = rd("T\n\nMy list:\n\n#1 Buy milk\n\n"
	    "#2 Walk the dog\n\n#3 Call mum\n\n#3.1 Ask about Sunday\n\n"
	    "That is all.\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
	doc = rd("T\n\n   The post.\n\nSteps\n\nAnna\n\n   #1 \xe2\x80\x94 "
	    "Intro\n\n   Start here.\n\nBert\n\n   #2 \xe2\x80\x94 Middle\n\n"
	    "   Go on.\n\nCarl\n\n   #2.1 \xe2\x80\x94 Detail\n\n   More.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* ## Footer lists (Drupal: name, text, "* reply / * DATE / * TIME") */

static void
check_footers(const char *dump, const char *what)
{
	struct qr_doc	*doc = rd(dump);
	struct qr_node	*c;
	char		*t;

	ck_assert_msg(qr_doc_count_comments(doc) == 3, "%s: %zu comments",
	    what, qr_doc_count_comments(doc));
	ck_assert_uint_eq(test_top_level(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Anna");
	ck_assert_str_eq(c->as.comment.date, "2018-04-05");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "First comment. Its second paragraph.");
	free(t);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Bert Brown");
	ck_assert_str_eq(c->as.comment.date, "2018-04-06");
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Carl");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Third.");
	free(t);
	/* the post keeps its text, not the thread's */
	t = qr_node_plain_text(doc->body);
	ck_assert_msg(strstr(t, "The post.") != NULL &&
	    strstr(t, "First comment") == NULL, "%s: body %s", what, t);
	free(t);
	qr_doc_free(doc);
}

START_TEST(test_footer_lists)
{
	check_footers("T\n\n   The post.\n\n   Add comment\n\n"
	    "Anna\n\n   First comment.\n\n   Its second paragraph.\n"
	    "     * reply\n     * April 5, 2018\n     * 6:32 PM\n\n"
	    "Bert Brown\n\n   Second.\n"
	    "     * reply\n     * April 6, 2018\n     * 2:20 AM\n\n"
	    "Carl\n\n   Third.\n"
	    "     * April 7, 2018\n     * 9:00 AM\n\n"
	    "Pages\n\n     * 1\n     * 2\n", "lynx");
	check_footers("T\n\nThe post.\n\n[Add comment]\n"
	    "Anna\n\nFirst comment.\n\nIts second paragraph.\n\n"
	    "  \xe2\x80\xa2 reply\n  \xe2\x80\xa2 April 5, 2018\n"
	    "  \xe2\x80\xa2 6:32 PM\n\n"
	    "Bert Brown\n\nSecond.\n\n"
	    "  \xe2\x80\xa2 reply\n  \xe2\x80\xa2 April 6, 2018\n"
	    "  \xe2\x80\xa2 2:20 AM\n\n"
	    "Carl\n\nThird.\n\n"
	    "  \xe2\x80\xa2 reply\n  \xe2\x80\xa2 April 7, 2018\n"
	    "  \xe2\x80\xa2 9:00 AM\n", "w3m");
	check_footers("T\n\n   The post.\n   [ Add comment ]\n\n"
	    "  Anna\n\n   First comment.\n\n   Its second paragraph.\n\n"
	    "     * reply\n     * April 5, 2018\n     * 6:32 PM\n\n"
	    "  Bert Brown\n\n   Second.\n\n"
	    "     * reply\n     * April 6, 2018\n     * 2:20 AM\n\n"
	    "  Carl\n\n   Third.\n\n"
	    "     * reply\n     * April 7, 2018\n     * 9:00 AM\n", "links");
	check_footers("T\n\n**** Heading of the post ****\nThe post.\n\n"
	    "**** Anna ****\nFirst comment.\n\nIts second paragraph.\n"
	    "    * reply\n    * April 5, 2018\n    * 6:32 PM\n"
	    "**** Bert Brown ****\nSecond.\n"
	    "    * reply\n    * April 6, 2018\n    * 2:20 AM\n"
	    "**** Carl ****\nThird.\n"
	    "    * reply\n    * April 7, 2018\n    * 9:00 AM\n", "html2text");
}
END_TEST

/* Lists in a post that look like footers: a tour's dates (no button),
 * one "* reply" list in a Markdown-like post. */
START_TEST(test_footer_not)
{
	struct qr_doc *doc = rd("T\n\nTour dates\n\nBerlin\n\n   Concert.\n"
	    "     * April 5, 2018\n     * April 6, 2018\n\n"
	    "Paris\n\n   Concert.\n     * May 5, 2018\n     * May 6, 2018\n\n"
	    "Rome\n\n   Concert.\n     * June 5, 2018\n     * June 6, 2018\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
	doc = rd("T\n\nHow a footer looks:\n\nAnna\n\nText.\n\n"
	    "* reply\n* April 5, 2018\n\nThat is all.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* ## Names over dates, no heading (Commento, Isso ...) */

START_TEST(test_name_dates)
{
	struct qr_doc	*doc = rd("T\n\nThe post.\n\n"
	    "Margaret Holloway\nMarch 4, 2014 9:12 AM\n0 points\n\n"
	    "What did you use?\n(BUTTON) (BUTTON)\n\n"
	    "Tobias Renner\nMarch 4, 2014 11:40 AM\n0 points\n\n"
	    "Stacked saucers.\n\n"
	    "Ines K\nMarch 5, 2014 8:30 AM\n12 votes\n\nSaucers.\n");
	struct qr_node	*c;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret Holloway");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "What did you use?");
	free(t);
	test_assert_plain(doc->body, "The post.");
	qr_doc_free(doc);

	/* the post's byline over a long post is the post's */
	doc = rd("T\n\nJohn Smith\nMarch 3, 2014\n\n"
	    "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\n"
	    "Eight.\n\nNine.\n\nTen.\n\nEleven.\n\nTwelve.\n\n"
	    "Anna\nMarch 4, 2014 9:00 AM\n\nHi.\n\n"
	    "Bert\nMarch 5, 2014 9:00 AM\n\nYo.\n\n"
	    "Carl\nMarch 6, 2014 9:00 AM\n\nOk.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author, "Anna");
	qr_doc_free(doc);

	/* two are not a thread */
	doc = rd("T\n\nThe post.\n\nAnna\nMarch 4, 2014 9:00 AM\n\nHi.\n\n"
	    "Bert\nMarch 5, 2014 9:00 AM\n\nYo.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* ## Quotations */

START_TEST(test_quotes)
{
	struct qr_doc *doc = rd(
	    "T\n\nBody.\n\n"
	    "  1. First.\n\n"
	    "    \xe2\x80\x9c" "A whole quoted paragraph.\xe2\x80\x9d\n\n"
	    "    A paragraph with a \xe2\x80\x9cquotation\xe2\x80\x9d in it.\n\n"
	    "    \xe2\x80\x9cOpens and never closes.\n\n"
	    "    \xe2\x80\x9cSecond, and closes.\xe2\x80\x9d\n\n"
	    "    > email style\n"
	    "    > quote\n\n"
	    "    After.\n\n"
	    "Comments are closed.\n");
	struct qr_node *c = test_nth_comment(doc, 0), *b;
	char *s;

	ck_assert(doc->comments_closed);
	b = c->first;				/* First. */
	ck_assert_int_eq(b->kind, QR_PARA);
	b = b->next;
	ck_assert_int_eq(b->kind, QR_QUOTE);
	s = qr_node_plain_text(b);
	ck_assert_str_eq(s, "A whole quoted paragraph.");
	free(s);
	b = b->next;
	ck_assert_int_eq(b->kind, QR_PARA);	/* in-sentence */
	b = b->next;
	ck_assert_int_eq(b->kind, QR_QUOTE);	/* two paragraphs */
	ck_assert_uint_eq(count_kind(b, QR_PARA), 2);
	s = qr_node_plain_text(b);
	ck_assert_str_eq(s, "Opens and never closes. Second, and closes.");
	free(s);
	b = b->next;
	ck_assert_int_eq(b->kind, QR_QUOTE);
	s = qr_node_plain_text(b);
	ck_assert_str_eq(s, "email style quote");
	free(s);
	ck_assert_int_eq(b->next->kind, QR_PARA);
	qr_doc_free(doc);
}
END_TEST

/* ## quire's own text output (doc/text-format.md) */

static const char own_text[] =
    "Winter care for lemon trees\n"
    "===========================\n"
    "Margaret Oduya \xc2\xb7 2024-11-03T08:15:00+00:00\n"
    "https://gardener.example.org/2024/11/lemon-trees-winter/\n"
    "\n"
    "A lemon tree in a pot will live for decades if you bring it through the\n"
    "first three winters.\n"
    "\n"
    "                                 * * *\n"
    "\n"
    "Care\n"
    "----\n"
    "\n"
    "Water little.\n"
    "\n"
    "Comments\n"
    "--------\n"
    "\n"
    " 1. Tom Becker \xc2\xb7 2024-11-03T10:02:11+00:00\n"
    "    Mine dropped half its leaves last December. Was that the radiator?\n"
    "\n"
    "    \xe2\x80\xa2 Margaret Oduya \xc2\xb7 2024-11-03T11:40:00+00:00\n"
    "      > Was that the radiator?\n"
    "      >\n"
    "      >> Inner.\n"
    "\n"
    "      Very likely. Dry heat from below makes the roots work harder than\n"
    "      the leaves can keep up with.\n"
    "\n"
    "        \xe2\x80\xa2 Tom Becker \xc2\xb7 2024-11-04T07:15:42+00:00\n"
    "          Done \xe2\x80\x93" " new leaves already. Thank you!\n"
    "\n"
    "            \xe2\x80\xa2 \xc2\xb7 2024-11-05T07:15:42+00:00\n"
    "              No author here.\n"
    "\n"
    "            \xe2\x80\xa2 Zed \xc2\xb7 \xe2\x86\xb3 in reply to #4\n"
    "              Capped, answering the anonymous one.\n"
    "\n"
    " 2. Aiko \xc2\xb7 2024-11-05T19:30:00+00:00\n"
    "    \xe2\x80\x9c" "Does the same go for a Meyer lemon?\xe2\x80\x9d\n"
    "\n"
    " 3.\n"
    "    Nobody.\n"
    "\n"
    "Comments are closed.\n";

START_TEST(test_own_format)
{
	struct qr_doc	*doc = rd(own_text);
	struct qr_node	*c, *q;
	char		*s;

	ck_assert_str_eq(doc->title, "Winter care for lemon trees");
	ck_assert_str_eq(doc->author, "Margaret Oduya");
	ck_assert_str_eq(doc->date, "2024-11-03T08:15:00+00:00");
	ck_assert_str_eq(doc->url,
	    "https://gardener.example.org/2024/11/lemon-trees-winter/");
	ck_assert_int_eq(doc->body->first->kind, QR_PARA);
	ck_assert_int_eq(doc->body->first->next->kind, QR_BREAK);
	ck_assert_int_eq(doc->body->first->next->next->kind, QR_HEADING);
	ck_assert(doc->comments_closed);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 7);
	ck_assert_uint_eq(test_top_level(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Margaret Oduya");
	ck_assert_str_eq(c->as.comment.date, "2024-11-03T11:40:00+00:00");
	q = c->first;
	ck_assert_int_eq(q->kind, QR_QUOTE);
	ck_assert_int_eq(q->first->kind, QR_PARA);
	ck_assert_int_eq(q->first->next->kind, QR_QUOTE);	/* >> */
	s = qr_node_plain_text(q->first->next);
	ck_assert_str_eq(s, "Inner.");
	free(s);
	ck_assert_int_eq(q->next->kind, QR_PARA);
	c = test_nth_comment(doc, 3);
	ck_assert_ptr_null(c->as.comment.author);
	ck_assert_str_eq(c->as.comment.date, "2024-11-05T07:15:42+00:00");
	c = test_nth_comment(doc, 4);
	ck_assert_str_eq(c->as.comment.author, "Zed");
	ck_assert_ptr_null(c->as.comment.date);
	ck_assert_ptr_eq(c->parent, test_nth_comment(doc, 3));
	/* no “…” guessing in quire's own layout: quotes are "> " */
	c = test_nth_comment(doc, 5);
	ck_assert_int_eq(c->first->kind, QR_PARA);
	c = test_nth_comment(doc, 6);
	ck_assert_ptr_null(c->as.comment.author);
	test_assert_plain(c, "Nobody.");
	qr_doc_free(doc);
}
END_TEST

/* A chain of 100,000 replies in quire's layout: past the cap every reply
 * says whom it answers. */
static char *
own_chain(size_t n)
{
	char	*buf, *p;
	size_t	 i, cap = 64 + n * 160;

	p = buf = malloc(cap);
	ck_assert_ptr_nonnull(buf);
	p += sprintf(p, "Chain\n=====\n\nComments\n--------\n\n");
	p += sprintf(p, " 1. A0\n    text 0\n\n");
	for (i = 1; i < n; i++) {
		size_t d = i + 1, col = d <= 8 ? 4 * (d - 1) : 28;

		p += sprintf(p, "%*s\xe2\x80\xa2 A%zu", (int)col, "", i);
		if (d > 8)
			p += sprintf(p, " \xc2\xb7 \xe2\x86\xb3 in reply to A%zu",
			    i - 1);
		p += sprintf(p, "\n%*stext %zu\n\n", (int)col + 2, "", i);
	}
	return buf;
}

START_TEST(test_deep_chain)
{
	char			*buf = own_chain(100000);
	struct qr_doc		*doc;
	struct qr_node		*c;
	struct qr_options	 o;
	struct qr_error		 err = { QR_OK, 0, "" };
	size_t			 depth = 0;

	doc = qr_read_text(buf, strlen(buf), NULL, &err);
	ck_assert_msg(doc != NULL, "%s", err.msg);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 100000);
	for (c = doc->thread->first; c != NULL; c = qr_comment_first_reply(c))
		depth++;
	ck_assert_uint_eq(depth, 100000);
	c = test_nth_comment(doc, 99999);
	ck_assert_uint_eq(c->as.comment.depth, 100000);
	test_assert_plain(c, "text 99999");
	qr_doc_free(doc);

	/* deeper than --max-depth: refused, with the line */
	qr_options_init(&o);
	o.max_depth = 500;
	doc = qr_read_text(buf, strlen(buf), &o, &err);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(err.status, QR_ERR_TOO_DEEP);
	ck_assert(strstr(err.msg, "deeper than 500") != NULL);
	ck_assert_uint_gt(err.line, 0);
	free(buf);
}
END_TEST

/* A deep chain as dumps draw it (marker columns only). */
START_TEST(test_deep_columns)
{
	size_t	 n = 2000, i, cap = n * (2 * n + 40);
	char	*buf = malloc(cap), *p = buf;
	struct qr_doc *doc;

	ck_assert_ptr_nonnull(buf);
	p += sprintf(p, "T\n\n\n");
	for (i = 0; i < n; i++)
		p += sprintf(p, "%*s%s r%zu\n\n", (int)(2 + 2 * i), "",
		    i == 0 ? "1." : "\xe2\x80\xa2", i);
	p += sprintf(p, "Comments are closed.");
	doc = rd(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), n);
	ck_assert_uint_eq(test_nth_comment(doc, n - 1)->as.comment.depth, n);
	qr_doc_free(doc);
	free(buf);
}
END_TEST

/* ## Robustness */

START_TEST(test_bad_input)
{
	struct qr_error	 err = { QR_OK, 0, "" };
	struct qr_doc	*doc;
	size_t		 big = 10u << 20, i;
	char		*buf;
	char		*s;

	ck_assert_ptr_null(qr_read_text("", 0, NULL, &err));
	ck_assert_int_eq(err.status, QR_ERR_EMPTY);
	ck_assert_ptr_null(qr_read_text(" \n\t\r\n", 5, NULL, &err));
	ck_assert_int_eq(err.status, QR_ERR_EMPTY);

	/* only a title */
	doc = rd("Just a title");
	ck_assert_str_eq(doc->title, "Just a title");
	ck_assert_ptr_null(doc->body->first);
	qr_doc_free(doc);

	/* CRLF, a BOM, tabs, NBSP indentation */
	doc = rd("\xef\xbb\xbfTitle\r\n\r\nBody\r\nline.\r\n\r\n"
	    "  1. Ann says:\r\n\tOne.\r\n"
	    "\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xe2\x80\xa2 Bob says:\r\n"
	    "\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0Two.\r\n\r\n"
	    "Comments are closed.\r\n");
	ck_assert_str_eq(doc->title, "Title");
	s = qr_node_plain_text(doc->body->first);
	ck_assert_str_eq(s, "Body line.");
	free(s);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	test_assert_plain(test_nth_comment(doc, 0), "One.");
	ck_assert_ptr_eq(test_nth_comment(doc, 1)->parent, test_nth_comment(doc, 0));
	test_assert_plain(test_nth_comment(doc, 1), "Two.");
	qr_doc_free(doc);

	/* not UTF-8: read as Windows-1252 */
	doc = rd("Caf\xe9 \x93quoted\x94\n\nna\xef" "ve\n");
	ck_assert_str_eq(doc->title,
	    "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
	qr_doc_free(doc);

	/* a 10 MB single line */
	buf = malloc(big + 1);
	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < big; i++)
		buf[i] = i % 7 == 6 ? ' ' : 'a';
	buf[big] = '\0';
	doc = qr_read_text(buf, big, NULL, &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_uint_eq(strlen(doc->title), big - (big % 7 == 0));
	qr_doc_free(doc);
	free(buf);

	/* binary garbage and lone marks do not crash */
	doc = rd("\x01\x02\xff\xfe x\n  1.\n  \xe2\x80\xa2\n>\n>>\n\xe2\x80\x9c\n");
	qr_doc_free(doc);
}
END_TEST

/* The front door picks this reader for text. */
START_TEST(test_front_door)
{
	struct qr_doc *doc = test_read("Title\n\nBody.\n", QR_IN_AUTO);

	ck_assert_str_eq(doc->title, "Title");
	qr_doc_free(doc);
}
END_TEST

/* The body's paragraphs, "|" between them. */
static char *
body_paras(const struct qr_doc *doc)
{
	struct qr_buf	 b = { 0 };
	struct qr_node	*n;

	for (n = doc->body->first; n != NULL; n = n->next) {
		if (n->kind != QR_PARA || n->first == NULL ||
		    n->first->kind != QR_TEXT)
			continue;
		if (b.len > 0)
			qr_buf_putc(&b, '|');
		qr_buf_puts(&b, n->first->as.literal);
	}
	return qr_buf_detach(&b, NULL);
}

/* A paragraph of one line stays in the input (read_text.c
 * para_to_node()), which the document adopts: the same text whether
 * the reader owns the input (read in place) or not (its lines' copy),
 * the caller's buffer freed before the text is read (ASan, valgrind),
 * the next line's first byte untouched by the NUL (CR LF, a line
 * with trailing spaces, the last line without its newline). */
START_TEST(test_text_in_input)
{
	static const char dump[] =
	    "Title\n\nOne line.   \n\nTwo\nlines.\n\n"
	    "Tab\there  and  spaces\n\nA C1 \xc2\x85 control\r\n\r\n"
	    "CR LF line\r\n\r\nLast";
	const char	*want = "One line.|Two lines.|Tab here and spaces|"
			    "A C1 \xe2\x80\xa6 control|CR LF line|Last";
	struct qr_error	 err;
	struct qr_doc	*doc;
	char		*buf, *got;
	int		 owned;

	for (owned = 0; owned < 2; owned++) {
		buf = strdup(dump);
		if (owned)
			doc = qr_read_owned(buf, strlen(dump), QR_IN_TEXT,
			    NULL, &err);
		else {
			doc = qr_read_text(buf, strlen(dump), NULL, &err);
			memset(buf, 'x', strlen(dump));
			free(buf);
		}
		ck_assert_ptr_nonnull(doc);
		got = body_paras(doc);
		ck_assert_str_eq(got, want);
		free(got);
		qr_doc_free(doc);
	}
}
END_TEST

Suite *
suite_read_text(void)
{
	Suite	*s = suite_create("read_text");
	TCase	*tc = tcase_create("read_text");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_seed_exact);
	tcase_add_test(tc, test_text_in_input);
	tcase_add_test(tc, test_lynx_numbers_alone);
	tcase_add_test(tc, test_lynx_bullets);
	tcase_add_test(tc, test_w3m_bullets);
	tcase_add_test(tc, test_links_stars);
	tcase_add_test(tc, test_html2text);
	tcase_add_test(tc, test_wrapped_joins);
	tcase_add_test(tc, test_attributions);
	tcase_add_test(tc, test_not_comments);
	tcase_add_test(tc, test_attribution_led);
	tcase_add_test(tc, test_quotes);
	tcase_add_test(tc, test_relative_dates);
	tcase_add_test(tc, test_numbered_headers);
	tcase_add_test(tc, test_numbered_not);
	tcase_add_test(tc, test_footer_lists);
	tcase_add_test(tc, test_footer_not);
	tcase_add_test(tc, test_name_dates);
	tcase_add_test(tc, test_own_format);
	tcase_add_test(tc, test_deep_chain);
	tcase_add_test(tc, test_deep_columns);
	tcase_add_test(tc, test_bad_input);
	tcase_add_test(tc, test_lynx_drupal);
	tcase_add_test(tc, test_front_door);
	suite_add_tcase(s, tc);
	return s;
}
