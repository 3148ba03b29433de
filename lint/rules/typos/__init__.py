"""Typos (T…): run-together words, known misspellings, repeated words, spacing, mojibake and lost apostrophes."""

from . import apostrophe, encoding, runtogether, spacing, spelling, splitword  # noqa: F401  (importing registers the rules)
