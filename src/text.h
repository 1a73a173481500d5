/*
 * text.h -- the plain-text reader's parts (read_text.c, text_lines.c,
 * text_attr.c); not installed.
 *
 * A dump is first cut into lines (struct tline): each line knows its
 * indentation in display columns, and whether it starts with a list
 * marker ("1.", "•", "*", "+", "o", "#", "@", "□", "☆", "○", "◦", "▪")
 * and where the text after that marker stands.  Everything after that
 * works on this array, in linear passes.
 */
#ifndef QUIRE_TEXT_H
#define QUIRE_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dates.h"

enum tmark {
	TM_NONE = 0,
	TM_NUM,			/* "12." */
	TM_BULLET		/* one of the bullets above */
};

/* (pointers and sizes first, then the ints: 64 bytes, not 72 with the
 * padding; a big dump has half a million lines) */
struct tline {
	const char	*raw;		/* the line as it is, indentation too */
	const char	*s;		/* content after the indentation */
	size_t		 len;		/* trailing white space trimmed */
	const char	*rest;		/* text after the marker (may be "") */
	size_t		 rlen;
	int		 indent;	/* display column of s */
	unsigned	 lineno;	/* 1-based */
	enum tmark	 mark;
	int		 num;		/* TM_NUM: the number */
	int		 bullet;	/* TM_BULLET: index of the bullet, 0.. */
	int		 rcol;		/* display column of rest */
};

struct tlines {
	struct tline	*v;
	size_t		 n;
	char		*text;		/* the decoded input the lines point in */
	size_t		 textlen;	/* its length (a NUL after it) */
	int		 v_borrowed;	/* v is in the caller's buffer */
};

/*
 * Decode "buf" (a BOM is skipped; text that is not UTF-8 is read as
 * Windows-1252), expand tabs to 8 columns, count NBSP and other spaces
 * in the indentation as one column, and cut into lines (LF, CRLF, CR).
 * Free with qr_tlines_free().
 */
void	qr_tlines_split(const char *buf, size_t len, struct tlines *);
/* The same on a buffer the caller owns and lets the lines use (and
 * change) in place, NUL-terminated at buf[len]: returns 1 if the lines
 * point into buf (keep it until qr_tlines_free()), 0 if they hold a
 * decoded copy (text that is not UTF-8; buf may go at once). */
int	qr_tlines_split_in_place(char *buf, size_t len, struct tlines *);
/* The same, where the caller's buffer has "room" bytes from buf on
 * (its allocation's size; 0 if unknown): when the line table fits in
 * what follows the text there, it is put there (in place, the table
 * costs no memory of its own: for a dump of a few hundred KB read
 * into a huge page, no second huge page). */
int	qr_tlines_split_in_room(char *buf, size_t len, size_t room,
	    struct tlines *);
void	qr_tlines_free(struct tlines *);

/* For the tests: does the bullet table keep the first bytes that
 * find_marker()'s shortcut looks for? */
int	qr_text_lines_fit(void);

/* Classify the line again after its text was changed in place. */
void	qr_tline_reclassify(struct tline *);

/* Is the line empty (or only white space)? */
#define tl_blank(l)	((l)->len == 0)

/* Display width of s[0..len) (wide CJK counts 2, combining marks 0). */
int	qr_text_width(const char *s, size_t len);
/* The same without its ASCII shortcut (for the tests). */
int	qr_text_width_slow(const char *s, size_t len);

/* ## Attribution lines (text_attr.c) */
enum tattr_kind {
	TA_NONE = 0,
	TA_AUTHOR,		/* "NAME says:" (maybe with a date) */
	TA_DATE,		/* a line that is a date (and little else) */
	TA_NOISE		/* "Reply", "Antworten", "[avatar]", "#3" ... */
};

struct tattr {
	enum tattr_kind	 kind;
	const char	*author;	/* into the line; not NUL-terminated */
	size_t		 alen;
	int		 has_date;
	char		 date[QR_DATE_MAX];	/* ISO, when has_date */
};

/* What kind of attribution line s[0..len) is, if any.  "ref" is the
 * post's date (ISO) or NULL, for dates shown without their year. */
enum tattr_kind qr_text_attr(const char *s, size_t len, const char *ref,
	    struct tattr *);

/* Does s[0..len) equal one of the NULL-ended list (ASCII case
 * ignored)? */
int	qr_text_one_of(const char *s, size_t len, const char *const *list);

/* qr_text_attr(s, len, ...) == TA_NOISE, for less: it stops before the
 * author and date rules. */
int	qr_text_noise(const char *s, size_t len);

/* For the tests (check_textspeed): do the phrase tables keep the bounds
 * their shortcuts rely on; and qr_text_attr(), qr_text_thread_end()
 * without their shortcuts, to compare with. */
int	qr_text_tables_fit(void);
enum tattr_kind qr_text_attr_slow(const char *, size_t, const char *,
	    struct tattr *);
int	qr_text_thread_end_slow(const char *, size_t);

/* A relative date alone ("vor 8 Stunden", "3 hours ago", "il y a 2
 * jours", "just now"): a date line that gives the model no date. */
int	qr_text_relative_date(const char *s, size_t len);
/* The same without its shortcut (a line with no lead word must end
 * with a tail word: "vor 3 Tagen", "3 days ago"), for the tests. */
int	qr_text_relative_date_slow(const char *s, size_t len);

/* "#12", "#3.1" (a comment's number; the dots number replies) at the
 * start of s, then a space or the end: its length, else 0; *parent is
 * the length of the number it answers ("#3" of "#3.1"), 0 if none. */
size_t	qr_text_comment_number(const char *s, size_t len, size_t *parent);

/* Could s be a name alone on its line ("toddball", "Sallie Goetsch")? */
int	qr_text_name_line(const char *s, size_t len);

/* A name line's label and what follows the name ("Comment from: NAME ·
 * site.example"): returns the length of the label (and its spaces)
 * before the name, 0 if none; *nlen is the name's length. */
size_t	qr_text_name_label(const char *s, size_t len, size_t *nlen);

/* A heading that opens a comment section ("5 thoughts on “…”",
 * "12 Kommentare", "Comments", "Leserkommentare") */
int	qr_text_comments_heading(const char *s, size_t len);

/* A line that ends a comment section ("Leave a Reply", "Kommentar
 * verfassen", "Post navigation", "Comments are closed.").  Returns 2
 * when it also says the comments are closed, 3 when it can only stand
 * under a thread ("Please enable JavaScript to view the comments
 * powered by Disqus."), else 1. */
int	qr_text_thread_end(const char *s, size_t len);


/* text_head.c: the post's header.  qr_text_head_start(): the first line
 * at or after "first" that is not the dumper's or the page's lead-in
 * (lynx's "#..." list, links' "Link:" lines, skip-links).  qr_text_head():
 * the title line (or tl->n), the header's last line (the title, or the
 * byline under it) and the byline's author and date, looked for in a
 * bounded window from "from". */
struct text_head {
	size_t		 title;		/* line index, or tl->n */
	size_t		 title_end;	/* one past its last (wrapped) line */
	size_t		 last;		/* the header's last line */
	struct tattr	 by;		/* author/date from the byline */
};
size_t	qr_text_head_start(const struct tlines *, size_t first);
void	qr_text_head(const struct tlines *, size_t from, struct text_head *);
int	qr_text_byline(const char *s, size_t len, struct tattr *);

/* How many bytes of s[0..len) are c (64 at a time). */
size_t	qr_text_count_byte(const char *s, size_t len, char c);

/* Does s[0..n) hold an ASCII digit?  Eight bytes at a time (most lines
 * asked have none): in each byte, (b | 0x80) - '0' keeps its high bit
 * when b's low seven bits are '0' or more, (b | 0x80) - ':' when they
 * are ':' or more (no borrow crosses a byte), and ~b has it when b is
 * ASCII. */
static inline int
qr_text_has_digit(const char *s, size_t n)
{
	const uint64_t	ones = 0x0101010101010101ull,
			highs = 0x8080808080808080ull;
	size_t		i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t v, h;

		memcpy(&v, s + i, 8);
		h = v | highs;
		if ((h - 0x30 * ones) & ~(h - 0x3a * ones) & ~v & highs)
			return 1;
	}
	for (; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

#endif
