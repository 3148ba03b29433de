"""Bytes to text: encodings, BOMs, line endings, and the offset -> line/column index.

Every offset in declint is a character offset into the decoded text exactly as it
was in the file (line endings untouched), so a span maps back to the original
file's 1-based line and column and a fix can be written back byte-faithfully.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
from dataclasses import dataclass, field

# A file larger than this is reported and skipped: linting it would hold the whole
# text, its document model and its diagnostics in memory at once.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_NEWLINE = re.compile(r"\r\n|\r|\n")


class ReadError(Exception):
    """A file that cannot be turned into text; ``code`` is the F-rule it maps to."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class LineIndex:
    """Maps character offsets to 1-based (line, column) and back."""

    text: str
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in _NEWLINE.finditer(self.text))
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of a 1-based line, end excluding its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    @property
    def line_count(self) -> int:
        return len(self.starts)


@dataclass
class SourceText:
    """Decoded file content plus what is needed to write it back unchanged."""

    path: str
    text: str
    encoding: str  # codec used to decode (and to encode fixes back)
    bom: bytes = b""
    newline: str = "\n"  # dominant line ending, for reporting only
    not_utf8: bool = False  # decoded with the cp1252 fallback

    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding.replace("-sig", ""))


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


def decode(data: bytes, path: str = "<bytes>") -> SourceText:
    """Decode bytes: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a flag.

    Raises ReadError for binary content (NUL bytes outside UTF-16).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise ReadError(
                    "F002", f"invalid {codec} after its byte-order mark at byte {exc.start}"
                ) from None
            if "\x00" in text:
                raise ReadError("F002", "binary file: contains NUL characters")
            encoding = "utf-8" if codec == "utf-8-sig" else codec
            return SourceText(path, text, encoding, bom, _dominant_newline(text))
    if b"\x00" in data:
        where = data.index(b"\x00")
        raise ReadError(
            "F002",
            f"binary file: NUL byte at offset {where} (UTF-16 needs a byte-order mark)",
        )
    try:
        text = data.decode("utf-8")
        return SourceText(path, text, "utf-8", b"", _dominant_newline(text))
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; map them through latin-1 so nothing is lost.
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        text = data.decode("latin-1")
        return SourceText(path, text, "latin-1", b"", _dominant_newline(text), not_utf8=True)
    return SourceText(path, text, "cp1252", b"", _dominant_newline(text), not_utf8=True)


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode one file; every failure becomes a ReadError with a reason."""
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            try:
                os.scandir(path).close()
            except OSError as exc:
                raise ReadError("F001", f"directory cannot be listed: {exc.strerror or exc}") from None
            raise ReadError("F001", "is a directory")
        if size > max_bytes:
            raise ReadError(
                "F005",
                f"file too large: {size / 1048576:.1f} MiB exceeds the "
                f"{max_bytes / 1048576:.1f} MiB limit (max-file-size); skipped",
            )
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except ReadError:
        raise
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadError("F001", "broken symbolic link") from None
        raise ReadError("F001", "no such file or directory") from None
    except PermissionError:
        raise ReadError("F001", "permission denied") from None
    except OSError as exc:
        raise ReadError("F001", exc.strerror or str(exc)) from None
    return decode(data, path)
