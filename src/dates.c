/*
 * dates.c -- ISO 8601 dates from attributes and from visible text.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

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
valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= mdays[m - 1];
}

int
qr_date_from_iso(const char *s, char out[QR_DATE_MAX])
{
	int	y, mo, d, h = -1, mi = 0, sec = -1;
	char	zone[16] = "";
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
			snprintf(zone, sizeof(zone), "%c%02d:%02d", sign,
			    zh % 100, zm % 100);
		}
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '\0')
		return 0;
	if (h < 0)
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02d", y, mo, d);
	else if (sec < 0)
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d%s",
		    y, mo, d, h, mi, zone);
	else
		snprintf(out, QR_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d%s",
		    y, mo, d, h, mi, sec, zone);
	return 1;
}

int
qr_date_from_text(const char *s, char out[QR_DATE_MAX])
{
	/* Only the ISO form for now; month names come with the metadata
	 * work (see the HTML reader issue). */
	return qr_date_from_iso(s, out);
}
