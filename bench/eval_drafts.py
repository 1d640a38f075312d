"""Evaluate ``crossfact check`` on hand-written drafts whose findings are known.

Every draft ``NAME.md|txt`` in the evaluation folder has a sidecar ``NAME.expect.yaml``::

    expect: [{code: CF302, value: "2023-11-05", quote: "5 November 2023"}]   # or []
    allow: [{code: CF309}]      # acceptable, not required (optional)
    group: pa                   # paraphrase group (optional)

``value`` is the draft's own value (as the checked evidence reports it). A finding is
*expected* when its code and checked value match an expectation; a *false alarm* is an error
or warning about the draft (it has ``checked`` evidence) that matches no expectation and no
``allow`` entry. Findings only about the corpus (no checked evidence) are counted apart.

Usage::

    python bench/eval_drafts.py [--corpus examples/corpus] [--drafts tests/fixtures/eval]
                                [--paraphrase tests/fixtures/eval/paraphrase] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from crossfact.config import Settings
from crossfact.sources import load_documents
from crossfact.sources.models import Document
from crossfact.text import fold
from crossfact.verifier import verify
from crossfact.verifier.models import Finding

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
EVAL = ROOT / "tests" / "fixtures" / "eval"
PARAPHRASE = EVAL / "paraphrase"
ARTICLE_SUFFIXES = {".md", ".txt"}
GATING = {"error", "warning"}
_NUMERIC = regex.compile(r"^-?\d+(?:\.\d+)?$")
_LANG_IN_NAME = regex.compile(r"(?:^|[-_.])(az|en|ru)(?:[-_.]|$)")


def article_paths(folder: Path) -> list[Path]:
    """Articles of a folder: .md/.txt files, except all-caps notes such as EXPECTED.md."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.stem.isupper()
    )


def load_corpus(folder: Path = CORPUS) -> list[Document]:
    docs, errors = load_documents(article_paths(folder))
    if errors:
        raise SystemExit("cannot read corpus: " + "; ".join(map(str, errors)))
    return docs


@dataclass(frozen=True)
class Expectation:
    code: str
    value: Any = None  # None: any value (only for `allow`)
    quote: str | None = None

    def matches(self, code: str, value: Any) -> bool:
        return code == self.code and (self.value is None or same_value(self.value, value))

    def label(self) -> str:
        return self.code if self.value is None else f"{self.code}={self.value}"


@dataclass
class Case:
    path: Path
    language: str
    expect: list[Expectation]
    allow: list[Expectation] = field(default_factory=list)
    group: str | None = None


def _expectations(raw: Any, where: Path, key: str) -> list[Expectation]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError(f"{where}: '{key}' must be a list")
    out = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or "code" not in item:
            raise ValueError(f"{where}: {key}[{i}] needs a 'code'")
        out.append(Expectation(str(item["code"]), item.get("value"), item.get("quote")))
    return out


def load_cases(folder: Path = EVAL) -> list[Case]:
    """Every draft in ``folder`` (not recursive) that has an ``.expect.yaml`` sidecar."""
    cases = []
    for p in article_paths(folder):
        side = p.with_name(p.stem + ".expect.yaml")
        if not side.is_file():
            continue
        data = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
        if "expect" not in data:
            raise ValueError(f"{side}: missing 'expect' (use 'expect: []' for a clean draft)")
        m = _LANG_IN_NAME.search(p.stem)
        lang = str(data.get("language") or (m.group(1) if m else "und"))
        cases.append(
            Case(
                path=p,
                language=lang,
                expect=_expectations(data["expect"], side, "expect"),
                allow=_expectations(data.get("allow"), side, "allow"),
                group=data.get("group"),
            )
        )
    return cases


def _norm(v: Any) -> Any:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, list | tuple):
        return tuple(_norm(x) for x in v)
    if isinstance(v, str):
        s = v.strip()
        return float(s) if _NUMERIC.match(s) else fold(s)
    return v


def same_value(a: Any, b: Any) -> bool:
    """Values equal after normalisation: ``3`` = ``"3"`` = ``3.0``; case-folded strings."""
    na, nb = _norm(a), _norm(b)
    if isinstance(na, float) and isinstance(nb, float):
        return math.isclose(na, nb, rel_tol=1e-9, abs_tol=1e-9)
    return bool(na == nb)


def checked_values(f: Finding) -> list[Any]:
    return [e.value for e in f.evidence if e.role == "checked"]


@dataclass
class CaseResult:
    case: Case
    found: list[Expectation]  # expectations met
    missed: list[Expectation]
    false_alarms: list[Finding]
    corpus_only: int  # gating findings with no checked evidence (about the corpus)
    error: str | None = None

    @property
    def signature(self) -> set[str]:
        """What was found, comparable across paraphrases."""
        sig = {e.label() for e in self.found}
        sig |= {f"{f.code}={checked_values(f)}" for f in self.false_alarms}
        return sig


def evaluate_case(case: Case, corpus: list[Document], settings: Settings) -> CaseResult:
    drafts, errors = load_documents([case.path])
    if errors or not drafts:
        msg = "; ".join(map(str, errors)) or "not loaded"
        return CaseResult(case, [], list(case.expect), [], 0, error=msg)
    try:
        result = verify(drafts, corpus, settings)
    except Exception as e:  # a crash is a result too: every expectation is missed
        return CaseResult(case, [], list(case.expect), [], 0, error=f"{type(e).__name__}: {e}")
    gating = [f for f in result.findings if f.severity in GATING]
    about_draft = [f for f in gating if checked_values(f)]
    found = [
        x
        for x in case.expect
        if any(x.matches(f.code, v) for f in about_draft for v in checked_values(f))
    ]
    missed = [x for x in case.expect if x not in found]
    alarms = [
        f
        for f in about_draft
        if not any(
            x.matches(f.code, v) for x in case.expect + case.allow for v in checked_values(f)
        )
    ]
    return CaseResult(case, found, missed, alarms, len(gating) - len(about_draft))


@dataclass
class Totals:
    expected: int = 0
    found: int = 0
    false_alarms: int = 0
    drafts: int = 0
    clean_drafts_with_alarm: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def add(self, r: CaseResult) -> None:
        self.expected += len(r.case.expect)
        self.found += len(r.found)
        self.false_alarms += len(r.false_alarms)
        self.drafts += 1
        if not r.case.expect and r.false_alarms:
            self.clean_drafts_with_alarm += 1


def summarise(results: list[CaseResult]) -> dict[str, Totals]:
    out: dict[str, Totals] = defaultdict(Totals)
    for r in results:
        out["all"].add(r)
        out[r.case.language].add(r)
    return dict(out)


def paraphrase_consistency(results: list[CaseResult]) -> dict[str, bool]:
    """Per group: every variant found exactly its expectations and nothing else."""
    groups: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        if r.case.group:
            groups[r.case.group].append(r)
    out = {}
    for g, rs in sorted(groups.items()):
        sigs = [frozenset(r.signature) for r in rs]
        out[g] = len(set(sigs)) == 1 and all(not r.missed and not r.false_alarms for r in rs)
    return out


def run(
    corpus_dir: Path = CORPUS, drafts_dir: Path = EVAL, settings: Settings | None = None
) -> list[CaseResult]:
    corpus = load_corpus(corpus_dir)
    settings = settings or Settings()
    return [evaluate_case(c, corpus, settings) for c in load_cases(drafts_dir)]


def _print_results(title: str, results: list[CaseResult]) -> None:
    print(f"\n== {title}")
    for r in results:
        ok = "ok " if not r.missed and not r.false_alarms and not r.error else "!! "
        exp = ", ".join(x.label() for x in r.case.expect) or "(clean)"
        print(f"{ok}{r.case.path.name} [{r.case.language}]  expected: {exp}")
        if r.error:
            print(f"     error: {r.error}")
        for x in r.missed:
            print(f"     missed: {x.label()}" + (f"  ({x.quote!r})" if x.quote else ""))
        for f in r.false_alarms:
            ev = next((e for e in f.evidence if e.role == "checked"), None)
            where = f"line {ev.line} {ev.quote!r}" if ev else ""
            print(f"     false alarm: {f.code} {f.rule} {where}: {f.message}")
        if r.corpus_only:
            print(f"     ({r.corpus_only} finding(s) about the corpus only, not counted)")
    print(
        f"-- {'scope':<6} {'drafts':>6} {'expected':>8} {'found':>6} {'recall':>7} {'false alarms':>13}"
    )
    for scope, t in sorted(summarise(results).items(), key=lambda kv: kv[0] != "all"):
        print(
            f"   {scope:<6} {t.drafts:>6} {t.expected:>8} {t.found:>6} {t.recall:>7.2f} "
            f"{t.false_alarms:>13}"
        )


def _as_json(results: list[CaseResult]) -> dict[str, Any]:
    return {
        "drafts": [
            {
                "path": str(r.case.path.relative_to(ROOT)) if r.case.path.is_relative_to(ROOT) else str(r.case.path),
                "language": r.case.language,
                "expected": [x.label() for x in r.case.expect],
                "found": [x.label() for x in r.found],
                "missed": [x.label() for x in r.missed],
                "false_alarms": [f"{f.code}={checked_values(f)}" for f in r.false_alarms],
                "error": r.error,
            }
            for r in results
        ],
        "summary": {
            k: {"recall": round(t.recall, 4), "expected": t.expected, "found": t.found,
                "false_alarms": t.false_alarms, "drafts": t.drafts}
            for k, t in summarise(results).items()
        },
        "paraphrase_groups": paraphrase_consistency(results),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--drafts", type=Path, default=EVAL)
    ap.add_argument("--paraphrase", type=Path, default=PARAPHRASE)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead")
    args = ap.parse_args(argv)
    corpus = load_corpus(args.corpus)
    settings = Settings()
    main_results = [evaluate_case(c, corpus, settings) for c in load_cases(args.drafts)]
    para = (
        [evaluate_case(c, corpus, settings) for c in load_cases(args.paraphrase)]
        if args.paraphrase.is_dir()
        else []
    )
    if args.json:
        print(json.dumps({"eval": _as_json(main_results), "paraphrase": _as_json(para)}, indent=2))
        return 0
    print(f"corpus: {args.corpus} ({len(corpus)} articles)")
    _print_results(f"evaluation drafts: {args.drafts}", main_results)
    if para:
        _print_results(f"paraphrase variants: {args.paraphrase}", para)
        for g, ok in paraphrase_consistency(para).items():
            print(f"   group {g}: {'same findings in every variant' if ok else 'INCONSISTENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
