"""HTML: article text via trafilatura (precision first), dates via htmldate.

``Document.text`` is the extracted text: one block per heading, paragraph, list item or
table row, separated by blank lines. Navigation, footers and comments are not part of it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import regex
from lxml import etree

from crossfact.sources.encoding import DecodeProblem, decode
from crossfact.sources.models import Metadata
from crossfact.sources.readers.base import BlockKind, Extracted, ReaderError, join_blocks

_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_DOI_META = regex.compile(
    r"""<meta[^>]+name=["'](?:citation_doi|dc\.identifier|prism\.doi)["'][^>]+content=["']"""
    r"""(?:doi:|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^"'\s]+)["']""",
    regex.IGNORECASE,
)
_BLOCK_TAGS = {"head": "heading", "p": "paragraph", "item": "list-item", "row": "paragraph",
               "quote": "paragraph"}  # fmt: skip

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def decode_html(data: bytes, encoding: str | None) -> tuple[str, str]:
    """Explicit encoding, else UTF-8, else the charset the page declares, else a guess."""
    if encoding:
        return decode(data, encoding)
    try:
        return decode(data)
    except DecodeProblem:
        m = _CHARSET.search(data[:4096], timeout=1.0)
        if not m:
            raise
        return decode(data, m.group(1).decode("ascii"))


def read(path: Path, data: bytes, encoding: str | None) -> Extracted:
    import htmldate
    import trafilatura

    html, enc = decode_html(data, encoding)
    items: list[tuple[str, BlockKind]] = []
    for precision in (True, False):
        xml = trafilatura.extract(html, output_format="xml", favor_precision=precision,
                                  include_tables=True, include_comments=False)  # fmt: skip
        items = _blocks_from_xml(xml) if xml else []
        if items:
            break
    text, blocks = join_blocks(items)
    if not text.strip():
        raise ReaderError("no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    published = htmldate.find_date(html, extensive_search=False, original_date=True)
    hints = Metadata(
        title=(meta.title or None) if meta else None,
        authors=_split_authors(meta.author if meta else None),
        url=(meta.url or None) if meta else None,
        published_text=published,
    )
    if published:
        import datetime as dt

        hints = hints.model_copy(update={"published": dt.date.fromisoformat(published[:10])})
    doi = _DOI_META.search(html, timeout=1.0)
    if doi:
        hints = hints.model_copy(update={"doi": doi.group(1)})
    return Extracted(text=text, format="html", encoding=enc, blocks=blocks, hints=hints)


def _blocks_from_xml(xml: str) -> list[tuple[str, BlockKind]]:
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        return []
    out: list[tuple[str, BlockKind]] = []
    for el in main.iter(*_BLOCK_TAGS):
        if any(a.tag in _BLOCK_TAGS for a in el.iterancestors() if a is not main):
            continue  # nested: already part of its enclosing block
        if el.tag == "row":
            text = " | ".join(" ".join(c.itertext()).strip() for c in el.iter("cell"))
        else:
            text = "".join(el.itertext())
        out.append((text, _BLOCK_TAGS[el.tag]))  # type: ignore[arg-type]
    return out


def _split_authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in regex.split(r"\s*[;|]\s*", raw) if a.strip()]
