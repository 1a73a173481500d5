#!/bin/sh
# golden.sh QUIRE [-u] -- compare quire's outputs with the expected files.
#
# tests/golden/CASE.html or CASE.txt is an input; CASE.out.md, .out.xhtml,
# .out.txt and .out.json beside it are the expected outputs (only the
# ones that exist are checked).  CASE.args, if present, holds extra
# options.  With -u, write the expected files of every available output
# format anew, to be reviewed with git diff before committing.
q=${1:?usage: golden.sh QUIRE [-u]}
update=${2:-}
dir=$(dirname "$0")/golden
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

for in in "$dir"/*.html "$dir"/*.txt; do
	[ -f "$in" ] || continue
	case "$in" in *.out.*) continue ;; esac
	base=${in%.*}
	case "$in" in *.html) from=html ;; *) from=text ;; esac
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	for fmt in json markdown xhtml text; do
		case $fmt in markdown) ext=md ;; text) ext=txt ;; *) ext=$fmt ;; esac
		want="$base.out.$ext"
		# shellcheck disable=SC2086
		"$q" -f $from -t $fmt $args "$in" >"$tmp/got" 2>"$tmp/err"
		rc=$?
		if [ "$update" = -u ]; then
			if [ $rc -eq 0 ]; then cp "$tmp/got" "$want"; echo "wrote $want"; fi
			continue
		fi
		[ -f "$want" ] || continue
		if [ $rc -ne 0 ]; then
			echo "FAIL $in -> $fmt: exit $rc: $(cat "$tmp/err")"
			fail=$((fail + 1))
		elif cmp -s "$tmp/got" "$want"; then
			pass=$((pass + 1))
		else
			echo "FAIL $in -> $fmt differs from $want:"
			diff -u "$want" "$tmp/got" | head -20
			fail=$((fail + 1))
		fi
	done
done
[ "$update" = -u ] && exit 0
echo "golden: $pass passed, $fail failed"
[ $fail -eq 0 ]
