"""``declint names PATH...``: the name index, the table an editor reads to write the
lexicon. Each surname cluster (spellings the folding key or a near miss joins) lists
its people (by given name), every spelling with its count and locations, and the
variants the N rules would report."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from .cli import _Parser

    p = _Parser(prog="declint names", description="Print the person-name index of the given files.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; default '.'")
    p.add_argument("--output-format", choices=("text", "json"), default="text")
    p.add_argument(
        "--lexicon", metavar="FILE", help="the names lexicon (default: the configured one, else declint.yaml)"
    )
    p.add_argument(
        "--config", metavar="FILE", help="configuration file (default: the nearest pyproject.toml)"
    )
    p.add_argument("--variants-only", action="store_true", help="only clusters with more than one spelling")
    p.add_argument(
        "--no-reference",
        action="store_true",
        help="leave out the configured reference corpus (by default its documents are indexed too)",
    )
    return p


def _people(cluster) -> dict[str, list]:
    """Occurrences by person: the given-name key; a surname alone joins the only person
    of the cluster, if there is exactly one."""
    people: dict[str, list] = defaultdict(list)
    alone = []
    for o in cluster.occurrences:
        (people[o.given_key] if o.given_key else alone).append(o)
    if alone:
        if len(people) == 1:
            next(iter(people.values())).extend(alone)
        else:
            people[""].extend(alone)
    return people


def _spellings(occs) -> list[dict]:
    from .lexicon import spelling

    by: dict[str, list] = defaultdict(list)
    for o in occs:
        by[spelling(o.mention.text)].append(o)
    rows = []
    for group in by.values():
        texts = [o.mention.text for o in group]
        shown = next((t for t in texts if not t.split()[-1].isupper()), texts[0])
        locations = sorted(
            {o.where for o in group}, key=lambda w: (w.rsplit(":", 1)[0], int(w.rsplit(":", 1)[1]))
        )
        rows.append({"spelling": shown, "count": len(group), "locations": locations})
    rows.sort(key=lambda r: (-r["count"], r["spelling"]))
    return rows


def index_table(index) -> list[dict]:
    """The JSON-ready table: one entry per surname cluster."""
    variants_by_cluster = defaultdict(list)
    for n, cluster in enumerate(index.clusters):
        for v in cluster_variants(cluster, index.lexicon):
            variants_by_cluster[n].append(
                {
                    "part": v.part,
                    "spellings": [v.shown(0), v.shown(1)],
                    "same_person": v.same_person,
                    "evidence": v.evidence,
                    "suggested": v.canonical_shown,
                    "source": v.source if v.canonical else None,
                }
            )
    table = []
    for n, cluster in enumerate(index.clusters):
        people = []
        for given_key, occs in _people(cluster).items():
            rows = _spellings(occs)
            people.append({"name": rows[0]["spelling"], "given_key": given_key, "spellings": rows})
        people.sort(key=lambda p: p["name"].casefold())
        surnames = {}
        for o in cluster.occurrences:
            surnames.setdefault(o.surname, o.mention.surname.text)
        table.append(
            {
                "keys": sorted(cluster.keys),
                "surnames": sorted(set(surnames.values()), key=str.casefold),
                "mentions": len(cluster.occurrences),
                "people": people,
                "variants": variants_by_cluster.get(n, []),
            }
        )
    table.sort(key=lambda c: c["people"][0]["name"].split()[-1].casefold() if c["people"] else "")
    return table


def cluster_variants(cluster, lexicon):
    from .names.variants import find_variants

    return list(find_variants(cluster, lexicon))


def render_text(table: list[dict], stream) -> None:
    for c in table:
        head = " / ".join(c["surnames"])
        stream.write(f"{head}  ({c['mentions']} mentions; key {', '.join(c['keys'])})\n")
        for person in c["people"]:
            for row in person["spellings"]:
                where = ", ".join(row["locations"][:5]) + (" …" if len(row["locations"]) > 5 else "")
                stream.write(f"    {row['spelling']:<34} {row['count']:>4}  {where}\n")
            if len(c["people"]) > 1:
                stream.write("    --\n")
        for v in c["variants"]:
            kind = "variant" if v["same_person"] else "possible variant"
            suggest = f"; suggested {v['suggested']} ({v['source']})" if v["suggested"] else "; no majority"
            stream.write(f"  {kind}: {v['spellings'][0]} / {v['spellings'][1]} [{v['evidence']}]{suggest}\n")
        stream.write("\n")


def run(argv: list[str], stream=None) -> int:
    from .config import ConfigError, load_settings
    from .corpus import NameIndex
    from .discovery import discover
    from .lexicon import load_lexicon, with_builtin
    from .parse import parse
    from .reading import ReadError, read_file
    from .summary import summarize

    stream = stream or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        sys.stderr.write(f"declint: error: {exc}\n")
        return EXIT_ERROR
    lexicon = with_builtin(load_lexicon(args.lexicon or settings.lexicon))
    docs = []
    status = EXIT_CLEAN
    seen: set[str] = set()
    # The configured reference corpus is what the N rules compare against: its spellings
    # belong in the table too (a reference file that cannot be read is skipped, as in a run).
    reference = [] if args.no_reference else list(settings.reference)
    for path, is_reference in [(p, False) for p in discover(args.paths or ["."])] + [
        (p, True) for p in (discover(reference) if reference else ())
    ]:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        try:
            source = read_file(path)
        except ReadError as exc:
            if not is_reference:
                sys.stderr.write(f"declint names: {path}: {exc.message}\n")
                status = EXIT_ERROR
            continue
        docs.append(summarize(parse(source.text, path, source.index)))
    index = NameIndex.build(docs, lexicon)
    table = index_table(index)
    if args.variants_only:
        table = [c for c in table if c["variants"]]
    if args.output_format == "json":
        json.dump(table, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    else:
        render_text(table, stream)
    return status
