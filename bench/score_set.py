"""Score claim extraction on one hand-annotated gold set of bench/gold (blind, final,
holdout, fresh, ...): each folder holds ``*.jsonl`` gold and a ``texts/`` folder.

Runs ``bench/score_extraction.py`` on the folder's gold and texts, then adds totals per
language (file-name prefix ``az_``/``en_``/``ru_``). Individual misses and false
positives are hidden unless ``--details`` is given, so a set kept for a blind
measurement is not read by accident. ``--only NAME ...`` scores only the named gold files.

Usage: ``.venv/bin/python bench/score_set.py bench/gold/fresh [--details] [--only F ...]``
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

SCORER = Path(__file__).resolve().parent / "score_extraction.py"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    # dataclasses look the module up in sys.modules while the class body runs
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--details", action="store_true", help="print misses and false positives")
    ap.add_argument("--only", nargs="+", default=None, help="gold file names to score")
    args = ap.parse_args(argv)
    se = load_scorer()
    se.TEXT_DIRS.append(args.folder / "texts")
    with tempfile.TemporaryDirectory() as tmp:
        gold = args.folder
        if args.only:
            gold = Path(tmp)
            for name in args.only:
                shutil.copy(args.folder / name, gold / name)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = int(se.main([str(gold)]))
        for line in buf.getvalue().splitlines():
            if args.details or not line.lstrip().startswith(("miss:", "false:")):
                print(line)
        result = se.score([gold])
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
