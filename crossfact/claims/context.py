"""Document structure the extractors need, in view coordinates: folded text, language
regions, sentences, paragraphs, URLs, excluded spans and the reference section."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, repeat
from operator import add, sub

import regex

from crossfact.claims.extractors.scan import TIMEOUT, digit_runs, match_at, scan, word_starts
from crossfact.claims.lang import SUPPORTED, get_lang
from crossfact.sources.models import Document
from crossfact.text import WHITE_SPACE, fold

_CYR = regex.compile(r"\p{Cyrillic}")
_LAT = regex.compile(r"\p{Latin}")
_AZ = regex.compile(r"[əğışçöüƏĞIŞÇÖÜİ]")
_PARA = regex.compile(r"\n[ \t]*\n")
# Sentence end: terminal punctuation, closing quotes, space, then an upper-case letter or digit;
# not after a one- or two-letter abbreviation such as "V." or "s.".
_SENT = regex.compile(r"[.!?…]+[\"'”»)]*\s+(?=[\"“«(\-–]?[\p{Lu}\d])")
_ABBREV = regex.compile(r"(?:^|[\s.])\p{L}{1,2}$")
_URL = regex.compile(
    r"https?://[^\s<>()\]]+|www\.[^\s<>()\]]+|doi:\s?\S+|10\.\d{4,9}/\S+|\]\([^)\s]+\)"
)
_AZ_WORDS = (" və ", " ilə ", "olub", "edib", " isə ", "dır", "dir", " min ", " il ", "ildə")
_EN_WORDS = (" the ", " and ", " of ", " is ", " in ", " to ", " was ", "ed ")
_LEAD_PUNCT = "([{\"'“‘«-–—/*_"
_TRAIL_PUNCT = ".,;:!?)]}\"'”’»…*_"
_SPECIAL = frozenset(" -" + _LEAD_PUNCT + _TRAIL_PUNCT)  # never inside a trigger literal
_URL_LEADS = ("http", "www.", "doi:", "10.", "](")
_EMAIL_LEFT = regex.compile(r"[\w.+-]{1,64}$")
_EMAIL_RIGHT = regex.compile(r"[\w-]+\.[\w.]+")
_FEED = regex.compile(r"^[ \t]*\d{1,2}[ \t]+\p{L}+[ \t]+\d{1,2}:\d{2}[ \t]*$", regex.M)
# what a feed line holds before its colon, read backwards from the colon
_FEED_LEFT = regex.compile(r"(?r)[ \t\d\p{L}]*")
# Linear-time stdlib patterns (no nested quantifiers) for C-speed candidate scans:
# a paragraph break, and a sentence end up to its whitespace (\s spelled out as
# \p{White_Space}, which is what regex's \s is); ``_SENT_NEXT`` is _SENT's lookahead.
_PARA_RE = re.compile(r"\n[ \t]*\n")
# (a first character class lets re skip ahead at C speed, which "[.!?…]+" does not)
_SENT_RUN = re.compile(rf"[.!?…][.!?…]*[\"'”»)]*[ {WHITE_SPACE}]+")
_SENT_NEXT = regex.compile(r"[\"“«(\-–]?[\p{Lu}\d]")
_NON_WORDS = regex.compile(r"[\W\d_]+")
_HEADING_LINE = regex.compile(r"^[^\n]{1,80}$", regex.M)
_SECTION_WORDS = (
    "abstract", "summary", "резюме", "аннотация", "xülasə", "annotasiya", "keywords",
    "ключевые слова", "açar sözlər", "giriş", "introduction", "введение", "nəticə", "conclusion",
)  # fmt: skip


@cache
def _plain_literals(prefixes: tuple[str, ...], exact: frozenset[str]) -> bool:
    """No literal is empty or holds a space, a hyphen or edge punctuation."""
    return not any(_SPECIAL & set(w) or not w for w in (*prefixes, *exact))


@cache
def _minimal_prefixes(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """``prefixes`` without those another one is a prefix of (they find nothing new)."""
    short = sorted(set(prefixes), key=len)
    return tuple(p for i, p in enumerate(short) if not p.startswith(tuple(short[:i])))


def _strip_urls(text: str) -> str:
    try:
        return _URL.sub(" ", text, timeout=TIMEOUT)
    except TimeoutError:
        return text


def _count(text: str, letters: str) -> int:
    return sum(map(text.count, letters))


def detect_language(text: str) -> str:
    """az / en / ru from letter statistics (C-speed ``str.count``; URLs ignored)."""
    if "/" in text or "@" in text:
        text = _strip_urls(text)
    # plain lower-casing: a capital I counts as i here, since in "TBILISI" or "IN 2024"
    # it is no Azerbaijani dotless ı (and ə, ş, ç, ğ, ö, ü still tell az text)
    return _detect_folded(text.lower())


_SAMPLE = 2400  # letters enough to tell az, en and ru apart with a wide margin


def _sample(text: str) -> str:
    """``text``, or four evenly spaced windows of it totalling :data:`_SAMPLE` characters:
    detection counts every letter class over the text, so its cost is bounded per
    paragraph while every part of a long one still has its say."""
    n = len(text)
    if n <= _SAMPLE:
        return text
    w = _SAMPLE // 4
    step = (n - w) // 3
    return " ".join(text[i * step : i * step + w] for i in range(4))


def _detect_folded(text: str, min_letters: int = 0) -> str:
    """:func:`detect_language` of text already folded, URLs already stripped ("und" with
    fewer than ``min_letters`` counted letters)."""
    text = _sample(text)
    cyr = _count(text, "аеиот")
    lat = _count(text, "aeiot")
    if cyr + lat < min_letters:
        return "und"
    if cyr > lat:
        return "ru"
    if lat and _count(text, "əışçğüö") * 8 >= lat:
        return "az"
    if not lat:
        return "und"
    az_words, en_words = sum(map(text.count, _AZ_WORDS)), sum(map(text.count, _EN_WORDS))
    if az_words > en_words:
        return "az"  # az text without its special letters ("Investisiya 930,8 min dollar olub")
    # Latin text with neither English nor Azerbaijani function words ("Hazırlanma
    # tarixi: 27 yanvar 2025", a heading) says nothing: it takes its neighbours' language
    return "en" if en_words else "und"


class _Spans:
    """Spans sorted by start with the running maximum of their ends: whether any span
    overlaps ``[s, e)`` is one bisection, however many spans there are."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end = list(itertools.accumulate((b for _, b in ordered), max))

    def hit(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.starts, e)  # spans starting before e
        return k > 0 and self.max_end[k - 1] > s


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
    digits: list[int] = field(default_factory=list)  # starts of digit runs
    _words: dict[str, list[int]] | None = None
    _distinct: set[str] | None = None
    _span_ix: dict[int, tuple[list[tuple[int, int]], _Spans]] = field(default_factory=dict)
    _triggers: dict[tuple[int, int, tuple[str, ...], frozenset[str]], list[int]] = field(
        default_factory=dict
    )
    refs: tuple[int, int] | None = None
    header_end: int = 0  # view offset of the end of the header lines
    sliced_fold: bool = True  # folded[s:e] == fast_fold(text[s:e]) up to final sigma

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

    def word_index(self) -> dict[str, list[int]]:
        """Offsets of every distinct space-separated token, punctuation stripped at both ends
        (a hyphenated token is also indexed under its first part: ``sixty-one`` -> ``sixty``).

        The view has single spaces only, so ``str.split`` gives exact offsets at C speed;
        triggers are then tested once per distinct word, not once per occurrence."""
        if self._words is None:
            # C-level maps over the token list; one Python loop builds the dict
            toks = self.folded.split(" ")
            lens = list(map(len, toks))
            starts = accumulate(map(add, lens, repeat(1)), initial=0)
            left = list(map(str.lstrip, toks, repeat(_LEAD_PUNCT)))
            ats = map(add, starts, map(sub, lens, map(len, left)))
            words = map(str.rstrip, left, repeat(_TRAIL_PUNCT))
            index: defaultdict[str, list[int]] = defaultdict(list)
            for w, at in zip(words, ats, strict=True):
                index[w].append(at)
            index.pop("", None)
            for w in [w for w in index if "-" in w]:
                index[w.split("-", 1)[0]] += index[w]
            self._words = dict(index)
        return self._words

    def word_triggers(
        self, s: int, e: int, prefixes: tuple[str, ...], exact: frozenset[str]
    ) -> list[int]:
        """Offsets in ``[s, e)`` of words (see :meth:`word_index`) starting with one of
        ``prefixes`` or equal to one of ``exact``.

        Found with ``str.find`` of each literal that can occur (C speed), each hit checked
        to start a word; the index is built only for literals holding spaces or
        punctuation, which no language has today."""
        key = (s, e, prefixes, exact)
        hits = self._triggers.get(key)
        if hits is not None:
            return hits
        if not _plain_literals(prefixes, exact):
            index = self.word_index()
            found = [p for w, ps in index.items() if w.startswith(prefixes) for p in ps] if prefixes else []  # fmt: skip
            found += [p for w in exact & index.keys() for p in index[w]]
            found = [p for p in found if s <= p < e]
        else:
            # a literal absent from the region is dismissed by one C-speed substring test
            found = []
            t = self.folded
            for p in _minimal_prefixes(prefixes):
                if t.find(p, s, e + len(p) - 1) >= 0:
                    found += self._word_hits(p, s, e, prefixes, None)
            # exact words: only those that are words of the document (one set operation,
            # however many literals a language has: number words in all their cases)
            for x in exact & self._distinct_words() if len(exact) > 8 else exact:
                if t.find(x, s, e + len(x) - 1) >= 0:
                    found += self._word_hits(x, s, e, None, x)
        hits = self._triggers[key] = sorted(set(found))
        return hits

    def _word_hits(
        self, lit: str, s: int, e: int, prefixes: tuple[str, ...] | None, exact: str | None
    ) -> list[int]:
        """Where ``lit`` starts a word in ``[s, e)``, that word starting with ``prefixes``
        or being ``exact`` (itself or its part before a hyphen)."""
        t = self.folded
        out = []
        i = t.find(lit, s, e + len(lit) - 1)
        while i >= 0:
            ts = t.rfind(" ", 0, i) + 1
            if (ts == i or not t[ts:i].lstrip(_LEAD_PUNCT)) and t[i] not in _LEAD_PUNCT:
                te = t.find(" ", i)
                w = t[i : te if te >= 0 else len(t)].rstrip(_TRAIL_PUNCT)
                if (prefixes is not None and w.startswith(prefixes)) or (
                    exact is not None and (w == exact or w.split("-", 1)[0] == exact)
                ):
                    out.append(i)
            i = t.find(lit, i + 1, e + len(lit) - 1)
        return out

    def _distinct_words(self) -> set[str]:
        """Every word of :meth:`word_index`, without offsets (C-level set operations)."""
        if self._distinct is None:
            raw = set(self.folded.split(" "))
            words = set(map(str.rstrip, map(str.lstrip, raw, repeat(_LEAD_PUNCT)), repeat(_TRAIL_PUNCT)))  # fmt: skip
            words |= {w.split("-", 1)[0] for w in words if "-" in w}
            words.discard("")
            self._distinct = words
        return self._distinct

    def digits_in(self, s: int, e: int) -> list[int]:
        return self.digits[bisect.bisect_left(self.digits, s) : bisect.bisect_left(self.digits, e)]

    def in_url(self, s: int, e: int) -> bool:
        return bool(self.urls) and self._overlaps(self.urls, s, e)

    def is_excluded(self, s: int, e: int) -> bool:
        return bool(self.excluded) and self._overlaps(self.excluded, s, e)

    def _overlaps(self, spans: list[tuple[int, int]], s: int, e: int) -> bool:
        """``any(a < e and s < b for a, b in spans)``, indexed once the list is long."""
        if len(spans) < 8:
            return any(a < e and s < b for a, b in spans)
        ix = self._span_ix.get(id(spans))
        if ix is None or ix[0] is not spans or len(ix[1].starts) != len(spans):
            ix = self._span_ix[id(spans)] = (spans, _Spans(spans))
        return ix[1].hit(s, e)

    def in_refs(self, pos: int) -> bool:
        return self.refs is not None and self.refs[0] <= pos < self.refs[1]


def build_context(doc: Document) -> Context:
    view = doc.view
    text = view.text
    folded = fast_fold(text)
    sliced = len(folded) == len(text)
    if not sliced:  # defensive: folding must never shift offsets
        folded = "".join(fold(c) if len(fold(c)) == 1 else c for c in text)
    ctx = Context(doc=doc, text=text, folded=folded, digits=digit_runs(folded))
    ctx.sliced_fold = sliced
    _paragraphs(ctx)
    _regions(ctx)
    _english_i(ctx)
    _sentences(ctx)
    ctx.urls = sorted(_urls(text) + _emails(text))
    _excluded(ctx)
    _references(ctx)
    return ctx


def fast_fold(s: str) -> str:
    """Same result as :func:`crossfact.text.fold`, with C-speed ``str.replace``."""
    out = s.replace("İ", "i").replace("I", "ı").lower()
    return out.replace("\u0307", "\u200b") if "\u0307" in out else out


def _urls(text: str) -> list[tuple[int, int]]:
    found = {}
    for pos in word_starts(text, list(_URL_LEADS)) + _all(text, "]("):
        m = match_at(_URL, text, pos)
        if m:
            found[m.start()] = m.end()
    return list(found.items())


def _all(text: str, needle: str) -> list[int]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _emails(text: str) -> list[tuple[int, int]]:
    out = []
    i = text.find("@")
    while i >= 0:
        left = _EMAIL_LEFT.search(text, max(0, i - 64), i)
        right = _EMAIL_RIGHT.match(text, i + 1)
        if left and right:
            out.append((left.start(), right.end()))
        i = text.find("@", i + 1)
    return out


def _to_view(ctx: Context, s: int, e: int) -> tuple[int, int]:
    return ctx.doc.view.from_original(s, e)


def _paragraphs(ctx: Context) -> None:
    doc = ctx.doc
    if doc.paragraphs:
        starts = [_to_view(ctx, p.start, p.end)[0] for p in doc.paragraphs]
    else:
        # _PARA over the text, at C speed
        starts = [0] + [_to_view(ctx, m.end(), m.end())[0] for m in _PARA_RE.finditer(doc.text)]
    ctx.para_starts = sorted(set(starts)) or [0]


def _english_i(ctx: Context) -> None:
    """Outside Azerbaijani paragraphs a capital I is the English/Latin i ("In 2022"), not
    the Azerbaijani dotless ı that az-aware folding makes of it."""
    if "I" not in ctx.text:
        return
    pieces: list[str] = []
    last = 0
    for s, e, lang in ctx.regions:
        if lang == "az":
            continue
        i = ctx.text.find("I", s, e)
        while i != -1:
            pieces += (ctx.folded[last:i], "i")
            last = i + 1
            i = ctx.text.find("I", last, e)
    if pieces:
        pieces.append(ctx.folded[last:])
        ctx.folded = "".join(pieces)


def _regions(ctx: Context) -> None:
    """Language per paragraph; short paragraphs (headings, citations) inherit the previous one."""
    bounds = [*ctx.para_starts, len(ctx.text)]
    default = (
        ctx.doc.language if ctx.doc.language in SUPPORTED else detect_language(ctx.text[:5000])
    )
    prev = default if default in SUPPORTED else "en"
    regions: list[tuple[int, int, str]] = []
    for s, e in itertools.pairwise(bounds):
        chunk = ctx.text[s:e]
        if "/" in chunk or "@" in chunk:
            chunk = _strip_urls(chunk)
        # too few letters to tell (a heading, a number line): "und", the previous language
        lang = _detect_folded(chunk.lower(), min_letters=12)
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
    t = ctx.text
    # the matches of _SENT: a maximal run of end marks, quotes and whitespace is one if
    # its lookahead holds after it (no shorter run can match, so none is missed)
    starts.update(
        m.end()
        for m in _SENT_RUN.finditer(t)
        if _next_starts_sentence(t, m.end())
        and not _ABBREV.search(t, max(0, m.start() - 4), m.start())
    )
    # a paragraph after one ending in punctuation starts a sentence, and so does one after
    # a heading (a short paragraph; up to a long headline when this one opens in capitals):
    # a long paragraph cut without punctuation is a sentence running over a page break
    prev_end = 0
    for p in ctx.para_starts[1:]:
        before = ctx.text[max(0, p - 2) : p].strip()
        if (
            (before and before[-1] in ".!?:;)")
            or p - prev_end < 80
            or (p - prev_end < 200 and _next_starts_sentence(t, p + (t[p : p + 1] == " ")))
        ):
            starts.add(p)
        prev_end = p
    ctx.sent_starts = sorted(starts)


def _next_starts_sentence(t: str, i: int) -> bool:
    """``_SENT_NEXT`` matches at ``i``; an ASCII character is decided without the regex
    (ASCII upper-case letters are A-Z, ASCII digits 0-9)."""
    c = t[i : i + 1]
    if not c:
        return False
    if c.isascii() and c not in '"(-':
        return c.isupper() or c.isdigit()
    return _SENT_NEXT.match(t, i) is not None


def _excluded(ctx: Context) -> None:
    doc = ctx.doc
    spans = [_to_view(ctx, x.start, x.end) for x in doc.excluded]
    spans += [_to_view(ctx, m.start(), m.end()) for m in _feed_lines(doc.text)]
    ctx.excluded = spans


def _feed_lines(text: str) -> list[regex.Match[str]]:
    """The matches of ``_FEED`` ("12 mart 14:30" lines), tried only at lines holding a
    digit, a colon and two digits: such a line starts where the letters, digits and
    blanks before its colon start."""
    starts = set()
    i = text.find(":")
    while i >= 0:
        after = text[i + 1 : i + 3]
        if i and text[i - 1].isdigit() and len(after) == 2 and after.isdigit():
            left = match_at(_FEED_LEFT, text, 0, i)
            if left is not None:
                starts.add(left.start())
        i = text.find(":", i + 1)
    found = (match_at(_FEED, text, s) for s in sorted(starts))
    return [m for m in found if m is not None]


def _line_heading(low: str, head: str) -> int:
    """Offset of the first line of ``low`` that is just ``head`` (plus markup), or -1."""
    i = low.find(head)
    while i >= 0:
        ls = low.rfind("\n", 0, i) + 1
        le = low.find("\n", i)
        le = len(low) if le < 0 else le
        if _NON_WORDS.sub(" ", low[ls:le]).strip() == head:
            return ls
        i = low.find(head, i + 1)
    return -1


def _references(ctx: Context) -> None:
    """A trailing reference list: from its heading to the next section heading or the end."""
    doc = ctx.doc
    heads = {h for code in SUPPORTED for h in get_lang(code).reference_headings}
    low = fast_fold(doc.text)
    first = min((i for i in (_line_heading(low, h) for h in heads) if i >= 0), default=-1)
    if first < 0:
        return
    lines = scan(_HEADING_LINE, doc.text, first)
    start = None
    for m in lines:
        words = _NON_WORDS.sub(" ", fold(m.group())).strip()
        if start is None:
            if words in heads:
                start = m.end()
        elif (
            words in _SECTION_WORDS
            or m.group().lstrip().startswith("#")
            or (words and m.group().strip().isupper() and len(words) > 3)
        ):
            ctx.refs = (_to_view(ctx, start, start)[0], _to_view(ctx, m.start(), m.start())[0])
            return
    if start is not None:
        ctx.refs = (_to_view(ctx, start, start)[0], len(ctx.text))
