"""Name rules (codes `N…`): one person, one spelling, across a document and a corpus."""

from __future__ import annotations

from ..diagnostics import Fix, Problem, Severity
from .base import rule


def _index(docs, ctx):
    """The corpus name index, built once per run for N001 and N002."""
    from ..corpus import NameIndex
    from ..lexicon import lexicon_for

    lexicon = lexicon_for(ctx)
    docs = tuple(docs)
    cached = ctx.shared.get("names.index")
    # keyed by the documents and lexicon themselves, not their id(): the entry holds them,
    # so a later corpus can never reuse the address of a freed one
    if (
        cached is not None
        and cached[1] is lexicon
        and len(cached[0]) == len(docs)
        and all(a is b for a, b in zip(cached[0], docs, strict=True))
    ):
        return cached[2], lexicon
    index = NameIndex.build(docs, lexicon)
    ctx.shared["names.index"] = (docs, lexicon, index)
    return index, lexicon


@rule("N001", "name-variant-across-documents", scope="corpus")
def name_variant_across_documents(docs, ctx):
    """
    ## What it does
    Finds a person's name spelled one way in this document and another way in another
    document of the corpus (the files linted together and the configured reference
    corpus): transliteration variants (Zhahin / Zhakhin, Khassenov / Khasenov, Tokaev /
    Tokayev, Aleksei / Alexey) and near misses (Abdrakhmanov / Abdrakmanov). The message
    names the other spelling and where it is, how often each spelling is used, and the
    one to use (the lexicon's, else the one with diacritics when the other lost them,
    else the majority, and on a tie the spelling of a signatory list, the Assembly's own
    record; the list's side is then reported as information only). The same given name with a variant surname is an error (given
    names count as the same across languages: Oleksandr / Aleksandr / Alexander, Oleh /
    Oleg); a surname one letter apart with different given names (Daniyar Khassenov /
    Daryn Khasenov) is a possible variant, a warning. A spelling printed only in a
    signatory list in capitals that lacks the diacritics (NASTASE / Năstase) is
    information. Masculine and feminine forms (Abishev / Abisheva), namesakes spelled
    alike (Aset Abishev / Kezhenbek Abishev), signatories of different delegations
    (JENSSEN, Norway / JENSEN, Denmark) and pairs the lexicon lists as `distinct` are
    never reported.

    ## Why is this bad?
    Readers, search engines and databases take two spellings for two people; the
    campaign for a named prisoner loses its hits. Editors of these texts meet the names
    through different romanizations and rarely notice.

    ## Example
    Two documents of one corpus:
    ```text
    Following the election, political prisoners include Serik Zhahin and Oksana Shevchuk.
    ```
    ```text
    The case of Serik Zhakhin was also mentioned.
    ```

    ## Use instead
    ```text
    Following the election, political prisoners include Serik Zhakhin and Oksana Shevchuk.
    ```
    """
    from ..names.report import problem, reported_sides, settled_in

    index, lexicon = _index(docs, ctx)
    for v in index.variants(ctx.reported):
        for side in reported_sides(v, lexicon):
            other_docs = {id(o.doc) for o in v.sides[1 - side]}
            done = set()
            for o in v.sides[side]:
                if id(o.doc) in done or id(o.doc) in other_docs:
                    continue  # both spellings in one document: N002
                done.add(id(o.doc))
                if not settled_in(v, side, o.doc, lexicon):  # else N003 reports it
                    yield o.doc, problem(v, side, o.doc)


@rule("N002", "name-variant-in-document", scope="corpus")
def name_variant_in_document(docs, ctx):
    """
    ## What it does
    Finds a person's name spelled two ways in the same document (Serik Zhahin … Serik
    Zhakhin), including a signatory list in capitals against the prose (RAMPI / Rampi
    is one spelling; RAMPI / Rampy is two). Reports the spelling that is not the
    lexicon's or the corpus majority (on a tie, the later one in the document). Evidence sets the
    severity as for N001: different given names only make a possible variant (warning).

    ## Why is this bad?
    Two spellings in one text are certainly one of them wrong, and readers wonder whether
    two people are meant.

    ## Example
    ```text
    We call for the release of Serik Zhahin and Oksana Shevchuk.

    The case of Serik Zhakhin was also mentioned.
    ```

    ## Use instead
    ```text
    The names include Aset Abishev, Almat Zhumagulov and Kezhenbek Abishev.
    ```
    """
    from ..names.report import problem, reported_sides, settled_in

    index, lexicon = _index(docs, ctx)
    for v in index.variants(ctx.reported):
        sides = reported_sides(v, lexicon)
        docs_a = {id(o.doc): o.doc for o in v.sides[0]}
        for key in docs_a.keys() & {id(o.doc) for o in v.sides[1]}:
            doc = docs_a[key]
            mine = sides
            if v.canonical is None and len(sides) == 2:
                # a tie: report the spelling that appears later in this document
                first = [min(o.start for o in side if o.doc is doc) for side in v.sides]
                mine = [0 if first[0] > first[1] else 1]
            for side in mine:
                if not settled_in(v, side, doc, lexicon):  # else N003 reports it
                    yield doc, problem(v, side, doc)


@rule("N003", "name-not-canonical", fixable=True, defaults={"builtin-lexicon": True})
def name_not_canonical(doc, ctx):
    """
    ## What it does
    Finds a name spelled as one of the variants the lexicon lists for a person
    (`declint.yaml`, or the file configured as the lexicon, then the built-in list of
    public figures) and offers a safe fix to the lexicon's canonical spelling, keeping a
    surname in capitals in capitals. Spellings the lexicon accepts (French editions, the
    person's own spelling) are left alone.

    ## Why is this bad?
    The lexicon is the editors' decision: a listed variant is a known mistake.

    ## Example
    ```text
    The MPs wrote to President Kassym-Jomart Tokaev about the arrests.
    ```

    ## Use instead
    ```text
    The MPs wrote to President Kassym-Jomart Tokayev about the arrests.
    ```
    """
    from ..lexicon import lexicon_for

    lexicon = lexicon_for(ctx, builtin=ctx.option("builtin-lexicon", True))
    for o in doc.occurrences:
        found = lexicon.entry_for_variant(o.given, o.surname)
        if found is None:
            continue
        entry, variant = found
        canon = entry.canonical
        m = o.mention
        if variant.surname != canon.surname:
            new = canon.surname_text.upper() if m.surname.text.isupper() else canon.surname_text
            yield Problem(
                m.surname.span,
                f"'{m.surname.text}' is a variant of '{canon.surname_text}' in the lexicon ({canon.text})",
                Fix(new, "safe"),
            )
        if (
            variant.given
            and m.given
            and canon.given
            and o.given == variant.given
            and variant.given != canon.given
        ):
            g = m.given[0]
            new = canon.given_text.split()[0]
            new = new.upper() if g.text.isupper() else new
            yield Problem(
                g.span,
                f"'{g.text}' is a variant of '{new}' in the lexicon ({canon.text})",
                Fix(new, "safe"),
            )


@rule("N004", "mixed-script-word", fixable=True)
def mixed_script_word(doc, ctx):
    """
    ## What it does
    Finds words that mix Latin letters with Cyrillic or Greek ones, such as "Rаmpi"
    written with a Cyrillic "а". When every stray letter has a look-alike in the word's
    main script, a safe fix replaces it.

    ## Why is this bad?
    The word looks right and is wrong: search, sorting, spell-checkers and the name index
    all miss it. It usually comes from copying a name out of a Cyrillic source or from a
    keyboard layout left switched.

    ## Example
    ```text
    The declaration was tabled by Senator Roberto Rаmpi.
    ```

    ## Use instead
    ```text
    The declaration was tabled by Senator Roberto Rampi, cited in Москва as well.
    ```
    """
    from ..names.scripts import mixed_words

    for w in mixed_words(doc.text):
        letters = ", ".join(f"'{c}' ({s.title()} U+{ord(c):04X})" for c, s in w.foreign[:4])
        fix = Fix(w.fixed, "safe") if w.fixed else None
        yield Problem(
            w.span,
            f"'{w.word}' mixes scripts: {letters} in a {w.majority.title()} word",
            fix,
            Severity.ERROR,
        )
