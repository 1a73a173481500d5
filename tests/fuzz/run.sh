#!/bin/sh
# run.sh SECONDS FUZZDIR SHARED HARNESS... -- run each libFuzzer harness
# for SECONDS (nice'd), seeded from the repository and ../shared/corpus;
# the corpus each run grows is kept in FUZZDIR/corpus/HARNESS for the
# next run.  Prints and appends to FUZZDIR/summary.tsv one line per
# harness: date, harness, seconds it ran, executions, coverage (libFuzzer's
# cov: and ft:), corpus size, result.  Exits 1 if any harness found
# something (its crash file is in FUZZDIR/artifacts/).
# FUZZ_MAX_LEN (default 32768) caps an input's length: libFuzzer reads
# only that much of each seed, so the corpus pages (up to 400 KB) load
# in seconds and the runs spend their time on executions.
secs=${1:?usage: run.sh SECONDS FUZZDIR SHARED HARNESS...}
maxlen=${FUZZ_MAX_LEN:-32768}
dir=${2:?} shared=${3:?}
shift 3
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
status=0
mkdir -p "$dir/artifacts" "$dir/logs"

# seed DIR FILE...: hard links (or copies) of the files into DIR
seed() {
	d=$1; shift
	for f in "$@"; do
		[ -f "$f" ] || continue
		b=s-$(basename "$f")
		ln -f "$f" "$d/$b" 2>/dev/null || cp "$f" "$d/$b"
	done
}

for h in "$@"; do
	bin=$dir/fuzz_$h
	corpus=$dir/corpus/$h
	seeds=$dir/seeds/$h
	rm -rf "$seeds"
	mkdir -p "$corpus" "$seeds"
	html="$top/samples/*.html $top/tests/golden/*.html $top/tests/hostile/*.html $shared/corpus/html/*.html"
	text="$top/samples/*.txt $top/tests/golden/*.txt $shared/corpus/text/*.txt"
	# pages made to reach the corners (deep nesting, long runs, C1,
	# noncharacters, CR/FF, huge attributes and lines): tests/fuzz/seeds/
	hseeds="$here/seeds/read_html/*" tseeds="$here/seeds/read_text/*"
	opts="-max_len=$maxlen"
	# shellcheck disable=SC2086
	case $h in
	read_html) seed "$seeds" $html $hseeds; opts="$opts -dict=$here/html.dict" ;;
	html_tree) seed "$seeds" $html $hseeds; opts="$opts -dict=$here/html.dict" ;;
	read_text) seed "$seeds" $text $tseeds; opts="$opts -dict=$here/text.dict" ;;
	pipeline)  seed "$seeds" $html $text $hseeds $tseeds
		   opts="$opts -dict=$here/html.dict" ;;
	fastslow)	# short lines and strings: 8 KB at most
		seed "$seeds" $tseeds "$here"/seeds/fastslow/* "$here"/seeds/dates/* \
		    "$here"/regress/read_text/*
		opts="-max_len=4096 -dict=$here/text.dict" ;;
	jsonld)
		seed "$seeds" "$here"/seeds/jsonld/*
		# the JSON-LD blocks of the corpus pages, one file each
		if command -v python3 >/dev/null && [ -d "$shared/corpus/html" ]; then
			python3 - "$shared/corpus/html" "$seeds" <<'PY'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
rx = re.compile(rb'<script[^>]*application/ld\+json[^>]*>(.*?)</script>', re.S | re.I)
for name in sorted(os.listdir(src)):
    data = open(os.path.join(src, name), 'rb').read()
    blocks = rx.findall(data)
    if blocks:
        open(os.path.join(out, 'ld-' + name), 'wb').write(b'\x1e'.join(blocks))
PY
		fi ;;
	dates)
		seed "$seeds" "$here"/seeds/dates/*
		i=0
		grep -v '^#' "$top/tests/data/corpus-dates.tsv" | cut -f1 |
		while IFS= read -r line; do
			i=$((i + 1))
			printf '%s' "$line" > "$seeds/tsv-$i"
		done ;;
	esac
	seed "$seeds" "$here"/regress/$h/*
	log=$dir/logs/$h.log
	echo "fuzz: $h for ${secs}s (seeds: $(ls "$seeds" | wc -l), corpus: $(ls "$corpus" | wc -l))"
	t0=$(date +%s)
	# shellcheck disable=SC2086
	nice -n 19 "$bin" -max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 \
	    -print_final_stats=1 $opts \
	    -artifact_prefix="$dir/artifacts/$h-" "$corpus" "$seeds" \
	    >"$log" 2>&1
	rc=$?
	took=$(($(date +%s) - t0))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	last=$(grep -E '^#[0-9]+' "$log" | tail -1)
	cov=$(printf '%s\n' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	ft=$(printf '%s\n' "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
	corp=$(printf '%s\n' "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
	if [ $rc -eq 0 ]; then res=ok
	else
		res="FOUND (exit $rc, see $log)"
		status=1
		grep -E 'ERROR|SUMMARY|oracle|Test unit written' "$log" | head -8
	fi
	line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$(date -u +%Y-%m-%dT%H:%MZ)" \
	    "$h" "$took" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$res")
	echo "$line" >> "$dir/summary.tsv"
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
	echo "fuzz: $h: $took s, ${execs:-?} executions (${rate:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}: $res"
done
exit $status
