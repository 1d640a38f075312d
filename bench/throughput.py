"""Claim-extraction throughput on the seed articles, beside dateparser's ``search_dates``.

Prints MB/s (UTF-8 bytes of input per second, one core) for:
* ``claims+view`` – ``extract_claims`` on fresh documents, building the normalized view
                    in the run (what a user pays; the headline figure);
* ``claims``      – the same with the view already built (it belongs to the sources
                    stage and is shared by all stages);
* ``view``        – building the normalized view alone;
* ``dateparser``  – ``dateparser.search.search_dates(text, languages=["az","ru","en"])``;
and the ratios to dateparser. All on the same texts in the same process; times are CPU
time (``time.process_time``), i.e. per core. CPU time still stretches when other processes
share the core's caches, so the ratio is also taken from back-to-back pairs (one run of
each), which load shifts between the two blocks of runs cannot skew.
Each side is warmed up once, then run ``--repeat`` times (dateparser ``--dp-repeat``
times: it is slow) and the median is reported. Issue #3's target: claims+view at least
5 MB/s and at least 15x dateparser.

Usage: ``python bench/throughput.py [DIR] [--repeat N] [--dp-repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from crossfact.claims import extract_claims
from crossfact.sources import Document
from crossfact.text import normalize_view

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
TARGET_MBS = 5.0
TARGET_RATIO = 15.0


def _docs(texts: list[tuple[str, str]]) -> list[Document]:
    return [Document(path=p, format="txt", text=t) for p, t in texts]


def _median_cpu(run: Callable[[], Callable[[], object]], repeat: int) -> float:
    """Median CPU seconds of ``repeat`` timed calls; ``run()`` prepares one untimed."""
    times = []
    for _ in range(repeat):
        timed = run()
        t0 = time.process_time()
        timed()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def bench_claims(texts: list[tuple[str, str]], repeat: int, with_view: bool) -> float:
    def prepare() -> Callable[[], object]:
        docs = _docs(texts)  # fresh documents: nothing cached from an earlier run
        if not with_view:
            for d in docs:
                _ = d.view
        return lambda: [extract_claims(d) for d in docs]

    prepare()()  # warm up: grammars compile once per process
    return _median_cpu(prepare, repeat)


def bench_view(texts: list[tuple[str, str]], repeat: int) -> float:
    return _median_cpu(lambda: lambda: [normalize_view(t) for _, t in texts], repeat)


def bench_dateparser(texts: list[tuple[str, str]], repeat: int) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates("warm up 3 November 2023", languages=["az", "ru", "en"])

    def prepare() -> Callable[[], object]:
        return lambda: [search_dates(t, languages=["az", "ru", "en"]) for _, t in texts]

    return _median_cpu(prepare, repeat)


def paired_ratios(texts: list[tuple[str, str]], repeat: int) -> list[float]:
    """dateparser time / claims+view time, each pair measured back to back."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return []
    ratios = []
    for _ in range(repeat):
        docs = _docs(texts)
        t0 = time.process_time()
        for d in docs:
            extract_claims(d)
        ours = time.process_time() - t0
        t0 = time.process_time()
        for _, t in texts:
            search_dates(t, languages=["az", "ru", "en"])
        ratios.append((time.process_time() - t0) / ours)
    return ratios


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(SEEDS))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--dp-repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(p for p in Path(args.dir).iterdir() if p.is_file())
    texts = [(str(p), p.read_text(encoding="utf-8-sig")) for p in files]
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    print(f"{len(texts)} files, {mb * 1000:.1f} kB; CPU time, median of {args.repeat} runs")
    cv = bench_claims(texts, args.repeat, with_view=True)
    c = bench_claims(texts, args.repeat, with_view=False)
    v = bench_view(texts, args.repeat)
    print(f"claims+view  {mb / cv:8.2f} MB/s  ({cv * 1000:.1f} ms)")
    print(f"claims       {mb / c:8.2f} MB/s  ({c * 1000:.1f} ms, view prebuilt)")
    print(f"view         {mb / v:8.2f} MB/s  ({v * 1000:.1f} ms)")
    dp = bench_dateparser(texts, args.dp_repeat)
    if dp is None:
        print("dateparser not installed")
        return 0
    print(f"dateparser   {mb / dp:8.2f} MB/s  ({dp * 1000:.1f} ms, median of {args.dp_repeat})")
    print(f"ratio claims+view/dateparser = {dp / cv:.1f}x  (claims alone: {dp / c:.1f}x)")
    # The two sides above ran seconds apart; on a shared machine the load can change in
    # between. Paired runs, back to back, give a ratio that load shifts cancel out of.
    pairs = paired_ratios(texts, args.dp_repeat)
    if pairs:
        print(
            f"paired ratio (claims+view and dateparser back to back, median of {len(pairs)}) "
            f"= {statistics.median(pairs):.1f}x"
        )
    ratio = statistics.median(pairs) if pairs else dp / cv
    print(
        f"issue #3 targets: claims+view >= {TARGET_MBS:g} MB/s:"
        f" {'met' if mb / cv >= TARGET_MBS else 'not met'};"
        f" >= {TARGET_RATIO:g}x dateparser (paired): {'met' if ratio >= TARGET_RATIO else 'not met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
