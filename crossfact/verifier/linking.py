"""Link claims to subjects. (First version: no links.)"""

from __future__ import annotations

from typing import Literal

from crossfact.claims.models import Claim
from crossfact.sources.models import Document
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import LinkedClaim


def link_document(
    doc: Document,
    claims: list[Claim],
    kb: KnowledgeBase,
    role: Literal["checked", "corpus"] = "corpus",
) -> list[LinkedClaim]:
    return [LinkedClaim(doc=doc.path, claim=c, role=role) for c in claims]
