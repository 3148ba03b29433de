"""Helpers shared by the machine-readable formats: paths, rule metadata, fingerprints."""

from __future__ import annotations

import os
from collections import Counter

# Severity -> level names of the CI formats.
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def posix_path(path: str) -> str:
    """The path as CI systems want it: relative to the working directory when it lies
    under it, with forward slashes."""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            rel = path
        if not rel.startswith(".."):
            path = rel
    path = path.replace(os.sep, "/")
    return path[2:] if path.startswith("./") else path


def rules_of(ctx) -> list:
    """The rules the run used (the CLI passes them), else every registered rule."""
    rules = ctx.get("rules") if ctx else None
    if rules is None:
        from ..rules.base import all_rules

        rules = all_rules().values()
    return sorted(rules, key=lambda r: r.code)


def flagged(d, sources) -> str:
    source = sources.get(d.path)
    if source is None:
        return ""
    return source.text[d.span.start : d.span.end]


def context_line(d, sources) -> str:
    source = sources.get(d.path)
    if source is None or d.line > source.index.line_count:
        return ""
    return " ".join(source.index.line_text(d.line).split())


def fingerprints(result) -> list[str]:
    """One stable fingerprint per diagnostic, in ``result.diagnostics`` order.

    Built from the rule code, the path, the flagged text and its line (whitespace
    folded), not from line numbers, so it survives edits elsewhere in the file; the
    n-th identical finding gets ``n`` mixed in so that every fingerprint is unique.
    """
    import hashlib  # not at import: ~3.5 ms of every run's start

    seen: Counter = Counter()
    out = []
    for d in result.diagnostics:
        key = (d.code, posix_path(d.path), flagged(d, result.sources), context_line(d, result.sources))
        seen[key] += 1
        raw = "\x1f".join((*key, str(seen[key])))
        out.append(hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out


def checked_paths(result) -> list[str]:
    """Every file the run looked at: those read plus those reported unreadable."""
    return sorted(set(result.sources) | {d.path for d in result.diagnostics})
