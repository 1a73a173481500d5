#!/bin/sh
# install.sh -- `make install` into a temporary prefix, then build and run
# a small program against the installed header, library and quire.pc.
set -u
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok()  { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

make -s install PREFIX="$tmp/usr" >"$tmp/log" 2>&1 || { cat "$tmp/log"; bad "make install"; }
for f in bin/quire lib/libquire.a include/quire.h share/man/man1/quire.1 lib/pkgconfig/quire.pc; do
	[ -f "$tmp/usr/$f" ] && ok || bad "not installed: $f"
done
for f in templates/*; do
	[ -f "$f" ] || continue
	[ -f "$tmp/usr/share/quire/$(basename "$f")" ] && ok || bad "template not installed: $f"
done
cat > "$tmp/t.c" <<'EOT'
#include <stdio.h>
#include <quire.h>
int main(void) {
	struct qr_doc *doc = qr_doc_new();
	struct qr_node *c = qr_open_comment(doc, doc->thread);
	c->as.comment.author = qr_doc_strdup(doc, "Ann");
	int rc = qr_write(doc, QR_OUT_JSON, stdout, NULL, NULL);
	qr_doc_free(doc);
	return rc;
}
EOT
PKG_CONFIG_PATH="$tmp/usr/lib/pkgconfig" cc -o "$tmp/t" "$tmp/t.c" \
    $(PKG_CONFIG_PATH="$tmp/usr/lib/pkgconfig" pkg-config --cflags --libs --static quire) \
    >"$tmp/log" 2>&1 && ok || { cat "$tmp/log"; bad "compile against the installed library"; }
[ -x "$tmp/t" ] && "$tmp/t" | grep -q '"author": "Ann"' && ok || bad "program linked against libquire"
"$tmp/usr/bin/quire" --version | grep -q '^quire ' && ok || bad "installed quire runs"
echo "install: $pass passed, $fail failed"
[ $fail -eq 0 ]
