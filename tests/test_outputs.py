"""The CI output formats: SARIF (validated against the official 2.1.0 schema), GitHub
annotations, JUnit XML, JSON Lines and the GitLab Code Quality report."""

import io
import json
import pathlib
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from lint.diagnostics import Diagnostic, Severity
from lint.document import Span
from lint.output import FORMATS, renderer
from lint.output.github import annotation, escape_data, escape_property
from lint.reading import SourceText
from lint.runner import Linter, LintResult, select_rules
from tests.conftest import SEEDS

DATA = pathlib.Path(__file__).parent / "data"
SEED = next(iter(sorted(SEEDS.glob("*.txt"))))
GOOD = SEED.read_text(encoding="utf-8")
BAD = GOOD.replace("Italy, SOC ; Lord", "Italy, S.O.C ; Lord", 1)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A clean file, a defective one, a cp1252 one (F003 warning) and a missing path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "clean.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "docs" / "bad doc.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "docs" / "legacy.txt").write_bytes(GOOD.replace("’", "'").encode("cp1252") + b"caf\xe9\n")
    linter = Linter(select_rules())
    return linter.lint_paths(["docs", "missing.txt"]), linter.rules


def render(fmt, result, rules=None):
    out = io.StringIO()
    renderer(fmt)(result, out, {"rules": rules} if rules is not None else {})
    return out.getvalue()


def synthetic(*diags, text="line one\nline two: 100% done, really\n"):
    result = LintResult(files=1)
    result.sources["a.txt"] = SourceText("a.txt", text, "utf-8")
    result.diagnostics.extend(diags)
    return result


def diag(code="S002", severity=Severity.ERROR, message="m", line=2, col=1, end_col=5, fix=None):
    start = len("line one\n") + col - 1
    return Diagnostic(
        "a.txt",
        code,
        severity,
        message,
        Span(start, start + end_col - col),
        line,
        col,
        line,
        end_col,
        fix,
        "nm",
    )


def test_every_format_is_registered():
    assert {"sarif", "github", "junit", "json-lines", "gitlab"} <= set(FORMATS)


# -- SARIF --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_official_schema(corpus, sarif_validator):
    result, rules = corpus
    doc = json.loads(render("sarif", result, rules))
    errors = sorted(sarif_validator.iter_errors(doc), key=str)
    assert not errors, [e.message for e in errors[:5]]
    codes = {r["ruleId"] for r in doc["runs"][0]["results"]}
    assert {"S002", "F001", "F003"} <= codes


def test_sarif_schema_check_can_fail(sarif_validator):
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]}
    assert list(sarif_validator.iter_errors(broken))  # driver.name is required


def test_sarif_rule_metadata_and_results(corpus):
    result, rules = corpus
    run = json.loads(render("sarif", result, rules))["runs"][0]
    descriptors = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in descriptors] == sorted(r.code for r in rules)
    s002 = next(r for r in descriptors if r["id"] == "S002")
    assert s002["name"] == "malformed-group-code"
    assert s002["defaultConfiguration"] == {"level": "error"}
    assert "## Why is this bad?" in s002["help"]["markdown"]
    assert s002["fullDescription"]["text"].startswith("Checks that every political-group code")
    f003 = next(r for r in descriptors if r["id"] == "F003")
    assert f003["defaultConfiguration"] == {"level": "warning"}

    [res] = [r for r in run["results"] if r["ruleId"] == "S002"]
    assert descriptors[res["ruleIndex"]]["id"] == "S002"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "docs/bad%20doc.txt", "uriBaseId": "%SRCROOT%"}
    line = BAD.splitlines()[loc["region"]["startLine"] - 1]
    start, end = loc["region"]["startColumn"] - 1, loc["region"]["endColumn"] - 1
    assert line[start:end] == "S.O.C"
    [change] = res["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"]["text"] == "SOC"
    assert [r["level"] for r in run["results"] if r["ruleId"] == "F003"] == ["warning"]
    assert run["invocations"][0]["executionSuccessful"] is False  # missing.txt


def test_sarif_meets_github_code_scanning_requirements(corpus):
    """What GitHub's upload checks beyond the schema: a tool name, unique rule ids, and for
    every result a known ruleId, a message and a file location with a start line."""
    result, rules = corpus
    [run] = json.loads(render("sarif", result, rules))["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "declint" and driver["version"]
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids))
    for r in driver["rules"]:
        assert r["shortDescription"]["text"] and r["help"]["text"] and r["help"]["markdown"]
        assert r["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    for res in run["results"]:
        assert res["ruleId"] in ids and res["message"]["text"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] and loc["region"]["startLine"] >= 1
        assert not loc["artifactLocation"]["uri"].startswith("/")


def test_sarif_info_is_note_and_fingerprints_are_unique():
    result = synthetic(diag(severity=Severity.INFO), diag(severity=Severity.INFO))
    run = json.loads(render("sarif", result))["runs"][0]
    assert [r["level"] for r in run["results"]] == ["note", "note"]
    fps = [r["partialFingerprints"]["declint/v1"] for r in run["results"]]
    assert len(set(fps)) == 2


# -- GitHub annotations -------------------------------------------------------------
def test_github_annotation_format(corpus):
    result, rules = corpus
    lines = render("github", result, rules).splitlines()
    s002 = next(line for line in lines if "S002" in line)
    d = next(d for d in result.diagnostics if d.code == "S002")
    assert s002 == (
        f"::error file=docs/bad doc.txt,line={d.line},col={d.column},endLine={d.end_line},"
        f"endColumn={d.end_column},title=S002 malformed-group-code::{d.message}"
    )
    assert any(line.startswith("::warning file=docs/legacy.txt,") and "F003" in line for line in lines)
    assert len(lines) == len(result.diagnostics)


def test_github_severities_and_escaping():
    assert annotation(diag(severity=Severity.INFO)).startswith("::notice ")
    assert annotation(diag(severity=Severity.WARNING)).startswith("::warning ")
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    line = annotation(diag(message="50% of\nthe list, see: x"))
    assert line.endswith("::50%25 of%0Athe list, see: x")
    assert "\n" not in line


def test_github_path_with_separators_is_escaped():
    d = diag()
    d.path = "dir,x/a:b.txt"
    assert "file=dir%2Cx/a%3Ab.txt," in annotation(d)


# -- JUnit --------------------------------------------------------------------------
def test_junit_one_testcase_per_file(corpus):
    result, rules = corpus
    root = ET.fromstring(render("junit", result, rules))
    [suite] = root.findall("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"docs/bad doc.txt", "docs/clean.txt", "docs/legacy.txt", "missing.txt"}
    assert list(cases["docs/clean.txt"]) == []
    failure = cases["docs/bad doc.txt"].find("failure")
    assert failure is not None and "S002" in failure.get("message")
    assert "^^^^^" in failure.text and "S.O.C" in failure.text  # rendered as the full format
    assert cases["missing.txt"].find("error") is not None
    assert cases["docs/legacy.txt"].find("failure") is not None  # F003 is a warning: it counts
    assert suite.get("tests") == "4" and suite.get("failures") == "2" and suite.get("errors") == "1"


def test_junit_info_only_passes_and_control_characters_are_safe():
    result = synthetic(diag(severity=Severity.INFO, message="odd \x07 char"), text="line one\nline\x0c two\n")
    root = ET.fromstring(render("junit", result))
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None and "odd" in case.find("system-out").text


# -- JSON Lines ---------------------------------------------------------------------
def test_json_lines_matches_json(corpus):
    result, rules = corpus
    lines = render("json-lines", result, rules).splitlines()
    assert [json.loads(line) for line in lines] == json.loads(render("json", result, rules))
    assert len(lines) == len(result.diagnostics) >= 3


# -- GitLab Code Quality ------------------------------------------------------------
def test_gitlab_code_quality_report(corpus):
    result, rules = corpus
    issues = json.loads(render("gitlab", result, rules))
    assert len(issues) == len(result.diagnostics)
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    s002 = next(i for i in issues if i["check_name"] == "S002")
    assert s002["location"]["path"] == "docs/bad doc.txt" and s002["severity"] == "major"
    assert next(i for i in issues if i["check_name"] == "F003")["severity"] == "minor"


def test_gitlab_fingerprint_survives_edits_elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    linter = Linter(select_rules(["S002"]))
    (tmp_path / "d.txt").write_text(BAD, encoding="utf-8")
    before = json.loads(render("gitlab", linter.lint_paths(["d.txt"])))
    (tmp_path / "d.txt").write_text("A new first line.\n\n" + BAD, encoding="utf-8")
    after = json.loads(render("gitlab", linter.lint_paths(["d.txt"])))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert before[0]["location"]["lines"]["begin"] + 2 == after[0]["location"]["lines"]["begin"]
