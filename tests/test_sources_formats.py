"""One table per format: what each reader keeps, excludes and marks as structure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crossfact.sources import read_document
from crossfact.sources.loader import SourceReadError

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _sentence_texts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join(doc.text[s.start : s.end].split()) for s in doc.sentences]


@pytest.mark.parametrize(
    ("name", "fmt", "lang", "text"),
    [
        (
            "a.txt",
            "txt",
            "az",
            "Bakı limanı 2024-cü ildə 15 milyon ton yük qəbul edib.\r\nİkinci cümlə.\r\n",
        ),
        ("b.txt", "txt", "en", "The port handled 15 million tonnes in 2024.\nA second sentence.\n"),
        ("c.txt", "txt", "ru", "Порт принял 15 млн тонн груза в 2024 г.\nВторое предложение.\n"),
        ("d.markdown", "md", "en", "# Title here\n\nThe port handled 15 million tonnes.\n"),
    ],
)
def test_text_formats_keep_the_file_text_exactly(
    tmp_path: Path, name: str, fmt: str, lang: str, text: str
) -> None:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    doc = read_document(p)
    assert doc.text == text  # CRLF and trailing newlines untouched
    assert doc.format == fmt and doc.language == lang
    for s in doc.sentences:
        assert doc.text[s.start : s.end].strip() == doc.text[s.start : s.end]


def test_markdown_structure_and_exclusions() -> None:
    doc = read_document(FIXTURES / "liman_az.md")
    raw = (FIXTURES / "liman_az.md").read_text(encoding="utf-8")
    assert doc.text == raw and doc.format == "md" and doc.language == "az"
    m = doc.metadata
    assert (m.title, m.published, m.authors) == (
        "Ələt limanı: yük dövriyyəsi artır",
        dt.date(2025, 3, 14),
        ["Leyla Hüseynova"],
    )
    assert m.url == "https://xeber.example.az/liman/4512"
    reasons = {doc.text[e.start : e.end].split("\n")[0]: e.reason for e in doc.excluded}
    assert reasons["---"] == "front-matter"
    assert reasons["```yaml"] == "code"
    assert reasons["    indented code 1999"] == "code"
    assert reasons["<!-- redaktə qeydi: 2020 -->"] == "markup"
    assert reasons["](https://port.example.az/hesabat/2023/12/31.pdf)"] == "markup"
    # nothing from code, front matter or link targets is a sentence of its own or excluded prose
    for needle in ("2019", "1999", "2020", "2023/12/31"):
        i = doc.text.index(needle, doc.text.index("---", 3))
        assert doc.is_excluded(i, i + len(needle)), needle
    i = doc.text.index("15,2 milyon")
    assert not doc.is_excluded(i, i + 11)
    headings = [doc.text[p.start : p.end] for p in doc.paragraphs if p.kind == "heading"]
    assert headings == ["Ələt limanı genişlənir", "Rəqəmlər"]
    items = [doc.text[p.start : p.end] for p in doc.paragraphs if p.kind == "list-item"]
    assert items == [
        "Konteyner daşımaları 2024-cü ildə 12 faiz artıb.",
        "Bərə reyslərinin sayı 310-a çatıb.",
    ]
    assert "Liman rəhbəri K. Məmmədov bildirib ki, ikinci mərhələ 2026-cı ildə başa çatacaq." in (
        _sentence_texts(doc)
    )
    line, col = doc.line_col(doc.text.index("15,2 milyon"))
    assert (line, col) == (10, 51)  # real line/column of the file


def test_html_article_text_and_metadata() -> None:
    doc = read_document(FIXTURES / "dehliz_en.html")
    assert doc.format == "html" and doc.language == "en"
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert "Oil prices fall" not in doc.text  # the aside feed is not article text
    m = doc.metadata
    assert m.title == "Middle Corridor cargo doubles"
    assert m.published == dt.date(2024, 11, 5)
    assert m.authors == ["John Carter"]
    assert m.url == "https://wire.example.com/2024/11/middle-corridor"
    assert [p.kind for p in doc.paragraphs] == [
        "heading",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert (
        "Dr. Aliyeva of the transport ministry said the Baku port handled 1.2 million tonnes of it."
        in (_sentence_texts(doc))
    )


def test_html_legacy_charset_declared(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><title>Порт</title></head><body><article>'
        "<p>Порт Баку принял 15 млн тонн груза в прошлом году, сообщили в администрации.</p>"
        "<p>В этом году ожидается рост объёмов перевалки на десять процентов.</p>"
        "</article></body></html>"
    )
    p = tmp_path / "ru.htm"
    p.write_bytes(html.encode("cp1251"))
    doc = read_document(p)
    assert doc.encoding == "cp1251" and doc.language == "ru"
    assert "Порт Баку принял 15 млн тонн" in doc.text


def test_docx_paragraphs_tables_and_headings(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.core_properties.author = "Rauf Nəsirov"
    d.add_heading("Qazaxıstan taxılı Bakıya çatır", level=1)
    d.add_paragraph("Ötən il Qazaxıstandan 320 min ton buğda gətirilib. Bu, 14 faiz çoxdur.")
    t = d.add_table(rows=2, cols=2)
    for (r, c), v in {(0, 0): "İl", (0, 1): "Həcm", (1, 0): "2023", (1, 1): "320 min ton"}.items():
        t.cell(r, c).text = v
    d.add_paragraph("Nazir bildirib ki, 2025-ci ildə həcm 400 min tona çatacaq.")
    p = tmp_path / "taxil.docx"
    d.save(str(p))
    doc = read_document(p)
    assert doc.format == "docx" and doc.language == "az"
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.paragraphs]
    assert blocks == [
        ("heading", "Qazaxıstan taxılı Bakıya çatır"),
        ("paragraph", "Ötən il Qazaxıstandan 320 min ton buğda gətirilib. Bu, 14 faiz çoxdur."),
        ("paragraph", "İl"),
        ("paragraph", "Həcm"),
        ("paragraph", "2023"),
        ("paragraph", "320 min ton"),
        ("paragraph", "Nazir bildirib ki, 2025-ci ildə həcm 400 min tona çatacaq."),
    ]
    assert doc.text.count("\n\n") == len(blocks) - 1
    assert doc.metadata.title == "Qazaxıstan taxılı Bakıya çatır"
    assert doc.metadata.authors == ["Rauf Nəsirov"]


def _pdf(path: Path, pages: list[str]) -> None:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the PDF fixtures")
    pdf = fpdf.FPDF()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=11)
    else:
        pytest.skip("no Unicode TTF font to write Azerbaijani text into a PDF")
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(90, 6, text)
    pdf.output(str(path))


def test_pdf_pages_joined_and_sentences_cross_page_breaks(tmp_path: Path) -> None:
    p = tmp_path / "safar.pdf"
    _pdf(
        p,
        [
            "Azərbaycan Prezidenti 2023-cü il oktyabrın 12-də Astanada işgüzar səfərdə olub. "
            "Görüşdə ticarət dövriyyəsinin bir milyard dollara çatdırılması və nəqliyyat "
            "dəhlizləri üzrə əməkdaşlığın genişləndirilməsi məsələləri",
            "ətraflı müzakirə edilib. Tərəflər yeni sazişlər imzalayıblar.",
        ],
    )
    doc = read_document(p)
    assert doc.format == "pdf" and doc.language == "az"
    assert "\n\n" in doc.text  # the page break
    sents = _sentence_texts(doc)
    crossing = [s for s in sents if "məsələləri ətraflı" in s]
    assert (
        len(crossing) == 1 and crossing[0].startswith("Görüşdə") and crossing[0].endswith("edilib.")
    )


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    _pdf(p, [""])
    with pytest.raises(SourceReadError, match=r"^no extractable text \(scanned PDF\?\)$"):
        read_document(p)
