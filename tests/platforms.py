#!/usr/bin/env python3
"""platforms.py QUIRE DIR -- read every DIR/NAME.html with `QUIRE -f html -t
json` and score the thread against DIR/NAME.json (the corpus truth shape),
with the corpus scorer's rules: a truth comment is FOUND when an output
comment's text (quotes included, white space collapsed, case and
punctuation ignored) starts with its text_start (40 characters), matching
in page order; PLACED when its parent is the output comment matched to
its truth parent (or both are top level); AUTHOR right when the names
agree; FALSE: output comments that match none.  Each page's figures must
equal its line in DIR/expected.tsv (NAME found placed authors false):
a page that gets better or worse fails until the line is updated, so
every change of behaviour is seen.  -u rewrites expected.tsv.
--floor FOUND,PLACED,AUTHORS,FALSE checks the totals instead of
expected.tsv: each at least its floor, false at most its (make
check-generic: the rules that need no platform alone)."""
import json, os, re, subprocess, sys, unicodedata


def key(s):
    s = unicodedata.normalize('NFC', s or '')
    s = re.sub(r'[\s\u00a0\u200b]+', ' ', s).strip().lower()
    return re.sub(r'[^\w]+', '', s)


def inl_text(inl):
    out = []
    for i in inl or []:
        if i.get('text') is not None:
            out.append(i['text'])
        out.append(inl_text(i.get('children')))
    return ''.join(out)


def blocks_text(blocks):
    parts = []
    for b in blocks or []:
        t = b.get('type')
        if t == 'quote':
            parts.append(blocks_text(b.get('blocks')))
        elif t == 'list':
            for it in b.get('items') or []:
                parts.append(blocks_text(it))
        elif t in ('paragraph', 'heading', 'code'):
            parts.append(b['text'] if b.get('text') is not None
                         else inl_text(b.get('inlines')))
        elif t == 'image':
            parts.append(b.get('alt') or '')
    return ' '.join(p for p in parts if p)


def flatten(cs, truth):
    out, stack = [], [(c, None) for c in reversed(cs or [])]
    while stack:
        c, p = stack.pop()
        i = len(out)
        out.append({'parent': p, 'author': c.get('author'),
                    'key': key(c.get('text_start'))[:40] if truth
                    else key(blocks_text(c.get('body')))})
        for r in reversed(c.get('replies') or []):
            stack.append((r, i))
    return out


def score(truth, outdoc):
    t = flatten(truth.get('comments'), True)
    o = flatten((outdoc or {}).get('comments'), False)
    match, used, j0 = {}, set(), 0
    for i, tc in enumerate(t):
        for j in list(range(j0, len(o))) + list(range(0, j0)):
            if j not in used and o[j]['key'].startswith(tc['key']):
                match[i] = j
                used.add(j)
                j0 = j + 1
                break
    placed = sum(1 for i, j in match.items()
                 if (t[i]['parent'] is None and o[j]['parent'] is None) or
                 (t[i]['parent'] is not None and o[j]['parent'] is not None
                  and match.get(t[i]['parent']) == o[j]['parent']))
    authors = sum(1 for i, j in match.items() if t[i]['author'] and
                  key(o[j]['author']).startswith(key(t[i]['author'])))
    return [len(t), len(match), placed, authors, len(o) - len(used)]


def main(argv):
    update = argv[:1] == ['-u']
    if update:
        argv = argv[1:]
    floor = None
    if argv[:1] == ['--floor']:
        floor = [int(x) for x in argv[1].split(',')]
        argv = argv[2:]
    q, d = argv
    exp, status, lines = {}, 0, []
    ef = os.path.join(d, 'expected.tsv')
    if os.path.exists(ef):
        for ln in open(ef, encoding='utf-8'):
            f = ln.split()
            if f and not f[0].startswith('#'):
                exp[f[0]] = [int(x) for x in f[1:]]
    names = sorted(n[:-5] for n in os.listdir(d) if n.endswith('.html'))
    tot = [0] * 5
    for n in names:
        truth = json.load(open(os.path.join(d, n + '.json'), encoding='utf-8'))
        r = subprocess.run([q, '-f', 'html', '-t', 'json', os.path.join(d, n + '.html')],
                           capture_output=True, timeout=60)
        try:
            outdoc = json.loads(r.stdout)
        except ValueError:
            outdoc = None
        s = score(truth, outdoc)
        tot = [a + b for a, b in zip(tot, s)]
        got = s[1:]
        lines.append(f"{n}\t{got[0]}\t{got[1]}\t{got[2]}\t{got[3]}")
        mark = 'ok'
        if r.returncode != 0 or outdoc is None:
            mark, status = 'FAIL (no output)', 1
        elif floor is not None:
            mark = ''
        elif exp.get(n) != got:
            mark = 'FAIL (expected %s)' % (' '.join(map(str, exp[n])) if n in exp else 'no line')
            status = 1
        print(f"platforms: {n:14s} truth {s[0]:2d} found {s[1]:2d} placed {s[2]:2d} "
              f"authors {s[3]:2d} false {s[4]:2d}  {mark}")
    print(f"platforms: {len(names)} pages, {tot[0]} comments: found {tot[1]}, placed {tot[2]}, "
          f"authors {tot[3]}, false {tot[4]}")
    if floor is not None:
        low = [f'{w} {g} < {f}' for w, g, f in
               zip(('found', 'placed', 'authors'), tot[1:4], floor[:3]) if g < f]
        if tot[4] > floor[3]:
            low.append(f'false {tot[4]} > {floor[3]}')
        print('platforms: floors %s: %s' % (argv[1], 'FAIL (' + '; '.join(low) + ')'
                                             if low else 'ok'))
        return 1 if low or status else 0
    if update:
        with open(ef, 'w', encoding='utf-8') as f:
            f.write('# NAME found placed authors false (tests/platforms.py -u rewrites)\n')
            f.write('\n'.join(lines) + '\n')
        return 0
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
