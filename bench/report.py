#!/usr/bin/env python3
"""report.py RESULTS_DIR [OUT.md] -- BENCHMARKS.md from bench/run.sh's results.

Reads machine.tsv, pages.tsv, hf-*.json (hyperfine), mem.tsv, sizes.tsv,
commands.txt and notes.txt; prints the tables with medians, ratios against
xmllint and the issue's targets marked met or missed.
"""
import glob
import json
import os
import re
import sys

FORMATS = ["json", "markdown", "xhtml", "text"]
PAGES = ["1k", "2k", "5k", "10k", "50k", "d1000"]


def linear_rounds(d):
    """The linearity rounds (hf-linear-PAIR-ROUND.json, one run of each
    command per round): {"KIND-PAGE TOOL": {"median": s, "times": [...]}}."""
    times, cpus = {}, {}
    for name, h in d["hf"].items():
        if not name.startswith("linear-"):
            continue
        for cmd, r in h.items():
            if not r["failed"]:
                times.setdefault(cmd, []).append(r["median"])
                if r["cpu"] is not None:
                    cpus.setdefault(cmd, []).append(r["cpu"])
    out = {}
    for cmd, ts in times.items():
        ts.sort()
        out[cmd] = {"median": median(ts), "min": ts[0], "max": ts[-1],
                    "runs": len(ts), "failed": 0, "times": ts,
                    "cpu": median(sorted(cpus[cmd])) if cmd in cpus else None}
    return out


def median(ts):
    """The median of a sorted, non-empty list."""
    n = len(ts)
    return ts[n // 2] if n % 2 else (ts[n // 2 - 1] + ts[n // 2]) / 2


def cpu_ratio(a, b):
    """b's CPU time (user + system) over a's, medians over the rounds:
    what the run cost, without the time it waited for a CPU."""
    if a.get("cpu") and b.get("cpu"):
        return "%.2f" % (b["cpu"] / a["cpu"])
    return "–"


def fmt_spread(r):
    """A linearity cell: the median, and the fastest and slowest round."""
    s = fmt_s(r)
    if r and len(r.get("times", [])) > 1:
        s += " (%.3f–%.3f)" % (r["min"], r["max"])
    return s


def load_note(d):
    """The load average (1 min) at the start of the rounds, lowest and
    highest, from linear-load.tsv."""
    loads = d.get("linear_load", [])
    if not loads:
        return ""
    return (" Load average (1 min) at the start of a round: %.2f–%.2f "
            "over %d rounds." % (min(loads), max(loads), len(loads)))


def load(res):
    d = {"machine": {}, "pages": {}, "hf": {}, "mem": {}, "sizes": {},
         "notes": [], "commands": ""}
    with open(os.path.join(res, "machine.tsv")) as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("\t")
            d["machine"][k] = v
    with open(os.path.join(res, "pages.tsv")) as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[0] in ("corpus", "many"):
                d["pages"][c[0]] = {"files": int(c[1]), "bytes": int(c[2])}
            else:
                d["pages"][c[0]] = {"path": c[1], "bytes": int(c[2]),
                                    "comments": int(c[3]), "depth": int(c[4])}
    for p in glob.glob(os.path.join(res, "hf-*.json")):
        name = os.path.basename(p)[3:-5]
        with open(p) as f:
            j = json.load(f)
        d["hf"][name] = {}
        for r in j["results"]:
            codes = [c for c in r.get("exit_codes", []) if c not in (0, None)]
            d["hf"][name][r["command"]] = {
                "median": r["median"], "min": r["min"], "max": r["max"],
                "runs": len(r.get("times", [])),
                "failed": codes[0] if codes else 0,
                # mean user and system time of the runs (hyperfine
                # keeps no per-run figures): one run in a linear round
                "cpu": (r["user"] + r["system"]
                        if r.get("user") is not None and
                        r.get("system") is not None else None)}
    p = os.path.join(res, "mem.tsv")
    if os.path.exists(p):
        with open(p) as f:
            for line in f:
                name, label, kb, rc = line.rstrip("\n").split("\t")
                d["mem"][(name, label)] = (int(kb), int(rc))
    p = os.path.join(res, "sizes.tsv")
    if os.path.exists(p):
        with open(p) as f:
            for line in f:
                name, fmt, size = line.rstrip("\n").split("\t")
                d["sizes"][(name, fmt)] = int(size)
    p = os.path.join(res, "linear-load.tsv")
    if os.path.exists(p):
        with open(p) as f:
            d["linear_load"] = [float(l.split("\t")[2]) for l in f
                                if l.count("\t") == 2]
    for name in ("notes.txt", "commands.txt"):
        p = os.path.join(res, name)
        if os.path.exists(p):
            with open(p) as f:
                if name == "notes.txt":
                    d["notes"] = [l.rstrip("\n") for l in f if l.strip()]
                else:
                    d["commands"] = f.read()
    return d


def mb(b):
    return b / 1e6


def fmt_s(r):
    if r is None:
        return "–"
    s = "%.3f s" % r["median"] if r["median"] < 10 else "%.2f s" % r["median"]
    if r["failed"]:
        s += " (exit %d)" % r["failed"]
    return s


def mark(ok):
    return "**met**" if ok else "**missed**"


def main():
    res = sys.argv[1]
    out = open(sys.argv[2], "w") if len(sys.argv) > 2 else sys.stdout
    d = load(res)
    m = d["machine"]
    fmts = [f for f in FORMATS if f in m.get("formats", "").split()]
    w = out.write
    verdicts = []

    def verdict(what, ok):
        verdicts.append((what, ok))
        return mark(ok)

    w("# quire benchmarks\n\n")
    w("Written by `make bench` (bench/run.sh, then bench/report.py), "
      "started %s. Each row compares tools timed side by side in one "
      "hyperfine run (the notes at the end say how the run went): medians "
      "(`-N`, outputs to /dev/null), peak memory from `/usr/bin/time` around the same runs. "
      "Pages are `../shared/tools/gen-thread` output (WordPress markup, "
      "seed 1) and its `--format text` dumps.\n\n" % m.get("date", "?"))
    w("| machine | |\n|---|---|\n")
    for k, label in (("model", "CPU"), ("nproc", "nproc"), ("mem", "memory"),
                     ("load_start", "load average at start (1, 5, 15 min)"),
                     ("load_end", "load average at end"),
                     ("quire", "quire"), ("libxml2", "xmllint"),
                     ("hyperfine", "hyperfine"), ("pandoc", "pandoc"),
                     ("html2text", "html2text"), ("turndown", "turndown"),
                     ("formats", "quire formats measured")):
        if k in m:
            w("| %s | %s |\n" % (label, m[k]))
    w("\nThe machine was shared with other jobs during the run (see the "
      "load averages): wall-clock figures are noisy; ratios measured in "
      "the same hyperfine run are the fairer comparison.\n\n")

    # -- 1. near the floor --
    w("## 1. HTML pages: quire against `xmllint --html --noout --huge`\n\n")
    w("Target: quire ≤ 1.5× xmllint for every format and page "
      "(stretch: ≤ 1.0×). Cells: median wall time, ratio to xmllint.\n\n")
    w("| page | size | xmllint | " + " | ".join("quire %s" % f for f in fmts)
      + " | target ≤ 1.5× |\n")
    w("|---" * (4 + len(fmts)) + "|\n")
    for p in PAGES + ["corpus"]:
        key = "html-" + p if p != "corpus" else "corpus"
        h = d["hf"].get(key)
        if not h or "xmllint" not in h:
            continue
        pg = d["pages"].get(key, {})
        x = h["xmllint"]["median"]
        cells, worst = [], 0
        for f in fmts:
            r = h.get("quire-" + f)
            if r is None:
                cells.append("–")
                continue
            ratio = r["median"] / x
            worst = max(worst, ratio if not r["failed"] or p == "corpus" else 99)
            cells.append("%s, %.2f×" % (fmt_s(r), ratio))
        label = p if p != "corpus" else "corpus (%d pages, one run)" % pg.get("files", 0)
        if p in ("1k", "2k", "5k", "10k", "50k"):
            label = "%s comments, depth 5" % p
        if p == "d1000":
            label = "2k comments, depth 1000"
        w("| %s | %.1f MB | %s (%.1f MB/s) | %s | %s |\n" % (
            label, mb(pg.get("bytes", 0)), fmt_s(h["xmllint"]),
            mb(pg.get("bytes", 0)) / x, " | ".join(cells),
            verdict("≤ 1.5× xmllint: " + label, worst <= 1.5) +
            (" (stretch %s)" % ("met" if worst <= 1.0 else "missed"))))
    w("\n")

    # -- 2. text dumps --
    w("## 2. Text dumps (`--format text` of the same threads)\n\n")
    w("Target: ≥ 100 MB/s read (with the JSON writer, the cheapest), "
      "linear. Cells: median, MB/s of wall time. *start* is the same "
      "command on a one-comment dump (3 KB) in the same run: the cost of "
      "starting the process (loading libxml2, ICU and libstdc++), paid "
      "once per run whatever the input. *read rate* is the JSON run's "
      "bytes over its time less *start*: the verdict is on it, and the "
      "wall rate is printed beside it.\n\n")
    w("| dump | size | start | " + " | ".join("quire %s" % f for f in fmts)
      + " | read rate (json − start) | target ≥ 100 MB/s |\n")
    w("|---" * (5 + len(fmts)) + "|\n")
    if not any(("text-" + p) in d["hf"] for p in PAGES):
        w("| (not measured: this build has no text reader) |\n")
    for p in PAGES:
        key = "text-" + p
        h = d["hf"].get(key)
        if not h:
            continue
        size = d["pages"][key]["bytes"]
        cells = []
        for f in fmts:
            r = h.get("quire-" + f)
            cells.append("%s, %.1f MB/s" % (fmt_s(r), mb(size) / r["median"])
                         if r else "–")
        best = h.get("quire-json") or h.get("quire-" + fmts[0])
        start = h.get("start")
        net = best["median"] - (start["median"] if start else 0)
        rate = mb(size) / net if net > 0 else float("inf")
        w("| %s | %.2f MB | %s | %s | %.1f MB/s (wall %.1f) | %s |\n" % (
            p, mb(size), fmt_s(start), " | ".join(cells), rate,
            mb(size) / best["median"],
            verdict("text dump ≥ 100 MB/s (net of start-up): " + p,
                    rate >= 100)))
    w("\n")

    # -- 3. peers --
    w("## 3. Peers on the same pages, in the same hyperfine run\n\n")
    w("Expected: quire (Markdown) ≥ 50× faster than pandoc, ≥ 5× faster "
      "than html2text. Cells: median, and how many times quire's time "
      "it is.\n\n")
    w("| page | size | xmllint | quire markdown | pandoc | html2text | "
      "turndown | pandoc ≥ 50× | html2text ≥ 5× |\n")
    w("|---|---|---|---|---|---|---|---|---|\n")
    for p in PAGES:
        h = d["hf"].get("peers-" + p)
        if not h:
            continue
        size = d["pages"]["html-" + p]["bytes"]
        qk = [k for k in h if k.startswith("quire-")]
        qr = h[qk[0]] if qk else None
        cells = []
        for peer in ("pandoc", "html2text", "turndown"):
            r = h.get(peer)
            if r is None:
                cells.append("skipped")
            elif qr:
                cells.append("%s, %.0f×" % (fmt_s(r), r["median"] / qr["median"]))
            else:
                cells.append(fmt_s(r))

        def target(peer, n):
            r = h.get(peer)
            if r is None or qr is None:
                return "–"
            return verdict("%s ≥ %d× quire: %s" % (peer, n, p),
                           r["median"] / qr["median"] >= n)
        w("| %s | %.1f MB | %s | %s | %s | %s | %s |\n" % (
            p, mb(size), fmt_s(h.get("xmllint")),
            ("%s (%s)" % (fmt_s(qr), qk[0][6:])) if qr else "–",
            " | ".join(cells), target("pandoc", 50), target("html2text", 5)))
    w("\n")

    # -- 4. linearity --
    w("## 4. Linearity\n\n")
    w("time(50k) / time(5k): target ≤ 11 (the 50k page is %.2f× the 5k "
      "page's bytes). Per-MB cost of the depth-1000 page (2k comments) "
      "over the depth-5 page of the same 2k comments: target ≤ 1.3.\n\n" % (
          d["pages"].get("html-50k", {}).get("bytes", 1) /
          max(1, d["pages"].get("html-5k", {}).get("bytes", 1))))
    lin = linear_rounds(d)
    if lin:
        def rounds_of(kind, page):
            return max([len(v["times"]) for t, v in lin.items()
                        if t.split(" ", 1)[0] == kind + "-" + page] or [0])
        w("Measured in rounds (section 1b of bench/run.sh): each round runs "
          "every command of a pair once, one after another; a cell is the "
          "command's median over the rounds (HTML 5k/50k: %d, 2k/depth-1000: "
          "%d, after a warm-up round), so the drift of a shared machine "
          "between the two timings of a ratio stays small. Text dumps run "
          "in rounds of their own (%d a pair), away from the HTML runs' big "
          "frees. Each time cell gives the median and, in brackets, the "
          "fastest and slowest round. The CPU ratio is the same ratio of "
          "the medians of user + system time: a run that waited for a CPU "
          "(other processes on the machine) stretches the wall-clock time "
          "but not that; the verdict stays the wall-clock ratio.%s\n\n" % (
              rounds_of("html", "50k"), rounds_of("html", "d1000"),
              max(rounds_of("text", "50k"), rounds_of("text", "d1000")),
              load_note(d)))
    w("| input | tool | 5k | 50k | time ratio | CPU ratio | target ≤ 11 "
      "| depth-5 s/MB | depth-1000 s/MB | per-MB ratio | target ≤ 1.3 |\n")
    w("|---|---|---|---|---|---|---|---|---|---|---|\n")
    for kind in ("html", "text"):
        h5, h50 = d["hf"].get(kind + "-5k"), d["hf"].get(kind + "-50k")
        h2, hd = d["hf"].get(kind + "-2k"), d["hf"].get(kind + "-d1000")
        if lin:
            h5, h50, h2, hd = (
                {t.split(" ", 1)[1]: v for t, v in lin.items()
                 if t.split(" ", 1)[0] == "%s-%s" % (kind, p)} or None
                for p in ("5k", "50k", "2k", "d1000"))
        tools = (["xmllint"] if kind == "html" else []) + ["quire-" + f for f in fmts]
        for t in tools:
            row = [kind, t]
            if h5 and h50 and t in h5 and t in h50:
                r = h50[t]["median"] / h5[t]["median"]
                row += [fmt_spread(h5[t]), fmt_spread(h50[t]), "%.2f" % r,
                        cpu_ratio(h5[t], h50[t]),
                        verdict("linear 50k/5k ≤ 11: %s %s" % (kind, t), r <= 11)
                        if t != "xmllint" else "(reference)"]
            else:
                row += ["–"] * 5
            if h2 and hd and t in h2 and t in hd:
                a = h2[t]["median"] / mb(d["pages"][kind + "-2k"]["bytes"])
                b = hd[t]["median"] / mb(d["pages"][kind + "-d1000"]["bytes"])
                row += ["%.4f" % a, "%.4f" % b, "%.2f" % (b / a),
                        verdict("depth per-MB ≤ 1.3: %s %s" % (kind, t), b / a <= 1.3)
                        if t != "xmllint" else "(reference)"]
            else:
                row += ["–"] * 4
            w("| " + " | ".join(row) + " |\n")
    w("\nOutput size against input size (bytes out per byte in; measured "
      "on the 1k, 2k, 5k and depth-1000 pages): linear output keeps this "
      "flat from 1k to 5k comments, and the depth-1000 page near the "
      "depth-5 page of as many comments (writers cap visual depth):\n\n")
    w("| input | " + " | ".join(fmts) + " |\n" + "|---" * (1 + len(fmts)) + "|\n")
    for kind in ("html", "text"):
        for p in PAGES:
            key = "%s-%s" % (kind, p)
            if key not in d["pages"] or not any((key, f) in d["sizes"] for f in fmts):
                continue
            b = d["pages"][key]["bytes"]
            w("| %s | %s |\n" % (key, " | ".join(
                "%.3f (%.1f MB)" % (d["sizes"][(key, f)] / b,
                                    mb(d["sizes"][(key, f)]))
                if d["sizes"].get((key, f)) else "–" for f in fmts)))
    for kind in ("html", "text"):
        for f in fmts:
            def per_byte(p):
                k = "%s-%s" % (kind, p)
                size = d["sizes"].get((k, f))
                return size / d["pages"][k]["bytes"] if size and k in d["pages"] else None
            a, b = per_byte("1k"), per_byte("5k")
            if a and b:
                verdict("output size linear (bytes out per byte in, 5k "
                        "within 10%% of 1k): %s %s (%.2f)" % (kind, f, b / a),
                        0.9 <= b / a <= 1.1)
            a, b = per_byte("2k"), per_byte("d1000")
            if a and b:
                verdict("no indentation blow-up (bytes out per byte in, "
                        "depth 1000 ≤ 1.5× depth 5): %s %s (%.2f)" % (kind, f, b / a),
                        b / a <= 1.5)
    w("\n")

    # -- 5. memory --
    w("## 5. Memory: peak RSS\n\n")
    w("Target: ≤ 12 × page + 10 MB (stretch ≤ 4 × page + 10 MB). Cells: "
      "peak RSS, and (RSS − 10 MB) / page.\n\n")
    tools = ["xmllint"] + ["quire-" + f for f in fmts]
    w("| input | size | " + " | ".join(tools) + " | target |\n")
    w("|---" * (3 + len(tools)) + "|\n")
    for kind in ("html", "text"):
        for p in PAGES:
            key = "%s-%s" % (kind, p)
            if not any((key, t) in d["mem"] for t in tools):
                continue
            b = d["pages"][key]["bytes"]
            cells, ok = [], True
            for t in tools:
                v = d["mem"].get((key, t))
                if v is None:
                    cells.append("–")
                    continue
                kb, rc = v
                x = (kb * 1024 - 10e6) / b
                cells.append("%.0f MB, %.1f×%s" % (kb / 1024, max(x, 0),
                                                  "" if rc == 0 else " (exit %d)" % rc))
                if t != "xmllint" and kb * 1024 > 12 * b + 10e6:
                    ok = False
            w("| %s | %.1f MB | %s | %s |\n" % (key, mb(b), " | ".join(cells),
                                                 verdict("memory ≤ 12× + 10 MB: " + key, ok)))
    peers = sorted(k for k in d["mem"] if k[0].startswith("peers-"))
    if peers:
        w("\nPeers (one run each): " + "; ".join(
            "%s on %s: %.0f MB%s" % (t, n[6:], kb / 1024,
                                      "" if rc == 0 else " (exit %d)" % rc)
            for (n, t), (kb, rc) in ((k, d["mem"][k]) for k in peers)) + ".\n")
    w("\n")

    # -- 6. many files --
    h = d["hf"].get("many")
    if h and "j1" in h and "j2" in h:
        pg = d["pages"]["many"]
        r = h["j1"]["median"] / h["j2"]["median"]
        w("## 6. Many files: %d corpus-like pages (the 41 corpus pages "
          "repeated, %.0f MB)\n\n" % (pg["files"], mb(pg["bytes"])))
        w("| -j1 | -j2 | throughput -j2 / -j1 | target ≥ 1.7 |\n|---|---|---|---|\n")
        w("| %s (%.0f pages/s) | %s (%.0f pages/s) | %.2f | %s |\n\n" % (
            fmt_s(h["j1"]), pg["files"] / h["j1"]["median"], fmt_s(h["j2"]),
            pg["files"] / h["j2"]["median"], r,
            verdict("-j2 ≥ 1.7× -j1 throughput", r >= 1.7)))
        w("On a machine shared with other jobs, the second CPU is not "
          "free, so this ratio is a floor.\n\n")

    # -- summary --
    met = sum(1 for _, ok in verdicts if ok)
    w("## Summary: %d of %d targets met\n\n" % (met, len(verdicts)))
    missed = [v for v, ok in verdicts if not ok]
    if missed:
        w("Missed:\n\n" + "".join("- %s\n" % v for v in missed) + "\n")
    if d["notes"]:
        w("## Notes from the run\n\n" + "".join("- %s\n" % n for n in d["notes"]) + "\n")
    cmds = d["commands"]
    bench_dir = os.path.dirname(os.path.abspath(res))
    build_dir = os.path.dirname(bench_dir)
    cmds = re.sub(r"/usr/bin/time -v -a -o \S+ ", "", cmds)
    cmds = cmds.replace(bench_dir + "/", "$B/").replace(build_dir + "/", "build/")
    # the corpus run names its 41 files: show them as a glob
    cmds = re.sub(r"(\S*/corpus/html/)[^\s/]+\.html(\s+\S*/corpus/html/[^\s/]+\.html)+",
                  lambda mo: mo.group(1) + "*.html", cmds)
    w("## Commands\n\n$B is build/bench (made by bench/run.sh). Each `##` group ran as one hyperfine invocation "
      "(`hyperfine -N -i --runs N --export-json ...`), with the commands "
      "below as its named arguments; each command ran under `/usr/bin/time "
      "-v` (the peak RSS of the timed runs themselves; the wrapper's "
      "fork and exec cost every tool the same).\n\n```\n" + cmds + "```\n")


if __name__ == "__main__":
    main()
