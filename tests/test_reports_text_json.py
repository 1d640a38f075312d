"""``text`` and ``json`` formatters, the ``render`` dispatcher and the ``claims`` output."""

from __future__ import annotations

import json
import re

import pytest
from test_reports_sample import TEXTS, sample_result

from crossfact.claims.models import Claim
from crossfact.reports import FORMATS, render
from crossfact.reports._common import end_position, fmt_value, rel_path, split_error
from crossfact.reports.claims_format import render_json, render_text
from crossfact.sources.models import Document
from crossfact.verifier.models import Evidence, LinkedClaim, Result

LINTER_LINE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) "
    r"(?P<code>CF\d{3}) (?P<rule>[a-z-]+) (?P<msg>.+)$"
)


def test_text_lines_are_linter_parseable_and_ordered() -> None:
    lines = render(sample_result(), "text").splitlines()
    assert lines[0].startswith("corpus/broken.pdf: error CF101 unreadable-input no text layer")
    parsed = [m for line in lines if (m := LINTER_LINE.match(line))]
    assert [m["code"] for m in parsed] == ["CF302", "CF306", "CF401", "CF301"]
    assert (parsed[0]["path"], parsed[0]["line"], parsed[0]["col"]) == (
        "drafts/tokayev-seferi.md",
        "4",
        "43",
    )
    evidence = [line for line in lines if line.startswith("  = ")]
    assert (
        evidence[0] == "  = corpus/az/orta-dehliz.txt:4:44 «2023-cü il noyabrın 3-də» = 2023-11-03"
    )
    assert evidence[2] == "  = corpus/az/orta-dehliz.txt:5:81 «5 milyon tona» = 5,000,000"
    assert (
        lines[-1]
        == "4 documents, 12 claims: 1 error, 2 warnings, 1 info (1 suppressed); 1 unreadable input"
    )


def test_text_for_an_empty_result() -> None:
    assert render(Result(), "text") == "0 documents, 0 claims: 0 errors, 0 warnings, 0 info\n"


def test_json_contract_keys() -> None:
    doc = json.loads(render(sample_result(), "json"))
    assert list(doc) == ["schema", "findings", "corroborations", "summary"]
    assert doc["schema"] == "crossfact.findings/1"
    for f in doc["findings"]:
        assert list(f) == [
            "id",
            "code",
            "rule",
            "severity",
            "message",
            "subject",
            "attribute",
            "evidence",
        ]
        for e in f["evidence"]:
            assert list(e) == ["path", "start", "end", "line", "column", "quote", "value", "role"]
            assert TEXTS[e["path"]][e["start"] : e["end"]] == e["quote"]
    assert doc["corroborations"] == [
        {"subject": "tokayev-visit-2025-10", "attribute": "visit-type", "value": "state",
         "sources": ["drafts/tokayev-seferi.md", "corpus/en/middle-corridor.txt"]}
    ]  # fmt: skip
    assert doc["summary"] == {
        "documents": 4,
        "claims": 12,
        "findings": {"error": 1, "warning": 2, "info": 1},
    }
    assert [f["severity"] for f in doc["findings"]] == ["error", "warning", "warning", "info"]
    assert doc["findings"][0]["id"].startswith("sha256:")


@pytest.mark.parametrize("fmt", FORMATS)
def test_dispatch_renders_every_format(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_OUTPUT", raising=False)
    out = render(sample_result(), fmt)
    assert "CF302" in out and "3 ноября 2023 года" in out


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(Result(), "pdf")


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, ""), ("2023-11-03", "2023-11-03"), (5000000, "5,000,000"), (5000000.0, "5,000,000"),
     (3.1, "3.1"), ([4.3, 4.5], "4.3–4.5"), (61, "61"), (1400, "1400"), (88.0, "88")],
)  # fmt: skip
def test_fmt_value(value: object, shown: str) -> None:
    assert fmt_value(value) == shown  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "rel"),
    [("drafts/a.md", "drafts/a.md"), ("./drafts/a.md", "drafts/a.md"), ("drafts\\a.md", "drafts/a.md"),
     ("/elsewhere/x.md", "/elsewhere/x.md")],
)  # fmt: skip
def test_rel_path(path: str, rel: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    assert rel_path(path) == rel


def test_rel_path_under_cwd(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    assert rel_path(f"{tmp_path}/corpus/x.txt") == "corpus/x.txt"


def test_explicit_end_position_wins() -> None:
    e = Evidence(path="a", start=0, end=3, line=2, column=3, quote="abc", end_line=2, end_column=9)
    assert end_position(e) == (2, 9)


@pytest.mark.parametrize(
    ("error", "parts"),
    [("a/b.txt: cannot decode", ("a/b.txt", "cannot decode")),
     ("C:\\x\\y.md: bad: worse", ("C:\\x\\y.md", "bad: worse")),
     ("no path here", ("", "no path here"))],
)  # fmt: skip
def test_split_error(error: str, parts: tuple[str, str]) -> None:
    assert split_error(error) == parts


def _claims_items() -> list[tuple[Document, list[LinkedClaim]]]:
    text = "Zirvə 2023-cü il noyabrın 3-də keçirildi.\nXətt 1 milyon tondan 5 milyon tona qədər daşıyır.\n"
    d_quote, q_quote = "2023-cü il noyabrın 3-də", "1 milyon tondan 5 milyon tona"
    ds, qs = text.index(d_quote), text.index(q_quote)
    doc = Document(path="corpus/a.txt", format="txt", text=text, language="az")
    date = Claim(
        kind="date",
        start=ds,
        end=ds + len(d_quote),
        text=d_quote,
        value="2023-11-03",
        precision="day",
    )
    qty = Claim.model_validate(
        {"kind": "quantity", "start": qs, "end": qs + len(q_quote), "text": q_quote, "value": 5000000,
         "from": 1000000, "unit": "t", "qualifier": "up-to"}
    )  # fmt: skip
    return [(doc, [
        LinkedClaim(doc=doc.path, claim=date, subject="ots-summit-10", attribute="date"),
        LinkedClaim(doc=doc.path, claim=qty, subject="baku-tbilisi-kars-railway", attribute="annual-capacity"),
    ])]  # fmt: skip


def test_claims_json_contract() -> None:
    items = _claims_items()
    out = json.loads(render_json(items, []))
    assert out["schema"] == "crossfact.claims/1"
    (doc,) = out["documents"]
    assert (doc["path"], doc["language"], doc["published"]) == ("corpus/a.txt", "az", None)
    date, qty = doc["claims"]
    text = items[0][0].text
    for c in (date, qty):
        assert text[c["start"] : c["end"]] == c["text"]
        for key in (
            "kind",
            "start",
            "end",
            "line",
            "column",
            "text",
            "value",
            "subject",
            "attribute",
        ):
            assert key in c
    assert (date["line"], date["column"], date["value"], date["precision"]) == (
        1,
        7,
        "2023-11-03",
        "day",
    )
    assert (qty["line"], qty["value"], qty["from"], qty["unit"], qty["qualifier"], qty["modality"]) == (
        2, 5000000, 1000000, "t", "up-to", "actual")  # fmt: skip
    assert qty["attribute"] == "annual-capacity"


def test_claims_text() -> None:
    out = render_text(_claims_items(), ["x.pdf: unreadable"])
    lines = out.splitlines()
    assert lines[0] == "x.pdf: unreadable"
    assert lines[1] == "corpus/a.txt [az, undated] 2 claims"
    assert "1000000→5000000" in lines[3] and "@baku-tbilisi-kars-railway" in lines[3]
