"""Document structure the extractors need, in view coordinates: folded text, language
regions, sentences, paragraphs, URLs, excluded spans and the reference section."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from crossfact.claims.extractors.scan import scan
from crossfact.claims.lang import SUPPORTED, get_lang
from crossfact.sources.models import Document
from crossfact.text import fold

_CYR = regex.compile(r"\p{Cyrillic}")
_LAT = regex.compile(r"\p{Latin}")
_AZ = regex.compile(r"[əğışçöüƏĞIŞÇÖÜİ]")
_PARA = regex.compile(r"\n[ \t]*\n")
# Sentence end: terminal punctuation, closing quotes, space, then an upper-case letter or digit;
# not after a one- or two-letter abbreviation such as "V." or "s.".
_SENT = regex.compile(r"(?<!(?:^|\s|\.)\p{L}{1,2})[.!?…]+[\"'”»)]*\s+(?=[\"“«(\-–]?[\p{Lu}\d])")
_URL = regex.compile(r"https?://[^\s<>()\]]+|www\.[^\s<>()\]]+|\bdoi:\s?\S+|\b10\.\d{4,9}/\S+|[\w.+-]+@[\w-]+\.[\w.]+|\]\([^)\s]+\)")
_FEED = regex.compile(r"^[ \t]*\d{1,2}[ \t]+\p{L}+[ \t]+\d{1,2}:\d{2}[ \t]*$", regex.M)
_HEADING_LINE = regex.compile(r"^[^\n]{1,80}$", regex.M)
_SECTION_WORDS = (
    "abstract", "summary", "резюме", "аннотация", "xülasə", "annotasiya", "keywords",
    "ключевые слова", "açar sözlər", "giriş", "introduction", "введение", "nəticə", "conclusion",
)  # fmt: skip


def detect_language(text: str) -> str:
    text = _URL.sub(" ", text) if "/" in text or "@" in text else text
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    if cyr > lat:
        return "ru"
    if lat and len(_AZ.findall(text)) * 60 >= lat:
        return "az"
    return "en" if lat else "und"


@dataclass
class Context:
    doc: Document
    text: str  # the view text
    folded: str
    regions: list[tuple[int, int, str]] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    urls: list[tuple[int, int]] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)
    refs: tuple[int, int] | None = None
    header_end: int = 0  # view offset of the end of the header lines

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        s = self.sent_starts[i] if i >= 0 else 0
        e = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return s, e

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def language_at(self, pos: int) -> str:
        for s, e, lang in self.regions:
            if s <= pos < e:
                return lang
        return self.regions[-1][2] if self.regions else "en"

    def in_url(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.urls)

    def is_excluded(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.excluded)

    def in_refs(self, pos: int) -> bool:
        return self.refs is not None and self.refs[0] <= pos < self.refs[1]


def build_context(doc: Document) -> Context:
    view = doc.view
    text = view.text
    folded = fold(text)
    if len(folded) != len(text):  # defensive: folding must never shift offsets
        folded = "".join(fold(c) if len(fold(c)) == 1 else c for c in text)
    ctx = Context(doc=doc, text=text, folded=folded)
    _paragraphs(ctx)
    _regions(ctx)
    _sentences(ctx)
    ctx.urls = [(m.start(), m.end()) for m in scan(_URL, text)]
    _excluded(ctx)
    _references(ctx)
    return ctx


def _to_view(ctx: Context, s: int, e: int) -> tuple[int, int]:
    return ctx.doc.view.from_original(s, e)


def _paragraphs(ctx: Context) -> None:
    doc = ctx.doc
    if doc.paragraphs:
        starts = [_to_view(ctx, p.start, p.end)[0] for p in doc.paragraphs]
    else:
        starts = [0] + [_to_view(ctx, m.end(), m.end())[0] for m in scan(_PARA, doc.text)]
    ctx.para_starts = sorted(set(starts)) or [0]


def _regions(ctx: Context) -> None:
    """Language per paragraph; short paragraphs (headings, citations) inherit the previous one."""
    bounds = [*ctx.para_starts, len(ctx.text)]
    default = ctx.doc.language if ctx.doc.language in SUPPORTED else detect_language(ctx.text[:5000])
    prev = default if default in SUPPORTED else "en"
    regions: list[tuple[int, int, str]] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        chunk = ctx.text[s:e]
        lang = detect_language(chunk) if len(_LAT.findall(chunk)) + len(_CYR.findall(chunk)) >= 40 else prev
        lang = lang if lang in SUPPORTED else prev
        if regions and regions[-1][2] == lang and regions[-1][1] == s:
            regions[-1] = (regions[-1][0], e, lang)
        else:
            regions.append((s, e, lang))
        prev = lang
    for _, _, lang in regions:
        get_lang(lang)  # import lazily, once
    ctx.regions = regions or [(0, len(ctx.text), prev)]


def _sentences(ctx: Context) -> None:
    starts = {0}
    starts.update(m.end() for m in scan(_SENT, ctx.text))
    # a short heading-like paragraph, or one after a paragraph ending in punctuation, starts a sentence
    prev_end = 0
    for p in ctx.para_starts[1:]:
        before = ctx.text[max(0, p - 2) : p].strip()
        if (before and before[-1] in ".!?:;)") or p - prev_end < 80:
            starts.add(p)
        prev_end = p
    ctx.sent_starts = sorted(starts)


def _excluded(ctx: Context) -> None:
    doc = ctx.doc
    spans = [_to_view(ctx, x.start, x.end) for x in doc.excluded]
    spans += [_to_view(ctx, m.start(), m.end()) for m in scan(_FEED, doc.text)]
    ctx.excluded = spans


def _references(ctx: Context) -> None:
    """A trailing reference list: from its heading to the next section heading or the end."""
    doc = ctx.doc
    heads = {h for code in SUPPORTED for h in get_lang(code).reference_headings}
    lines = scan(_HEADING_LINE, doc.text)
    start = None
    for m in lines:
        words = regex.sub(r"[\W\d_]+", " ", fold(m.group())).strip()
        if start is None:
            if words in heads:
                start = m.end()
        elif words in _SECTION_WORDS or m.group().lstrip().startswith("#") or (
            words and m.group().strip().isupper() and len(words) > 3
        ):
            ctx.refs = (_to_view(ctx, start, start)[0], _to_view(ctx, m.start(), m.start())[0])
            return
    if start is not None:
        ctx.refs = (_to_view(ctx, start, start)[0], len(ctx.text))
