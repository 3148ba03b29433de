"""Property-based tests: the whole command-line path on arbitrary input, spans and
line/column, clean and single-defect documents (every rule family that has an injector in
tests/strategies.py), signatory lists field by field, --fix, and independence from file
order, --jobs and the cache."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sys
import tempfile

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lint.cli import main
from lint.parse import parse
from lint.reading import LineIndex, decode
from lint.rules.base import all_rules
from lint.runner import Linter, select_rules
from tests.strategies import INJECTORS, bare_lists, declarations, render

# -- helpers ----------------------------------------------------------------------------------


def run_cli(argv: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    """``lint.cli.main`` in process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def assert_clean_exit(code: int, err: str) -> None:
    assert code in (0, 1, 2), code
    assert "Traceback" not in err, err
    assert "internal error" not in err, err


_LINTER: Linter | None = None


def linter() -> Linter:
    global _LINTER
    if _LINTER is None:
        _LINTER = Linter(select_rules(["ALL"]))  # opt-in rules too
    return _LINTER


def diagnostics(text: str):
    return linter().lint_text(text, "doc.txt")


# Pieces of the genre, so that arbitrary text reaches deep into the parser.
FRAGMENTS = (
    "Mr ", "Ms ", "M. ", "Mme ", "Lord ", "Baroness ", "SMITH", "de PUIG i OLIVE", "van de ", "O'REILLY",
    "Roberto", "Italy", "United Kingdom", "Republic of Moldova", "Belarus", "Canada", "Itlay",
    ", ", " ; ", ";", ",", ".", ":", " ", "\n", "\r\n", "\r", "\n\n", "\t", "  ", "\u00a0", "\u200b",
    "\ufeff", "Total = ", "Total = 3", "TOTAL: 12", "Signed:", "*Signed*¹:", "Signed 1:", "Signatories:",
    "Signataires :", "Rapporteur : ", "Rapporteurs: ", "Written declaration No. ", "Written declaration No. 745", "Déclaration écrite n° ",
    "Doc. ", "Doc. 15575", " | ", "27 June 2022", "31 April 2021", "29 February 2019", "Monday, ",
    "1. SOC: Socialist Group", "EPP/CD", "EC/DA", "S&D", "EPP", "soc", "and others", "…", "...", "'", "’",
    "“", "”", "4 000", "4,000", "12,5%", "five", "the the", "torelease", "goverment", "Spring session",
    "Zhakhin", "Zhahin", "Rаmpi", "-", "–", "—", "*", "•", "(", ")", "1.", "¹", "We, the undersigned,",
)  # fmt: skip
texts = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(FRAGMENTS),
        st.from_regex(r"[A-ZÀ-Þ][A-ZÀ-Þ'\-]{1,8}", fullmatch=True),
        st.integers(0, 100000).map(str),
    ),
    max_size=80,
).map("".join)


@st.composite
def mutated_documents(draw) -> str:
    """A realistic declaration with a few random cuts and insertions."""
    text = render(draw(declarations())).text
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 40)))
        text = text[:a] + draw(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5))) + text[b:]
    return text


any_text = st.one_of(texts, mutated_documents())
encodings = st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"))


@st.composite
def any_bytes(draw) -> bytes:
    """Raw bytes, or a text encoded one way or another (some encodings cannot take it)."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    text = draw(any_text)
    data = text.encode(draw(encodings), errors="replace")
    if draw(st.booleans()) and data:
        k = draw(st.integers(0, len(data) - 1))
        data = data[:k] + draw(st.binary(min_size=1, max_size=3)) + data[k + 1 :]
    return data


# Example budgets: the numbers are for the default profile (100 examples); the "ci" and
# "deep" profiles of tests/conftest.py scale them down and up.
SCALE = settings.default.max_examples / 100


def budget(n: int) -> int:
    return max(3, round(n * SCALE))


FORMATS = ("full", "concise", "json", "json-lines", "sarif", "github", "gitlab", "junit")
_HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]


def budgeted(n: int):
    return settings(deadline=None, suppress_health_check=_HEALTH, max_examples=budget(n))


# -- the command-line path never crashes ---------------------------------------------------------


@budgeted(60)
@given(any_text, st.sampled_from(FORMATS))
@example("", "full")
@example("Mr A, B, C ;" * 50, "json")
def test_cli_on_arbitrary_text_file(text, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.txt")
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        code, out, err = run_cli([path, "--no-cache", "--output-format", fmt])
    assert_clean_exit(code, err)
    if fmt == "json":
        json.loads(out)


@budgeted(40)
@given(any_bytes(), st.sampled_from(("full", "json")))
@example(b"\xff\xfe\x00", "full")
@example(b"\xfe\xff\xd8\x00", "json")
@example(b"\x00" * 10, "full")
def test_cli_on_arbitrary_bytes_file_and_stdin(data, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.txt")
        with open(path, "wb") as handle:
            handle.write(data)
        code, out, err = run_cli([path, "--no-cache", "--output-format", fmt])
    assert_clean_exit(code, err)
    code2, out2, err2 = run_cli(
        ["-", "--no-cache", "--output-format", fmt, "--stdin-filename", path], stdin=data
    )
    assert_clean_exit(code2, err2)
    # The same bytes give the same verdict from a file and from stdin.
    assert code2 == code
    if fmt == "json":
        assert json.loads(out2) == json.loads(out)


# -- spans and line/column -------------------------------------------------------------------------


def check_located(text: str, diags) -> None:
    index = LineIndex(text)
    for d in diags:
        assert 0 <= d.span.start <= d.span.end <= len(text), (d.code, d.span, len(text))
        assert index.line_col(d.span.start) == (d.line, d.column), d
        assert index.line_col(d.span.end) == (d.end_line, d.end_column), d
        assert index.offset(d.line, d.column) == d.span.start
        assert index.offset(d.end_line, d.end_column) == d.span.end
        if d.fix is not None and d.fix.span is not None:
            assert 0 <= d.fix.span.start <= d.fix.span.end <= len(text), (d.code, d.fix)


@budgeted(100)
@given(any_text)
def test_every_span_inside_its_document_and_line_column_round_trip(text):
    check_located(text, diagnostics(text))


@budgeted(100)
@given(any_bytes())
def test_spans_located_in_decoded_bytes(data):
    try:
        source = decode(data, "doc.txt")
    except Exception as exc:  # only the documented ReadError may escape the reader
        assert type(exc).__name__ == "ReadError"
        return
    _, diags = linter().lint_source(source)
    check_located(source.text, diags)


# -- clean documents, single defects ---------------------------------------------------------------


@budgeted(25)
@given(declarations())
def test_clean_generated_declaration_has_no_diagnostic(spec):
    text = render(spec).text
    found = [(d.code, d.message, text[d.span.start : d.span.end]) for d in diagnostics(text)]
    assert found == []


INJECTED = sorted(code for code in INJECTORS if code in all_rules())


@pytest.mark.parametrize("code", INJECTED)
def test_one_injected_defect_gives_exactly_its_diagnostic(code):
    @budgeted(6)
    @given(declarations(), st.data())
    def check(spec, data):
        defect = INJECTORS[code](data, spec)
        found = [(d.code, (d.span.start, d.span.end)) for d in diagnostics(defect.text)]
        detail = [
            (d.code, d.message, defect.text[d.span.start : d.span.end]) for d in diagnostics(defect.text)
        ]
        assert found == [(defect.code, defect.span)], (defect.label, detail)

    check()


def test_every_rule_family_has_injectors():
    """Each document-rule family present in the registry is exercised by an injector."""
    families = {r.code[0] for r in all_rules().values() if r.check is not None}
    covered = {code[0] for code in INJECTED}
    assert families - covered == set()


# -- signatory lists field by field --------------------------------------------------------------


FIELDS = ("honorific", "given", "surname", "country", "group")


@budgeted(40)
@given(bare_lists())
def test_generated_list_parses_field_by_field(drawn):
    text, rendered, members, layout = drawn
    doc = parse(text)
    assert len(doc.blocks) == 1
    block = doc.blocks[0]
    assert block.layout == layout
    assert len(block.signatories) == len(members)
    for sig, expected, member in zip(block.signatories, rendered.entries, members, strict=True):
        assert (sig.span.start, sig.span.end) == expected["entry"]
        for name in FIELDS:
            got = getattr(sig, name)
            if name not in expected:
                assert got is None, (name, got)
                continue
            assert got is not None, (name, text[slice(*expected[name])])
            assert (got.span.start, got.span.end) == expected[name], (name, got.text)
            assert got.text == getattr(member, name)
        assert sig.defects == []
    assert block.total is not None and block.total.value == len(members)
    assert (block.total.number.span.start, block.total.number.span.end) == rendered.spans["total_number"]
    assert diagnostics(text) == []


@budgeted(30)
@given(bare_lists(), st.integers(-5, 5).filter(bool))
def test_wrong_total_gives_exactly_one_s001(drawn, k):
    text, rendered, members, _ = drawn
    assume(len(members) + k >= 0)
    a, b = rendered.spans["total_number"]
    new = str(len(members) + k)
    text = text[:a] + new + text[b:]
    found = [(d.code, d.span.start, d.span.end) for d in diagnostics(text)]
    assert found == [("S001", a, a + len(new))]


# -- --fix -------------------------------------------------------------------------------------------


FIXABLE = sorted(c for c in INJECTED if all_rules()[c].fixable)


@pytest.mark.parametrize("code", FIXABLE)
def test_fix_is_idempotent_and_touches_only_flagged_spans(code):
    @budgeted(4)
    @given(declarations(), st.data())
    def check(spec, data):
        defect = INJECTORS[code](data, spec)
        before = diagnostics(defect.text)
        fixes = [d for d in before if d.fix is not None]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "doc.txt")
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(defect.text)
            fix = [path, "--fix", "--unsafe-fixes", "--no-cache", "-q", "--select", "ALL"]
            code1, _, err = run_cli(fix)
            assert_clean_exit(code1, err)
            with open(path, encoding="utf-8", newline="") as handle:
                once = handle.read()
            code2, _, err = run_cli(fix)
            assert_clean_exit(code2, err)
            with open(path, encoding="utf-8", newline="") as handle:
                twice = handle.read()
        assert twice == once  # idempotent
        if not fixes:
            assert once == defect.text
            return
        # Outside the flagged (fix) spans the text is unchanged.
        lo = min((d.fix.span or d.span).start for d in fixes)
        hi = max((d.fix.span or d.span).end for d in fixes)
        tail = len(defect.text) - hi
        assert once[:lo] == defect.text[:lo], defect.label
        assert once[len(once) - tail :] == defect.text[hi:], defect.label
        # Re-linting the fixed text no longer reports the fixed findings.
        after = {(d.code, d.message) for d in diagnostics(once)}
        assert not {(d.code, d.message) for d in fixes} & after

    check()


# -- independence from file order, --jobs and the cache ---------------------------------------------


def corpus_with_defects(n_docs: int, seed: int) -> list[tuple[str, str]]:
    """A generated corpus with a few hand-made defects (document and corpus rules)."""
    from bench.generate import generate_corpus

    docs = generate_corpus(n_docs, seed)
    rng = random.Random(seed)
    out = []
    for k, (name, text) in enumerate(docs):
        if k % 3 == 0:
            text = text.replace(" the ", " the the ", 1)
        if k % 4 == 1:
            text = text.replace("Total = ", "Total = 1", 1)
        if k % 5 == 2:
            text = text.replace("Yerimbetov", "Erimbetov").replace("Dzhaukerova", "Jaukerova")
        if k % 7 == 3:
            text = text.replace("Doc. 1", f"Doc. {rng.randint(1, 9)}", 1)
        out.append((name, text))
    return out


def write(tmp: str, docs: list[tuple[str, str]]) -> list[str]:
    paths = []
    for name, text in docs:
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        paths.append(path)
    return paths


def findings(argv: list[str]) -> tuple[int, list[dict]]:
    code, out, err = run_cli([*argv, "--output-format", "json"])
    assert_clean_exit(code, err)
    return code, sorted(
        json.loads(out), key=lambda d: (d["path"], d["line"], d["column"], d["code"], d["message"])
    )


@budgeted(3)
@given(st.integers(0, 10**6), st.integers(3, 12), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_file_order_or_cache(seed, n_docs, rng):
    with tempfile.TemporaryDirectory() as tmp:
        paths = write(tmp, corpus_with_defects(n_docs, seed))
        base = findings([*paths, "--no-cache"])
        shuffled = paths[:]
        rng.shuffle(shuffled)
        assert findings([*shuffled, "--no-cache"]) == base
        assert findings([tmp, "--no-cache"]) == base
        cache = os.path.join(tmp, "cache")
        assert findings([*paths, "--cache-dir", cache]) == base  # cold cache
        assert findings([*shuffled, "--cache-dir", cache]) == base  # warm cache


def test_results_do_not_depend_on_jobs(tmp_path):
    """Large enough for the process pool to start (see lint.parallel)."""
    paths = write(str(tmp_path), corpus_with_defects(400, 7))
    one = findings([*paths, "--no-cache", "--jobs", "1"])
    assert one[1], "the corpus has defects"
    assert findings([*reversed(paths), "--no-cache", "--jobs", "2"]) == one


# -- cross-document defects (corpus rules) ------------------------------------------------------------


def lint_texts(texts: list[tuple[str, str]]) -> list:
    """Document and corpus rules over several texts, as a run over several files does."""
    from lint.reading import SourceText

    docs, found = [], []
    for name, text in texts:
        doc, diags = linter().lint_source(SourceText(name, text, "utf-8"))
        docs.append(doc)
        found.extend(diags)
    return found + linter().lint_corpus(docs)


def _with_sentence(text: str, rendered, sentence: str, target: str) -> tuple[str, tuple[int, int]]:
    end = rendered.spans["body:0"][1]
    at = end + 1 + sentence.index(target)
    return text[:end] + " " + sentence + text[end:], (at, at + len(target))


@budgeted(6)
@given(st.integers(0, 10**6), st.sampled_from(("C002", "D005", "N001")), st.data())
def test_one_cross_document_defect_gives_exactly_its_diagnostic(seed, code, data):
    from bench.generate import generate_specs
    from tests.strategies import VARIANT_PAIRS

    assume(code in all_rules())
    specs = generate_specs(12, seed)
    rendered = [render(spec) for _, spec in specs]
    texts = [[name, r.text] for (name, _), r in zip(specs, rendered, strict=True)]
    assert lint_texts([tuple(t) for t in texts]) == []
    articles = [i for i, (_, s) in enumerate(specs) if s.layout == "article"]
    declarations_ = [i for i, (_, s) in enumerate(specs) if s.layout != "article"]
    if code == "C002":
        i = data.draw(st.sampled_from(articles))
        text = texts[i][1]
        marker = " members of the Parliamentary Assembly"
        b = text.index(marker)
        a = text.rindex(" ", 0, b) + 1
        new = str(int(text[a:b]) + data.draw(st.integers(1, 20)))
        texts[i][1] = text[:a] + new + text[b:]
        expected = (i, (a, a + len(new)))
    elif code == "D005":
        ranked = sorted(declarations_, key=lambda i: specs[i][1].wd_number)
        k = data.draw(st.integers(1, len(ranked) - 2))
        i = ranked[k]
        a, b = rendered[i].spans["doc"]
        new = f"Doc. {specs[ranked[-1]][1].doc_number + data.draw(st.integers(50, 500))}"
        texts[i][1] = texts[i][1][:a] + new + texts[i][1][b:]
        expected = (i, (a, a + len(new)))
    else:
        given_, good, bad = data.draw(st.sampled_from(VARIANT_PAIRS))
        first, second, odd = data.draw(st.permutations(range(len(texts))))[:3]
        for i in (first, second):
            texts[i][1], _ = _with_sentence(
                texts[i][1], rendered[i], f"We recall the case of {given_} {good}.", good
            )
        sentence = f"We recall the case of {given_} {bad}."
        texts[odd][1], span = _with_sentence(texts[odd][1], rendered[odd], sentence, bad)
        expected = (odd, span)
    found = lint_texts([tuple(t) for t in texts])
    detail = [(d.path, d.code, d.message) for d in found]
    assert [(d.path, d.code, (d.span.start, d.span.end)) for d in found] == [
        (texts[expected[0]][0], code, expected[1])
    ], detail


def test_generator_is_deterministic_and_seed_dependent():
    from bench.generate import generate_corpus

    a = generate_corpus(25, 3)
    assert a == generate_corpus(25, 3)
    assert a != generate_corpus(25, 4)
    assert len(a) == 25 and len({name for name, _ in a}) == 25
