"""Typed contract for per-language claim grammar.

A language module (``az.py``, ``en.py``, ``ru.py``) defines one :class:`LangData`
named ``DATA``: plain data (word lists, regex fragments keyed by canonical concepts)
and date templates. All fragments match *folded* text (``crossfact.text.fold``),
so they are lower-case. Templates may use the placeholders ``{MONTH}``, ``{YEAR}``,
``{DAY}``, ``{YSUF}`` (year suffix), ``{DSUF}`` (day suffix), ``{DASH}``; named
groups carry meaning: ``y``/``y2`` years, ``mon``/``mon2`` month words, ``d``/``d2``
days, ``rel`` a relative-year word, ``nm`` a month count ("first 9 months"),
``half`` a half-year word, ``dec`` a decade, ``part`` early/mid/late.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unit:
    """A unit or counted noun: regex fragment (folded), canonical unit, claim kind."""

    pattern: str
    unit: str
    kind: str  # quantity | money | percent | count | duration | multiplier
    # a unit that carries a scale: "bcm" is a billion cubic metres, "kb/d" a thousand b/d
    factor: int = 1


CURRENCY_SIGNS: Mapping[str, str] = {
    "$": "USD", "€": "EUR", "₼": "AZN", "₽": "RUB", "₸": "KZT", "£": "GBP",
    "usd": "USD", "eur": "EUR", "azn": "AZN", "rub": "RUB", "kzt": "KZT", "gbp": "GBP",
}  # fmt: skip


@dataclass(frozen=True)
class LangData:
    code: str
    months: Mapping[int, Sequence[str]]  # month number -> stems
    month_tail: str  # regex for inflection after a stem (may be empty)
    month_loc_tail: str = ""  # az: locative forms usable without a day ("noyabrda")
    date_templates: Sequence[str] = ()
    # words (besides digits and month names) a date template may start with: a plain word
    # is matched whole ("bu", not "bundan"), a pattern as the prefix it starts with ("пят\w*")
    date_lead: str = ""
    year_suffix: str = ""  # e.g. az "-cü"
    day_suffix: str = ""  # e.g. az "-də"
    decimal_sep: str = ","
    thousands_sep: str = " "
    numbers: Mapping[str, int] = field(default_factory=dict)  # number words -> value
    number_joiners: Sequence[str] = ()  # words allowed between number words ("and")
    scale_only: Sequence[str] = ()  # scale words that are no number alone ("тысяч")
    fractions: Mapping[str, float] = field(default_factory=dict)  # "полтора" -> 1.5
    # a number and "times" in one word ("twice", "вдвое") -> the number
    multiplier_words: Mapping[str, float] = field(default_factory=dict)
    multiplier_next: str = ""  # regex that must follow a multiplier word (none: any)
    scales: Mapping[str, int] = field(default_factory=dict)  # scale word regex -> factor
    units: Sequence[Unit] = ()
    # a sign or code before a figure, the same in every language ("$5m", "USD 100,000")
    currency_prefix: Mapping[str, str] = field(default_factory=lambda: dict(CURRENCY_SIGNS))
    qualifiers_before: Sequence[tuple[str, str]] = ()  # (regex, qualifier)
    qualifiers_after: Sequence[tuple[str, str]] = ()  # (regex, qualifier) right after a claim
    range_joiners: str = r"[-–—]"  # between the two ends of a range
    from_to: str = ""  # regex with groups around two number phrases, see numbers.py
    modality_cues: Sequence[tuple[str, str]] = ()  # (regex, modality), first match wins
    verb_final: bool = False  # SOV: modality is read from the clause-final verb
    # Verbs of saying that close a clause of reported speech ("… planlaşdırıldığını
    # bildirdi"): skipped, so the reported verb decides the modality.
    reporting_verbs: str = ""
    relative_years: Mapping[str, int] = field(default_factory=dict)  # word regex -> offset
    # Day words counted from the publication date ("dünən", "yesterday"): word -> offset.
    relative_days: Mapping[str, int] = field(default_factory=dict)
    # Week phrases counted from the publication date ("ötən həftə", "last week"):
    # regex (folded text) -> offset in weeks; the value is that week, Monday to Sunday.
    relative_weeks: Mapping[str, int] = field(default_factory=dict)
    # a literal every ``relative_weeks`` pattern holds ("week", "həftə", "недел"): a text
    # without it, and without a day word, is not scanned for them
    week_word: str = ""
    same_year: str = ""  # "that same year" regex (resolves to the context year)
    halves: Mapping[str, int] = field(default_factory=dict)  # "first half" -> 1, 2
    weekdays: Mapping[str, int] = field(default_factory=dict)  # weekday regex -> 0 (Mon)..6
    period_cues: str = ""  # words marking the time a figure is for
    ordinals: Mapping[str, int] = field(default_factory=dict)  # ordinal word regex -> n
    ordinal_suffix: str = ""  # digit ordinal marker, e.g. az "-ci", en "th"
    meeting_nouns: str = ""
    visit_types: Mapping[str, str] = field(default_factory=dict)  # adjective regex -> value
    visit_noun: str = ""  # singular visit noun (all cases), plural excluded
    partitive: str = ""  # az "5 üzvündən ikisi": possessive ending of a number word ("si")
    fused_units: Mapping[str, str] = field(default_factory=dict)  # az "otuzillik": tail -> unit
    labels: str = ""  # words before a number that make it a label ("Article 5", "maddə 3")
    not_count_nouns: str = ""  # words after a number that are not counted nouns
    anniversary: str = ""  # "25-ci ildönümü", "100 illik yubiley": not dates, not counts
    # A figure with no noun is read after one of these words ("fell to 52", "в том числе
    # 48") or before one of these ("68 of them", "48 — в Баку"); regexes, folded text.
    figure_before: str = ""
    figure_after: str = ""
    # "$300 per thousand cubic metres", "в расчёте на 1000 человек": a figure after these
    # words is the base of a rate, no claim of its own (regex, folded text)
    rate_before: str = ""
    # "from X to Y" is a range after range_cues ("ranged from"); where change_verbs is set
    # it is a change only near one of them ("вырос от 20 до 35"; az: the verb follows)
    range_cues: str = ""
    change_verbs: str = ""
    # "шесть с половиной миллиардов", "two and a half years": a half added to the number
    half_after: str = ""
    # "встречались трижды": a number of occasions in one word -> the number
    occasion_words: Mapping[str, int] = field(default_factory=dict)
    # "четверо", "пятеро": a collective numeral counts people on its own -> the number
    collective_words: Mapping[str, int] = field(default_factory=dict)
    # "Formula 1 yarışı", "Windows 11 users": a capitalised word right before a figure
    # names a thing with a number, unless this regex (folded text before the figure)
    # shows a place in a case or after a preposition ("Bakıda 300 ev", "in Baku 40 hotels")
    place_before: str = ""
    # "three years ago", "5 il əvvəl": a duration before these words is a point in time
    ago_words: str = ""
    # "ilk doqquz ayında", "the first nine months": months counted from a year's start
    # are a period of that year, no duration
    first_words: str = ""
    # "doqquz ayın yekunları": months before a word of results are a reporting period
    period_after: str = ""
    # years elapsed up to the time of writing, group ``n``: "за последние 24 года",
    # "the school turns 100", "son 24 ildə": with a year told next to them ("since 2001",
    # "opened in 1925") they date a year-less dateline
    elapsed: str = ""
    # a word that makes the number after it negative ("minus 29.3 metres", "mənfi 17,5")
    minus_words: str = ""
    # "ondan əvvəl", "before that", "до этого": what follows happened before the date
    # just told, so a month after it in the calendar is of the year before, never after
    before_that: str = ""
    century: str = ""  # regex after a roman numeral: "əsr", "century", "век"
    reference_headings: Sequence[str] = ()
