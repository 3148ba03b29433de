"""The rule registry: every rule is a function registered with its code, short name,
default severity and documentation (its docstring, printed by ``--explain``).

A rule's docstring has four sections, the same text ``--explain`` prints:

    ## What it does / ## Why is this bad? / ## Example / ## Use instead

Fenced ```text blocks under "Example" must make the rule fire and those under
"Use instead" must not: the test suite runs every rule on its own examples.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Problem, Severity
from ..document import Document


@dataclass
class Context:
    """What a rule may read besides the document: its options and shared state."""

    options: dict[str, Any] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)  # e.g. the corpus index
    # Corpus rules: the documents whose findings are reported, by identity; the others are
    # the reference corpus, compared with but never reported. None: all are reported.
    reported: frozenset[int] | None = None

    def option(self, name: str, default: Any) -> Any:
        return self.options.get(name, default)

    def is_reference(self, doc: Any) -> bool:
        """A reference document (corpus rules): its findings are not reported."""
        return self.reported is not None and id(doc) not in self.reported


DocumentCheck = Callable[[Document, Context], Iterable[Problem]]
CorpusCheck = Callable[[Sequence[Document], Context], Iterable[tuple[Document, Problem]]]


@dataclass
class Rule:
    code: str
    name: str
    severity: Severity
    doc: str
    check: DocumentCheck | CorpusCheck | None
    scope: str = "document"  # "document", "corpus", or "file" (emitted by the reader)
    languages: frozenset[str] = frozenset({"en", "fr"})
    fixable: bool = False
    defaults: dict[str, Any] = field(default_factory=dict)
    default: bool = True  # in the default selection; False: only when selected by code or prefix

    @property
    def summary(self) -> str:
        """The first sentence of "What it does"."""
        text = " ".join(self.section("What it does").split()) or self.name
        end = re.search(r"\.\s+(?=[A-Z])", text)  # "no. 682" does not end a sentence
        return text if end is None else text[: end.start() + 1]

    def section(self, title: str) -> str:
        """The text under ``## title`` in the documentation."""
        out, keep = [], False
        for line in self.doc.splitlines():
            if line.startswith("## "):
                keep = line[3:].strip().lower() == title.lower()
                continue
            if keep:
                out.append(line)
        return "\n".join(out).strip()

    def examples(self, title: str) -> list[str]:
        """Fenced ```text blocks under a section: the rule's own fixtures."""
        blocks, current = [], None
        for line in self.section(title).splitlines():
            if line.strip().startswith("```"):
                if current is None:
                    current = []
                else:
                    blocks.append("\n".join(current) + "\n")
                    current = None
            elif current is not None:
                current.append(line)
        return blocks


REGISTRY: dict[str, Rule] = {}


def _register(rule: Rule) -> None:
    if rule.code in REGISTRY:
        raise ValueError(f"duplicate rule code {rule.code}")
    REGISTRY[rule.code] = rule


def rule(
    code: str,
    name: str,
    severity: Severity = Severity.ERROR,
    *,
    scope: str = "document",
    languages: Iterable[str] = ("en", "fr"),
    fixable: bool = False,
    defaults: dict[str, Any] | None = None,
    default: bool = True,
):
    """Decorator registering a rule function under ``code``; ``default=False`` leaves it
    out of the default selection (an opt-in rule, as ruff has)."""

    def wrap(func):
        _register(
            Rule(
                code,
                name,
                severity,
                inspect.cleandoc(func.__doc__ or ""),
                func,
                scope,
                frozenset(languages),
                fixable,
                dict(defaults or {}),
                default,
            )
        )
        return func

    return wrap


def declare(code: str, name: str, severity: Severity, doc: str, scope: str = "file") -> None:
    """Register a diagnostic that is emitted outside the rule loop (file reading)."""
    _register(Rule(code, name, severity, inspect.cleandoc(doc), None, scope))


def all_rules() -> dict[str, Rule]:
    from . import load_all

    load_all()
    return REGISTRY
