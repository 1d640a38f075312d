"""Score claim extraction on this gold set: ``bench/score_set.py`` for this folder.

Usage: ``.venv/bin/python bench/gold/last/score.py [--details]``
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv = [str(HERE.parents[1] / "score_set.py"), str(HERE), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
