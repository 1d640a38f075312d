"""Number mentions: digits and number words, per-language separators, scale words,
ranges, ``from X to Y`` changes, units and currencies, counted nouns, qualifiers."""

from __future__ import annotations

from dataclasses import dataclass

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
        m = g.number_words.match(t, s)
        if not m:
            return None
        words = [w for w in _SPLIT.split(m.group()) if w in g.lang.numbers]
        ph = Phrase(s, m.end(), words_value(words, dict(g.lang.numbers)), is_word=True)
        ph.num_end = m.end()
        ph.scaled = any(g.lang.numbers[w] >= 1000 for w in words)
        for tail, fused in g.lang.fused_units.items():
            if t.startswith(tail, ph.end):
                ph.unit, ph.end = Unit(tail, fused, "duration"), ph.end + len(tail)
                return ph
        if ph.end < len(t) and t[ph.end].isalpha() and not g.scale.match(t, ph.end):
            return None
    factor, end = _scale(g, t, ph.end)
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
        if unit is not None and unit.kind in ("duration", "quantity") and end - ph.end > 2:
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


def _compound_head(g: Grammar, t: str, unit: Unit, end: int) -> tuple[Unit, int]:
    """A counted thing named by a compound takes its head, the last noun: "10 konteyner
    qatarı", "10 container trains", "10 контейнерных поездов" count trains."""
    if unit.kind not in ("quantity", "count"):
        return unit, end
    head, e2 = _unit(g, t, end)
    if head is not None and head.kind in ("quantity", "count") and t[end : end + 1].isspace():
        return head, e2
    return unit, end


def _currency_before(g: Grammar, text: str, s: int) -> tuple[str | None, int]:
    k = s - 1
    if k >= 0 and text[k] == " ":
        k -= 1
    code = g.lang.currency_prefix.get(text[k]) if k >= 0 else None
    return (code, k) if code else (None, s)


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


def _from_to(g: Grammar, ctx: Context, p1: Phrase) -> Phrase | None:
    """``1 milyon tondan 5 milyon tona (qədər)``, ``from 1 to 5 million t``, ``с 1 до 5 млн т``."""
    t = ctx.folded
    code = g.lang.code
    if code == "az":
        if not t[: p1.end].endswith(_ABL):
            return None
        nxt = p1.end + 1
    else:
        if not _FROM.search(t[max(0, p1.start - 6) : p1.start]):
            return None
        m = _TO.match(t[p1.end : p1.end + 5])
        if not m:
            return None
        nxt = p1.end + m.end()
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
    return p2


def extract_numbers(ctx: Context, taken: Spans) -> list[Mention]:
    out: list[Mention] = []
    t = ctx.folded
    for rs, re_, lang in ctx.regions:
        g = grammar(lang)
        resume = rs
        words = ctx.word_triggers(rs, re_, (), g.number_triggers)
        digits = set(ctx.digits_in(rs, re_))  # digit-run starts; the rest start number words
        cands = sorted({*digits, *words})
        for s in cands:
            # inside a date or the references: skipped before the regex (a match at s
            # would overlap the same span)
            if s < resume or taken.hit(s, s + 1) or ctx.in_refs(s):
                continue
            m = match_at(g.number_at_digit if s in digits else g.number_at_letter, t, s, re_)
            if m is None or taken.hit(s, m.end()) or ctx.in_url(s, m.end()):
                continue
            mention, end = _claim(ctx, g, s)
            resume = max(resume, end)
            if mention is not None and not taken.hit(mention.start, mention.end):
                out.append(mention)
        out += _partitives(ctx, g, rs, re_, out)
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


def _claim(ctx: Context, g: Grammar, s: int) -> tuple[Mention | None, int]:
    t = ctx.folded
    p = phrase_at(g, t, s)
    if p is None:
        return None, s + 1
    if g.anniversary.match(t, p.num_end):
        return None, p.end  # "25 illiyi", "100 illik yubiley": an anniversary, not a figure
    if p.is_word and s > 0 and t[s - 1] == "(" and g.scale.match(t, s):
        return None, p.end  # "(milyard ABŞ dolları)": a table's unit label, not a figure
    start, end = p.start, p.end
    m = Mention(start, end, "count", g.lang.code, value=p.value)
    p2 = _from_to(g, ctx, p)
    if p2 is not None:
        unit = p2.unit or p.unit
        # "from 1 to 5 million", "с одного до пяти миллионов": the scale is shared, as long
        # as the shared reading keeps the start below the end.
        scale2 = p2.factor
        if scale2 == 1 and p2.is_word and p2.value >= 1000:  # "пяти миллионов": a word scale
            scale2 = 10 ** (3 * ((len(str(int(p2.value))) - 1) // 3))
        shared = p.factor == 1 and (not p.is_word or p.value * scale2 <= p2.value)
        low = p.value * scale2 if shared else p.value
        m.from_value, m.value, m.end = _clean(low), p2.value, p2.end
        q, e = _qual_after(g, t, p2.end)
        if q == "up-to":
            m.end = e
        p = Phrase(
            p.start, p2.end, p2.value, unit=unit, percent=p2.percent or p.percent, scaled=True
        )
    else:
        q, e = _qual_after(g, t, p.end)
        if q:
            m.qualifier, m.end = q, e
        if p.unit is None and not p.percent:  # "bir milyona yaxın şagird": noun after qualifier
            unit, ue = _unit(g, t, m.end) if m.end != p.no_unit_at else (None, m.end)
            if unit is not None and unit.kind == "count":
                p.unit, m.end = unit, ue
    qb, qs = _qual_before(g, t, start)
    if qb != "exact" and m.qualifier == "exact":
        m.qualifier, m.start = qb, qs
    cur, cs = _currency_before(g, ctx.text, start)
    if p.high is not None:
        m.value = [p.value, p.high]
    if p.percent or (p.unit and p.unit.kind == "percent"):
        m.kind, m.unit = "percent", "%"
    elif cur:
        m.kind, m.unit, m.start = "money", cur, min(m.start, cs)
    elif p.unit is not None:
        m.kind, m.unit = p.unit.kind, p.unit.unit
        m.noun = _last_word(t, p.start, p.end)
        if p.is_word and not p.scaled and p.value < 2:
            return None, m.end
    else:
        if g.label_before.search(t, max(0, start - 12), start):
            return None, p.end  # "Article 5", "maddə 3": a label, not a count
        noun = _counted_noun(ctx, g, m.end, p)
        if noun is None:
            return None, p.end
        m.unit, m.noun, m.end, m.kind = noun
    if m.kind == "count" and p.is_word and not p.scaled and p.value < 3:
        return None, m.end  # "iki ölkə", "hər iki tərəf": trivial counts
    return m, m.end


def _clean(v: float | int) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)


def _last_word(t: str, s: int, e: int) -> str | None:
    m = _LAST_WORD.search(t[s:e])
    return m.group(1) if m else None


def _counted_noun(
    ctx: Context, g: Grammar, pos: int, p: Phrase
) -> tuple[str | None, str, int, str] | None:
    """A digit count's noun: the first lower-case word, or up to 3 words on a known noun
    after its modifiers ("40 freight wagons": wagons); with the claim's kind."""
    t = ctx.folded
    if p.high is not None:
        return None
    first = None
    for _ in range(3):
        m = _WORD.match(t, pos)
        if not m or g.not_count.match(m.group(1)):
            break
        unit, ue = _unit(g, t, pos) if pos != p.no_unit_at else (None, pos)
        if unit is not None and unit.kind in ("count", "quantity"):
            return unit.unit, m.group(1), ue, unit.kind
        if first is None:
            if not ctx.text[m.start(1)].islower() or p.is_word:
                if not ctx.text[m.start(1)].isupper() and not p.is_word:
                    return None
                # "300-dən çox Çin şirkəti": a name before the noun; "beş yeni məktəb":
                # a number word counts only a known noun, perhaps after its modifiers
                pos = m.end()
                continue
            if 1000 <= p.value <= 2100:
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
