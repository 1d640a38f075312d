"""The verifier pipeline: documents -> linked claims -> comparisons -> findings -> Result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from crossfact.claims import extract_claims
from crossfact.claims.models import Claim
from crossfact.config import Settings
from crossfact.sources.models import Document, SourceError
from crossfact.verifier.models import (
    DocumentSummary,
    Finding,
    LinkedClaim,
    Result,
    Summary,
)

Progress = Callable[[str], None]


def analyze_documents(
    docs: Sequence[Document], progress: Progress | None = None
) -> dict[str, list[Claim]]:
    """Extract claims from every document (keyed by path)."""
    out: dict[str, list[Claim]] = {}
    for d in docs:
        out[d.path] = extract_claims(d)
        if progress:
            progress(d.path)
    return out


def verify(
    checked: Sequence[Document],
    corpus: Sequence[Document],
    settings: Settings,
    errors: Sequence[SourceError] = (),
    progress: Progress | None = None,
) -> Result:
    """Check ``checked`` drafts against ``corpus`` (or, with no drafts, the corpus against
    itself, as ``report`` does) and return the result every formatter reads."""
    from crossfact.verifier.compare import compare_all
    from crossfact.verifier.kb import load_kb
    from crossfact.verifier.linking import link_document

    kb = load_kb(settings.kb)
    mode = "check" if checked else "report"
    all_docs = list(checked) + [d for d in corpus if d.path not in {c.path for c in checked}]
    claims = analyze_documents(all_docs, progress)
    checked_paths = {d.path for d in checked}
    linked: list[LinkedClaim] = []
    for d in all_docs:
        role: Literal["checked", "corpus"] = "checked" if d.path in checked_paths else "corpus"
        linked.extend(link_document(d, claims[d.path], kb, role=role, all_links=True))
    docs_by_path = {d.path: d for d in all_docs}
    findings, corroborations = compare_all(linked, docs_by_path, kb, settings, mode=mode)
    findings.extend(_citation_findings(all_docs, claims, checked_paths, mode))
    findings = _apply_settings(findings, settings)
    findings, suppressed = _apply_suppressions(findings, docs_by_path)
    result = Result(
        findings=findings,
        corroborations=corroborations,
        documents=[
            DocumentSummary(
                path=d.path,
                language=d.language,
                published=d.published.isoformat() if d.published else None,
                claims=len(claims[d.path]),
                role="checked" if d.path in checked_paths else "corpus",
            )
            for d in all_docs
        ],
        errors=[str(e) for e in errors],
        summary=Summary(documents=len(all_docs), claims=sum(len(c) for c in claims.values())),
        mode=mode,
        suppressed=suppressed,
    )
    return result.recount()


def _citation_findings(
    docs: Sequence[Document],
    claims: dict[str, list[Claim]],
    checked_paths: set[str],
    mode: str,
) -> list[Finding]:
    try:
        from crossfact.verifier.citations import check_citations
    except ImportError:
        return []
    targets = [d for d in docs if mode == "report" or d.path in checked_paths]
    return check_citations(targets, claims, list(docs))


def _apply_suppressions(
    findings: list[Finding], docs: dict[str, Document]
) -> tuple[list[Finding], int]:
    try:
        from crossfact.verifier.suppress import apply_suppressions
    except ImportError:
        return findings, 0
    return apply_suppressions(findings, docs)


def _apply_settings(findings: list[Finding], settings: Settings) -> list[Finding]:
    out = []
    for f in findings:
        if not settings.rule_enabled(f.code):
            continue
        sev = settings.severity.get(f.code) or settings.severity.get(f.rule)
        out.append(f.model_copy(update={"severity": sev}) if sev else f)
    return out
