"""Paragraphs and sentences with offsets into the original text.

Paragraphs come from the format's own blocks (markdown, docx, html) or, for plain text
and PDF, from line layout: text that is hard-wrapped at a fixed width (PDF extractions)
keeps a sentence together across line breaks and even across the blank lines a page
break leaves, while a short line, a finished sentence at a short line, a bullet or a
numbered heading ends a paragraph.

Sentences end at ``.``, ``!``, ``?`` or ``…`` followed by a capital or a digit, and at
paragraph ends, but not after abbreviations, initials and enumerators (``İ. Əliyev``,
``Dr. Smith``, ``s. 14``, ``və s.``, ``т.е.``, ``г. Баку``, ``1. Giriş``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from crossfact.sources.language import detect_language
from crossfact.sources.models import Excluded, Language, Segment
from crossfact.sources.readers.base import Block, BlockKind
from crossfact.text import az_lower, finditer_safe

WRAP_MAX_WIDTH = 200  # lines this long or shorter (80th percentile) mean hard-wrapped text
SOFT_UNPUNCTUATED = 0.75  # an unpunctuated line at least this full continues its sentence
SOFT_PUNCTUATED = 0.8  # a line ending a sentence shorter than this ends its paragraph

_NEWLINE = regex.compile(r"\r\n|[\r\n\u2028\u2029]")
_TERMINAL_END = regex.compile(r"[.!?…][\"”»’'\)\]]*$")
_CLAUSE_END = regex.compile(r"[.!?…;:][\"”»’'\)\]]*$")
_CONTINUE_END = regex.compile(r",$|\p{L}[-\u2010\u00ad]$")
_BULLET = regex.compile(
    r"(?:[-–—•▪●◦]\s*(?=[\p{Lu}\d“\"«])|[-*+•]\s+(?=\S)|\(?\d{1,2}[.)]\s+(?=\p{Lu})|\p{Ll}\)\s)"
)
_ENUM_HEADING = regex.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\p{Lu}")
_ATX_HEADING = regex.compile(r"#{1,6}\s")
_LABEL_LINE = regex.compile(
    r"(?i)(?:açar sözlər|key\s*words|ключевые слова|keywords|UOT|UDC|УДК|JEL)\s*:"
)

_SENT_END = regex.compile(r"(?:\.{3}|[.!?…]+)[\"”»’'\)\]]*(?=\s+[\"“«„‘']?[\p{Lu}\p{Lt}\d])")
_WORD_BEFORE = regex.compile(r"(\S+)$")
_DOTTED_ABBR = regex.compile(r"(?:\p{L}{1,3}\.)+\p{L}{1,3}")
_ROMAN = regex.compile(r"[IVXLC]{1,6}")

# Abbreviations after which a period does not end a sentence (lower-cased), per language.
_ABBR_AZ = "akad prof dos dr səh s b c m mln mlrd küç şəh r-nu məs bax nöm cild red müəl"
_ABBR_EN = (
    "mr mrs ms st jr sr vs no nos vol vols pp p fig figs eq ed eds approx ca cf e.g i.e al "
    "inc ltd co corp gen gov sen rep lt col capt sgt mt ft jan feb mar apr jun jul aug sep "
    "sept oct nov dec u.s u.k"
)
_ABBR_RU = (
    "г гг т тыс млн млрд руб долл им ул д стр с рис см др проф акад доц т.е т.к и.о пр обл "
    "р ст ред изд напр нач зам ген янв фев авг сент окт нояб дек"
)
ABBREVIATIONS = frozenset(f"{_ABBR_AZ} {_ABBR_EN} {_ABBR_RU}".split())
# Abbreviations that often close a sentence: a capital after them starts a new one.
SENTENCE_FINAL = frozenset({"etc", "т.д", "т.п", "и.т.д", "и.т.п"})


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    blank_before: bool
    barrier_before: bool  # an excluded line lies between this line and the previous one


def segment(
    text: str, excluded: Sequence[Excluded] = (), blocks: Sequence[Block] | None = None
) -> tuple[list[Segment], list[Segment]]:
    """Return ``(paragraphs, sentences)``; headings and list items are paragraphs too."""
    ex = _Excl(excluded)
    units = (
        layout_blocks(text, ex)
        if blocks is None
        else [b for b in blocks if b.end > b.start and not ex.covers(b.start, b.end)]
    )
    paragraphs: list[Segment] = []
    sentences: list[Segment] = []
    for idx, b in enumerate(units):
        spans = [(s, e) for s, e in split_sentences(text, b.start, b.end) if not ex.covers(s, e)]
        langs = [detect_language(text[s:e]) for s, e in spans]
        # the paragraph speaks the language of most of its characters
        weight: dict[Language, int] = {}
        for (s, e), lg in zip(spans, langs, strict=True):
            if lg != "und":
                weight[lg] = weight.get(lg, 0) + e - s
        lang: Language = max(weight, key=lambda k: weight[k]) if weight else "und"
        paragraphs.append(
            Segment(kind=b.kind, start=b.start, end=b.end, language=lang, paragraph=idx)
        )
        for (s, e), lg in zip(spans, langs, strict=True):
            sentences.append(
                Segment(kind="sentence", start=s, end=e, paragraph=idx,
                        language=lang if lg == "und" else lg)
            )  # fmt: skip
    return paragraphs, sentences


class _Excl:
    """Merged excluded spans with fast containment tests."""

    def __init__(self, excluded: Sequence[Excluded]) -> None:
        merged: list[list[int]] = []
        for e in sorted(excluded, key=lambda x: x.start):
            if merged and e.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e.end)
            else:
                merged.append([e.start, e.end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] >= end


def layout_blocks(text: str, ex: _Excl | None = None) -> list[Block]:
    """Paragraph blocks of plain or PDF-extracted text, from line layout."""
    lines = _lines(text, ex or _Excl([]))
    if not lines:
        return []
    lengths = sorted(ln.end - ln.start for ln in lines if ln.end - ln.start >= 20)
    width = lengths[int(0.8 * (len(lengths) - 1))] if len(lengths) >= 4 else 10**9
    # Hard-wrapped text has a fixed width: hardly any line is much longer than most.
    overlong = sum(n > 1.3 * width for n in lengths)
    wrapped = width <= WRAP_MAX_WIDTH and overlong <= 0.1 * len(lengths)
    gaps = lines[1:]
    double_spaced = len(gaps) >= 5 and sum(g.blank_before for g in gaps) >= 0.75 * len(gaps)
    groups: list[list[_Line]] = [[lines[0]]]
    for a, b in itertools.pairwise(lines):
        if _continues(text, a, b, width if wrapped else None, double_spaced):
            groups[-1].append(b)
        else:
            groups.append([b])
    blocks = [Block(g[0].start, g[-1].end, _kind(text, g)) for g in groups]
    return _mark_headings(text, blocks)


def _lines(text: str, ex: _Excl) -> list[_Line]:
    out: list[_Line] = []
    barrier = False
    prev_end = 0
    for m in finditer_safe(_NEWLINE, text + "\n"):
        s, e = prev_end, min(m.start(), len(text))
        prev_end = m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        if ex.covers(s, e):
            barrier = barrier or bool(out)
            continue
        between = text[out[-1].end : s] if out else ""
        breaks = len(_NEWLINE.findall(between))
        out.append(_Line(s, e, breaks >= 2, barrier))
        barrier = False
    return out


def _continues(text: str, a: _Line, b: _Line, width: int | None, double_spaced: bool) -> bool:
    """Does line ``b`` continue the paragraph of line ``a``?"""
    if b.barrier_before:
        return False
    at, bt = text[a.start : a.end], text[b.start : b.end]
    if _BULLET.match(bt) and (
        width is None or _CLAUSE_END.search(at) or len(at) < SOFT_UNPUNCTUATED * width
    ):
        return False  # a dash after a full, unfinished wrapped line is a dash, not a bullet
    if _CONTINUE_END.search(at) or bt[0].islower():
        return True
    if any(p.match(t) for p in (_LABEL_LINE, _ATX_HEADING) for t in (at, bt)):
        return False
    blank = b.blank_before and not double_spaced
    if _TERMINAL_END.search(at):
        return width is not None and not blank and len(at) >= SOFT_PUNCTUATED * width
    if width is None or _ENUM_HEADING.match(at) or _is_caps(at) or _is_caps(bt):
        return False
    return len(at) >= SOFT_UNPUNCTUATED * width


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _kind(text: str, group: list[_Line]) -> BlockKind:
    return "list-item" if _BULLET.match(text, group[0].start) else "paragraph"


def _mark_headings(text: str, blocks: list[Block]) -> list[Block]:
    """A one-line, short, unpunctuated block followed by more text is a heading."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        t = text[b.start : b.end]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if len(t) > 120 or "\n" in t:
            out.append(b)
            continue
        letters = sum(c.isalpha() for c in t)
        if _ATX_HEADING.match(t) or (
            (b.kind == "paragraph" or _ENUM_HEADING.match(t))
            and letters >= 3
            and nxt is not None
            and "\n" not in t
            and len(t) <= 120
            and not regex.search(r"[.,;:!?…]$", t)
            and not _LABEL_LINE.match(t)
            and (t[0].isupper() or t[0].isdigit())
        ):
            out.append(Block(b.start, b.end, "heading"))
        else:
            out.append(b)
    return out


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (stripped of surrounding whitespace)."""
    chunk = text[start:end]
    cuts = [m.end() for m in finditer_safe(_SENT_END, chunk) if _is_boundary(chunk, m)]
    spans: list[tuple[int, int]] = []
    prev = 0
    for c in [*cuts, len(chunk)]:
        s, e = prev, c
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((start + s, start + e))
        prev = c
    return spans


def _is_boundary(chunk: str, m: regex.Match[str]) -> bool:
    punct = m.group(0)
    if not punct.startswith(".") or punct.startswith("..."):
        return True  # ! ? … and ellipses always end a sentence before a capital
    # only the last word matters; a bounded window keeps this linear in the text
    w = _WORD_BEFORE.search(chunk, max(0, m.start() - 200), m.start())
    if w is None:
        return True
    word = w.group(1).lstrip("([{\"“«„‘'")
    low = az_lower(word)
    if low in SENTENCE_FINAL:
        return True
    if low in ABBREVIATIONS or _DOTTED_ABBR.fullmatch(word):
        if low in ("г", "гг"):  # "2023 г. Затем" ends a sentence; "г. Баку" does not
            return _after_number(chunk, w.start(1))
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial (K. Tokayev) or a one-letter abbreviation (və s.)
    at_line_start = (
        chunk[: w.start()].rstrip(" \t").endswith(("\n", "\r")) or not chunk[: w.start()].strip()
    )
    return not (at_line_start and (word.isdigit() or _ROMAN.fullmatch(word)))


def _after_number(chunk: str, pos: int) -> bool:
    before = chunk[:pos].rstrip()
    return bool(before) and before[-1].isdigit()
