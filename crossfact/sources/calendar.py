"""Month names (az/en/ru, with the inflected forms headers use) for header dates and
news-feed lines. Data only; the claims stage has its own, richer grammar."""

from __future__ import annotations

import regex

from crossfact.text import az_lower

_MONTHS: dict[int, list[str]] = {
    1: ["yanvar", "january", "jan", "январь", "января", "янв"],
    2: ["fevral", "february", "feb", "февраль", "февраля", "фев"],
    3: ["mart", "march", "mar", "март", "марта"],
    4: ["aprel", "april", "apr", "апрель", "апреля", "апр"],
    5: ["may", "mayıs", "май", "мая"],
    6: ["iyun", "june", "jun", "июнь", "июня"],
    7: ["iyul", "july", "jul", "июль", "июля"],
    8: ["avqust", "august", "aug", "август", "августа", "авг"],
    9: ["sentyabr", "september", "sep", "sept", "сентябрь", "сентября", "сен", "сент"],
    10: ["oktyabr", "october", "oct", "октябрь", "октября", "окт"],
    11: ["noyabr", "november", "nov", "ноябрь", "ноября", "ноя"],
    12: ["dekabr", "december", "dec", "декабрь", "декабря", "дек"],
}
MONTH_NUMBER: dict[str, int] = {name: num for num, names in _MONTHS.items() for name in names}
# Longest first so "sentyabr" wins over "sep"; (?i) is fine here: no I/ı-sensitive names.
MONTH_RE = "(?:" + "|".join(sorted(map(regex.escape, MONTH_NUMBER), key=len, reverse=True)) + ")"


def month_number(word: str) -> int | None:
    """``Oktyabr``, ``oktyabrın``, ``октября``, ``Oct.`` → 10; None if not a month."""
    w = az_lower(word).rstrip(".")
    if w in MONTH_NUMBER:
        return MONTH_NUMBER[w]
    for name, num in MONTH_NUMBER.items():  # az suffixes: oktyabrın, oktyabrda
        if len(name) >= 5 and w.startswith(name) and len(w) - len(name) <= 3:
            return num
    return None
