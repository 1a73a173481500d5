#!/bin/sh
# attr-names.sh -- every data-* or aria-* attribute name the code reads
# (a literal in src/) is one the arena tree stores: html_tree.c drops
# the data-* and aria-* families but for the names in its keep_family[]
# (a reader added without it reads nothing, silently).
src=${1:-src}
keep=$(sed -n '/^static const char \*const keep_family\[\]/,/^};/p' "$src/html_tree.c")
[ -n "$keep" ] || { echo "attr-names: no keep_family[] in $src/html_tree.c" >&2; exit 1; }
fail=0 n=0
for name in $(grep -ho '"\(data\|aria\)-[a-z][a-z-]*' "$src"/*.c | tr -d '"' | sort -u); do
	n=$((n + 1))
	case $keep in
	*"\"$name\""*) ;;
	*) echo "attr-names: $name is read (src/) but not in html_tree.c keep_family[]" >&2
	   fail=$((fail + 1)) ;;
	esac
done
echo "attr-names: $n names read, $fail not stored"
[ $fail = 0 ]
