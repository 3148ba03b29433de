"""Parallel linting (lint/parallel.py) and progress (lint/progress.py): results do not
depend on the number of jobs, small inputs start no process, progress only on a TTY."""

import concurrent.futures
import io
import os

import pytest

from bench.generate import generate_corpus
from lint import parallel
from lint.diagnostics import Diagnostic
from lint.progress import Progress, wanted
from lint.reading import SourceText
from lint.runner import Linter, select_rules
from lint.summary import DocumentSummary


def corpus(n, seed=7):
    """Generated documents with a defect injected into every fifth one."""
    out = []
    for i, (name, text) in enumerate(generate_corpus(n, seed)):
        if i % 5 == 0:
            text = text.replace(", SOC", ", S.O.C", 1).replace(", ALDE", ", A1DE", 1)
        out.append(SourceText(name, text, "utf-8"))
    return out


def flat(results):
    return [[d.to_json() | {"name": d.name} for d in diags] for _doc, diags in results]


@pytest.fixture
def eager(monkeypatch):
    """Start the pool as soon as the sample is measured, whatever the machine's speed."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_SECONDS", 0.0)
    monkeypatch.setattr(parallel, "SAMPLE_SECONDS", 0.0)
    monkeypatch.setattr(parallel, "MIN_REMAINING", 4)


@pytest.fixture(scope="module")
def sources():
    return corpus(120)


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool is used on Linux only")
def test_results_do_not_depend_on_jobs(eager, sources, monkeypatch):
    pools = []
    real_pool = parallel._pool
    monkeypatch.setattr(parallel, "_pool", lambda *args: pools.append(args[3]) or real_pool(*args))
    linter = Linter(select_rules())
    serial = parallel.lint_sources(linter, sources, jobs=1)
    assert sum(len(diags) for _, diags in serial) >= 24  # the injected defects are found
    for jobs in (2, 3):
        par = parallel.lint_sources(linter, sources, jobs=jobs, need_documents=False)
        assert flat(par) == flat(serial)
        assert all(doc is None for doc, _ in par)
    assert pools == [2, 3]  # the pool did run, with that many workers


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool is used on Linux only")
def test_workers_send_back_the_summaries_cross_document_rules_read(eager, sources):
    linter = Linter(select_rules())
    serial = parallel.lint_sources(linter, sources, jobs=1)
    par = parallel.lint_sources(linter, sources, jobs=2, need_documents=True)
    assert all(isinstance(doc, DocumentSummary) for doc, _ in par)

    def shape(d):
        return (d.path, d.signatory_count, d.header.wd_number, [(o.key, o.doc is d) for o in d.occurrences])

    assert [shape(d) for d, _ in par] == [shape(d) for d, _ in serial]
    assert flat(par) == flat(serial)


def test_small_inputs_start_no_process(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a process pool was started for a small input")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    linter = Linter(select_rules())
    results = parallel.lint_sources(linter, corpus(10), jobs=8)
    assert len(results) == 10 and all(doc is not None for doc, _ in results)


def test_a_worker_error_is_raised_here(eager, monkeypatch):
    if not parallel.can_fork():
        pytest.skip("the pool is used on Linux only")
    linter = Linter(select_rules())
    sources = corpus(30)
    real = linter.lint_source

    def flaky(source):
        if source.path == sources[-1].path:
            raise RuntimeError("rule crashed")
        return real(source)

    monkeypatch.setattr(linter, "lint_source", flaky)
    with pytest.raises(RuntimeError, match="rule crashed"):
        parallel.lint_sources(linter, sources, jobs=2)


def test_a_dead_worker_falls_back_to_this_process(eager, monkeypatch):
    if not parallel.can_fork():
        pytest.skip("the pool is used on Linux only")
    linter = Linter(select_rules())
    sources = corpus(30)
    expected = flat(parallel.lint_sources(linter, sources, jobs=1))
    parent = os.getpid()
    real = linter.lint_source

    def dying(source):
        if os.getpid() != parent:
            os._exit(3)  # as if killed
        return real(source)

    monkeypatch.setattr(linter, "lint_source", dying)
    assert flat(parallel.lint_sources(linter, sources, jobs=2)) == expected


def test_jobs_resolution():
    assert parallel.resolve_jobs(None) == parallel.default_jobs() >= 1
    assert parallel.resolve_jobs(0) == parallel.default_jobs()
    assert parallel.resolve_jobs(3) == 3


def test_progress_reported_in_order(eager):
    seen = []

    class Recorder:
        def advance(self, n=1):
            seen.append(n)

    parallel.lint_sources(Linter(select_rules()), corpus(40), jobs=2, progress=Recorder())
    assert len(seen) == 40


def test_diagnostics_survive_the_trip_between_processes():
    import pickle

    [d] = Linter(select_rules(["S002"])).lint_text(
        "Mr Roberto RAMPI, Italy, S.O.C ; Ms Nerea AHEDO, Spain, ALDE\n"
    )
    back = pickle.loads(pickle.dumps(d))
    assert isinstance(back, Diagnostic) and back.to_json() == d.to_json() and back.name == d.name


# -- progress ------------------------------------------------------------------------
class Tty(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_waits_a_second_then_draws_and_erases(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    stream, clock = Tty(), Clock()
    p = Progress(100, stream, clock=clock)
    assert p.enabled
    for _ in range(10):
        clock.now += 0.05
        p.advance()
    assert stream.getvalue() == ""  # under a second: nothing
    clock.now = 1.2
    p.advance()
    assert stream.getvalue() == "\rdeclint: 11/100 files"
    clock.now += 0.01
    p.advance()  # throttled
    assert stream.getvalue().count("\r") == 1
    clock.now += 0.2
    p.advance()
    assert stream.getvalue().endswith("\rdeclint: 13/100 files")
    p.close()
    assert stream.getvalue().endswith("\r" + " " * len("declint: 13/100 files") + "\r")


def test_progress_never_when_piped_or_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert not wanted(io.StringIO())  # not a terminal
    assert wanted(Tty())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Tty())
    stream, clock = Tty(), Clock()
    p = Progress(10, stream, clock=clock)
    clock.now = 5
    p.advance()
    p.close()
    assert stream.getvalue() == ""


def test_progress_on_a_dumb_terminal_is_off(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(Tty())


@pytest.mark.skipif(not parallel.can_fork(), reason="the pool is used on Linux only")
def test_cli_output_does_not_depend_on_jobs(eager, tmp_path, monkeypatch, capsys):
    """The whole pipeline, cross-document rules included, over a corpus with defects."""
    from lint.cli import main

    sources = corpus(60, seed=11)
    # a cross-document defect: a name spelled otherwise than in the other documents
    holders = [i for i, s in enumerate(sources) if "TSERETELI" in s.text and i % 5]
    assert len(holders) >= 2
    for i, source in enumerate(sources):
        text = source.text
        if i == holders[0]:
            text = text.replace("TSERETELI", "TSERETELLI")
        (tmp_path / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    pools = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        pools.append(kwargs.get("max_workers"))
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counting_pool)
    outputs = []
    for jobs in ("1", "2"):
        code = main(["--no-cache", "--jobs", jobs, "--output-format", "json", "."])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1
    assert '"S002"' in outputs[0][1] and '"N001"' in outputs[0][1]
    assert pools == [2]  # --jobs 1 started no pool, --jobs 2 did
