"""Typos (T…): run-together words, known misspellings, repeated words and spacing."""

from . import runtogether, spacing, spelling  # noqa: F401  (importing registers the rules)
