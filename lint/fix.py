"""Applying fixes: ``--fix``, ``--unsafe-fixes`` and ``--diff``.

For each file with fixable findings: the edits (span -> replacement) are applied in order of
position; an edit that overlaps one already taken waits for the next pass, after the file is
linted again (at most MAX_PASSES passes, so rules whose fixes keep producing new fixes cannot
loop). Only flagged spans change; the rest of the file is byte-for-byte what it was.

Writing back keeps the file's encoding, byte-order mark and line endings, goes through a
temporary file in the same directory and ``os.replace`` (atomic), and is refused when the file
on disk is no longer the text that was linted (someone saved it meanwhile). A replacement that
the file's encoding cannot represent is skipped.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .reading import ReadError, SourceText, read_file

MAX_PASSES = 5


@dataclass
class FileFix:
    path: str
    original: SourceText
    text: str  # the fixed text
    applied: int = 0


@dataclass
class FixReport:
    files: list[FileFix] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # messages for stderr

    @property
    def applied(self) -> int:
        return sum(f.applied for f in self.files)


def _wanted(d, unsafe: bool) -> bool:
    return d.fix is not None and (d.fix.applicability == "safe" or unsafe)


def _edits(diagnostics, text: str, unsafe: bool, newline: str):
    """Non-overlapping (start, end, replacement) edits, in order; the rest wait."""
    edits = []
    for d in diagnostics:
        if not _wanted(d, unsafe):
            continue
        span = d.fix.span or d.span
        replacement = d.fix.replacement
        if newline != "\n" and "\n" in replacement:
            replacement = replacement.replace("\r\n", "\n").replace("\n", newline)
        if span.end > len(text) or text[span.start : span.end] == replacement:
            continue
        edits.append((span.start, span.end, replacement))
    edits.sort()
    taken = []
    for start, end, replacement in edits:
        if taken:
            p_start, p_end, _ = taken[-1]
            # Overlapping, or two edits at one point (their order would be arbitrary).
            if start < p_end or (start == p_start and (start == end or p_start == p_end)):
                continue
        taken.append((start, end, replacement))
    return taken


def _encodable(source: SourceText, replacement: str) -> bool:
    try:
        replacement.encode(source.encoding.replace("-sig", ""))
        return True
    except UnicodeEncodeError:
        return False


def apply_edits(text: str, edits) -> str:
    out, last = [], 0
    for start, end, replacement in edits:
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


def fix_text(
    source: SourceText, diagnostics, relint: Callable[[SourceText], list], unsafe: bool = False
) -> tuple[str, int]:
    """The text with every wanted fix applied (iterating until stable) and the number of
    fixes applied. ``relint(source)`` returns the diagnostics of a fixed text."""
    text, applied = source.text, 0
    current = [d for d in diagnostics if d.path == source.path]
    for _ in range(MAX_PASSES):
        edits = [e for e in _edits(current, text, unsafe, source.newline) if _encodable(source, e[2])]
        if not edits:
            break
        text = apply_edits(text, edits)
        applied += len(edits)
        fixed = SourceText(source.path, text, source.encoding, source.bom, source.newline, source.not_utf8)
        current = relint(fixed)
    return text, applied


def plan(
    sources: dict[str, SourceText],
    diagnostics,
    relint: Callable[[SourceText], list],
    unsafe: bool = False,
) -> FixReport:
    """Fixed texts of every file with a wanted fix (nothing is written)."""
    report = FixReport()
    paths = sorted({d.path for d in diagnostics if _wanted(d, unsafe)})
    for path in paths:
        source = sources.get(path)
        if source is None:
            try:
                source = read_file(path)
            except ReadError as exc:
                report.skipped.append(f"{path}: not fixed: {exc.message}")
                continue
        text, applied = fix_text(source, diagnostics, relint, unsafe)
        if applied and text != source.text:
            report.files.append(FileFix(path, source, text, applied))
    return report


def unified_diff(fixes: Iterable[FileFix]) -> str:
    out = []
    for f in fixes:
        for line in difflib.unified_diff(
            f.original.text.splitlines(keepends=True),
            f.text.splitlines(keepends=True),
            fromfile=f"a/{f.path}",
            tofile=f"b/{f.path}",
        ):
            if not line.endswith(("\n", "\r")):  # a last line without its line break
                line += "\n\\ No newline at end of file\n"
            out.append(line)
    return "".join(out)


def _unchanged_on_disk(f: FileFix) -> bool:
    try:
        with open(f.path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    return data == f.original.encode(f.original.text)


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` by ``data`` through a temporary file in the same directory."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = stat.S_IMODE(os.stat(path).st_mode)
    fd, tmp = tempfile.mkstemp(prefix=".declint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write(report: FixReport) -> list[FileFix]:
    """Write every fixed file that is unchanged on disk; returns the files written."""
    written = []
    for f in report.files:
        if f.path == "-":
            report.skipped.append("-: standard input is not fixed in place (use --diff)")
            continue
        if not _unchanged_on_disk(f):
            report.skipped.append(f"{f.path}: changed on disk since it was read; not overwritten")
            continue
        try:
            write_atomic(f.path, f.original.encode(f.text))
        except OSError as exc:
            report.skipped.append(f"{f.path}: not fixed: {exc.strerror or exc}")
            continue
        written.append(f)
    return written
