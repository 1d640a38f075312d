"""How an editor compares values: dates by precision, numbers with rounding and
stated approximation, ranges by overlap."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from crossfact.claims.models import Claim, Value


@dataclass(frozen=True)
class DateSpan:
    """A date value as the closed interval of days it covers."""

    first: dt.date
    last: dt.date
    precision: str

    @property
    def is_day(self) -> bool:
        return self.first == self.last


def _bounds(part: str) -> tuple[dt.date, dt.date, str] | None:
    bits = part.split("-")
    try:
        if len(bits) == 3:
            d = dt.date(int(bits[0]), int(bits[1]), int(bits[2]))
            return d, d, "day"
        if len(bits) == 2:
            y, m = int(bits[0]), int(bits[1])
            last = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(y, m, 1), last, "month"
        if len(bits) == 1 and bits[0].isdigit():
            y = int(bits[0])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    except ValueError:
        return None
    return None


def parse_date(value: Value) -> DateSpan | None:
    """``2023-11-03``, ``2023-11``, ``2023`` or an interval ``A/B``."""
    if not isinstance(value, str):
        return None
    parts = value.split("/")
    b1 = _bounds(parts[0])
    if b1 is None:
        return None
    if len(parts) == 2:
        b2 = _bounds(parts[1])
        if b2 is None:
            return None
        return DateSpan(b1[0], b2[1], b1[2])
    return DateSpan(*b1)


def dates_agree(a: DateSpan, b: DateSpan) -> bool:
    """A month or a year agrees with any day inside it; a range with a day inside it."""
    return a.first <= b.last and b.first <= a.last


def day_gap(a: DateSpan, b: DateSpan) -> int | None:
    """Days between two day-precision dates (b - a); None unless both are single days."""
    if not (a.is_day and b.is_day):
        return None
    return (b.first - a.first).days


@dataclass(frozen=True)
class NumSpan:
    low: float
    high: float


def _tolerance(x: float) -> float:
    """Half a unit of the last significant digit: 3 billion stands for 2.5–3.5 billion,
    3.1 billion for 3.05–3.15 billion."""
    if x == 0:
        return 0.0
    mantissa, _, exp = f"{abs(x):.6e}".partition("e")
    sig = max(len(mantissa.replace(".", "").rstrip("0")), 1)
    magnitude = int(exp)
    return 0.5 * 10 ** (magnitude - sig + 1)


_MANTISSA = re.compile(r"(\d+)(?:[.,](\d+))?\D*$")


def _written_tolerance(x: float, text: str | None) -> float | None:
    """Precision as written: "30 milyon" is 30 ± 0.5 million, "3,1 milyard" 3.1 ± 0.05
    billion, "1400 metr" 1400 ± 0.5 — the last written digit, times the scale word."""
    if not text or x == 0:
        return None
    m = _MANTISSA.search(text.replace("\u00a0", " "))
    if m is None:
        return None
    frac = m.group(2) or ""
    mantissa = float(f"{m.group(1)}.{frac}" if frac else m.group(1))
    if mantissa == 0:
        return None
    scale = abs(x) / mantissa
    exponent = round(math.log10(scale)) if scale > 0 else 0
    if exponent < 0 or not math.isclose(scale, 10**exponent, rel_tol=1e-6):
        return None  # "1 400" or number words: fall back to significant digits
    return 0.5 * 10 ** (exponent - len(frac))


def num_span(value: Value, qualifier: str = "exact", text: str | None = None) -> NumSpan | None:
    """The interval of values a stated number admits, given its qualifier and, when the
    quote is known, the precision it was written with."""
    if isinstance(value, list) and len(value) == 2:
        lo, hi = float(value[0]), float(value[1])
    elif isinstance(value, int | float) and not isinstance(value, bool):
        lo = hi = float(value)
    else:
        return None
    written = _written_tolerance(hi, text) if lo == hi else None
    tol_lo = written if written is not None else _tolerance(lo)
    tol_hi = written if written is not None else _tolerance(hi)
    if qualifier == "approx":
        # "about X": within a tenth of X, or X's own rounding if that is looser.
        return NumSpan(lo - max(tol_lo, abs(lo) * 0.1), hi + max(tol_hi, abs(hi) * 0.1))
    if qualifier in ("more-than", "at-least"):
        return NumSpan(lo - tol_lo, math.inf)
    if qualifier in ("less-than", "up-to"):
        return NumSpan(-math.inf, hi + tol_hi)
    return NumSpan(lo - tol_lo, hi + tol_hi)


def numbers_agree(a: Claim, b: Claim) -> bool:
    sa, sb = num_span(a.value, a.qualifier, a.text), num_span(b.value, b.qualifier, b.text)
    if sa is None or sb is None or a.value == b.value:
        return True
    # Strict: "5 million" (4.5–5.5) and "6 million" (5.5–6.5) only touch, they disagree.
    return sa.low < sb.high and sb.low < sa.high


def same_number(x: float | int | None, y: float | int | None) -> bool:
    if x is None or y is None:
        return False
    return math.isclose(float(x), float(y), rel_tol=1e-9)


def fmt_value(value: Value | None) -> str:
    if isinstance(value, list):
        return "–".join(fmt_value(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 10000:
        return f"{value:,}".replace(",", " ")
    return str(value)
