"""SARIF 2.1.0 (the format GitHub code scanning uploads): one run, the rules with their
documentation, one result per diagnostic with its region and any suggested fix.

Columns count Unicode code points (``columnKind``), as everywhere in declint; end
columns are exclusive, as SARIF wants.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from pathlib import Path

from .. import __version__
from .common import SARIF_LEVEL, fingerprints, posix_path, rules_of

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def artifact_location(path: str) -> dict:
    shown = posix_path(path)
    if os.path.isabs(shown):
        return {"uri": Path(shown).as_uri()}
    return {"uri": urllib.parse.quote(shown), "uriBaseId": "%SRCROOT%"}


def _region(line: int, col: int, end_line: int, end_col: int) -> dict:
    region = {"startLine": line, "startColumn": col}
    if (end_line, end_col) > (line, col):
        region["endLine"] = end_line
        region["endColumn"] = end_col
    return region


def rule_descriptor(r) -> dict:
    what = " ".join(r.section("What it does").split()) or r.summary
    descriptor = {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": what},
        "help": {"text": r.doc or r.summary, "markdown": r.doc or r.summary},
        "defaultConfiguration": {"level": SARIF_LEVEL[r.severity.value]},
        "properties": {"tags": ["declint", r.scope], "precision": "high"},
    }
    return descriptor


def _fix(d, source) -> dict | None:
    if d.fix is None:
        return None
    span = d.fix.span or d.span
    if source is not None:
        line, col = source.index.line_col(span.start)
        end_line, end_col = source.index.line_col(span.end)
    else:
        line, col, end_line, end_col = d.line, d.column, d.end_line, d.end_column
    deleted = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
    kind = "safe" if d.fix.applicability == "safe" else "unsafe"
    return {
        "description": {"text": f"Replace with {d.fix.replacement!r} ({kind} fix)"},
        "artifactChanges": [
            {
                "artifactLocation": artifact_location(d.path),
                "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": d.fix.replacement}}],
            }
        ],
    }


def build(result, ctx) -> dict:
    rules = rules_of(ctx)
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for d, fp in zip(result.diagnostics, fingerprints(result), strict=True):
        item = {
            "ruleId": d.code,
            "level": SARIF_LEVEL[d.severity.value],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact_location(d.path),
                        "region": _region(d.line, d.column, d.end_line, d.end_column),
                    }
                }
            ],
            "partialFingerprints": {"declint/v1": fp},
        }
        if d.code in index:
            item["ruleIndex"] = index[d.code]
        fix = _fix(d, result.sources.get(d.path))
        if fix is not None:
            item["fixes"] = [fix]
        results.append(item)
    root = Path.cwd().as_uri() + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "declint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [rule_descriptor(r) for r in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": not result.fatal}],
                "results": results,
            }
        ],
    }


def render(result, stream, ctx) -> None:
    json.dump(build(result, ctx), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
