"""The knowledge base: entities with names in az/en/ru, acronyms and relations.

A default pack ships in ``crossfact/kb/*.yaml``; users add their own files through the
``kb`` setting. Later files may add entities or extend the names of existing ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from crossfact.verifier.models import Entity


class KBError(Exception):
    pass


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    lexicon: dict[str, Any] = field(default_factory=dict)  # event types, measures, ...

    def get(self, eid: str | None) -> Entity | None:
        return self.entities.get(eid) if eid else None

    def by_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]

    def label(self, eid: str | None, lang: str = "en") -> str:
        e = self.get(eid)
        if e is None:
            return eid or "?"
        for lg in (lang, "en", "az", "ru"):
            if e.names.get(lg):
                return e.names[lg][0]
        return e.id

    def add(self, data: dict[str, Any], source: str) -> None:
        for i, raw in enumerate(data.get("entities", []) or []):
            try:
                ent = Entity(**raw)
            except ValidationError as e:
                err = e.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                raise KBError(f"{source}: entity #{i + 1}: '{where}': {err['msg']}") from e
            except TypeError as e:
                raise KBError(f"{source}: entity #{i + 1}: expected a mapping") from e
            old = self.entities.get(ent.id)
            if old is not None:
                names = {k: list(v) for k, v in old.names.items()}
                for lg, ns in ent.names.items():
                    names.setdefault(lg, [])
                    names[lg] += [n for n in ns if n not in names[lg]]
                ent = old.model_copy(
                    update={"names": names, "acronyms": [*old.acronyms, *ent.acronyms]}
                )
            self.entities[ent.id] = ent
        for key, val in (data.get("lexicon", {}) or {}).items():
            if isinstance(val, dict) and isinstance(self.lexicon.get(key), dict):
                self.lexicon[key].update(val)
            else:
                self.lexicon[key] = val


_CACHE: dict[tuple[str, ...], KnowledgeBase] = {}


def load_kb(extra: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The default pack plus ``extra`` user files (cached per file list)."""
    key = tuple(str(p) for p in extra)
    if key in _CACHE:
        return _CACHE[key]
    kb = KnowledgeBase()
    pack = resources.files("crossfact") / "kb"
    for item in sorted(pack.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            kb.add(yaml.safe_load(item.read_text(encoding="utf-8")) or {}, f"kb/{item.name}")
    for p in extra:
        path = Path(p)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as e:
            raise KBError(f"{path}: cannot read knowledge base: {e.strerror}") from e
        except yaml.YAMLError as e:
            raise KBError(f"{path}: invalid YAML: {e}") from e
        if not isinstance(data, dict):
            raise KBError(f"{path}: expected a mapping with 'entities:'")
        kb.add(data, str(path))
    _CACHE[key] = kb
    return kb
