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

/* ---- html_dom.c: attributes, a tiny selector matcher, tree walking -- */

/* The value of attribute "name" of element "n" (case-insensitive name),
 * or NULL; no copy is made (the string lives in the tree). */
const char	*qr_dom_attr(xmlNodePtr n, const char *name);
/* Is "word" one of the white-space separated words of attribute "name"?
 * With "prefix", a word that starts with "word" counts too. */
int		 qr_dom_has_word(xmlNodePtr n, const char *name,
		    const char *word, int prefix);
/* Is n an element named "name" (case-insensitive)?  Inline: it is
 * asked of most elements many times, and most answers are no at the
 * first letter. */
int		 qr_dom_name_eq(const char *a, const char *b);
static inline int
qr_dom_is(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    (n->name[0] | 0x20) == (name[0] | 0x20) &&
	    qr_dom_name_eq((const char *)n->name, name);
}
/* Is n an element named one of "names" (a NULL-terminated list)? */
int		 qr_dom_is_one_of(xmlNodePtr n, const char *const *names);
/* The same for a long list kept by first letter: by_letter[c - 'a'] is
 * the NULL-terminated list of the names that start with letter c (NULL:
 * none), so an element is compared with its own letter's names only. */
int		 qr_dom_is_one_of_by_letter(xmlNodePtr n,
		    const char *const *const by_letter[26]);
/* Is n a fieldset drawn as a quotation (a class with "quote" in it:
 * cnblogs' fieldset.comment_quote)?  Kept by cleaning, read as a quote. */
int		 qr_dom_quote_fieldset(xmlNodePtr n);

/*
 * Selectors: a comma-separated list of compound selectors (optionally "A > B": B whose parent is A), each
 * "tag.class.class#id[attr][attr=v][attr^=v][attr*=v][attr~=v]" with
 * every part optional ("*" or nothing for any tag).  Only compound
 * selectors: context ("inside X") is handled by the callers' one
 * top-down pass, so matching is constant time per element.  A class
 * part ".x-" with a trailing '-' matches any class word starting "x-".
 */
struct qr_sel;
struct qr_sel	*qr_sel_compile(const char *text);
/* The lists texts[0..ntexts) (NULL ones are empty) as one list: their
 * alternatives in order; ends[t] (when ends is not NULL) gets the
 * count of alternatives up to the end of texts[t]. */
struct qr_sel	*qr_sel_compile_list(const char *const *texts, size_t ntexts,
		    size_t *ends);
void		 qr_sel_free(struct qr_sel *);
int		 qr_sel_match(const struct qr_sel *, xmlNodePtr n);
/* The index of the first alternative that matches n, or -1. */
int		 qr_sel_which(const struct qr_sel *, xmlNodePtr n);
/* The index of the first alternative from "from" on that matches n,
 * or -1. */
int		 qr_sel_which_from(const struct qr_sel *, xmlNodePtr n,
		    size_t from);
/* qr_sel_which() of each of "nsel" selectors (NULL ones give -1) on
 * element n, into out[]: n's class words are split once for all. */
void		 qr_sel_which_many(const struct qr_sel *const *sels,
		    size_t nsel, xmlNodePtr n, int *out);
/* How many alternatives the list has. */
size_t		 qr_sel_count(const struct qr_sel *);

/* Pre-order successor of "n" below "root" (NULL at the end); with
 * "skip", n's children are not visited.  Follows links: no recursion.
 * Inline: every walk over the page takes it once a node. */
static inline xmlNodePtr
qr_dom_next(xmlNodePtr n, xmlNodePtr root, int skip)
{
	if (!skip && n->children != NULL && n->type != XML_ENTITY_REF_NODE &&
	    n->type != XML_ATTRIBUTE_NODE)
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* ---- html_clean.c: charset, cleaning, URLs ------------------------- */

/* The page as libxml2 is to read it: "data" (len bytes), UTF-8 with its
 * charset declarations neutralised (enc NULL), or the page itself with
 * the declared charset libxml2 is to decode it from (enc).  A page
 * already valid UTF-8 is neutralised in place when "inplace" (buf
 * itself, writable) is given, else in a copy.  "owned" (may be NULL) is
 * what the caller frees. */
struct qr_html_src {
	const char	*data;
	size_t		 len;
	char		*owned;
	const char	*enc;
	char		 encbuf[64];
};
void		 qr_html_decode(const char *buf, size_t len, char *inplace,
		    struct qr_html_src *src);
/* Remove what never reaches an output: script, style, iframe, object,
 * embed, form controls, svg, templates, XML comments and processing
 * instructions.  One iterative pass.  "page" is an arena tree
 * (html_tree.h): what goes is unlinked, and freed with the tree. */
void		 qr_html_clean(xmlDocPtr page);
/* A URL as the model may keep it: entities decoded, controls and
 * spaces stripped; http, https and (unless "image") mailto kept,
 * relative URLs resolved against "base" (which may be NULL); anything
 * else (javascript:, vbscript:, data:, a relative URL whose first
 * segment holds ':' or '&') refused.  Returns an arena string or NULL. */
const char	*qr_html_safe_url(struct qr_doc *doc, const char *raw,
		    const char *base, int image);

#endif
