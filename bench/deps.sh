#!/bin/sh
# deps.sh DIR PACKAGE... -- the benchmark's tools: the Debian packages
# (through tests/deps.sh, which installs them as root) whose commands are
# not already on PATH, then turndown from the npm registry into
# DIR/node_modules; without the registry, turndown is skipped with a
# notice and the benchmark runs without it.
dir=${1:?usage: deps.sh DIR PACKAGE...}; shift
here=$(dirname "$0")
need=
for p in "$@"; do
	case $p in	# a tool installed some other way (nodesource's node
			# bundles npm) counts as present
	hyperfine|pandoc|npm) command -v $p >/dev/null 2>&1 && continue ;;
	nodejs) command -v node >/dev/null 2>&1 && continue ;;
	time) [ -x /usr/bin/time ] && continue ;;
	libxml2-utils) command -v xmllint >/dev/null 2>&1 && continue ;;
	python3-html2text) /usr/bin/python3 -m html2text --version >/dev/null 2>&1 && continue ;;
	esac
	need="$need $p"
done
[ -z "$need" ] || sh "$here/../tests/deps.sh" $need || exit 1
mkdir -p "$dir"
if [ -d "$dir/node_modules/turndown" ]; then
	exit 0
elif ! command -v npm >/dev/null 2>&1; then
	echo "bench: turndown skipped: no npm"
elif timeout 300 npm install --silent --no-audit --no-fund --prefix "$dir" turndown@7 >/dev/null 2>&1; then
	echo "bench: turndown installed in $dir/node_modules"
else
	echo "bench: turndown skipped: the npm registry is not reachable"
fi
exit 0
