/*
 * quire.h -- the public interface of libquire.
 *
 * quire reads a scraped blog page (HTML) or a plain-text dump of one,
 * rebuilds the post and its threaded comments as one document model
 * (struct qr_doc), and writes that model as Markdown, XHTML, plain text
 * or JSON.
 *
 *     bytes --qr_read()--> struct qr_doc --qr_write()--> FILE *
 *
 * Conventions, said once:
 *  - Every node and string of a document lives in the document's arena
 *    and is freed by qr_doc_free(); nothing returned by a qr_node_* or
 *    qr_doc_* function is ever freed by the caller.
 *  - Strings in the model are NUL-terminated UTF-8 without control
 *    characters or noncharacters ("Characters in the model" below);
 *    NULL means "unknown".
 *  - Functions returning int return 1 on success and 0 on refusal
 *    (builders), or enum qr_status (readers, writers: QR_OK is 0).
 *  - Allocation failure aborts the program (one wrapper, qr_xmalloc):
 *    error returns therefore always mean bad input or I/O, never memory.
 *  - There is no global state: two documents may be built and written
 *    from two threads at once.
 */
#ifndef QUIRE_H
#define QUIRE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QUIRE_VERSION "0.1.0"

/* ## Node kinds
 *
 * One enum with range markers (as cmark's cmark_node_type).  Containers
 * first, then blocks, then inlines.  The HTML equivalent is given for each.
 */
enum qr_kind {
	QR_NONE = 0,
	/* containers */
	QR_BODY,		/* the post's body: blocks */
	QR_THREAD,		/* the top-level comments: QR_COMMENT only */
	QR_COMMENT,		/* <li class=comment>: blocks, then replies */
	/* blocks */
	QR_PARA,		/* <p>: inlines */
	QR_HEADING,		/* <h1>..<h6>: inlines */
	QR_QUOTE,		/* <blockquote>: blocks */
	QR_LIST,		/* <ul>/<ol>: QR_ITEM only */
	QR_ITEM,		/* <li>: blocks */
	QR_CODE_BLOCK,		/* <pre>: literal text, no children */
	QR_BREAK,		/* <hr>, "* * *": no children */
	QR_IMAGE_BLOCK,		/* <img> standing alone (<figure>) */
	/* inlines */
	QR_TEXT,		/* text: literal */
	QR_EMPH,		/* <em>, <i>: inlines */
	QR_STRONG,		/* <strong>, <b>: inlines */
	QR_CODE,		/* <code>: literal */
	QR_LINK,		/* <a href>: inlines */
	QR_IMAGE,		/* <img> inside a paragraph */
	QR_LINEBREAK,		/* <br> */
	QR__MAX
};

#define QR_FIRST_BLOCK	QR_PARA
#define QR_LAST_BLOCK	QR_IMAGE_BLOCK
#define QR_FIRST_INLINE	QR_TEXT
#define QR_LAST_INLINE	QR_LINEBREAK

#define qr_is_block(k)	((k) >= QR_FIRST_BLOCK && (k) <= QR_LAST_BLOCK)
#define qr_is_inline(k)	((k) >= QR_FIRST_INLINE && (k) <= QR_LAST_INLINE)

/* ## The node
 *
 * Nodes are linked both ways among siblings and to their parent.  The
 * payload in "as" is chosen by kind; fields a reader could not know are
 * NULL (strings) or 0.  Readers build nodes with the functions below;
 * writers only read them.
 */
struct qr_comment {
	const char	*id;		/* from the page ("comment-1234") */
	const char	*author;
	const char	*author_url;
	const char	*date;		/* ISO 8601 where known */
	const char	*url;		/* permalink */
	unsigned	 depth;		/* 1 for a top-level comment */
};

struct qr_node {
	enum qr_kind	 kind;
	unsigned	 line;		/* where the reader saw it; 0 unknown */
	struct qr_node	*parent, *first, *last, *prev, *next;
	union {
		const char	*literal;	/* QR_TEXT, QR_CODE, QR_CODE_BLOCK */
		int		 level;		/* QR_HEADING: 1..6 */
		struct {
			int	 ordered;
			int	 start;		/* first number when ordered */
		} list;				/* QR_LIST */
		struct {
			const char *href;
			const char *title;
		} link;				/* QR_LINK */
		struct {
			const char *src;
			const char *alt;
			const char *title;
		} image;			/* QR_IMAGE, QR_IMAGE_BLOCK */
		struct qr_comment comment;	/* QR_COMMENT */
	} as;
};

/* ## The document */
struct qr_arena;

struct qr_doc {
	const char	*title;
	const char	*author;
	const char	*date;		/* ISO 8601 where known */
	const char	*url;
	const char	*site;
	const char	*language;	/* BCP 47 */
	const char	**tags;		/* ntags strings */
	size_t		 ntags;
	struct qr_node	*body;		/* QR_BODY, never NULL */
	struct qr_node	*thread;	/* QR_THREAD, never NULL */
	int		 comments_closed;
	unsigned	 max_depth;	/* deepest comment qr_node_append takes */
	struct qr_arena	*arena;
};

/* A new empty document (body and thread present, no metadata).  Never
 * NULL.  The caller owns it and frees it with qr_doc_free(). */
struct qr_doc	*qr_doc_new(void);

/* Free the document and everything in its arena.  NULL is fine. */
void		 qr_doc_free(struct qr_doc *);

/* ## Characters in the model
 *
 * One rule for every string the model holds (text and code literals,
 * titles, authors, dates, URLs, ids, alt texts, tags), applied where
 * strings enter it: qr_doc_strndup(), qr_doc_strdup(), qr_doc_add_tag(),
 * qr_add_text() and qr_add_literal().  A stored string is valid UTF-8
 * with no C0 control but TAB and LF, no DEL, no C1 control (U+0080 to
 * U+009F) and no noncharacter (U+FDD0 to U+FDEF, U+xFFFE, U+xFFFF).
 * The bytes given are mapped so:
 *  - CR LF, a lone CR, and FF each become one LF (a CR LF cut between
 *    two qr_add_text() pieces of one text node too);
 *  - every other C0 control (NUL included) and DEL is dropped;
 *  - a C1 control becomes the Windows-1252 character of its byte, as
 *    HTML decodes &#128; to &#159; (U+0080 is a euro sign, U+0093 a
 *    left double quotation mark): pages in Windows-1252 that were read
 *    as ISO-8859-1 somewhere on their way hold them; the five bytes
 *    Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) are dropped;
 *  - a noncharacter becomes U+FFFD, and so does each byte that starts
 *    no valid UTF-8 sequence (overlong forms, surrogates, beyond
 *    U+10FFFF, a cut sequence);
 *  - everything else is copied as it is.
 * Input with nothing to map (the common case) costs one scan, sixteen
 * bytes at a time.  Writers can rely on the rule for strings set
 * through these functions; a caller who assigns a node's or the
 * document's fields directly makes the string with qr_doc_strndup().
 */

/* ## Arena strings and memory
 *
 * Memory from the document's arena: valid until qr_doc_free().
 */
void		*qr_doc_alloc(struct qr_doc *, size_t);

/* A NUL-terminated copy of the first "len" bytes of "s" (NULL if s is
 * NULL), by the rule above: "len" bytes are read even past a NUL, and
 * the copy may be shorter or longer than "len". */
const char	*qr_doc_strndup(struct qr_doc *, const char *s, size_t len);
const char	*qr_doc_strdup(struct qr_doc *, const char *s);

/* Append a tag (copied, by the rule above) to doc->tags; duplicates
 * (after that rule) are ignored. */
void		 qr_doc_add_tag(struct qr_doc *, const char *tag, size_t len);

/* ## Building the tree */

/* A new node of "kind", all else zero, not yet in the tree. Never NULL. */
struct qr_node	*qr_node_new(struct qr_doc *, enum qr_kind);

/* May a node of kind "child" go inside one of kind "parent"? */
int		 qr_can_contain(enum qr_kind parent, enum qr_kind child);

/* Append "child" (not yet in a tree) as the last child of "parent".
 * Returns 1, or 0 when the kinds may not nest (qr_can_contain), or when
 * a comment would be deeper than doc->max_depth.  A block appended to a
 * comment that already has replies goes before its first reply, so a
 * comment's children are always its blocks, then its replies. */
int		 qr_node_append(struct qr_doc *, struct qr_node *parent,
		    struct qr_node *child);

/* Remove "n" (and its subtree) from its parent; it stays in the arena. */
void		 qr_node_unlink(struct qr_node *n);

/* Shorthands for readers.  Each makes the node, appends it to "parent"
 * and returns it, or returns NULL when qr_node_append() refuses. */
struct qr_node	*qr_add_block(struct qr_doc *, struct qr_node *parent,
		    enum qr_kind kind);
/* A new comment as the last reply of "parent" (the thread or a comment).
 * Closing it is going back to its parent: n->parent. */
struct qr_node	*qr_open_comment(struct qr_doc *, struct qr_node *parent);
/* Text appended to an inline container (a paragraph, heading, emph,
 * strong or link).  When the last child is already a text node, the
 * text is added to it, so adjacent text stays one node.  The text is
 * stored by the rule of "Characters in the model" above. */
struct qr_node	*qr_add_text(struct qr_doc *, struct qr_node *parent,
		    const char *s, size_t len);
/* A literal-carrying node (QR_CODE, QR_CODE_BLOCK) with its text
 * (stored by the rule above). */
struct qr_node	*qr_add_literal(struct qr_doc *, struct qr_node *parent,
		    enum qr_kind kind, const char *s, size_t len);

/* ## Reading the tree */

/* Number of comments in the document, replies included. */
size_t		 qr_doc_count_comments(const struct qr_doc *);

/* The first reply of a comment (its first QR_COMMENT child), or NULL.
 * The comment's blocks are the children before it. */
struct qr_node	*qr_comment_first_reply(const struct qr_node *);

/* The plain text of a block or inline subtree: text and code literals
 * in order, a line break as a space, runs of ASCII white space collapsed
 * to one space (NBSP is kept), trimmed; blocks are separated by a
 * space.  Images contribute nothing.  Returns a malloc'd NUL-terminated
 * string that the caller frees with free(). */
char		*qr_node_plain_text(const struct qr_node *);

/* ## Walking without recursion
 *
 * A walk visits every node under "root" (root included) in document
 * order.  Each node is seen twice: QR_ENTER before its children, QR_EXIT
 * after them (a leaf gets both, one after the other).  No memory is
 * allocated; the walk follows parent and sibling links, so any depth is
 * fine.  Do not change the tree during a walk except below the current
 * node on QR_ENTER with qr_walk_skip().
 *
 *	struct qr_walk w;
 *	struct qr_node *n;
 *	int ev;
 *	qr_walk_init(&w, doc->thread);
 *	while ((ev = qr_walk_next(&w, &n)) != QR_DONE)
 *		...
 */
enum qr_event { QR_DONE = 0, QR_ENTER, QR_EXIT };

struct qr_walk {
	const struct qr_node *root;
	struct qr_node	*next;		/* node of the next event */
	enum qr_event	 next_ev;
	unsigned	 next_depth;
	unsigned	 depth;		/* of the node just returned; root 0 */
};

void		 qr_walk_init(struct qr_walk *, const struct qr_node *root);
enum qr_event	 qr_walk_next(struct qr_walk *, struct qr_node **);
/* After QR_ENTER: do not visit the node's children; its QR_EXIT is next. */
void		 qr_walk_skip(struct qr_walk *);

/* ## Errors */
enum qr_status {
	QR_OK = 0,
	QR_ERR_EMPTY,		/* the input has no content */
	QR_ERR_BINARY,		/* the input is not text */
	QR_ERR_ENCODING,	/* cannot be decoded (e.g. UTF-16 / UTF-32) */
	QR_ERR_TOO_LARGE,	/* over qr_options.max_input */
	QR_ERR_TOO_DEEP,	/* nesting over qr_options.max_depth */
	QR_ERR_PARSE,		/* the reader could not make sense of it */
	QR_ERR_UNAVAILABLE,	/* that reader or writer is not built */
	QR_ERR_TEMPLATE,	/* the XHTML template is unusable */
	QR_ERR_IO,		/* reading or writing failed */
	QR_ERR_USAGE		/* bad arguments to the library */
};

/* What went wrong, for a message "FILE:LINE: msg".  line is 0 when it
 * would not help. */
struct qr_error {
	enum qr_status	 status;
	unsigned	 line;
	char		 msg[512];
};

/* Fill "err" (may be NULL) and return "status": one statement at each
 * failing call site.  msg is printf-style. */
enum qr_status	 qr_error_set(struct qr_error *err, enum qr_status status,
		    unsigned line, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));

/* A short fixed description of a status ("input is empty", ...). */
const char	*qr_status_str(enum qr_status);

/* ## Options */
enum qr_input { QR_IN_AUTO = 0, QR_IN_HTML, QR_IN_TEXT, QR_IN__MAX };
enum qr_output { QR_OUT_MARKDOWN = 0, QR_OUT_XHTML, QR_OUT_TEXT,
	QR_OUT_JSON, QR_OUT__MAX };

#define QR_DEFAULT_WIDTH	72
#define QR_DEFAULT_MAX_INPUT	((size_t)512 << 20)	/* 512 MiB */
#define QR_DEFAULT_MAX_DEPTH	200000u			/* comment levels */

struct qr_options {
	int		 width;		/* text wrap column; 0 = no wrap */
	int		 no_comments;	/* write the post only */
	int		 front_matter;	/* Markdown: YAML front matter */
	int		 remote_images;	/* XHTML: keep remote <img> */
	const char	*template_path;	/* XHTML: NULL = the default */
	const char	*base_url;	/* resolve relative links; NULL */
	size_t		 max_input;	/* bytes; larger input is refused */
	unsigned	 max_depth;	/* comment nesting; deeper is refused */
};

/* Fill "o" with the defaults above. */
void		 qr_options_init(struct qr_options *o);

/* ## Reading and writing: the front door */

/* Which reader the bytes want: QR_IN_HTML when they look like markup
 * (a doctype, <html>, <head>, <body> or common block tags near the
 * start), else QR_IN_TEXT. */
enum qr_input	 qr_sniff(const char *buf, size_t len);

/* Is that reader / writer built into this library? */
int		 qr_input_available(enum qr_input);
int		 qr_output_available(enum qr_output);

/* Names: "auto", "html", "text"; "markdown", "xhtml", "text", "json".
 * The parse functions return -1 for an unknown name. */
const char	*qr_input_name(enum qr_input);
const char	*qr_output_name(enum qr_output);
int		 qr_input_parse(const char *name);
int		 qr_output_parse(const char *name);
/* The usual file extension of an output, without the dot ("md"). */
const char	*qr_output_ext(enum qr_output);

/* Read "len" bytes into a new document.  QR_IN_AUTO sniffs.  On success
 * returns the document (the caller frees it with qr_doc_free()); on
 * failure returns NULL and fills "err". */
struct qr_doc	*qr_read(const char *buf, size_t len, enum qr_input in,
		    const struct qr_options *, struct qr_error *err);

/* Write "doc" to "out" in format "fmt".  Returns QR_OK, or a status with
 * "err" filled.  Write errors on "out" are reported as QR_ERR_IO once
 * the writer has flushed; the caller still closes "out". */
enum qr_status	 qr_write(const struct qr_doc *, enum qr_output fmt, FILE *out,
		    const struct qr_options *, struct qr_error *err);

/* ## The readers and writers themselves (qr_read / qr_write call these) */
struct qr_doc	*qr_read_html(const char *buf, size_t len,
		    const struct qr_options *, struct qr_error *);
struct qr_doc	*qr_read_text(const char *buf, size_t len,
		    const struct qr_options *, struct qr_error *);
enum qr_status	 qr_write_json(const struct qr_doc *, FILE *,
		    const struct qr_options *, struct qr_error *);
/* CommonMark rendered by cmark (width 0; a fixpoint of cmark): "# Title"
 * (or YAML front matter with opt->front_matter), the body, "## Comments"
 * and the thread as nested lists, capped at 6 levels (deeper replies
 * stay at the cap with "in reply to NAME"). */
enum qr_status	 qr_write_markdown(const struct qr_doc *, FILE *,
		    const struct qr_options *, struct qr_error *);
enum qr_status	 qr_write_xhtml(const struct qr_doc *, FILE *,
		    const struct qr_options *, struct qr_error *);
enum qr_status	 qr_write_text(const struct qr_doc *, FILE *,
		    const struct qr_options *, struct qr_error *);

/* ## Files
 *
 * Inputs are read whole; outputs are written to a temporary file beside
 * the destination and renamed into place by qr_outfile_commit(), so a
 * failure, or a kill, never leaves a truncated file or clobbers a good
 * one.  Like rsync, sed -i and pandoc, it does not fsync by default:
 * set "sync" for outputs that must survive a power loss.
 */

/* Read the file "path" ("-" is standard input) into *buf (malloc'd,
 * NUL-terminated; the caller frees it) and *len.  Refuses directories,
 * and files over "max" bytes with QR_ERR_TOO_LARGE. */
enum qr_status	 qr_file_read(const char *path, size_t max, char **buf,
		    size_t *len, struct qr_error *err);

struct qr_outfile {
	FILE		*fp;		/* write here */
	char		*path;		/* destination; NULL for stdout */
	char		*tmp;		/* temporary file beside it */
	int		 sync;		/* fsync it before the rename; set
					   after qr_outfile_open() */
};

/* Open a temporary file beside "path" ("-" is standard output), with
 * the mode a new file gets (0666 less the umask). */
enum qr_status	 qr_outfile_open(struct qr_outfile *, const char *path,
		    struct qr_error *err);
/* Flush and close the temporary file (fsync'ing it first when "sync"
 * is set) and rename it to the destination.  On failure the temporary
 * file is removed.  (The rename is on disk once the directory is synced
 * too; the quire command does that once per run.) */
enum qr_status	 qr_outfile_commit(struct qr_outfile *, struct qr_error *err);
/* Close and remove the temporary file; the destination is untouched. */
void		 qr_outfile_abort(struct qr_outfile *);

/* ## UTF-8 helpers (for readers) */

/* Is s[0..len) valid UTF-8 (no overlongs, no surrogates)? */
int		 qr_utf8_valid(const char *s, size_t len);

/* s[0..len) decoded as Windows-1252 (iso-8859-1 is read this way too),
 * as UTF-8 in a new malloc'd buffer of *outlen bytes, NUL-terminated.
 * The caller frees it with free(). */
char		*qr_cp1252_to_utf8(const char *s, size_t len, size_t *outlen);

/* Length of the UTF-8 sequence starting at s (1..4), or 0 if invalid. */
size_t		 qr_utf8_seqlen(const unsigned char *s, size_t avail);

#ifdef __cplusplus
}
#endif
#endif /* QUIRE_H */
