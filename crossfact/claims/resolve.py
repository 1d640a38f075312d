"""Fill in date values: explicit dates format directly; year-less ones take the nearest
preceding explicit year in context, relative ones count from the document time
(:mod:`crossfact.claims.doctime`). Never today's date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools

import regex

from crossfact.claims.context import Context
from crossfact.claims.doctime import (
    document_time,
    is_compared,
    is_deadline,
    is_since,
    publication_date,
)
from crossfact.claims.extractors.grammar import grammar
from crossfact.claims.extractors.mention import Mention
from crossfact.claims.extractors.relative_days import counted_from
from crossfact.claims.extractors.scan import scan

_GLOSS = regex.compile(r"\s?\(\s?")
_CONTEXT_SENTENCES = 2  # a year-less date looks this many sentences back for its year


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _value(p: dict[str, object], y: int) -> tuple[str, str]:
    """ISO value and precision of date parts ``p`` in year ``y``."""
    m = p.get("m")
    d = p.get("d")
    if "y2" in p:
        return f"{y:04d}/{p['y2']:04d}", "year"
    if "q" in p:
        q = int(p["q"])  # type: ignore[call-overload]
        q2 = int(p.get("q2", q))  # type: ignore[call-overload]
        return f"{_fmt(y, 3 * q - 2)}/{_fmt(y, 3 * q2)}", "month"
    if "season" in p:
        months: tuple[int, int] = p["season"]  # type: ignore[assignment]
        return f"{_fmt(y, months[0])}/{_fmt(y, months[1])}", "month"
    if "m2" in p and isinstance(m, int):
        m2 = int(p["m2"])  # type: ignore[call-overload]
        if isinstance(d, int) and "d2" in p:  # "iyunun 10-dan iyulun 25-dək"
            return f"{_fmt(y, m, d)}/{_fmt(y, m2, int(p['d2']))}", "day"  # type: ignore[call-overload]
        # "from November to February" ends in the next year
        return f"{_fmt(y, m)}/{_fmt(y + (m2 < m), m2)}", "month"
    if "nm" in p:
        return f"{_fmt(y, 1)}/{_fmt(y, int(p['nm']))}", "month"  # type: ignore[call-overload]
    if "half" in p:
        h = int(p["half"])  # type: ignore[call-overload]
        return f"{_fmt(y, 1 if h == 1 else 7)}/{_fmt(y, 6 if h == 1 else 12)}", "month"
    if isinstance(m, int) and isinstance(d, int):
        if "d2" in p:  # (a month's last ten days end on its last day)
            d2 = min(int(p["d2"]), calendar.monthrange(y, m)[1])  # type: ignore[call-overload]
            return f"{_fmt(y, m, d)}/{_fmt(y, m, d2)}", "day"
        return _fmt(y, m, d), "day"
    if isinstance(m, int):
        return _fmt(y, m), "month"
    return _fmt(y), "year"


def _static(p: dict[str, object]) -> tuple[str, str] | None:
    if "dec" in p:
        # the decade at decade precision, "early"/"late" or not ("1990-cı illərin
        # əvvəllərində" = 1990/1999): where early ends is a convention, the decade is not
        dec = int(p["dec"])  # type: ignore[call-overload]
        return f"{dec}/{dec + 9}", "decade"
    if "century" in p:
        c = int(p["century"])  # type: ignore[call-overload]
        # as the century is spoken of: the 21st is 2000-2099 ("20XX"), not 2001-2100
        return f"{(c - 1) * 100:04d}/{(c - 1) * 100 + 99:04d}", "century"
    return None


def resolve(ctx: Context, dates: list[Mention], keep: bool = False) -> list[Mention]:
    """Set ``value``/``precision``/``resolution`` on every date; drop unresolvable ones
    (``keep``: keep them unvalued, for a provisional pass before roles are known)."""
    dates.sort(key=lambda x: x.start)
    anchors: list[tuple[int, int]] = []  # (position, year) of explicit body dates
    for x in dates:
        if (
            "y" in x.parts
            and x.role not in ("citation", "reference-entry", "publication", "other")
            and not is_deadline(ctx, x)  # "2027-ci ilədək … oktyabrda": not of 2027
            and not is_since(ctx, x)  # "с 2008 года … 20 июня": not of 2008
        ):
            anchors.append((x.start, int(x.parts["y"])))  # type: ignore[call-overload]
    pub = publication_date(ctx, dates)  # once: reading a dateline's year costs
    doc_year, doc_how = document_time(ctx, dates, pub)
    out = []
    for x in dates:
        p = x.parts
        if "dayoff" in p or "weekoff" in p:  # "yesterday", "last week"
            counted = counted_from(pub, p) if pub is not None else None
            if counted is not None:
                x.value, x.precision, x.resolution = counted, "day", "relative"
            if counted is not None or keep:
                out.append(x)
            continue
        static = _static(p)
        if static:
            x.value, x.precision = static
            x.resolution = "explicit"
            out.append(x)
            continue
        if "y" in p:
            x.value, x.precision = _value(p, int(p["y"]))  # type: ignore[call-overload]
            x.resolution = "explicit"
            out.append(x)
            continue
        year, how = _year_for(ctx, x, anchors, dates, doc_year, doc_how, pub)
        if year is None:
            if keep:
                out.append(x)
            continue
        x.value, x.precision = _value(p, year)
        x.resolution = "publication-date" if how == _AHEAD else how
        out.append(x)
        if how == _AHEAD:
            # "… запустить с 3 мая рейс — по субботам, до конца сентября": the dates told
            # after a planned one are of its year, not of the year the sentence began with
            bisect.insort(anchors, (x.start, year))
        if (
            how == "relative"
            # "Last year it met in July": a past or present year anchors what follows;
            # a bare next year mostly names a thing ("gələn ilin büdcəsi")
            and (int(p.get("rel", 0)) <= 0 or "m" in p)  # type: ignore[call-overload]
            and "ago" not in p  # "two years ago" is a point, not the story's year
            and x.role not in ("citation", "reference-entry", "publication")
            and not is_deadline(ctx, x)
            and not is_compared(ctx, x)  # "ötən ilə nisbətən": the base, not the time
        ):
            # "Bu ilin martında …, martın 11-də …": a resolved relative year anchors the
            # year-less dates after it, as an explicit one would.
            bisect.insort(anchors, (x.start, year))
    return out


_QUARTER_SPAN = regex.compile(r"(\d{4})-(01|04|07|10)/\1-(03|06|09|12)")


def _quarter_before(ctx: Context, x: Mention, dates: list[Mention]) -> int | None:
    """The quarter (year * 4 + index) the text spoke of just before ``x`` in its paragraph
    or the one before: "last quarter" is the one before it ("in Q1 2025 … compared with
    the previous quarter" = Q4 2024), else the one before publication."""
    para = ctx.paragraph_index(x.start)
    for d in reversed(dates):
        if d.start >= x.start or not isinstance(d.value, str) or "relq" in d.parts:
            continue
        if para - ctx.paragraph_index(d.start) > 1:
            return None
        m = _QUARTER_SPAN.fullmatch(d.value)
        if m and int(m.group(3)) - int(m.group(2)) == 2:
            return int(m.group(1)) * 4 + (int(m.group(2)) - 1) // 3
    return None


def _year_for(
    ctx: Context,
    x: Mention,
    anchors: list[tuple[int, int]],
    dates: list[Mention],
    doc_year: int | None,
    doc_how: str,
    pub: dt.date | None,
) -> tuple[int | None, str]:
    p = x.parts
    gloss = _gloss_year(ctx, x, dates)
    if gloss is not None:
        return gloss, "context-year"
    if ctx.in_refs(x.start):
        # "TITR Association (2024) Annual Report. Astana, 15 January.": the entry's year
        for d in reversed(dates):
            if d.start < x.start and "y" in d.parts and x.start - d.end < 160:
                return int(d.parts["y"]), "context-year"  # type: ignore[call-overload]
    before = anchors[: bisect.bisect_left(anchors, (x.start, -1))]
    if p.get("same"):
        # "ilin ilk altı ayında", "that same year": the year just spoken of -- in a dated
        # article only if it was spoken of close by, and not a year still to come when
        # the clause tells what has happened ("… 2026-cı ildən tətbiq ediləcək. İlin ilk
        # altı ayında … ötüb")
        if (
            before
            and (pub is None or _close(ctx, x, before[-1][0]))
            and (pub is None or before[-1][1] <= pub.year or _planned_clause(ctx, x))
        ):
            return before[-1][1], "context-year"
        return doc_year, doc_how
    if "rel" in p:
        if doc_year is None:
            return None, "relative"
        if p.get("sameday"):
            told = next((d for d in reversed(dates) if d.start < x.start and "d" in d.parts), None)
            if told is None or not isinstance(told.value, str) or "/" in told.value:
                return None, "relative"
            p["m"], p["d"] = told.parts["m"], told.parts["d"]
            return int(told.value[:4]) + int(p["rel"]), "relative"  # type: ignore[call-overload]
        return doc_year + int(p["rel"]), "relative"  # type: ignore[call-overload]
    if "relmon" in p:  # "next November": the coming one, counted from publication
        m = int(p["m"])  # type: ignore[call-overload]
        if pub is None:
            return doc_year, doc_how
        if p["relmon"] == "next":
            return (pub.year if m > pub.month else pub.year + 1), "relative"
        if p["relmon"] == "last":
            return (pub.year if m < pub.month else pub.year - 1), "relative"
        return pub.year, "relative"
    if "wd" in p:  # "on Tuesday": the last such day up to the publication date
        if pub is None:
            return None, "relative"
        day = _weekday(ctx, x, pub, int(p["wd"]), p.get("wdrel"))  # type: ignore[call-overload]
        p["m"], p["d"] = day.month, day.day
        return day.year, "relative"
    if "relq" in p:  # "last quarter", "в прошлом квартале", "ötən rüb"
        base = _quarter_before(ctx, x, dates)
        if base is None and pub is not None:
            base = pub.year * 4 + (pub.month - 1) // 3
        if base is None:
            return None, "relative"
        k = base + int(p["relq"])  # type: ignore[call-overload]
        p["q"] = k % 4 + 1
        return k // 4, "relative"
    if "relm" in p:  # "last month": only from a publication date
        if pub is None:
            return None, "relative"
        k = pub.year * 12 + pub.month - 1 + int(p["relm"])  # type: ignore[call-overload]
        p["m"] = k % 12 + 1
        return k // 12, "relative"
    # year-less: nearest preceding explicit year, same or previous paragraph, few sentences back
    para = ctx.paragraph_index(x.start)
    sent = ctx.sentence_index(x.start)
    for pos, y in reversed(before):
        if (
            para - ctx.paragraph_index(pos) > 1
            or sent - ctx.sentence_index(pos) > _CONTEXT_SENTENCES
        ):
            break
        if pub is not None and not _same_episode(ctx, x, pos, sent, dates):
            break  # a dated article: "on 12 March" is this year's unless the story is there
        if pub is not None and sent != ctx.sentence_index(pos) and _near(pub, p):
            # "Ещё 21 мая …" in an article of 25 May: the days around publication are the
            # news, however old the year the sentence before spoke of
            break
        year = _rolled_over(ctx, x, pos, y, dates, pub)
        if pub is not None and _before(year, p, pub) and _planned_clause(ctx, x):
            # "Proqram 2024-cü ilin noyabrında təsdiqlənib … ilk üçü oktyabrda istifadəyə
            # veriləcək" in a text of June 2025: what is still planned lies ahead
            return _ahead(pub, p), _AHEAD
        return year, "context-year"
    if pub is not None and isinstance(p.get("m"), int):
        year = _publication_year(pub, p["m"], p.get("d"))  # type: ignore[arg-type]
        last = int(p.get("m2", p["m"]))  # type: ignore[call-overload]  # a range by its end
        back = (pub.year - year) * 12 + pub.month - last
        due = _BY.search(ctx.folded, max(0, x.start - 8), x.start) is not None  # "by Dec. 1"
        if back > 0 and (back > _RECENT_MONTHS or due) and _planned_clause(ctx, x):
            # "the first 150 will arrive in February", said in November: the coming one
            # (a month just past is still reported on: "sales for October will be out")
            return _ahead(pub, p), _AHEAD
        return year, "publication-date"
    # "aprelin 10-da" pages after "2023-cü il aprelin 10-da": the same month named earlier
    month = p.get("m")
    if isinstance(month, int):
        for d in reversed(dates):
            if (
                d.start < x.start
                and d.parts.get("m") == month
                and "y" in d.parts
                and d.role not in ("citation", "reference-entry", "publication")
            ):
                return int(d.parts["y"]), "context-year"  # type: ignore[call-overload]
    return doc_year, doc_how


# how a planned date set ahead of publication resolved (reported as publication-date)
_AHEAD = "planned-ahead"

# a deadline's preposition: "by Dec. 1", "к 1 декабря", "до 1 декабря"
_BY = regex.compile(r"(?<!\w)(?:by|until|till|к|ко|до)\s$")

# a planned year-less month this many months before publication may still be reported on
_RECENT_MONTHS = 3

# a year-less day this close around publication is of its year
_RECENT_DAYS, _COMING_DAYS = 14, 45


def _before(year: int, p: dict[str, object], pub: dt.date) -> bool:
    """The year-less month or day ``p`` in ``year`` ends before ``pub``."""
    m, d = p.get("m"), p.get("d")
    if not isinstance(m, int):
        return False
    return (year, m, d if isinstance(d, int) else 31) < (pub.year, pub.month, pub.day)


def _ahead(pub: dt.date, p: dict[str, object]) -> int:
    """The year of the first such month or day from ``pub`` on."""
    return pub.year + 1 if _before(pub.year, p, pub) else pub.year


def _near(pub: dt.date, p: dict[str, object]) -> bool:
    """A year-less day falls in the fortnight up to publication or the weeks after it."""
    m, d = p.get("m"), p.get("d")
    if not isinstance(m, int) or not isinstance(d, int) or "m2" in p:
        return False
    try:
        day = dt.date(pub.year, m, d)
    except ValueError:
        return False
    return -_COMING_DAYS <= (pub - day).days <= _RECENT_DAYS


def _rolled_over(
    ctx: Context, x: Mention, pos: int, year: int, dates: list[Mention], pub: dt.date | None
) -> int:
    """The year of a year-less month told after a later month of ``year`` in a dated
    article: the next one, when that is still before publication ("Last November the
    governments agreed …, and a pilot began in February" = February of the next year).
    Told as earlier ("ötən ilin noyabrında …, ondan əvvəl, iyulda"), it is of ``year``,
    or of the year before when its month comes later in the calendar."""
    month, anchor = x.parts.get("m"), next((d for d in dates if d.start == pos), None)
    other = anchor.parts.get("m") if anchor is not None else None
    if not isinstance(month, int) or not isinstance(other, int) or anchor is None:
        return year
    earlier = _before_that(x.language)
    if earlier is not None and earlier.search(ctx.folded, anchor.end, x.start):
        return year - 1 if month > other else year
    if pub is None or month >= other:
        return year
    day = x.parts.get("d")
    try:
        later = dt.date(year + 1, month, day if isinstance(day, int) else 1)
    except ValueError:
        return year
    return year + 1 if later <= pub else year


@functools.cache
def _before_that(code: str) -> regex.Pattern[str] | None:
    words = grammar(code).lang.before_that
    return regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.V0) if words else None


def _close(ctx: Context, x: Mention, pos: int) -> bool:
    """``pos`` lies in ``x``'s paragraph or the one before, a few sentences back."""
    return (
        ctx.paragraph_index(x.start) - ctx.paragraph_index(pos) <= 1
        and ctx.sentence_index(x.start) - ctx.sentence_index(pos) <= _CONTEXT_SENTENCES
    )


def _same_episode(ctx: Context, x: Mention, pos: int, sent: int, dates: list[Mention]) -> bool:
    """In a dated article, a year-less date takes the year of an earlier date only when
    both tell one episode: the same sentence, or the sentence just before in the same
    paragraph with a month at most two away ("14 December …; a day earlier, on 13 December"). A date months apart
    ("30 August 1992 … on 27 November") belongs to the publication year instead."""
    anchor = next((d for d in dates if d.start == pos), None)
    if (
        anchor is not None
        and anchor.role == "period"
        # "last year it was suspended from July to August": one clause, one time (not
        # "2026-cı ilin büdcə layihəsi oktyabrın 20-dək …": a year naming a thing)
        and ("rel" not in anchor.parts or _CLAUSE_END.search(ctx.folded, anchor.end, x.start))
    ):
        # the year a figure is for ("2024-cü ildə 30 milyon ton … martın 3-də açılacaq")
        # is not the year of the story, which is the publication's
        return False
    gap = sent - ctx.sentence_index(pos)
    if gap == 0:
        return True
    if gap > 1 or ctx.paragraph_index(pos) != ctx.paragraph_index(x.start):
        return False
    month = x.parts.get("m")
    other = anchor.parts.get("m") if anchor is not None else None
    earlier = _before_that(x.language)
    if (
        anchor is not None
        and earlier is not None
        and earlier.search(ctx.folded, anchor.end, x.start)
    ):
        return True  # "… in November last year. Before that, in August, …"
    if not isinstance(month, int) or not isinstance(other, int):
        return True  # "In 2022 … On 14 December": a bare year sets the story's year
    return abs(month - other) <= 2


def _weekday(ctx: Context, x: Mention, pub: dt.date, wd: int, rel: object) -> dt.date:
    """The day a weekday names: "next Monday" the first after publication, "last
    Thursday" the last before it; a bare one the last up to publication, or the first
    after it when the clause plans or forecasts ("expected to reach the coast by Sunday")."""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == 1:
        return pub + dt.timedelta(days=ahead or 7)
    if rel == -1:
        return pub - dt.timedelta(days=back or 7)
    if back and (_planned_clause(ctx, x) or _next_week_sentence(ctx, x)):
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


def _next_week_sentence(ctx: Context, x: Mention) -> bool:
    """The weekday's sentence speaks of next week ("Next week: … GDP, due on Monday")."""
    pat = _next_week(x.language)
    return pat is not None and pat.search(ctx.folded, *ctx.sentence(x.start)) is not None


@functools.cache
def _next_week(code: str) -> regex.Pattern[str] | None:
    words = [w for w, k in grammar(code).lang.relative_weeks.items() if k == 1]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", regex.V0) if words else None


_CLAUSE_END = regex.compile(r"[,;.!?]")


def _planned_clause(ctx: Context, x: Mention) -> bool:
    """The weekday's own clause (between commas) plans or forecasts: "is expected to
    reach the coast by Sunday", not "…will close from Monday, the council said on Friday"."""
    s, e = ctx.sentence(x.start)
    t = ctx.folded
    a = max((m.end() for m in scan(_CLAUSE_END, t, s, x.start)), default=s)
    b = next((m.start() for m in scan(_CLAUSE_END, t, x.end, e)), e)
    g = grammar(x.language)
    clause = t[a:b]
    if _COORDINATED.match(clause):
        # "AZAL планирует возобновить рейсы …, приостановленные …, и запустить с 3 мая …":
        # a coordinated clause shares the verb of the sentence's first clause
        first = next((m.start() for m in scan(_CLAUSE_END, t, s, a)), a)
        clause = t[s:first] + " " + clause
    return any(mod in ("planned", "forecast") for pat, mod in g.modality if pat.search(clause))


_COORDINATED = regex.compile(r"\s*(?:and|or|и|или|а\sтакже|və|həmçinin)\s")


def _publication_year(pub: object, month: int, day: object) -> int:
    """The year of a month/day in an article published on ``pub``: this year's, unless that
    would put it more than half a year after publication ("on 24 November" in March is last
    November; "due in November" in July is this one)."""
    assert isinstance(pub, dt.date)
    d = day if isinstance(day, int) else 1
    try:
        cand = dt.date(pub.year, month, min(d, 28))
    except ValueError:
        return pub.year
    return pub.year - 1 if (cand - pub).days > 183 else pub.year


def _gloss_year(ctx: Context, x: Mention, dates: list[Mention]) -> int | None:
    """``bu il (2022-ci ildə)``: an explicit year glossed in parentheses right after."""
    m = _GLOSS.match(ctx.text, x.end)
    if not m:
        return None
    for d in dates:
        if d.start == m.end() and "y" in d.parts:
            return int(d.parts["y"])  # type: ignore[call-overload]
    return None
