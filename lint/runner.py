"""The lint pipeline: paths -> source texts -> documents -> diagnostics."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from . import words
from .cache import text_hash
from .diagnostics import Diagnostic, Problem, Severity
from .discovery import discover
from .document import Document, Span
from .parse import parse
from .reading import DEFAULT_MAX_BYTES, ReadError, SourceText, decode, read_file
from .rules.base import Context, Rule, all_rules
from .summary import DocumentSummary, summarize

# File diagnostics that mean a file could not be checked at all: the run exits 2.
FATAL_FILE_CODES = frozenset({"F001", "F002", "F005"})


def _weight(pattern: str) -> int:
    """How specific a selector is: ALL least, then longer prefixes more."""
    return 0 if pattern == "ALL" else len(pattern)


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] = (), extend: Iterable[str] = ()
) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix.

    With no ``select``, the default selection: every rule but the opt-in ones (T008),
    which a code or prefix in ``select`` or ``extend`` (extend-select) brings in; ``ALL``
    selects every rule. The most specific prefix wins (ruff's convention): `--select S
    --ignore S0 --select S001` is not expressible, but `--ignore S --select S001` keeps
    S001.
    """
    select = None if select is None else list(select)
    ignore = list(ignore)
    extend = list(extend)
    chosen = []
    for code, r in sorted(all_rules().items()):
        if select is None:
            sel = 0 if r.default else -1  # as weak as ALL
        else:
            sel = max((_weight(p) for p in select if p == "ALL" or code.startswith(p)), default=-1)
        sel = max([sel, *(_weight(p) for p in extend if p == "ALL" or code.startswith(p))])
        ign = max((_weight(p) for p in ignore if p == "ALL" or code.startswith(p)), default=-1)
        if sel >= 0 and sel > ign:
            chosen.append(r)
    return chosen


@dataclass
class LintResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)
    files: int = 0
    fatal: bool = False  # some file could not be checked


@dataclass
class Linter:
    rules: list[Rule]
    options: dict[str, dict] = field(default_factory=dict)  # rule code -> options
    max_bytes: int = DEFAULT_MAX_BYTES
    shared: dict = field(default_factory=dict)
    jobs: int | None = 1  # processes for large inputs (lint.parallel); None: every core
    progress: object = None  # a lint.progress.Progress, advanced once per document

    def __post_init__(self) -> None:
        self._contexts = {
            r.code: Context({**r.defaults, **self.options.get(r.code, {})}, self.shared) for r in self.rules
        }
        self._codes = {r.code for r in self.rules}

    def context(self, r: Rule) -> Context:
        return self._contexts[r.code]

    # -- one document -------------------------------------------------------------
    def _diag(self, doc: Document, r: Rule, p: Problem) -> Diagnostic:
        line, col = doc.line_col(p.span.start)
        end_line, end_col = doc.line_col(p.span.end)
        return Diagnostic(
            doc.path,
            r.code,
            p.severity or r.severity,
            p.message,
            p.span,
            line,
            col,
            end_line,
            end_col,
            p.fix,
            r.name,
        )

    def _file_diag(self, path: str, code: str, message: str) -> Diagnostic | None:
        if code not in self._codes:
            return None
        r = all_rules()[code]
        return Diagnostic(path, code, r.severity, message, Span(0, 0), 1, 1, 1, 1, None, r.name)

    def lint_source(self, source: SourceText) -> tuple[Document, list[Diagnostic]]:
        doc = parse(source.text, source.path, source.index)
        out = []
        if source.not_utf8:
            d = self._file_diag(source.path, "F003", f"file is not UTF-8 (decoded as {source.encoding})")
            if d:
                out.append(d)
        if not source.text.strip():
            d = self._file_diag(source.path, "F004", "file is empty")
            if d:
                out.append(d)
            return doc, out
        for r in self.rules:
            if r.scope != "document" or r.check is None or doc.language not in r.languages:
                continue
            for problem in r.check(doc, self.context(r)):
                out.append(self._diag(doc, r, problem))
        return doc, out

    def lint_text(self, text: str, path: str = "<text>") -> list[Diagnostic]:
        source = SourceText(path, text, "utf-8")
        doc, diags = self.lint_source(source)
        diags.extend(self.lint_corpus([doc]))
        return sorted(diags, key=Diagnostic.sort_key)

    # -- across documents ---------------------------------------------------------
    def lint_corpus(
        self, docs: Sequence[Document | DocumentSummary], reference: Sequence[Document | DocumentSummary] = ()
    ) -> list[Diagnostic]:
        """Cross-document rules over ``docs`` (reported) and ``reference`` (compared).
        The rules read each document's summary (``lint.summary``)."""
        out = []
        if not any(r.scope == "corpus" and r.check is not None for r in self.rules):
            return out
        given = {id(d) for d in docs}
        docs = [summarize(d) for d in docs]
        reported = {id(d) for d in docs}
        everything = docs + [summarize(d) for d in reference if id(d) not in given]
        frozen = frozenset(reported) if len(everything) > len(docs) else None
        for r in self.rules:
            if r.scope != "corpus" or r.check is None:
                continue
            ctx = self.context(r) if frozen is None else replace(self.context(r), reported=frozen)
            for doc, problem in r.check(everything, ctx):
                if id(doc) in reported:
                    out.append(self._diag(doc, r, problem))
        return out

    # -- paths ------------------------------------------------------------------------
    def read(self, path: str, stdin_name: str = "<stdin>") -> SourceText:
        if path == "-":
            # Bounded like a file: never hold more than max-file-size (+1 byte) of stdin.
            data = sys.stdin.buffer.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise ReadError(
                    "F005",
                    f"input too large: more than {self.max_bytes / 1048576:.1f} MiB on stdin "
                    "(max-file-size); skipped",
                )
            return decode(data, stdin_name)
        return read_file(path, self.max_bytes)

    def lint_paths(
        self,
        paths: list[str],
        exclude: tuple[str, ...] = (),
        reference: Sequence[Document] = (),
        stdin_name: str = "<stdin>",
        *,
        include: tuple[str, ...] | None = None,
        reference_paths: Sequence[str] = (),
        cache=None,
    ) -> LintResult:
        """Lint ``paths``. ``reference`` (parsed documents) and ``reference_paths`` (files or
        directories) are compared by cross-document rules but not reported. ``cache`` is a
        ``lint.cache.Cache`` (None: no cache)."""
        result = LintResult()
        # One row per linted document, in discovery order: [shown, path, digest, doc].
        rows: list[list] = []
        misses: list[tuple[list, SourceText]] = []
        for path in discover(paths, exclude=exclude, include=include):
            result.files += 1
            shown = stdin_name if path == "-" else path
            digest = cache.known_hash(path) if cache is not None and path != "-" else None
            if digest is not None:
                result.diagnostics.extend(cache.diagnostics(path, digest, shown) or [])
                rows.append([shown, path, digest, None])
                continue
            try:
                source = self.read(path, stdin_name)
            except ReadError as exc:
                if exc.code in FATAL_FILE_CODES:
                    result.fatal = True
                d = self._file_diag(
                    shown, exc.code, f"cannot read file: {exc.message}" if exc.code == "F001" else exc.message
                )
                if d:
                    result.diagnostics.append(d)
                continue
            result.sources[shown] = source
            row = [shown, path, None, None]
            rows.append(row)
            if cache is not None and path != "-":
                row[2] = text_hash(source.text, source.encoding)
                cached = cache.diagnostics(path, row[2], shown)
                if cached is not None:
                    result.diagnostics.extend(cached)
                    continue
            misses.append((row, source))
        words.read_on_demand(len(misses) <= words.ON_DEMAND_MAX_DOCS)
        for (row, _source), (doc, diags) in zip(
            misses, self.lint_sources([s for _, s in misses]), strict=True
        ):
            row[3] = doc
            result.diagnostics.extend(diags)
            if cache is not None and row[2] is not None:
                cache.store(row[1], row[2], diags)
        result.diagnostics.extend(self._corpus(rows, reference, reference_paths, cache))
        if cache is not None:
            # Cached findings print with their source line: read the files that have any.
            flagged = {d.path for d in result.diagnostics}
            for shown, path, _digest, _doc in rows:
                if shown not in result.sources and shown in flagged:
                    with contextlib.suppress(ReadError):
                        result.sources[shown] = self.read(path)
            cache.save()
        result.diagnostics.sort(key=Diagnostic.sort_key)
        return result

    def lint_sources(
        self, sources: Sequence[SourceText]
    ) -> list[tuple[DocumentSummary | None, list[Diagnostic]]]:
        """Document rules over several texts (results in the same order), across
        processes when the input is large (see lint.parallel). Each document comes back as
        its summary for the cross-document rules (None when there are none)."""
        from .parallel import lint_sources

        if self.progress is not None:
            self.progress.add_total(len(sources))
        return lint_sources(self, sources, self.jobs, self.progress)

    def _corpus(self, rows, reference, reference_paths, cache) -> list[Diagnostic]:
        """Cross-document rules, reusing cached results when no document changed."""
        if not any(r.scope == "corpus" and r.check is not None for r in self.rules):
            return []
        linted = {os.path.realpath(path) for _, path, _, _ in rows if path != "-"}
        refs = []  # [path, digest, doc]
        for path in discover(list(reference_paths)) if reference_paths else ():
            if os.path.realpath(path) in linted:
                continue
            digest = cache.known_hash(path) if cache is not None else None
            doc = None
            if digest is None:
                try:
                    source = read_file(path, self.max_bytes)
                except ReadError:
                    continue  # an unreadable reference file is not this run's finding
                doc = summarize(parse(source.text, source.path, source.index))
                if cache is not None:
                    digest = text_hash(source.text, source.encoding)
                    cache.remember(path, digest)
            refs.append([path, digest, doc])
        key = None
        if cache is not None and all(row[2] for row in rows) and not reference:
            key = cache.corpus_key(
                [(os.path.abspath(r[1]), r[2], "lint") for r in rows]
                + [(os.path.abspath(r[0]), r[1], "ref") for r in refs]
            )
            found = cache.corpus_diagnostics(key, {os.path.abspath(r[1]): r[0] for r in rows})
            if found is not None:
                return found
        fresh = []  # (digest, doc) parsed in this run, for the document cache
        for row in rows:
            if row[3] is None:
                row[3] = cache.load_document(row[2], row[0]) if cache is not None else None
                if row[3] is None:
                    try:
                        source = self.read(row[1])
                    except ReadError:
                        continue
                    row[3] = summarize(parse(source.text, row[0], source.index))
                    fresh.append((row[2], row[3]))
            elif cache is not None and row[2] is not None and not cache.has_document(row[2]):
                fresh.append((row[2], row[3]))
        for ref in refs:
            if ref[2] is None:
                ref[2] = cache.load_document(ref[1], ref[0]) if cache is not None else None
                if ref[2] is None:
                    try:
                        source = read_file(ref[0], self.max_bytes)
                    except ReadError:
                        continue
                    ref[2] = summarize(parse(source.text, source.path, source.index))
                    fresh.append((ref[1], ref[2]))
            elif cache is not None and not cache.has_document(ref[1]):
                fresh.append((ref[1], ref[2]))
        docs = [row[3] for row in rows if row[3] is not None]
        out = self.lint_corpus(docs, list(reference) + [ref[2] for ref in refs if ref[2] is not None])
        if cache is not None:
            if key is not None:
                cache.store_corpus(key, out)
            for digest, doc in fresh:
                if digest is not None:
                    cache.store_document(digest, doc)
        return out


def exit_code(result: LintResult, exit_zero: bool = False) -> int:
    if result.fatal:
        return 2
    if exit_zero:
        return 0
    return 1 if any(d.severity is not Severity.INFO for d in result.diagnostics) else 0
