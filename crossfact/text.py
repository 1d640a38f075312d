"""Text utilities shared by every stage.

* Azerbaijani/Turkish-aware case folding (``I``→``ı``, ``İ``→``i``): Python's
  ``"İ".lower()`` yields ``i̇`` (with a stray U+0307) and must never reach matching.
* :class:`TextView` — a normalized view of a text with an offset map back to the
  original, so every span found in the view is reported as a span of the file.
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
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "І": "I",
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
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    @classmethod
    def identity(cls, original: str) -> TextView:
        return cls(original, original, tuple(range(len(original) + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the smallest covering view span."""
        s = bisect.bisect_left(self.offsets, start, 0, len(self.text))
        e = bisect.bisect_left(self.offsets, end, 0, len(self.text))
        return s, max(s, e)


_SOFT_HYPHEN = "\u00ad"
# A hyphen at a line end between two lower-case letters is PDF line-break hyphenation.
_HYPHEN_BREAK = regex.compile(r"(?<=\p{Ll})[-\u2010\u00ad][ \t]*\r?\n[ \t]*(?=\p{Ll})")
_WS_RUN = regex.compile(r"[ \t\r\n\u00a0\u2009\u202f]+")
_LATIN_WORD_WITH_CYR = regex.compile(r"\b(?=\p{L}*\p{Script=Latin})(?=\p{L}*\p{Script=Cyrillic})\p{L}+\b")


def normalize_view(original: str) -> TextView:
    """Build the matching view: NFC, soft hyphens and PDF hyphenation removed,
    whitespace runs collapsed to one space, Cyrillic look-alikes inside Latin words
    replaced. Every view character keeps the original index it came from."""
    chars: list[str] = []
    offs: list[int] = []
    i = 0
    n = len(original)
    breaks = {m.start(): m.end() for m in _HYPHEN_BREAK.finditer(original)}
    while i < n:
        if i in breaks:
            i = breaks[i]
            continue
        ch = original[i]
        if ch == _SOFT_HYPHEN:
            i += 1
            continue
        m = _WS_RUN.match(original, i)
        if m:
            chars.append(" ")
            offs.append(i)
            i = m.end()
            continue
        chars.append(ch)
        offs.append(i)
        i += 1
    text = "".join(chars)
    # NFC composition only merges base+combining marks; map each composed char to its base.
    if not unicodedata.is_normalized("NFC", text):
        text, offs = _nfc_with_offsets(text, offs)
    text = _fix_lookalikes(text)
    offs.append(n)
    return TextView(original, text, tuple(offs))


def _nfc_with_offsets(text: str, offs: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    out_offs: list[int] = []
    cluster_start = 0
    for j in range(1, len(text) + 1):
        if j == len(text) or unicodedata.combining(text[j]) == 0:
            comp = unicodedata.normalize("NFC", text[cluster_start:j])
            for k, c in enumerate(comp):
                out.append(c)
                out_offs.append(offs[min(cluster_start + k, j - 1)])
            cluster_start = j
    return "".join(out), out_offs


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
