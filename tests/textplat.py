#!/usr/bin/env python3
"""textplat.py [-v] [-u] QUIRE DIR -- read every plain-text dump
DIR/text/NAME.DUMPER.txt (DUMPER: lynx w3m links html2text, made by
DIR/text/make-dumps.sh from DIR/NAME.html) with `QUIRE -f text -t json` and
score its thread against DIR/NAME.json with platforms.py's scorer (the
corpus scorer's rules: found, placed, authors, false).  Prints one line per
dumper (-v: one per dump) and fails when a dumper's totals fall below the
floors in DIR/text/floors.tsv (DUMPER min-found min-placed max-false);
-u rewrites floors.tsv with the figures reached."""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from platforms import score  # noqa: E402  (one scorer for both checks)

DUMPERS = ('lynx', 'w3m', 'links', 'html2text')


def main(argv):
    verbose = update = False
    while argv and argv[0] in ('-v', '-u'):
        verbose |= argv[0] == '-v'
        update |= argv[0] == '-u'
        argv = argv[1:]
    q, d = argv
    tdir = os.path.join(d, 'text')
    ff = os.path.join(tdir, 'floors.tsv')
    floors = {}
    if os.path.exists(ff):
        for ln in open(ff, encoding='utf-8'):
            f = ln.split()
            if f and not f[0].startswith('#'):
                floors[f[0]] = [int(x) for x in f[1:4]]
    names = sorted(n[:-5] for n in os.listdir(d) if n.endswith('.html'))
    status, reached = 0, {}
    for t in DUMPERS:
        tot = [0] * 5
        dumps = 0
        for n in names:
            p = os.path.join(tdir, f'{n}.{t}.txt')
            if not os.path.exists(p):
                continue
            dumps += 1
            truth = json.load(open(os.path.join(d, n + '.json'), encoding='utf-8'))
            r = subprocess.run([q, '-f', 'text', '-t', 'json', p],
                               capture_output=True, timeout=60)
            try:
                outdoc = json.loads(r.stdout)
            except ValueError:
                outdoc = None
            if r.returncode != 0 or outdoc is None:
                print(f'textplat: {n}.{t}.txt: no output (exit {r.returncode})')
                status = 1
            s = score(truth, outdoc)
            tot = [a + b for a, b in zip(tot, s)]
            if verbose:
                print(f'textplat: {t:9s} {n:14s} truth {s[0]:2d} found {s[1]:2d} '
                      f'placed {s[2]:2d} authors {s[3]:2d} false {s[4]:2d}')
        if dumps == 0:
            print(f'textplat: no {tdir}/NAME.{t}.txt dumps')
            status = 1
            continue
        reached[t] = [tot[1], tot[2], tot[4]]
        fl = floors.get(t)
        mark = 'ok'
        if not update and (fl is None or tot[1] < fl[0] or tot[2] < fl[1] or tot[4] > fl[2]):
            mark = ('FAIL (floors: found >= %d, placed >= %d, false <= %d)' % tuple(fl)
                    if fl else 'FAIL (no floors line)')
            status = 1
        pct = (lambda x: 100.0 * x / tot[0]) if tot[0] else (lambda x: 0.0)
        print(f'textplat: {t:9s} {dumps} dumps, {tot[0]} comments: found {tot[1]} ({pct(tot[1]):.1f} %), '
              f'placed {tot[2]} ({pct(tot[2]):.1f} %), authors {tot[3]}, false {tot[4]} '
              f'({pct(tot[4]):.1f} %)  {mark}')
    if update:
        with open(ff, 'w', encoding='utf-8') as f:
            f.write('# DUMPER min-found min-placed max-false (tests/textplat.py -u rewrites)\n')
            for t in DUMPERS:
                if t in reached:
                    f.write('%s\t%d\t%d\t%d\n' % ((t,) + tuple(reached[t])))
        return 0
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
