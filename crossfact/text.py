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
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class TextView:
    """A normalized view of ``original``; ``offsets[i]`` is the original index of view char i.

    ``offsets`` has one extra trailing entry (``len(original)``) so that end offsets map too.
    ``ends[i]`` (when present) is the original end (exclusive) of what view char ``i``
    stands for: a collapsed whitespace run or an NFC-composed cluster covers several
    original characters.
    """

    original: str
    text: str
    offsets: tuple[int, ...]
    ends: tuple[int, ...] | None = None

    @classmethod
    def identity(cls, original: str) -> TextView:
        n = len(original)
        return cls(original, original, tuple(range(n + 1)), tuple(range(1, n + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        last = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return self.offsets[start], last

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the smallest view span covering it."""
        n = len(self.text)
        if self.ends is None:
            s = bisect.bisect_left(self.offsets, start, 0, n)
            e = bisect.bisect_left(self.offsets, end, 0, n)
            return s, max(s, e)
        s = bisect.bisect_right(self.ends, start, 0, n)  # first view char ending after start
        e = bisect.bisect_left(self.offsets, end, 0, n)  # first view char starting at/after end
        return s, max(s, e)


_SOFT_HYPHEN = "\u00ad"
_DROPPED = frozenset({_SOFT_HYPHEN, "\u200b", "\u2060", "\ufeff"})
_NL = r"(?:\r\n|[\n\r\u2028\u2029\x85])"
_HS = r"[ \t\u00a0]*"
# A hyphen, line break(s) (at most one blank line) and a lower-case letter.  After a
# lower-case letter this is hyphenation and the hyphen goes too; otherwise (``ŞƏT-\nin``)
# only the break goes.  The second form needs no left context, so the view of any
# substring agrees with the view of the whole.
_HYPHEN_BREAK = regex.compile(rf"[-\u2010\u00ad]{_HS}{_NL}(?:{_HS}{_NL})?{_HS}(?=\p{{Ll}})")
_WS_RUN = regex.compile(r"[\p{White_Space}]+")
_LATIN_WORD_WITH_CYR = regex.compile(
    r"\b(?=\p{L}*\p{Script=Latin})(?=\p{L}*\p{Script=Cyrillic})\p{L}+\b"
)


def normalize_view(original: str) -> TextView:
    """Build the matching view (see the module docstring); every view character keeps
    the original span it came from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(original)
    breaks: dict[int, tuple[int, bool]] = {}
    for m in _HYPHEN_BREAK.finditer(original):
        prev = original[m.start() - 1] if m.start() > 0 else ""
        breaks[m.start()] = (m.end(), prev.islower() and unicodedata.category(prev) == "Ll")
    i = 0
    while i < n:
        hb = breaks.get(i)
        if hb is not None:
            end, hyphenation = hb
            if not hyphenation and original[i] != _SOFT_HYPHEN:
                # keep the hyphen itself; the break belongs to no char
                chars.append(original[i])
                starts.append(i)
                ends.append(i + 1)
            i = end
            continue
        ch = original[i]
        if ch in _DROPPED:
            i += 1
            continue
        m = _WS_RUN.match(original, i)
        if m:
            chars.append(" ")
            starts.append(i)
            ends.append(m.end())
            i = m.end()
            continue
        chars.append(ch)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    text = "".join(chars)
    if not unicodedata.is_normalized("NFC", text):
        text, starts, ends = _nfc_with_offsets(text, starts, ends)
    text = _fix_lookalikes(text)
    starts.append(n)
    return TextView(original, text, tuple(starts), tuple(ends))


def _nfc_with_offsets(
    text: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """NFC per cluster (a starter and its combining marks); every composed character
    maps to the whole original cluster."""
    out: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    cs = 0
    for j in range(1, len(text) + 1):
        if j == len(text) or unicodedata.combining(text[j]) == 0:
            comp = unicodedata.normalize("NFC", text[cs:j])
            if comp == text[cs:j]:
                out.append(comp)
                out_s.extend(starts[cs:j])
                out_e.extend(ends[cs:j])
            else:
                out.append(comp)
                out_s.extend([starts[cs]] * len(comp))
                out_e.extend([ends[j - 1]] * len(comp))
            cs = j
    return "".join(out), out_s, out_e


def _fix_lookalikes(text: str) -> str:
    def repl(m: regex.Match[str]) -> str:
        w = m.group(0)
        latin = sum(1 for c in w if "LATIN" in unicodedata.name(c, ""))
        return w.translate(_CYR_TO_LAT) if latin * 2 >= len(w) else w

    return _LATIN_WORD_WITH_CYR.sub(repl, text)


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
