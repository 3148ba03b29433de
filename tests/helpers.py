"""Small helpers shared by the tests."""

from lint.runner import Linter, select_rules


def lint(text, select=None, path="doc.txt"):
    """Diagnostics of ``text`` for the selected rule prefixes (all by default)."""
    return Linter(select_rules(select)).lint_text(text, path)


def codes(text, select=None):
    return [d.code for d in lint(text, select)]


def flagged(text, code):
    """The flagged source text of every diagnostic with ``code``."""
    return [text[d.span.start : d.span.end] for d in lint(text, [code]) if d.code == code]
