"""Find a document's reference list and parse its entries.

A list sits under a heading (``ƏDƏBİYYAT``, ``İstinadlar``, ``Mənbələr``, ``References``,
``Bibliography``, ``Sources``, ``Литература``, ``Список литературы`` …) or is a trailing run
of numbered entries. Entries are split on their printed numbers, or — in unnumbered lists —
on lines, where a line that starts with a URL (``/<https://…>, 14 dekabr 2022``) continues
the title line before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from crossfact.text import finditer_safe
from crossfact.verifier.citations.dates import (
    DateMention,
    find_dates,
    is_access_date,
    match_text,
)
from crossfact.verifier.citations.models import Entry, ReferenceList, Span
from crossfact.verifier.citations.urls import find_dois, find_urls, url_host

HEADINGS = [
    # az
    "ədəbiyyat", "ədəbiyyat siyahısı", "istifadə olunmuş ədəbiyyat", "istifadə edilmiş ədəbiyyat",
    "istinadlar", "mənbələr", "istifadə olunmuş mənbələr", "qaynaqlar",
    # en
    "references", "reference list", "bibliography", "sources", "works cited", "literature",
    "notes and references", "sources and references",
    # ru
    "литература", "список литературы", "список использованной литературы",
    "использованная литература", "источники", "список источников", "библиография",
]  # fmt: skip
_NAMES = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEADINGS, key=len)[::-1])
_HEADING = regex.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]*)?[*_]*[ \t]*(?:[\dIVX]{{1,4}}[.)]?[ \t]*)?(?:{_NAMES})[ \t]*[*_]*"
    rf"[ \t]*:?[ \t]*[*_]*[ \t]*$",
    regex.M | regex.V1,
)
# Sections that end a reference list.
_END_WORDS = (
    "abstract|summary|резюме|аннотация|xülasə|xulase|keywords|key words|ключевые слова|"
    "açar sözlər|acar sozler|appendix|приложение|əlavə|about the author|об авторе|müəllif haqqında"
)
_END_LINE = regex.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+.*|[*_]*[ \t]*(?:{_END_WORDS})\b.*)$", regex.M | regex.V1
)
_LINE = regex.compile(r"[^\n]+")
_MARKER = regex.compile(r"^[ \t]*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)])[ \t]+(?=\S)", regex.M)
_URL_LEAD = regex.compile(
    r"^[ \t]*(?:[/\-–—][ \t]*)?(?:<|\[)?(?:https?://|www\.|doi:|url:|режим доступа)", regex.I
)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NO_DATE = regex.compile(
    r"(?:^|[\s(,])(?:n\.\s?d\.|б\.\s?г\.|t\.\s?y\.|s\.\s?d\.)(?=$|[\s),.;])", regex.I
)


@dataclass
class _Line:
    start: int
    end: int


def find_reference_list(
    text: str, excluded: Sequence[tuple[int, int]] = ()
) -> ReferenceList | None:
    """The document's reference list, or None. The last valid heading wins."""

    def is_excluded(s: int) -> bool:
        return any(a <= s < b for a, b in excluded)

    low = match_text(text)
    for h in reversed(finditer_safe(_HEADING, low)):
        if is_excluded(h.start()):
            continue
        end = _section_end(text, low, h.end())
        refs = _parse_section(text, h.end(), end, Span(start=h.start(), end=h.end()))
        if refs is not None:
            return refs
    return _trailing_run(text, excluded) or footnote_list(text, excluded)


_FOOTNOTE_DEF = regex.compile(
    r"^[ \t]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<body>[^\n]*(?:\n(?:[ \t]{2,}|\t)[^\n]+)*)",
    regex.M,
)


def footnote_list(text: str, excluded: Sequence[tuple[int, int]] = ()) -> ReferenceList | None:
    """Markdown footnote definitions (``[^1]: Source, 2023``) as a reference list."""
    entries: list[Entry] = []
    for m in finditer_safe(_FOOTNOTE_DEF, text):
        if any(a <= m.start() < b for a, b in excluded):
            continue
        label = m.group("label")
        e = parse_entry(text, m.start("body"), m.end(), len(entries) + 1, None)
        entries.append(
            e.model_copy(
                update={
                    "start": m.start(),
                    "text": text[m.start() : m.end()],
                    "label": label,
                    "number": int(label) if label.isdigit() else None,
                }
            )
        )
    if not entries:
        return None
    return ReferenceList(
        start=entries[0].start, end=entries[-1].end, numbered=True, footnotes=True, entries=entries
    )


def _section_end(text: str, low: str, start: int) -> int:
    m = _END_LINE.search(low, start + 1, timeout=1.0)
    end = m.start() if m else len(text)
    # A long run of prose without a year or URL is the article again, not an entry.
    for line in finditer_safe(_LINE, text[start:end]):
        chunk = line.group(0)
        if len(chunk) > 600 and not _YEAR.search(chunk) and "http" not in chunk:
            return start + line.start()
    return end


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out = []
    for m in finditer_safe(_LINE, text[start:end]):
        if m.group(0).strip():
            out.append(_Line(start + m.start(), start + m.end()))
    return out


def _entry_like(chunk: str) -> bool:
    return bool(_YEAR.search(chunk) or "http" in chunk or "www." in chunk
                or _NO_DATE.search(chunk) or regex.search(r"\b10\.\d{4,9}/", chunk))  # fmt: skip


def _group(text: str, lines: list[_Line]) -> tuple[list[tuple[int, int, int | None]], bool]:
    """Group lines into entries: (start, end, printed number)."""
    marked = [ln for ln in lines if _MARKER.match(text, ln.start, ln.end)]
    numbered = len(marked) >= 2 and len(marked) * 2 >= len(lines)
    groups: list[list] = []  # [start, end, number, has_url]
    for ln in lines:
        chunk = text[ln.start : ln.end]
        m = _MARKER.match(text, ln.start, ln.end)
        if numbered:
            if m or not groups:
                num = m and int(m.group("a") or m.group("b"))
                groups.append([ln.start, ln.end, num or None, "http" in chunk])
            else:
                groups[-1][1] = ln.end
            continue
        prev = groups[-1] if groups else None
        starts_url = bool(_URL_LEAD.match(chunk))
        continues = prev is not None and (
            (starts_url and not prev[3])
            or chunk.lstrip()[:1].islower()
            or text[prev[1] - 1] in "-‐,"
        )
        if continues and prev is not None:
            prev[1] = ln.end
            prev[3] = prev[3] or "http" in chunk
        else:
            groups.append([ln.start, ln.end, None, "http" in chunk])
    return [(g[0], g[1], g[2]) for g in groups], numbered


def _parse_section(text: str, start: int, end: int, heading: Span | None) -> ReferenceList | None:
    lines = _lines(text, start, end)
    if not lines:
        return None
    groups, numbered = _group(text, lines)
    like = [g for g in groups if _entry_like(text[g[0] : g[1]])]
    if not like or len(like) * 2 < len(groups):
        return None
    entries = [parse_entry(text, s, e, i + 1, num) for i, (s, e, num) in enumerate(groups)]
    return ReferenceList(
        start=heading.start if heading else groups[0][0],
        end=groups[-1][1],
        heading=heading,
        numbered=numbered,
        entries=entries,
    )


def _trailing_run(text: str, excluded: Sequence[tuple[int, int]]) -> ReferenceList | None:
    """Numbered entries (1., 2., … or [1], [2], …) that end the document, with no heading.
    The numbers must run 1…n without gaps, so a numbered section heading is never a list."""
    lines = _lines(text, 0, len(text))
    run_start: int | None = None
    expected: int | None = None
    group_end = len(text)
    pending = 0
    for ln in reversed(lines):
        if any(a <= ln.start < b for a, b in excluded):
            break
        m = _MARKER.match(text, ln.start, ln.end)
        if not m:
            pending += 1
            if pending > 4:
                break
            continue
        num = int(m.group("a") or m.group("b"))
        # The entry is the marker line and the lines glued to it (no blank line between):
        # "2. Nəticə" followed by a paragraph of prose is a section heading, not an entry.
        gap = regex.search(r"\n[ \t]*\n", text[ln.start : group_end])
        chunk = text[ln.start : ln.start + gap.start()] if gap else text[ln.start : group_end]
        if (expected is not None and num != expected) or not _entry_like(chunk):
            break
        run_start, expected, pending, group_end = ln.start, num - 1, 0, ln.start
        if num == 1:
            break
    if run_start is None or expected != 0:
        return None
    refs = _parse_section(text, run_start, len(text), None)
    if refs is None or len(refs.entries) < 2 or not refs.numbered:
        return None
    return refs


# --- entries ---------------------------------------------------------------------------

_AUTHORS = regex.compile(
    r"^(?P<a>(?:(?:\p{Lu}[\p{L}'’\-]+,?[ \t]+(?:\p{Lu}\.[ \t]?){1,3}|(?:\p{Lu}\.[ \t]?){1,3}[ \t]*"
    r"\p{Lu}[\p{L}'’\-]+)(?:[,;]?[ \t]*(?:and|və|и|&|et al\.|və b\.|и др\.)?[ \t]*))+)",
    regex.V1,
)
_PERSON_BEFORE_DATE = regex.compile(
    r"[,/][ \t]*(?P<p>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]*,?[ \t]*$", regex.V1
)
_APA_HEAD = regex.compile(
    r"^(?P<who>[^()\n]{1,160}?)[ \t]*\((?:19|20)\d\d[a-z]?(?:,[^)]{1,30})?\)\.?[ \t]*"
)
_QUOTED = regex.compile(r"[“\"«„](?P<q>[^“”\"«»„\n]{2,200})[”\"»“]")
_PERIODICAL = regex.compile(
    r"^\s*(?:qəzeti|qezeti|jurnalı|jurnali|newspaper|journal|magazine|газета|газеты|журнал\p{L}*)",
    regex.I | regex.V1,
)


def parse_entry(text: str, start: int, end: int, index: int, number: int | None) -> Entry:
    """Authors, title, site, URL, DOI and date of one entry (``text[start:end]``)."""
    m = _MARKER.match(text, start, end)
    body_start = m.end() if m else start
    while body_start < end and text[body_start] in " \t":
        body_start += 1
    body = text[body_start:end]
    urls = find_urls(text, body_start, end)
    web = [u for u in urls if "doi.org/" not in u.url.lower()]
    dois = find_dois(text, body_start, end)
    blocked = [(u.start, u.end) for u in urls] + [(d.start, d.end) for d in dois]
    dates = [
        d
        for d in find_dates(text, body_start, end)
        if not any(a <= d.start < b for a, b in blocked) and not is_access_date(text, d)
    ]
    date = _pick_date(dates)
    authors = _authors(text, body, body_start, date)
    apa = _APA_HEAD.match(body)
    if apa:
        head = [d for d in dates if d.start < body_start + apa.end()]
        date = _pick_date(head) or date
        # "Author. (2024, March 11). Title. Site." — an organization is the author.
        if not authors:
            authors = [apa.group("who").strip(" .,")]
        rest_start = body_start + apa.end()
        title, site = _title_and_site(text[rest_start:end], rest_start, [], urls)
    else:
        title, site = _title_and_site(body, body_start, authors, urls)
    if site is None and web:
        site = url_host(web[0].url)
    first = web[0] if web else None
    return Entry(
        index=index,
        number=number,
        start=start,
        end=end,
        text=text[start:end],
        authors=authors,
        title=title,
        site=site,
        url=first.url if first else None,
        url_span=Span(start=first.start, end=first.end) if first else None,
        doi=dois[0].doi if dois else None,
        date=date,
        no_date=date is None and bool(_NO_DATE.search(body)),
    )


def _pick_date(dates: list[DateMention]) -> DateMention | None:
    """The publication date: the most precise explicit date, the last one on ties."""
    explicit = [d for d in dates if d.year is not None]
    if not explicit:
        return None
    rank = {"day": 2, "month": 1, "year": 0}
    return max(enumerate(explicit), key=lambda p: (rank[p[1].precision], p[0]))[1]


def _authors(text: str, body: str, body_start: int, date: DateMention | None) -> list[str]:
    m = _AUTHORS.match(body)
    if m:
        parts = regex.split(r"[ \t]*(?:;|,(?=[ \t]*\p{Lu}[\p{L}'’\-]+[, \t])|\band\b|\bvə\b|\bи\b|&)[ \t]*",
                            m.group("a").strip(" ,;"))  # fmt: skip
        names = [
            p.strip(" ,") for p in parts if p.strip(" ,") and not p.strip().startswith("et al")
        ]
        return [_surname(n) for n in names if _surname(n)]
    if date is not None:
        before = text[body_start : date.start]
        pm = _PERSON_BEFORE_DATE.search(before)
        if pm:
            return [pm.group("p").split()[-1]]
    return []


def _surname(name: str) -> str:
    words = [w for w in regex.split(r"[ \t,]+", name) if w and not regex.match(r"^\p{Lu}\.$", w)]
    words = [w for w in words if not regex.match(r"^(?:\p{Lu}\.)+$", w)]
    return words[0] if words else ""


def _title_and_site(
    body: str, body_start: int, authors: list[str], urls: list
) -> tuple[str | None, str | None]:
    site = None
    title = None
    for q in _QUOTED.finditer(body):
        if _PERIODICAL.match(body[q.end() :]):
            site = site or q.group("q").strip()
        elif title is None:
            title = q.group("q").strip()
    if title is None:
        rest = body
        m = _AUTHORS.match(body) if authors else None
        if m:
            rest = body[m.end() :]
        cut = len(rest)
        for u in urls:
            cut = min(cut, max(0, u.start - body_start - (len(body) - len(rest))))
        rest = rest[:cut]
        t = regex.split(r"(?<=\p{Ll}{2}|\)|\d{2})\.[ \t]|[ \t]/|\n", rest, maxsplit=1)[0]
        t = t.strip(" \t.,/–—-*_")
        title = t or None
    return title, site
