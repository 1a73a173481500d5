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

/* The metadata that JSON-LD gives ("nblocks" texts of <script
 * type="application/ld+json">, "lens" bytes each; "@id" references are
 * followed across blocks): from the first BlogPosting, Article,
 * NewsArticle, DiscussionForumPosting (any *Article or *Posting type),
 * else the WebPage, also inside @graph arrays; site from its publisher
 * or the WebSite.  Fields already set are left alone; tags only when
 * there are none yet.  A block that is not JSON (unterminated, nested
 * over 256 levels, over 100,000 values in all) is skipped; invalid
 * UTF-8 becomes U+FFFD.  Returns how many blocks parsed.  qr_html_meta()
 * calls this with the page's blocks: call it before scripts are
 * removed. */
int	qr_jsonld_read(struct qr_doc *doc, const char *const *blocks,
	    const size_t *lens, size_t nblocks);

#endif
