"""Category claims: visit type (state / official / working) and meeting ordinals."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.dates import roman
from crossfact.claims.extractors.grammar import Grammar, _alt, grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import first_chars, match_at, rx, scan
from crossfact.text import fold

# words that may not sit between an ordinal and its meeting noun ("ikinci dəfə", "first time")
_NOT_BETWEEN = regex.compile(
    r"(?:dəfə\w*|time\w*|раз\w*|the|of|and|in|и|в|və|ki|ilə|yer\w*|place)\s", regex.V1
)


def extract_categories(ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    for s, e, lang in ctx.regions:
        g = grammar(lang)
        for m in scan(g.visits, ctx.folded, s, e):
            adj = m["vt"]
            value = next((v for k, v in g.lang.visit_types.items() if rx(k).fullmatch(adj)), None)
            if value:
                c = Mention(
                    m.start(), m.end(), "category", lang, value=value, attribute="visit-type"
                )
                out.append(c)
        for m in _meetings(ctx, g, s, e):
            n = _ordinal(
                g.lang.ordinals, ctx.text[m.start("ord") : m.end("ord")], g.lang.ordinal_suffix
            )
            between = ctx.folded[m.end("ord") + 1 : m.end()]
            if n is None or _NOT_BETWEEN.search(between):
                continue
            c = Mention(m.start(), m.end(), "category", lang, value=n, attribute="meeting-ordinal")
            out.append(c)
    return out


_ROMAN_ONLY = regex.compile(r"[IVX]{1,5}")
_ONE_TWO_DIGITS = regex.compile(r"\d{1,2}")


def _roman_starts(text: str, s: int, e: int) -> list[int]:
    """Starts of the matches of ``[IVX]{1,5}\\s`` in ``text[s:e]`` (stdlib ``re``: ``\\s``
    is ``str.isspace``) that no word character precedes. Each of the three capitals is
    found with ``str.find`` (C speed; a class scan visits every character in Python's
    ``re``), and only the last numeral of a run is looked at."""
    out = []
    for ch in "IVX":
        i = text.find(ch, s, e)
        while i >= 0:
            j = i + 1
            if j < e and text[j] not in "IVX" and text[j].isspace():
                a = i
                while a > s and text[a - 1] in "IVX":
                    a -= 1
                # a run of more than five, or one glued to a word, starts no numeral
                if i - a < 5 and not (a and (text[a - 1].isalnum() or text[a - 1] == "_")):
                    out.append(a)
            i = text.find(ch, j, e)
    return out


@cache
def _suffix_first(code: str) -> frozenset[str] | None:
    """The characters a meeting ordinal that starts at a digit can go on with after its
    one or two digits (the ordinal suffix's first, ``-`` of ``5-ci``, ``t`` of ``12th``),
    a test of two characters before ``g.meeting`` at each of the many digit runs. ``None``
    if the suffix may be empty or start with a digit, an ordinal word might start with a
    digit, or ``g.meeting`` is not the pattern this reads."""
    g = grammar(code)
    lang = g.lang
    meeting = (
        rf"(?<!\w)(?P<ord>{_alt(lang.ordinals)}|\d{{1,2}}{lang.ordinal_suffix}|[ıivx]{{1,5}})\s"
        rf"(?:\w+\s){{0,2}}?(?:{lang.meeting_nouns})"
    )
    firsts = [first_chars(o) for o in lang.ordinals] + [first_chars(f"(?:{lang.ordinal_suffix})")]
    if g.meeting.pattern != meeting or any(f is None or any(map(_DIGIT.match, f)) for f in firsts):
        return None
    return firsts[-1]


_DIGIT = regex.compile(r"\d")


def _meetings(ctx: Context, g: Grammar, s: int, e: int) -> list[regex.Match[str]]:
    t = ctx.folded
    digits = ctx.digits_in(s, e)
    cands = {*digits, *ctx.word_triggers(s, e, g.ordinal_triggers, g.ordinal_words)}
    cands.update(_roman_starts(ctx.text, s, e))
    suffix = _suffix_first(g.lang.code)
    at_digit = set(digits) if suffix is not None else set()
    follow = suffix or frozenset()
    out = []
    for pos in sorted(cands):
        if (
            pos in at_digit
            and t[pos + 1 : pos + 2] not in follow
            and t[pos + 2 : pos + 3] not in follow
        ):
            continue  # at a digit only "\d{1,2}" and the suffix can start a meeting ordinal
        m = match_at(g.meeting, t, pos, e)
        if m:
            out.append(m)
    return out


def _ordinal(words: Mapping[str, int], raw: str, suffix: str) -> int | None:
    if _ROMAN_ONLY.fullmatch(raw):
        return roman(raw)
    digits = _ONE_TWO_DIGITS.match(raw)
    if digits:
        return int(digits.group())
    low = fold(raw)
    for k, v in words.items():
        if rx(k).fullmatch(low):
            return int(v)
    return None
