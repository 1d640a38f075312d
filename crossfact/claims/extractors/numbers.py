"""Number mentions: digits and number words, per-language separators, scale words,
ranges, ``from X to Y`` changes, units and currencies, counted nouns, qualifiers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.changes import ABL, back_from, from_to, is_range, word_range
from crossfact.claims.extractors.grammar import Grammar, grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.phrase import (
    _SPLIT,
    Phrase,
    clean,
    currency_before,
    phrase_at,
    qual_after,
    qual_before,
    unit_at,
    word_end,
    words_value,
)
from crossfact.claims.extractors.scan import Spans, ends_at, match_at, may_start, scan, spaced_first

_WORD = regex.compile(r"\s(\w[\w-]*)")
_FROM_BEFORE = regex.compile(r"(?<!\w)(?:from|с|от)\s$")
_PREV_WORD = regex.compile(r"(?<![\w.])(\w+)\s$")
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$", regex.REVERSE)
_YEARS = regex.compile(r"(?:1\d|20|21)\d\d\s?(?:[-–—]|to|до)\s?(?:1\d|20|21)\d\d")
_SENTENCE_END = regex.compile(r"[.!](?:\s|$)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:\n])\s*$")


def extract_numbers(ctx: Context, taken: Spans) -> list[Mention]:
    out: list[Mention] = []
    t = ctx.folded
    for rs, re_, lang in ctx.regions:
        g = grammar(lang)
        resume = rs
        words = ctx.word_triggers(rs, re_, (), g.number_triggers)
        digits = set(ctx.digits_in(rs, re_))  # digit-run starts; the rest start number words
        fracs = set(ctx.word_triggers(rs, re_, (), _word_set(g.lang.code, "fractions")))
        cands = sorted({*digits, *words, *fracs})
        for s in cands:
            # inside a date or the references: skipped before the regex (a match at s
            # would overlap the same span)
            if s < resume or taken.hit(s, s + 1) or ctx.in_refs(s) or ctx.is_excluded(s, s + 1):
                continue  # (a mention starting in an excluded span, e.g. a feed, is dropped)
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
        out += _occasion_words(ctx, g, rs, re_, taken)
        out += _collective_words(ctx, g, rs, re_, taken)
    return out


@cache
def _word_set(code: str, table: str) -> frozenset[str]:
    """The words of one of the language's word tables (one object: the trigger cache's key
    is hashed once)."""
    words: Mapping[str, float] = getattr(grammar(code).lang, table)
    return frozenset(words)


def _whole_words(
    ctx: Context, g: Grammar, rs: int, re_: int, taken: Spans, table: str
) -> Iterator[tuple[int, int, float]]:
    """Where a word of the table ``table`` (word -> its number) stands whole in ``[rs, re_)``
    outside the taken spans: its start, end and number."""
    words: Mapping[str, float] = getattr(g.lang, table)
    for pos in ctx.word_triggers(rs, re_, (), _word_set(g.lang.code, table)):
        e = word_end(ctx.folded, pos, words)
        if e and not taken.hit(pos, e):
            yield pos, e, words[ctx.folded[pos:e]]


def _qualified(g: Grammar, ctx: Context, m: Mention) -> Mention:
    """``m`` with a qualifier standing before it ("почти вдвое", "около четверых")."""
    q, qs = qual_before(g, ctx.folded, m.start)
    if q != "exact":
        m.qualifier, m.start = q, qs
    return m


def _collective_words(ctx: Context, g: Grammar, rs: int, re_: int, taken: Spans) -> list[Mention]:
    """``в больницу доставлены четверо``: a collective numeral counts people, or the
    noun it is read with (``трое суток``)."""
    out = []
    for pos, e, value in _whole_words(ctx, g, rs, re_, taken, "collective_words"):
        m = Mention(pos, e, "count", g.lang.code, value=value)
        unit, ue = unit_at(g, ctx.folded, e)
        if unit is not None and unit.kind in ("count", "duration"):
            m.kind, m.unit, m.end = unit.kind, unit.unit, ue
            m.noun = _last_word(ctx.folded, pos, ue)
        else:
            m.unit = "person"
        out.append(_qualified(g, ctx, m))
    return out


def _occasion_words(ctx: Context, g: Grammar, rs: int, re_: int, taken: Spans) -> list[Mention]:
    """``встречались трижды``: a count of occasions in one word (two is no claim)."""
    out = []
    for pos, e, value in _whole_words(ctx, g, rs, re_, taken, "occasion_words"):
        if value >= 3:
            m = Mention(pos, e, "count", g.lang.code, value=value)
            m.unit = "time"
            out.append(m)
    return out


@cache
def _minus(code: str) -> regex.Pattern[str] | None:
    words = grammar(code).lang.minus_words
    return regex.compile(rf"(?<!\w)(?:{words})\s$", regex.V0) if words else None


@cache
def _time_point(
    code: str,
) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """``three years ago`` (after) and ``the first nine months`` (before): no duration."""
    lang = grammar(code).lang
    ago = regex.compile(rf"\s(?:{lang.ago_words})(?!\w)", regex.V0) if lang.ago_words else None
    first = rf"(?<!\w)(?:{lang.first_words})\s$" if lang.first_words else None
    after = rf"\s(?:{lang.period_after})" if lang.period_after else None
    return (
        ago,
        regex.compile(first, regex.V0) if first else None,
        regex.compile(after, regex.V0) if after else None,
    )


def _not_duration(ctx: Context, g: Grammar, m: Mention) -> bool:
    """A duration that is a point in time ("5 il əvvəl") or months counted from the start
    of a year ("ilk doqquz ayında"): a date's business, no number claim."""
    ago, first, after = _time_point(g.lang.code)
    if ago is not None and match_at(ago, ctx.folded, m.end) is not None:
        return True
    if m.unit != "month" or m.qualifier != "exact":
        return False
    if after is not None and match_at(after, ctx.folded, m.end) is not None:
        return True
    return first is not None and ends_at(first, ctx.folded, max(0, m.start - 12), m.start)


@cache
def _multiplier_next(code: str) -> regex.Pattern[str] | None:
    pat = grammar(code).lang.multiplier_next
    return regex.compile(pat, regex.V0) if pat else None


def _multiplier_words(ctx: Context, g: Grammar, rs: int, re_: int, taken: Spans) -> list[Mention]:
    """``twice``, ``вдвое``: a number and "times" in one word."""
    out = []
    nxt = _multiplier_next(g.lang.code)
    for pos, e, value in _whole_words(ctx, g, rs, re_, taken, "multiplier_words"):
        if nxt is None or nxt.match(ctx.folded, e):
            m = Mention(pos, e, "multiplier", g.lang.code, value=value)
            m.unit = "times"
            out.append(_qualified(g, ctx, m))
    return out


@cache
def _possessives(code: str) -> frozenset[str]:
    """The number words with a possessive ending (``ikisi``, ``üçü``), the partitive's start."""
    endings = ("si", "sı", "su", "sü", "ü", "u", "i", "ı")
    return frozenset(w + end for w in grammar(code).lang.numbers for end in endings)


def _partitives(ctx: Context, g: Grammar, rs: int, re_: int, found: list[Mention]) -> list[Mention]:
    """``5 daimi üzvündən ikisi`` ("two of the five permanent members"): a number word with a
    possessive ending right after a counted phrase in the ablative takes that phrase's unit."""
    if g.partitive is None:
        return []
    out = []
    t = ctx.folded
    for pos in ctx.word_triggers(rs, re_, (), _possessives(g.lang.code)):
        m = match_at(g.partitive, t, pos, re_)
        if m is None or g.lang.numbers[m["w"]] < 2:
            continue
        prev = [f for f in found if f.kind == "count" and 0 <= pos - f.end <= 4]
        if prev and t.endswith(ABL, 0, prev[-1].end):
            c = Mention(pos, m.end(), "count", g.lang.code, value=g.lang.numbers[m["w"]])
            c.unit, c.noun = prev[-1].unit, prev[-1].noun
            out.append(c)
    return out


def _claim(ctx: Context, g: Grammar, s: int, taken: Spans) -> tuple[Mention | None, int]:
    t = ctx.folded
    p = phrase_at(g, t, s)
    if p is None:
        return None, s + 1
    rate = _rate_before(g.lang.code)
    if rate is not None and ends_at(rate, t, max(0, s - 24), s):
        return None, p.end  # "$300 per thousand cubic metres": the base of a rate
    if may_start(_anniversary_first(g.lang.code), t, p.num_end) and g.anniversary.match(
        t, p.num_end
    ):
        return None, p.end  # "25 illiyi", "100 illik yubiley": an anniversary, not a figure
    if p.is_word and s > 0 and t[s - 1] == "(" and g.scale.match(t, s):
        return None, p.end  # "(milyard ABŞ dolları)": a table's unit label, not a figure
    p = word_range(g, t, p)
    start, end = p.start, p.end
    m = Mention(start, end, "count", g.lang.code, value=p.value, qualifier=p.qual or "exact")
    change = from_to(g, ctx, p, taken)
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
        m.from_value, m.value, m.end = clean(low), p2.value, p2.end
        m.qualifier = q2 or p2.qual or "exact"
        q, e = qual_after(g, t, p2.end) if p2.end != p2.no_qual_at else (None, p2.end)
        if q == "up-to":
            m.end = e
        high = p2.high
        if p.high is None and high is None and low < p2.value and is_range(g, ctx, p, p2):
            # "prices ranged from 40 to 90", "от 50 до 1 100 манатов": one range, no change
            m.from_value, high = None, p2.value
            p2.value = clean(low)
        p = Phrase(p.start, p2.end, p2.value, high, unit=unit, percent=p2.percent or p.percent)
        p.scaled = True
    else:
        q, e = qual_after(g, t, p.end) if p.end != p.no_qual_at else (None, p.end)
        if q:
            m.qualifier, m.end = q, e
        if p.unit is None and not p.percent:  # "bir milyona yaxın şagird": noun after qualifier
            unit, ue = unit_at(g, t, m.end) if m.end != p.no_unit_at else (None, m.end)
            if unit is not None and unit.kind == "count":
                p.unit, m.end = unit, ue
    cur, cs = currency_before(g, ctx, start)
    qb, qs = qual_before(g, t, cs if cur else start)  # "below USD 100,000"
    if qb != "exact" and m.qualifier == "exact":
        m.qualifier, m.start = qb, qs
    if p.high is not None:
        m.value = [p.value, p.high]
    minus = _minus(g.lang.code)
    if minus is not None and m.from_value is None and isinstance(m.value, int | float):
        sign = minus.search(t, max(0, m.start - 8), m.start)
        if sign is not None:  # "минус 29,3 метра": below zero
            m.value, m.start = -m.value, sign.start()
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
        if ends_at(g.label_before, t, max(0, start - 12), start):
            return None, p.end  # "Article 5", "maddə 3": a label, not a count
        noun = _counted_noun(ctx, g, m.end, p)
        if noun is not None:
            m.unit, m.noun, m.end, m.kind = noun
        elif p.scaled or change is not None:
            # "11,8 млрд.", "from 12 to 90": a scaled figure or a change stands alone
            m.kind = "quantity" if p.scaled and change is None else "count"
        elif not _bare_figure(ctx, g, m, p):
            return None, p.end
    if m.kind == "count" and p.is_word and not p.scaled and p.value < 3:
        return None, m.end  # "iki ölkə", "hər iki tərəf": trivial counts
    if m.kind == "duration" and change is None and _not_duration(ctx, g, m):
        return None, m.end
    if change is None:
        back = back_from(g, ctx, taken, m)
        if back is not None:
            m.from_value, m.end = back[0], back[2]
            if _OWN_YEAR.match(ctx.folded, back[2]):
                # "$3.1 billion in 2023, up from $2.9 billion in 2022": the start value is
                # also a figure of its own year, read again as a claim of its own
                return m, back[1]
    return m, m.end


_OWN_YEAR = regex.compile(r"\s(?:in|for|during)\s(?:1[5-9]|20)\d\d(?!\d)")


def _last_word(t: str, s: int, e: int) -> str | None:
    m = _LAST_WORD.search(t, s, e)  # backwards from the end, as the word is found there
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
    if words:
        return _known_noun(ctx, g, pos, p)
    for _ in range(3):
        m = _WORD.match(t, pos)
        if not m or m.group(1)[0].isdigit() or g.not_count.match(m.group(1)):
            break  # "bir sinifdə 30 nəfər": a noun after another figure is that figure's
        if _blank_line(ctx, pos, m.start(1)):
            break  # a page number over a paragraph break counts nothing
        unit, ue = unit_at(g, t, pos) if pos != p.no_unit_at else (None, pos)
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
            if _year_like(t, p) or _name_number(ctx, g, p.start):
                return None  # a year-like number or a name's number counts only a known noun
            first = (None, m.group(1), m.end(), "count")
        pos = m.end()
    return first


def _known_noun(
    ctx: Context, g: Grammar, pos: int, p: Phrase
) -> tuple[str | None, str, int, str] | None:
    """:func:`_counted_noun` of a number word: a known noun within 3 words ("beş yeni
    məktəb"), none across a paragraph break. The break test maps to the original text, so
    it is made only once a noun is found (most number words count none: "bir", "iki")."""
    t = ctx.folded
    gaps = []
    first = None
    for _ in range(3):
        m = _WORD.match(t, pos)
        if not m or m.group(1)[0].isdigit() or g.not_count.match(m.group(1)):
            break
        gaps.append((pos, m.start(1)))
        unit, ue = unit_at(g, t, pos) if pos != p.no_unit_at else (None, pos)
        if unit is not None and unit.kind in ("count", "quantity"):
            if any(_blank_line(ctx, a, b) for a, b in gaps):
                return None
            return unit.unit, m.group(1), ue, unit.kind
        if first is None and _counts_any_noun(ctx, g, p, m):
            first = (None, m.group(1), m.end(), "count")
        pos = m.end()
    if first is not None and not any(_blank_line(ctx, a, b) for a, b in gaps[:1]):
        return first
    return None


def _counts_any_noun(ctx: Context, g: Grammar, p: Phrase, m: regex.Match[str]) -> bool:
    """A number word from three up counts the lower-case noun right after it even when
    the language does not list it ("nine spans", "четыре полосы"); English nouns counted
    are plural."""
    word = m.group(1)
    if p.value < 3 or not ctx.text[m.start(1)].islower():
        return False
    return g.lang.code != "en" or (word.endswith("s") and not word.endswith("ss"))


@cache
def _place_before(code: str) -> regex.Pattern[str] | None:
    pat = grammar(code).lang.place_before
    return regex.compile(pat, regex.V0) if pat else None


def _name_number(ctx: Context, g: Grammar, s: int) -> bool:
    """``Formula 1 yarışı``, ``Windows 11 users``: a capitalised word inside a sentence right
    before the digits names a thing with a number (not a place in a case: ``Bakıda 300``)."""
    prev = _PREV_WORD.search(ctx.text, max(0, s - 30), s)
    if prev is None or not prev.group(1)[0].isupper() or prev.group(1).isupper():
        return False
    if ends_at(_SENTENCE_START, ctx.text, max(0, prev.start() - 4), prev.start()):
        return False  # the sentence's first word
    place = _place_before(g.lang.code)
    return place is None or not scan(place, ctx.folded, max(0, s - 40), s)


@cache
def _anniversary_first(code: str) -> frozenset[str] | None:
    """The characters an anniversary word starts with (see :func:`may_start`)."""
    g = grammar(code)
    return spaced_first(g.anniversary, g.lang.anniversary) if g.lang.anniversary else None


@cache
def _rate_before(code: str) -> regex.Pattern[str] | None:
    pat = grammar(code).lang.rate_before
    return regex.compile(rf"(?<!\w)(?:{pat})\s$", regex.V0) if pat else None


@cache
def _figure_cues(code: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    lang = grammar(code).lang
    before = rf"(?<!\w)(?:{lang.figure_before})\s$" if lang.figure_before else None
    after = rf"(?:{lang.figure_after})(?!\w)" if lang.figure_after else None
    return (
        regex.compile(before, regex.V0) if before else None,
        regex.compile(after, regex.V0) if after else None,
    )


def _bare_figure(ctx: Context, g: Grammar, m: Mention, p: Phrase) -> bool:
    """A figure with no noun: after a qualifier ("aged over 55", "до 120") or a value word
    ("fell to 52", "в том числе 48"), or before "of them" / "— в Баку"; never a year."""
    t = ctx.folded
    if _year_like(t, p) or ends_at(_FROM_BEFORE, t, max(0, m.start - 5), m.start):
        return False  # "up from barely 300": the start of a change, not a figure alone
    if p.is_word and p.value >= 3 and _answer(ctx, m):
        return True
    w = _WORD.match(t, m.end) if p.is_word else None
    if w is not None and w.group(1)[0].isalpha() and not g.not_count.match(w.group(1)):
        return False  # "with three doses": a number word counting a noun it does not know
    if m.qualifier != "exact" and m.start < p.start:
        return True  # "Applications exceeded 4,300": a qualifier, so no name before
    prev = _PREV_WORD.search(ctx.text, max(0, m.start - 30), m.start)
    if prev is not None and prev.group(1)[0].isupper():
        return False  # "Resolution 2231 of the …", "Gate 7": a name's number
    if m.qualifier != "exact" or _bare_range(t, p):
        return True
    before, after = _figure_cues(g.lang.code)
    if before is not None and ends_at(before, t, max(0, m.start - 16), m.start):
        return True
    return after is not None and match_at(after, t, m.end) is not None


def _answer(ctx: Context, m: Mention) -> bool:
    """``A: Seventy-two. That is how many hours …``: a number word that is a whole sentence
    answers a question; it is a figure."""
    t = ctx.folded
    return (
        ctx.text[m.start].isupper()
        and _SENTENCE_END.match(t, m.end) is not None
        and ends_at(_SENTENCE_START, t, max(0, m.start - 4), m.start)
    )


def _bare_range(t: str, p: Phrase) -> bool:
    """``17,000 to 18,000``, ``5–6``: a range joined by a word or a typographic dash is a
    figure on its own (a hyphen may join a phone number: 555-1234); never years."""
    if p.high is None or p.is_word or (p.value >= 1000 and _YEARS.fullmatch(t, p.start, p.num_end)):
        return False  # a year range the date extractor left ("1,200 to 1,500" is none)
    return p.joined or any(d in t[p.start : p.end] for d in "–—")


def _year_like(t: str, p: Phrase) -> bool:
    """A plain four-digit number that may be a year ("1 240", "1,760" are not)."""
    return not p.is_word and 1000 <= p.value <= 2100 and t[p.start : p.num_end].isdigit()


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
    return words_value(words, g.lang.numbers)
