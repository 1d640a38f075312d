"""Trusted facts: contradicting an authoritative value is CF308; agreeing corroborates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crossfact.cli import main
from crossfact.config import Settings
from crossfact.verifier.compare import compare_all
from crossfact.verifier.kb import KBError, load_kb
from crossfact.verifier.linking import link_document
from crossfact.verifier.trusted import load_facts

from .helpers import claim, make_doc

KB = load_kb()
FACTS = """facts:
  - subject: relations:azerbaijan+kazakhstan
    attribute: established
    value: "1992-08-30"
    source: MFA archive
"""


def _run(tmp_path: Path, date_text: str, value: str):
    facts = tmp_path / "facts.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    doc = make_doc(
        "d.md",
        f"Azərbaycan ilə Qazaxıstan arasında diplomatik əlaqələr {date_text} qurulub.",
    )
    linked = link_document(doc, [claim(doc, date_text, "date", value)], KB, role="checked")
    settings = Settings(trusted_facts=[str(facts)])
    return compare_all(linked, {"d.md": doc}, KB, settings, mode="check")


def test_contradicting_a_trusted_fact_is_an_error(tmp_path: Path) -> None:
    findings, _ = _run(tmp_path, "1992-ci il avqustun 31-də", "1992-08-31")
    cf308 = [f for f in findings if f.code == "CF308"]
    assert len(cf308) == 1 and cf308[0].severity == "error"
    assert {e.role for e in cf308[0].evidence} == {"checked", "trusted"}
    assert "facts.yaml" in cf308[0].message and "MFA archive" in cf308[0].message


def test_agreeing_with_a_trusted_fact_corroborates(tmp_path: Path) -> None:
    findings, corr = _run(tmp_path, "1992-ci il avqustun 30-da", "1992-08-30")
    assert not [f for f in findings if f.code == "CF308"]
    assert any(str(tmp_path / "facts.yaml") in c.sources for c in corr)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("facts: 3\n", "expected a mapping"),
        ("facts:\n  - {subject: x}\n", "needs subject"),
        ("a: [\n", "invalid YAML"),
    ],
)
def test_bad_facts_file_is_a_clear_error(tmp_path: Path, text: str, problem: str) -> None:
    p = tmp_path / "f.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(KBError, match=problem):
        load_facts([str(p)])


def test_cli_flag(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "date 2024-01-05\n\nAzərbaycan ilə Qazaxıstan arasında diplomatik əlaqələr "
        "1992-ci il avqustun 31-də qurulub.\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["report", str(corpus), "--trusted-facts", str(facts)])
    assert r.exit_code == 1, r.output
    assert "CF308" in r.output


def test_bad_kb_file_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "kb.yaml"
    p.write_text("entities: [{id: x}]\n", encoding="utf-8")
    with pytest.raises(KBError) as e:
        load_kb([str(p)])
    assert "\n" not in str(e.value) and "'type'" in str(e.value)
