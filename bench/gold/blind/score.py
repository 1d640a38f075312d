"""Score claim extraction on the blind az/en/ru texts (``dates_blind.jsonl``,
``quantities_blind.jsonl``): ``bench/score_set.py`` for this folder. The seeds 002-004 gold
in this folder is scored with ``bench/score_extraction.py bench/gold/blind``.

Usage: ``.venv/bin/python bench/gold/blind/score.py [--details]``
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = ["dates_blind.jsonl", "quantities_blind.jsonl"]
sys.argv = [str(HERE.parents[1] / "score_set.py"), str(HERE), *sys.argv[1:], "--only", *OWN]
runpy.run_path(sys.argv[0], run_name="__main__")
