"""Title, publication date, authors, DOI and URL of a document.

Format metadata (front matter, HTML meta, DOCX/PDF properties) comes first; the text
itself fills what is missing. The date is read only from header lines near the top
(``23.10.2025 [16:14]``, ``date 2025-10-22``, ``- 22 oktyabr, 2025``, ``October 22, 2025``,
``22 октября 2025``), never guessed from the body or from a DOI's year segment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from crossfact.sources.calendar import month_number
from crossfact.sources.models import Excluded, Metadata, Segment
from crossfact.text import finditer_safe

HEADER_LINES = 12  # non-empty lines from the top that may carry the publication date
HEADER_CHARS = 3000

_MONTH = r"(?P<mon>\p{L}{3,10})"
_DATE_FORMS = [
    regex.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)"),
    # day first, as the claims stage reads it ("Posted: 04/11/2024" = 4 November)
    regex.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?!\d)"),
    regex.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    regex.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+{_MONTH}\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
    regex.compile(rf"\b{_MONTH}\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"),
    # az, year first: "2025-ci il 28 iyul", "2025-ci il iyulun 28-i"
    regex.compile(rf"(?<!\d)(?P<y>\d{{4}})-c[iıuü]\s+il\s+(?P<d>\d{{1,2}})\s+{_MONTH}"),
    regex.compile(rf"(?<!\d)(?P<y>\d{{4}})-c[iıuü]\s+il\s+{_MONTH}\s+(?P<d>\d{{1,2}})-\p{{L}}+"),
]
_PREFIX = regex.compile(
    r"(?i)\b(?:date|dated|published|posted|updated|released|issued|tarix|tarixi|yayımlanıb|"
    r"yayım tarixi|дата|опубликовано|обновлено)\b\s*:?\s*$"
)
# What may precede a publication date on its line: a news dateline ("BAKU, Oct 8, 2024
# (Caspian Wire) - …", "Bakı, 12 mart 2025-ci il, 14:20") or a byline ("Interview by
# Nigar Aliyeva | 18 October 2024", "Беседовала Лейла Ахмедова, 10 сентября 2024 года").
# (a place and its region: "PASADENA, California, June 4"; two places: "ASHGABAT/BAKU,")
_PLACE = r"\p{Lu}[\p{L}\-]{1,25}(?:[\s/]\p{Lu}[\p{L}\-]{1,25}){0,3}"
DATELINE = regex.compile(rf"^\s*{_PLACE}(?:,\s{_PLACE})?,\s*$")
_PLACE_END = regex.compile(r"(?:^|,)\s*\p{Lu}[\p{L}\-]{1,25}(?:\s\p{Lu}[\p{L}\-]{1,25}){0,2},\s*$")
_BYLINE = regex.compile(
    r"(?i)^\s*(?:(?:interview|text|photos?|report)\s+)?(?:by|müəllif|müsahibə|müsahibəni\s+apardı|hazırladı|hazırlayan|беседовал[аи]?|автор|текст|интервью|подготовил[аи]?)"
    r"\s*:?\s+(?-i:\p{Lu}[\p{L}'’.\-]*)(?:\s+(?-i:\p{Lu}[\p{L}'’.\-]*)){0,3}"
    # a desk or title after the name, and a weekday before the date:
    # "By Nina Roberts, Travel Desk | Sunday 19 October 2025"
    r"(?:\s*,\s*\p{L}[\p{L} ]{0,40}?)?\s*[|,–—-]\s*(?:(?-i:\p{Lu}\p{Ll}{2,11}),?\s+)?$"
)
# the word after a year in a date: "14 марта 2025 года", "12 mart 2025-ci il"
_YEAR_WORD = regex.compile(r"^\s*(?:года|г\.|г(?!\w)|[-–]?c[iıuü]\sil(?!\w))")
_WEEKDAY_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,11},?|\p{Lu}{3,12},?")
_ISSUE = regex.compile(
    r"(?i)^\W*(?:issue|edition|bulletin|report|weekly|digest|выпуск|бюллетень|buraxılış)\b"
    r"[^.\n]{0,40}?\b(?:ending|of|for|dated|from|от|за)\s*$"
)
_TIME_AFTER = regex.compile(r"\s*[,|–-]?\s*\[?\d{1,2}:\d{2}\]?")
_DOI = regex.compile(r"\b(10\.\d{4,9}/[^\s\"'<>“”«»]+)")
_URL = regex.compile(r"https?://[^\s<>\"'“”«»)\]]+")
_LABEL = regex.compile(
    r"(?i)(?:doi|uot|udc|удк|jel|issn|isbn|e-?mail|açar sözlər|key\s*words|keywords|"
    r"ключевые слова)\b\s*:"
)
_GENERIC_HEADINGS = frozenset(
    [
        "giriş",
        "xülasə",
        "abstract",
        "introduction",
        "summary",
        "резюме",
        "аннотация",
        "введение",
        "annotasiya",
        "nəticə",
        "conclusion",
        "заключение",
    ]
)
_LEADING_DATE = regex.compile(r"(?i)^(?:date|tarix|дата)?\s*:?\s*\d{4}-\d{2}-\d{2}\s+")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.")


def extract_metadata(
    text: str,
    paragraphs: Sequence[Segment],
    excluded: Sequence[Excluded] = (),
    hints: Metadata | None = None,
) -> Metadata:
    hints = hints or Metadata()
    meta = hints.model_copy()
    if not meta.title:
        meta.title = find_title(text, paragraphs)
    if meta.published is None:
        found = find_header_date(text, excluded)
        if found is not None:
            meta.published, meta.published_text, meta.published_span = found
    header = text[:HEADER_CHARS]
    if not meta.doi:
        m = _DOI.search(header, timeout=1.0)
        if m:
            meta.doi = m.group(1).rstrip(".,;:)]>")
    if not meta.url:
        m = _URL.search(header, timeout=1.0)
        if m:
            meta.url = m.group(0).rstrip(".,;:")
    if not meta.authors:
        meta.authors = find_signature(text, paragraphs)
    return meta


def parse_date(m: regex.Match[str]) -> dt.date | None:
    if m.groupdict().get("mon"):
        month = month_number(m.group("mon"))
        if month is None:
            return None
    else:
        month = int(m.group("m"))
    day = int(m.group("d"))
    if month > 12 and "/" in m.group(0):  # "12/25/2024": the US order
        month, day = day, month
    try:
        date = dt.date(int(m.group("y")), month, day)
    except ValueError:
        return None
    return date if 1900 <= date.year <= 2100 else None


def find_header_date(
    text: str, excluded: Sequence[Excluded] = ()
) -> tuple[dt.date, str, tuple[int, int]] | None:
    """The first publication date on a header line near the top of ``text``."""
    seen = 0
    for line in finditer_safe(regex.compile(r"[^\r\n]+"), text[:HEADER_CHARS]):
        ls, le = line.span()
        if not line.group(0).strip() or any(e.start <= ls and le <= e.end for e in excluded):
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        chunk = text[ls:le]
        found = [m for form in _DATE_FORMS for m in finditer_safe(form, chunk)]
        for m in sorted(found, key=lambda x: x.start()):
            date = parse_date(m)
            if date is None or not _is_header_date(chunk, m):
                continue
            s, e = m.span()
            prefix = regex.search(r"(?i)(?:date|tarix|дата)\s*:?\s*$", chunk[:s])
            if prefix:
                s = prefix.start()
            t = _TIME_AFTER.match(chunk, e)
            if t:
                e = t.end()
            return date, chunk[s:e], (ls + s, ls + e)
    return None


def _is_header_date(line: str, m: regex.Match[str]) -> bool:
    """A date labelled as such, or a date (and time) that is nearly the whole line."""
    before = line[: m.start()]
    if _PREFIX.search(before, timeout=1.0):
        return True
    if DATELINE.match(before, timeout=1.0) or _BYLINE.match(before, timeout=1.0):
        return True
    # "Interview by our correspondent, Baku, 14 May 2025": a short line ending in a place
    if len(line.strip()) <= 120 and _PLACE_END.search(before, timeout=1.0):
        return True
    # a header of fields between bars: "EDUCATION | 19 June 2025 | By staff reporter",
    # "Southwark Crown Court | Court reporter | Friday 14 March 2025"
    bar = next((c for c in "|·•" if c in line), None)  # "НАУКА · 14.08.2025 · Автор: …"
    if bar is not None and len(line.strip()) <= 150:
        a = line.rfind(bar, 0, m.start()) + 1
        b = line.find(bar, m.end())
        after = _YEAR_WORD.sub("", line[m.end() : b if b >= 0 else len(line)], count=1)
        field = (line[a : m.start()] + after).strip()
        if not field or _WEEKDAY_WORD.fullmatch(field, timeout=1.0):
            return True
        # "Analitik icmal | Bakı, 2025-ci il 28 iyul": a dateline in its own field
        if not line[m.end() : b if b >= 0 else len(line)].strip() and DATELINE.match(
            line[a : m.start()], timeout=1.0
        ):
            return True
    # an issue's date: "Issue for the week ending 21 March 2025"
    if len(line.strip()) <= 100 and _ISSUE.search(before, timeout=1.0):
        return True
    # a credit line closing on its date: "Обзор подготовлен отделом «…», 28 июля 2025 г."
    after = line[m.end() :].strip()
    if (
        len(line.strip()) <= 150
        and before.rstrip().endswith(",")
        and (not after or after in (".", "г.", "г", "года", "года.", "-ci il", "-cü il"))
        and not any(c.isdigit() for c in before)
    ):
        return True
    rest = line[: m.start()] + " " + line[m.end() :]
    rest = regex.sub(r"\[?\d{1,2}:\d{2}\]?", " ", rest)
    letters = sum(c.isalpha() for c in rest)
    return len(line.strip()) <= 60 and letters <= 15


def find_title(text: str, paragraphs: Sequence[Segment]) -> str | None:
    """The first heading, else the first short stand-alone line before the body starts."""
    for p in paragraphs[:8]:
        raw = text[p.start : p.end]
        if len(raw) > 300 or raw.count(". ") >= 1:
            return None  # the body has started
        t = _clean_title(raw)
        if not t or _LABEL.match(t) or regex.fullmatch(r"[\W\d_]*", t):
            continue
        if t.casefold().rstrip(":") in _GENERIC_HEADINGS or len(t) < 8:
            continue
        if any(f.search(t) and _is_date_only(t, f) for f in _DATE_FORMS):
            continue
        if t.endswith(".") and not t.endswith("..."):
            return None
        return t
    return None


def _clean_title(raw: str) -> str:
    t = regex.sub(r"\s+", " ", raw).strip()
    t = regex.sub(r"^#{1,6}\s+", "", t)
    t = _LEADING_DATE.sub("", t)
    return t.strip(" *_\\")


def _is_date_only(t: str, form: regex.Pattern[str]) -> bool:
    rest = form.sub(" ", t)
    return sum(c.isalpha() for c in rest) <= 3


def find_signature(text: str, paragraphs: Sequence[Segment]) -> list[str]:
    """An author name signed after the article: a short ``Name Surname`` line at the end."""
    tail: list[Segment] = []
    for p in reversed(paragraphs):
        if p.end - p.start > 80:
            break
        tail.append(p)
    for p in reversed(tail):
        t = regex.sub(r"\s+", " ", text[p.start : p.end]).strip()
        words = t.split(" ")
        if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words):
            return [t]
    return []
