/*
 * check_dates5.c -- the date shapes of blog and comment platforms in
 * many languages (qr_date_from_text and qr_date_from_text_near), one
 * test per family of shapes, each with the near misses that must not
 * read as dates.
 */
#include <stdio.h>
#include <string.h>

#include "tests.h"
#include "dates.h"

/* qr_date_from_text_near(s, ref) must give "want" (NULL: must refuse,
 * leaving out untouched). */
static void
is(const char *s, const char *ref, const char *want)
{
	char	out[QR_DATE_MAX] = "untouched";
	int	r = qr_date_from_text_near(s, ref, out);

	if (want == NULL)
		ck_assert_msg(r == 0 && strcmp(out, "untouched") == 0,
		    "'%s' gave '%s', wanted none", s, out);
	else
		ck_assert_msg(r == 1 && strcmp(out, want) == 0,
		    "'%s' gave '%s', wanted '%s'", s, r ? out : "none", want);
}

#define D(s, want)	is((s), NULL, (want))

/* Russian, Ukrainian, Polish, Czech: genitive months, "в", "о", "o",
 * "v", "г.", "r." (Habr, LiveJournal, VK, Wykop, Seznam blogs). */
START_TEST(test_slavic)
{
	D("4 марта 2014 в 09:12", "2014-03-04T09:12");
	D("4 мар 2014 в 09:12", "2014-03-04T09:12");	/* Habr */
	D("4 марта 2014 г. в 09:12", "2014-03-04T09:12");
	D("4 МАРТА 2014 года, 9:12", "2014-03-04T09:12");
	D("1 сентября 2015", "2015-09-01");
	D("31 декабря 2013 в 23:59", "2013-12-31T23:59");
	D("4 березня 2014 о 09:12", "2014-03-04T09:12");
	D("12 листопада 2019 року", "2019-11-12");
	D("4 marca 2014 o 09:12", "2014-03-04T09:12");
	D("4 marca 2014 r. o 09:12", "2014-03-04T09:12");
	D("22 października 2020", "2020-10-22");
	D("4. března 2014 v 9:12", "2014-03-04T09:12");
	D("17. července 2019", "2019-07-17");
	D("17. června 2019", "2019-06-17");
	D("4. marca 2014 o 9:12", "2014-03-04T09:12");		/* sk */
	D("17. júla 2019", "2019-07-17");
	D("4. avgust 2014. u 09:12", "2014-08-04T09:12");		/* sr */
	D("4. junij 2014 ob 9:12", "2014-06-04T09:12");		/* sl */
	/* relative: no date */
	D("вчера в 09:12", NULL);
	D("3 часа назад", NULL);
	D("2 марта", NULL);
	is("2 марта в 10:00", "2014-01-01", "2014-03-02T10:00");
}
END_TEST

/* Turkish, Greek, Hungarian, Romanian. */
START_TEST(test_tr_el_hu_ro)
{
	D("4 Mart 2014 09:12", "2014-03-04T09:12");
	D("4 Şubat 2014, 21:05", "2014-02-04T21:05");
	D("19 AĞUSTOS 2018", "2018-08-19");
	D("1 Aralık 2020", "2020-12-01");
	D("4 Μαρτίου 2014 στις 09:12", "2014-03-04T09:12");
	D("4 ΜΑΡΤΙΟΥ 2014", "2014-03-04");
	D("15 Μαΐου 2016, 9:12 μ.μ.", "2016-05-15T21:12");
	D("15 Μαΐου 2016, 9:12 π.μ.", "2016-05-15T09:12");
	D("4 Μαρτίου 2014 στις 9:12 μμ", "2014-03-04T21:12");	/* WordPress el */
	D("2014. március 4. 9:12", "2014-03-04T09:12");
	D("2014. márc. 4. 21:05", "2014-03-04T21:05");
	D("2014. 03. 04. 9:12", "2014-03-04T09:12");
	D("4 martie 2014 la 09:12", "2014-03-04T09:12");
	/* a weak abbreviation ("ara", "kas") needs its year */
	is("5 ara", "2014-01-01", NULL);
	D("5 Ara 2014", "2014-12-05");
}
END_TEST

/* Scandinavian, Finnish, Dutch, Indonesian, Catalan, Portuguese,
 * Spanish, Italian: joiners and clock words ("kl.", "klo", "om",
 * "pukul", "a les", "às", "a las", "alle ore"). */
START_TEST(test_west_north)
{
	D("4. mars 2014 kl. 09:12", "2014-03-04T09:12");	/* nb */
	D("4 mars 2014 kl. 09.12", "2014-03-04T09:12");		/* sv */
	D("4. marts 2014 kl. 09.12", "2014-03-04T09:12");	/* da */
	D("4 maj 2014 klockan 21:05", "2014-05-04T21:05");
	D("17. desember 2019", "2019-12-17");
	D("4.3.2014 klo 9.12", "2014-03-04T09:12");
	D("4. maaliskuuta 2014 klo 9.12", "2014-03-04T09:12");
	D("4 mrt 2014 om 09:12", "2014-03-04T09:12");
	D("4 Maret 2014 pukul 09.12", "2014-03-04T09:12");
	D("4 de març de 2014 a les 9:12", "2014-03-04T09:12");
	D("4 d'abril de 2014", "2014-04-04");
	D("4 de out de 2014 às 09:12", "2014-10-04T09:12");
	D("1º de marzo de 2014 a la 1:05", "2014-03-01T01:05");
	D("4 marzo 2014 alle ore 09:12", "2014-03-04T09:12");
	D("4 mars 2014 à 9 h 12 min", "2014-03-04T09:12");	/* fr-CA */
	D("4 mars 2014 à 21h05", "2014-03-04T21:05");
	D("4 mars 2014 à 9 h12", "2014-03-04");
	D("4 set 2014 alle 9:12", "2014-09-04T09:12");
	/* a dot only makes a time after a clock word */
	D("4 mars 2014 09.12", "2014-03-04");
	D("klo 9.12", NULL);
	/* weak abbreviations, the common words they are */
	is("5 out of 10", "2014-01-01", NULL);
	is("Set 5 to 7", "2014-01-01", NULL);
	is("Gen 3 und des 4", "2014-01-01", NULL);
}
END_TEST

/* Chinese, Japanese, Korean: 年月日, 년월일, dotted Korean dates
 * (Tistory, Naver), 午後 / 오후 / 下午, 時分 / 시분, bracketed
 * weekdays (Hatena, Ameba, cnblogs, Naver). */
START_TEST(test_cjk)
{
	D("2014. 3. 4. 09:12", "2014-03-04T09:12");	/* Tistory */
	D("2014. 3. 4. 오후 9:12", "2014-03-04T21:12");
	D("2014.03.04 09:12", "2014-03-04T09:12");
	D("2014년 3월 4일 오후 9:12", "2014-03-04T21:12");
	D("2014년 3월 4일 (화) 오전 9시 12분", "2014-03-04T09:12");
	D("2014年3月4日 09:12", "2014-03-04T09:12");
	D("2014年3月4日(火) 午後9:12", "2014-03-04T21:12");
	D("2014年03月04日 09時12分", "2014-03-04T09:12");
	D("2014年3月4日（火）12時05分", "2014-03-04T12:05");
	D("2014-03-04 下午 09:12", "2014-03-04T21:12");
	D("2014年3月4日 星期二 上午 9:12", "2014-03-04T09:12");
	D("発言日時：2014年3月4日 9:12", "2014-03-04T09:12");
	D("2014.03.04(화) 09:12", "2014-03-04T09:12");
	D("2014년 03월 04일 (화) 09:12", "2014-03-04T09:12");
	is("3月4日 09:12", "2014-01-01", "2014-03-04T09:12");
	is("3월 4일", "2014-01-01", "2014-03-04");
	/* near misses */
	D("3月4日", NULL);
	D("2014. 3. 4", NULL);
	D("2014. 3.", NULL);
	D("2014年", NULL);
	D("9:12", NULL);
	D("午後9:12", NULL);
}
END_TEST

/* English and the rest: ordinals, weekdays, ctime(), zones, am/pm,
 * two-digit years with a time. */
START_TEST(test_forms)
{
	D("March 4th, 2014", "2014-03-04");
	D("the 4th of March, 2014 at 9:12 am", "2014-03-04T09:12");
	D("Tuesday, 4 March 2014 at 9:12 p.m.", "2014-03-04T21:12");
	D("Tue, 04 Mar 2014 09:12:00 +0100", "2014-03-04T09:12:00+01:00");
	D("Wed Mar  4 09:12:00 2014 UTC", "2014-03-04T09:12:00Z");
	D("Wed Mar 4 09:12:00 2014", "2014-03-04T09:12:00");
	D("2014-03-04 02:05 pm (UTC)", "2014-03-04T14:05Z");
	D("2014 Mar 04 09:12", "2014-03-04T09:12");
	D("March 4, 2014,  2:05pm", "2014-03-04T14:05");
	D("Mar 4 '14", "2014-03-04");				/* Forem */
	D("Mar 4 \xe2\x80\x99" "14 at 9:12", "2014-03-04T09:12");
	D("Mar 4 '", NULL);
	D("Mar 4 '2014", NULL);
	D("04.03.14, 09:12", "2014-03-04T09:12");
	D("04.03.14 21:05 Uhr", "2014-03-04T21:05");
	/* two-digit years: only dotted, padded and with a time */
	D("04.03.14", NULL);
	D("4.3.14 09:12", NULL);
	D("04/03/14 09:12", NULL);
	D("15.02.17", NULL);
}
END_TEST

/* What must never read as a date: scores, versions, times alone,
 * prices, numbers in prose. */
START_TEST(test_near_misses)
{
	static const char *const no[] = {
		"4. 3.", "scores 4. 3.", "2.3.4", "version 2.3.4 released",
		"v1.2.2017.4", "12:30", "09:12:00", "€ 4.30", "$12.99",
		"4,99 €", "1 000 000", "3 out of 4", "page 2 of 14",
		"Reply", "#12", "1.2.17", "1.12", "12.30 Uhr", "2014",
		"in 2014 we", "2014-03", "03/2014", "99 Luftballons",
		"No. 4 March", "4 Marchers 2014", "2 марта", "ISBN 2014-3-4-1",
		"2014. 3. 4.5", "2014.3.4.5", "2014年3月", "02/03/2014",
		"02-03-2014 10:00",
		NULL,
	};
	size_t i;

	for (i = 0; no[i] != NULL; i++)
		D(no[i], NULL);
}
END_TEST

Suite *
suite_dates5(void)
{
	Suite	*s = suite_create("dates5");
	TCase	*tc = tcase_create("shapes");

	tcase_add_test(tc, test_slavic);
	tcase_add_test(tc, test_tr_el_hu_ro);
	tcase_add_test(tc, test_west_north);
	tcase_add_test(tc, test_cjk);
	tcase_add_test(tc, test_forms);
	tcase_add_test(tc, test_near_misses);
	suite_add_tcase(s, tc);
	return s;
}
