"""Score the blind az/en/ru texts with bench/score_extraction.py, unchanged.

The scorer looks for texts only in its fixed TEXT_DIRS; this wrapper appends
bench/gold/blind/texts and then calls the scorer. With no arguments it scores only
dates_blind.jsonl + quantities_blind.jsonl (via a temporary gold dir) and adds
per-language totals (file prefix az_/en_/ru_); with arguments it is the plain scorer.

Usage: ``.venv/bin/python bench/gold/blind/score.py [GOLD_DIR ...]``
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
OWN = ("dates_blind.jsonl", "quantities_blind.jsonl")

_spec = importlib.util.spec_from_file_location(
    "score_extraction", ROOT / "bench" / "score_extraction.py"
)
assert _spec and _spec.loader
se = importlib.util.module_from_spec(_spec)
sys.modules["score_extraction"] = se  # dataclasses look their module up here
_spec.loader.exec_module(se)
se.TEXT_DIRS.append(HERE / "texts")


def _by_language(result: dict) -> None:
    for fam in ("dates", "numbers"):
        langs: dict[str, list[int]] = {}
        for key, t in result.get(fam, {}).items():
            if key == "all":
                continue
            acc = langs.setdefault(key[:2], [0, 0, 0])
            acc[0] += t.tp
            acc[1] += t.fp
            acc[2] += t.fn
        print(f"== {fam} by language")
        for lang, (tp, fp, fn) in sorted(langs.items()):
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            print(f"  {lang}  P={p:.3f} R={r:.3f}  tp={tp} fp={fp} fn={fn}")


def main(argv: list[str]) -> int:
    if argv:
        return se.main(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for name in OWN:
            shutil.copy(HERE / name, Path(tmp) / name)
        rc = se.main([tmp])
        _by_language(se.score([Path(tmp)]))
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
