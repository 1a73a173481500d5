#!/bin/sh
# replay.sh DIR -- the fuzz regression tests: each harness replayed
# (DIR/fuzz_HARNESS, built with tests/fuzz/replay.c) on its files in
# tests/fuzz/regress/HARNESS/ and on its seed files; the pipeline and
# reader harnesses also on samples/ and tests/hostile/.  A finding
# aborts the replay with the sanitizer's or the oracle's report.
dir=${1:?usage: replay.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
status=0
for bin in "$dir"/fuzz_*; do
	h=${bin##*/fuzz_}
	set --
	[ -d "$here/regress/$h" ] && set -- "$@" "$here/regress/$h"
	[ -d "$here/seeds/$h" ] && set -- "$@" "$here/seeds/$h"
	case $h in
	html_tree) set -- "$@" "$here/seeds/read_html" ;;
	pipeline) set -- "$@" "$here/seeds/read_html" "$here/seeds/read_text" ;;
	fastslow) set -- "$@" "$here/seeds/dates" "$here/regress/read_text" ;;
	esac
	case $h in
	read_html|read_text|pipeline|html_tree)
		set -- "$@" "$top/samples"
		[ -d "$top/tests/hostile" ] && set -- "$@" "$top/tests/hostile" ;;
	esac
	[ $# -gt 0 ] || continue
	if out=$("$bin" "$@" 2>&1); then
		echo "fuzz-regress: $h: ${out##*replay: }"
	else
		echo "FAIL fuzz-regress: $h:"
		printf '%s\n' "$out" | tail -30
		status=1
	fi
done
exit $status
