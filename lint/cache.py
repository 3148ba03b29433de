"""The result cache (``.declint_cache/``; ``--no-cache`` turns it off).

Layout: ``<cache-dir>/<declint version>/<key>/`` where ``key`` hashes everything that changes
what rules report: the selected rules, their options, the file-size limit, the lexicon's
content and declint's own files (size and mtime, so an edited rule in a development checkout
invalidates). Inside:

* ``index.pickle``: per file (absolute path) its size, mtime, content hash and the
  diagnostics of the document rules; plus the diagnostics of the cross-document rules with
  the corpus key they were computed for (the paths and content hashes of every linted and
  reference document). An unchanged corpus reuses them without parsing anything.
* ``docs/<content hash>.pickle``: the parsed Document, pickled after the rules ran (so the
  views rules computed on it, such as its name mentions, come along). When the corpus
  changed, unchanged documents (the reference corpus of a one-file pre-commit run) are
  unpickled instead of re-read and re-parsed.

A file is known unchanged without reading it when its size and mtime match the entry and the
entry was recorded more than two seconds after that mtime (git's "racy" rule: an edit within
the file system's timestamp granularity would otherwise go unseen); else it is read and its
content hash decides. The content hash covers the decoded text and its encoding.

Diagnostics of other files and cross-document findings are re-stamped with the path the
user gave. Path-dependent filters (per-file-ignores, suppression comments, the baseline,
configured severities) are applied after the cache, so they never invalidate it. The
pickles are a local cache written by declint itself; a cache directory from elsewhere should
not be trusted (as with any pickle), and it is excluded from git by its own ``.gitignore``.
"""

from __future__ import annotations

import os
import pickle
import time

try:  # hashlib's import loads OpenSSL's bindings (~3.5 ms of a pre-commit hook's start)
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from . import __version__
from .cachefile import write_atomic
from .diagnostics import Diagnostic, Fix, Severity
from .document import Span

RACY_NS = 2_000_000_000
FORMAT = 1
KEEP_KEYS = 8  # configurations kept side by side in one version's cache
CORPUS_KEYS = 4  # corpus results kept: e.g. the whole-corpus run and a few pre-commit runs


def text_hash(text: str, encoding: str) -> str:
    h = blake2b(encoding.encode(), digest_size=16)
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def code_stamp() -> str:
    """Size and mtime of declint's own source and data files: a development checkout whose
    rules changed without a version bump must not reuse results of the old rules."""
    package = os.path.dirname(os.path.abspath(__file__))
    parts = []
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".yaml", ".txt", ".json")):
                try:
                    st = os.stat(os.path.join(root, name))
                except OSError:
                    continue
                parts.append(
                    f"{os.path.relpath(os.path.join(root, name), package)}:{st.st_size}:{st.st_mtime_ns}"
                )
    return blake2b("\n".join(parts).encode(), digest_size=8).hexdigest()


def linter_key(linter) -> str:
    """Everything of a Linter that changes its diagnostics, as a short hash."""
    lexicon = linter.shared.get("lexicon_path")
    lexicon_digest = ""
    if lexicon and os.path.isfile(lexicon):
        with open(lexicon, "rb") as handle:
            lexicon_digest = blake2b(handle.read()).hexdigest()
    options = sorted((r.code, sorted(linter.context(r).options.items())) for r in linter.rules)
    raw = repr((FORMAT, __version__, code_stamp(), options, linter.max_bytes, lexicon_digest))
    return blake2b(raw.encode(), digest_size=8).hexdigest()


def _pack(d: Diagnostic) -> tuple:
    fix = None
    if d.fix is not None:
        span = (d.fix.span.start, d.fix.span.end) if d.fix.span is not None else None
        fix = (d.fix.replacement, d.fix.applicability, span)
    return (
        d.path,
        d.code,
        d.severity.value,
        d.message,
        d.span.start,
        d.span.end,
        d.line,
        d.column,
        d.end_line,
        d.end_column,
        fix,
        d.name,
    )


def _unpack(t: tuple, path: str | None = None) -> Diagnostic:
    fix = None
    if t[10] is not None:
        replacement, applicability, span = t[10]
        fix = Fix(replacement, applicability, Span(*span) if span else None)
    return Diagnostic(
        path if path is not None else t[0],
        t[1],
        Severity(t[2]),
        t[3],
        Span(t[4], t[5]),
        t[6],
        t[7],
        t[8],
        t[9],
        fix,
        t[11],
    )


class Cache:
    def __init__(self, directory: str, key: str):
        self.root = directory
        self.dir = os.path.join(directory, __version__, key)
        self.docs_dir = os.path.join(self.dir, "docs")
        self.index_path = os.path.join(self.dir, "index.pickle")
        self.files: dict[str, tuple] = {}  # abspath -> (size, mtime_ns, recorded_ns, hash, diags|None)
        self.corpus: dict[str, list] = {}  # corpus key -> packed diagnostics (the last few)
        self.dirty = False
        self.hits = self.misses = 0
        self._prepared = False
        self._load()

    @classmethod
    def for_linter(cls, directory: str, linter) -> Cache:
        return cls(directory, linter_key(linter))

    def _load(self) -> None:
        try:
            with open(self.index_path, "rb") as handle:
                data = pickle.load(handle)
            if data.get("format") == FORMAT:
                self.files = data["files"]
                self.corpus = data.get("corpus") or {}
        except Exception:  # missing, truncated or from another version: start afresh
            self.files, self.corpus = {}, {}

    # -- per file -----------------------------------------------------------------------
    def known_hash(self, path: str) -> str | None:
        """The content hash of ``path`` when its stat proves it unchanged, else None."""
        entry = self.files.get(os.path.abspath(path))
        if entry is None:
            return None
        try:
            st = os.stat(path)
        except OSError:
            return None
        size, mtime, recorded, digest, _ = entry
        if st.st_size == size and st.st_mtime_ns == mtime and recorded - mtime > RACY_NS:
            return digest
        return None

    def diagnostics(self, path: str, digest: str, shown: str) -> list[Diagnostic] | None:
        """Cached document-rule diagnostics of ``path`` when its content hash is ``digest``."""
        entry = self.files.get(os.path.abspath(path))
        if entry is None or entry[3] != digest or entry[4] is None:
            self.misses += 1
            return None
        self.hits += 1
        if not self._stat_current(path, entry):
            self._touch(path, digest, entry[4])
        return [_unpack(t, shown) for t in entry[4]]

    def _stat_current(self, path: str, entry: tuple) -> bool:
        try:
            st = os.stat(path)
        except OSError:
            return True
        return st.st_size == entry[0] and st.st_mtime_ns == entry[1] and entry[2] - entry[1] > RACY_NS

    def _touch(self, path: str, digest: str, packed: list) -> None:
        try:
            st = os.stat(path)
        except OSError:
            return
        self.files[os.path.abspath(path)] = (st.st_size, st.st_mtime_ns, time.time_ns(), digest, packed)
        self.dirty = True

    def store(self, path: str, digest: str, diagnostics: list[Diagnostic]) -> None:
        self._touch(path, digest, [_pack(d) for d in diagnostics])

    def remember(self, path: str, digest: str) -> None:
        """Record the content hash of a reference file (read, not linted)."""
        entry = self.files.get(os.path.abspath(path))
        if entry is None or entry[3] != digest:
            self._touch(path, digest, None)
        elif not self._stat_current(path, entry):
            self._touch(path, digest, entry[4])

    # -- documents ------------------------------------------------------------------------
    def _doc_path(self, digest: str) -> str:
        return os.path.join(self.docs_dir, digest[:2], digest + ".pickle")

    def has_document(self, digest: str) -> bool:
        return os.path.exists(self._doc_path(digest))

    def load_document(self, digest: str, path: str):
        """The stored ``lint.summary.DocumentSummary`` of content ``digest``, or None."""
        try:
            with open(self._doc_path(digest), "rb") as handle:
                doc = pickle.load(handle)
        except Exception:
            return None
        doc.path = path
        return doc

    def store_document(self, digest: str, doc) -> None:
        try:
            data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # not picklable: keep none
            return
        if not self._prepared:
            try:
                self._prepare_root()  # .gitignore and CACHEDIR.TAG before any content
            except OSError:
                return
        _write(self._doc_path(digest), data)

    # -- cross-document rules -----------------------------------------------------------
    @staticmethod
    def corpus_key(entries) -> str:
        """``entries``: (abspath, content hash, role) of every document in the corpus."""
        raw = "\n".join(f"{p}\x00{h}\x00{r}" for p, h, r in sorted(entries))
        return blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=32).hexdigest()

    def corpus_diagnostics(self, key: str, shown: dict[str, str]) -> list[Diagnostic] | None:
        """Cached cross-document diagnostics for corpus ``key``; ``shown`` maps absolute
        paths to the paths to report."""
        packed = self.corpus.get(key)
        if packed is None:
            return None
        return [_unpack(t, shown.get(t[0], t[0])) for t in packed]

    def store_corpus(self, key: str, diagnostics: list[Diagnostic]) -> None:
        packed = []
        for d in diagnostics:
            t = _pack(d)
            packed.append((os.path.abspath(d.path), *t[1:]))
        self.corpus.pop(key, None)
        self.corpus[key] = packed
        while len(self.corpus) > CORPUS_KEYS:
            del self.corpus[next(iter(self.corpus))]
        self.dirty = True

    # -- writing --------------------------------------------------------------------------
    def save(self) -> None:
        if not self.dirty:
            return
        if not self._prepared:
            try:
                self._prepare_root()
            except OSError:  # a cache that cannot be written is simply not written
                return
        data = pickle.dumps(
            {"format": FORMAT, "files": self.files, "corpus": self.corpus}, protocol=pickle.HIGHEST_PROTOCOL
        )
        _write(self.index_path, data)
        self.dirty = False

    def _prepare_root(self) -> None:
        self._prepared = True
        if not os.path.isdir(self.dir):
            os.makedirs(self.dir, exist_ok=True)
            _prune(os.path.dirname(self.dir), keep=KEEP_KEYS)
        ignore = os.path.join(self.root, ".gitignore")
        if not os.path.exists(ignore):
            _write(ignore, b"# Automatically created by declint.\n*\n")
        tag = os.path.join(self.root, "CACHEDIR.TAG")
        if not os.path.exists(tag):
            _write(
                tag,
                b"Signature: 8a477f597d28d172789f06886806bc55\n"
                b"# This file is a cache directory tag created by declint.\n",
            )


def _prune(directory: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used key directories."""
    try:
        entries = [e for e in os.scandir(directory) if e.is_dir()]
    except OSError:
        return
    entries.sort(key=lambda e: e.stat().st_mtime, reverse=True)
    import shutil  # only when there is something to prune

    for entry in entries[keep:]:
        shutil.rmtree(entry.path, ignore_errors=True)


def _write(path: str, data: bytes) -> None:
    """Write atomically; a cache that cannot be written is silently not written."""
    write_atomic(path, data)
