"""Number mentions: digits and number words, per-language separators, scale words,
ranges, ``from X to Y`` changes, units and currencies, counted nouns, qualifiers."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import Grammar, grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import Spans, match_at
from crossfact.claims.lang import Unit

_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*(?:\s\d{3}(?![\d.,]\d))*")
_RANGE = regex.compile(r"\s?[-–—]\s?(?=\d)")
_CASE = regex.compile(r"[-–'’](?:\p{Ll}{1,5})(?!\w)")
_CASE_MARKS = frozenset("-–'’")
_PERCENT = regex.compile(r"\s?%")
_WORD = regex.compile(r"\s(\w[\w-]*)")
_TIME = regex.compile(r"[:.]\d\d(?!\d)")
_NUMERIC_DATE = regex.compile(r"[./]\d{1,2}[./]\d{2,4}")
_SPLIT = regex.compile(r"[\s,-]+")
_FROM = regex.compile(r"(?<!\w)(?:from|с|от)\s$")
_TO = regex.compile(r"\s(?:to|до)\s")
# "24 to 30 months": a range joined by a word (never after "from", which makes a change)
_RANGE_WORD = {"en": regex.compile(r"\sto\s(?=\d)")}
# "rose to Y from X": "from X to Y" reversed (an appositive "Y, up from X" is two figures)
_BACK_TO = {"en": regex.compile(r"(?<!\w)to\s$")}
_BACK_FROM = regex.compile(r"\sfrom\s(?=[\d$€£₼₽])")
_DATE_GAP = regex.compile(r"\s(?:\p{L}{1,6}\s){0,2}$")  # "… in early ⟨2022⟩": words before a date
_WORD_RANGE = regex.compile(r"\s?[-–]\s?")
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")
_ABL = ("dan", "dən", "tan", "tən")
_DAT = ("a", "ə")


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


def words_value(words: list[str], table: dict[str, int]) -> int:
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
    qual: str | None = None  # "60 с лишним миллиардов": a qualifier inside the phrase


def _scale(g: Grammar, t: str, pos: int) -> tuple[int, int]:
    m = g.scale.match(t, pos)
    if not m:
        return 1, pos
    word = m.group().strip()
    for pat, factor in g.scale_values:
        if pat.match(word):
            return factor, m.end()
    return 1, pos


def _unit(g: Grammar, t: str, pos: int) -> tuple[Unit | None, int]:
    m = g.units.match(t, pos)
    if not m or not m.lastgroup:
        return None, pos
    return g.lang.units[int(m.lastgroup[1:])], m.end()


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
        fe = _word_end(t, s, g.lang.fractions)
        if fe:  # "полтора", "полутора тысяч": a number word worth a fraction
            ph = Phrase(s, fe, g.lang.fractions[t[s:fe]], num_end=fe, is_word=True)
        else:
            m = g.number_words.match(t, s)
            if not m:
                return None
            if t[s : s + 12].split(" ", 1)[0].rstrip(",.;:") in g.lang.scale_only:
                return None  # "тысяч тонн": thousands of tonnes, not 1000
            ph = _words_phrase(g, t, s, m.group())
            if ph.unit is not None or (
                ph.end < len(t) and t[ph.end].isalpha() and not g.scale.match(t, ph.end)
            ):
                return ph if ph.unit is not None else None
    factor, end = _scale(g, t, ph.end)
    if factor == 1 and g.qual_after_any.match(t, ph.end):
        q, qe = _qual_after(g, t, ph.end)  # "60 с лишним миллиардов": more than 60 billion
        f2, e2 = _scale(g, t, qe)
        if f2 > 1:
            factor, end, ph.qual = f2, e2, q
    if factor > 1:
        ph.value = _clean(ph.value * factor)
        ph.high = _clean(ph.high * factor) if ph.high is not None else None
        ph.end, ph.scaled, ph.factor = end, True, factor
    elif ph.end < len(t) and t[ph.end].isalpha() and not ph.is_word:
        unit, end = _unit(g, t, ph.end)  # "5km": a unit glued to digits; else "COP29x"-like junk
        if unit is None:
            return None
    pm = _PERCENT.match(t, ph.end) if "%" in t[ph.end : ph.end + 2] else None
    if pm:
        ph.percent, ph.end = True, pm.end()
    if not ph.percent and t.startswith("-", ph.end):  # "44-day war", "a 826-km line"
        unit, end = _unit(g, t, ph.end + 1)
        kinds = ("duration", "quantity", "multiplier")  # "three-fold"
        if unit is not None and unit.kind in kinds and end - ph.end > 2:
            ph.unit, ph.end = unit, end
            return ph
    cm = _CASE.match(t, ph.end) if t[ph.end : ph.end + 1] in _CASE_MARKS else None
    if cm and not ph.percent and not ph.scaled:
        ph.end = cm.end()
        return ph  # "300-dən", "160-dan": a case ending ends the phrase
    if cm:
        ph.end = cm.end()
    if not ph.percent:
        unit, end = _unit(g, t, ph.end)
        if unit is not None:
            ph.unit, ph.end = _compound_head(g, t, unit, end)
        else:
            ph.no_unit_at = ph.end
    return ph


def _word_end(t: str, s: int, words: Mapping[str, float]) -> int:
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
    parts = _WORD_RANGE.split(text)
    if len(parts) == 2 and all(x in nums for x in parts) and nums[parts[0]] < nums[parts[1]] < 100:
        ph = Phrase(s, e, nums[parts[0]], high=nums[parts[1]], num_end=e, is_word=True)
    else:
        words = [w for w in _SPLIT.split(text) if w in nums]
        ph = Phrase(s, e, words_value(words, dict(nums)), num_end=e, is_word=True)
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
    head, e2 = _unit(g, t, end)
    if head is not None and head.kind in ("quantity", "count") and t[end : end + 1].isspace():
        return head, e2
    return unit, end


def _currency_before(g: Grammar, ctx: Context, s: int) -> tuple[str | None, int]:
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


def _qual_before(g: Grammar, t: str, s: int) -> tuple[str, int]:
    window = t[max(0, s - 40) : s]
    if not window[-1:].isspace() or not g.qual_before_any.search(window):
        return "exact", s  # every pattern ends in \s$ (regex \s is a subset of isspace)
    for pat, q in g.qual_before:
        m = pat.search(window)
        if m:
            return q, s - (len(window) - m.start())
    return "exact", s


def _qual_after(g: Grammar, t: str, e: int) -> tuple[str | None, int]:
    if not g.qual_after_any.match(t, e):
        return None, e
    for pat, q in g.qual_after:
        m = pat.match(t, e)
        if m:
            return q, m.end()
    return None, e


@cache
def _qual_ahead(code: str) -> regex.Pattern[str]:
    """The qualifiers a number may follow, matched where they start ("to more than 90")."""
    quals = grammar(code).lang.qualifiers_before
    alts = "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(quals))
    return regex.compile(rf"(?:{alts})\s" if alts else r"(?!)", regex.V0)


def _lead_in(g: Grammar, t: str, pos: int) -> tuple[str | None, int]:
    """A qualifier and a currency sign before the number at ``pos`` ("nearly $5")."""
    q = None
    qm = _qual_ahead(g.lang.code).match(t, pos)
    if qm and qm.lastgroup:
        q, pos = g.lang.qualifiers_before[int(qm.lastgroup[1:])][1], qm.end()
    if pos < len(t) and t[pos] in g.lang.currency_prefix:
        pos += 1
    return q, pos


def _skip_date(t: str, taken: Spans, k: int) -> int:
    """Past a date just after ``k`` ("from 12 ⟨in 2021⟩ to 90", "с 3 тыс. ⟨в 2020 г.⟩ до
    56,5 тыс."), else ``k``."""
    i = bisect.bisect_left(taken.starts, k)
    if (
        i < len(taken.starts)
        and taken.starts[i] - k <= 16
        and (taken.starts[i] == k + 1 or _DATE_GAP.fullmatch(t, k, taken.starts[i]))
    ):
        return taken.ends[i]
    return k


def _from_to(
    g: Grammar, ctx: Context, p1: Phrase, taken: Spans
) -> tuple[Phrase, str | None] | None:
    """``1 milyon tondan 5 milyon tona (qədər)``, ``from 1 to 5 million t``, ``с 1 до 5 млн т``,
    ``from under 2% to nearly 8%``, ``from 12 in 2021 to more than 90``: the end phrase and
    its qualifier."""
    t = ctx.folded
    code = g.lang.code
    q2 = None
    if code == "az":
        if not t[: p1.end].endswith(_ABL):
            return None
        nxt = p1.end + 1
    else:
        lead = _currency_before(g, ctx, p1.start)[1]  # "from $1.9 billion"
        if not _FROM.search(t, max(0, lead - 6), lead):
            qb, qs = _qual_before(g, t, lead)  # "from under 2%"
            if qb == "exact" or not _FROM.search(t, max(0, qs - 6), qs):
                return None
        k = _skip_date(t, taken, p1.end)
        m = _TO.match(t, k, k + 5)
        if not m:
            return None
        q2, nxt = _lead_in(g, t, m.end())
    if nxt >= len(t) or not g.number_start.match(t, nxt):
        return None
    p2 = phrase_at(g, t, nxt)
    if p2 is None:
        return None
    if (
        code == "az"
        and not t[: p2.end].endswith(_DAT)
        and not (p2.unit and t[: p2.end].endswith(_DAT))
    ):
        return None
    return p2, q2


def _back_from(
    g: Grammar, ctx: Context, taken: Spans, m: Mention
) -> tuple[float | int, int] | None:
    """``rose to 56,500 TEU from 33,600 TEU``, ``to $5m from $3m in 2023``: the start value
    of a change after its end, and the new end of the claim."""
    t = ctx.folded
    to = _BACK_TO.get(g.lang.code)
    if to is None or not to.search(t, max(0, m.start - 4), m.start):
        return None
    b = _BACK_FROM.match(t, _skip_date(t, taken, m.end))
    if b is None:
        return None
    _, nxt = _lead_in(g, t, b.end())
    if taken.hit(nxt, nxt + 1) or not g.number_start.match(t, nxt):
        return None  # "… from 2019"
    p2 = phrase_at(g, t, nxt)
    if p2 is None or p2.percent != (m.kind == "percent"):
        return None
    if m.unit is not None and (p2.unit.unit if p2.unit else m.unit) != m.unit:
        return None  # "to 5 trains from 12 countries"
    return p2.value, p2.end


def extract_numbers(ctx: Context, taken: Spans) -> list[Mention]:
    out: list[Mention] = []
    t = ctx.folded
    for rs, re_, lang in ctx.regions:
        g = grammar(lang)
        resume = rs
        words = ctx.word_triggers(rs, re_, (), g.number_triggers)
        digits = set(ctx.digits_in(rs, re_))  # digit-run starts; the rest start number words
        fracs = set(ctx.word_triggers(rs, re_, (), frozenset(g.lang.fractions)))
        cands = sorted({*digits, *words, *fracs})
        for s in cands:
            # inside a date or the references: skipped before the regex (a match at s
            # would overlap the same span)
            if s < resume or taken.hit(s, s + 1) or ctx.in_refs(s):
                continue
            if s not in fracs:
                pat = g.number_at_digit if s in digits else g.number_at_letter
                m = match_at(pat, t, s, re_)
                if m is None or taken.hit(s, m.end()) or ctx.in_url(s, m.end()):
                    continue
            mention, end = _claim(ctx, g, s, taken)
            resume = max(resume, end)
            # a change may run across its dates ("from 12 in 2021 to 90"), nothing else may
            last = mention.end if mention is not None and mention.from_value is None else s + 1
            if mention is not None and not taken.hit(mention.start, last):
                out.append(mention)
        out += _partitives(ctx, g, rs, re_, out)
        out += _multiplier_words(ctx, g, rs, re_, taken)
    return out


@cache
def _multiplier_next(code: str) -> regex.Pattern[str] | None:
    pat = grammar(code).lang.multiplier_next
    return regex.compile(pat, regex.V0) if pat else None


def _multiplier_words(ctx: Context, g: Grammar, rs: int, re_: int, taken: Spans) -> list[Mention]:
    """``twice``, ``вдвое``: a number and "times" in one word."""
    words = g.lang.multiplier_words
    if not words:
        return []
    out = []
    nxt = _multiplier_next(g.lang.code)
    for pos in ctx.word_triggers(rs, re_, (), frozenset(words)):
        e = _word_end(ctx.folded, pos, words)
        if not e or taken.hit(pos, e) or (nxt is not None and not nxt.match(ctx.folded, e)):
            continue
        m = Mention(pos, e, "multiplier", g.lang.code, value=words[ctx.folded[pos:e]])
        m.unit = "times"
        q, qs = _qual_before(g, ctx.folded, pos)
        if q != "exact":
            m.qualifier, m.start = q, qs
        out.append(m)
    return out


def _partitives(ctx: Context, g: Grammar, rs: int, re_: int, found: list[Mention]) -> list[Mention]:
    """``5 daimi üzvündən ikisi`` ("two of the five permanent members"): a number word with a
    possessive ending right after a counted phrase in the ablative takes that phrase's unit."""
    if g.partitive is None:
        return []
    out = []
    t = ctx.folded
    words = {
        w + end for w in g.lang.numbers for end in ("si", "sı", "su", "sü", "ü", "u", "i", "ı")
    }
    for pos in ctx.word_triggers(rs, re_, (), frozenset(words)):
        m = match_at(g.partitive, t, pos, re_)
        if m is None or g.lang.numbers[m["w"]] < 2:
            continue
        prev = [f for f in found if f.kind == "count" and 0 <= pos - f.end <= 4]
        if prev and t[: prev[-1].end].endswith(_ABL):
            c = Mention(pos, m.end(), "count", g.lang.code, value=g.lang.numbers[m["w"]])
            c.unit, c.noun = prev[-1].unit, prev[-1].noun
            out.append(c)
    return out


def _word_range(g: Grammar, t: str, p: Phrase) -> Phrase:
    """``24 to 30 months``, ``5 to 7 million tonnes``: a range joined by a word, read only
    when the second number carries the unit (scale, %, unit) for both."""
    rw = _RANGE_WORD.get(g.lang.code)
    if rw is None or p.is_word or p.high is not None or p.unit or p.percent or p.factor > 1:
        return p
    r = rw.match(t, p.end)
    if r is None or _FROM.search(t, max(0, p.start - 6), p.start):
        return p
    p2 = phrase_at(g, t, r.end())
    if p2 is None or p2.high is not None or not (p2.unit or p2.percent or p2.factor > 1):
        return p
    low = p.value * p2.factor if p.value * p2.factor < p2.value else p.value
    if low >= p2.value:
        return p
    p2.start, p2.high, p2.value = p.start, p2.value, _clean(low)
    return p2


def _claim(ctx: Context, g: Grammar, s: int, taken: Spans) -> tuple[Mention | None, int]:
    t = ctx.folded
    p = phrase_at(g, t, s)
    if p is None:
        return None, s + 1
    if g.anniversary.match(t, p.num_end):
        return None, p.end  # "25 illiyi", "100 illik yubiley": an anniversary, not a figure
    if p.is_word and s > 0 and t[s - 1] == "(" and g.scale.match(t, s):
        return None, p.end  # "(milyard ABŞ dolları)": a table's unit label, not a figure
    p = _word_range(g, t, p)
    start, end = p.start, p.end
    m = Mention(start, end, "count", g.lang.code, value=p.value, qualifier=p.qual or "exact")
    change = _from_to(g, ctx, p, taken)
    if change is not None:
        p2, q2 = change
        unit = p2.unit or p.unit
        # "from 1 to 5 million", "с одного до пяти миллионов": the scale is shared, as long
        # as the shared reading keeps the start below the end.
        scale2 = p2.factor
        if scale2 == 1 and p2.is_word and p2.value >= 1000:  # "пяти миллионов": a word scale
            scale2 = 10 ** (3 * ((len(str(int(p2.value))) - 1) // 3))
        shared = p.factor == 1 and (not p.is_word or p.value * scale2 <= p2.value)
        low = p.value * scale2 if shared else p.value
        m.from_value, m.value, m.end = _clean(low), p2.value, p2.end
        m.qualifier = q2 or p2.qual or "exact"
        q, e = _qual_after(g, t, p2.end)
        if q == "up-to":
            m.end = e
        p = Phrase(p.start, p2.end, p2.value, p2.high, unit=unit, percent=p2.percent or p.percent)
        p.scaled = True
    else:
        q, e = _qual_after(g, t, p.end)
        if q:
            m.qualifier, m.end = q, e
        if p.unit is None and not p.percent:  # "bir milyona yaxın şagird": noun after qualifier
            unit, ue = _unit(g, t, m.end) if m.end != p.no_unit_at else (None, m.end)
            if unit is not None and unit.kind == "count":
                p.unit, m.end = unit, ue
    cur, cs = _currency_before(g, ctx, start)
    qb, qs = _qual_before(g, t, cs if cur else start)  # "below USD 100,000"
    if qb != "exact" and m.qualifier == "exact":
        m.qualifier, m.start = qb, qs
    if p.high is not None:
        m.value = [p.value, p.high]
    if p.percent or (p.unit and p.unit.kind == "percent"):
        m.kind, m.unit = "percent", "%"
    elif cur:
        m.kind, m.unit, m.start = "money", cur, min(m.start, cs)
    elif p.unit is not None:
        m.kind, m.unit = p.unit.kind, p.unit.unit
        m.noun = _last_word(t, p.start, p.end)
        if p.is_word and not p.scaled and p.value <= 1:
            return None, m.end
    else:
        if g.label_before.search(t, max(0, start - 12), start):
            return None, p.end  # "Article 5", "maddə 3": a label, not a count
        noun = _counted_noun(ctx, g, m.end, p)
        if noun is not None:
            m.unit, m.noun, m.end, m.kind = noun
        elif p.scaled or change is not None:
            # "11,8 млрд.", "from 12 to 90": a scaled figure or a change stands alone
            m.kind = "quantity" if p.scaled and change is None else "count"
        else:
            return None, p.end
    if m.kind == "count" and p.is_word and not p.scaled and p.value < 3:
        return None, m.end  # "iki ölkə", "hər iki tərəf": trivial counts
    if change is None:
        back = _back_from(g, ctx, taken, m)
        if back is not None:
            m.from_value, m.end = back
    return m, m.end


def _clean(v: float | int) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)


def _last_word(t: str, s: int, e: int) -> str | None:
    m = _LAST_WORD.search(t[s:e])
    return m.group(1) if m else None


def _blank_line(ctx: Context, s: int, e: int) -> bool:
    """A blank line in the original text between view offsets ``s`` and ``e``."""
    a, b = ctx.doc.view.to_original(s, e)
    return "\n\n" in ctx.doc.text[a:b].replace(" ", "")


def _counted_noun(
    ctx: Context, g: Grammar, pos: int, p: Phrase
) -> tuple[str | None, str, int, str] | None:
    """A digit count's noun: the first lower-case word, or up to 3 words on a known noun
    after its modifiers ("40 freight wagons": wagons); with the claim's kind."""
    t = ctx.folded
    if p.high is not None:
        return None
    first = None
    words = p.is_word and not p.scaled  # "A hundred and twenty thousand trucks": as digits
    for _ in range(3):
        m = _WORD.match(t, pos)
        if not m or g.not_count.match(m.group(1)) or _blank_line(ctx, pos, m.start(1)):
            break  # a page number over a paragraph break counts nothing
        unit, ue = _unit(g, t, pos) if pos != p.no_unit_at else (None, pos)
        if unit is not None and unit.kind in ("count", "quantity"):
            return unit.unit, m.group(1), ue, unit.kind
        if first is None:
            if not ctx.text[m.start(1)].islower() or words:
                if not ctx.text[m.start(1)].isupper() and not words:
                    return None
                # "300-dən çox Çin şirkəti": a name before the noun; "beş yeni məktəb":
                # a number word counts only a known noun, perhaps after its modifiers
                pos = m.end()
                continue
            if 1000 <= p.value <= 2100 and not p.is_word:
                return None  # a year-like number only counts a known noun
            first = (None, m.group(1), m.end(), "count")
        pos = m.end()
    return first


def parse_number_words(text: str, lang: str) -> int | None:
    """The value of ``text`` if it is entirely a number written in words (``altmış bir``,
    ``sixty-one``, ``шестьдесят один``), else ``None``."""
    from crossfact.claims.context import fast_fold

    g = grammar(lang)
    t = fast_fold(" ".join(text.split()))
    m = match_at(g.number_words, t, 0)
    if m is None or m.end() != len(t):
        return None
    words = [w for w in _SPLIT.split(t) if w in g.lang.numbers]
    return words_value(words, dict(g.lang.numbers))
