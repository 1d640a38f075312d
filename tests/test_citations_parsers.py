"""Tables for the citation parsers: dates, URLs/DOIs, reference lists, in-text citations,
linking; plus hypothesis crash-freedom and span invariants on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.verifier.citations.context import readings, sentence_bounds
from crossfact.verifier.citations.dates import find_dates, resolve_years
from crossfact.verifier.citations.intext import find_citations
from crossfact.verifier.citations.linking import link_citations, match_url
from crossfact.verifier.citations.models import Entry
from crossfact.verifier.citations.references import find_reference_list
from crossfact.verifier.citations.urls import (
    doi_problem,
    find_dois,
    find_urls,
    normalize_url,
    url_problem,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("14 dekabr 2022", "2022-12-14"),
        ("06 dekabr 2024", "2024-12-06"),
        ("2 mart 2013, s.14", "2013-03-02"),
        ("2023-cü il noyabrın 20-24-də", "2023-11-20/2023-11-24"),
        ("2024-cü il iyulun 3-də", "2024-07-03"),
        ("23 avqust 2023-cü ildə", "2023-08-23"),
        ("3 November 2023", "2023-11-03"),
        ("November 3, 2023", "2023-11-03"),
        ("(2024, March 11)", "2024-03-11"),
        ("Sept. 5, 2021", "2021-09-05"),
        ("3 ноября 2023 года", "2023-11-03"),
        ("в марте 2024 года", "2024-03"),
        ("14.09.2023", "2023-09-14"),
        ("2023-09-14", "2023-09-14"),
        ("İYUN 2021", "2021-06"),
        ("1998-ci ildə", "1998"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    (d,) = find_dates(text)
    assert d.iso() == iso and text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023-cü ildə sammit oldu. Həmin il noyabrın 24-də bəyannamə qəbul edildi.", "2023-11-24"),
        ("In 2022 talks began. On 14 December the leaders met.", "2022-12-14"),
        ("В 2021 году начались переговоры. 12 марта стороны подписали соглашение.", "2021-03-12"),
    ],
)
def test_yearless_dates_take_the_context_year(text: str, iso: str) -> None:
    dates = resolve_years(text, find_dates(text))
    assert dates[-1].iso() == iso and not dates[-1].explicit_year


def test_relative_year_needs_an_anchor() -> None:
    text = "2023-cü ildə başladı. Ötən il noyabrın 24-də görüş oldu."
    assert resolve_years(text, find_dates(text))[-1].year is None
    assert resolve_years(text, find_dates(text), anchor_year=2025)[-1].iso() == "2024-11-24"


@pytest.mark.parametrize("text", ["5 marşrut üzrə", "may be 2 of them", "mart ayı", "[16:14]"])
def test_not_dates(text: str) -> None:
    assert all(d.precision == "year" for d in find_dates(text)) or not find_dates(text)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://president.az/az/articles/view/61059", None),
        ("https://apa.az/xarici-siyaset/x-797219,11", None),
        ("https://yapsuraxani.org.az/azərbaycan-və-mərkəzi", None),
        ("www.example.com/a", None),
        ("http://localhost:8080/a", None),
        ("https:/example.com", "expected"),
        ("https://https://example.com", "twice"),
        ("https://exa..mple.com/a", "host"),
        ("https://nohost/a", "host"),
        ("https://example.com:80a/", "port"),
        ("htps://example.com", "scheme"),
    ],
)
def test_url_problem(url: str, problem: str | None) -> None:
    got = url_problem(url)
    assert (got is None) if problem is None else (got is not None and problem in got)


@pytest.mark.parametrize(
    ("doi", "ok"),
    [("10.59849/2957-3882.2024.2.67", True), ("10.1000/xyz", True), ("10.12/abc", False),
     ("10.1234", False), ("11.1234/x", False), ("10.1234/", False)],
)  # fmt: skip
def test_doi_problem(doi: str, ok: bool) -> None:
    assert (doi_problem(doi) is None) is ok


def test_urls_in_markdown_angle_and_bare_forms() -> None:
    text = "a [https://x.az/a\\\\_b](https://x.az/a_b) b (<https://y.az/c>). c https://z.az/d)."
    assert [u.url for u in find_urls(text)] == [
        "https://x.az/a_b",
        "https://y.az/c",
        "https://z.az/d",
    ]
    for u in find_urls(text):
        assert text[u.start : u.end].endswith((")", ">", "d"))


def test_doi_label_followed_by_link_is_not_an_empty_doi() -> None:
    text = "DOI: <https://doi.org/10.59849/2957-3882.2024.2.67>"
    assert [d.doi for d in find_dois(text)] == ["10.59849/2957-3882.2024.2.67"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.Example.az/x/", "http://example.az/x"),
        ("https://a.az/azərbaycan-və-oelkələr", "https://a.az/azerbaycan-ve-olkeler"),
        ("https://a.az/x\\_y", "https://a.az/x_y"),
    ],
)
def test_normalize_url(a: str, b: str) -> None:
    assert normalize_url(a) == normalize_url(b)


def _entry(url: str, i: int = 1) -> Entry:
    return Entry(index=i, start=0, end=1, text="x", url=url)


def test_match_url_prefix_and_typo_but_not_other_article() -> None:
    entries = [
        _entry("https://a.az/news/speca-baki-797219", 1),
        _entry("https://a.az/view/61059", 2),
    ]
    assert match_url("https://a.az/news/speca-baki-797219,11", entries) is entries[0]
    assert match_url("https://a.az/news/speca-bakl-797219", entries) is entries[0]
    assert match_url("https://a.az/view/61060", entries) is None
    assert match_url("https://b.az/view/61059", entries) is None


REFS_AZ = """Mətn [1].

## ƏDƏBİYYAT

Zirvə görüşü keçirilib. /<https://a.example.az/articles/view/1>, 14 dekabr 2022

Əməkdaşlıq yeni mərhələdə.

/[https://b.example.az/xeber/x\\\\_y-2](https://b.example.az/xeber/x_y-2), Aydın Quliyev 11 mart 2024

Quliyev V., Xəzər ölkələri ilə əməkdaşlıq. “Səs” qəzeti, 2 mart 2013, s.14.

<https://c.example.az/news/3.html>

## ABSTRACT

Text in English.
"""


def test_unnumbered_list_with_url_continuation_lines() -> None:
    refs = find_reference_list(REFS_AZ)
    assert refs is not None and not refs.numbered and len(refs.entries) == 3
    e1, e2, e3 = refs.entries
    assert (e1.site, e1.url, e1.date and e1.date.iso()) == (
        "a.example.az",
        "https://a.example.az/articles/view/1",
        "2022-12-14",
    )
    assert e2.authors == ["Quliyev"] and e2.url == "https://b.example.az/xeber/x_y-2"
    assert e2.title == "Əməkdaşlıq yeni mərhələdə"
    assert (
        e3.authors == ["Quliyev"] and e3.site == "Səs" and e3.date and e3.date.iso() == "2013-03-02"
    )
    assert e3.url == "https://c.example.az/news/3.html"
    assert "ABSTRACT" not in REFS_AZ[refs.start : refs.end]


@pytest.mark.parametrize(
    "heading",
    [
        "## References",
        "Bibliography",
        "**İstinadlar**",
        "Mənbələr:",
        "### Литература",
        "Список литературы",
        "5. Sources",
    ],
)
def test_headings(heading: str) -> None:
    text = f"Body [1].\n\n{heading}\n\n1. Smith, J. (2020). Title. Publisher.\n2. Doe, A. (2021). Other. Press.\n"
    refs = find_reference_list(text)
    assert refs is not None and refs.numbered and [e.number for e in refs.entries] == [1, 2]


def test_trailing_numbered_run_without_heading() -> None:
    text = "Body text [2].\n\n1. First source, 2020. https://a.az/1\n2. Second source, 2021. https://a.az/2\n"
    refs = find_reference_list(text)
    assert refs is not None and refs.heading is None and len(refs.entries) == 2


def test_news_feed_category_is_not_a_reference_heading() -> None:
    feed = "Ədəbiyyat\n25 Oktyabr 09:54\nDünya\n25 Oktyabr 09:36\nAnalitik\n25 Oktyabr 09:12\n"
    assert find_reference_list("Xəbər mətni.\n\n" + feed) is None


def test_numbered_section_headings_are_not_a_trailing_list() -> None:
    text = "1. Giriş\n\nMətn 2020-ci ildə.\n\n2. Nəticə\n\nSon söz 2021-ci ildə.\n"
    assert find_reference_list(text) is None


@pytest.mark.parametrize(
    ("text", "kind", "detail"),
    [
        ("x [3] y", "numbered", [3]),
        ("x [3, 5] y", "numbered", [3, 5]),
        ("x [3–5] y", "numbered", [3, 4, 5]),
        ("x [2, с. 14] y", "numbered", [2]),
        ("x (Ömərov, 2013, s.14) y", "author-year", ("Ömərov", 2013)),
        ("x (Prezident.az., 2024) y", "author-year", ("Prezident.az", 2024)),
        ("x (Prezident.az. 2024) y", "author-year", ("Prezident.az", 2024)),
        ("x (“4 Sualda\n\nŞƏT”, 2022) y", "author-year", ("4 Sualda ŞƏT", 2022)),
        ("x (Smith et al., 2020: 14) y", "author-year", ("Smith", 2020)),
        ("x (Иванов и др., 2019) y", "author-year", ("Иванов", 2019)),
        ("x (Aliyev, n.d.) y", "author-year", ("Aliyev", None)),
        ("x (<https://a.az/1>) y", "url", "https://a.az/1"),
    ],
)
def test_citations(text: str, kind: str, detail: object) -> None:
    (c,) = find_citations(text)
    assert c.kind == kind and text[c.start : c.end] == c.text
    got = (
        c.numbers if kind == "numbered" else (c.author, c.year) if kind == "author-year" else c.url
    )
    assert got == detail


@pytest.mark.parametrize(
    "text",
    ["(2022-ci ildə)", "[16:14]", "[1](https://a.az)", "(see above, p. 4)", "(bu il, 2024)", "(since 2020)",
     "[2023]"],
)  # fmt: skip
def test_not_citations(text: str) -> None:
    assert [c for c in find_citations(text) if c.kind != "url"] == []


def test_several_author_year_citations_in_one_parenthesis() -> None:
    cs = find_citations("x (Smith, 2020; Иванов, 2019) y")
    assert [(c.author, c.year) for c in cs] == [("Smith", 2020), ("Иванов", 2019)]


def test_author_year_links_by_site_title_and_author() -> None:
    text = (
        "A (Prezident.az., 2024). B (“Astana sammitinin nəticələri”, 2024). C (Omarov, 2013).\n\n"
        "## Mənbələr\n\n"
        "1. Görüş olub. https://president.az/az/articles/view/1, 4 iyul 2024\n"
        "2. Astana sammitinin nəticələri. https://x.az/2, 5 iyul 2024\n"
        "3. Ömərov V. Xəzər. Bakı, 2013.\n"
    )
    refs = find_reference_list(text)
    links = link_citations(find_citations(text, [(refs.start, refs.end)] if refs else []), refs)
    assert [[e.index for e in lk.entries] for lk in links] == [[1], [2], [3]]


def test_sentence_of_a_citation_on_its_own_line_is_the_previous_one() -> None:
    text = "Birinci cümlə. İkinci cümlə burada bitir.\n\n(Məmmədov, 2024).\n"
    c = find_citations(text)[0]
    s, e = sentence_bounds(text, c.start, c.end)
    assert text[s:e].startswith("İkinci cümlə")


@pytest.mark.parametrize(
    ("tok", "vals"),
    [
        ("3,1", {3.1}),
        ("3.1", {3.1}),
        ("1.000", {1.0, 1000.0}),
        ("1,000", {1.0, 1000.0}),
        ("15", {15.0}),
        ("7 000", {7000.0}),
    ],
)
def test_number_readings(tok: str, vals: set[float]) -> None:
    assert readings(tok) == vals


# --- hypothesis: the parsers never crash and every span points into the text -------------

_ALPHABET = st.sampled_from(
    [
        *list("abcəğıİöşüçАБВжя ,.;:()[]<>/\\-–“”\"'\n#*_0123456789"),
        "https://",
        "doi:",
        "10.",
        "noyabr",
        "2023",
        "[1]",
        "(X, 2020)",
        "## References\n",
    ]
)
TEXTS = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_parsers_do_not_crash_and_spans_hold(text: str) -> None:
    for d in resolve_years(text, find_dates(text), 2024):
        assert text[d.start : d.end] == d.text
    for c in find_citations(text):
        assert text[c.start : c.end] == c.text
    for u in find_urls(text):
        assert 0 <= u.start <= u.url_start <= u.url_end <= u.end <= len(text)
    for d2 in find_dois(text):
        assert text[d2.start : d2.end].replace("\\", "") == d2.doi.replace("\\", "") or d2.doi
    refs = find_reference_list(text)
    if refs is not None:
        for e in refs.entries:
            assert text[e.start : e.end] == e.text
    link_citations(find_citations(text), refs)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_check_citations_does_not_crash(text: str) -> None:
    from crossfact.sources.models import Document
    from crossfact.verifier.citations import check_citations

    doc = Document(path="h.md", format="md", text=text)
    for f in check_citations([doc], {}, [doc]):
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.quote


def test_markdown_footnotes_are_citations_and_entries() -> None:
    text = (
        "The port grew[^1] and the line opened[^rail].\n\n"
        "[^1]: Port report. https://p.example.com/1, 3 May 2024\n"
        "[^rail]: Rail news, 2023.\n"
    )
    refs = find_reference_list(text)
    assert refs is not None and refs.footnotes
    assert [(e.label, e.number) for e in refs.entries] == [("1", 1), ("rail", None)]
    cites = find_citations(text, refs.spans())
    assert [c.label for c in cites if c.kind == "footnote"] == ["1", "rail"]
    assert all(lk.entries for lk in link_citations(cites, refs) if lk.citation.kind == "footnote")


def test_adjacent_numbered_citations_but_not_reference_links() -> None:
    assert [c.numbers for c in find_citations("grew.[1][2] fell [3]")] == [[1], [2], [3]]
    assert find_citations("see [the report][1] now") == []
