"""Which files a run lints: explicit files as given, directories recursed for
`*.txt` and `*.md`, hidden directories and caches skipped, symlink loops avoided."""

from __future__ import annotations

import fnmatch
import functools
import os
from collections.abc import Iterator

DEFAULT_EXTENSIONS = (".txt", ".md")
SKIP_DIRS = {".git", ".hg", ".svn", ".declint_cache", "__pycache__", ".venv", "venv", "node_modules"}


def _excluded(path: str, exclude: tuple[str, ...]) -> bool:
    """``path`` matches a pattern as given, by its base name, or by its absolute path (the
    configuration anchors its patterns at the project root that way)."""
    if not exclude:
        return False
    absolute = os.path.abspath(path).replace(os.sep, "/")
    norm = path.replace(os.sep, "/")
    if norm.startswith("./"):
        norm = norm[2:]
    base = os.path.basename(norm)
    return any(
        fnmatch.fnmatch(norm, pat) or fnmatch.fnmatch(base, pat) or fnmatch.fnmatch(absolute, pat)
        for pat in exclude
    )


def _included(full: str, name: str, extensions: tuple[str, ...], include: tuple[str, ...] | None) -> bool:
    if include is None:
        return name.endswith(extensions)
    norm = full.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(norm, pat) for pat in include)


def _unlisted(found: list[str], top: str, exc: OSError) -> None:
    found.append(exc.filename or top)


def discover(
    paths: list[str],
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS,
    exclude: tuple[str, ...] = (),
    include: tuple[str, ...] | None = None,
) -> Iterator[str]:
    """Yield file paths in a stable order. Missing paths are yielded too, so that the
    reader reports them. ``include`` (file-name or path globs) replaces ``extensions``
    for files found in directories; files named explicitly are always yielded."""
    seen: set[str] = set()
    for path in paths:
        if path == "-":
            yield path
            continue
        if not os.path.isdir(path):
            if path not in seen:
                seen.add(path)
                yield path
            continue
        found = []
        # followlinks=False: a symlink loop cannot recurse forever. A directory that cannot
        # be listed is yielded, so that the reader reports it instead of skipping it silently.
        for root, dirs, files in os.walk(path, onerror=functools.partial(_unlisted, found, path)):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in files:
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                if _included(full, name, extensions, include) and not _excluded(full, exclude):
                    found.append(full)
        for full in sorted(found):
            if full not in seen:
                seen.add(full)
                yield full
