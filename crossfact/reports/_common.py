"""Helpers shared by the formatters: paths, values, positions, rule metadata."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from crossfact.claims.models import Value
from crossfact.verifier.models import Evidence, Finding

SEVERITY_ORDER = ("error", "warning", "info")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class RuleInfo:
    """What a report shows about a rule: code, name, default severity, docstring."""

    code: str
    name: str
    severity: str
    doc: str

    @property
    def summary(self) -> str:
        first = self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""
        return first or self.name

    def sections(self) -> list[tuple[str, str]]:
        """The docstring as ``(heading, text)`` pairs; the summary line has heading ``""``.

        Rule docstrings use fixed sections (``What it does:`` then indented text)."""
        out: list[tuple[str, list[str]]] = [("", [])]
        for raw in self.doc.strip().splitlines()[1:]:
            line = raw.rstrip()
            if line and not line[0].isspace() and line.endswith(":"):
                out.append((line[:-1], []))
            else:
                out[-1][1].append(line.strip())
        paragraphs = [(h, " ".join(x for x in body if x)) for h, body in out]
        return [(h, t) for h, t in paragraphs if t]

    def section(self, heading: str) -> str:
        return dict(self.sections()).get(heading, "")


def rules_for(findings: list[Finding], rules: Mapping[str, object] | None = None) -> list[RuleInfo]:
    """:class:`RuleInfo` for every rule code in ``findings`` (sorted by code).

    ``rules`` maps code -> an object with ``name``/``severity``/``doc`` (the registry by
    default); a code missing from it is described from the finding itself."""
    if rules is None:
        from crossfact.verifier.rules import load_all

        rules = load_all()
    out: dict[str, RuleInfo] = {}
    for f in findings:
        if f.code in out:
            continue
        r = rules.get(f.code)
        if r is not None:
            out[f.code] = RuleInfo(f.code, r.name, r.severity, r.doc)  # type: ignore[attr-defined]
        else:
            out[f.code] = RuleInfo(
                f.code, f.rule, f.severity, f.rule.replace("-", " ").capitalize()
            )
    return [out[c] for c in sorted(out)]


def rel_path(path: str, cwd: str | None = None) -> str:
    """``path`` with forward slashes, relative to ``cwd`` when it lies under it."""
    p = path.replace("\\", "/")
    if os.path.isabs(path):
        base = Path(cwd or os.getcwd()).resolve()
        try:
            return Path(path).resolve().relative_to(base).as_posix()
        except ValueError:
            return p
    posix = PurePosixPath(p).as_posix()
    return posix[2:] if posix.startswith("./") else posix


def one_line(text: str) -> str:
    """Collapse every run of whitespace (line breaks included) to one space."""
    return _WS.sub(" ", text).strip()


def fmt_number(n: float) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if isinstance(n, int):
        return f"{n:,}" if abs(n) >= 10000 else str(n)
    return f"{n:,.6g}" if abs(n) >= 10000 else f"{n:g}"


def fmt_value(v: Value | None) -> str:
    """A claim value for people: ``5,000,000``, ``4.3–4.5``, ``2023-11-03``."""
    if v is None:
        return ""
    if isinstance(v, list):
        return "–".join(fmt_number(x) for x in v)
    if isinstance(v, (bool, str)):
        return str(v)
    return fmt_number(v)


def end_position(e: Evidence) -> tuple[int, int]:
    """1-based line and exclusive 1-based column where the quote ends."""
    if e.end_line is not None and e.end_column is not None:
        return e.end_line, e.end_column
    parts = _LINE_BREAK.split(e.quote)
    if len(parts) == 1:
        return e.line, e.column + len(e.quote)
    return e.line + len(parts) - 1, len(parts[-1]) + 1


def short_id(finding_id: str) -> str:
    """The first 8 hex digits of a fingerprint (``sha256:9c1e0a7f…`` -> ``9c1e0a7f``)."""
    return finding_id.split(":", 1)[-1][:8] if finding_id else "--------"


def split_error(error: str) -> tuple[str, str]:
    """``"path: problem"`` (how input errors are stored) -> ``(path, problem)``."""
    path, sep, problem = error.partition(": ")
    return (path, problem) if sep and path else ("", error)


def others(f: Finding) -> list[Evidence]:
    """Evidence other than the primary item, in order."""
    p = f.primary
    return [e for e in f.evidence if e is not p]


def counts(result_findings: list[Finding]) -> dict[str, int]:
    c = dict.fromkeys(SEVERITY_ORDER, 0)
    for f in result_findings:
        c[f.severity] += 1
    return c
