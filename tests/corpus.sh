#!/bin/sh
# corpus.sh QUIRE SHARED -- score the readers on the real-page corpus.
# Fails if a figure drops below the floor in tests/corpus.floors.  Skips
# (with one line) where ../shared is not beside the clone.
q=${1:?} shared=${2:?}
here=$(dirname "$0")
if [ ! -d "$shared/corpus/truth" ] || [ ! -x "$shared/tools/corpus-score" ]; then
	echo "corpus: skipped: no $shared/corpus beside this clone"
	exit 0
fi
status=0
while read -r kind found placed false; do
	case "$kind" in ''|'#'*) continue ;; esac
	probe=$(echo x | "$q" -f "$kind" -t json 2>&1 >/dev/null)
	case "$probe" in *"not available yet"*)
		echo "corpus: $kind: skipped: the $kind reader is not built yet"
		continue ;;
	esac
	QUIRE=$q "$shared/tools/corpus-score" "$kind" "$shared/corpus" "$kind" \
	    --min-found "$found" --min-placed "$placed" --max-false "$false" \
	    || status=1
done < "$here/corpus.floors"
exit $status
