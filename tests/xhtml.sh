#!/bin/sh
# xhtml.sh QUIRE CHECK_QUIRE SHARED -- every XHTML output we can make is
# well-formed (xmllint --nonet), passes the quick XPath checks of
# FORMATS.md (XHTML namespace, unique ids, nothing active) and is a valid
# EPUB 3 content document (epub-check-xhtml --strict, one epubcheck run
# for all of them: Java starts slowly).
#
# Outputs: the unit-test models (check_xhtml.c, dumped with
# QUIRE_XHTML_DUMP), and through the readers this build has: the
# samples, the goldens (the hostile ones, tests/golden/xhtml-*.html,
# also with --remote-images), and a
# representative subset of the corpus (QUIRE_XHTML_CORPUS=all for every
# page).  Parts whose reader or tool is missing are skipped with a line.
q=${1:?usage: xhtml.sh QUIRE CHECK_QUIRE SHARED}
check=${2:?} shared=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
out=$tmp/out img=$tmp/img
mkdir -p "$out/images" "$img" || exit 1
ok()  { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
have() { ! echo x | "$q" -f "$1" -t json 2>&1 >/dev/null | grep -q 'not available'; }

# 1. the models of the unit tests
if QUIRE_XHTML_DUMP=$out CK_RUN_SUITE=xhtml CK_RUN_CASE=xhtml CK_VERBOSITY=silent \
    "$check" >"$tmp/log" 2>&1; then ok
else cat "$tmp/log"; bad "check_quire (suite xhtml) failed"; fi
# a local image (a 1x1 PNG), for templates or pages that keep one
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\001\0\0\0\001\010\006\0\0\0\037\025\304\211\0\0\0\rIDATx\234c\370\377\377?\0\005\376\002\376\247\065\201\204\0\0\0\0IEND\256B`\202' \
    > "$out/images/local.png"

# 2. through the readers
# convert DIR/NAME INPUT FORMAT [ARGS]: quire -f FORMAT -t xhtml into DIR/NAME.xhtml
convert() {
	name=$1 in=$2 from=$3; shift 3
	if "$q" -f "$from" -t xhtml "$@" -o "$name.xhtml" "$in" 2>"$tmp/err"; then ok
	else bad "$in -> xhtml: $(cat "$tmp/err")"; fi
}
corpus=$shared/corpus
html_subset="wordpress-netzpolitik wordpress-moritzmeyer wordpress-epoch-wptavern
wordpresscom-gormulus blogger-papierplanet drupal-hpd pixnet-stevenhgm
zeit-zugverkehr xenforo-katzenforum vbulletin-pocketpc disqusnoscript-toptal
news-qq-nocomments tdiary-takagi-nocomments"
text_subset="wordpress-netzpolitik.lynx pixnet-stevenhgm.w3m drupal-hpd.html2text
blogger-papierplanet.links wordpress-moritzmeyer.seed"
if [ "${QUIRE_XHTML_CORPUS:-}" = all ] && [ -d "$corpus" ]; then
	html_subset=$(cd "$corpus/html" && ls | sed 's/\.html$//')
	text_subset=$(cd "$corpus/text" && ls | sed 's/\.txt$//')
fi
for kind in html text; do
	if ! have $kind; then
		echo "xhtml: $kind inputs skipped: the $kind reader is not built yet"
		continue
	fi
	ext=$kind; [ $kind = text ] && ext=txt
	for f in "$top"/samples/*.$ext "$top"/tests/golden/*.$ext; do
		[ -f "$f" ] || continue
		case "$f" in *.out.*) continue ;; esac
		b=$(basename "$f" ".$ext")
		convert "$out/$kind-$b" "$f" $kind
		case "$f" in */golden/xhtml-*)	# hostile: with <img> kept too
			# (not for epubcheck, which rejects remote images)
			convert "$img/$kind-$b" "$f" $kind --remote-images ;;
		esac
	done
	if [ -d "$corpus/$kind" ]; then
		[ $kind = html ] && list=$html_subset || list=$text_subset
		for b in $list; do
			[ -f "$corpus/$kind/$b.$ext" ] && convert "$out/corpus-$b" "$corpus/$kind/$b.$ext" $kind
		done
	else
		echo "xhtml: corpus skipped: no $corpus beside this clone"
	fi
done

# 3. a malformed --template is reported with its own name and line, and
# no input line
if have text; then
	printf '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title><?quire title?></title>\n</head><body><?quire body?>\n</bdy></html>\n' > "$tmp/bad.xhtml"
	printf 'Title\n\nText.\n' > "$tmp/in.txt"
	"$q" -t xhtml --template "$tmp/bad.xhtml" "$tmp/in.txt" >/dev/null 2>"$tmp/err"
	rc=$?
	if [ $rc = 1 ] && grep -q "^quire: template $tmp/bad.xhtml:5: .*mismatch" "$tmp/err" &&
	    ! grep -q "in.txt" "$tmp/err"; then ok
	else bad "bad --template: exit $rc, '$(cat "$tmp/err")'"; fi
fi

# 3b. an installed quire finds the installed template (moved prefix too)
if have text && [ "${SANITIZE:-}" != 1 ]; then
	make -s -C "$top" install PREFIX="$tmp/usr" >"$tmp/log" 2>&1 || cat "$tmp/log"
	mv "$tmp/usr" "$tmp/moved"
	if "$tmp/moved/bin/quire" -t xhtml "$tmp/in.txt" 2>"$tmp/err" | grep -q '<title>Title</title>'; then ok
	else bad "installed quire: $(cat "$tmp/err")"; fi
fi

# 4. xmllint and the quick checks of FORMATS.md
n=0
for f in "$out"/*.xhtml "$img"/*.xhtml; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	b=$(basename "$f")
	if ! xmllint --noout --nonet "$f" 2>"$tmp/err"; then
		bad "$b: not well-formed: $(head -3 "$tmp/err")"; continue
	fi
	ns=$(xmllint --nonet --xpath 'namespace-uri(/*)' "$f" 2>/dev/null)
	[ "$ns" = http://www.w3.org/1999/xhtml ] || bad "$b: root namespace '$ns'"
	if xmllint --nonet --xpath '//*[@id=(following::*|descendant::*)/@id]/@id' "$f" >/dev/null 2>&1; then
		bad "$b: duplicate ids"
	fi
	if xmllint --nonet --xpath '//*[local-name()="script" or local-name()="iframe" or local-name()="form" or local-name()="object" or local-name()="embed"] | //@*[starts-with(local-name(), "on")] | //@href[starts-with(translate(normalize-space(.), "JAVSCRIPT", "javscript"), "javascript:")]' "$f" >/dev/null 2>&1; then
		bad "$b: active content"
	fi
	ok
done
echo "xhtml: $n documents"

# 5. epubcheck, once for all (with quire.css beside them, as users put it)
cp "$top/templates/quire.css" "$out/quire.css"
if ! command -v java >/dev/null 2>&1 || [ ! -x "$shared/tools/epub-check-xhtml" ]; then
	echo "xhtml: epubcheck skipped: no java or no $shared/tools/epub-check-xhtml"
elif [ $n -gt 0 ]; then
	if "$shared/tools/epub-check-xhtml" --strict -q "$out"/*.xhtml \
	    "$top/templates/quire.css" >"$tmp/epub" 2>&1; then ok
	else cat "$tmp/epub"; bad "epubcheck"; fi
fi
echo "xhtml: $pass passed, $fail failed"
[ $fail -eq 0 ]
