"""In-text citations: numbered (``[3]``, ``[3, 5]``, ``[3–5]``, ``[3, s. 14]``), author-year
(``(Ömərov, 2013, s.14)``, ``(Prezident.az., 2024)``, ``(“Title”, 2022)``,
``(Smith et al., 2020; Иванов, 2019)``) and inline URLs."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from crossfact.text import finditer_safe
from crossfact.verifier.citations.dates import match_text
from crossfact.verifier.citations.models import Citation
from crossfact.verifier.citations.urls import find_urls

_PAGE = r"(?:s|p|pp|с|стр|səh|c|S)\.?\s*\d+(?:\s*[-–]\s*\d+)?"
_NUMBERED = regex.compile(
    rf"(?<![!\w])\[(?P<body>\d{{1,3}}(?:\s*(?:[-–—]|,|;)\s*\d{{1,3}})*)(?:\s*[,;:]\s*{_PAGE})?\]"
    r"(?![(:])",
    regex.V1,
)
_FOOTNOTE = regex.compile(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")
_PAREN = regex.compile(r"\((?P<body>[^()]{2,400}?)\)")
_PART = regex.compile(
    rf"^\s*(?P<author>\S.*?)[\s,.]\s*(?P<year>(?:19|20)\d\d[a-zа-я]?|n\.\s?d\.|б\.\s?г\.|t\.\s?y\.)"
    rf"\s*(?:[,:]\s*(?:{_PAGE}|\d+(?:\s*[-–]\s*\d+)?))?\s*\.?\s*$",
    regex.V1 | regex.S,
)
_LEAD = regex.compile(r"^(?:see|cf\.|e\.g\.,?|bax:?|см\.:?|напр\.:?)\s+", regex.I)
_ETAL = regex.compile(
    r"\s*(?:,?\s*et\s+al\.?|,?\s*və\s+b\.|,?\s*и\s+др\.|,?\s*and\s+others)\s*$", regex.I
)
_QUOTES = "“”\"«»„'‘’"
# Author parts that are really dates or relative words: "(may, 2024)", "(since 2020)".
_NOT_AUTHOR = regex.compile(
    r"^(?:since|in|from|until|to|by|il|year|год|с|в|до|ildən|ilə|və|and|or|və ya|также|also)$",
    regex.I,
)
# Header labels whose URL is the document's own address, not a citation.
_LABEL_LINE = regex.compile(r"(?im)^[ \t>*_]*(?:doi|url|link|permalink|канонический)[ \t*_]*:")


def find_citations(
    text: str, skip: Sequence[tuple[int, int]] = (), places: frozenset[str] = frozenset()
) -> list[Citation]:
    """Every citation in ``text`` outside the ``skip`` spans (the reference list, excluded
    boilerplate), in order. ``places`` (folded names) are never authors: ``(Bakı, 2024)``
    is a dateline, not a citation."""

    def skipped(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in skip)

    out: list[Citation] = []
    for m in finditer_safe(_NUMBERED, text):
        if skipped(m.start(), m.end()) or _reference_link(text, m.start()):
            continue
        nums = _numbers(m.group("body"))
        if nums:
            out.append(
                Citation(
                    kind="numbered", start=m.start(), end=m.end(), text=m.group(0), numbers=nums
                )
            )
    for m in finditer_safe(_FOOTNOTE, text):
        if not skipped(m.start(), m.end()):
            out.append(
                Citation(
                    kind="footnote",
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    label=m.group("label"),
                )
            )
    for m in finditer_safe(_PAREN, text):
        if skipped(m.start(), m.end()):
            continue
        out.extend(_author_year(text, m, places))
    labels = label_lines(text)
    for u in find_urls(text):
        if skipped(u.start, u.end) or on_label_line(u.start, labels):
            continue
        out.append(
            Citation(kind="url", start=u.start, end=u.end, text=text[u.start : u.end], url=u.url)
        )
    # A URL inside an author-year parenthesis is the same citation seen twice: keep the URL.
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _reference_link(text: str, start: int) -> bool:
    """``[text][1]`` is a markdown reference-style link, but ``[1][2]`` is two citations."""
    if start == 0 or text[start - 1] != "]":
        return False
    opening = text.rfind("[", max(0, start - 300), start - 1)
    return opening < 0 or not regex.fullmatch(r"[\d\s,;–—-]+", text[opening + 1 : start - 1])


def label_lines(text: str) -> list[tuple[int, int]]:
    """Spans of ``DOI: …`` / ``URL: …`` lines: the document's own address, not citations."""
    out = []
    for lm in finditer_safe(_LABEL_LINE, text):
        end = text.find("\n", lm.end())
        out.append((lm.start(), len(text) if end < 0 else end))
    return out


def on_label_line(pos: int, labels: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in labels)


def _numbers(body: str) -> list[int]:
    nums: list[int] = []
    for part in regex.split(r"\s*[,;]\s*", body.strip()):
        rng = regex.match(r"^(\d+)\s*[-–—]\s*(\d+)$", part)
        if rng:
            a, b = int(rng.group(1)), int(rng.group(2))
            if a < b <= a + 200:
                nums.extend(range(a, b + 1))
            else:
                return []
        elif part.isdigit():
            nums.append(int(part))
    return [n for n in nums if n > 0]


def _author_year(text: str, m: regex.Match[str], places: frozenset[str]) -> list[Citation]:
    body = m.group("body")
    if "http" in body or "www." in body:
        return []
    parts = body.split(";")
    out = []
    for part in parts:
        pm = _PART.match(part)
        if not pm:
            return []  # one part that is not a citation: the parenthesis is prose
        author = _clean_author(pm.group("author"))
        if author is None or (author[:1] not in _QUOTES and is_place(author, places)):
            return []
        year_s = pm.group("year")
        nd = not year_s[:1].isdigit()
        out.append(
            Citation(
                kind="author-year",
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                author=author,
                year=None if nd else int(year_s[:4]),
                no_date=nd,
            )
        )
    return out


def is_place(name: str, places: frozenset[str]) -> bool:
    """``Bakı``, ``Bakıda``, ``Astana`` (a place name, maybe with a case suffix)."""
    key = match_text(name.strip())
    if " " not in key and any(
        key.startswith(p) and len(key) - len(p) <= 4 for p in places if len(p) >= 3
    ):
        return True
    return key in places


def _clean_author(raw: str) -> str | None:
    a = regex.sub(r"\s+", " ", raw).strip()
    a = _LEAD.sub("", a)
    quoted = a[:1] in _QUOTES
    a = _ETAL.sub("", a).strip(" ,")
    a = a.strip(_QUOTES + " ").rstrip(".,").strip()
    if not a or len(a) > 150 or not regex.search(r"\p{L}", a):
        return None
    if not quoted:
        if regex.search(r"\d", a.split(".")[0]) or len(a.split()) > 6:
            return None
        if not (a[:1].isupper()) or _NOT_AUTHOR.match(match_text(a)):
            return None
        if regex.search(r"[:!?]", a):
            return None
    return a
