#!/bin/sh
# valgrind.sh QUIRE SHARED -- every sample and corpus page (HTML and text
# dumps), in every output format that is built, under
#   valgrind --error-exitcode=1 --leak-check=full
# Any memory error or definite/possible leak fails.  Runs nice'd; slow
# (about 20x a normal run): `make valgrind`, not part of `make check`.
q=${1:?usage: valgrind.sh QUIRE SHARED} shared=${2:?}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
pass=0 fail=0 skip=0
t=$(mktemp -d) || exit 1
trap 'rm -rf "$t"' EXIT INT TERM
command -v valgrind >/dev/null || { echo "valgrind: not installed (make test-deps)"; exit 1; }
have_out() { ! echo '<p>x</p>' | "$q" -t "$1" 2>&1 >/dev/null | grep -q "format '$1' is not available"; }
formats=
for f in json markdown xhtml text; do have_out $f && formats="$formats $f"; done

set -- "$top"/samples/* "$top"/tests/hostile/*.html "$top"/tests/hostile/*.txt
if [ -d "$shared/corpus/html" ]; then
	set -- "$@" "$shared"/corpus/html/*.html "$shared"/corpus/text/*.txt
else
	echo "valgrind: no $shared/corpus beside this clone: samples and tests/hostile only"
fi
for in in "$@"; do
	[ -f "$in" ] || continue
	for fmt in $formats; do
		nice -n 10 valgrind -q --error-exitcode=99 --leak-check=full \
		    --errors-for-leak-kinds=definite,possible \
		    "$q" -t $fmt "$in" >/dev/null 2>"$t/log"
		rc=$?
		if [ $rc -eq 2 ] && grep -q 'is not available yet' "$t/log"; then
			skip=$((skip + 1))
			continue
		fi
		# 0 converted, 1 refused (with its message): both are clean runs
		if [ $rc -eq 0 ] || [ $rc -eq 1 ] && ! grep -q '^==[0-9]*==' "$t/log"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL valgrind: $in -> $fmt (exit $rc):"
			grep '^==' "$t/log" | head -20
		fi
	done
done
echo "valgrind: $pass runs clean, $fail failed, $skip skipped (reader not built); formats:$formats"
[ $fail -eq 0 ]
