/*
 * check_dates.c -- ISO 8601 from attributes (qr_date_from_iso) and from
 * the dates pages show (qr_date_from_text), including every comment
 * date of the real-page corpus.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"
#include "testutil.h"
#include "internal.h"
#include "dates.h"

#define CORPUS_DATES	"tests/data/corpus-dates.tsv"

/* qr_date_from_text(s) must give "want" (NULL: must refuse). */
static void
text_is(const char *s, const char *want)
{
	char	out[QR_DATE_MAX] = "untouched";
	int	r = qr_date_from_text(s, out);

	if (want == NULL) {
		ck_assert_msg(r == 0, "'%s' gave '%s', wanted none", s, out);
		ck_assert_str_eq(out, "untouched");
	} else {
		ck_assert_msg(r == 1, "'%s' gave none, wanted '%s'", s, want);
		ck_assert_msg(strcmp(out, want) == 0, "'%s' gave '%s', "
		    "wanted '%s'", s, out, want);
	}
}

/* conv(s) must give "want" (NULL: must refuse, out untouched). */
static void
conv_is(int (*conv)(const char *, char[QR_DATE_MAX]), const char *s,
    const char *want)
{
	char	out[QR_DATE_MAX] = "untouched";
	int	r = conv(s, out);

	if (want == NULL) {
		ck_assert_msg(r == 0, "'%s' gave '%s', wanted none", s, out);
		ck_assert_str_eq(out, "untouched");
	} else {
		ck_assert_msg(r == 1, "'%s' gave none, wanted '%s'", s, want);
		ck_assert_str_eq(out, want);
	}
}

static void
iso_is(const char *s, const char *want)
{
	conv_is(qr_date_from_iso, s, want);
}

START_TEST(test_iso)
{
	iso_is("2017-02-15", "2017-02-15");
	iso_is(" 2017-02-15T09:12:00+00:00 ", "2017-02-15T09:12:00+00:00");
	iso_is("2017-02-15 09:12", "2017-02-15T09:12");
	iso_is("2017-02-15T09:12:00.123Z", "2017-02-15T09:12:00Z");
	iso_is("2023-11-06T11:41:00+0100", "2023-11-06T11:41:00+01:00");
	iso_is("2017-02-15T09:12-05", "2017-02-15T09:12-05:00");
	/* leap years: 2016 and 2000 are, 2017 and 1900 are not */
	iso_is("2016-02-29", "2016-02-29");
	iso_is("2000-02-29", "2000-02-29");
	iso_is("2017-02-29", NULL);
	iso_is("1900-02-29", NULL);
	iso_is("2017-04-31", NULL);
	iso_is("2017-13-01", NULL);
	iso_is("2017-00-10", NULL);
	iso_is("2017-02-15T24:00", NULL);
	iso_is("2017-02-15T09:60", NULL);
	iso_is("2017-02-15T09:12+15:00", NULL);
	iso_is("2017-02-15 and more", NULL);
	iso_is("17-02-15", NULL);
	iso_is("", NULL);
	iso_is("comment_date", NULL);	/* the Epoch placeholder */
}
END_TEST

/* A Unix time in seconds or milliseconds (Kinja's data-publishtime),
 * in UTC; other numbers are not dates. */
static void
epoch_is(const char *s, const char *want)
{
	conv_is(qr_date_from_epoch, s, want);
}

START_TEST(test_epoch)
{
	epoch_is("1425916025643", "2015-03-09T15:47:05Z");
	epoch_is("1425916025", "2015-03-09T15:47:05Z");
	epoch_is("1703102996", "2023-12-20T20:09:56Z");
	epoch_is("1000000000", "2001-09-09T01:46:40Z");
	epoch_is("1709164800", "2024-02-29T00:00:00Z");	/* leap day */
	epoch_is("4102444800", "2100-01-01T00:00:00Z");
	epoch_is("951782400", NULL);		/* 9 digits */
	epoch_is("0999999999", NULL);		/* before 2001 */
	epoch_is("14259160256", NULL);		/* 11 digits */
	epoch_is("1425916025x", NULL);
	epoch_is("", NULL);
}
END_TEST

START_TEST(test_text_english)
{
	text_is("February 15, 2017 at 9:12 am", "2017-02-15T09:12");
	text_is("15 February 2017 at 09:12", "2017-02-15T09:12");
	text_is("Feb 15, 2017", "2017-02-15");
	text_is("Feb. 15th, 2017", "2017-02-15");
	text_is("Tuesday, February 15, 2017 9:12 PM", "2017-02-15T21:12");
	text_is("December 24, 2020 at 3:53 am:", "2020-12-24T03:53");
	text_is("November 19, 2019, 6:21 AM EST", "2019-11-19T06:21");
	text_is("Thu, 08 May 2014 14:04:53 -0400",
	    "2014-05-08T14:04:53-04:00");
	text_is("15-Feb-2017 10:00 UTC", "2017-02-15T10:00Z");
	text_is("Feb 15, 2017 9:12 p.m.", "2017-02-15T21:12");
	text_is("9:12 pm, February 15, 2017", "2017-02-15T21:12");
	text_is("Dec 28 Sat 2013 00:28", "2013-12-28T00:28");
}
END_TEST

START_TEST(test_text_german_french_spanish)
{
	text_is("15. Februar 2017 um 09:12", "2017-02-15T09:12");
	text_is("März 7, 2018", "2018-03-07");
	text_is("MÄRZ 7, 2018", "2018-03-07");
	text_is("7. März 2018", "2018-03-07");
	text_is("15.02.2017 um 09:12 Uhr", "2017-02-15T09:12");
	text_is("15.02.2017, 09:12", "2017-02-15T09:12");
	text_is("1.2.2017", "2017-02-01");
	text_is("06.11.2023, 13.47 Uhr", "2023-11-06T13:47");
	text_is("18. Oktober 2023 - 13:11", "2023-10-18T13:11");
	text_is("Do 9 Apr 2020 / 20:50", "2020-04-09T20:50");
	text_is("Freitag, 5. Juni 2015", "2015-06-05");
	text_is("3. Jänner 2019 um 9 Uhr", "2019-01-03T09:00");
	/* German "am" after a 24-hour time is not a.m. */
	text_is("19. Juni 2018 um 20:41 Uhr am Sonntag", "2018-06-19T20:41");
	text_is("1er mars 2017 à 14h30", "2017-03-01T14:30");
	text_is("15 février 2017", "2017-02-15");
	text_is("26 abril 2022 a las 18:21", "2022-04-26T18:21");
	text_is("15 de febrero de 2017", "2017-02-15");
	text_is("15 febbraio 2017 alle 9:12", "2017-02-15T09:12");
	text_is("15 maart 2017 om 09:12", "2017-03-15T09:12");
	text_is("15 de março de 2017 às 09:12", "2017-03-15T09:12");
	text_is("2014/01/01 20:31", "2014-01-01T20:31");
	text_is("於 2014/01/01 20:31 回覆", "2014-01-01T20:31");
	text_is("2017年2月15日", "2017-02-15");
}
END_TEST

START_TEST(test_text_edges)
{
	/* 12 am is midnight, 12 pm is noon */
	text_is("February 15, 2017 at 12:05 am", "2017-02-15T00:05");
	text_is("February 15, 2017 at 12:05 pm", "2017-02-15T12:05");
	text_is("February 15, 2017 at 12 am", "2017-02-15T00:00");
	/* a time no clock shows: the date alone */
	text_is("February 15, 2017 at 13:05 pm", "2017-02-15");
	text_is("February 15, 2017 at 0:05 am", "2017-02-15");
	text_is("February 15, 2017 at 25:05", "2017-02-15");
	/* February 29 only in leap years; no 31st of April */
	text_is("February 29, 2016", "2016-02-29");
	text_is("29. Februar 2016 um 23:59", "2016-02-29T23:59");
	text_is("February 29, 2017", NULL);
	text_is("29.02.2100", NULL);
	text_is("April 31, 2017", NULL);
	text_is("32.01.2017", NULL);
	text_is("February 0, 2017", NULL);
	/* ambiguous, relative, incomplete: no date */
	text_is("02/03/2017", NULL);
	text_is("02-03-2017 10:00", NULL);
	text_is("vor 8 Stunden", NULL);
	text_is("#1.1 — vor 8 Stunden", NULL);
	text_is("2 hours ago", NULL);
	text_is("yesterday at 9:12 pm", NULL);
	text_is("Jun 20th at 2:41 am", NULL);
	text_is("February 2017", NULL);
	text_is("15.02.17", NULL);
	text_is("version 1.2.2017.4", NULL);
	text_is("", NULL);
	text_is("12:30", NULL);
	/* one reading impossible: not ambiguous */
	text_is("15/02/2017", "2017-02-15");
	text_is("02/15/2017", "2017-02-15");
	text_is("05/05/2017", "2017-05-05");
	/* a weekday before it settles the order when only one reading
	 * falls on that day (Drupal's "D, m/d/Y - H:i"): March 4 2014
	 * was a Tuesday, April 3 a Thursday */
	text_is("Tue, 03/04/2014 - 09:12", "2014-03-04T09:12");
	text_is("Thu, 03/04/2014 - 09:12", "2014-04-03T09:12");
	text_is("Sun 29/02/2032", "2032-02-29");
	text_is("Mon, 03/04/2014", NULL);
	text_is("Submitted by Ann on Wed, 03/05/2014 - 18:47",
	    "2014-03-05T18:47");
	text_is("Fri 03/04/2014", NULL);
	/* among other words: one date only */
	text_is("Tom Becker on 3 November 2024 at 10:02 am said",
	    "2024-11-03T10:02");
	text_is("Posted 15 Feb 2017, edited 16 Feb 2017", NULL);
	text_is("15 Feb 2017, again 15.02.2017 at 9:30", "2017-02-15T09:30");
	text_is("on 15 Feb 2017 (see 02/03/2017)", NULL);
	/* hostile bytes */
	text_is("\xff\xfe 15.02.2017 \xc3", "2017-02-15");
	text_is(NULL, NULL);
}
END_TEST

static void
near_is(const char *s, const char *ref, const char *want)
{
	char	out[QR_DATE_MAX] = "untouched";
	int	r = qr_date_from_text_near(s, ref, out);

	if (want == NULL)
		ck_assert_msg(r == 0 && strcmp(out, "untouched") == 0,
		    "'%s' near '%s' gave '%s', wanted none", s, ref, out);
	else
		ck_assert_msg(r == 1 && strcmp(out, want) == 0,
		    "'%s' near '%s' gave '%s', wanted '%s'", s, ref,
		    r ? out : "none", want);
}

/* Dates without a year take it from the post's date. */
START_TEST(test_text_near)
{
	/* wordpresscom-diverse: the post is of 2019-06-19 */
	near_is("Jun 20th at 2:41 am", "2019-06-19T19:38:08+00:00",
	    "2019-06-20T02:41");
	near_is("Jun 19th at 7:29 am", "2019-06-19T19:38:08+00:00",
	    "2019-06-19T07:29");
	/* a day before the post's is in the next year */
	near_is("Jan 3rd at 1:00 pm", "2019-12-30", "2020-01-03T13:00");
	near_is("20. Juni um 10:00", "2018-06-19", "2018-06-20T10:00");
	near_is("3 mars", "2018-06-19", "2019-03-03");
	/* a year shown wins; no Feb 29 in 2019 */
	near_is("February 15, 2017", "2019-06-19", "2017-02-15");
	near_is("Feb 29", "2019-01-01", NULL);
	near_is("Feb 29", "2019-03-01", "2020-02-29");
	/* still one date, still no relative dates */
	near_is("Jun 20 and Jun 21", "2019-06-19", NULL);
	near_is("vor 8 Stunden", "2019-06-19", NULL);
	near_is("Feb 2017", "2019-06-19", NULL);
	near_is("3 days ago", "2019-06-19", NULL);
	/* without a usable reference: qr_date_from_text */
	near_is("Jun 20th", NULL, NULL);
	near_is("Jun 20th", "June 2019", NULL);
	near_is("Jun 20th, 2018", NULL, "2018-06-20");
}
END_TEST

/* qr_date_from_text_order(s, NULL, order) must give "want" (NULL:
 * must refuse) and prove "proof". */
static void
order_is(const char *s, int order, const char *want, int proof)
{
	char	out[QR_DATE_MAX] = "untouched";
	int	p = 0, r = qr_date_from_text_order(s, NULL, order, &p, out);

	if (want == NULL)
		ck_assert_msg(r == 0, "'%s' gave '%s', wanted none", s, out);
	else {
		ck_assert_msg(r == 1, "'%s' gave none, wanted '%s'", s, want);
		ck_assert_str_eq(out, want);
	}
	ck_assert_msg(p == proof, "'%s' proved %d, wanted %d", s, p, proof);
}

/* Ambiguous numeric dates read in a page's order; what dates prove. */
START_TEST(test_text_order)
{
	order_is("03-06-2021, 09:30 AM", 0, NULL, 0);
	order_is("03-06-2021, 09:30 AM", QR_ORDER_MDY, "2021-03-06T09:30", 0);
	order_is("03-06-2021, 09:30 AM", QR_ORDER_DMY, "2021-06-03T09:30", 0);
	order_is("03/06/2021", QR_ORDER_MDY, "2021-03-06", 0);
	/* unambiguous ones keep their reading whatever the order, and
	 * prove theirs */
	order_is("03-13-2021", QR_ORDER_DMY, "2021-03-13", QR_ORDER_MDY);
	order_is("13/03/2021", QR_ORDER_MDY, "2021-03-13", QR_ORDER_DMY);
	order_is("13/03/2021", 0, "2021-03-13", QR_ORDER_DMY);
	/* dots are day first and prove nothing; nor do equal fields,
	 * ISO dates or impossible ones */
	order_is("03.06.2021", QR_ORDER_MDY, "2021-06-03", 0);
	order_is("05-05-2021", 0, "2021-05-05", 0);
	order_is("2021-03-06", QR_ORDER_DMY, "2021-03-06", 0);
	order_is("13-13-2021", QR_ORDER_DMY, NULL, 0);
	/* no order given: as qr_date_from_text_near() */
	order_is("03-06-2021", 7, NULL, 0);
}
END_TEST

/* Slashes with a two-digit year and a time after (Kinja's "3/09/15
 * 8:47am"): a year of this century, the order read as the four-digit
 * form's; without the time, or with dashes, not a date. */
START_TEST(test_text_short_year)
{
	order_is("3/09/15 8:47am", 0, NULL, 0);
	order_is("3/09/15 8:47am", QR_ORDER_MDY, "2015-03-09T08:47", 0);
	order_is("3/29/15 8:47am", 0, "2015-03-29T08:47", QR_ORDER_MDY);
	order_is("29/03/15, 20:47", 0, "2015-03-29T20:47", QR_ORDER_DMY);
	order_is("3/29/15", 0, NULL, 0);
	order_is("3/29/15 and more", 0, NULL, 0);
	order_is("3-29-15 8:47am", 0, NULL, 0);
	order_is("04.03.14, 09:12", 0, "2014-03-04T09:12", 0);
}
END_TEST

START_TEST(test_text_long)
{
	/* long text: linear, and one date found in it */
	size_t	n = 60000, i;
	char	*s = malloc(n + 32);

	ck_assert_ptr_nonnull(s);
	for (i = 0; i < n; i++)
		s[i] = "12:3 a.- "[i % 9];
	strcpy(s + n, " 7. März 2018");
	text_is(s, "2018-03-07");
	/* over 64 KiB is no date label at all */
	s = realloc(s, 70000 + 32);
	memset(s, ' ', 70000);
	strcpy(s + 70000, "7. März 2018");
	text_is(s, NULL);
	free(s);
}
END_TEST

/* ---- every comment date of the corpus ------------------------------ */

struct expect {
	char	**text, **iso;
	size_t	  n;
	int	 *seen;
};

static void
load_expect(struct expect *e)
{
	char	*buf = test_slurp(CORPUS_DATES, NULL), *line, *save = NULL;

	ck_assert_msg(buf != NULL, "cannot read %s", CORPUS_DATES);
	memset(e, 0, sizeof(*e));
	for (line = strtok_r(buf, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(line, '\t');

		if (tab == NULL)	/* the header; dates may start with '#' */
			continue;
		*tab = '\0';
		e->text = realloc(e->text, (e->n + 1) * sizeof(*e->text));
		e->iso = realloc(e->iso, (e->n + 1) * sizeof(*e->iso));
		ck_assert(e->text != NULL && e->iso != NULL);
		e->text[e->n] = strdup(line);
		e->iso[e->n] = strcmp(tab + 1, "-") == 0 ? NULL :
		    strdup(tab + 1);
		e->n++;
	}
	e->seen = calloc(e->n + 1, sizeof(*e->seen));
	free(buf);
}

static void
free_expect(struct expect *e)
{
	size_t i;

	for (i = 0; i < e->n; i++) {
		free(e->text[i]);
		free(e->iso[i]);
	}
	free(e->text);
	free(e->iso);
	free(e->seen);
}

/* The JSON string starting at p (after its quote), unescaped, malloc'd. */
static char *
json_string(const char *p)
{
	struct qr_buf b = {0};

	while (*p != '\0' && *p != '"') {
		if (*p == '\\' && p[1] == 'u') {
			qr_buf_put_utf8(&b, strtoul((char[]){ p[2], p[3], p[4],
			    p[5], 0 }, NULL, 16));
			p += 6;
		} else if (*p == '\\' && p[1] != '\0') {
			qr_buf_putc(&b, p[1] == 'n' ? '\n' : p[1]);
			p += 2;
		} else
			qr_buf_putc(&b, *p++);
	}
	return qr_buf_detach(&b, NULL);
}

START_TEST(test_corpus_dates)
{
	struct expect	 e;
	char		 dir[512];
	DIR		*d;
	struct dirent	*de;
	size_t		 dates = 0, parsed = 0, i;

	snprintf(dir, sizeof(dir), "%s/corpus/truth", test_shared_dir());
	if ((d = opendir(dir)) == NULL) {
		printf("check_dates: corpus dates skipped: no %s\n", dir);
		return;
	}
	load_expect(&e);
	while ((de = readdir(d)) != NULL) {
		char	 path[1024], *buf;
		const char *p;

		if (strncmp(de->d_name, "wxr-", 4) == 0 ||
		    strstr(de->d_name, ".json") == NULL)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		ck_assert_ptr_nonnull(buf = test_slurp(path, NULL));
		for (p = buf; (p = strstr(p, "\"date\":")) != NULL; ) {
			char	*t, out[QR_DATE_MAX];
			int	 r;

			p += 7;
			while (*p == ' ')
				p++;
			if (*p != '"')
				continue;	/* null */
			t = json_string(p + 1);
			for (i = 0; i < e.n; i++)
				if (strcmp(e.text[i], t) == 0)
					break;
			ck_assert_msg(i < e.n, "%s: date '%s' is not in "
			    CORPUS_DATES, de->d_name, t);
			e.seen[i] = 1;
			r = qr_date_from_text(t, out);
			if (e.iso[i] == NULL)
				ck_assert_msg(!r, "%s: '%s' gave '%s', wanted "
				    "none", de->d_name, t, out);
			else {
				ck_assert_msg(r, "%s: '%s' gave none",
				    de->d_name, t);
				ck_assert_msg(strcmp(out, e.iso[i]) == 0,
				    "%s: '%s' gave '%s', wanted '%s'",
				    de->d_name, t, out, e.iso[i]);
				parsed++;
			}
			dates++;
			free(t);
		}
		free(buf);
	}
	closedir(d);
	/* every line of the table is a date some truth file shows */
	for (i = 0; i < e.n; i++)
		ck_assert_msg(e.seen[i], "'%s' is in " CORPUS_DATES
		    " but in no truth file", e.text[i]);
	ck_assert_uint_gt(dates, 600);
	ck_assert_uint_gt(parsed, dates * 9 / 10);
	free_expect(&e);
}
END_TEST

Suite *
suite_dates(void)
{
	Suite	*s = suite_create("dates");
	TCase	*tc = tcase_create("dates");

	tcase_add_test(tc, test_iso);
	tcase_add_test(tc, test_epoch);
	tcase_add_test(tc, test_text_short_year);
	tcase_add_test(tc, test_text_english);
	tcase_add_test(tc, test_text_german_french_spanish);
	tcase_add_test(tc, test_text_edges);
	tcase_add_test(tc, test_text_near);
	tcase_add_test(tc, test_text_order);
	tcase_add_test(tc, test_text_long);
	tcase_add_test(tc, test_corpus_dates);
	suite_add_tcase(s, tc);
	return s;
}
