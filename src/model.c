/*
 * model.c -- the document model: arena, nodes, builders, walker.
 *
 * Every node and string of a document comes from one arena hanging off
 * the document (chunked bump allocation, as cmark-gfm's arena.c but with
 * no file-scope state), so freeing a document is freeing its chunks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CHUNK_MIN	(64 * 1024)
#define CHUNK_MAX	(16 * 1024 * 1024)
#define ALIGN		(sizeof(void *) > 8 ? sizeof(void *) : 8)

struct chunk {
	struct chunk	*prev;
	size_t		 used, cap;
	/* payload follows, aligned */
	max_align_t	 data[];
};

/* Memory the document took over (qr_doc_adopt()), freed with it. */
struct kept {
	struct kept	*prev;
	void		*mem;
};

struct qr_arena {
	struct chunk	*head;
	struct kept	*kept;
	char		*last;		/* last allocation, for qr_arena_extend */
	size_t		 lastlen;
	size_t		 chunk_next;	/* size of the next chunk: grows */
	/* The text qr_add_text() built last and its length, so appending
	 * to it again needs no strlen() (which made a paragraph of many
	 * pieces quadratic). */
	const char	*text;
	size_t		 textlen;
	int		 text_cr;	/* that text's input ended with a CR */
};

static size_t
round_up(size_t n)
{
	return (n + ALIGN - 1) & ~(ALIGN - 1);
}

/* arena_alloc_raw() when the chunk has no room: a new chunk. */
static void *
arena_grow(struct qr_arena *a, size_t n)
{
	struct chunk	*c;
	char		*p;
	size_t		 cap = a->chunk_next, total;

	if (cap < n)
		cap = n;
	/* Chunks double up to CHUNK_MAX so a large page costs few
	 * mallocs; from 2 MB on they are in huge pages (qr_xbig()),
	 * whose rounding up the chunk uses. */
	if (a->chunk_next < CHUNK_MAX)
		a->chunk_next *= 2;
	c = qr_xbig(sizeof(*c) + cap, &total);
	c->prev = a->head;
	c->used = n;
	c->cap = total - sizeof(*c);
	a->head = c;
	p = (char *)c->data;
	a->last = p;
	a->lastlen = n;
	return p;
}

/* n bytes, their contents undefined (strings, copied over at once).
 * Inline: a node or a string costs a few instructions, not a call. */
static inline void *
arena_alloc_raw(struct qr_arena *a, size_t n)
{
	struct chunk	*c = a->head;
	char		*p;

	n = round_up(n ? n : 1);
	if (c == NULL || c->cap - c->used < n)
		return arena_grow(a, n);
	p = (char *)c->data + c->used;
	c->used += n;
	a->last = p;
	a->lastlen = n;
	return p;
}

/* n bytes of zeros (nodes, arrays). */
static void *
arena_alloc(struct qr_arena *a, size_t n)
{
	void *p = arena_alloc_raw(a, n);

	return memset(p, 0, n);
}

/*
 * Grow the allocation "p" (which must be the arena's last) from "old" to
 * "new" bytes in place if the chunk has room.  Returns 1 if it did.
 */
static int
arena_extend(struct qr_arena *a, char *p, size_t new)
{
	struct chunk *c = a->head;

	if (c == NULL || p != a->last)
		return 0;
	new = round_up(new);
	if ((size_t)(p - (char *)c->data) + new > c->cap)
		return 0;
	c->used = (size_t)(p - (char *)c->data) + new;
	a->lastlen = new;
	return 1;
}

struct qr_doc *
qr_doc_new(void)
{
	return qr_doc_new_sized(0);
}

/* A document whose arena's next chunk holds "expect" bytes (within the
 * bounds chunks keep), and whose first is "mem" (size bytes) if any. */
static struct qr_doc *
doc_new(size_t expect, void *mem, size_t size)
{
	struct qr_doc	*doc = qr_xcalloc(1, sizeof(*doc));
	struct chunk	*c = mem;

	doc->arena = qr_xcalloc(1, sizeof(*doc->arena));
	/* the first chunk holds what the reader expects (within the
	 * bounds chunks keep anyway): one chunk, not the growing ones */
	doc->arena->chunk_next = expect < CHUNK_MIN ? CHUNK_MIN :
	    expect > CHUNK_MAX ? CHUNK_MAX : expect;
	if (c != NULL) {
		c->prev = NULL;
		c->used = 0;
		c->cap = size - sizeof(*c);
		doc->arena->head = c;
	}
	doc->max_depth = QR_DEFAULT_MAX_DEPTH;
	doc->body = qr_node_new(doc, QR_BODY);
	doc->thread = qr_node_new(doc, QR_THREAD);
	return doc;
}

struct qr_doc *
qr_doc_new_sized(size_t expect)
{
	return doc_new(expect, NULL, 0);
}

struct qr_doc *
qr_doc_new_in(void *mem, size_t size)
{
	if (mem == NULL || size < CHUNK_MIN) {
		free(mem);	/* malloc() hands it to the next small one */
		return qr_doc_new();
	}
	return doc_new(size, mem, size);
}

void
qr_doc_free(struct qr_doc *doc)
{
	struct chunk *c, *prev;

	struct kept *k;

	if (doc == NULL)
		return;
	/* (the records are in the chunks: freed first) */
	for (k = doc->arena->kept; k != NULL; k = k->prev)
		free(k->mem);
	for (c = doc->arena->head; c != NULL; c = prev) {
		prev = c->prev;
		free(c);
	}
	free(doc->arena);
	free(doc);
}

void
qr_doc_adopt(struct qr_doc *doc, void *mem)
{
	struct kept *k;

	if (mem == NULL)
		return;
	k = arena_alloc_raw(doc->arena, sizeof(*k));
	k->mem = mem;
	k->prev = doc->arena->kept;
	doc->arena->kept = k;
}

void *
qr_doc_alloc(struct qr_doc *doc, size_t n)
{
	return arena_alloc(doc->arena, n);
}

/*
 * ## Characters in the model (quire.h says the rule)
 *
 * Every string enters through model_ok() (the common case: no byte to
 * look at, sixteen bytes at a time) and, only when that finds a
 * character the model does not hold, model_clean().
 */

/* May the valid UTF-8 sequence s[0..n) (n = 2..4) stand in the model:
 * not a C1 control (C2 80..9F), not a noncharacter (U+FDD0..U+FDEF:
 * EF B7 90..AF; U+xFFFE, U+xFFFF: EF BF BE..BF, or four bytes ending
 * in xF BF BE..BF)? */
static int
model_seq_ok(const unsigned char *s, size_t n)
{
	if (n == 2)
		return s[0] != 0xc2 || s[1] >= 0xa0;
	if (n == 3)
		return s[0] != 0xef || (s[1] == 0xb7 ? s[2] < 0x90 ||
		    s[2] > 0xaf : s[1] != 0xbf || s[2] < 0xbe);
	return (s[1] & 0x0f) != 0x0f || s[2] != 0xbf || s[3] < 0xbe;
}

#ifdef QR_SCAN_AVX2
/* qr_scan_text() (len >= 32), 32 bytes a round, the last 32 in one
 * load: the first byte below 0x20 or from DEL on, or len. */
QR_AVX2_FN static inline size_t
scan_text_avx2(const unsigned char *p, size_t i, size_t len)
{
	const __m256i	one = _mm256_set1_epi8(1), lim = _mm256_set1_epi8(0x21);
	unsigned	bits;

	/* x + 1, wrapping, below 0x21 as a signed byte */
	while (i + 32 <= len) {
		bits = (unsigned)_mm256_movemask_epi8(_mm256_cmpgt_epi8(lim,
		    _mm256_add_epi8(_mm256_loadu_si256(
		    (const __m256i *)(p + i)), one)));
		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 32;
	}
	if (i >= len)
		return len;
	bits = (unsigned)_mm256_movemask_epi8(_mm256_cmpgt_epi8(lim,
	    _mm256_add_epi8(_mm256_loadu_si256((const __m256i *)(p + len -
	    32)), one))) >> (i - (len - 32));
	return bits != 0 ? i + (size_t)__builtin_ctz(bits) : len;
}
#endif

/* The length of the start of s[0..len) that the model stores as it is;
 * the bytes found by scan_text_avx2() when "avx2" (a constant: the
 * body is built twice). */
static inline __attribute__((always_inline)) size_t
model_ok_in(const unsigned char *s, size_t len, const int avx2)
{
	size_t i = 0, n;

	for (;;) {
#ifdef QR_SCAN_AVX2
		i = avx2 ? scan_text_avx2(s, i, len) : qr_scan_text(s, i, len);
#else
		(void)avx2;
		i = qr_scan_text(s, i, len);
#endif
		if (i >= len)
			return len;
		if (s[i] < 0x80) {
			if (s[i] < 0x20 ? s[i] != '\t' && s[i] != '\n' :
			    s[i] == 0x7f)
				return i;
			i++;		/* tab, LF, or one of the last bytes */
			continue;
		}
		if (s[i] >= 0xe1 && s[i] <= 0xec && i + 2 < len &&
		    (s[i + 1] & 0xc0) == 0x80 && (s[i + 2] & 0xc0) == 0x80) {
			/* the common three bytes (’ “ ” …): no overlong
			 * form (E0), surrogate (ED) or noncharacter (EF) */
			i += 3;
			continue;
		}
		if ((n = qr_utf8_len23(s + i, len - i)) == 0 &&
		    (n = qr_utf8_seqlen(s + i, len - i)) == 0)
			return i;
		if (!model_seq_ok(s + i, n))
			return i;
		i += n;
	}
}

#ifdef QR_SCAN_AVX2
/* model_ok_in() with AVX2, the scan inline (no call at each character
 * the scan stops at). */
QR_AVX2_FN static size_t
model_ok_avx2(const unsigned char *s, size_t len)
{
	return model_ok_in(s, len, 1);
}
#endif

/* The length of the start of s[0..len) that the model stores as it is. */
static inline size_t
model_ok(const unsigned char *s, size_t len)
{
#ifdef QR_SCAN_AVX2
	if (len >= 32 && qr_avx2())
		return model_ok_avx2(s, len);
#endif
	return model_ok_in(s, len, 0);
}

/* s[0..len) as the model holds it, appended to "b": CR LF, a lone CR
 * and FF as LF; other C0 controls and DEL dropped; a C1 control as the
 * Windows-1252 character of its byte, or dropped where there is none;
 * a noncharacter, and each byte that starts no valid UTF-8 sequence, as
 * U+FFFD. */
static void
model_clean(struct qr_buf *b, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;
	unsigned long		 cp;

	for (;;) {
		n = model_ok(p + i, len - i);
		qr_buf_put(b, s + i, n);
		if ((i += n) >= len)
			break;
		if (p[i] == '\r' || p[i] == '\f') {
			qr_buf_putc(b, '\n');
			i += p[i] == '\r' && i + 1 < len && p[i + 1] == '\n' ?
			    2 : 1;
		} else if (p[i] < 0x80)
			i++;				/* dropped */
		else if ((n = qr_utf8_decode(p + i, len - i, &cp)) == 0) {
			qr_buf_put(b, "\xef\xbf\xbd", 3);
			i++;
		} else {
			if (cp >= 0xa0)			/* a noncharacter */
				qr_buf_put(b, "\xef\xbf\xbd", 3);
			else if (qr_cp1252_hi[cp - 0x80] != 0)	/* C1 */
				qr_buf_put_utf8(b, qr_cp1252_hi[cp - 0x80]);
			i += n;
		}
	}
}

/* A copy of s[0..len) in the arena, by the model's rule: its length in
 * *outlen. */
static char *
model_dup(struct qr_arena *a, const char *s, size_t len, size_t *outlen)
{
	struct qr_buf	 b = { 0 };
	char		*p;

	if (model_ok((const unsigned char *)s, len) < len) {
		model_clean(&b, s, len);
		p = model_dup(a, b.data != NULL ? b.data : "", b.len, outlen);
		qr_buf_free(&b);
		return p;
	}
	p = arena_alloc_raw(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	*outlen = len;
	return p;
}

const char *
qr_doc_strndup(struct qr_doc *doc, const char *s, size_t len)
{
	size_t n;

	return s == NULL ? NULL : model_dup(doc->arena, s, len, &n);
}

const char *
qr_doc_strdup(struct qr_doc *doc, const char *s)
{
	return s == NULL ? NULL : qr_doc_strndup(doc, s, strlen(s));
}

void
qr_doc_add_tag(struct qr_doc *doc, const char *tag, size_t len)
{
	const char	**tags;
	size_t		  i;
	struct qr_buf	  b = { 0 };

	if (model_ok((const unsigned char *)tag, len) < len) {
		/* compared as it will be stored */
		model_clean(&b, tag, len);
		qr_doc_add_tag(doc, b.data != NULL ? b.data : "", b.len);
		qr_buf_free(&b);
		return;
	}
	for (i = 0; i < doc->ntags; i++)
		if (strlen(doc->tags[i]) == len &&
		    memcmp(doc->tags[i], tag, len) == 0)
			return;
	/* Tags are few: copying the array each time keeps it in the arena. */
	tags = arena_alloc(doc->arena, (doc->ntags + 1) * sizeof(*tags));
	if (doc->ntags > 0)
		memcpy(tags, doc->tags, doc->ntags * sizeof(*tags));
	tags[doc->ntags++] = qr_doc_strndup(doc, tag, len);
	doc->tags = tags;
}

struct qr_node *
qr_node_new(struct qr_doc *doc, enum qr_kind kind)
{
	struct qr_node *n = arena_alloc_raw(doc->arena, sizeof(*n));

	/* zeroed by assignment: stores the compiler writes out, no
	 * memset() call */
	*n = (struct qr_node){ .kind = kind };
	return n;
}

/* Which kinds may hold which (cmark's S_can_contain): a bit for each
 * kind a kind may hold. */
#define KIND_BIT(k)	(1ul << (k))
#define KIND_RANGE(a, b) (KIND_BIT((b) + 1) - KIND_BIT(a))
#define BLOCK_BITS	KIND_RANGE(QR_FIRST_BLOCK, QR_LAST_BLOCK)
#define INLINE_BITS	KIND_RANGE(QR_FIRST_INLINE, QR_LAST_INLINE)

static const unsigned long holds[QR__MAX] = {
	[QR_BODY] = BLOCK_BITS,
	[QR_QUOTE] = BLOCK_BITS,
	[QR_ITEM] = BLOCK_BITS,
	[QR_THREAD] = KIND_BIT(QR_COMMENT),
	[QR_COMMENT] = KIND_BIT(QR_COMMENT) | BLOCK_BITS,
	[QR_LIST] = KIND_BIT(QR_ITEM),
	[QR_PARA] = INLINE_BITS,
	[QR_HEADING] = INLINE_BITS,
	[QR_EMPH] = INLINE_BITS,
	[QR_STRONG] = INLINE_BITS,
	/* No link inside a link: HTML forbids it, Markdown can't say it. */
	[QR_LINK] = INLINE_BITS & ~KIND_BIT(QR_LINK),
};

static inline int
can_contain(enum qr_kind parent, enum qr_kind child)
{
	return (unsigned)parent < QR__MAX && (unsigned)child < QR__MAX &&
	    (holds[parent] >> child & 1) != 0;
}

int
qr_can_contain(enum qr_kind parent, enum qr_kind child)
{
	return can_contain(parent, child);
}

static void
link_before(struct qr_node *parent, struct qr_node *next,
    struct qr_node *child)
{
	child->parent = parent;
	child->next = next;
	if (next == NULL) {
		child->prev = parent->last;
		if (parent->last != NULL)
			parent->last->next = child;
		else
			parent->first = child;
		parent->last = child;
	} else {
		child->prev = next->prev;
		if (next->prev != NULL)
			next->prev->next = child;
		else
			parent->first = child;
		next->prev = child;
	}
}

int
qr_node_append(struct qr_doc *doc, struct qr_node *parent,
    struct qr_node *child)
{
	struct qr_node *before = NULL;

	if (parent == NULL || child == NULL || child->parent != NULL ||
	    !can_contain(parent->kind, child->kind))
		return 0;
	if (child->kind == QR_COMMENT) {
		unsigned depth = parent->kind == QR_COMMENT ?
		    parent->as.comment.depth + 1 : 1;

		if (depth > doc->max_depth)
			return 0;
		child->as.comment.depth = depth;
	} else if (parent->kind == QR_COMMENT)
		before = qr_comment_first_reply(parent);
	link_before(parent, before, child);
	return 1;
}

void
qr_node_unlink(struct qr_node *n)
{
	struct qr_node *p = n->parent;

	if (p == NULL)
		return;
	if (n->prev != NULL)
		n->prev->next = n->next;
	else
		p->first = n->next;
	if (n->next != NULL)
		n->next->prev = n->prev;
	else
		p->last = n->prev;
	n->parent = n->prev = n->next = NULL;
}

struct qr_node *
qr_add_block(struct qr_doc *doc, struct qr_node *parent, enum qr_kind kind)
{
	struct qr_node *n = qr_node_new(doc, kind);

	return qr_node_append(doc, parent, n) ? n : NULL;
}

struct qr_node *
qr_open_comment(struct qr_doc *doc, struct qr_node *parent)
{
	return qr_add_block(doc, parent, QR_COMMENT);
}

struct qr_node *
qr_add_text(struct qr_doc *doc, struct qr_node *parent, const char *s,
    size_t len)
{
	struct qr_node	*last = parent != NULL ? parent->last : NULL;
	char		*p;
	size_t		 old;

	struct qr_arena	*a = doc->arena;
	struct qr_node	*n;
	struct qr_buf	 b = { 0 };
	int		 cr = len > 0 && s[len - 1] == '\r';

	if (last != NULL && last->kind == QR_TEXT) {
		p = (char *)last->as.literal;
		if (p == a->text && a->text_cr && len > 0 && s[0] == '\n')
			s++, len--;	/* the LF of a CR LF cut in two */
		else if (p == a->text && len == 0)
			cr = a->text_cr;	/* an empty piece: still cut */
		if (model_ok((const unsigned char *)s, len) < len) {
			model_clean(&b, s, len);
			s = b.data != NULL ? b.data : "";
			len = b.len;
		}
		old = p == a->text && p[a->textlen] == '\0' ? a->textlen :
		    strlen(p);
		/* Extend in place when it was the last allocation; else copy
		 * into room for twice as much, given back at once but there
		 * to extend into next time: a text of many pieces is copied
		 * O(log n) times, not once per piece. */
		if (!arena_extend(a, p, old + len + 1)) {
			size_t need = old + len + 1;

			p = arena_alloc_raw(a, need < 2 * old ? 2 * old :
			    need);
			memcpy(p, last->as.literal, old);
			arena_extend(a, p, need);
		}
		memcpy(p + old, s, len);
		p[old + len] = '\0';
		last->as.literal = p;
		a->text = p;
		a->textlen = old + len;
		a->text_cr = cr;
		if (b.data != NULL)
			qr_buf_free(&b);
		return last;
	}
	n = qr_node_new(doc, QR_TEXT);
	n->as.literal = model_dup(a, s, len, &old);
	if (!qr_node_append(doc, parent, n))
		return NULL;
	a->text = n->as.literal;
	a->textlen = old;
	a->text_cr = cr;
	return n;
}

struct qr_node *
qr_add_text_at(struct qr_doc *doc, struct qr_node *parent, char *s,
    size_t len)
{
	struct qr_arena	*a = doc->arena;
	struct qr_node	*n;

	/* a text to append to, a CR that a LF may follow in the next
	 * piece, a character the model holds otherwise: a copy */
	if (parent == NULL || (parent->last != NULL &&
	    parent->last->kind == QR_TEXT) || (len > 0 && s[len - 1] == '\r') ||
	    model_ok((const unsigned char *)s, len) < len)
		return qr_add_text(doc, parent, s, len);
	n = qr_node_new(doc, QR_TEXT);
	n->as.literal = s;
	if (!qr_node_append(doc, parent, n))
		return NULL;
	s[len] = '\0';
	a->text = s;
	a->textlen = len;
	a->text_cr = 0;
	return n;
}

/* One byte of qr_text_collapse(), from *s to *d. */
static void
collapse_one(const char **s, char **d, int *space)
{
	char c = *(*s)++;

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v') {
		if (!*space)
			*(*d)++ = ' ';
		*space = 1;
	} else {
		*(*d)++ = c;
		*space = 0;
	}
}

void
qr_text_collapse(struct qr_doc *doc, struct qr_node *n, int *space)
{
	struct qr_arena	*a = doc->arena;
	char		*p = (char *)n->as.literal, *d = p;
	const char	*s = p;

	const char	*end = s + strlen(s);

	if (p == a->text)	/* it shrinks: qr_add_text must measure it */
		a->text = NULL;
	/* eight bytes at a time while none of them is a space or below
	 * (bit 7 of a byte of x: it is above ' ', or not ASCII) */
	while (end - s >= 8) {
		const uint64_t	ones = 0x0101010101010101ull, high = ones << 7;
		uint64_t	x, low;
		size_t		k = 8;

		memcpy(&x, s, 8);
		/* bit 7 of each byte of "low": the byte is ' ' or below */
		low = ~(((x | high) - ones * 0x21) | x) & high;
		if (low != 0)	/* the bytes before the first such */
			k = (size_t)__builtin_ctzll(low) / 8;
		if (k > 0) {
			memmove(d, s, k);
			d += k;
			s += k;
			*space = 0;
		}
		if (k < 8)
			collapse_one(&s, &d, space);
	}
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
		    *s == '\f' || *s == '\v') {
			if (!*space)
				*d++ = ' ';
			*space = 1;
		} else {
			*d++ = *s;
			*space = 0;
		}
	}
	*d = '\0';
}

struct qr_node *
qr_add_literal(struct qr_doc *doc, struct qr_node *parent, enum qr_kind kind,
    const char *s, size_t len)
{
	struct qr_node *n = qr_node_new(doc, kind);

	n->as.literal = qr_doc_strndup(doc, s, len);
	return qr_node_append(doc, parent, n) ? n : NULL;
}

struct qr_node *
qr_comment_first_reply(const struct qr_node *c)
{
	struct qr_node *n;

	/* Replies follow the blocks: look from the end. */
	if (c->last == NULL || c->last->kind != QR_COMMENT)
		return NULL;
	for (n = c->last; n->prev != NULL && n->prev->kind == QR_COMMENT;
	    n = n->prev)
		continue;
	return n;
}

size_t
qr_doc_count_comments(const struct qr_doc *doc)
{
	struct qr_walk	 w;
	struct qr_node	*n;
	size_t		 count = 0;
	enum qr_event	 ev;

	qr_walk_init(&w, doc->thread);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev == QR_ENTER && n->kind == QR_COMMENT)
			count++;
		else if (ev == QR_ENTER && n->kind != QR_THREAD)
			qr_walk_skip(&w);	/* a comment's blocks */
	}
	return count;
}

char *
qr_node_plain_text(const struct qr_node *root)
{
	struct qr_buf	 b = {0};
	struct qr_walk	 w;
	struct qr_node	*n;
	enum qr_event	 ev;
	int		 space = 1;

	qr_walk_init(&w, root);
	while ((ev = qr_walk_next(&w, &n)) != QR_DONE) {
		if (ev == QR_ENTER && n->kind == QR_COMMENT && n != root) {
			qr_walk_skip(&w);	/* replies are not this text */
			continue;
		}
		if (ev != QR_ENTER)
			continue;
		switch (n->kind) {
		case QR_TEXT:
		case QR_CODE:
		case QR_CODE_BLOCK:
			qr_buf_put_collapsed(&b, n->as.literal,
			    strlen(n->as.literal), &space);
			if (n->kind == QR_CODE_BLOCK)
				qr_buf_put_collapsed(&b, " ", 1, &space);
			break;
		case QR_LINEBREAK:
			qr_buf_put_collapsed(&b, " ", 1, &space);
			break;
		default:
			if (qr_is_block(n->kind))
				qr_buf_put_collapsed(&b, " ", 1, &space);
			break;
		}
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	qr_buf_cstr(&b);
	return qr_buf_detach(&b, NULL);
}

/* ## The walker: enter/exit events over parent and sibling links. */

void
qr_walk_init(struct qr_walk *w, const struct qr_node *root)
{
	w->root = root;
	w->next = (struct qr_node *)root;
	w->next_ev = root != NULL ? QR_ENTER : QR_DONE;
	w->depth = w->next_depth = 0;
}

enum qr_event
qr_walk_next(struct qr_walk *w, struct qr_node **out)
{
	struct qr_node	*n = w->next;
	enum qr_event	 ev = w->next_ev;

	if (ev == QR_DONE || n == NULL) {
		*out = NULL;
		return QR_DONE;
	}
	*out = n;
	w->depth = w->next_depth;
	if (ev == QR_ENTER) {
		if (n->first != NULL) {
			w->next = n->first;
			w->next_ev = QR_ENTER;
			w->next_depth = w->depth + 1;
		} else
			w->next_ev = QR_EXIT;	/* a leaf: exit it next */
	} else if (n == w->root) {
		w->next_ev = QR_DONE;
	} else if (n->next != NULL) {
		w->next = n->next;
		w->next_ev = QR_ENTER;
	} else {
		w->next = n->parent;
		w->next_ev = QR_EXIT;
		w->next_depth = w->depth - 1;
	}
	return ev;
}

void
qr_walk_skip(struct qr_walk *w)
{
	/* Called right after QR_ENTER of node X: X's exit is next. */
	if (w->next_ev == QR_ENTER && w->next != NULL && w->next->parent != NULL &&
	    w->next == w->next->parent->first) {
		w->next = w->next->parent;
		w->next_ev = QR_EXIT;
		w->next_depth = w->depth;
	}
}
