"""HTML report: self-contained, escaped, only http(s) links, readable without JS."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_reports_sample import SAMPLE_RULES, sample_result

from crossfact.reports import html_format
from crossfact.reports.html_format import common_root, safe_href
from crossfact.verifier.models import Evidence, Finding, Result

VOID = {"meta", "input", "br", "hr", "img", "link"}


class Collector(HTMLParser):
    """Collect tags/attributes and check that every non-void tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.problems: list[str] = []
        self.text: list[str] = []
        self.script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        (self.script_text if self.stack and self.stack[-1] == "script" else self.text).append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


def html_of(result: Result, **kw: object) -> str:
    return html_format.render(result, rules=SAMPLE_RULES, **kw)  # type: ignore[arg-type]


def test_well_formed_and_self_contained() -> None:
    page = parse(html_of(sample_result()))
    assert page.problems == [] and page.stack == []
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed")
        assert "src" not in attrs, (tag, attrs)
    hrefs = [a["href"] for t, a in page.tags if "href" in a]
    assert hrefs and all(re.match(r"^(https?://|#)", h or "") for h in hrefs)
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    for h in hrefs:
        if h and h.startswith("#"):
            assert h[1:] in ids, f"dangling in-page link {h}"
    style = html_of(sample_result())
    assert "@import" not in style and "url(" not in style


def test_contents() -> None:
    html = html_of(sample_result())
    page = parse(html)
    text = " ".join(page.text)
    # the summary header
    assert re.search(r"documents</dt><dd>4<", html) and re.search(r"claims</dt><dd>12<", html)
    # side-by-side evidence: one card per evidence item, each quote marked
    assert html.count('<figure class="ev') == 7
    for quote in ("2023-cü il noyabrın 2-də", "2023-cü il noyabrın 3-də", "3 ноября 2023 года"):
        assert f"<mark>{quote}</mark>" in html
    assert 'class="ev role-corpus differs"' in html  # the value that conflicts with the draft
    # rule glossary with docstrings, linked from each finding
    assert 'id="rule-CF302"' in html and 'href="#rule-CF302"' in html
    assert "<code>noyabrın 2-də</code>" in html
    # citations grouped by document, unverified claims collapsed
    citations = html[html.index('id="citations"') : html.index('id="unverified"')]
    assert "drafts/tokayev-seferi.md" in citations and "CF401" in citations
    unverified = html[html.index('id="unverified"') : html.index('id="corroborated"')]
    assert "<details>" in unverified and "CF301" in unverified and "CF301" not in citations
    # corroborations, input errors, documents
    assert "tokayev-visit-2025-10" in text and "corpus/en/middle-corridor.txt" in text
    assert "no text layer (scanned PDF?)" in text
    assert "2025-10-22" in text and "ru" in text
    # filters exist but are hidden until JS shows them
    assert '<form id="filters" class="filters" hidden' in html
    assert '<option value="CF306">' in html


def test_no_timestamp_unless_given() -> None:
    plain = html_of(sample_result())
    assert not re.search(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d", plain) and "generated" not in plain
    stamped = html_of(sample_result(), generated="2025-10-24 09:00")
    assert "generated 2025-10-24 09:00" in stamped


def test_article_script_is_escaped() -> None:
    evil = '</mark><script>alert("x")</script><a href="javascript:alert(1)">'
    e = Evidence(
        path="drafts/<img src=x>.md", start=0, end=len(evil), line=1, column=1, quote=evil,
        role="checked", context_before="<script>", context_after="</blockquote>",
    )  # fmt: skip
    f = Finding(
        code="CF302", rule="date-conflict", severity="error", message=evil,
        subject="<b>s</b>", attribute="date", evidence=[e],
    ).with_id()  # fmt: skip
    result = Result(findings=[f], errors=[f"x.md: {evil}"]).recount()
    html = html_of(result)
    assert html.count("<script") == 1  # ours only
    page = parse(html)
    assert page.problems == []
    assert all("src" not in a for _, a in page.tags)
    assert all(re.match(r"^(https?://|#)", a["href"] or "") for _, a in page.tags if "href" in a)
    assert evil in " ".join(page.text)  # shown as text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(max_size=30))
def test_any_text_stays_text(quote: str, message: str) -> None:
    e = Evidence(
        path="a.md", start=0, end=len(quote), line=1, column=1, quote=quote, role="checked"
    )
    f = Finding(
        code="CF303", rule="figure-conflict", severity="warning", message=message, evidence=[e]
    )
    html = html_of(Result(findings=[f.with_id()]).recount())
    assert html.count("<script") == 1 and html.count("<mark>") == 1
    page = parse(html)
    assert page.problems == [] and page.stack == []


def test_default_rules_come_from_the_registry() -> None:
    html = html_format.render(sample_result())
    assert 'id="rule-CF302"' in html and "precision" in html


def test_safe_href() -> None:
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_href("HTTP://x.az") == "HTTP://x.az"
    assert safe_href("#rule-CF302") == "#rule-CF302"
    assert safe_href('#x" onclick="y') == "#x-onclick-y"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
    ):
        assert safe_href(bad) == "#"


@pytest.mark.parametrize(
    ("paths", "root"),
    [
        (["/w/seeds/a.txt", "/w/seeds/b/c.txt"], "/w/seeds/"),
        (["/w/seeds/a.txt", "/w/seedsx/b.txt"], "/w/"),
        (["/a.txt", "/b.txt"], ""),
        (["/w/a.txt", "drafts/b.md"], ""),
        ([], ""),
    ],
)
def test_common_root(paths: list[str], root: str) -> None:
    assert common_root(paths) == root


def test_absolute_paths_are_shown_below_their_common_folder() -> None:
    result = sample_result()
    moved = result.model_copy(
        update={
            "findings": [
                f.model_copy(
                    update={
                        "evidence": [
                            e.model_copy(update={"path": "/srv/news/" + e.path}) for e in f.evidence
                        ]
                    }
                )
                for f in result.findings
            ],
            "documents": [
                d.model_copy(update={"path": "/srv/news/" + d.path}) for d in result.documents
            ],
            "corroborations": [],
        }
    )
    html = html_of(moved)
    assert "paths below <code>/srv/news/</code>" in html
    assert "/srv/news/drafts" not in html and "<code>corpus/az/orta-dehliz.txt</code>" in html
