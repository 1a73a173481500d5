/*
 * html_read.h -- what read_html.c, html_body.c and html_profiles.c
 * share.  Not installed.
 */
#ifndef QUIRE_HTML_READ_H
#define QUIRE_HTML_READ_H

#include "html.h"

enum {
	PF_FLAT = 1,		/* the page's nesting of items means nothing */
	PF_FORUM = 2,		/* page 1: the first post is the post */
	PF_GENERIC = 4		/* items by read_html.c's own rule */
};

struct qr_profile {
	const char	*name;
	const char	*detect, *within, *item, *beside, *indent;
	const char	*body, *author, *date, *link, *drop;
	const char	*counter, *pagecur;
	const char	*level;		/* "level N" labels: the depth */
	int		 flags;
};

/* The table, ended by a NULL name (html_profiles.c). */
extern const struct qr_profile qr_profiles[];
extern const char *const qr_common_drop;

/* Per-element facts, computed in one top-down pass and reached through
 * xmlNode._private. */
struct qr_ninfo {
	int		 item;		/* comment index, or -1 */
	int		 ctx;		/* comment whose markup this is in, -1 */
	unsigned char	 excl;		/* in a sidebar, widget or nav */
	unsigned char	 link;		/* inside <a> or a user's badge */
	unsigned char	 main;		/* inside article or main */
	unsigned char	 within;	/* inside the profile's "within" */
	unsigned char	 cmt;		/* in a comment-ish region (post body
					   never takes it) */
	unsigned char	 skip;		/* the converter leaves it out */
	unsigned char	 jslinks;	/* javascript: links a few levels
					   below (saturates) */
	unsigned char	 donate;	/* links to a donation platform a
					   few levels below (saturates) */
};

#define NINFO(n) ((struct qr_ninfo *)(n)->_private)

/* Converting a DOM subtree to model blocks (html_body.c). */
struct qr_conv {
	struct qr_doc	*doc;
	const char	*base;		/* for relative URLs; may be NULL */
	const struct qr_sel *drop;	/* elements left out (may be NULL) */
	int		 item;		/* >= 0: leave out other comments */
	int		 post;		/* converting the post: leave out
					   comment regions */
	xmlNodePtr	 skip1, skip2, skip3;	/* single nodes left out */
	/* post: blocks that lost a boilerplate box (the block the box
	 * sat in, or the one right before it): qr_boiler_trim() drops
	 * them when they are left as an orphaned caption */
	struct qr_node	**orphan;
	size_t		 norphan, caporphan;
	size_t		 whole;		/* post: its text outside links */
};

/* Append the blocks of "root" (its children only when "inner") to the
 * block container "into".  Iterative; block nesting deeper than a fixed
 * cap is flattened. */
void	qr_conv_blocks(struct qr_conv *, xmlNodePtr root, int inner,
	    struct qr_node *into);

/* The text of a subtree with white space collapsed, trimmed; skips
 * elements marked skip and those "drop" matches.  malloc'd; at most
 * "max" bytes. */
char	*qr_dom_text(xmlNodePtr root, const struct qr_sel *drop, size_t max);

/* html_boiler.c: is element n (inside the post) boilerplate by its
 * class or id (nav, share, related, author box, byline, meta, tags,
 * breadcrumb, pagination, print, date, banner, ...) and not a wrapper
 * of much non-link text, or a widget of javascript: links or a box
 * linking to a donation platform with little text of its own (less
 * than half of "whole", the post's text outside links; 0: unknown)? */
int	qr_boiler_element(xmlNodePtr n, size_t whole);
/* Count link "a" (an <a> element) in the jslinks and donate counters of
 * its nearest ancestors (a fixed number of levels, so linear). */
void	qr_boiler_note_link(xmlNodePtr a);
/* Bytes of text below n outside links (white space not counted),
 * looking at about "cap" bytes of text at most. */
size_t	qr_prose_len(xmlNodePtr n, size_t cap);
/* Remove from the ends of a converted body the blocks made of links,
 * dangling headings and labels, and, before its first real paragraph,
 * date lines and a heading that repeats "title" (may be NULL); the
 * converter's orphaned captions (cv->orphan, may be NULL) that
 * introduce nothing. */
void	qr_boiler_trim(struct qr_node *body, const char *title,
	    const struct qr_conv *cv);
/* A caption-like block: a heading, a paragraph of emphasis only, or one
 * ending in a colon. */
int	qr_boiler_label_like(const struct qr_node *m);

/* Choose and convert the post's body (everything but comments, nav,
 * sidebars, share widgets, forms). */
void	qr_post_body(struct qr_doc *doc, xmlDocPtr page, const char *base);

#endif
