"""Output formats: one module per format, each with ``render(result, stream, ctx)``."""

from __future__ import annotations

import importlib

# format name -> module under lint.output
FORMATS = {
    "full": "full",
    "concise": "concise",
    "json": "json_format",
    "json-lines": "json_lines",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "gitlab": "gitlab",
}


def renderer(name: str):
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").render
