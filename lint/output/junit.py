"""JUnit XML: one testsuite, one testcase per file checked. A file with findings (other
than infos) fails with them rendered as the `full` format does; a file that could not be
read at all is an error."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from .common import checked_paths, posix_path
from .full import render_one

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
FATAL_CODES = frozenset({"F001", "F002", "F005"})


def _xml(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def render(result, stream, ctx) -> None:
    by_path = defaultdict(list)
    for d in result.diagnostics:
        by_path[d.path].append(d)
    paths = checked_paths(result)
    suite = ET.Element("testsuite", name="declint")
    failures = errors = 0
    for path in paths:
        diags = by_path.get(path, [])
        case = ET.SubElement(suite, "testcase", classname="declint", name=posix_path(path), file=path)
        counted = [d for d in diags if d.severity.value != "info"]
        if not diags:
            continue
        text = io.StringIO()
        for d in diags:
            render_one(d, result.sources.get(path), text)
        body = _xml(text.getvalue().rstrip("\n") + "\n")
        codes = sorted({d.code for d in diags})
        message = _xml(f"{len(diags)} problem{'s' if len(diags) != 1 else ''}: {', '.join(codes)}")
        if any(d.code in FATAL_CODES for d in diags):
            errors += 1
            ET.SubElement(case, "error", message=message, type="declint").text = body
        elif counted:
            failures += 1
            ET.SubElement(case, "failure", message=message, type="declint").text = body
        else:
            ET.SubElement(case, "system-out").text = body
    counts = {"tests": str(len(paths)), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    suite.attrib.update(counts)
    root = ET.Element("testsuites", name="declint", **counts)
    root.append(suite)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
