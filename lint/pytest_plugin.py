"""The pytest plugin: ``pytest --declint [PATH ...]`` checks every ``.txt`` / ``.md``
document pytest collects as a test item named after its file. An item fails with the
document's findings rendered as the ``full`` format prints them and passes on a clean
document (infos alone do not fail it). Cross-document rules run once per session over all
collected documents (before -k/-m deselection). The configuration is the command line's:
``[tool.declint]`` in the nearest pyproject.toml, or ``--declint-config FILE``, with its
include/exclude globs, per-file-ignores, severities, baseline, reference corpus and cache.

Registered through the ``pytest11`` entry point, so it is loaded in every pytest run of an
environment where declint is installed: it imports nothing from declint until
``--declint`` is given.
"""

from __future__ import annotations

import io
import os

import pytest


def pytest_addoption(parser) -> None:
    group = parser.getgroup("declint", "declint document checks")
    group.addoption(
        "--declint",
        action="store_true",
        default=False,
        help="check .txt/.md documents with declint, one test item per document",
    )
    group.addoption(
        "--declint-config",
        metavar="FILE",
        default=None,
        help="declint configuration file (default: [tool.declint] in the nearest pyproject.toml)",
    )


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "declint: a declint document check")
    if config.getoption("declint"):
        config.pluginmanager.register(DeclintSession(config), "declint-session")


def pytest_collect_file(file_path, parent):
    config = parent.config
    if not config.getoption("declint"):
        return None
    session = config.pluginmanager.get_plugin("declint-session")
    if session is None or not session.wants(str(file_path)):
        return None
    return DeclintFile.from_parent(parent, path=file_path)


class DeclintFailure(Exception):
    """Raised by an item whose document has findings; carries the rendered report."""


class DeclintSession:
    """Per-session state: the configured declint session, the collected documents, and
    the findings of one run over all of them (cross-document rules included)."""

    def __init__(self, config) -> None:
        from .config import ConfigError, load_settings

        self.config = config
        self.root = str(config.invocation_params.dir)
        try:
            self.settings = load_settings(config.getoption("declint_config"), cwd=self.root)
        except ConfigError as exc:
            raise pytest.UsageError(f"declint: {exc}") from None
        self.paths: list[str] = []  # every collected document, in collection order
        self._result = None  # the LintResult of the run, or the exception it raised

    # -- collection -----------------------------------------------------------------
    def wants(self, path: str) -> bool:
        """The CLI's choice for a file found in a directory: the configured include globs
        (``*.txt``, ``*.md`` by default), minus the exclude globs."""
        from .discovery import _excluded, _included

        name = os.path.basename(path)
        rel = self.settings.relative(path)
        if name.startswith(".") or _excluded(rel, tuple(self.settings.exclude)):
            return False
        return _included(rel, name, (), tuple(self.settings.include))

    def shown(self, file_path) -> str:
        """The path as the CLI prints it: relative to where pytest was started."""
        path = str(file_path)
        rel = os.path.relpath(path, self.root)
        return path if rel.startswith("..") else rel

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, session, config, items) -> None:
        # Before any deselection (-k, -m): cross-document rules see every collected document.
        self.paths = [item.shown for item in items if isinstance(item, DeclintItem)]

    # -- running --------------------------------------------------------------------
    def _lint_all(self):
        """One configured run over every collected document, as the CLI would do it:
        selection, per-file-ignores, severities, suppression regions, baseline, reference
        corpus and cache."""
        from .rules.base import all_rules
        from .runner import select_rules
        from .session import Session

        s = self.settings
        known = all_rules()
        for prefix in (s.select or []) + s.ignore + s.extend_select:
            if prefix != "ALL" and not any(code.startswith(prefix) for code in known):
                raise pytest.UsageError(
                    f"declint: '{prefix}' matches no rule code (see declint --explain all)"
                )
        rules = select_rules(s.select, s.ignore, extend=s.extend_select)
        session = Session.create(s, rules, baseline=s.baseline)
        # All cores for a large corpus (lint.parallel starts no process for a small one),
        # but one per pytest-xdist worker: xdist already uses the cores.
        session.linter.jobs = 1 if os.environ.get("PYTEST_XDIST_WORKER") else None
        with _cwd(self.root):  # the paths are relative to where pytest was started
            return session.lint(list(self.paths))

    def results(self, path: str) -> tuple:
        """(source, diagnostics, error) of one collected document; ``error`` says why a
        document could not be checked at all."""
        if self._result is None:
            try:
                self._result = self._lint_all()
            except Exception as exc:  # every item reports it; the run is not repeated
                self._result = exc
        result = self._result
        if isinstance(result, Exception):
            raise result
        diags = [d for d in result.diagnostics if d.path == path]
        source = result.sources.get(path)
        error = None
        if source is None and not diags:
            error = f"{path}: could not be read (and the F rule that reports it is not selected)"
        return source, diags, error


class _cwd:
    def __init__(self, path: str) -> None:
        self.path, self.saved = path, None

    def __enter__(self) -> None:
        self.saved = os.getcwd()
        os.chdir(self.path)

    def __exit__(self, *exc) -> None:
        os.chdir(self.saved)


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
