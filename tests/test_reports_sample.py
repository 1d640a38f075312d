"""A small, realistic Result built by hand for the formatter tests and golden files.

Evidence spans are computed from short articles written for these tests (az/en/ru), so
every quote is exactly ``text[start:end]`` of its article and lines/columns are real.
Other report tests import :func:`sample_result` and :data:`SAMPLE_RULES` from here.
"""

from __future__ import annotations

import pytest

from crossfact.text import line_col
from crossfact.verifier.models import (
    Corroboration,
    DocumentSummary,
    Evidence,
    Finding,
    Result,
    Summary,
)
from crossfact.verifier.rules import Rule

DRAFT = "drafts/tokayev-seferi.md"
AZ = "corpus/az/orta-dehliz.txt"
EN = "corpus/en/middle-corridor.txt"
RU = "corpus/ru/sammit-ots.txt"

TEXTS = {
    DRAFT: (
        "# Tokayevin Bakı səfəri\n"
        "\n"
        "Qazaxıstan Prezidenti 2025-ci il oktyabrın 22-də Bakıya dövlət səfəri edib.\n"
        "Xatırladaq ki, TDT-nin 10-cu Zirvə görüşü 2023-cü il noyabrın 2-də Astanada olub.\n"
        "Bakı-Tbilisi-Qars xəttinin illik ötürmə qabiliyyəti artıq 5 milyon tona çatdırılıb "
        "(Məmmədov, 2021).\n"
        "Ötən ay limandan Altmış bir konteyner yola salınıb.\n"
    ),
    AZ: (
        "Orta Dəhliz: yeni mərhələ\n"
        "22 oktyabr, 2025\n"
        "\n"
        "Türk Dövlətləri Təşkilatının 10-cu Zirvəsi 2023-cü il noyabrın 3-də Astanada\n"
        "keçirildi. Bakı-Tbilisi-Qars dəmir yolunun ötürmə qabiliyyətinin 2026-cı ilədək 5 milyon\n"
        "tona çatdırılması proqnozlaşdırılır.\n"
    ),
    EN: (
        "The Middle Corridor after Astana\n"
        "date 2025-10-23\n"
        "\n"
        "President Tokayev paid a state visit to Baku in October 2025. "
        "Rail cargo on the route keeps growing.\n"
    ),
    RU: (
        "Саммит ОТГ в Астане\n"
        "\n"
        "Десятый саммит Организации тюркских государств состоялся 3 ноября 2023 года в Астане.\n"
    ),
}


def ev(path: str, quote: str, value: object, role: str, nth: int = 0) -> Evidence:
    text = TEXTS[path]
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    line, col = line_col(text, start)
    end_line, end_col = line_col(text, end)
    return Evidence(
        path=path, start=start, end=end, line=line, column=col, quote=quote,
        value=value, role=role, end_line=end_line, end_column=end_col,
        context_before=text[max(0, start - 30) : start].split("\n")[-1] or None,
        context_after=text[end : end + 30].split("\n")[0] or None,
    )  # fmt: skip


SAMPLE_RULES = {
    "CF301": Rule("CF301", "unverified-claim", "info", "A draft claim no article confirms.\n\nWhat it does:\n    Lists claims nothing can compare with.\n"),
    "CF302": Rule("CF302", "date-conflict", "error", "Two articles give different dates for one event.\n\nWhat it does:\n    Compares event dates by precision.\n\nWhy it matters:\n    Dates drift (`2` vs `3 noyabr`).\n\nExample:\n    `noyabrın 2-də` vs `noyabrın 3-də`.\n"),
    "CF306": Rule("CF306", "status-conflict", "warning", "A figure is achieved in one article and forecast in another.\n\nWhy it matters:\n    A target reported as done misleads readers.\n"),
    "CF401": Rule("CF401", "dangling-citation", "warning", "An in-text citation has no bibliography entry.\n\nExample:\n    `(Məmmədov, 2021)` with no reference list.\n"),
}  # fmt: skip


def sample_result() -> Result:
    date = Finding(
        code="CF302",
        rule="date-conflict",
        severity="error",
        message="OTS 10th summit: 2023-11-02 here, 2023-11-03 in 2 corpus articles",
        subject="ots-summit-10",
        attribute="date",
        evidence=[
            ev(DRAFT, "2023-cü il noyabrın 2-də", "2023-11-02", "checked"),
            ev(AZ, "2023-cü il noyabrın 3-də", "2023-11-03", "corpus"),
            ev(RU, "3 ноября 2023 года", "2023-11-03", "corpus"),
        ],
    ).with_id()
    status = Finding(
        code="CF306",
        rule="status-conflict",
        severity="warning",
        message="Baku-Tbilisi-Kars annual capacity: 5 Mt achieved here, forecast in corpus",
        subject="baku-tbilisi-kars-railway",
        attribute="annual-capacity",
        evidence=[
            ev(DRAFT, "5 milyon tona", 5000000, "checked"),
            ev(AZ, "5 milyon\ntona", 5000000.0, "corpus"),
        ],
    ).with_id()
    citation = Finding(
        code="CF401",
        rule="dangling-citation",
        severity="warning",
        message="Citation (Məmmədov, 2021) has no entry in a bibliography",
        evidence=[ev(DRAFT, "(Məmmədov, 2021)", None, "checked")],
    ).with_id()
    unverified = Finding(
        code="CF301",
        rule="unverified-claim",
        severity="info",
        message="61 containers: no corpus article mentions this figure",
        subject="alat-port",
        attribute="containers-dispatched",
        evidence=[ev(DRAFT, "Altmış bir konteyner", 61, "checked")],
    ).with_id()
    result = Result(
        findings=[unverified, citation, status, date],
        corroborations=[
            Corroboration(
                subject="tokayev-visit-2025-10",
                attribute="visit-type",
                value="state",
                sources=[DRAFT, EN],
                evidence=[
                    ev(DRAFT, "dövlət səfəri", "state", "checked"),
                    ev(EN, "state visit", "state", "corpus"),
                ],
            ),
        ],
        documents=[
            DocumentSummary(path=DRAFT, language="az", published=None, claims=5, role="checked"),
            DocumentSummary(path=AZ, language="az", published="2025-10-22", claims=4),
            DocumentSummary(path=EN, language="en", published="2025-10-23", claims=2),
            DocumentSummary(path=RU, language="ru", published=None, claims=1),
        ],
        errors=["corpus/broken.pdf: no text layer (scanned PDF?); export it as .txt or run OCR"],
        summary=Summary(documents=4, claims=12),
        mode="check",
        suppressed=1,
    )
    return result.recount()


def test_sample_spans_point_into_the_articles() -> None:
    result = sample_result()
    evidence = [e for f in result.findings for e in f.evidence]
    evidence += [e for c in result.corroborations for e in c.evidence]
    assert len(evidence) == 9
    for e in evidence:
        text = TEXTS[e.path]
        assert text[e.start : e.end] == e.quote
        assert line_col(text, e.start) == (e.line, e.column)


def test_sample_counts() -> None:
    assert sample_result().summary.findings == {"error": 1, "warning": 2, "info": 1}


@pytest.mark.parametrize("code", sorted(SAMPLE_RULES))
def test_sample_rules_have_sections(code: str) -> None:
    assert SAMPLE_RULES[code].doc.splitlines()[0].endswith(".")
