#!/bin/sh
# valgrind.sh QUIRE SHARED [JOBS] -- every sample and corpus page (HTML
# and text dumps), in every output format that is built, under
#   valgrind --error-exitcode=99 --leak-check=full
# Any memory error or definite/possible leak fails.  Runs nice'd; `make
# valgrind [VALGRIND_JOBS=N]`, not part of `make check`.
#
# The samples and tests/hostile are run one valgrind per input and
# format, writing to standard output.  The corpus pages are run as
# batches (one valgrind per format and directory, `quire -t FMT -o DIR
# PAGE...`, the file-writing path): valgrind's start-up costs more than
# most conversions, and a batch reports every error and every leak of
# every page too.  When a batch fails, its pages are run again one by
# one to name the culprits.  JOBS (default 1) valgrinds run at a time.
q=${1:?usage: valgrind.sh QUIRE SHARED [JOBS]} shared=${2:?}
jobs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
command -v valgrind >/dev/null || { echo "valgrind: not installed (make test-deps)"; exit 1; }
t=$(mktemp -d) || exit 1
trap 'rm -rf "$t"' EXIT INT TERM

vg() {
	nice -n 19 valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,possible "$@"
}

# clean LOG RC: 0 converted, 1 refused (with its message) are clean runs
# when valgrind printed nothing.
clean() {
	{ [ "$2" -eq 0 ] || [ "$2" -eq 1 ]; } && ! grep -q '^==[0-9]*==' "$1"
}

# one FMT FILE: one input to standard output; prints "pass", "skip" or
# the failure.
one() {
	log=$(mktemp "$t/log.XXXXXX")
	vg "$q" -t "$1" "$2" >/dev/null 2>"$log"
	rc=$?
	if [ $rc -eq 2 ] && grep -q 'is not available yet' "$log"; then
		echo skip
	elif clean "$log" $rc; then
		echo pass
	else
		echo "FAIL valgrind: $2 -> $1 (exit $rc):"
		grep '^==' "$log" | head -30
	fi
	rm -f "$log"
}

# batch FMT DIR: every page of DIR (its extension given) into a
# scratch directory; on failure, each page again with one().
batch() {
	fmt=$1 src=$2
	out=$(mktemp -d "$t/out.XXXXXX") log=$(mktemp "$t/log.XXXXXX")
	vg "$q" -q -t "$fmt" -o "$out" "$src"/* >/dev/null 2>"$log"
	rc=$?
	n=$(ls "$src" | wc -l)
	if clean "$log" $rc; then
		echo "pass $n"
	else
		echo "batch $src -> $fmt failed (exit $rc), page by page:"
		grep '^==' "$log" | head -10
		for f in "$src"/*; do one "$fmt" "$f"; done
	fi
	rm -rf "$out" "$log"
}

case $1 in
--one)	q=$2; one "$3" "$4"; exit ;;
--batch) q=$2; batch "$3" "$4"; exit ;;
esac

have_out() { ! echo '<p>x</p>' | "$q" -t "$1" 2>&1 >/dev/null | grep -q "format '$1' is not available"; }
formats=
for f in json markdown xhtml text; do have_out $f && formats="$formats $f"; done

for f in "$top"/samples/* "$top"/tests/hostile/*.html "$top"/tests/hostile/*.txt; do
	[ -f "$f" ] || continue
	for fmt in $formats; do echo "--one $q $fmt $f"; done
done > "$t/jobs"
if [ -d "$shared/corpus/html" ]; then
	for d in "$shared"/corpus/html "$shared"/corpus/text; do
		for fmt in $formats; do echo "--batch $q $fmt $d"; done
	done >> "$t/jobs"
else
	echo "valgrind: no $shared/corpus beside this clone: samples and tests/hostile only"
fi
# shellcheck disable=SC2086
xargs -P "$jobs" -n 4 sh "$0" < "$t/jobs" > "$t/results"

pass=$(awk '$1 == "pass" { n += ($2 == "" ? 1 : $2) } END { print n + 0 }' "$t/results")
skip=$(grep -c '^skip' "$t/results")
fail=$(grep -c "^FAIL\|^batch" "$t/results")
grep -v '^pass\|^skip' "$t/results"
echo "valgrind: $pass conversions clean, $fail failed, $skip skipped (reader not built); formats:$formats; $(wc -l < "$t/jobs") valgrind processes"
[ "$fail" -eq 0 ] && ! grep -q '^batch' "$t/results"
