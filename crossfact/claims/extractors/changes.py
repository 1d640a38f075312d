"""Changes and word-joined ranges around a number phrase: ``from X to Y`` (across a date
or a qualifier), ``X-dan Y-a``, ``rose to Y from X``, ``24 to 30 months``."""

from __future__ import annotations

import bisect
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import Grammar, grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.phrase import (
    Phrase,
    clean,
    currency_before,
    phrase_at,
    qual_before,
)
from crossfact.claims.extractors.scan import Spans, ends_at, match_at, scan

_FROM = regex.compile(r"(?<!\w)(?:from|с|от)\s$")
# "from an average of 58 to 21", "from a peak of 9% to 4%": a level named between "from"
# and its number
_FROM_LEVEL = regex.compile(
    r"(?<!\w)from\s(?:an?\s)?(?:average|high|low|peak|record|level|total)\sof\s$"
)
_TO = regex.compile(r"\s(?:to|до)\s")
# "24 to 30 months", "seven to 12 years", "three or four days": a range joined by a word (never after "from",
# which makes a change, nor after "by": "rose by 3 to 12%" is a change and its end)
_RANGE_WORD = {"en": regex.compile(r"\s(?:to|or)\s(?=\S)")}
_BY = regex.compile(r"(?<!\w)by\s$")
_CHANGE_BEFORE = {
    "en": regex.compile(
        r"(?<!\w)(?:r[io]se|risen|rises|fell|fallen|falls|grew|grown|grows|increased|decreased"
        r"|dropped|declined|climbed|jumped|gained|lost|added|cut|raised|lowered|slipped|surged"
        r"|soared|plunged|slumped|edged\s(?:up|down)|up|down|passed|won|beat|led)\s$"
    )
}
# "between 12% and 15%", "между 5 и 7 млн": a range between two figures
_BETWEEN = {
    "en": (regex.compile(r"(?<!\w)between\s$"), regex.compile(r"\sand\s")),
    "ru": (regex.compile(r"(?<!\w)между\s$"), regex.compile(r"\sи\s")),
}
# "rose to Y from X", "rose to Y in July, from X": "from X to Y" reversed (an appositive
# "Y, up from X" is two figures)
_BACK_TO = {"en": regex.compile(r"(?<!\w)to\s$")}
# a qualifier may follow: "from less than 300 MW"; "rose to 3.8% in July, from 3.6%"
_BACK_FROM = regex.compile(r",?\sfrom\s")
_UP_FROM = {
    "en": regex.compile(r"(?:\s[\p{L}'’-]+){0,6}?,?\s(?:up|down)\s(?:sharply\s|slightly\s)?from\s")
}
_DATE_GAP = regex.compile(r"\s(?:\p{L}{1,6}\s){0,2}$")  # "… in early ⟨2022⟩": words before a date
ABL = ("dan", "dən", "tan", "tən")
_DAT = ("a", "ə")
_TERM = ("dək", "dek")


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
    elif t[pos : pos + 3] in g.lang.currency_prefix and t[pos + 3 : pos + 4] == " ":
        pos += 4  # "from AZN 1.9m"
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


def from_to(g: Grammar, ctx: Context, p1: Phrase, taken: Spans) -> tuple[Phrase, str | None] | None:
    """``1 milyon tondan 5 milyon tona (qədər)``, ``from 1 to 5 million t``, ``с 1 до 5 млн т``,
    ``from under 2% to nearly 8%``, ``from 12 in 2021 to more than 90``: the end phrase and
    its qualifier."""
    t = ctx.folded
    code = g.lang.code
    q2 = None
    if code == "az":
        if not t.endswith(ABL, 0, p1.end):
            return None
        nxt = _skip_date(t, taken, p1.end) + 1  # "27 mindən 2024-cü ildə 35 minə"
    else:
        lead = currency_before(g, ctx, p1.start)[1]  # "from $1.9 billion"
        if not ends_at(_FROM, t, max(0, lead - 6), lead) and not (
            code == "en" and ends_at(_FROM_LEVEL, t, max(0, lead - 24), lead)
        ):
            qb, qs = qual_before(g, t, lead)  # "from under 2%"
            if qb == "exact" or not ends_at(_FROM, t, max(0, qs - 6), qs):
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
        and not t.endswith(_DAT, 0, p2.end)
        and not t.endswith(_TERM, 0, p2.end)  # "1500 manatadək": up to
    ):
        return None
    return p2, q2


def back_from(
    g: Grammar, ctx: Context, taken: Spans, m: Mention
) -> tuple[float | int, int, int] | None:
    """``rose to 56,500 TEU from 33,600 TEU``, ``to $5m from $3m in 2023``, ``reached $497m,
    up from $463m``: the start value of a change after its end, where it starts, and the
    claim's new end."""
    t = ctx.folded
    to = _BACK_TO.get(g.lang.code)
    after = _skip_date(t, taken, m.end)
    if to is not None and ends_at(to, t, max(0, m.start - 4), m.start):
        b = _BACK_FROM.match(t, after)
    else:  # "reached 4.5 million tonnes last year, up from 2.8 million": the same change
        b = _UP_FROM[g.lang.code].match(t, after) if g.lang.code in _UP_FROM else None
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
    return p2.value, nxt, p2.end


def word_range(g: Grammar, t: str, p: Phrase) -> Phrase:
    """``24 to 30 months``, ``5 to 7 million tonnes``: a range joined by a word, read only
    when the second number carries the unit (scale, %, unit) for both."""
    between = _between(g, t, p)
    if between is not None:
        return between
    rw = _RANGE_WORD.get(g.lang.code)
    if rw is None or p.high is not None:
        return p
    r = rw.match(t, p.end)
    if r is None or ends_at(_FROM, t, max(0, p.start - 6), p.start):
        return p
    if ends_at(_BY, t, max(0, p.start - 4), p.start):
        return p
    if _marked(p) or _currency_at(g, t, r.end()):
        return _marked_range(g, t, p, r.end())
    if not g.number_start.match(t, r.end()):
        return p
    p2 = phrase_at(g, t, r.end())
    if p2 is None or p2.high is not None:
        return p
    if not _marked(p2):
        return _plain_range(g, t, p, p2)
    low = p.value * p2.factor if p.value * p2.factor < p2.value else p.value
    if low >= p2.value:
        return p
    p2.start, p2.high, p2.value = p.start, p2.value, clean(low)
    return p2


def _marked(p: Phrase) -> bool:
    return bool(p.unit or p.percent or p.factor > 1)


def _currency_at(g: Grammar, t: str, pos: int) -> bool:
    return 0 <= pos < len(t) and (
        t[pos] in g.lang.currency_prefix or t[pos : pos + 3] in g.lang.currency_prefix
    )


def _changed_before(g: Grammar, t: str, pos: int) -> bool:
    """A verb of change right before a figure: "rose $3 billion to $12 billion" is a change
    by an amount and its end, no range."""
    rx_ = _CHANGE_BEFORE.get(g.lang.code)
    lead = pos - 1 if pos > 0 and t[pos - 1] in g.lang.currency_prefix else pos
    return rx_ is not None and ends_at(rx_, t, max(0, lead - 14), lead)


def _marked_range(g: Grammar, t: str, p: Phrase, nxt: int) -> Phrase:
    """``$3 billion to $3.5 billion``, ``5% to 7%``: both ends carry the same marks (currency,
    %, unit); a range unless a verb of change precedes."""
    cur1 = _currency_at(g, t, p.start - 1) or _currency_at(g, t, p.start - 4)
    cur2 = _currency_at(g, t, nxt)
    _, pos = _lead_in(g, t, nxt) if cur2 else (None, nxt)
    if cur1 != cur2 or not g.number_start.match(t, pos) or _changed_before(g, t, p.start):
        return p
    p2 = phrase_at(g, t, pos)
    if p2 is None or p2.high is not None or p2.percent != p.percent:
        return p
    if (p2.unit.unit if p2.unit else None) != (p.unit.unit if p.unit else None):
        return p
    if not (cur1 or _marked(p2)) or p.value >= p2.value:
        return p
    p2.start, p2.high, p2.value = p.start, p2.value, p.value
    return p2


def _plain_range(g: Grammar, t: str, p: Phrase, p2: Phrase) -> Phrase:
    """``17,000 to 18,000``: two bare figures of three digits or more, rising, none a year;
    a range unless a verb of change precedes."""
    if p.is_word or p2.is_word or not 100 <= p.value < p2.value:
        return p
    if any(1000 <= x.value <= 2100 and t[x.start : x.num_end].isdigit() for x in (p, p2)):
        return p  # "2019 to 2023": years ("1,200 to 1,500" are not)
    if _changed_before(g, t, p.start):
        return p
    return Phrase(p.start, p2.end, p.value, high=p2.value, num_end=p2.end, joined=True)


def _between(g: Grammar, t: str, p: Phrase) -> Phrase | None:
    """``between 12% and 15%``, ``between two and seven years``, ``между 5 и 7 млн т``:
    one range; a unit, %, or scale on either end serves both."""
    cues = _BETWEEN.get(g.lang.code)
    if cues is None or p.high is not None:
        return None
    before, joiner = cues
    lead = p.start - 1 if p.start > 0 and t[p.start - 1] in g.lang.currency_prefix else p.start
    if not ends_at(before, t, max(0, lead - 9), lead):
        return None
    j = joiner.match(t, p.end)
    if j is None:
        return None
    _, nxt = _lead_in(g, t, j.end())
    if nxt >= len(t) or not g.number_start.match(t, nxt):
        return None
    p2 = phrase_at(g, t, nxt)
    if p2 is None or p2.high is not None or (p.percent and not p2.percent):
        return None
    low = p.value * p2.factor if p.factor == 1 and p.value * p2.factor < p2.value else p.value
    if low >= p2.value:
        return None
    p2.start, p2.high, p2.value = p.start, p2.value, clean(low)
    p2.unit = p2.unit or p.unit
    return p2


_FROM_OT = regex.compile(r"(?<!\w)от\s$")
_CLAUSE_END = regex.compile(r"[.;!?\n]")
_NEXT_WORDS = regex.compile(r"\s(\w+)(?:\s(\w+))?(?:\s(\w+))?")


@cache
def _word_rx(alts: str, final: bool) -> regex.Pattern[str]:
    """``alts`` as whole words: anywhere (searched), or the whole of one word (``final``)."""
    return regex.compile(rf"(?:{alts})$" if final else rf"(?<!\w)(?:{alts})(?!\w)", regex.V0)


def _clause_before(t: str, s: int, width: int) -> int:
    """Start of the window of ``width`` before ``s``, not reaching into an earlier clause."""
    a = max(0, s - width)
    ends = scan(_CLAUSE_END, t, a, s)
    return ends[-1].end() if ends else a


def is_range(g: Grammar, ctx: Context, p1: Phrase, p2: Phrase) -> bool:
    """Whether ``from X to Y`` states a range rather than a change: after a range word
    ("ranged from 40 to 90", "варьировались от"); in ru "от X до Y" unless a change verb
    precedes ("вырос от 20 до 35"); in az "X-dan Y-dək" unless a change verb follows
    ("20 manatdan 35 manata qədər artıb")."""
    lang, t = g.lang, ctx.folded
    lead = currency_before(g, ctx, p1.start)[1]
    a = _clause_before(t, lead, 40)
    if lang.range_cues and scan(_word_rx(lang.range_cues, False), t, a, lead):
        return True
    if not lang.change_verbs:
        return False
    if lang.verb_final:
        if not t.endswith(_TERM, 0, p2.end) and not t.startswith(" qədər", p2.end):
            # a bare dative is where a change goes ("15 milyon tondan 25 milyon tona,
            # … çatdırılması"); a range ends in "-dək" or "qədər"
            return False
        m = match_at(_NEXT_WORDS, t, p2.end)
        verb = _word_rx(lang.change_verbs, True)
        words = [w for w in (m.groups() if m else ()) if w]
        return not any(verb.match(w) for w in words)
    if not ends_at(_FROM_OT, t, max(0, lead - 4), lead):
        return False  # "с X до Y": a change
    return not scan(_word_rx(lang.change_verbs, False), t, _clause_before(t, lead, 60), lead)
