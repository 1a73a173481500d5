#!/bin/sh
# manpage.sh QUIRE -- `quire --help` and doc/quire.1 name the same options,
# and the man page formats without warnings.
q=${1:?usage: manpage.sh QUIRE}
man=$(dirname "$0")/../doc/quire.1
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
"$q" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$tmp/help"
sed -n 's/.*Fl \\-\([a-z\\-]*\).*/--\1/p' "$man" | sed 's/\\-/-/g' | sort -u > "$tmp/man"
if cmp -s "$tmp/help" "$tmp/man"; then pass=$((pass + 1))
else echo "FAIL: --help and doc/quire.1 disagree (< help, > man):"; diff "$tmp/help" "$tmp/man"; fail=$((fail + 1)); fi
if command -v groff >/dev/null 2>&1; then
	groff -mandoc -Tutf8 -ww -z "$man" 2>"$tmp/warn"
	if [ -s "$tmp/warn" ]; then echo "FAIL: groff warns:"; cat "$tmp/warn"; fail=$((fail + 1))
	else pass=$((pass + 1)); fi
fi
echo "manpage: $pass passed, $fail failed"
[ $fail -eq 0 ]
