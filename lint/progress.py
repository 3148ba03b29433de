"""Progress on stderr for long runs: ``declint: 1234/10000 files``.

Shown only when stderr is a terminal, the run is not in CI (``CI`` set) and not on a dumb
terminal, and only once the run has taken longer than ``DELAY`` seconds: a quick run, a
piped run and a CI log never see it. The line is redrawn at most every ``INTERVAL`` seconds
and erased when the run ends, so it never mixes with the findings on stdout.
"""

from __future__ import annotations

import os
import sys
import time

DELAY = 1.0
INTERVAL = 0.1


def wanted(stream) -> bool:
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb" or os.environ.get("DECLINT_NO_PROGRESS"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed stream
        return False


class Progress:
    def __init__(self, total: int = 0, stream=None, enabled: bool | None = None, clock=time.monotonic):
        self.stream = sys.stderr if stream is None else stream
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.total = total
        self.done = 0
        self.clock = clock
        self.started = clock()
        self._drawn_at: float | None = None
        self._width = 0

    def add_total(self, n: int) -> None:
        self.total += n

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < DELAY:
            return
        if self._drawn_at is not None and now - self._drawn_at < INTERVAL and self.done < self.total:
            return
        self._draw(now)

    def _draw(self, now: float) -> None:
        text = f"declint: {self.done}/{self.total} files"
        pad = " " * max(0, self._width - len(text))
        self._write(f"\r{text}{pad}")
        self._width = len(text)
        self._drawn_at = now

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def close(self) -> None:
        """Erase the line (if one was drawn)."""
        if self._drawn_at is not None:
            self._write("\r" + " " * self._width + "\r")
            self._drawn_at = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
