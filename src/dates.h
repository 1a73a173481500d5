/*
 * dates.h -- dates as the model wants them (ISO 8601), from what pages
 * and dumps show.  Used by both readers.
 */
#ifndef QUIRE_DATES_H
#define QUIRE_DATES_H

#include <stddef.h>

#define QR_DATE_MAX 40	/* room for "2017-02-15T09:12:00+01:00" and NUL */

/* A datetime attribute or ISO-like string ("2017-02-15T09:12:00+00:00",
 * "2017-02-15 09:12", "2017-02-15") normalised to ISO 8601 in "out".
 * Returns 1, or 0 (out untouched) when it is not such a date. */
int	qr_date_from_iso(const char *s, char out[QR_DATE_MAX]);

/* A Unix time in seconds (10 digits) or milliseconds (13), as a page
 * keeps it in an attribute (Kinja's data-publishtime, Facebook's
 * data-utime), as "2015-03-09T15:47:05Z".  Returns 1, or 0 (out
 * untouched) when s is not such a number. */
int	qr_date_from_epoch(const char *s, char out[QR_DATE_MAX]);

/* A date as people write it on pages, when it is unambiguous ("February
 * 15, 2017 at 9:12 am", "15. Februar 2017 um 09:12", "März 7, 2018",
 * "2017/02/15 20:31") as ISO 8601 in "out".  Returns 1, or 0 (out
 * untouched) when the text holds no date it can read for sure
 * (relative dates, 02/03/2017, ...). */
int	qr_date_from_text(const char *s, char out[QR_DATE_MAX]);

/* The same, but a date shown without its year ("Jun 20th at 2:41 am",
 * "20. Juni") takes it from "ref", an ISO 8601 date such as the post's
 * (doc->date): the year that puts it on or after ref's day.  With ref
 * NULL or not a date, exactly qr_date_from_text(). */
int	qr_date_from_text_near(const char *s, const char *ref,
	    char out[QR_DATE_MAX]);

/* The commonest form alone, "May 24, 2015" or "May 24, 2015 at 9:59
 * pm" (an English month name, or any of the table's written in ASCII
 * letters; "at" and the time optional), in s[0..len) (not
 * NUL-terminated), nothing before or after it: 1 and the date in "out"
 * (as qr_date_from_text_near() gives it, whatever ref), else 0. */
int	qr_date_month_day_year(const char *s, size_t len,
	    char out[QR_DATE_MAX]);
/* For the tests: the month table's i-th name (folded), NULL past its
 * end. */
const char	*qr_date_month_name(size_t i);

/* For the tests: does the month table keep the bounds and the order
 * month_of() relies on? */
int	qr_dates_tables_fit(void);

/* The order of a numeric date's day and month ("03-06-2021"). */
#define QR_ORDER_DMY	1
#define QR_ORDER_MDY	2

/* qr_date_from_text_near(), reading an ambiguous numeric date
 * ("03-06-2021": March 6 or June 3) in "order" (QR_ORDER_DMY,
 * QR_ORDER_MDY; 0: not at all).  With "proof" not NULL, ORs into it
 * the orders that numeric dates in "s" prove: QR_ORDER_DMY for a first
 * field over 12 ("13-06-2021"), QR_ORDER_MDY for a second one
 * ("06-13-2021"), whether or not a date is returned.  A page's dates
 * share a format, so when its dates prove one order and never the
 * other, its ambiguous ones can be read in that order. */
int	qr_date_from_text_order(const char *s, const char *ref, int order,
	    int *proof, char out[QR_DATE_MAX]);

/* qr_date_from_text_order() without its shortcut for the commonest
 * form ("May 24, 2015 at 9:59 pm"), for the tests. */
int	qr_date_from_text_order_slow(const char *s, const char *ref,
	    int order, int *proof, char out[QR_DATE_MAX]);

#endif
