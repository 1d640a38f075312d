"""PDF: pypdf page text joined with blank lines; layout heuristics find paragraphs.

A scanned PDF (no text layer) is an error, not an empty article.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from crossfact.sources.models import Metadata
from crossfact.sources.readers.base import Extracted, ReaderError

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read(path: Path, data: bytes, encoding: str | None) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReaderError("encrypted PDF (no password support)")
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
        info = reader.metadata
    except ReaderError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise ReaderError(f"not a valid PDF ({type(e).__name__}: {e})".splitlines()[0]) from e
    text = "\n\n".join(pages)
    if not text.strip():
        raise ReaderError("no extractable text (scanned PDF?)")
    hints = Metadata(
        title=(str(info.title).strip() or None) if info and info.title else None,
        authors=[str(info.author).strip()] if info and info.author else [],
    )
    return Extracted(text=text, format="pdf", encoding="binary", blocks=None, hints=hints)
