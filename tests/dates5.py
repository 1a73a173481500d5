#!/usr/bin/env python3
"""Comment dates against the truth: the share of truth comments that
carry a date whose date quire gives equal to the truth's.

  dates5.py [-v] [--floor LABEL=PCT]... QUIRE LABEL:KIND:TRUTHDIR:GLOB...

Each run LABEL converts the files GLOB names (KIND html: NAME.html
pages; KIND text: NAME.TOOL.txt dumps) with `QUIRE -f KIND -t json`,
takes the truth of each from TRUTHDIR/NAME.json, and matches comments
as the corpus scorer does (page order, the truth's text_start against
the start of the comment's text).  The truth's shown date becomes ISO 8601 through
tests/data/corpus-dates.tsv and tests/data/platform-dates.tsv (written
by hand from the shown text, never from quire); "-" there means the
model has no date for it (relative dates), "?" that the truth does not
say the date ("3d" on a page whose markup may: not counted), and a date
shown without a
year takes the year of the page's post (tests/data/dates-noyear.tsv).
A comment counts as right when quire's date has the same day and, where
the truth shows a time, the same hours and minutes; for a "-" date, when
quire gives none.  A comment quire did not find counts as wrong.
Prints one line per run; exits 1 when a run is under its floor.
"""
import glob, json, os, re, subprocess, sys, unicodedata

import platforms    # tests/platforms.py: the scorer's text of a comment

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize('NFC', s or '')
    return re.sub(r'[\s\u00a0\u200b]+', ' ', s).strip()


def key(s):
    return re.sub(r'[^\w]+', '', norm(s).lower())


def blocks_text(blocks):
    return norm(platforms.blocks_text(blocks))


def flat(cs, truth):
    out, stack = [], [c for c in reversed(cs or [])]
    while stack:
        c = stack.pop()
        k = key(c.get('text_start'))[:40] if truth else \
            key(blocks_text(c.get('body')))
        out.append({'key': k, 'date': c.get('date')})
        for r in reversed(c.get('replies') or []):
            stack.append(r)
    return out


def load_tsv(path, cols):
    m = {}
    if not os.path.exists(path):
        return m
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# ') or '\t' not in line:
            continue
        f = line.split('\t')
        if len(f) >= cols:
            m[tuple(f[:cols - 1]) if cols > 2 else f[0]] = f[cols - 1]
    return m


def same(got, want):
    """quire's ISO date "got" says what the truth's "want" says."""
    if want is None:
        return got is None
    if got is None or got[:10] != want[:10]:
        return False
    return len(want) <= 10 or got[10:16] == want[10:16]


def score(truth, outdoc, iso, noyear, page):
    t = flat(truth.get('comments'), True)
    o = flat(outdoc.get('comments'), False) if isinstance(outdoc, dict) \
        else []
    used, j0, n, ok, miss = set(), 0, 0, 0, []
    for tc, src in zip(t, flat_src(truth)):
        shown = src.get('date')
        hit = None
        for j in list(range(j0, len(o))) + list(range(0, j0)):
            if j not in used and (o[j]['key'].startswith(tc['key'])
                                  if tc['key'] else not o[j]['key']):
                hit = j
                break
        if hit is not None:
            used.add(hit)
            j0 = hit + 1
        if not shown:
            continue
        want = noyear.get((page, shown))
        if want is None:
            want = iso.get(shown)
        if want is None:
            raise SystemExit(f'dates5.py: no ISO for the truth date '
                             f'{shown!r} ({page}): add it to '
                             'tests/data/platform-dates.tsv')
        if want == '?':
            continue    # relative ("3d"): the truth does not say when
        want = None if want == '-' else want
        n += 1
        got = o[hit]['date'] if hit is not None else None
        if hit is not None and same(got, want):
            ok += 1
        else:
            miss.append(f'{shown!r} -> {got!r}' if hit is not None else
                        f'{shown!r} -> (comment not found)')
    return n, ok, miss


def flat_src(truth):
    out, stack = [], [c for c in reversed(truth.get('comments') or [])]
    while stack:
        c = stack.pop()
        out.append(c)
        for r in reversed(c.get('replies') or []):
            stack.append(r)
    return out


def main(argv):
    verbose = False
    floors = {}
    args = []
    it = iter(argv)
    for a in it:
        if a == '-v':
            verbose = True
        elif a == '--floor':
            lab, pct = next(it).split('=')
            floors[lab] = float(pct)
        else:
            args.append(a)
    quire, runs = args[0], args[1:]
    data = os.path.join(HERE, 'data')
    iso = load_tsv(os.path.join(data, 'corpus-dates.tsv'), 2)
    iso.update(load_tsv(os.path.join(data, 'platform-dates.tsv'), 2))
    noyear = load_tsv(os.path.join(data, 'dates-noyear.tsv'), 3)
    rc = 0
    for run in runs:
        label, kind, tdir, pat = run.split(':', 3)
        n = ok = pages = 0
        for f in sorted(glob.glob(pat)):
            base = os.path.basename(f)
            page = base.split('.')[0]
            tp = os.path.join(tdir, page + '.json')
            if not os.path.exists(tp):
                continue
            truth = json.load(open(tp, encoding='utf-8'))
            p = subprocess.run([quire, '-f', kind, '-t', 'json', f],
                               capture_output=True, timeout=60)
            try:
                outdoc = json.loads(p.stdout.decode('utf-8'))
            except ValueError:
                outdoc = None
            pn, pok, miss = score(truth, outdoc, iso, noyear, page)
            if pn == 0:
                continue
            pages += 1
            n += pn
            ok += pok
            if verbose and miss:
                print(f'  {base}: {pok}/{pn}; ' + '; '.join(miss[:3]))
        share = 100.0 * ok / max(n, 1)
        fl = floors.get(label)
        low = fl is not None and round(share, 1) < fl
        print(f'{label}: {pages} pages, {n} dated comments, dates right '
              f'{ok} ({share:.1f}%)' +
              (f' -- under the floor {fl:.1f}%' if low else
               f' (floor {fl:.1f}%)' if fl is not None else ''))
        rc |= low
    return rc


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
