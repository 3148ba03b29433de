"""The pytest plugin: ``pytest --declint [PATH ...]`` checks every ``.txt`` / ``.md``
document pytest collects as a test item named after its file. An item fails with the
document's findings rendered as the ``full`` format prints them and passes on a clean
document (infos alone do not fail it). Cross-document rules run once per session over all
collected documents.

Registered through the ``pytest11`` entry point, so it is loaded in every pytest run of an
environment where declint is installed: it imports nothing from declint until
``--declint`` is given.
"""

from __future__ import annotations

import io
import os

import pytest

EXTENSIONS = (".txt", ".md")


def pytest_addoption(parser) -> None:
    group = parser.getgroup("declint", "declint document checks")
    group.addoption(
        "--declint",
        action="store_true",
        default=False,
        help="check .txt/.md documents with declint, one test item per document",
    )


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "declint: a declint document check")
    if config.getoption("declint"):
        config.pluginmanager.register(DeclintSession(config), "declint-session")


def pytest_collect_file(file_path, parent):
    config = parent.config
    if not config.getoption("declint") or file_path.suffix.lower() not in EXTENSIONS:
        return None
    session = config.pluginmanager.get_plugin("declint-session")
    if session is None or not session.wants(file_path):
        return None
    return DeclintFile.from_parent(parent, path=file_path)


class DeclintFailure(Exception):
    """Raised by an item whose document has findings; carries the rendered report."""


class DeclintSession:
    """Per-session state: the linter, the collected documents and the corpus findings."""

    def __init__(self, config) -> None:
        self.config = config
        self.root = str(config.invocation_params.dir)
        self.paths: list[str] = []  # every collected document, in collection order
        self._linter = None
        self._batch: dict[str, tuple] | None = None  # path -> (source, diagnostics, error)

    # -- configuration --------------------------------------------------------------
    @property
    def linter(self):
        if self._linter is None:
            from .runner import Linter, select_rules

            self._linter = Linter(select_rules())
        return self._linter

    def wants(self, file_path) -> bool:
        return True

    def shown(self, file_path) -> str:
        """The path as the CLI prints it: relative to where pytest was started."""
        path = str(file_path)
        rel = os.path.relpath(path, self.root)
        return path if rel.startswith("..") else rel

    # -- collection -----------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, session, config, items) -> None:
        # Before any deselection (-k, -m): cross-document rules see every collected document.
        self.paths = [item.shown for item in items if isinstance(item, DeclintItem)]

    # -- running --------------------------------------------------------------------
    def _has_corpus_rules(self) -> bool:
        return any(r.scope == "corpus" and r.check is not None for r in self.linter.rules)

    def _lint_one(self, path: str):
        from .reading import ReadError
        from .runner import FATAL_FILE_CODES

        linter = self.linter
        try:
            source = linter.read(path)
        except ReadError as exc:
            message = f"cannot read file: {exc.message}" if exc.code == "F001" else exc.message
            d = linter._file_diag(path, exc.code, message)
            if d is not None:
                return None, None, [d], None
            # Not selected, but the document was not checked either: the item fails.
            return None, None, [], f"{path}: {message}" if exc.code in FATAL_FILE_CODES else None
        doc, diags = linter.lint_source(source)
        return source, doc, diags, None

    def _lint_all(self) -> dict[str, tuple]:
        """Every collected document at once, with the cross-document rules run once."""
        from .diagnostics import Diagnostic

        out, docs = {}, []
        for path in self.paths:
            source, doc, diags, error = self._lint_one(path)
            out[path] = (source, diags, error)
            if doc is not None:
                docs.append(doc)
        for d in self.linter.lint_corpus(docs):
            out[d.path][1].append(d)
        for _source, diags, _error in out.values():
            diags.sort(key=Diagnostic.sort_key)
        return out

    def results(self, path: str) -> tuple:
        """(source, diagnostics, error) of one collected document; ``error`` says why a
        document could not be checked at all."""
        if self._batch is None and self._has_corpus_rules():
            self._batch = self._lint_all()
        if self._batch is not None and path in self._batch:
            return self._batch[path]
        source, _doc, diags, error = self._lint_one(path)
        return source, sorted(diags, key=lambda d: d.sort_key()), error


class DeclintFile(pytest.File):
    def collect(self):
        yield DeclintItem.from_parent(self, name=self.path.name)


class DeclintItem(pytest.Item):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.add_marker("declint")
        self.state: DeclintSession = self.config.pluginmanager.get_plugin("declint-session")
        self.shown = self.state.shown(self.path)

    def runtest(self) -> None:
        from .diagnostics import Severity
        from .output.full import render
        from .runner import LintResult

        source, diags, error = self.state.results(self.shown)
        if error is not None:
            raise DeclintFailure(error)
        if not any(d.severity is not Severity.INFO for d in diags):
            return
        result = LintResult(diagnostics=list(diags), files=1)
        if source is not None:
            result.sources[self.shown] = source
        text = io.StringIO()
        render(result, text, {})
        raise DeclintFailure(text.getvalue().rstrip("\n"))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DeclintFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"declint: {self.shown}"
