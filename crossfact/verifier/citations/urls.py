"""URLs and DOIs in text: finding them (markdown links, ``<...>``, bare), normalizing them
for matching, and telling a malformed one from a well-formed one."""

from __future__ import annotations

import unicodedata
import urllib.parse
from dataclasses import dataclass

import regex

from crossfact.text import finditer_safe

# [label](target) / <https://...> / bare. Labels may hold escaped characters (``\_``).
_MD_LINK = regex.compile(
    r"\[(?P<label>[^\]\n]{0,600})\]\((?P<url>[a-z][\w+.-]*:[^)\s]+)\)", regex.I
)
_ANGLE = regex.compile(r"<(?P<url>(?:https?|ftp)://[^>\s]+)>", regex.I)
_BARE = regex.compile(
    r"(?P<url>(?:https?|ftp)://[^\s<>\"“”«»\[\]]+|www\.[^\s<>\"“”«»\[\]]+)", regex.I
)
# Things that look like a URL with a damaged scheme: htps://, http//x, https:/x, http:\\x.
_BROKEN_SCHEME = regex.compile(
    r"(?<![\w/])(?P<url>(?:h?t{1,3}p{1,2}s?)(?::///*|:/(?!/)|//|:\\\\|;//|:///+)[^\s<>\"“”«»\[\]()]+)",
    regex.I,
)
_ESCAPE = regex.compile(r"\\+(?=[\\_*\[\]()#+\-.!~`])")
_TRAIL = ".,;:!?'’”»"

_HOST = regex.compile(
    r"^(?:localhost|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}|\d{1,3}(?:\.\d{1,3}){3})$",
    regex.V1,
)
DOI_SYNTAX = regex.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
# A DOI after a doi label or doi.org, or a bare 10.xxxx/ prefix.
_DOI_CAND = regex.compile(
    r"(?:\bdoi\b\s*:\s*(?!<|\[|https?:|www\.|(?:dx\.)?doi\.org)|(?<![\w.])(?:dx\.)?doi\.org/)"
    r"(?P<doi>[^\s<>\"“”()\[\]]+)"
    r"|(?<![\w./])(?P<bare>10\.\d{4,9}/[^\s<>\"“”()\[\]]+)",
    regex.I,
)


@dataclass(frozen=True)
class UrlMention:
    start: int  # span of the whole mention (markdown link or <...> included)
    end: int
    url: str  # the URL as meant: target of a markdown link, escapes removed
    url_start: int  # span of the URL text itself
    url_end: int


def unescape(s: str) -> str:
    return _ESCAPE.sub("", s)


def _strip_trailing(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    # A closing parenthesis belongs to the URL only if the URL opened one.
    while e > s and text[e - 1] == ")" and text[s:e].count("(") < text[s:e].count(")"):
        e -= 1
    return e


def find_urls(text: str, start: int = 0, end: int | None = None) -> list[UrlMention]:
    end = len(text) if end is None else end
    chunk = text[start:end]
    out: list[UrlMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or te <= s for ts, te in taken)

    for m in finditer_safe(_MD_LINK, chunk):
        target = m.group("url")
        if not target.lower().startswith(("http", "ftp", "www")):
            continue
        s, e = start + m.start(), start + m.end()
        out.append(UrlMention(s, e, unescape(target), start + m.start("url"), start + m.end("url")))
        taken.append((m.start(), m.end()))
    for m in finditer_safe(_ANGLE, chunk):
        if free(m.start(), m.end()):
            s, e = start + m.start(), start + m.end()
            us, ue = start + m.start("url"), start + m.end("url")
            out.append(UrlMention(s, e, unescape(text[us:ue]), us, ue))
            taken.append((m.start(), m.end()))
    for m in finditer_safe(_BARE, chunk):
        if free(m.start(), m.end()):
            us = start + m.start()
            ue = _strip_trailing(text, us, start + m.end())
            if ue - us > 8:
                out.append(UrlMention(us, ue, unescape(text[us:ue]), us, ue))
                taken.append((m.start(), ue - start))
    return sorted(out, key=lambda u: u.start)


def find_broken_schemes(text: str, start: int = 0, end: int | None = None) -> list[UrlMention]:
    """URL-like tokens whose scheme is damaged (``htps://``, ``http//``, ``https:/``)."""
    end = len(text) if end is None else end
    out = []
    for m in finditer_safe(_BROKEN_SCHEME, text[start:end]):
        us = start + m.start("url")
        ue = _strip_trailing(text, us, start + m.end("url"))
        raw = text[us:ue]
        if regex.match(r"(?i)(?:https?|ftp)://", raw):
            continue  # a well-formed scheme: judged by url_problem instead
        out.append(UrlMention(us, ue, raw, us, ue))
    return out


_AZ_LATIN = str.maketrans({"ə": "e", "ı": "i", "ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g"})


def latinize(s: str) -> str:
    """Fold Azerbaijani/Turkish letters and accents to ASCII, for fuzzy matching."""
    s = s.lower().replace("i̇", "i").translate(_AZ_LATIN)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def normalize_url(url: str) -> str:
    """Comparable form: no scheme, ``www.`` or trailing slash; host lower-case;
    percent-escapes decoded; Azerbaijani letters folded (``ə`` = ``e``)."""
    u = unescape(url.strip()).strip("<>").rstrip(_TRAIL + "/")
    u = regex.sub(r"(?i)^(?:https?|ftp):/*", "", u)
    u = regex.sub(r"(?i)^www\.", "", u)
    u = urllib.parse.unquote(u)
    u = latinize(u)
    # Transliterations of ö/ü as oe/ue (and back) are common in slugs.
    return u.replace("oe", "o").replace("ue", "u").rstrip("/")


def url_host(url: str) -> str:
    return normalize_url(url).split("/", 1)[0].split(":", 1)[0]


def url_problem(url: str) -> str | None:
    """Why ``url`` (scheme included) is malformed, or None when it is well-formed."""
    raw = unescape(url)
    if regex.search(r"\s", raw):
        return "contains whitespace"
    m = regex.match(r"(?i)^(?:(?P<scheme>[a-z][\w+.-]*):)?(?P<slashes>/*)(?P<rest>.*)$", raw)
    if not m:
        return "cannot be parsed"
    scheme = (m.group("scheme") or "").lower()
    if raw.lower().startswith("www."):
        scheme, rest = "http", raw
    else:
        if scheme not in ("http", "https", "ftp"):
            return f"unknown scheme {scheme + ':' if scheme else '(none)'}"
        if m.group("slashes") != "//":
            return f"expected '{scheme}://', found '{scheme}:{m.group('slashes')}'"
        rest = m.group("rest")
        if regex.match(r"(?i)(?:https?|ftp):", rest):
            return "scheme written twice"
    host = regex.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in host:
        host = host.rsplit("@", 1)[1]
    host, _, port = host.partition(":")
    if port and not port.isdigit():
        return f"port {port!r} is not a number"
    if not host:
        return "has no host"
    if ".." in host or host.startswith(".") or host.endswith("-"):
        return f"host {host!r} is not a valid name"
    if not _HOST.match(host.rstrip(".")):
        return f"host {host!r} is not a valid name"
    return None


@dataclass(frozen=True)
class DoiMention:
    start: int
    end: int
    doi: str


def find_dois(text: str, start: int = 0, end: int | None = None) -> list[DoiMention]:
    end = len(text) if end is None else end
    out = []
    for m in finditer_safe(_DOI_CAND, text[start:end]):
        g = "doi" if m.group("doi") is not None else "bare"
        s = start + m.start(g)
        e = _strip_trailing(text, s, start + m.end(g))
        out.append(DoiMention(s, e, unescape(text[s:e])))
    return out


def doi_problem(doi: str) -> str | None:
    d = doi.strip()
    if not d:
        return "DOI label with no DOI"
    if not d.startswith("10."):
        return f"a DOI starts with '10.', not {d[:8]!r}"
    if "/" not in d:
        return "no '/' between the prefix and the suffix"
    prefix, suffix = d.split("/", 1)
    if not regex.match(r"^10\.\d{4,9}(?:\.\d+)*$", prefix):
        return f"prefix {prefix!r} is not 10. followed by a 4-9 digit registrant code"
    if not suffix:
        return "empty suffix after the prefix"
    return None


def normalize_doi(doi: str) -> str:
    return unescape(doi).strip().lower().rstrip(_TRAIL)
