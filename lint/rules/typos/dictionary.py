"""Known misspellings from codespell's maintained dictionary (codespell_lib/data/dictionary.txt).

Only entries with one unambiguous correction are kept (codespell itself writes several
candidates, or a reason for not fixing, after a comma). Parsing the 65,000-line file costs
~80 ms, so the first run derives a sorted ``key->correction`` file in the user cache
(keyed by the dictionary file's size and time: a new codespell re-derives it); later runs
read it (~1 ms) and look words up by
binary search in the text. If the cache cannot be written, the derived text lives in memory.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache

from ...cachefile import write_atomic
from ...words import cache_dir


def _source() -> str | None:
    """Path of codespell's dictionary, found without importing codespell (its import and
    ``importlib.metadata`` each cost 20-30 ms)."""
    try:
        spec = importlib.util.find_spec("codespell_lib")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "data", "dictionary.txt")
    return path if os.path.isfile(path) else None


def _key(path: str | None) -> str:
    """Cache key: the dictionary's size and modification time (changes with the version)."""
    if path is None:
        return "missing"
    st = os.stat(path)
    return f"{st.st_size}-{st.st_mtime_ns}"


def _derive(path: str | None) -> list[str]:
    if path is None:
        return []
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
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
def _blob() -> bytes:
    """The derived dictionary: sorted ``key->correction`` lines, kept as UTF-8 bytes
    (decoding 1.3 MB costs more than reading it; UTF-8 byte order is code-point order)."""
    source = _source()
    path = os.path.join(cache_dir(), f"codespell-{_key(source)}.txt")
    try:
        with open(path, "rb") as handle:
            blob = handle.read()
        if blob.endswith(b"\n") and b"->" in blob[:200]:
            return blob
    except OSError:
        pass
    blob = "".join(line + "\n" for line in _derive(source)).encode("utf-8")
    write_atomic(path, blob)
    return blob


@cache
def correction(word: str) -> str | None:
    """The single correction codespell gives for ``word`` (exact key), or None.

    Binary search over the line starts of the sorted text, without splitting it into
    60,000 strings: reading the file is the whole start-up cost (~1 ms).
    """
    blob = _blob()
    probe = word.encode("utf-8") + b"->"
    lo, hi = 0, len(blob)  # lo is always the start of a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = blob.rfind(b"\n", 0, mid) + 1
        end = blob.find(b"\n", start)
        if end < 0:
            end = len(blob)
        if blob[start:end] < probe:
            lo = end + 1
        else:
            hi = start
    end = blob.find(b"\n", lo)
    line = blob[lo : end if end >= 0 else len(blob)]
    return line[len(probe) :].decode("utf-8") if line.startswith(probe) else None
