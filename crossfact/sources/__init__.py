"""Sources: files become Documents (text kept as on disk, segments, metadata)."""

from crossfact.sources.loader import (
    SourceReadError,
    build_document,
    load_documents,
    read_document,
)  # fmt: skip
from crossfact.sources.models import Document, Excluded, Metadata, Segment, SourceError

__all__ = [
    "Document", "Excluded", "Metadata", "Segment", "SourceError", "SourceReadError",
    "build_document", "load_documents", "read_document",
]  # fmt: skip
