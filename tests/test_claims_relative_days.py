"""Day and week words counted from the publication date, in the three languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfact.claims import extract_claims
from crossfact.sources import read_document


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Zirvə görüşü dünən Qəbələdə keçirilib.", "dünən", "2025-10-07"),
        ("Sənəd srağagün imzalanıb.", "srağagün", "2025-10-06"),
        ("The summit was held in Gabala yesterday.", "yesterday", "2025-10-07"),
        ("Саммит прошёл вчера в Габале.", "вчера", "2025-10-07"),
        ("Документ подписали позавчера.", "позавчера", "2025-10-06"),
        ("Dünənki iclasda 5 məsələ müzakirə olunub.", "Dünənki", "2025-10-07"),
        # 8 October 2025 is a Wednesday: its week runs from Monday 6 to Sunday 12
        ("Komissiya ötən həftə toplanıb.", "ötən həftə", "2025-09-29/2025-10-05"),
        ("Bu həftə 3 gəmi yola salınıb.", "Bu həftə", "2025-10-06/2025-10-12"),
        ("Sənəd gələn həftə imzalanacaq.", "gələn həftə", "2025-10-13/2025-10-19"),
        ("The bank raised rates last week.", "last week", "2025-09-29/2025-10-05"),
        ("Talks resumed earlier this week.", "earlier this week", "2025-10-06/2025-10-12"),
        ("Next week's meeting will decide.", "Next week's", "2025-10-13/2025-10-19"),
        ("На прошлой неделе цены выросли.", "На прошлой неделе", "2025-09-29/2025-10-05"),
        ("Решение примут на следующей неделе.", "на следующей неделе", "2025-10-13/2025-10-19"),
    ],
)
def test_day_words_count_from_the_publication_date(
    tmp_path: Path, text: str, quote: str, value: str
) -> None:
    p = tmp_path / "a.md"
    p.write_text(f"---\ndate: 2025-10-08\n---\n\n{text}\n", encoding="utf-8")
    dates = [c for c in extract_claims(read_document(p)) if c.kind == "date" and c.text == quote]
    assert [(d.value, d.precision, d.resolution) for d in dates] == [(value, "day", "relative")]


@pytest.mark.parametrize(
    "text", ["Zirvə görüşü dünən keçirilib.", "The summit was held yesterday."]
)
def test_day_words_date_nothing_without_a_publication_date(tmp_path: Path, text: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(text + "\n", encoding="utf-8")
    assert [c for c in extract_claims(read_document(p)) if c.kind == "date"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Аккредитация продлится до конца текущей недели.",
        "The results are due by the end of next week.",
        "Qərar bu həftənin sonunda veriləcək.",
    ],
)
def test_part_of_a_week_is_no_week(tmp_path: Path, text: str) -> None:
    p = tmp_path / "a.md"
    p.write_text(f"---\ndate: 2025-10-08\n---\n\n{text}\n", encoding="utf-8")
    assert [c.text for c in extract_claims(read_document(p)) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a year-less dateline whose year the text tells ("2025–2026 годов" in autumn)
        (
            "БАКУ, 14 октября. Позавчера прививку получили 5 тысяч человек. Для кампании"
            " 2025–2026 годов завезено 1,2 млн доз.",
            "Позавчера",
            "2025-10-12",
        ),
        (
            "BAKU, March 4 (Wire) - The deal was signed in 2026 after talks that began last week.",
            "last week",
            "2026-02-23/2026-03-01",
        ),
    ],
)
def test_day_words_count_from_a_year_less_dateline(
    tmp_path: Path, text: str, quote: str, value: str
) -> None:
    p = tmp_path / "a.txt"
    p.write_text(text + "\n", encoding="utf-8")
    dates = {c.text: c.value for c in extract_claims(read_document(p)) if c.kind == "date"}
    assert dates.get(quote) == value, dates


def test_today_is_not_a_date(tmp_path: Path) -> None:
    """'Bu gün' / 'today' mostly means 'nowadays' in editorial prose."""
    p = tmp_path / "a.md"
    p.write_text(
        "---\ndate: 2025-10-08\n---\n\nBu gün Azərbaycan regionun nəqliyyat qovşağıdır.\n",
        encoding="utf-8",
    )
    assert [c for c in extract_claims(read_document(p)) if c.kind == "date"] == []
