"""Find input files and turn each into a :class:`Document`.

``load_documents`` never stops at a bad file: each unreadable one becomes a
:class:`SourceError` with a one-line problem, and the rest are still read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from crossfact.sources.boilerplate import find_boilerplate
from crossfact.sources.encoding import MAX_BYTES, DecodeProblem, check_size
from crossfact.sources.metadata import extract_metadata
from crossfact.sources.models import (
    Document,
    Excluded,
    Language,
    Metadata,
    Segment,
    SourceError,
)  # fmt: skip
from crossfact.sources.readers import READERS, SUFFIXES, Block, ReaderError
from crossfact.sources.segment import segment


class SourceReadError(Exception):
    """A file that cannot be read as an article; ``str(e)`` is a one-line problem."""


def iter_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[SourceError]]:
    """Expand ``paths``: files as given, directories recursively (articles only)."""
    files: list[Path] = []
    errors: list[SourceError] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(_walk(p))
            if not found:
                errors.append(SourceError(path=str(p), problem="directory contains no articles"))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            errors.append(SourceError(path=str(p), problem="no such file or directory"))
    return files, errors


def _walk(root: Path) -> Iterator[Path]:
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue  # hidden files and folders, editor lock files
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and entry.suffix.lower() in SUFFIXES:
            yield entry


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one file; raises :class:`SourceReadError` with a one-line problem."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    try:
        if path.is_dir():
            raise SourceReadError("is a directory, not a file")
        check_size(path.stat().st_size, MAX_BYTES)
        data = path.read_bytes()
        if not data.strip():
            raise SourceReadError("empty file" if not data else "empty file (only whitespace)")
        ext = READERS[fmt](path, data, encoding)
    except FileNotFoundError as e:
        raise SourceReadError("no such file or directory") from e
    except PermissionError as e:
        raise SourceReadError("permission denied") from e
    except (DecodeProblem, ReaderError) as e:
        raise SourceReadError(str(e)) from e
    except OSError as e:
        raise SourceReadError(f"cannot read file ({e.strerror or e})") from e
    if not ext.text.strip():
        raise SourceReadError("empty file (only whitespace)")
    return build_document(str(path), ext.text, ext.format, ext.encoding, ext.excluded,
                          ext.blocks, ext.hints)  # fmt: skip


def build_document(
    path: str,
    text: str,
    fmt: str = "txt",
    encoding: str = "utf-8",
    excluded: Sequence[Excluded] = (),
    blocks: Sequence[Block] | None = None,
    hints: Metadata | None = None,
) -> Document:
    """Segment, clean and describe ``text`` (also used for in-memory texts and tests)."""
    all_excluded = sorted([*excluded, *find_boilerplate(text, fmt)], key=lambda e: (e.start, e.end))
    paragraphs, sentences = segment(text, all_excluded, blocks)
    meta = extract_metadata(text, paragraphs, all_excluded, hints)
    return Document(
        path=path,
        format=fmt,
        text=text,
        encoding=encoding,
        language=majority_language(sentences),
        metadata=meta,
        paragraphs=paragraphs,
        sentences=sentences,
        excluded=all_excluded,
    )


def majority_language(segments: Sequence[Segment]) -> Language:
    """The language with the most characters among ``segments`` (``und`` if none)."""
    chars: dict[Language, int] = {}
    for s in segments:
        if s.language != "und":
            chars[s.language] = chars.get(s.language, 0) + (s.end - s.start)
    return max(chars, key=lambda k: chars[k]) if chars else "und"


def load_documents(
    paths: Sequence[str | Path], encoding: str | None = None
) -> tuple[list[Document], list[SourceError]]:
    """Read every article under ``paths``; unreadable files become :class:`SourceError`."""
    files, errors = iter_files(paths)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f, encoding))
        except SourceReadError as e:
            errors.append(SourceError(path=str(f), problem=str(e)))
    return docs, errors
