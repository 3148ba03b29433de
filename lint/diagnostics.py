"""What rules produce (Problem) and what the outputs print (Diagnostic)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .document import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``span`` (the diagnostic's own span when None) with ``replacement``."""

    replacement: str
    applicability: str = "safe"  # "safe" or "unsafe"
    span: Span | None = None


@dataclass(slots=True)
class Problem:
    """A rule's finding inside one document, before the runner stamps code and path."""

    span: Span
    message: str
    fix: Fix | None = None
    severity: Severity | None = None  # override the rule's default


@dataclass(slots=True)
class Diagnostic:
    path: str
    code: str
    severity: Severity
    message: str
    span: Span
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
    name: str = ""  # the rule's short name

    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.message)

    def to_json(self) -> dict:
        fix = None
        if self.fix is not None:
            fix = {"replacement": self.fix.replacement, "applicability": self.fix.applicability}
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "fix": fix,
        }
