"""Every rule's documentation is also its fixture: the ```text blocks under "Example"
must make the rule fire, those under "Use instead" must not."""

import pytest

from lint.rules.base import all_rules
from lint.runner import Linter

RULES = sorted(all_rules().values(), key=lambda r: r.code)
CHECKED = [r for r in RULES if r.check is not None]


def _codes(rule, text):
    diags = Linter([rule]).lint_text(text, "example.txt")
    return [d.code for d in diags]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    for section in ("What it does", "Why is this bad?", "Example"):
        assert rule.section(section), f"{rule.code} lacks '## {section}'"
    assert rule.name == rule.name.lower() and " " not in rule.name


@pytest.mark.parametrize("rule", [r for r in CHECKED if r.scope == "document"], ids=lambda r: r.code)
def test_examples_fire(rule):
    examples = rule.examples("Example")
    assert examples, f"{rule.code} has no ```text example"
    for text in examples:
        assert rule.code in _codes(rule, text), f"{rule.code} silent on its own example:\n{text}"


@pytest.mark.parametrize("rule", [r for r in CHECKED if r.scope == "document"], ids=lambda r: r.code)
def test_use_instead_is_clean(rule):
    for text in rule.examples("Use instead"):
        assert rule.code not in _codes(rule, text), f"{rule.code} fires on its 'Use instead':\n{text}"


def test_codes_are_stable_and_prefixed():
    for code in all_rules():
        assert code[0] in "FSNTCDP" and code[1:].isdigit() and len(code) == 4, code
