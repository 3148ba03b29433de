"""The five real seed documents: a regression test of the exact diagnostics, and the
project's pre-commit gate (the seeds against the committed baseline of their known defects)."""

import os
import shutil
import subprocess
import sys

from tests.conftest import ROOT, SEEDS

EXPECTED = ROOT / "tests" / "data" / "seeds.expected"


def declint(*args, cwd=ROOT):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lint", "--no-cache", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_exact_diagnostics_on_the_seeds():
    proc = declint("seeds/", "--output-format", "concise", "--quiet")
    assert proc.returncode == 1, proc.stderr
    if os.environ.get("DECLINT_SNAPSHOTS") == "overwrite":
        EXPECTED.write_text(proc.stdout, encoding="utf-8")
    assert proc.stdout == EXPECTED.read_text(encoding="utf-8")


def test_known_real_defects_are_among_them():
    expected = EXPECTED.read_text(encoding="utf-8")
    assert "'torelease' looks like two words run together" in expected
    assert "'Zhahin'" in expected and "'Zhakhin'" in expected
    assert "'Khasenov'" in expected
    # The signatory lists of 000 and 001 are correct: no S finding at all.
    assert " S0" not in expected


def test_baseline_gate_is_green_and_catches_a_new_defect(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(ROOT / "declint-baseline.json", tmp_path)
    clean = declint("--baseline", "declint-baseline.json", "seeds/", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    seed = next((tmp_path / "seeds").glob("001_*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8").replace("Total = 25", "Total = 26"), encoding="utf-8")
    dirty = declint("--baseline", "declint-baseline.json", "seeds/", cwd=tmp_path)
    assert dirty.returncode == 1 and "S001" in dirty.stdout
