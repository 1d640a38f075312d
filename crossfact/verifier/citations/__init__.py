"""Citation verification (CF4xx): reference lists, in-text citations, their links, and the
checks on them. The engine calls :func:`check_citations`."""

from __future__ import annotations

from collections.abc import Sequence

from crossfact.claims.models import Claim
from crossfact.sources.models import Document
from crossfact.verifier.citations.checks import (
    Parsed,
    dangling,
    date_checks,
    malformed,
    missing_bibliography,
    parse_document,
    place_names,
    uncited,
)
from crossfact.verifier.citations.source_check import SourceIndex, cited_claims
from crossfact.verifier.models import Finding


def check_citations(
    targets: Sequence[Document],
    claims: dict[str, list[Claim]],
    all_docs: Sequence[Document],
) -> list[Finding]:
    """CF401-CF408 findings for every document of ``targets``.

    ``all_docs`` is the whole run (drafts and corpus); a cited source found among them is
    compared with the citing sentence (CF408). Evidence in a target is ``checked`` when the
    targets are drafts (a ``check`` run) and ``corpus`` in a ``report`` run.
    """
    target_paths = {d.path for d in targets}
    checking = target_paths != {d.path for d in all_docs}
    index = SourceIndex.build([d for d in all_docs if d.path not in target_paths] or list(all_docs))
    places = place_names()
    out: list[Finding] = []
    for doc in targets:
        role = "checked" if checking else "corpus"
        p = parse_document(doc, role, claims.get(doc.path, []), places)
        out.extend(document_findings(p, index))
    return out


def document_findings(p: Parsed, index: SourceIndex | None = None) -> list[Finding]:
    handled: set[int] = set()
    dates = date_checks(p, handled)
    out = missing_bibliography(p) + dangling(p, handled) + uncited(p) + dates + malformed(p)
    if index is not None:
        out += cited_claims(p, index)
    return out


__all__ = ["Parsed", "SourceIndex", "check_citations", "document_findings", "parse_document"]
