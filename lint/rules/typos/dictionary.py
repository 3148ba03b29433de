"""Known misspellings from codespell's maintained dictionary (codespell_lib/data/dictionary.txt).

Only entries with one unambiguous correction are kept (codespell itself writes several
candidates, or a reason for not fixing, after a comma). Parsing the 65,000-line file costs
~80 ms, so the first run derives a sorted ``key->correction`` file in the user cache
(keyed by the codespell version) and later runs read it and look words up by bisection
(a few ms). If the cache cannot be written, the derived lines live in memory.
"""

from __future__ import annotations

import bisect
import os
import tempfile
from functools import cache
from importlib import metadata, resources

from ...words import cache_dir


def _version() -> str:
    try:
        return metadata.version("codespell")
    except metadata.PackageNotFoundError:
        return "missing"


def _derive() -> list[str]:
    try:
        text = resources.files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return []
    out = []
    for line in text.splitlines():
        key, arrow, correction = line.partition("->")
        key, correction = key.strip(), correction.strip()
        if not arrow or not key or not correction or "," in correction:
            continue
        out.append(f"{key}->{correction}")
    out.sort()
    return out


@cache
def _lines() -> list[str]:
    path = os.path.join(cache_dir(), f"codespell-{_version()}.txt")
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        if lines and lines[0]:
            return lines
    except OSError:
        pass
    lines = _derive()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))
        os.replace(tmp, path)
    except OSError:
        pass
    return lines


def correction(word: str) -> str | None:
    """The single correction codespell gives for ``word`` (exact key), or None."""
    lines = _lines()
    probe = word + "->"
    i = bisect.bisect_left(lines, probe)
    if i < len(lines) and lines[i].startswith(probe):
        return lines[i][len(probe) :]
    return None
