"""One command for declint's speed figures: ``python -m bench.run``.

For each corpus size (1,000 and 10,000 generated documents by default) it reports, for a
whole-process run of the CLI with the full rule set and no cache: files/s, MB/s, and peak
memory (the child's maximum resident set size); then, in process, the time spent parsing
and in each rule family; the start-up time of a one-file run (what a pre-commit hook
pays); the same corpus through codespell for a side-by-side ratio; and the pathological
texts of ``bench.generate.pathological`` at sizes n and 10n (time must grow ~10x, not
~100x). Results go to bench/out/results.json and bench/out/results.md and are printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
SEED_FILE = os.path.join(ROOT, "seeds", "000_5e131a3330f9d714.txt")


# -- helpers --------------------------------------------------------------------------


def corpus_dir(n_docs: int, seed: int) -> str:
    """Generate (once) and return the directory of the corpus."""
    from bench.generate import write_corpus

    path = os.path.join(OUT, f"corpus_{n_docs}_seed{seed}")
    stamp = os.path.join(path, ".complete")
    if not os.path.exists(stamp):
        shutil.rmtree(path, ignore_errors=True)
        write_corpus(path, n_docs, seed)
        with open(stamp, "w") as handle:
            handle.write("ok\n")
    return path


def corpus_bytes(path: str) -> tuple[int, int]:
    files = [e for e in os.scandir(path) if e.is_file() and not e.name.startswith(".")]
    return len(files), sum(e.stat().st_size for e in files)


def timed_process(cmd: list[str], env: dict | None = None) -> tuple[float, int, int]:
    """Run cmd; return (wall seconds, peak RSS in KiB, exit code) of that child only."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def median_run(cmd: list[str], repeat: int) -> dict:
    runs = [timed_process(cmd) for _ in range(repeat)]
    return {
        "wall_s": statistics.median(r[0] for r in runs),
        "peak_rss_mib": max(r[1] for r in runs) / 1024,
        "exit": runs[-1][2],
        "runs": [round(r[0], 4) for r in runs],
    }


def cli_help() -> str:
    return subprocess.run(
        [sys.executable, "-m", "lint", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout


def declint_cmd(paths: list[str], extra: list[str] = ()) -> list[str]:
    cmd = [sys.executable, "-m", "lint", *paths, "--exit-zero", "--output-format", "concise"]
    help_text = cli_help_cached()
    if "--no-cache" in help_text:
        cmd.append("--no-cache")
    return cmd + list(extra)


_HELP: list[str] = []


def cli_help_cached() -> str:
    if not _HELP:
        _HELP.append(cli_help())
    return _HELP[0]


# -- in-process breakdown -------------------------------------------------------------------


def family_breakdown(path: str) -> dict:
    """Seconds spent reading, parsing, and in each rule family (document and corpus rules)."""
    sys.path.insert(0, ROOT)
    from lint.discovery import discover
    from lint.parse import parse
    from lint.reading import read_file
    from lint.rules.base import Context, all_rules
    from lint.summary import summarize

    rules = list(all_rules().values())
    contexts = {r.code: Context(dict(r.defaults), {}) for r in rules}
    times: dict[str, float] = defaultdict(float)
    docs = []
    findings: dict[str, int] = defaultdict(int)
    for file in discover([path]):
        t0 = time.perf_counter()
        source = read_file(file)
        t1 = time.perf_counter()
        doc = parse(source.text, source.path, source.index)
        t2 = time.perf_counter()
        times["read"] += t1 - t0
        times["parse"] += t2 - t1
        for r in rules:
            if r.scope != "document" or r.check is None or doc.language not in r.languages:
                continue
            t = time.perf_counter()
            n = sum(1 for _ in r.check(doc, contexts[r.code]))
            times[f"rules {r.code[0]}"] += time.perf_counter() - t
            findings[r.code[0]] += n
        t = time.perf_counter()
        docs.append(summarize(doc))  # what the run keeps for the cross-document rules
        times["summary"] += time.perf_counter() - t
    for r in rules:
        if r.scope != "corpus" or r.check is None:
            continue
        t = time.perf_counter()
        n = sum(1 for _ in r.check(docs, contexts[r.code]))
        times[f"rules {r.code[0]} (corpus)"] += time.perf_counter() - t
        findings[r.code[0]] += n
    return {"seconds": dict(times), "findings": dict(findings)}


_PATHOLOGICAL_CHILD = """
import gc, json, sys, time
from bench.generate import pathological
from lint.cli import GC_THRESHOLD
from lint.runner import Linter, select_rules

gc.set_threshold(*GC_THRESHOLD)  # as in a CLI run

kind, size = sys.argv[1], int(sys.argv[2])
linter = Linter(select_rules())
with open(sys.argv[3], encoding="utf-8") as handle:
    linter.lint_text(handle.read(), "<warm-up>")  # loads word lists and reference data
text = pathological(kind, size)
start = time.perf_counter()
diags = linter.lint_text(text, "<" + kind + ">")
print(json.dumps({"chars": len(text), "s": time.perf_counter() - start, "findings": len(diags)}))
"""


def pathological_scaling(base: int) -> list[dict]:
    """Time lint_text on each adversarial text at sizes base and 10*base, each in a fresh
    process (after a warm-up on a seed text), so no earlier run's heap or caches weigh on
    the figure."""
    from bench.generate import PATHOLOGICAL

    rows = []
    for kind in PATHOLOGICAL:
        row = {"kind": kind}
        for label, size in (("n", base), ("10n", base * 10)):
            proc = subprocess.run(
                [sys.executable, "-c", _PATHOLOGICAL_CHILD, kind, str(size), SEED_FILE],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            measured = json.loads(proc.stdout.strip().splitlines()[-1])
            row[f"{label}_chars"] = measured["chars"]
            row[f"{label}_s"] = measured["s"]
            row[f"{label}_findings"] = measured["findings"]
        row["ratio"] = row["10n_s"] / max(row["n_s"], 1e-9)
        rows.append(row)
    return rows


# -- report ------------------------------------------------------------------------------------


def fmt_table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join([line, sep, *body])


def report(results: dict) -> str:
    out = [f"# declint benchmark ({results['when']}, {results['machine']})", ""]
    rows = []
    for c in results["corpora"]:
        row = [
            c["docs"],
            f"{c['mb']:.2f}",
            f"{c['declint']['wall_s']:.2f}",
            f"{c['docs'] / c['declint']['wall_s']:.0f}",
            f"{c['mb'] / c['declint']['wall_s']:.2f}",
            f"{c['declint']['peak_rss_mib']:.0f}",
            f"{c['codespell']['wall_s']:.2f}" if c.get("codespell") else "n/a",
            f"{c['declint']['wall_s'] / c['codespell']['wall_s']:.1f}x" if c.get("codespell") else "n/a",
        ]
        if "jobs2" in c:
            row.append(f"{c['mb'] / c['jobs2']['wall_s']:.2f}")
        rows.append(row)
    headers = ["docs", "MB", "wall s", "files/s", "MB/s", "peak MiB", "codespell s", "declint/codespell"]
    if any("jobs2" in c for c in results["corpora"]):
        headers.append("MB/s --jobs 2")
    out += [
        "## Whole-process run, full rule set, no cache (`--jobs 1`; last column: 2 processes)",
        "",
        fmt_table(headers, rows),
        "",
    ]
    if len(results["corpora"]) >= 2:
        a, b = results["corpora"][0], results["corpora"][-1]
        growth = b["declint"]["wall_s"] / a["declint"]["wall_s"]
        out += [
            f"Growth {a['docs']} -> {b['docs']} documents: x{growth:.1f} time for x{b['mb'] / a['mb']:.1f} bytes",
            "",
        ]
    # Family breakdown.
    keys = sorted({k for c in results["corpora"] for k in c["breakdown"]["seconds"]})
    rows = [[k, *(f"{c['breakdown']['seconds'].get(k, 0):.3f}" for c in results["corpora"])] for k in keys]
    out += [
        "## Time per stage and rule family (in process, seconds)",
        "",
        fmt_table(["stage", *(f"{c['docs']} docs" for c in results["corpora"])], rows),
        "",
    ]
    s = results["startup"]
    out += [
        "## One-file run (pre-commit hook)",
        "",
        f"`python -m lint <one seed file>`: median {s['wall_s'] * 1000:.0f} ms over {len(s['runs'])} runs "
        f"(bare `python -c pass`: {results['python_startup_s'] * 1000:.0f} ms)",
        "",
        f"The same with the package compiled to .pyc, as `pip install` leaves it for a hook: median "
        f"{results['startup_pyc']['wall_s'] * 1000:.0f} ms",
        "",
    ]
    rows = [
        [
            p["kind"],
            p["n_chars"],
            f"{p['n_s'] * 1000:.1f}",
            p["10n_chars"],
            f"{p['10n_s'] * 1000:.1f}",
            f"{p['ratio']:.1f}",
        ]
        for p in results["pathological"]
    ]
    out += [
        "## Pathological texts (in process; linear means ratio ~10)",
        "",
        fmt_table(["text", "chars n", "ms n", "chars 10n", "ms 10n", "ratio"], rows),
        "",
    ]
    return "\n".join(out)


def startup_with_bytecode(repeat: int) -> dict:
    """The one-file run as an installed hook pays it: pip compiles the package to .pyc
    on install, while a development checkout under PYTHONDONTWRITEBYTECODE never has
    them. The bytecode goes to a temporary PYTHONPYCACHEPREFIX, not into the tree."""
    import tempfile

    with tempfile.TemporaryDirectory() as prefix:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = prefix
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", os.path.join(ROOT, "lint")],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        timed_process(declint_cmd([SEED_FILE]), env)  # warm the imports of the stdlib too
        runs = [timed_process(declint_cmd([SEED_FILE]), env) for _ in range(repeat)]
    return {"wall_s": statistics.median(r[0] for r in runs), "runs": [round(r[0], 4) for r in runs]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1000,10000", help="corpus sizes (default 1000,10000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=3, help="whole-process runs per measurement (median)")
    p.add_argument("--pathological", type=int, default=10000, help="base size n of the adversarial texts")
    p.add_argument("--no-codespell", action="store_true")
    args = p.parse_args(argv)
    sys.path.insert(0, ROOT)
    from lint.cli import GC_THRESHOLD

    gc.set_threshold(*GC_THRESHOLD)  # the in-process figures with the settings of a CLI run
    os.makedirs(OUT, exist_ok=True)
    results: dict = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpora": [],
    }
    codespell = None if args.no_codespell else shutil.which("codespell")
    jobs = "--jobs" in cli_help_cached()
    for n in (int(s) for s in args.sizes.split(",")):
        path = corpus_dir(n, args.seed)
        files, size = corpus_bytes(path)
        sys.stderr.write(f"corpus {n}: {files} files, {size / 1e6:.2f} MB\n")
        entry = {"docs": files, "mb": size / 1e6, "path": os.path.relpath(path, ROOT)}
        # The main figure is one process (--jobs 1); "jobs2" is the default pool of 2 workers.
        entry["declint"] = median_run(declint_cmd([path], ["--jobs", "1"] if jobs else []), args.repeat)
        if jobs:
            entry["jobs2"] = median_run(declint_cmd([path], ["--jobs", "2"]), args.repeat)
        if codespell:
            entry["codespell"] = median_run([codespell, path], args.repeat)
        entry["breakdown"] = family_breakdown(path)
        results["corpora"].append(entry)
    results["startup"] = median_run(declint_cmd([SEED_FILE]), max(7, args.repeat))
    results["startup_pyc"] = startup_with_bytecode(max(7, args.repeat))
    results["python_startup_s"] = median_run([sys.executable, "-c", "pass"], 5)["wall_s"]
    results["pathological"] = pathological_scaling(args.pathological)
    with open(os.path.join(OUT, "results.json"), "w") as handle:
        json.dump(results, handle, indent=2)
    text = report(results)
    with open(os.path.join(OUT, "results.md"), "w") as handle:
        handle.write(text + "\n")
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
