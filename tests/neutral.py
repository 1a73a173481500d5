#!/usr/bin/env python3
"""neutral.py SRC DST -- copy every SRC/NAME.html and NAME.json into DST
with each class word holding "comment" (any case) renamed to a neutral
one ("comment-body" -> "kx-body", "bComment" -> "bKx"; ids kept): the
pages as a platform whose markup says nothing of comments draws them,
to score the generic rules (make check-generic)."""
import os, re, shutil, sys

CLASS = re.compile(r'''(\sclass\s*=\s*)("[^"]*"|'[^']*')''', re.I)


def neutral(m):
    v = re.sub(r'comment', lambda w: 'Kx' if w.group(0)[0].isupper() else 'kx',
               m.group(2), flags=re.I)
    return m.group(1) + v


def main(argv):
    src, dst = argv
    os.makedirs(dst, exist_ok=True)
    for n in sorted(os.listdir(src)):
        if n.endswith('.html'):
            with open(os.path.join(src, n), encoding='utf-8') as f:
                t = f.read()
            with open(os.path.join(dst, n), 'w', encoding='utf-8') as f:
                f.write(CLASS.sub(neutral, t))
        elif n.endswith('.json'):
            shutil.copy(os.path.join(src, n), os.path.join(dst, n))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
