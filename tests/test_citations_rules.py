"""Every CF4xx rule, positive and negative, in Azerbaijani, English and Russian."""

from __future__ import annotations

import pytest

from crossfact.sources.models import Document
from crossfact.verifier.citations import check_citations
from crossfact.verifier.rules import load_all


def findings(text: str, *sources: tuple[str, str]) -> list:
    draft = Document(path="draft.md", format="md", text=text)
    corpus = [Document(path=p, format="md", text=t) for p, t in sources]
    return check_citations([draft], {}, [draft, *corpus])


def codes(text: str, *sources: tuple[str, str]) -> list[str]:
    return [f.code for f in findings(text, *sources)]


# (code, language, text, fires)
CASES = [
    # CF401 missing-bibliography
    ("CF401", "az", "Zirvə Astanada keçirildi [1]. Orada yol xəritəsi qəbul olundu [2].", True),
    (
        "CF401",
        "az",
        "Zirvə Astanada keçirildi [1].\n\n## Mənbələr\n\n1. Zirvə. https://a.example.az/1, 3 noyabr 2023\n",
        False,
    ),
    ("CF401", "en", "Freight grew (Aliyeva, 2024). Ports lag behind (Sato, 2023, p. 4).", True),
    (
        "CF401",
        "en",
        "Freight grew (see <https://news.example.com/a>). It was held in Baku (2023).",
        False,
    ),
    ("CF401", "ru", "Грузопоток вырос (Петров, 2024). Это связано с транзитом [3, с. 7].", True),
    (
        "CF401",
        "ru",
        "Грузопоток вырос (по данным за 2023 год). Саммит прошёл в Астане (Казахстан, 2023).",
        False,
    ),
    # CF402 dangling-citation
    (
        "CF402",
        "az",
        "Görüş keçirildi [2].\n\n## İstinadlar\n\n1. Görüş keçirilib. https://a.example.az/1, 3 noyabr 2023\n",
        True,
    ),
    (
        "CF402",
        "az",
        "Görüş keçirildi [1].\n\n## İstinadlar\n\n1. Görüş keçirilib. https://a.example.az/1, 3 noyabr 2023\n",
        False,
    ),
    (
        "CF402",
        "en",
        "Trade rose (Lee, 2020).\n\n## References\n\nKim, J. (2020). Caspian trade. Baku Press.\n",
        True,
    ),
    (
        "CF402",
        "en",
        "Trade rose (Kim, 2020).\n\n## References\n\nKim, J. (2020). Caspian trade. Baku Press.\n",
        False,
    ),
    (
        "CF402",
        "ru",
        "Товарооборот вырос [1–3].\n\n## Литература\n\n1. Иванов И. И. Каспий. М., 2020.\n2. Петров П. П. Порты. М., 2021.\n",
        True,
    ),
    (
        "CF402",
        "ru",
        "Товарооборот вырос [1, 2].\n\n## Литература\n\n1. Иванов И. И. Каспий. М., 2020.\n2. Петров П. П. Порты. М., 2021.\n",
        False,
    ),
    # CF403 uncited-reference
    (
        "CF403",
        "az",
        "Görüş keçirildi [1].\n\n## Ədəbiyyat\n\n1. Görüş. https://a.example.az/1, 3 noyabr 2023\n2. Digər. https://a.example.az/2, 4 noyabr 2023\n",
        True,
    ),
    (
        "CF403",
        "az",
        "Görüş keçirildi [1, 2].\n\n## Ədəbiyyat\n\n1. Görüş. https://a.example.az/1, 3 noyabr 2023\n2. Digər. https://a.example.az/2, 4 noyabr 2023\n",
        False,
    ),
    (
        "CF403",
        "en",
        "Trade rose (Kim, 2020).\n\n## Bibliography\n\nKim, J. (2020). Caspian trade. Baku Press.\n\nOdu, K. (2019). Ports. Aktau Press.\n",
        True,
    ),
    (
        "CF403",
        "en",
        "Trade rose (Kim, 2020; Odu, 2019).\n\n## Bibliography\n\nKim, J. (2020). Caspian trade. Baku Press.\n\nOdu, K. (2019). Ports. Aktau Press.\n",
        False,
    ),
    (
        "CF403",
        "ru",
        "Порт расширен [1].\n\n## Список литературы\n\n1. Порт. 2020.\n2. Терминал. 2021.\n",
        True,
    ),
    (
        "CF403",
        "ru",
        "Порт расширен [1] и [2].\n\n## Список литературы\n\n1. Порт. 2020.\n2. Терминал. 2021.\n",
        False,
    ),
    # CF404 reference-date-mismatch: same day and month, another year
    (
        "CF404",
        "az",
        "2023-cü il sentyabrın 14-də Düşənbədə görüş oldu [1].\n\n## Ədəbiyyat\n\n1. Görüş olub. https://a.example.az/1, 14 sentyabr 2024\n",
        True,
    ),
    (
        "CF404",
        "az",
        "2023-cü il sentyabrın 14-də Düşənbədə görüş oldu [1].\n\n## Ədəbiyyat\n\n1. Görüş olub. https://a.example.az/1, 15 sentyabr 2023\n",
        False,
    ),
    (
        "CF404",
        "en",
        "The forum opened on 2 June 2022 [1].\n\n## Sources\n\n1. Forum opens. https://n.example.com/1, 2 June 2023\n",
        True,
    ),
    (
        "CF404",
        "en",
        "The forum opened on 2 June 2022 [1].\n\n## Sources\n\n1. Forum opens. https://n.example.com/1, 2 June 2022\n",
        False,
    ),
    (
        "CF404",
        "ru",
        "Форум открылся 2 июня 2022 года [1].\n\n## Источники\n\n1. Форум открылся. 2 июня 2021.\n",
        True,
    ),
    (
        "CF404",
        "ru",
        "Форум открылся 2 июня 2022 года [1].\n\n## Источники\n\n1. Форум открылся. 4 июня 2022.\n",
        False,
    ),
    # CF405 reference-predates-event
    (
        "CF405",
        "az",
        "2024-cü il martın 12-də Füzulidə mərkəz açıldı [1].\n\n## Ədəbiyyat\n\n1. Mərkəz açılıb. https://a.example.az/1, 2 mart 2024\n",
        True,
    ),
    (
        "CF405",
        "az",
        "2024-cü il martın 12-də Füzulidə mərkəz açılacaq [1].\n\n## Ədəbiyyat\n\n1. Mərkəz açılır. https://a.example.az/1, 2 mart 2024\n",
        False,
    ),
    (
        "CF405",
        "en",
        "The summit opened on 4 July 2024 [1].\n\n## References\n\n1. Summit preview. https://n.example.com/1, 12 June 2024\n",
        True,
    ),
    (
        "CF405",
        "en",
        "The summit will open on 4 July 2024 [1].\n\n## References\n\n1. Summit preview. https://n.example.com/1, 12 June 2024\n",
        False,
    ),
    (
        "CF405",
        "ru",
        "Терминал открыли 20 мая 2024 года [1].\n\n## Литература\n\n1. Терминал открыт. 3 мая 2024.\n",
        True,
    ),
    (
        "CF405",
        "ru",
        "Терминал открыли 20 мая 2024 года [1].\n\n## Литература\n\n1. Терминал открыт. 21 мая 2024.\n",
        False,
    ),
    # CF406 malformed-url
    (
        "CF406",
        "az",
        "Görüş oldu (<https://a.example.az/1>).\n\n## Mənbələr\n\nGörüş. htps://a.example.az/1, 3 noyabr 2023\n",
        True,
    ),
    (
        "CF406",
        "az",
        "Görüş oldu (<https://a.example.az/1>).\n\n## Mənbələr\n\nGörüş. https://a.example.az/1, 3 noyabr 2023\n",
        False,
    ),
    ("CF406", "en", "See https://news..example.com/a for details.", True),
    ("CF406", "en", "See [the report](https://news.example.com/a\\_b) for details.", False),
    ("CF406", "ru", "Подробнее: https:/news.example.ru/a", True),
    ("CF406", "ru", "Подробнее: https://новости.example.ru/статья/1", False),
    # CF407 malformed-doi
    ("CF407", "az", "Məqalə: doi: 10.12/abc.2023", True),
    ("CF407", "az", "Məqalə: doi: 10.1234/abc.2023", False),
    ("CF407", "en", "Available at https://doi.org/10.5555", True),
    ("CF407", "en", "Available at https://doi.org/10.5555/12345678", False),
    ("CF407", "ru", "Статья. DOI: 11.1234/xyz", True),
    ("CF407", "ru", "Статья. DOI: 10.59849/2957-3882.2024.2.67", False),
]

SOURCES = {
    "az": (
        "corpus/az.md",
        "URL: https://x.example.az/55\n\n# Liman\n\nLimandan 3,1 milyon ton yük keçib; 2024-cü il aprelin 9-da açıqlanıb.\n",
    ),
    "en": (
        "corpus/en.md",
        "URL: https://x.example.com/55\n\n# Rail\n\nThe line carried 1.2 million tonnes; reported on 14 February 2024.\n",
    ),
    "ru": (
        "corpus/ru.md",
        "URL: https://x.example.ru/55\n\n# Порт\n\nПеревалка составила 6,9 млн тонн; сообщено 12 апреля 2024 года.\n",
    ),
}
CF408_CASES = [
    ("az", "Limandan 3,4 milyon ton yük keçib (<https://x.example.az/55>).", True),
    ("az", "Limandan 3,1 milyon ton yük keçib (<https://x.example.az/55>).", False),
    (
        "en",
        "It carried 1.5 million tonnes, as reported on 14 February 2024 (<https://x.example.com/55>).",
        True,
    ),
    (
        "en",
        "It carried 1.2 million tonnes, as reported on 14 February 2024 (<https://x.example.com/55>).",
        False,
    ),
    ("ru", "О перевалке сообщили 13 апреля 2024 года (<https://x.example.ru/55>).", True),
    (
        "ru",
        "О перевалке 6,9 млн тонн сообщили 12 апреля 2024 года (<https://x.example.ru/55>).",
        False,
    ),
]


@pytest.mark.parametrize(("code", "lang", "text", "fires"), CASES)
def test_rule(code: str, lang: str, text: str, fires: bool) -> None:
    assert (code in codes(text)) is fires, (lang, [(f.code, f.message) for f in findings(text)])


@pytest.mark.parametrize(("lang", "text", "fires"), CF408_CASES)
def test_cited_claim_not_in_source(lang: str, text: str, fires: bool) -> None:
    found = codes(text, SOURCES[lang])
    assert ("CF408" in found) is fires, found


def test_every_rule_has_cases_in_three_languages() -> None:
    table = {(c, lang, f) for c, lang, _t, f in CASES} | {
        ("CF408", lang, f) for lang, _t, f in CF408_CASES
    }
    for n in range(401, 409):
        for lang in ("az", "en", "ru"):
            assert (f"CF{n}", lang, True) in table and (f"CF{n}", lang, False) in table


def test_rules_registered_with_docs() -> None:
    rules = load_all()
    names = {
        "CF401": "missing-bibliography", "CF402": "dangling-citation", "CF403": "uncited-reference",
        "CF404": "reference-date-mismatch", "CF405": "reference-predates-event",
        "CF406": "malformed-url", "CF407": "malformed-doi", "CF408": "cited-claim-not-in-source",
    }  # fmt: skip
    for code, name in names.items():
        r = rules[code]
        assert r.name == name
        for section in ("What it does:", "Why it matters:", "Example:"):
            assert section in r.doc, (code, section)
    assert rules["CF403"].severity == "info" and rules["CF404"].severity == "error"


def test_missing_bibliography_reported_once_with_first_citations() -> None:
    text = " ".join(f"Fakt {i} [{i}]." for i in range(1, 9))
    fs = [f for f in findings(text) if f.code == "CF401"]
    assert len(fs) == 1
    assert [e.quote for e in fs[0].evidence] == ["[1]", "[2]", "[3]"]


def test_evidence_spans_and_roles() -> None:
    text = "2023-cü il sentyabrın 14-də görüş oldu [1].\n\n## Ədəbiyyat\n\n1. Görüş. https://a.example.az/1, 14 sentyabr 2024\n"
    draft = Document(path="d.md", format="md", text=text)
    other = Document(path="c.md", format="md", text="Başqa mətn.")
    for targets, role in (([draft], "checked"), ([draft, other], "corpus")):
        (f,) = [f for f in check_citations(targets, {}, [draft, other]) if f.code == "CF404"]
        assert [e.quote for e in f.evidence] == [
            "14 sentyabr 2024",
            "[1]",
            "2023-cü il sentyabrın 14-də",
        ]
        for e in f.evidence:
            assert text[e.start : e.end] == e.quote and e.role == role
        assert f.evidence[0].value == "2024-09-14" and f.evidence[2].value == "2023-09-14"
        assert f.id.startswith("sha256:")


@pytest.mark.parametrize(
    "text",
    [
        "Sərgi açıldı (Bakı, 2024). Forum da keçirildi (Astanada, 2023).",
        "The fair opened (Baku, 2024). A forum followed (Astana, 2023).",
        "Открылась выставка (Баку, 2024). Затем прошёл форум (Астана, 2023).",
    ],
)
def test_datelines_with_place_names_are_not_citations(text: str) -> None:
    assert "CF401" not in codes(text)


def test_footnote_without_definition_is_dangling() -> None:
    text = "Exports rose[^1] and imports fell[^2].\n\n[^1]: Trade bulletin, 2024.\n"
    fs = findings(text)
    assert [(f.code, f.evidence[0].quote) for f in fs] == [("CF402", "[^2]")]
