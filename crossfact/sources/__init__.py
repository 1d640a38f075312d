"""Sources: files become Documents (text kept as on disk, segments, metadata)."""

from crossfact.sources.loader import load_documents, read_document
from crossfact.sources.models import Document, Excluded, Metadata, Segment, SourceError

__all__ = [
    "Document", "Excluded", "Metadata", "Segment", "SourceError", "load_documents", "read_document",
]  # fmt: skip
