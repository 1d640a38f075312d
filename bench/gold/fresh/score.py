"""Score claim extraction on the fresh set (bench/gold/fresh).

Runs ``bench/score_extraction.py`` on this folder's gold and texts, then adds totals per
language (file-name prefix ``az_``/``en_``/``ru_``). Individual misses and false
positives are hidden by default so the set stays blind; ``--details`` shows them.

Usage: ``.venv/bin/python bench/gold/fresh/score.py [--details]``
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "score_extraction.py"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    # dataclasses look the module up in sys.modules while the class body runs
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    details = "--details" in argv
    se = load_scorer()
    se.TEXT_DIRS.append(HERE / "texts")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = int(se.main([str(HERE)]))
    for line in buf.getvalue().splitlines():
        if details or not line.lstrip().startswith(("miss:", "false:")):
            print(line)
    result = se.score([HERE])
    print("== per language")
    for fam in ("dates", "numbers"):
        for lang in ("az", "en", "ru"):
            t = se.Tally()
            for name, tally in result.get(fam, {}).items():
                if name.startswith(lang + "_"):
                    t.tp, t.fp, t.fn = t.tp + tally.tp, t.fp + tally.fp, t.fn + tally.fn
            print(f"  {fam:8s} {lang}  P={t.p():.3f} R={t.r():.3f}  tp={t.tp} fp={t.fp} fn={t.fn}")
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
