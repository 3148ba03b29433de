"""Baselines: record today's findings, report only new ones.

``declint --write-baseline FILE`` writes every current finding as an entry; with
``baseline = FILE`` in the configuration (or ``--baseline FILE``) a finding that matches an
entry is not reported. An entry is a fingerprint, not a position:

    (code, path, the flagged text, a little context: up to 24 characters either side
    of it on its own line, white space collapsed, the flagged text shown as "…")

so the entry survives edits elsewhere in the file (lines added above it, other findings
fixed). Matching is one to one: a second occurrence of the same defect is new. An entry whose
context changed but whose code, path and flagged text still match an unmatched finding is
accepted too (the edit was next to the defect, not to it).

Stale entries (their finding is gone) are reported on stderr as one summary line plus one line
each, and never change the exit code; ``--write-baseline`` again drops them. Only entries of
files linted in this run can be stale, so a one-file run says nothing about other files.

Paths in the file are relative to the baseline file's directory, with forward slashes.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass

VERSION = 1
CONTEXT = 24


class BaselineError(Exception):
    pass


@dataclass(frozen=True)
class Entry:
    code: str
    path: str
    text: str
    context: str

    @property
    def fingerprint(self) -> str:
        import hashlib  # not at import: ~3.5 ms of every run's start

        raw = "\x1f".join((self.code, self.path, self.text, self.context))
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:24]

    @property
    def loose(self) -> tuple[str, str, str]:
        return self.code, self.path, self.text


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _rel(path: str, base: str) -> str:
    if path == "-" or path.startswith("<"):
        return path
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def entry_for(d, text: str | None, base: str) -> Entry:
    """The fingerprint of diagnostic ``d`` in a file whose text is ``text``."""
    flagged, context = "", ""
    if text:
        start, end = max(0, min(d.span.start, len(text))), max(0, min(d.span.end, len(text)))
        flagged = text[start:end]
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        ends = [i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0]
        line_end = min(ends) if ends else len(text)
        before = text[max(line_start, start - CONTEXT) : start]
        after = text[end : min(line_end, end + CONTEXT)]
        context = _collapse(before) + "…" + _collapse(after)  # the flagged text stands at "…"
    return Entry(d.code, _rel(d.path, base), _collapse(flagged), context)


def write(path: str, diagnostics, text_of) -> int:
    """Write a baseline of ``diagnostics``; returns the number of entries."""
    base = os.path.dirname(os.path.abspath(path))
    entries = [entry_for(d, text_of(d.path), base) for d in diagnostics]
    rows = sorted(
        (
            {
                "code": e.code,
                "path": e.path,
                "text": e.text,
                "context": e.context,
                "fingerprint": e.fingerprint,
            }
            for e in entries
        ),
        key=lambda r: (r["path"], r["code"], r["text"], r["context"]),
    )
    data = {"declint-baseline": VERSION, "entries": rows}
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    os.replace(tmp, path)
    return len(rows)


def load(path: str) -> list[Entry]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise BaselineError(f"baseline {path} does not exist (create it with --write-baseline)") from None
    except (OSError, ValueError) as exc:
        raise BaselineError(f"baseline {path} is not a declint baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("declint-baseline") != VERSION:
        raise BaselineError(f"baseline {path}: missing 'declint-baseline': {VERSION} (rewrite it)")
    try:
        return [Entry(r["code"], r["path"], r["text"], r["context"]) for r in data["entries"]]
    except (KeyError, TypeError) as exc:
        raise BaselineError(f"baseline {path}: malformed entry ({exc})") from None


@dataclass
class Outcome:
    new: list  # diagnostics to report
    matched: int
    stale: list[Entry]


def apply(path: str, diagnostics, text_of, linted_paths) -> Outcome:
    """Split ``diagnostics`` into new findings and baselined ones; find stale entries among
    the files in ``linted_paths``."""
    base = os.path.dirname(os.path.abspath(path))
    entries = load(path)
    exact: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        exact[e.fingerprint].append(e)
    pending = []
    matched = 0
    for d in diagnostics:
        e = entry_for(d, text_of(d.path), base)
        bucket = exact.get(e.fingerprint)
        if bucket:
            bucket.pop()
            matched += 1
        else:
            pending.append((d, e))
    loose: dict[tuple, list[Entry]] = defaultdict(list)
    for bucket in exact.values():
        for e in bucket:
            loose[e.loose].append(e)
    new = []
    for d, e in pending:
        bucket = loose.get(e.loose)
        if bucket:
            bucket.pop()
            matched += 1
        else:
            new.append(d)
    linted = {_rel(p, base) for p in linted_paths}
    stale = [e for bucket in loose.values() for e in bucket if e.path in linted]
    stale.sort(key=lambda e: (e.path, e.code, e.text))
    return Outcome(new, matched, stale)


def report_stale(stale: list[Entry], baseline_path: str, stream) -> None:
    if not stale:
        return
    n = len(stale)
    stream.write(
        f"declint: {n} stale baseline entr{'ies' if n != 1 else 'y'} in {baseline_path} "
        "(no longer found; refresh with --write-baseline):\n"
    )
    for e in stale:
        stream.write(f"  {e.path}: {e.code} {e.text!r}\n")
