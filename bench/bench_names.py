"""Name index benchmark: ``python -m bench.bench_names [--sizes 1000 10000]``.

Generates corpora of articles and declarations that mention transliterated people
(surnames from Kazakh/Russian syllables, some shared across documents, about 1% of
mentions re-spelled by a folding rule or a dropped letter) plus a signatory list, and
times, separately: parsing, and building the name index with variant detection
(mention extraction, folding, near-miss pass, clustering). Index time must grow about
linearly: the ratio between the two sizes is printed next to the ratio of their sizes.
Times are CPU time of this process (time.process_time), steadier than wall time on a
shared machine.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time

ONSETS = ["Zh", "Kh", "Dzh", "B", "T", "S", "M", "N", "K", "Ye", "A", "Ab", "Ys", "Ts", "Sh", "Ch", "D", "R"]
VOWELS = ["a", "e", "i", "u", "y", "ai", "ay", "o"]
CODAS = ["n", "r", "k", "m", "s", "ss", "t", "l", "kh", "zh", "sh", "b", "d", "lm", "rm", "mb"]
ENDINGS = ["ov", "ev", "ayev", "iyev", "enko", "in", "uly", "bekov", "baev", "yev", "ova", "eva"]
GIVEN = [
    "Serik", "Daniyar", "Aset", "Mukhtar", "Iskander", "Zhanbolat", "Yerzhan", "Aliya", "Gulzipa",
    "Nursultan", "Bakhytzhan", "Aigul", "Dmitriy", "Yelena", "Kairat", "Askhat", "Raigul", "Maks",
    "Oksana", "Zhazira", "Akmaral", "Gulmira", "Dulat", "Abai", "Noyan", "Dametkan", "Roza", "Nazym",
]  # fmt: skip
RESPELL = [("kh", "h"), ("ss", "s"), ("yev", "ev"), ("ay", "ai"), ("Zh", "J"), ("Dzh", "Zh"), ("Ye", "E")]
FILLER = (
    "The Assembly recalls the obligations of member states under the European Convention on Human Rights. "
    "Observers reported arbitrary detentions, pressure on lawyers and restrictions on peaceful assembly. "
)
SIGNERS = [
    ("Mr", "Roberto", "RAMPI", "Italy", "SOC"), ("Ms", "Nerea", "AHEDO", "Spain", "ALDE"),
    ("Mr", "Paul", "GAVAN", "Ireland", "UEL"), ("Mr", "Frank", "SCHWABE", "Germany", "SOC"),
    ("Ms", "Inka", "HOPSU", "Finland", "SOC"), ("Mr", "Jacques", "MAIRE", "France", "ALDE"),
    ("Mr", "Paulo", "PISCO", "Portugal", "SOC"), ("Ms", "Octavie", "MODERT", "Luxembourg", "EPP/CD"),
]  # fmt: skip


def surname(rng: random.Random) -> str:
    parts = [rng.choice(ONSETS)]
    for _ in range(rng.randint(1, 2)):
        parts.append(rng.choice(VOWELS) + rng.choice(CODAS))
    return "".join(parts) + rng.choice(ENDINGS)


def corpus(n_docs: int, seed: int = 1) -> list[str]:
    from lint.names.folding import fold_word

    rng = random.Random(seed)

    # distinct people: one surname per folding key, so the variants found are the injected ones
    pool, keys = [], set()
    while len(pool) < max(200, n_docs // 2):
        s = surname(rng)
        if fold_word(s) not in keys:
            keys.add(fold_word(s))
            pool.append((rng.choice(GIVEN), s))
    texts = []
    for d in range(n_docs):
        people = rng.sample(pool, 8)
        names = []
        for g, s in people:
            if rng.random() < 0.01:
                usable = [(a, b) for a, b in RESPELL if a in s]
                if usable:
                    a, b = rng.choice(usable)
                    s = s.replace(a, b, 1)
                elif len(s) > 6:
                    k = rng.randrange(2, len(s) - 1)
                    s = s[:k] + s[k + 1 :]
            names.append(f"{g} {s}")
        signers = " ; ".join(f"{h} {g} {s}, {c}, {code}" for h, g, s, c, code in rng.sample(SIGNERS, 5))
        body = (
            f"Written declaration No. {600 + d % 300} | Doc. {14000 + d} | 27 June 2022\n\n{signers}\n\n"
            f"We, the undersigned, declare the following:\n\n{FILLER}\n\n"
            f"The authorities detained {names[0]}, {names[1]} and {names[2]} in March.\n\n"
            f"{FILLER}We call for the release of {', '.join(names[3:7])} and {names[7]}.\n\n"
            f"President Tokayev was asked to receive {names[0]}.\n"
        )
        texts.append(body)
    return texts


def measure(n_docs: int) -> dict:
    from lint.corpus import NameIndex
    from lint.parse import parse

    texts = corpus(n_docs)
    t0 = time.process_time()
    docs = [parse(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    t1 = time.process_time()
    index = NameIndex.build(docs)
    variants = list(index.variants())
    t2 = time.process_time()
    return {
        "docs": n_docs,
        "mb": sum(len(t.encode()) for t in texts) / 1e6,
        "parse_s": t1 - t0,
        "index_s": t2 - t1,
        "mentions": len(index.occurrences),
        "clusters": len(index.clusters),
        "variants": len(variants),
        "errors": sum(v.same_person for v in variants),
    }


def _isolated(n_docs: int) -> dict:
    """One measurement in a fresh interpreter: no heap left over from another size."""
    import json
    import subprocess

    code = f"import json; from bench.bench_names import _warm, measure; _warm(); print(json.dumps(measure({n_docs})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _warm() -> None:
    from lint.words import frequencies

    frequencies("en")  # loaded once per process: not part of the index time


def main(argv: list[str] | None = None) -> int:
    import statistics

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument(
        "--repeat", type=int, default=3, help="runs per size (fresh processes); the median is kept"
    )
    args = p.parse_args(argv)
    rows = []
    for n in args.sizes:
        runs = [_isolated(n) for _ in range(args.repeat)]
        row = dict(runs[0])
        row["parse_s"] = statistics.median(r["parse_s"] for r in runs)
        row["index_s"] = statistics.median(r["index_s"] for r in runs)
        rows.append(row)
    print(
        f"{'docs':>7} {'MB':>6} {'parse s':>8} {'index+detect s':>15} {'mentions':>9} {'clusters':>9} {'variants':>9}"
    )
    for r in rows:
        print(
            f"{r['docs']:>7} {r['mb']:>6.2f} {r['parse_s']:>8.2f} {r['index_s']:>15.2f} "
            f"{r['mentions']:>9} {r['clusters']:>9} {r['variants']:>9}"
        )
    for a, b in itertools.pairwise(rows):
        print(
            f"{a['docs']} -> {b['docs']} documents (x{b['docs'] / a['docs']:.0f}): index+detect time "
            f"x{b['index_s'] / a['index_s']:.1f}, parse time x{b['parse_s'] / a['parse_s']:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
