"""Link each citation to its reference entries.

Numbers resolve by printed number (or by position in an unnumbered list); URLs by their
normalized form (scheme, ``www.``, escapes and Azerbaijani letters folded), a prefix
(``…797219,11`` cites ``…797219``) or a near-identical path on the same host; author-year
citations by a fuzzy match (rapidfuzz) of the author, site or title, plus the year.
"""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from crossfact.verifier.citations.models import Citation, Entry, Link, ReferenceList
from crossfact.verifier.citations.urls import latinize, normalize_doi, normalize_url

MATCH = 85.0  # fuzzy score (0-100) for an author/site/title to count as the same
URL_MATCH = 92.0


def link_citations(citations: list[Citation], refs: ReferenceList | None) -> list[Link]:
    entries = refs.entries if refs else []
    by_number = {e.number: e for e in entries if e.number is not None}
    out = []
    for c in citations:
        if c.kind == "numbered":
            found, missing = [], []
            for n in c.numbers:
                e = (
                    by_number.get(n)
                    if by_number
                    else (entries[n - 1] if 0 < n <= len(entries) else None)
                )
                if e is None:
                    missing.append(f"[{n}]")
                elif e not in found:
                    found.append(e)
            out.append(Link(citation=c, entries=found, missing=missing))
        elif c.kind == "footnote":
            found = [e for e in entries if e.label == c.label][:1]
            out.append(Link(citation=c, entries=found, missing=[] if found else [c.text]))
        elif c.kind == "url":
            e = match_url(c.url or "", entries)
            out.append(
                Link(citation=c, entries=[e] if e else [], missing=[] if e else [c.url or ""])
            )
        else:
            out.append(_author_year(c, entries))
    return out


def match_url(url: str, entries: list[Entry]) -> Entry | None:
    if not url:
        return None
    u = normalize_url(url)
    doi = regex.search(r"(?i)doi\.org/(10\.\S+)", url)
    best: tuple[float, Entry] | None = None
    for e in entries:
        if doi and e.doi and normalize_doi(e.doi) == normalize_doi(doi.group(1)):
            return e
        if not e.url:
            continue
        v = normalize_url(e.url)
        if u == v:
            return e
        longer, shorter = (u, v) if len(u) > len(v) else (v, u)
        if longer.startswith(shorter) and not longer[len(shorter)].isalnum() and "/" in shorter:
            score = 99.0
        elif u.split("/", 1)[0] == v.split("/", 1)[0] and "/" in u and "/" in v:
            score = fuzz.ratio(u, v)
        else:
            continue
        if score >= URL_MATCH and (best is None or score > best[0]):
            best = (score, e)
    return best[1] if best else None


def _key(s: str) -> str:
    return regex.sub(r"[^\p{L}\p{N}. ]+", " ", latinize(s)).strip(" .")


def name_score(author: str, e: Entry) -> float:
    """How well an author-year key names entry ``e`` (0-100). ``ə`` is tried both as ``e``
    (web slugs: azerbaycan) and as ``a`` (English transliteration: Aliyev, Mammadov)."""
    return max(_name_score(author, e, a_for_schwa) for a_for_schwa in (False, True))


def _name_score(author: str, e: Entry, a_for_schwa: bool) -> float:
    def k(s: str) -> str:
        return _key(s.replace("ə", "a").replace("Ə", "A") if a_for_schwa else s)

    key = k(author)
    if not key:
        return 0.0
    first = key.split()[0]
    scores = [fuzz.ratio(first, k(a).split()[0]) for a in e.authors if k(a)]
    for site in (e.site, e.url and normalize_url(e.url).split("/", 1)[0]):
        if site:
            s = k(site)
            scores.append(fuzz.ratio(key, s))
            scores.append(fuzz.ratio(key.split(".")[0], s.split(".")[0]))
    if e.title and (len(key.split()) >= 2 or not e.authors):
        t = k(e.title)
        scores.append(fuzz.token_set_ratio(key, t) if len(key.split()) >= 2 else 0.0)
        if len(key) >= 12:
            scores.append(fuzz.partial_ratio(key, t))
    return max(scores, default=0.0)


def _author_year(c: Citation, entries: list[Entry]) -> Link:
    scored = [(name_score(c.author or "", e), e) for e in entries]
    named = [(s, e) for s, e in scored if s >= MATCH]
    if not named:
        return Link(citation=c, missing=[c.text])

    def year_ok(e: Entry) -> bool:
        if c.no_date:
            return e.no_date or e.date is None
        return e.date is None or e.date.year == c.year

    fit = sorted(((s, e) for s, e in named if year_ok(e)), key=lambda p: -p[0])
    if not fit:
        near = max(named, key=lambda p: p[0])[1]
        return Link(citation=c, missing=[c.text], near=near)
    best = fit[0][0]
    top = [e for s, e in fit if s >= best - 2]
    return Link(citation=c, entries=[top[0]], ambiguous=len(top) > 1)
