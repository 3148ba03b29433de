"""Command line: arguments, output selection and exit codes.

Exit codes: 0 no findings, 1 findings, 2 usage, configuration or internal error (and a
file that could not be checked at all).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with our own prefix, never a traceback
        self.print_usage(sys.stderr)
        sys.stderr.write(f"declint: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


def _codes(value: str) -> list[str]:
    return [c.strip().upper() for c in value.split(",") if c.strip()]


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number of jobs, got {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    from .output import FORMATS

    p = _Parser(
        prog="declint",
        description="Lint declaration texts: signatory lists, names, prose, counts and dates.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        default=None,
        metavar="PATH",
        help="files or directories ('-' for stdin); default '.'",
    )
    p.add_argument(
        "--select",
        type=_codes,
        action="append",
        metavar="CODES",
        help="rule codes or prefixes to enable (comma-separated)",
    )
    p.add_argument(
        "--ignore", type=_codes, action="append", metavar="CODES", help="rule codes or prefixes to disable"
    )
    p.add_argument("--output-format", choices=sorted(FORMATS), default="full")
    p.add_argument("--explain", metavar="CODE", help="print a rule's documentation ('all' lists every rule)")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    p.add_argument("--stdin-filename", default="<stdin>", metavar="NAME", help="the name to report for '-'")
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes for large inputs (default: all cores; small inputs always use one)",
    )
    p.add_argument("--version", action="version", version=f"declint {__version__}")
    cfg = p.add_argument_group("configuration, baseline, fixes and cache")
    cfg.add_argument("--config", metavar="FILE", help="a TOML file (default: nearest pyproject.toml)")
    cfg.add_argument("--extend-select", type=_codes, action="append", metavar="CODES", help="codes to add")
    cfg.add_argument("--show-settings", action="store_true", help="print the resolved configuration")
    cfg.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    cfg.add_argument("--write-baseline", metavar="FILE", help="record the current findings as a baseline")
    cfg.add_argument("--fix", action="store_true", help="apply safe fixes")
    cfg.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, unsafe fixes too")
    cfg.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    cfg.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    cfg.add_argument("--cache-dir", metavar="DIR", help="cache directory (default .declint_cache)")
    return p


def explain(code: str, stream) -> int:
    from .rules.base import all_rules

    rules = all_rules()
    if code.lower() == "all":
        width = max(len(r.name) for r in rules.values())
        for c, r in sorted(rules.items()):
            opt_in = "" if r.default else "(opt-in) "
            stream.write(f"{c}  {r.name:<{width}}  {r.severity.value:<8} {opt_in}{r.summary}\n")
        return EXIT_CLEAN
    r = rules.get(code.upper())
    if r is None:
        sys.stderr.write(f"declint: error: unknown rule code '{code}' (see --explain all)\n")
        return EXIT_ERROR
    fix = " (fix available)" if r.fixable else ""
    opt_in = (
        "" if r.default else f"\nNot in the default selection: enable it with `--extend-select {r.code}`.\n"
    )
    stream.write(f"# {r.code} ({r.name})\n\nDefault severity: {r.severity.value}{fix}\n{opt_in}\n{r.doc}\n")
    return EXIT_CLEAN


def run(argv: list[str]) -> int:
    if argv and argv[0] == "names":  # `declint names PATH...`: the person-name index
        from .names_cli import run as names

        return names(argv[1:])
    args = build_parser().parse_args(argv)
    out = sys.stdout
    if args.explain:
        return explain(args.explain, out)

    from .output import renderer
    from .progress import Progress
    from .runner import exit_code
    from .session import start

    session = start(args)  # configuration, rule selection, linter and cache; UsageError if bad
    if args.show_settings:
        session.show(out)
        return EXIT_CLEAN
    paths = args.paths or ["."]
    if args.write_baseline:
        return session.write_baseline(paths, args.write_baseline)
    if args.fix or args.diff:
        done = session.fix(paths, out, unsafe=args.unsafe_fixes, diff_only=args.diff)
        if args.diff:
            return done
    session.linter.jobs = args.jobs
    session.linter.progress = progress = Progress()
    try:
        result = session.lint(paths)
    finally:
        progress.close()
    session.report_stale()
    ctx = {"statistics": args.statistics, "quiet": args.quiet, "rules": session.linter.rules}
    if args.quiet and args.output_format == "full":
        from .output.concise import render as concise

        concise(result, out, ctx)
    else:
        renderer(args.output_format)(result, out, ctx)
    return exit_code(result, args.exit_zero)


# A run allocates millions of small objects that live until the end (the summaries kept
# for the cross-document rules): rarer collections save ~12% of the time on a large
# corpus, and keep a 100,000-entry list linear (bench/run.py); memory freed by reference
# counting is unaffected.
GC_THRESHOLD = (100_000, 50, 100)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gc.set_threshold(*GC_THRESHOLD)
    try:
        return run(argv)
    except UsageError as exc:
        sys.stderr.write(f"declint: error: {exc}\n")
        return EXIT_ERROR
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # an internal error: say so plainly, exit 2
        sys.stderr.write(f"declint: internal error: {type(exc).__name__}: {exc}\n")
        if os.environ.get("DECLINT_DEBUG"):
            import traceback  # only for an internal error

            sys.stderr.write(traceback.format_exc())
        else:
            sys.stderr.write("declint: set DECLINT_DEBUG=1 for details, and please report it\n")
        return EXIT_ERROR
