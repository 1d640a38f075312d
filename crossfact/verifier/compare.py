"""Compare linked claims across documents. (First version: nothing compared.)"""

from __future__ import annotations

from crossfact.config import Settings
from crossfact.sources.models import Document
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import Corroboration, Finding, LinkedClaim


def compare_all(
    linked: list[LinkedClaim],
    docs: dict[str, Document],
    kb: KnowledgeBase,
    settings: Settings,
    mode: str = "report",
) -> tuple[list[Finding], list[Corroboration]]:
    return [], []
