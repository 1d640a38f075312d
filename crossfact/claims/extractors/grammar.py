"""Compile a language's data (:mod:`crossfact.claims.lang`) into regexes, once per language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from crossfact.claims.extractors.scan import literal_prefix
from crossfact.claims.lang import LangData, get_lang

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"
DASH = r"\s?[-–—]\s?"
F = regex.V0  # patterns run on folded (lower-cased) text: no IGNORECASE, which is slow


def _alt(items: object) -> str:
    words = sorted(items, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(words)


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns of one language."""

    lang: LangData
    dates: regex.Pattern[str]
    # ``dates`` without the templates that cannot start at a digit / at a letter: the
    # same first match wherever a digit (letter) starts, tried in fewer alternatives
    dates_at_digit: regex.Pattern[str]
    dates_at_letter: regex.Pattern[str]
    date_triggers: tuple[str, ...]  # literal prefixes of words a non-numeric date starts with
    date_words: frozenset[str]  # whole words a non-numeric date starts with ("bu", "this")
    number_triggers: frozenset[str]  # number words, also fused with a unit ("otuzillik")
    ordinal_triggers: tuple[str, ...]  # prefixes of ordinal patterns ("перв" of "перв\w+")
    ordinal_words: frozenset[str]  # ordinals that are plain words ("birinci", "tenth")
    partitive: regex.Pattern[str] | None  # "ikisi" after "5 üzvündən"
    month_lookup: tuple[tuple[regex.Pattern[str], int], ...]
    number_start: regex.Pattern[str]
    number_words: regex.Pattern[str]
    scale: regex.Pattern[str]
    scale_values: tuple[tuple[regex.Pattern[str], int], ...]
    units: regex.Pattern[str]  # one alternation, group u<i> = lang.units[i]
    qual_before: tuple[tuple[regex.Pattern[str], str], ...]
    qual_after: tuple[tuple[regex.Pattern[str], str], ...]
    modality: tuple[tuple[regex.Pattern[str], str], ...]
    # one alternation of all patterns of a table: where it finds nothing, no pattern of
    # the table does, so the table need not be tried one pattern at a time
    qual_before_any: regex.Pattern[str]
    qual_after_any: regex.Pattern[str]
    modality_any: regex.Pattern[str]
    reporting: regex.Pattern[str] | None
    not_count: regex.Pattern[str]
    label_before: regex.Pattern[str]
    anniversary: regex.Pattern[str]
    ordinal_suffix: regex.Pattern[str]
    period_cues: regex.Pattern[str]
    visits: regex.Pattern[str]
    meeting: regex.Pattern[str]
    # number_start's halves, for a digit start (digits) and a letter start (number words)
    number_at_digit: regex.Pattern[str]
    number_at_letter: regex.Pattern[str]

    def month_of(self, word: str) -> int | None:
        for pat, num in self.month_lookup:
            if pat.match(word):
                return num
        return None


_NUMBER_BEHIND = r"(?<![\w.,/:#@\[-]|\d[.,])"


def _group_end(t: str, i: int) -> int:
    """Index just past the group opening at ``t[i] == "("``."""
    depth, k, in_class = 0, i, False
    while k < len(t):
        c = t[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return len(t)


def _template_start(t: str, stems: list[str]) -> str:
    """What the first character a date template consumes must be: ``digit`` (an ASCII
    digit), ``letter``, or ``any`` when not plain from the template's first element."""
    while t.startswith(("(?<=", "(?<!")):
        t = t[_group_end(t, 0) :]  # a lookbehind consumes nothing
    named = regex.match(r"\(\?P<\w+>", t)
    if named:
        body = t[named.end() : _group_end(t, 0) - 1]
        if body in ("{YEAR}", "{DAY}", r"1\d\d0|20\d0"):
            return "digit"
        if body in ("{MONTH}", "{MONTHLOC}", "{MSTEM}"):
            return "letter" if all(s[:1].isalpha() for s in stems) else "any"
        if regex.fullmatch(r"\w+(?:\|\w+)*", body) and all(w[0].isalpha() for w in body.split("|")):
            return "letter"
        return "any"
    return "letter" if t[:1].isalpha() else "any"


def _any(patterns: Iterable[str]) -> regex.Pattern[str]:
    """One pattern matching wherever any of ``patterns`` matches (never, if none)."""
    return regex.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", F)


def _bare(stem: str) -> str:
    """A month stem as a pattern for a word already cut out of the text: its lookarounds
    ("oct" only before a day: ``oct(?:\\.|(?=\\s\\d))``) have nothing left to look at."""
    if "(" not in stem:
        return regex.escape(stem)
    return regex.sub(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)", "", stem)


@cache
def grammar(code: str) -> Grammar:
    lang = get_lang(code)
    stems = [s for forms in lang.months.values() for s in forms]
    stem_alt = "|".join(
        sorted((regex.escape(s) if "(" not in s else s for s in stems), key=len, reverse=True)
    )
    month = rf"(?:{stem_alt}){lang.month_tail}(?!\w)"
    month_loc = rf"(?:{stem_alt}){lang.month_loc_tail}(?!\w)" if lang.month_loc_tail else month
    # an ordinal word as a day ("пятнадцатого сентября", "the first of September")
    ord_day = "(?:" + (_alt(lang.ordinals) or "(?!)") + r")(?!\w)"
    subs = {
        "{MONTHLOC}": month_loc, "{MONTH}": month, "{YEAR}": YEAR, "{DAY}": DAY,
        "{DASH}": DASH, "{YSUF}": lang.year_suffix, "{DSUF}": lang.day_suffix,
        "{ORDDAY}": ord_day, "{MSTEM}": f"(?:{stem_alt})",
    }  # fmt: skip
    alts = []
    starts = []
    for t in lang.date_templates:
        starts.append(_template_start(t, stems))
        for k, v in subs.items():
            t = t.replace(k, v)
        alts.append(f"(?:{t})")

    def dates_of(kinds: tuple[str, ...]) -> regex.Pattern[str]:
        chosen = [a for a, k in zip(alts, starts, strict=True) if k in kinds] or ["(?!)"]
        return regex.compile(r"(?<![\w.,/]|\w[-–])(?:" + "|".join(chosen) + r")(?![\w%])", F)

    dates = dates_of(("digit", "letter", "any"))
    uses_ord = any("{ORDDAY}" in t for t in lang.date_templates)
    ords = list(lang.ordinals) if uses_ord else []
    # a lead that is a plain word is matched as a whole word ("bu", not "bundan"); one
    # with a pattern ("перв\w*") or a month stem ("oktyabr…") as a prefix
    lead_alts = [w for w in lang.date_lead.split("|") if w]
    lead_words = frozenset(w for w in lead_alts if w.isalpha())
    leads = [literal_prefix(w) for w in (*lead_alts, *stems, *ords) if w and w not in lead_words]
    lookup = tuple(
        (regex.compile(rf"(?:{_bare(s)}){lang.month_tail}$", F), n)
        for n, forms in lang.months.items()
        for s in forms
    )
    words = _alt(regex.escape(w) for w in lang.numbers)
    joiners = "".join(rf"|\s{j}\s" for j in lang.number_joiners)
    fused = "|".join(lang.fused_units) or "(?!)"
    number_words = regex.compile(
        rf"(?<!\w)(?:{words})(?:(?:[\s-]|,\s{joiners})(?:{words}))*(?=(?:{fused})?(?!\w))", F
    )
    number_start = regex.compile(
        rf"(?<![\w.,/:#@\[-]|\d[.,])(?:\d+(?:[.,]\d+)*(?:\s\d{{3}}(?![\d.,]\d))*|(?:{words})(?=(?:{fused})?(?!\w)))",
        F,
    )
    # Whole words only: "тыс" must not stop inside "тысяч" ("8 тысяч километров").
    scale_alt = "|".join(f"(?:{k})(?!\\w)" for k in lang.scales)
    return Grammar(
        lang=lang,
        dates=dates,
        date_triggers=tuple(sorted({w for w in leads if w})),
        date_words=lead_words,
        dates_at_digit=dates_of(("digit", "any")),
        dates_at_letter=dates_of(("letter", "any")),
        number_triggers=frozenset(lang.numbers)
        | {w + f for w in lang.numbers for f in lang.fused_units},
        partitive=regex.compile(rf"(?P<w>{words}){lang.partitive}(?!\w)", F)
        if lang.partitive
        else None,
        ordinal_triggers=tuple(
            sorted({literal_prefix(w) for w in lang.ordinals if not w.isalpha()} - {""})
        ),
        ordinal_words=frozenset(w for w in lang.ordinals if w.isalpha()),
        month_lookup=lookup,
        number_start=number_start,
        number_words=number_words,
        scale=regex.compile(rf"\s?(?:{scale_alt})", F),
        scale_values=tuple((regex.compile(rf"(?:{k})$", F), v) for k, v in lang.scales.items()),
        units=regex.compile(
            r"\s?(?:" + "|".join(f"(?P<u{i}>{u.pattern})" for i, u in enumerate(lang.units)) + ")",
            F,
        ),
        qual_before=tuple(
            (regex.compile(rf"(?<!\w)(?:{p})\s$", F), q) for p, q in lang.qualifiers_before
        ),
        qual_after=tuple((regex.compile(rf"(?:{p})", F), q) for p, q in lang.qualifiers_after),
        modality=tuple((regex.compile(rf"(?<!\w)(?:{p})", F), m) for p, m in lang.modality_cues),
        qual_before_any=_any(rf"(?<!\w)(?:{p})\s$" for p, _ in lang.qualifiers_before),
        qual_after_any=_any(rf"(?:{p})" for p, _ in lang.qualifiers_after),
        modality_any=_any(rf"(?<!\w)(?:{p})" for p, _ in lang.modality_cues),
        reporting=regex.compile(rf"\s(?:{lang.reporting_verbs})\W*$", F)
        if lang.reporting_verbs
        else None,
        label_before=regex.compile(rf"(?<!\w)(?:{lang.labels or '(?!)'})\s?$", F),
        not_count=regex.compile(rf"(?:{lang.not_count_nouns})$", F),
        anniversary=regex.compile(rf"\s?(?:{lang.anniversary})", F)
        if lang.anniversary
        else regex.compile(r"(?!)"),
        ordinal_suffix=regex.compile(lang.ordinal_suffix or r"(?!)", F),
        period_cues=regex.compile(rf"(?<!\w)(?:{lang.period_cues})(?!\w)", F),
        visits=regex.compile(rf"(?<!\w)(?P<vt>{_alt(lang.visit_types)})\s(?:{lang.visit_noun})", F),
        meeting=regex.compile(
            rf"(?<!\w)(?P<ord>{_alt(lang.ordinals)}|\d{{1,2}}{lang.ordinal_suffix}|[ıivx]{{1,5}})\s(?:\w+\s){{0,2}}?(?:{lang.meeting_nouns})",
            F,
        ),
        number_at_digit=regex.compile(
            rf"{_NUMBER_BEHIND}(?:\d+(?:[.,]\d+)*(?:\s\d{{3}}(?![\d.,]\d))*)", F
        )
        if all(w[:1].isalpha() for w in lang.numbers)
        else number_start,
        number_at_letter=regex.compile(
            rf"{_NUMBER_BEHIND}(?:(?:{words})(?=(?:{fused})?(?!\w)))", F
        ),
    )
