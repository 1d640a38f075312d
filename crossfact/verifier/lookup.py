"""``crossfact lookup``: every claim about the subject a query names. (First version.)"""

from __future__ import annotations

from crossfact.config import Settings
from crossfact.sources.models import Document


def run_lookup(query: str, corpus: list[Document], settings: Settings, fmt: str = "text") -> str:
    """Render every claim about the subject ``query`` names, grouped by attribute and value."""
    return f"no subject matches {query!r}\n"
