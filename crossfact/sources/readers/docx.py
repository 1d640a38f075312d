"""DOCX: paragraphs and table cells in document order (python-docx), blank-line joined.

Headings come from style names (``Title``, ``Heading N``); python-docx skips headers,
footers and footnotes, which is what we want for article text.
"""

from __future__ import annotations

import io
from pathlib import Path
from zipfile import BadZipFile

from crossfact.sources.models import Metadata
from crossfact.sources.readers.base import BlockKind, Extracted, ReaderError, join_blocks


def read(path: Path, data: bytes, encoding: str | None) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        doc = docx.Document(io.BytesIO(data))
    except (BadZipFile, PackageNotFoundError, KeyError, ValueError) as e:
        raise ReaderError(f"not a valid .docx file ({type(e).__name__})") from e
    items: list[tuple[str, BlockKind]] = []
    for part in doc.iter_inner_content():
        if isinstance(part, Table):
            seen: set[object] = set()  # holds the elements, so identity is stable
            for row in part.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # merged cells repeat the same cell
                        continue
                    seen.add(cell._tc)
                    items.append((cell.text, "paragraph"))
        else:
            items.append((part.text, _kind(part.style.name if part.style is not None else "")))
    text, blocks = join_blocks(items)
    if not text.strip():
        raise ReaderError("no text in the document")
    props = doc.core_properties
    hints = Metadata(
        title=(props.title or "").strip() or None,
        authors=[a.strip() for a in (props.author or "").split(";") if a.strip()],
    )
    return Extracted(text=text, format="docx", encoding="binary", blocks=blocks, hints=hints)


def _kind(style: str | None) -> BlockKind:
    name = (style or "").lower()
    if name == "title" or name.startswith("heading") or name.startswith("başlıq"):
        return "heading"
    if name.startswith("list"):
        return "list-item"
    return "paragraph"
