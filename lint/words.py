"""English (and French) word frequencies from the wordfreq package.

wordfreq costs ~170 ms to import and ~100 ms more to load its tables: too much for a
pre-commit hook on every run. So the first run derives a compact table (word ->
Zipf frequency, top N words) and stores it in the user cache directory keyed by the
wordfreq version; later runs read that file in a few milliseconds. If the cache
cannot be written the table lives in memory for the process.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
from functools import cache

from .cachefile import write_atomic

TOP_N = 100_000  # words per language kept in the derived table

# A run over this many documents or fewer reads the tables on demand (lint.wordtable)
# instead of loading them whole: a pre-commit hook's run looks up a few thousand words.
ON_DEMAND_MAX_DOCS = 8
_on_demand = False


def read_on_demand(flag: bool = True) -> None:
    """Serve the tables from then on through ``WordTable`` (a small run) or as a dict
    and a set (the default). Called by the runner before the first lookup."""
    global _on_demand
    _on_demand = flag


def cache_dir() -> str:
    base = os.environ.get("DECLINT_CACHE_HOME") or os.environ.get("XDG_CACHE_HOME")
    if not base:
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "declint")


def _wordfreq_stamp() -> str:
    """Identifies the installed wordfreq data without importing wordfreq (~170 ms) or
    asking importlib.metadata (~30 ms): the package directory's size and mtime."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return "missing"
    st = os.stat(os.path.dirname(spec.origin))
    return f"{st.st_mtime_ns:x}"


def _derive(language: str) -> dict[str, float]:
    import wordfreq

    return {w: wordfreq.zipf_frequency(w, language) for w in wordfreq.top_n_list(language, TOP_N)}


def _read(path: str) -> dict[str, float] | None:
    # marshal loads a 100,000-entry dict in ~20 ms from bytes; a text table takes ~80.
    # Read the file whole first: ``marshal.load(file)`` reads it in one small call per
    # object, ~8x slower.
    try:
        with open(path, "rb") as handle:
            table = marshal.loads(handle.read())
        return table if isinstance(table, dict) and table else None
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write(path: str, table: dict[str, float]) -> None:
    # A read-only home keeps the table in memory only.
    write_atomic(path, marshal.dumps(table))


def frequencies(language: str = "en"):
    """Word -> Zipf frequency (0-8; 3 is about once per million words): a dict, or a
    ``WordTable`` with the same ``get``/``in``/``[]`` in a small run."""
    return _frequencies(language, _on_demand)


@cache
def _frequencies(language: str, on_demand: bool):
    path = os.path.join(cache_dir(), f"words-{language}-{_wordfreq_stamp()}-{TOP_N}")
    if on_demand:
        return _on_demand_table(path + ".table", lambda: _frequencies(language, False).items())
    table = _read(path + ".marshal")
    if table is None:
        table = _derive(language)
        _write(path + ".marshal", table)
    return table


def _on_demand_table(path: str, entries):
    """The ``WordTable`` file at ``path``, written from ``entries()`` (pairs of word and
    value) the first time."""
    from .wordtable import WordTable, encode

    try:
        with open(path, "rb") as handle:
            return WordTable(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    items = list(entries())
    data = encode(items, len(items))
    write_atomic(path, data)  # a read-only cache: encoded again next time
    return WordTable(data)


def zipf(word: str, language: str = "en") -> float:
    return frequencies(language).get(word.lower(), 0.0)


def is_common_word(word: str, language: str = "en", threshold: float = 3.0) -> bool:
    """A common word of the language (not a name): Zipf frequency >= threshold."""
    return zipf(word, language) >= threshold


def is_word(word: str, language: str = "en") -> bool:
    """Any word in the language's top-N list."""
    return word.lower() in frequencies(language)


def _derive_large(language: str) -> list[str]:
    import wordfreq

    return [w for w in wordfreq.top_n_list(language, 10_000_000, wordlist="large") if w.isalpha()]


def large_vocabulary(language: str = "en"):
    """Every word of wordfreq's large list (~320,000 English words, down to Zipf 1): the
    rare words the top-N table leaves out. Loaded only when a rule asks about a word the
    table does not know (a few per document at most): the derived file takes ~50 ms as a
    set, ~1 ms as a ``WordTable`` (a small run)."""
    return _large_vocabulary(language, _on_demand)


@cache
def _large_vocabulary(language: str, on_demand: bool):
    path = os.path.join(cache_dir(), f"words-{language}-{_wordfreq_stamp()}-large")
    if on_demand:
        return _on_demand_table(
            path + ".table", lambda: ((w, None) for w in _large_vocabulary(language, False))
        )
    words = None
    try:
        with open(path + ".marshal", "rb") as handle:
            words = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        words = None
    if not isinstance(words, list) or not words:
        words = _derive_large(language)
        write_atomic(path + ".marshal", marshal.dumps(words))
    return frozenset(words)


def is_known_word(word: str, language: str = "en") -> bool:
    """In the top-N table or, failing that, anywhere in wordfreq's large list."""
    word = word.lower()
    return word in frequencies(language) or word in large_vocabulary(language)


@cache
def _sorted_words(language: str) -> list[str]:
    return sorted(_frequencies(language, False))


def begins_a_word(prefix: str, language: str = "en") -> bool:
    """Some longer word of the top-N table starts with ``prefix`` ("ignori": ignoring).
    Asked rarely (a text cut off inside a word), so the sorted list is built on first use."""
    from bisect import bisect_right

    words = _sorted_words(language)
    i = bisect_right(words, prefix)
    return i < len(words) and words[i].startswith(prefix)
