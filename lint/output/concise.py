"""One line a diagnostic: `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from .full import render_statistics, summary


def render(result, stream, ctx) -> None:
    for d in result.diagnostics:
        stream.write(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.severity.value}] {d.message}\n")
    if ctx.get("statistics"):
        render_statistics(result, stream)
    if not ctx.get("quiet"):
        stream.write(summary(result) + "\n")
