"""The text around a citation: its sentence, the paragraph leading up to it, and the
figures in a span. Works on the original text (page breaks and PDF line wraps included),
independently of the loader's segmentation."""

from __future__ import annotations

import contextlib

import regex

from crossfact.text import finditer_safe

# A sentence ends at . ! ? … (optionally closed by quotes/brackets) followed by whitespace and
# an upper-case letter, digit, quote or bracket; "və s. sənədlər" and "V., Title" do not end one.
_BOUNDARY = regex.compile(
    r"(?<=\p{L}{2}|\d|[)\]”\"»])[.!?…]+[”\"»)\]]*\s+(?=[\p{Lu}\d“\"«(\[#*])"
    r"|(?<=[.!?…:”\"»)])[ \t]*\n[ \t]*\n\s*"
    r"|\n[ \t]*#{1,6}[ \t][^\n]*\n",
    regex.V1,
)
_PARA_BREAK = regex.compile(r"\n[ \t]*\n\s*")
_TERMINAL = '.!?…:”"»)'
REACH = 3000

_FUTURE = regex.compile(
    r"\p{L}*(?:acaq|əcək|acağ|əcəy|maq\s+üçün|nəzərdə\s+tutul|planlaşdır|gözlənil|proqnoz)\p{L}*"
    r"|\b(?:will|shall|scheduled|planned|plans?\s+to|expected|forecast\p{L}*|to\s+be\s+held)\b"
    r"|\b(?:будет|будут|планир\p{L}*|ожида\p{L}*|состоится|пройд[её]т|намечен\p{L}*|прогноз\p{L}*)",
    regex.I | regex.V1,
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence containing ``text[start:end]``. A citation that opens its own line or
    sentence (``… qaldırır. (Məmmədov, 2024).``) belongs to the sentence before it."""
    s = _sentence_start(text, start)
    if not regex.search(r"[\p{L}\d]", text[s:start]) and s > 0:
        s = _sentence_start(text, max(0, s - 1))
        start = s
    e = _sentence_end(text, end)
    return s, e


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - REACH)
    last = lo
    for m in finditer_safe(_BOUNDARY, text[lo:pos]):
        last = lo + m.end()
    if lo == 0 and last == 0:
        return 0
    return last


def _sentence_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + REACH)
    m = _BOUNDARY.search(text, pos, hi, timeout=1.0)
    if not m:
        return hi
    # Keep the closing punctuation in the sentence.
    e = m.start()
    while e < len(text) and text[e] in '.!?…”"»)]':
        e += 1
    return e


def paragraph_start(text: str, pos: int) -> int:
    """Start of the logical paragraph containing ``pos``: paragraph breaks that follow text
    without closing punctuation (a page break inside a sentence) do not count."""
    lo = max(0, pos - REACH)
    breaks = [lo + m.start() for m in finditer_safe(_PARA_BREAK, text[lo:pos])]
    ends = {lo + m.start(): lo + m.end() for m in finditer_safe(_PARA_BREAK, text[lo:pos])}
    for b in reversed(breaks):
        before = text[:b].rstrip()
        line_start = before.rfind("\n") + 1
        heading = before[line_start:].lstrip().startswith("#")
        if not before or before[-1] in _TERMINAL or heading:
            return ends[b]
    return lo


def is_future(text: str, start: int, end: int) -> bool:
    return bool(_FUTURE.search(text, start, end, timeout=1.0))


_NUM = regex.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)*(?![\d])"
)


def numbers(text: str, start: int, end: int) -> list[tuple[int, int, set[float]]]:
    """Numeric tokens in ``text[start:end]`` with every value they can mean (``3,1`` is 3.1
    in az/ru and ``1,000`` is 1000 in en: both readings are kept)."""
    out = []
    for m in finditer_safe(_NUM, text[start:end]):
        out.append((start + m.start(), start + m.end(), readings(m.group(0))))
    return out


def readings(tok: str) -> set[float]:
    t = regex.sub(r"[ \u00a0\u202f]", "", tok)
    vals: set[float] = set()
    if regex.fullmatch(r"\d+", t):
        return {float(t)}
    for dec in (",", "."):
        th = "." if dec == "," else ","
        parts = t.split(dec)
        if len(parts) > 2:
            continue
        whole = parts[0]
        if th in whole and not regex.fullmatch(
            r"\d{1,3}(?:" + regex.escape(th) + r"\d{3})+", whole
        ):
            continue
        s = whole.replace(th, "") + ("." + parts[1] if len(parts) == 2 else "")
        with contextlib.suppress(ValueError):
            vals.add(float(s))
    return vals
