"""``html``: one self-contained report page (Jinja2, autoescaped, no network access).

The page groups conflicts by subject and shows the evidence from every article side by
side; citation findings are grouped by document; unverified claims are collapsed. Small
vanilla JS adds filters; everything is readable with JS off. Output is deterministic:
no timestamp unless ``generated`` is passed.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from crossfact import __version__
from crossfact.reports._common import (
    SEVERITY_ORDER,
    RuleInfo,
    counts,
    fmt_value,
    rel_path,
    rules_for,
    short_id,
    split_error,
)
from crossfact.verifier.models import SEVERITY_RANK, Evidence, Finding, Result

INFORMATION_URI = "https://pypi.org/project/crossfact/"
_CODE_SPAN = re.compile(r"`([^`]+)`")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
Show = Callable[[str], str]


@dataclass
class EvidenceView:
    path: str
    line: int
    column: int
    role: str
    before: str
    quote: str
    after: str
    value: str
    differs: bool


@dataclass
class FindingView:
    id: str
    short: str
    code: str
    rule: str
    severity: str
    message: str
    subject: str
    attribute: str
    location: str
    evidence: list[EvidenceView]


@dataclass
class Group:
    key: str
    label: str
    findings: list[FindingView] = field(default_factory=list)

    @property
    def worst(self) -> str:
        return max((f.severity for f in self.findings), key=lambda s: SEVERITY_RANK[s])


def safe_href(url: str) -> str:
    """Only in-page anchors and http(s) URLs are ever emitted as links."""
    if url.startswith("#"):
        return "#" + _ANCHOR_UNSAFE.sub("-", url[1:])
    scheme = urlsplit(url).scheme.lower()
    return url if scheme in ("http", "https") else "#"


def anchor(prefix: str, key: str) -> str:
    return f"{prefix}-{_ANCHOR_UNSAFE.sub('-', key).strip('-')}"


def doc_html(text: str) -> Markup:
    """Escape docstring text, then show its `code spans` as ``<code>``."""
    return Markup(_CODE_SPAN.sub(r"<code>\1</code>", str(escape(text))))


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("crossfact.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_href"] = safe_href
    env.filters["doc_html"] = doc_html
    env.globals["anchor"] = anchor
    return env


def _clipped(before: str | None, after: str | None) -> tuple[str, str]:
    """Context with an ellipsis where it was cut (not at a sentence start or end)."""
    b, a = before or "", after or ""
    if b and not b[0].isupper():
        b = "…" + b
    if a and not a.rstrip().endswith((".", "!", "?", "…")):
        a = a + "…"
    return b, a


def _evidence_view(
    e: Evidence, primary: Evidence | None, show: Show, conflict: bool
) -> EvidenceView:
    before, after = _clipped(e.context_before, e.context_after)
    return EvidenceView(
        path=show(e.path),
        line=e.line,
        column=e.column,
        role=e.role,
        before=before,
        quote=e.quote,
        after=after,
        value=fmt_value(e.value),
        differs=conflict and primary is not None and e is not primary and e.value != primary.value,
    )


def _finding_view(f: Finding, show: Show) -> FindingView:
    p = f.primary
    return FindingView(
        id=f.id,
        short=short_id(f.id),
        code=f.code,
        rule=f.rule,
        severity=f.severity,
        message=f.message,
        subject=f.subject or "",
        attribute=f.attribute or "",
        location=f"{show(p.path)}:{p.line}:{p.column}" if p else "",
        evidence=[_evidence_view(e, p, show, f.code.startswith("CF3")) for e in f.evidence],
    )


def _subject_key(f: Finding) -> str | None:
    return f.subject


def _groups(
    findings: list[Finding], key_of: Callable[[Finding], str | None], other_label: str, show: Show
) -> list[Group]:
    groups: dict[str, Group] = {}
    for f in findings:
        key = key_of(f) or ""
        label = (f.label or key) if key_of is _subject_key else key
        g = groups.setdefault(key, Group(key, label or other_label))
        g.findings.append(_finding_view(f, show))
    return sorted(groups.values(), key=lambda g: (-SEVERITY_RANK[g.worst], g.key == "", g.label))


def common_root(paths: list[str]) -> str:
    """The absolute folder all ``paths`` share (``""`` if none or if any is relative);
    the page shows paths below it, since relative paths already read well."""
    if not paths or not all(p.startswith("/") for p in paths):
        return ""
    root = posixpath.commonpath([posixpath.dirname(p) for p in paths])
    return "" if root == "/" else root + "/"


def _all_paths(result: Result) -> list[str]:
    paths = [d.path for d in result.documents]
    paths += [e.path for f in result.findings for e in f.evidence]
    paths += [s for c in result.corroborations for s in c.sources]
    return [rel_path(p) for p in paths]


def is_citation(f: Finding) -> bool:
    return f.code.startswith("CF4")


def context(
    result: Result,
    *,
    rules: Mapping[str, object] | None = None,
    generated: str | None = None,
    title: str = "crossfact report",
) -> dict[str, object]:
    """Everything the template reads, built from ``result`` alone."""
    ordered = result.sorted_findings()
    factual = [f for f in ordered if not is_citation(f) and f.severity != "info"]
    unverified = [f for f in ordered if not is_citation(f) and f.severity == "info"]
    citations = [f for f in ordered if is_citation(f)]
    per_doc: dict[str, int] = defaultdict(int)
    for f in ordered:
        if f.primary:
            per_doc[f.primary.path] += 1
    infos: list[RuleInfo] = rules_for(ordered, rules)
    root = common_root(_all_paths(result))

    def show(path: str) -> str:
        p = rel_path(path)
        return p[len(root) :] if root and p.startswith(root) else p

    return {
        "title": title,
        "generated": generated,
        "version": __version__,
        "information_uri": INFORMATION_URI,
        "mode": result.mode,
        "summary": result.summary,
        "counts": counts(result.findings),
        "severities": SEVERITY_ORDER,
        "suppressed": result.suppressed,
        "root": root,
        "errors": [(show(p) if p else p, msg) for p, msg in map(split_error, result.errors)],
        "conflicts": _groups(factual, _subject_key, "Other findings", show),
        "unverified": [_finding_view(f, show) for f in unverified],
        "citations": _groups(
            citations, lambda f: show(f.primary.path) if f.primary else "", "No document", show
        ),
        "corroborations": [
            {
                "subject": c.label or c.subject,
                "attribute": c.attribute,
                "value": fmt_value(c.value),
                "sources": [show(s) for s in c.sources],
            }
            for c in sorted(result.corroborations, key=lambda c: (c.subject, c.attribute))
        ],
        "documents": [
            {
                "path": show(d.path),
                "language": d.language,
                "published": d.published or "",
                "claims": d.claims,
                "role": d.role,
                "findings": per_doc.get(d.path, 0),
            }
            for d in result.documents
        ],
        "rules": infos,
    }


def render(
    result: Result,
    *,
    rules: Mapping[str, object] | None = None,
    generated: str | None = None,
    title: str = "crossfact report",
) -> str:
    ctx = context(result, rules=rules, generated=generated, title=title)
    return _env().get_template("report.html.j2").render(**ctx)
