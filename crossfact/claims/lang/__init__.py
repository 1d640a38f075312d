"""Per-language claim grammar, imported lazily by language code."""

from __future__ import annotations

import importlib
from functools import cache

from crossfact.claims.lang.base import LangData, Unit

SUPPORTED = ("az", "en", "ru")


@cache
def get_lang(code: str) -> LangData:
    """The :class:`LangData` of ``code`` (``az``, ``en``, ``ru``); unknown codes get ``en``."""
    if code not in SUPPORTED:
        code = "en"
    module = importlib.import_module(f"crossfact.claims.lang.{code}")
    data: LangData = module.DATA
    return data


__all__ = ["SUPPORTED", "LangData", "Unit", "get_lang"]
