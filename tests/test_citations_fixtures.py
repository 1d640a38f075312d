"""Hand-written drafts with planted citation problems (tests/fixtures/citations/*.md): every
planted problem is found, nothing else is reported (sidecar NAME.expect.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crossfact.sources import load_documents
from crossfact.verifier.citations import check_citations

FIXTURES = Path(__file__).parent / "fixtures" / "citations"
DRAFTS = sorted(p for p in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("draft", DRAFTS, ids=[p.stem for p in DRAFTS])
def test_planted_problems_found_and_nothing_else(draft: Path) -> None:
    expected = yaml.safe_load(draft.with_suffix(".expect.yaml").read_text(encoding="utf-8"))[
        "expect"
    ]
    docs, errors = load_documents([draft, FIXTURES / "sources"])
    assert not errors
    target = [d for d in docs if Path(d.path) == draft]
    found = check_citations(target, {}, docs)
    got = sorted((f.code, f.primary.quote if f.primary else "") for f in found)
    assert got == sorted((e["code"], e["quote"]) for e in expected), [f.message for f in found]
    for f in found:
        for ev in f.evidence:
            doc = next(d for d in docs if d.path == ev.path)
            assert doc.text[ev.start : ev.end] == ev.quote
            assert ev.role == ("checked" if ev.path == target[0].path else "corpus")


def test_every_language_has_planted_and_clean_cases() -> None:
    names = {p.stem for p in DRAFTS}
    for lang in ("az", "en", "ru"):
        assert f"{lang}-planted" in names and f"{lang}-source-cited" in names
        assert f"{lang}-no-refs" in names


def test_check_command_reports_citation_findings_in_json() -> None:
    import json

    from click.testing import CliRunner

    from crossfact.cli import main

    draft = FIXTURES / "en-planted.md"
    r = CliRunner().invoke(
        main, ["check", str(draft), "--corpus", str(FIXTURES / "sources"), "--format", "json"]
    )
    assert r.exit_code == 1, r.output  # CF404 is an error
    start = r.output.index("{")
    data = json.loads(r.output[start : r.output.rindex("}") + 1])
    cf4 = [f for f in data["findings"] if f["code"].startswith("CF4")]
    assert {f["code"] for f in cf4} == {"CF402", "CF403", "CF404", "CF405", "CF406", "CF407"}
    for f in cf4:
        assert f["evidence"][0]["role"] == "checked" and f["evidence"][0]["path"].endswith(
            "en-planted.md"
        )
