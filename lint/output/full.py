"""The default format: `path:line:col: CODE message`, the source line with a caret
underline of the span, and a summary."""

from __future__ import annotations

import unicodedata
from collections import Counter

# Lines longer than this are shown as a window around the span.
MAX_SNIPPET = 120


def _width(text: str) -> int:
    return sum(
        2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text
    )


def _clean(text: str) -> str:
    # Tabs and control characters would misalign the caret line.
    return "".join(
        " " if (c == "\t" or unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")) else c for c in text
    )


def snippet(source, d) -> list[str]:
    """The source line of a diagnostic with a caret underline of its span."""
    index = source.index
    if d.line > index.line_count:
        return []
    line_text = index.line_text(d.line)
    start = d.column - 1
    end = d.end_column - 1 if d.end_line == d.line else len(line_text)
    end = max(end, start + 1)
    offset = 0
    if len(line_text) > MAX_SNIPPET:
        offset = max(0, min(start - 40, len(line_text) - MAX_SNIPPET))
        shown = line_text[offset : offset + MAX_SNIPPET]
        prefix = "…" if offset else ""
        suffix = "…" if offset + MAX_SNIPPET < len(line_text) else ""
    else:
        shown, prefix, suffix = line_text, "", ""
    shown = _clean(shown)
    lead = _width(prefix + shown[: start - offset])
    span_width = max(1, _width(shown[start - offset : min(end - offset, len(shown))]))
    gutter = " " * len(str(d.line))
    return [
        f"{gutter} |",
        f"{d.line} | {prefix}{shown}{suffix}",
        f"{gutter} | {' ' * lead}{'^' * span_width}",
    ]


def summary(result) -> str:
    n = len(result.diagnostics)
    files = len({d.path for d in result.diagnostics})
    if not n:
        return f"All checks passed ({result.files} file{'s' if result.files != 1 else ''} checked)."
    fixable = sum(1 for d in result.diagnostics if d.fix is not None)
    safe = sum(1 for d in result.diagnostics if d.fix is not None and d.fix.applicability == "safe")
    text = f"Found {n} problem{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}"
    if fixable:
        text += f" ({fixable} with a suggested fix, {safe} safe)"
    return text + "."


def render_one(d, source, stream) -> None:
    """One diagnostic as the full format prints it (also used by junit and the pytest plugin)."""
    stream.write(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}\n")
    if source is not None and source.text:
        for line in snippet(source, d):
            stream.write(line + "\n")
    if d.fix is not None:
        kind = "fix" if d.fix.applicability == "safe" else "unsafe fix"
        stream.write(f"  = {kind}: replace with {d.fix.replacement!r}\n")
    stream.write("\n")


def render(result, stream, ctx) -> None:
    for d in result.diagnostics:
        render_one(d, result.sources.get(d.path), stream)
    if ctx.get("statistics"):
        render_statistics(result, stream)
    stream.write(summary(result) + "\n")


def render_statistics(result, stream) -> None:
    counts = Counter((d.code, d.name) for d in result.diagnostics)
    for (code, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        stream.write(f"{count:5d}  {code}  {name}\n")
