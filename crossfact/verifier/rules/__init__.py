"""The rule registry. Every rule has a stable code, a name, a default severity and a
docstring with fixed sections (What it does / Why it matters / Example), which
``crossfact rule CODE`` prints and ``docs/rules.md`` is generated from.

Codes are never reused. Families: CF1xx input, CF2xx extraction, CF3xx cross-article
conflicts, CF4xx citations, CF9xx meta.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from crossfact.claims.models import Value
from crossfact.verifier.models import Evidence, Finding, Severity

RULES: dict[str, Rule] = {}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.name

    def make(
        self,
        message: str,
        evidence: list[Evidence],
        subject: str | None = None,
        attribute: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            severity=severity or self.severity,
            message=message,
            subject=subject,
            attribute=attribute,
            evidence=evidence,
        ).with_id()


def rule(code: str, name: str, severity: Severity) -> Rule:
    """Register a rule; call it at module level with the module docstring as ``__doc__``."""
    frame = inspect.currentframe()
    caller = frame.f_back if frame else None
    doc = (caller.f_globals.get("__doc__") if caller else None) or ""
    if code in RULES and RULES[code].name != name:
        raise ValueError(f"rule code {code} reused for {name!r}")
    r = Rule(code, name, severity, inspect.cleandoc(doc))
    RULES[code] = r
    return r


def by_name_or_code(key: str) -> Rule | None:
    load_all()
    key_u = key.upper()
    if key_u in RULES:
        return RULES[key_u]
    for r in RULES.values():
        if r.name == key:
            return r
    return None


def load_all() -> dict[str, Rule]:
    """Import every rule module so the registry is complete."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("cf"):
            importlib.import_module(f"{__name__}.{info.name}")
    return RULES


__all__ = ["RULES", "Evidence", "Rule", "Value", "by_name_or_code", "load_all", "rule"]
