"""Baselines: accepted findings, recorded by content fingerprint, never by line.

File format (version 1), paths relative to the baseline file's folder::

    {"version": 1,
     "findings": {"drafts/a.md": {"CF302": [
         {"fp": "sha256:…", "count": 1, "reason": "…", "message": "…"}]}}}

``fp`` is the finding's content fingerprint (:func:`~crossfact.verifier.models.fingerprint`:
rule, subject, attribute, values and documents — never lines), computed with document
paths taken relative to the baseline's folder, so it does not depend on the working
directory. A finding survives edits elsewhere but fires again when its values change.
``message`` is informational only. Entries that match nothing are *stale* (CF902).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from crossfact.verifier.models import Evidence, Finding, fingerprint
from crossfact.verifier.rules.cf902_stale_baseline import STALE_BASELINE_ENTRY

VERSION = 1
DEFAULT_NAME = ".crossfact-baseline.json"
NO_PATH = "-"  # key for findings without evidence


class BaselineError(Exception):
    """An unreadable or malformed baseline file; the message names the file."""


@dataclass(frozen=True)
class Entry:
    fp: str
    count: int = 1
    reason: str | None = None
    message: str | None = None


@dataclass
class Baseline:
    path: Path
    findings: dict[str, dict[str, list[Entry]]] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.resolve().parent

    def key(self, doc_path: str) -> str:
        """A document path as stored: relative to the baseline's folder, forward slashes."""
        if doc_path == NO_PATH:
            return NO_PATH
        return Path(os.path.relpath(Path(doc_path).resolve(), self.base_dir)).as_posix()

    def fp(self, f: Finding) -> str:
        """``f``'s fingerprint with its document paths as this baseline stores them."""
        ev = [e.model_copy(update={"path": self.key(e.path)}) for e in f.evidence]
        return fingerprint(f.model_copy(update={"evidence": ev}))

    def entries(self) -> Iterable[tuple[str, str, Entry]]:
        for p, codes in self.findings.items():
            for code, entries in codes.items():
                for e in entries:
                    yield p, code, e

    def to_json(self) -> str:
        out: dict[str, Any] = {}
        for p in sorted(self.findings):
            codes = {}
            for code in sorted(self.findings[p]):
                rows = []
                for e in sorted(self.findings[p][code], key=lambda e: e.fp):
                    row: dict[str, Any] = {"fp": e.fp, "count": e.count}
                    if e.reason:
                        row["reason"] = e.reason
                    if e.message:
                        row["message"] = e.message
                    rows.append(row)
                if rows:
                    codes[code] = rows
            if codes:
                out[p] = codes
        doc = {"version": VERSION, "findings": out}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

    def write(self) -> None:
        self.path.write_text(self.to_json(), encoding="utf-8")


def finding_path(f: Finding) -> str:
    p = f.primary
    return p.path if p else NO_PATH


def load_baseline(path: str | Path) -> Baseline:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: baseline file not found (create it with 'crossfact baseline')"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(f"{path}: cannot read baseline: {e}") from e
    except json.JSONDecodeError as e:
        raise BaselineError(f"{path}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}") from e
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise BaselineError(f'{path}: not a crossfact baseline (expected "version": {VERSION})')
    findings = raw.get("findings", {})
    if not isinstance(findings, dict):
        raise BaselineError(f"{path}: 'findings' must be an object of paths")
    out: dict[str, dict[str, list[Entry]]] = {}
    for p, codes in findings.items():
        if not isinstance(codes, dict):
            raise BaselineError(f"{path}: findings[{p!r}] must be an object of rule codes")
        for code, rows in codes.items():
            if not isinstance(rows, list):
                raise BaselineError(f"{path}: findings[{p!r}][{code!r}] must be a list")
            for i, row in enumerate(rows):
                out.setdefault(p, {}).setdefault(code, []).append(_entry(path, p, code, i, row))
    return Baseline(path, out)


def _entry(path: Path, p: str, code: str, i: int, row: Any) -> Entry:
    where = f"{path}: findings[{p!r}][{code!r}][{i}]"
    if not isinstance(row, dict) or not isinstance(row.get("fp"), str):
        raise BaselineError(f"{where}: an entry needs a string 'fp'")
    count = row.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise BaselineError(f"{where}: 'count' must be a positive integer")
    reason, message = row.get("reason"), row.get("message")
    if reason is not None and not isinstance(reason, str):
        raise BaselineError(f"{where}: 'reason' must be a string")
    return Entry(row["fp"], count, reason, message if isinstance(message, str) else None)


def build_baseline(
    findings: Iterable[Finding],
    path: str | Path,
    reason: str | None = None,
    previous: Baseline | None = None,
) -> Baseline:
    """A baseline of ``findings`` (meta findings CF9xx excluded). Reasons recorded in
    ``previous`` for the same finding are kept; ``reason`` is given to the others."""
    b = Baseline(Path(path))
    old = {(p, c, e.fp): e.reason for p, c, e in previous.entries()} if previous else {}
    counts: dict[tuple[str, str, str], tuple[int, str]] = {}
    for f in findings:
        if f.code.startswith("CF9"):
            continue
        k = (b.key(finding_path(f)), f.code, b.fp(f))
        n, _ = counts.get(k, (0, ""))
        counts[k] = (n + 1, f.message)
    for (p, code, fp), (n, msg) in counts.items():
        entry = Entry(fp, n, old.get((p, code, fp)) or reason, msg)
        b.findings.setdefault(p, {}).setdefault(code, []).append(entry)
    return b


@dataclass
class Applied:
    """The outcome of matching findings against a baseline."""

    kept: list[Finding]
    suppressed: int
    stale: list[tuple[str, str, Entry]]  # (path key, code, entry with the unmatched count)
    matched: dict[tuple[str, str, str], int]  # (path key, code, fp) -> occurrences matched


def apply_baseline(
    findings: Iterable[Finding],
    baseline: Baseline,
    in_scope: Callable[[str, str], bool],
) -> Applied:
    """Drop the findings the baseline accepts. An entry is stale when fewer findings match
    it than its count, provided ``in_scope(path_key, code)`` says it was checked this run
    (a draft not given, or a rule not selected, leaves its entries alone)."""
    left = {(p, c, e.fp): e.count for p, c, e in baseline.entries()}
    kept: list[Finding] = []
    matched: dict[tuple[str, str, str], int] = {}
    for f in findings:
        k = (baseline.key(finding_path(f)), f.code, baseline.fp(f))
        if left.get(k, 0) > 0:
            left[k] -= 1
            matched[k] = matched.get(k, 0) + 1
        else:
            kept.append(f)
    stale = [
        (p, c, replace(e, count=left[(p, c, e.fp)]))
        for p, c, e in baseline.entries()
        if left.get((p, c, e.fp), 0) > 0 and in_scope(p, c)
    ]
    return Applied(kept, sum(matched.values()), stale, matched)


def pruned(baseline: Baseline, applied: Applied) -> Baseline:
    """``baseline`` without its stale entries (counts lowered to what still matches)."""
    stale = {(p, c, e.fp) for p, c, e in applied.stale}
    out = Baseline(baseline.path)
    for p, c, e in baseline.entries():
        k = (p, c, e.fp)
        n = applied.matched.get(k, 0) if k in stale else e.count
        if n > 0:
            out.findings.setdefault(p, {}).setdefault(c, []).append(replace(e, count=n))
    return out


def stale_findings(baseline: Baseline, applied: Applied, shown_path: str) -> list[Finding]:
    """One CF902 per stale entry, located at the entry's ``fp`` in the baseline file."""
    try:
        text = baseline.path.read_text(encoding="utf-8")
    except OSError:
        text = ""
    out = []
    for p, code, e in applied.stale:
        after = max(text.find(json.dumps(p, ensure_ascii=False)), 0)
        start = text.find(e.fp, after)
        start, end = (start, start + len(e.fp)) if start >= 0 else (0, 0)
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        ev = Evidence(
            path=shown_path, start=start, end=end, line=line, column=col,
            quote=text[start:end], role="checked", end_line=line, end_column=col + end - start,
        )  # fmt: skip
        n = f"{e.count} occurrence{'s' if e.count > 1 else ''} of " if e.count > 1 else ""
        msg = (
            f"baseline entry {e.fp} ({n}{code} in {p}) matches no current finding: "
            "it was fixed or its values changed; remove it with --prune-baseline"
        )
        out.append(STALE_BASELINE_ENTRY.make(msg, [ev]))
    return out
