"""GitHub Actions workflow commands: one annotation a diagnostic,
`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded;
property values also encode `:` and `,`.
"""

from __future__ import annotations

from .common import GITHUB_LEVEL, posix_path


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d) -> str:
    props = [
        ("file", posix_path(d.path)),
        ("line", str(d.line)),
        ("col", str(d.column)),
        ("endLine", str(d.end_line)),
        ("endColumn", str(d.end_column)),
        ("title", f"{d.code} {d.name}".strip()),
    ]
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{GITHUB_LEVEL[d.severity.value]} {joined}::{escape_data(d.message)}"


def render(result, stream, ctx) -> None:
    for d in result.diagnostics:
        stream.write(annotation(d) + "\n")
