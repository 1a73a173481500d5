/*
 * check_text_head.c -- the post's header in plain-text dumps
 * (text_head.c through the text reader): the dumpers' lead-in lines
 * skipped, the title from each heading shape or next to a byline, the
 * byline's author and date, and the body starting after the header.
 */
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "text.h"

/* A paragraph long enough to count as the post's first (text_head.c's
 * PROSE_BYTES) */
#define PARA \
	"The moss grew on every wall of the old town that spring, and we\n" \
	"went out each morning to look at it with a lens and a notebook,\n" \
	"writing down the shapes and the colours of what we found there.\n" \
	"By the end of May the notebook was full and the walls were green.\n"

static void
check_head(const char *dump, const char *title, const char *author,
    const char *date, const char *in_body, const char *not_in_body)
{
	struct qr_doc	*doc = test_read_text(dump);
	char		*body = test_comment_text(doc->body);

	ck_assert_str_eq(doc->title, title);
	if (author == NULL)
		ck_assert_ptr_null(doc->author);
	else
		ck_assert_str_eq(doc->author, author);
	if (date == NULL)
		ck_assert_ptr_null(doc->date);
	else
		ck_assert_str_eq(doc->date, date);
	if (in_body != NULL)
		ck_assert_msg(strstr(body, in_body) != NULL, "body lacks %s: %s",
		    in_body, body);
	if (not_in_body != NULL)
		ck_assert_msg(strstr(body, not_in_body) == NULL,
		    "body has %s: %s", not_in_body, body);
	free(body);
	qr_doc_free(doc);
}

/* gen-thread's layout: skip-link, site, tagline, menu, byline, title */
START_TEST(test_byline_over_title)
{
	check_head("Skip to content\n\nLantern Log\n\nNotes & rants\n\n"
	    "Menu\n  * Home\n  * About\n\n"
	    "Posted on May 1, 2014 by In\xc3\xa8s Laurent\n\n"
	    "A Field Guide to Urban Moss\n\n" PARA,
	    "A Field Guide to Urban Moss", "In\xc3\xa8s Laurent", "2014-05-01",
	    "every wall", "Posted on");
}
END_TEST

/* title, then "By NAME, DATE" under it */
START_TEST(test_title_over_by)
{
	check_head("My Site\n\n  * Home\n  * Blog\n\n"
	    "Why Lichens Matter\n\nBy Jane Doe, March 3, 2020\n\n" PARA,
	    "Why Lichens Matter", "Jane Doe", "2020-03-03", "every wall",
	    "Jane Doe");
}
END_TEST

/* "NAME · DATE" */
START_TEST(test_name_dot_date)
{
	check_head("Site\n\n  * Home\n\nA Walk in the Rain\n\n"
	    "Jane Doe \xc2\xb7 June 5, 2019\n\n" PARA,
	    "A Walk in the Rain", "Jane Doe", "2019-06-05", "every wall", NULL);
}
END_TEST

/* a lone headline over the one next to the byline: title and its dek,
 * the dek kept in the body */
START_TEST(test_dek)
{
	check_head("Site\n\n  * Home\n\nCourt Rules on Moss\n\n"
	    "A landmark decision for gardeners\n\n"
	    "By Jane Doe, August 14, 2020\n\n" PARA,
	    "Court Rules on Moss", "Jane Doe", "2020-08-14",
	    "landmark decision", NULL);
}
END_TEST

/* lynx: the "#..." link list, a column-0 heading among lines at 3 */
START_TEST(test_lynx_heading)
{
	check_head("   #alternate alternate\n   Blog \xc2\xbb Feed\n\n"
	    "   Site Name\n     * Home\n     * About\n     * Contact\n"
	    "   Search\n   Subscribe\n   Archives\n   Tags\n\n"
	    "Moss in the City\n\n"
	    "   The moss grew on every wall of the old town that spring, and\n"
	    "   we went out each morning to look at it with a lens and a book,\n"
	    "   writing down the shapes and the colours of what we found.\n"
	    "   More about the moss and the walls and the town in the spring.\n",
	    "Moss in the City", NULL, NULL, "every wall", "Site Name");
}
END_TEST

/* html2text's <h1>, wrapped over two lines */
START_TEST(test_html2text_h1)
{
	check_head("[Logo]\n\n  * Home\n\n****** A Very Long Title About Moss "
	    "That\nWraps ******\n\n" PARA,
	    "A Very Long Title About Moss That Wraps", NULL, NULL, "every wall",
	    "******");
}
END_TEST

/* links' "Link:" lines and a translated skip-link are not the title;
 * with no heading shape and no byline, the line alone before the first
 * paragraph is */
START_TEST(test_links_lead_in)
{
	check_head("   Link: canonical\n   Link: amphtml\n"
	    "   Zum Inhalt springen\n\n   Mein Blog\n     * Start\n\n"
	    "   Moos in der Stadt im Fr\xc3\xbchling\n\n" PARA,
	    "Moos in der Stadt im Fr\xc3\xbchling", NULL, NULL, "every wall",
	    "Link:");
}
END_TEST

/* lynx: a short one-word heading (a sidebar's "Previous") before the
 * first paragraph is not the title */
START_TEST(test_lynx_short_heading)
{
	check_head("   #alternate\n\n   Site Name\n     * Home\n     * About\n"
	    "   Search\n   Subscribe\n   Archives\n   Tags\n\n"
	    "Moss in the City\n\n   two min read\n   tags moss\n\n"
	    "Previous\n\n   Older post\n\n"
	    "   The moss grew on every wall of the old town that spring, and\n"
	    "   we went out each morning to look at it with a lens and a book,\n"
	    "   writing down the shapes and the colours of what we found.\n"
	    "   More about the moss and the walls and the town in the spring.\n",
	    "Moss in the City", NULL, NULL, "every wall", NULL);
}
END_TEST

/* "Categorized as ..." over the byline is not the title */
START_TEST(test_category_line)
{
	check_head("Site\n\n  * Home\n\nA Walk Among the Moss\n\n"
	    "Categorized as Nature\n\nBy Jane Doe\n\n" PARA,
	    "A Walk Among the Moss", "Jane Doe", NULL, "every wall", NULL);
}
END_TEST

/* nothing found: the first line after the lead-in, as before */
START_TEST(test_no_header)
{
	check_head("Skip to content\n\nJust a note\nshort text here\n",
	    "Just a note", NULL, NULL, "short text", NULL);
}
END_TEST

START_TEST(test_byline_forms)
{
	static const struct {
		const char	*s, *author, *date;
	} t[] = {
		{ "Posted on May 1, 2014 by Jo Ann", "Jo Ann", "2014-05-01" },
		{ "Ver\xc3\xb6" "ffentlicht am 3. M\xc3\xa4rz 2020 von Max Muster",
		    "Max Muster", "2020-03-03" },
		{ "By Jane Doe", "Jane Doe", NULL },
		{ "By Jane Doe on June 5, 2019", "Jane Doe", "2019-06-05" },
		{ "Jane Doe \xc2\xb7 June 5, 2019", "Jane Doe", "2019-06-05" },
	};
	static const char *const no[] = { "By the river we sat 12 times",
	    "Posted in News", "Jane Doe", "June 5, 2019", "" };
	struct tattr	a;
	size_t		i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		ck_assert_msg(qr_text_byline(t[i].s, strlen(t[i].s), &a), "%s",
		    t[i].s);
		ck_assert_uint_eq(a.alen, strlen(t[i].author));
		ck_assert(memcmp(a.author, t[i].author, a.alen) == 0);
		if (t[i].date != NULL)
			ck_assert_str_eq(a.date, t[i].date);
		else
			ck_assert_int_eq(a.has_date, 0);
	}
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		ck_assert_msg(!qr_text_byline(no[i], strlen(no[i]), &a), "%s",
		    no[i]);
}
END_TEST

Suite *
suite_text_head(void)
{
	Suite	*s = suite_create("text_head");
	TCase	*tc = tcase_create("text_head");

	tcase_add_test(tc, test_byline_over_title);
	tcase_add_test(tc, test_title_over_by);
	tcase_add_test(tc, test_name_dot_date);
	tcase_add_test(tc, test_dek);
	tcase_add_test(tc, test_lynx_heading);
	tcase_add_test(tc, test_html2text_h1);
	tcase_add_test(tc, test_links_lead_in);
	tcase_add_test(tc, test_no_header);
	tcase_add_test(tc, test_lynx_short_heading);
	tcase_add_test(tc, test_category_line);
	tcase_add_test(tc, test_byline_forms);
	suite_add_tcase(s, tc);
	return s;
}
