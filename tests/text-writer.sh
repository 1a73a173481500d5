#!/bin/sh
# text-writer.sh QUIRE TEXT-DUMP [SHARED] -- the plain-text writer's
# checks (FORMATS.md section 3, doc/text-format.md) over the writer's
# test models (TEXT-DUMP writes them), the samples, the goldens and
# every corpus page that this build's readers can read, at widths 72,
# 40, 20 and 0:
#   T1-T4  properties of each output (tests/text_check.py props);
#   T5     the output read back with `quire -f text -t json` gives the
#          same tree, quotes, authors and dates (text_check.py roundtrip),
#          held to a floor of passing cases (tests/text-roundtrip.floor:
#          raise it as the reader improves, never lower it to make a
#          change pass).
# Each output is made once, by quire's own batch mode (-j0 -o DIR), so
# the script starts a few dozen processes, not thousands.
q=${1:?usage: text-writer.sh QUIRE TEXT-DUMP [SHARED]}
dump=${2:?usage: text-writer.sh QUIRE TEXT-DUMP [SHARED]}
shared=${3:-../shared}
here=$(dirname "$0")
widths="72 40 20 0"
if ! command -v python3 >/dev/null 2>&1; then
	echo "text-writer: skipped: no python3"
	exit 0
fi
reader=yes
if echo x | "$q" -f text -t json 2>&1 >/dev/null | grep -q 'not available'; then
	echo "text-writer: round trip skipped: the text reader is not built"
	reader=no
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/m" "$tmp/mb" "$tmp/in" "$tmp/j" || exit 1
: >"$tmp/props"
: >"$tmp/rt"
: >"$tmp/labels"
rc=0

# The writer's test models: NAME.json and NAME.wW.txt.
# shellcheck disable=SC2086
"$dump" "$tmp/m" $widths || exit 1
for j in "$tmp"/m/*.json; do
	name=$(basename "$j" .json)
	for w in $widths; do
		printf 'model %s\t%s\t%s\t%s\n' "$name" "$w" "$j" \
		    "$tmp/m/$name.w$w.txt" >>"$tmp/props"
		printf 'model %s (width %s)\t%s\t%s\n' "$name" "$w" "$j" \
		    "$tmp/mb/$name.w$w.json" >>"$tmp/rt"
	done
done

# The inputs, as links with unique names (N.html, N.txt) so that the
# batch's output names (N.json, N.txt) cannot collide.
n=0
link() {	# link FILE EXT
	n=$((n + 1))
	ln -s "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" \
	    "$tmp/in/$n.$2" || exit 1
	printf '%s\t%s\n' "$n" "$(basename "$1")" >>"$tmp/labels"
}
for f in "$here"/../samples/*.html "$here"/golden/*.html \
    "$shared"/corpus/html/*.html; do
	[ -f "$f" ] && link "$f" html
done
for f in "$here"/../samples/*.txt "$here"/golden/*.txt \
    "$shared"/corpus/text/*.txt; do
	[ -f "$f" ] || continue
	case "$f" in *.out.*) continue ;; esac
	link "$f" txt
done
[ -d "$shared/corpus" ] || echo "text-writer: corpus skipped: no $shared/corpus"

# batch FORMAT EXT DIR [OPTION...]: convert every input of the kind EXT
# into DIR; an input a reader refuses just has no output.
batch() {
	fmt=$1 ext=$2 dir=$3
	shift 3
	for f in "$tmp"/in/*."$ext"; do
		[ -e "$f" ] || return 0
		break
	done
	"$q" -q -j0 -f "$fmt" -o "$dir" "$@" "$tmp"/in/*."$ext" 2>/dev/null
	return 0
}
batch html html "$tmp/j" -t json
batch text txt "$tmp/j" -t json
unread=0
for w in $widths; do
	mkdir "$tmp/w$w" "$tmp/b$w" || exit 1
	batch html html "$tmp/w$w" -t text -w "$w"
	batch text txt "$tmp/w$w" -t text -w "$w"
done
while IFS="$(printf '\t')" read -r i label; do
	if [ ! -f "$tmp/j/$i.json" ]; then
		unread=$((unread + 1))
		continue
	fi
	for w in $widths; do
		if [ ! -f "$tmp/w$w/$i.txt" ]; then
			echo "FAIL $label (width $w): quire -t text failed" \
			    "where -t json did not"
			rc=1
			continue
		fi
		printf '%s\t%s\t%s\t%s\n' "$label" "$w" "$tmp/j/$i.json" \
		    "$tmp/w$w/$i.txt" >>"$tmp/props"
		printf '%s (width %s)\t%s\t%s\n' "$label" "$w" "$tmp/j/$i.json" \
		    "$tmp/b$w/$i.json" >>"$tmp/rt"
	done
done <"$tmp/labels"
[ $unread -gt 0 ] && echo "text-writer: $unread of $n inputs not read" \
    "(readers missing or failing): only the others are checked"

python3 "$here/text_check.py" props "$tmp/props" || rc=1
[ $reader = yes ] || exit $rc

# T5: read every output back (the models' outputs too).
"$q" -q -j0 -f text -t json -o "$tmp/mb" "$tmp"/m/*.txt 2>/dev/null
for w in $widths; do
	set -- "$tmp/w$w"/*.txt
	[ -e "$1" ] && "$q" -q -j0 -f text -t json -o "$tmp/b$w" "$@" \
	    2>/dev/null
done
refused=0
while IFS="$(printf '\t')" read -r label a b; do
	if [ ! -f "$b" ]; then
		echo "FAIL $label: the text reader refused quire's output"
		refused=$((refused + 1))
	fi
done <"$tmp/rt"
python3 "$here/text_check.py" roundtrip "$tmp/rt" >"$tmp/out"
grep -v '^FAIL' "$tmp/out"
grep '^FAIL' "$tmp/out" | head -n "${TEXT_RT_SHOW:-20}"
passed=$(sed -n 's/^text roundtrip: \([0-9]*\) passed.*/\1/p' "$tmp/out")
failed=$(sed -n 's/^text roundtrip: [0-9]* passed, \([0-9]*\) failed.*/\1/p' "$tmp/out")
floor=$(sed -n 's/^\([0-9][0-9]*\).*/\1/p' "$here/text-roundtrip.floor" | head -1)
# The floor counts the corpus's cases; without the corpus every case
# that is left must pass.
[ -d "$shared/corpus" ] || floor=$((${passed:-0} + ${failed:-1}))
if [ -z "$passed" ] || [ "$passed" -lt "${floor:-0}" ]; then
	echo "text-roundtrip: ${passed:-no} cases passed, below the floor of $floor"
	rc=1
else
	echo "text-roundtrip: $passed cases passed (floor $floor; all" \
	    "failures: TEXT_RT_SHOW=9999 sh $0 ...)"
fi
[ $refused -gt 0 ] && echo "text-roundtrip: $refused outputs refused by the reader" && rc=1
exit $rc
