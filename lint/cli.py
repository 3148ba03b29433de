"""Command line: arguments, output selection and exit codes.

Exit codes: 0 no findings, 1 findings, 2 usage, configuration or internal error (and a
file that could not be checked at all).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

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
    p.add_argument("--version", action="version", version=f"declint {__version__}")
    return p


def explain(code: str, stream) -> int:
    from .rules.base import all_rules

    rules = all_rules()
    if code.lower() == "all":
        for c, r in sorted(rules.items()):
            stream.write(f"{c}  {r.name:<28} {r.severity.value:<8} {r.summary}\n")
        return EXIT_CLEAN
    r = rules.get(code.upper())
    if r is None:
        sys.stderr.write(f"declint: error: unknown rule code '{code}' (see --explain all)\n")
        return EXIT_ERROR
    fix = " (fix available)" if r.fixable else ""
    stream.write(f"# {r.code} ({r.name})\n\nDefault severity: {r.severity.value}{fix}\n\n{r.doc}\n")
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
    from .rules.base import all_rules
    from .runner import Linter, exit_code, select_rules

    select = [c for group in (args.select or []) for c in group]
    ignore = [c for group in (args.ignore or []) for c in group]
    known = all_rules()
    for prefix in select + ignore:
        if prefix != "ALL" and not any(code.startswith(prefix) for code in known):
            raise UsageError(f"'{prefix}' matches no rule code (see --explain all)")
    linter = Linter(select_rules(select or None, ignore))
    result = linter.lint_paths(args.paths or ["."], stdin_name=args.stdin_filename)
    ctx = {"statistics": args.statistics, "quiet": args.quiet, "rules": linter.rules}
    if args.quiet and args.output_format == "full":
        from .output.concise import render as concise

        concise(result, out, ctx)
    else:
        renderer(args.output_format)(result, out, ctx)
    return exit_code(result, args.exit_zero)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
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
            sys.stderr.write(traceback.format_exc())
        else:
            sys.stderr.write("declint: set DECLINT_DEBUG=1 for details, and please report it\n")
        return EXIT_ERROR
