"""Trusted facts: a user-maintained YAML file of authoritative values.

```yaml
facts:
  - subject: relations:azerbaijan+kazakhstan
    attribute: established
    value: "1992-08-30"
    source: "MFA archive, note 12/92"
```

A linked claim that contradicts an entry is ``trusted-fact-conflict`` (error) citing the file
and the entry; agreement counts as corroboration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from crossfact.config import Settings
from crossfact.sources.models import Document
from crossfact.verifier.kb import KBError, KnowledgeBase
from crossfact.verifier.models import Corroboration, Evidence, Finding, LinkedClaim
from crossfact.verifier.rules import load_all
from crossfact.verifier.subjects import subject_label
from crossfact.verifier.values import dates_agree, fmt_value, num_span, parse_date


def load_facts(paths: list[str]) -> list[tuple[str, int, dict[str, Any]]]:
    """(file, line, entry) for every trusted fact."""
    out: list[tuple[str, int, dict[str, Any]]] = []
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
            data = yaml.safe_load(text) or {}
        except OSError as e:
            raise KBError(f"{p}: cannot read trusted facts: {e.strerror}") from e
        except yaml.YAMLError as e:
            raise KBError(f"{p}: invalid YAML: {e}") from e
        facts = data.get("facts") if isinstance(data, dict) else None
        if not isinstance(facts, list):
            raise KBError(f"{p}: expected a mapping with a 'facts:' list")
        lines = text.splitlines()
        for i, f in enumerate(facts):
            if not isinstance(f, dict) or not {"subject", "attribute", "value"} <= f.keys():
                raise KBError(f"{p}: fact #{i + 1} needs subject, attribute and value")
            line = next((n + 1 for n, ln in enumerate(lines) if str(f["subject"]) in ln), 1)
            out.append((p, line, f))
    return out


def _agrees(lc: LinkedClaim, value: Any) -> bool:
    a = parse_date(lc.claim.value) if lc.claim.kind == "date" else None
    if a is not None:
        b = parse_date(str(value))
        return b is None or dates_agree(a, b)
    if lc.claim.kind == "category":
        return str(lc.claim.value) == str(value)
    sa, sb = num_span(lc.claim.value, lc.claim.qualifier), num_span(value)
    if sa is None or sb is None:
        return True
    return sa.low <= sb.high and sb.low <= sa.high


def check_trusted(
    linked: list[LinkedClaim],
    docs: dict[str, Document],
    kb: KnowledgeBase,
    settings: Settings,
    mode: str,
) -> tuple[list[Finding], list[Corroboration]]:
    if not settings.trusted_facts:
        return [], []
    rule = load_all()["CF308"]
    findings: list[Finding] = []
    corr: list[Corroboration] = []
    facts = load_facts(settings.trusted_facts)
    for path, line, fact in facts:
        subject, attr, value = str(fact["subject"]), str(fact["attribute"]), fact["value"]
        matches = [
            lc
            for lc in linked
            if lc.attribute == attr
            and (lc.subject == subject or (lc.subject or "").startswith(subject + ":"))
            and (mode == "report" or lc.role == "checked")
        ]
        agreeing = [lc for lc in matches if _agrees(lc, value)]
        if agreeing:
            corr.append(
                Corroboration(
                    subject=subject,
                    attribute=attr,
                    value=value,
                    sources=sorted({lc.doc for lc in agreeing} | {path}),
                )
            )
        trusted_ev = Evidence(
            path=path,
            start=0,
            end=0,
            line=line,
            column=1,
            quote=f"{subject} {attr}: {value}",
            value=value,
            role="trusted",
        )
        for lc in matches:
            if _agrees(lc, value):
                continue
            ev = Evidence.of(docs[lc.doc], lc.claim.start, lc.claim.end, lc.role, lc.claim.value)
            src = f" ({fact['source']})" if fact.get("source") else ""
            msg = (
                f"{subject_label(lc.subject or subject, kb)}: {attr} {fmt_value(lc.claim.value)} "
                f"here, trusted value {fmt_value(value)} in {path}:{line}{src}"
            )
            findings.append(rule.make(msg, [ev, trusted_ev], lc.subject, attr))
    return findings, corr
