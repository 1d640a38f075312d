"""JUnit XML: parses, one failing testcase per finding, counts add up, escaping holds."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from test_reports_sample import sample_result

from crossfact.reports import render
from crossfact.reports.junit_format import classname
from crossfact.verifier.models import DocumentSummary, Evidence, Finding, Result


def parse(result: Result) -> ET.Element:
    return ET.fromstring(render(result, "junit").encode("utf-8"))


def test_one_failing_case_per_finding() -> None:
    result = sample_result()
    root = parse(result)
    failures = root.findall(".//testcase/failure")
    assert len(failures) == len(result.findings)
    assert sorted(f.get("type") or "" for f in failures) == sorted(f.code for f in result.findings)
    # every evidence quote of the date conflict is in the failure body
    date = next(f for f in failures if f.get("type") == "CF302")
    assert "«2023-cü il noyabrın 2-də»" in (date.text or "")
    assert "«3 ноября 2023 года»" in (date.text or "")
    assert "corpus/az/orta-dehliz.txt:4:44" in (date.text or "")


def test_counts_add_up() -> None:
    root = parse(sample_result())
    suites = root.findall("testsuite")
    for s in suites:
        cases = s.findall("testcase")
        assert int(s.get("tests", "-1")) == len(cases)
        assert int(s.get("failures", "-1")) == len(s.findall("testcase/failure"))
        assert int(s.get("errors", "-1")) == len(s.findall("testcase/error"))
    for key in ("tests", "failures", "errors"):
        assert int(root.get(key, "-1")) == sum(int(s.get(key, "0")) for s in suites)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "4", "1")


def test_check_mode_has_one_suite_per_checked_document_plus_errors() -> None:
    root = parse(sample_result())
    names = [s.get("name") for s in root.findall("testsuite")]
    assert names == ["drafts/tokayev-seferi.md", "corpus/broken.pdf"]
    err = root.find(".//testcase/error")
    assert err is not None and err.get("type") == "CF101"
    assert "no text layer" in (err.get("message") or "")


def test_report_mode_lists_clean_documents_as_passing() -> None:
    result = sample_result().model_copy(update={"mode": "report", "errors": []})
    root = parse(result)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert len(suites) == 4
    clean = suites["corpus/en/middle-corridor.txt"]
    (case,) = clean.findall("testcase")
    assert list(case) == []  # passing: no failure/error child
    assert clean.get("tests") == "1" and clean.get("failures") == "0"


def test_case_identity() -> None:
    root = parse(sample_result())
    pairs = [(c.get("classname"), c.get("name")) for c in root.iter("testcase")]
    assert len(pairs) == len(set(pairs))  # GitLab drops duplicates
    case = next(c for c in root.iter("testcase") if (c.get("name") or "").startswith("CF302"))
    assert case.get("classname") == "crossfact.drafts_tokayev_seferi_md"
    assert case.get("name", "").startswith("CF302 4:43 ")
    assert (case.get("file"), case.get("line")) == ("drafts/tokayev-seferi.md", "4")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("drafts/a.md", "crossfact.drafts_a_md"),
        ("drafts\\2023\\neft.md", "crossfact.drafts_2023_neft_md"),
        ("./x.y.txt", "crossfact.x_y_txt"),
        ("xəbərlər/Ağdam.md", "crossfact.xəbərlər_Ağdam_md"),
    ],
)
def test_classname_has_no_dots_after_prefix(path: str, expected: str) -> None:
    assert classname(path) == expected
    assert "." not in classname(path).removeprefix("crossfact.")


def test_escaping_of_markup_and_control_characters() -> None:
    nasty = 'a <b> & "c" ]]> \x0c\x01 д'
    e = Evidence(
        path="d/<x>.md", start=0, end=len(nasty), line=1, column=1, quote=nasty, role="checked"
    )
    f = Finding(code="CF302", rule="date-conflict", severity="error", message=nasty, evidence=[e])
    result = Result(
        findings=[f.with_id()],
        documents=[DocumentSummary(path="d/<x>.md", language="az", role="checked")],
        mode="check",
    ).recount()
    root = parse(result)  # would raise on bad XML
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("message") == 'a <b> & "c" ]]> \ufffd д'  # \x0c is whitespace
    assert 'a <b> & "c" ]]>' in (failure.text or "")
