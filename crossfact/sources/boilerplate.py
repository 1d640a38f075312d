"""Spans of a page that are not article prose and must yield no claims.

* a news-feed block: a run of at least three short date-time lines (``26 Oktyabr 18:41``)
  interleaved with short category or headline lines, with the feed's own header
  (``Xəbər lenti``, ``Related``, ``Последние новости``) when present;
* lone page numbers and ``Page 3 of 9`` lines of PDF-like text;
* running headers/footers: the same line repeated on three or more pages;
* link targets: URLs, e-mail addresses and bare DOIs (their digits are not facts).

A signature after the article (author name, position) is article content and is kept.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

import regex

from crossfact.sources.calendar import month_number
from crossfact.sources.models import Excluded
from crossfact.text import az_lower, finditer_safe

MIN_FEED_ITEMS = 3  # date-time lines needed to call a run a feed
MAX_FEED_GAP = 2  # non-date lines allowed between two date-time lines of a feed
SHORT_LINE = 100  # characters; a feed's category or headline line is at most this long

_TIME = r"\[?\(?\d{1,2}[:.]\d{2}\)?\]?"
_DAY_WORD = r"(?:today|yesterday|bu ?gün|dünən|сегодня|вчера)"
_DATE = (
    r"(?:\d{1,2}[ .]+(?P<m1>\p{L}{3,10})\.?,?(?:[ ]+\d{4})?,?"
    r"|(?P<m2>\p{L}{3,10})\.?[ ]+\d{1,2},?(?:[ ]+\d{4})?,?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|" + _DAY_WORD + r",?)"
)
_SEP = r"\s*(?:[|/,•·–-]\s*)?"
_DATETIME_LINE = regex.compile(rf"(?:{_DATE}{_SEP}{_TIME}|{_TIME}{_SEP}{_DATE}|{_TIME})")
_FEED_HEADER = regex.compile(
    r"(?:xəbər lenti|son xəbərlər|digər xəbərlər|hamısına bax|hamısı|ən çox oxunan|"
    r"günün xəbərləri|related|read more|more news|latest news|most read|more from|"
    r"последние новости|читайте также|другие новости|лента новостей|все новости)"
)
_PAGE_LABEL = regex.compile(
    r"(?:page|səh(?:ifə)?\.?|стр(?:аница)?\.?|с\.)\s*\d{1,4}(?:\s*(?:/|of|из|-dən)\s*\d{1,4})?"
    r"|[-–—]\s*\d{1,4}\s*[-–—]"
)
_BARE_NUMBER = regex.compile(r"\d{1,4}")
_LINK = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'“”«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b10\.\d{4,9}/[^\s<>\"'“”«»]+"
)


@dataclass(frozen=True)
class _Ln:
    start: int
    end: int
    text: str  # stripped
    key: str  # az_lower'ed


def find_boilerplate(text: str, fmt: str = "txt") -> list[Excluded]:
    """All non-prose spans of ``text``, sorted."""
    lines = _lines(text)
    out = news_feed(lines)
    if fmt in ("txt", "pdf"):
        out += page_numbers(lines) + repeated_lines(lines, out)
    out += link_spans(text)
    return sorted(out, key=lambda e: (e.start, e.end))


def _lines(text: str) -> list[_Ln]:
    out: list[_Ln] = []
    for m in finditer_safe(regex.compile(r"[^\r\n]+"), text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            line = text[s:e]
            # only short lines can be feed items, headers or page numbers
            out.append(_Ln(s, e, line, az_lower(line) if e - s <= 2 * SHORT_LINE else ""))
    return out


def is_datetime_line(line: str) -> bool:
    line = line.strip()
    if len(line) > 60:
        return False
    m = _DATETIME_LINE.fullmatch(az_lower(line), timeout=1.0)
    if not m:
        return False
    month = m.group("m1") or m.group("m2")
    return month is None or month_number(month) is not None


def _is_header(ln: _Ln) -> bool:
    return len(ln.text) <= 60 and bool(_FEED_HEADER.match(ln.key))


def _is_short(ln: _Ln) -> bool:
    return len(ln.text) <= SHORT_LINE and not ln.text.endswith((".", ":", ";", ","))


def news_feed(lines: list[_Ln]) -> list[Excluded]:
    dt_idx = [i for i, ln in enumerate(lines) if is_datetime_line(ln.text)]
    runs: list[list[int]] = []
    for i in dt_idx:
        if (
            runs
            and i - runs[-1][-1] <= MAX_FEED_GAP + 1
            and all(_is_short(lines[k]) for k in range(runs[-1][-1] + 1, i))
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[Excluded] = []
    for run in runs:
        if len(run) < MIN_FEED_ITEMS:
            continue
        first, last = run[0], run[-1]
        inside = {lines[k].key for k in range(first, last + 1)}
        while first > 0 and (
            _is_header(lines[first - 1])
            or (_is_short(lines[first - 1]) and lines[first - 1].key in inside)
            or (first > 1 and _is_short(lines[first - 1]) and _is_header(lines[first - 2]))
        ):
            first -= 1
        while last + 1 < len(lines) and (
            _is_header(lines[last + 1])
            or (_is_short(lines[last + 1]) and lines[last + 1].key in inside)
        ):
            last += 1
        tail = lines[last + 1 :]
        if len(tail) <= MAX_FEED_GAP and all(_is_short(t) for t in tail):
            last = len(lines) - 1  # the feed runs to the end of the page
        out.append(Excluded(start=lines[first].start, end=lines[last].end, reason="news-feed"))
    return out


def page_numbers(lines: list[_Ln]) -> list[Excluded]:
    """``Page 3``, ``- 4 -``, and bare numbers that count up like page numbers."""
    out = [
        Excluded(start=ln.start, end=ln.end, reason="boilerplate")
        for ln in lines
        if len(ln.text) <= 40 and _PAGE_LABEL.fullmatch(ln.key, timeout=1.0)
    ]
    bare = [ln for ln in lines if _BARE_NUMBER.fullmatch(ln.text)]
    values = [int(ln.text) for ln in bare]
    if len(bare) >= 2 and all(a < b <= a + 3 for a, b in itertools.pairwise(values)):
        out += [Excluded(start=ln.start, end=ln.end, reason="boilerplate") for ln in bare]
    return out


def repeated_lines(lines: list[_Ln], already: list[Excluded]) -> list[Excluded]:
    """Running headers/footers: one line repeated three or more times across the text."""

    def excluded(ln: _Ln) -> bool:
        return any(e.start <= ln.start and ln.end <= e.end for e in already)

    counts = Counter(ln.text for ln in lines if 8 <= len(ln.text) <= 120 and not excluded(ln))
    out: list[Excluded] = []
    for ln in lines:
        if counts.get(ln.text, 0) >= 3 and not excluded(ln) and not ln.text.endswith("."):
            out.append(Excluded(start=ln.start, end=ln.end, reason="boilerplate"))
    return out


def link_spans(text: str) -> list[Excluded]:
    out: list[Excluded] = []
    for m in finditer_safe(_LINK, text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,;:!?)]}>*_":
            e -= 1
        if e > s:
            out.append(Excluded(start=s, end=e, reason="markup"))
    return out
