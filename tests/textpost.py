#!/usr/bin/env python3
"""textpost.py [-v] [-u] QUIRE SHARED -- score the post's header (title,
author, date) and body words that `QUIRE -f text -t json` reads from the
corpus dumps SHARED/corpus/text/NAME.DUMPER.txt.  The oracle is quire's
own reading of the same page's HTML (SHARED/corpus/html/NAME.html); a
title also counts right when it is the truth's title (the page's <title>)
with a " | Site"-like suffix cut.  gen-thread dumps are scored against
their --truth post fields.  Body words: the share of the dump body's
words that the HTML body also has (precision) and the share of the HTML
body's words found (recall).  Prints one line per dumper (-v: per dump)
and fails when a figure falls below tests/textpost.floors
(DUMPER titles authors dates precision recall); -u rewrites it."""
import json, os, re, subprocess, sys, tempfile

DUMPERS = ('lynx', 'w3m', 'links', 'html2text')
FLOORS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      'textpost.floors')
SEPS = (' | ', ' : ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » ', ' · ')


def norm(s):
    return ' '.join((s or '').split()).casefold()


def read(q, args):
    r = subprocess.run([q, '-t', 'json'] + args, capture_output=True,
                       timeout=120)
    try:
        return json.loads(r.stdout)
    except ValueError:
        return {}


def texts(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == 'text' and isinstance(x, str):
                out.append(x)
            elif k != 'inlines':
                texts(x, out)
    elif isinstance(v, list):
        for x in v:
            texts(x, out)
    return out


def words(doc):
    return set(re.findall(r'\w+', ' '.join(texts(doc.get('body') or [], [])).casefold()))


def title_ok(got, want, truth):
    g = norm(got)
    if not g:
        return False
    if g == norm(want):
        return True
    t = norm(truth)
    if g == t:
        return True
    for sep in SEPS:
        if sep in t and (g == t.rsplit(sep, 1)[0].strip() or
                         g == t.split(sep, 1)[0].strip()):
            return True
    return False


def corpus(q, shared, verbose):
    hdir = os.path.join(shared, 'corpus', 'html')
    tdir = os.path.join(shared, 'corpus', 'text')
    res = {}
    for n in sorted(f[:-5] for f in os.listdir(hdir) if f.endswith('.html')):
        html = read(q, [os.path.join(hdir, n + '.html')])
        tp = os.path.join(shared, 'corpus', 'truth', n + '.json')
        truth = json.load(open(tp, encoding='utf-8')) if os.path.exists(tp) else {}
        hw = words(html)
        for t in DUMPERS:
            p = os.path.join(tdir, f'{n}.{t}.txt')
            if not os.path.exists(p):
                continue
            d = read(q, ['-f', 'text', p])
            s = res.setdefault(t, [0] * 8)
            ok = [title_ok(d.get('title'), html.get('title'), truth.get('title')),
                  bool(html.get('author')) and norm(d.get('author')) == norm(html.get('author')),
                  bool(html.get('date')) and (d.get('date') or '')[:10] == html['date'][:10]]
            dw = words(d)
            s[0] += 1
            s[1] += ok[0]
            s[2] += ok[1]
            s[3] += ok[2]
            s[4] += len(dw & hw)
            s[5] += len(dw)
            s[6] += len(hw & dw)
            s[7] += len(hw)
            if verbose:
                print(f'textpost: {t:9s} {n:24s} title {int(ok[0])} author '
                      f'{int(ok[1])} date {int(ok[2])} words {len(dw & hw)}/'
                      f'{len(dw)}/{len(hw)}  {d.get("title")!r}')
    return res


def genthread(q, shared, verbose):
    gen = os.path.join(shared, 'tools', 'gen-thread')
    s = [0] * 8
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, 11):
            dump, tj = os.path.join(tmp, 'd.txt'), os.path.join(tmp, 't.json')
            subprocess.run([gen, '--comments', '5', '--seed', str(seed),
                            '--format', 'text', '--truth', tj, '-o', dump],
                           check=True, capture_output=True)
            truth = json.load(open(tj, encoding='utf-8'))
            post = truth.get('post', truth)
            d = read(q, ['-f', 'text', dump])
            ok = [norm(d.get('title')) == norm(post.get('title')),
                  norm(d.get('author')) == norm(post.get('author')),
                  (d.get('date') or '')[:10] == (post.get('date') or '')[:10]]
            s[0] += 1
            for i in range(3):
                s[1 + i] += ok[i]
            if verbose:
                print(f'textpost: gen-thread seed {seed:2d} title {int(ok[0])} '
                      f'author {int(ok[1])} date {int(ok[2])}  {d.get("title")!r}')
    return s


def main(argv):
    verbose = update = False
    while argv and argv[0] in ('-v', '-u'):
        verbose |= argv[0] == '-v'
        update |= argv[0] == '-u'
        argv = argv[1:]
    q, shared = argv
    if not os.path.isdir(os.path.join(shared, 'corpus', 'text')):
        print(f'textpost: skipped ({shared}/corpus not found)')
        return 0
    res = corpus(q, shared, verbose)
    res['gen-thread'] = genthread(q, shared, verbose)
    floors = {}
    if os.path.exists(FLOORS):
        for ln in open(FLOORS, encoding='utf-8'):
            f = ln.split()
            if f and not f[0].startswith('#'):
                floors[f[0]] = [float(x) for x in f[1:6]]
    status, out = 0, []
    for t, s in res.items():
        prec = 100.0 * s[4] / s[5] if s[5] else 100.0
        rec = 100.0 * s[6] / s[7] if s[7] else 100.0
        fig = [s[1], s[2], s[3], round(prec, 1), round(rec, 1)]
        line = (f'textpost: {t:10s} {s[0]:3d} dumps: titles {s[1]}, authors '
                f'{s[2]}, dates {s[3]}')
        if t != 'gen-thread':
            line += f', body words {prec:.1f}% in html, {rec:.1f}% of html found'
        print(line)
        fl = floors.get(t)
        if fl and any(a < b for a, b in zip(fig, fl)):
            print(f'textpost: {t} below its floor {fl}')
            status = 1
        out.append(f'{t} ' + ' '.join(str(x) for x in fig))
    if update:
        with open(FLOORS, 'w', encoding='utf-8') as f:
            f.write('# DUMPER titles authors dates body-precision% body-recall%'
                    ' (tests/textpost.py -u)\n' + '\n'.join(out) + '\n')
    return 0 if update else status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
