#!/bin/sh
# text-props.sh QUIRE TEXT-DUMP [SHARED] -- properties T1-T4 of the text
# output (FORMATS.md section 3, doc/text-format.md) at widths 20, 40, 72
# and 0, over the writer's test models (TEXT-DUMP writes them), the
# samples, the goldens and every corpus page that the readers of this
# build can read.  The checks are in tests/text_check.py.
q=${1:?usage: text-props.sh QUIRE TEXT-DUMP [SHARED]}
dump=${2:?usage: text-props.sh QUIRE TEXT-DUMP [SHARED]}
shared=${3:-../shared}
here=$(dirname "$0")
widths="20 40 72 0"
if ! command -v python3 >/dev/null 2>&1; then
	echo "text-props: skipped: no python3"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
list=$tmp/list

# shellcheck disable=SC2086
"$dump" "$tmp" $widths || exit 1
for j in "$tmp"/*.json; do
	name=$(basename "$j" .json)
	for w in $widths; do
		printf 'model %s\t%s\t%s\t%s\n' "$name" "$w" "$j" \
		    "$tmp/$name.w$w.txt" >>"$list"
	done
done

# Inputs read by this build's readers: json first, then the text.
n=0 unread=0
add() {	# add FILE FORMAT LABEL
	n=$((n + 1))
	if ! "$q" -f "$2" -t json "$1" >"$tmp/in$n.json" 2>/dev/null; then
		unread=$((unread + 1))
		return
	fi
	for w in $widths; do
		if ! "$q" -f "$2" -t text -w "$w" "$1" >"$tmp/in$n.w$w.txt" \
		    2>"$tmp/err"; then
			echo "FAIL $3 (width $w): quire -t text: $(cat "$tmp/err")"
			echo "x" >"$tmp/failed"
			continue
		fi
		printf '%s\t%s\t%s\t%s\n' "$3" "$w" "$tmp/in$n.json" \
		    "$tmp/in$n.w$w.txt" >>"$list"
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
[ -d "$shared/corpus" ] || echo "text-props: corpus skipped: no $shared/corpus"
[ $unread -gt 0 ] && echo "text-props: $unread of $n inputs not read" \
    "(readers missing or failing): only the others are checked"

python3 "$here/text_check.py" props "$list"
rc=$?
[ -f "$tmp/failed" ] && rc=1
exit $rc
