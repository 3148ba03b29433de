"""One configured run: settings -> linter -> findings -> filters -> baseline -> fixes.

The command line parses arguments and renders; everything between lives here, so the
pytest plugin and other callers get the same configuration, filters and cache.

Order of the filters: per-file-ignores and configured severities (``Settings.apply``), then
Markdown suppression regions, then the baseline. ``--write-baseline`` records what is left
after the first two.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from . import baseline as baseline_mod
from . import suppress
from .config import ConfigError, Settings, load_settings
from .reading import ReadError, SourceText, read_file


def _flat(groups) -> list[str]:
    return [c for group in (groups or []) for c in group]


def start(args) -> Session:
    """A Session from parsed command-line arguments: configuration (command-line flags win),
    rule selection, linter and cache. Bad configuration raises UsageError (exit 2)."""
    from .cli import UsageError
    from .rules.base import all_rules
    from .runner import select_rules

    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    select, ignore, extend = _flat(args.select), _flat(args.ignore), _flat(args.extend_select)
    known = all_rules()
    for prefix in select + ignore + extend:
        if prefix != "ALL" and not any(code.startswith(prefix) for code in known):
            raise UsageError(f"'{prefix}' matches no rule code (see --explain all)")
    if select:
        settings.select = select
    settings.ignore = settings.ignore + ignore
    settings.extend_select = settings.extend_select + extend
    if args.cache_dir:
        settings.cache_dir = os.path.abspath(args.cache_dir)
    if args.baseline:
        settings.baseline = os.path.abspath(args.baseline)
    if (args.fix and not args.diff) and "-" in (args.paths or []):
        raise UsageError("--fix cannot rewrite standard input; use --diff")
    rules = select_rules(settings.select, settings.ignore, extend=settings.extend_select)
    return Session.create(
        settings,
        rules,
        use_cache=not args.no_cache,
        baseline=settings.baseline,
        stdin_name=args.stdin_filename,
    )


@dataclass
class Session:
    settings: Settings
    linter: object
    cache: object | None = None
    baseline: str | None = None  # path of the baseline to apply, None for none
    stdin_name: str = "<stdin>"
    stale: list = field(default_factory=list)
    baselined: int = 0
    _texts: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        settings: Settings,
        rules,
        *,
        use_cache: bool = True,
        baseline: str | None = None,
        stdin_name: str = "<stdin>",
    ) -> Session:
        from .runner import Linter

        shared = {"lexicon_path": settings.lexicon} if settings.lexicon else {}
        linter = Linter(rules, dict(settings.options), settings.max_file_size, shared)
        cache = None
        if use_cache:
            from .cache import Cache

            cache = Cache.for_linter(settings.cache_dir, linter)
        return cls(settings, linter, cache, baseline, stdin_name)

    # -- linting --------------------------------------------------------------------------
    def lint(self, paths: list[str], apply_baseline: bool = True):
        result = self.linter.lint_paths(
            paths,
            exclude=self._anchored(self.settings.exclude),
            include=tuple(self.settings.include),
            reference_paths=self.settings.reference,
            stdin_name=self.stdin_name,
            cache=self.cache,
        )
        self._texts = {p: s.text for p, s in result.sources.items()}
        result.diagnostics = self.filter(result.diagnostics, self.text_of)
        if apply_baseline and self.baseline:
            outcome = baseline_mod.apply(
                self.baseline, result.diagnostics, self.text_of, self._linted(result)
            )
            result.diagnostics = outcome.new
            self.stale = outcome.stale
            self.baselined = outcome.matched
        return result

    def _anchored(self, patterns) -> tuple[str, ...]:
        """Exclude globs with a '/' match from the project root (wherever declint runs);
        a bare name pattern matches a file name anywhere."""
        root = self.settings.root.replace(os.sep, "/").rstrip("/")
        return tuple(f"{root}/{p.lstrip('/')}" if "/" in p else p for p in patterns)

    def _linted(self, result) -> list[str]:
        return list(result.sources) + [d.path for d in result.diagnostics]

    def filter(self, diagnostics, text_of):
        return suppress.apply(self.settings.apply(diagnostics), text_of)

    def text_of(self, path: str) -> str | None:
        if path not in self._texts:
            try:
                self._texts[path] = read_file(path, self.settings.max_file_size).text
            except ReadError:
                self._texts[path] = None
        return self._texts[path]

    # -- fixes ---------------------------------------------------------------------------
    def relint(self, source: SourceText) -> list:
        """The reported findings of one (fixed) text: document rules, cross-document rules
        within it, and the same filters as the run."""
        doc, diags = self.linter.lint_source(source)
        diags = diags + self.linter.lint_corpus([doc])

        def text_of(path):
            return source.text if path == source.path else self.text_of(path)

        diags = self.filter(diags, text_of)
        if self.baseline:
            diags = baseline_mod.apply(self.baseline, diags, text_of, []).new
        return diags

    def report_stale(self, stream=None) -> None:
        if self.baseline:
            baseline_mod.report_stale(self.stale, os.path.relpath(self.baseline), stream or sys.stderr)

    # -- commands --------------------------------------------------------------------------
    def show(self, stream) -> None:
        from .config import show

        show(self.settings, self.linter.rules, stream)

    def write_baseline(self, paths: list[str], path: str) -> int:
        result = self.lint(paths, apply_baseline=False)
        n = baseline_mod.write(path, result.diagnostics, self.text_of)
        sys.stderr.write(f"declint: wrote {n} baseline entr{'ies' if n != 1 else 'y'} to {path}\n")
        return 0

    def fix(self, paths: list[str], stream, unsafe: bool = False, diff_only: bool = False) -> int:
        """Apply (or with ``diff_only`` print) the fixes. Returns the exit code for --diff:
        1 when something would change, else 0."""
        from . import fix as fix_mod

        result = self.lint(paths)
        sources = dict(result.sources)
        report = fix_mod.plan(sources, result.diagnostics, self.relint, unsafe)
        for message in report.skipped:
            sys.stderr.write(f"declint: {message}\n")
        if diff_only:
            stream.write(fix_mod.unified_diff(report.files))
            n = report.applied
            if n:
                sys.stderr.write(
                    f"declint: {n} fix{'es' if n != 1 else ''} would be applied to {len(report.files)} file(s)\n"
                )
            return 1 if report.files else 0
        before = len(report.skipped)
        written = fix_mod.write(report)
        for message in report.skipped[before:]:
            sys.stderr.write(f"declint: {message}\n")
        n = sum(f.applied for f in written)
        if n:
            sys.stderr.write(f"declint: fixed {n} problem{'s' if n != 1 else ''} in {len(written)} file(s)\n")
        return 0
