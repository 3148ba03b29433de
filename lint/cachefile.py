"""Best-effort atomic writes for derived data kept in cache directories (the word
table, the codespell dictionary, the reference data, the result cache).

A cache that cannot be written is not an error: the caller recomputes next time.
"""

from __future__ import annotations

import contextlib
import os
import tempfile


def write_atomic(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a reader
    never sees half a file; return whether it was written."""
    tmp = None
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
