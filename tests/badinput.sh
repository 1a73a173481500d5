#!/bin/bash
# badinput.sh QUIRE -- the bad-input matrix (issue 8): one case per kind
# of broken input or output, each asserting the exact message on stderr,
# the exit code, and that no output file (nor a temporary one) is left
# behind when the conversion fails.  Cases that need a reader skip with
# a notice while that reader is not built.  Run as root, the permission
# cases run as "nobody" (root reads and writes anything).
q=$(cd "$(dirname "${1:?usage: badinput.sh QUIRE}")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
pass=0 fail=0 skip=0
t=$(mktemp -d) || exit 1
trap 'umount "$t/small" 2>/dev/null; chmod -R u+w "$t" 2>/dev/null; rm -rf "$t"' EXIT INT TERM
chmod 755 "$t"
cd "$t" || exit 1

ok()   { pass=$((pass + 1)); }
bad()  { echo "FAIL: $*"; fail=$((fail + 1)); }
skipped() { echo "badinput: skipped: $*"; skip=$((skip + 1)); }
have() { ! echo x | "$q" -f "$1" -t json 2>&1 >/dev/null | grep -q 'not available'; }
have_out() { ! echo '<p>x</p>' | "$q" -t "$1" 2>&1 >/dev/null | grep -q "format '$1' is not available"; }
ext() { case $1 in markdown) echo md ;; text) echo txt ;; *) echo "$1" ;; esac; }

formats=
for f in json markdown xhtml text; do have_out $f && formats="$formats $f"; done
readers=
for r in html text; do have $r && readers="$readers $r"; done

# fails NAME RC WANT -- CMD...: CMD exits RC with exactly WANT on stderr
# and leaves the directory out/ (where the case's -o points) empty.
fails() {
	local name=$1 rc=$2 want=$3; shift 4
	rm -rf out; mkdir out; chmod 777 out
	"$@" >stdout 2>stderr; local got=$?
	if [ $got -ne "$rc" ]; then
		bad "$name: exit $got, want $rc: $* ($(head -c 300 stderr))"
	elif [ "$(cat stderr)" != "$want" ]; then
		bad "$name: stderr '$(head -c 300 stderr)', want '$want'"
	elif [ -n "$(ls -A out)" ]; then
		bad "$name: left files behind: $(ls -A out)"
	else ok; fi
}
# fails_re NAME RC REGEX -- CMD...: the same, stderr one line matching REGEX
# (for messages that carry a line number).
fails_re() {
	local name=$1 rc=$2 re=$3; shift 4
	rm -rf out; mkdir out; chmod 777 out
	"$@" >stdout 2>stderr; local got=$?
	if [ $got -ne "$rc" ]; then
		bad "$name: exit $got, want $rc: $* ($(head -c 300 stderr))"
	elif [ "$(wc -l < stderr)" != 1 ] || ! grep -qE -- "$re" stderr; then
		bad "$name: stderr '$(head -c 300 stderr)', want /$re/"
	elif [ -n "$(ls -A out)" ]; then
		bad "$name: left files behind: $(ls -A out)"
	else ok; fi
}
# converts NAME OUTFILE -- CMD...: CMD exits 0, silent, OUTFILE written
# and no temporary file beside it.
converts() {
	local name=$1 file=$2; shift 3
	rm -rf out; mkdir out; chmod 777 out
	"$@" >stdout 2>stderr; local got=$?
	if [ $got -ne 0 ]; then
		bad "$name: exit $got: $* ($(head -c 300 stderr))"
	elif [ -s stderr ]; then
		bad "$name: says '$(head -c 300 stderr)' on success"
	elif [ ! -s "$file" ]; then
		bad "$name: no output $file"
	elif [ -n "$(ls -A out | grep '^\.')" ]; then
		bad "$name: temporary files left: $(ls -A out)"
	else ok; fi
}

printf '<!DOCTYPE html><html><head><title>Good page</title></head><body><article><h1>Good page</h1><p>The first paragraph of the good page.</p></article></body></html>\n' > good.html
printf 'Good dump\n\nThe first paragraph of the good dump.\n' > good.txt

# ---- inputs refused before any reader runs: every output format ------

: > empty.html
printf ' \n\t\r\n  \n' > blank.html
printf '\xff\xfe\0\0<\0\0\0p\0\0\0>\0\0\0x\0\0\0' > utf32.html
mkdir adir
head -c 1 /dev/zero > nul1.html
for fmt in $formats; do
	e=$(ext $fmt)
	fails "empty file -> $fmt" 1 "quire: empty.html: input is empty" -- \
	    "$q" -t $fmt -o out/r.$e empty.html
	fails "blank file -> $fmt" 1 "quire: blank.html: input is empty" -- \
	    "$q" -t $fmt -o out/r.$e blank.html
	fails "one NUL byte -> $fmt" 1 \
	    "quire: nul1.html: input is binary, not a page or a text dump" -- \
	    "$q" -t $fmt -o out/r.$e nul1.html
	fails "binary /bin/ls -> $fmt" 1 \
	    "quire: /bin/ls: input is binary, not a page or a text dump" -- \
	    "$q" -t $fmt -o out/r.$e /bin/ls
	fails "UTF-32 -> $fmt" 1 "quire: utf32.html: input is UTF-32, which is not supported; convert it with iconv -f UTF-32 -t UTF-8" -- \
	    "$q" -t $fmt -o out/r.$e utf32.html
	fails "missing file -> $fmt" 1 \
	    "quire: missing.html: No such file or directory" -- \
	    "$q" -t $fmt -o out/r.$e missing.html
	fails "directory as input -> $fmt" 1 "quire: adir: is a directory" -- \
	    "$q" -t $fmt -o out/r.$e adir
	fails "empty stdin -> $fmt" 1 "quire: <stdin>: input is empty" -- \
	    "$q" -t $fmt -o out/r.$e - </dev/null
done

# ---- an unreadable file (as nobody when root: root reads 0000 files) --
echo '<p>secret</p>' > unreadable.html
chmod 000 unreadable.html
if [ "$(id -u)" != 0 ]; then
	fails "unreadable file" 1 "quire: unreadable.html: Permission denied" -- \
	    "$q" -t json -o out/r.json unreadable.html
elif command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup \
    --clear-groups true 2>/dev/null; then
	fails "unreadable file (as nobody)" 1 \
	    "quire: unreadable.html: Permission denied" -- \
	    setpriv --reuid=nobody --regid=nogroup --clear-groups \
	    "$q" -t json -o out/r.json unreadable.html
else
	skipped "unreadable file: running as root and cannot become nobody"
fi

# ---- size limits ----------------------------------------------------
# 200 MB of real text (and a sparse 600 MB file for the default limit).
head -c 200000000 /dev/zero | tr '\0' 'a' > big.html
fails "200 MB input over --max-size 100M" 1 \
    "quire: big.html: input is 200000000 bytes, over the limit of 104857600 (see --max-size)" -- \
    "$q" -t json --max-size 100M -o out/r.json big.html
fails "200 MB on stdin over --max-size 100M" 1 \
    "quire: <stdin>: input is larger than 104857600 bytes (see --max-size)" -- \
    "$q" -t json --max-size 100M -o out/r.json - < big.html
fails "an endless device (/dev/zero) over --max-size 1M" 1 \
    "quire: /dev/zero: input is larger than 1048576 bytes (see --max-size)" -- \
    "$q" -t json --max-size 1M -o out/r.json /dev/zero
truncate -s 600M sparse.html
fails "600 MB input over the default limit (512M)" 1 \
    "quire: sparse.html: input is 629145600 bytes, over the limit of 536870912 (see --max-size)" -- \
    "$q" -t json -o out/r.json sparse.html
fails "--max-size 0 is a usage error" 2 \
    "quire: --max-size wants a size such as 200M, not '0'
Try 'quire --help' for more information." -- \
    "$q" -t json --max-size 0 -o out/r.json good.html
fails "--max-depth 0 is a usage error" 2 \
    "quire: --max-depth wants a number from 1 to 100000000, not '0'
Try 'quire --help' for more information." -- \
    "$q" -t json --max-depth 0 -o out/r.json good.html
rm -f big.html sparse.html

# ---- output = input (refused before reading) --------------------------
cp good.html same.html
fails "output path = input path" 1 \
    "quire: same.html: output same.html is the input file; refusing to overwrite it" -- \
    "$q" -t json -o same.html same.html
cmp -s same.html good.html && ok || bad "output = input: the input changed"
ln -s same.html out-link.html
fails "output is a symlink to the input" 1 \
    "quire: same.html: output out-link.html is the input file; refusing to overwrite it" -- \
    "$q" -t json -o out-link.html same.html
cmp -s same.html good.html && ok || bad "output = input (symlink): the input changed"
mkdir -p dd
cp good.html dd/same.json
fails "-o DIR whose NAME.EXT is the input" 1 \
    "quire: dd/same.json: output dd/same.json is the input file; refusing to overwrite it" -- \
    "$q" -t json -o dd dd/same.json
cmp -s dd/same.json good.html && ok || bad "-o DIR = input: the input changed"

# ---- the rest needs a reader --------------------------------------------
if ! have html; then
	skipped "truncated HTML, encodings, NUL bytes, nesting, 100,000-deep chains, output errors, batches: no HTML reader in this build"
	echo "badinput: $pass passed, $fail failed, $skip skipped"
	[ $fail -eq 0 ]
	exit
fi

# json_check FILE: "COMMENTS DEPTH" of a JSON output: comments counted by
# their "replies" key, depth the deepest bracket nesting (iteratively:
# Python's json module recurses).
json_check() {
	python3 - "$1" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
# brackets outside strings (the strings removed first, with a regex:
# a character loop in Python takes half a minute on 30 MB)
depth = top = 0
for c in re.findall(r'[][{}]', re.sub(r'"(?:[^"\\]|\\.)*"', '', s)):
    if c in '[{':
        depth += 1
        top = max(top, depth)
    elif c in ']}':
        depth -= 1
print(s.count('"replies":'), top)
PY
}

# ---- broken and odd encodings: converted, not refused ------------------
# A UTF-8 page (no charset declared) cut off in the middle of its last
# character: UTF-8 all the same, the cut bytes dropped; not read as
# Windows-1252, which would garble every other character.
printf '<!DOCTYPE html><html><head><title>Cut</title></head><body><article><h1>Cut</h1><p>Caf\xc3\xa9 na\xc3\xafve \xe6\x97\xa5\xe6\x9c\xac words.</p><p>Then the cut \xe6\x97' > cututf8.html
converts "UTF-8 HTML cut in a character" out/r.json -- "$q" -t json -o out/r.json cututf8.html
grep -qF "$(printf 'Caf\303\251 na\303\257ve \346\227\245\346\234\254 words.')" out/r.json && ok ||
    bad "UTF-8 HTML cut in a character: the text before the cut is garbled"
grep -qF '"Then the cut"' out/r.json && ok ||
    bad "UTF-8 HTML cut in a character: the cut bytes are not dropped"
# ...but a Windows-1252 page ending in an accented letter stays one
printf '<!DOCTYPE html><html><head><title>End</title></head><body><article><h1>End</h1><p>The last word is caf\xe9' > cp1252end.html
converts "Windows-1252 HTML ending in a high byte" out/r.json -- "$q" -t json -o out/r.json cp1252end.html
grep -qF "$(printf 'The last word is caf\303\251')" out/r.json && ok ||
    bad "Windows-1252 HTML ending in a high byte: not decoded as Windows-1252"

# Latin-1, declared and not
for decl in '<meta charset="iso-8859-1">' ''; do
	printf '<!DOCTYPE html><html><head>%s<title>Latin</title></head><body><article><h1>Caf\xe9</h1><p>Na\xefve \x93quoted\x94 words.</p></article></body></html>\n' "$decl" > latin1.html
	what=${decl:+declared}; what=${what:-undeclared}
	converts "Latin-1 HTML ($what)" out/r.json -- "$q" -t json -o out/r.json latin1.html
	grep -qF "$(printf 'Na\303\257ve \342\200\234quoted\342\200\235 words.')" out/r.json &&
	    grep -qF "$(printf '"title": "Latin"')" out/r.json && ok ||
	    bad "Latin-1 HTML ($what): not decoded"
done

# a NUL byte in the middle of a page: dropped, the text around it kept
printf '<!DOCTYPE html><html><head><title>Nul</title></head><body><article><h1>Nul</h1><p>Before the nul\0 and after it.</p><p>The second paragraph.</p></article></body></html>\n' > nulmid.html
converts "a NUL byte inside HTML" out/r.json -- "$q" -t json -o out/r.json nulmid.html
grep -qF '"Before the nul and after it."' out/r.json && grep -qF 'The second paragraph.' out/r.json && ok ||
    bad "a NUL byte inside HTML: text lost"

printf '<!DOCTYPE html><html><head><title>Cut</title></head><body><article><h1>Cut</h1><p>The first paragraph of the cut page.</p><p>The second one is cut off in the mid' > truncated.html
converts "truncated HTML" out/r.json -- "$q" -t json -o out/r.json truncated.html
grep -q 'The first paragraph of the cut page.' out/r.json && ok ||
    bad "truncated HTML: the first paragraph is lost"
grep -q 'The second one is cut off in the mid' out/r.json && ok ||
    bad "truncated HTML: the text before the cut is lost"

printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bad bytes</title></head><body><article><h1>Bad bytes</h1><p>caf\xe9 and \xff\xfe and \xc3 and the rest.</p></article></body></html>\n' > badutf8.html
converts "invalid UTF-8 in HTML" out/r.json -- "$q" -t json -o out/r.json badutf8.html
iconv -f UTF-8 -t UTF-8 out/r.json >/dev/null 2>&1 && ok ||
    bad "invalid UTF-8 in HTML: the output is not UTF-8"
grep -q 'and the rest\.' out/r.json && ok ||
    bad "invalid UTF-8 in HTML: text after the bad bytes is lost"

for enc in UTF-16 UTF-16LE UTF-16BE; do
	iconv -f UTF-8 -t $enc good.html > u16.html
	case $enc in UTF-16) what="with BOM" ;; *) what="without BOM ($enc)" ;; esac
	converts "UTF-16 HTML $what" out/r.json -- "$q" -t json -o out/r.json u16.html
	grep -q 'The first paragraph of the good page.' out/r.json && ok ||
	    bad "UTF-16 HTML $what: the text is lost"
done

if have text; then
	printf 'Caf\xe9 dump\n\nThe first paragraph, na\xefve and \x93quoted\x94.\n' > cp1252.txt
	converts "invalid UTF-8 in text (read as Windows-1252)" out/r.json -- \
	    "$q" -t json -o out/r.json cp1252.txt
	grep -qF "$(printf 'na\303\257ve and \342\200\234quoted\342\200\235')" out/r.json && ok ||
	    bad "invalid UTF-8 in text: not decoded as Windows-1252"
	for enc in UTF-16 UTF-16LE UTF-16BE; do
		iconv -f UTF-8 -t $enc good.txt > u16.txt
		converts "UTF-16 text ($enc)" out/r.json -- "$q" -t json -o out/r.json u16.txt
		grep -q 'The first paragraph of the good dump.' out/r.json && ok ||
		    bad "UTF-16 text ($enc): the text is lost"
	done
	# stray NUL bytes (a few in a page of text) are dropped
	{ printf 'Good dump\n\nThe first\0 paragraph of the\0\0 good dump.\n'
	  for i in 1 2 3 4 5 6 7 8; do printf '\nAnother paragraph of ordinary words, number %d.\n' $i; done
	} > nul.txt
	converts "NUL bytes in text" out/r.json -- "$q" -t json -o out/r.json nul.txt
	grep -q 'The first paragraph of the good dump.' out/r.json && ok ||
	    bad "NUL bytes in text: the text is lost"
else
	skipped "text encodings and NUL bytes in text: no text reader in this build"
fi

# ---- depth ------------------------------------------------------------
{
	printf '<!DOCTYPE html><html><head><title>Divs</title></head><body><article><h1>Divs</h1><p>Start of the nested divs.</p>'
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "<div>" }'
	printf '<p>Deep text at the bottom.</p>'
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "</div>" }'
	printf '</article></body></html>\n'
} > divs.html
converts "1,000,000 nested <div>" out/r.json -- "$q" -t json -o out/r.json divs.html
grep -q 'Deep text at the bottom.' out/r.json && ok ||
    bad "1,000,000 nested <div>: the innermost text is lost (silent truncation)"
rm -f divs.html

# Forum posts no profile knows (read_html.c find_posts()): 100,000
# posts each inside the one before, and two posts each at the bottom of
# its own 100,000-deep chain of divs.  Each walks up from a node to a
# post or to their common parent once; asked again at every node, the
# walks were quadratic in the depth (60,000 nested posts took 9.8 s
# where xmllint takes 1.5).
forum_post='<div class="post"><a class="author" href="/user/bob">Bob</a> <time datetime="2020-01-01T10:00">1 Jan 2020</time><p>Some text of the post, long enough to count.</p>'
{
	printf '<!DOCTYPE html><html><head><title>Posts</title></head><body><h1>Posts</h1>'
	awk -v p="$forum_post" 'BEGIN { for (i = 0; i < 100000; i++) print p }'
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "</div>" }'
	printf '</body></html>\n'
} > posts.html
converts "100,000 nested forum posts" out/r.json -- "$q" -t json -o out/r.json posts.html
{
	printf '<!DOCTYPE html><html><head><title>Posts</title></head><body><h1>Posts</h1>'
	for k in 1 2; do
		awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<div>" }'
		printf '%s</div>' "$forum_post"
		awk 'BEGIN { for (i = 0; i < 100000; i++) printf "</div>" }'
	done
	printf '</body></html>\n'
} > posts.html
converts "two forum posts 100,000 deep" out/r.json -- "$q" -t json -o out/r.json posts.html
[ "$(json_check out/r.json | cut -d' ' -f1)" = 1 ] && ok ||
    bad "two forum posts 100,000 deep: comments and depth are $(json_check out/r.json), want the second post as 1 comment"
rm -f posts.html

# A reply chain N deep in WordPress markup: A1 <- A2 <- ... AN.
wp_chain() {
	awk -v n="$1" 'BEGIN {
	printf "<!DOCTYPE html><html><head><title>Chain</title></head><body><article class=\"post\"><h1 class=\"entry-title\">Chain</h1><div class=\"entry-content\"><p>A post with a deep thread.</p></div></article><div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">\n"
	for (i = 1; i <= n; i++) {
		printf "<li id=\"comment-%d\" class=\"comment depth-%d\"><article id=\"div-comment-%d\" class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">A%d</b> <span class=\"says\">says:</span></div></footer><div class=\"comment-content\"><p>Reply number %d.</p></div></article>", i, i, i, i, i
		if (i < n) printf "<ol class=\"children\">\n"
	}
	for (i = n; i >= 1; i--) { printf "</li>"; if (i > 1) printf "</ol>" }
	printf "\n</ol></div></body></html>\n"
}'
}
wp_chain 100000 > chain.html
wp_chain 2000 > chain2k.html
converts "100,000-deep reply chain (HTML)" out/r.json -- "$q" -t json -o out/r.json chain.html
[ "$(json_check out/r.json)" = "100000 200005" ] && ok ||
    bad "100,000-deep chain (HTML): comments and depth are $(json_check out/r.json), want 100000 comments nested 200005 brackets deep"
grep -q 'Reply number 100000\.' out/r.json && ok || bad "100,000-deep chain (HTML): the last reply is lost"
fails_re "2,000-deep chain over --max-depth 1000 (HTML)" 1 \
    "^quire: chain2k\\.html(:[0-9]+)?: comments are nested deeper than 1000 levels \\(see --max-depth\\)\$" -- \
    "$q" -t json --max-depth 1000 -o out/r.json chain2k.html
# (every writer on a 100,000-deep chain: tests/check_hostile.c)

if have text; then
	# The same chain in quire's text layout (doc/text-format.md): below
	# the cap the header says "↳ in reply to NAME".
	awk -v n=100000 'BEGIN {
		printf "Chain\n=====\n\nA post with a deep thread.\n\nComments\n--------\n\n 1. A1\n    Reply number 1.\n\n"
		for (d = 2; d <= n; d++) {
			col = 4 * (d - 1); if (col > 28) col = 28
			pad = sprintf("%" col "s", "")
			if (d <= 8) printf "%s• A%d\n%s  Reply number %d.\n\n", pad, d, pad, d
			else printf "%s• A%d · ↳ in reply to A%d\n%s  Reply number %d.\n\n", pad, d, d - 1, pad, d
		}
	}' > chain.txt
	converts "100,000-deep reply chain (text)" out/r.json -- "$q" -f text -t json -o out/r.json chain.txt
	[ "$(json_check out/r.json)" = "100000 200005" ] && ok ||
	    bad "100,000-deep chain (text): comments and depth are $(json_check out/r.json), want 100000 200005"
	fails_re "100,000-deep chain over --max-depth 1000 (text)" 1 \
	    "^quire: chain\\.txt(:[0-9]+)?: comments are nested deeper than 1000 levels \\(see --max-depth\\)\$" -- \
	    "$q" -f text -t json --max-depth 1000 -o out/r.json chain.txt
else
	skipped "100,000-deep chain (text): no text reader in this build"
fi
rm -f chain.html chain2k.html chain.txt

# ---- output errors: every output format ---------------------------------
mkdir ro; chmod 555 ro
for fmt in $formats; do
	e=$(ext $fmt)
	fails "output directory missing -> $fmt" 1 \
	    "quire: good.html: cannot write output out/nodir/r.$e: No such file or directory" -- \
	    "$q" -t $fmt -o out/nodir/r.$e good.html
	fails "full disk (/dev/full) -> $fmt" 1 \
	    "quire: good.html: cannot write output /dev/full: No space left on device" -- \
	    "$q" -t $fmt -o /dev/full good.html
	fails "full disk (/dev/full as standard output) -> $fmt" 1 \
	    "quire: good.html: cannot write output: No space left on device" -- \
	    sh -c '"$0" -t "$1" good.html > /dev/full' "$q" $fmt
	if [ "$(id -u)" != 0 ]; then
		fails "read-only output directory -> $fmt" 1 \
		    "quire: good.html: cannot write output ro/r.$e: Permission denied" -- \
		    "$q" -t $fmt -o ro/r.$e good.html
	elif setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
		fails "read-only output directory (as nobody) -> $fmt" 1 \
		    "quire: good.html: cannot write output ro/r.$e: Permission denied" -- \
		    setpriv --reuid=nobody --regid=nogroup --clear-groups \
		    "$q" -t $fmt -o ro/r.$e good.html
	else
		skipped "read-only output directory: root, and cannot become nobody"
	fi
	[ -z "$(ls -A ro)" ] && ok || bad "read-only directory: files appeared: $(ls -A ro)"
	# a failed conversion keeps an existing output intact
	echo keep > out-keep.$e
	fails "a failure keeps the old output" 1 "quire: empty.html: input is empty" -- \
	    "$q" -t $fmt -o out-keep.$e empty.html
	[ "$(cat out-keep.$e)" = keep ] && ok || bad "$fmt: a failed run clobbered the old output"
done

# ---- a full file system (a 64 KB tmpfs, when we may mount one) ----------
# The output is written and fails part-way (a 2 MB page: past the stdio
# buffer) or at the last flush (a small page on a file system with no
# room left): either way one message naming the output, exit 1, and no
# file, temporary or partial, left behind.
mkdir small
if mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
	awk 'BEGIN { printf "<!DOCTYPE html><html><head><title>Big</title></head><body><article><h1>Big</h1>"
	    for (i = 0; i < 20000; i++) printf "<p>Paragraph %d of the big page, long enough.</p>", i
	    printf "</article></body></html>\n" }' > bigpage.html
	for fmt in $formats; do
		e=$(ext $fmt)
		fails "full tmpfs, a big output -> $fmt" 1 \
		    "quire: bigpage.html: cannot write output small/r.$e: No space left on device" -- \
		    "$q" -t $fmt -o small/r.$e bigpage.html
		[ -z "$(ls -A small)" ] && ok || bad "full tmpfs ($fmt): left $(ls -A small)"
	done
	head -c 100000 /dev/zero > small/fill 2>/dev/null
	for fmt in $formats; do
		e=$(ext $fmt)
		"$q" -t $fmt -o small/r.$e good.html >stdout 2>stderr; rc=$?
		[ $rc -eq 1 ] && grep -qE "^quire: good\.html: cannot write (output )?small/r\.$e: No space left on device\$" stderr &&
		    [ "$(wc -l < stderr)" = 1 ] && ok ||
		    bad "tmpfs with no room, a small output -> $fmt: exit $rc, '$(cat stderr)'"
		[ "$(ls -A small)" = fill ] && ok || bad "tmpfs with no room ($fmt): left $(ls -A small)"
	done
	umount small
	rm -f bigpage.html
else
	skipped "full file system: cannot mount a tmpfs here (/dev/full is tested above)"
fi

# ---- inputs that vanish: a dangling symlink, a listed file removed -------
ln -s nothere.html dangling.html
fails "a dangling symlink" 1 "quire: dangling.html: No such file or directory" -- \
    "$q" -t json -o out/r.json dangling.html
cp good.html gone.html
rm -rf listed; mkdir listed
{ echo good.html; rm -f gone.html; echo gone.html; } |
    "$q" -t json --files-from - -o listed >stdout 2>stderr
rc=$?
[ $rc -eq 1 ] && [ "$(cat stderr)" = "quire: gone.html: No such file or directory" ] &&
    [ "$(ls -A listed)" = good.json ] && ok ||
    bad "a listed input removed before it is read: exit $rc, '$(cat stderr)', outputs '$(ls -A listed)'"

# ---- a batch of five, two bad: three converted, one message each, exit 1 --
cp good.html good2.html; cp good.html good3.html
rm -rf batch; mkdir batch
"$q" -t json -o batch good.html missing.html good2.html empty.html good3.html \
    >stdout 2>stderr
rc=$?
[ $rc -eq 1 ] && ok || bad "batch: exit $rc, want 1"
want="quire: missing.html: No such file or directory
quire: empty.html: input is empty"
[ "$(cat stderr)" = "$want" ] && ok || bad "batch: stderr '$(cat stderr)', want '$want'"
[ "$(ls -A batch | tr '\n' ' ')" = "good.json good2.json good3.json " ] && ok ||
    bad "batch: outputs are '$(ls -A batch)'"
for f in good good2 good3; do
	grep -q 'The first paragraph of the good page.' batch/$f.json && ok ||
	    bad "batch: $f.json lacks its text"
done

echo "badinput: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
