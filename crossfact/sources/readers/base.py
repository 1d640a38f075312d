"""What a reader hands to the loader: the document text plus what the format knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from crossfact.sources.models import Excluded, Metadata

Format = Literal["txt", "md", "html", "docx", "pdf"]
BlockKind = Literal["paragraph", "heading", "list-item"]


class ReaderError(ValueError):
    """A one-line reason why a file yields no usable text."""


@dataclass(frozen=True)
class Block:
    """A structural block the format itself marks (a docx paragraph, a markdown heading)."""

    start: int
    end: int
    kind: BlockKind = "paragraph"


@dataclass
class Extracted:
    text: str
    format: Format
    encoding: str = "utf-8"
    # None: the format has no reliable structure, paragraphs are found from line layout.
    blocks: list[Block] | None = None
    excluded: list[Excluded] = field(default_factory=list)
    hints: Metadata = field(default_factory=Metadata)


class Reader(Protocol):
    def __call__(self, path: Path, data: bytes, encoding: str | None) -> Extracted: ...


def join_blocks(items: list[tuple[str, BlockKind]]) -> tuple[str, list[Block]]:
    """Join extracted block texts with blank lines, remembering each block's span."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for raw, kind in items:
        text = raw.strip()
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        blocks.append(Block(pos, pos + len(text), kind))
        pos += len(text)
    return "".join(parts), blocks
