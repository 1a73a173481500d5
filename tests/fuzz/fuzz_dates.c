/*
 * fuzz_dates.c -- the date readers (dates.h).  The input is "TEXT" or
 * "TEXT\nREF"; every date they return must be a real ISO 8601 date:
 * YYYY-MM-DD, optionally Thh:mm[:ss] and Z or +hh:mm, with a day that
 * exists in that month.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "dates.h"

static int
num(const char *s, int n)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static void
check_iso(const char *d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	size_t	len = strnlen(d, QR_DATE_MAX);
	int	y, m, day;
	const char *p;

	if (len >= QR_DATE_MAX || len < 10 || d[4] != '-' || d[7] != '-')
		fz_fail("dates: not YYYY-MM-DD", d, len);
	y = num(d, 4), m = num(d + 5, 2), day = num(d + 8, 2);
	if (y < 0 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1] ||
	    (m == 2 && day == 29 && !(y % 4 == 0 &&
	    (y % 100 != 0 || y % 400 == 0))))
		fz_fail("dates: no such day", d, len);
	p = d + 10;
	if (*p == '\0')
		return;
	if (*p != 'T' || num(p + 1, 2) < 0 || num(p + 1, 2) > 23 ||
	    p[3] != ':' || num(p + 4, 2) < 0 || num(p + 4, 2) > 59)
		fz_fail("dates: bad time", d, len);
	p += 6;
	if (*p == ':') {
		if (num(p + 1, 2) < 0 || num(p + 1, 2) > 60)
			fz_fail("dates: bad seconds", d, len);
		p += 3;
	}
	if (*p == 'Z')
		p++;
	else if (*p == '+' || *p == '-') {
		if (num(p + 1, 2) < 0 || num(p + 1, 2) > 23 || p[3] != ':' ||
		    num(p + 4, 2) < 0 || num(p + 4, 2) > 59)
			fz_fail("dates: bad offset", d, len);
		p += 6;
	}
	if (*p != '\0')
		fz_fail("dates: trailing bytes", d, len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s, *ref, out[QR_DATE_MAX];

	if (size > 4096)
		return 0;
	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	if ((ref = strchr(s, '\n')) != NULL)
		*ref++ = '\0';
	if (qr_date_from_iso(s, out))
		check_iso(out);
	if (qr_date_from_text(s, out))
		check_iso(out);
	if (qr_date_from_text_near(s, ref, out))
		check_iso(out);
	free(s);
	return 0;
}
