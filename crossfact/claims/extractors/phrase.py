"""One number phrase at a position: digits or number words, a range, a scale word, %,
a unit, a case ending; plus the currency and qualifier words around it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import Grammar, grammar
from crossfact.claims.extractors.scan import (
    NOT_RX_SPACE,
    Dispatch,
    ends_at,
    may_start,
    spaced_first,
)
from crossfact.claims.lang import Unit

# "1 400", "1 101,9": space-grouped thousands, the last group perhaps with a decimal part
_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*(?:\s\d{3}(?![\d.,]\d))*(?:\s\d{3}[.,]\d{1,2}(?![\d.,]))?")
_ARTICLE = regex.compile(r"\san?(?=\s)")
_SUM_NEXT = regex.compile(r"\s(?=\d)")
_RANGE = regex.compile(r"\s?[-–—]\s?(?=\d)")
_CASE = regex.compile(r"[-–'’](?:\p{Ll}{1,5})(?!\w)")
_CASE_MARKS = frozenset("-–'’")
_PERCENT = regex.compile(r"\s?%")
_TIME = regex.compile(r"[:.]\d\d(?!\d)")
_NUMERIC_DATE = regex.compile(r"[./]\d{1,2}[./]\d{2,4}")
_SPLIT = regex.compile(r"[\s,-]+")
_WORD_RANGE = regex.compile(r"\s?[-–]\s?")
# counted nouns that follow another as its complement ("of the region"), never its head
_COMPLEMENTS = frozenset({"region", "institution", "person", "dwelling"})


def parse_digits(s: str, lang: str) -> float | int | None:
    """``3,1`` = 3.1 in az/ru, ``1 400`` = 1400, ``1.400`` = 1400 (az/ru), ``1,400`` = 1400 (en)."""
    s = s.replace(" ", "").replace("\u00a0", "")
    dec, thou = (".", ",") if lang == "en" else (",", ".")
    if s.count(dec) > 1:
        return None
    if thou in s:
        groups = s.split(dec)[0].split(thou)
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            s = s.replace(thou, "")
        elif dec not in s and s.count(thou) == 1:
            s = s.replace(thou, dec)  # "4.3" in az/ru text, "3,1" in en text: a decimal
        else:
            return None
    s = s.replace(dec, ".")
    try:
        v = float(s)
    except ValueError:
        return None
    return int(v) if v.is_integer() and "." not in s else v


def words_value(words: list[str], table: Mapping[str, int]) -> int:
    total = cur = 0
    for w in words:
        v = table[w]
        if v == 100:
            cur = (cur or 1) * 100
        elif v >= 1000:
            total += (cur or 1) * v
            cur = 0
        else:
            cur += v
    return total + cur


@dataclass
class Phrase:
    start: int
    end: int
    value: float | int
    high: float | int | None = None
    scaled: bool = False
    factor: int = 1
    num_end: int = 0  # end of the bare number (before scale and unit)
    is_word: bool = False
    unit: Unit | None = None
    percent: bool = False
    currency: str | None = None
    no_unit_at: int = -1  # a position where no unit was found (spares a second look)
    no_qual_at: int = -1  # a position where no qualifier follows (spares a second look)
    qual: str | None = None  # "60 с лишним миллиардов": a qualifier inside the phrase
    joined: bool = False  # "17,000 to 18,000": a range of bare figures joined by a word


@cache
def _scale_first(code: str) -> frozenset[str] | None:
    """The characters a scale word starts with (see :func:`may_start`)."""
    lang = grammar(code).lang
    return spaced_first(grammar(code).scale, "|".join(f"(?:{k})(?!\\w)" for k in lang.scales))


def _scale(g: Grammar, t: str, pos: int) -> tuple[int, int]:
    if not may_start(_scale_first(g.lang.code), t, pos):
        return 1, pos
    m = g.scale.match(t, pos)
    if not m:
        return 1, pos
    word = m.group().strip()
    for pat, factor in g.scale_values:
        if pat.match(word):
            return factor, m.end()
    return 1, pos


def unit_at(g: Grammar, t: str, pos: int) -> tuple[Unit | None, int]:
    d = _unit_dispatch(g.lang.code)
    if d is None or d[0] is not g:
        m = g.units.match(t, pos)
    else:  # ``g.units`` is ``\s?(?:…)``: after a space first, then at ``pos`` itself
        c = t[pos : pos + 1]
        m = d[1].match(t, pos + 1) if c.isspace() and c not in NOT_RX_SPACE else None
        m = m or d[1].match(t, pos)
    if not m or not m.lastgroup:
        return None, pos
    return g.lang.units[int(m.lastgroup[1:])], m.end()


@cache
def _unit_dispatch(code: str) -> tuple[Grammar, Dispatch] | None:
    """``g.units`` split by first character (a unit pattern is tried only where its word
    can start: one alternation of 60-odd units costs ~10 us a miss); ``None`` if
    ``g.units`` is not the alternation of the language's units this expects."""
    g = grammar(code)
    alts = [(f"u{i}", u.pattern) for i, u in enumerate(g.lang.units)]
    if g.units.pattern != r"\s?(?:" + "|".join(f"(?P<{n}>{p})" for n, p in alts) + ")":
        return None
    return g, Dispatch(alts, g.units.flags)


def phrase_at(g: Grammar, t: str, s: int) -> Phrase | None:
    """Parse one number phrase (value, range, scale, %, unit) starting at ``s``."""
    lang = g.lang.code
    m = _DIGITS.match(t, s)
    if m:
        v = parse_digits(m.group(), lang)
        nxt = t[m.end() : m.end() + 1]  # cheap tests of the first character before each regex
        if v is None or (
            nxt and nxt in ":./" and (_TIME.match(t, m.end()) or _NUMERIC_DATE.match(t, m.end()))
        ):
            return None
        if g.ordinal_suffix.match(t, m.end()):
            return None
        ph = Phrase(s, m.end(), v, num_end=m.end())
        r = _RANGE.match(t, ph.end) if nxt and (nxt in "-–—" or nxt.isspace()) else None
        if r:
            m2 = _DIGITS.match(t, r.end())
            v2 = parse_digits(m2.group(), lang) if m2 else None
            if m2 and v2 is not None and v2 > v and not g.ordinal_suffix.match(t, m2.end()):
                ph.high, ph.end = v2, m2.end()
                ph.num_end = ph.end
    else:
        fe = word_end(t, s, g.lang.fractions)
        if fe:  # "полтора", "полутора тысяч": a number word worth a fraction
            ph = Phrase(s, fe, g.lang.fractions[t[s:fe]], num_end=fe, is_word=True)
            art = _ARTICLE.match(t, fe)
            if art and g.scale.match(t, art.end()):  # "half a billion"
                ph.end = art.end()
        else:
            m = g.number_words.match(t, s)
            if not m:
                return None
            # "тысяч тонн": thousands of tonnes, not 1000; but after a qualifier a scale
            # word is one of them ("около тысячи", "свыше миллиона")
            first = t[s : s + 12].split(" ", 1)[0].rstrip(",.;:")
            if first in g.lang.scale_only and qual_before(g, t, s)[0] == "exact":
                return None
            ph = _words_phrase(g, t, s, _joined(g, m.group()))
            if ph.unit is not None or (
                ph.end < len(t) and t[ph.end].isalpha() and not g.scale.match(t, ph.end)
            ):
                return ph if ph.unit is not None else None
    half = _half_after(g.lang.code)
    hm = half.match(t, ph.end) if half is not None and ph.high is None else None
    if hm:  # "шесть с половиной миллиардов", "two and a half years"
        ph.value, ph.end, ph.num_end = ph.value + 0.5, hm.end(), hm.end()
    factor, end = _scale(g, t, ph.end)
    if factor == 1 and not g.qual_after_any.match(t, ph.end):
        ph.no_qual_at = ph.end
    elif factor == 1:
        q, qe = qual_after(g, t, ph.end)  # "60 с лишним миллиардов": more than 60 billion
        f2, e2 = _scale(g, t, qe)
        if f2 > 1:
            factor, end, ph.qual = f2, e2, q
    if factor > 1:
        ph.value = clean(ph.value * factor)
        ph.high = clean(ph.high * factor) if ph.high is not None else None
        ph.end, ph.scaled, ph.factor = end, True, factor
        tail = _scaled_tail(g, t, ph)
        if tail is not None:
            return tail
    elif ph.end < len(t) and t[ph.end].isalpha() and not ph.is_word:
        unit, end = unit_at(g, t, ph.end)  # "5km": a unit glued to digits; else "COP29x"-like junk
        if unit is None:
            return None
    pm = _PERCENT.match(t, ph.end) if "%" in t[ph.end : ph.end + 2] else None
    if pm:
        ph.percent, ph.end = True, pm.end()
    if not ph.percent and t.startswith("-", ph.end):  # "44-day war", "a 826-km line"
        unit, end = unit_at(g, t, ph.end + 1)
        kinds = ("duration", "quantity", "multiplier")  # "three-fold"
        if unit is not None and unit.kind in kinds and end - ph.end > 2:
            ph.unit, ph.end = unit, end
            return ph
    cm = _CASE.match(t, ph.end) if t[ph.end : ph.end + 1] in _CASE_MARKS else None
    if cm and g.qual_after_any.match(t, ph.end):
        cm = None  # "990-odd": a qualifier, no case ending
    if cm and not ph.percent and not ph.scaled:
        ph.end = cm.end()
        return ph  # "300-dən", "160-dan": a case ending ends the phrase
    if cm:
        ph.end = cm.end()
    if not ph.percent:
        unit, end = unit_at(g, t, ph.end)
        if unit is not None:
            ph.unit, ph.end = _compound_head(g, t, unit, end)
            f = ph.unit.factor
            if f > 1 and not ph.scaled:  # "25.0 bcm", "488 kb/d": the unit carries a scale
                ph.value, ph.factor, ph.scaled = clean(ph.value * f), f, True
                ph.high = clean(ph.high * f) if ph.high is not None else None
        else:
            ph.no_unit_at = ph.end
    return ph


@cache
def _half_after(code: str) -> regex.Pattern[str] | None:
    pat = grammar(code).lang.half_after
    return regex.compile(pat, regex.V0) if pat else None


def _joined(g: Grammar, text: str) -> str:
    """Number words cut before a joiner that does not follow a hundred or a scale:
    "one hundred and five" is one number, "between two and seven" two."""
    for j in g.lang.number_joiners:
        k = text.find(f" {j} ")
        while k > 0:
            prev = _SPLIT.split(text[:k])[-1]
            if g.lang.numbers.get(prev, 0) < 100:
                return text[:k]
            k = text.find(f" {j} ", k + 1)
    return text


def _scaled_tail(g: Grammar, t: str, ph: Phrase) -> Phrase | None:
    """``3 milyon 150 min tona``, ``1 млн 200 тыс. тонн``: a scaled figure followed by a
    smaller scaled figure is one sum, which takes the second one's unit."""
    if ph.high is not None or not _SUM_NEXT.match(t, ph.end):
        return None
    p2 = phrase_at(g, t, ph.end + 1)
    if p2 is None or p2.is_word or p2.high is not None or p2.factor >= ph.factor:
        return None
    # "36 min 210 nəfər", "2 тыс. 300 рублей": the units after the thousands
    if not p2.scaled and (ph.factor != 1000 or p2.num_end - p2.start > 3):
        return None
    if p2.value >= ph.factor or p2.qual is not None:
        return None
    p2.start, p2.value, p2.factor = ph.start, clean(ph.value + p2.value), ph.factor
    return p2


def word_end(t: str, s: int, words: Mapping[str, float]) -> int:
    """End of the word of ``words`` that starts at ``s`` and ends a word, else 0."""
    for w in words:
        e = s + len(w)
        if t.startswith(w, s) and (e == len(t) or not t[e].isalnum()):
            return e
    return 0


def _words_phrase(g: Grammar, t: str, s: int, text: str) -> Phrase:
    """A phrase of number words: ``beş-altı`` is a range (5–6) where ``twenty-one`` is a
    sum; a tail fused to the last word (``otuzillik``, ``ikiqat``, ``threefold``) is a unit."""
    nums = g.lang.numbers
    e = s + len(text)
    one = text.isalpha()  # one word (most are): nothing to split
    parts = [text] if one else _WORD_RANGE.split(text)
    if len(parts) == 2 and all(x in nums for x in parts) and nums[parts[0]] < nums[parts[1]] < 100:
        ph = Phrase(s, e, nums[parts[0]], high=nums[parts[1]], num_end=e, is_word=True)
    else:
        words = [w for w in ([text] if one else _SPLIT.split(text)) if w in nums]
        ph = Phrase(s, e, words_value(words, nums), num_end=e, is_word=True)
        ph.scaled = any(nums[w] >= 1000 for w in words)
    for tail, fused in g.lang.fused_units.items():
        if t.startswith(tail, e):
            kind = "multiplier" if fused == "times" else "duration"
            ph.unit, ph.end = Unit(tail, fused, kind), e + len(tail)
            break
    return ph


def _compound_head(g: Grammar, t: str, unit: Unit, end: int) -> tuple[Unit, int]:
    """A counted thing named by a compound takes its head, the last noun: "10 konteyner
    qatarı", "10 container trains", "10 контейнерных поездов" count trains."""
    if unit.kind not in ("quantity", "count"):
        return unit, end
    head, e2 = unit_at(g, t, end)
    if head is not None and head.unit in _COMPLEMENTS:
        return unit, end  # "шестью государствами региона": a genitive complement, no head
    if head is not None and head.kind in ("quantity", "count") and t[end : end + 1].isspace():
        return head, e2
    return unit, end


def currency_before(g: Grammar, ctx: Context, s: int) -> tuple[str | None, int]:
    """A currency sign (``$5``, ``€ 5``) or code (``USD 100,000``) right before ``s``."""
    text, t = ctx.text, ctx.folded
    k = s - 1
    if k >= 0 and text[k] == " ":
        k -= 1
    if k < 0:
        return None, s
    code = g.lang.currency_prefix.get(text[k])
    if code:
        return code, k
    j = k
    while j >= 0 and k - j < 4 and t[j].isalpha():
        j -= 1
    if j < k and (j < 0 or not t[j].isalnum()):
        code = g.lang.currency_prefix.get(t[j + 1 : k + 1])
        if code:
            return code, j + 1
    return None, s


def qual_before(g: Grammar, t: str, s: int) -> tuple[str, int]:
    window = t[max(0, s - 40) : s]
    if not window[-1:].isspace() or not ends_at(g.qual_before_any, window, 0, len(window)):
        return "exact", s  # every pattern ends in \s$ (regex \s is a subset of isspace)
    for pat, q in g.qual_before:
        m = pat.search(window)
        if m:
            return q, s - (len(window) - m.start())
    return "exact", s


def qual_after(g: Grammar, t: str, e: int) -> tuple[str | None, int]:
    if not g.qual_after_any.match(t, e):
        return None, e
    for pat, q in g.qual_after:
        m = pat.match(t, e)
        if m:
            return q, m.end()
    return None, e


def clean(v: float | int) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)
