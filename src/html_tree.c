/*
 * html_tree.c -- the page's tree, built from libxml2's SAX events into
 * one arena.
 *
 * libxml2's own tree builder (SAX2.c) makes a malloc'd node per
 * element, per attribute and per attribute value, grows text with
 * realloc, registers ids in a hash table, and xmlFreeDoc walks it all
 * again: about two thirds of the time libxml2 spends on a page.  These
 * handlers build the same tree, node for node, link for link (the same
 * structs, so the reader and libxml2's read-only calls work unchanged),
 * from bump allocations in a few big blocks that are freed at once.
 *
 * But for one thing: an attribute's value is no text node (120 bytes,
 * a third of the tree on a WordPress page) but a string in
 * xmlAttr.psvi, the attribute having no children (html_tree.h).
 *
 * What "the same" means, handler by handler, is xmlSAX2StartElement,
 * xmlSAX2Characters, xmlSAX2CDataBlock, xmlSAX2Comment,
 * xmlSAX2ProcessingInstruction and xmlSAX2InternalSubset of libxml2
 * 2.9 as the HTML parser calls them; tests/check_html_tree.c compares
 * both trees over every page we have.  Left out, as the reader never
 * looks at them: the namespace declarations libxml2 invents for a
 * prefixed tag name (<o:p> is element "p" in both trees), the id
 * table (xmlAttr.atype), the default DTD libxml2 adds to a page
 * without a <!DOCTYPE> (HTML_PARSE_NODEFDTD), and comments (see
 * on_comment).
 *
 * libxml2's parser itself reads the tree in one place (areBlanks():
 * whitespace is dropped or kept by the last child of ctxt->node and
 * the doctype's public id), so ctxt->node and ctxt->myDoc are kept as
 * SAX2 keeps them.  The builder's state is the context's userData; no
 * global state, nothing recursive.
 */
#include <limits.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/dict.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "internal.h"
#include "html_tree.h"

#define BLOCK_MIN	(256 * 1024)	/* bytes of the first arena block */
#define BLOCK_MAX	(32 * 1024 * 1024)	/* ... and of the biggest */
#define HUGE_PAGE	(2 * 1024 * 1024)	/* a transparent huge page */
#define LINE_MAX_SHORT	65535		/* xmlNode.line saturates there */
#define NAME_CACHE	64		/* attribute names remembered */
#define TREE_PER_LT	200		/* bytes of tree per '<' of a page:
					   the first block's guess */
#define TREE_PER_BYTE	4		/* ... and per byte of it, at most */

struct block {
	struct block	*next;
	max_align_t	 align[];	/* the block's bytes */
};

struct tree {
	xmlDoc		 doc;		/* first: the page is this */
	struct block	*blocks;
	size_t		 next_size;	/* bytes of the next block */
	char		*top, *end;	/* free bytes of the newest block */
	htmlParserCtxtPtr ctxt;		/* while parsing */
	xmlNodePtr	 text;		/* the text node whose content ends
					   right below top, or NULL */
	size_t		 textlen;	/* its content's length */
	xmlNodePtr	 nomerge;	/* a text node a comment ended */
	int		 started;	/* startDocument came */
	/* qr_html_attr_unread() of the attribute names seen, by the
	 * address of the dictionary's string (see unread_cached) */
	const xmlChar	*seen[NAME_CACHE];
	unsigned char	 seen_unread[NAME_CACHE];
};

/* ---- the arena ---------------------------------------------------------- */

/* Block b ("total" bytes with its header) becomes the current one. */
static void
push_block(struct tree *t, struct block *b, size_t total)
{
	b->next = t->blocks;
	t->blocks = b;
	t->top = (char *)b->align;
	t->end = (char *)b + total;
}

/* A new block of at least "need" bytes becomes the current one.  Blocks
 * grow from BLOCK_MIN to BLOCK_MAX, each twice the last, so a big page
 * takes few of them; a block of 2 MB or more is aligned to 2 MB and
 * offered to the kernel for transparent huge pages: a big tree then
 * costs a few hundred page faults instead of tens of thousands (the
 * 20 MB gen-thread page's system time fell from 0.33 s to 0.08 s).
 * madvise() is a hint: where huge pages are off it fails, harmlessly. */
static void
new_block(struct tree *t, size_t need)
{
	size_t		 size = t->next_size, total;
	struct block	*b;
	void		*p;

	if (size < BLOCK_MIN)
		size = BLOCK_MIN;
	t->next_size = size < BLOCK_MAX ? 2 * size : BLOCK_MAX;
	if (need > size)
		size = need;
	total = sizeof(*b) + size;
	if (total >= HUGE_PAGE && total <= SIZE_MAX - HUGE_PAGE &&
	    posix_memalign(&p, HUGE_PAGE, (total + HUGE_PAGE - 1) &
	    ~(size_t)(HUGE_PAGE - 1)) == 0) {
		total = (total + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
		(void)madvise(p, total, MADV_HUGEPAGE);
		b = p;
		size = total - sizeof(*b);
	} else			/* small, or no aligned memory: plain */
		b = qr_xmalloc(total);
	push_block(t, b, sizeof(*b) + size);
}

/* How many bytes of s[0..len) are '<', eight at a time: a word's zero
 * bytes after XOR with '<' in each byte get their high bit set
 * (exactly those: the masked addition carries into no other byte), and
 * the multiplication adds up the eight bits in the top byte. */
static size_t
count_lt(const char *s, size_t len)
{
	const uint64_t	 ones = 0x0101010101010101u;
	const uint64_t	 low7 = 0x7f7f7f7f7f7f7f7fu, lt = ones * '<';
	size_t		 i = 0, n = 0;

#ifdef __SSE2__
	/* sixteen bytes at a time: each byte of "acc" counts its lane's
	 * '<' (cmpeq gives -1) for up to 255 rounds, then the sum of
	 * absolute differences adds the bytes up */
	const __m128i	 want = _mm_set1_epi8('<'), zero = _mm_setzero_si128();

	while (i + 16 <= len) {
		__m128i	acc = zero, sum;
		size_t	r;

		for (r = 0; r < 255 && i + 16 <= len; r++, i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(want,
			    _mm_loadu_si128((const __m128i *)(s + i))));
		sum = _mm_sad_epu8(acc, zero);
		n += (size_t)_mm_cvtsi128_si32(sum) +
		    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	}
#endif
	for (; i + 8 <= len; i += 8) {
		uint64_t w, x;

		memcpy(&w, s + i, 8);
		x = w ^ lt;
		x = ~(((x & low7) + low7) | x | low7);
		n += (size_t)(((x >> 7) * ones) >> 56);
	}
	for (; i < len; i++)
		n += s[i] == '<';
	return n;
}

/*
 * The first block of a tree that has none of the caller's memory, sized
 * from the page and faulted in at once, before the parse.  The tree
 * takes 150 to 320 bytes per '<' of the page on every page we have but
 * three small ones whose trees are near empty (median 230, and 226 on
 * the gen-thread pages: 4.7 times the page), so most trees fill a
 * block of 200 per '<' (at most 4 per byte: a page of '<<<<' is one
 * text node), and the others leave at most a quarter of it untouched
 * (below 150 per '<').  Faulting it in at once (MADV_POPULATE_WRITE, Linux 5.14; a
 * hint elsewhere) takes the memory in one call rather than a fault per
 * huge page, and takes it while the memory other processes freed last
 * is still at hand: on a virtual machine whose host takes freed memory
 * back after a few seconds (free page reporting), memory faulted in
 * later costs the host a fault too, and a page parsed over seconds got
 * more and more of that (json of the 50k gen-thread page, each run
 * right after another: system time 0.39-0.81 s, 0.30-0.31 s so).
 * Below a huge page, or when aligned memory is short, blocks grow from
 * BLOCK_MIN as before.
 */
static void
first_block(struct tree *t, const char *page, size_t len)
{
	size_t	 guess = count_lt(page, len), total;
	void	*p;

	guess = guess > SIZE_MAX / TREE_PER_LT ? SIZE_MAX :
	    guess * TREE_PER_LT;
	if (len <= SIZE_MAX / TREE_PER_BYTE && guess > len * TREE_PER_BYTE)
		guess = len * TREE_PER_BYTE;
	if (guess < HUGE_PAGE || guess > SIZE_MAX / 2)
		return;
	total = (sizeof(struct block) + guess + HUGE_PAGE - 1) &
	    ~(size_t)(HUGE_PAGE - 1);
	if (posix_memalign(&p, HUGE_PAGE, total) != 0)
		return;
	(void)madvise(p, total, MADV_HUGEPAGE);
#ifdef MADV_POPULATE_WRITE
	(void)madvise(p, total, MADV_POPULATE_WRITE);
#endif
	push_block(t, p, total);
	t->next_size = BLOCK_MAX;
}

/* n bytes aligned to "align" (a power of two). */
static void *
grab(struct tree *t, size_t n, size_t align)
{
	uintptr_t	 p = ((uintptr_t)t->top + align - 1) &
			    ~(uintptr_t)(align - 1);

	if (t->top == NULL || p > (uintptr_t)t->end ||
	    n > (size_t)((uintptr_t)t->end - p)) {
		new_block(t, n + align);
		p = ((uintptr_t)t->top + align - 1) & ~(uintptr_t)(align - 1);
	}
	t->top = (char *)p + n;
	return (void *)p;
}

static char *
copy(struct tree *t, const char *s, size_t len)
{
	char *p = grab(t, len + 1, 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

static xmlNodePtr
new_node(struct tree *t, xmlElementType type)
{
	xmlNodePtr n = grab(t, sizeof(*n), alignof(xmlNode));

	memset(n, 0, sizeof(*n));
	n->type = type;
	n->doc = &t->doc;
	return n;
}

/* Append len bytes to text node n's content.  When n's content ends at
 * the arena's top (the common case: a text run arriving in chunks) it
 * grows in place; else it moves to the top, into a block twice its
 * size when it needs a new one, so a long run is copied a bounded
 * number of times. */
static void
text_append(struct tree *t, xmlNodePtr n, const xmlChar *ch, size_t len)
{
	size_t	 old;
	char	*p;

	if (n == t->text && (char *)n->content + t->textlen + 1 == t->top &&
	    len <= (size_t)(t->end - t->top)) {
		memcpy(t->top - 1, ch, len);
		t->top += len;
		t->top[-1] = '\0';
		t->textlen += len;
		return;
	}
	old = n == t->text ? t->textlen :
	    (n->content != NULL ? strlen((char *)n->content) : 0);
	if (t->top == NULL || old + len + 1 > (size_t)(t->end - t->top))
		new_block(t, 2 * (old + len + 1));
	p = grab(t, old + len + 1, 1);
	if (old > 0)
		memcpy(p, n->content, old);
	memcpy(p + old, ch, len);
	p[old + len] = '\0';
	n->content = (xmlChar *)p;
	t->text = n;
	t->textlen = old + len;
}

/* A new text (or CDATA) node holding ch[0..len), its content at the
 * arena's top so that more text can grow it in place. */
static xmlNodePtr
new_text(struct tree *t, xmlElementType type, const xmlChar *ch, size_t len)
{
	xmlNodePtr n = new_node(t, type);

	if (type == XML_TEXT_NODE)
		n->name = xmlStringText;
	text_append(t, n, ch, len);
	return n;
}

/* ---- linking, as xmlAddChild and xmlAddSibling link ------------------- */

static void
link_last(xmlNodePtr parent, xmlNodePtr n)
{
	n->parent = parent;
	if (parent->children == NULL) {
		parent->children = parent->last = n;
	} else {
		n->prev = parent->last;
		parent->last->next = n;
		parent->last = n;
	}
}

/* SAX2's "xmlAddChild if the parent is an element, else xmlAddSibling",
 * a NULL parent meaning the document. */
static void
link_into(struct tree *t, xmlNodePtr parent, xmlNodePtr n)
{
	if (parent == NULL)
		link_last((xmlNodePtr)&t->doc, n);
	else if (parent->type == XML_ELEMENT_NODE || parent->parent == NULL)
		link_last(parent, n);
	else
		link_last(parent->parent, n);
}

static unsigned short
line_now(const struct tree *t)
{
	int l = t->ctxt->input != NULL ? t->ctxt->input->line : 0;

	return l < LINE_MAX_SHORT ? (unsigned short)l : LINE_MAX_SHORT;
}

/* ---- the SAX handlers ------------------------------------------------- */

static void
on_start_document(void *ctx)
{
	struct tree *t = ctx;

	t->started = 1;
	t->ctxt->myDoc = &t->doc;
}

static void
on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *eid,
    const xmlChar *sid)
{
	struct tree	*t = ctx;
	xmlDtdPtr	 d;
	xmlNodePtr	 c;

	if (!t->started || t->doc.intSubset != NULL)
		return;
	for (c = t->doc.children; c != NULL; c = c->next)
		if (c->type == XML_DTD_NODE)
			return;
	d = grab(t, sizeof(*d), alignof(xmlDtd));
	memset(d, 0, sizeof(*d));
	d->type = XML_DTD_NODE;
	d->doc = &t->doc;
	d->parent = &t->doc;
	if (name != NULL)
		d->name = (xmlChar *)copy(t, (const char *)name,
		    strlen((const char *)name));
	if (eid != NULL)
		d->ExternalID = (xmlChar *)copy(t, (const char *)eid,
		    strlen((const char *)eid));
	if (sid != NULL)
		d->SystemID = (xmlChar *)copy(t, (const char *)sid,
		    strlen((const char *)sid));
	/* an HTML document's DTD goes first */
	d->next = t->doc.children;
	if (t->doc.children != NULL)
		t->doc.children->prev = (xmlNodePtr)d;
	else
		t->doc.last = (xmlNodePtr)d;
	t->doc.children = (xmlNodePtr)d;
	t->doc.intSubset = d;
}

/* The element name SAX2 keeps: xmlSplitQName's local part ("o:p" is
 * "p"; a name starting or ending with ':' stays whole). */
static const xmlChar *
local_name(struct tree *t, const xmlChar *full)
{
	const xmlChar *c;

	if (full[0] == ':' || (c = (const xmlChar *)strchr((const char *)full,
	    ':')) == NULL || c[1] == '\0')
		return full;
	return xmlDictLookup(t->ctxt->dict, c + 1, -1);
}

static xmlAttrPtr
new_attr(struct tree *t, xmlNodePtr n, xmlAttrPtr prev, const xmlChar *name,
    const xmlChar *value)
{
	xmlAttrPtr a = grab(t, sizeof(*a), alignof(xmlAttr));

	memset(a, 0, sizeof(*a));
	a->type = XML_ATTRIBUTE_NODE;
	a->name = name;
	a->parent = n;
	a->doc = &t->doc;
	if (prev == NULL) {
		n->properties = a;
	} else {
		prev->next = a;
		a->prev = prev;
	}
	if (value != NULL)
		a->psvi = copy(t, (const char *)value,
		    strlen((const char *)value));
	return a;
}

/*
 * Attributes no code of quire ever reads are not stored: on a
 * WordPress page a quarter of them (srcset, decoding, loading,
 * aria-label, five data-* per reply link), 96 bytes each and their
 * values.  Kept: every name a reader, a selector or a profile names
 * (qr_dom_attr, html_meta.c's attr and has_word, the selectors of
 * read_html.c, html_boiler.c and html_profiles.c).  Dropped: event
 * handlers (on...), the image loading hints below, and the data-* and
 * aria-* families but for the names in keep_family[]: a reader that
 * comes to read another such name must add it there (the check in
 * tests/check_html_tree.c names them all).
 */
static const char *const keep_family[] = {
	"aria-hidden",		/* html_profiles.c, read_html.c */
	"aria-label",		/* read_html.c: a date's tooltip */
	"data-comment-id",	/* html_profiles.c, read_html.c */
	"data-id",		/* read_html.c: parent_by_id() */
	"data-lazy-src",	/* html_body.c */
	"data-livestamp",	/* read_html.c: a date (livestamp.js) */
	"data-original-title",	/* read_html.c: tooltips */
	"data-parent-id",	/* read_html.c: parent_by_id() */
	"data-parentid",	/* read_html.c: parent_by_id() */
	"data-publishtime",	/* read_html.c: a Unix time */
	"data-role",		/* html_profiles.c */
	"data-src",		/* html_body.c */
	"data-test-id",		/* html_profiles.c */
	"data-tip",		/* read_html.c: tooltips */
	"data-tippy-content",	/* read_html.c: tooltips */
	"data-title",		/* read_html.c: tooltips */
	"data-tooltip",		/* read_html.c: tooltips */
	"data-username",	/* html_profiles.c */
	"data-utime",		/* read_html.c: a Unix time */
	NULL
};
static const char *const unread[] = {
	"crossorigin", "decoding", "fetchpriority", "integrity", "loading",
	"referrerpolicy", "sizes", "srcset", "tabindex", NULL
};

int
qr_html_attr_unread(const char *name)
{
	int	c = name[0] | 0x20;
	size_t	i;

	if (c == 'o' && (name[1] | 0x20) == 'n' && name[2] != '\0')
		return 1;		/* onclick, onload, ... */
	if ((c == 'a' && strncasecmp(name, "aria-", 5) == 0) ||
	    (c == 'd' && strncasecmp(name, "data-", 5) == 0)) {
		for (i = 0; keep_family[i] != NULL; i++)
			if (strcasecmp(name, keep_family[i]) == 0)
				return 0;
		return 1;
	}
	for (i = 0; unread[i] != NULL; i++)
		if (unread[i][0] == c && strcasecmp(name, unread[i]) == 0)
			return 1;
	return 0;
}

/* qr_html_attr_unread(name), remembered: libxml2's HTML parser gives
 * attribute names from its dictionary, a page has few distinct ones,
 * and the rules cost dozens of instructions per attribute.  Only a
 * dictionary's string is remembered: it lives as long as the parse,
 * so no other name can come at its address. */
static int
unread_cached(struct tree *t, const xmlChar *name)
{
	size_t h = ((uintptr_t)name >> 3) % NAME_CACHE;

	if (t->seen[h] == name)
		return t->seen_unread[h];
	if (!xmlDictOwns(t->ctxt->dict, name))
		return qr_html_attr_unread((const char *)name);
	t->seen[h] = name;
	t->seen_unread[h] = (unsigned char)qr_html_attr_unread(
	    (const char *)name);
	return t->seen_unread[h];
}

static void
on_start_element(void *ctx, const xmlChar *fullname, const xmlChar **atts)
{
	struct tree	*t = ctx;
	htmlParserCtxtPtr ctxt = t->ctxt;
	xmlNodePtr	 parent = ctxt->node, n;
	xmlAttrPtr	 a = NULL;
	size_t		 i;

	if (!t->started || fullname == NULL)
		return;
	n = new_node(t, XML_ELEMENT_NODE);
	n->name = local_name(t, fullname);
	if (t->doc.children == NULL)
		link_last((xmlNodePtr)&t->doc, n);
	else if (parent == NULL)
		parent = t->doc.children;
	if (ctxt->linenumbers)
		n->line = line_now(t);
	if (nodePush(ctxt, n) < 0) {
		xmlUnlinkNode(n);
		return;
	}
	if (parent != NULL)
		link_into(t, parent, n);
	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		const xmlChar *v = atts[i + 1];

		if (unread_cached(t, atts[i]))
			continue;
		if (v == NULL && htmlIsBooleanAttr(atts[i]))
			v = atts[i];
		a = new_attr(t, n, a, atts[i], v);
	}
}

static void
on_end_element(void *ctx, const xmlChar *name)
{
	struct tree *t = ctx;

	(void)name;
	nodePop(t->ctxt);
}

/* xmlSAX2Text: text joins a text node that ends the current element
 * (CDATA a CDATA node), else makes a new one. */
static void
add_text(struct tree *t, xmlElementType type, const xmlChar *ch, int len)
{
	xmlNodePtr p = t->ctxt->node, last, n;

	if (!t->started || p == NULL || len < 0)
		return;
	last = p->last;
	if (last != NULL && last->type == type && last != t->nomerge &&
	    (type != XML_TEXT_NODE || last->name == xmlStringText)) {
		text_append(t, last, ch, (size_t)len);
		return;
	}
	n = new_text(t, type, ch, (size_t)len);
	if (type == XML_TEXT_NODE)
		n->line = line_now(t);
	link_last(p, n);
}

static void
on_characters(void *ctx, const xmlChar *ch, int len)
{
	add_text(ctx, XML_TEXT_NODE, ch, len);
}

static void
on_cdata(void *ctx, const xmlChar *ch, int len)
{
	add_text(ctx, XML_CDATA_SECTION_NODE, ch, len);
}

/* A comment makes no node: nothing reads one before qr_html_clean()
 * would remove it (html_meta.c and find_base() look at elements and
 * text; libxml2's areBlanks() skips comments), and a WordPress page
 * has one every few elements.  But the text after it starts a new
 * text node, as it does in libxml2's tree. */
static void
on_comment(void *ctx, const xmlChar *value)
{
	struct tree	*t = ctx;
	xmlNodePtr	 p = t->ctxt->node;

	(void)value;
	if (t->started && p != NULL && p->last != NULL &&
	    (p->last->type == XML_TEXT_NODE ||
	    p->last->type == XML_CDATA_SECTION_NODE))
		t->nomerge = p->last;
}

static void
on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	struct tree	*t = ctx;
	xmlNodePtr	 n;

	if (!t->started || target == NULL)
		return;
	n = new_node(t, XML_PI_NODE);
	n->name = xmlDictLookup(t->ctxt->dict, target, -1);
	if (data != NULL)
		n->content = (xmlChar *)copy(t, (const char *)data,
		    strlen((const char *)data));
	if (t->ctxt->linenumbers)
		n->line = line_now(t);
	link_into(t, t->ctxt->node, n);
}

/* ---- the front ---------------------------------------------------------- */

htmlParserCtxtPtr
qr_html_ctxt(const char *data, size_t len, const char *enc)
{
	htmlParserCtxtPtr ctxt;

	if (len > INT_MAX)
		return NULL;
	ctxt = htmlCreateMemoryParserCtxt(data, (int)len);
	if (ctxt == NULL)
		return NULL;
	/* htmlCreateMemoryParserCtxt() leaves the charset unset, and
	 * libxml2 2.9 then takes the bytes for Latin-1 */
	ctxt->charset = XML_CHAR_ENCODING_UTF8;
	htmlCtxtUseOptions(ctxt, QR_HTML_PARSE_OPTS);
	if (enc != NULL) {		/* as htmlDoRead() does */
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(enc);

		if (h != NULL) {
			xmlSwitchToEncoding(ctxt, h);
			if (ctxt->input->encoding != NULL)
				xmlFree((xmlChar *)ctxt->input->encoding);
			ctxt->input->encoding = xmlStrdup((const xmlChar *)enc);
		}
	}
	return ctxt;
}

/*
 * qr_html_ctxt() for UTF-8 bytes, read where they are: libxml2's own
 * memory context (htmlCreateMemoryParserCtxt) copies them first, a
 * copy as big as the page in memory nobody had touched yet, each 4 KB
 * of it a page fault (on the 50k-comment gen-thread page 25,000 of the
 * run's 30,000 faults).
 *
 * The input is a bare array, as libxml2 2.9's string inputs once were:
 * base, cur and end, and no input buffer.  Not libxml2's "static"
 * buffer (xmlParserInputBufferCreateStatic): 2.9's
 * xmlParserInputShrink(), which the HTML parser calls in the last
 * 500 bytes, moves an immutable buffer's start forward and then steps
 * the parser's position back as if the bytes had moved, so the parser
 * reads most of the page twice.  Without a buffer the parser never
 * shrinks, never grows, never writes the bytes, and reads up to
 * data[len], which must be a NUL; the one thing it cannot do is switch
 * decoders half-way, which a page we made UTF-8 must not do anyway
 * (qr_html_decode() neutralises its declarations for that).
 */
htmlParserCtxtPtr
qr_html_ctxt_inplace(const char *data, size_t len)
{
	htmlParserCtxtPtr	 ctxt;
	xmlParserInputPtr	 in;

	if (len == 0 || len > INT_MAX || data[len] != '\0')
		return NULL;
	if ((ctxt = htmlNewParserCtxt()) == NULL)
		return NULL;
	if ((in = xmlNewInputStream(ctxt)) == NULL) {
		htmlFreeParserCtxt(ctxt);
		return NULL;
	}
	in->base = in->cur = (const xmlChar *)data;
	in->end = in->base + len;
	if (inputPush(ctxt, in) < 0) {	/* it frees "in" then */
		htmlFreeParserCtxt(ctxt);
		return NULL;
	}
	ctxt->charset = XML_CHAR_ENCODING_UTF8;	/* as qr_html_ctxt() */
	htmlCtxtUseOptions(ctxt, QR_HTML_PARSE_OPTS);
	return ctxt;
}

/* "mem" (malloc'd, size bytes) becomes the current block.  Below
 * BLOCK_MIN it is freed instead: malloc() gives such memory to the
 * next small allocation, where a big buffer goes back to the kernel
 * (munmap) and the tree would fault as much in again. */
static void
adopt_block(struct tree *t, void *mem, size_t size)
{
	struct block *b = mem;

	if (size < BLOCK_MIN) {
		free(mem);
		return;
	}
	push_block(t, b, size);
	size -= sizeof(*b);
	t->next_size = size < BLOCK_MAX / 2 ? 2 * size : BLOCK_MAX;
}

xmlDocPtr
qr_html_tree_parse(htmlParserCtxtPtr ctxt, void *spare, size_t size)
{
	struct tree	*t;
	xmlSAXHandlerPtr sax;
	void		(*blanks)(void *, const xmlChar *, int);

	if (ctxt == NULL || (sax = ctxt->sax) == NULL) {
		free(spare);
		if (ctxt != NULL)
			htmlFreeParserCtxt(ctxt);
		return NULL;
	}
	t = qr_xcalloc(1, sizeof(*t));
	if (spare != NULL)
		adopt_block(t, spare, size);
	else if (ctxt->input != NULL && ctxt->input->base != NULL &&
	    ctxt->input->end > ctxt->input->base)
		first_block(t, (const char *)ctxt->input->base,
		    (size_t)(ctxt->input->end - ctxt->input->base));
	t->ctxt = ctxt;
	t->doc.type = XML_HTML_DOCUMENT_NODE;
	t->doc.doc = &t->doc;
	t->doc.standalone = 1;
	t->doc.charset = XML_CHAR_ENCODING_UTF8;
	t->doc.properties = XML_DOC_HTML;
	t->doc.dict = ctxt->dict;
	xmlDictReference(ctxt->dict);
	/* the handlers the options left: whitespace areBlanks() calls
	 * ignorable is dropped unless it goes to the text handler */
	blanks = sax->ignorableWhitespace == xmlSAX2Characters ?
	    on_characters : NULL;
	sax->internalSubset = on_internal_subset;
	sax->externalSubset = NULL;
	sax->startDocument = on_start_document;
	sax->endDocument = NULL;
	sax->startElement = on_start_element;
	sax->endElement = on_end_element;
	sax->startElementNs = NULL;
	sax->endElementNs = NULL;
	sax->reference = NULL;
	sax->characters = on_characters;
	sax->ignorableWhitespace = blanks;
	sax->cdataBlock = on_cdata;
	sax->comment = on_comment;
	sax->processingInstruction = on_pi;
	ctxt->userData = t;
	ctxt->options |= HTML_PARSE_NODEFDTD;
	htmlParseDocument(ctxt);
	ctxt->myDoc = NULL;
	ctxt->node = NULL;
	ctxt->userData = ctxt;
	htmlFreeParserCtxt(ctxt);
	t->ctxt = NULL;
	if (!t->started) {
		qr_html_tree_free(&t->doc);
		return NULL;
	}
	return &t->doc;
}

void
qr_html_tree_free(xmlDocPtr doc)
{
	struct tree	*t = (struct tree *)doc;
	struct block	*b, *next;

	if (t == NULL)
		return;
	for (b = t->blocks; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	if (t->doc.dict != NULL)
		xmlDictFree(t->doc.dict);
	free(t);
}

/* ---- the reader's edits ------------------------------------------------ */

xmlNodePtr
qr_html_tree_element(xmlDocPtr doc, const char *name)
{
	struct tree	*t = (struct tree *)doc;
	xmlNodePtr	 n = new_node(t, XML_ELEMENT_NODE);

	n->name = xmlDictLookup(t->doc.dict, (const xmlChar *)name, -1);
	return n;
}

void
qr_html_tree_attr(xmlNodePtr n, const char *name, const char *value)
{
	struct tree	*t = (struct tree *)n->doc;
	xmlAttrPtr	 last = n->properties;

	while (last != NULL && last->next != NULL)
		last = last->next;
	new_attr(t, n, last, xmlDictLookup(t->doc.dict,
	    (const xmlChar *)name, -1), (const xmlChar *)value);
}

void
qr_html_tree_append(xmlNodePtr parent, xmlNodePtr cur)
{
	struct tree	*t = (struct tree *)parent->doc;
	xmlNodePtr	 last = parent->last;

	if (cur->type == XML_TEXT_NODE && last != NULL &&
	    last->type == XML_TEXT_NODE && last->name == cur->name &&
	    cur->content != NULL) {
		text_append(t, last, cur->content,
		    strlen((const char *)cur->content));
		return;
	}
	cur->next = cur->prev = NULL;
	link_last(parent, cur);
}
