"""File-level diagnostics (codes `F…`): emitted while reading, before any parsing."""

from __future__ import annotations

from ..diagnostics import Severity
from .base import declare

declare(
    "F001",
    "unreadable-file",
    Severity.ERROR,
    """
    ## What it does
    Reports a path that does not exist or a file that cannot be read (permissions, a
    broken symbolic link, a directory given where a file was expected).

    ## Why is this bad?
    A quality gate that silently skips a file it was asked to check passes a document
    nobody checked. declint reports the path and the reason, lints the other files,
    and exits with code 2.

    ## Example
    `declint missing.txt` -> `missing.txt:1:1: F001 cannot read file: no such file or directory`
    """,
)
declare(
    "F002",
    "binary-file",
    Severity.ERROR,
    """
    ## What it does
    Reports a file that is not text: it contains NUL bytes (and no UTF-16 byte-order
    mark), or its UTF-16 content is invalid.

    ## Why is this bad?
    A declaration saved as a word-processor file or a UTF-16 file without its mark
    cannot be checked; publishing it unchecked defeats the gate.

    ## Example
    A `.txt` file exported as UTF-16 without BOM -> `F002 binary file: NUL byte at offset 1`.
    Save it as UTF-8 instead.
    """,
)
declare(
    "F003",
    "not-utf8",
    Severity.WARNING,
    """
    ## What it does
    Reports a file that is not valid UTF-8 (nor UTF-16 with a BOM); declint decoded it
    as Windows-1252 (cp1252) so it could still be linted.

    ## Why is this bad?
    Names such as ÆVARSDÓTTIR, KOPŘIVA or Ní Aoláin survive only in Unicode: a legacy
    encoding loses letters on the way to the web page, and mixed encodings in one
    corpus break search. `--fix` writes fixes back in the file's own encoding.

    ## Example
    A file saved from an old editor in cp1252 -> `F003 file is not UTF-8 (decoded as cp1252)`.
    """,
)
declare(
    "F004",
    "empty-file",
    Severity.WARNING,
    """
    ## What it does
    Reports a file that is empty or holds only white space.

    ## Why is this bad?
    An empty document in a submission is almost always a failed export or copy.

    ## Example
    A zero-byte `declaration.txt` -> `F004 file is empty`.
    """,
)
declare(
    "F005",
    "file-too-large",
    Severity.ERROR,
    """
    ## What it does
    Reports a file larger than `max-file-size` (10 MiB by default) and skips it.

    ## Why is this bad?
    Declarations are a few kilobytes. A file of many megabytes is a concatenated dump or
    a wrong file; linting it would hold all of it in memory. Split it, or raise the limit.

    ## Example
    A 50 MB log named `.txt` -> `F005 file too large: 50.0 MiB exceeds the 10.0 MiB limit`.
    """,
)
