"""Text rewrites for the mutation benchmark (``bench/mutations.py``): change one value in a
claim's own text the way a writer would, in Azerbaijani, English or Russian.

Every rewrite takes the claim text and returns ``(new_text, start, end)`` — the new text and
the span of the changed part inside it — or ``None`` when the form is not handled. Azerbaijani
suffixes after a changed number or month follow vowel harmony (``3-də`` → ``4-də``,
``6-da``; ``noyabrın`` → ``dekabrın``, ``iyulun``).
"""

from __future__ import annotations

import calendar
import random

import regex

from crossfact.text import fold

Rewrite = tuple[str, int, int]

_VOWELS = "aıoueəiöü"
_BACK = set("aıou")
_ROUNDED = set("ouöü")
# The last vowel of each Azerbaijani number word (bir, iki, üç, dörd, beş, altı, ...).
_UNIT_VOWEL = {1: "i", 2: "i", 3: "ü", 4: "ö", 5: "e", 6: "ı", 7: "i", 8: "i", 9: "u"}
_TEN_VOWEL = {1: "o", 2: "i", 3: "u", 4: "ı", 5: "i", 6: "ı", 7: "i", 8: "ə", 9: "a"}


def number_vowel(n: int) -> str:
    """The last vowel of the Azerbaijani reading of ``n`` (drives suffix harmony)."""
    if n == 0:
        return "ı"  # sıfır
    if n % 10:
        return _UNIT_VOWEL[n % 10]
    if n % 100:
        return _TEN_VOWEL[(n % 100) // 10]
    if n % 1000:
        return "ü"  # yüz
    if n % 1_000_000:
        return "i"  # min
    return "o"  # milyon, milyard


def word_vowel(word: str) -> str | None:
    for ch in reversed(fold(word)):
        if ch in _VOWELS:
            return ch
    return None


def ends_in_vowel(word: str) -> bool:
    return fold(word)[-1:] in _VOWELS


def harmonize(suffix: str, vowel: str) -> str:
    """Re-harmonise an Azerbaijani suffix to follow ``vowel`` (two- and four-way vowels)."""
    back, rounded = vowel in _BACK, vowel in _ROUNDED
    four = ("u" if rounded else "ı") if back else ("ü" if rounded else "i")
    two = "a" if back else "ə"
    out = []
    for ch in suffix:
        low = ch.lower()
        new = four if low in "ıiuü" else two if low in "aə" else low
        out.append(new.upper() if ch.isupper() else new)
    return "".join(out)


def _replace_number(text: str, m: regex.Match[str], new: str, value: int) -> Rewrite:
    """Put ``new`` in place of the number matched by ``m``; re-harmonise an az suffix."""
    start, end = m.span()
    tail = regex.match(r"[-–](\p{L}+)", text[end:])
    out = text[:start] + new + text[end:]
    if tail:
        s2 = start + len(new) + 1
        sfx = tail.group(1)
        out = out[:s2] + harmonize(sfx, number_vowel(value)) + out[s2 + len(sfx) :]
    return out, start, start + len(new)


def _pad_like(old: str, n: int) -> str:
    """``n`` written like ``old``: zero-padded only when ``old`` was (``03`` -> ``04``)."""
    return str(n).zfill(len(old)) if old.startswith("0") else str(n)


_NUM = regex.compile(r"(?<![\d.,])\d+(?![\d])")
_ISO = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DMY = regex.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")


def _parse_day(value: object) -> tuple[int, int, int] | None:
    m = _ISO.match(str(value))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def shift_day(text: str, value: object, rng: random.Random) -> tuple[Rewrite, str] | None:
    """Change the day of a day-precision date by one; returns the rewrite and new ISO value."""
    ymd = _parse_day(value)
    if not ymd:
        return None
    y, mo, d = ymd
    last = calendar.monthrange(y, mo)[1]
    nd = d + 1 if (rng.random() < 0.5 and d < last) or d == 1 else d - 1
    dmy = _DMY.search(text)
    if dmy and int(dmy.group(1)) == d:
        span = (dmy.start(1), dmy.end(1))
    else:
        cands = [m for m in _NUM.finditer(text) if len(m.group()) <= 2 and int(m.group()) == d]
        if len(cands) != 1:
            return None
        span = cands[0].span()
    m = regex.compile(r"\d+").match(text, span[0])
    if not m:
        return None
    return _replace_number(text, m, _pad_like(m.group(), nd), nd), f"{y:04d}-{mo:02d}-{nd:02d}"


def shift_year(text: str, value: object, rng: random.Random) -> tuple[Rewrite, str] | None:
    """Change the (single, written) year of a date by one."""
    s = str(value)
    ym = regex.match(r"^(\d{4})(-\d{2}(?:-\d{2})?)?$", s)
    if not ym:
        return None
    y = int(ym.group(1))
    cands = [m for m in regex.finditer(r"(?<!\d)\d{4}(?!\d)", text) if int(m.group()) == y]
    if len(cands) != 1:
        return None
    ny = y + rng.choice((-1, 1))
    return _replace_number(text, cands[0], str(ny), ny), f"{ny}{ym.group(2) or ''}"


# Month forms. az: stems (the inflection follows harmony); en: names; ru: nom / gen / prep.
AZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
             "sentyabr", "oktyabr", "noyabr", "dekabr"]  # fmt: skip
EN_MONTHS = list(calendar.month_name)[1:]
RU_MONTHS = [
    ("январь", "января", "январе"), ("февраль", "февраля", "феврале"), ("март", "марта", "марте"),
    ("апрель", "апреля", "апреле"), ("май", "мая", "мае"), ("июнь", "июня", "июне"),
    ("июль", "июля", "июле"), ("август", "августа", "августе"),
    ("сентябрь", "сентября", "сентябре"), ("октябрь", "октября", "октябре"),
    ("ноябрь", "ноября", "ноябре"), ("декабрь", "декабря", "декабре"),
]  # fmt: skip


def _case_like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _month_span(text: str, month: int) -> tuple[int, int, str, str] | None:
    """Where month ``month`` is written: (start, end, language, form key)."""
    low = fold(text)
    az = regex.search(rf"(?<!\p{{L}}){AZ_MONTHS[month - 1]}(\p{{L}}*)", low)
    if az and (len(az.group(1)) <= 4):
        return az.start(), az.start() + len(AZ_MONTHS[month - 1]), "az", az.group(1)
    en = regex.search(rf"(?<!\p{{L}}){EN_MONTHS[month - 1].lower()}(?!\p{{L}})", low)
    if en:
        return en.start(), en.end(), "en", ""
    for i, form in enumerate(RU_MONTHS[month - 1]):
        ru = regex.search(rf"(?<!\p{{L}}){form}(?!\p{{L}})", low)
        if ru:
            return ru.start(), ru.end(), "ru", str(i)
    return None


def shift_month(text: str, value: object, rng: random.Random) -> tuple[Rewrite, str] | None:
    """Change the month of a day- or month-precision date by one, keeping its inflection."""
    ym = regex.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", str(value))
    if not ym:
        return None
    y, mo = int(ym.group(1)), int(ym.group(2))
    nm = mo + rng.choice((-1, 1)) if 1 < mo < 12 else (2 if mo == 1 else 11)
    d = int(ym.group(3)) if ym.group(3) else None
    if d is not None and d > calendar.monthrange(y, nm)[1]:
        return None
    new_value = f"{y:04d}-{nm:02d}" + (f"-{d:02d}" if d is not None else "")
    dmy = _DMY.search(text)
    if dmy and int(dmy.group(2)) == mo:
        m = regex.compile(r"\d+").match(text, dmy.start(2))
        assert m is not None
        new = _pad_like(m.group(), nm)
        return (
            text[: m.start()] + new + text[m.end() :],
            m.start(),
            m.start() + len(new),
        ), new_value
    found = _month_span(text, mo)
    if not found:
        return None
    s, e, lang, form = found
    if lang == "az":
        stem = AZ_MONTHS[nm - 1]
        vowel = word_vowel(stem) or "a"
        sfx = harmonize(text[e : e + len(form)], vowel)
        new = _case_like(text[s:e], stem)
        out = text[:s] + new + sfx + text[e + len(form) :]
        return (out, s, s + len(new) + len(sfx)), new_value
    new = EN_MONTHS[nm - 1] if lang == "en" else RU_MONTHS[nm - 1][int(form)]
    new = _case_like(text[s:e], new if lang == "ru" else new.lower())
    if lang == "en":
        new = new[:1].upper() + new[1:]
    return (text[:s] + new + text[e:], s, s + len(new)), new_value


_FIGURE = regex.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])")


def scale_figure(
    text: str, value: object, rng: random.Random, low: float = 0.10, high: float = 0.60
) -> tuple[Rewrite, float] | None:
    """Change the last number written in ``text`` by 10–60 % (same decimals, same separator).
    Returns the rewrite and the factor actually applied."""
    if isinstance(value, list):
        return None  # a range: changing one end may still overlap the original
    nums = list(_FIGURE.finditer(text))
    if not nums:
        return None
    m = nums[-1]
    tok = m.group()
    sep = "," if "," in tok else "." if "." in tok else ""
    decimals = len(tok.split(sep)[1]) if sep else 0
    old = float(tok.replace(",", ".")) if sep else float(tok)
    if old == 0:
        return None
    for _ in range(20):
        f = 1 + rng.choice((-1, 1)) * rng.uniform(low, high)
        new_val = round(old * f, decimals)
        factor = new_val / old
        if new_val > 0 and low - 1e-9 <= abs(factor - 1) <= high + 0.15:
            break
    else:
        return None
    new = f"{new_val:.{decimals}f}".replace(".", sep) if decimals else str(int(new_val))
    ival = int(new.split(sep)[1]) if decimals else int(new_val)
    return _replace_number(text, m, new, ival), factor


VISIT_WORDS = {
    "az": {"state": "dövlət", "official": "rəsmi", "working": "işgüzar"},
    "en": {"state": "state", "official": "official", "working": "working"},
    "ru": {"state": "государственн", "official": "официальн"},  # same endings; рабоч- differs
}


def swap_visit_type(text: str, value: object, rng: random.Random) -> tuple[Rewrite, str] | None:
    """Replace the visit-type word (state / official / working) by another one."""
    low = fold(text)
    for words in VISIT_WORDS.values():
        word = words.get(str(value))
        if not word:
            continue
        m = regex.search(rf"(?<!\p{{L}}){word}", low)
        if not m:
            continue
        other = rng.choice(sorted(k for k in words if k != str(value)))
        new = _case_like(text[m.start() : m.end()], words[other])
        return (text[: m.start()] + new + text[m.end() :], m.start(), m.start() + len(new)), other
    return None


AZ_ORD = ["birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yeddinci",
          "səkkizinci", "doqquzuncu", "onuncu", "on birinci", "on ikinci"]  # fmt: skip
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth", "tenth", "eleventh", "twelfth"]  # fmt: skip
# Russian ordinal stems sharing their endings (третий is irregular and left out).
RU_ORD = {1: "перв", 2: "втор", 4: "четвёрт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм",
          9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат"}  # fmt: skip
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN:
        while n >= v:
            out, n = out + s, n - v
    return out


def _en_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def swap_ordinal(text: str, value: object, rng: random.Random) -> tuple[Rewrite, int] | None:
    """Change a meeting/summit ordinal by one (words, digits with suffix, Roman numerals)."""
    try:
        n = int(str(value))
    except ValueError:
        return None
    nn = n + 1 if n == 1 or rng.random() < 0.5 else n - 1
    if not 1 <= nn <= 12 or not 1 <= n <= 12:
        return None
    low = fold(text)

    def put(s: int, e: int, new: str) -> tuple[Rewrite, int]:
        new = _case_like(text[s:e], new)
        return (text[:s] + new + text[e:], s, s + len(new)), nn

    for words in (AZ_ORD, EN_ORD):
        m = regex.search(rf"(?<!\p{{L}}){words[n - 1]}(?!\p{{L}})", low)
        if m:
            return put(m.start(), m.end(), words[nn - 1])
    if n == 1 and (m := regex.search(r"(?<!\p{L})(ilk)(?!\p{L})", low)):
        return put(m.start(), m.end(), AZ_ORD[nn - 1])
    ru_alt = nn if nn in RU_ORD else 2 * n - nn  # третий is irregular: go the other way
    if n in RU_ORD and ru_alt in RU_ORD and (m := regex.search(rf"(?<!\p{{L}}){RU_ORD[n]}", low)):
        new = _case_like(text[m.start() : m.end()], RU_ORD[ru_alt])
        return (text[: m.start()] + new + text[m.end() :], m.start(), m.start() + len(new)), ru_alt
    if m := regex.search(rf"(?<![\p{{L}}\d]){n}(?=[-–]\p{{L}}|st|nd|rd|th)", text):
        if text[m.end() : m.end() + 2] in ("st", "nd", "rd", "th"):
            new = f"{nn}{_en_suffix(nn)}"
            return (
                text[: m.start()] + new + text[m.end() + 2 :],
                m.start(),
                m.start() + len(new),
            ), nn
        rw = _replace_number(text, m, str(nn), nn)
        return rw, nn
    if m := regex.search(rf"(?<![\p{{L}}]){roman(n)}(?![\p{{L}}])", text):
        return put(m.start(), m.end(), roman(nn))
    return None
