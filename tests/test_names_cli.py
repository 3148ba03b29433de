"""``declint names PATH...``: the name index as a table and as JSON."""

import json

from lint.cli import main
from tests.conftest import SEEDS


def test_text_table_lists_clusters_spellings_counts_and_locations(capsys):
    assert main(["names", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    block = out[out.index("Zhahin / Zhakhin") :].split("\n\n")[0]
    assert "Serik Zhahin" in block and "Serik Zhakhin" in block
    assert "001_9b0172640b054c6c.txt:21" in block and "004_de38cf880f58a75b.txt:7" in block
    assert "variant: Zhahin / Zhakhin [same given name Serik]" in block
    # signatory capitals (000, 001) and prose (002-004) are one person, one spelling
    (line,) = [x for x in out.splitlines() if "Roberto Rampi" in x or "Roberto RAMPI" in x]
    assert line.split()[:3] == ["Roberto", "Rampi", "5"]


def test_json_and_variants_only(capsys):
    assert main(["names", "--output-format", "json", "--variants-only", str(SEEDS)]) == 0
    table = json.loads(capsys.readouterr().out)
    assert sorted(c["surnames"][0] for c in table) == ["Khasenov", "Zhahin"]
    khas = next(c for c in table if c["surnames"][0] == "Khasenov")
    assert [p["name"] for p in khas["people"]] == ["Daniyar Khassenov", "Daryn Khasenov"]
    assert khas["people"][0]["spellings"][0]["count"] == 3
    (v,) = khas["variants"]
    assert v["same_person"] is False and v["suggested"] == "Khassenov" and v["source"] == "majority"


def test_rampi_signatory_and_prose_counted_together(capsys):
    assert main(["names", "--output-format", "json", str(SEEDS)]) == 0
    table = json.loads(capsys.readouterr().out)
    rampi = next(c for c in table if "rampi" in c["keys"])
    assert len(rampi["people"]) == 1 and rampi["mentions"] == 5
    assert {r["spelling"] for r in rampi["people"][0]["spellings"]} == {"Roberto Rampi"}


def test_the_configured_reference_corpus_is_indexed_too(tmp_path, capsys, monkeypatch):
    ref = tmp_path / "published"
    ref.mkdir()
    (ref / "old.txt").write_text("The case of Serik Zhakhin was raised again.\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("We call for the release of Serik Zhahin.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.declint]\nreference = ["published"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["names", "--variants-only", "new.txt"]) == 0
    out = capsys.readouterr().out
    assert "Zhahin / Zhakhin" in out and "published/old.txt:1" in out
    assert main(["names", "--variants-only", "--no-reference", "new.txt"]) == 0
    assert capsys.readouterr().out == ""
