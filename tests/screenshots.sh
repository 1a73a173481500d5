#!/bin/sh
# screenshots.sh QUIRE CHECK_QUIRE SHARED OUT -- render the seed
# (samples/kremlin-candidate.txt) and a deep corpus page
# (wordpress-netzpolitik, replies 5 levels deep) as XHTML, then take
# screenshots of them with headless Chromium at 600x800 (a small
# e-reader) and 1200x900 (a desktop browser): OUT/NAME-WxH.png.
# Where a reader is not built yet, the unit-test models stand in for
# the page it would read (said on one line).
q=${1:?usage: screenshots.sh QUIRE CHECK_QUIRE SHARED OUT}
check=${2:?} shared=${3:?} out=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
mkdir -p "$out" || exit 1
out=$(cd "$out" && pwd)
have() { ! echo x | "$q" -f "$1" -t json 2>&1 >/dev/null | grep -q 'not available'; }
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
[ -n "$chrome" ] || { echo "screenshots: no chromium (apt-get install chromium)"; exit 1; }
cp "$top/templates/quire.css" "$out/quire.css"
pages=
if have text; then
	"$q" -f text -t xhtml -o "$out/seed.xhtml" "$top/samples/kremlin-candidate.txt" && pages="$pages seed"
else
	echo "screenshots: no text reader yet: the seed is replaced by the 'structure' test model"
	tmp=$(mktemp -d)
	QUIRE_XHTML_DUMP=$tmp CK_RUN_SUITE=xhtml CK_RUN_CASE=xhtml CK_VERBOSITY=silent "$check" >/dev/null 2>&1
	cp "$tmp/structure.xhtml" "$out/seed.xhtml" && pages="$pages seed"
	cp "$tmp/chain-12.xhtml" "$out/chain-12.xhtml" && pages="$pages chain-12"
	rm -rf "$tmp"
fi
deep=$shared/corpus/html/wordpress-netzpolitik.html
if have html && [ -f "$deep" ]; then
	"$q" -f html -t xhtml -o "$out/deep.xhtml" "$deep" && pages="$pages deep"
else
	echo "screenshots: no html reader (or no corpus) yet: no deep corpus page"
fi
sandbox=
[ "$(id -u)" = 0 ] && sandbox=--no-sandbox
for p in $pages; do
	for size in 600,800 1200,900; do
		png="$out/$p-$(echo $size | tr , x).png"
		"$chrome" --headless=new $sandbox --disable-gpu --hide-scrollbars \
		    --user-data-dir="$(mktemp -d)" --window-size=$size \
		    --screenshot="$png" "file://$out/$p.xhtml" >/dev/null 2>&1
		[ -s "$png" ] && echo "  $png" || echo "screenshots: failed: $png"
	done
done
