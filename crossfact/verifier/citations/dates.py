"""Date mentions in citing sentences and reference entries (az / en / ru).

A small reader of its own so the citation checks never depend on the claims extractor:
``14 dekabr 2022``, ``2023-cü il noyabrın 20-24-də``, ``3 November 2023``,
``November 3, 2023``, ``3 ноября 2023 года``, ``14.09.2023``, ``2023-09-14``,
year-less ``noyabrın 24-də`` (resolved against the nearest earlier year), and plain years.
Matching runs on a same-length folded copy of the text, so offsets are the original's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from crossfact.text import finditer_safe, fold

# Month words by language, as regexes with their inflections (noyabrın, avqustun, ноября,
# Sept.). Matching runs on a folded copy where ``ı`` is ``i``.
_AZ_TAIL = r"(?:(?:in|un|ün)(?:d[aə])?|d[aə]|[aə])?"
MONTHS: dict[str, list[str]] = {
    "az": [w + _AZ_TAIL for w in ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul",
                                   "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr")],
    "en": ["january|jan\\.", "february|feb\\.", "march|mar\\.", "april|apr\\.", "may",
           "june|jun\\.", "july|jul\\.", "august|aug\\.", "september|sept?\\.",
           "october|oct\\.", "november|nov\\.", "december|dec\\."],
    "ru": [w + r"\p{Cyrillic}{0,3}" for w in ("январ", "феврал", "март", "апрел", "ма[йяе]", "июн",
                                               "июл", "август", "сентябр", "октябр", "ноябр",
                                               "декабр")],
}  # fmt: skip

_MONTH_ALTS = {
    m + 1: "|".join(f"(?:{MONTHS[lang][m]})" for lang in ("az", "en", "ru")) for m in range(12)
}
_MONTH_ALL = "|".join(f"(?:{alt})" for alt in _MONTH_ALTS.values())
_MONTH = "(?P<{g}>(?:" + _MONTH_ALL.replace("{", "{{").replace("}", "}}") + r"))(?!\p{{L}})"
_MONTH_RES = [
    (n, regex.compile(rf"^(?:{alt})(?!\p{{L}})", regex.V1)) for n, alt in _MONTH_ALTS.items()
]

_SUFFIX = r"(?:-?(?:ci|cı|cu|cü|ji|ий|го|е|st|nd|rd|th|i|u|ü|ı))?"
_YEAR_TAIL = r"(?:[-‑]?(?:ci|cı|cu|cü)\s+il\p{L}*|\s*(?:года|году|год|г\.))?"
_DAY_TAIL = r"(?:[-‑](?:d[əa]|n[əa]|[əa]|d[əa]k|d[əa]n|ci|cı|cu|cü|[iıuü]))?"

_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    # 2023-cü il noyabrın 20-24-də / 2024 года марта 11
    ("ymd", regex.compile(
        rf"\b(?P<y>(?:19|20)\d\d)(?:[-‑]?(?:ci|cu|cü)\s+il\p{{L}}*|\s+года),?\s+{_MONTH.format(g='m')}\s+"
        rf"(?P<d>\d{{1,2}})(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}))?{_DAY_TAIL}\b", regex.V1)),
    # 14 dekabr 2022 / 20-24 noyabr 2023-cü il / 3 ноября 2023 года / 24 noyabr (no year)
    ("dmy", regex.compile(
        rf"\b(?P<d>\d{{1,2}})(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}))?{_SUFFIX}\s+{_MONTH.format(g='m')}"
        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d){_YEAR_TAIL})?", regex.V1)),
    # November 3, 2023 / noyabrın 24-də (no year)
    ("mdy", regex.compile(
        rf"\b{_MONTH.format(g='m')}\s+(?P<d>\d{{1,2}})(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}))?"
        rf"(?:st|nd|rd|th)?{_DAY_TAIL}(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?\b", regex.V1)),
    # (2024, November 24) — APA reference style
    ("ymd", regex.compile(
        rf"\b(?P<y>(?:19|20)\d\d),\s+{_MONTH.format(g='m')}\s+(?P<d>\d{{1,2}})(?!\d)", regex.V1)),
    ("iso", regex.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("dotted", regex.compile(r"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")),
    # March 2023 / mart 2024 / марте 2024 года
    ("my", regex.compile(rf"\b{_MONTH.format(g='m')},?\s+(?P<y>(?:19|20)\d\d)(?!\d){_YEAR_TAIL}",
                         regex.V1)),
    ("y", regex.compile(rf"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)(?![\d,.]\d){_YEAR_TAIL}", regex.V1)),
]  # fmt: skip

# Relative year words right before a year-less date: offset from the anchor year, or None
# for "that same year" (the context year).
_RELATIVE = regex.compile(
    r"(?P<w>ötən|keçən|bu|cari|həmin|last|this|that|same|прошлом|этом|том\s+же)\s+"
    r"(?:il\p{L}*|year|году)\s*,?\s*$",
    regex.V1,
)
_REL_OFFSET = {"ötən": -1, "keçən": -1, "last": -1, "прошлом": -1, "bu": 0, "cari": 0,
               "this": 0, "этом": 0}  # fmt: skip
# Words that mark a date as an access date, not a publication date.
ACCESS_WORDS = regex.compile(
    r"(?:accessed|retrieved|viewed|обращения|просмотра|müraciət|baxış|erişim)\p{L}*"
    r"[\s:,(]*(?:tarixi|date|on|дата)?[\s:,(]*$",
    regex.V1,
)


@dataclass(frozen=True)
class DateMention:
    """A date read from the text. ``day_end`` is set for day ranges (``20-24 noyabr``)."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    explicit_year: bool = True

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def earliest(self) -> dt.date | None:
        if self.year is None:
            return None
        return _safe_date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date | None:
        if self.year is None:
            return None
        if self.day:
            return _safe_date(self.year, self.month or 1, self.day_end or self.day)
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month or 0:02d}-{self.day or 0:02d}"
        if self.day and self.month:
            base = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            return base + (f"/{self.year:04d}-{self.month:02d}-{self.day_end:02d}"
                           if self.day_end else "")  # fmt: skip
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def day_months(self) -> set[tuple[int, int]]:
        if not (self.day and self.month):
            return set()
        return {(self.month, d) for d in range(self.day, (self.day_end or self.day) + 1)}


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def match_text(text: str) -> str:
    """Same-length lower-cased copy for matching (dotless/dotted i merged)."""
    out = fold(text)
    if len(out) != len(text):
        out = "".join(f if len(f := fold(c)) == 1 else c for c in text)
    return out.replace("ı", "i")


def _month_number(word: str) -> int | None:
    for n, rx in _MONTH_RES:
        if rx.match(word):
            return n
    return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, longest first where they overlap, in order.

    Year-less dates keep ``year=None``; :func:`resolve_years` fills them in.
    """
    end = len(text) if end is None else end
    low = match_text(text[start:end])
    cands: list[DateMention] = []
    for kind, rx in _PATTERNS:
        for m in finditer_safe(rx, low):
            dm = _mention(kind, m, text, start)
            if dm is not None:
                cands.append(dm)
    # Prefer dated-with-year, then longer readings; keep non-overlapping ones.
    cands.sort(key=lambda d: (d.year is None, -(d.end - d.start), d.start))
    found: list[DateMention] = []
    for d in cands:
        if all(d.end <= f.start or f.end <= d.start for f in found):
            found.append(d)
    return sorted(found, key=lambda d: d.start)


def _mention(kind: str, m: regex.Match[str], text: str, base: int) -> DateMention | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    month: int | None
    if kind in ("iso", "dotted"):
        month = int(g["mn"])
    elif g.get("m"):
        month = _month_number(g["m"])
    else:
        month = None
    day = int(g["d"]) if g.get("d") else None
    day_end = int(g["d2"]) if g.get("d2") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if day_end is not None and (day is None or not day < day_end <= 31):
        day_end = None
    if kind in ("dmy", "mdy") and year is None and day is None:
        return None
    s, e = base + m.start(), base + m.end()
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    return DateMention(s, e, text[s:e], year, month, day, day_end, explicit_year=year is not None)


def resolve_years(
    text: str, dates: list[DateMention], anchor_year: int | None = None, reach: int = 2500
) -> list[DateMention]:
    """Fill in the year of year-less dates: ``ötən il``/``last year`` from ``anchor_year``
    (the publication year, when known), otherwise the latest explicit year mentioned in the
    ``reach`` characters before. Dates that stay unresolved keep ``year=None``."""
    out: list[DateMention] = []
    last_year: tuple[int, int] | None = None  # (year, offset)
    for d in dates:
        if d.year is not None:
            out.append(d)
            last_year = (d.year, d.start)
            continue
        year: int | None = None
        rel = _RELATIVE.search(match_text(text[max(0, d.start - 40) : d.start]))
        if rel:
            word = regex.sub(r"\s+", " ", rel.group("w"))
            if word in _REL_OFFSET:
                year = anchor_year + _REL_OFFSET[word] if anchor_year else None
            elif last_year:
                year = last_year[0]
        elif last_year and d.start - last_year[1] <= reach:
            year = last_year[0]
        out.append(DateMention(d.start, d.end, d.text, year, d.month, d.day, d.day_end, False))
    return out


def is_access_date(text: str, d: DateMention) -> bool:
    return bool(ACCESS_WORDS.search(match_text(text[max(0, d.start - 40) : d.start])))
