"""Subject linking: the frame of a claim decides what it is about."""

from __future__ import annotations

import pytest

from crossfact.verifier.kb import load_kb
from crossfact.verifier.linking import link_document

from .helpers import claim, make_doc

KB = load_kb()


def subjects(doc, claims):
    return [(lc.subject, lc.attribute) for lc in link_document(doc, claims, KB, all_links=True)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "expected"),
    [
        (
            "Türk Dövlətləri Təşkilatının X Zirvə görüşü 2023-cü il noyabrın 3-də Astanada keçirildi.",
            "2023-cü il noyabrın 3-də",
            "2023-11-03",
            ("ots-summit-10", "date"),
        ),
        (
            "The 10th summit of the Organization of Turkic States was held in Astana on 3 November 2023.",
            "3 November 2023",
            "2023-11-03",
            ("ots-summit-10", "date"),
        ),
        (
            "Десятый саммит Организации тюркских государств прошёл в Астане 3 ноября 2023 года.",
            "3 ноября 2023 года",
            "2023-11-03",
            ("ots-summit-10", "date"),
        ),
        (
            "ŞƏT-in Zirvə görüşü 2022-ci il sentyabrın 16-da Səmərqənddə keçirilib.",
            "2022-ci il sentyabrın 16-da",
            "2022-09-16",
            ("sco-summit-2022", "date"),
        ),
        (
            "Azərbaycan ilə Qazaxıstan arasında diplomatik əlaqələr 1992-ci il avqustun 30-da qurulub.",
            "1992-ci il avqustun 30-da",
            "1992-08-30",
            ("relations:azerbaijan+kazakhstan", "established"),
        ),
    ],
)
def test_event_dates_link_to_their_event(text, quote, value, expected) -> None:
    lang = "ru" if "саммит" in text else "en" if "summit of" in text else "az"
    doc = make_doc("a.txt", text, lang)
    claims = [claim(doc, quote, "date", value)]
    if "X Zirvə" in text:
        claims.append(claim(doc, "X", "category", 10, attribute="meeting-ordinal"))
    if "10th" in text:
        claims.append(claim(doc, "10th", "category", 10, attribute="meeting-ordinal"))
    if "Десятый" in text:
        claims.append(claim(doc, "Десятый", "category", 10, attribute="meeting-ordinal"))
    assert expected in subjects(doc, sorted(claims, key=lambda c: c.start))


def test_summit_without_identifier_stays_unlinked() -> None:
    doc = make_doc("a.txt", "TDT sammitində 2025-ci il oktyabrın 7-də mühüm qərarlar qəbul edildi.")
    got = subjects(doc, [claim(doc, "2025-ci il oktyabrın 7-də", "date", "2025-10-07")])
    assert got == [(None, None)]


def test_visit_date_is_the_arrival_for_the_summit_in_the_next_sentence() -> None:
    doc = make_doc(
        "a.txt",
        "2023-cü il noyabrın 2-də Prezident İlham Əliyev Qazaxıstana səfər edib. "
        "O, Türk Dövlətləri Təşkilatının Astanada keçirilən 10-cu Zirvə görüşündə iştirak edib.",
    )
    claims = [
        claim(doc, "2023-cü il noyabrın 2-də", "date", "2023-11-02"),
        claim(doc, "10-cu", "category", 10, attribute="meeting-ordinal"),
    ]
    got = subjects(doc, claims)
    assert ("visit:azerbaijan>kazakhstan", "date") in got
    assert ("ots-summit-10", "visit-date") in got


def test_visit_type_links_visitor_and_host() -> None:
    doc = make_doc(
        "a.txt",
        "Qazaxıstan Prezidenti Kasım-Jomart Tokayev 2024-cü il martın 11-də ölkəmizə rəsmi səfərə gəlib.",
    )
    claims = [
        claim(doc, "2024-cü il martın 11-də", "date", "2024-03-11"),
        claim(doc, "rəsmi səfərə", "category", "official", attribute="visit-type"),
    ]
    got = subjects(doc, claims)
    assert ("visit:kazakhstan>azerbaijan", "visit-type") in got


@pytest.mark.parametrize(
    ("text", "quote", "unit", "expected"),
    [
        (
            "Bakı-Tbilisi-Qars dəmir yolunun illik ötürücülük qabiliyyəti 5 milyon tona çatıb.",
            "5 milyon tona",
            "t",
            ("baku-tbilisi-kars-railway", "annual-capacity"),
        ),
        (
            "Bakı-Tbilisi-Qars dəmir yolunun yenilənməsi davam edir. Bu yol ilə daşınan yüklərin həcmi 5 milyon tona çatacaq.",
            "5 milyon tona",
            "t",
            ("baku-tbilisi-kars-railway", "cargo-volume"),
        ),
        (
            "2023-cü ildə Azərbaycan ilə Çin arasında ticarət dövriyyəsi 3,1 milyard dollar olub.",
            "3,1 milyard dollar",
            "USD",
            ("trade:azerbaijan+china", "trade-turnover"),
        ),
    ],
)
def test_figures_link_to_entity_and_measure(text, quote, unit, expected) -> None:
    doc = make_doc("a.txt", text)
    kind = "money" if unit == "USD" else "quantity"
    value = 3.1e9 if unit == "USD" else 5e6
    got = subjects(doc, [claim(doc, quote, kind, value, unit=unit)])
    assert expected in got


def test_figure_with_no_entity_is_not_linked() -> None:
    doc = make_doc(
        "a.txt", "Daşımaların həcminin 15 milyon tona qədər artırılması üzərində iş gedir."
    )
    got = subjects(doc, [claim(doc, "15 milyon tona", "quantity", 1.5e7, unit="t")])
    assert got == [(None, None)]


def test_different_council_is_a_different_subject() -> None:
    doc = make_doc(
        "a.txt",
        "Prezident İlham Əliyev və Qırğızıstan Prezidenti Sadır Japarovun iştirakı ilə "
        "Dövlətlərarası Şuranın ikinci iclası 2024-cü il aprelin 24-də keçirilib.",
    )
    claims = [
        claim(doc, "ikinci", "category", 2, attribute="meeting-ordinal"),
        claim(doc, "2024-cü il aprelin 24-də", "date", "2024-04-24"),
    ]
    got = subjects(doc, claims)
    assert ("council:azerbaijan+kyrgyzstan#2", "date") in got
