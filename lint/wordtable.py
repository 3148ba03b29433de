"""A word table read on demand: what a run over a few files uses instead of the full dict.

Loading the 100,000-word frequency table as a dict costs ~20-30 ms (100,000 strings
made and hashed), a fifth of a pre-commit hook's run, which looks up a few thousand
words. This table keeps the words in one bytes blob cut into hash buckets: opening it
reads the file and nothing else, and a lookup hashes the word (CRC-32), searches its
bucket (a few words) and remembers the answer. A lookup costs ~1-2 µs against a dict's
~0.05, so large runs load the dict (``lint.words``) and only small ones use this.

File layout (marshal): ``(FORMAT, n_buckets, offsets, blob)``; ``offsets`` is an
``array('I')`` as bytes (bucket i is ``blob[offsets[i]:offsets[i+1]]``) and each record
in a bucket is ``b"\\n" + word + b"\\t" + value``, the value being Zipf x 100 in ASCII
digits (empty for a plain word list).
"""

from __future__ import annotations

import marshal
import zlib
from array import array
from collections.abc import Iterable

FORMAT = 1
_MISSING = object()


def _bucket(word: bytes, n_buckets: int) -> int:
    return zlib.crc32(word) % n_buckets


def encode(entries: Iterable[tuple[str, float | None]], n_entries: int) -> bytes:
    """The file's bytes for ``(word, zipf)`` pairs (zipf None: a plain word list)."""
    n_buckets = max(1, n_entries // 4)
    buckets: list[list[bytes]] = [[] for _ in range(n_buckets)]
    for word, value in entries:
        raw = word.encode("utf-8")
        if b"\n" in raw or b"\t" in raw:
            continue  # no such word in a word list; it would break the record format
        digits = b"" if value is None else str(round(value * 100)).encode()
        buckets[_bucket(raw, n_buckets)].append(b"\n" + raw + b"\t" + digits)
    offsets = array("I", [0])
    parts = []
    size = 0
    for records in buckets:
        chunk = b"".join(records)
        parts.append(chunk)
        size += len(chunk)
        offsets.append(size)
    return marshal.dumps((FORMAT, n_buckets, offsets.tobytes(), b"".join(parts)))


class WordTable:
    """``get``, ``in`` and ``[]`` of a dict of word -> Zipf frequency (or a set of words,
    whose values are all 0.0), read from ``encode``'s bytes."""

    __slots__ = ("_blob", "_memo", "_n", "_offsets")

    def __init__(self, data: bytes) -> None:
        fmt, n_buckets, offsets, blob = marshal.loads(data)
        if fmt != FORMAT:
            raise ValueError(f"word table format {fmt}, expected {FORMAT}")
        self._n = n_buckets
        self._offsets = array("I")
        self._offsets.frombytes(offsets)
        if len(self._offsets) != n_buckets + 1 or self._offsets[-1] != len(blob):
            raise ValueError("word table offsets do not match its data")
        self._blob = blob
        self._memo: dict[str, float | None] = {}

    def _find(self, word: str) -> float | None:
        try:
            raw = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word
            return None
        b = _bucket(raw, self._n)
        chunk = self._blob[self._offsets[b] : self._offsets[b + 1]]
        key = b"\n" + raw + b"\t"
        at = chunk.find(key)
        if at < 0:
            return None
        start = at + len(key)
        end = chunk.find(b"\n", start)
        digits = chunk[start:] if end < 0 else chunk[start:end]
        return int(digits) / 100 if digits else 0.0

    def get(self, word: str, default=None):
        value = self._memo.get(word, _MISSING)
        if value is _MISSING:
            value = self._memo[word] = self._find(word)
        return default if value is None else value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value
