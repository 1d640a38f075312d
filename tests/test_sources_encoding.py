"""Reading bytes: encodings that are detected, and inputs that are refused with a clear
one-line problem while the rest of the corpus is still read."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from crossfact.sources import load_documents, read_document
from crossfact.sources.encoding import DecodeProblem, check_size, decode
from crossfact.sources.loader import SourceReadError

RU = "Встреча лидеров прошла в Астане 21 октября. Стороны обсудили транзит грузов и торговлю."
TR = "Türkiye ile Azerbaycan arasındaki ticaret hacmi geçen yıl arttı. Görüşme İstanbul'da yapıldı."
AZ = "Azərbaycan və Qazaxıstan arasında ticarət dövriyyəsi ötən il 40 faiz artıb."


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (AZ.encode("utf-8"), "utf-8", AZ),
        (codecs.BOM_UTF8 + AZ.encode("utf-8"), "utf-8-sig", AZ),  # BOM is not text
        (AZ.encode("utf-16"), "utf-16", AZ),
        (RU.encode("cp1251"), "cp1251", RU),
        (RU.encode("koi8_r"), "koi8-r", RU),
        (TR.encode("cp1254"), "cp1254", TR),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1251-ru", "koi8r-ru", "cp1254-tr"],
)
def test_decode_detects(data: bytes, encoding: str, text: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x01\x02PK binary\x00", "binary file, not text"),
        (b"Report 2024: the summit was \x9c\x9d held", "(byte 0x9c at offset 28); pass --encoding"),
        (bytes(range(0x80, 0x100)) * 3, "not UTF-8 and no known encoding fits"),
        (b"abc \x9c\xff\xfe zzz", "no known encoding fits"),
    ],
    ids=["nul-bytes", "stray-byte", "high-byte-noise", "latin1-garbage"],
)
def test_decode_refuses(data: bytes, problem: str) -> None:
    with pytest.raises(DecodeProblem) as e:
        decode(data)
    assert problem in str(e.value)
    assert "\n" not in str(e.value)


def test_explicit_encoding_overrides_detection() -> None:
    data = RU.encode("cp1251")
    assert decode(data, "cp1251") == (RU, "cp1251")
    with pytest.raises(DecodeProblem, match="cannot decode as utf-8"):
        decode(data, "utf-8")
    with pytest.raises(DecodeProblem, match="unknown encoding 'nope'"):
        decode(data, "nope")


def test_size_limit_message() -> None:
    with pytest.raises(DecodeProblem, match=r"file too large \(73 MB > 50 MB\)"):
        check_size(73 * 1024 * 1024)
    check_size(10)


def _write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("bin.txt", b"\x7fELF\x00\x00\x00\x01", "binary file, not text"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t \n", "empty file (only whitespace)"),
        ("garbage.txt", b"Hello \x9c\x81\x8d\x8f world", "pass --encoding"),
        ("fake.docx", b"this is not a zip", "not a valid .docx file"),
        ("fake.pdf", b"%PDF-1.4 broken", "not a valid PDF"),
    ],
)
def test_read_document_bad_inputs(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    with pytest.raises(SourceReadError) as e:
        read_document(_write(tmp_path, name, data))
    assert problem in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    ("name", "data", "encoding", "language"),
    [
        ("ru.txt", RU.encode("cp1251"), "cp1251", "ru"),
        ("tr.txt", TR.encode("cp1254"), "cp1254", "und"),
        ("bom.txt", codecs.BOM_UTF8 + AZ.encode(), "utf-8-sig", "az"),
    ],
)
def test_read_document_records_encoding(
    tmp_path: Path, name: str, data: bytes, encoding: str, language: str
) -> None:
    doc = read_document(_write(tmp_path, name, data))
    assert doc.encoding == encoding
    assert not doc.text.startswith("\ufeff")
    assert doc.sentences and doc.text[doc.sentences[0].start :].startswith(doc.text.lstrip()[:5])
    if language != "und":
        assert doc.language == language


def test_load_documents_keeps_going(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", AZ.encode())
    _write(tmp_path, "bad.txt", b"\x00\x00")
    _write(tmp_path, "empty.md", b"")
    _write(tmp_path, "notes.json", b"{}")  # not an article suffix: skipped in folders
    (tmp_path / ".hidden").mkdir()
    _write(tmp_path / ".hidden", "x.txt", AZ.encode())
    _write(tmp_path, ".secret.txt", AZ.encode())
    docs, errors = load_documents([tmp_path, tmp_path / "missing.txt"])
    assert [d.path for d in docs] == [str(good)]
    problems = {Path(e.path).name: e.problem for e in errors}
    assert problems == {
        "bad.txt": "binary file, not text",
        "empty.md": "empty file",
        "missing.txt": "no such file or directory",
    }


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "img.png").write_bytes(b"\x89PNG")
    docs, errors = load_documents([tmp_path])
    assert docs == []
    assert [(e.path, e.problem) for e in errors] == [
        (str(tmp_path), "directory contains no articles")
    ]


def test_recursive_folders_and_encoding_override(tmp_path: Path) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    _write(sub, "x.txt", RU.encode("cp1251"))
    docs, errors = load_documents([tmp_path], encoding="cp1251")
    assert not errors and docs[0].encoding == "cp1251" and docs[0].text == RU


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "locked.txt", AZ.encode())
    p.chmod(0)
    try:
        with pytest.raises(SourceReadError, match="permission denied"):
            read_document(p)
    finally:
        p.chmod(0o644)


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(73 * 1024 * 1024)  # sparse: costs no disk space
    with pytest.raises(SourceReadError, match=r"^file too large \(73 MB > 50 MB\)$"):
        read_document(p)
