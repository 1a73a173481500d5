/*
 * xhtml.h -- shared by the XHTML writer's files (write_xhtml.c,
 * xhtml_template.c, xhtml_util.c); not installed.
 */
#ifndef QUIRE_XHTML_H
#define QUIRE_XHTML_H

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>

#include "internal.h"

#define XHTML_NS	"http://www.w3.org/1999/xhtml"

/* ## Strings and URLs (xhtml_util.c) */

/* "s" as text fit for an XML 1.0 document and an HTML content model:
 * invalid UTF-8 becomes U+FFFD; C0 controls other than TAB and LF, CR
 * (as LF), DEL, C1 controls, U+FFFE/U+FFFF and the other noncharacters
 * are dropped.  Returns a malloc'd string (caller frees); NULL for
 * NULL. */
char	*xh_clean_text(const char *s);
/* The length of the leading bytes of s[0..len) that xh_clean_text()
 * keeps as they are: len when it would return a copy of s. */
size_t	 xh_clean_len(const char *s, size_t len);

/* Like xh_clean_text(), and white space collapsed and trimmed; NULL
 * when nothing is left (or s is NULL). */
char	*xh_clean_line(const char *s);

/* What a URL is, after xh_url(). */
enum xh_url_kind {
	XH_URL_REFUSED = 0,	/* unsafe or unusable: write no link */
	XH_URL_REMOTE,		/* http:, https: */
	XH_URL_MAILTO,		/* mailto: */
	XH_URL_LOCAL		/* relative, no base to resolve it */
};

/* Check and percent-encode a scraped URL for an href or src.  Only
 * http, https and mailto URLs and relative references pass; every other
 * scheme (javascript:, vbscript:, data:, file:, ...) is refused, after
 * removing what browsers ignore (TAB, LF, CR anywhere; controls and
 * spaces around).  A relative reference is resolved against "base" (an
 * http(s) URL, may be NULL); one that stays relative is XH_URL_LOCAL,
 * and a bare "#fragment" (which names a place in the scraped page, not
 * in ours) is refused.  Non-ASCII bytes, spaces, controls and the
 * characters RFC 3986 never allows are percent-encoded, as is a '%'
 * not followed by two hex digits.  Sets *out to a malloc'd string
 * (caller frees) unless the URL is refused (*out NULL). */
enum xh_url_kind xh_url(const char *url, const char *base, char **out);

/* Is "s" a BCP 47 language tag of the common shape (en, de-DE,
 * zh-Hant-TW)?  "_" is not accepted: normalise first. */
int	xh_valid_lang(const char *s);

/* "date" (ISO 8601 as the model keeps it) as an HTML datetime value in
 * "iso" and a short human form ("2017-02-15 09:12") in "show".  Returns
 * 0 when it is not such a date (then write it as text). */
int	xh_datetime(const char *date, char iso[48], char show[48]);

/* ## Ids */

/* Strings mapped to numbers: open addressing over offsets into one
 * buffer of keys, so a thread of 50,000 comments costs two growing
 * buffers (in huge pages once big) rather than a malloc() per id. */
struct xh_map {
	struct xh_map_slot	*slot;		/* mask + 1 of them; NULL: none */
	size_t		 mask, n;
	struct qr_buf	 keys;		/* NUL-terminated, one after another */
};

/* The set of ids in use in one output document. */
struct xh_ids {
	struct xh_map	 used;		/* id -> 1 */
	struct xh_map	 next;		/* base -> next suffix to try */
	unsigned long	 anon;		/* comments without a usable id */
};

void	 xh_ids_init(struct xh_ids *);
void	 xh_ids_free(struct xh_ids *);
/* Record an id that is already in the document (the template's). */
void	 xh_ids_take(struct xh_ids *, const char *id);
/* Is the id in the set? */
int	 xh_ids_has(struct xh_ids *, const char *id);
/* A new id for a comment whose page id is "src" (may be NULL):
 * "c-" and the digits or name in src ("comment-1234" gives "c-1234"),
 * else "c-N"; a suffix "-2", "-3", ... makes it unique.  Only ASCII
 * letters, digits, '-', '_' and '.' are used, so it is an NCName.
 * Returns a malloc'd string, also recorded in the set. */
char	*xh_ids_comment(struct xh_ids *, const char *src);

/* ## Output (xhtml_out.c) */

/* Elements, attributes and text written in document order, escaped as
 * libxml2's XML saver escapes them, into a qr_buf. */
struct xh_out {
	xmlOutputBufferPtr	 out;
	xmlBufferPtr		 attr;		/* scratch: an escaped value */
	xmlDocPtr		 doc;		/* says UTF-8, for the escaping */
	const char		*prefix;	/* the XHTML namespace's, or NULL */
	size_t			 plen;
	struct xh_open {
		const char	*name;
		const char	*held;		/* a child's end tag not written */
		int		 held_empty;	/* ...and it has no content */
		int		 hold_ul;	/* hold a <ul> child's end tag */
	}			*st;		/* the open elements */
	size_t			 n, cap;
	int			 pending;	/* the last start tag is open */
	size_t			 slen;		/* bytes in stage */
	char			 stage[4096];	/* small writes, gathered */
};

void	xh_out_begin(struct xh_out *, struct qr_buf *dst, const char *prefix);
/* The same into "f", leaving out the first "skip" bytes: nothing is
 * kept in memory but libxml2's buffer of a few KB.  A write error sets
 * *failed (the writing goes on, into nothing). */
struct xh_sink {
	FILE	*f;
	size_t	 skip;
	int	 failed;
};
void	xh_out_begin_file(struct xh_out *, struct xh_sink *,
	    const char *prefix);
/* Close what is open, flush into dst, free. */
void	xh_out_end(struct xh_out *);
/* Start element "name" (a literal that outlives it) with class "cls"
 * (may be NULL) in the open one; attributes may follow until content. */
void	xh_out_open(struct xh_out *, const char *name, const char *cls);
void	xh_out_attr(struct xh_out *, const char *name, const char *value);
/* Text (clean UTF-8), escaped; "" still makes the element non-empty. */
void	xh_out_text(struct xh_out *, const char *s);
/* The same for s[0..len), s[len] being NUL. */
void	xh_out_text_len(struct xh_out *, const char *s, size_t len);
/* The length of the leading bytes of s[0..len) that xh_clean_text()
 * keeps and the saver writes as they are: printable ASCII other than
 * < > &, TAB and LF.  (SSE2 when there.) */
size_t	xh_plain_len(const char *s, size_t len);
/* End the open element: <name/> when it got no content. */
void	xh_out_close(struct xh_out *);
/* The open element keeps the end tag of its latest <ul> child unwritten
 * until more goes into it or it ends, so xh_out_reopen_held() can still
 * put something at the end of that <ul>. */
void	xh_out_hold_ul(struct xh_out *);
/* Reopen the held child; 0 when there is none. */
int	xh_out_reopen_held(struct xh_out *);
void	xh_out_open_raw(struct xh_out *, const char *name);

/* ## The template (xhtml_template.c) */

enum xh_slot {
	XH_SLOT_TITLE, XH_SLOT_STYLESHEET, XH_SLOT_HEAD, XH_SLOT_METADATA,
	XH_SLOT_BODY, XH_SLOT_COMMENTS, XH_SLOT__MAX
};

struct xh_template {
	xmlDocPtr	 doc;
	xmlNodePtr	 html;			/* the root element */
	xmlNodePtr	 head;			/* NULL if the template has none */
	xmlNodePtr	 slot[XH_SLOT__MAX];	/* the first PI of each kind */
	xmlNodePtr	*titles;		/* every <?quire title?> */
	size_t		 ntitles;
	char		 path[4096];		/* the file it came from */
};

/* Find and load the template: opt->template_path, else post.xhtml in
 * the templates/ folder of the build tree the running program sits in,
 * else in ../share/quire/ beside the program, else in QR_DATADIR.  Checks it: well-formed XML (no network, no DTD
 * loading, no entities), root <html> in the XHTML namespace, only known
 * placeholders, each where it belongs and at most once (title may
 * repeat), a body placeholder present.  Every id the template holds
 * is recorded in "ids".  The DOCTYPE becomes <!DOCTYPE html>.  Returns
 * QR_OK, or
 * QR_ERR_TEMPLATE with "err" naming the file and line. */
enum qr_status	 xh_template_load(struct xh_template *,
		    const struct qr_options *, struct xh_ids *,
		    struct qr_error *);
void		 xh_template_free(struct xh_template *);

/* Replace placeholder PI "pi" by a marker of "frag", its content
 * written by xh_out (NULL: none): "\001" "0" + slot "\002", in a text
 * node when frag ends in text, else in a comment.  As if the fragment's
 * nodes had been moved in place of the PI, a leading line break of the
 * fragment is dropped when a text node stands before the PI: *skip is
 * set to the bytes of frag to leave out.  An empty fragment leaves no
 * marker. */
void		 xh_template_mark(xmlNodePtr pi, enum xh_slot slot,
		    const struct qr_buf *frag, size_t *skip);
/* The same for a fragment not written yet, known by its shape: "len"
 * bytes (0: empty; any larger value when not known), starting with a
 * line break before an element ("lead_nl"), ending in an element's end
 * ("ends_elem"). */
void		 xh_template_mark_shape(xmlNodePtr pi, enum xh_slot slot,
		    size_t len, int lead_nl, int ends_elem, size_t *skip);

#endif
