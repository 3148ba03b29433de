"""One JSON array of diagnostic objects (keys: path, line, column, end_line, end_column,
code, severity, message, fix)."""

from __future__ import annotations

import json


def render(result, stream, ctx) -> None:
    json.dump([d.to_json() for d in result.diagnostics], stream, ensure_ascii=False, indent=2)
    stream.write("\n")
