"""The result cache, measured: ``python -m bench.bench_cache [--docs 10000]``.

Whole-process CLI runs over a generated corpus (``bench.generate``), all rules:

1. cold: an empty cache (every file read, parsed, linted; results and documents stored);
2. warm: the same corpus again, unchanged (median of ``--repeat`` runs); the output must be
   byte-identical to the cold run's, and warm must be at least 10x faster;
3. pre-commit, one file against the corpus as ``reference`` (the hook's case):
   a. the file unchanged since the last run (cross-document results reused);
   b. the file edited before each run (cross-document rules re-run; the reference
      documents come from the cache instead of being read and parsed);
   c. the same edited file with ``--no-cache`` (everything read and parsed).

The runs use a frozen copy of ``lint/`` (the cache key includes declint's own files, so an
edit in the working tree during the benchmark would otherwise invalidate the cache).
Results are printed and written to bench/out/cache.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")


def run(argv: list[str], cwd: str, env: dict) -> tuple[float, bytes]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "lint", *argv, "--output-format", "concise", "--exit-zero"],
        cwd=cwd,
        env=env,
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"declint failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return elapsed, proc.stdout


def du(path: str) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)

    from bench.generate import write_corpus

    work = tempfile.mkdtemp(prefix="declint-bench-cache-")
    try:
        frozen = os.path.join(work, "code")
        shutil.copytree(
            os.path.join(ROOT, "lint"),
            os.path.join(frozen, "lint"),
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        env = {**os.environ, "PYTHONPATH": frozen, "CI": "1"}
        corpus = os.path.join(work, "corpus")
        size = write_corpus(corpus, args.docs, args.seed)
        # Files older than the cache's two-second "racy" window, as in a real repository.
        past = time.time() - 60
        for name in os.listdir(corpus):
            os.utime(os.path.join(corpus, name), (past, past))
        cache = os.path.join(work, "cache")
        project = os.path.join(work, "project")
        os.makedirs(project)
        with open(os.path.join(project, "pyproject.toml"), "w") as handle:
            handle.write(
                f"[tool.declint]\nreference = [{json.dumps(corpus)}]\ncache-dir = {json.dumps(cache)}\n"
            )
        first = sorted(os.listdir(corpus))[0]
        changed = os.path.join(project, "changed.txt")
        shutil.copyfile(os.path.join(corpus, first), changed)

        print(f"corpus: {args.docs} documents, {size / 1e6:.2f} MB; frozen code in {frozen}", flush=True)
        cold, cold_out = run([corpus, "--cache-dir", cache], project, env)
        print(f"cold  {cold:8.2f} s", flush=True)
        warm_times = []
        for _ in range(args.repeat):
            t, out = run([corpus, "--cache-dir", cache], project, env)
            if out != cold_out:
                raise SystemExit("warm output differs from the cold run's")
            warm_times.append(t)
        warm = statistics.median(warm_times)
        print(f"warm  {warm:8.2f} s  (x{cold / warm:.1f} faster)", flush=True)

        run(["changed.txt"], project, env)  # records the corpus key of the one-file run
        same = statistics.median(run(["changed.txt"], project, env)[0] for _ in range(args.repeat))
        print(f"pre-commit, file unchanged       {same:8.2f} s", flush=True)
        edited_times = []
        for i in range(max(1, args.repeat - 1)):
            with open(changed, "a", encoding="utf-8") as handle:
                handle.write(f"\nEdited {i}.\n")
            edited_times.append(run(["changed.txt"], project, env)[0])
        edited = statistics.median(edited_times)
        print(f"pre-commit, file edited (cache)  {edited:8.2f} s", flush=True)
        with open(changed, "a", encoding="utf-8") as handle:
            handle.write("\nEdited again.\n")
        nocache, _ = run(["changed.txt", "--no-cache"], project, env)
        print(f"pre-commit, --no-cache           {nocache:8.2f} s", flush=True)

        results = {
            "docs": args.docs,
            "megabytes": round(size / 1e6, 2),
            "cold_s": round(cold, 3),
            "warm_s": round(warm, 3),
            "warm_runs_s": [round(t, 3) for t in warm_times],
            "speedup": round(cold / warm, 1),
            "precommit_unchanged_s": round(same, 3),
            "precommit_edited_cached_s": round(edited, 3),
            "precommit_edited_nocache_s": round(nocache, 3),
            "cache_bytes": du(cache),
            "findings": cold_out.count(b"\n"),
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
        }
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, "cache.json"), "w") as handle:
            json.dump(results, handle, indent=1)
        print(json.dumps(results, indent=1))
        if results["speedup"] < 10:
            print("FAIL: a warm run must be at least 10x faster than a cold one", file=sys.stderr)
            return 1
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
