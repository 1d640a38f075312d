"""Mutation benchmark: does ``check`` catch a changed claim, and stay quiet on a copy?

From a corpus, drafts are made by copying a claim's sentence (and the one before it) and
changing one claim: a date by a day, a month or a year; a figure by 10–60 %; a visit type;
an ordinal. Control drafts copy sentences unchanged, reordered (sentences of three articles in
shuffled order), or with a subject's name replaced by another alias from the knowledge base
(which must not fire either). Each draft is checked against the whole corpus with
``crossfact.verifier.verify``.

A mutation is *caught* when a cross-article error or warning (CF3xx) has ``checked``
evidence overlapping the changed span; on a control draft every such finding is a false alarm. Only claims the corpus can verify are mutated: the same value for the same
subject (the linked subject and attribute, or kind + unit when linking gives none) appears
in another corpus article; a mutation whose new value is itself in the corpus is skipped.

Usage::

    python bench/mutations.py [CORPUS_DIR ...] [--per-kind 25] [--seed 7]

With no directory: ``examples/corpus`` and, when present, ``../shared/seeds``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mutation_text as mt

from crossfact.claims import extract_claims
from crossfact.claims.models import Claim
from crossfact.config import Settings
from crossfact.sources import load_documents
from crossfact.sources.models import Document
from crossfact.verifier import verify
from crossfact.verifier.kb import KnowledgeBase, load_kb
from crossfact.verifier.models import Result

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [ROOT / "examples" / "corpus", ROOT.parent / "shared" / "seeds"]
WINDOW_MAX = 700  # characters of context copied before a claim's sentence
FIGURE_KINDS = {"quantity", "money", "percent", "count"}
MUTATION_KINDS = ["date-day", "date-month", "date-year", "figure", "visit-type", "ordinal"]
CONTROL_KINDS = ["copy", "reordered", "alias"]


@dataclass
class Draft:
    kind: str
    text: str
    span: tuple[int, int] | None  # the changed span in ``text`` (None for controls)
    source: str
    note: str = ""
    linked: bool = False  # the mutated claim has a linked subject in its article


@dataclass
class Corpus:
    docs: list[Document]
    claims: dict[str, list[Claim]]
    keys: dict[tuple[str, int, int], tuple[Any, ...]]  # (path, start, end) -> subject key
    linked: int  # claims with a linked subject
    linked_spans: set[tuple[str, int, int]] = field(default_factory=set)
    # (subject, attribute) pairs the corpus itself already disagrees on: a copied
    # sentence that reproduces such a conflict is right to be flagged, not a false alarm.
    known_conflicts: set[tuple[str | None, str | None]] = field(default_factory=set)


def _articles(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in {".md", ".txt"} and not p.stem.isupper()
    )


def _value_key(c: Claim) -> str:
    v = c.value
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v}|{c.from_value}" if c.from_value is not None else str(v)


def load_corpus(folder: Path, kb: KnowledgeBase) -> Corpus:
    docs, errors = load_documents(_articles(folder))
    for e in errors:
        print(f"  skipped {e}", file=sys.stderr)
    claims = {d.path: extract_claims(d) for d in docs}
    keys: dict[tuple[str, int, int], tuple[Any, ...]] = {}
    linked_spans: set[tuple[str, int, int]] = set()
    linked = 0
    try:
        from crossfact.verifier.linking import link_document
    except ImportError:  # linking not available: fall back to kind + unit keys
        link_document = None  # type: ignore[assignment]
    for d in docs:
        for c in claims[d.path]:
            keys[(d.path, c.start, c.end)] = (c.kind, c.attribute or c.unit or c.noun)
        if link_document is None:
            continue
        for lc in link_document(d, claims[d.path], kb, role="corpus"):
            if lc.subject:
                keys[(d.path, lc.claim.start, lc.claim.end)] = (lc.subject, lc.attribute)
                linked_spans.add((d.path, lc.claim.start, lc.claim.end))
                linked += 1
    report = verify([], docs, Settings())
    known = {
        (f.subject, f.attribute) for f in report.findings if f.severity in ("error", "warning")
    }
    return Corpus(docs, claims, keys, linked, linked_spans, known)


def eligible(corpus: Corpus) -> list[tuple[Document, Claim]]:
    """Claims with a linked subject whose value the corpus confirms in another article for
    the same subject (issue #4: only what the corpus can verify is mutated)."""
    where: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for d in corpus.docs:
        for c in corpus.claims[d.path]:
            where[(*corpus.keys[(d.path, c.start, c.end)], _value_key(c))].add(d.path)
    out = []
    for d in corpus.docs:
        for c in corpus.claims[d.path]:
            if (d.path, c.start, c.end) not in corpus.linked_spans:
                continue
            docs = where[(*corpus.keys[(d.path, c.start, c.end)], _value_key(c))]
            if docs - {d.path}:
                out.append((d, c))
    return out


def corpus_values(corpus: Corpus, key: tuple[Any, ...]) -> set[str]:
    return {
        _value_key(c)
        for d in corpus.docs
        for c in corpus.claims[d.path]
        if corpus.keys[(d.path, c.start, c.end)] == key
    }


def _window(doc: Document, c: Claim) -> tuple[int, int]:
    """The claim's sentence and the sentence before it (context for subject and year)."""
    if c.sentence_end > c.sentence_start:
        start, end = c.sentence_start, c.sentence_end
    else:
        s = doc.sentence_at(c.start)
        start, end = (
            (s.start, s.end) if s else (max(0, c.start - 200), min(len(doc.text), c.end + 200))
        )
    prev = doc.sentence_at(start - 2) if start >= 2 else None
    if prev and start - prev.start <= WINDOW_MAX:
        start = prev.start
    return start, max(end, c.end)


def _header(doc: Document) -> str:
    return f"---\ndate: {doc.published.isoformat()}\n---\n\n" if doc.published else ""


Mutator = Callable[[str, Any, random.Random], Any]
DATE_MUTATORS: dict[str, Mutator] = {
    "date-day": mt.shift_day,
    "date-month": mt.shift_month,
    "date-year": mt.shift_year,
}


def _mutations_of(c: Claim, rng: random.Random) -> list[tuple[str, mt.Rewrite, str]]:
    """(kind, rewrite of the claim text, new value key) for each applicable mutation."""
    out: list[tuple[str, mt.Rewrite, str]] = []
    if c.kind == "date" and "/" not in str(c.value):
        for kind, fn in DATE_MUTATORS.items():
            res = fn(c.text, c.value, rng)
            if res:
                out.append((kind, res[0], str(res[1])))
    elif c.kind in FIGURE_KINDS:
        res = mt.scale_figure(c.text, c.value, rng)
        if res and isinstance(c.value, int | float):
            new = c.value * res[1]
            out.append(("figure", res[0], _value_key(c.model_copy(update={"value": new}))))
    elif c.kind == "category" and c.attribute == "visit-type":
        res = mt.swap_visit_type(c.text, c.value, rng)
        if res:
            out.append(("visit-type", res[0], str(res[1])))
    elif c.kind == "category" and c.attribute and "ordinal" in c.attribute:
        res = mt.swap_ordinal(c.text, c.value, rng)
        if res:
            out.append(("ordinal", res[0], str(res[1])))
    return out


def make_mutations(
    corpus: Corpus, rng: random.Random, per_kind: int
) -> tuple[list[Draft], Counter[str]]:
    skipped: Counter[str] = Counter()
    by_kind: dict[str, list[Draft]] = defaultdict(list)
    for doc, c in eligible(corpus):
        key = corpus.keys[(doc.path, c.start, c.end)]
        known = corpus_values(corpus, key)
        ws, we = _window(doc, c)
        for kind, (new_text, s, e), new_value in _mutations_of(c, rng):
            if new_value in known:
                skipped[f"{kind}: new value already in the corpus"] += 1
                continue
            head = _header(doc)
            before = doc.text[ws : c.start]
            text = head + before + new_text + doc.text[c.end : we]
            off = len(head) + len(before)
            by_kind[kind].append(
                Draft(
                    kind,
                    text,
                    (off + s, off + e),
                    doc.path,
                    f"{c.text!r} -> {new_text!r}",
                    linked=key[0] not in {c.kind},
                )
            )
    drafts: list[Draft] = []
    for kind in MUTATION_KINDS:
        pool = by_kind.get(kind, [])
        drafts += rng.sample(pool, min(per_kind, len(pool)))
    return drafts, skipped


def _alias_swap(
    doc: Document, ws: int, we: int, kb: KnowledgeBase, rng: random.Random
) -> Draft | None:
    try:
        from crossfact.verifier.mentions import find_mentions
    except ImportError:
        return None
    for m in find_mentions(doc, kb):
        if not (ws <= m.start and m.end <= we) or not m.exact:
            continue
        ent = kb.get(m.entity)
        if ent is None:
            continue
        alt = _alias_for(m.text, m.suffix, ent.names, ent.acronyms, rng)
        if alt:
            text = _header(doc) + doc.text[ws : m.start] + alt + doc.text[m.end : we]
            return Draft("alias", text, None, doc.path, f"{m.text!r} -> {alt!r}")
    return None


def _alias_for(
    text: str, suffix: str, names: dict[str, list[str]], acronyms: list[str], rng: random.Random
) -> str | None:
    """Another name of the same entity, inflected like ``text`` where that is safe."""
    cyr = any("\u0400" <= ch <= "\u04ff" for ch in text)
    n_sfx = len(suffix)
    sep = text[-n_sfx - 1] if n_sfx and len(text) > n_sfx and text[-n_sfx - 1] in "-'’" else ""
    base = text[: len(text) - n_sfx - len(sep)] if n_sfx else text
    # Stay in the mention's language: the list that holds its base form (or, for an
    # acronym, every list of the same script). Inflected Russian forms are not swapped.
    langs = [lg for lg, ns in names.items() if any(mt.fold(n) == mt.fold(base) for n in ns)]
    if not langs and base in acronyms:
        langs = [lg for lg in names if (lg == "ru") == cyr]
    if not langs:
        return None
    pool = [n for lg in langs for n in names[lg] if mt.fold(n) != mt.fold(base)]
    pool += [
        a for a in acronyms if any("\u0400" <= ch <= "\u04ff" for ch in a) == cyr and a != base
    ]
    rng.shuffle(pool)
    for alt in pool:
        if not n_sfx:
            return alt
        if cyr:
            return None  # Russian case endings are not re-inflected
        is_acr = base.isupper() and alt.isupper()
        if is_acr:
            return alt + (sep or "-") + suffix
        if base.isupper() or alt.isupper():
            continue
        vb, va = mt.word_vowel(base), mt.word_vowel(alt)
        if va and mt.ends_in_vowel(base) == mt.ends_in_vowel(alt):
            return alt + sep + mt.harmonize(text[len(text) - n_sfx :], va) if vb else None
    return None


def make_controls(
    corpus: Corpus, kb: KnowledgeBase, rng: random.Random, per_kind: int
) -> list[Draft]:
    cands = eligible(corpus)
    rng.shuffle(cands)
    copies: list[Draft] = []
    aliases: list[Draft] = []
    for doc, c in cands:
        ws, we = _window(doc, c)
        if len(copies) < per_kind:
            copies.append(Draft("copy", _header(doc) + doc.text[ws:we], None, doc.path))
        if len(aliases) < per_kind and (a := _alias_swap(doc, ws, we, kb, rng)):
            aliases.append(a)
    # Reordered: windows of one article in shuffled order, under that article's header,
    # so relative dates still resolve against the same publication date.
    reordered = []
    by_doc: dict[str, tuple[Document, list[str]]] = {}
    for doc, c in cands:
        ws, we = _window(doc, c)
        parts = by_doc.setdefault(doc.path, (doc, []))[1]
        if doc.text[ws:we].strip() not in parts:
            parts.append(doc.text[ws:we].strip())
    pools = [(d, ps) for d, ps in sorted(by_doc.values(), key=lambda x: x[0].path) if len(ps) >= 2]
    for _ in range(per_kind if pools else 0):
        doc, parts = rng.choice(pools)
        picked = rng.sample(parts, min(3, len(parts)))
        text = _header(doc) + "\n\n".join(picked) + "\n"
        reordered.append(Draft("reordered", text, None, doc.path))
    return copies + reordered + aliases


def run_draft(draft: Draft, corpus: Corpus, tmp: Path, n: int, settings: Settings) -> Result:
    path = tmp / f"draft-{n:04d}.md"
    path.write_text(draft.text, encoding="utf-8")
    docs, errors = load_documents([path])
    if errors:
        raise RuntimeError(f"{path}: {errors[0]}")
    return verify(docs, corpus.docs, settings)


def gating_about_draft(
    result: Result,
    known: set[tuple[str | None, str | None]] = frozenset(),  # type: ignore[assignment]
) -> list[tuple[str, int, int]]:
    """Checked spans of cross-article errors and warnings (CF3xx). Citation findings are
    left out: a copied sentence may rightly lose its bibliography. Findings about a
    subject the corpus itself is in conflict on (``known``) are left out too."""
    out = []
    for f in result.findings:
        if (f.subject, f.attribute) in known:
            continue
        if f.severity in ("error", "warning") and f.code.startswith("CF3"):
            out += [(f.code, e.start, e.end) for e in f.evidence if e.role == "checked"]
    return out


def bench(folder: Path, per_kind: int, seed: int, examples: int = 5) -> None:
    rng = random.Random(seed)
    kb = load_kb()
    corpus = load_corpus(folder, kb)
    n_claims = sum(len(v) for v in corpus.claims.values())
    elig = eligible(corpus)
    print(f"\n== {folder}: {len(corpus.docs)} articles, {n_claims} claims, {corpus.linked} linked")
    kinds = Counter(c.kind for _, c in elig)
    print(f"   eligible (value confirmed by another article): {len(elig)}  {dict(kinds)}")
    mutations, skipped = make_mutations(corpus, rng, per_kind)
    controls = make_controls(corpus, kb, rng, per_kind)
    for why, n in sorted(skipped.items()):
        print(f"   skipped {n}: {why}")
    caught: Counter[str] = Counter()
    linked_total = linked_caught = 0
    total: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    missed_examples: dict[str, list[str]] = defaultdict(list)
    alarm_examples: list[str] = []
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="crossfact-mut-") as td:
        for i, d in enumerate(mutations + controls):
            result = run_draft(d, corpus, Path(td), i, settings)
            found = gating_about_draft(result, corpus.known_conflicts if d.span is None else set())
            total[d.kind] += 1
            linked_total += d.span is not None and d.linked
            if d.span is None:
                alarms[d.kind] += len(found)
                if found and len(alarm_examples) < examples:
                    alarm_examples.append(
                        f"{d.kind}: {found[0][0]} in {d.text[found[0][1] : found[0][2]]!r} ({d.note or Path(d.source).name})"
                    )
            elif any(s < d.span[1] and d.span[0] < e for _, s, e in found):
                caught[d.kind] += 1
                linked_caught += d.linked
            elif len(missed_examples[d.kind]) < examples:
                missed_examples[d.kind].append(f"{d.kind}: {d.note} ({Path(d.source).name})")
    n_mut = sum(total[k] for k in MUTATION_KINDS)
    n_caught = sum(caught[k] for k in MUTATION_KINDS)
    print(
        f"   mutations: {n_mut}, caught {n_caught}, recall {n_caught / n_mut:.2f}"
        if n_mut
        else "   mutations: none could be made"
    )
    if linked_total:
        print(
            f"     of claims with a linked subject: {linked_caught}/{linked_total} "
            f"recall {linked_caught / linked_total:.2f}"
        )
    for k in MUTATION_KINDS:
        if total[k]:
            print(f"     {k:<11} {caught[k]:>3}/{total[k]:<3} recall {caught[k] / total[k]:.2f}")
    n_ctl = sum(total[k] for k in CONTROL_KINDS)
    n_alarm = sum(alarms[k] for k in CONTROL_KINDS)
    print(
        f"   unchanged drafts: {n_ctl}, false alarms {n_alarm}"
        + (f", {n_alarm / n_ctl:.2f} per draft" if n_ctl else "")
    )
    for k in CONTROL_KINDS:
        if total[k]:
            print(
                f"     {k:<11} {total[k]:>3} drafts  {alarms[k]:>3} false alarms  {alarms[k] / total[k]:.2f} per draft"
            )
    for lines in missed_examples.values():
        for line in lines:
            print(f"   missed e.g. {line}")
    for line in alarm_examples:
        print(f"   false alarm e.g. {line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mutation benchmark for crossfact check.")
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--per-kind", type=int, default=25, help="drafts per mutation/control kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", type=int, default=5, help="missed/false-alarm examples shown")
    args = ap.parse_args(argv)
    dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
    for d in dirs:
        bench(d, args.per_kind, args.seed, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
