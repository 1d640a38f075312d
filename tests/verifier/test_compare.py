"""Comparison rules, positive and negative, on hand-placed claims."""

from __future__ import annotations

from crossfact.config import Settings
from crossfact.verifier.compare import compare_all
from crossfact.verifier.kb import load_kb
from crossfact.verifier.linking import link_document

from .helpers import claim, make_doc

KB = load_kb()


def run(items, mode="report"):
    """items: (doc, claims, role) triples -> (findings, corroborations)."""
    linked, docs = [], {}
    for doc, claims, role in items:
        docs[doc.path] = doc
        linked += link_document(
            doc, sorted(claims, key=lambda c: c.start), KB, role=role, all_links=True
        )
    return compare_all(linked, docs, KB, Settings(), mode=mode)


def codes(findings):
    return sorted(f.code for f in findings)


SUMMIT = "Türk Dövlətləri Təşkilatının X Zirvə görüşü {d} Astanada keçirildi."


def summit_doc(path, date_text, value, role="corpus"):
    doc = make_doc(path, SUMMIT.format(d=date_text))
    return (
        doc,
        [
            claim(doc, date_text, "date", value),
            claim(doc, "X", "category", 10, attribute="meeting-ordinal"),
        ],
        role,
    )


def test_summit_dates_conflict_in_report_mode() -> None:
    f, _ = run(
        [
            summit_doc("a.txt", "2023-cü il noyabrın 3-də", "2023-11-03"),
            summit_doc("b.txt", "2023-cü il noyabrın 4-də", "2023-11-04"),
        ]
    )
    assert codes(f) == ["CF302"]
    assert {e.path for e in f[0].evidence} == {"a.txt", "b.txt"}
    assert f[0].subject == "ots-summit-10"


def test_month_agrees_with_day_and_corroborates() -> None:
    f, c = run(
        [
            summit_doc("a.txt", "2023-cü il noyabrın 3-də", "2023-11-03"),
            summit_doc("b.txt", "2023-cü ilin noyabrında", "2023-11"),
        ]
    )
    assert f == []
    assert c and c[0].sources == ["a.txt", "b.txt"] and c[0].value == "2023-11-03"


def test_check_mode_reports_only_the_draft() -> None:
    f, _ = run(
        [
            summit_doc("draft.md", "2023-cü il noyabrın 2-də", "2023-11-02", "checked"),
            summit_doc("a.txt", "2023-cü il noyabrın 3-də", "2023-11-03"),
            summit_doc("b.txt", "2023-cü il noyabrın 3-də", "2023-11-03"),
        ],
        mode="check",
    )
    assert codes(f) == ["CF302"]
    assert f[0].evidence[0].role == "checked" and len(f[0].evidence) == 3


def test_corpus_split_does_not_fail_a_draft_agreeing_with_some() -> None:
    f, _ = run(
        [
            summit_doc("draft.md", "2023-cü il noyabrın 3-də", "2023-11-03", "checked"),
            summit_doc("a.txt", "2023-cü il noyabrın 3-də", "2023-11-03"),
            summit_doc("b.txt", "2023-cü il noyabrın 4-də", "2023-11-04"),
        ],
        mode="check",
    )
    assert codes(f) == ["CF309"]
    assert f[0].severity == "info"


def test_arrival_day_before_summit_is_drift_not_conflict() -> None:
    visit = make_doc(
        "v.txt",
        "2023-cü il noyabrın 2-də Prezident İlham Əliyev Qazaxıstana səfər edib. "
        "O, Türk Dövlətləri Təşkilatının Astanada keçirilən 10-cu Zirvə görüşündə iştirak edib.",
    )
    vclaims = [
        claim(visit, "2023-cü il noyabrın 2-də", "date", "2023-11-02"),
        claim(visit, "10-cu", "category", 10, attribute="meeting-ordinal"),
    ]
    f, _ = run(
        [(visit, vclaims, "corpus"), summit_doc("a.txt", "2023-cü il noyabrın 3-də", "2023-11-03")]
    )
    assert codes(f) == ["CF310"]
    assert f[0].severity == "warning"


def visit_doc(path, text, vtype_quote, vtype, date_quote=None, date=None, role="corpus"):
    doc = make_doc(path, text)
    cl = [claim(doc, vtype_quote, "category", vtype, attribute="visit-type")]
    if date_quote:
        cl.append(claim(doc, date_quote, "date", date))
    return doc, cl, role


def test_visit_type_conflict_same_visit() -> None:
    f, _ = run(
        [
            visit_doc(
                "a.txt",
                "Qazaxıstan Prezidenti Tokayev 2024-cü il martın 11-də Azərbaycana rəsmi səfərə gəlib.",
                "rəsmi səfərə",
                "official",
                "2024-cü il martın 11-də",
                "2024-03-11",
            ),
            visit_doc(
                "b.txt",
                "Azərbaycanda dövlət səfərində olan Qazaxıstan Prezidenti Tokayev martın 12-də Şuşaya gəlib.",
                "dövlət səfərində",
                "state",
                "martın 12-də",
                "2024-03-12",
            ),
        ]
    )
    assert codes(f) == ["CF304"]


def test_visits_a_year_apart_are_different_visits() -> None:
    f, _ = run(
        [
            visit_doc(
                "a.txt",
                "Qazaxıstan Prezidenti Tokayev 2022-ci il avqustun 24-də Azərbaycana rəsmi səfərə gəlib.",
                "rəsmi səfərə",
                "official",
                "2022-ci il avqustun 24-də",
                "2022-08-24",
            ),
            visit_doc(
                "b.txt",
                "Qazaxıstan Prezidenti Tokayev 2024-cü il martın 11-də Azərbaycana dövlət səfərinə gəlib.",
                "dövlət səfərinə",
                "state",
                "2024-cü il martın 11-də",
                "2024-03-11",
            ),
        ]
    )
    assert f == []


BTK = "Bakı-Tbilisi-Qars dəmir yolunun illik ötürücülük qabiliyyəti {fig} {verb}."


def btk(path, fig, frm, to, modality, verb="artıb", role="corpus"):
    doc = make_doc(path, BTK.format(fig=fig, verb=verb))
    return (
        doc,
        [
            claim(
                doc,
                fig,
                "quantity",
                to,
                unit="t",
                modality=modality,
                **({"from": frm} if frm else {}),
            )
        ],
        role,
    )


def test_same_change_achieved_vs_forecast_is_status_conflict() -> None:
    f, _ = run(
        [
            btk("a.txt", "1 milyon tondan 5 milyon tona qədər", 1e6, 5e6, "actual"),
            btk("b.txt", "1 milyon tondan 5 milyon tona qədər", 1e6, 5e6, "forecast", "artacaq"),
        ]
    )
    assert codes(f) == ["CF306"]


def test_change_compared_slot_by_slot_not_to_first_number() -> None:
    f, _ = run(
        [
            btk("a.txt", "1 milyon tondan 5 milyon tona qədər", 1e6, 5e6, "actual"),
            btk("b.txt", "6 milyon tona qədər", None, 6e6, "actual"),
        ]
    )
    assert codes(f) == ["CF303"]
    assert "5" in f[0].message and "6" in f[0].message


def test_rounded_figure_agrees() -> None:
    def trade(path, fig, value, qual="exact"):
        doc = make_doc(path, f"Azərbaycan ilə Çin arasında ticarət dövriyyəsi {fig} olub.")
        return doc, [claim(doc, fig, "money", value, unit="USD", qualifier=qual)], "corpus"

    f, c = run(
        [trade("a.txt", "3,1 milyard dollar", 3.1e9), trade("b.txt", "üç milyard dollar", 3e9)]
    )
    assert f == [] and c
    f, _ = run(
        [trade("a.txt", "3,1 milyard dollar", 3.1e9), trade("b.txt", "4 milyard dollar", 4e9)]
    )
    assert codes(f) == ["CF303"]


def test_different_periods_are_never_compared() -> None:
    def trade(path, year, fig, value):
        doc = make_doc(
            path, f"{year}-cü ildə Azərbaycan ilə Çin arasında ticarət dövriyyəsi {fig} olub."
        )
        return (
            doc,
            [
                claim(doc, f"{year}-cü ildə", "date", str(year), role="period"),
                claim(doc, fig, "money", value, unit="USD"),
            ],
            "corpus",
        )

    f, _ = run(
        [
            trade("a.txt", 2023, "3,1 milyard dollar", 3.1e9),
            trade("b.txt", 2022, "1,7 milyard dollar", 1.7e9),
        ]
    )
    assert f == []


def test_one_letter_place_is_a_name_variant() -> None:
    doc = make_doc(
        "a.txt",
        "Azərbaycan-Çin strateji tərəfdaşlıq bəyannaməsi Astarada imzalanıb. Sonra 2024-cü il iyulun 3-də "
        "Azərbaycan-Çin strateji tərəfdaşlıq bəyannaməsi Astarada imzalanıb.",
    )
    cl = [claim(doc, "2024-cü il iyulun 3-də", "date", "2024-07-03")]
    f, _ = run([(doc, cl, "corpus")])
    assert "CF307" in codes(f)
    assert all(x.code != "CF302" for x in f)


def test_ordinal_conflict_same_day_different_number() -> None:
    def council(path, ordinal_word, n):
        doc = make_doc(
            path,
            f"Azərbaycan-Qazaxıstan Ali Dövlətlərarası Şurasının {ordinal_word} iclası 2024-cü il martın 11-də keçirilib.",
        )
        return (
            doc,
            [
                claim(doc, ordinal_word, "category", n, attribute="meeting-ordinal"),
                claim(doc, "2024-cü il martın 11-də", "date", "2024-03-11"),
            ],
            "corpus",
        )

    f, _ = run([council("a.txt", "birinci", 1), council("b.txt", "ikinci", 2)])
    assert "CF305" in codes(f)


def _visit(path, date_text, value, role="corpus"):
    doc = make_doc(
        path, f"Qazaxıstan Prezidenti Tokayev {date_text} Azərbaycana dövlət səfərinə gəlib."
    )
    return (
        doc,
        [
            claim(doc, date_text, "date", value),
            claim(doc, "dövlət səfərinə", "category", "state", attribute="visit-type"),
        ],
        role,
    )


def test_draft_visit_day_outside_the_corpus_days_is_a_warning() -> None:
    corpus = [
        _visit("a.txt", "2024-cü il martın 11-də", "2024-03-11"),
        _visit("b.txt", "2024-cü il martın 12-də", "2024-03-12"),
    ]
    f, _ = run(
        [*corpus, _visit("d.md", "2024-cü il martın 13-də", "2024-03-13", "checked")], mode="check"
    )
    assert [(x.code, x.severity) for x in f if x.code != "CF301"] == [("CF302", "warning")]
    f, _ = run(
        [*corpus, _visit("d.md", "2024-cü il martın 12-də", "2024-03-12", "checked")], mode="check"
    )
    assert [x.code for x in f if x.code != "CF301"] == []


def test_draft_visit_weeks_from_the_known_one_is_a_warning() -> None:
    corpus = [_visit("a.txt", "2024-cü il martın 11-də", "2024-03-11")]
    f, _ = run(
        [*corpus, _visit("d.md", "2024-cü il aprelin 11-də", "2024-04-11", "checked")], mode="check"
    )
    assert "CF302" in codes(f)
    f, _ = run(
        [*corpus, _visit("d.md", "2024-cü il oktyabrın 11-də", "2024-10-11", "checked")],
        mode="check",
    )
    assert "CF302" not in codes(f)


def test_visit_days_of_one_visit_never_conflict_in_report_mode() -> None:
    f, _ = run(
        [
            _visit("a.txt", "2024-cü il martın 11-də", "2024-03-11"),
            _visit("b.txt", "2024-cü il martın 12-də", "2024-03-12"),
        ]
    )
    assert f == []
