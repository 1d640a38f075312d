"""Plain text: the file decoded exactly as on disk; structure comes from line layout."""

from __future__ import annotations

from pathlib import Path

from crossfact.sources.encoding import decode
from crossfact.sources.readers.base import Extracted


def read(path: Path, data: bytes, encoding: str | None) -> Extracted:
    text, enc = decode(data, encoding)
    return Extracted(text=text, format="txt", encoding=enc)
