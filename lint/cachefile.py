"""Best-effort atomic writes for derived data kept in cache directories (the word
table, the codespell dictionary, the reference data, the result cache).

A cache that cannot be written is not an error: the caller recomputes next time.
"""

from __future__ import annotations

import contextlib
import os


def write_atomic(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a reader
    never sees half a file; return whether it was written."""
    tmp = None
    try:
        directory = os.path.dirname(path) or "."
        os.makedirs(directory, exist_ok=True)
        # A name of our own rather than tempfile.mkstemp: tempfile's import (shutil,
        # random, bz2 ...) is ~5 ms of a pre-commit hook's start.
        tmp = os.path.join(directory, f".tmp-{os.getpid()}-{os.urandom(6).hex()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
