"""Regex scanning with a timeout and a span (every scan over document text goes through here)."""

from __future__ import annotations

import bisect

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
        for m in pattern.finditer(text, pos, end, timeout=TIMEOUT):
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
