"""Generated corpora: random transliterated people, one spelling changed by one folding
rule, must give exactly that variant; the unchanged corpus gives none."""

import re

from hypothesis import given
from hypothesis import strategies as st

from lint.corpus import NameIndex
from lint.names.folding import fold_word, one_edit
from lint.parse import parse

SURNAMES = [
    "Zhakhin", "Khassenov", "Tuleubayev", "Yessenov", "Dzhanibekov", "Akhmetov", "Yerimbetov",
    "Dzhakishev", "Mendygaziyev", "Kenzhaliyev", "Abdrakhmanov", "Sadibekov", "Kuatbayev",
    "Zhumagulov", "Yelshibayev", "Rakhimzhanov", "Tsoi", "Nurpeisov", "Baimukhanov", "Ospanova",
    "Yusupov", "Kassymova", "Tsaregorodtsev", "Zhaksylykov", "Issenova", "Dzhumabekova",
]  # fmt: skip
GIVEN = [
    "Serik", "Daniyar", "Aset", "Mukhtar", "Iskander", "Zhanbolat", "Yerzhan", "Aliya", "Gulzipa",
    "Nursultan", "Bakhytzhan", "Aigul", "Dmitriy", "Yelena", "Kairat", "Askhat", "Raigul",
]  # fmt: skip

# One folding rule each: (pattern, replacement); applied to the first match only.
MUTATIONS = [
    ("kh", "h"), ("kh", "q"), ("ss", "s"), ("yev", "ev"), ("ayev", "aev"), ("zh", "j"),
    ("Zh", "J"), ("Dzh", "J"), ("Dzh", "Zh"), ("Ye", "E"), ("Ts", "C"), ("ts", "tc"), ("yu", "iu"),
    ("iy", "ii"), ("y", "i"), ("ai", "ay"),
]  # fmt: skip


def _far_apart(names):
    keys = [fold_word(n) for n in names]
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert a != b and not one_edit(a, b), (a, b)


def test_surname_bank_is_far_apart():
    _far_apart(SURNAMES)


def mutate(name: str, choice: int) -> str | None:
    usable = [(p, r) for p, r in MUTATIONS if p in name]
    if not usable:
        return None
    pattern, replacement = usable[choice % len(usable)]
    return name.replace(pattern, replacement, 1)


@st.composite
def corpora(draw):
    n_people = draw(st.integers(2, 6))
    surnames = draw(st.permutations(SURNAMES))[:n_people]
    people = [(draw(st.sampled_from(GIVEN)), s) for s in surnames]
    n_docs = draw(st.integers(2, 5))
    docs = []
    for _ in range(n_docs):
        chosen = draw(st.lists(st.sampled_from(range(n_people)), min_size=1, max_size=4, unique=True))
        docs.append(chosen)
    # the person to misspell must be mentioned at least twice in the corpus
    mentions = [(d, k) for d, chosen in enumerate(docs) for k in chosen]
    counts = {p: sum(1 for _, k in mentions if k == p) for p in range(n_people)}
    candidates = [(d, k) for d, k in mentions if counts[k] >= 2 and mutate(people[k][1], 0)]
    target = draw(st.sampled_from(candidates)) if candidates else None
    choice = draw(st.integers(0, 20))
    return people, docs, target, choice


def _text(people, chosen, spelled):
    names = [f"{people[k][0]} {spelled.get(k, people[k][1])}" for k in chosen]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"We call on the authorities to release {listed} without delay.\n"


def _variants(texts):
    index = NameIndex.build([parse(t, f"doc{i}.txt") for i, t in enumerate(texts)])
    return list(index.variants())


@given(corpora())
def test_one_changed_spelling_is_exactly_one_variant(case):
    people, docs, target, choice = case
    clean = [_text(people, chosen, {}) for chosen in docs]
    assert _variants(clean) == []
    if target is None:
        return
    d, k = target
    original = people[k][1]
    changed = mutate(original, choice)
    assert changed != original and fold_word(changed) == fold_word(original)
    texts = list(clean)
    texts[d] = _text(people, docs[d], {k: changed})
    found = _variants(texts)
    assert len(found) == 1, [(v.spellings, v.evidence) for v in found]
    v = found[0]
    assert v.part == "surname" and v.same_person
    assert set(v.spellings) == {original.lower(), changed.lower()}
    # the finding sits on the changed mention of document d
    changed_side = v.spellings.index(changed.lower())
    assert {o.doc.path for o in v.sides[changed_side]} == {f"doc{d}.txt"}
    assert re.search(changed, texts[d])
