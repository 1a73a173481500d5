#!/bin/bash
# run.sh QUIRE SHARED OUTDIR -- the quire benchmark (make bench).
#
# Generates gen-thread pages and text dumps, then measures side by side,
# in one run: xmllint --html --noout --huge (libxml2's own parse, the
# floor), quire in every output format it has, and the peers (pandoc,
# html2text, turndown); peak memory with /usr/bin/time -v around the
# same runs; output sizes;
# the 41 corpus pages in one run; a batch of 2,000 corpus-like pages at
# -j1 and -j2.  Raw results go to OUTDIR/results; bench/report.py turns
# them into BENCHMARKS.md.
#
# Environment: BENCH_QUICK=1 (small pages and one run each: a smoke test
# of the scripts, not a measurement), BENCH_RUNS (runs per command on
# small pages, default 5), BENCH_SKIP (sections to leave out, of: html
# linear text peers corpus many), BENCH_LINEAR_ROUNDS (rounds of the
# 5k:50k linearity pair's HTML pages, default 5, after one warm-up round;
# the 2k:d1000 pair runs twice as many and one more), BENCH_TEXT_ROUNDS
# (rounds of each pair's text dumps, default 15, after a warm-up), BENCH_HTML_PAGES (the pages section 1 times,
# default all), BENCH_MANY (pages in section 5, default 2000).
set -u
q=$(cd "$(dirname "${1:?usage: run.sh QUIRE SHARED OUTDIR}")" && pwd)/$(basename "$1")
shared=${2:?}
out=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
gen=$shared/tools/gen-thread
corpus=$shared/corpus/html
py=/usr/bin/python3		# html2text is Debian's python3-html2text
quick=${BENCH_QUICK:-0}
runs=${BENCH_RUNS:-5}

mkdir -p "$out/pages" "$out/results" "$out/out" || exit 1
out=$(cd "$out" && pwd)
res=$out/results
rm -f "$res"/*

for t in hyperfine xmllint /usr/bin/time; do
	command -v "$t" >/dev/null 2>&1 || { echo "bench: $t is missing (make bench-deps)" >&2; exit 1; }
done
[ -x "$gen" ] || { echo "bench: no $gen: the benchmark needs ../shared" >&2; exit 1; }

note() { echo "$*" | tee -a "$res/notes.txt" >&2; }
want() { case " ${BENCH_SKIP:-} " in *" $1 "*) note "bench: $1: skipped (BENCH_SKIP)"; return 1 ;; esac; }

# -- the machine, at the start --
{
	echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "nproc	$(nproc)"
	echo "model	$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
	echo "mem	$(free -g | awk '/^Mem:/ {print $2 " GB"}')"
	echo "load_start	$(cut -d' ' -f1-3 /proc/loadavg)"
	echo "quire	$("$q" --version)"
	echo "libxml2	$(xmllint --version 2>&1 | head -1)"
	echo "hyperfine	$(hyperfine --version)"
	command -v pandoc >/dev/null && echo "pandoc	$(pandoc --version | head -1)"
	$py -m html2text --version >/dev/null 2>&1 && echo "html2text	$($py -m html2text --version 2>&1)"
	[ -d "$out/node_modules/turndown" ] && echo "turndown	$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$out/node_modules/turndown/package.json" | head -1) (node $(node --version))"
} > "$res/machine.tsv"

# -- what this build has --
fmts=
for f in json markdown xhtml text; do
	echo '<p>x</p>' | "$q" -f html -t $f >/dev/null 2>"$out/probe.err"
	grep -q 'not available' "$out/probe.err" || fmts="$fmts $f"
done
have_html=1
echo '<p>x</p>' | "$q" -f html -t json >/dev/null 2>"$out/probe.err"
grep -q "format 'html' is not available" "$out/probe.err" && have_html=0
have_text=1
echo 'x' | "$q" -f text -t json >/dev/null 2>"$out/probe.err"
grep -q "format 'text' is not available" "$out/probe.err" && have_text=0
[ -z "$fmts" ] && { note "bench: this quire has no writer"; exit 1; }
echo "formats	$fmts" >> "$res/machine.tsv"
[ $have_html = 1 ] || note "bench: no HTML reader in this build: HTML pages skipped"
[ $have_text = 1 ] || note "bench: no text reader in this build: text dumps skipped"

# -- pages: NAME COMMENTS DEPTH --
if [ "$quick" = 1 ]; then
	pages="1k:1000:5 2k:2000:5 5k:5000:5 d1000:2000:1000"
	big="" runs=1
else
	pages="1k:1000:5 2k:2000:5 5k:5000:5 10k:10000:5 50k:50000:5 d1000:2000:1000"
	big="10k 50k"
fi
for p in $pages; do
	IFS=: read -r name n d <<< "$p"
	for kind in html text; do
		f=$out/pages/$name.$kind
		[ -s "$f" ] || nice "$gen" --comments "$n" --depth "$d" --seed 1 \
		    --format $kind -o "$f" || exit 1
		echo "$kind-$name	$f	$(stat -c %s "$f")	$n	$d" >> "$res/pages.tsv"
	done
done

# runs for a page of B bytes: fewer on the big ones, more on the
# dumps under 1.5 MB, whose runs take tens of milliseconds and whose
# medians five runs leave at the mercy of one slow start
runs_for() {
	local b=$1
	if [ "$quick" = 1 ]; then echo 1
	elif [ "$b" -lt 1500000 ]; then echo $((4 * runs))
	elif [ "$b" -gt 50000000 ]; then echo 2
	elif [ "$b" -gt 15000000 ]; then echo 3
	else echo "$runs"; fi
}

# hyperfine NAME RUNS -- [-n LABEL CMD]...
hf() {
	local name=$1 r=$2; shift 3
	echo "bench: $name" >&2
	echo "## $name" >> "$res/commands.txt"
	local a=("$@") i
	for ((i = 0; i < ${#a[@]}; i += 3)); do
		echo "${a[i+1]}	${a[i+2]}" >> "$res/commands.txt"
	done
	nice -n 0 hyperfine -N -i --style basic --runs "$r" \
	    $( [ "$r" -ge 2 ] && echo --warmup 1 ) \
	    ${HF_PREPARE:+--prepare "$HF_PREPARE"} \
	    --export-json "$res/hf-$name.json" "$@" >> "$res/hyperfine.log" 2>&1
}

# Peak memory comes from the timed runs themselves: every command runs
# under /usr/bin/time -v (its own cost, a fork and an exec, is the
# same for every tool), one file per command; collect() keeps the
# largest figure of its runs.
rss() { echo "/usr/bin/time -v -a -o $out/rss/$1=$2"; }
collect() {
	local f name label kb
	for f in "$out"/rss/*; do
		[ -f "$f" ] || continue
		name=${f##*/}; label=${name#*=}; name=${name%%=*}
		kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$f" | sort -n | tail -1)
		echo "$name	$label	${kb:-0}	$(grep 'Exit status:' "$f" | grep -vc 'status: 0$')" >> "$res/mem.tsv"
		rm -f "$f"
	done
}
mkdir -p "$out/rss"
rm -f "$out"/rss/*

# sizes NAME KIND FILE: each format's output once, for the size table
# (not for the pages whose sizes no check uses)
sizes() {
	local name=$1 kind=$2 f=$3 fmt
	case $name in 10k|50k) return ;; esac
	for fmt in $fmts; do
		"$q" -f $kind -t $fmt -o "$out/out/$kind-$name.$fmt" "$f" 2>/dev/null
		echo "$kind-$name	$fmt	$(stat -c %s "$out/out/$kind-$name.$fmt" 2>/dev/null || echo 0)" >> "$res/sizes.tsv"
		rm -f "$out/out/$kind-$name.$fmt"
	done
}

# -- 1. HTML pages: xmllint vs quire, every format --
if [ $have_html = 1 ] && want html; then
	for p in $pages; do
		name=${p%%:*}
		case " ${BENCH_HTML_PAGES:-$name} " in *" $name "*) ;; *) continue ;; esac
		f=$out/pages/$name.html
		r=$(runs_for "$(stat -c %s "$f")")
		args=(-n xmllint "$(rss html-$name xmllint) xmllint --html --noout --huge $f")
		for fmt in $fmts; do
			args+=(-n "quire-$fmt" "$(rss html-$name quire-$fmt) $q -f html -t $fmt -o /dev/null $f")
		done
		hf "html-$name" "$r" -- "${args[@]}"
		collect
		sizes "$name" html "$f"
	done
fi

# -- 1b. linearity: the pairs the ratios compare, interleaved --
# time(50k)/time(5k) and the depth-1000 page's cost per MB against the
# depth-5 page's are ratios of two timings; taken from sections 1 and 2
# they come from groups run a minute or more apart, and the drift of a
# shared machine between them (another process, the page cache, huge
# pages to compact after writing 100 MB files) moved them by ±20 %.
# Here each round runs every command of a pair once, one after another,
# and the report takes each command's median over the rounds; the first
# round only warms up (not kept).
if want linear; then
	lr=${BENCH_LINEAR_ROUNDS:-5}
	tr=${BENCH_TEXT_ROUNDS:-15}
	[ "$quick" = 1 ] && lr=1 tr=1
	pairs="5k:50k 2k:d1000"
	[ "$quick" = 1 ] && pairs="2k:d1000"
	for pair in $pairs; do
		a=${pair%%:*} b=${pair##*:}
		# HTML pages: quire's formats and xmllint
		args=()
		if [ $have_html = 1 ]; then
			for p in $b $a; do
				for fmt in $fmts; do
					args+=(-n "html-$p quire-$fmt" "$q -f html -t $fmt -o /dev/null $out/pages/$p.html")
				done
			done
			for p in $a $b; do
				args+=(-n "html-$p xmllint" "xmllint --html --noout --huge $out/pages/$p.html")
			done
		fi
		n=$lr
		# the small pair takes seconds a round: more rounds
		[ $pair = 2k:d1000 ] && [ "$quick" != 1 ] && n=$((2 * lr + 1))
		for ((i = 0; i <= n && ${#args[@]} > 0; i++)); do
			[ $i = 0 ] && [ "$quick" = 1 ] && continue
			# an untimed run of the big page first, then quire's
			# runs of the big HTML page, of the small one, and
			# xmllint last: on this VM a process that touches
			# memory a few seconds after another freed as much
			# (the host takes freed memory back) pays ~1 s more
			# kernel time on the 50k page (json right after
			# xmllint: sys 1.59 s; json again at once: 0.45 s);
			# so each of quire's big runs follows one that freed
			# about as much at once (the reference pays for it)
			"$q" -f html -t json -o /dev/null "$out/pages/$b.html" 2>/dev/null
			[ $i = 0 ] || echo "html-$pair	$i	$(cut -d' ' -f1 /proc/loadavg)" >> "$res/linear-load.tsv"
			hf "linear-$pair-$i" 1 -- "${args[@]}"
			[ $i = 0 ] && rm -f "$res/hf-linear-$pair-0.json"
		done
		# text dumps in rounds of their own: a run takes 0.01-0.7 s,
		# so they get many more rounds, and none of them follows the
		# 600 MB that an HTML run of the 50k page frees (a text run
		# there paid the kernel's taking it back: 50k json 0.35 s in
		# the HTML rounds, 0.24 s alone)
		[ $have_text = 1 ] || continue
		args=()
		for p in $b $a; do
			for fmt in $fmts; do
				args+=(-n "text-$p quire-$fmt" "$q -f text -t $fmt -o /dev/null $out/pages/$p.text")
			done
		done
		for ((i = 0; i <= tr; i++)); do
			[ $i = 0 ] && [ "$quick" = 1 ] && continue
			[ $i = 0 ] || echo "text-$pair	$i	$(cut -d' ' -f1 /proc/loadavg)" >> "$res/linear-load.tsv"
			hf "linear-text-$pair-$i" 1 -- "${args[@]}"
			[ $i = 0 ] && rm -f "$res/hf-linear-text-$pair-0.json"
		done
	done
fi

# -- 2. text dumps --
if [ $have_text = 1 ] && want text; then
	tiny=$out/pages/tiny.text
	[ -s "$tiny" ] || "$gen" --comments 1 --paragraphs 1 --seed 1 \
	    --format text -o "$tiny" || exit 1
	echo "text-tiny	$tiny	$(stat -c %s "$tiny")	1	1" >> "$res/pages.tsv"
	for p in $pages; do
		name=${p%%:*}
		f=$out/pages/$name.text
		r=$(runs_for "$(stat -c %s "$f")")
		# start: the same command on a one-comment dump (3 KB), in the
		# same run and under the same /usr/bin/time as the others, so
		# the report can give the read rate net of process start-up
		# (loading libxml2 and ICU: ~7 ms)
		args=(-n start "$(rss text-$name start) $q -f text -t json -o /dev/null $tiny")
		for fmt in $fmts; do
			args+=(-n "quire-$fmt" "$(rss text-$name quire-$fmt) $q -f text -t $fmt -o /dev/null $f")
		done
		hf "text-$name" "$r" -- "${args[@]}"
		collect
		sizes "$name" text "$f"
	done
fi

# -- 3. peers, beside quire markdown and xmllint in the same run --
td=
if [ -d "$out/node_modules/turndown" ] && command -v node >/dev/null; then
	td="node $here/turndown.js $out/node_modules"
else
	note "bench: turndown skipped: not installed (make bench-deps needs the npm registry)"
fi
if [ $have_html = 1 ] && want peers; then
	mdfmt=markdown
	case " $fmts " in *" markdown "*) ;; *) mdfmt=${fmts# }; mdfmt=${mdfmt%% *} ;; esac
	for p in $pages; do
		name=${p%%:*}
		f=$out/pages/$name.html
		case " $big " in *" $name "*)
			# pandoc and turndown take minutes and gigabytes here
			args=(-n xmllint "xmllint --html --noout --huge $f"
			    -n "quire-$mdfmt" "$q -f html -t $mdfmt -o /dev/null $f")
			$py -m html2text --version >/dev/null 2>&1 &&
			    args+=(-n html2text "$py -m html2text $f")
			note "bench: peers-$name: pandoc and turndown skipped (minutes per run on this page; pandoc needs several GB)"
			[ "$name" = 50k ] && { note "bench: peers-50k: html2text skipped too (a minute per run)"; continue; }
			hf "peers-$name" 2 -- "${args[@]}"
			continue ;;
		esac
		case $name in 2k|5k)
			note "bench: peers-$name: not measured (the 1k and d1000 pages give the peers' figures; pandoc takes half a minute a run here)"
			continue ;;
		esac
		args=(-n xmllint "xmllint --html --noout --huge $f"
		    -n "quire-$mdfmt" "$q -f html -t $mdfmt -o /dev/null $f")
		command -v pandoc >/dev/null &&
		    args+=(-n pandoc "$(rss peers-$name pandoc) pandoc -f html -t commonmark -o /dev/null $f")
		$py -m html2text --version >/dev/null 2>&1 &&
		    args+=(-n html2text "$(rss peers-$name html2text) $py -m html2text $f")
		[ -n "$td" ] && args+=(-n turndown "$(rss peers-$name turndown) $td $f")
		# pandoc takes minutes on the deep page: one run there
		pr=2
		[ "$name" = d1000 ] && pr=1
		[ "$quick" = 1 ] && pr=1
		[ $pr = 1 ] && note "bench: peers-$name: one run of each (pandoc alone takes a minute or more)"
		hf "peers-$name" $pr -- "${args[@]}"
		collect
	done
fi

# -- 4. the 41 corpus pages in one run --
if [ $have_html = 1 ] && [ -d "$corpus" ] && want corpus; then
	files=$(ls "$corpus"/*.html)
	echo "corpus	$(echo "$files" | wc -l)	$(cat $files | wc -c)" >> "$res/pages.tsv"
	args=(-n xmllint "xmllint --html --noout --huge $(echo $files)")
	for fmt in $fmts; do
		mkdir -p "$out/out/corpus-$fmt"
		args+=(-n "quire-$fmt" "$q -q -f html -t $fmt -o $out/out/corpus-$fmt $(echo $files)")
	done
	hf corpus "$([ "$quick" = 1 ] && echo 1 || echo 3)" -- "${args[@]}"
fi

# -- 5. 2,000 corpus-like pages: -j1 against -j2 --
if [ $have_html = 1 ] && [ -d "$corpus" ] && want many; then
	n=${BENCH_MANY:-2000}
	[ "$quick" = 1 ] && n=200
	rm -rf "$out/many" "$out/out/many"
	mkdir -p "$out/many" "$out/out/many"
	i=0
	set -- "$corpus"/*.html
	while [ $i -lt $n ]; do
		for f in "$@"; do
			[ $i -lt $n ] || break
			ln "$f" "$out/many/p$(printf %04d $i)-$(basename "$f")" 2>/dev/null ||
			    cp "$f" "$out/many/p$(printf %04d $i)-$(basename "$f")"
			i=$((i + 1))
		done
	done
	ls "$out"/many/*.html > "$out/many.list"
	echo "many	$n	$(cat "$out"/many/*.html | wc -c)" >> "$res/pages.tsv"
	mdfmt=markdown
	case " $fmts " in *" markdown "*) ;; *) mdfmt=${fmts# }; mdfmt=${mdfmt%% *} ;; esac
	# each run starts from a new, empty output folder: a run that
	# replaces the last run's files measures unlinking them too, and
	# on a journal-less ext4 a folder emptied a moment ago makes every
	# new file scan past the deleted inodes (7-10 % of the CPU, more at
	# -j2); the old folders go after the runs
	HF_PREPARE="sh -c 'mv $out/out/many $out/out/many.old.\$\$ && mkdir $out/out/many'" \
	hf many "$([ "$quick" = 1 ] && echo 1 || echo 3)" -- \
	    -n j1 "$q -q -f html -t $mdfmt -j 1 -o $out/out/many --files-from $out/many.list" \
	    -n j2 "$q -q -f html -t $mdfmt -j 2 -o $out/out/many --files-from $out/many.list"
	rm -rf "$out"/out/many.old.*
fi

echo "load_end	$(cut -d' ' -f1-3 /proc/loadavg)" >> "$res/machine.tsv"
echo "bench: results in $res" >&2
