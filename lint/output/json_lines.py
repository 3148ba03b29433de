"""JSON Lines: one diagnostic object a line, the keys of the `json` format."""

from __future__ import annotations

import json


def render(result, stream, ctx) -> None:
    for d in result.diagnostics:
        stream.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
