"""Suppression regions in Markdown files.

Published texts cannot carry linter comments, but a Markdown source can carry HTML comments
that no reader sees::

    <!-- declint: disable=S003,N001 -->   findings of these codes (or prefixes) are dropped
    ...                                   from here on
    <!-- declint: enable=S003 -->         ...until re-enabled (this code only)
    <!-- declint: enable -->              every code re-enabled
    <!-- declint: disable -->             every code off (until `enable`)

A finding is suppressed when its start lies inside a region that disables its code. The
comments apply only to Markdown files (`.md`, `.markdown`); in plain text they mean nothing.
"""

from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown")

_COMMENT = re.compile(
    r"<!--\s*declint:\s*(?P<verb>disable|enable)\s*(?:=\s*(?P<codes>[A-Za-z0-9_,\s]*?))?\s*-->",
    re.IGNORECASE,
)


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def regions(text: str) -> list[tuple[int, int, frozenset[str] | None]]:
    """``(start, end, codes)`` regions; ``codes`` None means every code."""
    if "declint" not in text:
        return []
    out = []
    open_: dict[str | None, int] = {}  # code (None: all) -> start offset
    for m in _COMMENT.finditer(text):
        raw = m.group("codes")
        codes = [c.strip().upper() for c in (raw or "").split(",") if c.strip()] or [None]
        if m.group("verb").lower() == "disable":
            for code in codes:
                open_.setdefault(code, m.end())
        else:
            closing = list(open_) if codes == [None] else codes
            for code in closing:
                start = open_.pop(code, None)
                if start is not None:
                    out.append((start, m.start(), None if code is None else frozenset([code])))
    for code, start in open_.items():
        out.append((start, len(text), None if code is None else frozenset([code])))
    return out


def suppressed(code: str, offset: int, found: list[tuple[int, int, frozenset[str] | None]]) -> bool:
    for start, end, codes in found:
        if start <= offset <= end and (codes is None or any(code.startswith(c) for c in codes)):
            return True
    return False


def apply(diagnostics: list, text_of) -> list:
    """Drop findings inside disabled regions of Markdown files. ``text_of(path)`` returns
    the file's text (or None when it is not available)."""
    cache: dict[str, list] = {}
    out = []
    for d in diagnostics:
        if not is_markdown(d.path):
            out.append(d)
            continue
        found = cache.get(d.path)
        if found is None:
            text = text_of(d.path)
            found = cache[d.path] = regions(text) if text else []
        if not (found and suppressed(d.code, d.span.start, found)):
            out.append(d)
    return out
