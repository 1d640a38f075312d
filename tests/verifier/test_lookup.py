"""Query resolution for ``crossfact lookup``: any alias, any language, small typos."""

from __future__ import annotations

import pytest

from crossfact.verifier.kb import load_kb
from crossfact.verifier.lookup import resolve_query

KB = load_kb()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Orta Dəhliz", "middle-corridor"),
        ("Middle Corridor", "middle-corridor"),
        ("Средний коридор", "middle-corridor"),
        ("Orta Dehliz", "middle-corridor"),  # typo: e for ə
        ("TDT", "ots"),
        ("OTS", "ots"),
        ("Organization of Turkic States", "ots"),
        ("ŞƏT", "sco"),
        ("Bakı Ticarət Limanı", "baku-port"),
        ("Ələt Beynəlxalq Dəniz Ticarət Limanı", "baku-port"),
        ("ots-summit-10", "ots-summit-10"),
        ("Astana", "astana"),
        ("Astara", "astara"),
    ],
)
def test_resolve_query(query: str, expected: str) -> None:
    assert resolve_query(query, KB) == [expected]


def test_unknown_query_resolves_to_nothing() -> None:
    assert resolve_query("Zzyzx Qwerty", KB) == []
