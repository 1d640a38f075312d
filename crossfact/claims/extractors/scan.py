"""Regex scanning with a timeout and a span (every scan over document text goes through here)."""

from __future__ import annotations

import bisect
import re
import re._constants as _c
import re._parser as _parser
import warnings
from collections.abc import Sequence
from functools import cache
from typing import Any

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


_BACKWARD: dict[int, tuple[regex.Pattern[str], regex.Pattern[str] | None]] = {}


def backward(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """``pattern`` compiled to match right to left (``regex.REVERSE``), or ``None`` where
    the direction may change what matches (atomic groups, possessive quantifiers)."""
    hit = _BACKWARD.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        src = pattern.pattern
        atomic = "(?>" in src or any(q + "+" in src for q in ("*", "+", "?", "}"))
        rev = None if atomic else regex.compile(src, pattern.flags | regex.REVERSE)
        hit = _BACKWARD[id(pattern)] = (pattern, rev)
    return hit[1]


def ends_at(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether ``pattern``, anchored at its end (``…\\s$``), matches in ``text[pos:endpos]``:
    searched backwards from ``endpos``, where a search forwards tries every start in the
    window first. With a timeout, as :func:`scan`."""
    rev = backward(pattern)
    if rev is None:
        return bool(scan(pattern, text, pos, endpos))
    try:
        # (string, pos, endpos, concurrent, partial, timeout), positionally as in scan()
        return rev.search(text, pos, endpos, None, False, TIMEOUT) is not None
    except TimeoutError:
        return False


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


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with; ``None`` when that is no short
    list (a class such as ``\\w``, a wide range, an empty match, case-insensitivity, syntax
    of ``regex`` that ``re`` does not parse). Lookarounds and anchors are passed over: they
    only narrow, so the answer may hold too many characters, never too few."""
    if "[:" in pattern:
        return None  # a POSIX class to ``regex``, a plain set to ``re``
    try:
        # a FutureWarning ("possible nested set") marks a set ``regex`` may read otherwise
        with warnings.catch_warnings(action="error"):
            parsed = _parser.parse(pattern)
    except (re.error, FutureWarning, OverflowError, RecursionError):
        return None
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        return None
    chars, nullable = _first(list(parsed))
    return None if chars is None or nullable else frozenset(chars)


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width
        chars, nullable = _first_of(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < 256:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None, False  # a negated set, a category, a wide range
        return chars, False
    if op is _c.SUBPATTERN:
        return _first(av[3]) if not (av[1] or av[2]) else (None, False)  # no inline flags
    if op is _c.ATOMIC_GROUP:
        return _first(av)
    if op is _c.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            c, n = _first(alt)
            if c is None:
                return None, False
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        c, n = _first(av[2])
        return (c, n or av[0] == 0) if c is not None else (None, False)
    return None, False


NOT_RX_SPACE = "\x1c\x1d\x1e\x1f"  # str.isspace(), but no ``\\s`` to ``regex``


def may_start(first: frozenset[str] | None, text: str, pos: int) -> bool:
    """Whether ``\\s?(?:X)`` can match at ``pos``, ``first`` being ``first_chars(X)``: its
    character, or the next one after a space, is one ``X`` starts with (``None``: maybe)."""
    if first is None:
        return True
    c = text[pos : pos + 1]
    if c in first:
        return True
    return c.isspace() and c not in NOT_RX_SPACE and text[pos + 1 : pos + 2] in first


def spaced_first(pattern: regex.Pattern[str], inner: str) -> frozenset[str] | None:
    """``first_chars(inner)`` if ``pattern`` is ``\\s?(?:inner)``, else ``None`` (maybe)."""
    return first_chars(inner) if pattern.pattern == rf"\s?(?:{inner})" else None


class Dispatch:
    """An alternation of named groups split by the first character of the text: at a
    position only the alternatives that can start with its character are tried, in their
    order, so the first match (and ``lastgroup``) is the whole alternation's.

    ``alts`` are ``(name, pattern)``; an alternative whose first characters are unknown
    (see :func:`first_chars`) is tried at every character."""

    def __init__(self, alts: Sequence[tuple[str, str]], flags: int) -> None:
        firsts = [first_chars(p) for _, p in alts]

        def compiled(keep: list[int]) -> regex.Pattern[str] | None:
            body = "|".join(f"(?P<{alts[i][0]}>{alts[i][1]})" for i in keep)
            return regex.compile(f"(?:{body})", flags) if keep else None

        self.rest = compiled([i for i, f in enumerate(firsts) if f is None])
        self.by_char: dict[str, regex.Pattern[str] | None] = {}
        for c in sorted(set().union(*(f for f in firsts if f is not None))):
            self.by_char[c] = compiled([i for i, f in enumerate(firsts) if f is None or c in f])

    def match(self, text: str, pos: int) -> regex.Match[str] | None:
        """The alternation's match at ``pos`` (no timeout, as ``pattern.match``)."""
        p = self.by_char.get(text[pos : pos + 1], self.rest)
        return p.match(text, pos) if p is not None else None
