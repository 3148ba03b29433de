"""GitLab Code Quality report: a JSON array of issues with description, check_name,
fingerprint, severity and location (path and first line)."""

from __future__ import annotations

import json

from .common import GITLAB_SEVERITY, fingerprints, posix_path


def render(result, stream, ctx) -> None:
    issues = [
        {
            "type": "issue",
            "description": f"{d.code} {d.message}",
            "check_name": d.code,
            "fingerprint": fp,
            "severity": GITLAB_SEVERITY[d.severity.value],
            "categories": ["Style"],
            "location": {"path": posix_path(d.path), "lines": {"begin": d.line, "end": d.end_line}},
        }
        for d, fp in zip(result.diagnostics, fingerprints(result), strict=True)
    ]
    json.dump(issues, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
