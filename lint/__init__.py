"""declint: a data-quality linter for declaration texts (PACE written declarations,
parliamentarians' letters and the articles that report on them)."""

__version__ = "0.1.0"
