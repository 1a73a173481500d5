/*
 * check_html_dates.c -- which date the HTML reader gives a comment
 * when the page shows it in more than one place: a tooltip's full date
 * against a visible age, a date-only datetime against a visible date
 * with its time, a date and its time in two elements, and a datetime
 * under class names that the platform's profile does not know.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "dates.h"

/* A WordPress page whose two comments carry "meta1" and "meta2" in
 * their footers; comment k's date, or NULL. */
static char *
dates_of(const char *meta1, const char *meta2)
{
	static const char head[] =
	    "<html><head><title>Tomatoes</title></head><body><article>"
	    "<div class='entry-content'><p>Plant them deep.</p></div>"
	    "</article><div id=comments><ol class='comment-list'>";
	static const char item[] =
	    "<li id='comment-%d' class='comment depth-1'>"
	    "<article class='comment-body'><footer class='comment-head'>"
	    "<div class='comment-author vcard'><b class='fn'>Ann%d</b>"
	    "</div>%s</footer><div class='comment-content'><p>Comment "
	    "number %d.</p></div></article></li>";
	char		*page, *res;
	size_t		 len;
	struct qr_doc	*doc;
	struct qr_node	*a, *b;

	len = sizeof(head) + 2 * sizeof(item) + strlen(meta1) +
	    strlen(meta2) + 64;
	page = malloc(len);
	ck_assert_ptr_nonnull(page);
	len = (size_t)snprintf(page, len, "%s", head);
	len += (size_t)sprintf(page + len, item, 1, 1, meta1, 1);
	len += (size_t)sprintf(page + len, item, 2, 2, meta2, 2);
	strcpy(page + len, "</ol></div></body></html>");
	doc = test_read(page, QR_IN_HTML);
	free(page);
	ck_assert_uint_eq(qr_doc_count_comments(doc), 2);
	a = test_nth_comment(doc, 0);
	b = test_nth_comment(doc, 1);
	/* "date1|date2", "-" for none */
	len = 2 * QR_DATE_MAX + 2;
	res = malloc(len);
	ck_assert_ptr_nonnull(res);
	snprintf(res, len, "%s|%s",
	    a->as.comment.date ? a->as.comment.date : "-",
	    b->as.comment.date ? b->as.comment.date : "-");
	qr_doc_free(doc);
	return res;
}

static void
dates_are(const char *meta1, const char *meta2, const char *want)
{
	char *got = dates_of(meta1, meta2);

	ck_assert_str_eq(got, want);
	free(got);
}

/* A tooltip with a full date beats a visible age (Lemmy's
 * data-tippy-content, title, aria-label). */
START_TEST(tooltip_beats_age)
{
	dates_are(
	    "<span class='comment-date' data-tippy-content='2014-03-04 "
	    "09:12'>3d</span>",
	    "<span class='comment-date' title='March 5, 2014 at 8:30 am'>"
	    "2 days ago</span>",
	    "2014-03-04T09:12|2014-03-05T08:30");
	dates_are(
	    "<span class='comment-date' aria-label='Reply to Ann'>"
	    "March 4, 2014</span>",
	    "<span class='comment-date' data-original-title='5 March "
	    "2014 18:47'>yesterday</span>",
	    "2014-03-04|2014-03-05T18:47");
	/* the tooltip on an element inside the date's */
	dates_are(
	    "<a class='comment-date' href='#comment-1'><span title='March "
	    "4, 2014 at 9:12 am'>3d</span></a>",
	    "<a class='comment-date' href='#comment-2'><abbr "
	    "data-tooltip='2014-03-05T08:30:00Z'>2d</abbr></a>",
	    "2014-03-04T09:12|2014-03-05T08:30:00Z");
	/* an age alone has no date */
	dates_are("<span class='comment-date' title='3 days ago'>3d</span>",
	    "<span class='comment-date'>2 days ago</span>", "-|-");
}
END_TEST

/* datetime="2020-12-24" with "December 24, 2020 at 3:53 am" shown: the
 * shown time is more precise; a shown day that differs is not taken. */
START_TEST(shown_time_of_datetime)
{
	dates_are(
	    "<a href='#comment-1'><time datetime='2020-12-24'>December 24, "
	    "2020 at 3:53 am:</time></a>",
	    "<a href='#comment-2'><time datetime='2020-12-24'>December 25, "
	    "2020 at 3:53 am</time></a>",
	    "2020-12-24T03:53|2020-12-24");
	/* a full datetime stays as it is */
	dates_are(
	    "<time datetime='2020-12-24T10:00:00+01:00'>December 24, 2020 "
	    "at 3:53 am</time>",
	    "<time datetime='2020-12-24T10:00'>December 24, 2020</time>",
	    "2020-12-24T10:00:00+01:00|2020-12-24T10:00");
}
END_TEST

/* Drupal's <li class="date"> then <li class="time">: one date. */
START_TEST(date_then_time)
{
	dates_are(
	    "<ul class='links'><li class='date'><span>April 5, 2018</span>"
	    "</li><li class='time'><span>6:32 PM</span></li></ul>",
	    "<ul class='links'><li class='date'><span>April 6, 2018</span>"
	    "</li><li class='reply'><a href='#'>Reply</a></li></ul>",
	    "2018-04-05T18:32|2018-04-06");
	/* what follows is another date, not a time */
	dates_are(
	    "<ul><li class='date'>April 5, 2018</li><li>May 1, 2018</li>"
	    "</ul>",
	    "<ul><li class='date'>April 6, 2018</li><li>12</li></ul>",
	    "2018-04-05|2018-04-06");
}
END_TEST

/* Plume's p.dt-published under WordPress class names: the comment's
 * own element with a datetime. */
START_TEST(datetime_anywhere)
{
	dates_are(
	    "<p class='dt-published' datetime='2014-03-04 09:12:00'>"
	    "<a class='u-url' href='/c/1'>March  4, 2014 09:12</a></p>",
	    "<p class='x' datetime='not a date'>soon</p>",
	    "2014-03-04T09:12:00|-");
}
END_TEST

Suite *
suite_html_dates(void)
{
	Suite	*s = suite_create("html_dates");
	TCase	*tc = tcase_create("pick");

	tcase_add_test(tc, tooltip_beats_age);
	tcase_add_test(tc, shown_time_of_datetime);
	tcase_add_test(tc, date_then_time);
	tcase_add_test(tc, datetime_anywhere);
	suite_add_tcase(s, tc);
	return s;
}
