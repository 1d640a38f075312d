"""One reader per format, chosen by file suffix."""

from __future__ import annotations

from crossfact.sources.readers import docx, html, md, pdf, txt
from crossfact.sources.readers.base import Block, Extracted, Format, Reader, ReaderError

SUFFIXES: dict[str, Format] = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".docx": "docx", ".pdf": "pdf",
}  # fmt: skip

READERS: dict[Format, Reader] = {
    "txt": txt.read, "md": md.read, "html": html.read, "docx": docx.read, "pdf": pdf.read,
}  # fmt: skip

__all__ = ["READERS", "SUFFIXES", "Block", "Extracted", "Format", "Reader", "ReaderError"]
