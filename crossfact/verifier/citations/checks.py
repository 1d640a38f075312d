"""The CF4xx checks: one function per rule over a parsed document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from crossfact.claims.models import Claim
from crossfact.sources.models import Document
from crossfact.verifier.citations.context import (
    is_future,
    numbers,
    paragraph_start,
    sentence_bounds,
)
from crossfact.verifier.citations.dates import DateMention, find_dates, match_text, resolve_years
from crossfact.verifier.citations.intext import find_citations
from crossfact.verifier.citations.linking import link_citations
from crossfact.verifier.citations.models import Citation, Entry, Link, ReferenceList
from crossfact.verifier.citations.references import find_reference_list
from crossfact.verifier.citations.urls import (
    doi_problem,
    find_broken_schemes,
    find_dois,
    find_urls,
    url_problem,
)
from crossfact.verifier.models import Evidence, Finding
from crossfact.verifier.rules.cf401_missing_bibliography import MISSING_BIBLIOGRAPHY
from crossfact.verifier.rules.cf402_dangling_citation import DANGLING_CITATION
from crossfact.verifier.rules.cf403_uncited_reference import UNCITED_REFERENCE
from crossfact.verifier.rules.cf404_reference_date_mismatch import REFERENCE_DATE_MISMATCH
from crossfact.verifier.rules.cf405_reference_predates_event import REFERENCE_PREDATES_EVENT
from crossfact.verifier.rules.cf406_malformed_url import MALFORMED_URL
from crossfact.verifier.rules.cf407_malformed_doi import MALFORMED_DOI

MIN_CITATIONS_FOR_BIBLIOGRAPHY = 2
AGREES_AFTER = dt.timedelta(days=31)  # a source up to a month after its event agrees with it
AGREES_BEFORE = dt.timedelta(days=1)


@dataclass
class Parsed:
    """Everything the checks read about one document."""

    doc: Document
    role: str
    refs: ReferenceList | None
    citations: list[Citation]
    links: list[Link]
    dates: list[DateMention]  # body dates with years resolved, citations/URLs left out
    claims: list[Claim] = field(default_factory=list)


# Excluded spans that are not article text; "markup" (a link's URL) is where citations live.
SKIP_REASONS = {"boilerplate", "news-feed", "code", "front-matter"}


def place_names() -> frozenset[str]:
    """Folded names of the knowledge base's places and countries (never citation authors)."""
    try:
        from crossfact.verifier.kb import KBError, load_kb
    except ImportError:  # the knowledge base is optional for citation checks
        return frozenset()
    try:
        kb = load_kb()
    except KBError:
        return frozenset()
    names = (n for e in kb.by_type("place", "country") for n in e.all_names())
    return frozenset(match_text(n) for n in names)


def parse_document(
    doc: Document,
    role: str,
    claims: Sequence[Claim] = (),
    places: frozenset[str] | None = None,
) -> Parsed:
    excluded = [(e.start, e.end) for e in doc.excluded if e.reason in SKIP_REASONS]
    refs = find_reference_list(doc.text, excluded)
    skip = excluded + (refs.spans() if refs else [])
    places = place_names() if places is None else places
    citations = find_citations(doc.text, skip, places)
    links = link_citations(citations, refs)
    blocked = [(c.start, c.end) for c in citations] + skip
    anchor = doc.published.year if doc.published else None
    raw = [d for d in find_dates(doc.text) if not any(a <= d.start < b for a, b in blocked)]
    dates = resolve_years(doc.text, raw, anchor)
    return Parsed(doc, role, refs, citations, links, dates, list(claims))


def evidence(doc: Document, start: int, end: int, role: str, value: object = None) -> Evidence:
    return Evidence.of(doc, start, end, role, value)  # type: ignore[arg-type]


def _cite_ev(p: Parsed, c: Citation) -> Evidence:
    return evidence(p.doc, c.start, c.end, p.role, c.text)


def _entry_ev(p: Parsed, e: Entry) -> Evidence:
    if e.date is not None:
        return evidence(p.doc, e.date.start, e.date.end, p.role, e.date.iso())
    return evidence(p.doc, e.start, e.end, p.role, e.key)


# --- CF401 / CF402 / CF403 --------------------------------------------------------------


def missing_bibliography(p: Parsed) -> list[Finding]:
    cites = [c for c in p.citations if c.kind != "url"]
    if p.refs is not None or len(cites) < MIN_CITATIONS_FOR_BIBLIOGRAPHY:
        return []
    seen: list[Citation] = []
    for c in cites:
        if all(s.start != c.start for s in seen):
            seen.append(c)
    shown = seen[:3]
    msg = (
        f"{len(seen)} citation(s) such as {', '.join(' '.join(c.text.split()) for c in shown)} "
        "but no reference list; add one under a heading such as 'References' or 'Ədəbiyyat'"
    )
    return [
        MISSING_BIBLIOGRAPHY.make(
            msg, [_cite_ev(p, c) for c in shown], subject=p.doc.path, attribute="bibliography"
        )
    ]


def dangling(p: Parsed, handled: set[int] | frozenset[int] = frozenset()) -> list[Finding]:
    if p.refs is None:
        return []
    url_links = [lk for lk in p.links if lk.citation.kind == "url"]
    url_rate = sum(1 for lk in url_links if lk.entries) / len(url_links) if url_links else 0.0
    groups: dict[str, list[Link]] = {}
    for lk in p.links:
        if not lk.missing or lk.citation.start in handled:
            continue
        if lk.citation.kind == "url" and url_rate < 0.5:
            continue
        for key in lk.missing:
            groups.setdefault(" ".join(key.split()), []).append(lk)
    out = []
    n = len(p.refs.entries)
    for key, links in groups.items():
        c = links[0].citation
        if c.kind == "numbered":
            msg = f"citation {key} has no entry in the reference list ({n} entries)"
        elif c.kind == "url":
            msg = f"the cited URL {c.url} is not in the reference list"
        else:
            msg = f"citation {key} matches no entry of the reference list"
            near = links[0].near
            if near is not None and near.date is not None:
                msg += f"; the closest is {near.key} dated {near.date.iso()}"
        if len(links) > 1:
            msg += f" (cited {len(links)} times)"
        out.append(
            DANGLING_CITATION.make(
                msg,
                [_cite_ev(p, lk.citation) for lk in links[:3]],
                subject=key,
                attribute="citation",
            )
        )
    return out


def uncited(p: Parsed) -> list[Finding]:
    if p.refs is None or not p.refs.entries:
        return []
    cited = {e.index for lk in p.links for e in lk.entries}
    cited |= {lk.near.index for lk in p.links if lk.near is not None}  # reported as dangling
    if not p.citations:
        first = p.refs.entries[0]
        msg = (
            f"the reference list has {len(p.refs.entries)} entries but the text cites none of them"
        )
        ev = evidence(p.doc, first.start, first.end, p.role, first.key)
        return [UNCITED_REFERENCE.make(msg, [ev], subject=p.doc.path, attribute="citation")]
    out = []
    for e in p.refs.entries:
        if e.index not in cited:
            msg = f"reference {e.key} is not cited in the text"
            ev = evidence(p.doc, e.start, e.end, p.role, e.key)
            out.append(
                UNCITED_REFERENCE.make(msg, [ev], subject=e.url or e.key, attribute="citation")
            )
    return out


# --- CF404 / CF405 ----------------------------------------------------------------------


def _claim_dates(p: Parsed, start: int, end: int) -> list[DateMention]:
    """Event-date claims of the claims extractor inside [start, end), as DateMentions."""
    out = []
    for c in p.claims:
        if c.kind != "date" or c.role != "event" or c.modality != "actual":
            continue
        if not (start <= c.start and c.end <= end) or not isinstance(c.value, str):
            continue
        if c.resolution not in (None, "explicit", "context-year"):
            continue
        first = c.value.split("/")[0].split("-")
        try:
            y, m, d = (int(x) for x in ([*first, "0", "0"])[:3])
        except ValueError:
            continue
        out.append(DateMention(c.start, c.end, c.text, y, m or None, d or None, None, True))
    return out


def _dates_in(p: Parsed, start: int, end: int) -> list[DateMention]:
    own = [d for d in p.dates if start <= d.start and d.end <= end and d.year is not None]
    extra = [
        c
        for c in _claim_dates(p, start, end)
        if all(c.end <= d.start or d.end <= c.start for d in own)
    ]
    return own + extra


def _agrees(entry: DateMention, event: DateMention) -> bool:
    e0, e1, ev0, ev1 = entry.earliest(), entry.latest(), event.earliest(), event.latest()
    if None in (e0, e1, ev0, ev1):
        return True
    assert e0 and e1 and ev0 and ev1
    return ev0 - AGREES_BEFORE <= e1 and e0 <= ev1 + AGREES_AFTER


def date_checks(p: Parsed, handled: set[int] | None = None) -> list[Finding]:
    """CF404 and CF405. The starts of citations explained by a CF404 on a same-author entry
    of another year (``(Hasanova, 2023)`` vs an entry dated 2024) go into ``handled``."""
    out: list[Finding] = []
    done: set[tuple[int, int]] = set()  # (entry index, event date start): report once
    for lk in p.links:
        near = not lk.entries and lk.near is not None
        if (len(lk.entries) != 1 or lk.ambiguous) and not near:
            continue
        entry = lk.entries[0] if lk.entries else lk.near
        assert entry is not None
        ed = entry.date
        if ed is None:
            continue
        c = lk.citation
        s, e = sentence_bounds(p.doc.text, c.start, c.end)
        window = _dates_in(p, paragraph_start(p.doc.text, s), e)
        if any(_agrees(ed, d) for d in window):
            continue
        typo = next(
            (d for d in window if d.year != ed.year and ed.day_months() & d.day_months()), None
        )
        if typo is not None:
            if handled is not None and near:
                handled.add(c.start)
            if (entry.index, typo.start) not in done:
                done.add((entry.index, typo.start))
                out.append(_mismatch(p, c, entry, ed, typo))
            continue
        if near:
            continue
        sentence = [d for d in _dates_in(p, s, e) if d.explicit_year]
        if not sentence or is_future(p.doc.text, s, e):
            continue
        first = min(sentence, key=lambda d: d.earliest() or dt.date.max)
        ed_last, first_day = ed.latest(), first.earliest()
        if ed_last and first_day and ed_last < first_day and (entry.index, first.start) not in done:
            done.add((entry.index, first.start))
            msg = (
                f"reference {entry.key} is dated {ed.iso()}, before the event of the citing "
                f"sentence ({first.iso()}); check the entry's date or the cited source"
            )
            evs = [
                _entry_ev(p, entry),
                _cite_ev(p, c),
                evidence(p.doc, first.start, first.end, p.role, first.iso()),
            ]
            out.append(
                REFERENCE_PREDATES_EVENT.make(
                    msg, evs, subject=entry.url or entry.key, attribute="date"
                )
            )
    return out


def _mismatch(p: Parsed, c: Citation, entry: Entry, ed: DateMention, event: DateMention) -> Finding:
    msg = (
        f"reference {entry.key} is dated {ed.iso()} but the text it is cited for dates the "
        f"event {event.iso()}: same day and month, another year (a typo in the entry's year?)"
    )
    evs = [
        _entry_ev(p, entry),
        _cite_ev(p, c),
        evidence(p.doc, event.start, event.end, p.role, event.iso()),
    ]
    return REFERENCE_DATE_MISMATCH.make(msg, evs, subject=entry.url or entry.key, attribute="date")


# --- CF406 / CF407 ----------------------------------------------------------------------


def malformed(p: Parsed) -> list[Finding]:
    text = p.doc.text
    skip = [(x.start, x.end) for x in p.doc.excluded if x.reason in SKIP_REASONS]
    out: list[Finding] = []
    seen: set[str] = set()
    cands = [(u.url_start, u.url_end, u.url, url_problem(u.url)) for u in find_urls(text)]
    cands += [(u.url_start, u.url_end, u.url, "damaged scheme") for u in find_broken_schemes(text)]
    for s, e, url, problem in sorted(cands):
        if problem is None or url in seen or any(a <= s < b for a, b in skip):
            continue
        seen.add(url)
        msg = f"malformed URL {url!r}: {problem}"
        out.append(
            MALFORMED_URL.make(
                msg, [evidence(p.doc, s, e, p.role, url)], subject=url, attribute="url"
            )
        )
    for d in find_dois(text):
        problem = doi_problem(d.doi)
        if problem is None or d.doi in seen or any(a <= d.start < b for a, b in skip):
            continue
        seen.add(d.doi)
        msg = f"malformed DOI {d.doi!r}: {problem}"
        ev = evidence(p.doc, d.start, d.end, p.role, d.doi)
        out.append(MALFORMED_DOI.make(msg, [ev], subject=d.doi, attribute="doi"))
    return out


def readings_in(text: str, start: int, end: int) -> set[float]:
    vals: set[float] = set()
    for _s, _e, r in numbers(text, start, end):
        vals |= r
    return vals
