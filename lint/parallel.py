"""Document rules over many texts, across processes when the work is worth it.

The first documents are always linted in this process. That warms everything the rules
load lazily (word tables, reference data), and it measures how long a document takes:
only when the rest is estimated at ``PARALLEL_MIN_SECONDS`` or more is a pool of worker
processes started, forked after the warm-up so that the workers inherit it. A small run
(a pre-commit hook on a few files) never starts a process.

Workers receive no pickled input (they inherit the texts when forked) and send back the
diagnostics and, when cross-document rules need it, each document's summary
(``lint.summary``: a few hundred small objects, far cheaper to pickle than the parsed
document, whose unpickling costs more than parsing it again). Results are in input order
and do not depend on the number of jobs: document rules see one document at a time.

Workers are forked, which is safe and cheap on Linux; elsewhere (macOS, Windows) the run
stays in one process.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from .summary import summarize

# Start a pool only for at least this much estimated remaining work, and only when at
# least this many documents remain: a pool costs ~20 ms to start plus the transfer of the
# diagnostics, and each worker pays its own start-up on the first document it lints.
PARALLEL_MIN_SECONDS = 0.4
MIN_REMAINING = 16
# Measure at least this many documents (and this long) before estimating.
SAMPLE_DOCS = 4
SAMPLE_SECONDS = 0.02
# Documents per task: small enough to balance the workers, large enough to amortise IPC.
MAX_CHUNK = 64

_STATE: tuple | None = None  # (linter, sources) inherited by forked workers


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or 0: every core available to this process."""
    return default_jobs() if not jobs else max(1, jobs)


def can_fork() -> bool:
    import multiprocessing  # ~6 ms: only when a pool is considered

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _lint_one(linter, source, need_documents: bool) -> tuple:
    """(summary or None, diagnostics): only the summary of a document is kept, so that a
    long run holds a small part of each document it has linted."""
    doc, diags = linter.lint_source(source)
    return (summarize(doc) if need_documents else None, diags)


def _lint_range(start: int, stop: int) -> list:
    linter, sources, need_documents = _STATE
    return [_lint_one(linter, sources[i], need_documents) for i in range(start, stop)]


def _chunks(start: int, stop: int, jobs: int) -> list[tuple[int, int]]:
    size = max(1, min(MAX_CHUNK, (stop - start) // (jobs * 4) or 1))
    return [(i, min(i + size, stop)) for i in range(start, stop, size)]


def lint_sources(linter, sources: Sequence, jobs: int | None = 1, progress=None, need_documents=None) -> list:
    """``[(summary, diagnostics)]`` for ``sources``, in order (``lint.summary``).

    ``need_documents`` (default: whether the linter has cross-document rules) says
    whether the summaries are wanted; when it is false they are None.
    """
    jobs = resolve_jobs(jobs)
    if need_documents is None:
        need_documents = any(r.scope == "corpus" and r.check is not None for r in linter.rules)
    n = len(sources)
    results: list = [None] * n
    sizes = [len(s.text) + 1 for s in sources]
    remaining_chars = sum(sizes)
    done_chars = 0
    began = time.perf_counter()
    i = 0
    parallel = False
    while i < n:
        results[i] = _lint_one(linter, sources[i], need_documents)
        done_chars += sizes[i]
        remaining_chars -= sizes[i]
        i += 1
        if progress is not None:
            progress.advance()
        if jobs > 1 and n - i >= MIN_REMAINING and i >= SAMPLE_DOCS:
            elapsed = time.perf_counter() - began
            if elapsed >= SAMPLE_SECONDS and elapsed / done_chars * remaining_chars >= PARALLEL_MIN_SECONDS:
                parallel = can_fork()
                if parallel:
                    break
                jobs = 1  # no pool on this platform: stop estimating
    if not parallel:
        return results

    from concurrent.futures.process import BrokenProcessPool

    try:
        _pool(linter, sources, i, jobs, progress, need_documents, results)
    except BrokenProcessPool:  # a worker died (killed, out of memory): finish here
        for k in range(i, n):
            if results[k] is None:
                results[k] = _lint_one(linter, sources[k], need_documents)
                if progress is not None:
                    progress.advance()
    return results


def _pool(linter, sources, start, jobs, progress, need_documents, results) -> None:
    """Lint ``sources[start:]`` in worker processes into ``results``."""
    global _STATE
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    n = len(sources)
    chunks = _chunks(start, n, jobs)
    _STATE = (linter, sources, need_documents)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=context) as pool:
            futures = [(a, b, pool.submit(_lint_range, a, b)) for a, b in chunks]
            for a, b, future in futures:
                for k, result in zip(range(a, b), future.result(), strict=True):
                    results[k] = result
                    if progress is not None:
                        progress.advance()
    finally:
        _STATE = None
