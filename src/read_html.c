/*
 * read_html.c -- the HTML reader: a saved blog page to the model.
 *
 *  1. charset (html_clean.c), libxml2's HTML parser (recover, no
 *     network, no error output, HUGE: without it libxml2 2.9 stops the
 *     tree at depth 256);
 *  2. metadata (html_meta.c), before scripts (JSON-LD) are removed;
 *  3. cleaning (html_clean.c);
 *  4. one top-down pass giving every element its facts (struct
 *     qr_ninfo): in a sidebar or nav, comment-ish, which comment it
 *     belongs to.  The profiles of html_profiles.c are tried in order;
 *     the first that finds comments makes the thread;
 *  5. the post's body: the platform's content element, else the block
 *     with the most paragraph text, never the comments.
 *
 * Every pass is linear: context ("inside a sidebar", "in comment 12")
 * flows down from parent to child in pre-order, and nothing walks
 * ancestors per node or recurses per level.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "internal.h"
#include "dates.h"
#include "html_read.h"
#include "html_tree.h"

#define AUTHOR_MAX	200	/* bytes of a commenter's name */
#define DATE_TEXT_MAX	120	/* a date element's text */
#define PICK_MAX	32	/* selector alternatives ranked per field */
#define SKIP_MEASURE	2	/* qr_ninfo.skip while the post is measured */

/* Elements never part of the post or of its thread. */
static const char *const side_sel =
    "nav, .sidebar, #sidebar, .widget-area, #secondary, "
    "[role=complementary], [role=navigation], .recentcomments, "
    "#recentcomments, .widget_recent_comments, .recent-comments, "
    ".sidebar-widget, .menu, .breadcrumb, .breadcrumbs, #wpadminbar, "
    "#wm-ipp, #wm-ipp-base, .wb-autocomplete-suggestions";

/* Elements that are comment regions: the post never takes them. */
static const char *const cmt_sel =
    "#comments, .comments, #respond, .comment-respond, .comments-area, "
    "#disqus_thread, .comment-list, .commentlist, .comments-container, "
    ".comment-section, #comment-section, .kommentare, .comments-block, "
    "#comments-block, #comment-holder, .comment-holder, .comment-form, "
    "#commentform, .comment, .comment-thread, .nocomments, "
    ".akismet_comment_form_privacy_notice";

/* What the post body never keeps. */
static const char *const post_drop =
    ".sharedaddy, .sd-sharing-enabled, .share, .sharing, .social, "
    ".shariff, [class*=share-], [class*=sharing], [class*=social-], "
    ".addtoany_content, .a2a_kit, .heateor_sss_sharing_container, "
    ".ssba, .shareaholic-canvas, .post-share, .entry-share, "
    "[class*=__share], [class*=addthis], [class*=related-post], "
    "[class*=relatedpost], [class*=share-buttons], .rp4wp-related-posts, "
    ".social-share, .share-buttons, .addtoany_share_save_container, "
    ".jp-relatedposts, .related, .related-posts, .yarpp-related, "
    ".post-navigation, .navigation, .nav-links, .nav-previous, "
    ".nav-next, .pager, .wp-block-buttons, .author-box, .author-bio, "
    ".post-tags, .tags, .entry-tags, .entry-meta, .post-meta, "
    ".entry-footer, .byline, .advert, .ad, .ads, .adsbygoogle, "
    ".screen-reader-text, .skip-link, [hidden], [aria-hidden=true], "
    ".comments-link, .post-comments, .printfriendly, .wpcnt, "
    ".wp-block-comments, .entry-utility, .postmetadata, .feedback, "
    "p.tagline, ul.buttons";

/* Where the post usually is, best first (the first alternative with a
 * usable match wins). */
static const char *const post_sel =
    "[itemprop=articleBody], .entry-content, .post-content, .post-body, "
    ".article-content, .article-body, .article__body, .entry-body, "
    ".post-entry, .e-content, .field-name-body, .story-body, "
    ".content-body, .single-post-content, .blog-post-content, "
    ".post-text, .postbody, .post_content, .articleBody, .article-text, "
    ".entry, .hentry, article, main, [role=main], #content, .content";

struct items {
	xmlNodePtr	*node;
	int		*parent;
	unsigned char	*has_text;
	size_t		 n, cap;
};

struct reader {
	struct qr_doc		*doc;
	xmlDocPtr		 page;
	xmlNodePtr		 root;
	const char		*base;
	struct qr_ninfo		*info;
	size_t			 nel;
	struct qr_sel		*side, *cmt, *ping, *pingdrop;
	struct qr_sel		*anyauthor;	/* any_author(), compiled
						   when first needed */
	struct qr_sel		*rdfa;		/* rdfa_author(), too */
	/* repeat_thread(): the comments region and the tag and first
	 * class word (or id's letters) its repeated items share */
	xmlNodePtr		 rep_region;
	const xmlChar		*rep_tag;
	char			 rep_key[64];
	int			 rep_posts;	/* keys by post_key() */
	/* profile detection, in prepare()'s walk: every profile's
	 * "detect" in one list, profile i's alternatives ending at
	 * detend[i]; det[i]: did one match an element outside sidebars
	 * (or has profile i none)? */
	struct qr_sel		*detect;
	size_t			*detend, ndet, detleft;
	unsigned char		*det;
	struct items		 it;
	xmlNodePtr		 post_root;	/* forum: the first post */
	int			 post_item;
	int			 no_post;
	/* numeric comment dates ("03-06-2021"): the orders the page's
	 * dates prove (QR_ORDER_*), the comment being filled's ambiguous
	 * date text, and the comments waiting for the page's order */
	int			 numproof;
	char			*amb;
	struct pending {
		struct qr_node	*cm;
		char		*text;
	}			*pend;
	size_t			 npend, cappend;
};

/* ---- the per-element pass -------------------------------------------- */

static struct qr_ninfo *
pinfo(xmlNodePtr n)
{
	xmlNodePtr p = n->parent;

	return p != NULL && p->type == XML_ELEMENT_NODE ? NINFO(p) : NULL;
}

/* Is element n another comment's than comment k (its own item, or
 * inside one)?  The walks over a comment's markup skip such subtrees. */
static int
other_item(xmlNodePtr n, int k)
{
	int item = NINFO(n)->item;

	return item >= 0 && item != k;
}

/* Only white space, no-break spaces included (a "&nbsp;" spacer is no
 * text: JComments' rounded boxes). */
static int
all_space(const char *t)
{
	for (; *t != '\0'; t++)
		if ((unsigned char)t[0] == 0xC2 && (unsigned char)t[1] == 0xA0)
			t++;
		else if (!isspace((unsigned char)*t))
			return 0;
	return 1;
}

/* The detection list of every profile (r->detect, r->det). */
static void
detect_begin(struct reader *r)
{
	const char	**texts;
	size_t		  np, i;

	for (np = 0; qr_profiles[np].name != NULL; np++)
		continue;
	texts = qr_xcalloc(np + 1, sizeof(*texts));
	r->detend = qr_xcalloc(np + 1, sizeof(*r->detend));
	r->det = qr_xcalloc(np + 1, 1);
	r->ndet = np;
	r->detleft = 0;
	for (i = 0; i < np; i++) {
		texts[i] = qr_profiles[i].detect;
		r->det[i] = texts[i] == NULL;
		r->detleft += !r->det[i];
	}
	r->detect = qr_sel_compile_list(texts, np, r->detend);
	free(texts);
}

/* Element n outside sidebars, whose first match in r->detect is "w":
 * every profile one of whose alternatives matches n is there. */
static void
detect_note(struct reader *r, xmlNodePtr n, int w)
{
	size_t p = 0;

	while (w >= 0 && r->detleft > 0) {
		while (p < r->ndet && r->detend[p] <= (size_t)w)
			p++;
		if (p == r->ndet)
			break;
		if (!r->det[p])
			r->det[p] = 1, r->detleft--;
		w = qr_sel_which_from(r->detect, n, r->detend[p]);
	}
}

/* Give every element its qr_ninfo and the profile-free facts, and find
 * which profiles' "detect" match. */
static void
prepare(struct reader *r)
{
	xmlNodePtr	n;
	size_t		i = 0, n_info;

	detect_begin(r);

	r->nel = 0;
	for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0))
		if (n->type == XML_ELEMENT_NODE)
			r->nel++;
	/* 16 bytes an element, 15 MB on the 50k gen-thread page: in huge
	 * pages (qr_xbig), not ~3,700 faults of 4 KB */
	n_info = (r->nel ? r->nel : 1) * sizeof(*r->info);  /* no wrap:
						   each element is 120 bytes */
	r->info = memset(qr_xbig(n_info, NULL), 0, n_info);
	for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0)) {
		struct qr_ninfo *pi, *me;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		me = &r->info[i++];
		n->_private = me;
		pi = pinfo(n);
		me->item = -1;
		me->ctx = -1;
		me->main = (pi != NULL && pi->main) || qr_dom_is(n, "article") ||
		    qr_dom_is(n, "main");
		{
			/* one look at n's features and class words for
			 * the three lists */
			const struct qr_sel *sels[3];
			int w[3];

			sels[0] = (pi != NULL && pi->excl) || n == r->root ?
			    NULL : r->side;
			sels[1] = r->cmt;
			sels[2] = r->detleft > 0 ? r->detect : NULL;
			qr_sel_which_many(sels, 3, n, w);
			me->excl = (pi != NULL && pi->excl) ||
			    (n != r->root && ((w[0] >= 0 &&
			    !qr_dom_has_word(n, "id", "comments", 0)) ||
			    (qr_dom_is(n, "aside") && !me->main)));
			me->cmt = w[1] >= 0;
			if (!me->excl && w[2] >= 0)
				detect_note(r, n, w[2]);
		}
		if (qr_dom_is(n, "a"))
			qr_boiler_note_link(n);
	}
}

static int
add_item(struct items *it, xmlNodePtr n, int parent)
{
	if (it->n == it->cap) {
		it->cap = it->cap ? it->cap * 2 : 64;
		it->node = qr_xrealloc(it->node, it->cap * sizeof(*it->node));
		it->parent = qr_xrealloc(it->parent,
		    it->cap * sizeof(*it->parent));
		it->has_text = qr_xrealloc(it->has_text, it->cap);
	}
	it->node[it->n] = n;
	it->parent[it->n] = parent;
	it->has_text[it->n] = 0;
	return (int)it->n++;
}

/* A class or id word that names a comment ("comment", "comment-item",
 * "kommentar", ...), not a part of one ("comment-body"): the stem at
 * the start of the word, or after a platform's prefix (below). */
static int stem_word(const char *w, size_t l);

/* Prefixes that make "PREFIX-comment" a button, a form or a teaser, not
 * a comment ("add-comment", "recent-comment", "no-comments"). */
static int
verb_prefix(const char *w, size_t l)
{
	static const char *const verbs[] = { "no", "add", "new", "post",
	    "leave", "write", "recent", "latest", "last", "top", "show",
	    "hide", "load", "more", "open", "close", "closed", "toggle",
	    "count", "has", "form", "submit", "send", "edit", "view", "all",
	    "your", "my", "reply", "respond", "link", "wp", "nav", "total",
	    "num", "number", "hot", "best", "popular", "featured", "sticky",
	    "tab", "btn", "button", "icon", "ico", "fa", "js", "is", NULL };
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		if (strlen(verbs[i]) == l && strncasecmp(w, verbs[i], l) == 0)
			return 1;
	return 0;
}

/* A platform's own prefix before the stem: "isso-comment",
 * "serendipity_comment", "hashover-comment", "remark42__comment",
 * "evo_comment", b2evolution's "bComment": up to 16 letters or digits,
 * then '-', '_' or "__", or a lower-case letter then the stem's capital
 * ("bComment").  Not a verb or teaser word (verb_prefix). */
static int
comment_word(const char *w, size_t l)
{
	size_t i;

	if (stem_word(w, l))
		return 1;
	for (i = 0; i < l && i <= 16 && isalnum((unsigned char)w[i]); i++)
		continue;
	if (i == 0 || i >= l || verb_prefix(w, i))
		return 0;
	if (w[i] == '-' || w[i] == '_') {
		size_t j = i + 1;

		if (j < l && w[j] == '_' && w[i] == '_')
			j++;
		return stem_word(w + j, l - j);
	}
	return 0;
}

static int
camel_comment(const char *w, size_t l)
{
	size_t i;

	/* "bComment": lower-case letters, then the stem with a capital */
	for (i = 0; i < l && i <= 16 && islower((unsigned char)w[i]); i++)
		continue;
	return i > 0 && i < l && isupper((unsigned char)w[i]) &&
	    !verb_prefix(w, i) && stem_word(w + i, l - i);
}

static int
stem_word(const char *w, size_t l)
{
	static const char *const stems[] = { "comment", "kommentar",
	    "commentaire", "comentario", "commento", "reactie", "komentar",
	    "komentarz", NULL };
	static const char *const tails[] = { "", "-item", "_item", "item",
	    "-entry", "-single", "-box",
	    "s-item", "-li", "-node", "-post", NULL };
	size_t i, j;

	for (i = 0; stems[i] != NULL; i++) {
		size_t sl = strlen(stems[i]);

		if (l < sl || strncasecmp(w, stems[i], sl) != 0)
			continue;
		for (j = 0; tails[j] != NULL; j++)
			if (strlen(tails[j]) == l - sl &&
			    strncasecmp(w + sl, tails[j], l - sl) == 0)
				return 1;
		/* comment-1234, comment_1234 */
		if ((w[sl] == '-' || w[sl] == '_') && l > sl + 1) {
			for (j = sl + 1; j < l && isdigit((unsigned char)w[j]);
			    j++)
				continue;
			if (j == l)
				return 1;
		}
	}
	return 0;
}

static int
has_comment_word(xmlNodePtr n, const char *attr)
{
	const char *v = qr_dom_attr(n, attr), *p;

	if (v == NULL)
		return 0;
	for (p = v; *p != '\0';) {
		const char *s;

		while (*p != '\0' && isspace((unsigned char)*p))
			p++;
		s = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		if (p > s && (comment_word(s, (size_t)(p - s)) ||
		    camel_comment(s, (size_t)(p - s))))
			return 1;
	}
	return 0;
}

/* The next white-space separated word of the string at *p (a class
 * attribute's value), its length in *l; *p moves past it.  NULL at the
 * end. */
static const char *
next_word(const char **p, size_t *l)
{
	const char *s = *p, *w;

	while (*s != '\0' && isspace((unsigned char)*s))
		s++;
	for (w = s; *s != '\0' && !isspace((unsigned char)*s); s++)
		continue;
	*p = s;
	*l = (size_t)(s - w);
	return *l > 0 ? w : NULL;
}

/* A class word naming a part of a comment: "comment-content",
 * "comment_meta", "kommentar-text". */
static const char *const part_words[] = { "content", "body", "text",
    "meta", "metadata", "author", "date", "time", "header", "footer",
    "reply", "actions", "avatar", "info", "data", "message", "title",
    "meta-data", "inner", "link", "links", "form", "respond", "count",
    NULL };

static int
has_part_word(xmlNodePtr n)
{
	static const char *const stems[] = { "comment", "kommentar", NULL };
	const char *const *parts = part_words;
	const char *v = qr_dom_attr(n, "class"), *p, *w;
	size_t i, j, l;

	if (v == NULL)
		return 0;
	for (p = v; (w = next_word(&p, &l)) != NULL;) {
		for (i = 0; stems[i] != NULL; i++) {
			size_t sl = strlen(stems[i]);

			if (l <= sl + 1 || strncasecmp(w, stems[i], sl) != 0 ||
			    (w[sl] != '-' && w[sl] != '_'))
				continue;
			for (j = 0; parts[j] != NULL; j++)
				if (strlen(parts[j]) == l - sl - 1 &&
				    strncasecmp(w + sl + 1, parts[j],
				    l - sl - 1) == 0)
					return 1;
		}
	}
	return 0;
}

/* An id that numbers a part of a comment, not the comment:
 * "comment-body-207" (JComments' div.comment-body, whose class word
 * says so, the id alone where the theme's classes say nothing), "comment_text_5":
 * "comment", '-' or '_', a part word (part_words[]), '-' or '_', the
 * number. */
static int
part_id(const char *id)
{
	size_t i, l;

	if (strncasecmp(id, "comment", 7) != 0 ||
	    (id[7] != '-' && id[7] != '_'))
		return 0;
	id += 8;
	for (i = 0; part_words[i] != NULL; i++) {
		l = strlen(part_words[i]);
		if (strncasecmp(id, part_words[i], l) == 0 &&
		    (id[l] == '-' || id[l] == '_') &&
		    isdigit((unsigned char)id[l + 1]) &&
		    strspn(id + l + 1, "0123456789") == strlen(id + l + 1))
			return 1;
	}
	return 0;
}

/* An id that is a comment's number: "comment" or its short form "cmt"
 * and the number, glued or after '-' or '_' ("comment123" of FC2 Blog,
 * Z-BlogPHP's "cmt489"), after a prefix of letters that ends in '-',
 * '_' or a camel-case capital (IntenseDebate's "IDComment-608"); the
 * prefix no verb's ("reply-comment-3" is a button's). */
static int
comment_id(const char *id)
{
	static const char *const stems[] = { "comment", "cmt", NULL };
	size_t	i, j, p;

	for (p = 0; p <= 16 && id[p] != '\0'; p++) {
		int edge = p == 0 || id[p - 1] == '-' || id[p - 1] == '_' ||
		    (isupper((unsigned char)id[p]) &&
		    isalpha((unsigned char)id[p - 1]));

		if (!isalpha((unsigned char)id[p]) && id[p] != '-' &&
		    id[p] != '_')
			return 0;
		if (!edge)
			continue;
		for (i = 0; stems[i] != NULL; i++) {
			size_t sl = strlen(stems[i]);

			if (strncasecmp(id + p, stems[i], sl) != 0)
				continue;
			j = p + sl;
			if (id[j] == '-' || id[j] == '_')
				j++;
			if (!isdigit((unsigned char)id[j]) ||
			    strspn(id + j, "0123456789") != strlen(id + j))
				continue;
			if (p > 1 && verb_prefix(id, p - (id[p - 1] == '-' ||
			    id[p - 1] == '_')))
				return 0;
			return 1;
		}
	}
	return 0;
}

/* A number in base 36 or 16 ("17e", "9f2c"), as some platforms number
 * their comments (Tildes' article#comment-17e): a digit first, then
 * letters or digits only, at most 16. */
static int
base36_id(const char *t)
{
	size_t l = strlen(t);

	return l > 0 && l <= 16 && isdigit((unsigned char)t[0]) &&
	    strspn(t, "0123456789abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == l;
}

/* A web component's element whose name says comment or reply
 * ("comment-item", "reply-item", "x-comment": Halo's widget, its
 * shadow roots read in place by html_clean.c): custom elements have a
 * '-' in their names, so no class is needed to say what they are.  The
 * stem with a tail as comment_word() takes it, or after a prefix;
 * "reply" only with a tail ("reply-item", not a button's
 * "reply-button"). */
static int
custom_item(xmlNodePtr n)
{
	static const char *const tails[] = { "-item", "-entry", "-node",
	    "-post", "-card", NULL };
	const char	*name = (const char *)n->name;
	size_t		 l = strlen(name), i;

	if (memchr(name, '-', l) == NULL)
		return 0;
	if (comment_word(name, l))
		return 1;
	if (strncasecmp(name, "reply", 5) != 0)
		return 0;
	for (i = 0; tails[i] != NULL; i++)
		if (strcasecmp(name + 5, tails[i]) == 0)
			return 1;
	return 0;
}

/* The generic rule: an element whose id or class names a comment, or
 * that microdata or microformats call one: 1, or 2 when only its id
 * says so and the id numbers a part of a comment (part_id()); else
 * 0. */
static int
generic_item(xmlNodePtr n)
{
	static const char *const tags[] = { "li", "div", "article", "section",
	    "dd", "tr", "td", "table", "ul", "aside", NULL };
	size_t i;

	if (custom_item(n))
		return 1;
	for (i = 0; tags[i] != NULL; i++)
		if (qr_dom_is(n, tags[i]))
			break;
	if (tags[i] == NULL)
		return 0;
	if (qr_dom_has_word(n, "class", "trackbacks", 0) ||
	    qr_dom_has_word(n, "class", "pingbacks", 0))
		return 0;	/* a list of links to elsewhere */
	if (has_part_word(n))
		return 0;	/* a part of a comment, not one */
	if (has_comment_word(n, "class") ||
	    qr_dom_has_word(n, "class", "pingback", 0) ||
	    qr_dom_has_word(n, "class", "trackback", 0))
		return 1;
	{
		const char *id = qr_dom_attr(n, "id");

		if (id != NULL && (strncasecmp(id, "comment-", 8) == 0 ||
		    strncasecmp(id, "comment_", 8) == 0 ||
		    strncasecmp(id, "li-comment-", 11) == 0) &&
		    (isdigit((unsigned char)id[strlen(id) - 1]) ||
		    base36_id(id + (id[7] == '-' || id[7] == '_' ? 8 : 11))))
			return part_id(id) ? 2 : 1;
		if (id != NULL && comment_id(id))
			return 1;
	}
	return 0;
}

/* A user's label or badge ("Guest", "Author", "Moderator": wpDiscuz's
 * div.wpd-comment-label in the comment's wrapper, before the comment
 * inside it): like a link, its text does not make a comment of what
 * holds it.  A class word "label" or "badge", or ending "-label",
 * "_label", "-badge" or "_badge". */
static int
badge_class(xmlNodePtr n)
{
	const char *v = qr_dom_attr(n, "class"), *p, *w;
	size_t l;

	if (v == NULL)
		return 0;
	for (p = v; (w = next_word(&p, &l)) != NULL;) {
		if ((l == 5 && (strncasecmp(w, "label", 5) == 0 ||
		    strncasecmp(w, "badge", 5) == 0)) ||
		    (l > 6 && (w[l - 6] == '-' || w[l - 6] == '_') &&
		    (strncasecmp(w + l - 5, "label", 5) == 0 ||
		    strncasecmp(w + l - 5, "badge", 5) == 0)))
			return 1;
	}
	return 0;
}

struct cprof {
	const struct qr_profile	*p;
	struct qr_sel		*detect, *within, *item, *beside, *indent;
	struct qr_sel		*body, *author, *date, *link, *drop;
	struct qr_sel		*counter, *pagecur, *level;
};

static struct qr_sel *
comp(const char *s)
{
	return s != NULL ? qr_sel_compile(s) : NULL;
}

static void
cprof_init(struct cprof *c, const struct qr_profile *p)
{
	struct qr_buf b = { 0 };

	memset(c, 0, sizeof(*c));
	c->p = p;
	c->detect = comp(p->detect);
	c->within = comp(p->within);
	c->item = comp(p->item);
	c->beside = comp(p->beside);
	c->indent = comp(p->indent);
	c->body = comp(p->body);
	c->author = comp(p->author);
	c->date = comp(p->date);
	c->link = comp(p->link);
	c->counter = comp(p->counter);
	c->pagecur = comp(p->pagecur);
	c->level = comp(p->level);
	qr_buf_puts(&b, qr_common_drop);
	if (p->drop != NULL) {
		qr_buf_puts(&b, ", ");
		qr_buf_puts(&b, p->drop);
	}
	c->drop = qr_sel_compile(qr_buf_cstr(&b));
	qr_buf_free(&b);
}

static void
cprof_free(struct cprof *c)
{
	qr_sel_free(c->detect);
	qr_sel_free(c->within);
	qr_sel_free(c->item);
	qr_sel_free(c->beside);
	qr_sel_free(c->indent);
	qr_sel_free(c->body);
	qr_sel_free(c->author);
	qr_sel_free(c->date);
	qr_sel_free(c->link);
	qr_sel_free(c->drop);
	qr_sel_free(c->counter);
	qr_sel_free(c->pagecur);
	qr_sel_free(c->level);
}

/* The previous element sibling, over text and empty anchors. */
static xmlNodePtr
prev_element(xmlNodePtr n)
{
	for (n = n->prev; n != NULL; n = n->prev)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

/* The previous element sibling past up to 4 empty ones (no child node
 * at all: a tree line, a float clearer, a spacer; Lobsters' empty
 * div.comment_siblings_tree_line between a reply and its replies). */
static xmlNodePtr
prev_filled(xmlNodePtr n)
{
	xmlNodePtr	s = prev_element(n);
	int		i;

	for (i = 0; i < 4 && s != NULL && s->children == NULL &&
	    NINFO(s)->item < 0; i++)
		s = prev_element(s);
	return s;
}

/* ---- repeated items in a comments region ---------------------------- */

static int looks_date(struct reader *r, const char *t);

/* A region word: one of its '-' or '_' parts a plural of "comment"
 * (or "discussion", "responses", ...; 2 for "thread", a weak one:
 * find_repeat()) not after a verb or teaser word
 * ("no-comments", "recent-comments"), and nothing after it but a
 * container word: "comments", "story_comments", "comments-list",
 * "hashover-comments-section", "commento-comments-area". */
static int
region_word(const char *w, size_t l)
{
	static const char *const stems[] = { "comments", "kommentare",
	    "commentaires", "comentarios", "commenti", "reacties",
	    "komentarze", "discussion", "responses", "reactions", "thread",
	    NULL };
	static const char *const tails[] = { "", "list", "area", "wrapper",
	    "container", "section", "block", "holder", "thread", "inner",
	    "body", "content", "root", "main", NULL };
	size_t	i, j, s = 0, e, ps = 0, pe = 0;

	while (s < l) {
		/* parts end at '-', '_' or a camel-case capital
		 * ("itemCommentsList": item, Comments, List) */
		for (e = s; e < l && w[e] != '-' && w[e] != '_' &&
		    !(e > s && isupper((unsigned char)w[e]) &&
		    islower((unsigned char)w[e - 1])); e++)
			continue;
		for (i = 0; stems[i] != NULL; i++) {
			size_t		 sl = strlen(stems[i]), t = e;
			const char	*rest;

			if (e - s != sl || strncasecmp(w + s, stems[i], sl) != 0)
				continue;
			if (pe > ps && verb_prefix(w + ps, pe - ps))
				return 0;
			while (t < l && (w[t] == '-' || w[t] == '_'))
				t++;
			rest = w + t;
			for (j = 0; tails[j] != NULL; j++)
				if (strlen(tails[j]) == l - t &&
				    strncasecmp(rest, tails[j], l - t) == 0)
					return stems[i + 1] == NULL ? 2 : 1;
			return 0;
		}
		ps = s, pe = e;
		s = e;
		while (s < l && (w[s] == '-' || w[s] == '_'))
			s++;
	}
	return 0;
}

/* Does n's id or a class word name the comments region (a weak word
 * only when "weak")? */
static int
comment_region(xmlNodePtr n, int weak)
{
	static const char *const attrs[] = { "id", "class" };
	size_t i, l;

	for (i = 0; i < 2; i++) {
		const char *v = qr_dom_attr(n, attrs[i]), *w;
		int g;

		if (v == NULL)
			continue;
		while ((w = next_word(&v, &l)) != NULL)
			if ((g = region_word(w, l)) == 1 || (g == 2 && weak))
				return 1;
	}
	return 0;
}

/* Is class word w (l bytes) a zebra stripe's ("even", "odd", "alt"):
 * items of one list alternate it (K2's li.even, li.odd
 * authorResponse), so it tells no kind of item from another. */
static int
zebra_word(const char *w, size_t l)
{
	static const char *const words[] = { "even", "odd", "alt",
	    "alternate", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == l && strncasecmp(w, words[i], l) == 0)
			return 1;
	return 0;
}

/* An item's key: its first class word (a zebra stripe's as "~", one
 * key for the even and the odd rows), else '#' and its id's leading
 * letters ("c152": "#c"), else nothing; at most "max" - 1 bytes. */
static void
rep_key(xmlNodePtr n, char *out, size_t max)
{
	const char	*v = qr_dom_attr(n, "class"), *w = NULL;
	size_t		 l = 0;
	int		 id = 0;

	if (v != NULL)
		w = next_word(&v, &l);
	if (w != NULL && zebra_word(w, l)) {
		w = "~";
		l = 1;
	}
	if (w == NULL && (v = qr_dom_attr(n, "id")) != NULL) {
		for (l = 0; isalpha((unsigned char)v[l]); l++)
			continue;
		w = v;
		id = 1;
	}
	if (w == NULL || l + 1 >= max)
		l = 0;
	if (l > 0 && id)	/* an id's letters are no class word:
				   phpBB's div#post_content1110 inside
				   div.post */
		*out++ = '#';
	if (l > 0)
		memcpy(out, w, l);
	out[l] = '\0';
}

/* Is "t" a relative date as comment widgets show them ("6 days ago",
 * "an hour ago", "yesterday", "just now"): a date no absolute rule
 * reads, but a sign of a comment's header as good as one. */
static int
relative_date(const char *t)
{
	static const char *const units[] = { "second", "sec", "minute",
	    "min", "hour", "hr", "day", "week", "month", "year", "yr",
	    NULL };
	static const char *const whole[] = { "yesterday", "today",
	    "just now", NULL };
	const char	*p = t, *w;
	size_t		 l, i;
	int		 num = 0;

	while (isspace((unsigned char)*p))
		p++;
	for (i = 0; whole[i] != NULL; i++) {
		l = strlen(whole[i]);
		if (strncasecmp(p, whole[i], l) == 0 && all_space(p + l))
			return 1;
	}
	if (isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p))
			p++;
		num = 1;
	} else if ((w = next_word(&p, &l)) != NULL &&
	    ((l == 1 && strncasecmp(w, "a", 1) == 0) ||
	    (l == 2 && strncasecmp(w, "an", 2) == 0)))
		num = 1;
	if (!num || (w = next_word(&p, &l)) == NULL)
		return 0;
	if (l > 1 && (w[l - 1] == 's' || w[l - 1] == 'S'))
		l--;
	for (i = 0; units[i] != NULL; i++)
		if (strlen(units[i]) == l && strncasecmp(w, units[i], l) == 0)
			break;
	if (units[i] == NULL || (w = next_word(&p, &l)) == NULL ||
	    l != 3 || strncasecmp(w, "ago", 3) != 0)
		return 0;
	return all_space(p);
}

static int	shows_date(struct reader *, xmlNodePtr);

/* Does n look like a comment: some text of its own outside links, and a
 * date (shows_date()) among its first nodes? */
static int
rep_member(struct reader *r, xmlNodePtr n)
{
	if (qr_prose_len(n, 64) < 16)
		return 0;
	return shows_date(r, n);
}

/* Does n show a date among its first nodes (150; a forum post's 600):
 * a datetime attribute, a post's title attribute, or a short text that
 * reads as an absolute or relative date? */
static int
shows_date(struct reader *r, xmlNodePtr n)
{
	xmlNodePtr	m;
	int		i = 0;
	const char	*v;

	/* a forum post's date may come after its writer's panel
	 * (XenForo's article.message: avatar, name, banner, title) */
	for (m = n->children; m != NULL && i < (r->rep_posts ? 600 : 150);
	    m = qr_dom_next(m, n, 0), i++)
		if (m->type == XML_ELEMENT_NODE &&
		    (v = qr_dom_attr(m, "datetime")) != NULL) {
			char tmp[QR_DATE_MAX];

			if (qr_date_from_iso(v, tmp))
				return 1;
		} else if (m->type == XML_ELEMENT_NODE && r->rep_posts &&
		    (v = qr_dom_attr(m, "title")) != NULL &&
		    strlen(v) < DATE_TEXT_MAX && looks_date(r, v)) {
			/* a post's date in its title, its text "12 years
			 * ago" (Kunena's span.kdate) */
			return 1;
		} else if (m->type == XML_TEXT_NODE && m->content != NULL &&
		    strlen((const char *)m->content) < DATE_TEXT_MAX &&
		    !all_space((const char *)m->content) &&
		    (looks_date(r, (const char *)m->content) ||
		    relative_date((const char *)m->content)))
			return 1;
	return 0;
}

/* Among p's element children, two or more blocks of one tag and key
 * that look like comments: sets r->rep_tag and r->rep_key. */
static int
rep_children(struct reader *r, xmlNodePtr p)
{
	static const char *const tags[] = { "li", "div", "article", "section",
	    "dd", "tr", "table", "aside", NULL };
	struct { const xmlChar *tag; char key[64]; int n; } sig[8];
	size_t		 nsig = 0, i;
	xmlNodePtr	 c;

	for (c = p->children; c != NULL; c = c->next) {
		char key[64];

		if (c->type != XML_ELEMENT_NODE || NINFO(c)->excl ||
		    !qr_dom_is_one_of(c, tags))
			continue;
		rep_key(c, key, sizeof(key));
		for (i = 0; i < nsig; i++)
			if (xmlStrEqual(sig[i].tag, c->name) &&
			    strcmp(sig[i].key, key) == 0)
				break;
		if (i == nsig) {
			if (nsig == 8)
				continue;
			sig[nsig].tag = c->name;
			memcpy(sig[nsig].key, key, sizeof(key));
			sig[nsig++].n = 0;
		}
		if (sig[i].n < 2 && rep_member(r, c) && ++sig[i].n == 2) {
			r->rep_tag = sig[i].tag;
			memcpy(r->rep_key, sig[i].key, sizeof(r->rep_key));
			return 1;
		}
	}
	return 0;
}

/* Is n one of a run of siblings: its next element sibling of its tag
 * and key (rep_key())?  A region named by a weak word that is one of
 * many (Habr's section.tm-comment-thread, one a top-level comment and
 * its replies) is one thread of the thread: the region is its parent.
 * Looks at one sibling. */
static int
one_of_many(xmlNodePtr n)
{
	xmlNodePtr	s;
	char		a[64], b[64];

	for (s = n->next; s != NULL && s->type != XML_ELEMENT_NODE;
	    s = s->next)
		continue;
	if (s == NULL || !xmlStrEqual(s->name, n->name))
		return 0;
	rep_key(n, a, sizeof(a));
	rep_key(s, b, sizeof(b));
	return *a != '\0' && strcmp(a, b) == 0;
}

/* The first comments region (outside sidebars; one named by a weak
 * word too when "weak") with repeated items that
 * look like comments, in document order; within a region, the first
 * element in document order whose children are such items.  Sets
 * r->rep_region; linear (each region's markup is looked at once, each
 * item's first nodes once). */
static int
find_repeat(struct reader *r, int weak)
{
	xmlNodePtr n = r->root, m;

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE && !NINFO(n)->excl &&
		    comment_region(n, weak)) {
			xmlNodePtr reg = n;

			if (weak && n->parent != NULL &&
			    n->parent->type == XML_ELEMENT_NODE &&
			    one_of_many(n))
				reg = n->parent;
			for (m = reg; m != NULL; m = qr_dom_next(m, reg, 0))
				if (m->type == XML_ELEMENT_NODE &&
				    rep_children(r, m)) {
					r->rep_region = reg;
					return 1;
				}
			n = qr_dom_next(reg, r->root, 1);
		} else
			n = qr_dom_next(n, r->root, 0);
	}
	return 0;
}

/* Is "t" a comments heading's whole text: "Comments", "Comments:",
 * "8 Comments", "Comments (8)", "1 Response", "12 replies" (a
 * singular word only after a count; "Reply" alone is a button)? */
static int
count_heading(const char *t)
{
	static const char *const words[] = { "comments", "responses",
	    "replies", "reactions", "kommentare", "commentaires",
	    "comentarios", "commenti", "reacties", "discussion",
	    "comment", "response", "reply", "kommentar", NULL };
	const char	*p = t, *w;
	size_t		 l, i;
	int		 num = 0;

	while (isspace((unsigned char)*p))
		p++;
	if (isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p))
			p++;
		num = 1;
	}
	if ((w = next_word(&p, &l)) == NULL)
		return 0;
	if (l > 1 && w[l - 1] == ':' && !num)
		l--;
	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == l && strncasecmp(w, words[i], l) == 0)
			break;
	if (words[i] == NULL || (!num && i >= 10))
		return 0;
	while (isspace((unsigned char)*p))
		p++;
	if (!num && *p == '(') {	/* "Comments (8)" */
		for (p++; isdigit((unsigned char)*p); p++)
			num = 1;
		if (!num || *p++ != ')')
			return 0;
	}
	return all_space(p);
}

/* The element a text node heads: its nearest ancestor, within 3, that
 * is no inline element ("<h3><span>8</span> comments</h3>"); NULL
 * when the text is a link's or a button's (a teaser "7 comments" in the
 * post's footer links to the thread; it does not head it). */
static xmlNodePtr
heading_of(xmlNodePtr t)
{
	static const char *const inl[] = { "span", "strong", "b", "em", "i",
	    "small", "font", NULL };
	xmlNodePtr	n = t->parent;
	int		i;

	for (i = 0; i < 3 && n != NULL && n->type == XML_ELEMENT_NODE; i++) {
		if (qr_dom_is(n, "a") || qr_dom_is(n, "button") ||
		    qr_dom_is(n, "label") || qr_dom_is(n, "option"))
			return NULL;
		if (!qr_dom_is_one_of(n, inl))
			return n;
		n = n->parent;
	}
	return NULL;
}

/* A region no word names, headed by a text that says comments ("8
 * Comments", "Comments:"; count_heading()): the heading's parent or
 * grandparent, when the heading's siblings there, or an element in a
 * sibling after it, hold repeated items that look like comments
 * (rep_children()).  The first 4 texts outside sidebars that say so
 * are tried (the whole heading's text read for each, up to 80 bytes);
 * each looks at the markup after it in two parents once: linear.
 * Sets r->rep_region. */
static int
heading_repeat(struct reader *r)
{
	xmlNodePtr	n = r->root, h, x, p, s, m;
	int		tries = 0, up;

	while (n != NULL && tries < 4) {
		if (n->type == XML_ELEMENT_NODE && NINFO(n)->excl) {
			n = qr_dom_next(n, r->root, 1);
			continue;
		}
		if (n->type != XML_TEXT_NODE || n->content == NULL ||
		    strlen((const char *)n->content) > 40 ||
		    !count_heading((const char *)n->content) ||
		    (h = heading_of(n)) == NULL) {
			n = qr_dom_next(n, r->root, 0);
			continue;
		}
		tries++;
		{
			char	*t = qr_dom_text(h, NULL, 80);
			int	 ok = strlen(t) < 60 && count_heading(t);

			free(t);
			if (!ok) {
				n = qr_dom_next(n, r->root, 0);
				continue;
			}
		}
		for (x = h, up = 0; up < 2; up++, x = p) {
			p = x->parent;
			if (p == NULL || p->type != XML_ELEMENT_NODE ||
			    NINFO(p)->excl)
				break;
			if (rep_children(r, p)) {
				r->rep_region = p;
				return 1;
			}
			for (s = x->next; s != NULL; s = s->next)
				for (m = s; m != NULL; m = qr_dom_next(m, s, 0))
					if (m->type == XML_ELEMENT_NODE &&
					    !NINFO(m)->excl &&
					    rep_children(r, m)) {
						r->rep_region = p;
						return 1;
					}
		}
		n = qr_dom_next(h, r->root, 1);
	}
	return 0;
}

/* ---- forum posts: repeated blocks that name a post ------------------ */

/* Does n's attribute "name" hold one of "words" (a NULL-terminated
 * list), anywhere and in any case? */
static int
attr_holds_any(xmlNodePtr n, const char *name, const char *const *words)
{
	const char	*v = qr_dom_attr(n, name);
	size_t		 i;

	for (i = 0; v != NULL && words[i] != NULL; i++)
		if (strcasestr(v, words[i]) != NULL)
			return 1;
	return 0;
}

/* Element n's post key: its first class word that names a forum post
 * ("post", "postbit", "blockpost", "post_wrapper", "message", "msg",
 * "reply"), else '#' and its id's letters when they do ("#post" of
 * Discuz!'s div#post_5001); "" when none does, or when a class or id
 * word names a list of other pages' posts ("related-posts",
 * "recent-post").  At most "max" - 1 bytes. */
static void
post_key(xmlNodePtr n, char *out, size_t max)
{
	static const char *const yes[] = { "post", "message", "msg", "reply",
	    NULL };
	static const char *const no[] = { "related", "recent", "similar",
	    "popular", "latest", "excerpt", "teaser", "preview", "widget",
	    "summary", "card", NULL };
	const char	*c = qr_dom_attr(n, "class"), *id = qr_dom_attr(n, "id");
	const char	*w, *v;
	size_t		 i, l;

	*out = '\0';
	for (i = 0; no[i] != NULL; i++)
		if ((c != NULL && strcasestr(c, no[i]) != NULL) ||
		    (id != NULL && strcasestr(id, no[i]) != NULL))
			return;
	for (v = c; v != NULL && (w = next_word(&v, &l)) != NULL; )
		for (i = 0; yes[i] != NULL; i++)
			if (l < max && memmem(w, l, yes[i], strlen(yes[i]))) {
				/* case: "Post" of Flarum's article.Post; a
				 * number at the word's end is the post's, not
				 * the kind's (bbPress's "bbp-reply-position-3",
				 * "post-2110"): every post has the same key */
				while (l > 1 && isdigit((unsigned char)w[l - 1]))
					l--;
				memcpy(out, w, l);
				out[l] = '\0';
				return;
			}
	if (id == NULL)
		return;
	for (l = 0; isalpha((unsigned char)id[l]); l++)
		continue;
	for (i = 0; yes[i] != NULL; i++)
		if (l + 1 < max && l > 0 && memmem(id, l, yes[i],
		    strlen(yes[i]))) {
			out[0] = '#';
			memcpy(out + 1, id, l);
			out[l + 1] = '\0';
			return;
		}
}

/* Does a post name its writer among its first 200 nodes: a link to a
 * user's page, or an element whose class says author, user, poster or
 * member? */
static int profile_link(xmlNodePtr a);

static int
names_writer(xmlNodePtr n)
{
	static const char *const words[] = { "author", "user", "poster",
	    "member", NULL };
	xmlNodePtr	m;
	int		i = 0;

	for (m = n->children; m != NULL && i < 200;
	    m = qr_dom_next(m, n, 0), i++) {
		if (m->type != XML_ELEMENT_NODE)
			continue;
		if (qr_dom_is(m, "a") && qr_dom_attr(m, "href") != NULL &&
		    profile_link(m))
			return 1;
		if (attr_holds_any(m, "class", words))
			return 1;
	}
	return 0;
}

static int inside(xmlNodePtr n, xmlNodePtr m);

/* Does n's header stand before it: its previous element sibling shows
 * a date (rep_member()) and names no writer, so it is no post of its
 * own but the header of n (bbPress prints each reply's
 * div.bbp-reply-header, its date and permalink, before the reply's
 * div, which holds the writer and the text)? */
static int
meta_before(struct reader *r, xmlNodePtr n)
{
	xmlNodePtr	m;

	for (m = n->prev; m != NULL && m->type != XML_ELEMENT_NODE;
	    m = m->prev)
		continue;
	return m != NULL && !NINFO(m)->excl && shows_date(r, m) &&
	    !names_writer(m);
}

/* The nearest element holding both a and b. */
static xmlNodePtr
common_parent(xmlNodePtr a, xmlNodePtr b)
{
	xmlNodePtr	x;
	size_t		da = 0, db = 0;

	/* lift the deeper one to the other's depth, then both together:
	 * linear in the depth (a page may nest 200,000 levels) */
	for (x = a; x != NULL; x = x->parent)
		da++;
	for (x = b; x != NULL; x = x->parent)
		db++;
	for (; da > db; da--)
		a = a->parent;
	for (; db > da; db--)
		b = b->parent;
	while (a != b) {
		a = a->parent;
		b = b->parent;
	}
	return a;
}

/* A forum's posts: of the tags and post keys (post_key()) that two or
 * more elements outside sidebars share, neither inside the other, each
 * showing text, a date and its writer, the one whose first such
 * element comes first (the post, not its parts: XenForo's
 * article.message before the div.message-cell--main in it; vBulletin's
 * li.postbit, MyBB's div.post, SMF's div.post_wrapper inside
 * alternating div.windowbg and div.windowbg2, Discuz!'s div#post_N).
 * Sets r->rep_region (the nearest element holding the first two),
 * r->rep_tag, r->rep_key.  One walk; each candidate's first nodes are
 * looked at once. */
static int
find_posts(struct reader *r)
{
	/* "end": the first node after "last"'s subtree (NULL: none),
	 * "in": the walk has not reached it yet, so the node it is on
	 * lies inside "last" (asking the node's parents instead would
	 * cost the depth at every node of a deep page) */
	struct { const xmlChar *tag; char key[64]; xmlNodePtr first, last,
	    end; int n, in; } sig[32];
	size_t		nsig = 0, i, best = 0, nin = 0;
	xmlNodePtr	n = r->root;
	int		found = 0;

	r->rep_posts = 1;
	while (n != NULL) {
		char key[64];

		for (i = 0; nin > 0 && i < nsig; i++)
			if (sig[i].in && sig[i].end == n) {
				sig[i].in = 0;
				nin--;
			}
		if (n->type != XML_ELEMENT_NODE) {
			n = qr_dom_next(n, r->root, 0);
			continue;
		}
		if (NINFO(n)->excl) {
			n = qr_dom_next(n, r->root, 1);
			continue;
		}
		post_key(n, key, sizeof(key));
		if (*key != '\0') {
			for (i = 0; i < nsig; i++)
				if (xmlStrEqual(sig[i].tag, n->name) &&
				    strcmp(sig[i].key, key) == 0)
					break;
			if (((i < nsig && sig[i].n < 2 && !sig[i].in) ||
			    (i == nsig && nsig < 32)) &&
			    (rep_member(r, n) || meta_before(r, n)) &&
			    names_writer(n)) {
				if (i == nsig) {
					sig[nsig].tag = n->name;
					memcpy(sig[nsig].key, key, sizeof(key));
					sig[nsig].first = n;
					sig[nsig].in = 0;
					sig[nsig++].n = 0;
				}
				sig[i].last = n;
				sig[i].end = qr_dom_next(n, r->root, 1);
				if (!sig[i].in)
					nin++;
				sig[i].in = 1;
				/* signatures are in order of their first */
				if (++sig[i].n == 2 && (!found || i < best))
					best = i, found = 1;
			}
		}
		n = qr_dom_next(n, r->root, 0);
	}
	if (!found) {
		r->rep_posts = 0;
		return 0;
	}
	r->rep_region = common_parent(sig[best].first, sig[best].last);
	r->rep_tag = sig[best].tag;
	memcpy(r->rep_key, sig[best].key, sizeof(r->rep_key));
	return 1;
}

/* generic_item(n) for an element in comment "ctx" (-1: in none): an
 * element whose id numbers a comment's part (part_id()) is a comment
 * only outside every comment (cnblogs' div#comment_body_N, where no
 * other markup says comment), not inside one (JComments'
 * div#comment-body-N in div#comment-item-N). */
static int
generic_is(xmlNodePtr n, int ctx)
{
	int g = generic_item(n);

	return g == 1 || (g == 2 && ctx < 0);
}

/* Is n one of the repeated items (find_items(), inside the region)?
 * Inside one of them ("ctx" >= 0), a block of another tag with their
 * key that looks like a comment is a reply (django-comments-xtd's
 * div.media replies in li.media comments). */
static int
rep_item(struct reader *r, xmlNodePtr n, int ctx)
{
	static const char *const tags[] = { "li", "div", "article", "section",
	    "dd", "tr", "table", "aside", NULL };
	char key[64];

	if (r->rep_region == NULL)
		return 0;
	if (!xmlStrEqual(n->name, r->rep_tag)) {
		if (r->rep_posts || ctx < 0 || *r->rep_key == '\0' ||
		    !qr_dom_is_one_of(n, tags))
			return 0;
		rep_key(n, key, sizeof(key));
		return strcmp(key, r->rep_key) == 0 && rep_member(r, n);
	}
	if (!r->rep_posts) {
		rep_key(n, key, sizeof(key));
		return strcmp(key, r->rep_key) == 0;
	}
	/* a forum's posts: those of the key that show text, a date and
	 * the writer (not XenForo's div.message-cell--user beside
	 * div.message-cell--main) */
	post_key(n, key, sizeof(key));
	return strcmp(key, r->rep_key) == 0 && (rep_member(r, n) ||
	    meta_before(r, n)) && names_writer(n);
}

/* The comment whose replies sibling s holds when s is no comment but
 * took that comment from the rule above and wraps a reply (its first
 * filled element one): what follows it holds more of that comment's
 * replies (IntenseDebate's div.idc-thread after div.idc-c, then the
 * next reply's div.idc-thread); else "ctx".  A note with text between
 * them breaks the link (Lobsters). */
static int
replies_after(xmlNodePtr s, int ctx)
{
	struct qr_ninfo *si = NINFO(s), *pi = pinfo(s);
	xmlNodePtr	 c;
	int		 i = 0;

	if (si->item >= 0 || si->ctx < 0 || pi == NULL || si->ctx == pi->ctx)
		return ctx;
	/* s a reply's wrapper: its first element past up to 4 empty ones
	 * (an anchor) is a comment (not a note with text of its own) */
	for (c = s->children; c != NULL && i < 8; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			if (NINFO(c)->item >= 0)
				return si->ctx;
			if (c->children != NULL || ++i > 4)
				break;
		}
	return ctx;
}

/* Text that is only a count ("0", " 12 "): a like or reply counter, or
 * a comment box's character count (Waline's div.wl-text-number in its
 * div.wl-comment editor), which like a form's <label> text makes no
 * comment of the element around it. */
static int
only_count(const char *t)
{
	int digits = 0;

	if (t == NULL)
		return 0;
	for (; *t != '\0'; t++) {
		if (isdigit((unsigned char)*t))
			digits = 1;
		else if (!isspace((unsigned char)*t))
			return 0;
	}
	return digits;
}

/* One top-down pass: which elements are this profile's comments, and
 * which comment every element belongs to. */
static size_t
find_items(struct reader *r, const struct cprof *c)
{
	xmlNodePtr	n;
	int		generic = (c->p->flags & PF_GENERIC) != 0;

	r->it.n = 0;
	for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0)) {
		struct qr_ninfo	*me, *pi = pinfo(n);
		int		 ctx = pi != NULL ? pi->ctx : -1, is_item;

		if (n->type == XML_TEXT_NODE) {
			if (generic && pi != NULL && pi->link)
				continue;	/* a teaser is only a link */
			if (generic && only_count((const char *)n->content))
				continue;	/* a count, no comment's text */
			if (ctx >= 0 && n->content != NULL &&
			    !r->it.has_text[ctx] &&
			    !all_space((const char *)n->content))
				r->it.has_text[ctx] = 1;
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		me = NINFO(n);
		me->link = (pi != NULL && pi->link) || qr_dom_is(n, "a") ||
		    (generic && (badge_class(n) || qr_dom_is(n, "label")));
		me->within = (c->within == NULL && r->rep_region == NULL) ||
		    (pi != NULL && pi->within) || n == r->rep_region ||
		    (c->within != NULL && qr_sel_match(c->within, n));
		is_item = !me->excl && me->within && (generic ?
		    generic_is(n, ctx) || rep_item(r, n, ctx) :
		    qr_sel_match(c->item, n));
		if (!is_item && (generic || c->p->detect == NULL) && !me->excl) {
			/* any platform (the generic rule, and the rules that
			 * need no platform: WordPress's on an unknown theme,
			 * Olivero's div.indented): what follows a comment (one
			 * with text: not tDiary's empty div.comment) right
			 * after it holds its replies (django-comments-xtd's
			 * div.media, JComments' div.comments-list, Lobsters'
			 * ol.comments past an empty tree line) */
			xmlNodePtr s = prev_filled(n);

			if (s != NULL && NINFO(s)->item >= 0 &&
			    r->it.has_text[NINFO(s)->item])
				ctx = NINFO(s)->item;
			else if (s != NULL)
				ctx = replies_after(s, ctx);
		}
		if (!is_item && c->beside != NULL &&
		    qr_sel_match(c->beside, n)) {
			xmlNodePtr s = prev_element(n);

			if (s != NULL && NINFO(s)->item >= 0)
				ctx = NINFO(s)->item;
			else if (r->it.n > 0 && ctx != (int)r->it.n - 1)
				/* the parser closed the list around it: the
				 * replies of the last comment before it */
				ctx = (int)r->it.n - 1;
		}
		/* a comment's wrapper and the comment inside it are one */
		if (is_item && ctx >= 0 && !r->it.has_text[ctx])
			is_item = 0;
		me->item = -1;
		if (is_item) {
			ctx = add_item(&r->it, n, ctx);
			me->item = ctx;
		}
		me->ctx = ctx;
	}
	return r->it.n;
}

/* Comments whose parts are siblings with no element of their own
 * (classic Blogger: dl#comments-block > dt author, dd body, dd footer;
 * bbPress: li.bbp-body > div.bbp-reply-header, then the post's div)
 * get one: each leader and the siblings after it, up to the next
 * leader, move into a new <div class="qr-group">.  Linear. */
static void
group_siblings(struct reader *r)
{
	struct qr_sel	*lead = qr_sel_compile("dl#comments-block > dt, "
	    "dl.comments-block > dt, dl.comment-list > dt, "
	    "li.bbp-body > div.bbp-reply-header");
	xmlNodePtr	*v = NULL, n;
	size_t		 nv = 0, cap = 0, i;

	for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0))
		if (n->type == XML_ELEMENT_NODE && qr_sel_match(lead, n)) {
			if (nv == cap) {
				cap = cap ? cap * 2 : 32;
				v = qr_xrealloc(v, cap * sizeof(*v));
			}
			v[nv++] = n;
		}
	for (i = 0; i < nv; i++) {
		xmlNodePtr g = qr_html_tree_element(r->page, "div"), m, next;

		qr_html_tree_attr(g, "class", "qr-group");
		xmlAddPrevSibling(v[i], g);
		for (m = v[i]; m != NULL; m = next) {
			next = m->next;
			if (m != v[i] && qr_sel_match(lead, m))
				break;
			xmlUnlinkNode(m);
			qr_html_tree_append(g, m);
		}
	}
	free(v);
	qr_sel_free(lead);
}

/* ---- fields of one comment --------------------------------------------- */

struct picks {
	xmlNodePtr	v[PICK_MAX];
};

/* The first match of every alternative of "sel" in comment k's own
 * markup. */
/* Is there text in n's first few nodes (not only an avatar)? */
static int
shows_text(xmlNodePtr n)
{
	xmlNodePtr	m;
	int		i = 0;

	for (m = n->children; m != NULL && i < 200;
	    m = qr_dom_next(m, n, 0), i++)
		if (m->type == XML_TEXT_NODE && m->content != NULL &&
		    !all_space((const char *)m->content))
			return 1;
	return 0;
}

static void
pick_all(struct reader *r, int k, const struct qr_sel *sel,
    struct picks *pk, int need_text)
{
	xmlNodePtr	root = r->it.node[k], n;

	memset(pk, 0, sizeof(*pk));
	if (sel == NULL)
		return;
	for (n = root->children; n != NULL; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			int w;

			if (other_item(n, k))
				skip = 1;
			else if ((w = qr_sel_which(sel, n)) >= 0 &&
			    w < PICK_MAX && pk->v[w] == NULL &&
			    (!need_text || shows_text(n)))
				pk->v[w] = n;
		}
		n = qr_dom_next(n, root, skip);
	}
}

/* pick_all() for several selectors in one walk: pk[i] for sels[i]. */
enum { PK_AUTHOR, PK_DATE, PK_LINK, PK_BODY, PK__MAX };

static void
pick_many(struct reader *r, int k, const struct qr_sel *const *sels,
    const int *need_text, struct picks *pk)
{
	xmlNodePtr	root = r->it.node[k], n;
	int		w[PK__MAX];
	size_t		j;

	memset(pk, 0, PK__MAX * sizeof(*pk));
	for (n = root->children; n != NULL; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			if (other_item(n, k))
				skip = 1;
			else {
				qr_sel_which_many(sels, PK__MAX, n, w);
				for (j = 0; j < PK__MAX; j++)
					if (w[j] >= 0 && w[j] < PICK_MAX &&
					    pk[j].v[w[j]] == NULL &&
					    (!need_text[j] || shows_text(n)))
						pk[j].v[w[j]] = n;
			}
		}
		n = qr_dom_next(n, root, skip);
	}
}

/* An author element's leading "Posted by " (K2's span.commentAuthorName
 * "Posted by NAME"): a label, no name begins so.  Cut in place when a
 * name is left after it. */
static void
cut_lead(char *s)
{
	static const char *const leads[] = { "posted by ", "written by ",
	    "comment by ", "commented by ", NULL };
	size_t	i, l;

	for (i = 0; leads[i] != NULL; i++) {
		l = strlen(leads[i]);
		if (strncasecmp(s, leads[i], l) == 0 && s[l] != '\0') {
			memmove(s, s + l, strlen(s + l) + 1);
			return;
		}
	}
}

static char *
cut_author(char *s)
{
	static const char *const tails[] = { " says:", " says", " sagt:",
	    " sagt", " dijo:", " dijo", " dit :", " dit:", " schreibt:",
	    " wrote:", " wrote", " hat geschrieben:", " schrieb:", " disse:",
	    " zegt:", " said:", " said...", " said\xE2\x80\xA6",
	    " hat gesagt...", " hat gesagt\xE2\x80\xA6", " a dit...",
	    " a dit\xE2\x80\xA6", " dijo...", " dijo\xE2\x80\xA6",
	    " disse...", " zei...", NULL };
	size_t	l, i;
	char	*p;

	if ((p = strstr(s, " \xC2\xB7 ")) != NULL)
		*p = '\0';
	cut_lead(s);
	l = strlen(s);
	s[l - qr_name_mark_len(s, l)] = '\0';
	for (i = 0; tails[i] != NULL; i++) {
		size_t tl = strlen(tails[i]);

		l = strlen(s);
		if (l > tl && strcasecmp(s + l - tl, tails[i]) == 0)
			s[l - tl] = '\0';
	}
	l = strlen(s);
	while (l > 0 && (s[l - 1] == ':' || s[l - 1] == ' '))
		s[--l] = '\0';
	return s;
}

/* Is "t" a date rather than a name? */
static int
looks_date(struct reader *r, const char *t)
{
	char tmp[QR_DATE_MAX];

	return qr_date_from_text_order(t, r->doc->date, 0, NULL, tmp) ||
	    qr_date_from_text_order(t, r->doc->date, QR_ORDER_DMY, NULL, tmp);
}

/* A comment's button, not a name (Slashdot's <b><a>Reply to This</a></b>
 * under each comment, which "b" as an author would take). */
static int
button_text(const char *t)
{
	static const char *const words[] = { "reply", "reply to this",
	    "parent", "quote", "permalink", "report", "edit", "delete",
	    "share", "flag", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcasecmp(t, words[i]) == 0)
			return 1;
	return 0;
}

/* Is "t" a short name: 1 to 80 bytes, at most 8 words ("NAME, The
 * Title Of Her Blog"), not a web address? */
static int
name_like(const char *t)
{
	size_t l = strlen(t), i, words = 1;

	if (l == 0 || l > 80 || strncasecmp(t, "http://", 7) == 0 ||
	    strncasecmp(t, "https://", 8) == 0)
		return 0;
	for (i = 0; i < l; i++)
		words += t[i] == ' ';
	return words <= 8;
}

/* A reply's mention of whom it answers, not its writer: a link to a
 * place on the page whose text begins "@" (Twikoo's a.tk-ruser "@NAME"
 * to #ID before the text, Waline's a.at). */
static int
mention_link(xmlNodePtr n, const char *t)
{
	const char *h;

	return t[0] == '@' && qr_dom_is(n, "a") &&
	    (h = qr_dom_attr(n, "href")) != NULL && h[0] == '#';
}

/* The first author alternative with a name in it; "short_name": only a
 * short one (name_like(): the generic rule's class words also match
 * Drupal's field--name-comment-body, the text). */
static const char *
choose_author(struct reader *r, const struct picks *pk, struct qr_sel *prefer,
    struct qr_sel *adrop, xmlNodePtr *node, int short_name)
{
	size_t i;

	for (i = 0; i < PICK_MAX; i++) {
		xmlNodePtr	n = pk->v[i], m;
		char		*t = NULL;

		if (n == NULL)
			continue;
		for (m = n->children; m != NULL; m = qr_dom_next(m, n, 0)) {
			if (m->type == XML_ELEMENT_NODE &&
			    qr_sel_match(prefer, m)) {
				t = qr_dom_text(m, adrop, AUTHOR_MAX);
				if (*t != '\0')
					break;
				free(t);
				t = NULL;
			}
		}
		if (t == NULL)
			t = qr_dom_text(n, adrop, AUTHOR_MAX);
		cut_author(t);
		if (*t != '\0' && (looks_date(r, t) || button_text(t) ||
		    mention_link(n, t) || (short_name && !name_like(t)))) {
			/* TypePad's "Posted by: NAME | <a>DATE</a>": the
			 * footer's only link is the date */
			free(t);
			continue;
		}
		if (*t != '\0') {
			const char *res = qr_doc_strdup(r->doc, t);

			free(t);
			*node = n;
			return res;
		}
		free(t);
	}
	return NULL;
}

/* A date in visible text "t".  Notes the day/month orders its numeric
 * dates prove, and keeps "t" (r->amb) when its date is a numeric one
 * only the page's order can read. */
static int
text_date(struct reader *r, const char *t, char out[QR_DATE_MAX])
{
	char tmp[QR_DATE_MAX];

	if (qr_date_from_text_order(t, r->doc->date, 0, &r->numproof, out))
		return 1;
	if (r->amb == NULL && qr_date_from_text_order(t, r->doc->date,
	    QR_ORDER_DMY, NULL, tmp) && !qr_date_from_text_order(t,
	    r->doc->date, 0, NULL, tmp)) {
		size_t l = strlen(t);

		r->amb = qr_xmalloc(l + 1);
		memcpy(r->amb, t, l + 1);
	}
	return 0;
}

/* The comments whose date was ambiguous, when the page's numeric dates
 * proved one order and never the other: their dates in that order. */
static void
settle_dates(struct reader *r)
{
	char	out[QR_DATE_MAX];
	size_t	i;

	for (i = 0; i < r->npend; i++) {
		if ((r->numproof == QR_ORDER_DMY ||
		    r->numproof == QR_ORDER_MDY) &&
		    r->pend[i].cm->as.comment.date == NULL &&
		    qr_date_from_text_order(r->pend[i].text, r->doc->date,
		    r->numproof, NULL, out))
			r->pend[i].cm->as.comment.date =
			    qr_doc_strdup(r->doc, out);
		free(r->pend[i].text);
	}
	free(r->pend);
	r->pend = NULL;
	r->npend = r->cappend = 0;
	r->numproof = 0;
}

/* Attributes that show a date on hover or to a screen reader: a full
 * date there beats the visible text, often a relative age ("3d", "2
 * hours ago"; Lemmy's data-tippy-content, Bootstrap's
 * data-original-title). */
static const char *const tip_attrs[] = { "title", "data-tippy-content",
	"data-tooltip", "data-original-title", "data-title", "data-tip",
	"aria-label",
	"data-livestamp",	/* livestamp.js: BuddyPress's span.time-since */
	NULL };

/* The next element after n within "root": n's next element sibling,
 * else its parent's (at most 3 levels up); NULL past the root or at
 * another comment. */
static xmlNodePtr
next_in(xmlNodePtr root, xmlNodePtr n)
{
	int up;

	for (up = 0; up < 3 && n != NULL && n != root; up++, n = n->parent) {
		xmlNodePtr s;

		for (s = n->next; s != NULL; s = s->next)
			if (s->type == XML_ELEMENT_NODE)
				return NINFO(s)->item >= 0 &&
				    s->parent != NULL && NINFO(s)->item !=
				    NINFO(s->parent)->item ? NULL : s;
	}
	return NULL;
}

/*
 * "out" holds a day without its time ("2020-12-24"): a time that the
 * page shows for the same day is more precise.  First the element's
 * own text ("December 24, 2020 at 3:53 am" in a <time
 * datetime="2020-12-24">), then a time in the element after it (Drupal:
 * <li class="date">April 5, 2018</li><li class="time">6:32 PM</li>),
 * read after the day's text so that only a time joins it.
 */
static void
shown_time(struct reader *r, xmlNodePtr root, xmlNodePtr n,
    char out[QR_DATE_MAX])
{
	char		 tmp[QR_DATE_MAX], *t, *u, *both;
	xmlNodePtr	 s;
	size_t		 lt, lu;

	if (strlen(out) != 10)
		return;
	t = qr_dom_text(n, NULL, DATE_TEXT_MAX);
	if (*t != '\0' && qr_date_from_text_order(t, r->doc->date, 0, NULL,
	    tmp) && strlen(tmp) > 10 && memcmp(tmp, out, 10) == 0) {
		memcpy(out, tmp, QR_DATE_MAX);
		free(t);
		return;
	}
	if ((s = next_in(root, n)) == NULL) {
		free(t);
		return;
	}
	u = qr_dom_text(s, NULL, 32);
	lt = strlen(t);
	lu = strlen(u);
	if (lu > 0 && lu < 24) {
		/* the day as the page shows it, else as ISO, then the time */
		both = qr_xmalloc(lt + lu + 12);
		memcpy(both, lt > 0 ? t : out, lt > 0 ? lt : 10);
		both[lt > 0 ? lt : 10] = ' ';
		memcpy(both + (lt > 0 ? lt : 10) + 1, u, lu + 1);
		if (qr_date_from_text_order(both, r->doc->date, 0, NULL, tmp) &&
		    strlen(tmp) > 10 && memcmp(tmp, out, 10) == 0)
			memcpy(out, tmp, QR_DATE_MAX);
		free(both);
	}
	free(u);
	free(t);
}

/* Attributes that hold a Unix time (Kinja's span.publish-time
 * data-publishtime in milliseconds, Facebook's abbr data-utime, Royal
 * Road's time unixtime): kept by html_tree.c's keep_family[]. */
static const char *const epoch_attrs[] = { "data-publishtime",
	"data-utime", "unixtime", NULL };

/* An attribute of n that holds a date: datetime, content, a Unix time,
 * a tooltip */
static int
attr_date(struct reader *r, xmlNodePtr n, char out[QR_DATE_MAX])
{
	const char	*v;
	size_t		 i;

	if ((v = qr_dom_attr(n, "datetime")) != NULL &&
	    qr_date_from_iso(v, out))
		return 1;
	if ((v = qr_dom_attr(n, "content")) != NULL &&
	    qr_date_from_iso(v, out))
		return 1;
	for (i = 0; epoch_attrs[i] != NULL; i++)
		if ((v = qr_dom_attr(n, epoch_attrs[i])) != NULL &&
		    qr_date_from_epoch(v, out))
			return 1;
	for (i = 0; tip_attrs[i] != NULL; i++)
		if ((v = qr_dom_attr(n, tip_attrs[i])) != NULL &&
		    (qr_date_from_iso(v, out) || text_date(r, v, out)))
			return 1;
	return 0;
}

/* A <time datetime> element's date (phpBB's p.author holds one) */
static int
time_date(struct reader *r, xmlNodePtr m, char out[QR_DATE_MAX])
{
	const char *v;

	(void)r;
	return qr_dom_is(m, "time") && (v = qr_dom_attr(m, "datetime")) !=
	    NULL && qr_date_from_iso(v, out);
}

/* The first of n's first 64 descendants for which get() gives a date,
 * else NULL: a date element's inner parts, a bounded look. */
static xmlNodePtr
inner_date(struct reader *r, xmlNodePtr n, char out[QR_DATE_MAX],
    int (*get)(struct reader *, xmlNodePtr, char[QR_DATE_MAX]))
{
	xmlNodePtr	m;
	int		seen = 0;

	for (m = n->children; m != NULL && seen < 64;
	    m = qr_dom_next(m, n, 0), seen++)
		if (m->type == XML_ELEMENT_NODE && get(r, m, out))
			return m;
	return NULL;
}

static int
date_of(struct reader *r, xmlNodePtr root, xmlNodePtr n,
    char out[QR_DATE_MAX])
{
	xmlNodePtr	 m;
	char		*t;
	int		 ok;

	if (attr_date(r, n, out)) {
		shown_time(r, root, n, out);
		return 1;
	}
	if ((m = inner_date(r, n, out, time_date)) != NULL) {
		shown_time(r, root, m, out);
		return 1;
	}
	t = qr_dom_text(n, NULL, DATE_TEXT_MAX);
	ok = *t != '\0' && text_date(r, t, out);
	free(t);
	if (ok) {
		shown_time(r, root, n, out);
		return 1;
	}
	/* no date shown ("3d"): a tooltip inside (<a
	 * class="comment-date"><span title="DATE">3d</span></a>) */
	return inner_date(r, n, out, attr_date) != NULL;
}

/* No date element of the profile's gave a date: the first element of
 * the comment's own with a datetime attribute (Plume's
 * p.dt-published, under the class names of another platform's). */
static xmlNodePtr
any_datetime(struct reader *r, int k, char out[QR_DATE_MAX])
{
	xmlNodePtr	root = r->it.node[k], n;
	const char	*v;

	for (n = root->children; n != NULL; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			if (other_item(n, k))
				skip = 1;
			else if ((v = qr_dom_attr(n, "datetime")) != NULL &&
			    qr_date_from_iso(v, out)) {
				shown_time(r, root, n, out);
				return n;
			}
		}
		n = qr_dom_next(n, root, skip);
	}
	return NULL;
}

static xmlNodePtr lone_quote(xmlNodePtr root);

/* A paragraph whose class names the comment's meta line, not its text
 * (phpBB's p.author "by NAME » DATE"). */
static int
meta_para(xmlNodePtr p)
{
	static const char *const words[] = { "author", "meta", "byline",
	    "date", "time", "posted", "details", NULL };

	return attr_holds_any(p, "class", words);
}

/* Is text node t's date the writer's sign-up date, after a label
 * element ("<strong>Joined:</strong> Sat Feb 01, 2014": a forum's
 * profile panel beside the post)? */
static int
joined_label(xmlNodePtr t)
{
	static const char *const labels[] = { "joined", "registered",
	    "member since", "join date", "registriert", "inscrit",
	    "\xE6\xB3\xA8\xE5\x86\x8C", NULL };	/* 注册 */
	xmlNodePtr	l;
	char		*v;
	size_t		i;
	int		hit = 0;

	for (l = t->prev; l != NULL && l->type != XML_ELEMENT_NODE;
	    l = l->prev)
		continue;
	if (l == NULL)
		return 0;
	v = qr_dom_text(l, NULL, 32);
	for (i = 0; !hit && labels[i] != NULL; i++)
		hit = strcasestr(v, labels[i]) != NULL;
	free(v);
	return hit;
}

/* A date given as bare text in the comment's markup (no element of its
 * own; not in a quote but a lone_quote()): the text node, or NULL. */
static xmlNodePtr
bare_date(struct reader *r, int k, char out[QR_DATE_MAX])
{
	xmlNodePtr	root = r->it.node[k], n;
	int		seen = 0;

	for (n = root->children; n != NULL && seen < 40; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			skip = other_item(n, k) ||
			    (qr_dom_is(n, "p") && !meta_para(n)) ||
			    (qr_dom_is(n, "blockquote") &&
			    (n->parent != root || lone_quote(root) != n)) ||
			    qr_dom_is(n, "pre");
		} else if (n->type == XML_TEXT_NODE && n->content != NULL &&
		    !all_space((const char *)n->content)) {
			seen++;
			if (strlen((const char *)n->content) < DATE_TEXT_MAX &&
			    !joined_label(n) &&
			    text_date(r, (const char *)n->content, out))
				return n;
		}
		n = qr_dom_next(n, root, skip);
	}
	return NULL;
}

/* An id attribute for the model: its white-space runs (a raw CR, an
 * &#13;) as one space, trimmed (no string in the model carries a CR);
 * NULL when nothing is left. */
static const char *
id_dup(struct reader *r, const char *id)
{
	struct qr_buf	 b = { 0 };
	int		 space = 1;
	const char	*res;

	qr_buf_put_collapsed(&b, id, strlen(id), &space);
	if (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	res = b.len > 0 ? qr_doc_strndup(r->doc, b.data, b.len) : NULL;
	qr_buf_free(&b);
	return res;
}

static const char *
item_id(struct reader *r, xmlNodePtr n)
{
	const char	*id = qr_dom_attr(n, "id");
	xmlNodePtr	 p;

	if (id != NULL && *id != '\0')
		return id_dup(r, id);
	/* Drupal: <a id="comment-12"></a> just before the comment */
	if ((p = prev_element(n)) != NULL && qr_dom_is(p, "a") &&
	    p->children == NULL) {
		if ((id = qr_dom_attr(p, "id")) != NULL ||
		    (id = qr_dom_attr(p, "name")) != NULL)
			return id_dup(r, id);
	}
	return NULL;
}

static int
is_inline_root(xmlNodePtr n)
{
	static const char *const blocks[] = { "div", "section", "article",
	    "blockquote", "li", "td", "dd", "ul", "ol", "main", "footer",
	    "header", "aside", "table", "tr", "body", "figure", "dl", NULL };
	size_t i;

	for (i = 0; blocks[i] != NULL; i++)
		if (qr_dom_is(n, blocks[i]))
			return 0;
	return 1;
}

/* Is n inside a blockquote, or inside what the profile drops (a menu:
 * Forem's div.dropdown > div.dropdown-content), below the comment's
 * root?  (Walks up n's own ancestors within one comment, once per body
 * candidate.) */
static int
in_quote(xmlNodePtr root, xmlNodePtr n, const struct qr_sel *drop)
{
	for (n = n->parent; n != NULL && n != root; n = n->parent)
		if (qr_dom_is(n, "blockquote") ||
		    (drop != NULL && qr_sel_match(drop, n)))
			return 1;
	return 0;
}

/* Is m n itself or below it within 4 levels?  (A generic body
 * candidate that holds the author or the date is their line: a class
 * word "text" on the date, span.datetime.secondary-text.) */
static int
holds(xmlNodePtr n, xmlNodePtr m)
{
	int i;

	for (i = 0; m != NULL && i <= 4; i++, m = m->parent)
		if (m == n)
			return 1;
	return 0;
}

/* A comment's first block a heading that is the start of the text
 * after it cut with an ellipsis (Drupal's subject made from the text:
 * h3 "What did you use for the\u2026"), or cut before a space without
 * one, is no text: unlinked. */
static void
drop_subject(struct qr_node *cm)
{
	struct qr_node	*h = cm->first, *p;
	char		*ht, *pt;
	size_t		 l;
	int		 cut = 1;

	if (h == NULL || h->kind != QR_HEADING || (p = h->next) == NULL ||
	    p->kind == QR_COMMENT)
		return;
	ht = qr_node_plain_text(h);
	l = strlen(ht);
	if (l >= 3 && strcmp(ht + l - 3, "\xE2\x80\xA6") == 0)
		l -= 3;				/* U+2026 */
	else if (l >= 3 && strcmp(ht + l - 3, "...") == 0)
		l -= 3;
	else
		cut = 0;
	while (l > 0 && ht[l - 1] == ' ')
		l--;
	if (l >= 8) {
		pt = qr_node_plain_text(p);
		/* no ellipsis: the text's first words, cut before a space
		 * (Drupal 7's linked h3 "What did you use for the") */
		if (strncmp(pt, ht, l) == 0 && (cut || pt[l] == ' '))
			qr_node_unlink(h);
		free(pt);
	}
	free(ht);
}

/* A heading (h1-h6) at the top of a comment with no body element: its
 * name line or subject (b2evolution's h5 "Comment from: NAME"). */
static int
lead_heading(xmlNodePtr n)
{
	static const char *const hs[] = { "h1", "h2", "h3", "h4", "h5", "h6",
	    NULL };

	return qr_dom_is_one_of(n, hs);
}

/* A comment with no body element whose text all sits in one blockquote
 * child (past its leading headings, header and footer): the blockquote
 * is the comment's text, quoting no one (b2evolution's basic skin:
 * blockquote > small DATE, div TEXT).  That blockquote, or NULL. */
static xmlNodePtr
lone_quote(xmlNodePtr root)
{
	xmlNodePtr	ch, q = NULL;

	for (ch = root->children; ch != NULL; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE && ch->content != NULL &&
		    !all_space((const char *)ch->content))
			return NULL;
		if (ch->type != XML_ELEMENT_NODE || NINFO(ch)->skip ||
		    NINFO(ch)->item >= 0 || lead_heading(ch) ||
		    qr_dom_is(ch, "header") || qr_dom_is(ch, "footer"))
			continue;
		if (qr_dom_is(ch, "blockquote") && q == NULL)
			q = ch;
		else if (shows_text(ch))
			return NULL;
	}
	return q;
}

/* The child of root that holds m (m itself, or up to 32 levels
 * above it), or NULL. */
static xmlNodePtr
child_holding(xmlNodePtr root, xmlNodePtr m)
{
	int i;

	for (i = 0; m != NULL && i < 32; m = m->parent, i++)
		if (m->parent == root)
			return m;
	return NULL;
}

/* Does n hold a comment among its first 200 nodes (a replies' list)? */
static int
holds_item(xmlNodePtr n)
{
	xmlNodePtr	m;
	int		i = 0;

	for (m = n; m != NULL && i < 200; m = qr_dom_next(m, n, 0), i++)
		if (m->type == XML_ELEMENT_NODE && NINFO(m)->item >= 0)
			return 1;
	return 0;
}

/* A line of links, not of text: an element (no paragraph, list, quote
 * or table) whose text among its first 200 nodes all sits in links
 * (K2's span.commentLink > a "Comment Link", a permalink before the
 * comment's text). */
static int
link_line(xmlNodePtr n)
{
	static const char *const blocks[] = { "p", "blockquote", "pre", "ul",
	    "ol", "dl", "table", NULL };
	xmlNodePtr	m;
	int		i = 0, links = 0;

	if (qr_dom_is_one_of(n, blocks))
		return 0;
	for (m = n->children; m != NULL && i < 200; i++) {
		if (qr_dom_is(m, "a")) {
			links++;
			m = qr_dom_next(m, n, 1);
			continue;
		}
		if (m->type == XML_TEXT_NODE && m->content != NULL &&
		    !all_space((const char *)m->content))
			return 0;
		m = qr_dom_next(m, n, 0);
	}
	return links > 0 && m == NULL;
}

/* The whole item as the body: its <header> and <footer> children
 * (HTML5's place for a comment's name, date and links: Drupal's
 * "Submitted by NAME on DATE"), and before the text its leading
 * headings, the children that hold the author or the date (a header
 * line of no class: IntenseDebate's div.idc-c-h), lines of links
 * (link_line()) and an avatar <img> are left out when own text (no
 * replies' list) follows, and so are lines of links after that text
 * (K2's span.commentToolbar "Report"); a lone
 * blockquote (lone_quote()) is read for its children. */
static size_t own_prose(xmlNodePtr n, int k, size_t cap);

static void
whole_item_body(struct qr_conv *cv, xmlNodePtr root, struct qr_node *cm)
{
	xmlNodePtr	ch, meta[8], lead[8], q;
	xmlNodePtr	ha = child_holding(root, cv->skip1);
	xmlNodePtr	hd = child_holding(root, cv->skip2);
	size_t		nm = 0, nlead = 0, i;
	int		other = 0, own = 0;

	for (ch = root->children; ch != NULL; ch = ch->next) {
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		if ((qr_dom_is(ch, "header") || qr_dom_is(ch, "footer") ||
		    (!other && lead_heading(ch))) &&
		    !NINFO(ch)->skip && NINFO(ch)->item < 0) {
			if (nm < 8)
				meta[nm++] = ch;
		} else if (!own && nm + nlead < 8 && !NINFO(ch)->skip &&
		    NINFO(ch)->item < 0 && (ch == ha || ch == hd ||
		    link_line(ch) || qr_dom_is(ch, "img")) &&
		    own_prose(ch, cv->item, 64) < 64) {
			/* kept apart until own text follows */
			lead[nlead++] = ch;
		} else if (own && nm + nlead < 8 && !NINFO(ch)->skip &&
		    NINFO(ch)->item < 0 && link_line(ch)) {
			lead[nlead++] = ch;	/* "Reply", "Report" after it */
		} else if (shows_text(ch)) {
			other = 1;
			if (!own && nlead > 0 && !holds_item(ch) &&
			    own_prose(ch, cv->item, 16) >= 16)
				own = 1;
		}
	}
	if (!other)
		nm = 0;
	for (i = 0; own && i < nlead; i++)
		meta[nm++] = lead[i];
	for (i = 0; i < nm; i++)
		NINFO(meta[i])->skip = 1;
	if ((q = lone_quote(root)) != NULL)
		qr_conv_blocks(cv, q, 1, cm);
	else
		qr_conv_blocks(cv, root, 1, cm);
	for (i = 0; i < nm; i++)
		NINFO(meta[i])->skip = 0;
}

/* Is m inside n (or n itself)? */
static int
inside(xmlNodePtr n, xmlNodePtr m)
{
	for (; m != NULL; m = m->parent)
		if (m == n)
			return 1;
	return 0;
}

/* An element of a post that is not its text: its header line ("NAME
 * replied the topic: Re: SUBJECT", Kunena's div.mykmsg-header), title,
 * signature or footer, by a class word. */
static int
post_part(xmlNodePtr n)
{
	static const char *const words[] = { "header", "title", "signature",
	    "footer", NULL };

	return attr_holds_any(n, "class", words);
}

/* The bytes of text below n outside links, headings (a post's title
 * "Re: SUBJECT"), a post's header, title, signature, footer
 * (post_part()) and other comments (up to about "cap"): qr_prose_len()
 * counts no comment's text. */
static size_t
own_prose(xmlNodePtr n, int k, size_t cap)
{
	xmlNodePtr	m;
	size_t		len = 0;

	for (m = n->children; m != NULL && len < cap; ) {
		int skip = 0;

		if (m->type == XML_ELEMENT_NODE)
			skip = other_item(m, k) || NINFO(m)->skip ||
			    qr_dom_is(m, "a") || lead_heading(m) ||
			    post_part(m);
		else if (m->type == XML_TEXT_NODE && m->content != NULL)
			len += strlen((const char *)m->content) -
			    strspn((const char *)m->content, " \t\r\n");
		m = qr_dom_next(m, n, skip);
	}
	return len;
}

/* A forum post's body (posts_thread()): of the elements in its own
 * markup that the body selectors match and that hold neither the
 * writer's name nor the date (it may be a bare text node) and are in
 * no quote, the one with the most text, or one inside it with two
 * thirds as much (MyBB's div.post_body, not the panel's span.smalltext that
 * [class*=text] finds first).  In *best (v[0] only). */
#define POST_BODY_TRIES	32

static void
post_body_pick(struct reader *r, const struct cprof *c, int k,
    xmlNodePtr a, xmlNodePtr d, xmlNodePtr bare, struct picks *best)
{
	xmlNodePtr	root = r->it.node[k], n, b = NULL;
	size_t		len, top = 0, tried = 0;

	memset(best, 0, sizeof(*best));
	/* a post has a few candidates; each costs its subtree and its
	 * depth, so a hostile post nesting thousands of them stops at
	 * POST_BODY_TRIES (linear, not quadratic, in the page) */
	for (n = root->children; n != NULL && tried < POST_BODY_TRIES; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE &&
		    !(skip = other_item(n, k)) && qr_sel_match(c->body, n)) {
			tried++;
			if (!post_part(n) &&
			    !in_quote(root, n, c->drop) &&
			    (a == NULL || !inside(n, a)) &&
			    (d == NULL || !inside(n, d)) &&
			    (bare == NULL || !inside(n, bare))) {
				len = own_prose(n, k, 100000);
				/* a later one inside the best with two thirds
				 * of its text is the tighter wrapper (less a
				 * signature, a title line) */
				if (b == NULL || len > top ||
				    (len * 3 >= top * 2 && inside(b, n)))
					b = n, top = len > top ? len : top;
			}
		}
		n = qr_dom_next(n, root, skip);
	}
	best->v[0] = b;
}

/* A generic body candidate that is a label in the comment's header or
 * footer, not its text: an inline element whose text is one short word
 * (Gitalk's span.gt-comment-text "commented" beside the name, Twikoo's
 * span.tk-extra-text "Linux" under the text) while a later candidate,
 * a block outside it, holds more text.  pk->v[i] is the candidate. */
#define LABEL_MAX	24

static int
label_body(const struct picks *pk, size_t i, const struct qr_sel *drop)
{
	xmlNodePtr	n = pk->v[i];
	char		*t;
	size_t		 l, j;

	if (!is_inline_root(n))
		return 0;
	t = qr_dom_text(n, drop, LABEL_MAX + 1);
	l = strlen(t);
	/* one word: no space inside, a leading no-break space aside */
	j = strncmp(t, "\xc2\xa0", 2) == 0 ? 2 : 0;
	j = l > 0 && strchr(t + j, ' ') == NULL &&
	    strstr(t + j, "\xc2\xa0") == NULL;
	free(t);
	if (!j || l > LABEL_MAX)
		return 0;
	for (j = i + 1; j < PICK_MAX; j++) {
		xmlNodePtr m = pk->v[j];
		size_t	   ml;

		if (m == NULL || is_inline_root(m) || inside(n, m) ||
		    inside(m, n))
			continue;
		t = qr_dom_text(m, drop, LABEL_MAX + 2);
		ml = strlen(t);
		free(t);
		if (ml > l)
			return 1;
	}
	return 0;
}

/* The comment's body: the first body alternative with text, else its
 * own markup without meta and UI. */
static void
fill_body(struct reader *r, const struct cprof *c, int k,
    struct qr_node *cm, xmlNodePtr a, xmlNodePtr d, xmlNodePtr bare,
    const struct picks *bodypk)
{
	const struct picks *pk = bodypk;
	struct qr_conv	cv;
	struct picks	best;
	size_t		i;

	if ((c->p->flags & (PF_GENERIC | PF_FORUM)) ==
	    (PF_GENERIC | PF_FORUM)) {
		post_body_pick(r, c, k, a, d, bare, &best);
		pk = &best;
	}

	memset(&cv, 0, sizeof(cv));
	cv.doc = r->doc;
	cv.base = r->base;
	cv.drop = c->drop;
	cv.item = k;
	cv.skip1 = a;
	cv.skip2 = d;
	cv.skip3 = bare;
	for (i = 0; i < PICK_MAX; i++) {
		xmlNodePtr	n = pk->v[i];
		char		*t;
		int		 empty;

		if (n == NULL)
			continue;
		if ((c->p->flags & PF_GENERIC) && in_quote(r->it.node[k], n, c->drop))
			continue;	/* Vanilla's div.QuoteText */
		if ((c->p->flags & PF_GENERIC) && (holds(n, a) || holds(n, d) ||
		    holds(n, bare)))
			continue;	/* span.datetime.secondary-text */
		if ((c->p->flags & PF_GENERIC) && label_body(pk, i, c->drop))
			continue;	/* span.gt-comment-text "commented" */
		t = qr_dom_text(n, c->drop, 16);
		empty = *t == '\0';
		free(t);
		if (empty)
			continue;
		qr_conv_blocks(&cv, n, !is_inline_root(n), cm);
		drop_subject(cm);
		return;
	}
	whole_item_body(&cv, r->it.node[k], cm);
	drop_subject(cm);
}

/* The comment's date: from the profile's date elements, else bare
 * text in its markup (*bare: that text node); a numeric date only the
 * page's order can read waits for settle_dates().  "pk": the profile's
 * date elements in the item.  Returns the date element it came from, or
 * NULL. */
static xmlNodePtr
comment_date(struct reader *r, int k, struct qr_node *cm,
    const struct picks *pk, xmlNodePtr *bare)
{
	char		date[QR_DATE_MAX];
	xmlNodePtr	dn = NULL;
	size_t		i;

	free(r->amb);
	r->amb = NULL;
	for (i = 0; i < PICK_MAX; i++)
		if (pk->v[i] != NULL && date_of(r, r->it.node[k], pk->v[i],
		    date)) {
			dn = pk->v[i];
			cm->as.comment.date = qr_doc_strdup(r->doc, date);
			break;
		}
	if (dn == NULL && (*bare = bare_date(r, k, date)) != NULL) {
		if ((*bare)->parent != NULL &&
		    (*bare)->parent != r->it.node[k])
			shown_time(r, r->it.node[k], (*bare)->parent, date);
		cm->as.comment.date = qr_doc_strdup(r->doc, date);
	}
	if (cm->as.comment.date == NULL && r->amb == NULL &&
	    (dn = any_datetime(r, k, date)) != NULL)
		cm->as.comment.date = qr_doc_strdup(r->doc, date);
	if (cm->as.comment.date == NULL && r->amb != NULL) {
		if (r->npend == r->cappend) {
			r->cappend = r->cappend ? r->cappend * 2 : 16;
			r->pend = qr_xrealloc(r->pend,
			    r->cappend * sizeof(*r->pend));
		}
		r->pend[r->npend].cm = cm;
		r->pend[r->npend++].text = r->amb;
	} else
		free(r->amb);
	r->amb = NULL;
	return dn;
}

/* Does link "a" point into the page (a permalink, "#comment-3", a
 * reply or flag button) rather than to a commenter's site? */
static int
inner_link(xmlNodePtr a)
{
	const char *h = qr_dom_attr(a, "href");

	return h == NULL || strchr(h, '#') != NULL ||
	    strncasecmp(h, "javascript:", 11) == 0;
}

/* A copy of "t" with its no-break spaces as spaces. */
static char *
nbsp_to_space(const char *t)
{
	size_t	 l = strlen(t), i, j;
	char	*u = qr_xmalloc(l + 1);

	for (i = j = 0; i < l; i++)
		if ((unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0)
			u[j++] = ' ', i++;
		else
			u[j++] = t[i];
	u[j] = '\0';
	return u;
}

/* A comment's header line without an author element: the element
 * holding its date (Serendipity's h4 "NAME, on DATE", Plone's
 * documentByLine "NAME says: DATE", Dotclear's p.comment-info "1. From
 * NAME - DATE", django-comments-xtd's h6 "DATE - NAME ¶").  The author
 * is its first link to elsewhere, else its words left without the
 * date, in-page links, images and the little words around a name.
 * Returns an arena string or NULL; *node: the link taken, if any. */
static const char *
line_author_in(struct reader *r, int k, xmlNodePtr line, xmlNodePtr date,
    struct qr_sel *adrop, xmlNodePtr *node)
{
	static const char *const lead[] = { "comment from:", "comment by",
	    "posted by:", "posted by", "from", "by", "von", "de", "par",
	    "kommentar von",
	    NULL };
	static const char *const tail[] = { ", on", " on", ", am", " am",
	    " -", " \xE2\x80\x93", " \xC2\xB6", ",", " |", NULL };
	xmlNodePtr	 n;
	struct qr_buf	 b = { 0 };
	int		 space = 1, i, seen = 0;
	char		*t;
	const char	*res = NULL;
	size_t		 l, j;

	for (n = line->children; n != NULL && seen < 64; seen++) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			skip = n == date || qr_sel_match(adrop, n) ||
			    other_item(n, k) ||
			    (qr_dom_is(n, "a") && inner_link(n));
			if (!skip && qr_dom_is(n, "a")) {
				t = qr_dom_text(n, adrop, AUTHOR_MAX);
				cut_author(t);
				/* "#46000474": the comment's number (Slashdot's
				 * "(#CID)" after the date), not a name */
				if (*t == '#' && t[1] != '\0' &&
				    strspn(t + 1, "0123456789") == strlen(t + 1))
					*t = '\0';
				/* a bare address (FC2's "NAME <a>URL</a>"):
				 * the commenter's site, not the name */
				if (strncasecmp(t, "http://", 7) == 0 ||
				    strncasecmp(t, "https://", 8) == 0)
					*t = '\0';
				if (*t != '\0') {
					res = qr_doc_strdup(r->doc, t);
					free(t);
					qr_buf_free(&b);
					*node = n;
					return res;
				}
				free(t);
				skip = 1;
			}
		} else if (n->type == XML_TEXT_NODE && n->content != NULL) {
			const char *c0 = (const char *)n->content, *e;
			char *u;

			u = nbsp_to_space(c0);
			c0 = u;
			if (n == date) {
				/* "DATE - NAME", "DATE | NAME", and Grav's
				 * "Written on DATE by NAME": the words after
				 * the date */
				if ((e = strstr(c0, " - ")) != NULL ||
				    (e = strstr(c0, " | ")) != NULL)
					e += 3;
				else if ((e = strcasestr(c0, " by ")) != NULL)
					e += 4;
				else
					e = c0 + strlen(c0);
				c0 = e;
			}
			qr_buf_put_collapsed(&b, c0, strlen(c0), &space);
			free(u);
		}
		n = qr_dom_next(n, line, skip);
	}
	qr_buf_putc(&b, '\0');
	t = b.data;
	for (i = 0; lead[i] != NULL; i++) {
		l = strlen(lead[i]);
		while (*t == ' ')
			t++;
		if (strncasecmp(t, lead[i], l) == 0 && t[l] == ' ')
			t += l;
	}
	while (*t == ' ' || *t == '-' || *t == ':')
		t++;
	for (j = 0; j < 3; j++) {
		cut_author(t);
		for (i = 0; tail[i] != NULL; i++) {
			size_t tl = strlen(tail[i]);

			l = strlen(t);
			if (l >= tl && strcmp(t + l - tl, tail[i]) == 0)
				t[l - tl] = '\0';
		}
	}
	/* a name: short, a few words, not a date or a number, not only
	 * punctuation (Slashdot's ")" left after "(#CID)"), not the date
	 * line's date itself (a div with the date alone, below the name's
	 * element in an unknown theme) */
	l = strlen(t);
	if (l > 0 && l <= 64 && !isdigit((unsigned char)*t)) {
		int words = 1, letters = 0;

		for (j = 0; j < l; j++) {
			words += t[j] == ' ';
			letters += isalnum((unsigned char)t[j]) ||
			    (unsigned char)t[j] >= 0x80;
		}
		if (words <= 5 && letters > 0 && !looks_date(r, t))
			res = qr_doc_strdup(r->doc, t);
	}
	qr_buf_free(&b);
	return res;
}

static const char *
line_author(struct reader *r, int k, xmlNodePtr date, struct qr_sel *adrop,
    xmlNodePtr *node)
{
	static const char *const inl[] = { "a", "span", "em", "i", "small",
	    "abbr", "strong", "b", "font", "time", NULL };
	xmlNodePtr	 root = r->it.node[k], line;
	const char	*res;
	int		 i;

	if (date == NULL)
		return NULL;
	/* the date element may be the line itself (TypePad's
	 * p.comment-footer "Posted by: NAME | <a>DATE</a>") */
	if (date->type == XML_ELEMENT_NODE && date != root &&
	    !qr_dom_is_one_of(date, inl) &&
	    (res = line_author_in(r, k, date, date, adrop, node)) != NULL)
		return res;
	line = date->parent;
	for (i = 0; line != NULL && line != root && i < 2 &&
	    qr_dom_is_one_of(line, inl); i++)
		line = line->parent;	/* up from <a><time></a> */
	if (line == NULL || line == root || line->type != XML_ELEMENT_NODE)
		return NULL;
	if ((res = line_author_in(r, k, line, date, adrop, node)) != NULL ||
	    !qr_dom_is(line, "li"))
		return res;
	/* a footer list with the date alone in its item: the name is in
	 * the next item (FC2 Blog's ul.sub_footer "DATE", "NAME URL",
	 * "edit") */
	for (line = line->next; line != NULL &&
	    line->type != XML_ELEMENT_NODE; line = line->next)
		continue;
	if (line == NULL || !qr_dom_is(line, "li"))
		return NULL;
	return line_author_in(r, k, line, date, adrop, node);
}

/* ---- an author by generic signals ------------------------------------ */

/* Where an unknown theme names its commenter: the markup standards'
 * author (rel, microdata, microformats), then class or id words (the
 * generic profile's, without its cite/strong/b, which in a platform's
 * comment are as likely its text; a link first: Commento's a.name in
 * its div.name-wrapper with the date). */
static const char *const any_author_sel =
    "[rel~=author], [itemprop=author], .p-author, .h-card, .fn, "
    "a[class*=author], a[class*=user], a[class*=name], "
    "[class*=author], [class*=user], [class*=name], [class*=autor], "
    "[class*=auteur], [class*=benutzer], [class*=nick], [class*=poster], "
    "[class*=person], [class*=member], a[id*=author], a[id*=user]";

/* Does link "a" go to a user's page ("/user/NAME", "/u/NAME",
 * "/profile/NAME", "/members/NAME", "/channel/NAME", "/@NAME",
 * "user?id=NAME"), not into the page? */
static int
profile_link(xmlNodePtr a)
{
	static const char *const parts[] = { "/user/", "/users/", "/u/",
	    "/profile/", "/profiles/", "/member/", "/members/", "/people/",
	    "/channel/", "/author/", "/authors/", "/account/", "/accounts/",
	    "/@", "user?id=", "profile.php?", "member.php?",
	    "memberlist.php?", "userinfo.php?", "space-uid-", "mod=space&",
	    NULL };
	const char	*h = qr_dom_attr(a, "href");
	size_t		 i;

	if (inner_link(a))
		return 0;
	for (i = 0; parts[i] != NULL; i++)
		if (strcasestr(h, parts[i]) != NULL)
			return 1;
	return 0;
}

/* The first link to a user's page in comment k's own markup (the first
 * 200 nodes) with a short name as its text, or NULL; *t: that text
 * (malloc'd). */
static xmlNodePtr
profile_link_in(struct reader *r, int k, struct qr_sel *adrop, char **t)
{
	xmlNodePtr	root = r->it.node[k], n;
	int		seen = 0;

	for (n = root->children; n != NULL && seen < 200; seen++) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			skip = other_item(n, k);
			if (!skip && qr_dom_is(n, "a") && profile_link(n)) {
				*t = qr_dom_text(n, adrop, AUTHOR_MAX);
				cut_author(*t);
				if (name_like(*t) && !looks_date(r, *t) &&
				    !button_text(*t))
					return n;
				free(*t);
				skip = 1;
			}
		}
		n = qr_dom_next(n, root, skip);
	}
	*t = NULL;
	return NULL;
}

/* Comment k's author when its profile's selectors and header line gave
 * none: an element the markup standards or a class word call the
 * author, else a link to a user's page.  Sets the author (and its
 * link) on cm; returns the element taken, or NULL. */
static xmlNodePtr
any_author(struct reader *r, int k, struct qr_node *cm,
    struct qr_sel *prefer, struct qr_sel *adrop)
{
	struct picks	 pk;
	xmlNodePtr	 an = NULL, a;
	const char	*res, *u = NULL;
	char		*t;

	if (r->anyauthor == NULL)
		r->anyauthor = qr_sel_compile(any_author_sel);
	pick_all(r, k, r->anyauthor, &pk, 1);
	res = choose_author(r, &pk, prefer, adrop, &an, 1);
	if (res != NULL)
		cm->as.comment.author = res;
	else if ((an = profile_link_in(r, k, adrop, &t)) != NULL) {
		cm->as.comment.author = qr_doc_strdup(r->doc, t);
		free(t);
	} else
		return NULL;
	/* its link: the element's own, one inside it, or the one around */
	for (a = an; a != NULL && a != r->it.node[k] && u == NULL;
	    a = a->parent)
		if (qr_dom_is(a, "a"))
			u = qr_dom_attr(a, "href");
	for (a = an->children; u == NULL && a != NULL;
	    a = qr_dom_next(a, an, 0))
		if (qr_dom_is(a, "a"))
			u = qr_dom_attr(a, "href");
	if (u != NULL && *u != '#' && cm->as.comment.author_url == NULL)
		cm->as.comment.author_url = qr_html_safe_url(r->doc, u,
		    r->base, 0);
	return an;
}

/* A commenter named by RDFa ("Submitted by <span
 * property="schema:name">NAME</span> on DATE": Drupal's, the name
 * alone in a line the date shares, which line_author() would read
 * whole): before the date line's words.  Returns the name's element,
 * else "an". */
static xmlNodePtr
rdfa_author(struct reader *r, int k, struct qr_node *cm,
    struct qr_sel *prefer, struct qr_sel *adrop, xmlNodePtr an)
{
	struct picks	 pk;
	xmlNodePtr	 n = NULL;
	const char	*res;

	if (r->rdfa == NULL)
		r->rdfa = qr_sel_compile("[property~=schema:name], "
		    "[property~=foaf:name], [property~=name]");
	pick_all(r, k, r->rdfa, &pk, 1);
	res = choose_author(r, &pk, prefer, adrop, &n, 1);
	if (res == NULL)
		return an;
	cm->as.comment.author = res;
	return n;
}

/* The heading (h1-h6) that holds node n within a few levels below the
 * comment's root, or NULL. */
static xmlNodePtr
date_heading(xmlNodePtr root, xmlNodePtr n)
{
	static const char *const hs[] = { "h1", "h2", "h3", "h4", "h5", "h6",
	    NULL };
	int i;

	for (i = 0; n != NULL && n != root && i < 6; i++, n = n->parent)
		if (qr_dom_is_one_of(n, hs))
			return n;
	return NULL;
}

static void
fill_comment(struct reader *r, const struct cprof *c, int k,
    struct qr_node *cm, struct qr_sel *prefer, struct qr_sel *adrop)
{
	struct picks	 pk, pks[PK__MAX];
	xmlNodePtr	 an = NULL, dn = NULL, bare = NULL, hd;
	size_t		 i;
	const char	*href = NULL;

	cm->as.comment.id = item_id(r, r->it.node[k]);
	if (qr_sel_match(r->ping, r->it.node[k])) {
		/* a pingback: the linking page's title is the author, and
		 * the whole item the text */
		struct qr_conv	cv;
		xmlNodePtr	m, root = r->it.node[k];

		for (m = root->children; m != NULL; m = qr_dom_next(m, root, 0))
			if (qr_dom_is(m, "a") && !qr_sel_match(c->drop, m)) {
				char *t = qr_dom_text(m, NULL, AUTHOR_MAX);

				if (*t != '\0') {
					const char *u = qr_dom_attr(m, "href");

					cm->as.comment.author =
					    qr_doc_strdup(r->doc, t);
					cm->as.comment.author_url = u == NULL ?
					    NULL : qr_html_safe_url(r->doc, u,
					    r->base, 0);
					free(t);
					break;
				}
				free(t);
			}
		pick_all(r, k, c->date, &pk, 0);
		(void)comment_date(r, k, cm, &pk, &bare);
		memset(&cv, 0, sizeof(cv));
		cv.doc = r->doc;
		cv.base = r->base;
		cv.drop = r->pingdrop;
		cv.item = k;
		qr_conv_blocks(&cv, root, 1, cm);
		return;
	}
	{
		const struct qr_sel *sels[PK__MAX];
		const int need_text[PK__MAX] = {
			[PK_AUTHOR] = 1, [PK_BODY] = 1 };

		sels[PK_AUTHOR] = c->author;
		sels[PK_DATE] = c->date;
		sels[PK_LINK] = c->link;
		sels[PK_BODY] = c->body;
		pick_many(r, k, sels, need_text, pks);
	}
	cm->as.comment.author = choose_author(r, &pks[PK_AUTHOR], prefer,
	    adrop, &an, (c->p->flags & PF_GENERIC) != 0);
	if (an != NULL) {
		const char *u = NULL;
		xmlNodePtr m;

		if (qr_dom_is(an, "a"))
			u = qr_dom_attr(an, "href");
		for (m = an->children; u == NULL && m != NULL;
		    m = qr_dom_next(m, an, 0))
			if (qr_dom_is(m, "a") && !qr_dom_has_word(m, "class",
			    "comment-reply-link", 0))
				u = qr_dom_attr(m, "href");
		if (u == NULL && an->parent != NULL && qr_dom_is(an->parent, "a"))
			u = qr_dom_attr(an->parent, "href");
		if (u != NULL && *u != '#')
			cm->as.comment.author_url = qr_html_safe_url(r->doc, u,
			    r->base, 0);
	}
	pk = pks[PK_DATE];
	dn = comment_date(r, k, cm, &pk, &bare);
	if (dn == NULL)		/* a date element without a readable date */
		for (i = 0; i < PICK_MAX && dn == NULL; i++)
			if (pk.v[i] != NULL && !qr_dom_is(pk.v[i], "p"))
				dn = pk.v[i];
	/* permalink */
	pk = pks[PK_LINK];
	for (i = 0; i < PICK_MAX && href == NULL; i++)
		if (pk.v[i] != NULL)
			href = qr_dom_attr(pk.v[i], "href");
	if (href == NULL && dn != NULL) {
		xmlNodePtr m;

		if (qr_dom_is(dn, "a"))
			href = qr_dom_attr(dn, "href");
		else if (dn->parent != NULL && qr_dom_is(dn->parent, "a"))
			href = qr_dom_attr(dn->parent, "href");
		for (m = dn->children; href == NULL && m != NULL;
		    m = qr_dom_next(m, dn, 0))
			if (qr_dom_is(m, "a"))
				href = qr_dom_attr(m, "href");
	}
	if (href != NULL)
		cm->as.comment.url = qr_html_safe_url(r->doc, href, r->base, 0);
	/* a heading that carries the comment's date is its header line
	 * (django-comments-xtd: h6 "DATE - NAME ¶"), not its text */
	if (cm->as.comment.author == NULL)
		an = rdfa_author(r, k, cm, prefer, adrop, an);
	if (cm->as.comment.author == NULL &&
	    (dn != NULL || bare != NULL)) {
		xmlNodePtr ln = NULL;

		cm->as.comment.author = line_author(r, k, dn != NULL ? dn : bare,
		    adrop, &ln);
		if (ln != NULL) {
			const char *u = qr_dom_attr(ln, "href");

			an = ln;
			if (u != NULL)
				cm->as.comment.author_url = qr_html_safe_url(
				    r->doc, u, r->base, 0);
		}
	}
	if (cm->as.comment.author == NULL)
		an = any_author(r, k, cm, prefer, adrop);
	if ((hd = date_heading(r->it.node[k], dn != NULL ? dn : bare)) != NULL) {
		if (dn != NULL)
			dn = hd;
		else
			bare = hd;
	}
	fill_body(r, c, k, cm, an, dn, bare, &pks[PK_BODY]);
}

/* ---- the thread ------------------------------------------------------------ */

/* The depth a class gives, or -1: "depth-3", "depth_3", "level-3",
 * "comment-level-3", "thread-depth-3", LiveJournal's "b-tree-twig-3",
 * and with the key glued to a prefix: Serendipity's "commentlevel-0",
 * "commentlevel_2", Plone's "replyTreeLevel0" (a camel-case key, digits
 * right after it).  Some platforms count from 0: build_thread() makes
 * the smallest level of the page the top. */
static int
depth_class(xmlNodePtr n)
{
	static const char *const keys[] = { "depth", "level", "twig", NULL };
	static const char *const glued[] = { "comment", "reply", "thread",
	    "tree", NULL };
	const char *v = qr_dom_attr(n, "class"), *p;

	if (v == NULL)
		return -1;
	for (p = v; *p != '\0';) {
		const char	*w, *e, *d;
		size_t		 i, j;

		while (*p != '\0' && isspace((unsigned char)*p))
			p++;
		w = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		/* the word ends in digits, after '-' or '_' or not */
		for (d = p; d > w && isdigit((unsigned char)d[-1]); d--)
			continue;
		if (d == p || d - w < 2 || p - d > 9)
			continue;
		e = (d[-1] == '-' || d[-1] == '_') ? d - 1 : d;
		for (i = 0; keys[i] != NULL; i++) {
			size_t		 kl = strlen(keys[i]);
			const char	*k = e - kl;
			int		 ok;

			if (e - w < (long)kl || strncasecmp(k, keys[i], kl) != 0)
				continue;
			/* what comes before the key: nothing, a separator,
			 * a camel-case boundary ("replyTreeLevel0"), or a
			 * glued "comment"/"reply"/... ("commentlevel-0") */
			ok = k == w || k[-1] == '-' || k[-1] == '_' ||
			    (isupper((unsigned char)k[0]) &&
			    islower((unsigned char)k[-1]));
			for (j = 0; !ok && glued[j] != NULL; j++) {
				size_t gl = strlen(glued[j]);

				ok = k - w >= (long)gl &&
				    strncasecmp(k - gl, glued[j], gl) == 0 &&
				    (k - gl == w || k[-(long)gl - 1] == '-' ||
				    k[-(long)gl - 1] == '_');
			}
			/* digits glued to the key only where the key is
			 * marked off itself ("level3", "TreeLevel0") */
			if (ok && (e != d || k == w || isupper((unsigned char)k[0])))
				return (int)strtol(d, NULL, 10);
		}
	}
	return -1;
}

/* The depth class of an item, or of the wrappers it opens (Dreamwidth:
 * div.comment-thread.comment-depth-2 > div > div.comment); -1 if none. */
static int
wrapped_depth(xmlNodePtr n)
{
	int i, d;

	for (i = 0; i < 3 && n != NULL && n->type == XML_ELEMENT_NODE; i++) {
		xmlNodePtr c, p = n->parent;

		if ((d = depth_class(n)) >= 0)
			return d;
		if (p == NULL || p->type != XML_ELEMENT_NODE)
			break;
		for (c = p->children; c != NULL && c->type != XML_ELEMENT_NODE;
		    c = c->next)
			continue;
		if (c != n)
			break;
		n = p;
	}
	return -1;
}

/* The depth a comment's "level N" label gives (new Reddit's label for
 * screen readers, the only sign of its depth in a flat list): the first
 * of the comment's first 64 nodes that matches the profile's "level"
 * and reads "level N"; -1 if none. */
static int
level_label(const struct cprof *c, xmlNodePtr item)
{
	xmlNodePtr	n;
	int		seen;

	for (n = item->children, seen = 0; n != NULL && seen < 64;
	    n = qr_dom_next(n, item, 0), seen++) {
		char	*t, *e;
		long	 v = -1;

		if (n->type != XML_ELEMENT_NODE || !qr_sel_match(c->level, n))
			continue;
		t = qr_dom_text(n, NULL, 32);
		if (strncasecmp(t, "level ", 6) == 0) {
			v = strtol(t + 6, &e, 10);
			if (*e != '\0' || v < 1 || v > 100000)
				v = -1;
		}
		free(t);
		if (v > 0)
			return (int)v;
	}
	return -1;
}

/* An indentation in pixels from a style's margin-left or padding-left,
 * or -1. */
static long
style_indent(xmlNodePtr n)
{
	const char	*v = qr_dom_attr(n, "style"), *p;
	static const char *const props[] = { "margin-left", "padding-left",
	    NULL };
	size_t		 i;

	if (v == NULL)
		return -1;
	for (i = 0; props[i] != NULL; i++)
		if ((p = strcasestr(v, props[i])) != NULL) {
			p += strlen(props[i]);
			while (*p == ' ' || *p == ':')
				p++;
			if (isdigit((unsigned char)*p))
				return strtol(p, NULL, 10);
		}
	return -1;
}

/* The width of a spacer image among the item's first few nodes: an
 * <img> one or two pixels tall with a width in pixels, alone in its
 * parent (Hacker News: td.ind > img[src=s.gif][height=1][width=80],
 * 40 px a level), or -1. */
static long
spacer_indent(xmlNodePtr n)
{
	xmlNodePtr	m, c;
	int		i;

	for (m = n->children, i = 0; m != NULL && i < 12;
	    m = qr_dom_next(m, n, 0), i++) {
		const char *h, *w;
		int elements = 0;

		if (!qr_dom_is(m, "img"))
			continue;
		h = qr_dom_attr(m, "height");
		w = qr_dom_attr(m, "width");
		if (h == NULL || w == NULL || !isdigit((unsigned char)*w) ||
		    (strcmp(h, "1") != 0 && strcmp(h, "2") != 0))
			return -1;
		for (c = m->parent->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE && ++elements > 1)
				return -1;
			else if (c->type == XML_TEXT_NODE && c->content != NULL &&
			    !all_space((const char *)c->content))
				return -1;
		return strtol(w, NULL, 10);
	}
	return -1;
}

/* The item's indentation: its own style, a spacer image at its start,
 * or its parent's style when the item is that parent's first element. */
static long
item_indent(xmlNodePtr n)
{
	long		v = style_indent(n);
	xmlNodePtr	p = n->parent, c;

	if (v < 0)
		v = spacer_indent(n);
	if (v >= 0 || p == NULL || p->type != XML_ELEMENT_NODE)
		return v;
	for (c = p->children; c != NULL && c->type != XML_ELEMENT_NODE;
	    c = c->next)
		continue;
	return c == n ? style_indent(p) : -1;
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

/* Levels from margins when every item of a flat list has one and there
 * are at least two: the smallest margin is level 1, the next level 2,
 * ...  Fills lv[] and returns 1, or returns 0. */
static int
indent_levels(struct reader *r, size_t first, int *lv)
{
	long	*px, *sorted;
	size_t	 k, n = r->it.n - first, nd = 0, i;

	if (n < 2)
		return 0;
	for (k = first; k < r->it.n; k++)
		if (r->it.parent[k] >= 0)
			return 0;	/* nested in the markup already */
	px = qr_xmalloc(n * sizeof(*px));
	sorted = qr_xmalloc(n * sizeof(*sorted));
	for (k = 0; k < n; k++)
		if ((px[k] = sorted[k] = item_indent(r->it.node[first + k])) < 0) {
			free(px);
			free(sorted);
			return 0;
		}
	qsort(sorted, n, sizeof(*sorted), cmp_long);
	for (i = 0; i < n; i++)
		if (i == 0 || sorted[i] != sorted[i - 1])
			sorted[nd++] = sorted[i];
	if (nd >= 2)
		for (k = 0; k < n; k++) {
			long *hit = bsearch(&px[k], sorted, nd, sizeof(*sorted),
			    cmp_long);

			lv[first + k] = (int)(hit - sorted) + 1;
		}
	free(px);
	free(sorted);
	return nd >= 2;
}

/* ---- nesting by the parent's id ----------------------------------------- */

struct item_id {
	const char	*id;
	size_t		 k;
};

static int
cmp_item_id(const void *a, const void *b)
{
	return strcmp(((const struct item_id *)a)->id,
	    ((const struct item_id *)b)->id);
}

/* The first of attributes "names" that n has with a value, or NULL. */
static const char *
attr_of(xmlNodePtr n, const char *const *names)
{
	for (; *names != NULL; names++) {
		const char *v = qr_dom_attr(n, *names);

		if (v != NULL && *v != '\0')
			return v;
	}
	return NULL;
}

/* Items that name their parent by its id (Kinja's article.js_reply:
 * data-id and data-parentid, the replies flat in a branch): the earlier
 * item of that id is the parent, whatever the markup's nesting says.  A
 * parent id that names no earlier item (the post's own) leaves the item
 * where it is.  Sorted ids and binary search, as indent_levels().  The
 * attributes are kept by html_tree.c's keep_family[]. */
static void
parent_by_id(struct reader *r, size_t first)
{
	static const char *const own[] = { "data-id", "data-comment-id",
	    NULL };
	static const char *const up[] = { "data-parentid", "data-parent-id",
	    NULL };
	struct item_id	*v;
	size_t		 k, n = 0;

	for (k = first; k < r->it.n; k++)
		if (attr_of(r->it.node[k], up) != NULL)
			break;
	if (k == r->it.n)
		return;
	v = qr_xmalloc((r->it.n - first) * sizeof(*v));
	for (k = first; k < r->it.n; k++)
		if ((v[n].id = attr_of(r->it.node[k], own)) != NULL)
			v[n++].k = k;
	qsort(v, n, sizeof(*v), cmp_item_id);
	for (k = first; k < r->it.n && n > 0; k++) {
		struct item_id	 key = { attr_of(r->it.node[k], up), 0 }, *hit;

		if (key.id == NULL)
			continue;
		hit = bsearch(&key, v, n, sizeof(*v), cmp_item_id);
		if (hit != NULL && hit->k < k)
			r->it.parent[k] = (int)hit->k;
	}
	free(v);
}

/* The first number in an element's text ("#661", "Page 3"), or -1. */
static long
number_in(xmlNodePtr n)
{
	char	*t = qr_dom_text(n, NULL, 64), *p;
	long	 v = -1;

	for (p = t; *p != '\0' && !isdigit((unsigned char)*p); p++)
		continue;
	if (*p != '\0')
		v = strtol(p, NULL, 10);
	free(t);
	return v;
}

/* Are the forum posts the rules found (find_posts()) replies by their
 * key ("status__wrapper-reply": Mastodon's answers below the toot,
 * which has a markup of its own), so none of them is the thread's own
 * post?  Not when the first of them says it is the topic (bbPress's
 * first post, "type-topic topic-author" beside the key all its posts
 * share, "bbp-reply-position-N"). */
static int
replies_key(const struct reader *r)
{
	static const char *const topic[] = { "type-topic", "topic-author",
	    NULL };

	return r->rep_posts && r->rep_region != NULL &&
	    strcasestr(r->rep_key, "reply") != NULL && !(r->it.n > 0 &&
	    attr_holds_any(r->it.node[0], "class", topic));
}

/* Forums: is the first item the thread's own post? */
static int
first_is_post(struct reader *r, const struct cprof *c)
{
	xmlNodePtr	n;
	struct picks	pk;
	size_t		i;

	pick_all(r, 0, c->counter, &pk, 0);
	for (i = 0; i < PICK_MAX; i++)
		if (pk.v[i] != NULL) {
			long v = number_in(pk.v[i]);

			if (v >= 0)
				return v == 1;
		}
	if (c->pagecur != NULL)
		for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0))
			if (n->type == XML_ELEMENT_NODE &&
			    qr_sel_match(c->pagecur, n))
				return number_in(n) <= 1;
	return 1;
}

/* Does the generic rule's set look like a thread (some comment has
 * text of its own, not only a link to elsewhere)? */
static int
generic_ok(struct reader *r)
{
	size_t k;

	for (k = 0; k < r->it.n; k++)
		if (r->it.has_text[k])
			return 1;
	return 0;
}

static int
build_thread(struct reader *r, const struct cprof *c, struct qr_error *err)
{
	struct qr_sel	*prefer = qr_sel_compile("strong, b, .fn, cite, a.url, "
	    "span.author, .username, [itemprop=name]");
	struct qr_sel	*adrop = qr_sel_compile("time, .says, .epoch-divide, "
	    ".comment-date, .date, .comment-reply-link, .reply, img, "
	    ".comment-time, .datetime, .icon, .avatar, .epoch-comment-link, "
	    ".comment-meta__date, .post-time, .floor, .userTitle, "
	    ".screen-reader-text");
	struct qr_node	**model = qr_xcalloc(r->it.n, sizeof(*model));
	int		*stack = NULL, *levels;
	size_t		 k, first = 0, nstack = 0;
	int		 flat = (c->p->flags & PF_FLAT) != 0, bydepth = !flat;
	int		 status = 1, last_top = -1, minlevel = 0;

	if ((c->p->flags & PF_FORUM) && replies_key(r))
		;	/* the post is elsewhere on the page */
	else if ((c->p->flags & PF_FORUM) && first_is_post(r, c)) {
		r->post_item = 0;
		first = 1;
	} else if (c->p->flags & PF_FORUM)
		r->no_post = 1;	/* a later page: the post is not here */
	parent_by_id(r, first);
	levels = qr_xcalloc(r->it.n ? r->it.n : 1, sizeof(*levels));
	for (k = first; k < r->it.n && bydepth; k++)
		if ((levels[k] = c->level != NULL ?
		    level_label(c, r->it.node[k]) :
		    wrapped_depth(r->it.node[k])) < 0)
			bydepth = 0;
		else if (k == first || levels[k] < minlevel)
			minlevel = levels[k];
	/* the page's smallest level is the top (Plone and Serendipity
	 * count from 0, most from 1) */
	for (k = first; k < r->it.n && bydepth; k++)
		levels[k] = levels[k] - minlevel + 1;
	if (!bydepth && !flat && indent_levels(r, first, levels))
		bydepth = 1;		/* nesting by margins only */
	if (bydepth)
		stack = qr_xmalloc(r->it.n * sizeof(*stack));
	for (k = first; k < r->it.n; k++) {
		int		 parent;
		struct qr_node	*pm, *cm;

		if ((c->p->flags & PF_GENERIC) && !r->it.has_text[k])
			continue;	/* "latest comments" teaser links */

		if (bydepth) {
			size_t d = (size_t)levels[k];

			if (d > nstack + 1)
				d = nstack + 1;
			nstack = d - 1;
			parent = nstack > 0 ? stack[nstack - 1] : -1;
			stack[nstack++] = (int)k;
		} else if (flat)
			parent = -1;
		else {
			parent = r->it.parent[k];
			if (parent >= 0 && (size_t)parent < first)
				parent = -1;
		}
		/* an indent class makes a reply of what would be top level
		 * (a reply already nested in its parent stays there:
		 * Forem's div.single-comment-node.child at every depth) */
		if (parent < 0 && c->indent != NULL &&
		    qr_sel_match(c->indent, r->it.node[k]) && last_top >= 0)
			parent = last_top;
		pm = parent >= 0 && model[parent] != NULL ? model[parent] :
		    r->doc->thread;
		if ((cm = qr_open_comment(r->doc, pm)) == NULL) {
			qr_error_set(err, QR_ERR_TOO_DEEP, 0,
			    "comments are nested deeper than %u levels (the "
			    "limit; see --max-depth)", r->doc->max_depth);
			status = 0;
			break;
		}
		model[k] = cm;
		if (pm == r->doc->thread)
			last_top = (int)k;
		fill_comment(r, c, (int)k, cm, prefer, adrop);
	}
	settle_dates(r);
	free(stack);
	free(levels);
	free(model);
	qr_sel_free(prefer);
	qr_sel_free(adrop);
	return status;
}

/* A forum post's writer: a link to the writer's page first (FluxBB's
 * dt > strong > a to profile.php, before dd.usertitle "Member"), then
 * the generic profile's class words (no strong or b: Discuz!'s post
 * number "2#"; any_author() then finds the user-page link). */
static const char *const post_author_sel =
    "[rel~=author], [itemprop=author], a[class*=author], a[class*=user], "
    "a[href*=/user/], a[href*=/users/], a[href*=/u/], a[href*=/members/], "
    "a[href*=/member/], a[href*=/profile/], a[href*=profile.php], "
    "a[href*=member.php], a[href*=memberlist.php], a[href*=space-uid-], "
    "a[href*=mod=space&], "
    "[class*=poster] > a, [class*=poster] > * > a, "
    ".fn, [class*=author], [class*=username], [class*=poster], "
    "[class*=name], [class*=user], [class*=autor], [class*=nick]";

/* A forum post's body: the generic profile's candidates and the
 * elements whose class or id names the post or message (SMF's div.post
 * > div#msg_N.inner); post_body_pick() takes the one with the most
 * text. */
static const char *const post_body_sel =
    "[class*=text], [class*=content], [class*=body], [class*=message], "
    "[class*=entry], [class*=article], [class*=msg], [class*=post], "
    "[id*=post], [id*=msg], [id*=message]";

/* A forum no rule knows (no comment region): its posts (find_posts()),
 * read with the generic profile's selectors as a forum's, the first
 * post the thread's own (as PF_FORUM's first_is_post() with no counter
 * says).  Returns 0 when there are none; else 1, *ok: build_thread()'s
 * result. */
static int
posts_thread(struct reader *r, const struct qr_profile *gen,
    struct qr_error *err, int *ok)
{
	struct qr_profile	fp = *gen;
	struct cprof		c;
	struct picks		pk;
	size_t			j;

	if (!find_posts(r))
		return 0;
	fp.flags |= PF_FORUM | PF_FLAT;	/* posts in page order */
	fp.author = post_author_sel;
	fp.body = post_body_sel;
	cprof_init(&c, &fp);
	if (find_items(r, &c) < 2 || !generic_ok(r)) {
		cprof_free(&c);
		r->rep_region = NULL;
		r->rep_posts = 0;
		return 0;
	}
	*ok = build_thread(r, &c, err);
	if (*ok && r->post_item >= 0) {
		/* the first post's text is the post */
		r->post_root = r->it.node[0];
		pick_all(r, 0, c.body, &pk, 1);
		for (j = 0; j < PICK_MAX; j++)
			if (pk.v[j] != NULL) {
				r->post_root = pk.v[j];
				break;
			}
	}
	cprof_free(&c);
	return 1;
}

/* A theme no rule knows whose items carry no comment word: repeated
 * blocks in the comments region that show a date (find_repeat()), read
 * with the generic profile's selectors.  Returns 0 when there are none;
 * else 1, *ok: build_thread()'s result. */
static int
repeat_thread(struct reader *r, struct qr_error *err, int *ok)
{
	struct cprof	c;
	size_t		i;

	for (i = 0; qr_profiles[i].name != NULL &&
	    !(qr_profiles[i].flags & PF_GENERIC); i++)
		continue;
	if (qr_profiles[i].name == NULL)
		return 0;
	/* a region named only "thread" (Isso's section#isso-thread,
	 * Habr's) once no forum's posts are found: a forum's thread may
	 * be named so, its first post the thread's own */
	if (!find_repeat(r, 0)) {
		if (posts_thread(r, &qr_profiles[i], err, ok))
			return 1;
		r->rep_posts = 0;
		if (!find_repeat(r, 1) && !heading_repeat(r))
			return 0;
	}
	cprof_init(&c, &qr_profiles[i]);
	if (find_items(r, &c) == 0 || !generic_ok(r)) {
		cprof_free(&c);
		r->rep_region = NULL;
		return 0;
	}
	*ok = build_thread(r, &c, err);
	cprof_free(&c);
	return 1;
}

/* Does the first item's class or id say it is the thread's opening
 * post (NodeBB's li.topic-owner-post, XenForo's
 * message-threadStarterPost, FluxBB's div.firstpost), for the rules
 * that need no platform (schema.org's Comment on a forum's posts)? */
static int
starter_post(struct reader *r)
{
	static const char *const words[] = { "threadstarter", "topic-owner",
	    "topicstarter", "topic-starter", "firstpost", "first-post",
	    "first_post", "opening-post", "original-post", NULL };

	return r->it.n >= 2 &&
	    (attr_holds_any(r->it.node[0], "class", words) ||
	    attr_holds_any(r->it.node[0], "id", words));
}

static int
read_thread(struct reader *r, struct qr_error *err)
{
	size_t		 i;
	unsigned char	*det = r->det;
	int		 ok;
	struct qr_profile forum;

	for (i = 0; qr_profiles[i].name != NULL; i++) {
		struct cprof	c;

#ifdef QR_GENERIC_ONLY
		/* a development build that measures the rules that need no
		 * platform alone (make CFLAGS='-DQR_GENERIC_ONLY=\"none\"'):
		 * every profile with a detect rule is off but the one
		 * named; how the reader does on platforms it has no
		 * profile for (make check-generic) */
		if (qr_profiles[i].detect != NULL &&
		    strcmp(qr_profiles[i].name, QR_GENERIC_ONLY) != 0)
			continue;
#endif
		if (!det[i])
			continue;	/* not this platform: nothing to compile */
		cprof_init(&c, &qr_profiles[i]);
		if (find_items(r, &c) == 0 ||
		    ((c.p->flags & PF_GENERIC) && !generic_ok(r))) {
			cprof_free(&c);
			continue;
		}
#ifdef QR_DEBUG
		fprintf(stderr, "profile %s: %zu items\n", c.p->name, r->it.n);
#endif
		if (c.p->detect == NULL && !(c.p->flags & PF_FORUM) &&
		    starter_post(r)) {
			/* read as a forum: the first item is the post */
			forum = *c.p;
			forum.flags |= PF_FORUM;
			c.p = &forum;
		}
		ok = build_thread(r, &c, err);
		if (ok && r->post_item >= 0) {
			/* the forum's first post is the post */
			struct picks	pk;
			size_t		j;

			r->post_root = r->it.node[0];
			pick_all(r, 0, c.body, &pk, 1);
			for (j = 0; j < PICK_MAX; j++)
				if (pk.v[j] != NULL) {
					r->post_root = pk.v[j];
					break;
				}
		}
		cprof_free(&c);
		return ok;
	}
	if (repeat_thread(r, err, &ok))
		return ok;
	/* no thread: no element belongs to a comment */
	r->it.n = 0;
	for (i = 0; i < r->nel; i++)
		r->info[i].item = r->info[i].ctx = -1;
	return 1;
}

/* ---- the post body --------------------------------------------------------- */

static size_t
text_len(xmlNodePtr root, const struct qr_sel *drop)
{
	char	*t = qr_dom_text(root, drop, 1 << 20);
	size_t	 l = strlen(t);

	free(t);
	return l;
}

/* The block with the most paragraph text (a little readability), and
 * that text's length in *best_score. */
static xmlNodePtr
densest(struct reader *r, size_t *best_score)
{
	xmlNodePtr	 n, best = NULL;
	size_t		*score = qr_xcalloc(r->nel ? r->nel : 1, sizeof(*score));
	size_t		 bests = 0;

	for (n = r->root; n != NULL; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE) {
			struct qr_ninfo *i = NINFO(n);

			if (i->excl || i->cmt || i->item >= 0 || i->ctx >= 0)
				skip = 1;
			else if (qr_dom_is(n, "p") || qr_dom_is(n, "pre") ||
			    qr_dom_is(n, "blockquote") || qr_dom_is(n, "li") ||
			    qr_dom_is(n, "h2") || qr_dom_is(n, "h3")) {
				size_t		l = text_len(n, NULL);
				xmlNodePtr	p = n->parent;

				if (qr_dom_is(n, "li"))
					l /= 2;	/* menus are lists too */
				if (p != NULL && p->type == XML_ELEMENT_NODE) {
					size_t pi = (size_t)(NINFO(p) - r->info);

					score[pi] += l;
					if (score[pi] > bests)
						bests = score[pi], best = p;
					p = p->parent;
					if (p != NULL &&
					    p->type == XML_ELEMENT_NODE) {
						pi = (size_t)(NINFO(p) - r->info);
						score[pi] += l / 2;
						if (score[pi] > bests)
							bests = score[pi],
							best = p;
					}
				}
				skip = 1;
			}
		}
		n = qr_dom_next(n, r->root, skip);
	}
	free(score);
	*best_score = bests;
	return best;
}

static void
post_body(struct reader *r)
{
	struct qr_sel	*sel = qr_sel_compile(post_sel);
	struct qr_sel	*drop = qr_sel_compile(post_drop);
	xmlNodePtr	 pick[64], n, root = r->post_root, dense;
	size_t		 dscore = 0;
	size_t		 i, npick = qr_sel_count(sel) < 64 ?
			    qr_sel_count(sel) : 64;
	struct qr_conv	 cv;

	memset(pick, 0, sizeof(pick));
	memset(&cv, 0, sizeof(cv));
	cv.doc = r->doc;
	cv.base = r->base;
	cv.drop = drop;
	cv.item = -1;
	cv.post = 1;
	if (root == NULL) {
		size_t best_len[64] = { 0 };
		size_t tries = 0;

		/* the text a candidate would give: without what the
		 * converter leaves out of the post (comment regions,
		 * sidebars), which also keeps each measurement from
		 * walking the whole thread */
		for (i = 0; i < r->nel; i++)
			if (r->info[i].item >= 0 || r->info[i].cmt ||
			    r->info[i].excl)
				r->info[i].skip |= SKIP_MEASURE;
		/* the longest match of each alternative, outside comments
		 * and sidebars */
		for (n = r->root; n != NULL; ) {
			int skip = 0, w;

			if (n->type == XML_ELEMENT_NODE) {
				struct qr_ninfo *in = NINFO(n);

				if (in->excl || in->item >= 0 || in->ctx >= 0 ||
				    in->cmt)
					skip = 1;
				else if ((w = qr_sel_which(sel, n)) >= 0 &&
				    (size_t)w < npick && tries < 200) {
					/* text outside links: a box of
					 * links is no post */
					size_t l = qr_prose_len(n, 1 << 20);

					tries++;
					if (pick[w] == NULL || l > best_len[w])
						pick[w] = n, best_len[w] = l;
				}
			}
			n = qr_dom_next(n, r->root, skip);
		}
		for (i = 0; i < r->nel; i++)
			r->info[i].skip &= ~SKIP_MEASURE;
		/* the platform's element, unless it holds much less
		 * than the densest block (then it was a teaser or a
		 * caption) */
		dense = densest(r, &dscore);
		for (i = 0; i < npick && root == NULL; i++)
			if (pick[i] != NULL && best_len[i] > 0 &&
			    best_len[i] * 2 >= dscore)
				root = pick[i];
		if (root == NULL)
			root = dense;
	}
#ifdef QR_DEBUG
	if (root != NULL)
		fprintf(stderr, "post: %s.%s#%s\n", root->name,
		    qr_dom_attr(root, "class"), qr_dom_attr(root, "id"));
#endif
	if (root != NULL) {
		cv.whole = qr_prose_len(root, 1 << 20);
		qr_conv_blocks(&cv, root, !is_inline_root(root), r->doc->body);
	}
	if (r->doc->body->first == NULL && root != NULL) {
		/* the chosen element held nothing we keep: try the densest */
		xmlNodePtr d = densest(r, &dscore);

		if (d != NULL && d != root)
			qr_conv_blocks(&cv, d, 1, r->doc->body);
	}
	if (r->doc->body->first == NULL) {
		xmlNodePtr b;

		for (b = r->root->children; b != NULL; b = b->next)
			if (qr_dom_is(b, "body"))
				qr_conv_blocks(&cv, b, 1, r->doc->body);
	}
	qr_boiler_trim(r->doc->body, r->doc->title, &cv);
	free(cv.orphan);
	qr_sel_free(sel);
	qr_sel_free(drop);
}

/* ---- comments closed ------------------------------------------------------- */

/* strcasestr(t, "ment") || strcasestr(t, "reacties"), in one pass */
static int
has_ment(const char *t)
{
	for (; *t != '\0'; t++)
		if (((*t | 0x20) == 'm' && strncasecmp(t, "ment", 4) == 0) ||
		    ((*t | 0x20) == 'r' && strncasecmp(t, "reacties", 8) == 0))
			return 1;
	return 0;
}

static int
says_closed(struct reader *r)
{
	static const char *const phrases[] = { "comments are closed",
	    "comments closed", "commenting is closed", "comments have been "
	    "closed", "comments are now closed", "commenting has been closed",
	    "comments for this post are closed", "comments are disabled",
	    "kommentare sind geschlossen", "kommentarfunktion ist geschlossen",
	    "kommentarfunktion wurde geschlossen", "kommentare geschlossen",
	    "les commentaires sont ferm", "comentarios cerrados",
	    "los comentarios est\xC3\xA1n cerrados", "commenti chiusi",
	    "reacties zijn gesloten", NULL };
	xmlNodePtr n;
	size_t i;

	for (n = r->root; n != NULL; ) {
		int skip = 0;

		if (n->type == XML_ELEMENT_NODE)
			skip = NINFO(n)->excl || NINFO(n)->item >= 0;
		else if (n->type == XML_TEXT_NODE && n->content != NULL &&
		    strnlen((const char *)n->content, 300) < 300 &&
		    /* every phrase has "ment" or "reacties" in it */
		    has_ment((const char *)n->content))
			for (i = 0; phrases[i] != NULL; i++)
				if (strcasestr((const char *)n->content,
				    phrases[i]) != NULL)
					return 1;
		n = qr_dom_next(n, r->root, skip);
	}
	return 0;
}

/* ---- the reader ------------------------------------------------------------ */

static const char *
find_base(struct reader *r, const struct qr_options *opt)
{
	xmlNodePtr n;

	for (n = r->root; n != NULL; n = qr_dom_next(n, r->root, 0)) {
		if (qr_dom_is(n, "base")) {
			const char *h = qr_dom_attr(n, "href");

			if (h != NULL && (strncasecmp(h, "http://", 7) == 0 ||
			    strncasecmp(h, "https://", 8) == 0))
				return qr_doc_strdup(r->doc, h);
		}
	}
	if (opt->base_url != NULL)
		return qr_doc_strdup(r->doc, opt->base_url);
	return r->doc->url;
}

/*
 * The page's tree (html_tree.c: libxml2's parser, our arena).  A UTF-8
 * page (the caller's with "rel", else a neutralised copy of it) is
 * parsed where it is, not copied by libxml2 into fresh memory first;
 * once parsed its bytes are dead, and their memory (already faulted
 * in, where new memory costs the kernel a fault and zeroing per page)
 * goes back in *spare and *size for the model's first chunk.  The
 * caller's page is parsed in place only when rel->room says a byte
 * after it is there for the NUL libxml2 wants.  A page libxml2 decodes
 * itself ("enc"), or the caller's page without that byte, it copies: then our copy, or the
 * caller's page, is dead before the parse starts and becomes the tree's
 * first block.  Either way at most one copy of the page lives beside
 * the growing tree.
 */
static xmlDocPtr
parse(const char *buf, size_t len, const struct qr_release *rel,
    void **spare, size_t *size)
{
	struct qr_html_src	src;
	htmlParserCtxtPtr	ctxt;
	xmlDocPtr		doc;
	void			*block = NULL;
	size_t			 bsize = 0;

	*spare = NULL;
	*size = 0;
	qr_html_decode(buf, len, rel != NULL ? (char *)buf : NULL, &src);
	/* in place: our copy (a NUL after it), or buf itself when its
	 * allocation is known to hold the byte after the page for a NUL */
	if (src.enc == NULL && (src.owned != NULL ||
	    rel->room > (size_t)(src.data - buf) + src.len)) {
		if (src.owned != NULL) {
			if (rel != NULL)
				rel->done(rel->arg);	/* buf is gone */
		} else		/* the page may end before a cut character */
			((char *)src.data)[src.len] = '\0';
		doc = qr_html_tree_parse(qr_html_ctxt_inplace(src.data,
		    src.len), NULL, 0);
		if (src.owned != NULL) {
			*spare = src.owned;	/* src.len bytes and a NUL */
			*size = src.len + 1;
		} else {
			*spare = rel->take(rel->arg);
			*size = rel->room;
		}
		return doc;
	}
	ctxt = qr_html_ctxt(src.data, src.len, src.enc);
	if (src.owned != NULL) {
		block = src.owned;	/* src.len bytes and a NUL */
		bsize = src.len + 1;
		if (rel != NULL)
			rel->done(rel->arg);	/* buf is gone */
	} else if (rel != NULL) {
		block = rel->take(rel->arg);	/* at least len bytes */
		bsize = len;
	}
	return qr_html_tree_parse(ctxt, block, bsize);
}

struct qr_doc *
qr_read_html(const char *buf, size_t len, const struct qr_options *opt,
    struct qr_error *err)
{
	return qr_read_html_rel(buf, len, opt, err, NULL);
}

struct qr_doc *
qr_read_html_rel(const char *buf, size_t len, const struct qr_options *opt,
    struct qr_error *err, const struct qr_release *rel)
{
	struct qr_options	 def;
	struct reader		 r;
	void			*spare;
	size_t			 size;

	if (opt == NULL) {
		qr_options_init(&def);
		opt = &def;
	}
	if (len > INT_MAX) {
		qr_error_set(err, QR_ERR_TOO_LARGE, 0,
		    "input is too large for the HTML parser (%zu bytes)", len);
		return NULL;
	}
	memset(&r, 0, sizeof(r));
	r.post_item = -1;
	r.page = parse(buf, len, rel, &spare, &size);
	if (r.page == NULL || (r.root = xmlDocGetRootElement(r.page)) == NULL) {
		qr_html_tree_free(r.page);
		free(spare);
		qr_error_set(err, QR_ERR_PARSE, 0,
		    "the HTML parser found no document in the input");
		return NULL;
	}
	r.doc = qr_doc_new_in(spare, size);
	r.doc->max_depth = opt->max_depth;
	qr_html_meta(r.doc, r.page);
	r.base = find_base(&r, opt);
	qr_html_clean(r.page);
	r.side = qr_sel_compile(side_sel);
	r.cmt = qr_sel_compile(cmt_sel);
	group_siblings(&r);
	r.ping = qr_sel_compile(".pingback, .trackback");
	r.pingdrop = qr_sel_compile(".reply, .comment-reply-link, "
	    ".comment-edit-link, .edit-link, .avatar, img, "
	    "a[href^=javascript], .comment-actions");
	prepare(&r);
	if (!read_thread(&r, err)) {
		qr_doc_free(r.doc);
		r.doc = NULL;
		goto out;
	}
	if (!r.no_post)
		post_body(&r);
	r.doc->comments_closed = says_closed(&r);
out:
	qr_html_tree_free(r.page);	/* _private points into r.info */
	free(r.info);
	free(r.it.node);
	free(r.it.parent);
	free(r.it.has_text);
	qr_sel_free(r.side);
	qr_sel_free(r.cmt);
	qr_sel_free(r.ping);
	qr_sel_free(r.pingdrop);
	qr_sel_free(r.anyauthor);
	qr_sel_free(r.rdfa);
	qr_sel_free(r.detect);
	free(r.detend);
	free(r.det);
	return r.doc;
}
