#!/usr/bin/env python3
"""text_check.py -- checks of quire's plain-text output (FORMATS.md T1-T5,
layout of doc/text-format.md).

  text_check.py props LIST      LIST lines: NAME<TAB>WIDTH<TAB>JSON<TAB>TXT
  text_check.py roundtrip LIST  LIST lines: NAME<TAB>JSON-BEFORE<TAB>JSON-AFTER

props: T1 (UTF-8, LF, no tabs, no trailing spaces, final newline), T2
(display width <= WIDTH unless a code line or one unbreakable token), T3
(every comment line carries the comment's indentation; every character
of a quote carries its quote depth in the '>' prefix), T4 (the text of
the model, headers included, comes out complete and in order), plus the
comment markers' columns and the reply cap.  Widths come from
libunistring's u8_strwidth through ctypes, as FORMATS.md says.

roundtrip: the thread tree, authors, dates and quotes of two JSON models
are the same (T5).  Prints one line per failure and a summary; exits 1
on any failure.  Standard library only; iterative (deep chains are fine).
"""
import ctypes
import ctypes.util
import json
import re
import sys

WS = ' \t\n\r\f\v\x85\u2028\u2029'
SHY = '\u00ad'

_lib = None
try:
    _lib = ctypes.CDLL(ctypes.util.find_library('unistring') or
                       'libunistring.so.2')
    _lib.u8_strwidth.restype = ctypes.c_int
    _lib.u8_strwidth.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    _lib.u8_possible_linebreaks_v2.restype = None
    _lib.u8_possible_linebreaks_v2.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_char_p]
except (OSError, AttributeError, TypeError):
    _lib = None


def width(s):
    if _lib is not None:
        return _lib.u8_strwidth(s.encode('utf-8'), b'UTF-8')
    import unicodedata
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or ch in '\u200b\u200d\u00ad':
            continue
        w += 2 if unicodedata.east_asian_width(ch) in 'WF' else 1
    return w


STRUCT = re.compile(r'(>|[\u2022*+o\-\u25e6\u25aa](?: |$)|\d+[.)](?: |$))')


def join_safe(s, i):
    """May the writer break s before s[i] (doc/text-format.md, Joining)?"""
    e = i
    while e > 0 and s[e - 1] == ' ':
        e -= 1
    if e == 0:
        return True
    space = e < i
    p = e - 1
    if width(s[p]) == 2 or width(s[i]) == 2:
        return not space
    if s[p] == '-' and p > 0 and s[p - 1] != ' ':
        return not space
    return space or s[p] in (SHY, '\u200b')


def breakable(s):
    """Has s a break opportunity the writer could take: UAX #14's, except
    inside a URL, before structure, or where the reader could not tell
    how to join the lines (doc/text-format.md)?"""
    if _lib is None:
        return ' ' in s.strip(' ')
    b = s.encode('utf-8')
    p = ctypes.create_string_buffer(len(b) + 1)
    _lib.u8_possible_linebreaks_v2(b, len(b), b'UTF-8', p)
    starts = {}                         # byte offset -> char index
    off = 0
    for k, ch in enumerate(s):
        starts[off] = k
        off += len(ch.encode('utf-8'))
    inurl = set()
    pos = 0
    for tok in s.split(' '):
        if is_url(tok):
            inurl.update(range(pos + 1, pos + len(tok)))
        pos += len(tok) + 1
    for i in range(1, len(b)):
        if p.raw[i] in (2, 3, 4) and i in starts:
            k = starts[i]
            if k in inurl or STRUCT.match(s, k) or not join_safe(s, k):
                continue
            return True
    return False


def is_url(tok):
    return '://' in tok or tok.startswith('www.') or tok.startswith('mailto:')


def norm(s):
    """White space collapsed, controls dropped, trimmed: what the writer
    does to running text."""
    out = []
    sp = True
    for ch in s or '':
        if ch in WS:
            if not sp:
                out.append(' ')
            sp = True
            continue
        o = ord(ch)
        if o < 0x20 or 0x7f <= o < 0xa0:
            continue
        out.append(ch)
        sp = False
    return ''.join(out).strip(' ')


def comments_in_order(doc):
    """(comment, depth) in document order, without recursion."""
    out = []
    stack = [(c, 1) for c in reversed(doc.get('comments') or [])]
    while stack:
        c, d = stack.pop()
        out.append((c, d))
        for r in reversed(c.get('replies') or []):
            stack.append((r, d + 1))
    return out


def code_lines(text):
    out = []
    for line in (text or '').split('\n'):
        col = 0
        buf = []
        for ch in line:
            if ch == '\t':
                n = 8 - col % 8
                buf.append(' ' * n)
                col += n
                continue
            o = ord(ch)
            if o < 0x20 or o == 0x7f or 0x80 <= o < 0xa0 or ch in '\u2028\u2029':
                continue
            buf.append(ch)
            col += 1
        out.append(''.join(buf).rstrip(' '))
    return out


def model_stream(blocks, out, codes):
    """Append (char, quote depth) of the blocks to out; ' ' separates."""
    stack = [(b, 0) for b in reversed(blocks or [])]
    while stack:
        b, q = stack.pop()
        if isinstance(b, list):                # a list item: its blocks
            stack.extend((x, q) for x in reversed(b))
            continue
        t = b.get('type')
        text = None
        if t in ('paragraph', 'heading'):
            text = norm(b.get('text')).replace(SHY, '')
        elif t == 'code':
            ls = code_lines(b.get('text'))
            codes.update(x for x in ls if x)
            text = norm(' '.join(x for x in ls if x))
        elif t == 'break':
            text = '* * *'
        elif t == 'image':
            alt = norm(b.get('alt'))
            text = '[image: %s]' % alt if alt else '[image]'
        elif t == 'quote':
            stack.extend((x, q + 1) for x in reversed(b.get('blocks') or []))
        elif t == 'list':
            stack.extend((x, q) for x in reversed(b.get('items') or []))
        if text:
            out.extend((ch, q) for ch in text)
            out.append((' ', q))


def cap_depth(w):
    W = w or 72
    m = max(40, W // 2)
    d = 2
    while W - (4 * d + 2) >= m:
        d += 1
    return d


PREFIX_OPT = re.compile(r'(- |\d+\) )')


def parse_line(line):
    """A body line without its base indentation: (quote depth, optional
    marker tokens in order, content)."""
    pos, depth, items = 0, 0, []
    n = len(line)
    while True:
        while pos < n and line[pos] == ' ':
            pos += 1
        if pos < n and line[pos] == '>':
            while pos < n and line[pos] == '>':
                depth += 1
                pos += 1
            continue
        m = PREFIX_OPT.match(line, pos)
        if m:
            items.append(m.group(1))
            pos = m.end()
            continue
        break
    return depth, items, line[pos:]


def output_stream(lines, codes):
    """Tokens of the output lines: ('c', ch, depth), ('LB', code line?),
    ('OPT', s).
    A line that ends with a code line of the model is taken as that code
    line under its prefix (code may start with '>' or '- ')."""
    out = []
    prev_blank = True
    bare = set(c.lstrip(' ') for c in codes)
    for line in lines:
        depth, items, content = parse_line(line)
        code = content in bare
        if (depth or items) and codes:
            for cl in codes:
                if line.endswith('    ' + cl) and \
                        parse_line(line[:-len(cl)])[2] == '':
                    depth, items, _ = parse_line(line[:-len(cl)])
                    content = cl
                    code = True
                    break
        if content == '':
            out.append(('LB', False))
            prev_blank = True
            continue
        for it in items:
            out.append(('OPT', it))
        if content.startswith('\\'):
            out.append(('OPT', '\\'))         # an escaped block start
            content = content[1:]
        if not prev_blank and content and set(content) == {'-'}:
            out.append(('OPT', content))        # a heading's underline
        else:
            out.extend(('c', ch, depth) for ch in content)
        out.append(('LB', code))
        prev_blank = False
    return out


def align(model, output):
    """None when the output holds the model's characters in order (with
    the allowed differences), else a message."""
    i = j = 0
    M, O = model, output
    while j < len(O):
        o = O[j]
        if o[0] == 'LB':
            sp = i < len(M) and M[i][0] == ' '
            if j > 0 and j + 1 < len(O) and O[j - 1][0] == 'c' and \
                    O[j + 1][0] == 'c' and not O[j][1]:
                # inside running text: the reader's join rule must hold
                nosp = join_without_space(O, j)
                if nosp is not None and nosp == sp:
                    return 'a line break %s a space where the model has %s' \
                        ' one, at %r' % ('without' if nosp else 'with',
                                         'one' if sp else 'no', ctx(M, i))
            if sp:
                i += 1
            j += 1
            continue
        if o[0] == 'OPT':
            s = o[1]
            if ''.join(c for c, _ in M[i:i + len(s)]) == s:
                i += len(s)
            j += 1
            continue
        ch, d = o[1], o[2]
        if i < len(M) and M[i][0] == ch:
            if ch != ' ' and M[i][1] != d:
                return 'quote depth %d where the model has %d at %r' % (
                    d, M[i][1], ctx(M, i))
            i += 1
            j += 1
            continue
        if ch == '-' and j + 1 < len(O) and O[j + 1][0] == 'LB':
            j += 1                              # a soft-hyphen break
            continue
        if ch == ' ' and i < len(M) and i > 0 and M[i - 1][0] == ' ':
            j += 1
            continue
        return 'output has %r where the model has %r' % (
            ''.join(x[1] if x[0] == 'c' else '/' for x in O[j:j + 30]),
            ctx(M, i))
    while i < len(M) and M[i][0] == ' ':
        i += 1
    if i < len(M):
        return 'words missing from the output: %r' % ctx(M, i)
    return None


def join_without_space(O, j):
    """The join rule of doc/text-format.md for the line break O[j]:
    True (no space), False (a space); None when a soft-hyphen '-' ends
    the line (the model may have either)."""
    prev = O[j - 1][1]
    nxt = O[j + 1][1]
    if prev == '-':
        pp = O[j - 2] if j >= 2 else ('LB',)
        if pp[0] == 'c' and pp[1] != ' ':
            return None                 # a hyphen, or a soft one
    if prev == '\u200b' or width(prev) == 2 or width(nxt) == 2:
        return True
    return False


def ctx(M, i):
    return ''.join(c for c, _ in M[i:i + 30])


def header_of(c):
    a, d = norm(c.get('author')) or None, norm(c.get('date')) or None
    parts = []
    if a:
        parts.append(a)
    if d:
        parts.append(('· ' if not a else '') + d)
    return ' · '.join(parts) if a else ''.join(parts)


def check_props(name, w, doc, text):
    errs = []

    def err(msg, ln=None):
        errs.append('%s (width %d)%s: %s' % (
            name, w, '' if ln is None else ':%d' % (ln + 1), msg))

    # T1
    if '\r' in text:
        err('CR in the output')
    if '\t' in text:
        err('tab in the output')
    if SHY in text:
        err('soft hyphen left in the output')
    if text and not text.endswith('\n'):
        err('no final newline')
    lines = text.split('\n')[:-1]
    for k, l in enumerate(lines):
        if l.endswith(' '):
            err('trailing space', k)
    # structure: head, body, thread
    k = 0
    header_lines_title = {}
    title_lines = []
    while k < len(lines) and not re.fullmatch(r'={3,}', lines[k]):
        title_lines.append(lines[k])
        k += 1
    if k == len(lines):
        err('no title rule')
        return errs
    want_title = norm(doc.get('title')).replace(SHY, '')
    if ' '.join(title_lines) != want_title:
        err('title %r, model %r' % (' '.join(title_lines), want_title))
    if title_lines and len(lines[k]) != max([3] + [width(t) for t in title_lines]):
        err('rule not as wide as the title', k)
    for x in range(k):
        header_lines_title[x] = lines[x]
    k += 1
    meta = []
    while k < len(lines) and lines[k] != '':
        header_lines_title[k] = lines[k].strip(' ')
        meta.append(lines[k])
        k += 1
    url = norm(doc.get('url'))
    if url:
        if not meta or meta[-1] != url:
            err('post URL missing')
        else:
            meta.pop()
    want = header_of(doc)
    if ' '.join(x.strip() for x in meta) != want:
        err('post header %r, model %r' % (' '.join(meta), want))
    heads = [n for n in range(k, len(lines) - 1)
             if lines[n] == 'Comments' and lines[n + 1] == '--------']
    comments = comments_in_order(doc)
    has_thread = bool(comments) or doc.get('comments_closed')
    end_body = heads[-1] if has_thread and heads else len(lines)
    if has_thread and not heads:
        err('no Comments heading')
    codes = set()
    M = []
    model_stream(doc.get('body'), M, codes)
    units = [('body', lines[k:end_body], M)]
    # the thread: marker lines in order
    header_lines = dict(header_lines_title)
    cap = cap_depth(w)
    n = end_body + 2
    top = 0
    ci = 0
    tail = len(lines)
    if doc.get('comments_closed') and lines and lines[-1] == 'Comments are closed.':
        tail -= 1
    while ci < len(comments) and n < tail:
        c, d = comments[ci]
        shown = min(d, cap)
        if d == 1:
            top += 1
            marker = '%2d. ' % top
        else:
            marker = ' ' * (4 * (shown - 1)) + '\u2022 '
        textcol = len(marker) if d == 1 else 4 * (shown - 1) + 2
        while n < tail and lines[n] == '':
            n += 1
        if n >= tail or not lines[n].startswith(marker.rstrip(' ')):
            err('comment %d (depth %d): marker %r expected, got %r' % (
                ci + 1, d, marker, lines[n] if n < tail else 'EOF'), n)
            return errs
        head = lines[n][len(marker):]
        header_lines[n] = head
        n += 1
        # header continuation: right after the marker line, at exactly
        # textcol + 2 (no block starts there; code sits at textcol + 4)
        while head and n < tail and \
                re.match(' {%d}[^ ]' % (textcol + 2), lines[n]):
            head += ' ' + lines[n].strip(' ')
            header_lines[n] = lines[n].strip(' ')
            n += 1
        want = header_of(c)
        if (d > cap) != ('\u21b3 in reply to ' in head):
            err('comment %d (depth %d, cap %d): header %r' % (
                ci + 1, d, cap, head))
        bare = re.sub(r'(^| \u00b7 )\u21b3 in reply to .*$', '', head)
        if bare != want:
            err('comment %d: header %r, model %r' % (ci + 1, head, want))
        start = n
        while n < tail and not _is_marker(lines[n]):
            n += 1
        body = lines[start:n]
        for x, l in enumerate(body):
            if l and not l.startswith(' ' * textcol):
                err('comment %d: line outside its indentation (%d)' % (
                    ci + 1, textcol), start + x)
        Mc = []
        model_stream(c.get('body'), Mc, codes)
        units.append(('comment %d' % (ci + 1),
                      [l[textcol:] for l in body], Mc))
        ci += 1
    if ci < len(comments):
        err('%d comments written, model has %d' % (ci, len(comments)))
    # T3/T4 per unit
    for uname, ulines, Mu in units:
        msg = align(Mu, output_stream(ulines, codes))
        if msg:
            err('%s: %s' % (uname, msg))
    # T2
    if w > 0:
        for x, l in enumerate(lines):
            lw = width(l)
            if lw <= w:
                continue
            if any(l.endswith(cl) and l[:-len(cl)].strip(' >') == ''
                   for cl in codes if width(cl) <= lw):
                continue                        # a code line
            if x in header_lines:
                h = header_lines[x]
                if not any(h[i - 1] == ' ' and h[i] != ' ' and
                           not STRUCT.match(h, i) for i in range(1, len(h))):
                    continue                    # a header breaks at spaces
            else:
                depth, items, content = parse_line(l)
                if content.startswith('\\'):
                    content = content[1:]
                if not breakable(content):
                    continue                    # one unbreakable token
            err('line %d columns wide: %r' % (lw, l), x)
    return errs


def _is_marker(l):
    return bool(re.match(r'( ?\d+\. |\d{3,}\. |( {4})+\u2022 )', l)) or \
        l.rstrip() in ('\u2022',) or bool(re.fullmatch(r' ?\d+\.', l)) or \
        bool(re.fullmatch(r'( {4})+\u2022', l))


def project(doc):
    """What a round trip keeps: title, post author/date, and per comment
    (in order) depth, author, date and quote texts."""
    def quotes(blocks):
        out = []
        stack = [(b, 0) for b in reversed(blocks or [])]
        while stack:
            b, q = stack.pop()
            if isinstance(b, list):
                stack.extend((x, q) for x in reversed(b))
                continue
            t = b.get('type')
            if t == 'quote':
                stack.extend((x, q + 1) for x in reversed(b.get('blocks') or []))
            elif t == 'list':
                stack.extend((x, q) for x in reversed(b.get('items') or []))
            elif q > 0 and t in ('paragraph', 'heading', 'code'):
                out.append((q, norm(b.get('text')).replace(SHY, '')))
        return out
    head = {'title': norm(doc.get('title')) or None,
            'author': norm(doc.get('author')) or None,
            'date': norm(doc.get('date')) or None}
    cs = [(d, norm(c.get('author')) or None, norm(c.get('date')) or None,
           quotes(c.get('body'))) for c, d in comments_in_order(doc)]
    return head, cs


def check_roundtrip(name, a, b):
    """[(kind, message)]: kind is title, post-author, post-date, tree,
    author, date or quote."""
    errs = []
    ha, ca = project(a)
    hb, cb = project(b)
    for k in ('title', 'author', 'date'):
        if ha[k] != hb[k]:
            kind = k if k == 'title' else 'post-' + k
            errs.append((kind, '%s: %s: %r became %r' % (
                name, kind, ha[k], hb[k])))
    for i, (x, y) in enumerate(zip(ca, cb)):
        for kind, u, v in (('tree', x[0], y[0]), ('author', x[1], y[1]),
                           ('date', x[2], y[2]), ('quote', x[3], y[3])):
            if u != v:
                errs.append((kind, '%s: comment %d: %s: %r became %r' % (
                    name, i + 1, kind, u, v)))
        if x[0] != y[0]:
            break                       # the rest of the tree is shifted
    else:
        if len(ca) != len(cb):
            errs.append(('tree', '%s: tree: %d comments became %d' % (
                name, len(ca), len(cb))))
    return errs


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ('props', 'roundtrip'):
        sys.stderr.write(__doc__)
        return 2
    mode = sys.argv[1]
    passed = failed = 0
    kinds = {}
    with open(sys.argv[2], encoding='utf-8') as f:
        cases = [l.rstrip('\n').split('\t') for l in f if l.strip()]
    for case in cases:
        try:
            if mode == 'props':
                name, w, jf, tf = case
                with open(jf, encoding='utf-8') as f:
                    doc = json.load(f)
                with open(tf, 'rb') as f:
                    raw = f.read()
                try:
                    text = raw.decode('utf-8')
                except UnicodeDecodeError as e:
                    errs = ['%s (width %s): not UTF-8: %s' % (name, w, e)]
                else:
                    errs = check_props(name, int(w), doc, text)
            else:
                name, ja, jb = case
                with open(ja, encoding='utf-8') as f:
                    a = json.load(f)
                with open(jb, encoding='utf-8') as f:
                    b = json.load(f)
                errs = check_roundtrip(name, a, b)
        except (OSError, ValueError) as e:
            errs = [('error', '%s: %s' % (case[0], e))] \
                if mode == 'roundtrip' else ['%s: %s' % (case[0], e)]
        if errs:
            failed += 1
            if mode == 'roundtrip':
                for kind in sorted(set(k for k, _ in errs)):
                    kinds[kind] = kinds.get(kind, 0) + 1
                errs = [m for _, m in errs]
            for e in errs[:5]:
                print('FAIL ' + e)
            if len(errs) > 5:
                print('FAIL %s: ... %d more' % (case[0], len(errs) - 5))
        else:
            passed += 1
    print('text %s: %d passed, %d failed%s' % (
        mode, passed, failed, '' if not kinds else
        ' (cases failing on: ' + ', '.join(
            '%s %d' % kv for kv in sorted(kinds.items())) + ')'))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
