#!/bin/sh
# run-samples.sh QUIRE SAMPLES OUT -- convert every sample to every
# output format that this build has, into OUT/NAME.EXT, with the
# stylesheet the XHTML pages link to (OUT/quire.css) beside them.
q=${1:?} src=${2:?} out=${3:?}
here=$(dirname "$0")
mkdir -p "$out" || exit 1
cp "$here/../templates/quire.css" "$out/quire.css" || exit 1
status=0
for f in "$src"/*; do
	[ -f "$f" ] || continue
	for fmt in json markdown xhtml text; do
		if "$q" -t $fmt -o "$out/" "$f" 2>"$out/.err"; then
			name=$(basename "$f"); name=${name%.*}
			case $fmt in markdown) ext=md ;; text) ext=txt ;; *) ext=$fmt ;; esac
			echo "  $f -> $out/$name.$ext"
		elif grep -q 'not available yet' "$out/.err"; then
			echo "  $f -> $fmt: $(sed -n '1s/^quire: //p' "$out/.err")"
		else
			cat "$out/.err" >&2
			status=1
		fi
	done
done
rm -f "$out/.err"
echo "  templates/quire.css -> $out/quire.css (the XHTML pages' stylesheet)"
for f in "$out"/*.json; do
	[ -f "$f" ] || continue
	echo
	echo "== $f (first lines)"
	head -n 12 "$f"
done
exit $status
