"""Day and week words counted from the publication date: "dünən", "yesterday", "вчера";
"ötən həftə", "last week", "на прошлой неделе".

They are resolved in :mod:`crossfact.claims.resolve` against the publication date --
the sources stage's or a dateline's, year-less ones included; without a publication
date they date nothing and are dropped. "Today" and its kin are left out on purpose:
"bu gün" / "today" mostly means "nowadays" in editorial prose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import rx, scan
from crossfact.claims.lang import get_lang


@cache
def _pattern(code: str) -> regex.Pattern[str] | None:
    lang = get_lang(code)
    days = [regex.escape(w).replace(r"\ ", r"\s") for w in lang.relative_days]
    alts = sorted(days, key=len, reverse=True) + list(lang.relative_weeks)
    if not alts:
        return None
    return regex.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


# part of a week is no week: "до конца текущей недели", "by the end of next week",
# "bu həftənin sonunda"
_PART_BEFORE = regex.compile(
    r"(?:(?:end|start|beginning|middle)\sof\s(?:the\s)?|(?:конц|начал|середин)\w*\s)$"
)
_PART_AFTER = regex.compile(r"\s(?:sonu|əvvəli|ortası)\w*")


def _offset(words: Mapping[str, int], found: str, literal: bool) -> int | None:
    for w, n in words.items():
        if (" ".join(found.split()) == w) if literal else rx(w).fullmatch(found):
            return n
    return None


@cache
def _literals(code: str) -> tuple[str, ...]:
    """Substrings one of which any match of :func:`_pattern` holds: the day words (their
    first word) and the week word."""
    lang = get_lang(code)
    words = {w.split()[0] for w in lang.relative_days}
    if lang.relative_weeks:
        words.add(lang.week_word)
    return tuple(sorted(words))


_WORDS_BACK = 3  # a match starts at most this many words before its day or week word


def _windows(t: str, start: int, end: int, code: str) -> list[tuple[int, int]]:
    """Stretches of ``[start, end)`` that hold every match of :func:`_pattern`: from a few
    words before each day or week word (found by C-speed substring search) to some way
    past it; overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for w in _literals(code):
        i = t.find(w, start, end)
        while i >= 0:
            a = i
            for _ in range(_WORDS_BACK + 1):
                a = t.rfind(" ", start, a - 1) if a - 1 > start else start
                a = start if a < start else a
            spans.append((a, min(end, i + len(w) + 40)))
            i = t.find(w, i + 1, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def extract_relative_days(ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    t = ctx.folded
    for start, end, code in ctx.regions:
        pat = _pattern(code)
        if pat is None:
            continue
        lang = get_lang(code)
        found = (m for a, b in _windows(t, start, end, code) for m in scan(pat, t, a, b))
        for m in found:
            day = _offset(lang.relative_days, m.group(0), literal=True)
            week = None if day is not None else _offset(lang.relative_weeks, m.group(0), False)
            if day is None and (
                week is None
                or _PART_BEFORE.search(ctx.folded, max(0, m.start() - 20), m.start())
                or _PART_AFTER.match(ctx.folded, m.end())
            ):
                continue
            parts: dict[str, object] = {"dayoff": day} if day is not None else {"weekoff": week}
            out.append(Mention(m.start(), m.end(), "date", code, parts=parts))
    return out


def counted_from(pub: dt.date, parts: dict[str, object]) -> str | None:
    """The ISO value of a day or week word in a text published on ``pub``: a day, or a
    week from Monday to Sunday ("last week" in a text of Thursday 12 June 2025 is
    2025-06-02/2025-06-08)."""
    day, week = parts.get("dayoff"), parts.get("weekoff")
    if isinstance(day, int):
        return (pub + dt.timedelta(days=day)).isoformat()
    if isinstance(week, int):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=week)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    return None
