"""Day words counted from the publication date, in the three languages."""

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


def test_today_is_not_a_date(tmp_path: Path) -> None:
    """'Bu gün' / 'today' mostly means 'nowadays' in editorial prose."""
    p = tmp_path / "a.md"
    p.write_text(
        "---\ndate: 2025-10-08\n---\n\nBu gün Azərbaycan regionun nəqliyyat qovşağıdır.\n",
        encoding="utf-8",
    )
    assert [c for c in extract_claims(read_document(p)) if c.kind == "date"] == []
