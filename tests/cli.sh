#!/bin/bash
# cli.sh QUIRE -- the command line: exit codes, messages, -o rules,
# stdin/stdout, refusal of output = input, no partial output files.
q=$(cd "$(dirname "${1:?usage: cli.sh QUIRE}")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
pass=0 fail=0 skip=0
t=$(mktemp -d) || exit 1
trap 'chmod -R u+w "$t" 2>/dev/null; rm -rf "$t"' EXIT INT TERM
cd "$t" || exit 1

ok()   { pass=$((pass + 1)); }
bad()  { echo "FAIL: $*"; fail=$((fail + 1)); }
# expect RC PATTERN -- CMD...: exit code RC and stderr matching PATTERN
expect() {
	local rc=$1 pat=$2; shift 3
	"$@" >out.stdout 2>out.stderr; local got=$?
	if [ $got -ne "$rc" ]; then bad "$* -> exit $got, want $rc ($(head -c 300 out.stderr))"
	elif [ "$pat" = '^$' ] && [ -s out.stderr ]; then
		bad "$* -> stderr '$(head -c 300 out.stderr)', want nothing"
	elif [ -n "$pat" ] && [ "$pat" != '^$' ] && ! grep -qE -- "$pat" out.stderr; then
		bad "$* -> stderr '$(head -c 300 out.stderr)', want /$pat/"
	else ok; fi
}
have() { ! echo x | "$q" -f "$1" -t json 2>&1 >/dev/null | grep -q 'not available'; }
have_out() { ! "$q" -t "$1" </dev/null 2>&1 >/dev/null | grep -q "format '$1' is not available"; }

# -- options and usage errors (need no reader) --
expect 0 '' -- "$q" --help
grep -q '^usage: quire' out.stdout && ok || bad "--help prints no usage line"
expect 0 '' -- "$q" -V
grep -qE '^quire [0-9]+\.[0-9]+' out.stdout && ok || bad "-V prints no version"
expect 2 "unrecognized option|invalid option" -- "$q" --bogus
expect 2 "unknown output format 'pdf'" -- "$q" -t pdf
expect 2 "unknown input format 'doc'" -- "$q" -f doc
expect 2 "--width wants" -- "$q" -w -3
expect 2 "--max-size wants" -- "$q" --max-size lots
expect 2 "several inputs need -o" -- "$q" -t json a b
expect 2 "output directory 'nodir/' does not exist" -- "$q" -t json -o nodir/ a
expect 2 "must name an existing directory" -- "$q" -t json -o file.md a b
for fmt in markdown xhtml text json; do
	if have_out $fmt; then ok
	else expect 2 "^quire: format '$fmt' is not available yet" -- "$q" -t $fmt; fi
done

# -- input errors: exit 1, message names the file --
expect 1 "^quire: missing.txt: No such file or directory" -- "$q" -t json missing.txt
mkdir adir
expect 1 "^quire: adir: is a directory" -- "$q" -t json adir
: > empty.txt
expect 1 "^quire: empty.txt: input is empty" -- "$q" -t json empty.txt
expect 1 "^quire: .*/ls: input is binary" -- "$q" -t json /bin/ls
printf 'x' > big.txt; head -c 2048 /dev/zero | tr '\0' 'a' >> big.txt
expect 1 "big.txt: input is .* over the limit of 1024" -- "$q" -t json --max-size 1K big.txt
if [ "$(id -u)" != 0 ]; then
	echo x > unreadable.txt; chmod 000 unreadable.txt
	expect 1 "unreadable.txt: Permission denied" -- "$q" -t json unreadable.txt
fi

# -- conversions: need a reader (the text reader reads samples) --
if have text && have_out json; then
	printf 'Title\n\nA paragraph.\n' > a.txt
	cp a.txt b.txt; cp a.txt c.txt
	expect 0 '' -- "$q" -f text -t json a.txt
	grep -q '"title": "Title"' out.stdout && ok || bad "json to stdout"
	expect 0 '' -- "$q" -t json - < a.txt
	grep -q '"title": "Title"' out.stdout && ok || bad "stdin to stdout"
	expect 0 '' -- "$q" -t json -o one.json a.txt
	grep -q '"title": "Title"' one.json && ok || bad "-o FILE"
	[ -z "$(ls -A | grep '^\.')" ] && ok || bad "temp files left: $(ls -A)"
	mkdir od
	expect 0 '' -- "$q" -t json -o od a.txt b.txt
	[ -f od/a.json ] && [ -f od/b.json ] && ok || bad "-o DIR: $(ls od)"
	expect 0 '' -- "$q" -t json -o od/ - < a.txt
	[ -f od/stdin.json ] && ok || bad "-o DIR/ for stdin"
	# output = input is refused, input untouched
	expect 1 "refusing to overwrite" -- "$q" -t json -o a.txt a.txt
	cmp -s a.txt b.txt && ok || bad "input changed"
	ln -s a.txt link.txt
	expect 1 "refusing to overwrite" -- "$q" -t json -o link.txt a.txt
	# a failing input leaves no output file and keeps an old one intact
	echo keep > keep.json
	expect 1 "input is empty" -- "$q" -t json -o keep.json empty.txt
	[ "$(cat keep.json)" = keep ] && ok || bad "failed run clobbered keep.json"
	expect 1 "input is empty" -- "$q" -t json -o new.json empty.txt
	[ ! -e new.json ] && ok || bad "failed run left new.json"
	[ -z "$(ls -A | grep '^\.')" ] && ok || bad "temp files left: $(ls -A)"
	# a full disk: exit 1 with the system's message
	expect 1 "No space left on device" -- "$q" -t json -o /dev/full a.txt
	# a batch of five with two bad inputs: three converted, exit 1
	mkdir batch
	expect 1 "" -- "$q" -t json -o batch a.txt missing.txt b.txt empty.txt c.txt
	[ "$(grep -c '^quire: ' out.stderr)" = 2 ] && ok || bad "batch messages: $(cat out.stderr)"
	[ "$(ls batch | wc -l)" = 3 ] && ok || bad "batch outputs: $(ls batch)"
	# a read-only output directory
	if [ "$(id -u)" != 0 ]; then
		mkdir ro; chmod 555 ro
		expect 1 "cannot write output" -- "$q" -t json -o ro a.txt
	fi
	expect 0 '' -- "$q" -q -t json -o quiet.json a.txt
	expect 1 '^$' -- "$q" -q -t json missing.txt
else
	echo "cli: conversion tests skipped: no text reader in this build"
	skip=$((skip + 1))
fi

# -- batch: -j, --files-from, --skip-existing (bench helper) --
expect 2 "--jobs wants" -- "$q" -t json -j x a
expect 2 "--jobs wants" -- "$q" -t json -j 999 a
expect 2 "--skip-existing needs -o" -- "$q" -t json --skip-existing a
expect 2 "--fsync needs -o" -- "$q" -t json --fsync a
expect 2 "cannot be both the list" -- "$q" -t json --files-from - -o . - < /dev/null
expect 2 "^quire: nolist.txt: No such file" -- "$q" -t json --files-from nolist.txt -o .
: > emptylist.txt
expect 0 '' -- "$q" -t json --files-from emptylist.txt
[ ! -s out.stdout ] && [ ! -s out.stderr ] && ok || bad "an empty list: $(cat out.stderr)"
mkdir jb
printf 'gone1.html\n\ngone2.html\r\n' > list.txt
# missing inputs in parallel: each reported once, exit 1, no output, no temp files
expect 1 "" -- "$q" -t json -j 2 -o jb --files-from list.txt gone3.html
for f in gone1 gone2 gone3; do
	[ "$(grep -c "^quire: $f.html: No such file or directory$" out.stderr)" = 1 ] && ok \
	    || bad "-j2 message for $f: $(cat out.stderr)"
done
[ "$(wc -l < out.stderr)" = 3 ] && ok || bad "-j2 stray messages: $(cat out.stderr)"
[ -z "$(ls -A jb)" ] && ok || bad "-j2 left files: $(ls -A jb)"
# the list from standard input, with -j more than inputs
printf 'gone1.html\n' | expect 1 "^quire: gone1.html: No such" -- "$q" -t json -j 8 -o jb --files-from -
# two inputs with one output name: the second is refused, naming the first
mkdir -p d1 d2; : > d1/same.html; : > d2/same.html
expect 1 "d2/same.html: output jb/same.json is also the output of d1/same.html" -- "$q" -t json -o jb d1/same.html d2/same.html
# --skip-existing: an existing output is left alone and counts as done
echo old > jb/gone1.json
expect 0 '' -- "$q" -t json -j 2 --skip-existing -o jb gone1.html
[ ! -s out.stderr ] && ok || bad "--skip-existing said: $(cat out.stderr)"
[ "$(cat jb/gone1.json)" = old ] && ok || bad "--skip-existing rewrote jb/gone1.json"
if have text && have_out json; then
	mkdir jobs1 jobs2 jobs3
	for i in $(seq 1 40); do printf 'Title %s\n\nParagraph %s.\n' $i $i > in$i.txt; done
	: > in41.txt
	ls in*.txt > all.txt
	expect 1 "^quire: in41.txt: input is empty$" -- "$q" -t json -o jobs1 --files-from all.txt
	expect 1 "^quire: in41.txt: input is empty$" -- "$q" -t json -j 3 -o jobs2 --files-from all.txt
	[ "$(grep -c . out.stderr)" = 1 ] && ok || bad "-j3 messages: $(cat out.stderr)"
	[ "$(ls jobs2 | wc -l)" = 40 ] && ok || bad "-j3 outputs: $(ls jobs2 | wc -l)"
	diff -r jobs1 jobs2 >/dev/null && ok || bad "-j3 outputs differ from -j1"
	grep -q '"title": "Title 17"' jobs2/in17.json && ok || bad "-j3 in17.json"
	[ -z "$(ls -A jobs2 | grep '^\.')" ] && ok || bad "-j3 temp files left"
	# a rerun with --skip-existing converts only what is missing
	rm jobs2/in5.json; echo keep > jobs2/in6.json
	expect 1 "" -- "$q" -t json -j 2 --skip-existing -o jobs2 --files-from all.txt
	grep -q '"title": "Title 5"' jobs2/in5.json && ok || bad "--skip-existing missed in5"
	[ "$(cat jobs2/in6.json)" = keep ] && ok || bad "--skip-existing rewrote in6"
	# ... and converts again an output that a crash could have left:
	# empty, without its final newline, or ending in NUL bytes
	: > jobs2/in7.json; printf '{"title"' > jobs2/in8.json
	printf '{\0\0\n' > jobs2/in9.json
	expect 1 "" -- "$q" -t json --skip-existing -o jobs2 --files-from all.txt
	for i in 7 8 9; do
		cmp -s jobs1/in$i.json jobs2/in$i.json && ok || bad "--skip-existing kept a broken in$i.json"
	done
	# --fsync: the same outputs, in one process and in two
	mkdir sync1 sync2
	expect 1 "^quire: in41.txt: input is empty$" -- "$q" -t json --fsync -o sync1 --files-from all.txt
	expect 1 "^quire: in41.txt: input is empty$" -- "$q" -t json --fsync -j 2 -o sync2 --files-from all.txt
	diff -r jobs1 sync1 >/dev/null && ok || bad "--fsync outputs differ"
	diff -r jobs1 sync2 >/dev/null && ok || bad "--fsync -j2 outputs differ"
	expect 0 '^$' -- "$q" -t json --fsync -o sync1/one.json in1.txt
	cmp -s jobs1/in1.json sync1/one.json && ok || bad "--fsync -o FILE output differs"
	# positional inputs and a list together; -j 0 is one per CPU
	ls in1*.txt | "$q" -t json -j 0 -o jobs3 --files-from - in2.txt >/dev/null 2>&1
	[ "$(ls jobs3 | wc -l)" = 12 ] && ok || bad "args + list: $(ls jobs3 | tr '\n' ' ')"
	# no progress line when stderr is not a terminal
	expect 0 '' -- "$q" -t json -j 2 -o jobs3 in1.txt in2.txt
	[ ! -s out.stderr ] && ok || bad "progress on a non-terminal: $(cat out.stderr)"
fi

echo "cli: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
