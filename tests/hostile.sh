#!/bin/sh
# hostile.sh QUIRE -- active content never reaches an output (issue 8).
# For every hostile page in tests/hostile/ and every output format that
# is built: the conversion succeeds, the visible text is kept, no byte
# of a payload (the word "xssmark") is left, and the output holds no
# script, event handler, dangerous URL, external entity or raw HTML
# (XHTML checked with xmllint, Markdown read back with cmark).
# Formats and readers that are not built yet are skipped with a notice.
q=${1:?usage: hostile.sh QUIRE}
here=$(cd "$(dirname "$0")" && pwd)
dir=$here/hostile
pass=0 fail=0 skip=0
t=$(mktemp -d) || exit 1
trap 'rm -rf "$t"' EXIT INT TERM

ok()  { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
have() { ! echo x | "$q" -f "$1" -t json 2>&1 >/dev/null | grep -q 'not available'; }
have_out() { ! echo '<p>x</p>' | "$q" -t "$1" 2>&1 >/dev/null | grep -q "format '$1' is not available"; }

formats=
for f in json markdown xhtml text; do
	if have_out $f; then formats="$formats $f"
	else echo "hostile: skipped: no $f writer in this build"; skip=$((skip + 1)); fi
done

# structure NAME FORMAT FILE: the format-specific checks
structure() {
	case $2 in
	xhtml)
		if ! xmllint --noout --nonet "$3" 2>"$t/xerr"; then
			bad "$1: XHTML not well-formed: $(head -3 "$t/xerr")"
			return
		fi
		n=$(xmllint --nonet --xpath 'count(//*[local-name()="script" or local-name()="iframe" or local-name()="object" or local-name()="embed" or local-name()="frame" or local-name()="form" or local-name()="base" or local-name()="svg" or local-name()="math" or (local-name()="meta" and translate(@http-equiv,"REFSH","refsh")="refresh")] | //@*[starts-with(translate(local-name(),"ON","on"),"on")] | //@style)' "$3" 2>/dev/null)
		[ "$n" = 0 ] && ok || bad "$1: $n script/frame/handler/style nodes in the XHTML"
		n=$(xmllint --nonet --xpath 'count(//@*[contains(translate(.,"JAVSCRIPTBD","javscriptbd"),"javascript:") or contains(translate(.,"VBSCRIPT","vbscript"),"vbscript:") or starts-with(normalize-space(translate(.,"DATA","data")),"data:")])' "$3" 2>/dev/null)
		[ "$n" = 0 ] && ok || bad "$1: $n attributes with javascript:/vbscript:/data: in the XHTML"
		grep -q '<!ENTITY\|<!DOCTYPE[^>]*SYSTEM' "$3" && bad "$1: a DTD declaration in the XHTML" || ok
		;;
	markdown)
		if command -v cmark >/dev/null; then
			cmark -t xml "$3" > "$t/md.xml"
			grep '<html_block\|<html_inline' "$t/md.xml" | grep -qv 'end list --' &&
			    bad "$1: raw HTML in the Markdown: $(grep -m2 -A1 '<html_' "$t/md.xml")" || ok
			grep -qiE 'destination="[[:space:]]*(javascript|vbscript|data):' "$t/md.xml" &&
			    bad "$1: a dangerous link in the Markdown" || ok
		fi
		;;
	esac
}

if have html; then
	for in in "$dir"/*.html; do
		name=$(basename "$in")
		for fmt in $formats; do
			out=$t/$name.$fmt
			if ! "$q" -f html -t $fmt "$in" >"$out" 2>"$t/err"; then
				bad "$name -> $fmt: exit $?: $(head -c 300 "$t/err")"
				continue
			fi
			grep -qi xssmark "$out" &&
			    bad "$name -> $fmt: a payload got through: $(grep -io '.\{0,60\}xssmark.\{0,30\}' "$out" | head -3)" || ok
			grep -q 'root:x:0:0' "$out" && bad "$name -> $fmt: /etc/passwd was read" || ok
			for w in keepone keeptwo; do
				grep -q "$w" "$out" && ok || bad "$name -> $fmt: the visible word $w is lost"
			done
			structure "$name -> $fmt" $fmt "$out"
		done
	done
else
	echo "hostile: skipped: HTML pages: no HTML reader in this build"
	skip=$((skip + 1))
fi

if have text; then
	for in in "$dir"/*.txt; do
		name=$(basename "$in")
		for fmt in $formats; do
			out=$t/$name.$fmt
			if ! "$q" -f text -t $fmt "$in" >"$out" 2>"$t/err"; then
				bad "$name -> $fmt: exit $?: $(head -c 300 "$t/err")"
				continue
			fi
			structure "$name -> $fmt" $fmt "$out"
		done
	done
else
	echo "hostile: skipped: text dumps: no text reader in this build"
	skip=$((skip + 1))
fi

echo "hostile: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
