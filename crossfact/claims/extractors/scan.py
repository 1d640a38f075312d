"""Regex scanning with a timeout and a span (every scan over document text goes through here)."""

from __future__ import annotations

import bisect
from functools import cache

import regex

TIMEOUT = 2.0


def scan(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[regex.Match[str]]:
    """``pattern.finditer`` over ``text[pos:endpos]`` with a timeout; on timeout returns
    the matches found so far (a pathological input degrades, it never hangs)."""
    found: list[regex.Match[str]] = []
    end = len(text) if endpos is None else endpos
    try:
        # (string, pos, endpos, overlapped, concurrent, partial, timeout): positional
        # arguments, as regex parses keywords slowly (~1 us a call)
        for m in pattern.finditer(text, pos, end, False, None, False, TIMEOUT):
            found.append(m)
    except TimeoutError:
        pass
    return found


class Spans:
    """Sorted, non-overlapping claimed spans with O(log n) overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)

    def hit(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, e - 1)
        # check the span starting before e with the largest start, and its predecessor
        for j in (i - 1, i - 2):
            if 0 <= j < len(self.starts) and self.starts[j] < e and s < self.ends[j]:
                return True
        return False


def match_at(
    pattern: regex.Pattern[str], text: str, pos: int, endpos: int | None = None
) -> regex.Match[str] | None:
    """``pattern.match`` at ``pos`` with a timeout (``None`` on timeout)."""
    try:
        # (string, pos, endpos, concurrent, partial, timeout), positionally as in scan()
        end = len(text) if endpos is None else endpos
        return pattern.match(text, pos, end, None, False, TIMEOUT)
    except TimeoutError:
        return None


@cache
def rx(pattern: str) -> regex.Pattern[str]:
    """``regex.compile`` memoised: a pattern from language data (or a literal) is compiled
    once, where ``regex.fullmatch(pattern, s)`` pays the module's cache lookup each call."""
    return regex.compile(pattern)


_DIGIT_RUN = regex.compile(r"\d+")


def digit_runs(text: str) -> list[int]:
    """Start offsets of every run of digits (one scan; shared by all extractors)."""
    return [m.start() for m in scan(_DIGIT_RUN, text)]


def word_starts(
    text: str, words: list[str], pos: int = 0, endpos: int | None = None, whole: bool = False
) -> list[int]:
    """Offsets in ``text[pos:endpos]`` where one of the literal ``words`` starts a word
    (``whole``: and ends one). ``str.find`` runs at C speed, where a regex alternation of
    literals would be tried at every position."""
    end = len(text) if endpos is None else endpos
    found = set()
    for w in words:
        n = len(w)
        i = text.find(w, pos, end)
        while i >= 0:
            if (i == 0 or not text[i - 1].isalnum()) and (
                not whole or i + n >= len(text) or not text[i + n].isalnum()
            ):
                found.add(i)
            i = text.find(w, i + 1, end)
    return sorted(found)


def literal_prefix(fragment: str) -> str:
    """The literal start of a regex fragment: ``перв\\w*`` -> ``перв``, ``the\\ssame`` -> ``the``."""
    m = regex.match(r"[^\\()\[\]?*+{|.]+", fragment)
    if not m:
        return ""
    lit = m.group()
    # "sept?": a quantifier after the last letter makes it optional
    return lit[:-1] if fragment[m.end() : m.end() + 1] in ("?", "*", "{") else lit
