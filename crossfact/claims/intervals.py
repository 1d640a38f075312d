"""Passes over resolved dates that read two mentions, or a mention and the one before it,
as one interval: "January 2010 to December 2023", "the same period of 2024"."""

from __future__ import annotations

import regex

from crossfact.claims.context import Context
from crossfact.claims.extractors.mention import Mention

# between the two ends of a date range: "January 2010 to December 2023", "с мая по июль"
_RANGE_JOINER = regex.compile(r"\s(?:to|until|till|through|по|до)\s|\s?[-–—]\s?")
# Azerbaijani says it with cases: the first end in the ablative, the second in the
# terminative ("2024-cü ilin dekabrından bu ilin mart ayınadək")
_AZ_FROM = regex.compile(r"(?:dan|dən|\say[ıi]ndan)\s$")
_AZ_UNTIL = regex.compile(r"(?:\w*|\say\w*)(?:(?<=dək)|\sqədər)(?!\w)")


def join_ranges(ctx: Context, dates: list[Mention]) -> list[Mention]:
    """Two dates of one precision joined as a range ("from January 2010 to December
    2023", "с 10 июля по 30 сентября", "iyulun 24-dən avqustun 3-dək") are one claim for
    the interval, not two claims."""
    dates.sort(key=lambda x: x.start)
    out: list[Mention] = []
    for x in dates:
        a = out[-1] if out else None
        end = _range_end(ctx, a, x) if a is not None else None
        if a is None or end is None:
            out.append(x)
            continue
        # the second end of a range has the first end's year, whatever a year-less date
        # alone would have taken ("с 10 июля по 30 сентября" in March); a year-less first
        # end takes the second's own year ("с 1 марта по 30 сентября текущего года")
        _first_end(a, x)
        second = _second_end(a, x)
        if second is None:
            out.append(x)
            continue
        if ctx.folded.endswith("between ", 0, a.start):
            a.start -= 8
        a.end, a.value = end, f"{a.value}/{second}"
    return out


def _first_end(a: Mention, x: Mention) -> None:
    """Give a year-less first end ``a`` the year ``x`` states, when that keeps the order."""
    own = ("explicit", "relative")
    if a.resolution in own or x.resolution not in own or a.precision != x.precision:
        return
    if not isinstance(a.value, str) or not isinstance(x.value, str) or "/" in a.value + x.value:
        return
    if len(a.value) == len(x.value) and x.value[:4] + a.value[4:] < x.value:
        a.value, a.resolution = x.value[:4] + a.value[4:], "context-year"


def _second_end(a: Mention, x: Mention) -> str | None:
    """``x``'s value as the end of a range from ``a`` (``None`` if it cannot be one)."""
    if a.precision != x.precision or a.precision not in ("month", "day"):
        return None
    if not isinstance(a.value, str) or not isinstance(x.value, str):
        return None
    if "/" in a.value + x.value:
        return None
    value = x.value
    if (
        x.resolution != "explicit"
        and len(a.value) == len(value)
        and a.value[:4] + value[4:] > a.value
    ):
        value = a.value[:4] + value[4:]
    return value if a.value < value else None


def _range_end(ctx: Context, a: Mention, x: Mention) -> int | None:
    """Where the range ends if ``a`` and ``x`` are joined as one ("X to Y", "с X по Y",
    "between X and Y", "X-dən Y-dək"), else ``None``."""
    gap = x.start - a.end
    if 0 < gap <= 8 and (
        _RANGE_JOINER.fullmatch(ctx.folded, a.end, x.start)
        or (ctx.folded.startswith(" and ", a.end) and ctx.folded.endswith("between ", 0, a.start))
    ):
        return x.end
    if 0 < gap <= 12 and _AZ_FROM.search(ctx.folded, a.start, x.start):
        until = _AZ_UNTIL.match(ctx.folded, x.end)
        if until is not None:
            return until.end()
    return None


# "ötən ilin müvafiq dövrü", "2024-cü ilin eyni dövrünə": the period after a year
_SAME_PERIOD_AFTER = regex.compile(r"\s(?:müvafiq|eyni|həmin|analoji)\sdövr\w*")
# "тот же период прошлого года", "the same period of 2024": the period before a year
_SAME_PERIOD_BEFORE = regex.compile(
    r"(?:(?:тот|того|тому|том|тем)\sже|аналогичн\w+|соответствующ\w+)\sпериод\w*\s$"
    r"|same\s(?:period|months?|time)\s(?:of\s|in\s)?$"
)
_MONTH_SPAN = regex.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def same_periods(ctx: Context, dates: list[Mention]) -> None:
    """A year named as "the same period" of it stands for the months of the period the
    text spoke of just before, in that year ("in January-September ... 18% more than in
    the same period of 2024" = 2024-01/2024-09)."""
    last: tuple[int, str, str] | None = None  # (end, first month, last month)
    for x in sorted(dates, key=lambda d: d.start):
        v = x.value if isinstance(x.value, str) else ""
        m = _MONTH_SPAN.fullmatch(v)
        if m and m.group(1) == m.group(3) and x.precision == "month":
            last = (x.end, m.group(2), m.group(4))
            continue
        if last is None or x.precision != "year" or "/" in v or x.start - last[0] > 600:
            continue
        after = _SAME_PERIOD_AFTER.match(ctx.folded, x.end)
        before = _SAME_PERIOD_BEFORE.search(ctx.folded, max(0, x.start - 40), x.start)
        if after or before:
            x.value = f"{v}-{last[1]}/{v}-{last[2]}"
            x.precision = "month"
            x.start = before.start() if before else x.start
            x.end = after.end() if after else x.end


_WEEKDAY_GAP = regex.compile(r"\s?[(,]?\s?")


def absorb_weekdays(ctx: Context, dates: list[Mention]) -> list[Mention]:
    """A weekday right before or after a day's date names that day ("Friday, Sept. 12",
    "Thursday, 7 November", "noyabrın 26-na, çərşənbə gününə"): one claim, the date's,
    not a second one counted from the publication date."""
    dates.sort(key=lambda x: x.start)
    drop: set[int] = set()
    for i, w in enumerate(dates):
        if "wd" not in w.parts or "wdrel" in w.parts:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(dates) or j in drop:
                continue
            d = dates[j]
            if d.precision != "day" or "wd" in d.parts:
                continue
            a, b = (w.end, d.start) if j > i else (d.end, w.start)
            if 0 <= b - a <= 3 and _WEEKDAY_GAP.fullmatch(ctx.folded, a, b):
                d.start, d.end = min(d.start, w.start), max(d.end, w.end)
                drop.add(i)
                break
    return [x for k, x in enumerate(dates) if k not in drop]
