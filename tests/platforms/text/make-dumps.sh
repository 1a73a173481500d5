#!/bin/sh
# tests/platforms/text/make-dumps.sh -- write the plain-text dumps of every
# tests/platforms/NAME.html page as NAME.DUMPER.txt beside this script, with
# the commands and settings the corpus dumps were made with
# (../shared/corpus/README.md "Text dumps": LANG=C.UTF-8, an empty $HOME, no
# rc files, default widths; lynx 2.9.0dev.12, w3m 0.5.3+git20230121, links
# 2.28, html2text 1.3.2a from Debian).  Run it from the repository root after
# `apt-get install lynx w3m links html2text`; `make check` only reads the
# committed dumps (mk/textplat.mk), it never runs this.
set -eu
dir=tests/platforms
out=$dir/text
for t in lynx w3m links html2text; do
    command -v $t >/dev/null || { echo "make-dumps.sh: $t is not installed" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export LANG=C.UTF-8 HOME="$home"
unset LC_ALL LC_CTYPE
for f in "$dir"/*.html; do
    n=$(basename "$f" .html)
    lynx -dump -nolist -display_charset=utf-8 "$f" > "$out/$n.lynx.txt"
    w3m -dump -O UTF-8 "$f" > "$out/$n.w3m.txt"
    links -dump "$f" > "$out/$n.links.txt"
    if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
        html2text -utf8 "$f" > "$out/$n.html2text.txt"
    else
        html2text "$f" > "$out/$n.html2text.txt"
    fi
done
echo "make-dumps.sh: $(ls "$out"/*.txt | wc -l) dumps in $out"
