"""Paragraphs, sentences and languages with offsets into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossfact.sources.language import detect_language
from crossfact.sources.loader import build_document
from crossfact.sources.models import Excluded
from crossfact.sources.segment import layout_blocks, segment, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # az: initials, one-letter abbreviations, decimals, ranges, page refs, domains
        (
            "Prezident İ.Əliyev Astanaya gəldi. K. Tokayev onu qarşıladı.",
            ["Prezident İ.Əliyev Astanaya gəldi.", "K. Tokayev onu qarşıladı."],
        ),
        ("L.Qumilyov adına universitet açılıb. Orada 87 tələbə oxuyur.", 2),
        ("Dövriyyə 3.1 milyard dollar olub. Proqnoz 4.3-4.5 milyarddır.", 2),
        ("Bax: s.14 və səh. 22. Orada cədvəl var.", 2),
        ("Taxıl, neft və s. Bakıya daşınır.", 1),
        ("Maşın, avadanlıq və s. ixrac edilir.", 1),
        ("Mənbə: (Prezident.az., 2024). Sonra yeni mərhələ başladı.", 2),
        ("AMEA-nın akad. Z.M.Bünyadov adına institutu. Orada konfrans olub.", 2),
        ("Sammit 2024. Sentyabrda isə yenidən toplandılar.", 2),
        ("Layihə https://example.az/a.b.c ünvanındadır. Növbəti addım hazırdır.", 2),
        ("Nə qədər? Çox! Bəli… Daha sonra “Orta Dəhliz” açıldı.", 4),
        ("O dedi: “Biz hazırıq.” Sonra getdi.", 2),
        ("1. Giriş hissəsi burada başlayır və bitir.", 1),
        # en
        ("Dr. Smith met Mr. Jones in the U.S. capital. They talked.", 2),
        ("Growth was 4.5 per cent, e.g. in rail. Ports grew too.", 2),
        ("It ended in Oct. 2024 after talks. A deal followed.", 2),
        ("Volumes rose... Then they fell.", 2),
        # ru
        ("Встреча прошла в г. Астане. Стороны подписали соглашение.", 2),
        ("Это было в 2023 г. Затем начался новый этап.", 2),
        ("Объём вырос, т.е. почти вдвое. Это рекорд.", 2),
        ("См. рис. 3 на стр. 14. Там таблица.", 2),
        ("Он сказал: «Мы готовы». После этого встреча закончилась.", 2),
    ],
)
def test_sentence_table(text: str, expected: list[str] | int) -> None:
    got = _sentences(text)
    if isinstance(expected, int):
        assert len(got) == expected, got
    else:
        assert got == expected


def test_sentences_split_at_paragraph_ends_and_carry_paragraph_index() -> None:
    text = "Birinci abzas bitmir\n\nİkinci abzas. Üçüncü cümlə.\n"
    paras, sents = segment(text, [], layout_blocks(text))
    assert [text[p.start : p.end] for p in paras] == [
        "Birinci abzas bitmir",
        "İkinci abzas. Üçüncü cümlə.",
    ]
    assert [(text[s.start : s.end], s.paragraph) for s in sents] == [
        ("Birinci abzas bitmir", 0),
        ("İkinci abzas.", 1),
        ("Üçüncü cümlə.", 1),
    ]


# Hard-wrapped, PDF-like text: every line is followed by a blank line, lines wrap
# mid-sentence, page breaks fall inside sentences, headings stand on short lines.
_WRAPPED = """Qısa başlıq

Giriş

Türk Dövlətləri Təşkilatının sammiti noyabrın əvvəlində Astanada keçirilib və orada

bir çox sənəd imzalanıb. Sammitdə iştirak edən dövlət başçıları Orta Dəhlizin inkişafı,

Xəzər dənizi üzərindən yük daşımalarının artırılması və ortaq gömrük proseduru üzrə

razılığa gəliblər. Qazaxıstan Prezidenti Kasım-Jomart Tokayev də Azərbaycan tərəfinin

Bakı limanının genişləndirilməsi layihəsini dəstəklədiyini bildirib.

1. Nəqliyyat əməkdaşlığı

Ələt limanının illik ötürücülük qabiliyyəti 15 milyon tondan 25 milyon tona qədər

artırılacaq. Bu barədə qərar ötən il verilib.
"""


def test_wrapped_text_keeps_sentences_whole_across_blank_lines() -> None:
    paras, sents = segment(_WRAPPED)
    texts = [" ".join(_WRAPPED[s.start : s.end].split()) for s in sents]
    assert texts == [
        "Qısa başlıq",
        "Giriş",
        "Türk Dövlətləri Təşkilatının sammiti noyabrın əvvəlində Astanada keçirilib və orada "
        "bir çox sənəd imzalanıb.",
        "Sammitdə iştirak edən dövlət başçıları Orta Dəhlizin inkişafı, Xəzər dənizi üzərindən "
        "yük daşımalarının artırılması və ortaq gömrük proseduru üzrə razılığa gəliblər.",
        "Qazaxıstan Prezidenti Kasım-Jomart Tokayev də Azərbaycan tərəfinin Bakı limanının "
        "genişləndirilməsi layihəsini dəstəklədiyini bildirib.",
        "1. Nəqliyyat əməkdaşlığı",
        "Ələt limanının illik ötürücülük qabiliyyəti 15 milyon tondan 25 milyon tona qədər "
        "artırılacaq.",
        "Bu barədə qərar ötən il verilib.",
    ]
    assert [p.kind for p in paras] == ["heading", "heading", "paragraph", "heading", "paragraph"]


def test_one_paragraph_per_line_text() -> None:
    text = (
        "Başlıq burada\n"
        "Birinci abzasın birinci cümləsi uzundur və nöqtə ilə bitir. İkinci cümlə də var.\n"
        "Müəllif Adı\n"
    )
    paras, _ = segment(text)
    assert [text[p.start : p.end] for p in paras] == [
        "Başlıq burada",
        "Birinci abzasın birinci cümləsi uzundur və nöqtə ilə bitir. İkinci cümlə də var.",
        "Müəllif Adı",
    ]


def test_bullets_and_hyphenation() -> None:
    text = (
        "Sənəddə əsas məqamlar bunlardır və bunlar barədə razılıq əldə olunub, deyə bildirilib:\n"
        "-Tərəflər ticarət dövriyyəsini artırmağa çalışacaq və bu istiqamətdə işçi qrupu yara-\n"
        "dacaqlar;\n"
        "-Nəqliyyat dəhlizi üzrə birgə layihələr davam edəcək və yeni terminal tikiləcək.\n"
    )
    paras, sents = segment(text)
    assert [p.kind for p in paras] == ["paragraph", "list-item", "list-item"]
    assert text[sents[1].start : sents[1].end].endswith("yara-\ndacaqlar;")


def test_excluded_lines_are_not_segmented() -> None:
    text = "Birinci cümlə buradadır.\n26 Oktyabr 18:41\nİkinci cümlə buradadır.\n"
    cut = text.index("26")
    ex = [Excluded(start=cut, end=cut + 16, reason="news-feed")]
    _, sents = segment(text, ex)
    assert [text[s.start : s.end] for s in sents] == [
        "Birinci cümlə buradadır.",
        "İkinci cümlə buradadır.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Azərbaycan və Qazaxıstan arasında ticarət artıb.", "az"),
        ("Bu layihə ilə bağlı qərar verilib.", "az"),
        ("The summit was held in Astana and the leaders signed a declaration.", "en"),
        ("President Ilham Aliyev met Kassym-Jomart Tokayev in Şuşa on the same day.", "en"),
        ("Встреча прошла в Астане.", "ru"),
        ("ŞƏT", "az"),
        ("2023 — 2024", "und"),
        ("", "und"),
    ],
)
def test_language_table(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_document_language_is_majority_by_characters() -> None:
    text = (
        "Azərbaycan və Qazaxıstan arasında əlaqələr sürətlə inkişaf edir və genişlənir.\n\n"
        "Azərbaycan bu il Qazaxıstana yeni nümayəndə heyəti göndərib.\n\n"
        "The relations develop quickly.\n\n"
        "Отношения развиваются.\n"
    )
    doc = build_document("x.txt", text)
    assert [s.language for s in doc.sentences] == ["az", "az", "en", "ru"]
    assert doc.language == "az"


# --- properties --------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Bakı", "limanı", "və", "İ.Əliyev", "K.", "Tokayev", "3.1", "4.3-4.5", "s.", "Dr.",
        "the", "port", "г.", "Астана", "т.е.", "2024.", "oktyabr", "ok-\ntyabr", "!", "?",
        "…", ".", ",", "“Orta", "Dəhliz”", "-", "\n", "\n\n", " \n \n", "1.", "(2024).",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=60).map(" ".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_segments_are_sorted_disjoint_and_inside_the_text(text: str) -> None:
    paras, sents = segment(text)
    for segs in (paras, sents):
        prev_end = 0
        for s in segs:
            assert 0 <= prev_end <= s.start < s.end <= len(text)
            chunk = text[s.start : s.end]
            assert chunk.strip() == chunk and chunk
            prev_end = s.end
    for s in sents:
        p = paras[s.paragraph]
        assert p.start <= s.start and s.end <= p.end


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_sentences_cover_every_word_of_every_paragraph(text: str) -> None:
    paras, sents = segment(text)
    covered = sum(len(text[s.start : s.end].split()) for s in sents)
    assert covered == sum(len(text[p.start : p.end].split()) for p in paras)
