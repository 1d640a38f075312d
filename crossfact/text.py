"""Text utilities shared by every stage.

* Azerbaijani/Turkish-aware case folding (``I``→``ı``, ``İ``→``i``): Python's
  ``"İ".lower()`` yields ``i̇`` (with a stray U+0307) and must never reach matching.
* :class:`TextView` — a normalized view of a text with an offset map back to the
  original, so every span found in the view is reported as a span of the file.

What the view changes (see :func:`normalize_view`):

* NFC composition (``e`` + U+0301 → ``é``);
* soft hyphens and zero-width characters are dropped;
* line-break hyphenation is undone: ``ok-\\ntyabrın`` → ``oktyabrın``, also across one
  blank line (PDF page breaks).  A hyphen after a capital or a digit is kept and only
  the line break goes (``ŞƏT-\\nin`` → ``ŞƏT-in``, ``2023-\\ncü`` → ``2023-cü``).
  Known limitation: a real compound broken at its hyphen (``nəqliyyat-\\nlogistika``)
  is joined too (``nəqliyyatlogistika``); matching must tolerate that, the original
  text is never changed;
* every whitespace run (newlines included) becomes one space;
* Cyrillic look-alike letters inside mostly-Latin words become Latin (``Аzərbaycan``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

import regex

_AZ_UPPER = str.maketrans({"I": "ı", "İ": "i"})

# Cyrillic letters that look like Latin ones; used only inside Latin-script words.
_CYR_TO_LAT = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "һ": "h", "ԛ": "q", "ԝ": "w",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Һ": "H", "Ү": "Y",
    }
)  # fmt: skip
_LOOKALIKES = tuple(chr(k) for k in _CYR_TO_LAT)


def az_lower(s: str) -> str:
    """Lower-case with Azerbaijani/Turkish dotted and dotless i."""
    return s.translate(_AZ_UPPER).lower()


def fold(s: str) -> str:
    """Case- and width-fold for matching; keeps the string length unchanged."""
    out = az_lower(s)
    # U+0307 can still appear from decomposed input; drop it without shifting length.
    return out.replace("\u0307", "\u200b") if "\u0307" in out else out


def match_fold(s: str) -> str:
    """:func:`fold`, then dotless ``ı`` as ``i``: one key for az ``İnterstate``/``ınterstate``
    and en ``Interstate`` alike, so mixed-language text matches one lexicon
    (length-preserving)."""
    return fold(s).replace("ı", "i")


def fold_lookalikes(s: str) -> str:
    """Replace every Cyrillic look-alike letter by its Latin twin (length-preserving)."""
    return s.translate(_CYR_TO_LAT)


def line_col(text: str, offset: int, line_starts: list[int] | None = None) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    starts = line_starts if line_starts is not None else line_start_offsets(text)
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def line_start_offsets(text: str) -> list[int]:
    starts = [0]
    for m in regex.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return starts


class TextView:
    """A normalized view of ``original``; ``offsets[i]`` is the original index of view char i.

    ``offsets`` has one extra trailing entry (``len(original)``) so that end offsets map too.
    ``ends[i]`` (when present) is the original end (exclusive) of what view char ``i``
    stands for: a collapsed whitespace run or an NFC-composed cluster covers several
    original characters.

    :func:`normalize_view` builds the map as runs, not per character: a run of copied
    characters maps by arithmetic (view char ``v0 + k`` is original char ``o0 + k``), and
    each changed character (a collapsed whitespace run) is a run of its own with its
    original end.  ``offsets`` and ``ends`` are then built only when asked for.
    """

    def __init__(
        self,
        original: str,
        text: str,
        offsets: tuple[int, ...] | None = None,
        ends: tuple[int, ...] | None = None,
        runs: tuple[list[int], list[int], list[int]] | None = None,
    ) -> None:
        self.original = original
        self.text = text
        self._offsets = offsets
        self._ends = ends
        # runs: view start, original start, and -1 (copied run) or the original end of
        # a one-character run; plus each run's original end, for bisection
        self._runs = runs
        if runs is not None:
            vs, os_, ex = runs
            bounds = [*vs[1:], len(text)] if vs else []
            self._run_ends = [
                o + (b - v) if x < 0 else x for v, o, x, b in zip(vs, os_, ex, bounds, strict=True)
            ]

    @classmethod
    def identity(cls, original: str) -> TextView:
        return cls(original, original, runs=([0], [0], [-1]) if original else ([], [], []))

    @property
    def offsets(self) -> tuple[int, ...]:
        if self._offsets is None:
            self._offsets, self._ends = self._materialize()
        return self._offsets

    @property
    def ends(self) -> tuple[int, ...] | None:
        if self._runs is not None and self._ends is None:
            self._offsets, self._ends = self._materialize()
        return self._ends

    def _materialize(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        assert self._runs is not None
        vs, os_, ex = self._runs
        starts: list[int] = []
        ends: list[int] = []
        for v, o, x, b in zip(vs, os_, ex, [*vs[1:], len(self.text)] if vs else [], strict=True):
            if x < 0:
                starts.extend(range(o, o + b - v))
                ends.extend(range(o + 1, o + b - v + 1))
            else:
                starts.append(o)
                ends.append(x)
        starts.append(len(self.original))
        return tuple(starts), tuple(ends)

    def _start_of(self, i: int) -> int:
        """Original start of view char ``i`` (``len(original)`` past the end)."""
        if self._runs is None:
            return self.offsets[i]
        if i >= len(self.text):
            return len(self.original)
        vs, os_, ex = self._runs
        k = bisect.bisect_right(vs, i) - 1
        return os_[k] + (i - vs[k]) if ex[k] < 0 else os_[k]

    def _end_of(self, i: int) -> int:
        """Original end (exclusive) of view char ``i``."""
        if self._runs is None:
            return self.ends[i] if self.ends is not None else self.offsets[i] + 1
        vs, os_, ex = self._runs
        k = bisect.bisect_right(vs, i) - 1
        return os_[k] + (i - vs[k]) + 1 if ex[k] < 0 else ex[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original text."""
        if end <= start:
            o = self._start_of(start)
            return o, o
        return self._start_of(start), self._end_of(end - 1)

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the smallest view span covering it."""
        n = len(self.text)
        if self._runs is not None:
            s = self._first_ending_after(start)
            e = self._first_starting_at(end)
            return s, max(s, e)
        if self.ends is None:
            s = bisect.bisect_left(self.offsets, start, 0, n)
            e = bisect.bisect_left(self.offsets, end, 0, n)
            return s, max(s, e)
        s = bisect.bisect_right(self.ends, start, 0, n)  # first view char ending after start
        e = bisect.bisect_left(self.offsets, end, 0, n)  # first view char starting at/after end
        return s, max(s, e)

    def _first_ending_after(self, pos: int) -> int:
        """The first view char whose original end lies after ``pos`` (``n`` if none)."""
        assert self._runs is not None
        vs, os_, ex = self._runs
        k = bisect.bisect_right(self._run_ends, pos)  # first run ending after pos
        if k >= len(vs):
            return len(self.text)
        return vs[k] + max(0, pos - os_[k]) if ex[k] < 0 else vs[k]

    def _first_starting_at(self, pos: int) -> int:
        """The first view char whose original start is at or after ``pos`` (``n`` if none)."""
        assert self._runs is not None
        vs, os_, ex = self._runs
        k = bisect.bisect_right(os_, pos) - 1  # last run starting at or before pos
        if k >= 0:
            if os_[k] == pos:
                return vs[k]
            if ex[k] < 0 and pos < self._run_ends[k]:
                return vs[k] + (pos - os_[k])
        return vs[k + 1] if k + 1 < len(vs) else len(self.text)


_SOFT_HYPHEN = "\u00ad"
_DROPPED = frozenset({_SOFT_HYPHEN, "\u200b", "\u2060", "\ufeff"})
_HYPHENS = frozenset("-\u2010\u00ad")
_NL = r"(?:\r\n|[\n\r\u2028\u2029\x85])"
_HS = r"[ \t\u00a0]*"
# A hyphen, line break(s) (at most one blank line) and a lower-case letter.  After a
# lower-case letter this is hyphenation and the hyphen goes too; otherwise (``ŞƏT-\nin``)
# only the break goes.  The second form needs no left context, so the view of any
# substring agrees with the view of the whole.
_HYPHEN_BREAK_SRC = rf"[-\u2010\u00ad]{_HS}{_NL}(?:{_HS}{_NL})?{_HS}(?=\p{{Ll}})"
_HYPHEN_BREAK = regex.compile(_HYPHEN_BREAK_SRC)
_WS_RUN = regex.compile(r"[\p{White_Space}]+")
# \p{White_Space} spelled out, so the scan below can run on the faster stdlib ``re``
# (tests check it equals the property).
WHITE_SPACE = "\t\n\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Where the view may differ from the original, found by C-speed scans: a hyphen before a
# line break (a hyphen break if ``_HYPHEN_BREAK`` matches there), a dropped character,
# whitespace other than a plain space, and two spaces.  One plain space maps to itself.
# Every pattern in this module is linear-time (classes under single quantifiers, no
# nested repetition), so, as before, they run without the timeout of ``finditer_safe``.
_HYPHEN_NL = re.compile(r"[-\u2010\u00ad][ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029\x85])")
_DROP_OR_WS = re.compile(rf"[\u00ad\u200b\u2060\ufeff{WHITE_SPACE}]")
# A Cyrillic run with a letter of another script on either side (one C-speed scan; a
# Russian word between spaces never matches, so plain Russian text costs no Python loop)
_SCRIPT_EDGE = regex.compile(
    r"(?<=[^\W\d_\p{Script=Cyrillic}])(?P<a>\p{Script=Cyrillic})|\p{Script=Cyrillic}(?=[^\W\d_\p{Script=Cyrillic}])"
)
_WORD_CHAR = regex.compile(r"\w")
_WORD_RUN = regex.compile(r"\w+")
_LATIN_WORD_WITH_CYR = regex.compile(
    r"\b(?=\p{L}*\p{Script=Latin})(?=\p{L}*\p{Script=Cyrillic})\p{L}+\b"
)


def normalize_view(original: str) -> TextView:
    """Build the matching view (see the module docstring); every view character keeps
    the original span it came from.

    Unchanged runs are copied whole (one run of the map each); only the few places that
    change are visited, left to right.  No hyphen is whitespace and no
    whitespace is dropped, so this finds exactly the breaks, drops and runs that a
    character-by-character walk would."""
    cands = [m.start() for m in _HYPHEN_NL.finditer(original)]
    cands += [m.start() for m in _DROP_OR_WS.finditer(original)]
    i = original.find("  ")
    while i >= 0:
        cands.append(i)
        i = original.find("  ", i + 2)
    cands.sort()
    chunks: list[str] = []
    vs: list[int] = []  # runs, see TextView
    os_: list[int] = []
    ex: list[int] = []
    size = 0  # view length so far
    last = 0

    def copy(a: int, b: int) -> None:
        nonlocal size
        chunks.append(original[a:b])
        vs.append(size)
        os_.append(a)
        ex.append(-1)
        size += b - a

    def one(ch: str, o: int, end: int) -> None:
        nonlocal size
        chunks.append(ch)
        vs.append(size)
        os_.append(o)
        ex.append(end)
        size += 1

    for s in cands:
        if s < last:
            continue  # inside a break or run already taken
        ch = original[s]
        if ch in _HYPHENS:
            hb = _HYPHEN_BREAK.match(original, s)
            if hb is None:
                if ch != _SOFT_HYPHEN:
                    continue  # a plain hyphen; the whitespace after it is a candidate too
                e = s + 1  # a soft hyphen is dropped
            else:
                e = hb.end()
            if s > last:
                copy(last, s)
            last = e
            if hb is not None and ch != _SOFT_HYPHEN:
                prev = original[s - 1] if s > 0 else ""
                if not (prev.islower() and unicodedata.category(prev) == "Ll"):
                    # not hyphenation: keep the hyphen itself; the break belongs to no char
                    one(ch, s, s + 1)
            continue
        if ch in _DROPPED:
            if s > last:
                copy(last, s)
            last = s + 1
            continue
        while s > last and original[s - 1] == " ":
            s -= 1  # the run starts with the plain spaces before it
        if s > last:
            copy(last, s)
        last = _WS_RUN.match(original, s).end()
        one(" ", s, last)
    n = len(original)
    if last < n:
        copy(last, n)
    text = "".join(chunks)
    if not unicodedata.is_normalized("NFC", text):
        view = TextView(original, text, runs=(vs, os_, ex))
        starts, ends = list(view.offsets[:-1]), list(view.ends or ())
        text, starts, ends = _nfc_with_offsets(text, starts, ends)
        starts.append(n)
        return TextView(original, _fix_lookalikes(text), tuple(starts), tuple(ends))
    return TextView(original, _fix_lookalikes(text), runs=(vs, os_, ex))


def _nfc_with_offsets(
    text: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """NFC per cluster (a starter and its combining marks); every composed character
    maps to the whole original cluster.  Only clusters that hold a combining mark or a
    character NFC changes on its own are looked at; the rest is copied whole."""
    chars = set(text)
    marks = "".join(regex.escape(c) for c in chars if unicodedata.combining(c))
    unstable = "".join(regex.escape(c) for c in chars if unicodedata.normalize("NFC", c) != c)
    alts = [rf"[^{marks}]?[{marks}]+"] if marks else []
    if unstable:
        alts.append(f"[{unstable}]")
    out: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    last = 0
    for m in regex.finditer("|".join(alts), text) if alts else ():
        cs, j = m.span()
        comp = unicodedata.normalize("NFC", m.group())
        if comp == m.group():
            continue
        out.append(text[last:cs])
        out_s.extend(starts[last:cs])
        out_e.extend(ends[last:cs])
        out.append(comp)
        out_s.extend([starts[cs]] * len(comp))
        out_e.extend([ends[j - 1]] * len(comp))
        last = j
    out.append(text[last:])
    out_s.extend(starts[last:])
    out_e.extend(ends[last:])
    return "".join(out), out_s, out_e


def _fix_lookalikes(text: str) -> str:
    """Latin-script words with Cyrillic look-alike letters become Latin.  Such a word has a
    Cyrillic run next to another letter, so only those runs' words are tested."""
    if not any(c in text for c in _LOOKALIKES):
        return text
    words: dict[int, str] = {}
    word_char = _WORD_CHAR.match
    covered = 0  # end of the last word looked at: each word is walked once (linear time)
    for r in _SCRIPT_EDGE.finditer(text):
        # a Cyrillic run's edge inside a word: a letter of another script borders it
        p = r.start() if r.group("a") else r.end()
        if p > covered and word_char(text, p - 1) and word_char(text, p):
            a = p - 1
            while a > covered and word_char(text, a - 1):
                a -= 1
            covered = _WORD_RUN.match(text, a).end()
            m = _LATIN_WORD_WITH_CYR.match(text, a)
            if m:
                w = m.group()
                latin = sum(1 for c in w if "LATIN" in unicodedata.name(c, ""))
                words[a] = w.translate(_CYR_TO_LAT) if latin * 2 >= len(w) else w
    if not words:
        return text
    out: list[str] = []
    last = 0
    for a in sorted(words):
        out.append(text[last:a])
        out.append(words[a])
        last = a + len(words[a])
    out.append(text[last:])
    return "".join(out)


def finditer_safe(
    pattern: regex.Pattern[str], text: str, timeout: float = 1.0
) -> list[regex.Match[str]]:
    """``pattern.finditer`` with a timeout; on timeout returns what was found so far."""
    found: list[regex.Match[str]] = []
    try:
        for m in pattern.finditer(text, timeout=timeout):
            found.append(m)
    except TimeoutError:
        pass
    return found


Normalizer = Callable[[str], TextView]
