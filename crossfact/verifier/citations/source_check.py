"""CF408: when the cited source is itself a corpus article, the citing sentence's figures and
dates should appear in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from crossfact.sources.models import Document
from crossfact.verifier.citations.checks import Parsed, evidence
from crossfact.verifier.citations.context import numbers, readings, sentence_bounds
from crossfact.verifier.citations.dates import DateMention, find_dates, resolve_years
from crossfact.verifier.citations.intext import label_lines, on_label_line
from crossfact.verifier.citations.linking import _key
from crossfact.verifier.citations.models import Citation, Entry
from crossfact.verifier.citations.urls import find_dois, find_urls, normalize_doi, normalize_url
from crossfact.verifier.models import Finding
from crossfact.verifier.rules.cf408_cited_claim_not_in_source import CITED_CLAIM_NOT_IN_SOURCE

TITLE_MATCH = 90.0
HEAD = 1500  # a document's own URL/DOI is looked for in its first characters
MIN_FIGURE = 11  # smaller integers are often written as words in the source


@dataclass
class SourceIndex:
    by_url: dict[str, Document]
    by_doi: dict[str, Document]
    titles: list[tuple[str, Document]]

    @classmethod
    def build(cls, docs: Sequence[Document]) -> SourceIndex:
        by_url: dict[str, Document] = {}
        by_doi: dict[str, Document] = {}
        titles: list[tuple[str, Document]] = []
        for d in docs:
            head_end = min(len(d.text), HEAD)
            labels = label_lines(d.text[:head_end])
            urls = [u.url for u in find_urls(d.text, 0, head_end) if on_label_line(u.start, labels)]
            meta = d.metadata.url
            if meta and (meta not in d.text or on_label_line(d.text.find(meta), labels)):
                urls.append(meta)  # not when the loader took a cited URL for the document's own
            for u in urls:
                if "doi.org/" not in u.lower():
                    by_url.setdefault(normalize_url(u), d)
            dois = [d.metadata.doi] if d.metadata.doi else []
            dois += [x.doi for x in find_dois(d.text, 0, head_end)[:1]]
            for x in dois:
                by_doi.setdefault(normalize_doi(x), d)
            title = d.metadata.title or next(
                (ln.strip("# *") for ln in d.text.splitlines() if ln.strip()), ""
            )
            if len(title) >= 15:
                titles.append((_key(title), d))
        return cls(by_url, by_doi, titles)

    def find(self, c: Citation, entry: Entry | None) -> Document | None:
        for u in (c.url, entry.url if entry else None):
            if u and normalize_url(u) in self.by_url:
                return self.by_url[normalize_url(u)]
        if entry and entry.doi and normalize_doi(entry.doi) in self.by_doi:
            return self.by_doi[normalize_doi(entry.doi)]
        if entry and entry.title and len(entry.title) >= 15:
            t = _key(entry.title)
            best = max(self.titles, key=lambda p: fuzz.token_set_ratio(t, p[0]), default=None)
            if best and fuzz.token_set_ratio(t, best[0]) >= TITLE_MATCH:
                return best[1]
        return None


@dataclass
class _SourceFacts:
    numbers: set[float]
    dates: list[DateMention]


def _facts(doc: Document) -> _SourceFacts:
    vals: set[float] = set()
    for _s, _e, r in numbers(doc.text, 0, len(doc.text)):
        vals |= r
    anchor = doc.published.year if doc.published else None
    return _SourceFacts(vals, resolve_years(doc.text, find_dates(doc.text), anchor))


def cited_claims(p: Parsed, index: SourceIndex, source_role: str = "corpus") -> list[Finding]:
    out: list[Finding] = []
    cache: dict[str, _SourceFacts] = {}
    seen: set[tuple[int, str]] = set()
    for lk in p.links:
        c = lk.citation
        entry = lk.entries[0] if len(lk.entries) == 1 else None
        if c.kind != "url" and entry is None:
            continue
        src = index.find(c, entry)
        if src is None or src.path == p.doc.path:
            continue
        facts = cache.setdefault(src.path, _facts(src))
        s, e = sentence_bounds(p.doc.text, c.start, c.end)
        missing = _missing(p, s, e, facts)
        if not missing or (s, src.path) in seen:
            continue
        seen.add((s, src.path))
        shown = ", ".join(q for _a, _b, q in missing)
        msg = f"{shown} not found in the cited source {src.path}"
        evs = [evidence(p.doc, a, b, p.role, p.doc.text[a:b]) for a, b, _q in missing[:3]]
        evs.append(evidence(p.doc, c.start, c.end, p.role, c.text))
        first = src.text.strip().splitlines()[0] if src.text.strip() else ""
        fs = src.text.find(first) if first else 0
        evs.append(evidence(src, fs, fs + len(first), source_role, src.path))
        out.append(CITED_CLAIM_NOT_IN_SOURCE.make(msg, evs, subject=src.path, attribute="content"))
    return out


def _missing(p: Parsed, s: int, e: int, facts: _SourceFacts) -> list[tuple[int, int, str]]:
    text = p.doc.text
    blocked = [(c.start, c.end) for c in p.citations if c.end > s and c.start < e]
    dates = [d for d in p.dates if s <= d.start and d.end <= e]
    out: list[tuple[int, int, str]] = []
    for d in dates:
        if d.precision != "day" or d.year is None:
            continue
        if not any(sd.year == d.year and sd.day_months() & d.day_months() for sd in facts.dates):
            out.append((d.start, d.end, d.text))
    in_date = [(d.start, d.end) for d in dates]
    for a, b, vals in numbers(text, s, e):
        if any(x <= a < y for x, y in blocked + in_date):
            continue
        if all(v.is_integer() and v < MIN_FIGURE for v in vals):
            continue
        tail = text[b : b + 4]
        if (
            tail[:1] in "-‑"
            and tail[1:2].isalpha()
            and all(v.is_integer() and v < 100 for v in vals)
        ):
            continue  # ordinals such as 10-cu, 25-ci
        if not (vals & facts.numbers) and not (readings(text[a:b]) & facts.numbers):
            out.append((a, b, text[a:b]))
    return out
