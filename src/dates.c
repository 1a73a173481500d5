/*
 * dates.c -- ISO 8601 dates from attributes and from visible text.
 *
 * qr_date_from_text() cuts the text into tokens (numbers, words, single
 * punctuation marks, each knowing whether white space came before it),
 * then looks for date patterns and time patterns among them.  It answers
 * only when exactly one date is present (the same date written twice
 * counts once) and no ambiguous numeric date (02/03/2017) is: a wrong
 * date is worse than none.  A time is attached when it stands right
 * after the date (or right before it) with only connectors between
 * ("at", "um", "a las", ",", "-", "@", "/").  One pass over the tokens,
 * a bounded look-ahead at each: linear in the length of the text.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "dates.h"

static int
digits(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || leap(y);
}

/* Two digits of v (0..99) at p. */
static char *
put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

int
qr_date_from_iso(const char *s, char out[QR_DATE_MAX])
{
	int	y, mo, d, h = -1, mi = 0, sec = -1;
	char	zone[16] = "", *o;
	const char *p;

	while (isspace((unsigned char)*s))
		s++;
	if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) ||
	    s[7] != '-' || !digits(s + 8, 2, &d) || !valid_ymd(y, mo, d))
		return 0;
	p = s + 10;
	if ((*p == 'T' || *p == ' ') && digits(p + 1, 2, &h) &&
	    p[3] == ':' && digits(p + 4, 2, &mi)) {
		if (h > 23 || mi > 59)
			return 0;
		p += 6;
		if (*p == ':' && digits(p + 1, 2, &sec)) {
			if (sec > 60)
				return 0;
			p += 3;
			while (*p == '.' || isdigit((unsigned char)*p))
				p++;	/* fractions of a second: dropped */
		}
		if (*p == 'Z') {
			strcpy(zone, "Z");
			p++;
		} else if ((*p == '+' || *p == '-') &&
		    isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
			int zh, zm = 0;
			char sign = *p;

			digits(p + 1, 2, &zh);
			if (p[3] == ':' && digits(p + 4, 2, &zm))
				p += 6;
			else if (digits(p + 3, 2, &zm))
				p += 5;
			else
				p += 3;
			if (zh > 14 || zm > 59)
				return 0;
			zone[0] = sign;		/* "%c%02d:%02d" */
			put2(zone + 1, zh);
			zone[3] = ':';
			put2(zone + 4, zm);
			zone[6] = '\0';
		}
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '\0')
		return 0;
	/* "%04d-%02d-%02d", then "T%02d:%02d", ":%02d" and the zone: every
	 * field is in range here (valid_ymd and the tests above), so no
	 * snprintf(), which costs ~2,000 instructions a date */
	o = put2(put2(out, y / 100), y % 100);
	*o++ = '-';
	o = put2(o, mo);
	*o++ = '-';
	o = put2(o, d);
	if (h >= 0) {
		*o++ = 'T';
		o = put2(o, h);
		*o++ = ':';
		o = put2(o, mi);
		if (sec >= 0) {
			*o++ = ':';
			o = put2(o, sec);
		}
		memcpy(o, zone, strlen(zone) + 1);
	} else
		*o = '\0';
	return 1;
}

/* A Unix time, in seconds (10 digits) or milliseconds (13), in UTC:
 * the days since 1970-01-01 to a civil date (H. Hinnant's
 * civil_from_days), no libc time functions.  Years 2001-2286 only (a
 * ten-digit count from 1000000000): a smaller number is no date. */
int
qr_date_from_epoch(const char *s, char out[QR_DATE_MAX])
{
	long long	v = 0, days, z, era, doe, yoe, doy, mp, secs;
	size_t		n;
	int		y, m, d;
	char		*o;

	for (n = 0; s[n] >= '0' && s[n] <= '9'; n++)
		v = v * 10 + (s[n] - '0');
	if (s[n] != '\0' || (n != 10 && n != 13))
		return 0;
	if (n == 13)
		v /= 1000;
	if (v < 1000000000LL)
		return 0;
	days = v / 86400;
	secs = v % 86400;
	z = days + 719468;
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int)(doy - (153 * mp + 2) / 5 + 1);
	m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y = (int)(yoe + era * 400 + (m <= 2));
	o = put2(put2(out, y / 100), y % 100);
	*o++ = '-';
	o = put2(o, m);
	*o++ = '-';
	o = put2(o, d);
	*o++ = 'T';
	o = put2(o, (int)(secs / 3600));
	*o++ = ':';
	o = put2(o, (int)(secs / 60 % 60));
	*o++ = ':';
	o = put2(o, (int)(secs % 60));
	memcpy(o, "Z", 2);
	return 1;
}

/* ---- visible dates ------------------------------------------------- */

/* Longer text is not a date label; we do not look at it. */
#define TEXT_MAX	65536
/* Text up to this long is read with its tokens on the stack. */
#define SHORT_TEXT	64
/* At most this many connector tokens between a date and its time. */
#define CONN_MAX	6

enum tok_kind { T_NUM, T_WORD, T_PUNCT };

struct tok {
	const char	*s;
	unsigned	 len;
	unsigned char	 kind;
	unsigned char	 sp;	/* white space before it */
	unsigned char	 month;	/* T_WORD: 1..12 if a month name */
	unsigned char	 weak;	/* that month name is a common word too */
	unsigned char	 mspan;	/* tokens the month name spans ("tháng 3") */
	unsigned char	 be;	/* its year may be of the Buddhist era */
	int		 val;	/* T_NUM: value, -1 if over 6 digits */
};

/*
 * Month names and abbreviations, folded as fold_word() folds them
 * (lowercase, Latin letters without their accents, Greek without its
 * tonos, ё as е, Arabic alef without hamza or madda): English, German,
 * French, Spanish, Catalan, Italian, Portuguese, Dutch, Swedish, Danish,
 * Norwegian, Finnish, Polish, Czech, Slovak, Slovene, Croatian, Serbian
 * (Latin and Cyrillic), Bulgarian, Macedonian, Lithuanian, Latvian,
 * Hungarian, Romanian, Turkish, Indonesian, Malay, Russian, Ukrainian,
 * Greek, Hebrew (also with its prefix ב, "in"), Arabic (Egypt's and the
 * Levant's one-word names), Persian, Thai and Hindi; the genitive forms
 * that dates use ("4 марта", "4 marca", "4. března", "4 Μαρτίου", "4.
 * ožujka", "kovo 4 d.") and the nominative ones.  Croatian "listopad"
 * (October) is left out: it is November in Czech and Polish.  "weak":
 * a name that is a common word too ("out", "set", "des", "ara", "mac",
 * Arabic "مارس", to practise): read only with a year beside it; weak 2:
 * a Thai name, whose year may be of the Buddhist era (2557: 2014).
 * Month 13 is Vietnamese "tháng", whose month follows it (thang()).
 * Sorted by strcmp() (month_of() searches it by halves;
 * qr_dates_tables_fit() holds it to that).
 */
static const struct month_name {
	const char	*name;
	unsigned char	 month;
	unsigned char	 weak;
} months[] = {
	{ "abr", 4, 0 },
	{ "abril", 4, 0 },
	{ "ago", 8, 0 },
	{ "agost", 8, 0 },
	{ "agosto", 8, 0 },
	{ "agt", 8, 1 },
	{ "agu", 8, 1 },
	{ "agustos", 8, 0 },
	{ "agustus", 8, 0 },
	{ "aout", 8, 0 },
	{ "apr", 4, 0 },
	{ "april", 4, 0 },
	{ "aprila", 4, 0 },
	{ "aprile", 4, 0 },
	{ "aprili", 4, 0 },
	{ "aprilie", 4, 0 },
	{ "aprilis", 4, 0 },
	{ "ara", 12, 1 },
	{ "aralik", 12, 0 },
	{ "aug", 8, 0 },
	{ "august", 8, 0 },
	{ "augusta", 8, 0 },
	{ "augusti", 8, 0 },
	{ "augusts", 8, 0 },
	{ "augustus", 8, 0 },
	{ "augusztus", 8, 0 },
	{ "avgust", 8, 0 },
	{ "avgusta", 8, 0 },
	{ "avr", 4, 0 },
	{ "avril", 4, 0 },
	{ "balandis", 4, 0 },
	{ "balandzio", 4, 0 },
	{ "birzelio", 6, 0 },
	{ "birzelis", 6, 0 },
	{ "brezen", 3, 0 },
	{ "brezna", 3, 0 },
	{ "cerven", 6, 0 },
	{ "cervence", 7, 0 },
	{ "cervenec", 7, 0 },
	{ "cervna", 6, 0 },
	{ "czerwca", 6, 0 },
	{ "czerwiec", 6, 0 },
	{ "dec", 12, 0 },
	{ "decembar", 12, 0 },
	{ "december", 12, 0 },
	{ "decembra", 12, 0 },
	{ "decembre", 12, 0 },
	{ "decembri", 12, 0 },
	{ "decembrie", 12, 0 },
	{ "decembris", 12, 0 },
	{ "des", 12, 1 },
	{ "desember", 12, 0 },
	{ "desembre", 12, 0 },
	{ "dez", 12, 0 },
	{ "dezember", 12, 0 },
	{ "dezembro", 12, 0 },
	{ "dic", 12, 0 },
	{ "dicembre", 12, 0 },
	{ "diciembre", 12, 0 },
	{ "disember", 12, 0 },
	{ "duben", 4, 0 },
	{ "dubna", 4, 0 },
	{ "eki", 10, 1 },
	{ "ekim", 10, 0 },
	{ "elokuu", 8, 0 },
	{ "elokuuta", 8, 0 },
	{ "ene", 1, 0 },
	{ "enero", 1, 0 },
	{ "eyl", 9, 1 },
	{ "eylul", 9, 0 },
	{ "feb", 2, 0 },
	{ "febbraio", 2, 0 },
	{ "febr", 2, 0 },
	{ "febrer", 2, 0 },
	{ "febrero", 2, 0 },
	{ "februar", 2, 0 },
	{ "februara", 2, 0 },
	{ "februari", 2, 0 },
	{ "februarie", 2, 0 },
	{ "februaris", 2, 0 },
	{ "february", 2, 0 },
	{ "fev", 2, 0 },
	{ "fevereiro", 2, 0 },
	{ "fevr", 2, 0 },
	{ "fevrier", 2, 0 },
	{ "geguze", 5, 0 },
	{ "geguzes", 5, 0 },
	{ "gen", 1, 1 },
	{ "gener", 1, 0 },
	{ "gennaio", 1, 0 },
	{ "giu", 6, 1 },
	{ "giugno", 6, 0 },
	{ "grudnia", 12, 0 },
	{ "grudzien", 12, 0 },
	{ "gruodis", 12, 0 },
	{ "gruodzio", 12, 0 },
	{ "haz", 6, 1 },
	{ "haziran", 6, 0 },
	{ "heinakuu", 7, 0 },
	{ "heinakuuta", 7, 0 },
	{ "helmikuu", 2, 0 },
	{ "helmikuuta", 2, 0 },
	{ "huhtikuu", 4, 0 },
	{ "huhtikuuta", 4, 0 },
	{ "ian", 1, 1 },
	{ "ianuarie", 1, 0 },
	{ "iul", 7, 1 },
	{ "iulie", 7, 0 },
	{ "iun", 6, 1 },
	{ "iunie", 6, 0 },
	{ "jan", 1, 0 },
	{ "janeiro", 1, 0 },
	{ "janner", 1, 0 },
	{ "januar", 1, 0 },
	{ "januara", 1, 0 },
	{ "januari", 1, 0 },
	{ "january", 1, 0 },
	{ "janv", 1, 0 },
	{ "janvara", 1, 0 },
	{ "janvari", 1, 0 },
	{ "janvaris", 1, 0 },
	{ "janvier", 1, 0 },
	{ "joulukuu", 12, 0 },
	{ "joulukuuta", 12, 0 },
	{ "juil", 7, 0 },
	{ "juillet", 7, 0 },
	{ "juin", 6, 0 },
	{ "jul", 7, 0 },
	{ "jula", 7, 0 },
	{ "julai", 7, 0 },
	{ "julho", 7, 0 },
	{ "juli", 7, 0 },
	{ "julij", 7, 0 },
	{ "julija", 7, 0 },
	{ "julijs", 7, 0 },
	{ "julio", 7, 0 },
	{ "juliol", 7, 0 },
	{ "julius", 7, 0 },
	{ "july", 7, 0 },
	{ "jun", 6, 0 },
	{ "juna", 6, 0 },
	{ "june", 6, 0 },
	{ "junho", 6, 0 },
	{ "juni", 6, 0 },
	{ "junij", 6, 0 },
	{ "junija", 6, 0 },
	{ "junijs", 6, 0 },
	{ "junio", 6, 0 },
	{ "junius", 6, 0 },
	{ "juny", 6, 0 },
	{ "kas", 11, 1 },
	{ "kasim", 11, 0 },
	{ "kesakuu", 6, 0 },
	{ "kesakuuta", 6, 0 },
	{ "kolovoz", 8, 0 },
	{ "kolovoza", 8, 0 },
	{ "kovas", 3, 0 },
	{ "kovo", 3, 0 },
	{ "kveten", 5, 0 },
	{ "kvetna", 5, 0 },
	{ "kwiecien", 4, 0 },
	{ "kwietnia", 4, 0 },
	{ "lapkricio", 11, 0 },
	{ "lapkritis", 11, 0 },
	{ "leden", 1, 0 },
	{ "ledna", 1, 0 },
	{ "liepa", 7, 0 },
	{ "liepos", 7, 0 },
	{ "lipanj", 6, 0 },
	{ "lipca", 7, 0 },
	{ "lipiec", 7, 0 },
	{ "lipnja", 6, 0 },
	{ "listopad", 11, 0 },
	{ "listopada", 11, 0 },
	{ "listopadu", 11, 0 },
	{ "lokakuu", 10, 0 },
	{ "lokakuuta", 10, 0 },
	{ "lug", 7, 1 },
	{ "luglio", 7, 0 },
	{ "lutego", 2, 0 },
	{ "luty", 2, 0 },
	{ "maaliskuu", 3, 0 },
	{ "maaliskuuta", 3, 0 },
	{ "maart", 3, 0 },
	{ "mac", 3, 1 },
	{ "maerz", 3, 0 },
	{ "mag", 5, 1 },
	{ "maggio", 5, 0 },
	{ "mai", 5, 0 },
	{ "maig", 5, 0 },
	{ "maija", 5, 0 },
	{ "maijs", 5, 0 },
	{ "maio", 5, 0 },
	{ "maj", 5, 0 },
	{ "maja", 5, 0 },
	{ "majus", 5, 0 },
	{ "mar", 3, 0 },
	{ "marc", 3, 0 },
	{ "marca", 3, 0 },
	{ "march", 3, 0 },
	{ "marcius", 3, 0 },
	{ "marco", 3, 0 },
	{ "marec", 3, 0 },
	{ "maret", 3, 0 },
	{ "marraskuu", 11, 0 },
	{ "marraskuuta", 11, 0 },
	{ "mars", 3, 0 },
	{ "mart", 3, 0 },
	{ "marta", 3, 0 },
	{ "martie", 3, 0 },
	{ "marts", 3, 0 },
	{ "marz", 3, 0 },
	{ "marzec", 3, 0 },
	{ "marzo", 3, 0 },
	{ "may", 5, 0 },
	{ "mayis", 5, 0 },
	{ "mayo", 5, 0 },
	{ "mei", 5, 0 },
	{ "mrt", 3, 0 },
	{ "mrz", 3, 0 },
	{ "nis", 4, 1 },
	{ "nisan", 4, 0 },
	{ "noiembrie", 11, 0 },
	{ "nop", 11, 1 },
	{ "nopember", 11, 0 },
	{ "nov", 11, 0 },
	{ "novembar", 11, 0 },
	{ "november", 11, 0 },
	{ "novembra", 11, 0 },
	{ "novembre", 11, 0 },
	{ "novembri", 11, 0 },
	{ "novembris", 11, 0 },
	{ "novembro", 11, 0 },
	{ "noviembre", 11, 0 },
	{ "oca", 1, 1 },
	{ "ocak", 1, 0 },
	{ "oct", 10, 0 },
	{ "october", 10, 0 },
	{ "octobre", 10, 0 },
	{ "octombrie", 10, 0 },
	{ "octubre", 10, 0 },
	{ "ogos", 8, 0 },
	{ "okt", 10, 0 },
	{ "oktobar", 10, 0 },
	{ "oktober", 10, 0 },
	{ "oktobra", 10, 0 },
	{ "oktobri", 10, 0 },
	{ "oktobris", 10, 0 },
	{ "ott", 10, 1 },
	{ "ottobre", 10, 0 },
	{ "out", 10, 1 },
	{ "outubro", 10, 0 },
	{ "ozujak", 3, 0 },
	{ "ozujka", 3, 0 },
	{ "pazdziernik", 10, 0 },
	{ "pazdziernika", 10, 0 },
	{ "prosinac", 12, 0 },
	{ "prosinca", 12, 0 },
	{ "prosince", 12, 0 },
	{ "prosinec", 12, 0 },
	{ "rijen", 10, 0 },
	{ "rijna", 10, 0 },
	{ "rugpjucio", 8, 0 },
	{ "rugpjutis", 8, 0 },
	{ "rugsejis", 9, 0 },
	{ "rugsejo", 9, 0 },
	{ "rujan", 9, 0 },
	{ "rujna", 9, 0 },
	{ "sausio", 1, 0 },
	{ "sausis", 1, 0 },
	{ "sep", 9, 0 },
	{ "sept", 9, 0 },
	{ "septembar", 9, 0 },
	{ "september", 9, 0 },
	{ "septembra", 9, 0 },
	{ "septembre", 9, 0 },
	{ "septembri", 9, 0 },
	{ "septembrie", 9, 0 },
	{ "septembris", 9, 0 },
	{ "septiembre", 9, 0 },
	{ "set", 9, 1 },
	{ "setembre", 9, 0 },
	{ "setembro", 9, 0 },
	{ "setiembre", 9, 0 },
	{ "settembre", 9, 0 },
	{ "sierpien", 8, 0 },
	{ "sierpnia", 8, 0 },
	{ "sijecanj", 1, 0 },
	{ "sijecnja", 1, 0 },
	{ "spalio", 10, 0 },
	{ "spalis", 10, 0 },
	{ "srpanj", 7, 0 },
	{ "srpen", 8, 0 },
	{ "srpna", 8, 0 },
	{ "srpnja", 7, 0 },
	{ "studeni", 11, 0 },
	{ "studenog", 11, 0 },
	{ "studenoga", 11, 0 },
	{ "styczen", 1, 0 },
	{ "stycznia", 1, 0 },
	{ "sub", 2, 0 },
	{ "subat", 2, 0 },
	{ "svibanj", 5, 0 },
	{ "svibnja", 5, 0 },
	{ "syyskuu", 9, 0 },
	{ "syyskuuta", 9, 0 },
	{ "szept", 9, 0 },
	{ "szeptember", 9, 0 },
	{ "tammikuu", 1, 0 },
	{ "tammikuuta", 1, 0 },
	{ "tem", 7, 1 },
	{ "temmuz", 7, 0 },
	{ "thang", 13, 1 },
	{ "toukokuu", 5, 0 },
	{ "toukokuuta", 5, 0 },
	{ "travanj", 4, 0 },
	{ "travnja", 4, 0 },
	{ "unor", 2, 0 },
	{ "unora", 2, 0 },
	{ "vasario", 2, 0 },
	{ "vasaris", 2, 0 },
	{ "veljaca", 2, 0 },
	{ "veljace", 2, 0 },
	{ "wrzesien", 9, 0 },
	{ "wrzesnia", 9, 0 },
	{ "zari", 9, 0 },
	{ "\xce\xb1\xcf\x80\xcf\x81", 4, 0 },	/* απρ */
	{ "\xce\xb1\xcf\x80\xcf\x81\xce\xb9\xce\xbb\xce\xb9\xce\xbf\xcf\x83", 4, 0 },	/* απριλιοσ */
	{ "\xce\xb1\xcf\x80\xcf\x81\xce\xb9\xce\xbb\xce\xb9\xce\xbf\xcf\x85", 4, 0 },	/* απριλιου */
	{ "\xce\xb1\xcf\x85\xce\xb3", 8, 0 },	/* αυγ */
	{ "\xce\xb1\xcf\x85\xce\xb3\xce\xbf\xcf\x85\xcf\x83\xcf\x84\xce\xbf\xcf\x83", 8, 0 },	/* αυγουστοσ */
	{ "\xce\xb1\xcf\x85\xce\xb3\xce\xbf\xcf\x85\xcf\x83\xcf\x84\xce\xbf\xcf\x85", 8, 0 },	/* αυγουστου */
	{ "\xce\xb4\xce\xb5\xce\xba", 12, 0 },	/* δεκ */
	{ "\xce\xb4\xce\xb5\xce\xba\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 12, 0 },	/* δεκεμβριοσ */
	{ "\xce\xb4\xce\xb5\xce\xba\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 12, 0 },	/* δεκεμβριου */
	{ "\xce\xb9\xce\xb1\xce\xbd", 1, 0 },	/* ιαν */
	{ "\xce\xb9\xce\xb1\xce\xbd\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 1, 0 },	/* ιανουαριοσ */
	{ "\xce\xb9\xce\xb1\xce\xbd\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 1, 0 },	/* ιανουαριου */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbb", 7, 0 },	/* ιουλ */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbb\xce\xb9\xce\xbf\xcf\x83", 7, 0 },	/* ιουλιοσ */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbb\xce\xb9\xce\xbf\xcf\x85", 7, 0 },	/* ιουλιου */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbd", 6, 0 },	/* ιουν */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xce\xb9\xce\xbf\xcf\x83", 6, 0 },	/* ιουνιοσ */
	{ "\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xce\xb9\xce\xbf\xcf\x85", 6, 0 },	/* ιουνιου */
	{ "\xce\xbc\xce\xb1\xce\xb9", 5, 0 },	/* μαι */
	{ "\xce\xbc\xce\xb1\xce\xb9\xce\xbf\xcf\x83", 5, 0 },	/* μαιοσ */
	{ "\xce\xbc\xce\xb1\xce\xb9\xce\xbf\xcf\x85", 5, 0 },	/* μαιου */
	{ "\xce\xbc\xce\xb1\xcf\x81", 3, 0 },	/* μαρ */
	{ "\xce\xbc\xce\xb1\xcf\x81\xcf\x84\xce\xb9\xce\xbf\xcf\x83", 3, 0 },	/* μαρτιοσ */
	{ "\xce\xbc\xce\xb1\xcf\x81\xcf\x84\xce\xb9\xce\xbf\xcf\x85", 3, 0 },	/* μαρτιου */
	{ "\xce\xbd\xce\xbf\xce\xb5", 11, 0 },	/* νοε */
	{ "\xce\xbd\xce\xbf\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 11, 0 },	/* νοεμβριοσ */
	{ "\xce\xbd\xce\xbf\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 11, 0 },	/* νοεμβριου */
	{ "\xce\xbf\xce\xba\xcf\x84", 10, 0 },	/* οκτ */
	{ "\xce\xbf\xce\xba\xcf\x84\xcf\x89\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 10, 0 },	/* οκτωβριοσ */
	{ "\xce\xbf\xce\xba\xcf\x84\xcf\x89\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 10, 0 },	/* οκτωβριου */
	{ "\xcf\x83\xce\xb5\xcf\x80", 9, 0 },	/* σεπ */
	{ "\xcf\x83\xce\xb5\xcf\x80\xcf\x84\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 9, 0 },	/* σεπτεμβριοσ */
	{ "\xcf\x83\xce\xb5\xcf\x80\xcf\x84\xce\xb5\xce\xbc\xce\xb2\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 9, 0 },	/* σεπτεμβριου */
	{ "\xcf\x86\xce\xb5\xce\xb2", 2, 0 },	/* φεβ */
	{ "\xcf\x86\xce\xb5\xce\xb2\xcf\x81\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xb9\xce\xbf\xcf\x83", 2, 0 },	/* φεβρουαριοσ */
	{ "\xcf\x86\xce\xb5\xce\xb2\xcf\x81\xce\xbf\xcf\x85\xce\xb1\xcf\x81\xce\xb9\xce\xbf\xcf\x85", 2, 0 },	/* φεβρουαριου */
	{ "\xd0\xb0\xd0\xb2\xd0\xb3", 8, 0 },	/* авг */
	{ "\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82", 8, 0 },	/* август */
	{ "\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0", 8, 0 },	/* августа */
	{ "\xd0\xb0\xd0\xbf\xd1\x80", 4, 0 },	/* апр */
	{ "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8c", 4, 0 },	/* апрель */
	{ "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8f", 4, 0 },	/* апреля */
	{ "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb", 4, 0 },	/* април */
	{ "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0", 4, 0 },	/* априла */
	{ "\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb5\xd0\xbd\xd1\x8c", 3, 0 },	/* березень */
	{ "\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7\xd0\xbd\xd1\x8f", 3, 0 },	/* березня */
	{ "\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x81\xd0\xb5\xd0\xbd\xd1\x8c", 9, 0 },	/* вересень */
	{ "\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x81\xd0\xbd\xd1\x8f", 9, 0 },	/* вересня */
	{ "\xd0\xb3\xd1\x80\xd1\x83\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x8c", 12, 0 },	/* грудень */
	{ "\xd0\xb3\xd1\x80\xd1\x83\xd0\xb4\xd0\xbd\xd1\x8f", 12, 0 },	/* грудня */
	{ "\xd0\xb4\xd0\xb5\xd0\xba", 12, 0 },	/* дек */
	{ "\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8c", 12, 0 },	/* декабрь */
	{ "\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f", 12, 0 },	/* декабря */
	{ "\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 12, 0 },	/* декември */
	{ "\xd0\xb4\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 12, 0 },	/* децембар */
	{ "\xd0\xb4\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0", 12, 0 },	/* децембра */
	{ "\xd0\xb6\xd0\xbe\xd0\xb2\xd1\x82\xd0\xb5\xd0\xbd\xd1\x8c", 10, 0 },	/* жовтень */
	{ "\xd0\xb6\xd0\xbe\xd0\xb2\xd1\x82\xd0\xbd\xd1\x8f", 10, 0 },	/* жовтня */
	{ "\xd0\xb8\xd1\x8e\xd0\xbb", 7, 0 },	/* июл */
	{ "\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8c", 7, 0 },	/* июль */
	{ "\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f", 7, 0 },	/* июля */
	{ "\xd0\xb8\xd1\x8e\xd0\xbd", 6, 0 },	/* июн */
	{ "\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8c", 6, 0 },	/* июнь */
	{ "\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f", 6, 0 },	/* июня */
	{ "\xd0\xba\xd0\xb2\xd1\x96\xd1\x82\xd0\xb5\xd0\xbd\xd1\x8c", 4, 0 },	/* квітень */
	{ "\xd0\xba\xd0\xb2\xd1\x96\xd1\x82\xd0\xbd\xd1\x8f", 4, 0 },	/* квітня */
	{ "\xd0\xbb\xd0\xb8\xd0\xbf\xd0\xb5\xd0\xbd\xd1\x8c", 7, 0 },	/* липень */
	{ "\xd0\xbb\xd0\xb8\xd0\xbf\xd0\xbd\xd1\x8f", 7, 0 },	/* липня */
	{ "\xd0\xbb\xd0\xb8\xd1\x81\xd1\x82\xd0\xbe\xd0\xbf\xd0\xb0\xd0\xb4", 11, 0 },	/* листопад */
	{ "\xd0\xbb\xd0\xb8\xd1\x81\xd1\x82\xd0\xbe\xd0\xbf\xd0\xb0\xd0\xb4\xd0\xb0", 11, 0 },	/* листопада */
	{ "\xd0\xbb\xd1\x8e\xd1\x82\xd0\xb8\xd0\xb9", 2, 0 },	/* лютий */
	{ "\xd0\xbb\xd1\x8e\xd1\x82\xd0\xbe\xd0\xb3\xd0\xbe", 2, 0 },	/* лютого */
	{ "\xd0\xbc\xd0\xb0\xd0\xb9", 5, 0 },	/* май */
	{ "\xd0\xbc\xd0\xb0\xd1\x80", 3, 0 },	/* мар */
	{ "\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82", 3, 0 },	/* март */
	{ "\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", 3, 0 },	/* марта */
	{ "\xd0\xbc\xd0\xb0\xd1\x8f", 5, 0 },	/* мая */
	{ "\xd0\xbc\xd0\xb0\xd1\x98", 5, 0 },	/* мај */
	{ "\xd0\xbc\xd0\xb0\xd1\x98\xd0\xb0", 5, 0 },	/* маја */
	{ "\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 11, 0 },	/* новембар */
	{ "\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0", 11, 0 },	/* новембра */
	{ "\xd0\xbd\xd0\xbe\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 11, 0 },	/* ноември */
	{ "\xd0\xbd\xd0\xbe\xd1\x8f", 11, 0 },	/* ноя */
	{ "\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1", 11, 0 },	/* нояб */
	{ "\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8c", 11, 0 },	/* ноябрь */
	{ "\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 11, 0 },	/* ноября */
	{ "\xd0\xbe\xd0\xba\xd1\x82", 10, 0 },	/* окт */
	{ "\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xb1\xd0\xb0\xd1\x80", 10, 0 },	/* октобар */
	{ "\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xb1\xd1\x80\xd0\xb0", 10, 0 },	/* октобра */
	{ "\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 10, 0 },	/* октомври */
	{ "\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8c", 10, 0 },	/* октябрь */
	{ "\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 10, 0 },	/* октября */
	{ "\xd1\x81\xd0\xb5\xd0\xbd", 9, 0 },	/* сен */
	{ "\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82", 9, 0 },	/* сент */
	{ "\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8c", 9, 0 },	/* сентябрь */
	{ "\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", 9, 0 },	/* сентября */
	{ "\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5\xd0\xbc\xd0\xb1\xd0\xb0\xd1\x80", 9, 0 },	/* септембар */
	{ "\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0", 9, 0 },	/* септембра */
	{ "\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5\xd0\xbc\xd0\xb2\xd1\x80\xd0\xb8", 9, 0 },	/* септември */
	{ "\xd1\x81\xd0\xb5\xd1\x80\xd0\xbf\xd0\xb5\xd0\xbd\xd1\x8c", 8, 0 },	/* серпень */
	{ "\xd1\x81\xd0\xb5\xd1\x80\xd0\xbf\xd0\xbd\xd1\x8f", 8, 0 },	/* серпня */
	{ "\xd1\x81\xd1\x96\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8c", 1, 0 },	/* січень */
	{ "\xd1\x81\xd1\x96\xd1\x87\xd0\xbd\xd1\x8f", 1, 0 },	/* січня */
	{ "\xd1\x82\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb5\xd0\xbd\xd1\x8c", 5, 0 },	/* травень */
	{ "\xd1\x82\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd1\x8f", 5, 0 },	/* травня */
	{ "\xd1\x84\xd0\xb5\xd0\xb1\xd1\x80\xd1\x83\xd0\xb0\xd1\x80", 2, 0 },	/* фебруар */
	{ "\xd1\x84\xd0\xb5\xd0\xb1\xd1\x80\xd1\x83\xd0\xb0\xd1\x80\xd0\xb0", 2, 0 },	/* фебруара */
	{ "\xd1\x84\xd0\xb5\xd0\xb2", 2, 0 },	/* фев */
	{ "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80", 2, 0 },	/* февр */
	{ "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8c", 2, 0 },	/* февраль */
	{ "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f", 2, 0 },	/* февраля */
	{ "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd1\x83\xd0\xb0\xd1\x80\xd0\xb8", 2, 0 },	/* февруари */
	{ "\xd1\x87\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd0\xbd\xd1\x8c", 6, 0 },	/* червень */
	{ "\xd1\x87\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8f", 6, 0 },	/* червня */
	{ "\xd1\x8e\xd0\xbb\xd0\xb8", 7, 0 },	/* юли */
	{ "\xd1\x8e\xd0\xbd\xd0\xb8", 6, 0 },	/* юни */
	{ "\xd1\x8f\xd0\xbd\xd0\xb2", 1, 0 },	/* янв */
	{ "\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8c", 1, 0 },	/* январь */
	{ "\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8f", 1, 0 },	/* января */
	{ "\xd1\x8f\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80\xd0\xb8", 1, 0 },	/* януари */
	{ "\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80", 1, 0 },	/* јануар */
	{ "\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80\xd0\xb0", 1, 0 },	/* јануара */
	{ "\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80\xd0\xb8", 1, 0 },	/* јануари */
	{ "\xd1\x98\xd1\x83\xd0\xbb", 7, 0 },	/* јул */
	{ "\xd1\x98\xd1\x83\xd0\xbb\xd0\xb0", 7, 0 },	/* јула */
	{ "\xd1\x98\xd1\x83\xd0\xbb\xd0\xb8", 7, 0 },	/* јули */
	{ "\xd1\x98\xd1\x83\xd0\xbd", 6, 0 },	/* јун */
	{ "\xd1\x98\xd1\x83\xd0\xbd\xd0\xb0", 6, 0 },	/* јуна */
	{ "\xd1\x98\xd1\x83\xd0\xbd\xd0\xb8", 6, 0 },	/* јуни */
	{ "\xd7\x90\xd7\x95\xd7\x92\xd7\x95\xd7\xa1\xd7\x98", 8, 0 },	/* אוגוסט */
	{ "\xd7\x90\xd7\x95\xd7\xa7\xd7\x98\xd7\x95\xd7\x91\xd7\xa8", 10, 0 },	/* אוקטובר */
	{ "\xd7\x90\xd7\xa4\xd7\xa8\xd7\x99\xd7\x9c", 4, 0 },	/* אפריל */
	{ "\xd7\x91\xd7\x90\xd7\x95\xd7\x92\xd7\x95\xd7\xa1\xd7\x98", 8, 0 },	/* באוגוסט */
	{ "\xd7\x91\xd7\x90\xd7\x95\xd7\xa7\xd7\x98\xd7\x95\xd7\x91\xd7\xa8", 10, 0 },	/* באוקטובר */
	{ "\xd7\x91\xd7\x90\xd7\xa4\xd7\xa8\xd7\x99\xd7\x9c", 4, 0 },	/* באפריל */
	{ "\xd7\x91\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8", 12, 0 },	/* בדצמבר */
	{ "\xd7\x91\xd7\x99\xd7\x95\xd7\x9c\xd7\x99", 7, 0 },	/* ביולי */
	{ "\xd7\x91\xd7\x99\xd7\x95\xd7\xa0\xd7\x99", 6, 0 },	/* ביוני */
	{ "\xd7\x91\xd7\x99\xd7\xa0\xd7\x95\xd7\x90\xd7\xa8", 1, 0 },	/* בינואר */
	{ "\xd7\x91\xd7\x9e\xd7\x90\xd7\x99", 5, 0 },	/* במאי */
	{ "\xd7\x91\xd7\x9e\xd7\xa8\xd7\xa5", 3, 0 },	/* במרץ */
	{ "\xd7\x91\xd7\xa0\xd7\x95\xd7\x91\xd7\x9e\xd7\x91\xd7\xa8", 11, 0 },	/* בנובמבר */
	{ "\xd7\x91\xd7\xa1\xd7\xa4\xd7\x98\xd7\x9e\xd7\x91\xd7\xa8", 9, 0 },	/* בספטמבר */
	{ "\xd7\x91\xd7\xa4\xd7\x91\xd7\xa8\xd7\x95\xd7\x90\xd7\xa8", 2, 0 },	/* בפברואר */
	{ "\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8", 12, 0 },	/* דצמבר */
	{ "\xd7\x99\xd7\x95\xd7\x9c\xd7\x99", 7, 0 },	/* יולי */
	{ "\xd7\x99\xd7\x95\xd7\xa0\xd7\x99", 6, 0 },	/* יוני */
	{ "\xd7\x99\xd7\xa0\xd7\x95\xd7\x90\xd7\xa8", 1, 0 },	/* ינואר */
	{ "\xd7\x9e\xd7\x90\xd7\x99", 5, 0 },	/* מאי */
	{ "\xd7\x9e\xd7\xa8\xd7\xa5", 3, 0 },	/* מרץ */
	{ "\xd7\xa0\xd7\x95\xd7\x91\xd7\x9e\xd7\x91\xd7\xa8", 11, 0 },	/* נובמבר */
	{ "\xd7\xa1\xd7\xa4\xd7\x98\xd7\x9e\xd7\x91\xd7\xa8", 9, 0 },	/* ספטמבר */
	{ "\xd7\xa4\xd7\x91\xd7\xa8\xd7\x95\xd7\x90\xd7\xa8", 2, 0 },	/* פברואר */
	{ "\xd8\xa7\xd8\xa8", 8, 1 },	/* اب */
	{ "\xd8\xa7\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4, 0 },	/* ابريل */
	{ "\xd8\xa7\xd8\xb0\xd8\xa7\xd8\xb1", 3, 1 },	/* اذار */
	{ "\xd8\xa7\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3", 8, 0 },	/* اغسطس */
	{ "\xd8\xa7\xd9\x83\xd8\xaa\xd8\xa8\xd8\xb1", 10, 0 },	/* اكتبر */
	{ "\xd8\xa7\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1", 10, 0 },	/* اكتوبر */
	{ "\xd8\xa7\xd9\x88\xd8\xaa", 8, 0 },	/* اوت */
	{ "\xd8\xa7\xd9\x88\xd8\xb1\xd9\x8a\xd9\x84", 4, 0 },	/* اوريل */
	{ "\xd8\xa7\xd9\x8a\xd8\xa7\xd8\xb1", 5, 0 },	/* ايار */
	{ "\xd8\xa7\xd9\x8a\xd9\x84\xd9\x88\xd9\x84", 9, 0 },	/* ايلول */
	{ "\xd8\xaa\xd9\x85\xd9\x88\xd8\xb2", 7, 0 },	/* تموز */
	{ "\xd8\xad\xd8\xb2\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", 6, 0 },	/* حزيران */
	{ "\xd8\xaf\xd8\xb3\xd8\xa7\xd9\x85\xd8\xa8\xd8\xb1", 12, 0 },	/* دسامبر */
	{ "\xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1", 12, 0 },	/* ديسمبر */
	{ "\xd8\xb3\xd8\xa8\xd8\xaa\xd9\x85\xd8\xa8\xd8\xb1", 9, 0 },	/* سبتمبر */
	{ "\xd8\xb3\xd9\xbe\xd8\xaa\xd8\xa7\xd9\x85\xd8\xa8\xd8\xb1", 9, 0 },	/* سپتامبر */
	{ "\xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7", 2, 0 },	/* شباط */
	{ "\xd9\x81\xd8\xa8\xd8\xb1\xd8\xa7\xd9\x8a\xd8\xb1", 2, 0 },	/* فبراير */
	{ "\xd9\x81\xd9\x88\xd8\xb1\xd9\x8a\xd9\x87", 2, 0 },	/* فوريه */
	{ "\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3", 3, 1 },	/* مارس */
	{ "\xd9\x85\xd8\xa7\xd9\x8a\xd9\x88", 5, 0 },	/* مايو */
	{ "\xd9\x85\xd9\x87", 5, 1 },	/* مه */
	{ "\xd9\x86\xd9\x88\xd8\xa7\xd9\x85\xd8\xa8\xd8\xb1", 11, 0 },	/* نوامبر */
	{ "\xd9\x86\xd9\x88\xd9\x81\xd9\x85\xd8\xa8\xd8\xb1", 11, 0 },	/* نوفمبر */
	{ "\xd9\x86\xd9\x8a\xd8\xb3\xd8\xa7\xd9\x86", 4, 0 },	/* نيسان */
	{ "\xd9\x8a\xd9\x86\xd8\xa7\xd9\x8a\xd8\xb1", 1, 0 },	/* يناير */
	{ "\xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd8\xa9", 7, 0 },	/* يولية */
	{ "\xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88", 7, 0 },	/* يوليو */
	{ "\xd9\x8a\xd9\x88\xd9\x86\xd9\x8a\xd8\xa9", 6, 0 },	/* يونية */
	{ "\xd9\x8a\xd9\x88\xd9\x86\xd9\x8a\xd9\x88", 6, 0 },	/* يونيو */
	{ "\xda\x98\xd8\xa7\xd9\x86\xd9\x88\xd9\x8a\xd9\x87", 1, 0 },	/* ژانويه */
	{ "\xda\x98\xd9\x88\xd8\xa6\xd9\x86", 6, 0 },	/* ژوئن */
	{ "\xda\x98\xd9\x88\xd8\xa6\xd9\x8a\xd9\x87", 7, 0 },	/* ژوئيه */
	{ "\xda\x98\xd9\x88\xd9\x8a\xd9\x86", 6, 0 },	/* ژوين */
	{ "\xda\x98\xd9\x88\xd9\x8a\xd9\x8a\xd9\x87", 7, 0 },	/* ژوييه */
	{ "\xe0\xa4\x85\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa5\x82\xe0\xa4\xac\xe0\xa4\xb0", 10, 0 },	/* अक्टूबर */
	{ "\xe0\xa4\x85\xe0\xa4\x97\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4", 8, 0 },	/* अगस्त */
	{ "\xe0\xa4\x85\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x88\xe0\xa4\xb2", 4, 0 },	/* अप्रैल */
	{ "\xe0\xa4\x9c\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 1, 0 },	/* जनवरी */
	{ "\xe0\xa4\x9c\xe0\xa5\x81\xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x88", 7, 0 },	/* जुलाई */
	{ "\xe0\xa4\x9c\xe0\xa5\x82\xe0\xa4\xa8", 6, 0 },	/* जून */
	{ "\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 12, 0 },	/* दिसंबर */
	{ "\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 12, 0 },	/* दिसम्बर */
	{ "\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 11, 0 },	/* नवंबर */
	{ "\xe0\xa4\xa8\xe0\xa4\xb5\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 11, 0 },	/* नवम्बर */
	{ "\xe0\xa4\xab\xe0\xa4\xb0\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 2, 0 },	/* फरवरी */
	{ "\xe0\xa4\xab\xe0\xa4\xbc\xe0\xa4\xb0\xe0\xa4\xb5\xe0\xa4\xb0\xe0\xa5\x80", 2, 0 },	/* फ़रवरी */
	{ "\xe0\xa4\xae\xe0\xa4\x88", 5, 0 },	/* मई */
	{ "\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\x9a", 3, 0 },	/* मार्च */
	{ "\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xa4\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0", 9, 0 },	/* सितंबर */
	{ "\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xa4\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xb0", 9, 0 },	/* सितम्बर */
	{ "\xe0\xb8\x81\x2e\xe0\xb8\x84", 7, 2 },	/* ก.ค */
	{ "\xe0\xb8\x81\x2e\xe0\xb8\x9e", 2, 2 },	/* ก.พ */
	{ "\xe0\xb8\x81\x2e\xe0\xb8\xa2", 9, 2 },	/* ก.ย */
	{ "\xe0\xb8\x81\xe0\xb8\xa3\xe0\xb8\x81\xe0\xb8\x8e\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 7, 2 },	/* กรกฎาคม */
	{ "\xe0\xb8\x81\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\xa2\xe0\xb8\xb2\xe0\xb8\xa2\xe0\xb8\x99", 9, 2 },	/* กันยายน */
	{ "\xe0\xb8\x81\xe0\xb8\xb8\xe0\xb8\xa1\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\x9e\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\x98\xe0\xb9\x8c", 2, 2 },	/* กุมภาพันธ์ */
	{ "\xe0\xb8\x95\x2e\xe0\xb8\x84", 10, 2 },	/* ต.ค */
	{ "\xe0\xb8\x95\xe0\xb8\xb8\xe0\xb8\xa5\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 10, 2 },	/* ตุลาคม */
	{ "\xe0\xb8\x98\x2e\xe0\xb8\x84", 12, 2 },	/* ธ.ค */
	{ "\xe0\xb8\x98\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\xa7\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 12, 2 },	/* ธันวาคม */
	{ "\xe0\xb8\x9e\x2e\xe0\xb8\x84", 5, 2 },	/* พ.ค */
	{ "\xe0\xb8\x9e\x2e\xe0\xb8\xa2", 11, 2 },	/* พ.ย */
	{ "\xe0\xb8\x9e\xe0\xb8\xa4\xe0\xb8\xa8\xe0\xb8\x88\xe0\xb8\xb4\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa2\xe0\xb8\x99", 11, 2 },	/* พฤศจิกายน */
	{ "\xe0\xb8\x9e\xe0\xb8\xa4\xe0\xb8\xa9\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 5, 2 },	/* พฤษภาคม */
	{ "\xe0\xb8\xa1\x2e\xe0\xb8\x84", 1, 2 },	/* ม.ค */
	{ "\xe0\xb8\xa1\xe0\xb8\x81\xe0\xb8\xa3\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 1, 2 },	/* มกราคม */
	{ "\xe0\xb8\xa1\xe0\xb8\xb4\x2e\xe0\xb8\xa2", 6, 2 },	/* มิ.ย */
	{ "\xe0\xb8\xa1\xe0\xb8\xb4\xe0\xb8\x96\xe0\xb8\xb8\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\xa2\xe0\xb8\x99", 6, 2 },	/* มิถุนายน */
	{ "\xe0\xb8\xa1\xe0\xb8\xb5\x2e\xe0\xb8\x84", 3, 2 },	/* มี.ค */
	{ "\xe0\xb8\xa1\xe0\xb8\xb5\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 3, 2 },	/* มีนาคม */
	{ "\xe0\xb8\xaa\x2e\xe0\xb8\x84", 8, 2 },	/* ส.ค */
	{ "\xe0\xb8\xaa\xe0\xb8\xb4\xe0\xb8\x87\xe0\xb8\xab\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1", 8, 2 },	/* สิงหาคม */
	{ "\xe0\xb9\x80\xe0\xb8\xa1\x2e\xe0\xb8\xa2", 4, 2 },	/* เม.ย */
	{ "\xe0\xb9\x80\xe0\xb8\xa1\xe0\xb8\xa9\xe0\xb8\xb2\xe0\xb8\xa2\xe0\xb8\x99", 4, 2 },	/* เมษายน */
};

/* No month name is shorter (check_textspeed holds the table to it:
 * qr_dates_tables_fit()). */
#define MONTH_MIN	3
/* Nor longer, in bytes once folded (Thai "กุมภาพันธ์": 30). */
#define MONTH_MAX	30

/* English weekday abbreviations, which some themes put between the
 * day and the year. */
static const char *const weekdays[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL,
};

/* Words allowed between a date and its time (folded): "at", "um", "a
 * las", "à", "às", "alle ore", "om", "kl.", "klo", "klockan", "в",
 * "о", "o", "v", "u", "ob", "στις", "la", "a les", "pukul", "jam",
 * "lúc". */
static const char *const conn_words[] = {
	"at", "um", "a", "las", "les", "la", "as", "alle", "ore", "om", "kl",
	"klo", "klockan", "kello", "t", "o", "v", "u", "ob", "pukul", "jam",
	"luc", "saat", "plkst",
	"\xd7\x91\xd7\xa9\xd7\xa2\xd7\x94",		/* בשעה */
	"\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xb9\xd8\xa9",	/* الساعة */
	"\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb8\xa5\xe0\xb8\xb2",	/* เวลา */
	"\xd0\xb2",			/* в */
	"\xd0\xbe",			/* о */
	"\xd0\xbe\xd0\xb1",		/* об */
	"\xd1\x83",			/* у */
	"\xcf\x83\xcf\x84\xce\xb9\xcf\x83",	/* στις */
	NULL,
};
/* Words after which a time may be written with a dot ("klo 9.12",
 * "pukul 09.12", "kl. 09.12", "ore 9.12"). */
static const char *const clock_words[] = {
	"kl", "klo", "klockan", "kello", "pukul", "jam", "ore", "plkst", NULL,
};
/* Words allowed between a time and a date that follows it. */
static const char *const pre_words[] = {
	"on", "am", "le", "el", "the", "den", NULL,
};
/* After a year: "2014 г.", "2014 года", "2014 r.", "2014 roku", "2014
 * року", "2014 р.". */
static const char *const year_words[] = {
	"r", "roku",
	"\xd0\xb3",					/* г */
	"\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0",		/* года */
	"\xd1\x80\xd0\xbe\xd0\xba\xd1\x83",		/* року */
	"\xd1\x80",					/* р */
	NULL,
};

/* Latin Extended-A (U+0100..U+017F): the letter without its accent. */
static const char latin_ext_a[129] =
    "aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii"
    "ii" "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooooo" "rrrrrr"
    "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
/* Latin-1 letters (U+00C0..U+00FF), the same; '\0' for × and ÷. */
static const char latin_1[65] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* Latin Extended Additional's Vietnamese letters (U+1EA0..U+1EF9), the
 * same: ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ, ẹ .. ệ, ỉ ị, ọ .. ợ, ụ .. ự, ỳ ỵ ỷ ỹ
 * (capital and small each). */
static const char vietnamese[91] =
    "aaaaaaaaaaaaaaaaaaaaaaaa" "eeeeeeeeeeeeeeee" "iiii"
    "oooooooooooooooooooooooo" "uuuuuuuuuuuuuu" "yyyyyyyy";

/* The folded form of a code point: lowercase; Latin letters without
 * their accents (ASCII), Greek without its tonos, ё as е; Arabic alef
 * without its hamza or madda, Persian kaf and yeh as the Arabic ones. */
static unsigned long
fold_cp(unsigned long cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
	if (cp >= 0xC0 && cp <= 0xFF)
		return latin_1[cp - 0xC0] != '\0' ?
		    (unsigned char)latin_1[cp - 0xC0] : cp;
	if (cp >= 0x100 && cp <= 0x17F)
		return (unsigned char)latin_ext_a[cp - 0x100];
	if (cp >= 0x218 && cp <= 0x21B)
		return cp < 0x21A ? 's' : 't';		/* Romanian ș ț */
	if (cp == 0x1A0 || cp == 0x1A1)
		return 'o';				/* Vietnamese ơ */
	if (cp == 0x1AF || cp == 0x1B0)
		return 'u';				/* Vietnamese ư */
	if (cp >= 0x1EA0 && cp <= 0x1EF9)		/* Vietnamese ạ..ỹ */
		return (unsigned char)vietnamese[cp - 0x1EA0];
	if (cp >= 0x622 && cp <= 0x6CC) {		/* Arabic, Persian */
		if (cp == 0x622 || cp == 0x623 || cp == 0x625)
			return 0x627;			/* آ أ إ: ا */
		if (cp == 0x6A9)
			return 0x643;			/* Persian ک: ك */
		if (cp == 0x6CC)
			return 0x64A;			/* Persian ی: ي */
		return cp;
	}
	if (cp >= 0x410 && cp <= 0x42F)
		cp += 0x20;				/* А..Я */
	else if (cp >= 0x400 && cp <= 0x40F)
		cp += 0x50;				/* Ѐ..Џ */
	if (cp == 0x451)
		return 0x435;				/* ё: е */
	if (cp >= 0x386 && cp <= 0x3CE) {		/* Greek */
		static const unsigned short tonos[][2] = {
			{ 0x386, 0x3B1 }, { 0x388, 0x3B5 }, { 0x389, 0x3B7 },
			{ 0x38A, 0x3B9 }, { 0x38C, 0x3BF }, { 0x38E, 0x3C5 },
			{ 0x38F, 0x3C9 }, { 0x390, 0x3B9 }, { 0x3AA, 0x3B9 },
			{ 0x3AB, 0x3C5 }, { 0x3AC, 0x3B1 }, { 0x3AD, 0x3B5 },
			{ 0x3AE, 0x3B7 }, { 0x3AF, 0x3B9 }, { 0x3B0, 0x3C5 },
			{ 0x3C2, 0x3C3 }, { 0x3CA, 0x3B9 }, { 0x3CB, 0x3C5 },
			{ 0x3CC, 0x3BF }, { 0x3CD, 0x3C5 }, { 0x3CE, 0x3C9 },
		};
		size_t k;

		for (k = 0; k < sizeof(tonos) / sizeof(tonos[0]); k++)
			if (tonos[k][0] == cp)
				return tonos[k][1];
		if (cp >= 0x391 && cp <= 0x3A9)
			return cp + 0x20;		/* Α..Ω */
	}
	return cp;
}

/* Fold a word into "out" (fold_cp() on each code point, UTF-8 out);
 * returns 0 when it does not fit. */
static int
fold_word(const char *s, size_t len, char *out, size_t outsz)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, o = 0;

	while (i < len) {
		unsigned long	cp;
		size_t		l;

		if (p[i] < 0x80) {
			if (o + 2 > outsz)
				return 0;
			out[o++] = (char)fold_cp(p[i++]);
			continue;
		}
		if ((l = qr_utf8_decode(p + i, len - i, &cp)) == 0)
			return 0;
		i += l;
		cp = fold_cp(cp);
		if (cp < 0x80) {
			if (o + 2 > outsz)
				return 0;
			out[o++] = (char)cp;
		} else {
			if (o + 4 > outsz)
				return 0;
			if (cp < 0x800) {
				out[o++] = (char)(0xC0 | cp >> 6);
				out[o++] = (char)(0x80 | (cp & 0x3F));
			} else {
				out[o++] = (char)(0xE0 | (cp >> 12 & 0x0F));
				out[o++] = (char)(0x80 | (cp >> 6 & 0x3F));
				out[o++] = (char)(0x80 | (cp & 0x3F));
			}
		}
	}
	out[o] = '\0';
	return 1;
}

static int
word_is(const struct tok *t, const char *const *list)
{
	char	w[24];
	size_t	i;

	if (t->kind != T_WORD || !fold_word(t->s, t->len, w, sizeof(w)))
		return 0;
	for (i = 0; list[i] != NULL; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/* strcmp()'s order, inline: the search compares a few bytes of each
 * name, and a call to strcmp() cost more than that. */
static inline int
name_cmp(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b)
		a++, b++;
	return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

/* The month a word names (0: none); *weak set as the table says. */
static int
month_of(const char *s, size_t len, int *weak)
{
	char	w[2 * MONTH_MAX + 8];
	size_t	lo, hi, k;

	*weak = 0;
	if (len < MONTH_MIN || len > 2 * MONTH_MAX)
		return 0;		/* "at", "pm": no month is so short */
	for (k = 0; k < len && (unsigned char)s[k] < 0x80; k++)
		w[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + ('a' - 'A') :
		    s[k]);		/* ASCII: fold_word(), faster */
	w[k] = '\0';
	if (k < len && !fold_word(s, len, w, sizeof(w)))
		return 0;
	lo = 0;
	hi = sizeof(months) / sizeof(months[0]);
	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2;
		int	c = name_cmp(w, months[mid].name);

		if (c == 0) {
			*weak = months[mid].weak;
			return months[mid].month;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* English month names (ASCII letters, any case) and their usual
 * abbreviations, as month_of() finds them in the table, without its
 * search (qr_dates_tables_fit() holds the two to agree): the month, or
 * 0 when s[0..len) is none of them. */
static const char *const en_months[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static int
english_month(const char *s, size_t len)
{
	const char	*name;
	char		 w[10];
	size_t		 k;
	int		 m;

	if (len < 3 || len > 9)
		return 0;
	for (k = 0; k < len; k++)
		w[k] = (char)(s[k] | 0x20);	/* (ASCII letters only) */
	/* the first three letters name at most one month */
	switch (w[0]) {
	case 'j':
		m = w[1] == 'a' ? 1 : w[2] == 'n' ? 6 : 7;
		break;
	case 'f':
		m = 2;
		break;
	case 'm':
		m = w[2] == 'r' ? 3 : 5;
		break;
	case 'a':
		m = w[1] == 'p' ? 4 : 8;
		break;
	case 's':
		m = 9;
		break;
	case 'o':
		m = 10;
		break;
	case 'n':
		m = 11;
		break;
	case 'd':
		m = 12;
		break;
	default:
		return 0;
	}
	name = en_months[m - 1];
	for (k = 0; k < len && name[k] == w[k]; k++)
		continue;
	/* "jan", "january", and "sept" */
	return k == len && (len == 3 || name[len] == '\0' ||
	    (m == 9 && len == 4)) ? m : 0;
}

/* What a code point is to the tokenizer. */
enum cp_class { C_SPACE, C_DIGIT, C_LETTER, C_SOLO, C_PUNCT };

/* ASCII as isspace(), isdigit(), isalpha() class it in the C locale */
#define ASCII_CLASS(c) \
	((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? C_SPACE : \
	 (c) >= '0' && (c) <= '9' ? C_DIGIT : \
	 ((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? C_LETTER : C_PUNCT)

static inline enum cp_class
classify(unsigned long cp)
{
	if (cp < 0x80)
		return ASCII_CLASS(cp);
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
		return C_SPACE;
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0x60C ||
	    cp == 0x61B || cp == 0x61F || cp == 0x6D4 ||	/* ، ؛ ؟ ۔ */
	    (cp >= 0x2000 && cp < 0x2E80) || (cp >= 0x3000 && cp < 0x3040) ||
	    (cp >= 0xFE30 && cp < 0xFF10))
		return C_PUNCT;
	if (cp >= 0x2E80)
		return C_SOLO;	/* CJK: each character a word of its own */
	return C_LETTER;
}

/* Vietnamese month names: "tháng" and the month's number ("tháng 3")
 * or its word ("Tháng Ba", "tháng Mười Hai").  Folded. */
#define M_THANG	13	/* the table's month for "thang" */
static const char *const vi_months[] = {
	"mot", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin",
	"muoi", NULL,
};

/* Token i is "tháng": the month it and the tokens after it name (0:
 * none, as in "3 tháng trước", three months ago).  Weak: read only with
 * a year ("tháng 2" is also "month 2" of a count). */
static void
thang(struct tok *t, size_t n, size_t i)
{
	char	w[8];
	size_t	k;

	t[i].month = 0;
	t[i].weak = 1;
	if (i + 1 >= n)
		return;
	if (t[i + 1].kind == T_NUM && t[i + 1].len <= 2 && t[i + 1].val >= 1 &&
	    t[i + 1].val <= 12) {
		t[i].month = (unsigned char)t[i + 1].val;
		t[i].mspan = 2;
		return;
	}
	if (t[i + 1].kind != T_WORD || !fold_word(t[i + 1].s, t[i + 1].len, w,
	    sizeof(w)))
		return;
	if (strcmp(w, "gieng") == 0)
		k = 0;				/* Tháng Giêng: January */
	else if (strcmp(w, "chap") == 0)
		k = 11;				/* Tháng Chạp: December */
	else {
		for (k = 0; vi_months[k] != NULL && strcmp(w, vi_months[k]);
		    k++)
			;
		if (vi_months[k] == NULL)
			return;
	}
	t[i].month = (unsigned char)(k + 1);
	t[i].mspan = 2;
	if (k == 9 && i + 2 < n && t[i + 2].kind == T_WORD &&
	    fold_word(t[i + 2].s, t[i + 2].len, w, sizeof(w)) &&
	    (strcmp(w, "mot") == 0 || strcmp(w, "hai") == 0)) {
		t[i].month = w[0] == 'm' ? 11 : 12;	/* Mười Một, Mười Hai */
		t[i].mspan = 3;
	}
}

/* Thai abbreviated months ("ก.พ.", "มี.ค."): a word, a dot, a word, a
 * dot, nothing between. */
static int
is_thai_abbr(const struct tok *t, size_t i)
{
	return t[i + 1].kind == T_PUNCT && t[i + 1].s[0] == '.' &&
	    !t[i + 1].sp && t[i + 2].kind == T_WORD && !t[i + 2].sp &&
	    t[i + 3].kind == T_PUNCT && t[i + 3].s[0] == '.' && !t[i + 3].sp;
}

/* Cut s into tokens; returns how many (at most len). */
static size_t
tokenize(const char *s, size_t len, struct tok *t)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n = 0;
	int			 sp = 1;

	while (i < len) {
		unsigned long	cp;
		size_t		l;
		enum cp_class	c;

		if (p[i] < 0x80) {	/* ASCII: no decoding */
			cp = p[i];
			l = 1;
			c = ASCII_CLASS(cp);
		} else {
			if ((l = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
				cp = 0xFFFD;
				l = 1;
			}
			c = classify(cp);
		}
		if (c == C_SPACE) {
			sp = 1;
			i += l;
			continue;
		}
		t[n].s = s + i;
		t[n].sp = (unsigned char)sp;
		t[n].month = 0;
		t[n].weak = 0;
		t[n].mspan = 1;
		t[n].be = 0;
		t[n].val = 0;
		sp = 0;
		if (c == C_DIGIT) {
			size_t j = i;

			while (j < len && p[j] >= '0' && p[j] <= '9')
				j++;
			t[n].kind = T_NUM;
			t[n].val = -1;
			if (j - i <= 6) {	/* atoi(), for its digits */
				size_t d;

				for (d = i, t[n].val = 0; d < j; d++)
					t[n].val = t[n].val * 10 + (p[d] - '0');
			}
			l = j - i;
		} else if (c == C_LETTER) {
			size_t	j = i + l;

			/* a word: letters and letter-like code points */
			while (j < len) {
				size_t m;

				if (p[j] < 0x80) {
					if (ASCII_CLASS(p[j]) != C_LETTER)
						break;	/* classify() says */
					j++;
					continue;
				}
				m = qr_utf8_decode(p + j, len - j, &cp);
				if (m == 0 || classify(cp) != C_LETTER)
					break;
				j += m;
			}
			t[n].kind = T_WORD;
			l = j - i;
		} else
			t[n].kind = c == C_SOLO ? T_WORD : T_PUNCT;
		t[n].len = (unsigned)l;
		i += l;
		n++;
	}
	/* Month names, looked up only where a date can use them: with a
	 * number at most three tokens before ("1º de marzo", "the 4th of
	 * March", "4 d'abril") or two after ("Feb. 15", "marzo de 2014").
	 * Prose seldom has numbers, so most words are never looked up. */
	for (i = 0; i < n; i++) {
		size_t	k, from = i > 3 ? i - 3 : 0, to = i + 3 < n ? i + 3 : n;
		int	weak;

		if (t[i].kind != T_WORD || t[i].len < MONTH_MIN)
			continue;
		for (k = from; k < to && t[k].kind != T_NUM; k++)
			;
		if (k == to)
			continue;
		t[i].month = (unsigned char)month_of(t[i].s, t[i].len, &weak);
		t[i].mspan = 1;
		if (t[i].month == 0 && (unsigned char)t[i].s[0] == 0xE0 &&
		    i + 3 < n && is_thai_abbr(t, i) &&
		    (t[i].month = (unsigned char)month_of(t[i].s,
		    (size_t)(t[i + 2].s + t[i + 2].len - t[i].s), &weak)) != 0)
			t[i].mspan = 4;		/* "ก.พ.": four tokens */
		t[i].weak = (unsigned char)(weak & 1);
		t[i].be = (unsigned char)(weak >> 1);
		if (t[i].month == M_THANG)
			thang(t, n, i);
	}
	return n;
}

static inline int
is_punct(const struct tok *t, const char *chars)
{
	if (t->kind != T_PUNCT || t->len != 1)
		return 0;
	for (; *chars != '\0'; chars++)	/* strchr(), inline */
		if (*chars == t->s[0])
			return 1;
	return 0;
}

/* A punctuation token that is exactly the UTF-8 string "u". */
static int
is_upunct(const struct tok *t, const char *u)
{
	return t->kind == T_PUNCT && t->len == strlen(u) &&
	    memcmp(t->s, u, t->len) == 0;
}

static int
is_num(const struct tok *t, unsigned mindig, unsigned maxdig)
{
	return t->kind == T_NUM && t->len >= mindig && t->len <= maxdig;
}

static int
is_day(const struct tok *t)
{
	return is_num(t, 1, 2) && t->val >= 1 && t->val <= 31;
}

static int
is_year(const struct tok *t)
{
	return is_num(t, 4, 4);
}

/* An ordinal suffix glued to a day: 1st, 2nd, 3rd, 4th, 1er, 1º, 1ª. */
static int
is_ordinal(const struct tok *t)
{
	static const char *const sfx[] = { "st", "nd", "rd", "th", "er",
	    NULL };

	return !t->sp && (word_is(t, sfx) || is_upunct(t, "\xc2\xba") ||
	    is_upunct(t, "\xc2\xaa") || is_upunct(t, "\xc2\xb0"));
}

/* Between a day and its month: "4 de marzo", "the 4th of March",
 * Catalan "4 d'abril" (returns the tokens: 0, 1 or 2). */
static size_t
day_month_joiner(const struct tok *t, size_t n, size_t j)
{
	static const char *const de[] = { "de", "del", "of", NULL };

	if (j >= n)
		return 0;
	if (word_is(&t[j], de))
		return 1;
	if (j + 1 < n && t[j].len == 1 && (t[j].s[0] == 'd' ||
	    t[j].s[0] == 'D') && t[j].kind == T_WORD &&
	    (is_punct(&t[j + 1], "'") || is_upunct(&t[j + 1], "\xe2\x80\x99")))
		return 2;
	return 0;
}

static int
is_de(const struct tok *t)
{
	/* and Vietnamese "năm" (year): "4 tháng 3 năm 2014" */
	static const char *const de[] = { "de", "del", "nam", NULL };

	return word_is(t, de);
}

/* After a year: "г.", "года", "r.", "roku" (returns the tokens). */
static size_t
year_tail(const struct tok *t, size_t n, size_t j)
{
	if (j >= n || !word_is(&t[j], year_words))
		return 0;
	return j + 1 < n && is_punct(&t[j + 1], ".") && !t[j + 1].sp ? 2 : 1;
}

struct date {
	int	y, m, d;
	int	h, mi, sec;		/* h < 0: no time */
	char	zone[8];
	size_t	miss;	/* a pattern's tokens, refused for word_follows() */
};

enum match { M_NONE, M_DATE, M_AMBIGUOUS };

static size_t	match_time(const struct tok *, size_t, size_t, struct date *);
static size_t	zone(const struct tok *, size_t, size_t, char [8]);
static size_t	meridiem(const struct tok *, size_t, size_t, int *);
static int	word_eq(const struct tok *, const char *);

/* A Thai year of the Buddhist era (2557) as the common era's (2014):
 * "m" is the month's token. */
static int
era_year(const struct tok *m, int y)
{
	return m->be && y >= 2443 ? y - 543 : y;
}

/*
 * Does a plain word follow a date that ends before token j?  A date
 * without its year ("May 5 people", "5 May people") or written year
 * first ("in 2014 May 5 people") is then a number in a sentence: a
 * date is followed by its end, punctuation, a number (its time), a
 * connector ("at", "um", "lúc"), a weekday or a clock word.
 */
static int
word_follows(const struct tok *t, size_t n, size_t j)
{
	int pm;

	if (j >= n || t[j].kind != T_WORD || (unsigned char)t[j].s[0] >= 0xE4)
		return 0;	/* CJK characters are words of their own */
	return !word_is(&t[j], conn_words) && !word_is(&t[j], weekdays) &&
	    !word_eq(&t[j], "Uhr") && !word_eq(&t[j], "h") &&
	    meridiem(t, n, j, &pm) == 0;
}

/*
 * The year of a date shown without one ("Jun 20th"), from a reference
 * date (the post's): its year, or the next when the day comes before
 * the reference day (a comment is not older than its post).  0 without
 * a reference.
 */
static int
year_near(const struct date *ref, int m, int d)
{
	if (ref == NULL)
		return 0;
	return m < ref->m || (m == ref->m && d < ref->d) ? ref->y + 1 :
	    ref->y;
}

/* "February 15, 2017", "Feb. 15th 2017", "März 7, 2018"; "Jun 20th"
 * with a reference date; ctime()'s "Wed Mar  4 09:12:00 2014"; "Mar 4
 * '14" (an apostrophe, then two digits: this century). */
static size_t
month_first(const struct tok *t, size_t n, size_t i, struct date *dt,
    const struct date *ref)
{
	size_t j = i + t[i].mspan, k;

	if (t[i].month == 0)
		return 0;
	if (j < n && is_punct(&t[j], ".") && !t[j].sp)
		j++;
	if (j >= n || !is_day(&t[j]))
		return 0;
	dt->d = t[j++].val;
	if (j < n && is_ordinal(&t[j]))
		j++;
	if (j < n && is_punct(&t[j], ","))
		j++;
	if (j < n && word_is(&t[j], weekdays))
		j++;		/* PIXNET: "Dec 28 Sat 2013" */
	dt->m = t[i].month;
	if (j < n && !is_year(&t[j]) && (k = match_time(t, n, j, dt)) > 0 &&
	    j + k < n && is_year(&t[j + k]) && dt->zone[0] == '\0') {
		dt->y = t[j + k].val;	/* ctime(): the time, then the year */
		j += k + 1;
		return j + zone(t, n, j, dt->zone) - i;
	}
	dt->h = -1;
	dt->zone[0] = '\0';
	if (j + 1 < n && (is_punct(&t[j], "'") ||
	    is_upunct(&t[j], "\xe2\x80\x99")) && is_num(&t[j + 1], 2, 2) &&
	    !t[j + 1].sp) {
		dt->y = 2000 + t[j + 1].val;	/* Forem: "Mar 4 '14" */
		return j + 2 - i;
	}
	if (j >= n || !is_year(&t[j])) {
		if (t[i].weak || (dt->y = year_near(ref, dt->m, dt->d)) == 0)
			return 0;
		if (word_follows(t, n, j)) {
			dt->miss = j - i;
			return 0;
		}
		return j - i;
	}
	dt->y = era_year(&t[i], t[j].val);
	return j + 1 + year_tail(t, n, j + 1) - i;
}

/* "15. Februar 2017", "15 February 2017", "26 de abril de 2022",
 * "1er mars 2017", "1º de marzo", "4th of March", "4 марта 2014 г.",
 * "15-Feb-2017"; "20. Juni" with a reference date. */
static size_t
day_first(const struct tok *t, size_t n, size_t i, struct date *dt,
    const struct date *ref)
{
	size_t	j = i + 1, jm, mt;
	int	dash = 0, weak;

	if (!is_day(&t[i]))
		return 0;
	if (j < n && (is_punct(&t[j], ".") || is_ordinal(&t[j])) && !t[j].sp)
		j++;
	else if (j < n && is_punct(&t[j], "-/") && !t[j].sp)
		j++, dash = 1;
	if (!dash)
		j += day_month_joiner(t, n, j);
	if (j >= n || t[j].month == 0 || (dash && t[j].sp))
		return 0;
	weak = t[j].weak;
	dt->m = t[j].month;
	mt = j;
	j += t[j].mspan;
	dt->d = t[i].val;
	if (j < n && is_punct(&t[j], ".") && !t[j].sp)
		j++;
	jm = j;
	if (dash) {
		if (j >= n || !is_punct(&t[j], "-/") || t[j].sp)
			return 0;
		j++;
	} else if (j < n && (is_de(&t[j]) || is_punct(&t[j], ",") ||
	    is_upunct(&t[j], "\xd8\x8c")))		/* Arabic comma */
		j++;
	if (j < n && t[mt].be && t[mt].mspan == 4 && is_num(&t[j], 2, 2) &&
	    !(j + 1 < n && is_punct(&t[j + 1], ":.") && !t[j + 1].sp)) {
		dt->y = 2500 + t[j].val - 543;	/* "4 ก.พ. 57": 2557 */
		return j + 1 - i;
	}
	if (j >= n || !is_year(&t[j]) || (dash && t[j].sp)) {
		if (dash || weak ||
		    (dt->y = year_near(ref, dt->m, dt->d)) == 0)
			return 0;
		if (word_follows(t, n, jm)) {
			dt->miss = jm - i;
			return 0;
		}
		return jm - i;
	}
	dt->y = era_year(&t[mt], t[j].val);
	return j + 1 + year_tail(t, n, j + 1) - i;
}

/* A CJK character (a token of its own) of the list "us". */
static int
is_cjk(const struct tok *t, const char *const *us)
{
	size_t k;

	if (t->kind != T_WORD || t->len != 3)
		return 0;
	for (k = 0; us[k] != NULL; k++)
		if (memcmp(t->s, us[k], 3) == 0)
			return 1;
	return 0;
}

/* The year, month and day marks of Chinese, Japanese and Korean
 * dates: 2017年2月15日, 2014년 3월 4일. */
static const char *const cjk_year[] = { "\xe5\xb9\xb4", "\xeb\x85\x84",
	NULL };
static const char *const cjk_month[] = { "\xe6\x9c\x88", "\xec\x9b\x94",
	NULL };
static const char *const cjk_day[] = { "\xe6\x97\xa5", "\xec\x9d\xbc",
	"\xe5\x8f\xb7", NULL };		/* 日, 일, 号 */

/* "3月4日", "3월 4일" (month and day; 0 when not such) */
static size_t
cjk_month_day(const struct tok *t, size_t n, size_t i, struct date *dt)
{
	if (i + 4 > n || !is_num(&t[i], 1, 2) || !is_cjk(&t[i + 1],
	    cjk_month) || !is_num(&t[i + 2], 1, 2) ||
	    !is_cjk(&t[i + 3], cjk_day))
		return 0;
	dt->m = t[i].val;
	dt->d = t[i + 2].val;
	return 4;
}

/* "2017-02-15", "2014/01/01", "2017.02.15", "2014. 3. 4." (Korean,
 * Hungarian: spaces after the dots, then a dot after the day too),
 * "2017年2月15日", "2014년 3월 4일", "2014. március 4."; "3月4日" with a
 * reference date. */
static size_t
year_first(const struct tok *t, size_t n, size_t i, struct date *dt,
    const struct date *ref)
{
	char	sep[2] = "";
	size_t	j, k;

	if (!is_year(&t[i])) {
		if ((k = cjk_month_day(t, n, i, dt)) == 0 ||
		    (dt->y = year_near(ref, dt->m, dt->d)) == 0)
			return 0;
		return k;
	}
	if (i + 5 <= n && is_punct(&t[i + 1], "-/.")) {
		sep[0] = t[i + 1].s[0];
		if (!is_num(&t[i + 2], 1, 2) || !is_punct(&t[i + 3], sep) ||
		    !is_num(&t[i + 4], 1, 2) || t[i + 1].sp || t[i + 3].sp)
			goto names;
		dt->y = t[i].val;
		dt->m = t[i + 2].val;
		dt->d = t[i + 4].val;
		if (!t[i + 2].sp && !t[i + 4].sp)
			return 5;
		/* "2014. 3. 4.": spaced, only with dots, the last one too */
		if (sep[0] != '.' || i + 6 > n || !is_punct(&t[i + 5], ".") ||
		    t[i + 5].sp || (i + 6 < n && !t[i + 6].sp &&
		    t[i + 6].kind == T_NUM))
			return 0;
		return 6;
	}
names:
	/* "2014. március 4.", "2014 Mar 04", Lithuanian "2014 m. kovo 4
	 * d.", Latvian "2014. gada 4. martā" */
	j = i + 1;
	if (j < n && is_punct(&t[j], ".,") && !t[j].sp)
		j++;
	if (j + 1 < n && word_eq(&t[j], "m") && is_punct(&t[j + 1], ".") &&
	    !t[j + 1].sp)
		j += 2;
	if (j + 3 < n && word_eq(&t[j], "gada") && is_day(&t[j + 1]) &&
	    is_punct(&t[j + 2], ".") && !t[j + 2].sp && t[j + 3].month != 0 &&
	    !t[j + 3].weak) {
		dt->y = t[i].val;
		dt->d = t[j + 1].val;
		dt->m = t[j + 3].month;
		j += 3 + t[j + 3].mspan;
		if (j < n && is_punct(&t[j], ".") && !t[j].sp)
			j++;
		return j - i;
	}
	if (j + 1 < n && t[j].month != 0 && !t[j].weak) {
		dt->m = t[j].month;
		j += t[j].mspan;
		if (j < n && is_punct(&t[j], ".") && !t[j].sp)
			j++;
		if (j < n && is_day(&t[j]) && !(j + 1 < n &&
		    is_punct(&t[j + 1], ":") && !t[j + 1].sp)) {
			dt->y = t[i].val;
			dt->d = t[j++].val;
			if (j < n && is_punct(&t[j], ".") && !t[j].sp)
				j++;
			else if (j + 1 < n && word_eq(&t[j], "d") &&
			    is_punct(&t[j + 1], "."))
				j += 2;		/* Lithuanian: "4 d." */
			else if (word_follows(t, n, j)) {
				dt->miss = j - i;
				return 0;	/* "in 2014 May 5 people" */
			}
			return j - i;
		}
		return 0;
	}
	if (i + 6 <= n && is_cjk(&t[i + 1], cjk_year) &&
	    (k = cjk_month_day(t, n, i + 2, dt)) > 0) {
		dt->y = t[i].val;
		return 2 + k;
	}
	return 0;
}

/* The weekday (0 Monday .. 6 Sunday) an English abbreviation names
 * right before token i ("Tue, 03/04/2014": Drupal's default "D, m/d/Y
 * - H:i"), or -1. */
static int
weekday_before(const struct tok *t, size_t i)
{
	char	w[24];
	size_t	k;

	if (i > 0 && is_punct(&t[i - 1], ","))
		i--;
	if (i == 0 || t[i - 1].kind != T_WORD ||
	    !fold_word(t[i - 1].s, t[i - 1].len, w, sizeof(w)))
		return -1;
	for (k = 0; weekdays[k] != NULL; k++)
		if (strcmp(w, weekdays[k]) == 0)
			return (int)k;
	return -1;
}

/* The weekday of a Gregorian date, 0 Monday .. 6 Sunday (Sakamoto). */
static int
weekday_of(int y, int m, int d)
{
	static const int off[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return ((y + y / 4 - y / 100 + y / 400 + off[m - 1] + d) + 6) % 7;
}

/*
 * "15.02.2017" (day first: dots are the European form and never the
 * US one); "15/02/2017", "15-02-2017", "02/15/2017" only when one of
 * the two readings is impossible (*proof then says which order that
 * was), else in the "order" given (QR_ORDER_DMY, QR_ORDER_MDY), else
 * M_AMBIGUOUS.  "04.03.14" (two digits each, dots) and "3/09/15"
 * (slashes, read as the four-digit form is) only with a time after it
 * ("04.03.14, 09:12", Kinja's "3/09/15 8:47am"): a year of this
 * century.
 */
static size_t
numeric_dmy(const struct tok *t, size_t n, size_t i, struct date *dt,
    enum match *how, int order, int *proof)
{
	char		sep[2] = "";
	int		a, b, year;
	struct date	tm;

	if (i + 5 > n || !is_num(&t[i], 1, 2) || !is_punct(&t[i + 1], "./-") ||
	    t[i + 1].sp)
		return 0;
	sep[0] = t[i + 1].s[0];
	if (!is_num(&t[i + 2], 1, 2) || !is_punct(&t[i + 3], sep) ||
	    t[i + 3].sp)
		return 0;
	if (!is_year(&t[i + 4])) {
		size_t j = i + 5;

		if ((sep[0] != '.' && sep[0] != '/') ||
		    (sep[0] == '.' && (!is_num(&t[i], 2, 2) ||
		    !is_num(&t[i + 2], 2, 2))) || !is_num(&t[i + 4], 2, 2) ||
		    t[i + 2].sp || t[i + 4].sp)
			return 0;
		if (j < n && is_punct(&t[j], ","))
			j++;
		if (j >= n || !t[j].sp || match_time(t, n, j, &tm) == 0)
			return 0;
		if (sep[0] == '/') {	/* "3/09/15 8:47am" (Kinja) */
			year = 2000 + t[i + 4].val;
			goto order;
		}
		*how = M_DATE;
		dt->d = t[i].val;
		dt->m = t[i + 2].val;
		dt->y = 2000 + t[i + 4].val;
		return 5;
	}
	year = t[i + 4].val;
	/* "15. 02. 2017" has spaces after its dots; slashes have none */
	if (sep[0] != '.' && (t[i + 2].sp || t[i + 4].sp))
		return 0;
order:
	a = t[i].val;
	b = t[i + 2].val;
	*how = M_DATE;
	if (sep[0] != '.' && a > 12 && b <= 12)
		*proof |= QR_ORDER_DMY;
	else if (sep[0] != '.' && b > 12 && a <= 12)
		*proof |= QR_ORDER_MDY;
	if (sep[0] == '.' || a > 12 || a == b ||
	    (b <= 12 && order == QR_ORDER_DMY)) {
		dt->d = a;
		dt->m = b;
	} else if (b > 12 || order == QR_ORDER_MDY) {
		dt->m = a;
		dt->d = b;
	} else {
		/* 03/04/2014 after "Tue": the weekday tells which of
		 * the two readings is meant when only one fits */
		int w = weekday_before(t, i), y = year;
		int md = w >= 0 && weekday_of(y, a, b) == w;
		int dm = w >= 0 && weekday_of(y, b, a) == w;

		if (md != dm) {
			dt->m = md ? a : b;
			dt->d = md ? b : a;
		} else
			*how = M_AMBIGUOUS;
	}
	dt->y = year;
	return 5;
}

/* Try every date pattern at token i. */
static size_t
match_date(const struct tok *t, size_t n, size_t i, struct date *dt,
    enum match *how, const struct date *ref, int order, int *proof)
{
	size_t k;

	*how = M_DATE;
	dt->h = -1;
	dt->zone[0] = '\0';
	if (t[i].kind != T_NUM && t[i].month == 0)
		return 0;		/* every date starts so */
	dt->miss = 0;
	if ((k = month_first(t, n, i, dt, ref)) == 0 &&
	    (k = year_first(t, n, i, dt, ref)) == 0 &&
	    (k = numeric_dmy(t, n, i, dt, how, order, proof)) == 0 &&
	    (k = day_first(t, n, i, dt, ref)) == 0) {
		/* a near miss ("May 5 people") leaves the text no date:
		 * it may be one the page meant, beside another */
		if (dt->miss == 0)
			return 0;
		*how = M_AMBIGUOUS;
		return dt->miss;
	}
	/* a longer run of numbers is not a date: 1.2.2017.4, 2017-02-15-3 */
	if (i + k + 1 < n && !t[i + k].sp && is_punct(&t[i + k], "./-:") &&
	    t[i + k + 1].kind == T_NUM && !t[i + k + 1].sp)
		return 0;
	if (*how == M_DATE && !valid_ymd(dt->y, dt->m, dt->d))
		return 0;
	return k;
}

/* "am", "pm", "a.m.", "p.m.", Greek "π.μ." and "μ.μ.", Vietnamese
 * "sáng" and "chiều": returns the
 * tokens used, sets *pm. */
static size_t
meridiem(const struct tok *t, size_t n, size_t i, int *pm)
{
	char w[8], w2[8];

	if (i >= n || t[i].kind != T_WORD ||
	    !fold_word(t[i].s, t[i].len, w, sizeof(w)))
		return 0;
	if (strcmp(w, "am") == 0 || strcmp(w, "pm") == 0) {
		*pm = w[0] == 'p';
		return 1;
	}
	if (strcmp(w, "sang") == 0 || strcmp(w, "chieu") == 0) {
		*pm = w[0] == 'c';	/* Vietnamese sáng, chiều */
		return 1;
	}
	if (strcmp(w, "\xcf\x80\xce\xbc") == 0 ||		/* πμ */
	    strcmp(w, "\xce\xbc\xce\xbc") == 0) {		/* μμ */
		*pm = w[0] != '\xcf';
		return 1;
	}
	if (i + 2 < n && is_punct(&t[i + 1], ".") && t[i + 2].kind == T_WORD &&
	    fold_word(t[i + 2].s, t[i + 2].len, w2, sizeof(w2))) {
		if ((strcmp(w, "a") == 0 || strcmp(w, "p") == 0) &&
		    strcmp(w2, "m") == 0)
			*pm = w[0] == 'p';
		else if ((strcmp(w, "\xcf\x80") == 0 ||		/* π */
		    strcmp(w, "\xce\xbc") == 0) &&			/* μ */
		    strcmp(w2, "\xce\xbc") == 0)
			*pm = w[0] != '\xcf';
		else
			return 0;
		return i + 3 < n && is_punct(&t[i + 3], ".") ? 4 : 3;
	}
	return 0;
}

/* A CJK am or pm before a time: 午前 午後 (Japanese), 오전 오후
 * (Korean), 上午 下午 (Chinese).  Returns the tokens used (2 or 0). */
static size_t
cjk_meridiem(const struct tok *t, size_t n, size_t i, int *pm)
{
	static const char *const first[] = {
		"\xe5\x8d\x88", "\xec\x98\xa4", NULL };		/* 午 오 */
	static const char *const am[] = {
		"\xe5\x89\x8d", "\xec\xa0\x84", NULL };		/* 前 전 */
	static const char *const pmw[] = {
		"\xe5\xbe\x8c", "\xed\x9b\x84", NULL };		/* 後 후 */
	static const char *const zh[] = {
		"\xe4\xb8\x8a", "\xe4\xb8\x8b", NULL };		/* 上 下 */
	static const char *const noon[] = { "\xe5\x8d\x88", NULL };

	if (i + 1 >= n)
		return 0;
	if (is_cjk(&t[i], first) && is_cjk(&t[i + 1], am))
		*pm = 0;
	else if (is_cjk(&t[i], first) && is_cjk(&t[i + 1], pmw))
		*pm = 1;
	else if (is_cjk(&t[i], zh) && is_cjk(&t[i + 1], noon))
		*pm = t[i].s[2] == '\x8b';
	else
		return 0;
	return 2;
}

static int
word_eq(const struct tok *t, const char *w)
{
	return t->kind == T_WORD && t->len == strlen(w) &&
	    strncasecmp(t->s, w, t->len) == 0;
}

/* A shown time zone after a time: "-0400", "+01:00", "UTC", "GMT". */
static size_t
zone(const struct tok *t, size_t n, size_t i, char out[8])
{
	int zh, zm;

	if (i + 2 < n && is_punct(&t[i], "(") && is_punct(&t[i + 2], ")") &&
	    (word_eq(&t[i + 1], "UTC") || word_eq(&t[i + 1], "GMT"))) {
		strcpy(out, "Z");	/* LiveJournal, Dreamwidth: "(UTC)" */
		return 3;
	}
	if (i < n && (word_eq(&t[i], "UTC") || word_eq(&t[i], "GMT") ||
	    (word_eq(&t[i], "Z") && !t[i].sp))) {
		strcpy(out, "Z");
		return 1;
	}
	if (i + 1 < n && is_punct(&t[i], "+-") && !t[i + 1].sp) {
		if (is_num(&t[i + 1], 4, 4)) {
			zh = t[i + 1].val / 100, zm = t[i + 1].val % 100;
			if (zh <= 14 && zm <= 59) {
				snprintf(out, 8, "%c%02u:%02u", t[i].s[0],
				    (unsigned)zh % 100u, (unsigned)zm % 100u);
				return 2;
			}
		} else if (i + 3 < n && is_num(&t[i + 1], 2, 2) &&
		    is_punct(&t[i + 2], ":") && is_num(&t[i + 3], 2, 2) &&
		    t[i + 1].val <= 14 && t[i + 3].val <= 59) {
			snprintf(out, 8, "%c%02u:%02u", t[i].s[0],
			    (unsigned)t[i + 1].val % 100u,
			    (unsigned)t[i + 3].val % 100u);
			return 4;
		}
	}
	return 0;
}

/* A clock word before token i ("klo", "kl."), after which a time may
 * have a dot. */
static int
after_clock_word(const struct tok *t, size_t i)
{
	if (i > 0 && word_is(&t[i - 1], clock_words))
		return 1;
	return i > 1 && is_punct(&t[i - 1], ".") && !t[i - 1].sp &&
	    word_is(&t[i - 2], clock_words);
}

/*
 * A time at token i: "9:12", "09:12:30", "9:12 pm", "9 pm", "13.47 Uhr",
 * "9 Uhr", "14h30", "klo 9.12", "오후 9:12", "午後9時12分", "9시 12분",
 * optionally followed by a shown zone.  Returns the tokens used (0: no
 * time) and fills h, mi, sec and zone in *dt.
 */
static size_t
match_time(const struct tok *t, size_t n, size_t i, struct date *dt)
{
	static const char *const hour_mark[] = {
		"\xe6\x99\x82", "\xe6\x97\xb6", "\xec\x8b\x9c", NULL };	/* 時 时 시 */
	static const char *const min_mark[] = {
		"\xe5\x88\x86", "\xeb\xb6\x84", NULL };		/* 分 분 */
	size_t	j = i, k;
	int	h, mi = 0, sec = -1, pm = -1, uhr = 0;

	/* a number, or a CJK am/pm (three bytes from U+4E00 on) */
	if (t[i].kind != T_NUM && (t[i].kind != T_WORD || t[i].len != 3 ||
	    (unsigned char)t[i].s[0] < 0xE4))
		return 0;
	if ((k = cjk_meridiem(t, n, j, &pm)) > 0)
		j += k;
	if (j >= n || !is_num(&t[j], 1, 2))
		return 0;
	h = t[j++].val;
	if (j < n && is_cjk(&t[j], hour_mark)) {
		j++;			/* 9時12分, 9시 12분, 9時 */
		if (j + 1 < n && is_num(&t[j], 1, 2) &&
		    is_cjk(&t[j + 1], min_mark)) {
			mi = t[j].val;
			j += 2;
		}
		uhr = 1;
	} else if (j + 1 < n && is_punct(&t[j], ":") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp) {
		mi = t[j + 1].val;
		j += 2;
		if (j + 1 < n && is_punct(&t[j], ":") && !t[j].sp &&
		    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp) {
			sec = t[j + 1].val;
			j += 2;
		}
	} else if (j + 2 < n && is_punct(&t[j], ".") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp &&
	    (word_eq(&t[j + 2], "Uhr") || word_eq(&t[j + 2], "h"))) {
		mi = t[j + 1].val;	/* 13.47 Uhr */
		j += 3;
		uhr = 1;
	} else if (j + 1 < n && is_punct(&t[j], ".") && !t[j].sp &&
	    is_num(&t[j + 1], 2, 2) && !t[j + 1].sp &&
	    after_clock_word(t, i) && !(j + 2 < n && !t[j + 2].sp &&
	    is_punct(&t[j + 2], ".") && j + 3 < n && t[j + 3].kind == T_NUM)) {
		mi = t[j + 1].val;	/* klo 9.12 */
		j += 2;
	} else if (j + 1 < n && word_eq(&t[j], "h") &&
	    is_num(&t[j + 1], 2, 2) && t[j].sp == t[j + 1].sp) {
		mi = t[j + 1].val;	/* 14h30, 14 h 30 */
		j += 2;
		if (j < n && word_eq(&t[j], "min"))
			j++;
	} else if (j < n && word_eq(&t[j], "Uhr")) {
		j++;			/* 9 Uhr */
		uhr = 1;
	} else if (pm < 0 && meridiem(t, n, j, &pm) == 0)
		return 0;		/* a bare number is no time */
	if (!uhr && pm < 0 && (k = meridiem(t, n, j, &pm)) > 0) {
		if (h > 12 && !pm)
			pm = -1;	/* "20:41 am": German "am", not a.m. */
		else
			j += k;
	}
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm ? 12 : 0);
	}
	if (!uhr && j < n && (word_eq(&t[j], "Uhr") || word_eq(&t[j], "h")))
		j++;
	if (h > 23 || mi > 59 || sec > 59)
		return 0;
	dt->h = h;
	dt->mi = mi;
	dt->sec = sec;
	dt->zone[0] = '\0';
	j += zone(t, n, j, dt->zone);
	return j - i;
}

static int
is_conn(const struct tok *t, const char *const *words)
{
	/* a weekday in brackets after a CJK date: (火), (화), (星期二) */
	static const char *const cjk_weekday[] = {
		"\xe6\x9c\x88", "\xe7\x81\xab", "\xe6\xb0\xb4", "\xe6\x9c\xa8",
		"\xe9\x87\x91", "\xe5\x9c\x9f", "\xe6\x97\xa5",	/* 月火水木金土日 */
		"\xec\x9b\x94", "\xed\x99\x94", "\xec\x88\x98", "\xeb\xaa\xa9",
		"\xea\xb8\x88", "\xed\x86\xa0", "\xec\x9d\xbc",	/* 월화수목금토일 */
		"\xec\x9a\x94", "\xe6\x9b\x9c",		/* 요 曜 */
		"\xe6\x98\x9f", "\xe6\x9c\x9f", "\xe5\x91\xa8",	/* 星期周 */
		"\xe4\xb8\x80", "\xe4\xba\x8c", "\xe4\xb8\x89", "\xe5\x9b\x9b",
		"\xe4\xba\x94", "\xe5\x85\xad", "\xe5\xa4\xa9",	/* 一二三四五六天 */
		NULL,
	};

	return is_punct(t, ",-/|@().") || is_upunct(t, "–") ||
	    is_upunct(t, "—") || is_upunct(t, "·") || word_is(t, words) ||
	    is_upunct(t, "\xef\xbc\x88") || is_upunct(t, "\xef\xbc\x89") ||
	    is_cjk(t, cjk_weekday);			/* （ ） */
}

/* Only connectors (at most CONN_MAX) in tokens [from, to)? */
static int
only_conn(const struct tok *t, size_t from, size_t to,
    const char *const *words)
{
	size_t i;

	if (to < from || to - from > CONN_MAX)
		return 0;
	for (i = from; i < to; i++)
		if (!is_conn(&t[i], words))
			return 0;
	return 1;
}

struct item {
	size_t		from, to;	/* tokens */
	int		is_date;
	struct date	dt;
};

static void
format_date(const struct date *dt, char out[QR_DATE_MAX])
{
	size_t	used, zl;
	int	n;

	/* what snprintf() below writes, without its cost (a text dump
	 * has a date per comment) */
	if (dt->y >= 0 && dt->y <= 9999 && dt->m >= 0 && dt->m <= 99 &&
	    dt->d >= 0 && dt->d <= 99 && (dt->h < 0 || (dt->h <= 99 &&
	    dt->mi >= 0 && dt->mi <= 99 && dt->sec <= 99 &&
	    memchr(dt->zone, '\0', sizeof(dt->zone)) != NULL))) {
		char *p = put2(put2(out, dt->y / 100), dt->y % 100);

		*p++ = '-';
		p = put2(p, dt->m);
		*p++ = '-';
		p = put2(p, dt->d);
		if (dt->h >= 0) {
			*p++ = 'T';
			p = put2(p, dt->h);
			*p++ = ':';
			p = put2(p, dt->mi);
			if (dt->sec >= 0) {
				*p++ = ':';
				p = put2(p, dt->sec);
			}
			if (dt->zone[0] == '\0')
				*p = '\0';
			else
				memcpy(p, dt->zone, strlen(dt->zone) + 1);
		} else
			*p = '\0';
		return;
	}
	/* Out-of-range fields (the fast path above takes the common case):
	 * snprintf()'s truncation, with the zone appended by hand so that
	 * gcc, which cannot see the ranges, has no truncation to warn of. */
	if (dt->h < 0)
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02d", dt->y, dt->m,
		    dt->d);
	else if (dt->sec < 0)
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d",
		    dt->y, dt->m, dt->d, dt->h, dt->mi);
	else
		n = snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d",
		    dt->y, dt->m, dt->d, dt->h, dt->mi, dt->sec);
	used = n < 0 ? 0 : (size_t)n >= QR_DATE_MAX ? QR_DATE_MAX - 1 :
	    (size_t)n;
	if (dt->h >= 0) {
		zl = strnlen(dt->zone, sizeof(dt->zone));
		if (zl > QR_DATE_MAX - 1 - used)
			zl = QR_DATE_MAX - 1 - used;
		memcpy(out + used, dt->zone, zl);
		out[used + zl] = '\0';
	}
}

/* Copy the time of "tm" into "dt". */
static void
take_time(struct date *dt, const struct date *tm)
{
	dt->h = tm->h;
	dt->mi = tm->mi;
	dt->sec = tm->sec;
	memcpy(dt->zone, tm->zone, sizeof(dt->zone));
}

/*
 * "May 24, 2015 at 9:59 pm", "May 24, 2015 at 21:59", "May 24, 2015":
 * WordPress's default, a date on every comment of a dump, read without
 * the tokens.  Only that exact form (ASCII, single spaces, a month name
 * of the table, a valid day) is taken; it is what read_text() makes of
 * it (check_textspeed holds the two to the same answers).  The digit
 * loops stop one digit past the most they accept, so a long run of
 * digits is refused, never overflowed.  Returns 1 and fills "out", or
 * 0: read_text() reads it.
 */
static int
month_day_year(const char *s, char out[QR_DATE_MAX])
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, j;
	struct date		 dt;
	int			 pm = -1, weak;

	while (ASCII_CLASS(p[i]) == C_LETTER)
		i++;
	if (p[i] != ' ' || !(p[i + 1] >= '0' && p[i + 1] <= '9'))
		return 0;
	if ((dt.m = english_month(s, i)) == 0 &&
	    ((dt.m = month_of(s, i, &weak)) == 0 || dt.m > 12))
		return 0;		/* "thang": read_text() reads it */
	for (j = ++i, dt.d = 0; p[i] >= '0' && p[i] <= '9' && i - j < 3;
	    i++)
		dt.d = dt.d * 10 + (p[i] - '0');
	if (i == j || i - j > 2 || p[i] != ',' || p[i + 1] != ' ')
		return 0;
	for (j = i += 2, dt.y = 0; p[i] >= '0' && p[i] <= '9' &&
	    i - j < 5; i++)
		dt.y = dt.y * 10 + (p[i] - '0');
	if (i - j != 4 || !valid_ymd(dt.y, dt.m, dt.d))
		return 0;
	dt.h = dt.sec = -1;
	dt.mi = 0;
	dt.zone[0] = '\0';
	if (p[i] != '\0') {
		if (p[i] != ' ' || p[i + 1] != 'a' || p[i + 2] != 't' ||
		    p[i + 3] != ' ')
			return 0;
		for (j = i += 4, dt.h = 0; p[i] >= '0' && p[i] <= '9' &&
		    i - j < 3; i++)
			dt.h = dt.h * 10 + (p[i] - '0');
		if (i == j || i - j > 2 || p[i] != ':' ||
		    !(p[i + 1] >= '0' && p[i + 1] <= '9') ||
		    !(p[i + 2] >= '0' && p[i + 2] <= '9'))
			return 0;
		dt.mi = (p[i + 1] - '0') * 10 + (p[i + 2] - '0');
		i += 3;
		if (p[i] == ' ' &&
		    ((p[i + 1] | 0x20) == 'a' || (p[i + 1] | 0x20) == 'p') &&
		    (p[i + 2] | 0x20) == 'm' && p[i + 3] == '\0') {
			pm = (p[i + 1] | 0x20) == 'p';
			i += 3;
		}
		if (p[i] != '\0' || dt.mi > 59)
			return 0;
		if (pm >= 0) {
			if (dt.h < 1 || dt.h > 12)
				return 0;
			dt.h = dt.h % 12 + (pm ? 12 : 0);
		} else if (dt.h > 23)
			return 0;
	}
	format_date(&dt, out);
	return 1;
}

/* qr_date_from_text(), and with "ref" set, dates without a year too;
 * ambiguous numeric dates in "order" (0: none); the orders its numeric
 * dates prove or into *proof (may be NULL). */
static int
read_text(const char *s, const struct date *ref, int order, int *proof,
    char out[QR_DATE_MAX], int slow)
{
	struct tok	*t, tshort[SHORT_TEXT];
	struct item	*it, ishort[SHORT_TEXT];
	size_t		 len, n, i, k, ni = 0, first = (size_t)-1;
	struct date	 dt;
	enum match	 how;
	int		 ambiguous = 0, ok = 1, dummy = 0;

	if (proof == NULL)
		proof = &dummy;
	if (s == NULL)
		return 0;
	if (qr_date_from_iso(s, out))
		return 1;
	if (!slow && month_day_year(s, out))
		return 1;
	if ((len = strlen(s)) == 0 || len > TEXT_MAX)
		return 0;
	/* a date line is short: its tokens on the stack */
	t = len <= SHORT_TEXT ? tshort : qr_xmalloc(len * sizeof(*t));
	n = tokenize(s, len, t);
	it = n < SHORT_TEXT ? ishort : qr_xmalloc((n + 1) * sizeof(*it));
	for (i = 0; i < n; ) {
		if ((k = match_date(t, n, i, &dt, &how, ref, order, proof)) >
		    0) {
			if (how == M_AMBIGUOUS)
				ambiguous = 1;
			else {
				it[ni].is_date = 1;
				if (first == (size_t)-1)
					first = ni;
				else if (dt.y != it[first].dt.y ||
				    dt.m != it[first].dt.m ||
				    dt.d != it[first].dt.d)
					ok = 0;	/* two different dates */
			}
		} else if ((k = match_time(t, n, i, &dt)) > 0)
			it[ni].is_date = 0;
		else {
			i++;
			continue;
		}
		if (how != M_AMBIGUOUS || it[ni].is_date == 0) {
			it[ni].from = i;
			it[ni].to = i + k;
			it[ni].dt = dt;
			ni++;
		}
		i += k;
	}
	if (ambiguous || !ok || first == (size_t)-1) {
		if (it != ishort)
			free(it);
		if (t != tshort)
			free(t);
		return 0;
	}
	/* The time right after one of the date's mentions, else right
	 * before one. */
	dt = it[first].dt;
	for (i = first; i < ni && dt.h < 0; i++)
		if (it[i].is_date && i + 1 < ni && !it[i + 1].is_date &&
		    only_conn(t, it[i].to, it[i + 1].from, conn_words))
			take_time(&dt, &it[i + 1].dt);
	for (i = first; i < ni && dt.h < 0; i++)
		if (it[i].is_date && i > 0 && !it[i - 1].is_date &&
		    only_conn(t, it[i - 1].to, it[i].from, pre_words))
			take_time(&dt, &it[i - 1].dt);
	format_date(&dt, out);
	if (it != ishort)
		free(it);
	if (t != tshort)
		free(t);
	return 1;
}

int
qr_date_from_text(const char *s, char out[QR_DATE_MAX])
{
	return read_text(s, NULL, 0, NULL, out, 0);
}

static int
date_order(const char *s, const char *ref, int order, int *proof,
    char out[QR_DATE_MAX], int slow)
{
	struct date	r;
	char		iso[QR_DATE_MAX];

	if (order != QR_ORDER_DMY && order != QR_ORDER_MDY)
		order = 0;
	if (ref == NULL || !qr_date_from_iso(ref, iso))
		return read_text(s, NULL, order, proof, out, slow);
	memset(&r, 0, sizeof(r));
	digits(iso, 4, &r.y);
	digits(iso + 5, 2, &r.m);
	digits(iso + 8, 2, &r.d);
	return read_text(s, &r, order, proof, out, slow);
}

int
qr_date_from_text_order(const char *s, const char *ref, int order,
    int *proof, char out[QR_DATE_MAX])
{
	return date_order(s, ref, order, proof, out, 0);
}

int
qr_date_from_text_order_slow(const char *s, const char *ref, int order,
    int *proof, char out[QR_DATE_MAX])
{
	return date_order(s, ref, order, proof, out, 1);
}

int
qr_date_from_text_near(const char *s, const char *ref,
    char out[QR_DATE_MAX])
{
	return qr_date_from_text_order(s, ref, 0, NULL, out);
}

int
qr_date_month_day_year(const char *s, size_t len, char out[QR_DATE_MAX])
{
	char	buf[64];
	size_t	i;

	/* the longest such date: a month name of MONTH_MAX letters and
	 * " 12, 2015 at 12:59 pm" */
	if (len < 11 || len >= sizeof(buf))
		return 0;
	/* (most lines fail at once: the form ends in a figure or "am",
	 * "pm"; it starts with a word, a space and a figure) */
	if (!(s[len - 1] >= '0' && s[len - 1] <= '9') &&
	    (s[len - 1] | 0x20) != 'm')
		return 0;
	for (i = 0; i < len && ASCII_CLASS((unsigned char)s[i]) == C_LETTER;
	    i++)
		continue;
	if (i < MONTH_MIN || i + 1 >= len || s[i] != ' ' ||
	    !(s[i + 1] >= '0' && s[i + 1] <= '9'))
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return month_day_year(buf, out);
}

const char *
qr_date_month_name(size_t i)
{
	return i < sizeof(months) / sizeof(months[0]) ? months[i].name :
	    NULL;
}

int
qr_dates_tables_fit(void)
{
	size_t i;

	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++)
		if (strlen(months[i].name) < MONTH_MIN ||
		    strlen(months[i].name) > MONTH_MAX || months[i].month < 1 ||
		    months[i].month > M_THANG || (i > 0 &&
		    strcmp(months[i - 1].name, months[i].name) >= 0))
			return 0;
	/* english_month() finds what month_of() finds */
	for (i = 0; i < 12; i++) {
		size_t	n = strlen(en_months[i]);
		int	weak;

		if (english_month(en_months[i], n) != (int)i + 1 ||
		    month_of(en_months[i], n, &weak) != (int)i + 1 ||
		    english_month(en_months[i], 3) != (int)i + 1 ||
		    month_of(en_months[i], 3, &weak) != (int)i + 1)
			return 0;
	}
	{
		int weak;

		return month_of("sept", 4, &weak) == 9 &&
		    english_month("sept", 4) == 9;
	}
}
