/*
 * html.h -- what the HTML reader's files share (read_html.c,
 * html_profiles.c, html_meta.c).  Not installed.
 */
#ifndef QUIRE_HTML_H
#define QUIRE_HTML_H

#include <libxml/HTMLparser.h>

#include "quire.h"

/* Fill the document's metadata (title, author, date, url, site,
 * language, tags) from a parsed page, best source first: JSON-LD,
 * microformats, Open Graph / article:* meta, <meta name=author>,
 * <time datetime>, <link rel=canonical>, <title>.  Fields already set
 * are left alone. */
void	qr_html_meta(struct qr_doc *doc, xmlDocPtr page);

#endif
