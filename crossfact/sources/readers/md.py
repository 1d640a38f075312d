"""Markdown: text kept exactly as on disk; markdown-it block maps give the structure.

Code (fenced, indented, inline), front matter, HTML and link targets are marked
``Excluded`` so no claim is read from them; headings, list items and paragraphs become
blocks whose spans start after the markers (``## ``, ``- ``, ``> ``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import regex
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from crossfact.sources.encoding import decode
from crossfact.sources.models import Excluded, Metadata
from crossfact.sources.readers.base import Block, BlockKind, Extracted
from crossfact.text import finditer_safe, line_start_offsets

_PREFIX = regex.compile(
    r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?"
)
_ATX = regex.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$")
_INLINE = [
    (regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.DOTALL), "code"),
    (regex.compile(r"<!--.*?-->", regex.DOTALL), "markup"),
    (regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), "markup"),
    (regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), "markup"),
    (regex.compile(r"<(?:https?|ftp|mailto):[^>\s]+>|<[^>@\s]+@[^>\s]+>"), "markup"),
]
# A link keeps its visible text; the brackets and the target are markup.
_LINK = regex.compile(r"(\[)[^\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_REF_DEF = regex.compile(r"(?m)^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def read(path: Path, data: bytes, encoding: str | None) -> Extracted:
    text, enc = decode(data, encoding)
    blocks, excluded, hints = parse_markdown(text)
    return Extracted(text=text, format="md", encoding=enc, blocks=blocks, excluded=excluded,
                     hints=hints)  # fmt: skip


def parse_markdown(text: str) -> tuple[list[Block], list[Excluded], Metadata]:
    starts = line_start_offsets(text)
    starts.append(len(text))

    def line_span(first: int, last: int) -> tuple[int, int]:
        s = starts[min(first, len(starts) - 1)]
        e = starts[min(last, len(starts) - 1)]
        return s, _rstrip(text, s, e)

    blocks: list[Block] = []
    excluded: list[Excluded] = []
    hints = Metadata()
    tokens = _parser().parse(text)
    list_depth = 0
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        if tok.map is None:
            continue
        first, last = tok.map
        if tok.type == "front_matter":
            s, e = line_span(first, last)
            excluded.append(Excluded(start=s, end=e, reason="front-matter"))
            hints = _front_matter(tok.content, text, s, e)
        elif tok.type in ("fence", "code_block"):
            s, e = line_span(first, last)
            excluded.append(Excluded(start=s, end=e, reason="code"))
        elif tok.type in ("html_block", "hr"):
            s, e = line_span(first, last)
            excluded.append(Excluded(start=s, end=e, reason="markup"))
        elif tok.type == "heading_open":
            blocks.extend(_heading(text, tok, line_span, excluded))
        elif tok.type == "paragraph_open":
            kind: BlockKind = "list-item" if list_depth else "paragraph"
            s, e = line_span(first, last)
            s = _PREFIX.match(text, s, e).end()
            if s < e:
                blocks.append(Block(s, e, kind))
        elif tok.type == "tr_open":
            s, e = line_span(first, last)
            if s < e:
                blocks.append(Block(s, e, "paragraph"))
        elif tok.type == "thead_open" and i + 1 < len(tokens):
            # the |---| separator line right after the header row
            s, e = line_span(last, last + 1)
            if s < e:
                excluded.append(Excluded(start=s, end=e, reason="markup"))
    for b in blocks:
        excluded.extend(inline_markup(text, b.start, b.end))
    excluded.extend(
        Excluded(start=m.start(), end=m.end(), reason="markup")
        for m in finditer_safe(_REF_DEF, text)
    )
    excluded.sort(key=lambda x: (x.start, x.end))
    return blocks, excluded, hints


def _heading(text: str, tok: Token, line_span: Any, excluded: list[Excluded]) -> list[Block]:
    first, last = tok.map or (0, 0)
    if tok.markup.startswith("#"):
        s, e = line_span(first, first + 1)
        s = _ATX.match(text, s, e).end()
        close = _ATX_CLOSE.search(text, s, e)
        if close:
            e = close.start()
    else:  # setext: the text lines, then the === / --- underline
        s, e = line_span(first, last - 1)
        us, ue = line_span(last - 1, last)
        excluded.append(Excluded(start=us, end=ue, reason="markup"))
        s = _PREFIX.match(text, s, e).end()
    return [Block(s, e, "heading")] if s < e else []


def inline_markup(text: str, start: int, end: int) -> list[Excluded]:
    """Spans of inline code, HTML, images and link brackets/targets in ``text[start:end]``."""
    out: list[Excluded] = []
    chunk = text[start:end]
    for pat, reason in _INLINE:
        for m in finditer_safe(pat, chunk):
            out.append(Excluded(start=start + m.start(), end=start + m.end(), reason=reason))
    for m in finditer_safe(_LINK, chunk):
        out.append(Excluded(start=start + m.start(1), end=start + m.end(1), reason="markup"))
        out.append(Excluded(start=start + m.start(2), end=start + m.end(2), reason="markup"))
    return out


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " \t\r\n":
        e -= 1
    return e


def _front_matter(content: str, text: str, s: int, e: int) -> Metadata:
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return Metadata()
    if not isinstance(data, dict):
        return Metadata()
    meta: dict[str, Any] = {}
    if isinstance(data.get("title"), str):
        meta["title"] = data["title"].strip()
    for key in ("date", "published", "pubDate", "publishDate", "date_published"):
        value = data.get(key)
        parsed = _as_date(value)
        if parsed is not None:
            meta["published"] = parsed
            m = regex.search(rf"(?m)^{regex.escape(key)}[ \t]*:[ \t]*(.+?)[ \t]*$", text[s:e])
            if m:
                meta["published_text"] = m.group(1)
                meta["published_span"] = (s + m.start(1), s + m.end(1))
            break
    authors = data.get("authors", data.get("author"))
    if isinstance(authors, str):
        meta["authors"] = [
            a.strip() for a in regex.split(r"\s*[;,]\s*|\s+and\s+", authors) if a.strip()
        ]
    elif isinstance(authors, list):
        meta["authors"] = [str(a).strip() for a in authors if str(a).strip()]
    for key in ("url", "link", "canonical", "source"):
        if isinstance(data.get(key), str) and data[key].startswith(("http://", "https://")):
            meta["url"] = data[key].strip()
            break
    if isinstance(data.get("doi"), str):
        meta["doi"] = data["doi"].strip()
    return Metadata(**meta)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = regex.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None
