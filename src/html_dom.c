/*
 * html_dom.c -- small helpers over libxml2's HTML tree: attributes
 * without copies, class words, a compound-selector matcher and a
 * pre-order successor that needs no stack.
 *
 * Selectors are compound only ("li.comment", "div#comments",
 * "[itemprop=comment]"): matching one element is a constant amount of
 * work, and everything that needs context ("inside ol.commentlist") is
 * computed by the reader in one top-down pass, so no ancestor is ever
 * walked per node.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "html.h"

#define SEL_PARTS	6	/* classes or attribute tests per compound */

/* strcasecmp(a, b) == 0 in the C locale (quire sets no other), without
 * a call: element names are short and most differ early */
static inline int
name_eq(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;

		if (x != y) {
			if (x >= 'A' && x <= 'Z')
				x += 'a' - 'A';
			if (y >= 'A' && y <= 'Z')
				y += 'a' - 'A';
			if (x != y)
				return 0;
		}
		if (x == '\0')
			return 1;
	}
}

const char *
qr_dom_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next) {
		/* the first letters, folded, before the whole names */
		if (a->name == NULL || (a->name[0] | 0x20) != (name[0] | 0x20) ||
		    !name_eq((const char *)a->name, name))
			continue;
		if (a->children == NULL)	/* html_tree.h */
			return a->psvi != NULL ? (const char *)a->psvi : "";
		if (a->children->type == XML_TEXT_NODE &&
		    a->children->content != NULL)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

static inline int
fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* strcasestr(h, nd) != NULL in the C locale; nd is nl bytes long */
static int
ci_contains(const char *h, const char *nd, size_t nl)
{
	int c0;

	if (nl == 0)
		return 1;
	c0 = fold((unsigned char)nd[0]);
	for (; *h != '\0'; h++)
		if (fold((unsigned char)*h) == c0) {
			size_t k;

			for (k = 1; k < nl && fold((unsigned char)h[k]) ==
			    fold((unsigned char)nd[k]); k++)
				continue;
			if (k == nl)
				return 1;
		}
	return 0;
}

int
qr_dom_name_eq(const char *a, const char *b)
{
	return name_eq(a, b);
}

int
qr_dom_is_one_of(xmlNodePtr n, const char *const *names)
{
	const char	*name;
	int		 c;
	size_t		 i;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	name = (const char *)n->name;
	c = name[0] | 0x20;
	/* the first letters, folded, before the whole names */
	for (i = 0; names[i] != NULL; i++)
		if ((names[i][0] | 0x20) == c && name_eq(name, names[i]))
			return 1;
	return 0;
}

int
qr_dom_is_one_of_by_letter(xmlNodePtr n, const char *const *const by_letter[26])
{
	int	c;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	c = n->name[0] | 0x20;
	if (c < 'a' || c > 'z' || by_letter[c - 'a'] == NULL)
		return 0;
	return qr_dom_is_one_of(n, by_letter[c - 'a']);
}

int
qr_dom_quote_fieldset(xmlNodePtr n)
{
	const char	*v;
	size_t		 i;

	if (!qr_dom_is(n, "fieldset") || (v = qr_dom_attr(n, "class")) == NULL)
		return 0;
	for (i = 0; v[i] != '\0'; i++)
		if (strncasecmp(v + i, "quote", 5) == 0)
			return 1;
	return 0;
}

/* isspace() of the C locale, without a call per byte: one test of a
 * bit set for the six bytes, ' ' and below */
static inline int
is_space(char c)
{
	unsigned char u = (unsigned char)c;

	return u <= ' ' && (1ull << ' ' | 1ull << '\t' | 1ull << '\n' |
	    1ull << '\v' | 1ull << '\f' | 1ull << '\r') >> u & 1;
}

static int
word_in(const char *v, const char *word, size_t wl, int prefix)
{
	const char *p = v;

	while (*p != '\0') {
		const char *s;

		while (*p != '\0' && is_space(*p))
			p++;
		s = p;
		while (*p != '\0' && !is_space(*p))
			p++;
		if (p == s)
			break;
		if (wl > 0 && (s[0] | 0x20) != (word[0] | 0x20))
			continue;
		if (prefix ? (size_t)(p - s) >= wl &&
		    strncasecmp(s, word, wl) == 0 :
		    (size_t)(p - s) == wl && strncasecmp(s, word, wl) == 0)
			return 1;
	}
	return 0;
}

int
qr_dom_has_word(xmlNodePtr n, const char *name, const char *word,
    int prefix)
{
	const char *v = qr_dom_attr(n, name);

	return v != NULL && word_in(v, word, strlen(word), prefix);
}

/* ---- element features ---------------------------------------------------- */

/*
 * A selector list is tried on most elements of a page, often several
 * times, and most of its alternatives fail.  Each element gets, once, a
 * small Bloom filter of what a compound can test: its name, its id, its
 * class words and its attribute names (case folded), one bit each; a
 * chain whose last compound needs a bit the element lacks cannot match
 * and is skipped without a string comparison.  The filter is cached in
 * the element's "psvi" field, which libxml2 uses only for XML Schema
 * validation, never in an HTML tree (bit 0: computed).  Attributes are
 * never added or changed once a page is parsed (the cleaning only
 * removes some, which leaves extra bits: still correct).
 */
#define FEAT_DONE	((uintptr_t)1)
#define FEAT_WIDTH	(sizeof(uintptr_t) * 8)	/* bits of a filter */

/* Two bits of a feature's hash: an element has about ten features,
 * and a test of two bits (a chain's "need") lets about one in twenty
 * false ones through, where one bit would let through one in ten. */
static inline uintptr_t
feat_two(uint32_t h)
{
	/* bits 1 to FEAT_WIDTH - 1 (bit 0 is FEAT_DONE), from all the
	 * bits of h and of h mixed once more */
	uint32_t	h2 = h * 0x9E3779B1u;

	return (uintptr_t)1 << (1 + ((uint64_t)h * (FEAT_WIDTH - 1) >> 32)) |
	    (uintptr_t)1 << (1 + ((uint64_t)h2 * (FEAT_WIDTH - 1) >> 32));
}

static uintptr_t
feat_bit(const char *s, size_t l, unsigned kind)
{
	uint32_t	h = 2166136261u ^ kind;
	size_t		i;

	for (i = 0; i < l; i++)
		h = (h ^ (unsigned char)(s[i] | 0x20)) * 16777619u;
	return feat_two(h);
}

static uintptr_t
feat_words(const char *p)
{
	uintptr_t	f = 0;
	const char	*s;

	while (*p != '\0') {
		while (*p != '\0' && is_space(*p))
			p++;
		s = p;
		while (*p != '\0' && !is_space(*p))
			p++;
		if (p > s)
			f |= feat_bit(s, (size_t)(p - s), '.');
	}
	return f;
}

/* feat_bit() of the NUL-ended s, its length in *len */
static uintptr_t
feat_bit_str(const char *s, unsigned kind, size_t *len)
{
	uint32_t	h = 2166136261u ^ kind;
	size_t		i;

	for (i = 0; s[i] != '\0'; i++)
		h = (h ^ (unsigned char)(s[i] | 0x20)) * 16777619u;
	*len = i;
	return feat_two(h);
}

/* An attribute's value as qr_dom_attr() gives it. */
static const char *
attr_value(xmlAttrPtr a)
{
	if (a->children == NULL)	/* html_tree.h */
		return a->psvi != NULL ? (const char *)a->psvi : "";
	if (a->children->type == XML_TEXT_NODE && a->children->content != NULL)
		return (const char *)a->children->content;
	return "";
}

static uintptr_t
features_of(xmlNodePtr n)
{
	uintptr_t	 f;
	xmlAttrPtr	 a;
	const char	*id = NULL, *cls = NULL;
	size_t		 l;

	f = FEAT_DONE | feat_bit_str((const char *)n->name, 'T', &l);
	/* the attributes' names but for "id" and "class", whose words
	 * stand for them (the first of each, as qr_dom_attr() finds it):
	 * the fewer bits an element sets, the fewer chains seem to match */
	for (a = n->properties; a != NULL; a = a->next) {
		const char *an = (const char *)a->name;

		if (an == NULL)
			continue;
		if ((an[0] | 0x20) == 'i' && name_eq(an, "id")) {
			if (id == NULL)
				id = attr_value(a);
		} else if ((an[0] | 0x20) == 'c' && name_eq(an, "class")) {
			if (cls == NULL)
				cls = attr_value(a);
		} else
			f |= feat_bit_str(an, '@', &l);
	}
	if (id != NULL)
		f |= feat_bit(id, strlen(id), '#');
	if (cls != NULL)
		f |= feat_words(cls);
	n->psvi = (void *)f;
	return f;
}

/* n's filter, computed once */
static inline uintptr_t
features(xmlNodePtr n)
{
	uintptr_t f = (uintptr_t)n->psvi;

	return f & FEAT_DONE ? f : features_of(n);
}

/* ---- selectors -------------------------------------------------------- */

enum sel_op { OP_HAS, OP_EQ, OP_PREFIX, OP_SUB, OP_WORD };

struct sel_attr {
	const char	*name;
	const char	*val;
	size_t		 vlen;
	enum sel_op	 op;
};

struct sel_one {
	const char	*tag;			/* NULL: any */
	const char	*id;
	const char	*cls[SEL_PARTS];
	size_t		 clen[SEL_PARTS];
	unsigned char	 cpre[SEL_PARTS];	/* ".x-": a prefix */
	size_t		 ncls;
	struct sel_attr	 attr[SEL_PARTS];
	size_t		 nattr;
};

#define SEL_CHAIN	4	/* compounds joined by '>' */

struct sel_chain {
	struct sel_one	 part[SEL_CHAIN];	/* last: the element */
	size_t		 n;
	uintptr_t	 need;		/* feature bits the element must have */
	uintptr_t	 key;		/* one of them (feat_need), or 0 */
};

struct qr_sel {
	struct sel_chain *v;
	size_t		 n;
	char		*strs;		/* every name and value, NUL-ended */
	uintptr_t	 keys;		/* every chain's key bit */
	int		 keyless;	/* a chain without one */
	/* the chains (bit i % 64 of word i / 64: chain i) of each key
	 * bit, nw words for each, and those without a key after them
	 * (SEL_KEYS * nw words in all) */
	unsigned long long *bykey;
	size_t		 nw;
};

/* the key bits (one per bit of uintptr_t), and the keyless chains */
#define SEL_KEYS	(sizeof(uintptr_t) * 8 + 1)
#define SEL_NOKEY	(sizeof(uintptr_t) * 8)
#define SEL_MAXCHAIN	1000	/* chains tried at most */

/* Where take() stops: after a tag, class or id; an attribute's name;
 * its value. */
enum stop { STOP_PART, STOP_NAME, STOP_VAL };

static int
stops(char c, enum stop set)
{
	switch (set) {
	case STOP_PART:
		return c == '.' || c == '#' || c == '[' || c == ',' ||
		    c == '>' || c == ' ';
	case STOP_NAME:
		return c == '=' || c == '^' || c == '*' || c == '~' || c == ']';
	default:
		return c == '"' || c == '\'' || c == ']';
	}
}

/* The text from *pp up to a stop character (or the end), copied to
 * *out (NUL-ended; the compiled selector's strings). */
static const char *
take(const char **pp, enum stop set, char **out)
{
	const char	*p = *pp, *s = p;
	char		*o = *out;

	while (*p != '\0' && !stops(*p, set))
		p++;
	*pp = p;
	memcpy(o, s, (size_t)(p - s));
	o[p - s] = '\0';
	*out = o + (p - s) + 1;
	return o;
}

static void
compile_one(const char **pp, struct sel_one *o, char **out)
{
	const char *p = *pp, *t;

	/* only the counts and pointers: the arrays are read up to them */
	o->tag = o->id = NULL;
	o->ncls = o->nattr = 0;
	if (*p == '*')
		p++;
	else if (isalnum((unsigned char)*p))
		o->tag = take(&p, STOP_PART, out);
	while (*p != '\0' && *p != ',' && *p != ' ' && *p != '>') {
		if (*p == '.') {
			size_t l;

			p++;
			t = take(&p, STOP_PART, out);
			if (o->ncls < SEL_PARTS) {
				l = strlen(t);
				o->cls[o->ncls] = t;
				o->clen[o->ncls] = l;
				o->cpre[o->ncls++] = l > 1 && t[l - 1] == '-';
			}
		} else if (*p == '#') {
			p++;
			o->id = take(&p, STOP_PART, out);
		} else if (*p == '[') {
			struct sel_attr a;

			p++;
			memset(&a, 0, sizeof(a));
			a.name = take(&p, STOP_NAME, out);
			a.op = OP_HAS;
			if (*p == '^' || *p == '*' || *p == '~') {
				a.op = *p == '^' ? OP_PREFIX :
				    *p == '*' ? OP_SUB : OP_WORD;
				p++;
			}
			if (*p == '=') {
				p++;
				if (a.op == OP_HAS)
					a.op = OP_EQ;
				if (*p == '"' || *p == '\'')
					p++;
				a.val = take(&p, STOP_VAL, out);
				if (*p == '"' || *p == '\'')
					p++;
			}
			if (*p == ']')
				p++;
			if (a.val == NULL && a.op != OP_HAS) {
				**out = '\0';
				a.val = (*out)++;
			}
			if (a.val != NULL)
				a.vlen = strlen(a.val);
			if (o->nattr < SEL_PARTS)
				o->attr[o->nattr++] = a;
		} else
			p++;		/* unknown: skip */
	}
	*pp = p;
}

/* The bits an element needs to match compound "o"; *key gets one of
 * them, the likeliest to be rare (a class word, an id, an attribute
 * name, the tag), or 0 when it needs none. */
static uintptr_t
feat_need(const struct sel_one *o, uintptr_t *key)
{
	uintptr_t	f = 0, k = 0, t = 0;
	size_t		i;

	if (o->tag != NULL)
		f |= t = feat_bit(o->tag, strlen(o->tag), 'T');
	for (i = 0; i < o->nattr; i++)	/* features(): no bit for id, class */
		if (!name_eq(o->attr[i].name, "id") &&
		    !name_eq(o->attr[i].name, "class"))
			f |= k = feat_bit(o->attr[i].name,
			    strlen(o->attr[i].name), '@');
	if (o->id != NULL)
		f |= k = feat_bit(o->id, strlen(o->id), '#');
	for (i = 0; i < o->ncls; i++)	/* a prefix: no bit */
		if (!o->cpre[i])
			f |= k = feat_bit(o->cls[i], o->clen[i], '.');
	k = k != 0 ? k : t;
	*key = k & (~k + 1);	/* one of its bits */
	return f;
}

/* The chains of each key bit, as bit sets (struct qr_sel): which()
 * then tries only the chains whose key the element has. */
static void
index_keys(struct qr_sel *sel)
{
	size_t	n = sel->n < SEL_MAXCHAIN ? sel->n : SEL_MAXCHAIN, i;

	sel->nw = n > 0 ? (n + 63) / 64 : 1;
	sel->bykey = qr_xcalloc(SEL_KEYS * sel->nw, sizeof(*sel->bykey));
	for (i = 0; i < n; i++) {
		uintptr_t	k = sel->v[i].key;
		size_t		b = k == 0 ? SEL_NOKEY :
		    (size_t)__builtin_ctzll((unsigned long long)k);

		sel->bykey[b * sel->nw + i / 64] |= 1ull << (i % 64);
	}
}

struct qr_sel *
qr_sel_compile_list(const char *const *texts, size_t ntexts, size_t *ends)
{
	struct qr_sel	*sel = qr_xcalloc(1, sizeof(*sel));
	char		*out;
	const char	*comma;
	size_t		 cap = 1, all = 0, len, t;
	uintptr_t	 key;

	/* mostly one chain per ',' and one; every string a piece of the
	 * text plus its NUL (an empty value: a NUL for its operator) */
	for (t = 0; t < ntexts; t++) {
		if (texts[t] == NULL)
			continue;
		len = strlen(texts[t]);
		all += 2 * len + 2;
		cap++;
		for (comma = texts[t]; (comma = strchr(comma, ',')) != NULL; )
			cap++, comma++;
	}
	sel->v = qr_xmalloc(cap * sizeof(*sel->v));
	out = sel->strs = qr_xmalloc(all + 1);
	for (t = 0; t < ntexts; t++) {
		const char *p = texts[t];

		while (p != NULL && *p != '\0') {
			struct sel_chain *c;

			while (*p == ' ' || *p == ',')
				p++;
			if (*p == '\0')
				break;
			if (sel->n == cap) {	/* "a b": two chains, no ',' */
				cap *= 2;
				sel->v = qr_xrealloc(sel->v,
				    cap * sizeof(*sel->v));
			}
			c = &sel->v[sel->n];
			c->n = 0;
			for (;;) {
				struct sel_one o;

				/* in place; past SEL_CHAIN compounds, the
				 * rest are read and dropped */
				if (c->n < SEL_CHAIN)
					compile_one(&p, &c->part[c->n++], &out);
				else
					compile_one(&p, &o, &out);
				while (*p == ' ')
					p++;
				if (*p != '>')
					break;
				p++;
				while (*p == ' ')
					p++;
			}
			c->need = feat_need(&c->part[c->n - 1], &key);
			c->key = key;
			sel->keys |= key;
			if (key == 0)
				sel->keyless = 1;
			sel->n++;
		}
		if (ends != NULL)
			ends[t] = sel->n;
	}
	index_keys(sel);
	return sel;
}

struct qr_sel *
qr_sel_compile(const char *text)
{
	return qr_sel_compile_list(&text, 1, NULL);
}

void
qr_sel_free(struct qr_sel *sel)
{
	if (sel == NULL)
		return;
	free(sel->strs);
	free(sel->v);
	free(sel->bykey);
	free(sel);
}

/* The class words of the element being matched, split once per
 * qr_sel_which() call instead of once per class test of every chain. */
#define CLS_WORDS	64

struct cls_words {
	int		 split;		/* 0: not yet; 1: done; -1: use word_in */
	const char	*v;		/* the class attribute, or NULL */
	size_t		 n;
	unsigned long long first;	/* bit per folded first letter */
	const char	*w[CLS_WORDS];
	size_t		 l[CLS_WORDS];
};

static void
split_class(struct cls_words *cw, xmlNodePtr n)
{
	const char *p, *s;

	cw->split = 1;
	cw->n = 0;
	cw->first = 0;
	if ((p = cw->v = qr_dom_attr(n, "class")) == NULL)
		return;
	while (*p != '\0') {
		while (*p != '\0' && is_space(*p))
			p++;
		s = p;
		while (*p != '\0' && !is_space(*p))
			p++;
		if (p == s)
			break;
		if (cw->n == CLS_WORDS) {
			cw->split = -1;
			return;
		}
		cw->first |= 1ull << ((s[0] | 0x20) & 63);
		cw->w[cw->n] = s;
		cw->l[cw->n++] = (size_t)(p - s);
	}
}

/* word_in() over the split words */
static int
cls_has(const struct cls_words *cw, const char *word, size_t wl, int prefix)
{
	size_t i;

	if (cw->split < 0)
		return word_in(cw->v, word, wl, prefix);
	if (wl > 0 && !(cw->first & (1ull << ((word[0] | 0x20) & 63))))
		return 0;
	for (i = 0; i < cw->n; i++) {
		if (wl > 0 && (cw->w[i][0] | 0x20) != (word[0] | 0x20))
			continue;
		if (prefix ? cw->l[i] >= wl &&
		    strncasecmp(cw->w[i], word, wl) == 0 :
		    cw->l[i] == wl && strncasecmp(cw->w[i], word, wl) == 0)
			return 1;
	}
	return 0;
}

/* Does "n" match "o"?  "cw" caches n's class words (NULL: none). */
static int
one_match(const struct sel_one *o, xmlNodePtr n, struct cls_words *cw)
{
	const char	*cls, *v;
	size_t		 i;

	if (o->tag != NULL && ((n->name[0] | 0x20) != (o->tag[0] | 0x20) ||
	    !name_eq((const char *)n->name, o->tag)))
		return 0;
	if (o->id != NULL && ((v = qr_dom_attr(n, "id")) == NULL ||
	    strcmp(v, o->id) != 0))
		return 0;
	if (o->ncls > 0 && cw != NULL) {
		if (cw->split == 0)
			split_class(cw, n);
		if (cw->v == NULL)
			return 0;
		for (i = 0; i < o->ncls; i++)
			if (!cls_has(cw, o->cls[i], o->clen[i], o->cpre[i]))
				return 0;
	} else if (o->ncls > 0) {
		if ((cls = qr_dom_attr(n, "class")) == NULL)
			return 0;
		for (i = 0; i < o->ncls; i++)
			if (!word_in(cls, o->cls[i], o->clen[i], o->cpre[i]))
				return 0;
	}
	for (i = 0; i < o->nattr; i++) {
		const struct sel_attr *a = &o->attr[i];

		if ((v = qr_dom_attr(n, a->name)) == NULL)
			return 0;
		switch (a->op) {
		case OP_HAS:
			break;
		case OP_EQ:
			if (strcasecmp(v, a->val) != 0)
				return 0;
			break;
		case OP_PREFIX:
			if (strncasecmp(v, a->val, a->vlen) != 0)
				return 0;
			break;
		case OP_SUB:
			if (!ci_contains(v, a->val, a->vlen))
				return 0;
			break;
		case OP_WORD:
			if (!word_in(v, a->val, a->vlen, 0))
				return 0;
			break;
		}
	}
	return 1;
}

int
qr_sel_match(const struct qr_sel *sel, xmlNodePtr n)
{
	return qr_sel_which(sel, n) >= 0;
}

/* Does chain "c" match n?  "cw" caches n's class words. */
static int
chain_match(const struct sel_chain *c, xmlNodePtr n, struct cls_words *cw)
{
	xmlNodePtr	m = n;
	size_t		k = c->n;

	while (k > 0 && m != NULL && m->type == XML_ELEMENT_NODE &&
	    one_match(&c->part[k - 1], m, m == n ? cw : NULL)) {
		k--;
		m = m->parent;
	}
	return k == 0;
}

/* qr_sel_which() with the element's features "f" and class words "cw"
 * (shared by the selectors tried on one element). */
static int
which_keyed(const struct qr_sel *sel, xmlNodePtr n, uintptr_t f,
    struct cls_words *cw, size_t from)
{
	const unsigned long long *nokey;
	uintptr_t	hit;
	size_t		w, nw;

	/* only the chains whose key the element has, in order */
	hit = f & sel->keys;
	nw = sel->nw;
	nokey = sel->bykey + SEL_NOKEY * nw;
	for (w = from / 64; w < nw; w++) {
		unsigned long long	cand = nokey[w];
		uintptr_t		h;

		for (h = hit; h != 0; h &= h - 1)
			cand |= sel->bykey[(size_t)__builtin_ctzll(
			    (unsigned long long)h) * nw + w];
		if (w == from / 64)
			cand &= ~0ull << (from % 64);
		while (cand != 0) {
			const struct sel_chain *c;
			size_t i = w * 64 + (size_t)__builtin_ctzll(cand);

			cand &= cand - 1;
			c = &sel->v[i];
			if ((c->need & f) == c->need &&
			    chain_match(c, n, cw))
				return (int)i;
		}
	}
	return -1;
}

/* which_keyed(), after the tests that turn most elements away (inline:
 * they need no call) */
static inline int
which(const struct qr_sel *sel, xmlNodePtr n, uintptr_t f,
    struct cls_words *cw, size_t from)
{
	if (sel == NULL || from >= sel->n)
		return -1;
	if (!(f & sel->keys) && !sel->keyless)
		return -1;	/* no alternative can match */
	return which_keyed(sel, n, f, cw, from);
}

int
qr_sel_which(const struct qr_sel *sel, xmlNodePtr n)
{
	struct cls_words	cw;

	if (sel == NULL || n == NULL || n->type != XML_ELEMENT_NODE ||
	    n->name == NULL)
		return -1;
	cw.split = 0;
	return which(sel, n, features(n), &cw, 0);
}

int
qr_sel_which_from(const struct qr_sel *sel, xmlNodePtr n, size_t from)
{
	struct cls_words	cw;

	if (sel == NULL || n == NULL || n->type != XML_ELEMENT_NODE ||
	    n->name == NULL)
		return -1;
	cw.split = 0;
	return which(sel, n, features(n), &cw, from);
}

void
qr_sel_which_many(const struct qr_sel *const *sels, size_t nsel,
    xmlNodePtr n, int *out)
{
	struct cls_words	cw;
	uintptr_t		f;
	size_t			i;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL) {
		for (i = 0; i < nsel; i++)
			out[i] = -1;
		return;
	}
	cw.split = 0;
	f = features(n);
	for (i = 0; i < nsel; i++)
		out[i] = which(sels[i], n, f, &cw, 0);
}

size_t
qr_sel_count(const struct qr_sel *sel)
{
	return sel != NULL ? sel->n : 0;
}
