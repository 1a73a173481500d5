#!/bin/sh
# deps.sh PACKAGE... -- make sure these Debian packages are installed.
# As root, install the missing ones with apt-get; otherwise print the
# exact command to run and fail.
missing=
for p in "$@"; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$s" in *" installed") ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "quire: missing packages:$missing (no apt-get here: install them by hand)" >&2
	exit 1
fi
if [ "$(id -u)" = 0 ]; then
	echo "Installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq || exit 1
	apt-get install -y -qq --no-install-recommends $missing || exit 1
else
	echo "quire: missing packages:$missing" >&2
	echo "Run:  sudo apt-get install$missing" >&2
	exit 1
fi
