"""End to end through the real extractor: drafts in az/en/ru against an Azerbaijani corpus,
with the traps named in issue #4."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfact.config import Settings
from crossfact.sources import load_documents
from crossfact.verifier import verify

CORPUS = {
    "a.txt": (
        "date 2024-05-10\n\n"
        "Türk Dövlətləri Təşkilatının X Zirvə görüşü 2023-cü il noyabrın 3-də Astanada keçirilib.\n\n"
        "Qazaxıstan Prezidenti Kasım-Jomart Tokayev 2024-cü il martın 11-də Azərbaycana dövlət səfərinə gəlib.\n\n"
        "Bakı-Tbilisi-Qars dəmir yolunun illik ötürücülük qabiliyyətinin 1 milyon tondan 5 milyon tona "
        "qədər artırılması nəzərdə tutulur.\n\n"
        "2023-cü ildə Azərbaycan ilə Çin arasında ticarət dövriyyəsi 3,1 milyard dollar olub.\n"
    ),
    "b.txt": (
        "date 2025-10-09\n\n"
        "Türk Dövlətləri Təşkilatının XII Zirvə görüşü 2025-ci il oktyabrın 7-də Qəbələdə keçirilib.\n\n"
        "Azərbaycan ilə Qazaxıstan arasında diplomatik əlaqələr 1992-ci il avqustun 30-da qurulub.\n"
    ),
}


def run(tmp_path: Path, draft: str, name: str = "draft.md"):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for fname, text in CORPUS.items():
        (corpus / fname).write_text(text, encoding="utf-8")
    d = tmp_path / name
    d.write_text(draft, encoding="utf-8")
    checked, e1 = load_documents([d])
    docs, e2 = load_documents([corpus])
    assert not e1 and not e2
    res = verify(checked, docs, Settings())
    return sorted(f.code for f in res.findings if f.severity in ("error", "warning"))


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # summit date one day off, in three languages
        (
            "Türk Dövlətləri Təşkilatının X Zirvə görüşü 2023-cü il noyabrın 4-də Astanada keçirilib.",
            ["CF302"],
        ),
        (
            "The 10th summit of the Organization of Turkic States was held in Astana on 4 November 2023.",
            ["CF302"],
        ),
        (
            "Десятый саммит Организации тюркских государств прошёл в Астане 4 ноября 2023 года.",
            ["CF302"],
        ),
        # the same date agrees, in three languages
        (
            "The 10th summit of the Organization of Turkic States was held in Astana on 3 November 2023.",
            [],
        ),
        ("Десятый саммит Организации тюркских государств прошёл в Астане 3 ноября 2023 года.", []),
        # a different summit of the same organisation is never compared
        ("The Organization of Turkic States held its 12th summit in Gabala on 7 October 2025.", []),
        # visit type, in three languages
        (
            "Qazaxıstan Prezidenti Kasım-Jomart Tokayev 2024-cü il martın 11-də Azərbaycana rəsmi səfərə gəlib.",
            ["CF304"],
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev paid an official visit to Azerbaijan on 11 March 2024.",
            ["CF304"],
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев 11 марта 2024 года прибыл в Азербайджан с официальным визитом.",
            ["CF304"],
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev paid a state visit to Azerbaijan on 11 March 2024.",
            [],
        ),
        # achieved vs planned
        (
            "The capacity of the Baku-Tbilisi-Kars railway has already risen from 1 million to 5 million tonnes a year.",
            ["CF306"],
        ),
        # the rounding trap: about 3 billion agrees with 3.1 billion
        ("In 2023 trade between Azerbaijan and China reached about $3 billion.", []),
        (
            "В 2023 году товарооборот между Азербайджаном и Китаем составил около 3 млрд долларов.",
            [],
        ),
        # a different period is never compared
        ("In 2022 trade between Azerbaijan and China reached $2.4 billion.", []),
        # the relations date
        (
            "Diplomatic relations between Azerbaijan and Kazakhstan were established on 31 August 1992.",
            ["CF302"],
        ),
    ],
)
def test_draft_against_azerbaijani_corpus(tmp_path: Path, draft: str, expected: list[str]) -> None:
    assert run(tmp_path, "---\ndate: 2025-11-01\n---\n\n" + draft + "\n") == expected
