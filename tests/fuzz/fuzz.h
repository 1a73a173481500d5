/*
 * fuzz.h -- what the fuzz harnesses share (tests/fuzz/).
 *
 * Each harness defines LLVMFuzzerTestOneInput().  It is linked twice:
 * with libFuzzer (clang -fsanitize=fuzzer,address,undefined; `make
 * fuzz`), and with replay.c, a plain main() that feeds it files, in the
 * normal or SANITIZE=1 build (`make check`: tests/fuzz/regress/).
 *
 * The harnesses do not only look for crashes: fz_check_doc() and
 * fz_write_all() abort() when a document or an output breaks a rule
 * that holds for every input (the oracles below), so a wrong output is
 * a finding like a crash.
 */
#ifndef QUIRE_FUZZ_H
#define QUIRE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "quire.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Print "harness: what" and the offending bytes, then abort(). */
void	fz_fail(const char *what, const char *detail, size_t len)
	    __attribute__((noreturn));

/* Options a harness uses: the defaults, with smaller limits so that one
 * input stays fast (max_input 1 MiB, max_depth 5000). */
void	fz_options(struct qr_options *);

/* Is "u" a URL a browser would run or treat as inline content:
 * javascript:, vbscript:, data:, livescript:, after the leading blanks
 * and the tabs and newlines a browser strips? */
int	fz_dangerous_url(const char *u);

/* The model's rules, for a document a reader made:
 *  - every child is a kind its parent may hold (qr_can_contain), links
 *    both ways agree, comment depths count from 1;
 *  - every string keeps the model's character rule (quire.h, "Characters
 *    in the model"): valid UTF-8, no C0 control but tab and newline, no
 *    DEL, no C1 control, no noncharacter;
 *  - no link or image carries a dangerous URL (fz_dangerous_url).
 * Aborts on the first broken rule. */
void	fz_check_doc(const struct qr_doc *);

/* Write "doc" in every available output format into memory and check
 * each output: UTF-8 with no DEL, C1 control or noncharacter; JSON
 * well-formed, no "url", "href", "src" or "author_url" holding a
 * dangerous URL; XHTML well-formed XML with no
 * script, event handler (on*), dangerous URL, active CSS, frame, form,
 * meta refresh, processing instruction, entity reference, or DOCTYPE
 * with a SYSTEM id or declarations (no external entity); Markdown that cmark reads back with no raw HTML and no
 * dangerous link.  Writers may refuse (an error status), not crash. */
void	fz_write_all(const struct qr_doc *, const struct qr_options *);

#endif
