"""Inline suppressions: directive parsing, regions, matching, unused directives (CF901)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossfact.sources.models import Document
from crossfact.verifier.models import Evidence, Finding, Result
from crossfact.verifier.rules import load_all
from crossfact.verifier.suppress import (
    apply_suppressions,
    matches,
    parse_suppressions,
    scope_unused,
)

RULES = load_all()


def doc(text: str, path: str = "d.md", fmt: str = "md") -> Document:
    return Document(path=path, format=fmt, text=text)  # type: ignore[arg-type]


def finding_at(d: Document, needle: str, code: str = "CF302", role: str = "checked") -> Finding:
    start = d.text.index(needle)
    line, col = d.line_col(start)
    ev = Evidence(path=d.path, start=start, end=start + len(needle), line=line, column=col,
                  quote=needle, value=needle, role=role)  # type: ignore[arg-type]  # fmt: skip
    return RULES[code].make(f"at {needle}", [ev])


MD = """# Başlıq

<!-- crossfact: ignore CF302 -->
Sammit noyabrın 2-də olub.
Eyni paraqrafda ikinci cümlə.

Növbəti paraqraf noyabrın 4-də.
"""


def test_ignore_covers_exactly_the_next_paragraph() -> None:
    d = doc(MD)
    (s,) = parse_suppressions(d)
    assert d.text[s.start : s.end] == "<!-- crossfact: ignore CF302 -->"
    covered = d.text[s.region[0] : s.region[1]]
    assert covered == "Sammit noyabrın 2-də olub.\nEyni paraqrafda ikinci cümlə."
    assert s.codes == ("CF302",)


@pytest.mark.parametrize(
    ("needle", "code", "suppressed"),
    [
        ("noyabrın 2-də", "CF302", True),
        ("ikinci cümlə", "CF302", True),
        ("noyabrın 2-də", "CF303", False),  # another rule
        ("noyabrın 4-də", "CF302", False),  # the paragraph after
        ("Başlıq", "CF302", False),  # before the directive
    ],
)
def test_apply_table(needle: str, code: str, suppressed: bool) -> None:
    d = doc(MD)
    kept, n = apply_suppressions([finding_at(d, needle, code)], {d.path: d})
    assert n == int(suppressed)
    # A directive that suppressed nothing stays visible as CF901.
    assert [f.code for f in kept] == ([] if suppressed else [code, "CF901"])


@pytest.mark.parametrize(
    ("directive", "codes"),
    [
        ("<!-- crossfact: ignore CF302 -->", ("CF302",)),
        ("<!-- crossfact: ignore CF302, CF303 -->", ("CF302", "CF303")),
        (
            "<!--crossfact:ignore date-conflict figure-conflict-->",
            ("date-conflict", "figure-conflict"),
        ),
        ("<!-- CROSSFACT: IGNORE cf302 -->", ("cf302",)),
        ("<!-- crossfact ignore -->", ()),
        ("<!-- crossfact: ignore CF3 -->", ("CF3",)),
    ],
)
def test_directive_forms(directive: str, codes: tuple[str, ...]) -> None:
    (s,) = parse_suppressions(doc(f"{directive}\nMətn burada.\n"))
    assert s.codes == codes


@pytest.mark.parametrize(
    "text",
    [
        "<!-- crossfact is great -->\nMətn.",
        "<!-- vale off -->\nMətn.",
        "crossfact: ignore CF302\nMətn.",
    ],
)
def test_not_directives(text: str) -> None:
    assert parse_suppressions(doc(text)) == []  # the bare line form is for .txt only


@pytest.mark.parametrize(
    ("codes", "code", "rule", "hit"),
    [
        ((), "CF302", "date-conflict", True),
        (("CF302",), "CF302", "date-conflict", True),
        (("cf302",), "CF302", "date-conflict", True),
        (("date-conflict",), "CF302", "date-conflict", True),
        (("CF3",), "CF302", "date-conflict", True),
        (("CF3",), "CF401", "dangling-citation", False),
        (("CF30",), "CF302", "date-conflict", True),
        (("CF303", "figure-conflict"), "CF302", "date-conflict", False),
    ],
)
def test_code_matching(codes: tuple[str, ...], code: str, rule: str, hit: bool) -> None:
    f = Finding(code=code, rule=rule, severity="error", message="m")
    assert matches(codes, f) is hit


def test_off_on_region() -> None:
    text = "A 1.\n\n<!-- crossfact off -->\nB 2.\n\nC 3.\n<!-- crossfact on -->\n\nD 4.\n"
    d = doc(text)
    assert len(parse_suppressions(d)) == 1
    fs = [finding_at(d, x) for x in ("A 1", "B 2", "C 3", "D 4")]
    kept, n = apply_suppressions(fs, {d.path: d})
    assert n == 2 and [f.evidence[0].quote for f in kept] == ["A 1", "D 4"]


def test_off_with_codes_and_unclosed_region_runs_to_end() -> None:
    text = "<!-- crossfact off CF303 -->\nX 1.\n\nY 2.\n"
    d = doc(text)
    kept, n = apply_suppressions([finding_at(d, "Y 2", "CF303"), finding_at(d, "X 1", "CF302")],
                                 {d.path: d})  # fmt: skip
    assert n == 1 and [f.code for f in kept] == ["CF302"]


def test_on_with_codes_closes_only_matching_region() -> None:
    text = ("<!-- crossfact off CF302 -->\n<!-- crossfact off CF303 -->\nA.\n"
            "<!-- crossfact on CF303 -->\nB.\n<!-- crossfact on -->\nC.\n")  # fmt: skip
    d = doc(text)
    regions = {s.codes: d.text[s.region[0] : s.region[1]] for s in parse_suppressions(d)}
    assert "B." in regions[("CF302",)] and "C." not in regions[("CF302",)]
    assert "A." in regions[("CF303",)] and "B." not in regions[("CF303",)]


def test_trailing_comment_applies_to_its_own_paragraph() -> None:
    text = (
        "Giriş.\n\nSammit noyabrın 2-də olub. <!-- crossfact: ignore CF302 -->\nDavamı.\n\nSon.\n"
    )
    d = doc(text)
    (s,) = parse_suppressions(d)
    assert (
        d.text[s.region[0] : s.region[1]].startswith("Sammit")
        and "Son" not in d.text[s.region[0] : s.region[1]]
    )
    _, n = apply_suppressions([finding_at(d, "noyabrın 2-də")], {d.path: d})
    assert n == 1


def test_txt_line_form() -> None:
    text = "Başlıq\n\ncrossfact: ignore CF302\nSammit noyabrın 2-də.\n\nSonra noyabrın 5-də.\n"
    d = doc(text, "d.txt", "txt")
    kept, n = apply_suppressions([finding_at(d, "noyabrın 2-də"), finding_at(d, "noyabrın 5-də")],
                                 {d.path: d})  # fmt: skip
    assert n == 1 and kept[0].evidence[0].quote == "noyabrın 5-də"


def test_unused_directive_is_cf901_at_the_comment() -> None:
    d = doc(MD)
    kept, n = apply_suppressions([], {d.path: d})
    (f,) = kept
    assert n == 0 and (f.code, f.rule, f.severity) == ("CF901", "unused-suppression", "info")
    ev = f.evidence[0]
    assert (ev.line, ev.column) == (3, 1)
    assert d.text[ev.start : ev.end] == ev.quote == "<!-- crossfact: ignore CF302 -->"
    assert "CF302" in f.message


def test_unused_directive_with_unknown_code_says_so() -> None:
    d = doc("<!-- crossfact: ignore CF999 -->\nMətn.\n")
    (f,) = apply_suppressions([], {d.path: d})[0]
    assert "unknown rule CF999" in f.message


def test_corpus_evidence_does_not_suppress_a_draft_finding() -> None:
    draft = doc("Sammit noyabrın 2-də.\n", "draft.md")
    corpus = doc("<!-- crossfact: ignore -->\nSammit noyabrın 3-də.\n", "corpus.md")
    f = finding_at(draft, "noyabrın 2-də")
    c = finding_at(corpus, "noyabrın 3-də", role="corpus")
    both = f.model_copy(update={"evidence": [*f.evidence, *c.evidence]}).with_id()
    kept, n = apply_suppressions([both], {draft.path: draft, corpus.path: corpus})
    assert n == 0 and kept[0].code == "CF302"


def test_corpus_only_finding_uses_any_evidence() -> None:
    corpus = doc("<!-- crossfact: ignore CF309 -->\nTDT sammiti noyabrın 3-də.\n", "corpus.md")
    kept, n = apply_suppressions([finding_at(corpus, "noyabrın 3-də", "CF309", role="corpus")],
                                 {corpus.path: corpus})  # fmt: skip
    assert n == 1 and kept == []


def test_scope_unused_drops_corpus_directives_under_check() -> None:
    from crossfact.verifier.models import DocumentSummary

    draft, corpus = (
        doc("<!-- crossfact off -->\nA.\n", "a.md"),
        doc("<!-- crossfact off -->\nB.\n", "b.md"),
    )
    kept, _ = apply_suppressions([], {draft.path: draft, corpus.path: corpus})
    docs = [DocumentSummary(path="a.md", language="az", role="checked"),
            DocumentSummary(path="b.md", language="az", role="corpus")]  # fmt: skip
    r = scope_unused(Result(findings=kept, documents=docs, mode="check"))
    assert [f.evidence[0].path for f in r.findings] == ["a.md"] and r.summary.findings["info"] == 1
    r = scope_unused(Result(findings=kept, documents=docs, mode="report"))
    assert len(r.findings) == 2 and {e.role for f in r.findings for e in f.evidence} == {"corpus"}


_para = st.text(alphabet="abcəş 12.", min_size=1, max_size=30).filter(lambda s: s.strip())


@given(before=st.lists(_para, max_size=3), after=st.lists(_para, min_size=1, max_size=3))
def test_property_region_is_the_paragraph_after_and_within_text(
    before: list[str], after: list[str]
) -> None:
    text = (
        "\n\n".join([*before, "<!-- crossfact: ignore CF302 -->\n" + after[0], *after[1:]]) + "\n"
    )
    d = doc(text)
    (s,) = parse_suppressions(d)
    a, b = s.region
    assert s.end <= a <= b <= len(text)
    assert d.text[a:b].strip() == after[0].strip()
