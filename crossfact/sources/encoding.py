"""Bytes to text: strict UTF-8 first, a guarded guess among a few legacy encodings next.

Policy (see ECOSYSTEM.md §7g): strict ``utf-8-sig``; a UTF-16 byte-order mark; otherwise
charset-normalizer on the whole file restricted to the encodings our corpora use
(cp1251, koi8-r for Russian; cp1254 for Azerbaijani/Turkish typed on old systems).
A guess is accepted only when it is confident; anything else is an error that says
which byte failed and how to override, never silently garbled text.
"""

from __future__ import annotations

import codecs

import regex
from charset_normalizer import from_bytes

LEGACY_ENCODINGS = ["cp1251", "cp1254", "koi8_r"]
MAX_CHAOS = 0.2  # charset-normalizer "mess" ratio above which a guess is refused
MAX_BYTES = 50 * 1024 * 1024


class DecodeProblem(ValueError):
    """Raised with a one-line description of why bytes are not usable text."""


def check_size(size: int, limit: int = MAX_BYTES) -> None:
    if size > limit:
        raise DecodeProblem(f"file too large ({_mb(size)} MB > {_mb(limit)} MB)")


def _mb(n: int) -> int:
    return round(n / (1024 * 1024))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control characters: not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding_name)``. Raises :class:`DecodeProblem`."""
    if encoding:
        return _decode_explicit(data, encoding)
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if looks_binary(data):
        raise DecodeProblem("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e
    guess = _guess_legacy(data)
    if guess is None:
        bad = data[first_bad.start]
        raise DecodeProblem(
            f"not UTF-8 and no known encoding fits (byte 0x{bad:02x} at offset "
            f"{first_bad.start}); pass --encoding"
        )
    return guess


def _decode_explicit(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as e:
        raise DecodeProblem(f"unknown encoding {encoding!r}") from e
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    return _strict(data, name), name


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as e:
        raise DecodeProblem(
            f"cannot decode as {name} (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from e


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    for match in from_bytes(data, cp_isolation=LEGACY_ENCODINGS):
        if match.chaos > MAX_CHAOS:
            continue
        name = codecs.lookup(match.encoding).name
        text = str(match)
        if _plausible(text, name):
            return text, name
    return None


# Letters a Russian or a Turkish/Azerbaijani/West-European text written in these code
# pages actually uses; a decode that yields others (њ, ћ, œ, þ) is a lucky decode of noise.
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_LATIN_EXTRA = set("çğıİöşüÇĞÖŞÜâîûÂÎÛéèêëàáäíìïóòôúùñÉÈÀÁÄÍÓÚÑ")
_PUNCT = set("«»“”„‘’–—…№€•·§©®±×÷\u00a0")
# No Russian word starts with ъ, ь or ы.
_BAD_RU_WORD = regex.compile(r"(?<!\p{L})[ъьыЪЬЫ]")


def _plausible(text: str, encoding: str) -> bool:
    wanted = _RUSSIAN if encoding in ("cp1251", "koi8-r") else _LATIN_EXTRA
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    if wanted is _RUSSIAN and _BAD_RU_WORD.search(text, timeout=1.0):
        return False
    good = sum(1 for c in non_ascii if c in wanted or c in _PUNCT)
    return good >= 0.97 * len(non_ascii)
