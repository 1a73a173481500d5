#!/bin/sh
# text-scale.sh QUIRE [SHARED] -- the text reader at scale (issue 3,
# item 4; issue 9, item 2):
#
#  1. gen-thread text dumps read back to exactly the tree of their truth
#     file: every comment in order, under its parent, with its author,
#     its date (to the minute) and its number of paragraphs -- 3,000
#     comments at depth 200, and a chain drawn 500 levels deep;
#  2. a 100,000-deep reply chain in quire's own text layout (past the
#     nesting cap each reply names whom it answers) reads to one chain of
#     100,000 comments: no stack overflow, no quadratic walk (the run
#     takes seconds; a quadratic reader would take hours).
#
# The dumps need ../shared/tools/gen-thread: without it part 1 skips with
# a one-line notice.  No timed assertions.
q=${1:?usage: text-scale.sh QUIRE [SHARED]}
shared=${2:-../shared}
gen=$shared/tools/gen-thread
if echo x | "$q" -f text -t json 2>&1 >/dev/null | grep -q 'not available'; then
	echo "text-scale: skipped: the text reader is not built yet"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "text-scale: skipped: no python3"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# tree TRUTH OUT: the output's comments against the truth, in document
# order; prints the differences (at most 5) and "N comments, M wrong".
# Walks both trees with explicit stacks, and parses the output with
# enough recursion room for deep threads (Python's json recurses).
tree() {
	python3 - "$1" "$2" <<'PY'
import json, sys, threading
sys.setrecursionlimit(100000)
threading.stack_size(256 << 20)
def paras(blocks):
    n, todo = 0, list(blocks or [])
    while todo:
        b = todo.pop()
        if b.get('type') == 'quote':
            todo.extend(b.get('blocks') or [])
        else:
            n += 1
    return n
def main():
    truth = json.load(open(sys.argv[1], encoding='utf-8'))
    out = json.load(open(sys.argv[2], encoding='utf-8'))
    tc = truth['comments']
    pos = {c['id']: i for i, c in enumerate(tc)}
    flat, stack = [], [(c, -1) for c in reversed(out.get('comments') or [])]
    while stack:
        c, p = stack.pop()
        flat.append((p, c))
        stack.extend((r, len(flat) - 1) for r in reversed(c.get('replies') or []))
    wrong = 0
    if len(flat) != len(tc):
        print("  %d comments read, the truth has %d" % (len(flat), len(tc)))
        wrong += 1
    for i, (t, (p, c)) in enumerate(zip(tc, flat)):
        e = []
        tp = pos[t['parent']] if t['parent'] else -1
        if p != tp:
            e.append("parent #%d, not #%d" % (p + 1, tp + 1))
        if c.get('author') != t['author']:
            e.append("author %r, not %r" % (c.get('author'), t['author']))
        if (c.get('date') or '')[:16] != t['date'][:16]:
            e.append("date %r, not %r" % (c.get('date'), t['date']))
        if paras(c.get('body')) != t['paragraphs']:
            e.append("%d paragraphs, not %d" % (paras(c.get('body')), t['paragraphs']))
        if e:
            wrong += 1
            if wrong <= 5:
                print("  comment #%d (id %s): %s" % (i + 1, t['id'], "; ".join(e)))
    print("%d comments, %d wrong" % (len(tc), wrong))
th = threading.Thread(target=main)
th.start()
th.join()
PY
}

# readback LABEL GEN-ARGS...: a gen-thread dump read back exactly
readback() {
	label=$1
	shift
	if ! "$gen" --format text --truth "$tmp/t.json" -o "$tmp/d.txt" "$@"; then
		bad "$label: gen-thread $*"
		return
	fi
	if ! "$q" -f text -t json -o "$tmp/d.json" "$tmp/d.txt" 2>"$tmp/err"; then
		bad "$label: quire failed: $(head -c 300 "$tmp/err")"
		return
	fi
	tree "$tmp/t.json" "$tmp/d.json" >"$tmp/tree" 2>&1
	if tail -n 1 "$tmp/tree" | grep -q ' 0 wrong$'; then
		ok
	else
		bad "$label: not the truth's tree:"
		cat "$tmp/tree"
	fi
}

if [ -x "$gen" ]; then
	readback "3,000 comments, depth 200" --comments 3000 --depth 200 --seed 3
	readback "500-deep chain" --comments 500 --depth 500 --seed 5
else
	echo "text-scale: gen-thread dumps skipped: no $gen beside this clone"
fi

# A 100,000-deep chain in quire's layout: 1. A0, then replies at the
# columns of depth 2..8, then capped at depth 8's columns, each naming
# its parent ("↳ in reply to A(i-1)").
n=100000
awk -v n=$n 'BEGIN {
	printf "Chain\n=====\n\nA post.\n\nComments\n--------\n\n"
	printf " 1. A0\n    text 0\n\n"
	for (i = 1; i < n; i++) {
		d = i + 1
		col = d <= 8 ? 4 * (d - 1) : 28
		printf "%*s\342\200\242 A%d", col, "", i
		if (d > 8)
			printf " \302\267 \342\206\263 in reply to A%d", i - 1
		printf "\n%*stext %d\n\n", col + 2, "", i
	}
}' >"$tmp/chain.txt"
if "$q" -f text -t json -o "$tmp/chain.json" "$tmp/chain.txt" 2>"$tmp/err"; then
	# comments, the deepest bracket nesting and the last comment's
	# author, without recursion: strings dropped, brackets counted
	got=$(python3 - "$tmp/chain.json" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
last = re.findall(r'"author": "(A[0-9]+)"', s)
s = re.sub(r'"(?:[^"\\]|\\.)*"', '', s)
depth = top = 0
for c in re.sub(r'[^\[\]{}]', '', s):
    depth += 1 if c in '[{' else -1
    top = max(top, depth)
print(len(last), top, last[-1] if last else '-', depth)
PY
)
	set -- $got
	# a chain: every comment one level (its object and its replies
	# array) below the one before
	if [ "$1" = $n ] && [ "$2" -ge $((2 * n)) ] && [ "$3" = A$((n - 1)) ] &&
	    [ "$4" = 0 ]; then
		ok
	else
		bad "100,000-deep chain: read as '$got' (comments, nesting, last author, balance)"
	fi
else
	bad "100,000-deep chain: quire failed: $(head -c 300 "$tmp/err")"
fi

echo "text-scale: $pass passed, $fail failed"
[ $fail -eq 0 ]
