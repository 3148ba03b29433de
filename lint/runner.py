"""The lint pipeline: paths -> source texts -> documents -> diagnostics."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, Problem, Severity
from .discovery import discover
from .document import Document, Span
from .parse import parse
from .reading import DEFAULT_MAX_BYTES, ReadError, SourceText, decode, read_file
from .rules.base import Context, Rule, all_rules

# File diagnostics that mean a file could not be checked at all: the run exits 2.
FATAL_FILE_CODES = frozenset({"F001", "F002", "F005"})


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix.

    The most specific prefix wins (ruff's convention): `--select S --ignore S0
    --select S001` is not expressible, but `--ignore S --select S001` keeps S001.
    """
    select = list(select) if select else ["ALL"]
    ignore = list(ignore)
    chosen = []
    for code, r in sorted(all_rules().items()):
        sel = max((len(p) for p in select if p == "ALL" or code.startswith(p)), default=-1)
        ign = max((len(p) for p in ignore if p == "ALL" or code.startswith(p)), default=-1)
        if sel >= 0 and sel > ign:
            chosen.append(r)
    return chosen


@dataclass
class LintResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    files: int = 0
    fatal: bool = False  # some file could not be checked


@dataclass
class Linter:
    rules: list[Rule]
    options: dict[str, dict] = field(default_factory=dict)  # rule code -> options
    max_bytes: int = DEFAULT_MAX_BYTES
    shared: dict = field(default_factory=dict)

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
    def lint_corpus(self, docs: Sequence[Document], reference: Sequence[Document] = ()) -> list[Diagnostic]:
        """Cross-document rules over ``docs`` (reported) and ``reference`` (compared)."""
        out = []
        reported = {id(d) for d in docs}
        everything = list(docs) + [d for d in reference if id(d) not in reported]
        for r in self.rules:
            if r.scope != "corpus" or r.check is None:
                continue
            for doc, problem in r.check(everything, self.context(r)):
                if id(doc) in reported:
                    out.append(self._diag(doc, r, problem))
        return out

    # -- paths ------------------------------------------------------------------------
    def read(self, path: str, stdin_name: str = "<stdin>") -> SourceText:
        if path == "-":
            data = sys.stdin.buffer.read()
            return decode(data, stdin_name)
        return read_file(path, self.max_bytes)

    def lint_paths(
        self,
        paths: list[str],
        exclude: tuple[str, ...] = (),
        reference: Sequence[Document] = (),
        stdin_name: str = "<stdin>",
    ) -> LintResult:
        result = LintResult()
        docs = []
        for path in discover(paths, exclude=exclude):
            result.files += 1
            shown = stdin_name if path == "-" else path
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
            doc, diags = self.lint_source(source)
            result.documents[shown] = doc
            docs.append(doc)
            result.diagnostics.extend(diags)
        result.diagnostics.extend(self.lint_corpus(docs, reference))
        result.diagnostics.sort(key=Diagnostic.sort_key)
        return result


def exit_code(result: LintResult, exit_zero: bool = False) -> int:
    if result.fatal:
        return 2
    if exit_zero:
        return 0
    return 1 if any(d.severity is not Severity.INFO for d in result.diagnostics) else 0
