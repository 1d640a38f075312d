"""Language of a span of text (az / en / ru / und) from script and cheap word cues."""

from __future__ import annotations

import regex

from crossfact.sources.models import Language
from crossfact.text import az_lower

_WORD = regex.compile(r"\p{L}+")
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
# Letters of the Azerbaijani alphabet that English lacks; ə is decisive.
_AZ_STRONG = frozenset("əƏğĞıİ")
_AZ_WEAK = frozenset("şŞçÇöÖüÜ")
_AZ_STOP = frozenset(
    [
        "və",
        "ilə",
        "bu",
        "bir",
        "də",
        "da",
        "ki",
        "üçün",
        "olan",
        "olub",
        "edib",
        "isə",
        "həm",
        "kimi",
        "arasında",
        "üzrə",
        "görə",
        "daha",
        "çox",
        "artıq",
        "hər",
        "sonra",
        "ən",
        "qədər",
        "isə",
        "deyil",
        "idi",
        "olaraq",
        "həmin",
        "onun",
        "onların",
        "bütün",
    ]
)
_EN_STOP = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "was",
        "for",
        "on",
        "with",
        "that",
        "by",
        "as",
        "at",
        "from",
        "are",
        "were",
        "has",
        "have",
        "it",
        "this",
        "an",
        "be",
        "which",
        "its",
        "their",
        "been",
        "will",
        "would",
        "not",
        "or",
        "also",
    ]
)


def detect_language(text: str) -> Language:
    latin = cyrillic = 0
    az = en = 0.0
    for m in _WORD.finditer(text, timeout=1.0):
        w = m.group(0)
        cyr = len(_CYRILLIC.findall(w)) if not w.isascii() else 0
        cyrillic += cyr
        latin += len(w) - cyr
        if cyr:
            continue
        lw = az_lower(w) if ("I" in w or "İ" in w) else w.lower()
        if not _AZ_STRONG.isdisjoint(w) or lw in _AZ_STOP:
            az += 1
        elif not _AZ_WEAK.isdisjoint(w):
            az += 0.5
        elif lw in _EN_STOP:
            en += 1
    if cyrillic > latin:
        return "ru"
    if latin == 0 or (az == 0 and en == 0):
        return "und"
    if az > en:
        return "az"
    return "en" if en > az else "und"
