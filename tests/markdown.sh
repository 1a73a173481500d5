#!/bin/sh
# markdown.sh QUIRE [SHARED] -- the Markdown writer on every input the
# built readers can read: the samples, tests/golden inputs and, when
# SHARED (../shared) is there, every corpus page (html/ and text/).
# For each output (FORMATS.md section 2):
#   M2  cmark -t commonmark gives it back byte for byte;
#   M3  cmark -t xml of it equals that of its re-rendering;
#   M4  its list nesting follows the model's comment tree (JSON from the
#       same input): every comment is one item, at list depth
#       min(depth, 6), deeper replies in their level-6 ancestor's list in
#       page order; each comment's block quotes match the model's;
#   M5  cmark and pandoc -f commonmark give the same HTML (compared as
#       parsed trees: tags, attributes with URLs unescaped, text and
#       alt/title with white space collapsed, text in NFC as pandoc
#       writes it, empty alt/title, mailto titles (pandoc's HTML writer
#       drops them) and comments left out);
#   M7  with --front-matter: the YAML block parses (when python3-yaml is
#       there) and what follows it passes M2.
# Inputs a reader cannot read yet are skipped with a notice.
# With "--unit CHECK_QUIRE", the Markdown suite of the unit tests is run
# with QUIRE_MD_DUMP set, and the outputs it wrote (random documents full
# of Markdown-looking text, deep chains, ...) get M2, M3 and M5 too.
# Extra arguments: more Markdown files for M2, M3 and M5 (no model).
q=${1:?usage: markdown.sh QUIRE [SHARED] [--unit CHECK_QUIRE] [FILE.md...]}
shared=${2:-../shared}
[ $# -ge 2 ] && shift 2 || shift 1
unit=
if [ "$1" = --unit ]; then
	unit=$2
	shift 2
fi
here=$(dirname "$0")
for tool in cmark pandoc python3; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "markdown: skipped: $tool is not installed"
		exit 0
	fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# the inputs
: > "$tmp/inputs"
for f in "$here"/../samples/* "$here"/golden/*.html "$here"/golden/*.txt; do
	[ -f "$f" ] && echo "$f" >> "$tmp/inputs"
done
if [ -d "$shared/corpus/html" ]; then
	for f in "$shared"/corpus/html/* "$shared"/corpus/text/*; do
		[ -f "$f" ] && echo "$f" >> "$tmp/inputs"
	done
else
	echo "markdown: corpus skipped: no $shared/corpus beside this clone"
fi

# which readers are built
for kind in html text; do
	if echo x | "$q" -f $kind -t json 2>&1 >/dev/null |
	    grep -q "not available"; then
		echo "markdown: $kind inputs skipped: the $kind reader is not built yet"
		eval "have_$kind=no"
	else
		eval "have_$kind=yes"
	fi
done

# convert, in quire's batch mode (a few processes, not a thousand):
# x/N.json, x/N.md and fm/N.md (with --front-matter) for input N, linked
# as in/N.html or in/N.text so that the output names cannot collide
mkdir "$tmp/in" "$tmp/x" "$tmp/fm"
n=0
: > "$tmp/names"
while read -r f; do
	case "$f" in
	*.html|*.htm) kind=html ;;
	*) kind=text ;;
	esac
	eval "[ \$have_$kind = yes ]" || continue
	n=$((n + 1))
	ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" \
	    "$tmp/in/$n.$kind"
	echo "$n $f" >> "$tmp/names"
done < "$tmp/inputs"
convert() {	# convert KIND: every input of that kind, three ways
	set -- "$tmp"/in/*."$1"
	[ -e "$1" ] || return 0
	kind=${1##*.}
	"$q" -q -j0 -f "$kind" -t json -o "$tmp/x" "$@"
	"$q" -q -j0 -f "$kind" -t markdown -o "$tmp/x" "$@"
	"$q" -q -j0 -f "$kind" -t markdown --front-matter -o "$tmp/fm" "$@"
	return 0
}
convert html
convert text
: > "$tmp/list"
while read -r i f; do
	if [ ! -f "$tmp/x/$i.json" ]; then
		echo "markdown: $f: skipped: the reader refuses it"
		continue
	fi
	if [ ! -f "$tmp/x/$i.md" ] || [ ! -f "$tmp/fm/$i.md" ]; then
		echo "markdown: $f: FAIL: the writer failed"
		echo "$f FAILED" >> "$tmp/list"
		continue
	fi
	echo "$f $tmp/x/$i" >> "$tmp/list"
done < "$tmp/names"
if [ -n "$unit" ]; then
	mkdir "$tmp/unit"
	CK_RUN_SUITE=markdown QUIRE_MD_DUMP="$tmp/unit/u" "$unit" >/dev/null ||
	    echo "markdown: $unit failed (see check-unit)"
	# the first 50 outputs of each test (pandoc is slow to start);
	# front matter is checked above, on real inputs
	for f in "$tmp"/unit/*.md; do
		case "$f" in *.[0-9].md|*.[0-4][0-9].md) ;; *) continue ;; esac
		[ -f "$f" ] && [ "$(head -n 1 "$f")" != "---" ] &&
		    echo "$f -" >> "$tmp/list"
	done
fi
for f in "$@"; do
	echo "$f -" >> "$tmp/list"
done

python3 - "$tmp/list" <<'EOF'
import html.parser, json, os, re, subprocess, sys, unicodedata, urllib.parse
import xml.etree.ElementTree as ET

CAP = 6
NS = '{http://commonmark.org/xml/1.0}'
fails = 0
checked = 0

def run(args, data):
    return subprocess.run(args, input=data, stdout=subprocess.PIPE,
                          check=True).stdout

class Tree(html.parser.HTMLParser):
    """HTML as a list of tokens: tags, attributes (URLs unescaped),
    text with white space collapsed."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.text = ''
    def flush(self):
        # pandoc writes text in NFC; cmark leaves it as it is
        t = unicodedata.normalize('NFC', ' '.join(self.text.split()))
        if t:
            self.out.append(('text', t))
        self.text = ''
    def handle_starttag(self, tag, attrs):
        self.flush()
        a = []
        for k, v in attrs:
            if k == 'type' and v == '1':
                continue
            if k in ('href', 'src'):
                v = urllib.parse.unquote(v or '')
            elif k in ('alt', 'title'):
                v = ' '.join((v or '').split())
                if not v:
                    continue    # pandoc leaves out an empty alt
            a.append((k, v))
        if tag == 'a' and dict(a).get('href', '').startswith('mailto:'):
            # pandoc's HTML writer drops a mailto link's title (its
            # parse keeps it: pandoc -t native)
            a = [(k, v) for k, v in a if k != 'title']
        self.out.append(('<', tag, tuple(sorted(a))))
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
    def handle_endtag(self, tag):
        self.flush()
        self.out.append(('>', tag))
    def handle_data(self, d):
        self.text += d
    def handle_comment(self, d):
        pass        # invisible (cmark's safe mode writes its own)

def tokens(h):
    t = Tree()
    t.feed(h.decode('utf-8'))
    t.close()
    t.flush()
    return t.out

def kids(e, name=None):
    return [c for c in e if name is None or c.tag == NS + name]

def count(e, name):
    return sum(1 for x in e.iter(NS + name))

def model_quotes(blocks):
    n = 0
    stack = list(blocks)
    while stack:
        b = stack.pop()
        if b['type'] == 'quote':
            n += 1
            stack.extend(b['blocks'])
        elif b['type'] == 'list':
            for it in b['items']:
                stack.extend(it)
    return n

def flat(c):
    """c's replies in page order, all levels (iteratively)."""
    out, stack = [], list(reversed(c['replies']))
    while stack:
        r = stack.pop()
        out.append(r)
        stack.extend(reversed(r['replies']))
    return out

def check_thread(model, md, name):
    """M4: the thread list of the parsed output against the model."""
    doc = ET.fromstring(run(['cmark', '-t', 'xml'], md))
    blocks = kids(doc)
    top = None
    for i, b in enumerate(blocks):
        if b.tag == NS + 'heading' and b.get('level') == '2' and \
                ''.join(t.text or '' for t in b.iter(NS + 'text')) == \
                'Comments' and \
                i + 1 < len(blocks) and blocks[i + 1].tag == NS + 'list':
            top = blocks[i + 1]
    comments = model['comments']
    if not comments:
        return []
    if top is None:
        return ['no comment list after "## Comments"']
    errs = []
    # (model comments, xml list, depth); iterative
    work = [(comments, top, 1)]
    while work and len(errs) < 5:
        cs, lst, depth = work.pop()
        seq = []
        for c in cs:
            seq.append(c)
            if depth == CAP:
                seq.extend(flat(c))
        items = kids(lst, 'item')
        if len(items) != len(seq):
            errs.append('depth %d: %d items for %d comments'
                        % (depth, len(items), len(seq)))
            continue
        for c, it in zip(seq, items):
            sub = [x for x in kids(it, 'list')]
            reply = sub[-1] if (c['replies'] and depth < CAP) else None
            q = count(it, 'block_quote') - \
                (count(reply, 'block_quote') if reply is not None else 0)
            if q != model_quotes(c['body']):
                errs.append('comment by %r at depth %d: %d quotes, model '
                            'has %d' % (c['author'], depth, q,
                                        model_quotes(c['body'])))
            if reply is not None:
                if reply.get('type') != 'bullet':
                    errs.append('replies of %r not a bullet list'
                                % c['author'])
                work.append((c['replies'], reply, depth + 1))
    return errs

def check(name, base):
    global fails, checked
    md = open(base + '.md', 'rb').read() if base != '-' else \
        open(name, 'rb').read()
    errs = []
    # M2
    again = run(['cmark', '-t', 'commonmark'], md)
    if again != md:
        a, b = md.split(b'\n'), again.split(b'\n')
        k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y),
                 min(len(a), len(b)))
        errs.append('M2: not a fixpoint at line %d: %r' %
                    (k + 1, a[k] if k < len(a) else b''))
    # M3 (follows from M2; checked when M2 fails)
    if again != md and \
            run(['cmark', '-t', 'xml'], md) != run(['cmark', '-t', 'xml'], again):
        errs.append('M3: the re-rendering parses to another tree')
    # M4
    if base != '-':
        model = json.load(open(base + '.json', encoding='utf-8'))
        errs += ['M4: ' + e for e in check_thread(model, md, name)]
    # M5: later, all files in one pandoc run
    m5.append((name, md))
    # M7
    if base != '-':
        fm = open(os.path.join(os.path.dirname(os.path.dirname(base)),
                               'fm', os.path.basename(base) + '.md'),
                  'rb').read()
        m = re.match(rb'---\n(.*?\n)?---\n', fm, re.S)
        if not m:
            errs.append('M7: no front matter')
        else:
            rest = fm[m.end():]
            if run(['cmark', '-t', 'commonmark'], rest) != rest:
                errs.append('M7: the text after the front matter is not '
                            'a fixpoint')
            try:
                import yaml
                y = yaml.safe_load(m.group(1) or b'')
                model = json.load(open(base + '.json', encoding='utf-8'))
                if model['title'] is not None and \
                        (y or {}).get('title') != model['title']:
                    errs.append('M7: YAML title %r != %r'
                                % (y.get('title'), model['title']))
            except ImportError:
                pass
    checked += 1
    report(name, errs)

failed = set()

def report(name, errs):
    global fails
    if errs:
        if name not in failed:
            fails += 1
        failed.add(name)
        if name.startswith(tmpdir):
            name = 'unit test output ' + name[len(tmpdir):]
        print('markdown: %s: FAIL' % name)
        for e in errs[:6]:
            print('  ' + e)

SPLIT = b'<!-- quire-split -->'

def check_m5():
    """cmark and pandoc on every file, in one run each: the files are
    joined by an HTML block at column 0 after a blank line, which closes
    every list and quote; the HTML is split there again."""
    if not m5:
        return
    joined = (b'\n\n' + SPLIT + b'\n\n').join(md for _, md in m5)
    ha = run(['cmark', '--unsafe'], joined).split(SPLIT)
    hb = run(['pandoc', '-f', 'commonmark', '-t', 'html'], joined).split(SPLIT)
    if len(ha) != len(m5) or len(hb) != len(m5):
        report('(all files)', ['M5: could not split the joined output'])
        return
    for (name, _), x, y in zip(m5, ha, hb):
        a, b = tokens(x), tokens(y)
        if a != b:
            k = next((i for i, (p, q) in enumerate(zip(a, b)) if p != q),
                     min(len(a), len(b)))
            report(name, ['M5: cmark and pandoc differ at token %d: %r / %r'
                          % (k, a[k:k + 3], b[k:k + 3])])

tmpdir = sys.argv[1].rsplit('/', 1)[0] + '/'
m5 = []
for line in open(sys.argv[1], encoding='utf-8'):
    name, base = line.rstrip('\n').rsplit(' ', 1)
    if base == 'FAILED':
        fails += 1
        continue
    try:
        check(name, base)
    except subprocess.CalledProcessError as e:
        fails += 1
        print('markdown: %s: FAIL: %s' % (name, e))
check_m5()
print('markdown: %d checked, %d failed' % (checked, fails))
sys.exit(1 if fails else 0)
EOF
