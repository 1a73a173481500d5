#!/bin/sh
# text-roundtrip.sh QUIRE TEXT-DUMP [SHARED] -- T5: quire's text output,
# read back with `quire -f text -t json`, gives the same thread tree,
# quotes, authors and dates (and title) as the model it was written
# from.  Models: the text writer's test models, the samples, the goldens
# and every corpus page this build's readers can read; widths 72, 40,
# 20 and 0.  Skips with a notice while the text reader is not built.
# Prints pass/fail counts and the kinds of failures (tests/text_check.py).
q=${1:?usage: text-roundtrip.sh QUIRE TEXT-DUMP [SHARED]}
dump=${2:?usage: text-roundtrip.sh QUIRE TEXT-DUMP [SHARED]}
shared=${3:-../shared}
here=$(dirname "$0")
widths="72 40 20 0"
if echo x | "$q" -f text -t json 2>&1 >/dev/null | grep -q 'not available'; then
	echo "text-roundtrip: skipped: the text reader is not built yet"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "text-roundtrip: skipped: no python3"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
list=$tmp/list
: >"$list"
fail=0

back() {	# back TXT JSON-BEFORE LABEL: read TXT back, add the pair
	if "$q" -f text -t json "$1" >"$1.back.json" 2>"$tmp/err"; then
		printf '%s\t%s\t%s\n' "$3" "$2" "$1.back.json" >>"$list"
	else
		echo "FAIL $3: the text reader refused quire's output:" \
		    "$(head -c 300 "$tmp/err")"
		fail=$((fail + 1))
	fi
}

# shellcheck disable=SC2086
"$dump" "$tmp" $widths || exit 1
for j in "$tmp"/*.json; do
	name=$(basename "$j" .json)
	for w in $widths; do
		back "$tmp/$name.w$w.txt" "$j" "model $name (width $w)"
	done
done

n=0
add() {	# add FILE FORMAT LABEL
	n=$((n + 1))
	"$q" -f "$2" -t json "$1" >"$tmp/in$n.json" 2>/dev/null || return
	for w in $widths; do
		"$q" -f "$2" -t text -w "$w" "$1" >"$tmp/in$n.w$w.txt" \
		    2>/dev/null || continue
		back "$tmp/in$n.w$w.txt" "$tmp/in$n.json" "$3 (width $w)"
	done
}
for f in "$here"/../samples/*.html "$here"/golden/*.html \
    "$shared"/corpus/html/*.html; do
	[ -f "$f" ] || continue
	case "$f" in *.out.*) continue ;; esac
	add "$f" html "$(basename "$f")"
done
for f in "$here"/../samples/*.txt "$here"/golden/*.txt \
    "$shared"/corpus/text/*.txt; do
	[ -f "$f" ] || continue
	case "$f" in *.out.*) continue ;; esac
	add "$f" text "$(basename "$f")"
done
[ -d "$shared/corpus" ] || echo "text-roundtrip: corpus skipped: no $shared/corpus"

python3 "$here/text_check.py" roundtrip "$list"
rc=$?
[ $fail -gt 0 ] && echo "text-roundtrip: $fail outputs refused by the reader" && rc=1
exit $rc
