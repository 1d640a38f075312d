"""Crash-freedom and span integrity of the whole pipeline on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossfact.claims import extract_claims
from crossfact.config import Settings
from crossfact.sources.loader import build_document
from crossfact.verifier import verify

# Pieces of real-looking editorial text, so that the generator reaches the verifier's
# paths (summits, visits, councils, figures) rather than only noise.
PIECES = [
    "Türk Dövlətləri Təşkilatının X Zirvə görüşü ", "2023-cü il noyabrın 3-də ", "Astanada ",
    "keçirilib. ", "Qazaxıstan Prezidenti Tokayev ", "Azərbaycana rəsmi səfərə gəlib. ",
    "Bakı-Tbilisi-Qars dəmir yolunun illik ötürücülük qabiliyyəti ", "1 milyon tondan 5 milyon tona qədər ",
    "artıb; ", "Ali Dövlətlərarası Şuranın ikinci iclası ", "The 10th summit was held in Astara on ",
    "4 November 2023, ", "about $3 billion in 2023, up from $2.4 billion the year before. ",
    "Саммит ОТГ прошёл вчера в Габале; ", "с одного до пяти миллионов тонн. ", "[3] ", "(Prezident.az., 2024) ",
    "\n\n", "- ", ":", "ok-\ntyabrın 12-14-də ", "İKİ MİLYON TON ", "\u00ad", "—", "XI ", "XII саммит ",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=30
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=texts, other=texts)
def test_verify_never_crashes_and_quotes_are_spans(draft: str, other: str) -> None:
    d = build_document("draft.md", "date 2025-10-08\n\n" + draft)
    c = build_document("corpus.txt", "date 2025-10-09\n\n" + other)
    for doc in (d, c):
        for claim in extract_claims(doc):
            assert doc.text[claim.start : claim.end] == claim.text
    result = verify([d], [c], Settings())
    texts_by_path = {"draft.md": d.text, "corpus.txt": c.text}
    for f in result.findings:
        assert f.id and f.code.startswith("CF")
        for e in f.evidence:
            if e.path in texts_by_path:
                assert texts_by_path[e.path][e.start : e.end] == e.quote
