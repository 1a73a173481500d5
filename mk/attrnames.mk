# attrnames.mk -- the data-*/aria-* names the readers use are the ones
# the arena tree keeps (html_tree.c keep_family[]; tests/attr-names.sh).
EXTRA_CHECKS += check-attrnames

.PHONY: check-attrnames
check-attrnames:
	sh tests/attr-names.sh src
