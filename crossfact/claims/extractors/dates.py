"""Date mentions: explicit, year-less, relative, ranges, decades, centuries, citation years.

Year-less and relative parts are left in ``Mention.parts`` and filled by
:mod:`crossfact.claims.resolve`; nothing is ever filled from today's date.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.grammar import YEAR, grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.scan import literal_prefix, match_at, rx, scan
from crossfact.claims.lang import SUPPORTED, get_lang

# d.m.yyyy, d/m/yyyy (day first, as everywhere but the US: a first number over 12 is
# read as a US month/day instead), yyyy-mm-dd
_NUMERIC = regex.compile(
    rf"(?=\d)(?<![\w.,/:-])(?:(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})"
    rf"|(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/(?P<y>{YEAR})"
    rf"|(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))(?![\w./]?\d)",
    regex.V1,
)
_PAREN = regex.compile(r"\((?P<b>[^()\[\]]{2,240})\)")
_BARE_YEAR = regex.compile(rf"(?=[12])(?<![\w./:#-])(?P<y>{YEAR})[a-z]?(?![\w-]|[.,]\d)")
_TWO_LETTERS = regex.compile(r"\p{L}{2}")
# "(2010)", "(2024a, p. 7)", "(2019: 45)": parentheses opened by a year
_YEAR_PAREN = regex.compile(
    rf"\(\s?(?P<y>{YEAR})[a-z]?(?:[,:]\s?(?:pp?\.|s\.|с\.|səh\.)?\s?\d+(?:[-–]\d+)?)?\s?\)"
)
# an author's name (or "et al.") just before: "Djankov et al. ", "Mammadov "
_AUTHOR_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’-]+|et\sal\.?|и\sдр\.|və\sb\.)\s?$")
# a text table's header line: a label, then two or more years ("Country   2010   2021")
_TABLE_HEAD = regex.compile(rf"^[^\d\n]{{0,40}}?(?:[ \t]+(?:{YEAR})){{2,}}[ \t]*$", regex.M)
_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d")
# a book's imprint: "Meridian Press, 2024.", "Издательство «Наука», 2019." -- matched on
# the folded text at each of its words, found by substring search
_IMPRINT_WORDS = ("press", "publish", "books", "verlag", "nəşriyyat", "издательств", "изд-во")
_IMPRINT_YEAR = regex.compile(
    rf"(?:press|publishers?|publishing|books|verlag|nəşriyyat\w*|издательств\w*|изд-во)"
    rf"[^.\n\d]{{0,40}}?,\s(?P<y>{YEAR})(?=[.,;)])"
)
# a chronology's entry: a line opened by a year and a dash ("2019 – the zone was set up"),
# tried at the year-like digit runs only
_TIMELINE_YEAR = regex.compile(rf"(?P<y>{YEAR})(?=[ \t]+[–—-][ \t])")
_LINE_LEAD = regex.compile(r"(?r)(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\Z")
_MASTHEAD = regex.compile(
    r"(?i)(?<!\w)(?:vol\.|no\.|pp\.|№|səh\.|вып\.|стр\.|volume|issue|cild|том)(?=\s?\d)"
)
_MASTHEAD_LINE = 200  # a masthead is a short line, not a paragraph that says "volumes"


def is_masthead(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a journal masthead line ("Vol. 12, No. 3 (2024)")."""
    return end - start <= _MASTHEAD_LINE and _MASTHEAD.search(text, start, end) is not None


_ROMAN = {"I": 1, "V": 5, "X": 10}
# first and last month of a season named in a date (winter spans two years: not read)
_SEASONS = {"yaz": (3, 5), "yay": (6, 8), "payız": (9, 11)}
_CENTURY_WORDS = regex.compile(
    r"(?=[IVX])(?<!\w)(?P<r>[IVX]{1,5})\s(?:əsrin\s(?P<dd>[1-9]0)[-–](?:cı|ci|cu|cü)\sillər\w*"
    r"|əsr\w*|century|centuries|век\w*|в\.)",
    regex.V1,
)


def roman(s: str) -> int | None:
    vals = [_ROMAN.get(c) for c in s]
    if not s or None in vals:
        return None
    total = 0
    for a, b in zip(vals, [*vals[1:], 0], strict=True):
        total += -a if a < b else a  # type: ignore[operator]
    return total if 0 < total < 40 else None


def _num(word: str, table: dict[str, int] | None = None) -> int | None:
    """A small number in digits or words ("səkkiz", "on iki", "девяти")."""
    if word.isdigit():
        return int(word)
    if not table:
        return None
    if " " in word:
        vals = [_num(w, table) for w in word.split()]
        return None if None in vals else sum(vals)  # type: ignore[arg-type]
    if word in table:
        return table[word]
    for k, v in table.items():
        if word.startswith(k):
            return v
    return None


def _bounded(n: int | None, most: int) -> int | None:
    """``n`` if it is a count from 1 to ``most`` (months of a year, quarters), else None."""
    return n if n is not None and 1 <= n <= most else None


def _quarter(word: str, ordinals: dict[str, int]) -> int | None:
    """1-4 from "3", "3-cü", "III" (folded "ııı" in az text), "third", "третьем"."""
    w = word.replace("ı", "i")
    lead = w.split("-")[0].split("–")[0]
    if lead.isdigit():
        return int(lead)
    r = roman(w.upper())
    if r is not None:
        return r
    for pat, n in ordinals.items():
        if rx(pat).fullmatch(w) or w.startswith(pat):
            return n
    return None


_REL_WORDS = {-1: "last", 0: "this", 1: "next"}
# a figure in the sentence: a percentage, a currency sign or a scale word
_FIGURE = regex.compile(
    r"\d\s?%|[$€£₼]\s?\d|\d\s(?:per\scent|percent|million|billion|tonnes)", regex.I
)


def _mention(ctx: Context, m: regex.Match[str], lang: str) -> Mention | None:
    g = grammar(lang)
    gd = {k: v for k, v in m.groupdict().items() if v}
    parts: dict[str, object] = {}
    if "y" in gd:
        parts["y"] = int(gd["y"])
    if "y2" in gd:
        parts["y2"] = int(gd["y2"])
    if "mon" in gd:
        mon = g.month_of(gd["mon"])
        if mon is None:
            return None
        parts["m"] = mon
    if "mon2" in gd:
        mon2 = g.month_of(gd["mon2"])
        if mon2 is None or not isinstance(parts.get("m"), int) or mon2 == parts["m"]:
            return None
        # "from November to February": over the turn of a year, year-less months only
        if mon2 < parts["m"] and (gd.get("y") or gd.get("d")):  # type: ignore[operator]
            return None
        parts["m2"] = mon2
    if "q" in gd:
        q = _bounded(_quarter(gd["q"], dict(g.lang.ordinals)), 4)
        if q is None:
            return None
        parts["q"] = q
        if "q2" in gd:
            if int(gd["q2"]) <= q:
                return None
            parts["q2"] = int(gd["q2"])
    if "nq" in gd:  # the first three quarters: nine months
        nq = _bounded(_num(gd["nq"], dict(g.lang.numbers)), 4)
        if nq is None:
            return None
        parts["nm"] = 3 * nq
    if "y2s" in gd:  # "2020-21": the second year's last two digits
        y2 = int(gd["y"]) // 100 * 100 + int(gd["y2s"])
        if y2 <= int(gd["y"]):
            return None
        parts["y2"] = y2
    if "season" in gd and "ay" in ctx.folded[m.end("season") : m.end()]:
        # "yay aylarında": the season's months; "ilin payızında" is read, as readers do,
        # as the year (where a season starts and ends is a convention)
        parts["season"] = _SEASONS[gd["season"]]
    if "dd" in gd:  # a decade by two digits: "в 90-е годы"
        parts["dec"], parts["part"] = 1900 + int(gd["dd"]), ""
    if "dw" in gd:
        day = next((n for pat, n in g.lang.ordinals.items() if rx(pat).fullmatch(gd["dw"])), None)
        if day is None:
            return None
        parts["d"] = day
    if "relm" in gd:
        parts["relm"] = g.lang.relative_years.get(gd["relm"], 0)
    if "relq" in gd:
        parts["relq"] = g.lang.relative_years.get(gd["relq"], 0)
    if "ctxy" in gd:
        parts["same"] = True
    if "rely" in gd:  # "the first half of the year": this year
        parts["rel"] = 0
    if "relmon" in gd:  # "next November", "в прошлом декабре": the coming or the past one
        parts["relmon"] = _REL_WORDS.get(g.lang.relative_years.get(gd["relmon"], 0), "this")
    if "hy" in gd:  # "за полугодие": the half-year so far, the first
        parts["half"] = 1
    if "bare" in gd and not scan(_FIGURE, ctx.text, *ctx.sentence(m.start())):
        return None  # "in the second half" of a match: a period word only beside a figure
    if "d" in gd:
        parts["d"] = int(gd["d"])
    if "d2" in gd:
        parts["d2"] = int(gd["d2"])
        if int(gd["d2"]) <= int(gd["d"]) and "mon2" not in gd:
            return None
    if "nm" in gd:
        nm = _bounded(_num(gd["nm"], dict(g.lang.numbers)), 12)
        if nm is None:
            return None
        parts["nm"] = nm
    if "half" in gd:
        half = gd["half"].replace("ı", "i")
        parts["half"] = _num(half, dict(g.lang.halves)) or roman(half.upper()) or 1
        if parts["half"] not in (1, 2):
            return None
    if "wd" in gd:  # a weekday: "on Tuesday", "в пятницу", "çərşənbə axşamı"
        parts["wd"] = next(n for pat, n in g.lang.weekdays.items() if rx(pat).fullmatch(gd["wd"]))
        if "wdrel" in gd:  # "next Monday", "ötən həftənin cümə günü", "в прошлую пятницу"
            parts["wdrel"] = g.lang.relative_years.get(gd["wdrel"], 0)
    if "dec" in gd:
        parts["dec"] = int(gd["dec"])
        parts["part"] = gd.get("part", "")
    if "dek" in gd:  # "в первой декаде ноября": days 1-10, 11-20, 21 to the month's end
        n = next((k for pat, k in g.lang.ordinals.items() if rx(pat).fullmatch(gd["dek"])), 0)
        if not 1 <= n <= 3:
            return None
        parts["d"], parts["d2"] = 10 * n - 9, 10 * n if n < 3 else 31
    if "ago" in gd:  # "two years ago", "пять лет назад", "iki il əvvəl"
        back = _num(gd["ago"], dict(g.lang.numbers))
        if back is None or not 1 <= back <= 150:
            return None
        parts["rel"], parts["ago"] = -back, True
    if "sameday" in gd:  # "ötən ilin eyni tarixində": the day just told, a year off
        parts["sameday"] = True
    if "rel" in gd:
        rel = gd["rel"].replace("\u00a0", " ")
        if rx(g.lang.same_year).fullmatch(rel) if g.lang.same_year else False:
            parts["same"] = True
        else:
            parts["rel"] = g.lang.relative_years.get(rel, 0)
    if "y" in parts and "y2" in parts and parts["y2"] <= parts["y"]:  # type: ignore[operator]
        return None
    if not parts:
        return None
    return Mention(m.start(), m.end(), "date", lang, parts=parts)


def extract_dates(ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    t = ctx.folded
    for s, e, lang in ctx.regions:
        g = grammar(lang)
        digits = set(ctx.digits_in(s, e))  # digit-run starts; the rest start trigger words
        cands = sorted({*digits, *ctx.word_triggers(s, e, g.date_triggers, g.date_words)})
        last = s
        for pos in cands:
            if pos < last or ctx.is_excluded(pos, pos + 1):
                continue  # a mention starting in an excluded span (a feed) would be dropped
            m = match_at(g.dates_at_digit if pos in digits else g.dates_at_letter, t, pos, e)
            mlang = lang
            if m is None and pos in digits:
                m, mlang = _foreign_date(t, pos, e, lang)
            if m is None:
                continue
            last = m.end()
            mention = _mention(ctx, m, mlang)
            if mention is not None:
                out.append(mention)
    out.extend(_numeric(ctx, out))
    out.extend(_centuries(ctx, out))
    out.extend(_citations(ctx, out))
    out.extend(_narrative_citations(ctx, out))
    out.extend(_masthead_years(ctx, out))
    out.extend(_table_years(ctx, out))
    out.extend(_timeline_years(ctx, out))
    out.extend(_imprint_years(ctx, out))
    out.extend(_reference_years(ctx, out))
    return out


@cache
def _month_heads(code: str) -> tuple[str, ...]:
    """The first letters of a language's month names ("noy", "ноя", "nov"): where a day
    and a word of another language may be a date of that language."""
    return tuple(
        literal_prefix(stem)[:3] for forms in get_lang(code).months.values() for stem in forms
    )


_DAY_MONTH = regex.compile(r"\d{1,2}\s(\w{3,4})")


def _foreign_date(t: str, pos: int, end: int, lang: str) -> tuple[regex.Match[str] | None, str]:
    """A day and month of another language at ``pos`` (where the region's grammar found
    no date): the match with that language's grammar, and the language."""
    head = match_at(_DAY_MONTH, t, pos, end)
    if head is None:
        return None, lang
    for other in SUPPORTED:
        if other != lang and head[1].startswith(_month_heads(other)):
            m = match_at(grammar(other).dates_at_digit, t, pos, end)
            if m is not None and m.groupdict().get("y"):  # with its year: "12 mart pages" is none
                return m, other
    return None, lang


def _free(found: list[Mention], s: int, e: int) -> bool:
    return not any(x.overlaps(s, e) for x in found)


def _numeric(ctx: Context, found: list[Mention]) -> list[Mention]:
    out = []
    t = ctx.text
    for pos in ctx.digits:
        # d.m.yyyy and d/m/yyyy have their first dot or slash 1-2 places on, yyyy-mm-dd
        # its dash 4 on
        near = t[pos + 1 : pos + 3]
        if "." not in near and "/" not in near and t[pos + 4 : pos + 5] != "-":
            continue
        m = match_at(_NUMERIC, t, pos)
        if m and _free(found, m.start(), m.end()) and not ctx.in_url(m.start(), m.end()):
            if m["a"]:
                day, month = int(m["a"]), int(m["b"])
                if month > 12:  # "12/25/2024": the US order
                    day, month = month, day
                if month > 12:
                    continue
            else:
                day, month = int(m["d"]), int(m["m"])
            parts: dict[str, object] = {"y": int(m["y"]), "m": month, "d": day}
            out.append(Mention(m.start(), m.end(), "date", ctx.language_at(m.start()), parts=parts))
    return out


def _centuries(ctx: Context, found: list[Mention]) -> list[Mention]:
    out = []
    starts = set()
    for w in ("əsr", "centur", "век"):
        i = ctx.folded.find(w)
        while i >= 0:
            k = ctx.text.rfind(" ", 0, max(0, i - 1)) + 1
            starts.add(k)
            i = ctx.folded.find(w, i + 1)
    for m in filter(None, (match_at(_CENTURY_WORDS, ctx.text, k) for k in sorted(starts))):
        n = roman(m["r"])
        if n and _free(found, m.start(), m.end()):
            parts: dict[str, object] = {"century": n}
            if m["dd"]:  # "XX əsrin 50-ci illərində": a decade of that century
                parts = {"dec": (n - 1) * 100 + int(m["dd"]), "part": ""}
            out.append(Mention(m.start(), m.end(), "date", ctx.language_at(m.start()), parts=parts))
    return out


def _citations(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Author-year citations: a bare year inside parentheses that also hold a name or title."""
    out = []
    parens = []
    i = ctx.text.find("(")
    while i >= 0:
        p = match_at(_PAREN, ctx.text, i)
        if p:
            parens.append(p)
        i = ctx.text.find("(", i + 1)
    for p in parens:
        body = p["b"]
        if "http" in body or "www." in body:
            continue
        for y in scan(_BARE_YEAR, ctx.text, p.start("b"), p.end("b")):
            before = ctx.text[p.start("b") : y.start()]
            if not _TWO_LETTERS.search(before) or not _free(found, y.start(), y.end()):
                continue
            mention = Mention(y.start(), y.start() + 4, "date", ctx.language_at(y.start()))
            mention.parts = {"y": int(y["y"])}
            mention.role = "citation"
            out.append(mention)
    return out


def _narrative_citations(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Narrative author-year citations: "Djankov et al. (2010)", "Mammadov (2024a, p. 7)"
    -- a year opening the parentheses right after an author's name."""
    out = []
    i = ctx.text.find("(")
    while i >= 0:
        m = match_at(_YEAR_PAREN, ctx.text, i)
        if (
            m
            and _free(found, m.start("y"), m.end("y"))
            and _AUTHOR_BEFORE.search(ctx.text, max(0, i - 40), i)
        ):
            mention = Mention(m.start("y"), m.end("y"), "date", ctx.language_at(i))
            mention.parts = {"y": int(m["y"])}
            mention.role = "citation"
            out.append(mention)
        i = ctx.text.find("(", i + 1)
    return out


def _masthead_years(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The year of a journal's masthead line among the first lines ("Review, Vol. 12,
    No. 3 (2024), pp. 211-229", "TƏDQİQATLAR, 2024, №2"): the issue's date."""
    out = []
    text = ctx.doc.text
    pos = 0
    for _ in range(8):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if is_masthead(text, pos, end):
            vs, ve = ctx.doc.view.from_original(pos, end)
            for y in scan(_BARE_YEAR, ctx.text, vs, ve):
                if _free(found, y.start(), y.end()) and not ctx.in_url(y.start(), y.end()):
                    mention = Mention(y.start(), y.start() + 4, "date", ctx.language_at(y.start()))
                    mention.parts = {"y": int(y["y"])}
                    mention.role = "publication"
                    out.append(mention)
        if end >= len(text):
            break
        pos = end + 1
    return out


def _two_years(ctx: Context) -> bool:
    """Two year-like digit runs with only blanks between them (from the digit-run index)."""
    t = ctx.text
    return any(
        t[a + 4 : b].isspace()
        and _YEARISH.fullmatch(t, a, a + 4)
        and _YEARISH.fullmatch(t, b, b + 4)
        for a, b in itertools.pairwise(ctx.digits)
    )


def _table_years(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The years heading the columns of a table written as text lines."""
    out: list[Mention] = []
    text = ctx.doc.text
    if not _two_years(ctx):  # no two years side by side: no table header
        return out
    for line in scan(_TABLE_HEAD, text):
        vs, ve = ctx.doc.view.from_original(*line.span())
        for y in scan(_BARE_YEAR, ctx.text, vs, ve):
            if _free(found, y.start(), y.end()) and not ctx.in_url(y.start(), y.end()):
                mention = Mention(y.start(), y.start() + 4, "date", ctx.language_at(y.start()))
                mention.parts = {"y": int(y["y"])}
                mention.role = "period"
                out.append(mention)
    return out


def _imprint_years(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The year in a book's imprint ("Meridian Press, 2024. 412 pp.")."""
    out: list[Mention] = []
    t = ctx.folded
    hits = sorted(
        i for w in _IMPRINT_WORDS for i in _find_all(t, w) if i == 0 or not t[i - 1].isalnum()
    )
    for y in filter(None, (match_at(_IMPRINT_YEAR, t, i) for i in hits)):
        s, e = y.span("y")
        if _free(found, s, e) and not ctx.is_excluded(s, e):
            mention = Mention(s, e, "date", ctx.language_at(s))
            mention.parts = {"y": int(y["y"])}
            mention.role = "other"
            out.append(mention)
    return out


def _find_all(t: str, w: str) -> list[int]:
    """Every offset of ``w`` in ``t``."""
    out, i = [], t.find(w)
    while i >= 0:
        out.append(i)
        i = t.find(w, i + 1)
    return out


def _timeline_years(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The years opening the entries of a chronology ("2007 – …", "2019 — …")."""
    out: list[Mention] = []
    text = ctx.doc.text
    if "\n" not in text:
        return out
    for d in ctx.digits:
        if not _YEARISH.match(ctx.text, d):
            continue
        a, _ = ctx.doc.view.to_original(d, d + 4)
        y = _TIMELINE_YEAR.match(text, a)
        if y is None or not _LINE_LEAD.search(text, max(0, a - 8), a):
            continue
        s, e = ctx.doc.view.from_original(*y.span("y"))
        if ctx.text[s:e] == y["y"] and _free(found, s, e) and not ctx.is_excluded(s, e):
            mention = Mention(s, e, "date", ctx.language_at(s))
            mention.parts = {"y": int(y["y"])}
            out.append(mention)
    return out


def _reference_years(ctx: Context, found: list[Mention]) -> list[Mention]:
    if ctx.refs is None:
        return []
    out = []
    for y in scan(_BARE_YEAR, ctx.text, *ctx.refs):
        if _free(found, y.start(), y.end()) and not ctx.in_url(y.start(), y.end()):
            mention = Mention(y.start(), y.start() + 4, "date", ctx.language_at(y.start()))
            mention.parts = {"y": int(y["y"])}
            out.append(mention)
    return out
