"""Signatory-list rules (codes `S…`): totals, group codes, countries, entries, legend."""

from . import affiliations, countries, entries, groups, legend, members, threshold, totals  # noqa: F401 - registers
