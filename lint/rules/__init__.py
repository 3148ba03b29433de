"""Rule families. Importing a family module registers its rules."""

from __future__ import annotations

import importlib

# One module per family; the order is the order of ``--explain`` listings.
FAMILIES = ("files", "signatories", "names", "typos", "counts", "dates")

_loaded = False


def load_all() -> None:
    global _loaded
    if not _loaded:
        for name in FAMILIES:
            importlib.import_module(f"{__name__}.{name}")
        _loaded = True
