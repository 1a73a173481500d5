/*
 * check_textplat.c -- the text reader's rules for the header shapes of
 * platforms the corpus does not have (tests/platforms/text: dumps of the
 * tests/platforms pages): a date before the name ("DATE - NAME",
 * "DATE [profile] NAME", "Written on DATE by NAME"), numeric dates whose
 * day and month may be either way round, "1. From NAME - DATE".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "text.h"
#include "testutil.h"

/* qr_text_attr() on a C string */
static enum tattr_kind
attr(const char *s, struct tattr *a)
{
	return qr_text_attr(s, strlen(s), NULL, a);
}

static void
assert_author(const char *line, const char *name, const char *date)
{
	struct tattr a;

	ck_assert_msg(attr(line, &a) == TA_AUTHOR, "not an author: %s", line);
	ck_assert_msg(a.alen == strlen(name) &&
	    memcmp(a.author, name, a.alen) == 0, "%s: author \"%.*s\"", line,
	    (int)a.alen, a.author);
	ck_assert_int_eq(a.has_date, 1);
	ck_assert_str_eq(a.date, date);
}

START_TEST(test_date_then_name)
{
	struct tattr a;

	assert_author("March 4, 2014, 9:12 a.m. - Margaret Holloway  \xc2\xb6",
	    "Margaret Holloway", "2014-03-04T09:12");
	assert_author("2014-03-04 09:12 am (UTC) [personal profile] "
	    "margaret_holloway", "margaret_holloway", "2014-03-04T09:12Z");
	assert_author("Written on Tue, 04 Mar 2014 09:12:00 by Margaret "
	    "Holloway", "Margaret Holloway", "2014-03-04T09:12:00");
	assert_author("March 4, 2014 \xe2\x80\x94 Tobias", "Tobias",
	    "2014-03-04");
	/* html2text: NBSPs around the dash */
	assert_author("March 4, 2014, 9:12 a.m.\xc2\xa0-\xc2\xa0Margaret_Holloway"
	    "\xc2\xa0\xc2\xa0\xc2\xb6", "Margaret_Holloway", "2014-03-04T09:12");
	/* a button after the date is no name; nor a count, nor a
	 * sentence */
	ck_assert_int_eq(attr("March 4, 2014 at 9:12 am | Reply", &a), TA_DATE);
	ck_assert_int_eq(attr("March 4, 2014 at 9:12 am - Permalink", &a),
	    TA_DATE);
	ck_assert_int_ne(attr("26 Mai, 2008 | ThE_PaiN | Kommentare 34 |",
	    &a), TA_AUTHOR);
	ck_assert_int_eq(attr("March 4, 2014 - I went to the shop and bought "
	    "things", &a), TA_DATE);
	/* the name before the date still wins */
	assert_author("Tobias - 2014-03-04 09:12", "Tobias",
	    "2014-03-04T09:12");
}
END_TEST

START_TEST(test_ambiguous_numeric)
{
	struct tattr a;

	/* day and month either way round: a date line, no date */
	ck_assert_int_eq(attr("04/03/2014, 09:12", &a), TA_DATE);
	ck_assert_int_eq(a.has_date, 1);
	ck_assert_str_eq(a.date, "");
	ck_assert_int_eq(attr("03/04/2014 09:12", &a), TA_DATE);
	ck_assert_str_eq(a.date, "");
	/* unambiguous ones keep their date */
	ck_assert_int_eq(attr("13/03/2014", &a), TA_DATE);
	ck_assert_str_eq(a.date, "2014-03-13");
	/* fractions and scores are no dates */
	ck_assert_int_eq(attr("1/2 cup of flour", &a), TA_NONE);
	ck_assert_int_eq(attr("I paid 12/10 for it", &a), TA_NONE);
}
END_TEST

START_TEST(test_from_name)
{
	struct tattr a;

	assert_author("From Margaret Holloway - 04/03/2014, 09:12",
	    "Margaret Holloway", "");
	assert_author("1. From Margaret Holloway - 13/03/2014, 09:12",
	    "Margaret Holloway", "2014-03-13T09:12");
	assert_author("By dave on March 4, 2014", "dave", "2014-03-04");
	/* a German date, and a numbered title, keep their number */
	ck_assert_int_eq(attr("6. Juni 2015 um 10:23", &a), TA_DATE);
	ck_assert_str_eq(a.date, "2015-06-06T10:23");
	ck_assert_int_ne(attr("13. Naturkosmetik Neuheiten & Linkliebe im Mai "
	    "& Juni 2018 27. Juni", &a), TA_AUTHOR);
	/* a name that starts like a lead word keeps it */
	assert_author("Da Vinci 2014-03-04 09:12", "Da Vinci",
	    "2014-03-04T09:12");
}
END_TEST

/* Whole dumps: headers with the date first (django-comments-xtd as
 * lynx draws it), "1. From NAME - DATE" items (Dotclear). */
START_TEST(test_dumps)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "3 comments have been posted.\n\n"
	    "March 4, 2014, 9:12 a.m. - Margaret Holloway  \xc2\xb6\n"
	    "       What did you use for the shield?\n"
	    "       Reply\n\n"
	    "March 4, 2014, 11:40 a.m. - Tobias Renner  \xc2\xb6\n"
	    "       Stacked saucers.\n"
	    "       Reply\n\n"
	    "March 5, 2014, 8:30 a.m. - Ines K  \xc2\xb6\n"
	    "       Saucers are the classic answer.\n"
	    "       Reply\n\n"
	    "Post your comment\n");
	struct qr_node	*c;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Tobias Renner");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T11:40");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Stacked saucers.");
	free(t);
	qr_doc_free(doc);

	doc = test_read_text("T\n\n   The post.\n\n3 comments\n\n"
	    "     * 1. From Margaret Holloway - 04/03/2014, 09:12\n"
	    "       What did you use?\n"
	    "     * 2. From Tobias Renner - 04/03/2014, 11:40\n"
	    "       Stacked saucers.\n"
	    "     * 3. From Ines K - 05/03/2014, 08:30\n"
	    "       Saucers.\n\nAdd a comment\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Ines K");
	ck_assert_ptr_null(c->as.comment.date);
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Saucers.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* A thread drawn as one list item: its replies' headers at the item's
 * text column, each after the button line of the comment above. */
START_TEST(test_inner_replies)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "      3 comments have been posted.\n\n"
	    "     *  March 4, 2014, 9:12 a.m. - Margaret Holloway  \xc2\xb6\n\n"
	    "       What did you use?\n\n       Reply\n\n"
	    "        March 4, 2014, 11:40 a.m. - Tobias Renner  \xc2\xb6\n\n"
	    "       Stacked saucers.\n\n       Reply\n\n"
	    "     *  March 5, 2014, 6:47 p.m. - dave_k  \xc2\xb6\n\n"
	    "       Nice write-up.\n\n"
	    "       March 3, 2014 - it rained all day.\n\n"
	    "       Reply\n\n"
	    "Post your comment\n");
	struct qr_node	*c, *r;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret Holloway");
	r = qr_comment_first_reply(c);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->as.comment.author, "Tobias Renner");
	t = test_comment_text(r);
	ck_assert_str_eq(t, "Stacked saucers.");
	free(t);
	/* a date line in a comment's text, after no button, stays text */
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "dave_k");
	ck_assert_ptr_eq(c->parent, doc->thread);
	t = test_comment_text(c);
	ck_assert_ptr_nonnull(strstr(t, "it rained all day"));
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* No heading, no list: "NAME", "NAME says:", a date line (Plone), and
 * "Add comment" under the thread. */
START_TEST(test_says_over_date)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n"
	    "   Margaret Holloway\n   Margaret Holloway says:\n"
	    "   03/04/2014 09:12\n\n   What did you use?\n   (BUTTON) Reply\n"
	    "   Tobias Renner\n   Tobias Renner says:\n   03/04/2014 11:40\n\n"
	    "   Stacked saucers.\n   (BUTTON) Reply\n"
	    "   Ines K\n   Ines K says:\n   03/05/2014 08:30\n\n"
	    "   Saucers.\n   (BUTTON) Reply\n\n"
	    "Add comment\n\n   You can add a comment below.\n");
	struct qr_node	*c;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret Holloway");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "What did you use?");	/* not the next name */
	free(t);
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "Ines K");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "Saucers.");
	free(t);
	t = test_comment_text(doc->body);
	ck_assert_ptr_null(strstr(t, "Holloway"));
	free(t);
	qr_doc_free(doc);

	/* two says lines over no date are no thread by themselves */
	doc = test_read_text("T\n\nThe post.\n\nAnna says:\nHi.\n\n"
	    "Bert says:\nYo.\n\nCarl says:\nOk.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* Items that are only their header, the text under them left of the
 * marker (Serendipity); a page's list after them keeps its own. */
START_TEST(test_left_text)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "Comments\n\n"
	    "    * Margaret Holloway, on March 4, 2014 9:12 AM\n\n"
	    "   What did you use for the shield? I tried\n"
	    "   plant saucers.\n\n   Reply\n\n"
	    "    * Tobias Renner, on March 4, 2014 11:40 AM\n\n"
	    "   Stacked saucers.\n\n   Reply\n\n"
	    "    * Ines K, on March 5, 2014 8:30 AM\n\n"
	    "   Saucers.\n\n   Reply\n\n"
	    "Add a comment\n");
	struct qr_node	*c;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret Holloway");
	t = test_comment_text(c);
	ck_assert_str_eq(t, "What did you use for the shield? I tried plant "
	    "saucers.");
	free(t);
	t = test_comment_text(test_nth_comment(doc, 2));
	ck_assert_str_eq(t, "Saucers.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* "Comment from: NAME · site.example" over a date line (b2evolution) */
START_TEST(test_name_label)
{
	size_t	n;
	const char *s = "Comment from: Margaret Holloway \xc2\xb7 holloway.example.org";

	ck_assert_uint_eq(qr_text_name_label(s, strlen(s), &n), 14);
	ck_assert_uint_eq(n, 17);
	ck_assert_uint_eq(qr_text_name_label("Tobias", 6, &n), 0);
	ck_assert_uint_eq(n, 6);
	/* the names of "Comment from: NAME · site" headers over dates */
	{
		struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
		    "Comments:\n\n"
		    "Comment from: Margaret Holloway \xc2\xb7 holloway.example.org\n\n"
		    "     2014/03/04 @ 09:12\n\n   What did you use?\n\n"
		    "     Reply to this comment\n\n"
		    "Comment from: Bert B.\n\n     2014/03/04 @ 11:40\n\n"
		    "   Saucers.\n\n     Reply to this comment\n\n"
		    "Leave a comment\n");

		ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
		ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
		    "Margaret Holloway");
		ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
		    "Bert B.");
		qr_doc_free(doc);
	}
	/* a name that ends in an initial is a name line; a sentence not */
	ck_assert_int_eq(qr_text_name_line("Bert B.", 7), 1);
	ck_assert_int_eq(qr_text_name_line("I agree.", 8), 0);
	/* a middle dot between two names is no site */
	s = "Anna \xc2\xb7 Bert";
	ck_assert_uint_eq(qr_text_name_label(s, strlen(s), &n), 0);
	ck_assert_uint_eq(n, strlen(s));
}
END_TEST

/* "[avatar] NAME" over a date, then an icon's label and a row of
 * button words before the text (Forem): the name without its avatar,
 * the text without the buttons */
START_TEST(test_button_rows)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "Discussion (3)\n\n"
	    "   [margaret.png] Margaret Holloway\n   Mar 4 '14\n"
	    "   Chevron down\n   Permalink Moderate Report Abuse\n\n"
	    "   What did you use for the shield?\n   REPLY\n"
	    "   [tobias] Tobias Renner\n   Mar 5 '14\n"
	    "   Chevron down\n   Permalink Report Abuse\n\n"
	    "   Stacked saucers.\n   REPLY\n"
	    "   [ines] Ines Kowalczyk\n   Mar 6 '14\n"
	    "   Chevron down\n   Permalink Report Abuse\n\n"
	    "   A fan helps.\n   REPLY\n");
	char		*t;
	struct tattr	 a;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret Holloway");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Tobias Renner");
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "What did you use for the shield?");
	free(t);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "Stacked saucers.");
	free(t);
	qr_doc_free(doc);
	/* a row word alone, or among other words, is text */
	ck_assert_int_eq(attr("Moderate", &a), TA_NONE);
	ck_assert_int_eq(attr("Report abuse of power", &a), TA_NONE);
	ck_assert_int_eq(attr("Hide Copy link", &a), TA_NOISE);
	ck_assert_int_eq(attr("Chevron down", &a), TA_NOISE);
	ck_assert_int_eq(attr("Chevron downhill", &a), TA_NONE);
	/* a quotation's label alone on its line (cnblogs: 引用) */
	ck_assert_int_eq(attr("\xe5\xbc\x95\xe7\x94\xa8", &a), TA_NOISE);
}
END_TEST

/* Threads drawn as nested lists whose items open with a name alone
 * over an age in short ("3d", "20h": Lemmy); w3m glues the avatar's
 * file name to the name ("[416]margaret") */
START_TEST(test_item_names)
{
	struct qr_doc	*doc = test_read_text("T\n\n   tobias to diy\n\n"
	    "   The post.\n\n   HotTopNew\n"
	    "     * margaret\n       3d\n       What shield?\n"
	    "       (BUTTON) 2\n       (BUTTON) reply\n"
	    "          + [414]tobias\n            3d\n"
	    "            Stacked saucers.\n            (BUTTON) 0\n"
	    "     * davek\n       20h\n       Nice write-up.\n"
	    "       (BUTTON) reply\n");
	char		*t;
	struct tattr	 a;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "tobias");
	ck_assert_ptr_eq(test_nth_comment(doc, 1)->parent,
	    test_nth_comment(doc, 0));
	t = test_comment_text(test_nth_comment(doc, 2));
	ck_assert_str_eq(t, "Nice write-up.");
	free(t);
	ck_assert_ptr_null(test_nth_comment(doc, 2)->as.comment.date);
	qr_doc_free(doc);
	ck_assert_int_eq(qr_text_relative_date("3d", 2), 1);
	ck_assert_int_eq(qr_text_relative_date("3mo ago", 7), 1);
	ck_assert_int_eq(qr_text_relative_date("3dx", 3), 0);
	ck_assert_int_eq(qr_text_relative_date("3 d", 3), 0);
	ck_assert_int_eq(attr("20h", &a), TA_DATE);
}
END_TEST

/* "NAME AGE" headers: a user name, maybe its avatar's alt text and its
 * score, then an age, maybe a note ("(3 children)", wrapped by lynx) */
START_TEST(test_name_age)
{
	struct tattr	 a;
	struct qr_doc	*doc;
	char		*t;

	ck_assert_int_eq(attr("margaretholloway avatar margaretholloway "
	    "10 years ago", &a), TA_AUTHOR);
	ck_assert_int_eq((int)a.alen, 16);
	ck_assert_int_eq(a.has_date, 1);
	ck_assert_str_eq(a.date, "");
	ck_assert_int_eq(attr("[\xe2\x80\x93]dave_k 18 points19 points20 "
	    "points 10 years ago (0 children)", &a), TA_AUTHOR);
	ck_assert_int_eq(a.alen == 6 && memcmp(a.author, "dave_k", 6) == 0, 1);
	ck_assert_int_eq(attr("sanne 3d", &a), TA_AUTHOR);
	/* html2text joins a linked age's words */
	ck_assert_int_eq(attr("[dave_k_avatar] dave_k 10_years_ago", &a),
	    TA_AUTHOR);
	ck_assert_int_eq(a.alen == 6 && memcmp(a.author, "dave_k", 6) == 0, 1);
	/* what happened is no name; a sentence is no header */
	ck_assert_int_ne(attr("Edited 3 days ago", &a), TA_AUTHOR);
	ck_assert_int_ne(attr("I was there 10 years ago", &a), TA_AUTHOR);
	ck_assert_int_ne(attr("tobias avatar margaret 3 days ago", &a),
	    TA_AUTHOR);
	doc = test_read_text("T\n\n   The post.\n   all 3 comments\n\n"
	    "   [\xe2\x80\x93]Margaret_Holloway 17 points 10 years ago (3\n"
	    "   children)\n\n   What shield?\n\n"
	    "   [\xe2\x80\x93]dave_k 18 points 10 years ago (0 children)\n\n"
	    "   Nice write-up.\n\n"
	    "   [\xe2\x80\x93]sanne 2 points 9 years ago (0 children)\n\n"
	    "   A fan.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "What shield?");
	free(t);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "dave_k");
	qr_doc_free(doc);
}
END_TEST

/* lynx draws a quotation in a list item at the margin, left of the
 * item's marker: the comment's still, up to its sibling */
START_TEST(test_stray_quote)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "     * margaret\n       3d\n       What shield?\n"
	    "       (BUTTON) reply\n"
	    "     * davek\n       2d\n       One thing:\n\n"
	    "     Direct sun on a box\n       (BUTTON) 3\n"
	    "     * sanne\n       1d\n       A fan.\n");
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 3);
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "One thing: Direct sun on a box");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* Comments signed at their foot: a name (maybe "NAME In reply to
 * NAME", under an "[avatar]"), the text, then the date and buttons on
 * one line (HashOver) */
START_TEST(test_footer_line)
{
	struct qr_doc	*doc = test_read_text("T\n\n   The post.\n\n"
	    "   Showing 3 Comments\n   [avatar]\n   Margaret Holloway\n\n"
	    "   What shield?\n   March 4, 2014 9:12 AM Like Reply\n"
	    "   [avatar]\n   Tobias Renner In reply to Margaret Holloway\n\n"
	    "   Saucers.\n   March 4, 2014 11:40 AM Like Reply\n"
	    "   dave_k\n\n   Nice write-up.\n"
	    "   March 5, 2014 6:47 PM Like Reply\n");
	struct qr_node	*c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 2);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Tobias Renner");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T11:40");
	ck_assert_ptr_eq(c->parent, test_nth_comment(doc, 0));
	test_assert_plain(c, "Saucers.");
	qr_doc_free(doc);
}
END_TEST

/* A menu's "Options" item over "NAME NAME Member" (the name twice: the
 * avatar's alt text and the link; a role) over a date without its year
 * ("March 4"); a "NAME said:" over a quotation in a dated comment
 * names whom it quotes, no comment (Vanilla) */
START_TEST(test_yearless)
{
	struct qr_doc	*doc = test_read_text("T\n\n   tobias\n   March 3\n\n"
	    "   The post.\n\nComments\n\n"
	    "     * Options\n       MargaretHolloway MargaretHolloway Member\n"
	    "       March 4\n       What shield?\n       Like\n"
	    "     * Options\n       dave_k dave_k Member\n       March 5\n"
	    "       One thing:\n\n     tobias said:\n\n"
	    "     Direct sun on a box\n       Like\n"
	    "     * Options\n       sanne sanne\n       March 6\n"
	    "       A fan.\n       Like\n");
	struct tattr	 a;
	size_t		 n;
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "MargaretHolloway");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author,
	    "sanne");
	t = test_comment_text(test_nth_comment(doc, 1));
	ck_assert_str_eq(t, "One thing: Direct sun on a box");
	free(t);
	qr_doc_free(doc);
	ck_assert_int_eq(attr("March 4", &a), TA_DATE);
	ck_assert_int_eq(attr("Options", &a), TA_NOISE);
	ck_assert_int_eq(attr("Chapter 4", &a), TA_NONE);
	ck_assert_uint_eq(qr_text_name_label("Ann Annette", 11, &n), 0);
	ck_assert_uint_eq(n, 11);
}
END_TEST

/* Posts between rules: maybe the avatar's initial, a user name, a
 * blank line, the text and its buttons (NodeBB, Flarum) */
START_TEST(test_ruled_posts)
{
	static const char rule[] = "     ______________________________\n";
	char		 buf[1024];
	struct qr_doc	*doc;

	snprintf(buf, sizeof(buf), "T\n\n   tobias\n\n   The post.\n"
	    "   Reply Quote 0\n%s\n   M\n   margaret\n\n   What shield?\n\n"
	    "   Reply Quote 0\n%s\n   T\n   tobias\n\n   Saucers.\n%s\n"
	    "[deleted]\n\n   A fan.\n%s\n   Powered by Us\n",
	    rule, rule, rule, rule);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "margaret");
	test_assert_plain(test_nth_comment(doc, 0), "What shield?");
	ck_assert_ptr_null(test_nth_comment(doc, 2)->as.comment.author);
	test_assert_plain(test_nth_comment(doc, 2), "A fan.");
	qr_doc_free(doc);
	/* two posts are no thread */
	snprintf(buf, sizeof(buf), "T\n\n   The post.\n%s\n   margaret\n\n"
	    "   What shield?\n%s\n   tobias\n\n   Saucers.\n%s",
	    rule, rule, rule);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* Comments whose header is a date over the name, the name again as a
 * link and the address (Hubzilla), with lynx's bare "(BUTTON)"s and a
 * "Link to Source" under each: the link is no author, the buttons no
 * text, and the first header under the title's rule is the post's */
START_TEST(test_date_over_name)
{
	static const char tail[] = "   (BUTTON)\n   (BUTTON)\n"
	    "   Link to Source\n";
	char		 buf[1536];
	struct qr_doc	*doc;
	struct qr_node	*c;
	struct tattr	 a;

	ck_assert_int_eq(attr("Link to Source", &a), TA_NOISE);
	ck_assert_int_eq(attr("(BUTTON)", &a), TA_NOISE);
	ck_assert_int_eq(attr("(sigh)", &a), TA_NONE);
	snprintf(buf, sizeof(buf), "   Hub\n\n   A station\n"
	    "     ____________________________________\n\n"
	    "   Mon, 03 Mar 2014 20:15:00 +0000\n   Tobias Renner\n"
	    "   Tobias Renner\n   tobias@hub.example\n   The post.\n%s"
	    "   Tue, 04 Mar 2014 09:12:00 +0000\n   Margaret Holloway\n"
	    "   Margaret Holloway\n   margaret@hub.example\n   What shield?\n"
	    "\n     Direct sun on a box\n\n%s"
	    "   Tue, 04 Mar 2014 11:40:00 +0000\n   Tobias Renner\n"
	    "   Tobias Renner\n   tobias@hub.example\n   Saucers.\n%s"
	    "   Wed, 05 Mar 2014 08:30:00 +0000\n   dave_k\n   dave_k\n"
	    "   A fan.\n%s\n   ______________________________\n"
	    "   (BUTTON) Submit\n", tail, tail, tail, tail);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret Holloway");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12:00+00:00");
	ck_assert_ptr_nonnull(c->first);
	test_assert_plain(c->first, "What shield?");
	ck_assert_ptr_nonnull(c->first->next);
	ck_assert_int_eq(c->first->next->kind, QR_QUOTE);
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "dave_k");
	test_assert_plain(c, "A fan.");
	qr_doc_free(doc);
	/* two such headers are no thread */
	snprintf(buf, sizeof(buf), "   Hub\n\n"
	    "   Tue, 04 Mar 2014 09:12:00 +0000\n   Margaret Holloway\n"
	    "   What shield?\n"
	    "   Tue, 04 Mar 2014 11:40:00 +0000\n   Tobias Renner\n"
	    "   Saucers.\n");
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* Numbered posts under a poster's pane that shows the name twice and
 * more (Invision: the name, the avatar's "[NAME]", the join date, the
 * name again, "Members", a count, then "#3"), the date as "Posted
 * DATE", a quotation under "NAME said:" after the post's first words:
 * the pane names the next post's poster and is not the post before's
 * text; "Posted" is no name; the header is no text, the quote a quote */
START_TEST(test_post_panes)
{
	static const char pane[] = "     *\n\n   %s\n\n   [%s]\n\n"
	    "   March 4, 2014\n\n   %s\n\n     * %s\n     * Members\n"
	    "     *\n          + 32\n\n     * #%d\n\n";
	char		 buf[2048], p[256];
	size_t		 n = 0;
	struct qr_doc	*doc;
	struct qr_node	*c;
	struct tattr	 a;
	static const char *const who[] = { "tobias", "holloway", "renner",
	    "maggie" };
	static const char *const text[] = { "The post.", "What shield?",
	    "Saucers, exactly.", "Good to hear." };
	int		 k;

	ck_assert_int_eq(attr("Posted March 4, 2014", &a), TA_DATE);
	ck_assert_str_eq(a.date, "2014-03-04");
	ck_assert_int_eq(attr("Edited on March 4, 2014", &a), TA_DATE);
	assert_author("Margaret March 4, 2014", "Margaret", "2014-03-04");
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "T\n\n");
	for (k = 0; k < 4; k++) {
		snprintf(p, sizeof(p), pane, who[k], who[k], who[k], who[k],
		    k + 1);
		n += (size_t)snprintf(buf + n, sizeof(buf) - n,
		    "%s   Posted March %d, 2014\n\n   %s\n", p, 4 + k, text[k]);
		if (k == 3)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n,
			    "\n   tobias said:\n\n   Direct sun on a box\n\n"
			    "   Mine throttles.\n");
	}
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	for (k = 1; k < 4; k++) {
		c = test_nth_comment(doc, (size_t)k - 1);
		ck_assert_ptr_nonnull(c->as.comment.author);
		ck_assert_str_eq(c->as.comment.author, who[k]);
		ck_assert_ptr_nonnull(c->as.comment.date);
		ck_assert_ptr_nonnull(c->first);
		test_assert_plain(c->first, text[k]);
		if (k < 3)
			ck_assert_ptr_null(c->first->next);
	}
	ck_assert_str_eq(c->as.comment.date, "2014-03-07");
	c = c->first->next;
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->kind, QR_QUOTE);
	test_assert_plain(c, "Direct sun on a box");
	ck_assert_ptr_nonnull(c->next);
	ck_assert_int_eq(c->next->kind, QR_PARA);
	test_assert_plain(c->next, "Mine throttles.");
	qr_doc_free(doc);
}
END_TEST

/* Posts under "#N DATE" headings (FluxBB; html2text's "***** #N DATE
 * *****"), the poster's name over a profile set further right, a
 * reply's "Re: TITLE" subject, "Offline" under the text: the heading
 * numbers and dates the post, the name names it, and neither the
 * profile nor the subject is its text */
START_TEST(test_dated_numbers)
{
	static const char post[] = "%s#%d 2014-03-0%d 11:40:00%s\n\n"
	    "   %s\n          Member\n          Posts: 38\n\n"
	    "%s%sBalcony%s\n\n   %s\n\n   Offline\n     * Report\n\n";
	static const char *const who[] = { "tobias", "holloway", "renner",
	    "maggie" };
	static const char *const text[] = { "The post.", "What shield?",
	    "Saucers, exactly.", "Good to hear." };
	char		 buf[2048];
	size_t		 n;
	struct qr_doc	*doc;
	struct qr_node	*c;
	struct tattr	 a;
	int		 k, h;

	ck_assert_int_eq(attr("***** #1 2014-03-04 09:12:00 *****", &a),
	    TA_DATE);
	ck_assert_int_eq(attr("Offline", &a), TA_NOISE);
	/* Slash: the end of a wrapped header, a button */
	ck_assert_int_eq(attr("(#46000471)", &a), TA_NOISE);
	ck_assert_int_eq(attr("Parent", &a), TA_NOISE);
	ck_assert_int_ne(attr("(#4600 0471)", &a), TA_NOISE);
	for (h = 0; h < 2; h++) {
		n = (size_t)snprintf(buf, sizeof(buf), "Board\n\n");
		for (k = 0; k < 4; k++)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, post,
			    h ? "***** " : "", k + 1, k + 4, h ? " *****" : "",
			    who[k], h ? "**** " : "", k ? "Re: " : "",
			    h ? " ****" : "", text[k]);
		doc = test_read_text(buf);
		ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
		for (k = 1; k < 4; k++) {
			c = test_nth_comment(doc, (size_t)k - 1);
			ck_assert_ptr_nonnull(c->as.comment.author);
			ck_assert_str_eq(c->as.comment.author, who[k]);
			ck_assert_ptr_nonnull(c->as.comment.date);
			ck_assert_int_eq(c->as.comment.date[9], '4' + k);
			test_assert_plain(c, text[k]);
		}
		qr_doc_free(doc);
	}
}
END_TEST

/* IntenseDebate's header: the avatar's alt, the name, its age and its
 * votes glued on one line: the name ends where the age starts */
START_TEST(test_glued_age)
{
	struct tattr	 a;
	struct qr_doc	*doc;
	char		 buf[1024];
	size_t		 n;
	int		 k;
	static const char *const who[] = { "Margaret Holloway",
	    "Tobias Renner", "dave_k" };

	ck_assert_int_eq(attr("avatarMargaret Holloway12 years ago+0-", &a),
	    TA_AUTHOR);
	ck_assert_uint_eq(a.alen, 17);
	ck_assert_int_eq(memcmp(a.author, "Margaret Holloway", 17), 0);
	ck_assert_int_eq(a.has_date, 1);
	ck_assert_str_eq(a.date, "");
	ck_assert_int_eq(attr("[avatar]dave_k12_years_ago+1-", &a), TA_AUTHOR);
	ck_assert_uint_eq(a.alen, 6);
	/* neither the avatar nor the votes: no such header */
	ck_assert_int_ne(attr("Windows10 years ago", &a), TA_AUTHOR);
	n = (size_t)snprintf(buf, sizeof(buf), "T\n\n   The post.\n\n"
	    "3 comments\n\n   Subscribe to comments\n");
	for (k = 0; k < 3; k++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n,
		    "   avatar %s%d years ago+%d-\n   Text %d.\n   Reply\n",
		    who[k], 12, k, k);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	for (k = 0; k < 3; k++) {
		struct qr_node *c = test_nth_comment(doc, (size_t)k);

		ck_assert_str_eq(c->as.comment.author, who[k]);
		snprintf(buf, sizeof(buf), "Text %d.", k);
		test_assert_plain(c, buf);
	}
	qr_doc_free(doc);
}
END_TEST

/* A reply's "In reply to SUBJECT… by NAME" (Drupal: the subject an
 * excerpt of the answered comment's text) or "Reply to NAME" (wpDiscuz
 * 7) over its text, in a flat dump: the reply goes under the comment
 * it names, the last one before it by that name whose text starts
 * with the excerpt */
START_TEST(test_reply_to_lines)
{
	static const char head[] = "   Submitted by %s on Tue, 03/0%d/2014 - "
	    "11:40\n\n%s   Permalink\n\n   %s\n     * Reply\n\n";
	static const char *const who[] = { "Margaret", "Tobias", "Margaret",
	    "Ines", "Tobias" };
	static const char *const text[] = { "What did you use?",
	    "Stacked saucers.", "Good to hear.", "Saucers are classic.",
	    "Thanks a lot." };
	static const char *const to[] = { "",
	    "   In reply to What did\xe2\x80\xa6 by Margaret\n",
	    "   In reply to Stacked\xe2\x80\xa6 by Tobias\n",
	    "   In reply to What did\xe2\x80\xa6 by Margaret\n",
	    "" };
	char		 buf[2048], tmp[256];
	size_t		 n;
	struct qr_doc	*doc;
	struct qr_node	*c0, *c1;
	int		 k, v;
	/* a long name: a line of its own; a short one: noise too */
	static const char *const ines[] = { "Ines Kowalczyk-Smith", "Ines" };

	for (v = 0; v < 2; v++) {
	n = (size_t)snprintf(buf, sizeof(buf), "Blog\n\nA post\n\n"
	    "   The post.\n\nComments\n\n");
	for (k = 0; k < 5; k++) {
		char rt[64];

		snprintf(rt, sizeof(rt), "   Reply to %s\n", ines[v]);
		snprintf(tmp, sizeof(tmp), head, k == 3 ? ines[v] : who[k],
		    k + 4, k == 4 ? rt : to[k], text[k]);
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s", tmp);
	}
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 5);
	/* Margaret: Tobias (Margaret), Ines (Tobias) */
	c0 = doc->thread->first;
	ck_assert_ptr_nonnull(c0);
	test_assert_plain(c0->first, text[0]);
	ck_assert_ptr_null(c0->next);
	c1 = c0->last;
	ck_assert_int_eq(c1->kind, QR_COMMENT);
	test_assert_plain(c1->first, text[3]);
	ck_assert_int_eq(c1->last->kind, QR_COMMENT);
	test_assert_plain(c1->last->first, text[4]);
	c1 = c1->prev;
	ck_assert_int_eq(c1->kind, QR_COMMENT);
	test_assert_plain(c1->first, text[1]);
	ck_assert_int_eq(c1->last->kind, QR_COMMENT);
	test_assert_plain(c1->last->first, text[2]);
	qr_doc_free(doc);
	}
}
END_TEST

/* Comments as list items that each end with their date (Hatena Blog:
 * "* NAME id:NAME" or a guest's name, the text, the date last) */
START_TEST(test_dated_items)
{
	static const char *const who[] = { "margaret_h id:margaret_h",
	    "tobias_rid:tobias_r", "\xe3\x82\xa4\xe3\x83\x8d\xe3\x82\xb9" };
	static const char *const au[] = { "id:margaret_h", "id:tobias_r",
	    "\xe3\x82\xa4\xe3\x83\x8d\xe3\x82\xb9" };
	char		 buf[1024];
	size_t		 n;
	struct qr_doc	*doc;
	struct qr_node	*c;
	int		 k;

	n = (size_t)snprintf(buf, sizeof(buf), "Blog\n\nPost\n\n"
	    "   The post.\n     * Read more\n");
	for (k = 0; k < 3; k++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n,
		    "     * %s\n       Text %d.\n       2014-03-0%d 09:12\n",
		    who[k], k, k + 4);
	snprintf(buf + n, sizeof(buf) - n, "\n   Write a comment\n");
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	for (k = 0; k < 3; k++) {
		c = test_nth_comment(doc, (size_t)k);
		ck_assert_str_eq(c->as.comment.author, au[k]);
		ck_assert_ptr_nonnull(c->as.comment.date);
		ck_assert_int_eq(c->as.comment.date[9], '4' + k);
		snprintf(buf, sizeof(buf), "Text %d.", k);
		test_assert_plain(c, buf);
	}
	qr_doc_free(doc);
}
END_TEST

/* Z-Blog: "NAME 发表于 DATE 回复" ("published at", the reply button) as
 * one list item, the comment's text as the next item at its column,
 * replies nested deeper the same way */
START_TEST(test_header_item_text)
{
	static const char fa[] = "\xe5\x8f\x91\xe8\xa1\xa8\xe4\xba\x8e";
	static const char hui[] = "\xe5\x9b\x9e\xe5\xa4\x8d";
	char		 buf[1024];
	struct qr_doc	*doc;
	struct qr_node	*c;

	assert_author("Margaret \xe5\x8f\x91\xe8\xa1\xa8\xe4\xba\x8e "
	    "2014-03-04 09:12:00", "Margaret", "2014-03-04T09:12:00");
	assert_author("[0] Tobias\xe5\x8f\x91\xe8\xa1\xa8\xe4\xba\x8e "
	    "2014-03-04 09:12:00", "Tobias", "2014-03-04T09:12:00");
	snprintf(buf, sizeof(buf), "T\n\nPost\n\n   The post.\n"
	    "     * Comments\n\n"
	    "     * Margaret %s 2014-03-04 09:12:00 %s\n"
	    "     * What did you use?\n"
	    "          + Tobias %s 2014-03-04 11:40:00 %s\n"
	    "          + Saucers, drilled.\n\n"
	    "     * dave %s 2014-03-05 18:47:00 %s\n"
	    "     * Nice write-up.\n\n"
	    "   Leave a comment\n", fa, hui, fa, hui, fa, hui);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "Margaret");
	test_assert_plain(c->first, "What did you use?");
	ck_assert_int_eq(c->last->kind, QR_COMMENT);
	ck_assert_str_eq(c->last->as.comment.author, "Tobias");
	test_assert_plain(c->last->first, "Saucers, drilled.");
	c = test_nth_comment(doc, 2);
	ck_assert_str_eq(c->as.comment.author, "dave");
	test_assert_plain(c, "Nice write-up.");
	qr_doc_free(doc);
}
END_TEST

/* links writes a page's <link> elements first ("Link: canonical"):
 * no title, no text */
START_TEST(test_links_link_lines)
{
	struct qr_doc	*doc = test_read_text("   Link: canonical\n"
	    "   Link: alternate en\n\n   Balcony Notes\n\n   The post.\n");

	ck_assert_ptr_nonnull(doc->title);
	ck_assert_str_eq(doc->title, "Balcony Notes");
	test_assert_plain(doc->body, "The post.");
	qr_doc_free(doc);
}
END_TEST

/* Tistory: "* NAME", its profile button, the text, "2014. 3. 4. 09:12
 * 답글 3" (a date that reads as a numbered line), its buttons as items,
 * its replies as items further right */
START_TEST(test_dated_item_tree)
{
	static const char prof[] = "\xed\x94\x84\xeb\xa1\x9c\xed\x95\x84"
	    "\xec\x97\xb4\xea\xb8\xb0";
	static const char more[] = "\xeb\x8d\x94\xeb\xb3\xb4\xea\xb8\xb0";
	char		 buf[2048];
	struct qr_doc	*doc;
	struct qr_node	*c;
	struct tattr	 a;

	ck_assert_int_eq(attr(prof, &a), TA_NOISE);
	ck_assert_int_eq(attr(more, &a), TA_NOISE);
	snprintf(buf, sizeof(buf), "Blog\n\nPost\n\n   The post.\n"
	    "   8 comments\n"
	    "     * Margaret\n       %s\n       What shield?\n"
	    "       2014. 3. 4. 09:12 reply 3\n       %s\n"
	    "          + Edit\n          + Copy link\n"
	    "          + Tobias\n            %s\n            Saucers.\n"
	    "            2014. 3. 4. 11:40\n            %s\n"
	    "               o Edit\n"
	    "     * dave\n       %s\n       Nice write-up.\n"
	    "       2014. 3. 5. 18:47 reply 0\n\n"
	    "   Leave a comment\n", prof, more, prof, more, prof);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = doc->thread->first;
	ck_assert_str_eq(c->as.comment.author, "Margaret");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T09:12");
	test_assert_plain(c->first, "What shield?");
	ck_assert_int_eq(c->last->kind, QR_COMMENT);
	ck_assert_str_eq(c->last->as.comment.author, "Tobias");
	test_assert_plain(c->last, "Saucers.");
	c = c->next;
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->as.comment.author, "dave");
	test_assert_plain(c, "Nice write-up.");
	qr_doc_free(doc);
	/* w3m: the bullet alone, the name on the line under it */
	snprintf(buf, sizeof(buf), "Blog\n\nPost\n\n   The post.\n"
	    "   8 comments\n"
	    "  \xe2\x80\xa2\n    Margaret\n    %s\n    What shield?\n"
	    "    2014. 3. 4. 09:12\n"
	    "  \xe2\x80\xa2\n    Tobias\n    Saucers.\n    2014. 3. 4. 11:40\n"
	    "  \xe2\x80\xa2\n    dave\n    Nice write-up.\n"
	    "    2014. 3. 5. 18:47\n\nLeave a comment\n", prof);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "Tobias");
	test_assert_plain(c, "Saucers.");
	qr_doc_free(doc);
}
END_TEST

/* Numbered posts under their posters' profiles ("NAME Offline", a
 * rank, stats, then "#2" and the date): the profile names the next
 * post's poster and is not the post before's text (MyBB) */
START_TEST(test_post_profiles)
{
	static const char prof[] = "   Junior Member\n   Posts: 12\n"
	    "   Joined: Feb 2014\n";
	char		 buf[1024];
	struct qr_doc	*doc;
	struct qr_node	*c;

	snprintf(buf, sizeof(buf), "T\n   tobias Offline\n%s   #1\n"
	    "   03-04-2014, 09:12 AM\n   The post.\n   Find\n   Reply\n"
	    "   holloway Offline\n%s   #2\n   03-14-2014, 11:40 AM\n"
	    "   What shield?\n   Find\n   Reply\n   renner Online\n%s"
	    "   #3\n   03-04-2014, 02:05 PM\n   Saucers.\n   Find\n"
	    "   Reply\n   Hero\n   Platform\n   #4\n   03-05-2014, 08:30 AM\n"
	    "   A fan.\n", prof, prof, prof);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "holloway");
	ck_assert_str_eq(c->as.comment.date, "2014-03-14T11:40");
	test_assert_plain(c, "What shield?");
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "renner");
	test_assert_plain(c, "Saucers.");
	/* a profile without a status names no one */
	ck_assert_ptr_null(test_nth_comment(doc, 2)->as.comment.author);
	qr_doc_free(doc);
}
END_TEST

/* No heading, no list: whole headers on their lines ("NAME on DATE |
 * next [–]") over long text lines open comments; a spacer image before
 * a comment's first line ("[s.gif]  What …") is not its text */
START_TEST(test_header_lines)
{
	struct qr_doc	*doc = test_read_text("T\n\n"
	    "  I finally got around to writing up the weekend project: a small\n"
	    "  weather station on the balcony, logging temperature.\n\n"
	    "  margaretholloway on March 4, 2014 | next [\xe2\x80\x93]\n"
	    "[s.gif]  What did you use for the radiation shield in the end? I\n"
	    "  tried stacked plant saucers.\n  reply\n"
	    "  tobiasrenner on March 4, 2014 | next [\xe2\x80\x93]\n"
	    "  Stacked saucers, exactly as you describe, drilled and held together\n"
	    "  with threaded rod.\n  reply\n"
	    "  ineskowalczyk on March 5, 2014 | next [\xe2\x80\x93]\n"
	    "  Saucers are the classic answer. A small fan helps a lot if you can\n"
	    "  get power out there.\n  reply\n");
	char		*t;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "margaretholloway");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04");
	t = test_comment_text(test_nth_comment(doc, 0));
	ck_assert_str_eq(t, "What did you use for the radiation shield in the "
	    "end? I tried stacked plant saucers.");
	free(t);
	qr_doc_free(doc);
}
END_TEST

/* FC2 Blog: under a heading, each comment's title, its text and a
 * footer list "DATE", "NAME URL", "edit" (the name in the list, not
 * over the text); CJK sentence ends are no name, CJK buttons noise */
START_TEST(test_footer_name)
{
	struct qr_doc	*doc;
	const char	*s;
	int		 i;

	doc = test_read_text("T\n\n   The post.\n\nComments\n\n"
	    "No title\n\n   What did you use for the shield?\n"
	    "     * 2014/03/04(09:12)\n"
	    "     * Margaret http://holloway.example.org/\n"
	    "     * Edit\n\n"
	    "Saucers\n\n   Stacked saucers, drilled.\n"
	    "     * 2014/03/04(11:40)\n     * Tobias\n     * Edit\n\n"
	    "No title\n\n   Good to hear.\n"
	    "     * 2014/03/04(14:05)\n     * Ines\n     * Edit\n\n"
	    "Leave a comment\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Tobias");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author, "Ines");
	for (i = 0; i < 3; i++)
		ck_assert_ptr_eq(test_nth_comment(doc, i)->parent,
		    doc->thread);
	qr_doc_free(doc);
	/* "ます。", "本当？": a sentence's end; "さんね" a name */
	s = "\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82";
	ck_assert_int_eq(qr_text_name_line(s, strlen(s)), 0);
	s = "\xe6\x9c\xac\xe5\xbd\x93\xef\xbc\x9f";
	ck_assert_int_eq(qr_text_name_line(s, strlen(s)), 0);
	s = "\xe3\x81\x95\xe3\x82\x93\xe3\x81\xad";
	ck_assert_int_eq(qr_text_name_line(s, strlen(s)), 1);
	/* 回复, 編集, 답글: buttons */
	ck_assert(qr_text_noise("\xe5\x9b\x9e\xe5\xa4\x8d", 6));
	ck_assert(qr_text_noise("\xe7\xb7\xa8\xe9\x9b\x86", 6));
	ck_assert(qr_text_noise("\xeb\x8b\xb5\xea\xb8\x80", 6));
}
END_TEST

/* CSDN: "8 条评论" is a comments heading; a menu item is not a
 * comment because the post's byline under the centred title (links)
 * looks like an attribution */
START_TEST(test_cjk_heading)
{
	struct qr_doc	*doc;
	const char	*s;

	s = "8 \xe6\x9d\xa1\xe8\xaf\x84\xe8\xae\xba";
	ck_assert_int_ne(qr_text_comments_heading(s, strlen(s)), 0);
	doc = test_read_text("   Site\n     * Blog\n     * Learn\n\n"
	    "                                    A weather station\n\n"
	    "   Tobias updated 2014-03-03 20:15:00 views 1.2k\n\n"
	    "   The post's text, which is long enough to be a post.\n\n"
	    "   More of the post.\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 0);
	qr_doc_free(doc);
}
END_TEST

/* Forum and blog header shapes of the platforms added last (Blogger
 * classic, Kunena, vBulletin 4, phpBB 3, Friendica): the lines. */
START_TEST(test_forum_header_lines)
{
	struct tattr a;

	ck_assert_int_eq(attr("Margaret Holloway said...", &a), TA_AUTHOR);
	ck_assert_uint_eq(a.alen, strlen("Margaret Holloway"));
	ck_assert_int_eq(attr("Tobias said\xe2\x80\xa6", &a), TA_AUTHOR);
	ck_assert_uint_eq(a.alen, strlen("Tobias"));
	/* a sentence that trails off is no header */
	ck_assert_int_ne(attr("and then, after a long and rather tedious "
	    "afternoon in the garden, my neighbour said...", &a), TA_AUTHOR);
	/* two counts: Kunena's age */
	ck_assert_int_eq(attr("12 years 8 months ago", &a), TA_DATE);
	ck_assert_int_eq(attr("3 days 4", &a), TA_NONE);
	/* a name of several words before an age (Friendica) */
	ck_assert_int_eq(attr("Sanne de Vries 12 years ago", &a), TA_AUTHOR);
	ck_assert_uint_eq(a.alen, strlen("Sanne de Vries"));
	ck_assert_int_eq(attr("Margaret_Holloway  12_years_ago", &a),
	    TA_AUTHOR);
	ck_assert_int_ne(attr("The thing 3 days ago", &a), TA_AUTHOR);
	/* vBulletin's rows of buttons */
	ck_assert_int_eq(attr("Reply With Quote Reply With Quote Report Post",
	    &a), TA_NOISE);
	/* K2's permalink before the name (html2text: the avatar's alt) */
	assert_author("Comment_Link  [Margaret Holloway] Tuesday, 04 March "
	    "2014 09:12  Posted", "Margaret Holloway", "2014-03-04T09:12");
}
END_TEST

/* Kunena: "DATE #N by NAME" over "NAME replied the topic: SUBJECT";
 * #1 is the thread's own post */
START_TEST(test_kunena_posts)
{
	struct qr_doc	*doc = test_read_text("Forum\n\nBalcony\n\n"
	    "   12 years 8 months ago #1 by tobias\n"
	    "   tobias created the topic: Balcony\n"
	    "   The post's own text.\n   Quote\n\n"
	    "   12 years 8 months ago #2 by holloway\n"
	    "   holloway replied the topic: Re: Balcony\n"
	    "   What shield?\n   Quote\n\n"
	    "   12 years 8 months ago #3 by renner\n"
	    "   renner replied the topic: Re: Balcony\n"
	    "   Saucers.\n   Quote\n\n"
	    "   12 years 8 months ago #4 by dave_k\n"
	    "   dave_k replied the topic: Re: Balcony\n"
	    "   Nice.\n");
	char *body = test_comment_text(doc->body);

	ck_assert_str_eq(body, "The post's own text.");
	free(body);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "holloway");
	test_assert_plain(test_nth_comment(doc, 0), "What shield?");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author,
	    "dave_k");
	qr_doc_free(doc);
}
END_TEST

/* phpBB: "Post by NAME » DATE" ("Postby", "[Post]by"), the text to
 * "Top"; the first post the thread's own (its subject no "Re:") */
START_TEST(test_phpbb_posts)
{
	struct qr_doc	*doc = test_read_text("Forum\n\nBalcony\n\n"
	    "   User avatar tobias\n          Posts: 12\n\nBalcony\n\n"
	    "     * Quote\n\n"
	    "   Post by tobias \xc2\xbb Tue Mar 04, 2014 9:12 am\n"
	    "   The post's own text.\n   Top\n\n"
	    "   User avatar holloway\n          Posts: 13\n\n"
	    "Re: Balcony\n\n     * Quote\n\n"
	    "   Postby holloway \xc2\xbb Tue Mar 04, 2014 11:40 am\n"
	    "   What shield?\n   Top\n\n"
	    "   User avatar renner\n          Posts: 14\n\n"
	    "Re: Balcony\n\n     * Quote\n\n"
	    "   Post by renner \xc2\xbb Wed Mar 05, 2014 8:30 am\n"
	    "   Nice write-up.\n\n"
	    "   tobias wrote:Direct sun on a plastic box\n   is a problem\n\n"
	    "   Top\n\n   Powered by phpBB\n");
	struct qr_node	*c;
	char		*body = test_comment_text(doc->body);

	ck_assert_str_eq(body, "The post's own text.");
	free(body);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "holloway");
	ck_assert_str_eq(c->as.comment.date, "2014-03-04T11:40");
	test_assert_plain(c, "What shield?");
	c = test_nth_comment(doc, 1);
	ck_assert_str_eq(c->as.comment.author, "renner");
	test_assert_plain(c->first, "Nice write-up.");
	ck_assert_int_eq(c->last->kind, QR_QUOTE);
	test_assert_plain(c->last, "Direct sun on a plastic box is a problem");
	qr_doc_free(doc);
}
END_TEST

/* vBulletin 4: "N. DATE #N", the poster's profile to "Re: SUBJECT" */
START_TEST(test_vbulletin_posts)
{
	char		 buf[2048];
	size_t		 n = 0;
	int		 k;
	struct qr_doc	*doc;
	struct qr_node	*c;

	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "Forum\n\nBalcony\n\n");
	for (k = 1; k <= 3; k++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n,
		    "    %d. 03-0%d-2014, 11:40 AM #%d\n       user%d\n"
		    "          + View Profile\n       user%d is offline\n"
		    "       Junior Member\n\n        Posts\n                1%d\n\n"
		    "Re: Balcony\n\n     Text %d.\n"
		    "     Quote Originally Posted by tobias View Post\n"
		    "       Reply With Quote Reply With Quote Report Post\n"
		    "         ____________________________________\n\n",
		    k, k, k, k, k, k, k);
	doc = test_read_text(buf);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	c = test_nth_comment(doc, 0);
	ck_assert_str_eq(c->as.comment.author, "user2");
	test_assert_plain(c, "Text 2. Originally Posted by tobias");
	qr_doc_free(doc);
}
END_TEST

/* Slash in lynx: a bare bullet over the subject at the margin, the
 * score under it, then "by NAME"; the bullets nest */
START_TEST(test_slash_lynx)
{
	struct qr_doc	*doc = test_read_text("Slashdot\n\nStory\n\n"
	    "   Posted by msmash on Monday March 03, 2014 @08:15PM from the\n"
	    "   saucers dept.\n   The story's text, long enough for a "
	    "paragraph of its own.\n\n     *\n\nRadiation shield\n"
	    "       (Score:5, Informative)\n"
	    "       by margaret (18501) on Tuesday March 04, 2014 @09:12AM "
	    "(#46000473)\n       What shield?\n       Reply to This\n"
	    "          +\n\nRe:Radiation shield\n            (Score:4, Funny)\n"
	    "            by tobias (18427) on Tuesday March 04, 2014 @11:40AM\n"
	    "            (#46000471)\n            Saucers.\n"
	    "            Reply to This\n     *\n\nRain gauge\n"
	    "       (Score:5, Interesting)\n"
	    "       by sanne (1) on Wednesday March 05, 2014 @06:47PM\n"
	    "       (#46000474)\n       A bucket.\n       Reply to This\n");
	struct qr_node	*c;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 2);
	c = doc->thread->first;
	ck_assert_str_eq(c->as.comment.author, "margaret");
	test_assert_plain(c->first, "What shield?");
	ck_assert_str_eq(c->last->as.comment.author, "tobias");
	test_assert_plain(c->last, "Saucers.");
	qr_doc_free(doc);
}
END_TEST

/* Drupal 7's subject cut at a word, K2's "Posted by NAME" wrapped:
 * neither is text */
START_TEST(test_subject_and_wrapped_by)
{
	struct qr_doc	*doc = test_read_text("Blog\n\nPost\n\n   The post.\n\n"
	    "Comments\n\n   Margaret Holloway\n\n   Tue, 03/04/2014 - 09:12\n\n"
	    "   Permalink\n\nWhat did you use for the\n\n"
	    "   What did you use for the shield in the end?\n     * reply\n\n"
	    "   Tobias Renner\n\n   Tue, 03/04/2014 - 11:40\n\n"
	    "   Permalink\n\nStacked saucers, exactly as\n\n"
	    "   Stacked saucers, exactly as you describe.\n     * reply\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	test_assert_plain(test_nth_comment(doc, 0),
	    "What did you use for the shield in the end?");
	qr_doc_free(doc);
	doc = test_read_text("Blog\n\nPost\n\n   The post.\n\n8 comments\n\n"
	    "     * Comment Link Margaret Holloway Tuesday, 04 March 2014 "
	    "09:12 Posted\n       by Margaret Holloway\n       What shield?\n"
	    "       Report\n"
	    "     * Comment Link Tobias Renner Tuesday, 04 March 2014 11:40 "
	    "Posted by Tobias\n       Renner\n       Saucers.\n       Report\n");
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret Holloway");
	test_assert_plain(test_nth_comment(doc, 0), "What shield?");
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.author,
	    "Tobias Renner");
	test_assert_plain(test_nth_comment(doc, 1), "Saucers.");
	qr_doc_free(doc);
}
END_TEST

/* html2text's Friendica: each comment's header a heading "** NAME
 * 12_years_ago  **" (spaces inside the stars), under the avatar's alt;
 * "Like   Comment" (NBSPs before the words) a row of buttons */
START_TEST(test_starred_name_age)
{
	struct qr_doc	*doc = test_read_text("\nSite\n**** Saved_Folders ****\n"
	    "*** A_weather_station ***\n\nThe post, long enough to be one.\n"
	    "  Like   Comment\n[Margaret_Holloway]\n"
	    "** Margaret_Holloway  12_years_ago  **\n"
	    "What did you use for the radiation shield in the end? I tried\n"
	    "  \xc2\xa0Like  \xc2\xa0" "Comment\n[Tobias_Renner]\n"
	    "** Tobias_Renner  12_years_ago  **\n"
	    "Stacked saucers, exactly as you describe, drilled and held together\n"
	    "  \xc2\xa0Like  \xc2\xa0" "Comment\n[Ines_Kowalczyk]\n"
	    "** Ines_Kowalczyk  12_years_ago  **\n"
	    "Saucers are the classic answer. A small fan helps a lot if you can\n"
	    "  \xc2\xa0Like  \xc2\xa0" "Comment\n");
	struct tattr	 a;

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret Holloway");
	ck_assert_str_eq(test_nth_comment(doc, 2)->as.comment.author,
	    "Ines Kowalczyk");
	test_assert_plain(test_nth_comment(doc, 1), "Stacked saucers, exactly "
	    "as you describe, drilled and held together");
	qr_doc_free(doc);
	ck_assert_int_eq(attr("Like Comment", &a), TA_NOISE);
	ck_assert_int_eq(attr("Comment", &a), TA_NONE);
}
END_TEST

/* html2text's Textpattern: each comment a numbered item whose header is
 * a heading padded inside its stars ("1. ***   NAME    #  ***"), its
 * date under it */
START_TEST(test_starred_items)
{
	struct qr_doc	*doc = test_read_text("\n****** Journal ******\n"
	    "****** A_weather_station ******\nThe post, long enough.\n"
	    "**** Comments ****\n"
	    "   1. ***   Margaret_Holloway    #  ***\n"
	    "       4 March 2014 (2 days ago)\n      What shield?\n"
	    "   2. ***   Sanne_de_Vries    #  ***\n"
	    "       6 March 2014 (2 days ago)\n      A tipping bucket.\n"
	    "   3. ***   Tobias Renner    #  ***\n"
	    "       7 March 2014 (2 days ago)\n      Thanks.\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_int_eq(strncmp(test_nth_comment(doc, 1)->as.comment.author,
	    "Sanne de Vries ", 15), 0);
	ck_assert_str_eq(test_nth_comment(doc, 1)->as.comment.date,
	    "2014-03-06");
	test_assert_plain(test_nth_comment(doc, 0), "What shield?");
	test_assert_plain(test_nth_comment(doc, 2), "Thanks.");
	qr_doc_free(doc);
	/* words, not spaces, count */
	ck_assert_int_eq(qr_text_name_line("Sanne de Vries    #", 19), 1);
	ck_assert_int_eq(qr_text_name_line("a b c d e f g", 13), 0);
}
END_TEST

/* html2text's HashOver: names with no blank line under them, each
 * comment's footer its date and buttons; the first name right under
 * the section's heading */
START_TEST(test_footer_first_name)
{
	struct qr_doc	*doc = test_read_text("\n****** Log ******\n"
	    "***** A weather station *****\nThe post, long enough.\n"
	    "Showing 3 Comments\nMargaret_Holloway\nWhat shield?\n"
	    " March_4,_2014_9:12_AM   Like Reply\n\n\n"
	    "Tobias Renner In_reply_to_Margaret_Holloway\nSaucers.\n"
	    " March_4,_2014_11:40_AM   Like Reply\n\n\n"
	    "Ines Kowalczyk\nA fan.\n"
	    " March_5,_2014_8:30_AM   Like Reply\n");

	ck_assert_uint_eq(qr_doc_count_comments(doc), 3);
	ck_assert_uint_eq(test_top_level(doc), 2);
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.author,
	    "Margaret Holloway");
	ck_assert_str_eq(test_nth_comment(doc, 0)->as.comment.date,
	    "2014-03-04T09:12");
	ck_assert_ptr_eq(test_nth_comment(doc, 1)->parent,
	    test_nth_comment(doc, 0));
	test_assert_plain(test_nth_comment(doc, 0), "What shield?");
	test_assert_plain(test_nth_comment(doc, 2), "A fan.");
	qr_doc_free(doc);
}
END_TEST

Suite *
suite_textplat(void)
{
	Suite	*s = suite_create("textplat");
	TCase	*tc = tcase_create("rules");

	tcase_add_test(tc, test_date_then_name);
	tcase_add_test(tc, test_ambiguous_numeric);
	tcase_add_test(tc, test_from_name);
	tcase_add_test(tc, test_dumps);
	tcase_add_test(tc, test_inner_replies);
	tcase_add_test(tc, test_says_over_date);
	tcase_add_test(tc, test_left_text);
	tcase_add_test(tc, test_name_label);
	tcase_add_test(tc, test_button_rows);
	tcase_add_test(tc, test_item_names);
	tcase_add_test(tc, test_name_age);
	tcase_add_test(tc, test_stray_quote);
	tcase_add_test(tc, test_footer_line);
	tcase_add_test(tc, test_yearless);
	tcase_add_test(tc, test_ruled_posts);
	tcase_add_test(tc, test_post_profiles);
	tcase_add_test(tc, test_header_lines);
	tcase_add_test(tc, test_footer_name);
	tcase_add_test(tc, test_cjk_heading);
	tcase_add_test(tc, test_date_over_name);
	tcase_add_test(tc, test_post_panes);
	tcase_add_test(tc, test_dated_numbers);
	tcase_add_test(tc, test_glued_age);
	tcase_add_test(tc, test_reply_to_lines);
	tcase_add_test(tc, test_starred_name_age);
	tcase_add_test(tc, test_starred_items);
	tcase_add_test(tc, test_footer_first_name);
	tcase_add_test(tc, test_dated_items);
	tcase_add_test(tc, test_header_item_text);
	tcase_add_test(tc, test_links_link_lines);
	tcase_add_test(tc, test_dated_item_tree);
	tcase_add_test(tc, test_forum_header_lines);
	tcase_add_test(tc, test_kunena_posts);
	tcase_add_test(tc, test_phpbb_posts);
	tcase_add_test(tc, test_vbulletin_posts);
	tcase_add_test(tc, test_slash_lynx);
	tcase_add_test(tc, test_subject_and_wrapped_by);
	suite_add_tcase(s, tc);
	return s;
}
