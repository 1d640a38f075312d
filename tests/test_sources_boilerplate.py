"""News feeds, page numbers, running headers and links are excluded from claims."""

from __future__ import annotations

import pytest

from crossfact.sources.boilerplate import find_boilerplate, is_datetime_line
from crossfact.sources.loader import build_document

ARTICLE = (
    "Bakı limanı genişlənir\n"
    "Bakı Beynəlxalq Dəniz Ticarət Limanı ötən il 15 milyon ton yük qəbul edib. "
    "Liman rəhbərliyi yeni terminalın 2026-cı ildə açılacağını bildirib.\n"
    "Rəşad Əliyev\n"
    "Xəbər saytının müxbiri\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("26 Oktyabr 18:41", True),
        ("26 oktyabr 2025, 18:41", True),
        ("18:41", True),
        ("25.10.2025 [09:12]", True),
        ("Bu gün, 14:05", True),
        ("Oct 26, 18:41", True),
        ("26 октября 18:41", True),
        ("26 Mərtəbə 18:41", False),  # not a month
        ("Dünya", False),
        ("26 Oktyabr", False),  # a date without a time is not a feed stamp
    ],
)
def test_datetime_lines(line: str, expected: bool) -> None:
    assert is_datetime_line(line) is expected


def _feed(header: list[str], items: list[tuple[str, str]], category_first: bool = True) -> str:
    lines = list(header)
    for stamp, cat in items:
        lines += [cat, stamp] if category_first else [stamp, cat]
    return "\n".join(lines) + "\n"


ITEMS = [("26 Oktyabr 18:41", "Dünya"), ("26 Oktyabr 18:36", "İdman"),
         ("26 Oktyabr 17:45", "Dünya"), ("25 Oktyabr 23:21", "Siyasət")]  # fmt: skip


@pytest.mark.parametrize(
    ("feed", "lang"),
    [
        (_feed(["Xəbər lenti", "Hamısına bax"], ITEMS), "az"),
        (_feed([], ITEMS), "az"),
        (_feed([], ITEMS, category_first=False), "az"),
        (
            _feed(
                ["Related"],
                [
                    ("Oct 26, 18:41", "World"),
                    ("Oct 26, 17:02", "Business"),
                    ("Oct 25, 09:15", "World"),
                ],
            ),
            "en",
        ),
        (
            _feed(
                ["Последние новости"],
                [
                    ("26 октября 18:41", "Мир"),
                    ("26 октября 17:02", "Спорт"),
                    ("25 октября 09:15", "Мир"),
                ],
            ),
            "ru",
        ),
    ],
)
def test_trailing_feed_is_excluded_and_signature_kept(feed: str, lang: str) -> None:
    text = ARTICLE + feed
    doc = build_document("a.txt", text)
    feeds = [e for e in doc.excluded if e.reason == "news-feed"]
    assert len(feeds) == 1
    start = text.index(feed.strip().splitlines()[0])
    assert (feeds[0].start, feeds[0].end) == (start, len(text.rstrip()))
    # the signature after the article is content, not boilerplate
    assert not doc.is_excluded(text.index("Rəşad"), text.index("müxbiri") + 7)
    assert doc.metadata.authors == ["Rəşad Əliyev"]
    assert all(s.end <= start for s in doc.sentences)


def test_two_timestamps_are_not_a_feed() -> None:
    text = ARTICLE + "Görüş 10:00\nDünya\nNahar 13:30\n"
    assert not [e for e in find_boilerplate(text) if e.reason == "news-feed"]


def test_page_numbers_and_running_headers() -> None:
    page = "Xəzər Araşdırmaları Jurnalı, 2024, №2\n{body}\n{n}\n"
    bodies = [
        "Orta Dəhliz üzrə daşımalar artır və yeni marşrutlar açılır.",
        "Ələt limanında ikinci mərhələnin tikintisi davam edir.",
        "Bakı-Tbilisi-Qars xəttinin yenilənməsi başa çatıb.",
    ]
    text = "".join(page.format(body=b, n=i + 7) for i, b in enumerate(bodies))
    ex = find_boilerplate(text, "pdf")
    excluded_text = {text[e.start : e.end] for e in ex}
    assert excluded_text == {"Xəzər Araşdırmaları Jurnalı, 2024, №2", "7", "8", "9"}


@pytest.mark.parametrize("line", ["Page 3 of 12", "- 14 -", "Səh. 5", "Стр. 8"])
def test_labelled_page_numbers(line: str) -> None:
    text = f"Mətn burada yazılıb və davam edir.\n{line}\nDaha bir cümlə burada.\n"
    assert [text[e.start : e.end] for e in find_boilerplate(text, "txt")] == [line]


def test_numbers_that_are_not_pages_are_kept() -> None:
    text = "Cədvəl:\n2023\nİxrac 15 faiz artıb.\n"
    assert find_boilerplate(text, "txt") == []


def test_links_and_dois_are_markup() -> None:
    text = (
        "Mənbə: https://president.az/az/articles/view/65301, 11 mart 2024; doi 10.1234/abc.2024.5."
    )
    got = [text[e.start : e.end] for e in find_boilerplate(text)]
    assert got == ["https://president.az/az/articles/view/65301", "10.1234/abc.2024.5"]
