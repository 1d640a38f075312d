"""Find and read input files. Minimal first version: .txt and .md, UTF-8 only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import regex

from crossfact.sources.models import Document, Segment, SourceError

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}


class SourceReadError(Exception):
    pass


def iter_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[SourceError]]:
    files: list[Path] = []
    errors: list[SourceError] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                errors.append(SourceError(path=str(p), problem="directory contains no articles"))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            errors.append(SourceError(path=str(p), problem="no such file or directory"))
    return files, errors


def read_document(path: Path, encoding: str | None = None) -> Document:
    data = path.read_bytes()
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as e:
        raise SourceReadError(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from e
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    doc = Document(path=str(path), format=fmt, text=text)  # type: ignore[arg-type]
    paras = [Segment(kind="paragraph", start=m.start(), end=m.end(), paragraph=i)
             for i, m in enumerate(regex.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text))]
    sents = []
    for p in paras:
        for m in regex.finditer(r"[^.!?]+[.!?]*", text[p.start:p.end]):
            sents.append(Segment(kind="sentence", start=p.start + m.start(), end=p.start + m.end(),
                                 paragraph=p.paragraph))
    doc.paragraphs, doc.sentences = paras, sents
    return doc


def load_documents(
    paths: Sequence[str | Path], encoding: str | None = None
) -> tuple[list[Document], list[SourceError]]:
    files, errors = iter_files(paths)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f, encoding))
        except (OSError, SourceReadError) as e:
            errors.append(SourceError(path=str(f), problem=str(e)))
    return docs, errors
