"""The pre-commit hook, run for real: `pre-commit try-repo` against this project from a
temporary consuming repository with a clean and a defective document.

try-repo installs the hook's environment with pip from the project's git repository at a
revision; the test pins the committed HEAD, so it checks what a consumer would get from
this commit (uncommitted edits are not part of it). Dependencies come from the package
index (or pip's cache).
"""

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed")

GOOD = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
BAD = GOOD.replace("Italy, SOC ; Lord", "Italy, S.O.C ; Lord", 1)
GIT_ENV = {
    "GIT_AUTHOR_NAME": "declint tests",
    "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "declint tests",
    "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}


def run(args, cwd, **kw):
    env = {**os.environ, **GIT_ENV}
    env.pop("PRE_COMMIT", None)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, **kw)


def test_manifest_and_config_are_valid():
    for what, name in [
        ("validate-manifest", ".pre-commit-hooks.yaml"),
        ("validate-config", ".pre-commit-config.yaml"),
    ]:
        proc = run(["pre-commit", what, name], ROOT)
        assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def consumer(tmp_path_factory):
    head = run(["git", "rev-parse", "HEAD"], ROOT)
    if head.returncode != 0:
        pytest.skip("the project is not a git checkout: try-repo needs one")
    repo = tmp_path_factory.mktemp("consumer")
    (repo / "clean.txt").write_text(GOOD, encoding="utf-8")
    (repo / "defective.txt").write_text(BAD, encoding="utf-8")
    (repo / "notes.csv").write_text(BAD, encoding="utf-8")  # not a document: the hook skips it
    assert run(["git", "init", "-q"], repo).returncode == 0
    assert run(["git", "add", "."], repo).returncode == 0
    assert run(["git", "commit", "-q", "-m", "documents"], repo).returncode == 0
    return repo, head.stdout.strip()


def try_repo(consumer, *files):
    repo, rev = consumer
    return run(["pre-commit", "try-repo", str(ROOT), "declint", "--ref", rev, "--files", *files], repo)


def test_hook_fails_on_the_defective_document(consumer):
    proc = try_repo(consumer, "defective.txt", "notes.csv")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "declint" in out and "Failed" in out
    assert "defective.txt:7:26: S002 malformed group code 'S.O.C'" in out
    assert "notes.csv" not in out


def test_hook_passes_on_the_clean_document(consumer):
    proc = try_repo(consumer, "clean.txt")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Passed" in out
