"""Typos (T…): run-together words, known misspellings, repeated words, spacing and mojibake."""

from . import encoding, runtogether, spacing, spelling  # noqa: F401  (importing registers the rules)
