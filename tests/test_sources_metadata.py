"""Title, publication date (header lines only), authors, DOI and URL."""

from __future__ import annotations

import datetime as dt

import pytest

from crossfact.sources.loader import build_document
from crossfact.sources.metadata import find_header_date

BODY = "Azərbaycan və Qazaxıstan arasında yeni saziş imzalanıb. Saziş 2026-cı ildə qüvvəyə minəcək."


@pytest.mark.parametrize(
    ("header", "date", "recorded"),
    [
        ("23.10.2025 [16:14]", dt.date(2025, 10, 23), "23.10.2025 [16:14]"),
        ("date 2025-10-22 Başlıq mətni burada", dt.date(2025, 10, 22), "date 2025-10-22"),
        ("Tarix: 2024-03-01", dt.date(2024, 3, 1), "Tarix: 2024-03-01"),
        ("22 oktyabr, 2025", dt.date(2025, 10, 22), "22 oktyabr, 2025"),
        ("- 22 oktyabr, 2025", dt.date(2025, 10, 22), "22 oktyabr, 2025"),
        ("2025-10-22", dt.date(2025, 10, 22), "2025-10-22"),
        ("October 22, 2025", dt.date(2025, 10, 22), "October 22, 2025"),
        ("Published: 5 Nov 2024, 09:30", dt.date(2024, 11, 5), "5 Nov 2024, 09:30"),
        ("22 октября 2025 г.", dt.date(2025, 10, 22), "22 октября 2025"),
        ("Bakı, 3 noyabr 2023", dt.date(2023, 11, 3), "3 noyabr 2023"),
        # bylines with a desk or title, a weekday, or an az/ru label
        (
            "By Nina Roberts, Travel Desk | Sunday 19 October 2025",
            dt.date(2025, 10, 19),
            "19 October 2025",
        ),
        ("By Aidan Farrell, Senior Fellow | 24 June 2025", dt.date(2025, 6, 24), "24 June 2025"),
        ("Müsahibə: Günel Əlizadə | 3 mart 2025", dt.date(2025, 3, 3), "3 mart 2025"),
        ("Интервью: Лейла Ахмедова | 10 сентября 2024", dt.date(2024, 9, 10), "10 сентября 2024"),
        # fields between bars, an issue's date, a day-first numeric date
        (
            "Southwark Crown Court | Court reporter | Friday 14 March 2025",
            dt.date(2025, 3, 14),
            "14 March 2025",
        ),
        ("EDUCATION | 19 June 2025 | By staff reporter", dt.date(2025, 6, 19), "19 June 2025"),
        ("Issue for the week ending 21 March 2025", dt.date(2025, 3, 21), "21 March 2025"),
        ("Posted: 04/11/2024, 7:45 am", dt.date(2024, 11, 4), "04/11/2024, 7:45"),
        # a credit line closing on its date
        (
            "Обзор подготовлен аналитическим отделом «Вестника», 28 июля 2025 г.",
            dt.date(2025, 7, 28),
            "28 июля 2025",
        ),
        (
            "Prepared by the research unit of the Caspian Review, 2 May 2025.",
            dt.date(2025, 5, 2),
            "2 May 2025",
        ),
    ],
)
def test_header_dates(header: str, date: dt.date, recorded: str) -> None:
    text = f"Sınaq başlığı\n{header}\n{BODY}\n"
    doc = build_document("a.txt", text)
    assert doc.published == date
    assert doc.metadata.published_text == recorded
    s, e = doc.metadata.published_span or (0, 0)
    assert text[s:e] == recorded


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a body sentence is an event, not the publication date
        "Başlıq\nPrezident 2025-ci il oktyabrın 21-də, yəni 21.10.2025 tarixində Astanaya gəlib "
        "və orada çoxlu görüşlər keçirib, sazişlər imzalayıb.\n",
        # a short body sentence closing on a date is no credit line
        "Başlıq\nThe port, built in 2019, reopened on 2 May 2025.\nMətn.\n",
        # impossible calendar dates
        "Başlıq\n31.02.2025\nMətn.\n",
        # a DOI's year segment is not a publication date
        "DOI: https://doi.org/10.59849/2957-3882.2024.2.67\nBaşlıq\nMətn burada gedir.\n",
    ],
)
def test_no_date_is_invented(text: str) -> None:
    doc = build_document("a.txt", text)
    assert doc.published is None


def test_only_header_lines_are_searched() -> None:
    filler = "".join(f"Cümlə nömrəsi {i} burada yazılıb.\n" for i in range(20))
    assert find_header_date(f"Başlıq\n{filler}23.10.2025\n") is None


def test_doi_url_title_and_signature() -> None:
    text = (
        "DOI: <https://doi.org/10.59849/2957-3882.2024.2.67>\n\n"
        "UOT: 327\n\n"
        "## ORTA DƏHLİZİN PERSPEKTİVLƏRİ\n\n"
        "Orta Dəhliz üzrə yükdaşımalar 2023-cü ildə 88 faiz artıb. Bu barədə rəsmi məlumat var.\n\n"
        "Aysel Quliyeva\n"
    )
    doc = build_document("a.txt", text)
    m = doc.metadata
    assert m.doi == "10.59849/2957-3882.2024.2.67"
    assert m.url == "https://doi.org/10.59849/2957-3882.2024.2.67"
    assert m.title == "ORTA DƏHLİZİN PERSPEKTİVLƏRİ"
    assert m.authors == ["Aysel Quliyeva"]
    assert m.published is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Orta Dəhliz yükləri artır\n23.10.2025 [16:14]\n" + BODY, "Orta Dəhliz yükləri artır"),
        (
            " date 2025-10-22 Bakı limanı genişlənir - ŞƏRH\n- 15:07\n" + BODY,
            "Bakı limanı genişlənir - ŞƏRH",
        ),
        ("Giriş\n\n" + BODY, None),  # a section name is not a title
        (BODY, None),
    ],
)
def test_titles(text: str, title: str | None) -> None:
    assert build_document("a.txt", text).metadata.title == title


def test_signature_needs_a_name_shape() -> None:
    doc = build_document("a.txt", BODY + "\nYAP rayon təşkilatının sədri\n")
    assert doc.metadata.authors == []
